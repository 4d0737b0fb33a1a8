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

/** Whether fetch refused the URL's port outright (the Fetch standard's blocked ports, such as 1 or 6000). */
export function isBadPort(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth += 1) {
    if (current.message === 'bad port') return true;
    current = current.cause;
  }
  return false;
}

/** What to say of a URL whose port fetch refuses. */
export function blockedPortMessage(url: string): string {
  return `the port of ${url} is one fetch never connects to (a blocked port): check the URL`;
}
