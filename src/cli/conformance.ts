/** `opensymphony-control conformance <BASE_URL>`: certifies any implementation of the contract. */
import { humanLine, humanSummary, jsonReport, junitReport, REPORTERS, type ReporterName } from '../conformance/reporters.js';
import { CONFORMANCE_BODY_LIMIT_BYTES, CONFORMANCE_KEEPALIVE_MS, CONFORMANCE_MAX_STREAMS, CONFORMANCE_TIMEOUT_MS } from '../conformance/defaults.js';
import { runConformance, TargetUnreachableError, UnknownCheckError, VERDICT_EXIT_CODES } from '../conformance/runner.js';
import { CONFORMANCE_HELP, PUBLISH_TOKEN_ENV, READ_TOKEN_ENV } from './help.js';
import { blockedPortMessage, isBadPort, urlProblem } from './service-url.js';
import { EXIT_USAGE, integerOption, parse, UsageError } from './usage.js';

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
      'read-token': { type: 'string' },
      'read-only': { type: 'boolean' },
      'timeout-ms': { type: 'string' },
      'keepalive-ms': { type: 'string' },
      'body-limit-bytes': { type: 'string' },
      'max-streams': { type: 'string' },
      only: { type: 'string' },
      skip: { type: 'string' },
      reporter: { type: 'string' },
    },
    CONFORMANCE_HELP,
    1,
  );
  const baseUrl = positionals[0];
  if (!baseUrl) throw new UsageError('give the BASE_URL of the control plane to check', CONFORMANCE_HELP);
  const problem = urlProblem(baseUrl);
  if (problem) throw new UsageError(problem, CONFORMANCE_HELP);
  const reporter = (values.reporter ?? 'human') as ReporterName;
  if (!REPORTERS.includes(reporter)) throw new UsageError(`--reporter must be one of ${REPORTERS.join(', ')}, not ${JSON.stringify(values.reporter)}`, CONFORMANCE_HELP);
  const timeoutMs = integerOption(values['timeout-ms'], 'timeout-ms', CONFORMANCE_TIMEOUT_MS, 1, 600_000, CONFORMANCE_HELP);
  const keepaliveMs = integerOption(values['keepalive-ms'], 'keepalive-ms', CONFORMANCE_KEEPALIVE_MS, 1, 3_600_000, CONFORMANCE_HELP);
  const bodyLimitBytes = integerOption(values['body-limit-bytes'], 'body-limit-bytes', CONFORMANCE_BODY_LIMIT_BYTES, 1, 256 * 1024 * 1024, CONFORMANCE_HELP);
  const maxStreams = integerOption(values['max-streams'], 'max-streams', CONFORMANCE_MAX_STREAMS, 0, 10_000, CONFORMANCE_HELP);
  const publishToken = values['publish-token'] ?? (process.env[PUBLISH_TOKEN_ENV] || undefined);
  const readToken = values['read-token'] ?? (process.env[READ_TOKEN_ENV] || undefined);

  try {
    const report = await runConformance({
      baseUrl,
      publishToken,
      readToken,
      readOnly: values['read-only'] === true,
      timeoutMs,
      keepaliveMs,
      bodyLimitBytes,
      maxStreams,
      only: list(values.only),
      skip: list(values.skip),
      onResult: reporter === 'human' ? (result) => process.stdout.write(humanLine(result)) : undefined,
    });
    process.stdout.write(reporter === 'json' ? jsonReport(report) : reporter === 'junit' ? junitReport(report) : humanSummary(report));
    return VERDICT_EXIT_CODES[report.verdict];
  } catch (error) {
    if (error instanceof UnknownCheckError) throw new UsageError(error.message, CONFORMANCE_HELP);
    if (error instanceof TargetUnreachableError) {
      process.stderr.write(`opensymphony-control conformance: ${isBadPort(error) ? blockedPortMessage(baseUrl) : error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
