"""Writing a file so that a failure never leaves half of it: atomically, beside the target.

Shared by ``batch`` (the results) and ``plan --svg`` (the picture).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_output(path: str) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed onto it only if the block completes.

    An interrupted or failed run (an exception, Ctrl-C, a signal) removes the
    temporary file and leaves any earlier ``path`` untouched. A path that is
    not a regular file (``/dev/null``, a named pipe) is written as it is; a symbolic link is
    followed (the file it names is replaced, as ``>`` in a shell writes it; the link stays).
    A file the user may not write (read-only) raises :class:`PermissionError`, as ``>``
    refuses it, before anything is written.
    """
    if path.endswith(("/", os.sep)):
        # a name ending in a slash names a directory (`> out.csv/` says so); Path would
        # drop the slash and write the file out.csv
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
    try:
        named = os.stat(path)  # what the path names, through any link
    except OSError:
        named = None
    if named is not None and stat.S_ISDIR(named.st_mode):
        # a directory, before anything is written: the rename onto it fails after, with
        # "Device or resource busy" for . and .. (any other, "Is a directory")
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
    if named is not None and not stat.S_ISREG(named.st_mode):
        # a device or a pipe, also through a link whose target is no path (/dev/stdout in a
        # pipe: /proc/self/fd/1 → pipe:[…]): written into as it is
        yield Path(path)
        return
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    if named is not None and stat.S_ISREG(named.st_mode) and not os.access(target, os.W_OK):
        # a file made read-only is not replaced behind its mode (a rename needs only the
        # directory's): refused, as `>` refuses to write it (root may, as `>` may)
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes the file private (0600); give it the mode a plain open()
        # would: the earlier file's, or what the umask allows
        try:
            mode = target.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def is_stdout(path: str) -> bool:
    """Whether ``path`` names the file standard output writes to: ``/dev/stdout``
    (``/dev/fd/1``), or the file, pipe or terminal stdout was redirected to
    (``mediaops plan --svg out.txt > out.txt``). A device that keeps nothing apart from a
    terminal (``/dev/null``, where both may be sent) is not said to be."""
    try:
        out, named = os.fstat(1), os.stat(path)
        if stat.S_ISCHR(out.st_mode) and not os.isatty(1):
            return False
    except (OSError, ValueError):  # no such file (yet), or stdout closed: not it
        return False
    return (out.st_dev, out.st_ino) == (named.st_dev, named.st_ino)


def same_file(source: str, output: str) -> bool:
    """Whether writing ``output`` would overwrite ``source``: the same path, a symlink to
    it, or a hard link (the same file on disk); for ``-``, the file standard input (or
    output) was redirected from (to), as in ``mediaops batch - -o list.csv < list.csv``."""
    try:
        if source == "-" or output == "-":
            src = os.fstat(0) if source == "-" else os.stat(source)
            out = os.fstat(1) if output == "-" else os.stat(output)
            # a regular file on both sides: pipes and terminals are never the same file here
            regular = stat.S_ISREG(src.st_mode) and stat.S_ISREG(out.st_mode)
            return regular and (src.st_dev, src.st_ino) == (out.st_dev, out.st_ino)
        return os.path.samefile(source, output)
    except OSError:  # one of them does not exist (yet), or a stream is closed: not the same
        return "-" not in (source, output) and os.path.abspath(source) == os.path.abspath(output)
