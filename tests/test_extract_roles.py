"""A speaker's role and organisation read from the aside after the name.

"Anne Borthwick, of Campaign for Borders Rail, said" names whom she works for, not a role
called "of Campaign"; "Kempthorne, at a news conference in Washington, said" says where he
spoke, which is neither; "Charles MacIntyre, from England" says where he is from. A journalist
filters and groups quotes by organisation, so a preposition or a place read as a role or an
employer files the quote under a body that does not exist. Passages are from the BBC News and
ECB+ corpora (shortened).
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article


def _speaker(text: str, words: str):
    matches = [c for c in extract_article(text).claims if words in c.text]
    assert matches, f"no claim holding {words!r}"
    assert matches[0].speaker is not None
    return matches[0].speaker


@pytest.mark.parametrize(
    ("text", "words", "name", "organization"),
    [
        (
            "Anne Borthwick, of Campaign for Borders Rail, said reopening the Waverley Line "
            "would restore the area's prosperity.",
            "Waverley Line",
            "Anne Borthwick",
            "Campaign for Borders Rail",
        ),
        (
            "Mike Hobday, from the League Against Cruel Sports, said video evidence of the law "
            "being broken would be passed onto police.",
            "video evidence",
            "Mike Hobday",
            "League Against Cruel Sports",
        ),
        (
            "Mr Rodgers, of the Fullness of Joy Church, said he was concerned about the "
            "rapper's lyrics.",
            "concerned",
            "Rodgers",
            "Fullness of Joy Church",
        ),
        # a second aside after the employer describes the speaker, not the employer
        (
            "Richard Doherty, from Panasonic's Hollywood Laboratories, one of the pioneers of "
            "Blu-ray, said the format would win.",
            "format would win",
            "Richard Doherty",
            "Panasonic's Hollywood Laboratories",
        ),
        # the employer's name at the end of what it is
        (
            "But Tom Miller, at a consulting firm called Gavekal Dragonomics, argues that "
            "Beijing's political influence will inevitably strengthen.",
            "political influence",
            "Tom Miller",
            "Gavekal Dragonomics",
        ),
    ],
)
def test_a_preposition_before_a_name_gives_the_organisation(
    text: str, words: str, name: str, organization: str
) -> None:
    speaker = _speaker(text, words)
    assert (speaker.name, speaker.role, speaker.organization) == (name, None, organization)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # where or how the speaker spoke
        (
            "Kempthorne, at a news conference in Washington, said that he knew changes to the "
            "act would evoke controversy.",
            "evoke controversy",
        ),
        (
            "The union, at loggerheads with studios over contract issues, said on Wednesday "
            "that it would ask its members to authorize a strike.",
            "authorize a strike",
        ),
        # where the speaker is from
        (
            '"This game is so good I\'m not going to get it," wrote Charles MacIntyre, from '
            "England.",
            "so good",
        ),
        (
            "Andrew Fisher, from Omaha, Nebraska, said he would have a non-permanent logo "
            "tattooed on his head for 30 days.",
            "non-permanent logo",
        ),
    ],
)
def test_a_circumstance_or_a_place_is_neither_role_nor_organisation(text: str, words: str) -> None:
    speaker = _speaker(text, words)
    assert (speaker.role, speaker.organization) == (None, None)


def test_a_title_after_a_comma_is_how_the_person_is_addressed_not_the_role() -> None:
    text = (
        '"We will keep these hounds going," hunt master, Captain Ian Farquhar, said. "In the '
        'end we will come back."'
    )
    speaker = _speaker(text, "hounds going")
    assert (speaker.name, speaker.role) == ("Ian Farquhar", "hunt master")


def test_a_company_suffix_after_a_comma_is_part_of_the_employer() -> None:
    speaker = _speaker(
        "Jane Doe, from Acme, Inc., said the company would appeal the ruling.", "appeal"
    )
    assert speaker.organization == "Acme, Inc."


@pytest.mark.parametrize(
    ("text", "words", "role", "organization"),
    [
        # BBC politics: a field after "of" is part of the post, no employer called "twins"
        (
            "Michelle, a mother of twins, said her forms had twice been lost in the post.",
            "forms had twice",
            "mother of twins",
            None,
        ),
        # PolNeAR train (The New York Times): "labor" is what the secretary is in charge of
        (
            "Thomas E. Perez, the secretary of labor, said the rule would help millions.",
            "rule would help",
            "secretary of labor",
            None,
        ),
        # BBC politics: how he spoke is neither part of his post nor an employer
        (
            "Paul Boateng, chief secretary to the Treasury in a statement, said the figures "
            "were sound.",
            "figures were sound",
            "chief secretary to the Treasury",
            None,
        ),
        # BBC tech: a company's name may be written in lower case and digits
        (
            "Tim Ellsmore, managing director of 3ami, said the gadgets were popular.",
            "gadgets were popular",
            "managing director",
            "3ami",
        ),
        # ECB+: a body named by a noun stays the employer
        (
            "Joyce Johnston, principal of the college, said the course would go ahead.",
            "course would go ahead",
            "principal",
            "college",
        ),
    ],
)
def test_a_field_after_of_is_part_of_the_post(
    text: str, words: str, role: str, organization: str | None
) -> None:
    speaker = _speaker(text, words)
    assert (speaker.role, speaker.organization) == (role, organization)


def test_a_description_then_the_persons_name_names_the_speaker() -> None:
    # BBC politics: nothing of "public prosecutions" bears a name like a person's
    speaker = _speaker(
        "The director of public prosecutions, Ken Macdonald, says only 11 householders were "
        "prosecuted in 15 years.",
        "householders",
    )
    assert (speaker.name, speaker.kind, speaker.role) == (
        "Ken Macdonald",
        "person",
        "director of public prosecutions",
    )


def test_an_aside_after_a_nameable_thing_may_name_the_thing_not_the_speaker() -> None:
    # ECB+: "Relaxus Massage Products" is the business, not the employee
    speaker = _speaker(
        "An employee of another nearby business, Relaxus Massage Products, said staff were "
        "evacuated.",
        "staff were evacuated",
    )
    assert speaker.name != "Relaxus Massage Products"
