/**
 * Fan-out latency: from the moment the parent tells a server to publish to the moment each raw
 * socket reader holds the whole new event, over every delivery of a batch of publishes. Ours
 * validates, serialises and fans out a snapshot object; the ceiling writes a precomputed frame.
 * Both servers hold their readers for the whole scenario and take turns (ours, ceiling, …), in
 * slices of a round.
 */
import { performance } from 'node:perf_hooks';
import type { BenchServer } from './children.js';
import { Audience } from './readers.js';
import type { GcTally } from './server.js';
import { percentile } from './stats.js';

export interface FanoutScenario {
  issues: number;
  subscribers: number;
  /** Untimed publishes before each measured slice (the JIT on the first, the other side's wake on the rest). */
  warmup: number;
  /** Timed publishes per side per round; every reader's delay of each is a sample. */
  publishes: number;
}

export interface FanoutSide {
  /** Per round, in ms. */
  p50: number[];
  p99: number[];
  /**
   * Per round, the share of one core the load process (the readers) used while the timed
   * publishes ran: near 1, the readers, not the server, set the pace.
   */
  loadCpuShare: number[];
  /** Per round, the server's garbage collection pauses (its untimed publishes' included). */
  gc: GcTally[];
}

export interface FanoutResult {
  ours: FanoutSide;
  ceiling: FanoutSide;
  /** The calibrating servers' figures, from the same rounds, in the order they were given. */
  calibrations: FanoutSide[];
}

const emptySide = (): FanoutSide => ({ p50: [], p99: [], loadCpuShare: [], gc: [] });

/** Timed publishes a side takes in one go at most within a round, before the next side's turn. */
export const SLICE_PUBLISHES = 20;

/** What one side's slices of a round have gathered. */
interface RoundTally {
  samples: number[];
  cpuMs: number;
  wallMs: number;
}

/**
 * `warmup` untimed publishes to `audience`, then `publishes` timed ones; their samples and the
 * load process's CPU and wall time go `into` a tally, or nowhere for a settling batch.
 */
async function slice(server: BenchServer, audience: Audience, warmup: number, publishes: number, next: () => number, into?: RoundTally): Promise<void> {
  let cpuAtStart = process.cpuUsage();
  let wallAtStart = performance.now();
  for (let index = 0; index < warmup + publishes; index += 1) {
    if (index === warmup) {
      audience.takeSamples();
      cpuAtStart = process.cpuUsage();
      wallAtStart = performance.now();
    }
    const publishIndex = next();
    await audience.delivery(() => server.publish(publishIndex));
  }
  const cpu = process.cpuUsage(cpuAtStart);
  const samples = audience.takeSamples();
  if (into === undefined) return;
  for (const sample of samples) into.samples.push(sample);
  into.cpuMs += (cpu.user + cpu.system) / 1000;
  into.wallMs += performance.now() - wallAtStart;
}

/**
 * Untimed publishes each server takes before its readers attach, at most, and the time they may
 * take: the JIT compiles the publish path only after a few hundred publishes, and a control plane
 * that has run for a while is what the targets are about. (The first publishes of a fresh process
 * cost several times more; the publish-cost rows, timed over many publishes, are warm too.)
 */
const WARMUP_PUBLISHES = 1_000;
const WARMUP_BUDGET_MS = 1_000;
/** Untimed batches each side takes once its readers are attached, before the measured rounds. */
const SETTLING_BATCHES = 3;
/** Publishes in a settling batch at most (a scenario with more a round settles no better for them). */
const SETTLING_PUBLISHES = 200;

/**
 * Runs `rounds` interleaved rounds on servers already started for `scenario`: ours, the ceiling,
 * and any calibrating servers, in turn, so all of them see the machine in the same state.
 */
export async function fanout(ours: BenchServer, ceiling: BenchServer, scenario: FanoutScenario, rounds: number, calibrating: BenchServer[] = []): Promise<FanoutResult> {
  const servers = [ours, ceiling, ...calibrating];
  const audiences: Audience[] = [];
  try {
    for (const server of servers) await server.warmUp(WARMUP_PUBLISHES, WARMUP_BUDGET_MS);
    for (const server of servers) audiences.push(await Audience.attach(server.port, scenario.subscribers));
    // Attaching thousands of readers leaves each server with much new long-lived memory (sockets,
    // parsers, responses), and the full collection that follows would land in a measured round:
    // with 1 000 readers, our second round came out at 2–3× the others in most runs. A
    // control plane that has run a while has had it; both sides have it now.
    for (const server of servers) await server.collect();
    const sides = servers.map(emptySide);
    const published = servers.map(() => 0);
    const sliceOf = (index: number, warmup: number, publishes: number, into?: RoundTally) =>
      slice(servers[index]!, audiences[index]!, warmup, publishes, () => published[index]!++, into);
    // Untimed batches a side first, in turn. The readers' connections are new, and a new loopback
    // connection's receive window grows over its first events: a first batch paid for that on
    // both sides (its p99 came out at 2–4× the next rounds' on each). And the warm-up ran with no
    // reader, so the fan-out's own code is compiled only now: after one batch, our first measured
    // round with 100 readers still came out at 1.5–2.5× our later ones in every run.
    for (let settling = 0; settling < SETTLING_BATCHES; settling += 1) {
      for (let index = 0; index < servers.length; index += 1) await sliceOf(index, scenario.warmup, Math.min(scenario.publishes, SETTLING_PUBLISHES));
    }
    // A round gives each side its publishes in slices of at most SLICE_PUBLISHES, the sides taking
    // turns slice by slice, so both see the machine in the same state. This machine has stretches
    // in which everything is slower: with 100 readers, the publishes whose last delivery took over
    // 2 ms came in runs of up to 150 in a row, on either side, and 200 publishes take a second or
    // so; a side whose whole batch fell in one lost the round for that alone. Each slice starts
    // with the scenario's untimed publishes, as the other side ran meanwhile.
    const slices = Math.ceil(scenario.publishes / SLICE_PUBLISHES);
    for (let round = 0; round < rounds; round += 1) {
      const tallies: RoundTally[] = servers.map(() => ({ samples: [], cpuMs: 0, wallMs: 0 }));
      for (const server of servers) await server.gcPauses();
      for (let part = 0; part < slices; part += 1) {
        const publishes = Math.floor((scenario.publishes * (part + 1)) / slices) - Math.floor((scenario.publishes * part) / slices);
        for (let index = 0; index < servers.length; index += 1) await sliceOf(index, scenario.warmup, publishes, tallies[index]);
      }
      for (const [index, tally] of tallies.entries()) {
        sides[index]!.p50.push(percentile(tally.samples, 50));
        sides[index]!.p99.push(percentile(tally.samples, 99));
        sides[index]!.loadCpuShare.push(tally.cpuMs / tally.wallMs);
        sides[index]!.gc.push(await servers[index]!.gcPauses());
      }
    }
    return { ours: sides[0]!, ceiling: sides[1]!, calibrations: sides.slice(2) };
  } finally {
    for (const audience of audiences) audience.close();
  }
}
