/**
 * The conformance checks, in the order they run. Each has a stable id, a level taken from the
 * specs' wording (MUST fails the run, SHOULD only warns), and throws `CheckFailed` with what
 * was expected and what was seen.
 */
import type { DaemonSnapshot, SnapshotEnvelope } from '../../generated/api-types.js';
import { SNAPSHOT_EVENT } from '../../generated/events.js';
import { ErrorResponseValidator, VALIDATORS } from '../../generated/validators/index.js';
import { CheckFailed, expect, summarize, type ConformanceContext, type Exchange } from './context.js';
import type { StreamProbe } from './stream-probe.js';

export type CheckLevel = 'MUST' | 'SHOULD';

export interface Check {
  id: string;
  level: CheckLevel;
  /** What the check verifies, in one line (also the README's table). */
  title: string;
  /** Needs `--publish-token`: it publishes to the target. */
  publishes: boolean;
  run(context: ConformanceContext): Promise<void>;
}

/** Publishes of the fast-reader burst. */
const BURST_PUBLISHES = 20;
/** Publishes while a reader is paused. */
const SLOW_READER_PUBLISHES = 200;
/** How long a stream may take to deliver what was published before it: twice the request deadline. */
const deliveryMs = (context: ConformanceContext) => 2 * context.settings.timeoutMs;
const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function issues(schema: string, value: unknown): string | undefined {
  const validator = VALIDATORS[schema];
  if (!validator) throw new Error(`no validator for ${schema}`);
  const result = validator.validate(value);
  if (result.ok) return undefined;
  return result.errors
    .slice(0, 3)
    .map((issue) => `${issue.path || '(root)'} ${issue.message}`)
    .join('; ');
}

function expectJson(exchange: Exchange, what: string): void {
  const type = exchange.headers.get('content-type') ?? '';
  expect(/^application\/([a-z.+-]*\+)?json\b/i.test(type), `expected ${what} as application/json, saw content type ${type || 'none'}`);
  expect(exchange.json !== undefined, `expected ${what} to be JSON, saw ${JSON.stringify(exchange.text.slice(0, 80))}`);
}

async function snapshotExchange(context: ConformanceContext): Promise<Exchange> {
  const exchange = await context.request('GET', 'api/v1/snapshot');
  expect(exchange.status === 200, `expected GET /api/v1/snapshot to answer 200, saw ${exchange.status}`);
  return exchange;
}

async function currentEnvelope(context: ConformanceContext): Promise<SnapshotEnvelope> {
  const exchange = await snapshotExchange(context);
  const problems = issues('SnapshotEnvelope', exchange.json);
  expect(problems === undefined, () => `expected a valid SnapshotEnvelope from GET /api/v1/snapshot, saw ${problems}`);
  return exchange.json as SnapshotEnvelope;
}

/** Every timestamp of an envelope, with its path. */
function timestamps(envelope: SnapshotEnvelope): Array<[string, unknown]> {
  const { snapshot } = envelope;
  const found: Array<[string, unknown]> = [
    ['/published_at', envelope.published_at],
    ['/snapshot/generated_at', snapshot.generated_at],
    ['/snapshot/daemon/last_poll_at', snapshot.daemon?.last_poll_at],
  ];
  snapshot.issues?.forEach((issue, index) => {
    found.push([`/snapshot/issues/${index}/last_event_at`, issue.last_event_at]);
    issue.recent_events?.forEach((event, inner) => found.push([`/snapshot/issues/${index}/recent_events/${inner}/happened_at`, event.happened_at]));
  });
  snapshot.recent_events?.forEach((event, index) => found.push([`/snapshot/recent_events/${index}/happened_at`, event.happened_at]));
  return found;
}

function keysNotSnakeCase(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keysNotSnakeCase(item, `${path}/${index}`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(SNAKE_CASE.test(key) ? [] : [`${path}/${key}`]),
    ...keysNotSnakeCase(item, `${path}/${key}`),
  ]);
}

