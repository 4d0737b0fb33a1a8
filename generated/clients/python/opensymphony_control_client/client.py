# generated — do not edit. Produced by `npm run generate` from spec/; change the spec (or the generator in scripts/) instead.
"""A client of the OpenSymphony control plane, with the reference's deadlines and errors.

    client = ControlPlaneClient("http://127.0.0.1:2468/opensymphony")
    envelope = client.fetch_snapshot()          # SnapshotEnvelope, 5000 ms deadline
    health = client.health()                    # HealthResponse
    for envelope in client.stream_updates():    # each snapshot event, decoded
        ...

Standard library only. Every error is a ControlPlaneClientError with a `code`.
"""
from __future__ import annotations

import http.client
import json
import socket
import time
import urllib.parse
from typing import Any, Callable, Iterator, Optional, TypeVar

from .models import DecodeError as ModelDecodeError
from .models import HealthResponse, SnapshotEnvelope

T = TypeVar("T")

#: Bootstrap and reconnect fetches fail fast instead of hanging on a partial body.
SNAPSHOT_TIMEOUT_MS = 5000
#: Connecting and receiving the first snapshot must both fit in this; keepalives do not count.
STREAM_ATTACH_TIMEOUT_MS = 5000
#: After attaching, a stream silent this long (not even a keepalive) is dead.
STREAM_READ_TIMEOUT_MS = 35000
SNAPSHOT_EVENT = "snapshot"
_READ_CHUNK_BYTES = 65536


class ControlPlaneClientError(Exception):
    code = "client_error"


class InvalidBaseUrlError(ControlPlaneClientError):
    code = "invalid_base_url"

    def __init__(self, base_url: str, path: str) -> None:
        super().__init__(f"failed to resolve control-plane path `{path}` against `{base_url}`")
        self.base_url = base_url
        self.path = path


class RequestError(ControlPlaneClientError):
    code = "request"

    def __init__(self, message: str, url: str, status: Optional[int] = None, timeout: bool = False, body: Any = None) -> None:
        super().__init__(f"control-plane HTTP request failed: {message}")
        self.url = url
        self.status = status
        self.timeout = timeout
        self.body = body


class StreamError(ControlPlaneClientError):
    code = "stream"

    def __init__(self, message: str, url: str, status: Optional[int] = None, timeout: bool = False) -> None:
        super().__init__(f"control-plane update stream failed: {message}")
        self.url = url
        self.status = status
        self.timeout = timeout


class StreamAttachTimeoutError(ControlPlaneClientError):
    code = "stream_attach_timeout"

    def __init__(self, timeout_ms: int) -> None:
        super().__init__(f"control-plane update stream did not attach within {timeout_ms} ms")
        self.timeout_ms = timeout_ms


class DecodeError(ControlPlaneClientError):
    code = "decode"

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(f"failed to decode control-plane payload: {message}")
        self.path = path


def _decode(text: bytes, decoder: Callable[[Any], T]) -> T:
    try:
        value = json.loads(text)
    except ValueError as error:
        raise DecodeError(f"not JSON ({error})") from None
    try:
        return decoder(value)
    except ModelDecodeError as error:
        raise DecodeError(str(error), error.path) from None


