// generated — do not edit. Produced by `npm run generate` from spec/; change the spec (or the generator in scripts/) instead.

import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './api-types.js';

/** Every operation of spec/openapi.yaml by operationId: its method and its path below the service root. */
export const OPERATIONS = {
  /** Report liveness and the current sequence */
  getHealth: { method: 'GET', path: '/healthz' },
  /** Report whether the control plane can serve and accept publishes */
  getReadiness: { method: 'GET', path: '/readyz' },
  /** Scrape the control plane's metrics */
  getMetrics: { method: 'GET', path: '/metrics' },
  /** Read the current snapshot */
  getSnapshot: { method: 'GET', path: '/api/v1/snapshot' },
  /** Publish a new snapshot */
  publishSnapshot: { method: 'PUT', path: '/api/v1/snapshot' },
  /** Read the recent metrics history */
  getHistory: { method: 'GET', path: '/api/v1/history' },
  /** Follow every snapshot as server-sent events */
  streamEvents: { method: 'GET', path: '/api/v1/events' },
  /** Read this OpenAPI document (YAML) */
  getOpenApiDocument: { method: 'GET', path: '/openapi.yaml' },
  /** Read this OpenAPI document (JSON) */
  getOpenApiDocumentJson: { method: 'GET', path: '/openapi.json' },
  /** Read the AsyncAPI document of the event stream (YAML) */
  getAsyncApiDocument: { method: 'GET', path: '/asyncapi.yaml' },
  /** Read the AsyncAPI document of the event stream (JSON) */
  getAsyncApiDocumentJson: { method: 'GET', path: '/asyncapi.json' },
  /** Browse the API reference */
  getDocs: { method: 'GET', path: '/docs' },
  /** Browse the reference of the HTTP API */
  getOpenApiReference: { method: 'GET', path: '/docs/openapi' },
  /** Browse the reference of the event stream */
  getAsyncApiReference: { method: 'GET', path: '/docs/asyncapi' },
} as const;

export type OperationId = keyof typeof OPERATIONS;

/**
 * A bare openapi-fetch client typed by spec/openapi.yaml: HTTP errors are returned as
 * `{ error }`, nothing is validated. src/client.ts builds the reference client on it.
 */
export function createControlPlaneFetchClient(options: ClientOptions) {
  return createClient<paths>(options);
}

export type ControlPlaneFetchClient = ReturnType<typeof createControlPlaneFetchClient>;
