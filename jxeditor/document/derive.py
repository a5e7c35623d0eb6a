"""The next stage's document from this one: ``jxeditor derive monitoring|evaluation``.

:func:`derive_stage` copies the document (the command line changes its own instead), sets its stage and gives every project and
every third-level indicator the stage's block, empty, where it has none yet (and, into
the 自评, the department block and its indicators), as switching the stage in the editor
does (:func:`~jxeditor.document.stage_edits.add_blocks`, the one place that fills them
in). Nothing of the targets changes. What the target table already says is filled in:
the 运行监控's 全年预算数 and the 自评's 年初预算数 and 全年预算数 from the annual funding
(当年财政拨款 and 其他资金 too; 上年结转资金 is not in the target table), the 截至日期 as
7月31日 of the budget year. Blocks of the other stage are kept (a monitored file keeps
its monitoring when derived into the 自评).
"""

from __future__ import annotations

import copy

from jxeditor.document.document import Document
from jxeditor.document.stage_edits import add_blocks
from jxeditor.document.stages import DERIVED_STAGES


def add_stage_blocks(doc: Document, stage: str) -> None:
    """Gives every project and indicator of ``doc`` (and in the 自评 its department) the
    blocks of ``stage`` it lacks."""
    add_blocks(doc.projects, stage, doc.year, doc.department)


def derive_stage(doc: Document, stage: str, *, copy_first: bool = True) -> Document:
    """A copy of ``doc`` in ``stage`` (``monitoring`` or ``evaluation``) with its blocks;
    without ``copy_first``, ``doc`` itself, changed (the command line has no other use
    for it: a document of 200,000 indicators is then not in memory twice)."""
    if stage not in DERIVED_STAGES:
        raise ValueError(stage)
    out = copy.deepcopy(doc) if copy_first else doc
    out.stage = stage
    add_stage_blocks(out, stage)
    return out
