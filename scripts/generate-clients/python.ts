/** Renders the Python models (standard library only): dataclasses with strict decoders and encoders. */
import type { EnumType, Field, Model, ObjectType, TypeRef } from '../schema-model.js';

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
