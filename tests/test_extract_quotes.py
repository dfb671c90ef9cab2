"""Golden tests for quotations: which words are a claim, and where exactly they are.

Passages are one or two sentences from the corpora in ../shared/corpora (named per test), or
from the product's issue text where no corpus has the pattern.
"""

from __future__ import annotations

import pytest
from extraction import claims_of

from factdb.extract import extract_article
from factdb.extract.quotes import find_quotes
from factdb.extract.sentences import paragraphs, sentences
from factdb.extract.types import Claim


def only(text: str) -> Claim:
    claims = claims_of(text)
    assert len(claims) == 1, [(c.text, c.rule) for c in claims]
    return claims[0]


# PolNeAR train (USA Today, 2016): every paragraph opens a mark, only the last one closes.
KHAN = (
    "\"They would come to me, personally close to me, and they'll say, 'Mr. Khan, you're a "
    "lawyer. Will we be thrown out of this country?'\n\n\"We go to school and our friends taunt "
    "us: 'You will be thrown out when Trump becomes president.'\"\n\nGhazala Khan says she "
    "received a nervous call."
)


def test_multi_paragraph_quote_is_one_quotation() -> None:
    quotes = find_quotes(KHAN, paragraphs(KHAN))
    assert len(quotes) == 1  # nested single marks stay inside the running quote
    running = quotes[0]
    assert running.paragraphs == 2 and running.closed
    assert KHAN[running.start : running.end].startswith("They would come")
    assert KHAN[running.start : running.end].endswith("president.'")


def test_multi_paragraph_quote_attributed_as_one_claim() -> None:
    # the same run-on structure with an attribution in the first paragraph (issue text style)
    text = (
        '"We will not stop here," the chairwoman said. "The rules apply to everyone.\n\n'
        '"Every carrier will be audited this year."'
    )
    (claim,) = claims_of(text)
    # the quote goes on after its frame in the same paragraph: one statement, one claim
    assert claim.rule == "direct:split"
    assert claim.text.startswith("We will not stop here")
    assert claim.text.endswith("audited this year.")
    assert claim.speaker is not None and claim.speaker.name == "the chairwoman"


def test_quote_after_its_frame_in_the_same_paragraph_joins_the_claim() -> None:
    # PolNeAR train (Breitbart, 2016): PolNeAR annotates both quotations as one attribution
    text = (
        "“I have not had any conversations with any campaign in almost a year,” he said in the "
        "interview with Breitbart News. “This is all me.”\n\n“We are independent,” she said."
    )
    first, second = claims_of(text)
    assert first.rule == "direct:split"
    assert first.text.endswith("This is all me.")
    assert second.text == "We are independent,"


def test_quote_after_a_long_frame_with_an_appositive_joins_the_claim() -> None:
    # PolNeAR train (Washington Post, 2015): the frame names the speaker with a long
    # appositive; PolNeAR annotates both quotations as one attribution
    text = (
        '"Facts may be undervalued or losing their value in today\'s world," said Robert Mason, '
        "a University of Washington professor who has researched the spread of false "
        'information. "If you say it loud enough or long enough, people will believe it."'
    )
    claim = only(text)
    assert claim.rule == "direct:split"
    assert claim.speaker is not None and claim.speaker.name == "Robert Mason"
    assert [text[s:e] for s, e in claim.segments] == [
        "Facts may be undervalued or losing their value in today's world",
        "If you say it loud enough or long enough, people will believe it.",
    ]


def test_quote_after_a_frame_holding_a_claim_of_its_own_joins_the_quote_before() -> None:
    # PolNeAR train (Washington Post, 2016): "noting ..." is a claim made in the frame; PolNeAR
    # annotates the two quotations as one attribution, and the second is Clark's, not unknown
    text = (
        '"That\'s the $64,000 question," Clark said, noting he would support any of the other '
        'candidates if they secured the nomination. "We\'ve developed a pretty deep bench here."'
    )
    first, noting = claims_of(text)
    assert first.rule == "direct:split"
    assert first.speaker is not None and first.speaker.name == "Clark"
    assert [text[s:e] for s, e in first.segments] == [
        "That's the $64,000 question",
        "We've developed a pretty deep bench here.",
    ]
    assert noting.cue is not None and noting.cue.text == "noting"


def test_quote_after_a_frame_naming_a_show_joins_the_claim_without_the_title() -> None:
    # PolNeAR train (The Hill, 2015): the show's name in quote marks is the writer's, no piece
    text = (
        "“Of course we’re going to release our medical records,” Sanders said during an "
        "interview on CNN’s “State of the Union” Sunday. “Thank God, I am very healthy.”"
    )
    claim = only(text)
    assert claim.rule == "direct:split"
    assert [text[s:e] for s, e in claim.segments] == [
        "Of course we’re going to release our medical records",
        "Thank God, I am very healthy.",
    ]


def test_a_show_title_with_small_words_in_lower_case_is_no_quotation_in_the_frame() -> None:
    # PolNeAR train (Politico, 2016): PolNeAR annotates both quotations as one attribution
    text = (
        '"The message is that the government should be working to try to change," Christie said '
        'on ABC\'s "This Week with George Stephanopoulos." "And Donald Trump is not going to give '
        'in to the special interests in this country, like the teachers union."'
    )
    claim = only(text)
    assert claim.rule == "direct:split"
    assert text[slice(*claim.segments[1])].startswith("And Donald Trump")


def test_a_title_in_doubled_single_marks_is_no_quotation_in_the_frame() -> None:
    # PolNeAR train (The New York Times archive style, 2016): ''Hacked World Order'' is a book
    text = (
        "''Reading between the lines, it does sound as if the F.B.I. believes a compromise of "
        "Clinton's email is more likely than not,'' said Adam Segal, the author of ''Hacked "
        "World Order,'' who studies cyber issues at the Council on Foreign Relations. "
        "''Sophisticated attackers would have known of the existence of the account.''"
    )
    claim = only(text)
    assert claim.rule == "direct:split" and len(claim.segments) == 2
    assert text[slice(*claim.segments[1])].startswith("Sophisticated attackers")


