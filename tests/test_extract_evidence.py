"""Golden tests for findings of documents (`indirect:evidence`) and characterisations
(`*:characterisation`) in more of the shapes news writes them in.

Passages are short real sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl)
and BBC News (../shared/corpora/bbc/bbc.jsonl), each naming the behaviour it pins.
"""

from __future__ import annotations

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
