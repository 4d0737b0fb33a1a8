"""Test harness for the generated Python client, run with the python of a venv it is installed in
(driven by test/clients.test.ts and test/python-client.test.ts).

    harness.py decode <snapshots-dir>   one JSON line per manifest file: decoded and re-encoded, or the error
    harness.py roundtrip <url> <n>      health, snapshot, then n stream events, one JSON line each
    harness.py attach <url> <ms>        open the stream with an attach deadline of ms; print the error code
    harness.py fetch <url> <ms>         fetch the snapshot with a deadline of ms; print the error code
    harness.py info                     where the package was imported from, its versions and metadata
    harness.py call <json>              one call described by a JSON object (below); a line per stream
                                        event, then a last line with the outcome, any exception included

A call: {"url", "op": "fetch" | "health" | "publish" | "stream" | "stream_closed_elsewhere" | "method",
"options": {constructor
keywords}, "read_token", "token", "snapshot" (JSON) or "snapshot_file", "events": how many to take,
"method": the name of a generated method without arguments, for op "method"}.
"""
import importlib.metadata
import importlib.resources
import json
import os
import resource
import sys
import threading
import time

from opensymphony_control import MAX_EVENT_BYTES, ControlPlaneClient, ControlPlaneClientError, DaemonSnapshot, ModelDecodeError
import opensymphony_control


def emit(record):
    print(json.dumps(record), flush=True)


def decode(directory):
    with open(os.path.join(directory, "manifest.json")) as handle:
        manifest = json.load(handle)
    for entry in manifest["valid"] + manifest["invalid"]:
        with open(os.path.join(directory, entry["file"])) as handle:
            value = json.load(handle)
        try:
            emit({"file": entry["file"], "ok": True, "encoded": DaemonSnapshot.from_json(value).to_json()})
        except ModelDecodeError as error:
            emit({"file": entry["file"], "ok": False, "error": str(error)})


def roundtrip(url, count):
    client = ControlPlaneClient(url)
    emit({"health": client.health().to_json()})
    emit({"snapshot": client.fetch_snapshot().to_json()})
    stream = client.stream_updates()
    for index, envelope in enumerate(stream):
        emit({"event": envelope.to_json()})
        if index + 1 == count:
            stream.close()
            return


def failure(url, ms, attach):
    client = ControlPlaneClient(url, snapshot_timeout_ms=ms, stream_attach_timeout_ms=ms)
    try:
        if attach:
            next(iter(client.stream_updates()))
        else:
            client.fetch_snapshot()
        emit({"error_code": None})
    except ControlPlaneClientError as error:
        emit({"error_code": error.code, "timeout": getattr(error, "timeout", None), "message": str(error)})


def info():
    distribution = importlib.metadata.distribution("opensymphony-control")
    emit({
        "module_file": opensymphony_control.__file__,
        "version": opensymphony_control.__version__,
        "distribution_version": distribution.version,
        "requires": distribution.requires,
        "requires_python": distribution.metadata["Requires-Python"],
        "py_typed": importlib.resources.files("opensymphony_control").joinpath("py.typed").is_file(),
        "max_event_bytes": MAX_EVENT_BYTES,
        "default_max_event_bytes": ControlPlaneClient("http://127.0.0.1/").max_event_bytes,
        "all": sorted(opensymphony_control.__all__),
        "methods": sorted(name for name in dir(ControlPlaneClient) if not name.startswith("_")),
    })


def rss_kib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def describe(error):
    record = {"type": type(error).__name__, "client_error": isinstance(error, ControlPlaneClientError), "message": str(error)}
    if isinstance(error, ControlPlaneClientError):
        record["code"] = error.code
        for name in ("status", "server_code", "timeout", "retry_after_s", "limit_bytes", "timeout_ms", "path"):
            if hasattr(error, name):
                record[name] = getattr(error, name)
        if hasattr(error, "details"):
            record["details"] = [detail.to_json() for detail in error.details]
    return record


def call(spec):
    snapshot = spec.get("snapshot")
    if "snapshot_file" in spec:
        with open(spec["snapshot_file"]) as handle:
            snapshot = DaemonSnapshot.from_json(json.load(handle))
    rss_before = rss_kib()
    began = time.monotonic()
    outcome = {"done": True}
    try:
        client = ControlPlaneClient(spec["url"], spec.get("read_token"), **spec.get("options", {}))
        op = spec["op"]
        if op == "fetch":
            outcome["result"] = client.fetch_snapshot().to_json()
        elif op == "health":
            outcome["result"] = client.health().to_json()
        elif op == "publish":
            outcome["result"] = client.publish(snapshot, spec["token"]).to_json()
        elif op == "method":
            result = getattr(client, spec["method"])()
            outcome["result"] = result.to_json() if hasattr(result, "to_json") else result
        elif op == "stream":
            stream = client.stream_updates()
            taken = 0
            for envelope in stream:
                emit({"event": envelope.to_json()})
                taken += 1
                if taken == spec.get("events", 1):
                    stream.close()
                    break
        elif op == "stream_closed_elsewhere":
            # Iterated in a thread, closed from this one once the first snapshot is in.
            stream = client.stream_updates()
            first = threading.Event()
            seen = {"events": 0, "error": None}

            def iterate():
                try:
                    for _ in stream:
                        seen["events"] += 1
                        first.set()
                except BaseException as error:
                    seen["error"] = describe(error)
                first.set()

            worker = threading.Thread(target=iterate, daemon=True)
            worker.start()
            first.wait(5)
            closed_at = time.monotonic()
            stream.close()
            worker.join(3)
            outcome["result"] = {
                "ended": not worker.is_alive(),
                "events": seen["events"],
                "error": seen["error"],
                "ended_ms": round((time.monotonic() - closed_at) * 1000),
            }
        outcome["ok"] = True
    except BaseException as error:  # the test asserts that only the client's own errors come out
        outcome["ok"] = False
        outcome["error"] = describe(error)
    outcome["elapsed_ms"] = round((time.monotonic() - began) * 1000)
    outcome["rss_growth_kib"] = rss_kib() - rss_before
    emit(outcome)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "decode":
        decode(sys.argv[2])
    elif command == "roundtrip":
        roundtrip(sys.argv[2], int(sys.argv[3]))
    elif command == "info":
        info()
    elif command == "call":
        call(json.loads(sys.argv[2]))
    else:
        failure(sys.argv[2], int(sys.argv[3]), command == "attach")
