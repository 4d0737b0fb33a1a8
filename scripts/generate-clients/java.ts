/** Renders the Java models (Java 17 records, Jackson's tree model for parsing, strict decoders). */
import type { EnumType, Field, Model, ObjectType, TypeRef } from '../schema-model.js';
import { camel, pascal } from './model.js';
import { javadoc } from '../generate-contract.js';
import { accessPhrase, answerPhrase, camelParameter, wrap, type ClientOperation, type QueryType } from './operations.js';

export const JAVA_PACKAGE = 'opensymphony.control';

const PRELUDE = `package ${JAVA_PACKAGE};

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The OpenSymphony control-plane types, generated from spec/control-plane.schema.yaml.
 *
 * <p>Decoding is strict where the contract is: required fields, types, ranges, enum values and
 * RFC 3339 timestamps are checked, and null is refused where the contract has no null; a
 * violation throws {@link DecodeException} with its JSON Pointer. Fields this version does not
 * know are ignored. Unsigned 64-bit counts are {@link BigInteger}, so nothing is rounded;
 * timestamps are {@link Instant}s, to the nanosecond.
 */
public final class Models {
    private Models() {}

    static final BigInteger U32_MAX = BigInteger.valueOf(4294967295L);
    static final BigInteger U64_MAX = new BigInteger("18446744073709551615");

    /** A payload that does not match the contract, at a JSON Pointer. */
    public static final class DecodeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final String path;

        public DecodeException(String path, String message) {
            super((path.isEmpty() ? "(root)" : path) + ": " + message);
            this.path = path;
        }
    }

    static String at(String path, String key) {
        return path + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) throw new DecodeException(path, "expected an object");
        return node;
    }

    static JsonNode field(JsonNode object, String name, String path, boolean required, boolean nullable) {
        JsonNode value = object.get(name);
        if (value == null) {
            if (required) throw new DecodeException(at(path, name), "is required");
            return null;
        }
        if (value.isNull()) {
            if (nullable) return null;
            throw new DecodeException(at(path, name), "must not be null");
        }
        return value;
    }

    static String string(JsonNode node, String path) {
        if (!node.isTextual()) throw new DecodeException(path, "expected a string");
        return node.textValue();
    }

    static boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) throw new DecodeException(path, "expected a boolean");
        return node.booleanValue();
    }

    static BigInteger integer(JsonNode node, String path, long minimum, BigInteger maximum) {
        if (!node.isIntegralNumber()) throw new DecodeException(path, "expected an integer");
        BigInteger value = node.bigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(minimum)) < 0 || value.compareTo(maximum) > 0) {
            throw new DecodeException(path, "expected an integer from " + minimum + " to " + maximum + ", got " + value);
        }
        return value;
    }

    static Instant timestamp(JsonNode node, String path) {
        String text = string(node, path);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException error) {
            throw new DecodeException(path, "expected an RFC 3339 timestamp, got \\"" + text + "\\"");
        }
    }

    static <T> List<T> list(JsonNode node, String path, BiFunction<JsonNode, String, T> item) {
        if (!node.isArray()) throw new DecodeException(path, "expected an array");
        List<T> values = new ArrayList<>();
        for (int index = 0; index < node.size(); index++) values.add(item.apply(node.get(index), path + "/" + index));
        return List.copyOf(values);
    }

    /** Instant.toString() is ISO-8601 in UTC with 0, 3, 6 or 9 fractional digits: the reference's form. */
    static String encodeInstant(Instant value) {
        return value.toString();
    }
`;

function javaType(type: TypeRef): string {
  switch (type.kind) {
    case 'scalar':
      return { string: 'String', boolean: 'Boolean', u32: 'Long', u64: 'BigInteger', timestamp: 'Instant' }[type.scalar];
    case 'enum':
    case 'object':
      return type.name;
    case 'array':
      return `List<${javaType(type.items)}>`;
  }
}

function decodeExpression(type: TypeRef, node: string, path: string): string {
  switch (type.kind) {
    case 'scalar':
      switch (type.scalar) {
        case 'string':
          return type.constant === undefined ? `string(${node}, ${path})` : `constant(${node}, ${path}, ${JSON.stringify(type.constant)})`;
        case 'boolean':
          return `bool(${node}, ${path})`;
        case 'u32':
          return `integer(${node}, ${path}, ${type.minimum ?? 0}, U32_MAX).longValueExact()`;
        case 'u64':
          return `integer(${node}, ${path}, ${type.minimum ?? 0}, U64_MAX)`;
        case 'timestamp':
          return `timestamp(${node}, ${path})`;
      }
      break;
    case 'enum':
    case 'object':
      return `${type.name}.decode(${node}, ${path})`;
    case 'array':
      return `list(${node}, ${path}, (item, itemPath) -> ${decodeExpression(type.items, 'item', 'itemPath')})`;
  }
}

