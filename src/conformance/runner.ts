/**
 * Runs the conformance checks against a target and returns a report: `runConformance` is the
 * library entry point, the `conformance` command prints its report.
 */
import { CHECKS, type CheckLevel } from './checks.js';
import { describeFailure } from '../client.js';
import { CheckFailed, ConformanceContext, NotApplicable } from './context.js';
import { withDeadline } from './deadline.js';
import { CONFORMANCE_BODY_LIMIT_BYTES, CONFORMANCE_KEEPALIVE_MS, CONFORMANCE_MAX_STREAMS, CONFORMANCE_TIMEOUT_MS } from './defaults.js';

export { CONFORMANCE_KEEPALIVE_MS, CONFORMANCE_TIMEOUT_MS };
/** No single check may take longer than this, whatever the target does. */
const CHECK_DEADLINE_MS = 120_000;

export interface ConformanceOptions {
  baseUrl: string;
  publishToken?: string | undefined;
  /** Sent as `Authorization: Bearer` on every read; enables the `read.*` checks. */
  readToken?: string | undefined;
  /** Run only the checks that need no publish token, and say so in the verdict. */
  readOnly?: boolean | undefined;
  timeoutMs?: number | undefined;
  /** The target's keepalive interval (default: the AsyncAPI document's `KEEPALIVE_INTERVAL_MS`). */
  keepaliveMs?: number | undefined;
  /** The target's body limit, for `errors.payload-too-large` (default: the spec's `DEFAULT_BODY_LIMIT_BYTES`). */
  bodyLimitBytes?: number | undefined;
  /** Streams to open, at most, looking for the per-client cap (default 80). */
  maxStreams?: number | undefined;
  only?: readonly string[] | undefined;
  skip?: readonly string[] | undefined;
  /** Told of each result as soon as it is known. */
  onResult?: ((result: CheckResult) => void) | undefined;
}

export interface CheckResult {
  id: string;
  level: CheckLevel;
  title: string;
  status: 'pass' | 'fail' | 'skip';
  /** Why it failed (expected vs seen), or why it was skipped. */
  reason?: string;
  /**
   * On a skipped check: true when not running it leaves the verdict whole — the check does not
   * apply to this target, or `--read-only` left it out on purpose.
   */
  excused?: boolean;
  duration_ms: number;
}

/**
 * `conforms`: every MUST check ran and passed. `conforms_read_only`: every MUST check that needs
 * no publish token ran and passed (`readOnly`). `incomplete`: none failed, but some did not run.
 * `does_not_conform`: a MUST check failed.
 */
export type Verdict = 'conforms' | 'conforms_read_only' | 'incomplete' | 'does_not_conform';

/** The exit code of `conformance` for each verdict (2 is bad usage or an unreachable target). */
export const VERDICT_EXIT_CODES: Readonly<Record<Verdict, number>> = {
  conforms: 0,
  conforms_read_only: 0,
  does_not_conform: 1,
  incomplete: 3,
};

export interface ConformanceReport {
  target: string;
  started_at: string;
  duration_ms: number;
  verdict: Verdict;
  /** True when the verdict conforms (in full, or read-only as asked). */
  passed: boolean;
  summary: { passed: number; failed: number; skipped: number; must_failed: number; should_failed: number; must_not_run: number };
  /** Every MUST check that did not run, and why; those not `excused` make the verdict incomplete. */
  must_not_run: Array<{ id: string; reason: string; excused: boolean }>;
  results: CheckResult[];
}

