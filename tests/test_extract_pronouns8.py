"""Golden tests for a "he" or "she" that no sentence before names, standing for the one person
the article has named whom that pronoun can be: a first name, a title or a role word saying
the person is of the pronoun's sex, every other person named of the other sex, and nobody
else brought in by a role or a description ("the Archbishop of Canterbury", "a spokesman"),
by one word ("Parry revealed"), or named in the pronoun's own clause ("responding to
criticism from Alan Hansen, he insisted"). Where anyone else may be the one, the speaker
stays unknown: a wrong name is worse than none.

Passages are real sentences, or short excerpts of them, from BBC and ECB+
(../shared/corpora/) and PolNeAR train (../shared/corpora/polnear/train.jsonl), each named in
a comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import claim_with

# BBC sport/411: only Phil Vickery is named before "He said"; "The 28-year-old" sentence
# between gives no one else
VICKERY = (
    "England prop Phil Vickery is staying positive despite a broken arm ruling him out of the "
    "RBS Six Nations.\nThe 28-year-old fractured the radius in his right forearm during "
    "Gloucester's 17-16 win over Bath on Saturday. He will undergo an operation on Monday and "
    "is expected to be out for at least six weeks. He said: \"This isn't an injury that will "
    'stop me from working hard on the fitness elements and being around the lads."'
)

# BBC politics/101: a woman and a man named; "she" can be only the woman
ESSEX = (
    'Welsh councils should set their taxes at "reasonable levels" after being given an '
    "average funding increase of 6%, says the assembly government.\nFinance Minister Sue Essex "
    'said it was a "good deal" for local government. The £3.2bn settlement includes the '
    '"full" £7.4m from the UK Treasury announced by Chancellor Gordon Brown. But opposition '
    "parties said rebanding of council taxes would mean steep rises. She said where spending "
    'rises were kept to around 5% she was "confident that councils will be able to set '
    'council taxes at reasonable levels."'
)

# BBC business/159: a minister named in full once, "he said" in a relative clause later; the
# article calls him "Mr Chidambaram" further on
CHIDAMBARAM = (
    "India is to boost spending on primary schools and health in a budget flagged as a boost "
    "for the ordinary citizen.\nThe priority for Finance Minister Palaniappan Chidambaram is "
    "to fight poverty and keep the government's Communist allies onside. But his options are "
    "limited by a new law which makes him cut the budget deficit, which he said would be 4.5% "
    "of GDP in the year to March 2005.\nPresenting his budget in the lower house of parliament, "
    "Mr Chidambaram said the Indian economy was performing strongly."
)

# PolNeAR train (New York Times, 2016): the one woman named, her name two sentences back
GEDRICH = (
    "Robyn Gedrich, 23, of Brick, N.J., had other ideas. Over the past two weeks, she matched "
    "with as many men as she could.\n\nHer goal was not dating or anything more salacious. "
    "She merely wanted men to sign up for mobile updates from Bernie Sanders's presidential "
    "campaign."
)

# BBC tech/228: the role in the aside after her name is hers, no one else's
FIORINA = (
    "The digital revolution is focused on letting people tell and share their own stories, "
    "according to Carly Fiorina, chief of technology giant Hewlett Packard.\nThe job of firms "
    "such as HP now, she said in a speech at the Consumer Electronics Show (CES), was to "
    "ensure digital and physical worlds fully converged. She said the goal for 2005 was to "
    "make people the centre of technology."
)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            VICKERY,
            "This isn't an injury that will stop me from working hard on the fitness elements "
            "and being around the lads.",
            "Phil Vickery",
        ),
        (
            ESSEX,
            'where spending rises were kept to around 5% she was "confident that councils will '
            'be able to set council taxes at reasonable levels."',
            "Sue Essex",
        ),
        (FIORINA, "the goal for 2005 was to make people the centre of technology", "Carly Fiorina"),
        (CHIDAMBARAM, "would be 4.5% of GDP in the year to March 2005", "Palaniappan Chidambaram"),
        (
            GEDRICH,
            "men to sign up for mobile updates from Bernie Sanders's presidential campaign",
            "Robyn Gedrich",
        ),
    ],
)
def test_the_one_person_the_pronoun_can_be(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.speaker.kind == "person"
    assert claim.speaker.mention.lower() in ("he", "she")
    # less certain than a name written at the claim
    assert claim.confidence < 0.6


def _speaker_of(text: str, content: str) -> str:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    return claim.speaker.name


def test_a_person_only_described_may_be_the_one() -> None:
    # BBC politics/394: the Archbishop of Canterbury, named by his office alone, wrote the
    # letter; Gordon Brown is the only person named, but not the one
    text = (
        "Britain's economic future will be at the heart of Labour's poll campaign, Chancellor "
        "Gordon Brown has said.\nHe was speaking after Cabinet members held their last meeting "
        "at No 10 before the expected election announcement. He said voters would recognise "
        "that Labour had brought stability and growth, and would continue to do so. Meanwhile "
        'the Tories outlined their plans to tackle "yob culture" and the Lib Dems gave more '
        "details about their proposals to replace council tax. Earlier the Archbishop of "
        "Canterbury wrote to all three parties urging them not to fight the election by "
        "exploiting people's fears.\nIn an open letter, he called on them not to turn the "
        "election into a competition about who can most effectively frighten voters about "
        "terrorism, asylum, and crime."
    )
    content = (
        "them not to turn the election into a competition about who can most effectively frighten "
        "voters about terrorism, asylum, and crime"
    )
    assert _speaker_of(text, content) != "Gordon Brown"


def test_two_people_of_the_pronouns_sex_leave_it_unknown() -> None:
    # BBC sport/465: two women named; "the Belgian" is which one only a reader who knows
    text = (
        "Justine Henin-Hardenne lost to Elena Dementieva in a comeback exhibition match in "
        "Belgium on Sunday for her second defeat in two days.\nAnd the Belgian, who has slipped "
        "to eight in the world after struggling with a virus, faces a tough Australian Open "
        'title defence next month. "I will be heading to Australia with a lot of question marks '
        'over me, I know that," she said.'
    )
    content = "I will be heading to Australia with a lot of question marks over me, I know that,"
    assert _speaker_of(text, content) == "unknown"


def test_a_person_named_in_the_pronouns_own_clause_is_not_it() -> None:
    # after BBC sport/112: whoever responds to Alan Hansen's criticism is not Alan Hansen
    text = (
        "The club joined the Premier League in 1992.\nAnd responding to criticism from former "
        "Liverpool stalwart Alan Hansen, he insisted talks on new investment are ongoing."
    )
    assert _speaker_of(text, "talks on new investment are ongoing") == "unknown"


def test_a_person_named_by_one_word_may_be_the_one() -> None:
    # after BBC sport/112: "Parry", never named in full, may be the "he" as well as Alan Hansen
    text = (
        "Alan Hansen has criticised the board.\nIn 1998, Parry joined Liverpool from the "
        "Premier League. The club has been sold since. But he insisted talks on new investment "
        "are ongoing."
    )
    assert _speaker_of(text, "talks on new investment are ongoing") == "unknown"


def test_someone_described_by_a_role_may_be_the_one() -> None:
    # after BBC sport/251: "the former Chelsea chairman" may be Ken Bates or someone else the
    # article has not named; the engine cannot be certain
    text = (
        "Ken Bates has completed his takeover of Leeds United.\nThe 73-year-old former Chelsea "
        'chairman sealed the deal on Friday. He said: "I\'m delighted to be stepping up."'
    )
    assert _speaker_of(text, "I'm delighted to be stepping up.") == "unknown"