class ControlPlaneClient:
    """`base_url` is the service root: `http://proxy/opensymphony` and `.../opensymphony/` are the same."""

    def __init__(
        self,
        base_url: str,
        snapshot_timeout_ms: int = SNAPSHOT_TIMEOUT_MS,
        stream_attach_timeout_ms: int = STREAM_ATTACH_TIMEOUT_MS,
        stream_read_timeout_ms: int = STREAM_READ_TIMEOUT_MS,
    ) -> None:
        self.base_url = base_url
        self.snapshot_timeout_ms = snapshot_timeout_ms
        self.stream_attach_timeout_ms = stream_attach_timeout_ms
        self.stream_read_timeout_ms = stream_read_timeout_ms

    def resolve(self, path: str) -> urllib.parse.SplitResult:
        try:
            parts = urllib.parse.urlsplit(self.base_url)
            parts.port  # raises on a bad port
        except ValueError:
            raise InvalidBaseUrlError(self.base_url, path) from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidBaseUrlError(self.base_url, path)
        root = parts.path if parts.path.endswith("/") else parts.path + "/"
        return urllib.parse.SplitResult(parts.scheme, parts.netloc, root + path.lstrip("/"), "", "")

    def _connect(self, url: urllib.parse.SplitResult, timeout_s: float) -> http.client.HTTPConnection:
        kind = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
        return kind(url.hostname, url.port, timeout=timeout_s)

    def _get_json(self, path: str, decoder: Callable[[Any], T]) -> T:
        url = self.resolve(path)
        deadline = time.monotonic() + self.snapshot_timeout_ms / 1000
        remaining = lambda: max(0.001, deadline - time.monotonic())
        connection = self._connect(url, remaining())
        try:
            connection.request("GET", url.path, headers={"Accept": "application/json"})
            # http.client lets go of the socket for responses without a length; keep our own.
            sock = connection.sock
            response = connection.getresponse()
            chunks = []
            # The deadline covers the whole exchange, body included.
            while True:
                if time.monotonic() >= deadline:
                    raise socket.timeout()
                sock.settimeout(remaining())
                chunk = response.read1(_READ_CHUNK_BYTES) if hasattr(response, "read1") else response.read(_READ_CHUNK_BYTES)
                if not chunk:
                    break
                chunks.append(chunk)
            body = b"".join(chunks)
        except (socket.timeout, TimeoutError):
            raise RequestError(f"no complete response within {self.snapshot_timeout_ms} ms", url.geturl(), timeout=True) from None
        except (OSError, http.client.HTTPException) as error:
            raise RequestError(str(error) or type(error).__name__, url.geturl()) from None
        finally:
            connection.close()
        if not 200 <= response.status < 300:
            try:
                parsed = json.loads(body)
            except ValueError:
                parsed = None
            raise RequestError(f"HTTP {response.status}", url.geturl(), status=response.status, body=parsed)
        return _decode(body, decoder)

    def fetch_snapshot(self) -> SnapshotEnvelope:
        """GET api/v1/snapshot, decoded, within the snapshot deadline."""
        return self._get_json("api/v1/snapshot", SnapshotEnvelope.from_json)

    def health(self) -> HealthResponse:
        """GET healthz, decoded, within the snapshot deadline."""
        return self._get_json("healthz", HealthResponse.from_json)

    def stream_updates(self, last_event_id: Optional[int] = None) -> Iterator[SnapshotEnvelope]:
        """Follows GET api/v1/events: yields each snapshot, decoded.

        Raises StreamAttachTimeoutError when the first snapshot is not in within the attach
        deadline, and StreamError on a bad response, a transport failure, the server closing
        the stream, or silence past the idle read deadline. Close it with `.close()`.
        """
        url = self.resolve("api/v1/events")
        attach_deadline: Optional[float] = time.monotonic() + self.stream_attach_timeout_ms / 1000

        def wait_budget() -> float:
            idle = self.stream_read_timeout_ms / 1000
            if attach_deadline is None:
                return idle
            return max(0.001, min(idle, attach_deadline - time.monotonic()))

        def timed_out(during_attach: bool) -> ControlPlaneClientError:
            if during_attach:
                return StreamAttachTimeoutError(self.stream_attach_timeout_ms)
            return StreamError(f"no data for {self.stream_read_timeout_ms} ms", url.geturl(), timeout=True)

        connection = self._connect(url, wait_budget())
        try:
            headers = {"Accept": "text/event-stream"}
            if last_event_id is not None:
                headers["Last-Event-ID"] = str(last_event_id)
            try:
                connection.request("GET", url.path, headers=headers)
                # http.client lets go of the socket for responses without a length; keep our own.
                sock = connection.sock
                response = connection.getresponse()
            except (socket.timeout, TimeoutError):
                raise timed_out(True) from None
            except (OSError, http.client.HTTPException) as error:
                raise StreamError(str(error) or type(error).__name__, url.geturl()) from None
            if response.status != 200:
                raise StreamError(f"HTTP {response.status}", url.geturl(), status=response.status)
            content_type = response.getheader("Content-Type", "")
            if not content_type.lower().startswith("text/event-stream"):
                raise StreamError(f"content type is {content_type or 'missing'}, not text/event-stream", url.geturl())

            buffer = b""
            event, data = "", []
            while True:
                if attach_deadline is not None and time.monotonic() >= attach_deadline:
                    raise timed_out(True)
                sock.settimeout(wait_budget())
                try:
                    chunk = response.read1(_READ_CHUNK_BYTES)
                except (socket.timeout, TimeoutError):
                    raise timed_out(attach_deadline is not None) from None
                except (OSError, http.client.HTTPException) as error:
                    raise StreamError(str(error) or type(error).__name__, url.geturl()) from None
                if not chunk:
                    raise StreamError("the server closed the stream", url.geturl())
                buffer += chunk
                lines = buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
                buffer = lines.pop()
                for raw in lines:
                    line = raw.decode("utf-8")
                    if line == "":
                        # A blank line ends an event; only snapshot events are for this client.
                        if data and (event or "message") == SNAPSHOT_EVENT:
                            envelope = _decode("\n".join(data).encode("utf-8"), SnapshotEnvelope.from_json)
                            attach_deadline = None
                            yield envelope
                        event, data = "", []
                        continue
                    if line.startswith(":"):
                        continue
                    field, _, value = line.partition(":")
                    value = value[1:] if value.startswith(" ") else value
                    if field == "event":
                        event = value
                    elif field == "data":
                        data.append(value)
        finally:
            connection.close()
