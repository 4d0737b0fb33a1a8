"""A client of the OpenSymphony control plane, with the reference's deadlines and errors.

    client = ControlPlaneClient("http://127.0.0.1:2468/opensymphony", read_token=None)
    envelope = client.get_snapshot()                     # SnapshotEnvelope, SNAPSHOT_TIMEOUT_MS deadline
    health = client.get_health()                         # HealthResponse
    envelope = client.publish_snapshot(snapshot, token)  # the new SnapshotEnvelope
    for envelope in client.stream_updates():             # each snapshot event, decoded
        ...

The client has one method per JSON operation of spec/openapi.yaml, generated from it and named
after its operationId (`get_snapshot` for getSnapshot); `fetch_snapshot`, `health` and `publish`
are the first names of three of them. The transport they share, the event stream and the errors
are written by hand in the template scripts/generate-clients/templates/python/client.py.

Standard library only. Every failure of a call is a ControlPlaneClientError with a `code`: a
broken or hostile server can make a call fail, but never hold it past its deadline, grow the
client's memory past `max_event_bytes`, or raise anything else. Misuse (a token that cannot be
sent as a header, a snapshot that is not JSON) raises ValueError or TypeError before any request.
"""
from __future__ import annotations

import datetime as _dt
import email.utils
import http.client
import io
import json
import re
import socket
import threading
import time
import urllib.parse
from typing import Any, Callable, Dict, Generator, Iterator, List, Mapping, Optional, Tuple, TypeVar, Union

from .contract import MAX_EVENT_BYTES, SNAPSHOT_TIMEOUT_MS, STREAM_ATTACH_TIMEOUT_MS, STREAM_READ_TIMEOUT_MS, ClientErrorCode
from .models import DecodeError as ModelDecodeError
from .models import (
{{PYTHON_CLIENT_MODEL_IMPORTS}}
)

T = TypeVar("T")

# The deadlines and MAX_EVENT_BYTES are the contract's (contract.py, from the spec).
SNAPSHOT_EVENT = "{{SNAPSHOT_EVENT}}"
_EVENT_STREAM_CONTENT_TYPE = "{{EVENT_STREAM_CONTENT_TYPE}}"
#: How much one read asks of the socket: big enough for few system calls, small next to the limit.
_READ_CHUNK_BYTES = 65536
#: What a bearer token may hold: visible ASCII, so it can never break (or smuggle) a header.
_TOKEN = re.compile(r"[\x21-\x7e]+")
_LINE_END = re.compile(rb"\r\n|\r|\n")
_BOM = b"\xef\xbb\xbf"


class ControlPlaneClientError(Exception):
    """Every failure of this client; `code` says which kind."""

    code = "client_error"


class InvalidBaseUrlError(ControlPlaneClientError):
    """The base URL and a path could not be joined into an http(s) URL."""

    code = ClientErrorCode.INVALID_BASE_URL

    def __init__(self, base_url: str, path: str) -> None:
        super().__init__(f"failed to resolve control-plane path `{path}` against `{base_url}`")
        self.base_url = base_url
        self.path = path


class _ServerAnswer:
    """What a non-2xx answer said: its status and, when its body is the contract's Error envelope, that body."""

    status: Optional[int]
    body: Optional[Error]
    server_code: Optional[str]
    retry_after_s: Optional[int]

    def _answer(self, status: Optional[int], body: Optional[Error], server_code: Optional[str], retry_after_s: Optional[int]) -> None:
        self.status = status
        self.body = body
        self.server_code = server_code
        self.retry_after_s = retry_after_s

    @property
    def details(self) -> List[ErrorDetail]:
        """The violations the server listed (`invalid_snapshot`), or none."""
        if self.body is None or self.body.error.details is None:
            return []
        return self.body.error.details


