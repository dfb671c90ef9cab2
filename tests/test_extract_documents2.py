"""Golden tests for the words a document, sign or message holds, reported with "read": ""...,"
the statement read", "One message read "..."", "The headline reads: "..."" (reporting_verbs.txt:
read; verb_classes.txt: quote_only).

Passages are short real sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl),
BBC News (../shared/corpora/bbc/bbc.jsonl) and ECB+ (../shared/corpora/ecbplus/ecbplus.jsonl),
each naming the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import claims_of

from factdb.extract.types import Claim


def read_claims(text: str) -> list[Claim]:
    """The claims whose cue is a form of "read"."""
    return [
        c
        for c in claims_of(text)
        if c.cue is not None and c.cue.text.split()[-1].lower().rstrip(":,") in ("read", "reads")
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (USA Today, 2016): the quotation, then the document that holds it
        (
            '"Friend, let me be blunt. I can beat Hillary Clinton. Donald can\'t," the email '
            "read. It stated that Trump is so rattled by Cruz's surge.",
            "Friend, let me be blunt. I can beat Hillary Clinton. Donald can't,",
            "email",
        ),
        # PolNeAR train (Breitbart, 2016): the message first, then its quoted words; the
        # writer's words after the quotation are no part of it
        (
            "One message read “anybodybuttrump.us,” a website linked to a group called the "
            "Our Principles PAC.",
            "anybodybuttrump.us,",
            "One message",
        ),
        # PolNeAR train (Breitbart, 2015): a headline and its words after a colon; its long
        # description is no speaker's name, so the words are kept without one
        (
            "The snarky, anti-GOP/Obama water-carrying headline reads: “Repeat after me: Obama "
            "is not admitting 100,000, 200,000 or 250,000 Syrian refugees.”",
            "Repeat after me: Obama is not admitting 100,000, 200,000 or 250,000 Syrian refugees.",
            None,
        ),
        # ECB+ (a news report of the Kraft shooting): a company's statement
        (
            "“This is a sad time for the Kraft Foods family,” a statement reads.",
            "This is a sad time for the Kraft Foods family,",
            "a statement",
        ),
    ],
)
def test_a_document_reads_its_quoted_words(text: str, content: str, speaker: str | None) -> None:
    (claim,) = read_claims(text)
    assert claim.text == content
    assert claim.kind == "direct"
    assert (claim.speaker.name if claim.speaker is not None else None) == speaker


def test_a_memo_read_for_someone_is_not_his_words() -> None:
    # BBC News (politics): the memo was written for Mr Heath; it, not he, holds the words
    text = (
        '"Jeremy said he was encountering a rather embarrassing problem with his colleagues '
        'about the prime minister personally," reads a telephone memo for Mr Heath.'
    )
    (claim,) = read_claims(text)
    assert claim.speaker is not None and claim.speaker.name == "a telephone memo"


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (tech): someone reads messages; no words of theirs are reported
        "Half a world away, in the Caribbean nation of Trinidad and Tobago, Taran Rampersad "
        "read Morquendi's messages.",
        # ECB+ (a news report of a sentencing): the widow reads out her stepson's letter
        '"Why did you do it? Why did you have to stand behind a door like a coward?" the young '
        "widow read from the teen's letter.",
        # PolNeAR train (New York Times, 2016): "reads" is a noun and the quotation a book title
        "He talks about how his forces must be ready ''to fight tonight.'' One of his recent "
        "reads, ''This Kind of War,'' is a classic.",
        # PolNeAR train (Washington Post, 2016): what was read, no quotation
        "As the judge read his decision, Santilli - often smiling in the courtroom - looked on.",
    ],
)
def test_read_reports_no_words_but_a_texts_own(text: str) -> None:
    assert read_claims(text) == []


def test_read_from_a_record_keeps_the_writers_words() -> None:
    # ECB+ (a news report of the Jeffs trial): the quotation after the relative's own verb is
    # Jeffs's, not the agent's who read the record out
    text = (
        "The FBI agent also read from a priesthood record, in which Jeffs allegedly wrote: "
        '"Things are happening so quickly."'
    )
    claims = claims_of(text)
    (claim,) = [c for c in claims if c.text == "Things are happening so quickly."]
    assert claim.speaker is not None and claim.speaker.name == "Jeffs"


def test_a_poll_named_with_a_capital_opens_its_finding() -> None:
    # PolNeAR train (USA Today, 2016): "Poll" is capitalised as part of the poll's name
    text = (
        "In an ABC News/Washington Post Poll released Sunday, three of four Americans "
        "disapproved of the way Trump had handled the situation."
    )
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":evidence")]
    assert claim.text == (
        "three of four Americans disapproved of the way Trump had handled the situation"
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "an ABC News/Washington Post Poll released Sunday"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # PolNeAR train (Washington Post, 2016): a suggestion made is a suggestion
        (
            "And he made the suggestion that Trump should receive only false information in his "
            "intelligence briefings, which he is entitled to as the GOP nominee for president.",
            "made the suggestion",
            "Trump should receive only false information in his intelligence briefings, which "
            "he is entitled to as the GOP nominee for president",
        ),
        # PolNeAR train (Politico, 2016): a commitment made, with its "that"
        (
            "When I agreed to, not take over, but full-time engage with the Democratic Senate "
            "campaign committee, I made a commitment that I will go wherever they want me.",
            "made a commitment that",
            "I will go wherever they want me",
        ),
        # PolNeAR train (Breitbart, 2015): an observation made, an aside after its "that"
        (
            "The judge rubbed his chin. He made the observation that, from his point of view, "
            "there was no real disagreement.",
            "made the observation",
            "from his point of view, there was no real disagreement",
        ),
    ],
)
def test_a_statement_made_reports_its_clause(text: str, cue: str, content: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.cue is not None and c.cue.text == cue]
    assert claim.text == content
    assert claim.kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Associated Press, 2016): cases made, and no clause reported
        "Democratic presidential candidates Hillary Clinton and Bernie Sanders made their cases "
        "to voters in New Hampshire on Wednesday.",
    ],
)
def test_a_thing_made_without_its_clause_reports_nothing(text: str) -> None:
    assert [c for c in claims_of(text) if c.cue is not None and "made" in c.cue.text] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # PolNeAR train (Politico, 2016): a statement put out after a clause of time; its
        # sender is the main clause's subject
        (
            "Shortly after the announcement of Scalia's death, Senate Majority Leader Mitch "
            "McConnell (R-Ky.) issued a statement saying that the Senate should not confirm a "
            "replacement until after the presidential election.",
            "the Senate should not confirm a replacement until after the presidential election",
            "Mitch McConnell",
            "indirect:document-saying",
        ),
        # PolNeAR train (Huffington Post, 2016): research put out, and what it showed
        (
            "Democracy Corps published research on behalf of the Roosevelt Institute during the "
            "Democratic National Convention showing that key constituencies were more responsive "
            "to a message that characterizes the economy and government as fundamentally broken.",
            "key constituencies were more responsive to a message that characterizes the economy "
            "and government as fundamentally broken",
            "Democracy Corps",
            "indirect:document-finding",
        ),
        # PolNeAR train (Politico, 2016): data put out, and what it suggests, in a relative
        (
            "Democracy Corps’ Stan Greenberg, a prominent national Democratic pollster, released "
            "data Monday morning that suggest moderate Republicans — nearly a third of the GOP "
            "base — are being ignored by their presidential candidates.",
            "moderate Republicans — nearly a third of the GOP base — are being ignored by their "
            "presidential candidates",
            "Stan Greenberg",
            "indirect:document-finding",
        ),
    ],
)
def test_a_document_put_out_speaks_for_its_sender(
    text: str, content: str, speaker: str, rule: str
) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == rule]
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_a_relative_after_a_comma_is_the_documents_own_finding() -> None:
    # PolNeAR train (Huffington Post, 2016): the records showed it, as PolNeAR marks it
    text = "Clinton released her medical records in July, which showed she was fit for duty."
    (claim,) = claims_of(text)
    assert claim.text == "she was fit for duty"
    assert claim.rule == "indirect:evidence"
    assert claim.speaker is not None and claim.speaker.name == "her medical records"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times, 2016): a source puts a quantity at a figure
        (
            "As for Mr. Bloomberg, Forbes put his net worth at $45 billion.",
            "his net worth at $45 billion",
            "Forbes",
        ),
        # PolNeAR train (Huffington Post, 2016): a poll does, and the figure ends the claim
        (
            "Gallup’s own tracking poll puts Obama’s approval during the first four months of "
            "this year at 49.5 percent on average.",
            "Obama’s approval during the first four months of this year at 49.5 percent",
            "poll",
        ),
        # ECB+ (a news report of a UN school shelled in Gaza): a spokesman's toll
        (
            "Gunness put the death toll of the shelling at 40, and added that the agency wants "
            "an impartial investigation of witnesses, Israeli military photographs or any other "
            "evidence.",
            "the death toll of the shelling at 40",
            "Gunness",
        ),
    ],
)
def test_a_source_puts_a_quantity_at_a_figure(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:estimate"]
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (sport): a player put at a position, no quantity
        "Bennett told BBC Sport: \"Such is the spirit in the camp, they'll put Kevin Morgan at "
        '15, Rhys Williams at wing and just carry on."',
        # BBC News (entertainment): the estimates put it so, not MTV
        "MTV also organised a huge open-air concert featuring Anastacia and The Cure outside the "
        "Italian capital's ancient Colosseum, with some estimates putting the attendance there "
        "at 200,000.",
    ],
)
def test_putting_at_a_figure_is_no_estimate_of_the_wrong_source(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":estimate")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2015): a document, a time, then what it showed
        (
            "There were also emails that night showing that administration officials knew "
            "Ansar al-Sharia was behind the attack.",
            "administration officials knew Ansar al-Sharia was behind the attack",
            "emails",
        ),
        # PolNeAR train (New York Times, 2016): a finding without "that", its subject and verb
        (
            "Manafort had also come under increasing scrutiny over his ties to Ukraine, "
            "including handwritten ledgers showing he was designated to receive $12.7 million "
            "in undisclosed cash payments.",
            "he was designated to receive $12.7 million in undisclosed cash payments",
            "handwritten ledgers",
        ),
        # BBC News (politics): polls as the object of a verb of the writer's
        (
            "That is a view partly endorsed by recent polls suggesting people would rather have "
            "cash spent on public services than tax cuts.",
            "people would rather have cash spent on public services than tax cuts",
            "recent polls",
        ),
    ],
)
def test_a_document_before_its_participle_reports_a_finding(
    text: str, content: str, speaker: str
) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:evidence"]
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (UPI, 2016): the report is the object of a characterisation
        "A spokesman for Democratic presidential candidate Hillary Clinton called a report "
        "suggesting donors to the Clinton Foundation were granted greater access to the State "
        "Department “outrageous.”",
    ],
)
def test_a_document_before_its_participle_needs_a_finding_of_its_own(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Western Journalism, 2016): a statement, then its words after a comma
        (
            "Immediately after the attacks, Trump issued a statement, “Last night, our nation "
            "was attacked by a radical Islamic terrorist.”",
            "Last night, our nation was attacked by a radical Islamic terrorist.",
            "Trump",
        ),
        # PolNeAR train (USA Today, 2016): a message to someone, then its words after a colon;
        # the sender's name before the aside of his state
        (
            "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "
            "\"It's time to quit attacking various people that you competed with or various "
            'minority groups in the country and get on message."',
            "It's time to quit attacking various people that you competed with or various "
            "minority groups in the country and get on message.",
            "Mitch McConnell",
        ),
    ],
)
def test_a_document_put_out_then_its_words(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "direct:document-quote"]
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker
