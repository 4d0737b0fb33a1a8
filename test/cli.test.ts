import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { HealthResponseValidator, SnapshotEnvelopeValidator } from '../generated/validators/index.js';
import { ControlPlaneClient } from '../src/client.js';
import { isLoopback } from '../src/cli/serve.js';
import { fixtureSnapshot } from './fixtures/reference.js';
import { runCli, startServe, type ServeProcess } from './support/cli.js';
import { withDeadline } from './support/deadline.js';
import { rawServer } from './support/raw-server.js';
import { SseReader } from './support/sse-reader.js';

const TOKEN = 'cli-test-token';
const dir = mkdtempSync(join(tmpdir(), 'opensymphony-cli-'));
const files = {
  valid: join(dir, 'valid.json'),
  invalid: join(dir, 'invalid.json'),
  notJson: join(dir, 'not-json.json'),
};
writeFileSync(files.valid, JSON.stringify(fixtureSnapshot(1)));
writeFileSync(files.invalid, JSON.stringify({ ...fixtureSnapshot(1), daemon: { ...fixtureSnapshot(1).daemon, state: 'asleep' }, generated_at: 'noon' }));
writeFileSync(files.notJson, '{"generated_at": ');

const servers: ServeProcess[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop('SIGKILL').catch(() => undefined);
});

async function serve(args: string[] = [], env: Record<string, string> = {}): Promise<ServeProcess> {
  const server = await startServe(args, env);
  servers.push(server);
  return server;
}

describe('opensymphony-control usage', () => {
  it('prints help for the program and for every command, exit 0', async () => {
    for (const args of [['--help'], ['serve', '--help'], ['publish', '--help'], ['watch', '-h']]) {
      const result = await runCli(args);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /^Usage: opensymphony-control/);
    }
  });

  it('exits 2 with a clear message on bad usage', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /Usage/],
      [['launch'], /unknown command "launch"/],
      [['serve', '--nope'], /unknown option --nope\n/],
      [['publish', '--nope'], /unknown option --nope \(an argument that starts with "-" goes after "--": -- --nope\)/],
      [['serve', '--port', '70000'], /--port must be a whole number from 0 to 65535/],
      [['serve', '--base-path', 'x'], /--base-path must start with \//],
      [['serve', '--trusted-proxy', '10.0.0.0/33'], /--trusted-proxy: "10.0.0.0\/33" has a prefix length outside 0–32/],
      [['serve', '--trusted-proxy', 'proxy.internal'], /--trusted-proxy: "proxy.internal" is not an IP address/],
      [['serve', 'extra'], /unexpected argument: extra/],
      [['serve', '--redis-ca', files.valid], /--redis-ca needs --redis URL/],
      [['serve', '--redis', 'rediss://127.0.0.1:1', '--redis-ca', '/nonexistent/ca.pem'], /--redis-ca \/nonexistent\/ca.pem: cannot read it \(ENOENT\)/],
      [['serve', '--redis', 'redis://127.0.0.1:1', '--redis-ca', files.valid], /a TLS ca is only for a rediss:\/\/ URL/],
      [['serve', '--redis', 'rediss://127.0.0.1:1', '--redis-cert', files.valid], /a client certificate and its key go together/],
      [['publish', files.valid], /a publish token is required/],
      [['publish', 'a', 'b', '--token', 't'], /unexpected argument: b/],
      [['publish', files.valid, '--token', 't', '--url', 'notaurl'], /publish: --url: "notaurl" is not a URL/],
      [['publish', files.valid, '--token', 't', '--url', 'localhost:2468'], /--url: "localhost:2468" is not an http:\/\/ or https:\/\/ URL \(did you mean http:\/\/localhost:2468\?\)/],
      [['publish', files.valid, '--token', 't', '--url', 'http://127.0.0.1:1'], /publish: the port of http:\/\/127\.0\.0\.1:1 is one fetch never connects to/],
      [['conformance', 'ftp://127.0.0.1/'], /conformance: "ftp:\/\/127\.0\.0\.1\/" is not an http:\/\/ or https:\/\/ URL/],
      [['conformance', 'http://127.0.0.1:1'], /conformance: the port of http:\/\/127\.0\.0\.1:1 is one fetch never connects to/],
      [['watch', '--once', 'a', 'b'], /unexpected argument/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(`${result.stdout}${result.stderr}`, message, args.join(' '));
    }
  });

  it('takes the Redis settings from their environment variables when their flags are not given, and names the variable that is wrong', async () => {
    const cases: Array<[string[], Record<string, string>, RegExp]> = [
      [['serve'], { OPENSYMPHONY_REDIS_PREFIX: 'team-a' }, /\$OPENSYMPHONY_REDIS_PREFIX needs --redis URL/],
      [['serve'], { OPENSYMPHONY_TRUSTED_PROXIES: '10.0.0.1, 10.0.0.0/33' }, /serve: \$OPENSYMPHONY_TRUSTED_PROXIES: "10.0.0.0\/33" has a prefix length/],
      [['serve', '--redis', 'rediss://127.0.0.1:1'], { OPENSYMPHONY_REDIS_CA: '/nonexistent/ca.pem' }, /\$OPENSYMPHONY_REDIS_CA \/nonexistent\/ca.pem: cannot read it \(ENOENT\)/],
      [['serve'], { OPENSYMPHONY_REDIS_URL: 'redis://127.0.0.1:1', OPENSYMPHONY_REDIS_CA: files.valid }, /a TLS ca is only for a rediss:\/\/ URL/],
      [['serve', '--redis', 'rediss://127.0.0.1:1'], { OPENSYMPHONY_REDIS_KEY: files.valid }, /a client certificate and its key go together/],
      // The flag wins over the variable.
      [['serve', '--redis', 'rediss://127.0.0.1:1', '--redis-ca', '/nonexistent/flag.pem'], { OPENSYMPHONY_REDIS_CA: files.valid }, /--redis-ca \/nonexistent\/flag.pem: cannot read it/],
    ];
    for (const [args, env, message] of cases) {
      const result = await runCli(args, { env });
      assert.equal(result.code, 2, `${JSON.stringify(env)} ${args.join(' ')}: ${result.stderr}`);
      assert.match(`${result.stdout}${result.stderr}`, message, JSON.stringify(env));
    }
  });

  it('treats only loopback addresses as private', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1']) assert.equal(isLoopback(host), true, host);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.org']) assert.equal(isLoopback(host), false, host);
  });
});

