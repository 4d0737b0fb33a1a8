/**
 * How deep JSON text nests, judged before it is parsed, for both sides of the wire: the server
 * refuses a publish body nested past its limit, the clients refuse a payload nested past theirs,
 * so no recursive walker (a validator, `JSON.stringify`) meets a value deep enough to overflow.
 */

/** Whether the quote at `index` is escaped: preceded by an odd run of backslashes. */
function escapedAt(text: string, index: number): boolean {
  let backslashes = 0;
  for (let at = index - 1; text.charCodeAt(at) === 0x5c; at -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

/**
 * Whether JSON text nests deeper than `max`, stopping as soon as it does (a hostile body costs
 * O(max) then). Strings are skipped with `indexOf`, not read character by character: most of a
 * snapshot's bytes are inside strings. Text that is not JSON is left to the parser to refuse.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && escapedAt(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return false;
      i = end;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
