/**
 * A throwaway `redis-server` for tests and the bench: a free port on 127.0.0.1, no automatic
 * persistence, started and stopped by us (never a system service). Restart it on the same port
 * to simulate an outage: empty (its state is gone), or with the state of the last `save()`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { withDeadline } from './deadline.js';

const REDIS_SERVER = 'redis-server';
/** How long redis-server may take to start listening, to save or to exit. */
const REDIS_START_TIMEOUT_MS = 10_000;

/** Whether `redis-server` can be run here. */
export function redisServerAvailable(): boolean {
  const probe = spawnSync(REDIS_SERVER, ['--version'], { encoding: 'utf8' });
  return probe.status === 0;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

export interface RedisProcess {
  readonly port: number;
  readonly url: string;
  /** Writes its state to disk now (SAVE), so that the next start comes back with it. */
  save(): Promise<void>;
  /** Kills it (SIGKILL): whatever was not saved is lost. */
  stop(): Promise<void>;
  /** Starts it again on the same port, with the state of the last `save()`, or empty. */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  dispose(): Promise<void>;
}

/** A server certificate (PEM files) for TLS, and the CA that signed it. */
export interface RedisTls {
  certFile: string;
  keyFile: string;
  caFile: string;
}

export interface RedisOptions {
  /** Serve TLS only (`rediss://`), with this certificate; clients need not present one. */
  tls?: RedisTls;
  /** More `redis-server` arguments: `--requirepass`, `--user` (ACL rules) … */
  args?: readonly string[];
}

export async function startRedis(options: RedisOptions = {}): Promise<RedisProcess> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'opensymphony-redis-'));
  const url = `${options.tls ? 'rediss' : 'redis'}://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const listen = options.tls
    ? ['--port', '0', '--tls-port', String(port), '--tls-cert-file', options.tls.certFile, '--tls-key-file', options.tls.keyFile, '--tls-ca-cert-file', options.tls.caFile, '--tls-auth-clients', 'no']
    : ['--port', String(port)];

  const start = async (): Promise<void> => {
    const args = [...listen, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, ...(options.args ?? [])];
    const started = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    let output = '';
    await withDeadline(
      new Promise<void>((resolve, reject) => {
        started.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Ready to accept connections')) resolve();
        });
        started.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
      }),
      REDIS_START_TIMEOUT_MS,
      `redis-server to listen on ${port}`,
    ).catch((error: unknown) => {
      started.kill('SIGKILL');
      throw error;
    });
    started.stderr.resume();
  };

  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGKILL');
    await withDeadline(exited, REDIS_START_TIMEOUT_MS, 'redis-server to exit');
  };

  await start();
  return {
    port,
    url,
    async save() {
      const client = createClient({ url });
      client.on('error', () => undefined);
      await withDeadline(client.connect(), REDIS_START_TIMEOUT_MS, 'a connection to save');
      try {
        await withDeadline(client.sendCommand(['SAVE']), REDIS_START_TIMEOUT_MS, 'SAVE');
      } finally {
        client.destroy();
      }
    },
    stop,
    start,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
