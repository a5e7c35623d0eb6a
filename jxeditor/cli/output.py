"""What every command of the command line shares: its exit statuses, one line written to
stdout or stderr (:func:`say`), and the encoding of what it writes
(:func:`configure_output`: the console's own, UTF-8 when redirected)."""

from __future__ import annotations

import sys
from typing import TextIO

EXIT_OK, EXIT_FILE = 0, 2


def say(stream: TextIO, text: str) -> None:
    """Writes ``text`` as one line."""
    stream.write(text + "\n")


def _interactive(stream: TextIO) -> bool:
    """True when ``stream`` is a console or terminal (not a file or a pipe)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _set_encoding(stream: TextIO, utf8: bool) -> None:
    """UTF-8 (``utf8``) or the stream's own encoding; characters it cannot hold become
    ``?`` rather than an error."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    if utf8:
        reconfigure(encoding="utf-8", errors="replace")
    else:
        reconfigure(errors="replace")


def configure_output(as_json: bool = False, bom: bool = False) -> None:
    """The encoding of what the command line writes.

    A console or terminal gets its own encoding (what it shows). Output redirected to a
    file or a pipe is UTF-8, whatever the code page (GBK on a Chinese Windows, 1252 on an
    English one), so that it is the same file on every PC; ``--bom`` puts a UTF-8 BOM in
    front of it for Notepad users. ``--json`` is always UTF-8.
    """
    _set_encoding(sys.stderr, utf8=not _interactive(sys.stderr))
    redirected = not _interactive(sys.stdout)
    _set_encoding(sys.stdout, utf8=as_json or redirected)
    if bom and redirected:
        sys.stdout.write("\ufeff")
