/** `opensymphony-control serve`: the control plane as a process, optionally with the demo orchestrator. */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { isIP } from 'node:net';
import type { DaemonSnapshot } from '../../generated/api-types.js';
import { createApp } from '../app.js';
import { trustedProxyProblem } from '../client-address.js';
import { configureServer } from '../http-server.js';
import { DEFAULT_MAX_SUBSCRIBERS, DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT, DEFAULT_REQUEST_TIMEOUT_MS } from '../limits.js';
import { ANY_HOST } from '../request-policy.js';
import { fileDescriptorLimit, fitSubscriberCap } from '../stream-limits.js';
import { KEEPALIVE_INTERVAL_MS } from '../../generated/events.js';
import { DEMO_INTERVAL_MS, DemoOrchestrator, runDemo } from '../demo.js';
import { DEFAULT_REDIS_PREFIX, type SnapshotEngine } from '../engine.js';
import { SnapshotStore } from '../store.js';
import { formatTimestamp } from '../wire.js';
import { ALLOWED_HOSTS_ENV, DEFAULT_HOST, DEFAULT_PORT, PUBLISH_TOKEN_ENV, READ_TOKEN_ENV, REDIS_SETTING_ENVS, REDIS_URL_ENV, SERVE_HELP, SHUTDOWN_TIMEOUT_MS, TRUSTED_PROXIES_ENV } from './help.js';
import { createLogger, LOG_LEVELS } from './log.js';
import { readSnapshotFile } from './snapshot-file.js';
import { EXIT_FAILURE, EXIT_OK, integerOption, listOption, parse, UsageError } from './usage.js';



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
      'read-token': { type: 'string' },
      public: { type: 'boolean' },
      'allowed-host': { type: 'string', multiple: true },
      'allowed-origin': { type: 'string', multiple: true },
      'cors-origin': { type: 'string', multiple: true },
      'max-subscribers': { type: 'string' },
      'max-subscribers-per-client': { type: 'string' },
      'trusted-proxy': { type: 'string', multiple: true },
      'request-timeout-ms': { type: 'string' },
      'log-level': { type: 'string' },
      redis: { type: 'string' },
      'redis-prefix': { type: 'string' },
      'redis-ca': { type: 'string' },
      'redis-cert': { type: 'string' },
      'redis-key': { type: 'string' },
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
  const readToken = values['read-token'] ?? (process.env[READ_TOKEN_ENV] || undefined);
  if (readToken === '') throw new UsageError('the read token must not be empty', SERVE_HELP);
  if (!isLoopback(host) && readToken === undefined && !values.public) {
    throw new UsageError(
      `--host ${host} is reachable beyond this machine, and without a read token anyone who can reach it reads the daemon's state: give --read-token T (or $${READ_TOKEN_ENV}), or --public to serve it openly`,
      SERVE_HELP,
    );
  }
  const allowedHosts = listOption(values['allowed-host'], process.env[ALLOWED_HOSTS_ENV]);
  for (const origin of [...(values['allowed-origin'] ?? []), ...(values['cors-origin'] ?? [])]) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin.replace(/\/+$/, '')) {
      throw new UsageError(`${JSON.stringify(origin)} is not an origin: give scheme://host[:port], such as https://ops.example.com`, SERVE_HELP);
    }
  }
  // Checked apart, so that an error names where the bad entry came from.
  const proxiesGiven = { '--trusted-proxy': listOption(values['trusted-proxy'], undefined), [`$${TRUSTED_PROXIES_ENV}`]: listOption(undefined, process.env[TRUSTED_PROXIES_ENV]) };
  for (const [from, proxies] of Object.entries(proxiesGiven)) {
    for (const proxy of proxies) {
      const problem = trustedProxyProblem(proxy);
      if (problem) throw new UsageError(`${from}: ${problem}`, SERVE_HELP);
    }
  }
  const trustedProxies = Object.values(proxiesGiven).flat();
  const requestedSubscribers = integerOption(values['max-subscribers'], 'max-subscribers', DEFAULT_MAX_SUBSCRIBERS, 1, 10_000_000, SERVE_HELP);
  const maxSubscribersPerClient = integerOption(values['max-subscribers-per-client'], 'max-subscribers-per-client', DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT, 1, 10_000_000, SERVE_HELP);
  const requestTimeoutMs = integerOption(values['request-timeout-ms'], 'request-timeout-ms', DEFAULT_REQUEST_TIMEOUT_MS, 100, 3_600_000, SERVE_HELP);
  const redisSettings = redisSettingsOf(values);
  const { redis: redisUrlSetting, ...redisOptions } = redisSettings;
  const redisUrl = redisUrlSetting?.value;
  for (const setting of Object.values(redisOptions)) {
    if (setting !== undefined && redisUrl === undefined) throw new UsageError(`${setting.from} needs --redis URL (or $${REDIS_URL_ENV})`, SERVE_HELP);
  }
  const redisPrefix = redisSettings['redis-prefix']?.value ?? DEFAULT_REDIS_PREFIX;
  const redisTls = { ca: await pemFile(redisSettings['redis-ca']), cert: await pemFile(redisSettings['redis-cert']), key: await pemFile(redisSettings['redis-key']) };
  // Loaded only with --redis: without it, serve loads nothing it did not load before.
  const redis = redisUrl === undefined ? undefined : await import('../redis-store.js').catch((error: unknown) => {
    // `redis` is an optional peer dependency: only --redis needs it.
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') throw new Error(`${redisUrlSetting?.from ?? '--redis'} needs the \`redis\` package: npm install redis`);
    throw error;
  });
  if (redis && redisUrl !== undefined) {
    const problem = redis.redisSettingsProblem(redisUrl, redisPrefix, redisTls);
    if (problem) throw new UsageError(problem, SERVE_HELP);
  }
  const fdLimit = fileDescriptorLimit();
  const subscribers = fitSubscriberCap(requestedSubscribers, fdLimit);

  const logLevel = values['log-level'] ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, not ${JSON.stringify(logLevel)}`, SERVE_HELP);
  const log = await createLogger(logLevel);
  // Start and stop are always said, whatever the level: supervisors and scripts wait for them.
  const lifecycle = logLevel === 'silent' ? log : log.child({}, { level: 'info' });
  const demo = values.demo ? new DemoOrchestrator(seed, new Date()) : undefined;
  const initial = demo ? demo.snapshot(new Date()) : values.initial ? await readSnapshotFile(values.initial) : waitingSnapshot(new Date());
  let store: SnapshotEngine;
  if (redis && redisUrl !== undefined) {
    const where = redis.redactRedisUrl(redisUrl);
    try {
      store = await redis.createRedisStore({
        url: redisUrl,
        prefix: redisPrefix,
        tls: redisTls,
        initial,
        onStateChange: ({ ready, reason }) =>
          ready
            ? log.info({ event: 'store_ready', redis: where, prefix: redisPrefix, reason }, `in step with Redis at ${where}`)
            : log.warn({ event: 'store_unavailable', redis: where, prefix: redisPrefix, reason }, `Redis at ${where} is unreachable (${reason}); reconnecting`),
      });
    } catch (error) {
      log.error({ event: 'store_failed', redis: where, prefix: redisPrefix, reason: error instanceof Error ? error.message : String(error) }, `cannot start on Redis at ${where}`);
      return EXIT_FAILURE;
    }
    store.onEpochChange?.((published) => log.warn({ event: 'epoch_changed', epoch: published.envelope.epoch, prefix: redisPrefix }, 'Redis lost its state: a new epoch began'));
  } else {
    store = new SnapshotStore(initial);
  }
  const app = createApp({
    store,
    publishToken,
    readToken,
    allowedHosts,
    allowedOrigins: values['allowed-origin'],
    corsOrigins: values['cors-origin'],
    maxSubscribers: subscribers.cap,
    maxSubscribersPerClient,
    trustedProxies,
    requestTimeoutMs,
    basePath,
    keepaliveMs,
    validateResponses: values.dev ?? false,
    onStreamEvent: (event) =>
      event.type === 'attach'
        ? log.info({ event: 'client_attached', remote: event.remote, last_event_id: event.lastEventId }, 'client attached')
        : log.info({ event: 'client_detached', remote: event.remote, reason: event.reason, sent: event.sent }, 'client detached'),
    onPublishRejected: (event) => log.warn({ event: 'publish_rejected', ...event }, 'publish rejected'),
    onRequestRejected: (event) => log.warn({ event: 'request_rejected', ...event }, 'request rejected'),
    onRequest: (event) =>
      log.info(
        { event: 'request', request_id: event.id, method: event.method, route: event.route, status: event.status, duration_ms: Math.round(event.durationMs * 1000) / 1000, remote: event.remote },
        `${event.method} ${event.route} ${event.status}`,
      ),
    onInternalError: (error) => log.error({ event: 'internal_error', err: error }, 'internal error'),
  });

  const server = configureServer(createServer(app), { requestTimeoutMs });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  } catch (error) {
    await store.close?.();
    log.error({ event: 'listen_failed', host, port, code: (error as NodeJS.ErrnoException).code }, `cannot listen on ${host}:${port}`);
    return EXIT_FAILURE;
  }
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}${basePath ? basePath.replace(/\/+$/, '') : ''}/`;
  lifecycle.info(
    {
      event: 'started',
      url,
      host,
      port: boundPort,
      base_path: basePath ?? '',
      publishing: publishToken !== undefined,
      read_token: readToken !== undefined,
      demo: demo !== undefined,
      epoch: store.epoch,
      ...(redisUrl === undefined ? {} : { redis: redis?.redactRedisUrl(redisUrl), redis_prefix: redisPrefix }),
      max_subscribers: subscribers.cap,
      max_subscribers_per_client: maxSubscribersPerClient,
      trusted_proxies: trustedProxies,
      file_descriptor_limit: fdLimit ?? null,
    },
    subscribers.lowered
      ? `control plane listening on ${url}; at most ${subscribers.cap} event streams (lowered from ${requestedSubscribers} to fit the file-descriptor limit of ${fdLimit})`
      : `control plane listening on ${url}`,
  );
  if (!isLoopback(host) && readToken === undefined) {
    log.warn({ event: 'exposed_without_read_token', host }, `bound to ${host} with --public: anyone who can reach it can read the daemon's state`);
  }
  if (allowedHosts.includes(ANY_HOST)) {
    log.warn({ event: 'host_check_off' }, 'the Host check is off (--allowed-host *): pages on any domain, DNS-rebinding ones included, can reach this server through a browser');
  }
  const stopDemo = demo
    ? runDemo(
        (snapshot) => {
          // Through Redis a publish can fail while it is away; the demo's next step tries again.
          Promise.resolve(store.publish(snapshot)).catch((error: unknown) => log.warn({ event: 'demo_publish_failed', reason: error instanceof Error ? error.message : String(error) }, 'demo publish failed'));
        },
        demo,
        demoIntervalMs,
      )
    : () => undefined;

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  lifecycle.info({ event: 'stopping', signal }, `stopping on ${signal}`);
  stopDemo();
  app.drain();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  const forced = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_TIMEOUT_MS).unref());
  await Promise.race([closed, forced]);
  await store.close?.();
  lifecycle.info({ event: 'stopped' }, 'control plane stopped');
  return EXIT_OK;
}

