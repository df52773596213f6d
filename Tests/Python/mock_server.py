#!/usr/bin/env python3
"""A local stand-in for the xAI API, driven by the OpenAPI document.

Usage: mock_server.py --spec MERGED_SPEC.json [--published PUBLISHED.json]
                      [--port 0] [--record FILE] [--exit-on-stdin-eof]

Binds 127.0.0.1, prints `LISTENING <port>` once ready and serves until
killed. Every request is validated with openapi-core (see
validate_requests.py) against the merged spec: an invalid one gets a 400
validation error, a valid one the spec's example for the lowest 2xx response
(or a minimal body built from its schema). `"stream": true` on an operation
with a text/event-stream response gets server-sent events ending in
`data: [DONE]`. `--published` names the upstream document verbatim
(Spec/xai-openapi.json): answers, streams included, then carry its example
at the same path, method, status and media type (the merged one where it has
none), so clients meet what xAI documents, missing fields and all.
Operations the spec has no example for (compaction, batches, voice) answer
from mock_fixtures.py, and `x-mock-replay: FILE` answers with a recorded body
(`x-mock-split-bytes: N` cuts it into N-byte writes); see that module.
A valid POST /v1/chat/completions whose tool loop is out of order gets the
same 400 too (see tool_order_error): every `"role": "tool"` message must
answer a `tool_calls` entry of the assistant message it follows, with only
other tool results in between, as xAI requires.

Faults are chosen with the `x-mock-fault` request header. "Per key" counts
requests with the same `x-mock-fault-key` value (no header: key ""). A
malformed or negative number in a header below means its default.
  429               429 + Retry-After: 1, once per key
  500-once          500, once per key
  503-once          503 + Retry-After: 0, once per key
  retry-after       429 once per key, carrying `Retry-After` and/or
                    `retry-after-ms` copied verbatim from the request headers
                    x-mock-retry-after / x-mock-retry-after-ms (each only when
                    present; `nan`, `-5`, `garbage` pass through as is)
  connection-reset-once  the request is read, then the socket is reset (TCP
                    RST) without an answer, once per key: was it retried?
  slow              the body is read, then x-mock-delay-seconds (default 5) of
                    silence, then the normal answer
  202-then-200      202 twice (per key), then the 200 answer
  poll-transient    operations with a 202 response (deferred completion),
                    per key: 202, then 503 + Retry-After: 0, then 429 +
                    Retry-After: 0 (both with xAI error bodies), then the 200
  video-pending     GET /v1/videos/{id}: 200 with status "pending" twice (per key), then the example
  error-200         HTTP 200 whose JSON body is an xAI error, not a stream
  auth-400          400 with xAI's invalid-API-key body
Faults of streamed answers (`"stream": true`):
  truncated-stream  some chunks, then the connection closes without [DONE]
  malformed-chunk   a `data: {not json` event inside the stream
  stalled-stream    one chunk, then silence for x-mock-stall-seconds (default
                    30) seconds, then the connection closes without [DONE]
  disconnect        one chunk, then the socket is reset (TCP RST): the client
                    sees a transport error, not a clean end of body
  gap-stream        one chunk, silence for x-mock-gap-seconds (default 10),
                    then the other chunks and [DONE]
  late-first-event  the head at once, then silence for x-mock-gap-seconds
                    (default 10) before the first chunk; the rest as usual
  ticking-stream    x-mock-chunks (default 600) text-delta events of the
                    operation ("tick N "), one every x-mock-interval-ms
                    (default 100), then [DONE]
  flood-stream      x-mock-chunks (default 4000) text-delta events, each
                    padded to about x-mock-chunk-bytes (default 65536), written
                    without pause: a slow reader blocks the server once the
                    TCP buffers fill (see chunks_written), then [DONE]
A JSON answer gains the members of the object in `x-mock-add-members` (fields
the document lacks). Any answer also carries the headers named in `x-mock-response-headers:
name=value; name=value` (rate limits, which xAI does not document).
Faults of other answers:
  cut-body          Content-Length of the whole body (binary: 1 MiB of a
                    pattern), but only part is sent (binary: 256 KiB, JSON:
                    half the text), then TCP RST
  big-body          binary answers (GET /v1/files/{file_id}/content):
                    x-mock-body-bytes (default 64 MiB) of a repeating pattern
                    in 1 MiB writes, with a correct Content-Length
  sink              the request body (Content-Length or chunked) is read in
                    pieces and discarded, at most x-mock-read-bytes-per-second
                    (default 0: no limit). A body up to 1 MiB is validated and
                    recorded as usual; a bigger one is never held whole, so
                    only security and parameters are validated and --record
                    skips it. Then the normal answer.
Waits (slow, gaps, stalls, ticks) end early once the client has gone. A
reset waits (at most 5 s) until the bytes written before it have reached the
client, so it reads them all before the RST.

GET /__mock/log?key=K answers {"requests": [...]}: every request whose
x-mock-fault-key is K, in arrival order, as {"method", "path" (raw, with the
query), "received_at", "headers" (lowercased names), "body_bytes",
"finished_at" (answer written, or the fault's reset done; else null),
"disconnected_at" (the server noticed the client had gone; else null),
"chunks_written" (stream events without [DONE], or big-body's 1 MiB writes),
"body_json" (a JSON object body as parsed; absent otherwise)}.
Times are time.time() floats; entries change live while a request runs.
Keyed logs are kept whole (tests use fresh keys); key "" keeps only the last
1000 requests. /__mock/* requests are neither validated, logged nor recorded.

`--record FILE` appends each request as one JSON line (validate_requests.py
format). `--exit-on-stdin-eof` makes the server exit as soon as its stdin
reaches end of file, so it dies with the (test) process that spawned it and
holds the write end of its stdin pipe.
"""

