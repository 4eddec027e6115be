"""The page's own site: the host a link goes to when it points at the publication's own pages (a past edition, an
earlier post), not at an outside source.

A link's host is the page's own when it is the host of the address the page gives for itself (front matter
``url``/``canonical_url``/``permalink`` as a full address), or when the site's name, run together, is a name the page
gives itself: a publisher its head names, or the head of its title ("Harbour Notes — 12 May edition" on
harbour-notes.example).
"""

from __future__ import annotations

import re

from auditor import urls
from auditor.article import Article, front_fields, per_article
from auditor.slugs import site_name

OWN_NAME_MIN = 5
"""A name run together this long or longer can stand for a site's name ("dataisplural"); shorter ones are too common."""
_TITLE_HEAD = re.compile(r"\s+(?:[—–|:]|-{1,2})\s+")
_ADDRESS_FIELDS = ("url", "canonical_url", "canonical", "permalink")


def _squeezed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@per_article
def own_site(article: Article) -> tuple[frozenset[str], frozenset[str]]:
    """(the hosts of the page's own addresses, the names the page gives itself, each run together)."""
    doc = article.document
    fields = front_fields(article)
    hosts = {urls.host(fields[k]) for k in _ADDRESS_FIELDS if "://" in fields.get(k, "")}
    names = [*doc.publishers]
    if doc.title:
        names.append(_TITLE_HEAD.split(doc.title, maxsplit=1)[0])
    squeezed = {s for s in map(_squeezed, names) if len(s) >= OWN_NAME_MIN}
    return frozenset(h for h in hosts if h), frozenset(squeezed)


def is_own_site(article: Article, host: str) -> bool:
    """Whether ``host`` is the page's own site (see the module's docstring)."""
    hosts, names = own_site(article)
    if host in hosts or any(host.endswith("." + h) or h.endswith("." + host) for h in hosts):
        return True
    return site_name(host).replace("-", "") in names
