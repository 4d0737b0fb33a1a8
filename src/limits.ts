/**
 * The control plane's default capacities and deadlines, each with its reason. It imports only
 * the spec's numbers (generated/contract.ts), so the CLI's help can show them without loading
 * the server.
 */

/**
 * Largest accepted `PUT /api/v1/snapshot` body (decoded), and deepest nesting a body may have:
 * the spec's numbers (`x-opensymphony-numbers` of openapi.yaml).
 */
export { DEFAULT_BODY_LIMIT_BYTES, MAX_JSON_DEPTH } from '../generated/contract.js';
/** How long a request body may take to arrive: generous for slow links, finite against slowloris. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Request headers must arrive within this: a client dribbling headers is cut off here. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** Event streams held at once: ~20 KiB each, so ~200 MiB at the cap. */
export const DEFAULT_MAX_SUBSCRIBERS = 10_000;
/** Event streams one client address may hold: a busy operator's browser tabs, not a storm. */
export const DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT = 64;
/** What `Retry-After` says on 429 and 503: long enough for a storm to pass, short for a dashboard. */
export const CAP_RETRY_AFTER_S = 5;
/** File descriptors kept free beyond the streams: probes, JSON requests, logs, the process's own files. */
export const FILE_DESCRIPTOR_HEADROOM = 256;
