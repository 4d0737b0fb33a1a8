/**
 * `serve --redis` against a Redis that wants what a managed one does: TLS (`rediss://`, a
 * certificate from a private CA, given to node by NODE_EXTRA_CA_CERTS or `--redis-ca`) and a
 * password, for the default user (`--requirepass`) or an ACL user; and a Redis that asks every
 * client for a certificate (`tls-auth-clients yes`, redis-server's default), given by
 * `--redis-cert` and `--redis-key`. `redis-server` and the certificates are made here (openssl),
 * on free ports of 127.0.0.1; replicas are `serve` processes (run `npm run build` first: the bin
 * runs dist/).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { SnapshotEnvelope } from '../generated/api-types.js';
import { fixtureSnapshot } from './fixtures/reference.js';
import { runCli, startServe, type RunResult, type ServeProcess } from './support/cli.js';
import { withDeadline } from './support/deadline.js';
import { redisServerAvailable, startRedis, type RedisProcess, type RedisTls } from './support/redis-server.js';
import { run } from './support/run.js';
import { SseReader } from './support/sse-reader.js';

const TOKEN = 'redis-security-token';
const REQUEST_MS = 5_000;
/** What `serve` waits for Redis at start-up (REDIS_STARTUP_TIMEOUT_MS), and room to exit after. */
const FAILED_START_MS = 25_000;
const DEFAULT_PASSWORD = 'default-user-secret';
const ACL_USER = 'opensymphony';
const ACL_PASSWORD = 'acl-user-secret';

const available = redisServerAvailable() && spawnSync('openssl', ['version']).status === 0;
const skip = !available && !process.env['CI'] ? 'redis-server or openssl is not installed (scripts/setup.sh installs both); these tests run in CI' : false;

const work = mkdtempSync(join(tmpdir(), 'opensymphony-redis-tls-'));
let redis: RedisProcess | undefined;
/** A Redis that takes only clients with a certificate its CA signed. */
let certifiedOnly: RedisProcess | undefined;
let tls: RedisTls | undefined;
const processes: ServeProcess[] = [];
const readers: SseReader[] = [];

/** A CA, and a certificate it signs for 127.0.0.1 (the address the replicas dial). */
async function certificates(): Promise<RedisTls> {
  const file = (name: string) => join(work, name);
  const openssl = async (args: string[]) => {
    const made = await run('openssl', args, { cwd: work, ms: 30_000 });
    assert.equal(made.code, 0, made.stderr);
  };
  await openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('ca.key'), '-out', file('ca.pem'), '-days', '2', '-subj', '/CN=opensymphony test CA']);
  await openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=127.0.0.1']);
  writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  await openssl(['x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-CAcreateserial', '-out', file('server.pem'), '-days', '2', '-extfile', file('server.ext')]);
  // A client certificate from the same CA, for the replicas of the Redis that asks for one.
  await openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('client.key'), '-out', file('client.csr'), '-subj', '/CN=opensymphony replica']);
  await openssl(['x509', '-req', '-in', file('client.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-CAcreateserial', '-out', file('client.pem'), '-days', '2']);
  return { certFile: file('server.pem'), keyFile: file('server.key'), caFile: file('ca.pem') };
}

const clientCertificate = () => ({ cert: join(work, 'client.pem'), key: join(work, 'client.key') });

before(async () => {
  if (!available) return;
  tls = await certificates();
  redis = await startRedis({
    tls,
    args: ['--requirepass', DEFAULT_PASSWORD, '--user', ACL_USER, 'on', `>${ACL_PASSWORD}`, '~*', '&*', '+@all'],
  });
  certifiedOnly = await startRedis({ tls, args: ['--tls-auth-clients', 'yes'] });
});

after(async () => {
  for (const reader of readers) reader.close();
  await Promise.allSettled(processes.map((replica) => replica.stop('SIGKILL')));
  await redis?.dispose();
  await certifiedOnly?.dispose();
  rmSync(work, { recursive: true, force: true });
});

/** The server's `rediss://` URL with `user:password@` in it. */
function redisUrl(user: string, password: string): string {
  assert.ok(redis, 'redis-server is not running');
  const url = new URL(redis.url);
  url.username = user;
  url.password = password;
  return url.toString();
}

function trustingTheCa(): Record<string, string> {
  assert.ok(tls);
  return { NODE_EXTRA_CA_CERTS: tls.caFile };
}

async function replica(url: string, prefix: string): Promise<ServeProcess> {
  const started = await startServe(['--redis', url, '--redis-prefix', prefix, '--publish-token', TOKEN], trustingTheCa());
  processes.push(started);
  return started;
}

/**
 * Asserts that `serve` failed to start (exit 1) and that its final error, not only the warnings
 * before it, says `why`; returns everything it printed.
 */
