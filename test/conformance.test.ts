import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import { CHECKS, pointerResolves } from '../src/conformance/checks.js';
import { checksTable, humanSummary, junitReport } from '../src/conformance/reporters.js';
import { runConformance, TargetUnreachableError, UnknownCheckError, type ConformanceReport } from '../src/conformance/runner.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot } from './fixtures/reference.js';
import { runCli, startServe, type RunResult, type ServeProcess } from './support/cli.js';
import {
  DEFECTS,
  LATE_FIRST_SNAPSHOT_MS,
  MINIMAL_BODY_LIMIT_BYTES,
  MINIMAL_STREAMS_PER_CLIENT,
  READ_TOKEN,
  READ_TOKEN_DEFECTS,
  startMinimalServer,
  TOKEN,
  type Defect,
} from './support/minimal-server.js';
import { rawServer } from './support/raw-server.js';
import { listen, type TestServer } from './support/server.js';
import { ROOT } from './support/spec.js';

const FAST = { timeoutMs: 1_000, keepaliveMs: 1_000 };
/**
 * For a server expected to pass: the timeout only bounds how long a failure takes to show, and a
 * request that takes over a second while the other test files load both cores is slow, not wrong.
 */
const PASSING = { ...FAST, timeoutMs: 4_000 };
/** Our server's keepalive in these tests: well inside FAST.keepaliveMs. */
const OUR_KEEPALIVE_MS = 200;
/** The minimal server's limits, for the checks that probe them. */
const MINIMAL = { ...FAST, bodyLimitBytes: MINIMAL_BODY_LIMIT_BYTES, maxStreams: MINIMAL_STREAMS_PER_CLIENT + 2 };
/**
 * The minimal server where every check but a defect's must pass: a request that takes over a
 * second under load is slow, not wrong (a PUT of `publish.slow-reader`'s 200 once took longer in
 * CI, with the other test files on both cores).
 */
const MINIMAL_PASSING = { ...MINIMAL, timeoutMs: PASSING.timeoutMs };

/** Checks our server may fail for a defect still being fixed; empty: every check must pass. */
const PENDING_SERVER_FIXES: readonly string[] = [];

/** Defects added with the checks for #11.7 and #12: each must fail its check and no other. */
const NEW_DEFECTS: ReadonlySet<Defect> = new Set([
  'goes-silent',
  'invalid-json-not-enveloped',
  'accepts-any-media-type',
  'no-body-limit',
  'no-nosniff',
  'no-retry-after',
  'tsoa-pointers',
  'reads-without-read-token',
  'no-www-authenticate',
  'health-needs-read-token',
  'accepts-lone-surrogate',
]);

/** Which check must catch each defect. */
const CAUGHT_BY: Record<Defect, string> = {
  'wrong-event-name': 'events.first-snapshot',
  'missing-id': 'events.first-id',
  'id-not-sequence': 'events.first-id',
  'sequence-regresses': 'publish.burst-ordered',
  'no-initial-snapshot': 'events.first-snapshot',
  'late-first-snapshot': 'events.first-snapshot',
  'camel-case-fields': 'snapshot.field-case',
  'missing-required-field': 'snapshot.schema',
  'wrong-content-type': 'events.status',
  'no-keepalive': 'events.keepalive',
  'accepts-invalid-publish': 'publish.rejects-invalid',
  'accepts-lone-surrogate': 'publish.rejects-lone-surrogate',
  'accepts-publish-without-token': 'publish.requires-token',
  'goes-silent': 'events.keepalive',
  'invalid-json-not-enveloped': 'errors.invalid-json',
  'accepts-any-media-type': 'errors.unsupported-media-type',
  'no-body-limit': 'errors.payload-too-large',
  'no-nosniff': 'errors.nosniff',
  'no-retry-after': 'events.cap-retry-after',
  'tsoa-pointers': 'publish.error-pointers',
  'reads-without-read-token': 'read.requires-token',
  'no-www-authenticate': 'read.requires-token',
  'health-needs-read-token': 'read.health-open',
};

const servers: Array<{ close(): Promise<unknown> }> = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

