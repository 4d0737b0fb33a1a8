/**
 * The clients step of `npm run generate` (alone: `npm run generate:clients`): the Python, Go and
 * Java clients under generated/clients/, from spec/ and the templates beside this file.
 * The templates hold what is written by hand (the transport, the event stream, the errors); the
 * models and the per-operation methods (operations.ts says which operations get one) are filled in.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { goContractSource, javaContractSource, pythonContractSource, readContract, type Contract } from '../generate-contract.js';
import { ROOT } from '../paths.js';
import { buildModel } from '../schema-model.js';
import { GO_PACKAGE, goMethodList, renderGoMethods, renderGoModels } from './go.js';
import { JAVA_PACKAGE, renderJavaMethods, renderJavaModels } from './java.js';
import { fill, type ClientConstants } from './model.js';
import { clientOperations, requireOperations } from './operations.js';
import { pythonMethodList, pythonMethodModels, pythonModelNames, renderPythonMethods, renderPythonModels } from './python.js';

type Json = Record<string, unknown>;
type WriteGenerated = (stage: string, file: string, body: string, source: string) => Promise<void>;

const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), 'templates');
/** The Python distribution (what `pip install` names) and the package it installs (what `import` names). */
export const PYTHON_DISTRIBUTION = 'opensymphony-control';
export const PYTHON_PACKAGE = 'opensymphony_control';
/** Where the Go module will be published: the repository path of generated/clients/go. */
export const GO_MODULE = 'github.com/opensymphony/opensymphony-control/generated/clients/go';
/** The oldest Go toolchain the module supports: Debian bookworm's golang-go. */
export const GO_VERSION = '1.19';
async function yaml(specDir: string, file: string): Promise<Json> {
  return parseYaml(await readFile(join(specDir, file), 'utf8')) as Json;
}

/** The constants the client templates fill in, read from the specs. */
async function clientConstants(specDir: string): Promise<ClientConstants> {
  const asyncapi = await yaml(specDir, 'asyncapi.yaml');
  const channel = (asyncapi['channels'] as Record<string, Json>)['events']!;
  const sse = channel['x-sse'] as { 'request-headers': Record<string, string>; 'response-headers': Record<string, string> };
  const message = ((asyncapi['components'] as Json)['messages'] as Record<string, { name: string }>)['snapshot']!;
  return {
    EVENTS_PATH: String(channel['address']).replace(/^\//, ''),
    SNAPSHOT_EVENT: message.name,
    LAST_EVENT_ID_HEADER: sse['request-headers']['last-event-id']!,
    EVENT_STREAM_CONTENT_TYPE: sse['response-headers']['Content-Type']!,
  };
}

/** Fails generation when a template names a contract constant the spec no longer has. */
function requireNumbers(contract: Contract, names: readonly string[]): void {
  const have = new Set(contract.numbers.map((number) => number.name));
  const missing = names.filter((name) => !have.has(name));
  if (missing.length > 0) throw new Error(`the client templates use ${missing.join(', ')}, which the spec's x-opensymphony-numbers no longer define`);
}

/** The contract numbers client.py and client.go use by name. */
const TEMPLATE_NUMBERS = ['SNAPSHOT_TIMEOUT_MS', 'STREAM_ATTACH_TIMEOUT_MS', 'STREAM_READ_TIMEOUT_MS', 'MAX_EVENT_BYTES'];
/** The operations whose generated methods the templates call under their first names (`fetch_snapshot`, `health`, `publish`). */
const TEMPLATE_OPERATIONS = ['getSnapshot', 'getHealth', 'publishSnapshot'];
/** The models client.py names itself: the error envelope, the stream's envelope and the first names' types. */
const PYTHON_TEMPLATE_MODELS = ['DaemonSnapshot', 'Error', 'ErrorDetail', 'HealthResponse', 'SnapshotEnvelope'];

/** The npm version in PEP 440 form (`1.2.0-rc.1` → `1.2.0rc1`), so pip and npm name one release alike. */
export function pep440(version: string): string {
  const match = /^(\d+\.\d+\.\d+)(?:-(alpha|beta|rc)\.(\d+))?$/.exec(version);
  if (!match) throw new Error(`package.json version ${version} has no PEP 440 form: use X.Y.Z or X.Y.Z-(alpha|beta|rc).N`);
  const [, release, stage, number] = match;
  return stage ? `${release}${{ alpha: 'a', beta: 'b', rc: 'rc' }[stage]!}${number}` : release!;
}

/** What the Python distribution's metadata repeats from package.json: the version and the licence. */
async function packageFacts(): Promise<{ PYTHON_VERSION: string; LICENSE: string }> {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string };
  return { PYTHON_VERSION: pep440(pkg.version), LICENSE: pkg.license };
}

