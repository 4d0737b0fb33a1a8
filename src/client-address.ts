/**
 * Who a request comes from: the socket's peer, or — when that peer is a reverse proxy the
 * operator trusts — the client the proxies name, and the scheme it used: in RFC 7239's
 * `Forwarded` when a proxy sent it, else in `X-Forwarded-For` and `X-Forwarded-Proto`. The
 * per-client stream cap, the logs and the served documents' server URL read it here. Without
 * trusted proxies, no header is believed.
 */
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** A trusted proxy as `--trusted-proxy` takes it: an address, or a network with its prefix length. */
interface ProxyRange {
  address: string;
  family: 'ipv4' | 'ipv6';
  prefix: number | undefined;
}

function parseRange(value: string): ProxyRange | string {
  const [address = '', bits, ...rest] = value.trim().split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return `${JSON.stringify(value)} is not an IP address or a network (give 10.0.0.5, 10.0.0.0/8 or fd00::/8)`;
  const family = version === 4 ? 'ipv4' : 'ipv6';
  if (bits === undefined) return { address, family, prefix: undefined };
  const prefix = Number(bits);
  const most = version === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(bits) || prefix > most) return `${JSON.stringify(value)} has a prefix length outside 0–${most}`;
  return { address, family, prefix };
}

/** What is wrong with a trusted proxy as `serve --trusted-proxy` takes it, or undefined. */
export function trustedProxyProblem(value: string): string | undefined {
  const range = parseRange(value);
  return typeof range === 'string' ? range : undefined;
}

/**
 * An address as a proxy wrote it in `X-Forwarded-For` or a `Forwarded` `for=`, without the port
 * or brackets some add (`198.51.100.7:4711`, `[2001:db8::7]:443`); undefined when it is not an IP
 * address (RFC 7239's `unknown` and obfuscated `_names` included).
 */
function forwardedAddress(entry: string): string | undefined {
  const trimmed = entry.trim();
  if (isIP(trimmed)) return trimmed;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(trimmed);
  if (bracketed && isIP(bracketed[1]!) === 6) return bracketed[1];
  const withPort = /^([\d.]+):\d+$/.exec(trimmed);
  if (withPort && isIP(withPort[1]!) === 4) return withPort[1];
  return undefined;
}

/** One hop of RFC 7239's `Forwarded`: its parameters by lower-case name; undefined when malformed. */
type ForwardedElement = ReadonlyMap<string, string> | undefined;

/** `token` of RFC 7230: the parameter names, and the values not quoted. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;

/**
 * The elements of a `Forwarded` header (RFC 7239 §4), in order: `for=192.0.2.60;proto=https,
 * for="[2001:db8::17]:4711"`. Values are tokens or quoted strings (with backslash escapes); an
 * element that does not follow that grammar is kept as undefined, where a walk stops.
 */
export function parseForwarded(header: string): ForwardedElement[] {
  const elements: ForwardedElement[] = [];
  let at = 0;
  const skipSpace = () => {
    while (header[at] === ' ' || header[at] === '\t') at += 1;
  };
  while (at <= header.length) {
    let element: Map<string, string> | undefined = new Map();
    for (;;) {
      skipSpace();
      if (at >= header.length || header[at] === ',') break;
      if (header[at] === ';') {
        at += 1;
        continue;
      }
      const name = TOKEN.exec(header.slice(at))?.[0];
      if (name === undefined || header[at + name.length] !== '=') {
        element = undefined;
        break;
      }
      at += name.length + 1;
      let value: string | undefined;
      if (header[at] === '"') {
        value = '';
        at += 1;
        while (at < header.length && header[at] !== '"') {
          if (header[at] === '\\') at += 1;
          value += header[at] ?? '';
          at += 1;
        }
        if (header[at] !== '"') value = undefined;
        at += 1;
      } else {
        value = TOKEN.exec(header.slice(at))?.[0];
        at += value?.length ?? 0;
      }
      skipSpace();
      if (value === undefined || (at < header.length && header[at] !== ';' && header[at] !== ',') || element.has(name.toLowerCase())) {
        element = undefined;
        break;
      }
      element.set(name.toLowerCase(), value);
    }
    // A malformed element runs to the next comma outside a quoted string.
    if (element === undefined) {
      let quoted = false;
      while (at < header.length && (quoted || header[at] !== ',')) {
        if (header[at] === '\\' && quoted) at += 1;
        else if (header[at] === '"') quoted = !quoted;
        at += 1;
      }
    }
    // Empty elements (`a=b, , c=d`) are allowed by the list syntax, and ignored.
    if (element === undefined || element.size > 0) elements.push(element);
    at += 1;
  }
  return elements;
}

