/**
 * `npm run docs`: rewrites the parts of README.md generated from code — the table of
 * conformance checks — between their markers. A test fails when the README is out of step.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checksTable } from '../src/conformance/reporters.js';
import { ROOT } from './paths.js';

const README = join(ROOT, 'README.md');
const SECTION = /(<!-- conformance-checks:start -->)[\s\S]*?(<!-- conformance-checks:end -->)/;

const readme = await readFile(README, 'utf8');
if (!SECTION.test(readme)) throw new Error('README.md has no <!-- conformance-checks:start --> … <!-- conformance-checks:end --> section');
await writeFile(README, readme.replace(SECTION, (_, start: string, end: string) => `${start}\n${checksTable()}\n${end}`));
process.stdout.write('README.md: conformance checks table rendered\n');
