import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import { CHECKS } from '../src/conformance/checks.js';
import { checksTable, junitReport } from '../src/conformance/reporters.js';
import { runConformance, TargetUnreachableError, UnknownCheckError, type ConformanceReport } from '../src/conformance/runner.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot } from './fixtures/reference.js';
import { runCli, startServe, type ServeProcess } from './support/cli.js';
import { DEFECTS, LATE_FIRST_SNAPSHOT_MS, startMinimalServer, TOKEN, type Defect } from './support/minimal-server.js';
import { rawServer } from './support/raw-server.js';
import { listen, type TestServer } from './support/server.js';
import { ROOT } from './support/spec.js';

const FAST = { timeoutMs: 1_000, keepaliveMs: 1_000 };

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
  'accepts-publish-without-token': 'publish.requires-token',
};

const servers: Array<{ close(): Promise<unknown> }> = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

function failures(report: ConformanceReport): string[] {
  return report.results.filter((result) => result.status === 'fail').map((result) => `${result.id}: ${result.reason}`);
}

async function ours(basePath?: string): Promise<TestServer> {
  const store = new SnapshotStore(fixtureSnapshot(0));
  const server = await listen(createApp({ store, publishToken: TOKEN, keepaliveMs: 200, basePath }));
  servers.push(server);
  return server;
}

describe('the conformance suite against our server', () => {
  it('passes every check, publishing ones included', { timeout: 60_000 }, async () => {
    const server = await ours();
    const report = await runConformance({ baseUrl: server.url, publishToken: TOKEN, ...FAST });
    assert.deepEqual(failures(report), []);
    assert.equal(report.passed, true);
    assert.equal(report.summary.passed, CHECKS.length);
  });

  it('works under a base path, with or without a trailing slash', { timeout: 60_000 }, async () => {
    const server = await ours('/opensymphony');
    for (const baseUrl of [`${server.url}/opensymphony`, `${server.url}/opensymphony/`]) {
      const report = await runConformance({ baseUrl, publishToken: TOKEN, ...FAST });
      assert.deepEqual(failures(report), [], baseUrl);
    }
  });

  it('skips the publishing checks without a token, and honours --only and --skip', { timeout: 30_000 }, async () => {
    const server = await ours();
    const report = await runConformance({ baseUrl: server.url, ...FAST });
    const skipped = report.results.filter((result) => result.status === 'skip').map((result) => result.id);
    assert.deepEqual(skipped, CHECKS.filter((check) => check.publishes).map((check) => check.id));
    assert.equal(report.passed, true);
    const only = await runConformance({ baseUrl: server.url, only: ['health'], skip: ['health.consistent'], ...FAST });
    assert.deepEqual(only.results.filter((result) => result.status === 'pass').map((result) => result.id), ['health.status', 'health.schema']);
    await assert.rejects(runConformance({ baseUrl: server.url, only: ['nope.nothing'] }), UnknownCheckError);
  });

  it('tells an unreachable target apart from a failing one', async () => {
    const down = await rawServer(() => undefined);
    await down.close();
    await assert.rejects(runConformance({ baseUrl: down.url, ...FAST }), TargetUnreachableError);
  });
});

describe('the conformance suite against broken servers', () => {
  it('passes the minimal server when it has no defect, so each failure below is the defect’s', { timeout: 60_000 }, async () => {
    const server = await startMinimalServer();
    servers.push(server);
    const report = await runConformance({ baseUrl: server.url, publishToken: TOKEN, ...FAST });
    assert.deepEqual(failures(report), []);
  });

  for (const defect of DEFECTS) {
    it(`fails a server with the defect ${defect} on ${CAUGHT_BY[defect]}`, { timeout: 60_000 }, async () => {
      assert.ok(LATE_FIRST_SNAPSHOT_MS > FAST.timeoutMs);
      const server = await startMinimalServer(defect);
      servers.push(server);
      const report = await runConformance({ baseUrl: server.url, publishToken: TOKEN, ...FAST });
      const result = report.results.find((candidate) => candidate.id === CAUGHT_BY[defect]);
      assert.equal(result?.status, 'fail', `${defect} was not caught by ${CAUGHT_BY[defect]}: ${JSON.stringify(result)}`);
      assert.match(result.reason ?? '', /expected .+ saw /, 'the reason says what was expected and what was seen');
      assert.equal(report.passed, false);
    });
  }

  it('has a broken server for every defect it claims to catch', () => {
    assert.deepEqual(Object.keys(CAUGHT_BY).sort(), [...DEFECTS].sort());
  });
});

describe('the conformance command', () => {
  let server: ServeProcess | undefined;
  afterEach(async () => {
    await server?.stop('SIGKILL').catch(() => undefined);
    server = undefined;
  });

  it('certifies `serve` with the JSON reporter, plain and under a base path', { timeout: 90_000 }, async () => {
    for (const extra of [[], ['--base-path', '/opensymphony']]) {
      server = await startServe(['--publish-token', TOKEN, '--keepalive-ms', '200', ...extra]);
      const result = await runCli(['conformance', server.url, '--publish-token', TOKEN, '--keepalive-ms', '2000', '--reporter', 'json'], { ms: 60_000 });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      const report = JSON.parse(result.stdout) as ConformanceReport;
      assert.equal(report.passed, true);
      assert.equal(report.summary.failed, 0);
      assert.equal(report.summary.passed, CHECKS.length);
      await server.stop();
      server = undefined;
    }
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
      passed: false,
      summary: { passed: 0, failed: 1, skipped: 0, must_failed: 1, should_failed: 0 },
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
