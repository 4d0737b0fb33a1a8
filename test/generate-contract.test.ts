/**
 * Generation end to end: a scratch copy of spec/ gains an operation (with query parameters), a
 * client error code, a changed number, a field and an issue's timestamp; one `generate --spec
 * --out` run carries each into the route table, the TypeScript, Python and Go clients (a method
 * of each, called against a server here), tsoa's derived document, the wire serialisers and the
 * schema model the conformance suite walks. And generated/ says in every header exactly what it
 * came from.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type * as GeneratedRoutes from '../generated/routes.js';
import type * as GeneratedSchemaModel from '../generated/schema-model.js';
import type * as GeneratedWire from '../generated/wire.js';
import { GO_MODULE, GO_VERSION } from '../scripts/generate-clients/index.js';
import { isRfc3339 } from '../src/rfc3339.js';
import { schemaTimestamps } from '../src/schema-walk.js';
import { WIRE_RUNTIME } from '../src/wire.js';
import { fixtureEnvelope } from './fixtures/reference.js';
import { JACKSON } from './support/java.js';
import { DEBIAN_PYTHON } from './support/python.js';
import { httpAnswer, rawHttpServer, type RawServer } from './support/raw-server.js';
import { run } from './support/run.js';
import { ROOT, snapshotFixture } from './support/spec.js';

type Json = Record<string, unknown>;

const GENERATE_TIMEOUT_MS = 240_000;
/** What the scratch spec adds: names no real spec uses, so nothing here can pass by accident. */
const NEW_PATH = '/api/v1/scratch-history';
const NEW_OPERATION = 'getScratchHistory';
const NEW_CLIENT_CODE = 'scratch_cancelled';
const NEW_FIELD = 'scratch_uptime_s';
/** An optional timestamp of an issue: no code in src/ names it, only the generated model does. */
const NEW_TIMESTAMP = 'scratch_finished_at';
const CHANGED_TIMEOUT_MS = 4321;
/** The new operation's query parameters: a required string, an optional integer and an optional boolean. */
const NEW_QUERY = [
  { name: 'scratch-mode', in: 'query', required: true, description: 'How to read it.', schema: { type: 'string' } },
  { name: 'scratch_limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
  { name: 'scratch_all', in: 'query', required: false, schema: { type: 'boolean' } },
];
/** What a call of the new method sends (`scratch-mode=fast&scratch_limit=3&scratch_all=false`), sorted by name: the clients may send them in any order. */
const SENT_QUERY = [
  ['scratch-mode', 'fast'],
  ['scratch_all', 'false'],
  ['scratch_limit', '3'],
];
const READ_TOKEN = 'scratch-read-token';
/** Where the clients under test think the service root is, so the new path is joined below it. */
const SERVICE_ROOT = 'scratch-root';
const SEQUENCE = 42;
/** Offline: nothing may come from a module proxy. */
const GO_ENV = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off' };
const TOOL_TIMEOUT_MS = 100_000;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function editYaml(file: string, change: (document: Json) => void): void {
  const document = parseYaml(readFileSync(file, 'utf8')) as Json;
  change(document);
  writeFileSync(file, stringifyYaml(document, { lineWidth: 0 }));
}

describe('generation from a scratch copy of the spec', () => {
  let work = '';
  let out = '';

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'opensymphony-scratch-spec-'));
    const spec = join(work, 'spec');
    out = join(work, 'generated');
    cpSync(join(ROOT, 'spec'), spec, { recursive: true });
    editYaml(join(spec, 'openapi.yaml'), (openapi) => {
      (openapi['paths'] as Json)[NEW_PATH] = {
        get: {
          operationId: NEW_OPERATION,
          summary: 'Read the scratch history',
          tags: ['snapshots'],
          security: [{}, { readToken: [] }, { readTokenQuery: [] }],
          // An optional header parameter (If-None-Match) is no argument of the clients' methods.
          parameters: [...NEW_QUERY, { $ref: '#/components/parameters/IfNoneMatchDocument' }],
          responses: {
            '200': { description: 'The current envelope.', content: { 'application/json': { schema: { $ref: '#/components/schemas/SnapshotEnvelope' } } } },
            '401': { $ref: '#/components/responses/ReadUnauthorized' },
          },
        },
      };
      const info = openapi['info'] as Json;
      ((info['x-opensymphony-client-errors'] as Json)['codes'] as Json)[NEW_CLIENT_CODE] = 'The caller cancelled the request.';
      ((info['x-opensymphony-numbers'] as Json)['snapshot-timeout-ms'] as Json)['value'] = CHANGED_TIMEOUT_MS;
    });
    editYaml(join(spec, 'control-plane.schema.yaml'), (schema) => {
      const health = (schema['$defs'] as Record<string, Json>)['HealthResponse']!;
      (health['properties'] as Json)[NEW_FIELD] = { description: 'Seconds since the scratch server started.', $ref: '#/$defs/U64' };
      const issue = (schema['$defs'] as Record<string, Json>)['IssueSnapshot']!;
      (issue['properties'] as Json)[NEW_TIMESTAMP] = { description: 'When the scratch worker finished.', $ref: '#/$defs/Timestamp' };
    });
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'generate.ts'), '--spec', spec, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: GENERATE_TIMEOUT_MS - 10_000,
    });
    assert.equal(result.status, 0, `generate failed:\n${result.stdout}\n${result.stderr}`);
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('adds the new operation to the route table, with HEAD beside GET and the read access its security says', { timeout: GENERATE_TIMEOUT_MS }, async () => {
    const routes = (await import(pathToFileURL(join(out, 'routes.ts')).href)) as typeof GeneratedRoutes;
    assert.deepEqual(routes.ROUTE_METHODS[NEW_PATH], ['GET', 'HEAD']);
    assert.deepEqual(routes.ROUTES[NEW_PATH]?.['GET'], { operationId: NEW_OPERATION, access: 'read', conditional: false });
    assert.equal((routes.OPERATION_PATHS as Record<string, string>)[NEW_OPERATION], NEW_PATH);
    // The real routes are all still there.
    const real = await import('../generated/routes.js');
    for (const path of Object.keys(real.ROUTE_METHODS)) assert.deepEqual(routes.ROUTE_METHODS[path], real.ROUTE_METHODS[path], path);
  });

  it('gives the TypeScript client the operation, the client error code and the changed number', { timeout: GENERATE_TIMEOUT_MS }, () => {
    assert.match(readFileSync(join(out, 'client.ts'), 'utf8'), new RegExp(`${NEW_OPERATION}: \\{ method: 'GET', path: '${NEW_PATH}' \\}`));
    assert.match(readFileSync(join(out, 'api-types.ts'), 'utf8'), new RegExp(`"${NEW_PATH}"`));
    const contract = readFileSync(join(out, 'contract.ts'), 'utf8');
    assert.match(contract, new RegExp(`scratchCancelled: '${NEW_CLIENT_CODE}'`));
    assert.match(contract, new RegExp(`export const SNAPSHOT_TIMEOUT_MS = ${CHANGED_TIMEOUT_MS};`));
  });

  /** Runs `body` against a server that answers every request with an envelope, and gives the request it got. */
  async function calledAgainstAServer(body: (url: string) => Promise<void>): Promise<{ path: string; query: string[][]; authorization: string | undefined }> {
    const envelope = JSON.stringify({ sequence: SEQUENCE, published_at: '2026-03-21T20:00:00Z', snapshot: snapshotFixture('valid/reference-fixture-step-0.json') });
    const server: RawServer = await rawHttpServer((socket) => void socket.end(httpAnswer(200, { 'content-type': 'application/json' }, envelope)));
    try {
      await body(`${server.url}${SERVICE_ROOT}`);
    } finally {
      await server.close();
    }
    assert.equal(server.requests.length, 1, server.requests.join('\n'));
    const [method, target] = server.requests[0]!.split(' ');
    assert.equal(method, 'GET');
    const url = new URL(target!, 'http://scratch');
    return {
      path: url.pathname,
      query: [...url.searchParams].sort(([left], [right]) => (left! < right! ? -1 : 1)),
      authorization: /^authorization: (.*)\r$/im.exec(server.requests[0]!)?.[1],
    };
  }

  it('gives the Python client the operation, the client error code and the changed number', { timeout: GENERATE_TIMEOUT_MS }, () => {
    const script = [
      'import json, sys',
      `sys.path.insert(0, ${JSON.stringify(join(out, 'clients', 'python'))})`,
      'import opensymphony_control as c',
      'print(json.dumps({"operations": c.OPERATIONS, "codes": list(c.CLIENT_ERROR_CODES), "timeout": c.SNAPSHOT_TIMEOUT_MS, "default": c.ControlPlaneClient("http://127.0.0.1/").snapshot_timeout_ms}))',
    ].join('\n');
    const seen = JSON.parse(execFileSync('python3', ['-B', '-c', script], { encoding: 'utf8', timeout: 20_000 })) as { operations: Record<string, unknown>; codes: string[]; timeout: number; default: number };
    assert.deepEqual(seen.operations[NEW_OPERATION], ['GET', NEW_PATH.slice(1), 'read']);
    assert.ok(seen.codes.includes(NEW_CLIENT_CODE), seen.codes.join(', '));
    assert.equal(seen.timeout, CHANGED_TIMEOUT_MS);
    assert.equal(seen.default, CHANGED_TIMEOUT_MS, 'the client defaults to the spec’s number');
  });

  it('gives the Python client a method for the new operation that sends its path, query and read token, mypy --strict clean', { timeout: GENERATE_TIMEOUT_MS }, async () => {
    const python = join(out, 'clients', 'python');
    const script = [
      'import inspect, json, sys',
      `sys.path.insert(0, ${JSON.stringify(python)})`,
      'import opensymphony_control as c',
      `client = c.ControlPlaneClient(sys.argv[1], read_token=${JSON.stringify(READ_TOKEN)})`,
      'method = c.ControlPlaneClient.get_scratch_history',
      'parameters = [[p.name, p.kind.name, p.default is None] for p in inspect.signature(method).parameters.values()]',
      'envelope = client.get_scratch_history("fast", scratch_limit=3, scratch_all=False)',
      'print(json.dumps({"parameters": parameters, "doc": inspect.getdoc(method), "sequence": envelope.sequence}))',
    ].join('\n');
    let result = { code: null as number | null, stdout: '', stderr: '' };
    const request = await calledAgainstAServer(async (url) => {
      result = await run(DEBIAN_PYTHON, ['-B', '-c', script, url], { ms: TOOL_TIMEOUT_MS });
    });
    assert.equal(result.code, 0, result.stderr);
    const seen = JSON.parse(result.stdout) as { parameters: unknown[]; doc: string; sequence: number };
    assert.deepEqual(seen.parameters, [
      ['self', 'POSITIONAL_OR_KEYWORD', false],
      ['scratch_mode', 'POSITIONAL_OR_KEYWORD', false],
      ['scratch_limit', 'KEYWORD_ONLY', true],
      ['scratch_all', 'KEYWORD_ONLY', true],
    ]);
    assert.match(seen.doc, new RegExp(`^Read the scratch history\\.\n\n\`GET ${NEW_PATH}\` \\(${NEW_OPERATION}\\), with the read token;`));
    assert.equal(seen.sequence, SEQUENCE, 'the answer is decoded as the operation’s SnapshotEnvelope');
    assert.deepEqual(request, { path: `/${SERVICE_ROOT}${NEW_PATH}`, query: SENT_QUERY, authorization: `Bearer ${READ_TOKEN}` });

    const mypy = await run(DEBIAN_PYTHON, ['-m', 'mypy', '--strict', '--no-incremental', '--cache-dir', join(work, 'mypy-cache'), '-p', 'opensymphony_control'], { cwd: python, ms: TOOL_TIMEOUT_MS });
    assert.equal(mypy.code, 0, `mypy --strict (python3-mypy comes from scripts/setup.sh): ${mypy.stdout}${mypy.stderr}`);
  });

  it('gives the Go client the operation, the client error code and the changed number, gofmt-clean', { timeout: GENERATE_TIMEOUT_MS }, () => {
    const contract = readFileSync(join(out, 'clients', 'go', 'contract.go'), 'utf8');
    assert.match(contract, new RegExp(`"${NEW_OPERATION}": +\\{Method: "GET", Path: "${NEW_PATH.slice(1)}", Access: "read"\\}`));
    assert.match(contract, new RegExp(`CodeScratchCancelled ClientErrorCode = "${NEW_CLIENT_CODE}"`));
    assert.match(contract, new RegExp(`SnapshotTimeoutMs = ${CHANGED_TIMEOUT_MS}\\b`));
    assert.equal(execFileSync('gofmt', ['-l', join(out, 'clients', 'go')], { encoding: 'utf8' }), '', 'gofmt -l lists no file');
  });

  it('gives the Go client a method for the new operation, vet-clean, that a consumer module calls with its query and the read token', { timeout: GENERATE_TIMEOUT_MS }, async () => {
    const module = join(out, 'clients', 'go');
    const client = readFileSync(join(module, 'client.go'), 'utf8');
    assert.match(client, /^func \(c \*Client\) GetScratchHistory\(ctx context\.Context, scratchMode string, scratchLimit \*int64, scratchAll \*bool\) \(\*SnapshotEnvelope, error\) \{$/m);
    assert.match(client, /^\/\/ GetScratchHistory calls getScratchHistory: read the scratch history\.$/m);
    const vet = await run('go', ['vet', './...'], { cwd: module, env: GO_ENV, ms: TOOL_TIMEOUT_MS });
    assert.equal(vet.code, 0, vet.stderr);

    const consumer = join(work, 'go-consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'go.mod'), `module example.com/scratch\n\ngo ${GO_VERSION}\n\nrequire ${GO_MODULE} v0.0.0\n\nreplace ${GO_MODULE} => ${module}\n`);
    writeFileSync(
      join(consumer, 'main.go'),
      `package main

import (
	"context"
	"fmt"
	"os"

	controlplane "${GO_MODULE}"
)

func main() {
	client, err := controlplane.NewClient(os.Args[1], controlplane.WithReadToken(${JSON.stringify(READ_TOKEN)}))
	if err != nil {
		panic(err)
	}
	limit, all := int64(3), false
	envelope, err := client.GetScratchHistory(context.Background(), "fast", &limit, &all)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(envelope.Sequence)
}
`,
    );
    const built = await run('go', ['build', '-o', join(consumer, 'consumer'), '.'], { cwd: consumer, env: GO_ENV, ms: TOOL_TIMEOUT_MS });
    assert.equal(built.code, 0, built.stderr);
    let ran = { code: null as number | null, stdout: '', stderr: '' };
    const request = await calledAgainstAServer(async (url) => {
      ran = await run(join(consumer, 'consumer'), [url], { ms: 20_000 });
    });
    assert.equal(ran.code, 0, ran.stderr);
    assert.equal(Number(ran.stdout.trim()), SEQUENCE);
    assert.deepEqual(request, { path: `/${SERVICE_ROOT}${NEW_PATH}`, query: SENT_QUERY, authorization: `Bearer ${READ_TOKEN}` });
  });

  it('gives the Java client the operation, the client error code, the changed number and a method for the new operation, which a consumer calls with its query and the read token', { timeout: GENERATE_TIMEOUT_MS }, async () => {
    const sources = join(out, 'clients', 'java', 'src', 'opensymphony', 'control');
    const contract = readFileSync(join(sources, 'Contract.java'), 'utf8');
    assert.match(contract, new RegExp(`Map\\.entry\\("${NEW_OPERATION}", new Operation\\("GET", "${NEW_PATH.slice(1)}", "read"\\)\\)`));
    assert.match(contract, new RegExp(`${NEW_CLIENT_CODE.toUpperCase()}\\("${NEW_CLIENT_CODE}"\\)`));
    assert.match(contract, new RegExp(`public static final int SNAPSHOT_TIMEOUT_MS = ${CHANGED_TIMEOUT_MS};`));
    const client = readFileSync(join(sources, 'ControlPlaneClient.java'), 'utf8');
    assert.match(client, /^ {4}public Models\.SnapshotEnvelope getScratchHistory\(String scratchMode, Long scratchLimit, Boolean scratchAll\) throws ControlPlaneException \{$/m);

    const consumer = join(work, 'java-consumer');
    mkdirSync(consumer);
    writeFileSync(
      join(consumer, 'Consumer.java'),
      `import opensymphony.control.ControlPlaneClient;

public final class Consumer {
    public static void main(String[] args) throws Exception {
        var client = new ControlPlaneClient(args[0], new ControlPlaneClient.Options().withReadToken(${JSON.stringify(READ_TOKEN)}));
        System.out.println(client.getScratchHistory("fast", 3L, false).sequence());
    }
}
`,
    );
    const javaSources = readdirSync(sources).map((file) => join(sources, file));
    const built = await run('javac', ['-Xlint:all', '-Werror', '-d', join(consumer, 'classes'), '-cp', JACKSON.join(':'), ...javaSources, join(consumer, 'Consumer.java')], { ms: TOOL_TIMEOUT_MS });
    assert.equal(built.code, 0, built.stderr);
    let ran = { code: null as number | null, stdout: '', stderr: '' };
    const request = await calledAgainstAServer(async (url) => {
      ran = await run('java', ['-cp', [join(consumer, 'classes'), ...JACKSON].join(':'), 'Consumer', url], { ms: 20_000 });
    });
    assert.equal(ran.code, 0, ran.stderr);
    assert.equal(Number(ran.stdout.trim()), SEQUENCE);
    assert.deepEqual(request, { path: `/${SERVICE_ROOT}${NEW_PATH}`, query: SENT_QUERY, authorization: `Bearer ${READ_TOKEN}` });
  });

  it('puts the issue’s new optional timestamp into the schema model, where the conformance suite’s walker finds a bad one by the model alone', { timeout: GENERATE_TIMEOUT_MS }, async () => {
    const { SCHEMA_MODEL: model } = (await import(pathToFileURL(join(out, 'schema-model.ts')).href)) as typeof GeneratedSchemaModel;
    assert.deepEqual(model.objects.IssueSnapshot.members[NEW_TIMESTAMP], { type: { kind: 'timestamp' }, required: false, nullable: false });
    const envelope = fixtureEnvelope(1);
    (envelope.snapshot.issues[0] as unknown as Json)[NEW_TIMESTAMP] = 'the day after tomorrow';
    const bad = schemaTimestamps('SnapshotEnvelope', envelope, model).filter((found) => !isRfc3339(found.value));
    assert.deepEqual(bad, [{ pointer: `/snapshot/issues/0/${NEW_TIMESTAMP}`, value: 'the day after tomorrow' }]);
  });

  it('writes the issue’s new timestamp on the wire in its schema place, normalised as the reference writes it', { timeout: GENERATE_TIMEOUT_MS }, async () => {
    const wire = (await import(pathToFileURL(join(out, 'wire.ts')).href)) as typeof GeneratedWire;
    const issue = { ...fixtureEnvelope(1).snapshot.issues[0]!, paused: false, [NEW_TIMESTAMP]: '2026-03-21T21:00:00.500+01:00' };
    const written = wire.createWireSerializers(WIRE_RUNTIME).IssueSnapshot(issue);
    assert.ok(written.endsWith(`"${NEW_TIMESTAMP}":"2026-03-21T20:00:00.500Z","paused":false}`), written);
  });

  it('runs tsoa against the types staged in the same run: its document has the field the spec just gained', { timeout: GENERATE_TIMEOUT_MS }, () => {
    const derived = parseYaml(readFileSync(join(out, 'tsoa', 'openapi.yaml'), 'utf8')) as Json;
    const health = ((derived['components'] as Json)['schemas'] as Record<string, Json>)['HealthResponse'];
    assert.ok(health && NEW_FIELD in (health['properties'] as Json), `tsoa's HealthResponse has ${NEW_FIELD}`);
  });
});

describe('the provenance of generated/', () => {
  const files = walk(join(ROOT, 'generated')).filter((file) => !file.includes('__pycache__'));

  it('names in every header exactly the files it was generated from', () => {
    assert.ok(files.length >= 20);
    for (const file of files) {
      const name = relative(join(ROOT, 'generated'), file);
      const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
      const source = /generated — do not edit\. Produced by `npm run generate` from (.+); change that/.exec(first)?.[1];
      assert.ok(source, `${name} names its source: ${first}`);
      if (name.startsWith('tsoa/')) assert.match(source, /^src\/controllers\.ts /, name);
      else {
        assert.doesNotMatch(source, /\bsrc\//, `${name} is not derived from hand-written src/`);
        assert.match(source, /spec\/[\w.-]+\.yaml|scripts\/generate-clients|nothing: the PEP 561 marker/, name);
      }
    }
  });

  it('imports nothing from src/ outside tsoa’s routes', () => {
    for (const file of files.filter((file) => /\.(ts|cjs|cts)$/.test(file) && !file.includes(`${join('generated', 'tsoa')}`))) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /from ['"](\.\.\/)+src\//, relative(ROOT, file));
    }
  });
});

describe('the client error codes', () => {
  it('are exactly the spec’s in the TypeScript client: one error class per code', async () => {
    const errors = await import('../src/client-errors.js');
    const { CLIENT_ERROR_CODES } = await import('../generated/contract.js');
    const instances = [
      new errors.InvalidBaseUrlError('x', 'y'),
      new errors.RequestError('m', 'u'),
      new errors.StreamError('m', 'u'),
      new errors.StreamAttachTimeoutError(1),
      new errors.DecodeError('m'),
      new errors.EventTooLargeError(1, 'u'),
    ];
    assert.deepEqual(instances.map((error) => error.code).sort(), Object.values(CLIENT_ERROR_CODES).sort());
  });

  it('are exactly the spec’s in the Python client: one error class per code', () => {
    const script = [
      'import json, sys',
      `sys.path.insert(0, ${JSON.stringify(join(ROOT, 'generated', 'clients', 'python'))})`,
      'import opensymphony_control as c',
      'classes = [c.InvalidBaseUrlError, c.RequestError, c.StreamError, c.StreamAttachTimeoutError, c.DecodeError, c.EventTooLargeError]',
      'print(json.dumps({"classes": sorted(k.code for k in classes), "spec": sorted(c.CLIENT_ERROR_CODES)}))',
    ].join('\n');
    const seen = JSON.parse(execFileSync('python3', ['-B', '-c', script], { encoding: 'utf8', timeout: 20_000 })) as { classes: string[]; spec: string[] };
    assert.deepEqual(seen.classes, seen.spec);
  });
});
