/**
 * The tsoa step of `npm run generate`: reads the controllers in src/controllers.ts and writes
 * their express routes (generated/tsoa/routes.ts) and the OpenAPI document tsoa derives from
 * them (generated/tsoa/openapi.yaml), which test/tsoa-drift.test.ts compares with the spec.
 *
 * tsoa type-checks the controllers, and they import generated/: it runs on a scratch copy of
 * src/ beside the files staged by this run's earlier steps, so a type the spec just gained is
 * there for it — one `npm run generate` is enough, and generated/ is never read or written.
 */
import { cp, mkdtemp, rm, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultRouteGenerator, generateSpec, type ExtendedRoutesConfig } from '@tsoa/cli';
import { MetadataGenerator } from '@tsoa/cli/dist/metadataGeneration/metadataGenerator.js';
import type { Tsoa } from '@tsoa/runtime';
import { ROOT } from './paths.js';

const OUT = 'tsoa';
const SOURCE = 'src/controllers.ts (by tsoa; test/tsoa-drift.test.ts compares its OpenAPI document with spec/openapi.yaml)';

type WriteGenerated = (stage: string, file: string, body: string, source: string) => Promise<void>;

/** A scratch tree laid out like the repository: a copy of src/, the stage as generated/, and links to what they import. */
async function scratchTree(stage: string): Promise<string> {
  const tree = await mkdtemp(join(tmpdir(), 'opensymphony-tsoa-'));
  await cp(join(ROOT, 'src'), join(tree, 'src'), { recursive: true });
  await cp(stage, join(tree, 'generated'), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) await cp(join(ROOT, file), join(tree, file));
  await symlink(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
  return tree;
}

/** Builds the routes in memory: the imports must be relative to generated/, not the stage. */
class InMemoryRouteGenerator extends DefaultRouteGenerator {
  content = '';

  override async GenerateRoutes(middlewareTemplate: string): Promise<void> {
    this.content = this.buildContent(middlewareTemplate);
  }
}

/**
 * The metadata the routes are built from: the same, except that every `@Body()` parameter is
 * passed through unvalidated (`any`). The controller hands the body to the generated standalone
 * validator (via the store), which reports every violation as a JSON Pointer: tsoa validating
 * it first would double the cost and answer with its own paths and messages. The OpenAPI
 * document is still derived from the declared body type.
 */
function withUnvalidatedBodies(metadata: Tsoa.Metadata): Tsoa.Metadata {
  return {
    ...metadata,
    controllers: metadata.controllers.map((controller) => ({
      ...controller,
      methods: controller.methods.map((method) => ({
        ...method,
        parameters: method.parameters.map((parameter) => (parameter.in === 'body' ? { ...parameter, type: { dataType: 'any' } } : parameter)),
      })),
    })),
  };
}

export async function generateTsoa(stage: string, writeGenerated: WriteGenerated): Promise<void> {
  const tree = await scratchTree(stage);
  try {
    await generateIn(tree, stage, writeGenerated);
  } finally {
    await rm(tree, { recursive: true, force: true });
  }
}

async function generateIn(tree: string, stage: string, writeGenerated: WriteGenerated): Promise<void> {
  const CONTROLLERS = join(tree, 'src', 'controllers.ts');
  const metadata = new MetadataGenerator(CONTROLLERS, { experimentalDecorators: true }, [], [CONTROLLERS]).Generate();
  const routes: ExtendedRoutesConfig = {
    entryFile: CONTROLLERS,
    controllerPathGlobs: [CONTROLLERS],
    noImplicitAdditionalProperties: 'ignore',
    bodyCoercion: false,
    routesDir: join(tree, 'generated', OUT),
    middleware: 'express',
    authenticationModule: join(tree, 'src', 'publish-auth.ts'),
    esm: true,
  };
  const generator = new InMemoryRouteGenerator(withUnvalidatedBodies(metadata), routes);
  await generator.GenerateCustomRoutes();
  // Paths in the generated imports are written relative to generated/tsoa and end in .js (ESM).
  const content = generator.content.replace(/(from ['"])([^'"]+?)\.ts(['"])/g, '$1$2.js$3');
  await writeGenerated(stage, `${OUT}/routes.ts`, `/* eslint-disable */\n// @ts-nocheck -- tsoa's template is not written for exactOptionalPropertyTypes\n${content}`, SOURCE);

  const specDir = join(tree, '.tsoa-spec');
  await generateSpec(
    {
      entryFile: CONTROLLERS,
      controllerPathGlobs: [CONTROLLERS],
      noImplicitAdditionalProperties: 'ignore',
      outputDirectory: specDir,
      specVersion: 3,
      yaml: true,
      specFileBaseName: 'openapi',
      name: 'OpenSymphony control plane (derived by tsoa from src/controllers.ts)',
      version: '1.0.0',
      securityDefinitions: { publishToken: { type: 'http', scheme: 'bearer' } },
    },
    undefined,
    undefined,
    metadata,
  );
  const spec = await readFile(join(specDir, 'openapi.yaml'), 'utf8');
  await rm(specDir, { recursive: true, force: true });
  await writeGenerated(stage, `${OUT}/openapi.yaml`, spec, SOURCE);
}
