"""Golden tests for beliefs (`indirect:belief`) in shapes the belief rules missed: "skeptical"
with a bare clause, as "confident" takes one ("Whit Ayres is skeptical Trump can overcome
..."); "worried" after "with" and its holders, as an adjective of belief is ("..., with many
worried that the zone can never be ...", the quantifier counted, never named); a want that
something be done ("wants Trump banned from country", "want it replaced with ..."); an
adjective or participle of belief opening the sentence, held by the main clause's subject
("Worried that phones were being tapped, Felt arranged ...").

Passages are short paraphrases of PolNeAR train (../shared/corpora/polnear/train.jsonl), BBC
News (../shared/corpora/bbc/bbc.jsonl) and ECB+ (../shared/corpora/ecbplus/ecbplus.jsonl),
each naming its source in a comment; the guards keep a stance towards a target ("skeptical
of"), a thing after "with" or opening the main clause, a quantifier of everyone, a want of a
thing read as one done ("wants a ban compared to ...") and an opening word with no
clause ("Aware of the threat ...") free of claims.
"""

from __future__ import annotations

import pytest
from extraction import claims_of

from factdb.extract.types import Claim


def beliefs_of(text: str) -> list[Claim]:
    """The belief claims of a passage (offsets checked by claims_of)."""
    return [c for c in claims_of(text) if c.rule.endswith(":belief")]


def test_skeptical_takes_a_bare_clause() -> None:
    # PolNeAR train (USA Today, 2016): no "that" after the adjective
    text = "Republican pollster Whit Ayres is skeptical Trump can overcome his provocative remarks."
    [claim] = beliefs_of(text)
    assert claim.text == "Trump can overcome his provocative remarks"
    assert claim.speaker is not None and claim.speaker.name == "Whit Ayres"
    assert claim.cue is not None and claim.cue.text == "is skeptical"
    assert claim.rule == "indirect:belief" and claim.kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Wall Street Journal, 2016): a stance towards a thing
        "These voters are skeptical of free trade and mostly not inclined to vote.",
        # PolNeAR train (Politico, 2016): "about" and a noun phrase, no clause
        "Some top Democrats are openly skeptical about Sanders's ability to win caucuses.",
        # negated: no belief that it is so
        "Her aides are not skeptical Trump can win the state.",
    ],
    ids=["skeptical-of", "skeptical-about", "not-skeptical"],
)
def test_no_belief_from_skeptical_without_a_clause(text: str) -> None:
    assert beliefs_of(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times, 2016): counted people, so no speaker
        (
            "Visa-free travel has broken down under the migrant flow, with many worried that the "
            "zone can never be fully resurrected.",
            "the zone can never be fully resurrected",
            None,
        ),
        # a plural of people after "with" holds it, as with "hopeful"
        (
            "Shares fell sharply, with investors worried that the company would miss its targets.",
            "the company would miss its targets",
            "investors",
        ),
    ],
    ids=["with-many-worried", "with-investors-worried"],
)
def test_worried_after_with_and_its_holders(text: str, content: str, speaker: str | None) -> None:
    [claim] = beliefs_of(text)
    assert claim.text == content
    assert claim.rule == "indirect:belief"
    assert claim.cue is not None and claim.cue.text == "worried"
    assert (claim.speaker.name if claim.speaker else None) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a thing after "with" holds no belief
        "Shares fell sharply, with prices worried that the company would miss its targets.",
        # "all" is everyone: no one counted
        "Shares fell sharply, with all worried that the company would miss its targets.",
        # a comma between: the participle's holder is another matter, unchanged here
        "The market was shaken by the news, with investors worried about the company.",
    ],
    ids=["with-a-thing", "with-all", "worried-about"],
)
def test_no_belief_from_worried_after_with_a_thing_or_everyone(text: str) -> None:
    assert beliefs_of(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Washington Post, 2016): a headline's wish that a person be banned
        (
            "Philippine lawmaker wants Trump banned from country.",
            "Trump banned from country",
            "Philippine lawmaker",
        ),
        # PolNeAR train (New York Times, 2016): the participle ends the sentence
        (
            "Rather than seeing the tax burden rise further, Teck wants the gap narrowed.",
            "the gap narrowed",
            "Teck",
        ),
        # BBC (politics): a pronoun object, then how it is to be done
        (
            "The Lib Dems want it replaced with a local income tax.",
            "it replaced with a local income tax",
            "Lib Dems",
        ),
    ],
    ids=["banned-from", "narrowed", "replaced-with"],
)
def test_a_want_that_something_be_done(text: str, content: str, speaker: str) -> None:
    [claim] = beliefs_of(text)
    assert claim.text == content
    assert claim.rule == "indirect:belief" and claim.kind == "indirect"
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # BBC (politics): a participle that describes the noun: a want of a thing
        "Less than half the UK wants a ban compared to almost two-thirds in 1999.",
        # ("Mr Dean wants a united party behind him", "The coach wants a new breed": a want of
        # a thing, whose whole phrase is the claim: tests/test_extract_wants17.py)
        # negated: no wish
        "The senator does not want the law changed.",
        # a relative's object gap: nothing is wished of a named thing
        "The thing the senator wanted done was simple.",
    ],
    ids=["compared-to", "negated", "object-gap"],
)
def test_no_want_of_a_thing_done(text: str) -> None:
    assert beliefs_of(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        # PolNeAR train (New York Times, 2016): a bare clause after the opening adjective
        (
            "Worried the nation might miss its 2020 target, the German government proposed a "
            "steep levy on polluting generators.",
            "the nation might miss its 2020 target",
            "German government",
            "Worried",
        ),
        # ECB+ (a Mark Felt story): "that" after the opening word
        (
            "Worried that phones were being tapped, Felt arranged clandestine meetings.",
            "phones were being tapped",
            "Felt",
            "Worried",
        ),
        # BBC (business): an adjective of belief, a body as the main clause's subject
        (
            "Concerned that it would be caught up in a court battle, Gazprom withdrew from the "
            "auction.",
            "it would be caught up in a court battle",
            "Gazprom",
            "Concerned",
        ),
    ],
    ids=["worried-bare", "worried-that", "concerned-that"],
)
def test_belief_opening_the_sentence_is_the_subjects(
    text: str, content: str, speaker: str, cue: str
) -> None:
    [claim] = beliefs_of(text)
    assert claim.text == content
    assert claim.rule == "indirect:belief"
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.cue is not None and claim.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (paraphrased): an adverbial, not the subject, after the comma
        "Fearful that the revolt would spread, on Nov. 5 the king fled the capital.",
        # BBC (sport): "aware of" and a noun phrase holds no clause
        "Aware of the threat posed by the South Africans, Ireland pressed hard from the outset.",
        # PolNeAR train (New York Times, 2016): a "-ing" form with an object, no clause
        "Expecting thousands for a protest on the opening day, Mr. Burke hired extra staff.",
        # a thing for the main clause's subject holds nothing
        "Worried that the Fed would raise rates, markets fell sharply on Monday.",
        # an intention: left to the participle rules, not read here
        "Hoping to avoid a recount, the Clinton campaign conceded the state.",
    ],
    ids=["adverbial-after-comma", "aware-of", "expecting-thousands", "markets", "hoping-to"],
)
def test_no_belief_opening_without_a_clause_or_a_holder(text: str) -> None:
    assert beliefs_of(text) == []