import argparse
import collections
import fcntl
import itertools
import json
import math
import socket
import struct
import sys
import termios
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Deque, Dict, Iterable, Iterator, List, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

from openapi_core.templating.paths.exceptions import PathError
from openapi_core.validation.request.validators import (
    V31RequestParametersValidator,
    V31RequestSecurityValidator,
)

from validate_requests import RecordedRequest, Spec, describe, validate
from lifetime import exit_on_stdin_eof
from mock_fixtures import fixture, replay, replay_path

CHUNK_DELAY = 0.01  # seconds between stream events, so clients see them apart
STALL_SECONDS = 30.0  # default for stalled-stream; header x-mock-stall-seconds overrides
DRAIN_SECONDS = 5.0  # how long a reset waits for written bytes to reach the peer
POLL_SECONDS = 0.05  # how often a wait checks whether the client has gone
READ_CHUNK = 64 * 1024  # request bodies are read in pieces of at most this
SINK_KEEP_BYTES = 1 << 20  # a sink body up to this size is kept, validated and recorded
MIB = 1 << 20
UNKEYED_LOG_LIMIT = 1000  # requests without x-mock-fault-key: only the latest are kept
PATTERN = bytes(range(256)) * (MIB // 256)  # 1 MiB of recognisable, incompressible-ish bytes

XAI_ERRORS = {  # body, HTTP status, extra headers
    "429": ({"code": "Some resource has been exhausted",
             "error": "Too many requests: your team has reached its rate limit. Retry after 1 second."},
            429, {"Retry-After": "1"}),
    "500-once": ({"code": "Internal error", "error": "Internal server error (mock fault)."}, 500, {}),
    "503-once": ({"code": "Service unavailable", "error": "The service is temporarily unavailable (mock fault)."},
                 503, {"Retry-After": "0"}),
    "auth-400": ({"code": "Client specified an invalid argument",
                  "error": "Incorrect API key provided: xa***. You can obtain an API key from https://console.x.ai."},
                 400, {}),
    "error-200": ({"code": "Internal error", "error": "The model failed to start the stream (mock fault)."}, 200, {}),
}


class MockState:
    """Everything shared between request threads."""

    def __init__(self, spec: Spec, published: Optional[Dict[str, Any]], record_path: Optional[str]):
        self.spec = spec
        self.published = published
        self.record_path = record_path
        self.lock = threading.Lock()
        self.request_ids = itertools.count(1)
        self.fault_counts: Dict[Tuple[str, str], int] = {}
        self.log: Dict[str, Deque[Dict[str, Any]]] = {}

    def next_request_id(self) -> str:
        with self.lock:
            return f"req_{next(self.request_ids)}"

    def count_fault(self, fault: str, key: str) -> int:
        """How many times this fault fired before for this key (then +1)."""
        with self.lock:
            seen = self.fault_counts.get((fault, key), 0)
            self.fault_counts[(fault, key)] = seen + 1
            return seen

    def record(self, line: Dict[str, Any]) -> None:
        if self.record_path:
            with self.lock, open(self.record_path, "a", encoding="utf-8") as f:
                f.write(json.dumps(line) + "\n")

    def log_request(self, key: str, entry: Dict[str, Any]) -> Dict[str, Any]:
        """Appends a log entry; the handler keeps updating it (update/add)."""
        with self.lock:
            limit = UNKEYED_LOG_LIMIT if key == "" else None
            self.log.setdefault(key, collections.deque(maxlen=limit)).append(entry)
        return entry

    def update(self, entry: Dict[str, Any], **fields: Any) -> None:
        with self.lock:
            entry.update(fields)

    def add(self, entry: Dict[str, Any], field: str, amount: int) -> None:
        with self.lock:
            entry[field] += amount

    def log_snapshot(self, key: str) -> List[Dict[str, Any]]:
        """Copies taken under the lock, so a live entry is never half-updated."""
        with self.lock:
            return [dict(e, headers=dict(e["headers"])) for e in self.log.get(key, ())]


# ------------------------------------------------------------------ bodies

def minimal_value(spec: Spec, schema: Any, depth: int = 0) -> Any:
    """The smallest value the schema accepts: required properties only,
    first enum value, first non-null branch of oneOf/anyOf."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict) or depth > 20:
        return None
    for key in ("const", "example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        branches = [b for b in schema.get(key, []) if spec.resolve(b).get("type") != "null"]
        if branches:
            return minimal_value(spec, branches[0], depth + 1)
    if "allOf" in schema:
        merged: Dict[str, Any] = {}
        for part in schema["allOf"]:
            value = minimal_value(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    types = schema.get("type", "object" if "properties" in schema else None)
    kind = next((t for t in types if t != "null"), "null") if isinstance(types, list) else types
    if kind == "object":
        props = schema.get("properties", {})
        return {n: minimal_value(spec, props.get(n, {}), depth + 1) for n in schema.get("required", [])}
    if kind == "array":
        return [minimal_value(spec, schema.get("items", {}), depth + 1)] * schema.get("minItems", 0)
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    if kind == "string":
        return "2025-01-01T00:00:00Z" if schema.get("format") == "date-time" else "string"
    return None


def stored_examples(media: Dict[str, Any]) -> Iterator[Any]:
    """The examples a media type object spells out, `example` first."""
    if "example" in media:
        yield media["example"]
    for example in media.get("examples", {}).values():
        if "value" in example:
            yield example["value"]


def example_body(spec: Spec, media: Dict[str, Any]) -> Any:
    for value in stored_examples(media):
        return value
    return minimal_value(spec, media.get("schema", {}))


def response_example(state: MockState, path_key: Optional[str], method: str, status: str,
                     media_type: str, media: Dict[str, Any]) -> Any:
    """The published document's example at the same place (paths and methods are the same in
    both documents), else the merged spec's `media`."""
    published = (state.published or {}).get("paths", {}).get(path_key or "", {}).get(method, {})
    published = published.get("responses", {}).get(status, {}).get("content", {}).get(media_type, {})
    for value in stored_examples(published):
        return value
    return example_body(state.spec, media)


