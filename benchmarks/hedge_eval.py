"""How well `find_hedges` spots uncertainty, measured on a wikiweasel-format corpus.

The Szeged Uncertainty Corpus marks speculation (epistemic, doxastic, condition, investigation
cues) in Wikipedia sentences. It has no approximations ("about 3,000") and no right-of-reply
lines ("declined to comment"): those say nothing about whether a claim is uncertain, so both
categories are left out of every figure here. Verification and distancing cues are kept: a
sentence that "could not be verified" or is "reportedly" true is uncertain, even though the
corpus never annotates distancing ("claimed", "reported") and so counts those as false positives.

Usage: python benchmarks/hedge_eval.py ../shared/corpora/hedges/wikiweasel.jsonl
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factdb.extract.hedges import find_hedges  # noqa: E402

EXCLUDED = frozenset({"approximation", "no_comment"})


def _scores(right_predicted: int, predicted: int, found_gold: int, gold: int) -> dict[str, float]:
    """P/R/F1; predicted and gold hits are counted apart because span overlap is not 1:1."""
    precision = right_predicted / predicted if predicted else 0.0
    recall = found_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate_hedges(path: str) -> dict[str, Any]:
    """Sentence-level and cue-overlap precision/recall/F1 of `find_hedges` on `path`."""
    sentences = tp = fp = fn = 0
    cue_pred = cue_pred_hit = cue_gold = cue_gold_hit = 0
    per_category: Counter[str] = Counter()
    per_category_hit: Counter[str] = Counter()
    false_cues: Counter[str] = Counter()
    missed_cues: Counter[str] = Counter()
    seconds = 0.0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            text: str = record["text"]
            gold = [(c["start"], c["end"]) for c in record["cues"]]
            started = time.perf_counter()
            found = [h for h in find_hedges(text) if h.category not in EXCLUDED]
            seconds += time.perf_counter() - started
            sentences += 1
            predicted_uncertain = bool(found)
            gold_uncertain = bool(record["uncertain"])
            tp += predicted_uncertain and gold_uncertain
            fp += predicted_uncertain and not gold_uncertain
            fn += gold_uncertain and not predicted_uncertain
            for hedge in found:
                hit = any(hedge.start < end and start < hedge.end for start, end in gold)
                per_category[hedge.category] += 1
                per_category_hit[hedge.category] += hit
                cue_pred_hit += hit
                if not hit:
                    false_cues[hedge.text.lower()] += 1
            for start, end in gold:
                hit = any(h.start < end and start < h.end for h in found)
                cue_gold_hit += hit
                if not hit:
                    missed_cues[text[start:end].lower()] += 1
            cue_pred += len(found)
            cue_gold += len(gold)
    return {
        "path": path,
        "sentences": sentences,
        "gold_uncertain": tp + fn,
        "predicted_uncertain": tp + fp,
        "sentence": _scores(tp, tp + fp, tp, tp + fn),
        "gold_cues": cue_gold,
        "predicted_cues": cue_pred,
        "cue": _scores(cue_pred_hit, cue_pred, cue_gold_hit, cue_gold),
        "per_category": {
            name: {"predicted": count, "overlapping_gold": per_category_hit[name]}
            for name, count in sorted(per_category.items())
        },
        "top_false_cues": false_cues.most_common(15),
        "top_missed_cues": missed_cues.most_common(15),
        "excluded_categories": sorted(EXCLUDED),
        "seconds": round(seconds, 3),
    }


def format_hedge_report(result: dict[str, Any]) -> str:
    """A plain-text summary for a terminal or a report."""
    sent, cue = result["sentence"], result["cue"]
    lines = [
        f"hedges on {result['path']}: {result['sentences']} sentences, "
        f"{result['gold_uncertain']} uncertain (gold), {result['predicted_uncertain']} predicted"
        f" ({result['seconds']} s)",
        f"  sentence  P {sent['precision']:.3f}  R {sent['recall']:.3f}  F1 {sent['f1']:.3f}",
        f"  cue       P {cue['precision']:.3f}  R {cue['recall']:.3f}  F1 {cue['f1']:.3f}"
        f"  ({result['predicted_cues']} predicted, {result['gold_cues']} gold; span overlap)",
        "  by category (predicted / overlapping a gold cue): "
        + ", ".join(
            f"{name} {v['predicted']}/{v['overlapping_gold']}"
            for name, v in result["per_category"].items()
        ),
        "  most frequent false cues: "
        + ", ".join(f"{text} {n}" for text, n in result["top_false_cues"]),
        "  most frequent missed cues: "
        + ", ".join(f"{text} {n}" for text, n in result["top_missed_cues"]),
        f"  not counted: {', '.join(result['excluded_categories'])}",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python benchmarks/hedge_eval.py WIKIWEASEL.jsonl", file=sys.stderr)
        sys.exit(2)
    print(format_hedge_report(evaluate_hedges(sys.argv[1])))