def test_quote_after_a_frame_whose_speaker_was_not_found_still_joins_it() -> None:
    # PolNeAR train (Politico, 2016): one statement in two quotations, not a second claim
    # standing alone with nobody named
    text = (
        "“This is eerily similar to the first debate in 2000,” said one longtime adviser to "
        "Bill Clinton. “Al want to deliver the knockout punch, and instead people were like, "
        "‘This guy is kind of a dick.’”"
    )
    claim = only(text)
    assert claim.rule == "direct:split" and len(claim.segments) == 2


def test_narration_quoting_only_a_title_ends_the_speakers_run() -> None:
    # PolNeAR dev (Washington Post, 2016): the quotation after 'On "Face the Nation," Sanders
    # identified ...' is Sanders's, never a continuation of Pence in the paragraph before
    text = (
        '"At the end of the day, we need to step away from efforts by Hillary Clinton and others '
        'to paint law enforcement in this country with the broad brush of racial bias," Pence '
        'said on CNN\'s "State of the Union."\n\nOn "Face the Nation," Sen. Bernie Sanders (Vt.), '
        "who lost the Democratic primaries to Clinton, identified young voters' exhaustion with "
        "bigotry as one of the reasons that they should get excited about Clinton's candidacy. "
        '"The younger people are ... more than any generation in American history, are sick and '
        'tired of discrimination and racism."'
    )
    later = [c for c in claims_of(text) if c.text.startswith("The younger people")]
    assert [c.speaker.name if c.speaker else None for c in later] == [None]


def test_quote_after_reported_speech_ending_in_quoted_words_is_its_second_piece() -> None:
    # PolNeAR train (Politico, 2016): PolNeAR annotates the clause with the quoted words and
    # the quotation after the frame as one attribution in two pieces
    text = (
        'Some of the anti-Saudi sentiments in the U.S. are "based on fundamental '
        'misunderstandings of the kingdom, but many are grounded in fact," said Jon Alterman, a '
        'Middle East analyst with the Center for Strategic and International Studies. "A long '
        'paper may go some way to contesting some of the wilder accusations."'
    )
    claim = only(text)
    assert claim.kind == "mixed" and claim.rule == "mixed:split"
    assert claim.speaker is not None and claim.speaker.name == "Jon Alterman"
    assert [text[s:e] for s, e in claim.segments] == [
        'Some of the anti-Saudi sentiments in the U.S. are "based on fundamental '
        "misunderstandings of the kingdom, but many are grounded in fact",
        "A long paper may go some way to contesting some of the wilder accusations.",
    ]


def test_reported_speech_running_past_a_frame_of_its_own_takes_no_second_piece() -> None:
    # PolNeAR dev (HuffPost, 2016): the clause of "DuVernay said" runs on past "she said"; the
    # quotation after is the second frame's, and PolNeAR keeps it apart
    text = (
        "DuVernay said she felt the 13th Amendment was worth examining because “most people "
        "don’t know about that loop-hole,” she said. “We have no context for the current moment "
        "if we don’t know where we came from.”"
    )
    last = claims_of(text)[-1]
    assert (
        last.text
        == "We have no context for the current moment if we don’t know where we came from."
    )


def test_words_before_a_colon_introducing_the_quotation_are_no_part_of_it() -> None:
    # PolNeAR train (Politico, 2016): "Clinton seemed irritated:" is the writer's
    text = "Clinton seemed irritated: “It's a public statement! Just email it,” she wrote."
    claim = only(text)
    assert claim.kind == "direct" and claim.text == "It's a public statement! Just email it,"


def test_a_quotation_after_a_connective_goes_on_with_the_speaker_before() -> None:
    # PolNeAR train (Western Journalism, 2015): 'Instead, "..."' was neither joined to Trump's
    # quotation nor kept at all; PolNeAR annotates both as one attribution
    text = (
        "“He’s supposed to be a cheerleader for this country,” Trump said. Instead, “he just "
        "acts like a defeated man.”"
    )
    claim = only(text)
    assert claim.rule == "direct:split"
    assert claim.speaker is not None and claim.speaker.name == "Trump"
    assert [text[s:e] for s, e in claim.segments] == [
        "He’s supposed to be a cheerleader for this country",
        "he just acts like a defeated man.",
    ]


def test_a_quoted_paragraph_after_the_frame_ends_the_paragraph_joins_the_claim() -> None:
    # PolNeAR train (Breitbart, 2015): PolNeAR annotates the two quoted paragraphs as one
    text = (
        "“We like a lot of the candidates, some more than the others,” Adelson said during the "
        "interview in Macau.\n\n“It’s changing every day. Out of 14 candidates, 41 percent is "
        "unheard of.”\n\nAsked what he wanted, Adelson said, “They have got to be able to win.”"
    )
    # "Asked what he wanted" is a reported question of its own (rule indirect:question)
    first, question, second = claims_of(text)
    assert question.rule == "indirect:question" and question.speaker is None
    assert first.rule == "direct:split" and first.text.endswith("41 percent is unheard of.")
    assert [text[s:e] for s, e in first.segments][0] == (
        "We like a lot of the candidates, some more than the others"
    )
    assert second.text == "They have got to be able to win."


def test_a_quoted_section_heading_never_joins_the_claim_before() -> None:
    # PolNeAR dev (The New York Times archive style): a heading set in single quotes
    text = (
        "\"I don't know what Tom Clarke's intentions are. But I am skeptical he can pull it "
        "off,\" he said.\n\n'Legend in the Coal Fields.'\n\nBankruptcy is like a chess game."
    )
    assert claims_of(text)[0].text.endswith("skeptical he can pull it off,")


def test_split_quote_is_one_claim_covering_both_parts() -> None:
    # BBC tech/074
    text = (
        '"The most popular way to pay is Cash-On-Delivery," he said, "and that\'s quite a '
        'brake to the development of e-commerce."'
    )
    claim = only(text)
    assert claim.kind == "direct" and claim.rule == "direct:split"
    assert claim.text.startswith("The most popular way")
    assert claim.text.endswith("development of e-commerce.")


def test_speaker_after_quote_with_appositive() -> None:
    # BBC business/002
    text = (
        "\"I think the chairman's taking a much more sanguine view on the current account "
        "deficit than he's taken for some time,\" said Robert Sinche, head of currency strategy "
        "at Bank of America in New York."
    )
    claim = only(text)
    assert claim.kind == "direct" and claim.rule == "direct:speaker-after"
    assert claim.speaker is not None
    assert claim.speaker.name == "Robert Sinche"
    assert claim.speaker.role == "head of currency strategy"
    assert claim.speaker.organization == "Bank of America"
    assert claim.cue is not None and claim.cue.text == "said"


