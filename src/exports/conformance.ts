/**
 * `opensymphony-control/conformance`: run the conformance suite from code against any
 * implementation of the contract, and render its report.
 */
export { CONFORMANCE_KEEPALIVE_MS, CONFORMANCE_TIMEOUT_MS } from '../conformance/defaults.js';
export {
  runConformance,
  TargetUnreachableError,
  UnknownCheckError,
  type CheckResult,
  type ConformanceOptions,
  type ConformanceReport,
} from '../conformance/runner.js';
export { humanSummary, jsonReport, junitReport } from '../conformance/reporters.js';