/** A hop a proxy reported: the address it was reached from, and the scheme, when it said. */
interface Hop {
  address: string | undefined;
  proto: string | undefined;
}

/**
 * The hops a trusted proxy reports, nearest last, and which header they came from: `Forwarded`
 * when it sent one (each hop with its `proto`), else `X-Forwarded-For` (no scheme per hop).
 */
function reportedHops(req: IncomingMessage): { hops: Hop[]; via: 'forwarded' | 'x-forwarded' } {
  const forwarded = headerValue(req, 'forwarded');
  if (forwarded === undefined || forwarded.trim() === '') {
    const entries = (headerValue(req, 'x-forwarded-for') ?? '').split(',');
    return { hops: entries.map((entry) => ({ address: forwardedAddress(entry), proto: undefined })), via: 'x-forwarded' };
  }
  const hops = parseForwarded(forwarded).map((element) => {
    const node = element?.get('for');
    return { address: node === undefined ? undefined : forwardedAddress(node), proto: element?.get('proto') };
  });
  return { hops, via: 'forwarded' };
}

/** `address:port` of the socket's peer, for logs. */
export function peerOf(req: IncomingMessage): string {
  return `${req.socket.remoteAddress ?? '?'}:${req.socket.remotePort ?? '?'}`;
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

export class ClientAddresses {
  readonly #trusted: BlockList | undefined;

  /** `trustedProxies`: addresses and networks (`10.0.0.0/8`) of the proxies in front; throws on a malformed one. */
  constructor(trustedProxies: readonly string[] = []) {
    if (trustedProxies.length === 0) return;
    this.#trusted = new BlockList();
    for (const value of trustedProxies) {
      const range = parseRange(value);
      if (typeof range === 'string') throw new TypeError(`trustedProxies: ${range}`);
      if (range.prefix === undefined) this.#trusted.addAddress(range.address, range.family);
      else this.#trusted.addSubnet(range.address, range.prefix, range.family);
    }
  }

  #isTrusted(address: string): boolean {
    const version = isIP(address);
    return version !== 0 && this.#trusted !== undefined && this.#trusted.check(address, version === 4 ? 'ipv4' : 'ipv6');
  }

  /** Whether the socket's peer is a trusted proxy, whose forwarding headers are believed. */
  #viaTrustedProxy(req: IncomingMessage): boolean {
    return this.#trusted !== undefined && this.#isTrusted(req.socket.remoteAddress ?? '');
  }

  /**
   * The client's address, without a port. Through trusted proxies: walking the hops they report
   * from the nearest (the right end of `Forwarded` or `X-Forwarded-For`), the first address that
   * is not a trusted proxy — entries a client wrote itself lie further left and are never
   * reached. A malformed entry ends the walk at the proxy that passed it on.
   */
  of(req: IncomingMessage): string {
    return this.#client(req).address;
  }

  /** The client (see `of`), the scheme its hop reported (`Forwarded` only), and where they were read. */
  #client(req: IncomingMessage): { address: string; proto: string | undefined; via: 'socket' | 'forwarded' | 'x-forwarded' } {
    let address = req.socket.remoteAddress ?? '?';
    if (!this.#viaTrustedProxy(req)) return { address, proto: undefined, via: 'socket' };
    const { hops, via } = reportedHops(req);
    let proto: string | undefined;
    for (let index = hops.length - 1; index >= 0 && this.#isTrusted(address); index -= 1) {
      const hop = hops[index]!;
      if (hop.address === undefined) break;
      address = hop.address;
      proto = hop.proto;
    }
    return { address, proto, via };
  }

  /**
   * For logs: `address:port` of the socket's peer, or `client via address:port` when `client`
   * (the request's, from {@link of}, by default) is a forwarded one.
   */
  remote(req: IncomingMessage, client = this.of(req)): string {
    const peer = peerOf(req);
    return client === (req.socket.remoteAddress ?? '?') ? peer : `${client} via ${peer}`;
  }

  /**
   * The scheme the client used: `https` on a TLS socket; through trusted proxies, the `proto` of
   * the `Forwarded` hop that names the client, or without `Forwarded` the first value of
   * `X-Forwarded-Proto`, when that is `http` or `https`; `http` otherwise.
   */
  protocol(req: IncomingMessage): 'http' | 'https' {
    if ((req.socket as { encrypted?: boolean }).encrypted) return 'https';
    const client = this.#client(req);
    if (client.via === 'socket') return 'http';
    const reported = client.via === 'forwarded' ? client.proto : (headerValue(req, 'x-forwarded-proto') ?? '').split(',')[0];
    return reported?.trim().toLowerCase() === 'https' ? 'https' : 'http';
  }
}
