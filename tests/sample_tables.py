"""Small tables written for the tests, shared by the text and the workbook readers' tests."""

LAYOUT_B = """项目名称\t档案室改造
主管部门\t示例局\t实施单位\t示例局
项目属性\t新增项目\t项目起止时间\t2021.1.1\t2021.12.31
项目资金（万元）\t年度预算\t12.5
\t其中：财政拨款\t12.5
\t其他资金\t0
年度目标\t完成档案室改造并投入使用。
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值
\t产出指标\t数量指标\t改造面积\t≥120平方米
\t满意度指标\t服务对象满意度指标\t使用人员满意度\t≥90%
"""
