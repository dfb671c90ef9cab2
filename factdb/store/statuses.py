"""The verdicts a claim can have: a plain constant, so the CLI can name them in `--help`
without loading the database layer."""

STATUSES = (
    "unverified",
    "in-progress",
    "confirmed",
    "disputed",
    "false",
    "misleading",
    "unverifiable",
    "retracted",
)
DEFAULT_STATUS = "unverified"
