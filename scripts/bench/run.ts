/**
 * `npm run bench [-- --check]`: every target of issue #14 (and #10's `--version`) measured beside
 * its ceiling in one run, on this machine, loopback only:
 * - requests/s of GET 200, GET 304 and PUT (autocannon, 50 connections);
 * - fan-out latency, publish → every raw-socket reader holding the event, at 1 … 5 000 subscribers
 *   and 10 … 5 000 issues per snapshot;
 * - RSS idle and with 10 000 idle subscribers;
 * - publish cost in process, 10 … 5 000 issues;
 * - start-up of `serve` and `--version`.
 * Ours is the built package (dist/, rebuilt first when src/ or generated/ is newer); each figure
 * is the median of 3 rounds that alternate ours and the ceiling. Prints the targets table and the
 * cost-growth table, writes bench/results/<date>.json, latest.json and latest.svg; with --check,
 * exits 1 when a target is missed. Every server is a child process stopped in `finally`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ROOT } from '../paths.js';
import { compileChildren, forkPlain, nextMessage, startServer, type BenchServer } from './children.js';
import { fanout, SLICE_PUBLISHES, type FanoutScenario } from './fanout.js';
import { benchSnapshot, issuesForBytes, SNAPSHOT_TARGET_BYTES } from './fixture.js';
import { HTTP_CONNECTIONS, HTTP_RUN_S, httpRows } from './http-load.js';
import { memory } from './memory.js';
import type { PublishCostRequest, PublishCostResult } from './publish-cost.js';
import { benchRedis, formatRedisRows } from './redis.js';
import { calibrationLine, collectionLine, growthPlot, growthTable, resultRow, targetsTable, type BenchResults, type GrowthFanout, type ResultRow } from './report.js';
import { scenarioSetups, serialiseOnly } from './setups.js';
import type { SetupMessage } from './server.js';
import { median } from './stats.js';
import { measureStartup } from './startup.js';
import type * as ServerExports from '../../src/exports/server.js';

/** Rounds per figure unless `--rounds` says otherwise; each figure is their median. */
const DEFAULT_ROUNDS = 3;
const FANOUT_SUBSCRIBERS = [1, 100, 1_000, 5_000];
const GROWTH_ISSUES = [10, 100, 1_000, 5_000];
/** The fan-out whose garbage collection the report prints (every one is in the JSON): where one collection is most of a round's slowest 1 %. */
const GC_REPORTED_SUBSCRIBERS = 100;
const MEMORY_SUBSCRIBERS = 10_000;
/**
 * How late the 1-subscriber row's second calibration writes the ceiling's bytes: about as long
 * as ours takes from the publish message to its first write here (validation and serialising, in
 * the bench's own children), so the line tells that time's cost from the cost of what ours does.
 */
const CALIBRATION_DELAY_US = 100;
/** The publish-cost target's size. */
const PUBLISH_TARGET_ISSUES = 5_000;
/** Sockets the bench holds at once: the 5 000-subscriber fan-out's readers of both servers, or 10 000 for memory, plus headroom. */
const REQUIRED_FILE_DESCRIPTORS = MEMORY_SUBSCRIBERS + 1_000;

const RESULTS_DIR = join(ROOT, 'bench', 'results');
const SERVER_ENTRY = join(ROOT, 'dist', 'src', 'exports', 'server.js');

/** The parts of the bench, as `--only` names them. */
const PARTS = ['http', 'fanout', 'memory', 'publish-cost', 'startup', 'redis'] as const;
type Part = (typeof PARTS)[number];

const { values: flags } = parseArgs({ options: { check: { type: 'boolean', default: false }, only: { type: 'string' }, rounds: { type: 'string' } } });
/** `--only http,fanout`: measure just these parts, print their rows, and write no results file (they are not a whole run). */
const only = flags.only === undefined ? undefined : new Set(flags.only.split(',').map((part) => part.trim()));
for (const part of only ?? []) {
  if (!(PARTS as readonly string[]).includes(part)) {
    process.stderr.write(`bench: --only takes a comma-separated list of ${PARTS.join(', ')}; ${JSON.stringify(part)} is none of them\n`);
    process.exit(2);
  }
}
const runs = (part: Part) => only === undefined || only.has(part);
const ROUNDS = flags.rounds === undefined ? DEFAULT_ROUNDS : Number(flags.rounds);
if (!Number.isSafeInteger(ROUNDS) || ROUNDS < 1) {
  process.stderr.write(`bench: --rounds takes a positive integer, not ${JSON.stringify(flags.rounds)}\n`);
  process.exit(2);
}

