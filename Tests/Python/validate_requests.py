#!/usr/bin/env python3
"""Validate HTTP requests recorded by the Swift tests against the OpenAPI spec.

Usage: validate_requests.py --spec MERGED_SPEC.json RECORDED.jsonl

Each JSONL line is one request:
    {"operationId": "createChatCompletion", "method": "POST",
     "path": "/v1/chat/completions", "query": "limit=10&order=asc",
     "headers": {"content-type": "application/json", ...},
     "body_base64": "..." or null}

Every request is validated with openapi-core (security, parameters, body)
and the operation it matches must carry the recorded operationId.
multipart/form-data bodies are checked by this module instead (see
`multipart_body_errors`): openapi-core 0.23.1 cannot validate them against
an OpenAPI 3.1 schema.

Prints `ok <operationId>` or `FAIL <operationId>: <reason>` per request,
then `N passed, N failed`; exits 1 if any request failed.

The module is also imported by mock_server.py, which validates live requests
the same way.
"""

import argparse
import base64
import json
import sys
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Dict, Iterator, List, Optional
from urllib.parse import parse_qsl, urljoin

from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request.exceptions import RequestBodyValidationError
from openapi_core.validation.request.validators import (
    V31RequestParametersValidator,
    V31RequestSecurityValidator,
)
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from werkzeug.datastructures import Headers, ImmutableMultiDict

DEFAULT_HOST = "https://api.x.ai"


@dataclass
class RecordedRequest:
    """One HTTP request, implementing openapi-core's `Request` protocol."""

    host_url: str
    method: str  # lowercase, as the protocol requires
    path: str
    query: str = ""
    headers: Dict[str, str] = field(default_factory=dict)
    body: Optional[bytes] = None
    operation_id: Optional[str] = None  # the recorded one, if any

    def __post_init__(self) -> None:
        self.method = self.method.lower()
        cookies: List[List[str]] = []
        for name, value in self.headers.items():
            if name.lower() == "cookie":
                cookies = [part.strip().split("=", 1) for part in value.split(";") if "=" in part]
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(self.query, keep_blank_values=True)),
            header=Headers(list(self.headers.items())),
            cookie=ImmutableMultiDict([(pair[0], pair[1]) for pair in cookies]),
        )

    @property
    def content_type(self) -> str:
        # The protocol asks for lowercase, but a multipart boundary is case
        # sensitive: lowercase the media type only, keep the parameters.
        media_type, sep, params = self.parameters.header.get("content-type", "").partition(";")
        return media_type.strip().lower() + sep + params

    @property
    def media_type(self) -> str:
        return self.content_type.partition(";")[0]

    @classmethod
    def from_record(cls, record: Dict[str, Any], host_url: str) -> "RecordedRequest":
        body = record.get("body_base64")
        return cls(
            host_url=host_url,
            method=record["method"],
            path=record["path"],
            query=record.get("query") or "",
            headers=record.get("headers") or {},
            body=base64.b64decode(body) if body is not None else None,
            operation_id=record.get("operationId"),
        )

    def to_record(self, operation_id: Optional[str]) -> Dict[str, Any]:
        """The JSONL form of this request (the inverse of from_record)."""
        return {
            "operationId": operation_id,
            "method": self.method.upper(),
            "path": self.path,
            "query": self.query,
            "headers": self.headers,
            "body_base64": base64.b64encode(self.body).decode() if self.body is not None else None,
        }


