"""文件 → 生成下一年度 and 文件 → 与其他版本比较…, on a session's files.

生成下一年度: the next year's document (:func:`jxeditor.yearly.next_year.next_year`) is
made from what the editor shows (unsaved edits included), written where the person
chooses (suggested beside the file, named for the new year and stage:
``单位-2026-自评.json`` → ``单位-2027-目标.json``) and then opened in place of
the current one, after the usual question about unsaved changes. Writing it first means
the new year is never only in memory, and the current file is left as it was: the file
being edited is refused as the place (:func:`jxeditor.storage.atomic.check_output`), as
are both versions for the 修改说明. The
projects left out (period ended) and those with an unclear period are shown.

与其他版本比较: :class:`Comparison` reads another version (never edits it) and keeps the
changes from it to the document in the editor, recomputed a moment after each edit;
it can write the 修改说明 workbook (its writer, openpyxl, imported only then).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from jxeditor.document.document import Document
from jxeditor.document.stages import STAGE_LABELS, TARGETS
from jxeditor.errors import FileFormatError
from jxeditor.storage.atomic import check_output
from ui.platform.qtcompat import emit
from ui.session.file_io import error_reason, load_document, save_document
from ui.session.files import DocumentFiles
from ui.session.questions import Cancelled

if TYPE_CHECKING:
    from jxeditor.yearly.compare import Difference

REFRESH_MS = 400


def next_name(stem: str, year: int, new_year: int, stage: str) -> str:
    """The next year's file name: the year in the name becomes ``new_year`` (or is
    added) and a stage named in it (a word of its own: ``-自评``) gives way to
    ``stage``'s: ``单位-2026-自评`` → ``单位-2027-目标``."""
    words = "|".join(STAGE_LABELS.values())
    stem = re.sub(rf"(^|[-_ ])({words})(?=[-_ ]|$)", "", stem).strip("-_ ")
    stem, found = re.subn(rf"(?<!\d){year}(?!\d)", str(new_year), stem, count=1)
    if not found:
        stem = f"{stem}-{new_year}" if stem else str(new_year)
    return f"{stem}-{STAGE_LABELS[stage]}"


def suggested_next_path(files: DocumentFiles, year: int, stage: str = TARGETS) -> str:
    """The next year's file beside the document's file (or in the dialog's folder),
    named by :func:`next_name`."""
    folder = files.path.parent if files.path is not None else Path(files.dialog_folder())
    name = next_name(Path(files.display_name).stem, files.session.doc.year, year, stage)
    return str(folder / f"{name}.json")


def make_next_year(files: DocumentFiles) -> bool:
    """生成下一年度: asks where to write it, writes it and opens it; False when not done."""
    session = files.session
    from jxeditor.yearly.next_year import next_year

    result = next_year(session.doc)
    if not files.maybe_save():
        return False
    new = result.document
    path = files.questions.ask_save_path(suggested_next_path(files, new.year, new.stage))
    if not path:
        return False
    try:
        check_output(path, [files.path] if files.path is not None else [])
        cut = save_document(result.document, path)  # text cut in the visible cells (.xlsx)
    except FileFormatError as error:
        files.questions.show_error(str(error))
        return False
    if not files.open_file(path):
        return False
    notices = result.notices() + cut
    if notices:
        files.questions.show_info(
            files.tr("已生成 {0} 年度的文件“{1}”。").format(result.document.year, Path(path).name)
            + "\n" + "\n".join(notices)
        )
    return True


def report_path(chosen: str) -> str:
    """The 修改说明 is a workbook: a chosen name gets ``.xlsx``."""
    p = Path(chosen)
    return str(p if p.suffix.lower() == ".xlsx" else p.with_suffix(".xlsx"))


class Comparison(QObject):
    """The changes from another version (read-only) to the document being edited."""

    changed = Signal()  # the list of changes (or the other version) changed

    def __init__(self, files: DocumentFiles, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else files)
        self.files = files
        self.other: Document | None = None
        self.other_path: Path | None = None
        self.changes: list[Difference] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        files.session.stack.indexChanged.connect(lambda _i: self._later())

    @property
    def active(self) -> bool:
        """Whether another version is being compared with."""
        return self.other is not None

    def choose(self) -> bool:
        """Asks for the other version and reads it; False when none was read."""
        path = self.files.questions.ask_open_path(self.files.dialog_folder())
        return bool(path) and self.load(path or "")

    def load(self, path: str | Path) -> bool:
        """Reads ``path`` as the other version (shown an error when it cannot)."""
        p = Path(path)
        questions = self.files.questions
        try:
            other, _notices = questions.run_long(
                self.tr("正在读取“{0}”…").format(p.name), lambda: load_document(p))
        except Cancelled:
            return False
        except FileFormatError as error:
            questions.show_error(str(error))
            return False
        except Exception as error:  # an importer's bug must not take the window down
            questions.show_error(self.tr("无法打开文件“{0}”：{1}").format(p, error_reason(error)))
            return False
        self.other, self.other_path = other, p
        self.refresh()
        return True

    def _later(self) -> None:
        if self.active:
            self._timer.start()

    def refresh(self) -> None:
        """Compares again (the document changed)."""
        self._timer.stop()
        from jxeditor.yearly.compare import compare

        self.changes = compare(self.other, self.files.session.doc) if self.other else []
        emit(self.changed)

    def stop(self) -> None:
        """Ends the comparison."""
        self.other, self.other_path, self.changes = None, None, []
        self._timer.stop()
        emit(self.changed)

    def export(self) -> bool:
        """Asks where and writes the 修改说明 workbook; False when not written."""
        if self.other_path is None:
            return False
        self.refresh()
        questions = self.files.questions
        stem = Path(self.files.display_name).stem or "未命名"
        chosen = questions.ask_save_path(str(self.other_path.parent / f"{stem}-修改说明.xlsx"))
        if not chosen:
            return False
        path = report_path(chosen)
        from jxeditor.formats.xlsx.change_report import save_change_report

        try:
            check_output(path, [p for p in (self.other_path, self.files.path) if p is not None])
            cut = save_change_report(self.changes, path, old_name=self.other_path.name,
                                     new_name=self.files.display_name)
        except FileFormatError as error:
            questions.show_error(str(error))
            return False
        emit(self.files.session.message, self.tr("修改说明已写入“{0}”").format(path))
        if cut:  # texts cleaned or cut in the cells: said, as the .xlsx export says it
            questions.show_info("\n".join(cut))
        return True
