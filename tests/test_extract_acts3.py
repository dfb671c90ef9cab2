"""Golden tests: speech acts beyond plain saying, third set (factdb/extract/speech_acts.py
families, lexicons/verb_classes.txt).

"Sam Jacobs explained to CBS why Merkel was selected": what a speaker explains is the "how",
"why" or "what" clause after the verb, whomever it is explained to; a fact explaining another
("That explains why ...") is no one's claim. Passages are quoted or paraphrased from PolNeAR
train (US political news, 2016), BBC News (British news, 2004-05) and ECB+ (news of many
outlets), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from tests.test_extract_objects import assert_act
from tests.test_extract_speech_acts import claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Breitbart, 2015): whom it is explained to stands between
            "Sam Jacobs, Time’s Assistant Managing Editor, explained to CBS why Merkel was "
            "selected above all the others.",
            "why Merkel was selected above all the others",
            "Sam Jacobs",
        ),
        (
            # PolNeAR train (Washington Post, 2016): the second of two acts
            "At a June campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also "
            "railed against immigrants, and explained how much it upset her to hear them speak "
            "in other languages.",
            "how much it upset her to hear them speak in other languages",
            "Brenda Johnson",
        ),
        (
            # ECB+ (2011): a "how" clause that runs on
            "McAllister explained how she and her four children moved to Albany from Guyana in "
            "January 2007.",
            "how she and her four children moved to Albany from Guyana in January 2007",
            "McAllister",
        ),
        (
            # BBC News-shaped (business): a company spokesman
            "A spokesman for the airline explained to reporters why the flights had been "
            "cancelled.",
            "why the flights had been cancelled",
            "spokesman",
        ),
    ],
)
def test_explained_clause_is_the_claim(text: str, content: str, speaker: str) -> None:
    assert_act(text, "indirect:explanation", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (2016): a fact explains, nobody speaks
        "That explains why Trump is virtually guaranteed to lose delegate battles.",
        "This only explains why the rabble are abandoning their well-heeled overlords.",
        "It explains why sales fell so sharply in the fourth quarter.",
        # instructions, no asserted content
        "The manager explained how to use the new machine.",
        "He explained to the players what to do at set pieces.",
        # the explanation is elsewhere
        "He explained what he meant.",
    ],
)
def test_no_explanation_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule == "indirect:explanation"]


def test_fact_explaining_a_fact_is_no_claim() -> None:
    # PolNeAR train (2016): "That explains why ..." gave no claim before and gives none now,
    # under any rule
    assert not claims_of("That explains why Trump is virtually guaranteed to lose the battle.")


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        (
            # PolNeAR train (Washington Post, 2016), the name spelt plainly: "claims" after a
            # body's noun, with a clause of its own after it
            "The Turkish government claims Gulen runs a worldwide network trying to overthrow "
            "the regime.",
            "indirect:said-clause",
            "Gulen runs a worldwide network trying to overthrow the regime",
            "Turkish government",
        ),
        (
            # ECB+ (2008): with "that"
            "The government claims that seating a new parliament is a major step forward.",
            "indirect:said-that",
            "seating a new parliament is a major step forward",
            "government",
        ),
        (
            # BBC News (business, 2005): "notes" after a body's noun
            "But the non-partisan fiscal watchdog notes the declines will help exporters and "
            "boost US economic growth.",
            "indirect:said-clause",
            "the declines will help exporters and boost US economic growth",
            "watchdog",
        ),
    ],
)
def test_body_noun_then_noun_like_cue_speaks(
    text: str, rule: str, content: str, speaker: str
) -> None:
    assert_act(text, rule, content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # compound nouns, no speech: a verb, a bare noun or an object after "claims"
        "Government claims were rejected by the court.",
        "Insurance company claims rose 5% last year.",
        "The insurance company claims department is closed on Sundays.",
        "The union claims victory in the dispute.",
        "The government claims credit for the fall in crime.",
        # "reports" and "promises" take objects as often as clauses: left as nouns
        "The company reports record profits.",
        "The party promises a referendum on Europe.",
    ],
)
def test_body_noun_compounds_are_no_claims(text: str) -> None:
    assert not claims_of(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a name with a letter beyond ASCII opens the reported clause as any name does
        (
            "The Turkish government claims Gülen runs a worldwide network.",
            "Gülen runs a worldwide network",
        ),
        ("The club says Müller wants to stay in Munich.", "Müller wants to stay in Munich"),
    ],
)
def test_accented_name_opens_a_bare_clause(text: str, content: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:said-clause"]
    assert claim.text == content


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Breitbart, 2016): what is repeated is a promise
            "During a campaign stop in Onawa, Iowa, Ted Cruz repeated his promise to repeal all "
            "of Obama’s executive actions.",
            "his promise to repeal all of Obama’s executive actions",
            "Ted Cruz",
        ),
        (
            # BBC News (politics, 2005)
            "Lib Dem leader Charles Kennedy repeated his pledge not to do post-election deals "
            "with either party.",
            "his pledge not to do post-election deals with either party",
            "Charles Kennedy",
        ),
        (
            # BBC News (politics, 2005): a possessive name before the words repeated
            "Liberal Democrat foreign affairs spokesman Menzies Campbell repeated his party's "
            "calls for the legal advice to be made public.",
            "his party's calls for the legal advice to be made public",
            "Menzies Campbell",
        ),
        (
            # PolNeAR train (Washington Post, 2016): a participle after a quotation's frame; the
            # "that" after "assurance" opens a relative clause inside what is repeated
            "“Trump is unfit to be president,” Paul Ryan told reporters on Tuesday, repeating "
            "the assurance that earned him a friendly greeting from his colleagues.",
            "the assurance that earned him a friendly greeting from his colleagues",
            "Paul Ryan",
        ),
    ],
)
def test_repeated_words_are_echoed(text: str, content: str, speaker: str) -> None:
    assert_act(text, "indirect:echo", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # "repeated" as the writer's count, a feat or a deed: nobody's words
        "Despite repeated calls for him to resign, the minister stayed in office.",
        "His repeated warnings about the budget were ignored.",
        "Liverpool repeated the feat in 2005 with a win over AC Milan.",
        "The minister has repeated calls for calm in the capital.",
        "The gunmen repeated the attack on the ministry a week later.",
    ],
)
def test_repeating_no_words_is_no_echo(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith(":echo")]


def test_repeated_that_clause_stays_the_claim() -> None:
    # "repeated that ..." reports the clause, as before
    (claim,) = [c for c in claims_of("Mr Kennedy repeated that he would not resign.")]
    assert claim.text == "he would not resign"
    assert claim.rule == "indirect:said-that"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Washington Post, 2016): "that" inside the infinitive opens a
            # relative clause, not the content
            "Obama has threatened to veto the bill that allows lawsuits against the Saudis over "
            "the 9/11 attacks.",
            "to veto the bill that allows lawsuits against the Saudis over the 9/11 attacks",
            "Obama",
        ),
        (
            # PolNeAR train (Breitbart, 2016): the relative's head threatens, never "who"
            "CNN President Jeff Zucker isn’t kowtowing to Donald Trump, who has threatened not "
            "to show up to the next debate.",
            "not to show up to the next debate",
            "Donald Trump",
        ),
        (
            # BBC News (business, 2004)
            "Staff have started working an extra four hours a week for no extra pay, after "
            "Siemens threatened to take the factory and their jobs to Hungary.",
            "to take the factory and their jobs to Hungary",
            "Siemens",
        ),
        (
            # BBC News (politics, 2005)
            "In 2000 the People's Fuel Lobby caused chaos after Mr Brown threatened to raise "
            "fuel taxes.",
            "to raise fuel taxes",
            "Brown",
        ),
    ],
)
def test_threatened_act_is_the_claim(text: str, content: str, speaker: str) -> None:
    assert_act(text, "indirect:threat", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # a thing threatens: nobody speaks
        "The row threatens to derail the deal.",
        "The scandal threatened to engulf his campaign.",
        "It threatens to become a crisis for the government.",
        "That is especially troubling because it threatens the extensive work that "
        "progressive economists did during the Obama administration.",
        "But the big fear on the Labour benches is that, unless a lid can be put on the "
        "speculation, it may even threaten to undermine the election campaign itself.",
        # what was threatened, the sentence before says
        "That is pretty much what Mr. Trump has threatened to do.",
        # a threat of an object, or the passive
        "Workers threatened strike action over pay.",
        "He was threatened with expulsion from the party.",
    ],
)
def test_no_threat_claim(text: str) -> None:
    assert not claims_of(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (New York Times, 2016)
            "In Nevada, Marco Rubio constantly reminded voters of the six years his family had "
            "lived in Las Vegas.",
            "the six years his family had lived in Las Vegas",
            "Marco Rubio",
        ),
        (
            # PolNeAR train (Breitbart, 2016): whom she reminds is a name
            "In her post, Patti Davis reminded Trump of the actions of John Hinckley Jr., who "
            "shot and wounded President Reagan in 1981.",
            "the actions of John Hinckley Jr., who shot and wounded President Reagan in 1981",
            "Patti Davis",
        ),
        (
            # PolNeAR train (Breitbart, 2015)
            "Trump reminded Americans of his policy to cut off the source of ISIS’ wealth.",
            "his policy to cut off the source of ISIS’ wealth",
            "Trump",
        ),
    ],
)
def test_what_a_speaker_reminds_people_of(text: str, content: str, speaker: str) -> None:
    assert_act(text, "indirect:reminder", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # a likeness reminds, nobody speaks
        "The scene reminded him of his childhood in Glasgow.",
        "It reminds me of the 1980s.",
        "Meanwhile, John Kasich reminds us of the Houseguest Who Won’t Leave.",
        "She reminded him of it.",
        # ECB+ (2011): a bare clause after whom is reminded, its own speaker inside
        "Gotcher reminded jurors an Oklahoma State Bureau of Investigation expert testified "
        "that Flynn's body had not been moved.",
    ],
)
def test_no_reminder_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith(":reminder")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Washington Post, 2016): an auxiliary between the subject and "point
        # to" is not its subject
        (
            "Clinton is pointing to a recent interview Sanders did with the editorial board of "
            "the New York Daily News.",
            "a recent interview Sanders did with the editorial board of the New York Daily News",
        ),
    ],
)
def test_pointing_to_after_an_auxiliary(text: str, content: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:citation"]
    assert claim.text == content


def test_vowed_infinitive_keeps_its_relative_clause() -> None:
    # BBC News (business, 2004): "that" after the infinitive's object is a relative clause
    text = (
        "The company and its main shareholders have vowed to go after any company that buys "
        "its assets."
    )
    (claim,) = claims_of(text)
    assert claim.text == "to go after any company that buys its assets"
    assert claim.rule == "indirect:said-to"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (2016): people the writer counts but does not name
        (
            "Trump spoke of the Second Amendment people. Some accused Trump of inciting violence "
            "against Clinton.",
            "Trump of inciting violence against Clinton",
        ),
        (
            "Some have urged Republicans to focus on the general election and what is at stake.",
            "Republicans to focus on the general election and what is at stake",
        ),
        (
            "Both have promised to pursue legislation to force companies like Nabisco to pay "
            "back tax benefits.",
            "to pursue legislation to force companies like Nabisco to pay back tax benefits",
        ),
    ],
)
def test_counted_people_act_unnamed(text: str, content: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:quantifier-subject"]
    assert claim.text == content
    assert claim.speaker is None or claim.speaker.name in ("unknown", "")


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (2005): the writer's own voice, or what is not yet done
        "Some will recall the news footage of angry farmers driving their tractors around the "
        "Capitol.",
        "One wonders whether hardware-based DRM will work for those who dislike it.",
    ],
)
def test_writers_counted_voice_is_no_act(text: str) -> None:
    assert not claims_of(text)


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        (
            # PolNeAR train (Washington Post, 2016): "that" opens a relative clause inside the
            # proposal
            "Sen. Ted Cruz of Texas, now a GOP presidential contender, proposed a constitutional "
            "amendment that would impose term limits on Supreme Court justices.",
            "indirect:proposal",
            "a constitutional amendment that would impose term limits on Supreme Court justices",
            "Ted Cruz",
        ),
        (
            # PolNeAR train (New York Times, 2016): a to-infinitive right after the verb
            "Mrs. Clinton, the presumptive Democratic nominee, proposed to draft Mr. Clinton as "
            "an economic adviser.",
            "indirect:proposal",
            "to draft Mr. Clinton as an economic adviser",
            "Clinton",
        ),
        (
            # ECB+ (2009), the speaker named: a promise with a relative clause inside
            "Barack Obama promised health care reform that would control costs.",
            "indirect:promise",
            "health care reform that would control costs",
            "Barack Obama",
        ),
    ],
)
def test_act_object_with_relative_clause(text: str, rule: str, content: str, speaker: str) -> None:
    assert_act(text, rule, content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (politics, 2005): what he proposed came before, in a relative clause
        "It is calling on Lord Woolf to abandon draft guidelines he proposed in September to "
        "reduce sentences of murderers who plead guilty.",
        # a relative clause after an object, no act
        "Mr Smith held up a banner that was quickly ripped away.",
    ],
)
def test_no_proposal_from_what_came_before(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith((":proposal", ":said-that"))]