class Spec:
    """The parsed document, its openapi-core app and a $ref registry."""

    def __init__(self, spec_path: str, server_url: Optional[str] = None, check_document: bool = True):
        with open(spec_path, encoding="utf-8") as f:
            self.document = json.load(f)
        if server_url is not None:  # e.g. the mock server's own address
            self.document["servers"] = [{"url": server_url}]
        # The wire check reads public documents as published, some of which the OpenAPI schema
        # rejects (`type: [string, null]` with a YAML null); requests are still checked.
        options: Dict[str, Any] = {}
        if not check_document:
            options["spec_validator_cls"] = None
        # openapi-core reads `application/json` only; other JSON media types (`…+json`) as JSON too.
        suffixed = sorted({media for media in _media_types(self.document) if media.endswith("+json")})
        if suffixed:
            options["extra_media_type_deserializers"] = {media: json.loads for media in suffixed}
        self.openapi = OpenAPI.from_dict(self.document, config=Config(**options)) if options else OpenAPI.from_dict(self.document)
        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        self.registry = Registry().with_resource("urn:spec", resource)

    def resolve(self, node: Any) -> Any:
        """Follows local `$ref`s (`#/a/b`) until a node without one."""
        while isinstance(node, dict) and "$ref" in node:
            node = self.registry.resolver("urn:spec").lookup("urn:spec" + node["$ref"]).contents
        return node

    def find_operation(self, request: RecordedRequest):
        """openapi-core's match (path, operation, ...); raises PathError."""
        finder = APICallPathFinder(self.openapi.spec)
        return finder.find(request.method, urljoin(request.host_url, request.path))


def _media_types(document: dict) -> Iterator[str]:
    """Every media type of a request body in the document."""
    bodies = list((document.get("components") or {}).get("requestBodies", {}).values())
    for item in (document.get("paths") or {}).values():
        for operation in (item or {}).values():
            if isinstance(operation, dict) and isinstance(operation.get("requestBody"), dict):
                bodies.append(operation["requestBody"])
    for body in bodies:
        yield from (body.get("content") or {}).keys()


def describe(error: Exception) -> str:
    """One line naming what failed, with the schema errors behind it."""
    details = getattr(error, "details", None)
    schema_errors = details.get("schema_errors", []) if isinstance(details, dict) else []
    if isinstance(error, RequestBodyValidationError) and schema_errors:
        message = "Request body validation error"  # str() repeats the whole body
    else:
        message = str(error)
        cause = error.__cause__
        if cause is not None and not schema_errors and str(cause) not in message:
            message += f" ({cause})"
    for schema_error in schema_errors[:5]:
        where = "/" + "/".join(str(p) for p in schema_error["path"])
        message += f"; {schema_error['message']} (at {where})"
    return " ".join(message.split())


def multipart_body_errors(spec: Spec, request: RecordedRequest, path_key: str, operation: dict) -> Iterator[str]:
    """Validates a multipart/form-data body against the operation's schema.

    openapi-core 0.23.1 fails on these bodies under OpenAPI 3.1: it crashes
    on `type: [T, "null"]` properties, does not cast text fields (`"3600"`)
    to integers, and rejects file bytes for `type: string, format: binary`.
    So parts are parsed here, text fields are cast by their schema type, file
    parts stand in as strings, and the result is validated with the OAS 3.1
    JSON Schema dialect. Parts with a binary schema must come last: xAI's
    upload handler streams the file and reads no field after it (see
    UploadFileMultipartRequest).
    """
    media = spec.resolve(operation.get("requestBody", {})).get("content", {}).get("multipart/form-data")
    if media is None or "schema" not in media:
        yield f"operation has no multipart/form-data body (content-type {request.media_type})"
        return
    if not request.body:
        yield "missing multipart body"
        return
    head = f"Content-Type: {request.content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.body)
    if not message.is_multipart() or message.defects:
        yield f"malformed multipart body: {[str(d) for d in message.defects] or 'no parts'}"
        return
    schema = spec.resolve(media["schema"])
    properties = schema.get("properties", {})
    fields: Dict[str, List[Any]] = {}
    order: List[str] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            yield "multipart part without a name in Content-Disposition"
            continue
        prop = spec.resolve(properties.get(name, {}))
        fields.setdefault(name, []).append(_form_value(part.get_payload(decode=True) or b"", prop))
        order.append(name)
    binary = [n for n in order if _is_binary(spec.resolve(properties.get(n, {})))]
    if binary and any(order.index(n) > order.index(binary[0]) for n in order if n not in binary):
        yield f"multipart parts {order}: fields must come before the file part {binary[0]!r}"
    instance = {name: values[0] if len(values) == 1 else values for name, values in fields.items()}
    body_ref = operation.get("requestBody", {}).get("$ref")
    body_pointer = body_ref if body_ref else f"#/paths/{_escape(path_key)}/{request.method}/requestBody"
    pointer = f"{body_pointer}/content/multipart~1form-data/schema"
    validator = OAS31Validator({"$ref": "urn:spec" + pointer}, registry=spec.registry)
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        where = "/" + "/".join(map(str, error.absolute_path))
        yield f"Request body validation error; {error.message} (at {where})"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _is_binary(prop: dict) -> bool:
    return prop.get("format") in ("binary", "base64") or "contentMediaType" in prop


