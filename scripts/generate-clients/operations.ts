/**
 * The operations of spec/openapi.yaml the Python, Go and Java clients call by name, as a small
 * model their generators render into one method each.
 *
 * The rule: an operation gets a method when its success (first 2xx) response offers
 * `application/json`. The method sends that operation's method to its path, with its query
 * parameters, its JSON request body when it has one, and the token its security asks for
 * (`publish` access: a token argument; `open` and `read`: the client's read token, when it has
 * one), and decodes the answer into the model its schema names. Everything else stays
 * handwritten, on purpose: the event stream (`text/event-stream`, with its own deadlines and
 * framing, and `follow` on top of it in TypeScript) and the documents served for tools and
 * browsers (YAML, HTML, the Prometheus text), which are not JSON to decode.
 *
 * What the clients cannot yet send fails generation instead of being left out quietly: path or
 * cookie parameters, required header parameters, query parameters that are not a string, an
 * integer or a boolean, request bodies that are not JSON of a schema type, and a JSON answer
 * whose schema is neither a type of the schema file nor an object. Optional header parameters
 * (`If-None-Match`) are not offered: a method always wants the body.
 */
import { type Access, type OperationSpec } from '../generate-contract.js';
import type { Model } from '../schema-model.js';
import { camel } from './model.js';

type Json = Record<string, unknown>;

export type QueryType = 'string' | 'integer' | 'boolean';

export interface QueryParameter {
  /** The name on the wire. */
  name: string;
  type: QueryType;
  required: boolean;
  description: string;
}

/** What a method returns: a type of the schema file, or (the served documents as JSON) an object checked for its required members. */
export type ClientResponse = { kind: 'model'; name: string } | { kind: 'object'; required: string[] };

export interface ClientOperation {
  operationId: string;
  /** `get_snapshot`: the operationId in snake case, each word in lower case. */
  snakeName: string;
  /** Upper case, as the contract's route table has it. */
  method: string;
  /** Below the service root: no leading slash. */
  path: string;
  access: Access;
  summary: string;
  /** The operation's description, reflowed into paragraphs (none when it has no description). */
  paragraphs: string[];
  query: QueryParameter[];
  /** The type of the JSON request body (an object of the schema file), when the operation takes one. */
  body?: string;
  response: ClientResponse;
}

const JSON_MEDIA_TYPE = 'application/json';

/** `getOpenApiDocumentJson` → `get_open_api_document_json`. */
export function snakeCase(operationId: string): string {
  return operationId.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
}

function paragraphsOf(text: unknown): string[] {
  return String(text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/**
 * Splits a paragraph into lines of at most `width` characters. A code span (`GET /healthz`) is
 * never split, and a longer word or span stays whole.
 */
export function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.match(/(?:`[^`]*`|[^\s`])+/g) ?? []) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Follows a local `$ref` (`#/components/...`) of the OpenAPI document. */
function follow(openapi: Json, value: Json): Json {
  const ref = value['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return value;
  const target = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], openapi);
  if (!target || typeof target !== 'object') throw new Error(`openapi.yaml: ${ref} points nowhere`);
  return follow(openapi, target as Json);
}

/** The schema-file type a schema names (`$ref` to `#/components/schemas/X`, itself a `$ref` into the schema file), if any. */
function schemaType(openapi: Json, schema: Json): string | undefined {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return undefined;
  const component = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
  if (!component) return undefined;
  const target = (((openapi['components'] as Json)['schemas'] as Json)[component] as Json | undefined)?.['$ref'];
  return typeof target === 'string' ? /#\/\$defs\/([^/]+)$/.exec(target)?.[1] : component;
}

function objectType(model: Model, name: string | undefined, where: string): string {
  if (!name || !model.objects.some((object) => object.name === name)) throw new Error(`${where}: the JSON schema must name an object type of control-plane.schema.yaml (got ${name ?? 'an inline schema'})`);
  return name;
}

function queryParameter(parameter: Json, where: string): QueryParameter {
  const schema = (parameter['schema'] ?? {}) as Json;
  const type = schema['type'];
  if (type !== 'string' && type !== 'integer' && type !== 'boolean') throw new Error(`${where}: query parameter ${String(parameter['name'])} is ${JSON.stringify(type)}; the clients send strings, integers and booleans`);
  return { name: String(parameter['name']), type, required: parameter['required'] === true, description: paragraphsOf(parameter['description']).join(' ') };
}