async function template(file: string, values: Record<string, string | number>): Promise<string> {
  return fill(await readFile(join(TEMPLATES, file), 'utf8'), values);
}

export async function generateClients(stage: string, writeGenerated: WriteGenerated, specDir: string): Promise<void> {
  const model = buildModel(await yaml(specDir, 'control-plane.schema.yaml'));
  const contract = await readContract(specDir);
  requireNumbers(contract, TEMPLATE_NUMBERS);
  const operations = clientOperations(await yaml(specDir, 'openapi.yaml'), contract.operations, model);
  requireOperations(operations, TEMPLATE_OPERATIONS);
  const values = {
    ...(await clientConstants(specDir)),
    // The README states the defaults; the code imports them from contract.py / contract.go.
    ...Object.fromEntries(contract.numbers.map((number) => [number.name, number.value])),
    ...(await packageFacts()),
    PYTHON_DISTRIBUTION,
    PYTHON_PACKAGE,
    // Spelled out in __init__.py: type checkers only re-export names listed literally.
    PYTHON_MODEL_IMPORTS: pythonModelNames(model).map((name) => `    ${name},`).join('\n'),
    PYTHON_MODEL_EXPORTS: pythonModelNames(model).map((name) => `    "${name}",`).join('\n'),
    PYTHON_CLIENT_MODEL_IMPORTS: [...new Set([...PYTHON_TEMPLATE_MODELS, ...pythonMethodModels(operations)])]
      .sort()
      .map((name) => `    ${name},`)
      .join('\n'),
    PYTHON_OPERATION_METHODS: renderPythonMethods(operations),
    PYTHON_METHOD_TABLE: pythonMethodList(operations),
    GO_OPERATION_METHODS: renderGoMethods(operations),
    GO_METHOD_LIST: goMethodList(operations),
    GO_PACKAGE,
    GO_MODULE,
    GO_VERSION,
    JAVA_PACKAGE,
    JAVA_OPERATION_METHODS: renderJavaMethods(operations),
  };

  const schema = 'spec/control-plane.schema.yaml';
  const specs = 'spec/openapi.yaml and spec/asyncapi.yaml';
  const from = (file: string) => `scripts/generate-clients/templates/${file}`;

  // An installable distribution: pyproject.toml and README beside the package folder.
  await writeGenerated(stage, 'clients/python/pyproject.toml', await template('python/pyproject.toml', values), `${from('python/pyproject.toml')} with package.json's version and licence`);
  await writeGenerated(stage, 'clients/python/README.md', await template('python/README.md', values), `${from('python/README.md')} with ${specs}`);
  const python = `clients/python/${PYTHON_PACKAGE}`;
  await writeGenerated(stage, `${python}/__init__.py`, await template('python/__init__.py', values), `${from('python/__init__.py')} with the types of ${schema}`);
  await writeGenerated(stage, `${python}/models.py`, renderPythonModels(model), schema);
  await writeGenerated(stage, `${python}/contract.py`, pythonContractSource(contract), specs);
  await writeGenerated(stage, `${python}/client.py`, await template('python/client.py', values), `${from('python/client.py')} with ${specs}`);
  // PEP 561: the package ships its own type hints.
  await writeGenerated(stage, `${python}/py.typed`, '', 'nothing: the PEP 561 marker of the package generated from spec/');

  await writeGenerated(stage, 'clients/go/go.mod', `module ${GO_MODULE}\n\ngo ${GO_VERSION}\n`, 'GO_MODULE and GO_VERSION in scripts/generate-clients/index.ts');
  await writeGenerated(stage, 'clients/go/doc.go', await template('go/doc.go', values), `${from('go/doc.go')} with spec/openapi.yaml`);
  await writeGenerated(stage, 'clients/go/models.go', renderGoModels(model), schema);
  await writeGenerated(stage, 'clients/go/contract.go', goContractSource(contract, GO_PACKAGE), specs);
  await writeGenerated(stage, 'clients/go/client.go', await template('go/client.go', values), `${from('go/client.go')} with ${specs}`);

  const java = `clients/java/src/${JAVA_PACKAGE.replace(/\./g, '/')}`;
  await writeGenerated(stage, `${java}/Models.java`, renderJavaModels(model), schema);
  await writeGenerated(stage, `${java}/Contract.java`, javaContractSource(contract, JAVA_PACKAGE), specs);
  await writeGenerated(stage, `${java}/ControlPlaneClient.java`, await template('java/ControlPlaneClient.java', values), `${from('java/ControlPlaneClient.java')} with ${specs}`);
}
