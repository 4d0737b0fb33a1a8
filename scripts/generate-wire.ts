/**
 * The wire step of `npm run generate`: from the model of spec/control-plane.schema.yaml
 * (schema-model.ts, the one every generator reads), one straight-line serialiser per object
 * type, written to generated/wire.ts. Each writes the
 * canonical JSON of a validated value, as the Rust reference's serde would, directly as a string:
 *
 * - members in the order of the schema's `properties` (serde's declaration order);
 * - an absent member with a `default` is written with it; an absent optional member without
 *   one is left out (serde's `skip_serializing_if = "Option::is_none"`);
 * - an array member marked `x-omit-empty: true` is left out when empty;
 * - a string of `format: date-time` is written through the runtime's `timestamp` (UTC, `Z`,
 *   chrono's fractional digits);
 * - members the schema does not name are kept after the known ones, in their order, through the
 *   runtime's `unknownMembers`.
 *
 * From the same rules, one straight-line *builder* per object type: it makes the canonical
 * object itself (members in schema order, defaults filled, empties omitted, timestamps
 * normalised, unknown members appended after the known ones), so native `JSON.stringify` writes
 * the canonical JSON and the object can be published as it is. JavaScript enumerates a member
 * whose name is an array index ("7") before all others, so an object that gets one cannot be in
 * order: the builder says so (`inOrder: false`) and its caller writes that value with the
 * serialisers instead.
 *
 * And one *checker* per object type: whether a validated value already is its canonical object
 * (a producer that follows the schema sends it so), when `JSON.stringify` of the value as it is
 * writes the canonical JSON and no copy needs building first.
 *
 * The generic pieces (timestamp formatting, unknown members, freezing) are not generated: the
 * module exports factories that take them, so generated/ never imports src/ (src/wire.ts binds
 * them).
 */
import { buildModel, enumOf, type Model, type ObjectType, type TypeRef } from './schema-model.js';

type Json = Record<string, unknown>;

/** A name JavaScript enumerates before every other member of an object: an array index, a canonical integer below 2^32 - 1. */
function isArrayIndex(name: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(name) && Number(name) < 2 ** 32 - 1;
}

/** A JavaScript identifier made of a schema name, for generated locals. */
function identifier(name: string): string {
  return name.replace(/[^A-Za-z0-9_$]/g, '_');
}

class WireGenerator {
  readonly #model: Model;
  readonly #constants: string[] = [];
  readonly #lists = new Map<string, string>();
  #locals = 0;

  constructor(model: Model) {
    this.#model = model;
  }

  /** Object definitions: the ones that get a serialiser. */
  objectTypes(): string[] {
    return this.#model.objects.map((type) => type.name);
  }

