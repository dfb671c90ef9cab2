"""Golden tests for a headline a scraper ran into the story's first sentence with nothing
between them, so that the headline's last words joined the story's subject: "Microsoft: IE
Zero Day Flaw Affects All Versions Microsoft said" credited "All Versions Microsoft", a person.
The story opens on a company or outlet known by one word or by its initials, after a headline
in title case or one that opened on the same name: the headline is the article's title and
furniture, and the story's sentence opens on its subject. A run of capitalised words ending on
such a company ("... Puts Intel on the Defensive") is no person's full name either, so a later
"Intel said" is the company's. Where no body's name marks the headline's end, a capitalised
speaker that goes on from a title-case headline (one with words only title case capitalises:
"Will Not") is unknown. Guards: a noun phrase opening the story ("A Plaid Cymru MP"), a
person's name the story opens on after its headline ("... The New Orleans Saints"), initials
that are no body ("For DUI on ..."), a club's name ending in initials, a person surnamed as a
company ("Fiona Apple").

Passages are real sentences, or short excerpts of them, from ECB+ and BBC
(../shared/corpora/), each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import claim_with, claims_of

from factdb.extract import extract_article


@pytest.mark.parametrize(
    ("text", "content", "speaker", "title"),
    [
        # ECB+ (27_6ecbplus): a title-case headline with a kicker, then the company that opens
        # the story
        (
            "Microsoft: IE Zero Day Flaw Affects All Versions Microsoft said today that attackers "
            "are exploiting a previously unknown, unpatched vulnerability in all supported "
            "versions of its Internet Explorer Web browser.",
            "attackers are exploiting a previously unknown, unpatched vulnerability in all "
            "supported versions of its Internet Explorer Web browser",
            "Microsoft",
            "Microsoft: IE Zero Day Flaw Affects All Versions",
        ),
        # ECB+ (10_19ecbplus): after a date line, a title-case headline, then an outlet known
        # by its initials that goes on as a subject ("is reporting")
        (
            "Thursday, December 11, 2008 Prediction: Red Sox Will Nab Teixeira ESPN is reporting "
            "that the Nationals have offered Mark Teixeira an 8-year, $160 million contract.",
            "the Nationals have offered Mark Teixeira an 8-year, $160 million contract",
            "ESPN",
            "Prediction: Red Sox Will Nab Teixeira",
        ),
        # ECB+ (44_4ecbplus): a headline in sentence case that opened on the name the story
        # opens on
        (
            "HP acquires EYP Mission Critical Facilities HP today announced that it has signed a "
            "definitive agreement to acquire EYP Mission Critical Facilities Inc., a consulting "
            "company.",
            "it has signed a definitive agreement to acquire EYP Mission Critical Facilities "
            "Inc., a consulting company",
            "HP",
            "HP acquires EYP Mission Critical Facilities",
        ),
    ],
)
def test_a_run_in_headline_is_cut_off_the_subject(
    text: str, content: str, speaker: str, title: str
) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.speaker.kind == "organization"
    assert extract_article(text).meta.title == title


def test_headline_words_before_a_company_are_no_full_name() -> None:
    # ECB+ (43_6ecbplus): "Puts Intel" in the headline is no person whom a later "Intel" names
    claim = claim_with(
        "AMD's Acquisition of SeaMicro Puts Intel on the Defensive Mar 2, 2012 12:30 PM Intel "
        "suffered a setback in the server market this week. Intel said it will continue to "
        "provide processors for SeaMicro servers, depending on the requirements.",
        "it will continue to provide processors for SeaMicro servers, depending on the "
        "requirements",
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Intel"
    assert claim.speaker.kind == "organization"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC (politics/177): initials ending the noun phrase the story opens on are a post
        (
            "A Plaid Cymru MP believes UK security services were involved in some arson attacks "
            "blamed on Welsh extremists.",
            "UK security services were involved in some arson attacks blamed on Welsh extremists",
            "A Plaid Cymru MP",
        ),
        # a person surnamed as a company is named by a first name
        (
            "Singer Fiona Apple has cancelled her tour. Apple said she was sorry to disappoint "
            "her fans.",
            "she was sorry to disappoint her fans",
            "Fiona Apple",
        ),
        # a club's name ending in initials is one name, no headline before "FC"
        (
            "Brighton And Hove Albion FC has said the manager will stay.",
            "the manager will stay",
            "Brighton And Hove Albion FC",
        ),
    ],
)
def test_names_that_stay_whole(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (25_1ecb): the story opens on a person's name after its headline; only a body's
        # name marks where the story starts
        "Saints place Bush on IR The New Orleans Saints have placed running back Reggie Bush on "
        "injured reserve, coach Sean Payton said.",
        # ECB+ (43_6ecbplus, its time stamp left out): a company the headline names as its
        # object ("Puts Intel on the Defensive") opens no story
        "AMD's Acquisition of SeaMicro Puts Intel on the Defensive Intel suffered a setback in "
        "the server market this week, analysts said.",
        # ECB+ (35_5ecbplus): initials after a headline's preposition are no subject
        "Chargers’ Jamal Williams Arrested For DUI on February 4, 2009 Chargers defensive tackle "
        "Jamal Williams was arrested, police said.",
    ],
)
def test_no_headline_cut_without_a_body_opening_the_story(text: str) -> None:
    claims_of(text)
    assert extract_article(text).meta.title in (None, text)


def test_a_speaker_run_on_from_a_title_case_headline_is_unknown() -> None:
    # ECB+ (6_8ecbplus): "Sequel Filmmaker" is the headline's last word and the deck's first;
    # where one ends no word tells
    text = (
        "Gary Ross Will Not Direct 'Hunger Games' Sequel Filmmaker says he cannot commit to "
        "production schedule for 'Catching Fire' Hunger Games director Gary Ross will not helm "
        "the adaptation of Catching Fire, the second book in Suzanne Collins' trilogy, the Los "
        "Angeles Times reports."
    )
    claim = next(c for c in claims_of(text) if c.text.startswith("he cannot commit"))
    assert claim.speaker is not None
    assert claim.speaker.name == "unknown"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Huffington Post, 2016): a headline that names its speaker after a
        # comma: the name stands apart from the words before it
        (
            "Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic "
            "Convention.",
            "Guns Are ‘The Ultimate Public Health Crisis,’",
            "Howard Dean",
        ),
        # ECB+ (2_1ecbplus): a headline a time stamp cut off is no part of the story's
        # sentence, though title case capitalised its "To"
        (
            "Ellen DeGeneres To Host 86th Oscars Friday August 2, 2013 @ 8:13am PDT Ellen "
            "DeGeneres just tweeted she will be hosting the Oscars this year.",
            "she will be hosting the Oscars this year",
            "Ellen DeGeneres",
        ),
    ],
)
def test_speakers_apart_from_a_headline_stay_named(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
