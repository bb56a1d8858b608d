#!/usr/bin/python3
"""Validates JSON records against one of docs/schema/*.schema.json (JSON Schema draft 2020-12).

    validate_records.py SCHEMA FILE...

A FILE ending in .jsonl holds one record per line; any other FILE one record. Every schema in
SCHEMA's folder is known by its $id, so the reports.jsonl line schema finds the record schema it
refers to. Prints one line per violation (file:line: where: what) and exits 1 when there is any.
Uses python3-jsonschema (Debian), run by /usr/bin/python3.
"""
import json
import sys
from pathlib import Path

import jsonschema


def load_validator(schema_path):
    store = {}
    for path in schema_path.parent.glob("*.schema.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        store[schema["$id"]] = schema
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    resolver = jsonschema.RefResolver.from_schema(schema, store=store)
    return jsonschema.Draft202012Validator(schema, resolver=resolver)


def records_of(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), 1):
            yield number, json.loads(line)
    else:
        yield 1, json.loads(text)


def main(schema_path, files):
    validator = load_validator(Path(schema_path))
    problems = 0
    records = 0
    for name in files:
        for line, record in records_of(Path(name)):
            records += 1
            for error in validator.iter_errors(record):
                where = "/".join(str(part) for part in error.absolute_path) or "(record)"
                print(f"{name}:{line}: {where}: {error.message}")
                problems += 1
    print(f"{records} records, {problems} violations of {Path(schema_path).name}")
    return 1 if problems or records == 0 else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