describe('serve', () => {
  it('runs the demo: a valid snapshot, then events with increasing ids, logging each client', { timeout: 30_000 }, async () => {
    const server = await serve(['--demo', '--seed', '7', '--demo-interval-ms', '50']);
    const client = new ControlPlaneClient(server.url);
    const health = await withDeadline(client.health(), 5000, 'health');
    assert.ok(HealthResponseValidator.is(health));
    const reader = await SseReader.open(`${server.url}/api/v1/events`);
    try {
      await reader.until(() => reader.events.length >= 4, 10_000, 'four demo events');
      const ids = reader.ids();
      for (let index = 1; index < ids.length; index += 1) assert.ok(ids[index]! > ids[index - 1]!);
      for (const event of reader.events) assert.ok(SnapshotEnvelopeValidator.is(JSON.parse(event.data)));
      const snapshot = JSON.parse(reader.events.at(-1)!.data).snapshot;
      assert.ok(snapshot.issues.length >= 5, 'the demo shows several issues');
    } finally {
      reader.close();
    }
    await server.waitForLog((line) => line['event'] === 'client_attached', 'the attach log');
    await server.waitForLog((line) => line['event'] === 'client_detached', 'the detach log');
  });

  it('stops within 2 s on SIGTERM and on SIGINT, even with open event streams', { timeout: 30_000 }, async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const server = await serve(['--demo', '--demo-interval-ms', '50']);
      const readers = await Promise.all([1, 2, 3].map(() => SseReader.open(`${server.url}/api/v1/events`)));
      for (const reader of readers) await reader.until(() => reader.events.length >= 1, 5000, 'the first event');
      const { code, ms } = await server.stop(signal);
      assert.equal(code, 0, `exit code after ${signal}`);
      assert.ok(ms < 2000, `took ${ms} ms to stop on ${signal}`);
      for (const reader of readers) await reader.waitForEnd(2000);
      assert.ok(server.logs.some((line) => line['event'] === 'stopped'));
    }
  });

  it('serves under --base-path, and from an --initial file', { timeout: 20_000 }, async () => {
    const server = await serve(['--base-path', '/opensymphony', '--initial', files.valid]);
    assert.match(server.url, /\/opensymphony$/);
    const envelope = await withDeadline(new ControlPlaneClient(server.url).fetchSnapshot(), 5000, 'snapshot');
    assert.equal(envelope.snapshot.recent_events[0]?.summary, 'published step 1');
    const dashboard = await withDeadline(fetch(`${server.url}/`), 5000, 'dashboard');
    assert.equal(dashboard.status, 200);
    assert.match(await dashboard.text(), /<meta name="opensymphony-base" content="\/opensymphony\/">/);
  });

  it('refuses an --initial file that is not a snapshot, and a port in use', { timeout: 20_000 }, async () => {
    const invalid = await runCli(['serve', '--port', '0', '--initial', files.invalid]);
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /\/daemon\/state/);
    const first = await serve();
    const port = new URL(first.url).port;
    const busy = await runCli(['serve', '--port', port]);
    assert.equal(busy.code, 1);
    assert.match(busy.stdout, /listen_failed/);
  });
});

