/**
 * `createApp` builds one control plane as a Node request handler: a front layer that every
 * request passes first (the Host, Origin and read-token checks, CORS, the headers every answer
 * carries, the event stream with its caps), then the express app with the tsoa-generated JSON
 * routes and JSON errors for everything else. It never listens.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler, type Response } from 'express';
import { ValidateError } from '@tsoa/runtime';
import { EVENTS_CHANNEL_ADDRESS } from '../generated/events.js';
import { RegisterRoutes } from '../generated/tsoa/routes.js';
import { attachContext, type ControlPlaneContext } from './context.js';
import { serveDashboard } from './dashboard.js';
import { ApiError, detailsFrom, sendError } from './errors.js';
import { RequestPolicy } from './request-policy.js';
import { SERVED_CONTRACT_ROUTES, serveContract } from './served-contract.js';
import { envelopeBytes } from './envelope-bytes.js';
import { EventChannel, remoteOf, type StreamEvent } from './sse.js';
import { InvalidSnapshotError, type SnapshotStore } from './store.js';
import { DEFAULT_BODY_LIMIT_BYTES, DEFAULT_MAX_SUBSCRIBERS, DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT, DEFAULT_REQUEST_TIMEOUT_MS } from './limits.js';
import { SubscriberLimits } from './stream-limits.js';
import { AUTH_CHALLENGE, readAllowed } from './tokens.js';


export interface AppOptions {
  store: SnapshotStore;
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
  /** Event streams open now. */
  readonly subscriberCount: number;
}

/** Methods of each route, for 405 answers with `Allow`. */
const ROUTE_METHODS: Readonly<Record<string, readonly string[]>> = {
  '/': ['GET', 'HEAD'],
  '/healthz': ['GET', 'HEAD'],
  '/api/v1/snapshot': ['GET', 'HEAD', 'PUT'],
  [EVENTS_CHANNEL_ADDRESS]: ['GET', 'HEAD'],
  ...Object.fromEntries(SERVED_CONTRACT_ROUTES.map((route) => [route, ['GET', 'HEAD']])),
};
const SNAPSHOT_ROUTE = '/api/v1/snapshot';
/** Routes anyone may read even when a read token is set: liveness probes cannot carry one. */
const OPEN_ROUTES = new Set(['/healthz']);

/** Maps anything thrown while handling a request to the error the client sees. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof InvalidSnapshotError) return new ApiError('invalid_snapshot', undefined, detailsFrom(error.issues));
  if (error instanceof ValidateError) {
    // tsoa names fields `snapshot.daemon.state` (the parameter, then the path); we use JSON Pointers.
    const details = Object.entries(error.fields).map(([field, { message }]) => ({
      path: field
        .split('.')
        .slice(1)
        .map((part) => `/${part.replace(/\[(\d+)\]/g, '/$1')}`)
        .join(''),
      message,
    }));
    return new ApiError('invalid_snapshot', undefined, details);
  }
  return new ApiError('internal_error');
}

/** Whether an `If-None-Match` header names `etag` (weak comparison, lists and `*`, as RFC 9110 says). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
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
 * The route a request URL names, as the router matches it (case-insensitive, trailing slashes
 * ignored), below `basePath`; undefined when the URL is outside it.
 */
