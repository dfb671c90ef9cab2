"""Quotations left without a speaker in news whose paragraphs ran together (BBC News)."""

from __future__ import annotations

from extraction import assert_said, claim_with, claims_of

# BBC News (bbc:tech/191): two paragraphs of one quotation run together, the frame after the
# second; the first is the same speaker's
RUN_FRAME = (
    "With 53% of UK households now with access to the net, the government, suggests Mr Davies, "
    'could act as an intermediary or "middleman" to set up public online places. "Government already '
    'plays a critical role in helping citizens trade with each other online. "But it should '
    'also play a role in helping citizens connect to one another," said Mr Davies.'
)


def test_run_of_quotations_takes_the_frame_after_its_last_piece() -> None:
    assert_said(
        RUN_FRAME,
        "Government already plays a critical role in helping citizens trade with each other "
        "online.",
        "Davies",
        "direct:run-frame",
    )


# BBC News (bbc:sport/147): the run's frame names an organisation's statement
def test_run_of_quotations_closed_by_a_statement() -> None:
    text = (
        "Mikoliunas, 20, barged linesman Andy Davis in Hearts's 2-1 defeat at Tynecastle. "
        "\"He was sent off for violent conduct in the 90th minute but we don't know if he did "
        'something else after the whistle. "We don\'t know how many red cards he was shown," '
        "said an SFA statement."
    )
    claim = claim_with(
        text,
        "He was sent off for violent conduct in the 90th minute but we don't know if he did "
        "something else after the whistle.",
    )
    assert claim.rule == "direct:run-frame"
    assert claim.speaker is not None and claim.speaker.name == "SFA"


# guards


# BBC News (bbc:sport/116): the closing mark left out, the writer's sentence about someone
# named runs inside the quotation; the frame after the next one is another speaker's
def test_run_swallowing_the_writers_sentence_is_left_alone() -> None:
    text = (
        'Bosvelt is out of contract. "The main concern is my age but I think I have proved I '
        "am fit enough. Bosvelt joined City from Feyenoord in 2003 and at first he struggled. "
        '"He has been a great servant," said Keegan.'
    )
    claim = claim_with(
        text,
        "The main concern is my age but I think I have proved I am fit enough. Bosvelt joined "
        "City from Feyenoord in 2003 and at first he struggled.",
    )
    assert claim.speaker is None or claim.speaker.name != "Keegan"


# BBC News (bbc:sport/100): a reporting verb inside the piece shows the writer's words in it
def test_run_holding_a_reporting_verb_is_left_alone() -> None:
    text = (
        'Mido apologised. "So I am now used to the fact that the press can be against me at '
        "times. Meanwhile, Egypt FA spokesman Methat Shalaby welcomed the apology and said no "
        'one would be punished. "Mido is a great player," Shalaby added.'
    )
    claim = claim_with(
        text,
        "So I am now used to the fact that the press can be against me at times. Meanwhile, "
        "Egypt FA spokesman Methat Shalaby welcomed the apology and said no one would be "
        "punished.",
    )
    assert claim.speaker is None or claim.speaker.name != "Methat Shalaby"


# a closed quotation before the framed one is no piece of its run: the writer closed it
def test_closed_quotation_before_a_framed_one_is_left_alone() -> None:
    text = (
        "The club issued its view on Monday. "
        '"We are disappointed with the result of the hearing." '
        '"We will appeal," said the manager, Tom Smith.'
    )
    claim = claim_with(text, "We are disappointed with the result of the hearing.")
    assert claim.speaker is None


# BBC News (bbc:politics/125): a participle frame hands the quotation to the sentence's subject
def test_participle_frame_takes_the_named_subject() -> None:
    assert_said(
        'Mr Houston was quoted in the Herald newspaper saying: "I feel UKIP have over-reacted '
        'and overshot the runway."',
        "I feel UKIP have over-reacted and overshot the runway.",
        "Houston",
        "direct:participle-subject",
    )


# BBC News (bbc:entertainment/225)
def test_participle_frame_after_an_age_aside() -> None:
    assert_said(
        "Stallone, 71, appeared not to have enjoyed her time in the house saying: \"I'm a total "
        'wreck, I need a vacation, this was a nightmare".',
        "I'm a total wreck, I need a vacation, this was a nightmare",
        "Stallone",
        "direct:participle-subject",
    )


# guards
# BBC News (bbc:politics/331): the participle is the poster's Mr Howard's, not the subject's
def test_participle_with_another_name_between_stays_unfound() -> None:
    claim = claim_with(
        "The poster shows Mr Howard hypnotising people with a pocket watch, saying: "
        '"I can spend the same money twice."',
        "I can spend the same money twice.",
    )
    assert claim.speaker is None


# BBC News (bbc:politics/122): "quoted X as saying" quotes X, not the subject
def test_quoted_as_saying_is_not_the_subjects() -> None:
    claim = claim_with(
        "Immigration minister Des Browne quoted its five-year plan for immigration and asylum, "
        'as saying: "We are implementing our existing powers by targeted health screening."',
        "We are implementing our existing powers by targeted health screening.",
    )
    assert claim.speaker is None


# BBC News (bbc:politics/189): another person named between the subject and the participle
def test_participle_after_naming_another_stays_unfound() -> None:
    claim = claim_with(
        'Earlier Tory leader Michael Howard sent Mr Bush his "warmest congratulations", saying: '
        '"We look to the president to be a unifying force."',
        "We look to the president to be a unifying force.",
    )
    assert claim.speaker is None