def test_quote_after_colon() -> None:
    # BBC business/154
    text = (
        'Shadow chancellor Oliver Letwin said: "At best the timing of these changes is very '
        'convenient for the government."'
    )
    claim = only(text)
    assert (
        claim.text == "At best the timing of these changes is very convenient for the government."
    )
    assert claim.speaker is not None and claim.speaker.name == "Oliver Letwin"
    assert claim.speaker.role == "Shadow chancellor"


def test_short_fragment_inside_reported_speech_keeps_the_whole_clause() -> None:
    # PolNeAR train (Breitbart, 2016): "totally inappropriate" alone loses what was inappropriate
    text = (
        "On Tuesday, Senate Majority Leader Mitch McConnell said that it was “totally "
        "inappropriate” for Ginsburg to criticize Trump."
    )
    claim = only(text)
    assert (claim.kind, claim.rule, claim.text) == (
        "mixed",
        "mixed:said-that",
        "it was “totally inappropriate” for Ginsburg to criticize Trump",
    )
    assert claim.speaker is not None and claim.speaker.name == "Mitch McConnell"


def test_a_fragment_after_a_relative_clause_is_no_characterisation() -> None:
    # PolNeAR train (Politico, 2016-05-23): "seen" opens the reported clause, and the fragment
    # ends a relative clause of its object, so it characterises nothing: the clause is the claim
    text = (
        "Murphy said he has seen schools in Florida that reminded him of “a third-world "
        "country,” where teachers didn’t have supplies."
    )
    claim = only(text)
    assert (claim.kind, claim.rule) == ("mixed", "mixed:said-clause")
    assert claim.text.startswith("he has seen schools in Florida")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # BBC business: the writer's words before the fragment name nothing ("it was"), so the
        # quoted words are all the claim says
        (
            'Mr Brown said it was "winning support every day".',
            "winning support every day",
        ),
        # Korea Bizwire seed (shared/seeds): the fragment characterises the object of "observed"
        (
            "Kirby noted that the U.S. has observed this relationship “growing and deepening” "
            "over recent months.",
            "growing and deepening",
        ),
    ],
    ids=["pronoun-before-it", "characterisation"],
)
def test_fragment_that_is_the_gist_is_a_direct_partial_quote(text: str, quoted: str) -> None:
    claim = only(text)
    assert (claim.kind, claim.rule, claim.text) == ("direct", "direct:partial", quoted)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # PolNeAR train (USA Today, 2016): "can't win" alone loses who cannot
        (
            "Bush says the billionaire businessman “can’t win, plain and simple.”",
            "the billionaire businessman “can’t win, plain and simple.”",
        ),
        # BBC business: what "may be against the national interest" is the writer's words
        (
            'Trade Minister Mark Vaile has said that the bid may be "against the national '
            'interest".',
            'the bid may be "against the national interest"',
        ),
    ],
)
def test_a_fragment_after_words_naming_its_subject_keeps_the_clause(text: str, clause: str) -> None:
    claim = only(text)
    assert claim.kind == "mixed"
    assert claim.text == clause


@pytest.mark.parametrize(
    "text",
    [
        # BBC business/022: a so-called label
        'Among the new initiatives are the so-called "one-euro jobs" which top up unemployment benefit.',
        # BBC business/071: a scare quote in a sentence attributed with "according to" is
        # content of that claim, never a claim of its own
        'The film "The Aviator" opened in London on Friday.',
        "Fans call him 'The Rocket' for his speed.",
    ],
    ids=["so-called", "title-of-work", "nickname"],
)
def test_scare_quotes_titles_and_nicknames_are_not_claims(text: str) -> None:
    assert claims_of(text) == []


def test_a_title_after_a_work_noun_is_no_quotation_of_the_writer() -> None:
    # ECB+ (Mark Felt obituary): the book's title between the cue and "that"
    text = (
        "Mr Woodward wrote in his 2006 expose, “Secret Man: The Story of Watergate's Deep "
        "Throat” that “The memo was an effective cover for him.”"
    )
    assert not [c for c in claims_of(text) if c.text.startswith("Secret Man")]


def test_words_of_an_episode_after_said_of_are_a_quotation() -> None:
    # PolNeAR train (The New York Times, 2016): "of the episode" names a work noun, but the
    # quoted words are no title
    text = "Mr. Trump said of the episode, ''I don't like it,'' adding that he disapproved."
    assert [c.text for c in claims_of(text) if c.text.startswith("I don't")] == ["I don't like it,"]


def test_dash_signoff() -> None:
    # the pattern from the issue text: a quote signed off with a dash and a name
    text = '"Competition brings better service to every customer." -Commissioner Starks'
    claim = only(text)
    assert claim.rule == "direct:dash-signoff"
    assert claim.speaker is not None and claim.speaker.name == "Starks"
    assert claim.speaker.role == "Commissioner"


def test_colon_introduction_on_its_own_line() -> None:
    # the pattern from the issue text: "And from the chairwoman:" then the quote
    text = (
        "The commission approved the order 3-2.\n\nAnd from the chairwoman:\n\n"
        '"This order protects consumers and it is long overdue."'
    )
    claim = only(text)
    assert claim.rule == "direct:colon-intro"
    assert claim.speaker is not None and claim.speaker.mention == "the chairwoman"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("« Nous irons jusqu'au bout », a déclaré le ministre.", None),
        ("“Curly marks work,” she said.", "Curly marks work,"),
        ("'Single marks work too,' the spokesman said.", "Single marks work too,"),
        ('"Straight marks," he said.', "Straight marks,"),
    ],
    ids=["guillemets", "curly", "single", "straight"],
)
def test_quote_mark_styles(text: str, quoted: str | None) -> None:
    quotes = find_quotes(text, paragraphs(text))
    assert len(quotes) == 1
    if quoted is not None:
        assert text[quotes[0].start : quotes[0].end] == quoted