function routeOf(url: string, basePath: string): string | undefined {
  const query = url.indexOf('?');
  let path = (query === -1 ? url : url.slice(0, query)).toLowerCase();
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
  };
  const policy = new RequestPolicy(options);
  const limits = new SubscriberLimits(options.maxSubscribers ?? DEFAULT_MAX_SUBSCRIBERS, options.maxSubscribersPerClient ?? DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT);
  const channel = new EventChannel(options.store, {
    keepaliveMs: options.keepaliveMs,
    writeTimeoutMs: options.writeTimeoutMs,
    onStreamEvent: options.onStreamEvent,
  });
  // In development mode every read goes through the tsoa controllers, whose answers are validated.
  const fastReads = !context.validateResponses;

  const reject = (req: IncomingMessage, res: ServerResponse, error: ApiError): void => {
    options.onRequestRejected?.({ remote: remoteOf(req), code: error.code, method: req.method ?? '' });
    sendError(res, error);
  };

  const openStream = (req: IncomingMessage, res: ServerResponse): void => {
    const held = limits.acquire(req.socket.remoteAddress ?? '?');
    if (held instanceof ApiError) {
      reject(req, res, held);
      return;
    }
    channel.open(req, res, held);
  };

  /** `GET`/`HEAD /api/v1/snapshot` from the bytes made at publish: the ETag compared first, nothing serialised. */
  const readSnapshot = (req: IncomingMessage, res: ServerResponse): void => {
    const bytes = envelopeBytes(options.store.currentPublished());
    if (matchesEtag(req.headers['if-none-match'], bytes.etag)) {
      res.writeHead(304, { ETag: bytes.etag, 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': bytes.body.length,
      ETag: bytes.etag,
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes.body);
  };

  const api = express.Router({ strict: false });
  RegisterRoutes(api);
  api.get('/', serveDashboard);
  api.head(EVENTS_CHANNEL_ADDRESS, (_req, res) => {
    res.status(200).type('text/event-stream').end();
  });
  for (const [path, methods] of Object.entries(ROUTE_METHODS)) {
    api.all(path, (req, _res, next) => {
      next(new ApiError('method_not_allowed', `${req.method} is not allowed on ${path}`, [], { Allow: methods.join(', ') }));
    });
  }

  const notFound: RequestHandler = (req, _res, next) => {
    next(new ApiError('not_found', `no route for ${req.method} ${req.originalUrl.split('?')[0]}`));
  };

  const handleError: ErrorRequestHandler = (error: unknown, req: Request, res: Response, _next) => {
    const apiError = toApiError(error);
    if (apiError.code === 'internal_error') options.onInternalError?.(error);
    if (req.method === 'PUT' && apiError.status < 500) {
      options.onPublishRejected?.({ remote: remoteOf(req), code: apiError.code, message: apiError.message });
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendError(res, apiError);
  };

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

  const handle = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void => {
    const route = routeOf(req.url ?? '/', basePath);
    if (route === undefined && next) {
      next();
      return;
    }
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const hostDenied = policy.hostDenial(req);
    if (hostDenied) {
      reject(req, res, hostDenied);
      return;
    }
    const method = req.method ?? 'GET';
    const read = method === 'GET' || method === 'HEAD';
    if (route !== undefined && policy.applyCors(req, res, read || method === 'OPTIONS')) return;
    if (!read && method !== 'OPTIONS') {
      const originDenied = policy.originDenial(req);
      if (originDenied) {
        reject(req, res, originDenied);
        return;
      }
    }
    if (read && !OPEN_ROUTES.has(route ?? '') && !readAllowed(req, readToken, publishToken)) {
      reject(req, res, new ApiError('unauthorized', 'a valid read token is required', [], { 'WWW-Authenticate': AUTH_CHALLENGE }));
      return;
    }
    if (method === 'GET' && route === EVENTS_CHANNEL_ADDRESS) {
      openStream(req, res);
      return;
    }
    // The served contract: /openapi.yaml|json, /asyncapi.yaml|json, /docs (src/served-contract.ts).
    if (read && route !== undefined && serveContract(req, res, route, basePath.length, options.onInternalError)) return;
    if (read && fastReads && route === SNAPSHOT_ROUTE) {
      readSnapshot(req, res);
      return;
    }
    // Without a host app's `next`, express ends unmatched requests itself (our 404 comes first).
    if (next) app(req as Request, res as Response, next);
    else app(req, res);
  };

  return Object.defineProperties(handle, {
    closeStreams: { value: () => channel.closeAll() },
    subscriberCount: { get: () => limits.total },
  }) as ControlPlaneApp;
}
