# generated — do not edit. Produced by `npm run generate` from spec/; change the spec (or the generator in scripts/) instead.
"""OpenSymphony control-plane client and types, generated from spec/ by `npm run generate`."""
from .models import *  # noqa: F401,F403 - every generated type
from .models import DecodeError as ModelDecodeError  # noqa: F401 - raised by from_json
from .client import (  # noqa: F401 - the client's errors win over the models' names
    SNAPSHOT_TIMEOUT_MS,
    STREAM_ATTACH_TIMEOUT_MS,
    STREAM_READ_TIMEOUT_MS,
    ControlPlaneClient,
    ControlPlaneClientError,
    DecodeError,
    InvalidBaseUrlError,
    RequestError,
    StreamAttachTimeoutError,
    StreamError,
)