def test_apostrophes_are_not_quotes() -> None:
    text = "The company's profits rose and the workers' union didn't object."
    assert find_quotes(text, paragraphs(text)) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Any cooperation violates U.N. Security Council resolutions. The official said so.", 2),
        ("SEOUL, Oct. 17 (Korea Bizwire) – The ministry spoke.", 1),
        ("M. H. Lee wrote it. Sen. Ted Cruz agreed.", 2),
        ("He lives in the U.S. The company does not.", 2),
        ('"It is over. We lost," he said. Then he left.', 2),
    ],
    ids=["U.N.", "Oct.", "initials-and-Sen.", "U.S.-at-end", "inside-quote"],
)
def test_sentence_boundaries(text: str, count: int) -> None:
    quotes = find_quotes(text, paragraphs(text))
    spans = sentences(text, 0, len(text), [q.outer for q in quotes])
    assert len(spans) == count, [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    "text",
    [
        # BBC sport: "added"/"maintained" with plain objects report nothing
        "Fly-half Stephen Jones added four conversions as Wales maintained their superb start "
        "to this year's tournament.",
        # Korea Bizwire seed: "reports" as a noun, "suggesting" a participle of it
        "The ministry voiced concerns over reports suggesting North Korea has sent troops.",
    ],
    ids=["added-object", "reports-noun"],
)
def test_reporting_verbs_with_plain_objects_are_not_claims(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # PolNeAR train (Breitbart, 2016)
        (
            "“There were some of us who thought until recently you might be able to work with "
            "them,” Bozell points out.",
            "Bozell",
            "points out",
        ),
        # PolNeAR train (AP, 2016)
        ("Obama punctuated his list by saying “Too many guns are out there.”", "Obama", "saying"),
    ],
    ids=["phrase-cue", "by-saying"],
)
def test_multiword_and_participle_cues(text: str, speaker: str, cue: str) -> None:
    claim = only(text)
    assert claim.kind == "direct"
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.cue is not None and claim.cue.text == cue


def test_block_quote_after_said_colon() -> None:
    # the PolNeAR (Breitbart) pattern: a blockquote whose marks were lost with the HTML
    text = (
        "Cruz continued:\n\n"
        "You look at the questions and none of them are about the substantive issues that "
        "matter to voters.\n\nThe moderators did not respond."
    )
    claims = claims_of(text)
    assert [c.rule for c in claims] == ["direct:block-quote"]
    assert claims[0].text.startswith("You look at the questions")
    assert claims[0].speaker is not None and claims[0].speaker.name == "Cruz"


def test_stand_alone_quote_is_kept_without_a_speaker() -> None:
    # PolNeAR train (USA Today, 2016): narration between the last attribution and the quote
    claims = claims_of(KHAN)
    assert [c.rule for c in claims][0] == "direct:unattributed"
    assert claims[0].speaker is None
    assert claims[0].confidence < 0.5


def test_two_apostrophes_as_double_quote_marks() -> None:
    # PolNeAR train (The New York Times archive style)
    text = "''This was not the president's fault,'' Mr. Rhodes said."
    claim = only(text)
    assert claim.text == "This was not the president's fault,"
    assert claim.speaker is not None and claim.speaker.name == "Rhodes"


@pytest.mark.parametrize(
    ("text", "claimed", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016 headlines)
        (
            "Bernie Sanders: I'm Not Much Of A Socialist Compared To Eisenhower\n\n"
            "Sanders spoke in Iowa.",
            "I'm Not Much Of A Socialist Compared To Eisenhower",
            "Bernie Sanders",
        ),
        ("WASHINGTON: The Senate voted on Monday to end the debate.", None, None),
        ("Update: The vote was delayed until Tuesday morning.", None, None),
        # PolNeAR train (The New York Times, HuffPost): section and newsletter names
        ("Paid Notice: Deaths SIEGEL, JEROME ARTHUR", None, None),
        (
            "Monday’s Morning Email: Putin’s Potential Involvement In The DNC Email Hack",
            None,
            None,
        ),
        # PolNeAR train (AP, 2016): the AP's running-story label
        ("The Latest: Trump delivers defense of ‘New York values.’", None, None),
        # PolNeAR train (Breitbart, 2016): a title-case headline with "Says"
        (
            "Trump Says He Never Pledged To Kill Family Members Of Terrorists\n\nHe spoke.",
            "He Never Pledged To Kill Family Members Of Terrorists",
            "Trump",
        ),
        # fewer than three words after the verb: no claim to check
        ("Officials Say Nothing.", None, None),
        # PolNeAR train (Breitbart, 2016): title-case headline words before the colon, no name
        ("Clinton Wades In: Urges Britain to Remain In European Union", None, None),
        ("CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’", None, None),
        ("Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump", None, None),
        ("Revealed: What ISIS Propaganda Videos ACTUALLY Contain", None, None),
        # PolNeAR train (AP, 2016): a feature's name, with a role noun before its label
        ("News Guide: Donors flocked to Rubio super PAC, to no avail", None, None),
        ("Delegate Update: The latest count in the Democratic race", None, None),
        # written: a pun in title case holds a preposition no name holds
        ("Stealth Over Health: The Senator Was Taken to Hospital in Secret", None, None),
    ],
    ids=[
        "speaker-colon",
        "dateline-is-no-speaker",
        "label-is-no-speaker",
        "section-name-is-no-speaker",
        "newsletter-name-is-no-speaker",
        "the-latest",
        "title-case-says",
        "too-short",
        "verb-and-preposition",
        "preposition",
        "a-whole-headline",
        "teaser-label",
        "feature-name",
        "label-after-role-noun",
        "pun-with-preposition",
    ],
)
def test_headline_attribution(text: str, claimed: str | None, speaker: str | None) -> None:
    claims = [c for c in claims_of(text) if c.rule.endswith((":headline", ":speaker-colon"))]
    if claimed is None:
        assert claims == []
        return
    assert [c.text for c in claims] == [claimed]
    assert claims[0].speaker is not None and claims[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (AP, 2016): a day between the cue and a bare clause
        (
            "Obama said Tuesday his actions are consistent with the constitutional right to "
            "bear arms.",
            "his actions are consistent with the constitutional right to bear arms",
        ),
        # PolNeAR train (AP, 2016): a long adverbial of time and place before "that"
        (
            "Bush said earlier on Friday during a news conference that he may wait until "
            "February’s primaries to decide who to back.",
            "he may wait until February’s primaries to decide who to back",
        ),
        # PolNeAR train (AP, 2016): the next clause has its own speaker and cue
        (
            "Three-quarters of the voters said they were very worried about the direction of the "
            "nation’s economy, and more than 4 in 10 said billionaire Donald Trump would be best "
            "at handling the economy.",
            "they were very worried about the direction of the nation’s economy",
        ),
        # PolNeAR train (AP, 2016): a promise is reported as a to-infinitive
        (
            "The Independent Vermont senator vowed last month to take his campaign all the way "
            "to the convention.",
            "to take his campaign all the way to the convention",
        ),
        # PolNeAR train (USA Today, 2016): an adverbial opens the claim before ", X said."
        (
            "In a general election, he could win solidly conservative states, such as Texas "
            "and Oklahoma, Sabato said.",
            "In a general election, he could win solidly conservative states, such as Texas "
            "and Oklahoma",
        ),
    ],
    ids=[
        "day-before-clause",
        "adverbial-before-that",
        "next-attribution",
        "vowed-to",
        "adverbial-then-clause-before-speaker",
    ],
)
def test_reported_content_boundaries(text: str, content: str) -> None:
    assert claims_of(text)[0].text.rstrip(".") == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016): a reporting verb ends the introducing paragraph
        ("Cruz continued:\n\n“You look at the questions: are you a comic book villain?”", "Cruz"),
        # PolNeAR train (Breitbart, 2016): an adverbial before the speaker
        (
            "In a 1963 speech, Wallace declared:\n\n“Segregation now, segregation tomorrow, "
            "segregation forever.”",
            "Wallace",
        ),
    ],
    ids=["continued", "adverbial-then-declared"],
)
def test_quote_paragraph_after_a_speaker_and_colon(text: str, speaker: str) -> None:
    claim = only(text)
    assert claim.rule == "direct:colon-intro"
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.cue is not None


