#!/usr/bin/env python3
"""Checks mock_server.py's faults, request log and --published examples over real sockets.

Usage: test_mock_server.py [MERGED_SPEC.json]   (default: $MERGED_SPEC, else .build/xai-merged.json)

Starts one server (--published Spec/xai-openapi.json), runs every `test_*` function and prints
`ok NAME` or `FAIL NAME: reason`; exits 1 if any failed. pytest can collect the same functions.
The whole run takes about half a minute: waits are shortened with the x-mock-* headers.
"""

import http.client
import json
import os
import socket
import subprocess
import sys
import time
import traceback
import uuid
from typing import Any, Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PUBLISHED = os.path.join(ROOT, "Spec", "xai-openapi.json")
AUTH = {"Authorization": "Bearer xai-test-key"}
CHAT = {"messages": [{"role": "user", "content": "What is 101*3?"}], "model": "latest"}
_server: Dict[str, Any] = {}


def port() -> int:
    """The shared server's port, started on first use (it exits with this process's stdin pipe)."""
    if "port" not in _server:
        spec = _server.get("spec") or os.environ.get("MERGED_SPEC") or os.path.join(ROOT, ".build", "xai-merged.json")
        process = subprocess.Popen(
            [sys.executable, os.path.join(HERE, "mock_server.py"), "--spec", spec, "--published", PUBLISHED,
             "--port", "0", "--exit-on-stdin-eof"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        line = process.stdout.readline()
        assert line.startswith("LISTENING "), f"server did not start: {line!r}"
        _server.update(process=process, port=int(line.split()[1]))
    return _server["port"]


def published_example(path: str, method: str = "post") -> Any:
    with open(PUBLISHED, encoding="utf-8") as f:
        document = json.load(f)
    return document["paths"][path][method]["responses"]["200"]["content"]["application/json"]["example"]


def request(method: str, path: str, body: Any = None, fault: Optional[str] = None, key: Optional[str] = None,
            headers: Optional[Dict[str, str]] = None, timeout: float = 30) -> Tuple[int, Dict[str, str], bytes]:
    """One request on a fresh connection: status, lowercased headers, body."""
    all_headers = dict(AUTH, **(headers or {}))
    if fault:
        all_headers.update({"x-mock-fault": fault, "x-mock-fault-key": key or str(uuid.uuid4())})
    data = json.dumps(body).encode() if body is not None else None
    if data is not None:
        all_headers["Content-Type"] = "application/json"
    connection = http.client.HTTPConnection("127.0.0.1", port(), timeout=timeout)
    try:
        connection.request(method, path, body=data, headers=all_headers)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def log(key: str) -> List[Dict[str, Any]]:
    status, _, body = request("GET", f"/__mock/log?key={key}")
    assert status == 200, status
    return json.loads(body)["requests"]


def raw_request(head: str, body: bytes = b"") -> socket.socket:
    """A socket with one request written on it (for resets, back-pressure and early hang-ups)."""
    sock = socket.socket()
    sock.settimeout(30)
    sock.connect(("127.0.0.1", port()))
    sock.sendall(head.encode() + b"\r\n" + body)
    return sock


def chat_head(key: str, fault: str, body: bytes, extra: str = "") -> str:
    return (f"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            f"x-mock-fault: {fault}\r\nx-mock-fault-key: {key}\r\n{extra}")


def read_all(sock: socket.socket) -> Tuple[bytes, Optional[Exception]]:
    """Everything the server sends until it closes (or resets) the connection."""
    data = bytearray()
    try:
        while True:
            piece = sock.recv(1 << 16)
            if not piece:
                return bytes(data), None
            data += piece
    except ConnectionResetError as error:
        return bytes(data), error


def events(body: bytes) -> List[str]:
    return [line[len("data: "):] for line in body.decode().split("\n") if line.startswith("data: ")]


def wait_for(check, seconds: float = 5.0) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


# ------------------------------------------------------------------- tests

def test_published_examples_and_tool_usage() -> None:
    example = published_example("/v1/chat/completions")
    status, _, body = request("POST", "/v1/chat/completions", CHAT)
    assert status == 200 and json.loads(body) == example, body[:200]
    tools = dict(CHAT, tools=[{"type": "function", "function": {"name": "get_weather", "parameters": {}}}])
    answer = json.loads(request("POST", "/v1/chat/completions", tools)[2])
    assert answer["choices"][0]["finish_reason"] == "tool_calls" and answer["usage"] == example["usage"]
    assert json.loads(request("POST", "/v1/chat/completions", dict(CHAT, deferred=True))[2]).keys() == {"request_id"}
    chunks = events(request("POST", "/v1/chat/completions", dict(CHAT, stream=True))[2])
    assert chunks[-1] == "[DONE]" and json.loads(chunks[-2])["usage"] == example["usage"]


def test_tool_results_follow_their_call() -> None:
    user = {"role": "user", "content": "Weather in Paris?"}
    call = {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}}
    assistant = {"role": "assistant", "content": None, "tool_calls": [call]}
    result = {"role": "tool", "content": '{"temperature_celsius": 21}', "tool_call_id": "call_1"}

    def chat(*messages: Dict[str, Any]) -> Tuple[int, Dict[str, str], str]:
        status, headers, body = request("POST", "/v1/chat/completions", {"messages": list(messages), "model": "grok-4"})
        error = json.loads(body)["error"] if status == 400 else {}
        if error:
            assert headers["content-type"] == "application/json" and error["type"] == "invalid_request_error", body
        return status, headers, error.get("message", "")

    assert chat(user, assistant, result)[0] == 200
    status, _, message = chat(user, result)
    assert status == 400 and message.startswith("messages[1]: ") and "'call_1'" in message, message
    status, _, message = chat(user, assistant, dict(result, tool_call_id="call_2"))
    assert status == 400 and message.startswith("messages[2]: ") and "'call_2'" in message, message
    status, _, message = chat(user, assistant, {"role": "user", "content": "Well?"}, result)
    assert status == 400 and message.startswith("messages[3]: ") and "messages[2]" in message, message


def test_log_records_keyed_requests() -> None:
    key = str(uuid.uuid4())
    request("POST", "/v1/chat/completions?x=1", CHAT, fault="none", key=key)
    request("GET", "/v1/models", fault="none", key=key)
    entries = log(key)
    assert [(e["method"], e["path"]) for e in entries] == [("POST", "/v1/chat/completions?x=1"), ("GET", "/v1/models")]
    first = entries[0]
    assert first["body_bytes"] == len(json.dumps(CHAT)) and first["headers"]["x-mock-fault-key"] == key
    assert first["received_at"] <= first["finished_at"] and first["disconnected_at"] is None
    assert request("GET", "/__mock/nothing")[0] == 404 and log(str(uuid.uuid4())) == []


def test_invalid_request_still_400() -> None:
    assert request("POST", "/v1/chat/completions", {"messages": 5}, fault="slow")[0] == 400


def test_existing_faults() -> None:
    key = str(uuid.uuid4())
    status, headers, _ = request("GET", "/v1/models", fault="429", key=key)
    assert status == 429 and headers["retry-after"] == "1"
    assert request("GET", "/v1/models", fault="429", key=key)[0] == 200
    assert request("GET", "/v1/models", fault="500-once", key=key)[0] == 500
    assert request("GET", "/v1/models", fault="auth-400")[0] == 400
    assert json.loads(request("POST", "/v1/chat/completions", dict(CHAT, stream=True), fault="error-200")[2])["code"]
    stream = dict(CHAT, stream=True)
    assert events(request("POST", "/v1/chat/completions", stream, fault="truncated-stream")[2])[-1] != "[DONE]"
    assert "{not json" in events(request("POST", "/v1/chat/completions", stream, fault="malformed-chunk")[2])
    stalled = request("POST", "/v1/chat/completions", stream, fault="stalled-stream",
                      headers={"x-mock-stall-seconds": "0.2"})[2]
    assert len(events(stalled)) == 1
    pending = json.loads(request("GET", "/v1/videos/v1", fault="video-pending", key=key)[2])
    assert pending["status"] == "pending" and pending["progress"] == 50
    codes = [request("GET", "/v1/chat/deferred-completion/r1", fault="202-then-200", key=key)[0] for _ in range(3)]
    assert codes == [202, 202, 200], codes


def test_disconnect_is_a_reset() -> None:
    key = str(uuid.uuid4())
    body = json.dumps(dict(CHAT, stream=True)).encode()
    data, error = read_all(raw_request(chat_head(key, "disconnect", body), body))
    assert isinstance(error, ConnectionResetError) and data.count(b"data: ") == 1


def test_slow() -> None:
    started = time.monotonic()
    assert request("GET", "/v1/models", fault="slow", headers={"x-mock-delay-seconds": "0.4"})[0] == 200
    assert time.monotonic() - started >= 0.4


def test_slow_client_gone_is_logged() -> None:
    key = str(uuid.uuid4())
    body = json.dumps(CHAT).encode()
    sock = raw_request(chat_head(key, "slow", body, "x-mock-delay-seconds: 5\r\n"), body)
    time.sleep(0.3)
    closed_at = time.time()
    sock.close()
    entry = wait_for(lambda: log(key)[0]["disconnected_at"] and log(key)[0])
    assert entry["finished_at"] is None and entry["disconnected_at"] - closed_at < 1.0, entry


def test_retry_after_verbatim() -> None:
    for value in ("nan", "inf", "1e20", "-5", "garbage", "0"):
        key = str(uuid.uuid4())
        status, headers, body = request("GET", "/v1/models", fault="retry-after", key=key, headers={
            "x-mock-retry-after": value, "x-mock-retry-after-ms": value})
        assert status == 429 and headers["retry-after"] == value and headers["retry-after-ms"] == value, headers
        assert json.loads(body)["code"]
        assert request("GET", "/v1/models", fault="retry-after", key=key)[0] == 200
    status, headers, _ = request("GET", "/v1/models", fault="retry-after", headers={"x-mock-retry-after-ms": "250"})
    assert status == 429 and "retry-after" not in headers and headers["retry-after-ms"] == "250"


def test_503_once() -> None:
    key = str(uuid.uuid4())
    status, headers, _ = request("GET", "/v1/models", fault="503-once", key=key)
    assert status == 503 and headers["retry-after"] == "0"
    assert request("GET", "/v1/models", fault="503-once", key=key)[0] == 200


def test_connection_reset_once() -> None:
    key = str(uuid.uuid4())
    body = json.dumps(CHAT).encode()
    data, error = read_all(raw_request(chat_head(key, "connection-reset-once", body), body))
    assert data == b"" and isinstance(error, ConnectionResetError), (data, error)
    assert request("POST", "/v1/chat/completions", CHAT, fault="connection-reset-once", key=key)[0] == 200
    entries = log(key)
    assert len(entries) == 2 and entries[0]["body_bytes"] == len(body) and entries[0]["finished_at"]


def test_poll_transient() -> None:
    key = str(uuid.uuid4())
    answers = [request("GET", "/v1/chat/deferred-completion/r1", fault="poll-transient", key=key) for _ in range(4)]
    assert [a[0] for a in answers] == [202, 503, 429, 200], [a[0] for a in answers]
    assert answers[1][1]["retry-after"] == "0" and answers[2][1]["retry-after"] == "0"
    assert json.loads(answers[3][2]) == published_example("/v1/chat/deferred-completion/{request_id}", "get")
    assert request("GET", "/v1/models", fault="poll-transient")[0] == 200  # no 202: no fault


def test_ticking_stream() -> None:
    started = time.monotonic()
    body = request("POST", "/v1/chat/completions", dict(CHAT, stream=True), fault="ticking-stream",
                   headers={"x-mock-chunks": "5", "x-mock-interval-ms": "50"})[2]
    chunks = events(body)
    assert chunks[-1] == "[DONE]" and len(chunks) == 6 and time.monotonic() - started >= 0.2
    contents = [json.loads(c)["choices"][0]["delta"]["content"] for c in chunks[:-1]]
    assert contents == [f"tick {n} " for n in range(1, 6)], contents
    for path, body in (("/v1/responses", {"model": "latest", "input": "hi", "stream": True}),
                       ("/v1/messages", dict(CHAT, max_tokens=5, stream=True))):
        chunks = events(request("POST", path, body, fault="ticking-stream", headers={"x-mock-chunks": "2",
                                                                                      "x-mock-interval-ms": "0"})[2])
        assert len(chunks) == 3 and "tick 2 " in chunks[1], chunks


def test_ticking_stream_hang_up_is_logged() -> None:
    key = str(uuid.uuid4())
    body = json.dumps(dict(CHAT, stream=True)).encode()
    sock = raw_request(chat_head(key, "ticking-stream", body, "x-mock-interval-ms: 20\r\n"), body)
    wait_for(lambda: log(key)[0]["chunks_written"] >= 3)
    sock.close()
    entry = wait_for(lambda: log(key)[0]["disconnected_at"] and log(key)[0])
    time.sleep(0.2)
    assert log(key)[0]["chunks_written"] == entry["chunks_written"] < 600 and entry["finished_at"] is None


def test_flood_stream_back_pressure() -> None:
    key = str(uuid.uuid4())
    body = json.dumps(dict(CHAT, stream=True)).encode()
    sock = raw_request(chat_head(key, "flood-stream", body, "x-mock-chunks: 400\r\n"), body)
    time.sleep(1.0)
    stuck = log(key)[0]["chunks_written"]
    assert stuck < 400, stuck  # the unread socket (26 MB due) holds the server back
    data, error = read_all(sock)
    chunks = events(data.partition(b"\r\n\r\n")[2])
    assert error is None and chunks[-1] == "[DONE]" and len(chunks) == 401
    assert len(json.loads(chunks[0])["choices"][0]["delta"]["content"]) == 65536
    assert wait_for(lambda: log(key)[0]["finished_at"]) and log(key)[0]["chunks_written"] == 400


def test_gap_stream() -> None:
    started = time.monotonic()
    chunks = events(request("POST", "/v1/chat/completions", dict(CHAT, stream=True), fault="gap-stream",
                            headers={"x-mock-gap-seconds": "0.5"})[2])
    assert chunks[-1] == "[DONE]" and len(chunks) == 7 and time.monotonic() - started >= 0.5


def test_cut_body() -> None:
    head = "GET /v1/files/f1/content HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nx-mock-fault: cut-body\r\n"
    data, error = read_all(raw_request(head))
    headers, _, body = data.partition(b"\r\n\r\n")
    assert b"Content-Length: 1048576" in headers and len(body) == 262144 and isinstance(error, ConnectionResetError)
    payload = json.dumps(CHAT).encode()
    data, error = read_all(raw_request(chat_head(str(uuid.uuid4()), "cut-body", payload), payload))
    headers, _, body = data.partition(b"\r\n\r\n")
    length = int(headers.split(b"Content-Length: ")[1].split(b"\r\n")[0])
    assert 0 < len(body) < length and isinstance(error, ConnectionResetError), (len(body), length)


def test_big_body() -> None:
    size = 5 * (1 << 20) + 3
    key = str(uuid.uuid4())
    status, headers, body = request("GET", "/v1/files/f1/content", fault="big-body", key=key,
                                    headers={"x-mock-body-bytes": str(size)})
    assert status == 200 and int(headers["content-length"]) == size == len(body)
    assert body[:256] == bytes(range(256)) and body[-3:] == bytes([0, 1, 2])
    assert log(key)[0]["chunks_written"] == 6


def multipart(size: int) -> Tuple[str, bytes, bytes]:
    """Content type, the part before the file bytes, the part after (file of `size` zero bytes)."""
    boundary = "mockboundary"
    before = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n"
              f"Content-Type: application/octet-stream\r\n\r\n").encode()
    return f"multipart/form-data; boundary={boundary}", before, f"\r\n--{boundary}--\r\n".encode()


def server_peak_rss() -> int:
    with open(f"/proc/{_server['process'].pid}/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmHWM:"))


