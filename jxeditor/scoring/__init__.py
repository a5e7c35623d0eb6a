"""Scoring of the 自评 (self-evaluation), exact with ``Decimal`` (``docs/year-cycle.md`` §3).

:mod:`~jxeditor.scoring.numbers` rounds half up to 2 decimals exactly;
:mod:`~jxeditor.scoring.rulesets` scores one quantitative indicator by rule set
(``2020-10``, ``linear-cap``); :mod:`~jxeditor.scoring.qualitative` knows the three
verdicts and their bands; :mod:`~jxeditor.scoring.units` says whether an actual value's
unit is the target's; :mod:`~jxeditor.scoring.points` gives every indicator its 分值;
:mod:`~jxeditor.scoring.project` scores a whole project: indicators, 预算执行率, total
and grade. The package sits between the rules and the document: it reads the model
and nothing above it.
"""
