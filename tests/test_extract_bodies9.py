"""Golden tests for organisations in news prose: an "it" that carries on the body named or
described as the subject of the sentence right before ("The China Three Gorges Project Corp
could now face a fine ... Last week, it denied", "As a result, the Japanese car maker has
sought ... Last month it said"), and a lone capitalised name the article itself shows to be a
body's, not a person's ("Apacs" after "the Association for Payment Clearing Services (Apacs)",
"a company called Akamai", "Rover bosses", "Sun's chief operating officer", "Saab has
consistently said it is competing", a name "it" carries on). Guards: when another body stands
between ("Argonaut called in administrators David Rubin & Partners ... It spent", "Standard
Life is the latest shareholder in Deutsche Boerse ... It said"), the subject is a text ("The
Prevention of Terrorism Bill was published on Tuesday. It proposes") or a place, or the
description names no body ("The US firm"), "it" stays unknown.

Passages are real sentences, or short excerpts of them, from BBC and ECB+
(../shared/corpora/), each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import claim_with, claims_of


def _speaker(text: str, content: str) -> tuple[str, str]:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    return claim.speaker.name, claim.speaker.kind


def test_it_carries_on_the_named_subject_before() -> None:
    # BBC business/282: the company is the subject of the sentence before; "it" is it
    text = (
        "So far, only 22 of the 30 construction projects targeted by China's State "
        "Environmental Protection Agency (Sepa) have complied with its shutdown order. The "
        "China Three Gorges Project Corp could now face a fine up to 200,000 yuan ($24,000; "
        "£12,700). Last week, it denied that its projects violated regulations."
    )
    assert _speaker(text, "its projects violated regulations") == (
        "China Three Gorges Project Corp",
        "organization",
    )


def test_it_carries_on_a_described_subject_introduced_by_that_description() -> None:
    # BBC business/013: "the Japanese car maker" is the one body written so before its name
    text = (
        "Struggling Japanese car maker Mitsubishi Motors has struck a deal to supply French car "
        "maker Peugeot with 30,000 sports utility vehicles (SUV). Its sales have slid 41% in the "
        "past year. As a result, the Japanese car maker has sought a series of financial "
        "bailouts. Last month it said it was looking for a further 540bn yen in fresh financial "
        "backing."
    )
    assert _speaker(text, "it was looking for a further 540bn yen in fresh financial backing") == (
        "Mitsubishi Motors",
        "organization",
    )


def test_it_makes_a_lone_subject_a_body() -> None:
    # BBC tech/133: "Delta ... It has said": no person is "it"
    text = (
        "Delta has been hit recently by pressures of rising fuel costs and fierce competition. "
        "It has said it needs to cut between 6,000 and 7,000 jobs."
    )
    assert _speaker(text, "it needs to cut between 6,000 and 7,000 jobs") == (
        "Delta",
        "organization",
    )


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # BBC business/362: the abbreviation in brackets after the association's name
        (
            "Plastic will overtake cash at 10.38am on Wednesday, according to the Association "
            "for Payment Clearing Services (Apacs). Shoppers in the UK are expected to put "
            "£269bn on plastic cards during the whole of 2004, Apacs said.",
            "Shoppers in the UK are expected to put £269bn on plastic cards during the whole of "
            "2004",
            "Apacs",
        ),
        # BBC tech/101: "a company called Akamai"
        (
            "The George W Bush website began using the services of a company called Akamai to "
            "ensure that the pages reach visitors. Akamai declined to comment, saying it could "
            "not talk about customer websites.",
            "it could not talk about customer websites",
            "Akamai",
        ),
        # BBC business/034: "Rover bosses"
        (
            'Rover confirmed the tie-up would take place "not very far away from this time". '
            'Rover bosses have said they are "confident" the deal would be signed in March.',
            'the tie-up would take place "not very far away from this time"',
            "Rover",
        ),
        # BBC business/144: "Opec members" (and "acting Opec secretary general")
        (
            "Oil prices retreated on Tuesday after producers' cartel Opec said it was now "
            "unlikely to cut production. Opec members are next meeting to discuss production "
            "levels on 16 March.",
            "it was now unlikely to cut production",
            "Opec",
        ),
        # BBC tech/022: "Sun's chief operating officer"
        (
            "Sun likened grid computing to the development of electricity. The system could "
            "mature in the same way, said Sun's chief operating officer Jonathan Schwartz.",
            "grid computing to the development of electricity",
            "Sun",
        ),
        # BBC business/149: an adverb before "said it is competing"
        (
            "For years, Saab has consistently said it is competing head-on with BMW, Mercedes "
            "and Jaguar.",
            "it is competing head-on with BMW, Mercedes and Jaguar",
            "Saab",
        ),
    ],
)
def test_lone_name_the_article_shows_a_body(text: str, content: str, name: str) -> None:
    assert _speaker(text, content) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # BBC tech/114: the administrators named between may be "it" as well
        (
            "Argonaut called in administrators David Rubin & Partners on Friday to find a way to "
            "rescue the company from collapse. It said it was hopeful that it could save some "
            "110 jobs.",
            "it was hopeful that it could save some 110 jobs",
        ),
        # BBC business/220: Deutsche Boerse competes with Standard Life for "it"
        (
            "Standard Life is the latest shareholder in Deutsche Boerse to express concern at the "
            "German stock market operator's plans to buy the London Stock Exchange.\nIt said "
            "Deutsche Boerse had to show why its planned offer was good for shareholder value.",
            "Deutsche Boerse had to show why its planned offer was good for shareholder value",
        ),
        # BBC tech/097: set up by a coalition of charities, which "it" may be as well
        (
            "An umbrella organisation called the Disasters Emergency Committee (DEC) has been set "
            "up by a coalition of 12 charities and has been taking many donations via its "
            "website. It urged people to go online where possible to help.",
            "people to go online where possible to help",
        ),
    ],
)
def test_it_stays_unknown_when_another_body_stands_between(text: str, content: str) -> None:
    assert _speaker(text, content)[1] == "unknown"


def test_a_bill_is_no_body_it_carries_on() -> None:
    # BBC politics/182: the bill is the subject before; a text, not a speaking body
    text = (
        "The Prevention of Terrorism Bill was published on Tuesday. It proposes control orders "
        "for suspects."
    )
    assert all(
        c.speaker is None or c.speaker.name != "Prevention of Terrorism Bill"
        for c in claims_of(text)
    )


def test_a_description_without_a_name_is_no_speaker_for_it() -> None:
    # BBC business/078: "The US firm" is described only; "it" stays unknown, not "US firm"
    text = (
        "Reports of deadlocked talks sent Fiat shares down 1.2% on Tuesday. The US firm is "
        "thought to be offering about $2bn to extricate itself from the arrangement. It has "
        "argued the deal was voided by Fiat's decision to sell off its finance arm."
    )
    assert _speaker(text, "the deal was voided by Fiat's decision to sell off its finance arm") == (
        "unknown",
        "unknown",
    )


def test_a_named_persons_company_stays_a_person() -> None:
    # guard (BBC tech/203 shape): a person named with a first name keeps the person kind
    text = (
        '2004 was a "stellar year" said Roger Bennett, director general of Elspa. Bennett said '
        "sales of Xbox games rose 37.9% during the year."
    )
    assert _speaker(text, "sales of Xbox games rose 37.9% during the year") == (
        "Roger Bennett",
        "person",
    )


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # BBC business/058: "it" in a later clause carries on its own sentence's subject
        (
            "Electrolux saw its shares rise 14% on Tuesday after it said it would be shifting "
            "more of its manufacturing to low-cost countries.",
            "it would be shifting more of its manufacturing to low-cost countries",
            "Electrolux",
        ),
        # BBC business/280: "Shares in X ... after it said"
        (
            "Shares in American Express surged more than 8% on Tuesday after it said it was to "
            "spin off its less profitable financial advisory subsidiary.",
            "it was to spin off its less profitable financial advisory subsidiary",
            "American Express",
        ),
        # BBC tech/268: "... but it has pledged"
        (
            "IBM will continue to hold the 500 patents but it has pledged to seek no royalties "
            "from the patents.",
            "to seek no royalties from the patents",
            "IBM",
        ),
    ],
)
def test_it_carries_on_its_own_sentences_body_subject(text: str, content: str, name: str) -> None:
    assert _speaker(text, content) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # ECB+ 27_16ecb: a subordinate clause opens the sentence; "When Microsoft" is no name
        (
            "When Microsoft issued its out-of-band patch in October, it cited the "
            "vulnerability's potential “wormability” -- meaning the hole could be exploited on "
            "a massive scale using self-copying malware -- as a reason for its action.",
            "the vulnerability's potential “wormability” -- meaning the hole could be exploited "
            "on a massive scale using self-copying malware -- as a reason for its action",
        ),
        # a report named between may be what "it" is (the shape of BBC tech/265)
        (
            "The company published its annual report on Monday. It said sales had risen.",
            "sales had risen",
        ),
    ],
)
def test_it_stays_unknown_after_a_subordinate_clause_or_a_document(text: str, content: str) -> None:
    name, kind = _speaker(text, content)
    assert kind == "unknown" or name not in ("When Microsoft", "company")
