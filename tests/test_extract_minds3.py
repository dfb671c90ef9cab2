"""Golden tests for wants, hopes and beliefs (`indirect:belief`) in shapes the belief rules
missed: a wish after "when", "where" or "why" (a clause of time, place or reason, whose
to-infinitive keeps its object, unlike one after a relative "that"); "aware that" as an
adjective of belief, never in the writer's forecast ("will also be aware that"); an aside
set off by commas between the believer and a progressive or a linking verb ("New Jersey
officials, including Gov. Chris Christie, are hoping ..."), or by two dashes ("Critics -
including Germany and France - believe ..."); a believer with a relative clause after a
colon, without the adverb before the verb ("...: The senator who made enemies with fellow
Republican senators now wants to play nice"); an adjective of intention after a comma, held
by the main clause's subject ("..., eager to retain his own hold on popular anger"); a share
of a group as believers ("many of his endorsers think that can be reversed"); "wants to"
after ", which" as the verb of a body's relative clause ("the Republican-led Congress, which
wants to limit Fed regulatory powers"); a name before an aside after a label and its colon
("Focus on security: Trump, who is seen as ..., hopes to ..."); an adverb set off by commas
between an adjective of belief and its "that" ("was also keenly aware, however, that ...");
a verb of regard with a noun phrase for its object and one for what it is taken for
("Clinton considered drug companies her enemies").

Passages are short real sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl)
and BBC News (../shared/corpora/bbc/bbc.jsonl), each naming its source in a comment; the
guards keep generic wishes ("when they want to ..."), a holder named only through a pronoun
and a relative clause's object gap free of claims.
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
    assert claims[0].rule == "indirect:belief"
    assert claims[0].speaker is not None
    assert claims[0].speaker.name.lower() not in ("he", "she", "they", "it")
    return claims[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times, 2015): "When" opens the sentence
        (
            "When Donald J. Trump wanted to proclaim his doubts about President Obama's birth "
            "certificate, he went to Fox News.",
            "to proclaim his doubts about President Obama's birth certificate",
            "Donald J. Trump",
        ),
        # PolNeAR train (Politico, 2016): "when" after a comma, an adjective of intention
        (
            "Voices like those proved decisive in the first two years of the Obama "
            "administration, when the White House was eager to assuage public outrage over the "
            "rising debt.",
            "to assuage public outrage over the rising debt",
            "White House",
        ),
    ],
    ids=["when-wanted-to", "when-eager-to"],
)
def test_wish_in_a_clause_of_time_or_place(text: str, content: str, speaker: str) -> None:
    claim = the_belief(text, content)
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        # BBC (technology): anybody who visits
        "The material has long been open to the public, with visitors able to phone ahead when "
        "they want to view particular items in the search room.",
        # BBC (technology): people in general
        "Older mobile phones are proving particularly useful in poorer nations where people want "
        "to use a mobile and keep in touch with friends.",
        # BBC (politics): a party named only through "his"
        "Mr Kennedy is visiting constituencies in Somerset and Hampshire on Monday - rural seats "
        "where his party is hoping to make gains from the Conservatives.",
        # PolNeAR train (Politico, 2016): a relative "that", the infinitive's object its noun
        "Then there are questions about the convention that the former reality TV star is eager "
        "to control.",
    ],
    ids=["when-they", "where-people", "where-his-party", "that-object-gap"],
)
def test_no_wish_of_anybody_or_with_an_object_gap(text: str) -> None:
    assert [c.text for c in beliefs_of(text)] == []


def test_aware_that_is_the_holders_belief() -> None:
    # PolNeAR train (Politico, 2016): an adverb between the linking verb and the adjective
    text = "Cruz has been acutely aware that the contest boils down to a delegate battle."
    claim = the_belief(text, "the contest boils down to a delegate battle")
    assert claim.speaker is not None and claim.speaker.name == "Cruz"
    assert claim.cue is not None and claim.cue.text == "has been acutely aware"


@pytest.mark.parametrize(
    "text",
    [
        # BBC (sport): a modal and an adverb before the link: the writer's forecast
        "At 34, Holmes will also be aware that time is running out.",
        # PolNeAR train (Politico, 2016): "aware of" and a noun holds no clause
        "Aides and outside advisers to Clinton are well aware of these problems.",
        # negated: no belief that it is so
        "The voters were not aware that their man might be kept offstage.",
    ],
    ids=["will-also-be-aware", "aware-of", "not-aware"],
)
def test_no_belief_from_a_forecast_or_aware_of(text: str) -> None:
    assert [c.text for c in beliefs_of(text)] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times, 2015): "including" and a name, then a progressive
        (
            "New Jersey officials, including Gov. Chris Christie, are hoping they will win a "
            "federal appeals court case next year.",
            "they will win a federal appeals court case next year",
            "New Jersey officials",
        ),
        # BBC (sport): a relative clause, then the adjective's linking verb
        (
            "Thompson, who savoured seven title-winning seasons during his Anfield playing "
            "career, is confident that the lure of Champions League football will keep Gerrard "
            "at Anfield.",
            "the lure of Champions League football will keep Gerrard at Anfield",
            "Thompson",
        ),
        # BBC (business): an appositive, then an adjective of intention
        (
            "Mr Gref, a well-known opponent of nationalisation in competitive parts of the "
            "market, was keen to distance himself from Mr Iliaronov's comments.",
            "to distance himself from Mr Iliaronov's comments",
            "Gref",
        ),
    ],
    ids=["including-are-hoping", "who-is-confident", "appositive-was-keen"],
)
def test_aside_before_a_progressive_or_a_linking_verb(
    text: str, content: str, speaker: str
) -> None:
    claim = the_belief(text, content)
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Politico, 2016): a relation of a pronoun names nobody
        "Her father, Brad, 39, is worried that too many voters limit the news they read.",
        # BBC (business): the relative clause's own progressive is background
        "Stanley Leisure, which had been hoping to sell its casinos, fell 3%.",
    ],
    ids=["her-father-aside", "which-had-been-hoping"],
)
def test_no_belief_of_a_pronouns_relation_or_a_relatives_own_verb(text: str) -> None:
    assert [c.text for c in beliefs_of(text)] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC (business): a group, then "including" between dashes
        (
            "Critics - including Germany and France - believe liberalisation could result in "
            "companies shifting staff to cheaper bases in Eastern Europe.",
            "liberalisation could result in companies shifting staff to cheaper bases in "
            "Eastern Europe",
            "Critics",
        ),
        # BBC (technology): a relative clause between dashes inside the believer's appositive
        (
            "Paul Myers, chief executive of Wippit - a peer to peer service which provides "
            "paid-for music downloads - believes it is time advertisers stopped providing "
            "'oxygen' for companies that support illegal downloading.",
            "it is time advertisers stopped providing 'oxygen' for companies that support "
            "illegal downloading",
            "Paul Myers",
        ),
    ],
    ids=["critics-including", "appositive-with-dashes"],
)
def test_dash_aside_between_believer_and_verb(text: str, content: str, speaker: str) -> None:
    claims = [c for c in beliefs_of(text) if c.text == content]
    assert len(claims) == 1, [(c.text, c.rule) for c in beliefs_of(text)]
    assert claims[0].speaker is not None and claims[0].speaker.name == speaker


def test_relative_subject_after_a_colon_without_its_adverb() -> None:
    # PolNeAR train (Politico, 2016): a stated intention; "now" is no part of who he is
    text = (
        "But one thing is different, and it’s glaring: The senator who made enemies with fellow "
        "Republican senators and bragged about it to voters now wants to play nice with his "
        "colleagues."
    )
    claim = the_belief(text, "to play nice with his colleagues")
    assert claim.speaker is not None
    assert claim.speaker.name == (
        "The senator who made enemies with fellow Republican senators and bragged about it to "
        "voters"
    )


def test_time_after_a_subject_is_no_place() -> None:
    # ECB+ (2008): "at first" is when the police spoke, not where they are
    text = (
        "Police at first told workers to stay in their offices but a short time later evacuated "
        "the building."
    )
    speakers = [c.speaker.name for c in extract_article(text).claims if c.speaker is not None]
    assert speakers == ["Police"]


def test_verb_of_a_relative_clause_has_no_relative_subject() -> None:
    # PolNeAR train (Politico, 2016): "who first revealed" is the hacker's own clause; what
    # follows "that" runs into the main clause's verb, no claim of "The Romanian hacker who"
    text = (
        "The Romanian hacker who first revealed that Hillary Clinton used a private email address "
        "while she was secretary of state was sentenced to more than four years in federal prison "
        "Thursday."
    )
    for claim in extract_article(text).claims:
        assert claim.speaker is None or not claim.speaker.name.endswith(("who", "first"))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times, 2015)
        (
            "Mr. Cruz has sharpened his already uncompromising language, eager to retain his own "
            "hold on popular anger against the political class.",
            "to retain his own hold on popular anger against the political class",
            "Cruz",
        ),
        # PolNeAR train (Washington Post, 2016): the subject of two verbs joined by "and"
        (
            "Nega obtained a leave of absence from Bucknell and flew with his wife back to Addis "
            "Ababa, determined to help rebuild the country.",
            "to help rebuild the country",
            "Nega",
        ),
    ],
    ids=["eager-to", "determined-to"],
)
def test_adjective_of_intention_after_a_comma(text: str, content: str, speaker: str) -> None:
    claim = the_belief(text, content)
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        # a preposition after the adjective: no clause, no intention
        "Mr. Cruz left the stage, confident in his lead in the polls.",
        # "keen on" and a noun
        "The minister flew back to London, keen on a quick deal with the unions.",
    ],
    ids=["confident-in", "keen-on"],
)
def test_no_intention_from_an_adjective_with_a_preposition(text: str) -> None:
    assert [c.text for c in beliefs_of(text)] == []


def test_share_of_a_group_holds_the_belief() -> None:
    # PolNeAR train (Washington Post, 2016): "that" is the clause's subject
    text = (
        "While Clinton's favorable rating with Sanders supporters has been falling, many of his "
        "endorsers think that can be reversed."
    )
    claim = the_belief(text, "that can be reversed")
    assert claim.speaker is not None and claim.speaker.name == "many of his endorsers"


@pytest.mark.parametrize(
    "text",
    [
        "Few of his endorsers think Clinton can win.",
        "None of his endorsers think Clinton can win.",
    ],
    ids=["few-of", "none-of"],
)
def test_a_share_that_denies_holds_nothing(text: str) -> None:
    assert [c.text for c in beliefs_of(text)] == []


def test_which_wants_to_after_a_body() -> None:
    # PolNeAR train (Politico, 2016): "wants" is the relative clause's verb, not a noun
    text = (
        "Yellen has been fighting a rear-guard action all year against the Republican-led "
        "Congress, which wants to limit Fed regulatory powers."
    )
    claim = the_belief(text, "to limit Fed regulatory powers")
    assert claim.speaker is not None and claim.speaker.name == "Republican-led Congress"


def test_which_wants_to_after_a_thing_holds_nothing() -> None:
    text = "They bought the old mill, which wants to be restored to its former glory."
    assert [c.text for c in beliefs_of(text)] == []


def test_name_before_an_aside_after_a_label() -> None:
    # PolNeAR train (USA Today, 2016): a label and its colon open the sentence
    text = (
        "Focus on security: Trump, who is seen as a stronger leader than Clinton, hopes to make "
        "the case to women that he would be a better choice."
    )
    claim = the_belief(text, "to make the case to women that he would be a better choice")
    assert claim.speaker is not None and claim.speaker.name == "Trump"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Washington Post, 2016): "he" is whom the article is about
        (
            "He was also keenly aware, however, that reminding voters why they gravitated to him "
            "could be the most powerful way to bolster Mrs. Clinton's candidacy.",
            "reminding voters why they gravitated to him could be the most powerful way to "
            "bolster Mrs. Clinton's candidacy",
            "unknown",
        ),
        (
            "Mr. Clinton was confident, however, that the voters would return.",
            "the voters would return",
            "Clinton",
        ),
    ],
    ids=["aware-however-that", "confident-however-that"],
)
def test_adverb_aside_before_the_adjectives_that(text: str, content: str, speaker: str) -> None:
    claim = the_belief(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016)
        (
            "While Clinton considered drug companies her enemies, she seems to have no problem "
            "with their money.",
            "drug companies her enemies",
            "Clinton",
        ),
        # ECB+ (2010)
        (
            "Apple considers the updated battery its most innovative new feature.",
            "the updated battery its most innovative new feature",
            "Apple",
        ),
    ],
    ids=["considered-her-enemies", "considers-its-feature"],
)
def test_regard_with_a_noun_phrase_complement(text: str, content: str, speaker: str) -> None:
    claim = the_belief(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # BBC (business): a gerund's object is deliberation, not regard
        "Volkswagen is considering building a car factory in India.",
        # a time after the object
        "The board considered the offer a week ago.",
    ],
    ids=["considering-building", "a-week-ago"],
)
def test_no_regard_from_deliberation_or_a_time(text: str) -> None:
    assert [c.text for c in beliefs_of(text)] == []
