/** Small charts drawn with SVG elements (no chart library): a bar per day, and one stacked bar of parts. */
import type {} from "obsidian";

const SVG_NS = "http://www.w3.org/2000/svg";

/** One bar: its value and the text its tooltip and screen readers get. */
export interface ChartBar {
  value: number;
  label: string;
}

/** One part of a stacked bar. */
export interface ChartPart {
  key: string;
  value: number;
  label: string;
}

function svgEl<K extends keyof SVGElementTagNameMap>(
  parent: Element, tag: K, attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = parent.ownerDocument.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent.appendChild(el);
  return el;
}

function addTitle(el: SVGElement, text: string): void {
  svgEl(el, "title", {}).textContent = text;
}

const safe = (n: number): number => (Number.isFinite(n) && n > 0 ? n : 0);

/**
 * Appends a bar chart: one column per bar, heights relative to the largest; each bar carries its label as a
 * tooltip. `summary` is shown under the chart and read by screen readers.
 */
export function renderBarChart(
  parent: HTMLElement, bars: readonly ChartBar[], summary: string, extraClass?: string,
): HTMLElement {
  const figure = parent.createDiv({ cls: extraClass ? ["anc-chart", extraClass] : "anc-chart" });
  const height = 40;
  const width = Math.max(1, bars.length) * 4;
  const svg = svgEl(figure, "svg", {
    class: "anc-chart-svg", viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none",
    role: "img", "aria-label": summary,
  });
  const max = Math.max(1, ...bars.map((b) => safe(b.value)));
  bars.forEach((bar, i) => {
    const v = safe(bar.value);
    const h = v === 0 ? 0 : Math.max(1, (v / max) * (height - 1));
    const g = svgEl(svg, "g", { class: "anc-chart-slot" });
    // A full-height transparent slot makes the tooltip reachable for a zero bar too.
    svgEl(g, "rect", { class: "anc-chart-hit", x: i * 4, y: 0, width: 4, height });
    svgEl(g, "rect", { class: "anc-chart-bar", x: i * 4 + 0.5, y: height - h, width: 3, height: h });
    addTitle(g, bar.label);
  });
  figure.createDiv({ cls: "anc-chart-caption", text: summary });
  return figure;
}

/** Appends one horizontal bar split into parts, and a legend with each part's count. */
export function renderStackedBar(parent: HTMLElement, parts: readonly ChartPart[]): HTMLElement {
  const figure = parent.createDiv({ cls: "anc-chart anc-stacked" });
  const total = parts.reduce((sum, p) => sum + safe(p.value), 0);
  const svg = svgEl(figure, "svg", {
    class: "anc-stacked-svg", viewBox: "0 0 100 6", preserveAspectRatio: "none", role: "img",
    "aria-label": parts.map((p) => `${p.label}: ${safe(p.value)}`).join(", "),
  });
  let x = 0;
  for (const part of parts) {
    const w = total === 0 ? 0 : (safe(part.value) / total) * 100;
    if (w === 0) continue;
    const rect = svgEl(svg, "rect", { class: `anc-part anc-part-${part.key}`, x, y: 0, width: w, height: 6 });
    addTitle(rect, `${part.label}: ${safe(part.value)}`);
    x += w;
  }
  const legend = figure.createEl("ul", { cls: "anc-legend" });
  for (const part of parts) {
    const item = legend.createEl("li", { cls: `anc-legend-${part.key}` });
    item.createSpan({ cls: `anc-swatch anc-part-${part.key}` });
    item.createSpan({ text: `${part.label} ${safe(part.value)}` });
  }
  return figure;
}
