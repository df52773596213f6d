#!/usr/bin/env python3
"""A local stand-in for the xAI API, driven by the OpenAPI document.

Usage: mock_server.py --spec MERGED_SPEC.json [--port 0] [--record FILE]
                      [--exit-on-stdin-eof]

Binds 127.0.0.1, prints `LISTENING <port>` once ready and serves until
killed. Every request is validated with openapi-core (see
validate_requests.py): an invalid one gets a 400 validation error, a valid
one the spec's example for the lowest 2xx response (or a minimal body built
from its schema). `"stream": true` on an operation with a text/event-stream
response gets server-sent events ending in `data: [DONE]`.

Faults are chosen with the `x-mock-fault` request header:
  429               429 + Retry-After: 1, once per x-mock-fault-key value
  500-once          500, once per x-mock-fault-key value
  202-then-200      202 twice (per key), then the 200 answer
  video-pending     GET /v1/videos/{id}: 200 with status "pending" twice (per key), then the example
  truncated-stream  some chunks, then the connection closes without [DONE]
  malformed-chunk   a `data: {not json` event inside the stream
  stalled-stream    one chunk, then silence for x-mock-stall-seconds (default
                    30) seconds, then the connection closes without [DONE]
  disconnect        one chunk, then the socket is reset (TCP RST): the client
                    sees a transport error, not a clean end of body
  error-200         HTTP 200 whose JSON body is an xAI error, not a stream
  auth-400          400 with xAI's invalid-API-key body
`--record FILE` appends each request as one JSON line (validate_requests.py
format). `--exit-on-stdin-eof` makes the server exit as soon as its stdin
reaches end of file, so it dies with the (test) process that spawned it and
holds the write end of its stdin pipe.
"""

import argparse
import itertools
import json
import os
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import urlsplit

from openapi_core.templating.paths.exceptions import PathError

from validate_requests import RecordedRequest, Spec, validate
from lifetime import exit_on_stdin_eof

CHUNK_DELAY = 0.01  # seconds between stream events, so clients see them apart
STALL_SECONDS = 30.0  # default for stalled-stream; header x-mock-stall-seconds overrides

XAI_ERRORS = {  # body, HTTP status, extra headers
    "429": ({"code": "Some resource has been exhausted",
             "error": "Too many requests: your team has reached its rate limit. Retry after 1 second."},
            429, {"Retry-After": "1"}),
    "500-once": ({"code": "Internal error", "error": "Internal server error (mock fault)."}, 500, {}),
    "auth-400": ({"code": "Client specified an invalid argument",
                  "error": "Incorrect API key provided: xa***. You can obtain an API key from https://console.x.ai."},
                 400, {}),
    "error-200": ({"code": "Internal error", "error": "The model failed to start the stream (mock fault)."}, 200, {}),
}


class MockState:
    """Everything shared between request threads."""

    def __init__(self, spec: Spec, record_path: Optional[str]):
        self.spec = spec
        self.record_path = record_path
        self.lock = threading.Lock()
        self.request_ids = itertools.count(1)
        self.fault_counts: Dict[Tuple[str, str], int] = {}

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


def example_body(spec: Spec, media: Dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    for example in media.get("examples", {}).values():
        if "value" in example:
            return example["value"]
    return minimal_value(spec, media.get("schema", {}))


def chat_behaviour(payload: Dict[str, Any], request_id: str) -> Optional[Dict[str, Any]]:
    """What xAI does that the spec's single example cannot show: `deferred: true` answers with a
    request id (StartDeferredChatResponse), and a request offering tools whose last message is not
    a tool result gets a call of the first tool, so clients can run a tool loop."""
    if payload.get("deferred") is True:
        return {"request_id": "deferred_" + request_id}
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
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15,
                  "cost_in_usd_ticks": 0, "num_sources_used": 0,
                  "prompt_tokens_details": {"text_tokens": 10, "audio_tokens": 0, "image_tokens": 0, "cached_tokens": 0},
                  "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                                "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}},
    }


# ----------------------------------------------------------------- streams

def sse(payload: Any, event: Optional[str] = None) -> bytes:
    data = payload if isinstance(payload, str) else json.dumps(payload)
    return (f"event: {event}\n" if event else "").encode() + f"data: {data}\n\n".encode()


def split_text(text: str, parts: int = 3) -> List[str]:
    words = text.split(" ")
    size = max(1, -(-len(words) // parts))
    pieces = [" ".join(words[i:i + size]) for i in range(0, len(words), size)]
    return [p + (" " if i < len(pieces) - 1 else "") for i, p in enumerate(pieces)]


def chat_events(example: Dict[str, Any], model: str) -> List[bytes]:
    """ChatResponseChunk events: role first, content split, usage last."""
    text = example["choices"][0]["message"].get("content") or "Hello from the mock server."
    base = {"id": example["id"], "object": "chat.completion.chunk", "created": example["created"],
            "model": model, "system_fingerprint": example.get("system_fingerprint")}
    chunks = [dict(base, choices=[{"index": 0, "delta": {"role": "assistant", "content": ""}}])]
    chunks += [dict(base, choices=[{"index": 0, "delta": {"content": piece}}]) for piece in split_text(text)]
    chunks.append(dict(base, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}]))
    chunks.append(dict(base, choices=[], usage=example.get("usage")))
    return [sse(c) for c in chunks]


def responses_events(example: Dict[str, Any], model: str) -> List[bytes]:
    """Responses API events (`event:` line + JSON with the same `type`)."""
    message = next((o for o in example["output"] if o.get("type") == "message"), {})
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


