/**
 * The one model of spec/control-plane.schema.yaml that every generator reads: objects with their
 * fields in wire order (type, required, nullable, default, omitted when empty), enums with their
 * values, and the scalars the wire uses. The wire serialisers (generate-wire.ts), the schema
 * module src/ walks (generate-schema-model.ts) and the Python, Go and Java models
 * (generate-clients/) are all rendered from it, so none of them reads the schema its own way.
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
  /**
   * What a reader assumes when the field is absent: the property's `default`, or else the one
   * of the definition it references. Absent when there is none (test with `'default' in field`).
   */
  default?: unknown;
  /** `x-omit-empty: true`: an array the canonical form leaves out when it is empty. */
  omitEmpty: boolean;
}

export interface ObjectType {
  kind: 'object';
  name: string;
  description: string;
  fields: Field[];
  /** The definition's own `default`: what a reader assumes for an absent member of this type. */
  default?: unknown;
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
const DEFS_PREFIX = '#/$defs/';
/** An integer whose maximum is this is a u32; any other is a u64 (never a signed 32-bit int). */
const U32_MAX = 4294967295;

function oneLine(text: unknown): string {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}

export function buildModel(schemaFile: Json): Model {
  const defs = schemaFile['$defs'] as Record<string, Json>;
  const refName = (schema: Json, where: string): string | undefined => {
    const ref = schema['$ref'];
    if (typeof ref !== 'string') return undefined;
    if (!ref.startsWith(DEFS_PREFIX)) throw new Error(`${where}: unsupported $ref ${ref}: only ${DEFS_PREFIX}… is followed`);
    const name = ref.slice(DEFS_PREFIX.length);
    if (!defs[name]) throw new Error(`${where}: unknown $ref ${ref}`);
    return name;
  };
  const resolve = (schema: Json, where: string): { type: TypeRef; nullable: boolean } => {
    const name = refName(schema, where);
    if (name !== undefined) {
      const target = defs[name]!;
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
        // An enum is known by its name (the walkers report it, the clients declare it).
        if (Array.isArray(schema['enum'])) throw new Error(`${where}: an inline enum cannot be modelled; give it a titled $def`);
        if (schema['format'] === 'date-time') return { type: { kind: 'scalar', scalar: 'timestamp' }, nullable };
        return { type: { kind: 'scalar', scalar: 'string', ...(typeof schema['const'] === 'string' ? { constant: schema['const'] } : {}) }, nullable };
      case 'boolean':
        return { type: { kind: 'scalar', scalar: 'boolean' }, nullable };
      case 'integer': {
        if (typeof schema['maximum'] !== 'number') throw new Error(`${where}: an integer must state its maximum`);
        const scalar = schema['maximum'] === U32_MAX ? 'u32' : 'u64';
        const minimum = typeof schema['minimum'] === 'number' && schema['minimum'] > 0 ? { minimum: schema['minimum'] } : {};
        return { type: { kind: 'scalar', scalar, ...minimum }, nullable };
      }
      case 'array': {
        const items = resolve(schema['items'] as Json, `${where}[]`);
        if (items.nullable) throw new Error(`${where}: an array of nullable items cannot be modelled`);
        return { type: { kind: 'array', items: items.type }, nullable };
      }
      case 'object':
        throw new Error(`${where}: an inline object cannot be modelled; give it a titled $def`);
      default:
        throw new Error(`${where}: cannot model type ${type[0]}`);
    }
  };

  const model: Model = { objects: [], enums: [] };
  for (const [name, def] of Object.entries(defs)) {
    if (SCALAR_DEFS[name]) continue;
    if (Array.isArray(def['enum'])) {
      if ('default' in def) throw new Error(`$defs/${name}: a default is modelled on objects and their fields only`);
      model.enums.push({ kind: 'enum', name, description: oneLine(def['description']), values: def['enum'] as string[] });
      continue;
    }
    if (def['type'] !== 'object') throw new Error(`$defs/${name}: only objects, enums and scalars can be modelled`);
    const required = new Set((def['required'] as string[] | undefined) ?? []);
    const fields = Object.entries(def['properties'] as Record<string, Json>).map(([field, schema]): Field => {
      const where = `$defs/${name}/properties/${field}`;
      const { type, nullable } = resolve(schema, where);
      const ref = refName(schema, where);
      const target = ref === undefined ? undefined : defs[ref];
      const description = oneLine(schema['description'] ?? target?.['description']);
      // The property's own keywords win over the referenced definition's (2020-12 siblings).
      const fallback = 'default' in schema ? { default: schema['default'] } : target && 'default' in target ? { default: target['default'] } : {};
      const omitEmpty = schema['x-omit-empty'] === true;
      if (omitEmpty && type.kind !== 'array') throw new Error(`${where}: x-omit-empty applies to arrays only`);
      if (omitEmpty && required.has(field)) throw new Error(`${where}: a required member cannot be omitted`);
      if (omitEmpty && 'default' in fallback && !(Array.isArray(fallback.default) && fallback.default.length === 0)) {
        throw new Error(`${where}: an x-omit-empty member's default must be []`);
      }
      return { name: field, description, type, required: required.has(field), nullable, ...fallback, omitEmpty };
    });
    model.objects.push({ kind: 'object', name, description: oneLine(def['description']), fields, ...('default' in def ? { default: def['default'] } : {}) });
  }
  return model;
}

/** The enum named `name`, which the model must have. */
export function enumOf(model: Model, name: string): EnumType {
  const found = model.enums.find((type) => type.name === name);
  if (!found) throw new Error(`the model has no enum ${name}`);
  return found;
}
