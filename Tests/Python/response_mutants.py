#!/usr/bin/env python3
"""Mutants of every response example in an OpenAPI document, for the tolerant-decoding test.

Usage: response_mutants.py --spec MERGED_SPEC.json

Walks each response example (`.../responses/<status>/content/<json media>/example` or
`examples/<name>/value`) together with its schema and prints one JSON line per mutant:

    {"pointer": "#/paths/.../example", "kind": "remove", "keys": ["usage", "total_tokens"],
     "path": "usage.total_tokens", "unionPath": null, "strictFails": true}

Kinds: `remove` (each declared property in turn, at every depth), `null` (each declared property set
to null), `enum` (each string with an `enum` of several values set to an unseen value), `tag` (each
single-value `const`/`enum` property of a union variant set to an unseen value), `extra` (an unknown
property added to every object with declared properties; `path` is the object's).
`strictFails` says whether strict decoding must fail at `path`: true exactly for a removed or
nulled property that is required, not nullable and not free-form. `unionPath` is set when the
mutated object is a variant of a union: dispatch may then fail or fall back at the union's path.
A closing line on stderr counts the mutants by kind.
"""

import argparse
import copy
import json
import sys
from collections import Counter
from typing import Any, Dict, Iterator, List, Optional

from jsonschema import Draft202012Validator

UNSEEN = "x-unseen-value"
EXTRA_KEY = "x_unseen_property"


class Walker:
    def __init__(self, spec: Dict[str, Any]):
        self.spec = spec

    def resolve(self, schema: Any) -> Dict[str, Any]:
        seen = set()
        while isinstance(schema, dict) and "$ref" in schema and schema["$ref"] not in seen:
            seen.add(schema["$ref"])
            target: Any = self.spec
            for part in schema["$ref"].lstrip("#/").split("/"):
                target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
            schema = target
        return schema if isinstance(schema, dict) else {}

    def is_null(self, schema: Any) -> bool:
        return self.resolve(schema).get("type") == "null"

    def nullable(self, schema: Any) -> bool:
        schema = self.resolve(schema)
        types = schema.get("type")
        if schema.get("nullable") is True or (isinstance(types, list) and "null" in types):
            return True
        return any(self.is_null(b) for key in ("oneOf", "anyOf") for b in schema.get(key, []))

    def free_form(self, schema: Any) -> bool:
        schema = self.resolve(schema)
        meaningful = {"type", "properties", "items", "oneOf", "anyOf", "allOf", "enum", "const", "additionalProperties"}
        return not (meaningful & schema.keys())

    def branches(self, schema: Dict[str, Any]) -> List[Dict[str, Any]]:
        for key in ("oneOf", "anyOf"):
            found = [b for b in schema.get(key, []) if not self.is_null(b)]
            if found:
                return found
        return []

    def valid(self, schema: Any, value: Any) -> bool:
        validator = Draft202012Validator({**schema, "components": self.spec.get("components", {})})
        return validator.is_valid(value)

    def object_schema(self, schema: Any) -> Dict[str, Any]:
        """Properties and required names, allOf parts merged."""
        schema = self.resolve(schema)
        properties: Dict[str, Any] = {}
        required: List[str] = []
        for part in schema.get("allOf", []):
            merged = self.object_schema(part)
            properties.update(merged["properties"])
            required += merged["required"]
        properties.update(schema.get("properties", {}))
        required += schema.get("required", [])
        return {"properties": properties, "required": required,
                "additionalProperties": schema.get("additionalProperties")}

    def walk(self, schema: Any, value: Any, keys: List[Any], union_path: Optional[str]) -> Iterator[Dict[str, Any]]:
        schema = self.resolve(schema)
        variants = self.branches(schema)
        if len(variants) == 1 and not schema.get("properties"):
            yield from self.walk(variants[0], value, keys, union_path)
            return
        if len(variants) > 1:
            if value is None:
                return
            chosen = next((b for b in variants if self.valid(b, value)), variants[0])
            yield from self.walk(chosen, value, keys, describe(keys))
            return
        if isinstance(value, list):
            for index, element in enumerate(value):
                yield from self.walk(schema.get("items", {}), element, keys + [index], None)
            return
        if isinstance(value, str) and len(schema.get("enum", [])) > 1:
            yield mutant("enum", keys, keys, union_path, False)
            return
        if not isinstance(value, dict):
            return
        shape = self.object_schema(schema)
        if not shape["properties"]:
            extra = shape["additionalProperties"]
            if isinstance(extra, dict) and not self.free_form(extra):
                for key, member in value.items():
                    yield from self.walk(extra, member, keys + [key], None)
            return
        yield mutant("extra", keys, keys, None, False)
        for key, member in value.items():
            member_schema = shape["properties"].get(key)
            if member_schema is None:
                continue
            resolved = self.resolve(member_schema)
            required = key in shape["required"] and not self.nullable(member_schema) and not self.free_form(member_schema)
            yield mutant("remove", keys + [key], keys + [key], union_path, required)
            yield mutant("null", keys + [key], keys + [key], union_path, required)
            single = resolved.get("const", None) if "const" in resolved else (
                resolved["enum"][0] if len(resolved.get("enum", [])) == 1 else None)
            if union_path is not None and isinstance(single, str) and member == single:
                yield mutant("tag", keys + [key], keys + [key], union_path, False)
            yield from self.walk(member_schema, member, keys + [key], None)


def describe(keys: List[Any]) -> str:
    """The path as GeneratedClientRuntime's JSONCoding.describe writes it: `choices[0].message.role`."""
    text = ""
    for key in keys:
        text += f"[{key}]" if isinstance(key, int) else ("." if text else "") + key
    return text or "(root)"


def mutant(kind: str, keys: List[Any], at: List[Any], union_path: Optional[str], strict_fails: bool) -> Dict[str, Any]:
    return {"kind": kind, "keys": list(keys), "path": describe(at), "unionPath": union_path, "strictFails": strict_fails}


def response_examples(spec: Dict[str, Any]) -> Iterator[tuple]:
    def escape(text: str) -> str:
        return text.replace("~", "~0").replace("/", "~1")
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            for status, response in (operation.get("responses") or {}).items():
                for media, content in ((response or {}).get("content") or {}).items():
                    if "json" not in media or "schema" not in content:
                        continue
                    base = f"#/paths/{escape(path)}/{method}/responses/{status}/content/{escape(media)}"
                    if "example" in content:
                        yield base + "/example", content["schema"], content["example"]
                    for name, example in (content.get("examples") or {}).items():
                        if isinstance(example, dict) and "value" in example:
                            yield f"{base}/examples/{escape(name)}/value", content["schema"], example["value"]


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", required=True)
    args = parser.parse_args(argv)
    spec = json.load(open(args.spec, encoding="utf-8"))
    walker = Walker(spec)
    counts: Counter = Counter()
    for pointer, schema, example in response_examples(spec):
        for item in walker.walk(schema, copy.deepcopy(example), [], None):
            counts[item["kind"]] += 1
            print(json.dumps({"pointer": pointer, **item}))
    print(f"mutants: {sum(counts.values())} " + " ".join(f"{k}={v}" for k, v in sorted(counts.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
