"""Which part of an HTML page is the article: readability-style scoring over :mod:`auditor.load.html_tree`.

Containers are scored by their text, commas, link density and class/id words
(the word lists of ``knowledge/html_boilerplate.json``); navigation, share
widgets, comment sections and related-story lists are left out. Everything is
iterative and linear in the input.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import add, sub

from auditor.load.html_tree import Node, Text, inner_text
from auditor.load.html_words import words

# ---------------------------------------------------------------- finding the article
#
# A readability-style search: paragraphs score their ancestors (more text, more commas, fewer links:
# more score), class and id words push containers up or down, the best container is taken with
# those of its siblings that look like more of the same, and what is inside it that looks like
# chrome (link lists, share bars, forms) is cleaned out. The search runs with every heuristic on,
# then, if that leaves too little text, with the riskier ones off.

# The per-element statistics vector: characters of text, of link text, commas, <p>, images,
# list items, form inputs, embeds, heading text, text inside lists, text inside quotes, and two flags.
_T, _L, _C, _P, _I, _LI, _IN, _E, _H, _LT, _Q, _BLOCK, _THEAD = range(13)
_NSTATS = 13
_COMMAS = re.compile(r"[,\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c\u3001]")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_WORDS = re.compile(r"[a-z0-9]+")
_NEVER_UNLIKELY = frozenset({"html", "body", "article", "main", "a"})
_LISTS = frozenset({"ul", "ol", "dl"})
_INPUTS = frozenset({"input", "select", "textarea", "button"})
_EMBEDS = frozenset({"iframe", "embed", "object", "video", "audio"})
_IMAGES = frozenset({"img", "picture", "svg"})
_TAG_SCORE = {
    "div": 5,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "address": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "dd": -3,
    "dt": -3,
    "li": -3,
    "form": -3,
    "h1": -5,
    "h2": -5,
    "h3": -5,
    "h4": -5,
    "h5": -5,
    "h6": -5,
    "th": -5,
}
_FLAG_SETS = ((True, True, True), (False, True, True), (False, False, True), (False, False, False))
MIN_ARTICLE_CHARS = 500
"""An article shorter than this makes the search try again with fewer heuristics."""
MAX_ROOTS = 64
"""At most this many separate containers make up one article."""
MIN_SHORT_ARTICLE_CHARS = 200
"""A first attempt at least this long is kept over later ones that only found chrome."""
HEADER_BODY_PARAGRAPHS = 3
"""A ``<header>`` with at least this many paragraphs ..."""
HEADER_BODY_CHARS = 500
"""... of at least this many characters in all holds the article's body, not the page's masthead."""


@dataclass(frozen=True, slots=True)
class ClassHints:
    """What an element's class and id say: a score weight, 'unlikely to be content', 'likely content'."""

    weight: int
    unlikely: bool
    protected: bool


_NO_HINTS = ClassHints(0, False, False)


@dataclass
class Article:
    """The article part of a page: elements to render, in order, and elements inside them to leave out."""

    roots: list[Node]
    skip: set[int]
    top: Node | None
    chars: int = 0
    unlikely: set[int] = field(default_factory=set)


