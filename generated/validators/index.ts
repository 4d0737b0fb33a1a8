// generated — do not edit. Produced by `npm run generate` from spec/control-plane.schema.yaml; change that (or the generator in scripts/) instead.

import standalone from './standalone.cjs';
import type { AgentServerStatus, ConversationEvent, DaemonSnapshot, DaemonState, DaemonStatus, Epoch, Error as ErrorResponse, ErrorBody, ErrorCode, ErrorDetail, FileChange, FileChangeKind, HealthResponse, IssueRuntimeState, IssueSnapshot, MemoryServerStatus, MetricsHistory, MetricsPoint, MetricsSnapshot, ReadinessResponse, RecentEvent, RecentEventKind, SnapshotEnvelope, Timestamp, U32, U64, WorkerOutcome } from '../api-types.js';

/** One violation: where (an RFC 6901 JSON Pointer into the value, `~0`/`~1` escaped) and what (at most MAX_MESSAGE_LENGTH characters). */
export interface ValidationIssue {
  path: string;
  message: string;
  keyword: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationIssue[] };

/** A validator generated from spec/control-plane.schema.yaml. */
export interface Validator<T> {
  /** The schema name in spec/control-plane.schema.yaml. */
  readonly schema: string;
  validate(value: unknown): ValidationResult<T>;
  is(value: unknown): value is T;
}

/** The longest message of one violation: enough for an enum's allowed values, never a schema dump. */
export const MAX_MESSAGE_LENGTH = 200;

