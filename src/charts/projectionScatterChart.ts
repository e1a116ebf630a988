// Customers as dots on the two directions that separate them most (principal components), one
// colour per segment and each segment's name at its centre: how distinct the segments are,
// and where they overlap. Names that would run into each other (or out of the plot) give way
// to the segment numbers, keyed in the legend.
import * as Plot from '@observablehq/plot';
import { extent, median } from 'd3-array';
import { checkRows, defaults, finite, normalizeFrame, type CommonOptions } from './options.ts';
import { noDataSvg, renderPlot, type Draw } from './render.ts';
import { drawHeader, headerHeight } from './chartHeader.ts';
import type { Swatch } from './legend.ts';
import { segmentColor } from './segmentColors.ts';
import { textWidth } from './textWidth.ts';

export interface ProjectionPoint {
  segment: number;
  x: number;
  y: number;
}

export interface ProjectionScatterOptions extends CommonOptions {
  /** Segment number → name, for the legend and the labels at the centres. */
  names: Record<number, string>;
  xLabel?: string;
  yLabel?: string;
  height?: number;
}

const chartDefaults = { height: 420, narrowHeight: 340, marginRight: 16, marginLeft: 48, narrowMarginLeft: 34, lineHeight: 13 };
/** Below this width the chart is the phone version: legend from the left edge, a shorter plot. */
const NARROW = 600;

export function projectionScatterChart(rows: readonly ProjectionPoint[], options: ProjectionScatterOptions): string {
  const frame = normalizeFrame(options, 'projection-scatter', (w) => w.projection.title);
  const points = checkRows(rows, 'projectionScatterChart').map((p, i) => ({
    segment: finite(p.segment, `row ${i} segment`),
    x: finite(p.x, `row ${i} x`),
    y: finite(p.y, `row ${i} y`),
  }));
  if (points.length === 0) return noDataSvg(frame);
  const narrow = frame.width < NARROW;
  const segments = [...new Set(points.map((p) => p.segment))].sort((a, b) => a - b);
  const nameOf = (s: number) => options.names[s] ?? `Segment ${s}`;
  const centres = segments.map((segment) => {
    const members = points.filter((p) => p.segment === segment);
    return { segment, x: median(members, (p) => p.x)!, y: median(members, (p) => p.y)!, name: nameOf(segment) };
  });

  const marginLeft = narrow ? chartDefaults.narrowMarginLeft : chartDefaults.marginLeft;
  const legendLeft = narrow ? 8 : marginLeft;
  const legendWidth = frame.width - legendLeft - (narrow ? 8 : 0);
  const plotWidth = frame.width - marginLeft - chartDefaults.marginRight;
  const yTitle = wrapLabel(`↑ ${options.yLabel ?? frame.words.projection.y}`, frame.width - 6);
  const xTitle = wrapLabel(`${options.xLabel ?? frame.words.projection.x} →`, plotWidth);
  const marginBottom = 28 + xTitle.length * chartDefaults.lineHeight;
  const plotHeight = options.height ?? (narrow ? chartDefaults.narrowHeight : chartDefaults.height);

  // Pixel positions of the centres, on the same scales Plot draws (explicit domains, no nice).
  const xDomain = extent(points, (p) => p.x) as [number, number];
  const yDomain = extent(points, (p) => p.y) as [number, number];
  const layout = (swatches: Swatch[]) => {
    const marginTop = wrappedHeaderHeight(swatches, legendWidth, yTitle.length) + 8;
    const plot = { left: marginLeft, right: frame.width - chartDefaults.marginRight, top: marginTop, bottom: marginTop + plotHeight - marginBottom };
    const at = (c: { x: number; y: number }) => ({ x: scale(c.x, xDomain, plot.left, plot.right), y: scale(c.y, yDomain, plot.bottom, plot.top) });
    return { marginTop, plot, at };
  };
  // Whole names when every one finds a free place; otherwise the numbers, and the legend keys them.
  const named = layout(segments.map((s) => ({ label: nameOf(s), color: segmentColor(s) })));
  let labels = placeLabels(centres.map((c) => ({ ...named.at(c), text: c.name })), named.plot);
  let swatches = segments.map((s) => ({ label: nameOf(s), color: segmentColor(s) }));
  let { marginTop } = named;
  if (labels === null) {
    swatches = segments.map((s) => ({ label: fitLabel(`${s} ${nameOf(s)}`, legendWidth - 16), color: segmentColor(s) }));
    const keyed = layout(swatches);
    marginTop = keyed.marginTop;
    const keys = centres.map((c) => ({ ...keyed.at(c), text: String(c.segment) }));
    labels = placeLabels(keys, keyed.plot) ?? placeLabels(keys, keyed.plot, true)!;
  }

  return renderPlot(
    frame,
    {
      height: plotHeight + marginTop,
      marginTop,
      marginRight: chartDefaults.marginRight,
      marginBottom,
      marginLeft,
      x: { domain: xDomain, label: null, grid: true, ticks: narrow ? 5 : 6 },
      y: { domain: yDomain, label: null, grid: true, ticks: narrow ? 5 : 6 },
      marks: [
        Plot.dot(points, { x: 'x', y: 'y', r: 2.2, fill: (p: ProjectionPoint) => segmentColor(p.segment), fillOpacity: 0.55 }),
        Plot.dot(centres, { x: 'x', y: 'y', r: 6, fill: (c: ProjectionPoint) => segmentColor(c.segment), stroke: 'white', strokeWidth: 2, title: 'name' }),
      ],
    },
    (svg, draw) => {
      drawWrappedHeader(svg, draw, swatches, yTitle, legendLeft, legendWidth);
      svg.append(drawLabels(draw, labels!, centres));
      svg.append(drawLines(draw, xTitle, marginLeft + plotWidth / 2, marginTop + plotHeight - marginBottom + 30, 'middle', 'x-axis label'));
    },
  );
}

