/**
 * What a conformance check works with: the target's URLs, raw HTTP exchanges with deadlines,
 * event-stream probes, and publishing. Raw on purpose — the suite must see what the target
 * really sends, not what a forgiving client makes of it.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { DaemonSnapshot } from '../../generated/api-types.js';
import { ControlPlaneClient, describeFailure } from '../client.js';
import { withDeadline } from './deadline.js';
import { StreamProbe } from './stream-probe.js';

/** A check that did not hold; the message says what was expected and what was seen. */
export class CheckFailed extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'CheckFailed';
  }
}

/**
 * A check that cannot apply to this target (it has no per-client cap within reach, say): reported
 * as skipped with the reason, and not held against the verdict.
 */
export class NotApplicable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotApplicable';
  }
}

/** Throws `CheckFailed(reason)` unless `condition` holds. */
export function expect(condition: unknown, reason: string | (() => string)): asserts condition {
  if (!condition) throw new CheckFailed(typeof reason === 'function' ? reason() : reason);
}

export interface Exchange {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
}

export interface ConformanceSettings {
  /** Deadline of each request, and the attach deadline of each stream (first snapshot). */
  timeoutMs: number;
  /** The target's keepalive interval: the longest a stream may stay silent. */
  keepaliveMs: number;
  publishToken: string | undefined;
  /** Sent as `Authorization: Bearer` on every read. */
  readToken: string | undefined;
  /** The target's body limit, for the 413 check. */
  bodyLimitBytes: number;
  /** How many event streams to open, at most, looking for the per-client cap. */
  maxStreams: number;
}

export interface RequestInit {
  headers?: Record<string, string>;
  body?: string;
  /** Leave the read token out (to see that the target asks for it). */
  anonymous?: boolean;
}

export class ConformanceContext {
  readonly #client: ControlPlaneClient;
  readonly #probes = new Set<StreamProbe>();
  /** What the target held before the suite published anything, to publish back at the end. */
  originalSnapshot: DaemonSnapshot | undefined;

  constructor(
    readonly baseUrl: string,
    readonly settings: ConformanceSettings,
  ) {
    this.#client = new ControlPlaneClient(baseUrl);
  }

