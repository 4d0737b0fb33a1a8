// Renders an AsyncAPI document as one self-contained HTML page with @asyncapi/html-template
// (scripts and styles inline, nothing fetched from elsewhere). Called by
// scripts/generate-served-specs.ts as `node render-html.mjs <asyncapi.json> <out-dir>`; writes
// <out-dir>/index.html and nothing outside <out-dir>.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Generator from '@asyncapi/generator';

const here = dirname(fileURLToPath(import.meta.url));
const [specFile, outDir] = process.argv.slice(2);
if (!specFile || !outDir) {
  process.stderr.write('usage: node render-html.mjs <asyncapi.json> <out-dir>\n');
  process.exit(2);
}

// `compile: true`: the template ships a pre-transpiled build whose requires point at paths of the
// machine it was built on, so it is transpiled here (the generator caches it under the template).
const generator = new Generator(join(here, 'node_modules', '@asyncapi', 'html-template'), outDir, {
  forceWrite: true,
  compile: true,
  templateParams: { singleFile: 'true', outFilename: 'index.html' },
});
await generator.generateFromFile(specFile);
