/**
 * `npm run generate`: turns spec/ into everything under generated/.
 * `npm run generate -- --check`: regenerates into a scratch folder and fails, listing each
 * file, when generated/ differs from it in any way (stale, hand-edited, missing or extra).
 *
 * Every step writes into a staging folder first, so generated/ is only ever replaced whole
 * and a failing step leaves it untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { _, Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import ajvFormats from 'ajv-formats';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse as parseYaml } from 'yaml';
import { generateClients } from './generate-clients/index.js';
import { generateServedSpecs } from './generate-served-specs.js';
import { generateTsoa } from './generate-tsoa.js';
import { wireSource } from './generate-wire.js';
import { ASYNCAPI_DIR, GENERATED_DIR, NODE24, ROOT, SPEC_DIR } from './paths.js';

const SCHEMA_FILE = 'control-plane.schema.yaml';


const HEADER_TEXT = 'generated — do not edit. Produced by `npm run generate` from spec/; change the spec (or the generator in scripts/) instead.';

function header(file: string): string {
  if (file.endsWith('.md')) return `<!-- ${HEADER_TEXT} -->\n\n`;
  if (file.endsWith('.yaml') || file.endsWith('.py') || file.endsWith('.toml') || file.endsWith('py.typed')) return `# ${HEADER_TEXT}\n`;
  return `// ${HEADER_TEXT}\n`;
}

async function writeGenerated(stage: string, file: string, body: string): Promise<void> {
  const target = join(stage, file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, header(file) + body.replace(/\s+$/, '') + '\n');
}

async function loadSchemaFile(): Promise<Record<string, unknown>> {
  return parseYaml(await readFile(join(SPEC_DIR, SCHEMA_FILE), 'utf8')) as Record<string, unknown>;
}

async function generateTypes(stage: string): Promise<void> {
  const ast = await openapiTS(pathToFileURL(join(SPEC_DIR, 'openapi.yaml')), {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    // Types describe the wire: a field with a default is still optional for producers.
    defaultNonNullable: false,
    silent: true,
  });
  await writeGenerated(stage, 'api-types.ts', astToString(ast));
}

/** Where standalone.cjs exports the fast validators (no `$defs` name starts with a lower-case letter). */
const FAST_EXPORT = 'fast';

/**
 * The formats the fast validators check with: ajv-formats' full formats, with one shortcut. A
 * plain UTC instant (`2026-03-21T20:00:07.123Z`) whose every part is in range in any month (days
 * 01–28) is accepted without the full check, which it always passes; anything else gets the
 * full check. So the fast validators accept exactly what the full ones do.
 */
const FAST_FORMATS = `
const PLAIN_UTC_INSTANT = /^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])[Tt](?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?[Zz]$/;
const fullFormats = require("ajv-formats/dist/formats").fullFormats;
const fastFormats = {
  ...fullFormats,
  "date-time": { ...fullFormats["date-time"], validate: (value) => PLAIN_UTC_INSTANT.test(value) || fullFormats["date-time"].validate(value) },
};`;

/** An Ajv for the schema file; `allErrors` lists every violation (slower to fail, as fast to pass). */
function schemaAjv(schemaFile: Record<string, unknown>, options: { allErrors: boolean; formats?: ReturnType<typeof _> }): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: options.allErrors,
    // Validation must not change what it checks: defaults are applied by the store, explicitly.
    useDefaults: false,
    code: { source: true, esm: false, lines: true, ...(options.formats ? { formats: options.formats } : {}) },
  });
  ajvFormats.default(ajv);
  // Serialisation hints (see the schema's description): annotations, nothing to validate.
  ajv.addKeyword('x-omit-empty');
  ajv.addSchema(schemaFile, SCHEMA_FILE);
  return ajv;
}

/**
 * Two standalone validators per definition, in standalone.cjs: the full one (allErrors: every
 * violation, for refusals) and, in its `fast` export, one that stops at the first violation and
 * takes the format shortcut of FAST_FORMATS. Both accept exactly the same values: index.ts runs
 * the fast one first and the full one only when it fails, so a valid value pays for one quick
 * pass and a refusal still lists every violation.
 */
