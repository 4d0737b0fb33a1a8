/** The conformance report as text for people, JSON for programs, or JUnit XML for CI systems. */
import { CHECKS } from './checks.js';
import type { CheckResult, ConformanceReport } from './runner.js';

export const REPORTERS = ['human', 'json', 'junit'] as const;
export type ReporterName = (typeof REPORTERS)[number];

const MARK = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;

/** One line per check, for printing as results arrive. */
export function humanLine(result: CheckResult): string {
  const line = `${MARK[result.status]}  ${result.level.padEnd(6)} ${result.id.padEnd(26)} ${result.title}`;
  return result.reason && result.status !== 'pass' ? `${line}\n      ${result.status === 'fail' ? '✗' : '-'} ${result.reason}\n` : `${line}\n`;
}

/** The verdict's headline, as people read it: CONFORMS, CONFORMS (read-only), INCOMPLETE or DOES NOT CONFORM. */
export function verdictText(report: ConformanceReport): string {
  const { must_failed: mustFailed, should_failed: shouldFailed } = report.summary;
  const warnings = shouldFailed > 0 ? ` (with ${shouldFailed} SHOULD-level warning${shouldFailed > 1 ? 's' : ''})` : '';
  const blocking = report.must_not_run.filter((skip) => !skip.excused).length;
  switch (report.verdict) {
    case 'conforms':
      return `CONFORMS${warnings}`;
    case 'conforms_read_only':
      return `CONFORMS (read-only)${warnings}`;
    case 'incomplete':
      return `INCOMPLETE (${blocking} MUST-level check${blocking > 1 ? 's' : ''} did not run)${warnings}`;
    case 'does_not_conform':
      return `DOES NOT CONFORM (${mustFailed} MUST-level failure${mustFailed > 1 ? 's' : ''})`;
  }
}

export function humanSummary(report: ConformanceReport): string {
  const { passed, failed, skipped } = report.summary;
  const notRun = report.must_not_run.map((skip) => `  not run: ${skip.id} — ${skip.reason}${skip.excused ? '' : ' (counts against the verdict)'}\n`).join('');
  return `\n${report.target}: ${verdictText(report)}\n${notRun}checks ${passed} passed · ${failed} failed · ${skipped} skipped, in ${(report.duration_ms / 1000).toFixed(1)} s\n`;
}

export function jsonReport(report: ConformanceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function junitReport(report: ConformanceReport): string {
  const { summary } = report;
  const cases = report.results.map((result) => {
    const open = `    <testcase classname="conformance.${result.level}" name="${xml(`${result.id}: ${result.title}`)}" time="${(result.duration_ms / 1000).toFixed(3)}"`;
    if (result.status === 'pass') return `${open}/>`;
    if (result.status === 'skip') return `${open}>\n      <skipped message="${xml(result.reason ?? '')}"/>\n    </testcase>`;
    // SHOULD-level failures are warnings: reported, but not as failures of the suite.
    const tag = result.level === 'MUST' ? 'failure' : 'system-out';
    const body = tag === 'failure' ? `<failure message="${xml(result.reason ?? '')}"/>` : `<system-out>${xml(`SHOULD-level warning: ${result.reason ?? ''}`)}</system-out>`;
    return `${open}>\n      ${body}\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="opensymphony-control conformance" tests="${report.results.length}" failures="${summary.must_failed}" skipped="${summary.skipped}">`,
    `  <testsuite name="${xml(report.target)}" tests="${report.results.length}" failures="${summary.must_failed}" skipped="${summary.skipped}" time="${(report.duration_ms / 1000).toFixed(3)}" timestamp="${report.started_at}">`,
    '    <properties>',
    `      <property name="verdict" value="${xml(verdictText(report))}"/>`,
    ...report.must_not_run.map((skip) => `      <property name="must-not-run" value="${xml(`${skip.id}: ${skip.reason}`)}"/>`),
    '    </properties>',
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** The README's table of checks, rendered from CHECKS so it cannot go stale. */
export function checksTable(): string {
  return [
    '| id | level | what it checks | needs |',
    '| --- | --- | --- | --- |',
    ...CHECKS.map((check) => `| \`${check.id}\` | ${check.level} | ${check.title.replace(/\|/g, '\\|')} | ${check.needs ? `\`--${check.needs}\`` : ''} |`),
  ].join('\n');
}
