/**
 * The sequenced snapshot store: the current envelope, publication with validation, and
 * notification of subscribers. The daemon is its only writer.
 */
import { randomUUID } from 'node:crypto';
import type { DaemonSnapshot, SnapshotEnvelope } from '../generated/api-types.js';
import { DaemonSnapshotValidator, type ValidationIssue } from '../generated/validators/index.js';
import { envelopeDraft, formatTimestamp, escapesLoneSurrogate, holdsUnsafeNumber, isUnsafeNumber, sealedDraft, UnsafeIntegerError, type EnvelopeDraft } from './wire.js';
import { EngineBase } from './engine.js';

/** An envelope with its JSON, serialised once per publish and shared by every subscriber. */
export interface PublishedEnvelope {
  readonly envelope: Readonly<SnapshotEnvelope>;
  readonly json: string;
}

export type SnapshotListener = (published: PublishedEnvelope) => void;

/** Violations listed in an `InvalidSnapshotError` (and a 400's `details`): a reply stays small however broken the body. */
export const MAX_REPORTED_VIOLATIONS = 100;
/** Violations spelled out in the error's own message. */
const VIOLATIONS_IN_MESSAGE = 5;

/** A snapshot the store refused; nothing changed. */
export class InvalidSnapshotError extends Error {
  readonly code = 'invalid_snapshot';
  /** The first MAX_REPORTED_VIOLATIONS violations, in the validator's order. */
  readonly issues: readonly ValidationIssue[];
  /** How many violations the snapshot has in all. */
  readonly total: number;

  constructor(issues: readonly ValidationIssue[]) {
    const listed = issues.slice(0, VIOLATIONS_IN_MESSAGE).map((issue) => `${issue.path || '(root)'} ${issue.message}`);
    const more = issues.length > VIOLATIONS_IN_MESSAGE ? `; … ${issues.length} violations in all` : '';
    super(`invalid snapshot: ${listed.join('; ')}${more}`);
    this.name = 'InvalidSnapshotError';
    this.issues = issues.slice(0, MAX_REPORTED_VIOLATIONS);
    this.total = issues.length;
  }
}

export interface SnapshotStoreOptions {
  /** The store's epoch; a random UUID by default. */
  epoch?: string;
  /** Source of `published_at`; the wall clock by default. */
  clock?: () => Date;
  /** Called when a subscriber throws; the other subscribers are still notified. */
  onListenerError?: (error: unknown) => void;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A UTF-16 surrogate without its pair: with the `u` flag, a pair is one code point and not matched. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Stands, in the walk, for a member whose name has a lone surrogate. */
const LONE_NAME = Symbol('lone surrogate in a name');
const LONE_SURROGATE_MESSAGE = 'must be well-formed Unicode: a lone surrogate (an unpaired \\ud800–\\udfff) has no UTF-8 form, and the reference\'s readers refuse it';

/**
 * Where the values the wire cannot carry as given are, as JSON Pointers: integers past
 * 2^53 - 1, numbers not finite, strings and member names with a lone surrogate. Only walked once
 * one is known to exist; iterative, and each object once (a caller's value may share or even loop).
 */
function unwritableValues(value: unknown): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const seen = new Set<object>();
  const pending: Array<[unknown, string]> = [[value, '']];
  while (pending.length > 0) {
    const [item, path] = pending.pop()!;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) {
        found.push({ path, message: `must be a finite number: ${item} has no JSON form (a number past a double's range parses to Infinity)`, keyword: 'type' });
      } else if (isUnsafeNumber(item)) {
        found.push({ path, message: `must be at most ${Number.MAX_SAFE_INTEGER}: larger integers cannot be carried exactly`, keyword: 'maximum' });
      }
    } else if (item === LONE_NAME) {
      found.push({ path, message: `its name ${LONE_SURROGATE_MESSAGE}`, keyword: 'format' });
    } else if (typeof item === 'string') {
      if (LONE_SURROGATE.test(item)) found.push({ path, message: LONE_SURROGATE_MESSAGE, keyword: 'format' });
    } else if (typeof item === 'object' && item !== null && !seen.has(item)) {
      seen.add(item);
      // Pushed in reverse, so the violations come out in document order.
      const entries = Object.entries(item);
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, child] = entries[index]!;
        const childPath = `${path}/${escapePointer(key)}`;
        pending.push(LONE_SURROGATE.test(key) ? [LONE_NAME, childPath] : [child, childPath]);
      }
    }
  }
  return found;
}

