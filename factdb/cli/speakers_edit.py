"""`speakers merge` and `speakers split`: a journalist's corrections to who is who.

`factdb speakers` (the listing, in query.py) becomes a command group here so the corrections
sit under it: with no subcommand it lists speakers exactly as before.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any

import typer

from factdb.cli import query  # noqa: F401  (the `speakers` listing must be registered first)
from factdb.cli.app import DbOption, app, db_url, fail, stderr
from factdb.cli.database import open_session

SpeakerId = Annotated[int, typer.Argument(help="A speaker id (from `factdb speakers`).")]


def _group_around(listing: Any) -> typer.Typer:
    """A `speakers` group whose bare invocation runs the existing listing command."""

    @functools.wraps(listing)
    def callback(ctx: typer.Context, **options: Any) -> None:
        if ctx.invoked_subcommand is None:
            listing(ctx, **options)

    group = typer.Typer(
        rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]}
    )
    group.callback(invoke_without_command=True)(callback)
    return group


def _install() -> typer.Typer:
    for info in list(app.registered_commands):
        name = info.name or (info.callback.__name__ if info.callback else "")
        if name == "speakers":
            app.registered_commands.remove(info)
            group = _group_around(info.callback)
            app.add_typer(group, name="speakers", help=info.help or inspect.getdoc(info.callback))
            return group
    group = typer.Typer(rich_markup_mode=None, help="Correct who is who.")
    app.add_typer(group, name="speakers")
    return group


speakers_app = _install()


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
