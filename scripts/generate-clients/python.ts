/**
 * Renders the Python client's generated parts (standard library only): the models, dataclasses
 * with strict decoders and encoders, and the client's one method per JSON operation.
 */
import type { EnumType, Field, Model, ObjectType, TypeRef } from '../schema-model.js';
import { accessPhrase, answerPhrase, wrap, type ClientOperation, type QueryType } from './operations.js';

const PRELUDE = `"""The OpenSymphony control-plane types, generated from spec/control-plane.schema.yaml.

Decoding is strict where the contract is: required fields, types, ranges, enum values and RFC 3339
timestamps are checked, and a violation raises DecodeError with its JSON Pointer. Fields this
version does not know are ignored. Integers are Python ints, so 64-bit counts are exact;
timestamps keep their nanoseconds.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import enum
import re
from typing import Any, Callable, Dict, List, Optional, TypeVar

T = TypeVar("T")
U32_MAX = 4294967295
U64_MAX = 18446744073709551615


class DecodeError(ValueError):
    """A payload that does not match the contract; \`path\` is a JSON Pointer into it."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path or '(root)'}: {message}")
        self.path = path
        self.message = message


_RFC3339 = re.compile(
    r"^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?([Zz]|[+-]\\d{2}:\\d{2})$"
)


@dataclasses.dataclass(frozen=True, order=True)
class Timestamp:
    """An RFC 3339 instant, kept to the nanosecond (UTC seconds since the epoch + nanoseconds)."""

    seconds: int
    nanos: int

    @classmethod
    def parse(cls, text: str, path: str = "") -> "Timestamp":
        match = _RFC3339.match(text)
        if not match:
            raise DecodeError(path, f"expected an RFC 3339 timestamp, got {text!r}")
        year, month, day, hour, minute, second, fraction, zone = match.groups()
        try:
            offset = _dt.timedelta(0)
            if zone not in ("Z", "z"):
                sign = -1 if zone[0] == "-" else 1
                offset = sign * _dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
            leap = int(second) == 60
            moment = _dt.datetime(
                int(year), int(month), int(day), int(hour), int(minute), 59 if leap else int(second),
                tzinfo=_dt.timezone(offset),
            )
        except ValueError as error:
            raise DecodeError(path, f"expected an RFC 3339 timestamp, got {text!r} ({error})") from None
        seconds = int((moment - _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)).total_seconds()) + (1 if leap else 0)
        nanos = int((fraction or "")[:9].ljust(9, "0"))
        return cls(seconds, nanos)

    def to_datetime(self) -> _dt.datetime:
        """As an aware datetime in UTC (microsecond precision: Python's datetime holds no more)."""
        return _dt.datetime.fromtimestamp(self.seconds, _dt.timezone.utc) + _dt.timedelta(microseconds=self.nanos // 1000)

    def __str__(self) -> str:
        whole = _dt.datetime.fromtimestamp(self.seconds, _dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        digits = f"{self.nanos:09d}"
        if self.nanos == 0:
            return f"{whole}Z"
        if digits.endswith("000000"):
            return f"{whole}.{digits[:3]}Z"
        if digits.endswith("000"):
            return f"{whole}.{digits[:6]}Z"
        return f"{whole}.{digits}Z"


def _pointer(path: str, key: Any) -> str:
    return f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}"


def _object(value: Any, path: str) -> Dict[str, Any]:
    if not isinstance(value, dict):
        raise DecodeError(path, f"expected an object, got {type(value).__name__}")
    return value


def _string(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise DecodeError(path, f"expected a string, got {type(value).__name__}")
    return value


def _boolean(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise DecodeError(path, f"expected a boolean, got {type(value).__name__}")
    return value


def _integer(value: Any, path: str, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DecodeError(path, f"expected an integer, got {value!r}")
    if value < minimum or value > maximum:
        raise DecodeError(path, f"expected an integer from {minimum} to {maximum}, got {value}")
    return value


def _timestamp(value: Any, path: str) -> Timestamp:
    return Timestamp.parse(_string(value, path), path)


def _list(value: Any, path: str, item: Callable[[Any, str], T]) -> List[T]:
    if not isinstance(value, list):
        raise DecodeError(path, f"expected an array, got {type(value).__name__}")
    return [item(entry, _pointer(path, index)) for index, entry in enumerate(value)]


def _enum(kind: Any, value: Any, path: str) -> Any:
    text = _string(value, path)
    try:
        return kind(text)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise DecodeError(path, f"expected one of {allowed}, got {text!r}") from None


def _required(data: Dict[str, Any], name: str, path: str) -> Any:
    if name not in data:
        raise DecodeError(_pointer(path, name), "is required")
    return data[name]


def _encode(value: Any) -> Any:
    if isinstance(value, Timestamp):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if hasattr(value, "to_json"):
        return value.to_json()
    return value
`;