def chat_behaviour(payload: Dict[str, Any], request_id: str, usage: Any) -> Optional[Dict[str, Any]]:
    """What xAI does that the spec's single example cannot show: `deferred: true` answers with a
    request id (StartDeferredChatResponse), and a request offering tools whose last message is not
    a tool result gets a call of the first tool, so clients can run a tool loop. `usage` is the
    chat example's, verbatim: the tool call must not look more complete than xAI's documents."""
    if payload.get("deferred") is True:
        return {"request_id": "deferred_" + request_id}
    response_format = payload.get("response_format") or {}
    if response_format.get("type") == "json_schema":
        # Structured outputs: the content is JSON that follows the requested schema.
        schema = (response_format.get("json_schema") or {}).get("schema") or {}
        return {
            "id": "chat_" + request_id, "object": "chat.completion", "created": 1700000000,
            "model": payload.get("model", "grok-4"),
            "choices": [{"index": 0, "finish_reason": "stop", "message": {
                "role": "assistant", "content": json.dumps(schema_value(schema))}}],
            "usage": usage,
        }
    tools = [t for t in payload.get("tools") or [] if t.get("type") == "function"]
    messages = payload.get("messages") or []
    if not tools or (messages and messages[-1].get("role") == "tool"):
        return None
    name = tools[0]["function"]["name"]
    return {
        "id": "chat_" + request_id, "object": "chat.completion", "created": 1700000000,
        "model": payload.get("model", "grok-4"),
        "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
            "role": "assistant", "content": None,
            "tool_calls": [{"id": "call_1", "type": "function",
                            "function": {"name": name, "arguments": json.dumps({"city": "Paris"})}}]}}],
        "usage": usage,
    }


def schema_value(schema: Any) -> Any:
    """A small value that follows a plain JSON Schema (the kind structured-output requests send):
    every property, one item per array, the first enum value."""
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in schema:
        return {name: schema_value(child) for name, child in (schema.get("properties") or {}).items()}
    if kind == "array":
        return [schema_value(schema.get("items") or {}) for _ in range(max(1, schema.get("minItems", 1)))]
    return {"integer": 2, "number": 2.5, "boolean": True, "string": "text"}.get(kind)


