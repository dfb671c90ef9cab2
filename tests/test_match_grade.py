"""Each grade pinned on real passages (ECB+ and MRPC excerpts, a sentence each)."""

from __future__ import annotations

import pytest

from factdb.match.grade import grade_pair


@pytest.mark.parametrize(
    ("a", "b", "grade"),
    [
        # ECB+ topic 9: the same quote in ens-newswire.com and ucsusa.org, different marks
        (
            "\u201cPolitics plays a huge role in such decisions,\u201d",
            '"politics plays a huge role in such decisions."',
            "exact",
        ),
        # ECB+ topic 40 (Paul Ferguson): one outlet dropped "is"
        (
            "What makes this so insidious is it takes advantage of a big gaping hole of IE, "
            "which has the largest install base of any browser on the market,",
            "What makes this so insidious it takes advantage of a big gaping hole of IE, "
            "which has the largest install base of any browser on the market,",
            "near",
        ),
        # ECB+ topic 40 (Trend Micro): one outlet quoted the second half only
        (
            "When the patch is released people should run, not walk, to get it installed,",
            "People should run, not walk, to get it installed,",
            "fragment",
        ),
        # ECB+ topic 2 (Steven Moffat): a partial quote with different punctuation at the join
        (
            "It's an incendiary combination: one of the most talented actors of his generation "
            "is about to play the best part on television. Peter Capaldi is in the TARDIS!",
            "One of the most talented actors of his generation is about to play the best part "
            "on television.",
            "fragment",
        ),
        # ECB+ topic 4 (Brian Nichols): the same apology reworded by two outlets
        (
            "I know that the things that I've done caused a lot of pain, and I am sorry.",
            "I just wanted to say that I know that the things I've done caused a lot of pain "
            "and I'm sorry,",
            "paraphrase",
        ),
    ],
)
def test_grades(a: str, b: str, grade: str) -> None:
    result = grade_pair(a, b)
    assert result is not None and result.grade == grade
    assert grade_pair(b, a) == result  # symmetric


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # MRPC train 2108705/2108831, labelled different: same story, different claims
        (
            "Yucaipa owned Dominick's before selling the chain to Safeway in 1998 for $2.5 billion.",
            "Yucaipa bought Dominick's in 1995 for $693 million and sold it to Safeway for "
            "$1.8 billion in 1998.",
        ),
        # ECB+: one-word quotes in different stories are not one claim
        ("Yes.", "yes"),
        ("Meanwhile", "Meanwhile"),
        # ECB+: a four-word phrase inside an unrelated quote is not a fragment of it
        (
            "for the foreseeable future,",
            "they expect to hold services at the Wasilla Middle School for the foreseeable "
            "future during repairs",
        ),
        ("", "anything at all here"),
        ("\u201c\u2026\u201d", "\u2026"),
    ],
)
def test_not_the_same_claim(a: str, b: str) -> None:
    assert grade_pair(a, b) is None


def test_scores_order_grades() -> None:
    """Exact outranks a near edit, which outranks a paraphrase of the same words."""
    base = "Any cooperation that directly or indirectly aids North Korea's military enhancement"
    exact = grade_pair(base, base.upper())
    near = grade_pair(base, base.replace("directly or ", ""))
    assert exact is not None and near is not None
    assert exact.score == 100.0 and near.grade == "near" and near.score < 100.0


def test_a_short_quote_with_another_subject_is_not_near() -> None:
    """ECB+: two different stories quote "a very close family" about different people."""
    assert grade_pair("We were a very close family.", "They are a very close family.") is None
    assert grade_pair("We were a very close family.", "We were a very close family!") is not None
