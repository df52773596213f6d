#!/usr/bin/env python3
"""Start llmock (https://pypi.org/project/llmock/) as an OpenAI-compatible
fault-injecting server for the Swift client's tests.

Usage: llmock_server.py [--port 0] [--exit-on-stdin-eof]
                        [--response-style static] [--tool-mode auto|off]
                        [--chunk-delay-ms 10] [--no-messages-alias]
                        [--no-xai-shapes] [--log-level warning]

Binds 127.0.0.1 (port 0 = a free port), prints `LISTENING <port>` (flushed)
once uvicorn accepts connections, and serves until killed; with
`--exit-on-stdin-eof` it also exits as soon as its stdin reaches end of file
(the spawning test process died). Point the client at
`http://127.0.0.1:<port>`:

  POST /v1/chat/completions  OpenAI chat; `stream: true` gives SSE
                             `data: {chat.completion.chunk}` events ending
                             in `data: [DONE]` (usage chunk only with
                             stream_options.include_usage)
  POST /v1/responses         OpenAI Responses API; `event: <type>` + `data:`
                             events ending with `response.completed`, no [DONE]
  POST /v1/messages          alias added here for llmock's
                             /anthropic/v1/messages (Anthropic events
                             message_start ... message_stop, no [DONE]);
                             errors then use Anthropic's envelope
  /xai/v1/chat/completions   llmock's own xAI flavour of chat completions
  GET  /health, /_llmock/*   llmock's health and control API (never faulted)

Successful answers are llmock's, not the xAI spec's examples. llmock's
objects are OpenAI/Anthropic-shaped and lack fields the xAI spec requires, so
this launcher fills them in with zero/default values (JSON bodies and every
SSE `data:` event; `--no-xai-shapes` turns it off):
  chat usage        prompt_tokens_details, completion_tokens_details,
                    num_sources_used, cost_in_usd_ticks
  Responses object  store, background, service_tier, top_logprobs,
                    presence_penalty, frequency_penalty; usage
                    num_sources_used, num_server_side_tools_used
  Messages usage    cache_creation_input_tokens, cache_read_input_tokens
Use mock_server.py for spec conformance and this server for resilience.

Choosing a fault per request
----------------------------
1. Header `x-mock-fault` (handled by this launcher; the vocabulary matches
   mock_server.py). Optional headers tune it:
   x-mock-fault-key (scope of "once"), x-mock-after-chunks,
   x-mock-stall-seconds, x-mock-delay-seconds, x-mock-retry-after.

   x-mock-fault      llmock behaviour                     notes
   ----------------  -----------------------------------  -------------------------------
   429               Fail(429, retry_after=R)             once per x-mock-fault-key, then
                                                          normal answers; Retry-After: ceil(R)
                                                          and retry-after-ms: R*1000 (R=1)
   500-once          Fail(500)                            once per x-mock-fault-key
   status-NNN        Fail(NNN), every time                any 400..599, e.g. status-503
                                                          (Retry-After 1 s on 429/503/504/529)
   truncated-stream  StreamFault("truncate", after=N)     N events (default 2), then a clean
                                                          end of body: no finish_reason, no [DONE]
   disconnect        StreamFault("disconnect", after=N)   N events (default 1), then the
                                                          connection drops without the
                                                          terminating chunk (transport error)
   malformed-chunk   StreamFault("malformed", after=N)    event number N (default 1, 0-based)
                                                          has its JSON cut in half
   stalled-stream    StreamFault("stall", after=N,        N events (default 1), silence for S
                       stall_seconds=S)                   (x-mock-stall-seconds, default 30),
                                                          then the stream CONTINUES to [DONE]
   slow-first-token  SlowFirstToken(D)                    D = x-mock-delay-seconds (default 2)
   delay             Delay(D)                             whole response held D seconds

   An unknown value gets a 400 (so a typo cannot pass silently). A request
   with `x-mock-fault` ignores the behaviours queued over /_llmock/scenario.
   Stream faults only act on streamed (text/event-stream) answers.

2. llmock's native header `x-llmock-force-status: NNN` (every time).

3. Model name (llmock `Match(model=...)`, permanent, registered at start):
   llmock-429 (429, Retry-After 1, always), llmock-500, llmock-503,
   llmock-truncate, llmock-disconnect, llmock-malformed, llmock-stall (5 s);
   stream faults after 2 events.

4. llmock's control API, for anything else, e.g. two 429s then success:
   curl -X POST http://127.0.0.1:$PORT/_llmock/scenario \
     -d '{"behaviors":[{"type":"fail","status":429,"retry_after":1,"times":2,
          "match":{"path":"/v1/chat/completions"}}]}'
   GET /_llmock/requests lists what the client sent (attempts, timing, fault).
"""

import argparse
import contextvars
import json
import os
import socket
import sys
import threading

from lifetime import exit_on_stdin_eof
from typing import Any, Dict, Optional, Tuple

import uvicorn
from llmock.chaos import ChaosSettings, StreamChaos
from llmock.main import create_app
from llmock.ratelimit import LimitSettings
from llmock.scenarios import (Delay, Fail, Match, Plan, RequestInfo, ScenarioQueue,
                              SlowFirstToken, StreamFault)
