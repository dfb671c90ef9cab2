"""Golden tests for reported speech the earlier recall passes missed: a reported clause that
ends in a time ("three weeks ago"), the source of an "as" clause ("As Breitbart News
reported, the ...").

Passages are short excerpts from PolNeAR train (../shared/corpora/polnear/train.jsonl), named
per case.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.types import Claim


def claim_for(text: str, content_start: str) -> Claim:
    """The one claim whose content opens with `content_start`; its offsets slice back to it."""
    claims = [c for c in extract_article(text).claims if c.text.startswith(content_start)]
    assert len(claims) == 1, [(c.text, c.rule) for c in extract_article(text).claims]
    claim = claims[0]
    assert text[claim.start : claim.end] == claim.text
    return claim


def test_a_clause_ending_in_a_time_before_the_speaker_is_the_claim() -> None:
    # PolNeAR train (HuffPost, 2016-05-19): "ago" ends the clause, which still has its verb;
    # only a bare time ("A few minutes later, he said, ...") is no claim
    text = (
        "He and his wife had just welcomed a second baby girl three weeks ago, his brother "
        "added. “He’s a new dad,” he said."
    )
    claim = claim_for(text, "He and his wife")
    assert claim.text.endswith("three weeks ago")
    assert claim.speaker is not None and claim.speaker.mention == "his brother"
    assert not [c for c in extract_article("Three weeks ago, he said.").claims]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2015-12-04): an "as" clause opens the sentence, and an
        # adverbial set off by commas comes before the main clause
        (
            "As Breitbart News reported, even on Friday morning, the Obama White House was "
            "refusing to call the San Bernardino Christmas party slaughter as terrorism.",
            "the Obama White House was refusing",
            "Breitbart News",
        ),
        # PolNeAR train (USA Today, 2016-05-18): an adverbial before the "as" clause
        (
            "In the old Union of Soviet Socialist Republics, as Hedrick Smith reported in his The "
            "Russians, the communist big shots had lavish country houses and apartments in town.",
            "the communist big shots had",
            "Hedrick Smith",
        ),
        # PolNeAR train (HuffPost, 2016-06-23): the "as" clause closes the sentence
        (
            "It doesn’t help that invoking the specters of Weimar Germany and Zimbabwe is a "
            "classic right-wing scare tactic, as David Dayen noted in The Intercept.",
            "It doesn’t help",
            "David Dayen",
        ),
        # PolNeAR train (Western Journal, 2016-02-11): a passive cue, its agent after "by"
        (
            "As reported by Western Journalism, last year Seattle became the first major city in "
            "the country to mandate a $15 minimum wage.",
            "last year Seattle became",
            "Western Journalism",
        ),
    ],
)
def test_the_source_of_an_as_clause_reports_the_main_clause(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_for(text, content)
    assert claim.rule == "indirect:as-source"
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the "as" clause inside the subject's sentence: what follows is no clause of its own
        "Trump, as he said on Monday, will not attend.",
        # an object or a clause after the cue: "as" is "while" or "the way", nothing reported
        "As he said goodbye to the crowd, the protesters left the room.",
        "Sanders won the state, as he promised he would.",
        # BBC: after the main clause, a reason ("as the board made clear"), a saying ("as the
        # man says") or a question is no report of it
        "Manchester United's response comes as little surprise, as the board made clear.",
        "And at a mere £20, Metal Slug 3 is as cheap as sliced, fried spuds, as the man says.",
        "So is UKIP's job to destroy the Tories, as former member Robert Kilroy-Silk once "
        "notoriously declared?",
    ],
)
def test_no_as_source_claim_without_a_bare_as_clause(text: str) -> None:
    assert not [c for c in extract_article(text).claims if c.rule.endswith("as-source")]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (Breitbart, 2015-12-16, an AP story): a noun-like cue word after a determiner and a
        # modifier is the head noun, and an agency dateline comes before the subject
        (
            "WASHINGTON (AP) — A news report published Wednesday said Defense Secretary Ash "
            "Carter used a personal email account to do some of his government business.",
            "Defense Secretary Ash Carter used",
            "A news report published Wednesday",
        ),
        # PolNeAR train (Breitbart, 2016-03-15, an AP story): a counted noun-like cue word ("five states")
        (
            "Majorities of Democrats in five states going to the polls Tuesday say they would be "
            "satisfied with both candidates as the nominee.",
            "they would be satisfied",
            "Majorities of Democrats in five states going to the polls",
        ),
    ],
)
def test_a_long_subject_may_hold_a_noun_like_cue_word(
    text: str, content: str, mention: str
) -> None:
    claim = claim_for(text, content)
    assert claim.rule == "indirect:long-subject"
    assert claim.speaker is not None and claim.speaker.mention == mention


def test_a_noun_like_cue_word_after_its_own_subject_stays_a_verb() -> None:
    # "Clinton states ... and voters say": the first cue word follows a name, so the opening
    # is a clause of its own, not one long subject
    text = "Clinton states her case and voters say the plan would fail."
    assert not [c for c in extract_article(text).claims if c.rule.endswith("long-subject")]


@pytest.mark.parametrize(
    ("text", "clause", "quotation", "speaker"),
    [
        # PolNeAR train (Washington Post, 2016-05-26)
        (
            "In a wide-ranging, in-prison interview with journalist Matei Rosca last year, Lazar "
            "said he welcomed extradition to the United States and added, \"I'll plead guilty, no "
            'problem."',
            "he welcomed extradition to the United States",
            "I'll plead guilty, no problem.",
            "Lazar",
        ),
        # PolNeAR train (Politico, 2015-11-20)
        (
            "De Blasio said the move was made by NYPD commissioner Bill Bratton and said, “Who "
            "are you going to trust on security and keeping people safe?”",
            "the move was made by NYPD commissioner Bill Bratton",
            "Who are you going to trust",
            "De Blasio",
        ),
        # PolNeAR train (Western Journal, 2016-08-03): an adverbial, then "it" opens the clause
        (
            "Pence said in politics it takes time to develop those relationships but added, “I "
            "strongly support Paul Ryan.”",
            "it takes time to develop those relationships",
            "I strongly support Paul Ryan.",
            "Pence",
        ),
        # BBC: the second verb and a colon
        (
            "Mr Clarke said he recognised people's concerns about the costume but argued: \"He "
            'has apologised and I think we should leave the matter there."',
            "he recognised people's concerns about the costume",
            "He has apologised",
            "Clarke",
        ),
    ],
)
def test_a_quotation_after_a_second_verb_is_that_verbs_and_the_first_keeps_its_clause(
    text: str, clause: str, quotation: str, speaker: str
) -> None:
    first = claim_for(text, clause)
    assert first.text == clause and first.kind == "indirect"
    assert first.cue is not None and first.cue.text == "said"
    second = claim_for(text, quotation)
    assert second.kind == "direct"
    assert second.cue is not None and second.cue.start > first.end
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.name == second.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Politico, 2016-08-17): after ", but"
        (
            "For hackers to resort to such tactics would be highly unusual, but security "
            "specialists say it’s a realistic extension of Moscow’s robust information warfare "
            "efforts.",
            "it’s a realistic extension",
        ),
        # PolNeAR train (Politico, 2015-12-28): after an opening clause
        (
            "If it doesn't slow down, forecasters say health spending will cripple the U.S. "
            "economy within decades.",
            "health spending will cripple",
        ),
        # BBC: the content before ", lenders have said"
        (
            'UK mortgage lending showed a "post-Christmas lull" in January, indicating a slowing '
            "housing market, lenders have said.",
            "UK mortgage lending showed",
        ),
    ],
)
def test_a_bare_plural_of_people_after_a_clause_boundary_speaks(text: str, content: str) -> None:
    claim = claim_for(text, content)
    assert claim.speaker is not None and claim.speaker.kind != "person"


def test_a_plural_verb_after_a_comma_is_no_speaker() -> None:
    # PolNeAR train (New York Times): "runs" before the cue word "counter" is a verb, not people
    text = (
        "They can keep their members by making a case that the Republican Party's economic "
        "agenda, including Mr. Trump's, runs counter to the interests of working people."
    )
    assert not [c for c in extract_article(text).claims if c.cue and c.cue.text == "counter"]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (USA Today, 2015-12-08): the people a poll asked
        (
            "By 58%-33%, those surveyed said the group's funding shouldn't be eliminated.",
            "the group's funding",
            "those surveyed",
        ),
        # PolNeAR train (USA Today, 2016-01-12): a share as a fraction
        (
            "By 2-1, Millennials see police violence against African Americans as a problem, and "
            "three-fourths say the government should require police officers to wear body "
            "cameras to protect citizens.",
            "the government should require",
            "three-fourths",
        ),
        # PolNeAR train (USA Today, 2016-01-12): a share with a per cent sign
        (
            "There is less consensus when it comes to fighting terrorism: 47% say the United "
            "States should commit troops on the ground.",
            "the United States should commit",
            "47%",
        ),
    ],
)
def test_a_poll_share_or_the_people_polled_speak(text: str, content: str, mention: str) -> None:
    claim = claim_for(text, content)
    assert claim.speaker is not None and claim.speaker.mention == mention
    assert claim.speaker.kind != "person"
    if mention != "those surveyed":
        assert (claim.speaker.name, claim.speaker.kind) == (mention, "anonymous")


def test_a_share_of_a_noun_before_a_noun_like_cue_word_is_no_speaker() -> None:
    # BBC: "states" is the noun "member states", not a verb whose subject is "1% of member"
    text = (
        "The Netherlands and Sweden want the EU budget to be capped at 1% of member states' "
        "combined national incomes."
    )
    assert not [c for c in extract_article(text).claims if c.cue and c.cue.text == "states"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Western Journal, 2016-01-14)
        (
            "Noting he majored in philosophy during college, Allen said he tends to give issues "
            "more deliberation.",
            "he majored in philosophy during college",
            "Allen",
        ),
        # PolNeAR train (Breitbart, 2016-02-08): after "After"
        (
            "After saying he was nervous to ask a question, the man ended up in the middle of the "
            "room with his arm around Kasich.",
            "he was nervous to ask a question",
            "the man",
        ),
        # BBC
        (
            "Saying Britain must change direction, Mr Howard argues government is too big.",
            "Britain must change direction",
            "Howard",
        ),
    ],
)
def test_the_main_clause_subject_says_what_an_opening_participle_reports(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_for(text, content)
    assert claim.text == content
    assert claim.rule == "indirect:participle-opening"
    assert claim.speaker is not None and speaker in claim.speaker.mention


@pytest.mark.parametrize(
    "text",
    [
        # BBC: "claiming" a title is a deed; the verb after the comma is the main clause's
        "After claiming their first Triple Crown for 19 years last season, Wood tips his former "
        "team-mates to go one better.",
        # BBC: "that" is a determiner, and the description has no verb of its own
        "Describing that first meeting at London's King Cross station, he said the earth went "
        "from under his feet.",
    ],
)
def test_no_opening_participle_claim_without_a_clause_of_its_own(text: str) -> None:
    assert not [c for c in extract_article(text).claims if c.rule.endswith("participle-opening")]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (New York Times, 2016-02-18)
        (
            "One in four voters in a New York Times poll last year said illegal immigrants should "
            "be required to leave the country.",
            "illegal immigrants should",
            "One in four voters in a New York Times poll",
        ),
        # BBC
        (
            "One leading Karachi broker said the real reasons may be political.",
            "the real reasons may be political",
            "One leading Karachi broker",
        ),
    ],
)
def test_one_opening_a_long_subject_is_its_determiner(
    text: str, content: str, mention: str
) -> None:
    claim = claim_for(text, content)
    assert claim.rule == "indirect:long-subject"
    assert claim.speaker is not None and claim.speaker.mention == mention


def test_one_of_them_is_no_long_subject() -> None:
    text = "One of them said the real reasons may be political."
    assert not [c for c in extract_article(text).claims if c.rule.endswith("long-subject")]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (Breitbart, 2016-03-01, an AP story)
        (
            "Six in 10 Virginia Democratic primary voters said Clinton is honest and trustworthy, "
            "and three-quarters said the same of Sanders.",
            "the same of Sanders",
            "three-quarters",
        ),
        # PolNeAR train (New York Times, 2016-07-15)
        ("Last month, 26 percent said the same.", "the same", "26 percent"),
    ],
)
def test_said_the_same_repeats_a_claim_of_someone_else(
    text: str, content: str, mention: str
) -> None:
    claim = claim_for(text, content)
    assert claim.text == content and claim.rule == "indirect:said-the-same"
    assert claim.speaker is not None and claim.speaker.mention == mention


def test_the_same_opening_a_clause_is_its_subject() -> None:
    claim = claim_for("He said the same thing happened to him.", "the same thing")
    assert claim.rule == "indirect:said-clause"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (HuffPost, 2016-05-19): a role and its words before the name
        (
            "A Franco-Algerian couple and their two children were also among the flight’s "
            "passengers, Algerian foreign affairs ministry spokesman Benali Cherif Abdelaziz said "
            "Thursday.",
            "A Franco-Algerian couple",
            "Benali Cherif Abdelaziz",
        ),
        # PolNeAR train (HuffPost, 2016-05-19): a determiner and a medium before the name
        (
            "The 56-year-old often traveled for work and was headed to Cairo for meetings, the "
            "news site RTL Info reported.",
            "The 56-year-old often traveled",
            "RTL Info",
        ),
    ],
)
def test_the_words_describing_a_speaker_after_its_content_reach_back_to_the_comma(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_for(text, content)
    assert claim.rule == "indirect:speaker-after"
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_a_noun_before_a_name_that_names_no_speaker_is_no_description() -> None:
    # PolNeAR train (Western Journal, 2016-02-09): "a word Trump then repeated" is the object
    text = (
        "A woman at one of Trump’s rallies used a socially unacceptable word to describe rival "
        "Ted Cruz, a word Trump then repeated."
    )
    assert not [c for c in extract_article(text).claims if c.rule.endswith("speaker-after")]


def test_once_opening_a_sentence_is_no_part_of_a_name() -> None:
    # ECB+ (a Microsoft zero-day story): "Once Microsoft issues a warning" does not make
    # "Once Microsoft" the name of the company that said something earlier
    text = (
        "Microsoft said the attacks took advantage of an undiscovered flaw, or zero-day "
        "vulnerability in industry parlance. Once Microsoft issues a warning about a zero-day "
        "bug, other groups of hackers rush to reverse-engineer the Fix Its."
    )
    claim = claim_for(text, "the attacks took advantage")
    assert claim.speaker is not None and claim.speaker.name == "Microsoft"


def test_an_as_clause_with_a_time_reports_the_main_clause_without_the_time() -> None:
    # PolNeAR train (Washington Post, 2016), shortened: "just today" is when, not what
    text = (
        "As the Post reported just today, the inspector general issued subpoenas to the foundation."
    )
    claim = claim_for(text, "the inspector general")
    assert claim.rule == "indirect:as-source"
    assert claim.speaker is not None and claim.speaker.name == "Post"
