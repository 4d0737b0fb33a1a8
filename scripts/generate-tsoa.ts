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

/** How a generated route passes each kind of parameter it supports to the method. */
const ARGUMENT_SOURCES: Readonly<Record<string, string>> = {
  request: 'request',
  // Unvalidated here on purpose: the method hands it to the store, whose generated standalone
  // validator reports every violation as a JSON Pointer (tsoa would check it twice, in its words).
  body: 'request.body',
};

/**
 * The argument list of a method's call in its route, in the method's order. Generation stops at
 * a parameter kind the routes template does not pass (a query, a path or a header parameter
 * would need validation of its own): a route must never call a method with less than it declares.
 */
export function argumentList(operation: string, parameters: Readonly<Record<string, { in: string }>>): string {
  return Object.entries(parameters)
    .map(([name, parameter]) => {
      const source = ARGUMENT_SOURCES[parameter.in];
      if (source === undefined) {
        throw new Error(`${operation}: parameter ${name} is a ${parameter.in} parameter; scripts/tsoa-routes.hbs passes only ${Object.keys(ARGUMENT_SOURCES).join(' and ')} parameters`);
      }
      return source;
    })
    .join(', ');
}

/**
 * tsoa's route generator with our template (scripts/tsoa-routes.hbs), built in memory: the
 * imports must be relative to generated/, not the stage.
 */
class RoutesGenerator extends DefaultRouteGenerator {
  content = '';

  constructor(
    metadata: Tsoa.Metadata,
    options: ExtendedRoutesConfig,
    private readonly runtimeModule: string,
  ) {
    super(metadata, options);
  }

  override async GenerateRoutes(middlewareTemplate: string): Promise<void> {
    this.content = this.buildContent(middlewareTemplate);
  }

  protected override buildContext() {
    const context = super.buildContext();
    return {
      ...context,
      runtimeModule: this.getRelativeImportPath(this.runtimeModule),
      controllers: context.controllers.map((controller) => ({
        ...controller,
        actions: controller.actions.map((action) => ({ ...action, argumentList: argumentList(`${controller.name}.${action.name}`, action.parameters) })),
      })),
    };
  }
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
    middlewareTemplate: join(ROOT, 'scripts', 'tsoa-routes.hbs'),
    esm: true,
  };
  const generator = new RoutesGenerator(metadata, routes, join(tree, 'src', 'route-decorators.ts'));
  await generator.GenerateCustomRoutes();
  // Paths in the generated imports are relative to generated/tsoa and end in .js (ESM).
  await writeGenerated(stage, `${OUT}/routes.ts`, generator.content, SOURCE);

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
