/**
 * Walks a value by the schema model `npm run generate` writes (generated/schema-model.ts): every
 * object, timestamp and enum value it holds, each with its JSON Pointer, is found by following
 * the model's members, so no list of fields is written by hand and a field added to the schema
 * is walked without a change here.
 *
 * The value need not be valid (the conformance suite walks what a target sent): what does not
 * have the shape the model says (an object that is not one, an array that is not one) is not
 * descended into, members the model does not name are passed over, and a required member that
 * is absent is still visited, as `undefined`, so a check sees it missing.
 *
 * `walkSchema` and `fillDefaults` take the model as an argument and use nothing else from outside
 * themselves: the dashboard gets them as text (src/dashboard.ts).
 */
import { SCHEMA_MODEL, type SchemaModel, type SchemaObjectName, type SchemaType } from '../generated/schema-model.js';

export interface SchemaVisitor {
  /** An object of the model's type `type` at `pointer`, before its members are walked. */
  object?(type: string, value: Record<string, unknown>, pointer: string): void;
  /** A value the walk does not descend into (a timestamp, an enum value, a string, a number…) at `pointer`. */
  leaf?(type: SchemaType, value: unknown, pointer: string): void;
}

/**
 * Visits `value`, a `type` of `model`, and everything in it the model names, in document order.
 * Iterative: a deep value cannot overflow the stack.
 */
export function walkSchema(model: SchemaModel, type: string, value: unknown, visitor: SchemaVisitor): void {
  const pending: Array<[SchemaType, unknown, string]> = [[{ kind: 'object', name: type }, value, '']];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [shape, item, pointer] = next;
    // Children are pushed last first, so they are visited in document order.
    if (shape.kind === 'array') {
      if (!Array.isArray(item)) continue;
      for (let index = item.length - 1; index >= 0; index -= 1) pending.push([shape.items, item[index], `${pointer}/${index}`]);
    } else if (shape.kind === 'object') {
      const object = model.objects[shape.name];
      if (object === undefined || typeof item !== 'object' || item === null || Array.isArray(item)) continue;
      const record = item as Record<string, unknown>;
      visitor.object?.(shape.name, record, pointer);
      const members = Object.entries(object.members);
      for (let index = members.length - 1; index >= 0; index -= 1) {
        const [name, member] = members[index]!;
        const present = Object.hasOwn(record, name);
        if (!present && !member.required) continue;
        const child = present ? record[name] : undefined;
        if (child === null && member.nullable) continue;
        pending.push([member.type, child, `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
      }
    } else {
      visitor.leaf?.(shape, item, pointer);
    }
  }
}

/** One value the walk found, where it is (an RFC 6901 JSON Pointer into the walked value). */
export interface Found {
  pointer: string;
  value: unknown;
}

/** Every timestamp `value` holds as a `type` of the model, in document order. */
export function schemaTimestamps(type: SchemaObjectName, value: unknown, model: SchemaModel = SCHEMA_MODEL): Found[] {
  const found: Found[] = [];
  walkSchema(model, type, value, {
    leaf(shape, item, pointer) {
      if (shape.kind === 'timestamp') found.push({ pointer, value: item });
    },
  });
  return found;
}

/** Every enum value `value` holds as a `type` of the model, with the enum's name and its values, in document order. */
export function schemaEnumValues(type: SchemaObjectName, value: unknown, model: SchemaModel = SCHEMA_MODEL): Array<Found & { name: string; values: readonly string[] }> {
  const found: Array<Found & { name: string; values: readonly string[] }> = [];
  walkSchema(model, type, value, {
    leaf(shape, item, pointer) {
      if (shape.kind === 'enum') found.push({ pointer, value: item, name: shape.name, values: model.enums[shape.name] ?? [] });
    },
  });
  return found;
}

/**
 * Gives every object in `value`, a `type` of `model`, a copy of the model's default for each
 * member it lacks, at every depth, as a reader assumes them; changes `value` in place and
 * returns it.
 */
export function fillDefaults<T>(model: SchemaModel, type: string, value: T): T {
  walkSchema(model, type, value, {
    object(objectType, record) {
      for (const [name, member] of Object.entries(model.objects[objectType]?.members ?? {})) {
        if ('default' in member && !Object.hasOwn(record, name)) record[name] = structuredClone(member.default);
      }
    },
  });
  return value;
}
