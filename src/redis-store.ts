/**
 * The Redis engine: several replicas that share one Redis and one key prefix are one control
 * plane. Redis holds the truth — one hash per prefix with the epoch, the last sequence and the
 * current envelope's JSON — and each replica holds a copy of the current envelope, which its
 * reads and streams answer from without a round trip.
 *
 * - A publish is one Lua script: it checks the epoch, takes the next sequence, stores the
 *   envelope and PUBLISHes its JSON on the prefix's channel, atomically. Two publishes never
 *   share a sequence and an older envelope can never replace a newer one.
 * - Every replica subscribes to the channel. Redis delivers messages in the order the scripts
 *   ran, so a replica sees sequences in increasing order; it drops what is not newer than what
 *   it holds (a duplicate or a late echo) and, after any reconnect, reads the current envelope
 *   and jumps to it, which recovers whatever was missed meanwhile.
 * - The epoch is created once, with HSETNX, by the first replica to start. If Redis loses its
 *   state, the first replica to notice starts a new epoch at sequence 1 with the last snapshot
 *   it knew; every replica adopts it and ends its open streams, so clients start over in the
 *   new epoch instead of seeing lower sequences under the old one.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { createClient } from 'redis';
import type { DaemonSnapshot, SnapshotEnvelope } from '../generated/api-types.js';
import { SnapshotEnvelopeValidator } from '../generated/validators/index.js';
import { DEFAULT_REDIS_PREFIX, EngineBase, Listeners, StoreUnavailableError, type SnapshotEngine } from './engine.js';
import { buildEnvelope, validateSnapshot, type PublishedEnvelope } from './store.js';
import { formatTimestamp, freezeEnvelope } from './wire.js';

/** What a prefix may be: it becomes part of Redis key and channel names. */
export const REDIS_PREFIX_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** How long start-up waits for Redis before giving up: long enough for Redis starting beside us. */
export const REDIS_STARTUP_TIMEOUT_MS = 10_000;
/** A command that has not answered by then counts as failed: a publish gets 503, not a hang. */
export const REDIS_COMMAND_TIMEOUT_MS = 2_000;
/** A single connection attempt's deadline. */
export const REDIS_CONNECT_TIMEOUT_MS = 2_000;
/** Reconnect backoff: the first retry after this, doubling... */
export const REDIS_RECONNECT_MIN_MS = 50;
/** ...up to this, so a replica is back within about this long after Redis is. */
export const REDIS_RECONNECT_MAX_MS = 1_000;
/**
 * How long a publish waits for its own envelope to come back on the subscription before making
 * it current directly: waiting keeps the replica's streams complete when another replica's
 * publish is still in flight, without holding the publisher long if the subscription is slow.
 */
export const OWN_ECHO_WAIT_MS = 250;
/** Spacing of resynchronisation attempts while both connections are up but reading fails. */
const RESYNC_RETRY_MS = 200;

/**
 * Takes the next sequence, stores the envelope and announces it, or refuses when the epoch is
 * not the one the envelope was built for (Redis lost its state, or another epoch began).
 * KEYS[1] the state hash; ARGV[1] the epoch; ARGV[2] the envelope JSON after `{"sequence":N,`;
 * ARGV[3] the channel.
 */
const PUBLISH_SCRIPT = `
local epoch = redis.call('HGET', KEYS[1], 'epoch')
if epoch ~= ARGV[1] then return {0, epoch or ''} end
local sequence = redis.call('HINCRBY', KEYS[1], 'sequence', 1)
local json = '{"sequence":' .. string.format('%d', sequence) .. ',' .. ARGV[2]
redis.call('HSET', KEYS[1], 'envelope', json)
redis.call('PUBLISH', ARGV[3], json)
return {1, sequence}
`;

/**
 * Creates the state with the candidate epoch and envelope when there is none, then returns
 * the epoch and envelope that are current. KEYS[1] the state hash; ARGV[1] the candidate epoch;
 * ARGV[2] its sequence-1 envelope JSON; ARGV[3] the channel.
 */