async function generateValidators(stage: string): Promise<void> {
  const schemaFile = await loadSchemaFile();
  // One validator per definition, so every type (and every example in the specs) is checked by
  // generated code; the payload validators share the code of their parts.
  const VALIDATED_TYPES = Object.keys(schemaFile['$defs'] as Record<string, unknown>).sort();
  const refs = Object.fromEntries(VALIDATED_TYPES.map((name) => [name, `${SCHEMA_FILE}#/$defs/${name}`]));
  const full = standalone.default(schemaAjv(schemaFile, { allErrors: true }), refs);
  const fast = standalone.default(schemaAjv(schemaFile, { allErrors: false, formats: _`fastFormats` }), refs);
  // One file (the build ships it as it is): the full validators, and the fast ones in a scope of their own.
  const code = `${full}\n\nexports.${FAST_EXPORT} = (function () {\nconst exports = {};\n${FAST_FORMATS.trim()}\n${fast}\nreturn exports;\n})();`;
  await writeGenerated(stage, 'validators/standalone.cjs', code);

  const declarations = [
    'interface StandaloneError { instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown>; message?: string }',
    'interface StandaloneValidator { (data: unknown): boolean; errors?: StandaloneError[] | null }',
    'declare const validators: {',
    ...VALIDATED_TYPES.map((name) => `  ${name}: StandaloneValidator;`),
    `  /** The same validators, stopping at the first violation (the same values pass). */`,
    `  ${FAST_EXPORT}: {`,
    ...VALIDATED_TYPES.map((name) => `    ${name}: StandaloneValidator;`),
    '  };',
    '};',
    'export = validators;',
  ].join('\n');
  await writeGenerated(stage, 'validators/standalone.d.cts', declarations);

  const wrappers = `
import standalone from './standalone.cjs';
import type { ${VALIDATED_TYPES.map((name) => (name === 'Error' ? 'Error as ErrorResponse' : name)).join(', ')} } from '../api-types.js';

/** One violation: where (an RFC 6901 JSON Pointer into the value, \`~0\`/\`~1\` escaped) and what (at most MAX_MESSAGE_LENGTH characters). */
export interface ValidationIssue {
  path: string;
  message: string;
  keyword: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationIssue[] };

/** A validator generated from spec/${SCHEMA_FILE}. */
export interface Validator<T> {
  /** The schema name in spec/${SCHEMA_FILE}. */
  readonly schema: string;
  validate(value: unknown): ValidationResult<T>;
  is(value: unknown): value is T;
}

/** The longest message of one violation: enough for an enum's allowed values, never a schema dump. */
export const MAX_MESSAGE_LENGTH = 200;

function shorten(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : \`\${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…\`;
}

function describe(error: { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }): ValidationIssue {
  const params = error.params;
  let message = error.message ?? error.keyword;
  if (error.keyword === 'enum' && Array.isArray(params['allowedValues'])) {
    message += \` (\${(params['allowedValues'] as unknown[]).map(String).join(', ')})\`;
  } else if (error.keyword === 'required' && typeof params['missingProperty'] === 'string') {
    // Where the member would be: the pointer resolves in the body once the member is added.
    return { path: \`\${error.instancePath}/\${params['missingProperty'].replace(/~/g, '~0').replace(/\\//g, '~1')}\`, message: 'is required', keyword: error.keyword };
  }
  return { path: error.instancePath, message: shorten(message), keyword: error.keyword };
}

/**
 * \`quick\` (the fast validator) and \`check\` (the full one) accept the same values: \`quick\` stops at
 * the first violation, \`check\` runs only when it found one, to list them all.
 */
type StandaloneValidator = (typeof standalone)['${FAST_EXPORT}'][keyof (typeof standalone)['${FAST_EXPORT}']];

function validator<T>(schema: string, quick: StandaloneValidator, check: StandaloneValidator): Validator<T> {
  return {
    schema,
    validate(value: unknown): ValidationResult<T> {
      if (quick(value) || check(value)) return { ok: true, value: value as T };
      return { ok: false, errors: (check.errors ?? []).map(describe) };
    },
    is(value: unknown): value is T {
      return quick(value) || check(value);
    },
  };
}

${VALIDATED_TYPES.map(
  (name) =>
    `/** Validates a \`${name}\` against spec/${SCHEMA_FILE}. */\nexport const ${name === 'Error' ? 'ErrorResponse' : name}Validator: Validator<${name === 'Error' ? 'ErrorResponse' : name}> = validator('${name}', standalone.${FAST_EXPORT}.${name}, standalone.${name});`,
).join('\n\n')}

/** Every validator by its schema name in spec/${SCHEMA_FILE}. */
export const VALIDATORS: Readonly<Record<string, Validator<unknown>>> = {
${VALIDATED_TYPES.map((name) => `  ${name}: ${name === 'Error' ? 'ErrorResponse' : name}Validator,`).join('\n')}
};
`;
  await writeGenerated(stage, 'validators/index.ts', wrappers);
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId?: string; summary?: string }>>;
}

async function generateWire(stage: string): Promise<void> {
  await writeGenerated(stage, 'wire.ts', wireSource(await loadSchemaFile()));
}

