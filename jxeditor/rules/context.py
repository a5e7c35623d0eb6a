"""What a rule sees, and how it reports: the :class:`Context` of one project.

Every rule is a function ``rule(ctx) -> Iterator[Problem]``. The context holds the
document, the project and its index, the framework data and the document's index across
projects (:class:`~jxeditor.rules.document_index.DocumentIndex`, the validator's); it builds the
:class:`~jxeditor.rules.problems.Problem` objects (with their readable location) so the
rules only say which code, severity, place and message. What several rules need about
the project (canonical first-level names, parsed target values) is computed once here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from jxeditor.document.document import Document
from jxeditor.document.frameworks import Frameworks
from jxeditor.document.model import Indicator, Level1, Level2, NodePath, Project
from jxeditor.document.values import ParsedValue, parse_value
from jxeditor.rules.document_index import DocumentIndex
from jxeditor.rules.problems import FIELD_LABELS, UNNAMED, Fix, Problem, Text

SEP = " / "
INDICATORS = "绩效指标"  # the first part of an indicator's location

# One third-level indicator as the value rules see it:
# (path, canonical first level, canonical second level, indicator, parsed value).
IndicatorEntry = tuple[NodePath, str, str, Indicator, ParsedValue]


@dataclass
class Context:
    """What a rule sees: the document, one project and its index, the framework data,
    and the document's index across projects (``None``: one built for this context)."""

    doc: Document
    index: int
    project: Project
    fw: Frameworks
    across: DocumentIndex | None = field(default=None, repr=False)

    @cached_property
    def document_index(self) -> DocumentIndex:
        """The index the rules across projects consult."""
        return self.across if self.across is not None else DocumentIndex(self.doc)

    def field_problem(
        self, code: str, severity: str, field: str, message: Text, fix: Fix | None = None
    ) -> Problem:
        """A problem of a project field (dotted path), located by the field's label."""
        return self._problem(code, severity, message, fix,
                             field=field, location=FIELD_LABELS.get(field, field))

    def node_problem(
        self, code: str, severity: str, path: NodePath, message: Text, fix: Fix | None = None
    ) -> Problem:
        """A problem of a node of the indicator tree, located by the names along its path."""
        return self._problem(code, severity, message, fix,
                             path=path, location=self.node_location(path))

    def _problem(
        self, code: str, severity: str, message: Text, fix: Fix | None, *,
        location: str, field: str | None = None, path: NodePath | None = None,
    ) -> Problem:
        return Problem(code=code, severity=severity, project=self.project,
                       project_name=self.project.name, message=str(message), fix=fix,
                       field=field, path=path, location=location, text=message)

    def node_location(self, path: NodePath) -> str:
        """``绩效指标 / 产出指标 / 数量指标 / 改造面积`` for a path of indices."""
        names: list[str] = []
        children: list[Level1] | list[Level2] | list[Indicator] = self.project.indicators
        for i in path:
            node = children[i]
            names.append(node.name or UNNAMED)
            children = node.children if not isinstance(node, Indicator) else []
        return INDICATORS + SEP + SEP.join(names)

    @cached_property
    def level1_names(self) -> list[str]:
        """The canonical name of each first level, in order."""
        return [self.fw.canonical_name(l1.name) for l1 in self.project.indicators]

    @cached_property
    def indicators(self) -> list[IndicatorEntry]:
        """Every third-level indicator with its canonical group names and parsed value."""
        canonical = self.fw.canonical_name
        return [
            ((i, j, k), name1, name2, ind, parse_value(ind.value))
            for (i, l1), name1 in zip(enumerate(self.project.indicators), self.level1_names,
                                      strict=True)
            for j, l2 in enumerate(l1.children)
            for name2 in (canonical(l2.name),)  # once per group, not per indicator
            for k, ind in enumerate(l2.children)
        ]


Rule = Callable[[Context], Iterator[Problem]]
