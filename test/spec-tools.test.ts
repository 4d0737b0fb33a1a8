import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DaemonSnapshotValidator } from '../generated/validators/index.js';
import { withDeadline } from './support/deadline.js';
import { compileJavaClient, javaHarness } from './support/java.js';
import { readSpec, ROOT, snapshotFixture } from './support/spec.js';

type Json = Record<string, unknown>;

const U32_MAX = 4294967295;
/** 2^53 - 1: the largest integer the server carries exactly, the spec's maximum for a u64. */
const U64_MAX_ACCEPTED = Number.MAX_SAFE_INTEGER;
const HARNESS_TIMEOUT_MS = 30_000;

const defs = readSpec('control-plane.schema.yaml')['$defs'] as Record<string, Json>;

function resolved(schema: Json): Json {
  const ref = schema['$ref'];
  return typeof ref === 'string' ? resolved(defs[ref.replace('#/$defs/', '')]!) : schema;
}

/** The names of the integer fields with this maximum reachable from a definition. */
function fieldsWithMaximum(schema: Json, maximum: number, seen = new Set<Json>()): Set<string> {
  const names = new Set<string>();
  const target = resolved(schema);
  if (seen.has(target)) return names;
  seen.add(target);
  if (target['items']) for (const name of fieldsWithMaximum(target['items'] as Json, maximum, seen)) names.add(name);
  for (const [name, property] of Object.entries((target['properties'] as Record<string, Json> | undefined) ?? {})) {
    const field = resolved(property);
    if (field['type'] === 'integer' && field['maximum'] === maximum) names.add(name);
    for (const nested of fieldsWithMaximum(property, maximum, seen)) names.add(nested);
  }
  return names;
}

/** JSON Pointers of the integers in `value` whose schema has this maximum. */
function integerPointers(value: unknown, schema: Json, maximum: number, pointer = ''): string[] {
  const target = resolved(schema);
  if (target['type'] === 'integer') return target['maximum'] === maximum && typeof value === 'number' ? [pointer] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => integerPointers(item, target['items'] as Json, maximum, `${pointer}/${index}`));
  if (typeof value !== 'object' || value === null) return [];
  const properties = (target['properties'] as Record<string, Json> | undefined) ?? {};
  return Object.entries(value).flatMap(([key, item]) => (properties[key] ? integerPointers(item, properties[key], maximum, `${pointer}/${key}`) : []));
}

function segments(pointer: string): string[] {
  return pointer.split('/').slice(1);
}

