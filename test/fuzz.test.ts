/**
 * Property-based fuzzing of the real server over real sockets: mutated snapshots, arbitrary
 * bodies, content types and encodings, hostile headers, paths and methods. Whatever comes in,
 * the answer is documented, in the contract's Error envelope when it is an error, and the
 * current snapshot changes only when a publish answered 200.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { ErrorResponseValidator } from '../generated/validators/index.js';
import { createApp, type AppOptions } from '../src/app.js';
import { ERROR_REGISTRY } from '../src/errors.js';
import { configureServer } from '../src/http-server.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot, fixtureTime } from './fixtures/reference.js';
import { probe, rawProbe, sendableHeaderValue, type ProbeAnswer, type ProbeRequest } from './support/http-probe.js';
import { listen, type TestServer } from './support/server.js';
import { readSpec } from './support/spec.js';

/** Fixed, so a failure replays; override with FUZZ_SEED to explore. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_260_321);
const NUM_RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
const PUBLISH_TOKEN = 'fuzz-publish-token';
const READ_TOKEN = 'fuzz-read-token';
/** Small, so limits are hit often; a valid snapshot (~1.2 KiB) still fits many times over. */
const BODY_LIMIT_BYTES = 16 * 1024;
const PROPERTY_TIMEOUT_MS = 60_000;

// ---------------------------------------------------------------- what the spec documents

type Json = Record<string, unknown>;
const DASHBOARD_ROUTE = '/';
/** The dashboard is HTML, outside the OpenAPI document; it answers like the other read routes. */
const DASHBOARD_STATUSES = new Set([200, 304, 401, 403, 405]);

function documentedStatuses(): Map<string, Map<string, Set<number>>> {
  const routes = new Map<string, Map<string, Set<number>>>();
  for (const [path, item] of Object.entries(readSpec('openapi.yaml')['paths'] as Record<string, Record<string, Json>>)) {
    const methods = new Map<string, Set<number>>();
    for (const [method, operation] of Object.entries(item)) {
      methods.set(method.toUpperCase(), new Set(Object.keys(operation['responses'] as Json).map(Number)));
    }
    routes.set(path, methods);
  }
  return routes;
}

const DOCUMENTED = documentedStatuses();

/** The route the app matches for a request path (case-insensitive, trailing slashes ignored), or undefined outside the base path. */
function routeOf(path: string, basePath: string): string | undefined {
  const end = path.search(/[?#]/);
  let route = (end === -1 ? path : path.slice(0, end)).toLowerCase();
  if (basePath) {
    if (route !== basePath && !route.startsWith(`${basePath}/`)) return undefined;
    route = route.slice(basePath.length);
  }
  return route.replace(/\/+$/, '') || '/';
}

/** The statuses an answer to `method` on `path` may have, by the spec (405 for a method a route lacks, 404 off the routes). */
function allowedStatuses(method: string, path: string, basePath: string): Set<number> {
  const route = routeOf(path, basePath);
  if (route === DASHBOARD_ROUTE) return DASHBOARD_STATUSES;
  const methods = route === undefined ? undefined : DOCUMENTED.get(route);
  // Unknown routes: 404, 405; the front layer's Host, Origin and read-token refusals come first.
  if (!methods) return new Set([401, 403, 404, 405]);
  const own = methods.get(method) ?? (method === 'HEAD' ? methods.get('GET') : undefined);
  return own ?? new Set([401, 403, 405]);
}

// ---------------------------------------------------------------- the server under test

interface Target {
  name: string;
  basePath: string;
  options: Partial<AppOptions>;
  /** Headers that make a read of the snapshot succeed. */
  readHeaders: Record<string, string>;
}

interface Running {
  target: Target;
  server: TestServer;
  store: SnapshotStore;
  internalErrors: unknown[];
  host: string;
  /** `status code` of every answer seen, so the run can show it reached what it meant to. */
  seen: Map<string, number>;
}

async function start(target: Target): Promise<Running> {
  const store = new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(fixtureTime(0)), epoch: 'fuzz' });
  const internalErrors: unknown[] = [];
  const app = createApp({
    store,
    publishToken: PUBLISH_TOKEN,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    requestTimeoutMs: 2000,
    validateResponses: true,
    onInternalError: (error) => internalErrors.push(error),
    ...target.options,
  });
  const server = await listen(app);
  configureServer(server.server, { requestTimeoutMs: 2000 });
  return { target, server, store, internalErrors, host: new URL(server.url).host, seen: new Map() };
}