def tool_order_error(messages: Any) -> Optional[str]:
    """Why a chat request's tool loop is out of order, or None. Every `tool` message answers a call:
    its `tool_call_id` is the `id` of an entry in the `tool_calls` of an earlier assistant message,
    and only other tool messages stand between the two (xAI, like OpenAI, wants the results right
    after the assistant message that made the calls). Names the first offending message."""
    if not isinstance(messages, list):
        return None
    current: Optional[int] = None  # the assistant message the tool results seen since follow
    called: Dict[str, int] = {}  # call id -> the latest assistant message whose tool_calls hold it
    for n, message in enumerate(messages):
        role = message.get("role") if isinstance(message, dict) else None
        if role == "assistant":
            current = n
            for call in message.get("tool_calls") or []:
                if isinstance(call, dict) and isinstance(call.get("id"), str):
                    called[call["id"]] = n
        elif role != "tool":
            current = None
        elif not isinstance(message.get("tool_call_id"), str) or not message["tool_call_id"]:
            return f"messages[{n}]: a tool result must carry the tool_call_id of the call it answers"
        else:
            call_id = message["tool_call_id"]
            rule = (f"messages[{n}]: a tool result must follow the assistant message"
                    f" whose tool_calls include {call_id!r}")
            if call_id not in called:
                return f"{rule}, but no earlier assistant message made that call"
            if called[call_id] != current:
                made = called[call_id]
                between = next(k for k in range(made + 1, n)
                               if not isinstance(messages[k], dict) or messages[k].get("role") != "tool")
                role_between = messages[between].get("role") if isinstance(messages[between], dict) else None
                return (f"{rule} (messages[{made}]) with only tool results in between, "
                        f"but messages[{between}] has role {role_between!r}")
    return None


