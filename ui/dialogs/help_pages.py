"""帮助 pages: one page of keys (made from the window's own actions, so it never goes
stale) and the 填报说明 (each rule in plain Chinese with an example, from the rules'
own guide, :mod:`jxeditor.rules.guide`, which a test keeps complete)."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from jxeditor.rules.guide import GUIDE

# Keys that are no action of their own: the tree's cell-by-cell editing and the search box.
TREE_KEYS: tuple[tuple[str, object], ...] = (
    ("F2", QT_TRANSLATE_NOOP("HelpPage", "编辑所选单元格")),
    ("A–Z 0–9 …", QT_TRANSLATE_NOOP("HelpPage", "直接输入：在所选单元格中开始编辑（与 Excel 相同）")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("HelpPage", "编辑时转到本行下一个 / 上一个可编辑单元格（指标 → 年度指标值 → 描述 → 依据），再到下一行")),
    ("Enter", QT_TRANSLATE_NOOP("HelpPage", "确认输入并转到下一行")),
    ("← / →", QT_TRANSLATE_NOOP("HelpPage", "在各列之间移动")),
    ("Esc", QT_TRANSLATE_NOOP("HelpPage", "放弃本次编辑")),
)


def tree_key_rows() -> list[tuple[str, str]]:
    """The tree's keys, translated."""
    return [(keys, QCoreApplication.translate("HelpPage", str(what))) for keys, what in TREE_KEYS]


def action_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what) for every action with a shortcut, menu accelerators (&X) removed."""
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for action in actions:
        keys = " / ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        if not keys:
            continue
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        text = text.split("(")[0].rstrip("…").strip() if "(&" in action.text() else text
        row = (keys, text.rstrip("…"))
        if row not in seen:
            seen.add(row)
            rows.append(row)
    return rows


def table_html(title: str, sections: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> str:
    """A page: a title, then per section a heading and a two-column table."""
    parts = [f"<h2>{html.escape(title)}</h2>"]
    for heading, rows in sections:
        parts.append(f"<h3>{html.escape(heading)}</h3><table cellpadding='3'>")
        for left, right in rows:
            parts.append(
                f"<tr><td><b>{html.escape(left)}</b></td><td>{html.escape(right)}</td></tr>"
            )
        parts.append("</table>")
    return "".join(parts)


class HelpPage(QDialog):
    """A read-only page of text with a close button."""

    def __init__(self, title: str, page: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("helpPage")
        self.browser = QTextBrowser(self)
        self.browser.setHtml(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)


def guide_html(title: str, example_word: str) -> str:
    """填报说明: every rule of the guide, by theme, with its example."""
    parts = [f"<h2>{html.escape(title)}</h2>"]
    for heading, entries in GUIDE:
        parts.append(f"<h3>{html.escape(heading)}</h3><dl>")
        for item in entries.values():
            parts.append(f"<dt><b>{html.escape(item.title)}</b></dt>")
            text = html.escape(item.explanation)
            if item.example:
                text += f"<br><i>{html.escape(example_word)}{html.escape(item.example)}</i>"
            parts.append(f"<dd>{text}</dd>")
        parts.append("</dl>")
    return "".join(parts)