function failures(report: ConformanceReport, pending: readonly string[] = []): string[] {
  return report.results.filter((result) => result.status === 'fail' && !pending.includes(result.id)).map((result) => `${result.id}: ${result.reason}`);
}

function statusOf(report: ConformanceReport, id: string): string | undefined {
  return report.results.find((result) => result.id === id)?.status;
}

async function ours(options: { basePath?: string; readToken?: string; store?: SnapshotStore } = {}): Promise<TestServer> {
  const store = options.store ?? new SnapshotStore(fixtureSnapshot(0));
  const server = await listen(createApp({ store, publishToken: TOKEN, keepaliveMs: OUR_KEEPALIVE_MS, basePath: options.basePath, readToken: options.readToken }));
  servers.push(server);
  return server;
}

describe('the conformance suite against our server', () => {
  it('passes every check that applies, publishing ones included', { timeout: 60_000 }, async () => {
    const server = await ours();
    const report = await runConformance({ baseUrl: server.url, publishToken: TOKEN, ...PASSING });
    assert.deepEqual(failures(report, PENDING_SERVER_FIXES), []);
    const skipped = report.results.filter((result) => result.status === 'skip').map((result) => result.id);
    assert.deepEqual(skipped, CHECKS.filter((check) => check.needs === 'read-token').map((check) => check.id), 'only the read-token checks do not apply');
    assert.equal(statusOf(report, 'events.cap-retry-after'), 'pass', 'the per-client cap (64) is reached within 80 streams');
    if (failures(report).length === 0) assert.equal(report.verdict, 'conforms');
  });

  it('passes the read-token checks against a server with a read token, sending the token on every read', { timeout: 60_000 }, async () => {
    const server = await ours({ readToken: 'reader' });
    const report = await runConformance({ baseUrl: server.url, readToken: 'reader', readOnly: true, ...PASSING });
    assert.deepEqual(failures(report), []);
    assert.equal(statusOf(report, 'read.requires-token'), 'pass');
    assert.equal(statusOf(report, 'read.health-open'), 'pass');
    assert.equal(report.verdict, 'conforms_read_only');
    const withoutToken = await runConformance({ baseUrl: server.url, only: ['snapshot.status'], ...FAST });
    assert.match(withoutToken.results.find((result) => result.id === 'snapshot.status')?.reason ?? '', /expected GET \/api\/v1\/snapshot to answer 200, saw 401/);
  });

  it('works under a base path, with or without a trailing slash', { timeout: 60_000 }, async () => {
    const server = await ours({ basePath: '/opensymphony' });
    for (const baseUrl of [`${server.url}/opensymphony`, `${server.url}/opensymphony/`]) {
      const report = await runConformance({ baseUrl, publishToken: TOKEN, ...PASSING });
      assert.deepEqual(failures(report, PENDING_SERVER_FIXES), [], baseUrl);
    }
  });

  it('passes the keepalive check on a busy stream that never needs a comment, and on a quiet one', { timeout: 30_000 }, async () => {
    const store = new SnapshotStore(fixtureSnapshot(0));
    // A keepalive far longer than the window: only the events fill the silences.
    const busy = await listen(createApp({ store, keepaliveMs: 60_000 }));
    servers.push(busy);
    let step = 0;
    const publisher = setInterval(() => store.publish(fixtureSnapshot((step += 1))), 100);
    try {
      const report = await runConformance({ baseUrl: busy.url, only: ['events.keepalive'], ...PASSING });
      assert.equal(statusOf(report, 'events.keepalive'), 'pass', JSON.stringify(report.results));
    } finally {
      clearInterval(publisher);
    }
    const quiet = await ours();
    const report = await runConformance({ baseUrl: quiet.url, only: ['events.keepalive'], ...PASSING });
    assert.equal(statusOf(report, 'events.keepalive'), 'pass', JSON.stringify(report.results));
  });

  it('fails the keepalive check when the keepalive is longer than the interval it is held to', { timeout: 30_000 }, async () => {
    const store = new SnapshotStore(fixtureSnapshot(0));
    const slow = await listen(createApp({ store, keepaliveMs: 2 * FAST.keepaliveMs }));
    servers.push(slow);
    const report = await runConformance({ baseUrl: slow.url, only: ['events.keepalive'], ...FAST });
    const result = report.results.find((candidate) => candidate.id === 'events.keepalive');
    assert.equal(result?.status, 'fail');
    assert.match(result.reason ?? '', /expected no silence longer than the 1000 ms keepalive interval \(250 ms tolerance\) over \d+ ms, saw \d+ ms without a byte \(1 events, 0 comments\)/);
  });

  it('says INCOMPLETE and names every MUST check that did not run, unless asked for read-only', { timeout: 30_000 }, async () => {
    const server = await ours();
    const report = await runConformance({ baseUrl: server.url, ...PASSING });
    const publishing = CHECKS.filter((check) => check.needs === 'publish-token');
    assert.deepEqual(failures(report), []);
    assert.equal(report.verdict, 'incomplete');
    assert.equal(report.passed, false);
    assert.deepEqual(
      report.must_not_run.filter((skip) => !skip.excused).map((skip) => skip.id),
      publishing.filter((check) => check.level === 'MUST').map((check) => check.id),
    );
    assert.ok(report.must_not_run.every((skip) => skip.excused || skip.reason === 'needs --publish-token'));
    const summary = humanSummary(report);
    assert.match(summary, /: INCOMPLETE \(\d+ MUST-level checks did not run\)\n/);
    assert.match(summary, /\n {2}not run: errors\.invalid-json — needs --publish-token \(counts against the verdict\)\n/);
    assert.match(summary, /\n {2}not run: read\.health-open — applies to a target with a read token: pass --read-token when it has one\n/);

    const readOnly = await runConformance({ baseUrl: server.url, readOnly: true, ...PASSING });
    assert.equal(readOnly.verdict, 'conforms_read_only');
    assert.equal(readOnly.passed, true);
    assert.match(humanSummary(readOnly), /: CONFORMS \(read-only\)/);
    assert.ok(readOnly.must_not_run.every((skip) => skip.excused));

    const junit = junitReport(report);
    assert.match(junit, /<property name="verdict" value="INCOMPLETE \(\d+ MUST-level checks did not run\)"\/>/);
    assert.match(junit, /name="errors.invalid-json: [^"]*" time="[\d.]+">\s*<skipped message="needs --publish-token"\/>/);
  });

  it('honours --only and --skip, and counts what they leave out against the verdict', { timeout: 30_000 }, async () => {
    const server = await ours();
    const only = await runConformance({ baseUrl: server.url, only: ['health'], skip: ['health.consistent'], ...PASSING });
    assert.deepEqual(only.results.filter((result) => result.status === 'pass').map((result) => result.id), ['health.status', 'health.schema']);
    assert.equal(only.verdict, 'incomplete');
    assert.equal(only.must_not_run.find((skip) => skip.id === 'health.consistent')?.reason, 'skipped by --skip');
    await assert.rejects(runConformance({ baseUrl: server.url, only: ['nope.nothing'] }), UnknownCheckError);
  });

  it('reports the stream-cap check as not applicable when no cap is reached within the bound', { timeout: 30_000 }, async () => {
    const server = await ours();
    const report = await runConformance({ baseUrl: server.url, only: ['events.cap-retry-after'], maxStreams: 5, ...PASSING });
    const result = report.results.find((candidate) => candidate.id === 'events.cap-retry-after');
    assert.equal(result?.status, 'skip');
    assert.equal(result.excused, true);
    assert.match(result.reason ?? '', /^not applicable: no cap reached with 5 streams open from one client/);
  });

  it('tells an unreachable target apart from a failing one', async () => {
    const down = await rawServer(() => undefined);
    await down.close();
    await assert.rejects(runConformance({ baseUrl: down.url, ...FAST }), TargetUnreachableError);
  });
});

