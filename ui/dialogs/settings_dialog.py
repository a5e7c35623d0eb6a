"""The document settings dialog: 预算年度, 填报单位, 指标框架 (2015 or 2021), the stage
(目标 / 运行监控 / 自评) and the 自评's rule set (2020-10 or linear-cap).

It only collects values; the window turns the changed ones into undo commands.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from jxeditor.document.document import Document
from jxeditor.document.model import FRAMEWORKS
from jxeditor.document.stages import SCORING_RULES, STAGES
from ui.session.stage_commands import stage_name


class SettingsDialog(QDialog):
    """Edits the document-wide settings; :meth:`values` gives what the user chose."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("文档设置"))
        layout = QFormLayout(self)
        self.year = QSpinBox(self)
        self.year.setObjectName("documentYear")
        self.year.setRange(1990, 2100)
        self.year.setValue(doc.year)
        self.year.setSuffix(self.tr(" 年度"))
        self.reporting_unit = QLineEdit(doc.reporting_unit, self)
        self.reporting_unit.setObjectName("reportingUnit")
        self.reporting_unit.setMinimumWidth(280)
        self.framework = QComboBox(self)
        self.framework.setObjectName("framework")
        texts = {
            "2015": self.tr("2015 版（成本指标在产出指标下）"),
            "2021": self.tr("2021 版（成本指标为一级指标）"),
        }
        for key in FRAMEWORKS:
            self.framework.addItem(texts.get(key, key), key)
        self.framework.setCurrentIndex(max(0, self.framework.findData(doc.framework)))
        self.stage = QComboBox(self)
        self.stage.setObjectName("documentStage")
        for key in STAGES:
            self.stage.addItem(stage_name(key), key)
        self.stage.setCurrentIndex(max(0, self.stage.findData(doc.stage)))
        self.scoring = QComboBox(self)
        self.scoring.setObjectName("documentScoring")
        rules = {
            "2020-10": self.tr("2020-10（财预〔2020〕10号）"),
            "linear-cap": self.tr("linear-cap（超出 ≤ 目标按比例递减）"),
        }
        for key in SCORING_RULES:
            self.scoring.addItem(rules.get(key, key), key)
        self.scoring.setCurrentIndex(max(0, self.scoring.findData(doc.scoring)))
        layout.addRow(self.tr("预算年度"), self.year)
        layout.addRow(self.tr("填报单位"), self.reporting_unit)
        layout.addRow(self.tr("指标框架"), self.framework)
        layout.addRow(self.tr("填报阶段"), self.stage)
        layout.addRow(self.tr("自评计分规则"), self.scoring)
        note = QLabel(
            self.tr("指标框架决定新项目的标准指标和缺少成本指标时是否提示。"), self
        )
        note.setWordWrap(True)
        layout.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if ok is not None:
            ok.setText(self.tr("确定"))
        if cancel is not None:
            cancel.setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def values(self) -> dict[str, object]:
        return {
            "year": self.year.value(),
            "reporting_unit": self.reporting_unit.text().strip(),
            "framework": self.framework.currentData(),
            "stage": self.stage.currentData(),
            "scoring": self.scoring.currentData(),
        }