class ArticleFinder:
    """Finds the article in a parsed page; caches text sizes and class hints across attempts."""

    def __init__(self, root: Node, raw: str, title: str | None = None) -> None:
        self.root = root
        self.raw = raw
        self.w = words()
        self.title_words = _word_set(title or "")
        self._sizes: dict[int, tuple[int, int]] = {}
        self._hints: dict[tuple[str, str], ClassHints] = {}
        self._body_headers: frozenset[int] | None = None
        mods = "|".join(sorted(self.w.modifier_words))
        # "has-sidebar" or "with-comments" describe the page the element is on, not the element.
        self._modified = re.compile(rf"(?<![a-z0-9])(?:{mods})[-_ ]+[a-z0-9]+") if mods else None

    def find(self) -> Article:
        """The article: the first attempt long enough, else the longest.

        A later attempt does not win when it found its text inside an element the first attempt
        left out by its class or id (a comment section under a short post): then the first
        attempt's shorter text is the article, as long as it is not a mere scrap.
        """
        first: Article | None = None
        best: Article | None = None
        walks: dict[bool, _Walk] = {}
        for strip, weigh, clean in _FLAG_SETS:
            if not strip and first is not None and not first.unlikely and weigh and clean:
                continue  # nothing was stripped: the same attempt again would find the same
            walk = walks.get(strip)
            if walk is None:
                stripped = walks.get(True)
                # A walk that stripped nothing is the walk that does not strip: the same elements, the same sums.
                reuse = not strip and stripped is not None and not stripped.unlikely
                walk = walks[strip] = stripped if reuse and stripped is not None else self._walk(strip)
            article = self._attempt(walk, weigh, clean)
            if first is None:
                first = article
            elif first.chars >= MIN_SHORT_ARTICLE_CHARS and _within(article.top, first.unlikely):
                continue
            if article.chars >= MIN_ARTICLE_CHARS:
                return article
            if best is None or article.chars > best.chars:
                best = article
        assert best is not None
        return best

    # ------------------------------------------------------------ element facts

    def text_size(self, text: Text) -> tuple[int, int]:
        """Characters (whitespace runs counted once) and commas of a text run."""
        key = id(text)
        size = self._sizes.get(key)
        if size is None:
            chunk = self.raw[text.start : text.end]
            size = (len(" ".join(chunk.split())), len(_COMMAS.findall(chunk)))
            self._sizes[key] = size
        return size

    def hints(self, node: Node) -> ClassHints:
        """The class/id hints of an element (cached per distinct class and id)."""
        key = (node.attrs.get("class", ""), node.attrs.get("id", ""))
        if not key[0] and not key[1]:
            return _NO_HINTS
        found = self._hints.get(key)
        if found is None:
            found = self._hints[key] = self._read_hints(*key)
        return found

    def _read_hints(self, cls: str, ident: str) -> ClassHints:
        w = self.w
        weight, unlikely, protected = 0, False, False
        for value in (cls, ident):
            if not value:
                continue
            low, tokens = self._split(value)
            if tokens & w.negative_words or any(f in low for f in w.negative_fragments):
                weight -= 25
            if tokens & w.positive_words:
                weight += 25
            unlikely = unlikely or bool(tokens & w.unlikely_words) or any(f in low for f in w.unlikely_fragments)
            protected = protected or bool(tokens & w.protect_words)
        return ClassHints(weight, unlikely, protected)

    def _split(self, value: str) -> tuple[str, frozenset[str]]:
        """Lower-cased text and words of a class or id value, page-state modifiers removed."""
        low = value.lower()
        camel = _CAMEL.sub(r"\1 \2", value).lower()
        if self._modified is not None:
            low = self._modified.sub(" ", low)
            camel = self._modified.sub(" ", camel)
        return low, frozenset(_WORDS.findall(camel))

    def always_dropped(self, node: Node) -> bool:
        """Elements never part of an article's text: scripts, navigation, hidden elements; a page's ``<header>``
        unless it holds the article's body (:meth:`body_headers`)."""
        if node.tag in self.w.drop_tags:
            return node.tag != "header" or id(node) not in self.body_headers()
        attrs = node.attrs
        if not attrs:
            return False
        if "hidden" in attrs or attrs.get("aria-hidden", "").strip().lower() == "true":
            return True
        style = attrs.get("style")
        if style and any(s in style.replace(" ", "").lower() for s in self.w.hidden_styles):
            return True
        return attrs.get("role", "").strip().lower() in self.w.drop_roles

    def body_headers(self) -> frozenset[int]:
        """The ``<header>`` elements that hold the article's body: a page that wraps its title, byline and every
        paragraph in one ``<header>`` (at least ``HEADER_BODY_PARAGRAPHS`` paragraphs of ``HEADER_BODY_CHARS``
        characters in all). A header inside another is read with the outer one: each is weighed once, so the
        cost stays linear in the page."""
        if self._body_headers is None:
            found = set()
            stack = [self.root]
            while stack:
                node = stack.pop()
                if node.tag == "header":
                    if self._holds_body(node):
                        found.add(id(node))
                    continue
                stack.extend(c for c in node.children if isinstance(c, Node))
            self._body_headers = frozenset(found)
        return self._body_headers

    def _holds_body(self, header: Node) -> bool:
        paragraphs = chars = 0
        for node in header.iter():
            if node.tag == "p":
                paragraphs += 1
                chars += sum(self.text_size(c)[0] for c in node.children if isinstance(c, Text))
        return paragraphs >= HEADER_BODY_PARAGRAPHS and chars >= HEADER_BODY_CHARS

    def _unlikely(self, node: Node) -> bool:
        """Elements whose class or id name page chrome (comments, share bars, related links)."""
        if node.tag in _NEVER_UNLIKELY or node.attrs.get("itemprop", "").lower() == "articlebody":
            return False
        hints = self.hints(node)
        if not hints.unlikely or hints.protected:
            return False
        # An embedded post (a tweet in a "social-embed" box) is a quotation, and content.
        return not any(isinstance(c, Node) and c.tag == "blockquote" for c in node.children)

    # ------------------------------------------------------------ one attempt

    def _attempt(self, walk: _Walk, weigh: bool, clean: bool) -> Article:
        """Score, choose and clean, with the given heuristics on."""
        order, stats = walk.order, walk.stats
        skip = set(walk.skip)
        if weigh not in walk.scored:  # the later attempts differ in cleaning, not in scoring
            walk.scored[weigh] = self._score(order, stats, weigh)
        scores, nodes = walk.scored[weigh]
        if weigh not in walk.chosen:  # nor in choosing: the attempts that differ in cleaning only choose alike
            top = self._choose(scores, nodes, skip)
            if top is None:
                roots = [next((n for n in order if n.tag == "body"), self.root)]
            else:
                roots = self._with_siblings(top, scores, nodes, stats, skip)
            walk.chosen[weigh] = (top, roots)
        top, roots = walk.chosen[weigh][0], list(walk.chosen[weigh][1])
        removed = self._clean(roots, stats, scores, skip, weigh, clean)
        chars = sum(stats[id(r)][_T] for r in roots) - removed
        return Article(roots, skip, top, chars, walk.unlikely)

    def _walk(self, strip: bool) -> _Walk:
        """The kept elements in document order, the dropped ones, and the statistics of the kept.

        With ``strip``, elements whose class or id name page chrome are dropped too (and also
        recorded as ``unlikely``).
        """
        skip: set[int] = set()
        unlikely: set[int] = set()
        order: list[Node] = []
        stack: list[tuple[Node, bool]] = [(self.root, False)]
        while stack:
            node, in_table = stack.pop()
            order.append(node)
            inside = in_table or node.tag in ("table", "code", "pre")
            for child in reversed(node.children):
                if not isinstance(child, Node):
                    continue
                if self.always_dropped(child):
                    skip.add(id(child))
                elif strip and not inside and self._unlikely(child):
                    skip.add(id(child))
                    unlikely.add(id(child))
                else:
                    stack.append((child, inside))
        return _Walk(order, skip, unlikely, self._stats(order, skip))

    def _stats(self, order: list[Node], skip: set[int]) -> dict[int, list[int]]:
        """Each kept element's statistics vector, summed bottom-up."""
        stats: dict[int, list[int]] = {}
        block_tags = self.w.div_block_children
        for node in reversed(order):
            s = [0] * _NSTATS
            for child in node.children:
                if isinstance(child, Text):
                    chars, commas = self.text_size(child)
                    s[_T] += chars
                    s[_C] += commas
                elif id(child) in skip:
                    tag = child.tag
                    s[_I] += tag in _IMAGES
                    s[_IN] += tag in _INPUTS
                    s[_E] += tag in _EMBEDS and not any(h in child.attrs.get("src", "") for h in self.w.embed_hosts)
                    s[_BLOCK] += tag in block_tags
                else:
                    s = list(map(add, s, stats[id(child)]))
                    s[_BLOCK] += child.tag in block_tags
            tag = node.tag
            if tag == "a":
                s[_L] = s[_T]
            elif tag in _LISTS:
                s[_LT] = s[_T]
            elif tag == "blockquote":
                s[_Q] = s[_T]
            elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                s[_H] = s[_T]
            s[_P] += tag == "p"
            s[_LI] += tag == "li"
            s[_THEAD] += tag in ("th", "thead", "caption", "tfoot")
            stats[id(node)] = s
        return stats

    def _inline(self, node: Node, stats: dict[int, list[int]]) -> tuple[int, int]:
        """Characters and commas of the text directly in ``node`` that is not inside a block child."""
        chars = commas = 0
        for child in node.children:
            if isinstance(child, Text):
                size = self.text_size(child)
                chars, commas = chars + size[0], commas + size[1]
            else:
                c = stats.get(id(child))
                if c is not None and not c[_BLOCK] and child.tag not in self.w.div_block_children:
                    chars, commas = chars + c[_T], commas + c[_C]
        return chars, commas

    def _score(
        self, order: list[Node], stats: dict[int, list[int]], weigh: bool
    ) -> tuple[dict[int, float], dict[int, Node]]:
        """Readability scores: every paragraph-like element adds to its five nearest ancestors.

        Returns the scores and the scored elements, both by element id.
        """
        scores: dict[int, float] = {}
        nodes: dict[int, Node] = {}
        w = self.w
        for node in order:
            s = stats[id(node)]
            if node.tag in w.paragraph_tags or (node.tag in w.div_like_tags and not s[_BLOCK]):
                chars, commas, first = s[_T], s[_C], node.parent
            elif node.tag in w.div_like_tags:
                # Text run directly in a <div> beside blocks: readability wraps it in a <p> of that div.
                (chars, commas), first = self._inline(node, stats), node
            else:
                continue
            if chars < 25:
                continue
            points = 2 + commas + min(chars // 100, 3)
            ancestor, level = first, 0
            while ancestor is not None and level < 5 and (ancestor.tag not in _UNSCORED or _bare(ancestor, level)):
                key = id(ancestor)
                if key not in scores:
                    base = _TAG_SCORE.get(ancestor.tag, 0)
                    if "articlebody" in ancestor.attrs.get("itemprop", "").lower():
                        base += 25  # schema.org markup naming the body outright
                    scores[key] = base + (self.hints(ancestor).weight if weigh else 0)
                    nodes[key] = ancestor
                scores[key] += points / (1 if level == 0 else 2 if level == 1 else level * 3)
                ancestor, level = ancestor.parent, level + 1
        for key in scores:
            s = stats[key]
            scores[key] *= 1 - (s[_L] / s[_T] if s[_T] else 0)
        return scores, nodes

    def _choose(self, scores: dict[int, float], nodes: dict[int, Node], skip: set[int]) -> Node | None:
        """The best-scoring container, moved up when its ancestors hold more of the same content."""
        if not scores:
            return None
        ranked = heapq.nlargest(5, scores.items(), key=lambda item: item[1])
        top_score = ranked[0][1]
        top = nodes[ranked[0][0]]
        if top_score <= 0:
            return None
        # Several near-best candidates under one ancestor: the article is that ancestor.
        near = [nodes[k] for k, score in ranked[1:] if score / top_score >= 0.75]
        if len(near) >= 3:
            lineages = [{id(a) for a in n.ancestors()} for n in near]
            for parent in _up_to_body(top):
                if sum(id(parent) in lineage for lineage in lineages) >= 3:
                    top = parent
                    break
        # A parent scoring higher than its child gathers content from elsewhere too.
        last = scores.get(id(top), 0.0)
        threshold = last / 3
        for parent in _up_to_body(top):
            score = scores.get(id(parent))
            if score is None:
                continue
            if score < threshold:
                break
            if score > last:
                top = parent
                break
            last = score
        for parent in _up_to_body(top):
            if sum(1 for c in parent.children if isinstance(c, Node) and id(c) not in skip) != 1:
                break
            top = parent
        return top

    def _with_siblings(
        self, top: Node, scores: dict[int, float], nodes: dict[int, Node], stats: dict[int, list[int]], skip: set[int]
    ) -> list[Node]:
        """The top candidate with those of its siblings that score well or read like paragraphs."""
        parent = top.parent
        if parent is None:
            return [top]
        top_score = scores.get(id(top), 0.0)
        threshold = max(10.0, top_score * 0.2)
        top_class = top.attrs.get("class", "")
        roots: list[Node] = []
        for child in parent.children:
            if not isinstance(child, Node) or id(child) in skip:
                continue
            if child is top:
                roots.append(child)
                continue
            bonus = top_score * 0.2 if top_class and child.attrs.get("class", "") == top_class else 0.0
            score = scores.get(id(child))
            if score is not None and score + bonus >= threshold:
                roots.append(child)
                continue
            s = stats[id(child)]
            if child.tag == "p" or (child.tag in self.w.div_like_tags and not s[_BLOCK]):
                density = s[_L] / s[_T] if s[_T] else 0.0
                if s[_T] > 80 and density < 0.25:
                    roots.append(child)
                elif 0 < s[_T] <= 80 and density == 0 and _ENDS_SENTENCE.search(inner_text(child, self.raw, skip)):
                    roots.append(child)  # a short paragraph that ends a sentence
        return _with_cousins(top, roots, scores, nodes, threshold)

    def _clean(
        self,
        roots: list[Node],
        stats: dict[int, list[int]],
        scores: dict[int, float],
        skip: set[int],
        weigh: bool,
        clean: bool,
    ) -> int:
        """Leave out chrome inside the article, innermost first; return the characters it removed.

        An element's statistics are taken net of what was already removed inside it (kept as a
        running difference per parent), so a paragraph-rich body that held a link list is judged
        without that list.
        """
        removed = 0
        judged = self._judged_tags(clean)
        for root in roots:
            delta: dict[int, list[int]] = {}
            for node in reversed(list(_kept_below(root, skip))):
                inner = delta.pop(id(node), None)
                if node is root:
                    removed += inner[_T] if inner is not None else 0
                    continue
                passed = inner
                if node.tag in judged:  # the others are never left out (see _junk): what went inside them passes up
                    own = stats[id(node)]
                    net = own if inner is None else list(map(sub, own, inner))
                    if clean and node.tag == "p" and net[_T] and net[_L] >= 0.9 * net[_T]:
                        # A paragraph that is nothing but a link ("Read more", a related story) goes,
                        # but still counts as links for judging its container.
                        skip.add(id(node))
                    elif self._junk(node, net, scores, skip, weigh, clean):
                        skip.add(id(node))
                        passed = own
                if passed is not None and node.parent is not None:
                    acc = delta.get(id(node.parent))
                    delta[id(node.parent)] = passed if acc is None else list(map(add, acc, passed))
        return removed

    def _judged_tags(self, clean: bool) -> frozenset[str]:
        """The tags :meth:`_clean` may leave out: headings always (see :meth:`_junk`), and when cleaning,
        paragraphs (a lone link) and the conditionally cleaned containers."""
        if not clean:
            return _HEADINGS_JUDGED
        return _HEADINGS_JUDGED | {"p"} | self.w.conditional_tags

    def _junk(
        self, node: Node, s: list[int], scores: dict[int, float], skip: set[int], weigh: bool, clean: bool
    ) -> bool:
        """Readability's conditional cleaning: is this element inside the article chrome, not content?"""
        tag = node.tag
        if tag in ("h1", "h2"):
            if weigh and self.hints(node).weight < 0:
                return True
            return bool(self.title_words) and _similarity(self.title_words, inner_text(node, self.raw, skip)) > 0.75
        if not clean or tag not in self.w.conditional_tags or (tag == "table" and s[_THEAD]):
            return False
        if s[_T] and s[_Q] / s[_T] > 0.9:
            return False  # embedded posts and quotations: link-rich, and content
        weight = self.hints(node).weight if weigh else 0
        if weight + scores.get(id(node), 0.0) < 0:
            return True
        text = s[_T]
        if s[_C] >= 10:
            return False
        is_list = tag in _LISTS or (text > 0 and s[_LT] / text > 0.9)
        paras, images, items, inputs, embeds = s[_P], s[_I], s[_LI] - 100, s[_IN], s[_E]
        links = s[_L] / text if text else 0.0
        headings = s[_H] / text if text else 0.0
        return (
            (images > 1 and paras / images < 0.5)
            or (not is_list and items > paras)
            or inputs > paras // 3
            or (not is_list and headings < 0.9 and text < 25 and (images == 0 or images > 2))
            or (not is_list and weight < 25 and links > 0.2)
            or (weight >= 25 and links > 0.5)
            or (is_list and links > 0.8)
            or (embeds == 1 and text < 75)
            or embeds > 1
        )


_UNSCORED = frozenset({"body", "html", "#document"})
"""The page's outer elements: not containers of an article (:func:`_bare` names the exception)."""


def _bare(node: Node, level: int) -> bool:
    """Whether ``node`` is the root of a fragment holding paragraphs directly (no ``<html>`` or ``<body>``).

    A page fragment (a body saved without its ``<head>``) puts its paragraphs right in the
    document: the document is then their container, scored like a ``<div>`` would be, so that
    a link list below them does not win the article for having the only container.
    """
    return level == 0 and node.tag == "#document"


_HEADINGS_JUDGED = frozenset({"h1", "h2"})
"""The headings :meth:`ArticleFinder._junk` judges with or without cleaning (a chrome class, the page's title)."""
_ENDS_SENTENCE = re.compile(r"\.( |$)")


@dataclass(frozen=True, slots=True)
class _Walk:
    """One pass over the page: kept elements in order, dropped ones, and the kept ones' statistics."""

    order: list[Node]
    skip: set[int]
    unlikely: set[int]
    stats: dict[int, list[int]]
    scored: dict[bool, tuple[dict[int, float], dict[int, Node]]] = field(default_factory=dict)
    """The scores of the kept elements (and the scored elements), with class weights and without."""
    chosen: dict[bool, tuple[Node | None, list[Node]]] = field(default_factory=dict)
    """The top candidate and the article's roots, with class weights and without (before any cleaning: choosing
    reads only the walk's own dropped elements and the scores)."""


def _with_cousins(
    top: Node, roots: list[Node], scores: dict[int, float], nodes: dict[int, Node], threshold: float
) -> list[Node]:
    """Add elements elsewhere that share the top candidate's tag and class and score well.

    Pages that interleave ads with the story often split its body into several containers of one
    class, each under its own wrapper, where the sibling rule cannot see them.
    """
    cls = top.attrs.get("class", "")
    if not cls:
        return roots
    taken = list(roots)
    for key, node in nodes.items():
        alike = node.tag == top.tag and node.attrs.get("class") == cls and scores[key] >= threshold
        if alike and not any(r.contains(node) or node.contains(r) for r in taken):
            taken.append(node)
            if len(taken) >= MAX_ROOTS:  # bounded: a page of a thousand look-alikes stays linear
                break
    return sorted(taken, key=lambda n: n.start) if len(taken) > len(roots) else roots


def _within(node: Node | None, ids: set[int]) -> bool:
    """Whether ``node`` or one of its ancestors is in ``ids``."""
    while node is not None:
        if id(node) in ids:
            return True
        node = node.parent
    return False


def _up_to_body(node: Node) -> Iterator[Node]:
    """The ancestors of ``node`` below ``<body>`` (or below the root when there is none)."""
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html") and parent.parent is not None:
        yield parent
        parent = parent.parent


def _kept_below(root: Node, skip: set[int]) -> Iterator[Node]:
    """``root`` and the elements below it not in ``skip``, in document order."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(c for c in reversed(node.children) if isinstance(c, Node) and id(c) not in skip)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def _similarity(title_words: frozenset[str], text: str) -> float:
    """How much of ``text`` is made of the title's words (readability's text similarity), 0..1."""
    tokens = re.findall(r"\w+", text.lower())
    if not tokens:
        return 0.0
    unique = [t for t in tokens if t not in title_words]
    return 1 - len(" ".join(unique)) / len(" ".join(tokens))
