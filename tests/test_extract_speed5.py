"""Speed work (speed5): win back what this session's accuracy work cost per article.

None of it may change a claim: the guards are real passages whose claims stay as they were.
"""

from __future__ import annotations

import re
import types

from extraction import claims_of

from factdb.extract.speakers import _a_cause_body, _owner_of_words, mention_kind


def test_a_module_holds_its_compiled_pattern_once_used() -> None:
    module = types.ModuleType("made_for_the_test")
    exec(
        "from factdb.extract.lazy_regex import compile_on_use\n"
        "SAID = compile_on_use(r'\\bsaid\\b')\n"
        "def find(text):\n"
        "    return SAID.search(text)\n",
        module.__dict__,
    )
    stand_in = module.SAID
    assert not isinstance(stand_in, re.Pattern)  # nothing compiled at import
    assert module.find("Mr Brown said so").span() == (9, 13)
    assert isinstance(module.SAID, re.Pattern)  # the module's name now holds the pattern
    assert stand_in.search("she said").span() == (4, 8)  # a stand-in kept elsewhere still works


def test_guard_cheap_tests_say_what_the_patterns_say() -> None:
    assert _owner_of_words("Mr Crosby's statement") == "Mr Crosby"
    assert _owner_of_words("the statement") is None
    assert _a_cause_body("Reporters Without Borders")
    assert _a_cause_body("Mothers Against Drunk Driving")
    assert not _a_cause_body("Lawyers for Apple")
    assert mention_kind("Fifty percent of Europeans", "") == "anonymous"
    assert mention_kind("a majority of Americans", "") == "anonymous"


def test_guard_a_participles_object_is_no_speaker() -> None:
    # BBC: the participle's object is part of the subject, whose head is before it
    claims = claims_of(
        "Groups representing Uzbeks, the nation's largest minority, complained that the "
        "election was unfair."
    )
    assert all(c.speaker.name != "Uzbeks" for c in claims)


def test_guard_a_document_sender_still_speaks_through_it() -> None:
    # BBC: "A statement from Waitrose said": the sender speaks through the statement
    claims = claims_of("A statement from Waitrose said the store would reopen on Monday.")
    assert any(c.speaker.name == "Waitrose" for c in claims)