const INIT_SCRIPT = `
if redis.call('HSETNX', KEYS[1], 'epoch', ARGV[1]) == 1 then
  redis.call('HSET', KEYS[1], 'sequence', 1, 'envelope', ARGV[2])
  redis.call('PUBLISH', ARGV[3], ARGV[2])
end
return redis.call('HMGET', KEYS[1], 'epoch', 'envelope')
`;

/**
 * TLS material for a `rediss://` Redis, PEM: a CA to trust besides node's own (a private CA),
 * and a client certificate with its key for a Redis that asks clients for one (redis-server's
 * `tls-auth-clients`, on by default).
 */
export interface RedisTlsOptions {
  ca?: string | Buffer | undefined;
  cert?: string | Buffer | undefined;
  key?: string | Buffer | undefined;
}

export interface RedisStoreOptions {
  /** `redis://[[user]:password@]host[:port][/db]`, or `rediss://` for TLS. */
  url: string;
  /** For a `rediss://` URL only: a CA, and a client certificate and key. */
  tls?: RedisTlsOptions | undefined;
  /** Key and channel prefix (default `opensymphony`): replicas with the same one are one control plane. */
  prefix?: string | undefined;
  /** The snapshot to start from when Redis holds none yet (the first replica's start). */
  initial: DaemonSnapshot;
  /** Source of `published_at`; the wall clock by default. */
  clock?: (() => Date) | undefined;
  /** Told when the replica becomes ready (connected and in step) or stops being ready, and why. */
  onStateChange?: ((state: { ready: boolean; reason: string }) => void) | undefined;
  /** Called when a subscriber throws; the other subscribers are still notified. */
  onListenerError?: ((error: unknown) => void) | undefined;
  /** How long start-up waits for Redis (default 10 s). */
  startupTimeoutMs?: number | undefined;
  /** A command's deadline (default 2 s). */
  commandTimeoutMs?: number | undefined;
}

type Client = ReturnType<typeof createClient>;

/** The URL with its password hidden, for logs and errors. */
export function redactRedisUrl(url: string): string {
  if (!URL.canParse(url)) return '(invalid URL)';
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Checks a Redis URL, prefix and TLS material as `serve` takes them; returns a message for what is wrong. */
export function redisSettingsProblem(url: string, prefix: string, tls: RedisTlsOptions = {}): string | undefined {
  if (!URL.canParse(url)) return `${JSON.stringify(redactRedisUrl(url))} is not a URL: give redis://host:port or rediss://host:port`;
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'redis:' && protocol !== 'rediss:') return `the Redis URL must start with redis:// or rediss://, not ${protocol}//`;
  if (!hostname) return 'the Redis URL names no host';
  if (!REDIS_PREFIX_PATTERN.test(prefix)) return `the Redis prefix ${JSON.stringify(prefix)} must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit`;
  const given = Object.entries(tls).filter(([, value]) => value !== undefined).map(([name]) => name);
  if (given.length > 0 && protocol !== 'rediss:') return `a TLS ${given.join(', ')} is only for a rediss:// URL: Redis at ${redactRedisUrl(url)} would not use it`;
  if ((tls.cert === undefined) !== (tls.key === undefined)) return 'a client certificate and its key go together: give both or neither';
  return undefined;
}

/** The sequence of an envelope built before Redis gives it its own. */
const DRAFT_SEQUENCE = 0;
/** How a draft's JSON begins: the schema puts the sequence first, which is what lets the script put its own there. */
const DRAFT_HEAD = `{"sequence":${DRAFT_SEQUENCE},`;

/**
 * A draft's JSON after its sequence, for the publish script to put the sequence Redis assigns in
 * front of: the in-memory store's bytes for the envelope (`buildEnvelope`) but for the sequence.
 */
function afterSequence(draftJson: string): string {
  if (!draftJson.startsWith(DRAFT_HEAD)) throw new Error(`an envelope's JSON does not begin with ${DRAFT_HEAD}: the publish script cannot sequence it`);
  return draftJson.slice(DRAFT_HEAD.length);
}

/** What the publish script stores for `sequence`. */
function envelopeJson(sequence: number, tail: string): string {
  return `{"sequence":${sequence},${tail}`;
}

