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

/** The labels along a chart's axes: the first, middle and last dates, and the top of the scale. */
export interface ChartAxes {
  start: string;
  middle: string;
  end: string;
  /** The value the tallest bar stands for ("12"); the bottom is 0. */
  top: string;
}

/**
 * Appends a bar chart: one column per bar, heights relative to the largest; each bar carries its label as a
 * tooltip; dates under it and the scale beside it. `summary` is shown under the chart and read by screen readers.
 */
export function renderBarChart(
  parent: HTMLElement, bars: readonly ChartBar[], summary: string, extraClass?: string, axes?: ChartAxes,
): HTMLElement {
  const figure = parent.createDiv({ cls: extraClass ? ["anc-chart", extraClass] : "anc-chart" });
  // The scale as text beside the bars, not SVG text (the drawing is stretched to the panel's width).
  if (axes) {
    const scale = figure.createDiv({ cls: "anc-chart-scale", attr: { "aria-hidden": "true" } });
    scale.createSpan({ text: axes.top });
    scale.createSpan({ text: "0" });
  }
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
  if (axes) {
    const dates = figure.createDiv({ cls: "anc-chart-dates", attr: { "aria-hidden": "true" } });
    for (const text of [axes.start, axes.middle, axes.end]) dates.createSpan({ text });
  }
  figure.createDiv({ cls: "anc-chart-caption", text: summary });
  return figure;
}

/** One day of a heatmap. */
export interface HeatDay {
  count: number;
  label: string;
}

/**
 * Appends a heatmap of days, a column per week and a row per weekday (oldest first, `firstWeekday` the first day's
 * row, 0 = Sunday), shaded in five steps relative to the busiest day, with a legend from less to more.
 */
export function renderHeatmap(parent: HTMLElement, days: readonly HeatDay[], firstWeekday: number, summary: string, legend: { less: string; more: string }): HTMLElement {
  const figure = parent.createDiv({ cls: ["anc-chart", "anc-heatmap"] });
  const cell = 10;
  const columns = Math.ceil((days.length + firstWeekday) / 7);
  const svg = svgEl(figure, "svg", {
    class: "anc-heatmap-svg", viewBox: `0 0 ${columns * cell} ${7 * cell}`, role: "img", "aria-label": summary,
  });
  const max = Math.max(1, ...days.map((d) => safe(d.count)));
  days.forEach((day, i) => {
    const at = i + firstWeekday;
    const level = day.count <= 0 ? 0 : Math.min(4, Math.ceil((safe(day.count) / max) * 4));
    const rect = svgEl(svg, "rect", {
      class: `anc-heat anc-heat-${level}`, x: Math.floor(at / 7) * cell + 1, y: (at % 7) * cell + 1, width: cell - 2, height: cell - 2, rx: 1.5,
    });
    addTitle(rect, day.label);
  });
  const key = figure.createDiv({ cls: "anc-heat-legend", attr: { "aria-hidden": "true" } });
  key.createSpan({ text: legend.less });
  for (let level = 0; level <= 4; level++) key.createSpan({ cls: `anc-swatch anc-heat-${level}` });
  key.createSpan({ text: legend.more });
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
