/**
 * The one place that maps error codes to HTTP statuses and JSON bodies. Every non-2xx JSON
 * response of the service is built here, in the spec's `Error` envelope.
 */
import type { ServerResponse } from 'node:http';
import type { ErrorCode, ErrorDetail, Error as ErrorResponse } from '../generated/api-types.js';
import { ERROR_CACHE_CONTROL } from '../generated/contract.js';
import { ErrorResponseValidator, type ValidationIssue } from '../generated/validators/index.js';

interface ErrorSpec {
  status: number;
  message: string;
}

/** Every code of the spec's `ErrorCode` enum, its status and its default message. */
export const ERROR_REGISTRY: Readonly<Record<ErrorCode, ErrorSpec>> = {
  invalid_json: { status: 400, message: 'the request body is not valid JSON' },
  invalid_snapshot: { status: 400, message: 'the snapshot does not match the DaemonSnapshot schema' },
  unauthorized: { status: 401, message: 'a valid bearer token is required to publish' },
  publishing_disabled: {
    status: 403,
    message: 'publishing over HTTP is disabled; start the server with a publish token',
  },
  host_not_allowed: { status: 403, message: 'the Host of this request is not allowed' },
  origin_not_allowed: { status: 403, message: 'the Origin of this request may not publish' },
  not_found: { status: 404, message: 'no such route' },
  method_not_allowed: { status: 405, message: 'method not allowed on this route' },
  request_timeout: { status: 408, message: 'the request body did not arrive in time' },
  payload_too_large: { status: 413, message: 'the request body is too large' },
  unsupported_media_type: { status: 415, message: 'the request body must be application/json' },
  too_many_requests: { status: 429, message: 'this client holds as many event streams as one client may' },
  internal_error: { status: 500, message: 'the control plane failed to handle the request' },
  too_many_subscribers: { status: 503, message: 'the server holds as many event streams as it allows' },
  not_ready: { status: 503, message: 'the control plane cannot serve and accept publishes now' },
  store_unavailable: { status: 503, message: 'the snapshot store is unreachable; nothing was published' },
};

/** The media type of every JSON answer the service writes. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** An error the service answers with its `Error` envelope. */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_REGISTRY[code].message,
    readonly details: readonly ErrorDetail[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = ERROR_REGISTRY[code].status;
  }

  /** The JSON body, in the spec's `Error` envelope. */
  body(): ErrorResponse {
    const error: ErrorResponse['error'] = { code: this.code, message: this.message };
    if (this.details.length > 0) error.details = [...this.details];
    return { error };
  }
}

/** Turns validation issues into the envelope's `details`. */
export function detailsFrom(issues: readonly ValidationIssue[]): ErrorDetail[] {
  return issues.map(({ path, message }) => ({ path, message }));
}

/** Writes an `ApiError` as the response, never cached and never with a stack trace. */
export function sendError(res: ServerResponse, error: ApiError): void {
  const body = error.body();
  // The registry and the spec are kept in step by a test; this guards hand-built details.
  if (!ErrorResponseValidator.is(body)) throw new TypeError(`error body for ${error.code} does not match the spec`);
  const json = Buffer.from(JSON.stringify(body), 'utf8');
  res.statusCode = error.status;
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', JSON_CONTENT_TYPE);
  res.setHeader('Content-Length', json.length);
  res.setHeader('Cache-Control', ERROR_CACHE_CONTROL);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(res.req.method === 'HEAD' ? undefined : json);
}