def test_colon_paragraph_without_a_speaker_leaves_the_quote_unattributed() -> None:
    # PolNeAR train (Breitbart, 2016): "it" introduces nothing that can be checked
    text = (
        'Wait, it gets better:\n\n"By law, the president every fiscal year sets the maximum '
        'number of refugees."'
    )
    claim = only(text)
    assert (claim.rule, claim.speaker) == ("direct:unattributed", None)


def test_short_plural_opening_speaks_but_stays_unnamed() -> None:
    # PolNeAR train (Politico, 2016): a coordinated plural with no name to check it with
    text = "Friends, lobbyists and former foes say that Trump is picking the right man for the job."
    claim = only(text)
    assert claim.text == "Trump is picking the right man for the job"
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.mention) == (
        "unknown",
        "Friends, lobbyists and former foes",
    )


def test_sentence_may_open_with_two_apostrophes() -> None:
    # PolNeAR train (The New York Times archive style): '' opens the next sentence, so the
    # narration before it is not glued to the quotation
    text = (
        "Mr. Trump left the stage. ''Time's a wasting,'' he said. ''Hopefully this time next "
        "year, nobody will want to read about Donald Trump.''"
    )
    claim = only(text)
    assert claim.rule == "direct:split"
    assert claim.text.startswith("Time's a wasting")


def test_told_never_inverts_its_addressee_into_a_speaker() -> None:
    # PolNeAR train (The New York Times archive style): after "told" comes who was told
    text = (
        "''He deserved it,'' the assailant, John McGraw, told the television program "
        "''Inside Edition'' after the confrontation."
    )
    assert all(c.speaker is None or "television" not in c.speaker.mention for c in claims_of(text))


def test_three_apostrophes_close_a_nested_quote_and_the_double_one() -> None:
    # PolNeAR train (The New York Times archive style)
    text = (
        "''I would use the word 'old-school,''' said Gregory W. Slayton, whom George W. Bush "
        "appointed."
    )
    claim = only(text)
    assert claim.text == "I would use the word 'old-school,"
    assert claim.speaker is not None and claim.speaker.mention == "Gregory W. Slayton"


def test_a_headline_label_before_a_list_of_names_is_no_claim() -> None:
    # BBC sport: a team sheet, not a statement by "Replacements"
    from factdb.extract import extract_article

    text = (
        "England: Robinson; Lewsey, Tindall, Noon, Cueto; Hodgson, Ellis; Rowntree, Thompson.\n"
        "Replacements: Fortey, Murphy, Daly, Vaili, Cole, Hay."
    )
    assert [
        c for c in extract_article(text).claims if c.rule.endswith((":headline", ":speaker-colon"))
    ] == []


def test_a_colon_introduction_ending_in_a_cue_names_the_cues_subject() -> None:
    # PolNeAR dev (Breitbart, 2016): the speaker is the Times, not "New York Times reports"
    text = (
        "The New York Times reports:\n\n"
        '"In an illustration of the lack of enthusiasm for her campaign, fewer than a quarter '
        'of her donors gave $200 or less."'
    )
    (claim,) = claims_of(text)
    assert claim.rule == "direct:colon-intro"
    assert claim.speaker is not None and claim.speaker.name == "New York Times"


def test_a_colon_introduction_without_a_verb_names_nobody() -> None:
    # PolNeAR dev (Breitbart, 2016): "Partial transcript as follows:" has no speaker
    text = (
        "Partial transcript as follows:\n\n"
        '"WALLACE: Let\'s start with breaking news about the debate and the invitation."'
    )
    (claim,) = claims_of(text)
    assert claim.speaker is None or claim.speaker.name != "Partial"


def test_a_split_quote_in_two_apostrophe_marks_keeps_its_pieces() -> None:
    # PolNeAR train (The New York Times, 2016): the first piece opens two characters before its
    # words, and was left out of the pieces, so the frame counted as said words
    text = (
        "''Folks recognize that we have time,'' Mr. Coleman said, ''but not a lot of time to "
        "right this course and rally around somebody who can win this.''"
    )
    claim = only(text)
    assert claim.rule == "direct:split"
    assert [text[s:e] for s, e in claim.segments] == [
        "Folks recognize that we have time",
        "but not a lot of time to right this course and rally around somebody who can win this.",
    ]


