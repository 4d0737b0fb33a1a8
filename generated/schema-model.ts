// generated — do not edit. Produced by `npm run generate` from spec/control-plane.schema.yaml; change that (or the generator in scripts/) instead.

import { deepFreeze } from './wire.js';

/** What a member holds, as a walker follows it: a timestamp, an enum, an object or an array to descend into, or a plain JSON value. */
export type SchemaType =
  | { readonly kind: 'string' | 'integer' | 'boolean' | 'timestamp' }
  | { readonly kind: 'enum'; readonly name: string }
  | { readonly kind: 'object'; readonly name: string }
  | { readonly kind: 'array'; readonly items: SchemaType };

/** One member of an object type. */
export interface SchemaMember {
  readonly type: SchemaType;
  /** A producer must send it. */
  readonly required: boolean;
  /** `null` is a valid value. */
  readonly nullable: boolean;
  /** What a reader assumes when the member is absent (the schema's `default`); no key when there is none. */
  readonly default?: unknown;
}

/** One object type: every member the schema names, in wire order. */
export interface SchemaObject {
  readonly members: Readonly<Record<string, SchemaMember>>;
}

/** The types of a schema, as the walkers of src/schema-walk.ts follow them. */
export interface SchemaModel {
  readonly objects: Readonly<Record<string, SchemaObject>>;
  /** Every enum's values, in the schema's order. */
  readonly enums: Readonly<Record<string, readonly string[]>>;
}

/** Every object type of spec/control-plane.schema.yaml. */
export type SchemaObjectName = "SnapshotEnvelope" | "DaemonSnapshot" | "DaemonStatus" | "AgentServerStatus" | "MemoryServerStatus" | "MetricsSnapshot" | "IssueSnapshot" | "ConversationEvent" | "FileChange" | "RecentEvent" | "HealthResponse" | "ReadinessResponse" | "MetricsPoint" | "MetricsHistory" | "ErrorDetail" | "Error" | "ErrorBody";

/** Every enum of spec/control-plane.schema.yaml. */
export type SchemaEnumName = "DaemonState" | "IssueRuntimeState" | "WorkerOutcome" | "FileChangeKind" | "RecentEventKind" | "ErrorCode";