async function currentSnapshot(running: Running): Promise<{ sequence: number; body: string }> {
  const answer = await probe(running.server.url, { method: 'GET', path: `${running.target.basePath}/api/v1/snapshot`, headers: running.target.readHeaders });
  assert.equal(answer.status, 200, `reading the snapshot: ${answer.status} ${answer.body.toString()}`);
  const body = answer.body.toString('utf8');
  return { sequence: (JSON.parse(body) as { sequence: number }).sequence, body };
}

/** Checks everything an answer must satisfy whatever was sent; returns the error code, if any. */
function checkAnswer(running: Running, req: { method: string; path: string }, answer: ProbeAnswer, transportRefusal: boolean): string | undefined {
  const what = `${req.method} ${req.path.slice(0, 120)} → ${answer.status} ${answer.body.toString('utf8').slice(0, 300)}`;
  const tally = (code: string) => running.seen.set(`${answer.status} ${code}`, (running.seen.get(`${answer.status} ${code}`) ?? 0) + 1);
  assert.equal(answer.headers['x-content-type-options'], 'nosniff', `no nosniff: ${what}`);
  assert.ok(answer.status < 500, `a 5xx: ${what}`);
  assert.equal(answer.headers['x-powered-by'], undefined, `X-Powered-By: ${what}`);
  if ((answer.status >= 200 && answer.status < 300) || answer.status === 304) {
    if (!transportRefusal) assert.ok(allowedStatuses(req.method, req.path, running.target.basePath).has(answer.status), `undocumented: ${what}`);
    tally(req.method === 'PUT' && answer.status === 200 ? 'published' : 'ok');
    return undefined;
  }
  assert.match(String(answer.headers['content-type']), /^application\/json(;|$)/, `not JSON: ${what}`);
  assert.equal(answer.headers['cache-control'], 'no-store', `errors are not cached: ${what}`);
  if (!transportRefusal) assert.ok(allowedStatuses(req.method, req.path, running.target.basePath).has(answer.status), `undocumented: ${what}`);
  if (req.method === 'HEAD') {
    tally('head');
    return undefined;
  }
  const body: unknown = JSON.parse(answer.body.toString('utf8'));
  assert.ok(ErrorResponseValidator.is(body), `not an Error envelope: ${what}`);
  assert.equal(ERROR_REGISTRY[body.error.code].status, answer.status, `code and status disagree: ${what}`);
  assert.doesNotMatch(body.error.message, /\n\s+at /, `a stack trace: ${what}`);
  tally(body.error.code);
  return body.error.code;
}

/** Sends `req`, checks the answer, and checks the snapshot moved only on a 200 PUT. */
async function exchange(running: Running, req: ProbeRequest): Promise<ProbeAnswer> {
  const before = await currentSnapshot(running);
  const answer = await probe(running.server.url, req);
  checkAnswer(running, req, answer, false);
  const after = await currentSnapshot(running);
  const published = req.method === 'PUT' && answer.status === 200;
  if (published) {
    assert.equal(after.sequence, before.sequence + 1, 'a 200 PUT publishes exactly one envelope');
    assert.equal(answer.body.toString('utf8'), after.body, 'a 200 PUT answers with the new current envelope');
  } else {
    assert.equal(after.sequence, before.sequence, `${req.method} answered ${answer.status} yet the sequence moved`);
    assert.equal(after.body, before.body, `${req.method} answered ${answer.status} yet the snapshot changed`);
  }
  assert.deepEqual(running.internalErrors, [], 'no internal errors');
  return answer;
}

// ---------------------------------------------------------------- generators

