"""The department's overall targets in the narrative form, as published (form A).

A department publishes, before its project tables, ``一、总体绩效目标`` (a text),
``二、分项绩效目标`` (items ``（一）heading`` with ``绩效目标：…`` and ``绩效指标：…``) and
``三、目标规划及保障措施`` (items ``（一）title。text``): ``department.md``, form A.
:func:`read_narrative` reads them into a
:class:`~jxeditor.document.department.Department` from pasted text or from text
extracted out of a PDF, where printed lines break mid-sentence and page breaks leave
blank lines inside an item:

- lines are joined without a space between Chinese characters (a space is kept only
  between two Latin letters or digits); a paragraph ends only where a line ends a
  sentence well short of the full printed width;
- an item starts at ``（N）`` at the beginning of a line only when N is the next number
  (so a wrapped line starting with a bracket is no item), past （十）;
- each measure's name and value are read by
  :func:`~jxeditor.document.measure_values.read_measure`.

The narrative ends where the first project table, or its title block, starts. Text without the
总体绩效目标 heading and at least one numbered item is no narrative (``None``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from jxeditor.document.department import (
    Department,
    Measure,
    Safeguard,
    Task,
    chinese_number_value,
)
from jxeditor.document.measure_values import read_measure

_SPACE = r"[\s\u3000]*"
_OVERALL = re.compile(rf"^(?:[一1][、.．]{_SPACE})?(?:部门)?(?:整体|总体){_SPACE}绩效目标{_SPACE}$")
_TASKS = re.compile(rf"^(?:[二2][、.．]{_SPACE})?分项{_SPACE}绩效目标{_SPACE}$")
_SAFEGUARDS = re.compile(
    rf"^(?:[三3][、.．]{_SPACE})?(?:目标规划及)?保障措施{_SPACE}$|^(?:[三3][、.．]{_SPACE})?目标规划及保障措施")
_ITEM = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[)）]\s*(.*)$")
# The title block of the tables that follow (their title, year, unit): the narrative ends.
_TABLE_TITLE = re.compile(
    r"绩效目标(?:申报)?表|^[#\s]*[（(]?\d{4}\s*年度?[)）]?$|^填报单位|^(?:金额)?单位\s*[:：]")
_GOAL_LABEL = re.compile(r"绩效目标[：:]")
_MEASURE_LABEL = re.compile(r"绩效指标[：:]")
_SENTENCE_END = "。！？；!?;"
_SENTENCES = re.compile(r"[^。；;！!？?]+[。；;！!？?]?")
# A line that ends a sentence and is shorter than this share of the longest line of its
# section ends a paragraph.
SHORT_LINE = 0.8


@dataclass
class Narrative:
    """What was read, with the span of lines it took (1-based, inclusive)."""

    department: Department
    first_line: int
    last_line: int


def _joinable(left: str, right: str) -> str:
    """The separator of two pieces of one sentence broken over lines."""
    if left and right and left[-1].isascii() and left[-1].isalnum() \
            and right[0].isascii() and right[0].isalnum():
        return " "
    return ""


def join_lines(lines: list[str], width: int = 0) -> str:
    """The lines of one block (blank lines from the PDF left out) as its text;
    paragraphs apart by a line break. ``width``: the longest line of the section the
    block stands in (else the block's own)."""
    texts = [ln.strip() for ln in lines if ln.strip()]
    if not texts:
        return ""
    widest = max(width, *(len(t) for t in texts))
    out = texts[0]
    for prev, line in pairwise(texts):
        ends = prev[-1] in _SENTENCE_END and len(prev) < SHORT_LINE * widest
        out += "\n" + line if ends else _joinable(out, line) + line
    return out


def _item_blocks(lines: list[tuple[int, str]]) -> list[tuple[str, list[str]]]:
    """``(first line's rest, lines)`` of each numbered item, numbers in sequence."""
    items: list[tuple[str, list[str]]] = []
    for _no, line in lines:
        match = _ITEM.match(line.strip())
        if match and chinese_number_value(match[1]) == len(items) + 1:
            items.append((match[2], [match[2]]))
        elif items:
            items[-1][1].append(line)
    return items


def _widest(lines: list[tuple[int, str]]) -> int:
    return max((len(ln.strip()) for _no, ln in lines), default=0)


def _measures(text: str) -> list[Measure]:
    sentences = [s.strip() for s in _SENTENCES.findall(text.replace("\n", "")) if s.strip()]
    out: list[Measure] = []
    for sentence in sentences:
        name, value = read_measure(sentence)
        out.append(Measure(sentence, name, value))
    return out


def _task(lines: list[str], widest: int) -> Task:
    text = join_lines(lines, widest).replace("\n", "")
    head, *goal_part = _GOAL_LABEL.split(text, 1)
    if not goal_part:  # no 绩效目标：, perhaps only 绩效指标：
        head, *measure = _MEASURE_LABEL.split(text, 1)
        return Task(title=head.strip(), measures=_measures(measure[0]) if measure else [])
    goal, *measure = _MEASURE_LABEL.split(goal_part[0], 1)
    return Task(title=head.strip(), content=goal.strip(),
                measures=_measures(measure[0]) if measure else [])


def _safeguard(lines: list[str], widest: int) -> Safeguard:
    text = join_lines(lines, widest)
    title, sep, rest = text.partition("。")
    if not sep or "\n" in title:
        return Safeguard(title="", text=text)
    return Safeguard(title=title.strip(), text=rest.strip())


def read_narrative(text: str, end: int | None = None) -> Narrative | None:
    """The narrative form in ``text`` (up to character ``end``, where the first project
    table starts), or ``None`` when there is none; see the module docstring."""
    body = text[:end] if end is not None else text
    if "绩效目标" not in body:
        return None  # no heading can match: nothing to split
    numbered = list(enumerate(body.split("\n"), start=1))
    heading = next((i for i, (_no, ln) in enumerate(numbered) if _OVERALL.match(ln.strip())), None)
    if heading is None:
        return None
    title = next((i for i, (_no, ln) in enumerate(numbered) if i > heading
                  and _TABLE_TITLE.search(ln.strip())), None)
    numbered = numbered[:title]
    starts: dict[str, int] = {}
    for i, (_no, line) in enumerate(numbered):
        stripped = line.strip()
        for key, pattern in (("overall", _OVERALL), ("tasks", _TASKS), ("safeguards", _SAFEGUARDS)):
            if key not in starts and pattern.match(stripped):
                starts[key] = i
    if "overall" not in starts:
        return None
    order = sorted(starts.items(), key=lambda kv: kv[1])
    sections: dict[str, list[tuple[int, str]]] = {}
    for (key, at), following in zip(order, [*order[1:], ("", len(numbered))], strict=True):
        sections[key] = numbered[at + 1: following[1]]
    task_items = _item_blocks(sections.get("tasks", []))
    safeguard_items = _item_blocks(sections.get("safeguards", []))
    if not task_items and not safeguard_items:
        return None
    overall = sections["overall"]
    tasks_width = _widest(sections.get("tasks", []))
    safe_width = _widest(sections.get("safeguards", []))
    department = Department(
        overall_goal=join_lines([ln for _no, ln in overall]),
        tasks=[_task(lines, tasks_width) for _rest, lines in task_items],
        measures=[_safeguard(lines, safe_width) for _rest, lines in safeguard_items],
    )
    last = max((no for no, ln in numbered if ln.strip()), default=1)
    return Narrative(department, numbered[starts["overall"]][0], last)
