"""Golden tests: where reported content ends, before the speaker's next act or the writer's
comment on it (`_clip_end`, `_subjects_next_predicate` in factdb/extract/attribution/).

"called on the United States to attack the oil ... and proposed a safe zone": an infinitive has
no tense, so a past verb after "and" is the speaker's next act, as after a clause in the
present ("said he is out of work and questioned how ..."); "..., a charge that Colorado
Republican leaders strongly denied" is the writer's word on the claim, and "..., as have other prominent
Democrats" the writer's note that others said the same. A clause with a past verb keeps its
words. Passages are paraphrased from PolNeAR train (US political news, 2016) and news in
general.
"""

from __future__ import annotations

import pytest

from tests.test_extract_objects import assert_act
from tests.test_extract_speech_acts import claims_of


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        (
            # PolNeAR train (2015): whom the call is on, then the infinitive
            "Donald Trump has also called on the United States to attack the oil that funds the "
            "Islamic State and proposed a safe zone inside Syria for the refugees.",
            "indirect:call",
            "the United States to attack the oil that funds the Islamic State",
            "Donald Trump",
        ),
        (
            # a bare infinitive
            "The minister promised to cut taxes and visited the factory.",
            "indirect:said-to",
            "to cut taxes",
            "minister",
        ),
        (
            # PolNeAR train (2016), paraphrased: a question the speaker asks next
            "Chris Brownell, an audience member, said he is out of work and questioned how he "
            "would be helped by the plan.",
            "indirect:said-clause",
            "he is out of work",
            "Chris Brownell",
        ),
        (
            # PolNeAR train (2016): the writer's word on the claim after it
            "Trump complained that the contest had been rigged against him, a charge that "
            "Colorado Republican leaders strongly denied.",
            "indirect:said-that",
            "the contest had been rigged against him",
            "Trump",
        ),
        (
            # BBC (2004), paraphrased: "a prediction which ..." after a dash
            "Jack Straw said he expects the ban to be lifted within six months - a prediction "
            "which has alarmed critics.",
            "indirect:said-clause",
            "he expects the ban to be lifted within six months",
            "Jack Straw",
        ),
        (
            # PolNeAR train (2015): others who said the same, in the writer's words; the
            # connective set off by commas leaves "wants" a verb
            "Hillary Clinton said Wednesday she, too, wants a Justice Department inquiry, as have "
            "other prominent Democrats including Senator Richard Durbin.",
            "indirect:said-clause",
            "she, too, wants a Justice Department inquiry",
            "Hillary Clinton",
        ),
        (
            "Hillary Clinton said Smith, too, supports a Justice Department inquiry.",
            "indirect:said-clause",
            "Smith, too, supports a Justice Department inquiry",
            "Hillary Clinton",
        ),
    ],
)
def test_content_ends_before_the_speakers_next_act(
    text: str, rule: str, content: str, speaker: str
) -> None:
    assert_act(text, rule, content, speaker)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a past verb the word list does not know ("shot"): the clause goes on
        (
            "Mr Smith told the BBC that the gang shot two men and attacked a guard during the raid.",
            "the gang shot two men and attacked a guard during the raid",
        ),
        # "a claim that ..." as the object of the speaker's words stays in them
        (
            "Smith said Jones had made a claim that nobody could check.",
            "Jones had made a claim that nobody could check",
        ),
        # "as has happened before" is no one else's saying: the clause goes on
        (
            "The minister said the talks will fail, as has happened twice before.",
            "the talks will fail, as has happened twice before",
        ),
        # a clause in the past keeps its second predicate
        (
            "Police said the suspect robbed the store and asked whether anyone had seen him.",
            "the suspect robbed the store and asked whether anyone had seen him",
        ),
    ],
)
def test_a_clause_in_the_past_keeps_its_words(text: str, content: str) -> None:
    assert content in [claim.text for claim in claims_of(text)]
