/**
 * Bearer tokens: where a request carries one (the `Authorization` header, or `access_token` in
 * the query for browsers' EventSource) and comparing it with a configured token in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The query parameter that carries a read token where headers cannot (EventSource). */
export const ACCESS_TOKEN_PARAM = 'access_token';

/** The realm named in `WWW-Authenticate` on every 401. */
export const AUTH_CHALLENGE = 'Bearer realm="opensymphony-control"';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Digests of the configured tokens (a few per process), so a request hashes only what it presents. */
const expectedDigests = new Map<string, Buffer>();
const EXPECTED_DIGESTS_KEPT = 16;

function expectedDigest(expected: string): Buffer {
  let known = expectedDigests.get(expected);
  if (known === undefined) {
    known = digest(expected);
    if (expectedDigests.size >= EXPECTED_DIGESTS_KEPT) expectedDigests.clear();
    expectedDigests.set(expected, known);
  }
  return known;
}

/** Compares in time independent of where the strings differ (and of their lengths). */
export function tokensMatch(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), expectedDigest(expected));
}

/** The token of an `Authorization: Bearer …` header, if the request has one. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return header === undefined ? undefined : BEARER.exec(header)?.[1];
}

/** The `access_token` query parameter of a request URL, if present. */
export function queryToken(url: string): string | undefined {
  const query = url.indexOf('?');
  if (query === -1) return undefined;
  return new URLSearchParams(url.slice(query + 1)).get(ACCESS_TOKEN_PARAM) ?? undefined;
}

/**
 * Whether a read is allowed: always when no read token is configured; otherwise when the
 * request presents the read token or the publish token, by header or by query.
 */
export function readAllowed(req: IncomingMessage, readToken: string | undefined, publishToken: string | undefined): boolean {
  if (readToken === undefined) return true;
  const presented = bearerToken(req) ?? queryToken(req.url ?? '');
  if (presented === undefined) return false;
  // Both comparisons always run, so the time taken does not tell which token was close.
  const asRead = tokensMatch(presented, readToken);
  const asPublish = publishToken !== undefined && tokensMatch(presented, publishToken);
  return asRead || asPublish;
}
