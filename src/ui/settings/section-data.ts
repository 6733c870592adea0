/** Settings section: exporting cards and resetting the review history (after a confirmation). */
import { Modal, Setting, type App, type ButtonComponent } from "obsidian";
import { addHeading, type SectionContext } from "./controls";
import { ts } from "./settings-strings";

/**
 * Styles a button as destructive. `setDestructive` needs Obsidian 1.13 and `setWarning` is deprecated; the class
 * both of them add works on every version the manifest allows.
 */
function markDestructive(button: ButtonComponent): ButtonComponent {
  button.buttonEl.addClass("mod-warning");
  return button;
}

/** Asks before the review history is deleted; `onConfirm` runs only on the explicit reset button. */
class ConfirmResetModal extends Modal {
  constructor(app: App, private readonly onConfirm: () => Promise<void>) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(ts("resetConfirmTitle"));
    this.contentEl.createEl("p", { text: ts("resetConfirmBody") });
    new Setting(this.contentEl)
      .addButton((b) => b.setButtonText(ts("cancel")).onClick(() => this.close()))
      .addButton((b) => markDestructive(b.setButtonText(ts("resetButton"))).onClick(async () => {
        this.close();
        await this.onConfirm();
      }));
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

/** Export to Anki, and reset the review history. */
export function renderDataSection(ctx: SectionContext): void {
  addHeading(ctx, ts("dataHeading"));
  new Setting(ctx.containerEl).setName(ts("exportAnki")).setDesc(ts("exportAnkiDesc"))
    .addButton((b) => b.setButtonText(ts("exportButton")).onClick(() => ctx.host.exportAnki()));
  const reset = ctx.host.resetReviewData?.bind(ctx.host);
  if (reset) {
    new Setting(ctx.containerEl).setName(ts("reset")).setDesc(ts("resetDesc"))
      .addButton((b) => markDestructive(b.setButtonText(ts("resetButton")))
        .onClick(() => new ConfirmResetModal(ctx.app, reset).open()));
  }
}
