/**
 * Renders the Go client's generated parts (standard library only): the models, structs with JSON
 * tags and strict decoders, and the client's one method per JSON operation.
 */
import { goName } from '../generate-contract.js';
import type { EnumType, Field, Model, ObjectType, TypeRef } from '../schema-model.js';
import { pascal } from './model.js';
import { accessPhrase, answerPhrase, camelParameter, wrap, type ClientOperation, type QueryType } from './operations.js';

export const GO_PACKAGE = 'controlplane';

// The package documentation lives in doc.go (templates/go/doc.go): one file documents a Go package.
const PRELUDE = `package ${GO_PACKAGE}

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DecodeError is a payload that does not match the contract, at a JSON Pointer.
type DecodeError struct {
	Path    string
	Message string
}

func (e *DecodeError) Error() string {
	path := e.Path
	if path == "" {
		path = "(root)"
	}
	return path + ": " + e.Message
}

func wrap(err error, field string) error {
	if inner, ok := err.(*DecodeError); ok {
		return &DecodeError{Path: "/" + field + inner.Path, Message: inner.Message}
	}
	return &DecodeError{Path: "/" + field, Message: err.Error()}
}

func isNull(raw json.RawMessage) bool {
	return bytes.Equal(bytes.TrimSpace(raw), []byte("null"))
}

func decodeObject(data []byte) (map[string]json.RawMessage, error) {
	if isNull(data) || !bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		return nil, &DecodeError{Message: "expected an object"}
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, &DecodeError{Message: err.Error()}
	}
	return raw, nil
}

func decodeField(raw map[string]json.RawMessage, name string, required, nullable bool, target interface{}) (bool, error) {
	value, present := raw[name]
	if !present {
		if required {
			return false, &DecodeError{Path: "/" + name, Message: "is required"}
		}
		return false, nil
	}
	if isNull(value) {
		if nullable {
			return true, nil
		}
		return false, &DecodeError{Path: "/" + name, Message: "must not be null"}
	}
	if err := json.Unmarshal(value, target); err != nil {
		return false, wrap(err, name)
	}
	return true, nil
}

// decodeListField decodes an array element by element, so an error names its index.
func decodeListField[T any](raw map[string]json.RawMessage, name string, required bool, target *[]T) error {
	value, present := raw[name]
	if !present {
		if required {
			return &DecodeError{Path: "/" + name, Message: "is required"}
		}
		return nil
	}
	var items []json.RawMessage
	if isNull(value) || json.Unmarshal(value, &items) != nil {
		return &DecodeError{Path: "/" + name, Message: "expected an array"}
	}
	list := make([]T, len(items))
	for index, item := range items {
		if isNull(item) {
			return &DecodeError{Path: "/" + name + "/" + strconv.Itoa(index), Message: "must not be null"}
		}
		if err := json.Unmarshal(item, &list[index]); err != nil {
			return wrap(wrap(err, strconv.Itoa(index)), name)
		}
	}
	*target = list
	return nil
}

// Timestamp is an RFC 3339 instant with nanoseconds. It is written as the reference writes
// it: UTC, "Z", and 0, 3, 6 or 9 fractional digits.
type Timestamp struct{ time.Time }

// UnmarshalJSON reads an RFC 3339 string.
func (t *Timestamp) UnmarshalJSON(data []byte) error {
	var text string
	if err := json.Unmarshal(data, &text); err != nil {
		return &DecodeError{Message: "expected an RFC 3339 timestamp string"}
	}
	parsed, err := time.Parse(time.RFC3339Nano, strings.Replace(strings.Replace(text, "t", "T", 1), "z", "Z", 1))
	if err != nil {
		return &DecodeError{Message: fmt.Sprintf("expected an RFC 3339 timestamp, got %q", text)}
	}
	t.Time = parsed
	return nil
}

// String is the reference's form of the instant.
func (t Timestamp) String() string {
	utc := t.UTC()
	whole := utc.Format("2006-01-02T15:04:05")
	nanos := utc.Nanosecond()
	switch {
	case nanos == 0:
		return whole + "Z"
	case nanos%1000000 == 0:
		return fmt.Sprintf("%s.%03dZ", whole, nanos/1000000)
	case nanos%1000 == 0:
		return fmt.Sprintf("%s.%06dZ", whole, nanos/1000)
	default:
		return fmt.Sprintf("%s.%09dZ", whole, nanos)
	}
}

// MarshalJSON writes the reference's form.
func (t Timestamp) MarshalJSON() ([]byte, error) {
	return json.Marshal(t.String())
}
`;

function goType(type: TypeRef): string {
  switch (type.kind) {
    case 'scalar':
      return { string: 'string', boolean: 'bool', u32: 'uint32', u64: 'uint64', timestamp: 'Timestamp' }[type.scalar];
    case 'enum':
    case 'object':
      return type.name;
    case 'array':
      return `[]${goType(type.items)}`;
  }
}

