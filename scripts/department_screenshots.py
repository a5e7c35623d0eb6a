"""Takes the README's screenshots of the department's form (部门整体绩效目标).

Run under a virtual X server at the size of an office screen, once per size:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/department_screenshots.py
    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python scripts/department_screenshots.py 1280 720
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/department_screenshots.py tree
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/department_screenshots.py evaluation
    .venv/bin/python scripts/department_screenshots.py xlsx

Reads the published sample (the department's overall targets, then its project tables),
chooses the 部门整体 row and its first task, and writes ``docs/department-form.png``
(1366×768) or ``docs/department-form-1280x720.png`` (the window 40 pixels less than the
screen, as with a task bar). ``tree``: the department's indicator tree (form B) built
through the session as by hand, a 年度指标值 being typed, ``docs/department-tree.png``.
``evaluation``: that tree, then the 自评 stage with its funds and some indicators' 实际完成值
typed (form C in the form pane), ``docs/department-evaluation.png``. ``xlsx``: that
document exported to .xlsx in the 目标 and the 自评 stage, its first sheet (部门整体)
rendered by LibreOffice (``soffice --convert-to pdf``, ``pdftoppm -r 80``):
``docs/department-xlsx.png`` and ``docs/department-xlsx-evaluation.png``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from jxeditor.formats.documents import load_document  # noqa: E402
from ui.app import Unattended, make_app, use_temporary_settings  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

DOCS = ROOT / "docs"
SAMPLE = ROOT / "tests" / "fixtures" / "samples" / "department-overall-and-coded-projects-2023.txt"


def settle(app: QApplication, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()


# The department's tree for the screenshot: (一级, 二级, [(三级, 年度指标值)]).
TREE = (
    ("产出指标", "数量指标", [("审核部门预算项目数", "≥300个"), ("培训财政干部", "≥200人次")]),
    ("产出指标", "质量指标", [("行政行为合法率", "=100%"), ("绩效目标审核覆盖率", "=100%")]),
    ("产出指标", "时效指标", [("预算批复及时率", "=100%")]),
    ("效益指标", "经济效益指标", [("一般公共预算收入同比增长率", "≥8%")]),
    ("效益指标", "社会效益指标", [("国有资产保值增值率", "很好")]),
    ("满意度指标", "服务对象满意度指标", [("服务对象满意度", "≥90%")]),
)


def build_tree(window: MainWindow, typing: bool = True) -> None:
    """The tree by the session's edits, as the tree pane makes them; then (``typing``)
    the value of 培训财政干部 being typed in its open editor."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from jxeditor.document.model import Indicator, Level1, Level2

    session = window.session
    block = session.doc.department
    assert block is not None
    for level1, level2, leaves in TREE:
        names = [l1.name for l1 in block.indicators]
        if level1 not in names:
            session.insert_node((), len(names), Level1(level1))
            names.append(level1)
        i = names.index(level1)
        session.insert_node((i,), len(block.indicators[i].children), Level2(level2))
        j = len(block.indicators[i].children) - 1
        for k, (name, value) in enumerate(leaves):
            session.insert_node((i, j), k, Indicator(name))
            session.set_node_field((i, j, k), "value", value)
    pane = window.indicators
    pane.tree.expandAll()
    if not typing:
        return
    index = pane.model.index_of_path((0, 0, 1), 1)
    pane.tree.setCurrentIndex(index)
    pane.tree.setFocus(Qt.FocusReason.OtherFocusReason)
    pane.tree.edit(index)
    editor = pane.delegate.open_editor
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert("≥250")


# The 自评 typed for the screenshot: the funds (基本支出, 项目支出) and 实际完成值 by leaf.
FUNDS = {"evaluation.budget_initial.basic": "1200", "evaluation.budget_initial.projects": "5600",
         "evaluation.budget_full.basic": "1250", "evaluation.budget_full.projects": "5800",
         "evaluation.executed.basic": "1238.5", "evaluation.executed.projects": "5512.3",
         "evaluation.budget_initial.total": "6800", "evaluation.budget_full.total": "7050",
         "evaluation.executed.total": "6750.8",
         "evaluation.goals_achieved": "全年各项财政工作按计划完成，一般公共预算收入同比增长 9.2%。"}