function valueAt(value: unknown, pointer: string): unknown {
  return segments(pointer).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

function setAt(value: unknown, pointer: string, replacement: unknown): void {
  const keys = segments(pointer);
  const parent = valueAt(value, `/${keys.slice(0, -1).join('/')}`.replace(/\/$/, '')) as Record<string, unknown>;
  parent[keys.at(-1)!] = replacement;
}

/** A snapshot with every field of the given maximum set to `to`, and where they are. */
function snapshotWith(maximum: number, to: number): { snapshot: unknown; pointers: string[] } {
  const snapshot = snapshotFixture('valid/edge-values.json');
  const pointers = integerPointers(snapshot, defs['DaemonSnapshot']!, maximum);
  // The fixture must reach every such field of the schema, or a field would go unproven.
  assert.deepEqual(new Set(pointers.map((pointer) => segments(pointer).at(-1))), fieldsWithMaximum(defs['DaemonSnapshot']!, maximum));
  for (const pointer of pointers) setAt(snapshot, pointer, to);
  return { snapshot, pointers };
}

interface Decoder {
  name: string;
  build: (work: string) => void;
  command: (work: string, dir: string) => [string, string[]];
}

// The harnesses of test/clients.test.ts, in their `decode <dir>` mode.
const DECODERS: Decoder[] = [
  {
    name: 'go (uint32)',
    build: (work) => {
      // test/clients/go is the harness's own module, using the generated one through a replace directive.
      execFileSync('go', ['build', '-o', join(work, 'go-harness'), '.'], { cwd: join(ROOT, 'test', 'clients', 'go'), env: { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off' } });
    },
    command: (work, dir) => [join(work, 'go-harness'), ['decode', dir]],
  },
  {
    name: 'java (Long)',
    build: (work) => compileJavaClient(join(work, 'java-classes')),
    command: (work, dir) => javaHarness(join(work, 'java-classes'), ['decode', dir]),
  },
];

async function decodeAll(command: [string, string[]]): Promise<Map<string, Json>> {
  const child = spawn(command[0], command[1]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await withDeadline(new Promise<number | null>((resolve) => child.once('close', resolve)), HARNESS_TIMEOUT_MS, `${command[0]} decode`);
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Json);
  return new Map(lines.map((line) => [line['file'] as string, line]));
}

describe('the spec as third-party tools read it', () => {
  const work = mkdtempSync(join(tmpdir(), 'opensymphony-spec-tools-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  it('states the range of every integer: u32 up to 4294967295, u64 up to 2^53 - 1, each with format int64', () => {
    const integers: Array<[string, Json]> = [];
    const visit = (schema: unknown, where: string): void => {
      if (typeof schema !== 'object' || schema === null) return;
      const node = schema as Json;
      if (node['type'] === 'integer') integers.push([where, node]);
      for (const [key, child] of Object.entries(node)) if (key !== 'examples' && key !== 'default') visit(child, `${where}/${key}`);
    };
    visit(defs, '$defs');
    assert.ok(integers.length >= 4);
    for (const [where, schema] of integers) {
      assert.equal(schema['format'], 'int64', `${where}: int64, so no generator picks a signed 32-bit type`);
      assert.ok(typeof schema['minimum'] === 'number' && schema['minimum'] >= 0, `${where} is unsigned`);
      assert.ok([U32_MAX, U64_MAX_ACCEPTED].includes(schema['maximum'] as number), `${where} states its maximum, got ${String(schema['maximum'])}`);
    }
  });

  describe('generated models in other languages', () => {
    const dir = join(work, 'snapshots');
    let pointers: string[] = [];
    before(() => {
      const { snapshot, pointers: found } = snapshotWith(U32_MAX, U32_MAX);
      pointers = found;
      const past = snapshotWith(U32_MAX, U32_MAX + 1).snapshot;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'u32-max.json'), JSON.stringify(snapshot));
      writeFileSync(join(dir, 'u32-past-max.json'), JSON.stringify(past));
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ valid: [{ file: 'u32-max.json' }], invalid: [{ file: 'u32-past-max.json' }] }));
    });

    for (const decoder of DECODERS) {
      it(`${decoder.name}: decodes 4294967295 in every u32 field without overflow and rejects 4294967296`, { timeout: 120_000 }, async () => {
        decoder.build(work);
        const results = await decodeAll(decoder.command(work, dir));
        const decoded = results.get('u32-max.json');
        assert.equal(decoded?.['ok'], true, String(decoded?.['error']));
        for (const pointer of pointers) assert.equal(valueAt(decoded['encoded'], pointer), U32_MAX, `${decoder.name} at ${pointer}`);
        const rejected = results.get('u32-past-max.json');
        assert.equal(rejected?.['ok'], false, `${decoder.name} accepted 4294967296 in a u32 field`);
      });
    }
  });

  it("the server's validator rejects 9007199254740992 in every u64 field, at that field, and accepts 9007199254740991", () => {
    const { snapshot: largest, pointers } = snapshotWith(U64_MAX_ACCEPTED, U64_MAX_ACCEPTED);
    assert.ok(pointers.length >= 7);
    assert.equal(DaemonSnapshotValidator.validate(largest).ok, true);
    for (const pointer of pointers) {
      const snapshot = snapshotFixture('valid/edge-values.json');
      setAt(snapshot, pointer, 2 ** 53);
      const result = DaemonSnapshotValidator.validate(snapshot);
      assert.equal(result.ok, false, `2^53 accepted at ${pointer}`);
      if (!result.ok) assert.deepEqual(result.errors.map(({ path, keyword }) => ({ path, keyword })), [{ path: pointer, keyword: 'maximum' }]);
    }
  });
});
