/**
 * A minimal control plane of its own — plain node:http, no express, no tsoa — that can be
 * broken on purpose, one defect at a time, to prove the conformance suite catches each.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { snapshotFrame } from '../../src/sse.js';
import { InvalidSnapshotError, SnapshotStore, type PublishedEnvelope } from '../../src/store.js';
import { fixtureSnapshot } from '../fixtures/reference.js';
import { listen, type TestServer } from './server.js';

export const DEFECTS = [
  'wrong-event-name',
  'missing-id',
  'id-not-sequence',
  'sequence-regresses',
  'no-initial-snapshot',
  'late-first-snapshot',
  'camel-case-fields',
  'missing-required-field',
  'wrong-content-type',
  'no-keepalive',
  'accepts-invalid-publish',
  'accepts-lone-surrogate',
  'accepts-publish-without-token',
  'goes-silent',
  'invalid-json-not-enveloped',
  'accepts-any-media-type',
  'no-body-limit',
  'no-nosniff',
  'no-retry-after',
  'tsoa-pointers',
  'reads-without-read-token',
  'no-www-authenticate',
  'health-needs-read-token',
] as const;
export type Defect = (typeof DEFECTS)[number];

/** Defects of a server started with a read token (READ_TOKEN): the suite is given it too. */
export const READ_TOKEN_DEFECTS: ReadonlySet<Defect> = new Set(['reads-without-read-token', 'no-www-authenticate', 'health-needs-read-token']);

export const MINIMAL_KEEPALIVE_MS = 100;
export const LATE_FIRST_SNAPSHOT_MS = 2_500;
/** How long the `goes-silent` server keeps writing keepalives before it stops writing anything. */
export const SILENT_AFTER_MS = 300;
export const TOKEN = 'minimal-token';
export const READ_TOKEN = 'minimal-read-token';
/** The minimal server's body limit and per-client stream cap: small, so the checks are cheap. */
export const MINIMAL_BODY_LIMIT_BYTES = 64 * 1024;
export const MINIMAL_STREAMS_PER_CLIENT = 4;

function camelCase(json: string): string {
  return json.replace(/"([a-z]+)_([a-z])([a-z_]*)":/g, (_, head: string, first: string, rest: string) => `"${head}${first.toUpperCase()}${rest.replace(/_([a-z])/g, (__, c: string) => c.toUpperCase())}":`);
}

export interface MinimalServerOptions {
  /** Require this bearer token (or the publish token) on every read but /healthz. */
  readToken?: string;
}

/** Defects that change how an event is framed. */
const FRAME_DEFECTS: ReadonlySet<Defect> = new Set(['wrong-event-name', 'missing-id', 'id-not-sequence', 'no-initial-snapshot', 'late-first-snapshot', 'camel-case-fields', 'missing-required-field', 'wrong-content-type']);

