"""``python -m ui.printing.pdf_command IN OUT.pdf [--messages FILE]``: a document to PDF
without a window, for ``jxeditor convert IN OUT.pdf``; ``--review OUT.pdf FILE...``: the
审核意见 report of the files as PDF, for ``jxeditor validate FILE... --report OUT.pdf``.

The command line (:mod:`jxeditor.cli`) may not load Qt, so it runs this in a child
process (:mod:`jxeditor.formats.pdf_child`; in the packaged program the editor itself
does it, ``jxeditor --export-pdf IN OUT`` or ``--review-pdf OUT FILE...``). No window is
opened: Qt runs offscreen on Linux (no display needed; fonts from fontconfig) and on
its own platform plugin elsewhere (Windows' fonts, which the offscreen plugin may not
see). The reading notices, the notices of texts cut to fit a cell (as ``convert`` to
.xlsx prints them) and the errors are single Chinese lines, written to ``FILE`` when
given (the windowed Windows program has no stderr), else to stderr. Exit status 0, or 2 when the document cannot be
read or the PDF cannot be written (no file is then created or changed).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from PySide6.QtGui import QGuiApplication

from jxeditor.errors import FileFormatError
from jxeditor.formats.documents import load_document
from ui.printing.pdf_export import write_pdf
from ui.printing.review_pdf import review_files, write_review_pdf

EXIT_OK, EXIT_FILE = 0, 2


def export(source: str, target: str, say: TextIO) -> int:
    """Reads ``source`` and writes its PDF to ``target``; the exit status."""
    try:
        doc, notices = load_document(source)
        for notice in notices:
            say.write(f"{source}：提示：{notice}\n")
        cut: list[str] = []
        write_pdf(doc, target, notices=cut)
        for notice in cut:  # text cut to fit a cell, as the .xlsx export reports it
            say.write(f"{target}：提示：{notice}\n")
    except FileFormatError as error:
        say.write(f"{error}\n")
        return EXIT_FILE
    return EXIT_OK


def review(names: Sequence[str], target: str, say: TextIO) -> int:
    """Writes the 审核意见 PDF of the files ``names`` to ``target``; the exit status (the
    files that cannot be read are listed in the report, not errors here)."""
    try:
        cut: list[str] = []
        write_review_pdf(target, *review_files(names), notices=cut)
        for notice in cut:  # texts cleaned or cut in the cells, as for the .xlsx report
            say.write(f"{target}：提示：{notice}\n")
    except FileFormatError as error:
        say.write(f"{error}\n")
        return EXIT_FILE
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="jxeditor --export-pdf",
                                     description="把文档输出为 PDF（A4 纵向）")
    parser.add_argument("paths", nargs="+", metavar="文件",
                        help="输入文件 输出文件.pdf；或与 --review 一起：要审核的文件")
    parser.add_argument("--review", metavar="审核意见.pdf", help="写出这些文件的审核意见 PDF")
    parser.add_argument("--messages", metavar="FILE", help="提示和错误写到此文件（UTF-8）")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if not args.review and len(args.paths) != 2:
        parser.error("需要输入文件和输出文件两个参数")
    if QGuiApplication.instance() is None:
        if sys.platform.startswith("linux"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([sys.argv[0] if sys.argv else "jxeditor"])
        app.setApplicationName("jxeditor")
    def run(say: TextIO) -> int:
        if args.review:
            return review(args.paths, args.review, say)
        return export(args.paths[0], args.paths[1], say)

    if args.messages:
        with open(args.messages, "w", encoding="utf-8") as say:
            return run(say)
    if sys.stderr is not None:
        return run(sys.stderr)
    with open(os.devnull, "w", encoding="utf-8") as say:
        return run(say)


if __name__ == "__main__":
    sys.exit(main())