function expectErrorEnvelope(exchange: Exchange, status: number, what: string, code?: string): void {
  expect(exchange.status === status, `expected ${what} to answer ${status}, saw ${exchange.status}`);
  expectJson(exchange, `the ${status} body`);
  const problems = issues('Error', exchange.json);
  expect(problems === undefined, () => `expected the ${status} body in the Error envelope {"error":{"code","message"}}, saw ${problems}`);
  if (code !== undefined && ErrorResponseValidator.is(exchange.json)) {
    expect(exchange.json.error.code === code, `expected error code ${code}, saw ${exchange.json.error.code}`);
  }
}

function expectIncreasing(probe: StreamProbe, what: string): void {
  const ids = probe.ids();
  for (let index = 1; index < ids.length; index += 1) {
    expect(ids[index]! > ids[index - 1]!, `expected strictly increasing ids ${what}, saw ${ids[index - 1]} then ${ids[index]} in ${summarize(ids)}`);
  }
}

/** A snapshot to publish: what the target held when the suite began, so operators see no change. */
async function snapshotToPublish(context: ConformanceContext): Promise<DaemonSnapshot> {
  if (!context.originalSnapshot) context.originalSnapshot = (await currentEnvelope(context)).snapshot;
  return context.originalSnapshot;
}

/** Runs `action` and fails the check if the target's sequence moved meanwhile. */
async function unchanged(context: ConformanceContext, action: () => Promise<void>): Promise<void> {
  const before = await context.currentSequence();
  await action();
  const after = await context.currentSequence();
  expect(after === before, `expected the sequence to stay ${before}, saw ${after}`);
}

/** Publishes `snapshot` `count` times, one after the other; returns the last sequence. */
async function publishMany(context: ConformanceContext, snapshot: DaemonSnapshot, count: number): Promise<number> {
  let last = 0;
  for (let index = 0; index < count; index += 1) last = await context.publish(snapshot);
  return last;
}

async function attachedStream(context: ConformanceContext): Promise<StreamProbe> {
  const probe = await context.openStream();
  await context.firstEvent(probe);
  return probe;
}

