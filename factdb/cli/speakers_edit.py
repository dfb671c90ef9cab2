"""`speakers merge` and `speakers split`: a journalist's corrections to who is who.

They hang under the `speakers` group defined with the listing in query.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import typer

from factdb.cli.app import DbOption, db_url, fail, stderr
from factdb.cli.database import open_session
from factdb.cli.query import speakers_app

SpeakerId = Annotated[int, typer.Argument(help="A speaker id (from `factdb speakers`).")]


@speakers_app.command("merge")
def merge(
    ctx: typer.Context,
    speaker: SpeakerId,
    into: Annotated[int, typer.Argument(help="The speaker it is the same as (kept).")],
    db: DbOption = None,
) -> None:
    """Merge SPEAKER into INTO: its claims and aliases move to INTO, and stay there after re-ingest.

    Example: factdb speakers merge 7 3
    """
    from factdb.store.matching import merge_speakers

    result = _correct(ctx, db, lambda session: merge_speakers(session, speaker, into))
    stderr.print(
        f"Merged speaker {result.speaker_id} into {result.into_id}: "
        f"{result.claims_moved} claim(s) moved, {len(result.aliases_added)} alias(es) added.",
        markup=False,
    )


@speakers_app.command("split")
def split(ctx: typer.Context, speaker: SpeakerId, db: DbOption = None) -> None:
    """Undo the merge of SPEAKER: its claims and aliases come back, and it is never merged again with that speaker automatically.

    Example: factdb speakers split 7
    """
    from factdb.store.matching import split_speaker

    result = _correct(ctx, db, lambda session: split_speaker(session, speaker))
    stderr.print(
        f"Split speaker {result.speaker_id} from {result.into_id}: "
        f"{result.claims_moved} claim(s) moved back, {len(result.aliases_added)} alias(es) removed.",
        markup=False,
    )


def _correct(ctx: typer.Context, db: str | None, change: Callable[[Any], Any]) -> Any:
    """Run one correction; a refused one is an Error line, exit 1, with nothing changed."""
    from factdb.store.matching import MatchError

    with open_session(db_url(ctx, db)) as session:
        try:
            return change(session)
        except MatchError as exc:
            fail(str(exc), "Nothing was changed. List speakers with: factdb speakers")
