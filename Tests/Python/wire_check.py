#!/usr/bin/env python3
"""The wire check: every operation of a document, sent by its generated client, is a valid request.

    wire_check.py cases DOC CASES.json
        For each operation, a valid value of every parameter and of the JSON, form or multipart
        body, made from the schemas (all properties, the first variant of a union, the first enum
        value, the bounds of numbers and lengths) and checked against them with the document's
        own schema validator. Written as {"server", "operations": [{"operationId", "arguments"}]}
        with arguments keyed `query:limit`, `path:id`, `header:X-Trace` and `body`, as the
        generated `RequestCatalog` reads them.

        Beside them, "responses": a valid value of every JSON success response ("operationId
        200"), made the same way with read-only properties, for the generated `RequestCatalog`'s
        `responseRoundTrips` to decode strictly and encode again.

    wire_check.py validate DOC RECORDED.jsonl --cases CASES.json --name NAME [--exceptions FILE]
                           [--responses ROUNDTRIPS.jsonl]
        Validates the requests the Swift harness recorded (see validate_requests.py) with
        openapi-core 0.23.1 against DOC, and prints `NAME: N of M operations' requests validate`.
        With --responses, also compares each re-encoded response body with the value it came
        from (null and absent are one; numbers by value; dates by instant) and prints
        `NAME: N of M response bodies round-trip (... K without a valid generated value)`; those K
        (the value generator's limits, a document its validator cannot read) are listed, not
        counted. Exits 1 when an operation or response fails
        that FILE does not list with a reason, or when a listed one passes (the exception is stale).
"""

import argparse
import base64
import json
import re
import sys
import tempfile
from typing import Any, Dict, List, Optional, Tuple

import yaml
from openapi_schema_validator import OAS30Validator, OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import validate_requests

SERVER = "https://wire.check"
METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
IGNORED_HEADERS = {"accept", "content-type", "authorization"}
MAX_DEPTH = 4


def load(path: str) -> dict:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        return json.loads(text)
    except ValueError:
        return yaml.safe_load(text)


