/** The client's one parse-then-validate: network JSON becomes a typed value or a `DecodeError`, never a raw exception. */
import { MAX_JSON_DEPTH } from '../../generated/contract.js';
import type { ValidationIssue, Validator } from '../../generated/validators/index.js';
import { DecodeError } from '../client-errors.js';
import { jsonDepthExceeds } from '../json-depth.js';

/**
 * Deepest nesting the client accepts in a payload: twice what a conforming server accepts in a
 * snapshot (the spec's `max-json-depth`), so every envelope fits with room to spare, and
 * recursive walkers (validators, `JSON.stringify`, callers' own code) overflow the stack only
 * thousands of levels further down.
 */
export const JSON_MAX_DEPTH = 2 * MAX_JSON_DEPTH;

/** Validation issues in one line, `path message; …`. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path || '(root)'} ${issue.message}`).join('; ');
}

/** Parses `text` as JSON and validates it as `validator`'s schema. */
export function decodeJson<T>(text: string, validator: Validator<T>): T {
  if (jsonDepthExceeds(text, JSON_MAX_DEPTH)) {
    throw new DecodeError(`JSON nested deeper than ${JSON_MAX_DEPTH} levels`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DecodeError(`not JSON (${(error as Error).message})`, [], { cause: error });
  }
  let result: ReturnType<Validator<T>['validate']>;
  try {
    result = validator.validate(value);
  } catch (error) {
    // The depth check makes this unreachable for stack overflows; anything else is still a bad payload.
    throw new DecodeError(`could not validate as ${validator.schema} (${(error as Error).message})`, [], { cause: error });
  }
  if (!result.ok) throw new DecodeError(`not a valid ${validator.schema}: ${formatIssues(result.errors)}`, result.errors);
  return result.value;
}
