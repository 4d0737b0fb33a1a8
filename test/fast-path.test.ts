/**
 * The hot paths answered before express (GET/HEAD /api/v1/snapshot from bytes made at publish,
 * and PUT) must be indistinguishable from the tsoa routes that development mode validates.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import request from 'supertest';
import { createApp, matchesEtag } from '../src/app.js';
import { SnapshotStore, type PublishedEnvelope } from '../src/store.js';
import { fixtureSnapshot, fixtureTime } from './fixtures/reference.js';

const COMPARED_HEADERS = ['content-type', 'content-length', 'etag', 'cache-control', 'x-content-type-options', 'www-authenticate', 'connection'];
const TOKEN = 'fast-path-token';

function pick(headers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(COMPARED_HEADERS.map((name) => [name, headers[name]]));
}

describe('the fast read path', () => {
  it('answers GET, HEAD and conditional GET exactly as the validated tsoa route does', async () => {
    const store = new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(fixtureTime(0)), epoch: 'epoch-1' });
    store.publish(fixtureSnapshot(1));
    const fast = createApp({ store });
    const checked = createApp({ store, validateResponses: true });
    for (const app of [fast, checked]) await request(app).get('/api/v1/snapshot').timeout(2000).expect(200);

    const [fastGet, checkedGet] = await Promise.all([fast, checked].map((app) => request(app).get('/api/v1/snapshot').timeout(2000)));
    assert.equal(fastGet!.status, 200);
    assert.equal(fastGet!.text, checkedGet!.text);
    assert.equal(fastGet!.text, store.currentPublished().json);
    assert.deepEqual(pick(fastGet!.headers), pick(checkedGet!.headers));

    const [fastHead, checkedHead] = await Promise.all([fast, checked].map((app) => request(app).head('/api/v1/snapshot').timeout(2000)));
    assert.equal(fastHead!.status, 200);
    assert.deepEqual(pick(fastHead!.headers), pick(checkedHead!.headers));

    const etag = String(fastGet!.headers['etag']);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const answers = await Promise.all([fast, checked].map((app) => request(app).get('/api/v1/snapshot').set('If-None-Match', header).timeout(2000)));
      assert.deepEqual(answers.map((res) => res.status), [304, 304], header);
      assert.equal(answers[0]!.headers['etag'], etag);
    }
    store.publish(fixtureSnapshot(2));
    const stale = await request(fast).get('/api/v1/snapshot').set('If-None-Match', etag).timeout(2000);
    assert.equal(stale.status, 200, 'a newer envelope is sent in full');
  });

  it('compares If-None-Match weakly, in lists, and with *', () => {
    assert.equal(matchesEtag(undefined, '"a-1"'), false);
    assert.equal(matchesEtag('"a-1"', '"a-1"'), true);
    assert.equal(matchesEtag('W/"a-1"', '"a-1"'), true);
    assert.equal(matchesEtag('"a-2" , "a-1"', '"a-1"'), true);
    assert.equal(matchesEtag('"a-2"', '"a-1"'), false);
    assert.equal(matchesEtag(' * ', '"a-1"'), true);
  });

  it('answers PUT, and every way it can fail, exactly as the validated tsoa route does', async () => {
    const storeOf = () => new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(fixtureTime(1)), epoch: 'epoch-1' });
    const stores = [storeOf(), storeOf()] as const;
    const [fast, checked] = [createApp({ store: stores[0], publishToken: TOKEN }), createApp({ store: stores[1], publishToken: TOKEN, validateResponses: true })];
    const valid = JSON.stringify(fixtureSnapshot(1));
    const nonAscii = fixtureSnapshot(2);
    nonAscii.issues[0]!.title = 'Grüße, 世界 🚀: sizes in bytes, not characters';
    const cases: Array<{ what: string; status: number; send: (app: typeof fast) => request.Test }> = [
      { what: 'a valid snapshot', status: 200, send: (app) => request(app).put('/api/v1/snapshot').set('Authorization', `Bearer ${TOKEN}`).type('json').send(valid) },
      { what: 'a snapshot with text beyond ASCII', status: 200, send: (app) => request(app).put('/api/v1/snapshot').set('Authorization', `Bearer ${TOKEN}`).type('json').send(JSON.stringify(nonAscii)) },
      { what: 'no token', status: 401, send: (app) => request(app).put('/api/v1/snapshot').type('json').send(valid) },
      { what: 'a wrong token', status: 401, send: (app) => request(app).put('/api/v1/snapshot').set('Authorization', 'Bearer nope').type('json').send(valid) },
      { what: 'not JSON', status: 400, send: (app) => request(app).put('/api/v1/snapshot').set('Authorization', `Bearer ${TOKEN}`).type('json').send('{') },
      { what: 'not a snapshot', status: 400, send: (app) => request(app).put('/api/v1/snapshot').set('Authorization', `Bearer ${TOKEN}`).type('json').send('{"issues":7}') },
      { what: 'text', status: 415, send: (app) => request(app).put('/api/v1/snapshot').set('Authorization', `Bearer ${TOKEN}`).type('text').send(valid) },
      { what: 'too large', status: 413, send: (app) => request(app).put('/api/v1/snapshot').set('Authorization', `Bearer ${TOKEN}`).type('json').send(`{"pad":"${'x'.repeat(2 * 1024 * 1024)}"}`) },
      { what: 'a foreign origin', status: 403, send: (app) => request(app).put('/api/v1/snapshot').set('Authorization', `Bearer ${TOKEN}`).set('Origin', 'https://evil.example').type('json').send(valid) },
    ];
    for (const { what, status, send } of cases) {
      const [fastAnswer, checkedAnswer] = await Promise.all([send(fast).timeout(5000), send(checked).timeout(5000)]);
      assert.equal(fastAnswer!.status, status, `${what}: ${fastAnswer!.text.slice(0, 200)}`);
      assert.equal(checkedAnswer!.status, status, what);
      assert.equal(fastAnswer!.text, checkedAnswer!.text, what);
      assert.deepEqual(pick(fastAnswer!.headers), pick(checkedAnswer!.headers), what);
      assert.match(String(fastAnswer!.headers['x-request-id']), /^[\w.:-]+$/, what);
    }
    assert.equal(stores[0].current().sequence, 3, 'the two valid publishes, nothing else');
    assert.equal(stores[0].currentPublished().json, stores[1].currentPublished().json);
  });

  it('answers a failure after the store took the publish with a 500 JSON error, never an unhandled rejection', async () => {
    /** A store that publishes, then cannot give the new envelope's JSON back. */
    class ForgetfulStore extends SnapshotStore {
      first: PublishedEnvelope | undefined;
      override currentPublished(): PublishedEnvelope {
        this.first ??= super.currentPublished();
        return this.first;
      }
      override serialized(): string | undefined {
        throw new Error('the JSON is gone');
      }
    }
    const store = new ForgetfulStore(fixtureSnapshot(0));
    store.currentPublished(); // from now on, the initial envelope: the publish's is never current
    const failures: unknown[] = [];
    const app = createApp({ store, publishToken: TOKEN, onInternalError: (error) => failures.push(error) });
    const answer = await request(app).put('/api/v1/snapshot').set('Authorization', `Bearer ${TOKEN}`).type('json').send(JSON.stringify(fixtureSnapshot(1))).timeout(5000);
    assert.equal(answer.status, 500);
    assert.equal(answer.body.error.code, 'internal_error');
    assert.doesNotMatch(answer.text, /the JSON is gone|at /, 'no message or stack of the failure reaches the client');
    assert.equal(failures.length, 1, 'the failure is reported to the operator');
  });
});
