/**
 * `npm run lint:spec`: Redocly's recommended rules (plus redocly.yaml's) on spec/openapi.yaml,
 * @asyncapi/parser's validation of spec/asyncapi.yaml, and Spectral's `spectral:oas` and
 * `spectral:asyncapi` rulesets (as .spectral.yaml adjusts them) on both. Fails on any error or
 * warning; informational hints are printed only.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Parser, fromFile } from '@asyncapi/parser';
import { ROOT } from './paths.js';

// Spectral's severities, as @asyncapi/parser reports them.
const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'] as const;
const FAILING_SEVERITY_MAX = 1;

function lintOpenApi(): boolean {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js'), 'lint', '--config', 'redocly.yaml', '--max-problems', '100', 'spec/openapi.yaml'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
  );
  const output = `${result.stdout}${result.stderr}`.split('\n').filter((line) => !/[║╔╚]/.test(line)).join('\n').trim();
  const clean = result.status === 0 && !/warning/i.test(output.replace(/Node\.js 20/g, ''));
  process.stdout.write(`openapi.yaml (redocly): ${clean ? 'ok' : 'FAILED'}\n`);
  if (!clean) process.stdout.write(`${output}\n`);
  return clean;
}

function lintWithSpectral(): boolean {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js'),
      'lint',
      '--ruleset', '.spectral.yaml',
      '--fail-severity', 'warn',
      'spec/openapi.yaml',
      'spec/asyncapi.yaml',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const clean = result.status === 0;
  process.stdout.write(`openapi.yaml, asyncapi.yaml (spectral): ${clean ? 'ok' : 'FAILED'}\n`);
  if (!clean) process.stdout.write(`${`${result.stdout}${result.stderr}`.trim()}\n`);
  return clean;
}

async function lintAsyncApi(): Promise<boolean> {
  const { document, diagnostics } = await fromFile(new Parser(), join(ROOT, 'spec', 'asyncapi.yaml')).parse();
  let clean = document !== undefined;
  for (const diagnostic of diagnostics) {
    const failing = diagnostic.severity <= FAILING_SEVERITY_MAX;
    clean &&= !failing;
    process.stdout.write(
      `  ${SEVERITY_NAMES[diagnostic.severity] ?? diagnostic.severity} ${diagnostic.code} at ${diagnostic.path.join('.') || '(root)'}: ${diagnostic.message}\n`,
    );
  }
  process.stdout.write(`asyncapi.yaml (@asyncapi/parser): ${clean ? 'ok' : 'FAILED'}\n`);
  return clean;
}

const openapiClean = lintOpenApi();
const asyncapiClean = await lintAsyncApi();
const spectralClean = lintWithSpectral();
process.exitCode = openapiClean && asyncapiClean && spectralClean ? 0 : 1;
