"""Which claims of an article need a source and have none in reach: CIT001's judgement, in context.

:mod:`auditor.sourcing.need` says why one sentence would need a source; this module reads it where it stands:

- **in reach**: the claim has a citation that points at something (:mod:`auditor.scope` decides which
  claims a citation supports), or a placeholder, empty or stripped one (other rules report those);
- **what the document is** (:mod:`auditor.form`): a transcript's or interview's turns, release notes,
  quoted blocks, tables (a table's source is the table's, not each row's) and headings, those set as a bold
  line too (:mod:`auditor.sourcing.pseudo_headings`), are left alone, and in
  an interview so is what the interviewer says of the people interviewed;
- **the writer's own account** (:mod:`auditor.sourcing.voice`): a sentence in first person; one that repeats a
  figure the writer gives in their own voice; one that names only those the writer speaks of working
  with, in a document where the writer tells of their own work, or only the writer an "About X"
  section declares or a press release announces (:mod:`auditor.genres.release`: there, a sentence that names no one
  is the writer's too, and figures, dates and rankings are the issuer's testimony); one
  that names no one in a paragraph, list item or lead-in where the writer speaks, or anywhere in a
  document where the writer tells of their own work;
- **the publisher's own voice** (:mod:`auditor.genres.publisher`): a sentence that names only the page's publisher; on
  the page of an organisation (an institute, a centre) that names itself, its figures and its agentless
  estimates ("An estimated 1.2 million ..."); the counts of a bulletin (a situation report, a statistical
  release: :mod:`auditor.genres.bulletin`); the history a collection's description tells of what its materials
  document (:mod:`auditor.genres.collection`); a periodical's tally of the period it covers ("almost 30 merges in
  the past week", :mod:`auditor.genres.periodical`); a crowd the writer counts on the scene (:mod:`auditor.sourcing.observation`);
  a funder's gift an organisation's own news tells of receiving (:mod:`auditor.genres.testimony`); an obituary's own
  account of its subject's life (:mod:`auditor.genres.obituary`); but not a figure such
  a page gives of the world ("70% of a typical app is code from registries": :mod:`auditor.genres.testimony`), nor a
  measured change of the world on a page whose "we" is everyone ("we understand little of ...": :func:`speaks_as_everyone`);
- **reported speech**: a figure, date or ranking in a sentence that names its speaker ("..., the agency
  said", "Clark in October revealed") or tells of a body's own outlook ("Management narrowed its outlook to
  ...": :mod:`auditor.sourcing.guidance`), or right after one (across a paragraph break when the report is in
  the writer's words), or before the attribution that closes its paragraph: journalism's source is the
  named speaker;
- **what the document sources elsewhere**: a figure or quotation cited elsewhere, figures the document gave
  before on the same subject (:mod:`auditor.sourcing.repeats`: the first mention carries the need), a sentence that says
  again most of what a cited sentence says (a digest's summary, a recap), a paragraph that points at
  its own detail further on ("see the full item below"), a sentence that speaks of a source already
  cited in its section ("the paper also notes ..."), a sentence that continues a sourced one before it
  ("It also found ..."), a paragraph from the sentence that opens a made-up example or a first-hand
  observation on, the points of a list right under a paragraph that links its source, a sentence that speaks of
  "the article" in the section show notes give to the article they link (:mod:`auditor.sourcing.linked_works`),
  and the standfirst under the headline when the body it summarises names its sources (:func:`_standfirst`), and a sentence that
  tells what the document's own figure or table shows where a data note says where its data come from
  (:mod:`auditor.sourcing.exhibits`);
- **market data**: a traded security's price or its move ("The bank's shares fell 6% on Tuesday":
  :mod:`auditor.sourcing.market`), read off a price feed;
- **not a record**: a line of an event's details ("Fee: $25"), a line of a list of records ("Jane Doe: theft,
  resisting arrest, held on $5,000 bond"), a date after the article's own (a plan);
- **what kind of piece it is** (:mod:`auditor.genres.genre`): in a reported piece (news), the attribution is the
  citation and the reporter's own account a source, so only a claim that points at a source without naming it
  ("studies show", "advocacy groups estimated", "an estimated 25 million") is held to one. Such a claim is held
  to one in every genre, whoever the writer is, unless a named speaker says it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from auditor.article import Article, per_article
from auditor.checks.citations import stripped_residues
from auditor.checks.cited import (
    after_publication,
    cited_claims,
    claim_unit,
    continues_sourced,
    known_names,
    linked_claims,
    linked_sentences,
    lists_cited_paragraph,
    periodical_issue,
    restated,
    sourced_elsewhere,
)
from auditor.checks.writer import (
    first_person_sentences,
    in_first_person,
    insider_circle,
    interviewees,
    writer_names,
)
from auditor.genres.bulletin import is_bulletin
from auditor.genres.collection import presents_collection
from auditor.genres.fact_sheet import is_fact_sheet, states_own_goal
from auditor.genres.genre import Genre, genre_of
from auditor.genres.markets import feed_figure
from auditor.genres.minutes import is_minutes
from auditor.genres.newsroom import speaks_of_itself
from auditor.genres.obituary import tells_own_life
from auditor.genres.own_subject import tells_own_record
from auditor.genres.periodical import in_period
from auditor.genres.publisher import is_publisher, publisher
from auditor.genres.self_told import tells_of_itself
from auditor.genres.testimony import about_the_world, gift_received
from auditor.knowledge import load
from auditor.model import Claim
from auditor.phrases import alternation
from auditor.scope import bulleted
from auditor.sourcing.antecedent import (
    about_linked,
    lead_in_sourced,
    named_before,
    names_publisher,
    points_back_to_source,
    speaks_elsewhere,
    unnamed_credit,
    vague_attribution,
)
from auditor.sourcing.context_hedge import lists_references, team_named_before
from auditor.sourcing.details import restates_details
from auditor.sourcing.exhibits import describes_own_exhibit, reads_named_data
from auditor.sourcing.guidance import states_own_outlook
from auditor.sourcing.indicators import official_release
from auditor.sourcing.linked_next import document_linked_next
from auditor.sourcing.linked_works import describes_linked_work
from auditor.sourcing.market import price_move
from auditor.sourcing.need import Need, citation_need, titled_document, unnamed_need
from auditor.sourcing.observation import observed_crowd
from auditor.sourcing.pseudo_headings import bold_heading
from auditor.sourcing.repeats import restates_figures
from auditor.sourcing.rules import guide_rule
from auditor.sourcing.statutes import cites_law, under_cited_provision
from auditor.sourcing.summary import covered_by_cited
from auditor.sourcing.voice import (
    exemption,
    is_detail_line,
    is_record_line,
    name_tokens,
    names_in,
    names_its_agent,
    plain,
    reports_speech,
    they_speak,
    unnamed_source,
    unquoted,
)
from auditor.sourcing.write_up import study_named_after
from auditor.text import stems

TESTIMONY_REASONS = frozenset({"statistics", "historical", "controversial"})
"""In a document told from inside (an organisation's blog, a team's report, a press release), figures,
dates and rankings are the writer's own testimony: the tool cannot tell the writer's own figures from
outside ones, so only words taken from others (quotations, research findings, opinions) are held to a
source there."""
WORDED_REASONS = frozenset({"quotation", "scientific", "opinion"})
"""Reasons carried by the words themselves (quoted words, "studies show", "Smith argues"): the check-worthiness
score, which weighs figures and dates, undervalues them, so they need only ``WORDED_MIN_SCORE``; the other
reasons need a check-worthy claim."""
WORDED_MIN_SCORE = 0.25
_SKIPPED_KINDS = frozenset({"quote", "table", "heading"})
def in_reach_of_link(article: Article, claim: Claim) -> bool:
    """The claim has a link, footnote or reference to a source: its own, or one whose reach covers it."""
    return claim.id in linked_claims(article)


@cache
def _forecasts() -> frozenset[str]:
    """The unnamed-source phrases that give a forecast ("is projected to"; ``knowledge/need.json``)."""
    return frozenset(load("need")["forecast_phrases"])


_FIGURE = re.compile(r"[£$€¥]?\d[\d,.]*(?:\s?(?:bn|m|k|%|per cent|percent|million|billion|trillion|thousand)\b)?")
"""A figure as written at the start of a need's evidence ("£26.5bn", "1.2 million", "40%")."""


