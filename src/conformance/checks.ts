/**
 * The conformance checks, in the order they run. Each has a stable id, a level taken from the
 * specs' wording (MUST fails the run, SHOULD only warns), and throws `CheckFailed` with what
 * was expected and what was seen.
 */
import type { DaemonSnapshot, IssueSnapshot, SnapshotEnvelope } from '../../generated/api-types.js';
import { KEEPALIVE_COMMENT, KEEPALIVE_INTERVAL_MS, SNAPSHOT_EVENT } from '../../generated/events.js';
import { ErrorResponseValidator, VALIDATORS } from '../../generated/validators/index.js';
import { formatIssues } from '../client/decode.js';
import { isRfc3339 } from '../rfc3339.js';
import { schemaEnumValues, schemaTimestamps } from '../schema-walk.js';
import { CheckFailed, expect, NotApplicable, summarize, type ConformanceContext, type Exchange } from './context.js';
import { CONFORMANCE_BODY_LIMIT_BYTES, CONFORMANCE_MAX_STREAMS, CONFORMANCE_TIMEOUT_MS, keepaliveLimitMs, keepaliveWindowMs } from './defaults.js';
import type { StreamProbe } from './stream-probe.js';

const MS_PER_S = 1000;
const BYTES_PER_MIB = 1024 * 1024;

export type CheckLevel = 'MUST' | 'SHOULD';

export interface Check {
  id: string;
  level: CheckLevel;
  /** What the check verifies, in one line (also the README's table). */
  title: string;
  /**
   * The token the check needs: `publish-token` (it publishes, or sends bodies only a publisher
   * may), or `read-token` (it checks how the target guards reads; not applicable without one).
   */
  needs?: 'publish-token' | 'read-token';
  run(context: ConformanceContext): Promise<void>;
}

/** Publishes of the fast-reader burst. */
const BURST_PUBLISHES = 20;
/** Publishes while a reader is paused. */
const SLOW_READER_PUBLISHES = 200;
/** How long a stream may take to deliver what was published before it: twice the request deadline. */
const deliveryMs = (context: ConformanceContext) => 2 * context.settings.timeoutMs;
const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** How many violations a failure names: enough to act on, short enough to read. */
const ISSUES_SHOWN = 3;

/** Fails the check unless `value` is a valid `schema`: "expected `what`, saw" its first violations. */
function expectValid(schema: string, value: unknown, what: string): void {
  const validator = VALIDATORS[schema];
  if (!validator) throw new Error(`no validator for ${schema}`);
  const result = validator.validate(value);
  if (!result.ok) throw new CheckFailed(`expected ${what}, saw ${formatIssues(result.errors.slice(0, ISSUES_SHOWN))}`);
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
  expectValid('SnapshotEnvelope', exchange.json, 'a valid SnapshotEnvelope from GET /api/v1/snapshot');
  return exchange.json as SnapshotEnvelope;
}

/** The snapshot as the target sent it, not validated (the field checks judge it themselves), once it is an envelope with a snapshot. */
async function sentEnvelope(context: ConformanceContext): Promise<unknown> {
  const envelope = (await snapshotExchange(context)).json as Partial<SnapshotEnvelope> | undefined;
  expect(typeof envelope === 'object' && envelope !== null && typeof envelope.snapshot === 'object', 'expected an envelope with a snapshot');
  return envelope;
}

/**
 * Fails the check at the first timestamp of `envelope` (every one the schema model has, found
 * by following it) that `accepts` refuses.
 */
function expectTimestamps(envelope: unknown, accepts: (value: unknown) => boolean, what: string): void {
  for (const { pointer, value } of schemaTimestamps('SnapshotEnvelope', envelope)) {
    expect(accepts(value), () => `expected ${what} at ${pointer}, saw ${JSON.stringify(value)}`);
  }
}

function keysNotSnakeCase(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keysNotSnakeCase(item, `${path}/${index}`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(SNAKE_CASE.test(key) ? [] : [`${path}/${key}`]),
    ...keysNotSnakeCase(item, `${path}/${key}`),
  ]);
}

