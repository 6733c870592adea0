/** The confirmation before the review history is reset (the only destructive action of the settings tab). */
import { Modal, Setting, type App, type ButtonComponent } from "obsidian";
import { ts } from "./settings-strings";

/**
 * Styles a button as destructive. `setDestructive` needs Obsidian 1.13 and `setWarning` is deprecated; the class
 * both of them add works on every version the manifest allows.
 */
export function markDestructive(button: ButtonComponent): ButtonComponent {
  button.buttonEl.addClass("mod-warning");
  return button;
}

/** Asks before the review history is deleted; `onConfirm` runs only on the explicit reset button. */
export class ConfirmResetModal extends Modal {
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
