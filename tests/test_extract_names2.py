"""Golden tests: a speaker's name, role and organisation must be what the text says of them
(factdb/extract/speakers.py: parse_appositive, split_role_and_name, _name_in_aside).

A wrong role is worse than none: a participle clause after the post ("a position shared by
...", "led by ...") tells what was done, not who the speaker is; "The" of "The Rev. Larry
Kroon" is no role; "His wife, longtime Clinton aide Huma Abedin, said" names her. Passages are
paraphrased from PolNeAR train (US political news, 2016), BBC News (British news, 2004-05) and
ECB+ (news of many outlets), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article


def _only_claim(text: str):
    claims = extract_article(text).claims
    assert len(claims) == 1, [(c.text, c.speaker and c.speaker.name) for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("text", "content", "rule", "speaker", "role", "organization"),
    [
        (
            # BBC entertainment: the aside says who shares his view, not his post
            '"Sideways should win but it does not have a hope," said Jamie Graham of Total '
            "Film, a position shared by Film 2005 presenter Jonathan Ross.",
            "Sideways should win but it does not have a hope,",
            "direct:speaker-after",
            "Jamie Graham",
            None,
            "Total Film",
        ),
        (
            # BBC business: who leads the company is no role of the company
            "The South Yorkshire company, led by new chief executive Gerry Spindler, said it "
            "hoped to return to profit in 2006.",
            "it hoped to return to profit in 2006",
            "indirect:said-clause",
            "South Yorkshire company",
            None,
            None,
        ),
        (
            # BBC technology: the employer ends before what it was charged with
            '"Pupils used the statistics," said Ben Williamson, a researcher at Futurelab '
            "charged with testing the game in real schools.",
            "Pupils used the statistics,",
            "direct:speaker-after",
            "Ben Williamson",
            "researcher",
            "Futurelab",
        ),
        (
            # PolNeAR train (USA Today, 2016): the post, not who challenged her
            '"This will be a challenge," said Madeleine Kunin, the former Vermont Democratic '
            "governor challenged by Sanders 30 years ago.",
            "This will be a challenge,",
            "direct:speaker-after",
            "Madeleine Kunin",
            "former Vermont Democratic governor",
            None,
        ),
        (
            # ECB+ (2008): "The" before an honour is no role
            '"We have no idea what caused it," the Rev. Larry Kroon of the Wasilla Bible '
            "Church told CNN.",
            "We have no idea what caused it,",
            "direct:speaker-after",
            "Larry Kroon",
            None,
            "Wasilla Bible Church",
        ),
        (
            # ECB+ (2013): the son is named after his post; he spoke, not "Lamas' son"
            "Lamas' son, actor Lorenzo Lamas, tweeted Thursday: \"My stepmom passed "
            'peacefully this morning."',
            "My stepmom passed peacefully this morning.",
            "direct:speaker-before",
            "Lorenzo Lamas",
            "Lamas' son",
            None,
        ),
        (
            # PolNeAR train shape: a wife named after her post in the aside
            "His wife, longtime Clinton aide Huma Abedin, said she would stand by him.",
            "she would stand by him",
            "indirect:said-clause",
            "Huma Abedin",
            "wife",
            None,
        ),
    ],
)
def test_speaker_described_truly(text, content, rule, speaker, role, organization):
    claim = _only_claim(text)
    assert claim.text == content
    assert claim.rule == rule
    assert claim.speaker.name == speaker
    assert claim.speaker.role == role
    assert claim.speaker.organization == organization


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # guard: "one of" keeps its post before the participle clause
        (
            '"We knew there were going to be redundancies," said Jason Parkinson, one of the '
            "game developers sacked by Argonaut.",
            "Jason Parkinson",
            "one of the game developers",
        ),
        # guard: an aside about what the speaker was doing names no one who spoke
        (
            "A senior defence official, speaking to defence correspondent Paul Adams, said the "
            "plan was dead.",
            "A senior defence official",
            None,
        ),
    ],
)
def test_speaker_guards(text, speaker, role):
    claim = _only_claim(text)
    assert claim.speaker.name == speaker
    assert claim.speaker.role == role


def test_phrase_cut_off_before_its_verb_names_nobody():
    # BBC technology: "and" ends no name; the subject builder's phrase ran over a verb
    claim = _only_claim(
        "The e-mails show that they have come from an fbi.gov address and tell recipients "
        "that they have accessed illegal websites."
    )
    assert claim.text == "they have accessed illegal websites"
    assert claim.rule == "indirect:said-that"
    assert claim.speaker.name == "unknown"


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        # ECB+ (2008): a second post after the employer's name is no part of it
        (
            "Jamie Rappaport Clark, a former director of the Fish and Wildlife Service and a "
            "vice president of Defenders of Wildlife, said Thursday that the changes target "
            "the heart of the act.",
            "Fish and Wildlife Service",
        ),
        # BBC technology: the same after an abbreviation
        (
            '"Everyone is required to conform to this code," said Andrew Bud, regulatory head '
            "of the MEF and executive chairman of messaging firm MBlox.",
            "MEF",
        ),
    ],
)
def test_second_post_is_no_part_of_the_employer(text, organization):
    claim = _only_claim(text)
    assert claim.speaker.organization == organization


def test_and_between_lower_case_words_stays_in_the_employer():
    # guard, PolNeAR train (New York Times, 2016): one body described in lower case
    claim = _only_claim(
        '"He has put his fair share into hiring union people," said Richard Sabato, the '
        "president of a building and construction trades council in northern New Jersey."
    )
    assert claim.speaker.name == "Richard Sabato"
    assert claim.speaker.organization != "a building"


@pytest.mark.parametrize(
    ("text", "content", "speaker", "role"),
    [
        # BBC business: a correspondent named in the aside is who spoke
        (
            "The BBC's correspondent in Jakarta, Rachel Harvey, told World Business Report that "
            "there was likely to be a strong public reaction.",
            "there was likely to be a strong public reaction",
            "Rachel Harvey",
            "BBC's correspondent in Jakarta",
        ),
        # BBC sport: a peer named by title and name in the aside; the post is the role
        (
            "The bid chairman, Lord Coe, admitted he would never dream of running a marathon.",
            "he would never dream of running a marathon",
            "Coe",
            "bid chairman",
        ),
        # BBC business: the body after "for" is plural-looking, the spokesman one person
        (
            "A spokesman for DLF Builders, Dr Vancheshwar, told the BBC this will mean better "
            "offerings for consumers.",
            "this will mean better offerings for consumers",
            "Vancheshwar",
            "spokesman",
        ),
    ],
)
def test_person_named_in_the_aside(text, content, speaker, role):
    claim = _only_claim(text)
    assert claim.text == content
    assert claim.speaker.name == speaker
    assert claim.speaker.role == role
