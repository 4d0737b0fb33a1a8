import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { argumentList } from '../scripts/generate-tsoa.js';
import { operationShapes, type RefResolver } from './support/openapi-shape.js';
import { ROOT } from './support/spec.js';

type Json = Record<string, unknown>;

function load(file: string): Json {
  return parseYaml(readFileSync(file, 'utf8')) as Json;
}

function pointer(document: Json, fragment: string): Json {
  let node: unknown = document;
  for (const part of fragment.replace(/^\//, '').split('/')) node = (node as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  assert.ok(node && typeof node === 'object', `unresolvable pointer #${fragment}`);
  return node as Json;
}

/** Resolves `$ref`s across spec files: `#/…` within a file, `./other.yaml#/…` beside it. */
function fileResolver(documents: Record<string, Json> = {}): RefResolver {
  const cache = new Map<string, Json>(Object.entries(documents));
  const file = (path: string) => {
    if (!cache.has(path)) cache.set(path, load(path));
    return cache.get(path)!;
  };
  return (ref, from) => {
    const [target = '', fragment = ''] = ref.split('#');
    const path = target ? join(dirname(from), target) : from;
    return { schema: pointer(file(path), fragment), at: path, id: `${path}#${fragment}` };
  };
}

const SPEC = join(ROOT, 'spec', 'openapi.yaml');
const TSOA = join(ROOT, 'generated', 'tsoa', 'openapi.yaml');

describe('the OpenAPI document tsoa derives from the controllers', () => {
  it('matches spec/openapi.yaml operation by operation and schema by schema', () => {
    const resolve = fileResolver();
    const expected = operationShapes(load(SPEC), resolve, SPEC);
    const actual = operationShapes(load(TSOA), resolve, TSOA);
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort());
    for (const key of Object.keys(expected)) {
      assert.deepEqual(actual[key], expected[key], `${key} drifted from the spec`);
    }
  });

  it('notices drift: a field missing from a controller’s type fails the comparison', () => {
    const tsoa = load(TSOA);
    const resolve = fileResolver({ [TSOA]: tsoa });
    const schemas = (tsoa['components'] as Json)['schemas'] as Record<string, Json>;
    const health = schemas['HealthResponse']!;
    delete (health['properties'] as Json)['issue_count'];
    health['required'] = (health['required'] as string[]).filter((name) => name !== 'issue_count');
    const expected = operationShapes(load(SPEC), resolve, SPEC);
    const actual = operationShapes(tsoa, resolve, TSOA);
    assert.notDeepEqual(actual['GET /healthz'], expected['GET /healthz']);
  });
});

describe('the routes tsoa generates from the controllers', () => {
  it('pass each method the request and its body, in the method’s order', () => {
    assert.equal(argumentList('SnapshotController.publishSnapshot', { snapshot: { in: 'body' }, req: { in: 'request' } }), 'request.body, request');
    assert.equal(argumentList('HealthController.getHealth', {}), '');
  });

  it('stop generation at a parameter the template does not pass, naming the operation and the parameter', () => {
    for (const kind of ['query', 'path', 'header', 'body-prop', 'formData']) {
      assert.throws(
        () => argumentList('SnapshotController.getSnapshot', { req: { in: 'request' }, since: { in: kind } }),
        new RegExp(`^Error: SnapshotController\\.getSnapshot: parameter since is a ${kind} parameter`),
      );
    }
  });
});