const began = performance.now();
const progress = (message: string) => process.stderr.write(`bench [${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
const sections: { name: string; seconds: number }[] = [];

/** Runs one part of the bench, noting how long it took (the 6-minute budget is spent here). */
async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  progress(name);
  const start = performance.now();
  try {
    return await run();
  } finally {
    sections.push({ name, seconds: Math.round((performance.now() - start) / 100) / 10 });
  }
}

/** CPU seconds of this process and of every child it has reaped: the wall time over it shows how contended the machine was. */
function cpuSeconds(): number {
  const own = process.cpuUsage();
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // After the command name: cutime and cstime are fields 14 and 15, in clock ticks (USER_HZ, 100 on Linux).
  const children = (Number(fields[13]) + Number(fields[14])) / 100;
  return Math.round(((own.user + own.system) / 1e6 + children) * 10) / 10;
}

/** Timed publishes per side per round: enough samples to be stable, few enough for the 6-minute budget. */
function fanoutScenario(issues: number, subscribers: number): FanoutScenario {
  if (subscribers >= 5_000 || issues >= 5_000) return { issues, subscribers, warmup: 1, publishes: 4 };
  // A publish is as many samples as there are readers, and the machine delays some publishes
  // whole: the IPC message reaches the server milliseconds late, or the server or the readers
  // are not scheduled. With 100 readers, 200 publishes a round (20 000 deliveries) made the p99
  // the second or third slowest publish: in traced runs 2–3 publishes set it, each side's, and
  // most of those were late before the server had the message, so the ratio swung 0.55–1.9× with
  // no change of code. At 2 000 a round, 30–60 publishes set it. With 1 000 readers, at 120 (8
  // before, when one slow publish was an eighth of the samples and the ratio swung 0.6–1.5×).
  if (subscribers >= 1_000) return { issues, subscribers, warmup: 2, publishes: 120 };
  if (subscribers >= 100) return { issues, subscribers, warmup: 3, publishes: 2_000 };
  if (issues >= 1_000) return { issues, subscribers, warmup: 3, publishes: 20 };
  return { issues, subscribers, warmup: 30, publishes: 100 };
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(ts|cts|cjs|html)$/.test(entry.name)) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds dist/ unless it is newer than everything it is built from. */
function ensureBuilt(): void {
  const built = existsSync(SERVER_ENTRY) ? statSync(SERVER_ENTRY).mtimeMs : 0;
  const sources = Math.max(newestMtime(join(ROOT, 'src')), ...['validators', 'tsoa'].map((dir) => newestMtime(join(ROOT, 'generated', dir))));
  if (built > sources) return;
  progress('dist/ is missing or older than src/: npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}

function fileDescriptorLimit(): number | null {
  const line = readFileLimits().find((row) => row.startsWith('Max open files'));
  const soft = line?.slice('Max open files'.length).trim().split(/\s+/)[0];
  return soft === undefined ? null : soft === 'unlimited' ? Number.POSITIVE_INFINITY : Number(soft);
}

function readFileLimits(): string[] {
  try {
    return readFileSync('/proc/self/limits', 'utf8').split('\n');
  } catch {
    return [];
  }
}

async function withServers<T>(
  file: string,
  setups: ReturnType<typeof scenarioSetups>,
  run: (ours: BenchServer, ceiling: BenchServer, calibrating: BenchServer[]) => Promise<T>,
  calibratingSetups: SetupMessage[] = [],
): Promise<T> {
  const started: BenchServer[] = [];
  try {
    const ours = await startServer(file, setups.ours);
    started.push(ours);
    const ceiling = await startServer(file, setups.ceiling);
    started.push(ceiling);
    const calibrating: BenchServer[] = [];
    for (const setup of calibratingSetups) {
      const server = await startServer(file, setup);
      started.push(server);
      calibrating.push(server);
    }
    return await run(ours, ceiling, calibrating);
  } finally {
    await Promise.all(started.map((server) => server.stop()));
  }
}

async function publishCost(file: string, entry: string): Promise<PublishCostResult> {
  const child = forkPlain(file);
  try {
    const request: PublishCostRequest = {
      entry,
      bodies: [
        ...GROWTH_ISSUES.map((issues) => ({ issues, order: 'schema' as const, body: JSON.stringify(benchSnapshot(0, issues)) })),
        // The same target snapshot from a producer that orders members its own way: the store builds the canonical copy first.
        { issues: PUBLISH_TARGET_ISSUES, order: 'reversed' as const, body: JSON.stringify(benchSnapshot(0, PUBLISH_TARGET_ISSUES, 'reversed')) },
      ],
      rounds: ROUNDS,
    };
    const answer = nextMessage<PublishCostResult, PublishCostResult>(child, (message) => (message.type === 'publish-cost' ? message : undefined), 'publish cost');
    child.send(request);
    return await answer;
  } finally {
    child.kill('SIGKILL');
  }
}

const limit = fileDescriptorLimit();
if (limit !== null && limit < REQUIRED_FILE_DESCRIPTORS) {
  process.stderr.write(
    `bench: the open-file limit is ${limit}, and the bench holds ${REQUIRED_FILE_DESCRIPTORS} sockets at once: raise it (\`ulimit -n ${REQUIRED_FILE_DESCRIPTORS * 2}\`; npm run bench raises the soft limit to the hard one)\n`,
  );
  process.exit(2);
}

