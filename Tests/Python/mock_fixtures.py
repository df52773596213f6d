"""Answers of the local server that the OpenAPI document cannot supply, for mock_server.py.

Two kinds:

- Fixtures for the operations the overlay adds from xAI's REST reference (compaction, batches,
  voice). The reference shows no example bodies for them, and an example in the spec records what
  the server sent, so none is invented there; these bodies follow the reference's field lists and
  pass the merged spec's schemas (test_mock_server.py checks). Batch results come in two pages
  joined by `pagination_token`, so a client can prove it follows the token.
- Replay of a recorded body (`x-mock-replay: PATH`): a `.json` file is the answer as it is; a
  `.sse-data.txt` file (one `data:` payload per line, ../shared/evidence/xai-recorded/) is streamed
  as server-sent events, without `data: [DONE]` (xAI's Responses streams end after
  `response.completed`). `x-mock-split-bytes: N` writes the body N bytes at a time with
  TCP_NODELAY, so the client meets events cut at arbitrary places across network reads.
"""

import json
import os
import socket
from typing import Any, Callable, Dict, Optional, Tuple
from urllib.parse import parse_qs

Answer = Tuple[int, str, bytes]  # status, Content-Type, body

BATCH_ID = "batch_5a1c0e2d"
BATCH_STATE = {"num_requests": 3, "num_pending": 0, "num_success": 3, "num_error": 0, "num_cancelled": 0}


def _json(body: Any, status: int = 200) -> Answer:
    return status, "application/json", json.dumps(body).encode()


def _batch(name: str = "nightly-eval", state: Optional[Dict[str, int]] = None) -> Dict[str, Any]:
    return {"batch_id": BATCH_ID, "name": name, "create_time": "2026-12-05T09:00:00Z",
            "create_api_key_id": "ae1e1841-4326-4b36-a8a9-8a1a7237db11", "state": state or BATCH_STATE}


def _chat_completion(request_id: str, answer: str) -> Dict[str, Any]:
    return {"id": f"batch-{request_id}", "object": "chat.completion", "created": 1785220808, "model": "grok-4.3",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 14, "completion_tokens": 1, "total_tokens": 15,
                      "prompt_tokens_details": {"text_tokens": 14, "audio_tokens": 0, "image_tokens": 0, "cached_tokens": 0},
                      "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                                    "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0},
                      "num_sources_used": 0, "cost_in_usd_ticks": 1520000}}


def _result(request_id: str, answer: str) -> Dict[str, Any]:
    return {"batch_request_id": request_id,
            "batch_result": {"response": {"chat_get_completion": _chat_completion(request_id, answer)}}}


def batch_results(query: Dict[str, Any]) -> Answer:
    """Two pages: q1 and q2, then (after `pagination_token=page-2`) q3 and a failed q4."""
    if query.get("pagination_token") == ["page-2"]:
        return _json({"results": [_result("q3", "8"),
                                  {"batch_request_id": "q4", "error_message": "model not found: grok-0"}],
                      "pagination_token": None})
    return _json({"results": [_result("q1", "4"), _result("q2", "6")], "pagination_token": "page-2"})


def compaction(payload: Any) -> Answer:
    return _json({"id": "cmp_0d7f672c-6cf5-9f88-af4b-a8b16c2c965d", "object": "response.compaction",
                  "created_at": 1785220808, "model": payload.get("model", "grok-4.3"),
                  "output": [{"type": "compaction", "id": "cmp_0d7f672c-6cf5-9f88-af4b-a8b16c2c965d",
                              "encrypted_content": "gAAAAABmock-encrypted-summary"}],
                  "usage": {"dropped_message_count": 2, "input_tokens": 96, "input_tokens_details": {"cached_tokens": 0},
                            "output_tokens": 41, "output_tokens_details": {"reasoning_tokens": 12}, "total_tokens": 137}})


def _response(response_id: str, output: Any, payload: Dict[str, Any]) -> Dict[str, Any]:
    return {"id": response_id, "object": "response", "created_at": 1785220808, "completed_at": 1785220809,
            "model": payload.get("model", "grok-4.3"), "output": output, "parallel_tool_calls": True,
            "previous_response_id": payload.get("previous_response_id"), "text": {"format": {"type": "text"}},
            "tool_choice": "auto", "tools": payload.get("tools", []), "status": "completed", "store": True,
            "usage": {"input_tokens": 52, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": 12,
                      "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 64, "num_sources_used": 0,
                      "num_server_side_tools_used": 0, "cost_in_usd_ticks": 1234500}}


def weather_loop(payload: Any) -> Optional[Answer]:
    """A function-calling turn for requests offering a `get_weather` function: the first asks for
    the call; a request continuing it (`previous_response_id` and a `function_call_output` for
    `call_weather_1`) gets the answer. Other requests get the spec's example (None)."""
    tools = payload.get("tools") or []
    if not any(t.get("type") == "function" and t.get("name") == "get_weather" for t in tools if isinstance(t, dict)):
        return None
    if payload.get("previous_response_id") != "resp_weather_1":
        return _json(_response("resp_weather_1", [{"type": "function_call", "id": "fc_1", "call_id": "call_weather_1",
                                                   "name": "get_weather", "arguments": "{\"city\": \"Paris\"}",
                                                   "status": "completed"}], payload))
    inputs = payload.get("input") if isinstance(payload.get("input"), list) else []
    results = [i for i in inputs if isinstance(i, dict) and i.get("type") == "function_call_output"]
    if [r.get("call_id") for r in results] != ["call_weather_1"]:
        return _json({"error": {"message": "expected one function_call_output for call_weather_1", "type": "invalid_request_error"}}, 400)
    text = f"It is {json.loads(results[0]['output']).get('temperature_celsius')} °C in Paris."
    return _json(_response("resp_weather_2", [{"type": "message", "id": "msg_2", "role": "assistant", "status": "completed",
                                               "content": [{"type": "output_text", "text": text, "annotations": []}]}], payload))