describe('JSON Pointers in error details', () => {
  it('resolve only where the document has a value, with ~0 and ~1 unescaped', () => {
    const document = { a: [{ 'b/c': 1, 'd~e': 2 }], '': 3 };
    for (const pointer of ['', '/a', '/a/0', '/a/0/b~1c', '/a/0/d~0e', '/']) assert.equal(pointerResolves(document, pointer), true, pointer);
    for (const pointer of ['a', '/a/1', '/a/01', '/a/-', '/$0/b~1c', '/a/0/b/c', '/a/0/d~e', '/a/0/d~2e']) assert.equal(pointerResolves(document, pointer), false, pointer);
  });
});

describe('the conformance suite against broken servers', () => {
  it('passes the minimal server when it has no defect, so each failure below is the defect’s', { timeout: 60_000 }, async () => {
    const server = await startMinimalServer(undefined, { readToken: READ_TOKEN });
    servers.push(server);
    const report = await runConformance({ baseUrl: server.url, publishToken: TOKEN, readToken: READ_TOKEN, ...MINIMAL_PASSING });
    assert.deepEqual(failures(report), []);
    assert.equal(report.verdict, 'conforms');
    assert.deepEqual(report.must_not_run, []);
  });

  for (const defect of DEFECTS) {
    it(`fails a server with the defect ${defect} on ${CAUGHT_BY[defect]}, and on nothing else`, { timeout: 60_000 }, async () => {
      assert.ok(LATE_FIRST_SNAPSHOT_MS > FAST.timeoutMs);
      const readToken = READ_TOKEN_DEFECTS.has(defect) ? READ_TOKEN : undefined;
      const server = await startMinimalServer(defect, readToken === undefined ? {} : { readToken });
      servers.push(server);
      // A defect added with #11.7 and #12 must fail its check and no other: the others get a slow answer's time.
      const report = await runConformance({ baseUrl: server.url, publishToken: TOKEN, readToken, ...(NEW_DEFECTS.has(defect) ? MINIMAL_PASSING : MINIMAL) });
      const result = report.results.find((candidate) => candidate.id === CAUGHT_BY[defect]);
      assert.equal(result?.status, 'fail', `${defect} was not caught by ${CAUGHT_BY[defect]}: ${JSON.stringify(result)}`);
      assert.match(result.reason ?? '', /expected .+ saw /, 'the reason says what was expected and what was seen');
      if (NEW_DEFECTS.has(defect)) assert.deepEqual(failures(report), [`${result.id}: ${result.reason}`], 'the defect fails exactly its check');
      // A SHOULD-level failure is a warning: the verdict stays CONFORMS.
      assert.equal(report.verdict, result.level === 'MUST' ? 'does_not_conform' : 'conforms');
      assert.equal(report.passed, result.level !== 'MUST');
    });
  }

  it('has a broken server for every defect it claims to catch', () => {
    assert.deepEqual(Object.keys(CAUGHT_BY).sort(), [...DEFECTS].sort());
  });
});

