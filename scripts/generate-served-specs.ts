/**
 * The served-contract step of `npm run generate`: what a running control plane answers on
 * `GET /openapi.yaml|json`, `/asyncapi.yaml|json` and `/docs` (src/served-contract.ts), under
 * generated/served/:
 *
 * - `documents.ts`: each spec bundled into one self-contained document (the `$defs` of
 *   control-plane.schema.yaml copied in as `components.schemas`, every `$ref` pointing inside
 *   the document), as YAML and JSON text cut in two around the value of `servers`, which the
 *   server fills in with its own URL;
 * - `pages.ts`: the rendered references — Redoc (`redocly build-docs`) for the OpenAPI document,
 *   @asyncapi/html-template for the AsyncAPI one (its server-side rendering, without the scripts
 *   that need 'unsafe-eval'), each one HTML file with everything inline — and
 *   an index page linking to both, with the sha256 of every inline script for the pages'
 *   Content-Security-Policy.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { cacheControlOf } from './generate-contract.js';
import { ASYNCAPI_DIR, NODE24, ROOT, SPEC_DIR } from './paths.js';

type Json = Record<string, unknown>;
type WriteGenerated = (stage: string, file: string, body: string, source: string) => Promise<void>;

const run = promisify(execFile);
const SCHEMA_FILE = 'control-plane.schema.yaml';
/** A `$ref` into the shared schema file, as the specs write it. */
const EXTERNAL_REF = /^(?:\.\/)?control-plane\.schema\.yaml#\/\$defs\/([A-Za-z0-9_]+)$/;
/** A `$ref` between definitions inside the schema file. */
const INTERNAL_REF = /^#\/\$defs\/([A-Za-z0-9_]+)$/;
/** Stands for the value of `servers` until the server writes its own URL there. */
const SERVERS_SLOT = 'OPENSYMPHONY_SERVED_CONTRACT_SERVERS_SLOT';
/** Large enough for the rendered pages (a few MB of output from each tool). */
const TOOL_OUTPUT_MAX_BYTES = 64 * 1024 * 1024;
/** An inline script of a rendered page: its attributes, then its text (what CSP hashes). */
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;

/**
 * What each served operation of spec/openapi.yaml answers with: a bundled document (in the
 * format its 200's media type names) or a rendered page.
 */
const SERVED_OPERATIONS: Readonly<Record<string, string>> = {
  getOpenApiDocument: 'openapi',
  getOpenApiDocumentJson: 'openapi',
  getAsyncApiDocument: 'asyncapi',
  getAsyncApiDocumentJson: 'asyncapi',
  getDocs: 'index',
  getOpenApiReference: 'openapi',
  getAsyncApiReference: 'asyncapi',
};
const SERVED_MEDIA_TYPES = new Set(['application/yaml', 'application/json', 'text/html']);

/** An image that shows nothing, inline: what Redoc's remote logo becomes. */
const EMPTY_SVG = 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20width=%220%22%20height=%220%22/%3E';
/**
 * Patches that make Redoc's page CSP-clean, each required to match as often as said (a Redoc
 * that changes them fails this step instead of serving a page with violations):
 * - its search probes for Web Worker support by compiling a function (`Function(src)` in a
 *   try/catch), which a CSP without 'unsafe-eval' reports as a violation: the probe answers
 *   "no", and search runs in the page as it does when the probe fails;
 * - its sidebar shows Redocly's logo from cdn.redoc.ly: the image becomes an empty inline SVG.
 */
const REDOC_PATCHES: ReadonlyArray<{ what: string; pattern: RegExp; count: number; replacement: string }> = [
  { what: 'the Web Worker probe', pattern: /try\{return [\w$]+\._factory\?\?=Function\([\w$]+\),!0\}catch\{return!1\}/g, count: 1, replacement: 'return!1' },
  { what: 'the logo from cdn.redoc.ly', pattern: /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, count: 2, replacement: EMPTY_SVG },
];

function patchRedoc(html: string): string {
  let patched = html;
  for (const patch of REDOC_PATCHES) {
    const found = patched.match(patch.pattern)?.length ?? 0;
    if (found !== patch.count) throw new Error(`the Redoc page: ${patch.what} matched ${found} times, not ${patch.count}; update REDOC_PATCHES for this Redoc`);
    patched = patched.replace(patch.pattern, patch.replacement);
  }
  if (/cdn\.redoc\.ly/.test(patched)) throw new Error('the Redoc page still refers to cdn.redoc.ly');
  return patched;
}

/** The bundled documents, as this step serves and renders them. */
export interface BundledContract {
  openapi: Json;
  asyncapi: Json;
}

