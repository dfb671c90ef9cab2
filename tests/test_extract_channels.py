"""Golden tests for claims put out through a written channel: a statement, a letter, a press
release. The speaker is whoever put the text out, not the text: "A statement from Waitrose
said" is Waitrose speaking, "a Holcim statement said" is Holcim, both organisations; and a
later "the statement said" is the same sender only when no other document came between.

Passages are short excerpts from BBC (../shared/corpora/bbc/bbc.jsonl) and ECB+
(../shared/corpora/ecbplus/ecbplus.jsonl), named per case.
"""

from __future__ import annotations

from extraction import claim_with, claims_of


def _speaker(text: str, content: str) -> tuple[str, str, str]:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    return claim.speaker.name, claim.speaker.kind, claim.speaker.mention


def test_a_name_before_the_statement_puts_it_out() -> None:
    # BBC (business): Holcim's bid for Indian cement firms
    text = (
        "It plans to buy Associated Cement Companies (ACC), Ambuja Cement Eastern and the "
        "holding firm, Ambuja Cement India Ltd, a Holcim statement said."
    )
    content = (
        "It plans to buy Associated Cement Companies (ACC), Ambuja Cement Eastern and the "
        "holding firm, Ambuja Cement India Ltd"
    )
    assert _speaker(text, content) == ("Holcim", "organization", "a Holcim statement")


def test_a_statement_from_a_company() -> None:
    # ECB+ (14_1ecb): a fire at a Waitrose store
    text = (
        "A statement from Waitrose said damage to the building had been extensive but the store "
        "would be rebuilt."
    )
    content = "damage to the building had been extensive but the store would be rebuilt"
    assert _speaker(text, content) == ("Waitrose", "organization", "A statement from Waitrose")


def test_a_statement_issued_by_a_company() -> None:
    # BBC (tech): Lycos and its anti-spam screensaver; the name alone read as a person's
    text = (
        "The statement issued by Lycos also said that the centralised database it used ensured "
        "that traffic to the target sites left them with 5% spare capacity."
    )
    content = (
        "the centralised database it used ensured that traffic to the target sites left them "
        "with 5% spare capacity"
    )
    assert _speaker(text, content)[:2] == ("Lycos", "organization")


def test_the_letter_from_a_company() -> None:
    # BBC (business): Qwest's letter to MCI
    text = (
        '"We would like to advise you that once we have completed our review of the Verizon '
        'merger agreement, we do intend to submit a modified offer to acquire MCI," the letter '
        "from Qwest said."
    )
    content = (
        "We would like to advise you that once we have completed our review of the Verizon "
        "merger agreement, we do intend to submit a modified offer to acquire MCI,"
    )
    assert _speaker(text, content)[:2] == ("Qwest", "organization")


def test_the_statement_later_is_the_same_sender() -> None:
    # BBC (sport): the IAAF appeals two doping cases
    text = (
        'An IAAF statement said: "The Doping Review Board concluded that the decision is '
        'erroneous." The statement continued: "Both athletes\' cases will be refered to '
        'arbitration before the CAS. The decision in both cases will be final and binding."'
    )
    content = (
        "Both athletes' cases will be refered to arbitration before the CAS. The decision in "
        "both cases will be final and binding."
    )
    assert _speaker(text, content)[:2] == ("IAAF", "organization")


def test_another_document_between_keeps_the_statement_unnamed() -> None:
    # ECB+ (41_9ecbplus): the press release read last is the White House's, not the charity's
    # named first (guard)
    text = (
        "According to a Samaritan's Purse press release, Sudan Armed Forces planes dropped four "
        "bombs in the region Thursday. In a press statement released Nov. 10, the White House "
        'urged the government to stop the bombings immediately. "We urge the Government of '
        'South Sudan to exercise restraint," read the press release.'
    )
    name = _speaker(text, "We urge the Government of South Sudan to exercise restraint,")[0]
    assert name != "Samaritan's Purse"


def test_a_nationality_before_the_statement_names_no_sender() -> None:
    # ECB+ (12_4ecb): "the Indian statement" says whose country, not who put it out (guard)
    text = (
        "The Gibe was flying an Ethiopian flag but little else was known about it, the Indian "
        "statement said."
    )
    content = "The Gibe was flying an Ethiopian flag but little else was known about it"
    assert _speaker(text, content)[:2] == ("the Indian statement", "unknown")


def test_a_statement_put_out_this_morning() -> None:
    # ECB+ (22_8ecbplus): a time of day between the document and its participle
    text = (
        "Kraft Foods issued a statement early this morning announcing that the Northeast "
        "facility is closed until further notice."
    )
    content = "the Northeast facility is closed until further notice"
    assert _speaker(text, content)[:2] == ("Kraft Foods", "organization")


