// generated — do not edit. Produced by `npm run generate` from spec/asyncapi.yaml; change that (or the generator in scripts/) instead.
/** Address of the event stream, relative to the service root (AsyncAPI channel `events`). */
export const EVENTS_CHANNEL_ADDRESS = '/api/v1/events';

/** The same address without its leading slash, to resolve against a base URL ending in `/`. */
export const EVENTS_RELATIVE_PATH = 'api/v1/events';

/** HTTP method that opens the stream. */
export const EVENTS_HTTP_METHOD = 'GET';

/** SSE `event:` name of each message on the stream. */
export const EVENT_NAMES = ['snapshot'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** SSE `event:` name of a snapshot message; its `data` is a SnapshotEnvelope. */
export const SNAPSHOT_EVENT = 'snapshot';

/** What a valid SSE `id:` of a snapshot event looks like (the sequence in decimal). */
export const SNAPSHOT_EVENT_ID_PATTERN = new RegExp('^[1-9][0-9]*$');

/** Text of the keepalive comment line (`: keepalive`). */
export const KEEPALIVE_COMMENT = 'keepalive';

/** The longest a stream stays silent: after this long without a write, a keepalive comment is written. */
export const KEEPALIVE_INTERVAL_MS = 15000;

/** Request header a reconnecting client names its last seen id in. */
export const LAST_EVENT_ID_HEADER = 'Last-Event-ID';

/** Response headers the server sends when it opens the stream. */
export const STREAM_RESPONSE_HEADERS = {
  'Content-Type': 'text/event-stream',
  'Cache-Control': 'no-cache',
  'X-Accel-Buffering': 'no',
} as const;

/** Content type of the stream. */
export const EVENT_STREAM_CONTENT_TYPE = 'text/event-stream';
