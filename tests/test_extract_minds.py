"""Golden tests for beliefs in more sentence shapes (`indirect:belief`): held inside a relative
clause, as an aim after "in the hope", and by a believer named with what qualifies it.

"a tactic Democrats hope will dampen Latino support", "Wasserman Schultz, whom many
progressives believed was unfairly tilting the primary": the holder believes the predicate of
the noun, as "which he said would fail" reports speech. "drawing the ire of lawmakers who
thought she was too involved": people named as an object hold their relative clause's view.
"in the hope of boosting trade": the main clause's subject aims at it, as with "hoping to".
Passages are quoted from PolNeAR train (../shared/corpora/polnear/train.jsonl), BBC News
(../shared/corpora/bbc/bbc.jsonl) and ECB+ (../shared/corpora/ecbplus/ecbplus.jsonl), each
naming the behaviour it pins; the guards keep indirect questions, free relatives, belief nouns,
groups picked out by a wish and a relative clause's own verb free of such claims.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.types import Claim
from tests.test_extract_beliefs_stances import beliefs_of


def the_belief(text: str, content: str) -> Claim:
    """The one belief of a passage with this content, its speaker set (never a bare pronoun)."""
    claims = [c for c in beliefs_of(text) if c.text == content]
    assert len(claims) == 1, [(c.text, c.rule) for c in beliefs_of(text)]
    assert claims[0].speaker is not None
    assert claims[0].speaker.name.lower() not in ("he", "she", "they")
    return claims[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times, 2015-12-18): a noun, then the holder with no pronoun
        (
            "This week, two liberal Hispanic groups rolled out radio and online advertisements "
            "tethering Mr. Cruz and Mr. Rubio to Mr. Trump and criticizing them as anti-Latino, a "
            "tactic Democrats hope will dampen Latino support for them in the general election.",
            "will dampen Latino support for them in the general election",
            "Democrats",
        ),
        # PolNeAR train (Politico, 2016-08-30): "whom" after a comma
        (
            "Even before that, Canova capitalized on national antipathy toward Wasserman "
            "Schultz, whom many progressives believed was unfairly tilting the Democratic "
            "presidential primary toward Clinton.",
            "was unfairly tilting the Democratic presidential primary toward Clinton",
            "many progressives",
        ),
        # PolNeAR train (Politico, 2015-11-29): "that" after a noun
        (
            "Her campaign has been assiduously collecting big-city mayors from across the country "
            "in a show of muscle that Clinton hopes can help block any challenge from Vermont "
            "Sen. Bernie Sanders on the left.",
            "can help block any challenge from Vermont Sen. Bernie Sanders on the left",
            "Clinton",
        ),
        # PolNeAR train (Politico, 2016-08-08): "to be" after "believes"; the colon names the noun
        (
            "That environment led to the biggest disappointment of his political life, and a "
            "defeat President Barack Obama believes to be the worst of his career: The failure "
            "to leverage national grief over the Connecticut killings into any new legislation.",
            "to be the worst of his career",
            "Barack Obama",
        ),
        # ECB+ 22_9 (2010): "she" is the person the passage is about
        (
            "She believed that chemicals were ruining her health, and had visited several "
            "doctors. Despite all that, she couldn't find the source of the toxins she thought "
            "were plaguing her.",
            "were plaguing her",
            None,
        ),
        # BBC sport/330: "who" after a comma, its believer a pronoun
        (
            'Campese, though, defended coach Andy Robinson, who he believes was the "only '
            "choice\" after Sir Clive Woodward's resignation.",
            'was the "only choice" after Sir Clive Woodward\'s resignation',
            None,
        ),
        # BBC politics/267: "which" right after its noun
        (
            "So he is out to help UKIP take Britain out of this organisation which he believes "
            "is unreformable and inherently undemocratic.",
            "is unreformable and inherently undemocratic",
            None,
        ),
    ],
    ids=["noun-then-holder", "whom", "that", "to-be", "ecb-she", "who-after-comma", "which"],
)
def test_belief_in_a_relative_clause_with_a_subject_gap(
    text: str, content: str, speaker: str | None
) -> None:
    claim = the_belief(text, content)
    if speaker is not None:
        assert claim.speaker is not None and claim.speaker.name.endswith(speaker)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016-08-19): the object of "of" and its relative "who"
        (
            "Hillary Clinton, in serving as first lady from 1993 to 2001, targeted healthcare "
            "reform, drawing the ire of lawmakers who thought she was too involved in so-called "
            "Hillarycare.",
            "she was too involved in so-called Hillarycare",
            "lawmakers",
        ),
        # PolNeAR train (Washington Post, 2016-01-31): "had hoped that" after "among"
        (
            "The revival of the email matter could increase anxiety among Clinton supporters who "
            "had hoped that the issue would fade as the primaries began and a general election "
            "loomed.",
            "the issue would fade as the primaries began and a general election loomed",
            "Clinton supporters",
        ),
        # BBC politics/165: the last of a list after "among"
        (
            "The licensing changes have sparked concern among some MPs, councils and some senior "
            "police officers who fear they could exacerbate drinking problems.",
            "they could exacerbate drinking problems",
            "senior police officers",
        ),
        # PolNeAR train (USA Today, 2016-03-22): "by slamming" governs the group, and "and
        # followed up" is the main clause's next verb
        (
            "The former secretary of State began her speech before the influential American "
            "Israel Public Affairs Committee by slamming candidates who think they can "
            '"outsource" Middle Eastern leadership to "dictators" and followed up with a more '
            "frontal attack on Trump.",
            'they can "outsource" Middle Eastern leadership to "dictators"',
            "candidates",
        ),
    ],
    ids=["of-lawmakers-who", "among-supporters-who", "list-who", "slamming-who"],
)
def test_people_named_as_an_object_hold_the_belief_of_their_relative_who(
    text: str, content: str, speaker: str
) -> None:
    claim = the_belief(text, content)
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)
    assert claim.speaker.name.split()[0] != "slamming"


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        # BBC business/257: "in the hope of" and a gerund, after a participle of the main verb
        (
            "Turkey is to relaunch its currency on Saturday, knocking six zeros off the lira in "
            "the hope of boosting trade and powering its growing economy.",
            "boosting trade and powering its growing economy",
            "Turkey",
            "in the hope",
        ),
        # PolNeAR train (New York Times, 2016-09-03): "in hopes of"; ", but" is the writer's
        (
            "The American government has poured hundreds of millions of dollars into research in "
            "hopes of finding a way to detect tunnels, but most of these efforts have ended in "
            "disappointment.",
            "finding a way to detect tunnels",
            "American government",
            "in hopes",
        ),
        # PolNeAR train (New York Times, 2016-06-29): "in the hope that" and a clause
        (
            "In May, the court unanimously returned a major case on access to contraception, "
            "Zubik v. Burwell, No. 14-1418, to the lower courts for further consideration in the "
            "hope that the two sides could somehow settle their differences.",
            "the two sides could somehow settle their differences",
            "court",
            "in the hope",
        ),
    ],
    ids=["hope-of-gerund", "hopes-of-but", "hope-that"],
)
def test_in_the_hope_is_an_aim_of_the_main_clause_subject(
    text: str, content: str, speaker: str, cue: str
) -> None:
    claim = the_belief(text, content)
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)
    assert claim.cue is not None and claim.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (USA Today, 2016-03-24): no subject found past the opener, so no
        # holder is guessed ("Ahead" is none)
        "Ahead of last week's Illinois primary, Clinton met with workers impacted by the layoffs "
        "and spoke briefly with Mondelez CEO Irene Rosenfeld in hopes of persuading her to "
        "reconsider the move.",
        # PolNeAR train (USA Today, 2016-04-29): the hope is the supporters' in the "because"
        # clause, not the subject opening the sentence
        "Less than a third of Dutch voters turned out for the referendum, because some EU "
        "supporters stayed home in hopes turnout would drop below the 30% threshold needed to "
        "validate the result.",
    ],
    ids=["opener", "because-clause"],
)
def test_no_aim_for_a_subject_that_does_not_act(text: str) -> None:
    for claim in beliefs_of(text):
        assert claim.speaker is not None
        assert claim.speaker.name.split()[0] not in ("Ahead", "Less")


def test_aim_holding_a_quoted_characterisation_leaves_it_whole() -> None:
    # PolNeAR train (Washington Post, 2016-06-07): what Gilbert called it stays his words
    text = (
        'Cleveland sought the convention in the hopes of shedding what Gilbert called "a '
        'perception problem."'
    )
    claims = extract_article(text).claims
    assert [c.text for c in claims if c.rule.endswith(":belief")] == []
    assert any(c.text == "a perception problem" for c in claims)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC business/495: the holders' noun and what qualifies it, up to the verb
        (
            "Citizens in a majority of nations surveyed in a BBC World Service poll believe the "
            "world economy is worsening.",
            "the world economy is worsening",
            "Citizens in a majority of nations surveyed in a BBC World Service poll",
        ),
        # BBC politics/378: the whole subject, not its last two words
        (
            'Mr Blair told the BBC the "control orders" would only be used in the most limited '
            "circumstances. Critics in the opposition and civil rights activists are worried "
            "that the home secretary will have the power to issue the detention orders.",
            "the home secretary will have the power to issue the detention orders",
            "Critics in the opposition and civil rights activists",
        ),
    ],
    ids=["surveyed-in", "critics-in"],
)
def test_believers_named_with_what_qualifies_them(text: str, content: str, speaker: str) -> None:
    claim = the_belief(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_belief_may_open_with_its_condition() -> None:
    # PolNeAR train (Politico, 2016-03-23): "believe if ..., ...": the condition and what follows
    text = (
        "Sanders’ aides believe if they can do that, he’ll have a shot at yet another big win, "
        "in the biggest delegate pool of them all, California’s June 7 primary."
    )
    claim = the_belief(
        text,
        "if they can do that, he’ll have a shot at yet another big win, in the biggest delegate "
        "pool of them all, California’s June 7 primary",
    )
    assert claim.speaker is not None and claim.speaker.name == "Sanders’ aides"


@pytest.mark.parametrize(
    ("text", "content", "speaker", "quote"),
    [
        # PolNeAR train (Politico, 2016-04-17): the phrase opens the sentence
        (
            "In Ash’s view, the change would have a profound impact on how the convention is run, "
            "potentially making it harder for insiders to push through a white knight candidate.",
            "the change would have a profound impact on how the convention is run, potentially "
            "making it harder for insiders to push through a white knight candidate",
            "Ash",
            None,
        ),
        # PolNeAR train (New York Times, 2016-03-03): inside the sentence, left out of its words
        (
            "The only other necessary action, in Professor Knittel's view, would be more "
            "government support for research and development to accelerate the quest for new "
            "energy technologies.",
            "The only other necessary action, in Professor Knittel's view, would be more "
            "government support for research and development to accelerate the quest for new "
            "energy technologies",
            "Knittel",
            "The only other necessary action … would be more government support for research and "
            "development to accelerate the quest for new energy technologies",
        ),
        # PolNeAR train (Breitbart, 2016-05-05): the phrase ends the sentence; the verb is in
        # the quoted words
        (
            "“This is not a circumstance in the national security field where there’s one, or "
            "two, or three things you can identify – it’s an across-the-board failure” from "
            "diplomacy to the defense budget, in Bolton’s view.",
            "“This is not a circumstance in the national security field where there’s one, or "
            "two, or three things you can identify – it’s an across-the-board failure” from "
            "diplomacy to the defense budget",
            "Bolton",
            None,
        ),
    ],
    ids=["opening", "inside", "closing"],
)
def test_in_someones_view_names_who_holds_the_sentence(
    text: str, content: str, speaker: str, quote: str | None
) -> None:
    claim = the_belief(text, content)
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)
    if quote is not None:
        assert " ".join(claim.quote.split()) == quote


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Breitbart, 2016-04-23): "who" after "asked" opens a question
        "And when asked who they thought was America’s closest ally, the vast majority – 55 "
        "percent – named Britain.",
        # PolNeAR train (New York Times, 2016-02-09): "what" opens a free relative, no noun
        "While he embraces what he believes are their shared assets - youth, charisma and the "
        "potential to unify his party - he disavows the ideology that Republican primary voters "
        "find so toxic.",
        # BBC sport/005: "record hopes" is a noun phrase and "were dashed" its verb
        "But compatriot Kenenisa Bekele's record hopes were dashed when he miscounted his laps "
        "in the men's 3,000m and staged his sprint finish a lap too soon.",
        # BBC politics/215: a wish that says which couples are meant
        "And last November Samuel Amoah, a Belgian national who set up two sham weddings for "
        "couples who wanted to remain in the UK, was jailed for three years.",
        # ECB+ 35_1: a suspicion that says which officer is meant
        "In 2006, there were seven run-ins with the law by Chargers players, including "
        "linebacker Steve Foley's shooting by an off-duty Coronado police officer who suspected "
        "him of drunken driving, and two other players who were arrested for investigation of "
        "DUI.",
        # PolNeAR train (USA Today, 2016-03-16): "feel trapped": "that" opens a relative clause
        "That's where Sanders has been political lightning to Clinton's lightning bug, at least "
        "with younger voters who feel trapped in a system that seems rigged against them.",
        # PolNeAR train (USA Today, 2016-03-22), unquoted: the group opens the sentence and
        # "are" is its own verb
        "Candidates who think America no longer has vital national interests at stake in this "
        "region are dangerously wrong.",
        # BBC politics/382: "want" is the relative clause's verb, "will have to" the sentence's
        "All people from outside the European Union who want to stay a year or more will have "
        "to undergo a full medical.",
        # PolNeAR train (New York Times, 2016-01-14): "and who hoped" is still the relative's
        "A president who authorized the raid that killed Osama bin Laden and who hoped to leave "
        "office having ended wars in Iraq and Afghanistan will instead hand his successor an "
        "unresolved war spreading across multiple countries.",
        # PolNeAR train (Politico, 2016-03-07): whom "their" stands for is left open
        "Democrats — and some Republicans — say that Trump’s alienation of growing segments of "
        "the electorate far outweighs any gains he is making. In their view, Democrats could "
        "pick off increasingly diverse states that have been reliably Republican.",
    ],
    ids=[
        "their-view",
        "asked-who",
        "what-free-relative",
        "hopes-noun",
        "who-wanted-to",
        "who-suspected",
        "feel-trapped",
        "subject-who",
        "who-want",
        "and-who-hoped",
    ],
)
def test_no_belief_from_a_question_a_free_relative_or_a_picked_out_group(text: str) -> None:
    assert [c.text for c in beliefs_of(text)] == []