function pythonName(name: string): string {
  return ['from', 'import', 'class', 'def', 'global', 'is', 'in', 'not', 'and', 'or', 'type'].includes(name) ? `${name}_` : name;
}

function annotation(type: TypeRef): string {
  switch (type.kind) {
    case 'scalar':
      return { string: 'str', boolean: 'bool', u32: 'int', u64: 'int', timestamp: 'Timestamp' }[type.scalar];
    case 'enum':
    case 'object':
      return `"${type.name}"`;
    case 'array':
      return `List[${annotation(type.items)}]`;
  }
}

/** A Python expression decoding `value` (at JSON Pointer `path`) as `type`. */
function decoder(type: TypeRef, value: string, path: string): string {
  switch (type.kind) {
    case 'scalar':
      switch (type.scalar) {
        case 'string':
          return type.constant === undefined
            ? `_string(${value}, ${path})`
            : `_enum_constant(${value}, ${path}, ${JSON.stringify(type.constant)})`;
        case 'boolean':
          return `_boolean(${value}, ${path})`;
        case 'u32':
          return `_integer(${value}, ${path}, ${type.minimum ?? 0}, U32_MAX)`;
        case 'u64':
          return `_integer(${value}, ${path}, ${type.minimum ?? 0}, U64_MAX)`;
        case 'timestamp':
          return `_timestamp(${value}, ${path})`;
      }
      break;
    case 'enum':
      return `_enum(${type.name}, ${value}, ${path})`;
    case 'object':
      return `${type.name}.from_json(${value}, ${path})`;
    case 'array':
      return `_list(${value}, ${path}, lambda item, at: ${decoder(type.items, 'item', 'at')})`;
  }
}

function literal(value: unknown, type: TypeRef): string {
  if (type.kind === 'object') {
    const fields = Object.entries(value as Record<string, unknown>).map(([key, item]) => `${pythonName(key)}=${JSON.stringify(item).replace(/^false$/, 'False').replace(/^true$/, 'True')}`);
    return `${type.name}(${fields.join(', ')})`;
  }
  if (Array.isArray(value)) return '[]';
  return JSON.stringify(value);
}

function renderEnum(type: EnumType): string {
  const members = type.values.map((value) => `    ${value.toUpperCase()} = ${JSON.stringify(value)}`);
  return `class ${type.name}(str, enum.Enum):\n    """${type.description}"""\n\n${members.join('\n')}\n`;
}

