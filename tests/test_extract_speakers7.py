"""Wrong speakers on claims that hold another's claim (branch speakers7): a report a source
names after it ("X says Y, according to Z"), and the kind of a person described by who
questioned them."""

from __future__ import annotations

import pytest
from extraction import assert_said, claims_of

from factdb.extract.speakers import mention_kind

# PolNeAR train (USA Today): the AP vouches for the report; Weaver said the words
WEAVER = (
    "His campaign manager, Jeff Weaver, says it's proof the candidate can still close the gap "
    "in pledged delegates, which stood at 263 entering Tuesday's primary, according to the "
    "Associated Press."
)
# PolNeAR train (Western Journal): the campaign announced, Politico reported it
PIERSON = (
    "The Trump campaign announced last week that it hired former Cruz spokeswoman Katrina "
    "Pierson, who has been outspoken in espousing Tea Party ideals, according to Politico."
)
# PolNeAR train (HuffPost): the quotation's comma inside its marks, then the source
WITNESS = (
    "The witness said the hush order was to \u201cavoid effecting the outcome of Chairman "
    "Gruenberg\u2019s confirmation,\u201d according to the report."
)


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        (
            WEAVER,
            "it's proof the candidate can still close the gap in pledged delegates, which stood "
            "at 263 entering Tuesday's primary",
            "Jeff Weaver",
            "indirect:said-clause",
        ),
        (
            PIERSON,
            "it hired former Cruz spokeswoman Katrina Pierson, who has been outspoken in "
            "espousing Tea Party ideals",
            "Trump campaign",
            "indirect:said-that",
        ),
        (
            WITNESS,
            "the hush order was to \u201cavoid effecting the outcome of Chairman "
            "Gruenberg\u2019s confirmation,\u201d",
            "The witness",
            "mixed:said-clause",
        ),
    ],
)
def test_report_inside_a_source_keeps_its_speaker(
    text: str, content: str, speaker: str, rule: str
) -> None:
    assert_said(text, content, speaker, rule)


def test_the_source_still_vouches_for_the_whole_report() -> None:
    # guard: the according-to claim stays, the report's frame and all
    claims = claims_of(WEAVER)
    outer = [c for c in claims if c.rule == "indirect:according-to"]
    assert len(outer) == 1
    assert outer[0].speaker.name == "Associated Press"
    assert outer[0].text.startswith("His campaign manager, Jeff Weaver, says")


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (HuffPost): "state" names an office, not a verb
        "The former secretary of state earned more than $11 million delivering 51 speeches in "
        "2014 and the first three months of 2015, according to The Washington Post.",
        # PolNeAR train (NYT): "reported" describes the contributions
        "Nearly 60 percent of Mrs. Clinton's reported contributions, totaling $70 million, have "
        "come from women, according to Crowdpac.",
        # PolNeAR train (Breitbart): a poll's respondents speak through the poll
        "The vast majority of Americans say they prefer lower prices instead of paying a premium "
        "for items labeled \u201cMade in the U.S.A.,\u201d even if it means those cheaper items "
        "are made abroad, according to an Associated Press-GfK poll released Thursday.",
    ],
)
def test_no_report_inside_a_plain_sourced_claim(text: str) -> None:
    # guards: one claim, the source's
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0].rule.endswith(":according-to")


def test_source_named_first_keeps_one_claim() -> None:
    # guard (BBC sport): a source named first stays whom a later "he said" stands for
    text = (
        "According to Mandaric, Redknapp vowed he would not join their South coast rivals when "
        "he left Portsmouth. \u201cI said to Harry 'I hope you don't go to Southampton', and he "
        "told me 'absolutely not',\u201d he said."
    )
    quote = [c for c in claims_of(text) if c.text.startswith("I said to Harry")]
    assert len(quote) == 1
    assert quote[0].speaker.name == "Mandaric"


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        # PolNeAR train (HuffPost): a witness, whoever interviewed them
        ("A witness interviewed by congressional staff", "anonymous"),
        # guards (BBC): things described by their source keep its kind
        ("numbers released by Japan's Finance Ministry", "organization"),
        ("companies contacted by the BBC News website", "media"),
    ],
)
def test_person_described_by_an_agent(mention: str, kind: str) -> None:
    assert mention_kind(mention, "") == kind


# PolNeAR train (HuffPost): a time before "after" still fronts the clause the claim is in
CLINTON = (
    "Years after Bill Clinton disingenuously claimed that the era of big government was over, "
    "Obama won his party\u2019s nomination by promising its furious revenge."
)
# PolNeAR train (Politico): the writer's concession has a speaker of its own
SAUDIS = (
    "The Saudis have warned they could sell off hundreds of billions of dollars in U.S. assets "
    "if the bill becomes law, even though many observers doubt they would take such a step."
)


def test_claim_in_a_fronted_clause_after_a_time_ends_at_its_comma() -> None:
    assert_said(CLINTON, "the era of big government was over", "Bill Clinton", "indirect:said-that")