const loadAverageAtStart = loadavg();
ensureBuilt();
const children = await compileChildren();
const entry = pathToFileURL(SERVER_ENTRY).href;
const pkg = (await import(entry)) as typeof ServerExports;
const rows: ResultRow[] = [];
const bytesOfIssues = new Map<number, number>();
const snapshotBytes = (issues: number) => {
  if (!bytesOfIssues.has(issues)) bytesOfIssues.set(issues, Buffer.byteLength(JSON.stringify(benchSnapshot(0, issues))));
  return bytesOfIssues.get(issues)!;
};
const issues20k = issuesForBytes(SNAPSHOT_TARGET_BYTES);
progress(`a 20 KB snapshot has ${issues20k} issues (${snapshotBytes(issues20k)} bytes of JSON)`);
const growth: BenchResults['growth'] = { publishCost: [], fanoutBySubscribers: [], fanoutByIssues: [] };
let calibration: BenchResults['calibration'];

try {
  if (runs('http')) {
    const http = await timed(`requests/s: GET 200, GET 304, PUT (${HTTP_CONNECTIONS} connections, ${HTTP_RUN_S} s a run)`, () =>
      withServers(children.server, scenarioSetups(pkg, entry, issues20k, 0), (ours, ceiling) => httpRows(ours, ceiling, ROUNDS, JSON.stringify(benchSnapshot(1, issues20k)))),
    );
    for (const id of ['get-200', 'get-304', 'put'] as const) rows.push(resultRow(id, 'req/s', http[id].ours, http[id].ceiling));
  }

  if (runs('fanout')) {
    const scenarios: FanoutScenario[] = [
      ...FANOUT_SUBSCRIBERS.map((subscribers) => fanoutScenario(issues20k, subscribers)),
      ...GROWTH_ISSUES.map((issues) => fanoutScenario(issues, 1)),
    ];
    for (const scenario of scenarios) {
      const pool = Math.min(scenario.warmup + scenario.publishes, scenario.issues >= 1_000 ? 4 : 16);
      const setups = scenarioSetups(pkg, entry, scenario.issues, pool);
      // The 1-subscriber row's calibrations, taking turns with ours and the ceiling in the same
      // rounds: a server that only serialises each snapshot it is handed, to show what that alone
      // costs a reader here, and one that writes the ceiling's bytes CALIBRATION_DELAY_US late, to
      // show what the time before the first write alone costs.
      const calibrated = scenario.subscribers === 1 && scenario.issues === issues20k;
      const calibrating: SetupMessage[] = calibrated
        ? [
            { ...setups.ceiling, serialise: serialiseOnly(setups) } as SetupMessage,
            { ...setups.ceiling, delayUs: CALIBRATION_DELAY_US } as SetupMessage,
          ]
        : [];
      const { calibrations, ...result } = await timed(
        `fan-out: ${scenario.subscribers} subscriber(s), ${scenario.issues} issues, ${scenario.publishes} publishes a round in slices of up to ${SLICE_PUBLISHES}${calibrated ? `, a server that only JSON.stringify-s each snapshot, and one that writes the ceiling's bytes ${CALIBRATION_DELAY_US} µs late` : ''}`,
        () => withServers(children.server, setups, (ours, ceiling, calibrators) => fanout(ours, ceiling, scenario, ROUNDS, calibrators), calibrating),
      );
      if (calibrated) {
        calibration = {
          serialiseP50: calibrations[0]!.p50,
          delayedP50: calibrations[1]!.p50,
          delayUs: CALIBRATION_DELAY_US,
          ceilingP50: result.ceiling.p50,
          oursP50: result.ours.p50,
        };
      }
      const figures: GrowthFanout = { issues: scenario.issues, subscribers: scenario.subscribers, ...result };
      if (scenario.issues === issues20k) growth.fanoutBySubscribers.push(figures);
      else growth.fanoutByIssues.push(figures);
    }
    for (const scenario of growth.fanoutBySubscribers) {
      if (scenario.subscribers === 1) rows.push(resultRow('fanout-p50-1', 'ms', scenario.ours.p50, scenario.ceiling.p50));
      else rows.push(resultRow(`fanout-p99-${scenario.subscribers}` as 'fanout-p99-100', 'ms', scenario.ours.p99, scenario.ceiling.p99));
    }
  }

  if (runs('memory')) {
    const rss = await timed(`memory: RSS idle and with ${MEMORY_SUBSCRIBERS} idle subscribers`, () =>
      memory(children.server, scenarioSetups(pkg, entry, issues20k, 0), MEMORY_SUBSCRIBERS, ROUNDS),
    );
    rows.push(resultRow('rss-10000', 'bytes', rss.ours.loaded, rss.ceiling.loaded));
    rows.push(resultRow('rss-idle', 'bytes', rss.ours.idle, rss.ceiling.idle));
  }

  if (runs('publish-cost')) {
    const cost = await timed(`publish cost: ${GROWTH_ISSUES.join(', ')} issues, and ${PUBLISH_TARGET_ISSUES} in another member order`, () => publishCost(children.publishCost, entry));
    growth.publishCost = cost.sizes;
    const atTarget = cost.sizes.find((size) => size.issues === PUBLISH_TARGET_ISSUES && size.order === 'schema')!;
    rows.push(resultRow('publish-5000', 'ms', atTarget.ours, atTarget.ceiling));
  }

  if (runs('startup')) {
    const startup = await timed('start-up: serve and --version', measureStartup);
    rows.push(resultRow('startup-serve', 'ms', startup['startup-serve'].ours, startup['startup-serve'].ceiling));
    rows.push(resultRow('startup-version', 'ms', startup['startup-version'].ours, startup['startup-version'].ceiling));
  }
} finally {
  children.dispose();
}

