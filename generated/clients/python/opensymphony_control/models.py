# generated — do not edit. Produced by `npm run generate` from spec/; change the spec (or the generator in scripts/) instead.
"""The OpenSymphony control-plane types, generated from spec/control-plane.schema.yaml.

Decoding is strict where the contract is: required fields, types, ranges, enum values and RFC 3339
timestamps are checked, and a violation raises DecodeError with its JSON Pointer. Fields this
version does not know are ignored. Integers are Python ints, so 64-bit counts are exact;
timestamps keep their nanoseconds.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import enum
import re
from typing import Any, Callable, Dict, List, Optional, TypeVar

T = TypeVar("T")
U32_MAX = 4294967295
U64_MAX = 18446744073709551615


class DecodeError(ValueError):
    """A payload that does not match the contract; `path` is a JSON Pointer into it."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path or '(root)'}: {message}")
        self.path = path
        self.message = message


_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$"
)


@dataclasses.dataclass(frozen=True, order=True)
class Timestamp:
    """An RFC 3339 instant, kept to the nanosecond (UTC seconds since the epoch + nanoseconds)."""

    seconds: int
    nanos: int

    @classmethod
    def parse(cls, text: str, path: str = "") -> "Timestamp":
        match = _RFC3339.match(text)
        if not match:
            raise DecodeError(path, f"expected an RFC 3339 timestamp, got {text!r}")
        year, month, day, hour, minute, second, fraction, zone = match.groups()
        try:
            offset = _dt.timedelta(0)
            if zone not in ("Z", "z"):
                sign = -1 if zone[0] == "-" else 1
                offset = sign * _dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
            leap = int(second) == 60
            moment = _dt.datetime(
                int(year), int(month), int(day), int(hour), int(minute), 59 if leap else int(second),
                tzinfo=_dt.timezone(offset),
            )
        except ValueError as error:
            raise DecodeError(path, f"expected an RFC 3339 timestamp, got {text!r} ({error})") from None
        seconds = int((moment - _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)).total_seconds()) + (1 if leap else 0)
        nanos = int((fraction or "")[:9].ljust(9, "0"))
        return cls(seconds, nanos)

    def to_datetime(self) -> _dt.datetime:
        """As an aware datetime in UTC (microsecond precision: Python's datetime holds no more)."""
        return _dt.datetime.fromtimestamp(self.seconds, _dt.timezone.utc) + _dt.timedelta(microseconds=self.nanos // 1000)

    def __str__(self) -> str:
        whole = _dt.datetime.fromtimestamp(self.seconds, _dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        digits = f"{self.nanos:09d}"
        if self.nanos == 0:
            return f"{whole}Z"
        if digits.endswith("000000"):
            return f"{whole}.{digits[:3]}Z"
        if digits.endswith("000"):
            return f"{whole}.{digits[:6]}Z"
        return f"{whole}.{digits}Z"


def _pointer(path: str, key: Any) -> str:
    return f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}"


def _object(value: Any, path: str) -> Dict[str, Any]:
    if not isinstance(value, dict):
        raise DecodeError(path, f"expected an object, got {type(value).__name__}")
    return value


def _string(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise DecodeError(path, f"expected a string, got {type(value).__name__}")
    return value


def _boolean(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise DecodeError(path, f"expected a boolean, got {type(value).__name__}")
    return value


def _integer(value: Any, path: str, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DecodeError(path, f"expected an integer, got {value!r}")
    if value < minimum or value > maximum:
        raise DecodeError(path, f"expected an integer from {minimum} to {maximum}, got {value}")
    return value


def _timestamp(value: Any, path: str) -> Timestamp:
    return Timestamp.parse(_string(value, path), path)


def _list(value: Any, path: str, item: Callable[[Any, str], T]) -> List[T]:
    if not isinstance(value, list):
        raise DecodeError(path, f"expected an array, got {type(value).__name__}")
    return [item(entry, _pointer(path, index)) for index, entry in enumerate(value)]


def _enum(kind: Any, value: Any, path: str) -> Any:
    text = _string(value, path)
    try:
        return kind(text)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise DecodeError(path, f"expected one of {allowed}, got {text!r}") from None


def _required(data: Dict[str, Any], name: str, path: str) -> Any:
    if name not in data:
        raise DecodeError(_pointer(path, name), "is required")
    return data[name]


def _encode(value: Any) -> Any:
    if isinstance(value, Timestamp):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if hasattr(value, "to_json"):
        return value.to_json()
    return value


def _enum_constant(value: Any, path: str, expected: str) -> str:
    if _string(value, path) != expected:
        raise DecodeError(path, f"expected {expected!r}, got {value!r}")
    return expected


class DaemonState(str, enum.Enum):
    """Lifecycle state of the orchestrator daemon: `starting` (booting, not yet polling), `ready` (polling the tracker and dispatching work), `degraded` (running with a failing dependency), `stopped` (shut down)."""

    STARTING = "starting"
    READY = "ready"
    DEGRADED = "degraded"
    STOPPED = "stopped"


class IssueRuntimeState(str, enum.Enum):
    """Where the daemon is with an issue: `idle` (tracked, no worker), `running` (a worker is on it), `retry_queued` (waiting for a retry after a failure or a continuation), `releasing` (the worker is being torn down), `completed` (done), `failed` (gave up)."""

    IDLE = "idle"
    RUNNING = "running"
    RETRY_QUEUED = "retry_queued"
    RELEASING = "releasing"
    COMPLETED = "completed"
    FAILED = "failed"


class WorkerOutcome(str, enum.Enum):
    """How the last worker run on an issue ended: `unknown` (no run yet or not recorded), `running` (still running), `continued` (stopped with more to do), `completed`, `failed`, `canceled`."""

    UNKNOWN = "unknown"
    RUNNING = "running"
    CONTINUED = "continued"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELED = "canceled"


class FileChangeKind(str, enum.Enum):
    """What happened to a file in the issue's workspace."""

    CREATED = "created"
    MODIFIED = "modified"
    REMOVED = "removed"


class RecentEventKind(str, enum.Enum):
    """What the daemon did: `worker_started`, `workspace_prepared`, `stream_attached` (attached to an agent conversation's event stream), `snapshot_published`, `worker_completed`, `retry_scheduled`, `client_attached` / `client_detached` (an operator client came or went), `warning`."""

    WORKER_STARTED = "worker_started"
    WORKSPACE_PREPARED = "workspace_prepared"
    STREAM_ATTACHED = "stream_attached"
    SNAPSHOT_PUBLISHED = "snapshot_published"
    WORKER_COMPLETED = "worker_completed"
    RETRY_SCHEDULED = "retry_scheduled"
    CLIENT_ATTACHED = "client_attached"
    CLIENT_DETACHED = "client_detached"
    WARNING = "warning"


class ErrorCode(str, enum.Enum):
    """Stable, machine-readable reason of an error response: - `invalid_json` (400): the request body is not JSON, is nested deeper than the server allows (64 levels), or its `Content-Encoding` stream is broken; - `invalid_snapshot` (400): the body is JSON but not a valid `DaemonSnapshot`; `details` lists each violation; - `unauthorized` (401): the bearer token is missing or wrong (the publish token on a publish; the read token, or the publish token, on a read when the server requires one); - `publishing_disabled` (403): no publish token is configured, so publishing over HTTP is off; - `host_not_allowed` (403): the request's `Host` is not this server's (an IP literal, `localhost`, or a name it was told to answer to): the defence against DNS rebinding; - `origin_not_allowed` (403): a publish came from a browser page of another origin; - `not_found` (404): no such route; - `method_not_allowed` (405): the route exists, the method does not; the `Allow` header lists the methods that do; - `request_timeout` (408): the request body did not arrive in time; nothing was published; - `payload_too_large` (413): the body exceeds the configured limit (after decoding its `Content-Encoding`); - `unsupported_media_type` (415): the body is not `application/json`, or its `Content-Encoding` is not `gzip`, `deflate`, `br` or `identity`; - `too_many_requests` (429): this client holds as many event streams as the server allows one client; `Retry-After` says when to try again; - `internal_error` (500): the server failed; the message never carries a stack trace; - `too_many_subscribers` (503): the server holds as many event streams as it allows; `Retry-After` says when to try again; - `not_ready` (503): the control plane cannot serve and accept publishes now (shutting down, or its shared store unreachable); `/readyz` answers it; - `store_unavailable` (503): the store a replica publishes through (Redis) is unreachable; nothing was published; `Retry-After` says when to try again."""

    INVALID_JSON = "invalid_json"
    INVALID_SNAPSHOT = "invalid_snapshot"
    UNAUTHORIZED = "unauthorized"
    PUBLISHING_DISABLED = "publishing_disabled"
    HOST_NOT_ALLOWED = "host_not_allowed"
    ORIGIN_NOT_ALLOWED = "origin_not_allowed"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    REQUEST_TIMEOUT = "request_timeout"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    TOO_MANY_REQUESTS = "too_many_requests"
    INTERNAL_ERROR = "internal_error"
    TOO_MANY_SUBSCRIBERS = "too_many_subscribers"
    NOT_READY = "not_ready"
    STORE_UNAVAILABLE = "store_unavailable"


@dataclasses.dataclass
class SnapshotEnvelope:
    """One published state of the daemon: the full snapshot with the store's sequence number and publication time. Every envelope carries full state, never a delta."""

    sequence: int
    published_at: Timestamp
    snapshot: "DaemonSnapshot"
    epoch: Optional[str] = None

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "SnapshotEnvelope":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "sequence", path)
        fields["sequence"] = _integer(data["sequence"], _pointer(path, "sequence"), 1, U64_MAX)
        _required(data, "published_at", path)
        fields["published_at"] = _timestamp(data["published_at"], _pointer(path, "published_at"))
        _required(data, "snapshot", path)
        fields["snapshot"] = DaemonSnapshot.from_json(data["snapshot"], _pointer(path, "snapshot"))
        if "epoch" in data:
            fields["epoch"] = _string(data["epoch"], _pointer(path, "epoch"))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["sequence"] = _encode(self.sequence)
        out["published_at"] = _encode(self.published_at)
        out["snapshot"] = _encode(self.snapshot)
        if self.epoch is not None:
            out["epoch"] = _encode(self.epoch)
        return out


@dataclasses.dataclass
class DaemonSnapshot:
    """Everything an operator sees of the orchestrator at one instant: the daemon, the agent server, the memory server, aggregate metrics, every tracked issue and the most recent daemon events. Published by the daemon (the only writer)."""

    generated_at: Timestamp
    daemon: "DaemonStatus"
    agent_server: "AgentServerStatus"
    metrics: "MetricsSnapshot"
    issues: List["IssueSnapshot"]
    recent_events: List["RecentEvent"]
    memory_server: "MemoryServerStatus" = dataclasses.field(default_factory=lambda: MemoryServerStatus(enabled=False, reachable=False, status_line="disabled"))

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "DaemonSnapshot":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "generated_at", path)
        fields["generated_at"] = _timestamp(data["generated_at"], _pointer(path, "generated_at"))
        _required(data, "daemon", path)
        fields["daemon"] = DaemonStatus.from_json(data["daemon"], _pointer(path, "daemon"))
        _required(data, "agent_server", path)
        fields["agent_server"] = AgentServerStatus.from_json(data["agent_server"], _pointer(path, "agent_server"))
        if "memory_server" in data:
            fields["memory_server"] = MemoryServerStatus.from_json(data["memory_server"], _pointer(path, "memory_server"))
        _required(data, "metrics", path)
        fields["metrics"] = MetricsSnapshot.from_json(data["metrics"], _pointer(path, "metrics"))
        _required(data, "issues", path)
        fields["issues"] = _list(data["issues"], _pointer(path, "issues"), lambda item, at: IssueSnapshot.from_json(item, at))
        _required(data, "recent_events", path)
        fields["recent_events"] = _list(data["recent_events"], _pointer(path, "recent_events"), lambda item, at: RecentEvent.from_json(item, at))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["generated_at"] = _encode(self.generated_at)
        out["daemon"] = _encode(self.daemon)
        out["agent_server"] = _encode(self.agent_server)
        out["memory_server"] = _encode(self.memory_server)
        out["metrics"] = _encode(self.metrics)
        out["issues"] = _encode(self.issues)
        out["recent_events"] = _encode(self.recent_events)
        return out


@dataclasses.dataclass
class DaemonStatus:
    """The orchestrator daemon itself."""

    state: "DaemonState"
    last_poll_at: Timestamp
    workspace_root: str
    status_line: str

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "DaemonStatus":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "state", path)
        fields["state"] = _enum(DaemonState, data["state"], _pointer(path, "state"))
        _required(data, "last_poll_at", path)
        fields["last_poll_at"] = _timestamp(data["last_poll_at"], _pointer(path, "last_poll_at"))
        _required(data, "workspace_root", path)
        fields["workspace_root"] = _string(data["workspace_root"], _pointer(path, "workspace_root"))
        _required(data, "status_line", path)
        fields["status_line"] = _string(data["status_line"], _pointer(path, "status_line"))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["state"] = _encode(self.state)
        out["last_poll_at"] = _encode(self.last_poll_at)
        out["workspace_root"] = _encode(self.workspace_root)
        out["status_line"] = _encode(self.status_line)
        return out


@dataclasses.dataclass
class AgentServerStatus:
    """The coding-agent server the daemon drives conversations on."""

    reachable: bool
    base_url: str
    conversation_count: int
    status_line: str

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "AgentServerStatus":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "reachable", path)
        fields["reachable"] = _boolean(data["reachable"], _pointer(path, "reachable"))
        _required(data, "base_url", path)
        fields["base_url"] = _string(data["base_url"], _pointer(path, "base_url"))
        _required(data, "conversation_count", path)
        fields["conversation_count"] = _integer(data["conversation_count"], _pointer(path, "conversation_count"), 0, U32_MAX)
        _required(data, "status_line", path)
        fields["status_line"] = _string(data["status_line"], _pointer(path, "status_line"))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["reachable"] = _encode(self.reachable)
        out["base_url"] = _encode(self.base_url)
        out["conversation_count"] = _encode(self.conversation_count)
        out["status_line"] = _encode(self.status_line)
        return out