async function generateClientStub(stage: string): Promise<void> {
  const spec = parseYaml(await readFile(join(SPEC_DIR, 'openapi.yaml'), 'utf8')) as OpenApiDocument;
  const operations: string[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation.operationId) continue;
      operations.push(
        `  /** ${operation.summary ?? operation.operationId} */\n  ${operation.operationId}: { method: '${method.toUpperCase()}', path: '${path}' },`,
      );
    }
  }
  const body = `
import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './api-types.js';

/** Every operation of spec/openapi.yaml by operationId: its method and its path below the service root. */
export const OPERATIONS = {
${operations.join('\n')}
} as const;

export type OperationId = keyof typeof OPERATIONS;

/**
 * A bare openapi-fetch client typed by spec/openapi.yaml: HTTP errors are returned as
 * \`{ error }\`, nothing is validated. src/client.ts builds the reference client on it.
 */
export function createControlPlaneFetchClient(options: ClientOptions) {
  return createClient<paths>(options);
}

export type ControlPlaneFetchClient = ReturnType<typeof createControlPlaneFetchClient>;
`;
  await writeGenerated(stage, 'client.ts', body);
}

async function generateAsyncApi(stage: string): Promise<void> {
  if (!existsSync(NODE24)) {
    throw new Error(`Node 24 for @asyncapi/generator is missing at ${relative(ROOT, NODE24)}: run \`npm ci\` (its prepare step installs scripts/asyncapi)`);
  }
  const out = join(stage, '.asyncapi');
  const result = spawnSync(NODE24, [join(ASYNCAPI_DIR, 'generate.mjs'), join(SPEC_DIR, 'asyncapi.yaml'), out], {
    cwd: ASYNCAPI_DIR,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (result.status !== 0) {
    throw new Error(`@asyncapi/generator failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  await adopt(stage, out);
}

/** Moves what a tool wrote into `dir` (inside the stage) to its place, with the header. */
async function adopt(stage: string, dir: string): Promise<void> {
  for (const file of await listFiles(dir)) {
    await writeGenerated(stage, file, await readFile(join(dir, file), 'utf8'));
  }
  await rm(dir, { recursive: true, force: true });
}

/**
 * What Python leaves in a package folder it builds or imports from: `pip install
 * generated/clients/python` builds in place (`build/`, `*.egg-info/` beside `pyproject.toml`).
 * They are not generated files, so the staleness check does not list them.
 */
function isPythonArtefact(dir: string, name: string): boolean {
  return name === '__pycache__' || ((name === 'build' || name.endsWith('.egg-info')) && existsSync(join(dir, 'pyproject.toml')));
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() && isPythonArtefact(dir, entry.name)) continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(join(dir, entry.name), path)));
    else files.push(path);
  }
  return files.sort();
}

/** Lists every difference between two folders, as lines a person can act on. */
async function compare(expected: string, actual: string): Promise<string[]> {
  const want = await listFiles(expected);
  const have = await listFiles(actual);
  const problems: string[] = [];
  for (const file of want) {
    if (!have.includes(file)) problems.push(`missing: generated/${file}`);
    else if ((await readFile(join(expected, file), 'utf8')) !== (await readFile(join(actual, file), 'utf8'))) {
      problems.push(`differs from the spec: generated/${file}`);
    }
  }
  for (const file of have) if (!want.includes(file)) problems.push(`not generated by the spec: generated/${file}`);
  return problems;
}

/** The parts of generated/, each written by one step; `--part` regenerates (or checks) one. */
const PARTS: Record<string, { dir: string; steps: Array<(stage: string) => Promise<void>> }> = {
  all: {
    dir: '',
    steps: [
      generateTypes,
      generateValidators,
      generateWire,
      generateClientStub,
      generateAsyncApi,
      (stage) => generateTsoa(stage, writeGenerated),
      (stage) => generateClients(stage, writeGenerated),
      (stage) => generateServedSpecs(stage, writeGenerated),
    ],
  },
  clients: { dir: 'clients', steps: [(stage) => generateClients(stage, writeGenerated)] },
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      part: { type: 'string', default: 'all' },
      // For the staleness check's own test: compare against another folder than generated/.
      against: { type: 'string', default: GENERATED_DIR },
    },
  });
  const part = PARTS[values.part];
  if (!part) throw new Error(`--part must be one of ${Object.keys(PARTS).join(', ')}`);
  const stage = await mkdtemp(join(tmpdir(), 'opensymphony-generate-'));
  try {
    for (const step of part.steps) await step(stage);
    const produced = join(stage, part.dir);
    const target = join(resolve(values.against), part.dir);
    if (values.check) {
      const problems = await compare(produced, target);
      if (problems.length > 0) {
        process.stderr.write(`generated/ is stale; run \`npm run generate\` and commit the result:\n  ${problems.map((line) => line.replace('generated/', `generated/${part.dir ? `${part.dir}/` : ''}`)).join('\n  ')}\n`);
        return 1;
      }
      process.stdout.write(`generated/${part.dir} matches spec/ (${(await listFiles(produced)).length} files)\n`);
      return 0;
    }
    await rm(join(GENERATED_DIR, part.dir), { recursive: true, force: true });
    await cp(produced, join(GENERATED_DIR, part.dir), { recursive: true });
    process.stdout.write(`generated/${part.dir} written from spec/ (${(await listFiles(produced)).length} files)\n`);
    return 0;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

process.exitCode = await main();
