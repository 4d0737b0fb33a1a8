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

/** Freezes `value` and every object in it; iterative, so a deep value cannot overflow the stack. An object already frozen counts as frozen all the way down. */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const item of Object.values(next)) if (typeof item === 'object' && item !== null) pending.push(item);
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

/** The generic pieces the builders call (src/wire.ts provides them). */
export interface WireBuildRuntime {
  /** A validated RFC 3339 timestamp as the reference writes it. */
  timestamp(value: string): string;
  /**
   * Adds to `target` each own member of `source` not in `known`, in order, as data (a
   * `__proto__` too); false when one is named like an array index, which JavaScript enumerates
   * before the known members.
   */
  appendUnknown(target: object, source: object, known: ReadonlySet<string>): boolean;
  /** A JSON copy of a value the schema does not pin down to one type. */
  copy(value: unknown): unknown;
  /** Called on every object and array the builders make, once it is complete. */
  seal<T extends object>(value: T): T;
}

/** A canonical object, and whether `JSON.stringify` writes it in canonical order. */
export interface Built<T> {
  readonly value: T;
  /** False when some object got a member named like an array index: write it with the serialisers. */
  readonly inOrder: boolean;
}

/** One builder per object type of spec/control-plane.schema.yaml: the canonical object of a validated value. */
export interface WireBuilders {
  SnapshotEnvelope(value: SnapshotEnvelope): Built<SnapshotEnvelope>;
  DaemonSnapshot(value: DaemonSnapshot): Built<DaemonSnapshot>;
  DaemonStatus(value: DaemonStatus): Built<DaemonStatus>;
  AgentServerStatus(value: AgentServerStatus): Built<AgentServerStatus>;
  MemoryServerStatus(value: MemoryServerStatus): Built<MemoryServerStatus>;
  MetricsSnapshot(value: MetricsSnapshot): Built<MetricsSnapshot>;
  IssueSnapshot(value: IssueSnapshot): Built<IssueSnapshot>;
  ConversationEvent(value: ConversationEvent): Built<ConversationEvent>;
  FileChange(value: FileChange): Built<FileChange>;
  RecentEvent(value: RecentEvent): Built<RecentEvent>;
  HealthResponse(value: HealthResponse): Built<HealthResponse>;
  ReadinessResponse(value: ReadinessResponse): Built<ReadinessResponse>;
  MetricsPoint(value: MetricsPoint): Built<MetricsPoint>;
  MetricsHistory(value: MetricsHistory): Built<MetricsHistory>;
  ErrorDetail(value: ErrorDetail): Built<ErrorDetail>;
  Error(value: ErrorResponse): Built<ErrorResponse>;
  ErrorBody(value: ErrorBody): Built<ErrorBody>;
}