/** Every check, in the order the suite runs them. */
export const CHECKS: readonly Check[] = [
  {
    id: 'health.status',
    level: 'MUST',
    title: 'GET /healthz answers 200 with a JSON body',
    publishes: false,
    async run(context) {
      const exchange = await context.request('GET', 'healthz');
      expect(exchange.status === 200, `expected 200, saw ${exchange.status}`);
      expectJson(exchange, 'the health body');
    },
  },
  {
    id: 'health.schema',
    level: 'MUST',
    title: 'the /healthz body is a valid HealthResponse (status "ok", current_sequence, published_at, issue_count)',
    publishes: false,
    async run(context) {
      const exchange = await context.request('GET', 'healthz');
      const problems = issues('HealthResponse', exchange.json);
      expect(problems === undefined, () => `expected a valid HealthResponse, saw ${problems}`);
    },
  },
  {
    id: 'health.consistent',
    level: 'MUST',
    title: '/healthz current_sequence and issue_count describe the envelope GET /api/v1/snapshot returns',
    publishes: false,
    async run(context) {
      // A live daemon may publish between the two reads; retry until a pair is stable.
      for (let attempt = 1; ; attempt += 1) {
        const before = (await context.request('GET', 'healthz')).json as { current_sequence?: unknown; issue_count?: unknown } | undefined;
        const envelope = await currentEnvelope(context);
        const after = (await context.request('GET', 'healthz')).json as { current_sequence?: unknown } | undefined;
        if (before?.current_sequence !== after?.current_sequence && attempt < 5) continue;
        expect(before?.current_sequence === envelope.sequence, `expected current_sequence ${envelope.sequence} (the snapshot's sequence), saw ${String(before?.current_sequence)}`);
        expect(before?.issue_count === envelope.snapshot.issues.length, `expected issue_count ${envelope.snapshot.issues.length} (the snapshot's issues), saw ${String(before?.issue_count)}`);
        return;
      }
    },
  },
  {
    id: 'snapshot.status',
    level: 'MUST',
    title: 'GET /api/v1/snapshot answers 200 with a JSON body',
    publishes: false,
    async run(context) {
      expectJson(await snapshotExchange(context), 'the snapshot');
    },
  },
  {
    id: 'snapshot.schema',
    level: 'MUST',
    title: 'the snapshot is a valid SnapshotEnvelope: every required field, type and range of the schema',
    publishes: false,
    async run(context) {
      await currentEnvelope(context);
    },
  },
  {
    id: 'snapshot.field-case',
    level: 'MUST',
    title: 'every field name in the snapshot is snake_case',
    publishes: false,
    async run(context) {
      const wrong = keysNotSnakeCase((await snapshotExchange(context)).json);
      expect(wrong.length === 0, () => `expected snake_case field names, saw ${wrong.slice(0, 5).join(', ')}`);
    },
  },
  {
    id: 'snapshot.timestamps',
    level: 'MUST',
    title: 'every timestamp in the snapshot is an RFC 3339 date-time',
    publishes: false,
    async run(context) {
      const envelope = (await snapshotExchange(context)).json as SnapshotEnvelope;
      expect(typeof envelope === 'object' && envelope !== null && typeof envelope.snapshot === 'object', 'expected an envelope with a snapshot');
      for (const [path, value] of timestamps(envelope)) {
        expect(typeof value === 'string' && RFC3339.test(value) && !Number.isNaN(Date.parse(value.replace(/:60(\.\d+)?/, ':59'))), `expected an RFC 3339 timestamp at ${path}, saw ${JSON.stringify(value)}`);
      }
    },
  },
  {
    id: 'snapshot.timestamps-utc',
    level: 'SHOULD',
    title: 'every timestamp is in UTC with a Z suffix, as the reference writes them',
    publishes: false,
    async run(context) {
      const envelope = await currentEnvelope(context);
      for (const [path, value] of timestamps(envelope)) {
        expect(typeof value === 'string' && /Z$/.test(value), `expected a UTC timestamp ending in Z at ${path}, saw ${JSON.stringify(value)}`);
      }
    },
  },
  {
    id: 'snapshot.enums',
    level: 'MUST',
    title: 'daemon state, runtime state, last outcome, file change kind and event kind use the spec\'s values',
    publishes: false,
    async run(context) {
      const { snapshot } = (await snapshotExchange(context)).json as SnapshotEnvelope;
      expect(typeof snapshot === 'object' && snapshot !== null, 'expected an envelope with a snapshot');
      const checks: Array<[string, string, unknown]> = [['DaemonState', '/snapshot/daemon/state', snapshot.daemon?.state]];
      snapshot.issues?.forEach((issue, index) => {
        checks.push(['IssueRuntimeState', `/snapshot/issues/${index}/runtime_state`, issue.runtime_state]);
        checks.push(['WorkerOutcome', `/snapshot/issues/${index}/last_outcome`, issue.last_outcome]);
        issue.modified_files?.forEach((file, inner) => checks.push(['FileChangeKind', `/snapshot/issues/${index}/modified_files/${inner}/change_kind`, file.change_kind]));
      });
      snapshot.recent_events?.forEach((event, index) => checks.push(['RecentEventKind', `/snapshot/recent_events/${index}/kind`, event.kind]));
      for (const [schema, path, value] of checks) {
        expect(issues(schema, value) === undefined, `expected a ${schema} at ${path}, saw ${JSON.stringify(value)}`);
      }
    },
  },
  {
    id: 'events.status',
    level: 'MUST',
    title: 'GET /api/v1/events answers 200 with content type text/event-stream',
    publishes: false,
    async run(context) {
      const probe = await context.openStream();
      const type = String(probe.response.headers['content-type'] ?? '');
      expect(probe.response.statusCode === 200, `expected 200, saw ${probe.response.statusCode}`);
      expect(/^text\/event-stream\b/i.test(type), `expected content type text/event-stream, saw ${type || 'none'}`);
    },
  },
  {
    id: 'events.headers',
    level: 'SHOULD',
    title: 'the event stream is sent with Cache-Control: no-cache and X-Accel-Buffering: no',
    publishes: false,
    async run(context) {
      const { headers } = (await context.openStream()).response;
      expect(/no-cache/i.test(String(headers['cache-control'] ?? '')), `expected Cache-Control: no-cache, saw ${String(headers['cache-control'] ?? 'none')}`);
      expect(String(headers['x-accel-buffering'] ?? '').toLowerCase() === 'no', `expected X-Accel-Buffering: no, saw ${String(headers['x-accel-buffering'] ?? 'none')}`);
    },
  },
  {
    id: 'events.first-snapshot',
    level: 'MUST',
    title: 'the first event arrives within the attach deadline (5 s) and is named "snapshot" (comments before it are fine)',
    publishes: false,
    async run(context) {
      const first = await context.firstEvent(await context.openStream());
      expect(first.event === SNAPSHOT_EVENT, `expected the first event to be named "${SNAPSHOT_EVENT}", saw ${first.event === undefined ? 'an unnamed event' : JSON.stringify(first.event)}`);
    },
  },
  {
    id: 'events.first-id',
    level: 'MUST',
    title: 'the first event\'s data is a valid SnapshotEnvelope (unknown fields allowed) and its id equals the envelope\'s sequence',
    publishes: false,
    async run(context) {
      const first = await context.firstEvent(await context.openStream());
      let envelope: unknown;
      try {
        envelope = JSON.parse(first.data);
      } catch {
        throw new CheckFailed(`expected JSON data, saw ${JSON.stringify(first.data.slice(0, 80))}`);
      }
      const problems = issues('SnapshotEnvelope', envelope);
      expect(problems === undefined, () => `expected the data to be a valid SnapshotEnvelope, saw ${problems}`);
      const sequence = (envelope as SnapshotEnvelope).sequence;
      expect(first.id !== undefined, `expected an id (the sequence ${sequence}), saw none`);
      expect(first.id === String(sequence), `expected id ${sequence} (the envelope's sequence), saw ${JSON.stringify(first.id)}`);
    },
  },
  {
    id: 'events.first-is-current',
    level: 'MUST',
    title: 'the first event is the current snapshot, not an older one',
    publishes: false,
    async run(context) {
      const before = await context.currentSequence();
      const first = await context.firstEvent(await context.openStream());
      const sequence = Number(first.id);
      expect(sequence >= before, `expected the first event's id to be at least ${before} (the sequence current before connecting), saw ${JSON.stringify(first.id)}`);
    },
  },
  {
    id: 'events.keepalive',
    level: 'MUST',
    title: 'a keepalive comment arrives within the keepalive interval (15 s; the suite waits --keepalive-ms)',
    publishes: false,
    async run(context) {
      const probe = await context.openStream();
      const ms = context.settings.keepaliveMs;
      await probe.until(() => probe.comments.length > 0, ms, 'a keepalive').catch(() => {
        throw new CheckFailed(`expected a comment line (": keepalive") within ${ms} ms, saw ${probe.ended ? 'the stream end' : 'none'}`);
      });
    },
  },
  {
    id: 'errors.unknown-route',
    level: 'SHOULD',
    title: 'an unknown route answers 404 with a JSON Error envelope',
    publishes: false,
    async run(context) {
      expectErrorEnvelope(await context.request('GET', 'api/v1/no-such-route'), 404, 'GET /api/v1/no-such-route', 'not_found');
    },
  },
  {
    id: 'errors.wrong-method',
    level: 'SHOULD',
    title: 'a wrong method answers 405 with a JSON Error envelope and an Allow header',
    publishes: false,
    async run(context) {
      const exchange = await context.request('DELETE', 'api/v1/snapshot');
      expectErrorEnvelope(exchange, 405, 'DELETE /api/v1/snapshot', 'method_not_allowed');
      expect(exchange.headers.get('allow')?.includes('GET'), `expected an Allow header listing GET, saw ${exchange.headers.get('allow') ?? 'none'}`);
    },
  },
  {
    id: 'publish.requires-token',
    level: 'MUST',
    title: 'a publish with a missing or wrong token answers 401 with the Error envelope and changes nothing',
    publishes: true,
    async run(context) {
      const body = JSON.stringify(await snapshotToPublish(context));
      await unchanged(context, async () => {
        expectErrorEnvelope(await context.publishRaw(body, undefined), 401, 'a publish without a token', 'unauthorized');
        expectErrorEnvelope(await context.publishRaw(body, `${context.settings.publishToken ?? ''}-wrong`), 401, 'a publish with a wrong token', 'unauthorized');
      });
    },
  },
  {
    id: 'publish.rejects-invalid',
    level: 'MUST',
    title: 'an invalid snapshot is rejected with 400, the Error envelope (invalid_snapshot), and changes nothing',
    publishes: true,
    async run(context) {
      const valid = await snapshotToPublish(context);
      const invalid = { ...valid, daemon: { ...valid.daemon, state: 'not_a_state' }, metrics: { ...valid.metrics, total_tokens: -1 } };
      await unchanged(context, async () => {
        expectErrorEnvelope(await context.publishRaw(JSON.stringify(invalid), context.settings.publishToken), 400, 'an invalid snapshot', 'invalid_snapshot');
      });
    },
  },
  {
    id: 'publish.visible',
    level: 'MUST',
    title: 'a publish answers the new envelope and shows on /api/v1/snapshot, /healthz and an open stream, in order',
    publishes: true,
    async run(context) {
      const snapshot = await snapshotToPublish(context);
      const probe = await attachedStream(context);
      const before = await context.currentSequence();
      const exchange = await context.publishRaw(JSON.stringify(snapshot), context.settings.publishToken);
      expect(exchange.status === 200, `expected 200 for a valid publish, saw ${exchange.status}`);
      const problems = issues('SnapshotEnvelope', exchange.json);
      expect(problems === undefined, () => `expected the new SnapshotEnvelope in the answer, saw ${problems}`);
      const published = (exchange.json as SnapshotEnvelope).sequence;
      expect(published > before, `expected a sequence above ${before}, saw ${published}`);
      const current = await context.currentSequence();
      expect(current >= published, `expected GET /api/v1/snapshot at sequence ${published} or later, saw ${current}`);
      const health = (await context.request('GET', 'healthz')).json as { current_sequence?: number } | undefined;
      expect((health?.current_sequence ?? 0) >= published, `expected /healthz current_sequence ${published} or later, saw ${String(health?.current_sequence)}`);
      await context.awaitId(probe, published, deliveryMs(context));
      expectIncreasing(probe, 'on the stream');
    },
  },
  {
    id: 'publish.burst-ordered',
    level: 'MUST',
    title: `${BURST_PUBLISHES} rapid publishes reach a fast reader with strictly increasing ids, ending at the latest`,
    publishes: true,
    async run(context) {
      const snapshot = await snapshotToPublish(context);
      const probe = await attachedStream(context);
      const last = await publishMany(context, snapshot, BURST_PUBLISHES);
      await context.awaitId(probe, last, deliveryMs(context));
      expectIncreasing(probe, 'during a burst');
    },
  },
  {
    id: 'publish.slow-reader',
    level: 'MUST',
    title: `a reader paused through ${SLOW_READER_PUBLISHES} publishes ends on the latest sequence and never sees an id go down`,
    publishes: true,
    async run(context) {
      const snapshot = await snapshotToPublish(context);
      const probe = await attachedStream(context);
      probe.pause();
      const last = await publishMany(context, snapshot, SLOW_READER_PUBLISHES);
      probe.resume();
      await context.awaitId(probe, last, deliveryMs(context));
      expectIncreasing(probe, 'for a slow reader');
      expect(probe.ids().at(-1) === last, `expected the last id to be the latest sequence ${last}, saw ${String(probe.ids().at(-1))}`);
    },
  },
  {
    id: 'publish.mid-burst-stream',
    level: 'MUST',
    title: 'a stream opened in the middle of a burst starts at the current snapshot and then follows in order',
    publishes: true,
    async run(context) {
      const snapshot = await snapshotToPublish(context);
      await publishMany(context, snapshot, BURST_PUBLISHES / 2);
      const before = await context.currentSequence();
      const probe = await context.openStream();
      const last = await publishMany(context, snapshot, BURST_PUBLISHES / 2);
      const first = await context.firstEvent(probe);
      expect(Number(first.id) >= before, `expected the first event at sequence ${before} or later (current when the stream opened), saw ${JSON.stringify(first.id)}`);
      await context.awaitId(probe, last, deliveryMs(context));
      expectIncreasing(probe, 'after opening mid-burst');
    },
  },
];
