"""Mentions that stand in for a person or a company named before them.

"The 36-year-old" is how sports and entertainment writing names the person the paragraph is
about; like "he", it stands for the named subject just before it, and stays unresolved when
someone else is named in between. A capitalised company noun opening a sentence ("Chipmaker
AMD") says what the company is; it is no part of a person's name. Passages are from the BBC
News and ECB+ corpora (shortened).
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article


def _claim(text: str, words: str):
    matches = [c for c in extract_article(text).claims if words in c.text]
    assert matches, f"no claim holding {words!r}"
    return matches[0]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # BBC sport: the age after a quotation is the person the sentence before is about
        (
            "Chelsea beat Barcelona with Marcel Desailly in the side. Former Chelsea captain "
            "Desailly, who is now playing for Al-Gharafa in Qatar, says there is no comparison "
            'between that side and the current Blues team. "Mentally they are much stronger," '
            "the 36-year-old said.",
            "Mentally",
            "Marcel Desailly",
        ),
        # BBC sport: a participle's phrase between the subject and its verb
        (
            "Hewitt will meet Frenchman Arnaud Clement in the first round. Michal Minar, ranked "
            "158th in the world, was forced to pull out of the qualifying draw. "
            '"For me, this was a big success," said the 20-year-old.',
            "big success",
            "Michal Minar",
        ),
        # BBC sport: an age between the subject and its verb
        (
            "Harry Redknapp is the new manager of Southampton. Redknapp, 57, quit his Fratton "
            'Park position on 24 November and vowed: "I will not go down the road - no chance."',
            "no chance",
            "Harry Redknapp",
        ),
    ],
)
def test_a_stand_in_is_the_person_named_before(text: str, words: str, speaker: str) -> None:
    claim = _claim(text, words)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.speaker.kind == "person"


def test_an_age_with_someone_else_named_between_stays_unresolved() -> None:
    # BBC sport (shortened): the coach named after Kenteris could be the 31-year-old as well
    text = (
        "Greek sprinter Kostas Kenteris has protested his innocence. On Sunday he blamed his "
        "former coach Christos Tzekos for failing to inform him of the test. "
        '"I will be happy if I am charged," said the 31-year-old.'
    )
    speaker = _claim(text, "happy").speaker
    assert speaker is not None
    assert speaker.kind == "unknown"
    assert speaker.name not in {"Kostas Kenteris", "Christos Tzekos"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # ECB+
        (
            "Chipmaker AMD, hoping to gain a leg up on a resurgent rival Intel, on July 24 ended "
            "months of speculation by saying it would buy graphics chipmaker ATI.",
            "AMD",
        ),
        # BBC entertainment
        ("Bookmakers Ladbrokes says the singer has even odds of being voted off.", "Ladbrokes"),
    ],
)
def test_a_company_noun_opening_a_sentence_is_no_part_of_a_name(text: str, name: str) -> None:
    (claim,) = extract_article(text).claims
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # BBC business: introduced with what it is, as the subject of the first sentence
        (
            "German airline Lufthansa has returned to profit in 2004 after posting huge losses "
            "in 2003. In a preliminary report, the airline announced net profits of 400m euros.",
            "net profits",
            "Lufthansa",
        ),
        # BBC tech
        (
            "Computer giant Microsoft has launched a counterfeit product replacement scheme. In "
            "June, the software giant said that the major security update to Windows XP would "
            "not work with pirated versions.",
            "security update",
            "Microsoft",
        ),
    ],
)
def test_a_company_noun_stands_for_the_company_introduced_with_it(
    text: str, words: str, name: str
) -> None:
    speaker = _claim(text, words).speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "organization")


def test_a_company_named_in_passing_is_not_the_company_that_speaks() -> None:
    # ECB+ (shortened): Trusteer is where the quoted director works; "the company" is Microsoft
    text = (
        '"Hackers are already using it," Dana Tamir, director at security company Trusteer, '
        "told the BBC. The patch is not intended to be a replacement for scheduled security "
        "updates, the company said."
    )
    speaker = _claim(text, "replacement").speaker
    assert speaker is None or speaker.name != "Trusteer"