from llmock.simulation import MockResponseSettings, build_error_response

# The behaviour chosen from this request's headers, read by HeaderAwareQueue.
_header_plan: contextvars.ContextVar[Optional[Plan]] = contextvars.ContextVar("header_plan", default=None)

MODEL_PRESETS = [
    Fail(429, retry_after=1, times=None, match=Match(model="llmock-429")),
    Fail(500, times=None, match=Match(model="llmock-500")),
    Fail(503, times=None, match=Match(model="llmock-503")),
    StreamFault("truncate", after_chunks=2, times=None, match=Match(model="llmock-truncate", stream=True)),
    StreamFault("disconnect", after_chunks=2, times=None, match=Match(model="llmock-disconnect", stream=True)),
    StreamFault("malformed", after_chunks=2, times=None, match=Match(model="llmock-malformed", stream=True)),
    StreamFault("stall", after_chunks=2, stall_seconds=5, times=None,
                match=Match(model="llmock-stall", stream=True)),
]


class HeaderAwareQueue(ScenarioQueue):
    """llmock's scenario queue, except that a plan chosen from the request's
    `x-mock-fault` header (set by HeaderFaults) wins for that request, and
    the model-name presets survive DELETE /_llmock/scenario and reset."""

    def __init__(self) -> None:
        super().__init__()
        self.add(*MODEL_PRESETS)

    def clear(self) -> None:
        super().clear()
        self.add(*MODEL_PRESETS)

    def plan_for(self, info: RequestInfo) -> Plan:
        plan = _header_plan.get()
        return plan if plan is not None else super().plan_for(info)


class BadFault(ValueError):
    pass


def _number(headers: Dict[str, str], name: str, default: float) -> float:
    try:
        return float(headers.get(name, default))
    except ValueError:
        raise BadFault(f"{name} must be a number") from None


