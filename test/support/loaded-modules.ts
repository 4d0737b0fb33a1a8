/** Which modules importing one module loads, seen from a fresh child process (ESM resolutions and the CommonJS cache). */
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { withDeadline } from './deadline.js';

/** Runs in the child: a resolve hook reports every URL, then the CommonJS cache is added. */
const PROBE = `
import { createRequire, register } from 'node:module';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const hooks = 'let port; export function initialize(data) { port = data.port; } export async function resolve(specifier, context, next) { const result = await next(specifier, context); port.postMessage(result.url); return result; }';
register('data:text/javascript,' + encodeURIComponent(hooks), { data: { port: port2 }, transferList: [port2] });
await import(process.env.PROBE_TARGET);
const esm = [];
for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) esm.push(m.message);
const cjs = Object.keys(createRequire(import.meta.url).cache).map((path) => 'file://' + path);
process.stdout.write(JSON.stringify([...new Set([...esm, ...cjs])]));
`;

/** The URLs of every module `path` (a file) loads, itself included. */
export async function loadedModules(path: string): Promise<string[]> {
  const stdout = await withDeadline(
    new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', PROBE],
        { env: { ...process.env, PROBE_TARGET: pathToFileURL(path).href }, maxBuffer: 16 * 1024 * 1024, timeout: 20_000 },
        (error, out) => (error ? reject(error) : resolve(out)),
      );
    }),
    20_000,
    `the module probe of ${path}`,
  );
  return JSON.parse(stdout) as string[];
}
