"""Golden tests: the subject before a speech cue that the engine used to miss.

"Military veterans interviewed at Trump rallies said ...", "“It’s unanimous,” councilmember
Mark Levine said": a subject phrase with a participle after its noun, or a lower-case title
before a name, is still the speaker of the words its cue reports. Passages are paraphrased from
PolNeAR train (US political news, 2016), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from tests.extraction import claims_of


def _only_claim(text: str, content: str):
    found = [c for c in claims_of(text) if c.text == content]
    assert len(found) == 1, [(c.text, c.rule) for c in claims_of(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "kind", "rule"),
    [
        (
            # PolNeAR train (New York Times, 2016): a participle and where the people were met
            "Military veterans interviewed at Trump rallies said they had no problem with the "
            "comments.",
            "they had no problem with the comments",
            "Military veterans interviewed at Trump rallies",
            "indirect",
            "indirect:long-subject",
        ),
        (
            # PolNeAR train (New York Times, 2016): the same, with an aside before the cue
            "But numerous veterans interviewed at rallies in South Carolina, including Mr. "
            "Jebens, said they had no problem with the remarks.",
            "they had no problem with the remarks",
            "numerous veterans interviewed at rallies in South Carolina",
            "indirect",
            "indirect:comma-aside",
        ),
        (
            # PolNeAR train (Politico, 2015): a one-word title in lower case before the name
            "“It’s unanimous,” councilmember Mark Levine said of the council’s support.",
            "It’s unanimous,",
            "Mark Levine",
            "direct",
            "direct:speaker-after",
        ),
        (
            # PolNeAR train (New York Times, 2016): "Even" before the subject and its relative
            "Even Republicans who have praised his candidacy warned on Tuesday that the party may "
            "have to separate itself from its standard-bearer.",
            "the party may have to separate itself from its standard-bearer",
            "Republicans who have praised his candidacy",
            "indirect",
            "indirect:long-subject",
        ),
        (
            # PolNeAR train (Politico, 2016): a count after "in the next" is where they are
            "Insiders in the next two states said it’s important that she close the gap.",
            "it’s important that she close the gap",
            "Insiders in the next two states",
            "indirect",
            "indirect:said-clause",
        ),
        (
            # BBC News (technology, 2005): a count after "for the" is whom the lawyer acts for
            "A lawyer for the three bloggers said the ruling was a dangerous precedent.",
            "the ruling was a dangerous precedent",
            "A lawyer for the three bloggers",
            "indirect",
            "indirect:said-clause",
        ),
        (
            # PolNeAR train (New York Times, 2016): a role of several words after the quotation,
            # then the name, both set off by commas
            "''We found zero relationship,'' Google's chief human resources executive, Laszlo "
            "Bock, told The New York Times in 2013.",
            "We found zero relationship,",
            "Laszlo Bock",
            "direct",
            "direct:speaker-after",
        ),
        (
            # PolNeAR train (Politico, 2016): a role opening the sentence, then the name
            "One delegate not on the Cruz slate, Kelly Schmdit, told POLITICO she was leaning "
            "toward Cruz.",
            "she was leaning toward Cruz",
            "Kelly Schmdit",
            "indirect",
            "indirect:said-clause",
        ),
        (
            # PolNeAR train (Politico, 2016): "long" between the closing dash and the cue
            "Intelligence officials — including NSA Director Adm. Michael Rogers — have long "
            "argued that data manipulation is a disturbing possibility.",
            "data manipulation is a disturbing possibility",
            "Intelligence officials",
            "indirect",
            "indirect:dash-aside",
        ),
        (
            # PolNeAR train (USA Today, 2016): an exclamation, then the name with an aside
            '"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the swirl of convention '
            "activities.",
            "Perpetual motion!",
            "Glenn Thompson",
            "direct",
            "direct:speaker-after",
        ),
        (
            # PolNeAR train (New York Times, 2016): an "-ed" word after "the" describes the head
            "''The court expresses no view on the merits'' of the case, the unsigned opinion said.",
            "''The court expresses no view on the merits'' of the case",
            "the unsigned opinion",
            "mixed",
            "mixed:speaker-after",
        ),
    ],
)
def test_subject_found(text: str, content: str, speaker: str, kind: str, rule: str) -> None:
    claim = _only_claim(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert (claim.kind, claim.rule) == (kind, rule)


def test_names_listed_before_a_group_are_the_subject() -> None:
    # PolNeAR train (New York Times, 2016): two names, "and", then a group with a place; the
    # head "bundlers" is in no lexicon, so the speaker is left unknown, but the claim is kept
    claim = _only_claim(
        "Ms. Toretti, Mrs. Rao and other prominent bundlers in both parties said their "
        "networks were now composed mostly of other women.",
        "their networks were now composed mostly of other women",
    )
    assert claim.speaker is not None
    assert claim.speaker.mention == (
        "Ms. Toretti, Mrs. Rao and other prominent bundlers in both parties"
    )
    assert claim.rule == "indirect:long-subject"


def test_exclamation_before_a_new_speakers_colon_stays_apart() -> None:
    # ECB+ (2013): the exclamation ends the first speaker's quotation; the name after it, with
    # its aside and "said:", opens the second speaker's sentence
    text = (
        'Jenna Coleman said she was thrilled, adding: "I know we will make an amazing show. '
        '"I can\'t wait to start this new adventure!" Ben Stephenson, controller of BBC Drama '
        'commissioning, said: "We started thinking he might be the right person."'
    )
    for claim in claims_of(text):
        if "adventure" in claim.text:
            assert claim.speaker is None or claim.speaker.name != "Ben Stephenson"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (New York Times, 2016): a pronoun and a name after the content
        (
            "It's not only about creating big audiences for advertisers, he and Mr. Allen said.",
            "It's not only about creating big audiences for advertisers",
        ),
        # the same pair before the cue
        ("He and Mr. Allen said jobs will be lost.", "jobs will be lost"),
    ],
)
def test_pronoun_joined_to_a_name_leaves_the_speaker_unknown(text: str, content: str) -> None:
    claim = _only_claim(text, content)
    assert claim.speaker is not None and claim.speaker.name == "unknown"
    assert claim.speaker.mention is not None and claim.speaker.mention.lower().startswith("he")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016): a plain plural of people outside the lexicons
        (
            "Trump fans insist delegates must heed the will of the grassroots.",
            "delegates must heed the will of the grassroots",
            "Trump fans",
        ),
        # PolNeAR train (New York Times, 2016): after a comma-set connective
        (
            "Cement makers, for instance, argue that imports grew to 40 percent.",
            "imports grew to 40 percent",
            "Cement makers",
        ),
    ],
)
def test_plain_group_speaks(text: str, content: str, speaker: str) -> None:
    claim = _only_claim(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.speaker.kind == "anonymous"


def test_counted_things_hold_no_belief() -> None:
    # PolNeAR train (Huffington Post, 2016): "30,000 immigrants expected" is a forecast
    text = "Immigration continues to rise with over 30,000 immigrants expected this year."
    assert claims_of(text) == []


def test_participle_group_is_anonymous() -> None:
    # PolNeAR train (New York Times, 2016): the noun before the participle says who they are
    claim = _only_claim("Voters surveyed in Iowa said they liked him.", "they liked him")
    assert claim.speaker is not None and claim.speaker.kind == "anonymous"


def test_lower_case_title_is_the_role() -> None:
    claim = _only_claim("“It’s unanimous,” councilmember Mark Levine said.", "It’s unanimous,")
    assert claim.speaker is not None and claim.speaker.role == "councilmember"


def test_role_before_name_is_kept() -> None:
    # PolNeAR train (New York Times, 2016)
    claim = _only_claim(
        "''We found zero relationship,'' Google's chief human resources executive, Laszlo "
        "Bock, said.",
        "We found zero relationship,",
    )
    assert claim.speaker is not None
    assert claim.speaker.role == "Google's chief human resources executive"


def test_writer_clause_before_quotation_is_no_role() -> None:
    # ECB+ (2013): the writer's clause before the quotation is neither content nor role
    text = (
        "Though they would not say what led to the shootings, “it doesn’t appear it was "
        "random,” the Troy police chief, Charles Craft, said."
    )
    assert not [c for c in claims_of(text) if c.text.startswith("Though")]


@pytest.mark.parametrize(
    "text",
    [
        # a participle after a thing, and no words reported: "said nothing about" is no claim
        "The bills passed in March said nothing about guns.",
        "The numbers released in March said a lot about the race.",
        # PolNeAR train (USA Today, 2016): after "a", the phrase is a noun's, not a caller
        "After all, his campaign was a sustained clarion call for grassroots democracy.",
    ],
)
def test_no_claim(text: str) -> None:
    assert claims_of(text) == []