  #object(name: string): ObjectType {
    const found = this.#model.objects.find((type) => type.name === name);
    if (!found) throw new Error(`the model has no object ${name}`);
    return found;
  }

  #constant(prefix: string, value: unknown): string {
    const name = `${prefix}_${this.#constants.length}`;
    this.#constants.push(`  const ${name} = deepFreeze(${JSON.stringify(value)});`);
    return name;
  }

  /**
   * Statements appending `prefix` (literal text) and then `value` (an expression, evaluated once)
   * of `type` as JSON to the string `out`.
   */
  statements(type: TypeRef, nullable: boolean, value: string, prefix: string, where: string): string[] {
    const text = (literal: string) => JSON.stringify(literal);
    const push = (...items: string[]) => `out += ${items.join(' + ')};`;
    if (type.kind === 'object') return [push(...(prefix ? [text(prefix)] : []), `write${identifier(type.name)}(${value})`)];
    const local = `v${this.#locals++}`;
    let write: string[];
    if (type.kind === 'array') {
      write = [push(...(prefix ? [text(prefix)] : []), `${this.#list(type.items, `${where}/items`)}(${local})`)];
    } else if (type.kind === 'enum' || type.constant !== undefined) {
      // Validated enum values (or a constant) are among these; when none needs escaping, quoting them is enough.
      const values = type.kind === 'enum' ? enumOf(this.#model, type.name).values : [type.constant];
      const plain = values.every((item) => JSON.stringify(item) === `"${item}"`);
      write = plain ? [push(text(`${prefix}"`), local, "'\"'")] : this.#string(local, prefix);
    } else if (type.scalar === 'timestamp') {
      write = [`${local} = timestamp(${local});`, ...this.#string(local, prefix)];
    } else if (type.scalar === 'string') {
      write = this.#string(local, prefix);
    } else if (type.scalar === 'boolean') {
      write = [push(`${local} ? ${text(`${prefix}true`)} : ${text(`${prefix}false`)}`)];
    } else {
      // A validated integer is in the schema's range, within 2^53 - 1: its decimal form is its
      // JSON.
      write = [push(text(prefix), local)];
    }
    const body = nullable ? [`if (${local} === null) ${push(text(`${prefix}null`))}`, 'else {', ...write.map((line) => `  ${line}`), '}'] : write;
    return [`let ${local} = ${value};`, ...body];
  }

  /** Statements appending a string `local` after `prefix`, escaped only when it needs it. */
  #string(local: string, prefix: string): string[] {
    const text = (literal: string) => JSON.stringify(literal);
    const push = (...items: string[]) => `out += ${items.join(' + ')};`;
    return [
      // Most strings need no escaping: appended as they are, with no copy.
      `if (NEEDS_ESCAPE.test(${local})) ${push(text(prefix), `JSON.stringify(${local})`)}`,
      `else ${push(text(`${prefix}"`), local, "'\"'")}`,
    ];
  }

  /** What names the list functions of an item type: the definition, or else the type itself. */
  #listKey(items: TypeRef): { key: string; name: string | undefined } {
    if (items.kind === 'object' || items.kind === 'enum') return { key: items.name, name: items.name };
    return { key: JSON.stringify(items), name: undefined };
  }

  /**
   * The name of the `kind` function of an array of `items` (writeList…, buildList…, checkList…),
   * its source rendered by `render` and kept the first time it is asked for.
   */
  #listFunction(kind: 'write' | 'build' | 'check', items: TypeRef, render: (name: string) => string[]): string {
    const { key: itemKey, name: named } = this.#listKey(items);
    const key = `${kind}:${itemKey}`;
    let name = this.#lists.get(key);
    if (name === undefined) {
      name = `${kind}List${named ? identifier(named) : `_${this.#lists.size}`}`;
      this.#lists.set(key, name);
      this.#constants.push(render(name).join('\n'));
    }
    return name;
  }

  /** The name of a function writing an array of `items`, generated once per item type. */
  #list(items: TypeRef, where: string): string {
    return this.#listFunction('write', items, (name) => [
      `  function ${name}(items: readonly any[]): string {`,
      `    let out = '[';`,
      `    for (let index = 0; index < items.length; index += 1) {`,
      `      if (index > 0) out += ',';`,
      ...this.statements(items, false, 'items[index]', '', where).map((line) => `      ${line}`),
      `    }`,
      `    return out + ']';`,
      `  }`,
    ]);
  }

  /** The literal of a member's default: inline for a primitive, a frozen constant for an object or array. */
  #default(id: string, fallback: unknown): string {
    return typeof fallback === 'object' && fallback !== null ? this.#constant(`DEFAULT_${id}`, fallback) : JSON.stringify(fallback);
  }

  serializer(name: string): string {
    const { fields } = this.#object(name);
    const id = identifier(name);
    const lines: string[] = [];
    // Whether a member has certainly (or possibly) been written before this one: the comma is
    // then static (or decided at run time); before the first member there is none.
    let written = false;
    let maybeWritten = false;
    let requiredCount = 0;
    let local = 0;
    for (const field of fields) {
      const where = `$defs/${name}/properties/${field.name}`;
      const key = JSON.stringify(field.name);
      const hasDefault = 'default' in field;
      const comma = written ? ',' : '';
      const write = (item: string) => [
        ...(maybeWritten && !written ? ["if (out.length !== 1) out += ',';"] : []),
        ...this.statements(field.type, field.nullable, item, `${comma}${key}:`, where),
      ];
      if (field.required) {
        requiredCount += 1;
        lines.push(...write(`value[${key}]`).map((line) => `    ${line}`));
        written = true;
        maybeWritten = true;
        continue;
      }
      const item = `m${local++}`;
      lines.push(`    let ${item} = value[${key}];`);
      if (hasDefault) {
        lines.push(`    if (${item} === undefined) ${item} = ${this.#default(id, field.default)};`, `    else known += 1;`);
        if (field.omitEmpty) lines.push(`    if (${item}.length > 0) {`, ...write(item).map((line) => `      ${line}`), '    }');
        else lines.push(...write(item).map((line) => `    ${line}`));
      } else {
        lines.push(`    if (${item} !== undefined) {`, `      known += 1;`, ...write(item).map((line) => `      ${line}`), '    }');
      }
      if (hasDefault && !field.omitEmpty) written = true;
      maybeWritten = true;
    }
    const names = fields.map((field) => field.name);
    return [
      `  const KNOWN_${id}: ReadonlySet<string> = new Set(${JSON.stringify(names)});`,
      `  /** ${name}: ${names.join(', ')}. */`,
      `  function write${id}(value: any): string {`,
      `    let out = '{';`,
      `    let known = ${requiredCount};`,
      ...lines,
      `    // Every own member is known unless the counts differ: only then are they looked at.`,
      `    if (Object.keys(value).length !== known) {`,
      `      const extra = unknownMembers(value, KNOWN_${id});`,
      `      out += out.length === 1 ? extra.slice(1) : extra;`,
      `    }`,
      `    return out + '}';`,
      `  }`,
    ].join('\n');
  }

  /**
   * An expression for the canonical form of `value` (an expression without side effects, read
   * at most once) of `type`, and the statements to run before it.
   */
  #build(type: TypeRef, nullable: boolean, value: string, where: string): { before: string[]; expression: string } {
    if (type.kind === 'object') return { before: [], expression: `build${identifier(type.name)}(${value})` };
    let expression: (local: string) => string;
    if (type.kind === 'array') {
      const list = this.#buildList(type.items, `${where}/items`);
      expression = (local) => `${list}(${local})`;
    } else if (type.kind === 'scalar' && type.scalar === 'timestamp') {
      expression = (local) => `timestamp(${local})`;
    } else {
      // A validated primitive: its JSON is what JSON.stringify writes of it.
      return { before: [], expression: value };
    }
    if (!nullable) return { before: [], expression: expression(value) };
    const local = `b${this.#locals++}`;
    return { before: [`const ${local} = ${value};`], expression: `${local} === null ? null : ${expression(local)}` };
  }

  /** The name of a function building an array of `items`, generated once per item type. */
  #buildList(items: TypeRef, where: string): string {
    return this.#listFunction('build', items, (name) => {
      const item = this.#build(items, false, 'items[index]', where);
      return [
        `  function ${name}(items: readonly any[]): any[] {`,
        `    const out: any[] = [];`,
        `    for (let index = 0; index < items.length; index += 1) {`,
        ...item.before.map((line) => `      ${line}`),
        `      out.push(${item.expression});`,
        `    }`,
        `    return seal(out);`,
        `  }`,
      ];
    });
  }

  /**
   * The builder of one object type. The members always present (required, or with a default
   * and never omitted) up to the first that may be missing go into one object literal, so the
   * object is allocated with its shape; the others are added in order after it.
   */
  builder(name: string): string {
    const { fields } = this.#object(name);
    const id = identifier(name);
    const before: string[] = [];
    const literal: string[] = [];
    const after: string[] = [];
    let requiredCount = 0;
    let local = 0;
    for (const field of fields) {
      const member = field.name;
      const where = `$defs/${name}/properties/${member}`;
      if (isArrayIndex(member)) throw new Error(`${where}: a member named like an array index cannot keep its schema position in a JavaScript object`);
      const key = JSON.stringify(member);
      const hasDefault = 'default' in field;
      // An own `__proto__` member is data: a computed key or defineProperty, never `__proto__:`.
      const put = (item: string) =>
        member === '__proto__' ? `Object.defineProperty(out, "__proto__", { value: ${item}, enumerable: true, writable: true, configurable: true });` : `out[${key}] = ${item};`;
      const alwaysPresent = field.required || (hasDefault && !field.omitEmpty);
      if (field.required) requiredCount += 1;
      // Until the first member that may be missing, members go into the literal.
      const inLiteral = alwaysPresent && after.length === 0;
      const target = inLiteral ? before : after;
      let item = `value[${key}]`;
      if (!field.required) {
        item = `m${local++}`;
        target.push(`let ${item} = value[${key}];`);
      }
      if (alwaysPresent) {
        if (!field.required) target.push(`if (${item} === undefined) ${item} = ${this.#default(id, field.default)};`, `else known += 1;`);
        const built = this.#build(field.type, field.nullable, item, where);
        target.push(...built.before);
        if (inLiteral) literal.push(`${member === '__proto__' ? '["__proto__"]' : key}: ${built.expression}`);
        else after.push(put(built.expression));
        continue;
      }
      // Absent, or (x-omit-empty) empty: left out; an omitted member's default is empty.
      const built = this.#build(field.type, field.nullable, item, where);
      after.push(
        `if (${item} !== undefined) {`,
        '  known += 1;',
        ...(field.omitEmpty ? [`  if (${item}.length > 0) {`] : []),
        ...[...built.before, put(built.expression)].map((line) => (field.omitEmpty ? `    ${line}` : `  ${line}`)),
        ...(field.omitEmpty ? ['  }'] : []),
        '}',
      );
    }
    const names = fields.map((field) => field.name);
    return [
      `  const KNOWN_${id}: ReadonlySet<string> = new Set(${JSON.stringify(names)});`,
      `  /** ${name}: ${names.join(', ')}. */`,
      `  function build${id}(value: any): any {`,
      `    let known = ${requiredCount};`,
      ...before.map((line) => `    ${line}`),
      `    const out: any = {${literal.length > 0 ? ` ${literal.join(', ')} ` : ''}};`,
      ...after.map((line) => `    ${line}`),
      `    // Every own member is known unless the counts differ: only then are they looked at.`,
      `    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_${id})) inOrder = false;`,
      `    return seal(out);`,
      `  }`,
    ].join('\n');
  }

  /**
   * A condition that `local` (a validated value of `type`) is already in canonical form, so
   * native `JSON.stringify` writes it as the serialiser would; undefined when every validated
   * value of the type is (strings, numbers, booleans, enum values).
   */
  #check(type: TypeRef, nullable: boolean, local: string): string | undefined {
    let test: string;
    if (type.kind === 'object') test = `check${identifier(type.name)}(${local})`;
    else if (type.kind === 'array') test = `${this.#checkList(type.items)}(${local})`;
    else if (type.kind === 'scalar' && type.scalar === 'timestamp') test = `isCanonicalTimestamp(${local})`;
    else return undefined;
    return nullable ? `(${local} === null || ${test})` : test;
  }

  /** The name of a function checking an array of `items`, generated once per item type. */
  #checkList(items: TypeRef): string {
    return this.#listFunction('check', items, (name) => {
      const item = this.#check(items, false, 'items[index]');
      return [
        `  function ${name}(items: any): boolean {`,
        // A subclass or another realm's array may serialise its own way: only a plain array is taken as it is.
        `    if (Object.getPrototypeOf(items) !== Array.prototype) return false;`,
        ...(item === undefined ? [] : [`    for (let index = 0; index < items.length; index += 1) if (!${item}) return false;`]),
        `    return true;`,
        `  }`,
      ];
    });
  }

  /**
   * The checker of one object type: true when the value is a plain object whose own members are
   * exactly the canonical ones, in schema order (defaults present, empties left out, no unknown
   * member), each already canonical — then `JSON.stringify` of it is its canonical JSON, with no
   * canonical copy built first. False only means "build it": the builder's answer is the same.
   */
  checker(name: string): string {
    const { fields } = this.#object(name);
    const id = identifier(name);
    const lines: string[] = [];
    let local = 0;
    for (const field of fields) {
      const key = JSON.stringify(field.name);
      const item = `c${local++}`;
      const check = this.#check(field.type, field.nullable, item);
      const valueChecks = [...(field.omitEmpty ? [`if (${item}.length === 0) return false;`] : []), ...(check === undefined ? [] : [`if (!${check}) return false;`])];
      const alwaysPresent = field.required || ('default' in field && !field.omitEmpty);
      if (alwaysPresent) {
        lines.push(`if (keys[at] !== ${key}) return false;`, `at += 1;`);
        // A member present as undefined is left out by JSON.stringify, but the builder writes its default.
        const reads = field.required ? valueChecks : [`if (${item} === undefined) return false;`, ...valueChecks];
        if (reads.length > 0) lines.push(`const ${item} = value[${key}];`, ...reads);
      } else {
        lines.push(`if (keys[at] === ${key}) {`, `  at += 1;`, `  const ${item} = value[${key}];`, `  if (${item} === undefined) return false;`, ...valueChecks.map((line) => `  ${line}`), '}');
      }
    }
    // A member named __proto__ reads as the prototype: such a type is always built.
    const body = fields.some((field) => field.name === '__proto__')
      ? ['    return false;']
      : [
          `    if (!isPlainObject(value)) return false;`,
          `    const keys = Object.keys(value);`,
          `    let at = 0;`,
          ...lines.map((line) => `    ${line}`),
          // Anything after the known members is an unknown one: built, to be copied and checked.
          `    return at === keys.length;`,
        ];
    return [`  function check${id}(value: any): boolean {`, ...body, `  }`].join('\n');
  }

  constants(): string[] {
    return this.#constants;
  }

  /** Object definitions with a `default` of their own (for readers that fill one in). */
  defaults(): Array<[string, unknown]> {
    return this.#model.objects.filter((type) => 'default' in type).map((type) => [type.name, type.default]);
  }
}

