import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { ruleFor, runGate } from '../scripts/breaking-changes.js';
import { withDeadline } from './support/deadline.js';
import { ROOT } from './support/spec.js';

type Json = Record<string, unknown>;

const RUN_TIMEOUT_MS = 30_000;
const CLI_TIMEOUT_MS = 60_000;
const work = mkdtempSync(join(tmpdir(), 'opensymphony-breaking-'));
let scratches = 0;

interface Run {
  code: number;
  output: string;
}

/**
 * A scratch contract: `released/0.1.0/` is today's spec/, `spec/` the same with `change` applied
 * to its documents. Runs the gate on it (in-process), without the repository's acknowledgements.
 */
async function gate(change: (documents: Record<string, Json>) => void, options: { version?: string; acknowledged?: Json } = {}): Promise<Run> {
  const scratch = join(work, String(scratches++));
  const released = join(scratch, 'released', '0.1.0');
  const spec = join(scratch, 'spec');
  mkdirSync(released, { recursive: true });
  cpSync(join(ROOT, 'spec'), released, { recursive: true });
  cpSync(join(ROOT, 'spec'), spec, { recursive: true });
  const names = ['openapi.yaml', 'asyncapi.yaml', 'control-plane.schema.yaml'];
  const documents = Object.fromEntries(names.map((name) => [name, parseYaml(readFileSync(join(spec, name), 'utf8')) as Json]));
  change(documents);
  for (const name of names) writeFileSync(join(spec, name), stringifyYaml(documents[name]));
  const acknowledged = join(scratch, 'acknowledged.yaml');
  writeFileSync(acknowledged, stringifyYaml(options.acknowledged ?? { released: '0.1.0', changes: [] }));

  let output = '';
  const code = await withDeadline(
    runGate({ spec, released: join(scratch, 'released'), version: options.version ?? '0.1.0', acknowledged, write: (text) => (output += text) }),
    RUN_TIMEOUT_MS,
    'the gate',
  );
  return { code, output };
}

function def(documents: Record<string, Json>, name: string): Json {
  return ((documents['control-plane.schema.yaml']!['$defs'] as Record<string, Json>)[name])!;
}

function removeRequiredField(documents: Record<string, Json>): void {
  const health = def(documents, 'HealthResponse');
  health['required'] = (health['required'] as string[]).filter((field) => field !== 'issue_count');
  delete (health['properties'] as Json)['issue_count'];
}