@dataclasses.dataclass
class MemoryServerStatus:
    """The optional memory server that agents share context through."""

    enabled: bool
    reachable: bool
    status_line: str
    endpoint: Optional[str] = None

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "MemoryServerStatus":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "enabled", path)
        fields["enabled"] = _boolean(data["enabled"], _pointer(path, "enabled"))
        _required(data, "reachable", path)
        fields["reachable"] = _boolean(data["reachable"], _pointer(path, "reachable"))
        if "endpoint" in data:
            fields["endpoint"] = _string(data["endpoint"], _pointer(path, "endpoint"))
        _required(data, "status_line", path)
        fields["status_line"] = _string(data["status_line"], _pointer(path, "status_line"))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["enabled"] = _encode(self.enabled)
        out["reachable"] = _encode(self.reachable)
        if self.endpoint is not None:
            out["endpoint"] = _encode(self.endpoint)
        out["status_line"] = _encode(self.status_line)
        return out


@dataclasses.dataclass
class MetricsSnapshot:
    """Aggregate counters over every issue the daemon has run."""

    running_issues: int
    retry_queue_depth: int
    input_tokens: int
    output_tokens: int
    cache_read_tokens: int
    total_tokens: int
    total_cost_micros: int

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "MetricsSnapshot":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "running_issues", path)
        fields["running_issues"] = _integer(data["running_issues"], _pointer(path, "running_issues"), 0, U32_MAX)
        _required(data, "retry_queue_depth", path)
        fields["retry_queue_depth"] = _integer(data["retry_queue_depth"], _pointer(path, "retry_queue_depth"), 0, U32_MAX)
        _required(data, "input_tokens", path)
        fields["input_tokens"] = _integer(data["input_tokens"], _pointer(path, "input_tokens"), 0, U64_MAX)
        _required(data, "output_tokens", path)
        fields["output_tokens"] = _integer(data["output_tokens"], _pointer(path, "output_tokens"), 0, U64_MAX)
        _required(data, "cache_read_tokens", path)
        fields["cache_read_tokens"] = _integer(data["cache_read_tokens"], _pointer(path, "cache_read_tokens"), 0, U64_MAX)
        _required(data, "total_tokens", path)
        fields["total_tokens"] = _integer(data["total_tokens"], _pointer(path, "total_tokens"), 0, U64_MAX)
        _required(data, "total_cost_micros", path)
        fields["total_cost_micros"] = _integer(data["total_cost_micros"], _pointer(path, "total_cost_micros"), 0, U64_MAX)
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["running_issues"] = _encode(self.running_issues)
        out["retry_queue_depth"] = _encode(self.retry_queue_depth)
        out["input_tokens"] = _encode(self.input_tokens)
        out["output_tokens"] = _encode(self.output_tokens)
        out["cache_read_tokens"] = _encode(self.cache_read_tokens)
        out["total_tokens"] = _encode(self.total_tokens)
        out["total_cost_micros"] = _encode(self.total_cost_micros)
        return out


