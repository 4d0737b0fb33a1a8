/**
 * `createApp` builds one control plane as a Node request handler: a front layer that every
 * request passes first (the Host, Origin and read-token checks, CORS, the headers every answer
 * carries, the event stream with its caps), then the express app with the tsoa-generated JSON
 * routes and JSON errors for everything else. It never listens.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler, type Response } from 'express';
import { CACHE_CONTROL } from '../generated/contract.js';
import { EVENTS_CHANNEL_ADDRESS, STREAM_RESPONSE_HEADERS } from '../generated/events.js';
import { OPERATION_PATHS, ROUTE_METHODS as SPEC_ROUTE_METHODS, ROUTES } from '../generated/routes.js';
import { RegisterRoutes } from '../generated/tsoa/routes.js';
import { attachContext, type ControlPlaneContext } from './context.js';
import { DASHBOARD_MODULE_PATH, serveDashboard, serveDashboardModule } from './dashboard.js';
import { ApiError, detailsFrom, JSON_CONTENT_TYPE, sendError } from './errors.js';
import { metricsHistoryOf } from './history.js';
import { RequestPolicy } from './request-policy.js';
import { performance } from 'node:perf_hooks';
import { serveContract } from './served-contract.js';
import { ClientAddresses } from './client-address.js';
import { envelopeBytes } from './envelope-bytes.js';
import { ControlPlaneMetrics } from './metrics.js';
import { EventChannel, type StreamEvent } from './sse.js';
import { STORE_RETRY_AFTER_S, StoreUnavailableError, type SnapshotEngine } from './engine.js';
import { InvalidSnapshotError } from './store.js';
import { readJsonBody } from './body.js';
import { publishBody, publishDenial } from './publish.js';
import { DEFAULT_BODY_LIMIT_BYTES, DEFAULT_MAX_SUBSCRIBERS, DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT, DEFAULT_REQUEST_TIMEOUT_MS } from './limits.js';
import { SubscriberLimits } from './stream-limits.js';
import { AUTH_CHALLENGE, readAllowed } from './tokens.js';


export interface AppOptions {
  /** The in-memory `SnapshotStore`, or a `RedisSnapshotStore` shared by several replicas. */
  store: SnapshotEngine;
  /** Enables `PUT /api/v1/snapshot` for holders of this bearer token; off when absent. */
  publishToken?: string | undefined;
  /** Requires this bearer token (or the publish token) for the dashboard, `GET /api/v1/*` and the stream. */
  readToken?: string | undefined;
  /** Host names answered besides IP literals and `localhost` (`.example.com` for subdomains; `*` for any). */
  allowedHosts?: readonly string[] | undefined;
  /** Browser origins that may publish besides the server's own. */
  allowedOrigins?: readonly string[] | undefined;
  /** Browser origins that may read the GET endpoints and the stream across origins (CORS). */
  corsOrigins?: readonly string[] | undefined;
  /** Event streams held at once (default 10 000); beyond it, 503 `too_many_subscribers`. */
  maxSubscribers?: number | undefined;
  /** Event streams one client address may hold (default 64); beyond it, 429 `too_many_requests`. */
  maxSubscribersPerClient?: number | undefined;
  /**
   * Addresses and networks (`10.0.0.0/8`) of the reverse proxies in front, whose
   * `X-Forwarded-For` and `X-Forwarded-Proto` are believed: the client they name is the one the
   * per-client cap counts and the logs show. None by default: no forwarding header is believed.
   */
  trustedProxies?: readonly string[] | undefined;
  /** How long a request body may take to arrive (default 30 s); beyond it, 408 `request_timeout`. */
  requestTimeoutMs?: number | undefined;
  /** Path prefix to serve everything under (`/opensymphony`); the app can also be mounted. */
  basePath?: string | undefined;
  bodyLimitBytes?: number | undefined;
  keepaliveMs?: number | undefined;
  writeTimeoutMs?: number | undefined;
  /** Check every JSON response against the generated validators (development mode). */
  validateResponses?: boolean | undefined;
  onStreamEvent?: ((event: StreamEvent) => void) | undefined;
  onPublishRejected?: ((event: { remote: string; code: string; message: string }) => void) | undefined;
  /** Told of every request refused before it reached a route: by the Host or Origin check, a token, or a cap. */
  onRequestRejected?: ((event: { remote: string; code: string; method: string }) => void) | undefined;
  /** Told of every 500, with the error (which never reaches the client). */
  onInternalError?: ((error: unknown) => void) | undefined;
  /** Told of every answered request, once it is done (an event stream when it ends): for request logs. */
  onRequest?: ((event: RequestLog) => void) | undefined;
  /** Why the control plane cannot serve and accept publishes now (a shared store unreachable …), or undefined. */
  notReadyReason?: (() => string | undefined) | undefined;
  /** Serve `GET /metrics` (default true). */
  metrics?: boolean | undefined;
}