def test_sink_small_is_validated() -> None:
    content_type, before, after = multipart(1000)
    status, _, body = request("POST", "/v1/files", None, fault="sink", headers={"Content-Type": content_type})
    assert status == 400, status  # an empty body is still checked
    key = str(uuid.uuid4())
    payload = before + bytes(1000) + after
    head = (f"POST /v1/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(payload)}\r\nConnection: close\r\nx-mock-fault: sink\r\nx-mock-fault-key: {key}\r\n")
    data, _ = read_all(raw_request(head, payload))
    assert data.startswith(b"HTTP/1.1 200") and json.loads(data.partition(b"\r\n\r\n")[2])["id"]
    assert log(key)[0]["body_bytes"] == len(payload)


def test_sink_streams_big_chunked_body_throttled() -> None:
    key = str(uuid.uuid4())
    content_type, before, after = multipart(0)
    head = (f"POST /v1/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nContent-Type: {content_type}\r\n"
            f"Transfer-Encoding: chunked\r\nConnection: close\r\nx-mock-fault: sink\r\nx-mock-fault-key: {key}\r\n"
            f"x-mock-read-bytes-per-second: 4000000\r\n")
    sock = raw_request(head)
    total, piece, started = 0, bytes(1 << 20), time.monotonic()
    for part in [before] + [piece] * 4 + [after]:
        sock.sendall(f"{len(part):x}\r\n".encode() + part + b"\r\n")
        total += len(part)
    sock.sendall(b"0\r\n\r\n")
    data, _ = read_all(sock)
    assert data.startswith(b"HTTP/1.1 200") and time.monotonic() - started >= 0.9, data[:100]
    assert log(key)[0]["body_bytes"] == total


