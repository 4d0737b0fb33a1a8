/**
 * The types of spec/control-plane.schema.yaml as a small model the client generators render:
 * objects with fields, enums with values, and the scalars the wire uses.
 */
type Json = Record<string, unknown>;

export type Scalar = 'string' | 'boolean' | 'u32' | 'u64' | 'timestamp';

export type TypeRef =
  | { kind: 'scalar'; scalar: Scalar; minimum?: number; constant?: string }
  | { kind: 'enum'; name: string }
  | { kind: 'object'; name: string }
  | { kind: 'array'; items: TypeRef };

export interface Field {
  /** The wire name (snake_case). */
  name: string;
  description: string;
  type: TypeRef;
  required: boolean;
  /** `null` is a valid value (and is written when absent). */
  nullable: boolean;
  /** What a reader assumes when the field is absent. */
  default?: unknown;
}

export interface ObjectType {
  kind: 'object';
  name: string;
  description: string;
  fields: Field[];
}

export interface EnumType {
  kind: 'enum';
  name: string;
  description: string;
  values: string[];
}

export interface Model {
  objects: ObjectType[];
  enums: EnumType[];
}

/**
 * Definitions that are scalars on the wire, not types of their own. The integer ones are
 * modelled from their own schema, like an inline integer: the range decides the width.
 */
const SCALAR_DEFS: Record<string, TypeRef | 'integer'> = {
  Timestamp: { kind: 'scalar', scalar: 'timestamp' },
  U32: 'integer',
  U64: 'integer',
  Epoch: { kind: 'scalar', scalar: 'string' },
};
/** An integer whose maximum is this is a u32; any other is a u64 (never a signed 32-bit int). */
const U32_MAX = 4294967295;

function oneLine(text: unknown): string {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}

export function buildModel(schemaFile: Json): Model {
  const defs = schemaFile['$defs'] as Record<string, Json>;
  const resolve = (schema: Json, where: string): { type: TypeRef; nullable: boolean } => {
    const ref = schema['$ref'];
    if (typeof ref === 'string') {
      const name = ref.replace('#/$defs/', '');
      const target = defs[name];
      if (!target) throw new Error(`${where}: unknown $ref ${ref}`);
      const scalar = SCALAR_DEFS[name];
      if (scalar === 'integer') return resolve(target, `${where} (${name})`);
      if (scalar) return { type: scalar, nullable: false };
      return { type: { kind: target['enum'] ? 'enum' : 'object', name }, nullable: false };
    }
    const types = Array.isArray(schema['type']) ? (schema['type'] as string[]) : [schema['type'] as string];
    const nullable = types.includes('null');
    const type = types.filter((candidate) => candidate !== 'null');
    if (type.length !== 1) throw new Error(`${where}: cannot model type ${JSON.stringify(schema['type'])}`);
    switch (type[0]) {
      case 'string':
        return { type: { kind: 'scalar', scalar: 'string', ...(typeof schema['const'] === 'string' ? { constant: schema['const'] } : {}) }, nullable };
      case 'boolean':
        return { type: { kind: 'scalar', scalar: 'boolean' }, nullable };
      case 'integer': {
        if (typeof schema['maximum'] !== 'number') throw new Error(`${where}: an integer must state its maximum`);
        const scalar = schema['maximum'] === U32_MAX ? 'u32' : 'u64';
        const minimum = typeof schema['minimum'] === 'number' && schema['minimum'] > 0 ? { minimum: schema['minimum'] } : {};
        return { type: { kind: 'scalar', scalar, ...minimum }, nullable };
      }
      case 'array':
        return { type: { kind: 'array', items: resolve(schema['items'] as Json, `${where}[]`).type }, nullable };
      default:
        throw new Error(`${where}: cannot model type ${type[0]}`);
    }
  };

  const model: Model = { objects: [], enums: [] };
  for (const [name, def] of Object.entries(defs)) {
    if (SCALAR_DEFS[name]) continue;
    if (Array.isArray(def['enum'])) {
      model.enums.push({ kind: 'enum', name, description: oneLine(def['description']), values: def['enum'] as string[] });
      continue;
    }
    if (def['type'] !== 'object') throw new Error(`$defs/${name}: only objects, enums and scalars can be modelled`);
    const required = new Set((def['required'] as string[] | undefined) ?? []);
    const fields = Object.entries(def['properties'] as Record<string, Json>).map(([field, schema]): Field => {
      const { type, nullable } = resolve(schema, `${name}.${field}`);
      const target = typeof schema['$ref'] === 'string' ? defs[schema['$ref'].replace('#/$defs/', '')] : undefined;
      const description = oneLine(schema['description'] ?? target?.['description']);
      return {
        name: field,
        description,
        type,
        required: required.has(field),
        nullable,
        ...('default' in schema ? { default: schema['default'] } : {}),
      };
    });
    model.objects.push({ kind: 'object', name, description: oneLine(def['description']), fields });
  }
  return model;
}

/** `snake_case` → `camelCase` / `PascalCase`, for languages whose names differ from the wire. */
export function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

export function pascal(name: string): string {
  const value = camel(name);
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Constants the clients share with the TypeScript client and the AsyncAPI document. */
export interface ClientConstants {
  EVENTS_PATH: string;
  SNAPSHOT_EVENT: string;
  LAST_EVENT_ID_HEADER: string;
  EVENT_STREAM_CONTENT_TYPE: string;
}

/** Fills `{{NAME}}` placeholders of a template; every placeholder must have a value. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`template placeholder {{${key}}} has no value`);
    return String(values[key]);
  });
}