def _estimated_by_writer(article: Article, need: Need) -> bool:
    """Whether the writer gives the estimate's figure as their own elsewhere: "raising an estimated £26.5bn" in a
    summary of a post that says "we estimate ... £26.5bn" further on."""
    figure = _FIGURE.match(need.evidence)
    return figure is not None and any(ch.isdigit() for ch in figure[0]) and in_first_person(article, figure[0])


@cache
def _estimates() -> frozenset[str]:
    """The unnamed-source phrases that give an estimate and name no one who made it ("an estimated"): with the
    forecasts, what an organisation's own page says in its own voice."""
    return frozenset(load("need")["estimate_phrases"]) | _forecasts()


def article_block_text(article: Article, block: int) -> str:
    """The text of one block of the article."""
    b = article.document.blocks[block]
    return article.document.text[b.start : b.end]


def _reported_speech(article: Article, claim: Claim) -> bool:
    """The claim reports what a named speaker said, or stands right after or right before such a report: the
    sentence before it (the last of the paragraph above, when the claim opens a paragraph: a news paragraph is a
    sentence or two, and the report there is in the writer's words, not a quotation that closes the speaker's
    turn), or the sentence that closes its paragraph ("A total of 28 people were quarantined. No one has shown
    symptoms, the commission said."). The figure is theirs ("'It didn't happen overnight,' Bates said.
    ... CFPB has grown a team of 70")."""
    known = known_names(article)
    sentences = article.sentences
    blocks = article.document.blocks
    k = claim.sentence
    around = []
    # A claim that says whom it has its words from ("..., according to experts") is not the next speaker's.
    if not any(m.kind == "attribution" for _, m in article.citations_of(claim)):
        if k and sentences[k - 1].block == claim.block:
            around.append(k - 1)
        elif k and blocks[sentences[k - 1].block].kind == "paragraph" == blocks[claim.block].kind:
            previous = article.sentence_text(sentences[k - 1])
            # Indirect speech goes on across the paragraph break when its speaker has a name ("..., said port
            # economist Ines Varga."); a quotation closes the speaker's turn.
            if unquoted(previous) == previous and reports_speech(previous, known, by_name=True):
                return True
        closes = k + 1 < len(sentences) and sentences[k + 1].block == claim.block
        if closes and (k + 2 == len(sentences) or sentences[k + 2].block != claim.block):
            around.append(k + 1)
    texts = [unquoted(plain(claim.text))] + [unquoted(article.sentence_text(sentences[j])) for j in around]
    return any(_reports_speech(article, text, known) for text in texts)


