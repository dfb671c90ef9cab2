"""Golden tests: wants, worries and hopes whose object is a thing, not a clause or an act
(factdb/extract/attribution/beliefs_and_according_to.py: `_wanted_thing`, `_held_thing`,
`_HELD_PREPOSITIONS`, `_ABOUT_OR_OVER`, `_counted_share`, `_MODAL_ADVERBS_BEFORE`; belief_holders.py
`_adjective_link` with the lexicon tag "about"; pipeline.py `_holds_only_stances`).

"Party leaders want no repeat of the 1980 Democratic convention": what a named holder wants is
a claim of theirs as "wants to" is, the noun phrase to its clause's end (not a clause of the
writer's after a comma and "when", nor "and Peña Nieto wants ..."). "are concerned about
Merkel's collusion with Turkey", "worry about derogatory portrayals", "is hoping for two things
that day": what the worry or hope is about. Never a pronoun object ("want it"), a share of
people (the polls' business: "Less than half the UK wants a ban"), a possessive's noun
("voters' worries about security threats"), a modal with adverbs ("Some may just want the odd
episode"), a long object of "want ... to", or words in quotation marks after it. A belief
inside an embedded post leaves the post's own quotation in place.

Negation is left as the engine has it: "The Fed does not want to stall growth" gives no claim,
as the content alone ("to stall growth") would read as the Fed's wish wherever the cue is not
shown (matching, exports).
Passages are from PolNeAR train (US political news, 2015-16), BBC News (British news,
2004-05) and ECB+ (news of many outlets), the corpus and outlet named with each case; the
guards must stay as they are.
"""

from __future__ import annotations

import pytest

from tests.extraction import claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            # PolNeAR train (Breitbart/AP, 2015)
            "Palestinians want East Jerusalem, captured by Israel in the 1967 Middle East war, "
            "for their future state.",
            "East Jerusalem, captured by Israel in the 1967 Middle East war, for their future "
            "state",
            None,
            "want",
        ),
        (
            # PolNeAR train (Washington Post, 2016): the writer's clause after ", when" is no part
            "Party leaders want no repeat of the 1980 Democratic convention, when President "
            "Jimmy Carter faced a rebellion from Sen. Edward M. Kennedy of Massachusetts.",
            "no repeat of the 1980 Democratic convention",
            None,
            "want",
        ),
        (
            # PolNeAR train (Politico, 2016)
            "Rep. Patrick Murphy wants more funding for teacher pay and classroom supplies.",
            "more funding for teacher pay and classroom supplies",
            "Patrick Murphy",
            "wants",
        ),
        (
            # PolNeAR train (USA Today, 2016): a clause of its own after "and"
            "Trump wants the votes and Peña Nieto wants to be a hero.",
            "the votes",
            "Trump",
            "wants",
        ),
        (
            # BBC News (business, 2005): the holder's next predicate after "and"
            "Saudi Arabia now wants a fully functioning insurance industry and is introducing "
            "legislation that will clamp down on unauthorised companies.",
            "a fully functioning insurance industry",
            "Saudi Arabia",
            "wants",
        ),
        (
            # ECB+
            "Ross apparently wants a raise",
            "a raise",
            "Ross",
            "wants",
        ),
        (
            # PolNeAR train (New York Times, 2016)
            "At the same time, though, American officials have long worried about Saudi "
            "Arabia's suspected role in promoting a hard-line strain of Islam.",
            "Saudi Arabia's suspected role in promoting a hard-line strain of Islam",
            None,
            "have long worried",
        ),
        (
            # PolNeAR train (USA Today, 2015)
            "These days, many residents worry about derogatory portrayals of Muslims during the "
            "political campaign cycle.",
            "derogatory portrayals of Muslims during the political campaign cycle",
            None,
            "worry",
        ),
        (
            # PolNeAR train (Politico, 2016): a clause of reason after a comma is the writer's
            "The head of the Service Employees International Union is worried about what "
            "Donald Trump is stirring up in her 2.1 million members, because she thinks he can "
            "win.",
            "what Donald Trump is stirring up in her 2.1 million members",
            None,
            "is worried",
        ),
        (
            # BBC News (business, 2005): "concerned about" after a linking verb
            "Consumer spending remains strong, however, and the Bank is concerned about growing "
            "inflationary pressures.",
            "growing inflationary pressures",
            None,
            "is concerned",
        ),
        (
            # BBC News (entertainment, 2005): an adjective tagged "about" in the lexicon
            "Many US networks and broadcasters are now more nervous about airing nudity, "
            "violence or bad language.",
            "airing nudity, violence or bad language",
            None,
            "are now more nervous",
        ),
        (
            # BBC News (entertainment, 2005)
            "British stars Imelda Staunton and Clive Owen are hoping for awards at the Odeon in "
            "London's Leicester Square.",
            "awards at the Odeon in London's Leicester Square",
            "Imelda Staunton and Clive Owen",
            "are hoping",
        ),
        (
            # BBC News (sport, 2005): a clause of time after it is the writer's
            "Pole vaulter Brown had hoped for a vote of confidence from the British selectors "
            "after she had achieved the Athens B standard.",
            "a vote of confidence from the British selectors",
            None,
            "had hoped",
        ),
        (
            # PolNeAR train (Washington Post, 2016): after ", who" the name holds it
            "Republicans must be gnashing their teeth - Sen. Marco Rubio of Florida, who "
            "suspended his campaign in March, and Ohio Gov. John Kasich, who hopes for a miracle "
            "at the GOP convention - would be far stronger.",
            "a miracle at the GOP convention",
            "John Kasich",
            "hopes",
        ),
    ],
)
def test_thing_wanted_or_worried_about(
    text: str, content: str, speaker: str | None, cue: str
) -> None:
    claim = claim_with(text, content)
    assert claim.rule == "indirect:belief"
    assert claim.cue is not None and claim.cue.text == cue
    if speaker is not None:
        assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # (from tests/test_extract_minds4.py) an adjective in "-ed" before a noun, and a noun
        # in "-eed": no want of a thing done, the whole phrase is what is wanted
        ("Mr Dean wants a united party behind him.", "a united party behind him"),
        ("The coach wants a new breed.", "a new breed"),
    ],
)
def test_participle_before_a_noun_is_part_of_the_thing(text: str, content: str) -> None:
    [claim] = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text == content