function scale(value: number, [d0, d1]: [number, number], r0: number, r1: number): number {
  return d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A centre label: the text's middle at (x, y); `from` is the centre it names. */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  from: { x: number; y: number };
}

const labelHeight = 13;
/** Bold text is about 8% wider than the regular widths `textWidth` measures. */
const boldWidth = (text: string) => labelWidth(text) * 1.08;

export function labelBox(label: Pick<PlacedLabel, 'text' | 'x' | 'y'>): Box {
  const half = boldWidth(label.text) / 2 + 2;
  return { left: label.x - half, right: label.x + half, top: label.y - labelHeight / 2, bottom: label.y + labelHeight / 2 };
}

export const boxesOverlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Greedy placement: each label takes the first of a few spots around its centre (above, below,
 * beside, then the same further out) that stays inside the plot and clear of every centre dot
 * and label placed so far. `null` when one finds no spot, unless `force`, which then keeps the
 * spot above.
 */
function placeLabels(labels: { x: number; y: number; text: string }[], plot: Box, force = false): PlacedLabel[] | null {
  const dots: Box[] = labels.map((l) => ({ left: l.x - 8, right: l.x + 8, top: l.y - 8, bottom: l.y + 8 }));
  const placed: PlacedLabel[] = [];
  for (const label of labels) {
    const half = boldWidth(label.text) / 2;
    const spots: [number, number][] = [];
    for (const ring of [1, 2, 3]) {
      const dy = 3 + 13 * ring;
      const dx = half + 4 + 9 * ring;
      spots.push([0, -dy], [0, dy], [dx, 0], [-dx, 0], [dx, -dy], [-dx, -dy], [dx, dy], [-dx, dy]);
    }
    const spot = spots
      .map(([dx, dy]) => ({ text: label.text, x: label.x + dx, y: label.y + dy, from: { x: label.x, y: label.y } }))
      .find((candidate) => {
        const box = labelBox(candidate);
        if (box.left < plot.left || box.right > plot.right || box.top < plot.top || box.bottom > plot.bottom) return false;
        return !dots.some((dot) => boxesOverlap(box, dot)) && !placed.some((other) => boxesOverlap(box, labelBox(other)));
      });
    if (spot) placed.push(spot);
    else if (force) placed.push({ text: label.text, x: label.x, y: label.y - 13, from: { x: label.x, y: label.y } });
    else return null;
  }
  return placed;
}

/** The labels in bold with a white halo, and a thin line to the centre when one sits away from it. */
function drawLabels(draw: Draw, labels: PlacedLabel[], centres: { name: string }[]): Element {
  const group = draw('g', { 'aria-label': 'segment labels', 'text-anchor': 'middle', 'font-weight': 'bold' });
  for (const label of labels) {
    const far = Math.hypot(label.x - label.from.x, label.y - label.from.y) > 16 + boldWidth(label.text) / 2;
    if (far) group.append(draw('line', { x1: label.from.x, y1: label.from.y, x2: label.x, y2: label.y, stroke: defaults.colors.neutral, 'stroke-width': 1 }));
  }
  labels.forEach((label, i) => {
    const text = draw('text', { x: label.x, y: label.y, dy: '0.32em', fill: defaults.colors.text, stroke: 'white', 'stroke-width': 4, 'paint-order': 'stroke' }, label.text);
    if (label.text !== centres[i]!.name) text.append(draw('title', {}, centres[i]!.name));
    group.append(text);
  });
  return group;
}