THEY_BACK = 3
"""Sentences of "they" reporting speech that may follow the named speaker they continue."""


def _they_go_on(article: Article, claim: Claim, text: str, known: frozenset[str]) -> bool:
    """The claim reports what "they" said ("Similarly, they claim that ... available data suggest ..."), and the
    sentence before it, in its paragraph or closing the paragraph above, reports a named speaker's or document's
    words ("Auditors at the county office said ...", "The report found ..."): the pronoun stands for that
    speaker, whose reasoning the claim goes on reporting. Sentences of "they" in between are the same speaker
    going on; a vague speaker before ("experts say") names no one for "they" to stand for."""
    if not they_speak(unquoted(text)):
        return False
    sentences = article.sentences
    blocks = article.document.blocks
    k = claim.sentence
    for j in range(k - 1, max(-1, k - 1 - THEY_BACK), -1):
        if sentences[j].block != claim.block and not (
            j == k - 1 and blocks[sentences[j].block].kind == "paragraph" == blocks[claim.block].kind
        ):
            return False
        before = unquoted(article.sentence_text(sentences[j]))
        if _reports_speech(article, before, known) or _named_finding(before, known):
            return True
        if not they_speak(before):
            return False
    return False


@cache
def _finding_verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a source the text refers back to and a verb of finding: "the report found", "the authors also conclude",
    "the county audit office found", not a vague head: "the experts found"; a verb of finding right after a name:
    "... GAO found", "... Ruiz and Chen showed"), from ``knowledge/need.json`` and ``citation_markers.json``."""
    data = load("need")
    verbs = rf"(?:also\s+|further\s+|has\s+|have\s+)?(?:{alternation(data['research_verbs'])})\b"
    vague = set(load("citation_markers")["vague_heads"])
    heads = alternation(h for h in data["source_heads"] if h not in vague and h.rstrip("s") not in vague)
    by_noun = rf"\b(?i:{alternation(data['source_nouns'])})\s+{verbs}|\b[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}?(?:{heads})\s+{verbs}"
    return re.compile(by_noun), re.compile(rf"\s+{verbs}")


def _named_finding(text: str, known: frozenset[str]) -> bool:
    """The sentence gives what a named source found: a source the text refers back to ("The report found",
    "the authors conclude") or a proper name ("GAO found that ...") before a verb of finding."""
    by_noun, after_name = _finding_verbs()
    if by_noun.search(text):
        return True
    return any(after_name.match(text, m.end()) for name in names_in(text, known) for m in re.finditer(re.escape(name), text))


@per_article
def _speech_read(article: Article) -> dict[str, bool]:
    """Sentence text -> whether it reports speech: a sentence is read as a claim, as the sentence before or
    after its neighbours, and for :func:`reported_article`; once is enough."""
    return {}


def _reports_speech(article: Article, text: str, known: frozenset[str]) -> bool:
    read = _speech_read(article)
    found = read.get(text)
    if found is None:
        found = read[text] = reports_speech(text, known)
    return found


@per_article
def genre(article: Article) -> Genre:
    """What kind of piece the article is (:mod:`auditor.genres.genre`): a reported piece (news) or not."""
    return genre_of(article.document, lambda: _speech_count(article))


def reported_article(article: Article) -> bool:
    """The article is a reported piece: there the attribution is the citation and the reporter's own figures,
    dates, quotations and rankings are their reporting, so CIT001 holds to a source only a claim that points at
    one without naming it ("studies show", "an estimated 25 million")."""
    return genre(article).reported


def _speech_count(article: Article) -> tuple[int, int]:
    """(prose sentences that name who said what, prose sentences): turns of a conversation left out."""
    known = known_names(article)
    blocks = article.document.blocks
    skip = article.form.spoken
    prose = [
        k
        for k, s in enumerate(article.sentences)
        if blocks[s.block].kind == "paragraph" and s.block not in skip and not bulleted(article.document, s.block)
    ]  # a list's items, written as paragraphs that open with a bullet sign, are no more prose than a list is
    named = _named_attributions(article)
    sentences = article.sentences
    attributed = sum(
        k in named or _reports_speech(article, unquoted(article.sentence_text(sentences[k])), known) for k in prose
    )
    return attributed, len(prose)


@per_article
def _named_attributions(article: Article) -> frozenset[int]:
    """The sentences that name their source in an attribution ("according to the Congressional Budget Office"), in
    their own block: a ``Source:`` line's name, which covers the blocks above it, names no speaker of theirs."""
    return frozenset(
        c.sentence
        for c in article.claims
        if any(m.kind == "attribution" and not m.vague and m.block == c.block for _, m in article.citations_of(c))
    )