const headerText = (maxLength = 64) =>
  fc
    .array(fc.integer({ min: 0x20, max: 0xff }), { maxLength })
    .map((codes) => String.fromCharCode(...codes.filter((code) => code !== 0x7f)));

/** A JSON value with an own `__proto__` or `constructor` key, as JSON.parse would make it. */
function withKey(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every container in a JSON value, with the key path to it. */
function containers(value: unknown, path: Array<string | number> = [], out: Array<{ path: Array<string | number>; value: Json | unknown[] }> = []) {
  if (typeof value === 'object' && value !== null) {
    out.push({ path, value: value as Json | unknown[] });
    for (const [key, item] of Object.entries(value)) containers(item, [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const HUGE_NUMBERS = [2 ** 53, 2 ** 53 + 2, -1, -(2 ** 53), 1e308, -1e308, 1.5, 0.1, 4294967296, 1e21, 5e-324];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HUGE_NUMBERS),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, false, '', 'x'.repeat(5000), {}, [], '\u0000', '\ud800', '2026-13-45T99:99:99Z'),
  fc.integer({ min: 1, max: 200 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown),
);

type Mutation =
  | { op: 'remove'; at: number; key: number }
  | { op: 'replace'; at: number; key: number; value: unknown }
  | { op: 'add'; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('remove' as const), at: fc.nat(), key: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), key: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('add' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })), value: hostileValue }),
);

/** A fixture snapshot with the mutations applied (JSON text; keys such as `__proto__` kept as data). */
function mutatedSnapshot(step: number, mutations: Mutation[]): string {
  const snapshot = JSON.parse(JSON.stringify(fixtureSnapshot(step))) as Json;
  for (const change of mutations) {
    const all = containers(snapshot);
    const target = all[change.at % all.length]!.value;
    const keys = Object.keys(target);
    if (change.op === 'add') {
      if (Array.isArray(target)) target.push(change.value);
      else withKey(target, change.key, change.value);
      continue;
    }
    if (keys.length === 0) continue;
    const key = keys[change.key % keys.length]!;
    if (change.op === 'remove') {
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete target[key];
    } else if (Array.isArray(target)) target[Number(key)] = change.value;
    else withKey(target, key, change.value);
  }
  return JSON.stringify(snapshot);
}

const ENCODERS: Record<string, (data: Buffer) => Buffer> = {
  gzip: (data) => gzipSync(data),
  deflate: (data) => deflateSync(data),
  'deflate-raw': (data) => deflateRawSync(data),
  br: (data) => brotliCompressSync(data),
  identity: (data) => data,
};

const bodyBytes: fc.Arbitrary<Buffer> = fc.oneof(
  fc.tuple(fc.nat(20), fc.array(mutation, { minLength: 0, maxLength: 4 })).map(([step, mutations]) => Buffer.from(mutatedSnapshot(step, mutations))),
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.from(bytes)),
  fc.jsonValue({ maxDepth: 4 }).map((value) => Buffer.from(JSON.stringify(value) ?? 'null')),
  fc.string({ maxLength: 256 }).map((text) => Buffer.from(text)),
  fc.integer({ min: 60, max: 5000 }).map((depth) => Buffer.from(`{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`)),
  fc.constant(Buffer.alloc(BODY_LIMIT_BYTES + 1, 0x20)),
  fc.constant(Buffer.alloc(0)),
);

/** A body as sent: the bytes, encoded (or not, or wrongly) and labelled with some Content-Encoding. */
const encodedBody = fc
  .record({
    bytes: bodyBytes,
    encoder: fc.constantFrom(...Object.keys(ENCODERS)),
    label: fc.option(
      fc.oneof(
        fc.constantFrom('gzip', 'x-gzip', 'deflate', 'br', 'identity', 'GZIP', ' gzip ', 'gzip, br', 'compress', 'zstd', '*', ''),
        headerText(16),
      ),
      { nil: undefined },
    ),
  })
  .map(({ bytes, encoder, label }) => ({ bytes: ENCODERS[encoder]!(bytes), label }));

