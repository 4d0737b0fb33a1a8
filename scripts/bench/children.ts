/**
 * The bench's child processes: scripts/bench/server.ts and publish-cost.ts compiled by esbuild
 * into a temporary directory and run under plain `node`, so neither side carries a TypeScript
 * loader (a loader thread alone would add megabytes to every RSS figure).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ChildMessage, GcTally, ParentMessage, SetupMessage } from './server.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** A child that has not answered by then has failed, not stalled. */
export const CHILD_ANSWER_DEADLINE_MS = 30_000;

export interface CompiledChildren {
  server: string;
  publishCost: string;
  dispose(): void;
}

export async function compileChildren(): Promise<CompiledChildren> {
  const outdir = mkdtempSync(join(tmpdir(), 'opensymphony-bench-'));
  await build({
    entryPoints: { server: join(HERE, 'server.ts'), 'publish-cost': join(HERE, 'publish-cost.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  return {
    server: join(outdir, 'server.mjs'),
    publishCost: join(outdir, 'publish-cost.mjs'),
    dispose: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

/** Forks `file` under plain node with `gc()` exposed (the memory rows collect before reading RSS). */
export function forkPlain(file: string, args: string[] = []): ChildProcess {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return fork(file, args, { execArgv: ['--expose-gc'], serialization: 'advanced', env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/** The next message of `child` that `pick` accepts, within the deadline. */
export function nextMessage<T, M extends { type: string } = ChildMessage>(child: ChildProcess, pick: (message: M) => T | undefined, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`${what}: no answer within ${CHILD_ANSWER_DEADLINE_MS} ms`)), CHILD_ANSWER_DEADLINE_MS);
    const onMessage = (message: M | { type: 'failed'; message: string }) => {
      if (message.type === 'failed' && 'message' in message) {
        finish(new Error(`${what}: ${String(message.message)}`));
        return;
      }
      const picked = pick(message as M);
      if (picked !== undefined) finish(undefined, picked);
    };
    const onExit = (code: number | null) => finish(new Error(`${what}: the child exited with ${code}`));
    const finish = (error: Error | undefined, value?: T) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(value as T);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** A running benchmark server. */
export interface BenchServer {
  readonly mode: SetupMessage['mode'];
  readonly port: number;
  readonly pid: number;
  publish(index: number): void;
  /** Up to `publishes` untimed publishes, within `budgetMs`; resolves with how many ran. */
  warmUp(publishes: number, budgetMs: number): Promise<number>;
  /** RSS and heap after a full collection, in bytes. */
  memory(): Promise<{ rss: number; heapUsed: number }>;
  /** A full garbage collection, now. */
  collect(): Promise<void>;
  /** The server's collection pauses since the last call (or its start). */
  gcPauses(): Promise<GcTally>;
  stop(): Promise<void>;
}

export async function startServer(file: string, setup: SetupMessage): Promise<BenchServer> {
  const child = forkPlain(file);
  const stop = (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve();
        return;
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_ANSWER_DEADLINE_MS);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      const message: ParentMessage = { type: 'stop' };
      if (child.connected) child.send(message);
      else child.kill('SIGKILL');
    });
  try {
    const ready = nextMessage(child, (message) => (message.type === 'ready' ? message.port : undefined), `${setup.mode} server start`);
    child.send(setup);
    const port = await ready;
    return {
      mode: setup.mode,
      port,
      pid: child.pid ?? -1,
      publish: (index) => child.send({ type: 'publish', index } satisfies ParentMessage),
      warmUp: (publishes, budgetMs) => {
        const answer = nextMessage(child, (message) => (message.type === 'warmed' ? message.publishes : undefined), `${setup.mode} warm-up`);
        child.send({ type: 'warm-up', publishes, budgetMs } satisfies ParentMessage);
        return answer;
      },
      memory: () => {
        const answer = nextMessage(child, (message) => (message.type === 'memory' ? { rss: message.rss, heapUsed: message.heapUsed } : undefined), `${setup.mode} memory`);
        child.send({ type: 'memory' } satisfies ParentMessage);
        return answer;
      },
      collect: () => {
        const answer = nextMessage(child, (message) => (message.type === 'collected' ? true : undefined), `${setup.mode} collection`);
        child.send({ type: 'collect' } satisfies ParentMessage);
        return answer.then(() => undefined);
      },
      gcPauses: () => {
        const answer = nextMessage(child, (message) => (message.type === 'gc' ? { minor: message.minor, major: message.major } : undefined), `${setup.mode} collection pauses`);
        child.send({ type: 'gc' } satisfies ParentMessage);
        return answer;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
