/**
 * The typed control-plane client, on openapi-fetch, with the reference's deadlines and errors:
 * `fetchSnapshot()` and `health()` fail fast, `streamUpdates()` follows the event stream with
 * an attach deadline and an idle read deadline, and `follow()` does what the reference's
 * terminal UI does — bootstrap, follow, and reconnect after failures.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { DaemonSnapshot, Error as ErrorResponse, HealthResponse, SnapshotEnvelope } from '../generated/api-types.js';
import { createControlPlaneFetchClient, type ControlPlaneFetchClient } from '../generated/client.js';
import { EVENT_STREAM_CONTENT_TYPE, EVENTS_CHANNEL_ADDRESS, LAST_EVENT_ID_HEADER, SNAPSHOT_EVENT } from '../generated/events.js';
import {
  ErrorResponseValidator,
  HealthResponseValidator,
  SnapshotEnvelopeValidator,
  type Validator,
} from '../generated/validators/index.js';
import {
  ControlPlaneClientError,
  DecodeError,
  InvalidBaseUrlError,
  RequestError,
  StreamAttachTimeoutError,
  StreamError,
} from './client-errors.js';

/** Bootstrap and reconnect fetches fail fast so callers retry instead of hanging on a partial body. */
export const SNAPSHOT_TIMEOUT_MS = 5_000;
/** Connecting and receiving the first snapshot must both fit in this; keepalives do not count. */
export const STREAM_ATTACH_TIMEOUT_MS = 5_000;
/** After attaching, a stream silent this long (not even a keepalive, sent every 15 s) is dead. */
export const STREAM_READ_TIMEOUT_MS = 35_000;
/** First reconnect delay of `follow()`, as the reference's terminal UI waits. */
export const FOLLOW_RECONNECT_BASE_MS = 750;
/** Longest reconnect delay of `follow()`, however often the server failed. */
export const FOLLOW_RECONNECT_MAX_MS = 15_000;

export interface ClientOptions {
  snapshotTimeoutMs?: number;
  streamAttachTimeoutMs?: number;
  streamReadTimeoutMs?: number;
  /** The fetch to use; the global one by default. */
  fetch?: typeof fetch;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/** An error's message with its cause's code (ECONNREFUSED, …), for failure reasons. */
export function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  return [error instanceof Error ? error.message : String(error), cause?.code ?? cause?.message].filter(Boolean).join(': ');
}

function decode<T>(text: string, validator: Validator<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DecodeError(`not JSON (${(error as Error).message})`, [], { cause: error });
  }
  const result = validator.validate(value);
  if (!result.ok) {
    const summary = result.errors.map((issue) => `${issue.path || '(root)'} ${issue.message}`).join('; ');
    throw new DecodeError(`not a valid ${validator.schema}: ${summary}`, result.errors);
  }
  return result.value;
}

/** A live stream of envelopes; iterate it, and close it when done. */
export interface ControlPlaneEventStream extends AsyncIterable<SnapshotEnvelope> {
  next(): Promise<IteratorResult<SnapshotEnvelope, undefined>>;
  close(): void;
}

/** What `follow()` reports: each new envelope, and every change of connection state. */
export type FollowUpdate =
  | { type: 'snapshot'; envelope: SnapshotEnvelope }
  | { type: 'state'; state: 'connecting' | 'live' }
  | { type: 'state'; state: 'reconnecting'; error: ControlPlaneClientError; retryInMs: number };

export interface FollowOptions {
  /** Stops following (the iterator then ends). */
  signal?: AbortSignal;
  reconnectBaseMs?: number;
  reconnectMaxMs?: number;
  /** A number in [0, 1) for the reconnect jitter; Math.random by default. */
  random?: () => number;
}

/** Orders envelopes by (epoch, sequence): a new epoch is a restart and is adopted. */
export function isNewer(candidate: SnapshotEnvelope, current: SnapshotEnvelope | undefined, sameConnection: boolean): boolean {
  if (!current) return true;
  if (candidate.epoch !== undefined && current.epoch !== undefined && candidate.epoch !== current.epoch) return true;
  if (candidate.sequence > current.sequence) return true;
  // Without epochs (the Rust reference), a lower sequence on a new connection can only be a restart.
  return !sameConnection && candidate.epoch === undefined && candidate.sequence < current.sequence;
}

export class ControlPlaneClient {
  readonly baseUrl: string;
  readonly #snapshotTimeoutMs: number;
  readonly #attachTimeoutMs: number;
  readonly #readTimeoutMs: number;
  readonly #fetch: typeof fetch | undefined;

