"""The problem messages in English, for the English UI: templates by their Chinese source.

Every rule says its message with :func:`~jxeditor.rules.problems.say`, a Chinese template
and the values put into it; :data:`ENGLISH` holds the English template of each (same
fields; those of the rules that read meaning come from
:mod:`~jxeditor.rules.messages_en_meaning`), and :func:`in_english` gives a problem with
its message, place and fix label in English. Values that are fixed Chinese terms (field
labels, column names, 高/低) are translated through :data:`TERMS`; what the person typed
(names, values) stays as typed. A test checks that every template of every rule has its
English one. Nothing here imports Qt: the UI decides the language and calls
:func:`in_english`.
"""

from __future__ import annotations

import dataclasses
import re

from jxeditor.document.fields import FUNDING, HEADER, STAGE_BLOCK, fields_of
from jxeditor.rules.messages_en_department import DEPARTMENT_ENGLISH, DEPARTMENT_TERMS
from jxeditor.rules.messages_en_meaning import MEANING_ENGLISH
from jxeditor.rules.problems import Fix, Problem, Text

ENGLISH: dict[str, str] = {
    # document_rules
    "项目编码“{n}”与第 {n1} 个项目“{n2}”相同：同一文件中每个项目的编码应唯一，请核对编码。":
        "Project code “{n}” is the same as that of project {n1} “{n2}”: every project of a "
        "file needs its own code; please check the code.",
    "本项目的绩效指标与第 {n} 个项目“{n1}”完全相同（{n2} 个三级指标及指标值）：是否照搬了其他项目？请按本项目的内容填写。":
        "The indicators are exactly those of project {n} “{n1}” ({n2} indicators with their "
        "targets): copied from another project? Please fill them in for this project.",
    # funding_rules
    "年度金额 {n} 大于实施期金额 {n1}：年度金额是实施期金额的一部分，不能更大。":
        "This year's amount {n} is larger than the whole period's {n1}: this year is part "
        "of the period and cannot be more.",
    "资金支出计划12月底为 {n}%：到年底应累计支出 100%。":
        "Spending plan at the end of December is {n}%: by the end of the year 100% should "
        "be spent.",
    "{col_label}合计 {n1} 不等于财政拨款 {n2} 与其他资金 {n3} 之和 {n4}：请核对金额。":
        "{col_label}: the total {n1} is not fiscal {n2} plus other funds {n3} ({n4}): "
        "please check the amounts.",
    "{col_label}的其他资金与财政拨款相同（均为 {n1}），合计正好是两者之和，而{other_label}中没有其他资金：是否把财政拨款误复制到了其他资金？请核对。":
        "{col_label}: other funds equal fiscal (both {n1}) and the total is their sum, "
        "while {other_label} has no other funds: was the fiscal amount copied into other "
        "funds by mistake? Please check.",
    "{col_label}的其他资金与财政拨款相同（均为 {n1}），合计正好是两者之和：是否把财政拨款误复制到了其他资金？若确为各出一半，可不修改。":
        "{col_label}: other funds equal fiscal (both {n1}) and the total is their sum: was "
        "the fiscal amount copied into other funds by mistake? If it really is half each, "
        "leave it.",
    "资金支出计划{label}“{value}”不是 0 到 100 之间的百分数：请填写数字，如 30。":
        "Spending plan {label}: “{value}” is not a percentage from 0 to 100: please enter "
        "a number, e.g. 30.",
    "资金支出计划{label}为 {n1}%：百分比应在 0 到 100 之间。":
        "Spending plan {label} is {n1}%: a percentage lies between 0 and 100.",
    "资金支出计划{label}（{n1}%）小于{n2}（{n3}%）：计划是累计百分比，只能增加不能减少。":
        "Spending plan {label} ({n1}%) is less than {n2} ({n3}%): the plan is cumulative "
        "and can only grow.",
    "改为 100": "Change to 100",
    "{where}“{value}”不是数字：请只填写以万元为单位的数字，如 1443.08。":
        "{where}: “{value}” is not a number: enter only a number in 10,000 yuan, e.g. "
        "1443.08.",
    "{col_label}填写了财政拨款或其他资金，但没有填写合计：请填写{col_label}合计。":
        "{col_label}: fiscal or other funds are filled in but the total is not: please "
        "fill in the total.",
    "{where}为负数（{n1}）：金额不能小于 0。":
        "{where} is negative ({n1}): an amount cannot be less than 0.",
    "{where}有 {decimals} 位小数：以万元为单位最多 4 位小数（精确到元）。":
        "{where} has {decimals} decimals: in 10,000 yuan at most 4 (to the yuan).",
    "改为 {rounded}": "Change to {rounded}",
    "填写合计 {n}（财政拨款 + 其他资金）": "Fill in the total {n} (fiscal + other funds)",
    # history_rules
    "目标偏低？上年实际完成 {n}，比年度指标值“{n1}”{n2}出 {share}%：可考虑以上年实际为目标":
        "Target too low? Last year's actual {n} is {share}% {n2} than the target “{n1}”: "
        "consider last year's actual as the target",
    "年度指标值“{n}”比上年的“{n1}”{n2}：目标降低时请在指标值确定依据中说明原因":
        "The target “{n}” is {n2} than last year's “{n1}”: when a target is lowered, give "
        "the reason in the basis of target",
    "以上年实际完成值“{proposal}”为目标": "Take last year's actual “{proposal}” as the target",
    # indicator_rules
    "缺少一级指标“{name}”{n1}：请添加并填写其下的三级指标。":
        "First-level indicator “{name}” is missing{n1}: please add it with its indicators.",
    "一级指标“{name}”不属于现行指标体系（非标准的共性指标）：请改用产出、效益、满意度等标准一级指标。":
        "First-level indicator “{name}” is not part of the current framework (not a "
        "standard common indicator): please use the standard first levels such as "
        "“产出指标”, “效益指标” and “满意度指标”.",
    "一级指标“{name}”下没有任何指标：请添加二级和三级指标，或删除该一级指标。":
        "First-level indicator “{name}” holds no indicators: please add second- and "
        "third-level indicators, or delete it.",
    "三级指标没有名称：请填写指标名称，或删除这一行。":
        "An indicator has no name: please name it, or delete the row.",
    "三级指标“{name}”没有年度指标值：请填写，如 ≥95%、按时。":
        "Indicator “{name}” has no annual target: please fill it in, e.g. “≥95%” or “按时”.",
    "一级指标“{name}”不在指标体系中：标准一级指标为产出指标、成本指标、效益指标、满意度指标。":
        "First-level indicator “{name}” is not in the framework: the standard first levels "
        "are “产出指标”, “成本指标”, “效益指标” and “满意度指标”.",
    "二级指标“{name}”应属于一级指标“{owner}”，不应放在“{name2}”下：请移到{owner}下。":
        "Second-level indicator “{name}” belongs under the first level “{owner}”, not under "
        "“{name2}”: please move it there.",
    "二级指标“{name}”不在指标体系中：“{name1}”下的二级指标应为{choices}。":
        "Second-level indicator “{name}” is not in the framework: the second levels under "
        "“{name1}” are {choices}.",
    "确认无误“{reason}”原在“{place}”，已对不上任何指标（指标可能已改名或删除）：这条确认不再起作用，可取消确认。":
        "The confirmation “{reason}” was given at “{place}”, which no longer matches any "
        "indicator (renamed or deleted?): it has no effect any more; withdraw it.",
    "二级指标“{name}”下没有三级指标：请添加三级指标，或删除该二级指标。":
        "Second-level indicator “{name}” holds no indicators: please add some, or delete it.",
    "三级指标“{name}”的指标值“{value}”是占位符：请填写真实的目标值。":
        "The target “{value}” of indicator “{name}” is a placeholder: please enter the "
        "real target.",
    "“{name}”下的三级指标“{key}”重复出现：请合并或改名。":
        "Indicator “{key}” appears twice under “{name}”: please merge or rename them.",
    # money_rules
    "“{name}”的指标值“{value}”（{n2} 万元）超过了项目预算 {n3} 万元：成本或支出不会超过预算，请核对金额或单位（元、万元）。":
        "The target “{value}” of “{name}” ({n2} × 10,000 yuan) exceeds the project budget "
        "of {n3} × 10,000 yuan: a cost or spending cannot exceed the budget; please check "
        "the amount or the unit (“元”, “万元”).",
    # project_rules
    "项目实施期未填写开始日期：请填写，如 {year}-01-01。":
        "The period has no start date: please enter one, e.g. {year}-01-01.",
    "项目实施期未填写结束日期：请填写，如 {year}-12-31。":
        "The period has no end date: please enter one, e.g. {year}-12-31.",
    "年度金额未填写：请填写本年度安排的资金（{unit}），如财政拨款与其他资金及其合计。":
        "The annual amount is empty: please enter this year's funding ({unit}): the fiscal "
        "appropriation, other funds and their total.",
    "年度目标未填写：请写明本年度要达到的目标。":
        "The annual goal is empty: please write what the project is to achieve this year.",
    "项目属性“{text}”不是规定的取值：项目属性只能是“新增项目”或“延续项目”。":
        "Attribute “{text}” is not an allowed value: it can only be “新增项目” (new) or "
        "“延续项目” (continued).",
    "项目属性“{text}”不是规定的取值：项目属性只能是“新增项目”或“延续项目”，应为“{nearest}”。":
        "Attribute “{text}” is not an allowed value: it can only be “新增项目” (new) or "
        "“延续项目” (continued); it should be “{nearest}”.",
    "{label}未填写：请填写{label}。": "{label} is empty: please fill it in.",
    "本文件有 {n} 个项目读自部门公开的项目表，表中没有{labels}：这几项不逐项列为待填；如需按项目绩效目标表报送，请逐个项目补填。":
        "{n} projects of this file were read from a department's published list of projects, "
        "which has no {labels}: these are not listed one by one as to do; to submit them as "
        "performance target tables, fill them in project by project.",
    "改为“{nearest}”": "Change to “{nearest}”",
    "项目实施期“{value}”无法识别为日期：请写成 2026-01-01 这样的日期。":
        "Period “{value}” is not a date: please write a date like 2026-01-01.",
    "项目实施期开始日期 {start} 晚于结束日期 {end}：请检查起止日期。":
        "The period starts on {start}, after its end {end}: please check the dates.",
    "预算年度 {year} 不在项目实施期 {start} 至 {end} 之内：是否沿用了往年的表格？请核对实施期。":
        "Budget year {year} lies outside the period {start} to {end}: is this last year's "
        "table? Please check the period.",
    # reviewer_rules
    "时效指标“{name}”（{value}）是合同、质保等的期限，不是完成时效：时效指标应写明何时完成（如“{year}年12月底前”），该指标可移到质量指标。":
        "Timeliness indicator “{name}” ({value}) is a term of a contract or warranty, not "
        "a completion time: a timeliness indicator says when the work is done (e.g. "
        "“{year}年12月底前”); this one may move to “质量指标”.",
    "时效指标“{name}”的指标值“{value}”是数量，不是时间：时效指标应写明完成时限（如“≤30个工作日”），数量请移到数量指标。":
        "The target “{value}” of timeliness indicator “{name}” is a quantity, not a time: "
        "a timeliness indicator gives a deadline (e.g. “≤30个工作日”); move quantities "
        "to “数量指标”.",
    "“{name}”是满意度指标，应放在一级指标“满意度指标”的“服务对象满意度指标”下，不应放在“{level2}”下：请移过去。":
        "“{name}” is a satisfaction indicator and belongs under “服务对象满意度指标” of "
        "“满意度指标”, not under “{level2}”: please move it there.",
    "“{name}”（{value}）是投入的资金，不是产出：{l2}应写明用这些钱做成了什么（如“扶持企业数量 ≥100家”、“按时拨付率 =100%”），资金数额已在资金投入中填写。":
        "“{name}” ({value}) is money put in, not an output: “{l2}” should say what the "
        "money achieves (e.g. “扶持企业数量 ≥100家”, “按时拨付率 =100%”); the amount is "
        "already in the funding.",
    "三级指标“{name}”与其指标值相同，没有说明考核什么：名称写考核的内容（如“项目完成时间”），指标值写目标（如“{year}年12月底前”）。":
        "Indicator “{name}” is the same as its target and does not say what is measured: "
        "the name says what (e.g. “项目完成时间”), the target the aim (e.g. "
        "“{year}年12月底前”).",
    "三级指标“{name}”只是重复了二级指标“{l2}”，没有说明考核什么：请写明具体内容（如“改造面积”、“项目完成时间”）。":
        "Indicator “{name}” only repeats the second level “{l2}” and does not say what is "
        "measured: please name it (e.g. “改造面积”, “项目完成时间”).",
    "三级指标“{name}”只是重复了项目名称，没有说明考核什么：请写明具体的产出或效果（如“完成改造面积”、“验收合格率”）。":
        "Indicator “{name}” only repeats the project name and does not say what is "
        "measured: please name the output or effect (e.g. “完成改造面积”, “验收合格率”).",
    "指标值“{value}”没有可衡量的标准：{n1}指标宜写成可考核的目标，如“≥90%”、“较上年提高5%”或“≥10项”。":
        "Target “{value}” cannot be measured: {n1} targets should be checkable, e.g. "
        "“≥90%”, “较上年提高5%” or “≥10项”.",
    "时效指标“{name}”的指标值只有“{value}”：宜写明具体时限，如“{year}年12月底前完成”或“≤30个工作日”。":
        "Timeliness indicator “{name}” only says “{value}”: better give a deadline, e.g. "
        "“{year}年12月底前完成” or “≤30个工作日”.",
    "时效指标“{name}”是与时间无关的比率：时效指标应考核完成时限或及时程度（如“按时完成率”、“≤30个工作日”），该指标可移到质量指标。":
        "Timeliness indicator “{name}” is a rate unrelated to time: a timeliness indicator "
        "measures a deadline or punctuality (e.g. “按时完成率”, “≤30个工作日”); this one "
        "may move to “质量指标”.",
    # stage_rules
    "全年执行数 {executed} 超过全年预算数 {budget}（执行率 {rate}%）：请核对":
        "Executed in the year {executed} exceeds the year's budget {budget} (execution "
        "rate {rate}%): please check",
    "{label}“{value}”不是有效的分数：请填写不小于 0 的数字，或留空由程序计算":
        "{label} “{value}” is not a valid number: enter a number not below 0, or leave it "
        "empty to have it computed",
    "自评阶段每个三级指标都要填写实际完成值":
        "In the self-evaluation every indicator needs its actual value",
    "实际完成值“{actual}”不是完成日期：请填写完成的日期，如“{year}年5月底”，或 {verdicts} 之一":
        "Actual value “{actual}” is not a completion date: enter the date the work was done, "
        "e.g. “{year}年5月底”, or one of {verdicts}",
    "定性指标的实际完成值“{actual}”应为 {verdicts} 之一":
        "The actual value “{actual}” of a qualitative indicator should be one of {verdicts}",
    "实际完成值“{actual}”不是数值：请填写完成的数和单位，如“520人次”":
        "Actual value “{actual}” is not a number: enter the number achieved with its unit, "
        "e.g. “520人次”",
    "得分 {n} 低于分值 {n1}：请填写偏差原因分析及改进措施":
        "Score {n} is below the points {n1}: please give the causes of the deviation and "
        "the measures taken",
    "“{text}”的得分应在 {n1} 之间，填写的是 {n2}（仍按填写的分数计入总分）":
        "The score for “{text}” should lie within {n1}; {n2} was entered (the total still "
        "counts it)",
    "{group}指标的分值合计 {n1}，应为 {n2}：请调整分值":
        "The points of “{group}” add up to {n1}, they should be {n2}: please adjust them",
    "完成目标可能性为“确定能”，但全年预计完成值“{forecast}”达不到年度指标值“{value}”：请核对预计值或可能性":
        "The likelihood is “确定能” (certain), but the year forecast “{forecast}” does not "
        "reach the target “{value}”: please check the forecast or the likelihood",
    "完成目标可能性为“{possibility}”，须填写{missing}":
        "The likelihood is “{possibility}”: {missing} must be filled in",
    "实际完成值的单位“{actual_unit}”与年度指标值的单位“{target_unit}”不同，无法计分：请换算成同一单位":
        "The unit of the actual value “{actual_unit}” differs from the target's "
        "“{target_unit}”, so it cannot be scored: please convert to the same unit",
    # text_rules
    "{n}中“{phrase}”连着写了两遍：请删去重复的部分。":
        "{n} has “{phrase}” twice in a row: please delete the repetition.",
    "三级指标名称中“{n}”连着写了两遍：请改为“{n1}”。":
        "The indicator name has “{n}” twice in a row: please change it to “{n1}”.",
    "删去重复的“{phrase}”": "Delete the repeated “{phrase}”",
    # value_rules
    "满意度目标“{value}”要求人人满意，不切实际：满意度目标一般定为 ≥90% 至 ≥95%，如“{suggested}”。":
        "Satisfaction target “{value}” asks everyone to be satisfied, which is not "
        "realistic: usually ≥90% to ≥95%, e.g. “{suggested}”.",
    "“{name}”是比率或满意度，指标值“{value}”缺少单位：应写作“{fixed}”。":
        "“{name}” is a rate or satisfaction, and the target “{value}” lacks its unit: "
        "write “{fixed}”.",
    "“{name}”是比率，指标值“{value}”的单位却是“{unit}”：比率应以 % 表示，或把指标改名为数量指标。":
        "“{name}” is a rate, but the target “{value}” is in “{unit}”: give a rate in %, or "
        "rename the indicator as a quantity.",
    "“{name}”是数量或金额，指标值“{value}”却以 % 表示：请写明具体数量和单位（如“≥1200人”），或把指标名称改为比率（如“…覆盖率”）。":
        "“{name}” is a quantity or amount, but the target “{value}” is in %: give the "
        "quantity with its unit (e.g. “≥1200人”), or rename the indicator as a rate (e.g. "
        "“…覆盖率”).",
    "满意度目标“{value}”低于 80%：满意度目标一般不低于 80%，请核对。":
        "Satisfaction target “{value}” is below 80%: it is usually not below 80%; please "
        "check.",
    "成本指标“{name}”的指标值“{value}”只有下限：成本应设上限，通常用“≤”。":
        "Cost indicator “{name}” has only a lower bound “{value}”: a cost needs an upper "
        "bound, usually with “≤”.",
    "指标值“{value}”只有数字没有单位：请写明计量单位，如“≥1200人”、“≥5个”、“≤50万元”。":
        "Target “{value}” is a bare number: please give its unit, e.g. “≥1200人”, “≥5个”, "
        "“≤50万元”.",
    "指标值“{value}”只有数字没有单位：应写作“{fixed}”。":
        "Target “{value}” is a bare number: write “{fixed}”.",
    "指标值“{value}”任何结果都能达到，不是有效的目标：请写出需要努力才能达到的数值。":
        "Target “{value}” is met whatever happens, so it is no target: please give a value "
        "that takes effort to reach.",
    "指标值“{value}”使用了不规范的符号：应写作“{normalized}”。":
        "Target “{value}” uses a non-standard sign: write “{normalized}”.",
    "指标值“{value}”中的“{redundant_words}”与比较符号重复：应写作“{normalized}”。":
        "In target “{value}”, “{redundant_words}” repeats the comparison sign: write "
        "“{normalized}”.",
    "改为“{suggested}”": "Change to “{suggested}”",
    "改为“{fixed}”": "Change to “{fixed}”",
    "指标值“{value}”对“{name}”没有约束（这一比率本来就不超过 100%）：请写出要达到的下限，如“≥95%”。":
        "Target “{value}” sets no bound on “{name}” (the rate never exceeds 100% anyway): "
        "please give the lower bound to reach, e.g. “≥95%”.",
    "改为“{normalized}”": "Change to “{normalized}”",
    "指标值“{value}”用文字“{comparator_words}”表示比较关系：规范写法为“{normalized}”。":
        "Target “{value}” says the comparison in words (“{comparator_words}”): the "
        "standard form is “{normalized}”.",
    "指标值“{value}”要求达到或超过 100%：比率不会超过 100%，应写作“=100%”。":
        "Target “{value}” asks for 100% or more: a rate never exceeds 100%; write “=100%”.",
    "改为“=100%”": "Change to “=100%”",
    "指标值“{value}”超过 100%：比率不会超过 100%，请核对。":
        "Target “{value}” is over 100%: a rate never exceeds 100%; please check.",
}

