"""``jxeditor convert IN OUT``: a document in another format, chosen by the extensions
(``.json .xlsx .xls .ods .txt`` in; ``.json``, ``.xlsx`` or ``.pdf`` out, the PDF's forms
on A4 pages drawn by Qt in a child process: :mod:`jxeditor.formats.pdf_child`). Exit
status 0, or 2 when a file cannot be read or written (one line on stderr, the output not
created or changed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jxeditor.cli.output import EXIT_FILE, EXIT_OK, say
from jxeditor.errors import FileFormatError
from jxeditor.formats.documents import load_document, save_document
from jxeditor.formats.pdf_child import convert_to_pdf
from jxeditor.storage.atomic import check_output


def run(args: argparse.Namespace) -> int:
    """Runs ``convert`` as parsed."""
    return cmd_convert(args.source, args.target)


def cmd_convert(source: str, target: str) -> int:
    try:
        check_output(target, [source])
    except FileFormatError as error:
        say(sys.stderr, str(error))
        return EXIT_FILE
    if Path(target).suffix.lower() == ".pdf":  # drawn by Qt, in a child process
        status, lines = convert_to_pdf(source, target)
        for line in lines:
            say(sys.stderr, line)
        return status
    try:
        doc, notices = load_document(source)
        for notice in notices:
            say(sys.stderr, f"{source}：提示：{notice}")
        for notice in save_document(doc, target):  # text cut in visible cells (.xlsx)
            say(sys.stderr, f"{target}：提示：{notice}")
    except FileFormatError as error:
        say(sys.stderr, str(error))
        return EXIT_FILE
    return EXIT_OK