def test_dash_signoff_with_a_horizontal_bar() -> None:
    # PolNeAR dev (HuffPost, 2016): readers' answers signed off with "―" (U+2015) right after
    # the closing mark; a name no pattern found, so the quotation was lost
    text = (
        "“Trump must stop portraying Latinos as dangerous gangsters when most of us are "
        "hard-working, tax-paying, successful entrepreneurs, unlike him.”― Carla Sanchez."
    )
    claim = only(text)
    assert claim.rule == "direct:dash-signoff"
    assert claim.speaker is not None and claim.speaker.name == "Carla Sanchez"


def test_said_words_with_no_speaker_found_are_kept_without_one() -> None:
    # PolNeAR train: the cue before the quotation, its subject a pronoun nobody before it
    # resolves; the words are kept, the speaker is not guessed
    text = (
        "When he returned he began by saying, “I don’t think that it’s nec- essary for "
        "Mr. D’Souza to go to jail.”"
    )
    claims = [c for c in claims_of(text) if c.kind == "direct"]
    assert len(claims) == 1, [(c.text, c.rule) for c in claims]
    claim = claims[0]
    assert claim.rule == "direct:speaker-unfound"
    assert claim.speaker is None
    assert claim.cue is not None and claim.cue.text == "saying"


def test_a_speaker_behind_a_long_aside_before_said() -> None:
    # PolNeAR train (Wash. Post, 2016): the subject far back, behind a participle aside
    text = (
        "But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said, "
        '"Let me tell you, he\'s got a heck of an email list."'
    )
    (claim,) = claims_of(text)
    assert claim.rule == "direct:name-aside"
    assert claim.speaker is not None and claim.speaker.name == "Richard J. Durbin"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # PolNeAR dev (Politico, 2016): "one Democratic source on the panel" is no phrase the
        # speaker patterns take; the words after the verb up to "on" name the source
        (
            "“Republicans are in a frenzy that is disorganized, frenetic, and lurching from "
            "point to disjointed point with no actual substantive goal or plan,” said one "
            "Democratic source on the panel.",
            "one Democratic source",
        ),
        # PolNeAR train (NYT, 2016): the title's dot does not end the name
        (
            "''It's not a campaign anymore, it's a movement,'' said the younger Mr. Trump, "
            "surrounded by his three adult children.",
            "Trump",
        ),
    ],
    ids=["anonymous-source", "title-dot"],
)
def test_said_words_keep_the_speaker_words_beside_their_cue(text: str, speaker: str) -> None:
    claims = [c for c in claims_of(text) if c.kind == "direct"]
    assert len(claims) == 1, [(c.text, c.rule) for c in claims]
    claim = claims[0]
    assert claim.rule == "direct:cue-beside"
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Wash. Post, 2016): a quoted fragment inside the writer's own clause
        'Despite his "admittedly brash on-line personality," public defender Shannon S. Quill '
        "wrote, Lazar is actually a devoted father.",
        # PolNeAR train (NYT, 2016): a book title set off by a comma is no said words
        "According to ''The Trumps: Three Generations That Built an Empire,'' by Gwenda Blair, "
        "Donald told his roommate that Freddy's decision had cleared a path for him.",
    ],
    ids=["fragment", "title"],
)
def test_a_quoted_fragment_beside_a_cue_is_not_said_words_on_its_own(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule == "direct:speaker-unfound"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # PolNeAR train (Wash. Post, 2015): a hearing transcript's speaker labels
        (
            'Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that '
            'figure."',
            "Trey Gowdy",
        ),
        # PolNeAR train (HuffPost, 2016): a digest item, its heading, a dash and its author
        (
            "RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: “Gallup’s "
            "analysis of political party affiliation at the state level in 2015 finds that 20 "
            "states are solidly Republican.”",
            "Jeffrey M. Jones",
        ),
    ],
    ids=["transcript", "digest"],
)
def test_a_name_and_a_colon_before_a_quotation_is_its_speaker(text: str, speaker: str) -> None:
    claim = only(text)
    assert claim.rule == "direct:name-colon"
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (USA Today, 2015): a clause ends at the colon, no speaker label
        'Reagan spoke of it in his famous demand in Berlin in 1987: "Mr. Gorbachev, tear down '
        'this wall!"',
        # PolNeAR train (Breitbart, 2016): a headline with a verb before the colon
        "Trump Addresses Munich Attack: ‘This Cannot Continue.’",
    ],
    ids=["clause", "headline-verb"],
)
def test_words_before_a_colon_that_are_no_name_give_no_name_colon_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule == "direct:name-colon"]


def test_a_quoted_transcript_gives_each_turn_its_speaker() -> None:
    # PolNeAR dev (Breitbart, 2016): the whole transcript is quoted, each turn opening a mark;
    # it was one quotation nobody was named for
    text = (
        "Partial transcript as follows:\n\n"
        '"WALLACE: Let’s start with breaking news on the debate story. Why would Trump do that?'
        "\n\n"
        '"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.”'
        " But this is America, Chris.\n\n"
        '"WALLACE: If I may, sir, because we’ve got limited time."'
    )
    claims = claims_of(text)
    assert [(c.rule, c.speaker.name if c.speaker else None) for c in claims] == [
        ("direct:transcript", "WALLACE"),
        ("direct:transcript", "PENCE"),
        ("direct:transcript", "WALLACE"),
    ]
    assert claims[1].text.startswith("Well, look,") and claims[1].text.endswith("America, Chris.")
    assert claims[2].text == "If I may, sir, because we’ve got limited time."
    assert {c.speaker.kind for c in claims if c.speaker} == {"person"}  # not acronyms


def test_a_quotation_with_no_speaker_found_ends_the_previous_speakers_run() -> None:
    # ECB+ (ecbplus:41_6ecb): "disagreed with" is no reporting verb, but its colon frame
    # names Mr Gunness; the next quotation is his too (the same claim), never the ambassador's
    text = (
        "The Israeli ambassador to the EU told this website: “Everything is being done and "
        "will be done to avoid a humanitarian crisis.” The UN's Mr Gunness disagreed with the "
        "minister: “There is a humanitarian crisis already, so she's not managed to avoid one.” "
        "“It's impossible to do our jobs. The reason we had to cancel food distribution today "
        "is because our trucking contractor had two relatives killed.”"
    )
    claims = extract_article(text).claims
    last = next(c for c in claims if "It's impossible" in c.text)
    assert last.speaker is None or last.speaker.name in ("unknown", "Gunness")


