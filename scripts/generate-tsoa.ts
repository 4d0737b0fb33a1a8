/**
 * The tsoa step of `npm run generate`: reads the controllers in src/controllers.ts and writes
 * their express routes (generated/tsoa/routes.ts) and the OpenAPI document tsoa derives from
 * them (generated/tsoa/openapi.yaml), which test/tsoa-drift.test.ts compares with the spec.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DefaultRouteGenerator, generateSpec, type ExtendedRoutesConfig } from '@tsoa/cli';
import { MetadataGenerator } from '@tsoa/cli/dist/metadataGeneration/metadataGenerator.js';
import type { Tsoa } from '@tsoa/runtime';
import { GENERATED_DIR, ROOT } from './paths.js';

const CONTROLLERS = join(ROOT, 'src', 'controllers.ts');
const OUT = 'tsoa';

type WriteGenerated = (stage: string, file: string, body: string) => Promise<void>;

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
  const metadata = new MetadataGenerator(CONTROLLERS, { experimentalDecorators: true }, [], [CONTROLLERS]).Generate();
  const routes: ExtendedRoutesConfig = {
    entryFile: CONTROLLERS,
    controllerPathGlobs: [CONTROLLERS],
    noImplicitAdditionalProperties: 'ignore',
    bodyCoercion: false,
    routesDir: join(GENERATED_DIR, OUT),
    middleware: 'express',
    authenticationModule: join(ROOT, 'src', 'publish-auth.ts'),
    esm: true,
  };
  const generator = new InMemoryRouteGenerator(withUnvalidatedBodies(metadata), routes);
  await generator.GenerateCustomRoutes();
  // Paths in the generated imports are written relative to generated/tsoa and end in .js (ESM).
  const content = generator.content.replace(/(from ['"])([^'"]+?)\.ts(['"])/g, '$1$2.js$3');
  await writeGenerated(stage, `${OUT}/routes.ts`, `/* eslint-disable */\n// @ts-nocheck -- tsoa's template is not written for exactOptionalPropertyTypes\n${content}`);

  const specDir = join(stage, '.tsoa-spec');
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
  await writeGenerated(stage, `${OUT}/openapi.yaml`, spec);
}
