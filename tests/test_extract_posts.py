"""Golden tests for claims made in writing or through a channel: words posted on a page, a
letter sent to someone, the words a sign or a message holds.

Passages are short real-news-shaped sentences, most paraphrased from PolNeAR train
(../shared/corpora/polnear/train.jsonl) and BBC News (../shared/corpora/bbc/bbc.jsonl), each
naming the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import claims_of

from factdb.extract.types import Claim


def speaker_name(claim: Claim) -> str | None:
    return claim.speaker.name if claim.speaker is not None else None


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # PolNeAR train (Washington Post, 2016): where it was posted stands between the verb
        # and its "that"
        (
            "A court fined the 26-year-old after Mr. Weber had posted on his Facebook page that "
            'refugees should "burn alive" or "drown" in the Mediterranean.',
            'refugees should "burn alive" or "drown" in the Mediterranean',
            "Weber",
            "mixed:said-that",
        ),
        # PolNeAR train (Huffington Post, 2016): the channel, then when
        (
            "Trump did post on Twitter Friday that his claims were sarcasm.",
            "his claims were sarcasm",
            "Trump",
            "indirect:said-that",
        ),
        # a company's notice on its own site
        (
            "Toyota posted on its website that the recall covered 3 million cars.",
            "the recall covered 3 million cars",
            "Toyota",
            "indirect:said-that",
        ),
    ],
)
def test_what_was_posted_on_a_channel(text: str, content: str, speaker: str, rule: str) -> None:
    (claim,) = claims_of(text)
    assert (claim.text, speaker_name(claim), claim.rule) == (content, speaker, rule)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Washington Post, 2016): the letter's addressee before its participle
        (
            "Phoenix Mayor Greg Stanton wrote a letter to Attorney General Loretta E. Lynch "
            'asking the Justice Department to investigate the "fiasco."',
            'the Justice Department to investigate the "fiasco."',
            "Greg Stanton",
        ),
        # BBC News (business, 2005): a letter to a board, then when, then "saying that"
        (
            "Qwest chairman Richard Notebaert sent a letter to MCI's board on Thursday saying "
            "that it plans to submit a new offer.",
            "it plans to submit a new offer",
            "Richard Notebaert",
        ),
        # BBC News (business, 2004): "late on Friday" between the statement and its participle
        (
            "Mr Magnier and Mr McManus issued a statement late on Friday saying that they "
            'remained "long-term investors" in Man Utd.',
            'they remained "long-term investors" in Man Utd',
            "Mr Magnier and Mr McManus",
        ),
        # a letter to a minister urging a call on others
        (
            "The union sent a letter to the health secretary urging him to reopen talks.",
            "him to reopen talks",
            "union",
        ),
    ],
)
def test_a_document_sent_to_someone_says_what_its_sender_says(
    text: str, content: str, speaker: str
) -> None:
    (claim,) = claims_of(text)
    assert (claim.text, speaker_name(claim)) == (content, speaker)
    assert claim.rule.endswith(":document-saying")


@pytest.mark.parametrize(
    "text",
    [
        # a photo posted with a relative clause about it: nothing asserted
        "She posted a photo on Instagram that her sister had taken.",
        # a page that someone posted to, then a relative clause about the page
        "He posted a long message on the forum page that his brother runs.",
        # a letter sent, no words of it reported
        "The letter was sent to the board on Thursday.",
        # a book written, a photo shared
        "She wrote a book about her years in Congress and shared a photo of her family.",
        # PolNeAR train (Politico, 2016): a letter written, with a participle after it
        "Ayotte wrote a letter congratulating organizers for establishing a Turkish Cultural "
        "Center in New Hampshire in 2013.",
        # PolNeAR train (New York Times, 2016): a dissent written
        "This month, she wrote a lashing dissent, rooted in the concerns of the Black Lives "
        "Matter movement, in a case on police stops.",
        # BBC News (entertainment): a screenplay written
        "Adams wrote the screenplay based on his book before his premature death.",
        # PolNeAR train (Washington Post, 2016): a photograph tweeted
        "Fields later tweeted a photograph of her bruised forearm.",
    ],
)
def test_writing_and_posting_without_words_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


def test_a_he_after_another_man_introduced_is_not_the_man_who_posted() -> None:
    # PolNeAR train (Washington Post, 2016): "the man" posted first; a new paragraph brings in
    # "a 26-year-old Berlin man", whom the later "he" stands for
    text = (
        "A judge sentenced a 26-year-old man after the man had posted on his Facebook page "
        'that refugees should "burn alive."\n\n'
        "In September, the home of a 26-year-old Berlin man was raided by police after he had "
        'posted an image. Along with the photo, he had posted: "We are not mourning, we are '
        'celebrating!"'
    )
    posted, celebrating = claims_of(text)
    assert speaker_name(posted) == "the man"
    assert celebrating.text == "We are not mourning, we are celebrating!"
    assert celebrating.speaker is not None and celebrating.speaker.kind == "unknown"


def test_a_she_is_not_the_man_quoted_before() -> None:
    # PolNeAR train (Washington Post, 2016): "she" cannot stand for "the man"
    text = (
        "A judge sentenced a man after the man said that refugees should burn. A woman, meanwhile, received probation after she had posted comments. "
        '"Filth out!" she wrote.'
    )
    filth = next(c for c in claims_of(text) if c.text == "Filth out!")
    assert filth.speaker is not None and filth.speaker.kind == "unknown"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Associated Press, 2016): a message its writer posted, then "reading"
        (
            "Trump posted a message on Twitter reading “Thank you Georgia” moments after polls "
            "closed.",
            "Thank you Georgia",
            "Trump",
        ),
        # PolNeAR train (Associated Press, 2016): a sign someone else wrote; its slogan in
        # capitals is no title
        (
            "He held up the sign — which read “Hispanics 4 Trump” — and waved it around.",
            "Hispanics 4 Trump",
            "the sign",
        ),
        # PolNeAR train (Breitbart, 2016): a wearer is no writer; the hat holds the words
        (
            "Rudy Giuliani wore a Donald Trump campaign hat reading, “Make Mexico Great Again "
            "Also” on Wednesday night.",
            "Make Mexico Great Again Also",
            "a Donald Trump campaign hat",
        ),
        # PolNeAR train (New York Times, 2016): the nearest bearer, not the man who wore it
        (
            "Those ejected included a man in a shirt that read ''Fascist Trump,'' and a group "
            "of students.",
            "Fascist Trump,",
            "a shirt",
        ),
        # PolNeAR train (Washington Post, 2016): a sign as the subject of "read", in capitals
        ("The sign read “Hispanics 4 Trump.”", "Hispanics 4 Trump.", "The sign"),
    ],
)
def test_a_bearer_reads_its_quoted_words(text: str, content: str, speaker: str) -> None:
    (claim,) = claims_of(text)
    assert (claim.text, speaker_name(claim), claim.kind) == (content, speaker, "direct")


@pytest.mark.parametrize(
    "text",
    [
        # a book read, with its title in capitals: nobody's words
        'She read "War and Peace" on the train.',
        # a message retweeted from another: not the retweeter's words, and no bearer phrase
        # right before the relative names its writer
        "She retweeted a message from her adviser, Ann O'Leary, that read: \"Senate Dems are "
        'right."',
    ],
)
def test_read_without_a_bearer_of_its_own_words(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule == "direct:bearer-reads"] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Washington Post, 2016): the clause of time before the writer is the
        # sentence's frame; the tweet's words come after "tweeted this:"
        (
            "But almost immediately after she did, David Axelrod, who was senior adviser to "
            'Obama in the White House, tweeted this: "She did it again and I\'ll say it again."',
            "She did it again and I'll say it again.",
            "David Axelrod",
        ),
        # PolNeAR train (Politico, 2016): a number with a comma between the cue and the quote
        (
            "Soon after Wasserman Schultz was booed Monday during a delegation breakfast, Canova "
            "wrote to his 20,000 Twitter followers, “It’s time to end her political career for "
            "good,” and shared a link.",
            "It’s time to end her political career for good,",
            "Canova",
        ),
    ],
)
def test_a_clause_of_time_before_the_writer_is_no_claim(
    text: str, content: str, speaker: str
) -> None:
    (claim,) = claims_of(text)
    assert (claim.text, speaker_name(claim), claim.rule) == (
        content,
        speaker,
        "direct:speaker-before",
    )


def test_a_main_clause_after_a_clause_of_time_stays_the_claim() -> None:
    # PolNeAR train (New York Times, 2016): the main clause comes before the speaker
    text = (
        "While whites hit hard by trade tend to move right, nonwhite voters move left, the "
        "study concluded."
    )
    (claim,) = claims_of(text)
    assert claim.text == (
        "While whites hit hard by trade tend to move right, nonwhite voters move left"
    )


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times, 2016): a title's dot inside the frame before a colon
        (
            "Nelson Diaz, a former aide to Mr. Rubio, said of Mr. Rubio: ''He is American 100 "
            "percent.''",
            "He is American 100 percent.",
            "Nelson Diaz",
        ),
        # PolNeAR train (New York Times, 2016): written of someone, then the words
        (
            "Karl Weber wrote of Ms. Merkel: ''Your boss is still bringing these Islamists to "
            "Germany in hordes.''",
            "Your boss is still bringing these Islamists to Germany in hordes.",
            "Karl Weber",
        ),
    ],
)
def test_a_title_in_the_frame_before_a_colon(text: str, content: str, speaker: str) -> None:
    (claim,) = claims_of(text)
    assert (claim.text, speaker_name(claim), claim.rule) == (content, speaker, "direct:colon")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Breitbart, 2016): a clause after "wrote", its subject a plural noun
        (
            "Byrne also wrote the agents knew to brace for the eruptions.",
            "the agents knew to brace for the eruptions",
        ),
        # a work's noun as the clause's subject, its verb right after it
        ("Smith wrote the letter was a forgery.", "the letter was a forgery"),
    ],
)
def test_a_clause_after_wrote_is_still_a_claim(text: str, content: str) -> None:
    (claim,) = claims_of(text)
    assert claim.text == content