/** Builds the builders around the generic pieces. */
export function createWireBuilders(runtime: WireBuildRuntime): WireBuilders {
  const { timestamp, appendUnknown, seal } = runtime;
  // Cleared by each call of a builder below; any object out of order sets it.
  let inOrder = true;

  const DEFAULT_DaemonSnapshot_0 = deepFreeze({"enabled":false,"reachable":false,"status_line":"disabled"});

  function buildListIssueSnapshot(items: readonly any[]): any[] {
    const out: any[] = [];
    for (let index = 0; index < items.length; index += 1) {
      out.push(buildIssueSnapshot(items[index]));
    }
    return seal(out);
  }

  function buildListRecentEvent(items: readonly any[]): any[] {
    const out: any[] = [];
    for (let index = 0; index < items.length; index += 1) {
      out.push(buildRecentEvent(items[index]));
    }
    return seal(out);
  }

  function buildListConversationEvent(items: readonly any[]): any[] {
    const out: any[] = [];
    for (let index = 0; index < items.length; index += 1) {
      out.push(buildConversationEvent(items[index]));
    }
    return seal(out);
  }

  function buildListFileChange(items: readonly any[]): any[] {
    const out: any[] = [];
    for (let index = 0; index < items.length; index += 1) {
      out.push(buildFileChange(items[index]));
    }
    return seal(out);
  }

  function buildListMetricsPoint(items: readonly any[]): any[] {
    const out: any[] = [];
    for (let index = 0; index < items.length; index += 1) {
      out.push(buildMetricsPoint(items[index]));
    }
    return seal(out);
  }

  function buildListErrorDetail(items: readonly any[]): any[] {
    const out: any[] = [];
    for (let index = 0; index < items.length; index += 1) {
      out.push(buildErrorDetail(items[index]));
    }
    return seal(out);
  }

  const KNOWN_SnapshotEnvelope: ReadonlySet<string> = new Set(["sequence","published_at","snapshot","epoch"]);
  /** SnapshotEnvelope: sequence, published_at, snapshot, epoch. */
  function buildSnapshotEnvelope(value: any): any {
    let known = 3;
    const out: any = { "sequence": value["sequence"], "published_at": timestamp(value["published_at"]), "snapshot": buildDaemonSnapshot(value["snapshot"]) };
    let m0 = value["epoch"];
    if (m0 !== undefined) {
      known += 1;
      out["epoch"] = m0;
    }
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_SnapshotEnvelope)) inOrder = false;
    return seal(out);
  }

  const KNOWN_DaemonSnapshot: ReadonlySet<string> = new Set(["generated_at","daemon","agent_server","memory_server","metrics","issues","recent_events"]);
  /** DaemonSnapshot: generated_at, daemon, agent_server, memory_server, metrics, issues, recent_events. */
  function buildDaemonSnapshot(value: any): any {
    let known = 6;
    let m0 = value["memory_server"];
    if (m0 === undefined) m0 = DEFAULT_DaemonSnapshot_0;
    else known += 1;
    const out: any = { "generated_at": timestamp(value["generated_at"]), "daemon": buildDaemonStatus(value["daemon"]), "agent_server": buildAgentServerStatus(value["agent_server"]), "memory_server": buildMemoryServerStatus(m0), "metrics": buildMetricsSnapshot(value["metrics"]), "issues": buildListIssueSnapshot(value["issues"]), "recent_events": buildListRecentEvent(value["recent_events"]) };
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_DaemonSnapshot)) inOrder = false;
    return seal(out);
  }

  const KNOWN_DaemonStatus: ReadonlySet<string> = new Set(["state","last_poll_at","workspace_root","status_line"]);
  /** DaemonStatus: state, last_poll_at, workspace_root, status_line. */
  function buildDaemonStatus(value: any): any {
    let known = 4;
    const out: any = { "state": value["state"], "last_poll_at": timestamp(value["last_poll_at"]), "workspace_root": value["workspace_root"], "status_line": value["status_line"] };
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_DaemonStatus)) inOrder = false;
    return seal(out);
  }

  const KNOWN_AgentServerStatus: ReadonlySet<string> = new Set(["reachable","base_url","conversation_count","status_line"]);
  /** AgentServerStatus: reachable, base_url, conversation_count, status_line. */
  function buildAgentServerStatus(value: any): any {
    let known = 4;
    const out: any = { "reachable": value["reachable"], "base_url": value["base_url"], "conversation_count": value["conversation_count"], "status_line": value["status_line"] };
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_AgentServerStatus)) inOrder = false;
    return seal(out);
  }

  const KNOWN_MemoryServerStatus: ReadonlySet<string> = new Set(["enabled","reachable","endpoint","status_line"]);
  /** MemoryServerStatus: enabled, reachable, endpoint, status_line. */
  function buildMemoryServerStatus(value: any): any {
    let known = 3;
    const out: any = { "enabled": value["enabled"], "reachable": value["reachable"] };
    let m0 = value["endpoint"];
    if (m0 !== undefined) {
      known += 1;
      out["endpoint"] = m0;
    }
    out["status_line"] = value["status_line"];
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_MemoryServerStatus)) inOrder = false;
    return seal(out);
  }

  const KNOWN_MetricsSnapshot: ReadonlySet<string> = new Set(["running_issues","retry_queue_depth","input_tokens","output_tokens","cache_read_tokens","total_tokens","total_cost_micros"]);
  /** MetricsSnapshot: running_issues, retry_queue_depth, input_tokens, output_tokens, cache_read_tokens, total_tokens, total_cost_micros. */
  function buildMetricsSnapshot(value: any): any {
    let known = 7;
    const out: any = { "running_issues": value["running_issues"], "retry_queue_depth": value["retry_queue_depth"], "input_tokens": value["input_tokens"], "output_tokens": value["output_tokens"], "cache_read_tokens": value["cache_read_tokens"], "total_tokens": value["total_tokens"], "total_cost_micros": value["total_cost_micros"] };
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_MetricsSnapshot)) inOrder = false;
    return seal(out);
  }

  const KNOWN_IssueSnapshot: ReadonlySet<string> = new Set(["identifier","title","tracker_state","runtime_state","last_outcome","last_event_at","conversation_id_suffix","workspace_path_suffix","retry_count","blocked","server_base_url","transport_target","http_auth_mode","websocket_auth_mode","websocket_query_param_name","recent_events","modified_files","input_tokens","output_tokens","cache_read_tokens","url"]);
  /** IssueSnapshot: identifier, title, tracker_state, runtime_state, last_outcome, last_event_at, conversation_id_suffix, workspace_path_suffix, retry_count, blocked, server_base_url, transport_target, http_auth_mode, websocket_auth_mode, websocket_query_param_name, recent_events, modified_files, input_tokens, output_tokens, cache_read_tokens, url. */
  function buildIssueSnapshot(value: any): any {
    let known = 10;
    const out: any = { "identifier": value["identifier"], "title": value["title"], "tracker_state": value["tracker_state"], "runtime_state": value["runtime_state"], "last_outcome": value["last_outcome"], "last_event_at": timestamp(value["last_event_at"]), "conversation_id_suffix": value["conversation_id_suffix"], "workspace_path_suffix": value["workspace_path_suffix"], "retry_count": value["retry_count"], "blocked": value["blocked"] };
    let m0 = value["server_base_url"];
    if (m0 !== undefined) {
      known += 1;
      out["server_base_url"] = m0;
    }
    let m1 = value["transport_target"];
    if (m1 !== undefined) {
      known += 1;
      out["transport_target"] = m1;
    }
    let m2 = value["http_auth_mode"];
    if (m2 !== undefined) {
      known += 1;
      out["http_auth_mode"] = m2;
    }
    let m3 = value["websocket_auth_mode"];
    if (m3 !== undefined) {
      known += 1;
      out["websocket_auth_mode"] = m3;
    }
    let m4 = value["websocket_query_param_name"];
    if (m4 !== undefined) {
      known += 1;
      out["websocket_query_param_name"] = m4;
    }
    let m5 = value["recent_events"];
    if (m5 !== undefined) {
      known += 1;
      if (m5.length > 0) {
        out["recent_events"] = buildListConversationEvent(m5);
      }
    }
    let m6 = value["modified_files"];
    if (m6 !== undefined) {
      known += 1;
      if (m6.length > 0) {
        out["modified_files"] = buildListFileChange(m6);
      }
    }
    let m7 = value["input_tokens"];
    if (m7 === undefined) m7 = 0;
    else known += 1;
    out["input_tokens"] = m7;
    let m8 = value["output_tokens"];
    if (m8 === undefined) m8 = 0;
    else known += 1;
    out["output_tokens"] = m8;
    let m9 = value["cache_read_tokens"];
    if (m9 === undefined) m9 = 0;
    else known += 1;
    out["cache_read_tokens"] = m9;
    let m10 = value["url"];
    if (m10 !== undefined) {
      known += 1;
      out["url"] = m10;
    }
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_IssueSnapshot)) inOrder = false;
    return seal(out);
  }

  const KNOWN_ConversationEvent: ReadonlySet<string> = new Set(["event_id","happened_at","kind","summary"]);
  /** ConversationEvent: event_id, happened_at, kind, summary. */
  function buildConversationEvent(value: any): any {
    let known = 4;
    const out: any = { "event_id": value["event_id"], "happened_at": timestamp(value["happened_at"]), "kind": value["kind"], "summary": value["summary"] };
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_ConversationEvent)) inOrder = false;
    return seal(out);
  }

  const KNOWN_FileChange: ReadonlySet<string> = new Set(["path","change_kind","lines_added","lines_removed"]);
  /** FileChange: path, change_kind, lines_added, lines_removed. */
  function buildFileChange(value: any): any {
    let known = 4;
    const out: any = { "path": value["path"], "change_kind": value["change_kind"], "lines_added": value["lines_added"], "lines_removed": value["lines_removed"] };
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_FileChange)) inOrder = false;
    return seal(out);
  }

  const KNOWN_RecentEvent: ReadonlySet<string> = new Set(["happened_at","issue_identifier","kind","summary"]);
  /** RecentEvent: happened_at, issue_identifier, kind, summary. */
  function buildRecentEvent(value: any): any {
    let known = 4;
    const out: any = { "happened_at": timestamp(value["happened_at"]), "issue_identifier": value["issue_identifier"], "kind": value["kind"], "summary": value["summary"] };
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_RecentEvent)) inOrder = false;
    return seal(out);
  }

  const KNOWN_HealthResponse: ReadonlySet<string> = new Set(["status","current_sequence","published_at","issue_count","epoch"]);
  /** HealthResponse: status, current_sequence, published_at, issue_count, epoch. */
  function buildHealthResponse(value: any): any {
    let known = 4;
    const out: any = { "status": value["status"], "current_sequence": value["current_sequence"], "published_at": timestamp(value["published_at"]), "issue_count": value["issue_count"] };
    let m0 = value["epoch"];
    if (m0 !== undefined) {
      known += 1;
      out["epoch"] = m0;
    }
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_HealthResponse)) inOrder = false;
    return seal(out);
  }

  const KNOWN_ReadinessResponse: ReadonlySet<string> = new Set(["status"]);
  /** ReadinessResponse: status. */
  function buildReadinessResponse(value: any): any {
    let known = 1;
    const out: any = { "status": value["status"] };
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_ReadinessResponse)) inOrder = false;
    return seal(out);
  }

  const KNOWN_MetricsPoint: ReadonlySet<string> = new Set(["published_at","sequence","generated_at","metrics"]);
  /** MetricsPoint: published_at, sequence, generated_at, metrics. */
  function buildMetricsPoint(value: any): any {
    let known = 4;
    const out: any = { "published_at": timestamp(value["published_at"]), "sequence": value["sequence"], "generated_at": timestamp(value["generated_at"]), "metrics": buildMetricsSnapshot(value["metrics"]) };
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_MetricsPoint)) inOrder = false;
    return seal(out);
  }

  const KNOWN_MetricsHistory: ReadonlySet<string> = new Set(["epoch","max_points","max_age_seconds","points"]);
  /** MetricsHistory: epoch, max_points, max_age_seconds, points. */
  function buildMetricsHistory(value: any): any {
    let known = 4;
    const out: any = { "epoch": value["epoch"], "max_points": value["max_points"], "max_age_seconds": value["max_age_seconds"], "points": buildListMetricsPoint(value["points"]) };
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_MetricsHistory)) inOrder = false;
    return seal(out);
  }

  const KNOWN_ErrorDetail: ReadonlySet<string> = new Set(["path","message"]);
  /** ErrorDetail: path, message. */
  function buildErrorDetail(value: any): any {
    let known = 2;
    const out: any = { "path": value["path"], "message": value["message"] };
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_ErrorDetail)) inOrder = false;
    return seal(out);
  }

  const KNOWN_Error: ReadonlySet<string> = new Set(["error"]);
  /** Error: error. */
  function buildError(value: any): any {
    let known = 1;
    const out: any = { "error": buildErrorBody(value["error"]) };
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_Error)) inOrder = false;
    return seal(out);
  }

  const KNOWN_ErrorBody: ReadonlySet<string> = new Set(["code","message","details"]);
  /** ErrorBody: code, message, details. */
  function buildErrorBody(value: any): any {
    let known = 2;
    const out: any = { "code": value["code"], "message": value["message"] };
    let m0 = value["details"];
    if (m0 !== undefined) {
      known += 1;
      out["details"] = buildListErrorDetail(m0);
    }
    // Every own member is known unless the counts differ: only then are they looked at.
    if (Object.keys(value).length !== known && !appendUnknown(out, value, KNOWN_ErrorBody)) inOrder = false;
    return seal(out);
  }

  return {
    SnapshotEnvelope(value) {
      inOrder = true;
      const built = buildSnapshotEnvelope(value);
      return { value: built, inOrder };
    },
    DaemonSnapshot(value) {
      inOrder = true;
      const built = buildDaemonSnapshot(value);
      return { value: built, inOrder };
    },
    DaemonStatus(value) {
      inOrder = true;
      const built = buildDaemonStatus(value);
      return { value: built, inOrder };
    },
    AgentServerStatus(value) {
      inOrder = true;
      const built = buildAgentServerStatus(value);
      return { value: built, inOrder };
    },
    MemoryServerStatus(value) {
      inOrder = true;
      const built = buildMemoryServerStatus(value);
      return { value: built, inOrder };
    },
    MetricsSnapshot(value) {
      inOrder = true;
      const built = buildMetricsSnapshot(value);
      return { value: built, inOrder };
    },
    IssueSnapshot(value) {
      inOrder = true;
      const built = buildIssueSnapshot(value);
      return { value: built, inOrder };
    },
    ConversationEvent(value) {
      inOrder = true;
      const built = buildConversationEvent(value);
      return { value: built, inOrder };
    },
    FileChange(value) {
      inOrder = true;
      const built = buildFileChange(value);
      return { value: built, inOrder };
    },
    RecentEvent(value) {
      inOrder = true;
      const built = buildRecentEvent(value);
      return { value: built, inOrder };
    },
    HealthResponse(value) {
      inOrder = true;
      const built = buildHealthResponse(value);
      return { value: built, inOrder };
    },
    ReadinessResponse(value) {
      inOrder = true;
      const built = buildReadinessResponse(value);
      return { value: built, inOrder };
    },
    MetricsPoint(value) {
      inOrder = true;
      const built = buildMetricsPoint(value);
      return { value: built, inOrder };
    },
    MetricsHistory(value) {
      inOrder = true;
      const built = buildMetricsHistory(value);
      return { value: built, inOrder };
    },
    ErrorDetail(value) {
      inOrder = true;
      const built = buildErrorDetail(value);
      return { value: built, inOrder };
    },
    Error(value) {
      inOrder = true;
      const built = buildError(value);
      return { value: built, inOrder };
    },
    ErrorBody(value) {
      inOrder = true;
      const built = buildErrorBody(value);
      return { value: built, inOrder };
    },
  };
}