ACTUALS = ("326个", "180人次", "100%", "100%", "100%", "9.2%")


def fill_evaluation(window: MainWindow) -> None:
    """The 自评 stage, its funds and the first indicators' 实际完成值 typed as by hand
    (the one typing path), one 偏差原因 written."""
    from jxeditor.document.stages import EVALUATION
    from ui.session.typing import TypedField

    session = window.session
    session.set_stage(EVALUATION)
    block = session.doc.department
    assert block is not None
    for path, text in FUNDS.items():
        run = session.begin_typing(TypedField.of(block, path))
        run.set(text)
        run.end()
    leaves = [ind for l1 in block.indicators for l2 in l1.children for ind in l2.children]
    for ind, actual in zip(leaves, ACTUALS, strict=False):
        for path, text in (("evaluation.actual", actual),) + (
                (("evaluation.deviation", "培训场地不足，部分课程改为线上。"),)
                if actual == "180人次" else ()):
            run = session.begin_typing(TypedField(block, path, ind))
            run.set(text)
            run.end()


def render_xlsx(window: MainWindow) -> list[Path]:
    """The document's .xlsx in the 目标 and the 自评 stage, the 部门整体 sheet as
    LibreOffice prints it (its first page, 80 dpi)."""
    import shutil
    import subprocess
    import tempfile

    from jxeditor.document.stages import EVALUATION, TARGETS
    from jxeditor.formats.documents import save_document

    written: list[Path] = []
    doc = window.session.doc
    for stage, name in ((TARGETS, "department-xlsx"), (EVALUATION, "department-xlsx-evaluation")):
        window.session.set_stage(stage)
        with tempfile.TemporaryDirectory() as tmp:
            book = Path(tmp) / f"{name}.xlsx"
            save_document(doc, book)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                            str(book)], check=True, capture_output=True, timeout=300)
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                            str(book.with_suffix(".pdf")), str(Path(tmp) / name)], check=True)
            shutil.copy(Path(tmp) / f"{name}.png", DOCS / f"{name}.png")
        written.append(DOCS / f"{name}.png")
    return written


def main(argv: list[str]) -> int:
    mode = argv[0] if argv[:1] and argv[0] in ("tree", "evaluation", "xlsx") else ""
    argv = argv[1:] if mode else argv
    tree = mode in ("tree", "evaluation", "xlsx")
    width, height = (int(argv[0]), int(argv[1])) if len(argv) == 2 else (1366, 768)
    name = "department-form.png" if (width, height) == (1366, 768) else (
        f"department-form-{width}x{height}.png")
    name = {"tree": "department-tree.png", "evaluation": "department-evaluation.png"}.get(
        mode, name)
    scratch = use_temporary_settings()
    app = make_app()
    window = MainWindow(Unattended())
    window.resize(width, height - 40)
    window.show()
    window.session.replace_document(load_document(SAMPLE)[0])
    window.session.department.show()
    form = window.form_pane.department_form
    form.tasks_view.setCurrentIndex(form.tasks.index(0, 0))
    if tree:
        build_tree(window, typing=mode == "tree")
    if mode in ("evaluation", "xlsx"):
        fill_evaluation(window)
    if mode == "evaluation":  # form C at the top of the form pane
        settle(app)
        area = window.form_pane.scroll_area
        block = window.form_pane.department_form.evaluation
        area.verticalScrollBar().setValue(block.mapTo(area.widget(), block.rect().topLeft()).y())
    if mode == "xlsx":
        for path in render_xlsx(window):
            print(path)
        window.session.stack.setClean()
        window.close()
        del scratch
        return 0
    window.session.live.flush()
    settle(app)
    window.statusBar().clearMessage()
    settle(app)
    path = DOCS / name
    window.grab().save(str(path))
    print(path)
    window.session.stack.setClean()
    window.close()
    del scratch
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
