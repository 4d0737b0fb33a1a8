/**
 * What a conformance check works with: the target's URLs, raw HTTP exchanges with deadlines,
 * event-stream probes, and publishing. Raw on purpose — the suite must see what the target
 * really sends, not what a forgiving client makes of it.
 */
import type { DaemonSnapshot } from '../../generated/api-types.js';
import { ControlPlaneClient, describeFailure } from '../client.js';
import { StreamProbe } from './stream-probe.js';

/** A check that did not hold; the message says what was expected and what was seen. */
export class CheckFailed extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'CheckFailed';
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
  /** How long to wait for a keepalive comment. */
  keepaliveMs: number;
  publishToken: string | undefined;
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

  /** `path` (such as `api/v1/snapshot`) under the service root, prefix and all. */
  url(path: string): string {
    return this.#client.resolve(path);
  }

  async request(method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}): Promise<Exchange> {
    const response = await fetch(this.url(path), {
      method,
      headers: init.headers ?? {},
      ...(init.body === undefined ? {} : { body: init.body }),
      signal: AbortSignal.timeout(this.settings.timeoutMs),
      redirect: 'manual',
    }).catch((error: unknown) => {
      throw new CheckFailed(`${method} /${path} failed: ${(error as Error).name === 'TimeoutError' ? `no answer within ${this.settings.timeoutMs} ms` : describeFailure(error)}`);
    });
    const text = await response.text().catch((error: unknown) => {
      throw new CheckFailed(`${method} /${path}: the body did not arrive (${describeFailure(error)})`);
    });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
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
  async openStream(headers: Record<string, string> = {}): Promise<StreamProbe> {
    const probe = await StreamProbe.open(this.url('api/v1/events'), headers, this.settings.timeoutMs).catch((error: unknown) => {
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

  /** Waits until the stream has delivered `sequence` (by id), or fails the check. */
  async awaitId(probe: StreamProbe, sequence: number, ms: number): Promise<void> {
    await probe.until(() => probe.ids().includes(sequence), ms, `id ${sequence}`).catch(() => {
      const ids = probe.ids();
      throw new CheckFailed(`expected the stream to deliver id ${sequence} within ${ms} ms, saw ids ${summarize(ids)}`);
    });
  }

  /** Closes every stream a check opened. */
  closeStreams(): void {
    for (const probe of this.#probes) probe.close();
    this.#probes.clear();
  }
}

/** A short rendering of a list of ids: `[1, 2, 3, …, 40, 41]`. */
export function summarize(ids: readonly number[]): string {
  if (ids.length <= 8) return `[${ids.join(', ')}]`;
  return `[${ids.slice(0, 4).join(', ')}, …, ${ids.slice(-3).join(', ')}] (${ids.length} events)`;
}
