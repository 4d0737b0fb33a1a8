/**
 * The breaking-change gate behind `npm run check:breaking` (scripts/check-breaking.ts): compares
 * spec/ with the newest released contract (contract/released/<version>/) and fails on a
 * breaking change unless the package's version starts a new major line (for 0.x, a new minor:
 * 0.1 → 0.2, as semver's caret ranges read it; for 0.0.x, any new patch).
 *
 * OpenAPI: api-smart-diff on both documents bundled with the shared JSON Schema, so each type
 * is judged where it is used (a narrowed request body breaks publishers, a widened response
 * breaks readers). AsyncAPI: @asyncapi/diff on both parsed, dereferenced documents; the message
 * payloads and headers it leaves unclassified are judged by api-smart-diff as response bodies
 * (what a subscriber reads). Changes the tools call breaking but a client cannot observe are
 * listed, each with its reason, in contract/acknowledged-changes.yaml.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diff as asyncApiDiff } from '@asyncapi/diff';
import { Parser, fromFile } from '@asyncapi/parser';
import { apiCompare } from 'api-smart-diff';
import { parse as parseYaml } from 'yaml';

type Json = Record<string, unknown>;

/** One change as either tool reports it: where (a JSON Pointer), what, and the verdict. */
interface Change {
  tool: 'openapi' | 'asyncapi';
  pointer: string;
  action: string;
  type: string;
  before?: unknown;
  after?: unknown;
  description?: string;
  /** The rule of ours that classified a change the tools left unclassified. */
  rule?: string;
}

interface Acknowledgement {
  tool: Change['tool'];
  /** A JSON Pointer pattern: `*` is one segment, `**` any number of them. */
  path: string;
  action: string;
  after?: unknown;
  reason: string;
}

/** Bad input: a missing folder, a malformed version or acknowledgement. */
export class UsageError extends Error {}

const SCHEMA_REF = /^\.\/([^#]+\.ya?ml)#\/\$defs\/([A-Za-z0-9_]+)$/;

function readYaml(file: string): Json {
  if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
  return parseYaml(readFileSync(file, 'utf8')) as Json;
}

function escapePointer(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

// ---- versions ----

interface Version {
  major: number;
  minor: number;
  patch: number;
  text: string;
}

function parseVersion(text: string): Version {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.+-]*)?$/.exec(text);
  if (!match) throw new UsageError(`${JSON.stringify(text)} is not a semantic version`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), text };
}

function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** The versions that must stay compatible with each other: 1.x.y, or 0.1.x, or 0.0.3 alone. */
function compatibilityLine(version: Version): string {
  if (version.major > 0) return `${version.major}.x`;
  if (version.minor > 0) return `0.${version.minor}.x`;
  return `0.0.${version.patch}`;
}

// ---- OpenAPI ----

/**
 * One self-contained document: every `./<file>#/$defs/<Name>` becomes `#/components/schemas/<Name>`,
 * with the definition copied there (and the `#/$defs/` refs inside it rewritten the same way).
 */
function bundleOpenApi(dir: string, file: string): Json {
  const document = readYaml(join(dir, file));
  const components = ((document['components'] as Json | undefined) ??= {});
  const schemas = ((components['schemas'] as Record<string, unknown> | undefined) ??= {});
  const sources = new Map<string, Record<string, Json>>();
  const pending: Array<[string, string]> = [];
  const rewrite = (node: unknown, source: string | undefined): unknown => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, source));
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        if (key !== '$ref' || typeof value !== 'string') return [key, rewrite(value, source)];
        const external = SCHEMA_REF.exec(value);
        const internal = /^#\/\$defs\/([A-Za-z0-9_]+)$/.exec(value);
        if (external) pending.push([external[1]!, external[2]!]);
        else if (internal && source) pending.push([source, internal[1]!]);
        else if (!value.startsWith('#/')) throw new UsageError(`${file}: cannot bundle the $ref ${value}`);
        const name = external?.[2] ?? internal?.[1];
        return [key, name ? `#/components/schemas/${name}` : value];
      }),
    );
  };
  // Aliases (`Name: {$ref: ./file#/$defs/Name}`) are replaced by the definition itself.
  for (const [name, schema] of Object.entries(schemas)) {
    const ref = (schema as Json)['$ref'];
    const match = typeof ref === 'string' ? SCHEMA_REF.exec(ref) : null;
    if (match && match[2] === name) {
      delete schemas[name];
      pending.push([match[1]!, name]);
    }
  }
  const bundled = rewrite(document, undefined) as Json;
  const bundledSchemas = (bundled['components'] as Json)['schemas'] as Record<string, unknown>;
  while (pending.length > 0) {
    const [source, name] = pending.pop()!;
    if (name in bundledSchemas) continue;
    if (!sources.has(source)) sources.set(source, (readYaml(join(dir, source))['$defs'] as Record<string, Json> | undefined) ?? {});
    const definition = sources.get(source)![name];
    if (!definition) throw new UsageError(`${file}: ${source} has no $defs/${name}`);
    bundledSchemas[name] = rewrite(definition, source);
  }
  return bundled;
}

