/**
 * The canonical wire form of a snapshot: what the Rust reference would write for the same
 * value, byte for byte. Producers may send fields in any order, leave defaults out, or use
 * another UTC offset; readers and the store turn what they get into this one form.
 *
 * What each type's form is (member order, defaults, omissions) is the schema's to say:
 * `npm run generate` turns spec/control-plane.schema.yaml into one straight-line builder of the
 * canonical object per type, and one straight-line serialiser of its JSON per type
 * (generated/wire.ts). A built object is written by native `JSON.stringify`, which is faster
 * than any string building in JavaScript; the serialisers write the few objects JavaScript
 * cannot hold in canonical order (one with a member named like an array index, "7", which it
 * enumerates first). This module holds the generic pieces both call and binds them:
 * - timestamps are UTC with `Z`, with fractional seconds only when non-zero, in groups of
 *   3, 6 or 9 digits (chrono's `SecondsFormat::AutoSi`);
 * - members this version does not know (added by newer producers) are kept, after the known
 *   ones, in the order they came, as JSON.stringify writes them; one carrying an integer past
 *   2^53 - 1 (JSON.parse has already rounded it) or a number past a double's range (`1e400`,
 *   which JSON.parse makes Infinity and JSON.stringify null) is refused (`UnsafeIntegerError`).
 *
 * Every builder and serialiser expects a value that already passed the generated validator.
 */
import type { DaemonSnapshot, MemoryServerStatus, SnapshotEnvelope } from '../generated/api-types.js';
import {
  createWireBuilders,
  createWireCheckers,
  createWireSerializers,
  deepFreeze,
  DEFAULTS,
  type WireBuilders,
  type WireBuildRuntime,
  type WireCheckers,
  type WireRuntime,
  type WireSerializers,
} from '../generated/wire.js';
import { rfc3339Fields } from './rfc3339.js';

/** What a reader assumes when a producer leaves `memory_server` out (the schema's default). */
export const DEFAULT_MEMORY_SERVER: Readonly<MemoryServerStatus> = DEFAULTS.MemoryServerStatus;

/** Already what the reference writes: UTC `Z`, and 0, 3, 6 or 9 fractional digits not ending in a zero group. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:[0-5]\d(?:\.(?:\d{3}){0,2}(?!000)\d{3})?Z$/;
const NANOS_DIGITS = 9;
const MS_PER_MINUTE = 60_000;

function fractionAutoSi(nanos: string): string {
  // chrono prints 3, 6 or 9 digits: the fewest that keep every non-zero digit.
  if (/^0+$/.test(nanos)) return '';
  if (nanos.endsWith('000000')) return `.${nanos.slice(0, 3)}`;
  if (nanos.endsWith('000')) return `.${nanos.slice(0, 6)}`;
  return `.${nanos}`;
}

/**
 * Rewrites an RFC 3339 timestamp the way the reference serialises it: converted to UTC, `Z`,
 * sub-second digits only when non-zero (up to nanoseconds). A string without the form of one
 * (src/rfc3339.ts), or a leap second (which a JavaScript Date cannot hold), is returned
 * unchanged. The value is one the validators accepted: its fields are not range-checked again.
 */
export function normalizeTimestamp(value: string): string {
  if (CANONICAL.test(value)) return value;
  const parts = rfc3339Fields(value);
  if (!parts) return value;
  // A Date cannot hold a leap second: the instant is taken at :59 and written back as :60, as
  // chrono writes one (the schema allows :60 only where it falls at 23:59 UTC).
  const leap = parts.second === 60;
  const local = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  local.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  local.setUTCHours(parts.hour, parts.minute, leap ? 59 : parts.second);
  const utc = new Date(local.getTime() - parts.offsetMinutes * MS_PER_MINUTE);
  const two = (value: number) => String(value).padStart(2, '0');
  const whole = `${chronoYear(utc.getUTCFullYear())}-${two(utc.getUTCMonth() + 1)}-${two(utc.getUTCDate())}T${two(utc.getUTCHours())}:${two(utc.getUTCMinutes())}:${leap ? '60' : two(utc.getUTCSeconds())}`;
  const nanos = parts.fraction.slice(0, NANOS_DIGITS).padEnd(NANOS_DIGITS, '0');
  return `${whole}${fractionAutoSi(nanos)}Z`;
}

