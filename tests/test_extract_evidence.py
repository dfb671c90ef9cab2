"""Golden tests for findings of documents (`indirect:evidence`) and characterisations
(`*:characterisation`) in more of the shapes news writes them in.

Passages are short real sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl)
and BBC News (../shared/corpora/bbc/bbc.jsonl), each naming the behaviour it pins.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.types import Claim


def claims_of(text: str) -> list[Claim]:
    claims = extract_article(text).claims
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return claims


def test_a_poll_finding_holds_what_its_respondents_said() -> None:
    # PolNeAR train (Military Times, 2016): the survey's finding is a share of respondents
    # and what they said; both claims are kept, the one inside the other
    text = (
        "The survey showed that 54 percent of active duty military personnel said they would "
        "vote for Trump, the Republican nominee, while only 25 percent would vote for Clinton, "
        "the Democratic front-runner."
    )
    claims = claims_of(text)
    (finding,) = [c for c in claims if c.rule.endswith(":evidence")]
    assert finding.text.startswith("54 percent of active duty military personnel said")
    assert finding.speaker is not None and finding.speaker.name == "survey"
    (said,) = [c for c in claims if c.cue is not None and c.cue.text == "said"]
    assert said.text.startswith("they would vote for Trump")
    assert finding.start < said.start and said.end <= finding.end


def test_a_finding_holds_no_claim_of_a_clause_after_and() -> None:
    # BBC News (business): "and experts say" opens the writer's next clause, whose claim is
    # the experts' own; the figures' finding does not swallow it
    text = (
        "On Tuesday, figures showed China's economy grew by 9.5% in 2004 and experts say the "
        "overall growth picture remains strong."
    )
    claims = claims_of(text)
    assert not any(c.rule.endswith(":evidence") and "experts say" in c.text for c in claims)


def test_a_document_capitalised_as_the_sentence_opener_is_published_matter() -> None:
    # BBC News (business): "Figures" opens the sentence; the document is no person
    text = "Figures released earlier this year showed exports at a six-year high in 2004, up 35%."
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":evidence")]
    assert claim.text == "exports at a six-year high in 2004, up 35%"
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (
        "Figures released earlier this year",
        "media",
    )


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (NYT, 2016): a name, a comma and "who": the name characterises, even
        # as the object of a preposition
        (
            "Domestically, Trump’s row with the Khan family triggered a damning reaction from "
            "U.S. President Barack Obama, who called the Republican nominee “unfit to serve” as "
            "president.",
            "the Republican nominee “unfit to serve",
            "Barack Obama",
        ),
        # PolNeAR train (NYT, 2016): "who has called", the main verb after the relative
        (
            "Mr. Scott, who has called Mr. Trump's comments ''racially toxic,'' portrayed his "
            "own party's nominee as a temporary affliction on conservatism.",
            "Mr. Trump's comments ''racially toxic,",
            "Scott",
        ),
        # PolNeAR train (Huff. Post, 2016): "when" opens a clause whose subject characterises
        (
            "The idea came up in a Democratic debate in December, when Hillary Clinton called "
            "the Republican frontrunner “ISIS’ best recruiter.”",
            "the Republican frontrunner “ISIS’ best recruiter.",
            "Hillary Clinton",
        ),
    ],
    ids=["name-who-called", "who-has-called", "when-called"],
)
def test_characterisation_in_a_relative_or_when_clause(
    text: str, content: str, speaker: str
) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":characterisation")]
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_who_after_a_common_noun_describes_it_and_characterises_nothing() -> None:
    # PolNeAR train (Breitbart, 2015): a restrictive relative; the boy is no source
    text = "Question: What do you call a boy who calls himself a girl? Answer: A boy."
    assert [c for c in claims_of(text) if c.rule.endswith(":characterisation")] == []
