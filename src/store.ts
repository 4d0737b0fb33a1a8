/**
 * The sequenced snapshot store: the current envelope, publication with validation, and
 * notification of subscribers. The daemon is its only writer.
 */
import { randomUUID } from 'node:crypto';
import type { DaemonSnapshot, SnapshotEnvelope } from '../generated/api-types.js';
import { DaemonSnapshotValidator, type ValidationIssue } from '../generated/validators/index.js';
import { envelopeDraft, formatTimestamp, holdsUnsafeInteger, sealedDraft, UnsafeIntegerError, type EnvelopeDraft } from './wire.js';
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

/**
 * Where the integers past 2^53 - 1 are, as JSON Pointers. Only walked once one is known to
 * exist; iterative, and each object once (a caller's value may share or even loop).
 */
function unsafeIntegers(value: unknown): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const seen = new Set<object>();
  const pending: Array<[unknown, string]> = [[value, '']];
  while (pending.length > 0) {
    const [item, path] = pending.pop()!;
    if (typeof item === 'number') {
      if (Number.isInteger(item) && !Number.isSafeInteger(item)) {
        found.push({ path, message: `must be at most ${Number.MAX_SAFE_INTEGER}: larger integers cannot be carried exactly`, keyword: 'maximum' });
      }
    } else if (typeof item === 'object' && item !== null && !seen.has(item)) {
      seen.add(item);
      // Pushed in reverse, so the violations come out in document order.
      const entries = Object.entries(item);
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, child] = entries[index]!;
        pending.push([child, `${path}/${escapePointer(key)}`]);
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
 * has already rounded: refused rather than published wrong.
 */
export function validateSnapshot(snapshot: unknown): DaemonSnapshot {
  const valid = checkSchema(snapshot);
  if (holdsUnsafeInteger(valid)) throw new InvalidSnapshotError(unsafeIntegers(valid));
  return valid;
}

/**
 * An envelope as both engines publish it: built by the generated builder straight from the
 * validated snapshot, with its JSON written from it once, so nothing the caller still holds is
 * shared once it is sealed and the two cannot differ (`envelopeDraft`). Throws
 * `InvalidSnapshotError` for an unknown member carrying an integer past 2^53 - 1.
 */
function draftEnvelope(value: SnapshotEnvelope): EnvelopeDraft {
  try {
    return envelopeDraft(value);
  } catch (error) {
    // Only unknown members can get here: the schema caps every known integer.
    if (error instanceof UnsafeIntegerError) throw new InvalidSnapshotError(unsafeIntegers(value.snapshot));
    throw error;
  }
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
