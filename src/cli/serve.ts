/** `opensymphony-control serve`: the control plane as a process, optionally with the demo orchestrator. */
import { createServer } from 'node:http';
import { isIP } from 'node:net';
import type { DaemonSnapshot } from '../../generated/api-types.js';
import { createApp } from '../app.js';
import { KEEPALIVE_INTERVAL_MS } from '../../generated/events.js';
import { DEMO_INTERVAL_MS, DemoOrchestrator, runDemo } from '../demo.js';
import { SnapshotStore } from '../store.js';
import { formatTimestamp } from '../wire.js';
import { DEFAULT_HOST, DEFAULT_PORT, PUBLISH_TOKEN_ENV, SERVE_HELP, SHUTDOWN_TIMEOUT_MS } from './help.js';
import { createLogger } from './log.js';
import { readSnapshotFile } from './snapshot-file.js';
import { EXIT_FAILURE, EXIT_OK, integerOption, parse, UsageError } from './usage.js';



export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

/** What the control plane shows before a standalone daemon's first publish. */
export function waitingSnapshot(now: Date): DaemonSnapshot {
  const at = formatTimestamp(now);
  return {
    generated_at: at,
    daemon: { state: 'starting', last_poll_at: at, workspace_root: '', status_line: 'waiting for the daemon to publish its first snapshot' },
    agent_server: { reachable: false, base_url: '', conversation_count: 0, status_line: 'unknown' },
    metrics: { running_issues: 0, retry_queue_depth: 0, input_tokens: 0, output_tokens: 0, cache_read_tokens: 0, total_tokens: 0, total_cost_micros: 0 },
    issues: [],
    recent_events: [],
  };
}

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parse(
    args,
    {
      host: { type: 'string' },
      port: { type: 'string' },
      'base-path': { type: 'string' },
      'publish-token': { type: 'string' },
      'keepalive-ms': { type: 'string' },
      initial: { type: 'string' },
      demo: { type: 'boolean' },
      seed: { type: 'string' },
      'demo-interval-ms': { type: 'string' },
      dev: { type: 'boolean' },
    },
    SERVE_HELP,
    0,
  );
  const host = values.host ?? DEFAULT_HOST;
  const port = integerOption(values.port, 'port', DEFAULT_PORT, 0, 65_535, SERVE_HELP);
  const keepaliveMs = integerOption(values['keepalive-ms'], 'keepalive-ms', KEEPALIVE_INTERVAL_MS, 10, 3_600_000, SERVE_HELP);
  const seed = integerOption(values.seed, 'seed', 1, 0, 2 ** 32 - 1, SERVE_HELP);
  const demoIntervalMs = integerOption(values['demo-interval-ms'], 'demo-interval-ms', DEMO_INTERVAL_MS, 10, 3_600_000, SERVE_HELP);
  const basePath = values['base-path'];
  if (basePath !== undefined && !basePath.startsWith('/')) throw new UsageError(`--base-path must start with /, not ${JSON.stringify(basePath)}`, SERVE_HELP);
  if (values.demo && values.initial) throw new UsageError('--demo and --initial cannot be used together', SERVE_HELP);
  const publishToken = values['publish-token'] ?? process.env[PUBLISH_TOKEN_ENV] ?? undefined;
  if (publishToken === '') throw new UsageError('the publish token must not be empty', SERVE_HELP);

  const log = await createLogger();
  const demo = values.demo ? new DemoOrchestrator(seed, new Date()) : undefined;
  const initial = demo ? demo.snapshot(new Date()) : values.initial ? await readSnapshotFile(values.initial) : waitingSnapshot(new Date());
  const store = new SnapshotStore(initial);
  const app = createApp({
    store,
    publishToken,
    basePath,
    keepaliveMs,
    validateResponses: values.dev ?? false,
    onStreamEvent: (event) =>
      event.type === 'attach'
        ? log.info({ event: 'client_attached', remote: event.remote, last_event_id: event.lastEventId }, 'client attached')
        : log.info({ event: 'client_detached', remote: event.remote, reason: event.reason, sent: event.sent }, 'client detached'),
    onPublishRejected: (event) => log.warn({ event: 'publish_rejected', ...event }, 'publish rejected'),
    onInternalError: (error) => log.error({ event: 'internal_error', err: error }, 'internal error'),
  });

  const server = createServer(app);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  } catch (error) {
    log.error({ event: 'listen_failed', host, port, code: (error as NodeJS.ErrnoException).code }, `cannot listen on ${host}:${port}`);
    return EXIT_FAILURE;
  }
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}${basePath ? basePath.replace(/\/+$/, '') : ''}/`;
  log.info({ event: 'started', url, host, port: boundPort, base_path: basePath ?? '', publishing: publishToken !== undefined, demo: demo !== undefined, epoch: store.epoch }, `control plane listening on ${url}`);
  if (!isLoopback(host) && publishToken === undefined) {
    log.warn({ event: 'exposed_without_token', host }, `bound to ${host}, reachable beyond this machine, with no publish token: anyone who can reach it can read the daemon's state`);
  }
  const stopDemo = demo ? runDemo((snapshot) => store.publish(snapshot), demo, demoIntervalMs) : () => undefined;

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  log.info({ event: 'stopping', signal }, `stopping on ${signal}`);
  stopDemo();
  app.closeStreams();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  const forced = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_TIMEOUT_MS).unref());
  await Promise.race([closed, forced]);
  log.info({ event: 'stopped' }, 'control plane stopped');
  return EXIT_OK;
}
