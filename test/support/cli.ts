/** Runs the real `opensymphony-control` bin in a child process, with deadlines. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { withDeadline } from './deadline.js';
import { ROOT } from './spec.js';

const BIN = join(ROOT, 'bin', 'opensymphony-control.js');
/**
 * How long `serve` may take to log that it started: a hang, not a speed (start-up is the bench's
 * to judge). It took over 10 s once with both Node versions' suites running at once.
 */
const SERVE_START_DEADLINE_MS = 30_000;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Which copy of the bin to run: this checkout's by default, or an installed package's. */
export interface BinOptions {
  bin?: string;
  cwd?: string;
}

export function spawnCli(args: string[], env: Record<string, string> = {}, where: BinOptions = {}): ChildProcessWithoutNullStreams {
  // The CLI's own variables come only from the test: a developer's shell may set any of them.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('OPENSYMPHONY_')));
  return spawn(process.execPath, [where.bin ?? BIN, ...args], { cwd: where.cwd ?? ROOT, env: { ...clean, ...env } });
}

/** Runs a command to completion. */
export async function runCli(args: string[], options: { input?: string; env?: Record<string, string>; ms?: number } & BinOptions = {}): Promise<RunResult> {
  const child = spawnCli(args, options.env, options);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.input ?? '');
  const code = await withDeadline(
    new Promise<number | null>((resolve) => child.once('close', (exit) => resolve(exit))),
    options.ms ?? 15_000,
    `opensymphony-control ${args.join(' ')}`,
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return { code, stdout, stderr };
}

export interface ServeProcess {
  url: string;
  child: ChildProcessWithoutNullStreams;
  /** Every JSON log line so far. */
  logs: Array<Record<string, unknown>>;
  waitForLog(predicate: (line: Record<string, unknown>) => boolean, what: string, ms?: number): Promise<Record<string, unknown>>;
  /** Sends `signal` and resolves with the exit code and how long the exit took. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
}

/** Starts `serve` on 127.0.0.1, port 0, and waits for its `started` log line. */
export async function startServe(args: string[], env: Record<string, string> = {}, where: BinOptions = {}): Promise<ServeProcess> {
  const child = spawnCli(['serve', '--port', '0', ...args], env, where);
  const logs: Array<Record<string, unknown>> = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  let exited: number | null | undefined;
  child.stderr.on('data', () => undefined);
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let end: number;
    while ((end = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ unparsed: line });
      }
      for (const wake of [...waiters]) wake();
    }
  });
  const closed = new Promise<number | null>((resolve) =>
    child.once('close', (code) => {
      exited = code;
      for (const wake of [...waiters]) wake();
      resolve(code);
    }),
  );
  const waitForLog = async (predicate: (line: Record<string, unknown>) => boolean, what: string, ms = 10_000) =>
    withDeadline(
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const check = () => {
          const found = logs.find(predicate);
          if (found) {
            waiters.delete(check);
            resolve(found);
          } else if (exited !== undefined) {
            waiters.delete(check);
            reject(new Error(`serve exited (${exited}) before ${what}: ${JSON.stringify(logs)}`));
          }
        };
        waiters.add(check);
        check();
      }),
      ms,
      what,
    );
  const started = await waitForLog((line) => line['event'] === 'started', 'serve to start', SERVE_START_DEADLINE_MS).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    url: String(started['url']).replace(/\/$/, ''),
    child,
    logs,
    waitForLog,
    async stop(signal = 'SIGTERM') {
      const began = Date.now();
      if (exited === undefined) child.kill(signal);
      const code = await withDeadline(closed, 5000, 'serve to exit').catch((error: unknown) => {
        child.kill('SIGKILL');
        throw error;
      });
      return { code, ms: Date.now() - began };
    },
  };
}
