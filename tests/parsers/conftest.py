from __future__ import annotations

import json
from pathlib import Path

import pytest

SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "contract" / "response.schema.json"


@pytest.fixture(scope="session")
def validator():
    import jsonschema

    if not SCHEMA.exists():
        pytest.fail("../shared/contract/response.schema.json missing (always beside the repo in CI)")
    schema = json.loads(SCHEMA.read_text())
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
