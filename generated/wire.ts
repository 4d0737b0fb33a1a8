// generated — do not edit. Produced by `npm run generate` from spec/control-plane.schema.yaml; change that (or the generator in scripts/) instead.

import type { SnapshotEnvelope, DaemonSnapshot, DaemonStatus, AgentServerStatus, MemoryServerStatus, MetricsSnapshot, IssueSnapshot, ConversationEvent, FileChange, RecentEvent, HealthResponse, ReadinessResponse, MetricsPoint, MetricsHistory, ErrorDetail, Error as ErrorResponse, ErrorBody } from './api-types.js';

/** The generic pieces the serialisers call (src/wire.ts provides them). */
export interface WireRuntime {
  /** A validated RFC 3339 timestamp as the reference writes it. */
  timestamp(value: string): string;
  /** `,"name":json` for each own member of `value` not in `known`, in order; '' when none. */
  unknownMembers(value: object, known: ReadonlySet<string>): string;
}

/** One serialiser per object type of spec/control-plane.schema.yaml: the canonical JSON of a validated value. */
export interface WireSerializers {
  SnapshotEnvelope(value: SnapshotEnvelope): string;
  DaemonSnapshot(value: DaemonSnapshot): string;
  DaemonStatus(value: DaemonStatus): string;
  AgentServerStatus(value: AgentServerStatus): string;
  MemoryServerStatus(value: MemoryServerStatus): string;
  MetricsSnapshot(value: MetricsSnapshot): string;
  IssueSnapshot(value: IssueSnapshot): string;
  ConversationEvent(value: ConversationEvent): string;
  FileChange(value: FileChange): string;
  RecentEvent(value: RecentEvent): string;
  HealthResponse(value: HealthResponse): string;
  ReadinessResponse(value: ReadinessResponse): string;
  MetricsPoint(value: MetricsPoint): string;
  MetricsHistory(value: MetricsHistory): string;
  ErrorDetail(value: ErrorDetail): string;
  Error(value: ErrorResponse): string;
  ErrorBody(value: ErrorBody): string;
}

function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next !== 'object' || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const item of Object.values(next)) pending.push(item);
  }
  return value;
}

/** The `default` of each definition that has one, as a reader fills it in. */
export const DEFAULTS = {
  MemoryServerStatus: deepFreeze({"enabled":false,"reachable":false,"status_line":"disabled"}) as Readonly<MemoryServerStatus>,
} as const;

