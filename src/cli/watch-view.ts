/**
 * Renders one frame of `watch`: the connection, the daemon's health, the metrics, the issues
 * and the recent events, as plain text that fits `width` columns. Pure, so tests can compare it.
 */
import type { SnapshotEnvelope } from '../../generated/api-types.js';

export type ConnectionView =
  | { state: 'connecting' | 'live' | 'once' }
  | { state: 'reconnecting'; reason: string; retryInMs: number };

export interface WatchView {
  url: string;
  connection: ConnectionView;
  envelope: SnapshotEnvelope | undefined;
}

const RECENT_EVENTS_SHOWN = 8;
const number = new Intl.NumberFormat('en-US');

function fit(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, Math.max(0, width - 1))}…`;
}

function time(timestamp: string): string {
  return timestamp.slice(11, 19);
}

function dollars(micros: number): string {
  return `$${(micros / 1_000_000).toFixed(2)}`;
}

function health(name: string, up: boolean, detail: string): string {
  return `${name} ${up ? 'up' : 'DOWN'} (${detail})`;
}

function connectionLine(view: WatchView): string {
  const { connection, envelope } = view;
  const position = envelope ? `sequence ${envelope.sequence}${envelope.epoch ? `, epoch ${envelope.epoch.slice(0, 8)}` : ''}` : 'no snapshot yet';
  switch (connection.state) {
    case 'live':
      return `LIVE · ${position}`;
    case 'once':
      return `SNAPSHOT · ${position}`;
    case 'connecting':
      return `CONNECTING · ${position}`;
    case 'reconnecting':
      return `RECONNECTING in ${(connection.retryInMs / 1000).toFixed(1)} s (${connection.reason}) · ${position}`;
  }
}

export function renderFrame(view: WatchView, width = 100): string {
  const lines = [`opensymphony-control · ${view.url} · ${connectionLine(view)}`];
  const envelope = view.envelope;
  if (!envelope) return `${lines.join('\n')}\n`;
  const { daemon, agent_server: agent, memory_server: memory, metrics, issues } = envelope.snapshot;
  lines.push(
    `daemon ${daemon.state} (${daemon.status_line}) · ${health('agent server', agent.reachable, agent.status_line)} · ${
      memory && memory.enabled ? health('memory server', memory.reachable, memory.status_line) : 'memory server disabled'
    }`,
    `published ${envelope.published_at} · last poll ${daemon.last_poll_at}`,
    `running ${metrics.running_issues} · retry queue ${metrics.retry_queue_depth} · tokens in ${number.format(metrics.input_tokens)} out ${number.format(
      metrics.output_tokens,
    )} cached ${number.format(metrics.cache_read_tokens)} total ${number.format(metrics.total_tokens)} · cost ${dollars(metrics.total_cost_micros)}`,
    '',
  );
  const columns = [
    { title: 'ISSUE', width: 10 },
    { title: 'TITLE', width: Math.max(12, width - 84) },
    { title: 'TRACKER', width: 12 },
    { title: 'RUNTIME', width: 13 },
    { title: 'OUTCOME', width: 10 },
    { title: 'RETRIES', width: 7 },
    { title: 'BLOCKED', width: 7 },
    { title: 'TOKENS', width: 11 },
  ];
  const row = (cells: string[]) => cells.map((cell, index) => fit(cell, columns[index]!.width)).join(' ').trimEnd();
  lines.push(row(columns.map((column) => column.title)));
  if (issues.length === 0) lines.push('(no issues)');
  for (const issue of issues) {
    const tokens = (issue.input_tokens ?? 0) + (issue.output_tokens ?? 0) + (issue.cache_read_tokens ?? 0);
    lines.push(
      row([
        issue.identifier,
        issue.title,
        issue.tracker_state,
        issue.runtime_state,
        issue.last_outcome,
        String(issue.retry_count),
        issue.blocked ? 'yes' : 'no',
        number.format(tokens),
      ]),
    );
  }
  lines.push('', 'RECENT EVENTS');
  const events = envelope.snapshot.recent_events.slice(0, RECENT_EVENTS_SHOWN);
  if (events.length === 0) lines.push('(none)');
  for (const event of events) {
    lines.push(fit(`${time(event.happened_at)}  ${fit(event.issue_identifier ?? '-', 10)} ${fit(event.kind, 18)} ${event.summary}`, width).trimEnd());
  }
  return `${lines.map((line) => (line.length > width ? `${line.slice(0, width - 1)}…` : line)).join('\n')}\n`;
}