/** Exit 0 and CONFORMS; or, while a server fix is pending, exit 1 failing on those checks only. */
function assertConforms(result: RunResult): void {
  const failed = [...result.stdout.matchAll(/^FAIL {2}\S+ +(\S+)/gm)].map((match) => match[1] ?? '');
  if (failed.length > 0 && failed.every((id) => PENDING_SERVER_FIXES.includes(id))) {
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /: DOES NOT CONFORM/);
    return;
  }
  assert.deepEqual(failed, [], result.stdout);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /: CONFORMS\n/);
}

describe('the conformance command', () => {
  let server: ServeProcess | undefined;
  afterEach(async () => {
    await server?.stop('SIGKILL').catch(() => undefined);
    server = undefined;
  });

  it('certifies `serve` with the JSON reporter under a base path', { timeout: 90_000 }, async () => {
    server = await startServe(['--publish-token', TOKEN, '--keepalive-ms', '200', '--base-path', '/opensymphony']);
    const result = await runCli(['conformance', server.url, '--publish-token', TOKEN, '--keepalive-ms', '1000', '--reporter', 'json'], { ms: 60_000 });
    const report = JSON.parse(result.stdout) as ConformanceReport;
    assert.deepEqual(failures(report, PENDING_SERVER_FIXES), [], result.stderr);
    assert.equal(result.code, report.verdict === 'conforms' ? 0 : 1);
    assert.ok(report.verdict === 'conforms' || failures(report).length > 0);
  });

  it('certifies `serve --demo`: CONFORMS with a publish token, INCOMPLETE without, CONFORMS (read-only) when asked', { timeout: 120_000 }, async () => {
    // The demo publishes every second; a short keepalive keeps the keepalive check's window short.
    server = await startServe(['--demo', '--publish-token', TOKEN, '--keepalive-ms', '300']);
    const fast = ['--keepalive-ms', '300', '--timeout-ms', '2000'];

    const full = await runCli(['conformance', server.url, '--publish-token', TOKEN, ...fast], { ms: 90_000 });
    assertConforms(full);

    const incomplete = await runCli(['conformance', server.url, ...fast], { ms: 60_000 });
    assert.equal(incomplete.code, 3, incomplete.stdout + incomplete.stderr);
    assert.match(incomplete.stdout, /: INCOMPLETE \(\d+ MUST-level checks did not run\)\n/);
    for (const check of CHECKS.filter((candidate) => candidate.level === 'MUST' && candidate.needs === 'publish-token')) {
      assert.ok(incomplete.stdout.includes(`not run: ${check.id} — needs --publish-token (counts against the verdict)`), check.id);
    }
    assert.doesNotMatch(incomplete.stdout, /^FAIL/m);

    const readOnly = await runCli(['conformance', server.url, '--read-only', ...fast], { ms: 60_000 });
    assert.equal(readOnly.code, 0, readOnly.stdout + readOnly.stderr);
    assert.match(readOnly.stdout, /: CONFORMS \(read-only\)\n/);
  });

  it('exits 1 on a failing target with a readable reason, and 2 when unreachable or misused', { timeout: 60_000 }, async () => {
    const broken = await startMinimalServer('camel-case-fields');
    servers.push(broken);
    const human = await runCli(['conformance', broken.url, '--only', 'snapshot', '--timeout-ms', '1000']);
    assert.equal(human.code, 1);
    assert.match(human.stdout, /FAIL {2}MUST {3}snapshot\.field-case/);
    assert.match(human.stdout, /expected snake_case field names, saw \/publishedAt/);
    assert.match(human.stdout, /DOES NOT CONFORM/);
    const junit = await runCli(['conformance', broken.url, '--only', 'snapshot', '--reporter', 'junit']);
    assert.equal(junit.code, 1);
    assert.match(junit.stdout, /<testcase classname="conformance.MUST" name="snapshot.field-case: [^"]*" time="[\d.]+">\s*<failure message="expected snake_case/);
    const down = await rawServer(() => undefined);
    await down.close();
    assert.equal((await runCli(['conformance', down.url])).code, 2);
    assert.equal((await runCli(['conformance'])).code, 2);
    assert.equal((await runCli(['conformance', broken.url, '--reporter', 'xml'])).code, 2);
    assert.equal((await runCli(['conformance', broken.url, '--only', 'bogus'])).code, 2);
  });

  it('escapes reasons in JUnit XML', () => {
    const xml = junitReport({
      target: 'http://x/<a>',
      started_at: '2026-01-01T00:00:00.000Z',
      duration_ms: 1,
      verdict: 'does_not_conform',
      passed: false,
      summary: { passed: 0, failed: 1, skipped: 0, must_failed: 1, should_failed: 0, must_not_run: 0 },
      must_not_run: [],
      results: [{ id: 'a.b', level: 'MUST', title: 't', status: 'fail', reason: 'saw "<&>"', duration_ms: 1 }],
    });
    assert.match(xml, /message="saw &quot;&lt;&amp;&gt;&quot;"/);
  });
});

describe('the README', () => {
  it('lists every check, generated from the check list (run `npm run docs` after changing checks)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = /<!-- conformance-checks:start -->\n([\s\S]*?)\n<!-- conformance-checks:end -->/.exec(readme)?.[1];
    assert.equal(section, checksTable());
  });
});
