#!/usr/bin/env python3
"""Check the fixtures of `generator diff` (Tests/GeneratorTests/DiffFixtures).

For every fixture folder:
- old.yaml and new.yaml are valid OpenAPI documents (openapi-spec-validator);
- every line of expected.txt is `<breaking|non-breaking> <kind> <location>` with a known kind,
  the classification docs/api-diff.md gives that kind, and a location shaped for that kind;
- the lines are sorted by location, then kind, and none repeats.

It checks the fixtures, not the engine: `swift test` compares the engine's report with expected.txt.

Usage: .venv/bin/python scripts/check-diff-fixtures.py [FIXTURE_DIR...]
"""
import os
import re
import sys

import yaml
from openapi_spec_validator import validate

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "GeneratorTests", "DiffFixtures")

# kind -> True (breaking), False (non-breaking), or None (depends on direction; see below)
KINDS = {
    "operation-added": False,
    "operation-removed": True,
    "operation-renamed": True,
    "operation-deprecated": False,
    "property-deprecated": False,
    "parameter-added-required": True,
    "parameter-added-optional": False,
    "parameter-removed": True,
    "parameter-became-required": True,
    "parameter-became-optional": False,
    "parameter-type-changed": True,
    "request-body-added-required": True,
    "request-body-added-optional": False,
    "request-body-removed": True,
    "request-body-became-required": True,
    "request-property-added-required": True,
    "request-property-added-optional": False,
    "request-property-removed": True,
    "request-property-became-required": True,
    "request-property-became-optional": False,
    "response-property-added": False,
    "response-property-removed": True,
    "response-property-became-optional": True,
    "response-property-became-required": False,
    "type-changed": True,
    "became-nullable": None,
    "became-non-nullable": None,
    "enum-value-added": False,
    "enum-value-removed": True,
    "variant-added": False,
    "variant-removed": True,
    "status-added": None,  # breaking only for a second 2xx (the return type becomes an enum)
    "success-status-removed": True,
    "status-removed": False,
    "media-type-added": False,
    "media-type-removed": True,
    "schema-added": False,
    "schema-removed": True,
}

METHOD = r"(?:GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE)"
STATUS = r"(?:[1-5][0-9][0-9]|[1-5]XX|default)"
PROP_PATH = r"(?:\[\])*(?:\.[^ .\[\]]+(?:\[\])*)+"          # .a.b[].c  or  [].a
BODY_PATH = r"(?:\[\])*(?:\.[^ .\[\]]+(?:\[\])*)*"          # the same, or nothing
MEDIA = r"[A-Za-z0-9.+*-]+/[A-Za-z0-9.+*-]+"

PARAM = rf"(?:query|header|path|cookie)\.[^ ]+"
REQUEST_BODY = rf"request\.body{BODY_PATH}"
REQUEST_PROP = rf"request\.body{PROP_PATH}"
REQUEST_MEDIA = rf"request\.{MEDIA}"
RESPONSE_STATUS = rf"response\.{STATUS}"
RESPONSE_BODY = rf"response\.{STATUS}\.body{BODY_PATH}"
RESPONSE_PROP = rf"response\.{STATUS}\.body{PROP_PATH}"
RESPONSE_MEDIA = rf"response\.{STATUS}\.{MEDIA}"
RESPONSE_EVENTS = rf"response\.{STATUS}\.events(?:\.[^ ]+)?"  # a stream's event schema; a variant by its tag
SCHEMA_PATH = r"[^ .\[\]]+(?:\[\])*(?:\.[^ .\[\]]+(?:\[\])*)*|(?:\[\])+(?:\.[^ .\[\]]+(?:\[\])*)*"

OPERATION = rf"{METHOD} /[^ ]*"
SCHEMA = r"schema [A-Za-z0-9._-]+"

def loc(*locators, operation=True, schema=False, bare=False):
    """A regex for a location: an operation or a schema, followed by one of the locators."""
    heads = ([OPERATION] if operation else []) + ([SCHEMA] if schema else [])
    head = "(?:" + "|".join(heads) + ")"
    tails = [" (?:" + l + ")" for l in locators] + ([""] if bare else [])
    return re.compile("^" + head + "(?:" + "|".join(tails) + ")$")

