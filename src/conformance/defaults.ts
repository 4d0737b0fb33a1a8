/** The conformance suite's defaults, apart from the checks so the CLI's help can show them cheaply. */
import { DEFAULT_BODY_LIMIT_BYTES, KEEPALIVE_INTERVAL_MS, STREAM_ATTACH_TIMEOUT_MS } from '../../generated/contract.js';

/** The attach deadline of the spec (the reference's), and the deadline of each request. */
export const CONFORMANCE_TIMEOUT_MS = STREAM_ATTACH_TIMEOUT_MS;
/** The keepalive interval a target is held to: the AsyncAPI document's (`x-sse.keepalive-interval-ms`). */
export const CONFORMANCE_KEEPALIVE_MS = KEEPALIVE_INTERVAL_MS;
/** The body limit a target is assumed to have when not told: the spec's default (`default-body-limit-bytes`). */
export const CONFORMANCE_BODY_LIMIT_BYTES = DEFAULT_BODY_LIMIT_BYTES;
/** Streams the suite opens, at most, looking for the per-client cap: above our default (64), cheap for any server. */
export const CONFORMANCE_MAX_STREAMS = 80;

/** Timers, the network and a busy machine delay a keepalive a little: a tenth of the interval, at least this. */
const KEEPALIVE_TOLERANCE_MIN_MS = 250;

/** The longest silence `events.keepalive` accepts on a stream: the interval, plus the tolerance. */
export function keepaliveLimitMs(intervalMs: number): number {
  return intervalMs + Math.max(intervalMs / 10, KEEPALIVE_TOLERANCE_MIN_MS);
}

/** How long `events.keepalive` watches a stream: long enough that a silent one passes the limit. */
export function keepaliveWindowMs(intervalMs: number): number {
  return intervalMs + 2 * Math.max(intervalMs / 10, KEEPALIVE_TOLERANCE_MIN_MS);
}
