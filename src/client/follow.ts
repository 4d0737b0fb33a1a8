/** The client's follow policy: bootstrap, follow, and reconnect — backing off, honouring `Retry-After`, and giving up when retrying cannot help. */
import type { SnapshotEnvelope } from '../../generated/api-types.js';
import { OPERATIONS } from '../../generated/client.js';
import { RECONNECT_BASE_MS, RECONNECT_MAX_MS } from '../../generated/contract.js';
import { ControlPlaneClientError, InvalidBaseUrlError, RequestError, StreamError } from '../client-errors.js';
import type { ControlPlaneEventStream } from './stream.js';

/** First reconnect delay of `follow()`, as the reference's terminal UI waits: the spec's `reconnect-base-ms`. */
export const FOLLOW_RECONNECT_BASE_MS = RECONNECT_BASE_MS;
/** Longest reconnect delay of `follow()`, however often the server failed: the spec's `reconnect-max-ms`. */
export const FOLLOW_RECONNECT_MAX_MS = RECONNECT_MAX_MS;
/** Longest `Retry-After` honoured: a hostile or misconfigured server cannot park a follower for hours. */
export const FOLLOW_RETRY_AFTER_MAX_MS = 300_000;

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

/** What `follow()` needs of a client. */
export interface FollowSource {
  fetchSnapshot(): Promise<SnapshotEnvelope>;
  streamUpdates(options: { lastEventId?: number }): ControlPlaneEventStream;
  resolve(path: string): string;
}

/** Orders envelopes by (epoch, sequence): a new epoch is a restart and is adopted. */
export function isNewer(candidate: SnapshotEnvelope, current: SnapshotEnvelope | undefined, sameConnection: boolean): boolean {
  if (!current) return true;
  if (candidate.epoch !== undefined && current.epoch !== undefined && candidate.epoch !== current.epoch) return true;
  if (candidate.sequence > current.sequence) return true;
  // Without epochs (the Rust reference), a lower sequence on a new connection can only be a restart.
  return !sameConnection && candidate.epoch === undefined && candidate.sequence < current.sequence;
}

/**
 * Whether asking again cannot help: a base URL that is not one, or a 4xx answer other than
 * 408 (timeout) and 429 (slow down) — 401, 403 and 404 above all: the token or the address is
 * wrong, and waiting will not fix it.
 */
export function isPermanent(error: ControlPlaneClientError): boolean {
  if (error instanceof InvalidBaseUrlError) return true;
  const status = error instanceof RequestError || error instanceof StreamError ? error.status : undefined;
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  random: () => number;
}

/**
 * The wait before attempt `failures + 1`: `baseMs` doubling per failure up to `maxMs`, jittered
 * into its upper half so many followers do not reconnect in step; never shorter than the
 * server's `Retry-After` (itself capped at `FOLLOW_RETRY_AFTER_MAX_MS`).
 */
export function reconnectDelayMs(error: ControlPlaneClientError, failures: number, policy: BackoffPolicy): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (failures - 1));
  const backoff = Math.round(ceiling * (0.5 + policy.random() / 2));
  const asked = error instanceof RequestError || error instanceof StreamError ? error.details.retryAfterMs : undefined;
  return asked === undefined ? backoff : Math.max(backoff, Math.min(asked, FOLLOW_RETRY_AFTER_MAX_MS));
}

/**
 * Follows the control plane for as long as `signal` allows: fetches the snapshot, follows the
 * stream, and after a failure waits (`reconnectDelayMs`) and starts again with `Last-Event-ID`.
 * A permanent failure (`isPermanent`) is thrown. Envelopes are ordered by `isNewer`.
 */
export async function* follow(source: FollowSource, options: FollowOptions = {}): AsyncGenerator<FollowUpdate, void, undefined> {
  const policy: BackoffPolicy = {
    baseMs: options.reconnectBaseMs ?? FOLLOW_RECONNECT_BASE_MS,
    maxMs: options.reconnectMaxMs ?? FOLLOW_RECONNECT_MAX_MS,
    random: options.random ?? Math.random,
  };
  const signal = options.signal;
  let current: SnapshotEnvelope | undefined;
  let failures = 0;

  while (!signal?.aborted) {
    yield { type: 'state', state: 'connecting' };
    let stream: ControlPlaneEventStream | undefined;
    const onAbort = () => stream?.close();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const bootstrap = await unlessAborted(source.fetchSnapshot(), signal);
      if (bootstrap === undefined) break;
      if (isNewer(bootstrap, current, false)) {
        current = bootstrap;
        yield { type: 'snapshot', envelope: bootstrap };
      }
      stream = source.streamUpdates(current ? { lastEventId: current.sequence } : {});
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
      throw new StreamError('the stream ended', source.resolve(OPERATIONS.streamEvents.path));
    } catch (error) {
      if (signal?.aborted) break;
      if (!(error instanceof ControlPlaneClientError) || isPermanent(error)) throw error;
      failures += 1;
      const retryInMs = reconnectDelayMs(error, failures, policy);
      yield { type: 'state', state: 'reconnecting', error, retryInMs };
      await sleep(retryInMs, signal);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      stream?.close();
    }
  }
}

/** `work`'s value, or undefined as soon as `signal` aborts (`work` is then left to settle unheard). */
function unlessAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T | undefined> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.resolve(undefined);
  }
  return new Promise<T | undefined>((resolve, reject) => {
    const onAbort = () => {
      work.catch(() => undefined);
      resolve(undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error: unknown) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
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
