"""OpenSymphony control-plane client and types, generated from spec/ by `npm run generate`.

    from opensymphony_control import ControlPlaneClient
    client = ControlPlaneClient("http://127.0.0.1:2468", read_token=None)
    print(client.fetch_snapshot().snapshot.daemon.state)
"""
from .models import *  # noqa: F401,F403 - every generated type (the models' __all__)
from .models import __all__ as _MODEL_NAMES
from .models import DecodeError as ModelDecodeError
from .client import (  # the client's DecodeError wins over the models' name
    MAX_EVENT_BYTES,
    SNAPSHOT_TIMEOUT_MS,
    STREAM_ATTACH_TIMEOUT_MS,
    STREAM_READ_TIMEOUT_MS,
    ControlPlaneClient,
    ControlPlaneClientError,
    DecodeError,
    EventTooLargeError,
    InvalidBaseUrlError,
    RequestError,
    StreamAttachTimeoutError,
    StreamError,
)

#: The distribution's version: the same release as the npm package this client was generated with.
__version__ = "{{PYTHON_VERSION}}"

__all__ = [name for name in _MODEL_NAMES if name != "DecodeError"] + [
    "MAX_EVENT_BYTES",
    "SNAPSHOT_TIMEOUT_MS",
    "STREAM_ATTACH_TIMEOUT_MS",
    "STREAM_READ_TIMEOUT_MS",
    "ControlPlaneClient",
    "ControlPlaneClientError",
    "DecodeError",
    "EventTooLargeError",
    "InvalidBaseUrlError",
    "ModelDecodeError",
    "RequestError",
    "StreamAttachTimeoutError",
    "StreamError",
]