class RequestError(ControlPlaneClientError, _ServerAnswer):
    """A JSON request failed: the network, the deadline, an oversized body, or a non-2xx status.

    On a non-2xx answer `status` is set; when the body is the contract's Error envelope, `body`
    holds it decoded, `server_code` its code (such as "unauthorized") and `details` its
    violations. `retry_after_s` is the server's Retry-After, when it sent one.
    """

    code = ClientErrorCode.REQUEST

    def __init__(
        self,
        message: str,
        url: str,
        status: Optional[int] = None,
        timeout: bool = False,
        body: Optional[Error] = None,
        server_code: Optional[str] = None,
        retry_after_s: Optional[int] = None,
    ) -> None:
        super().__init__(f"control-plane HTTP request failed: {message}")
        self.url = url
        self.timeout = timeout
        self._answer(status, body, server_code, retry_after_s)


class StreamError(ControlPlaneClientError, _ServerAnswer):
    """The event stream failed: the network, a non-2xx status, a wrong content type, the server
    closing it, or silence past the idle read deadline (`timeout`).

    On a non-2xx answer `status`, `body`, `server_code`, `details` and `retry_after_s` are set as
    for RequestError.
    """

    code = ClientErrorCode.STREAM

    def __init__(
        self,
        message: str,
        url: str,
        status: Optional[int] = None,
        timeout: bool = False,
        body: Optional[Error] = None,
        server_code: Optional[str] = None,
        retry_after_s: Optional[int] = None,
    ) -> None:
        super().__init__(f"control-plane update stream failed: {message}")
        self.url = url
        self.timeout = timeout
        self._answer(status, body, server_code, retry_after_s)


class StreamAttachTimeoutError(ControlPlaneClientError):
    """The event stream did not deliver its first snapshot within the attach deadline."""

    code = ClientErrorCode.STREAM_ATTACH_TIMEOUT

    def __init__(self, timeout_ms: int) -> None:
        super().__init__(f"control-plane update stream did not attach within {timeout_ms} ms")
        self.timeout_ms = timeout_ms


class EventTooLargeError(ControlPlaneClientError):
    """The event stream sent a line or an event over `max_event_bytes`; the stream is closed."""

    code = ClientErrorCode.EVENT_TOO_LARGE

    def __init__(self, url: str, limit_bytes: int) -> None:
        super().__init__(f"control-plane update stream sent a line or event over {limit_bytes} bytes (max_event_bytes)")
        self.url = url
        self.limit_bytes = limit_bytes


class DecodeError(ControlPlaneClientError):
    """A payload was not JSON (or too deeply nested to parse), or not what the contract says."""

    code = ClientErrorCode.DECODE

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(f"failed to decode control-plane payload: {message}")
        self.path = path


def _decode(payload: Union[bytes, str], decoder: Callable[[Any], T]) -> T:
    try:
        value = json.loads(payload)
    except RecursionError:
        # json's parser counts nesting against the interpreter's recursion limit and gives up cleanly.
        raise DecodeError("JSON nested too deeply to parse") from None
    except ValueError as error:
        raise DecodeError(f"not JSON ({error})") from None
    try:
        return decoder(value)
    except ModelDecodeError as error:
        raise DecodeError(str(error), error.path) from None
    except RecursionError:
        raise DecodeError("JSON nested too deeply to decode") from None


def _server_answer(payload: Optional[bytes]) -> Tuple[Optional[Error], Optional[str]]:
    """The Error envelope of a non-2xx body, decoded, and its code; a code this version does not
    know (a newer server's) is still reported, without the body."""
    if payload is None:
        return None, None
    try:
        value = json.loads(payload)
    except (ValueError, RecursionError):
        return None, None
    try:
        body = Error.from_json(value)
        return body, body.error.code.value
    except (ModelDecodeError, RecursionError):
        pass
    inner = value.get("error") if isinstance(value, dict) else None
    code = inner.get("code") if isinstance(inner, dict) else None
    return None, code if isinstance(code, str) else None