function goField(name: string): string {
  return pascal(name).replace(/Url$/, 'URL').replace(/Id$/, 'ID');
}

function renderEnum(type: EnumType): string {
  // Aligned as gofmt aligns a const block, so the output is gofmt-clean as written.
  const names = type.values.map((value) => `${type.name}${pascal(value)}`);
  const width = Math.max(...names.map((name) => name.length));
  const constants = type.values.map((value, index) => `\t${names[index]!.padEnd(width)} ${type.name} = ${JSON.stringify(value)}`);
  const cases = type.values.map((value) => JSON.stringify(value)).join(', ');
  return `// ${type.name}: ${type.description}
type ${type.name} string

const (
${constants.join('\n')}
)

// UnmarshalJSON refuses values the contract does not define.
func (v *${type.name}) UnmarshalJSON(data []byte) error {
\tvar text string
\tif err := json.Unmarshal(data, &text); err != nil {
\t\treturn &DecodeError{Message: "expected a string"}
\t}
\tswitch text {
\tcase ${cases}:
\t\t*v = ${type.name}(text)
\t\treturn nil
\t}
\treturn &DecodeError{Message: fmt.Sprintf("expected one of ${type.values.join(', ')}, got %q", text)}
}
`;
}

function isPointer(field: Field): boolean {
  return (!field.required && field.default === undefined) || field.nullable;
}

function declaration(field: Field): string {
  const base = goType(field.type);
  const type = isPointer(field) && field.type.kind !== 'array' ? `*${base}` : base;
  const omit = (!field.required && field.default === undefined) || Array.isArray(field.default) ? ',omitempty' : '';
  return `\t// ${field.description}\n\t${goField(field.name)} ${type} \`json:"${field.name}${omit}"\``;
}

function checks(field: Field): string[] {
  const target = `v.${goField(field.name)}`;
  const lines: string[] = [];
  if (field.type.kind === 'scalar' && field.type.minimum !== undefined) {
    const value = isPointer(field) ? `*${target}` : target;
    lines.push(`\tif ${isPointer(field) ? `${target} != nil && ` : ''}${value} < ${field.type.minimum} {\n\t\treturn &DecodeError{Path: "/${field.name}", Message: "must be at least ${field.type.minimum}"}\n\t}`);
  }
  if (field.type.kind === 'scalar' && field.type.constant !== undefined) {
    lines.push(`\tif ${target} != ${JSON.stringify(field.type.constant)} {\n\t\treturn &DecodeError{Path: "/${field.name}", Message: "must be ${field.type.constant}"}\n\t}`);
  }
  return lines;
}

function defaultValue(field: Field): string | undefined {
  if (field.default === undefined || Array.isArray(field.default) || field.default === 0) return undefined;
  if (field.type.kind !== 'object') return undefined;
  const entries = Object.entries(field.default as Record<string, unknown>).map(([key, value]) => `${goField(key)}: ${JSON.stringify(value)}`);
  return `${field.type.name}{${entries.join(', ')}}`;
}

function renderObject(type: ObjectType): string {
  const decoders = type.fields.map((field) => {
    const target = `v.${goField(field.name)}`;
    const fallback = defaultValue(field);
    if (field.type.kind === 'array') {
      return `\tif err := decodeListField(raw, ${JSON.stringify(field.name)}, ${field.required}, &${target}); err != nil {\n\t\treturn err\n\t}`;
    }
    const decode = `decodeField(raw, ${JSON.stringify(field.name)}, ${field.required}, ${field.nullable}, &${target})`;
    if (fallback) return `\tif present, err := ${decode}; err != nil {\n\t\treturn err\n\t} else if !present {\n\t\t${target} = ${fallback}\n\t}`;
    return `\tif _, err := ${decode}; err != nil {\n\t\treturn err\n\t}`;
  });
  return `// ${type.name}: ${type.description}
type ${type.name} struct {
${type.fields.map(declaration).join('\n')}
}

// UnmarshalJSON enforces the contract: required fields present, no null where none is
// allowed, defaults for absent fields; unknown fields are ignored.
func (v *${type.name}) UnmarshalJSON(data []byte) error {
\traw, err := decodeObject(data)
\tif err != nil {
\t\treturn err
\t}
\t*v = ${type.name}{}
${decoders.join('\n')}
${type.fields.flatMap(checks).join('\n')}
\treturn nil
}
`;
}

export function renderGoModels(model: Model): string {
  return [PRELUDE, ...model.enums.map(renderEnum), ...model.objects.map(renderObject)].join('\n');
}

// ---- the client's methods: one per JSON operation of spec/openapi.yaml (see operations.ts) ----