/** Schemas are judged where paths use them; the components themselves would repeat each change. */
function judgedWhereUsed(pointer: string): boolean {
  return /^\/components\/(?!securitySchemes\/)/.test(pointer);
}

function compareOpenApi(before: Json, after: Json, tool: Change['tool'] = 'openapi'): Change[] {
  const { diffs } = apiCompare(before, after);
  return diffs
    .map((change) => ({
      tool,
      pointer: `/${change.path.map(escapePointer).join('/')}`,
      action: change.action,
      type: change.type,
      before: change.before,
      after: change.after,
      ...(change.description ? { description: change.description } : {}),
    }))
    .filter((change) => !judgedWhereUsed(change.pointer));
}

// ---- AsyncAPI ----

function withoutParserExtensions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutParserExtensions);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith('x-parser-')).map(([key, value]) => [key, withoutParserExtensions(value)]));
}

async function parseAsyncApi(file: string): Promise<Json> {
  if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
  const { document, diagnostics } = await fromFile(new Parser(), file).parse();
  if (!document) throw new UsageError(`${file} is not a valid AsyncAPI document: ${diagnostics.map((item) => item.message).join('; ')}`);
  return withoutParserExtensions(document.json()) as Json;
}

const MESSAGE_SCHEMA = /\/messages\/[^/]+\/(payload|headers)(\/|$)/;

/**
 * The message payloads and headers of every channel, as the bodies of a synthetic OpenAPI
 * document: responses for what clients receive, request bodies for what they send.
 */
function messagesAsOpenApi(document: Json): Json {
  const paths: Json = {};
  const operations = Object.values((document['operations'] as Record<string, Json> | undefined) ?? {});
  for (const [channelName, channel] of Object.entries((document['channels'] as Record<string, Json> | undefined) ?? {})) {
    const actions = new Set(operations.filter((operation) => (operation['channel'] as Json | undefined)?.['address'] === channel['address']).map((operation) => operation['action']));
    for (const [messageName, message] of Object.entries((channel['messages'] as Record<string, Json> | undefined) ?? {})) {
      for (const part of ['payload', 'headers'] as const) {
        const schema = message[part];
        if (schema === undefined) continue;
        const body = { content: { 'application/json': { schema } } };
        const item: Json = {};
        if (actions.has('receive')) item['get'] = { responses: { '200': { description: part, ...body } } };
        if (actions.has('send')) item['put'] = { requestBody: body, responses: { '204': { description: 'sent' } } };
        paths[`/${escapePointer(channelName)}/${escapePointer(messageName)}/${part}`] = item;
      }
    }
  }
  return { openapi: '3.1.0', info: { title: 'messages', version: '0' }, paths };
}

