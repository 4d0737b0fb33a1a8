/**
 * The CLI's structured log: one JSON line per event; on a terminal, pino-pretty's lines when that
 * optional peer dependency is installed (JSON otherwise).
 */
import pino, { type DestinationStream, type Logger } from 'pino';

type PrettyFactory = (options: { colorize: boolean; destination: number; sync: boolean }) => DestinationStream;

async function prettyStream(): Promise<DestinationStream | undefined> {
  try {
    const module = (await import('pino-pretty')) as unknown as { default: PrettyFactory };
    return module.default({ colorize: true, destination: 1, sync: true });
  } catch {
    // pino-pretty is an optional peer: without it, a terminal gets the JSON lines too.
    return undefined;
  }
}

/** The levels `--log-level` takes, most verbose first; `silent` logs nothing. */
export const LOG_LEVELS: readonly string[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

export async function createLogger(level = 'info'): Promise<Logger> {
  const options = { base: null, level };
  const pretty = process.stdout.isTTY ? await prettyStream() : undefined;
  return pino(options, pretty ?? pino.destination({ fd: 1, sync: true }));
}