def test_concession_with_its_own_speaker_is_not_the_claim() -> None:
    assert_said(
        SAUDIS,
        "they could sell off hundreds of billions of dollars in U.S. assets if the bill becomes law",
        "Saudis",
        "indirect:said-clause",
    )
    assert_said(SAUDIS, "they would take such a step", "many observers", "indirect:belief")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # guard (PolNeAR train, Politico): "though" inside a noun phrase, "state" a noun
        (
            "Beck said he wouldn't expect a Clinton-Trump race to scuttle Ohio\u2019s bellwether "
            "status, but he said Trump could crack traditionally Democratic, though culturally "
            "conservative, areas of the state.",
            "Trump could crack traditionally Democratic, though culturally conservative, areas "
            "of the state",
        ),
        # guard: the speaker's own concession, "he" the speaker again
        (
            "Smith said he would go, although he doubts it will help.",
            "he would go, although he doubts it will help",
        ),
    ],
)
def test_concession_without_another_speaker_stays(text: str, content: str) -> None:
    claims = [c for c in claims_of(text) if c.text == content]
    assert len(claims) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # PolNeAR train (Washington Post): the average is the share, not its last number
        (
            'An average of 10 percent of registered voters reported "no opinion" when asked '
            "whether they would vote for Hillary Clinton or Donald Trump.",
            "An average of 10 percent of registered voters",
        ),
        # PolNeAR train (NYT): "as many as" a share
        (
            "Polls show as many as 30 percent of Mr. Sanders's backers say they will not vote "
            "for Mrs. Clinton.",
            "as many as 30 percent of Mr. Sanders's backers",
        ),
    ],
)
def test_poll_share_keeps_its_qualifier(text: str, speaker: str) -> None:
    claims = [c for c in claims_of(text) if c.speaker is not None and c.speaker.name == speaker]
    assert len(claims) == 1
    assert claims[0].speaker.kind == "anonymous"


def test_question_in_quotation_ends_before_a_numbered_answer() -> None:
    # PolNeAR train (Breitbart): the answerers are no part of the question put to them
    text = (
        "Asked whether Clinton \u201chas the integrity to serve effectively as president,\u201d "
        "75 percent of Democrats said yes, but 55 percent of all voters say she does not."
    )
    questions = [c for c in claims_of(text) if c.rule.endswith(":question")]
    assert [q.text for q in questions] == ["has the integrity to serve effectively as president,"]
    assert questions[0].speaker is None


# PolNeAR train (HuffPost): an excerpt in straight marks never closed, then a paragraph
# opening curly marks of its own with its own speaker
IOWA = (
    'Read the latest updates below:\n\n"Sen. Bernie Sanders (I-Vt.) took the stage in Iowa late '
    "Monday night trailing former Secretary of State Hillary Clinton by just 0.3 percentage "
    "points in the Democratic presidential caucus, so it was fitting that his speech resembled "
    "a version he would give for a victory more than one for a loss.\n\u201cWhile the results "
    "are not yet known, it looks like we are in a virtual tie,\u201d Sanders said.\n"
)
# PolNeAR train (Breitbart): a column quoted in straight marks quotes Kelly in curly ones
PEYSER = (
    "From Andrea Peyser writing at The New York Post:\n\n"
    '"At the first Republican candidates\u2019 debate in August, Kelly staged a microaggression, '
    "driving The Donald to seek a safe space.\n\n"
    "\u201cYou\u2019ve called women you don\u2019t like fat pigs, dogs, slobs and disgusting "
    "animals,\u201d Kelly charged in her now-infamous assault.\n\n"
    '"Trump tried to laugh it off by interjecting, \u201cOnly Rosie O\u2019Donnell.\u201d But '
    "Kelly was relentless.\n"
)


def test_curly_paragraph_after_a_straight_excerpt_is_its_own_quotation() -> None:
    assert_said(
        IOWA,
        "While the results are not yet known, it looks like we are in a virtual tie,",
        "Sanders",
        "direct:speaker-after",
    )


def test_column_quoting_someone_keeps_each_hand() -> None:
    claims = claims_of(PEYSER)
    kelly = [c for c in claims if c.text.startswith("You\u2019ve called women")]
    assert len(kelly) == 1
    assert kelly[0].speaker.name == "Kelly"
    assert kelly[0].segments == []  # the column's next paragraph is not hers
    column = [c for c in claims if c.text.startswith("At the first Republican")]
    assert len(column) == 1
    assert column[0].speaker.name == "Andrea Peyser"
    assert "Kelly charged" not in column[0].text


def test_others_with_their_own_cue_end_the_claim() -> None:
    # PolNeAR train (Politico): "and others have said" opens another group's words
    text = (
        "Many prominent Republicans have said they will not attend the convention and others "
        "have said they are not interested in speaking."
    )
    assert_said(
        text,
        "they will not attend the convention",
        "Many prominent Republicans",
        "indirect:said-clause",
    )