/** A year as chrono writes it: 0–9999 in four digits, any other signed, in four digits at least. */
function chronoYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(4, '0')}`;
}

/** Formats an instant the way the reference does (millisecond precision, as a Date holds). */
export function formatTimestamp(date: Date): string {
  return normalizeTimestamp(date.toISOString());
}

/** A member the schema does not know carries a number JavaScript cannot carry exactly. */
export class UnsafeIntegerError extends RangeError {
  constructor() {
    super(`an unknown member carries an integer past ${Number.MAX_SAFE_INTEGER} or a number past a double's range, which cannot be carried exactly`);
    this.name = 'UnsafeIntegerError';
  }
}

/** An odd run of backslashes, then a surrogate's escape: JSON.stringify escapes a surrogate only when it is lone. */
const LONE_SURROGATE_ESCAPE = /(?<!\\)(?:\\\\)*\\ud[89a-f]/;

/**
 * Whether JSON written by JSON.stringify (as every serialiser here writes strings) carries a lone
 * surrogate, which has no UTF-8 form and which serde_json refuses to read into a string.
 */
export function escapesLoneSurrogate(json: string): boolean {
  return json.includes('\\ud') && LONE_SURROGATE_ESCAPE.test(json);
}

/** A number JSON cannot carry as it came: an integer past 2^53 - 1, or not finite (`1e400` parses to Infinity). */
export function isUnsafeNumber(item: number): boolean {
  return !Number.isSafeInteger(item) && (Number.isInteger(item) || !Number.isFinite(item));
}

/**
 * Whether `value` is, or holds at any depth, a number JSON cannot carry as it came
 * (`isUnsafeNumber`). Iterative, as deep as the value is; `value` must not be cyclic (JSON never is).
 */
export function holdsUnsafeNumber(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'number') {
      if (isUnsafeNumber(item)) return true;
    } else if (typeof item === 'object' && item !== null) {
      for (const child of Object.values(item)) if (typeof child === 'object' ? child !== null : typeof child === 'number') pending.push(child);
    }
  }
  return false;
}

function unknownMembers(value: object, known: ReadonlySet<string>): string {
  let out = '';
  const record = value as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    if (known.has(name)) continue;
    // An own `__proto__` member reads as its own value: it is data, not the prototype.
    const item = record[name];
    // Stringified first: it refuses a cycle (TypeError) before the walk could go round it.
    const json = JSON.stringify(item) as string | undefined;
    if (json === undefined) continue;
    if (holdsUnsafeNumber(item)) throw new UnsafeIntegerError();
    out += `,${JSON.stringify(name)}:${json}`;
  }
  return out;
}

/** The generic pieces the generated serialisers call. */
export const WIRE_RUNTIME: WireRuntime = Object.freeze({ timestamp: normalizeTimestamp, unknownMembers });

/**
 * The canonical JSON of a validated value of each object type of the schema, written in one
 * pass. A value with an integer past 2^53 - 1 in an unknown member throws `UnsafeIntegerError`.
 */
export const WIRE: WireSerializers = createWireSerializers(WIRE_RUNTIME);

/** Whether JavaScript enumerates a member of this name before the others: an array index, a canonical integer below 2^32 - 1. */
export function isArrayIndex(name: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(name) && Number(name) < 2 ** 32 - 1;
}

/**
 * A JSON copy of a value from outside (what JSON.parse of its JSON gives: plain data, nothing
 * the caller holds), or undefined when JSON has no form for it. Refuses, with
 * `UnsafeIntegerError`, an integer past 2^53 - 1 or a number not finite anywhere in it.
 */
function jsonCopy(item: unknown): unknown {
  // Stringified first: it refuses a cycle (TypeError) before the walk could go round it.
  const json = JSON.stringify(item) as string | undefined;
  if (json === undefined) return undefined;
  const copy = JSON.parse(json) as unknown;
  // The copy holds a number not finite as null: the original is looked at only when one may be there.
  if (holdsUnsafeNumber(copy) || (json.includes('null') && holdsUnsafeNumber(item))) throw new UnsafeIntegerError();
  return copy;
}

/**
 * The builders' runtime. `toFreeze`, when given, collects the copies of unknown members, to be
 * frozen all the way down once written: native JSON.stringify recurses deeper into plain arrays
 * than into frozen ones, and an unknown member may be nested thousands of levels deep. The
 * objects the builders make themselves are frozen as they are made (`seal`).
 */
