// generated — do not edit. Produced by `npm run generate` from spec/openapi.yaml and spec/asyncapi.yaml; change that (or the generator in scripts/) instead.

/** The longest a stream stays silent: after this long without a write, the server writes a keepalive comment. (asyncapi.yaml channels.events.x-sse.keepalive-interval-ms) */
export const KEEPALIVE_INTERVAL_MS = 15000;

/** The largest `PUT /api/v1/snapshot` body (after `Content-Encoding` is undone) a server accepts unless configured otherwise (413 beyond it): generous for hundreds of issues, bounded for memory. (openapi.yaml info.x-opensymphony-numbers.default-body-limit-bytes) */
export const DEFAULT_BODY_LIMIT_BYTES = 1048576;

/** The deepest nesting of arrays and objects a publish body may have (400 `invalid_json` beyond it): a snapshot needs 5; anything recursive needs a bound. (openapi.yaml info.x-opensymphony-numbers.max-json-depth) */
export const MAX_JSON_DEPTH = 64;

/** How long a client gives one JSON exchange (`GET /api/v1/snapshot`, `GET /healthz`, a publish), body included: bootstrap and reconnect fetches fail fast instead of hanging on a partial body. (openapi.yaml info.x-opensymphony-numbers.snapshot-timeout-ms) */
export const SNAPSHOT_TIMEOUT_MS = 5000;

/** The largest JSON body, event-stream line or event a client holds (16 MiB): far above any real snapshot, low enough that a hostile server cannot exhaust a client's memory. (openapi.yaml info.x-opensymphony-numbers.max-event-bytes) */
export const MAX_EVENT_BYTES = 16777216;

/** Connecting and receiving the first `snapshot` must both fit in this; keepalive comments do not count. (asyncapi.yaml operations.receiveSnapshots.x-opensymphony-numbers.stream-attach-timeout-ms) */
export const STREAM_ATTACH_TIMEOUT_MS = 5000;

/** After attaching, a stream that delivers nothing, keepalives included, for this long is dead: more than twice the keepalive interval. (asyncapi.yaml operations.receiveSnapshots.x-opensymphony-numbers.stream-read-timeout-ms) */
export const STREAM_READ_TIMEOUT_MS = 35000;

/** A following client's first wait after a failure; each further failure doubles it (with jitter), up to `reconnect-max-ms`. (asyncapi.yaml operations.receiveSnapshots.x-opensymphony-numbers.reconnect-base-ms) */
export const RECONNECT_BASE_MS = 750;

/** The longest wait between a following client's attempts, unless the server's `Retry-After` asks for longer. (asyncapi.yaml operations.receiveSnapshots.x-opensymphony-numbers.reconnect-max-ms) */
export const RECONNECT_MAX_MS = 15000;

/** The codes of the errors a client raises itself, each with what it means (openapi.yaml info.x-opensymphony-client-errors). */
export const CLIENT_ERROR_CODES = {
  /** The base URL and a path could not be joined into an http(s) URL. */
  invalidBaseUrl: 'invalid_base_url',
  /** A JSON request failed: the network, the deadline, or a non-2xx answer (with its status and, when the body is the `Error` envelope, the server's code). */
  request: 'request',
  /** The event stream failed: the network, a non-2xx answer, a wrong content type, the server closing it, or silence past the idle read deadline. */
  stream: 'stream',
  /** The event stream did not deliver its first snapshot within the attach deadline. */
  streamAttachTimeout: 'stream_attach_timeout',
  /** A payload was not JSON, was nested too deeply, or was not what the contract says. */
  decode: 'decode',
  /** A body, stream line or event was larger than the client's `max-event-bytes`. */
  eventTooLarge: 'event_too_large',
} as const;

export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[keyof typeof CLIENT_ERROR_CODES];

/** The `Cache-Control` of each documented answer, by operationId and status (openapi.yaml: the `const` of each response's Cache-Control header). */
export const CACHE_CONTROL = {
  getHealth: { '200': 'no-store', '403': 'no-store', '500': 'no-store' },
  getReadiness: { '200': 'no-store', '403': 'no-store', '500': 'no-store', '503': 'no-store' },
  getMetrics: { '200': 'no-store', '401': 'no-store', '403': 'no-store', '500': 'no-store' },
  getSnapshot: { '200': 'no-cache', '401': 'no-store', '403': 'no-store', '500': 'no-store' },
  publishSnapshot: { '500': 'no-store', '503': 'no-store' },
  getHistory: { '200': 'no-store', '401': 'no-store', '403': 'no-store', '500': 'no-store' },
  streamEvents: { '200': 'no-cache', '401': 'no-store', '403': 'no-store', '429': 'no-store', '500': 'no-store', '503': 'no-store' },
  getOpenApiDocument: { '200': 'no-cache', '401': 'no-store', '403': 'no-store', '500': 'no-store' },
  getOpenApiDocumentJson: { '200': 'no-cache', '401': 'no-store', '403': 'no-store', '500': 'no-store' },
  getAsyncApiDocument: { '200': 'no-cache', '401': 'no-store', '403': 'no-store', '500': 'no-store' },
  getAsyncApiDocumentJson: { '200': 'no-cache', '401': 'no-store', '403': 'no-store', '500': 'no-store' },
  getDocs: { '200': 'no-cache', '401': 'no-store', '403': 'no-store', '500': 'no-store' },
  getOpenApiReference: { '200': 'no-cache', '401': 'no-store', '403': 'no-store', '500': 'no-store' },
  getAsyncApiReference: { '200': 'no-cache', '401': 'no-store', '403': 'no-store', '500': 'no-store' },
} as const;

/** The `Cache-Control` of every error answer: the one value all of openapi.yaml's 4xx and 5xx responses declare. */
export const ERROR_CACHE_CONTROL = 'no-store';
