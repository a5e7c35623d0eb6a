"""Builds a large realistic document for benchmarks: the twelve sample tables, varied.

1,000 projects of about 25 indicators each (25,000 in all): each project copies one of
the sample tables, gets a new name and code, and is filled up to 25 indicators.
"""

from __future__ import annotations

import copy
from decimal import Decimal

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator
from jxeditor.formats import json_format
from jxeditor.resources import resource_path


def large_document(projects: int = 1000, indicators_per_project: int = 25) -> Document:
    sample = json_format.load(resource_path("sample-dalian-2026.json"))
    doc = Document(year=sample.year, framework=sample.framework, reporting_unit="大连高新技术产业园区财政金融局")
    for n in range(projects):
        project = copy.deepcopy(sample.projects[n % len(sample.projects)])
        project.name = f"{project.name}（第{n + 1}号）"
        project.code = f"{102001001 + n}"
        project.funding.annual.total = Decimal(n) + Decimal("0.25")
        project.funding.annual.fiscal = Decimal(n) + Decimal("0.25")
        count = sum(len(l2.children) for l1 in project.indicators for l2 in l1.children)
        group = project.indicators[0].children[0]
        k = 0
        while count < indicators_per_project:
            k += 1
            group.children.append(Indicator(f"补充数量指标{k}", f"≥{k}个", "补充的指标描述", "工作计划"))
            count += 1
        doc.projects.append(project)
    return doc