# The first bytes of an MPEG audio frame header, then a recognisable filler: enough for a client to
# write "audio" to a file; nothing plays it.
SPEECH_BYTES = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + b"mock speech " * 64

VOICES = [{"voice_id": v, "name": v.capitalize()} for v in ("eve", "ara", "leo", "rex", "sal")]

# (method, path template) -> answer from (payload, query)
FIXTURES: Dict[Tuple[str, str], Callable[[Any, Dict[str, Any]], Answer]] = {
    ("POST", "/v1/responses/compact"): lambda payload, query: compaction(payload),
    ("POST", "/v1/batches"): lambda payload, query: _json(_batch(payload.get("name", "batch"),
                                                                 dict.fromkeys(BATCH_STATE, 0))),
    ("GET", "/v1/batches"): lambda payload, query: _json({"batches": [_batch()], "pagination_token": None}),
    ("GET", "/v1/batches/{batch_id}"): lambda payload, query: _json(_batch()),
    ("GET", "/v1/batches/{batch_id}/requests"): lambda payload, query: _json(
        {"batch_request_metadata": [{"batch_request_id": f"q{n}", "state": "succeeded"} for n in (1, 2, 3)],
         "pagination_token": None}),
    ("POST", "/v1/batches/{batch_id}/requests"): lambda payload, query: (200, "application/json", b"{}"),
    ("GET", "/v1/batches/{batch_id}/results"): lambda payload, query: batch_results(query),
    ("POST", "/v1/batches/{batch_id}:cancel"): lambda payload, query: _json(
        _batch(state={"num_requests": 3, "num_pending": 0, "num_success": 1, "num_error": 0, "num_cancelled": 2})),
    ("POST", "/v1/tts"): lambda payload, query: (200, "audio/mpeg", SPEECH_BYTES),
    ("GET", "/v1/tts/voices"): lambda payload, query: _json({"voices": VOICES}),
    ("GET", "/v1/tts/voices/{voice_id}"): lambda payload, query: _json(VOICES[0]),
    ("POST", "/v1/realtime/client_secrets"): lambda payload, query: _json(
        {"value": "xai-client-secret-mock-0d7f672c", "expires_at": 1785221108}),
    ("POST", "/v1/stt"): lambda payload, query: _json(
        {"text": "Hello from the mock server.", "language": "", "duration": 1.52,
         "words": [{"text": w, "start": round(0.3 * n, 2), "end": round(0.3 * n + 0.28, 2)}
                   for n, w in enumerate("Hello from the mock server.".split())]}),
}


def fixture(method: str, path_key: Optional[str], payload: Any, query: str) -> Optional[Answer]:
    """The fixture's answer for this operation, or None when it has none."""
    if method.upper() == "POST" and path_key == "/v1/chat/completions" and isinstance(payload, dict) \
            and payload.get("search_parameters") is not None:
        # Live Search is retired (vercel/ai pull request 15713, verified against api.x.ai).
        return _json({"code": "Client specified an invalid argument",
                      "error": "Live search is deprecated. Please switch to the Agent Tools API: "
                               "https://docs.x.ai/docs/guides/tools/overview"}, 410)
    if method.upper() == "POST" and path_key == "/v1/responses" and isinstance(payload, dict) and not payload.get("stream"):
        return weather_loop(payload)
    make = FIXTURES.get((method.upper(), path_key or ""))
    if make is None:
        return None
    return make(payload if isinstance(payload, dict) else {}, parse_qs(query))


def replay(handler: Any, path: str, split: int) -> None:
    """Answers with the recorded body at `path` (see the module's text); `split` > 0 cuts it into
    writes of that many bytes."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".sse-data.txt"):
        body = "".join(f"data: {line}\n\n" for line in text.splitlines() if line.strip()).encode()
        content_type = "text/event-stream"
    else:
        body, content_type = text.encode(), "application/json"
    handler.send_response(200)
    handler.send_header("x-request-id", handler.state.next_request_id())
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.flush()
    if split <= 0:
        handler.wfile.write(body)
        return
    handler.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    for start in range(0, len(body), split):
        handler.wfile.write(body[start:start + split])
        handler.wfile.flush()


EVIDENCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "evidence", "xai-recorded")
REASONING_STREAM = os.path.join(EVIDENCE, "responses-stream-reasoning-grok-4.3.sse-data.txt")


def replay_path(headers: Any, path_key: Optional[str] = None, payload: Any = None) -> Optional[str]:
    """The `x-mock-replay` file, when the request names one that exists; else, for a streamed
    /v1/responses request that asks for reasoning (`reasoning.effort`), xAI's recorded reasoning
    stream (summary events and all), when the evidence folder is there."""
    path = headers.get("x-mock-replay")
    if path and os.path.isfile(path):
        return path
    if path_key == "/v1/responses" and isinstance(payload, dict) and payload.get("stream") is True \
            and isinstance(payload.get("reasoning"), dict) and payload["reasoning"].get("effort") \
            and os.path.isfile(REASONING_STREAM):
        return REASONING_STREAM
    return None