class Document:
    def __init__(self, document: dict):
        self.document = document
        self.is31 = str(document.get("openapi", "")).startswith("3.1")
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self.registry = Registry().with_resource("urn:doc", resource)

    def resolve(self, node: Any) -> Any:
        seen = set()
        while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
            seen.add(node["$ref"])
            node = self.registry.resolver("urn:doc").lookup("urn:doc" + node["$ref"]).contents
        return node

    def is_valid(self, value: Any, schema: dict) -> Tuple[bool, str]:
        validator_class = OAS31Validator if self.is31 else OAS30Validator
        wrapper = dict(schema)
        validator = validator_class(wrapper, registry=self.registry, _resolver=self.registry.resolver("urn:doc"))
        try:
            errors = list(validator.iter_errors(value))
        except TypeError as error:  # a malformed schema (`minimum: "0"`)
            return False, f"the schema cannot be checked: {error}"
        return (not errors, errors[0].message if errors else "")

    # MARK: values

    def value(self, schema: Any, depth: int = 0, writing: bool = True) -> Any:
        """A valid value of `schema`: read-only properties left out when `writing` (a request),
        kept otherwise (a response)."""
        previous, self.writing = getattr(self, "writing", True), writing
        try:
            return self.any_value(schema, depth)
        finally:
            self.writing = previous

    def any_value(self, schema: Any, depth: int = 0) -> Any:
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or schema is True:
            return "value"
        if schema is False:
            return None
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            return values[0] if values else None
        if "example" in schema and depth > MAX_DEPTH:
            return schema["example"]
        if "allOf" in schema:
            return self.merged_value(schema, depth)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                variants = [v for v in schema[key] if self.resolve(v).get("type") != "null"]
                if variants:
                    return self.union_value(schema, key, variants, depth)
                return None
        types = schema.get("type")
        if isinstance(types, list):
            types = next((t for t in types if t != "null"), None)
        if types is None:
            if "properties" in schema or "additionalProperties" in schema:
                types = "object"
            elif "items" in schema:
                types = "array"
            else:
                return "value"
        if types == "object":
            return self.object_value(schema, depth)
        if types == "array":
            count = max(1, schema.get("minItems", 1))
            if depth > MAX_DEPTH and schema.get("minItems", 0) == 0:
                return []
            items = schema.get("items", {})
            if schema.get("uniqueItems") and count > 1:
                return [self.any_value(items, depth + 1)]
            return [self.any_value(items, depth + 1) for _ in range(count)]
        if types == "string":
            return self.string_value(schema)
        if types in ("integer", "number"):
            return self.number_value(schema, types)
        if types == "boolean":
            return True
        return None

    def union_value(self, schema: dict, key: str, variants: List[Any], depth: int) -> Any:
        """The first variant whose value the whole union accepts (the first, when none does),
        carrying the discriminator's value for its variant."""
        discriminator = schema.get("discriminator") or {}
        tag = discriminator.get("propertyName")
        by_ref = {ref: value for value, ref in (discriminator.get("mapping") or {}).items()}
        first = None
        for variant in variants:
            if schema.get("properties"):
                merged = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator")}
                candidate = self.merged_value({"allOf": [merged, variant]}, depth)
            else:
                candidate = self.any_value(variant, depth + 1)
            if tag and isinstance(candidate, dict) and isinstance(variant, dict) and "$ref" in variant:
                # The mapping's value for this variant; without one, the schema's own value or name.
                if variant["$ref"] in by_ref:
                    candidate[tag] = by_ref[variant["$ref"]]
                elif tag not in candidate:
                    candidate[tag] = variant["$ref"].split("/")[-1]
            if first is None:
                first = candidate
            if len(variants) == 1 or depth > MAX_DEPTH or self.is_valid(candidate, schema)[0]:
                return candidate
        return first

    def merged_value(self, schema: dict, depth: int) -> Any:
        merged: Dict[str, Any] = {"properties": {}, "required": []}
        primitive = None
        for member in schema["allOf"]:
            member = self.resolve(member)
            if "allOf" in member:
                inner = self.merged_value(member, depth)
                if isinstance(inner, dict):
                    merged["properties"].update({k: {"const": v} for k, v in inner.items()})
                continue
            if member.get("properties") or member.get("type") == "object":
                merged["properties"].update(member.get("properties", {}))
                merged["required"] += member.get("required", [])
            elif member.get("oneOf") or member.get("anyOf"):
                variant = self.any_value(member, depth + 1)
                if isinstance(variant, dict):
                    merged["properties"].update({k: {"const": v} for k, v in variant.items()})
            elif any(k in member for k in ("type", "enum", "const", "format", "items")):
                primitive = primitive or member
        merged["properties"].update(schema.get("properties", {}))
        merged["required"] += schema.get("required", [])
        if not merged["properties"] and primitive is not None:
            return self.any_value(primitive, depth + 1)
        return self.object_value(merged, depth)

    def object_value(self, schema: dict, depth: int) -> dict:
        required = set(schema.get("required", []))
        result = {}
        for name, prop in (schema.get("properties") or {}).items():
            if self.writing and self.read_only(prop):
                continue
            if depth > MAX_DEPTH and name not in required:
                continue
            result[name] = self.any_value(prop, depth + 1)
        # Required keys the schema does not describe (spotify's `uris`) still have to be there.
        for name in sorted(required - set(result)):
            result[name] = "value"
        return result

    def read_only(self, schema: Any) -> bool:
        """`readOnly: true` on the schema, its target or an `allOf` member: never sent."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return False
        return bool(schema.get("readOnly")) or any(self.read_only(member) for member in schema.get("allOf", []))

    @staticmethod
    def string_value(schema: dict) -> str:
        fmt = schema.get("format")
        samples = {
            "date-time": "2026-01-02T03:04:05Z", "date": "2026-01-02", "time": "03:04:05Z",
            "email": "ada@example.com", "uri": "https://example.com/a", "url": "https://example.com/a",
            "uuid": "123e4567-e89b-42d3-a456-426614174000", "byte": "aGVsbG8=", "binary": "aGVsbG8=",
            "ipv4": "192.0.2.1", "ipv6": "2001:db8::1", "hostname": "example.com",
        }
        text = samples.get(fmt, "text")
        pattern = schema.get("pattern")
        if pattern and fmt not in samples:
            text = pattern_sample(pattern) or text
        minimum, maximum = schema.get("minLength", 0), schema.get("maxLength")
        if len(text) < minimum:
            text = text + "a" * (minimum - len(text))
        if maximum is not None and len(text) > maximum:
            text = text[:maximum]
        return text

    @staticmethod
    def number_value(schema: dict, kind: str) -> Any:
        def number(key):
            value = schema.get(key)
            return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
        low = number("minimum")
        high = number("maximum")
        exclusive_low = schema.get("exclusiveMinimum")
        if isinstance(exclusive_low, (int, float)) and not isinstance(exclusive_low, bool):
            low = exclusive_low + (1 if kind == "integer" else 0.5)
        elif exclusive_low is True and low is not None:
            low = low + (1 if kind == "integer" else 0.5)
        value = low if low is not None else 1
        if high is not None and value > high:
            value = high
        multiple = schema.get("multipleOf")
        if multiple:
            value = multiple * max(1, round(value / multiple))
        return int(value) if kind == "integer" else float(value)


def pattern_sample(pattern: str) -> Optional[str]:
    """A string matching simple patterns (character classes with counts, literals); None otherwise."""
    body = pattern[1:] if pattern.startswith("^") else pattern
    if body.endswith("$") and not body.endswith("\\$"):
        body = body[:-1]
    if body.startswith("(") and body.endswith(")") and "|" in body:
        first = body[1:-1].split("|")[0]  # `(avatar_url|displayname|...)`: the first alternative
        if re.fullmatch(r"[A-Za-z0-9_.-]+", first) and re.fullmatch(pattern, first):
            return first
    if "|" in body and "(" not in body and "[" not in body:
        body = body.split("|")[0]  # `payTo|upi_collect`: the first alternative
    out = ""
    index = 0
    while index < len(body):
        char = body[index]
        piece = None
        if char == "[":
            end = body.find("]", index)
            if end < 0:
                return None
            klass = body[index + 1:end]
            piece = "a" if "a-z" in klass else "A" if "A-Z" in klass else "1" if "0-9" in klass else (klass[0] if klass else "a")
            index = end + 1
        elif char == "\\" and index + 1 < len(body):
            code = body[index + 1]
            piece = {"d": "1", "w": "a", "s": " "}.get(code, code)
            index += 2
        elif char in "().|*+?{":
            return None if char in "(|" else out
        else:
            piece = char
            index += 1
        count = 1
        if index < len(body) and body[index] == "{":
            end = body.find("}", index)
            numbers = body[index + 1:end].split(",")
            count = int(numbers[0] or 1)
            index = end + 1
        elif index < len(body) and body[index] in "+*?":
            count = 1 if body[index] == "+" else 0 if body[index] == "?" else 1
            index += 1
        out += piece * count
    return out if re.fullmatch(pattern, out) or re.search(pattern, out) else None


def fallback_id(method: str, path: str) -> str:
    words = [w for w in re.split(r"[^0-9A-Za-z]+", path) if w]
    return method + "".join(w[0].upper() + w[1:] for w in words)


def operations(doc: Document):
    """(operationId, method, path, operation, parameters) as the generator names them."""
    seen: Dict[str, int] = {}
    for path, item in (doc.document.get("paths") or {}).items():
        item = doc.resolve(item)
        shared = [doc.resolve(p) for p in item.get("parameters") or []]
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            operation_id = operation.get("operationId") or fallback_id(method, path)
            if operation_id in seen:
                counter = 2
                while f"{operation_id}_{counter}" in seen:
                    counter += 1
                operation_id = f"{operation_id}_{counter}"
            seen[operation_id] = 1
            parameters = {(p["in"], p["name"]): p for p in shared}
            for parameter in operation.get("parameters") or []:
                parameter = doc.resolve(parameter)
                parameters[(parameter["in"], parameter["name"])] = parameter
            kept = [p for p in parameters.values()
                    if p["in"] != "cookie" and not (p["in"] == "header" and p["name"].lower() in IGNORED_HEADERS)]
            yield operation_id, method, path, operation, kept


def parameter_schema(parameter: dict) -> dict:
    if "schema" in parameter:
        return parameter["schema"]
    for media in (parameter.get("content") or {}).values():
        return media.get("schema", {})
    return {"type": "string"}


def body_media(doc: Document, operation: dict) -> Optional[Tuple[str, dict]]:
    body = doc.resolve(operation.get("requestBody"))
    if not body:
        return None
    contents = body.get("content") or {}
    for preference in ("json", "multipart/form-data", "application/x-www-form-urlencoded", "octet", "text/"):
        for media_type, media in contents.items():
            if preference in media_type.lower():
                return media_type, media.get("schema", {})
    if contents:
        media_type, media = next(iter(contents.items()))
        return media_type, media.get("schema", {})
    return None


def make_cases(path: str, out: str) -> int:
    doc = Document(load(path))
    cases = []
    for operation_id, method, route, operation, parameters in operations(doc):
        arguments: Dict[str, Any] = {}
        problems: List[str] = []
        for parameter in parameters:
            schema = parameter_schema(parameter)
            required = parameter.get("required") or parameter["in"] == "path"
            value = doc.value(schema)
            if value is None and not required:
                continue
            valid, message = doc.is_valid(value, schema)
            if not valid:
                problems.append(f"{parameter['in']} {parameter['name']}: generated value {json.dumps(value)[:80]} invalid: {message}")
            arguments[f"{parameter['in']}:{parameter['name']}"] = value
        media = body_media(doc, operation)
        if media:
            media_type, schema = media
            value = doc.value(schema)
            if "octet" in media_type or (not any(k in media_type for k in ("json", "form", "text/"))):
                value = "aGVsbG8="
            elif media_type.startswith("text/") and not isinstance(value, str):
                value = "text"
            else:
                valid, message = doc.is_valid(value, schema)
                if not valid:
                    problems.append(f"body: generated value invalid: {message}")
            arguments["body"] = value
        case = {"operationId": operation_id, "method": method, "path": route, "arguments": arguments}
        if operation.get("operationId") and operation["operationId"] != operation_id:
            case["documentOperationId"] = operation["operationId"]  # a duplicate the generator renamed
        if problems:
            case["skipped"] = "; ".join(problems)
        cases.append(case)
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"server": SERVER, "operations": cases, "responses": response_cases(doc)}, f, indent=1)
    return 0


def response_cases(doc: Document) -> List[dict]:
    """A valid value of each JSON success response, keyed as the generated catalog keys them."""
    cases = []
    for operation_id, _, _, operation, _ in operations(doc):
        for status, response in (operation.get("responses") or {}).items():
            status = str(status)
            if not status.startswith("2"):
                continue
            contents = (doc.resolve(response) or {}).get("content") or {}
            media = next((m for t, m in contents.items() if is_json_media(t)), None)
            if media is None:
                continue
            schema = media.get("schema", {})
            value = doc.value(schema, writing=False)
            case = {"key": f"{operation_id} {status}", "body": value}
            valid, message = doc.is_valid(value, schema)
            if not valid:
                case["skipped"] = f"generated value invalid: {message}"
            cases.append(case)
    return cases


def is_json_media(media_type: str) -> bool:
    """JSON as the generator reads it: `application/json`, `text/json` and `…+json`."""
    base = media_type.split(";")[0].strip().lower()
    return base in ("application/json", "text/json") or base.endswith("+json")


def difference(expected: Any, actual: Any, path: str = "") -> Optional[str]:
    """Where a re-encoded value differs from the original, or None. Null and absent are one."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        keys = {k for k, v in expected.items() if v is not None} | {k for k, v in actual.items() if v is not None}
        for key in sorted(keys):
            found = difference(expected.get(key), actual.get(key), f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return f"{path or '(root)'}: {len(expected)} items became {len(actual)}"
        for index, (left, right) in enumerate(zip(expected, actual)):
            found = difference(left, right, f"{path}[{index}]")
            if found:
                return found
        return None
    numbers = (int, float)
    if isinstance(expected, numbers) and isinstance(actual, numbers) and not isinstance(expected, bool) and not isinstance(actual, bool):
        return None if float(expected) == float(actual) else f"{path or '(root)'}: {expected} became {actual}"
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        left, right = instant(expected), instant(actual)
        if left is not None and left == right:
            return None
    if expected == actual:
        return None
    return f"{path or '(root)'}: {json.dumps(expected)[:80]} became {json.dumps(actual)[:80]}"


def instant(text: str):
    """An RFC 3339 date-time as a comparable instant, or None."""
    from datetime import datetime
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")) if "T" in text else None
    except ValueError:
        return None


def check_responses(cases_path: str, recorded: str) -> Tuple[Dict[str, Optional[str]], Dict[str, str]]:
    """The round-trip result of each response case, and the cases without a valid generated value
    (the value generator's limits, or a document its validator cannot read): those are reported,
    not counted."""
    with open(cases_path, encoding="utf-8") as f:
        cases = json.load(f).get("responses", [])
    not_generated = {case["key"]: case["skipped"] for case in cases if "skipped" in case}
    results: Dict[str, Optional[str]] = {case["key"]: "not decoded" for case in cases if "skipped" not in case}
    bodies = {case["key"]: case["body"] for case in cases}
    with open(recorded, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            key = record["key"]
            if "error" in record:
                results[key] = "the generated type did not decode it: " + record["error"]
                continue
            reencoded = json.loads(base64.b64decode(record["body_base64"]))
            found = difference(bodies.get(key), reencoded)
            results[key] = None if found is None else "re-encoded differently at " + found
    return results, not_generated


def validate(path: str, recorded: str, cases_path: str, name: str, exceptions_path: Optional[str],
             responses_path: Optional[str] = None) -> int:
    document = load(path)
    with open(cases_path, encoding="utf-8") as f:
        cases = json.load(f)["operations"]
    exceptions: Dict[str, str] = {}
    if exceptions_path:
        with open(exceptions_path, encoding="utf-8") as f:
            exceptions = json.load(f).get(name, {})
    # openapi-core reads the document as JSON with the one server the harness used: servers
    # given per path or operation (Twilio's) are the client's concern, not this check's. A
    # `parameters: null` (apple's petstore) would fail openapi-core's own check of the document.
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict):
            item.pop("servers", None)
            if item.get("parameters", []) is None:
                item.pop("parameters")
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    item[method].pop("servers", None)
                    if item[method].get("parameters", []) is None:
                        item[method].pop("parameters")
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(document, f)
        json_path = f.name
    def url_of(key: str) -> str:
        """`/files/{file_id}#update`, `/files/{id}?beta=true` and `/files/{id}` are one URL template."""
        return re.sub(r"\{[^}]*\}", "{}", re.split(r"[#?]", key)[0])

    # A fragment only tells path keys apart and is never sent: openapi-core matches URLs, so each
    # key loses its fragment, and keys that are then one URL are validated one at a time, each
    # against a copy of the document holding only its own key of the group.
    paths = document.get("paths") or {}
    groups: Dict[str, List[str]] = {}
    for key in paths:
        groups.setdefault(url_of(key), []).append(key)
    document["paths"] = {re.split(r"[#?]", key)[0]: item for key, item in paths.items() if len(groups[url_of(key)]) == 1}
    with open(json_path, "w", encoding="utf-8") as handle:
        json.dump(document, handle)
    spec = validate_requests.Spec(json_path, server_url=SERVER, check_document=False)
    variants: Dict[str, Any] = {}

    def spec_for(path_key: str):
        group = groups.get(url_of(path_key), [])
        if len(group) < 2:
            return spec
        if path_key not in variants:
            copy = json.loads(json.dumps(document))
            copy["paths"][re.split(r"[#?]", path_key)[0]] = paths[path_key]
            with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
                json.dump(copy, handle)
            variants[path_key] = validate_requests.Spec(handle.name, server_url=SERVER, check_document=False)
        return variants[path_key]

    path_keys = {case["operationId"]: case["path"] for case in cases}
    document_ids = {case["operationId"]: case.get("documentOperationId", case["operationId"]) for case in cases}
    results: Dict[str, Optional[str]] = {case["operationId"]: case.get("skipped", "not sent") for case in cases}
    with open(recorded, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            if "error" in record:
                results[record["operationId"]] = "the client did not build it: " + record["error"]
                continue
            request = validate_requests.RecordedRequest.from_record(record, SERVER)
            request.operation_id = document_ids.get(record["operationId"], record["operationId"])
            try:
                results[record["operationId"]] = validate_requests.validate(spec_for(path_keys[record["operationId"]]), request)
            except Exception as error:  # noqa: BLE001 - a crash is a failure to report
                results[record["operationId"]] = f"{type(error).__name__}: {error}"
    unexpected = report(name, results, exceptions)
    passed = sum(1 for reason in results.values() if reason is None)
    listed = sum(1 for key in exceptions if " " not in key)
    print(f"{name}: {passed} of {len(results)} operations' requests validate ({listed} listed exceptions)")
    if responses_path:
        round_trips, not_generated = check_responses(cases_path, responses_path)
        unexpected += report(name, round_trips, exceptions)
        for key, reason in sorted(not_generated.items()):
            print(f"  NOT GENERATED {name} {key}: {reason[-200:]}")
        passed = sum(1 for reason in round_trips.values() if reason is None)
        listed = sum(1 for key in exceptions if " " in key)
        print(f"{name}: {passed} of {len(round_trips)} response bodies round-trip ({listed} listed exceptions; "
              f"{len(not_generated)} without a valid generated value)")
    return 1 if unexpected else 0


def report(name: str, results: Dict[str, Optional[str]], exceptions: Dict[str, str]) -> int:
    """Prints each failure not listed and each listed exception that passes; returns their count."""
    unexpected = 0
    for key, reason in sorted(results.items()):
        listed = exceptions.get(key)
        if reason is None and listed:
            unexpected += 1
            print(f"  STALE {name} {key}: passes now; remove it from the exceptions ({listed})")
        elif reason is not None and not listed:
            unexpected += 1
            print(f"  FAIL {name} {key}: {reason[:400]}")
    return unexpected


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    cases = sub.add_parser("cases")
    cases.add_argument("doc")
    cases.add_argument("out")
    check = sub.add_parser("validate")
    check.add_argument("doc")
    check.add_argument("recorded")
    check.add_argument("--cases", required=True)
    check.add_argument("--name", required=True)
    check.add_argument("--exceptions")
    check.add_argument("--responses")
    args = parser.parse_args(argv)
    if args.command == "cases":
        return make_cases(args.doc, args.out)
    return validate(args.doc, args.recorded, args.cases, args.name, args.exceptions, args.responses)


if __name__ == "__main__":
    sys.exit(main())
