"""填报说明: every rule in plain Chinese with an example, for the editor's help page.

One entry per rule code (a test checks that every code of the engine has one, so a new
rule without an explanation fails the build, and the page never goes stale). The texts
say what the finance bureau expects and how to put it right; the example shows a value
as people write it wrongly and as it should be.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GuideEntry:
    """One rule explained: a title, what to do, and an example (wrong → right)."""

    title: str
    explanation: str
    example: str = ""


# (theme heading, {code: entry}) in the order the help page shows them
GUIDE: tuple[tuple[str, dict[str, GuideEntry]], ...] = (
    ("项目基本信息", {
        "project.missing_field": GuideEntry(
            "必填项未填", "项目名称、主管部门、实施单位、实施期和年度目标都要填写。新建项目时这些项显示为“待填”，离开该项或保存后仍为空就算错误。"),
        "project.absent_fields": GuideEntry(
            "来源表格中没有的项", "部门公开的项目表（以“项目编码”开头）没有主管部门、实施单位和实施期。从这种表格读入的项目，这几项为空时不逐项列为待填，整个文件只提示一次；如需报送，请逐个项目补填。"),
        "project.attribute": GuideEntry(
            "项目属性", "项目属性只能是“新增项目”或“延续项目”。", "“延续” → “延续项目”"),
        "period.invalid": GuideEntry(
            "实施期写法", "实施期要写成开始和结束两个日期，结束不能早于开始。", "“2026年” → 2026-01-01 至 2026-12-31"),
        "period.year_mismatch": GuideEntry(
            "实施期与预算年度", "实施期应包含本文档的预算年度。", "预算年度 2027，实施期 2026-01-01 至 2026-12-31 → 改为 2027 年"),
        "goal.contradicts_indicator": GuideEntry(
            "年度目标与指标不一致", "年度目标中写出的数量应与衡量它的三级指标一致。", "目标“培训1200人次”，指标“≥800人次” → “≥1200人次”"),
        "goal.unmeasured": GuideEntry(
            "年度目标中的数量没有指标衡量", "目标中承诺的数量，应有一个三级指标来考核。", "目标“安装路灯300盏” → 添加“安装路灯数量 ≥300盏”"),
        "year.stale": GuideEntry(
            "写的是往年的年份", "指标名称、指标值、年度目标和项目资金主要用途中的时间应是本预算年度；照搬上年表格时常忘了改。与上年比较（“较2025年提高”）、往年发生的事（“2019年发行的债券”）和跨年规划（“2026—2028年”）不在此列。", "2027 年度表中“2026年12月底前” → “2027年12月底前”"),
        "project.duplicate_code": GuideEntry(
            "项目编码重复", "同一文档中每个项目的编码应唯一。", "两个项目都是 102001001 → 核对编码"),
        "project.copied_indicators": GuideEntry(
            "指标与另一项目完全相同", "两个项目的三级指标和指标值一模一样，多半是复制后忘了修改。", "复制的项目 → 按本项目的产出和效果改写"),
    }),
    ("资金", {
        "funding.not_a_number": GuideEntry(
            "金额不是数字", "金额栏只填数字，单位在表头（万元）。", "“40万元左右” → 40"),
        "funding.negative": GuideEntry("金额为负", "金额不能为负数。", "-5 → 5"),
        "funding.precision": GuideEntry(
            "小数位数过多", "万元金额一般保留不超过 2 位小数（最多 4 位）。", "12.345678 → 12.35"),
        "funding.missing_total": GuideEntry(
            "缺少资金总额", "填了财政拨款或其他资金时，也要填资金总额。", "总额空、财政拨款 12 → 总额 12"),
        "funding.sum_mismatch": GuideEntry(
            "总额不等于各项之和", "资金总额应等于财政拨款加其他资金；两项都空时不检查。", "总额 12，财政拨款 10，其他资金 1 → 核对"),
        "funding.annual_exceeds_period": GuideEntry(
            "年度金额超过实施期金额", "年度金额是实施期金额的一部分，不能更大。", "实施期 100，年度 120 → 核对"),
        "funding.other_copies_fiscal": GuideEntry(
            "其他资金与财政拨款相同", "其他资金恰好等于财政拨款、总额是两者之和时，多半是抄错了格。", "总额 24，财政拨款 12，其他资金 12 → 核对"),
        "spending_plan.not_monotonic": GuideEntry(
            "支出计划不递增", "资金支出计划是累计进度，3月底、6月底、10月底、12月底应逐期不减。", "30%、20% → 30%、50%"),
        "spending_plan.final_not_100": GuideEntry(
            "12月底不是 100%", "到年底应支出全部年度资金。", "12月底 90% → 100%"),
        "spending_plan.out_of_range": GuideEntry(
            "支出计划超出范围", "支出计划是 0 到 100 之间的百分数。", "120 → 100"),
        "money.over_budget": GuideEntry(
            "指标中的金额超过预算", "成本或支出类指标的金额不应超过项目的年度或实施期预算。", "年度预算 12 万元，成本指标 ≤20万元 → 核对"),
    }),
    ("指标结构", {
        "indicators.missing_level1": GuideEntry(
            "缺少一级指标", "按指标框架，产出、效益、满意度（2021 版还有成本）都要有。", "没有“满意度指标” → 补上服务对象满意度"),
        "indicators.misplaced_level2": GuideEntry(
            "二级指标放错一级", "二级指标应放在它所属的一级指标下。", "“时效指标”放在效益指标下 → 移到产出指标下"),
        "indicators.unknown_level2": GuideEntry(
            "二级指标不在框架中", "二级指标名称应取自指标框架。", "“进度指标” → “时效指标”"),
        "indicators.unknown_level1": GuideEntry(
            "一级指标不在框架中", "一级指标名称应取自指标框架。", "“效果指标” → “效益指标”"),
        "indicators.empty_group": GuideEntry(
            "空的指标组", "一级或二级指标下至少要有一个三级指标，否则删除该组。", "只有“数量指标”没有三级指标 → 补上或删除"),
        "indicator.missing_name": GuideEntry(
            "三级指标无名称", "每个三级指标都要有名称（新建时显示为“待填”）。", "空 → “改造面积”"),
        "indicator.missing_value": GuideEntry(
            "缺少年度指标值", "每个三级指标都要有年度指标值（新建时显示为“待填”）。", "空 → “≥120平方米”"),
        "indicator.placeholder_value": GuideEntry(
            "指标值是占位符", "模板里的 **、XX 等占位符要换成实际的数。", "“≥**%” → “≥95%”"),
        "indicator.duplicate": GuideEntry(
            "指标重复", "同一组下不应有名称相同的两个三级指标。", "两个“验收合格率” → 合并或改名"),
        "acknowledgement.stale": GuideEntry(
            "确认无误对不上指标", "确认无误按指标名称记录；在本编辑器中改名时确认会随之更新，而在别处改了名称或删除了指标，确认就对不上任何指标，不再起作用。请取消这条确认，需要时对新的问题重新确认。", "“验收合格率”改为“验收通过率” → 取消原确认"),
    }),
    ("指标值", {
        "value.symbol": GuideEntry(
            "比较符号写法", "用标准符号 ≥ ≤ = > <，不要用书名号或半角组合。", "“》90%” → “≥90%”"),
        "value.redundant": GuideEntry(
            "多余的文字", "指标值中只写比较符号、数和单位。", "“≥不低于90%” → “≥90%”"),
        "value.comparator_words": GuideEntry(
            "用文字表示的比较", "“以上”“不低于”“不超过”可以写成符号，更规范。", "“95%以上” → “≥95%”"),
        "value.rate_over_100": GuideEntry(
            "比率超过 100%", "比率类指标一般不超过 100%（增长率、增幅除外）。", "“≥120%”（合格率） → 核对"),
        "value.missing_unit": GuideEntry(
            "缺少单位", "数量、金额、时间类指标值要写单位。", "“≥120” → “≥120平方米”"),
        "value.rate_unit": GuideEntry(
            "比率的单位不是 %", "名称是“…率”的指标，值应以 % 表示，或把名称改为数量。", "“超概算项目比例 ≤1个” → “≤1%”"),
        "value.percent_on_amount": GuideEntry(
            "数量指标用了 %", "名称表示数量或面积的指标，值不应是百分数。", "“投保面积 ≥70%” → “≥70亩”"),
        "value.count_no_unit": GuideEntry(
            "数量没有单位", "数量类指标值要写单位。", "“≥1200” → “≥1200人次”"),
        "value.no_comparator": GuideEntry(
            "比率没有比较符号", "合格率、完成率等要写明是下限（≥）还是上限（≤），故障率、投诉率等通常写上限。", "“85%” → “≥85%”"),
        "value.unit_mismatch": GuideEntry(
            "单位与指标名称不符", "面积用平方米或亩，人数用人，金额用元或万元。", "改造面积“≥2.5万个” → “≥2.5万平方米”"),
        "value.satisfaction_low": GuideEntry(
            "满意度目标偏低", "满意度目标一般不低于 80%。", "“≥60%” → “≥90%”"),
        "value.satisfaction_full": GuideEntry(
            "满意度定为 100%", "“=100%”或“100%满意”不现实，建议 90%–95%。", "“=100%” → “≥95%”"),
        "value.trivial": GuideEntry(
            "没有意义的目标", "“≥0%”“≥0”“≤100%”（对本来不超过 100% 的比率）任何结果都能达到。", "“≥0%” → “≥5%”"),
        "value.cost_lower_bound": GuideEntry(
            "成本指标用了 ≥", "成本指标应控制上限，用 ≤（节约率、压减率等除外）。", "“≥12.5万元” → “≤12.5万元”"),
    }),
    ("审核要点", {
        "timeliness.not_time": GuideEntry(
            "时效指标不是时间", "时效指标应是完成时间或时限，而不是数量或其他比率。", "时效指标“培训人数 ≥100人” → 移到数量指标"),
        "timeliness.vague": GuideEntry(
            "时效指标只写“及时”", "能写明日期或时限的，写具体些。", "“按时” → “2026年12月底前完成”"),
        "satisfaction.misplaced": GuideEntry(
            "满意度放错位置", "满意度类指标应放在“满意度指标”下。", "质量指标下的“群众满意度” → 移到满意度指标"),
        "indicator.input_as_output": GuideEntry(
            "把投入当成产出", "数量、质量指标写的是做成了什么，不是花了多少钱。", "“拨付资金 ≥500万元” → “扶持企业数量 ≥100家”"),
        "indicator.name_is_value": GuideEntry(
            "指标名称与指标值相同", "名称说明衡量什么，值说明达到多少。", "“年内全部完成 | 年内全部完成” → “完成时间 | 2026年12月底前”"),
        "indicator.name_is_level2": GuideEntry(
            "三级指标与二级指标同名", "三级指标要具体到衡量的对象。", "“及时性” → “项目完成及时率”"),
        "indicator.name_is_project": GuideEntry(
            "三级指标就是项目名称", "三级指标要说明项目的具体产出或效果。", "“档案室改造” → “改造面积”"),
        "benefit.is_output": GuideEntry(
            "产出放在了效益下", "到货率、拨付率、验收合格率、按期完成率、报告份数衡量的是项目做了什么，属于产出指标；效益指标写项目带来的效果。", "效益指标“设备按时到货率” → 移到时效指标"),
        "cost.not_a_cost": GuideEntry(
            "成本指标不是成本", "成本指标写本项目花费的上限（金额或单价），不写完成率、不写百分比；企业或群众的成本下降是效益。", "成本指标“企业融资成本 降低” → 经济效益指标；成本指标写“≤50万元”"),
        "benefit.not_ecological": GuideEntry(
            "生态效益不是自然环境", "生态效益指标写节能、减排、绿化等环境方面的效果；金融生态、营商环境属于经济或社会效益。", "生态效益指标“金融生态健康发展” → 移到经济效益指标"),
        "quality.repeats_quantity": GuideEntry(
            "质量指标重复数量", "质量指标写做得怎样（合格率、达标率），不要重复数量指标的数量。", "质量指标“培训人次 ≥1200人次” → “培训考核通过率 ≥90%”"),
        "value.vague": GuideEntry(
            "效益、质量、满意度指标只有定性描述", "能量化的写出数，如提高多少。“优秀”“良好”“好”“高”“稳定”“正常”“满意”等等级或状态词也无法考核。", "“明显提高” → “提高20%”；满意度“满意” → “≥90%”"),
        "text.doubled": GuideEntry(
            "文字重复", "同一词语连写两遍，多半是复制粘贴出的错。", "“专用设备、专用设备” → “专用设备”"),
    }),
    ("运行监控与自评", {
        "evaluation.actual_missing": GuideEntry(
            "实际完成值未填", "自评时每个三级指标都要填写实际完成值。", "“” → “520人次”"),
        "evaluation.actual_unreadable": GuideEntry(
            "实际完成值无法计分", "定量指标填完成的数和单位；定性指标填“达成年度指标”“部分达成年度指标并具有一定效果”或“未达成年度指标且效果较差”。", "“基本完成” → “部分达成年度指标并具有一定效果”"),
        "evaluation.unit_mismatch": GuideEntry(
            "实际完成值单位不同", "实际完成值要与年度指标值用同一单位（个与件视为相同），否则无法计分。", "指标值“≥10万元”，实际“12%” → “11.5万元”"),
        "evaluation.deviation_missing": GuideEntry(
            "未满分却没有偏差原因", "得分低于分值的指标，要写明偏差原因分析及改进措施。", "“” → “受雨季影响延期一个月，已调整施工计划”"),
        "evaluation.score_out_of_band": GuideEntry(
            "定性指标得分超出档次", "达成年度指标得分值的 80%–100%，部分达成 60%–80%，未达成 60% 以下。", "分值 15、部分达成，得分 13 → 10.5"),
        "evaluation.points_invalid": GuideEntry(
            "分值或得分不是数字", "分值、得分填不小于 0 的数字，或留空由程序计算。", "“十分” → “10”"),
        "evaluation.score_formula": GuideEntry(
            "分值或得分是公式", "自评表的分值和得分要填所定、所评的数字；单元格中的公式（不论是否算出结果）不作为分值或得分：分值按一级指标的分值平均分配，总分按程序计算的得分。", "得分“=F14*0.9” → “11.25”，分值“=50/2” → “25”，或留空由程序计算"),
        "evaluation.points_sum": GuideEntry(
            "一级指标分值合计不对", "产出（含成本）50 分、效益 30 分、满意度 10 分；没有满意度指标时按 50:30 并入产出和效益。", "产出指标分值合计 55 → 50"),
        "evaluation.score_over_points": GuideEntry(
            "得分超过分值", "每个指标的得分不能高于它的分值。", "分值 10，得分 12 → 10"),
        "evaluation.actual_negative": GuideEntry(
            "实际完成值为负数", "完成的数量、比率不会小于 0。", "“-5人次” → 核对后填写实际数"),
        "evaluation.far_above": GuideEntry(
            "实际完成值远超目标", "实际完成值比“≥”目标高出 20% 以上，说明目标定得偏低：要在偏差原因中说明，下一年度提高目标。", "目标“≥500人次”，实际“700人次” → 写明原因，明年目标提高"),
        "monitoring.execution_behind": GuideEntry(
            "支出进度落后", "运行监控时，1–7月执行率应达到本表资金支出计划中6月底（10月底监控时为10月底）的比例；没有支出计划的，与时间进度（7/12）比较。", "计划6月底 50%，实际执行 30% → 说明原因，加快支出"),
        "evaluation.execution_over_100": GuideEntry(
            "执行数超过预算数", "全年执行数一般不超过全年预算数，执行率得分最多 10 分。", "预算 100、执行 120 → 核对执行数"),
        "evaluation.not_a_number": GuideEntry(
            "自评资金不是数字", "年初预算数、全年预算数、全年执行数只填以万元为单位的数字，否则执行率无法计算、不得分。", "“约一百万” → “100”"),
        "monitoring.not_a_number": GuideEntry(
            "监控资金不是数字", "全年预算数、1–7月执行数、全年预计执行数只填以万元为单位的数字。", "“七十万” → “70”"),
        "monitoring.reason_missing": GuideEntry(
            "可能完不成却没写原因", "完成目标可能性不是“确定能”时，要填全年预计完成值并勾选偏差原因。", "“有可能”，原因空 → 勾选“经费保障”"),
        "monitoring.contradiction": GuideEntry(
            "确定能完成但预计达不到", "全年预计完成值达不到年度指标值时，可能性不应是“确定能”。", "指标值 ≥500人次，预计 450人次，确定能 → 有可能"),
    }),
    ("与上年对比", {
        "history.target_low": GuideEntry(
            "目标偏低", "上年实际完成值超过今年的年度指标值 20% 以上时，目标多半定低了；可按上年实际完成值设定目标（修正即以此为目标）。", "上年实际 620人次，今年 ≥500人次 → ≥620人次"),
        "history.target_lowered": GuideEntry(
            "目标比上年降低", "今年的年度指标值比上年的要求低（≤ 类指标为比上年宽松）时，请在指标值确定依据中说明原因。", "上年 ≥500人次，今年 ≥450人次 → 说明原因或维持 ≥500人次"),
    }),
    ("部门整体绩效目标", {
        "department.missing_goal": GuideEntry(
            "总体绩效目标未填", "部门整体绩效目标要写明部门本年度全部支出（基本支出和项目支出）要达到的总体目标。新建时显示为“待填”。"),
        "department.task_untitled": GuideEntry(
            "分项目标没有标题", "每项分项绩效目标（年度主要任务）都要有任务名称。", "（三）空 → （三）保障财政支出事项"),
        "department.task_no_measure": GuideEntry(
            "分项目标没有绩效指标", "每项分项目标至少要有一项绩效指标，年终才能自评。", "只有绩效目标 → 加上“评审率 100%”"),
        "department.task_unmeasurable": GuideEntry(
            "绩效指标没有可衡量的数值", "分项目标的绩效指标要能衡量：写明指标和数值，程序从句子中读出指标名称和指标值（可修改）。", "“确保全区财政平稳运行” → “用款计划审核办结率 100%”"),
        "department.not_a_number": GuideEntry(
            "任务金额不是数字", "年度主要任务的预算金额（总额、财政拨款、其他资金）和金额合计只填以万元为单位的数字。", "“约五十万” → “50”"),
        "department.budget_sum": GuideEntry(
            "总额与财政拨款、其他资金之和不符", "每项任务和金额合计的总额应等于财政拨款与其他资金之和。", "总额 100、财政拨款 80、其他资金 10 → 核对"),
        "department.tasks_total": GuideEntry(
            "各项任务之和不等于金额合计", "年度主要任务的预算金额加起来应等于金额合计。", "任务 60 + 30，合计 100 → 核对"),
        "department.below_projects": GuideEntry(
            "部门整体金额小于项目金额之和", "部门整体支出包括全部项目支出，部门整体的预算金额不能小于同一文件中各项目年度金额之和。", "部门 500，项目合计 800 → 核对"),
        "department.unknown_project": GuideEntry(
            "对应的项目不在文件中", "分项目标对应的项目按项目编码（无编码时按名称）在本文件的项目中查找。", "102009999 → 核对编码"),
        "department.project_not_named": GuideEntry(
            "项目没有对应分项目标", "分项目标写明了对应项目时，每个项目都应服务于某项任务。", "清理暂付款未被任何任务引用 → 加到相应任务"),
        "department.other_year": GuideEntry(
            "年份不是预算年度", "部门整体绩效目标针对预算年度，文中出现的年份应是预算年度或上年。", "预算年度 2023，写“2021年” → 核对"),
        "department.duplicate_task": GuideEntry(
            "分项目标同名", "两项分项目标标题相同，多半是重复，请合并或改名。"),
        "department.duplicate_measure": GuideEntry(
            "绩效指标重复", "同一条绩效指标一字不差地出现两次，请删去一条或改写。"),
        "department.own_levels": GuideEntry(
            "本地区的一级指标", "有些地区的部门整体指标用履职效能、管理效率、运行成本等一级指标：按原样保留，不按项目的指标体系检查，整个文件只提示一次。"),
    }),
)


def entry(code: str) -> GuideEntry | None:
    """The explanation of a rule code, or None."""
    for _heading, entries in GUIDE:
        if code in entries:
            return entries[code]
    return None


def codes() -> set[str]:
    """Every code the guide explains."""
    return {code for _heading, entries in GUIDE for code in entries}
