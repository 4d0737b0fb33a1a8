/**
 * The control plane's default capacities and deadlines, each with its reason. Free of imports,
 * so the CLI's help can show them without loading the server.
 */

/** Largest accepted `PUT /api/v1/snapshot` body (decoded): generous for hundreds of issues, bounded for memory. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;
/** How long a request body may take to arrive: generous for slow links, finite against slowloris. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Request headers must arrive within this: a client dribbling headers is cut off here. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** Deepest nesting of arrays and objects a body may have: a snapshot needs 5; anything recursive needs a bound. */
export const MAX_JSON_DEPTH = 64;
/** Event streams held at once: ~20 KiB each, so ~200 MiB at the cap. */
export const DEFAULT_MAX_SUBSCRIBERS = 10_000;
/** Event streams one client address may hold: a busy operator's browser tabs, not a storm. */
export const DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT = 64;
/** What `Retry-After` says on 429 and 503: long enough for a storm to pass, short for a dashboard. */
export const CAP_RETRY_AFTER_S = 5;
/** File descriptors kept free beyond the streams: probes, JSON requests, logs, the process's own files. */
export const FILE_DESCRIPTOR_HEADROOM = 256;