def test_a_mark_after_a_sentence_end_opens_the_next_quotation_of_a_run() -> None:
    # BBC politics/276: paragraphs run together, each opening a mark and only the last closing
    text = (
        'Mr Bannatyne said: "Disunity in the Cabinet has a corrosive effect on the country. '
        '"Gordon Brown is a great chancellor who has delivered a stable economy." The '
        "businessman also voiced concern about Iraq.\n"
        '"The people there need practical help not just pledges of money," he said.'
    )
    claims = extract_article(text).claims
    assert [(c.text.split()[0], c.speaker.name if c.speaker else None) for c in claims] == [
        ("Disunity", "Bannatyne"),
        ("The", "Bannatyne"),  # "Gordon Brown" was narration between him and "he"
    ]
    assert claims[0].segments[-1] == (text.index("Gordon"), text.index('."') + 1)


def test_a_short_frame_between_two_quotations_ends_an_unclosed_one() -> None:
    # BBC politics/100: the first quotation is never closed before "He added:"
    text = (
        "Martin Mubanga said: \"I've lost three years of my life, because I was a Muslim. He "
        'added: "The authorities wanted to break me but they strengthened me." He left.'
    )
    claims = extract_article(text).claims
    assert [(c.text, c.speaker.name if c.speaker else None) for c in claims] == [
        ("I've lost three years of my life, because I was a Muslim.", "Martin Mubanga"),
        ("The authorities wanted to break me but they strengthened me.", "Martin Mubanga"),
    ]


def test_a_curly_opener_after_a_sentence_end_opens_the_next_quotation() -> None:
    # ECB+ 43_1ecb: '... to choose, “Meyer says' closes with an opening mark, so the quotation
    # ran on through the narration into Coburn's and Coburn was given Meyer's words
    text = (
        "“Customers want to get better mobile offerings, but they want to know that we're "
        "still going to offer them the ability to choose, “Meyer says. Still, not everyone's "
        "sold. Pip Coburn, founder of tech advisory firm Coburn Ventures, notes AMD has pinned "
        "its success on a range of variables. “I don't want six reasons,” Coburn says, “I want "
        "two reasons, two good reasons.”"
    )
    # (the closer typed as “ before "Meyer says" now closes Meyer's quotation, so "Coburn" is
    # resolved to the name given in full before it)
    coburn = [
        c for c in extract_article(text).claims if c.speaker and c.speaker.name == "Pip Coburn"
    ]
    assert [c.quote for c in coburn] == [
        "I don't want six reasons … I want two reasons, two good reasons."
    ]


def test_an_opener_typed_for_a_closer_gives_no_quotation_to_the_announcer() -> None:
    # ECB+ 9_3ecb: the environmental groups' '“midnight rules “set to ...' never closes; it
    # ran on to Janette Brimmer's quotation, which went to Dirk Kempthorne
    text = (
        "Interior Secretary Dirk Kempthorne announced major changes Thursday to the Endangered "
        "Species Act, causing environmental groups to charge that the “midnight rules “set to "
        "go into effect before President-elect Barack Obama takes office are intended to "
        "eviscerate the nation's premier wildlife-protection law. The regulations eliminate a "
        "requirement that federal agencies seek review by government scientists. “The Bush "
        "administration is using this to go after our most imperiled wildlife and kick them "
        "when they are down,” said Janette Brimmer, an attorney with Earthjustice."
    )
    brimmer = [c for c in extract_article(text).claims if "imperiled wildlife" in c.quote]
    assert [c.speaker.name if c.speaker else None for c in brimmer] == ["Janette Brimmer"]


def test_a_quotation_right_after_reported_speech_goes_on_with_its_speaker() -> None:
    # BBC tech: what Mr Herren says, then his words
    text = (
        "Currently the project is operating in an area where there is mains electricity. But "
        'Mr Herren says EduVision already has plans to extend it to more remote regions. "We '
        'plan to put a solar panel at the school with the base station."'
    )
    claim = next(c for c in extract_article(text).claims if c.text.startswith("We plan"))
    assert claim.speaker is not None and claim.speaker.name == "Herren"
    assert claim.rule == "direct:continuation"


def test_a_quotation_after_narration_following_reported_speech_stays_unattributed() -> None:
    # the same, with a sentence of narration between: the quotation may be anyone's
    text = (
        "Mr Herren says EduVision already has plans to extend it to more remote regions. The "
        'slates cost $100 each. "We plan to put a solar panel at the school with the base '
        'station."'
    )
    claim = next(c for c in extract_article(text).claims if c.text.startswith("We plan"))
    assert claim.speaker is None or claim.speaker.name != "Herren"


# PolNeAR dev (HuffPost, 2016): readers' comments signed with a dash, one of them opened with
# a closing mark typed for the opener.
SIGNED_WITH_A_CLOSER = (
    "Getty/Instagram.\n\n”Mr. Trump embodies the lasting legacy of racism in the United "
    "States. He represents our greatest shame.” ― Sonya Herridge\n“During the debate Trump "
    "said Hispanics live in hell.”― Pamela Padilla\n"
)


def test_a_paragraph_opening_with_a_closing_mark_opens_a_quotation() -> None:
    claims = claims_of(SIGNED_WITH_A_CLOSER)
    by_speaker = {c.speaker.name: c.text for c in claims if c.speaker is not None}
    assert by_speaker["Sonya Herridge"].startswith("Mr. Trump embodies")
    assert by_speaker["Sonya Herridge"].endswith("greatest shame.")
    assert by_speaker["Pamela Padilla"].startswith("During the debate")


# PolNeAR train (2016): the second half of a split quotation joined by "and" or "but".
JOINED_HALVES = (
    'Clinton said her approach is to "distrust and verify." "This deal must come with '
    'vigorous enforcement," she said, and "clear consequences for any violations."'
)


def test_a_split_quotation_joined_by_a_conjunction_is_one_claim_in_two_pieces() -> None:
    claim = next(c for c in claims_of(JOINED_HALVES) if "vigorous" in c.text)
    assert claim.speaker is not None and claim.speaker.name == "Clinton"
    assert [JOINED_HALVES[s:e] for s, e in claim.segments] == [
        "This deal must come with vigorous enforcement",
        "clear consequences for any violations.",
    ]


