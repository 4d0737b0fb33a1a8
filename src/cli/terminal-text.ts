/**
 * Text for a terminal: what the server sent made safe to print, its width in columns (wide
 * characters count two, combining marks none), and lines of styled segments cut to a width
 * (… marks the cut) and painted with SGR colours only when the caller allows them.
 */

/** How a segment is coloured when colours are allowed: meaning first, the colour is the renderer's choice. */
export type Tone = 'good' | 'warn' | 'bad' | 'info' | 'dim' | 'strong';

export interface Segment {
  text: string;
  tone?: Tone | undefined;
}

/** One line of a frame: segments printed side by side. */
export type Line = Segment[];

const SGR: Record<Tone, string> = {
  good: '\u001b[32m',
  warn: '\u001b[33m',
  bad: '\u001b[1;31m',
  info: '\u001b[36m',
  dim: '\u001b[2m',
  strong: '\u001b[1m',
};
const SGR_RESET = '\u001b[0m';
const ELLIPSIS = '…';

// C0 and C1 controls, DEL, and the bidirectional overrides: text from the network must not move
// the cursor, change colours or reorder what the operator reads.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const BLANKS = /[\t\n\r]/g;
// Combining marks (variation selectors included) and format characters (zero-width space, joiners).
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/** `text` with line breaks and tabs turned into spaces and every other control character into `?`. */
export function printable(text: string): string {
  return text.replace(BLANKS, ' ').replace(UNSAFE, '?');
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Columns one character takes: 0, 1 or 2. */
export function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  return isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
}

/** Columns `text` takes on a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** The first characters of `text` that fit in `width` columns. */
function head(text: string, width: number): string {
  let kept = '';
  let used = 0;
  for (const char of text) {
    const columns = charWidth(char);
    if (used + columns > width) break;
    kept += char;
    used += columns;
  }
  return kept;
}

/** `text` cut to at most `width` columns, ending in … when anything was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  return `${head(text, width - 1)}${ELLIPSIS}`;
}

/** `text` cut or padded with spaces to exactly `width` columns. */
export function pad(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

/** Columns a line takes. */
export function lineWidth(line: Line): number {
  return line.reduce((sum, segment) => sum + displayWidth(segment.text), 0);
}

/** `line` cut to `width` columns (the last kept segment ends in …), trailing spaces dropped. */
export function fitLine(line: Line, width: number): Line {
  const fitted: Line = [];
  let left = width;
  const total = lineWidth(line);
  for (const segment of line) {
    const columns = displayWidth(segment.text);
    if (total <= width || columns < left) {
      fitted.push(segment);
      left -= columns;
      continue;
    }
    // This segment reaches the edge and more was to come: cut it one column short for the …
    fitted.push({ ...segment, text: `${head(segment.text, left - 1)}${ELLIPSIS}` });
    break;
  }
  const last = fitted.at(-1);
  if (last) fitted[fitted.length - 1] = { ...last, text: last.text.trimEnd() };
  return fitted.filter((segment) => segment.text !== '');
}

/** The line as text: plain, or with each toned segment in its colour. */
export function paint(line: Line, color: boolean): string {
  return line.map((segment) => (color && segment.tone && segment.text.trim() !== '' ? `${SGR[segment.tone]}${segment.text}${SGR_RESET}` : segment.text)).join('');
}
