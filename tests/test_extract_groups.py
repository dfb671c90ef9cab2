"""An unnamed group as a source: "Business groups", "Trade unions", "Some consumer groups".

They are sources the article does not name, as "officials" and "critics" are, so they are kept
as anonymous speakers under the words the article uses. The plural after a capitalised word is
the head of the phrase, never its verb: "Trade unions welcomed ..., saying" must not make a
speaker called "Trade". Passages are from BBC News and ECB+ (shortened).
"""

from __future__ import annotations

import pytest
from extraction import claims_of


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # BBC business
        (
            "Business groups welcomed the MPC's widely-expected move to leave rates on hold and "
            "cautioned against further rises.",
            "Business groups",
        ),
        # ECB+
        ("Trade unions say the cuts will hit the poorest hardest.", "Trade unions"),
        # BBC tech
        (
            "Some consumer groups have expressed concern that the scheme will cost users more.",
            "Some consumer groups",
        ),
        # BBC politics, the plural head before a participle of speech
        (
            "Trade unions welcomed the move, saying that it would protect jobs.",
            "Trade unions",
        ),
    ],
)
def test_an_unnamed_group_is_an_anonymous_source(text: str, mention: str) -> None:
    claims = claims_of(text)
    assert len(claims) == 1
    speaker = claims[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention, speaker.kind) == (mention, mention, "anonymous")


def test_a_group_pointed_back_to_is_not_an_unnamed_source() -> None:
    # PolNeAR train: "Both parents" are people the article has named
    claims = claims_of("Both parents said that he lacked the moral character to be president.")
    assert claims and claims[0].speaker is not None
    assert claims[0].speaker.kind != "anonymous"


def test_such_as_after_a_group_is_no_role() -> None:
    # BBC business: the examples after "such as" are other bodies, not the speaker's post
    claims = claims_of(
        "Other agencies, such as the Asian Development Bank, have said that more aid is needed."
    )
    assert claims and claims[0].speaker is not None
    assert claims[0].speaker.role is None
