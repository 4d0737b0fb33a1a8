/**
 * The canonical wire form of a snapshot: what the Rust reference would write for the same
 * value, byte for byte. Producers may send fields in any order, leave defaults out, or use
 * another UTC offset; readers and the store turn what they get into this one form.
 *
 * - fields come in the reference's declaration order; fields this version does not know (added
 *   by newer producers) are kept, after the known ones, in the order they came;
 * - defaults are filled in: `memory_server`, the per-issue token counts;
 * - what the reference omits is omitted: absent optional strings, empty `recent_events` and
 *   `modified_files` of an issue;
 * - timestamps are UTC with `Z`, with fractional seconds only when non-zero, in groups of
 *   3, 6 or 9 digits (chrono's `SecondsFormat::AutoSi`).
 *
 * Every function here expects a value that already passed the generated validator.
 */
import type { DaemonSnapshot, MemoryServerStatus, SnapshotEnvelope } from '../generated/api-types.js';

/** What a reader assumes when a producer leaves `memory_server` out. */
export const DEFAULT_MEMORY_SERVER: Readonly<MemoryServerStatus> = Object.freeze({
  enabled: false,
  reachable: false,
  status_line: 'disabled',
});

/** Already what the reference writes: UTC `Z`, and 0, 3, 6 or 9 fractional digits not ending in a zero group. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:(?:[0-5]\d)(?:\.(?:\d{3}){1,3})?Z$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;
const NANOS_DIGITS = 9;

function fractionAutoSi(nanos: string): string {
  // chrono prints 3, 6 or 9 digits: the fewest that keep every non-zero digit.
  if (/^0+$/.test(nanos)) return '';
  if (nanos.endsWith('000000')) return `.${nanos.slice(0, 3)}`;
  if (nanos.endsWith('000')) return `.${nanos.slice(0, 6)}`;
  return `.${nanos}`;
}

/**
 * Rewrites an RFC 3339 timestamp the way the reference serialises it: converted to UTC, `Z`,
 * sub-second digits only when non-zero (up to nanoseconds). A string that is not RFC 3339, or a
 * leap second (which a JavaScript Date cannot hold), is returned unchanged.
 */
export function normalizeTimestamp(value: string): string {
  if (CANONICAL.test(value) && !/\.(?:\d{3})*000Z$/.test(value)) return value;
  const match = RFC3339.exec(value);
  if (!match) return value;
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = match;
  if (second === '60') return value;
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  }
  const millis =
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) -
    offsetMinutes * 60_000;
  const whole = new Date(millis).toISOString().slice(0, 19);
  const nanos = fraction.slice(0, NANOS_DIGITS).padEnd(NANOS_DIGITS, '0');
  return `${whole}${fractionAutoSi(nanos)}Z`;
}

/** Formats an instant the way the reference does (millisecond precision, as a Date holds). */
export function formatTimestamp(date: Date): string {
  return normalizeTimestamp(date.toISOString());
}

type Rule = (value: unknown) => unknown;

interface Field {
  name: string;
  rule?: Rule;
  /** Used when the field is absent. */
  fallback?: () => unknown;
  /** The reference leaves the field out when it is an empty array. */
  omitEmpty?: boolean;
}

function object(fields: Field[]): Rule {
  const known = new Set(fields.map((field) => field.name));
  return (value) => {
    const input = value as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const field of fields) {
      let item = input[field.name];
      if (item === undefined) {
        if (!field.fallback) continue;
        item = field.fallback();
      }
      if (field.omitEmpty && Array.isArray(item) && item.length === 0) continue;
      output[field.name] = field.rule ? field.rule(item) : item;
    }
    for (const [name, item] of Object.entries(input)) {
      // defineProperty, not assignment: an unknown `__proto__` key is data to keep, not a prototype.
      if (!known.has(name)) Object.defineProperty(output, name, { value: item, enumerable: true, writable: true, configurable: true });
    }
    return output;
  };
}

function list(rule: Rule): Rule {
  return (value) => (value as unknown[]).map(rule);
}

const timestamp: Rule = (value) => normalizeTimestamp(value as string);
const plain = (...names: string[]): Field[] => names.map((name) => ({ name }));
const zero = () => 0;

const daemonStatus = object([{ name: 'state' }, { name: 'last_poll_at', rule: timestamp }, ...plain('workspace_root', 'status_line')]);
const agentServerStatus = object(plain('reachable', 'base_url', 'conversation_count', 'status_line'));
const memoryServerStatus = object(plain('enabled', 'reachable', 'endpoint', 'status_line'));
const metrics = object(
  plain('running_issues', 'retry_queue_depth', 'input_tokens', 'output_tokens', 'cache_read_tokens', 'total_tokens', 'total_cost_micros'),
);
const conversationEvent = object([{ name: 'event_id' }, { name: 'happened_at', rule: timestamp }, ...plain('kind', 'summary')]);
const fileChange = object(plain('path', 'change_kind', 'lines_added', 'lines_removed'));
const issue = object([
  ...plain('identifier', 'title', 'tracker_state', 'runtime_state', 'last_outcome'),
  { name: 'last_event_at', rule: timestamp },
  ...plain(
    'conversation_id_suffix',
    'workspace_path_suffix',
    'retry_count',
    'blocked',
    'server_base_url',
    'transport_target',
    'http_auth_mode',
    'websocket_auth_mode',
    'websocket_query_param_name',
  ),
  { name: 'recent_events', rule: list(conversationEvent), omitEmpty: true },
  { name: 'modified_files', rule: list(fileChange), omitEmpty: true },
  { name: 'input_tokens', fallback: zero },
  { name: 'output_tokens', fallback: zero },
  { name: 'cache_read_tokens', fallback: zero },
]);
const recentEvent = object([{ name: 'happened_at', rule: timestamp }, ...plain('issue_identifier', 'kind', 'summary')]);
const daemonSnapshot = object([
  { name: 'generated_at', rule: timestamp },
  { name: 'daemon', rule: daemonStatus },
  { name: 'agent_server', rule: agentServerStatus },
  { name: 'memory_server', rule: memoryServerStatus, fallback: () => ({ ...DEFAULT_MEMORY_SERVER }) },
  { name: 'metrics', rule: metrics },
  { name: 'issues', rule: list(issue) },
  { name: 'recent_events', rule: list(recentEvent) },
]);
const envelope = object([
  { name: 'sequence' },
  { name: 'published_at', rule: timestamp },
  { name: 'snapshot', rule: daemonSnapshot },
  { name: 'epoch' },
]);

/** The canonical form of a validated snapshot (a new object; the input is not changed). */
export function canonicalSnapshot(snapshot: DaemonSnapshot): DaemonSnapshot {
  return daemonSnapshot(snapshot) as DaemonSnapshot;
}

/** The canonical form of a validated envelope (a new object; the input is not changed). */
export function canonicalEnvelope(value: SnapshotEnvelope): SnapshotEnvelope {
  return envelope(value) as SnapshotEnvelope;
}