const order = ['get-200', 'get-304', 'put', 'fanout-p99-100', 'fanout-p99-1000', 'fanout-p99-5000', 'fanout-p50-1', 'rss-10000', 'rss-idle', 'publish-5000', 'startup-serve', 'startup-version'];
rows.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
const date = new Date();
const results: BenchResults = {
  date: date.toISOString(),
  node: process.version,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverageAtStart,
    loadAverageAtEnd: loadavg(),
    fileDescriptorLimit: limit === null || !Number.isFinite(limit) ? null : limit,
  },
  durationS: Math.round((performance.now() - began) / 1000),
  cpuSeconds: cpuSeconds(),
  sections,
  settings: {
    rounds: ROUNDS,
    httpConnections: HTTP_CONNECTIONS,
    httpRunSeconds: HTTP_RUN_S,
    snapshot20k: { issues: issues20k, bytes: snapshotBytes(issues20k) },
    memorySubscribers: MEMORY_SUBSCRIBERS,
    fanout: [...FANOUT_SUBSCRIBERS.map((subscribers) => fanoutScenario(issues20k, subscribers)), ...GROWTH_ISSUES.map((issues) => fanoutScenario(issues, 1))],
  },
  rows,
  growth,
  ...(calibration ? { calibration } : {}),
};

const collectionLines = growth.fanoutBySubscribers.filter((scenario) => scenario.subscribers === GC_REPORTED_SUBSCRIBERS).map(collectionLine);
const failed = rows.filter((row) => !row.pass);
const missed = `${failed.length} of ${rows.filter((row) => row.target !== '—').length} targets missed${failed.length ? `: ${failed.map((row) => row.id).join(', ')}` : ''}`;