STANDFIRST_MAX_CHARS = 220
"""A standfirst (dek) is one short sentence under the headline ..."""
STANDFIRST_BODY_MIN = 3
"""... over a body of at least this many paragraphs ..."""
BODY_SOURCES_MIN = 3
"""... that names or links its sources in at least this many sentences ..."""
STANDFIRST_SHARED_MIN = 2
"""... and says again at least this many of the standfirst's key terms (it is the body's summary)."""


@per_article
def _standfirst(article: Article) -> int | None:
    """The sentence index of the article's standfirst when its body sources it, else None.

    A standfirst is the first block of the article (after its headline), a paragraph of one short sentence,
    over a body of paragraphs: it summarises that body ("Latest data suggest the clean-up will take decades").
    Its sources are the body's, when the body names or links them (``BODY_SOURCES_MIN`` sentences with a
    named attribution, a named speaker, a link or a note) and says again what the standfirst says
    (``STANDFIRST_SHARED_MIN`` of its key terms)."""
    blocks = article.document.blocks
    first = 1 if blocks and blocks[0].kind == "heading" else 0
    if first >= len(blocks) or blocks[first].kind != "paragraph":
        return None
    if blocks[first].end - blocks[first].start > STANDFIRST_MAX_CHARS:
        return None
    opening = [k for k, s in enumerate(article.sentences) if s.block == first]
    body = [b for b in range(first + 1, len(blocks)) if blocks[b].kind == "paragraph"]
    if len(opening) != 1 or len(body) < STANDFIRST_BODY_MIN:
        return None
    known = known_names(article)
    sourced = _named_attributions(article) | linked_sentences(article)
    count = 0
    body_stems: set[str] = set()
    for k, s in enumerate(article.sentences):
        if s.block <= first:
            continue
        text = article.sentence_text(s)
        body_stems.update(stems(text))
        if count < BODY_SOURCES_MIN and (k in sourced or _reports_speech(article, unquoted(text), known)):
            count += 1
    shared = stems(article.sentence_text(article.sentences[opening[0]])) & body_stems
    if count >= BODY_SOURCES_MIN and len(shared) >= STANDFIRST_SHARED_MIN:
        return opening[0]
    return None


