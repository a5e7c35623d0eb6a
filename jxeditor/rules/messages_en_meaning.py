"""The English of the messages of the rules that read what an indicator means (issue 31):
where it is filed (:mod:`~jxeditor.rules.category_rules`), the years it names
(:mod:`~jxeditor.rules.year_rules`), and what its value measures (the grades, the
direction and the unit of :mod:`~jxeditor.rules.value_rules` and
:mod:`~jxeditor.rules.reviewer_rules`). :mod:`~jxeditor.rules.messages_en` merges them
into its :data:`~jxeditor.rules.messages_en.ENGLISH`; the same test keeps them complete.
"""

from __future__ import annotations

MEANING_ENGLISH: dict[str, str] = {
    # category_rules
    "“{name}”衡量的是项目的产出，不是效益：请移到产出指标下的{group}；效益指标写项目带来的效果（如“企业融资成本降低率”、“群众就医等候时间缩短”）。":
        "“{name}” measures what the project delivers, not its effect: please move it to "
        "the output indicators ({group}); benefit indicators state what the project brings "
        "about (e.g. “企业融资成本降低率”, “群众就医等候时间缩短”).",
    "“{name}”是完成或支出进度，不是成本：请移到产出指标下的质量指标或时效指标；成本指标写本项目花费的上限（如“≤50万元”、“≤1000元/人”）。":
        "“{name}” is progress of the work or the spending, not a cost: please move it to "
        "the output indicators (quality or timeliness); a cost indicator caps what the "
        "project spends (e.g. “≤50万元”, “≤1000元/人”).",
    "成本指标“{name}”的指标值“{value}”没有金额：成本指标写本项目花费的上限（如“≤50万元”）；若指项目使企业或群众的成本下降，应放在效益指标下的经济效益指标。":
        "Cost indicator “{name}” has no amount in “{value}”: a cost indicator caps what "
        "the project spends (e.g. “≤50万元”); a fall in the costs of businesses or people "
        "brought about by the project belongs under the economic benefit indicators.",
    "成本指标“{name}”的指标值“{value}”是百分比，看不出花费多少：成本指标写本项目花费的上限（如“≤50万元”、“≤1000元/人”）。":
        "Cost indicator “{name}” is a percentage, “{value}”, which does not say how much is "
        "spent: a cost indicator caps what the project spends (e.g. “≤50万元”, “≤1000元/人”).",
    "“{name}”说的不是自然生态环境：生态效益指标写环境方面的效果（如节能、减排、绿化）；这一项应放在经济效益指标或社会效益指标下。":
        "“{name}” is not about the natural environment: ecological benefit indicators "
        "state environmental effects (energy saved, emissions cut, greening); this one "
        "belongs under the economic or social benefit indicators.",
    "质量指标“{name}”（{value}）重复了数量指标“{other}”的数量：质量指标写做得怎样（如“验收合格率 =100%”、“培训考核通过率 ≥90%”），请改写或删除。":
        "Quality indicator “{name}” ({value}) repeats the count of quantity indicator "
        "“{other}”: a quality indicator says how well the work is done (e.g. “验收合格率 "
        "=100%”, “培训考核通过率 ≥90%”); please rewrite or remove it.",
    # stage_rules: a 分值 or 得分 given as a formula
    "{label}是工作表“{sheet}”单元格 {cell} 中的公式“{formula}”，公式的结果不作为分值（按一级指标的分值平均分配）：请填写分值的数字，或留空由程序平均分配":
        "{label} is the formula “{formula}” in cell {cell} of sheet “{sheet}”: a formula's "
        "result is not taken as the points (the first level's points are shared evenly): "
        "please enter the points as a number, or leave it empty for an even share.",
    "{label}是工作表“{sheet}”单元格 {cell} 中的公式“{formula}”，公式的结果不作为自评得分（总分按程序计算的得分）：请填写得分的数字，或留空由程序计算":
        "{label} is the formula “{formula}” in cell {cell} of sheet “{sheet}”: a formula's "
        "result is not a self-evaluation score (the total counts the program's own score): "
        "please enter the score as a number, or leave it empty for the program to compute.",
    # stage_review_rules
    "得分 {score} 超过了分值 {points}：得分不能高于分值，请改为不超过 {points} 的分数。":
        "Score {score} is above the points {points}: a score cannot exceed its points; "
        "please enter at most {points}.",
    "实际完成值“{actual}”是负数：完成值不能小于 0，请核对。":
        "Actual value “{actual}” is negative: an actual cannot be below 0; please check.",
    "实际完成值“{actual}”超出年度指标值“{value}”{over}%：超出 20% 以上须在偏差原因中说明；目标偏低，下一年度宜提高到接近实际完成值。":
        "Actual value “{actual}” exceeds the target “{value}” by {over}%: more than 20% "
        "over needs a cause of deviation; the target was too low, next year's should come "
        "close to the actual.",
    "截至{month}月执行率 {rate}%，低于本表资金支出计划{plan}月底应达到的 {planned}%：请说明原因并加快支出。":
        "Execution by month {month} is {rate}%, below the {planned}% this table's spending "
        "plan set for the end of month {plan}: please give the reason and speed up spending.",
    "截至{month}月执行率 {rate}%，低于时间进度 {elapsed}%（{month}/12）：请说明支出进度慢的原因。":
        "Execution by month {month} is {rate}%, below the time elapsed, {elapsed}% "
        "({month}/12): please give the reason for the slow spending.",
    # goal_rules
    "年度目标中的“{goal}”没有绩效指标衡量：请在产出指标中添加对应的三级指标（如“{context}数量 ≥{number}{unit}”），或删去目标中的这一数字。":
        "“{goal}” in the annual goal is measured by no indicator: please add one under the "
        "outputs (e.g. “{context}数量 ≥{number}{unit}”), or take the number out of the goal.",
    "年度目标写的是“{goal}”，指标“{name}”却是“{value}”：目标与指标应一致，请改为“{fixed}”，或改正年度目标。":
        "The annual goal says “{goal}” while indicator “{name}” asks “{value}”: goal and "
        "indicator should agree; please change it to “{fixed}”, or correct the goal.",
    # year_rules
    "{label}写的是 {old} 年，本表是 {year} 年度：是否沿用了往年的表格？请把“{old}年”改为本年度的时间。":
        "{label} speaks of {old}, while this table is for {year}: copied from an earlier "
        "table? Please write this year's time instead of “{old}年”.",
    "把 {old} 年改为 {year} 年": "Change {old} to {year}",
    "三级指标“{name}”写的是 {old} 年，本表是 {year} 年度：是否沿用了往年的表格？请改为“{fixed}”。":
        "Indicator “{name}” speaks of {old}, while this table is for {year}: copied from an "
        "earlier table? Please rename it “{fixed}”.",
    "指标值“{value}”写的是 {old} 年，本表是 {year} 年度：是否沿用了往年的表格？应写作“{fixed}”。":
        "Target “{value}” speaks of {old}, while this table is for {year}: copied from an "
        "earlier table? It should read “{fixed}”.",
    # value_rules and reviewer_rules
    "指标值“{value}”没有比较符号，看不出是下限还是上限：“{name}”应写作“{fixed}”。":
        "Target “{value}” has no comparator, so it is neither a floor nor a ceiling: "
        "“{name}” should read “{fixed}”.",
    "“{name}”的指标值“{value}”单位是“{unit}”，与指标名称不符：{ending}应以{units}等为单位，请核对单位或指标名称。":
        "The unit of “{name}” in “{value}” is “{unit}”, which does not fit the name: a "
        "{ending} is measured in {units} and the like; please check the unit or the name.",
    "满意度指标“{name}”的指标值“{value}”没有数值，无法考核：满意度应写成百分比，如“≥90%”。":
        "Satisfaction indicator “{name}” has no number in “{value}” and cannot be checked: "
        "write satisfaction as a percentage, e.g. “≥90%”.",
    "时效指标“{name}”衡量的是完成多少，不是何时完成：请移到质量指标，时效指标写明完成时限（如“{year}年12月底前”）。":
        "Timeliness indicator “{name}” measures how much is achieved, not when: please "
        "move it to the quality indicators and give a deadline here (e.g. “{year}年12月底前”).",
}
