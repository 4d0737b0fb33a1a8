/**
 * `opensymphony-control/server`: embed the control plane in a Node daemon — the sequenced store
 * the daemon publishes to and `createApp`, which serves it.
 */
export { createApp, DEFAULT_BODY_LIMIT_BYTES, type AppOptions, type ControlPlaneApp } from '../app.js';
export { InvalidSnapshotError, SnapshotStore, validateSnapshot, type PublishedEnvelope, type SnapshotListener, type SnapshotStoreOptions } from '../store.js';
export { STREAM_WRITE_TIMEOUT_MS, type StreamEvent } from '../sse.js';
export { ERROR_REGISTRY } from '../errors.js';