def _own_account(article: Article, claim: Claim, need: Need, names: list[str]) -> bool:
    """The claim continues the writer's account of their own work (see the module docstring)."""
    if need.reason == "statistics" and in_first_person(article, need.evidence):
        return True
    writer = writer_names(article)
    circle = (insider_circle(article) or frozenset()) | writer
    if names and any(t in circle for name in names for t in name_tokens(name)):
        return True
    if names and all(is_publisher(article, name) for name in names):
        return True  # "Acme shipped 40,000 units in 2024" on Acme's own page
    guests = interviewees(article)
    if guests and any(t in guests for name in names_in(article_block_text(article, claim.block)) for t in name_tokens(name)):
        return True  # an interview's introduction of the people it interviews
    if names:
        return False
    if writer or insider_circle(article) is not None:
        return True  # a press release, a team's post: what names no one is the writer's own account
    mine = {b for b, _ in first_person_sentences(article)}
    return any(b in mine for b in claim_unit(article, claim.block))


@per_article
def unsourced_needs(article: Article) -> tuple[tuple[Claim, Need], ...]:
    """Every claim that needs a source and has none in reach, with the reason it needs one."""
    residues = {k for _, _, k in stripped_residues(article)}
    form = article.form
    blocks = article.document.blocks
    known = known_names(article)
    cited_ids = frozenset(c.id for c in cited_claims(article))
    found = []
    for claim in article.claims:
        if claim.sentence in residues:
            continue
        if claim.block in form.spoken or claim.block in form.release_notes or blocks[claim.block].kind in _SKIPPED_KINDS:
            continue
        if bold_heading(article.document, claim.block):
            continue  # "**Option 1: Build the plant for $40 million**": a heading set in bold
        # A claim that points at an unnamed source ("Research suggests ...") is one whatever its score: the
        # check-worthiness score weighs figures and names, and undervalues what such a sentence says.
        text = plain(claim.text) if claim.score < WORDED_MIN_SCORE else ""
        pointed = unnamed_source(text, known) if text else None  # read once: asked again below
        if text and pointed is None:
            continue
        if claim.id in cited_ids:
            continue
        markers = [m for _, m in article.citations_of(claim)]
        if any(m.kind in ("placeholder", "empty") for m in markers):
            continue
        if not text:
            text = plain(claim.text)
            pointed = unnamed_source(text, known)
        unnamed = pointed or vague_attribution(article, claim, markers)
        if unnamed is None and reported_article(article):
            # A reported piece: the attribution is the citation, the reporter's own account a source. Asked before
            # the claim's other readings (its exemption, its reason to need a source), which it makes moot.
            continue
        if exemption(claim.text) or is_detail_line(text) or is_record_line(text):
            continue
        if cites_law(article, claim):
            continue  # "The Act of 1889 (25 Stat. 676) granted ...": the law or ruling it cites says so
        need = citation_need(claim.text, claim.kinds, known)
        if need is None and unnamed is not None:
            need = unnamed_need(text, unnamed)
        if need is None:
            continue
        release = official_release(text) if need.reason == "scientific" or unnamed is not None else None
        if release is not None and (unnamed is None or " ".join(release.split()[:2]).lower() in unnamed.lower()):
            continue  # "data showed producer prices fell": the official release of a statistic, named by what it measures
        if unnamed is None and not claim.check_worthy and need.reason not in WORDED_REASONS:
            continue
        if unnamed is None and (titled_document(text) or (need.reason != "quotation" and names_publisher(text, known))):
            continue  # "In the report “Reading Rooms ...”", "The research, published in the X Journal": named
        if need.reason == "scientific" and (
            any(m.kind == "attribution" and (unnamed is None or not m.vague) for m in markers)
            or (unnamed is None and names_its_agent(need.evidence, known, text))
        ):
            continue  # "a Pew study found", "reports seen by Reuters": the attribution is CIT008's to report
        if unnamed is None and need.reason == "statistics" and feed_figure(article, text):
            continue  # "The euro rose 0.2% to $1.03" in a markets wrap: the publisher's own market data
        if restated(article, claim, need) or sourced_elsewhere(article, claim) or continues_sourced(article, claim):
            continue
        if unnamed is None and need.reason == "statistics" and price_move(text, need.evidence):
            continue  # "The bank's shares fell 6% on Tuesday": market data from a price feed
        if unnamed is None and need.reason == "historical" and restates_details(article, text, need.evidence):
            continue  # "Released in 2011 by Ana Colby" under a review's credits box that gives both
        if unnamed is None and need.reason == "statistics" and restates_figures(article, claim):
            continue  # the figures the article gave before, again: the first mention carries the need
        if unnamed is None and need.reason in TESTIMONY_REASONS and covered_by_cited(article, claim, need.evidence):
            continue  # a lead whose dates the body cites ("founded in 1878 ..."), "died at age 60" after "(1948-2009)[2]"
        if unnamed is None and need.reason == "statistics" and reads_named_data(article, text):
            continue  # "19,300 arrests in 2024" in a report that says "This arrest data is taken from [a named portal]"
        if unnamed is None and need.reason in TESTIMONY_REASONS and describes_own_exhibit(article, text):
            continue  # "The distribution in 2004 is shown in Figure 2." under the article's "Data sources: ..." note
        if claim.sentence == _standfirst(article):
            continue  # the standfirst under the headline: the summary of a body that names its sources
        cited = linked_sentences(article)
        if points_back_to_source(article, claim.sentence, text, cited, known) or (
            unnamed is not None
            and (
                (need.reason != "statistics" and lead_in_sourced(article, claim.sentence, unnamed, cited, known))
                or named_before(article, claim.sentence, unnamed, cited, known)
            )
        ):
            continue  # "It found ...", "Research shows ... The study, in the Lancet, ...": the source is next to it
        if unnamed is None and document_linked_next(article, claim.sentence):
            continue  # "The court blocked the law ... The panel ruled 2-1, and the [ruling](...) ...": linked next
        if need.reason == "scientific" and study_named_after(article, claim.sentence, known):
            continue  # a study write-up's findings and background: "... published in the journal X" further on
        if after_publication(article, need):
            continue
        if unnamed is None and need.reason in TESTIMONY_REASONS and under_cited_provision(article, claim.block):
            continue  # "### Fees (RCW 42.56.120)" over "at most 15 cents a page": the provision its heading cites says so
        if need.reason in TESTIMONY_REASONS and lists_cited_paragraph(article, claim):
            continue  # the points of a list right under a paragraph that links its source spell that source out
        if (
            unnamed is None
            and need.reason in TESTIMONY_REASONS
            and guide_rule(article, text, need.evidence)
            and not any(unnamed_credit(m) for m in markers)
        ):
            continue  # a guide's rule: "The fee in 2014 is 1% of your income or $95, whichever is higher"
        # A figure the sentence credits to an outside source it does not name ("according to a 2024 survey") is not
        # the writer's own testimony, whoever the writer is.
        # Nor is a figure an organisation's page gives of the world ("70% of a typical app is third-party code").
        own = unnamed is None and not any(unnamed_credit(m) for m in markers) and not about_the_world(article, text, need, known)
        if own and need.reason in TESTIMONY_REASONS and (
            insider_circle(article) is not None
            or writer_names(article)
            or publisher(article)[2]
            or is_bulletin(article)
            or is_minutes(article)
            or presents_collection(article)
            or states_own_goal(article, text)
        ):
            continue  # own testimony: an organisation's post, a press release, a research body's page, a bulletin, a
            # body's minutes, a collection's description
        if own and need.reason == "statistics" and in_period(text) and periodical_issue(article):
            continue  # "... made almost 30 merges in the past week" in a weekly digest: its own tally of its week
        if own and need.reason == "statistics" and observed_crowd(text):
            continue  # "At least 30 people lined up outside": the writer counting the scene they describe
        names = names_in(text, known)
        if own and need.reason in TESTIMONY_REASONS and (
            speaks_of_itself(article, names, claim.block)
            or gift_received(article, text, need, names)
            or tells_of_itself(article, text, need, names)
        ):
            continue  # "The college received a $2 million grant" where the college's own director speaks
        if own and need.reason in TESTIMONY_REASONS and (
            tells_own_record(article, text, need.evidence) or tells_own_life(article, text, need.evidence)
        ):
            continue  # "Club History": "1985: Club record attendance of 2,500"; an obituary's "She was born in 1927"
        if (own and _own_account(article, claim, need, names)) or about_linked(article, claim, need.reason in WORDED_REASONS, names):
            continue
        if describes_linked_work(article, claim.block, text, need.evidence):
            continue  # show notes' section on a linked article: "Many researchers are quoted in the article"
        if unnamed is not None:
            if _reports_speech(article, unquoted(text), known):
                continue  # "experts say it will fail, Smith said": the named speaker says so
            if _they_go_on(article, claim, text, known):
                continue  # "Auditors at the county office said ... They claim that ... available data suggest ..."
            if unnamed.lower() in _forecasts() and any(b == claim.block for b, _ in first_person_sentences(article)):
                continue  # "We modelled the forests. ... 82 percent of acres are projected to ...": the writer's own
            if unnamed.lower() in _estimates() and (
                publisher(article)[2] or _estimated_by_writer(article, need) or is_fact_sheet(article)
            ):
                continue  # "An estimated 1.2 million ..." on the page of the institute, or the fact sheet, that estimates it
            if team_named_before(article, claim.sentence, unnamed, known):
                continue  # "A team led by Carla Ruiz at Harbor University ... Researchers believe ...": that team
            if need.reason == "scientific" and lists_references(article):
                continue  # "Growing evidence indicates ..." on a page with its References: the works it lists
            need = replace(need, unnamed=unnamed)
        elif (need.reason in TESTIMONY_REASONS and (_reported_speech(article, claim) or states_own_outlook(text))) or (
            need.reason == "opinion" and speaks_elsewhere(article, claim, need, known)
        ):
            continue
        found.append((claim, need))
    return tuple(found)
