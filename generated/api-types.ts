// generated — do not edit. Produced by `npm run generate` from spec/openapi.yaml and the spec/control-plane.schema.yaml it references; change that (or the generator in scripts/) instead.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report liveness and the current sequence
         * @description Always 200 while the control plane is up. `current_sequence` and
         *     `issue_count` describe the same envelope `GET /api/v1/snapshot` returns.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report whether the control plane can serve and accept publishes
         * @description The readiness probe: 200 while the control plane can serve reads and accept
         *     publishes; 503 (`not_ready`) while it cannot — shutting down, or its shared
         *     store unreachable. `/healthz` is liveness: it answers 200 all the while.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scrape the control plane's metrics
         * @description The Prometheus text exposition format (version 0.0.4): event streams open
         *     (`opensymphony_subscribers`), snapshot events and keepalives written, publishes
         *     over HTTP by result (`opensymphony_publishes_total{result}`: `ok` or the error
         *     code), the current sequence, seconds since the last publish, slow-subscriber
         *     jumps and evictions, requests refused before a route by reason, HTTP requests by
         *     route, method and status, the publish→write latency histogram
         *     (`opensymphony_publish_to_write_seconds`), and the process defaults (CPU,
         *     memory, event loop, GC). Same read access as `GET /api/v1/snapshot`.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the current snapshot
         * @description The envelope most recently published (sequence 1 is the initial snapshot).
         *     The `ETag` names the envelope; a poller that sends it back in
         *     `If-None-Match` gets 304 until a newer envelope is published.
         *
         *     Open by default; a server started with a read token requires it (or the
         *     publish token) as `Authorization: Bearer <token>` or `?access_token=<token>`.
         */
        get: operations["getSnapshot"];
        /**
         * Publish a new snapshot
         * @description Validates the body as a `DaemonSnapshot`, assigns it the next sequence and
         *     the current time, makes it current and sends it to every open event stream.
         *     A rejected publish changes nothing: same sequence, same current envelope,
         *     no event.
         *
         *     Requires `Authorization: Bearer <token>` matching the token the server was
         *     started with. A server started without a token does not accept publishes
         *     over HTTP at all (403 `publishing_disabled`); its daemon publishes in-process.
         */
        put: operations["publishSnapshot"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the recent metrics history
         * @description The metrics of the most recent publishes, oldest first, ending with the
         *     current envelope's: the last 1 000 publishes or the last 24 hours, whichever
         *     is fewer. A dashboard draws its charts from it before it follows
         *     `GET /api/v1/events`, so a chart does not start when the page was opened.
         *     The history is kept in memory and restarts with the control plane (a new
         *     `epoch`).
         *
         *     Read access is as for `GET /api/v1/snapshot`.
         */
        get: operations["getHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow every snapshot as server-sent events
         * @description A `text/event-stream` that first sends the current envelope at once, then
         *     every newer one in order, each as
         *
         *     ```
         *     event: snapshot
         *     id: <sequence>
         *     data: <SnapshotEnvelope as one line of JSON>
         *
         *     ```
         *
         *     and a `: keepalive` comment whenever nothing has been written for 15 seconds
         *     (the keepalive interval): the stream is never silent for longer than that,
         *     and every write, events included, restarts the interval. Ids strictly increase on one
         *     stream; a subscriber that falls behind skips straight to the latest
         *     envelope. The full description of the stream is the AsyncAPI document
         *     `asyncapi.yaml` (channel `events`).
         *
         *     The server bounds how many streams it holds, in all (503
         *     `too_many_subscribers`) and per client address (429 `too_many_requests`),
         *     both with `Retry-After`. Read access is as for `GET /api/v1/snapshot`;
         *     `EventSource`, which cannot set headers, passes the token as
         *     `?access_token=<token>`.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read this OpenAPI document (YAML)
         * @description This document, bundled into one file: every definition of
         *     `control-plane.schema.yaml` it uses is copied in under `components.schemas`,
         *     so every `$ref` points inside it. Its only server is this control plane, as
         *     the request reached it (scheme, `Host`, path prefix): point a client
         *     generator or a documentation viewer at it.
         *     Answers `HEAD` too. Read access is as for `GET /api/v1/snapshot`.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read this OpenAPI document (JSON)
         * @description `GET /openapi.yaml` as JSON.
         *     Answers `HEAD` too. Read access is as for `GET /api/v1/snapshot`.
         */
        get: operations["getOpenApiDocumentJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/asyncapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the AsyncAPI document of the event stream (YAML)
         * @description The AsyncAPI document of the event stream, bundled into one file like
         *     `GET /openapi.yaml`. Its only server is this control plane (`host`,
         *     `protocol`, and the path prefix as `pathname`).
         *     Answers `HEAD` too. Read access is as for `GET /api/v1/snapshot`.
         */
        get: operations["getAsyncApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/asyncapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the AsyncAPI document of the event stream (JSON)
         * @description `GET /asyncapi.yaml` as JSON.
         *     Answers `HEAD` too. Read access is as for `GET /api/v1/snapshot`.
         */
        get: operations["getAsyncApiDocumentJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse the API reference
         * @description An index page linking to the rendered references of both documents
         *     (`/docs/openapi`, `/docs/asyncapi`) and to the raw documents.
         *     The page loads nothing from other origins: its scripts are inline and pinned by
         *     their sha256 in its `Content-Security-Policy`, which also forbids framing it.
         *     Answers `HEAD` too. Read access is as for `GET /api/v1/snapshot`; a token given as
         *     `?access_token=` is carried on to the links of the /docs index.
         */
        get: operations["getDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/openapi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse the reference of the HTTP API
         * @description This document rendered by Redoc, built when the package was.
         *     The page loads nothing from other origins: its scripts are inline and pinned by
         *     their sha256 in its `Content-Security-Policy`, which also forbids framing it.
         *     Answers `HEAD` too. Read access is as for `GET /api/v1/snapshot`; a token given as
         *     `?access_token=` is carried on to the links of the /docs index.
         */
        get: operations["getOpenApiReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/asyncapi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse the reference of the event stream
         * @description The AsyncAPI document rendered by `@asyncapi/html-template`, built when the
         *     package was.
         *     The page loads nothing from other origins: its scripts are inline and pinned by
         *     their sha256 in its `Content-Security-Policy`, which also forbids framing it.
         *     Answers `HEAD` too. Read access is as for `GET /api/v1/snapshot`; a token given as
         *     `?access_token=` is carried on to the links of the /docs index.
         */
        get: operations["getAsyncApiReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * SnapshotEnvelope
         * @description One published state of the daemon: the full snapshot with the store's sequence
         *     number and publication time. Every envelope carries full state, never a delta.
         * @example {
         *       "sequence": 7,
         *       "published_at": "2026-03-21T20:00:07.250Z",
         *       "epoch": "3f2c9a7e-1b4d-4c55-9e0a-7d6f1c2b8a90",
         *       "snapshot": {
         *         "generated_at": "2026-03-21T20:00:07Z",
         *         "daemon": {
         *           "state": "ready",
         *           "last_poll_at": "2026-03-21T20:00:05Z",
         *           "workspace_root": "/srv/opensymphony/workspaces",
         *           "status_line": "polling every 30s"
         *         },
         *         "agent_server": {
         *           "reachable": true,
         *           "base_url": "http://127.0.0.1:3000",
         *           "conversation_count": 2,
         *           "status_line": "healthy"
         *         },
         *         "memory_server": {
         *           "enabled": true,
         *           "reachable": true,
         *           "endpoint": "http://127.0.0.1:3100",
         *           "status_line": "connected"
         *         },
         *         "metrics": {
         *           "running_issues": 1,
         *           "retry_queue_depth": 1,
         *           "input_tokens": 48211,
         *           "output_tokens": 9120,
         *           "cache_read_tokens": 30114,
         *           "total_tokens": 87445,
         *           "total_cost_micros": 412300
         *         },
         *         "issues": [
         *           {
         *             "identifier": "COE-255",
         *             "title": "Observability and FrankenTUI",
         *             "tracker_state": "In Progress",
         *             "runtime_state": "running",
         *             "last_outcome": "running",
         *             "last_event_at": "2026-03-21T20:00:06.5Z",
         *             "conversation_id_suffix": "c0e255",
         *             "workspace_path_suffix": "COE-255",
         *             "retry_count": 0,
         *             "blocked": false,
         *             "server_base_url": "http://127.0.0.1:3000",
         *             "transport_target": "loopback",
         *             "http_auth_mode": "none",
         *             "websocket_auth_mode": "none",
         *             "recent_events": [
         *               {
         *                 "event_id": "evt-0192",
         *                 "happened_at": "2026-03-21T20:00:06.5Z",
         *                 "kind": "tool_call",
         *                 "summary": "ran cargo test -p opensymphony"
         *               }
         *             ],
         *             "modified_files": [
         *               {
         *                 "path": "src/control.rs",
         *                 "change_kind": "modified",
         *                 "lines_added": 42,
         *                 "lines_removed": 7
         *               }
         *             ],
         *             "input_tokens": 30211,
         *             "output_tokens": 6120,
         *             "cache_read_tokens": 20114
         *           },
         *           {
         *             "identifier": "COE-260",
         *             "title": "Retry failed webhook deliveries",
         *             "tracker_state": "Todo",
         *             "runtime_state": "retry_queued",
         *             "last_outcome": "failed",
         *             "last_event_at": "2026-03-21T19:58:41Z",
         *             "conversation_id_suffix": "9a41f0",
         *             "workspace_path_suffix": "COE-260",
         *             "retry_count": 2,
         *             "blocked": false
         *           }
         *         ],
         *         "recent_events": [
         *           {
         *             "happened_at": "2026-03-21T20:00:06.5Z",
         *             "issue_identifier": "COE-255",
         *             "kind": "stream_attached",
         *             "summary": "attached to conversation c0e255"
         *           },
         *           {
         *             "happened_at": "2026-03-21T19:58:41Z",
         *             "issue_identifier": "COE-260",
         *             "kind": "retry_scheduled",
         *             "summary": "retry 2 scheduled in 60s"
         *           },
         *           {
         *             "happened_at": "2026-03-21T19:58:00Z",
         *             "issue_identifier": null,
         *             "kind": "client_attached",
         *             "summary": "operator dashboard attached"
         *           }
         *         ]
         *       }
         *     }
         */
        SnapshotEnvelope: {
            /**
             * Format: int64
             * @description Publication counter of the store: 1 for the initial snapshot, then one
             *     more per publish. Strictly increasing within an epoch. At most 2^53 - 1,
             *     like every `u64` of this contract (see `U64`).
             */
            sequence: number;
            /** @description When the store accepted this snapshot. */
            published_at: components["schemas"]["Timestamp"];
            snapshot: components["schemas"]["DaemonSnapshot"];
            epoch?: components["schemas"]["Epoch"];
        };
        /**
         * DaemonSnapshot
         * @description Everything an operator sees of the orchestrator at one instant: the daemon,
         *     the agent server, the memory server, aggregate metrics, every tracked issue
         *     and the most recent daemon events. Published by the daemon (the only writer).
         * @example {
         *       "generated_at": "2026-03-21T20:00:00Z",
         *       "daemon": {
         *         "state": "starting",
         *         "last_poll_at": "2026-03-21T20:00:00Z",
         *         "workspace_root": "/tmp/opensymphony",
         *         "status_line": "starting up"
         *       },
         *       "agent_server": {
         *         "reachable": false,
         *         "base_url": "http://127.0.0.1:3000",
         *         "conversation_count": 0,
         *         "status_line": "connecting"
         *       },
         *       "metrics": {
         *         "running_issues": 0,
         *         "retry_queue_depth": 0,
         *         "input_tokens": 0,
         *         "output_tokens": 0,
         *         "cache_read_tokens": 0,
         *         "total_tokens": 0,
         *         "total_cost_micros": 0
         *       },
         *       "issues": [],
         *       "recent_events": []
         *     }
         */
        DaemonSnapshot: {
            /** @description When the daemon assembled this snapshot. */
            generated_at: components["schemas"]["Timestamp"];
            daemon: components["schemas"]["DaemonStatus"];
            agent_server: components["schemas"]["AgentServerStatus"];
            /**
             * @description The memory server's status. Older producers omit it; readers then use the
             *     default `{"enabled": false, "reachable": false, "status_line": "disabled"}`.
             * @default {
             *       "enabled": false,
             *       "reachable": false,
             *       "status_line": "disabled"
             *     }
             */
            memory_server?: components["schemas"]["MemoryServerStatus"];
            metrics: components["schemas"]["MetricsSnapshot"];
            /** @description Every issue the daemon tracks, in the daemon's order. */
            issues: components["schemas"]["IssueSnapshot"][];
            /** @description The daemon's most recent events, newest first. */
            recent_events: components["schemas"]["RecentEvent"][];
        };
        /**
         * DaemonStatus
         * @description The orchestrator daemon itself.
         * @example {
         *       "state": "ready",
         *       "last_poll_at": "2026-03-21T20:00:00Z",
         *       "workspace_root": "/tmp/opensymphony",
         *       "status_line": "ready"
         *     }
         */
        DaemonStatus: {
            state: components["schemas"]["DaemonState"];
            /** @description When the daemon last polled the issue tracker. */
            last_poll_at: components["schemas"]["Timestamp"];
            /** @description Directory under which the daemon creates one workspace per issue. */
            workspace_root: string;
            /** @description One human-readable line about the daemon's condition. */
            status_line: string;
        };
        /**
         * DaemonState
         * @description Lifecycle state of the orchestrator daemon: `starting` (booting, not yet
         *     polling), `ready` (polling the tracker and dispatching work), `degraded`
         *     (running with a failing dependency), `stopped` (shut down).
         * @enum {string}
         */
        DaemonState: "starting" | "ready" | "degraded" | "stopped";
        /**
         * AgentServerStatus
         * @description The coding-agent server the daemon drives conversations on.
         * @example {
         *       "reachable": true,
         *       "base_url": "http://127.0.0.1:3000",
         *       "conversation_count": 2,
         *       "status_line": "healthy"
         *     }
         */
        AgentServerStatus: {
            /** @description Whether the daemon's last contact with the agent server succeeded. */
            reachable: boolean;
            /** @description Base URL of the agent server. */
            base_url: string;
            /** @description Conversations currently open on the agent server. */
            conversation_count: components["schemas"]["U32"];
            /** @description One human-readable line about the agent server's condition. */
            status_line: string;
        };
        /**
         * MemoryServerStatus
         * @description The optional memory server that agents share context through.
         * @default {
         *       "enabled": false,
         *       "reachable": false,
         *       "status_line": "disabled"
         *     }
         * @example {
         *       "enabled": false,
         *       "reachable": false,
         *       "status_line": "disabled"
         *     }
         * @example {
         *       "enabled": true,
         *       "reachable": true,
         *       "endpoint": "http://127.0.0.1:3100",
         *       "status_line": "connected"
         *     }
         */
        MemoryServerStatus: {
            /** @description Whether the daemon is configured to use a memory server. */
            enabled: boolean;
            /** @description Whether the daemon's last contact with the memory server succeeded. */
            reachable: boolean;
            /** @description Where the memory server listens; omitted when none is configured. */
            endpoint?: string;
            /** @description One human-readable line about the memory server's condition. */
            status_line: string;
        };
        /**
         * MetricsSnapshot
         * @description Aggregate counters over every issue the daemon has run.
         * @example {
         *       "running_issues": 1,
         *       "retry_queue_depth": 0,
         *       "input_tokens": 2048,
         *       "output_tokens": 2048,
         *       "cache_read_tokens": 512,
         *       "total_tokens": 4096,
         *       "total_cost_micros": 120000
         *     }
         */
        MetricsSnapshot: {
            /** @description Issues with a worker running right now. */
            running_issues: components["schemas"]["U32"];
            /** @description Issues waiting in the retry queue. */
            retry_queue_depth: components["schemas"]["U32"];
            /** @description Prompt tokens sent to the model, summed over all issues. */
            input_tokens: components["schemas"]["U64"];
            /** @description Completion tokens received from the model, summed over all issues. */
            output_tokens: components["schemas"]["U64"];
            /** @description Prompt tokens served from the model's cache, summed over all issues. */
            cache_read_tokens: components["schemas"]["U64"];
            /** @description All tokens accounted to the daemon. */
            total_tokens: components["schemas"]["U64"];
            /** @description Model spend in millionths of a US dollar. */
            total_cost_micros: components["schemas"]["U64"];
        };
        /**
         * IssueSnapshot
         * @description One tracked issue and the worker the daemon runs for it.
         * @example {
         *       "identifier": "COE-255",
         *       "title": "Observability and FrankenTUI",
         *       "tracker_state": "In Progress",
         *       "runtime_state": "running",
         *       "last_outcome": "running",
         *       "last_event_at": "2026-03-21T20:00:00Z",
         *       "conversation_id_suffix": "c0e255",
         *       "workspace_path_suffix": "COE-255",
         *       "retry_count": 0,
         *       "blocked": false,
         *       "server_base_url": "http://127.0.0.1:3000",
         *       "transport_target": "loopback",
         *       "http_auth_mode": "none",
         *       "websocket_auth_mode": "none",
         *       "input_tokens": 1024,
         *       "output_tokens": 512,
         *       "cache_read_tokens": 256
         *     }
         */
        IssueSnapshot: {
            /** @description The issue's key in the tracker, for example `COE-255`. */
            identifier: string;
            /** @description The issue's title in the tracker. */
            title: string;
            /** @description The issue's state name in the tracker, as the tracker spells it. */
            tracker_state: string;
            runtime_state: components["schemas"]["IssueRuntimeState"];
            last_outcome: components["schemas"]["WorkerOutcome"];
            /** @description When anything last happened on this issue. */
            last_event_at: components["schemas"]["Timestamp"];
            /** @description The tail of the agent conversation's id, enough to find it. */
            conversation_id_suffix: string;
            /** @description The issue's workspace directory, relative to the daemon's workspace root. */
            workspace_path_suffix: string;
            /** @description Retries scheduled for this issue so far. */
            retry_count: components["schemas"]["U32"];
            /** @description Whether the issue waits on something outside the daemon. */
            blocked: boolean;
            /** @description Agent server the issue's conversation runs on; omitted when unknown. */
            server_base_url?: string;
            /** @description How the daemon reaches that server (for example `loopback`); omitted when unknown. */
            transport_target?: string;
            /** @description Authentication used on the agent server's HTTP API; omitted when unknown. */
            http_auth_mode?: string;
            /** @description Authentication used on the agent server's websocket; omitted when unknown. */
            websocket_auth_mode?: string;
            /** @description Query parameter carrying the websocket credential, if that mode is used; omitted otherwise. */
            websocket_query_param_name?: string;
            /**
             * @description Recent events of the issue's agent conversation; omitted when empty, read as empty when absent.
             * @default []
             */
            recent_events?: components["schemas"]["ConversationEvent"][];
            /**
             * @description Files the worker changed in the issue's workspace; omitted when empty, read as empty when absent.
             * @default []
             */
            modified_files?: components["schemas"]["FileChange"][];
            /**
             * @description Prompt tokens spent on this issue; read as 0 when absent.
             * @default 0
             */
            input_tokens?: components["schemas"]["U64"];
            /**
             * @description Completion tokens spent on this issue; read as 0 when absent.
             * @default 0
             */
            output_tokens?: components["schemas"]["U64"];
            /**
             * @description Cached prompt tokens spent on this issue; read as 0 when absent.
             * @default 0
             */
            cache_read_tokens?: components["schemas"]["U64"];
            /**
             * Format: uri
             * @description The issue's page in the tracker, for people to open; omitted when the
             *     producer does not know it. The Rust reference does not send it.
             */
            url?: string;
        };
        /**
         * IssueRuntimeState
         * @description Where the daemon is with an issue: `idle` (tracked, no worker), `running`
         *     (a worker is on it), `retry_queued` (waiting for a retry after a failure or a
         *     continuation), `releasing` (the worker is being torn down), `completed`
         *     (done), `failed` (gave up).
         * @enum {string}
         */
        IssueRuntimeState: "idle" | "running" | "retry_queued" | "releasing" | "completed" | "failed";
        /**
         * WorkerOutcome
         * @description How the last worker run on an issue ended: `unknown` (no run yet or not
         *     recorded), `running` (still running), `continued` (stopped with more to do),
         *     `completed`, `failed`, `canceled`.
         * @enum {string}
         */
        WorkerOutcome: "unknown" | "running" | "continued" | "completed" | "failed" | "canceled";
        /**
         * ConversationEvent
         * @description One event of an issue's agent conversation.
         * @example {
         *       "event_id": "evt-0192",
         *       "happened_at": "2026-03-21T20:00:06.5Z",
         *       "kind": "tool_call",
         *       "summary": "ran cargo test -p opensymphony"
         *     }
         */
        ConversationEvent: {
            /** @description The agent server's id of the event. */
            event_id: string;
            happened_at: components["schemas"]["Timestamp"];
            /** @description The agent server's kind of event (free-form, for example `tool_call` or `message`). */
            kind: string;
            /** @description One human-readable line about the event. */
            summary: string;
        };
        /**
         * FileChange
         * @description One file the worker changed in the issue's workspace.
         * @example {
         *       "path": "src/control.rs",
         *       "change_kind": "modified",
         *       "lines_added": 42,
         *       "lines_removed": 7
         *     }
         */
        FileChange: {
            /** @description Path relative to the issue's workspace. */
            path: string;
            change_kind: components["schemas"]["FileChangeKind"];
            lines_added: components["schemas"]["U32"];
            lines_removed: components["schemas"]["U32"];
        };
        /**
         * FileChangeKind
         * @description What happened to a file in the issue's workspace.
         * @enum {string}
         */
        FileChangeKind: "created" | "modified" | "removed";
        /**
         * RecentEvent
         * @description One event of the daemon's own log.
         * @example {
         *       "happened_at": "2026-03-21T20:00:00Z",
         *       "issue_identifier": "COE-255",
         *       "kind": "snapshot_published",
         *       "summary": "published step 0"
         *     }
         */
        RecentEvent: {
            happened_at: components["schemas"]["Timestamp"];
            /** @description The issue the event is about, or null for daemon-wide events. */
            issue_identifier: string | null;
            kind: components["schemas"]["RecentEventKind"];
            /** @description One human-readable line about the event. */
            summary: string;
        };
        /**
         * RecentEventKind
         * @description What the daemon did: `worker_started`, `workspace_prepared`,
         *     `stream_attached` (attached to an agent conversation's event stream),
         *     `snapshot_published`, `worker_completed`, `retry_scheduled`,
         *     `client_attached` / `client_detached` (an operator client came or went),
         *     `warning`.
         * @enum {string}
         */
        RecentEventKind: "worker_started" | "workspace_prepared" | "stream_attached" | "snapshot_published" | "worker_completed" | "retry_scheduled" | "client_attached" | "client_detached" | "warning";
        /**
         * HealthResponse
         * @description Liveness of the control plane and a summary of its current snapshot.
         * @example {
         *       "status": "ok",
         *       "current_sequence": 7,
         *       "published_at": "2026-03-21T20:00:07.250Z",
         *       "issue_count": 2,
         *       "epoch": "3f2c9a7e-1b4d-4c55-9e0a-7d6f1c2b8a90"
         *     }
         */
        HealthResponse: {
            /**
             * @description Always `ok` when the control plane answers.
             * @constant
             */
            status: "ok";
            /**
             * Format: int64
             * @description Sequence of the current snapshot envelope (at most 2^53 - 1, see `U64`).
             */
            current_sequence: number;
            /** @description When the current snapshot was published. */
            published_at: components["schemas"]["Timestamp"];
            /** @description Number of issues in the current snapshot. */
            issue_count: components["schemas"]["U64"];
            epoch?: components["schemas"]["Epoch"];
        };
        /**
         * ReadinessResponse
         * @description The control plane can serve reads and accept publishes now. While it cannot
         *     (shutting down, or its shared store unreachable) `/readyz` answers 503 with the
         *     `Error` envelope instead (`not_ready`).
         * @example {
         *       "status": "ready"
         *     }
         */
        ReadinessResponse: {
            /**
             * @description Always `ready` when the control plane is ready.
             * @constant
             */
            status: "ready";
        };
        /**
         * MetricsHistory
         * @description The metrics of the most recent publishes of one store, oldest first: at most
         *     `max_points` of them, none published more than `max_age_seconds` before the
         *     newest. The current envelope is always the last point. Kept in memory: a
         *     restarted control plane starts a new history (and a new epoch).
         * @example {
         *       "epoch": "3f2c9a7e-1b4d-4c55-9e0a-7d6f1c2b8a90",
         *       "max_points": 1000,
         *       "max_age_seconds": 86400,
         *       "points": [
         *         {
         *           "published_at": "2026-03-21T20:00:07.250Z",
         *           "sequence": 7,
         *           "generated_at": "2026-03-21T20:00:07Z",
         *           "metrics": {
         *             "running_issues": 1,
         *             "retry_queue_depth": 0,
         *             "input_tokens": 2048,
         *             "output_tokens": 2048,
         *             "cache_read_tokens": 512,
         *             "total_tokens": 4096,
         *             "total_cost_micros": 120000
         *           }
         *         }
         *       ]
         *     }
         */
        MetricsHistory: {
            /** @description The epoch of the store whose publishes these are. */
            epoch: components["schemas"]["Epoch"];
            /** @description The most points the server keeps. */
            max_points: components["schemas"]["U32"];
            /** @description How far back, from the newest point, the server keeps points. */
            max_age_seconds: components["schemas"]["U32"];
            /** @description One point per publish, in sequence order. */
            points: components["schemas"]["MetricsPoint"][];
        };
        /**
         * MetricsPoint
         * @description The metrics of one published snapshot, with where and when it was published.
         * @example {
         *       "published_at": "2026-03-21T20:00:07.250Z",
         *       "sequence": 7,
         *       "generated_at": "2026-03-21T20:00:07Z",
         *       "metrics": {
         *         "running_issues": 1,
         *         "retry_queue_depth": 0,
         *         "input_tokens": 2048,
         *         "output_tokens": 2048,
         *         "cache_read_tokens": 512,
         *         "total_tokens": 4096,
         *         "total_cost_micros": 120000
         *       }
         *     }
         */
        MetricsPoint: {
            /** @description When the control plane published the snapshot. */
            published_at: components["schemas"]["Timestamp"];
            /**
             * Format: int64
             * @description The envelope's sequence (at most 2^53 - 1, see `U64`).
             */
            sequence: number;
            /** @description When the daemon produced the snapshot (its own clock). */
            generated_at: components["schemas"]["Timestamp"];
            metrics: components["schemas"]["MetricsSnapshot"];
        };
        /**
         * Error
         * @description The body of every non-2xx JSON response.
         * @example {
         *       "error": {
         *         "code": "invalid_snapshot",
         *         "message": "the snapshot does not match the DaemonSnapshot schema",
         *         "details": [
         *           {
         *             "path": "/metrics/total_tokens",
         *             "message": "must be >= 0"
         *           }
         *         ]
         *       }
         *     }
         * @example {
         *       "error": {
         *         "code": "unauthorized",
         *         "message": "a valid bearer token is required to publish"
         *       }
         *     }
         */
        Error: {
            error: components["schemas"]["ErrorBody"];
        };
        /**
         * ErrorBody
         * @description What went wrong.
         * @example {
         *       "code": "payload_too_large",
         *       "message": "the request body exceeds 1048576 bytes"
         *     }
         */
        ErrorBody: {
            code: components["schemas"]["ErrorCode"];
            /** @description A human-readable explanation, safe to show to an operator. */
            message: string;
            /** @description Individual violations, when the error has several. */
            details?: components["schemas"]["ErrorDetail"][];
        };
        /**
         * ErrorCode
         * @description Stable, machine-readable reason of an error response:
         *     - `invalid_json` (400): the request body is not JSON, is nested deeper than the
         *       server allows (64 levels), or its `Content-Encoding` stream is broken;
         *     - `invalid_snapshot` (400): the body is JSON but not a valid `DaemonSnapshot`;
         *       `details` lists each violation;
         *     - `unauthorized` (401): the bearer token is missing or wrong (the publish token
         *       on a publish; the read token, or the publish token, on a read when the server
         *       requires one);
         *     - `publishing_disabled` (403): no publish token is configured, so publishing
         *       over HTTP is off;
         *     - `host_not_allowed` (403): the request's `Host` is not this server's (an IP
         *       literal, `localhost`, or a name it was told to answer to): the defence against
         *       DNS rebinding;
         *     - `origin_not_allowed` (403): a publish came from a browser page of another
         *       origin;
         *     - `not_found` (404): no such route;
         *     - `method_not_allowed` (405): the route exists, the method does not; the
         *       `Allow` header lists the methods that do;
         *     - `request_timeout` (408): the request body did not arrive in time; nothing
         *       was published;
         *     - `payload_too_large` (413): the body exceeds the configured limit (after
         *       decoding its `Content-Encoding`);
         *     - `unsupported_media_type` (415): the body is not `application/json`, or its
         *       `Content-Encoding` is not `gzip`, `deflate`, `br` or `identity`;
         *     - `too_many_requests` (429): this client holds as many event streams as the
         *       server allows one client; `Retry-After` says when to try again;
         *     - `internal_error` (500): the server failed; the message never carries a stack trace;
         *     - `too_many_subscribers` (503): the server holds as many event streams as it
         *       allows; `Retry-After` says when to try again;
         *     - `not_ready` (503): the control plane cannot serve and accept publishes now
         *       (shutting down, or its shared store unreachable); `/readyz` answers it;
         *     - `store_unavailable` (503): the store a replica publishes through (Redis) is
         *       unreachable; nothing was published; `Retry-After` says when to try again.
         * @enum {string}
         */
        ErrorCode: "invalid_json" | "invalid_snapshot" | "unauthorized" | "publishing_disabled" | "host_not_allowed" | "origin_not_allowed" | "not_found" | "method_not_allowed" | "request_timeout" | "payload_too_large" | "unsupported_media_type" | "too_many_requests" | "internal_error" | "too_many_subscribers" | "not_ready" | "store_unavailable";
        /**
         * ErrorDetail
         * @description One violation found in a request body.
         * @example {
         *       "path": "/daemon/state",
         *       "message": "must be equal to one of the allowed values (starting, ready, degraded, stopped)"
         *     }
         */
        ErrorDetail: {
            /** @description JSON Pointer (RFC 6901) to the offending value in the request body; empty for the root. */
            path: string;
            /** @description What is wrong there. */
            message: string;
        };
        /**
         * Timestamp
         * Format: date-time
         * @description An RFC 3339 instant in UTC, for example `2026-03-21T20:00:07.123456789Z`.
         * @example 2026-03-21T20:00:00Z
         * @example 2026-03-21T20:00:07.123456789Z
         */
        Timestamp: string;
        /**
         * Epoch
         * @description An opaque id the snapshot store picks when it starts. Sequences are only
         *     comparable within one epoch: a different epoch with a lower sequence means
         *     the daemon restarted, the same epoch with a lower sequence is a regression.
         *     Optional for readers: the Rust reference does not send it.
         * @example 3f2c9a7e-1b4d-4c55-9e0a-7d6f1c2b8a90
         */
        Epoch: string;
        /**
         * U32
         * Format: int64
         * @description An unsigned 32-bit count, in [0, 4294967295]. Its format is `int64` because
         *     a signed 32-bit integer (`int32`) cannot hold the values above 2147483647.
         */
        U32: number;
        /**
         * U64
         * Format: int64
         * @description An unsigned 64-bit count, limited to [0, 9007199254740991]. The maximum is
         *     2^53 - 1 because the control plane, like every JSON reader with IEEE-754
         *     doubles, cannot carry a larger integer exactly, so it rejects one rather than
         *     round it. Clients in languages with 64-bit integers may accept larger values
         *     (the generated Go, Java and Python clients do: the Rust reference's counters
         *     are full `u64`).
         */
        U64: number;
    };
    responses: {
        /**
         * @description The server requires a read token and the request carried none, or a wrong one
         *     (`unauthorized`).
         */
        ReadUnauthorized: {
            headers: {
                /** @description The authentication scheme expected, `Bearer`. */
                "WWW-Authenticate"?: string;
                "Cache-Control": components["headers"]["NoStore"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unauthorized",
                 *         "message": "a valid read token is required"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The `Host` header names neither an IP literal, `localhost`, nor a host the
         *     server was told to answer to (`host_not_allowed`): the defence against DNS
         *     rebinding.
         */
        HostNotAllowed: {
            headers: {
                "Cache-Control": components["headers"]["NoStore"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "host_not_allowed",
                 *         "message": "the host evil.example is not allowed; start the server with --allowed-host evil.example to serve it"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description This client already holds as many event streams as one client may (`too_many_requests`). */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "Cache-Control": components["headers"]["NoStore"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "too_many_requests",
                 *         "message": "this client already holds 64 event streams, the most one client may"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The server already holds as many event streams as it allows (`too_many_subscribers`). */
        TooManySubscribers: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "Cache-Control": components["headers"]["NoStore"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "too_many_subscribers",
                 *         "message": "the server already holds 10000 event streams, the most it allows"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The server failed (`internal_error`); the message never carries a stack trace. */
        InternalError: {
            headers: {
                "Cache-Control": components["headers"]["NoStore"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "internal_error",
                 *         "message": "the control plane failed to handle the request"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The route exists but not with this method (`method_not_allowed`); `Allow` lists the methods it has. */
        MethodNotAllowed: {
            headers: {
                /** @description The methods the route accepts. */
                Allow?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "method_not_allowed",
                 *         "message": "DELETE is not allowed on /api/v1/snapshot"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The `ETag` of the copy the client already has. */
        IfNoneMatchDocument: string;
    };
    requestBodies: never;
    headers: {
        /** @description Always `no-cache`; revalidate with `If-None-Match`. */
        NoCache: "no-cache";
        /** @description Identifies these exact bytes (they depend on the URL the request reached). */
        DocumentETag: string;
        /** @description Always `no-store`. */
        NoStore: "no-store";
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type SnapshotEnvelope = components['schemas']['SnapshotEnvelope'];
export type DaemonSnapshot = components['schemas']['DaemonSnapshot'];
export type DaemonStatus = components['schemas']['DaemonStatus'];
export type DaemonState = components['schemas']['DaemonState'];
export type AgentServerStatus = components['schemas']['AgentServerStatus'];
export type MemoryServerStatus = components['schemas']['MemoryServerStatus'];
export type MetricsSnapshot = components['schemas']['MetricsSnapshot'];
export type IssueSnapshot = components['schemas']['IssueSnapshot'];
export type IssueRuntimeState = components['schemas']['IssueRuntimeState'];
export type WorkerOutcome = components['schemas']['WorkerOutcome'];
export type ConversationEvent = components['schemas']['ConversationEvent'];
export type FileChange = components['schemas']['FileChange'];
export type FileChangeKind = components['schemas']['FileChangeKind'];
export type RecentEvent = components['schemas']['RecentEvent'];
export type RecentEventKind = components['schemas']['RecentEventKind'];
export type HealthResponse = components['schemas']['HealthResponse'];
export type ReadinessResponse = components['schemas']['ReadinessResponse'];
export type MetricsHistory = components['schemas']['MetricsHistory'];
export type MetricsPoint = components['schemas']['MetricsPoint'];
export type Error = components['schemas']['Error'];
export type ErrorBody = components['schemas']['ErrorBody'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type Timestamp = components['schemas']['Timestamp'];
export type Epoch = components['schemas']['Epoch'];
export type U32 = components['schemas']['U32'];
export type U64 = components['schemas']['U64'];
export type ResponseReadUnauthorized = components['responses']['ReadUnauthorized'];
export type ResponseHostNotAllowed = components['responses']['HostNotAllowed'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseTooManySubscribers = components['responses']['TooManySubscribers'];
export type ResponseInternalError = components['responses']['InternalError'];
export type ResponseMethodNotAllowed = components['responses']['MethodNotAllowed'];
export type ParameterIfNoneMatchDocument = components['parameters']['IfNoneMatchDocument'];
export type HeaderNoCache = components['headers']['NoCache'];
export type HeaderDocumentETag = components['headers']['DocumentETag'];
export type HeaderNoStore = components['headers']['NoStore'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The control plane is up. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["NoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["NoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
            /** @description Not ready (`not_ready`); the message says why. */
            503: {
                headers: {
                    "Cache-Control": components["headers"]["NoStore"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_ready",
                     *         "message": "the control plane is shutting down"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["NoStore"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # HELP opensymphony_subscribers Event streams open now.
                     *     # TYPE opensymphony_subscribers gauge
                     *     opensymphony_subscribers 3
                     */
                    "text/plain": string;
                };
            };
            401: components["responses"]["ReadUnauthorized"];
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    getSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the envelope the client already has. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current envelope. */
            200: {
                headers: {
                    /** @description Identifies this envelope (its store's epoch and its sequence). */
                    ETag?: string;
                    "Cache-Control": components["headers"]["NoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotEnvelope"];
                };
            };
            /** @description Not modified; the envelope named by `If-None-Match` is still current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ReadUnauthorized"];
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    publishSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The daemon's new state. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DaemonSnapshot"];
            };
        };
        responses: {
            /** @description Published; the body is the new current envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotEnvelope"];
                };
            };
            /**
             * @description The body is not JSON, is nested deeper than 64 levels, or its
             *     `Content-Encoding` stream is broken (`invalid_json`); or it is not a valid
             *     `DaemonSnapshot` (`invalid_snapshot`, with one `details` entry per violation).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_snapshot",
                     *         "message": "the snapshot does not match the DaemonSnapshot schema",
                     *         "details": [
                     *           {
                     *             "path": "/daemon/state",
                     *             "message": "must be equal to one of the allowed values (starting, ready, degraded, stopped)"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The bearer token is missing or wrong (`unauthorized`). */
            401: {
                headers: {
                    /** @description The authentication scheme expected, `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "a valid bearer token is required to publish"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description The server has no publish token, so publishing over HTTP is off
             *     (`publishing_disabled`); the `Host` is not allowed (`host_not_allowed`); or
             *     the request carries the `Origin` of a page the server does not trust
             *     (`origin_not_allowed`). Nothing is published.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body did not arrive within the server's deadline (`request_timeout`); nothing was published. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "request_timeout",
                     *         "message": "the request body did not arrive within 30000 ms"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body exceeds the server's limit (`payload_too_large`, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "the request body exceeds 1048576 bytes"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description The body is not `application/json`, or its `Content-Encoding` is not one
             *     of `gzip`, `deflate`, `br` and `identity` (`unsupported_media_type`).
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "the request body must be application/json"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["InternalError"];
            /**
             * @description The store this replica publishes through (Redis, with `serve --redis`) is
             *     unreachable (`store_unavailable`); nothing was published. `Retry-After`
             *     says when to try again.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Cache-Control": components["headers"]["NoStore"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "store_unavailable",
                     *         "message": "the snapshot store is unreachable; nothing was published"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recent metrics, oldest first. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["NoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricsHistory"];
                };
            };
            401: components["responses"]["ReadUnauthorized"];
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    streamEvents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The last id the client saw, sent by EventSource clients when they
                 *     reconnect. Every event carries full state, so the server always starts
                 *     with the current envelope; a malformed value is ignored.
                 */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream; it stays open until either side closes it. */
            200: {
                headers: {
                    /** @description Always `no-cache`. */
                    "Cache-Control"?: "no-cache";
                    /** @description Always `no`, so reverse proxies pass events through unbuffered. */
                    "X-Accel-Buffering"?: "no";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example event: snapshot
                     *     id: 1
                     *     data: {"sequence":1,"published_at":"2026-03-21T20:00:00Z","snapshot":{"generated_at":"2026-03-21T20:00:00Z","daemon":{"state":"starting","last_poll_at":"2026-03-21T20:00:00Z","workspace_root":"/tmp/opensymphony","status_line":"starting up"},"agent_server":{"reachable":false,"base_url":"http://127.0.0.1:3000","conversation_count":0,"status_line":"connecting"},"memory_server":{"enabled":false,"reachable":false,"status_line":"disabled"},"metrics":{"running_issues":0,"retry_queue_depth":0,"input_tokens":0,"output_tokens":0,"cache_read_tokens":0,"total_tokens":0,"total_cost_micros":0},"issues":[],"recent_events":[]}}
                     *
                     *     : keepalive
                     */
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["ReadUnauthorized"];
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TooManySubscribers"];
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client already has. */
                "If-None-Match"?: components["parameters"]["IfNoneMatchDocument"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    ETag: components["headers"]["DocumentETag"];
                    "Cache-Control": components["headers"]["NoCache"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example openapi: 3.1.1 */
                    "application/yaml": string;
                };
            };
            /** @description Not modified; the document named by `If-None-Match` is still the one served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ReadUnauthorized"];
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    getOpenApiDocumentJson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client already has. */
                "If-None-Match"?: components["parameters"]["IfNoneMatchDocument"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    ETag: components["headers"]["DocumentETag"];
                    "Cache-Control": components["headers"]["NoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                    };
                };
            };
            /** @description Not modified; the document named by `If-None-Match` is still the one served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ReadUnauthorized"];
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    getAsyncApiDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client already has. */
                "If-None-Match"?: components["parameters"]["IfNoneMatchDocument"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    ETag: components["headers"]["DocumentETag"];
                    "Cache-Control": components["headers"]["NoCache"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example asyncapi: 3.0.0 */
                    "application/yaml": string;
                };
            };
            /** @description Not modified; the document named by `If-None-Match` is still the one served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ReadUnauthorized"];
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    getAsyncApiDocumentJson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client already has. */
                "If-None-Match"?: components["parameters"]["IfNoneMatchDocument"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    ETag: components["headers"]["DocumentETag"];
                    "Cache-Control": components["headers"]["NoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asyncapi: string;
                    };
                };
            };
            /** @description Not modified; the document named by `If-None-Match` is still the one served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ReadUnauthorized"];
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    getDocs: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client already has. */
                "If-None-Match"?: components["parameters"]["IfNoneMatchDocument"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    ETag: components["headers"]["DocumentETag"];
                    "Cache-Control": components["headers"]["NoCache"];
                    /** @description Only the page's own inline scripts (by hash), nothing from other origins, no framing. */
                    "Content-Security-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified; the page named by `If-None-Match` is still the one served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ReadUnauthorized"];
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    getOpenApiReference: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client already has. */
                "If-None-Match"?: components["parameters"]["IfNoneMatchDocument"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    ETag: components["headers"]["DocumentETag"];
                    "Cache-Control": components["headers"]["NoCache"];
                    /** @description Only the page's own inline scripts (by hash), nothing from other origins, no framing. */
                    "Content-Security-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified; the page named by `If-None-Match` is still the one served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ReadUnauthorized"];
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    getAsyncApiReference: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client already has. */
                "If-None-Match"?: components["parameters"]["IfNoneMatchDocument"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    ETag: components["headers"]["DocumentETag"];
                    "Cache-Control": components["headers"]["NoCache"];
                    /** @description Only the page's own inline scripts (by hash), nothing from other origins, no framing. */
                    "Content-Security-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified; the page named by `If-None-Match` is still the one served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ReadUnauthorized"];
            403: components["responses"]["HostNotAllowed"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
}
