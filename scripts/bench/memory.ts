/**
 * Memory: the RSS of a fresh server process after a full collection, idle and then holding N
 * attached, idle event streams (each has had its first event). A fresh pair of processes per
 * round, ours then the ceiling, so no round inherits a heap grown by the one before.
 */
import type { SetupMessage } from './server.js';
import { startServer } from './children.js';
import { Audience } from './readers.js';

export interface MemorySide {
  /** Bytes, per round. */
  idle: number[];
  loaded: number[];
}

export interface MemoryResult {
  subscribers: number;
  ours: MemorySide;
  ceiling: MemorySide;
}

async function measure(serverFile: string, setup: SetupMessage, subscribers: number, into: MemorySide): Promise<void> {
  const server = await startServer(serverFile, setup);
  let audience: Audience | undefined;
  try {
    into.idle.push((await server.memory()).rss);
    audience = await Audience.attach(server.port, subscribers);
    into.loaded.push((await server.memory()).rss);
  } finally {
    audience?.close();
    await server.stop();
  }
}

export async function memory(serverFile: string, setups: { ours: SetupMessage; ceiling: SetupMessage }, subscribers: number, rounds: number): Promise<MemoryResult> {
  const result: MemoryResult = { subscribers, ours: { idle: [], loaded: [] }, ceiling: { idle: [], loaded: [] } };
  for (let round = 0; round < rounds; round += 1) {
    await measure(serverFile, setups.ours, subscribers, result.ours);
    await measure(serverFile, setups.ceiling, subscribers, result.ceiling);
  }
  return result;
}
