import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { DaemonSnapshot, SnapshotEnvelope } from '../generated/api-types.js';
import { SNAPSHOT_EVENT, SNAPSHOT_EVENT_ID_PATTERN } from '../generated/events.js';
import * as validators from '../generated/validators/index.js';
import { canonicalEnvelope, canonicalSnapshot, DEFAULT_MEMORY_SERVER, normalizeTimestamp } from '../src/wire.js';
import { fixtureSnapshot, referenceEnvelopeJson, referenceSnapshotJson } from './fixtures/reference.js';
import { readSpec, ROOT, snapshotFixture, snapshotManifest } from './support/spec.js';

type Json = Record<string, unknown>;

function validatorFor(schemaName: string): validators.Validator<unknown> {
  const found = validators.VALIDATORS[schemaName];
  assert.ok(found, `no generated validator for ${schemaName}`);
  return found;
}

function assertValid(schemaName: string, value: unknown, where: string): void {
  const result = validatorFor(schemaName).validate(value);
  assert.ok(result.ok, `${where} does not validate as ${schemaName}: ${JSON.stringify(result.ok ? [] : result.errors)}`);
}

function schemaNameOfRef(ref: string): string {
  const name = ref.split('/').pop();
  assert.ok(name, `unreadable $ref ${ref}`);
  return name;
}

function parseSse(text: string): EventSourceMessage[] {
  const events: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => events.push(event) });
  parser.feed(text);
  return events;
}

describe('the shared schema file', () => {
  const schemaFile = readSpec('control-plane.schema.yaml');
  const defs = schemaFile['$defs'] as Record<string, Json>;

  it('validates every example of every definition with its generated validator', () => {
    let checked = 0;
    for (const [name, definition] of Object.entries(defs)) {
      for (const [index, example] of ((definition['examples'] as unknown[] | undefined) ?? []).entries()) {
        assertValid(name, example, `$defs/${name}/examples/${index}`);
        checked += 1;
      }
    }
    assert.ok(checked >= 15, `expected an example on most definitions, found ${checked}`);
  });

  it('gives every definition a title and every payload object a full example', () => {
    for (const [name, definition] of Object.entries(defs)) {
      assert.equal(definition['title'], name, `$defs/${name} needs title: ${name}`);
      assert.ok(typeof definition['description'] === 'string', `$defs/${name} needs a description`);
      if (definition['type'] === 'object') {
        assert.ok(Array.isArray(definition['examples']) && definition['examples'].length > 0, `$defs/${name} needs an example`);
      }
    }
  });

  it('has no anonymous inline objects or enums, so generated names are stable', () => {
    const inline = (schema: unknown, path: string): string[] => {
      if (typeof schema !== 'object' || schema === null) return [];
      const node = schema as Json;
      const own = node['type'] === 'object' || Array.isArray(node['enum']) ? [path] : [];
      const children = Object.entries((node['properties'] as Json | undefined) ?? {}).flatMap(([key, child]) => inline(child, `${path}/properties/${key}`));
      return [...own, ...children, ...inline(node['items'], `${path}/items`)];
    };
    for (const [name, definition] of Object.entries(defs)) {
      const nested = Object.entries((definition['properties'] as Json | undefined) ?? {}).flatMap(([key, child]) => inline(child, `$defs/${name}/properties/${key}`));
      assert.deepEqual(nested, [], `use a $ref to a titled definition instead of an inline object or enum`);
    }
  });

  it('keeps every object open to fields added by newer producers', () => {
    for (const [name, definition] of Object.entries(defs)) {
      assert.ok(!('additionalProperties' in definition), `$defs/${name} must not close itself with additionalProperties`);
    }
  });
});

