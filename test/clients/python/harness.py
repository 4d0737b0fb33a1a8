"""Test harness for the generated Python client (driven by test/clients.test.ts).

    harness.py decode <snapshots-dir>   one JSON line per manifest file: decoded and re-encoded, or the error
    harness.py roundtrip <url> <n>      health, snapshot, then n stream events, one JSON line each
    harness.py attach <url> <ms>        open the stream with an attach deadline of ms; print the error code
    harness.py fetch <url> <ms>         fetch the snapshot with a deadline of ms; print the error code
"""
import json
import os
import sys

sys.path.insert(0, os.environ["OPENSYMPHONY_PYTHON_CLIENT"])

from opensymphony_control_client import ControlPlaneClient, ControlPlaneClientError, DaemonSnapshot, ModelDecodeError  # noqa: E402


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


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "decode":
        decode(sys.argv[2])
    elif command == "roundtrip":
        roundtrip(sys.argv[2], int(sys.argv[3]))
    else:
        failure(sys.argv[2], int(sys.argv[3]), command == "attach")