function backoff(retries: number): number {
  const base = Math.min(REDIS_RECONNECT_MIN_MS * 2 ** Math.min(retries, 16), REDIS_RECONNECT_MAX_MS);
  // Jitter, so replicas do not reconnect in lockstep.
  return Math.round(base / 2 + Math.random() * (base / 2));
}

interface EchoWaiter {
  readonly sequence: number;
  readonly resolve: () => void;
}

/**
 * A snapshot store on Redis: build it with `createRedisStore`, pass it to `createApp` as `store`,
 * and `close()` it on shutdown.
 */
export class RedisSnapshotStore extends EngineBase implements SnapshotEngine {
  readonly prefix: string;
  readonly #stateKey: string;
  readonly #channel: string;
  readonly #clock: () => Date;
  readonly #commandTimeoutMs: number;
  readonly #onStateChange: (state: { ready: boolean; reason: string }) => void;
  readonly #epochListeners: Listeners<PublishedEnvelope>;
  readonly #waiters = new Set<EchoWaiter>();
  readonly #commands: Client;
  readonly #subscriber: Client;
  #current: PublishedEnvelope;
  /** Connected and resynchronised since the last disconnect. */
  #inStep = false;
  #reportedReady: boolean | undefined;
  #resyncing: Promise<void> | undefined;
  #resyncAgain = false;
  #closed = false;
  /** Why a connection last failed (a refused connection, WRONGPASS, an untrusted certificate…), for a start-up that times out. */
  #lastError: string | undefined;