function encodeStatement(field: Field, value: string): string {
  const put = (expression: string) => `out.put(${JSON.stringify(field.name)}, ${expression})`;
  switch (field.type.kind) {
    case 'scalar':
      return field.type.scalar === 'timestamp' ? put(`encodeInstant(${value})`) : field.type.scalar === 'u64' ? `out.put(${JSON.stringify(field.name)}, ${value})` : put(value);
    case 'enum':
      return put(`${value}.wire`);
    case 'object':
      return `out.set(${JSON.stringify(field.name)}, ${value}.encode(mapper))`;
    case 'array': {
      const items = field.type.items;
      const element =
        items.kind === 'object' ? 'item.encode(mapper)' : items.kind === 'enum' ? 'mapper.getNodeFactory().textNode(item.wire)' : items.kind === 'scalar' && items.scalar === 'timestamp' ? 'mapper.getNodeFactory().textNode(encodeInstant(item))' : 'mapper.valueToTree(item)';
      return `{ ArrayNode array = out.putArray(${JSON.stringify(field.name)}); for (var item : ${value}) array.add(${element}); }`;
    }
  }
}

function renderEnum(type: EnumType): string {
  const members = type.values.map((value) => `${value.toUpperCase()}(${JSON.stringify(value)})`).join(', ');
  return `
    /** ${type.name}: ${type.description} */
    public enum ${type.name} {
        ${members};

        public final String wire;

        ${type.name}(String wire) {
            this.wire = wire;
        }

        static ${type.name} decode(JsonNode node, String path) {
            String text = string(node, path);
            for (${type.name} value : values()) if (value.wire.equals(text)) return value;
            throw new DecodeException(path, "expected one of ${type.values.join(', ')}, got \\"" + text + "\\"");
        }
    }
`;
}

function defaultExpression(field: Field): string {
  if (Array.isArray(field.default)) return 'List.of()';
  if (field.default === 0) return field.type.kind === 'scalar' && field.type.scalar === 'u64' ? 'BigInteger.ZERO' : '0L';
  if (field.type.kind === 'object') {
    const values = field.default as Record<string, unknown>;
    return `new ${field.type.name}(${OBJECT_FIELDS.get(field.type.name)!.map((name) => (name in values ? JSON.stringify(values[name]) : 'null')).join(', ')})`;
  }
  return 'null';
}

const OBJECT_FIELDS = new Map<string, string[]>();

function renderObject(type: ObjectType): string {
  const components = type.fields.map((field) => `${javaType(field.type)} ${camel(field.name)}`).join(', ');
  // Locals are prefixed so a field called `path` or `node` cannot shadow the decoder's own.
  const local = (field: Field) => `field${pascal(field.name)}`;
  const decodes = type.fields.map((field) => {
    const node = `node${pascal(field.name)}`;
    const fallback = field.default !== undefined ? defaultExpression(field) : 'null';
    return `            JsonNode ${node} = field(node, ${JSON.stringify(field.name)}, path, ${field.required}, ${field.nullable});
            ${javaType(field.type)} ${local(field)} = ${node} == null ? ${fallback} : ${decodeExpression(field.type, node, `at(path, ${JSON.stringify(field.name)})`)};`;
  });
  const encodes = type.fields.map((field) => {
    const name = camel(field.name);
    const statement = encodeStatement(field, name);
    if (field.nullable && field.required) return `            if (${name} == null) out.putNull(${JSON.stringify(field.name)}); else ${statement};`;
    if (Array.isArray(field.default)) return `            if (!${name}.isEmpty()) ${statement};`;
    if (!field.required && field.default === undefined) return `            if (${name} != null) ${statement};`;
    return `            ${statement};`;
  });
  return `
    /** ${type.name}: ${type.description} */
    public record ${type.name}(${components}) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static ${type.name} decode(JsonNode node, String path) {
            object(node, path);
${decodes.join('\n')}
            return new ${type.name}(${type.fields.map(local).join(', ')});
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
${encodes.join('\n')}
            return out;
        }
    }
`;
}

export function renderJavaModels(model: Model): string {
  for (const type of model.objects) OBJECT_FIELDS.set(type.name, type.fields.map((field) => field.name));
  const constant = `
    static String constant(JsonNode node, String path, String expected) {
        String text = string(node, path);
        if (!text.equals(expected)) throw new DecodeException(path, "expected \\"" + expected + "\\", got \\"" + text + "\\"");
        return text;
    }
`;
  return `${PRELUDE}${constant}${model.enums.map(renderEnum).join('')}${model.objects.map(renderObject).join('')}}\n`;
}