def _form_value(payload: bytes, prop: dict) -> Any:
    """A multipart text field as the JSON value its schema type asks for."""
    if _is_binary(prop):
        return f"<{len(payload)} bytes>"
    text = payload.decode("utf-8", errors="replace")
    types = prop.get("type", [])
    types = types if isinstance(types, list) else [types]
    for branch in prop.get("anyOf", []) + prop.get("oneOf", []):  # `anyOf: [{type: number}, {type: null}]`
        branch_type = branch.get("type") if isinstance(branch, dict) else None
        types += branch_type if isinstance(branch_type, list) else [branch_type] if branch_type else []
    try:
        if "integer" in types:
            return int(text)
        if "number" in types:
            return float(text)
        if "boolean" in types and text in ("true", "false"):
            return text == "true"
        if "object" in types or "array" in types:
            return json.loads(text)
    except ValueError:
        pass  # left as text: the schema validation reports it
    return text


def is_opaque(media_type: str) -> bool:
    """A body of bytes, which no schema describes beyond its media type."""
    if not media_type:
        return False
    return not (media_type.startswith(("multipart/", "text/", "application/x-www-form-urlencoded"))
                or media_type.endswith("json") or "+json" in media_type)


def validate(spec: Spec, request: RecordedRequest) -> Optional[str]:
    """Returns None when the request is valid, otherwise the reason."""
    if is_opaque(request.media_type):
        # Bytes (`application/octet-stream`, `image/png`): openapi-core would check them as a JSON
        # string and reject them, so only security, parameters and a declared media type count.
        app = spec.openapi.spec
        errors = [describe(e) for e in V31RequestSecurityValidator(app).iter_errors(request)]
        errors += [describe(e) for e in V31RequestParametersValidator(app).iter_errors(request)]
        if not errors:
            body = spec.resolve(spec.find_operation(request).operation.read_value().get("requestBody", {}))
            if request.media_type not in (body.get("content") or {}):
                errors.append(f"media type {request.media_type} is not one the operation accepts")
    elif request.media_type.startswith("multipart/"):
        app = spec.openapi.spec
        errors = [describe(e) for e in V31RequestSecurityValidator(app).iter_errors(request)]
        errors += [describe(e) for e in V31RequestParametersValidator(app).iter_errors(request)]
        if not errors:
            match = spec.find_operation(request)
            path_key = match.path.parts[-1]
            errors += multipart_body_errors(spec, request, path_key, match.operation.read_value())
    else:
        errors = [describe(e) for e in spec.openapi.iter_request_errors(request)]
    if errors:
        return "; ".join(dict.fromkeys(errors))  # path errors repeat per validator
    if request.operation_id is not None:
        matched = spec.find_operation(request).operation.read_value().get("operationId")
        # An operation without an operationId is named by the generator; the path and method matched.
        if matched is not None and matched != request.operation_id:
            return f"request matched operation {matched!r}, recorded as {request.operation_id!r}"
    return None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", required=True, help="merged OpenAPI document (JSON)")
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"server URL (default {DEFAULT_HOST})")
    parser.add_argument("recorded", help="JSONL file of recorded requests")
    args = parser.parse_args(argv)

    spec = Spec(args.spec)
    passed = failed = 0
    with open(args.recorded, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                request = RecordedRequest.from_record(json.loads(line), args.host)
                label = request.operation_id or f"{request.method.upper()} {request.path}"
                reason = validate(spec, request)
            except Exception as error:  # a malformed line is a failure, not a crash
                label, reason = f"line {number}", f"{type(error).__name__}: {error}"
            if reason is None:
                passed += 1
                print(f"ok {label}")
            else:
                failed += 1
                print(f"FAIL {label}: {reason}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
