"""文件 → 导出审核意见: the open document's 审核意见 workbook, for the reviewer to send back.

The same workbook as ``jxeditor validate FILE --report OUT.xlsx``
(:mod:`jxeditor.formats.xlsx.review_report`): what is still being typed is committed
first, the document is validated on the window's thread, and the workbook is written
(atomically) as a long job; from then on every 待填 of the document's projects is an
error (:meth:`~ui.session.live_validation.LiveValidation.insist`). The dialog suggests
``NAME-审核意见.xlsx`` beside the file; a path chosen with another extension gets ``.xlsx``.
A write error is shown as the core's one-line message; the document is not touched
either way. The workbook writer (openpyxl) is imported when a report is written, not with
the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from jxeditor.errors import FileFormatError
from ui.session.files import DocumentFiles
from ui.session.questions import Cancelled

REPORT_SUFFIX = ".xlsx"


def suggested_report_path(files: DocumentFiles) -> Path:
    """``NAME-审核意见.xlsx`` in the folder where file dialogs start."""
    stem = Path(files.path.name).stem if files.path is not None else files.display_name
    return Path(files.dialog_folder()) / f"{stem}-审核意见{REPORT_SUFFIX}"


def export_review_report(files: DocumentFiles) -> Path | None:
    """Asks where, and writes the 审核意见 workbook of the open document there; the
    path written, or None (cancelled, or an error that was shown)."""
    session = files.session
    answer = files.questions.ask_save_path(str(suggested_report_path(files)))
    if not answer:
        return None
    target = Path(answer)
    if target.suffix.lower() != REPORT_SUFFIX:
        target = target.with_suffix(REPORT_SUFFIX)
    from jxeditor.formats.xlsx.review_report import ReviewedFile, save_review_report

    name = files.path.name if files.path is not None else files.display_name
    entry = ReviewedFile.checked(name, session.doc)
    try:
        cut = files.questions.run_long(
            QCoreApplication.translate("ReviewExport", "正在写出审核意见…"), lambda: save_review_report(target, [entry])
        )
    except Cancelled:
        return None
    except FileFormatError as error:
        files.questions.show_error(str(error))
        return None
    session.live.insist()  # exported: what is still empty is missing now
    if cut:  # texts cleaned or cut in the cells, as 另存为 .xlsx shows its own
        files.questions.show_info(QCoreApplication.translate(
            "ReviewExport", "审核意见已写入“{0}”，但有些单元格的文字不全：").format(target)
            + "\n" + "\n".join(cut))
    else:
        files.questions.show_info(QCoreApplication.translate("ReviewExport", "审核意见已写入“{0}”。").format(target))
    return target
