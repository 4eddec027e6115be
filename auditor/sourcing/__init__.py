"""sourcing: whether one claim needs a source of its own, and where its source stands.

The readings that CIT001 (:mod:`auditor.checks.unsourced`, :mod:`auditor.checks.sourcing`) asks of each claim:

- ``need``: why a check-worthy claim needs a source (Wikipedia's reasons: statistics, quotation, research, ...);
- ``voice``: who speaks in a sentence, and of whom (the writer's own account, reported speech, proper names);
- ``antecedent``: a source that stands next to the claim (a lead-in the next sentence sources, a pointer back);
- ``context_hedge``: a hedge whose source its context names ("researchers believe" after the named team);
- ``linked_next``: a news sentence whose document the next sentences of its paragraph link ("the [ruling]");
- ``exhibits``: a sentence about the document's own figure or table, and the data note that sources it;
- ``repeats``: a figure the article states again (the first mention carries the need);
- ``observation``: a crowd the writer counts on the scene;
- ``guidance``: a body's own stated outlook ("raised its forecast");
- ``statutes``: a section whose heading cites the law it sums up;
- ``pseudo_headings``: a bold line that heads what follows, no claim of its own.

What the whole page is (a news story, a press release, an organisation's own news) is :mod:`auditor.genres`,
which builds on these.

Imports go downward only: the core pipeline modules of :mod:`auditor` (model, text, phrases, reading, claims,
citations, scope, article, urls), :mod:`auditor.knowledge`, and :mod:`auditor.compare` for figures
(``repeats`` reads quantities). Never :mod:`auditor.genres`, :mod:`auditor.checks`, the engine, the report,
the formats, check mode (:mod:`auditor.project`) or the command line.
"""
