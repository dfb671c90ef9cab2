"""Golden tests for beliefs, hopes and regards somebody in the text holds (`indirect:belief`),
for constructions the belief rules missed or got wrong: a short clause after the verb, a verb
of regard as a subject's second predicate, a quantifier's aside, a time before "that", "in
hopes of" after a relative aside, believers joined by "and", and what holds no belief (a
degree's result clause, a noun that looks like a verb, a believer after "not", a relative
clause's end).

Passages are short real sentences from PolNeAR train, BBC and ECB+, each naming its source in
a comment. A few cases guard what the new rules must leave alone (a gerund subject, a plural
verb's pair, an aside's believer, "suspect" with a clause); those pass on main as well.
"""

from __future__ import annotations

import pytest
from extraction import claims_of

from factdb.extract.types import Claim


def beliefs_of(text: str) -> list[Claim]:
    return [c for c in claims_of(text) if c.rule.endswith(":belief")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Washington Post, 2015): a pronoun, an auxiliary and "not": a clause
        (
            "Some veteran strategists think it will not.",
            "it will not",
            "Some veteran strategists",
        ),
        # PolNeAR train (Politico, 2016): a pronoun, an auxiliary and a bare verb
        (
            "The head of the Service Employees International Union is worried about what Donald "
            "Trump is stirring up in her 2.1 million members, because she thinks he can win.",
            "he can win",
            "unknown",
        ),
        # PolNeAR train (New York Times, 2016): "views" after "but" is the subject's second
        # verb of regard, its object and what it is taken for after it
        (
            "Mr. Regalado, a former broadcast journalist, intends to sit out the presidential "
            "race. He considers Mrs. Clinton untrustworthy, but views Mr. Trump as a poisonous "
            "candidate who has aggravated racial divisions.",
            "Mr. Trump as a poisonous candidate who has aggravated racial divisions",
            "Regalado",  # "He", after the subject named by title and surname
        ),
    ],
    ids=["pronoun-aux-not", "pronoun-aux-verb", "second-predicate-views-as"],
)
def test_belief_is_a_claim(text: str, content: str, speaker: str) -> None:
    found = [c for c in beliefs_of(text) if c.text.rstrip(".") == content]
    assert found, [(c.text, c.rule) for c in claims_of(text)]
    claim = found[0]
    assert claim.rule == "indirect:belief"
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Politico, 2016): "so much ... that" opens the worry's result
        "The State Department worries so much about corrupted cellphones that visitors to the "
        "secretary's suite on the seventh floor must place their devices in a lockbox.",
        # PolNeAR train (Politico, 2016): "feel so beleaguered that": a result, not a belief
        "Trump is betting that general-election voters feel so beleaguered that they will heed "
        "his call for radical change.",
    ],
    ids=["worries-so-much-that", "feel-so-that"],
)
def test_result_of_a_degree_is_no_belief(text: str) -> None:
    # (Trump's bet is his belief: "is betting that" takes the whole clause, result and all)
    held = [c for c in beliefs_of(text) if c.cue is not None and "betting" not in c.cue.text]
    assert not held, [(c.text, c.rule) for c in held]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Politico, 2016): a quantifier's aside inside what it believes
        (
            "Ryan’s endorsement of Trump, many think, is only a matter of time.",
            "Ryan’s endorsement of Trump, many think, is only a matter of time",
        ),
        # BBC (business, 2005): the same with "some"
        (
            "The half-point window, some believe, could be enough to keep US assets looking more "
            "attractive, and could help prop up the dollar.",
            "The half-point window, some believe, could be enough to keep US assets looking more "
            "attractive, and could help prop up the dollar",
        ),
    ],
    ids=["many-think-aside", "some-believe-aside"],
)
def test_counted_believers_in_an_aside(text: str, content: str) -> None:
    found = [c for c in beliefs_of(text) if c.text.rstrip(".") == content]
    assert found, [(c.text, c.rule) for c in claims_of(text)]
    claim = found[0]
    assert claim.speaker is None  # people the writer counts, never a name
    assert claim.segments and all(
        "think" not in text[s:e] and "believe" not in text[s:e] for s, e in claim.segments
    )  # the aside is no part of the content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (USA Today, 2016): a time between the verb and its "that"
        (
            "Many thought after 2012 that Republicans would have a serious discussion about why "
            "they had lost twice to Barack Obama.",
            "Republicans would have a serious discussion about why they had lost twice to Barack "
            "Obama",
        ),
    ],
    ids=["thought-after-2012-that"],
)
def test_time_before_the_believed_clause(text: str, content: str) -> None:
    found = [c for c in beliefs_of(text) if c.text.rstrip(".") == content]
    assert found, [(c.text, c.rule) for c in claims_of(text)]


