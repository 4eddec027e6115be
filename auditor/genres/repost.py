"""A repost: a page that declares in its front matter the page it reposts or sums up.

Aggregators, link blogs and community sites that summarise another site's story say so in the page's metadata:
``source_url: https://example.org/story``, ``original_url:``, ``via:``, a link post's ``link:``. Every claim of such a
page comes from that page; the reader is sent to it once, for all of them, as a news brief credits its wire. The
keys are data (``knowledge/publisher.json`` "repost_fields"); the value must be a web address of another site than
the page's own (:func:`auditor.genres.own_site.own_site`), so that a page's own address is never read as its source.

    >>> from auditor import load_document
    >>> from auditor.article import analyse
    >>> head = "---\\ntitle: Buses on weekends\\nsource_url: https://transit.example.org/weekend-buses\\n---\\n\\n"
    >>> text = head + "Buses ran."
    >>> reposted_from(analyse(load_document(text, "markdown")))
    'https://transit.example.org/weekend-buses'
"""

from __future__ import annotations

from functools import cache

from auditor import urls
from auditor.article import Article, front_fields, per_article
from auditor.genres.own_site import own_site
from auditor.knowledge import load


@cache
def _fields() -> tuple[str, ...]:
    return tuple(load("publisher")["repost_fields"])


@per_article
def reposted_from(article: Article) -> str | None:
    """The address of the page this one reposts or sums up, as its front matter declares it, or None."""
    fields = front_fields(article)
    own = own_site(article)[0]
    for key in _fields():
        value = fields.get(key, "").strip().strip("'\"")
        if value.startswith(("http://", "https://")) and urls.host(value) and urls.host(value) not in own:
            return value
    return None