/** Checks an answer is `status` with the Error envelope, and, when given, one of the error codes `code` allows. */
function expectErrorEnvelope(exchange: Exchange, status: number, what: string, code?: string | readonly string[]): void {
  expect(exchange.status === status, `expected ${what} to answer ${status}, saw ${exchange.status}`);
  expectJson(exchange, `the ${status} body`);
  expectValid('Error', exchange.json, `the ${status} body in the Error envelope {"error":{"code","message"}}`);
  if (code !== undefined && ErrorResponseValidator.is(exchange.json)) {
    const codes: readonly string[] = typeof code === 'string' ? [code] : code;
    expect(codes.includes(exchange.json.error.code), `expected error code ${codes.join(' or ')}, saw ${exchange.json.error.code}`);
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

/** How often to retry opening a stream while the target releases the cap check's streams. */
const RELEASE_POLL_MS = 50;
/** Tries of a rejected request while another publisher (a live daemon, the demo) moves the sequence. */
const UNCHANGED_TRIES = 3;

/** A copy of `snapshot` that names itself, so that it can be recognised if it were ever published. */
function marked(snapshot: DaemonSnapshot, marker: string): DaemonSnapshot {
  return { ...snapshot, daemon: { ...snapshot.daemon, status_line: marker } };
}

/**
 * Runs `action` (a request the target must refuse) and fails the check if it changed anything:
 * the body carrying `marker` must never reach a stream or the snapshot, and the sequence must
 * stay put. Another publisher may move the sequence meanwhile, so a move is retried: a target
 * that moves it on every try is the one at fault.
 */
async function unchanged(context: ConformanceContext, marker: string, action: () => Promise<void>): Promise<void> {
  const probe = await attachedStream(context);
  let moved: string | undefined;
  for (let attempt = 1; attempt <= UNCHANGED_TRIES; attempt += 1) {
    const before = await context.currentSequence();
    await action();
    const after = await context.currentSequence();
    moved = after === before ? undefined : `${before} to ${after}`;
    if (moved === undefined) break;
  }
  const current = await snapshotExchange(context);
  expect(!current.text.includes(marker), 'expected the refused body not to become the snapshot, saw it in GET /api/v1/snapshot');
  const shown = probe.events.find((event) => event.data.includes(marker));
  expect(shown === undefined, () => `expected the refused body never to reach a stream, saw it as id ${String(shown?.id)}`);
  expect(moved === undefined, `expected the sequence to stay put, saw it move from ${moved ?? ''} on each of ${UNCHANGED_TRIES} tries`);
}

/** The answer a stream request got, as an exchange, once its body has ended (for a refused stream). */
async function streamExchange(context: ConformanceContext, probe: StreamProbe): Promise<Exchange> {
  // A stream that was taken (200) never ends: its status alone fails the check.
  if (probe.response.statusCode !== 200) {
    await probe.waitForEnd(context.settings.timeoutMs).catch(() => {
      throw new CheckFailed(`expected the ${probe.response.statusCode ?? '?'} answer's body to end within ${context.settings.timeoutMs} ms, saw it stay open`);
    });
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(probe.response.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let json: unknown;
  try {
    json = JSON.parse(probe.bytes);
  } catch {
    json = undefined;
  }
  return { status: probe.response.statusCode ?? 0, headers, text: probe.bytes, json };
}

/** Whether `pointer` is an RFC 6901 JSON Pointer that resolves to a value in `document`. */
export function pointerResolves(document: unknown, pointer: string): boolean {
  if (pointer === '') return true;
  if (!pointer.startsWith('/') || /~(?![01])/.test(pointer)) return false;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= node.length) return false;
      node = node[Number(token)];
    } else if (typeof node === 'object' && node !== null && Object.hasOwn(node, token)) {
      node = (node as Record<string, unknown>)[token];
    } else {
      return false;
    }
  }
  return true;
}

/** An issue to break when the target's snapshot has none: every required field, valid. */
function placeholderIssue(snapshot: DaemonSnapshot): IssueSnapshot {
  return {
    identifier: 'CONFORMANCE-1',
    title: 'conformance check',
    tracker_state: 'Todo',
    runtime_state: 'idle',
    last_outcome: 'unknown',
    last_event_at: snapshot.generated_at,
    conversation_id_suffix: '',
    workspace_path_suffix: '',
    retry_count: 0,
    blocked: false,
  };
}

/** Waits (within the request deadline) until the target takes a new stream again after the cap check. */
async function streamsReleased(context: ConformanceContext): Promise<void> {
  const until = Date.now() + context.settings.timeoutMs;
  while (Date.now() < until) {
    const probe = await context.openStream();
    const taken = probe.response.statusCode === 200;
    context.closeStreams();
    if (taken) return;
    await new Promise((resolve) => setTimeout(resolve, RELEASE_POLL_MS));
  }
}

/** A JSON request body of exactly `bytes` bytes. */
function paddedBody(bytes: number): Buffer {
  const frame = '{"pad":""}';
  return Buffer.from(`{"pad":"${'x'.repeat(Math.max(0, bytes - frame.length))}"}`, 'utf8');
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
    async run(context) {
      const exchange = await context.request('GET', 'healthz');
      expectValid('HealthResponse', exchange.json, 'a valid HealthResponse');
    },
  },
  {
    id: 'health.consistent',
    level: 'MUST',
    title: '/healthz current_sequence and issue_count describe the envelope GET /api/v1/snapshot returns',
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
    async run(context) {
      expectJson(await snapshotExchange(context), 'the snapshot');
    },
  },
  {
    id: 'snapshot.schema',
    level: 'MUST',
    title: 'the snapshot is a valid SnapshotEnvelope: every required field, type and range of the schema',
    async run(context) {
      await currentEnvelope(context);
    },
  },
  {
    id: 'snapshot.field-case',
    level: 'MUST',
    title: 'every field name in the snapshot is snake_case',
    async run(context) {
      const wrong = keysNotSnakeCase((await snapshotExchange(context)).json);
      expect(wrong.length === 0, () => `expected snake_case field names, saw ${wrong.slice(0, 5).join(', ')}`);
    },
  },
  {
    id: 'snapshot.timestamps',
    level: 'MUST',
    title: 'every timestamp in the snapshot is an RFC 3339 date-time',
    async run(context) {
      expectTimestamps(await sentEnvelope(context), isRfc3339, 'an RFC 3339 timestamp');
    },
  },
  {
    id: 'snapshot.timestamps-utc',
    level: 'SHOULD',
    title: 'every timestamp is in UTC with a Z suffix, as the reference writes them',
    async run(context) {
      expectTimestamps(await currentEnvelope(context), (value) => typeof value === 'string' && /Z$/.test(value), 'a UTC timestamp ending in Z');
    },
  },
  {
    id: 'snapshot.enums',
    level: 'MUST',
    title: 'every enum value in the snapshot is one of the spec\'s values',
    async run(context) {
      const envelope = await sentEnvelope(context);
      for (const { pointer, value, name, values } of schemaEnumValues('SnapshotEnvelope', envelope)) {
        expect(typeof value === 'string' && values.includes(value), `expected a ${name} at ${pointer} (${values.join(', ')}), saw ${JSON.stringify(value)}`);
      }
    },
  },
  {
    id: 'events.status',
    level: 'MUST',
    title: 'GET /api/v1/events answers 200 with content type text/event-stream',
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
    async run(context) {
      const { headers } = (await context.openStream()).response;
      expect(/no-cache/i.test(String(headers['cache-control'] ?? '')), `expected Cache-Control: no-cache, saw ${String(headers['cache-control'] ?? 'none')}`);
      expect(String(headers['x-accel-buffering'] ?? '').toLowerCase() === 'no', `expected X-Accel-Buffering: no, saw ${String(headers['x-accel-buffering'] ?? 'none')}`);
    },
  },
  {
    id: 'events.first-snapshot',
    level: 'MUST',
    title: `the first event arrives within the attach deadline (${CONFORMANCE_TIMEOUT_MS / MS_PER_S} s) and is named "snapshot" (comments before it are fine)`,
    async run(context) {
      const first = await context.firstEvent(await context.openStream());
      expect(first.event === SNAPSHOT_EVENT, `expected the first event to be named "${SNAPSHOT_EVENT}", saw ${first.event === undefined ? 'an unnamed event' : JSON.stringify(first.event)}`);
    },
  },
  {
    id: 'events.first-id',
    level: 'MUST',
    title: 'the first event\'s data is a valid SnapshotEnvelope (unknown fields allowed) and its id equals the envelope\'s sequence',
    async run(context) {
      const first = await context.firstEvent(await context.openStream());
      let envelope: unknown;
      try {
        envelope = JSON.parse(first.data);
      } catch {
        throw new CheckFailed(`expected JSON data, saw ${JSON.stringify(first.data.slice(0, 80))}`);
      }
      expectValid('SnapshotEnvelope', envelope, 'the data to be a valid SnapshotEnvelope');
      const sequence = (envelope as SnapshotEnvelope).sequence;
      expect(first.id !== undefined, `expected an id (the sequence ${sequence}), saw none`);
      expect(first.id === String(sequence), `expected id ${sequence} (the envelope's sequence), saw ${JSON.stringify(first.id)}`);
    },
  },
  {
    id: 'events.first-is-current',
    level: 'MUST',
    title: 'the first event is the current snapshot, not an older one',
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
    title: `the stream is never silent longer than the keepalive interval (${KEEPALIVE_INTERVAL_MS / 1000} s): events or \`: ${KEEPALIVE_COMMENT}\` comments fill every gap (watched a little longer than the interval; --keepalive-ms)`,
    async run(context) {
      const interval = context.settings.keepaliveMs;
      const limit = keepaliveLimitMs(interval);
      const window = keepaliveWindowMs(interval);
      const probe = await context.openStream();
      await probe.observe(window);
      const watched = Math.round(performance.now() - probe.openedAt);
      expect(!probe.ended, `expected the stream to stay open for ${window} ms, saw it end after ${watched} ms`);
      const longest = Math.round(probe.longestSilenceMs());
      expect(
        longest <= limit,
        `expected no silence longer than the ${interval} ms keepalive interval (${Math.round(limit - interval)} ms tolerance) over ${watched} ms, saw ${longest} ms without a byte (${probe.events.length} events, ${probe.comments.length} comments)`,
      );
    },
  },
  {
    id: 'read.requires-token',
    level: 'MUST',
    title: 'with a read token, a read without it or with a wrong one (snapshot, stream) answers 401 with the Error envelope and WWW-Authenticate: Bearer',
    needs: 'read-token',
    async run(context) {
      const wrong = { authorization: `Bearer ${context.settings.readToken ?? ''}-wrong` };
      const answers: Array<[string, () => Promise<Exchange>]> = [
        ['GET /api/v1/snapshot without a token', () => context.request('GET', 'api/v1/snapshot', { anonymous: true })],
        ['GET /api/v1/snapshot with a wrong token', () => context.request('GET', 'api/v1/snapshot', { headers: wrong })],
        ['GET /api/v1/events without a token', async () => streamExchange(context, await context.openStream({}, true))],
      ];
      for (const [what, send] of answers) {
        const exchange = await send();
        expectErrorEnvelope(exchange, 401, what, 'unauthorized');
        const challenge = exchange.headers.get('www-authenticate') ?? '';
        expect(/^Bearer\b/i.test(challenge), `expected ${what} to carry WWW-Authenticate: Bearer, saw ${challenge || 'none'}`);
      }
    },
  },
  {
    id: 'read.health-open',
    level: 'MUST',
    title: 'with a read token, GET /healthz still answers 200 without it (probes carry no token)',
    needs: 'read-token',
    async run(context) {
      const exchange = await context.request('GET', 'healthz', { anonymous: true });
      expect(exchange.status === 200, `expected GET /healthz without a token to answer 200, saw ${exchange.status}`);
      expectValid('HealthResponse', exchange.json, 'a valid HealthResponse');
    },
  },
  {
    id: 'errors.unknown-route',
    level: 'SHOULD',
    title: 'an unknown route answers 404 with a JSON Error envelope',
    async run(context) {
      expectErrorEnvelope(await context.request('GET', 'api/v1/no-such-route'), 404, 'GET /api/v1/no-such-route', 'not_found');
    },
  },
  {
    id: 'errors.wrong-method',
    level: 'SHOULD',
    title: 'a wrong method answers 405 with a JSON Error envelope and an Allow header',
    async run(context) {
      const exchange = await context.request('DELETE', 'api/v1/snapshot');
      expectErrorEnvelope(exchange, 405, 'DELETE /api/v1/snapshot', 'method_not_allowed');
      expect(exchange.headers.get('allow')?.includes('GET'), `expected an Allow header listing GET, saw ${exchange.headers.get('allow') ?? 'none'}`);
    },
  },
  {
    id: 'errors.nosniff',
    level: 'SHOULD',
    title: 'JSON answers, errors included, carry X-Content-Type-Options: nosniff',
    async run(context) {
      const answers: Array<[string, Exchange]> = [
        ['GET /healthz', await context.request('GET', 'healthz')],
        ['GET /api/v1/snapshot', await context.request('GET', 'api/v1/snapshot')],
        ['GET /api/v1/no-such-route', await context.request('GET', 'api/v1/no-such-route')],
        ['DELETE /api/v1/snapshot', await context.request('DELETE', 'api/v1/snapshot')],
      ];
      for (const [what, exchange] of answers) {
        const value = exchange.headers.get('x-content-type-options') ?? '';
        expect(value.trim().toLowerCase() === 'nosniff', `expected ${what} (${exchange.status}) to carry X-Content-Type-Options: nosniff, saw ${value || 'none'}`);
      }
    },
  },
  {
    id: 'errors.invalid-json',
    level: 'MUST',
    title: 'a publish whose body is not JSON answers 400 with the Error envelope (invalid_json) and changes nothing',
    needs: 'publish-token',
    async run(context) {
      const marker = 'conformance: a body that is not JSON';
      const body = `{"daemon":{"status_line":"${marker}"`;
      await unchanged(context, marker, async () => {
        expectErrorEnvelope(await context.publishRaw(body, context.settings.publishToken), 400, 'a body that is not JSON', 'invalid_json');
      });
    },
  },
  {
    id: 'errors.unsupported-media-type',
    level: 'MUST',
    title: 'a publish whose body is not application/json answers 415 with the Error envelope (unsupported_media_type) and changes nothing',
    needs: 'publish-token',
    async run(context) {
      const marker = 'conformance: a snapshot sent as text/plain';
      const body = JSON.stringify(marked(await snapshotToPublish(context), marker));
      const headers = { 'content-type': 'text/plain', authorization: `Bearer ${context.settings.publishToken ?? ''}` };
      await unchanged(context, marker, async () => {
        expectErrorEnvelope(await context.request('PUT', 'api/v1/snapshot', { headers, body }), 415, 'a text/plain body', 'unsupported_media_type');
      });
    },
  },
  {
    id: 'errors.payload-too-large',
    level: 'SHOULD',
    title: `a publish body one byte over the limit (${CONFORMANCE_BODY_LIMIT_BYTES / BYTES_PER_MIB} MiB by default; --body-limit-bytes) answers 413 with the Error envelope (payload_too_large)`,
    needs: 'publish-token',
    async run(context) {
      const limit = context.settings.bodyLimitBytes;
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${context.settings.publishToken ?? ''}` };
      const exchange = await context.requestEarlyAnswer('PUT', 'api/v1/snapshot', headers, paddedBody(limit + 1));
      expect(exchange.status === 413, `expected a ${limit + 1}-byte body to answer 413, saw ${exchange.status} (pass --body-limit-bytes if the target's limit is not ${limit})`);
      expectErrorEnvelope(exchange, 413, `a ${limit + 1}-byte body`, 'payload_too_large');
    },
  },
  {
    id: 'publish.requires-token',
    level: 'MUST',
    title: 'a publish with a missing or wrong token answers 401 with the Error envelope and changes nothing',
    needs: 'publish-token',
    async run(context) {
      const marker = 'conformance: a publish without the right token';
      const body = JSON.stringify(marked(await snapshotToPublish(context), marker));
      await unchanged(context, marker, async () => {
        expectErrorEnvelope(await context.publishRaw(body, undefined), 401, 'a publish without a token', 'unauthorized');
        expectErrorEnvelope(await context.publishRaw(body, `${context.settings.publishToken ?? ''}-wrong`), 401, 'a publish with a wrong token', 'unauthorized');
      });
    },
  },
  {
    id: 'publish.rejects-invalid',
    level: 'MUST',
    title: 'an invalid snapshot is rejected with 400, the Error envelope (invalid_snapshot), and changes nothing',
    needs: 'publish-token',
    async run(context) {
      const marker = 'conformance: an invalid snapshot';
      const valid = marked(await snapshotToPublish(context), marker);
      const invalid = { ...valid, daemon: { ...valid.daemon, state: 'not_a_state' }, metrics: { ...valid.metrics, total_tokens: -1 } };
      await unchanged(context, marker, async () => {
        expectErrorEnvelope(await context.publishRaw(JSON.stringify(invalid), context.settings.publishToken), 400, 'an invalid snapshot', 'invalid_snapshot');
      });
    },
  },
  {
    id: 'publish.rejects-lone-surrogate',
    level: 'SHOULD',
    title: 'a snapshot with a lone surrogate in a string (\\ud800, which has no UTF-8 form and which the reference\'s readers cannot decode) is rejected with 400 and the Error envelope, and changes nothing',
    needs: 'publish-token',
    async run(context) {
      const marker = 'conformance: a lone surrogate';
      // JSON.stringify writes the lone surrogate as the escape \ud800: the body itself is UTF-8.
      const body = JSON.stringify(marked(await snapshotToPublish(context), `${marker} \ud800`));
      await unchanged(context, marker, async () => {
        // Refused by the validator or, in a stricter parser, as the body: either code says so.
        expectErrorEnvelope(await context.publishRaw(body, context.settings.publishToken), 400, 'a snapshot with a lone surrogate', ['invalid_snapshot', 'invalid_json']);
      });
    },
  },
  {
    id: 'publish.error-pointers',
    level: 'MUST',
    title: 'a snapshot with three violations gets one details[] entry for each, every path an RFC 6901 JSON Pointer that resolves in the body sent',
    needs: 'publish-token',
    async run(context) {
      const marker = 'conformance: a snapshot with three violations';
      const valid = marked(await snapshotToPublish(context), marker);
      const issue = { ...(valid.issues[0] ?? placeholderIssue(valid)), runtime_state: 'not_a_runtime_state' };
      const sent = {
        ...valid,
        daemon: { ...valid.daemon, state: 'not_a_state' },
        metrics: { ...valid.metrics, total_tokens: -1 },
        issues: [issue, ...valid.issues.slice(1)],
      };
      const violations = ['/daemon/state', '/metrics/total_tokens', '/issues/0/runtime_state'];
      await unchanged(context, marker, async () => {
        const exchange = await context.publishRaw(JSON.stringify(sent), context.settings.publishToken);
        expectErrorEnvelope(exchange, 400, 'a snapshot with three violations', 'invalid_snapshot');
        const details = ErrorResponseValidator.is(exchange.json) ? (exchange.json.error.details ?? []) : [];
        const paths = details.map((detail) => detail.path);
        const unresolved = paths.filter((path) => !pointerResolves(sent, path));
        expect(unresolved.length === 0, () => `expected every details[].path to be a JSON Pointer into the body sent, saw ${unresolved.map((path) => JSON.stringify(path)).join(', ')} resolve to nothing`);
        const missing = violations.filter((pointer) => !paths.includes(pointer));
        expect(missing.length === 0, () => `expected a details[] entry at each of ${violations.join(', ')}, saw none at ${missing.join(', ')} (paths ${JSON.stringify(paths)})`);
      });
    },
  },
  {
    id: 'publish.visible',
    level: 'MUST',
    title: 'a publish answers the new envelope and shows on /api/v1/snapshot, /healthz and an open stream, in order',
    needs: 'publish-token',
    async run(context) {
      const snapshot = await snapshotToPublish(context);
      const probe = await attachedStream(context);
      const before = await context.currentSequence();
      const exchange = await context.publishRaw(JSON.stringify(snapshot), context.settings.publishToken);
      expect(exchange.status === 200, `expected 200 for a valid publish, saw ${exchange.status}`);
      expectValid('SnapshotEnvelope', exchange.json, 'the new SnapshotEnvelope in the answer');
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
    needs: 'publish-token',
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
    needs: 'publish-token',
    async run(context) {
      const snapshot = await snapshotToPublish(context);
      const probe = await attachedStream(context);
      probe.pause();
      const last = await publishMany(context, snapshot, SLOW_READER_PUBLISHES);
      probe.resume();
      await context.awaitId(probe, last, deliveryMs(context));
      expectIncreasing(probe, 'for a slow reader');
      // Another publisher may have published after `last`: the reader must end on whatever is latest.
      for (let attempt = 1; ; attempt += 1) {
        const latest = await context.currentSequence();
        await context.awaitId(probe, latest, deliveryMs(context));
        const seen = probe.ids().at(-1);
        if (seen === latest || attempt >= UNCHANGED_TRIES) {
          expect(seen === latest, `expected the last id to be the latest sequence ${latest}, saw ${String(seen)}`);
          break;
        }
      }
    },
  },
  {
    id: 'publish.mid-burst-stream',
    level: 'MUST',
    title: 'a stream opened in the middle of a burst starts at the current snapshot and then follows in order',
    needs: 'publish-token',
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
  {
    id: 'events.cap-retry-after',
    level: 'MUST',
    title: `a client past the stream cap (up to ${CONFORMANCE_MAX_STREAMS} streams, --max-streams) gets 429 or 503 with the Error envelope and Retry-After in seconds; not applicable when no cap is reached`,
    async run(context) {
      const bound = context.settings.maxStreams;
      let refused: StreamProbe | undefined;
      for (let opened = 0; opened < bound && refused === undefined; opened += 1) {
        const probe = await context.openStream();
        if (probe.response.statusCode !== 200) refused = probe;
      }
      try {
        if (refused === undefined) throw new NotApplicable(`no cap reached with ${bound} streams open from one client (raise --max-streams if the target allows more)`);
        const exchange = await streamExchange(context, refused);
        expect(exchange.status === 429 || exchange.status === 503, `expected a stream past the cap to be refused with 429 or 503, saw ${exchange.status}`);
        expectErrorEnvelope(exchange, exchange.status, `a stream past the cap`, exchange.status === 429 ? 'too_many_requests' : 'too_many_subscribers');
        const retryAfter = exchange.headers.get('retry-after') ?? '';
        expect(/^\d+$/.test(retryAfter.trim()), `expected Retry-After with a number of seconds on the ${exchange.status}, saw ${retryAfter || 'none'}`);
      } finally {
        context.closeStreams();
        await streamsReleased(context);
      }
    },
  },
];
