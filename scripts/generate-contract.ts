/**
 * The contract step of `npm run generate`: reads the contract's numbers (`x-opensymphony-numbers`
 * of spec/openapi.yaml's `info` and of spec/asyncapi.yaml's operation `receiveSnapshots`, and the
 * channel's `x-sse.keepalive-interval-ms`), the client's own error codes
 * (`x-opensymphony-client-errors`) and the operations of spec/openapi.yaml (path, method,
 * security, whether they answer 304), and renders them for every language: generated/contract.ts
 * and generated/routes.ts for TypeScript, `contract.py` and `contract.go` for the other clients.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

type Json = Record<string, unknown>;

/** One number of the contract. `key` is its name in the spec (`snapshot-timeout-ms`). */
export interface ContractNumber {
  key: string;
  /** `SNAPSHOT_TIMEOUT_MS`: the key in upper snake case, the name in TypeScript and Python. */
  name: string;
  value: number;
  description: string;
  /** Where in the spec it is, for the doc comment. */
  where: string;
}

export interface ClientErrorCodeSpec {
  code: string;
  description: string;
}

/** Who may call an operation: anyone, holders of the read token (when the server has one), holders of the publish token. */
export type Access = 'open' | 'read' | 'publish';

export interface OperationSpec {
  operationId: string;
  method: string;
  /** The OpenAPI path, with its leading slash. */
  path: string;
  summary: string;
  access: Access;
  /** The operation documents a 304 answer (it honours `If-None-Match`). */
  conditional: boolean;
  /** The `Cache-Control` each documented answer carries, by status: the `const` of its header's schema. */
  cacheControl: Record<string, string>;
}

export interface Contract {
  numbers: ContractNumber[];
  clientErrors: ClientErrorCodeSpec[];
  operations: OperationSpec[];
  /** The `Cache-Control` of every error answer (4xx, 5xx) that declares one: they all agree. */
  errorCacheControl: string;
}

function oneLine(text: unknown): string {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}

function upperSnake(key: string): string {
  return key.replace(/-/g, '_').toUpperCase();
}

function numbersOf(block: unknown, where: string): ContractNumber[] {
  if (!block || typeof block !== 'object') throw new Error(`${where} is missing`);
  const numbers: ContractNumber[] = [];
  for (const [key, entry] of Object.entries(block as Json)) {
    if (key === 'description') continue;
    const value = (entry as Json | null)?.['value'];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) throw new Error(`${where}.${key}.value must be a positive integer`);
    const description = oneLine((entry as Json)['description']);
    if (!description) throw new Error(`${where}.${key} has no description`);
    numbers.push({ key, name: upperSnake(key), value, description, where: `${where}.${key}` });
  }
  return numbers;
}

