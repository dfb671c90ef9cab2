"""Golden tests: what a document or a body lists as what (factdb/extract/verbs.py `LISTED_AS`,
factdb/extract/speech_acts.py, family "characterisation"), and what a study found, told with
the "It" that carries it on (factdb/extract/attribution/evidence.py `_document_it_carries`).

"Records list Michele LaCalamita as the owner of all four": the lister says who or what
something is, as "portrayed X as Y" does; "lists Mr. Trump's wealth at $6.5 billion" puts an
amount on it. The writer's reckoning after a comma (", meaning there were ...") is no part of
it. "list" is a cue only with that shape after it: a list named ("the biggest donor list in
politics", "placed on the short list because of ...") or the act of listing ("listed his recent
wins") reports nothing, and the writer's words around it stay as they were.
"The research was carried out jointly by the UK Film Council and ... Skillset. It also found
that ...": the study the sentence before opens with (or closes with, "..., a Toshiba study
found.") found it, one study for one "It", and only as a "that" clause; speaker resolution
gives no "it" to a document, and a finding is kept only with its source. Where the sentence
before names no single study ("The figures were prepared by Alva. It found that ...": "it" is
Alva, or the figures), nothing is read.
Passages are from BBC News (British news, 2004-05), PolNeAR train (US political news, 2016) and ECB+ (news of many outlets).
"""

from __future__ import annotations

import pytest

from tests.extraction import assert_said, claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (New York Times, 2016)
            "Forbes lists David and Charles Koch with just under $40 billion each, while "
            "Bloomberg lists them as the fifth and sixth richest men in the world with $55 "
            "billion each.",
            "them as the fifth and sixth richest men in the world with $55 billion each",
            "Bloomberg",
        ),
        (
            # PolNeAR train (New York Times, 2016): an amount put on it
            "While Hurun lists Mr. Trump's wealth at $6.5 billion, Forbes says it is $4.5 billion.",
            "Mr. Trump's wealth at $6.5 billion",
            "Hurun",
        ),
        (
            # ECB+
            "Records list Michele LaCalamita as the owner of all four.",
            "Michele LaCalamita as the owner of all four",
            "Records",
        ),
        (
            # ECB+: a report's body speaks
            "The US Geological Survey report listed the epicenter as two miles east southeast "
            "of The Geysers.",
            "the epicenter as two miles east southeast of The Geysers",
            "US Geological Survey",
        ),
    ],
)
def test_listed_as(text: str, content: str, speaker: str) -> None:
    assert_said(text, content, speaker, "indirect:characterisation")


def test_listed_as_ends_before_the_writers_reckoning() -> None:
    # PolNeAR train (HuffPost, 2016)
    text = (
        "The FBI keeps the figures. The agency lists the population of the town that year as "
        "21,090, meaning there were a little more than 5 incidents of violent crime for every "
        "1,000 residents."
    )
    contents = [c.text for c in claims_of(text) if c.rule == "indirect:characterisation"]
    assert contents == ["the population of the town that year as 21,090"]


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Washington Post, 2016): the act of listing, an "as" clause after it
        "Romney also listed Trump's personal qualities, which the moderator rattled off as "
        "Trump frowned.",
        "He angrily listed his recent wins and poll standings.",
        # PolNeAR train (Washington Post, 2016): a list named
        "But as he ponders his next moves, and the fate of perhaps the biggest donor list in "
        "politics, Sanders is facing a challenge almost as steep as a presidential campaign.",
        # a passive: who listed him, the sentence does not say
        "He was listed as a suspect.",
        "Police released the list as soon as possible.",
    ],
)
def test_no_listing_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if c.cue is not None and "list" in c.cue.text]