/** The target did not answer at all: there is nothing to check. */
export class TargetUnreachableError extends Error {
  constructor(
    readonly target: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot reach ${target}: ${reason}`, options);
    this.name = 'TargetUnreachableError';
  }
}

/** An id given to --only or --skip that is not a check. */
export class UnknownCheckError extends Error {
  constructor(readonly ids: readonly string[]) {
    super(`unknown check id${ids.length > 1 ? 's' : ''}: ${ids.join(', ')} (known: ${CHECKS.map((check) => check.id).join(', ')})`);
    this.name = 'UnknownCheckError';
  }
}

function matches(id: string, patterns: readonly string[]): boolean {
  // `events` selects every `events.*` check; a full id selects one.
  return patterns.some((pattern) => id === pattern || id.startsWith(`${pattern}.`));
}

export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const unknown = [...(options.only ?? []), ...(options.skip ?? [])].filter((pattern) => !CHECKS.some((check) => matches(check.id, [pattern])));
  if (unknown.length > 0) throw new UnknownCheckError(unknown);
  const context = new ConformanceContext(options.baseUrl, {
    timeoutMs: options.timeoutMs ?? CONFORMANCE_TIMEOUT_MS,
    keepaliveMs: options.keepaliveMs ?? CONFORMANCE_KEEPALIVE_MS,
    publishToken: options.publishToken,
    readToken: options.readToken,
    bodyLimitBytes: options.bodyLimitBytes ?? CONFORMANCE_BODY_LIMIT_BYTES,
    maxStreams: options.maxStreams ?? CONFORMANCE_MAX_STREAMS,
  });

  let healthUrl: string;
  try {
    healthUrl = context.url('healthz');
  } catch (error) {
    throw new TargetUnreachableError(options.baseUrl, describeFailure(error), { cause: error });
  }
  await fetch(healthUrl, { signal: AbortSignal.timeout(context.settings.timeoutMs) })
    .then((response) => response.body?.cancel())
    .catch((error: unknown) => {
      throw new TargetUnreachableError(options.baseUrl, (error as Error).name === 'TimeoutError' ? `no answer within ${context.settings.timeoutMs} ms` : describeFailure(error), { cause: error });
    });

  const began = Date.now();
  const results: CheckResult[] = [];
  for (const check of CHECKS) {
    const started = Date.now();
    const result: CheckResult = { id: check.id, level: check.level, title: check.title, status: 'pass', duration_ms: 0 };
    if ((options.only?.length ?? 0) > 0 && !matches(check.id, options.only ?? [])) {
      result.status = 'skip';
      result.reason = 'not selected by --only';
    } else if (matches(check.id, options.skip ?? [])) {
      result.status = 'skip';
      result.reason = 'skipped by --skip';
    } else if (check.needs === 'publish-token' && options.readOnly) {
      result.status = 'skip';
      result.reason = 'needs the publish token; --read-only leaves it out';
      result.excused = true;
    } else if (check.needs === 'publish-token' && options.publishToken === undefined) {
      result.status = 'skip';
      result.reason = 'needs --publish-token';
    } else if (check.needs === 'read-token' && options.readToken === undefined) {
      result.status = 'skip';
      result.reason = 'applies to a target with a read token: pass --read-token when it has one';
      result.excused = true;
    } else {
      try {
        await withDeadline(check.run(context), CHECK_DEADLINE_MS, check.id);
      } catch (error) {
        if (error instanceof NotApplicable) {
          result.status = 'skip';
          result.reason = `not applicable: ${error.message}`;
          result.excused = true;
        } else {
          result.status = 'fail';
          result.reason = error instanceof CheckFailed ? error.message : `the check could not run: ${describeFailure(error)}`;
        }
      } finally {
        context.closeStreams();
      }
    }
    result.duration_ms = Date.now() - started;
    results.push(result);
    options.onResult?.(result);
  }

  const failed = results.filter((result) => result.status === 'fail');
  const mustFailed = failed.filter((result) => result.level === 'MUST').length;
  const mustNotRun = results
    .filter((result) => result.level === 'MUST' && result.status === 'skip')
    .map((result) => ({ id: result.id, reason: result.reason ?? '', excused: result.excused === true }));
  const verdict: Verdict =
    mustFailed > 0 ? 'does_not_conform' : mustNotRun.some((skip) => !skip.excused) ? 'incomplete' : options.readOnly ? 'conforms_read_only' : 'conforms';
  return {
    target: options.baseUrl,
    started_at: new Date(began).toISOString(),
    duration_ms: Date.now() - began,
    verdict,
    passed: VERDICT_EXIT_CODES[verdict] === 0,
    must_not_run: mustNotRun,
    summary: {
      passed: results.filter((result) => result.status === 'pass').length,
      failed: failed.length,
      skipped: results.filter((result) => result.status === 'skip').length,
      must_failed: mustFailed,
      should_failed: failed.length - mustFailed,
      must_not_run: mustNotRun.length,
    },
    results,
  };
}