// ---- the client's methods, one per JSON operation (operations.ts says which) ----

const JAVA_QUERY_TYPES: Record<QueryType, { required: string; optional: string }> = {
  string: { required: 'String', optional: 'String' },
  integer: { required: 'long', optional: 'Long' },
  boolean: { required: 'boolean', optional: 'Boolean' },
};
/** Java's keywords and the names a method's body already uses: a query parameter named so gains a `Param` suffix. */
const JAVA_TAKEN = [
  ...['abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum', 'extends', 'final'],
  ...['finally', 'float', 'for', 'goto', 'if', 'implements', 'import', 'instanceof', 'int', 'interface', 'long', 'native', 'new', 'package', 'private', 'protected', 'public'],
  ...['return', 'short', 'static', 'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try', 'void', 'volatile', 'while', 'true', 'false', 'null'],
  ...['body', 'token', 'parameters', 'url'],
];
/** Javadoc is wrapped to stay within about 100 characters. */
const JAVA_DOC_WIDTH = 92;

function javaParameter(wire: string): string {
  return camelParameter(wire, JAVA_TAKEN);
}

function javaResult(operation: ClientOperation): string {
  return operation.response.kind === 'model' ? `Models.${operation.response.name}` : 'ObjectNode';
}

function javaDoc(operation: ClientOperation): string {
  const summary = operation.summary;
  const token = accessPhrase(operation, '(the token argument)');
  const decoded = answerPhrase(operation);
  const paragraphs = [
    `${operation.operationId}: ${summary}${/[.!?]$/.test(summary) ? '' : '.'}`,
    `${operation.method} /${operation.path}, ${token}; ${decoded}, within the snapshot timeout (the body included).${operation.body ? ' A refusal is a REQUEST error with its status and the server\'s Error envelope.' : ''}`,
    ...operation.query.map((parameter) => `${javaParameter(parameter.name)} is the query parameter ${parameter.name}${parameter.required ? '' : ' (left out when null)'}${parameter.description ? `: ${parameter.description}` : '.'}`),
    ...operation.paragraphs,
  ];
  const lines = paragraphs.flatMap((paragraph, index) => [...(index > 0 ? ['<p>'] : []), ...wrap(javadoc(paragraph), JAVA_DOC_WIDTH - 7)]);
  return ['    /**', ...lines.map((line) => `     * ${line}`), '     */'].join('\n');
}

function renderJavaMethod(operation: ClientOperation): string {
  const parameters = [
    ...operation.query.map((parameter) => `${JAVA_QUERY_TYPES[parameter.type][parameter.required ? 'required' : 'optional']} ${javaParameter(parameter.name)}`),
    ...(operation.body ? [`Models.${operation.body} body`] : []),
    ...(operation.access === 'publish' ? ['String token'] : []),
  ];
  const path = JSON.stringify(operation.path);
  const lines: string[] = [];
  if (operation.body) lines.push(`if (body == null) throw missingBody(${path});`);
  if (operation.query.length > 0) lines.push(`Map<String, String> parameters = new LinkedHashMap<>();`);
  for (const parameter of operation.query) {
    const value = javaParameter(parameter.name);
    const put = `parameters.put(${JSON.stringify(parameter.name)}, String.valueOf(${value}));`;
    lines.push(parameter.required && parameter.type !== 'string' ? put : `if (${value} != null) ${put}`);
  }
  const exchange = `exchange(${JSON.stringify(operation.method)}, ${path}, ${operation.query.length > 0 ? 'parameters' : 'Map.of()'}, ${operation.body ? 'body.encode(MAPPER)' : 'null'}, ${operation.access === 'publish' ? 'token' : 'options.readToken'})`;
  if (operation.response.kind === 'model') {
    lines.push(`return decode(${exchange}, resolve(${path}), Models.${operation.response.name}::decode);`);
  } else {
    lines.push(`return object(${exchange}, resolve(${path})${operation.response.required.map((member) => `, ${JSON.stringify(member)}`).join('')});`);
  }
  return `${javaDoc(operation)}\n    public ${javaResult(operation)} ${operation.operationId}(${parameters.join(', ')}) throws ControlPlaneException {\n${lines.map((line) => `        ${line}`).join('\n')}\n    }\n`;
}

/** The methods of ControlPlaneClient, one per JSON operation. */
export function renderJavaMethods(operations: readonly ClientOperation[]): string {
  return operations.map(renderJavaMethod).join('\n');
}