// Measuring and wrapping, shared by the segments charts (segment profile, model scores, model
// agreement).

/**
 * `textWidth` with accented letters measured as their base letter (as wide in DejaVu Sans)
 * and no-break spaces as spaces (`textWidth` takes both for a full em): French labels and
 * numbers like `3 555 £` are not cut for want of room they do not need.
 */
export function labelWidth(text: string, fontSize: number = defaults.fontSize): number {
  return textWidth(text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\u00a0\u202f]/g, ' ').replace(/[‘’]/g, "'"), fontSize);
}

/** `text` if it fits in `maxWidth` px by `labelWidth`, else its start and `…`. */
export function fitLabel(text: string, maxWidth: number, fontSize: number = defaults.fontSize): string {
  if (labelWidth(text, fontSize) <= maxWidth + 1e-6) return text;
  const chars = Array.from(text);
  let kept = chars.length;
  while (kept > 0 && labelWidth(`${chars.slice(0, kept).join('').trimEnd()}…`, fontSize) > maxWidth + 1e-6) kept -= 1;
  return `${chars.slice(0, kept).join('').trimEnd()}…`;
}

/**
 * `text` broken at spaces into lines at most `maxWidth` px wide by `textWidth`; a word too
 * long for a line is hyphenated. Past `maxLines`, the last line is cut with `…`.
 */
export function wrapLabel(text: string, maxWidth: number, maxLines = Infinity, fontSize: number = defaults.fontSize): string[] {
  const fits = (s: string) => labelWidth(s, fontSize) <= maxWidth + 1e-6;
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/ +/).filter(Boolean)) {
    if (line && fits(`${line} ${word}`)) {
      line = `${line} ${word}`;
      continue;
    }
    if (line) lines.push(line);
    while (!fits(word)) {
      const chars = Array.from(word);
      const cuts: number[] = [];
      for (let cut = chars.length - 3; cut >= 3; cut--) if (fits(`${chars.slice(0, cut).join('')}-`)) cuts.push(cut);
      const cut = cuts.find((c) => syllableBreak(chars, c)) ?? cuts[0];
      if (cut === undefined) break;
      lines.push(`${chars.slice(0, cut).join('')}-`);
      word = chars.slice(cut).join('');
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), fitLabel(lines.slice(maxLines - 1).join(' '), maxWidth, fontSize)];
}

const VOWEL = /^[aeiouyàâäéèêëîïôöùûü]$/i;
const LETTER = /^\p{L}$/u;
/** Consonant pairs French and English keep together: `ch`, `gn`, `pr`, `bl`… */
const KEPT = /^(?:[bcdfgkptv][lr]|ch|ph|th|gn|qu|sh)$/i;

/**
 * Whether a word may be hyphenated before `chars[cut]`, by the usual rule of thumb: between two
 * consonants (`com-mandes`, `reven-deur`) unless they make one sound, or before a consonant
 * that starts a vowel (`ca-deau`).
 */
function syllableBreak(chars: readonly string[], cut: number): boolean {
  const [a, b, c] = [chars[cut - 1]!, chars[cut]!, chars[cut + 1] ?? ''];
  if (!LETTER.test(a) || !LETTER.test(b)) return false;
  if (!VOWEL.test(a) && !VOWEL.test(b)) return !KEPT.test(a + b) && VOWEL.test(chars[cut - 2] ?? '');
  return VOWEL.test(a) && !VOWEL.test(b) && VOWEL.test(c);
}

const headerLine = 13;

/** `headerHeight` with a y title of `titleLines` lines. */
export function wrappedHeaderHeight(swatches: readonly Swatch[], width: number, titleLines: number): number {
  return headerHeight(swatches, width) + Math.max(0, titleLines - 1) * headerLine;
}

/** `drawHeader` with a y title on several lines (one text, the further lines as tspans). */
export function drawWrappedHeader(svg: Element, draw: Draw, swatches: readonly Swatch[], title: readonly string[], left: number, width: number): void {
  drawHeader(svg, draw, swatches, title[0] ?? '', left, width);
  const text = svg.lastElementChild!;
  for (const line of title.slice(1)) text.append(draw('tspan', { x: 3, dy: headerLine }, line));
}

/** Lines of text from (x, y), one below the other. */
export function drawLines(draw: Draw, lines: readonly string[], x: number, y: number, anchor: 'start' | 'middle' | 'end', ariaLabel: string): Element {
  const text = draw('text', { x, y, 'text-anchor': anchor, 'aria-label': ariaLabel });
  lines.forEach((line, i) => text.append(draw('tspan', i === 0 ? { x } : { x, dy: headerLine }, line)));
  return text;
}
