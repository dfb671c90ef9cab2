"""Golden tests for reported (indirect) speech: where its content starts and ends, and whose it is.

Passages are one or two sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl),
named per case.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.types import Claim, claim_to_dict


def only(text: str) -> Claim:
    claims = extract_article(text).claims
    assert len(claims) == 1, [(c.text, c.rule) for c in claims]
    claim = claims[0]
    assert text[claim.start : claim.end] == claim.text
    return claim


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Politico, 2016): the reported sentence runs on after the speaker
        (
            "So it makes sense, strategists said, for Democrats to put the concept in the "
            "public's mind now.",
            "it makes sense, strategists said, for Democrats to put the concept in the public's "
            "mind now",
            "strategists",
        ),
        # PolNeAR train (Politico, 2016): the second half is a quotation
        (
            "These and other sources of authority, the lawyers said, “all command the same "
            "conclusion” that Cruz complies with the “natural born” requirement.",
            "These and other sources of authority, the lawyers said, “all command the same "
            "conclusion” that Cruz complies with the “natural born” requirement",
            "the lawyers",
        ),
        # PolNeAR train (Politico, 2016): the first half is a quotation, the rest reported
        (
            '"We are gravely concerned," the members wrote in a letter to the president, that '
            'the Department of Homeland Security "may have already removed mothers and children '
            'from the United States."',
            '"We are gravely concerned," the members wrote in a letter to the president, that '
            'the Department of Homeland Security "may have already removed mothers and children '
            "from the United States",
            "the members",
        ),
    ],
)
def test_speaker_set_off_by_commas_inside_the_content_keeps_the_whole_sentence(
    text: str, content: str, speaker: str
) -> None:
    claim = only(text)
    assert claim.text.strip("\"'“”.") == content.strip("\"'“”.")
    assert claim.speaker is not None and claim.speaker.mention == speaker


def test_what_follows_a_speaker_in_commas_may_be_a_claim_of_its_own() -> None:
    # PolNeAR train (AP, 2016): ", adding, "..."" is the speaker's next claim, not the rest
    text = (
        "Ryan and Trump will meet sometime next week, Spicer said, adding, "
        '"They need to sit down and have a good talk."'
    )
    claims = extract_article(text).claims
    assert [c.text for c in claims] == [
        "Ryan and Trump will meet sometime next week",
        "They need to sit down and have a good talk.",
    ]
    assert {c.speaker.mention for c in claims if c.speaker} == {"Spicer"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (AP, 2016): "never shut" is the clause's verb, no "that" needed
        (
            "Galvin said the polling location never shut its doors, however.",
            "the polling location never shut its doors",
        ),
    ],
)
def test_bare_clause_with_an_adverb_before_its_verb(text: str, content: str) -> None:
    assert only(text).text == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # PolNeAR train (AP, 2016): a time between the subject and the cue
        (
            "RNC spokesman Sean Spicer on Thursday evening said the Republican Party was not in "
            "a crisis.",
            "RNC spokesman Sean Spicer",
            "the Republican Party was not in a crisis",
        ),
        # PolNeAR train (USA Today, 2016): a discourse aside in commas, and "in" + a place
        (
            "Legislative leaders in North Carolina, for instance, noted that the three-judge "
            "panel that ruled that the state's law intentionally discriminated was composed of "
            "judges nominated to the court by Democratic presidents.",
            "Legislative leaders in North Carolina",
            "the three-judge panel that ruled that the state's law intentionally discriminated "
            "was composed of judges nominated to the court by Democratic presidents",
        ),
    ],
)
def test_aside_between_subject_and_cue(text: str, speaker: str, content: str) -> None:
    claim = only(text)
    assert claim.speaker is not None and claim.speaker.mention == speaker
    assert claim.text == content


def test_a_month_after_in_is_no_speaker() -> None:
    # a time, not a place: "in January" never joins the phrase before it as a speaker
    assert (
        extract_article("Smith in January said the plan would fail.").claims[0].speaker.mention
        == "Smith"
    )


def test_a_year_after_in_is_not_part_of_the_speaker() -> None:
    claim = only("The Trump campaign in 2012 said the plan would fail.")
    assert claim.speaker is not None and claim.speaker.mention == "The Trump campaign"


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        # BBC (business): the comma of "12,000" does not set a speaker off
        (
            "Beyond the 12,000 job cuts announced last year at its European operations, GM is "
            "reducing expenditure by building Saabs.",
            [],
        ),
        # BBC (business): after a quotation, only "..., that ..." continues the claim
        (
            '"We are here to stop 60% of our body from being cut off on Sunday," Zack Clement, '
            "a lawyer for Yukos, told Judge Clark in an emergency hearing in Houston, Texas, on "
            "Wednesday.",
            ["We are here to stop 60% of our body from being cut off on Sunday,"],
        ),
        # BBC (business): ", saying: "..."" is a claim of its own, the participle's, and the
        # vow before it another
        (
            "However, Mr Haji-Ioannou, who plans to launch Easymobile next month, vowed to fight "
            'back, saying: "We have nothing to be afraid of in this court case."',
            ["to fight back", "We have nothing to be afraid of in this court case."],
        ),
    ],
)
def test_commas_that_do_not_set_off_a_speaker(text: str, claimed: list[str]) -> None:
    assert [c.text for c in extract_article(text).claims] == claimed


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # PolNeAR train (Politico, 2016): reported speech around its speaker
        (
            "So it makes sense, strategists said, for Democrats to put the concept in the "
            "public's mind now.",
            ["it makes sense", "for Democrats to put the concept in the public's mind now"],
        ),
        # BBC (business): a split quotation, each half without its marks
        (
            '"We are struggling with the gap," he explained. "The next tier of companies is '
            'where we are looking."',
            [
                "We are struggling with the gap",
                "The next tier of companies is where we are looking.",
            ],
        ),
    ],
)
def test_a_claim_interrupted_by_its_speaker_lists_its_pieces(text: str, pieces: list[str]) -> None:
    claim = only(text)
    assert [text[s:e] for s, e in claim.segments] == pieces
    assert claim_to_dict(claim)["segments"] == [list(seg) for seg in claim.segments]


def test_a_claim_in_one_piece_keeps_its_json_shape() -> None:
    claim = only("Galvin said the polling location never shut its doors, however.")
    assert claim.segments == [] and "segments" not in claim_to_dict(claim)


def test_inverted_speaker_between_subject_and_verb() -> None:
    # PolNeAR train (Politico, 2016): the subject before "said Doyle", its verb after
    text = (
        "The contrast with Trump, said Doyle and others, would be clear since Trump has no "
        "former Republican presidents by his side."
    )
    claim = only(text)
    assert claim.speaker is not None and claim.speaker.mention == "Doyle"
    assert [text[s:e] for s, e in claim.segments] == [
        "The contrast with Trump",
        "would be clear since Trump has no former Republican presidents by his side",
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (The New York Times, 2016): two adverbials before the clause
        (
            "In all, though, the justices are doing what they can to find common ground, "
            "Professor Epstein said.",
            "In all, though, the justices are doing what they can to find common ground",
            "Professor Epstein",
        ),
        # PolNeAR train (The New York Times, 2015): the writer's own words after the speaker
        (
            "Ms. Malik also had two in-person interviews, federal officials said, the first by "
            "a consular officer in Pakistan, and the second by an immigration officer.",
            "Ms. Malik also had two in-person interviews",
            "federal officials",
        ),
    ],
)
def test_clause_before_a_speaker_in_commas(text: str, content: str, speaker: str) -> None:
    claim = only(text)
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.mention == speaker


@pytest.mark.parametrize(
    ("text", "content", "rule"),
    [
        # ECB+ (ecbplus:35_4ecbplus): an adverbial, the speaker, then the quotation: the quote
        (
            "In a statement released by the team, General Manager A. J. Smith noted, \"It's "
            'disappointing to hear about the issue involving Jamal Williams."',
            "It's disappointing to hear about the issue involving Jamal Williams.",
            "direct:speaker-before",
        ),
        # PolNeAR dev (The New York Times, 2016): a short subject and verb, then the quotation
        (
            "It was, the president said, ''a stone where day after day for years, men and women "
            "were torn from their spouse or their child.''",
            "It was, the president said, ''a stone where day after day for years, men and "
            "women were torn from their spouse or their child.''",
            "mixed:speaker-inside",
        ),
    ],
)
def test_quotation_after_a_speaker_in_commas(text: str, content: str, rule: str) -> None:
    claim = only(text)
    assert (claim.text, claim.rule) == (content, rule)


def test_narration_before_an_adverbial_speaker_and_quote_is_not_the_claim() -> None:
    # ECB+ (ecbplus:28_12ecb): the words before "at the age of 91, Felt told" are the writer's
    text = (
        "The reporters continued to keep Felt's name a secret, but in 2005, at the age of 91, "
        "Felt told Vanity Fair magazine, “I'm the guy they used to call Deep Throat.”"
    )
    claim = only(text)
    assert claim.text == "I'm the guy they used to call Deep Throat."
    assert claim.speaker is not None and claim.speaker.mention == "Felt"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # shaped on PolNeAR train (", Sanders told a cheering crowd ..."): the writer's next clause, with
        # its own speaker; the reported clause before it ends at the comma
        (
            "Trump said the rally would be the biggest of the campaign, Sanders told a cheering "
            "crowd in West Virginia that he expects to win that state's May 10 primary.",
            "Trump",
            "the rally would be the biggest of the campaign",
        ),
    ],
)
def test_a_name_and_its_own_cue_after_a_comma_ends_the_reported_clause(
    text: str, speaker: str, content: str
) -> None:
    claims = extract_article(text).claims
    first = next(c for c in claims if c.speaker and c.speaker.mention == speaker)
    assert first.text == content


def test_an_aside_speaker_after_a_comma_does_not_end_the_reported_clause() -> None:
    # "critics say," closed by a comma is an aside inside the reported clause
    claim = only("Trump said the plan, critics say, would cost billions of dollars over ten years.")
    assert claim.text == "the plan, critics say, would cost billions of dollars over ten years"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # PolNeAR train: "state" and "writing" in an appositive noun phrase are no cues
        (
            "Roberta Lange, the state party chairwoman, said she had received death threats "
            "against her and her family.",
            "Roberta Lange",
            "she had received death threats against her and her family",
        ),
        (
            "Sexton, a creative writing professor, said he holds his working-class roots "
            "very near and dear to his heart.",
            "Sexton",
            "he holds his working-class roots very near and dear to his heart",
        ),
    ],
)
def test_a_cue_word_inside_an_appositive_noun_phrase(text: str, speaker: str, content: str) -> None:
    claim = only(text)
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.text == content


def test_an_aside_with_a_finite_cue_is_no_appositive() -> None:
    claim = only("Clinton, a spokesman said, would not attend the dinner on Friday.")
    assert claim.speaker is not None and claim.speaker.mention == "a spokesman"


def test_that_after_a_clause_of_its_own_belongs_to_the_reported_clause() -> None:
    # PolNeAR train: "said he was convinced that ..." reports the whole clause, not what
    # follows "that"; "told reporters on Tuesday that" still skips the addressee and the time
    claim = only(
        "Jessie Elkins, 70, said he was convinced that Mr. Trump would lead America into an "
        "unnecessary war."
    )
    assert claim.text.startswith("he was convinced that")
    claim = only("Smith told reporters on Tuesday that the plan would fail.")
    assert claim.text == "the plan would fail"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # PolNeAR train: a role noun governing a phrase whose head is outside the lexicons
        (
            "A spokesman for the buyer said there was a commitment to the island.",
            "A spokesman for the buyer",
            "there was a commitment to the island",
        ),
        # an approximate amount opens the reported clause ("about" is no preposition here)
        (
            "Officials said about 40 people were killed in the attack.",
            "Officials",
            "about 40 people were killed in the attack",
        ),
    ],
)
def test_more_reported_clauses(text: str, speaker: str, content: str) -> None:
    claim = only(text)
    assert claim.speaker is not None and claim.speaker.mention == speaker
    assert claim.text == content


def test_talking_about_something_is_no_reported_clause() -> None:
    assert extract_article("He talked about the plan for an hour.").claims == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train: a pronoun subject before "that" starts the reported clause itself
        (
            "Sen. Kristen Gillibrand (D-NY) told CNN she believed that Clinton would release a "
            "transcript.",
            "she believed that Clinton would release a transcript",
        ),
        # PolNeAR train: "the Associated Press" is the whole addressee
        (
            "Joyce told the Associated Press he's not planning an appeal of the board's "
            "determination.",
            "he's not planning an appeal of the board's determination",
        ),
    ],
)
def test_what_follows_told_and_its_addressee(text: str, content: str) -> None:
    assert only(text).text == content


def test_the_speakers_next_act_after_a_comma_is_not_the_content() -> None:
    # PolNeAR train (Breitbart, 2016): ", and accused ..." is what Farage did next, not what
    # he said the warning was
    text = (
        "UK Independence Party leader Nigel Farage said the warning was indicative that the "
        "President did not know what he was talking about, and accused Number 10 Downing Street "
        "of putting words in the President’s mouth."
    )
    claim, accusation = extract_article(text).claims
    assert claim.text == (
        "the warning was indicative that the President did not know what he was talking about"
    )
    assert claim.speaker is not None and claim.speaker.name == "Nigel Farage"
    # the next act is a claim of its own, by the same speaker
    assert accusation.rule == "indirect:accusation"
    assert accusation.speaker is not None and accusation.speaker.name == "Nigel Farage"


def test_a_second_act_after_but_keeps_the_speaker_of_the_first() -> None:
    # PolNeAR train (Breitbart, 2016): "..., but insists ..." is a second claim by the same
    # speaker, not the tail of the first
    text = (
        "She says people may not like the answer, but insists Sanders is mounting a “phony attack.”"
    )
    first, second = extract_article(text).claims
    assert first.text == "people may not like the answer"
    assert second.text.startswith("Sanders is mounting a “phony attack")
    assert first.speaker is not None and second.speaker is not None
    assert second.speaker.mention == first.speaker.mention == "She"


def test_a_participle_after_the_content_is_the_speakers_next_claim() -> None:
    # PolNeAR train (Western Journal, 2016): ", saying ..." is a second claim, not the tail of
    # the first; PolNeAR annotates the two apart
    text = (
        "Presidential candidate Donald Trump announced on Tuesday that he filed his required "
        "financial statement with the Federal Elections Commission, saying it set a new "
        "benchmark for the agency."
    )
    first, second = extract_article(text).claims
    assert first.text == (
        "he filed his required financial statement with the Federal Elections Commission"
    )
    assert second.text == "it set a new benchmark for the agency"
    assert second.rule == "indirect:participle-said-clause"
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.name == second.speaker.name == "Donald Trump"


def test_and_a_cue_with_that_after_the_content_is_the_next_claim() -> None:
    # PolNeAR train (Politico, 2016): "and noted that ..." is the speaker's second claim; PolNeAR
    # ends the first before it
    text = (
        "He said that he personally was more focused on shaping the party platform and noted "
        "that Sanders himself has acknowledged he won’t be the Democratic nominee."
    )
    first, second = extract_article(text).claims
    assert first.text == "he personally was more focused on shaping the party platform"
    assert second.text == "Sanders himself has acknowledged he won’t be the Democratic nominee"
    assert first.speaker is not None and second.speaker is not None
    assert second.speaker.mention == first.speaker.mention == "He"


def test_a_description_before_a_subject_whose_cue_takes_an_object_is_no_claim() -> None:
    # ECB+ (ecbplus:39_5ecbplus): "The Thick Of It star" describes Capaldi; what he said is
    # what follows "described himself as"
    text = (
        'The Thick Of It star, Capaldi described himself as a "life-long Doctor Who fan" when '
        "revealed by Zoe Ball as Smith's successor on a live BBC show on Sunday evening."
    )
    claims = extract_article(text).claims
    assert claims and all(not c.text.startswith("The Thick Of It") for c in claims)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # BBC business/065: a relative clause about the source comes before the claim
        (
            "According to Standard & Poor's, which has recently upgraded Mexico's sovereign debt "
            "rating, the rise in remittances helps protect the Mexican economy against a "
            "potential fall in the international oil prices.",
            "the rise in remittances helps protect the Mexican economy against a potential fall "
            "in the international oil prices",
        ),
        # BBC business/017: the source's name in apposition
        (
            "According to the statistics office, Destatis, rising exports were outweighed in the "
            "fourth quarter by the continuing weakness of domestic demand.",
            "rising exports were outweighed in the fourth quarter by the continuing weakness of "
            "domestic demand",
        ),
        # ECB+ (ecbplus:30_1ecb): after ", and according to X," the source says what follows
        (
            "Around the time of the shooting, Simpson was late on child support payments for his "
            "7-year-old daughter, and according to a local sheriff, he had made statements to his "
            "friends that he did not want another child.",
            "he had made statements to his friends that he did not want another child",
        ),
        # shaped on PolNeAR train: a name after the source's comma is the claim's subject
        (
            "According to an FBI summary, Cheryl Mills, a top Clinton aide, sent the employee an "
            "email.",
            "Cheryl Mills, a top Clinton aide, sent the employee an email",
        ),
    ],
    ids=["relative-clause", "apposition", "and-according-to", "name-is-the-subject"],
)
def test_what_an_according_to_source_says(text: str, content: str) -> None:
    claims = [c for c in extract_article(text).claims if c.rule.endswith("according-to")]
    assert [c.text for c in claims] == [content]


def test_a_quotation_opening_with_an_editors_bracket_is_a_new_sentence() -> None:
    # ECB+ (ecbplus:41_9ecbplus): the bracket hid the boundary, so Isaacs' claim ran into the
    # quotation the mine action centre is the source of
    text = (
        "The bombs did not do any damage and, according to Isaacs, one bomb landed just 5 feet "
        'away from a boy, but did not explode. "[The] MineTech International (MTI) explosive '
        'ordinance disposal (EOD) team removed the bomb from the Yida Village School," according '
        "to the United Nations Mine Action Coordination Center of South Sudan."
    )
    by_text = {c.text: c for c in extract_article(text).claims}
    bomb = by_text["one bomb landed just 5 feet away from a boy, but did not explode"]
    assert bomb.speaker is not None and bomb.speaker.mention == "Isaacs"
    quote = next(c for t, c in by_text.items() if t.startswith("[The] MineTech"))
    assert quote.speaker is not None and quote.speaker.name.endswith("South Sudan")


@pytest.mark.parametrize(
    "text",
    [
        # BBC business/338: what the spokesman did not say is no claim of his
        "The spokesman did not say why the three had been detained by the police.",
        # PolNeAR train (Politico, 2016): "have not said"
        "Two others have not said who they would vote for, and a fifth superdelegate has not "
        "been named.",
        # PolNeAR train (HuffPost, 2016): "never said"
        "While Clinton is an outspoken supporter of Roe v. Wade, which legalizes abortion up "
        "until the fetus would be viable outside the womb -- around 22 weeks of pregnancy -- "
        "she has never said she would support legal abortion up until the due date.",
    ],
    ids=["did-not-say", "have-not-said", "never-said"],
)
def test_a_negated_cue_reports_nothing_said(text: str) -> None:
    assert extract_article(text).claims == []


def test_a_quotation_with_its_own_frame_keeps_its_speaker_before_according_to() -> None:
    # ECB+ (topic 19): the police spoke; the newspaper only reported it. PolNeAR would name
    # the paper, but for a journalist the words are the police's.
    text = (
        "“Stay down, or we’ll shoot you again,” police said once Gray had been hit, according "
        "to The New York Times."
    )
    (claim,) = extract_article(text).claims
    assert claim.text == "Stay down, or we’ll shoot you again,"
    assert claim.speaker is not None and claim.speaker.name == "police"


def test_the_medium_after_told_is_the_addressee_not_the_claim() -> None:
    # BBC politics/276: "the Daily Record newspaper" is who was told
    text = (
        "His comments come after Dave Prentis, the leader of Britain's biggest union Unison, "
        "told the Daily Record newspaper he wants a date to be set for Mr Blair to be replaced "
        "as Labour leader."
    )
    claim = only(text)
    assert claim.text.startswith("he wants a date")
    assert claim.speaker is not None and claim.speaker.name == "Dave Prentis"


def test_a_news_agency_named_after_told_is_the_addressee() -> None:
    # BBC business/203
    text = (
        "A spokesman for Deutsche Boerse told news agency Reuters such a move would have to "
        "wait until May's annual general meeting."
    )
    assert only(text).text == "such a move would have to wait until May's annual general meeting"


@pytest.mark.parametrize(
    "text",
    [
        # BBC entertainment/333: the quoted words are the subject of what the firm said
        'The firm closed the book on Friday, saying "insider information" could have '
        "contributed to the number of bets.",
        'The firm said "insider information" could have contributed to the number of bets.',
    ],
    ids=["participle", "finite"],
)
def test_a_quotation_that_opens_the_reported_clause_keeps_the_clause(text: str) -> None:
    claim = only(text)
    assert claim.text == '"insider information" could have contributed to the number of bets'
    assert claim.kind == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (ecbplus:40_1ecbplus): a comparison, then the writer's own sentence
        "Like the new MacBook Air, they tout USB 3.0 ports.",
        # PolNeAR dev (Western Journalism, 2016): "protest" is no verb here either
        "Unlike demonstrations in Charlotte, the Tulsa protest remained peaceful.",
    ],
    ids=["like", "unlike"],
)
def test_a_prepositional_phrase_before_the_cue_is_no_claim(text: str) -> None:
    assert extract_article(text).claims == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # ECB+ (ecbplus:3_9ecb)
        (
            "Nichols, who argued he was mentally insane when he carried out the killings, spoke "
            "for the first time in court on Saturday.",
            "he was mentally insane when he carried out the killings",
        ),
        # PolNeAR train (Breitbart, 2015)
        (
            "Barkley, who said he typically votes democratic, said one candidate he likes so far "
            "is Ohio Governor John Kasich.",
            "he typically votes democratic",
        ),
    ],
    ids=["spoke", "said"],
)
def test_a_relative_clause_claim_ends_where_the_main_predicate_starts(
    text: str, content: str
) -> None:
    assert content in [c.text for c in extract_article(text).claims]


def test_that_before_a_verb_is_a_subject_after_the_cue_and_a_relative_after_an_object() -> None:
    # PolNeAR train (Breitbart, 2016): "that" is what Christie says was natural
    said = extract_article(
        "Asked about his previous criticisms of Trump, Christie said that was a natural part "
        "of having to run against him."
    ).claims
    assert "that was a natural part of having to run against him" in [c.text for c in said]
    # PolNeAR train (Politico, 2015): "the drama that has surrounded" is no report
    text = (
        "The latest hiccup adds to the drama that has surrounded Clinton's exclusive use of "
        "private email accounts."
    )
    assert extract_article(text).claims == []


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (ecbplus:8_3ecbplus): a passive participle, not a cue
        "Some fear the austerity measures insisted upon by the EU and IMF could make prospects "
        "for growth even worse.",
        # PolNeAR train (Politico, 2016): "that" after a preposition is a determiner
        "Mike Pompeo agreed with that specific point.",
        # ECB+ (ecbplus:6_1ecb): "but" heads no subject
        "The film centers on the ordinary teenager Bella and the vampire Edward but adds a "
        "werewolf.",
    ],
    ids=["insisted-upon", "with-that", "but-adds"],
)
def test_words_that_only_look_like_a_report_are_no_claim(text: str) -> None:
    # "Some fear ..." is itself a belief of people the writer counts (indirect:belief)
    claims = extract_article(text).claims
    assert [
        c for c in claims if c.rule.startswith("indirect") and c.rule != "indirect:belief"
    ] == []


def test_the_closing_parenthesis_of_an_aside_is_no_part_of_the_claim() -> None:
    # PolNeAR train (The New York Times, 2015): the sentence is a parenthetical aside; its
    # closing mark is the writer's
    text = "(Dow's chief executive, Andrew Liveris, of course, said that the timing was unrelated.)"
    claim = only(text)
    assert claim.text == "the timing was unrelated"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # PolNeAR train (Western Journalism, 2016)
        (
            "Tuttle also asserts that Republicans have aided and abetted the country’s leftward "
            "lurch.",
            "also asserts",
        ),
        # PolNeAR train (Breitbart, 2016)
        (
            "She further announced that the DOJ was retaining the right of curtailing federal "
            "funding to the North Carolina Department of Public Safety.",
            "further announced",
        ),
        # an auxiliary opens the cue; the adverb after it stays in
        (
            "Mr. Obama has repeatedly said that he opposes American boots on the ground.",
            "has repeatedly said",
        ),
    ],
    ids=["also", "further", "aux-adverb"],
)
def test_the_cue_keeps_the_adverbs_before_its_verb(text: str, cue: str) -> None:
    # PolNeAR marks "also said", "has repeatedly said" as the cue (281 train cues open with
    # "also", 20 leave it out)
    claim = only(text)
    assert claim.cue is not None and claim.cue.text == cue
    assert text[claim.cue.start : claim.cue.end] == cue


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # PolNeAR train (The New York Times, 2015)
        (
            "In any case, Mr. DiPietro said, the golf industry was vastly over-supplied with "
            "courses.",
            ["In any case", "the golf industry was vastly over-supplied with courses"],
        ),
        # PolNeAR train (Politico, 2015)
        (
            "In a merger, he said, the HP brand would survive - and Fiorina would stay on top.",
            ["In a merger", "the HP brand would survive - and Fiorina would stay on top"],
        ),
    ],
    ids=["in-any-case", "in-a-merger"],
)
def test_an_adverbial_before_a_speaker_in_commas_is_the_claims_first_piece(
    text: str, pieces: list[str]
) -> None:
    # what the speaker said holds the adverbial; PolNeAR keeps it as the first piece (87
    # train claims; 14 leave it out)
    claim = only(text)
    assert [text[s:e] for s, e in claim.segments] == pieces


def test_a_noun_phrase_after_the_object_of_a_cue_is_no_rest_of_a_claim() -> None:
    # PolNeAR train (Politico, 2016): ", the firm ..." describes CrowdStrike; the sentence's
    # opening "In Saturday's call" is no piece of what Pelosi said
    text = (
        "In Saturday’s call, Pelosi was underlining a point made by cyber experts at "
        "CrowdStrike, the firm the party has hired to investigate the breaches at the DNC."
    )
    claim = only(text)
    assert claim.segments == [] and claim.text.startswith("a point made by")


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # PolNeAR train (Breitbart, 2016)
        (
            "He says the obvious response was to break up fraudulent operators and says he "
            "introduced legislation to accomplish that.",
            [
                "the obvious response was to break up fraudulent operators",
                "he introduced legislation to accomplish that",
            ],
        ),
        # PolNeAR train (Politico, 2016)
        (
            "The director of the European Centre, Ina Kirsch, told the AP her group never worked "
            "with Manafort or Gates and said the group hired the Washington lobbyists on its own.",
            [
                "her group never worked with Manafort or Gates",
                "the group hired the Washington lobbyists on its own",
            ],
        ),
    ],
    ids=["and-says", "and-said"],
)
def test_and_said_without_a_comma_is_the_speakers_next_statement(
    text: str, contents: list[str]
) -> None:
    # PolNeAR ends 78 train claims before such an "and said", 10 hold it
    assert [c.text for c in extract_article(text).claims] == contents


def test_and_asked_without_a_comma_stays_in_the_reported_clause() -> None:
    # PolNeAR train (Breitbart, 2016): "asked" goes with "spoke", the reported clause's verb
    text = (
        "Senate Majority Leader Mitch McConnell says he spoke to Republican front-runner Donald "
        "Trump and asked him to condemn violence no matter who is responsible."
    )
    claim = only(text)
    assert claim.text.endswith("asked him to condemn violence no matter who is responsible")


def test_content_before_according_to_starts_past_a_leading_conjunction() -> None:
    # PolNeAR train (The New York Times, 2016): as before ", analysts said", "But" links the
    # sentence to the one before and is no part of the claim
    text = (
        "But HarperCollins declined to renew the offer, according to a publishing executive "
        "familiar with the talks."
    )
    claim = only(text)
    assert claim.text == "HarperCollins declined to renew the offer"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # ECB+ (ecbplus:2_8ecbplus): the page's headline and time stamp ran into the sentence
        (
            "Comedian Ellen DeGeneres picked to host 2014 Oscars Fri Aug 2, 2013 6:50pm EDT "
            "Comedian Ellen DeGeneres will make her second appearance as an Academy Awards host "
            "next year, organizers said on Friday.",
            "Comedian Ellen DeGeneres will make her second appearance as an Academy Awards host "
            "next year",
        ),
        # ECB+ (ecbplus:11_11ecb): a time with no date is part of what was reported
        (
            "Voters in Turkmenistan began to cast their ballots at 8:00 am local time on Sunday, "
            "reports said.",
            "Voters in Turkmenistan began to cast their ballots at 8:00 am local time on Sunday",
        ),
    ],
    ids=["time-stamp", "time-of-day"],
)
def test_content_starts_after_a_page_time_stamp(text: str, content: str) -> None:
    assert [c.text for c in extract_article(text).claims] == [content]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # BBC tech/285: the figures vouch for the number inside her claim
        (
            "Shelley Taylor said rampant competition between online music services, of which "
            "there are now 230 according to recent figures, could drive more openness.",
            "Shelley Taylor",
            "rampant competition between online music services, of which there are now 230 "
            "according to recent figures, could drive more openness",
        ),
        # ECB+ (ecbplus:30_11ecb): the paper is the writer's source for the whole sentence
        (
            "France Telecom said it plans to send a boat to fix the problem and should have "
            "service restored to normal by December 31, according to Bloomberg.",
            "France Telecom",
            "it plans to send a boat to fix the problem and should have service restored to "
            "normal by December 31",
        ),
    ],
    ids=["inside", "tail"],
)
def test_according_to_after_a_speakers_own_frame(text: str, speaker: str, content: str) -> None:
    (claim,) = extract_article(text).claims
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Breitbart, 2016): the comma sits inside the closing quote mark
        (
            'He said that is a "distortion," describing the security team as highly accomplished.',
            'that is a "distortion,"',
        ),
        # PolNeAR train (The New York Times, 2016)
        (
            "Mr. Paulson told investors that concerns about specialty pharmaceuticals like "
            "Valeant were ''overblown,'' adding that Valeant had ''significant upside.''",
            "concerns about specialty pharmaceuticals like Valeant were ''overblown,''",
        ),
    ],
    ids=["describing", "adding-that"],
)
def test_a_participle_after_a_closing_quote_mark_ends_the_reported_clause(
    text: str, content: str
) -> None:
    # PolNeAR ends 158 train claims before ", saying|adding|noting ...", 19 hold one; with
    # the comma inside the mark the participle is the speaker's next act all the same
    first = extract_article(text).claims[0]
    assert first.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Breitbart, 2016): the modifier is part of the characterisation
        (
            "Former Arizona governor Jan Brewer, an early supporter of Trump, calls the issue "
            'of security "a priority" for women.',
            'the issue of security "a priority" for women',
        ),
        # PolNeAR train (Breitbart, 2016)
        (
            "Nathan Diament, executive director of advocacy for the Orthodox Union, called the "
            'AIPAC speech a "critical moment" for Trump.',
            'the AIPAC speech a "critical moment" for Trump',
        ),
        # PolNeAR train (Western Journalism, 2016): a second quoted word goes with the first,
        # the day it was said does not
        (
            "Trey Gowdy’s office slammed a lawsuit filed by a fired staffer alleging that the "
            "congressman violated the law with his Benghazi committee ,calling it “meritless” "
            "and “improper” on Monday.",
            "it “meritless” and “improper”",
        ),
    ],
    ids=["for-women", "for-trump", "and-improper"],
)
def test_a_quoted_characterisation_keeps_its_modifiers(text: str, content: str) -> None:
    # PolNeAR: 32 train characterisations go on past the quotation into "for ...", "who ...",
    # "and "..."", 23 stop there, each before a verb of the writer's ("and said ...")
    claims = [c for c in extract_article(text).claims if c.rule.endswith("characterisation")]
    assert [c.text for c in claims] == [content]


def test_a_participle_after_a_nouns_claim_is_the_sentence_subjects_act() -> None:
    # BBC (politics): "Tory claims" is what Mr Blair derided; "saying ..." is Blair's
    text = (
        "The premier was responding to a challenge from Tory leader Michael Howard. Mr Blair "
        'derided Tory claims they could cut £35bn in "wasteful spending" saying the party had '
        "got its sums wrong."
    )
    claims = extract_article(text).claims
    participle = next(c for c in claims if c.rule == "indirect:participle-said-clause")
    assert participle.text == "the party had got its sums wrong"
    assert participle.speaker is not None and participle.speaker.mention == "Mr Blair"


@pytest.mark.parametrize(
    ("text", "source", "claim_opening"),
    [
        # BBC tech: a poll's shares straight after the source, no comma between
        (
            "According to Pew Research 44% of searchers use just a single search engine, 48% "
            "use two or three and a small number, 7%, consult more than three sites.",
            "Pew Research",
            "44% of searchers",
        ),
        # BBC tech
        (
            "According to Ofcom there were almost four million broadband users in the UK in "
            "April 2004, and numbers are climbing fast.",
            "Ofcom",
            "there were almost four million",
        ),
    ],
    ids=["share", "there-were"],
)
def test_according_to_a_source_with_no_comma_after_it_names_the_whole_claim(
    text: str, source: str, claim_opening: str
) -> None:
    (claim,) = extract_article(text).claims
    assert claim.speaker is not None and claim.speaker.name == source
    assert claim.text.startswith(claim_opening) and claim.text.endswith(text[-12:-1])


@pytest.mark.parametrize(
    ("text", "source", "role"),
    [
        # BBC business: when the calculations were presented is no part of who made them
        (
            "On Thursday, David Graham from the FDA told the panel that there was no need. "
            "According to calculations presented to the US Senate by Dr Graham in November, "
            "Vioxx may be linked to as many as to 56,000 American deaths.",
            "David Graham",
            "Dr",
        ),
        # PolNeAR train (New York Times, 2016)
        (
            "According to a Quinnipiac poll conducted in February, some 55 percent of voters "
            "nationwide said they do not believe her.",
            "a Quinnipiac poll",
            None,
        ),
        # a month that is a name is kept
        ("According to Theresa May, the deal is done.", "Theresa May", None),
    ],
    ids=["by-dr-in-november", "conducted-in-february", "may-is-a-name"],
)
def test_when_a_source_spoke_is_no_part_of_its_name(
    text: str, source: str, role: str | None
) -> None:
    claim = next(c for c in extract_article(text).claims if c.rule.endswith("according-to"))
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role) == (source, role)


def test_according_to_a_measure_is_no_source() -> None:
    # BBC business: "according to how much business they brought" names no source
    text = (
        "Marsh steered clients to insurers according to how much business they brought to an "
        "insurer, prosecutors said."
    )
    assert not [c for c in extract_article(text).claims if c.rule.endswith("according-to")]


def test_an_adverb_before_the_time_is_no_part_of_the_source() -> None:
    # BBC business
    text = (
        "According to figures also released on Tuesday, sales in shopping malls in the week to "
        "25 December were 4.3% higher than in 2003."
    )
    (claim,) = extract_article(text).claims
    assert claim.speaker is not None and claim.speaker.name == "figures"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # ECB+ (Apple Maps review): the source vouches for the aside only
        (
            "There's also crowd-sourced traffic data (anonymously gathered, says Apple) tied into "
            "the service.",
            "anonymously gathered",
            "Apple",
        ),
        # PolNeAR train (2016): and "according to" inside the parenthesis
        (
            "Which states could trend toward Trump? Overwhelmingly white states like Iowa (93 "
            "percent of 2012 voters there in 2012 were white, according to exit polls), New "
            "Hampshire and Maine.",
            "93 percent of 2012 voters there in 2012 were white",
            "exit polls",
        ),
    ],
    ids=["says-apple", "according-to-exit-polls"],
)
def test_a_source_inside_a_parenthesis_vouches_for_the_parenthesis(
    text: str, content: str, source: str
) -> None:
    (claim,) = extract_article(text).claims
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == source


@pytest.mark.parametrize(
    "text",
    [
        # BBC entertainment: "wrote" in a row of verbs sharing one object is no writing of words
        "Scrubs star Zach Braff won the award for best first feature for Garden State, which he "
        "wrote, directed and starred in.",
        "Spacey, 45, wrote, directed and starred in the film, inspired by the life of 1950s "
        "crooner Bobby Darin.",
    ],
)
def test_a_reporting_verb_in_a_row_of_verbs_reports_nothing(text: str) -> None:
    assert extract_article(text).claims == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # PolNeAR dev (Politico, 2016): "and" with no comma before another speaker's clause
        (
            "Republicans said they're increasingly convinced the Justice Department mishandled "
            "the investigation and Democrats accused the GOP of stoking the issue.",
            "they're increasingly convinced the Justice Department mishandled the investigation",
            "Democrats",
        ),
        # BBC business: a month before "and" is no second subject
        (
            "After registering falls at the back end of 2004, Halifax said house prices rose by "
            "0.8% in January and Nationwide reported a rise of 0.4% in the first month of the "
            "year.",
            "house prices rose by 0.8% in January",
            "Nationwide",
        ),
    ],
)
def test_reported_speech_ends_before_another_speakers_and_clause(
    text: str, first: str, second: str
) -> None:
    claims = extract_article(text).claims
    assert claims[0].text == first
    assert claims[1].speaker is not None and claims[1].speaker.name == second


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (2005): "he and Bernstein" are one subject of "wrote"
        "Woodward said he turned to Felt after he and Bernstein wrote about the break-in.",
        # PolNeAR train (NYT, 2016): so are "Congress and President Obama"
        "The budget office now says the reckoning will arrive sooner, in large part because "
        "Congress and President Obama agreed late last year to extend a raft of tax cuts.",
    ],
)
def test_a_pair_joined_by_and_does_not_end_reported_speech(text: str) -> None:
    (claim,) = extract_article(text).claims
    assert claim.end >= len(text) - 2


def test_reported_words_end_before_but_and_another_speaker_after_a_quotation() -> None:
    # PolNeAR train (AP, 2016): the quotation's comma is inside its marks, so no comma stands
    # before "but"; what Trump said he answered is his, not his wife's
    text = (
        'His wife had warned him not to get too nasty in his attacks, to act "presidential," '
        'but Trump said he responded: "When you have incoming, you can\'t be too presidential."'
    )
    by_speaker = {c.speaker.name: c.text for c in extract_article(text).claims if c.speaker}
    assert (
        by_speaker["His wife"] == 'him not to get too nasty in his attacks, to act "presidential,"'
    )
    assert by_speaker["Trump"] == "When you have incoming, you can't be too presidential."


def test_a_source_after_but_and_a_quotation_has_its_own_claim() -> None:
    # ECB+ (New York Daily News): the police commissioner, then an anonymous source
    text = (
        "Raymond Kelly is the police commissioner. Kelly said an “earwitness” heard a cop yell, "
        "“What do you have in your hands?” but a source said the man was too far away to see "
        "the confrontation."
    )
    claims = extract_article(text).claims
    assert any(c.text == "the man was too far away to see the confrontation" for c in claims)
    assert not any("a source said" in c.text for c in claims)


def test_quotations_joined_by_and_stay_one_content() -> None:
    # PolNeAR train (Breitbart, 2016): two quoted words in a list, no new clause
    text = (
        "Jorge Ramos said Donald Trump gave a speech that included comparing Mexican immigrants "
        "to “criminals” and “rapists” in June."
    )
    (claim,) = extract_article(text).claims
    assert "“rapists”" in claim.text