/**
 * The project's one `deepFreeze`, exported by generated/wire.ts for the other generated modules
 * and for src/ (generated/ imports nothing from src/). Only objects are queued, so a member whose
 * value is `undefined` cannot end the walk early.
 */
const DEEP_FREEZE_SOURCE = `/** Freezes \`value\` and every object in it; iterative, so a deep value cannot overflow the stack. An object already frozen counts as frozen all the way down. */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const item of Object.values(next)) if (typeof item === 'object' && item !== null) pending.push(item);
  }
  return value;
}`;

/**
 * The source of generated/wire.ts for `schema` (spec/control-plane.schema.yaml, parsed).
 * `typesModule` is where the types of the schema's definitions are imported from.
 */
export function wireSource(schema: Json, typesModule = './api-types.js', schemaLabel = 'spec/control-plane.schema.yaml'): string {
  const generator = new WireGenerator(buildModel(schema));
  const types = generator.objectTypes();
  const serializers = types.map((name) => generator.serializer(name));
  const serializerConstants = generator.constants().splice(0);
  const builders = types.map((name) => generator.builder(name));
  const builderConstants = generator.constants().splice(0);
  const checkers = types.map((name) => generator.checker(name));
  const checkerConstants = generator.constants();
  const typeName = (name: string) => (name === 'Error' ? 'ErrorResponse' : name);
  return `
import type { ${types.map((name) => (name === 'Error' ? 'Error as ErrorResponse' : name)).join(', ')} } from '${typesModule}';

/** The generic pieces the serialisers call (src/wire.ts provides them). */
export interface WireRuntime {
  /** A validated RFC 3339 timestamp as the reference writes it. */
  timestamp(value: string): string;
  /** \`,"name":json\` for each own member of \`value\` not in \`known\`, in order; '' when none. */
  unknownMembers(value: object, known: ReadonlySet<string>): string;
}

/** One serialiser per object type of ${schemaLabel}: the canonical JSON of a validated value. */
export interface WireSerializers {
${types.map((name) => `  ${name}(value: ${typeName(name)}): string;`).join('\n')}
}

${DEEP_FREEZE_SOURCE}

/** The \`default\` of each definition that has one, as a reader fills it in. */
export const DEFAULTS = {
${generator
  .defaults()
  .map(([name, value]) => `  ${name}: deepFreeze(${JSON.stringify(value)}) as Readonly<${typeName(name)}>,`)
  .join('\n')}
} as const;

/** Builds the serialisers around the generic pieces. */
export function createWireSerializers(runtime: WireRuntime): WireSerializers {
  const { timestamp, unknownMembers } = runtime;

  // What JSON.stringify would escape in a string: quotes, backslashes, controls, surrogates.
  const NEEDS_ESCAPE = /["\\\\\\u0000-\\u001f\\ud800-\\udfff]/;

${serializerConstants.join('\n\n')}

${serializers.join('\n\n')}

  return {
${types.map((name) => `    ${name}: write${identifier(name)},`).join('\n')}
  };
}

/** The generic pieces the builders call (src/wire.ts provides them). */
export interface WireBuildRuntime {
  /** A validated RFC 3339 timestamp as the reference writes it. */
  timestamp(value: string): string;
  /**
   * Adds to \`target\` each own member of \`source\` not in \`known\`, in order, as data (a
   * \`__proto__\` too); false when one is named like an array index, which JavaScript enumerates
   * before the known members.
   */
  appendUnknown(target: object, source: object, known: ReadonlySet<string>): boolean;
  /** A JSON copy of a value the schema does not pin down to one type. */
  copy(value: unknown): unknown;
  /** Called on every object and array the builders make, once it is complete. */
  seal<T extends object>(value: T): T;
}

/** A canonical object, and whether \`JSON.stringify\` writes it in canonical order. */
export interface Built<T> {
  readonly value: T;
  /** False when some object got a member named like an array index: write it with the serialisers. */
  readonly inOrder: boolean;
}

/** One builder per object type of ${schemaLabel}: the canonical object of a validated value. */
export interface WireBuilders {
${types.map((name) => `  ${name}(value: ${typeName(name)}): Built<${typeName(name)}>;`).join('\n')}
}

/** Builds the builders around the generic pieces. */
export function createWireBuilders(runtime: WireBuildRuntime): WireBuilders {
  const { timestamp, appendUnknown, seal } = runtime;
  // Cleared by each call of a builder below; any object out of order sets it.
  let inOrder = true;

${builderConstants.join('\n\n')}

${builders.join('\n\n')}

  return {
${types
  .map((name) => `    ${name}(value) {\n      inOrder = true;\n      const built = build${identifier(name)}(value);\n      return { value: built, inOrder };\n    },`)
  .join('\n')}
  };
}

/** The generic pieces the checkers call (src/wire.ts provides them). */
export interface WireCheckRuntime {
  /** Whether a validated RFC 3339 timestamp is already written as the reference writes it. */
  isCanonicalTimestamp(value: string): boolean;
}

/**
 * One checker per object type of ${schemaLabel}: whether a validated value is already its own
 * canonical object (members in order, defaults present, empties left out, timestamps canonical,
 * nothing unknown, only plain objects and arrays), so \`JSON.stringify\` writes its canonical
 * JSON as it is. What producers that follow the schema send usually is.
 */
export interface WireCheckers {
${types.map((name) => `  ${name}(value: ${typeName(name)}): boolean;`).join('\n')}
}

/** Builds the checkers around the generic pieces. */
export function createWireCheckers(runtime: WireCheckRuntime): WireCheckers {
  const { isCanonicalTimestamp } = runtime;

  // Another prototype may carry a toJSON or getters of its own: only plain objects are taken as they are.
  function isPlainObject(value: object): boolean {
    const prototype: unknown = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
  }

${checkerConstants.join('\n\n')}

${checkers.join('\n\n')}

  return {
${types.map((name) => `    ${name}: check${identifier(name)},`).join('\n')}
  };
}
`;
}
