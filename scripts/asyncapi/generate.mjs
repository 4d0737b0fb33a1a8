// Runs @asyncapi/generator (Node >= 24.11) for spec/asyncapi.yaml: the Markdown docs of the
// event stream from @asyncapi/markdown-template, and the stream's constants as TypeScript
// from the local template in templates/stream-constants. Called by scripts/generate.ts as
// `node generate.mjs <asyncapi.yaml> <out-dir>`; writes nothing outside <out-dir>.
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Generator from '@asyncapi/generator';

const here = dirname(fileURLToPath(import.meta.url));
const [specFile, outDir] = process.argv.slice(2);
if (!specFile || !outDir) {
  process.stderr.write('usage: node generate.mjs <asyncapi.yaml> <out-dir>\n');
  process.exit(2);
}

// The generator transpiles a template in place (a __transpiled folder beside it), so the local
// template runs from a scratch copy that resolves its dependencies through a link to ours.
const scratch = await mkdtemp(join(tmpdir(), 'opensymphony-asyncapi-'));
try {
  await symlink(join(here, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  const localTemplate = join(scratch, 'stream-constants');
  await cp(join(here, 'templates', 'stream-constants'), localTemplate, { recursive: true });

  const runs = [
    { template: localTemplate, target: outDir, params: {} },
    {
      template: join(here, 'node_modules', '@asyncapi', 'markdown-template'),
      target: join(outDir, 'docs'),
      params: { outFilename: 'asyncapi.md', toc: 'true' },
    },
  ];
  for (const run of runs) {
    const generator = new Generator(run.template, run.target, { forceWrite: true, templateParams: run.params });
    await generator.generateFromFile(specFile);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
