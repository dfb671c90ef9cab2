"""The one exception the storage layer raises for a database that cannot be used."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be used: the CLI prints it as `Error: <db>: <message>`.

    `url` is the database as shown to the user (password hidden); `message` is the problem
    in one line, without SQLAlchemy's SQL dump.
    """

    def __init__(self, message: str, url: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.url = url