if (only !== undefined) {
  // A partial run: its rows beside their ceilings, nothing written (latest.json stays a whole run's).
  const redisRows = runs('redis') ? await benchRedis() : undefined;
  process.stdout.write(
    [
      `npm run bench -- --only ${[...only].join(',')} — Node ${process.version}, load average ${loadAverageAtStart.map((load) => load.toFixed(1)).join(' ')} at start; medians of ${ROUNDS} interleaved rounds; no results file written`,
      '',
      rows.length > 0 ? targetsTable(rows) : '',
      calibration ? `\n${calibrationLine(calibration)}` : '',
      ...collectionLines,
      growth.fanoutBySubscribers.length + growth.fanoutByIssues.length + growth.publishCost.length > 0 ? `\n${growthTable(growth, snapshotBytes)}` : '',
      redisRows ? `\n${formatRedisRows(redisRows)}` : '',
      '',
      `${missed}. Ran in ${results.durationS} s.`,
      '',
    ].join('\n'),
  );
} else {
  // #16's row: three Redis replicas × 1 000 subscribers against one process holding 3 000, and
  // publishes/s through Redis against in memory (scripts/bench/redis.ts).
  const redisRows = await benchRedis();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = `${JSON.stringify({ ...results, redis: redisRows }, null, 2)}\n`;
  const stamp = results.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  writeFileSync(join(RESULTS_DIR, `${stamp}.json`), json);
  writeFileSync(join(RESULTS_DIR, 'latest.json'), json);
  writeFileSync(join(RESULTS_DIR, 'latest.svg'), growthPlot(results));

  /** Above this share of a core, the readers rather than the server may have set a fan-out row's pace. */
  const LOAD_BOUND_SHARE = 0.8;
  const loadBound = [...growth.fanoutBySubscribers, ...growth.fanoutByIssues]
    .filter((scenario) => median(scenario.ceiling.loadCpuShare) > LOAD_BOUND_SHARE || median(scenario.ours.loadCpuShare) > LOAD_BOUND_SHARE)
    .map((scenario) => `${scenario.subscribers} subscriber(s) × ${scenario.issues} issues`);
  const perSubscriber = (side: 'ours' | 'ceiling') => {
    const row = rows.find((r) => r.id === 'rss-10000')!;
    const idle = rows.find((r) => r.id === 'rss-idle')!;
    const loaded = side === 'ours' ? row.oursMedian : row.ceilingMedian;
    const base = side === 'ours' ? idle.oursMedian : idle.ceilingMedian;
    return ((loaded - base) / MEMORY_SUBSCRIBERS / 1024).toFixed(1);
  };
  process.stdout.write(
    [
      `npm run bench — Node ${process.version}, ${cpus().length} CPUs, load average ${loadAverageAtStart.map((load) => load.toFixed(1)).join(' ')} at start; medians of ${ROUNDS} interleaved rounds`,
      '',
      targetsTable(rows),
      '',
      `RSS per idle subscriber: ours ${perSubscriber('ours')} KiB, ceiling ${perSubscriber('ceiling')} KiB. Fan-out ratios are of p99 except the 1-subscriber row (p50).`,
      loadBound.length
        ? `Warning: the readers used over ${LOAD_BOUND_SHARE * 100}% of a core in ${loadBound.join(', ')}: those rows may measure the load generator.`
        : `The readers used at most ${(Math.max(...[...growth.fanoutBySubscribers, ...growth.fanoutByIssues].flatMap((s) => [...s.ours.loadCpuShare, ...s.ceiling.loadCpuShare])) * 100).toFixed(0)}% of a core in any fan-out batch: the servers set the pace.`,
      calibration ? calibrationLine(calibration) : '',
      ...collectionLines,
      '',
      growthTable(growth, snapshotBytes),
      '',
      'Scaling out (#16): fan-out of one publish to 3 000 subscribers, and publishes/s with 16 publishers',
      formatRedisRows(redisRows),
      '',
      `${missed}. Ran in ${results.durationS} s (${results.cpuSeconds} CPU-seconds). Results: bench/results/${stamp}.json (and latest.json, latest.svg).`,
      '',
    ].join('\n'),
  );
}
if (flags.check && failed.length > 0) process.exitCode = 1;