@dataclasses.dataclass
class IssueSnapshot:
    """One tracked issue and the worker the daemon runs for it."""

    identifier: str
    title: str
    tracker_state: str
    runtime_state: "IssueRuntimeState"
    last_outcome: "WorkerOutcome"
    last_event_at: Timestamp
    conversation_id_suffix: str
    workspace_path_suffix: str
    retry_count: int
    blocked: bool
    server_base_url: Optional[str] = None
    transport_target: Optional[str] = None
    http_auth_mode: Optional[str] = None
    websocket_auth_mode: Optional[str] = None
    websocket_query_param_name: Optional[str] = None
    recent_events: List["ConversationEvent"] = dataclasses.field(default_factory=lambda: [])
    modified_files: List["FileChange"] = dataclasses.field(default_factory=lambda: [])
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    url: Optional[str] = None

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "IssueSnapshot":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "identifier", path)
        fields["identifier"] = _string(data["identifier"], _pointer(path, "identifier"))
        _required(data, "title", path)
        fields["title"] = _string(data["title"], _pointer(path, "title"))
        _required(data, "tracker_state", path)
        fields["tracker_state"] = _string(data["tracker_state"], _pointer(path, "tracker_state"))
        _required(data, "runtime_state", path)
        fields["runtime_state"] = _enum(IssueRuntimeState, data["runtime_state"], _pointer(path, "runtime_state"))
        _required(data, "last_outcome", path)
        fields["last_outcome"] = _enum(WorkerOutcome, data["last_outcome"], _pointer(path, "last_outcome"))
        _required(data, "last_event_at", path)
        fields["last_event_at"] = _timestamp(data["last_event_at"], _pointer(path, "last_event_at"))
        _required(data, "conversation_id_suffix", path)
        fields["conversation_id_suffix"] = _string(data["conversation_id_suffix"], _pointer(path, "conversation_id_suffix"))
        _required(data, "workspace_path_suffix", path)
        fields["workspace_path_suffix"] = _string(data["workspace_path_suffix"], _pointer(path, "workspace_path_suffix"))
        _required(data, "retry_count", path)
        fields["retry_count"] = _integer(data["retry_count"], _pointer(path, "retry_count"), 0, U32_MAX)
        _required(data, "blocked", path)
        fields["blocked"] = _boolean(data["blocked"], _pointer(path, "blocked"))
        if "server_base_url" in data:
            fields["server_base_url"] = _string(data["server_base_url"], _pointer(path, "server_base_url"))
        if "transport_target" in data:
            fields["transport_target"] = _string(data["transport_target"], _pointer(path, "transport_target"))
        if "http_auth_mode" in data:
            fields["http_auth_mode"] = _string(data["http_auth_mode"], _pointer(path, "http_auth_mode"))
        if "websocket_auth_mode" in data:
            fields["websocket_auth_mode"] = _string(data["websocket_auth_mode"], _pointer(path, "websocket_auth_mode"))
        if "websocket_query_param_name" in data:
            fields["websocket_query_param_name"] = _string(data["websocket_query_param_name"], _pointer(path, "websocket_query_param_name"))
        if "recent_events" in data:
            fields["recent_events"] = _list(data["recent_events"], _pointer(path, "recent_events"), lambda item, at: ConversationEvent.from_json(item, at))
        if "modified_files" in data:
            fields["modified_files"] = _list(data["modified_files"], _pointer(path, "modified_files"), lambda item, at: FileChange.from_json(item, at))
        if "input_tokens" in data:
            fields["input_tokens"] = _integer(data["input_tokens"], _pointer(path, "input_tokens"), 0, U64_MAX)
        if "output_tokens" in data:
            fields["output_tokens"] = _integer(data["output_tokens"], _pointer(path, "output_tokens"), 0, U64_MAX)
        if "cache_read_tokens" in data:
            fields["cache_read_tokens"] = _integer(data["cache_read_tokens"], _pointer(path, "cache_read_tokens"), 0, U64_MAX)
        if "url" in data:
            fields["url"] = _string(data["url"], _pointer(path, "url"))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["identifier"] = _encode(self.identifier)
        out["title"] = _encode(self.title)
        out["tracker_state"] = _encode(self.tracker_state)
        out["runtime_state"] = _encode(self.runtime_state)
        out["last_outcome"] = _encode(self.last_outcome)
        out["last_event_at"] = _encode(self.last_event_at)
        out["conversation_id_suffix"] = _encode(self.conversation_id_suffix)
        out["workspace_path_suffix"] = _encode(self.workspace_path_suffix)
        out["retry_count"] = _encode(self.retry_count)
        out["blocked"] = _encode(self.blocked)
        if self.server_base_url is not None:
            out["server_base_url"] = _encode(self.server_base_url)
        if self.transport_target is not None:
            out["transport_target"] = _encode(self.transport_target)
        if self.http_auth_mode is not None:
            out["http_auth_mode"] = _encode(self.http_auth_mode)
        if self.websocket_auth_mode is not None:
            out["websocket_auth_mode"] = _encode(self.websocket_auth_mode)
        if self.websocket_query_param_name is not None:
            out["websocket_query_param_name"] = _encode(self.websocket_query_param_name)
        if self.recent_events:
            out["recent_events"] = _encode(self.recent_events)
        if self.modified_files:
            out["modified_files"] = _encode(self.modified_files)
        out["input_tokens"] = _encode(self.input_tokens)
        out["output_tokens"] = _encode(self.output_tokens)
        out["cache_read_tokens"] = _encode(self.cache_read_tokens)
        if self.url is not None:
            out["url"] = _encode(self.url)
        return out


