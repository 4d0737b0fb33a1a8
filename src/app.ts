/**
 * `createApp` builds the control plane's express app — the tsoa-generated JSON routes, the
 * handwritten event stream, and JSON errors for everything else. It never listens.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler, type Response } from 'express';
import { ValidateError } from '@tsoa/runtime';
import { EVENTS_CHANNEL_ADDRESS } from '../generated/events.js';
import { RegisterRoutes } from '../generated/tsoa/routes.js';
import { attachContext, contextOf, type ControlPlaneContext } from './context.js';
import { serveDashboard } from './dashboard.js';
import { ApiError, detailsFrom, sendError } from './errors.js';
import { remoteOf, serveEventStream, type StreamEvent } from './sse.js';
import { InvalidSnapshotError, type SnapshotStore } from './store.js';

/** Largest accepted `PUT /api/v1/snapshot` body: generous for hundreds of issues, bounded for memory. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  store: SnapshotStore;
  /** Enables `PUT /api/v1/snapshot` for holders of this bearer token; off when absent. */
  publishToken?: string | undefined;
  /** Path prefix to serve everything under (`/opensymphony`); the app can also be mounted. */
  basePath?: string | undefined;
  bodyLimitBytes?: number | undefined;
  keepaliveMs?: number | undefined;
  writeTimeoutMs?: number | undefined;
  /** Check every JSON response against the generated validators (development mode). */
  validateResponses?: boolean | undefined;
  onStreamEvent?: ((event: StreamEvent) => void) | undefined;
  onPublishRejected?: ((event: { remote: string; code: string; message: string }) => void) | undefined;
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
}

/** Methods of each route, for 405 answers with `Allow`. */
const ROUTE_METHODS: Readonly<Record<string, readonly string[]>> = {
  '/': ['GET', 'HEAD'],
  '/healthz': ['GET', 'HEAD'],
  '/api/v1/snapshot': ['GET', 'HEAD', 'PUT'],
  [EVENTS_CHANNEL_ADDRESS]: ['GET', 'HEAD'],
};

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
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') return new ApiError('payload_too_large');
  if (type === 'entity.parse.failed') return new ApiError('invalid_json');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return new ApiError('unsupported_media_type');
  return new ApiError('internal_error');
}

export function createApp(options: AppOptions): ControlPlaneApp {
  const context: ControlPlaneContext = {
    store: options.store,
    publishToken: options.publishToken || undefined,
    bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    validateResponses: options.validateResponses ?? false,
  };
  const streams = new Set<() => void>();

  const api = express.Router({ strict: false });
  RegisterRoutes(api);
  api.get('/', serveDashboard);
  api.head(EVENTS_CHANNEL_ADDRESS, (_req, res) => {
    res.status(200).type('text/event-stream').end();
  });
  api.get(EVENTS_CHANNEL_ADDRESS, (req, res) => {
    const stream = serveEventStream(req, res, contextOf(req).store, {
      keepaliveMs: options.keepaliveMs,
      writeTimeoutMs: options.writeTimeoutMs,
      onStreamEvent: options.onStreamEvent,
    });
    streams.add(stream.close);
    res.once('close', () => streams.delete(stream.close));
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

  const app = express() as Express & { closeStreams(): void };
  app.disable('x-powered-by');
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
  app.use(options.basePath ? normalizeBasePath(options.basePath) : '/', api);
  app.use(notFound);
  app.use(handleError);
  app.closeStreams = () => {
    for (const close of [...streams]) close();
  };
  return app as unknown as ControlPlaneApp;
}

function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
