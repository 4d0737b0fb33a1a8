/** A child process run to completion under a deadline, its output collected (nothing blocks the event loop meanwhile). */
import { execFileSync, spawn } from 'node:child_process';
import { withDeadline } from './deadline.js';
import { ROOT } from './spec.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion within ms; killed and failed when it overruns. */
export async function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; ms: number }): Promise<Run> {
  const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await withDeadline(
    new Promise<number | null>((resolve) => child.once('close', resolve)),
    options.ms,
    `${command} ${args.join(' ')}`,
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return { code, stdout, stderr };
}

/** Whether `tool` is a command on PATH. */
export function onPath(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`]);
    return true;
  } catch {
    return false;
  }
}
