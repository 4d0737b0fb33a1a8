// generated — do not edit. Produced by `npm run generate` from spec/openapi.yaml and spec/asyncapi.yaml; change that (or the generator in scripts/) instead.
package opensymphony.control;

import java.util.List;
import java.util.Map;

/** The contract's numbers, client error codes and operations, from spec/openapi.yaml and spec/asyncapi.yaml. */
public final class Contract {
    private Contract() {}

    /** The longest a stream stays silent: after this long without a write, the server writes a keepalive comment. */
    public static final int KEEPALIVE_INTERVAL_MS = 15000;
    /** The largest <code>PUT /api/v1/snapshot</code> body (after <code>Content-Encoding</code> is undone) a server accepts unless configured otherwise (413 beyond it): generous for hundreds of issues, bounded for memory. */
    public static final int DEFAULT_BODY_LIMIT_BYTES = 1048576;
    /** The deepest nesting of arrays and objects a publish body may have (400 <code>invalid_json</code> beyond it): a snapshot needs 5; anything recursive needs a bound. */
    public static final int MAX_JSON_DEPTH = 64;
    /** How long a client gives one JSON exchange (<code>GET /api/v1/snapshot</code>, <code>GET /healthz</code>, a publish), body included: bootstrap and reconnect fetches fail fast instead of hanging on a partial body. */
    public static final int SNAPSHOT_TIMEOUT_MS = 5000;
    /** The largest JSON body, event-stream line or event a client holds (16 MiB): far above any real snapshot, low enough that a hostile server cannot exhaust a client's memory. */
    public static final int MAX_EVENT_BYTES = 16777216;
    /** Connecting and receiving the first <code>snapshot</code> must both fit in this; keepalive comments do not count. */
    public static final int STREAM_ATTACH_TIMEOUT_MS = 5000;
    /** After attaching, a stream that delivers nothing, keepalives included, for this long is dead: more than twice the keepalive interval. */
    public static final int STREAM_READ_TIMEOUT_MS = 35000;
    /** A following client's first wait after a failure; each further failure doubles it (with jitter), up to <code>reconnect-max-ms</code>. */
    public static final int RECONNECT_BASE_MS = 750;
    /** The longest wait between a following client's attempts, unless the server's <code>Retry-After</code> asks for longer. */
    public static final int RECONNECT_MAX_MS = 15000;

    /** Which kind of client error happened: {@link ControlPlaneClient.ControlPlaneException#code}. */
    public enum ClientErrorCode {
        /** The base URL and a path could not be joined into an http(s) URL. */
        INVALID_BASE_URL("invalid_base_url"),
        /** A JSON request failed: the network, the deadline, or a non-2xx answer (with its status and, when the body is the <code>Error</code> envelope, the server's code). */
        REQUEST("request"),
        /** The event stream failed: the network, a non-2xx answer, a wrong content type, the server closing it, or silence past the idle read deadline. */
        STREAM("stream"),
        /** The event stream did not deliver its first snapshot within the attach deadline. */
        STREAM_ATTACH_TIMEOUT("stream_attach_timeout"),
        /** A payload was not JSON, was nested too deeply, or was not what the contract says. */
        DECODE("decode"),
        /** A body, stream line or event was larger than the client's <code>max-event-bytes</code>. */
        EVENT_TOO_LARGE("event_too_large");

        /** The code as the other clients and the conformance reports write it. */
        public final String wire;

        ClientErrorCode(String wire) {
            this.wire = wire;
        }
    }

    /** One operation of spec/openapi.yaml: its method, its path below the service root, and who may call it ("open", "read" or "publish"). */
    public record Operation(String method, String path, String access) {}

    /** Every operation of spec/openapi.yaml by operationId. */
    public static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("getHealth", new Operation("GET", "healthz", "open")),
            Map.entry("getReadiness", new Operation("GET", "readyz", "open")),
            Map.entry("getMetrics", new Operation("GET", "metrics", "read")),
            Map.entry("getSnapshot", new Operation("GET", "api/v1/snapshot", "read")),
            Map.entry("publishSnapshot", new Operation("PUT", "api/v1/snapshot", "publish")),
            Map.entry("getHistory", new Operation("GET", "api/v1/history", "read")),
            Map.entry("streamEvents", new Operation("GET", "api/v1/events", "read")),
            Map.entry("getOpenApiDocument", new Operation("GET", "openapi.yaml", "read")),
            Map.entry("getOpenApiDocumentJson", new Operation("GET", "openapi.json", "read")),
            Map.entry("getAsyncApiDocument", new Operation("GET", "asyncapi.yaml", "read")),
            Map.entry("getAsyncApiDocumentJson", new Operation("GET", "asyncapi.json", "read")),
            Map.entry("getDocs", new Operation("GET", "docs", "read")),
            Map.entry("getOpenApiReference", new Operation("GET", "docs/openapi", "read")),
            Map.entry("getAsyncApiReference", new Operation("GET", "docs/asyncapi", "read")));

    /** Every client error code, in the order the spec lists them. */
    public static final List<ClientErrorCode> CLIENT_ERROR_CODES = List.of(ClientErrorCode.values());
}
