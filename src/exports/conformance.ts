/**
 * `opensymphony-control/conformance`: run the conformance suite from code against any
 * implementation of the contract, and render its report.
 */
export { CONFORMANCE_KEEPALIVE_MS, CONFORMANCE_TIMEOUT_MS } from '../conformance/defaults.js';
export {
  runConformance,
  TargetUnreachableError,
  UnknownCheckError,
  VERDICT_EXIT_CODES,
  type CheckResult,
  type Verdict,
  type ConformanceOptions,
  type ConformanceReport,
} from '../conformance/runner.js';
export { humanSummary, jsonReport, junitReport, verdictText } from '../conformance/reporters.js';