/** The generic pieces the checkers call (src/wire.ts provides them). */
export interface WireCheckRuntime {
  /** Whether a validated RFC 3339 timestamp is already written as the reference writes it. */
  isCanonicalTimestamp(value: string): boolean;
}

/**
 * One checker per object type of spec/control-plane.schema.yaml: whether a validated value is already its own
 * canonical object (members in order, defaults present, empties left out, timestamps canonical,
 * nothing unknown, only plain objects and arrays), so `JSON.stringify` writes its canonical
 * JSON as it is. What producers that follow the schema send usually is.
 */
export interface WireCheckers {
  SnapshotEnvelope(value: SnapshotEnvelope): boolean;
  DaemonSnapshot(value: DaemonSnapshot): boolean;
  DaemonStatus(value: DaemonStatus): boolean;
  AgentServerStatus(value: AgentServerStatus): boolean;
  MemoryServerStatus(value: MemoryServerStatus): boolean;
  MetricsSnapshot(value: MetricsSnapshot): boolean;
  IssueSnapshot(value: IssueSnapshot): boolean;
  ConversationEvent(value: ConversationEvent): boolean;
  FileChange(value: FileChange): boolean;
  RecentEvent(value: RecentEvent): boolean;
  HealthResponse(value: HealthResponse): boolean;
  ReadinessResponse(value: ReadinessResponse): boolean;
  MetricsPoint(value: MetricsPoint): boolean;
  MetricsHistory(value: MetricsHistory): boolean;
  ErrorDetail(value: ErrorDetail): boolean;
  Error(value: ErrorResponse): boolean;
  ErrorBody(value: ErrorBody): boolean;
}

