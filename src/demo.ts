/**
 * A simulated orchestrator for `serve --demo`: issues move idle → running → completed, failed
 * or retry_queued; tokens and cost grow; conversations produce events and modified files; the
 * daemon, agent server and memory server change health now and then. The same seed and the
 * same clock readings always give the same snapshots.
 */
import type {
  ConversationEvent,
  DaemonSnapshot,
  FileChange,
  IssueSnapshot,
  RecentEvent,
  RecentEventKind,
} from '../generated/api-types.js';
import { formatTimestamp } from './wire.js';

/** How often the demo publishes by default. */
export const DEMO_INTERVAL_MS = 1_000;
const WORKSPACE_ROOT = '/srv/opensymphony/workspaces';
const AGENT_SERVER_URL = 'http://127.0.0.1:3000';
const MEMORY_SERVER_URL = 'http://127.0.0.1:3100';
/** Where the demo's issues pretend to live, so the dashboard can link to them. */
const TRACKER_URL = 'https://tracker.example/';
const MAX_RUNNING = 3;
const ISSUES_ON_BOARD = 7;
const RECENT_EVENTS_KEPT = 12;
const CONVERSATION_EVENTS_KEPT = 6;
// Model prices in micro-dollars per token (3, 15 and 0.3 dollars per million).
const INPUT_PRICE = 3;
const OUTPUT_PRICE = 15;
const CACHE_PRICE = 0.3;

const TITLES = [
  'Retry failed webhook deliveries with backoff',
  'Add pagination to the issues API',
  'Fix flaky integration test for the scheduler',
  'Observability: export worker metrics',
  'Migrate config loading to the new schema',
  'Harden workspace cleanup after cancellation',
  'Speed up cold start of the agent server',
  'Document the control-plane contract',
  'Support per-repo concurrency limits',
  'Handle tracker rate limits gracefully',
  'Stream tool output to the dashboard',
  'Deduplicate retry scheduling',
];
const FILES = ['src/scheduler.rs', 'src/tracker/linear.rs', 'src/control.rs', 'src/workspace.rs', 'tests/e2e.rs', 'README.md', 'src/config.rs', 'docs/ops.md'];
const CONVERSATION = [
  ['message', 'read the issue and planned the change'],
  ['tool_call', 'ran cargo test -p opensymphony'],
  ['tool_call', 'opened src/scheduler.rs'],
  ['message', 'proposed a fix for the failing case'],
  ['tool_call', 'applied an edit to 2 files'],
  ['test_run', 'cargo test: 148 passed, 0 failed'],
  ['message', 'wrote the pull-request description'],
] as const;

