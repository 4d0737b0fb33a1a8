/**
 * The keys of `watch` on a terminal in raw mode: `q` (or Ctrl-C) quits, `s` cycles the sort, `/`
 * starts typing a filter that Enter applies and Esc drops. Pure: bytes in, the new state out.
 */
import { nextSort, type SortKey } from './watch-view.js';

export interface KeyState {
  sort: SortKey;
  filter: string;
  /** The filter being typed, while it is. */
  editing: string | undefined;
}

export interface KeyResult {
  state: KeyState;
  quit: boolean;
}

/** A filter longer than this is not something anyone types; it also bounds what one paste can grow. */
export const FILTER_MAX_CHARS = 200;

const CTRL_C = '\u0003';
const ESC = '\u001b';
const BACKSPACES = new Set(['\u007f', '\b']);
const CTRL_U = '\u0015';
const ENTERS = new Set(['\r', '\n']);

/**
 * The input split into keys: a lone ESC is the Esc key, ESC [ … and ESC O … sequences (arrows,
 * function keys) are single keys, and ESC followed by a character (Alt+key) is one key too.
 */
export function splitKeys(input: string): string[] {
  const keys: string[] = [];
  const chars = [...input];
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index]!;
    if (char !== ESC || index === chars.length - 1) {
      keys.push(char);
      continue;
    }
    const next = chars[index + 1]!;
    if (next === '[' || next === 'O') {
      let end = index + 2;
      // CSI parameters and intermediates run until a final byte in @ … ~.
      while (end < chars.length && !/[@-~]/.test(chars[end]!)) end += 1;
      if (next === 'O' && end > index + 2) end = index + 2;
      keys.push(chars.slice(index, end + 1).join(''));
      index = end;
    } else {
      keys.push(`${ESC}${next}`);
      index += 1;
    }
  }
  return keys;
}

function isPrintable(key: string): boolean {
  return [...key].length === 1 && key >= ' ' && key !== '\u007f' && !(key >= '\u0080' && key <= '\u009f');
}

/** Applies the keys in `input` to `state`; stops at a quitting key. */
export function applyKeys(state: KeyState, input: string): KeyResult {
  let current = state;
  for (const key of splitKeys(input)) {
    if (key === CTRL_C) return { state: current, quit: true };
    if (current.editing === undefined) {
      if (key === 'q' || key === 'Q') return { state: current, quit: true };
      if (key === 's') current = { ...current, sort: nextSort(current.sort) };
      else if (key === '/') current = { ...current, editing: current.filter };
      continue;
    }
    const editing = current.editing;
    if (ENTERS.has(key)) current = { ...current, filter: editing.trim(), editing: undefined };
    else if (key === ESC) current = { ...current, editing: undefined };
    else if (BACKSPACES.has(key)) current = { ...current, editing: [...editing].slice(0, -1).join('') };
    else if (key === CTRL_U) current = { ...current, editing: '' };
    else if (isPrintable(key) && [...editing].length < FILTER_MAX_CHARS) current = { ...current, editing: editing + key };
  }
  return { state: current, quit: false };
}