ENGLISH.update(MEANING_ENGLISH)  # the rules that read meaning (issue 31), kept apart

# Fixed Chinese terms that rules put into their messages or places, in English.
TERMS: dict[str, str] = {
    # field labels: the field registry's English (jxeditor.document.fields), and the places
    **{spec.label: spec.english for spec in fields_of(HEADER, FUNDING, STAGE_BLOCK)},
    "绩效指标": "Indicators",
    "（未命名）": "(unnamed)",
    # the stages and the amounts of their blocks (jxeditor.document.stages)
    "目标": "Targets",
    "运行监控": "Monitoring",
    "自评": "Self-evaluation",
    "全年执行数": "Executed in the year",
    "年初预算数": "Initial budget",
    "全年预算数": "Year's budget",
    "年度资金总额": "total",
    "其中：当年财政拨款": "of which fiscal this year",
    "上年结转资金": "carried over",
    # the parts of a funding column, the months of the spending plan
    "合计": "total",
    "财政拨款": "fiscal",
    "其他资金": "other funds",
    "3月底": "Mar",
    "6月底": "Jun",
    "10月底": "Oct",
    "12月底": "Dec",
    # the 自评 and 运行监控 blocks
    "分值": "Points",
    "得分": "Score",
    "全年预计完成值": "the year forecast",
    "偏差原因": "the causes of deviation",
    # words put into sentences
    "（未命名指标）": "(unnamed indicator)",
    "（可作为一级指标，或作为产出指标下的二级指标）":
        " (as a first level, or as a second level under “产出指标”)",
    "高": "higher",
    "低": "lower",
    "宽松": "looser",
    "效益": "benefit",
    "质量": "quality",
}

