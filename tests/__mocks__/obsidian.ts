/**
 * A small stand-in for the `obsidian` module (the npm package has types only). It holds just what the thin
 * Obsidian-facing layer touches; logic lives in src/core and is tested without it.
 */
export class Component {
  private readonly cleanups: (() => void)[] = [];
  private readonly children: Component[] = [];
  load(): void { this.onload(); }
  onload(): void {}
  unload(): void {
    for (const c of this.children.splice(0)) c.unload();
    for (const f of this.cleanups.splice(0).reverse()) f();
    this.onunload();
  }
  onunload(): void {}
  register(cb: () => void): void { this.cleanups.push(cb); }
  registerEvent(ref: { off: () => void }): void { this.cleanups.push(() => ref.off()); }
  registerDomEvent(el: EventTarget, type: string, cb: EventListener): void {
    el.addEventListener(type, cb);
    this.cleanups.push(() => el.removeEventListener(type, cb));
  }
  registerInterval(id: number): number { this.cleanups.push(() => clearInterval(id)); return id; }
  addChild<T extends Component>(c: T): T { this.children.push(c); c.load(); return c; }
  removeChild<T extends Component>(c: T): T {
    const at = this.children.indexOf(c);
    if (at >= 0) this.children.splice(at, 1);
    c.unload();
    return c;
  }
  /** Children loaded now (for tests: a card's component is gone once the card closes). */
  get childCount(): number { return this.children.length; }
}

/** A sidebar view: its content element and nothing else of Obsidian's. */
export class ItemView extends Component {
  readonly containerEl = document.createElement("div");
  readonly contentEl = this.containerEl.appendChild(document.createElement("div"));
  /** The app's workspace events (a test triggers `layout-change`). */
  readonly app = { workspace: new Events() };
  constructor(readonly leaf: unknown) { super(); }
}

/** A modal: `open` puts it in the document and calls `onOpen`, `close` takes it out and calls `onClose`. */
export class Modal {
  readonly containerEl = document.createElement("div");
  readonly modalEl = this.containerEl.appendChild(document.createElement("div"));
  readonly titleEl = this.modalEl.appendChild(document.createElement("div"));
  readonly contentEl = this.modalEl.appendChild(document.createElement("div"));
  constructor(readonly app: unknown) {}
  open(): void { document.body.appendChild(this.containerEl); void this.onOpen(); }
  close(): void { this.containerEl.remove(); this.onClose(); }
  onOpen(): Promise<void> | void {}
  onClose(): void {}
  setTitle(title: string): this { this.titleEl.textContent = title; return this; }
}

/** A suggester: the fields a subclass sets; a test calls its `getSuggestions`, `renderSuggestion` and `onChooseSuggestion`. */
export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = "";
  readonly inputEl = document.createElement("input");
  setPlaceholder(placeholder: string): void { this.inputEl.placeholder = placeholder; }
  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Every `MarkdownRenderer.render` call, and the markdown shown as plain text in `el`. */
export const renders: { markdown: string; sourcePath: string }[] = [];
export const MarkdownRenderer = {
  render(_app: unknown, markdown: string, el: HTMLElement, sourcePath: string): Promise<void> {
    renders.push({ markdown, sourcePath });
    el.append(markdown);
    return Promise.resolve();
  },
};

export const Keymap = { isModEvent: (e: MouseEvent | KeyboardEvent): boolean => e.ctrlKey || e.metaKey };

export class TAbstractFile {
  constructor(public path: string) {}
  get name(): string { return this.path.slice(this.path.lastIndexOf("/") + 1); }
}
export class TFile extends TAbstractFile {
  stat = { ctime: 0, mtime: 0, size: 0 };
  get extension(): string { const n = this.name; return n.includes(".") ? n.slice(n.lastIndexOf(".") + 1) : ""; }
  get basename(): string { return this.name.replace(/\.[^.]*$/, ""); }
}
export class TFolder extends TAbstractFile {}

type Handler = (...args: unknown[]) => void;
/** Vault-style event hub: `on` returns a ref whose `off` removes the handler. */
export class Events {
  private handlers = new Map<string, Set<Handler>>();
  on(name: string, cb: Handler): { off: () => void } {
    const set = this.handlers.get(name) ?? new Set<Handler>();
    set.add(cb);
    this.handlers.set(name, set);
    return { off: () => set.delete(cb) };
  }
  trigger(name: string, ...args: unknown[]): void {
    for (const h of [...(this.handlers.get(name) ?? [])]) h(...args);
  }
}

export const notices: string[] = [];
export class Notice {
  constructor(public message: string | DocumentFragment) {
    notices.push(typeof message === "string" ? message : message.textContent ?? "");
  }
  hide(): void {}
}

/** A command as `addCommand` receives it (only the fields the tests call). */
export interface Command {
  id: string;
  name: string;
  hotkeys?: unknown[];
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
}

export class Plugin extends Component {
  /** Every command added, in order (test hook). */
  readonly commands: Command[] = [];
  /** What else the plugin registered (test hooks): view types, ribbon titles, setting tabs, editor extensions. */
  readonly views: string[] = [];
  readonly ribbons: string[] = [];
  readonly settingTabs: unknown[] = [];
  readonly editorExtensions: unknown[] = [];
  readonly postProcessors: unknown[] = [];
  constructor(public app: unknown, public manifest: { id: string; dir?: string; version: string }) { super(); }
  addCommand(command: Command): Command { this.commands.push(command); return command; }
  registerView(type: string): void { this.views.push(type); }
  addRibbonIcon(_icon: string, title: string): void { this.ribbons.push(title); }
  addSettingTab(tab: unknown): void { this.settingTabs.push(tab); }
  registerEditorExtension(extension: unknown): void { this.editorExtensions.push(extension); }
  registerMarkdownPostProcessor(processor: unknown): void { this.postProcessors.push(processor); }
}

/** The settings tab's base: its app and plugin (a test renders nothing through it). */
export class PluginSettingTab {
  constructor(readonly app: unknown, readonly plugin: unknown) {}
}

/** Only ever met with `instanceof` here. */
export class MarkdownView {}

/** Obsidian's editor-info state field: absent from a plain CodeMirror state (`state.field(f, false)` gives undefined). */
export const editorInfoField = { id: "editor-info" };

let language = "en";
/** Test hook: the language `getLanguage` reports. */
export function setLanguage(code: string): void { language = code; }
export function getLanguage(): string { return language; }

export const Platform = { isMobile: false, isDesktop: true };

export function debounce<T extends unknown[]>(cb: (...args: T) => void, timeout = 0): ((...args: T) => void) & { cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fn = (...args: T): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => cb(...args), timeout);
  };
  return Object.assign(fn, { cancel: () => { if (timer) clearTimeout(timer); } });
}

/** The note's tags from its metadata (`#` included, as Obsidian gives them). */
export function getAllTags(cache: { tags?: { tag: string }[]; frontmatter?: { tags?: string[] } }): string[] | null {
  return [...(cache.tags ?? []).map((t) => t.tag), ...(cache.frontmatter?.tags ?? []).map((t) => `#${t}`)];
}
