"""Table-reader benchmark: the text and grid readers are linear in cells (a benchmark, not a test).

For 1,000, 3,000 and 10,000 rows of each shape below it prints the time per 1,000 rows
and that time as a ratio to a baseline measured in the same run on the same text
(``str.split`` into lines and cells). Linear readers keep the ratio about the same from
1k to 10k rows; a quadratic one multiplies it by about ten.

Shapes (the cases of issue 20, item 4):

* ``project list``: one table of a 项目名称 | 金额 header and N rows of projects (was 539 s
  at 10,000 rows: the funding check rescanned the table for every header row);
* ``far cell``: a grid with a label at A1 and one cell at row N, as a 3-cell workbook
  gives it (was 36 s at 10,000);
* ``paste``: a pasted layout-A table with N indicator rows (a 3,000-row Ctrl+V was 34 s);
* ``many tables``: N/10 tables of 10 rows each;
* ``quoted``: N rows whose goal cell is quoted the Excel way with a line break inside.

Run: ``.venv/bin/python bench/bench_tables.py``. It asserts nothing.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jxeditor.formats.tableimport import read_text  # noqa: E402
from jxeditor.formats.tables.grid import read_tables  # noqa: E402

SIZES = (1_000, 3_000, 10_000)
HEADER = (
    "项目名称\t示例项目\t项目实施期\t2026年\n主管部门\t甲局\t实施单位\t乙中心\n"
    "资金投入(万元)\t实施期金额\t40\t年度金额\t40\n\t其中：财政拨款\t30\t其中：财政拨款\t30\n"
    "绩效目标\t实施期目标\t\t年度目标\n\t总目标\t\t年目标\n一级指标\t二级指标\t三级指标\t\t年度指标值\n"
)


def project_list(n: int) -> str:
    return "项目名称\t金额\n" + "".join(f"项目{i}\t{i}万元\n" for i in range(n))


def paste(n: int) -> str:
    return HEADER + "".join(f"产出指标\t数量指标\t指标{i}\t\t≥{i}个\n" for i in range(n))


def many_tables(n: int) -> str:
    table = "项目名称\t项目{0}\n年度目标\t完成\n一级指标\t二级指标\t三级指标\t年度指标值\n" + (
        "产出指标\t数量指标\t指标\t≥1个\n" * 7
    )
    return "".join(table.format(i) for i in range(n // 10))


def quoted(n: int) -> str:
    return HEADER + "".join(f'产出指标\t数量指标\t"指标{i}\n第二行"\t\t≥{i}个\n' for i in range(n))


def timed(action: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def baseline(text: str) -> float:
    return timed(lambda: [line.split("\t") for line in text.split("\n")], repeat=5)


def far_cell_grid(n: int) -> list[list[str]]:
    return [["项目名称"], *([] for _ in range(n - 2)), ["值"]]


def main() -> None:
    shapes: dict[str, Callable[[int], str]] = {
        "project list": project_list, "paste": paste, "many tables": many_tables, "quoted": quoted,
    }
    print(f"{'shape':<14}{'rows':>8}{'ms / 1k rows':>15}{'baseline µs / 1k':>18}{'ratio':>9}")
    for name, make in shapes.items():
        for n in SIZES:
            text = make(n)
            spent = timed(lambda text=text: read_text(text))  # type: ignore[misc]
            base = baseline(text)
            print(f"{name:<14}{n:>8}{spent / n * 1e6:>15.2f}{base / n * 1e9:>18.1f}{spent / base:>9.0f}")
    for n in SIZES:
        grid = far_cell_grid(n)
        spent = timed(lambda grid=grid: read_tables(grid))  # type: ignore[misc]
        base = baseline("\n".join("\t".join(row) for row in grid))
        print(f"{'far cell':<14}{n:>8}{spent / n * 1e6:>15.2f}{base / n * 1e9:>18.1f}{spent / base:>9.0f}")


if __name__ == "__main__":
    main()
