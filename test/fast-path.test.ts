/**
 * The hot reads answered before express (GET/HEAD /api/v1/snapshot from bytes made at publish)
 * must be indistinguishable from the tsoa route that development mode validates.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import request from 'supertest';
import { createApp, matchesEtag } from '../src/app.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot, fixtureTime } from './fixtures/reference.js';

const COMPARED_HEADERS = ['content-type', 'content-length', 'etag', 'cache-control', 'x-content-type-options'];

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
});
