/**
 * The node:http settings a control plane needs against slow or broken clients: deadlines for
 * request headers and bodies that never cut an event stream, and JSON answers (in the contract's
 * `Error` envelope) for the requests node refuses before any handler sees them.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorCode } from '../generated/api-types.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, HEADERS_TIMEOUT_MS } from './limits.js';
import { ApiError, JSON_CONTENT_TYPE } from './errors.js';

/** Idle keep-alive connections are closed after this, so idle sockets do not pile up. */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** How often node looks for connections past their header or request deadline. */
const CONNECTIONS_CHECK_MS = 1_000;
/** Node's own whole-request deadline sits past ours, so the body deadline answers in JSON first. */
const NODE_REQUEST_TIMEOUT_SLACK_MS = 5_000;

export interface ServerLimitOptions {
  /** How long a request body may take (the app's `requestTimeoutMs`); default 30 s. */
  requestTimeoutMs?: number | undefined;
  headersTimeoutMs?: number | undefined;
}

function rawErrorResponse(code: ErrorCode, message: string): string {
  const body = JSON.stringify(new ApiError(code, message).body());
  const status = new ApiError(code).status;
  const reason = { 400: 'Bad Request', 408: 'Request Timeout', 413: 'Payload Too Large', 431: 'Request Header Fields Too Large' }[status] ?? 'Error';
  return (
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${JSON_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
    `Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`
  );
}

/**
 * Applies the deadlines to `server` and answers what node refuses (malformed requests, headers
 * too large or too slow) with the `Error` envelope instead of node's bare text. Event streams are
 * responses, so none of these deadlines ever cuts one.
 */
export function configureServer(server: Server, options: ServerLimitOptions = {}): Server {
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  server.headersTimeout = options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS;
  // node checks both deadlines only this often (30 s by default): check often enough to keep them.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(CONNECTIONS_CHECK_MS, server.headersTimeout);
  server.requestTimeout = requestTimeoutMs + NODE_REQUEST_TIMEOUT_SLACK_MS;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const answer =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? rawErrorResponse('request_timeout', 'the request did not arrive in time')
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? rawErrorResponse('payload_too_large', 'the request headers are too large')
          : rawErrorResponse('invalid_json', 'the request is not valid HTTP');
    socket.end(answer);
  });
  return server;
}
