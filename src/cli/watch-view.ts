/**
 * One frame of `watch`, as lines of styled segments cut to the terminal: a fixed header (the
 * connection, the daemon's health, the metrics, the sort and filter), then as many issues as fit
 * (with "+N more"), then the recent events when there is room. Pure, so tests can compare it.
 */
import type { DaemonState, IssueRuntimeState, IssueSnapshot, SnapshotEnvelope, WorkerOutcome } from '../../generated/api-types.js';
import { displayWidth, fitLine, pad, paint, printable, type Line, type Segment, type Tone } from './terminal-text.js';

export type ConnectionView =
  | { state: 'connecting' | 'live' | 'once' }
  | { state: 'reconnecting'; reason: string; retryInMs: number };

/** The orders `s` cycles through, in that order. */
export const SORT_KEYS = ['identifier', 'runtime', 'tokens', 'last_event'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface WatchView {
  url: string;
  connection: ConnectionView;
  envelope: SnapshotEnvelope | undefined;
  sort: SortKey;
  /** Issues shown are those whose identifier, title or state contains this (any case); empty shows all. */
  filter: string;
  /** The filter being typed after `/`, until Enter applies it or Esc drops it. */
  editing?: string | undefined;
  /** Whether the keys work (a terminal), so their hints are shown. */
  keys?: boolean | undefined;
}

export interface FrameSize {
  width: number;
  /** Rows of the terminal; without one the frame has every issue and RECENT_EVENTS_SHOWN events. */
  height?: number | undefined;
}

const RECENT_EVENTS_SHOWN = 8;
/** Lines above the issue rows: the header, health, times, metrics, the sort and filter line, the column titles. */
const HEADER_LINES = 6;
/** From this many rows on, a few recent events keep their place even when the issues do not all fit. */
const EVENTS_RESERVED_FROM_ROWS = 30;
const EVENTS_RESERVED = 3;
/** The title column is never squeezed below this: other columns are dropped first. */
const TITLE_MIN_WIDTH = 16;

const SORT_LABELS: Record<SortKey, string> = { identifier: 'identifier', runtime: 'runtime state', tokens: 'tokens', last_event: 'last event' };
// Attention order: what is moving or failing first, what is settled last.
const RUNTIME_ORDER: Record<IssueRuntimeState, number> = { running: 0, retry_queued: 1, releasing: 2, failed: 3, idle: 4, completed: 5 };
const RUNTIME_TONES: Record<IssueRuntimeState, Tone | undefined> = {
  running: 'good',
  retry_queued: 'warn',
  releasing: 'info',
  failed: 'bad',
  idle: undefined,
  completed: 'dim',
};
const OUTCOME_TONES: Record<WorkerOutcome, Tone | undefined> = {
  unknown: undefined,
  running: undefined,
  continued: 'info',
  completed: 'good',
  failed: 'bad',
  canceled: 'warn',
};
const DAEMON_TONES: Record<DaemonState, Tone> = { starting: 'info', ready: 'good', degraded: 'warn', stopped: 'bad' };
const CONNECTION_TONES: Record<ConnectionView['state'], Tone> = { live: 'good', once: 'info', connecting: 'warn', reconnecting: 'bad' };

const number = new Intl.NumberFormat('en-US');
const identifiers = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Tokens an issue has spent, all kinds together. */
export function issueTokens(issue: IssueSnapshot): number {
  return (issue.input_tokens ?? 0) + (issue.output_tokens ?? 0) + (issue.cache_read_tokens ?? 0);
}

/** The sort key after `sort`, back to the first after the last. */
export function nextSort(sort: SortKey): SortKey {
  return SORT_KEYS[(SORT_KEYS.indexOf(sort) + 1) % SORT_KEYS.length]!;
}

function matches(issue: IssueSnapshot, needle: string): boolean {
  const haystack = [issue.identifier, issue.title, issue.tracker_state, issue.runtime_state, issue.runtime_state.replace('_', ' ')];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

const COMPARE: Record<SortKey, (a: IssueSnapshot, b: IssueSnapshot) => number> = {
  identifier: () => 0,
  runtime: (a, b) => RUNTIME_ORDER[a.runtime_state] - RUNTIME_ORDER[b.runtime_state],
  tokens: (a, b) => issueTokens(b) - issueTokens(a),
  last_event: (a, b) => Date.parse(b.last_event_at) - Date.parse(a.last_event_at),
};

/** The issues that match `filter`, in `sort` order (ties by identifier, numbers compared as numbers). */
export function selectIssues(issues: readonly IssueSnapshot[], filter: string, sort: SortKey): IssueSnapshot[] {
  const needle = filter.trim().toLowerCase();
  const kept = needle === '' ? [...issues] : issues.filter((issue) => matches(issue, needle));
  return kept.sort((a, b) => COMPARE[sort](a, b) || identifiers.compare(a.identifier, b.identifier));
}

function time(timestamp: string): string {
  return timestamp.slice(11, 19);
}

function dollars(micros: number): string {
  return `$${(micros / 1_000_000).toFixed(2)}`;
}

function text(value: string, tone?: Tone): Segment {
  return { text: printable(value), tone };
}

function headerLine(view: WatchView): Line {
  const { connection, envelope } = view;
  const position = envelope ? `sequence ${envelope.sequence}${envelope.epoch ? `, epoch ${envelope.epoch.slice(0, 8)}` : ''}` : 'no snapshot yet';
  const tone = CONNECTION_TONES[connection.state];
  const badge =
    connection.state === 'reconnecting'
      ? [text(`RECONNECTING in ${(connection.retryInMs / 1000).toFixed(1)} s`, tone), text(` (${connection.reason})`)]
      : [text(connection.state === 'once' ? 'SNAPSHOT' : connection.state.toUpperCase(), tone)];
  return [text('opensymphony-control', 'strong'), text(' · '), ...badge, text(` · ${position} · ${view.url}`)];
}

function healthLines(envelope: SnapshotEnvelope): Line[] {
  const { daemon, agent_server: agent, memory_server: memory, metrics } = envelope.snapshot;
  const up = (reachable: boolean): Segment => (reachable ? text('up', 'good') : text('DOWN', 'bad'));
  const memoryPart: Line =
    memory && memory.enabled ? [text(' · memory server '), up(memory.reachable), text(` (${memory.status_line})`)] : [text(' · memory server disabled')];
  return [
    [text('daemon '), text(daemon.state, DAEMON_TONES[daemon.state]), text(` (${daemon.status_line}) · agent server `), up(agent.reachable), text(` (${agent.status_line})`), ...memoryPart],
    [text(`published ${envelope.published_at} · last poll ${daemon.last_poll_at}`)],
    [
      text(
        `running ${metrics.running_issues} · retry queue ${metrics.retry_queue_depth} · tokens in ${number.format(metrics.input_tokens)} out ${number.format(
          metrics.output_tokens,
        )} cached ${number.format(metrics.cache_read_tokens)} total ${number.format(metrics.total_tokens)} · cost ${dollars(metrics.total_cost_micros)}`,
      ),
    ],
  ];
}

function statusLine(view: WatchView, shown: number, total: number): Line {
  if (view.editing !== undefined) {
    return [text('filter: ', 'strong'), text(`${view.editing}_`), text(' · Enter apply · Esc cancel', 'dim')];
  }
  const count = view.filter ? `${shown} of ${total} issues match "${view.filter}"` : `${total} issue${total === 1 ? '' : 's'}`;
  const line: Line = [text(`${count} · sort: ${SORT_LABELS[view.sort]}`)];
  if (view.keys) line.push(text(' · / filter · s sort · q quit', 'dim'));
  return line;
}

interface Column {
  title: string;
  width: number;
  align?: 'right';
  cell: (issue: IssueSnapshot) => Segment;
}

/** The widest of `values` (and `title`), within [min, max]. */
function widthOf(title: string, values: readonly string[], max: number): number {
  return Math.min(max, Math.max(displayWidth(title), ...values.map((value) => displayWidth(printable(value)))));
}

/**
 * The issue table's columns for `width`: each sized to its content, the title taking what is
 * left; when the title would get less than TITLE_MIN_WIDTH, the least useful columns go first.
 */
export function issueColumns(issues: readonly IssueSnapshot[], width: number): Column[] {
  const identifier: Column = { title: 'ISSUE', width: widthOf('ISSUE', issues.map((issue) => issue.identifier), 16), cell: (issue) => text(issue.identifier) };
  // The state columns are as wide as their longest state, so they do not move as states change.
  const runtime: Column = {
    title: 'RUNTIME',
    width: widthOf('RUNTIME', Object.keys(RUNTIME_ORDER), Number.MAX_SAFE_INTEGER),
    cell: (issue) => text(issue.runtime_state, RUNTIME_TONES[issue.runtime_state]),
  };
  const tokens: Column = {
    title: 'TOKENS',
    width: widthOf('TOKENS', issues.map((issue) => number.format(issueTokens(issue))), 14),
    align: 'right',
    cell: (issue) => text(number.format(issueTokens(issue))),
  };
  const tracker: Column = { title: 'TRACKER', width: widthOf('TRACKER', issues.map((issue) => issue.tracker_state), 14), cell: (issue) => text(issue.tracker_state) };
  const outcome: Column = {
    title: 'OUTCOME',
    width: widthOf('OUTCOME', Object.keys(OUTCOME_TONES), Number.MAX_SAFE_INTEGER),
    cell: (issue) => text(issue.last_outcome, OUTCOME_TONES[issue.last_outcome]),
  };
  const retries: Column = { title: 'RETRIES', width: 7, align: 'right', cell: (issue) => text(String(issue.retry_count), issue.retry_count > 0 ? 'warn' : undefined) };
  const blocked: Column = { title: 'BLOCKED', width: 7, cell: (issue) => (issue.blocked ? text('yes', 'warn') : text('no')) };
  // Dropped from the first to the last as the terminal narrows.
  const optional = [blocked, retries, outcome, tracker, tokens, runtime];
  const fixedWidth = (columns: Column[]) => columns.reduce((sum, column) => sum + column.width + 1, identifier.width + 1);
  const kept = [...optional];
  while (kept.length > 0 && width - fixedWidth(kept) < TITLE_MIN_WIDTH) kept.shift();
  const longestTitle = widthOf('TITLE', issues.map((issue) => issue.title), Number.MAX_SAFE_INTEGER);
  const title: Column = {
    title: 'TITLE',
    width: Math.max(1, Math.min(width - fixedWidth(kept), Math.max(TITLE_MIN_WIDTH, longestTitle))),
    cell: (issue) => text(issue.title),
  };
  const order = [runtime, tracker, outcome, retries, blocked, tokens].filter((column) => kept.includes(column));
  return [identifier, title, ...order];
}

function tableRow(columns: Column[], cells: Segment[]): Line {
  const line: Line = [];
  columns.forEach((column, index) => {
    const cell = cells[index]!;
    const cut = pad(cell.text, column.width).trimEnd();
    // Only the text is coloured, never the padding around it.
    const padding = { text: ' '.repeat(column.width - displayWidth(cut)) };
    if (index > 0) line.push({ text: ' ' });
    if (column.align === 'right') line.push(padding, { text: cut, tone: cell.tone });
    else line.push({ text: cut, tone: cell.tone }, padding);
  });
  return line;
}

function eventLine(event: SnapshotEnvelope['snapshot']['recent_events'][number]): Line {
  return [text(`${time(event.happened_at)}  ${pad(printable(event.issue_identifier ?? '-'), 10)} ${pad(printable(event.kind), 18)} ${event.summary}`)];
}

/** How many issue rows and event rows a frame of `height` rows has room for. */
function budget(height: number | undefined, issueCount: number, eventCount: number): { issueRows: number; eventRows: number } {
  const wantedEvents = Math.min(RECENT_EVENTS_SHOWN, Math.max(1, eventCount));
  const wantedIssues = Math.max(1, issueCount);
  if (height === undefined) return { issueRows: wantedIssues, eventRows: wantedEvents };
  const room = Math.max(1, height - HEADER_LINES);
  // Issues come first; the events (a blank line, a title, the events) take what is left.
  if (wantedIssues <= room) return { issueRows: wantedIssues, eventRows: Math.max(0, Math.min(wantedEvents, room - wantedIssues - 2)) };
  const reserved = height >= EVENTS_RESERVED_FROM_ROWS ? Math.min(EVENTS_RESERVED, wantedEvents) : 0;
  return { issueRows: room - (reserved > 0 ? reserved + 2 : 0), eventRows: reserved };
}

/** The frame's lines, none wider than `size.width`, no more of them than `size.height`. */
export function renderLines(view: WatchView, size: FrameSize): Line[] {
  const width = Math.max(1, size.width);
  const lines: Line[] = [headerLine(view)];
  const envelope = view.envelope;
  if (!envelope) {
    lines.push([text('waiting for the first snapshot…', 'dim')]);
  } else {
    const { issues, recent_events: events } = envelope.snapshot;
    const selected = selectIssues(issues, view.filter, view.sort);
    lines.push(...healthLines(envelope), statusLine(view, selected.length, issues.length));
    const columns = issueColumns(issues, width);
    lines.push(tableRow(columns, columns.map((column) => ({ text: column.title, tone: 'strong' as const }))));
    const { issueRows, eventRows } = budget(size.height, selected.length, events.length);
    if (selected.length === 0) lines.push([text(issues.length === 0 ? '(no issues)' : `(no issue matches "${view.filter}")`, 'dim')]);
    const shown = selected.length <= issueRows ? selected.length : Math.max(0, issueRows - 1);
    for (const issue of selected.slice(0, shown)) lines.push(tableRow(columns, columns.map((column) => column.cell(issue))));
    if (shown < selected.length) lines.push([text(`+${selected.length - shown} more`, 'dim'), text(view.keys ? ' (/ to filter, s to sort)' : '', 'dim')]);
    if (eventRows > 0) {
      lines.push([], [text('RECENT EVENTS', 'strong')]);
      if (events.length === 0) lines.push([text('(none)', 'dim')]);
      for (const event of events.slice(0, eventRows)) lines.push(eventLine(event));
    }
  }
  const kept = size.height === undefined ? lines : lines.slice(0, Math.max(1, size.height));
  return kept.map((line) => fitLine(line, width));
}

/** The frame as text, one line per line of the frame, each ending in a newline; colours only when `color`. */
export function renderFrame(view: WatchView, size: FrameSize, color = false): string {
  return renderLines(view, size)
    .map((line) => `${paint(line, color)}\n`)
    .join('');
}