/** The security requirement of an operation, as one of three kinds of access. */
function accessOf(security: unknown, where: string): Access {
  if (!Array.isArray(security)) throw new Error(`${where} declares no security`);
  const schemes = new Set(security.flatMap((requirement: Json) => Object.keys(requirement)));
  if (schemes.size === 0) return 'open';
  if (schemes.has('publishToken')) return 'publish';
  if (schemes.has('readToken') || schemes.has('readTokenQuery')) return 'read';
  throw new Error(`${where}: security schemes ${[...schemes].join(', ')} map to no access kind`);
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** `value`, or what its `$ref` (a local `#/…` pointer) names. */
function resolved(document: Json, value: unknown, where: string): Json {
  const ref = (value as Json | undefined)?.['$ref'];
  if (typeof ref !== 'string') return (value ?? {}) as Json;
  if (!ref.startsWith('#/')) throw new Error(`${where}: only local $refs are read, not ${ref}`);
  let node: unknown = document;
  for (const part of ref.slice(2).split('/')) node = (node as Json | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) throw new Error(`${where}: ${ref} names nothing`);
  return resolved(document, node, ref);
}

/** The `Cache-Control` of each response of an operation that declares one, by status; the header's schema must pin it with `const`. */
export function cacheControlOf(document: Json, responses: Json, where: string): Record<string, string> {
  const byStatus: Record<string, string> = {};
  for (const [status, response] of Object.entries(responses)) {
    const headers = (resolved(document, response, `${where} ${status}`)['headers'] ?? {}) as Json;
    const name = Object.keys(headers).find((header) => header.toLowerCase() === 'cache-control');
    if (name === undefined) continue;
    const value = (resolved(document, headers[name], `${where} ${status} ${name}`)['schema'] as Json | undefined)?.['const'];
    if (typeof value !== 'string') throw new Error(`${where} ${status}: the Cache-Control header's schema must give its value as a string const`);
    byStatus[status] = value;
  }
  return byStatus;
}

/** Reads the contract from the spec folder `specDir`. */
export async function readContract(specDir: string): Promise<Contract> {
  const openapi = parseYaml(await readFile(join(specDir, 'openapi.yaml'), 'utf8')) as Json;
  const asyncapi = parseYaml(await readFile(join(specDir, 'asyncapi.yaml'), 'utf8')) as Json;
  const info = openapi['info'] as Json;
  const channel = (asyncapi['channels'] as Record<string, Json>)['events'];
  const keepalive = (channel?.['x-sse'] as Json | undefined)?.['keepalive-interval-ms'];
  if (typeof keepalive !== 'number') throw new Error('asyncapi.yaml: channel `events` has no x-sse.keepalive-interval-ms');
  const operation = (asyncapi['operations'] as Record<string, Json>)['receiveSnapshots'];
  const numbers = [
    {
      key: 'keepalive-interval-ms',
      name: 'KEEPALIVE_INTERVAL_MS',
      value: keepalive,
      description: 'The longest a stream stays silent: after this long without a write, the server writes a keepalive comment.',
      where: 'asyncapi.yaml channels.events.x-sse.keepalive-interval-ms',
    },
    ...numbersOf(info['x-opensymphony-numbers'], 'openapi.yaml info.x-opensymphony-numbers'),
    ...numbersOf(operation?.['x-opensymphony-numbers'], 'asyncapi.yaml operations.receiveSnapshots.x-opensymphony-numbers'),
  ];
  const names = new Set<string>();
  for (const number of numbers) {
    if (names.has(number.name)) throw new Error(`the contract number ${number.name} is defined twice`);
    names.add(number.name);
  }

  const codes = ((info['x-opensymphony-client-errors'] as Json | undefined)?.['codes'] ?? {}) as Record<string, unknown>;
  const clientErrors = Object.entries(codes).map(([code, description]) => {
    if (!/^[a-z][a-z0-9_]*$/.test(code)) throw new Error(`openapi.yaml: client error code ${code} is not snake_case`);
    return { code, description: oneLine(description) };
  });
  if (clientErrors.length === 0) throw new Error('openapi.yaml: info.x-opensymphony-client-errors.codes is missing');

  const operations: OperationSpec[] = [];
  for (const [path, item] of Object.entries(openapi['paths'] as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const operationId = op['operationId'];
      if (typeof operationId !== 'string') throw new Error(`openapi.yaml: ${method.toUpperCase()} ${path} has no operationId`);
      operations.push({
        operationId,
        method: method.toUpperCase(),
        path,
        summary: oneLine(op['summary'] ?? operationId),
        access: accessOf(op['security'] ?? openapi['security'], `${method.toUpperCase()} ${path}`),
        conditional: '304' in ((op['responses'] as Json | undefined) ?? {}),
        cacheControl: cacheControlOf(openapi, (op['responses'] as Json | undefined) ?? {}, `${method.toUpperCase()} ${path}`),
      });
    }
  }
  const errorValues = new Set(operations.flatMap((operation) => Object.entries(operation.cacheControl).filter(([status]) => /^[45]/.test(status)).map(([, value]) => value)));
  if (errorValues.size !== 1) throw new Error(`openapi.yaml: error answers must agree on one Cache-Control, not ${[...errorValues].join(', ') || 'none'}`);
  return { numbers, clientErrors, operations, errorCacheControl: [...errorValues][0]! };
}

function literal(value: string | readonly string[]): string {
  if (typeof value !== 'string') return `[${value.map(literal).join(', ')}]`;
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** generated/contract.ts: the numbers, the client error codes and the operations, for the client and the server alike. */
export function contractSource(contract: Contract): string {
  return `
${contract.numbers.map((number) => `/** ${number.description} (${number.where}) */\nexport const ${number.name} = ${number.value};`).join('\n\n')}

/** The codes of the errors a client raises itself, each with what it means (openapi.yaml info.x-opensymphony-client-errors). */
export const CLIENT_ERROR_CODES = {
${contract.clientErrors.map((error) => `  /** ${error.description} */\n  ${camel(error.code)}: ${literal(error.code)},`).join('\n')}
} as const;

export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[keyof typeof CLIENT_ERROR_CODES];

/** The \`Cache-Control\` of each documented answer, by operationId and status (openapi.yaml: the \`const\` of each response's Cache-Control header). */
export const CACHE_CONTROL = {
${contract.operations
  .filter((operation) => Object.keys(operation.cacheControl).length > 0)
  .map((operation) => `  ${operation.operationId}: { ${Object.entries(operation.cacheControl).map(([status, value]) => `${literal(status)}: ${literal(value)}`).join(', ')} },`)
  .join('\n')}
} as const;

/** The \`Cache-Control\` of every error answer: the one value all of openapi.yaml's 4xx and 5xx responses declare. */
export const ERROR_CACHE_CONTROL = ${literal(contract.errorCacheControl)};
`;
}

/**
 * generated/routes.ts: the server's route table. HEAD is answered wherever GET is (RFC 9110:
 * HEAD is GET without the body), with the same access, so every GET brings a HEAD.
 */
export function routesSource(contract: Contract): string {
  const byPath = new Map<string, OperationSpec[]>();
  for (const operation of contract.operations) byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  const methodsOf = (operations: OperationSpec[]) => operations.flatMap((operation) => (operation.method === 'GET' ? ['GET', 'HEAD'] : [operation.method]));
  return `
/** Who may call an operation: anyone, holders of the read token (when the server has one), or holders of the publish token. */
export type Access = 'open' | 'read' | 'publish';

export interface RouteOperation {
  readonly operationId: string;
  readonly access: Access;
  /** The operation documents 304: it honours \`If-None-Match\`. */
  readonly conditional: boolean;
}

/** Every path of spec/openapi.yaml, each method it allows (HEAD wherever GET) and that method's operation. */
export const ROUTES: Readonly<Record<string, Readonly<Record<string, RouteOperation>>>> = {
${[...byPath]
  .map(
    ([path, operations]) =>
      `  ${literal(path)}: {\n${operations
        .flatMap((operation) => (operation.method === 'GET' ? [['GET', operation], ['HEAD', operation]] as const : [[operation.method, operation]] as const))
        .map(([method, operation]) => `    ${method}: { operationId: ${literal(operation.operationId)}, access: ${literal(operation.access)}, conditional: ${operation.conditional} },`)
        .join('\n')}\n  },`,
  )
  .join('\n')}
};

/** The methods each path allows, for 405 answers and their \`Allow\` header. */
export const ROUTE_METHODS: Readonly<Record<string, readonly string[]>> = {
${[...byPath].map(([path, operations]) => `  ${literal(path)}: ${literal(methodsOf(operations))},`).join('\n')}
};

/** The path of every operation, by operationId. */
export const OPERATION_PATHS = {
${contract.operations.map((operation) => `  ${operation.operationId}: ${literal(operation.path)},`).join('\n')}
} as const;
`;
}

function pythonString(value: string): string {
  return JSON.stringify(value);
}

/** contract.py of the Python client. */
export function pythonContractSource(contract: Contract): string {
  return `"""The contract's numbers, the client's error codes and the operations, from spec/openapi.yaml and spec/asyncapi.yaml."""
from typing import Dict, Tuple

${contract.numbers.map((number) => `#: ${number.description}\n${number.name} = ${number.value}`).join('\n')}


class ClientErrorCode:
    """The codes of the errors this client raises itself (a ControlPlaneClientError's \`code\`)."""

${contract.clientErrors.map((error) => `    #: ${error.description}\n    ${error.code.toUpperCase()} = ${pythonString(error.code)}`).join('\n')}


#: Every client error code, in the order the spec lists them.
CLIENT_ERROR_CODES: Tuple[str, ...] = (
${contract.clientErrors.map((error) => `    ${pythonString(error.code)},`).join('\n')}
)

#: Every operation of spec/openapi.yaml by operationId: (method, path below the service root, access: open, read or publish).
OPERATIONS: Dict[str, Tuple[str, str, str]] = {
${contract.operations.map((operation) => `    ${pythonString(operation.operationId)}: (${pythonString(operation.method)}, ${pythonString(operation.path.replace(/^\//, ''))}, ${pythonString(operation.access)}),`).join('\n')}
}
`;
}

/** The words Go spells in capitals inside a name (Go's initialisms). */
const GO_INITIALISMS = ['api', 'http', 'id', 'json', 'url'];

/** A Go exported name: `snapshot_timeout_ms` → `SnapshotTimeoutMs`, `get_open_api_document_json` → `GetOpenAPIDocumentJSON`. */
export function goName(snake: string): string {
  return snake
    .toLowerCase()
    .split(/[_-]/)
    .map((part) => (GO_INITIALISMS.includes(part) ? part.toUpperCase() : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
}

/** contract.go of the Go client, aligned as gofmt aligns it. */
export function goContractSource(contract: Contract, goPackage: string): string {
  const keyWidth = Math.max(...contract.operations.map((operation) => operation.operationId.length + 3));
  return `package ${goPackage}

// The contract's numbers, from spec/openapi.yaml and spec/asyncapi.yaml.
const (
${contract.numbers.map((number) => `\t// ${goName(number.key)}: ${number.description}\n\t${goName(number.key)} = ${number.value}`).join('\n')}
)

// ClientErrorCode says which kind of client error happened.
type ClientErrorCode string

// The codes of a ClientError.
const (
${contract.clientErrors.map((error) => `\t// Code${goName(error.code)}: ${error.description}\n\tCode${goName(error.code)} ClientErrorCode = ${JSON.stringify(error.code)}`).join('\n')}
)

// ClientErrorCodes lists every ClientErrorCode, in the order the spec lists them.
var ClientErrorCodes = []ClientErrorCode{${contract.clientErrors.map((error) => `Code${goName(error.code)}`).join(', ')}}

// Operation is one operation of spec/openapi.yaml: its method, its path below the service root,
// and who may call it ("open", "read" or "publish").
type Operation struct {
\tMethod string
\tPath   string
\tAccess string
}

// Operations holds every operation of spec/openapi.yaml by operationId.
var Operations = map[string]Operation{
${contract.operations.map((operation) => `\t${`${JSON.stringify(operation.operationId)}:`.padEnd(keyWidth)} {Method: ${JSON.stringify(operation.method)}, Path: ${JSON.stringify(operation.path.replace(/^\//, ''))}, Access: ${JSON.stringify(operation.access)}},`).join('\n')}
}
`;
}

/**
 * Markdown text as Javadoc: HTML's special characters escaped (javadoc reads `<token>` as a tag
 * and stops), `code` spans as <code>, and no star-slash to end the comment early.
 */
export function javadoc(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;');
  return escaped.replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\//g, '*&#47;');
}

const JAVA_INT_MAX = 2 ** 31 - 1;

/** Contract.java of the Java client: a number beyond Java's int is a long. */
export function javaContractSource(contract: Contract, javaPackage: string): string {
  return `package ${javaPackage};

import java.util.List;
import java.util.Map;

/** The contract's numbers, client error codes and operations, from spec/openapi.yaml and spec/asyncapi.yaml. */
public final class Contract {
    private Contract() {}

${contract.numbers.map((number) => `    /** ${javadoc(number.description)} */\n    public static final ${number.value > JAVA_INT_MAX ? `long ${number.name} = ${number.value}L` : `int ${number.name} = ${number.value}`};`).join('\n')}

    /** Which kind of client error happened: {@link ControlPlaneClient.ControlPlaneException#code}. */
    public enum ClientErrorCode {
${contract.clientErrors.map((error) => `        /** ${javadoc(error.description)} */\n        ${error.code.toUpperCase()}(${JSON.stringify(error.code)})`).join(',\n')};

        /** The code as the other clients and the conformance reports write it. */
        public final String wire;

        ClientErrorCode(String wire) {
            this.wire = wire;
        }
    }

    /** One operation of spec/openapi.yaml: its method, its path below the service root, and who may call it ("open", "read" or "publish"). */
    public record Operation(String method, String path, String access) {}

    /** Every operation of spec/openapi.yaml by operationId. */
    public static final Map<String, Operation> OPERATIONS = Map.ofEntries(
${contract.operations.map((operation) => `            Map.entry(${JSON.stringify(operation.operationId)}, new Operation(${JSON.stringify(operation.method)}, ${JSON.stringify(operation.path.replace(/^\//, ''))}, ${JSON.stringify(operation.access)}))`).join(',\n')});

    /** Every client error code, in the order the spec lists them. */
    public static final List<ClientErrorCode> CLIENT_ERROR_CODES = List.of(ClientErrorCode.values());
}
`;
}
