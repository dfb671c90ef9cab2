"""A "he" or "she" the resolver left `unknown` where the article makes the speaker certain:
a chain of sentences opened by the same pronoun reaches back to the person it began with, and
the name of a competition or an award ("a Golden Globe", "the Six Nations") is no other person
in between. Guards: a woman named by a one-word name with "who" between, and a name in the
pronoun's own clause, keep the pronoun unknown."""

from __future__ import annotations

from extraction import assert_said, claim_with

# BBC (entertainment/355): "She arrived ..." carries Staunton on to "she told reporters"
STAUNTON = (
    "British stars Imelda Staunton and Clive Owen are hoping for awards at the Odeon in "
    "London's Leicester Square.\n"
    "Staunton is one of the favourites to land the best actress award for her gritty role as a "
    "backstreet abortionist in the small-budget film. She arrived at the ceremony wearing a "
    "green silk and chiffon low cut evening dress decorated with beads. \"It's lovely to be here "
    "at home, to be on British soil. It's very nice indeed,\" she told reporters."
)

# BBC (entertainment/354): a Golden Globe is no one a later "He" could stand for
OWEN = (
    "British actor Clive Owen, who has won a Golden Globe and a Bafta for his supporting role in "
    'Closer, said it "meant a lot" to be at the ceremony. He said: "Just to be here really, at '
    'the Baftas. The bottom line is it is a celebration of British films."'
)

# BBC (sport/330): nor are the Six Nations and the Grand Slam
CAMPESE = (
    "David Campese believes England need a new captain. Campese has tipped Wales to win both "
    "the Six Nations and Grand Slam come the end of the tournament. \"It's been a surprising "
    'tournament," he said, "and maybe Ireland have a little bit more talent overall."'
)

# BBC (entertainment/206): Sharon, named between, is the "she"
OSBOURNE = (
    "Rock star Ozzy Osbourne has said his family will not make any more episodes of reality TV "
    "show The Osbournes.\n\"At the end of it I didn't like having cameras around the house all "
    'the time," the Black Sabbath singer told reporters at the MTV Europe Awards in Rome. His '
    "wife Sharon, who also appears in the popular MTV show based on the Osbournes' family life, "
    "agreed. \"Now everybody's doing reality shows. He's done it, he's been there, he's got to "
    'do something else," she said.'
)

# ECB+ (33_3ecb): the daughter, named in the pronoun's own clause, is the "she"
MCALLISTER = (
    "Shondell McAllister said she learned her child had died. McAllister explained how she and "
    "her four children moved to Albany from Guyana in January 2007 and to First Street in "
    "September of that year. She recalled her daughter being on the front steps with, among "
    'others, a 1-year-old baby. After Kathina was shot, she exclaimed, "Mommy, Mommy, I got '
    'hit. Somebody hit me in my back."'
)

# BBC (sport/002): another man named in full between keeps "He added" unknown
LEWIS_FRANCIS = (
    "Mark Lewis-Francis says his Olympic success has made him determined.\n"
    "Lewis-Francis has still to decide what events will feature in his build-up to the worlds. "
    "He has confirmed his participation in the Norwich Union Grand Prix in Birmingham, where he "
    "will take on another member of Britain's victorious men's relay team - Jason Gardener - "
    'over 60m. He added: "It\'s a bit too early to make any predictions for Helsinki."'
)


def test_a_chain_of_the_same_pronoun_reaches_the_person_it_began_with() -> None:
    assert_said(
        STAUNTON,
        "It's lovely to be here at home, to be on British soil. It's very nice indeed,",
        "Imelda Staunton",
        "direct:speaker-after",
    )


def test_an_award_is_no_other_person_between() -> None:
    assert_said(
        OWEN,
        "Just to be here really, at the Baftas. The bottom line is it is a celebration of "
        "British films.",
        "Clive Owen",
        "direct:speaker-before",
    )


def test_a_competition_is_no_other_person_between() -> None:
    claim = claim_with(
        CAMPESE,
        'It\'s been a surprising tournament," he said, "and maybe Ireland have a little bit '
        "more talent overall.",
    )
    assert claim.speaker is not None and claim.speaker.name == "David Campese"


def test_guard_a_woman_named_with_who_between_keeps_she_unknown() -> None:
    claim = claim_with(
        OSBOURNE,
        "Now everybody's doing reality shows. He's done it, he's been there, he's got to do "
        "something else,",
    )
    assert claim.speaker is not None and claim.speaker.kind == "unknown"


def test_guard_a_name_in_the_pronouns_own_clause_stops_the_chain() -> None:
    claim = claim_with(MCALLISTER, "Mommy, Mommy, I got hit. Somebody hit me in my back.")
    assert claim.speaker is None or claim.speaker.name != "Shondell McAllister"


def test_guard_another_man_named_in_full_between_keeps_he_unknown() -> None:
    claim = claim_with(LEWIS_FRANCIS, "It's a bit too early to make any predictions for Helsinki.")
    assert claim.speaker is not None and claim.speaker.kind == "unknown"


# BBC (politics/379): a person named again by title and first name alone ("Sir Ian") is the
# "he" after him
SIR_IAN = (
    "Sir Ian Blair said terror groups would remember the effect of the Madrid bomb on Spain's "
    "general election last year. No 10 was similarly cautious but said the threat was real.\n"
    "The comments come after Tony Blair defended his controversial anti-terror proposals, "
    "warning that it would be wrong to wait for an attack before acting. Sir Ian told a meeting "
    'of the Metropolitan Police Authority it would be "unwise" to speculate about whether there '
    'was specific information about risks of a pre-election attack. But he said: "Terrorists '
    'have long memories."'
)


def test_a_person_named_by_title_is_the_pronouns_antecedent() -> None:
    claim = claim_with(SIR_IAN, "Terrorists have long memories.")
    assert claim.speaker is not None and claim.speaker.name == "Ian Blair"
