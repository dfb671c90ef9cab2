"""Golden tests: speech acts whose content is an object or comes after a preposition
(factdb/extract/speech_acts.py families, lexicons/verb_classes.txt), second set.

"Clinton recalled her opposition to ...", "Mr. Brown said, recalling a visit to his church":
what was recalled is the noun phrase after the verb; goods, envoys and players called back
("Toyota recalled the vehicles", "recalled the striker to the squad") are no claim. Passages
are quoted from PolNeAR train (US political news, 2016), BBC News (British news, 2004-05) and
ECB+ (news of many outlets), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from tests.test_extract_speech_acts import claims_of, only_claim


def assert_act(text: str, rule: str, content: str, speaker: str) -> None:
    """The one claim of `rule` in `text` has this content and a speaker named with `speaker`."""
    claim = only_claim(text, rule)
    assert claim.text == content
    assert claim.speaker is not None
    assert speaker in claim.speaker.name


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        (
            # PolNeAR train (Washington Post, 2016): what is recalled is the object
            "Hillary Clinton spoke to the union. Clinton recalled her opposition to George W. "
            "Bush administration efforts to privatize federal jobs.",
            "indirect:recollection",
            "her opposition to George W. Bush administration efforts to privatize federal jobs",
            "Clinton",
        ),
        (
            # PolNeAR train (New York Times, 2016): the participle after the speaker's frame
            "''He'd get choked up speaking about America,'' Mr. Brown said, recalling a visit "
            "to his church by Rafael Cruz.",
            "indirect:recollection",
            "a visit to his church by Rafael Cruz",
            "Brown",
        ),
        (
            # PolNeAR train (Washington Post, 2016): "that" after the object opens a relative
            # clause inside what is recalled, not a reported clause
            '"It is true we got close to immigration reform," Hillary Clinton said in Los '
            "Angeles, recalling a 2007 comprehensive immigration reform bill that failed when "
            "she, Sanders and President Obama were in the Senate.",
            "indirect:recollection",
            "a 2007 comprehensive immigration reform bill that failed when she, Sanders and "
            "President Obama were in the Senate",
            "Clinton",
        ),
        (
            # BBC News (tech, 2004-05): a finite "recalled" with a named subject
            "Mr Palmer recalled the case of a couple who had hundreds of pictures of their "
            "baby's first three months on their computer.",
            "indirect:recollection",
            "the case of a couple who had hundreds of pictures of their baby's first three "
            "months on their computer",
            "Palmer",
        ),
        (
            # ECB+ (2011): a gerund for what is recalled
            "Roy Williams recalled the effort Ford put forth to complete the team's mile run in "
            "a predetermined amount of time.",
            "indirect:recollection",
            "the effort Ford put forth to complete the team's mile run in a predetermined amount "
            "of time",
            "Roy Williams",
        ),
    ],
)
def test_recollection_is_the_object_recalled(
    text: str, rule: str, content: str, speaker: str
) -> None:
    assert_act(text, rule, content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # goods withdrawn from sale, envoys and players called back: no recollection
        "Toyota recalled the vehicles on Monday after reports of faulty brakes.",
        "The coach recalled the striker to the squad for the match against Wales.",
        "The government recalled its ambassador from Tehran last week.",
        "Ford recalled 1.3 million cars in the United States.",
    ],
)
def test_calling_back_is_no_recollection(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith("recollection")]


def test_a_mention_with_no_word_names_nobody() -> None:
    # found by the property test: the speaker slot after "According to" holds marks alone
    claims = claims_of('"0"According to::')
    assert all(c.speaker is None or c.speaker.kind == "unknown" for c in claims)
