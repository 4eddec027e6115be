"""Template syntax in content files: Liquid (Jekyll), Nunjucks (Eleventy), Hugo shortcodes, MDX expressions.

Content repositories write many links through their site generator: ``[text]({{ "/2016/06/15/post/" | url }})``,
``[text]({% link _posts/x.md %})``, ``[text]({{< ref "x" >}})``, ``<Link href={url}>``. Such a link is a
link whatever the expression renders to; this module says what it points at as far as can be told
without running the generator, and which template statements pull in text from elsewhere
(``{% include references.md %}``), which may define reference links the article uses.
"""

from __future__ import annotations

import re

# Bounded lengths: an unclosed "{{" must not make a search scan the rest of the document each time.
TEMPLATE_PIECE = r"(?>\{\{<.{0,2000}?>\}\}|\{\{%.{0,2000}?%\}\}|\{%.{0,2000}?%\}|\{\{.{0,2000}?\}\})"
"""One template expression or tag, as a pattern to build others with. Atomic: it ends at the first closing
mark, so that patterns repeating it cannot try every way of splitting a run of them (exponential time)."""
TEMPLATE = re.compile(TEMPLATE_PIECE, re.S)
"""One template expression or tag: ``{{ ... }}``, ``{% ... %}``, ``{{< ... >}}``, ``{{% ... %}}``."""
_LITERAL = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)')""")
_TAG_ARGUMENT = re.compile(r"""^(?:link|post_url|ref|relref|url)\s+(?:"([^"]*)"|'([^']*)'|(\S+))""")
_INNER = re.compile(r"^(?:\{\{[<%]?|\{%)-?\s*(.*?)\s*-?(?:[>%]?\}\}|%\})$", re.S)
INCLUDE = re.compile(
    r"""\{%-?\s*(?P<tag>include_relative|include|render|import)\s+"""
    r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s%'"]+))(?P<params>.*?)-?%\}""",
    re.S,
)
"""An include: Jekyll ``{% include file.md k=v %}`` and ``include_relative``, Nunjucks ``{% include "x" %}``,
Liquid ``{% render 'x' %}``."""
_SNIPPET = re.compile(r"""^[ \t]*(?:-{1,2}8<-{1,2}[ \t]+["']?|\{!.{1,300}?!\})""", re.M)
"""MkDocs includes: pymdownx snippets (``--8<-- "links.md"``) and markdown-include (``{!links.md!}``)."""
_OUTPUT_LINE = re.compile(r"^[ \t]*\{\{(?![<%]).{0,2000}?\}\}[ \t]*$", re.M)
_MARKDOWN_SHORTCODE = re.compile(r"\{\{%.{0,2000}?%\}\}", re.S)


def has_template(text: str) -> bool:
    """Whether ``text`` holds a template expression or tag."""
    return ("{{" in text or "{%" in text) and TEMPLATE.search(text) is not None


def _value(piece: str) -> str:
    """What one template piece contributes to an address: a literal path it names, or nothing."""
    m = _INNER.match(piece)
    inner = m[1] if m else ""
    literal = _LITERAL.match(inner)
    if literal:  # {{ "/2016/06/15/post/" | url }}
        return literal[1] if literal[1] is not None else literal[2]
    argument = _TAG_ARGUMENT.match(inner)
    if argument:  # {% link _posts/x.md %}, {% post_url 2010-07-21-name %}, {{< ref "x" >}}
        return next(g for g in argument.groups() if g is not None)
    return ""  # a variable ({{ site.baseurl }}): its value is the generator's


def template_url(url: str) -> str:
    """The address a templated link points at, as far as can be told without the site generator.

    ``{{ "/2016/06/15/post/" | url }}`` -> ``/2016/06/15/post/``; ``{{ site.baseurl }}/about/`` ->
    ``/about/``; an address that is only a variable (``{{ topic.url }}``) stays as written, so the link is
    still a link.
    """
    if not has_template(url):
        return url
    resolved = TEMPLATE.sub(lambda m: _value(m[0]), url).strip()
    if resolved.startswith(("/", "#", "./", "../")) or "://" in resolved or resolved.startswith("mailto:"):
        return resolved
    if resolved and all(_value(m[0]) for m in TEMPLATE.finditer(url)):
        return resolved  # every piece named its target: a relative path
    return url


def include_names(text: str) -> list[tuple[str, str | None]]:
    """(tag, file name or None when the name is computed) of every include in ``text``."""
    found = []
    for m in INCLUDE.finditer(text):
        name = m["dq"] if m["dq"] is not None else m["sq"] if m["sq"] is not None else m["bare"]
        found.append((m["tag"], None if has_template(name) else name))
    return found


def may_print_markdown(text: str) -> bool:
    """Whether ``text`` has a template statement, other than a Liquid include, whose output could be
    Markdown the loader never sees: an expression alone on its line (``{{ page.links }}``), a Hugo
    Markdown shortcode (``{{% notes %}}``), an MkDocs snippet (``--8<-- "links.md"``)."""
    if ("8<" in text or "{!" in text) and _SNIPPET.search(text):
        return True  # an include this loader does not follow
    if "{{" not in text:
        return False
    return _OUTPUT_LINE.search(text) is not None or _MARKDOWN_SHORTCODE.search(text) is not None


_ASSIGN = re.compile(r"""\{%-?\s*assign\s+([A-Za-z_][\w-]*)\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')\s*-?%\}""")


def assignments(text: str) -> dict[str, str]:
    """``{% assign name = "literal" %}`` values in ``text`` (the first of each name)."""
    found: dict[str, str] = {}
    for m in _ASSIGN.finditer(text):
        found.setdefault(m[1].casefold(), m[2] if m[2] is not None else m[3])
    return found


def expression(piece: str) -> str:
    """A template piece's inner expression, normalised for comparison (``{{ _issue }}`` -> ``_issue``)."""
    m = _INNER.match(piece)
    return "".join((m[1] if m else piece).split()).casefold()


def substitute(text: str, values: dict[str, str]) -> str:
    """``text`` with each ``{{ name }}`` whose name has a value replaced by it; other pieces stay."""
    if not values or "{{" not in text:
        return text
    return TEMPLATE.sub(lambda m: values.get(expression(m[0]), m[0]), text)
