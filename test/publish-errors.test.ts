import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import request from 'supertest';
import { ErrorResponseValidator } from '../generated/validators/index.js';
import { createApp } from '../src/app.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot, fixtureTime } from './fixtures/reference.js';

const TOKEN = 'publish-token';
const MAX_MESSAGE_LENGTH = 200;

type Json = Record<string, unknown>;
interface Detail {
  path: string;
  message: string;
}

/** Resolves an RFC 6901 JSON Pointer in `document`; `undefined` when it names nothing. */
function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  assert.ok(pointer.startsWith('/'), `not a JSON Pointer: ${pointer}`);
  let node: unknown = document;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

async function publish(body: unknown) {
  const store = new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(fixtureTime(0)) });
  const app = createApp({ store, publishToken: TOKEN });
  const res = await request(app)
    .put('/api/v1/snapshot')
    .set('authorization', `Bearer ${TOKEN}`)
    .set('content-type', 'application/json')
    .send(JSON.stringify(body))
    .timeout(5000);
  assert.equal(res.status, 400, res.text);
  assert.ok(ErrorResponseValidator.is(res.body), res.text);
  assert.equal(res.body.error.code, 'invalid_snapshot');
  assert.equal(store.current().sequence, 1, 'nothing was published');
  return { message: res.body.error.message, details: (res.body.error.details ?? []) as Detail[] };
}

describe('a refused publish', () => {
  it('lists each of three violations once, as a JSON Pointer that resolves in the body sent', async () => {
    const body = fixtureSnapshot(1) as unknown as Json;
    (body['daemon'] as Json)['state'] = 'sleeping';
    (body['issues'] as Json[])[0]!['retry_count'] = -1;
    (body['metrics'] as Json)['total_tokens'] = 'many';
    const { details } = await publish(body);
    assert.deepEqual(details.map((detail) => detail.path).sort(), ['/daemon/state', '/issues/0/retry_count', '/metrics/total_tokens']);
    for (const detail of details) {
      assert.notEqual(resolvePointer(body, detail.path), undefined, `${detail.path} does not resolve in the body`);
      assert.ok(detail.message.length > 0 && detail.message.length <= MAX_MESSAGE_LENGTH, detail.message);
    }
  });

  it('points a missing member at where it would be, under a parent that resolves', async () => {
    const body = fixtureSnapshot(1) as unknown as Json;
    delete (body['agent_server'] as Json)['base_url'];
    const { details } = await publish(body);
    assert.deepEqual(details.map((detail) => detail.path), ['/agent_server/base_url']);
    assert.equal(typeof resolvePointer(body, '/agent_server'), 'object');
  });

  it('escapes ~ and / in member names (RFC 6901)', async () => {
    const body = fixtureSnapshot(1) as unknown as Json;
    body['a/b~c'] = { nested: 2 ** 60 };
    const { details } = await publish(body);
    assert.deepEqual(details.map((detail) => detail.path), ['/a~1b~0c/nested']);
    assert.equal(resolvePointer(body, details[0]!.path), 2 ** 60);
  });

  it('lists the first 100 of 150 violations and says how many there are in the message', async () => {
    const body = fixtureSnapshot(1) as unknown as Json;
    const template = (body['issues'] as Json[])[0]!;
    body['issues'] = Array.from({ length: 150 }, (_, index) => ({ ...template, identifier: `COE-${index}`, runtime_state: 'sleeping' }));
    const { message, details } = await publish(body);
    assert.equal(details.length, 100);
    assert.match(message, /\b150 violations\b/);
    assert.ok(message.length <= MAX_MESSAGE_LENGTH, message);
    for (const [index, detail] of details.entries()) {
      assert.equal(detail.path, `/issues/${index}/runtime_state`);
      assert.equal(resolvePointer(body, detail.path), 'sleeping');
      assert.ok(detail.message.length <= MAX_MESSAGE_LENGTH, detail.message);
      assert.doesNotMatch(detail.message, /[{}]/, 'no schema dumps');
    }
  });
});
