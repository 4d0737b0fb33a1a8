/** Where things are in the repository, for the scripts. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SPEC_DIR = join(ROOT, 'spec');
export const GENERATED_DIR = join(ROOT, 'generated');
export const ASYNCAPI_DIR = join(ROOT, 'scripts', 'asyncapi');
/** The Node 24 that @asyncapi/generator runs on, installed by scripts/install-asyncapi.sh. */
export const NODE24 = join(ASYNCAPI_DIR, 'node_modules', 'node', 'bin', 'node');