describe('the OpenAPI document', () => {
  const openapi = readSpec('openapi.yaml');
  const paths = openapi['paths'] as Record<string, Record<string, Json>>;

  it('validates every JSON response example against the schema it is declared with', () => {
    let checked = 0;
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const responses = operation['responses'] as Record<string, Json>;
        for (const [status, response] of Object.entries(responses)) {
          const resolved = '$ref' in response ? (openapi['components'] as Json)['responses'] as Json : undefined;
          const body = resolved ? (resolved[schemaNameOfRef(response['$ref'] as string)] as Json) : response;
          const media = (body['content'] as Record<string, Json> | undefined)?.['application/json'];
          if (!media || !('example' in media)) continue;
          const schemaRef = (media['schema'] as Json)['$ref'] as string;
          assertValid(schemaNameOfRef(schemaRef), media['example'], `${method.toUpperCase()} ${path} ${status} example`);
          checked += 1;
        }
      }
    }
    assert.ok(checked >= 5, `expected the error examples to be checked, found ${checked}`);
  });

  it('shows an event-stream example whose every event is a valid snapshot with id = sequence', () => {
    const stream = paths['/api/v1/events']?.['get'] as Json;
    const example = ((((stream['responses'] as Json)['200'] as Json)['content'] as Json)['text/event-stream'] as Json)['example'];
    assert.equal(typeof example, 'string');
    const events = parseSse(example as string);
    assert.ok(events.length >= 1);
    for (const event of events) {
      assert.equal(event.event, SNAPSHOT_EVENT);
      const envelope = JSON.parse(event.data) as SnapshotEnvelope;
      assertValid('SnapshotEnvelope', envelope, 'the event-stream example');
      assert.equal(event.id, String(envelope.sequence));
    }
  });

  it('names every operation, tags it and declares its security', () => {
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        assert.match(String(operation['operationId']), /^[a-z][A-Za-z]+$/, `${method} ${path} needs an operationId`);
        assert.ok(Array.isArray(operation['tags']) && operation['tags'].length > 0, `${method} ${path} needs a tag`);
        assert.ok(Array.isArray(operation['security']), `${method} ${path} must say whether it needs a token`);
      }
    }
    assert.deepEqual((paths['/api/v1/snapshot']?.['put'] as Json)['security'], [{ publishToken: [] }]);
  });

  it('references every schema from the shared file instead of defining its own', () => {
    const schemas = (openapi['components'] as Json)['schemas'] as Record<string, Json>;
    const defs = Object.keys(readSpec('control-plane.schema.yaml')['$defs'] as Json).sort();
    assert.deepEqual(Object.keys(schemas).sort(), defs);
    for (const [name, schema] of Object.entries(schemas)) {
      assert.deepEqual(schema, { $ref: `./control-plane.schema.yaml#/$defs/${name}` });
    }
  });
});

describe('the AsyncAPI document', () => {
  const asyncapi = readSpec('asyncapi.yaml');
  const message = ((asyncapi['components'] as Json)['messages'] as Json)['snapshot'] as Json;

  it('takes the snapshot payload from the shared schema file', () => {
    assert.deepEqual(message['payload'], { $ref: './control-plane.schema.yaml#/$defs/SnapshotEnvelope' });
  });

  it('validates every message example: payload as an envelope, id equal to its sequence', () => {
    const examples = message['examples'] as Array<{ headers: { event: string; id: string }; payload: SnapshotEnvelope }>;
    assert.ok(examples.length > 0);
    for (const example of examples) {
      assertValid('SnapshotEnvelope', example.payload, 'the AsyncAPI snapshot example');
      assert.equal(example.headers.event, SNAPSHOT_EVENT);
      assert.match(example.headers.id, SNAPSHOT_EVENT_ID_PATTERN);
      assert.equal(example.headers.id, String(example.payload.sequence));
    }
  });
});

