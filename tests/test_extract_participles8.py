"""A participle after a joined clause ("..., while India has also rejected aid, saying") is the
act of that clause's subject, not of the sentence's first subject.

Passages from the BBC news corpus (2004-05) and PolNeAR train (Washington Post, 2016).
"""

from __future__ import annotations

from extraction import assert_said, claim_with, claims_of

ASIA = (
    "Thailand has said it does not wish to opt for a debt repayment freeze, while India has "
    "also rejected international aid, saying it can cope on its own resources."
)
COURT = (
    "A Norwegian court ruled in 2003 that Bruvik would have to pay 100,000 kroner to the music "
    "industry, but the country's Court of Appeal cleared him, saying that the copyright "
    "violation occurred when others posted the music."
)
DEBATE = (
    "Fox's Chris Wallace pressed the candidates. Trump quickly pivoted to talking about trade "
    "and how he would improve it as president, but Wallace brought him again back to Romney's "
    "attacks, asking Trump to share his views on the Ku Klux Klan and white supremacists."
)


def test_the_joined_clause_s_subject_says_it() -> None:
    assert_said(
        ASIA, "it can cope on its own resources", "India", "indirect:participle-said-clause"
    )


def test_the_first_clause_keeps_its_own_claim() -> None:
    assert_said(
        ASIA,
        "it does not wish to opt for a debt repayment freeze",
        "Thailand",
        "indirect:said-clause",
    )


def test_the_asker_is_the_joined_clause_s_subject() -> None:
    claim = claim_with(
        DEBATE, "Trump to share his views on the Ku Klux Klan and white supremacists"
    )
    assert claim.speaker is not None
    assert claim.speaker.mention == "Wallace"


def test_the_first_subject_is_not_named_for_the_second_clause_s_act() -> None:
    said = [c for c in claims_of(COURT) if "copyright violation" in c.text]
    assert all(c.speaker is None or c.speaker.name != "A Norwegian court" for c in said)


def test_a_join_inside_the_reported_words_keeps_the_speaker() -> None:
    text = (
        "Smith said the plan was dead, and the party would vote against it, adding that he was sad."
    )
    assert_said(text, "he was sad", "Smith", "indirect:participle-said-that")
