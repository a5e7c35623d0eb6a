"""One tally of problems, and the calm-start policy that decides how 待填 is presented.

Every count of problems the program shows is a :class:`Tally`: the status bar and the
problems pane (through the live validation), the ``汇总`` sheet of a saved workbook, the
command line's summary and exit status, and the 审核意见 report (its counts and its
first verdict, in the workbook and the PDF drawn from it). A tally counts the problems
of each severity; the ones the person confirmed as intended (确认无误) are counted apart,
under :data:`ACKNOWLEDGED`, never with their severity.

The calm start is data too: the core reports what is simply still empty as 待填
(``todo``); a :class:`Policy` says which of those are presented as 错误: all of them once
the document was saved or exported (``insisted``, :data:`INSISTED`: what is still empty
then is missing, not to fill), and those of the fields the person has left (``touched``).
:meth:`Policy.present` applies it; the editor gives each project its policy, a written
file is presented with :data:`INSISTED`, so the ``汇总`` sheet of a save counts as the
status bar does after it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jxeditor.rules.problems import (
    ERROR,
    INFO,
    SEVERITIES,
    SEVERITY_TEXT,
    TODO,
    WARNING,
    Problem,
)

ACKNOWLEDGED = "acknowledged"  # the key of the confirmed problems (已确认)
# The order the reports list severities in: what the bureau rejects first.
REPORT_ORDER: tuple[str, ...] = (ERROR, TODO, WARNING, INFO)
# The first verdicts on a project (审核意见 初审建议).
RETURN, REVISE, CLEAN = "退回修改", "建议修改", "无问题"


@dataclass(frozen=True)
class Policy:
    """Which 待填 problems are presented as 错误: every one once ``insisted`` (the
    document was saved or exported), else those of the ``touched`` fields (the person
    left them empty)."""

    insisted: bool = False
    touched: frozenset[str] = frozenset()

    def present(self, problems: list[Problem]) -> list[Problem]:
        """``problems`` as this policy shows them (the same list when nothing changes)."""
        if not self.insisted and not self.touched:
            return problems
        if not any(p.severity == TODO for p in problems):
            return problems
        return [
            dataclasses.replace(p, severity=ERROR)
            if p.severity == TODO and (self.insisted or (p.field is not None and p.field in self.touched))
            else p
            for p in problems
        ]


CALM = Policy()  # a new or just opened document: 待填 stays 待填
INSISTED = Policy(insisted=True)  # a saved or exported document: 待填 is 错误


@dataclass(frozen=True)
class Tally:
    """How many problems of each severity, the confirmed ones apart."""

    error: int = 0
    warning: int = 0
    todo: int = 0
    info: int = 0
    acknowledged: int = 0

    @classmethod
    def of(cls, problems: Iterable[Problem]) -> Tally:
        """The tally of ``problems`` (as presented: apply the policy first)."""
        counts = dict.fromkeys((*SEVERITIES, ACKNOWLEDGED), 0)
        for p in problems:
            key = ACKNOWLEDGED if p.acknowledged is not None else p.severity
            counts[key] = counts.get(key, 0) + 1
        return cls(counts[ERROR], counts[WARNING], counts[TODO], counts[INFO],
                   counts[ACKNOWLEDGED])

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.error + other.error, self.warning + other.warning,
                     self.todo + other.todo, self.info + other.info,
                     self.acknowledged + other.acknowledged)

    def __sub__(self, other: Tally) -> Tally:
        return Tally(self.error - other.error, self.warning - other.warning,
                     self.todo - other.todo, self.info - other.info,
                     self.acknowledged - other.acknowledged)

    def count(self, severity: str) -> int:
        """The number of problems of ``severity`` (or :data:`ACKNOWLEDGED`)."""
        value: int = getattr(self, severity, 0)
        return value

    @property
    def total(self) -> int:
        """Every problem not confirmed as intended."""
        return self.error + self.warning + self.todo + self.info

    @property
    def worst(self) -> str | None:
        """The gravest severity found (错误, 警告, 待填, 提示 in that order), ``None``
        when there is none (confirmed problems do not count)."""
        return next((s for s in SEVERITIES if self.count(s)), None)

    @property
    def fails(self) -> bool:
        """Whether the bureau would reject it: an error, or a required field still empty."""
        return bool(self.error or self.todo)

    @property
    def verdict(self) -> str:
        """The first verdict: 退回修改 when it fails, 建议修改 for warnings, else 无问题."""
        if self.fails:
            return RETURN
        return REVISE if self.warning else CLEAN

    def text(self, brief: bool = False, order: Sequence[str] = REPORT_ORDER) -> str:
        """``错误 1 个，待填 0 个，警告 2 个，提示 0 个`` (and ``，已确认 1 个`` when
        problems were confirmed as intended); ``brief``: only the severities found."""
        parts = [f"{SEVERITY_TEXT[s]} {self.count(s)} 个" for s in order
                 if self.count(s) or not brief]
        if self.acknowledged:
            parts.append(f"已确认 {self.acknowledged} 个")
        return "，".join(parts)