@dataclasses.dataclass
class ConversationEvent:
    """One event of an issue's agent conversation."""

    event_id: str
    happened_at: Timestamp
    kind: str
    summary: str

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "ConversationEvent":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "event_id", path)
        fields["event_id"] = _string(data["event_id"], _pointer(path, "event_id"))
        _required(data, "happened_at", path)
        fields["happened_at"] = _timestamp(data["happened_at"], _pointer(path, "happened_at"))
        _required(data, "kind", path)
        fields["kind"] = _string(data["kind"], _pointer(path, "kind"))
        _required(data, "summary", path)
        fields["summary"] = _string(data["summary"], _pointer(path, "summary"))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["event_id"] = _encode(self.event_id)
        out["happened_at"] = _encode(self.happened_at)
        out["kind"] = _encode(self.kind)
        out["summary"] = _encode(self.summary)
        return out


@dataclasses.dataclass
class FileChange:
    """One file the worker changed in the issue's workspace."""

    path: str
    change_kind: "FileChangeKind"
    lines_added: int
    lines_removed: int

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "FileChange":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "path", path)
        fields["path"] = _string(data["path"], _pointer(path, "path"))
        _required(data, "change_kind", path)
        fields["change_kind"] = _enum(FileChangeKind, data["change_kind"], _pointer(path, "change_kind"))
        _required(data, "lines_added", path)
        fields["lines_added"] = _integer(data["lines_added"], _pointer(path, "lines_added"), 0, U32_MAX)
        _required(data, "lines_removed", path)
        fields["lines_removed"] = _integer(data["lines_removed"], _pointer(path, "lines_removed"), 0, U32_MAX)
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["path"] = _encode(self.path)
        out["change_kind"] = _encode(self.change_kind)
        out["lines_added"] = _encode(self.lines_added)
        out["lines_removed"] = _encode(self.lines_removed)
        return out