/** Checks a snapshot against the schema with the generated validator: the only validation a publish gets. */
function checkSchema(snapshot: unknown): DaemonSnapshot {
  const result = DaemonSnapshotValidator.validate(snapshot);
  if (!result.ok) throw new InvalidSnapshotError(result.errors);
  return result.value;
}

/**
 * Validates a snapshot for the store, or throws `InvalidSnapshotError`. The schema caps every
 * known integer at 2^53 - 1; an unknown member may still carry a larger one, which JSON.parse
 * has already rounded, or a number past a double's range (`1e400`), which it made Infinity and
 * JSON.stringify would write as null: refused rather than published wrong.
 */
export function validateSnapshot(snapshot: unknown): DaemonSnapshot {
  const valid = checkSchema(snapshot);
  if (holdsUnsafeNumber(valid)) throw new InvalidSnapshotError(unwritableValues(valid));
  return valid;
}

/**
 * An envelope as both engines publish it: built by the generated builder straight from the
 * validated snapshot, with its JSON written from it once, so nothing the caller still holds is
 * shared once it is sealed and the two cannot differ (`envelopeDraft`). Throws
 * `InvalidSnapshotError` for an unknown member carrying an integer past 2^53 - 1 or a number not
 * finite, and for a string or member name with a lone surrogate.
 */
function draftEnvelope(value: SnapshotEnvelope): EnvelopeDraft {
  let draft: EnvelopeDraft;
  try {
    draft = envelopeDraft(value);
  } catch (error) {
    // Only unknown members can get here: the schema caps every known integer.
    if (error instanceof UnsafeIntegerError) throw new InvalidSnapshotError(unwritableValues(value.snapshot));
    throw error;
  }
  // Found in the JSON already written, so a publish without one pays a single scan for it.
  if (escapesLoneSurrogate(draft.json)) throw new InvalidSnapshotError(unwritableValues(value.snapshot));
  return draft;
}

/** `draftEnvelope`, sealed: frozen all the way down. */
export function buildEnvelope(value: SnapshotEnvelope): PublishedEnvelope {
  return sealedDraft(draftEnvelope(value));
}

/**
 * Holds the current `SnapshotEnvelope`: sequence 1 for the initial snapshot, one more per
 * publish, stamped with the publication time and the store's epoch.
 */
export class SnapshotStore extends EngineBase {
  /** Picked at construction: tells this store's sequences from those of a restarted one. */
  readonly epoch: string;
  readonly #clock: () => Date;
  #current: PublishedEnvelope;

  constructor(initial: DaemonSnapshot, options: SnapshotStoreOptions = {}) {
    super(options.onListenerError);
    this.epoch = options.epoch ?? randomUUID();
    this.#clock = options.clock ?? (() => new Date());
    this.#current = this.own(buildEnvelope(this.#stamped(1, checkSchema(initial))));
  }

  /** The current envelope (frozen: share it, do not change it). */
  current(): Readonly<SnapshotEnvelope> {
    return this.#current.envelope;
  }

  /** The current envelope with its JSON. */
  currentPublished(): PublishedEnvelope {
    return this.#current;
  }

  /**
   * Validates `snapshot`, makes it current with the next sequence, notifies every subscriber
   * and returns the new envelope. An invalid snapshot throws `InvalidSnapshotError` and
   * changes nothing.
   */
  publish(snapshot: unknown): Readonly<SnapshotEnvelope> {
    const draft = draftEnvelope(this.#stamped(this.#current.envelope.sequence + 1, checkSchema(snapshot)));
    const next = this.own({ envelope: draft.envelope, json: draft.json });
    this.#current = next;
    // The streams get the new bytes before the envelope is frozen: nothing but them sees it unsealed.
    this.notify(next, draft.seal);
    return next.envelope;
  }

  /** The envelope of `sequence` holding `snapshot`, stamped now, as the builders take it. */
  #stamped(sequence: number, snapshot: DaemonSnapshot): SnapshotEnvelope {
    return { sequence, published_at: formatTimestamp(this.#clock()), snapshot, epoch: this.epoch };
  }
}