function assertFailedStart(result: RunResult, why: RegExp): string {
  const output = result.stdout + result.stderr;
  assert.equal(result.code, 1, output);
  const failure = output.split('\n').find((line) => line.includes('"store_failed"'));
  assert.match(failure ?? '', why, output);
  return output;
}

/** Publishes the fixture's step 1 through a replica with the publish token; returns the envelope, once answered 200. */
async function publishThrough(url: string): Promise<SnapshotEnvelope> {
  const response = await withDeadline(
    fetch(`${url}/api/v1/snapshot`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(fixtureSnapshot(1)),
      signal: AbortSignal.timeout(REQUEST_MS),
    }),
    REQUEST_MS,
    'the PUT',
  );
  const published = (await withDeadline(response.json(), REQUEST_MS, 'the PUT body')) as SnapshotEnvelope;
  assert.equal(response.status, 200, JSON.stringify(published));
  return published;
}

describe('serve --redis over TLS with a password', { skip }, () => {
  it('publishes through one replica and streams from another, an ACL user on one and the default user on the other, and never logs a password', { timeout: 60_000 }, async () => {
    const prefix = `tls-${process.pid}`;
    const first = await replica(redisUrl(ACL_USER, ACL_PASSWORD), prefix);
    const second = await replica(redisUrl('', DEFAULT_PASSWORD), prefix);
    const reader = await SseReader.open(`${second.url}/api/v1/events`);
    readers.push(reader);
    await reader.until(() => reader.events.length === 1, REQUEST_MS, 'the first event');

    const published = await publishThrough(first.url);
    await reader.until(() => reader.events.length === 2, REQUEST_MS, 'the published event on the other replica');
    assert.deepEqual(JSON.parse(reader.events[1]!.data), published);

    for (const server of [first, second]) {
      const ready = await withDeadline(fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(REQUEST_MS) }), REQUEST_MS, 'GET /readyz');
      assert.equal(ready.status, 200);
      const logs = JSON.stringify(server.logs);
      assert.match(logs, /rediss:\/\/[^"]*:\*\*\*@127\.0\.0\.1/, 'the logs name Redis, password hidden');
      for (const password of [DEFAULT_PASSWORD, ACL_PASSWORD]) assert.ok(!logs.includes(password), 'a password reached the logs');
    }
  });

  it('fails to start, saying why and never the password, on a wrong password and on a certificate it does not trust', { timeout: 60_000 }, async () => {
    const wrongPassword = 'not-the-password';
    const [refused, untrusted] = await Promise.all([
      runCli(['serve', '--port', '0', '--redis', redisUrl(ACL_USER, wrongPassword)], { env: trustingTheCa(), ms: FAILED_START_MS }),
      runCli(['serve', '--port', '0', '--redis', redisUrl(ACL_USER, ACL_PASSWORD)], { ms: FAILED_START_MS }),
    ]);
    for (const [result, why] of [
      [refused, /WRONGPASS/],
      [untrusted, /certificate/],
    ] as const) {
      const output = assertFailedStart(result, why);
      for (const password of [wrongPassword, ACL_PASSWORD]) assert.ok(!output.includes(password), `a password reached the output: ${output}`);
    }
  });
});

describe('serve --redis with a CA and a client certificate of its own', { skip }, () => {
  it('trusts the CA it is given and presents its certificate to a Redis that asks for one', { timeout: 60_000 }, async () => {
    assert.ok(tls && certifiedOnly);
    const { cert, key } = clientCertificate();
    // No NODE_EXTRA_CA_CERTS: the CA comes from --redis-ca alone.
    const started = await startServe(['--redis', certifiedOnly.url, '--redis-prefix', `mtls-${process.pid}`, '--publish-token', TOKEN, '--redis-ca', tls.caFile, '--redis-cert', cert, '--redis-key', key]);
    processes.push(started);
    await publishThrough(started.url);
    const ready = await withDeadline(fetch(`${started.url}/readyz`, { signal: AbortSignal.timeout(REQUEST_MS) }), REQUEST_MS, 'GET /readyz');
    assert.equal(ready.status, 200);
  });

  it('fails to start, saying so, without the certificate such a Redis asks for, or without the CA', { timeout: 60_000 }, async () => {
    assert.ok(tls && certifiedOnly);
    const { cert, key } = clientCertificate();
    const [uncertified, untrusted] = await Promise.all([
      runCli(['serve', '--port', '0', '--redis', certifiedOnly.url, '--redis-ca', tls.caFile], { ms: FAILED_START_MS }),
      runCli(['serve', '--port', '0', '--redis', certifiedOnly.url, '--redis-cert', cert, '--redis-key', key], { ms: FAILED_START_MS }),
    ]);
    assertFailedStart(uncertified, /certificate required/);
    assertFailedStart(untrusted, /certificate/);
  });
});