@dataclasses.dataclass
class RecentEvent:
    """One event of the daemon's own log."""

    happened_at: Timestamp
    issue_identifier: Optional[str]
    kind: "RecentEventKind"
    summary: str

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "RecentEvent":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "happened_at", path)
        fields["happened_at"] = _timestamp(data["happened_at"], _pointer(path, "happened_at"))
        _required(data, "issue_identifier", path)
        fields["issue_identifier"] = None if data["issue_identifier"] is None else _string(data["issue_identifier"], _pointer(path, "issue_identifier"))
        _required(data, "kind", path)
        fields["kind"] = _enum(RecentEventKind, data["kind"], _pointer(path, "kind"))
        _required(data, "summary", path)
        fields["summary"] = _string(data["summary"], _pointer(path, "summary"))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["happened_at"] = _encode(self.happened_at)
        out["issue_identifier"] = _encode(self.issue_identifier)
        out["kind"] = _encode(self.kind)
        out["summary"] = _encode(self.summary)
        return out


@dataclasses.dataclass
class HealthResponse:
    """Liveness of the control plane and a summary of its current snapshot."""

    status: str
    current_sequence: int
    published_at: Timestamp
    issue_count: int
    epoch: Optional[str] = None

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "HealthResponse":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "status", path)
        fields["status"] = _enum_constant(data["status"], _pointer(path, "status"), "ok")
        _required(data, "current_sequence", path)
        fields["current_sequence"] = _integer(data["current_sequence"], _pointer(path, "current_sequence"), 1, U64_MAX)
        _required(data, "published_at", path)
        fields["published_at"] = _timestamp(data["published_at"], _pointer(path, "published_at"))
        _required(data, "issue_count", path)
        fields["issue_count"] = _integer(data["issue_count"], _pointer(path, "issue_count"), 0, U64_MAX)
        if "epoch" in data:
            fields["epoch"] = _string(data["epoch"], _pointer(path, "epoch"))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["status"] = _encode(self.status)
        out["current_sequence"] = _encode(self.current_sequence)
        out["published_at"] = _encode(self.published_at)
        out["issue_count"] = _encode(self.issue_count)
        if self.epoch is not None:
            out["epoch"] = _encode(self.epoch)
        return out


