/**
 * The schema-model step of `npm run generate`: the model of spec/control-plane.schema.yaml
 * (schema-model.ts, the one every generator reads) as data, written to generated/schema-model.ts,
 * for the code in src/ that walks a value by the schema: every object's members in wire order
 * with their type, whether they are required or nullable and their default, and every enum's
 * values. A walker finds each timestamp, enum value and default by following it, so no list of
 * fields is written by hand.
 */
import { buildModel, type Field, type TypeRef } from './schema-model.js';

type Json = Record<string, unknown>;

/** A member name as an object key: bare when it is an identifier. */
function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/** A member's type as the walkers see it: the kinds they act on, the rest as the JSON type it is. */
function shape(type: TypeRef): string {
  switch (type.kind) {
    case 'object':
    case 'enum':
      return `{ kind: ${JSON.stringify(type.kind)}, name: ${JSON.stringify(type.name)} }`;
    case 'array':
      return `{ kind: "array", items: ${shape(type.items)} }`;
    case 'scalar':
      return `{ kind: ${JSON.stringify(type.scalar === 'u32' || type.scalar === 'u64' ? 'integer' : type.scalar)} }`;
  }
}

function member(field: Field): string {
  const fallback = 'default' in field ? `, default: ${JSON.stringify(field.default)}` : '';
  return `${key(field.name)}: { type: ${shape(field.type)}, required: ${field.required}, nullable: ${field.nullable}${fallback} },`;
}

/** The source of generated/schema-model.ts for `schema` (spec/control-plane.schema.yaml, parsed). */
export function schemaModelSource(schema: Json, schemaLabel = 'spec/control-plane.schema.yaml'): string {
  const model = buildModel(schema);
  const union = (names: string[]) => (names.length > 0 ? names.map((name) => JSON.stringify(name)).join(' | ') : 'never');
  return `
import { deepFreeze } from './wire.js';

/** What a member holds, as a walker follows it: a timestamp, an enum, an object or an array to descend into, or a plain JSON value. */
export type SchemaType =
  | { readonly kind: 'string' | 'integer' | 'boolean' | 'timestamp' }
  | { readonly kind: 'enum'; readonly name: string }
  | { readonly kind: 'object'; readonly name: string }
  | { readonly kind: 'array'; readonly items: SchemaType };

/** One member of an object type. */
export interface SchemaMember {
  readonly type: SchemaType;
  /** A producer must send it. */
  readonly required: boolean;
  /** \`null\` is a valid value. */
  readonly nullable: boolean;
  /** What a reader assumes when the member is absent (the schema's \`default\`); no key when there is none. */
  readonly default?: unknown;
}

/** One object type: every member the schema names, in wire order. */
export interface SchemaObject {
  readonly members: Readonly<Record<string, SchemaMember>>;
}

/** The types of a schema, as the walkers of src/schema-walk.ts follow them. */
export interface SchemaModel {
  readonly objects: Readonly<Record<string, SchemaObject>>;
  /** Every enum's values, in the schema's order. */
  readonly enums: Readonly<Record<string, readonly string[]>>;
}

/** Every object type of ${schemaLabel}. */
export type SchemaObjectName = ${union(model.objects.map((type) => type.name))};

/** Every enum of ${schemaLabel}. */
export type SchemaEnumName = ${union(model.enums.map((type) => type.name))};

/** The model of ${schemaLabel}. */
export const SCHEMA_MODEL: SchemaModel & {
  readonly objects: Readonly<Record<SchemaObjectName, SchemaObject>>;
  readonly enums: Readonly<Record<SchemaEnumName, readonly string[]>>;
} = deepFreeze({
  objects: {
${model.objects.map((type) => [`    ${key(type.name)}: {`, '      members: {', ...type.fields.map((field) => `        ${member(field)}`), '      },', '    },'].join('\n')).join('\n')}
  },
  enums: {
${model.enums.map((type) => `    ${key(type.name)}: ${JSON.stringify(type.values)},`).join('\n')}
  },
});
`;
}