ANY_SCHEMA_VALUE = [PARAM, REQUEST_BODY, RESPONSE_BODY]
LOCATIONS = {
    "operation-added": loc(bare=True),
    "operation-removed": loc(bare=True),
    "operation-renamed": loc(bare=True),
    "operation-deprecated": loc(bare=True),
    "parameter-added-required": loc(PARAM),
    "parameter-added-optional": loc(PARAM),
    "parameter-removed": loc(PARAM),
    "parameter-became-required": loc(PARAM),
    "parameter-became-optional": loc(PARAM),
    "parameter-type-changed": loc(PARAM),
    "request-body-added-required": loc(r"request\.body"),
    "request-body-added-optional": loc(r"request\.body"),
    "request-body-removed": loc(r"request\.body"),
    "request-body-became-required": loc(r"request\.body"),
    "request-property-added-required": loc(REQUEST_PROP),
    "request-property-added-optional": loc(REQUEST_PROP),
    "request-property-removed": loc(REQUEST_PROP),
    "request-property-became-required": loc(REQUEST_PROP),
    "request-property-became-optional": loc(REQUEST_PROP),
    "response-property-added": loc(RESPONSE_PROP),
    "response-property-removed": loc(RESPONSE_PROP),
    "response-property-became-optional": loc(RESPONSE_PROP),
    "response-property-became-required": loc(RESPONSE_PROP),
    "type-changed": loc(REQUEST_BODY, RESPONSE_BODY, SCHEMA_PATH, schema=True),
    "became-nullable": loc(*ANY_SCHEMA_VALUE, SCHEMA_PATH, schema=True),
    "became-non-nullable": loc(*ANY_SCHEMA_VALUE, SCHEMA_PATH, schema=True),
    "enum-value-added": loc(*ANY_SCHEMA_VALUE, SCHEMA_PATH, schema=True),
    "enum-value-removed": loc(*ANY_SCHEMA_VALUE, SCHEMA_PATH, schema=True),
    # the union's location, then `.Name` (a $ref'd variant), `.tag` (an inline one fixing its tag) or `.#N`
    "variant-added": loc(*ANY_SCHEMA_VALUE, RESPONSE_EVENTS, SCHEMA_PATH, schema=True),
    "variant-removed": loc(*ANY_SCHEMA_VALUE, RESPONSE_EVENTS, SCHEMA_PATH, schema=True),
    "property-deprecated": loc(REQUEST_PROP, RESPONSE_PROP, SCHEMA_PATH, schema=True),
    "status-added": loc(RESPONSE_STATUS),
    "success-status-removed": loc(r"response\.(?:2[0-9][0-9]|2XX)"),
    "status-removed": loc(r"response\.(?:[1345][0-9][0-9]|[1345]XX|default)"),
    "media-type-added": loc(REQUEST_MEDIA, RESPONSE_MEDIA),
    "media-type-removed": loc(REQUEST_MEDIA, RESPONSE_MEDIA),
    "schema-added": loc(operation=False, schema=True, bare=True),
    "schema-removed": loc(operation=False, schema=True, bare=True),
}

LINE = re.compile(r"^(breaking|non-breaking) ([a-z-]+) (.+)$")


def expected_breaking(kind, location):
    fixed = KINDS[kind]
    if fixed is not None:
        return fixed
    if kind == "status-added":
        return None  # depends on the other statuses; the Swift test checks the exact line
    if location.startswith("schema "):
        return None  # direction unknown for an unreachable schema: either is accepted
    locator = location.split(" ", 2)[2] if location.count(" ") >= 2 else ""
    in_response = locator.startswith("response.")
    # became-nullable breaks readers (responses); became-non-nullable breaks writers (requests, parameters)
    return in_response if kind == "became-nullable" else not in_response


def check_fixture(path):
    errors = []
    for name in ("old.yaml", "new.yaml", "expected.txt"):
        if not os.path.isfile(os.path.join(path, name)):
            errors.append(f"missing {name}")
    if errors:
        return errors
    for name in ("old.yaml", "new.yaml"):
        try:
            with open(os.path.join(path, name), encoding="utf-8") as f:
                document = yaml.safe_load(f)
            validate(document)
        except Exception as error:  # noqa: BLE001 - report any load or validation failure
            first = str(error).splitlines()[0] if str(error) else type(error).__name__
            errors.append(f"{name}: {first}")
    with open(os.path.join(path, "expected.txt"), encoding="utf-8") as f:
        text = f.read()
    if text and not text.endswith("\n"):
        errors.append("expected.txt: the last line has no newline")
    keys = []
    for number, line in enumerate(text.splitlines(), 1):
        match = LINE.match(line)
        if not match:
            errors.append(f"expected.txt:{number}: not `<breaking|non-breaking> <kind> <location>`: {line!r}")
            continue
        verdict, kind, location = match.groups()
        if kind not in KINDS:
            errors.append(f"expected.txt:{number}: unknown kind {kind!r}")
            continue
        wanted = expected_breaking(kind, location)
        if wanted is not None and wanted != (verdict == "breaking"):
            errors.append(f"expected.txt:{number}: {kind} at {location!r} is {'breaking' if wanted else 'non-breaking'}")
        if not LOCATIONS[kind].match(location):
            errors.append(f"expected.txt:{number}: location {location!r} does not fit {kind}")
        keys.append((location, kind, line))
    if len({k[2] for k in keys}) != len(keys):
        errors.append("expected.txt: a line repeats")
    if [k[2] for k in keys] != [k[2] for k in sorted(keys)]:
        errors.append("expected.txt: lines are not sorted by location, then kind")
    return errors


def main(argv):
    paths = argv or sorted(
        os.path.join(ROOT, d) for d in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, d))
    )
    failed = 0
    for path in paths:
        errors = check_fixture(path)
        if errors:
            failed += 1
            print(f"FAIL {os.path.basename(os.path.normpath(path))}")
            for error in errors:
                print(f"  {error}")
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