const GO_QUERY_TYPES: Record<QueryType, string> = { string: 'string', integer: 'int64', boolean: 'bool' };
const GO_QUERY_FORMAT: Record<QueryType, (value: string) => string> = {
  string: (value) => value,
  integer: (value) => `strconv.FormatInt(${value}, 10)`,
  boolean: (value) => `strconv.FormatBool(${value})`,
};
/** Go's keywords and the names a method's body already uses: a query parameter named so gains a `Param` suffix. */
const GO_TAKEN = [
  ...['break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var'],
  ...['c', 'ctx', 'body', 'token', 'query', 'result', 'err'],
];
/** Doc comments are wrapped to stay within about 100 characters. */
const GO_DOC_WIDTH = 96;

function goParameter(wire: string): string {
  return camelParameter(wire, GO_TAKEN);
}

export function goMethodName(operation: ClientOperation): string {
  return goName(operation.snakeName);
}

function goResult(operation: ClientOperation): string {
  return operation.response.kind === 'model' ? `*${operation.response.name}` : 'JSONObject';
}

/** The summary as the rest of a sentence: `Read the current snapshot` → `read the current snapshot` (an initialism stays). */
function lowerSummary(operation: ClientOperation): string {
  return /^[A-Z][a-z]/.test(operation.summary) ? operation.summary.charAt(0).toLowerCase() + operation.summary.slice(1) : operation.summary;
}

function goDoc(operation: ClientOperation): string {
  const summary = lowerSummary(operation);
  const token = accessPhrase(operation, '(the token argument)');
  const decoded = answerPhrase(operation);
  const paragraphs = [
    `${goMethodName(operation)} calls ${operation.operationId}: ${summary}${/[.!?]$/.test(summary) ? '' : '.'}`,
    `${operation.method} /${operation.path}, ${token}; ${decoded}, within SnapshotTimeout (the body included).${operation.body ? ` A refusal is a request error with Status and Body.` : ''}`,
    ...operation.query.map((parameter) => `${goParameter(parameter.name)} is the query parameter ${parameter.name}${parameter.required ? '' : ' (left out when nil)'}${parameter.description ? `: ${parameter.description}` : '.'}`),
    ...operation.paragraphs,
  ];
  return paragraphs
    .flatMap((paragraph, index) => [...(index > 0 ? [''] : []), ...wrap(paragraph, GO_DOC_WIDTH - 3)])
    .map((line) => (line ? `// ${line}` : '//'))
    .join('\n');
}

function renderGoMethod(operation: ClientOperation): string {
  const name = goMethodName(operation);
  const parameters = [
    'ctx context.Context',
    ...operation.query.map((parameter) => `${goParameter(parameter.name)} ${parameter.required ? '' : '*'}${GO_QUERY_TYPES[parameter.type]}`),
    ...(operation.body ? [`body *${operation.body}`] : []),
    ...(operation.access === 'publish' ? ['token string'] : []),
  ];
  const path = JSON.stringify(operation.path);
  const lines: string[] = [];
  if (operation.body) lines.push('if body == nil {', `\treturn nil, c.missingBody(${path})`, '}');
  if (operation.query.length > 0) {
    lines.push('query := url.Values{}');
    for (const parameter of operation.query) {
      const value = goParameter(parameter.name);
      const format = GO_QUERY_FORMAT[parameter.type];
      if (parameter.required) lines.push(`query.Set(${JSON.stringify(parameter.name)}, ${format(value)})`);
      else lines.push(`if ${value} != nil {`, `\tquery.Set(${JSON.stringify(parameter.name)}, ${format(`*${value}`)})`, '}');
    }
  }
  const method = `http.Method${operation.method.charAt(0)}${operation.method.slice(1).toLowerCase()}`;
  const exchange = `c.exchange(ctx, ${method}, ${path}, ${operation.query.length > 0 ? 'query' : 'nil'}, ${operation.body ? 'body' : 'nil'}, ${operation.access === 'publish' ? 'token' : 'c.readToken'}, &result)`;
  if (operation.response.kind === 'model') {
    lines.push(`var result ${operation.response.name}`, `if err := ${exchange}; err != nil {`, '\treturn nil, err', '}', 'return &result, nil');
  } else {
    const required = operation.response.required.map((member) => JSON.stringify(member)).join(', ');
    lines.push('var result JSONObject', `if err := ${exchange}; err != nil {`, '\treturn nil, err', '}');
    if (required) lines.push(`if err := requireMembers(result, ${required}); err != nil {`, '\treturn nil, err', '}');
    lines.push('return result, nil');
  }
  return `${goDoc(operation)}\nfunc (c *Client) ${name}(${parameters.join(', ')}) (${goResult(operation)}, error) {\n${lines.map((line) => `\t${line}`).join('\n')}\n}\n`;
}

/** The methods of Client, one per JSON operation. */
export function renderGoMethods(operations: readonly ClientOperation[]): string {
  return operations.map(renderGoMethod).join('\n');
}

/** One doc-comment list item per method, for doc.go (indented as gofmt writes a list). */
export function goMethodList(operations: readonly ClientOperation[]): string {
  return operations.map((operation) => `//   - ${goMethodName(operation)} (${operation.method} /${operation.path}): ${lowerSummary(operation)}`).join('\n');
}
