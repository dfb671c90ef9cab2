"""Speaker names, roles, kinds and organisations whose shape cannot be right, in claim dumps.

A journalist looks a source up by name, so a name with stray words ("6 in 10 voters who"), a
role cut in half ("Lady" for "First Lady Michelle Obama"), a body typed as a person ("the
Center for Responsive Politics") or a town given as an employer ("Laconia" for "Tom Emanuel of
Laconia, N.H.") splits one source into many or hides it. Each claim of a dump (one JSON object
a line, with speaker, skind, role, org and mention, as /work/notes/dumpclaims.py writes) is
checked against a few families of such shapes; each family is counted and its most frequent
cases shown. Some flags are only suspects (a senator "of Texas"); read them.

    .venv/bin/python benchmarks/speaker_shapes.py dumps/train.jsonl dumps/bbc.jsonl [--show 20]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable

from factdb.extract.lexicon import words

Row = dict[str, str | None]

_RELATIVES = frozenset(["who", "whom", "which", "that"])
_TOWN_OF_STATE = re.compile(r"\b([A-Z][a-z]+),\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)")
_HONORIFIC_NAME = re.compile(r"(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+[A-Z][\w'’-]+")


def _last(text: str | None) -> str:
    toks = (text or "").split()
    return toks[-1] if toks else ""


def _name_ends_in_relative(row: Row) -> bool:
    return _last(row["speaker"]) in _RELATIVES


def _name_ends_in_adverb(row: Row) -> bool:
    last = _last(row["speaker"])
    return last.islower() and (
        last in words("cue_adverbs")
        or last in words("adverbs_before_cue")
        or (last.endswith("ly") and row["skind"] in ("person", "anonymous"))
    )


def _role_ends_in_function_word(row: Row) -> bool:
    last = _last(row["role"]).lower()
    return bool(last) and (last in words("function_words") or last in words("determiners"))


def _half_title(row: Row) -> bool:
    role = row["role"] or ""
    return role in ("Lady", "Minister", "Secretary") and f"First {role}" in (row.get("ctx") or "")


def _body_typed_person(row: Row) -> bool:
    if row["skind"] != "person":
        return False
    toks = (row["speaker"] or "").split()
    bodies = words("organization_nouns") | words("body_name_words")
    return len(toks) >= 2 and toks[-1][:1].isupper() and toks[-1].lower() in bodies


def _firm_after_plural_role(row: Row) -> bool:
    last = _last(row["role"])
    return row["skind"] == "person" and last in ("analysts", "consultants", "researchers")


def _titled_surname_anonymous(row: Row) -> bool:
    return row["skind"] == "anonymous" and bool(_HONORIFIC_NAME.fullmatch(row["mention"] or ""))


def _town_as_organisation(row: Row) -> bool:
    org = row["org"]
    if not org:
        return False
    return any(m.group(1) == org for m in _TOWN_OF_STATE.finditer(row.get("ctx") or ""))


FAMILIES: dict[str, Callable[[Row], bool]] = {
    "name ends in a relative pronoun": _name_ends_in_relative,
    "name ends in an adverb": _name_ends_in_adverb,
    "role ends in a function word": _role_ends_in_function_word,
    "role is half a title": _half_title,
    "body typed person": _body_typed_person,
    "firm after a plural role typed person": _firm_after_plural_role,
    "Mr./Ms. + surname typed anonymous": _titled_surname_anonymous,
    "town of a state as organisation": _town_as_organisation,
}


def flag(rows: list[Row]) -> dict[str, Counter[tuple[str | None, ...]]]:
    """Each family's flagged (speaker, kind, role, organisation, mention), counted."""
    found: dict[str, Counter[tuple[str | None, ...]]] = defaultdict(Counter)
    for row in rows:
        if not row.get("speaker"):
            continue
        for family, test in FAMILIES.items():
            if test(row):
                key = (row["speaker"], row["skind"], row["role"], row["org"], row["mention"])
                found[family][key] += 1
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dumps", nargs="+", help="claim dumps, one JSON object a line")
    parser.add_argument("--show", type=int, default=10, help="cases shown per family")
    args = parser.parse_args()
    rows: list[Row] = []
    for path in args.dumps:
        with open(path, encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle)
    found = flag(rows)
    for family in FAMILIES:
        cases = found.get(family, Counter())
        print(f"{family}: {sum(cases.values())} claims, {len(cases)} shapes")
        for key, count in cases.most_common(args.show):
            print(f"  {count:4d}  {key}")


if __name__ == "__main__":
    main()