function shorten(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

function describe(error: { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }): ValidationIssue {
  const params = error.params;
  let message = error.message ?? error.keyword;
  if (error.keyword === 'enum' && Array.isArray(params['allowedValues'])) {
    message += ` (${(params['allowedValues'] as unknown[]).map(String).join(', ')})`;
  } else if (error.keyword === 'required' && typeof params['missingProperty'] === 'string') {
    // Where the member would be: the pointer resolves in the body once the member is added.
    return { path: `${error.instancePath}/${params['missingProperty'].replace(/~/g, '~0').replace(/\//g, '~1')}`, message: 'is required', keyword: error.keyword };
  }
  return { path: error.instancePath, message: shorten(message), keyword: error.keyword };
}

/**
 * `quick` (the fast validator) and `check` (the full one) accept the same values: `quick` stops at
 * the first violation, `check` runs only when it found one, to list them all.
 */
type StandaloneValidator = (typeof standalone)['fast'][keyof (typeof standalone)['fast']];

function validator<T>(schema: string, quick: StandaloneValidator, check: StandaloneValidator): Validator<T> {
  return {
    schema,
    validate(value: unknown): ValidationResult<T> {
      if (quick(value) || check(value)) return { ok: true, value: value as T };
      return { ok: false, errors: (check.errors ?? []).map(describe) };
    },
    is(value: unknown): value is T {
      return quick(value) || check(value);
    },
  };
}

/** Validates a `AgentServerStatus` against spec/control-plane.schema.yaml. */
export const AgentServerStatusValidator: Validator<AgentServerStatus> = validator('AgentServerStatus', standalone.fast.AgentServerStatus, standalone.AgentServerStatus);

/** Validates a `ConversationEvent` against spec/control-plane.schema.yaml. */
export const ConversationEventValidator: Validator<ConversationEvent> = validator('ConversationEvent', standalone.fast.ConversationEvent, standalone.ConversationEvent);

/** Validates a `DaemonSnapshot` against spec/control-plane.schema.yaml. */
export const DaemonSnapshotValidator: Validator<DaemonSnapshot> = validator('DaemonSnapshot', standalone.fast.DaemonSnapshot, standalone.DaemonSnapshot);

/** Validates a `DaemonState` against spec/control-plane.schema.yaml. */
export const DaemonStateValidator: Validator<DaemonState> = validator('DaemonState', standalone.fast.DaemonState, standalone.DaemonState);

/** Validates a `DaemonStatus` against spec/control-plane.schema.yaml. */
export const DaemonStatusValidator: Validator<DaemonStatus> = validator('DaemonStatus', standalone.fast.DaemonStatus, standalone.DaemonStatus);

/** Validates a `Epoch` against spec/control-plane.schema.yaml. */
export const EpochValidator: Validator<Epoch> = validator('Epoch', standalone.fast.Epoch, standalone.Epoch);

/** Validates a `Error` against spec/control-plane.schema.yaml. */
export const ErrorResponseValidator: Validator<ErrorResponse> = validator('Error', standalone.fast.Error, standalone.Error);

/** Validates a `ErrorBody` against spec/control-plane.schema.yaml. */
export const ErrorBodyValidator: Validator<ErrorBody> = validator('ErrorBody', standalone.fast.ErrorBody, standalone.ErrorBody);

/** Validates a `ErrorCode` against spec/control-plane.schema.yaml. */
export const ErrorCodeValidator: Validator<ErrorCode> = validator('ErrorCode', standalone.fast.ErrorCode, standalone.ErrorCode);

/** Validates a `ErrorDetail` against spec/control-plane.schema.yaml. */
export const ErrorDetailValidator: Validator<ErrorDetail> = validator('ErrorDetail', standalone.fast.ErrorDetail, standalone.ErrorDetail);

/** Validates a `FileChange` against spec/control-plane.schema.yaml. */
export const FileChangeValidator: Validator<FileChange> = validator('FileChange', standalone.fast.FileChange, standalone.FileChange);

/** Validates a `FileChangeKind` against spec/control-plane.schema.yaml. */
export const FileChangeKindValidator: Validator<FileChangeKind> = validator('FileChangeKind', standalone.fast.FileChangeKind, standalone.FileChangeKind);

/** Validates a `HealthResponse` against spec/control-plane.schema.yaml. */
export const HealthResponseValidator: Validator<HealthResponse> = validator('HealthResponse', standalone.fast.HealthResponse, standalone.HealthResponse);

/** Validates a `IssueRuntimeState` against spec/control-plane.schema.yaml. */
export const IssueRuntimeStateValidator: Validator<IssueRuntimeState> = validator('IssueRuntimeState', standalone.fast.IssueRuntimeState, standalone.IssueRuntimeState);

/** Validates a `IssueSnapshot` against spec/control-plane.schema.yaml. */
export const IssueSnapshotValidator: Validator<IssueSnapshot> = validator('IssueSnapshot', standalone.fast.IssueSnapshot, standalone.IssueSnapshot);

/** Validates a `MemoryServerStatus` against spec/control-plane.schema.yaml. */
export const MemoryServerStatusValidator: Validator<MemoryServerStatus> = validator('MemoryServerStatus', standalone.fast.MemoryServerStatus, standalone.MemoryServerStatus);

/** Validates a `MetricsHistory` against spec/control-plane.schema.yaml. */
export const MetricsHistoryValidator: Validator<MetricsHistory> = validator('MetricsHistory', standalone.fast.MetricsHistory, standalone.MetricsHistory);

/** Validates a `MetricsPoint` against spec/control-plane.schema.yaml. */
export const MetricsPointValidator: Validator<MetricsPoint> = validator('MetricsPoint', standalone.fast.MetricsPoint, standalone.MetricsPoint);

/** Validates a `MetricsSnapshot` against spec/control-plane.schema.yaml. */
export const MetricsSnapshotValidator: Validator<MetricsSnapshot> = validator('MetricsSnapshot', standalone.fast.MetricsSnapshot, standalone.MetricsSnapshot);

/** Validates a `ReadinessResponse` against spec/control-plane.schema.yaml. */
export const ReadinessResponseValidator: Validator<ReadinessResponse> = validator('ReadinessResponse', standalone.fast.ReadinessResponse, standalone.ReadinessResponse);

/** Validates a `RecentEvent` against spec/control-plane.schema.yaml. */
export const RecentEventValidator: Validator<RecentEvent> = validator('RecentEvent', standalone.fast.RecentEvent, standalone.RecentEvent);

/** Validates a `RecentEventKind` against spec/control-plane.schema.yaml. */
export const RecentEventKindValidator: Validator<RecentEventKind> = validator('RecentEventKind', standalone.fast.RecentEventKind, standalone.RecentEventKind);

/** Validates a `SnapshotEnvelope` against spec/control-plane.schema.yaml. */
export const SnapshotEnvelopeValidator: Validator<SnapshotEnvelope> = validator('SnapshotEnvelope', standalone.fast.SnapshotEnvelope, standalone.SnapshotEnvelope);

/** Validates a `Timestamp` against spec/control-plane.schema.yaml. */
export const TimestampValidator: Validator<Timestamp> = validator('Timestamp', standalone.fast.Timestamp, standalone.Timestamp);

/** Validates a `U32` against spec/control-plane.schema.yaml. */
export const U32Validator: Validator<U32> = validator('U32', standalone.fast.U32, standalone.U32);

/** Validates a `U64` against spec/control-plane.schema.yaml. */
export const U64Validator: Validator<U64> = validator('U64', standalone.fast.U64, standalone.U64);

/** Validates a `WorkerOutcome` against spec/control-plane.schema.yaml. */
export const WorkerOutcomeValidator: Validator<WorkerOutcome> = validator('WorkerOutcome', standalone.fast.WorkerOutcome, standalone.WorkerOutcome);

/** Every validator by its schema name in spec/control-plane.schema.yaml. */
export const VALIDATORS: Readonly<Record<string, Validator<unknown>>> = {
  AgentServerStatus: AgentServerStatusValidator,
  ConversationEvent: ConversationEventValidator,
  DaemonSnapshot: DaemonSnapshotValidator,
  DaemonState: DaemonStateValidator,
  DaemonStatus: DaemonStatusValidator,
  Epoch: EpochValidator,
  Error: ErrorResponseValidator,
  ErrorBody: ErrorBodyValidator,
  ErrorCode: ErrorCodeValidator,
  ErrorDetail: ErrorDetailValidator,
  FileChange: FileChangeValidator,
  FileChangeKind: FileChangeKindValidator,
  HealthResponse: HealthResponseValidator,
  IssueRuntimeState: IssueRuntimeStateValidator,
  IssueSnapshot: IssueSnapshotValidator,
  MemoryServerStatus: MemoryServerStatusValidator,
  MetricsHistory: MetricsHistoryValidator,
  MetricsPoint: MetricsPointValidator,
  MetricsSnapshot: MetricsSnapshotValidator,
  ReadinessResponse: ReadinessResponseValidator,
  RecentEvent: RecentEventValidator,
  RecentEventKind: RecentEventKindValidator,
  SnapshotEnvelope: SnapshotEnvelopeValidator,
  Timestamp: TimestampValidator,
  U32: U32Validator,
  U64: U64Validator,
  WorkerOutcome: WorkerOutcomeValidator,
};
