# generated — do not edit. Produced by `npm run generate` from spec/openapi.yaml and spec/asyncapi.yaml; change that (or the generator in scripts/) instead.
"""The contract's numbers, the client's error codes and the operations, from spec/openapi.yaml and spec/asyncapi.yaml."""
from typing import Dict, Tuple

#: The longest a stream stays silent: after this long without a write, the server writes a keepalive comment.
KEEPALIVE_INTERVAL_MS = 15000
#: The largest `PUT /api/v1/snapshot` body (after `Content-Encoding` is undone) a server accepts unless configured otherwise (413 beyond it): generous for hundreds of issues, bounded for memory.
DEFAULT_BODY_LIMIT_BYTES = 1048576
#: The deepest nesting of arrays and objects a publish body may have (400 `invalid_json` beyond it): a snapshot needs 5; anything recursive needs a bound.
MAX_JSON_DEPTH = 64
#: How long a client gives one JSON exchange (`GET /api/v1/snapshot`, `GET /healthz`, a publish), body included: bootstrap and reconnect fetches fail fast instead of hanging on a partial body.
SNAPSHOT_TIMEOUT_MS = 5000
#: The largest JSON body, event-stream line or event a client holds (16 MiB): far above any real snapshot, low enough that a hostile server cannot exhaust a client's memory.
MAX_EVENT_BYTES = 16777216
#: Connecting and receiving the first `snapshot` must both fit in this; keepalive comments do not count.
STREAM_ATTACH_TIMEOUT_MS = 5000
#: After attaching, a stream that delivers nothing, keepalives included, for this long is dead: more than twice the keepalive interval.
STREAM_READ_TIMEOUT_MS = 35000
#: A following client's first wait after a failure; each further failure doubles it (with jitter), up to `reconnect-max-ms`.
RECONNECT_BASE_MS = 750
#: The longest wait between a following client's attempts, unless the server's `Retry-After` asks for longer.
RECONNECT_MAX_MS = 15000


class ClientErrorCode:
    """The codes of the errors this client raises itself (a ControlPlaneClientError's `code`)."""

    #: The base URL and a path could not be joined into an http(s) URL.
    INVALID_BASE_URL = "invalid_base_url"
    #: A JSON request failed: the network, the deadline, or a non-2xx answer (with its status and, when the body is the `Error` envelope, the server's code).
    REQUEST = "request"
    #: The event stream failed: the network, a non-2xx answer, a wrong content type, the server closing it, or silence past the idle read deadline.
    STREAM = "stream"
    #: The event stream did not deliver its first snapshot within the attach deadline.
    STREAM_ATTACH_TIMEOUT = "stream_attach_timeout"
    #: A payload was not JSON, was nested too deeply, or was not what the contract says.
    DECODE = "decode"
    #: A body, stream line or event was larger than the client's `max-event-bytes`.
    EVENT_TOO_LARGE = "event_too_large"


#: Every client error code, in the order the spec lists them.
CLIENT_ERROR_CODES: Tuple[str, ...] = (
    "invalid_base_url",
    "request",
    "stream",
    "stream_attach_timeout",
    "decode",
    "event_too_large",
)

#: Every operation of spec/openapi.yaml by operationId: (method, path below the service root, access: open, read or publish).
OPERATIONS: Dict[str, Tuple[str, str, str]] = {
    "getHealth": ("GET", "healthz", "open"),
    "getReadiness": ("GET", "readyz", "open"),
    "getMetrics": ("GET", "metrics", "read"),
    "getSnapshot": ("GET", "api/v1/snapshot", "read"),
    "publishSnapshot": ("PUT", "api/v1/snapshot", "publish"),
    "getHistory": ("GET", "api/v1/history", "read"),
    "streamEvents": ("GET", "api/v1/events", "read"),
    "getOpenApiDocument": ("GET", "openapi.yaml", "read"),
    "getOpenApiDocumentJson": ("GET", "openapi.json", "read"),
    "getAsyncApiDocument": ("GET", "asyncapi.yaml", "read"),
    "getAsyncApiDocumentJson": ("GET", "asyncapi.json", "read"),
    "getDocs": ("GET", "docs", "read"),
    "getOpenApiReference": ("GET", "docs/openapi", "read"),
    "getAsyncApiReference": ("GET", "docs/asyncapi", "read"),
}
