"""Warnings confirmed as intended (确认无误): which problems a project's acknowledgements cover.

A person may confirm a 警告 or 提示 of a project as intended, with a short reason
(``按合同约定，指标值确为 100%``); the project keeps it as an
:class:`~jxeditor.document.model.Acknowledgement` (rule code, field path, indicator path
as names, reason). :func:`mark` gives every problem it covers the reason
(``Problem.acknowledged``): the editor shows it greyed and counts it apart, the command
line and the review report say it was confirmed. Matching is by the code and the place
by name, so moving indicators or projects around changes nothing; renaming an indicator
or a group carries its acknowledgements along (the document does it, see
:func:`~jxeditor.document.model.renamed_place`). An acknowledgement whose problem no
longer appears simply does nothing (it stays in the file, harmless); one whose place is
gone (renamed in a file edited elsewhere) is :func:`stale`: the indicator rules report it
once as a 提示 (:data:`STALE`), which withdrawing (取消确认) removes. Errors and 待填 are
never acknowledged.
"""

from __future__ import annotations

import dataclasses

from jxeditor.document.model import Acknowledgement, Project, indicator_names
from jxeditor.rules.problems import ACKNOWLEDGEABLE, Problem, Text, say

MAX_REASON = 200  # characters of a reason (one short line)
Place = tuple[str, str, tuple[str, ...]]  # code, field, indicator names
STALE = "acknowledgement.stale"  # the code of the notice of an acknowledgement whose place is gone


def place(project: Project, problem: Problem) -> Place | None:
    """The problem's code and place as an acknowledgement names them (``None`` when its
    indicator is no longer in the tree)."""
    names: tuple[str, ...] = ()
    if problem.path is not None:
        found = indicator_names(project, tuple(problem.path))
        if found is None:
            return None
        names = found
    return problem.code, problem.field or "", names


def _key(ack: Acknowledgement) -> Place:
    return ack.code, ack.field, ack.indicator


def can_acknowledge(problem: Problem) -> bool:
    """Whether ``problem`` may be confirmed as intended (a 警告 or 提示; not the notice of
    a :func:`stale` acknowledgement, which is withdrawn instead)."""
    return problem.severity in ACKNOWLEDGEABLE and problem.code != STALE


def can_withdraw(problem: Problem) -> bool:
    """Whether 取消确认 applies to ``problem``: a confirmed one, or the notice of a
    :func:`stale` acknowledgement."""
    return problem.acknowledged is not None or problem.code == STALE


def _places(project: Project) -> set[tuple[str, ...]]:
    """The names along the path of every node of the project's tree."""
    places: set[tuple[str, ...]] = set()
    for l1 in project.indicators:
        places.add((l1.name,))
        for l2 in l1.children:
            places.add((l1.name, l2.name))
            places.update((l1.name, l2.name, ind.name) for ind in l2.children)
    return places


def stale(project: Project) -> list[Acknowledgement]:
    """The project's acknowledgements whose indicator place no longer names any node (the
    indicator or a group on its way was renamed or removed where the editor could not
    carry them along)."""
    if not any(a.indicator for a in project.acknowledgements):
        return []
    places = _places(project)
    return [a for a in project.acknowledgements if a.indicator and a.indicator not in places]


def stale_message(ack: Acknowledgement) -> Text:
    """What the notice of a :func:`stale` acknowledgement says, its old place named."""
    return say("确认无误“{reason}”原在“{place}”，已对不上任何指标（指标可能已改名或删除）：这条确认不再起作用，可取消确认。",
               reason=ack.reason, place=" / ".join(ack.indicator))


def clean_reason(reason: str) -> str:
    """The reason on one line, spaces collapsed, at most :data:`MAX_REASON` characters."""
    return " ".join(reason.split())[:MAX_REASON]


def find(project: Project, problem: Problem) -> Acknowledgement | None:
    """The acknowledgement of ``project`` that covers ``problem``, or ``None``."""
    if not project.acknowledgements or not can_acknowledge(problem):
        return None
    key = place(project, problem)
    return next((a for a in project.acknowledgements if _key(a) == key), None)


def mark(project: Project, problems: list[Problem]) -> list[Problem]:
    """``problems`` with the reason set on every one an acknowledgement covers (the same
    list when the project has none)."""
    if not project.acknowledgements:
        return problems
    reasons = {_key(a): a.reason for a in project.acknowledgements}
    out: list[Problem] = []
    for problem in problems:
        key = place(project, problem) if can_acknowledge(problem) else None
        reason = reasons.get(key) if key is not None else None
        out.append(problem if reason is None
                   else dataclasses.replace(problem, acknowledged=reason))
    return out


def acknowledged(project: Project, problem: Problem, reason: str) -> list[Acknowledgement]:
    """The project's acknowledgements with ``problem`` confirmed for ``reason`` (an
    earlier one of the same problem replaced). Raises ``ValueError`` for an error, a
    待填, an indicator no longer there or an empty reason."""
    text = clean_reason(reason)
    key = place(project, problem)
    if not text or key is None or not can_acknowledge(problem):
        raise ValueError("this problem cannot be acknowledged")
    code, field, names = key
    kept = [a for a in project.acknowledgements if _key(a) != key]
    return [*kept, Acknowledgement(code=code, reason=text, field=field, indicator=names)]


def withdrawn(project: Project, problem: Problem) -> list[Acknowledgement]:
    """The project's acknowledgements without the one of ``problem`` (for the notice of
    a :func:`stale` one: without that one)."""
    if problem.code == STALE:
        gone = [a for a in stale(project) if stale_message(a) == problem.text]
        return [a for a in project.acknowledgements if a not in gone]
    key = place(project, problem)
    return [a for a in project.acknowledgements if _key(a) != key]

