/** The CLI's structured log: one JSON line per event, or pino-pretty's lines on a terminal. */
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export function createLogger(): Logger {
  const options = { base: null };
  if (process.stdout.isTTY) return pino(options, pretty({ colorize: true, destination: 1, sync: true }));
  return pino(options, pino.destination({ fd: 1, sync: true }));
}