def pattern_bytes(size: int) -> bytes:
    return (PATTERN * (size // len(PATTERN) + 1))[:size]


# ----------------------------------------------------------------- streams

def sse(payload: Any, event: Optional[str] = None) -> bytes:
    data = payload if isinstance(payload, str) else json.dumps(payload)
    return (f"event: {event}\n" if event else "").encode() + f"data: {data}\n\n".encode()


def split_text(text: str, parts: int = 3) -> List[str]:
    words = text.split(" ")
    size = max(1, -(-len(words) // parts))
    pieces = [" ".join(words[i:i + size]) for i in range(0, len(words), size)]
    return [p + (" " if i < len(pieces) - 1 else "") for i, p in enumerate(pieces)]


def chat_base(example: Dict[str, Any], model: str) -> Dict[str, Any]:
    return {"id": example["id"], "object": "chat.completion.chunk", "created": example["created"],
            "model": model, "system_fingerprint": example.get("system_fingerprint")}


def chat_events(example: Dict[str, Any], model: str) -> List[bytes]:
    """ChatResponseChunk events: role first, content split, usage last."""
    text = example["choices"][0]["message"].get("content") or "Hello from the mock server."
    base = chat_base(example, model)
    chunks = [dict(base, choices=[{"index": 0, "delta": {"role": "assistant", "content": ""}}])]
    chunks += [dict(base, choices=[{"index": 0, "delta": {"content": piece}}]) for piece in split_text(text)]
    chunks.append(dict(base, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}]))
    chunks.append(dict(base, choices=[], usage=example.get("usage")))
    return [sse(c) for c in chunks]


def responses_message(example: Dict[str, Any]) -> Dict[str, Any]:
    return next((o for o in example["output"] if o.get("type") == "message"), {})


def responses_events(example: Dict[str, Any], model: str) -> List[bytes]:
    """Responses API events (`event:` line + JSON with the same `type`)."""
    message = responses_message(example)
    text = message.get("content", [{}])[0].get("text", "Hello from the mock server.")
    item_id = message.get("id", "msg_mock")
    pending = dict(example, model=model, status="in_progress", output=[], usage=None)
    events = [{"type": "response.created", "response": pending}]
    events += [{"type": "response.output_text.delta", "item_id": item_id, "output_index": 0,
                "content_index": 0, "delta": piece} for piece in split_text(text)]
    events += [{"type": "response.output_text.done", "item_id": item_id, "output_index": 0,
                "content_index": 0, "text": text},
               {"type": "response.completed", "response": dict(example, model=model)}]
    return [sse(dict(e, sequence_number=n), e["type"]) for n, e in enumerate(events)]


def messages_events(example: Dict[str, Any], model: str) -> List[bytes]:
    """Anthropic-style Messages events, data-only as MessageRequest.stream says."""
    text = example["content"][0].get("text", "Hello from the mock server.")
    start = dict(example, model=model, content=[], stop_reason=None)
    events = [{"type": "message_start", "message": start},
              {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}]
    events += [{"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}}
               for piece in split_text(text)]
    events += [{"type": "content_block_stop", "index": 0},
               {"type": "message_delta", "delta": {"stop_reason": example.get("stop_reason") or "end_turn"},
                "usage": example.get("usage")},
               {"type": "message_stop"}]
    return [sse(e) for e in events]


def chat_delta(example: Dict[str, Any], model: str, n: int, text: str) -> bytes:
    return sse(dict(chat_base(example, model), choices=[{"index": 0, "delta": {"content": text}}]))


def responses_delta(example: Dict[str, Any], model: str, n: int, text: str) -> bytes:
    item_id = responses_message(example).get("id", "msg_mock")
    return sse({"type": "response.output_text.delta", "item_id": item_id, "output_index": 0,
                "content_index": 0, "delta": text, "sequence_number": n}, "response.output_text.delta")


def messages_delta(example: Dict[str, Any], model: str, n: int, text: str) -> bytes:
    return sse({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}})


STREAM_BUILDERS = {  # by path, which the overlay does not rename
    "/v1/chat/completions": chat_events,
    "/v1/responses": responses_events,
    "/v1/messages": messages_events,
}
DELTA_BUILDERS: Dict[str, Callable[[Dict[str, Any], str, int, str], bytes]] = {  # one text event, for tick/flood
    "/v1/chat/completions": chat_delta,
    "/v1/responses": responses_delta,
    "/v1/messages": messages_delta,
}


def unsent_bytes(sock: socket.socket) -> Optional[int]:
    """Bytes written but not yet acknowledged by the peer (None where unknown)."""
    try:
        if sys.platform == "darwin":
            return sock.getsockopt(socket.SOL_SOCKET, 0x1024)  # SO_NWRITE
        return struct.unpack("i", fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, b"\0\0\0\0"))[0]
    except (OSError, AttributeError):
        return None


def json_payload(request: RecordedRequest) -> Any:
    """The JSON body of a request that passed validation ({} when it has none)."""
    return json.loads(request.body) if request.body and request.media_type == "application/json" else {}


def validate_head(spec: Spec, request: RecordedRequest) -> Optional[str]:
    """validate() without the body, for a sink body too big to keep."""
    app = spec.openapi.spec
    errors = [describe(e) for e in V31RequestSecurityValidator(app).iter_errors(request)]
    errors += [describe(e) for e in V31RequestParametersValidator(app).iter_errors(request)]
    return "; ".join(dict.fromkeys(errors)) or None


# ----------------------------------------------------------------- handler

class MockHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: MockState  # set on the subclass made in main()
    entry: Dict[str, Any]  # this request's log entry

    def log_message(self, format: str, *args: Any) -> None:  # quiet by default
        pass

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = lambda self: self.dispatch()

    def dispatch(self) -> None:
        """Logs the request and turns a vanished client into a log entry, not a traceback."""
        url = urlsplit(self.path)
        if url.path.startswith("/__mock/"):
            return self.handle_mock(url)
        self.entry = self.state.log_request(self.headers.get("x-mock-fault-key", ""), {
            "method": self.command, "path": self.path, "received_at": time.time(),
            "headers": {k.lower(): v for k, v in self.headers.items()}, "body_bytes": 0,
            "finished_at": None, "disconnected_at": None, "chunks_written": 0})
        try:
            self.handle_api(url)
        except ConnectionError:
            self.close_connection = True
            self.state.update(self.entry, disconnected_at=time.time())
        else:
            self.state.update(self.entry, finished_at=time.time())

    def handle_mock(self, url: Any) -> None:
        for _ in self.body_pieces():  # drained, so the connection stays usable
            pass
        if url.path == "/__mock/log" and self.command == "GET":
            key = parse_qs(url.query, keep_blank_values=True).get("key", [""])[0]
            return self.send_json(200, {"requests": self.state.log_snapshot(key)})
        self.send_json(404, {"error": f"unknown mock endpoint {self.command} {url.path}"})

    # ------------------------------------------------------------ reading

    def read_exactly(self, size: int) -> bytes:
        data = self.rfile.read(size)
        if len(data) < size:  # EOF: the client went away mid-body
            raise ConnectionAbortedError("request body cut short")
        return data

    def read_line(self) -> bytes:
        line = self.rfile.readline(1024)
        if not line.endswith(b"\n"):
            raise ConnectionAbortedError("chunked body cut short")
        return line

    def body_pieces(self, entry: Optional[Dict[str, Any]] = None, rate: float = 0.0) -> Iterator[bytes]:
        """The request body in pieces of at most READ_CHUNK (Content-Length or chunked), counted
        into `entry` as they arrive; at most `rate` bytes per second when rate > 0."""
        size = READ_CHUNK if rate <= 0 else max(1, min(READ_CHUNK, int(rate / 10)))
        started, total = time.monotonic(), 0
        for length in self.body_lengths():
            while length:
                piece = self.read_exactly(min(size, length))
                length -= len(piece)
                total += len(piece)
                if entry is not None:
                    self.state.add(entry, "body_bytes", len(piece))
                if rate > 0:  # sleep until this many bytes are due
                    time.sleep(max(0.0, started + total / rate - time.monotonic()))
                yield piece

    def body_lengths(self) -> Iterator[int]:
        """Sizes of the body's parts: each chunk's (the size line is read here and the data by
        the caller before the next step, then its CRLF), or the one Content-Length."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            while True:
                size = int(self.read_line().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.read_line().strip():  # trailers, up to the blank line
                        pass
                    return
                yield size
                self.read_exactly(2)  # the CRLF after the chunk data
        else:
            yield int(self.headers.get("Content-Length") or 0)

    def read_body(self) -> Optional[bytes]:
        chunked = "chunked" in self.headers.get("Transfer-Encoding", "").lower()
        body = b"".join(self.body_pieces(self.entry))
        return body if body or chunked else None

    def sink_body(self) -> Tuple[Optional[bytes], bool]:
        """Reads and drops the body; returns it only when it is at most SINK_KEEP_BYTES (and
        whether it was kept), so a 1 GB upload never sits in memory."""
        kept, total = bytearray(), 0
        for piece in self.body_pieces(self.entry, self.header_float("x-mock-read-bytes-per-second", 0.0)):
            total += len(piece)
            if total <= SINK_KEEP_BYTES:
                kept += piece
        if total > SINK_KEEP_BYTES:
            return None, False
        chunked = "chunked" in self.headers.get("Transfer-Encoding", "").lower()
        return (bytes(kept) if kept or chunked else None), True

    # ------------------------------------------------------------ answering

    def handle_api(self, url: Any) -> None:
        state = self.state
        fault = self.headers.get("x-mock-fault", "")
        key = self.headers.get("x-mock-fault-key", "")
        body, kept = self.sink_body() if fault == "sink" else (self.read_body(), True)
        request = RecordedRequest(
            host_url=f"http://127.0.0.1:{self.server.server_address[1]}",
            method=self.command, path=url.path, query=url.query,
            headers={k.lower(): v for k, v in self.headers.items()}, body=body)
        try:
            match = state.spec.find_operation(request)
            operation, path_key = match.operation.read_value(), match.path.parts[-1]
        except PathError:
            operation, path_key = {}, None
        if kept:
            state.record(request.to_record(operation.get("operationId")))

        reason = validate(state.spec, request) if kept else validate_head(state.spec, request)
        if reason is None and path_key == "/v1/chat/completions" and kept:
            payload = json_payload(request)
            reason = tool_order_error(payload.get("messages")) if isinstance(payload, dict) else None
        if reason is not None:
            return self.send_json(400, {"error": {"message": reason, "type": "invalid_request_error",
                                                  "param": None, "code": "validation_error"}})
        if fault == "slow":
            self.pause(self.header_float("x-mock-delay-seconds", 5.0))
        if not self.send_fault(fault, key, operation, path_key):
            self.answer(request, operation, path_key, fault)

    def send_fault(self, fault: str, key: str, operation: Dict[str, Any], path_key: Optional[str]) -> bool:
        """Answers with a fault instead of the operation's answer; False when it does not fire."""
        state, responses = self.state, operation.get("responses", {})
        once = fault in ("429", "500-once", "503-once") and state.count_fault(fault, key) == 0
        if once or fault in ("auth-400", "error-200"):
            body, status, headers = XAI_ERRORS[fault]
            self.send_json(status, body, headers)
            return True
        if fault == "retry-after" and state.count_fault(fault, key) == 0:
            copied = {name: self.headers[source] for name, source in
                      (("Retry-After", "x-mock-retry-after"), ("retry-after-ms", "x-mock-retry-after-ms"))
                      if source in self.headers}
            self.send_json(429, XAI_ERRORS["429"][0], copied)
            return True
        if fault == "connection-reset-once" and state.count_fault(fault, key) == 0:
            self.reset_connection()  # the body was read: the server may have acted on it
            return True
        if fault == "202-then-200" and "202" in responses and state.count_fault(fault, key or self.path) < 2:
            self.send_bytes(202, b"", None)
            return True
        if fault == "poll-transient" and "202" in responses:
            step = state.count_fault(fault, key)
            if step == 0:
                self.send_bytes(202, b"", None)
            elif step in (1, 2):
                body, status, _ = XAI_ERRORS["503-once" if step == 1 else "429"]
                self.send_json(status, body, {"Retry-After": "0"})
            return step < 3
        if fault == "video-pending" and path_key == "/v1/videos/{request_id}" \
                and state.count_fault(fault, key or self.path) < 2:
            media = responses["200"]["content"]["application/json"]
            example = response_example(state, path_key, self.command.lower(), "200", "application/json", media)
            self.send_json(200, dict(example, status="pending", progress=50))
            return True
        return False

    def answer(self, request: RecordedRequest, operation: Dict[str, Any], path_key: Optional[str],
               fault: str) -> None:
        """The operation's own answer: stream, chat behaviour, example or bytes."""
        responses = operation.get("responses", {})
        codes = sorted(c for c in responses if c.startswith("2"))
        content = responses[codes[0]].get("content", {}) if codes else {}

        def example() -> Any:
            return response_example(self.state, path_key, request.method, codes[0], "application/json",
                                    content["application/json"])

        payload = json_payload(request)
        if isinstance(payload, dict):
            self.state.update(self.entry, body_json=payload)
        replayed = replay_path(self.headers, path_key, payload)
        if replayed is not None:
            return replay(self, replayed, self.header_int("x-mock-split-bytes", 0))
        fixed = fixture(request.method, path_key, payload, request.query)
        if fixed is not None:
            return self.send_body(fixed[0], fixed[2], fixed[1], fault)
        wants_stream = isinstance(payload, dict) and payload.get("stream") is True
        if wants_stream and "text/event-stream" in content and "application/json" in content:
            return self.send_stream(path_key, example(), payload.get("model", "grok-4"), fault)
        if path_key == "/v1/chat/completions" and isinstance(payload, dict):
            special = chat_behaviour(payload, self.state.next_request_id(), example().get("usage"))
            if special is not None:
                return self.send_body(200, json.dumps(self.with_added_members(special)).encode(), "application/json", fault)
        if "application/json" in content:
            return self.send_body(int(codes[0]), json.dumps(self.with_added_members(example())).encode(), "application/json", fault)
        if content:  # binary (application/octet-stream, ...)
            media_type = next(iter(content))
            if fault == "big-body":
                return self.send_pattern(int(codes[0]), media_type, self.header_int("x-mock-body-bytes", 64 * MIB))
            body = pattern_bytes(MIB) if fault == "cut-body" else b"mock file content\n"
            return self.send_body(int(codes[0]), body, media_type, fault)
        return self.send_bytes(int(codes[0]) if codes else 200, b"", None)

    def with_added_members(self, answer: Any) -> Any:
        """The answer with the members of the JSON object in `x-mock-add-members` added at its top
        level: fields the document does not have, as a newer server would send them."""
        added = self.headers.get("x-mock-add-members")
        if not added or not isinstance(answer, dict):
            return answer
        return dict(answer, **json.loads(added))

    def echoed_headers(self) -> Dict[str, str]:
        """Headers a test asks the answer to carry: `x-mock-response-headers: name=value; name=value`
        (rate-limit headers, whose names and values xAI does not document)."""
        pairs = (item.split("=", 1) for item in self.headers.get("x-mock-response-headers", "").split(";") if "=" in item)
        return {name.strip(): value.strip() for name, value in pairs}

    def send_head(self, status: int, content_type: Optional[str], headers: Dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("x-request-id", self.state.next_request_id())
        for name, value in self.echoed_headers().items():
            self.send_header(name, value)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def send_bytes(self, status: int, body: bytes, content_type: Optional[str],
                   headers: Optional[Dict[str, str]] = None) -> None:
        self.send_head(status, content_type, dict(headers or {}, **{"Content-Length": str(len(body))}))
        self.wfile.write(body)

    def send_json(self, status: int, body: Any, headers: Optional[Dict[str, str]] = None) -> None:
        self.send_bytes(status, json.dumps(body).encode(), "application/json", headers)

    def send_body(self, status: int, body: bytes, content_type: str, fault: str) -> None:
        """send_bytes, unless cut-body asks for the whole length but part of the bytes and a RST."""
        if fault != "cut-body":
            return self.send_bytes(status, body, content_type)
        self.send_head(status, content_type, {"Content-Length": str(len(body))})
        sent = body[:256 * 1024] if content_type != "application/json" else body[:len(body) // 2]
        self.wfile.write(sent)
        self.reset_connection()

    def send_pattern(self, status: int, content_type: str, size: int) -> None:
        """`size` pattern bytes in 1 MiB writes, never built whole (big-body)."""
        self.send_head(status, content_type, {"Content-Length": str(size)})
        while size > 0:
            piece = PATTERN[:min(size, len(PATTERN))]
            self.wfile.write(piece)
            size -= len(piece)
            self.state.add(self.entry, "chunks_written", 1)

    def header_float(self, name: str, default: float) -> float:
        try:
            value = float(self.headers.get(name, default))
        except ValueError:
            return default
        return value if math.isfinite(value) and value >= 0 else default

    def header_int(self, name: str, default: int) -> int:
        return int(self.header_float(name, default))

    def stall_seconds(self) -> float:
        return self.header_float("x-mock-stall-seconds", STALL_SECONDS)

    def client_gone(self) -> bool:
        """Whether the peer has closed or reset the connection (a peek that does not block)."""
        try:
            return self.connection.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
        except BlockingIOError:
            return False
        except OSError:
            return True

    def pause(self, seconds: float) -> None:
        """Sleeps, but raises ConnectionAbortedError once the client has gone, so the log
        records when it left rather than when the next write failed."""
        deadline = time.monotonic() + seconds
        while True:
            if self.client_gone():
                raise ConnectionAbortedError("client went away")
            left = deadline - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, POLL_SECONDS))

    def reset_connection(self) -> None:
        """Close the socket with SO_LINGER 0, so the peer gets a TCP RST. Bytes written before
        reach the peer first (up to DRAIN_SECONDS): a linger-0 close drops unsent data."""
        self.close_connection = True
        deadline = time.monotonic() + DRAIN_SECONDS
        while (unsent_bytes(self.connection) or 0) > 0 and time.monotonic() < deadline:
            time.sleep(0.005)
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def stream_events(self, path_key: Optional[str], example: Any, model: str, fault: str) -> Iterable[bytes]:
        """The events of a streamed answer; ticking and flood streams are generated lazily."""
        delta = DELTA_BUILDERS.get(path_key or "", lambda ex, *_: sse(ex))
        if fault == "ticking-stream":
            count = self.header_int("x-mock-chunks", 600)
            return (delta(example, model, n, f"tick {n} ") for n in range(1, count + 1))
        if fault == "flood-stream":
            count, size = self.header_int("x-mock-chunks", 4000), self.header_int("x-mock-chunk-bytes", 65536)
            return (delta(example, model, n, f"flood {n} ".ljust(size, "x")) for n in range(1, count + 1))
        events = STREAM_BUILDERS.get(path_key or "", lambda ex, _: [sse(ex)])(example, model)
        if fault == "malformed-chunk":
            events = events[:1] + [b"data: {not json\n\n"] + events[1:]
        if fault == "truncated-stream":
            events = events[: max(1, len(events) // 2)]
        return events

    def send_stream(self, path_key: Optional[str], example: Any, model: str, fault: str) -> None:
        """Server-sent events; the body ends when the connection closes. A failed write ends the
        stream (dispatch logs the disconnect)."""
        events = self.stream_events(path_key, example, model, fault)
        done = fault not in ("truncated-stream", "stalled-stream", "disconnect")
        delay = {"ticking-stream": self.header_float("x-mock-interval-ms", 100.0) / 1000,
                 "flood-stream": 0.0}.get(fault, CHUNK_DELAY)
        self.send_response(200)
        self.send_header("x-request-id", self.state.next_request_id())
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        for name, value in self.echoed_headers().items():
            self.send_header(name, value)
        self.end_headers()
        self.close_connection = True
        for n, event in enumerate(events):
            if n and delay:
                self.pause(delay)
            if n == 0 and fault == "late-first-event":
                self.pause(self.header_float("x-mock-gap-seconds", 10.0))
            self.wfile.write(event)
            self.state.add(self.entry, "chunks_written", 1)
            if n == 0 and fault == "stalled-stream":
                return self.pause(self.stall_seconds())
            if n == 0 and fault == "disconnect":
                return self.reset_connection()
            if n == 0 and fault == "gap-stream":
                self.pause(self.header_float("x-mock-gap-seconds", 10.0))
        if done:
            if delay:
                self.pause(delay)
            self.wfile.write(b"data: [DONE]\n\n")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", required=True, help="merged OpenAPI document (JSON)")
    parser.add_argument("--published", help="upstream OpenAPI document whose examples the answers carry")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--record", help="append every request to this JSONL file")
    parser.add_argument("--exit-on-stdin-eof", action="store_true",
                        help="exit as soon as stdin reaches end of file (parent died)")
    args = parser.parse_args(argv)
    if args.exit_on_stdin_eof:
        exit_on_stdin_eof()

    published = None
    if args.published:
        with open(args.published, encoding="utf-8") as f:
            published = json.load(f)
    # A listen backlog like a real server's: the default of 5 refused connections when tests opened
    # many at once, which URLSession reports as a lost connection (not retried for a POST).
    ThreadingHTTPServer.request_queue_size = 128
    server = ThreadingHTTPServer(("127.0.0.1", args.port), MockHandler)
    server.daemon_threads = True
    port = server.server_address[1]
    spec = Spec(args.spec, server_url=f"http://127.0.0.1:{port}")
    MockHandler.state = MockState(spec, published, args.record)
    print(f"LISTENING {port}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
