/**
 * The DOM helpers Obsidian adds to `Node` that the code uses (`createEl`, `createDiv`, `createSpan`, `empty`,
 * `addClass`, `removeClass`, `toggleClass`, `setCssProps`, `doc`, `win`, `instanceOf`), installed on jsdom's
 * prototypes for tests of code that renders with them.
 */
interface ElementInfo {
  cls?: string | string[];
  text?: string;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
}

function createEl(this: Node, tag: string, info: ElementInfo | string = {}): HTMLElement {
  const o: ElementInfo = typeof info === "string" ? { cls: info } : info;
  const doc = this.ownerDocument ?? (this as Document);
  const el = doc.createElement(tag);
  const classes = Array.isArray(o.cls) ? o.cls : (o.cls ?? "").split(" ");
  for (const c of classes) if (c) el.classList.add(c);
  if (o.text !== undefined) el.textContent = o.text;
  if (o.title !== undefined) el.title = o.title;
  for (const [k, v] of Object.entries(o.attr ?? {})) if (v !== null && v !== false) el.setAttribute(k, String(v));
  this.appendChild(el);
  return el;
}

/** Adds Obsidian's element helpers to jsdom's `Node.prototype` (idempotent); `win` for another window (a pop-out). */
export function installObsidianDom(win: Window & typeof globalThis = window): void {
  const proto = win.Node.prototype as unknown as Record<string, unknown>;
  proto.createEl = createEl;
  proto.createDiv = function (this: Node, info?: ElementInfo | string) {
    return createEl.call(this, "div", info);
  };
  proto.createSpan = function (this: Node, info?: ElementInfo | string) {
    return createEl.call(this, "span", info);
  };
  proto.empty = function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  };
  const elementProto = win.Element.prototype as unknown as Record<string, unknown>;
  elementProto.addClass = function (this: Element, ...classes: string[]) {
    this.classList.add(...classes);
  };
  elementProto.removeClass = function (this: Element, ...classes: string[]) {
    this.classList.remove(...classes);
  };
  // Obsidian: shown when laid out; jsdom lays nothing out, so: attached, and no element up the tree is hidden.
  (win.HTMLElement.prototype as unknown as Record<string, unknown>).isShown = function (this: HTMLElement) {
    return this.isConnected && this.closest("[hidden], [style*='display: none']") === null;
  };
  elementProto.setText = function (this: Element, text: string) {
    this.textContent = text;
  };
  elementProto.toggleClass = function (this: Element, cls: string, on: boolean) {
    this.classList.toggle(cls, on);
  };
  (win.HTMLElement.prototype as unknown as Record<string, unknown>).setCssProps = function (this: HTMLElement, props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
  };
  // The document and window a node belongs to.
  if (!Object.getOwnPropertyDescriptor(proto, "doc")) {
    Object.defineProperty(proto, "doc", { configurable: true, get(this: Node) { return this.ownerDocument ?? this; } });
    Object.defineProperty(proto, "win", { configurable: true, get(this: Node) { return (this.ownerDocument ?? (this as Document)).defaultView; } });
  }
  // Obsidian's cross-window `instanceof`: a node of a pop-out is checked against its own window's class too.
  proto.instanceOf = function (this: Node, type: new () => unknown) {
    const own = (this.ownerDocument?.defaultView as unknown as Record<string, unknown> | null)?.[type.name];
    const isA = (cls: unknown): boolean => typeof cls === "function" && Object.prototype.isPrototypeOf.call(cls.prototype, this);
    return isA(type) || isA(own);
  };
}
