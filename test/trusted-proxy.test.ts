/**
 * Behind a reverse proxy: which client a request comes from (src/client-address.ts), as the
 * per-client stream cap, the logs and the served documents see it, and that no forwarding header
 * is believed from anyone but a trusted proxy.
 */
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { after, describe, it } from 'node:test';
import { createApp, type AppOptions } from '../src/app.js';
import { ClientAddresses, parseForwarded, trustedProxyProblem } from '../src/client-address.js';
import type { StreamEvent } from '../src/sse.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot } from './fixtures/reference.js';
import { withDeadline } from './support/deadline.js';
import { listen } from './support/server.js';

/** A request as the resolver reads it: the socket's peer and the headers. */
function requestFrom(remoteAddress: string, headers: Record<string, string | string[]> = {}, encrypted = false): IncomingMessage {
  return { socket: { remoteAddress, remotePort: 5000, encrypted }, headers } as unknown as IncomingMessage;
}

describe('the client address behind proxies', () => {
  const proxies = new ClientAddresses(['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);

  it('believes no forwarding header without trusted proxies', () => {
    const addresses = new ClientAddresses();
    const req = requestFrom('127.0.0.1', { 'x-forwarded-for': '198.51.100.1', 'x-forwarded-proto': 'https' });
    assert.equal(addresses.of(req), '127.0.0.1');
    assert.equal(addresses.remote(req), '127.0.0.1:5000');
    assert.equal(addresses.protocol(req), 'http');
  });

  it('believes no forwarding header from a peer that is not a trusted proxy', () => {
    const req = requestFrom('203.0.113.5', { 'x-forwarded-for': '198.51.100.1', 'x-forwarded-proto': 'https' });
    assert.equal(proxies.of(req), '203.0.113.5');
    assert.equal(proxies.protocol(req), 'http');
  });

  it('takes the nearest address that is not a trusted proxy, so entries a client wrote itself are never reached', () => {
    const cases: Array<[string, string | string[], string]> = [
      ['127.0.0.1', '198.51.100.1', '198.51.100.1'],
      // The client sent "X-Forwarded-For: 192.0.2.66" to pass as someone else; the proxy appended the truth.
      ['127.0.0.1', '192.0.2.66, 198.51.100.1', '198.51.100.1'],
      // Two proxies: the outer one (10.1.2.3) saw the client.
      ['127.0.0.1', '192.0.2.66, 198.51.100.1, 10.1.2.3', '198.51.100.1'],
      // Repeated headers count as one list, in order.
      ['127.0.0.1', ['192.0.2.66', '198.51.100.1, 10.1.2.3'], '198.51.100.1'],
      // Every hop trusted: the farthest one named.
      ['127.0.0.1', '10.9.9.9, 10.1.2.3', '10.9.9.9'],
      // A port or brackets some proxies add.
      ['127.0.0.1', '198.51.100.1:4711', '198.51.100.1'],
      ['127.0.0.1', '[2001:db8::7]:443', '2001:db8::7'],
      ['fd00::1', '2001:db8::7', '2001:db8::7'],
      // A dual-stack socket names an IPv4 peer in IPv6 form.
      ['::ffff:127.0.0.1', '198.51.100.1', '198.51.100.1'],
      // A malformed entry ends the walk at the proxy that passed it on.
      ['127.0.0.1', '198.51.100.1, not-an-address', '127.0.0.1'],
      // No header: the proxy itself.
      ['127.0.0.1', '', '127.0.0.1'],
    ];
    for (const [peer, forwardedFor, client] of cases) {
      assert.equal(proxies.of(requestFrom(peer, { 'x-forwarded-for': forwardedFor })), client, `${peer} forwarding ${JSON.stringify(forwardedFor)}`);
    }
  });

  it('names the client and the proxy in logs, and takes the scheme from a trusted proxy', () => {
    const req = requestFrom('127.0.0.1', { 'x-forwarded-for': '198.51.100.1', 'x-forwarded-proto': 'https' });
    assert.equal(proxies.remote(req), '198.51.100.1 via 127.0.0.1:5000');
    assert.equal(proxies.protocol(req), 'https');
    assert.equal(proxies.protocol(requestFrom('127.0.0.1', { 'x-forwarded-proto': 'HTTPS, http' })), 'https');
    assert.equal(proxies.protocol(requestFrom('127.0.0.1', { 'x-forwarded-proto': 'gopher' })), 'http');
    assert.equal(proxies.protocol(requestFrom('203.0.113.5', {}, true)), 'https', 'TLS on the socket itself');
  });

  it('parses RFC 7239 Forwarded: tokens and quoted strings, case-insensitive names, malformed elements kept as undefined', () => {
    const plain = (header: string) => parseForwarded(header).map((element) => (element === undefined ? undefined : Object.fromEntries(element)));
    assert.deepEqual(plain('for=192.0.2.60;proto=http;by=203.0.113.43'), [{ for: '192.0.2.60', proto: 'http', by: '203.0.113.43' }]);
    assert.deepEqual(plain('For="[2001:db8:cafe::17]:4711", for=198.51.100.17 ; PROTO=https'), [{ for: '[2001:db8:cafe::17]:4711' }, { for: '198.51.100.17', proto: 'https' }]);
    assert.deepEqual(plain('for="a\\"b", for=unknown'), [{ for: 'a"b' }, { for: 'unknown' }]);
    // Empty list elements are ignored; a quoted comma does not split an element.
    assert.deepEqual(plain(' , for=192.0.2.1,, for="x,y"'), [{ for: '192.0.2.1' }, { for: 'x,y' }]);
    // Malformed: no value, a bare word, an unquoted IPv6 literal, a repeated name, an open quote.
    for (const bad of ['for=', 'for', 'for=[2001:db8::1]', 'for=192.0.2.1;for=192.0.2.2', 'for="192.0.2.1', 'for=192.0.2.1 junk']) {
      assert.deepEqual(plain(bad), [undefined], bad);
    }
    assert.deepEqual(plain('for=192.0.2.1, for=[::1], for=198.51.100.2'), [{ for: '192.0.2.1' }, undefined, { for: '198.51.100.2' }]);
  });

  it('takes the client and its scheme from Forwarded when a trusted proxy sends it, walking from the nearest hop', () => {
    const cases: Array<[string, string, string, 'http' | 'https']> = [
      ['127.0.0.1', 'for=198.51.100.1;proto=https', '198.51.100.1', 'https'],
      // A client wrote its own Forwarded element; the proxy appended the truth, and its scheme.
      ['127.0.0.1', 'for=192.0.2.66;proto=https, for=198.51.100.1;proto=http', '198.51.100.1', 'http'],
      // Two proxies: the outer one (10.1.2.3) saw the client over TLS.
      ['127.0.0.1', 'for=192.0.2.66, for=198.51.100.1;proto=https, for=10.1.2.3;proto=http', '198.51.100.1', 'https'],
      ['fd00::1', 'for="[2001:db8::7]:443";proto=https', '2001:db8::7', 'https'],
      ['127.0.0.1', 'for="198.51.100.1:4711"', '198.51.100.1', 'http'],
      // unknown, obfuscated, missing or malformed `for`: the walk ends at the proxy that passed it on.
      ['127.0.0.1', 'for=unknown;proto=https', '127.0.0.1', 'http'],
      ['127.0.0.1', 'for=_hidden', '127.0.0.1', 'http'],
      ['127.0.0.1', 'proto=https', '127.0.0.1', 'http'],
      ['127.0.0.1', 'for=198.51.100.1, for=[::1]', '127.0.0.1', 'http'],
      ['127.0.0.1', 'for=198.51.100.9, for=10.1.2.3;proto=https, garbage', '127.0.0.1', 'http'],
    ];
    for (const [peer, forwarded, client, scheme] of cases) {
      // Forwarded wins over X-Forwarded-* from the same proxy.
      const req = requestFrom(peer, { forwarded, 'x-forwarded-for': '203.0.113.99', 'x-forwarded-proto': 'https' });
      assert.equal(proxies.of(req), client, `${peer} forwarding ${forwarded}`);
      assert.equal(proxies.protocol(req), scheme, `the scheme of ${forwarded}`);
    }
    // From a peer that is not a trusted proxy, Forwarded is not believed either.
    const untrusted = requestFrom('203.0.113.5', { forwarded: 'for=198.51.100.1;proto=https' });
    assert.equal(proxies.of(untrusted), '203.0.113.5');
    assert.equal(proxies.protocol(untrusted), 'http');
    // An empty Forwarded header leaves X-Forwarded-For in charge.
    assert.equal(proxies.of(requestFrom('127.0.0.1', { forwarded: ' ', 'x-forwarded-for': '198.51.100.1' })), '198.51.100.1');
  });

  it('refuses a trusted proxy that is not an address or a network', () => {
    for (const value of ['10.0.0.0/33', 'fd00::/129', 'proxy.internal', '10.0.0.1/8/8', '10.0.0.0/x', '']) {
      assert.ok(trustedProxyProblem(value), value);
      assert.throws(() => new ClientAddresses([value]), /^TypeError: trustedProxies: /, value);
    }
    for (const value of ['10.0.0.5', '10.0.0.0/8', '0.0.0.0/0', '::1', 'fd00::/8']) assert.equal(trustedProxyProblem(value), undefined, value);
  });
});

describe('an app behind a trusted proxy', () => {
  const servers: Array<{ close(): Promise<void> }> = [];
  const streams: Array<() => void> = [];
  after(async () => {
    for (const close of streams.splice(0)) close();
    for (const server of servers.splice(0)) await server.close();
  });

  async function start(options: Partial<AppOptions>): Promise<{ url: string; events: StreamEvent[] }> {
    const events: StreamEvent[] = [];
    const app = createApp({ store: new SnapshotStore(fixtureSnapshot(0)), maxSubscribersPerClient: 2, onStreamEvent: (event) => events.push(event), ...options });
    const server = await listen(app);
    servers.push(server);
    return { url: server.url, events };
  }

  /** Opens a stream as the proxy would forward `client`'s: its status (held open on 200). */
  function attach(url: string, client: string, header: 'x-forwarded-for' | 'forwarded' = 'x-forwarded-for'): Promise<number> {
    const headers = header === 'forwarded' ? { forwarded: `for=192.0.2.66, for="${client}:4711";proto=https` } : { 'x-forwarded-for': `192.0.2.66, ${client}` };
    return withDeadline(
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${url}/api/v1/events`, { headers }, (res) => {
          if (res.statusCode === 200) streams.push(() => req.destroy());
          else res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      }),
      5_000,
      `a stream for ${client}`,
    );
  }

  it('caps streams per forwarded client, not per proxy, and logs the client', async () => {
    const { url, events } = await start({ trustedProxies: ['127.0.0.1', '::1'] });
    const statuses = [];
    for (const client of ['198.51.100.1', '198.51.100.1', '198.51.100.2', '198.51.100.2', '198.51.100.1']) statuses.push(await attach(url, client));
    assert.deepEqual(statuses, [200, 200, 200, 200, 429]);
    const attached = events.filter((event) => event.type === 'attach').map((event) => event.remote);
    assert.equal(attached.length, 4);
    assert.match(attached[0]!, /^198\.51\.100\.1 via (127\.0\.0\.1|::1):\d+$/);
    assert.match(attached[2]!, /^198\.51\.100\.2 via /);
  });

  it('caps streams per client named in a trusted proxy’s Forwarded header, and logs it', async () => {
    const { url, events } = await start({ trustedProxies: ['127.0.0.1', '::1'] });
    const statuses = [];
    for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.1', '198.51.100.1']) statuses.push(await attach(url, client, 'forwarded'));
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const attached = events.filter((event) => event.type === 'attach').map((event) => event.remote);
    assert.match(attached[1]!, /^198\.51\.100\.2 via (127\.0\.0\.1|::1):\d+$/);
  });

  it('counts every stream through an untrusted proxy as its own, whatever X-Forwarded-For says', async () => {
    const { url } = await start({});
    const statuses = [];
    for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) statuses.push(await attach(url, client));
    assert.deepEqual(statuses, [200, 200, 429]);
  });

  it('serves the documents with the scheme the trusted proxy reports', async () => {
    const trusted = await start({ trustedProxies: ['127.0.0.1', '::1'] });
    const untrusted = await start({});
    const serverUrl = async (base: string) => {
      const response = await withDeadline(
        fetch(`${base}/openapi.json`, { headers: { 'x-forwarded-proto': 'https' }, signal: AbortSignal.timeout(5_000) }),
        5_000,
        'GET /openapi.json',
      );
      const document = (await withDeadline(response.json(), 5_000, 'the document')) as { servers: Array<{ url: string }> };
      return document.servers[0]!.url;
    };
    assert.match(await serverUrl(trusted.url), /^https:\/\//);
    assert.match(await serverUrl(untrusted.url), /^http:\/\//);
  });
});
