/**
 * Reduces an OpenAPI document to what an implementation must agree on — operations, their
 * ids, tags, security, statuses, and the structure of every body — after normalising what
 * tsoa cannot express (OpenAPI 3.0 `nullable`, TypeScript's single number type, formats,
 * bounds, defaults, docs) and leaving out the handwritten routes: the event stream, and the
 * served contract (tag `contract`, answered by src/served-contract.ts in the app's front layer).
 */
type Json = Record<string, unknown>;
/** Resolves a `$ref` found in file `from`: the schema, its file, and an id unique to it. */
export type RefResolver = (ref: string, from: string) => { schema: Json; at: string; id: string };

export interface OperationShape {
  operationId: unknown;
  tags: unknown;
  security: unknown;
  statuses: string[];
  requestBody: unknown;
  responses: Record<string, unknown>;
}

/** Operations with these tags are answered before express, never by tsoa. */
const FRONT_LAYER_TAGS = new Set(['contract']);
/** Statuses the routes answer through the app's shared fallback, which tsoa does not see. */
const FALLBACK_STATUSES = new Set(['405']);
/** Read access is checked by the app's front layer for every read route, not by tsoa. */
const FRONT_LAYER_SCHEMES = new Set(['readToken', 'readTokenQuery']);

function tsoaSecurity(security: unknown): unknown {
  if (!Array.isArray(security)) return security;
  const kept = (security as Json[]).filter((requirement) => !Object.keys(requirement).some((name) => FRONT_LAYER_SCHEMES.has(name)));
  // What remains of "anonymous, or a read token" is "anonymous", which tsoa writes as no requirement.
  return kept.length === 1 && Object.keys(kept[0]!).length === 0 ? [] : kept;
}

export function schemaShape(schema: Json, at: string, resolve: RefResolver, seen: string[] = []): unknown {
  if (typeof schema['$ref'] === 'string') {
    const target = resolve(schema['$ref'], at);
    if (seen.includes(target.id)) return { recursive: target.id.split('/').pop() };
    return schemaShape(target.schema, target.at, resolve, [...seen, target.id]);
  }
  let types = Array.isArray(schema['type']) ? [...(schema['type'] as string[])] : schema['type'] ? [schema['type'] as string] : [];
  if (schema['nullable'] === true) types.push('null');
  types = [...new Set(types.map((type) => (type === 'integer' ? 'number' : type)))].sort();
  const shape: Json = { type: types };
  const values = 'const' in schema ? [schema['const']] : (schema['enum'] as unknown[] | undefined);
  if (values) shape['enum'] = [...values].filter((value) => value !== null).map(String).sort();
  if (schema['properties']) {
    const properties = schema['properties'] as Record<string, Json>;
    shape['properties'] = Object.fromEntries(
      Object.keys(properties)
        .sort()
        .map((name) => [name, schemaShape(properties[name]!, at, resolve, seen)]),
    );
    shape['required'] = [...((schema['required'] as string[] | undefined) ?? [])].sort();
  }
  if (schema['items']) shape['items'] = schemaShape(schema['items'] as Json, at, resolve, seen);
  return shape;
}

function jsonSchemaOf(content: unknown): Json | undefined {
  return ((content as Json | undefined)?.['application/json'] as Json | undefined)?.['schema'] as Json | undefined;
}

export function operationShapes(document: Json, resolve: RefResolver, at: string): Record<string, OperationShape> {
  const shapes: Record<string, OperationShape> = {};
  const deref = (value: Json): Json => (typeof value['$ref'] === 'string' ? resolve(value['$ref'], at).schema : value);
  for (const [path, item] of Object.entries(document['paths'] as Record<string, Record<string, Json>>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (((operation['tags'] as string[] | undefined) ?? []).some((tag) => FRONT_LAYER_TAGS.has(tag))) continue;
      const responses = Object.fromEntries(
        Object.entries(operation['responses'] as Record<string, Json>)
          .filter(([status]) => !FALLBACK_STATUSES.has(status))
          .map(([status, response]) => [status, deref(response)]),
      );
      const success = responses['200'];
      if (!success || !jsonSchemaOf(success['content'])) continue; // the event stream
      const body = operation['requestBody'] ? jsonSchemaOf(deref(operation['requestBody'] as Json)['content']) : undefined;
      shapes[`${method.toUpperCase()} ${path}`] = {
        operationId: operation['operationId'],
        tags: operation['tags'],
        security: tsoaSecurity(operation['security'] ?? document['security'] ?? []),
        statuses: Object.keys(responses).sort(),
        requestBody: body ? schemaShape(body, at, resolve) : undefined,
        responses: Object.fromEntries(
          Object.entries(responses).map(([status, response]) => {
            const schema = jsonSchemaOf(response['content']);
            return [status, schema ? schemaShape(schema, at, resolve) : undefined];
          }),
        ),
      };
    }
  }
  return shapes;
}
