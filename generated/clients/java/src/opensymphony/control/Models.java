// generated — do not edit. Produced by `npm run generate` from spec/; change the spec (or the generator in scripts/) instead.
package opensymphony.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The OpenSymphony control-plane types, generated from spec/control-plane.schema.yaml.
 *
 * <p>Decoding is strict where the contract is: required fields, types, ranges, enum values and
 * RFC 3339 timestamps are checked, and null is refused where the contract has no null; a
 * violation throws {@link DecodeException} with its JSON Pointer. Fields this version does not
 * know are ignored. Unsigned 64-bit counts are {@link BigInteger}, so nothing is rounded;
 * timestamps are {@link Instant}s, to the nanosecond.
 */
public final class Models {
    private Models() {}

    static final BigInteger U32_MAX = BigInteger.valueOf(4294967295L);
    static final BigInteger U64_MAX = new BigInteger("18446744073709551615");

    /** A payload that does not match the contract, at a JSON Pointer. */
    public static final class DecodeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final String path;

        public DecodeException(String path, String message) {
            super((path.isEmpty() ? "(root)" : path) + ": " + message);
            this.path = path;
        }
    }

    static String at(String path, String key) {
        return path + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) throw new DecodeException(path, "expected an object");
        return node;
    }

    static JsonNode field(JsonNode object, String name, String path, boolean required, boolean nullable) {
        JsonNode value = object.get(name);
        if (value == null) {
            if (required) throw new DecodeException(at(path, name), "is required");
            return null;
        }
        if (value.isNull()) {
            if (nullable) return null;
            throw new DecodeException(at(path, name), "must not be null");
        }
        return value;
    }

    static String string(JsonNode node, String path) {
        if (!node.isTextual()) throw new DecodeException(path, "expected a string");
        return node.textValue();
    }

    static boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) throw new DecodeException(path, "expected a boolean");
        return node.booleanValue();
    }

    static BigInteger integer(JsonNode node, String path, long minimum, BigInteger maximum) {
        if (!node.isIntegralNumber()) throw new DecodeException(path, "expected an integer");
        BigInteger value = node.bigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(minimum)) < 0 || value.compareTo(maximum) > 0) {
            throw new DecodeException(path, "expected an integer from " + minimum + " to " + maximum + ", got " + value);
        }
        return value;
    }

    static Instant timestamp(JsonNode node, String path) {
        String text = string(node, path);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException error) {
            throw new DecodeException(path, "expected an RFC 3339 timestamp, got \"" + text + "\"");
        }
    }

    static <T> List<T> list(JsonNode node, String path, BiFunction<JsonNode, String, T> item) {
        if (!node.isArray()) throw new DecodeException(path, "expected an array");
        List<T> values = new ArrayList<>();
        for (int index = 0; index < node.size(); index++) values.add(item.apply(node.get(index), path + "/" + index));
        return List.copyOf(values);
    }

    /** Instant.toString() is ISO-8601 in UTC with 0, 3, 6 or 9 fractional digits: the reference's form. */
    static String encodeInstant(Instant value) {
        return value.toString();
    }

    static String constant(JsonNode node, String path, String expected) {
        String text = string(node, path);
        if (!text.equals(expected)) throw new DecodeException(path, "expected \"" + expected + "\", got \"" + text + "\"");
        return text;
    }

    /** DaemonState: Lifecycle state of the orchestrator daemon: `starting` (booting, not yet polling), `ready` (polling the tracker and dispatching work), `degraded` (running with a failing dependency), `stopped` (shut down). */
    public enum DaemonState {
        STARTING("starting"), READY("ready"), DEGRADED("degraded"), STOPPED("stopped");

        public final String wire;

        DaemonState(String wire) {
            this.wire = wire;
        }

        static DaemonState decode(JsonNode node, String path) {
            String text = string(node, path);
            for (DaemonState value : values()) if (value.wire.equals(text)) return value;
            throw new DecodeException(path, "expected one of starting, ready, degraded, stopped, got \"" + text + "\"");
        }
    }

    /** IssueRuntimeState: Where the daemon is with an issue: `idle` (tracked, no worker), `running` (a worker is on it), `retry_queued` (waiting for a retry after a failure or a continuation), `releasing` (the worker is being torn down), `completed` (done), `failed` (gave up). */
    public enum IssueRuntimeState {
        IDLE("idle"), RUNNING("running"), RETRY_QUEUED("retry_queued"), RELEASING("releasing"), COMPLETED("completed"), FAILED("failed");

        public final String wire;

        IssueRuntimeState(String wire) {
            this.wire = wire;
        }

        static IssueRuntimeState decode(JsonNode node, String path) {
            String text = string(node, path);
            for (IssueRuntimeState value : values()) if (value.wire.equals(text)) return value;
            throw new DecodeException(path, "expected one of idle, running, retry_queued, releasing, completed, failed, got \"" + text + "\"");
        }
    }

    /** WorkerOutcome: How the last worker run on an issue ended: `unknown` (no run yet or not recorded), `running` (still running), `continued` (stopped with more to do), `completed`, `failed`, `canceled`. */
    public enum WorkerOutcome {
        UNKNOWN("unknown"), RUNNING("running"), CONTINUED("continued"), COMPLETED("completed"), FAILED("failed"), CANCELED("canceled");

        public final String wire;

        WorkerOutcome(String wire) {
            this.wire = wire;
        }

        static WorkerOutcome decode(JsonNode node, String path) {
            String text = string(node, path);
            for (WorkerOutcome value : values()) if (value.wire.equals(text)) return value;
            throw new DecodeException(path, "expected one of unknown, running, continued, completed, failed, canceled, got \"" + text + "\"");
        }
    }

    /** FileChangeKind: What happened to a file in the issue's workspace. */
    public enum FileChangeKind {
        CREATED("created"), MODIFIED("modified"), REMOVED("removed");

        public final String wire;

        FileChangeKind(String wire) {
            this.wire = wire;
        }

        static FileChangeKind decode(JsonNode node, String path) {
            String text = string(node, path);
            for (FileChangeKind value : values()) if (value.wire.equals(text)) return value;
            throw new DecodeException(path, "expected one of created, modified, removed, got \"" + text + "\"");
        }
    }

    /** RecentEventKind: What the daemon did: `worker_started`, `workspace_prepared`, `stream_attached` (attached to an agent conversation's event stream), `snapshot_published`, `worker_completed`, `retry_scheduled`, `client_attached` / `client_detached` (an operator client came or went), `warning`. */
    public enum RecentEventKind {
        WORKER_STARTED("worker_started"), WORKSPACE_PREPARED("workspace_prepared"), STREAM_ATTACHED("stream_attached"), SNAPSHOT_PUBLISHED("snapshot_published"), WORKER_COMPLETED("worker_completed"), RETRY_SCHEDULED("retry_scheduled"), CLIENT_ATTACHED("client_attached"), CLIENT_DETACHED("client_detached"), WARNING("warning");

        public final String wire;

        RecentEventKind(String wire) {
            this.wire = wire;
        }

        static RecentEventKind decode(JsonNode node, String path) {
            String text = string(node, path);
            for (RecentEventKind value : values()) if (value.wire.equals(text)) return value;
            throw new DecodeException(path, "expected one of worker_started, workspace_prepared, stream_attached, snapshot_published, worker_completed, retry_scheduled, client_attached, client_detached, warning, got \"" + text + "\"");
        }
    }

    /** ErrorCode: Stable, machine-readable reason of an error response: - `invalid_json` (400): the request body is not JSON, is nested deeper than the server allows (64 levels), or its `Content-Encoding` stream is broken; - `invalid_snapshot` (400): the body is JSON but not a valid `DaemonSnapshot`; `details` lists each violation; - `unauthorized` (401): the bearer token is missing or wrong (the publish token on a publish; the read token, or the publish token, on a read when the server requires one); - `publishing_disabled` (403): no publish token is configured, so publishing over HTTP is off; - `host_not_allowed` (403): the request's `Host` is not this server's (an IP literal, `localhost`, or a name it was told to answer to): the defence against DNS rebinding; - `origin_not_allowed` (403): a publish came from a browser page of another origin; - `not_found` (404): no such route; - `method_not_allowed` (405): the route exists, the method does not; the `Allow` header lists the methods that do; - `request_timeout` (408): the request body did not arrive in time; nothing was published; - `payload_too_large` (413): the body exceeds the configured limit (after decoding its `Content-Encoding`); - `unsupported_media_type` (415): the body is not `application/json`, or its `Content-Encoding` is not `gzip`, `deflate`, `br` or `identity`; - `too_many_requests` (429): this client holds as many event streams as the server allows one client; `Retry-After` says when to try again; - `internal_error` (500): the server failed; the message never carries a stack trace; - `too_many_subscribers` (503): the server holds as many event streams as it allows; `Retry-After` says when to try again; - `not_ready` (503): the control plane cannot serve and accept publishes now (shutting down, or its shared store unreachable); `/readyz` answers it; - `store_unavailable` (503): the store a replica publishes through (Redis) is unreachable; nothing was published; `Retry-After` says when to try again. */
    public enum ErrorCode {
        INVALID_JSON("invalid_json"), INVALID_SNAPSHOT("invalid_snapshot"), UNAUTHORIZED("unauthorized"), PUBLISHING_DISABLED("publishing_disabled"), HOST_NOT_ALLOWED("host_not_allowed"), ORIGIN_NOT_ALLOWED("origin_not_allowed"), NOT_FOUND("not_found"), METHOD_NOT_ALLOWED("method_not_allowed"), REQUEST_TIMEOUT("request_timeout"), PAYLOAD_TOO_LARGE("payload_too_large"), UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"), TOO_MANY_REQUESTS("too_many_requests"), INTERNAL_ERROR("internal_error"), TOO_MANY_SUBSCRIBERS("too_many_subscribers"), NOT_READY("not_ready"), STORE_UNAVAILABLE("store_unavailable");

        public final String wire;

        ErrorCode(String wire) {
            this.wire = wire;
        }

        static ErrorCode decode(JsonNode node, String path) {
            String text = string(node, path);
            for (ErrorCode value : values()) if (value.wire.equals(text)) return value;
            throw new DecodeException(path, "expected one of invalid_json, invalid_snapshot, unauthorized, publishing_disabled, host_not_allowed, origin_not_allowed, not_found, method_not_allowed, request_timeout, payload_too_large, unsupported_media_type, too_many_requests, internal_error, too_many_subscribers, not_ready, store_unavailable, got \"" + text + "\"");
        }
    }

    /** SnapshotEnvelope: One published state of the daemon: the full snapshot with the store's sequence number and publication time. Every envelope carries full state, never a delta. */
    public record SnapshotEnvelope(BigInteger sequence, Instant publishedAt, DaemonSnapshot snapshot, String epoch) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static SnapshotEnvelope decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeSequence = field(node, "sequence", path, true, false);
            BigInteger fieldSequence = nodeSequence == null ? null : integer(nodeSequence, at(path, "sequence"), 1, U64_MAX);
            JsonNode nodePublishedAt = field(node, "published_at", path, true, false);
            Instant fieldPublishedAt = nodePublishedAt == null ? null : timestamp(nodePublishedAt, at(path, "published_at"));
            JsonNode nodeSnapshot = field(node, "snapshot", path, true, false);
            DaemonSnapshot fieldSnapshot = nodeSnapshot == null ? null : DaemonSnapshot.decode(nodeSnapshot, at(path, "snapshot"));
            JsonNode nodeEpoch = field(node, "epoch", path, false, false);
            String fieldEpoch = nodeEpoch == null ? null : string(nodeEpoch, at(path, "epoch"));
            return new SnapshotEnvelope(fieldSequence, fieldPublishedAt, fieldSnapshot, fieldEpoch);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("sequence", sequence);
            out.put("published_at", encodeInstant(publishedAt));
            out.set("snapshot", snapshot.encode(mapper));
            if (epoch != null) out.put("epoch", epoch);
            return out;
        }
    }

    /** DaemonSnapshot: Everything an operator sees of the orchestrator at one instant: the daemon, the agent server, the memory server, aggregate metrics, every tracked issue and the most recent daemon events. Published by the daemon (the only writer). */
    public record DaemonSnapshot(Instant generatedAt, DaemonStatus daemon, AgentServerStatus agentServer, MemoryServerStatus memoryServer, MetricsSnapshot metrics, List<IssueSnapshot> issues, List<RecentEvent> recentEvents) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static DaemonSnapshot decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeGeneratedAt = field(node, "generated_at", path, true, false);
            Instant fieldGeneratedAt = nodeGeneratedAt == null ? null : timestamp(nodeGeneratedAt, at(path, "generated_at"));
            JsonNode nodeDaemon = field(node, "daemon", path, true, false);
            DaemonStatus fieldDaemon = nodeDaemon == null ? null : DaemonStatus.decode(nodeDaemon, at(path, "daemon"));
            JsonNode nodeAgentServer = field(node, "agent_server", path, true, false);
            AgentServerStatus fieldAgentServer = nodeAgentServer == null ? null : AgentServerStatus.decode(nodeAgentServer, at(path, "agent_server"));
            JsonNode nodeMemoryServer = field(node, "memory_server", path, false, false);
            MemoryServerStatus fieldMemoryServer = nodeMemoryServer == null ? new MemoryServerStatus(false, false, null, "disabled") : MemoryServerStatus.decode(nodeMemoryServer, at(path, "memory_server"));
            JsonNode nodeMetrics = field(node, "metrics", path, true, false);
            MetricsSnapshot fieldMetrics = nodeMetrics == null ? null : MetricsSnapshot.decode(nodeMetrics, at(path, "metrics"));
            JsonNode nodeIssues = field(node, "issues", path, true, false);
            List<IssueSnapshot> fieldIssues = nodeIssues == null ? null : list(nodeIssues, at(path, "issues"), (item, itemPath) -> IssueSnapshot.decode(item, itemPath));
            JsonNode nodeRecentEvents = field(node, "recent_events", path, true, false);
            List<RecentEvent> fieldRecentEvents = nodeRecentEvents == null ? null : list(nodeRecentEvents, at(path, "recent_events"), (item, itemPath) -> RecentEvent.decode(item, itemPath));
            return new DaemonSnapshot(fieldGeneratedAt, fieldDaemon, fieldAgentServer, fieldMemoryServer, fieldMetrics, fieldIssues, fieldRecentEvents);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("generated_at", encodeInstant(generatedAt));
            out.set("daemon", daemon.encode(mapper));
            out.set("agent_server", agentServer.encode(mapper));
            out.set("memory_server", memoryServer.encode(mapper));
            out.set("metrics", metrics.encode(mapper));
            { ArrayNode array = out.putArray("issues"); for (var item : issues) array.add(item.encode(mapper)); };
            { ArrayNode array = out.putArray("recent_events"); for (var item : recentEvents) array.add(item.encode(mapper)); };
            return out;
        }
    }

    /** DaemonStatus: The orchestrator daemon itself. */
    public record DaemonStatus(DaemonState state, Instant lastPollAt, String workspaceRoot, String statusLine) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static DaemonStatus decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeState = field(node, "state", path, true, false);
            DaemonState fieldState = nodeState == null ? null : DaemonState.decode(nodeState, at(path, "state"));
            JsonNode nodeLastPollAt = field(node, "last_poll_at", path, true, false);
            Instant fieldLastPollAt = nodeLastPollAt == null ? null : timestamp(nodeLastPollAt, at(path, "last_poll_at"));
            JsonNode nodeWorkspaceRoot = field(node, "workspace_root", path, true, false);
            String fieldWorkspaceRoot = nodeWorkspaceRoot == null ? null : string(nodeWorkspaceRoot, at(path, "workspace_root"));
            JsonNode nodeStatusLine = field(node, "status_line", path, true, false);
            String fieldStatusLine = nodeStatusLine == null ? null : string(nodeStatusLine, at(path, "status_line"));
            return new DaemonStatus(fieldState, fieldLastPollAt, fieldWorkspaceRoot, fieldStatusLine);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("state", state.wire);
            out.put("last_poll_at", encodeInstant(lastPollAt));
            out.put("workspace_root", workspaceRoot);
            out.put("status_line", statusLine);
            return out;
        }
    }

    /** AgentServerStatus: The coding-agent server the daemon drives conversations on. */
    public record AgentServerStatus(Boolean reachable, String baseUrl, Long conversationCount, String statusLine) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static AgentServerStatus decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeReachable = field(node, "reachable", path, true, false);
            Boolean fieldReachable = nodeReachable == null ? null : bool(nodeReachable, at(path, "reachable"));
            JsonNode nodeBaseUrl = field(node, "base_url", path, true, false);
            String fieldBaseUrl = nodeBaseUrl == null ? null : string(nodeBaseUrl, at(path, "base_url"));
            JsonNode nodeConversationCount = field(node, "conversation_count", path, true, false);
            Long fieldConversationCount = nodeConversationCount == null ? null : integer(nodeConversationCount, at(path, "conversation_count"), 0, U32_MAX).longValueExact();
            JsonNode nodeStatusLine = field(node, "status_line", path, true, false);
            String fieldStatusLine = nodeStatusLine == null ? null : string(nodeStatusLine, at(path, "status_line"));
            return new AgentServerStatus(fieldReachable, fieldBaseUrl, fieldConversationCount, fieldStatusLine);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("reachable", reachable);
            out.put("base_url", baseUrl);
            out.put("conversation_count", conversationCount);
            out.put("status_line", statusLine);
            return out;
        }
    }

    /** MemoryServerStatus: The optional memory server that agents share context through. */
    public record MemoryServerStatus(Boolean enabled, Boolean reachable, String endpoint, String statusLine) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static MemoryServerStatus decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeEnabled = field(node, "enabled", path, true, false);
            Boolean fieldEnabled = nodeEnabled == null ? null : bool(nodeEnabled, at(path, "enabled"));
            JsonNode nodeReachable = field(node, "reachable", path, true, false);
            Boolean fieldReachable = nodeReachable == null ? null : bool(nodeReachable, at(path, "reachable"));
            JsonNode nodeEndpoint = field(node, "endpoint", path, false, false);
            String fieldEndpoint = nodeEndpoint == null ? null : string(nodeEndpoint, at(path, "endpoint"));
            JsonNode nodeStatusLine = field(node, "status_line", path, true, false);
            String fieldStatusLine = nodeStatusLine == null ? null : string(nodeStatusLine, at(path, "status_line"));
            return new MemoryServerStatus(fieldEnabled, fieldReachable, fieldEndpoint, fieldStatusLine);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("enabled", enabled);
            out.put("reachable", reachable);
            if (endpoint != null) out.put("endpoint", endpoint);
            out.put("status_line", statusLine);
            return out;
        }
    }

    /** MetricsSnapshot: Aggregate counters over every issue the daemon has run. */
    public record MetricsSnapshot(Long runningIssues, Long retryQueueDepth, BigInteger inputTokens, BigInteger outputTokens, BigInteger cacheReadTokens, BigInteger totalTokens, BigInteger totalCostMicros) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static MetricsSnapshot decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeRunningIssues = field(node, "running_issues", path, true, false);
            Long fieldRunningIssues = nodeRunningIssues == null ? null : integer(nodeRunningIssues, at(path, "running_issues"), 0, U32_MAX).longValueExact();
            JsonNode nodeRetryQueueDepth = field(node, "retry_queue_depth", path, true, false);
            Long fieldRetryQueueDepth = nodeRetryQueueDepth == null ? null : integer(nodeRetryQueueDepth, at(path, "retry_queue_depth"), 0, U32_MAX).longValueExact();
            JsonNode nodeInputTokens = field(node, "input_tokens", path, true, false);
            BigInteger fieldInputTokens = nodeInputTokens == null ? null : integer(nodeInputTokens, at(path, "input_tokens"), 0, U64_MAX);
            JsonNode nodeOutputTokens = field(node, "output_tokens", path, true, false);
            BigInteger fieldOutputTokens = nodeOutputTokens == null ? null : integer(nodeOutputTokens, at(path, "output_tokens"), 0, U64_MAX);
            JsonNode nodeCacheReadTokens = field(node, "cache_read_tokens", path, true, false);
            BigInteger fieldCacheReadTokens = nodeCacheReadTokens == null ? null : integer(nodeCacheReadTokens, at(path, "cache_read_tokens"), 0, U64_MAX);
            JsonNode nodeTotalTokens = field(node, "total_tokens", path, true, false);
            BigInteger fieldTotalTokens = nodeTotalTokens == null ? null : integer(nodeTotalTokens, at(path, "total_tokens"), 0, U64_MAX);
            JsonNode nodeTotalCostMicros = field(node, "total_cost_micros", path, true, false);
            BigInteger fieldTotalCostMicros = nodeTotalCostMicros == null ? null : integer(nodeTotalCostMicros, at(path, "total_cost_micros"), 0, U64_MAX);
            return new MetricsSnapshot(fieldRunningIssues, fieldRetryQueueDepth, fieldInputTokens, fieldOutputTokens, fieldCacheReadTokens, fieldTotalTokens, fieldTotalCostMicros);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("running_issues", runningIssues);
            out.put("retry_queue_depth", retryQueueDepth);
            out.put("input_tokens", inputTokens);
            out.put("output_tokens", outputTokens);
            out.put("cache_read_tokens", cacheReadTokens);
            out.put("total_tokens", totalTokens);
            out.put("total_cost_micros", totalCostMicros);
            return out;
        }
    }

    /** IssueSnapshot: One tracked issue and the worker the daemon runs for it. */
    public record IssueSnapshot(String identifier, String title, String trackerState, IssueRuntimeState runtimeState, WorkerOutcome lastOutcome, Instant lastEventAt, String conversationIdSuffix, String workspacePathSuffix, Long retryCount, Boolean blocked, String serverBaseUrl, String transportTarget, String httpAuthMode, String websocketAuthMode, String websocketQueryParamName, List<ConversationEvent> recentEvents, List<FileChange> modifiedFiles, BigInteger inputTokens, BigInteger outputTokens, BigInteger cacheReadTokens, String url) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static IssueSnapshot decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeIdentifier = field(node, "identifier", path, true, false);
            String fieldIdentifier = nodeIdentifier == null ? null : string(nodeIdentifier, at(path, "identifier"));
            JsonNode nodeTitle = field(node, "title", path, true, false);
            String fieldTitle = nodeTitle == null ? null : string(nodeTitle, at(path, "title"));
            JsonNode nodeTrackerState = field(node, "tracker_state", path, true, false);
            String fieldTrackerState = nodeTrackerState == null ? null : string(nodeTrackerState, at(path, "tracker_state"));
            JsonNode nodeRuntimeState = field(node, "runtime_state", path, true, false);
            IssueRuntimeState fieldRuntimeState = nodeRuntimeState == null ? null : IssueRuntimeState.decode(nodeRuntimeState, at(path, "runtime_state"));
            JsonNode nodeLastOutcome = field(node, "last_outcome", path, true, false);
            WorkerOutcome fieldLastOutcome = nodeLastOutcome == null ? null : WorkerOutcome.decode(nodeLastOutcome, at(path, "last_outcome"));
            JsonNode nodeLastEventAt = field(node, "last_event_at", path, true, false);
            Instant fieldLastEventAt = nodeLastEventAt == null ? null : timestamp(nodeLastEventAt, at(path, "last_event_at"));
            JsonNode nodeConversationIdSuffix = field(node, "conversation_id_suffix", path, true, false);
            String fieldConversationIdSuffix = nodeConversationIdSuffix == null ? null : string(nodeConversationIdSuffix, at(path, "conversation_id_suffix"));
            JsonNode nodeWorkspacePathSuffix = field(node, "workspace_path_suffix", path, true, false);
            String fieldWorkspacePathSuffix = nodeWorkspacePathSuffix == null ? null : string(nodeWorkspacePathSuffix, at(path, "workspace_path_suffix"));
            JsonNode nodeRetryCount = field(node, "retry_count", path, true, false);
            Long fieldRetryCount = nodeRetryCount == null ? null : integer(nodeRetryCount, at(path, "retry_count"), 0, U32_MAX).longValueExact();
            JsonNode nodeBlocked = field(node, "blocked", path, true, false);
            Boolean fieldBlocked = nodeBlocked == null ? null : bool(nodeBlocked, at(path, "blocked"));
            JsonNode nodeServerBaseUrl = field(node, "server_base_url", path, false, false);
            String fieldServerBaseUrl = nodeServerBaseUrl == null ? null : string(nodeServerBaseUrl, at(path, "server_base_url"));
            JsonNode nodeTransportTarget = field(node, "transport_target", path, false, false);
            String fieldTransportTarget = nodeTransportTarget == null ? null : string(nodeTransportTarget, at(path, "transport_target"));
            JsonNode nodeHttpAuthMode = field(node, "http_auth_mode", path, false, false);
            String fieldHttpAuthMode = nodeHttpAuthMode == null ? null : string(nodeHttpAuthMode, at(path, "http_auth_mode"));
            JsonNode nodeWebsocketAuthMode = field(node, "websocket_auth_mode", path, false, false);
            String fieldWebsocketAuthMode = nodeWebsocketAuthMode == null ? null : string(nodeWebsocketAuthMode, at(path, "websocket_auth_mode"));
            JsonNode nodeWebsocketQueryParamName = field(node, "websocket_query_param_name", path, false, false);
            String fieldWebsocketQueryParamName = nodeWebsocketQueryParamName == null ? null : string(nodeWebsocketQueryParamName, at(path, "websocket_query_param_name"));
            JsonNode nodeRecentEvents = field(node, "recent_events", path, false, false);
            List<ConversationEvent> fieldRecentEvents = nodeRecentEvents == null ? List.of() : list(nodeRecentEvents, at(path, "recent_events"), (item, itemPath) -> ConversationEvent.decode(item, itemPath));
            JsonNode nodeModifiedFiles = field(node, "modified_files", path, false, false);
            List<FileChange> fieldModifiedFiles = nodeModifiedFiles == null ? List.of() : list(nodeModifiedFiles, at(path, "modified_files"), (item, itemPath) -> FileChange.decode(item, itemPath));
            JsonNode nodeInputTokens = field(node, "input_tokens", path, false, false);
            BigInteger fieldInputTokens = nodeInputTokens == null ? BigInteger.ZERO : integer(nodeInputTokens, at(path, "input_tokens"), 0, U64_MAX);
            JsonNode nodeOutputTokens = field(node, "output_tokens", path, false, false);
            BigInteger fieldOutputTokens = nodeOutputTokens == null ? BigInteger.ZERO : integer(nodeOutputTokens, at(path, "output_tokens"), 0, U64_MAX);
            JsonNode nodeCacheReadTokens = field(node, "cache_read_tokens", path, false, false);
            BigInteger fieldCacheReadTokens = nodeCacheReadTokens == null ? BigInteger.ZERO : integer(nodeCacheReadTokens, at(path, "cache_read_tokens"), 0, U64_MAX);
            JsonNode nodeUrl = field(node, "url", path, false, false);
            String fieldUrl = nodeUrl == null ? null : string(nodeUrl, at(path, "url"));
            return new IssueSnapshot(fieldIdentifier, fieldTitle, fieldTrackerState, fieldRuntimeState, fieldLastOutcome, fieldLastEventAt, fieldConversationIdSuffix, fieldWorkspacePathSuffix, fieldRetryCount, fieldBlocked, fieldServerBaseUrl, fieldTransportTarget, fieldHttpAuthMode, fieldWebsocketAuthMode, fieldWebsocketQueryParamName, fieldRecentEvents, fieldModifiedFiles, fieldInputTokens, fieldOutputTokens, fieldCacheReadTokens, fieldUrl);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("identifier", identifier);
            out.put("title", title);
            out.put("tracker_state", trackerState);
            out.put("runtime_state", runtimeState.wire);
            out.put("last_outcome", lastOutcome.wire);
            out.put("last_event_at", encodeInstant(lastEventAt));
            out.put("conversation_id_suffix", conversationIdSuffix);
            out.put("workspace_path_suffix", workspacePathSuffix);
            out.put("retry_count", retryCount);
            out.put("blocked", blocked);
            if (serverBaseUrl != null) out.put("server_base_url", serverBaseUrl);
            if (transportTarget != null) out.put("transport_target", transportTarget);
            if (httpAuthMode != null) out.put("http_auth_mode", httpAuthMode);
            if (websocketAuthMode != null) out.put("websocket_auth_mode", websocketAuthMode);
            if (websocketQueryParamName != null) out.put("websocket_query_param_name", websocketQueryParamName);
            if (!recentEvents.isEmpty()) { ArrayNode array = out.putArray("recent_events"); for (var item : recentEvents) array.add(item.encode(mapper)); };
            if (!modifiedFiles.isEmpty()) { ArrayNode array = out.putArray("modified_files"); for (var item : modifiedFiles) array.add(item.encode(mapper)); };
            out.put("input_tokens", inputTokens);
            out.put("output_tokens", outputTokens);
            out.put("cache_read_tokens", cacheReadTokens);
            if (url != null) out.put("url", url);
            return out;
        }
    }

    /** ConversationEvent: One event of an issue's agent conversation. */
    public record ConversationEvent(String eventId, Instant happenedAt, String kind, String summary) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static ConversationEvent decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeEventId = field(node, "event_id", path, true, false);
            String fieldEventId = nodeEventId == null ? null : string(nodeEventId, at(path, "event_id"));
            JsonNode nodeHappenedAt = field(node, "happened_at", path, true, false);
            Instant fieldHappenedAt = nodeHappenedAt == null ? null : timestamp(nodeHappenedAt, at(path, "happened_at"));
            JsonNode nodeKind = field(node, "kind", path, true, false);
            String fieldKind = nodeKind == null ? null : string(nodeKind, at(path, "kind"));
            JsonNode nodeSummary = field(node, "summary", path, true, false);
            String fieldSummary = nodeSummary == null ? null : string(nodeSummary, at(path, "summary"));
            return new ConversationEvent(fieldEventId, fieldHappenedAt, fieldKind, fieldSummary);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("event_id", eventId);
            out.put("happened_at", encodeInstant(happenedAt));
            out.put("kind", kind);
            out.put("summary", summary);
            return out;
        }
    }

    /** FileChange: One file the worker changed in the issue's workspace. */
    public record FileChange(String path, FileChangeKind changeKind, Long linesAdded, Long linesRemoved) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static FileChange decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodePath = field(node, "path", path, true, false);
            String fieldPath = nodePath == null ? null : string(nodePath, at(path, "path"));
            JsonNode nodeChangeKind = field(node, "change_kind", path, true, false);
            FileChangeKind fieldChangeKind = nodeChangeKind == null ? null : FileChangeKind.decode(nodeChangeKind, at(path, "change_kind"));
            JsonNode nodeLinesAdded = field(node, "lines_added", path, true, false);
            Long fieldLinesAdded = nodeLinesAdded == null ? null : integer(nodeLinesAdded, at(path, "lines_added"), 0, U32_MAX).longValueExact();
            JsonNode nodeLinesRemoved = field(node, "lines_removed", path, true, false);
            Long fieldLinesRemoved = nodeLinesRemoved == null ? null : integer(nodeLinesRemoved, at(path, "lines_removed"), 0, U32_MAX).longValueExact();
            return new FileChange(fieldPath, fieldChangeKind, fieldLinesAdded, fieldLinesRemoved);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("path", path);
            out.put("change_kind", changeKind.wire);
            out.put("lines_added", linesAdded);
            out.put("lines_removed", linesRemoved);
            return out;
        }
    }

    /** RecentEvent: One event of the daemon's own log. */
    public record RecentEvent(Instant happenedAt, String issueIdentifier, RecentEventKind kind, String summary) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static RecentEvent decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeHappenedAt = field(node, "happened_at", path, true, false);
            Instant fieldHappenedAt = nodeHappenedAt == null ? null : timestamp(nodeHappenedAt, at(path, "happened_at"));
            JsonNode nodeIssueIdentifier = field(node, "issue_identifier", path, true, true);
            String fieldIssueIdentifier = nodeIssueIdentifier == null ? null : string(nodeIssueIdentifier, at(path, "issue_identifier"));
            JsonNode nodeKind = field(node, "kind", path, true, false);
            RecentEventKind fieldKind = nodeKind == null ? null : RecentEventKind.decode(nodeKind, at(path, "kind"));
            JsonNode nodeSummary = field(node, "summary", path, true, false);
            String fieldSummary = nodeSummary == null ? null : string(nodeSummary, at(path, "summary"));
            return new RecentEvent(fieldHappenedAt, fieldIssueIdentifier, fieldKind, fieldSummary);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("happened_at", encodeInstant(happenedAt));
            if (issueIdentifier == null) out.putNull("issue_identifier"); else out.put("issue_identifier", issueIdentifier);
            out.put("kind", kind.wire);
            out.put("summary", summary);
            return out;
        }
    }

    /** HealthResponse: Liveness of the control plane and a summary of its current snapshot. */
    public record HealthResponse(String status, BigInteger currentSequence, Instant publishedAt, BigInteger issueCount, String epoch) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static HealthResponse decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeStatus = field(node, "status", path, true, false);
            String fieldStatus = nodeStatus == null ? null : constant(nodeStatus, at(path, "status"), "ok");
            JsonNode nodeCurrentSequence = field(node, "current_sequence", path, true, false);
            BigInteger fieldCurrentSequence = nodeCurrentSequence == null ? null : integer(nodeCurrentSequence, at(path, "current_sequence"), 1, U64_MAX);
            JsonNode nodePublishedAt = field(node, "published_at", path, true, false);
            Instant fieldPublishedAt = nodePublishedAt == null ? null : timestamp(nodePublishedAt, at(path, "published_at"));
            JsonNode nodeIssueCount = field(node, "issue_count", path, true, false);
            BigInteger fieldIssueCount = nodeIssueCount == null ? null : integer(nodeIssueCount, at(path, "issue_count"), 0, U64_MAX);
            JsonNode nodeEpoch = field(node, "epoch", path, false, false);
            String fieldEpoch = nodeEpoch == null ? null : string(nodeEpoch, at(path, "epoch"));
            return new HealthResponse(fieldStatus, fieldCurrentSequence, fieldPublishedAt, fieldIssueCount, fieldEpoch);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("status", status);
            out.put("current_sequence", currentSequence);
            out.put("published_at", encodeInstant(publishedAt));
            out.put("issue_count", issueCount);
            if (epoch != null) out.put("epoch", epoch);
            return out;
        }
    }

    /** ReadinessResponse: The control plane can serve reads and accept publishes now. While it cannot (shutting down, or its shared store unreachable) `/readyz` answers 503 with the `Error` envelope instead (`not_ready`). */
    public record ReadinessResponse(String status) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static ReadinessResponse decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeStatus = field(node, "status", path, true, false);
            String fieldStatus = nodeStatus == null ? null : constant(nodeStatus, at(path, "status"), "ready");
            return new ReadinessResponse(fieldStatus);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("status", status);
            return out;
        }
    }

    /** MetricsPoint: The metrics of one published snapshot, with where and when it was published. */
    public record MetricsPoint(Instant publishedAt, BigInteger sequence, Instant generatedAt, MetricsSnapshot metrics) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static MetricsPoint decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodePublishedAt = field(node, "published_at", path, true, false);
            Instant fieldPublishedAt = nodePublishedAt == null ? null : timestamp(nodePublishedAt, at(path, "published_at"));
            JsonNode nodeSequence = field(node, "sequence", path, true, false);
            BigInteger fieldSequence = nodeSequence == null ? null : integer(nodeSequence, at(path, "sequence"), 1, U64_MAX);
            JsonNode nodeGeneratedAt = field(node, "generated_at", path, true, false);
            Instant fieldGeneratedAt = nodeGeneratedAt == null ? null : timestamp(nodeGeneratedAt, at(path, "generated_at"));
            JsonNode nodeMetrics = field(node, "metrics", path, true, false);
            MetricsSnapshot fieldMetrics = nodeMetrics == null ? null : MetricsSnapshot.decode(nodeMetrics, at(path, "metrics"));
            return new MetricsPoint(fieldPublishedAt, fieldSequence, fieldGeneratedAt, fieldMetrics);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("published_at", encodeInstant(publishedAt));
            out.put("sequence", sequence);
            out.put("generated_at", encodeInstant(generatedAt));
            out.set("metrics", metrics.encode(mapper));
            return out;
        }
    }

    /** MetricsHistory: The metrics of the most recent publishes of one store, oldest first: at most `max_points` of them, none published more than `max_age_seconds` before the newest. The current envelope is always the last point. Kept in memory: a restarted control plane starts a new history (and a new epoch). */
    public record MetricsHistory(String epoch, Long maxPoints, Long maxAgeSeconds, List<MetricsPoint> points) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static MetricsHistory decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeEpoch = field(node, "epoch", path, true, false);
            String fieldEpoch = nodeEpoch == null ? null : string(nodeEpoch, at(path, "epoch"));
            JsonNode nodeMaxPoints = field(node, "max_points", path, true, false);
            Long fieldMaxPoints = nodeMaxPoints == null ? null : integer(nodeMaxPoints, at(path, "max_points"), 0, U32_MAX).longValueExact();
            JsonNode nodeMaxAgeSeconds = field(node, "max_age_seconds", path, true, false);
            Long fieldMaxAgeSeconds = nodeMaxAgeSeconds == null ? null : integer(nodeMaxAgeSeconds, at(path, "max_age_seconds"), 0, U32_MAX).longValueExact();
            JsonNode nodePoints = field(node, "points", path, true, false);
            List<MetricsPoint> fieldPoints = nodePoints == null ? null : list(nodePoints, at(path, "points"), (item, itemPath) -> MetricsPoint.decode(item, itemPath));
            return new MetricsHistory(fieldEpoch, fieldMaxPoints, fieldMaxAgeSeconds, fieldPoints);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("epoch", epoch);
            out.put("max_points", maxPoints);
            out.put("max_age_seconds", maxAgeSeconds);
            { ArrayNode array = out.putArray("points"); for (var item : points) array.add(item.encode(mapper)); };
            return out;
        }
    }

    /** ErrorDetail: One violation found in a request body. */
    public record ErrorDetail(String path, String message) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static ErrorDetail decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodePath = field(node, "path", path, true, false);
            String fieldPath = nodePath == null ? null : string(nodePath, at(path, "path"));
            JsonNode nodeMessage = field(node, "message", path, true, false);
            String fieldMessage = nodeMessage == null ? null : string(nodeMessage, at(path, "message"));
            return new ErrorDetail(fieldPath, fieldMessage);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("path", path);
            out.put("message", message);
            return out;
        }
    }

    /** Error: The body of every non-2xx JSON response. */
    public record Error(ErrorBody error) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static Error decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeError = field(node, "error", path, true, false);
            ErrorBody fieldError = nodeError == null ? null : ErrorBody.decode(nodeError, at(path, "error"));
            return new Error(fieldError);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.set("error", error.encode(mapper));
            return out;
        }
    }

    /** ErrorBody: What went wrong. */
    public record ErrorBody(ErrorCode code, String message, List<ErrorDetail> details) {
        /** Decodes a parsed JSON tree; throws DecodeException. Unknown fields are ignored. */
        public static ErrorBody decode(JsonNode node, String path) {
            object(node, path);
            JsonNode nodeCode = field(node, "code", path, true, false);
            ErrorCode fieldCode = nodeCode == null ? null : ErrorCode.decode(nodeCode, at(path, "code"));
            JsonNode nodeMessage = field(node, "message", path, true, false);
            String fieldMessage = nodeMessage == null ? null : string(nodeMessage, at(path, "message"));
            JsonNode nodeDetails = field(node, "details", path, false, false);
            List<ErrorDetail> fieldDetails = nodeDetails == null ? null : list(nodeDetails, at(path, "details"), (item, itemPath) -> ErrorDetail.decode(item, itemPath));
            return new ErrorBody(fieldCode, fieldMessage, fieldDetails);
        }

        /** The wire form, as the reference writes it. */
        public ObjectNode encode(ObjectMapper mapper) {
            ObjectNode out = mapper.createObjectNode();
            out.put("code", code.wire);
            out.put("message", message);
            if (details != null) { ArrayNode array = out.putArray("details"); for (var item : details) array.add(item.encode(mapper)); };
            return out;
        }
    }
}
