/**
 * The generated Python client as its users get it: installed with pip into a fresh venv, never
 * imported from the source folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './spec.js';

/**
 * Debian's interpreter: its system site-packages hold python3-pip, python3-setuptools and
 * python3-wheel, what an offline install needs (the `python3` on PATH may be another one without them).
 */
export const DEBIAN_PYTHON = '/usr/bin/python3';
export const PYTHON_SOURCE = join(ROOT, 'generated', 'clients', 'python');
/** Creating a venv and building the wheel take a few seconds; a hung pip must not hang the suite. */
const PIP_INSTALL_TIMEOUT_MS = 120_000;

/** Installs the package into a venv under `work`; returns that venv's python. */
export function installPythonClient(work: string): string {
  if (!existsSync(DEBIAN_PYTHON)) throw new Error(`${DEBIAN_PYTHON} is missing: run scripts/setup.sh (Debian's python3-venv, python3-pip, python3-setuptools, python3-wheel)`);
  // pip builds in the folder it installs from; a copy keeps generated/ clean.
  const source = join(work, 'python-source');
  cpSync(PYTHON_SOURCE, source, { recursive: true });
  const venv = join(work, 'python-venv');
  // Debian's pip (python3-pip) from the system site-packages installs into the venv; bootstrapping
  // a pip of the venv's own (ensurepip) would take seconds longer and install the same pip.
  execFileSync(DEBIAN_PYTHON, ['-m', 'venv', '--system-site-packages', '--without-pip', venv], { timeout: PIP_INSTALL_TIMEOUT_MS });
  const python = join(venv, 'bin', 'python');
  const env: NodeJS.ProcessEnv = { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' };
  delete env['PYTHONPATH'];
  execFileSync(python, ['-m', 'pip', 'install', '--quiet', '--no-build-isolation', '--no-index', source], { timeout: PIP_INSTALL_TIMEOUT_MS, env, stdio: 'pipe' });
  return python;
}

/** The harness every Python test drives (test/clients/python/harness.py). */
export const PYTHON_HARNESS = join(ROOT, 'test', 'clients', 'python', 'harness.py');