async function loadYaml(file: string): Promise<Json> {
  return parseYaml(await readFile(join(SPEC_DIR, file), 'utf8')) as Json;
}

/**
 * Rewrites every `$ref` of `node` in place to point at `#/components/schemas/<Name>`, adding the
 * names it points at to `needed`. Refs inside the schema file (`#/$defs/X`) are rewritten only
 * where `inSchemaFile`; any other ref leaving the document is an error.
 */
function rewriteRefs(node: unknown, inSchemaFile: boolean, needed: Set<string>, where: string): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => rewriteRefs(item, inSchemaFile, needed, `${where}/${index}`));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const object = node as Json;
  for (const [key, value] of Object.entries(object)) {
    if (key === '$ref' && typeof value === 'string') {
      const name = EXTERNAL_REF.exec(value)?.[1] ?? (inSchemaFile ? INTERNAL_REF.exec(value)?.[1] : undefined);
      if (name !== undefined) {
        needed.add(name);
        object[key] = `#/components/schemas/${name}`;
      } else if (!value.startsWith('#/')) {
        throw new Error(`${where}: the $ref ${value} leaves the document and is not a $defs entry of ${SCHEMA_FILE}`);
      }
    } else {
      rewriteRefs(value, inSchemaFile, needed, `${where}/${key}`);
    }
  }
}

/**
 * One self-contained copy of `document`: every definition of the schema file it uses, directly or
 * through another, becomes `components.schemas.<Name>` (an entry that only pointed at it is
 * replaced by it), in the order of the document's own entries and then of first use.
 */
export function bundle(document: Json, schemaFile: Json, label: string): Json {
  const bundled = structuredClone(document);
  const defs = schemaFile['$defs'] as Record<string, Json>;
  const needed = new Set<string>();
  rewriteRefs(bundled, false, needed, label);
  const components = (bundled['components'] ??= {}) as Json;
  const schemas = (components['schemas'] ??= {}) as Record<string, Json>;
  const copy = (name: string): Json => {
    const definition = defs[name];
    if (!definition) throw new Error(`${label}: ${SCHEMA_FILE} has no $defs entry ${name}`);
    const copied = structuredClone(definition);
    rewriteRefs(copied, true, needed, `${SCHEMA_FILE}#/$defs/${name}`);
    return copied;
  };
  for (const [name, schema] of Object.entries(schemas)) {
    if (Object.keys(schema).length === 1 && schema['$ref'] === `#/components/schemas/${name}`) schemas[name] = copy(name);
  }
  // `needed` grows while definitions are copied; a Set iterates over what is added meanwhile.
  for (const name of needed) if (!(name in schemas)) schemas[name] = copy(name);
  return bundled;
}

/** The document's text in both formats, cut around the value of `servers`. */
function servedText(document: Json, label: string): { yaml: [string, string]; json: [string, string] } {
  if (!('servers' in document)) throw new Error(`${label} has no servers to replace with the instance's own`);
  const slotted = { ...document, servers: SERVERS_SLOT };
  const cut = (text: string, slot: string): [string, string] => {
    const parts = text.split(slot);
    if (parts.length !== 2) throw new Error(`${label}: the servers slot occurs ${parts.length - 1} times in the served text`);
    return [parts[0]!, parts[1]!];
  };
  return {
    yaml: cut(stringifyYaml(slotted, { aliasDuplicateObjects: false, lineWidth: 0 }), SERVERS_SLOT),
    json: cut(`${JSON.stringify(slotted, null, 2)}\n`, JSON.stringify(SERVERS_SLOT)),
  };
}

/** The sha256 of every inline script of `html`, as CSP source expressions. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(match[1] ?? '')) throw new Error('a rendered page loads a script from a URL; every script must be inline');
    hashes.push(`'sha256-${createHash('sha256').update(match[2]!, 'utf8').digest('base64')}'`);
  }
  return [...new Set(hashes)];
}

/**
 * The page without its scripts. The AsyncAPI page's React bundle compiles JSON Schema validators
 * with \`new Function\` when it loads, which a CSP without 'unsafe-eval' refuses; its server-side
 * rendering already shows the whole document, so the page is served as that HTML alone (and
 * 2.5 MB lighter), with no script allowed at all.
 */
function withoutScripts(html: string): string {
  return html.replace(INLINE_SCRIPT, '');
}

