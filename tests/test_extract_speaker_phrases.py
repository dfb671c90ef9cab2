"""Golden tests for the words a speaker phrase keeps: describing participles and datelines.

Passages are one or two sentences from the corpora in ../shared/corpora, named per test.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.types import Claim


def only_claim(text: str) -> Claim:
    (claim,) = extract_article(text).claims
    assert claim.speaker is not None
    assert text[claim.speaker.start : claim.speaker.end] == claim.speaker.mention
    return claim


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # BBC business: "mining" describes the group; without it the speaker is any group
        (
            "Shares in UK Coal have fallen after the mining group reported losses had deepened "
            "to £51.6m in 2004 from £1.2m.",
            "mining group",
        ),
        # ECB+: the judge who sentenced him, not just some judge
        (
            "The sentencing judge said he would have imposed a longer sentence but was swayed "
            "by a flood of letters from residents of Greenwich Village.",
            "The sentencing judge",
        ),
    ],
)
def test_a_participle_after_a_determiner_describes_the_speaker(text: str, name: str) -> None:
    # the mention keeps the participle, whatever body it resolves to ("UK Coal")
    claim = only_claim(text)
    assert claim.speaker is not None and claim.speaker.mention.lower().endswith(name.lower())


def test_a_participle_in_an_opening_clause_stays_out_of_the_speaker() -> None:
    # a written guard: the town the senator visited is no part of who speaks
    claim = only_claim("After visiting the mining town, the senator said it would recover.")
    assert claim.speaker is not None and claim.speaker.mention == "the senator"


def test_a_dateline_is_no_part_of_the_speaker() -> None:
    # PolNeAR train (Washington Post, 2015): the place of the dateline had been the speaker's
    text = (
        "RANGOON, Burma - Aung San Suu Kyi's political allies on Monday predicted an "
        "overwhelming victory in Burma's elections."
    )
    claim = only_claim(text)
    assert claim.speaker is not None
    assert claim.speaker.mention == "Aung San Suu Kyi's political allies"


def test_a_name_alone_between_a_comma_and_the_verb_before_a_quotation_speaks_it() -> None:
    # PolNeAR train (New York Times, 2016): the quotation had no speaker
    text = (
        "Whether the issue is the Keystone XL pipeline, climate change policies or the "
        "Affordable Care Act, Mr. Garin added, ''it becomes harder and harder for the "
        "Republicans to successfully attack Obama as a job killer.''"
    )
    quoted = [c for c in extract_article(text).claims if c.text.startswith("it becomes")]
    assert len(quoted) == 1 and quoted[0].speaker is not None
    assert quoted[0].speaker.name == "Garin"


def test_an_aside_after_a_name_is_no_speaker_of_the_quotation() -> None:
    # ECB+: "Controller BBC One" is Charlotte Moore's office, not a person
    text = (
        'Charlotte Moore, Controller BBC One says: "Peter Capaldi has all the genius and '
        'versatility needed to take on the mantel of the great Time Lord."'
    )
    for claim in extract_article(text).claims:
        assert claim.speaker is None or claim.speaker.name != "Controller BBC One"


def test_a_body_inside_an_aside_left_open_is_where_the_speaker_works() -> None:
    # BBC tech: no comma closes the aside, so the firm had been taken for the believer
    text = (
        "Adam Thomas, an analyst at research firm Informa Media believes the time is ripe for "
        "video-on-demand to flourish."
    )
    claim = only_claim(text)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role) == ("Adam Thomas", "analyst")


def test_a_bare_surname_after_a_relative_spoke_is_the_other_person() -> None:
    # PolNeAR train (2016): "Lazar" is the hacker, not the wife who wrote to the court last;
    # her role was read with its comma ("his wife,"), which hid that she is his kin (the first
    # sentence is written, standing for the article's opening)
    text = (
        "Marcel Lehel Lazar was sentenced on Thursday.\n\n"
        '"We need him because life is very hard in Romania," his wife, Gabriela Violeta Lazar, '
        "wrote in a letter to the court.\n\n"
        "Lazar told FBI agents that he trawled more or less randomly through the online accounts "
        'of "important people," looking for weak spots.'
    )
    claims = extract_article(text).claims
    told = [c for c in claims if c.text.startswith("he trawled")]
    assert len(told) == 1 and told[0].speaker is not None
    assert told[0].speaker.name == "Marcel Lehel Lazar"
    wrote = [c for c in claims if c.text.startswith("We need him")]
    assert len(wrote) == 1 and wrote[0].speaker is not None
    assert wrote[0].speaker.role == "his wife"  # no comma read into the role