describe('check:breaking, the gate on breaking contract changes', () => {
  after(() => rmSync(work, { recursive: true, force: true }));

  it('passes a compatible change: a new optional field in a response and in the published snapshot', { timeout: RUN_TIMEOUT_MS }, async () => {
    const run = await gate((documents) => {
      (def(documents, 'HealthResponse')['properties'] as Json)['uptime_ms'] = { description: 'How long the server has been up.', $ref: '#/$defs/U64' };
      (def(documents, 'IssueSnapshot')['properties'] as Json)['priority'] = { description: 'The tracker priority, when it has one.', type: 'string' };
    });
    assert.equal(run.code, 0, run.output);
    assert.match(run.output, /0 breaking/);
    assert.match(run.output, /[1-9]\d* non-breaking/);
  });

  it('classifies what the tools leave unclassified only where a rule holds: documentation, a response header narrowed', { timeout: RUN_TIMEOUT_MS }, async () => {
    const run = await gate((documents) => {
      const openapi = documents['openapi.yaml']!;
      openapi['tags'] = [...(openapi['tags'] as Json[]), { name: 'extras', description: 'A tag only documents.' }];
      const snapshotGet = ((openapi['paths'] as Record<string, Json>)['/api/v1/snapshot']!['get'] as Json)['responses'] as Record<string, Json>;
      ((snapshotGet['200']!['headers'] as Record<string, Json>)['ETag']!['schema'] as Json)['pattern'] = '^"[^"]*"$';
      ((snapshotGet['200']!['headers'] as Record<string, Json>)['ETag']!['schema'] as Json)['enum'] = ['"e-1"'];
      const operations = documents['asyncapi.yaml']!['operations'] as Record<string, Json>;
      const operation = Object.values(operations)[0]!;
      operation['description'] = `${String(operation['description'] ?? '')}\nMore words.`;
    });
    assert.equal(run.code, 0, run.output);
    assert.match(run.output, / 1 unclassified \([1-9] more classified by this gate's own rules/);
    assert.doesNotMatch(run.output, /unclassified \(review it\): .*(?:tags|ETag\/schema\/enum|description)/);
    // The ETag's new pattern is for a person to judge: no rule of ours covers it.
    assert.match(run.output, /unclassified \(review it\): openapi add .*ETag\/schema\/pattern/);

    const rule = (pointer: string, action = 'add') => ruleFor({ pointer, action })?.type;
    assert.equal(rule('/paths/~1healthz/get/responses/200/content/application~1json/schema/properties/status/description'), 'annotation');
    assert.equal(rule('/components/securitySchemes/readToken/description', 'replace'), 'annotation');
    assert.equal(rule('/tags/3'), 'annotation');
    assert.equal(rule('/paths/~1healthz/get/responses/200/headers/Cache-Control/schema/const'), 'non-breaking');
    // A member named like a keyword is data, and a request's narrowed header is the client's problem.
    assert.equal(rule('/paths/~1api~1v1~1snapshot/put/requestBody/content/application~1json/schema/properties/description'), undefined);
    assert.equal(rule('/paths/~1api~1v1~1snapshot/put/parameters/0/schema/const'), undefined);
    assert.equal(rule('/paths/~1healthz/get/responses/200/headers/Cache-Control/schema/const', 'remove'), undefined);
    assert.equal(rule('/operations/receiveSnapshots/x-opensymphony-numbers'), undefined);
  });

  it('fails when a required field is removed from a response, and names it', { timeout: RUN_TIMEOUT_MS }, async () => {
    const run = await gate(removeRequiredField);
    assert.equal(run.code, 1, run.output);
    assert.match(run.output, /BREAKING openapi remove \/paths\/~1healthz\/get\/responses\/200\/.*issue_count/);
    assert.match(run.output, /bump the version to 0\.2\.0/);
  });

  it('fails when an enum value is removed from a type publishers send', { timeout: RUN_TIMEOUT_MS }, async () => {
    const run = await gate((documents) => {
      const state = def(documents, 'DaemonState');
      state['enum'] = (state['enum'] as string[]).filter((value) => value !== 'stopped');
    });
    assert.equal(run.code, 1, run.output);
    assert.match(run.output, /BREAKING openapi remove \/paths\/~1api~1v1~1snapshot\/put\/requestBody\/.*daemon\/properties\/state/);
  });

  it('fails when the AsyncAPI channel moves, through @asyncapi/diff', { timeout: RUN_TIMEOUT_MS }, async () => {
    const run = await gate((documents) => {
      ((documents['asyncapi.yaml']!['channels'] as Record<string, Json>)['events']!)['address'] = '/api/v2/events';
    });
    assert.equal(run.code, 1, run.output);
    assert.match(run.output, /BREAKING asyncapi edit \/channels\/events\/address/);
  });

  it('fails when only the event payload changes incompatibly, judged as what a subscriber reads', { timeout: RUN_TIMEOUT_MS }, async () => {
    const run = await gate((documents) => {
      const messages = (documents['asyncapi.yaml']!['components'] as Json)['messages'] as Record<string, Json>;
      messages['snapshot']!['payload'] = { $ref: './control-plane.schema.yaml#/$defs/HealthResponse' };
      messages['snapshot']!['examples'] = [];
    });
    assert.equal(run.code, 1, run.output);
    assert.match(run.output, /BREAKING asyncapi \w+ \/channels\/events\/messages\/snapshot\/payload/);
    assert.doesNotMatch(run.output, /BREAKING openapi/);
  });

  it('lets a breaking change through once the version starts a new line (0.2.0 after 0.1.0), not on a patch (0.1.1)', { timeout: 2 * RUN_TIMEOUT_MS }, async () => {
    const bumped = await gate(removeRequiredField, { version: '0.2.0' });
    assert.equal(bumped.code, 0, bumped.output);
    assert.match(bumped.output, /breaking changes allowed: 0\.2\.0 starts a new major line after 0\.1\.0/);
    const patched = await gate(removeRequiredField, { version: '0.1.1' });
    assert.equal(patched.code, 1, patched.output);
  });

  it('accepts a breaking change only with a matching acknowledgement, and fails on one that matches nothing', { timeout: 2 * RUN_TIMEOUT_MS }, async () => {
    const entry = { tool: 'openapi', action: 'remove', path: '/paths/~1healthz/get/responses/200/**', reason: 'a test' };
    const acknowledged = await gate(removeRequiredField, { acknowledged: { released: '0.1.0', changes: [entry] } });
    assert.equal(acknowledged.code, 0, acknowledged.output);
    const stale = await gate(() => undefined, { acknowledged: { released: '0.1.0', changes: [entry] } });
    assert.equal(stale.code, 1, stale.output);
    assert.match(stale.output, /STALE acknowledgement/);
  });

  // The test command runs `npm run check:breaking` on the repository itself; here, only its usage errors.
  it('npm run check:breaking exits 2 and says why on a version that is not semver', { timeout: CLI_TIMEOUT_MS }, async () => {
    const cli = async (args: string[]): Promise<Run> => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'check-breaking.ts'), ...args], { cwd: ROOT });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await withDeadline(new Promise<number | null>((resolve) => child.once('close', resolve)), CLI_TIMEOUT_MS, 'check-breaking');
      return { code: code ?? -1, output };
    };
    const bad = await cli(['--version', 'one']);
    assert.equal(bad.code, 2, bad.output);
    assert.match(bad.output, /"one" is not a semantic version/);
  });
});