def test_belief_inside_embedded_post_keeps_the_post() -> None:
    # PolNeAR train (Breitbart, 2016): the post's words stay its signer's quotation
    text = (
        '<tweet id="747941240054812672" author="@TwitchyTeam" datetime="2016-06-28">Rape '
        "conviction? No problem! Team Trump reportedly wants Mike Tyson at GOP convention "
        "https://t.co/8FtYoYE0G3 — Twitchy Team (@TwitchyTeam) June 28, 2016</tweet>."
    )
    post = claim_with(
        text,
        "Rape conviction? No problem! Team Trump reportedly wants Mike Tyson at GOP convention",
    )
    assert post.rule == "direct:post-signature"
    assert claim_with(text, "Mike Tyson at GOP convention").rule == "indirect:belief"


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (politics, 2005): a share of people, the polls' business
        "Less than half the UK wants a ban compared to almost two-thirds in 1999, the Mori "
        "survey of 2,000 adults for BBC One's Countryfile programme suggests.",
        # BBC News (tech, 2005): a modal and an adverb before the verb
        "Some may just want the odd episode, others are downloading regularly.",
        # PolNeAR train (New York Times, 2015): a possessive's noun
        "Candidates scramble to address voters' worries about security threats.",
        # BBC News (sport, 2005): "hoping for" with its object before it
        "But the running rugby the crowd had been hoping for rarely materialised.",
        # BBC News (politics, 2005): a long object of "want ... to"
        "Lord Falconer wants all crown courts and 90% of magistrates' courts to have "
        "facilities to keep witnesses separate from defendants within four years.",
        # PolNeAR train (Breitbart, 2016): the main clause's verb after the phrase wanted
        "The proportion of GOP primary voters saying they want a ban on non-citizen Muslims "
        "entering the United States is as high as three-quarters in Missouri.",
        # PolNeAR train (USA Today, 2016): quoted words after the object
        'She wants the candidates "first and foremost to admit that it\'s a real thing."',
        # BBC News (business, 2005): one word wanted, "and" a clause of time
        "Understandably, they want more and until they do, both they and others are loath to "
        "continue lending.",
        # generic and conditional wishes
        "If you want the best, go there.",
        "Voters want it.",
        # PolNeAR train (Washington Post, 2015): negated, left out
        "The Fed does not want to stall growth, only to prevent the economy's overheating.",
        # PolNeAR train (USA Today, 2016): "could actually hope" is a hypothetical
        "It's an agenda a President Clinton could actually hope to see work.",
    ],
)
def test_no_thing_wanted(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule == "indirect:belief"]


def test_can_barely_believe_still_holds() -> None:
    # PolNeAR train (Breitbart/AP, 2016): "can" with an adverb is no hypothetical
    text = (
        "Haleh Karimi can barely believe she gets to live in the city that raised The "
        "Greatest, Muhammad Ali."
    )
    claim = claim_with(text, "she gets to live in the city that raised The Greatest, Muhammad Ali")
    assert claim.rule == "indirect:belief"
