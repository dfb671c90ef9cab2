"""Golden tests for plain speech verbs ("said", "says", "told", "according to", a colon) in
sentence shapes the first patterns missed: a long subject, a verb after "and", an opener
before the subject, a participle.

Passages are one or two sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl),
named per case.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.types import Claim


def claim_for(text: str, content_start: str) -> Claim:
    """The one claim whose content opens with `content_start`; its offsets slice back to it."""
    claims = [c for c in extract_article(text).claims if c.text.startswith(content_start)]
    assert len(claims) == 1, [(c.text, c.rule) for c in extract_article(text).claims]
    claim = claims[0]
    assert text[claim.start : claim.end] == claim.text
    return claim


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (Western Journal, 2015-12-09): prepositional phrases in the subject
        (
            "Staff for the House Select Committee on Benghazi said the panel has the full, "
            "unredacted Bash email and will address the email in its final report.",
            "the panel has the full",
            "Staff for the House Select Committee on Benghazi",
        ),
        # PolNeAR train (HuffPost, 2016-07-14): a participle describing the head noun
        (
            "A redacted copy of the 2013 FDIC inspector general’s memo seen by Reuters said "
            "investigators were unable to determine exactly which files had been extracted from "
            "agency computers.",
            "investigators were unable",
            "A redacted copy of the 2013 FDIC inspector general’s memo seen by Reuters",
        ),
        # PolNeAR train (Politico, 2016-08-17): a head noun outside the lexicons
        (
            "But hacking specialists say the most harmful information might not even be genuine.",
            "the most harmful information",
            "hacking specialists",
        ),
    ],
)
def test_a_long_subject_opening_the_sentence_speaks(text: str, content: str, mention: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule.endswith(":long-subject")
    assert claim.speaker is not None and claim.speaker.mention == mention


@pytest.mark.parametrize(
    ("text", "content", "mention", "rule"),
    [
        # PolNeAR train (New York Times, 2016-07-15): a poll share and its participle
        (
            "Mr. Trump has slightly improved his standing, with 30 percent of voters saying they "
            "have a positive view of him.",
            "they have a positive view of him",
            "30 percent of voters",
            "indirect:share-saying",
        ),
        # PolNeAR train (HuffPost, 2016-05-19): a document and its participle; its sender speaks
        (
            "The town released a statement Wednesday saying Trump’s comments “are based on his "
            "opinion, not actual facts,” and welcomed him.",
            "are based on his opinion",
            "The town",
            "direct:document-saying",
        ),
        # PolNeAR train (HuffPost, 2016-07-26)
        (
            "His office put out a statement saying the U.S. “does not have the capacity to "
            "properly vet every incoming refugee.”",
            "does not have the capacity",
            "His office",
            "direct:document-saying",
        ),
    ],
)
def test_a_participle_right_after_a_noun(text: str, content: str, mention: str, rule: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule == rule
    assert claim.speaker is not None and claim.speaker.mention == mention


def test_a_determiner_phrase_before_its_verb_is_the_subject_of_a_participle() -> None:
    # PolNeAR train (Politico, 2015-12-23)
    text = (
        "The retired neurosurgeon has provided no details about how he planned to reboot his "
        "campaign, saying in his statement only that he was “refining some operational "
        "practices and streamlining some staff assignments to more aptly match the tasks ahead.”"
    )
    claim = claim_for(text, "refining some operational practices")
    assert claim.speaker is not None and claim.speaker.mention == "The retired neurosurgeon"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Western Journal, 2016-08-26): a relative clause with commas of its own
        (
            "Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed Trump during the "
            "Republican presidential primaries, last week said Trump was seeking to start either "
            "a rebellious movement or a media empire.",
            "Trump was seeking to start",
            "Beck",
        ),
        # PolNeAR train (Western Journal, 2016-08-25): a participle aside
        (
            "Circuit Court Judge David McKeague, writing for the majority in the 2-1 decision, "
            "said Ohio’s remaining 29-day early voting period “is really quite generous.”",
            "Ohio’s remaining 29-day",
            "David McKeague",
        ),
    ],
)
def test_a_name_then_any_aside_then_the_cue(text: str, content: str, speaker: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule.endswith(":name-aside")
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_a_name_and_a_bare_comma_before_the_cue_is_no_aside() -> None:
    # PolNeAR train (Washington Post, 2016-07-15): the speaker comes after the cue; "Trump" is
    # the subject of the reported clause
    text = (
        "And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or "
        "forget."
    )
    speakers = [c.speaker.name for c in extract_article(text).claims if c.speaker]
    assert "Trump" not in speakers


def test_a_long_subject_keeps_a_coordinated_name_whole() -> None:
    # BBC (business): "the Caribbean" alone would be half of the name; the whole phrase speaks
    text = (
        "The United Nations' Economic Commission for Latin America and the Caribbean said the "
        "region grew by 5.5% this year."
    )
    claim = claim_for(text, "the region grew")
    assert claim.speaker is not None
    assert claim.speaker.mention == (
        "The United Nations' Economic Commission for Latin America and the Caribbean"
    )


def test_transcript_turns_are_their_speakers_words() -> None:
    # PolNeAR train (Western Journal, 2016-03-29): a TV transcript, one turn a paragraph
    text = (
        "Video Transcript:\n\n"
        "KATE BOULDUAN: Why not debate?\n\n"
        "JOEL BENENSON: This is a man who said he’d never run a negative ad, ever. He’s now "
        "running them.\n\n"
        "BOULDUAN: You guys, back in January, when there was this whole back and forth about "
        "debates, the Clinton campaign was open to more debates after the Flint debate was "
        "agreed to. Why not debate in New York?"
    )
    turns = [c for c in extract_article(text).claims if c.rule == "direct:transcript"]
    assert [(c.speaker.name if c.speaker else None, c.text[:16]) for c in turns] == [
        ("KATE BOULDUAN", "Why not debate?"),
        ("JOEL BENENSON", "This is a man wh"),
        ("BOULDUAN", "You guys, back i"),
    ]


def test_one_capitalised_label_and_colon_is_no_transcript() -> None:
    # PolNeAR dev (Politico, 2016-09-12): an editor's note; one such paragraph alone (like a
    # "NEW DELHI:" dateline) is no speaker's turn
    text = (
        "CLARIFICATION: The first sentence has been clarified to reflect that Fowler is calling "
        "for a process to identify a potential successor, not that he is calling for that "
        "potential successor to be immediately identified."
    )
    assert all(c.rule != "direct:transcript" for c in extract_article(text).claims)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (USA Today, 2016-05-13): where it was said, then a pronoun subject
        (
            "United Gun Group said in a statement Thursday night they pulled Zimmerman's listing "
            "from the site because the auction is not in the organization's best interest.",
            "they pulled Zimmerman's listing",
        ),
        # PolNeAR train (Washington Post, 2016-02-19): a noun that is also a cue form opens the
        # reported clause
        (
            "A Democratic aide said comments from Rice, Rhodes, Panetta and Petraeus were "
            "consistent with their previous statements about the Benghazi attacks.",
            "comments from Rice",
        ),
    ],
)
def test_what_may_open_a_bare_reported_clause(text: str, content: str) -> None:
    assert claim_for(text, content).rule == "indirect:said-clause"


@pytest.mark.parametrize(
    ("text", "pieces", "speaker"),
    [
        # PolNeAR train (Washington Post, 2016-01-16): a time, the source, then the clause
        (
            "About 10:03 p.m., according to a congressional timeline, the CIA security "
            "contractors left for the diplomatic compound.",
            ["About 10:03 p.m", "the CIA security contractors left for the diplomatic compound"],
            "a congressional timeline",
        ),
    ],
)
def test_according_to_inside_a_claim_splits_it(text: str, pieces: list[str], speaker: str) -> None:
    claim = claim_for(text, pieces[0])
    assert claim.rule == "indirect:according-to-inside"
    assert [text[s:e].strip(" ,.") for s, e in claim.segments] == pieces
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_according_to_after_a_clause_of_its_own_is_not_inside() -> None:
    # PolNeAR train (Washington Post, 2016-09-07): "..., and has" continues the first clause
    text = (
        "Trump leads by 15 points in Indiana, according to the 50-state poll, and has a small "
        "three-point lead in Ohio."
    )
    assert all(c.rule != "indirect:according-to-inside" for c in extract_article(text).claims)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (West Journal, 2016-05-05): a whole quotation before its source
        (
            "“FBI officials overseeing the probe now expect to complete their work in the next "
            "few weeks,” according to CNN.",
            "FBI officials overseeing",
            "CNN",
        ),
        # PolNeAR train (Breitbart, 2016-07-22): a colon after the source
        (
            "According to HuffPo: “Senator Tim Kaine (D-Va.) has had a mixed record on abortion "
            "throughout much of his political career.”",
            "Senator Tim Kaine",
            "HuffPo",
        ),
        # PolNeAR train (Politico, 2016-02-10): a relative clause after the source
        (
            "Jake Sullivan was one of the authors of messages that appeared on several Hillary "
            "Clinton email chains, according to multiple intelligence sources who have seen the "
            "correspondence.",
            "Jake Sullivan was one",
            "multiple intelligence sources",
        ),
    ],
)
def test_more_according_to_forms(text: str, content: str, speaker: str) -> None:
    claim = claim_for(text, content)
    assert claim.speaker is not None and claim.speaker.mention == speaker


def test_an_ing_subject_before_he_said_is_the_claim() -> None:
    # PolNeAR train (New York Times, 2016-01-04): a gerund subject, not a participle adverbial
    text = (
        "Seeing his brother suffering led him to avoid ever trying alcohol or cigarettes, he said."
    )
    claim = claim_for(text, "Seeing his brother")
    assert claim.rule == "indirect:speaker-after"


def test_an_ing_adverbial_before_the_speaker_is_not_the_claim() -> None:
    # PolNeAR train (Western Journal, 2016-01-14): "Noting ..." has a clause of its own; what
    # Allen said follows him
    text = (
        "Noting he majored in philosophy during college, Allen said he tends to give issues more "
        "deliberation."
    )
    claims = extract_article(text).claims
    assert [c.text for c in claims if c.cue and c.cue.text == "said"] == [
        "he tends to give issues more deliberation"
    ]
    # what he noted is a claim of its own, cued by "Noting" (test_extract_speech_more.py)
    assert [c.text for c in claims if c.cue and c.cue.text != "said"] == [
        "he majored in philosophy during college"
    ]


def test_a_preposition_in_ing_opens_no_clause_before_the_speaker() -> None:
    # PolNeAR dev (USA Today, 2016-09-23): "During ..." is an adverbial; the claim follows
    text = (
        'During a May interview on CNBC\'s Squawk Box, Trump said he won "every single debate" '
        "in which he participated."
    )
    assert [c.text[:10] for c in extract_article(text).claims] == ['he won "ev']


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Politico, 2016-04-17): the object of a preposition before ", who"
        (
            "But Ryder lined up with Priebus, who has said he doesn’t support changing the "
            "party’s rules.",
            "he doesn’t support",
            "Priebus",
        ),
        # PolNeAR train (Washington Post, 2016-06-02): an organisation before ", which"
        (
            "The order came in response to a request by The Washington Post, which argued that "
            "Trump's presidential bid made the documents a matter of public interest.",
            "Trump's presidential bid",
            "The Washington Post",
        ),
    ],
)
def test_the_antecedent_of_a_relative_speaks(text: str, content: str, speaker: str) -> None:
    claim = claim_for(text, content)
    assert claim.speaker is not None and claim.speaker.mention == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # PolNeAR train (USA Today, 2016-05-02): the main clause is the writer's, not the WTO's
        (
            "China and America are, however, members of the World Trade Organization, which "
            "writes the rules of commerce.",
            [],
        ),
        # PolNeAR train (New York Times, 2016-03-23): claiming responsibility is a deed; the
        # concern raised is the politicians' claim (cue_phrases.txt: "raised concern that")
        (
            "Right-wing politicians raised concern that groups like ISIS, which claimed "
            "responsibility for the attacks, are slipping radicalized Islamists through the vast "
            "migrant stream.",
            ["Right-wing politicians"],
        ),
    ],
)
def test_no_claim_from_a_relative_clause_without_reported_content(
    text: str, speakers: list[str]
) -> None:
    assert [c.speaker.name for c in extract_article(text).claims if c.speaker] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # PolNeAR train (Western Journal, 2016-08-29): a role whose words are outside the
        # lexicons before the name
        (
            "“[W]e won’t be running his columns in the future,” Daily News opinion editor Josh "
            "Greenman told The Daily Beast.",
            "Josh Greenman",
        ),
        # PolNeAR train (Politico, 2016-07-18): a head noun outside the lexicons
        (
            '"And a lot of it has to do with the economic situation that exists in this '
            'country," the retired neurosurgeon told REVOLT TV.',
            "the retired neurosurgeon",
        ),
    ],
)
def test_the_words_between_a_quotation_and_its_cue_are_the_speaker(text: str, speaker: str) -> None:
    claim = claim_for(text, "")
    assert claim.kind == "direct"
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Washington Post, 2016-01-16): an appositive opens the sentence
        (
            "A rumpled figure with short gray whiskers on his face, Bob said he arrived in "
            "Benghazi as base chief in December 2011.",
            "he arrived in Benghazi as base chief in December 2011",
        ),
        # PolNeAR train (Washington Post, 2016-09-03): an adverbial opens the sentence
        (
            "Contrary to Lazar's claims, authorities say he never obtained access to Clinton's "
            "email account.",
            "he never obtained access to Clinton's email account",
        ),
    ],
)
def test_a_pronoun_clause_after_the_cue_is_the_content_not_the_opening(
    text: str, content: str
) -> None:
    assert [c.text for c in extract_article(text).claims] == [content]


def test_a_counted_subject_reports_without_a_speaker_name() -> None:
    # PolNeAR train (Washington Post, 2016-03-18): "Some" counts people; it names nobody
    text = (
        "Some said they have cringed as Trump has repeatedly likened the Israel-Palestinian "
        "negotiations to the real estate deals that he has brokered over his career."
    )
    claim = claim_for(text, "they have cringed")
    assert claim.rule == "indirect:quantifier-subject"
    assert claim.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        # BBC (sport): an idiom, nobody speaks
        "Having said that, Mark is looking in much better shape.",
        # BBC (technology): the subject of a passive is not the participle's speaker
        "The bill was backed by some hi-tech firms, saying they needed protections it offered "
        "to make research worthwhile.",
        # BBC (technology): nor the subject of "will be used ... and will add"
        "The money will be used to help this push towards greater collaboration and will add "
        "Linux-based elements to IBM's Workplace software.",
    ],
)
def test_no_speaker_from_a_verb_form_or_a_passive_subject(text: str) -> None:
    assert [c.speaker.name for c in extract_article(text).claims if c.speaker] == []


def test_a_time_after_a_long_subject_is_not_part_of_it() -> None:
    # BBC (politics)
    text = (
        "The 52-year-old on Tuesday said was he was reviewing his donations because of Cabinet "
        "disunity and international issues."
    )  # sic
    claim = claim_for(text, "was he was reviewing")
    assert claim.speaker is not None and claim.speaker.mention == "The 52-year-old"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (HuffPost, 2016-07-18): a verbless prepositional opener, then the
        # subject, its own verb and "and said"
        (
            "In an interview with The Wall Street Journal, Trump doubled down on his comments "
            "about Curiel and said the federal judge had “an inherent conflict of interest” in "
            "the Trump University cases because of his Mexican heritage.",
            "the federal judge had",
            "Trump",
        ),
        # PolNeAR train (Western Journal, 2016-06-11): two openers before the subject of a
        # participle
        (
            "On Thursday, after remaining neutral throughout the primary process, Warren "
            "appeared with MSNBC’s Rachel Maddow and officially endorsed Clinton, saying, “I "
            "think having a fighter in the lead — a female fighter in the lead — is exactly what "
            "this country needs.”",
            "I think having a fighter",
            "Warren",
        ),
        # PolNeAR train (HuffPost, 2016-06-16, a Reuters story): a dateline with a state
        # abbreviation opens the sentence whose subject speaks after "and"
        (
            "ORLANDO, Fla. (Reuters) - President Barack Obama met survivors of a gay nightclub "
            "massacre and relatives of the 49 people killed on Thursday and said the United "
            "States must act to control gun violence and fight what he called homegrown "
            "terrorism.",
            "the United States must act",
            "Barack Obama",
        ),
        # PolNeAR train (Breitbart, 2016-02-08): ", then says"
        (
            "Kasich jokingly offered the man a job as Secretary of Defense, then says he’ll "
            "welcome advice for anyone who wants to talk to or yell at him if elected.",
            "he’ll welcome advice",
            "Kasich",
        ),
        # PolNeAR train (Politico, 2016-08-23): a time between "and" and the cue
        (
            "Scott has freed up $26 million in state funds to address the problem and on Monday "
            "announced $5 million more was being sent to Miami-Dade County for Zika preparedness "
            "and mosquito control.",
            "$5 million more",
            "Scott",
        ),
        # PolNeAR train (Breitbart, 2016-06-26, an AFP story): a dateline naming its agency
        (
            "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Republican rival "
            "Donald Trump’s stance on Brexit, saying that “bombastic comments” do more harm than "
            "good during such times.",
            "“bombastic comments”",
            "Hillary Clinton",
        ),
        # PolNeAR train (Breitbart, 2016-08-24): "Earlier in the week," opens the sentence
        (
            "Earlier in the week, Trump called for a special prosecutor to investigate Clinton’s "
            "use of a private email server, saying the Justice Department is biased toward "
            "Clinton in the case.",
            "the Justice Department",
            "Trump",
        ),
        # PolNeAR train (Breitbart, 2016-05-05): "while saying"
        (
            "Bolton had a comparable assessment of Trump’s thin foreign policy record, while "
            "saying that the candidate’s recent foreign-policy speech reassured him.",
            "the candidate’s recent",
            "Bolton",
        ),
        # PolNeAR train (Washington Post, 2016-04-21): a name and its parenthesis, an aside
        (
            "But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said, "
            '"Let me tell you, he\'s got a heck of an email list."',
            "Let me tell you",
            "Richard J. Durbin",
        ),
    ],
)
def test_the_subject_of_the_sentence_speaks_through_a_later_cue(
    text: str, content: str, speaker: str
) -> None:
    """Openers before the subject, a second verb ("and said", ", then says"), a participle."""
    claim = claim_for(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Western Journal, 2016-08-29)
        (
            "In light of the latest information, a postscript might be added to the film in order "
            "to keep it up to date."
        ),
        # PolNeAR dev (New York Times, 2016-09-16)
        (
            "It goes without saying that raising taxes on the rich while leaving most of the existing "
            "tax code intact is anathema to Republicans."
        ),
    ],
)
def test_no_claim_from_a_cue_word_that_reports_nothing(text: str) -> None:
    assert extract_article(text).claims == []


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016-08-08): a kicker before the speaker's name
        ("EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines.", "Roger Stone"),
        # PolNeAR train (Breitbart, 2016-06-10): the addressee between name and colon
        ("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.", "Clinton"),
        # PolNeAR dev (New York Times, 2016-10-02): a title, not a speaker and addressee
        ("A Curious Plan to Fight Climate Change: Buy Mines, Sell Coal.", None),
        # BBC (sport): a section name, not a speaker
        ("Six Nations 2005: England face tough test in Cardiff.", None),
    ],
)
def test_who_speaks_in_a_colon_headline(headline: str, speaker: str | None) -> None:
    text = headline + "\n\nThe campaign said on Monday that it would release a plan."  # any body
    found = [
        c for c in extract_article(text).claims if c.rule.endswith((":headline", ":speaker-colon"))
    ]
    assert [c.speaker.mention for c in found if c.speaker] == ([speaker] if speaker else [])