const contentType = fc.option(
  fc.oneof(
    fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON;charset="UTF-8"',
      'application/json; charset=latin1',
      'application/json;;',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/merge-patch+json',
      '',
    ),
    headerText(40),
  ),
  { nil: undefined },
);

const SEGMENTS = ['api', 'v1', 'snapshot', 'events', 'healthz', 'API', 'Snapshot', '..', '.', '%2e%2e', '%2F', '%00', '%ZZ', '', 'ops', 'index.html'];
const pathArb = (basePath: string) =>
  fc
    .tuple(
      fc.constantFrom('', basePath),
      fc.array(
        fc.oneof(
          fc.constantFrom(...SEGMENTS),
          fc.string({ unit: 'grapheme', maxLength: 8 }).map(encodeURIComponent),
          fc.integer({ min: 1, max: 3000 }).map((length) => "a".repeat(length)),
        ),
        { maxLength: 5 },
      ),
      fc.option(fc.constantFrom('?', '?a=1', `?access_token=${READ_TOKEN}`, '?access_token=', '?%ZZ', '?a=%FF', '#frag'), { nil: '' }),
    )
    .map(([base, segments, query]) => `${base}/${segments.join('/')}${query}`);

const knownPath = (basePath: string) =>
  fc.constantFrom('/', '/healthz', '/api/v1/snapshot', '/api/v1/events', '/api/v1/snapshot/', '/API/V1/SNAPSHOT', '/api/v1/events?x=1', '/healthz#x', '/api/v1/events#x').map((path) => `${basePath}${path}`);

const METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'SEARCH', 'LOCK', 'PURGE', 'QUERY'];

function hostArb(own: string) {
  return fc.option(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(own) },
      fc.constantFrom(own, 'localhost', 'LOCALHOST:1', 'localhost.', '127.0.0.1', '[::1]:80', '::1', 'evil.example', 'evil.example:80', '127.0.0.1.nip.io', 'localhost.evil.example', '[::1].evil.example', '[::1', ''),
      headerText(30),
    ),
    { nil: undefined, freq: 2 },
  );
}

function originArb(own: string) {
  return fc.option(
    fc.oneof(fc.constantFrom(`http://${own}`, 'http://evil.example', 'null', 'file://', `http://${own}.evil.example`, 'http://localhost', ''), headerText(30)),
    { nil: undefined },
  );
}

const authorizationArb = fc.option(
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(`Bearer ${PUBLISH_TOKEN}`, `Bearer ${READ_TOKEN}`) },
    fc.constantFrom(`Bearer ${PUBLISH_TOKEN}`, `Bearer ${READ_TOKEN}`, 'Bearer wrong', `bearer ${PUBLISH_TOKEN}`, `Basic ${PUBLISH_TOKEN}`, 'Bearer', `Bearer ${PUBLISH_TOKEN} x`, ''),
    headerText(40),
  ),
  { nil: undefined },
);

const lastEventIdArb = fc.option(
  fc.oneof(fc.constantFrom('1', '0', '-1', '1e30', '99999999999999999999999', 'NaN', '', ' 1'), headerText(24), fc.bigInt().map(String)),
  { nil: undefined },
);

/** Stands for the ETag of the envelope current when the request is sent. */
const CURRENT_ETAG = '<current>';
const ifNoneMatchArb = fc.option(
  fc.oneof(fc.constantFrom(CURRENT_ETAG, CURRENT_ETAG, '"fuzz-1"', '*', 'W/"fuzz-1"', '"fuzz-1", "x"', ''), headerText(24)),
  { nil: undefined },
);

interface Mutated {
  method: string;
  path: string;
  host: string | undefined;
  origin: string | undefined;
  authorization: string | undefined;
  lastEventId: string | undefined;
  ifNoneMatch: string | undefined;
  contentType: string | undefined;
  body: { bytes: Buffer; label: string | undefined } | undefined;
}

