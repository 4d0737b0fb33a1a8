/**
 * The server-sent-events stream of snapshots (`GET /api/v1/events`): a channel that owns the
 * fan-out. It holds one store subscription for all its streams, writes each envelope's frame —
 * built once, as the HTTP chunk it travels in — straight to every stream's socket, keeps the
 * keepalive and write deadlines with one sweep instead of a timer per stream, and applies the
 * slow-consumer rule: a stream whose socket is full keeps only the newest envelope and jumps to
 * it when the socket drains.
 */
import { OutgoingMessage, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { KEEPALIVE_INTERVAL_MS } from '../generated/contract.js';
import { KEEPALIVE_COMMENT, LAST_EVENT_ID_HEADER, SNAPSHOT_EVENT_ID_PATTERN, STREAM_RESPONSE_HEADERS } from '../generated/events.js';
import { peerOf } from './client-address.js';
import { ChunkStage, chunkOf, envelopeBytes, type EnvelopeBytes } from './envelope-bytes.js';
import type { SnapshotEngine } from './engine.js';
import type { PublishedEnvelope } from './store.js';

/**
 * How long a stream may stay undrained (its socket full) before it is closed, counting only time
 * this process ran on schedule: a stall of the whole process is not the reader's.
 */
export const STREAM_WRITE_TIMEOUT_MS = 30_000;
/**
 * Bytes a stream's socket may hold unsent before the stream counts as full and starts skipping
 * to the newest envelope: a few frames of slack, so one large frame does not mark a healthy
 * reader slow, while a stalled one holds at most this plus one frame.
 */
export const STREAM_MAX_BUFFERED_BYTES = 64 * 1024;
/** The sweep runs this many times per keepalive interval: a keepalive goes out in the last 1/60 of it (≤ 250 ms early at 15 s). */
const SWEEPS_PER_KEEPALIVE = 60;

const KEEPALIVE_FRAME = Buffer.from(`: ${KEEPALIVE_COMMENT}\n\n`, 'utf8');
/** The keepalive comment in both forms a stream may write, made once. */
const KEEPALIVE: WritableForms = { frame: KEEPALIVE_FRAME, chunk: chunkOf(KEEPALIVE_FRAME) };
const LAST_EVENT_ID = LAST_EVENT_ID_HEADER.toLowerCase();

/**
 * The bytes of one snapshot event, as a string (for tests and tools that build their own
 * servers); the channel writes the shared Buffer.
 */
export function snapshotFrame(published: PublishedEnvelope): string {
  return envelopeBytes(published).frame.toString('utf8');
}

/** What happened on a stream, for logs and tests. */
export type StreamEvent =
  | { type: 'attach'; remote: string; lastEventId: number | undefined }
  | { type: 'detach'; remote: string; reason: 'client_closed' | 'write_timeout' | 'server_closed'; sent: number };

/** Told what the channel writes, for metrics. */
export interface ChannelObserver {
  /** An envelope was written to `streams` streams, `seconds` after the store accepted it. */
  delivered(streams: number, seconds: number): void;
  keepalive(): void;
  /** A full stream skipped an envelope for a newer one. */
  jumped(): void;
  /** A stream was closed because its socket stayed full past the write timeout. */
  evicted(): void;
}

export interface EventStreamOptions {
  /** Silence after which a keepalive comment is written (default `KEEPALIVE_INTERVAL_MS`, the AsyncAPI document's). */
  keepaliveMs?: number | undefined;
  /** How long a full socket may stay undrained before the stream is closed. */
  writeTimeoutMs?: number | undefined;
  onStreamEvent?: ((event: StreamEvent) => void) | undefined;
  observer?: ChannelObserver | undefined;
}

/** A reconnecting client's `Last-Event-ID`, or undefined when absent or malformed. */
export function parseLastEventId(header: string | undefined): number | undefined {
  if (header === undefined || !SNAPSHOT_EVENT_ID_PATTERN.test(header)) return undefined;
  const id = Number(header);
  return Number.isSafeInteger(id) ? id : undefined;
}

/**
 * Where a stream's bytes go, and in which form: `chunk`, each frame as the HTTP/1.1 chunk it
 * travels in, straight to the socket; `frame`, the bare frame — to the socket of a response that
 * has no chunks (HTTP/1.0, delimited by the connection's end), or to the response itself, which
 * frames it.
 */
interface StreamOutput {
  readonly out: Writable;
  readonly form: 'chunk' | 'frame';
}

/** Bytes made once in both forms: an envelope's, or the keepalive comment. */
type WritableForms = Pick<EnvelopeBytes, 'frame' | 'chunk'>;

/**
 * A stream's output once its headers are out. Straight to the socket — one shared buffer and one
 * write per reader, without the response's per-write chunk header, cork and tick — when the
 * response owns its socket (it does not while an earlier pipelined response holds it) and its
 * `write` is node's own (a host app's middleware, compression say, may wrap it: its bytes then
 * go through that wrapper, as before).
 */
function outputOf(res: ServerResponse): StreamOutput {
  const socket = res.socket;
  if (socket === null || res.write !== OutgoingMessage.prototype.write) return { out: res, form: 'frame' };
  return { out: socket, form: res.chunkedEncoding ? 'chunk' : 'frame' };
}

interface Stream extends StreamOutput {
  readonly res: ServerResponse;
  readonly remote: string;
  lastSentSequence: number;
  lastWriteAt: number;
  /** When the socket filled up; 0 while it is not full. */
  blockedSince: number;
  /** The newest envelope that arrived while the socket was full. */
  pending: PublishedEnvelope | undefined;
  sent: number;
  closed: boolean;
}

type DetachReason = 'client_closed' | 'write_timeout' | 'server_closed';

export class EventChannel {
  readonly #store: SnapshotEngine;
  readonly #keepaliveMs: number;
  readonly #writeTimeoutMs: number;
  readonly #onStreamEvent: ((event: StreamEvent) => void) | undefined;
  readonly #observer: ChannelObserver | undefined;
  readonly #streams = new Set<Stream>();
  readonly #stage = new ChunkStage();
  #unsubscribe: (() => void) | undefined;
  #sweep: NodeJS.Timeout | undefined;

  constructor(store: SnapshotEngine, options: EventStreamOptions = {}) {
    this.#store = store;
    this.#keepaliveMs = options.keepaliveMs ?? KEEPALIVE_INTERVAL_MS;
    this.#writeTimeoutMs = options.writeTimeoutMs ?? STREAM_WRITE_TIMEOUT_MS;
    this.#onStreamEvent = options.onStreamEvent;
    this.#observer = options.observer;
  }

  /** Streams open now. */
  get size(): number {
    return this.#streams.size;
  }

  /**
   * Serves one event stream until either side closes it: the current envelope at once, then
   * every newer one. `onClose` is called once, whatever ends it; `remote` names the client in
   * stream events.
   */
  open(req: IncomingMessage, res: ServerResponse, onClose?: () => void, remote = peerOf(req)): void {
    const header = req.headers[LAST_EVENT_ID];
    // Every event is full state, so a resuming client is simply sent the current envelope.
    const lastEventId = parseLastEventId(typeof header === 'string' ? header : undefined);
    req.socket.setNoDelay(true);
    res.writeHead(200, STREAM_RESPONSE_HEADERS);
    res.flushHeaders();
    const stream: Stream = { res, ...outputOf(res), remote, lastSentSequence: 0, lastWriteAt: 0, blockedSince: 0, pending: undefined, sent: 0, closed: false };
    this.#streams.add(stream);
    this.#unsubscribe ??= this.#subscribe((published) => this.#deliver(published));
    this.#sweep ??= this.#startSweep();

    res.once('close', () => {
      this.#detach(stream, 'client_closed');
      onClose?.();
    });
    res.once('error', () => this.#detach(stream, 'client_closed'));
    this.#onStreamEvent?.({ type: 'attach', remote: stream.remote, lastEventId });
    const current = this.#store.currentPublished();
    this.#send(stream, current, envelopeBytes(current), Date.now());
  }

  /** The channel's one store subscription: as the fan-out, told first, where the store has one. */
  #subscribe(listener: (published: PublishedEnvelope) => void): () => void {
    return this.#store.subscribeFanout ? this.#store.subscribeFanout(listener) : this.#store.subscribe(listener);
  }

  /** Ends every open stream (for a clean shutdown). */
  closeAll(): void {
    for (const stream of [...this.#streams]) this.#detach(stream, 'server_closed');
  }

  #deliver(published: PublishedEnvelope): void {
    const began = performance.now();
    const now = Date.now();
    // Streams on their own socket are written from the stage; one that goes through its response
    // (which may queue the bytes before its socket has them) gets the envelope's own bytes.
    let staged: WritableForms | undefined;
    let owned: EnvelopeBytes | undefined;
    let stageHeld = false;
    let written = 0;
    for (const stream of this.#streams) {
      if (published.envelope.sequence <= stream.lastSentSequence) continue;
      // A full socket holds at most one frame beyond its slack; newer envelopes replace each
      // other here until it drains ("jump to the latest").
      if (stream.blockedSince !== 0) {
        if (stream.pending !== undefined) this.#observer?.jumped();
        stream.pending = published;
        continue;
      }
      written += 1;
      if (stream.out === stream.res) {
        this.#send(stream, published, (owned ??= envelopeBytes(published)), now);
        continue;
      }
      this.#send(stream, published, (staged ??= this.#stage.stage(published)), now);
      // Anything left in the socket's queue may be these very bytes, which the next stage overwrites.
      if (stream.out.writableLength > 0) stageHeld = true;
    }
    if (stageHeld) this.#stage.release();
    this.#observer?.delivered(written, (performance.now() - began) / 1000);
  }

  #send(stream: Stream, published: PublishedEnvelope, bytes: WritableForms, now: number): void {
    stream.lastSentSequence = published.envelope.sequence;
    stream.sent += 1;
    this.#write(stream, bytes, now);
  }

  /** Writes `bytes` in the stream's form; a socket left full past the slack blocks the stream until it drains. */
  #write(stream: Stream, bytes: WritableForms, now: number): void {
    stream.lastWriteAt = now;
    const { out } = stream;
    if (out.write(bytes[stream.form]) || out.writableLength <= STREAM_MAX_BUFFERED_BYTES) return;
    stream.blockedSince = now;
    out.once('drain', () => this.#drained(stream));
  }

  #drained(stream: Stream): void {
    if (stream.closed) return;
    stream.blockedSince = 0;
    const next = stream.pending;
    stream.pending = undefined;
    if (next && next.envelope.sequence > stream.lastSentSequence) this.#send(stream, next, envelopeBytes(next), Date.now());
  }

  /** One timer for every stream: keepalives after a quiet interval, and the write deadline of full sockets. */
  #startSweep(): NodeJS.Timeout {
    const everyMs = Math.max(1, Math.floor(this.#keepaliveMs / SWEEPS_PER_KEEPALIVE));
    let lastSweep = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      // A sweep that comes late found this process stalled (a long task, a collection, no CPU):
      // no socket could drain meanwhile, so that time does not count against a full one. It
      // runs before the sockets are read, and would otherwise close healthy streams.
      const stalledMs = Math.max(0, now - lastSweep - everyMs);
      lastSweep = now;
      // Due once the next sweep would come too late: silence stays within the interval.
      const keepaliveDue = now - this.#keepaliveMs + everyMs;
      for (const stream of this.#streams) {
        if (stream.blockedSince !== 0) {
          stream.blockedSince = Math.min(now, stream.blockedSince + stalledMs);
          if (now - stream.blockedSince >= this.#writeTimeoutMs) this.#detach(stream, 'write_timeout');
        } else if (stream.lastWriteAt <= keepaliveDue) {
          this.#write(stream, KEEPALIVE, now);
          this.#observer?.keepalive();
        }
      }
    }, everyMs);
    timer.unref();
    return timer;
  }

  #detach(stream: Stream, reason: DetachReason): void {
    if (stream.closed) return;
    stream.closed = true;
    stream.pending = undefined;
    this.#streams.delete(stream);
    if (this.#streams.size === 0) {
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      clearInterval(this.#sweep);
      this.#sweep = undefined;
    }
    if (reason === 'write_timeout') {
      this.#observer?.evicted();
      stream.res.destroy();
    }
    else if (!stream.res.writableEnded) stream.res.end();
    this.#onStreamEvent?.({ type: 'detach', remote: stream.remote, reason, sent: stream.sent });
  }
}