  /** Use `createRedisStore`, which connects and reads the current state before returning. */
  constructor(options: RedisStoreOptions) {
    super(options.onListenerError);
    this.prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
    const problem = redisSettingsProblem(options.url, this.prefix, options.tls);
    if (problem) throw new TypeError(problem);
    this.#stateKey = `${this.prefix}:state`;
    this.#channel = `${this.prefix}:envelopes`;
    this.#clock = options.clock ?? (() => new Date());
    this.#commandTimeoutMs = options.commandTimeoutMs ?? REDIS_COMMAND_TIMEOUT_MS;
    this.#onStateChange = options.onStateChange ?? (() => undefined);
    this.#epochListeners = new Listeners(options.onListenerError);
    // Replaced by Redis's current envelope before `createRedisStore` returns.
    this.#current = this.#candidate(validateSnapshot(options.initial));
    this.#commands = createClient({
      url: options.url,
      // Fail at once while disconnected: a publish gets 503 rather than waiting in a queue.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
        reconnectStrategy: backoff,
        ...(options.tls && new URL(options.url).protocol === 'rediss:' ? { tls: true, ...options.tls } : {}),
      },
    });
    this.#subscriber = this.#commands.duplicate();
    for (const [name, client] of [['commands', this.#commands], ['subscriber', this.#subscriber]] as const) {
      client.on('error', (error: unknown) => {
        this.#lastError = `${name} connection: ${error instanceof Error ? error.message : String(error)}`;
        this.#lost(this.#lastError);
      });
      client.on('end', () => this.#lost(`${name} connection ended`));
      client.on('reconnecting', () => this.#lost(`${name} connection reconnecting`));
      client.on('ready', () => this.#resync());
    }
  }

  get epoch(): string {
    return this.#current.envelope.epoch ?? '';
  }

  current(): Readonly<SnapshotEnvelope> {
    return this.#current.envelope;
  }

  currentPublished(): PublishedEnvelope {
    return this.#current;
  }

  /** Connected to Redis and in step with it: a publish can succeed. For `/readyz`. */
  ready(): boolean {
    return this.#inStep && this.#commands.isReady && this.#subscriber.isReady;
  }

  onEpochChange(listener: (published: PublishedEnvelope) => void): () => void {
    return this.#epochListeners.add(listener);
  }

  /**
   * Validates `snapshot` and publishes it through Redis. Resolves once Redis has stored it — it
   * is then this replica's current envelope or older than it — and rejects with
   * `InvalidSnapshotError` or `StoreUnavailableError`, in which case nothing was published. (A
   * command that times out may have run; its envelope then reaches every replica as usual.)
   */
  async publish(snapshot: unknown): Promise<Readonly<SnapshotEnvelope>> {
    const valid = validateSnapshot(snapshot);
    if (!this.ready()) throw new StoreUnavailableError();
    // A second attempt only after the epoch moved under us (Redis lost its state), once resynchronised.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const epoch = this.epoch;
      const draft = buildEnvelope({ sequence: DRAFT_SEQUENCE, published_at: formatTimestamp(this.#clock()), snapshot: valid, epoch });
      const tail = afterSequence(draft.json);
      const reply = await this.#run(PUBLISH_SCRIPT, [epoch, tail]);
      const [status, value] = Array.isArray(reply) ? (reply as unknown[]) : [];
      if (status === 1 && typeof value === 'number') {
        // The draft's frozen snapshot, shared: only the sequence is new.
        const json = envelopeJson(value, tail);
        const published = this.own({ envelope: freezeEnvelope({ ...draft.envelope, sequence: value }, json), json });
        await this.#echo(value);
        // Only if the subscription did not bring it (or anything newer) in time.
        if (this.epoch === epoch) this.#apply(published);
        return published.envelope;
      }
      if (status !== 0) throw new StoreUnavailableError(`unexpected reply from Redis: ${JSON.stringify(reply)}`);
      this.#inStep = false;
      await this.#resync();
      if (!this.ready()) break;
    }
    throw new StoreUnavailableError();
  }

  /** Disconnects from Redis; the store keeps answering reads with its last envelope. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#inStep = false;
    for (const waiter of this.#waiters) waiter.resolve();
    this.#waiters.clear();
    for (const client of [this.#subscriber, this.#commands]) if (client.isOpen) client.destroy();
  }

  /** Connects both clients, subscribes and reads the current state (used by `createRedisStore`). */
  async start(timeoutMs: number): Promise<void> {
    const started = (async () => {
      await Promise.all([this.#commands.connect(), this.#subscriber.connect()]);
      await this.#subscriber.subscribe(this.#channel, (message: string) => this.#received(message));
      await this.#resync();
    })();
    const timeout = delay(timeoutMs, undefined, { ref: false }).then(() => {
      const why = this.#lastError === undefined ? '' : `; the last error: ${this.#lastError}`;
      throw new StoreUnavailableError(`Redis did not answer within ${timeoutMs} ms${why}`);
    });
    try {
      await Promise.race([started, timeout]);
    } catch (error) {
      await this.close();
      started.catch(() => undefined);
      throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(`cannot use Redis: ${String(error)}`, { cause: error });
    }
    if (!this.ready()) {
      await this.close();
      throw new StoreUnavailableError('could not read the current state from Redis');
    }
  }

  /** Runs one of the scripts on the state hash; `args` come before the channel. */
  async #run(script: string, args: string[]): Promise<unknown> {
    try {
      return await this.#commands
        .withAbortSignal(AbortSignal.timeout(this.#commandTimeoutMs))
        .eval(script, { keys: [this.#stateKey], arguments: [...args, this.#channel] });
    } catch (error) {
      throw new StoreUnavailableError(`Redis did not run the script: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  /** Resolves when the subscription has brought `sequence` or newer, or after `OWN_ECHO_WAIT_MS`. */
  async #echo(sequence: number): Promise<void> {
    if (this.#current.envelope.sequence >= sequence) return;
    let waiter: EchoWaiter | undefined;
    const arrived = new Promise<void>((resolve) => {
      waiter = { sequence, resolve };
      this.#waiters.add(waiter);
    });
    await Promise.race([arrived, delay(OWN_ECHO_WAIT_MS, undefined, { ref: false })]);
    if (waiter) this.#waiters.delete(waiter);
  }

  /** A notification from the channel. */
  #received(message: string): void {
    const published = this.#parse(message);
    if (published === undefined || published.envelope.epoch !== this.epoch) {
      // Not ours to judge from a message: Redis's state says which epoch is current.
      this.#inStep = false;
      void this.#resync();
      return;
    }
    this.#apply(published);
  }

  /** Makes `published` current and tells subscribers, if it is newer than what this replica holds. */
  #apply(published: PublishedEnvelope): void {
    const { sequence } = published.envelope;
    if (published.envelope.epoch !== this.epoch || sequence <= this.#current.envelope.sequence) return;
    this.#current = published;
    for (const waiter of [...this.#waiters]) {
      if (waiter.sequence <= sequence) {
        this.#waiters.delete(waiter);
        waiter.resolve();
      }
    }
    this.notify(published);
  }

  /** Reads Redis's current state (creating it when absent) and jumps to it; one at a time. */
  #resync(): Promise<void> {
    if (this.#resyncing) {
      this.#resyncAgain = true;
      return this.#resyncing;
    }
    const run = this.#resyncLoop().finally(() => {
      this.#resyncing = undefined;
      if (this.ready()) this.#report(true, 'in step with Redis');
    });
    this.#resyncing = run;
    return run;
  }

  async #resyncLoop(): Promise<void> {
    let failures = 0;
    do {
      this.#resyncAgain = false;
      if (this.#closed || !this.#commands.isReady || !this.#subscriber.isReady) return;
      try {
        await this.#readState();
        this.#inStep = true;
      } catch (error) {
        this.#inStep = false;
        this.#report(false, `cannot read the state from Redis: ${error instanceof Error ? error.message : String(error)}`);
        failures += 1;
        await delay(Math.min(RESYNC_RETRY_MS * failures, REDIS_RECONNECT_MAX_MS));
        this.#resyncAgain = true;
      }
    } while (this.#resyncAgain);
  }

  async #readState(): Promise<void> {
    const candidate = this.#candidate(this.#current.envelope.snapshot);
    const epoch = candidate.envelope.epoch ?? '';
    const reply = await this.#run(INIT_SCRIPT, [epoch, candidate.json]);
    const [, json] = Array.isArray(reply) ? (reply as unknown[]) : [];
    const published = typeof json === 'string' ? this.#parse(json) : undefined;
    if (published === undefined) throw new Error(`the state under ${this.#stateKey} is not an envelope`);
    if (published.envelope.epoch === this.epoch) {
      this.#apply(published);
      return;
    }
    this.#current = published;
    for (const waiter of this.#waiters) waiter.resolve();
    this.#waiters.clear();
    this.#epochListeners.notify(published);
    this.notify(published);
  }

  /** Sequence 1 of a new epoch holding `snapshot`: what this replica offers when Redis holds no state. */
  #candidate(snapshot: DaemonSnapshot): PublishedEnvelope {
    return this.own(buildEnvelope({ sequence: 1, published_at: formatTimestamp(this.#clock()), snapshot, epoch: randomUUID() }));
  }

  /** An envelope read from Redis, checked: Redis is a boundary like the network. */
  #parse(json: string): PublishedEnvelope | undefined {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return undefined;
    }
    const result = SnapshotEnvelopeValidator.validate(value);
    if (!result.ok || typeof result.value.epoch !== 'string') return undefined;
    return this.own({ envelope: freezeEnvelope(result.value, json), json });
  }

  #lost(reason: string): void {
    if (this.#closed) return;
    if (!this.#commands.isReady || !this.#subscriber.isReady) this.#inStep = false;
    if (!this.ready()) this.#report(false, reason);
  }

  #report(ready: boolean, reason: string): void {
    if (this.#reportedReady === ready) return;
    this.#reportedReady = ready;
    this.#onStateChange({ ready, reason });
  }
}

/**
 * Connects to Redis, reads the current envelope (or, for the first replica of a prefix, stores
 * `initial` as sequence 1 of a new epoch) and returns the store. Rejects with
 * `StoreUnavailableError` when Redis cannot be reached within `startupTimeoutMs`.
 */
export async function createRedisStore(options: RedisStoreOptions): Promise<RedisSnapshotStore> {
  const store = new RedisSnapshotStore(options);
  await store.start(options.startupTimeoutMs ?? REDIS_STARTUP_TIMEOUT_MS);
  return store;
}
