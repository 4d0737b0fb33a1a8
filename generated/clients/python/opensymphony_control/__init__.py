# generated — do not edit. Produced by `npm run generate` from scripts/generate-clients/templates/python/__init__.py with the types of spec/control-plane.schema.yaml; change that (or the generator in scripts/) instead.
"""OpenSymphony control-plane client and types, generated from spec/ by `npm run generate`.

    from opensymphony_control import ControlPlaneClient
    client = ControlPlaneClient("http://127.0.0.1:2468", read_token=None)
    print(client.get_snapshot().snapshot.daemon.state)
"""
from .models import (
    Timestamp,
    DaemonState,
    IssueRuntimeState,
    WorkerOutcome,
    FileChangeKind,
    RecentEventKind,
    ErrorCode,
    SnapshotEnvelope,
    DaemonSnapshot,
    DaemonStatus,
    AgentServerStatus,
    MemoryServerStatus,
    MetricsSnapshot,
    IssueSnapshot,
    ConversationEvent,
    FileChange,
    RecentEvent,
    HealthResponse,
    ReadinessResponse,
    MetricsPoint,
    MetricsHistory,
    ErrorDetail,
    Error,
    ErrorBody,
)
from .models import DecodeError as ModelDecodeError
from .contract import (
    CLIENT_ERROR_CODES,
    MAX_EVENT_BYTES,
    OPERATIONS,
    SNAPSHOT_TIMEOUT_MS,
    STREAM_ATTACH_TIMEOUT_MS,
    STREAM_READ_TIMEOUT_MS,
    ClientErrorCode,
)
from .client import (
    ControlPlaneClient,
    EventStream,
    ControlPlaneClientError,
    DecodeError,
    EventTooLargeError,
    InvalidBaseUrlError,
    RequestError,
    StreamAttachTimeoutError,
    StreamError,
)

#: The distribution's version: the same release as the npm package this client was generated with.
__version__ = "0.2.0"

__all__ = [
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
    "ModelDecodeError",
    "CLIENT_ERROR_CODES",
    "ClientErrorCode",
    "OPERATIONS",
    "MAX_EVENT_BYTES",
    "SNAPSHOT_TIMEOUT_MS",
    "STREAM_ATTACH_TIMEOUT_MS",
    "STREAM_READ_TIMEOUT_MS",
    "ControlPlaneClient",
    "EventStream",
    "ControlPlaneClientError",
    "DecodeError",
    "EventTooLargeError",
    "InvalidBaseUrlError",
    "RequestError",
    "StreamAttachTimeoutError",
    "StreamError",
]