async function compareAsyncApi(beforeFile: string, afterFile: string): Promise<Change[]> {
  const [before, after] = await Promise.all([parseAsyncApi(beforeFile), parseAsyncApi(afterFile)]);
  const output = asyncApiDiff(before, after, { outputType: 'json' }).getOutput();
  if (typeof output === 'string') throw new Error('@asyncapi/diff returned text where JSON was asked for');
  const structural: Change[] = output.changes
    .filter((change) => !MESSAGE_SCHEMA.test(change.path))
    .map((change) => ({ tool: 'asyncapi', pointer: change.path, action: change.action, type: change.type, before: change.before, after: change.after }));
  const messages = compareOpenApi(messagesAsOpenApi(before), messagesAsOpenApi(after), 'asyncapi').map((change) => ({
    ...change,
    pointer: change.pointer.replace(/^\/paths\/~1([^/]+)~1([^/]+)~1(payload|headers)\/(get|put)/, (_, channel: string, message: string, part: string) => `/channels/${channel}/messages/${message}/${part}`),
  }));
  return [...structural, ...messages];
}

// ---- what the tools leave unclassified ----

/** Keywords that only document: no client reads them to decide what is valid. */
const DOCUMENTATION_KEYWORDS = new Set(['description', 'summary', 'title', 'externalDocs', 'examples', 'example', '$comment']);
/** Segments after which a segment is a name someone chose (a property, a header, a schema…), not a keyword. */
const NAMING_SEGMENTS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'schemas', 'headers', 'messages', 'channels', 'operations', 'servers', 'parameters', 'securitySchemes']);

