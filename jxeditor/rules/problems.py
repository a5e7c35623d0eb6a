"""What the validator reports: a :class:`Problem` with code, severity, place and message.

A problem names its project (the :class:`~jxeditor.document.model.Project` object itself,
by identity, and its name; ``None`` for the department block) and either a project field (dotted path,
as in :data:`jxeditor.document.model.PROJECT_FIELDS`), a node of the indicator tree (its path of
indices), or neither (the project as a whole). Where the remedy is mechanical, it
carries a :class:`Fix` that says which value to write where.

Severities (rule of thumb in ``docs/specification.md`` §5.1): ``error`` (错误) where the
bureau would certainly reject the table; ``warning`` (警告) for what a reviewer would
very likely send back; ``info`` (提示) for style and suggestions; ``todo`` (待填) for a
required field or target value that is simply still empty. ``is_error`` means 错误
only; 待填 is presented as an error once the user has left the field or saved
(:class:`~jxeditor.rules.tally.Policy`).
A 警告 or 提示 the person confirmed (确认无误, :mod:`jxeditor.rules.acknowledgements`)
keeps its severity and carries the reason in ``acknowledged``; it is counted apart
(:class:`~jxeditor.rules.tally.Tally`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from jxeditor.document.fields import FIELDS
from jxeditor.document.model import NodePath, Project

ERROR = "error"
WARNING = "warning"
INFO = "info"
TODO = "todo"
# The severities, gravest first, with the words the Chinese texts use.
SEVERITIES: tuple[str, ...] = (ERROR, WARNING, TODO, INFO)
SEVERITY_TEXT = {ERROR: "错误", WARNING: "警告", INFO: "提示", TODO: "待填"}
# The severities a person may acknowledge as intended (never an error or a 待填).
ACKNOWLEDGEABLE: tuple[str, ...] = (WARNING, INFO)

# Chinese names of project fields (and of the indicator tree as a whole), for locations
# shown to users.
FIELD_LABELS: dict[str, str] = {spec.path: spec.label for spec in FIELDS} | {"indicators": "绩效指标"}


@dataclass(frozen=True)
class Text:
    """A message kept translatable: its Chinese ``template`` (``str.format`` fields, no
    format specs) and the values put into it, as text. ``str()`` gives the Chinese;
    :mod:`jxeditor.rules.messages_en` has the English templates."""

    template: str
    params: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return self.template.format(**dict(self.params))


# What a message says for a node without a name (the names of indicators and their
# groups are put in as these parameters), rather than “”.
UNNAMED = "（未命名指标）"
NODE_NAMES = frozenset({"name", "name1", "name2", "l2", "key"})


def say(template: str, **params: object) -> Text:
    """A translatable message: ``say("指标值“{value}”缺少单位", value=ind.value)``; an
    empty node name says :data:`UNNAMED`."""
    return Text(template, tuple(
        (name, str(value) or (UNNAMED if name in NODE_NAMES else "")) for name, value in params.items()
    ))


@dataclass(frozen=True)
class Fix:
    """A mechanical remedy: write ``new_value`` into the problem's field or node value
    (``text``: the label kept translatable)."""

    label: str
    new_value: str
    text: Text | None = None


def fix(label: Text, new_value: str) -> Fix:
    """A fix whose label is a translatable message."""
    return Fix(str(label), new_value, label)


class Finding(NamedTuple):
    """What a rule that depends only on an indicator's own text found, before it is
    placed in a project (:meth:`~jxeditor.rules.context.Context.node_problem` makes the
    :class:`Problem`): such findings can be cached by the indicator's text."""

    code: str
    severity: str
    message: Text
    fix: Fix | None = None


@dataclass(frozen=True, eq=False)
class Problem:
    """One finding of the validator. ``project`` is the project it was found in, by
    identity (``None``: the department block): two problems are equal when they say the
    same of the same project object. Where output needs a number, it is the project's
    place at that moment (:meth:`~jxeditor.document.document.Document.index_of`)."""

    code: str
    severity: str
    project: Project | None = dataclasses.field(repr=False)
    project_name: str
    message: str
    field: str | None = None
    path: NodePath | None = None
    location: str = ""
    fix: Fix | None = None
    acknowledged: str | None = None  # the reason, when the person confirmed it (确认无误)
    text: Text | None = None  # the message kept translatable (messages_en)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return self.project is other.project and _said(self) == _said(other)

    def __hash__(self) -> int:
        return hash((id(self.project), _said(self)))

    @property
    def is_error(self) -> bool:
        """A 错误 (not a 待填; both make a tally fail, :attr:`~jxeditor.rules.tally.Tally.fails`)."""
        return self.severity == ERROR

    @property
    def is_todo(self) -> bool:
        """Something required that is still empty (待填)."""
        return self.severity == TODO

    @property
    def severity_text(self) -> str:
        """The severity in words, acknowledged ones with their reason
        (``警告（已确认：按合同约定）``)."""
        text = SEVERITY_TEXT.get(self.severity, self.severity)
        return text if self.acknowledged is None else f"{text}（已确认：{self.acknowledged}）"

    def to_json(self, file: str = "") -> dict[str, str | None]:
        """The problem as the command line's ``--json`` prints it (``fix``: the text to
        write in its place, or ``None``; ``acknowledged``: the reason it was confirmed
        as intended, or ``None``)."""
        return {
            "file": file,
            "project": self.project_name,
            "location": self.location,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "fix": self.fix.new_value if self.fix is not None else None,
            "acknowledged": self.acknowledged,
        }


# What a problem says, beside its project (compared by identity).
_said = attrgetter(*(f.name for f in dataclasses.fields(Problem) if f.name != "project"))
