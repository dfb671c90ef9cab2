"""A cue inside a clause that a fronted "When ..." clause embeds reports nothing past that
clause; a question's own clause may hold another speaker; and content cut back to its clause
is mixed only if a quotation is left in it.

Passages from the BBC news corpus (2004-05) and PolNeAR train (Politico, 2016).
"""

from __future__ import annotations

from extraction import claim_with, claims_of

QUIP = (
    "Jack McConnell was speaking to more than 100 secondary pupils. When one pupil asked Mr "
    "McConnell how the executive proposed to tackle under-age drinking, began his response with "
    "the quip: \"I'm sure there's no under-age drinking in the Highlands.\""
)
RUGBY = (
    "But although Campese admitted he was surprised about their current predicament, he "
    'insisted England were "no longer world class".'
)


def test_the_embedded_cue_does_not_take_the_quip() -> None:
    claim = claim_with(QUIP, "I'm sure there's no under-age drinking in the Highlands.")
    assert claim.speaker is None or claim.speaker.kind == "unknown"


def test_the_question_holds_its_embedded_clause() -> None:
    claim = claim_with(QUIP, "how the executive proposed to tackle under-age drinking")
    assert claim.rule == "indirect:question"


def test_a_question_holds_another_speaker_s_words() -> None:
    text = "One pupil asked Mr McConnell how the minister said he would tackle it."
    claim = claim_with(text, "how the minister said he would tackle it")
    assert claim.rule == "indirect:question"


def test_a_clause_cut_before_the_quotation_is_indirect() -> None:
    claim = claim_with(RUGBY, "he was surprised about their current predicament")
    assert claim.kind == "indirect"


def test_past_a_comma_a_question_ends() -> None:
    text = (
        "The Republican presidential nominee has repeatedly wondered whether the moderators "
        'will be "fair" to him, engaging in what analysts described as age-old pre-debate '
        "tactics: lowering expectations and intimidating the questioners."
    )
    texts = [c.text for c in claims_of(text)]
    assert "lowering expectations and intimidating the questioners" in texts


def test_a_when_clause_s_own_speaker_keeps_its_quotation() -> None:
    text = (
        "When prosecutor Seth Goldman asked whether she shielded her son, Armstead quietly "
        'answered, "Yes."'
    )
    claim = claim_with(text, "Yes.")
    assert claim.speaker is not None
    assert claim.speaker.name == "Armstead"