/** Builds the checkers around the generic pieces. */
export function createWireCheckers(runtime: WireCheckRuntime): WireCheckers {
  const { isCanonicalTimestamp } = runtime;

  // Another prototype may carry a toJSON or getters of its own: only plain objects are taken as they are.
  function isPlainObject(value: object): boolean {
    const prototype: unknown = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
  }

  function checkListIssueSnapshot(items: any): boolean {
    if (Object.getPrototypeOf(items) !== Array.prototype) return false;
    for (let index = 0; index < items.length; index += 1) if (!checkIssueSnapshot(items[index])) return false;
    return true;
  }

  function checkListRecentEvent(items: any): boolean {
    if (Object.getPrototypeOf(items) !== Array.prototype) return false;
    for (let index = 0; index < items.length; index += 1) if (!checkRecentEvent(items[index])) return false;
    return true;
  }

  function checkListConversationEvent(items: any): boolean {
    if (Object.getPrototypeOf(items) !== Array.prototype) return false;
    for (let index = 0; index < items.length; index += 1) if (!checkConversationEvent(items[index])) return false;
    return true;
  }

  function checkListFileChange(items: any): boolean {
    if (Object.getPrototypeOf(items) !== Array.prototype) return false;
    for (let index = 0; index < items.length; index += 1) if (!checkFileChange(items[index])) return false;
    return true;
  }

  function checkListMetricsPoint(items: any): boolean {
    if (Object.getPrototypeOf(items) !== Array.prototype) return false;
    for (let index = 0; index < items.length; index += 1) if (!checkMetricsPoint(items[index])) return false;
    return true;
  }

  function checkListErrorDetail(items: any): boolean {
    if (Object.getPrototypeOf(items) !== Array.prototype) return false;
    for (let index = 0; index < items.length; index += 1) if (!checkErrorDetail(items[index])) return false;
    return true;
  }

  function checkSnapshotEnvelope(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "sequence") return false;
    at += 1;
    if (keys[at] !== "published_at") return false;
    at += 1;
    const c1 = value["published_at"];
    if (!isCanonicalTimestamp(c1)) return false;
    if (keys[at] !== "snapshot") return false;
    at += 1;
    const c2 = value["snapshot"];
    if (!checkDaemonSnapshot(c2)) return false;
    if (keys[at] === "epoch") {
      at += 1;
      const c3 = value["epoch"];
      if (c3 === undefined) return false;
    }
    return at === keys.length;
  }

  function checkDaemonSnapshot(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "generated_at") return false;
    at += 1;
    const c0 = value["generated_at"];
    if (!isCanonicalTimestamp(c0)) return false;
    if (keys[at] !== "daemon") return false;
    at += 1;
    const c1 = value["daemon"];
    if (!checkDaemonStatus(c1)) return false;
    if (keys[at] !== "agent_server") return false;
    at += 1;
    const c2 = value["agent_server"];
    if (!checkAgentServerStatus(c2)) return false;
    if (keys[at] !== "memory_server") return false;
    at += 1;
    const c3 = value["memory_server"];
    if (c3 === undefined) return false;
    if (!checkMemoryServerStatus(c3)) return false;
    if (keys[at] !== "metrics") return false;
    at += 1;
    const c4 = value["metrics"];
    if (!checkMetricsSnapshot(c4)) return false;
    if (keys[at] !== "issues") return false;
    at += 1;
    const c5 = value["issues"];
    if (!checkListIssueSnapshot(c5)) return false;
    if (keys[at] !== "recent_events") return false;
    at += 1;
    const c6 = value["recent_events"];
    if (!checkListRecentEvent(c6)) return false;
    return at === keys.length;
  }

  function checkDaemonStatus(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "state") return false;
    at += 1;
    if (keys[at] !== "last_poll_at") return false;
    at += 1;
    const c1 = value["last_poll_at"];
    if (!isCanonicalTimestamp(c1)) return false;
    if (keys[at] !== "workspace_root") return false;
    at += 1;
    if (keys[at] !== "status_line") return false;
    at += 1;
    return at === keys.length;
  }

  function checkAgentServerStatus(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "reachable") return false;
    at += 1;
    if (keys[at] !== "base_url") return false;
    at += 1;
    if (keys[at] !== "conversation_count") return false;
    at += 1;
    if (keys[at] !== "status_line") return false;
    at += 1;
    return at === keys.length;
  }

  function checkMemoryServerStatus(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "enabled") return false;
    at += 1;
    if (keys[at] !== "reachable") return false;
    at += 1;
    if (keys[at] === "endpoint") {
      at += 1;
      const c2 = value["endpoint"];
      if (c2 === undefined) return false;
    }
    if (keys[at] !== "status_line") return false;
    at += 1;
    return at === keys.length;
  }

  function checkMetricsSnapshot(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "running_issues") return false;
    at += 1;
    if (keys[at] !== "retry_queue_depth") return false;
    at += 1;
    if (keys[at] !== "input_tokens") return false;
    at += 1;
    if (keys[at] !== "output_tokens") return false;
    at += 1;
    if (keys[at] !== "cache_read_tokens") return false;
    at += 1;
    if (keys[at] !== "total_tokens") return false;
    at += 1;
    if (keys[at] !== "total_cost_micros") return false;
    at += 1;
    return at === keys.length;
  }

  function checkIssueSnapshot(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "identifier") return false;
    at += 1;
    if (keys[at] !== "title") return false;
    at += 1;
    if (keys[at] !== "tracker_state") return false;
    at += 1;
    if (keys[at] !== "runtime_state") return false;
    at += 1;
    if (keys[at] !== "last_outcome") return false;
    at += 1;
    if (keys[at] !== "last_event_at") return false;
    at += 1;
    const c5 = value["last_event_at"];
    if (!isCanonicalTimestamp(c5)) return false;
    if (keys[at] !== "conversation_id_suffix") return false;
    at += 1;
    if (keys[at] !== "workspace_path_suffix") return false;
    at += 1;
    if (keys[at] !== "retry_count") return false;
    at += 1;
    if (keys[at] !== "blocked") return false;
    at += 1;
    if (keys[at] === "server_base_url") {
      at += 1;
      const c10 = value["server_base_url"];
      if (c10 === undefined) return false;
    }
    if (keys[at] === "transport_target") {
      at += 1;
      const c11 = value["transport_target"];
      if (c11 === undefined) return false;
    }
    if (keys[at] === "http_auth_mode") {
      at += 1;
      const c12 = value["http_auth_mode"];
      if (c12 === undefined) return false;
    }
    if (keys[at] === "websocket_auth_mode") {
      at += 1;
      const c13 = value["websocket_auth_mode"];
      if (c13 === undefined) return false;
    }
    if (keys[at] === "websocket_query_param_name") {
      at += 1;
      const c14 = value["websocket_query_param_name"];
      if (c14 === undefined) return false;
    }
    if (keys[at] === "recent_events") {
      at += 1;
      const c15 = value["recent_events"];
      if (c15 === undefined) return false;
      if (c15.length === 0) return false;
      if (!checkListConversationEvent(c15)) return false;
    }
    if (keys[at] === "modified_files") {
      at += 1;
      const c16 = value["modified_files"];
      if (c16 === undefined) return false;
      if (c16.length === 0) return false;
      if (!checkListFileChange(c16)) return false;
    }
    if (keys[at] !== "input_tokens") return false;
    at += 1;
    const c17 = value["input_tokens"];
    if (c17 === undefined) return false;
    if (keys[at] !== "output_tokens") return false;
    at += 1;
    const c18 = value["output_tokens"];
    if (c18 === undefined) return false;
    if (keys[at] !== "cache_read_tokens") return false;
    at += 1;
    const c19 = value["cache_read_tokens"];
    if (c19 === undefined) return false;
    if (keys[at] === "url") {
      at += 1;
      const c20 = value["url"];
      if (c20 === undefined) return false;
    }
    return at === keys.length;
  }

  function checkConversationEvent(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "event_id") return false;
    at += 1;
    if (keys[at] !== "happened_at") return false;
    at += 1;
    const c1 = value["happened_at"];
    if (!isCanonicalTimestamp(c1)) return false;
    if (keys[at] !== "kind") return false;
    at += 1;
    if (keys[at] !== "summary") return false;
    at += 1;
    return at === keys.length;
  }

  function checkFileChange(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "path") return false;
    at += 1;
    if (keys[at] !== "change_kind") return false;
    at += 1;
    if (keys[at] !== "lines_added") return false;
    at += 1;
    if (keys[at] !== "lines_removed") return false;
    at += 1;
    return at === keys.length;
  }

  function checkRecentEvent(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "happened_at") return false;
    at += 1;
    const c0 = value["happened_at"];
    if (!isCanonicalTimestamp(c0)) return false;
    if (keys[at] !== "issue_identifier") return false;
    at += 1;
    if (keys[at] !== "kind") return false;
    at += 1;
    if (keys[at] !== "summary") return false;
    at += 1;
    return at === keys.length;
  }

  function checkHealthResponse(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "status") return false;
    at += 1;
    if (keys[at] !== "current_sequence") return false;
    at += 1;
    if (keys[at] !== "published_at") return false;
    at += 1;
    const c2 = value["published_at"];
    if (!isCanonicalTimestamp(c2)) return false;
    if (keys[at] !== "issue_count") return false;
    at += 1;
    if (keys[at] === "epoch") {
      at += 1;
      const c4 = value["epoch"];
      if (c4 === undefined) return false;
    }
    return at === keys.length;
  }

  function checkReadinessResponse(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "status") return false;
    at += 1;
    return at === keys.length;
  }

  function checkMetricsPoint(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "published_at") return false;
    at += 1;
    const c0 = value["published_at"];
    if (!isCanonicalTimestamp(c0)) return false;
    if (keys[at] !== "sequence") return false;
    at += 1;
    if (keys[at] !== "generated_at") return false;
    at += 1;
    const c2 = value["generated_at"];
    if (!isCanonicalTimestamp(c2)) return false;
    if (keys[at] !== "metrics") return false;
    at += 1;
    const c3 = value["metrics"];
    if (!checkMetricsSnapshot(c3)) return false;
    return at === keys.length;
  }

  function checkMetricsHistory(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "epoch") return false;
    at += 1;
    if (keys[at] !== "max_points") return false;
    at += 1;
    if (keys[at] !== "max_age_seconds") return false;
    at += 1;
    if (keys[at] !== "points") return false;
    at += 1;
    const c3 = value["points"];
    if (!checkListMetricsPoint(c3)) return false;
    return at === keys.length;
  }

  function checkErrorDetail(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "path") return false;
    at += 1;
    if (keys[at] !== "message") return false;
    at += 1;
    return at === keys.length;
  }

  function checkError(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "error") return false;
    at += 1;
    const c0 = value["error"];
    if (!checkErrorBody(c0)) return false;
    return at === keys.length;
  }

  function checkErrorBody(value: any): boolean {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    let at = 0;
    if (keys[at] !== "code") return false;
    at += 1;
    if (keys[at] !== "message") return false;
    at += 1;
    if (keys[at] === "details") {
      at += 1;
      const c2 = value["details"];
      if (c2 === undefined) return false;
      if (!checkListErrorDetail(c2)) return false;
    }
    return at === keys.length;
  }

  return {
    SnapshotEnvelope: checkSnapshotEnvelope,
    DaemonSnapshot: checkDaemonSnapshot,
    DaemonStatus: checkDaemonStatus,
    AgentServerStatus: checkAgentServerStatus,
    MemoryServerStatus: checkMemoryServerStatus,
    MetricsSnapshot: checkMetricsSnapshot,
    IssueSnapshot: checkIssueSnapshot,
    ConversationEvent: checkConversationEvent,
    FileChange: checkFileChange,
    RecentEvent: checkRecentEvent,
    HealthResponse: checkHealthResponse,
    ReadinessResponse: checkReadinessResponse,
    MetricsPoint: checkMetricsPoint,
    MetricsHistory: checkMetricsHistory,
    ErrorDetail: checkErrorDetail,
    Error: checkError,
    ErrorBody: checkErrorBody,
  };
}
