/**
 * The service URL a command is given (`watch`, `publish`, `conformance`): what makes one unusable,
 * said the same way by every command, as bad usage (exit 2).
 */
import { DEFAULT_SERVICE_URL } from './help.js';

/** Why `url` can never serve as a service root, or undefined when it may. */
export function urlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${JSON.stringify(url)} is not a URL: give a service root such as ${DEFAULT_SERVICE_URL}`;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return undefined;
  // `localhost:2468` parses as the scheme `localhost:`: say what was probably meant.
  const hint = /^[a-z0-9.-]+:\d+/i.test(url) ? ` (did you mean http://${url}?)` : '';
  return `${JSON.stringify(url)} is not an http:// or https:// URL${hint}`;
}

/** How far down a failure's causes to look: fetch nests its reason two or three deep, and a chain may loop. */
const MAX_CAUSE_DEPTH = 6;

/** `error` and its causes, nearest first, as long as each is an object, at most `MAX_CAUSE_DEPTH`. */
export function* causeChain(error: unknown): Generator<object> {
  let current = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current !== null && typeof current === 'object'; depth += 1) {
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

/** Whether fetch refused the URL's port outright (the Fetch standard's blocked ports, such as 1 or 6000). */
export function isBadPort(error: unknown): boolean {
  for (const cause of causeChain(error)) {
    if (!(cause instanceof Error)) return false;
    if (cause.message === 'bad port') return true;
  }
  return false;
}

/** What to say of a URL whose port fetch refuses. */
export function blockedPortMessage(url: string): string {
  return `the port of ${url} is one fetch never connects to (a blocked port): check the URL`;
}
