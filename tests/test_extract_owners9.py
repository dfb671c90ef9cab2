"""Golden tests for an office named through its owner or with an ordinal: "Russia's president",
"Microsoft's chief executive" are one definite person, as "the president" is (they were typed
anonymous, as "a spokesman" is), while "Scott's family" stays a group; "first" after a
determiner or an owner is an adjective ("the first minister", "Scotland's first minister"),
not the adverb of "Smith first said" (the speaker was cut to "minister", or lost).

Passages are real sentences, or short excerpts of them, from the BBC News corpus and PolNeAR
(../shared/corpora/), each named in a comment.
"""

from __future__ import annotations

import pytest
from extraction import claim_with


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC business 332
        (
            "Russia's president has defended the purchase of Yukos' key production unit by "
            "state-owned oil firm Rosneft, saying it followed free market principles.",
            "it followed free market principles",
            "Russia's president",
        ),
        # BBC tech 370
        (
            "Grokster's lawyer argued that the company should be judged by its current behaviour "
            "rather than what it did when it first set up.",
            "the company should be judged by its current behaviour rather than what it did "
            "when it first set up",
            "Grokster's lawyer",
        ),
    ],
)
def test_an_owners_office_holder_is_a_person(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, "person")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC politics 094
        (
            "Scotland's first minister has told a group of high school pupils that it is okay "
            'to get drunk "once in a while".',
            'it is okay to get drunk "once in a while"',
            "Scotland's first minister",
        ),
        # BBC politics 019
        (
            "In a furious response, the first minister said his comments had been distorted and "
            "taken out of context.",
            "his comments had been distorted and taken out of context",
            "the first minister",
        ),
    ],
)
def test_first_after_an_owner_or_article_is_part_of_the_speaker(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, "person")


def test_an_owners_family_stays_a_group() -> None:
    # PolNeAR dev (Washington Post, 2016): a family is several people, never one person
    claim = claim_with(
        "Scott's family has called on police to release the videos \"as a matter of the greater "
        'good and transparency" and called on people to protest peacefully.',
        "people to protest peacefully",
    )
    assert claim.speaker is not None
    assert claim.speaker.kind != "person"


def test_first_as_an_adverb_stays_out_of_the_speaker() -> None:
    claim = claim_with("Smith first said the plan was good.", "the plan was good")
    assert claim.speaker is not None
    assert claim.speaker.name == "Smith"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # ECB+ 30_10ecb
        (
            "Others warned that bank and stock market trading could be affected.",
            "bank and stock market trading could be affected",
            "Others",
        ),
        # ECB+ 16_5ecbplus
        (
            "Deputies said that Orozco is 5-foot-8, 135 pounds, with tattoos over his upper body.",
            "Orozco is 5-foot-8, 135 pounds, with tattoos over his upper body",
            "Deputies",
        ),
        # ECB+ 20_9ecbplus: "others" after "although" is a subject, and the speaker
        (
            "Some eye witnesses reported sensing a definite tremor for one minute, although "
            "others told AME Info they had not felt anything.",
            "they had not felt anything",
            "others",
        ),
    ],
)
def test_others_and_plural_roles_are_unnamed_groups(text: str, content: str, speaker: str) -> None:
    # "Others", "Deputies" capitalised as the sentence's opener were typed as one person
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, "anonymous")


def test_an_operator_before_a_name_makes_it_a_company() -> None:
    # ECB+ 30_1ecbplus (and BBC business 454, "Rival exchange operator Euronext"): a network,
    # exchange or rail operator is a company, and "it" in a later sentence can then be it
    text = (
        "Undersea cable operator Seacom announced today that repairs have been completed on a "
        "broken cable off the coast of Egypt. Seacom started to experience problems on "
        "Saturday, which it said was caused by a problem on a cable between Abu Talat in Egypt "
        "and Marseilles in France."
    )
    first = claim_with(text, "repairs have been completed on a broken cable off the coast of Egypt")
    assert first.speaker is not None
    assert (first.speaker.name, first.speaker.kind) == ("Seacom", "organization")
    later = claim_with(
        text,
        "was caused by a problem on a cable between Abu Talat in Egypt and Marseilles in France",
    )
    assert later.speaker is not None
    assert (later.speaker.name, later.speaker.kind) == ("Seacom", "organization")


def test_a_capitalised_word_ending_in_ed_stays_in_a_body_s_name() -> None:
    # ECB+ 20_11ecbplus: "Red" read as a past tense cut the phrase to "Crescent relief agency",
    # which was named as the speaker instead of Mohsen Kazemi
    claim = claim_with(
        "Mohsen Kazemi from Iran's Red Crescent relief agency said the four hardest-hit villages "
        "were Tonban, Gavarzin, Khaledin and Gourian.",
        "the four hardest-hit villages were Tonban, Gavarzin, Khaledin and Gourian",
    )
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("Mohsen Kazemi", "person")
    assert claim.speaker.organization == "Iran's Red Crescent relief agency"
