/**
 * The browser half of the `obsidian` stand-in: the element helpers Obsidian adds to the DOM prototypes
 * (`createEl`, `createDiv`, `createSpan`, `empty`, `addClass`, `toggleClass`, `setCssProps`, `instanceOf`, …),
 * installed on the harness page before any plugin code draws. Text always goes in through `textContent`.
 */
import type {} from "obsidian";

/** The subset of Obsidian's `DomElementInfo` the plugin passes. */
interface ElementInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  value?: string;
  type?: string;
  placeholder?: string;
  href?: string;
  prepend?: boolean;
  parent?: Node;
}

function splitClasses(cls: string | string[] | undefined): string[] {
  const list = Array.isArray(cls) ? cls : (cls ?? "").split(" ");
  return list.filter((c) => c.length > 0);
}

function fillElement(el: HTMLElement, info: ElementInfo): void {
  for (const c of splitClasses(info.cls)) el.classList.add(c);
  if (typeof info.text === "string") el.textContent = info.text;
  else if (info.text) el.appendChild(info.text);
  if (info.title !== undefined) el.title = info.title;
  for (const [key, value] of Object.entries(info.attr ?? {})) {
    if (value !== null && value !== false) el.setAttribute(key, String(value));
  }
  for (const key of ["value", "type", "placeholder", "href"] as const) {
    const value = info[key];
    if (value !== undefined) el.setAttribute(key, value);
  }
}

function createEl(this: Node, tag: string, o: ElementInfo | string = {}, callback?: (el: HTMLElement) => void): HTMLElement {
  const info: ElementInfo = typeof o === "string" ? { cls: o } : o;
  const doc = this.ownerDocument ?? (this as Document);
  const el = doc.createElement(tag);
  fillElement(el, info);
  const parent = info.parent ?? this;
  if (info.prepend) parent.insertBefore(el, parent.firstChild);
  else parent.appendChild(el);
  callback?.(el);
  return el;
}

function define(proto: object, name: string, value: unknown): void {
  Object.defineProperty(proto, name, { value, configurable: true, writable: true });
}

/** Adds Obsidian's DOM helpers to this window's prototypes (idempotent). */
export function installDomHelpers(): void {
  define(Node.prototype, "createEl", createEl);
  // The document and the window a node belongs to (a pop-out window's own).
  Object.defineProperty(Node.prototype, "doc", { configurable: true, get(this: Node) { return this.ownerDocument ?? this; } });
  Object.defineProperty(Node.prototype, "win", { configurable: true, get(this: Node) { return (this.ownerDocument ?? (this as Document)).defaultView; } });
  define(Node.prototype, "createDiv", function (this: Node, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
    return createEl.call(this, "div", o, cb);
  });
  define(Node.prototype, "createSpan", function (this: Node, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
    return createEl.call(this, "span", o, cb);
  });
  define(Node.prototype, "empty", function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  define(Node.prototype, "detach", function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  // The harness has a single window, so the prototype chain answers `instanceOf` directly.
  define(Node.prototype, "instanceOf", function (this: Node, type: { prototype: object }) {
    return Object.prototype.isPrototypeOf.call(type.prototype, this);
  });
  define(Element.prototype, "addClass", function (this: Element, ...classes: string[]) {
    this.classList.add(...classes.flatMap((c) => splitClasses(c)));
  });
  define(Element.prototype, "removeClass", function (this: Element, ...classes: string[]) {
    this.classList.remove(...classes.flatMap((c) => splitClasses(c)));
  });
  define(Element.prototype, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
    for (const c of splitClasses(classes)) this.classList.toggle(c, value);
  });
  define(Element.prototype, "hasClass", function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  define(Element.prototype, "setText", function (this: Element, text: string) {
    this.textContent = text;
  });
  define(Element.prototype, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
    if (value === null || value === false) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  });
  define(HTMLElement.prototype, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
    for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
  });
}
