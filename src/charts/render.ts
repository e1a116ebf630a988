// Plot → SVG string. Plot draws into a linkedom document; this module adds the accessible
// name, renames generated ids after the chart id, rounds coordinates and serialises the tree
// itself, escaping every attribute and text node, so output is byte-stable and safe to inline.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { defaults, type Frame } from './options.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates SVG elements in the chart's document; used to draw legends Plot leaves to HTML. */
export type Draw = (name: string, attributes?: Record<string, string | number>, text?: string) => Element;

export function createDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

function drawIn(document: Document): Draw {
  return (name, attributes = {}, text) => {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  };
}

/** Renders Plot options to a finished SVG string; `decorate` may append legends to the svg. */
export function renderPlot(frame: Frame, options: Plot.PlotOptions, decorate?: (svg: Element, draw: Draw) => void): string {
  const document = createDocument();
  const svg = Plot.plot({ ...options, width: frame.width, className: frame.id, document }) as unknown as Element;
  if (svg.localName !== 'svg') throw new Error('Plot returned a figure, not an svg');
  decorate?.(svg, drawIn(document));
  return finish(svg, frame);
}

/** The small SVG every chart returns for empty input. */
export function noDataSvg(frame: Frame, message = frame.words.noData): string {
  const draw = drawIn(createDocument());
  const height = 120;
  const svg = draw('svg', {
    class: frame.id,
    width: frame.width,
    height,
    viewBox: `0 0 ${frame.width} ${height}`,
    style: 'display:block;max-width:100%;height:auto',
  });
  svg.append(
    draw('rect', { x: 0.5, y: 0.5, width: frame.width - 1, height: height - 1, rx: 4, fill: '#f7f6f3', stroke: defaults.colors.noData }),
    draw('text', { x: frame.width / 2, y: height / 2, dy: '0.32em', 'text-anchor': 'middle', fill: defaults.colors.label }, message),
  );
  return finish(svg, frame);
}

function finish(svg: Element, frame: Frame): string {
  const draw = drawIn(svg.ownerDocument);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', frame.ariaLabel);
  svg.setAttribute('font-family', defaults.fontFamily);
  svg.setAttribute('font-size', String(defaults.fontSize));
  svg.setAttribute('fill', defaults.colors.text);
  svg.setAttribute('color', defaults.colors.text);
  const heading = [draw('title', {}, frame.title)];
  if (frame.description) heading.push(draw('desc', {}, frame.description));
  svg.prepend(...heading);
  return serialize(svg, renameIds(svg, frame.id));
}

/** Plot numbers clip paths with a global counter; rename every id after the chart id, in document order. */
function renameIds(svg: Element, prefix: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const element of Array.from(svg.querySelectorAll('[id]'))) {
    const id = element.getAttribute('id')!;
    if (!ids.has(id)) ids.set(id, `${prefix}-${element.localName.toLowerCase()}-${ids.size + 1}`);
  }
  return ids;
}

const COORDINATES = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'viewBox', 'points', 'dx', 'dy']);

/** Rounds every number in a coordinate attribute to 2 decimals: `346.66666666666663` → `346.67`. */
export function roundNumbers(value: string): string {
  return value.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (n) => {
    const rounded = Math.round(Number(n) * 100) / 100;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

// Characters XML 1.0 forbids even when escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function attributeValue(name: string, value: string, ids: Map<string, string>): string {
  if (COORDINATES.has(name)) value = roundNumbers(value);
  if (name === 'id') return ids.get(value) ?? value;
  if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) return `#${ids.get(value.slice(1)) ?? value.slice(1)}`;
  return value.replace(/url\(#([^)]+)\)/g, (whole, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : whole));
}

function serialize(root: Element, ids: Map<string, string>): string {
  const out: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push(escapeText(node.nodeValue ?? ''));
      return;
    }
    if (node.nodeType !== 1) return; // comments and the like
    const element = node as Element;
    const name = element.localName;
    out.push(`<${name}`);
    if (element === root) out.push(` xmlns="${SVG_NS}"`);
    // linkedom lists attributes newest first: reversed, they read in the order they were set.
    for (const { name: attribute, value } of Array.from(element.attributes).reverse()) {
      if (element === root && attribute === 'xmlns') continue;
      // role="img" makes the chart one image named by its title; the aria-label Plot puts on
      // each mark group is not allowed inside it (axe: aria-prohibited-attr), so it is kept as data.
      const written = attribute === 'aria-label' && element !== root ? 'data-mark' : attribute;
      out.push(` ${written}="${escapeAttribute(attributeValue(attribute, value, ids))}"`);
    }
    if (!element.hasChildNodes()) {
      out.push('/>');
      return;
    }
    out.push('>');
    element.childNodes.forEach(visit);
    out.push(`</${name}>`);
  };
  visit(root);
  return out.join('');
}
