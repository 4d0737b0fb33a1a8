/** The client's event-stream reader: `GET /api/v1/events` parsed within the attach, read and size limits, one validated envelope at a time. */
import { Buffer } from 'node:buffer';
import { createParser, type EventSourceMessage, type ParseError } from 'eventsource-parser';
import type { SnapshotEnvelope } from '../../generated/api-types.js';
import { OPERATIONS } from '../../generated/client.js';
import { STREAM_ATTACH_TIMEOUT_MS, STREAM_READ_TIMEOUT_MS } from '../../generated/contract.js';
import { EVENT_STREAM_CONTENT_TYPE, LAST_EVENT_ID_HEADER, SNAPSHOT_EVENT } from '../../generated/events.js';
import { SnapshotEnvelopeValidator } from '../../generated/validators/index.js';
import { ControlPlaneClientError, EventTooLargeError, StreamAttachTimeoutError, StreamError } from '../client-errors.js';
import { decodeJson } from './decode.js';
import { describeFailure, describeStatus, failureDetails, isAbort, type ControlPlaneHttp } from './http.js';

/**
 * The attach deadline (the first snapshot; keepalives do not count) and the idle read deadline:
 * the spec's numbers (`x-opensymphony-numbers` of asyncapi.yaml's `receiveSnapshots`).
 */
export { STREAM_ATTACH_TIMEOUT_MS, STREAM_READ_TIMEOUT_MS };

/**
 * Envelopes parsed but not yet taken by the reader: enough to absorb a burst; past it the client
 * stops reading, and the server's slow-consumer handling (newest wins) does better than a queue.
 */
export const STREAM_QUEUE_MAX_EVENTS = 8;

/** A live stream of envelopes; iterate it, and close it when done. */
export interface ControlPlaneEventStream extends AsyncIterable<SnapshotEnvelope> {
  next(): Promise<IteratorResult<SnapshotEnvelope, undefined>>;
  close(): void;
}

export interface StreamLimits {
  attachTimeoutMs: number;
  readTimeoutMs: number;
  maxEventBytes: number;
}

/**
 * Opens the event stream. Iterating yields each snapshot, validated; it fails with
 * `StreamAttachTimeoutError` when the first snapshot is not in within the attach deadline,
 * `EventTooLargeError` on a line or event over `maxEventBytes`, and a `StreamError` on a
 * transport failure, a non-2xx status (with the server's code), a wrong content type, or an
 * idle stream.
 */
export function openEventStream(http: ControlPlaneHttp, limits: StreamLimits, options: { lastEventId?: number } = {}): ControlPlaneEventStream {
  const url = http.url(OPERATIONS.streamEvents.path);
  const abort = new AbortController();
  const queue: SnapshotEnvelope[] = [];
  let failure: ControlPlaneClientError | undefined;
  let finished = false;
  let wake: (() => void) | undefined;
  let resume: (() => void) | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  // Cancelled directly when the stream stops: the abort signal alone may never reach the fetch
  // after a garbage collection (see Deadline in ./http.js), and a pending read would wait for the
  // server's next bytes.
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;

  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const fail = (error: ControlPlaneClientError) => {
    if (finished) return;
    failure ??= error;
    stop();
  };
  const stop = () => {
    finished = true;
    clearTimeout(attachTimer);
    clearTimeout(idleTimer);
    abort.abort();
    void reader?.cancel().catch(() => undefined);
    notify();
    resume?.();
  };
  const attachTimer = setTimeout(() => fail(new StreamAttachTimeoutError(limits.attachTimeoutMs)), limits.attachTimeoutMs);
  const armIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => fail(new StreamError(`no data for ${limits.readTimeoutMs} ms`, url, { timeout: true })), limits.readTimeoutMs);
  };

  const onEvent = (event: EventSourceMessage) => {
    if (finished) return;
    // The parser bounds what it buffers in UTF-16 units; the limit is in bytes, so a multibyte event is checked again here.
    if (Buffer.byteLength(event.data, 'utf8') > limits.maxEventBytes) {
      fail(new EventTooLargeError(limits.maxEventBytes, url));
      return;
    }
    if ((event.event ?? 'message') !== SNAPSHOT_EVENT) return; // other events are for newer clients
    try {
      queue.push(decodeJson(event.data, SnapshotEnvelopeValidator));
    } catch (error) {
      fail(error as ControlPlaneClientError);
      return;
    }
    clearTimeout(attachTimer);
    notify();
  };
  const onError = (error: ParseError) => {
    if (error.type === 'max-buffer-size-exceeded') fail(new EventTooLargeError(limits.maxEventBytes, url));
  };

  const pump = async () => {
    const headers: Record<string, string> = { accept: EVENT_STREAM_CONTENT_TYPE };
    if (options.lastEventId !== undefined) headers[LAST_EVENT_ID_HEADER] = String(options.lastEventId);
    const result = await http.api.GET(OPERATIONS.streamEvents.path, { signal: abort.signal, parseAs: 'stream', headers });
    const { response } = result;
    if (finished) {
      // Stopped (closed, or past its attach deadline) before the answer came.
      await (result.data as ReadableStream<Uint8Array> | null | undefined)?.cancel().catch(() => undefined);
      return;
    }
    if (!response.ok) {
      // openapi-fetch has already read the (bounded) error body into `result.error`.
      const details = failureDetails(response, result.error);
      throw new StreamError(describeStatus(response, details), url, details);
    }
    const body = result.data as ReadableStream<Uint8Array> | null | undefined;
    const type = response.headers.get('content-type') ?? '';
    if (!type.toLowerCase().startsWith(EVENT_STREAM_CONTENT_TYPE)) {
      await body?.cancel().catch(() => undefined);
      throw new StreamError(`content type is ${type || 'missing'}, not ${EVENT_STREAM_CONTENT_TYPE}`, url, { status: response.status });
    }
    if (!body) throw new StreamError('the response has no body', url, { status: response.status });
    const parser = createParser({ onEvent, onError, maxBufferSize: limits.maxEventBytes });
    const decoder = new TextDecoder();
    reader = body.getReader();
    armIdle();
    try {
      for (;;) {
        if (queue.length >= STREAM_QUEUE_MAX_EVENTS) {
          // A slow reader is not a silent server: the idle deadline waits while reading is paused.
          clearTimeout(idleTimer);
          await new Promise<void>((resolve) => (resume = resolve));
          resume = undefined;
          if (finished) return;
          armIdle();
        }
        const { done, value } = await reader.read();
        if (finished) return;
        if (done) throw new StreamError('the server closed the stream', url);
        armIdle();
        parser.feed(decoder.decode(value, { stream: true }));
        if (finished) return;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
      reader.releaseLock();
      reader = undefined;
    }
  };

  pump().catch((error: unknown) => {
    if (error instanceof ControlPlaneClientError) fail(error);
    else if (!isAbort(error) || !finished) fail(new StreamError(describeFailure(error), url, {}, { cause: error }));
  });

  const stream: ControlPlaneEventStream = {
    async next() {
      for (;;) {
        const envelope = queue.shift();
        if (envelope) {
          if (queue.length < STREAM_QUEUE_MAX_EVENTS) resume?.();
          return { done: false, value: envelope };
        }
        if (failure) {
          const error = failure;
          failure = undefined;
          throw error;
        }
        if (finished) return { done: true, value: undefined };
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    close() {
      queue.length = 0;
      failure = undefined;
      stop();
    },
    [Symbol.asyncIterator]() {
      return {
        next: () => stream.next(),
        return: async () => {
          stream.close();
          return { done: true, value: undefined };
        },
      };
    },
  };
  return stream;
}
