// generated — do not edit. Produced by `npm run generate` from spec/openapi.yaml (the paths tagged contract); change that (or the generator in scripts/) instead.

/** One route of the served contract: what it serves, and as what. */
export interface ServedRoute {
  readonly operationId: string;
  /** A bundled document (`openapi`, `asyncapi`), or with `text/html` its rendered reference (`index`: the /docs page). */
  readonly serves: 'openapi' | 'asyncapi' | 'index';
  readonly mediaType: 'application/yaml' | 'application/json' | 'text/html';
  /** The `Cache-Control` of its 200 (and 304), the `const` the spec gives it. */
  readonly cacheControl: string;
}

/** The served contract's routes below the service root, from spec/openapi.yaml. */
export const SERVED_ROUTES: Readonly<Record<string, ServedRoute>> = {
  "/openapi.yaml": { operationId: 'getOpenApiDocument', serves: 'openapi', mediaType: 'application/yaml', cacheControl: "no-cache" },
  "/openapi.json": { operationId: 'getOpenApiDocumentJson', serves: 'openapi', mediaType: 'application/json', cacheControl: "no-cache" },
  "/asyncapi.yaml": { operationId: 'getAsyncApiDocument', serves: 'asyncapi', mediaType: 'application/yaml', cacheControl: "no-cache" },
  "/asyncapi.json": { operationId: 'getAsyncApiDocumentJson', serves: 'asyncapi', mediaType: 'application/json', cacheControl: "no-cache" },
  "/docs": { operationId: 'getDocs', serves: 'index', mediaType: 'text/html', cacheControl: "no-cache" },
  "/docs/openapi": { operationId: 'getOpenApiReference', serves: 'openapi', mediaType: 'text/html', cacheControl: "no-cache" },
  "/docs/asyncapi": { operationId: 'getAsyncApiReference', serves: 'asyncapi', mediaType: 'text/html', cacheControl: "no-cache" },
};