function requestArb(running: Running, paths: fc.Arbitrary<string>): fc.Arbitrary<Mutated> {
  return fc.record({
    method: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('GET', 'HEAD', 'PUT') }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
    path: paths,
    host: hostArb(running.host),
    origin: originArb(running.host),
    authorization: authorizationArb,
    lastEventId: lastEventIdArb,
    ifNoneMatch: ifNoneMatchArb,
    contentType,
    body: fc.option(encodedBody, { nil: undefined }),
  });
}

function toProbe(mutated: Mutated, running: Running): ProbeRequest {
  const headers: Record<string, string> = {};
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined && sendableHeaderValue(value)) headers[name] = value;
  };
  set('host', mutated.host);
  set('origin', mutated.origin);
  set('authorization', mutated.authorization);
  set('last-event-id', mutated.lastEventId);
  set('if-none-match', mutated.ifNoneMatch === CURRENT_ETAG ? `"fuzz-${running.store.current().sequence}"` : mutated.ifNoneMatch);
  set('content-type', mutated.contentType);
  set('content-encoding', mutated.body?.label);
  return { method: mutated.method, path: mutated.path, headers, body: mutated.body?.bytes };
}

/** A valid PUT whose body has a hostile key somewhere (kept verbatim, or refused with 400). */
const hostileKeyPut = fc.record({
  step: fc.nat(20),
  key: fc.constantFrom(...HOSTILE_KEYS),
  at: fc.nat(),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ polluted: true })),
});

// ---------------------------------------------------------------- the properties

const TARGETS: Target[] = [
  { name: 'a publish token and a small body limit', basePath: '', options: {}, readHeaders: {} },
  {
    name: 'a read token and a base path',
    basePath: '/ops',
    options: { readToken: READ_TOKEN, basePath: '/ops' },
    readHeaders: { authorization: `Bearer ${READ_TOKEN}` },
  },
];

function params<T>(): fc.Parameters<T> {
  return {
    seed: SEED,
    numRuns: NUM_RUNS,
    endOnFailure: true,
    // Shrinking replays requests; keep it short so a failure reports within the test's limit.
    interruptAfterTimeLimit: PROPERTY_TIMEOUT_MS - 10_000,
    reporter: (details) => {
      if (details.failed) {
        const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        const report = fc.defaultReportMessage(details) ?? '';
        throw new Error(
          `${cause.slice(0, 2000)}\n${report.slice(0, 3000)}\nreplay with FUZZ_SEED=${SEED} (seed ${details.seed}, path ${details.counterexamplePath ?? '-'})`,
        );
      }
    },
  };
}

