"""The half-width table stands in for unicodedata's NFKC (the packaged program has no
unicodedata): the same form for every code point, and so for any text of the characters
people type into these tables (Chinese, full-width digits, letters and punctuation, ㎡, ①,
characters pasted from a PDF such as the Kangxi radicals)."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jxeditor.yearly import halfwidth_table
from jxeditor.yearly.normalize import halfwidth, plain

# What the tables are written in (ranges of code points, both ends included).
TYPED = [
    (0x20, 0x7E), (0xA0, 0xFF),  # ASCII, Latin-1 (², ½, ·)
    (0x2000, 0x206F), (0x2070, 0x209F),  # general punctuation (…, ‥), super- and subscripts
    (0x2100, 0x218F), (0x2190, 0x22FF),  # letterlike (℃, №), number forms (Ⅻ), arrows, ≥ ≤
    (0x2460, 0x24FF), (0x2F00, 0x2FDF),  # ①…⑳, the Kangxi radicals (text from a PDF)
    (0x3000, 0x303F), (0x3200, 0x33FF),  # CJK punctuation, ㈠ ㊣, ㎡ ㎏ ㏄
    (0x4E00, 0x9FFF), (0xF900, 0xFAFF),  # CJK ideographs, compatibility ideographs
    (0xFE10, 0xFE6F), (0xFF01, 0xFF5E), (0xFFE0, 0xFFEE),  # vertical, small and full-width forms
]


def test_the_table_is_nfkc_of_every_code_point() -> None:
    assert unicodedata.unidata_version == halfwidth_table.UNICODE_VERSION, (
        "this Python brings another Unicode: run scripts/make_halfwidth_table.py")
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        assert halfwidth(char) == unicodedata.normalize("NFKC", char), hex(code)


@given(st.lists(st.one_of([st.integers(low, high) for low, high in TYPED]), max_size=40)
       .map(lambda codes: "".join(map(chr, codes))))
def test_typed_text_comes_out_as_nfkc(text: str) -> None:
    assert halfwidth(text) == unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("１２（万元）", "12(万元)"), ("≥ ５００ ㎡", "≥500m2"), ("⼈数：①", "人数:1"),
     ("ＡＢＣ　ｘｙｚ！", "ABCxyz!"), ("完成率≥９５％", "完成率≥95%"), ("10℃…", "10°C...")],
)
def test_plain_half_widths_what_people_type(text: str, expected: str) -> None:
    assert plain(text) == expected == "".join(unicodedata.normalize("NFKC", text).split())


def test_comparing_texts_loads_no_unicodedata() -> None:
    """The packaged program leaves unicodedata out (jxeditor.spec): the comparison of two
    years must not need it."""
    code = ("import sys; from jxeditor.yearly.normalize import same_text; "
            "assert same_text('１２（万元）', '12 (万元)'); print('unicodedata' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == "False"
