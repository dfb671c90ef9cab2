"""Claims framed by the plainest reporting verbs and "according to" that the engine missed or
cut wrong: a source standing inside the sentence it vouches for, and a document whose
participle carries a time ("issued earlier this year")."""

from __future__ import annotations

from extraction import assert_said, claim_with, claims_of

# PolNeAR (NYT): the verb after the source has a relative clause of its own with a cue word
EPSTEIN = (
    "Among Supreme Court precedents at risk, according to Ms. Epstein, are 16 involving "
    "business activity, unions or tax policy, including Walmart Stores v. Dukes, which denied "
    "class-action status to female employees of the discount retailer."
)


def test_according_to_inside_with_relative_cue_after() -> None:
    claim = claim_with(EPSTEIN, EPSTEIN[:-1])
    assert claim.rule == "indirect:according-to-inside"
    assert claim.speaker is not None and claim.speaker.name == "Epstein"
    # the fragment before the source is no claim of its own
    assert all(c.text != "Among Supreme Court precedents at risk" for c in claims_of(EPSTEIN))


# PolNeAR (HuffPost): "any mention" is a noun after its determiner, not a speaker's verb
ABSENT = (
    "Notably absent from the conversation, according to members who spoke with reporters "
    "afterward, was any mention of the investigation into the attack in Benghazi."
)


def test_according_to_inside_with_noun_cue_word_after() -> None:
    assert_said(
        ABSENT,
        ABSENT[:-1],
        "members who spoke with reporters afterward",
        "indirect:according-to-inside",
    )


# PolNeAR (Western Journalism): the source stands inside a "whose" relative clause
WHOSE = (
    "Donald Trump recently has been meeting with a man whose book, according to its Amazon "
    "summary, “draws a deeply troubling portrait of Hillary Rodham Clinton.”"
)


def test_according_to_inside_a_whose_clause() -> None:
    start = WHOSE.index("book,")
    claim = claim_with(WHOSE, WHOSE[start:])
    assert claim.rule == "mixed:according-to-inside"
    # never the words before "whose", which the summary does not say
    assert all(not c.text.startswith("Donald Trump recently") for c in claims_of(WHOSE))


def test_according_to_inside_a_whose_clause_plain_verb() -> None:
    text = "He met a farmer whose land, according to court records, was seized in 2010."
    claim = claim_with(text, "land, according to court records, was seized in 2010")
    assert claim.speaker is not None and claim.speaker.name == "court records"


def test_document_issued_earlier_this_year() -> None:
    text = "A report issued earlier this year said the server had been attacked."
    assert_said(
        text,
        "the server had been attacked",
        "A report issued earlier this year",
        "indirect:long-subject",
    )


# guards: what must stay as it is
def test_guard_according_to_then_conjoined_clause() -> None:
    # the source vouches for what follows "and" only
    text = (
        "The government has reshuffled top diplomats and, according to officials, adopted a "
        "new strategy to defend the image of Mexicans abroad."
    )
    claim = claim_with(text, "adopted a new strategy to defend the image of Mexicans abroad")
    assert claim.speaker is not None and claim.speaker.name == "officials"


def test_guard_according_to_then_another_frame() -> None:
    # a speaker's own frame after the source: no one claim across both
    text = "One of the aides, according to the report, said the plan had failed."
    assert all("according to the report, said" not in c.text for c in claims_of(text))


def test_guard_subject_with_time_auxiliary_is_no_document() -> None:
    text = "The company reported earlier this year that sales fell."
    assert_said(text, "sales fell", "company", "indirect:said-that")


# PolNeAR (UPI via Breitbart), shortened: the speaker's own aside names her father
def test_kin_named_in_own_aside_is_not_the_speaker() -> None:
    text = (
        "Clinton, 35, the daughter of former President Bill Clinton, said on Monday that "
        "Charlotte is going to be a big sister."
    )
    claim = claim_with(text, "Charlotte is going to be a big sister")
    assert claim.speaker is not None and claim.speaker.name == "Clinton"


