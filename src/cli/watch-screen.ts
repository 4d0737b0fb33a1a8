/**
 * The terminal side of `watch`: the alternate screen, and frames drawn in place — each line
 * written at its row and cleared to its end, the rows below the frame cleared — so nothing
 * flickers and the screen never scrolls. Leaving restores what the operator had.
 */
import { lineWidth, paint, type Line } from './terminal-text.js';

const CSI = '\u001b[';
// DEC private modes: 1049 the alternate screen (saving the cursor), 25 the cursor, 7 autowrap,
// 2026 synchronized output (terminals without it ignore the request).
const ALTERNATE_SCREEN_ON = `${CSI}?1049h`;
const ALTERNATE_SCREEN_OFF = `${CSI}?1049l`;
const CURSOR_HIDE = `${CSI}?25l`;
const CURSOR_SHOW = `${CSI}?25h`;
const AUTOWRAP_OFF = `${CSI}?7l`;
const AUTOWRAP_ON = `${CSI}?7h`;
const SYNC_BEGIN = `${CSI}?2026h`;
const SYNC_END = `${CSI}?2026l`;
const CLEAR_SCREEN = `${CSI}2J`;
const CLEAR_TO_LINE_END = `${CSI}K`;
const CLEAR_TO_SCREEN_END = `${CSI}J`;
const SGR_RESET = `${CSI}0m`;

function moveTo(row: number): string {
  return `${CSI}${row};1H`;
}

/** What a screen needs of its output: a terminal's write. */
export interface ScreenOutput {
  write(text: string): unknown;
}

export class Screen {
  #entered = false;

  constructor(
    readonly out: ScreenOutput,
    readonly color: boolean,
  ) {}

  /** Switches to the alternate screen, cleared, with the cursor hidden and autowrap off. */
  enter(): void {
    if (this.#entered) return;
    this.#entered = true;
    this.out.write(`${ALTERNATE_SCREEN_ON}${CURSOR_HIDE}${AUTOWRAP_OFF}${CLEAR_SCREEN}`);
  }

  /**
   * Draws `lines` (already cut to `width` columns and `height` rows) from the top row. A line
   * narrower than the screen is cleared to its end; a full-width line is not, since clearing
   * from the last column would erase its last character. Rows below the frame are cleared.
   */
  draw(lines: readonly Line[], width: number, height: number): void {
    let frame = SYNC_BEGIN;
    lines.forEach((line, index) => {
      frame += `${moveTo(index + 1)}${paint(line, this.color)}`;
      if (lineWidth(line) < width) frame += CLEAR_TO_LINE_END;
    });
    // Below a full-height frame there is nothing to clear (and moving there would land on its last row).
    if (lines.length < height) frame += `${moveTo(lines.length + 1)}${CLEAR_TO_SCREEN_END}`;
    frame += SYNC_END;
    this.out.write(frame);
  }

  /** Back to the operator's screen, cursor and autowrap as they were. */
  leave(): void {
    if (!this.#entered) return;
    this.#entered = false;
    this.out.write(`${SGR_RESET}${AUTOWRAP_ON}${CURSOR_SHOW}${ALTERNATE_SCREEN_OFF}`);
  }
}
