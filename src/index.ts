/**
 * opensymphony-control: the control plane of a Symphony-style orchestrator, embeddable in a
 * Node daemon. The store holds the snapshots, `createApp` serves them, the client reads them.
 */
export { createApp, DEFAULT_BODY_LIMIT_BYTES, type AppOptions, type ControlPlaneApp } from './app.js';
export { InvalidSnapshotError, SnapshotStore, validateSnapshot, type PublishedEnvelope, type SnapshotListener, type SnapshotStoreOptions } from './store.js';
export { STREAM_WRITE_TIMEOUT_MS, type StreamEvent } from './sse.js';
export { ApiError, ERROR_REGISTRY } from './errors.js';
export {
  ControlPlaneClient,
  FOLLOW_RECONNECT_BASE_MS,
  FOLLOW_RECONNECT_MAX_MS,
  SNAPSHOT_TIMEOUT_MS,
  STREAM_ATTACH_TIMEOUT_MS,
  STREAM_READ_TIMEOUT_MS,
  type ClientOptions,
  type ControlPlaneEventStream,
  type FollowOptions,
  type FollowUpdate,
} from './client.js';
export {
  ControlPlaneClientError,
  DecodeError,
  InvalidBaseUrlError,
  RequestError,
  StreamAttachTimeoutError,
  StreamError,
  type ControlPlaneClientErrorCode,
} from './client-errors.js';
export { canonicalEnvelope, canonicalSnapshot, DEFAULT_MEMORY_SERVER, normalizeTimestamp } from './wire.js';
export * from '../generated/events.js';
export { VALIDATORS, type ValidationIssue, type ValidationResult, type Validator } from '../generated/validators/index.js';
export {
  DaemonSnapshotValidator,
  HealthResponseValidator,
  SnapshotEnvelopeValidator,
  ErrorResponseValidator,
} from '../generated/validators/index.js';
export type {
  AgentServerStatus,
  ConversationEvent,
  DaemonSnapshot,
  DaemonState,
  DaemonStatus,
  ErrorCode,
  FileChange,
  FileChangeKind,
  HealthResponse,
  IssueRuntimeState,
  IssueSnapshot,
  MemoryServerStatus,
  MetricsSnapshot,
  RecentEvent,
  RecentEventKind,
  SnapshotEnvelope,
  WorkerOutcome,
} from '../generated/api-types.js';
