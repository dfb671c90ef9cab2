"""Golden tests for titles before a name: a knight or dame goes by the first name ("Sir
Howard" is Sir Howard Newby); an honour or rank says less than the office an aside gives
("Lord Bach, Minister for Defence Procurement"), but an elected office stays ("Senator Joe
Donnelly, Democrat of Indiana"), and an aside on the speaker's body is no office of his ("Lt.
Bob Rifkin of Operation Safe Streets, the department's gang unit"); "General Motors" is a
company, not a General named Motors; and a number ends a name ("Radio 1", "Transport 2000").

Passages are short excerpts from BBC (../shared/corpora/bbc/bbc.jsonl), ECB+
(../shared/corpora/ecbplus/ecbplus.jsonl) and PolNeAR train
(../shared/corpora/polnear/train.jsonl), named per case.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.types import Speaker


def speaker_of(text: str, content: str) -> Speaker:
    """The speaker of the one claim whose content opens with `content`."""
    found = [c for c in extract_article(text).claims if c.text.startswith(content)]
    assert len(found) == 1, [c.text for c in extract_article(text).claims]
    assert found[0].speaker is not None
    return found[0].speaker


def test_a_knight_named_by_first_name_is_the_knight_named_before() -> None:
    # BBC (education): "Sir Howard" after "Sir Howard Newby"
    text = (
        'But the percentage of poorer students "hardly changed at all", said its chief '
        "executive, Sir Howard Newby. Increasingly more women than men went to university.\n"
        'Sir Howard said the report highlighted the "entrenched divisions" between rich and '
        "poor areas."
    )
    speaker = speaker_of(text, "the report highlighted")
    assert speaker.name == "Howard Newby"
    assert speaker.mention == "Sir Howard"


def test_an_honour_gives_way_to_the_office_in_the_aside() -> None:
    # BBC (politics): a peer's title says nothing of his office
    text = (
        'Lord Bach, Minister for Defence Procurement, said he was "obviously still '
        'disappointed with the cost and time increases shown".'
    )
    speaker = speaker_of(text, "obviously still disappointed")
    assert speaker.name == "Bach"
    assert speaker.role == "Minister for Defence Procurement"


def test_an_elected_office_stays_before_the_party_aside() -> None:
    # PolNeAR train (The New York Times, 2016): "Senator" is the office, not "Democrat of ..."
    text = (
        "''That's financed by the taxpayers they just fired,'' said Senator Joe Donnelly, "
        "Democrat of Indiana."
    )
    speaker = speaker_of(text, "That's financed by the taxpayers")
    assert speaker.name == "Joe Donnelly"
    assert speaker.role == "Senator"


def test_an_aside_on_the_body_is_no_office_of_the_speaker() -> None:
    # ECB+ (Los Angeles sheriff's department story): the aside says what the unit is
    text = (
        "Lt. Bob Rifkin of Operation Safe Streets, the department's gang unit, said Ortiz "
        "became interested in the gang problem while working as a patrol officer from 1996 "
        "to 2000."
    )
    speaker = speaker_of(text, "Ortiz became interested")
    assert speaker.name == "Bob Rifkin"
    assert speaker.role == "Lt."


def test_general_motors_is_a_company() -> None:
    # BBC (business): "General" is no military title here
    text = (
        "General Motors, the world's largest car maker, has confirmed that it will build a "
        "new medium-sized Cadillac BLS at its loss-making Saab factory in Sweden."
    )
    speaker = speaker_of(text, "it will build")
    assert speaker.name == "General Motors"
    assert speaker.kind == "organization"


def test_a_number_ends_a_broadcasters_name() -> None:
    # BBC (entertainment): "Radio 1" had been a subject nobody could type
    text = (
        "Radio 1 said the station was not trying to replace Peel, but would rise to the "
        '"challenge" of "keeping his legacy alive" with unpredictable music.'
    )
    speaker = speaker_of(text, "the station was not trying")
    assert (speaker.name, speaker.kind) == ("Radio 1", "media")


def test_a_number_ends_a_name_after_its_kind() -> None:
    # BBC (business): "group" says what the body is; "Transport 2000" is its name
    text = (
        "Environmental group Transport 2000 said the freeze sends the wrong message to motorists."
    )
    speaker = speaker_of(text, "the freeze sends")
    assert (speaker.name, speaker.kind) == ("Transport 2000", "organization")


def test_a_hyphenated_name_before_at_keeps_the_employer_apart() -> None:
    # BBC (business): "Marie-Pierre" had made the whole phrase one name
    text = (
        '"We expect the deficit to continue to widen in 2005 even if the dollar gets back to '
        'its downward trend," said economist Marie-Pierre Ripert at IXIS.'
    )
    speaker = speaker_of(text, "We expect the deficit")
    assert (speaker.name, speaker.organization) == ("Marie-Pierre Ripert", "IXIS")


def test_mr_and_a_surname_of_a_firm() -> None:
    # BBC (business): the analyst addressed as Mr, and his bank after "of"
    text = "Analysts were cautious. Mr Brul of BNP Paribas said the market for the bonds was weak."
    speaker = speaker_of(text, "the market for the bonds")
    assert (speaker.name, speaker.organization) == ("Brul", "BNP Paribas")


def test_a_peers_of_is_his_title() -> None:
    # BBC (politics): "of Birkenhead" is part of the law lord's title, no employer
    text = "Lord Nicholls of Birkenhead said the detention powers were incompatible with the law."
    speaker = speaker_of(text, "the detention powers")
    assert speaker.organization is None


def test_a_middle_initial_keeps_a_name_apart_from_its_court() -> None:
    # ECB+ (Vincent Gigante obituary): "H." had made the whole phrase an organisation
    text = (
        "In August 1996, Judge Eugene H. Nickerson of Federal District Court in Brooklyn ruled "
        "that Mr. Gigante was mentally competent to stand trial on murder and racketeering "
        "charges."
    )
    speaker = speaker_of(text, "Mr. Gigante was mentally competent")
    assert (speaker.name, speaker.kind) == ("Eugene H. Nickerson", "person")
    assert speaker.organization == "Federal District Court in Brooklyn"


def test_an_office_named_in_passing_is_whom_the_office_says_later() -> None:
    # adapted from BBC (politics, "Tory leader Michael Howard has written to Tony Blair ..."):
    # Michael Howard is named with his office but speaks first as "the Tory leader"
    text = (
        "Tory leader Michael Howard was in Manchester on Monday. The Tory leader said the "
        "government and the chancellor had run out of solutions to the problems Britain faced."
    )
    speaker = speaker_of(text, "the government and the chancellor")
    assert (speaker.name, speaker.role) == ("Michael Howard", "Tory leader")


@pytest.mark.parametrize(
    "text",
    [
        # adapted from BBC (politics): a deputy is no holder of the office
        "Deputy Prime Minister John Prescott opened the plant. The prime minister said jobs "
        "would follow.",
        # adapted from PolNeAR train (The New York Times, 2016): two presidents named
        "WASHINGTON -- President Obama on Thursday nominated World Bank president Jim Yong Kim "
        "for a second term. The president said the bank's work had to go on.",
    ],
    ids=["deputy", "two-holders"],
)
def test_an_office_with_no_single_holder_stays_a_description(text: str) -> None:
    speaker = speaker_of(text, "")
    assert speaker.name.lower().startswith("the ")


@pytest.mark.parametrize(
    ("text", "content", "name", "role"),
    [
        # ECB+ (Vancouver police): "Const." is a constable's title, no sentence end
        (
            "The other people at the office party were able to escape without injury, Const. "
            "Fanning said.",
            "The other people at the office party",
            "Fanning",
            "Const.",
        ),
        # ECB+ (Catholic News Agency): a monsignor is one person, though "farmer" is a calling
        (
            "Msgr. Farmer said Dr. Benjamin is a delightful lady who has served as lector at "
            "the cathedral.",
            "Dr. Benjamin is a delightful lady",
            "Farmer",
            "Msgr.",
        ),
    ],
)
def test_a_title_before_a_surname_names_a_person(
    text: str, content: str, name: str, role: str
) -> None:
    speaker = speaker_of(text, content)
    assert (speaker.name, speaker.kind, speaker.role) == (name, "person", role)