function buildRuntime(toFreeze?: unknown[]): WireBuildRuntime {
  const keep = toFreeze === undefined ? <T>(value: T): T => value : <T>(value: T): T => (toFreeze.push(value), value);
  return Object.freeze({
    timestamp: normalizeTimestamp,
    appendUnknown(target: object, source: object, known: ReadonlySet<string>): boolean {
      let inOrder = true;
      const record = source as Record<string, unknown>;
      for (const name of Object.keys(record)) {
        if (known.has(name)) continue;
        // An own `__proto__` member reads as its own value, and is defined (not assigned) as data.
        const item = jsonCopy(record[name]);
        if (item === undefined) continue;
        if (isArrayIndex(name)) inOrder = false;
        Object.defineProperty(target, name, { value: keep(item), enumerable: true, writable: true, configurable: true });
      }
      return inOrder;
    },
    copy: (value: unknown) => keep(jsonCopy(value)),
    seal: toFreeze === undefined ? <T extends object>(value: T): T => value : Object.freeze,
  });
}

/** The unknown members' copies the frozen builders made since the last publish, still to freeze. */
const unfrozen: unknown[] = [];
/** Builders of canonical objects frozen as they are made, as the store publishes them. */
const FROZEN_BUILDERS: WireBuilders = createWireBuilders(buildRuntime(unfrozen));
/** Builders of canonical objects the caller may change. */
const BUILDERS: WireBuilders = createWireBuilders(buildRuntime());

/** Whether a validated value is already its canonical object, which JSON.stringify writes as it is. */
export const WIRE_CHECKERS: WireCheckers = createWireCheckers({ isCanonicalTimestamp: (value) => CANONICAL.test(value) });

/**
 * The snapshot member decoded from the envelope's JSON on first read rather than copied at
 * publish: the one that grows with the daemon's work (5 000 issues are 3.6 MB of JSON, and a
 * copy of them costs more than writing them, mostly in garbage collection).
 */
const DEFERRED_MEMBER = 'issues' satisfies keyof DaemonSnapshot;

/** What a snapshot with deferred issues holds for them: the JSON to decode them from, until they are decoded. */
interface DeferredState {
  json: string | undefined;
  decoded: unknown;
  /** How many there are, known without decoding them (for `/healthz`). */
  readonly count: number;
}

/**
 * Where a snapshot holds its `DeferredState`: a symbol-keyed member that is not enumerable, so
 * JSON, `Object.keys` and equality checks never see it. (A WeakMap would do as well, but its
 * entries keep the JSON of every short-lived envelope alive through minor collections.)
 */
const DEFERRED_STATE = Symbol('deferred issues');

/**
 * Where an envelope a store made holds its JSON, for `jsonOfEnvelope`: a symbol-keyed member
 * that is not enumerable, like `DEFERRED_STATE` and for the same reason. The JSON lives and dies
 * with its envelope.
 */
const ENVELOPE_JSON = Symbol('envelope JSON');

/**
 * Freezes `envelope` all the way down, holding `json` as its JSON from now on. Its members may
 * be frozen already; the envelope itself must not be.
 */
export function freezeEnvelope(envelope: SnapshotEnvelope, json: string): Readonly<SnapshotEnvelope> {
  Object.defineProperty(envelope, ENVELOPE_JSON, { value: json });
  return deepFreeze(envelope);
}

/** The JSON of an envelope `freezeEnvelope` froze, or undefined for any other value. */
export function jsonOfEnvelope(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? (value as { [ENVELOPE_JSON]?: string })[ENVELOPE_JSON] : undefined;
}

/**
 * The getter of every deferred member: one function for all, so every such snapshot shares one
 * hidden class (a getter per object would give each a map of its own, in the old generation).
 */
function decodeDeferred(this: { [DEFERRED_STATE]?: DeferredState }): unknown {
  const state = this[DEFERRED_STATE];
  if (state === undefined) return undefined;
  if (state.json !== undefined) {
    state.decoded = deepFreeze((JSON.parse(state.json) as SnapshotEnvelope).snapshot[DEFERRED_MEMBER]);
    state.json = undefined;
  }
  return state.decoded;
}

/** How many issues a snapshot holds; for one whose issues are deferred, without decoding them. */
export function issueCount(snapshot: Readonly<DaemonSnapshot>): number {
  return (snapshot as { [DEFERRED_STATE]?: DeferredState })[DEFERRED_STATE]?.count ?? snapshot[DEFERRED_MEMBER].length;
}

/**
 * How `util.inspect` (and so `console.log`) shows a snapshot with deferred issues: as the plain
 * object it stands for, issues included, rather than `issues: [Getter]`. Keyed by the symbol
 * node:util reads, so this module imports nothing from Node.
 */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

function inspectDeferred(this: object): object {
  return { ...this };
}