# ECB+ (34_4ecbplus): the sentence before tells of the named person's writing, so the
# quotation after it is hers though she has not spoken yet in the article
def test_previous_subject_who_writes_says_the_quotation_after() -> None:
    assert_said(
        "She became known nationally for her determination to rebuild her clinic. In her "
        "profile on the National Institutes of Health web site, Benjamin writes about her "
        'calling to become a doctor while in medical school. "I believe it was divine '
        'intervention."',
        "I believe it was divine intervention.",
        "Benjamin",
        "direct:previous-subject",
    )


# guards
# a name that has not spoken, in a sentence that tells of no speaking (BBC News,
# bbc:entertainment/120: the words are said of Bob Marley by someone else)
def test_previous_subject_not_speaking_gives_no_speaker() -> None:
    claim = claim_with(
        "Partridge worked with Marley from 1977. Marley toured the world in 1979. "
        '"Bob, in worldwide terms, is the greatest music star there has been."',
        "Bob, in worldwide terms, is the greatest music star there has been.",
    )
    assert claim.speaker is None


# another person named in the sentence that tells of speaking: either may say the words
def test_previous_subject_with_another_name_gives_no_speaker() -> None:
    claim = claim_with(
        "The film rights were sold last year. Mr Gervais criticised Mr Merchant in an "
        'interview. "A film will happen over the next three years but it will take time."',
        "A film will happen over the next three years but it will take time.",
    )
    assert claim.speaker is None


# BBC News (bbc:sport/105): a match report's digest bullet names the speaker with no colon
def test_digest_bullet_without_colon_names_the_speaker() -> None:
    assert_said(
        "Dyer reacted first to smash the ball past the despairing Jaaskelainen.\n"
        ' - Newcastle boss Graeme Souness "We deserved the win. We had a really good second '
        'half."',
        "We deserved the win. We had a really good second half.",
        "Graeme Souness",
        "direct:name-colon",
    )


# guard
# BBC News (bbc:politics/052): a list's bullet with a scare quote names no one
def test_list_bullet_with_a_scare_quote_names_no_one() -> None:
    text = (
        "The plan includes:\n"
        ' - Compelling "failing and rogue states", and eventually all states, to sign up.'
    )
    assert all(c.speaker is None for c in claims_of(text))


# BBC News (bbc:entertainment/158): "May", a surname and a month and a modal, opening its
# clause before the cue is the person
def test_may_opening_the_frame_is_a_surname() -> None:
    assert_said(
        "Guitarist Brian May has said he expects to be on the road with Rodgers from April. "
        'May said: "Suddenly the Queen Phoenix is rising again from the ashes."',
        "Suddenly the Queen Phoenix is rising again from the ashes.",
        "Brian May",
        "direct:speaker-before",
    )


# guard: "in May" is a time; the subject after it speaks
def test_in_may_is_a_time() -> None:
    claim = claim_with("In May the company said it would cut 300 jobs.", "it would cut 300 jobs")
    assert claim.speaker is not None and claim.speaker.name != "May"


# ECB+ (27_7ecb): an "-ed" adjective in the role after the verb is no verb of a clause
def test_role_with_an_ed_adjective_after_the_verb() -> None:
    assert_said(
        '"This vulnerability is being actively exploited by cyber-criminals and getting worse '
        "every day,\" said the company's advanced threat researcher Paul Ferguson.",
        "This vulnerability is being actively exploited by cyber-criminals and getting worse "
        "every day,",
        "Paul Ferguson",
        "direct:cue-beside",
    )


# ECB+ (26_10ecbplus): the weekday after the name says when, not who
def test_weekday_after_the_name_is_left_out() -> None:
    assert_said(
        '"He was the last of the old-school bosses," said ex-NYPD organized crime detective '
        "Joe Coffey Monday.",
        "He was the last of the old-school bosses,",
        "Joe Coffey",
        "direct:cue-beside",
    )


# guard: a clause after the verb, its auxiliary a verb, names no speaker
def test_clause_after_the_verb_names_no_speaker() -> None:
    claim = claim_with(
        '"We will appeal against the ruling," said the lawyers who represented Mr Smith.',
        "We will appeal against the ruling,",
    )
    assert claim.speaker is None or claim.speaker.name != "Mr Smith"


# BBC News (bbc:sport/477): a tennis player's seeding is his role, not part of his name
def test_seed_is_a_role_before_the_name() -> None:
    assert_said(
        '"No one was more concerned about the injury than myself," said eighth seed Agassi.',
        "No one was more concerned about the injury than myself,",
        "Agassi",
        "direct:cue-beside",
    )


# ECB+ (29_9ecbplus): a quoted question, then its frame with a role between the capitalised
# words, is one sentence
def test_question_then_frame_with_a_role() -> None:
    assert_said(
        'That put them into the playoffs. "Would we have done it without him?" Colts interim '
        "coach Bruce Arians asked.",
        "Would we have done it without him?",
        "Bruce Arians",
        "direct:speaker-after",
    )


# BBC News (bbc:entertainment/054): the lawyer who asks, not the director before
def test_question_then_frame_names_the_lawyer_not_the_earlier_speaker() -> None:
    assert_said(
        "Director Anurag Kashyap said the film's release should not be delayed. "
        '"If you have not gone against the book, then how can you go against the movie?" '
        "Mr Kashyap's lawyer Mihir Desai said.",
        "If you have not gone against the book, then how can you go against the movie?",
        "Mihir Desai",
        "direct:speaker-after",
    )


# guard: a new sentence whose verb is no reporting verb leaves the question alone
def test_question_then_a_sentence_of_the_writers() -> None:
    claim = claim_with(
        '"Would we have done it without him?" Colts coach Bruce Arians praised the team on Sunday.',
        "Would we have done it without him?",
    )
    assert claim.speaker is None