class HeaderFaults:
    """ASGI wrapper: turns `x-mock-fault` into a llmock Plan and aliases
    /v1/messages to llmock's Anthropic router."""

    def __init__(self, app: Any, messages_alias: bool) -> None:
        self.app = app
        self.messages_alias = messages_alias
        self.lock = threading.Lock()
        self.fired: Dict[Tuple[str, str], int] = {}

    def once(self, fault: str, key: str) -> bool:
        """True the first time this (fault, key) is seen."""
        with self.lock:
            seen = self.fired.get((fault, key), 0)
            self.fired[(fault, key)] = seen + 1
            return seen == 0

    def plan(self, headers: Dict[str, str]) -> Optional[Plan]:
        fault = headers.get("x-mock-fault", "").strip()
        if not fault:
            return None
        key = headers.get("x-mock-fault-key", "")
        after = int(_number(headers, "x-mock-after-chunks", -1))
        delay = _number(headers, "x-mock-delay-seconds", 2)
        if fault == "429":
            retry_after = _number(headers, "x-mock-retry-after", 1)
            return Plan(fail=Fail(429, retry_after=retry_after)) if self.once(fault, key) else Plan()
        if fault == "500-once":
            return Plan(fail=Fail(500)) if self.once(fault, key) else Plan()
        if fault.startswith("status-") and fault[7:].isdigit() and 400 <= int(fault[7:]) <= 599:
            return Plan(fail=Fail(int(fault[7:])))
        streams = {"truncated-stream": ("truncate", 2), "disconnect": ("disconnect", 1),
                   "malformed-chunk": ("malformed", 1), "stalled-stream": ("stall", 1)}
        if fault in streams:
            kind, default_after = streams[fault]
            return Plan(stream_fault=StreamFault(
                kind, after_chunks=after if after >= 0 else default_after,  # type: ignore[arg-type]
                stall_seconds=_number(headers, "x-mock-stall-seconds", 30)))
        if fault == "slow-first-token":
            return Plan(slow_first_token=SlowFirstToken(delay))
        if fault == "delay":
            return Plan(delay=Delay(delay))
        raise BadFault(f"unknown x-mock-fault {fault!r}")

    async def __call__(self, scope: Dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.messages_alias and scope["path"] == "/v1/messages":
            scope = dict(scope, path="/anthropic/v1/messages", raw_path=b"/anthropic/v1/messages")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        try:
            plan = self.plan(headers)
        except BadFault as exc:
            response = build_error_response(scope["path"], 400, message=str(exc), code="bad_mock_fault")
            return await response(scope, receive, send)
        token = _header_plan.set(plan)
        try:
            await self.app(scope, receive, send)
        finally:
            _header_plan.reset(token)


def xai_shape(obj: Any) -> bool:
    """Add, in place, the fields the xAI spec requires that llmock omits.
    Returns whether anything changed."""
    if not isinstance(obj, dict):
        return False
    before = len(obj)
    changed = False
    usage = obj.get("usage")
    if isinstance(usage, dict):
        n = len(usage)
        if "prompt_tokens" in usage:  # chat completions Usage
            usage.setdefault("prompt_tokens_details", {"text_tokens": usage.get("prompt_tokens", 0),
                                                       "audio_tokens": 0, "image_tokens": 0, "cached_tokens": 0})
            usage.setdefault("completion_tokens_details", {"reasoning_tokens": 0, "audio_tokens": 0,
                                                           "accepted_prediction_tokens": 0,
                                                           "rejected_prediction_tokens": 0})
            usage.setdefault("num_sources_used", 0)
            usage.setdefault("cost_in_usd_ticks", 0)
        elif "input_tokens" in usage and obj.get("object") == "response":  # ModelUsage
            usage.setdefault("input_tokens_details", {"cached_tokens": 0})
            usage.setdefault("output_tokens_details", {"reasoning_tokens": 0})
            usage.setdefault("num_sources_used", 0)
            usage.setdefault("num_server_side_tools_used", 0)
        elif "input_tokens" in usage:  # Messages usage (message_start)
            usage.setdefault("cache_creation_input_tokens", 0)
            usage.setdefault("cache_read_input_tokens", 0)
        changed = len(usage) != n
    if obj.get("object") == "response":
        for key, value in (("store", True), ("background", False), ("service_tier", "default"),
                           ("top_logprobs", 0), ("presence_penalty", 0), ("frequency_penalty", 0)):
            obj.setdefault(key, value)
    for key in ("response", "message"):  # Responses lifecycle events, message_start
        changed = xai_shape(obj.get(key)) or changed
    return changed or len(obj) != before


def xai_shape_json(body: bytes) -> bytes:
    try:
        value = json.loads(body)
    except ValueError:
        return body
    return json.dumps(value).encode() if xai_shape(value) else body


def xai_shape_sse(body: bytes) -> bytes:
    """Patch the JSON of each `data:` line of an SSE chunk; leave the rest
    (including a deliberately malformed chunk) untouched."""
    lines = body.split(b"\n")
    for i, line in enumerate(lines):
        if line.startswith(b"data: ") and line[6:7] == b"{":
            lines[i] = b"data: " + xai_shape_json(line[6:])
    return b"\n".join(lines)


class XaiShapes:
    """ASGI wrapper applying xai_shape to JSON bodies and SSE events."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/_llmock"):
            return await self.app(scope, receive, send)
        held: Optional[Dict[str, Any]] = None  # a JSON response's start, until its body is known
        buffer = b""
        sse = False

        async def shaped_send(message: Dict[str, Any]) -> None:
            nonlocal held, buffer, sse
            if message["type"] == "http.response.start":
                ctype = dict(message.get("headers", [])).get(b"content-type", b"")
                sse = ctype.startswith(b"text/event-stream")
                if ctype.startswith(b"application/json"):
                    held = message
                    return
            elif message["type"] == "http.response.body" and held is not None:
                buffer += message.get("body", b"")
                if message.get("more_body", False):
                    return
                body = xai_shape_json(buffer)
                headers = [(k, v) for k, v in held.get("headers", []) if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(body)).encode()))
                start, held = dict(held, headers=headers), None
                await send(start)
                message = {"type": "http.response.body", "body": body, "more_body": False}
            elif message["type"] == "http.response.body" and sse and message.get("body"):
                message = dict(message, body=xai_shape_sse(message["body"]))
            await send(message)

        await self.app(scope, receive, shaped_send)


class Server(uvicorn.Server):
    async def startup(self, sockets: Any = None) -> None:
        await super().startup(sockets)
        if self.started:
            print(f"LISTENING {self.servers[0].sockets[0].getsockname()[1]}", flush=True)


def build_app(args: argparse.Namespace) -> Any:
    """llmock's app, wrapped: HeaderFaults(XaiShapes(app)) by default."""
    app = create_app(
        chaos=ChaosSettings(latency_ms=0),
        responses=MockResponseSettings(response_style=args.response_style, tool_mode=args.tool_mode),
        limits=LimitSettings(),
        stream_chaos=StreamChaos(chunk_delay_ms=args.chunk_delay_ms),
    )
    app.state.llmock.scenarios = HeaderAwareQueue()
    inner = app if args.no_xai_shapes else XaiShapes(app)
    return HeaderFaults(inner, messages_alias=not args.no_messages_alias)


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--exit-on-stdin-eof", action="store_true",
                        help="exit as soon as stdin reaches end of file (parent died)")
    parser.add_argument("--response-style", default="static", choices=["static", "hello", "echo", "varied"])
    parser.add_argument("--tool-mode", default="auto", choices=["auto", "off"],
                        help="auto: call an offered tool first (llmock default)")
    parser.add_argument("--chunk-delay-ms", type=int, default=10, help="pause between stream events")
    parser.add_argument("--no-messages-alias", action="store_true", help="do not serve /v1/messages")
    parser.add_argument("--no-xai-shapes", action="store_true",
                        help="serve llmock's bodies as they are (no xAI-required fields added)")
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args(argv)
    if args.exit_on_stdin_eof:
        exit_on_stdin_eof()

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", args.port))
    sock.listen(128)
    config = uvicorn.Config(build_app(args), log_level=args.log_level, lifespan="off",
                            timeout_graceful_shutdown=1)
    Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