@dataclasses.dataclass
class ReadinessResponse:
    """The control plane can serve reads and accept publishes now. While it cannot (shutting down, or its shared store unreachable) `/readyz` answers 503 with the `Error` envelope instead (`not_ready`)."""

    status: str

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "ReadinessResponse":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "status", path)
        fields["status"] = _enum_constant(data["status"], _pointer(path, "status"), "ready")
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["status"] = _encode(self.status)
        return out


@dataclasses.dataclass
class MetricsPoint:
    """The metrics of one published snapshot, with where and when it was published."""

    published_at: Timestamp
    sequence: int
    generated_at: Timestamp
    metrics: "MetricsSnapshot"

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "MetricsPoint":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "published_at", path)
        fields["published_at"] = _timestamp(data["published_at"], _pointer(path, "published_at"))
        _required(data, "sequence", path)
        fields["sequence"] = _integer(data["sequence"], _pointer(path, "sequence"), 1, U64_MAX)
        _required(data, "generated_at", path)
        fields["generated_at"] = _timestamp(data["generated_at"], _pointer(path, "generated_at"))
        _required(data, "metrics", path)
        fields["metrics"] = MetricsSnapshot.from_json(data["metrics"], _pointer(path, "metrics"))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["published_at"] = _encode(self.published_at)
        out["sequence"] = _encode(self.sequence)
        out["generated_at"] = _encode(self.generated_at)
        out["metrics"] = _encode(self.metrics)
        return out


