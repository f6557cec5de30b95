"""Reading an article file's bytes and text, refusing what is no article file.

An article is a small regular file: a link (which may point anywhere, /etc/passwd included), a
FIFO (which would block), a folder, a file over :data:`MAX_BYTES` or one that is not UTF-8
becomes an :class:`~explorer.errors.ArticleError` naming the file and the fix.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from explorer.errors import ArticleError

MAX_BYTES = 1024 * 1024
"""The total size limit. Articles are a few KiB (the published family's largest is 8 KiB);
anything over 1 MiB is a wrong file, and parsing it would stall the app."""

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
"""Never follow a symbolic link (a link in the article folder may point anywhere, /etc/passwd
included) and never wait on a FIFO: an article is a regular file, read as it is."""


def read_regular_file(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file (not a link) of at most MAX_BYTES."""
    try:
        if not getattr(os, "O_NOFOLLOW", 0) and path.is_symlink():
            raise OSError(errno.ELOOP, "link")  # Windows: no O_NOFOLLOW, so look first
        fd = os.open(path, _OPEN_FLAGS)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        if getattr(exc, "errno", None) == errno.ELOOP:  # O_NOFOLLOW met a symbolic link
            raise ArticleError(
                "the file is a symbolic link, and links are not followed",
                path=path,
                fix="copy the article itself into the folder instead of linking to it",
            ) from exc
        raise _unreadable(path, exc) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(
                "this is not a regular file (a folder, device or pipe)",
                path=path,
                fix="give the path of an article file",
            )
        if info.st_size > MAX_BYTES:
            raise ArticleError(
                f"file is {info.st_size / MAX_BYTES:.1f} MiB, over the 1 MiB limit for one article",
                path=path,
                fix="check that this is an article file, or split it into several articles",
            )
        return _read_at_most(fd, info.st_size, MAX_BYTES + 1)
    except OSError as exc:  # an I/O error while reading
        raise _unreadable(path, exc) from exc
    finally:
        os.close(fd)


def _unreadable(path: Path, exc: Exception) -> ArticleError:
    return ArticleError(
        f"cannot read the file ({getattr(exc, 'strerror', None) or exc})",
        path=path,
        fix="check the path and the file's permissions",
    )


def _read_at_most(fd: int, size: int, limit: int) -> bytes:
    """Up to ``limit`` bytes of ``fd``; ``size`` (from fstat) sizes the first read.

    Plain ``os.read`` calls: a buffered reader asked for ``limit`` bytes allocates all of
    them first, which cost more than the rest of reading a small article.
    """
    parts = [os.read(fd, size + 1)]
    total = len(parts[0])
    while parts[-1] and total < limit:  # the file grew since fstat, or a short read
        parts.append(os.read(fd, min(limit - total, 1 << 16)))
        total += len(parts[-1])
    return b"".join(parts)


def decode_text(data: bytes) -> str:
    """``data`` as UTF-8 text (a BOM is allowed), within :data:`MAX_BYTES`."""
    if len(data) > MAX_BYTES:
        raise ArticleError(
            f"text is {len(data) / MAX_BYTES:.1f} MiB, over the 1 MiB limit for one article",
            fix="split it into several articles",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ArticleError(
            f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be decoded)",
            line=line,
            column=column,
            fix="save the file with UTF-8 encoding",
        ) from exc