/** The pointer's segments, unescaped. */
function segmentsOf(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The verdict on a change both tools left unclassified, where a rule can give one, and why:
 * - documentation only (a `description`, `summary`, `title`, `externalDocs`, example or
 *   `$comment` keyword at any depth, or a tag of the document): an annotation;
 * - a `const` or `enum` added to a response header's schema: the server promises a narrower
 *   value, which every reader already accepted: non-breaking.
 * Anything else stays unclassified, for a person to review (the vendor extensions among them).
 */
export function ruleFor(change: Pick<Change, 'pointer' | 'action'>): { type: 'annotation' | 'non-breaking'; rule: string } | undefined {
  const segments = segmentsOf(change.pointer);
  const documentation = segments.some((segment, index) => DOCUMENTATION_KEYWORDS.has(segment) && !NAMING_SEGMENTS.has(segments[index - 1] ?? ''));
  if (documentation || (segments[0] === 'tags' && segments.length >= 2)) return { type: 'annotation', rule: 'documentation only' };
  if (change.action === 'add' && /\/responses\/[^/]+\/headers\/[^/]+\/schema\/(?:const|enum)$/.test(change.pointer)) {
    return { type: 'non-breaking', rule: 'a response header narrowed: readers get a value they already accepted' };
  }
  return undefined;
}

/** Each change the tools left unclassified, judged by `ruleFor` where it can be. */
function classified(changes: Change[]): Change[] {
  return changes.map((change) => {
    if (change.type !== 'unclassified') return change;
    const verdict = ruleFor(change);
    return verdict ? { ...change, type: verdict.type, rule: verdict.rule } : change;
  });
}

// ---- acknowledgements ----

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((segment) => (segment === '**' ? '(?:/[^/]+)*' : segment === '*' ? '/[^/]+' : `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    .slice(1)
    .join('');
  return new RegExp(`^${source}$`);
}

function readAcknowledgements(file: string, released: Version): Acknowledgement[] {
  if (!existsSync(file)) return [];
  const content = readYaml(file);
  const changes = (content['changes'] as Acknowledgement[] | null | undefined) ?? [];
  if (changes.length > 0 && content['released'] !== released.text) {
    throw new UsageError(`${file} acknowledges changes since ${String(content['released'])}, but the newest release is ${released.text}: empty it at each release`);
  }
  for (const entry of changes) {
    if (!entry.tool || !entry.path?.startsWith('/') || !entry.action || !entry.reason) {
      throw new UsageError(`${file}: every entry needs tool, path (a JSON Pointer pattern), action and reason: ${JSON.stringify(entry)}`);
    }
  }
  return changes;
}

function acknowledges(entry: Acknowledgement, change: Change): boolean {
  return (
    entry.tool === change.tool &&
    entry.action === change.action &&
    patternToRegExp(entry.path).test(change.pointer) &&
    (!('after' in entry) || JSON.stringify(entry.after) === JSON.stringify(change.after))
  );
}

// ---- the gate ----

function newestRelease(releasedDir: string): Version {
  if (!existsSync(releasedDir)) throw new UsageError(`${releasedDir} does not exist`);
  const versions = readdirSync(releasedDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      try {
        return [parseVersion(entry.name)];
      } catch {
        return [];
      }
    })
    .sort(compareVersions);
  const newest = versions.at(-1);
  if (!newest) throw new UsageError(`${releasedDir} holds no released contract (a folder named by its version)`);
  return newest;
}

function describeChange(change: Change): string {
  const values = [
    'before' in change && change.before !== undefined ? `was ${JSON.stringify(change.before)}` : '',
    'after' in change && change.after !== undefined ? `now ${JSON.stringify(change.after)}` : '',
  ].filter(Boolean);
  return `${change.tool} ${change.action} ${change.pointer}${values.length ? ` (${values.join(', ')})` : ''}${change.description ? `: ${change.description}` : ''}`;
}

export interface GateOptions {
  /** The contract as it is now (spec/). */
  spec: string;
  /** The folder of released contracts, one folder per version. */
  released: string;
  /** The package's version now. */
  version: string;
  /** The acknowledged changes file; absent means none. */
  acknowledged: string;
  write: (text: string) => void;
}

/** Runs the gate; resolves to the exit code: 0 passes, 1 a breaking change or a stale acknowledgement. */
export async function runGate(options: GateOptions): Promise<number> {
  const { spec, write } = options;
  const released = newestRelease(options.released);
  const releasedSpec = join(options.released, released.text);
  const current = parseVersion(options.version);
  if (compareVersions(current, released) < 0) throw new UsageError(`the package's version ${current.text} is older than the released contract ${released.text}`);

  const changes = classified([
    ...compareOpenApi(bundleOpenApi(releasedSpec, 'openapi.yaml'), bundleOpenApi(spec, 'openapi.yaml')),
    ...(await compareAsyncApi(join(releasedSpec, 'asyncapi.yaml'), join(spec, 'asyncapi.yaml'))),
  ]);
  const acknowledgements = readAcknowledgements(options.acknowledged, released);
  const used = new Set<Acknowledgement>();
  const breaking = changes.filter((change) => {
    if (change.type !== 'breaking') return false;
    const entry = acknowledgements.find((candidate) => acknowledges(candidate, change));
    if (entry) used.add(entry);
    return !entry;
  });
  const count = (type: string) => changes.filter((change) => change.type === type).length;
  const byRule = changes.filter((change) => change.rule !== undefined);
  const rules = [...new Set(byRule.map((change) => change.rule))];
  write(
    `spec/ against the released contract ${released.text} (package ${current.text}): ${changes.length} changes, ` +
      `${breaking.length} breaking, ${count('breaking') - breaking.length} acknowledged, ${count('non-breaking')} non-breaking, ` +
      `${count('annotation')} annotations, ${count('unclassified')} unclassified` +
      `${byRule.length > 0 ? ` (${byRule.length} more classified by this gate's own rules: ${rules.join('; ')})` : ''}\n`,
  );
  for (const change of changes.filter((candidate) => candidate.type === 'unclassified')) write(`  unclassified (review it): ${describeChange(change)}\n`);
  const stale = acknowledgements.filter((entry) => !used.has(entry));
  for (const entry of stale) write(`  STALE acknowledgement (no such change any more, remove it): ${entry.tool} ${entry.action} ${entry.path}\n`);
  for (const change of breaking) write(`  BREAKING ${describeChange(change)}\n`);

  if (breaking.length > 0 && compatibilityLine(current) !== compatibilityLine(released)) {
    write(`breaking changes allowed: ${current.text} starts a new major line after ${released.text}\n`);
    return stale.length > 0 ? 1 : 0;
  }
  if (breaking.length > 0) {
    write(
      `FAILED: ${breaking.length} breaking change(s) while ${current.text} stays compatible with ${released.text} (${compatibilityLine(released)}): ` +
        `undo them, or bump the version to ${released.major > 0 ? `${released.major + 1}.0.0` : `0.${released.minor + 1}.0`}\n`,
    );
    return 1;
  }
  return stale.length > 0 ? 1 : 0;
}
