/**
 * The typed control-plane client, on openapi-fetch, with the reference's deadlines and errors:
 * `fetchSnapshot()` and `health()` fail fast, `streamUpdates()` follows the event stream with
 * an attach deadline, an idle read deadline and a size limit, and `follow()` does what the
 * reference's terminal UI does — bootstrap, follow, and reconnect after failures. The HTTP
 * calls, the stream reader and the follow policy live in `client/`, one file each.
 */
import type { DaemonSnapshot, HealthResponse, SnapshotEnvelope } from '../generated/api-types.js';
import { OPERATIONS } from '../generated/client.js';
import { HealthResponseValidator, SnapshotEnvelopeValidator } from '../generated/validators/index.js';
import { follow, type FollowOptions, type FollowUpdate } from './client/follow.js';
import { ControlPlaneHttp, MAX_EVENT_BYTES, SNAPSHOT_TIMEOUT_MS } from './client/http.js';
import { openEventStream, STREAM_ATTACH_TIMEOUT_MS, STREAM_READ_TIMEOUT_MS, type ControlPlaneEventStream, type StreamLimits } from './client/stream.js';

export { describeFailure, MAX_EVENT_BYTES, SNAPSHOT_TIMEOUT_MS } from './client/http.js';
export { STREAM_ATTACH_TIMEOUT_MS, STREAM_READ_TIMEOUT_MS, type ControlPlaneEventStream } from './client/stream.js';
export { FOLLOW_RECONNECT_BASE_MS, FOLLOW_RECONNECT_MAX_MS, FOLLOW_RETRY_AFTER_MAX_MS, isNewer, type FollowOptions, type FollowUpdate } from './client/follow.js';

export interface ClientOptions {
  snapshotTimeoutMs?: number;
  streamAttachTimeoutMs?: number;
  streamReadTimeoutMs?: number;
  /** Largest line or event on the stream, and largest JSON body, in bytes; `MAX_EVENT_BYTES` by default. */
  maxEventBytes?: number;
  /** The server's read token, sent as `Authorization: Bearer <readToken>` on every read. */
  readToken?: string;
  /** The fetch to use; the global one by default. */
  fetch?: typeof fetch;
}

export class ControlPlaneClient {
  readonly baseUrl: string;
  readonly #http: ControlPlaneHttp;
  readonly #snapshotTimeoutMs: number;
  readonly #stream: StreamLimits;

  /** `baseUrl` is the service root; `http://proxy/opensymphony` and `…/opensymphony/` are the same. */
  constructor(baseUrl: string | URL, options: ClientOptions = {}) {
    this.baseUrl = String(baseUrl);
    this.#http = new ControlPlaneHttp(this.baseUrl, { readToken: options.readToken, fetch: options.fetch });
    this.#snapshotTimeoutMs = options.snapshotTimeoutMs ?? SNAPSHOT_TIMEOUT_MS;
    this.#stream = {
      attachTimeoutMs: options.streamAttachTimeoutMs ?? STREAM_ATTACH_TIMEOUT_MS,
      readTimeoutMs: options.streamReadTimeoutMs ?? STREAM_READ_TIMEOUT_MS,
      maxEventBytes: options.maxEventBytes ?? MAX_EVENT_BYTES,
    };
  }

  /** The absolute URL of `path` (relative, such as `api/v1/snapshot`) under the service root. */
  resolve(path: string): string {
    return this.#http.url(path);
  }

  /** `GET /api/v1/snapshot`, validated, within the snapshot deadline. */
  async fetchSnapshot(): Promise<SnapshotEnvelope> {
    const { path } = OPERATIONS.getSnapshot;
    return this.#http.json(path, SnapshotEnvelopeValidator, this.#limits(), (signal) => this.#http.api.GET(path, { signal, parseAs: 'stream' }));
  }

  /** `GET /healthz`, validated, within the snapshot deadline. */
  async health(): Promise<HealthResponse> {
    const { path } = OPERATIONS.getHealth;
    return this.#http.json(path, HealthResponseValidator, this.#limits(), (signal) => this.#http.api.GET(path, { signal, parseAs: 'stream' }));
  }

  /** `PUT /api/v1/snapshot` with the publish token; returns the new envelope. */
  async publishSnapshot(snapshot: DaemonSnapshot, token: string): Promise<SnapshotEnvelope> {
    const { path } = OPERATIONS.publishSnapshot;
    return this.#http.json(path, SnapshotEnvelopeValidator, this.#limits(), (signal) =>
      this.#http.api.PUT(path, { signal, parseAs: 'stream', body: snapshot, headers: { authorization: `Bearer ${token}` } }),
    );
  }

  /**
   * Opens `GET /api/v1/events`. Iterating yields each snapshot, validated; it fails with
   * `StreamAttachTimeoutError` when the first snapshot is not in within the attach deadline,
   * `EventTooLargeError` on a line or event over `maxEventBytes`, and a `StreamError` (with the
   * status and the server's code on a non-2xx answer) on a transport failure, a bad response,
   * or an idle stream.
   */
  streamUpdates(options: { lastEventId?: number } = {}): ControlPlaneEventStream {
    return openEventStream(this.#http, this.#stream, options);
  }

  /**
   * Follows the control plane for as long as `signal` allows: fetches the snapshot, follows
   * the stream, and after a failure waits (`FOLLOW_RECONNECT_BASE_MS`, doubling up to
   * `FOLLOW_RECONNECT_MAX_MS`, with jitter, never less than the server's `Retry-After`) and starts again with `Last-Event-ID`. It throws when
   * retrying cannot help (401, 403, 404, …). Envelopes are ordered by (epoch, sequence): a
   * restarted daemon is adopted, an older sequence of the same epoch is dropped.
   */
  follow(options: FollowOptions = {}): AsyncGenerator<FollowUpdate, void, undefined> {
    return follow(this, options);
  }

  #limits(): { timeoutMs: number; maxBytes: number } {
    return { timeoutMs: this.#snapshotTimeoutMs, maxBytes: this.#stream.maxEventBytes };
  }
}