def _retry_after_s(value: Optional[str]) -> Optional[int]:
    """Retry-After in seconds: delay-seconds, or an HTTP date counted from now."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return int(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0, int((when - _dt.datetime.now(_dt.timezone.utc)).total_seconds()))


def _json_body(document: Any) -> bytes:
    """A request body as compact JSON: a model by its wire form, anything else as it is (the server validates it)."""
    value = document.to_json() if hasattr(document, "to_json") else document
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    except RecursionError:
        raise ValueError("the request body is nested too deeply to write as JSON") from None


def _query(values: Mapping[str, Union[str, int, bool, None]]) -> Dict[str, str]:
    """Query parameters as the wire has them: booleans as true/false, absent (None) ones left out."""
    query: Dict[str, str] = {}
    for name, value in values.items():
        if isinstance(value, bool):
            query[name] = "true" if value else "false"
        elif value is not None:
            query[name] = str(value)
    return query


def _json_object(*required: str) -> Callable[[Any], Dict[str, Any]]:
    """The decoder of a JSON answer that is no type of the schema file (the served documents as
    JSON): an object, with the members its schema requires."""

    def decode(value: Any) -> Dict[str, Any]:
        if not isinstance(value, dict):
            raise ModelDecodeError("", f"expected an object, got {type(value).__name__}")
        for name in required:
            if name not in value:
                raise ModelDecodeError(f"/{name}", "is required")
        return value

    return decode


def _check_token(token: Any, name: str) -> None:
    if not isinstance(token, str) or not _TOKEN.fullmatch(token):
        raise ValueError(f"{name} must be a non-empty string of visible ASCII characters (it is sent as a bearer token)")


class _DeadlineSocket:
    """A connected socket whose every read and write waits at most what `budget()` leaves.

    http.client reads the status line, headers and chunk sizes with many small reads; a timeout
    set once would let a server that sends a byte at a time hold the client past any deadline.
    Closing is left to whoever opened the socket (http.client lets go of it early for responses
    without a length, while the body is still to be read).
    """

    def __init__(self, sock: socket.socket, budget: Callable[[], float]) -> None:
        self._sock = sock
        self._budget = budget

    def _arm(self) -> None:
        remaining = self._budget()
        if remaining <= 0:
            raise socket.timeout("deadline reached")
        self._sock.settimeout(remaining)

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        return io.BufferedReader(socket.SocketIO(self, "rb"))  # type: ignore[arg-type]

    def recv_into(self, buffer: Any, nbytes: int = 0, flags: int = 0) -> int:
        self._arm()
        return self._sock.recv_into(buffer, nbytes)

    def sendall(self, data: Any, flags: int = 0) -> None:
        self._arm()
        self._sock.sendall(data)

    def fileno(self) -> int:
        return self._sock.fileno()

    def _decref_socketios(self) -> None:
        pass

    def close(self) -> None:
        pass


class _Exchange:
    """One HTTP exchange on its own connection, every socket operation within `budget()`."""

    def __init__(self, url: urllib.parse.SplitResult, budget: Callable[[], float]) -> None:
        self._url = url
        self._budget = budget
        self.connection: Optional[http.client.HTTPConnection] = None
        self._raw: Optional[socket.socket] = None

    def send(self, method: str, path: str, headers: Mapping[str, str], body: Optional[bytes] = None) -> http.client.HTTPResponse:
        kind = http.client.HTTPSConnection if self._url.scheme == "https" else http.client.HTTPConnection
        remaining = self._budget()
        if remaining <= 0:
            raise socket.timeout("deadline reached")
        connection: http.client.HTTPConnection = kind(self._url.hostname or "", self._url.port, timeout=remaining)
        self.connection = connection
        connection.connect()
        self._raw = connection.sock
        connection.sock = _DeadlineSocket(connection.sock, self._budget)
        connection.request(method, path, body=body, headers=dict(headers))
        return connection.getresponse()

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
        if self._raw is not None:
            self._raw.close()

    def shutdown(self) -> None:
        """Ends the connection from any thread: a read waiting on it returns at once."""
        raw = self._raw
        if raw is not None:
            try:
                raw.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # not connected yet, or already closed


class _Shutter:
    """What `EventStream.close()` reaches from another thread: a flag, and the exchange to shut."""

    def __init__(self) -> None:
        self.closed = threading.Event()
        self.exchange: Optional[_Exchange] = None

    def shut(self) -> None:
        self.closed.set()
        if self.exchange is not None:
            self.exchange.shutdown()


class EventStream(Iterator[SnapshotEnvelope]):
    """The snapshots of the event stream, as `stream_updates()` opens it. Iterate it in one thread;
    `close()` may be called from any thread: it shuts the connection, and the iteration ends
    (a `next()` waiting for the server returns at once, with StopIteration)."""

    def __init__(self, events: Generator[SnapshotEnvelope, None, None], shutter: _Shutter) -> None:
        self._events = events
        self._shutter = shutter

    def __iter__(self) -> EventStream:
        return self

    def __next__(self) -> SnapshotEnvelope:
        if self._shutter.closed.is_set():
            self._finish()
            raise StopIteration
        try:
            return next(self._events)
        except ControlPlaneClientError:
            # The connection shut by `close()` reads as a failure: it is the end asked for.
            if self._shutter.closed.is_set():
                raise StopIteration from None
            raise

    def close(self) -> None:
        self._shutter.shut()
        self._finish()

    def _finish(self) -> None:
        try:
            self._events.close()
        except ValueError:
            pass  # running in the iterating thread, which ends it itself now that it is shut


def _error_answer(response: http.client.HTTPResponse, limit: int) -> Tuple[Optional[Error], Optional[str], Optional[int]]:
    """A non-2xx answer's Error envelope, the server's code and Retry-After. A body that is too
    large, stalls or breaks off is not an envelope: the status alone is still worth reporting."""
    try:
        payload = _read_body(response, limit)
    except (OSError, http.client.HTTPException, ValueError):
        payload = None
    body, server_code = _server_answer(payload)
    return body, server_code, _retry_after_s(response.getheader("Retry-After"))


def _reason(response: http.client.HTTPResponse, body: Optional[Error], server_code: Optional[str]) -> str:
    if body is not None:
        return f"HTTP {response.status} {server_code}: {body.error.message}"
    return f"HTTP {response.status} {server_code or response.reason}"


def _read_body(response: http.client.HTTPResponse, limit: int) -> Optional[bytes]:
    """The whole body, or None as soon as it is known to exceed `limit` (what was read is dropped)."""
    if response.length is not None and response.length > limit:
        return None
    body = bytearray()
    while True:
        chunk = response.read1(min(_READ_CHUNK_BYTES, limit - len(body) + 1))
        if not chunk:
            return bytes(body)
        body += chunk
        if len(body) > limit:
            return None


class _EventParser:
    """Splits an event stream (bytes) into (event type, data) pairs, as the SSE standard says.

    It holds at most one line and one event's data, each refused past `limit` bytes, so a server
    cannot grow the client's memory with an endless line or an event that never ends.
    """

    def __init__(self, limit: int, too_large: Callable[[], Exception]) -> None:
        self._limit = limit
        self._too_large = too_large
        self._line = bytearray()
        self._first_line = True
        self._skip_lf = False
        self._event = b""
        self._data: List[bytes] = []
        self._data_bytes = 0

    def feed(self, chunk: bytes) -> List[Tuple[str, bytes]]:
        events: List[Tuple[str, bytes]] = []
        position = 0
        # A CR that ended the last chunk and an LF that starts this one are one line end.
        if self._skip_lf and chunk[:1] == b"\n":
            position = 1
        self._skip_lf = False
        for match in _LINE_END.finditer(chunk, position):
            self._append(chunk[position:match.start()])
            self._end_line(events)
            position = match.end()
            self._skip_lf = match.group() == b"\r" and position == len(chunk)
        self._append(chunk[position:])
        return events

    def _append(self, piece: bytes) -> None:
        if len(self._line) + len(piece) > self._limit:
            raise self._too_large()
        self._line += piece

    def _end_line(self, events: List[Tuple[str, bytes]]) -> None:
        line = bytes(self._line)
        self._line.clear()
        if self._first_line:
            self._first_line = False
            if line.startswith(_BOM):
                line = line[len(_BOM):]
        if not line:
            if self._data:
                events.append(((self._event or b"message").decode("utf-8", "replace"), b"\n".join(self._data)))
            self._event, self._data, self._data_bytes = b"", [], 0
            return
        if line.startswith(b":"):
            return
        field, _, value = line.partition(b":")
        if value.startswith(b" "):
            value = value[1:]
        if field == b"event":
            self._event = value
        elif field == b"data":
            self._data_bytes += len(value) + 1
            if self._data_bytes > self._limit:
                raise self._too_large()
            self._data.append(value)


class ControlPlaneClient:
    """A client of one control plane.

    `base_url` is the service root: `http://proxy/opensymphony` and `.../opensymphony/` are the
    same. `read_token`, when the server requires one, is sent as `Authorization: Bearer` on every
    call that does not take the publish token: every read and the stream. The deadlines and `max_event_bytes` default to the module's constants.
    """

    def __init__(
        self,
        base_url: str,
        read_token: Optional[str] = None,
        *,
        snapshot_timeout_ms: int = SNAPSHOT_TIMEOUT_MS,
        stream_attach_timeout_ms: int = STREAM_ATTACH_TIMEOUT_MS,
        stream_read_timeout_ms: int = STREAM_READ_TIMEOUT_MS,
        max_event_bytes: int = MAX_EVENT_BYTES,
    ) -> None:
        if read_token is not None:
            _check_token(read_token, "read_token")
        for name, value in (
            ("snapshot_timeout_ms", snapshot_timeout_ms),
            ("stream_attach_timeout_ms", stream_attach_timeout_ms),
            ("stream_read_timeout_ms", stream_read_timeout_ms),
            ("max_event_bytes", max_event_bytes),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ValueError(f"{name} must be a positive integer, got {value!r}")
        self.base_url = base_url
        self.read_token = read_token
        self.snapshot_timeout_ms = snapshot_timeout_ms
        self.stream_attach_timeout_ms = stream_attach_timeout_ms
        self.stream_read_timeout_ms = stream_read_timeout_ms
        self.max_event_bytes = max_event_bytes

    def resolve(self, path: str) -> urllib.parse.SplitResult:
        """The absolute URL of `path` (such as `api/v1/snapshot`) under the service root."""
        try:
            parts = urllib.parse.urlsplit(self.base_url)
            parts.port  # raises on a bad port
        except ValueError:
            raise InvalidBaseUrlError(self.base_url, path) from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidBaseUrlError(self.base_url, path)
        root = parts.path if parts.path.endswith("/") else parts.path + "/"
        return urllib.parse.SplitResult(parts.scheme, parts.netloc, root + path.lstrip("/"), "", "")

    def _headers(self, accept: str, token: Optional[str]) -> dict[str, str]:
        headers = {"Accept": accept}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return headers

    def _request_json(
        self,
        method: str,
        path: str,
        decoder: Callable[[Any], T],
        token: Optional[str],
        body: Optional[bytes] = None,
        query: Optional[Mapping[str, str]] = None,
    ) -> T:
        """The one JSON exchange every generated method makes: `path` below the service root,
        `query` on it, `body` as JSON, `token` as a bearer token, the answer decoded by `decoder`."""
        url = self.resolve(path)
        if query:
            url = url._replace(query=urllib.parse.urlencode(query))
        where = url.geturl()
        # The deadline covers the whole exchange, body included.
        deadline = time.monotonic() + self.snapshot_timeout_ms / 1000
        headers = self._headers("application/json", token)
        if body is not None:
            headers["Content-Type"] = "application/json"
        exchange = _Exchange(url, lambda: deadline - time.monotonic())
        try:
            response = exchange.send(method, f"{url.path}?{url.query}" if url.query else url.path, headers, body)
            if not 200 <= response.status < 300:
                answer, server_code, retry_after_s = _error_answer(response, self.max_event_bytes)
                raise RequestError(
                    _reason(response, answer, server_code),
                    where,
                    status=response.status,
                    body=answer,
                    server_code=server_code,
                    retry_after_s=retry_after_s,
                )
            payload = _read_body(response, self.max_event_bytes)
        except (socket.timeout, TimeoutError):
            raise RequestError(f"no complete response within {self.snapshot_timeout_ms} ms", where, timeout=True) from None
        except http.client.InvalidURL:
            raise InvalidBaseUrlError(self.base_url, path) from None
        except (OSError, http.client.HTTPException, ValueError) as error:
            raise RequestError(str(error) or type(error).__name__, where) from None
        finally:
            exchange.close()
        if payload is None:
            raise RequestError(f"the response body exceeds max_event_bytes ({self.max_event_bytes} bytes)", where)
        return _decode(payload, decoder)

{{PYTHON_OPERATION_METHODS}}

    # The first names of three generated methods, kept so that code written against them still runs.

    def fetch_snapshot(self) -> SnapshotEnvelope:
        """`get_snapshot()` under its first name."""
        return self.get_snapshot()

    def health(self) -> HealthResponse:
        """`get_health()` under its first name."""
        return self.get_health()

    def publish(self, snapshot: Union[DaemonSnapshot, Mapping[str, Any]], token: str) -> SnapshotEnvelope:
        """`publish_snapshot(snapshot, token)` under its first name."""
        return self.publish_snapshot(snapshot, token)

    def stream_updates(self, last_event_id: Optional[int] = None) -> EventStream:
        """Follows GET {{EVENTS_PATH}}: an iterator of each snapshot, decoded.

        Raises StreamAttachTimeoutError when the first snapshot is not in within the attach
        deadline; StreamError on a non-2xx answer (with its status and the server's code), a
        wrong content type, a transport failure, the server closing the stream, or silence past
        the idle read deadline; EventTooLargeError on a line or event over `max_event_bytes`;
        DecodeError on a snapshot that is not what the contract says. Close it with `.close()`,
        from any thread: the iteration then ends.
        """
        shutter = _Shutter()
        return EventStream(self._events(last_event_id, shutter), shutter)

    def _events(self, last_event_id: Optional[int], shutter: _Shutter) -> Generator[SnapshotEnvelope, None, None]:
        url = self.resolve("{{EVENTS_PATH}}")
        where = url.geturl()
        attach_deadline = time.monotonic() + self.stream_attach_timeout_ms / 1000
        attached = False

        def budget() -> float:
            idle = self.stream_read_timeout_ms / 1000
            return idle if attached else min(idle, attach_deadline - time.monotonic())

        def timed_out() -> ControlPlaneClientError:
            if not attached:
                return StreamAttachTimeoutError(self.stream_attach_timeout_ms)
            return StreamError(f"no data for {self.stream_read_timeout_ms} ms", where, timeout=True)

        def too_large() -> EventTooLargeError:
            return EventTooLargeError(where, self.max_event_bytes)

        headers = self._headers("{{EVENT_STREAM_CONTENT_TYPE}}", self.read_token)
        if last_event_id is not None:
            headers["{{LAST_EVENT_ID_HEADER}}"] = str(last_event_id)
        exchange = _Exchange(url, budget)
        shutter.exchange = exchange
        try:
            try:
                response = exchange.send("GET", url.path, headers)
                if shutter.closed.is_set():
                    return
                if response.status != 200:
                    answer, server_code, retry_after_s = _error_answer(response, self.max_event_bytes)
                    raise StreamError(
                        _reason(response, answer, server_code),
                        where,
                        status=response.status,
                        body=answer,
                        server_code=server_code,
                        retry_after_s=retry_after_s,
                    )
            except (socket.timeout, TimeoutError):
                raise timed_out() from None
            except http.client.InvalidURL:
                raise InvalidBaseUrlError(self.base_url, "{{EVENTS_PATH}}") from None
            except (OSError, http.client.HTTPException, ValueError) as error:
                raise StreamError(str(error) or type(error).__name__, where) from None
            content_type = response.getheader("Content-Type", "")
            if content_type.split(";")[0].strip().lower() != _EVENT_STREAM_CONTENT_TYPE:
                raise StreamError(f"content type is {content_type or 'missing'}, not {_EVENT_STREAM_CONTENT_TYPE}", where, status=response.status)

            parser = _EventParser(self.max_event_bytes, too_large)
            while True:
                try:
                    chunk = response.read1(_READ_CHUNK_BYTES)
                except (socket.timeout, TimeoutError):
                    raise timed_out() from None
                except (OSError, http.client.HTTPException, ValueError) as error:
                    raise StreamError(str(error) or type(error).__name__, where) from None
                if not chunk:
                    raise StreamError("the server closed the stream", where)
                for event, data in parser.feed(chunk):
                    # Only snapshot events are for this client.
                    if event == SNAPSHOT_EVENT:
                        envelope = _decode(data, SnapshotEnvelope.from_json)
                        attached = True
                        yield envelope
        finally:
            exchange.close()