for (const target of TARGETS) {
  describe(`the server under fuzzing, with ${target.name}`, () => {
    let running: Running;
    before(async () => {
      running = await start(target);
    });
    after(async () => {
      await running.server.close();
    });

    it('answers mutated snapshots, bodies and encodings on the publish route with documented statuses and JSON errors', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
      const put = fc.record({
        authorization: fc.oneof({ weight: 4, arbitrary: fc.constant<string | undefined>(`Bearer ${PUBLISH_TOKEN}`) }, { weight: 1, arbitrary: authorizationArb }),
        contentType: fc.oneof({ weight: 4, arbitrary: fc.constant<string | undefined>('application/json') }, { weight: 1, arbitrary: contentType }),
        body: fc.oneof(
          { weight: 3, arbitrary: bodyBytes.map((bytes) => ({ bytes, label: undefined as string | undefined })) },
          { weight: 2, arbitrary: encodedBody },
        ),
      });
      await fc.assert(
        fc.asyncProperty(put, async ({ authorization, contentType: type, body }) => {
          const headers: Record<string, string> = {};
          if (authorization !== undefined && sendableHeaderValue(authorization)) headers['authorization'] = authorization;
          if (type !== undefined && sendableHeaderValue(type)) headers['content-type'] = type;
          if (body.label !== undefined && sendableHeaderValue(body.label)) headers['content-encoding'] = body.label;
          await exchange(running, { method: 'PUT', path: `${target.basePath}/api/v1/snapshot`, headers, body: body.bytes });
        }),
        params(),
      );
    });

    it('answers arbitrary methods, paths and hostile headers with documented statuses, nosniff and JSON errors', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
      const paths = fc.oneof(knownPath(target.basePath), pathArb(target.basePath));
      await fc.assert(
        fc.asyncProperty(requestArb(running, paths), async (mutated) => {
          await exchange(running, toProbe(mutated, running));
        }),
        params(),
      );
    });

    it('keeps __proto__, constructor and other such keys verbatim when it accepts them', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
      await fc.assert(
        fc.asyncProperty(hostileKeyPut, async ({ step, key, at, value }) => {
          const snapshot = JSON.parse(JSON.stringify(fixtureSnapshot(step))) as Json;
          const objects = containers(snapshot).filter((item) => !Array.isArray(item.value));
          withKey(objects[at % objects.length]!.value as Json, key, value);
          const text = JSON.stringify(snapshot);
          const answer = await exchange(running, {
            method: 'PUT',
            path: `${target.basePath}/api/v1/snapshot`,
            headers: { authorization: `Bearer ${PUBLISH_TOKEN}`, 'content-type': 'application/json' },
            body: text,
          });
          assert.ok(answer.status === 200 || answer.status === 400, `a hostile key answered ${answer.status}`);
          if (answer.status !== 200) return;
          assert.ok(answer.body.toString('utf8').includes(`${JSON.stringify(key)}:${JSON.stringify(value)}`), `the ${key} key was dropped or changed`);
          assert.equal(Object.getPrototypeOf(running.store.current()), Object.prototype, 'no prototype was set');
        }),
        params(),
      );
    });

    it('answers raw request lines with unicode, control bytes and broken framing in JSON, never with a 5xx or silence', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
      const line = fc.record({
        method: fc.oneof(fc.constantFrom(...METHODS, 'CONNECT', 'GET GET', ''), fc.string({ maxLength: 8 })),
        path: fc.oneof(pathArb(target.basePath), fc.string({ unit: 'grapheme', maxLength: 40 }).map((text) => `/${text}`), fc.string({ unit: 'binary', maxLength: 40 })),
        version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1 ', ''),
        extra: fc.constantFrom('', 'Transfer-Encoding: chunked\r\n', 'Content-Length: -1\r\n', 'Content-Length: 5\r\nContent-Length: 6\r\n', 'X: \u0000\r\n', 'Bad Header\r\n'),
      });
      await fc.assert(
        fc.asyncProperty(line, async ({ method, path, version, extra }) => {
          const before = await currentSnapshot(running);
          const bytes = Buffer.from(`${method} ${path} ${version}\r\nHost: ${running.host}\r\n${extra}Connection: close\r\n\r\n`, 'utf8');
          let answer: ProbeAnswer;
          try {
            answer = await rawProbe(running.server.url, bytes);
          } catch (error) {
            // node closes a CONNECT without a handler; anything else must be answered.
            if (method === 'CONNECT' && /without an answer/.test(String(error))) return;
            throw error;
          }
          const wellFormed = /^[A-Z]+$/.test(method) && /^\/[\x21-\xff]*$/.test(path) && /^HTTP\/1\.[01]$/.test(version);
          checkAnswer(running, { method, path }, answer, !wellFormed || extra !== '');
          const after = await currentSnapshot(running);
          assert.equal(after.body, before.body, 'a raw request changed the snapshot');
        }),
        params(),
      );
    });

    it('reached every kind of answer it is meant to exercise (the run is not vacuous)', () => {
      const seen = [...running.seen.keys()];
      const expected = [
        '200 published',
        '200 ok',
        '304 ok',
        '400 invalid_json',
        '400 invalid_snapshot',
        '401 unauthorized',
        '403 host_not_allowed',
        '403 origin_not_allowed',
        '404 not_found',
        '405 method_not_allowed',
        '413 payload_too_large',
        '415 unsupported_media_type',
      ];
      const missing = expected.filter((answer) => !seen.includes(answer));
      assert.deepEqual(missing, [], `answers never seen; seen: ${JSON.stringify(Object.fromEntries(running.seen))}`);
    });
  });
}
