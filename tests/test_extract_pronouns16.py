"""Golden tests: whom an unresolved "he" or "she" stands for (factdb/extract/pipeline.py,
`_antecedent`, `_pronoun_antecedent`; factdb/extract/speakers.py, `SpeakerResolver`).

A frame closing a sentence of reported words ("Chinese firms would be allowed ..., he
confirmed") has no subject of its own to carry: the capitalised words opening the sentence
are what was said, so the pronoun reaches to the sentence before, as one opening its own
sentence does. Guards: a pronoun with two people of its sex competing stays unknown.
Passages are paraphrased from BBC News (British news, 2004-05), ECB+ (news of many outlets)
and PolNeAR train (US political news, 2016), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from tests.extraction import claim_with


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (  # BBC: the reported words open with a body's name
            "Despite his giveaways, Budget documents show Mr Brown clawed back £265m through a "
            "clampdown on tax avoidance. BBC political editor Andrew Marr suggested the "
            "sweeteners were not big enough to have a transforming effect on voters. But trust "
            "in Mr Brown's economic stewardship would be a central election issue, he said.",
            "trust in Mr Brown's economic stewardship would be a central election issue",
            "Andrew Marr",
        ),
        (  # BBC: the reported words open with "It"
            "Mr Blair has already said tackling world poverty would be one of his priorities. "
            "But Band Aid founder Bob Geldof in July said he was sick of hearing talk about "
            "scars on the world. It was pathetic that Britain was the 4th richest country in "
            "the world but only the 11th most generous aid donor, he added.",
            "It was pathetic that Britain was the 4th richest country in the world but only "
            "the 11th most generous aid donor",
            "Bob Geldof",
        ),
        (  # ECB+: the subject of the reported words is a group
            "Elijah Coleman, 21, told jurors in Albany County Court he and two acquaintances "
            "went to West Hill to start trouble. A member of the trio was shot in the foot by "
            "rivals on an earlier occasion, he said.",
            "A member of the trio was shot in the foot by rivals on an earlier occasion",
            "Elijah Coleman",
        ),
    ],
)
def test_frame_after_reported_words_reaches_the_sentence_before(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker


def test_two_people_named_before_keep_the_pronoun_unknown() -> None:
    # guard: the sentence before has two people, either of whom may be "he"
    text = (
        "Mr Smith met John Jones on Monday to discuss the merger. Talks would go on next "
        "week, he said."
    )
    claim = claim_with(text, "Talks would go on next week")
    assert claim.speaker is not None
    assert claim.speaker.name == "unknown"
