/**
 * Cache-Control comes from spec/openapi.yaml: the `const` of each response's header, read by
 * the contract step of `npm run generate` into CACHE_CONTROL and ERROR_CACHE_CONTROL, which the
 * server writes. A scratch copy of spec/ shows a changed value reaching them, and a header
 * without a value, or error answers that disagree, stopping generation.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { CACHE_CONTROL, ERROR_CACHE_CONTROL } from '../generated/contract.js';
import { readContract } from '../scripts/generate-contract.js';
import { SPEC_DIR } from '../scripts/paths.js';

type Json = Record<string, unknown>;

describe('Cache-Control from the spec', () => {
  let scratch: string;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'opensymphony-cache-control-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  /** A copy of spec/ whose openapi.yaml `change` has edited. */
  function specWith(change: (openapi: Json) => void): string {
    const dir = mkdtempSync(join(scratch, 'spec-'));
    cpSync(SPEC_DIR, dir, { recursive: true });
    const file = join(dir, 'openapi.yaml');
    const openapi = parseYaml(readFileSync(file, 'utf8')) as Json;
    change(openapi);
    writeFileSync(file, stringifyYaml(openapi));
    return dir;
  }

  const headers = (openapi: Json) => (openapi['components'] as Record<string, Record<string, Json>>)['headers']!;

  it('is what the generated constants hold, operation by operation', async () => {
    const contract = await readContract(SPEC_DIR);
    const byOperation = Object.fromEntries(contract.operations.filter((operation) => Object.keys(operation.cacheControl).length > 0).map((operation) => [operation.operationId, operation.cacheControl]));
    assert.deepEqual(byOperation, CACHE_CONTROL);
    assert.equal(contract.errorCacheControl, ERROR_CACHE_CONTROL);
    assert.equal(CACHE_CONTROL.getSnapshot['200'], 'no-cache');
    assert.equal(ERROR_CACHE_CONTROL, 'no-store');
  });

  it('follows a changed value into every answer that names the header', async () => {
    const dir = specWith((openapi) => {
      (headers(openapi)['NoStore']!['schema'] as Json)['const'] = 'private, no-store';
      (headers(openapi)['NoCache']!['schema'] as Json)['const'] = 'no-cache, must-revalidate';
    });
    const contract = await readContract(dir);
    const of = (id: string) => contract.operations.find((operation) => operation.operationId === id)!.cacheControl;
    assert.equal(of('getHealth')['200'], 'private, no-store');
    assert.equal(of('getSnapshot')['200'], 'no-cache, must-revalidate');
    assert.equal(of('getSnapshot')['401'], 'private, no-store');
    assert.equal(contract.errorCacheControl, 'private, no-store');
  });

  it('stops generation for a Cache-Control header that gives no value', async () => {
    const dir = specWith((openapi) => delete (headers(openapi)['NoCache']!['schema'] as Json)['const']);
    await assert.rejects(readContract(dir), /Cache-Control header's schema must give its value as a string const/);
  });

  it('stops generation when error answers disagree', async () => {
    const dir = specWith((openapi) => {
      headers(openapi)['Private'] = { description: 'Private.', schema: { type: 'string', const: 'private' } };
      const responses = (openapi['components'] as Record<string, Record<string, Json>>)['responses']!;
      ((responses['HostNotAllowed']!['headers'] as Json)['Cache-Control'] as Json)['$ref'] = '#/components/headers/Private';
    });
    await assert.rejects(readContract(dir), /error answers must agree on one Cache-Control, not no-store, private|not private, no-store/);
  });
});
