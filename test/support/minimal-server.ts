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
  'accepts-publish-without-token',
] as const;
export type Defect = (typeof DEFECTS)[number];

export const MINIMAL_KEEPALIVE_MS = 100;
export const LATE_FIRST_SNAPSHOT_MS = 2_500;
export const TOKEN = 'minimal-token';

function camelCase(json: string): string {
  return json.replace(/"([a-z]+)_([a-z])([a-z_]*)":/g, (_, head: string, first: string, rest: string) => `"${head}${first.toUpperCase()}${rest.replace(/_([a-z])/g, (__, c: string) => c.toUpperCase())}":`);
}

export async function startMinimalServer(defect?: Defect): Promise<TestServer> {
  const store = new SnapshotStore(fixtureSnapshot(0));
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
    if (!defect || defect === 'sequence-regresses' || defect === 'no-keepalive' || defect === 'accepts-invalid-publish' || defect === 'accepts-publish-without-token') {
      return snapshotFrame(published);
    }
    return `event: ${name}\n${id}data: ${envelopeJson(published)}\n\n`;
  };
  const json = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  };
  const error = (res: ServerResponse, status: number, code: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ error: { code, message: code.replace(/_/g, ' ') } }));
  };

  const stream = (req: IncomingMessage, res: ServerResponse) => {
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
    const keepalive = defect === 'no-keepalive' ? undefined : setInterval(() => res.write(': keepalive\n\n'), MINIMAL_KEEPALIVE_MS);
    const initial = store.currentPublished();
    const first = defect === 'late-first-snapshot' ? setTimeout(() => send(initial), LATE_FIRST_SNAPSHOT_MS) : undefined;
    if (defect !== 'no-initial-snapshot' && defect !== 'late-first-snapshot') send(initial);
    req.socket.once('close', () => {
      unsubscribe();
      clearInterval(keepalive);
      clearTimeout(first);
    });
  };

  const publish = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (defect !== 'accepts-publish-without-token' && req.headers['authorization'] !== `Bearer ${TOKEN}`) {
      error(res, 401, 'unauthorized', { 'www-authenticate': 'Bearer' });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      error(res, 400, 'invalid_json');
      return;
    }
    try {
      store.publish(body);
    } catch (failure) {
      if (!(failure instanceof InvalidSnapshotError)) throw failure;
      if (defect !== 'accepts-invalid-publish') {
        error(res, 400, 'invalid_snapshot');
        return;
      }
      // The defect: answer as if published, and even advance the sequence.
      store.publish(store.current().snapshot);
    }
    json(res, 200, envelopeJson(store.currentPublished()));
  };

  return listen((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz' && req.method === 'GET') {
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
