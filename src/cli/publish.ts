/** `opensymphony-control publish [FILE|-]`: validates a DaemonSnapshot locally and PUTs it. */
import { ControlPlaneClient } from '../client.js';
import { RequestError } from '../client-errors.js';
import { readSnapshotFile, SnapshotFileError } from './snapshot-file.js';
import { DEFAULT_SERVICE_URL, PUBLISH_HELP, PUBLISH_TOKEN_ENV } from './help.js';
import { blockedPortMessage, isBadPort, urlProblem } from './service-url.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, parse, UsageError } from './usage.js';

export async function publishCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { url: { type: 'string' }, token: { type: 'string' } }, PUBLISH_HELP, 1);
  const file = positionals[0] ?? '-';
  if (file === '-' && process.stdin.isTTY) throw new UsageError('give a FILE, or pipe the snapshot into standard input', PUBLISH_HELP);
  const token = values.token ?? process.env[PUBLISH_TOKEN_ENV];
  if (!token) throw new UsageError(`a publish token is required: --token or $${PUBLISH_TOKEN_ENV}`, PUBLISH_HELP);
  const url = values.url ?? DEFAULT_SERVICE_URL;
  const problem = urlProblem(url);
  if (problem) throw new UsageError(`--url: ${problem}`, PUBLISH_HELP);
  try {
    const snapshot = await readSnapshotFile(file);
    const envelope = await new ControlPlaneClient(url).publishSnapshot(snapshot, token);
    process.stdout.write(`published sequence ${envelope.sequence}${envelope.epoch ? ` (epoch ${envelope.epoch})` : ''}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof SnapshotFileError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_FAILURE;
    }
    if (isBadPort(error)) {
      process.stderr.write(`opensymphony-control publish: ${blockedPortMessage(url)}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof RequestError) {
      const details = error.details.body?.error.details ?? [];
      process.stderr.write(`${error.message}\n${details.map((detail) => `  ${detail.path || '(root)'}: ${detail.message}\n`).join('')}`);
      return EXIT_FAILURE;
    }
    throw error;
  }
}
