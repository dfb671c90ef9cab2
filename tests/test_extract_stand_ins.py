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


def test_a_place_named_between_is_no_other_person_a_pronoun_could_be() -> None:
    # BBC entertainment (shortened): "the West End" is a place, not another man
    text = (
        "Talk show host Jerry Springer has said he would not have written the opera himself. "
        "Springer helped launch the West End show and attended the opening night. "
        '"I don\'t believe in making fun of other religions," he said.'
    )
    speaker = _claim(text, "making fun").speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention) == ("Jerry Springer", "he")


def test_no_persons_name_ends_in_a_word_for_kin() -> None:
    # ECB+: a headline run into the lines after it
    text = (
        "His sister Katie Jenkin, 20, and mother Alice McMeekin, 58, were found dead in a home "
        "in Millom, Cumbria Relative said he had history of mental health problems"
    )
    speaker = _claim(text, "mental health").speaker
    assert speaker is None or speaker.kind != "person"


def test_someone_new_described_by_role_comes_between_a_name_and_a_pronoun() -> None:
    # BBC entertainment: "He" is the department's spokesman, not Phil Redmond
    text = (
        "Phil Redmond, now chairman of Mersey TV, told Tessa Jowell he would run it with its "
        "current remit intact. A spokesman for the Department for Culture, Media and Sport said "
        "there were no plans to sell the channel.\nHe added that primary legislation would be "
        "required for the station to be sold off."
    )
    speaker = _claim(text, "primary legislation").speaker
    assert speaker is not None
    assert speaker.name != "Phil Redmond"


def test_a_pronoun_stands_for_a_subject_described_in_an_aside() -> None:
    # BBC politics: an aside with no article between the name and its verb
    text = (
        'Sir Menzies Campbell said the four had been rescued from a "legal no-man\'s land".\n'
        "Azmat Begg, father of Moazzam, thanked his lawyers and the British people for the "
        'support he had received. He added: "If they have done something wrong, of course they '
        'should be punished."'
    )
    speaker = _claim(text, "done something wrong").speaker
    assert speaker is not None
    assert speaker.name == "Azmat Begg"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # ECB+: the tool recommends, in a relative clause; Martino only talks about it
        (
            "Paul Martino, CEO of Aggregate Knowledge, talks about the company's online discovery "
            "tool, which essentially looks across hundreds of millions of Web sites and "
            "recommends content, products, and services to users in real time.",
            "content, products",
        ),
    ],
)
def test_a_verb_after_a_relative_clause_is_not_the_subjects(text: str, words: str) -> None:
    assert not [c for c in extract_article(text).claims if words in c.text]


def test_a_person_with_an_aside_gives_no_organisation_to_the_next_speaker() -> None:
    # BBC entertainment: "The Game" is a rapper, no body 50 Cent belongs to
    text = (
        'The Game, whose real name is Jayceon Taylor, told a news conference: "I want to '
        'apologise." Chart-topper 50 Cent, real name Curtis Jackson, said the truce came on the '
        "anniversary of the death of the Notorious BIG."
    )
    speaker = _claim(text, "the truce").speaker
    assert speaker is not None
    assert speaker.organization != "Game"


def test_a_pronoun_after_a_subject_described_by_role_is_whom_the_role_names() -> None:
    # BBC entertainment (shortened): "The actor" opening the sentence before is Keanu Reeves
    text = (
        "Actor Keanu Reeves has been awarded a star on the Hollywood Walk of Fame. His star is "
        "the 2,277th to be embedded in the pavement on Hollywood Boulevard.\nThe actor, who was "
        "born in Beirut, also spoke of how he dropped out of school. "
        '"Hollywood was calling," he said.'
    )
    speaker = _claim(text, "Hollywood was calling").speaker
    assert speaker is not None
    assert speaker.name == "Keanu Reeves"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # ECB+: a capitalised word, then a role in lower case, then the name, then the verb
        (
            "Firefighters rescued another five people from the balcony. Greek prime minister "
            'George Papandreou condemned the killings, saying: "A demonstration is one thing and '
            'murder is quite another."',
            "demonstration",
            "George Papandreou",
        ),
        # BBC politics
        (
            "Former civil service chief Lord Butler has criticised the way Tony Blair's "
            "government operates, accusing it of being obsessed with headlines.",
            "headlines",
            "Butler",
        ),
    ],
)
def test_a_subject_runs_from_its_role_to_the_name_before_the_verb(
    text: str, words: str, name: str
) -> None:
    speaker = _claim(text, words).speaker
    assert speaker is not None
    assert speaker.name == name


def test_a_quotation_opening_a_paragraph_after_one_about_a_named_person_is_theirs() -> None:
    # PolNeAR train (shortened): the paragraph before ends on Ed Rendell
    text = (
        "Some Clinton backers were cautious.\n\nFormer Pennsylvania governor Ed Rendell, one of "
        "Clinton's most vocal supporters, was even more resolute.\n\n"
        '"Absolutely not," he said of the possibility of a loss.'
    )
    speaker = _claim(text, "Absolutely not").speaker
    assert speaker is not None
    assert speaker.name == "Ed Rendell"


def test_two_people_before_a_pronoun_are_no_antecedent() -> None:
    # PolNeAR train (shortened): a caption with two men, then "he"
    text = (
        "President Barack Obama and Vice President Joe Biden place flowers at a makeshift "
        'memorial.\n\n"I held and hugged grieving family members," he said.'
    )
    speaker = _claim(text, "grieving").speaker
    assert speaker is None or speaker.name not in {"Joe Biden", "Barack Obama"}


def test_a_surname_that_is_also_an_origin_is_the_full_name_introduced() -> None:
    # PolNeAR train (shortened): "Cuban" is Mark Cuban, not a nationality
    text = (
        "Billionaire Mark Cuban took questions from attendees. In describing fellow billionaire "
        "Donald Trump, Cuban said he sees someone without the intellectual curiosity needed."
    )
    speaker = _claim(text, "intellectual curiosity").speaker
    assert speaker is not None
    assert speaker.name == "Mark Cuban"


def test_one_person_is_not_both_he_and_she() -> None:
    # PolNeAR train (shortened): the "she" after "his wife, Jane," is not Bernie Sanders
    text = (
        "Bernie Sanders has said he will work to prevent a Republican from becoming president. "
        "But he said he wants to see Clinton embrace some of his top priorities. He said in a "
        "statement Tuesday night that he wants a party platform that calls for a $15 minimum "
        "wage.\n\nVoter participation: Sanders, whose coalition includes young people, said closed "
        "primaries deny many energized independents the right to vote. On CNN Tuesday, his wife, "
        'Jane, called for an open primary process. "Shutting people out of the process when '
        "they're excited about politics is not smart,\" she said."
    )
    claims = extract_article(text).claims
    speakers = {c.text[:12]: c.speaker.name for c in claims if c.speaker is not None}
    assert speakers["Shutting peo"] != "Bernie Sanders"
    assert speakers["he wants a p"] == "Bernie Sanders"
