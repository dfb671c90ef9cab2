"""Golden tests for a "he" or "she" after a political party named between the speaker and the
pronoun: "the Liberal Democrats", "the Tories", "the Lib Dem figures" name a body, never a
person the pronoun could stand for, so they no longer leave the pronoun `unknown`. A party's
name with a person's after it ("Lib Dem Lembit Opik") still names someone else.

Passages are real sentences, or short excerpts of them, from BBC (../shared/corpora/bbc),
each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claim_with


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # BBC politics/417: "the Liberal Democrats" between Mr Kennedy and "he"
        (
            'The Liberal Democrats will present themselves as "the real alternative" in the '
            "forthcoming general election campaign, Charles Kennedy has said. Unveiling the "
            'slogan at the party\'s spring conference, he said there was no "glass ceiling" to '
            'its ambitions. Speaking in Harrogate Mr Kennedy said: "People want a credible, '
            "principled political party which offers a different vision of what Britain can "
            'be." Only the Liberal Democrats stood against the Iraq war, he said, and they had '
            "also provided strong opposition to the government's plans on ID cards.",
            "Only the Liberal Democrats stood against the Iraq war, he said, and they had also "
            "provided strong opposition to the government's plans on ID cards",
            "Charles Kennedy",
            "indirect:speaker-inside",
        ),
        # BBC politics/159: "The Tories" opening the reported clause itself
        (
            'Mr Howard told BBC News: "I\'m determined to lower taxes." The Tories were '
            "unveiling material months ahead of the expected election because they needed time "
            "to make voters aware of their policies, he said.",
            "The Tories were unveiling material months ahead of the expected election because "
            "they needed time to make voters aware of their policies",
            "Howard",
            "indirect:speaker-after",
        ),
        # BBC politics/036: "the Liberal Democrats" twice between Mr Kennedy and "he"
        (
            "Mr Kennedy said his thoughts were with all those caught up in the disaster. At "
            "home he said many people were turning to the Liberal Democrats as they became "
            "disheartened with the politics of the other two main parties. The general election "
            'would be a three-party struggle, as the Conservative party "fades away" as a '
            "national force and the Liberal Democrats challenge Labour in its heartlands, he "
            "said.",
            'The general election would be a three-party struggle, as the Conservative party "fades away" as a national force and the Liberal Democrats challenge Labour in its heartlands',
            "Kennedy",
            "mixed:speaker-after",
        ),
    ],
)
def test_a_party_named_between_is_no_rival(
    text: str, content: str, speaker: str, rule: str
) -> None:
    assert_said(text, content, speaker, rule)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # guard: a party's name with a person's after it names someone else, whatever the
        # first name ("Lembit" is in no list of first names)
        (
            "Charles Kennedy said his party was ready for a poll. He praised Lib Dem Lembit "
            "Opik. The party would win more seats, he said.",
            "The party would win more seats",
        ),
        # guard: a party and a person named with it ("Liberal Democrat Sarah Teather")
        (
            "Ruth Kelly said the plans were fair. She met Liberal Democrat Sarah Teather. The "
            "schools would get more money, she said.",
            "The schools would get more money",
        ),
    ],
)
def test_a_person_named_with_a_party_still_blocks(text: str, content: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.kind == "unknown"
