/**
 * Runs the conformance checks against a target and returns a report: `runConformance` is the
 * library entry point, the `conformance` command prints its report.
 */
import { CHECKS, type CheckLevel } from './checks.js';
import { describeFailure } from '../client.js';
import { CheckFailed, ConformanceContext } from './context.js';
import { withDeadline } from './deadline.js';

import { CONFORMANCE_KEEPALIVE_MS, CONFORMANCE_TIMEOUT_MS } from './defaults.js';

export { CONFORMANCE_KEEPALIVE_MS, CONFORMANCE_TIMEOUT_MS };
/** No single check may take longer than this, whatever the target does. */
const CHECK_DEADLINE_MS = 120_000;

export interface ConformanceOptions {
  baseUrl: string;
  publishToken?: string | undefined;
  timeoutMs?: number | undefined;
  keepaliveMs?: number | undefined;
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
  duration_ms: number;
}

export interface ConformanceReport {
  target: string;
  started_at: string;
  duration_ms: number;
  /** True when no MUST check failed. */
  passed: boolean;
  summary: { passed: number; failed: number; skipped: number; must_failed: number; should_failed: number };
  results: CheckResult[];
}

/** The target did not answer at all: there is nothing to check. */
export class TargetUnreachableError extends Error {
  constructor(
    readonly target: string,
    reason: string,
  ) {
    super(`cannot reach ${target}: ${reason}`);
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
  });

  let healthUrl: string;
  try {
    healthUrl = context.url('healthz');
  } catch (error) {
    throw new TargetUnreachableError(options.baseUrl, describeFailure(error));
  }
  await fetch(healthUrl, { signal: AbortSignal.timeout(context.settings.timeoutMs) })
    .then((response) => response.body?.cancel())
    .catch((error: unknown) => {
      throw new TargetUnreachableError(options.baseUrl, (error as Error).name === 'TimeoutError' ? `no answer within ${context.settings.timeoutMs} ms` : describeFailure(error));
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
    } else if (check.publishes && options.publishToken === undefined) {
      result.status = 'skip';
      result.reason = 'needs --publish-token';
    } else {
      try {
        await withDeadline(check.run(context), CHECK_DEADLINE_MS, check.id);
      } catch (error) {
        result.status = 'fail';
        result.reason = error instanceof CheckFailed ? error.message : `the check could not run: ${describeFailure(error)}`;
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
  return {
    target: options.baseUrl,
    started_at: new Date(began).toISOString(),
    duration_ms: Date.now() - began,
    passed: mustFailed === 0,
    summary: {
      passed: results.filter((result) => result.status === 'pass').length,
      failed: failed.length,
      skipped: results.filter((result) => result.status === 'skip').length,
      must_failed: mustFailed,
      should_failed: failed.length - mustFailed,
    },
    results,
  };
}