/** The model of spec/control-plane.schema.yaml. */
export const SCHEMA_MODEL: SchemaModel & {
  readonly objects: Readonly<Record<SchemaObjectName, SchemaObject>>;
  readonly enums: Readonly<Record<SchemaEnumName, readonly string[]>>;
} = deepFreeze({
  objects: {
    SnapshotEnvelope: {
      members: {
        sequence: { type: { kind: "integer" }, required: true, nullable: false },
        published_at: { type: { kind: "timestamp" }, required: true, nullable: false },
        snapshot: { type: { kind: "object", name: "DaemonSnapshot" }, required: true, nullable: false },
        epoch: { type: { kind: "string" }, required: false, nullable: false },
      },
    },
    DaemonSnapshot: {
      members: {
        generated_at: { type: { kind: "timestamp" }, required: true, nullable: false },
        daemon: { type: { kind: "object", name: "DaemonStatus" }, required: true, nullable: false },
        agent_server: { type: { kind: "object", name: "AgentServerStatus" }, required: true, nullable: false },
        memory_server: { type: { kind: "object", name: "MemoryServerStatus" }, required: false, nullable: false, default: {"enabled":false,"reachable":false,"status_line":"disabled"} },
        metrics: { type: { kind: "object", name: "MetricsSnapshot" }, required: true, nullable: false },
        issues: { type: { kind: "array", items: { kind: "object", name: "IssueSnapshot" } }, required: true, nullable: false },
        recent_events: { type: { kind: "array", items: { kind: "object", name: "RecentEvent" } }, required: true, nullable: false },
      },
    },
    DaemonStatus: {
      members: {
        state: { type: { kind: "enum", name: "DaemonState" }, required: true, nullable: false },
        last_poll_at: { type: { kind: "timestamp" }, required: true, nullable: false },
        workspace_root: { type: { kind: "string" }, required: true, nullable: false },
        status_line: { type: { kind: "string" }, required: true, nullable: false },
      },
    },
    AgentServerStatus: {
      members: {
        reachable: { type: { kind: "boolean" }, required: true, nullable: false },
        base_url: { type: { kind: "string" }, required: true, nullable: false },
        conversation_count: { type: { kind: "integer" }, required: true, nullable: false },
        status_line: { type: { kind: "string" }, required: true, nullable: false },
      },
    },
    MemoryServerStatus: {
      members: {
        enabled: { type: { kind: "boolean" }, required: true, nullable: false },
        reachable: { type: { kind: "boolean" }, required: true, nullable: false },
        endpoint: { type: { kind: "string" }, required: false, nullable: false },
        status_line: { type: { kind: "string" }, required: true, nullable: false },
      },
    },
    MetricsSnapshot: {
      members: {
        running_issues: { type: { kind: "integer" }, required: true, nullable: false },
        retry_queue_depth: { type: { kind: "integer" }, required: true, nullable: false },
        input_tokens: { type: { kind: "integer" }, required: true, nullable: false },
        output_tokens: { type: { kind: "integer" }, required: true, nullable: false },
        cache_read_tokens: { type: { kind: "integer" }, required: true, nullable: false },
        total_tokens: { type: { kind: "integer" }, required: true, nullable: false },
        total_cost_micros: { type: { kind: "integer" }, required: true, nullable: false },
      },
    },
    IssueSnapshot: {
      members: {
        identifier: { type: { kind: "string" }, required: true, nullable: false },
        title: { type: { kind: "string" }, required: true, nullable: false },
        tracker_state: { type: { kind: "string" }, required: true, nullable: false },
        runtime_state: { type: { kind: "enum", name: "IssueRuntimeState" }, required: true, nullable: false },
        last_outcome: { type: { kind: "enum", name: "WorkerOutcome" }, required: true, nullable: false },
        last_event_at: { type: { kind: "timestamp" }, required: true, nullable: false },
        conversation_id_suffix: { type: { kind: "string" }, required: true, nullable: false },
        workspace_path_suffix: { type: { kind: "string" }, required: true, nullable: false },
        retry_count: { type: { kind: "integer" }, required: true, nullable: false },
        blocked: { type: { kind: "boolean" }, required: true, nullable: false },
        server_base_url: { type: { kind: "string" }, required: false, nullable: false },
        transport_target: { type: { kind: "string" }, required: false, nullable: false },
        http_auth_mode: { type: { kind: "string" }, required: false, nullable: false },
        websocket_auth_mode: { type: { kind: "string" }, required: false, nullable: false },
        websocket_query_param_name: { type: { kind: "string" }, required: false, nullable: false },
        recent_events: { type: { kind: "array", items: { kind: "object", name: "ConversationEvent" } }, required: false, nullable: false, default: [] },
        modified_files: { type: { kind: "array", items: { kind: "object", name: "FileChange" } }, required: false, nullable: false, default: [] },
        input_tokens: { type: { kind: "integer" }, required: false, nullable: false, default: 0 },
        output_tokens: { type: { kind: "integer" }, required: false, nullable: false, default: 0 },
        cache_read_tokens: { type: { kind: "integer" }, required: false, nullable: false, default: 0 },
        url: { type: { kind: "string" }, required: false, nullable: false },
      },
    },
    ConversationEvent: {
      members: {
        event_id: { type: { kind: "string" }, required: true, nullable: false },
        happened_at: { type: { kind: "timestamp" }, required: true, nullable: false },
        kind: { type: { kind: "string" }, required: true, nullable: false },
        summary: { type: { kind: "string" }, required: true, nullable: false },
      },
    },
    FileChange: {
      members: {
        path: { type: { kind: "string" }, required: true, nullable: false },
        change_kind: { type: { kind: "enum", name: "FileChangeKind" }, required: true, nullable: false },
        lines_added: { type: { kind: "integer" }, required: true, nullable: false },
        lines_removed: { type: { kind: "integer" }, required: true, nullable: false },
      },
    },
    RecentEvent: {
      members: {
        happened_at: { type: { kind: "timestamp" }, required: true, nullable: false },
        issue_identifier: { type: { kind: "string" }, required: true, nullable: true },
        kind: { type: { kind: "enum", name: "RecentEventKind" }, required: true, nullable: false },
        summary: { type: { kind: "string" }, required: true, nullable: false },
      },
    },
    HealthResponse: {
      members: {
        status: { type: { kind: "string" }, required: true, nullable: false },
        current_sequence: { type: { kind: "integer" }, required: true, nullable: false },
        published_at: { type: { kind: "timestamp" }, required: true, nullable: false },
        issue_count: { type: { kind: "integer" }, required: true, nullable: false },
        epoch: { type: { kind: "string" }, required: false, nullable: false },
      },
    },
    ReadinessResponse: {
      members: {
        status: { type: { kind: "string" }, required: true, nullable: false },
      },
    },
    MetricsPoint: {
      members: {
        published_at: { type: { kind: "timestamp" }, required: true, nullable: false },
        sequence: { type: { kind: "integer" }, required: true, nullable: false },
        generated_at: { type: { kind: "timestamp" }, required: true, nullable: false },
        metrics: { type: { kind: "object", name: "MetricsSnapshot" }, required: true, nullable: false },
      },
    },
    MetricsHistory: {
      members: {
        epoch: { type: { kind: "string" }, required: true, nullable: false },
        max_points: { type: { kind: "integer" }, required: true, nullable: false },
        max_age_seconds: { type: { kind: "integer" }, required: true, nullable: false },
        points: { type: { kind: "array", items: { kind: "object", name: "MetricsPoint" } }, required: true, nullable: false },
      },
    },
    ErrorDetail: {
      members: {
        path: { type: { kind: "string" }, required: true, nullable: false },
        message: { type: { kind: "string" }, required: true, nullable: false },
      },
    },
    Error: {
      members: {
        error: { type: { kind: "object", name: "ErrorBody" }, required: true, nullable: false },
      },
    },
    ErrorBody: {
      members: {
        code: { type: { kind: "enum", name: "ErrorCode" }, required: true, nullable: false },
        message: { type: { kind: "string" }, required: true, nullable: false },
        details: { type: { kind: "array", items: { kind: "object", name: "ErrorDetail" } }, required: false, nullable: false },
      },
    },
  },
  enums: {
    DaemonState: ["starting","ready","degraded","stopped"],
    IssueRuntimeState: ["idle","running","retry_queued","releasing","completed","failed"],
    WorkerOutcome: ["unknown","running","continued","completed","failed","canceled"],
    FileChangeKind: ["created","modified","removed"],
    RecentEventKind: ["worker_started","workspace_prepared","stream_attached","snapshot_published","worker_completed","retry_scheduled","client_attached","client_detached","warning"],
    ErrorCode: ["invalid_json","invalid_snapshot","unauthorized","publishing_disabled","host_not_allowed","origin_not_allowed","not_found","method_not_allowed","request_timeout","payload_too_large","unsupported_media_type","too_many_requests","internal_error","too_many_subscribers","not_ready","store_unavailable"],
  },
});
