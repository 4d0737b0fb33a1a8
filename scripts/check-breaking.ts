/**
 * `npm run check:breaking`: compares spec/ with the newest released contract
 * (contract/released/<version>/) and fails on a breaking change unless package.json's version
 * starts a new major line (for 0.x, a new minor). How: scripts/breaking-changes.ts.
 *
 *   npm run check:breaking -- [--spec DIR] [--released DIR] [--version X.Y.Z] [--acknowledged FILE]
 *
 * Exit 0: no breaking change, or all allowed by the version; 1: a breaking change; 2: bad input.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runGate, UsageError } from './breaking-changes.js';
import { ROOT } from './paths.js';

try {
  const { values } = parseArgs({
    options: {
      spec: { type: 'string', default: join(ROOT, 'spec') },
      released: { type: 'string', default: join(ROOT, 'contract', 'released') },
      version: { type: 'string' },
      acknowledged: { type: 'string', default: join(ROOT, 'contract', 'acknowledged-changes.yaml') },
    },
  });
  const packageVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  process.exitCode = await runGate({
    spec: resolve(values.spec),
    released: resolve(values.released),
    version: values.version ?? packageVersion,
    acknowledged: resolve(values.acknowledged),
    write: (text) => process.stdout.write(text),
  });
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`check:breaking: ${error.message}\n`);
  process.exitCode = 2;
}