export async function startMinimalServer(defect?: Defect, options: MinimalServerOptions = {}): Promise<TestServer> {
  const store = new SnapshotStore(fixtureSnapshot(0));
  const streamsByClient = new Map<string, number>();
  const envelopeJson = (published: PublishedEnvelope): string => {
    if (defect === 'camel-case-fields') return camelCase(published.json);
    if (defect === 'missing-required-field') {
      const { published_at: _dropped, ...rest } = published.envelope;
      return JSON.stringify(rest);
    }
    return published.json;
  };
  const frame = (published: PublishedEnvelope): string => {
    const sequence = published.envelope.sequence;
    const name = defect === 'wrong-event-name' ? 'update' : 'snapshot';
    const id = defect === 'missing-id' ? '' : `id: ${defect === 'id-not-sequence' ? sequence + 1 : sequence}\n`;
    if (!FRAME_DEFECTS.has(defect as Defect)) return snapshotFrame(published);
    return `event: ${name}\n${id}data: ${envelopeJson(published)}\n\n`;
  };
  const nosniff: Record<string, string> = defect === 'no-nosniff' ? {} : { 'x-content-type-options': 'nosniff' };
  const json = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'application/json', ...nosniff });
    res.end(body);
  };
  const error = (res: ServerResponse, status: number, code: string, headers: Record<string, string> = {}, details?: Array<{ path: string; message: string }>) => {
    res.writeHead(status, { 'content-type': 'application/json', ...nosniff, ...headers });
    res.end(JSON.stringify({ error: { code, message: code.replace(/_/g, ' '), ...(details ? { details } : {}) } }));
  };

  const stream = (req: IncomingMessage, res: ServerResponse) => {
    const client = req.socket.remoteAddress ?? '?';
    const held = streamsByClient.get(client) ?? 0;
    if (held >= MINIMAL_STREAMS_PER_CLIENT) {
      error(res, 429, 'too_many_requests', defect === 'no-retry-after' ? {} : { 'retry-after': '5' });
      return;
    }
    streamsByClient.set(client, held + 1);
    res.writeHead(200, {
      'content-type': defect === 'wrong-content-type' ? 'text/plain' : 'text/event-stream',
      'cache-control': 'no-cache',
      'x-accel-buffering': 'no',
    });
    let previous: PublishedEnvelope | undefined;
    let last = 0;
    const send = (published: PublishedEnvelope) => {
      if (published.envelope.sequence <= last) return;
      last = published.envelope.sequence;
      res.write(frame(published));
      if (defect === 'sequence-regresses' && previous) res.write(frame(previous));
      previous = published;
    };
    const unsubscribe = store.subscribe(send);
    const opened = Date.now();
    const keepalive =
      defect === 'no-keepalive'
        ? undefined
        : setInterval(() => {
            if (defect !== 'goes-silent' || Date.now() - opened < SILENT_AFTER_MS) res.write(': keepalive\n\n');
          }, MINIMAL_KEEPALIVE_MS);
    const initial = store.currentPublished();
    const first = defect === 'late-first-snapshot' ? setTimeout(() => send(initial), LATE_FIRST_SNAPSHOT_MS) : undefined;
    if (defect !== 'no-initial-snapshot' && defect !== 'late-first-snapshot') send(initial);
    req.socket.once('close', () => {
      unsubscribe();
      clearInterval(keepalive);
      clearTimeout(first);
      const left = (streamsByClient.get(client) ?? 1) - 1;
      if (left === 0) streamsByClient.delete(client);
      else streamsByClient.set(client, left);
    });
  };

  const publish = async (req: IncomingMessage, res: ServerResponse) => {
    if (defect !== 'accepts-publish-without-token' && req.headers['authorization'] !== `Bearer ${TOKEN}`) {
      error(res, 401, 'unauthorized', { 'www-authenticate': 'Bearer', connection: 'close' });
      return;
    }
    if (defect !== 'accepts-any-media-type' && !/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      error(res, 415, 'unsupported_media_type', { connection: 'close' });
      return;
    }
    if (defect !== 'no-body-limit' && Number(req.headers['content-length']) > MINIMAL_BODY_LIMIT_BYTES) {
      error(res, 413, 'payload_too_large', { connection: 'close' });
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      if (defect === 'invalid-json-not-enveloped') {
        res.writeHead(400, { 'content-type': 'text/plain', ...nosniff });
        res.end('Bad Request');
      } else {
        error(res, 400, 'invalid_json');
      }
      return;
    }
    try {
      store.publish(body);
    } catch (failure) {
      if (!(failure instanceof InvalidSnapshotError)) throw failure;
      const accepted = defect === 'accepts-invalid-publish' || (defect === 'accepts-lone-surrogate' && failure.issues.every((issue) => /lone surrogate/.test(issue.message)));
      if (!accepted) {
        // The defect: tsoa's notation (`$0` for an array index, the array's name dropped) instead of JSON Pointers.
        const pointer = (path: string) => (defect === 'tsoa-pointers' ? path.replace(/^\/[a-z_]+\/(\d+)/, '/$$$1') : path);
        error(res, 400, 'invalid_snapshot', {}, failure.issues.map((issue) => ({ path: pointer(issue.path), message: issue.message })));
        return;
      }
      // The defect: answer as if published, and even advance the sequence.
      store.publish(store.current().snapshot);
    }
    json(res, 200, envelopeJson(store.currentPublished()));
  };

  const readAllowed = (req: IncomingMessage, path: string | undefined): boolean => {
    if (options.readToken === undefined || defect === 'reads-without-read-token') return true;
    if (path === '/healthz' && defect !== 'health-needs-read-token') return true;
    const presented = req.headers['authorization'];
    return presented === `Bearer ${options.readToken}` || presented === `Bearer ${TOKEN}`;
  };

  return listen((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && !readAllowed(req, path)) {
      error(res, 401, 'unauthorized', defect === 'no-www-authenticate' ? {} : { 'www-authenticate': 'Bearer' });
    } else if (path === '/healthz' && req.method === 'GET') {
      const { sequence, published_at: publishedAt, snapshot } = store.current();
      json(res, 200, JSON.stringify({ status: 'ok', current_sequence: sequence, published_at: publishedAt, issue_count: snapshot.issues.length }));
    } else if (path === '/api/v1/snapshot' && req.method === 'GET') {
      json(res, 200, envelopeJson(store.currentPublished()));
    } else if (path === '/api/v1/snapshot' && req.method === 'PUT') {
      void publish(req, res);
    } else if (path === '/api/v1/events' && req.method === 'GET') {
      stream(req, res);
    } else if (path === '/healthz' || path === '/api/v1/snapshot' || path === '/api/v1/events') {
      error(res, 405, 'method_not_allowed', { allow: path === '/api/v1/snapshot' ? 'GET, PUT' : 'GET' });
    } else {
      error(res, 404, 'not_found');
    }
  });
}