def test_sink_does_not_buffer() -> None:
    size = 1 << 30
    content_type, before, after = multipart(size)
    key = str(uuid.uuid4())
    baseline = server_peak_rss()
    head = (f"POST /v1/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(before) + size + len(after)}\r\nConnection: close\r\n"
            f"x-mock-fault: sink\r\nx-mock-fault-key: {key}\r\n")
    sock = raw_request(head, before)
    block = bytes(1 << 20)
    for _ in range(size >> 20):
        sock.sendall(block)
    sock.sendall(after)
    data, _ = read_all(sock)
    assert data.startswith(b"HTTP/1.1 200"), data[:200]
    grown = server_peak_rss() - baseline
    assert grown < 64 << 20, f"server peak RSS grew by {grown >> 20} MiB"
    assert log(key)[0]["body_bytes"] == len(before) + size + len(after)


def main(argv: List[str]) -> int:
    if len(argv) > 1:
        _server["spec"] = argv[1]
    names = [n for n in globals() if n.startswith("test_")]
    failed = 0
    for name in names:
        started = time.monotonic()
        try:
            globals()[name]()
            print(f"ok {name} ({time.monotonic() - started:.1f}s)", flush=True)
        except Exception as error:
            failed += 1
            print(f"FAIL {name}: {type(error).__name__}: {error}", flush=True)
            traceback.print_exc()
    print(f"{len(names) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
