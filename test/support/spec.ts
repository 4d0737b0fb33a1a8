/** Reads the specs and the shared fixtures the way a test needs them. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function readSpec(name: 'openapi.yaml' | 'asyncapi.yaml' | 'control-plane.schema.yaml'): Record<string, unknown> {
  return parseYaml(readFileSync(join(ROOT, 'spec', name), 'utf8')) as Record<string, unknown>;
}

export interface SnapshotManifest {
  valid: Array<{ file: string; why: string }>;
  invalid: Array<{ file: string; error: { path: string; keyword: string } }>;
}

const SNAPSHOTS_DIR = join(ROOT, 'test', 'fixtures', 'snapshots');

export function snapshotManifest(): SnapshotManifest {
  return JSON.parse(readFileSync(join(SNAPSHOTS_DIR, 'manifest.json'), 'utf8')) as SnapshotManifest;
}

export function snapshotFixture(file: string): unknown {
  return JSON.parse(readFileSync(join(SNAPSHOTS_DIR, file), 'utf8')) as unknown;
}