/** A Redis setting as given, and how: its flag, or else its environment variable (`from` names it in errors). */
interface RedisSetting {
  value: string;
  from: string;
}

/** Each Redis setting: from its flag, else from its environment variable (empty counts as unset). */
function redisSettingsOf(values: Partial<Record<keyof typeof REDIS_SETTING_ENVS, string>>): Record<keyof typeof REDIS_SETTING_ENVS, RedisSetting | undefined> {
  const settings = {} as Record<keyof typeof REDIS_SETTING_ENVS, RedisSetting | undefined>;
  for (const [flag, env] of Object.entries(REDIS_SETTING_ENVS) as Array<[keyof typeof REDIS_SETTING_ENVS, string]>) {
    const given = values[flag];
    const inEnvironment = process.env[env] || undefined;
    settings[flag] = given !== undefined ? { value: given, from: `--${flag}` } : inEnvironment !== undefined ? { value: inEnvironment, from: `$${env}` } : undefined;
  }
  return settings;
}

/** The PEM file a `--redis-ca/cert/key` setting names, read at start (a usage error when unreadable). */
async function pemFile(setting: RedisSetting | undefined): Promise<Buffer | undefined> {
  if (setting === undefined) return undefined;
  return readFile(setting.value).catch((error: unknown) => {
    throw new UsageError(`${setting.from} ${setting.value}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`, SERVE_HELP);
  });
}