/** Fails when a rendered page would reach for another origin by itself. */
function assertSelfContained(html: string, label: string): void {
  const remote = /<(?:link|script|img|iframe)\b[^>]*\s(?:href|src)\s*=\s*["']?(?:https?:)?\/\//i.exec(html);
  if (remote) throw new Error(`${label} loads from another origin: ${remote[0].slice(0, 200)}`);
}

async function renderRedoc(scratch: string, openapi: Json): Promise<string> {
  const input = join(scratch, 'openapi.json');
  const output = join(scratch, 'openapi.html');
  await writeFile(input, JSON.stringify(openapi));
  await run(
    process.execPath,
    [
      join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js'),
      'build-docs',
      input,
      '--output',
      output,
      '--inlineBundle',
      '--title',
      String((openapi['info'] as Json)['title']),
    ],
    {
      cwd: ROOT,
      maxBuffer: TOOL_OUTPUT_MAX_BYTES,
      env: { ...process.env, NODE_OPTIONS: '', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  ).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`redocly build-docs failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  });
  return patchRedoc(await readFile(output, 'utf8'));
}

async function renderAsyncApiHtml(scratch: string, asyncapi: Json): Promise<string> {
  if (!existsSync(NODE24)) {
    throw new Error(`Node 24 for @asyncapi/generator is missing at ${relative(ROOT, NODE24)}: run \`npm ci\` (its prepare step installs scripts/asyncapi)`);
  }
  const input = join(scratch, 'asyncapi.json');
  const output = join(scratch, 'asyncapi-html');
  await writeFile(input, JSON.stringify(asyncapi));
  await run(NODE24, [join(ASYNCAPI_DIR, 'render-html.mjs'), input, output], {
    cwd: ASYNCAPI_DIR,
    maxBuffer: TOOL_OUTPUT_MAX_BYTES,
    env: { ...process.env, NODE_OPTIONS: '', PUPPETEER_SKIP_DOWNLOAD: 'true' },
  }).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`@asyncapi/html-template failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  });
  return readFile(join(output, 'index.html'), 'utf8');
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The /docs index: links to both references and to the raw documents. `{{BASE}}` is the service
 * root and `{{QUERY}}` the read token to carry on (both written by the server, escaped).
 */
function indexPage(openapi: Json, asyncapi: Json): string {
  const info = (document: Json) => document['info'] as { title: string; version: string };
  const api = info(openapi);
  const events = info(asyncapi);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(api.title)}: API reference</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; }
a { color: #0b57d0; }
li { margin: 0.5rem 0; }
code { font-size: 0.9em; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(api.title)}: API reference</h1>
<ul>
<li><a href="{{BASE}}docs/openapi{{QUERY}}">HTTP API</a>: ${escapeHtml(api.title)} ${escapeHtml(api.version)} (OpenAPI; raw: <a href="{{BASE}}openapi.yaml{{QUERY}}"><code>openapi.yaml</code></a>, <a href="{{BASE}}openapi.json{{QUERY}}"><code>openapi.json</code></a>)</li>
<li><a href="{{BASE}}docs/asyncapi{{QUERY}}">Event stream</a>: ${escapeHtml(events.title)} ${escapeHtml(events.version)} (AsyncAPI; raw: <a href="{{BASE}}asyncapi.yaml{{QUERY}}"><code>asyncapi.yaml</code></a>, <a href="{{BASE}}asyncapi.json{{QUERY}}"><code>asyncapi.json</code></a>)</li>
</ul>
<p>The raw documents name this server as their only server.</p>
</main>
</body>
</html>
`;
}

/** Bundles spec/openapi.yaml and spec/asyncapi.yaml (exported for the tests of the step). */
export async function bundleContract(): Promise<BundledContract> {
  const schemaFile = await loadYaml(SCHEMA_FILE);
  return {
    openapi: bundle(await loadYaml('openapi.yaml'), schemaFile, 'openapi.yaml'),
    asyncapi: bundle(await loadYaml('asyncapi.yaml'), schemaFile, 'asyncapi.yaml'),
  };
}

/** The route table of the served operations: path → what it serves, read from the spec. */
function servedRoutes(openapi: Json): string {
  const rows: string[] = [];
  const found = new Set<string>();
  for (const [path, item] of Object.entries(openapi['paths'] as Record<string, Record<string, Json>>)) {
    for (const operation of Object.values(item)) {
      const id = operation['operationId'];
      if (typeof id !== 'string' || !(id in SERVED_OPERATIONS)) continue;
      const content = Object.keys((((operation['responses'] as Json)['200'] as Json | undefined)?.['content'] as Json | undefined) ?? {});
      if (content.length !== 1 || !SERVED_MEDIA_TYPES.has(content[0]!)) {
        throw new Error(`openapi.yaml: ${id} must answer 200 with exactly one of ${[...SERVED_MEDIA_TYPES].join(', ')}`);
      }
      const cacheControl = cacheControlOf(openapi, operation['responses'] as Json, `${id}`)['200'];
      if (cacheControl === undefined) throw new Error(`openapi.yaml: ${id} must give its 200 a Cache-Control header`);
      found.add(id);
      rows.push(`  ${JSON.stringify(path)}: { operationId: '${id}', serves: '${SERVED_OPERATIONS[id]}', mediaType: '${content[0]}', cacheControl: ${JSON.stringify(cacheControl)} },`);
    }
  }
  const missing = Object.keys(SERVED_OPERATIONS).filter((id) => !found.has(id));
  if (missing.length > 0) throw new Error(`openapi.yaml has no operation ${missing.join(', ')}`);
  return rows.join('\n');
}

export async function generateServedSpecs(stage: string, writeGenerated: WriteGenerated): Promise<void> {
  const { openapi, asyncapi } = await bundleContract();
  const scratch = await mkdtemp(join(tmpdir(), 'opensymphony-served-'));
  let redoc: string;
  let asyncapiHtml: string;
  try {
    [redoc, asyncapiHtml] = await Promise.all([renderRedoc(scratch, openapi), renderAsyncApiHtml(scratch, asyncapi)]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  assertSelfContained(redoc, 'the Redoc page');
  asyncapiHtml = withoutScripts(asyncapiHtml);
  assertSelfContained(asyncapiHtml, 'the AsyncAPI page');

  const routes = `
/** One route of the served contract: what it serves, and as what. */
export interface ServedRoute {
  readonly operationId: string;
  /** A bundled document (\`openapi\`, \`asyncapi\`), or with \`text/html\` its rendered reference (\`index\`: the /docs page). */
  readonly serves: 'openapi' | 'asyncapi' | 'index';
  readonly mediaType: 'application/yaml' | 'application/json' | 'text/html';
  /** The \`Cache-Control\` of its 200 (and 304), the \`const\` the spec gives it. */
  readonly cacheControl: string;
}

/** The served contract's routes below the service root, from spec/openapi.yaml. */
export const SERVED_ROUTES: Readonly<Record<string, ServedRoute>> = {
${servedRoutes(openapi)}
};
`;
  await writeGenerated(stage, 'served/routes.ts', routes, 'spec/openapi.yaml (the paths tagged contract)');

  const documents = `
/** A served document's text, cut in two where the value of its \`servers\` goes. */
export interface ServedDocumentText {
  readonly yaml: readonly [string, string];
  readonly json: readonly [string, string];
}

/** spec/openapi.yaml, bundled with the definitions of spec/${SCHEMA_FILE} it uses. */
export const OPENAPI_DOCUMENT: ServedDocumentText = ${JSON.stringify(servedText(openapi, 'openapi.yaml'), null, 2)};

/** spec/asyncapi.yaml, bundled with the definitions of spec/${SCHEMA_FILE} it uses. */
export const ASYNCAPI_DOCUMENT: ServedDocumentText = ${JSON.stringify(servedText(asyncapi, 'asyncapi.yaml'), null, 2)};
`;
  await writeGenerated(stage, 'served/documents.ts', documents, 'spec/openapi.yaml, spec/asyncapi.yaml and spec/control-plane.schema.yaml, bundled');

  const page = (html: string) => `{ html: ${JSON.stringify(html)}, scriptHashes: ${JSON.stringify(inlineScriptHashes(html))} }`;
  const pages = `
/** A rendered page and the CSP source expression of each of its inline scripts. */
export interface ServedPage {
  readonly html: string;
  readonly scriptHashes: readonly string[];
}

/** The /docs index; \`{{BASE}}\` is the service root, \`{{QUERY}}\` the query to carry on. */
export const INDEX_PAGE: ServedPage = ${page(indexPage(openapi, asyncapi))};

/** The OpenAPI reference, rendered by Redoc (\`redocly build-docs --inlineBundle\`). */
export const OPENAPI_PAGE: ServedPage = ${page(redoc)};

/** The AsyncAPI reference, rendered by @asyncapi/html-template (\`singleFile\`), without its scripts. */
export const ASYNCAPI_PAGE: ServedPage = ${page(asyncapiHtml)};
`;
  await writeGenerated(stage, 'served/pages.ts', pages, 'spec/openapi.yaml (Redoc, by @redocly/cli build-docs) and spec/asyncapi.yaml (@asyncapi/html-template)');
}
