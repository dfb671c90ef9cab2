"""How well the engine finds quotes, their content, speakers and cues, on annotated news.

Reads a gold file in the PolNeAR JSONL format (see ../shared/corpora/README.md) and prints
precision/recall/F1 at 30% and 80% character coverage, recall by direct/indirect, content-span
exact and token-overlap F1, speaker match, bare-pronoun speakers, cue accuracy and timing.
A wikiweasel-format file (records with `cues`/`uncertain`) is handed to the hedge benchmark.

PolNeAR also labels stances, topics, perceptions and acts as attributions ("criticized
Clinton", "talked about trade", "seemed", "voted for"), beside claims. factdb keeps claims: what
somebody said or wrote, the beliefs, hopes and wants somebody in the text holds (rule
`indirect:belief`; a group, counted people or an unresolved pronoun included, with no or an
`unknown` speaker), what a document or poll shows, and characterisations. The report prints every
quote figure over all gold and again over the "kept" gold: all gold except the kinds
benchmarks/cue_kinds.txt leaves out by policy, read from the gold cue's head word with a list
made from the annotation's own vocabulary (see benchmarks/cue_kinds.py). A speech verb factdb
does not know still counts as a miss. It also prints recall on gold whose cue is one of factdb's
reporting verbs, and each left-out kind's size and how much of it factdb finds anyway.

A claim in pieces (`Claim.segments`: a split quotation, or reported speech with "strategists
said" inside it) is scored on its pieces joined, as PolNeAR's gold is on its segments.

Normalisation, applied to gold and predicted spans alike: pieces are taken in text order, and
pieces with only punctuation between them are one; quote marks, edge punctuation and a
leading "that" are trimmed (PolNeAR content starts at "that"; factdb reports the clause after
it). Gold speakers that are pronouns (he, she, who...) are left out of the speaker figure.

Usage: python benchmarks/accuracy.py ../shared/corpora/polnear/dev.jsonl [--errors N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.cue_kinds import left_out_kind  # noqa: E402
from factdb.extract import extract_article  # noqa: E402
from factdb.extract.lexicon import (  # noqa: E402
    pronoun_classes,
    reporting_verb_forms,
)
from factdb.extract.types import Claim  # noqa: E402

_TRIM = " \t\n\"'“”‘’«»,.;:!?—–-"
_THAT = re.compile(r"that\s+", re.IGNORECASE)  # used with .match(text, pos): anchored there
_WORD = re.compile(r"\w+")
_LEADING_DET = re.compile(r"^(?:the|a|an|another|one)\s+", re.IGNORECASE)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Span with marks, edge punctuation and a leading "that" removed."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    that = _THAT.match(text, start, end)
    if that:
        start = that.end()
        while start < end and text[start] in _TRIM:
            start += 1  # 'that “...”': the mark after "that" goes too, as at any other start
    return start, end


def _chars(text: str, segments: list[list[int]] | list[tuple[int, int]]) -> set[int]:
    chars: set[int] = set()
    for seg_start, seg_end in segments:
        s, e = trimmed(text, seg_start, seg_end)
        chars.update(range(s, e))
    return chars


def _merged(text: str, pieces: list[list[int]] | list[tuple[int, int]]) -> list[list[int]]:
    """Pieces with nothing but punctuation and space between them made one: PolNeAR splits
    some quotations at each sentence end ('... in a candidate' | 'He unites the party ...'),
    which says nothing different from one piece with the full stop kept (about 130 train
    claims differed from their gold only so)."""
    merged: list[list[int]] = []
    for start, end in pieces:
        if merged and merged[-1][1] <= start and not _WORD.search(text, merged[-1][1], start):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def _normal(text: str) -> str:
    text = text.translate(str.maketrans("“”‘’", "\"\"''"))
    return " ".join(text.split())


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Pres|Gen)\.?\s+")


def _speaker_key(name: str) -> list[str]:
    name = re.sub(r"\([^)]*\)", "", name)
    name = _HONORIFIC.sub("", name.strip())
    name = _LEADING_DET.sub("", name.strip().strip(_TRIM))
    name = re.sub(r"[’']s$", "", name)
    return [w.lower() for w in _WORD.findall(name)]


def speaker_matches(predicted: str, gold: str) -> bool:
    """Equal after normalising, or one is a surname (last full token) of the other.

    PolNeAR source spans keep appositives and relative clauses ("Chris Cox, who runs the NRA's
    lobbying arm,"); each comma-separated part of such a span is tried on its own, and so is
    what comes before an "of" ("Sen. John McCain of Arizona", whom factdb names John McCain).
    """
    parts = [part for part in re.split(r",|\s+who\s+", gold) if part.strip()]
    before_of = re.split(r"\s+of\s+", gold, maxsplit=1)[0]
    return any(_same_speaker(predicted, part) for part in [gold, *parts, before_of])


def _same_speaker(predicted: str, gold: str) -> bool:
    p, g = _speaker_key(predicted), _speaker_key(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    # a full-token surname match: "Pres. Obama" and "Barack Obama", "Clinton" and "Hillary Clinton"
    surname_gold = re.sub(r"\([^)]*\)", "", gold).strip().strip(_TRIM).split()[-1:]
    return p[-1] == g[-1] and bool(surname_gold) and surname_gold[0][:1].isupper()


def is_speech_cue(cue: str | None) -> bool:
    """Whether a gold cue is a speech act factdb extracts (a reporting verb, "according to",
    a colon, the dash of a sign-off: "..." ― Sonya Herridge), as opposed to PolNeAR's beliefs,
    perceptions and nouns ("thinks", "polls show", "his promise")."""
    if not cue:
        return False
    lowered = cue.lower()
    if "according to" in lowered or lowered.strip(" \u00a0:-\u2012\u2013\u2014\u2015") == "":
        return True
    forms = reporting_verb_forms()
    return any(word in forms for word in _WORD.findall(lowered))


def _bare_pronoun(name: str, pronouns: set[str]) -> bool:
    """A pronoun, also with a verb run on ("I'm", "They’re", "We've")."""
    lowered = name.lower().replace("’", "'")
    return lowered in pronouns or lowered.split("'")[0] in pronouns and "'" in lowered


def _pct(part: int, whole: int, digits: int = 1) -> float:
    return round(100 * part / max(1, whole), digits)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _prf(pred_hit: int, pred: int, gold_hit: int, gold: int) -> dict[str, float]:
    p = pred_hit / pred if pred else 0.0
    r = gold_hit / gold if gold else 0.0
    return {
        "precision": round(100 * p, 1),
        "recall": round(100 * r, 1),
        "f1": round(100 * _f1(p, r), 1),
    }


# What a found span has that its gold has not, or lacks, named by the words at the seam.
_FRAME_WORDS = re.compile(
    r"\b(?:said|says|say|added|told|tells|asked|wrote|writes|noted|according)\b"
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s|\n")
_ADVERBIAL = re.compile(
    r"\W*(?:on|in|at|during|after|before|last|this|through|via|from|when|while|as|since)\b"
)
_MARKS = re.compile(r"[\"'“”‘’]")
# a sentence's opening adverbial set off by a comma: "In fact, ", "After that fiasco, "
_OPENING_ADVERBIAL = re.compile(
    r"(?:In fact|Even so|However|Still|Meanwhile|Indeed|Instead|Of course|Behind the scenes|"
    r"(?:In|On|At|After|Before|During|Despite|With|Without|Since|As|Under|By|For|Through|Until|"
    r"Unlike|Amid|Among|Following|Earlier|Later|Entering|Soon)\b[^,.;:“”\"]{0,60}),\s*"
)
# a report that holds the found one: "Clinton had told police officials that ", "which he said "
_OUTER_REPORT = re.compile(
    r"\b(?:said|says|say|told|tells|noted|argued|argues|claimed|claims|believes?|thinks?|"
    r"hopes?|understands|suggests?|warned|asserted|wrote|reported|called|calls|asked)\s+"
    r"(?:that\s+)?$"
)
_RELATIVE_REPORT = re.compile(r"\b(?:which|what|who|that)\s+(?:[\w’'.-]+\s+){1,5}$")


def _tail_pattern(extra: str) -> str:
    """Name what a found span runs on into past its gold end."""
    head = extra.lstrip(" \t\"'“”‘’")
    if _SENTENCE_BREAK.search(extra[:-1]) and _FRAME_WORDS.search(extra):
        return "runs on past a frame into the next sentence"
    if _FRAME_WORDS.search(" ".join(extra.split()[:6])):
        return "runs on into a frame (', he said')"
    if re.match(r",\s*(?:which|who|whose|where|when)\b", head):
        return "runs on into a relative clause (', which ...')"
    if re.match(r"[—–-]{1,2}|\s[—–-]", head) or re.match(r"\s*[—–-]", extra):
        return "runs on past a dash"
    unmarked = _MARKS.sub("", extra)  # ',” adding that' as ', adding that'
    if re.match(r",?\s*(?:and|but|while|though|although|even|so|yet)\b", unmarked):
        return "runs on into a coordinated clause (', and ...', ', but ...')"
    if re.match(r",\s*[a-z]+ing\b", unmarked):
        return "runs on into a participle (', saying ...')"
    if re.match(r",\s*(?:compared|up|down)\s+(?:with|to|from)\b", unmarked):
        return "runs on into a comparison (', compared with ...')"
    if _ADVERBIAL.match(head):
        return "runs on into an adverbial ('on Tuesday', 'in a statement')"
    if re.match(r",\s*(?:a|an|the|one)\b", head):
        return "runs on into an appositive (', a ...')"
    return "runs on past the end (other)"


def _head_pattern(extra: str, gold_head: str = "") -> str:
    """Name what a found span has before its gold start (`gold_head`: the gold's first words).

    PolNeAR is of two minds on two of these, so they are named but not fixed: an opening
    adverbial (train: 112 gold claims keep "In fact, ...", 102 start after it) and whom a
    call is made on (103 keep "urged Congress to ...", 33 start at "to")."""
    if _FRAME_WORDS.search(extra):
        return "starts too early, before a frame or source"
    if re.fullmatch(r"\W*(?:And|But|Yet|So|Still|Now|Also)\W*", extra):
        return "starts too early, at a conjunction"
    if extra.rstrip().endswith(("“", '"', "''", "‘")):
        return "starts too early, words before a quotation (mixed vs quoted)"
    if _OPENING_ADVERBIAL.fullmatch(extra):
        return "starts too early: an opening adverbial ('In fact, ...', PolNeAR either way)"
    if gold_head.startswith("to ") and len(extra.split()) <= 5 and "," not in extra:
        return "starts too early: whom a call is on ('urged Congress to ...', PolNeAR either way)"
    if re.search(r"\bthat\s*$", extra) or _OUTER_REPORT.search(extra):
        return "starts too early: the gold is a report inside the found one ('..., adding that')"
    return "starts too early (other)"


def _short_head_pattern(missing: str) -> str:
    """Name what a found span lacks at its gold start."""
    if _FRAME_WORDS.search(missing) and _SENTENCE_BREAK.search(missing):
        return "starts too late: an earlier piece of the statement is missing"
    if missing.rstrip().endswith(("“", '"', "''", "‘")):
        return "starts too late: at the quotation inside a mixed clause"
    if re.fullmatch(r"\W*(?:that|which|who|what)\W*", missing, re.IGNORECASE):
        return "starts too late: after 'that'/'which'"
    if _RELATIVE_REPORT.search(missing) and _OUTER_REPORT.search(missing):
        # PolNeAR either way: 42 train golds open at "which he said", 47 after it
        return "starts too late: the gold keeps a relative frame ('which he said ...')"
    if _OUTER_REPORT.search(missing) or re.search(r"\bthat\s*$", missing):
        return "starts too late: the gold is a report holding the found one ('X told police that')"
    if re.fullmatch(r"\W*(?:And|But|Yet|So|Still|Now|Also)\W*", missing):
        return "starts too late: after a conjunction the gold keeps ('But ...')"
    if _OPENING_ADVERBIAL.fullmatch(missing):
        return "starts too late: an opening adverbial ('In fact, ...', PolNeAR either way)"
    if missing.rstrip().endswith(":"):
        return "starts too late: the gold keeps a colon's lead-in ('a simple question: ...')"
    return "starts too late (other)"


def span_pattern(text: str, gold: list[tuple[int, int]], found: list[tuple[int, int]]) -> str:
    """One name for how a found content span differs from its gold (both trimmed pieces)."""
    g_start, g_end = gold[0][0], gold[-1][1]
    f_start, f_end = found[0][0], found[-1][1]
    names = []
    if len(gold) != len(found):
        names.append(
            f"pieces: gold {min(len(gold), 3)}{'+' if len(gold) > 3 else ''}, found {len(found)}"
        )
    if f_end > g_end:
        names.append(_tail_pattern(text[g_end:f_end]))
    elif f_end < g_end:
        missing = text[f_end:g_end]
        names.append(
            "stops short at a sentence break"
            if _SENTENCE_BREAK.search(missing)
            else "stops short inside the sentence"
        )
    if f_start < g_start:
        names.append(_head_pattern(text[f_start:g_start], text[g_start : g_start + 3]))
    elif f_start > g_start:
        names.append(_short_head_pattern(text[g_start:f_start]))
    return "; ".join(names) or "same ends, different inside"


def cue_pattern(gold: tuple[int, int], found: tuple[int, int] | None, text: str) -> str | None:
    """How a found cue differs from the gold cue, or None when they are the same span."""
    if found is None:
        return "no cue found"
    if found == gold:
        return None
    if gold[0] <= found[0] and found[1] <= gold[1]:
        extra = text[gold[0] : found[0]].split() + text[found[1] : gold[1]].split()
        return f"gold wider: {' '.join(extra[:3]).lower() or '(marks)'}"
    if found[0] <= gold[0] and gold[1] <= found[1]:
        return "found wider"
    if found[0] < gold[1] and gold[0] < found[1]:
        return "overlapping"
    return "another word"


def _cue_context(text: str, quote: dict[str, Any]) -> str:
    """The words around a gold cue, so a miss can be classified without opening the article."""
    at = quote.get("cue_start")
    if at is None:
        return ""
    start, end = max(0, at - 90), min(len(text), quote["cue_end"] + 60)
    return " ".join(
        f"{text[start:at]}[[{text[at : quote['cue_end']]}]]{text[quote['cue_end'] : end]}".split()
    )


def evaluate(
    path: str, show_errors: int = 0, show_spans: int = 0, kept_misses: bool = False
) -> dict[str, Any]:
    """Every figure for one gold file; `show_errors` prints that many misses and false hits,
    `show_spans` that many found-but-not-exact spans beside their gold, after a tally of how
    they differ (`span_pattern`) and of how found cues differ from gold cues.

    `kept_misses` lists only misses whose cue is of a kind factdb keeps, with the cue in its
    context: those are the recall factdb's policy leaves to win."""
    pronouns = set(pronoun_classes())
    counts: Counter[str] = Counter()
    seconds = 0.0
    missed: list[str] = []
    false_hits: list[str] = []
    wrong_speakers: list[str] = []
    span_tally: Counter[str] = Counter()
    cue_tally: Counter[str] = Counter()
    span_rows: list[str] = []
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    for record in records:
        text: str = record["text"]
        started = time.perf_counter()
        claims: list[Claim] = extract_article(text).claims
        seconds += time.perf_counter() - started
        # a claim in pieces (a split quote, "X, he said, Y") is scored on its pieces, as
        # PolNeAR scores its segments: the "he said" between them is not the claim's content
        pieces = [c.segments or [(c.start, c.end)] for c in claims]
        pred_chars = [_chars(text, p) for p in pieces]
        pred_hit30 = [False] * len(claims)
        pred_hit80 = [False] * len(claims)
        pred_exact = [False] * len(claims)
        pred_overlap = [False] * len(claims)
        pred_norm = [
            _normal(" ".join(text[slice(*trimmed(text, s, e))] for s, e in _merged(text, p)))
            for p in pieces
        ]
        pred_tokens = [set(_WORD.findall(n.lower())) for n in pred_norm]
        counts["pred"] += len(claims)
        for claim in claims:
            if claim.speaker is not None and _bare_pronoun(claim.speaker.name, pronouns):
                counts["pred_pronoun"] += 1
        golds: list[tuple[list[tuple[int, int]], set[int]]] = []
        for quote in record["quotes"]:
            # in text order: annotators list the pieces of 91 train quotes in the order they
            # marked them, and a claim's pieces joined are compared with the gold's joined
            segments = sorted(quote.get("segments") or [[quote["start"], quote["end"]]])
            gold_chars = _chars(text, segments)
            if not gold_chars:
                continue
            golds.append(([trimmed(text, s, e) for s, e in _merged(text, segments)], gold_chars))
            kind = quote["kind"]
            speech = is_speech_cue(quote.get("cue"))
            counts["speech_gold"] += speech
            left_out = left_out_kind(quote.get("cue"), quote.get("speaker"))
            kept = left_out is None
            counts["kept_gold"] += kept
            if left_out:
                counts[f"left_out_gold:{left_out}"] += 1
            counts["gold"] += 1
            counts[f"gold_{kind}"] += 1
            gold_norm = _normal(
                " ".join(text[slice(*trimmed(text, s, e))] for s, e in _merged(text, segments))
            )
            gold_tokens = set(_WORD.findall(gold_norm.lower()))
            best, best_cov = -1, 0.0
            for i, chars in enumerate(pred_chars):
                if not chars:
                    continue
                cov = len(chars & gold_chars) / len(gold_chars)
                if cov > best_cov:
                    best, best_cov = i, cov
                if cov > 0.3:
                    pred_hit30[i] = True
                if cov > 0.8:
                    pred_hit80[i] = True
                if pred_norm[i] == gold_norm:
                    pred_exact[i] = True
                union = pred_tokens[i] | gold_tokens
                if union and len(pred_tokens[i] & gold_tokens) / len(union) >= 0.5:
                    pred_overlap[i] = True
            if kept:
                counts[f"kept_gold_{kind}"] += 1
            if any(pred_norm[i] == gold_norm for i in range(len(claims))):
                counts["gold_exact"] += 1
                counts["kept_exact"] += kept
            if any(
                (pred_tokens[i] | gold_tokens)
                and len(pred_tokens[i] & gold_tokens) / len(pred_tokens[i] | gold_tokens) >= 0.5
                for i in range(len(claims))
            ):
                counts["gold_overlap"] += 1
                counts["kept_overlap"] += kept
            if best_cov > 0.8:
                counts["gold_hit80"] += 1
                counts["kept_hit80"] += kept
            if best_cov <= 0.3:
                if kept_misses and kept and len(missed) < show_errors:
                    missed.append(
                        f"MISS [{kind}] {quote.get('speaker')!r}: {_cue_context(text, quote)}"
                    )
                elif not kept_misses and len(missed) < show_errors:
                    missed.append(
                        f"MISS [{kind}] {quote.get('speaker')!r} {quote.get('cue')!r}: {gold_norm[:160]}"
                    )
                continue
            counts["gold_hit30"] += 1
            counts[f"gold_hit30_{kind}"] += 1
            if speech:
                counts["speech_hit30"] += 1
            if kept:
                counts["kept_hit30"] += 1
                counts[f"kept_hit30_{kind}"] += 1
            else:
                counts[f"left_out_hit30:{left_out}"] += 1
            claim = claims[best]
            gold_speaker = quote.get("speaker")
            if gold_speaker and gold_speaker.strip().lower() not in pronouns:
                counts["speaker_gold"] += 1
                predicted = claim.speaker.name if claim.speaker else ""
                named = predicted not in ("", "unknown")
                counts["speaker_named"] += named
                if speaker_matches(predicted, gold_speaker):
                    counts["speaker_ok"] += 1
                elif len(wrong_speakers) < show_errors:
                    wrong_speakers.append(
                        f"SPEAKER gold={gold_speaker!r} pred={predicted!r} ({claim.rule}): {claim.text[:100]}"
                    )
            if quote.get("cue_start") is not None:
                counts["cue_gold"] += 1
                if (
                    claim.cue is not None
                    and claim.cue.start < quote["cue_end"]
                    and quote["cue_start"] < claim.cue.end
                ):
                    counts["cue_ok"] += 1
                found_cue = (claim.cue.start, claim.cue.end) if claim.cue else None
                cue_differs = cue_pattern((quote["cue_start"], quote["cue_end"]), found_cue, text)
                counts["cue_exact"] += cue_differs is None
                if show_spans and cue_differs is not None:
                    cue_tally[cue_differs] += 1
        if show_spans:
            for i, claim in enumerate(claims):
                if pred_hit30[i] and not pred_exact[i]:
                    found = [trimmed(text, s, e) for s, e in _merged(text, pieces[i])]
                    gold, _ = max(
                        golds,
                        key=lambda g: len(g[1] & pred_chars[i]) / len(g[1] | pred_chars[i]),
                    )
                    pattern = span_pattern(text, gold, found)
                    span_tally.update(pattern.split("; "))  # each way it differs, counted alone
                    if len(span_rows) < show_spans:
                        span_rows.append(
                            f"SPAN ({claim.rule}) {pattern}\n  gold:  {_pieces_text(text, gold)}"
                            f"\n  found: {_pieces_text(text, found)}"
                        )
        for i, claim in enumerate(claims):
            if not pred_hit30[i] and len(false_hits) < show_errors:
                who = claim.speaker.name if claim.speaker else None
                false_hits.append(f"FALSE ({claim.rule}) {who!r}: {claim.text[:140]!r}")
        counts["pred_hit30"] += sum(pred_hit30)
        counts["pred_hit80"] += sum(pred_hit80)
        counts["pred_exact"] += sum(pred_exact)
        counts["pred_overlap"] += sum(pred_overlap)
    result: dict[str, Any] = {
        "articles": len(records),
        "gold_quotes": counts["gold"],
        "predicted_claims": counts["pred"],
        "quotes_30": _prf(
            counts["pred_hit30"], counts["pred"], counts["gold_hit30"], counts["gold"]
        ),
        "quotes_80": _prf(
            counts["pred_hit80"], counts["pred"], counts["gold_hit80"], counts["gold"]
        ),
        # precision as above (a claim is right when it covers any gold attribution); recall
        # over the gold of the kinds factdb keeps
        "quotes_30_kept": _prf(
            counts["pred_hit30"], counts["pred"], counts["kept_hit30"], counts["kept_gold"]
        ),
        "quotes_80_kept": _prf(
            counts["pred_hit80"], counts["pred"], counts["kept_hit80"], counts["kept_gold"]
        ),
        "content_exact_kept": _prf(
            counts["pred_exact"], counts["pred"], counts["kept_exact"], counts["kept_gold"]
        ),
        "content_overlap_kept": _prf(
            counts["pred_overlap"], counts["pred"], counts["kept_overlap"], counts["kept_gold"]
        ),
        "recall_30_kept_direct": _pct(counts["kept_hit30_direct"], counts["kept_gold_direct"], 1),
        "recall_30_kept_indirect": _pct(
            counts["kept_hit30_indirect"], counts["kept_gold_indirect"], 1
        ),
        "kept_gold": counts["kept_gold"],
        "left_out": {
            key.split(":", 1)[1]: (count, counts[f"left_out_hit30:{key.split(':', 1)[1]}"])
            for key, count in sorted(counts.items())
            if key.startswith("left_out_gold:")
        },
        "recall_30_speech": _pct(counts["speech_hit30"], counts["speech_gold"], 1),
        "speech_gold": counts["speech_gold"],
        "recall_30_direct": _pct(counts["gold_hit30_direct"], counts["gold_direct"], 1),
        "recall_30_indirect": _pct(counts["gold_hit30_indirect"], counts["gold_indirect"], 1),
        "content_exact": _prf(
            counts["pred_exact"], counts["pred"], counts["gold_exact"], counts["gold"]
        ),
        "content_overlap": _prf(
            counts["pred_overlap"], counts["pred"], counts["gold_overlap"], counts["gold"]
        ),
        "speaker_match": _pct(counts["speaker_ok"], counts["speaker_gold"], 1),
        "speaker_scored": counts["speaker_gold"],
        "speaker_named_precision": _pct(counts["speaker_ok"], counts["speaker_named"], 1),
        "speaker_named": counts["speaker_named"],
        "bare_pronoun_speakers": _pct(counts["pred_pronoun"], counts["pred"], 2),
        "cue_match": _pct(counts["cue_ok"], counts["cue_gold"], 1),
        "cue_exact": _pct(counts["cue_exact"], counts["cue_gold"], 1),
        "seconds": round(seconds, 3),
        "errors": missed + false_hits + wrong_speakers,
        "span_tally": span_tally.most_common(),
        "cue_tally": cue_tally.most_common(),
        "spans": span_rows,
    }
    return result


def _pieces_text(text: str, pieces: list[tuple[int, int]]) -> str:
    return " | ".join(_normal(text[s:e]) for s, e in pieces)


def format_report(result: dict[str, Any]) -> str:
    def prf(name: str) -> str:
        r = result[name]
        return f"P {r['precision']:5.1f}  R {r['recall']:5.1f}  F1 {r['f1']:5.1f}"

    lines = [
        f"articles {result['articles']}  gold quotes {result['gold_quotes']}  predicted claims {result['predicted_claims']}",
        f"quotes  @30% coverage   {prf('quotes_30')}",
        f"quotes  @80% coverage   {prf('quotes_80')}",
        f"recall@30 direct {result['recall_30_direct']:.1f}  indirect {result['recall_30_indirect']:.1f}"
        f"  speech cues only {result['recall_30_speech']:.1f} (of {result['speech_gold']})",
        f"kept kinds @30%         {prf('quotes_30_kept')}  (of {result['kept_gold']} gold)",
        f"kept kinds @80%         {prf('quotes_80_kept')}",
        f"kept recall@30 direct {result['recall_30_kept_direct']:.1f}"
        f"  indirect {result['recall_30_kept_indirect']:.1f}",
        f"kept content exact      {prf('content_exact_kept')}",
        f"kept content overlap    {prf('content_overlap_kept')}",
        "left out by policy (gold, found@30): "
        + ", ".join(
            f"{kind} {gold} ({found})" for kind, (gold, found) in result["left_out"].items()
        ),
        f"content exact           {prf('content_exact')}",
        f"content token-overlap   {prf('content_overlap')}",
        f"speaker match {result['speaker_match']:.1f}% of {result['speaker_scored']} found quotes with a non-pronoun gold source",
        f"named speakers right {result['speaker_named_precision']:.1f}% of {result['speaker_named']} (the rest: no speaker or 'unknown')",
        f"bare pronoun speakers {result['bare_pronoun_speakers']:.2f}%   cue match {result['cue_match']:.1f}%"
        f" (exact span {result['cue_exact']:.1f}%)",
        f"extraction time {result['seconds']:.2f} s",
    ]
    lines.extend(result["errors"])
    if result["span_tally"]:
        lines.append("found but not exact, by each way the span differs from its gold:")
        lines.extend(f"  {count:5d}  {name}" for name, count in result["span_tally"][:25])
    if result["cue_tally"]:
        lines.append("found cues that are not the gold cue's span:")
        lines.extend(f"  {count:5d}  {name}" for name, count in result["cue_tally"][:15])
    lines.extend(result["spans"])
    return "\n".join(lines)


def _is_hedge_corpus(path: str) -> bool:
    with open(path, encoding="utf-8") as handle:
        first = json.loads(handle.readline())
    return "cues" in first and "uncertain" in first


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold")
    parser.add_argument("--errors", type=int, default=0, help="print up to N misses of each type")
    parser.add_argument(
        "--spans",
        type=int,
        default=0,
        help="tally how found-but-not-exact content spans and cues differ from gold; list N",
    )
    parser.add_argument(
        "--mixed-partials",
        action="store_true",
        help="report one quoted fragment in reported speech as the whole mixed clause",
    )
    parser.add_argument(
        "--kept-misses",
        action="store_true",
        help="with --errors: list only misses whose cue is of a kind factdb keeps, in context",
    )
    args = parser.parse_args(argv)
    if args.mixed_partials:
        from factdb.extract.attribution import partial_quotes

        partial_quotes.PARTIAL_QUOTES_AS_DIRECT = False
    if _is_hedge_corpus(args.gold):
        from benchmarks.hedge_eval import evaluate_hedges, format_hedge_report

        print(format_hedge_report(evaluate_hedges(args.gold)))
        return
    print(format_report(evaluate(args.gold, args.errors, args.spans, args.kept_misses)))


if __name__ == "__main__":
    main()