def test_a_name_states_that() -> None:
    # ECB+ (27_9ecbplus): "states" after a name is its verb when a clause follows its "that"
    text = (
        "Microsoft states that all supported versions of Outlook, Outlook Express, and Windows "
        "Mail include protection by default as well."
    )
    content = (
        "all supported versions of Outlook, Outlook Express, and Windows Mail include "
        "protection by default as well"
    )
    assert _speaker(text, content)[:2] == ("Microsoft", "organization")


def test_a_plural_subject_notes_that() -> None:
    # PolNeAR train (Breitbart): "groups note" is no compound noun before a clause
    text = (
        "Patient advocacy groups note that Sanders co-sponsored bans in 2003 and 2005 that "
        "included criminal penalties for conducting the research."
    )
    content = (
        "Sanders co-sponsored bans in 2003 and 2005 that included criminal penalties for "
        "conducting the research"
    )
    assert _speaker(text, content)[0] == "Patient advocacy groups"


def test_states_before_a_relative_stay_a_noun() -> None:
    # PolNeAR train (New York Times): "Rust Belt states that have suffered" (guard)
    text = (
        "Primary voters went to the polls in Illinois and Ohio, Rust Belt states that have "
        "suffered intensely from the loss of good manufacturing jobs."
    )
    assert not [c for c in claims_of(text) if c.text.startswith("that have suffered")]


def test_a_possessive_claim_is_no_plural_verb() -> None:
    # BBC (sport): "Bellamy's claim that" is a noun and its clause (guard)
    text = (
        "Bellamy's claim that Souness had lied about the background to the bust-up was strongly "
        'denied by Shepherd, who accused the striker of "cheating" the club.'
    )
    assert not [c for c in claims_of(text) if c.rule == "mixed:long-subject"]


def test_tweeted_to_say() -> None:
    # PolNeAR train (Huffington Post): the channel taken, then "to say" and the claim
    text = (
        "Donald Trump, who is vying to be the next president, tweeted on Friday to say he had "
        "never suggested the U.S. should use a database to track Muslims."
    )
    content = "he had never suggested the U.S. should use a database to track Muslims"
    assert _speaker(text, content)[:2] == ("Donald Trump", "person")


def test_used_a_speech_to_say() -> None:
    # BBC (politics): Charles Kennedy ahead of the pre-Budget report
    text = (
        "A day ahead of the government's pre-Budget report, Mr Kennedy used a speech to say his "
        'party was facing up to "painful economic realities".'
    )
    content = 'his party was facing up to "painful economic realities"'
    assert _speaker(text, content)[0] == "Kennedy"


def test_took_to_twitter_to_say_thanks_is_no_claim() -> None:
    # PolNeAR train (Breitbart): "to say thanks" says no clause (guard)
    text = (
        "As supporters waited for her appearance in a Caesar's Palace ballroom, Hillary Clinton "
        "took to Twitter to say thanks."
    )
    assert not [c for c in claims_of(text) if "thanks" in c.text]


def test_emailed_supporters_saying() -> None:
    # PolNeAR train (Breitbart): whom the email went to is not who speaks
    text = (
        'The Vermont senator emailed supporters saying: "The struggle continues" and vowing to '
        "compete in the season's final primary contest next week in the District of Columbia."
    )
    assert _speaker(text, "The struggle continues")[0] == "The Vermont senator"


def test_shared_her_belief_that() -> None:
    # PolNeAR train (Western Journal): a stance noun's clause after "shared", as "expressed"
    text = (
        "Regarding Trump's rhetoric following Khizr Khan's speech at last month's Democratic "
        "National Convention, Woods shared her belief that none of it was beyond the pale."
    )
    assert _speaker(text, "none of it was beyond the pale")[0] == "Woods"


def test_shared_a_document_is_no_claim() -> None:
    # PolNeAR train (Politico): what was shared is a thing, not a stance (guard)
    text = (
        "Later on Sunday, Carson shared a syllabus for a 2002 psychology class called "
        '"Perception" on his Facebook page.'
    )
    assert claims_of(text) == []


def test_a_relative_that_after_a_noun_opens_no_clause() -> None:
    # ECB+ (29_11ecb): "the herniated disk in his neck that forced him": the clause said is
    # the whole of it, not what the relative says of the disk
    text = (
        "Adam Jones says the herniated disk in his neck that forced him to miss Dallas' last "
        "game was bothering him even before he took a hard hit."
    )
    content = (
        "the herniated disk in his neck that forced him to miss Dallas' last game was bothering "
        "him even before he took a hard hit"
    )
    assert _speaker(text, content)[0] == "Adam Jones"


def test_a_voice_that_said() -> None:
    # PolNeAR train (Breitbart): the mourner's claim holds what the voice said
    text = (
        "Christian Rev. Derek Penwell said the world lost a voice that said \u201clove in spite "
        "of fear is the greatest expression of power that human beings can muster.\u201d"
    )
    claim = claim_with(
        text,
        "the world lost a voice that said \u201clove in spite of fear is the greatest "
        "expression of power that human beings can muster.\u201d",
    )
    assert claim.speaker is not None and claim.speaker.name == "Derek Penwell"