  /** `baseUrl` is the service root; `http://proxy/opensymphony` and `…/opensymphony/` are the same. */
  constructor(baseUrl: string | URL, options: ClientOptions = {}) {
    this.baseUrl = String(baseUrl);
    this.#snapshotTimeoutMs = options.snapshotTimeoutMs ?? SNAPSHOT_TIMEOUT_MS;
    this.#attachTimeoutMs = options.streamAttachTimeoutMs ?? STREAM_ATTACH_TIMEOUT_MS;
    this.#readTimeoutMs = options.streamReadTimeoutMs ?? STREAM_READ_TIMEOUT_MS;
    this.#fetch = options.fetch;
  }

  /** The absolute URL of `path` (relative, such as `api/v1/snapshot`) under the service root. */
  resolve(path: string): string {
    return `${this.#root(path)}${path.replace(/^\//, '')}`;
  }

  #root(path: string): string {
    let url: URL;
    try {
      url = new URL(this.baseUrl);
    } catch (error) {
      throw new InvalidBaseUrlError(this.baseUrl, path, { cause: error });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidBaseUrlError(this.baseUrl, path);
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  }

  #http(path: string): ControlPlaneFetchClient {
    const options = this.#fetch ? { baseUrl: this.#root(path), fetch: this.#fetch } : { baseUrl: this.#root(path) };
    return createControlPlaneFetchClient(options);
  }

  /** `GET /api/v1/snapshot`, validated, within the snapshot deadline. */
  async fetchSnapshot(): Promise<SnapshotEnvelope> {
    return this.#getJson('api/v1/snapshot', SnapshotEnvelopeValidator, (http, signal) =>
      http.GET('/api/v1/snapshot', { signal, parseAs: 'text' }),
    );
  }

  /** `GET /healthz`, validated, within the snapshot deadline. */
  async health(): Promise<HealthResponse> {
    return this.#getJson('healthz', HealthResponseValidator, (http, signal) => http.GET('/healthz', { signal, parseAs: 'text' }));
  }

  /** `PUT /api/v1/snapshot` with the publish token; returns the new envelope. */
  async publishSnapshot(snapshot: DaemonSnapshot, token: string): Promise<SnapshotEnvelope> {
    return this.#getJson('api/v1/snapshot', SnapshotEnvelopeValidator, (http, signal) =>
      http.PUT('/api/v1/snapshot', { signal, parseAs: 'text', body: snapshot, headers: { authorization: `Bearer ${token}` } }),
    );
  }

  async #getJson<T>(
    path: string,
    validator: Validator<T>,
    call: (http: ControlPlaneFetchClient, signal: AbortSignal) => Promise<{ data?: unknown; error?: unknown; response: Response }>,
  ): Promise<T> {
    const url = this.resolve(path);
    const http = this.#http(path);
    let result: { data?: unknown; error?: unknown; response: Response };
    try {
      // The deadline covers the whole exchange, body included.
      result = await call(http, AbortSignal.timeout(this.#snapshotTimeoutMs));
    } catch (error) {
      if (isAbort(error)) {
        throw new RequestError(`no complete response within ${this.#snapshotTimeoutMs} ms`, url, { timeout: true }, { cause: error });
      }
      throw new RequestError(describeFailure(error), url, {}, { cause: error });
    }
    const { response } = result;
    if (!response.ok) {
      const body = ErrorResponseValidator.is(result.error) ? (result.error as ErrorResponse) : undefined;
      const reason = body ? `${body.error.code}: ${body.error.message}` : response.statusText;
      throw new RequestError(`HTTP ${response.status} ${reason}`, url, body ? { status: response.status, body } : { status: response.status });
    }
    return decode(typeof result.data === 'string' ? result.data : '', validator);
  }

  /**
   * Opens `GET /api/v1/events`. Iterating yields each snapshot, validated; it fails with
   * `StreamAttachTimeoutError` when the first snapshot is not in within the attach deadline,
   * and with a `StreamError` on a transport failure, a bad response, or an idle stream.
   */
  streamUpdates(options: { lastEventId?: number } = {}): ControlPlaneEventStream {
    const path = EVENTS_CHANNEL_ADDRESS.replace(/^\//, '');
    const url = this.resolve(path);
    const http = this.#http(path);
    const abort = new AbortController();
    const queue: SnapshotEnvelope[] = [];
    let failure: ControlPlaneClientError | undefined;
    let finished = false;
    let wake: (() => void) | undefined;
    let idleTimer: NodeJS.Timeout | undefined;

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
      notify();
    };
    const attachTimer = setTimeout(() => fail(new StreamAttachTimeoutError(this.#attachTimeoutMs)), this.#attachTimeoutMs);
    const armIdle = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(
        () => fail(new StreamError(`no data for ${this.#readTimeoutMs} ms`, url, { timeout: true })),
        this.#readTimeoutMs,
      );
    };

    const onEvent = (event: EventSourceMessage) => {
      if ((event.event ?? 'message') !== SNAPSHOT_EVENT) return; // other events are for newer clients
      try {
        queue.push(decode(event.data, SnapshotEnvelopeValidator));
      } catch (error) {
        fail(error as DecodeError);
        return;
      }
      clearTimeout(attachTimer);
      notify();
    };

    const pump = async () => {
      const headers: Record<string, string> = { accept: EVENT_STREAM_CONTENT_TYPE };
      if (options.lastEventId !== undefined) headers[LAST_EVENT_ID_HEADER] = String(options.lastEventId);
      const result = await http.GET('/api/v1/events', { signal: abort.signal, parseAs: 'stream', headers });
      const { response } = result;
      if (!response.ok) {
        await response.body?.cancel();
        throw new StreamError(`HTTP ${response.status} ${response.statusText}`, url, { status: response.status });
      }
      const type = response.headers.get('content-type') ?? '';
      if (!type.toLowerCase().startsWith(EVENT_STREAM_CONTENT_TYPE)) {
        await response.body?.cancel();
        throw new StreamError(`content type is ${type || 'missing'}, not ${EVENT_STREAM_CONTENT_TYPE}`, url, { status: response.status });
      }
      const body = result.data as ReadableStream<Uint8Array> | null | undefined;
      if (!body) throw new StreamError('the response has no body', url);
      const parser = createParser({ onEvent });
      const decoder = new TextDecoder();
      const reader = body.getReader();
      armIdle();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) throw new StreamError('the server closed the stream', url);
          armIdle();
          parser.feed(decoder.decode(value, { stream: true }));
          if (finished) return;
        }
      } finally {
        reader.releaseLock();
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
          if (envelope) return { done: false, value: envelope };
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

  /**
   * Follows the control plane for as long as `signal` allows: fetches the snapshot, follows
   * the stream, and after any failure waits (750 ms, doubling up to 15 s, with jitter) and
   * starts again with `Last-Event-ID`. Envelopes are ordered by (epoch, sequence): a
   * restarted daemon is adopted, an older sequence of the same epoch is dropped.
   */
  async *follow(options: FollowOptions = {}): AsyncGenerator<FollowUpdate, void, undefined> {
    const baseMs = options.reconnectBaseMs ?? FOLLOW_RECONNECT_BASE_MS;
    const maxMs = options.reconnectMaxMs ?? FOLLOW_RECONNECT_MAX_MS;
    const random = options.random ?? Math.random;
    const signal = options.signal;
    let current: SnapshotEnvelope | undefined;
    let failures = 0;

    while (!signal?.aborted) {
      yield { type: 'state', state: 'connecting' };
      let stream: ControlPlaneEventStream | undefined;
      const onAbort = () => stream?.close();
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const bootstrap = await this.fetchSnapshot();
        if (isNewer(bootstrap, current, false)) {
          current = bootstrap;
          yield { type: 'snapshot', envelope: bootstrap };
        }
        stream = this.streamUpdates(current ? { lastEventId: current.sequence } : {});
        if (signal?.aborted) break;
        let attached = false;
        for await (const envelope of stream) {
          if (!attached) {
            attached = true;
            failures = 0;
            yield { type: 'state', state: 'live' };
          }
          if (isNewer(envelope, current, true)) {
            current = envelope;
            yield { type: 'snapshot', envelope };
          }
        }
        if (signal?.aborted) break;
        throw new StreamError('the stream ended', this.resolve('api/v1/events'));
      } catch (error) {
        if (signal?.aborted) break;
        if (!(error instanceof ControlPlaneClientError)) throw error;
        failures += 1;
        const ceiling = Math.min(maxMs, baseMs * 2 ** (failures - 1));
        const retryInMs = Math.round(ceiling * (0.5 + random() / 2));
        yield { type: 'state', state: 'reconnecting', error, retryInMs };
        await sleep(retryInMs, signal);
      } finally {
        signal?.removeEventListener('abort', onAbort);
        stream?.close();
      }
    }
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
