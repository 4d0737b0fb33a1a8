/** `opensymphony-control conformance <BASE_URL>`: certifies any implementation of the contract. */
import { humanLine, humanSummary, jsonReport, junitReport, REPORTERS, type ReporterName } from '../conformance/reporters.js';
import { CONFORMANCE_KEEPALIVE_MS, CONFORMANCE_TIMEOUT_MS, runConformance, TargetUnreachableError, UnknownCheckError } from '../conformance/runner.js';
import { PUBLISH_TOKEN_ENV } from './serve.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, integerOption, parse, UsageError } from './usage.js';

export const CONFORMANCE_HELP = `Usage: opensymphony-control conformance <BASE_URL> [options]

Runs the conformance suite against the control plane at BASE_URL (its service root, such as
http://127.0.0.1:2468 or http://proxy/opensymphony/) and reports each check: PASS, FAIL with
what was expected and what was seen, or SKIP. MUST-level failures fail the run; SHOULD-level
failures are warnings.

The checks that publish (--publish-token) PUT copies of the target's own current snapshot,
so its content stays what it was, but its sequence advances by about 250: run them against a
test instance or while no daemon publishes.

Options:
  --publish-token T   enable the checks that publish (default: $${PUBLISH_TOKEN_ENV})
  --timeout-ms N      deadline of each request and of each stream's first snapshot (default ${CONFORMANCE_TIMEOUT_MS})
  --keepalive-ms N    how long to wait for a keepalive comment (default ${CONFORMANCE_KEEPALIVE_MS})
  --only IDS          run only these checks (comma-separated ids or groups such as events)
  --skip IDS          skip these checks
  --reporter NAME     human (default), json or junit
  -h, --help          show this help

Exit codes: 0 every MUST check passed, 1 a MUST check failed, 2 bad usage or target unreachable.
`;

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export async function conformanceCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      'publish-token': { type: 'string' },
      'timeout-ms': { type: 'string' },
      'keepalive-ms': { type: 'string' },
      only: { type: 'string' },
      skip: { type: 'string' },
      reporter: { type: 'string' },
    },
    CONFORMANCE_HELP,
    1,
  );
  const baseUrl = positionals[0];
  if (!baseUrl) throw new UsageError('give the BASE_URL of the control plane to check', CONFORMANCE_HELP);
  const reporter = (values.reporter ?? 'human') as ReporterName;
  if (!REPORTERS.includes(reporter)) throw new UsageError(`--reporter must be one of ${REPORTERS.join(', ')}, not ${JSON.stringify(values.reporter)}`, CONFORMANCE_HELP);
  const timeoutMs = integerOption(values['timeout-ms'], 'timeout-ms', CONFORMANCE_TIMEOUT_MS, 1, 600_000, CONFORMANCE_HELP);
  const keepaliveMs = integerOption(values['keepalive-ms'], 'keepalive-ms', CONFORMANCE_KEEPALIVE_MS, 1, 3_600_000, CONFORMANCE_HELP);
  const publishToken = values['publish-token'] ?? (process.env[PUBLISH_TOKEN_ENV] || undefined);

  try {
    const report = await runConformance({
      baseUrl,
      publishToken,
      timeoutMs,
      keepaliveMs,
      only: list(values.only),
      skip: list(values.skip),
      onResult: reporter === 'human' ? (result) => process.stdout.write(humanLine(result)) : undefined,
    });
    process.stdout.write(reporter === 'json' ? jsonReport(report) : reporter === 'junit' ? junitReport(report) : humanSummary(report));
    return report.passed ? EXIT_OK : EXIT_FAILURE;
  } catch (error) {
    if (error instanceof UnknownCheckError) throw new UsageError(error.message, CONFORMANCE_HELP);
    if (error instanceof TargetUnreachableError) {
      process.stderr.write(`opensymphony-control conformance: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
