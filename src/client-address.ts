/**
 * Who a request comes from: the socket's peer, or — when that peer is a reverse proxy the
 * operator trusts — the client the proxies name in `X-Forwarded-For`, and the scheme it used
 * (`X-Forwarded-Proto`). The per-client stream cap, the logs and the served documents' server
 * URL read it here. Without trusted proxies, no header is believed.
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
 * An address as a proxy wrote it in `X-Forwarded-For`, without the port or brackets some add
 * (`198.51.100.7:4711`, `[2001:db8::7]:443`); undefined when it is not an IP address.
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
   * The client's address, without a port. Through trusted proxies: walking `X-Forwarded-For`
   * from its right end (the entry the nearest proxy added), the first address that is not a
   * trusted proxy — entries a client wrote itself lie further left and are never reached. A
   * malformed entry ends the walk at the proxy that passed it on.
   */
  of(req: IncomingMessage): string {
    let address = req.socket.remoteAddress ?? '?';
    if (!this.#viaTrustedProxy(req)) return address;
    const entries = (headerValue(req, 'x-forwarded-for') ?? '').split(',');
    for (let index = entries.length - 1; index >= 0 && this.#isTrusted(address); index -= 1) {
      const forwarded = forwardedAddress(entries[index]!);
      if (forwarded === undefined) break;
      address = forwarded;
    }
    return address;
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
   * The scheme the client used: `https` on a TLS socket; through a trusted proxy, the first
   * value of its `X-Forwarded-Proto` when that is `http` or `https`; `http` otherwise.
   */
  protocol(req: IncomingMessage): 'http' | 'https' {
    if ((req.socket as { encrypted?: boolean }).encrypted) return 'https';
    if (!this.#viaTrustedProxy(req)) return 'http';
    const first = (headerValue(req, 'x-forwarded-proto') ?? '').split(',')[0]!.trim().toLowerCase();
    return first === 'https' ? 'https' : 'http';
  }
}