function renderObject(type: ObjectType): string {
  // Dataclass fields without defaults (the required ones) come first, as Python requires.
  const ordered = [...type.fields.filter((field) => field.required), ...type.fields.filter((field) => !field.required)];
  const declarations = ordered.map((field) => {
    const hint = annotation(field.type);
    const name = pythonName(field.name);
    if (field.required) return `    ${name}: ${field.nullable ? `Optional[${hint}]` : hint}`;
    if (field.default !== undefined) {
      const factory = field.type.kind === 'object' || Array.isArray(field.default) ? `dataclasses.field(default_factory=lambda: ${literal(field.default, field.type)})` : literal(field.default, field.type);
      return `    ${name}: ${hint} = ${factory}`;
    }
    return `    ${name}: Optional[${hint}] = None`;
  });
  const decoders = type.fields.map((field) => decodeLine(field));
  const encoders = type.fields.map((field) => encodeLine(field));
  return [
    '@dataclasses.dataclass',
    `class ${type.name}:`,
    `    """${type.description}"""`,
    '',
    ...declarations,
    '',
    '    @classmethod',
    `    def from_json(cls, value: Any, path: str = "") -> "${type.name}":`,
    `        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""`,
    '        data = _object(value, path)',
    '        fields: Dict[str, Any] = {}',
    ...decoders,
    '        return cls(**fields)',
    '',
    '    def to_json(self) -> Dict[str, Any]:',
    '        """The wire form, as the reference writes it."""',
    '        out: Dict[str, Any] = {}',
    ...encoders,
    '        return out',
    '',
  ].join('\n');
}

function decodeLine(field: Field): string {
  const name = pythonName(field.name);
  const at = `_pointer(path, ${JSON.stringify(field.name)})`;
  const decode = decoder(field.type, `data[${JSON.stringify(field.name)}]`, at);
  const nullable = field.nullable ? `None if data[${JSON.stringify(field.name)}] is None else ` : '';
  if (field.required) return `        _required(data, ${JSON.stringify(field.name)}, path)\n        fields[${JSON.stringify(name)}] = ${nullable}${decode}`;
  return `        if ${JSON.stringify(field.name)} in data:\n            fields[${JSON.stringify(name)}] = ${nullable}${decode}`;
}

function encodeLine(field: Field): string {
  const name = pythonName(field.name);
  const key = JSON.stringify(field.name);
  if (field.required || (field.default !== undefined && !Array.isArray(field.default))) return `        out[${key}] = _encode(self.${name})`;
  if (Array.isArray(field.default)) return `        if self.${name}:\n            out[${key}] = _encode(self.${name})`;
  return `        if self.${name} is not None:\n            out[${key}] = _encode(self.${name})`;
}

/** The types the package exports from its models (their DecodeError aside: the client's wins). */
export function pythonModelNames(model: Model): string[] {
  return ['Timestamp', ...model.enums.map((type) => type.name), ...model.objects.map((type) => type.name)];
}

export function renderPythonModels(model: Model): string {
  const constant = `

def _enum_constant(value: Any, path: str, expected: str) -> str:
    if _string(value, path) != expected:
        raise DecodeError(path, f"expected {expected!r}, got {value!r}")
    return expected
`;
  // The public names, so `from .models import *` and type checkers re-export these and no helpers.
  const names = ['DecodeError', ...pythonModelNames(model)];
  const exports = `__all__ = [\n${names.map((name) => `    ${JSON.stringify(name)},`).join('\n')}\n]\n`;
  return [PRELUDE + constant, ...model.enums.map(renderEnum), ...model.objects.map(renderObject), exports].join('\n\n');
}

// ---- the client's methods: one per JSON operation of spec/openapi.yaml (see operations.ts) ----

const PYTHON_QUERY_TYPES: Record<QueryType, string> = { string: 'str', integer: 'int', boolean: 'bool' };
/** The names a method's body already uses: a query parameter named so is renamed with a trailing `_`. */
const METHOD_LOCALS = ['self', 'body', 'token'];
/** Docstrings are indented by 8 and wrapped to stay within about 100 characters. */
const DOC_WIDTH = 92;

function parameterName(wire: string): string {
  const name = pythonName(wire.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase());
  return METHOD_LOCALS.includes(name) ? `${name}_` : name;
}

function returnType(operation: ClientOperation): string {
  return operation.response.kind === 'model' ? operation.response.name : 'Dict[str, Any]';
}

function responseDecoder(operation: ClientOperation): string {
  return operation.response.kind === 'model' ? `${operation.response.name}.from_json` : `_json_object(${operation.response.required.map((name) => JSON.stringify(name)).join(', ')})`;
}

