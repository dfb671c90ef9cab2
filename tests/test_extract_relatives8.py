"""Golden tests for claims whose cue sits in a relative clause or an appositive attached to a
name: what a relative clause opening a sentence's subject reports ends at the comma that
closes it, before the sentence's own predicate, whatever that predicate's verb ("criticized
Clinton", "plans to focus", "left."); the main clause's cue after such a relative keeps the
name as its holder; and a relative clause after "the endorsement of Mike Lee" is about the
person named, not the endorsement.

Passages are real sentences, or short excerpts of them, from PolNeAR train
(../shared/corpora/polnear/train.jsonl), BBC and ECB+ (../shared/corpora/), or made-up
sentences of the same shape, each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # PolNeAR train (Western Journal, 2016): the main verb after the relative is followed
        # by a name ("criticized Clinton"); the relative's claim ends at its comma
        (
            "Sanders, who had said he would debate the front-runner, criticized Clinton on two "
            "fronts.",
            "he would debate the front-runner",
            "Sanders",
            "indirect:said-clause",
        ),
        # PolNeAR train (USA Today, 2016): "said GOP voters": a capitalised word after the
        # sentence's own verb, which reports a claim of its own
        (
            "Cruz, who says Trump is attacking him because the polls have tightened, said GOP "
            "voters should go with him because he has the more conservative record.",
            "Trump is attacking him because the polls have tightened",
            "Cruz",
            "indirect:said-clause",
        ),
        (
            "Cruz, who says Trump is attacking him because the polls have tightened, said GOP "
            "voters should go with him because he has the more conservative record.",
            "GOP voters should go with him because he has the more conservative record",
            "Cruz",
            "indirect:said-clause",
        ),
        # PolNeAR train (Politico, 2015): a present tense in -s after the relative ("plans to
        # focus") is the sentence's predicate
        (
            "Clinton, who announced a $275 billion infrastructure spending plan on Monday, plans "
            "to focus on jobs and the economy throughout December.",
            "a $275 billion infrastructure spending plan on Monday",
            "Clinton",
            "indirect:said-object",
        ),
        # made up, the shape of a PolNeAR train case: the sentence's verb ends it ("left.")
        (
            "Mr. Borges, who predicted that one-third of the vote will be cast early, left.",
            "one-third of the vote will be cast early",
            "Borges",
            "indirect:said-that",
        ),
        # PolNeAR train (Breitbart, 2016, a tweet): a modal opens the sentence's predicate
        (
            "Trump, who has accused Bill Clinton of being a rapist, may have convicted rapist "
            "Mike Tyson at the convention.",
            "Bill Clinton of being a rapist",
            "Trump",
            "indirect:accusation",
        ),
        # ECB+ (2008): an adverb before the sentence's verb ("also studied acting")
        (
            "Media Mogul Page, who claimed she ignored Howard Hughes's request for a screen test "
            "in 1955, also studied acting under Herbert Berghoff.",
            "she ignored Howard Hughes's request for a screen test in 1955",
            "Page",
            "indirect:said-clause",
        ),
        # BBC sport (2005): the relative's cue is the name's own act, so the belief after it
        # is the name's too
        (
            "British number one Tim Henman, who announced his Davis Cup retirement earlier this "
            "year, believes Britain can win the tie in Tel Aviv.",
            "Britain can win the tie in Tel Aviv",
            "Tim Henman",
            "indirect:belief",
        ),
        (
            "British number one Tim Henman, who announced his Davis Cup retirement earlier this "
            "year, believes Britain can win the tie in Tel Aviv.",
            "his Davis Cup retirement earlier this year",
            "Tim Henman",
            "indirect:said-object",
        ),
    ],
)
def test_relative_claim_ends_at_its_comma(text: str, content: str, speaker: str, rule: str) -> None:
    assert_said(text, content, speaker, rule)


# guards: what must not change


def test_a_time_after_a_participle_stays_in_the_claim() -> None:
    # made up: "arrested Tuesday" describes the men inside what was said; it opens no
    # predicate of the sentence, whose subject the relative clause is not
    claim = claim_with(
        "Police met Mr. Smith, who said the men, arrested Tuesday, were armed.",
        "the men, arrested Tuesday, were armed",
    )
    assert claim.speaker is not None and claim.speaker.name == "Smith"


def test_relative_on_an_object_runs_to_the_end() -> None:
    # made up, the shape of the brief: the relative on the object speaks, to the sentence's end
    assert_said(
        "Obama met Mr. Putin, who told him that Russia would not back down.",
        "Russia would not back down",
        "Putin",
        "indirect:said-that",
    )


def test_main_said_after_relative_already_split() -> None:
    # PolNeAR train (Politico, 2016): the older "said" predicate still ends the relative's claim
    text = (
        "Podesta, who said the project was vetted by his firm's counsel, said he was unaware "
        "of any such disagreements."
    )
    assert_said(
        text, "the project was vetted by his firm's counsel", "Podesta", "indirect:said-clause"
    )
    assert_said(text, "he was unaware of any such disagreements", "Podesta", "indirect:said-clause")


def test_a_speaker_inside_the_relative_keeps_the_aside_closed() -> None:
    # made up: someone else speaks inside the relative ("who police said was armed"), so the
    # phrase before it is not made the subject of the verb after it
    claims = claims_of("The suspect, who police said was armed, told reporters he was innocent.")
    assert all(c.speaker is None or "suspect" not in c.speaker.name for c in claims)


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # made up, the shape of PolNeAR train cases: an endorsement speaks no words; the
        # relative clause is about the person named after "of"
        (
            "Cruz won the endorsement of Mike Lee, who declared that the race was over.",
            "the race was over",
            "Mike Lee",
            "indirect:said-that",
        ),
        (
            'Cruz won the endorsement of Mike Lee, who declared, "The race is over."',
            "The race is over.",
            "Mike Lee",
            "direct:speaker-before",
        ),
        # PolNeAR train (Washington Post, 2016): "a lecture from the Mexican president"
        (
            "In Mexico City, Trump endured without complaint a lecture from the Mexican "
            "president, who said that NAFTA has been good for the U.S. as well as Mexico.",
            "NAFTA has been good for the U.S. as well as Mexico",
            "the Mexican president",
            "indirect:said-that",
        ),
        # BBC business (2005): "criticism from" a committee, which said
        (
            "Her remarks follow criticism from the House of Lords Economic Affairs Committee, "
            "which said the MPC had held interest rates too high.",
            "the MPC had held interest rates too high",
            "House of Lords Economic Affairs Committee",
            "indirect:said-clause",
        ),
        # PolNeAR train (West Journal, 2016): the relative after a name and its appositive is
        # about the name, not the one the appositive names in turn
        (
            "\u201cThere will be some that will take days,\u201d said Gov. Phil Bryant of "
            "Mississippi, a former backer of Sen. Ted Cruz, who has since called on Republicans "
            "to back Trump.",
            "Republicans to back Trump",
            "Phil Bryant",
            "indirect:call",
        ),
        # BBC politics (2005): "the eldest daughter of ex-King Michael of Romania, who said":
        # the princess named before the appositive said it
        (
            "It was underlined by a comment by his former girlfriend of five years, Princess "
            "Marguerite of Romania, the eldest daughter of ex-King Michael of Romania, who said "
            "a relationship with him was all politics.",
            "a relationship with him was all politics",
            "Marguerite of Romania",
            "indirect:said-clause",
        ),
        # PolNeAR train (New York Times, 2016): a name and an appositive with a role, then
        # "who": the name, not the role phrase, is the speaker
        (
            "''We think early money sets the terms,'' said Scott Reed, the Chamber's chief "
            "political strategist, who added that his organization plans to zero in on local "
            "issues.",
            "his organization plans to zero in on local issues",
            "Scott Reed",
            "indirect:said-that",
        ),
    ],
)
def test_relative_is_about_the_person_named(
    text: str, content: str, speaker: str, rule: str
) -> None:
    assert_said(text, content, speaker, rule)


def test_people_before_a_preposition_are_no_body() -> None:
    # PolNeAR train (West Journal, 2016): "political opponents on the left, who accused": the
    # opponents accused, not "the left"; unnamed, so no speaker is named
    claim = claim_with(
        "Trump became the subject of derision from political opponents on the left, who "
        "accused the Republican candidate of doom and gloom.",
        "the Republican candidate of doom and gloom",
    )
    assert claim.speaker is None or claim.speaker.name != "the left"


def test_a_spokesman_for_a_body_keeps_the_spokesman() -> None:
    # made up: "who" after "a spokesman for the ministry" is the spokesman, never the ministry
    claim = claim_with(
        "He spoke to a spokesman for the ministry, who said the plan was dead.",
        "the plan was dead",
    )
    assert claim.speaker is not None and claim.speaker.kind != "organization"


# guards


def test_a_body_after_a_role_stays_the_body_for_which() -> None:
    # made up: "which" after "a spokesman for the ministry" is the ministry
    assert_said(
        "Officials met the ministry, which said the plan was illegal.",
        "the plan was illegal",
        "ministry",
        "indirect:said-clause",
    )


def test_object_of_a_preposition_still_speaks() -> None:
    # PolNeAR train (Politico, 2016): "lined up with Priebus, who has said"
    assert_said(
        "But Ryder lined up with Priebus, who has said he doesn't support changing the party's "
        "rules.",
        "he doesn't support changing the party's rules",
        "Priebus",
        "indirect:said-clause",
    )


def test_a_comparative_is_no_agent() -> None:
    # BBC sport (2005): "will only get harder for Holmes, who has already admitted": Holmes
    claim = claim_with(
        "The physical demands of the day-to-day grind will only get harder for Holmes, who has "
        'already admitted she "doesn\'t like the training anymore."',
        "doesn't like the training anymore.",
    )
    assert claim.speaker is not None and claim.speaker.name == "Holmes"


def test_a_survey_from_a_body_keeps_the_document_sender() -> None:
    # BBC business (2005): "a survey from the British Bankers' Association, which said": the
    # survey is a document its sender speaks through, as before
    assert_said(
        "The figures contradict a survey from the British Bankers' Association, which said "
        "approvals were at a five-year low.",
        "approvals were at a five-year low",
        "British Bankers' Association",
        "indirect:said-clause",
    )


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # BBC entertainment (2005): "for" joins the words of one body's name; the whole name
        # after "by" is what "which" stands for
        (
            "It was met with protests by the National Council for Adoption, which said it "
            '"exploits" sensitive emotions.',
            'it "exploits" sensitive emotions',
            "National Council for Adoption",
            "mixed:said-clause",
        ),
        # BBC business (2005): "the Organisation for Economic Co-operation and Development"
        (
            "Europe's economic difficulties have been highlighted by the Organisation for "
            "Economic Co-operation and Development, which argued in a report published on "
            "Tuesday that the continent could only achieve US living standards by freeing up its "
            "labour markets.",
            "the continent could only achieve US living standards by freeing up its labour markets",
            "Organisation for Economic Co-operation and Development",
            "indirect:said-that",
        ),
        # PolNeAR train (Huffington Post, 2016): "a favorable decision from the Illinois Board
        # of Elections, which ruled that"
        (
            "Sen. Ted Cruz of Texas got a favorable decision from the Illinois Board of "
            "Elections, which ruled that he met the citizenship criteria.",
            "he met the citizenship criteria",
            "Illinois Board of Elections",
            "indirect:said-that",
        ),
    ],
)
def test_which_after_a_body_named_with_of_or_for(
    text: str, content: str, speaker: str, rule: str
) -> None:
    assert_said(text, content, speaker, rule)


def test_a_group_with_a_capital_before_a_place_speaks() -> None:
    # made up, the shape of news cases: "Democrats on Capitol Hill, who have argued": the
    # Democrats, never the place
    claim = claim_with(
        "The change is likely to placate nervous Democrats on Capitol Hill, who have argued "
        "that it helps down-ballot races.",
        "it helps down-ballot races",
    )
    assert claim.speaker is not None and claim.speaker.name != "Capitol Hill"
    assert "placate" not in claim.speaker.name


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # PolNeAR train (New York Times, 2016): a name, its appositive, then "whose": the name
        # speaks, never the party the appositive names
        (
            "Hogan Gidley, a former executive director of the South Carolina Republican Party, "
            "whose roots are in the evangelical community, said the Republican base was angry.",
            "the Republican base was angry",
            "Hogan Gidley",
            "indirect:said-clause",
        ),
        # BBC business (2005): a list inside a "whose" clause is no name and appositive
        (
            "Southcorp, whose brands include Penfolds, Rosemount and Lindemans, dismissed the "
            "offer as inadequate.",
            "the offer as inadequate",
            "Southcorp",
            "indirect:characterisation",
        ),
        # ECB+ (2009): a name, an appositive with a role, then "who"
        (
            "Majed Hamdan, an AP photographer, who rushed to the scene shortly after the "
            "attacks, said many children were among the dead.",
            "many children were among the dead",
            "Majed Hamdan",
            "indirect:said-clause",
        ),
    ],
)
def test_whose_or_who_after_a_name_and_its_appositive(
    text: str, content: str, speaker: str, rule: str
) -> None:
    assert_said(text, content, speaker, rule)


def test_whose_after_a_name_alone_keeps_the_name() -> None:
    # BBC politics (2005): guard: "Mr Howard, whose grandmother died in Auschwitz, said"
    claim = claim_with(
        "Mr Howard, whose grandmother died in Auschwitz, said many people would be offended.",
        "many people would be offended",
    )
    assert claim.speaker is not None and claim.speaker.name == "Howard"


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # PolNeAR train (New York Times, 2016): the appositive's head ends at its first
        # preposition ("a senior analyst at Jefferies"); the name before it speaks
        (
            "But that is not good enough, said Howard Rubel, a senior analyst at Jefferies, who "
            "notes that United Technologies has vowed to cut costs.",
            "United Technologies has vowed to cut costs",
            "Howard Rubel",
            "indirect:said-that",
        ),
        # PolNeAR train (New York Times, 2016): the name is the object of "by"
        (
            "His comments were quickly derided by Armin Laschet, the leader of the opposition in "
            "North-Rhine Westphalia, who suggested that Mr. Jäger would do better to keep quiet.",
            "Mr. Jäger would do better to keep quiet",
            "Armin Laschet",
            "indirect:said-that",
        ),
    ],
)
def test_who_after_an_appositive_with_a_preposition(
    text: str, content: str, speaker: str, rule: str
) -> None:
    assert_said(text, content, speaker, rule)


def test_the_appositive_stays_the_role() -> None:
    # PolNeAR train (New York Times, 2016): the name speaks, and the appositive still says
    # what he is
    claim = claim_with(
        "Willie Minor, an African-American actor in Dallas, who runs a small theater company, "
        "recalled that in 2009 he called all his lenders.",
        "in 2009 he called all his lenders",
    )
    assert claim.speaker is not None and claim.speaker.name == "Willie Minor"
    assert claim.speaker.role == "African-American actor"