/** Builds the serialisers around the generic pieces. */
export function createWireSerializers(runtime: WireRuntime): WireSerializers {
  const { timestamp, unknownMembers } = runtime;

  // What JSON.stringify would escape in a string: quotes, backslashes, controls, surrogates.
  const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

  const DEFAULT_DaemonSnapshot_0 = deepFreeze({"enabled":false,"reachable":false,"status_line":"disabled"});

  function writeListIssueSnapshot(items: readonly any[]): string {
    let out = '[';
    for (let index = 0; index < items.length; index += 1) {
      if (index > 0) out += ',';
      out += writeIssueSnapshot(items[index]);
    }
    return out + ']';
  }

  function writeListRecentEvent(items: readonly any[]): string {
    let out = '[';
    for (let index = 0; index < items.length; index += 1) {
      if (index > 0) out += ',';
      out += writeRecentEvent(items[index]);
    }
    return out + ']';
  }

  const DEFAULT_IssueSnapshot_3 = deepFreeze([]);

  function writeListConversationEvent(items: readonly any[]): string {
    let out = '[';
    for (let index = 0; index < items.length; index += 1) {
      if (index > 0) out += ',';
      out += writeConversationEvent(items[index]);
    }
    return out + ']';
  }

  const DEFAULT_IssueSnapshot_5 = deepFreeze([]);

  function writeListFileChange(items: readonly any[]): string {
    let out = '[';
    for (let index = 0; index < items.length; index += 1) {
      if (index > 0) out += ',';
      out += writeFileChange(items[index]);
    }
    return out + ']';
  }

  function writeListMetricsPoint(items: readonly any[]): string {
    let out = '[';
    for (let index = 0; index < items.length; index += 1) {
      if (index > 0) out += ',';
      out += writeMetricsPoint(items[index]);
    }
    return out + ']';
  }

  function writeListErrorDetail(items: readonly any[]): string {
    let out = '[';
    for (let index = 0; index < items.length; index += 1) {
      if (index > 0) out += ',';
      out += writeErrorDetail(items[index]);
    }
    return out + ']';
  }

  const KNOWN_SnapshotEnvelope: ReadonlySet<string> = new Set(["sequence","published_at","snapshot","epoch"]);
  /** SnapshotEnvelope: sequence, published_at, snapshot, epoch. */
  function writeSnapshotEnvelope(value: any): string {
    let out = '{';
    let known = 3;
    let v0 = value["sequence"];
    out += "\"sequence\":" + v0;
    let v1 = value["published_at"];
    v1 = timestamp(v1);
    if (NEEDS_ESCAPE.test(v1)) out += ",\"published_at\":" + JSON.stringify(v1);
    else out += ",\"published_at\":\"" + v1 + '"';
    out += ",\"snapshot\":" + writeDaemonSnapshot(value["snapshot"]);
    let m0 = value["epoch"];
    if (m0 !== undefined) {
      known += 1;
      let v2 = m0;
      if (NEEDS_ESCAPE.test(v2)) out += ",\"epoch\":" + JSON.stringify(v2);
      else out += ",\"epoch\":\"" + v2 + '"';
    }
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_SnapshotEnvelope);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_DaemonSnapshot: ReadonlySet<string> = new Set(["generated_at","daemon","agent_server","memory_server","metrics","issues","recent_events"]);
  /** DaemonSnapshot: generated_at, daemon, agent_server, memory_server, metrics, issues, recent_events. */
  function writeDaemonSnapshot(value: any): string {
    let out = '{';
    let known = 6;
    let v3 = value["generated_at"];
    v3 = timestamp(v3);
    if (NEEDS_ESCAPE.test(v3)) out += "\"generated_at\":" + JSON.stringify(v3);
    else out += "\"generated_at\":\"" + v3 + '"';
    out += ",\"daemon\":" + writeDaemonStatus(value["daemon"]);
    out += ",\"agent_server\":" + writeAgentServerStatus(value["agent_server"]);
    let m0 = value["memory_server"];
    if (m0 === undefined) m0 = DEFAULT_DaemonSnapshot_0;
    else known += 1;
    out += ",\"memory_server\":" + writeMemoryServerStatus(m0);
    out += ",\"metrics\":" + writeMetricsSnapshot(value["metrics"]);
    let v4 = value["issues"];
    out += ",\"issues\":" + writeListIssueSnapshot(v4);
    let v5 = value["recent_events"];
    out += ",\"recent_events\":" + writeListRecentEvent(v5);
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_DaemonSnapshot);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_DaemonStatus: ReadonlySet<string> = new Set(["state","last_poll_at","workspace_root","status_line"]);
  /** DaemonStatus: state, last_poll_at, workspace_root, status_line. */
  function writeDaemonStatus(value: any): string {
    let out = '{';
    let known = 4;
    let v6 = value["state"];
    out += "\"state\":\"" + v6 + '"';
    let v7 = value["last_poll_at"];
    v7 = timestamp(v7);
    if (NEEDS_ESCAPE.test(v7)) out += ",\"last_poll_at\":" + JSON.stringify(v7);
    else out += ",\"last_poll_at\":\"" + v7 + '"';
    let v8 = value["workspace_root"];
    if (NEEDS_ESCAPE.test(v8)) out += ",\"workspace_root\":" + JSON.stringify(v8);
    else out += ",\"workspace_root\":\"" + v8 + '"';
    let v9 = value["status_line"];
    if (NEEDS_ESCAPE.test(v9)) out += ",\"status_line\":" + JSON.stringify(v9);
    else out += ",\"status_line\":\"" + v9 + '"';
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_DaemonStatus);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_AgentServerStatus: ReadonlySet<string> = new Set(["reachable","base_url","conversation_count","status_line"]);
  /** AgentServerStatus: reachable, base_url, conversation_count, status_line. */
  function writeAgentServerStatus(value: any): string {
    let out = '{';
    let known = 4;
    let v10 = value["reachable"];
    out += v10 ? "\"reachable\":true" : "\"reachable\":false";
    let v11 = value["base_url"];
    if (NEEDS_ESCAPE.test(v11)) out += ",\"base_url\":" + JSON.stringify(v11);
    else out += ",\"base_url\":\"" + v11 + '"';
    let v12 = value["conversation_count"];
    out += ",\"conversation_count\":" + v12;
    let v13 = value["status_line"];
    if (NEEDS_ESCAPE.test(v13)) out += ",\"status_line\":" + JSON.stringify(v13);
    else out += ",\"status_line\":\"" + v13 + '"';
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_AgentServerStatus);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_MemoryServerStatus: ReadonlySet<string> = new Set(["enabled","reachable","endpoint","status_line"]);
  /** MemoryServerStatus: enabled, reachable, endpoint, status_line. */
  function writeMemoryServerStatus(value: any): string {
    let out = '{';
    let known = 3;
    let v14 = value["enabled"];
    out += v14 ? "\"enabled\":true" : "\"enabled\":false";
    let v15 = value["reachable"];
    out += v15 ? ",\"reachable\":true" : ",\"reachable\":false";
    let m0 = value["endpoint"];
    if (m0 !== undefined) {
      known += 1;
      let v16 = m0;
      if (NEEDS_ESCAPE.test(v16)) out += ",\"endpoint\":" + JSON.stringify(v16);
      else out += ",\"endpoint\":\"" + v16 + '"';
    }
    let v17 = value["status_line"];
    if (NEEDS_ESCAPE.test(v17)) out += ",\"status_line\":" + JSON.stringify(v17);
    else out += ",\"status_line\":\"" + v17 + '"';
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_MemoryServerStatus);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_MetricsSnapshot: ReadonlySet<string> = new Set(["running_issues","retry_queue_depth","input_tokens","output_tokens","cache_read_tokens","total_tokens","total_cost_micros"]);
  /** MetricsSnapshot: running_issues, retry_queue_depth, input_tokens, output_tokens, cache_read_tokens, total_tokens, total_cost_micros. */
  function writeMetricsSnapshot(value: any): string {
    let out = '{';
    let known = 7;
    let v18 = value["running_issues"];
    out += "\"running_issues\":" + v18;
    let v19 = value["retry_queue_depth"];
    out += ",\"retry_queue_depth\":" + v19;
    let v20 = value["input_tokens"];
    out += ",\"input_tokens\":" + v20;
    let v21 = value["output_tokens"];
    out += ",\"output_tokens\":" + v21;
    let v22 = value["cache_read_tokens"];
    out += ",\"cache_read_tokens\":" + v22;
    let v23 = value["total_tokens"];
    out += ",\"total_tokens\":" + v23;
    let v24 = value["total_cost_micros"];
    out += ",\"total_cost_micros\":" + v24;
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_MetricsSnapshot);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_IssueSnapshot: ReadonlySet<string> = new Set(["identifier","title","tracker_state","runtime_state","last_outcome","last_event_at","conversation_id_suffix","workspace_path_suffix","retry_count","blocked","server_base_url","transport_target","http_auth_mode","websocket_auth_mode","websocket_query_param_name","recent_events","modified_files","input_tokens","output_tokens","cache_read_tokens","url"]);
  /** IssueSnapshot: identifier, title, tracker_state, runtime_state, last_outcome, last_event_at, conversation_id_suffix, workspace_path_suffix, retry_count, blocked, server_base_url, transport_target, http_auth_mode, websocket_auth_mode, websocket_query_param_name, recent_events, modified_files, input_tokens, output_tokens, cache_read_tokens, url. */
  function writeIssueSnapshot(value: any): string {
    let out = '{';
    let known = 10;
    let v25 = value["identifier"];
    if (NEEDS_ESCAPE.test(v25)) out += "\"identifier\":" + JSON.stringify(v25);
    else out += "\"identifier\":\"" + v25 + '"';
    let v26 = value["title"];
    if (NEEDS_ESCAPE.test(v26)) out += ",\"title\":" + JSON.stringify(v26);
    else out += ",\"title\":\"" + v26 + '"';
    let v27 = value["tracker_state"];
    if (NEEDS_ESCAPE.test(v27)) out += ",\"tracker_state\":" + JSON.stringify(v27);
    else out += ",\"tracker_state\":\"" + v27 + '"';
    let v28 = value["runtime_state"];
    out += ",\"runtime_state\":\"" + v28 + '"';
    let v29 = value["last_outcome"];
    out += ",\"last_outcome\":\"" + v29 + '"';
    let v30 = value["last_event_at"];
    v30 = timestamp(v30);
    if (NEEDS_ESCAPE.test(v30)) out += ",\"last_event_at\":" + JSON.stringify(v30);
    else out += ",\"last_event_at\":\"" + v30 + '"';
    let v31 = value["conversation_id_suffix"];
    if (NEEDS_ESCAPE.test(v31)) out += ",\"conversation_id_suffix\":" + JSON.stringify(v31);
    else out += ",\"conversation_id_suffix\":\"" + v31 + '"';
    let v32 = value["workspace_path_suffix"];
    if (NEEDS_ESCAPE.test(v32)) out += ",\"workspace_path_suffix\":" + JSON.stringify(v32);
    else out += ",\"workspace_path_suffix\":\"" + v32 + '"';
    let v33 = value["retry_count"];
    out += ",\"retry_count\":" + v33;
    let v34 = value["blocked"];
    out += v34 ? ",\"blocked\":true" : ",\"blocked\":false";
    let m0 = value["server_base_url"];
    if (m0 !== undefined) {
      known += 1;
      let v35 = m0;
      if (NEEDS_ESCAPE.test(v35)) out += ",\"server_base_url\":" + JSON.stringify(v35);
      else out += ",\"server_base_url\":\"" + v35 + '"';
    }
    let m1 = value["transport_target"];
    if (m1 !== undefined) {
      known += 1;
      let v36 = m1;
      if (NEEDS_ESCAPE.test(v36)) out += ",\"transport_target\":" + JSON.stringify(v36);
      else out += ",\"transport_target\":\"" + v36 + '"';
    }
    let m2 = value["http_auth_mode"];
    if (m2 !== undefined) {
      known += 1;
      let v37 = m2;
      if (NEEDS_ESCAPE.test(v37)) out += ",\"http_auth_mode\":" + JSON.stringify(v37);
      else out += ",\"http_auth_mode\":\"" + v37 + '"';
    }
    let m3 = value["websocket_auth_mode"];
    if (m3 !== undefined) {
      known += 1;
      let v38 = m3;
      if (NEEDS_ESCAPE.test(v38)) out += ",\"websocket_auth_mode\":" + JSON.stringify(v38);
      else out += ",\"websocket_auth_mode\":\"" + v38 + '"';
    }
    let m4 = value["websocket_query_param_name"];
    if (m4 !== undefined) {
      known += 1;
      let v39 = m4;
      if (NEEDS_ESCAPE.test(v39)) out += ",\"websocket_query_param_name\":" + JSON.stringify(v39);
      else out += ",\"websocket_query_param_name\":\"" + v39 + '"';
    }
    let m5 = value["recent_events"];
    if (m5 === undefined) m5 = DEFAULT_IssueSnapshot_3;
    else known += 1;
    if (m5.length > 0) {
      let v40 = m5;
      out += ",\"recent_events\":" + writeListConversationEvent(v40);
    }
    let m6 = value["modified_files"];
    if (m6 === undefined) m6 = DEFAULT_IssueSnapshot_5;
    else known += 1;
    if (m6.length > 0) {
      let v41 = m6;
      out += ",\"modified_files\":" + writeListFileChange(v41);
    }
    let m7 = value["input_tokens"];
    if (m7 === undefined) m7 = 0;
    else known += 1;
    let v42 = m7;
    out += ",\"input_tokens\":" + v42;
    let m8 = value["output_tokens"];
    if (m8 === undefined) m8 = 0;
    else known += 1;
    let v43 = m8;
    out += ",\"output_tokens\":" + v43;
    let m9 = value["cache_read_tokens"];
    if (m9 === undefined) m9 = 0;
    else known += 1;
    let v44 = m9;
    out += ",\"cache_read_tokens\":" + v44;
    let m10 = value["url"];
    if (m10 !== undefined) {
      known += 1;
      let v45 = m10;
      if (NEEDS_ESCAPE.test(v45)) out += ",\"url\":" + JSON.stringify(v45);
      else out += ",\"url\":\"" + v45 + '"';
    }
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_IssueSnapshot);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_ConversationEvent: ReadonlySet<string> = new Set(["event_id","happened_at","kind","summary"]);
  /** ConversationEvent: event_id, happened_at, kind, summary. */
  function writeConversationEvent(value: any): string {
    let out = '{';
    let known = 4;
    let v46 = value["event_id"];
    if (NEEDS_ESCAPE.test(v46)) out += "\"event_id\":" + JSON.stringify(v46);
    else out += "\"event_id\":\"" + v46 + '"';
    let v47 = value["happened_at"];
    v47 = timestamp(v47);
    if (NEEDS_ESCAPE.test(v47)) out += ",\"happened_at\":" + JSON.stringify(v47);
    else out += ",\"happened_at\":\"" + v47 + '"';
    let v48 = value["kind"];
    if (NEEDS_ESCAPE.test(v48)) out += ",\"kind\":" + JSON.stringify(v48);
    else out += ",\"kind\":\"" + v48 + '"';
    let v49 = value["summary"];
    if (NEEDS_ESCAPE.test(v49)) out += ",\"summary\":" + JSON.stringify(v49);
    else out += ",\"summary\":\"" + v49 + '"';
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_ConversationEvent);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_FileChange: ReadonlySet<string> = new Set(["path","change_kind","lines_added","lines_removed"]);
  /** FileChange: path, change_kind, lines_added, lines_removed. */
  function writeFileChange(value: any): string {
    let out = '{';
    let known = 4;
    let v50 = value["path"];
    if (NEEDS_ESCAPE.test(v50)) out += "\"path\":" + JSON.stringify(v50);
    else out += "\"path\":\"" + v50 + '"';
    let v51 = value["change_kind"];
    out += ",\"change_kind\":\"" + v51 + '"';
    let v52 = value["lines_added"];
    out += ",\"lines_added\":" + v52;
    let v53 = value["lines_removed"];
    out += ",\"lines_removed\":" + v53;
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_FileChange);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_RecentEvent: ReadonlySet<string> = new Set(["happened_at","issue_identifier","kind","summary"]);
  /** RecentEvent: happened_at, issue_identifier, kind, summary. */
  function writeRecentEvent(value: any): string {
    let out = '{';
    let known = 4;
    let v54 = value["happened_at"];
    v54 = timestamp(v54);
    if (NEEDS_ESCAPE.test(v54)) out += "\"happened_at\":" + JSON.stringify(v54);
    else out += "\"happened_at\":\"" + v54 + '"';
    let v55 = value["issue_identifier"];
    if (v55 === null) out += ",\"issue_identifier\":null";
    else {
      if (NEEDS_ESCAPE.test(v55)) out += ",\"issue_identifier\":" + JSON.stringify(v55);
      else out += ",\"issue_identifier\":\"" + v55 + '"';
    }
    let v56 = value["kind"];
    out += ",\"kind\":\"" + v56 + '"';
    let v57 = value["summary"];
    if (NEEDS_ESCAPE.test(v57)) out += ",\"summary\":" + JSON.stringify(v57);
    else out += ",\"summary\":\"" + v57 + '"';
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_RecentEvent);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_HealthResponse: ReadonlySet<string> = new Set(["status","current_sequence","published_at","issue_count","epoch"]);
  /** HealthResponse: status, current_sequence, published_at, issue_count, epoch. */
  function writeHealthResponse(value: any): string {
    let out = '{';
    let known = 4;
    let v58 = value["status"];
    out += "\"status\":\"" + v58 + '"';
    let v59 = value["current_sequence"];
    out += ",\"current_sequence\":" + v59;
    let v60 = value["published_at"];
    v60 = timestamp(v60);
    if (NEEDS_ESCAPE.test(v60)) out += ",\"published_at\":" + JSON.stringify(v60);
    else out += ",\"published_at\":\"" + v60 + '"';
    let v61 = value["issue_count"];
    out += ",\"issue_count\":" + v61;
    let m0 = value["epoch"];
    if (m0 !== undefined) {
      known += 1;
      let v62 = m0;
      if (NEEDS_ESCAPE.test(v62)) out += ",\"epoch\":" + JSON.stringify(v62);
      else out += ",\"epoch\":\"" + v62 + '"';
    }
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_HealthResponse);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_ReadinessResponse: ReadonlySet<string> = new Set(["status"]);
  /** ReadinessResponse: status. */
  function writeReadinessResponse(value: any): string {
    let out = '{';
    let known = 1;
    let v63 = value["status"];
    out += "\"status\":\"" + v63 + '"';
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_ReadinessResponse);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_MetricsPoint: ReadonlySet<string> = new Set(["published_at","sequence","generated_at","metrics"]);
  /** MetricsPoint: published_at, sequence, generated_at, metrics. */
  function writeMetricsPoint(value: any): string {
    let out = '{';
    let known = 4;
    let v64 = value["published_at"];
    v64 = timestamp(v64);
    if (NEEDS_ESCAPE.test(v64)) out += "\"published_at\":" + JSON.stringify(v64);
    else out += "\"published_at\":\"" + v64 + '"';
    let v65 = value["sequence"];
    out += ",\"sequence\":" + v65;
    let v66 = value["generated_at"];
    v66 = timestamp(v66);
    if (NEEDS_ESCAPE.test(v66)) out += ",\"generated_at\":" + JSON.stringify(v66);
    else out += ",\"generated_at\":\"" + v66 + '"';
    out += ",\"metrics\":" + writeMetricsSnapshot(value["metrics"]);
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_MetricsPoint);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_MetricsHistory: ReadonlySet<string> = new Set(["epoch","max_points","max_age_seconds","points"]);
  /** MetricsHistory: epoch, max_points, max_age_seconds, points. */
  function writeMetricsHistory(value: any): string {
    let out = '{';
    let known = 4;
    let v67 = value["epoch"];
    if (NEEDS_ESCAPE.test(v67)) out += "\"epoch\":" + JSON.stringify(v67);
    else out += "\"epoch\":\"" + v67 + '"';
    let v68 = value["max_points"];
    out += ",\"max_points\":" + v68;
    let v69 = value["max_age_seconds"];
    out += ",\"max_age_seconds\":" + v69;
    let v70 = value["points"];
    out += ",\"points\":" + writeListMetricsPoint(v70);
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_MetricsHistory);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_ErrorDetail: ReadonlySet<string> = new Set(["path","message"]);
  /** ErrorDetail: path, message. */
  function writeErrorDetail(value: any): string {
    let out = '{';
    let known = 2;
    let v71 = value["path"];
    if (NEEDS_ESCAPE.test(v71)) out += "\"path\":" + JSON.stringify(v71);
    else out += "\"path\":\"" + v71 + '"';
    let v72 = value["message"];
    if (NEEDS_ESCAPE.test(v72)) out += ",\"message\":" + JSON.stringify(v72);
    else out += ",\"message\":\"" + v72 + '"';
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_ErrorDetail);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_Error: ReadonlySet<string> = new Set(["error"]);
  /** Error: error. */
  function writeError(value: any): string {
    let out = '{';
    let known = 1;
    out += "\"error\":" + writeErrorBody(value["error"]);
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_Error);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  const KNOWN_ErrorBody: ReadonlySet<string> = new Set(["code","message","details"]);
  /** ErrorBody: code, message, details. */
  function writeErrorBody(value: any): string {
    let out = '{';
    let known = 2;
    let v73 = value["code"];
    out += "\"code\":\"" + v73 + '"';
    let v74 = value["message"];
    if (NEEDS_ESCAPE.test(v74)) out += ",\"message\":" + JSON.stringify(v74);
    else out += ",\"message\":\"" + v74 + '"';
    let m0 = value["details"];
    if (m0 !== undefined) {
      known += 1;
      let v75 = m0;
      out += ",\"details\":" + writeListErrorDetail(v75);
    }
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known) {
      const extra = unknownMembers(value, KNOWN_ErrorBody);
      out += out.length === 1 ? extra.slice(1) : extra;
    }
    return out + '}';
  }

  return {
    SnapshotEnvelope: writeSnapshotEnvelope,
    DaemonSnapshot: writeDaemonSnapshot,
    DaemonStatus: writeDaemonStatus,
    AgentServerStatus: writeAgentServerStatus,
    MemoryServerStatus: writeMemoryServerStatus,
    MetricsSnapshot: writeMetricsSnapshot,
    IssueSnapshot: writeIssueSnapshot,
    ConversationEvent: writeConversationEvent,
    FileChange: writeFileChange,
    RecentEvent: writeRecentEvent,
    HealthResponse: writeHealthResponse,
    ReadinessResponse: writeReadinessResponse,
    MetricsPoint: writeMetricsPoint,
    MetricsHistory: writeMetricsHistory,
    ErrorDetail: writeErrorDetail,
    Error: writeError,
    ErrorBody: writeErrorBody,
  };
}
