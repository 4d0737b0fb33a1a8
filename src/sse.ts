/**
 * The server-sent-events stream of snapshots (`GET /api/v1/events`): framing, keepalives, and
 * the slow-consumer rule — a subscriber whose socket is full keeps only the newest envelope.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  KEEPALIVE_COMMENT,
  KEEPALIVE_INTERVAL_MS,
  LAST_EVENT_ID_HEADER,
  SNAPSHOT_EVENT,
  SNAPSHOT_EVENT_ID_PATTERN,
  STREAM_RESPONSE_HEADERS,
} from '../generated/events.js';
import type { PublishedEnvelope, SnapshotStore } from './store.js';

/** How long a stream may stay undrained (its socket full) before it is closed. */
export const STREAM_WRITE_TIMEOUT_MS = 30_000;

const KEEPALIVE_FRAME = `: ${KEEPALIVE_COMMENT}\n\n`;
const frames = new WeakMap<PublishedEnvelope, string>();

/**
 * The bytes of one snapshot event. The envelope's JSON never holds a raw line break, so one
 * `data:` line carries it; the frame is built once per envelope and shared by every stream.
 */
export function snapshotFrame(published: PublishedEnvelope): string {
  let frame = frames.get(published);
  if (frame === undefined) {
    frame = `event: ${SNAPSHOT_EVENT}\nid: ${published.envelope.sequence}\ndata: ${published.json}\n\n`;
    frames.set(published, frame);
  }
  return frame;
}

/** What happened on a stream, for logs and tests. */
export type StreamEvent =
  | { type: 'attach'; remote: string; lastEventId: number | undefined }
  | { type: 'detach'; remote: string; reason: 'client_closed' | 'write_timeout' | 'server_closed'; sent: number };

export interface EventStreamOptions {
  /** Silence after which a keepalive comment is written (default 15 s, from the AsyncAPI document). */
  keepaliveMs?: number | undefined;
  /** How long a full socket may stay undrained before the stream is closed. */
  writeTimeoutMs?: number | undefined;
  onStreamEvent?: ((event: StreamEvent) => void) | undefined;
}

/** `address:port` of the client behind a request, for logs. */
export function remoteOf(req: IncomingMessage): string {
  return `${req.socket.remoteAddress ?? '?'}:${req.socket.remotePort ?? '?'}`;
}

/** A reconnecting client's `Last-Event-ID`, or undefined when absent or malformed. */
export function parseLastEventId(header: string | undefined): number | undefined {
  if (header === undefined || !SNAPSHOT_EVENT_ID_PATTERN.test(header)) return undefined;
  const id = Number(header);
  return Number.isSafeInteger(id) ? id : undefined;
}

/**
 * Serves one event stream until either side closes it. The subscription is taken before the
 * current envelope is read, so no publish can fall between the first event and the live ones.
 */
export function serveEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  store: SnapshotStore,
  options: EventStreamOptions = {},
): { close: () => void } {
  const keepaliveMs = options.keepaliveMs ?? KEEPALIVE_INTERVAL_MS;
  const writeTimeoutMs = options.writeTimeoutMs ?? STREAM_WRITE_TIMEOUT_MS;
  const remote = remoteOf(req);
  // Every event is full state, so a resuming client is simply sent the current envelope.
  const header = req.headers[LAST_EVENT_ID_HEADER.toLowerCase()];
  const lastEventId = parseLastEventId(typeof header === 'string' ? header : undefined);

  let lastSentSequence = 0;
  let sent = 0;
  let blocked = false;
  let pending: PublishedEnvelope | undefined;
  let closed = false;
  let writeTimer: NodeJS.Timeout | undefined;

  const write = (chunk: string): void => {
    keepalive.refresh();
    if (res.write(chunk)) return;
    blocked = true;
    writeTimer = setTimeout(() => close('write_timeout'), writeTimeoutMs);
  };

  const send = (published: PublishedEnvelope): void => {
    lastSentSequence = published.envelope.sequence;
    sent += 1;
    write(snapshotFrame(published));
  };

  const onPublish = (published: PublishedEnvelope): void => {
    if (published.envelope.sequence <= lastSentSequence) return;
    // A full socket holds at most one frame beyond its buffer; newer envelopes replace
    // each other here until it drains ("jump to the latest").
    if (blocked) pending = published;
    else send(published);
  };

  const onDrain = (): void => {
    blocked = false;
    clearTimeout(writeTimer);
    const next = pending;
    pending = undefined;
    if (next && next.envelope.sequence > lastSentSequence) send(next);
  };

  const close = (reason: 'client_closed' | 'write_timeout' | 'server_closed'): void => {
    if (closed) return;
    closed = true;
    unsubscribe();
    clearTimeout(keepalive);
    clearTimeout(writeTimer);
    pending = undefined;
    res.off('drain', onDrain);
    if (reason === 'write_timeout') res.destroy();
    else if (!res.writableEnded) res.end();
    options.onStreamEvent?.({ type: 'detach', remote, reason, sent });
  };

  const unsubscribe = store.subscribe(onPublish);
  const keepalive = setTimeout(function beat() {
    if (!blocked) write(KEEPALIVE_FRAME);
    keepalive.refresh();
  }, keepaliveMs);

  res.on('drain', onDrain);
  res.once('close', () => close('client_closed'));
  res.once('error', () => close('client_closed'));
  req.socket.setNoDelay(true);
  res.writeHead(200, STREAM_RESPONSE_HEADERS);
  res.flushHeaders();
  options.onStreamEvent?.({ type: 'attach', remote, lastEventId });
  send(store.currentPublished());
  return { close: () => close('server_closed') };
}
