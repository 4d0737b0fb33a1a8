/**
 * What an operator scrapes at `GET /metrics` (Prometheus text format, prom-client): one registry
 * per control plane with its publishes, streams, rejections, requests and fan-out latency, beside
 * the process defaults. Per request, only a plain number is incremented (prom-client hashes the
 * labels of every `inc`); the request counter reads those numbers when scraped, as the gauges
 * read the current state.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * prom-client's defaults also export gauges named `…_total`, which Prometheus reserves for
 * counters (`promtool check metrics` flags them); their per-type gauges carry the same counts.
 */
const DEFAULT_GAUGES_NAMED_LIKE_COUNTERS = ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total'];
/** Fan-out latency buckets, in seconds: a single subscriber takes ~0.1 ms, 5 000 take tens of ms. */
const PUBLISH_TO_WRITE_BUCKETS_S = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

let processRegistry: Registry | undefined;

/**
 * The process's default metrics (CPU, memory, event loop, GC …), registered once per process on
 * the first scrape and shared by every control plane in it: each registration installs observers
 * that live as long as the process.
 */
function processDefaults(): Registry {
  if (processRegistry === undefined) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
    for (const name of DEFAULT_GAUGES_NAMED_LIKE_COUNTERS) processRegistry.removeSingleMetric(name);
  }
  return processRegistry;
}

/** The state the gauges read when scraped. */
export interface MetricsSources {
  subscribers(): number;
  sequence(): number;
  /** Milliseconds since the epoch of the last publish (or the initial snapshot). */
  lastPublishAt(): number;
}

export class ControlPlaneMetrics {
  readonly registry = new Registry();
  readonly #publishes: Counter<'result'>;
  readonly #eventsWritten: Counter;
  readonly #keepalivesWritten: Counter;
  readonly #jumps: Counter;
  readonly #evictions: Counter;
  readonly #rejected: Counter<'reason'>;
  readonly #publishToWrite: Histogram;
  /** Requests answered by route, method and status, keyed `route method status`. */
  readonly #requestCounts = new Map<string, { labels: { route: string; method: string; status: string }; count: number }>();

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    new Gauge({ name: 'opensymphony_subscribers', help: 'Event streams open now.', registers, collect() { this.set(sources.subscribers()); } });
    new Gauge({ name: 'opensymphony_sequence', help: 'Sequence of the current envelope.', registers, collect() { this.set(sources.sequence()); } });
    new Gauge({
      name: 'opensymphony_seconds_since_last_publish',
      help: 'Seconds since the current envelope was published.',
      registers,
      collect() {
        this.set(Math.max(0, (Date.now() - sources.lastPublishAt()) / 1000));
      },
    });
    this.#publishes = new Counter({ name: 'opensymphony_publishes_total', help: 'Publish attempts by result: ok, or the error code that refused them.', labelNames: ['result'], registers });
    this.#eventsWritten = new Counter({ name: 'opensymphony_events_written_total', help: 'Snapshot events written to event streams.', registers });
    this.#keepalivesWritten = new Counter({ name: 'opensymphony_keepalives_written_total', help: 'Keepalive comments written to quiet event streams.', registers });
    this.#jumps = new Counter({ name: 'opensymphony_slow_subscriber_jumps_total', help: 'Envelopes a slow stream skipped to jump to a newer one.', registers });
    this.#evictions = new Counter({ name: 'opensymphony_slow_subscriber_evictions_total', help: 'Event streams closed because their socket stayed full past the write timeout.', registers });
    this.#rejected = new Counter({ name: 'opensymphony_rejected_requests_total', help: 'Requests refused before reaching a route, by reason (the error code).', labelNames: ['reason'], registers });
    const requestCounts = this.#requestCounts;
    new Counter({
      name: 'opensymphony_http_requests_total',
      help: 'HTTP requests answered, by route, method and status.',
      labelNames: ['route', 'method', 'status'],
      registers,
      collect() {
        this.reset();
        for (const { labels, count } of requestCounts.values()) this.inc(labels, count);
      },
    });
    this.#publishToWrite = new Histogram({
      name: 'opensymphony_publish_to_write_seconds',
      help: 'From the store accepting a publish to its event being written to every stream.',
      buckets: PUBLISH_TO_WRITE_BUCKETS_S,
      registers,
    });
  }

  published(result: string): void {
    this.#publishes.labels(result).inc();
  }

  eventsWritten(count: number): void {
    if (count > 0) this.#eventsWritten.inc(count);
  }

  keepaliveWritten(): void {
    this.#keepalivesWritten.inc();
  }

  slowJump(): void {
    this.#jumps.inc();
  }

  eviction(): void {
    this.#evictions.inc();
  }

  rejected(reason: string): void {
    this.#rejected.labels(reason).inc();
  }

  request(route: string, method: string, status: number): void {
    const key = `${route} ${method} ${status}`;
    const counted = this.#requestCounts.get(key);
    if (counted === undefined) this.#requestCounts.set(key, { labels: { route, method, status: String(status) }, count: 1 });
    else counted.count += 1;
  }

  publishToWrite(seconds: number): void {
    this.#publishToWrite.observe(seconds);
  }

  /** The exposition (this control plane's metrics and the process defaults), and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([this.registry, processDefaults()]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }
}