STREAM_BUILDERS = {  # by path, which the overlay does not rename
    "/v1/chat/completions": chat_events,
    "/v1/responses": responses_events,
    "/v1/messages": messages_events,
}


# ----------------------------------------------------------------- handler

class MockHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: MockState  # set on the subclass made in main()

    def log_message(self, format: str, *args: Any) -> None:  # quiet by default
        pass

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = lambda self: self.handle_api()

    def read_body(self) -> Optional[bytes]:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                body += self.rfile.read(size + 2)[:size]
                if size == 0:
                    return body
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else None

    def handle_api(self) -> None:
        state, url = self.state, urlsplit(self.path)
        request = RecordedRequest(
            host_url=f"http://127.0.0.1:{self.server.server_address[1]}",
            method=self.command, path=url.path, query=url.query,
            headers={k.lower(): v for k, v in self.headers.items()}, body=self.read_body())
        try:
            match = state.spec.find_operation(request)
            operation, path_key = match.operation.read_value(), match.path.parts[-1]
        except PathError:
            operation, path_key = {}, None
        state.record(request.to_record(operation.get("operationId")))

        reason = validate(state.spec, request)
        if reason is not None:
            return self.send_json(400, {"error": {"message": reason, "type": "invalid_request_error",
                                                  "param": None, "code": "validation_error"}})
        fault = self.headers.get("x-mock-fault", "")
        key = self.headers.get("x-mock-fault-key", "")
        once = fault in ("429", "500-once") and state.count_fault(fault, key) == 0
        if once or fault in ("auth-400", "error-200"):
            body, status, headers = XAI_ERRORS[fault]
            return self.send_json(status, body, headers)
        responses = operation.get("responses", {})
        codes = sorted(c for c in responses if c.startswith("2"))
        if fault == "202-then-200" and "202" in codes and state.count_fault(fault, key or self.path) < 2:
            return self.send_bytes(202, b"", None)
        content = responses[codes[0]].get("content", {}) if codes else {}
        if fault == "video-pending" and path_key == "/v1/videos/{request_id}" and state.count_fault(fault, key or self.path) < 2:
            pending = dict(example_body(state.spec, content["application/json"]), status="pending", progress=50)
            return self.send_json(200, pending)
        payload = json.loads(request.body) if request.body and request.media_type == "application/json" else {}
        wants_stream = isinstance(payload, dict) and payload.get("stream") is True
        if wants_stream and "text/event-stream" in content and "application/json" in content:
            example = example_body(state.spec, content["application/json"])
            builder = STREAM_BUILDERS.get(path_key, lambda ex, _: [sse(ex)])
            return self.send_stream(builder(example, payload.get("model", "grok-4")), fault,
                                    self.stall_seconds())
        if path_key == "/v1/chat/completions" and isinstance(payload, dict):
            special = chat_behaviour(payload, state.next_request_id())
            if special is not None:
                return self.send_json(200, special)
        if "application/json" in content:
            return self.send_json(int(codes[0]), example_body(state.spec, content["application/json"]))
        if content:  # binary (application/octet-stream, ...)
            return self.send_bytes(int(codes[0]), b"mock file content\n", next(iter(content)))
        return self.send_bytes(int(codes[0]) if codes else 200, b"", None)

    def send_bytes(self, status: int, body: bytes, content_type: Optional[str],
                   headers: Optional[Dict[str, str]] = None) -> None:
        self.send_response(status)
        self.send_header("x-request-id", self.state.next_request_id())
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_json(self, status: int, body: Any, headers: Optional[Dict[str, str]] = None) -> None:
        self.send_bytes(status, json.dumps(body).encode(), "application/json", headers)

    def stall_seconds(self) -> float:
        try:
            return max(0.0, float(self.headers.get("x-mock-stall-seconds", STALL_SECONDS)))
        except ValueError:
            return STALL_SECONDS

    def reset_connection(self) -> None:
        """Close the socket with SO_LINGER 0, so the peer gets a TCP RST."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def send_stream(self, events: List[bytes], fault: str, stall_seconds: float = STALL_SECONDS) -> None:
        """Server-sent events; the body ends when the connection closes."""
        if fault == "malformed-chunk":
            events = events[:1] + [b"data: {not json\n\n"] + events[1:]
        if fault == "truncated-stream":
            events = events[: max(1, len(events) // 2)]
        done = fault not in ("truncated-stream", "stalled-stream", "disconnect")
        self.send_response(200)
        self.send_header("x-request-id", self.state.next_request_id())
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            for event in events + ([b"data: [DONE]\n\n"] if done else []):
                self.wfile.write(event)
                self.wfile.flush()
                if fault == "stalled-stream":
                    time.sleep(stall_seconds)
                    return
                if fault == "disconnect":
                    return self.reset_connection()
                time.sleep(CHUNK_DELAY)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, which is what some tests want


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", required=True, help="merged OpenAPI document (JSON)")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--record", help="append every request to this JSONL file")
    parser.add_argument("--exit-on-stdin-eof", action="store_true",
                        help="exit as soon as stdin reaches end of file (parent died)")
    args = parser.parse_args(argv)
    if args.exit_on_stdin_eof:
        exit_on_stdin_eof()

    server = ThreadingHTTPServer(("127.0.0.1", args.port), MockHandler)
    server.daemon_threads = True
    port = server.server_address[1]
    spec = Spec(args.spec, server_url=f"http://127.0.0.1:{port}")
    MockHandler.state = MockState(spec, args.record)
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
