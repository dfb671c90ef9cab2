"""Golden tests for the core speech verbs ("said", "told", "says") in shapes the engine missed:
a subject set off from its cue by a dashed aside after an opener or with its role before the
name, a quotation opened after a no-break space, ...

Passages are one or two sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl)
and BBC News (../shared/corpora/bbc/bbc.jsonl), named per case.
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
    ("text", "content", "name"),
    [
        # PolNeAR train (West Journal, 2016-05-14): a time opener before the subject
        (
            "On Friday, Gingrich — mentioned by Newsmax as the leading choice for Republican "
            "presidential nominee Donald Trump’s running mate — told Bill O’Reilly of Fox News, "
            "that “you have to look at it very seriously, of course.”",
            "you have to look at it very seriously",
            "Gingrich",
        ),
        # PolNeAR train (HuffPost, 2016-02-02): a participle opener before the subject
        (
            "Reached by phone on Tuesday, Joyce — who is listed as an attorney in Illinois but "
            "doesn’t actively practice law — told The Huffington Post he’s not planning an appeal "
            "of the board’s determination due to lack of resources.",
            "he’s not planning an appeal",
            "Joyce",
        ),
        # BBC News (business, 2004-05): a prepositional opener before the subject
        (
            "Of the immediate payment, the firm - China's biggest jet fuel supplier - said it "
            "would be paying $30m out of its own resources.",
            "it would be paying $30m",
            "firm",
        ),
        # PolNeAR train (Washington Post, 2015-11-15): a party and a role before the name
        (
            'GOP front-runner Donald Trump - who previously said he would "bomb the [expletive] '
            'out of" oil fields seized by the Islamic State - said at a Saturday rally in Texas '
            "that the United States should also close its borders to Syrian refugees because "
            "they pose a security risk.",
            "the United States should also close its borders",
            "Donald Trump",
        ),
    ],
)
def test_a_subject_before_a_dashed_aside_speaks(text: str, content: str, name: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule.endswith(":dash-aside")
    assert claim.speaker is not None and claim.speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        # guard: a verb before the name makes the name an object, not the subject
        "Trump beat Clinton — who had led in the polls for months — said the paper's editor.",
        # guard: a clause of its own before the comma is no opener
        "Clinton won, and Sanders — who had hoped for an upset — said nothing at all.",
    ],
)
def test_an_object_before_a_dashed_aside_does_not_speak(text: str) -> None:
    for claim in extract_article(text).claims:
        assert claim.speaker is None or claim.speaker.name not in ("Clinton", "Sanders"), (
            claim.text,
            claim.rule,
        )


def test_a_quotation_after_a_no_break_space_goes_on_with_its_speaker() -> None:
    # PolNeAR train (HuffPost, 2016-02-07): a no-break space before the second quotation's mark
    text = (
        "When the moderator pointed out that Trump hadn't answered the question, the candidate "
        'said families of people killed by police file lawsuits. \n"They sue," he said.'
        '\u00a0"Everybody sues, right?"'
    )
    claim = claim_for(text, "They sue")
    assert claim.kind == "direct"
    assert [text[s:e] for s, e in claim.segments] == ["They sue", "Everybody sues, right?"]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (Washington Post, 2015-12-28): a subject no name pattern reads
        (
            "China's state-owned investment giant CITIC runs an oil field and an asphalt "
            "factory in Kazakhstan and says it has established a $110 billion fund to invest in "
            "Silk Road projects.",
            "it has established a $110 billion fund",
            "China's state-owned investment giant CITIC",
        ),
        # BBC News (tech, 2004-05): a document and its maker as the subject
        (
            "A statement by Symbian played down the significance of the malicious program and "
            "said few people would fall victim to it as users have to go through several steps "
            "to install it.",
            "few people would fall victim",
            "A statement by Symbian",
        ),
    ],
)
def test_a_second_verb_after_and_shares_the_opening_subject(
    text: str, content: str, mention: str
) -> None:
    claim = claim_for(text, content)
    assert claim.speaker is not None and claim.speaker.mention == mention


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (27_7ecb): a thing, not a speaker, opens the sentence
        "The update is something of an unusual move for Microsoft and underscores the "
        "seriousness of the zero day flaw.",
        # guard: a subordinate clause with its own subject stands between
        "Some in the crowd booed, and when Rubio thanked Miami and said it was great to be "
        "home, the crowd cheered.",
    ],
)
def test_a_second_verb_after_another_clause_is_not_the_opening_subjects(text: str) -> None:
    for claim in extract_article(text).claims:
        assert claim.speaker is None or claim.speaker.mention not in (
            "The update",
            "Some in the crowd",
        ), (claim.text, claim.rule)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # BBC News (politics, 2004-05): a lower-case role before the name
        (
            "UK firms are embracing internet trading opportunities as never before, e-commerce "
            "minister Mike O'Brien says.",
            "UK firms are embracing",
            "Mike O'Brien",
        ),
        # BBC News (business, 2004-05): the role's words opening the phrase
        (
            'The increase "was due primarily to the onstart of winter", labour office chief '
            "Frank-Juergen Weise said.",
            "The increase",
            "Frank-Juergen Weise",
        ),
        # BBC News (entertainment, 2004-05)
        (
            'Snow Patrol had "no other course of action" but to ask their co-founder and '
            "bassist to leave the band, lead singer Gary Lightbody has said.",
            "Snow Patrol had",
            "Gary Lightbody",
        ),
    ],
)
def test_a_speaker_after_the_claim_keeps_its_lower_case_role(
    text: str, content: str, name: str
) -> None:
    claim = claim_for(text, content)
    assert claim.rule.endswith(":speaker-after")
    assert claim.speaker is not None and claim.speaker.name == name


def test_a_noun_after_a_singular_determiner_is_no_cue() -> None:
    # BBC News (business, 2004-05): "an official report says", not "an official" reporting
    text = (
        "More than 3,000 people were killed for political reasons under Gen Pinochet's regime, "
        "an official report says."
    )
    claim = claim_for(text, "More than 3,000 people")
    assert claim.cue is not None and claim.cue.text == "says"
    assert claim.speaker is not None and claim.speaker.mention == "an official report"


def test_a_lower_case_word_before_a_name_without_a_role_is_no_speaker() -> None:
    # guard: "..., a word Trump then repeated" names no speaker for the words before
    text = "Title.\n\nThe crowd chanted “lock her up”, a phrase Trump then repeated."
    for claim in extract_article(text).claims:
        assert claim.speaker is None or "phrase" not in claim.speaker.mention, claim.rule


def test_a_speaker_after_a_reported_request_speaks_for_it_whole() -> None:
    # BBC News (business, 2004-05): the creditors' request is what KDB said; both are kept
    text = (
        "Title.\n\nThe creditors have asked the government to mediate to avoid any risk to the "
        "stability of financial markets, KDB said."
    )
    outer = claim_for(text, "The creditors have asked")
    assert outer.speaker is not None and outer.speaker.name == "KDB"
    inner = claim_for(text, "the government to mediate")
    assert inner.speaker is not None and inner.speaker.mention == "The creditors"


def test_a_report_before_a_comma_is_not_the_next_speakers() -> None:
    # guard, PolNeAR train (USA Today, 2015-11-20): the media's report opens the sentence; the
    # president after the comma reiterated a request, he did not say the words before it
    text = (
        "Turkish media reported that during Obama's visit to Turkey this week, President Recep "
        "Tayyip Erdogan reiterated his request that the United States extradite Gulen."
    )
    for claim in extract_article(text).claims:
        assert not claim.text.startswith("Turkish media"), (claim.speaker, claim.rule)


@pytest.mark.parametrize(
    ("text", "content", "name", "role"),
    [
        # BBC News (politics, 2004-05): a role outside the lexicons' words before the name
        (
            "More money is to be given to councils to develop official caravan parks, said "
            "housing minister Yvette Cooper.",
            "More money is to be given",
            "Yvette Cooper",
            "housing minister",
        ),
        # ECB+ (26_7ecbplus)
        (
            "The cause of death was unknown, but Gigante had been suffering from heart disease, "
            "said prison spokesman Al Quintero.",
            "The cause of death was unknown",
            "Al Quintero",
            "prison spokesman",
        ),
    ],
)
def test_an_inverted_speaker_keeps_a_lower_case_role(
    text: str, content: str, name: str, role: str
) -> None:
    claim = claim_for(text, content)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role) == (name, role)


def test_an_adjective_after_an_inverted_speaker_is_no_apposition() -> None:
    # ECB+ (13_8ecbplus): "ready to move ... out of harm's way" describes what he did, no
    # organisation of his
    text = (
        "A Crowley employee was at the office within minutes, said terminal manager Jasper "
        "Hall, ready to move the fuel delivery trucks out of harm's way."
    )
    claim = claim_for(text, "A Crowley employee")
    assert claim.speaker is not None and claim.speaker.name == "Jasper Hall"
    assert claim.speaker.organization is None


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # ECB+ (41_8ecb): a count opening the claim is its subject, not an adverbial
        (
            "At least five rockets fired from Gaza landed in Israel today, including one that "
            "hit the town of Gadera, 17 miles from Tel Aviv, police said.",
            "At least five rockets",
            "police",
        ),
        # ECB+ (37_14ecbplus)
        (
            "Bensu Elianita spoke to reporters. At least two homes were totally flattened, she "
            "said, adding that the quake also caused a blackout in the village.",
            "At least two homes",
            "she",
        ),
    ],
)
def test_a_claim_opening_with_a_count_before_its_speaker(
    text: str, content: str, mention: str
) -> None:
    claim = claim_for(text, content)
    assert claim.rule.endswith(":speaker-after")
    assert claim.speaker is not None and claim.speaker.mention == mention


def test_an_opening_adverbial_of_at_least_is_no_claim() -> None:
    # guard: "At least for now" is an adverbial, and alone before the speaker says nothing
    text = "Title.\n\nAt least for now, she said."
    assert extract_article(text).claims == []


def test_a_reported_clause_whose_verb_is_quoted() -> None:
    # BBC News (politics, 2004-05): the clause's verb is inside the quotation marks
    text = (
        "Meanwhile, Conservative shadow foreign secretary Michael Ancram said the referendum "
        'question "seems straightforward".'
    )
    claim = claim_for(text, "the referendum question")
    assert claim.kind == "mixed"
    assert claim.speaker is not None and claim.speaker.name == "Michael Ancram"


def test_a_quoted_noun_after_a_cue_is_no_clause() -> None:
    # guard: the quotation names a thing, no verb inside it or out
    text = 'Title.\n\nThe minister said the "Brexit dividend" twice in one speech.'
    for claim in extract_article(text).claims:
        assert not claim.text.startswith('the "Brexit dividend"'), claim.rule


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # PolNeAR train (USA Today, 2016-02-05): the speaker of the sentence's quotation, then an
        # aside of age and place before the relative
        (
            "\"I have never voted in a primary, but I'm going to vote in this primary for "
            'Bernie," said Nicky Driscoll, 24,  from Manchester, who said Sanders is best '
            "suited to get corporate money out of government.",
            "Sanders is best suited",
            "Nicky Driscoll",
        ),
        # PolNeAR train (Washington Post, 2016-01-31): an appositive between the name and "who"
        (
            "Clinton's position was supported Friday by Sen. Dianne Feinstein of California, "
            "the ranking Democrat on the Senate Intelligence Committee, who said none of the "
            "emails in question originated with Clinton.",
            "none of the emails",
            "Dianne Feinstein",
        ),
    ],
)
def test_a_relative_set_off_by_a_comma_names_its_antecedent(
    text: str, content: str, name: str
) -> None:
    claim = claim_for(text, content)
    assert claim.rule.endswith(":relative-who")
    assert claim.speaker is not None and claim.speaker.name == name


def test_a_name_inside_a_description_is_no_antecedent() -> None:
    # guard: the committee is where the head sits, not who said it
    text = (
        "Title.\n\nThe deal was criticised by the head of the Senate Intelligence Committee, who "
        "said it was weak."
    )
    for claim in extract_article(text).claims:
        assert claim.speaker is None or "Committee" not in claim.speaker.name, claim.rule
        assert claim.speaker is None or claim.speaker.name.lower() != "who", claim.rule


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # BBC News (politics, 2004-05): a channel's number in the programme's name
        (
            "Lord Falconer told BBC Radio 4's Today programme he hoped voluntary mediation could "
            "help solve disputes before they reached court.",
            "he hoped voluntary mediation",
        ),
        # BBC News (politics, 2004-05): a programme named with "at"
        (
            "Asked on Thursday about Mr Smith's position Mr Johnson told BBC Radio 4's World at "
            'One he thought it was a "non-story".',
            "he thought it was",
        ),
    ],
)
def test_a_programme_told_is_not_what_was_said(text: str, content: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule.endswith(":said-clause")


def test_a_capitalised_subject_after_a_told_news_agency_stays_in_the_claim() -> None:
    # BBC News (business, 2004-05): "Contrack's withdrawal" is the clause's subject
    text = (
        "Lt Col Eric Schnaible of the PCO told the Associated Press news agency Contrack's "
        'withdrawal from the transportation contract was a "mutually agreed-to separation".'
    )
    claim_for(text, "Contrack's withdrawal")


def test_that_after_a_contracted_clause_belongs_to_the_claim() -> None:
    # PolNeAR train (Breitbart, 2016-04-14): "it’s unrealistic to think that ..." is all said
    text = (
        "Ryan said it’s unrealistic to think that if the U.S. pulls back, “our oceans are going "
        "to save us.”"
    )
    claim = claim_for(text, "it’s unrealistic to think")
    assert claim.speaker is not None and claim.speaker.name == "Ryan"


def test_that_after_an_addressee_opens_the_claim() -> None:
    # guard: "told reporters that": the addressee is no part of what was said
    text = "Title.\n\nThe minister told reporters that the plan had failed."
    claim_for(text, "the plan had failed")


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # BBC News (politics, 2004-05): an adjective opening the claim's subject
        (
            "Divorced parents seeking access to their children are often disadvantaged by the "
            "legal system, MPs have said.",
            "Divorced parents seeking access",
            "MPs",
        ),
        # BBC News (entertainment, 2004-05): a hyphenated role before the name
        (
            "The sixth and final Star Wars movie may not be suitable for young children, "
            "film-maker George Lucas has said.",
            "The sixth and final Star Wars movie",
            "film-maker George Lucas",
        ),
    ],
)
def test_more_claims_before_their_speaker(text: str, content: str, mention: str) -> None:
    claim = claim_for(text, content)
    assert claim.speaker is not None and claim.speaker.mention == mention


def test_a_plural_cue_word_before_an_auxiliary_is_the_subjects_noun() -> None:
    # BBC News (business, 2004-05): "Press reports have speculated": the reports speak
    text = (
        "Press reports have speculated that Fiat may be willing to accept a cash payment in "
        "return for dropping its claim."
    )
    claim = claim_for(text, "Fiat may be willing")
    assert claim.speaker is not None and claim.speaker.mention == "Press reports"


def test_a_cue_after_a_name_in_a_relative_stays_a_verb() -> None:
    # BBC News (business, 2004-05): "which Yukos claims was illegally sold": Yukos claims it
    text = (
        "The court ruling is a blow to efforts to get damages for the sale of Yugansk, which "
        "Yukos claims was illegally sold."
    )
    claim = claim_for(text, "was illegally sold")
    assert claim.speaker is not None and claim.speaker.name == "Yukos"


def test_a_month_may_be_the_claims_subject() -> None:
    # BBC News (business, 2004-05): "November saw ...": the month is no time opener here
    text = (
        "November saw an improvement in export levels to both the European Union and the rest "
        "of the world, the Office for National Statistics (ONS) said."
    )
    claim = claim_for(text, "November saw")
    assert claim.speaker is not None and claim.speaker.name == "Office for National Statistics"


def test_a_month_opening_an_adverbial_is_no_claim() -> None:
    # guard: "Friday morning, he said." reports nothing
    assert extract_article("Title.\n\nFriday morning, he said.").claims == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Washington Post, 2016-07-20): an opening adverbial, then the clause
        (
            "In overnight text messages and conversations, Trump's advisers expressed "
            "indignation at the news coverage and immediately began to call the plagiarism "
            "allegations unfair and absurd, according to people close to the campaign.",
            "In overnight text messages and conversations, Trump's advisers expressed",
        ),
        # PolNeAR train (USA Today, 2015-11-20)
        (
            "Turkish media reported that during Obama's visit to Turkey this week, President "
            "Recep Tayyip Erdogan reiterated his request that the United States extradite Gulen.",
            "during Obama's visit to Turkey this week, President Recep Tayyip Erdogan reiterated",
        ),
    ],
)
def test_a_clause_after_an_opening_adverbial_is_not_cut_off(text: str, content: str) -> None:
    claim_for(text, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # BBC News (politics, 2004-05): a possessive addressee of three words
        (
            "The prime minister told his monthly press conference the matter had been dealt "
            "with by the Attorney General.",
            "the matter had been dealt with",
        ),
        # PolNeAR train (Politico, 2015-12-03)
        (
            "Donald Trump joked about Jewish stereotypes and told his audience they wouldn’t "
            "back him because he did not want their money.",
            "they wouldn’t back him",
        ),
        # BBC News (business, 2004-05): "her" alone is the addressee
        (
            "But in 2003 her employers told her she had no future after 17 years with the company.",
            "she had no future",
        ),
    ],
)
def test_a_possessive_addressee_is_no_part_of_the_claim(text: str, content: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule.endswith(":said-clause")


def test_a_possessive_addressee_before_no_clause_gives_no_claim() -> None:
    # guard, PolNeAR train (New York Times, 2016-07-29): "closest advisers as he labored ..."
    # was taken for what Obama told
    text = (
        "This is not about me, President Obama told his closest advisers as he labored over one "
        "of the last major addresses of his presidency."
    )
    for claim in extract_article(text).claims:
        assert not claim.text.startswith("closest advisers"), claim.rule


@pytest.mark.parametrize(
    ("text", "content", "name", "role"),
    [
        # BBC News (entertainment, 2004-05): the role set off before the name it introduces
        (
            "The woman waited two years to sue because she was trying to negotiate a settlement "
            "with the media companies, her lawyer, Perry Wander, said.",
            "The woman waited two years to sue",
            "Perry Wander",
            "her lawyer",
        ),
        # PolNeAR train (HuffPost, 2016-04-27)
        (
            "Despite a series of costly defeats on Tuesday night, Sen. Bernie Sanders (I-Vt.) "
            "remains committed to seeing the Democratic primary through to the convention, his "
            "top aide, Tad Devine, told The Huffington Post.",
            "Despite a series of costly defeats",
            "Tad Devine",
            "his top aide",
        ),
    ],
)
def test_a_role_then_a_name_after_the_claim(text: str, content: str, name: str, role: str) -> None:
    claim = claim_for(text, content)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role) == (name, role)


def test_two_descriptions_before_the_cue_name_no_one() -> None:
    # guard: no name among the asides, so no speaker is made up from them
    text = "Title.\n\nThe plan failed, the officials, in a statement, said."
    for claim in extract_article(text).claims:
        assert claim.speaker is None or claim.speaker.name != "statement", claim.rule


def test_a_count_opening_the_clause_after_the_cue() -> None:
    # ECB+ (37_14ecbplus): "said at least 22 houses were ...": the count opens the claim
    text = (
        '"Dozens were injured," said Fauzi, who like many Indonesians uses a single name. He '
        "said at least 22 houses were badly damaged in the district."
    )
    claim = claim_for(text, "at least 22 houses")
    assert claim.speaker is not None and claim.speaker.name == "Fauzi"


def test_a_report_before_said_is_the_subjects_noun() -> None:
    # BBC News (business, 2004-05): the report speaks, not the FAO reporting; the FAO, which
    # put the report out, speaks through it (tests/test_extract_documents7.py)
    text = (
        "The FAO report said that support for farmers in industrialised nations was equivalent "
        "to 30 times the amount provided as aid for agricultural development in poor countries."
    )
    claim = claim_for(text, "support for farmers")
    assert claim.cue is not None and claim.cue.text == "said"
    assert claim.speaker is not None and claim.speaker.mention == "The FAO report"
    assert claim.speaker.name == "FAO"


def test_a_clause_after_a_frame_of_how_it_was_said() -> None:
    # BBC News (business, 2004-05): "said in a statement" and then the clause without "that"
    text = (
        "On Tuesday, WMC chairman Tommie Bergman said in a statement the directors believed it "
        "was in shareholders' best interest to reject the offer."
    )
    claim = claim_for(text, "the directors believed")
    assert claim.speaker is not None and claim.speaker.name == "Tommie Bergman"


def test_a_participle_after_the_frame_is_no_claim() -> None:
    # guard: "in a statement issued Monday" is still the frame, no clause starts at "issued"
    text = "Title.\n\nHe said in a statement issued Monday the plan was dead."
    for claim in extract_article(text).claims:
        assert not claim.text.startswith("issued"), claim.rule


def test_the_addressee_after_a_speaker_after_the_claim() -> None:
    # ECB+ (23_7ecbplus): "told the Herald on Sunday" is no content and no bar to the speaker
    text = (
        "The victim was still alive when rescuers reached him, Helicopter Line pilot Jim "
        "Campbell told the Herald on Sunday."
    )
    claim = claim_for(text, "The victim was still alive")
    assert claim.speaker is not None and claim.speaker.name == "Jim Campbell"


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (18_11ecb): the list ends the bureau's name, no two speakers
        "The spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives also said at "
        "least one bomb technician had been injured.",
        # ECB+ (38_3ecb): the towns are where the residents live
        "Residents of Cobb, Kelseyville and Hidden Valley Lake told Lake County News that they "
        "felt the quake.",
    ],
)
def test_the_last_two_of_a_list_after_of_do_not_speak(text: str) -> None:
    for claim in extract_article(text).claims:
        assert claim.speaker is None or " and " not in claim.speaker.name, claim.speaker


def test_a_list_of_names_still_speaks_together() -> None:
    # guard: "Jeff Merkley, Sherrod Brown and Robert Menendez said": the whole list speaks
    text = "Title.\n\nJeff Merkley, Sherrod Brown and Robert Menendez said the plan had failed."
    claim = claim_for(text, "the plan had failed")
    assert claim.speaker is not None and claim.speaker.mention.startswith("Jeff Merkley")


def test_a_web_address_ends_its_sentence() -> None:
    # PolNeAR train (USA Today, 2016-01-19): "Mic.com." ends the sentence; the quotation after
    # it is a sentence of its own with its own "he said"
    text = (
        "Whether the Clinton or Trump model is more effective will be part of the election "
        'postmortem, said Jake Horowitz, editor in chief of Mic.com. "You have a very '
        "sophisticated operation, and then you have someone who's a total monster with media "
        'attention," he said.'
    )
    claim = claim_for(text, "You have a very sophisticated operation")
    assert claim.speaker is not None and claim.speaker.name == "Jake Horowitz"


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # BBC News (tech, 2004-05): a short adverbial, then the inverted speaker
        (
            "Tony Macklin works at Ask Jeeves. On average, said Mr Macklin, users conduct "
            "between five and 10 searches per day.",
            "users conduct between five",
            "Tony Macklin",
        ),
        # BBC News (tech, 2004-05): the speaker's role after the name is no part of the claim
        (
            "But, says Nick Donofrio, senior vice-president of technology and manufacturing at "
            'IBM, it was not "the thing" itself that actually improved people\'s lives.',
            "it was not",
            "Nick Donofrio",
        ),
    ],
)
def test_an_inverted_speaker_after_a_short_adverbial(text: str, content: str, name: str) -> None:
    claim = claim_for(text, content)
    assert claim.speaker is not None and claim.speaker.name == name


def test_a_noun_phrase_before_an_inverted_cue_is_no_adverbial() -> None:
    # guard, BBC News (business, 2004-05): "the news" was announced, it does not speak
    text = (
        "Leading plaintiff, the University of California, announced the news, adding that 10 of "
        "the former directors will pay $13m from their own pockets."
    )
    for claim in extract_article(text).claims:
        assert claim.speaker is None or claim.speaker.name != "news", claim.rule


def test_a_clause_set_off_by_a_comma_is_no_plural_subject() -> None:
    # a sentence adverb, then the claim and its speaker; the words before the comma are no
    # list of people saying it (BBC News shape, tech 2004-05: "Currently, ..., says Mr Dean")
    text = "Title.\n\nCurrently, an entire DVD project can take up to three months, says Mr Dean."
    claim = claim_for(text, "Currently, an entire DVD project")
    assert claim.speaker is not None and claim.speaker.name == "Dean"


def test_a_list_of_people_before_the_cue_still_speaks() -> None:
    # guard: "Friends, lobbyists and former foes say": a plural list is the subject
    text = "Title.\n\nFriends, lobbyists and former foes say that he was fair."
    claim = claim_for(text, "he was fair")
    assert claim.speaker is not None and claim.speaker.mention.startswith("Friends")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Washington Post, 2016-03-18): an elliptical answer is still a claim
        (
            "Republican senators are split on whether they'd vote for Garland during a lame-duck "
            "session if Clinton wins. Jeff Flake said he would.",
            "he would",
        ),
        # BBC News (tech, 2004-05)
        ("Title.\n\nMr Templeton said he agreed.", "he agreed"),
    ],
)
def test_a_short_clause_of_a_pronoun_and_its_verb(text: str, content: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule.endswith(":said-clause")


def test_a_short_object_after_the_cue_is_no_clause() -> None:
    # guard: "said so" reports no clause
    assert extract_article("Title.\n\nThe minister said so.").claims == []