  /** The headers of a read: the read token, unless the caller sets its own or asks for none. */
  #readHeaders(headers: Record<string, string>, anonymous = false): Record<string, string> {
    const token = this.settings.readToken;
    if (anonymous || token === undefined || Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) return headers;
    return { authorization: `Bearer ${token}`, ...headers };
  }

  /** `path` (such as `api/v1/snapshot`) under the service root, prefix and all. */
  url(path: string): string {
    return this.#client.resolve(path);
  }

  async request(method: string, path: string, init: RequestInit = {}): Promise<Exchange> {
    const read = method === 'GET' || method === 'HEAD';
    const response = await fetch(this.url(path), {
      method,
      headers: read ? this.#readHeaders(init.headers ?? {}, init.anonymous) : (init.headers ?? {}),
      ...(init.body === undefined ? {} : { body: init.body }),
      signal: AbortSignal.timeout(this.settings.timeoutMs),
      redirect: 'manual',
    }).catch((error: unknown) => {
      throw new CheckFailed(`${method} /${path} failed: ${(error as Error).name === 'TimeoutError' ? `no answer within ${this.settings.timeoutMs} ms` : describeFailure(error)}`);
    });
    const text = await response.text().catch((error: unknown) => {
      throw new CheckFailed(`${method} /${path}: the body did not arrive (${describeFailure(error)})`);
    });
    return { status: response.status, headers: response.headers, text, json: parseJson(text) };
  }

  /**
   * A request over node:http that takes the answer even when the target answers before it has
   * read the whole body and closes the connection (as a 413 may): fetch would report a reset.
   */
  async requestEarlyAnswer(method: string, path: string, headers: Record<string, string>, body: Buffer): Promise<Exchange> {
    const url = new URL(this.url(path));
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method, headers: { ...headers, 'content-length': String(body.length) } });
    const answered = new Promise<IncomingMessage>((resolve, reject) => {
      request.once('response', resolve);
      request.once('error', reject);
    });
    // Writing may fail once the target has answered and closed; the answer is what counts.
    request.on('error', () => undefined);
    request.end(body);
    try {
      const response = await withDeadline(answered, this.settings.timeoutMs, `the answer to ${method} /${path}`);
      response.setEncoding('utf8');
      let text = '';
      await withDeadline(
        new Promise<void>((resolve) => {
          response.on('data', (chunk: string) => (text += chunk));
          response.once('end', resolve);
          response.once('close', resolve);
          response.once('error', () => resolve());
        }),
        this.settings.timeoutMs,
        `the body of the answer to ${method} /${path}`,
      );
      const fetched = new Headers();
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined) fetched.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      return { status: response.statusCode ?? 0, headers: fetched, text, json: parseJson(text) };
    } catch (error) {
      throw new CheckFailed(`${method} /${path} failed: ${describeFailure(error)}`);
    } finally {
      request.destroy();
    }
  }

  /** PUT /api/v1/snapshot with a raw body and an optional token. */
  async publishRaw(body: string, token: string | undefined): Promise<Exchange> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
    return this.request('PUT', 'api/v1/snapshot', { headers, body });
  }

  /** Publishes with the configured token and returns the new sequence, or fails the check. */
  async publish(snapshot: DaemonSnapshot): Promise<number> {
    const exchange = await this.publishRaw(JSON.stringify(snapshot), this.settings.publishToken);
    expect(exchange.status === 200, `expected 200 for a valid publish, saw ${exchange.status} ${exchange.text.slice(0, 200)}`);
    const sequence = (exchange.json as { sequence?: unknown } | undefined)?.sequence;
    expect(typeof sequence === 'number', `expected the new envelope in the publish answer, saw ${exchange.text.slice(0, 200)}`);
    return sequence;
  }

  /** The current sequence per GET /api/v1/snapshot. */
  async currentSequence(): Promise<number> {
    const exchange = await this.request('GET', 'api/v1/snapshot');
    const sequence = (exchange.json as { sequence?: unknown } | undefined)?.sequence;
    expect(exchange.status === 200 && typeof sequence === 'number', `expected GET /api/v1/snapshot to give a sequence, saw ${exchange.status}`);
    return sequence;
  }

  /** Opens GET /api/v1/events; closed when the check ends. */
  async openStream(headers: Record<string, string> = {}, anonymous = false): Promise<StreamProbe> {
    const probe = await StreamProbe.open(this.url('api/v1/events'), this.#readHeaders(headers, anonymous), this.settings.timeoutMs).catch((error: unknown) => {
      throw new CheckFailed(`GET /api/v1/events did not answer: ${describeFailure(error)}`);
    });
    this.#probes.add(probe);
    return probe;
  }

  /** Waits for the stream's first event within the attach deadline, or fails the check. */
  async firstEvent(probe: StreamProbe) {
    await probe.until(() => probe.events.length > 0, this.settings.timeoutMs, 'the first event').catch(() => {
      throw new CheckFailed(
        `expected a first event within ${this.settings.timeoutMs} ms, saw ${probe.ended ? 'the stream end' : 'none'} (${probe.comments.length} comment lines)`,
      );
    });
    return probe.events[0]!;
  }

  /**
   * Waits until the stream has delivered `sequence` or a later one (by id), or fails the check.
   * Later counts: another publisher (a live daemon, the demo) may have published meanwhile, and a
   * reader that fell behind rightly skips to the latest.
   */
  async awaitId(probe: StreamProbe, sequence: number, ms: number): Promise<void> {
    await probe.until(() => probe.ids().some((id) => id >= sequence), ms, `id ${sequence}`).catch(() => {
      const ids = probe.ids();
      throw new CheckFailed(`expected the stream to deliver id ${sequence} (or a later one) within ${ms} ms, saw ids ${summarize(ids)}`);
    });
  }

  /** Closes every stream a check opened. */
  closeStreams(): void {
    for (const probe of this.#probes) probe.close();
    this.#probes.clear();
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A short rendering of a list of ids: `[1, 2, 3, …, 40, 41]`. */
export function summarize(ids: readonly number[]): string {
  if (ids.length <= 8) return `[${ids.join(', ')}]`;
  return `[${ids.slice(0, 4).join(', ')}, …, ${ids.slice(-3).join(', ')}] (${ids.length} events)`;
}
