// Text width without a browser, to lay out labels at build time. The advance widths are those
// of DejaVu Sans, the widest of the usual system-ui fonts (the Linux default): a label that
// fits by this measure also fits in Segoe UI, San Francisco, Roboto or Helvetica.
import { defaults } from './options.ts';

/** Widths in thousandths of an em of the printable ASCII characters, space (32) to `~` (126). */
const ASCII = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
  603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
  634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const OTHER: Record<string, number> = { '…': 1000, '·': 318, '£': 636, '€': 636, '−': 838, '÷': 838, '→': 838, '×': 838 };
// Accented letters and other scripts: wider than most Latin letters, so an estimate errs on the safe side.
const UNKNOWN = 1000;

function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 32 && code <= 126) return ASCII[code - 32]!;
  return OTHER[char] ?? UNKNOWN;
}

/** Width of `text` in px at `fontSize` (regular weight). */
export function textWidth(text: string, fontSize: number = defaults.fontSize): number {
  let sum = 0;
  for (const char of text) sum += charWidth(char);
  return (sum * fontSize) / 1000;
}

/** `text` if it fits in `maxWidth` px, else as many leading characters as fit, followed by `…`. */
export function fitText(text: string, maxWidth: number, fontSize: number = defaults.fontSize): string {
  maxWidth += 1e-6; // widths summed in another order differ in the last bits
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  let width = textWidth('…', fontSize);
  let kept = 0;
  while (kept < chars.length && width + textWidth(chars[kept]!, fontSize) <= maxWidth) width += textWidth(chars[kept++]!, fontSize);
  return `${chars.slice(0, kept).join('').trimEnd()}…`;
}
