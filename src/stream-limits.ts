/**
 * How many event streams a control plane holds: in all, and per client address, so that one
 * client or a reconnect storm cannot take every connection from the others (or from probes).
 */
import { readFileSync } from 'node:fs';
import { ApiError } from './errors.js';
import { CAP_RETRY_AFTER_S, DEFAULT_MAX_SUBSCRIBERS, DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT, FILE_DESCRIPTOR_HEADROOM } from './limits.js';


/** The process's soft limit on open files (Linux), or undefined where it cannot be read. */
export function fileDescriptorLimit(procLimits = '/proc/self/limits'): number | undefined {
  try {
    const line = readFileSync(procLimits, 'utf8')
      .split('\n')
      .find((row) => row.startsWith('Max open files'));
    const soft = line?.slice('Max open files'.length).trim().split(/\s+/)[0];
    if (soft === undefined || soft === 'unlimited') return undefined;
    const limit = Number(soft);
    return Number.isSafeInteger(limit) && limit > 0 ? limit : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The stream cap that fits the file-descriptor limit: `requested`, or less when the limit could
 * not hold that many streams and still leave headroom for everything else.
 */
export function fitSubscriberCap(requested: number, fdLimit: number | undefined): { cap: number; lowered: boolean } {
  if (fdLimit === undefined) return { cap: requested, lowered: false };
  const fits = Math.max(1, fdLimit - FILE_DESCRIPTOR_HEADROOM);
  return fits < requested ? { cap: fits, lowered: true } : { cap: requested, lowered: false };
}

/** Counts held streams and refuses new ones past the caps. */
export class SubscriberLimits {
  readonly #perClient = new Map<string, number>();
  #total = 0;

  constructor(
    readonly maxTotal: number = DEFAULT_MAX_SUBSCRIBERS,
    readonly maxPerClient: number = DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT,
  ) {}

  /** Streams held now. */
  get total(): number {
    return this.#total;
  }

  /** Takes a place for a stream of `client`: its release, or the error to answer with. */
  acquire(client: string): (() => void) | ApiError {
    const retry = { 'Retry-After': String(CAP_RETRY_AFTER_S) };
    if (this.#total >= this.maxTotal) {
      return new ApiError('too_many_subscribers', `the server already holds ${this.maxTotal} event streams, the most it allows`, [], retry);
    }
    const held = this.#perClient.get(client) ?? 0;
    if (held >= this.maxPerClient) {
      return new ApiError('too_many_requests', `this client already holds ${this.maxPerClient} event streams, the most one client may`, [], retry);
    }
    this.#total += 1;
    this.#perClient.set(client, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#total -= 1;
      const left = (this.#perClient.get(client) ?? 1) - 1;
      if (left === 0) this.#perClient.delete(client);
      else this.#perClient.set(client, left);
    };
  }
}