@dataclasses.dataclass
class MetricsHistory:
    """The metrics of the most recent publishes of one store, oldest first: at most `max_points` of them, none published more than `max_age_seconds` before the newest. The current envelope is always the last point. Kept in memory: a restarted control plane starts a new history (and a new epoch)."""

    epoch: str
    max_points: int
    max_age_seconds: int
    points: List["MetricsPoint"]

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "MetricsHistory":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "epoch", path)
        fields["epoch"] = _string(data["epoch"], _pointer(path, "epoch"))
        _required(data, "max_points", path)
        fields["max_points"] = _integer(data["max_points"], _pointer(path, "max_points"), 0, U32_MAX)
        _required(data, "max_age_seconds", path)
        fields["max_age_seconds"] = _integer(data["max_age_seconds"], _pointer(path, "max_age_seconds"), 0, U32_MAX)
        _required(data, "points", path)
        fields["points"] = _list(data["points"], _pointer(path, "points"), lambda item, at: MetricsPoint.from_json(item, at))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["epoch"] = _encode(self.epoch)
        out["max_points"] = _encode(self.max_points)
        out["max_age_seconds"] = _encode(self.max_age_seconds)
        out["points"] = _encode(self.points)
        return out


@dataclasses.dataclass
class ErrorDetail:
    """One violation found in a request body."""

    path: str
    message: str

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "ErrorDetail":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "path", path)
        fields["path"] = _string(data["path"], _pointer(path, "path"))
        _required(data, "message", path)
        fields["message"] = _string(data["message"], _pointer(path, "message"))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["path"] = _encode(self.path)
        out["message"] = _encode(self.message)
        return out