/**
 * An envelope and its JSON, made in two steps so the JSON can go out first: the JSON is final
 * from the start; `seal` then freezes the envelope all the way down (and lets `jsonOfEnvelope`
 * answer its JSON). Until `seal`, the envelope may still share members with the caller's value:
 * only code that reads nothing but `json` (and the envelope's `sequence` and `epoch`) may see it.
 */
export interface EnvelopeDraft {
  readonly envelope: SnapshotEnvelope;
  readonly json: string;
  /** Freezes the envelope; idempotent. */
  seal(): void;
}

/**
 * The draft of a value already canonical, its JSON written from the value as it is: once sealed,
 * the envelope is a frozen canonical copy of everything but the issues, which are decoded from
 * that JSON (and frozen) when first read. Nothing the caller holds is shared then, and reading the
 * envelope gives what the builder would have made.
 */
function draftOfCanonical(value: SnapshotEnvelope): EnvelopeDraft {
  const issues = value.snapshot[DEFERRED_MEMBER];
  const envelope = BUILDERS.SnapshotEnvelope({ ...value, snapshot: { ...value.snapshot, [DEFERRED_MEMBER]: [] } }).value;
  const snapshot = envelope.snapshot as unknown as Record<string, unknown>;
  // The JSON is written from the copy, with the caller's issues read once: the envelope and its
  // JSON agree even for a value whose getters answer differently at each read.
  snapshot[DEFERRED_MEMBER] = issues;
  const json = JSON.stringify(envelope);
  let sealed = false;
  const seal = () => {
    if (sealed) return;
    sealed = true;
    for (const [name, member] of Object.entries(snapshot)) if (name !== DEFERRED_MEMBER) deepFreeze(member);
    const state: DeferredState = { json, decoded: undefined, count: issues.length };
    Object.defineProperty(snapshot, DEFERRED_STATE, { value: state });
    Object.defineProperty(snapshot, INSPECT, { value: inspectDeferred });
    // Redefined in place, the member keeps its position, so the envelope still writes its JSON.
    Object.defineProperty(snapshot, DEFERRED_MEMBER, { enumerable: true, get: decodeDeferred });
    Object.freeze(snapshot);
    freezeEnvelope(envelope, json);
  };
  return { envelope, json, seal };
}

/** Nothing left to do: the draft's envelope was frozen as it was made. */
function alreadySealed(): void {}

/**
 * The canonical form of a validated envelope with its JSON, as a draft to seal. A value already
 * canonical (what producers that follow the schema send) is written as it is, and frozen at
 * `seal`; any other is built (and frozen) first, and native JSON.stringify writes the built object
 * unless JavaScript cannot hold it in canonical order (a member named like an array index), when
 * the serialiser writes it. An integer past 2^53 - 1 in an unknown member throws
 * `UnsafeIntegerError`.
 */
export function envelopeDraft(value: SnapshotEnvelope): EnvelopeDraft {
  if (WIRE_CHECKERS.SnapshotEnvelope(value)) return draftOfCanonical(value);
  try {
    const built = FROZEN_BUILDERS.SnapshotEnvelope(value);
    const json = built.inOrder ? JSON.stringify(built.value) : WIRE.SnapshotEnvelope(built.value);
    for (const item of unfrozen) deepFreeze(item);
    // A copy of the frozen root (four members) to hold the JSON.
    return { envelope: freezeEnvelope({ ...built.value }, json), json, seal: alreadySealed };
  } finally {
    unfrozen.length = 0;
  }
}

/** A draft sealed: its envelope frozen all the way down, with its JSON. */
export function sealedDraft({ envelope, json, seal }: EnvelopeDraft): { envelope: Readonly<SnapshotEnvelope>; json: string } {
  seal();
  return { envelope, json };
}

/** The canonical form of a validated envelope, frozen all the way down, with its JSON (`envelopeDraft`, sealed). */
export function frozenEnvelopeWithJson(value: SnapshotEnvelope): { envelope: Readonly<SnapshotEnvelope>; json: string } {
  return sealedDraft(envelopeDraft(value));
}

/** The canonical form of a validated snapshot (a new object; the input is not changed). */
export function canonicalSnapshot(snapshot: DaemonSnapshot): DaemonSnapshot {
  return BUILDERS.DaemonSnapshot(snapshot).value;
}

/** The canonical form of a validated envelope (a new object; the input is not changed). */
export function canonicalEnvelope(value: SnapshotEnvelope): SnapshotEnvelope {
  return BUILDERS.SnapshotEnvelope(value).value;
}
