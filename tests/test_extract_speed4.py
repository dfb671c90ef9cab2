"""Speed work (speed4): regexes compiled on first use, cheap tests before costly scans.

None of it may change a claim: the guards are real passages whose claims stay as they were,
among them the ones that changed while a pattern told apart by `match.re is` was a stand-in.
"""

from __future__ import annotations

import re
import subprocess
import sys

from extraction import assert_said, claims_of

from factdb.extract import attribution


def test_a_pattern_is_compiled_on_first_use_and_matches_as_re_compile_would() -> None:
    from factdb.extract.lazy_regex import compile_on_use

    pattern = compile_on_use(r"\b(?P<verb>said|says)\b", re.IGNORECASE)
    assert "search" not in vars(pattern)  # nothing compiled yet
    text = "Mr Brown SAID the deal was done, officials say."
    found = pattern.search(text)
    expected = re.compile(r"\b(?P<verb>said|says)\b", re.IGNORECASE).search(text)
    assert found is not None and expected is not None
    assert found.span() == expected.span() and found.group("verb") == "SAID"
    assert "search" in vars(pattern)  # the compiled method, kept on the object
    assert pattern.flags == re.compile("x", re.IGNORECASE).flags
    assert pattern.groupindex == {"verb": 1}


def test_a_patterns_source_is_there_without_compiling() -> None:
    from factdb.extract.lazy_regex import compile_on_use

    pattern = compile_on_use(r"\s+and\s+")
    assert pattern.pattern == r"\s+and\s+"
    assert "search" not in vars(pattern)


def test_importing_the_engine_compiles_few_patterns() -> None:
    """Start-up: the engine's ~700 module-level patterns wait for their first use."""
    script = (
        "import gc, factdb.extract\n"
        "from factdb.extract.lazy_regex import _PatternOnUse\n"
        "waiting = [o for o in gc.get_objects() if type(o) is _PatternOnUse]\n"
        "print(len(waiting), sum('search' in vars(o) for o in waiting))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    waiting, compiled = map(int, out.split())
    assert waiting > 600
    assert compiled == 0


def test_patterns_told_apart_by_identity_stay_compiled() -> None:
    """`_cut_joins` and `_sender` ask `match.re is PATTERN`: a match's `.re` is a compiled
    pattern, never the stand-in, so these two must be compiled ones."""
    assert isinstance(attribution._COMMA_NAME, re.Pattern)
    assert isinstance(attribution._WRITTEN_TO_BEFORE, re.Pattern)


def test_guard_speaker_inside_keeps_the_whole_sentence() -> None:
    # PolNeAR train (Huffington Post): `_cut_joins` keeps the clause after "Butz said,"
    text = (
        "Putting the show together, Butz said, allowed him to “get in touch with the "
        "feminine within myself,” too."
    )
    assert_said(
        text,
        "Putting the show together, Butz said, allowed him to “get in touch with the "
        "feminine within myself,” too",
        "Butz",
        "mixed:speaker-inside",
    )


def test_guard_a_message_sent_is_the_senders() -> None:
    # PolNeAR train (Breitbart): `_sender` reads "emailed supporters" before the participle
    text = (
        "The Vermont senator emailed supporters saying: “The struggle continues” and vowing "
        "to compete in the season’s final primary contest next week in the District of "
        "Columbia."
    )
    assert_said(text, "The struggle continues", "The Vermont senator", "direct:document-saying")


def test_guard_a_list_of_names_stays_in_the_content() -> None:
    # ECB+ (topic 45): the comma before "Cricket Wireless" opens no clause of its own
    text = (
        "Howell reminded jurors that Verizon Wireless, Cricket Wireless and Federal Bureau of "
        "Investigation cellular analysis experts testified about how the calls between the "
        "phone Simpson purchased and Flynn's phone pinged in cell towers."
    )
    assert_said(
        text,
        "Verizon Wireless, Cricket Wireless and Federal Bureau of Investigation cellular "
        "analysis experts testified about how the calls between the phone Simpson purchased "
        "and Flynn's phone pinged in cell towers",
        "Howell",
        "indirect:said-that",
    )


def test_guard_a_reduced_relative_is_still_no_cue() -> None:
    # ECB+: "the spending cuts he announced" is a relative clause; "announced" reports nothing
    text = (
        '"A demonstration is one thing and murder is quite another!" Prime Minister George '
        "Papandreou thundered in Parliament during a session to discuss the spending cuts he "
        "announced Sunday measures even the IMF has called draconian."
    )
    claims = claims_of(text)
    assert [c.text for c in claims] == ["A demonstration is one thing and murder is quite another!"]
    assert claims[0].speaker is not None
    assert claims[0].speaker.name == "George Papandreou"