def test_a_sentence_ending_in_a_decimal_number_ends_there() -> None:
    # BBC business: "$1.30." is no abbreviation like "U.S.": the next sentence, and its own
    # speaker, start after it
    text = (
        '"No end is in sight," said Carsten Fritsch, a strategist at Commerzbank. "It is only a '
        'matter of time until the euro reaches $1.30." Some analysts maintain the US is '
        "secretly happy with a lower dollar."
    )
    assert [text[s:e].split()[-1] for s, e in sentences(text, 0, len(text))] == [
        "Commerzbank.",
        '$1.30."',
        "dollar.",
    ]
    by_text = {c.text[-8:]: c for c in claims_of(text)}
    assert by_text["s $1.30."].speaker.name == "Carsten Fritsch"
    assert by_text["r dollar"].speaker.name == "Some analysts"


def test_the_object_after_a_quotation_is_no_speaker_when_a_comma_parts_it_from_the_cue() -> None:
    # ECB+ (2009): "the plan" is what the quoted words set aside; the speaker follows "said"
    text = (
        '"To establish an orderly process, we need to set aside" the plan, said new Interior '
        "Secretary Ken Salazar who extended the public comment period."
    )
    assert all(c.speaker is None or c.speaker.name != "the plan" for c in claims_of(text))


def test_a_quotation_right_after_the_cue_is_what_was_said_not_the_clause_before() -> None:
    # PolNeAR train (Breitbart, 2016-03-01): the clause before the comma is the writer's
    text = (
        "Some in the crowd booed, and when Rubio thanked Miami and said it was great to be home, "
        "a man yelled “Stay there!”"
    )
    claims = [c for c in extract_article(text).claims if c.speaker and c.speaker.name == "a man"]
    assert [(c.rule, c.text) for c in claims] == [("direct:speaker-before", "Stay there!")]


def test_an_object_and_its_infinitive_after_the_cue_is_no_adverbial_tail() -> None:
    # ECB+ 2_2ecbplus: what the Academy asked is her to host again, not the clause before
    text = (
        "Ellen DeGeneres was so nice as an Oscars host the first time, the Academy has asked her "
        "to do it twice."
    )
    (claim,) = extract_article(text).claims
    assert (claim.rule, claim.text) == ("indirect:call", "her to do it twice")


def test_a_verbless_lead_in_before_the_speaker_is_no_claim_the_quotation_after_is() -> None:
    # BBC sport/501: "A junior Wimbledon finalist last year" describes her; her words follow
    text = (
        'Ivanovic said: "I was really nervous in the beginning." A junior Wimbledon finalist last '
        'year, she added: "It\'s my first WTA title, and to win it has given me more energy."'
    )
    claims = extract_article(text).claims
    assert not [c for c in claims if c.text.startswith("A junior Wimbledon")]
    (added,) = [c for c in claims if c.text.startswith("It's my first WTA title")]
    assert added.speaker is not None and added.speaker.name == "Ivanovic"


def test_a_quotation_after_a_sentence_about_a_speaker_is_theirs() -> None:
    # BBC (politics): the belief, then the words that say it again
    text = (
        "Mr MacDonald said detainees could be deported. But Mr MacDonald believes that "
        'detainees currently being held should be entitled to a trial by jury. "My own view is '
        'we need to have a full return to trial by jury, a proper criminal trial."'
    )
    claim = next(c for c in claims_of(text) if c.text.startswith("My own view"))
    assert claim.rule == "direct:previous-subject"
    assert claim.speaker is not None and claim.speaker.name == "MacDonald"


@pytest.mark.parametrize(
    "text",
    [
        # BBC (entertainment): Bob Marley is the subject, never a speaker; the words are another's
        "It was always a struggle for him to connect with Black America. But Bob in the 1990s "
        'became one of the great icons in America and the Third World. "In 1991, ten years '
        'after his death, he sold more records than at any time during his life."',
        # BBC (entertainment): two people in the sentence before
        "Foxx said he was honoured to be nominated. Best actor Foxx could not make the "
        "ceremony, but actress Helen Mirren read out his acceptance speech. \"I'm honoured and "
        "proud to receive this Bafta. I'd like to thank the late Ray Charles himself.\"",
        # PolNeAR train (Washington Post, 2016): the speaker is named after the quotation
        "“People are bullied when they’re 55,” Trump said. Kelly said it can happen at 45. She "
        "is 45. “You know, it happens, right?” Trump went on, as if he didn’t hear her.",
    ],
    ids=["subject-never-spoke", "two-people", "speaker-after"],
)
def test_a_quotation_after_a_sentence_is_not_given_to_its_subject(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule == "direct:previous-subject"]


def test_a_quotation_opening_with_an_editors_parenthesis_opens_a_sentence() -> None:
    # ECB+: "(Orozco)" stands for the "he" the judge said; the sentence before ends at "jury."
    text = (
        'Hickok spoke to the jury. "(Orozco) arranged to have witnesses, including those two '
        'very young girls, killed so that they would not testify," Hickok said.'
    )
    claims = claims_of(text)
    assert [(c.kind, c.text) for c in claims] == [
        (
            "direct",
            "(Orozco) arranged to have witnesses, including those two very young girls, killed "
            "so that they would not testify,",
        )
    ]


def test_a_quotation_after_a_colon_running_over_paragraphs_is_one_direct_claim() -> None:
    # BBC tech: each paragraph opens a mark, only the last closes; the first sentence alone
    # had cut the quotation at its paragraph's end and kept it as the writer's words
    text = (
        'Brian McBride, managing director of T-Mobile in the UK, said: "We see a growing '
        "trend for business users needing to access e-mail securely on the move.\n"
        '"We are able to offer this by maintaining a constant data session for the entire '
        'journey." He said this was something other services did not offer yet.'
    )
    claims = claims_of(text)
    quote = claims[0]
    assert (quote.kind, quote.rule) == ("direct", "direct:speaker-before")
    assert quote.text.startswith("We see a growing trend")
    assert quote.text.endswith("for the entire journey.")
    assert quote.speaker is not None and quote.speaker.name == "Brian McBride"
