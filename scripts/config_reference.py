"""Print the settings reference (Markdown) generated from schemas/config.schema.json.

    python scripts/config_reference.py

The README's "Settings reference" is this output, exactly (tests/test_settings.py checks it; rewrite it with
``pytest tests/test_settings.py --update-goldens``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "config.schema.json"


def kind(spec: dict[str, Any]) -> str:
    """The value's type, in TOML words."""
    if "enum" in spec:
        return " \\| ".join(f'`"{v}"`' for v in spec["enum"])
    if "anyOf" in spec:
        return "date"
    if spec.get("type") == "array":
        return "array of tables" if spec["items"].get("type") == "object" else "array of strings"
    if spec.get("type") == "object":
        return "table"
    return {"boolean": "boolean", "integer": "integer", "string": "string"}[spec["type"]]


def default(spec: dict[str, Any]) -> str:
    if "default" not in spec:
        return ""
    value = spec["default"]
    return f"`{json.dumps(value)}`" if not isinstance(value, bool) else f"`{str(value).lower()}`"


def table(properties: dict[str, Any]) -> list[str]:
    rows = ["| key | type | default | meaning |", "|---|---|---|---|"]
    for key, spec in properties.items():
        rows.append(f"| `{key}` | {kind(spec)} | {default(spec)} | {spec.get('description', '')} |")
    return rows


def main() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    props = schema["properties"]
    lines = table(props)
    lines += ["", "Each `[[tool.auditor.overrides]]` table (`[[overrides]]` in `.auditor.toml`) takes:", ""]
    lines += table(props["overrides"]["items"]["properties"])
    print("\n".join(lines))


if __name__ == "__main__":
    main()
