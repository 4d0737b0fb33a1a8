import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import request from 'supertest';
import { ErrorResponseValidator } from '../generated/validators/index.js';
import { createApp } from '../src/app.js';
import { SnapshotStore } from '../src/store.js';
import { fixtureSnapshot, fixtureTime } from './fixtures/reference.js';
import { listen } from './support/server.js';

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

/** Sends `body` (JSON text or raw bytes) as a publish over a real socket; answers with the refusal, having checked nothing was published. */
async function refusedPublish(body: string | Uint8Array<ArrayBuffer>, code = 'invalid_snapshot') {
  const store = new SnapshotStore(fixtureSnapshot(0), { clock: () => new Date(fixtureTime(0)) });
  const server = await listen(createApp({ store, publishToken: TOKEN }));
  try {
    const before = store.currentPublished();
    const res = await fetch(`${server.url}/api/v1/snapshot`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(5000),
    });
    const text = await res.text();
    assert.equal(res.status, 400, text);
    const answer = JSON.parse(text) as unknown;
    assert.ok(ErrorResponseValidator.is(answer), text);
    assert.equal(answer.error.code, code);
    assert.equal(store.currentPublished(), before, 'nothing was published');
    return { message: answer.error.message, details: (answer.error.details ?? []) as Detail[] };
  } finally {
    await server.close();
  }
}

function publish(body: unknown) {
  return refusedPublish(JSON.stringify(body));
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

  it('refuses a lone surrogate in a string or a member name, which has no UTF-8 form, naming each; a pair and an escaped backslash are published', async () => {
    const body = fixtureSnapshot(1) as unknown as Json;
    (body['daemon'] as Json)['status_line'] = '\ud8002 running';
    body['x_note'] = { text: 'tail \udc00' };
    body['key \udbff'] = 1;
    const { details } = await publish(body);
    assert.deepEqual(details.map((detail) => detail.path), ['/daemon/status_line', '/x_note/text', '/key \udbff']);
    for (const detail of details) assert.match(detail.message, /lone surrogate/);

    const store = new SnapshotStore(fixtureSnapshot(0));
    const fine = { ...fixtureSnapshot(1), x_note: 'rocket \ud83d\ude80, and a backslash before ud800: \\ud800' };
    const res = await request(createApp({ store, publishToken: TOKEN }))
      .put('/api/v1/snapshot').set('authorization', `Bearer ${TOKEN}`).set('content-type', 'application/json')
      .send(JSON.stringify(fine)).timeout(5000);
    assert.equal(res.status, 200, res.text);
    assert.equal(store.current().sequence, 2);
  });

  it('refuses a number past a double\'s range in an unknown member (1e400), which would be published as null', async () => {
    const text = JSON.stringify({ ...fixtureSnapshot(1), x_big: 0 }).replace('"x_big":0', '"x_big":[1e400]');
    const { details } = await refusedPublish(text);
    assert.deepEqual(details.map((detail) => detail.path), ['/x_big/0']);
    assert.match(details[0]!.message, /finite/);
  });

  it('refuses a body that is not UTF-8 with invalid_json, which would be published with replacement characters', async () => {
    const text = JSON.stringify(fixtureSnapshot(1)).replace('"status_line":"', '"status_line":"@@');
    const at = Buffer.from(text).indexOf('@@');
    const bytes = new Uint8Array(Buffer.from(text));
    bytes[at] = 0xff;
    bytes[at + 1] = 0xfe;
    const { message } = await refusedPublish(bytes, 'invalid_json');
    assert.match(message, /UTF-8/);
  });
});