def test_kin_named_in_own_aside_is_not_the_latest_of_the_surname() -> None:
    text = (
        "Chelsea Clinton announced a second child. Bill Clinton said he was thrilled. "
        "Clinton, 35, the daughter of former President Bill Clinton, said on Monday that "
        "Charlotte is going to be a big sister."
    )
    claim = claim_with(text, "Charlotte is going to be a big sister")
    assert claim.speaker is not None and claim.speaker.name == "Chelsea Clinton"


def test_guard_bare_surname_still_resolves_to_the_full_name() -> None:
    text = "Bill Clinton spoke first. Clinton, 69, a former president, said the plan would work."
    claim = claim_with(text, "the plan would work")
    assert claim.speaker is not None and claim.speaker.name == "Bill Clinton"


# PolNeAR (Western Journalism), shortened: the characterisation sits in a fronted phrase
def test_characterisation_in_fronted_phrase_ends_at_its_comma() -> None:
    text = (
        "Amid what the New York Times called a “rough week” for Trump, a story by the website "
        "Politico says that more than a hundred delegates are poised to break with him."
    )
    claim = claim_with(text, "a “rough week” for Trump")
    assert claim.speaker is not None and claim.speaker.name == "New York Times"


def test_guard_characterisation_tail_kept_without_fronted_phrase() -> None:
    text = "He won despite what Trump called a “rigged system” for picking delegates."
    claim = claim_with(text, "a “rigged system” for picking delegates")
    assert claim.speaker is not None and claim.speaker.name == "Trump"


# PolNeAR (Washington Post): a dashed quotation closes the subordinate clause before the subject
DASHED = (
    "And although former Maryland governor Martin O'Malley lamented her tendency to commit "
    'gaffes - "does she have to keep giving them so much ammunition?" - Democrats in Iowa who '
    "watched the Saturday debate said they were unfazed by the 9/11 flap."
)


def test_subject_after_a_dashed_aside() -> None:
    assert_said(
        DASHED,
        "they were unfazed by the 9/11 flap",
        "Democrats in Iowa who watched the Saturday debate",
        "indirect:said-clause",
    )


def test_guard_dashes_inside_one_noun_phrase() -> None:
    # PolNeAR (Politico): the dashes sit inside the poll's share, no subject starts after them
    text = (
        "A recent Bloomberg poll showed that only a bit more than half — 55 percent — of "
        "Sanders supporters said they were planning to back Clinton."
    )
    assert all(c.speaker is None or not c.speaker.name.startswith("of ") for c in claims_of(text))


# PolNeAR (Western Journalism), shortened: a turn that reports what someone else said
TRANSCRIPT = (
    "KATE BOULDUAN: Why not debate?\n\n"
    "JOEL BENENSON: This is a man who never ran a negative ad. He is now running them.\n\n"
    "BOULDUAN: Why not debate in New York?\n\n"
    "BENENSON: Senator Sanders doesn’t get to decide when we debate. Let’s see if he goes back "
    "to the kind of tone he said he was going to set early on.\n"
)


def test_transcript_turn_kept_around_a_reported_claim_inside_it() -> None:
    start = TRANSCRIPT.index("Senator Sanders")
    turn = claim_with(TRANSCRIPT, TRANSCRIPT[start:].rstrip())
    assert turn.rule == "direct:transcript"
    assert turn.speaker is not None and turn.speaker.name.endswith("BENENSON")
    # the claim inside the turn stays as well
    assert any(c.text == "he was going to set early on" for c in claims_of(TRANSCRIPT))


def test_guard_one_labelled_paragraph_is_no_transcript() -> None:
    text = "NEW DELHI: The city said it was ready. Officials said the roads were clear.\n"
    assert all(c.rule != "direct:transcript" for c in claims_of(text))


# PolNeAR (Washington Post): an "as" source of more words than a name
def test_as_source_long_noun_phrase() -> None:
    text = (
        "As another Pew study from 2011 noted, the average age of Latinos born in California "
        "was 18; the average age of white Californians was 44."
    )
    assert_said(
        text,
        "the average age of Latinos born in California was 18; the average age of white "
        "Californians was 44",
        "another Pew study from 2011",
        "indirect:as-source",
    )


def test_guard_as_source_pronoun_stays_unknown() -> None:
    claim = claim_with("As I noted, the average age was 18.", "the average age was 18")
    assert claim.speaker is not None and claim.speaker.name == "unknown"