describe('snapshots as the Rust reference writes them', () => {
  it('validates the reference fixture and reserialises it byte for byte', () => {
    for (const step of [0, 1, 81]) {
      const json = referenceSnapshotJson(step);
      const parsed = JSON.parse(json) as unknown;
      assertValid('DaemonSnapshot', parsed, `fixture_snapshot(${step})`);
      assert.equal(JSON.stringify(canonicalSnapshot(parsed as DaemonSnapshot)), json);
      const envelope = JSON.parse(referenceEnvelopeJson(step + 1, step)) as SnapshotEnvelope;
      assertValid('SnapshotEnvelope', envelope, `the envelope of fixture_snapshot(${step})`);
      assert.equal(JSON.stringify(canonicalEnvelope(envelope)), referenceEnvelopeJson(step + 1, step));
    }
  });

  it('reads a snapshot without memory_server with the default memory server', () => {
    const snapshot = snapshotFixture('valid/without-memory-server.json') as DaemonSnapshot;
    assertValid('DaemonSnapshot', snapshot, 'without-memory-server.json');
    assert.equal(snapshot.memory_server, undefined);
    assert.deepEqual(canonicalSnapshot(snapshot).memory_server, DEFAULT_MEMORY_SERVER);
    assert.equal(JSON.stringify(canonicalSnapshot(snapshot)), referenceSnapshotJson(0));
  });

  it('reads absent issue token counts as 0 and omits empty issue lists as the reference does', () => {
    const snapshot = snapshotFixture('valid/issue-defaults-omitted.json') as DaemonSnapshot;
    const issue = canonicalSnapshot(snapshot).issues[0];
    assert.ok(issue);
    assert.deepEqual([issue.input_tokens, issue.output_tokens, issue.cache_read_tokens], [0, 0, 0]);
    const withEmptyLists = fixtureSnapshot(0);
    const first = withEmptyLists.issues[0];
    assert.ok(first);
    first.recent_events = [];
    first.modified_files = [];
    assert.equal(JSON.stringify(canonicalSnapshot(withEmptyLists)), referenceSnapshotJson(0));
  });

  it('accepts unknown fields and keeps them after the known ones', () => {
    const snapshot = snapshotFixture('valid/unknown-fields.json') as DaemonSnapshot & { paused: boolean };
    assertValid('DaemonSnapshot', snapshot, 'unknown-fields.json');
    const canonical = canonicalSnapshot(snapshot) as unknown as Json;
    assert.equal(canonical['paused'], false);
    assert.deepEqual(Object.keys(canonical).slice(-1), ['paused']);
    assert.deepEqual((canonical['issues'] as Json[])[0]?.['blocked_by'], ['COE-1']);
  });

  it('writes timestamps as chrono does: UTC, Z, and 0, 3, 6 or 9 fractional digits', () => {
    const cases: Array<[string, string]> = [
      ['2026-03-21T20:00:00Z', '2026-03-21T20:00:00Z'],
      ['2026-03-21T20:00:00.000Z', '2026-03-21T20:00:00Z'],
      ['2026-03-21T20:00:00.5Z', '2026-03-21T20:00:00.500Z'],
      ['2026-03-21T20:00:00.120Z', '2026-03-21T20:00:00.120Z'],
      ['2026-03-21T20:00:00.1234Z', '2026-03-21T20:00:00.123400Z'],
      ['2026-03-21T20:00:07.123456789Z', '2026-03-21T20:00:07.123456789Z'],
      ['2026-03-21T20:00:07.1234567891Z', '2026-03-21T20:00:07.123456789Z'],
      ['2026-03-21T21:30:00+01:30', '2026-03-21T20:00:00Z'],
      ['2026-03-21t19:00:00-01:00', '2026-03-21T20:00:00Z'],
      ['2026-03-21 20:00:00z', '2026-03-21T20:00:00Z'],
      // A leap second, in any form the schema takes, is written in UTC like any other instant.
      ['2026-12-31T23:59:60Z', '2026-12-31T23:59:60Z'],
      ['2027-01-01T00:59:60+01:00', '2026-12-31T23:59:60Z'],
      ['2026-12-31t23:59:60z', '2026-12-31T23:59:60Z'],
      ['2026-12-31 23:59:60Z', '2026-12-31T23:59:60Z'],
      ['2026-12-31T23:59:60.500000Z', '2026-12-31T23:59:60.500Z'],
      ['2026-12-31T23:59:60.000Z', '2026-12-31T23:59:60Z'],
      ['2026-12-31T18:59:60.25-05:00', '2026-12-31T23:59:60.250Z'],
      // Years below 100 are years below 100 (Date.UTC would read them as 19xx); out of 0–9999, chrono signs them.
      ['0050-01-01T01:00:00+01:00', '0050-01-01T00:00:00Z'],
      ['0099-12-31T23:30:00-01:00', '0100-01-01T00:30:00Z'],
      ['0000-03-01T00:00:00.5+00:00', '0000-03-01T00:00:00.500Z'],
      ['0000-01-01T00:30:00+01:00', '-0001-12-31T23:30:00Z'],
      ['9999-12-31T23:30:00-01:00', '+10000-01-01T00:30:00Z'],
    ];
    for (const [input, expected] of cases) assert.equal(normalizeTimestamp(input), expected, input);
  });
});