ENGLISH |= DEPARTMENT_ENGLISH
TERMS |= DEPARTMENT_TERMS

_PAREN = re.compile(r"^(.+)（(.+)）$")


def term(value: str) -> str:
    """A value in English when it is a fixed term (``年度金额（合计）`` too), else as is."""
    if value in TERMS:
        return TERMS[value]
    found = _PAREN.match(value)
    if found is not None and found[1] in TERMS and found[2] in TERMS:
        return f"{TERMS[found[1]]} ({TERMS[found[2]]})"
    if "·" in value:  # 年初预算数·上年结转资金
        parts = value.split("·")
        if all(p in TERMS for p in parts):
            return " · ".join(TERMS[p] for p in parts)
    if "、" in value:
        parts = value.split("、")
        if all(p in TERMS for p in parts):
            return " and ".join(TERMS[p] for p in parts)
    return value


def _value(name: str, value: str) -> str:
    if name == "choices":  # names the person writes, listed with 、: quoted, with commas
        return ", ".join(f"“{part}”" for part in value.split("、"))
    return term(value)


def english(text: Text) -> str:
    """The English of a message (its Chinese when no translation is known)."""
    template = ENGLISH.get(text.template)
    if template is None:
        return str(text)
    return template.format(**{name: _value(name, value) for name, value in text.params})


def english_place(location: str) -> str:
    """``绩效指标 / 产出指标 / …`` → ``Indicators / 产出指标 / …``; a field label in English."""
    return " / ".join(term(part) for part in location.split(" / "))


def _fix(fix: Fix | None) -> Fix | None:
    if fix is None or fix.text is None:
        return fix
    return dataclasses.replace(fix, label=english(fix.text))


def in_english(problem: Problem) -> Problem:
    """``problem`` with its message, place and fix label in English."""
    return dataclasses.replace(
        problem,
        message=english(problem.text) if problem.text is not None else problem.message,
        location=english_place(problem.location),
        fix=_fix(problem.fix),
    )