describe('publish', () => {
  it('validates locally, publishes, and prints the new sequence (from a file and from stdin)', { timeout: 30_000 }, async () => {
    const server = await serve(['--publish-token', TOKEN]);
    const fromFile = await runCli(['publish', files.valid, '--url', server.url, '--token', TOKEN]);
    assert.equal(fromFile.code, 0, fromFile.stderr);
    assert.match(fromFile.stdout, /^published sequence 2 \(epoch [0-9a-f-]+\)\n$/);
    const fromStdin = await runCli(['publish', '-', '--url', server.url], { input: JSON.stringify(fixtureSnapshot(2)), env: { OPENSYMPHONY_PUBLISH_TOKEN: TOKEN } });
    assert.equal(fromStdin.code, 0, fromStdin.stderr);
    assert.match(fromStdin.stdout, /published sequence 3/);
  });

  it('prints each validation error with its path and sends nothing', { timeout: 30_000 }, async () => {
    const server = await serve(['--publish-token', TOKEN]);
    const result = await runCli(['publish', files.invalid, '--url', server.url, '--token', TOKEN]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /\/daemon\/state: must be equal to one of the allowed values/);
    assert.match(result.stderr, /\/generated_at: must match format "date-time"/);
    const envelope = await withDeadline(new ControlPlaneClient(server.url).fetchSnapshot(), 5000, 'snapshot');
    assert.equal(envelope.sequence, 1);
  });

  it('fails clearly on a file that is not JSON or does not exist, a wrong token, and a server that is down', { timeout: 30_000 }, async () => {
    const server = await serve(['--publish-token', TOKEN]);
    const notJson = await runCli(['publish', files.notJson, '--url', server.url, '--token', TOKEN]);
    assert.equal(notJson.code, 1);
    assert.match(notJson.stderr, /is not JSON/);
    const missing = await runCli(['publish', join(dir, 'nope.json'), '--url', server.url, '--token', TOKEN]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read .*ENOENT/);
    const wrong = await runCli(['publish', files.valid, '--url', server.url, '--token', 'wrong']);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /HTTP 401 unauthorized/);
    await server.waitForLog((line) => line['event'] === 'publish_rejected' && line['code'] === 'unauthorized', 'the rejection log');
    const down = await rawServer(() => undefined);
    await down.close();
    const unreachable = await runCli(['publish', files.valid, '--url', down.url, '--token', TOKEN]);
    assert.equal(unreachable.code, 1);
    assert.match(unreachable.stderr, /control-plane HTTP request failed/);
  });
});