function responseOf(openapi: Json, model: Model, schema: Json, where: string): ClientResponse {
  const name = schemaType(openapi, schema);
  if (name) return { kind: 'model', name: objectType(model, name, where) };
  if (schema['type'] !== 'object') throw new Error(`${where}: a JSON answer must be a type of control-plane.schema.yaml or an object`);
  return { kind: 'object', required: ((schema['required'] as string[] | undefined) ?? []).map(String) };
}

/**
 * The operations the clients call by name, in the order of spec/openapi.yaml. `operations` are
 * the contract's (their method, path and access), `openapi` the parsed document, `model` the
 * schema file's types.
 */
export function clientOperations(openapi: Json, operations: readonly OperationSpec[], model: Model): ClientOperation[] {
  const paths = openapi['paths'] as Record<string, Json>;
  return operations.flatMap((operation): ClientOperation[] => {
    const item = paths[operation.path]!;
    const op = item[operation.method.toLowerCase()] as Json;
    const where = `openapi.yaml ${operation.method} ${operation.path} (${operation.operationId})`;
    const responses = (op['responses'] ?? {}) as Json;
    const success = Object.keys(responses)
      .filter((status) => /^2\d\d$/.test(status))
      .sort()[0];
    const content = success ? (follow(openapi, responses[success] as Json)['content'] as Json | undefined) : undefined;
    const json = content?.[JSON_MEDIA_TYPE] as Json | undefined;
    if (!json) return [];

    const query: QueryParameter[] = [];
    for (const raw of [...((item['parameters'] as Json[] | undefined) ?? []), ...((op['parameters'] as Json[] | undefined) ?? [])]) {
      const parameter = follow(openapi, raw);
      const at = `${where}: parameter ${String(parameter['name'])}`;
      if (parameter['in'] === 'query') query.push(queryParameter(parameter, at));
      else if (parameter['in'] !== 'header') throw new Error(`${at}: the clients send no ${String(parameter['in'])} parameters yet`);
      else if (parameter['required'] === true) throw new Error(`${at}: the clients send no required header parameters yet`);
    }

    let body: string | undefined;
    if (op['requestBody']) {
      const request = follow(openapi, op['requestBody'] as Json);
      const schema = ((request['content'] as Json | undefined)?.[JSON_MEDIA_TYPE] as Json | undefined)?.['schema'] as Json | undefined;
      if (!schema) throw new Error(`${where}: the clients send request bodies as ${JSON_MEDIA_TYPE} only`);
      body = objectType(model, schemaType(openapi, schema), `${where} request body`);
    }

    return [
      {
        operationId: operation.operationId,
        snakeName: snakeCase(operation.operationId),
        method: operation.method,
        path: operation.path.replace(/^\//, ''),
        access: operation.access,
        summary: operation.summary,
        paragraphs: paragraphsOf(op['description']),
        query,
        ...(body ? { body } : {}),
        response: responseOf(openapi, model, (json['schema'] ?? {}) as Json, `${where} ${success} answer`),
      },
    ];
  });
}

/** Fails generation when a template calls an operation's method the spec no longer has. */
export function requireOperations(operations: readonly ClientOperation[], operationIds: readonly string[]): void {
  const missing = operationIds.filter((id) => !operations.some((operation) => operation.operationId === id));
  if (missing.length > 0) throw new Error(`the client templates call the methods of ${missing.join(', ')}, which spec/openapi.yaml no longer has as JSON operations`);
}

/**
 * A query parameter's name in a language that names in camelCase (`scratch-mode` →
 * `scratchMode`); a name in `taken` (the language's keywords, the names a method's body uses)
 * gains a `Param` suffix.
 */
export function camelParameter(wire: string, taken: readonly string[]): string {
  const name = camel(wire.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase());
  return taken.includes(name) ? `${name}Param` : name;
}

/** Who may call an operation and which token its method sends, as the method's documentation says it; `publishToken` names the token argument. */
export function accessPhrase(operation: ClientOperation, publishToken: string): string {
  return { open: 'open to anyone (the read token goes along when the client has one)', read: 'with the read token', publish: `with the publish token ${publishToken}` }[operation.access];
}

/** What a method gives back, as its documentation says it. */
export function answerPhrase(operation: ClientOperation): string {
  return operation.response.kind === 'model' ? `the decoded ${operation.response.name}` : 'the JSON object, with its required members checked';
}