/** A small, fast, seedable PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface DemoIssue extends IssueSnapshot {
  input_tokens: number;
  output_tokens: number;
  cache_read_tokens: number;
  ticksInState: number;
  workTicks: number;
}

export class DemoOrchestrator {
  readonly #random: () => number;
  readonly #issues: DemoIssue[] = [];
  #recent: RecentEvent[] = [];
  #nextIssue = 101;
  #nextEvent = 1;
  #ticks = 0;
  #daemonState: DaemonSnapshot['daemon']['state'] = 'starting';
  #agentReachable = true;
  #memoryReachable = true;
  #lastPoll: string;
  #metrics = { input_tokens: 0, output_tokens: 0, cache_read_tokens: 0, total_cost_micros: 0 };

  constructor(seed: number, now: Date) {
    this.#random = seededRandom(seed);
    this.#lastPoll = formatTimestamp(now);
    for (let index = 0; index < ISSUES_ON_BOARD; index += 1) this.#addIssue(now);
  }

  #int(min: number, max: number): number {
    return min + Math.floor(this.#random() * (max - min + 1));
  }

  #pick<T>(items: readonly T[]): T {
    return items[this.#int(0, items.length - 1)]!;
  }

  #addIssue(now: Date): void {
    const identifier = `DEMO-${this.#nextIssue}`;
    this.#nextIssue += 1;
    this.#issues.push({
      identifier,
      title: this.#pick(TITLES),
      tracker_state: 'Todo',
      runtime_state: 'idle',
      last_outcome: 'unknown',
      last_event_at: formatTimestamp(now),
      conversation_id_suffix: Math.floor(this.#random() * 0xffffff).toString(16).padStart(6, '0'),
      workspace_path_suffix: identifier,
      retry_count: 0,
      blocked: this.#random() < 0.1,
      server_base_url: AGENT_SERVER_URL,
      transport_target: 'loopback',
      http_auth_mode: 'none',
      websocket_auth_mode: 'none',
      recent_events: [],
      modified_files: [],
      input_tokens: 0,
      output_tokens: 0,
      cache_read_tokens: 0,
      url: `${TRACKER_URL}${identifier}`,
      ticksInState: 0,
      workTicks: this.#int(4, 12),
    });
  }

  #log(now: Date, kind: RecentEventKind, issue: string | null, summary: string): void {
    this.#recent = [{ happened_at: formatTimestamp(now), issue_identifier: issue, kind, summary }, ...this.#recent].slice(0, RECENT_EVENTS_KEPT);
  }

  #move(issue: DemoIssue, state: IssueSnapshot['runtime_state'], now: Date): void {
    issue.runtime_state = state;
    issue.ticksInState = 0;
    issue.last_event_at = formatTimestamp(now);
  }

  #converse(issue: DemoIssue, now: Date): void {
    const [kind, summary] = this.#pick(CONVERSATION);
    const event: ConversationEvent = { event_id: `evt-${String(this.#nextEvent).padStart(5, '0')}`, happened_at: formatTimestamp(now), kind, summary };
    this.#nextEvent += 1;
    issue.recent_events = [event, ...(issue.recent_events ?? [])].slice(0, CONVERSATION_EVENTS_KEPT);
    if (kind === 'tool_call' && this.#random() < 0.6) {
      const path = this.#pick(FILES);
      const files: FileChange[] = issue.modified_files ?? [];
      const existing = files.find((file) => file.path === path);
      if (existing) {
        existing.lines_added += this.#int(1, 30);
        existing.lines_removed += this.#int(0, 10);
      } else {
        files.push({ path, change_kind: this.#random() < 0.2 ? 'created' : 'modified', lines_added: this.#int(1, 60), lines_removed: this.#int(0, 20) });
      }
      issue.modified_files = files;
    }
    const input = this.#int(800, 2600);
    const output = this.#int(150, 900);
    const cached = this.#int(300, 2000);
    issue.input_tokens += input;
    issue.output_tokens += output;
    issue.cache_read_tokens += cached;
    this.#metrics.input_tokens += input;
    this.#metrics.output_tokens += output;
    this.#metrics.cache_read_tokens += cached;
    this.#metrics.total_cost_micros += Math.round(input * INPUT_PRICE + output * OUTPUT_PRICE + cached * CACHE_PRICE);
    issue.last_event_at = formatTimestamp(now);
  }

  #tickIssue(issue: DemoIssue, now: Date, running: number): number {
    issue.ticksInState += 1;
    switch (issue.runtime_state) {
      case 'idle':
        if (!issue.blocked && running < MAX_RUNNING && this.#random() < 0.35) {
          this.#move(issue, 'running', now);
          issue.tracker_state = 'In Progress';
          issue.last_outcome = 'running';
          this.#log(now, 'workspace_prepared', issue.identifier, `prepared ${WORKSPACE_ROOT}/${issue.workspace_path_suffix}`);
          this.#log(now, 'worker_started', issue.identifier, `worker started (attempt ${issue.retry_count + 1})`);
          return running + 1;
        }
        if (issue.blocked && this.#random() < 0.1) issue.blocked = false;
        return running;
      case 'running':
        if (issue.ticksInState === 1) this.#log(now, 'stream_attached', issue.identifier, `attached to conversation ${issue.conversation_id_suffix}`);
        if (this.#agentReachable) this.#converse(issue, now);
        if (issue.ticksInState >= issue.workTicks) {
          const roll = this.#random();
          if (roll < 0.6) {
            this.#move(issue, 'completed', now);
            issue.last_outcome = 'completed';
            issue.tracker_state = 'In Review';
            this.#log(now, 'worker_completed', issue.identifier, 'worker completed; pull request opened');
          } else if (roll < 0.85 && issue.retry_count < 3) {
            this.#move(issue, 'retry_queued', now);
            issue.last_outcome = roll < 0.75 ? 'failed' : 'continued';
            issue.retry_count += 1;
            this.#log(now, 'retry_scheduled', issue.identifier, `retry ${issue.retry_count} scheduled in ${issue.retry_count * 30}s`);
          } else {
            this.#move(issue, 'failed', now);
            issue.last_outcome = 'failed';
            this.#log(now, 'warning', issue.identifier, 'worker failed; giving up after retries');
          }
          return running - 1;
        }
        return running;
      case 'retry_queued':
        if (issue.ticksInState >= 3 && running < MAX_RUNNING) {
          this.#move(issue, 'running', now);
          issue.last_outcome = 'running';
          issue.workTicks = this.#int(3, 8);
          this.#log(now, 'worker_started', issue.identifier, `worker started (attempt ${issue.retry_count + 1})`);
          return running + 1;
        }
        return running;
      case 'completed':
      case 'failed':
        if (issue.ticksInState === 4) issue.tracker_state = issue.runtime_state === 'completed' ? 'Done' : 'Todo';
        return running;
      default:
        return running;
    }
  }

  /** Advances the simulation by one tick at `now` and returns the snapshot to publish. */
  step(now: Date): DaemonSnapshot {
    this.#ticks += 1;
    this.#lastPoll = formatTimestamp(now);
    if (this.#daemonState === 'starting' && this.#ticks >= 2) {
      this.#daemonState = 'ready';
      this.#log(now, 'client_attached', null, 'operator dashboard attached');
    }
    // Now and then a dependency fails for a few ticks.
    if (this.#agentReachable && this.#random() < 0.03) {
      this.#agentReachable = false;
      this.#daemonState = 'degraded';
      this.#log(now, 'warning', null, 'agent server unreachable; pausing dispatch');
    } else if (!this.#agentReachable && this.#random() < 0.4) {
      this.#agentReachable = true;
      this.#daemonState = 'ready';
      this.#log(now, 'warning', null, 'agent server reachable again');
    }
    if (this.#random() < 0.02) this.#memoryReachable = !this.#memoryReachable;

    let running = this.#issues.filter((issue) => issue.runtime_state === 'running').length;
    for (const issue of this.#issues) running = this.#tickIssue(issue, now, running);
    // Finished issues leave the board after a while; new ones arrive from the tracker.
    for (let index = this.#issues.length - 1; index >= 0; index -= 1) {
      const issue = this.#issues[index]!;
      if ((issue.runtime_state === 'completed' || issue.runtime_state === 'failed') && issue.ticksInState > 8) this.#issues.splice(index, 1);
    }
    while (this.#issues.length < ISSUES_ON_BOARD) this.#addIssue(now);
    return this.snapshot(now);
  }

  /** The current state as a snapshot, without advancing. */
  snapshot(now: Date): DaemonSnapshot {
    const running = this.#issues.filter((issue) => issue.runtime_state === 'running').length;
    const { input_tokens, output_tokens, cache_read_tokens, total_cost_micros } = this.#metrics;
    return {
      generated_at: formatTimestamp(now),
      daemon: {
        state: this.#daemonState,
        last_poll_at: this.#lastPoll,
        workspace_root: WORKSPACE_ROOT,
        status_line: this.#daemonState === 'degraded' ? 'agent server unreachable' : `${running} running, polling every 30s`,
      },
      agent_server: {
        reachable: this.#agentReachable,
        base_url: AGENT_SERVER_URL,
        conversation_count: running,
        status_line: this.#agentReachable ? 'healthy' : 'connection refused',
      },
      memory_server: {
        enabled: true,
        reachable: this.#memoryReachable,
        endpoint: MEMORY_SERVER_URL,
        status_line: this.#memoryReachable ? 'connected' : 'reconnecting',
      },
      metrics: {
        running_issues: running,
        retry_queue_depth: this.#issues.filter((issue) => issue.runtime_state === 'retry_queued').length,
        input_tokens,
        output_tokens,
        cache_read_tokens,
        total_tokens: input_tokens + output_tokens + cache_read_tokens,
        total_cost_micros,
      },
      issues: this.#issues.map(({ ticksInState: _ticks, workTicks: _work, ...issue }) => structuredClone(issue)),
      recent_events: structuredClone(this.#recent),
    };
  }
}

/** Publishes a demo snapshot into `publish` every `intervalMs`; returns the stop function. */
export function runDemo(publish: (snapshot: DaemonSnapshot) => void, demo: DemoOrchestrator, intervalMs = DEMO_INTERVAL_MS, clock: () => Date = () => new Date()): () => void {
  const timer = setInterval(() => publish(demo.step(clock())), intervalMs);
  return () => clearInterval(timer);
}