@dataclasses.dataclass
class Error:
    """The body of every non-2xx JSON response."""

    error: "ErrorBody"

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "Error":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "error", path)
        fields["error"] = ErrorBody.from_json(data["error"], _pointer(path, "error"))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["error"] = _encode(self.error)
        return out


@dataclasses.dataclass
class ErrorBody:
    """What went wrong."""

    code: "ErrorCode"
    message: str
    details: Optional[List["ErrorDetail"]] = None

    @classmethod
    def from_json(cls, value: Any, path: str = "") -> "ErrorBody":
        """Decodes a parsed JSON value; raises DecodeError. Unknown fields are ignored."""
        data = _object(value, path)
        fields: Dict[str, Any] = {}
        _required(data, "code", path)
        fields["code"] = _enum(ErrorCode, data["code"], _pointer(path, "code"))
        _required(data, "message", path)
        fields["message"] = _string(data["message"], _pointer(path, "message"))
        if "details" in data:
            fields["details"] = _list(data["details"], _pointer(path, "details"), lambda item, at: ErrorDetail.from_json(item, at))
        return cls(**fields)

    def to_json(self) -> Dict[str, Any]:
        """The wire form, as the reference writes it."""
        out: Dict[str, Any] = {}
        out["code"] = _encode(self.code)
        out["message"] = _encode(self.message)
        if self.details is not None:
            out["details"] = _encode(self.details)
        return out


__all__ = [
    "DecodeError",
    "Timestamp",
    "DaemonState",
    "IssueRuntimeState",
    "WorkerOutcome",
    "FileChangeKind",
    "RecentEventKind",
    "ErrorCode",
    "SnapshotEnvelope",
    "DaemonSnapshot",
    "DaemonStatus",
    "AgentServerStatus",
    "MemoryServerStatus",
    "MetricsSnapshot",
    "IssueSnapshot",
    "ConversationEvent",
    "FileChange",
    "RecentEvent",
    "HealthResponse",
    "ReadinessResponse",
    "MetricsPoint",
    "MetricsHistory",
    "ErrorDetail",
    "Error",
    "ErrorBody",
]
