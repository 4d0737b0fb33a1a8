/**
 * Which requests a control plane answers, judged from their `Host` and `Origin`: the defence
 * against DNS rebinding (a page on a rebinding domain reaching 127.0.0.1), against browser
 * pages publishing cross-site, and which browser apps may read across origins (CORS).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { ApiError } from './errors.js';

/** In an allowlist of hosts, turns the Host check off. */
export const ANY_HOST = '*';
/** Host headers whose verdict is remembered: the few names a server is really reached by, bounded against a client sending many. */
const HOST_VERDICTS_KEPT = 64;
/** How long a browser may cache a CORS preflight answer. */
const PREFLIGHT_MAX_AGE_S = 600;
/** Request headers a cross-origin reader may send: its token, EventSource's resume id, revalidation. */
const CORS_ALLOWED_HEADERS = 'Authorization, Last-Event-ID, If-None-Match';
/** Response headers a cross-origin reader may see. */
const CORS_EXPOSED_HEADERS = 'ETag, Retry-After';

export interface RequestPolicyOptions {
  /** Host names served besides IP literals and `localhost`; `.example.com` also allows its subdomains; `*` allows any. */
  allowedHosts?: readonly string[] | undefined;
  /** Browser origins (`https://ops.example.com`) that may publish besides the server's own. */
  allowedOrigins?: readonly string[] | undefined;
  /** Browser origins that may read the GET endpoints and the stream across origins. */
  corsOrigins?: readonly string[] | undefined;
}

/** The host name of a `Host` header: lower case, without port, brackets or a trailing dot. */
export function hostnameOf(host: string): string {
  let name = host.trim().toLowerCase();
  if (name.startsWith('[')) {
    const end = name.indexOf(']');
    // Only `[literal]` or `[literal]:port`; anything else (`[::1].evil.example`) is judged whole, so refused.
    if (end === -1 || !/^(?::\d*)?$/.test(name.slice(end + 1))) return name;
    name = name.slice(1, end);
  } else {
    const colon = name.lastIndexOf(':');
    if (colon !== -1 && name.indexOf(':') === colon) name = name.slice(0, colon);
  }
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

function normalizeOrigin(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return url.origin === 'null' ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

export class RequestPolicy {
  readonly #anyHost: boolean;
  readonly #hosts: Set<string>;
  readonly #suffixes: string[];
  readonly #allowedOrigins: Set<string>;
  readonly #corsOrigins: Set<string>;
  /** Verdicts on `Host` headers as sent, so a request by a known name costs one lookup. */
  readonly #hostVerdicts = new Map<string, boolean>();

  constructor(options: RequestPolicyOptions = {}) {
    const hosts = (options.allowedHosts ?? []).map((host) => host.trim().toLowerCase()).filter(Boolean);
    this.#anyHost = hosts.includes(ANY_HOST);
    this.#hosts = new Set(hosts.filter((host) => !host.startsWith('.')).map(hostnameOf));
    this.#suffixes = hosts.filter((host) => host.startsWith('.') && host.length > 1);
    this.#allowedOrigins = new Set((options.allowedOrigins ?? []).map(normalizeOrigin).filter((origin): origin is string => origin !== undefined));
    this.#corsOrigins = new Set((options.corsOrigins ?? []).map(normalizeOrigin).filter((origin): origin is string => origin !== undefined));
  }

  /** Whether the Host check is off (`*` in the allowlist). */
  get checksHost(): boolean {
    return !this.#anyHost;
  }

  /** Whether a request with this `Host` header is answered. Requests without one (HTTP/1.0) are. */
  hostAllowed(host: string | undefined): boolean {
    if (this.#anyHost || host === undefined) return true;
    let verdict = this.#hostVerdicts.get(host);
    if (verdict === undefined) {
      verdict = this.#judgeHost(host);
      if (this.#hostVerdicts.size >= HOST_VERDICTS_KEPT) this.#hostVerdicts.clear();
      this.#hostVerdicts.set(host, verdict);
    }
    return verdict;
  }

  #judgeHost(host: string): boolean {
    const name = hostnameOf(host);
    if (name === 'localhost' || isIP(name) !== 0 || this.#hosts.has(name)) return true;
    return this.#suffixes.some((suffix) => name === suffix.slice(1) || name.endsWith(suffix));
  }

  /** The 403 for a request whose Host is not allowed, or undefined when it is. */
  hostDenial(req: IncomingMessage): ApiError | undefined {
    const host = req.headers.host;
    if (this.hostAllowed(host)) return undefined;
    const name = hostnameOf(host ?? '');
    return new ApiError(
      'host_not_allowed',
      `the host ${JSON.stringify(name)} is not allowed; start the server with --allowed-host ${name} (or add it to OPENSYMPHONY_ALLOWED_HOSTS) to serve it`,
    );
  }

  /**
   * The 403 for a write sent by a browser page of a foreign origin, or undefined when the
   * request carries no `Origin` (daemons and scripts), its own, or an allowed one.
   */
  originDenial(req: IncomingMessage): ApiError | undefined {
    const origin = req.headers.origin;
    if (origin === undefined) return undefined;
    const normalized = normalizeOrigin(origin);
    if (normalized !== undefined) {
      if (this.#allowedOrigins.has(normalized)) return undefined;
      const host = req.headers.host;
      if (host !== undefined && new URL(normalized).host === host.trim().toLowerCase()) return undefined;
    }
    return new ApiError(
      'origin_not_allowed',
      `the origin ${JSON.stringify(origin)} may not publish; start the server with --allowed-origin ${origin} to allow it`,
    );
  }

  /**
   * Adds the CORS headers a read by an allowed cross-origin browser app needs. Returns true
   * when the request was a preflight and has been answered.
   */
  applyCors(req: IncomingMessage, res: ServerResponse, readable: boolean): boolean {
    const origin = req.headers.origin;
    if (this.#corsOrigins.size === 0) return false;
    res.setHeader('Vary', 'Origin');
    const allowed = origin !== undefined && readable && this.#corsOrigins.has(normalizeOrigin(origin) ?? '');
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (!allowed) return false;
    res.setHeader('Access-Control-Allow-Origin', normalizeOrigin(origin) ?? origin);
    if (!preflight) {
      res.setHeader('Access-Control-Expose-Headers', CORS_EXPOSED_HEADERS);
      return false;
    }
    res.statusCode = 204;
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
    res.setHeader('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_S));
    res.setHeader('Content-Length', '0');
    res.end();
    return true;
  }
}