/** One answered request, for a log line. */
export interface RequestLog {
  /** The request id, also sent back as `X-Request-Id` (the client's own, when it sent a sane one). */
  id: string;
  method: string;
  /** The route it matched (`/api/v1/snapshot` …), or `unmatched`. */
  route: string;
  status: number;
  durationMs: number;
  remote: string;
}

/**
 * One control plane as a Node request handler: serve it with `http.createServer(app)`, or mount
 * it in a host app (`host.use('/opensymphony', app)` in express or connect). A mounted app hands
 * what it does not serve to `next`.
 */
export interface ControlPlaneApp {
  (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void;
  /** Ends every open event stream (for a clean shutdown). */
  closeStreams(): void;
  /** Starts a shutdown: `/readyz` answers 503 from now on, and every open event stream is ended. */
  drain(): void;
  /** Event streams open now. */
  readonly subscriberCount: number;
}

/**
 * The dashboard (its page, and the module of the client's follow rules it loads): pages for
 * people, not part of the machine contract (another implementation need not serve them), so the
 * only routes that are not in spec/openapi.yaml. They read like `GET /api/v1/snapshot`: behind
 * the read token.
 */
const DASHBOARD_ROUTE = '/';
/** Methods of each route, for 405 answers with `Allow`: the spec's (generated/routes.ts) and the dashboard's. */
const ROUTE_METHODS: Readonly<Record<string, readonly string[]>> = {
  [DASHBOARD_ROUTE]: ['GET', 'HEAD'],
  [DASHBOARD_MODULE_PATH]: ['GET', 'HEAD'],
  ...SPEC_ROUTE_METHODS,
};
const SNAPSHOT_ROUTE = OPERATION_PATHS.getSnapshot;
const METRICS_ROUTE = OPERATION_PATHS.getMetrics;

/** Whether anyone may make this read even when a read token is set: the spec says so of the probes, which cannot carry one. */
function openRead(route: string | undefined, method: string): boolean {
  return route !== undefined && ROUTES[route]?.[method]?.access === 'open';
}
const REQUEST_ID_HEADER = 'x-request-id';
/** A request id a client sent is kept only when it is short and plain enough to log as is. */
const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;
let requestCounter = 0;
/** Request ids are this process's boot time and a counter: unique, cheap, and sortable in logs. */
const REQUEST_ID_PREFIX = `${Date.now().toString(36)}-`;

function requestIdOf(req: IncomingMessage): string {
  const sent = req.headers[REQUEST_ID_HEADER];
  if (typeof sent === 'string' && SANE_REQUEST_ID.test(sent)) return sent;
  requestCounter += 1;
  return `${REQUEST_ID_PREFIX}${requestCounter.toString(36)}`;
}
/**
 * Whether the spec documents no 304 for this route: express would answer `If-None-Match: *`
 * with one, which the spec does not document and which leaves a probe without its body.
 */
function unconditional(route: string | undefined, method: string): boolean {
  return route !== undefined && ROUTES[route]?.[method]?.conditional === false;
}

/** Maps anything thrown while handling a request to the error the client sees. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof InvalidSnapshotError) return new ApiError('invalid_snapshot', undefined, detailsFrom(error.issues));
  if (error instanceof StoreUnavailableError) return new ApiError('store_unavailable', undefined, [], { 'Retry-After': String(STORE_RETRY_AFTER_S) });
  return new ApiError('internal_error');
}

/** Whether an `If-None-Match` header names `etag` (weak comparison, lists and `*`, as RFC 9110 says). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header === etag) return true;
  if (header.trim() === '*') return true;
  for (const candidate of header.split(',')) {
    const tag = candidate.trim();
    if ((tag.startsWith('W/') ? tag.slice(2) : tag) === etag) return true;
  }
  return false;
}

function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * An absolute-form request target (`GET http://host/path`, RFC 9112 §3.2.2) as the authority and
 * origin-form it carries; undefined for any other form.
 */
function absoluteForm(url: string): { authority: string; path: string } | undefined {
  const match = /^https?:\/\/([^/?#]*)(.*)$/is.exec(url);
  if (!match) return undefined;
  const rest = match[2]!;
  return { authority: match[1]!, path: rest.startsWith('/') ? rest : `/${rest}` };
}

/**
 * The route a request URL names, as the router matches it (case-insensitive, trailing slashes
 * ignored), below `basePath`; undefined when the URL is outside it.
 */
function routeOf(url: string, basePath: string): string | undefined {
  // A fragment is no part of a request target, but node passes one on; the router drops it too.
  const end = url.search(/[?#]/);
  let path = (end === -1 ? url : url.slice(0, end)).toLowerCase();
  if (basePath) {
    if (path !== basePath && !path.startsWith(`${basePath}/`)) return undefined;
    path = path.slice(basePath.length);
  }
  return path.replace(/\/+$/, '') || '/';
}

export function createApp(options: AppOptions): ControlPlaneApp {
  const publishToken = options.publishToken || undefined;
  const readToken = options.readToken || undefined;
  const basePath = options.basePath ? normalizeBasePath(options.basePath).toLowerCase() : '';
  const context: ControlPlaneContext = {
    store: options.store,
    publishToken,
    bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    validateResponses: options.validateResponses ?? false,
    notReadyReason: () => {
      if (draining) return 'it is shutting down';
      if (options.store.ready?.() === false) return 'its shared store is unreachable';
      return options.notReadyReason?.();
    },
  };
  let draining = false;
  const metrics = options.metrics === false ? undefined : new ControlPlaneMetrics({
    subscribers: () => limits.total,
    sequence: () => options.store.current().sequence,
    lastPublishAt: () => Date.parse(options.store.current().published_at),
  });
  const policy = new RequestPolicy(options);
  const addresses = new ClientAddresses(options.trustedProxies);
  const limits = new SubscriberLimits(options.maxSubscribers ?? DEFAULT_MAX_SUBSCRIBERS, options.maxSubscribersPerClient ?? DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT);
  const channel = new EventChannel(options.store, {
    keepaliveMs: options.keepaliveMs,
    writeTimeoutMs: options.writeTimeoutMs,
    onStreamEvent: options.onStreamEvent,
    observer: metrics && {
      delivered: (streams, seconds) => {
        metrics.eventsWritten(streams);
        metrics.publishToWrite(seconds);
      },
      keepalive: () => metrics.keepaliveWritten(),
      jumped: () => metrics.slowJump(),
      evicted: () => metrics.eviction(),
    },
  });
  // A new epoch under a running store: its clients start over, as after a restart.
  options.store.onEpochChange?.(() => channel.closeAll());
  // In development mode the snapshot's reads and publishes go through the tsoa controllers, whose answers are validated.
  const fastPaths = !context.validateResponses;
  // The history records from now on, not from the first request for it.
  metricsHistoryOf(options.store);

  const reject = (req: IncomingMessage, res: ServerResponse, error: ApiError): void => {
    options.onRequestRejected?.({ remote: addresses.remote(req), code: error.code, method: req.method ?? '' });
    metrics?.rejected(error.code);
    sendError(res, error);
  };

  const serveMetrics = (req: IncomingMessage, res: ServerResponse): void => {
    if (!metrics) {
      sendError(res, new ApiError('not_found', `no route for ${req.method} ${METRICS_ROUTE}`));
      return;
    }
    metrics.scrape().then(
      ({ contentType, body }) => {
        const bytes = Buffer.from(body, 'utf8');
        res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': bytes.length, 'Cache-Control': CACHE_CONTROL.getMetrics['200'] });
        res.end(req.method === 'HEAD' ? undefined : bytes);
      },
      (error: unknown) => {
        options.onInternalError?.(error);
        sendError(res, new ApiError('internal_error'));
      },
    );
  };

  const openStream = (req: IncomingMessage, res: ServerResponse): void => {
    const client = addresses.of(req);
    const held = limits.acquire(client);
    if (held instanceof ApiError) {
      reject(req, res, held);
      return;
    }
    channel.open(req, res, held, addresses.remote(req, client));
  };

  /**
   * `GET`/`HEAD /api/v1/snapshot` from the bytes made at publish: the ETag compared first,
   * nothing serialised, every header in one object (nothing was set on `res` before).
   */
  const readSnapshot = (req: IncomingMessage, res: ServerResponse, id: string): void => {
    const bytes = envelopeBytes(options.store.currentPublished());
    if (matchesEtag(req.headers['if-none-match'], bytes.etag)) {
      // A 304 carries the Cache-Control the 200 would have (RFC 9110, 15.4.5).
      res.writeHead(304, { 'X-Request-Id': id, 'X-Content-Type-Options': 'nosniff', ETag: bytes.etag, 'Cache-Control': CACHE_CONTROL.getSnapshot['200'] });
      res.end();
      return;
    }
    res.writeHead(200, {
      'X-Request-Id': id,
      'X-Content-Type-Options': 'nosniff',
      'Content-Type': JSON_CONTENT_TYPE,
      'Content-Length': bytes.body.length,
      ETag: bytes.etag,
      'Cache-Control': CACHE_CONTROL.getSnapshot['200'],
    });
    res.end(req.method === 'HEAD' ? undefined : bytes.body);
  };

  /** The requests that are publishes (`PUT` of the snapshot), told apart when one fails; a PUT elsewhere is not one. */
  const publishes = new WeakSet<IncomingMessage>();

  /**
   * Everything but the answer a failed request gets, whichever path it took: the internal error
   * reported, a refused publish counted and told, and the JSON error (or the connection cut when
   * part of an answer already went out).
   */
  const answerError = (req: IncomingMessage, res: ServerResponse, error: unknown): void => {
    const apiError = toApiError(error);
    if (apiError.code === 'internal_error') options.onInternalError?.(error);
    if (publishes.has(req)) {
      metrics?.published(apiError.code);
      if (apiError.status < 500) options.onPublishRejected?.({ remote: addresses.remote(req), code: apiError.code, message: apiError.message });
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendError(res, apiError);
  };

  /**
   * `PUT /api/v1/snapshot` before express: the token, the body within its limits, the store's
   * verdict, and the new envelope's JSON as the answer.
   */
  const publishSnapshot = (req: IncomingMessage, res: ServerResponse): void => {
    const denied = publishDenial(req, publishToken);
    if (denied) {
      answerError(req, res, denied);
      return;
    }
    readJsonBody(req, { limitBytes: context.bodyLimitBytes, timeoutMs: context.requestTimeoutMs })
      .then((body) => publishBody(options.store, body))
      .then((envelope) => {
        const published = options.store.currentPublished();
        // The in-memory store's envelope is still current here; a shared store's may not be.
        // Written as text: node encodes it into memory it reuses, where the envelope's own bytes
        // would be new memory, made for this one answer (the fan-out writes from its stage).
        const json = published.envelope === envelope ? published.json : (options.store.serialized(envelope) ?? JSON.stringify(envelope));
        res.writeHead(200, { 'Content-Type': JSON_CONTENT_TYPE, 'Content-Length': Buffer.byteLength(json, 'utf8') });
        res.end(json, 'utf8');
      })
      // Whatever fails, the body, the store or the answer itself, ends as a JSON error (or a cut connection), never an unhandled rejection.
      .catch((error: unknown) => answerError(req, res, error));
  };

  const api = express.Router({ strict: false });
  RegisterRoutes(api);
  api.get(DASHBOARD_ROUTE, serveDashboard);
  api.get(DASHBOARD_MODULE_PATH, serveDashboardModule);
  // The headers a GET's stream starts with (RFC 9110 §9.3.2), and no stream.
  api.head(EVENTS_CHANNEL_ADDRESS, (_req, res) => {
    res.writeHead(200, STREAM_RESPONSE_HEADERS).end();
  });
  for (const [path, methods] of Object.entries(ROUTE_METHODS)) {
    api.all(path, (req, _res, next) => {
      next(new ApiError('method_not_allowed', `${req.method} is not allowed on ${path}`, [], { Allow: methods.join(', ') }));
    });
  }

  const notFound: RequestHandler = (req, _res, next) => {
    next(new ApiError('not_found', `no route for ${req.method} ${req.originalUrl.split('?')[0]}`));
  };

  const handleError: ErrorRequestHandler = (error: unknown, req: Request, res: Response, _next) => answerError(req, res, error);

  const app: Express = express();
  app.disable('x-powered-by');
  app.disable('etag');
  // Envelopes go out as the JSON the store made when it published them: serialised once,
  // not once per reader. (app.response is the prototype of this app's responses.)
  const json = app.response.json;
  app.response.json = function (this: Response, body: unknown) {
    const cached = options.store.serialized(body);
    if (cached === undefined) return json.call(this, body);
    if (!this.get('Content-Type')) this.type('application/json');
    return this.send(cached);
  };
  attachContext(app.locals, context);
  app.use(basePath || '/', api);
  app.use(notFound);
  app.use(handleError);

  /** The request log and the request counter, once a request is answered. */
  const observe = (req: IncomingMessage, res: ServerResponse, id: string, route: string, started: number): void => {
    const method = req.method ?? '';
    metrics?.request(route, method, res.statusCode);
    if (method === 'PUT' && route === SNAPSHOT_ROUTE && res.statusCode === 200) metrics?.published('ok');
    options.onRequest?.({ id, method, route, status: res.statusCode, durationMs: performance.now() - started, remote: addresses.remote(req) });
  };
  const observed = metrics !== undefined || options.onRequest !== undefined;
  /** The snapshot's URL as clients send it, matched before any parsing. */
  const snapshotUrl = `${basePath}${SNAPSHOT_ROUTE}`;

  const handle = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void => {
    // An absolute-form target is answered as its origin-form, and its authority replaces Host
    // (RFC 9112 §3.2.2), so the Host check applies to the host it names.
    const absolute = req.url?.startsWith('/') === false ? absoluteForm(req.url) : undefined;
    if (absolute) {
      req.url = absolute.path;
      req.headers.host = absolute.authority;
    }
    const url = req.url ?? '/';
    const route = url === snapshotUrl ? SNAPSHOT_ROUTE : routeOf(url, basePath);
    if (route === undefined && next) {
      next();
      return;
    }
    const started = options.onRequest === undefined ? 0 : performance.now();
    const id = requestIdOf(req);
    const method = req.method ?? 'GET';
    const read = method === 'GET' || method === 'HEAD';
    if (method === 'PUT' && route === SNAPSHOT_ROUTE) publishes.add(req);
    const label = route !== undefined && route in ROUTE_METHODS ? route : 'unmatched';
    // The snapshot's reads and publish are answered here, not by express; a read writes all its
    // headers at once and is counted in line (no 'finish' listener).
    const snapshot = route === SNAPSHOT_ROUTE && fastPaths;
    const hot = snapshot && read;
    if (!hot) {
      res.setHeader('X-Request-Id', id);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (observed) res.once('finish', () => observe(req, res, id, label, started));
    }
    const refuse = (error: ApiError): void => {
      if (hot) res.setHeader('X-Request-Id', id);
      reject(req, res, error);
      if (observed && hot) observe(req, res, id, label, started);
    };

    const hostDenied = policy.hostDenial(req);
    if (hostDenied) {
      refuse(hostDenied);
      return;
    }
    if (route !== undefined && policy.applyCors(req, res, read || method === 'OPTIONS')) return;
    if (!read && method !== 'OPTIONS') {
      const originDenied = policy.originDenial(req);
      if (originDenied) {
        refuse(originDenied);
        return;
      }
    }
    if (read && readToken !== undefined && !openRead(route, method) && !readAllowed(req, readToken, publishToken)) {
      refuse(new ApiError('unauthorized', 'a valid read token is required', [], { 'WWW-Authenticate': AUTH_CHALLENGE }));
      return;
    }
    if (hot) {
      readSnapshot(req, res, id);
      if (observed) observe(req, res, id, label, started);
      return;
    }
    if (snapshot && method === 'PUT') {
      publishSnapshot(req, res);
      return;
    }
    if (method === 'GET' && route === EVENTS_CHANNEL_ADDRESS) {
      openStream(req, res);
      return;
    }
    if (read && route === METRICS_ROUTE) {
      serveMetrics(req, res);
      return;
    }
    // The served contract: /openapi.yaml|json, /asyncapi.yaml|json, /docs (src/served-contract.ts).
    if (read && route !== undefined && serveContract(req, res, route, basePath.length, addresses.protocol(req), options.onInternalError)) return;
    if (read && unconditional(route, method)) {
      delete req.headers['if-none-match'];
      delete req.headers['if-modified-since'];
    }
    // Without a host app's `next`, express ends unmatched requests itself (our 404 comes first).
    if (next) app(req as Request, res as Response, next);
    else app(req, res);
  };

  return Object.defineProperties(handle, {
    closeStreams: { value: () => channel.closeAll() },
    drain: {
      value: () => {
        draining = true;
        channel.closeAll();
      },
    },
    subscriberCount: { get: () => limits.total },
  }) as ControlPlaneApp;
}