def test_a_list_named_leaves_the_frame_alone() -> None:
    # PolNeAR train (West Journal, 2015): the noun "list" is no cue, so the quotation around
    # it stays one claim of Jacobs's
    text = (
        "Donald Trump was placed on the short list because of the “impact,” Jacobs said, that "
        "he’s had on the news this year."
    )
    speakers = [c.speaker.name for c in claims_of(text) if c.speaker is not None]
    assert speakers == ["Jacobs"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # BBC News (2005): the study opens the sentence before
            "The research was carried out jointly by the UK Film Council and industry training "
            "body Skillset. It also found that women in the industry were less likely than men "
            "to be married or have dependant children.",
            "women in the industry were less likely than men to be married or have dependant "
            "children",
            "research",
        ),
        (
            # BBC News (2005): the report's sender speaks through it
            "The Demos report looked at the impact of broadband on people's net habits. It "
            "found that more than half of those with broadband logged on to the web before "
            "breakfast.",
            "more than half of those with broadband logged on to the web before breakfast",
            "Demos",
        ),
        (
            # BBC News (2005): the study closes the sentence before
            "Music fans are hoarding files, a Toshiba study found. It found that more than 60% "
            "kept 1,000 to 2,000 music files on their devices.",
            "more than 60% kept 1,000 to 2,000 music files on their devices",
            "Toshiba",
        ),
        (
            # BBC News (2005): a study's "It" shows as it finds
            "The report was written by Jupiter Research. It also shows that few can spot the "
            "difference between paid-for results and organic ones.",
            "few can spot the difference between paid-for results and organic ones",
            "report",
        ),
    ],
)
def test_it_found_that(text: str, content: str, speaker: str) -> None:
    assert_said(text, content, speaker, "indirect:evidence")


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (2005): "it" is Alva (or the figures), no study named
        "The figures were prepared by the Association of Leading Visitor Attractions (Alva). "
        "It found that the figures had been boosted by an increase in Europeans travelling to "
        "the UK.",
        # BBC News (2005): a bare clause after "It found" is left alone
        "The survey also looked at issues of nationality. It found the Union flag and fish and "
        "chips topped the list of symbols and foods associated with being British.",
        # PolNeAR train (2016): "showed that" is a study's only
        "Cleveland showed that an armed convention can also be a safe one.",
        "The plan was unveiled on Monday. It shows that the government cares for low income "
        "earners.",
        # plural studies are no "It"
        "The polls were taken last week. It found that the race was tightening.",
    ],
)
def test_no_finding_for_it(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith(":evidence")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # ECB+: a report its sender put out, the sender in a clause after "after"
            "Microsoft's move came one day after Cisco issued a report saying armies of hijacked "
            "computers are flooding the world with spam.",
            "armies of hijacked computers are flooding the world with spam",
            "Cisco",
        ),
        (
            # BBC News (2005): a letter's writer in a clause after "when"
            "That happened when Lucy wrote to his Parliamentary office saying she believed he "
            "was her father.",
            "she believed he was her father",
            "Lucy",
        ),
        (
            # BBC News (2005): a letter named by its writer after "from"
            "Wal-Mart kicked off the battle with adverts in newspapers, using an open letter "
            "from company president Lee Scott saying it was time for the public to hear the "
            '"unfiltered truth".',
            'it was time for the public to hear the "unfiltered truth"',
            "Lee Scott",
        ),
    ],
)
def test_report_put_out_saying(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.rule.endswith(":document-saying")


def test_a_report_dismissed_is_not_the_dismissers() -> None:
    # the report is another's: no document-saying claim for the minister
    text = "The minister dismissed a report saying the plan would cost billions of pounds."
    assert not [c for c in claims_of(text) if c.rule.endswith("document-saying")]


def test_a_writer_named_after_from_only_with_a_clause() -> None:
    # BBC News (2005): "explaining the decision" holds no clause; "read:" frames the quotation
    text = (
        'A statement from Chelsea explaining the decision read: "We want to make clear that '
        'Chelsea has acted within the rules."'
    )
    assert not [c for c in claims_of(text) if c.rule.endswith("document-saying")]
