/**
 * `opensymphony-control/client`: read a control plane from Node — the typed client, its errors,
 * its deadlines and the contract's types and validators. Loads no server code and no express.
 */
export {
  ControlPlaneClient,
  FOLLOW_RECONNECT_BASE_MS,
  FOLLOW_RECONNECT_MAX_MS,
  FOLLOW_RETRY_AFTER_MAX_MS,
  MAX_EVENT_BYTES,
  SNAPSHOT_TIMEOUT_MS,
  STREAM_ATTACH_TIMEOUT_MS,
  STREAM_READ_TIMEOUT_MS,
  type ClientOptions,
  type ControlPlaneEventStream,
  type FollowOptions,
  type FollowUpdate,
} from '../client.js';
export {
  ControlPlaneClientError,
  DecodeError,
  EventTooLargeError,
  HttpFailureError,
  InvalidBaseUrlError,
  RequestError,
  StreamAttachTimeoutError,
  StreamError,
  type ControlPlaneClientErrorCode,
  type HttpFailureDetails,
} from '../client-errors.js';
export { canonicalEnvelope, canonicalSnapshot, DEFAULT_MEMORY_SERVER, normalizeTimestamp } from '../wire.js';
export * from '../../generated/events.js';
export {
  DaemonSnapshotValidator,
  ErrorResponseValidator,
  HealthResponseValidator,
  SnapshotEnvelopeValidator,
  VALIDATORS,
  type ValidationIssue,
  type ValidationResult,
  type Validator,
} from '../../generated/validators/index.js';
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
} from '../../generated/api-types.js';
