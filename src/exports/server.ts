/**
 * `opensymphony-control/server`: embed the control plane in a Node daemon — the sequenced store
 * the daemon publishes to, `createApp`, which serves it, and `configureServer`, which hardens the
 * node:http server it runs in.
 */
export { createApp, type AppOptions, type ControlPlaneApp } from '../app.js';
export { configureServer, KEEP_ALIVE_TIMEOUT_MS, type ServerLimitOptions } from '../http-server.js';
export {
  CAP_RETRY_AFTER_S,
  DEFAULT_BODY_LIMIT_BYTES,
  DEFAULT_MAX_SUBSCRIBERS,
  DEFAULT_MAX_SUBSCRIBERS_PER_CLIENT,
  DEFAULT_REQUEST_TIMEOUT_MS,
  HEADERS_TIMEOUT_MS,
  MAX_JSON_DEPTH,
} from '../limits.js';
export { ANY_HOST } from '../request-policy.js';
export { InvalidSnapshotError, SnapshotStore, validateSnapshot, type PublishedEnvelope, type SnapshotListener, type SnapshotStoreOptions } from '../store.js';
export { STREAM_WRITE_TIMEOUT_MS, type StreamEvent } from '../sse.js';
export { fileDescriptorLimit, fitSubscriberCap } from '../stream-limits.js';
export { ERROR_REGISTRY } from '../errors.js';
export { StoreUnavailableError, type SnapshotEngine } from '../engine.js';