def test_written_before_a_noun_is_no_saying() -> None:
    # BBC (sport): "written explanations" (guard)
    text = (
        "The sprinters both sent written explanations to the IAAF, which have been taken into "
        "account."
    )
    assert claims_of(text) == []


def test_has_now_written_saying() -> None:
    # BBC (politics): the perfect with an adverb stays a saying (guard)
    text = (
        'Lib Dem chairman Matthew Taylor has now written to the watchdog saying: "The advice '
        'we have received on several previous occasions is that such phone calls are illegal."'
    )
    content = (
        "The advice we have received on several previous occasions is that such phone calls "
        "are illegal."
    )
    assert _speaker(text, content)[0] == "Matthew Taylor"


def test_a_frame_before_a_dashed_comment() -> None:
    # PolNeAR train (Politico): the writer's comment after a dash leaves the frame a frame, and
    # "the law that ushered in" is no clause of what was said
    text = (
        "Hillary Clinton thinks the federal government requires too many tests for U.S. school "
        "children, former President Bill Clinton said this week at an event in Wyoming \u2014 "
        "an apparent reversal of her past support for the No Child Left Behind law that ushered "
        "in annual testing requirements more than a decade ago."
    )
    content = (
        "Hillary Clinton thinks the federal government requires too many tests for U.S. school "
        "children"
    )
    assert _speaker(text, content)[0] == "Bill Clinton"
    assert not [c for c in claims_of(text) if c.text.startswith("ushered")]


def test_the_statement_a_company_issued() -> None:
    # ECB+ (22_8ecbplus): the statement named before as Kraft Foods' speaks for Kraft Foods
    text = (
        "Kraft Foods issued a statement early this morning announcing that the Northeast "
        "facility is closed until further notice. The statement expresses condolences for the "
        "families of the dead and wounded employees, saying, \u201cThis is a tragic loss for all "
        "of us.\u201d"
    )
    assert _speaker(text, "This is a tragic loss for all of us.") == (
        "Kraft Foods",
        "organization",
        "The statement",
    )


def test_the_statement_of_a_body_named_by_one_word() -> None:
    # ECB+ (18_6ecb): TallGrass, a company, issued the statement
    text = (
        "TallGrass, a wholesaler of natural health products, issued a statement Saturday "
        "evening saying it was \u201cdeeply saddened by the tragic death of our president and "
        "CEO, Ben Banky.\u201d The statement said Mr. Banky co-founded the company 12 years ago."
    )
    content = "Mr. Banky co-founded the company 12 years ago"
    assert _speaker(text, content)[:2] == ("TallGrass", "organization")


def test_a_split_quote_around_a_statement_and_its_reason() -> None:
    # PolNeAR train (Western Journal): where it was written and why, between the halves
    text = (
        "\u201cMany people are uncertain in this election year,\u201d Thiel wrote in a "
        "statement to Wired explaining why he is speaking at the convention, \u201cbut most "
        "Americans agree that our country is on the wrong track.\u201d"
    )
    claim = next(c for c in claims_of(text) if c.text.startswith("Many people"))
    assert claim.rule == "direct:split"
    assert claim.text.endswith("on the wrong track.")


def test_an_owned_statement_added() -> None:
    # BBC (sport): Chelsea's statement on Mutu, framed by "added:"
    text = (
        "Chelsea's statement added: \"This applies to both performance-enhancing drugs or "
        "so-called 'recreational' drugs. They have no place at our club or in sport.\""
    )
    content = (
        "This applies to both performance-enhancing drugs or so-called 'recreational' drugs. "
        "They have no place at our club or in sport."
    )
    assert _speaker(text, content)[0] == "Chelsea"


def test_an_adverb_between_the_sender_and_its_verb() -> None:
    # PolNeAR train (Politico): "quickly" is the verb's, and the campaign sent the email
    text = (
        "Her campaign quickly blasted out an email to supporters stating, \u201cSpeaker Paul "
        "Ryan Joins Growing List of Conservatives Rebuking Trump as He Captures GOP "
        "Nomination.\u201d"
    )
    content = (
        "Speaker Paul Ryan Joins Growing List of Conservatives Rebuking Trump as He Captures "
        "GOP Nomination."
    )
    assert _speaker(text, content)[:2] == ("Her campaign", "organization")


def test_the_email_a_campaign_sent_out() -> None:
    # PolNeAR train (Washington Post): "the email" stands for the campaign that sent it out
    text = (
        "Clinton's campaign sent out an email fundraising appeal that presaged her poor showing "
        'and looked ahead. "We absolutely, critically need to make sure Hillary comes out on top '
        'in the states that lie ahead," the email said.'
    )
    content = (
        "We absolutely, critically need to make sure Hillary comes out on top in the states "
        "that lie ahead,"
    )
    assert _speaker(text, content) == ("Clinton's campaign", "organization", "the email")
