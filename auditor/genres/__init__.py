"""genres: what kind of page this is, and who speaks for it: the whole-document readings of CIT001.

A page's own figures are its testimony when the page is the source: a news report's reporting, a company's
press release, an organisation's news quoting its own people, a bulletin's counts, a fact sheet's estimates.
Each reading here is made from what the page declares or how it is laid out, never from one text's wording:

- ``genre``: a reported piece (news) or not, from its metadata, dateline, layout and attributions;
- ``story`` and ``standfirst``: a news story kept as plain text, a published piece kept as Markdown;
- ``publisher``: who publishes the page, as its head or front matter says;
- ``newsroom``: an organisation's own news, whose people speak on the page;
- ``release``: a corporate press release and its issuer;
- ``bulletin``, ``fact_sheet``, ``periodical``, ``collection``: pages that count, estimate, tally or describe
  their own holdings;
- ``testimony``: an organisation's testimony about itself, told apart from its claims about the world.

Why one claim needs a source, and who speaks in it, is :mod:`auditor.sourcing`, which these build on.

Imports go downward only: the core pipeline modules of :mod:`auditor` (model, text, phrases, segment, dating,
article), :mod:`auditor.knowledge` and :mod:`auditor.sourcing`. Never the engine, the report, the formats,
check mode (:mod:`auditor.project`) or the command line. One import runs upward, and is kept lazy so that
no cycle forms at import time: ``testimony`` asks :mod:`auditor.checks.writer` for ``insider_circle``
and ``writer_names``, which belong down here once that module is free to change.
"""
