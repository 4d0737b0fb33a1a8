// generated — do not edit. Produced by `npm run generate` from spec/control-plane.schema.yaml; change that (or the generator in scripts/) instead.
interface StandaloneError { instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown>; message?: string }
interface StandaloneValidator { (data: unknown): boolean; errors?: StandaloneError[] | null }
declare const validators: {
  AgentServerStatus: StandaloneValidator;
  ConversationEvent: StandaloneValidator;
  DaemonSnapshot: StandaloneValidator;
  DaemonState: StandaloneValidator;
  DaemonStatus: StandaloneValidator;
  Epoch: StandaloneValidator;
  Error: StandaloneValidator;
  ErrorBody: StandaloneValidator;
  ErrorCode: StandaloneValidator;
  ErrorDetail: StandaloneValidator;
  FileChange: StandaloneValidator;
  FileChangeKind: StandaloneValidator;
  HealthResponse: StandaloneValidator;
  IssueRuntimeState: StandaloneValidator;
  IssueSnapshot: StandaloneValidator;
  MemoryServerStatus: StandaloneValidator;
  MetricsHistory: StandaloneValidator;
  MetricsPoint: StandaloneValidator;
  MetricsSnapshot: StandaloneValidator;
  ReadinessResponse: StandaloneValidator;
  RecentEvent: StandaloneValidator;
  RecentEventKind: StandaloneValidator;
  SnapshotEnvelope: StandaloneValidator;
  Timestamp: StandaloneValidator;
  U32: StandaloneValidator;
  U64: StandaloneValidator;
  WorkerOutcome: StandaloneValidator;
  /** The same validators, stopping at the first violation (the same values pass). */
  fast: {
    AgentServerStatus: StandaloneValidator;
    ConversationEvent: StandaloneValidator;
    DaemonSnapshot: StandaloneValidator;
    DaemonState: StandaloneValidator;
    DaemonStatus: StandaloneValidator;
    Epoch: StandaloneValidator;
    Error: StandaloneValidator;
    ErrorBody: StandaloneValidator;
    ErrorCode: StandaloneValidator;
    ErrorDetail: StandaloneValidator;
    FileChange: StandaloneValidator;
    FileChangeKind: StandaloneValidator;
    HealthResponse: StandaloneValidator;
    IssueRuntimeState: StandaloneValidator;
    IssueSnapshot: StandaloneValidator;
    MemoryServerStatus: StandaloneValidator;
    MetricsHistory: StandaloneValidator;
    MetricsPoint: StandaloneValidator;
    MetricsSnapshot: StandaloneValidator;
    ReadinessResponse: StandaloneValidator;
    RecentEvent: StandaloneValidator;
    RecentEventKind: StandaloneValidator;
    SnapshotEnvelope: StandaloneValidator;
    Timestamp: StandaloneValidator;
    U32: StandaloneValidator;
    U64: StandaloneValidator;
    WorkerOutcome: StandaloneValidator;
  };
};
export = validators;