describe('golden and defect snapshots', () => {
  const manifest = snapshotManifest();

  for (const { file, why } of manifest.valid) {
    it(`accepts ${file} (${why})`, () => {
      assertValid('DaemonSnapshot', snapshotFixture(file), file);
    });
  }

  for (const { file, error } of manifest.invalid) {
    it(`rejects ${file} at ${error.path} (${error.keyword})`, () => {
      const result = validators.DaemonSnapshotValidator.validate(snapshotFixture(file));
      assert.equal(result.ok, false, `${file} was accepted`);
      if (result.ok) return;
      const found = result.errors.find((issue) => issue.path === error.path && issue.keyword === error.keyword);
      assert.ok(found, `${file}: expected ${error.keyword} at ${error.path}, got ${JSON.stringify(result.errors)}`);
      assert.ok(found.message.length > 0);
    });
  }

  it('covers every fixture file in the manifest', () => {
    const listed = new Set([...manifest.valid, ...manifest.invalid].map((entry) => entry.file));
    for (const kind of ['valid', 'invalid']) {
      for (const name of readdirSync(join(ROOT, 'test', 'fixtures', 'snapshots', kind))) {
        assert.ok(listed.has(`${kind}/${name}`), `${kind}/${name} is not in manifest.json`);
      }
    }
  });

  it('names the allowed values of an enum in the error message', () => {
    const result = validators.DaemonSnapshotValidator.validate(snapshotFixture('invalid/unknown-enum-value.json'));
    assert.ok(!result.ok);
    assert.match(result.errors.map((issue) => issue.message).join('\n'), /idle, running, retry_queued, releasing, completed, failed/);
  });
});

describe('the README', () => {
  it('shows a curl publish example whose snapshot is valid', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const body = /<<'JSON'\n([\s\S]*?)\nJSON\n/.exec(readme)?.[1];
    assert.ok(body, 'README has no curl example with a JSON heredoc');
    assertValid('DaemonSnapshot', JSON.parse(body), 'the README curl example');
  });
});

describe('generated/', () => {
  it('heads every file with the do-not-edit notice', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
      );
    const files = walk(join(ROOT, 'generated'));
    assert.ok(files.length >= 7);
    for (const file of files) {
      assert.match(readFileSync(file, 'utf8').split('\n')[0] ?? '', /generated — do not edit/, file);
    }
  });

  // One part (the clients, 4 s to generate) proves the comparison that every part shares: the
  // whole of generated/ takes 25 s alone, and minutes while the other test files load both cores.
  it('fails the staleness check when a generated file is deleted, edited or added by hand', { timeout: 120_000 }, () => {
    const copy = mkdtempSync(join(tmpdir(), 'opensymphony-stale-'));
    try {
      cpSync(join(ROOT, 'generated'), copy, { recursive: true });
      rmSync(join(copy, 'clients', 'go', 'doc.go'));
      const client = join(copy, 'clients', 'python', 'opensymphony_control', 'client.py');
      writeFileSync(client, readFileSync(client, 'utf8') + '\n# tweaked\n');
      writeFileSync(join(copy, 'clients', 'extra.txt'), 'by hand\n');
      const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'generate.ts'), '--check', '--part', 'clients', '--against', copy], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 110_000,
      });
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stderr, /missing: generated\/clients\/go\/doc\.go/);
      assert.match(result.stderr, /differs from the spec: generated\/clients\/python\/opensymphony_control\/client\.py/);
      assert.match(result.stderr, /not generated by the spec: generated\/clients\/extra\.txt/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
