/** The review panel in Obsidian's right sidebar. */
import { ItemView, type WorkspaceLeaf } from "obsidian";
import { ReviewPanel } from "./review-panel";
import { t } from "./strings";
import type { StudyServices } from "./study-services";

/** The view type of the review panel (stable: saved in the user's workspace layout). */
export const REVIEW_VIEW_TYPE = "aws-notes-cloze-review";

/** Icon of the view and the ribbon button (a Lucide name). */
export const REVIEW_ICON = "graduation-cap";

/** Hosts the {@link ReviewPanel} component in a sidebar leaf. */
export class ReviewView extends ItemView {
  private panel: ReviewPanel | null = null;

  constructor(leaf: WorkspaceLeaf, private readonly services: StudyServices) {
    super(leaf);
  }

  override getViewType(): string {
    return REVIEW_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return t("panelTitle");
  }

  override getIcon(): string {
    return REVIEW_ICON;
  }

  override async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass("anc-view");
    this.panel = new ReviewPanel(this.contentEl, this.services, { kind: "panel" });
    // Opening the panel is when a student wants the other device's answers in (mobile may never report a sync).
    this.services.syncReviews?.();
    // A collapsed sidebar hides the panel: it is brought up to date when it shows again.
    this.registerEvent(this.app.workspace.on("layout-change", () => this.followVisibility()));
    this.followVisibility();
    await Promise.resolve();
  }

  override onResize(): void {
    this.followVisibility();
  }

  private followVisibility(): void {
    this.panel?.setVisible(this.contentEl.isShown());
  }

  override async onClose(): Promise<void> {
    this.panel?.destroy();
    this.panel = null;
    await Promise.resolve();
  }
}