# ECB+ (Alaska Dispatch headline): a preposition that is no time stays no stance
def test_other_phrase_after_a_belief_verb_is_no_stance() -> None:
    assert not beliefs_of("Arson suspected in fire that destroyed Alaska's Mat-Maid dairy.")


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (ecbplus:12_8ecb): "suspects" is a noun; a verb and its object follow it
        "Piracy suspects raise their hands in surrender as an Indian navy boat approaches.",
        # ECB+ (ecbplus:28_1ecbplus): a headline's noun, then a participle
        "Deep Throat suspect found dead in hotel.",
        # BBC (politics/070): a passive participle after the noun
        "On Monday, the legal team for two Algerian suspects being held without trial told a "
        "court the men did not want bail if it meant being put under house arrest.",
    ],
    ids=["suspects-raise-their", "suspect-found-dead", "suspects-being-held"],
)
def test_a_noun_that_looks_like_a_belief_verb_holds_nothing(text: str) -> None:
    assert not beliefs_of(text), [(c.text, c.rule) for c in beliefs_of(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # BBC (politics/284): a gerund's phrase is the clause's subject
        (
            "He also believes being the only major party promising to increase taxes will not "
            "land him in the same trouble a similar policy did to Old Labour.",
            "being the only major party promising to increase taxes will not land him in the "
            "same trouble a similar policy did to Old Labour",
        ),
        # ECB+ (ecbplus:13_20ecb): a clause after "suspect" stays a belief
        (
            "Authorities suspect arson is the cause of a fire that caused an estimated $1 million "
            "in damage to Gov. Sarah Palin's church.",
            "arson is the cause of a fire that caused an estimated $1 million in damage to Gov. "
            "Sarah Palin's church",
        ),
    ],
    ids=["gerund-subject", "suspect-clause"],
)
def test_a_clause_with_its_subject_stays_a_belief(text: str, content: str) -> None:
    assert [c for c in beliefs_of(text) if c.text.rstrip(".") == content], [
        (c.text, c.rule) for c in claims_of(text)
    ]


def test_a_singular_verb_has_one_believer_not_the_pair_before_it() -> None:
    # BBC (sport/151): "Barcelona" is the object of the clause before; Owen alone is confident
    text = (
        "Michael Owen scored twice. Victory took Real to within six points of leaders Barcelona "
        "and Owen is confident Real can close the gap."
    )
    (claim,) = [c for c in beliefs_of(text) if c.text.rstrip(".") == "Real can close the gap"]
    assert claim.speaker is not None and claim.speaker.name == "Michael Owen"


def test_a_plural_verb_keeps_the_pair() -> None:
    # BBC (politics): "and" before a plural verb joins two believers
    text = (
        "The Electoral Commission and National Union of Students are worried students in halls "
        "of residence can find it hard to register to vote."
    )
    (claim,) = beliefs_of(text)
    assert claim.speaker is not None
    assert claim.speaker.name == "Electoral Commission and National Union of Students"


def test_in_hopes_after_a_relative_aside_is_the_main_subjects_aim() -> None:
    # PolNeAR train (Washington Post, 2016): ", which votes next week," is no clause of its
    # own, and "state" in the aim is a noun, not somebody's words
    text = (
        "Sanders has been barnstorming California, which votes next week, in hopes of upsetting "
        "his rival in the most populous state and taking his case to the Democratic National "
        "Convention."
    )
    (claim,) = beliefs_of(text)
    assert claim.text.startswith("upsetting his rival in the most populous state")
    assert claim.speaker is not None and claim.speaker.name == "Sanders"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # PolNeAR train (HuffPost, 2016): two groups before a plural verb hold it together
        (
            "In fact, it is so narrow that many liberal economists and Wall Street reform "
            "advocates believe it would be easy for Wall Street to circumvent.",
            "many liberal economists and Wall Street reform advocates",
        ),
        # PolNeAR train (New York Times, 2016): a name and a group
        (
            "Ms. Henry and other labor leaders remain confident that they can keep their members "
            "in the fold.",
            "Henry and other labor leaders",
        ),
    ],
    ids=["two-groups", "name-and-group"],
)
def test_both_conjuncts_before_a_plural_verb_hold_the_belief(text: str, speaker: str) -> None:
    (claim,) = beliefs_of(text)
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (USA Today, 2016): "Not all" denies that the group holds it
        "Not all conference attendees, however, are eager to hear Trump's explanation and are "
        "planning a demonstration.",
        # PolNeAR train (Washington Post, 2016): "not" before the phrase; "the kind of campaign
        # Ayotte" was the believer's name
        "This is not the kind of campaign Ayotte hoped to be running.",
    ],
    ids=["not-all", "not-the-kind-of"],
)
def test_a_believer_after_not_holds_nothing(text: str) -> None:
    assert not beliefs_of(text), [(c.text, c.speaker) for c in beliefs_of(text)]


def test_a_belief_verb_ending_a_relative_clause_takes_nothing_after_its_comma() -> None:
    # PolNeAR train (New York Times, 2015): "particularly given ..." is the writer's
    text = (
        "But this year's campaign tale has not been the kind of Hispanic coming-of-age story many "
        "Latinos had expected, particularly given their growing numbers and influence in the "
        "polls."
    )
    assert not beliefs_of(text), [(c.text, c.speaker) for c in beliefs_of(text)]


def test_an_aside_believer_keeps_its_clause() -> None:
    # BBC (entertainment/326): the believer set off by commas inside its clause
    text = (
        "The problem with Mel Gibson's film, he believed, was that the voting panel may have been "
        "cautious in nominating a film with dialogue in Aramaic."
    )
    assert beliefs_of(text)
