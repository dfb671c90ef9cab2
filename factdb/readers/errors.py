"""One-line messages for operating-system failures, so a batch reports and carries on."""

from __future__ import annotations

import errno

_MESSAGES = {
    errno.ENOENT: "no such file or directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "is a directory",
    errno.ENOTDIR: "not a directory",
    errno.ELOOP: "too many levels of symbolic links",
    errno.ENAMETOOLONG: "file name too long",
}


def describe_os_error(exc: OSError) -> str:
    """ "permission denied", "is a directory"... without the path (the origin says it)."""
    if exc.errno in _MESSAGES:
        return _MESSAGES[exc.errno]
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"cannot read: {reason.splitlines()[0].lower()}"
