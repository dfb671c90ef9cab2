"""Golden tests for claims whose source is a document or a publication, or whose cue is a verb
of publishing: news that opens a sentence and "was first reported by" an outlet, the impersonal
"It's been reported that", a post or a bare plural document that shows something, and a
report inside a fronted "Now that" clause.

Passages are paraphrased from PolNeAR train (../shared/corpora/polnear/train.jsonl) and ECB+
(../shared/corpora/ecbplus/ecbplus.jsonl), each naming the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import claims_of

from factdb.extract.types import Claim


def only_claim(text: str, rule: str) -> Claim:
    """The one claim whose rule is `rule`."""
    (claim,) = [c for c in claims_of(text) if c.rule == rule]
    return claim


def speaker_name(claim: Claim) -> str | None:
    return claim.speaker.name if claim.speaker is not None else None


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Politico, 2016): the news, then the outlet that broke it
        (
            "News of the PGA’s move was first reported by the Miami Herald.",
            "News of the PGA’s move",
            "Miami Herald",
        ),
        # PolNeAR train (NYT, 2016): a possessive phrase with a name inside it
        (
            "Tinder's ban of Ms. Gedrich was first reported by BuzzFeed.",
            "Tinder's ban of Ms. Gedrich",
            "BuzzFeed",
        ),
        # PolNeAR train (Breitbart, 2016), a later sentence after it
        (
            "The meeting was first reported by Politico. The person declined to comment.",
            "The meeting",
            "Politico",
        ),
        # PolNeAR train (Washington Post, 2016): a time between the verb and its agent
        (
            "The letter to Obama was first reported last week by The Post's Greg Sargent.",
            "The letter to Obama",
            "Greg Sargent",
        ),
    ],
)
def test_news_first_reported_by_an_outlet(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, "indirect:reported-by")
    assert (claim.text, speaker_name(claim), claim.kind) == (content, speaker, "indirect")


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun stands for the news: nothing to name as what was reported
        "It was first reported by the New York Times.",
        # a relative's antecedent lies outside the sentence's opening
        "Ash wrote it in the email, which was first reported by The Associated Press.",
        # a clause of its own before the passive, and more after the agent
        "The meeting, which Trump attended, was first reported by Politico.",
        "The meeting was first reported by Politico to have lasted an hour.",
        # a confirmation by a vote, and what a reader sees uncovered, are no news reported
        "His nomination was confirmed by the Senate on Tuesday.",
        "The old road was revealed by the receding water.",
    ],
)
def test_no_news_reported_by_outside_a_plain_sentence(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":reported-by")] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (USA Today, 2016): the contracted auxiliary, as "It has been reported"
        (
            "It's been reported that former congressman Anthony Weiner has been sexting again.",
            "former congressman Anthony Weiner has been sexting again",
        ),
        # ECB+ (a report on a television series): an adverb after "been"
        (
            "But it’s been widely revealed that he will also make an appearance in the special.",
            "he will also make an appearance in the special",
        ),
    ],
)
def test_it_has_been_reported_contracted_names_no_one(text: str, content: str) -> None:
    claim = only_claim(text, "indirect:said-that")
    assert claim.text == content
    assert claim.speaker is None or claim.speaker.kind == "unknown"


def test_she_has_been_told_contracted_is_no_report_of_hers() -> None:
    # "She" heard the words: the contraction is read for "it" only
    text = "She's been told that she will lose the seat."
    assert [c for c in claims_of(text) if c.speaker and c.speaker.mention == "She"] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (NYT, 2016): a social-media post depicts, as a photo does
        (
            "The post showed an overweight man wearing a wig and women's clothing.",
            "an overweight man wearing a wig and women's clothing",
            "post",
        ),
        # PolNeAR train (USA Today, 2016): a post with a participle phrase of its own
        (
            "A recent post getting a lot of clicks shows Clinton retelling the story of Capt. "
            "Humayun Khan.",
            "Clinton retelling the story of Capt. Humayun Khan",
            "A recent post getting a lot of clicks",
        ),
        # PolNeAR train (Washington Times, 2016): a bare plural after "after", then its relative
        (
            "Trump rose after polls that showed him making a strong showing in three key states.",
            "him making a strong showing in three key states",
            "polls",
        ),
    ],
)
def test_a_post_or_a_bare_plural_document_shows(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, "indirect:evidence")
    assert (claim.text, speaker_name(claim)) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # "post" as a job, "showed up" and "posts" as a verb are no document's finding
        "He was named to the post and showed up for work on Monday.",
        "The trading post showed up on the old maps.",
        # "after" opens a clause: "polls" is its subject, no relative's antecedent
        "Trump rose after polls showed him leading in three key states, aides said.",
    ],
)
def test_no_finding_of_a_post_or_a_clause_after_after(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # ECB+ (a news blog, 2009): the report ends where the fronted clause does
        (
            "Now that it's been confirmed that Hugh Jackman will be hosting the Academy Awards, "
            "the Ampersand would like to offer some advice to the first-time host.",
            "Hugh Jackman will be hosting the Academy Awards",
            None,
        ),
        # PolNeAR train (HuffPost, 2016)
        (
            "Now that Donald Trump has claimed that the real founder of the Islamic State is "
            "President Barack Obama, the GOP nominee had some explaining to do.",
            "the real founder of the Islamic State is President Barack Obama",
            "Donald Trump",
        ),
    ],
)
def test_a_report_in_a_now_that_clause_ends_with_it(
    text: str, content: str, speaker: str | None
) -> None:
    claim = only_claim(text, "indirect:said-that")
    assert claim.text == content
    assert (speaker_name(claim) if claim.speaker and claim.speaker.kind != "unknown" else None) == (
        speaker
    )


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Western Journalism, 2015): the columnist George Will, after a fronted
        # phrase; "Will" before "wrote" is his name, no modal
        (
            "In particular, Will wrote, Christie can challenge Hillary Clinton on security.",
            "In particular, Will wrote, Christie can challenge Hillary Clinton on security",
            "Will",
        ),
        (
            "In particular, George Will wrote, Christie can challenge Hillary Clinton.",
            "In particular, George Will wrote, Christie can challenge Hillary Clinton",
            "George Will",
        ),
    ],
)
def test_will_before_an_inflected_cue_is_a_name(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, "indirect:speaker-inside")
    assert (claim.text, speaker_name(claim)) == (content, speaker)
    assert claim.cue is not None and claim.cue.text == "wrote"


def test_will_before_a_plain_verb_is_the_modal() -> None:
    claim = only_claim("The president will say that the economy is strong.", "indirect:said-that")
    assert claim.cue is not None and claim.cue.text == "will say"
    assert speaker_name(claim) == "The president"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Western Journalism, 2016): a named publication's poll, a clause
        # without "that" whose verb is a past in "-ed" with its own object
        (
            "In breaking down the results, Military Times found Democrats favored Clinton, 72 "
            "percent to 8 percent.",
            "Democrats favored Clinton, 72 percent to 8 percent",
            "Military Times",
        ),
        # a pollster's name, no document noun before the verb
        (
            "Gallup found Republicans backed Trump by a wide margin.",
            "Republicans backed Trump by a wide margin",
            "Gallup",
        ),
    ],
)
def test_found_a_clause_with_a_past_verb(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, "indirect:evidence")
    assert (claim.text, speaker_name(claim)) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # a participle of the object: a preposition, nothing, or a time after it
        "Police found the car parked outside.",
        "Investigators found the bodies dumped in a river.",
        "Rescuers found the climbers stranded the night before.",
        "She found the letters addressed to her mother.",
    ],
)
def test_found_an_object_with_a_participle_is_no_finding(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Politico, 2015): the forms that carry the report, then its clause
        (
            "Carson reported on his disclosure forms a speaking fee was between $50,000 and "
            "$100,000 for the event.",
            "a speaking fee was between $50,000 and $100,000 for the event",
            "Carson",
        ),
        # ECB+ (a sports report, 2008): a columnist's column
        (
            "Michael Silverman wrote in his Monday column the offer was expected to be in the "
            "range of $145 million.",
            "the offer was expected to be in the range of $145 million",
            "Michael Silverman",
        ),
        # a letter to the people it was sent to
        (
            "Smith wrote in a letter to shareholders the company would close the plant.",
            "the company would close the plant",
            "Smith",
        ),
    ],
)
def test_a_clause_after_the_document_that_carries_it(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, "indirect:said-clause")
    assert (claim.text, speaker_name(claim)) == (content, speaker)


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # PolNeAR train (Politico, 2016): a document's noun before a noun-like cue in "-s",
        # its clause after, as "the company states that" is read
        (
            "For instance, the paper notes the government monitors 20,000 of Saudi Arabia's "
            "70,000 mosques.",
            "the government monitors 20,000 of Saudi Arabia's 70,000 mosques",
            "paper",
            "indirect:said-clause",
        ),
        # PolNeAR train (Breitbart, 2016): a campaign ad and the quotation that ends it
        (
            "The ad claims “Jeb is the conservative you can trust.”",
            "Jeb is the conservative you can trust.",
            "ad",
            "direct:long-subject",
        ),
    ],
)
def test_a_document_notes_or_claims(text: str, content: str, speaker: str, rule: str) -> None:
    claim = only_claim(text, rule)
    assert (claim.text, speaker_name(claim)) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # compound nouns: "report claims" and "government claims" are what was claimed
        "The report claims were disputed by the company.",
        "The government claims “fraud” were rejected by the court.",
    ],
)
def test_a_document_then_a_plural_noun_is_no_claim(text: str) -> None:
    assert [c for c in claims_of(text) if c.cue and c.cue.text.endswith("claims")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016): a range of sums on a disclosure form
        (
            "Trump reported between $5,000 and $15,000 in interest income from a now-sold "
            "investment.",
            "between $5,000 and $15,000 in interest income from a now-sold investment",
            "Trump",
        ),
        # PolNeAR train (USA Today, 2016): none of a thing; the writer's clause after the comma
        (
            "Police reported no arrests late Monday, although 55 people were issued citations.",
            "no arrests late Monday",
            "Police",
        ),
    ],
)
def test_reported_none_or_a_range_of_sums(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, "indirect:said-object")
    assert (claim.text, speaker_name(claim)) == (content, speaker)


def test_reported_no_sooner_is_no_report() -> None:
    assert [c for c in claims_of("He reported no sooner than Monday.") if c.rule] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Western Journalism, 2016): a participle's phrase between the document
        # and its relative
        (
            "She had him autograph a picture taken back in 1986 that showed Trump and her mother "
            "burning the mortgage to the farm.",
            "Trump and her mother burning the mortgage to the farm",
            "a picture",
        ),
        (
            "The senator cited records obtained by the AP that show the agency ignored warnings.",
            "the agency ignored warnings",
            "records",
        ),
    ],
)
def test_a_document_with_a_participle_phrase_then_its_relative(
    text: str, content: str, speaker: str
) -> None:
    claim = only_claim(text, "indirect:evidence")
    assert (claim.text, speaker_name(claim)) == (content, speaker)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Breitbart, 2015): the impersonal passive, a time before its "that"
        (
            "Clinton came under heavy criticism when it was revealed in March that she had used "
            "a personal email account as secretary of state.",
            "she had used a personal email account as secretary of state",
        ),
        # BBC News (politics): a time with "last"
        (
            "It was announced last July that three Welsh quangos would be brought under "
            "assembly government control.",
            "three Welsh quangos would be brought under assembly government control",
        ),
    ],
)
def test_it_was_revealed_at_a_time_that(text: str, content: str) -> None:
    claim = only_claim(text, "indirect:said-that")
    assert claim.text == content
    assert claim.speaker is None or claim.speaker.kind == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        # "that" a determiner after a place; a subject of its own, no impersonal "it"
        "The sentence was announced in court that day.",
        "The decision was announced on Monday that the plant would close.",
    ],
)
def test_a_passive_with_a_time_and_that_needs_impersonal_it(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule == "indirect:said-that"] == []


def test_a_belief_after_a_time_keeps_its_own_reading() -> None:
    # PolNeAR train (USA Today, 2016): "after 2012 that" is the belief's own time phrase
    text = (
        "Many thought after 2012 that Republicans would have a serious discussion about why "
        "they had lost twice to Barack Obama."
    )
    claim = only_claim(text, "indirect:belief")
    assert claim.text.startswith("Republicans would have a serious discussion")
