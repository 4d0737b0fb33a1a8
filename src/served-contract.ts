/**
 * The contract a running control plane serves about itself (the spec's `contract` tag): the
 * bundled OpenAPI and AsyncAPI documents with this instance's URL as their only server, and the
 * rendered references under /docs. Everything is built by `npm run generate` into
 * generated/served/; the documents and pages (several MB) are loaded on first use, so start-up
 * and the other routes never pay for them.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as Documents from '../generated/served/documents.js';
import type * as Pages from '../generated/served/pages.js';
import { SERVED_ROUTES, type ServedRoute } from '../generated/served/routes.js';
import { ApiError, sendError } from './errors.js';

/** The routes this module answers (GET and HEAD), below the service root. */
export const SERVED_CONTRACT_ROUTES: readonly string[] = Object.keys(SERVED_ROUTES);

/** The name of the instance's server in the served AsyncAPI document. */
const ASYNCAPI_SERVER_NAME = 'instance';
const SERVER_DESCRIPTION = 'This control plane: the instance that served this document.';
/** Raw documents run nothing and embed nothing, whatever a browser makes of them. */
const DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'";

let documents: Promise<typeof Documents> | undefined;
let pages: Promise<typeof Pages> | undefined;

/** Where this instance is, as the request reached it. */
export interface InstanceLocation {
  protocol: 'http' | 'https';
  /** The `Host` header (it passed the Host check), or the socket's own address without one. */
  host: string;
  /** The path prefix the service root is under, as the request wrote it (`/opensymphony`), or ''. */
  pathPrefix: string;
}

/** The instance's URL, which the served documents name as their only server. */
export function instanceUrl(location: InstanceLocation): string {
  return `${location.protocol}://${location.host}${location.pathPrefix}`;
}

/** A value as YAML flow / JSON text: valid in both formats, so one rendering fills either slot. */
function flowText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${flowText(item)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

function serversOf(serves: ServedRoute['serves'], location: InstanceLocation): unknown {
  if (serves === 'openapi') return [{ url: instanceUrl(location), description: SERVER_DESCRIPTION }];
  const server: Record<string, string> = { host: location.host, protocol: location.protocol };
  if (location.pathPrefix) server['pathname'] = location.pathPrefix;
  server['description'] = SERVER_DESCRIPTION;
  return { [ASYNCAPI_SERVER_NAME]: server };
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function pagePolicy(scriptHashes: readonly string[]): string {
  const scripts = scriptHashes.length > 0 ? scriptHashes.join(' ') : "'none'";
  // Styles stay 'unsafe-inline': Redoc and the AsyncAPI page inject theirs at run time.
  return `default-src 'none'; script-src ${scripts}; style-src 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

/** Whether an `If-None-Match` header names `etag` (weak comparison, lists and `*`). */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || (tag.startsWith('W/') ? tag.slice(2) : tag) === etag;
  });
}

/** The fixed pages' bytes and ETags, made on first use: the Redoc page alone is 2.6 MB. */
const fixedPages = new Map<Pages.ServedPage, { body: Buffer; etag: string }>();

function send(req: IncomingMessage, res: ServerResponse, route: ServedRoute, body: Buffer, headers: Record<string, string>, etag = etagOf(body)): void {
  const { cacheControl } = route;
  if (matches(req.headers['if-none-match'], etag)) {
    // A 304 carries the Cache-Control the 200 would have (RFC 9110, 15.4.5).
    res.writeHead(304, { ETag: etag, 'Cache-Control': cacheControl });
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': String(body.length), ETag: etag, 'Cache-Control': cacheControl });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function answer(req: IncomingMessage, res: ServerResponse, route: ServedRoute, location: InstanceLocation, query: URLSearchParams): Promise<void> {
  if (route.mediaType !== 'text/html') {
    const { OPENAPI_DOCUMENT, ASYNCAPI_DOCUMENT } = await (documents ??= import('../generated/served/documents.js'));
    const text = (route.serves === 'openapi' ? OPENAPI_DOCUMENT : ASYNCAPI_DOCUMENT)[route.mediaType === 'application/yaml' ? 'yaml' : 'json'];
    const body = Buffer.from(`${text[0]}${flowText(serversOf(route.serves, location))}${text[1]}`, 'utf8');
    send(req, res, route, body, { 'Content-Type': `${route.mediaType}; charset=utf-8`, 'Content-Security-Policy': DOCUMENT_POLICY });
    return;
  }
  const { INDEX_PAGE, OPENAPI_PAGE, ASYNCAPI_PAGE } = await (pages ??= import('../generated/served/pages.js'));
  const page = route.serves === 'index' ? INDEX_PAGE : route.serves === 'openapi' ? OPENAPI_PAGE : ASYNCAPI_PAGE;
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': pagePolicy(page.scriptHashes),
    // The URL may carry a read token (?access_token=): never send it on to another site.
    'Referrer-Policy': 'no-referrer',
  };
  if (route.serves === 'index') {
    // Links carry the read token on, as the page itself was reached with it.
    const token = query.get('access_token');
    const html = page.html
      .replaceAll('{{BASE}}', escapeHtml(`${location.pathPrefix}/`))
      .replaceAll('{{QUERY}}', token ? escapeHtml(`?access_token=${encodeURIComponent(token)}`) : '');
    send(req, res, route, Buffer.from(html, 'utf8'), headers);
    return;
  }
  let fixed = fixedPages.get(page);
  if (!fixed) {
    const body = Buffer.from(page.html, 'utf8');
    fixed = { body, etag: etagOf(body) };
    fixedPages.set(page, fixed);
  }
  send(req, res, route, fixed.body, headers, fixed.etag);
}

/** The socket's own address, for an HTTP/1.0 request without `Host`. */
function socketHost(req: IncomingMessage): string {
  const address = req.socket.localAddress ?? '127.0.0.1';
  return `${address.includes(':') ? `[${address}]` : address}:${req.socket.localPort ?? ''}`;
}

/**
 * Answers a GET or HEAD of a served-contract route and returns true, or returns false for any
 * other route. `route` is the path below the service root as the app matched it; `basePathLength`
 * how many characters of the request path the service root takes; `protocol` the scheme the
 * client used (src/client-address.ts), for the documents' server URL.
 */
export function serveContract(
  req: IncomingMessage,
  res: ServerResponse,
  route: string,
  basePathLength: number,
  protocol: 'http' | 'https',
  onInternalError?: (error: unknown) => void,
): boolean {
  const served = SERVED_ROUTES[route];
  if (!served) return false;
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  // A host app that mounts us (`host.use('/x', app)`) strips its prefix from req.url.
  const original = (req as { originalUrl?: unknown }).originalUrl;
  const mountPrefix = typeof original === 'string' && original.endsWith(url) ? original.slice(0, original.length - url.length) : '';
  const location: InstanceLocation = {
    protocol,
    host: req.headers.host ?? socketHost(req),
    pathPrefix: `${mountPrefix}${path.slice(0, basePathLength)}`.replace(/\/+$/, ''),
  };
  answer(req, res, served, location, new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1))).catch((error: unknown) => {
    onInternalError?.(error);
    if (res.headersSent) res.destroy();
    else sendError(res, new ApiError('internal_error'));
  });
  return true;
}
