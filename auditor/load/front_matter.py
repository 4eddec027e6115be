"""Front matter: the block of page settings at the very top of a Markdown file, in the syntaxes site generators
read, and its simple fields.

- YAML between ``---`` lines (closed by ``---`` or ``...``) and TOML between ``+++`` lines: ``key: value`` and
  ``key = value`` lines;
- a JSON object opening the file (Hugo): ``{ "title": "...", "date": "..." }``, its closing brace ending a line;
- an EDN map opening the file (Cryogen and other Clojure tools): ``{:title "..." :date "..." :tags []}``.

None of it is prose: it holds no claim and no citation (an empty list ``[]`` in it is a setting, not an empty
citation). Its fields are read alike whatever the syntax: lower-cased keys to text values, a list of texts
written as ``a, b``, nested tables left out.
"""

from __future__ import annotations

import json
import re

_FENCED = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n(?:\1|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FENCED_KEY = re.compile(
    r"""^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(.*?))[ \t]*\r?$""", re.M
)
"""A ``key: value`` or ``key = value`` line; a key with no value (``subtitle:``) has an empty one, the line after it
is not its value."""
_JSON_OPEN = re.compile(r'\A\ufeff?\{[ \t]*(?:\r?\n[ \t]*)?"[^"\n]+"[ \t]*:')
"""A JSON object whose first key is on its first or second line."""
_EDN_OPEN = re.compile(r"\A\ufeff?\{[ \t]*(?:\r?\n[ \t]*)?:[A-Za-z][\w.*+!?<>=/-]*[ \t]*[,\s][ \t]*[^\s},]")
"""An EDN map whose first key is a keyword followed by a value (not a Kramdown attribute list like ``{:toc}``)."""
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|\Z)")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_EDN_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]()]|#\{|;[^\n]*|\\.|[^\s,{}\[\]()";]+', re.S)
MAX_HEADER = 65536
"""A JSON or EDN header longer than this (in characters) is not looked for: no page's settings run so long."""
MAX_DEPTH = 32
"""A JSON or EDN header nested deeper than this is none (no page's settings nest so; its readers recurse)."""

Value = str | list["Value"] | dict[str, "Value"]


def front_matter(raw: str) -> tuple[int, dict[str, str]]:
    """Where the body starts after any front matter (0 when there is none), and its simple fields."""
    m = _FENCED.match(raw)
    if m:
        fields: dict[str, str] = {}
        for k in _FENCED_KEY.finditer(m[2]):
            value = k[2] if k[2] is not None else k[3] if k[3] is not None else k[4]
            fields.setdefault(k[1].lower(), value)
        return m.end(), fields
    if raw[:1] not in ("{", "\ufeff"):
        return 0, {}
    if _JSON_OPEN.match(raw):
        return _json_header(raw)
    if _EDN_OPEN.match(raw):
        return _edn_header(raw)
    return 0, {}


def _json_header(raw: str) -> tuple[int, dict[str, str]]:
    """A JSON object at the top: where the line of its closing brace ends, and its fields."""
    start = raw.index("{")
    end = _closing_brace(raw, start, edn=False)
    if end < 0:
        return 0, {}
    after = _LINE_END.match(raw, end)
    if not after:
        return 0, {}
    try:
        data = json.loads(raw[start:end])
    except ValueError:
        data = None  # a settings block all the same, if one its generator would refuse: no fields
    fields = _fields({str(k): _json_value(v) for k, v in data.items()}) if isinstance(data, dict) else {}
    return after.end(), fields


def _json_value(value: object) -> Value:
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {}
    return "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)


def _edn_header(raw: str) -> tuple[int, dict[str, str]]:
    """An EDN map at the top: where the line of its closing brace ends, and its fields."""
    start = raw.index("{")
    end = _closing_brace(raw, start, edn=True)
    after = _LINE_END.match(raw, end) if end >= 0 else None
    if not after:
        return 0, {}
    tokens = [t for t in _EDN_TOKEN.findall(raw, start + 1, end - 1) if not t.startswith(";")]
    values, _ = _edn_items(tokens, 0)
    fields: dict[str, Value] = {}
    for key, value in zip(values[::2], values[1::2], strict=False):
        if isinstance(key, str) and key.startswith(":"):
            fields[key[1:]] = value
    return after.end(), _fields(fields)


def _edn_items(tokens: list[str], i: int) -> tuple[list[Value], int]:
    """The EDN values from ``tokens[i]`` up to the closing bracket of their collection (or the end), and the index
    after it. A tagged value (``#inst "2021-03-04"``) is its value; a keyword keeps its colon."""
    items: list[Value] = []
    while i < len(tokens):
        token = tokens[i]
        i += 1
        if token in ("}", "]", ")"):
            break
        if token in ("{", "[", "(", "#{"):
            inner, i = _edn_items(tokens, i)
            items.append({} if token == "{" else inner)
        elif token.startswith("#") and token != "#":
            continue  # a tag: the value after it stands
        elif token.startswith('"'):
            items.append(_unquoted(token))
        else:
            items.append(token)
    return items, i


def _unquoted(token: str) -> str:
    try:
        value = json.loads(token)
    except ValueError:
        return token[1:-1]
    return value if isinstance(value, str) else token[1:-1]


def _fields(values: dict[str, Value]) -> dict[str, str]:
    """Lower-cased keys to text: a text as it is, a keyword without its colon, a list of texts as ``a, b``."""
    fields: dict[str, str] = {}
    for key, value in values.items():
        if isinstance(value, dict):
            continue
        if isinstance(value, list):
            text = ", ".join(v.lstrip(":") for v in value if isinstance(v, str))
        else:
            text = value[1:] if value.startswith(":") else value
        fields.setdefault(key.lower(), text)
    return fields


def _closing_brace(raw: str, start: int, *, edn: bool) -> int:
    """The offset just after the brace that closes the one at ``start`` (strings and, in EDN, comments and
    character literals skipped), or -1 when it does not close within :data:`MAX_HEADER` characters or nests
    deeper than :data:`MAX_DEPTH`."""
    depth = 0
    i, limit = start, min(len(raw), start + MAX_HEADER)
    while i < limit:
        ch = raw[i]
        if ch == '"':
            m = _STRING.match(raw, i, limit)
            if not m:
                return -1
            i = m.end()
            continue
        if edn and ch == ";":
            newline = raw.find("\n", i, limit)
            i = limit if newline < 0 else newline
            continue
        if edn and ch == "\\":
            i += 2
            continue
        if ch in "{[(":
            depth += 1
            if depth > MAX_DEPTH:
                return -1
        elif ch in "}])":
            depth -= 1
            if depth == 0:
                return i + 1 if ch == "}" else -1
        i += 1
    return -1
