// generated — do not edit. Produced by `npm run generate` from spec/openapi.yaml; change that (or the generator in scripts/) instead.

/** Who may call an operation: anyone, holders of the read token (when the server has one), or holders of the publish token. */
export type Access = 'open' | 'read' | 'publish';

export interface RouteOperation {
  readonly operationId: string;
  readonly access: Access;
  /** The operation documents 304: it honours `If-None-Match`. */
  readonly conditional: boolean;
}

/** Every path of spec/openapi.yaml, each method it allows (HEAD wherever GET) and that method's operation. */
export const ROUTES: Readonly<Record<string, Readonly<Record<string, RouteOperation>>>> = {
  '/healthz': {
    GET: { operationId: 'getHealth', access: 'open', conditional: false },
    HEAD: { operationId: 'getHealth', access: 'open', conditional: false },
  },
  '/readyz': {
    GET: { operationId: 'getReadiness', access: 'open', conditional: false },
    HEAD: { operationId: 'getReadiness', access: 'open', conditional: false },
  },
  '/metrics': {
    GET: { operationId: 'getMetrics', access: 'read', conditional: false },
    HEAD: { operationId: 'getMetrics', access: 'read', conditional: false },
  },
  '/api/v1/snapshot': {
    GET: { operationId: 'getSnapshot', access: 'read', conditional: true },
    HEAD: { operationId: 'getSnapshot', access: 'read', conditional: true },
    PUT: { operationId: 'publishSnapshot', access: 'publish', conditional: false },
  },
  '/api/v1/history': {
    GET: { operationId: 'getHistory', access: 'read', conditional: false },
    HEAD: { operationId: 'getHistory', access: 'read', conditional: false },
  },
  '/api/v1/events': {
    GET: { operationId: 'streamEvents', access: 'read', conditional: false },
    HEAD: { operationId: 'streamEvents', access: 'read', conditional: false },
  },
  '/openapi.yaml': {
    GET: { operationId: 'getOpenApiDocument', access: 'read', conditional: true },
    HEAD: { operationId: 'getOpenApiDocument', access: 'read', conditional: true },
  },
  '/openapi.json': {
    GET: { operationId: 'getOpenApiDocumentJson', access: 'read', conditional: true },
    HEAD: { operationId: 'getOpenApiDocumentJson', access: 'read', conditional: true },
  },
  '/asyncapi.yaml': {
    GET: { operationId: 'getAsyncApiDocument', access: 'read', conditional: true },
    HEAD: { operationId: 'getAsyncApiDocument', access: 'read', conditional: true },
  },
  '/asyncapi.json': {
    GET: { operationId: 'getAsyncApiDocumentJson', access: 'read', conditional: true },
    HEAD: { operationId: 'getAsyncApiDocumentJson', access: 'read', conditional: true },
  },
  '/docs': {
    GET: { operationId: 'getDocs', access: 'read', conditional: true },
    HEAD: { operationId: 'getDocs', access: 'read', conditional: true },
  },
  '/docs/openapi': {
    GET: { operationId: 'getOpenApiReference', access: 'read', conditional: true },
    HEAD: { operationId: 'getOpenApiReference', access: 'read', conditional: true },
  },
  '/docs/asyncapi': {
    GET: { operationId: 'getAsyncApiReference', access: 'read', conditional: true },
    HEAD: { operationId: 'getAsyncApiReference', access: 'read', conditional: true },
  },
};

/** The methods each path allows, for 405 answers and their `Allow` header. */
export const ROUTE_METHODS: Readonly<Record<string, readonly string[]>> = {
  '/healthz': ['GET', 'HEAD'],
  '/readyz': ['GET', 'HEAD'],
  '/metrics': ['GET', 'HEAD'],
  '/api/v1/snapshot': ['GET', 'HEAD', 'PUT'],
  '/api/v1/history': ['GET', 'HEAD'],
  '/api/v1/events': ['GET', 'HEAD'],
  '/openapi.yaml': ['GET', 'HEAD'],
  '/openapi.json': ['GET', 'HEAD'],
  '/asyncapi.yaml': ['GET', 'HEAD'],
  '/asyncapi.json': ['GET', 'HEAD'],
  '/docs': ['GET', 'HEAD'],
  '/docs/openapi': ['GET', 'HEAD'],
  '/docs/asyncapi': ['GET', 'HEAD'],
};

/** The path of every operation, by operationId. */
export const OPERATION_PATHS = {
  getHealth: '/healthz',
  getReadiness: '/readyz',
  getMetrics: '/metrics',
  getSnapshot: '/api/v1/snapshot',
  publishSnapshot: '/api/v1/snapshot',
  getHistory: '/api/v1/history',
  streamEvents: '/api/v1/events',
  getOpenApiDocument: '/openapi.yaml',
  getOpenApiDocumentJson: '/openapi.json',
  getAsyncApiDocument: '/asyncapi.yaml',
  getAsyncApiDocumentJson: '/asyncapi.json',
  getDocs: '/docs',
  getOpenApiReference: '/docs/openapi',
  getAsyncApiReference: '/docs/asyncapi',
} as const;