function docstring(operation: ClientOperation): string {
  const token = accessPhrase(operation, '`token`');
  const decoded = answerPhrase(operation);
  const paragraphs = [
    /[.!?]$/.test(operation.summary) ? operation.summary : `${operation.summary}.`,
    `\`${operation.method} /${operation.path}\` (${operation.operationId}), ${token}; ${decoded}, within \`snapshot_timeout_ms\` (the body included).`,
    ...(operation.body ? [`\`body\` is a ${operation.body}, or its JSON form as a dict (sent as it is: the server validates it, and a refusal is a RequestError with its \`status\`, \`server_code\` and \`details\`).`] : []),
    ...operation.query.map((parameter) => `\`${parameterName(parameter.name)}\` is the query parameter \`${parameter.name}\`${parameter.required ? '' : ' (left out when None)'}${parameter.description ? `: ${parameter.description}` : '.'}`),
    ...operation.paragraphs,
  ];
  const lines = paragraphs.flatMap((paragraph, index) => [...(index > 0 ? [''] : []), ...wrap(paragraph.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"'), DOC_WIDTH)]);
  return `        """${lines.map((line, index) => (index === 0 || line === '' ? line : `        ${line}`)).join('\n')}\n        """`;
}

function renderMethod(operation: ClientOperation): string {
  const required = operation.query.filter((parameter) => parameter.required).map((parameter) => `${parameterName(parameter.name)}: ${PYTHON_QUERY_TYPES[parameter.type]}`);
  const optional = operation.query.filter((parameter) => !parameter.required).map((parameter) => `${parameterName(parameter.name)}: Optional[${PYTHON_QUERY_TYPES[parameter.type]}] = None`);
  const parameters = [
    'self',
    ...required,
    ...(operation.body ? [`body: Union[${operation.body}, Mapping[str, Any]]`] : []),
    ...(operation.access === 'publish' ? ['token: str'] : []),
    ...(optional.length > 0 ? ['*', ...optional] : []),
  ];
  const statements: string[] = [];
  if (operation.access === 'publish') statements.push('_check_token(token, "token")');
  const call = [JSON.stringify(operation.method), JSON.stringify(operation.path), responseDecoder(operation), operation.access === 'publish' ? 'token' : 'self.read_token'];
  if (operation.body) call.push('body=_json_body(body)');
  if (operation.query.length > 0) call.push(`query=_query({${operation.query.map((parameter) => `${JSON.stringify(parameter.name)}: ${parameterName(parameter.name)}`).join(', ')}})`);
  statements.push(`return self._request_json(${call.join(', ')})`);
  return [`    def ${operation.snakeName}(${parameters.join(', ')}) -> ${returnType(operation)}:`, docstring(operation), ...statements.map((statement) => `        ${statement}`)].join('\n');
}

/** The methods of ControlPlaneClient, one per JSON operation, indented for the class body. */
export function renderPythonMethods(operations: readonly ClientOperation[]): string {
  return operations.map(renderMethod).join('\n\n');
}

/** The model types the methods name, for client.py's import. */
export function pythonMethodModels(operations: readonly ClientOperation[]): string[] {
  return operations.flatMap((operation) => [...(operation.body ? [operation.body] : []), ...(operation.response.kind === 'model' ? [operation.response.name] : [])]);
}

/** One line per method, for the README: its call, what it sends and what it returns. */
export function pythonMethodList(operations: readonly ClientOperation[]): string {
  return operations
    .map((operation) => {
      const args = [...operation.query.filter((parameter) => parameter.required).map((parameter) => parameterName(parameter.name)), ...(operation.body ? ['body'] : []), ...(operation.access === 'publish' ? ['token'] : [])];
      return `| \`${operation.snakeName}(${args.join(', ')})\` | \`${operation.method} /${operation.path}\` | ${operation.access} | \`${returnType(operation)}\` | ${operation.summary} |`;
    })
    .join('\n');
}
