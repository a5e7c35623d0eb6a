"""Mutated inputs for the readers: truncated, bit-flipped, wrong types, huge, deep, junk;
for workbooks also damaged, dropped, swapped, duplicated and renamed archive members."""

from __future__ import annotations

import io
import json
import random
import re
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    """One random byte-level mutation."""
    choice = rng.randrange(6)
    if not data:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64)))
    pos = rng.randrange(len(data))
    if choice == 0:  # truncate
        return data[:pos]
    if choice == 1:  # flip bits
        out = bytearray(data)
        for _ in range(rng.randrange(1, 8)):
            i = rng.randrange(len(out))
            out[i] ^= 1 << rng.randrange(8)
        return bytes(out)
    if choice == 2:  # insert junk
        junk = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 32)))
        return data[:pos] + junk + data[pos:]
    if choice == 3:  # delete a slice
        return data[:pos] + data[pos + rng.randrange(1, 200):]
    if choice == 4:  # duplicate a slice
        return data[:pos] + data[pos : pos + 300] + data[pos:]
    return data[:pos] + rng.choice([b"\x00", b"\t\t\t", b"\n\n", b"\xff\xfe", b'"', b"{", b"]"]) + data[pos:]


_WRONG = [None, True, 0, -1, 1e308, "", "文字", [], {}, [1, 2], {"a": 1}, "x" * 10_000, "1E+999", "-0",
          # issue 32: numbers no whole-number field can hold (json.dumps writes Infinity, NaN)
          float("inf"), float("-inf"), float("nan"), 10**401, "控制\x01字符\x1b", "=1+1"]


def mutate_json_value(rng: random.Random, value: Any) -> Any:
    """Replaces one random node of a parsed JSON structure by a value of a wrong type."""
    if isinstance(value, dict) and value and rng.random() < 0.8:
        key = rng.choice(list(value))
        out = dict(value)
        if rng.random() < 0.15:
            del out[key]
        else:
            out[key] = mutate_json_value(rng, value[key])
        return out
    if isinstance(value, list) and value and rng.random() < 0.8:
        i = rng.randrange(len(value))
        out = list(value)
        out[i] = mutate_json_value(rng, value[i])
        return out
    return rng.choice(_WRONG)


def special_inputs(sample_text: str) -> Iterator[tuple[str, bytes]]:
    """Hand-made hostile inputs, by name."""
    yield "empty", b""
    yield "utf8-bom-only", b"\xef\xbb\xbf"
    yield "utf16-bom", sample_text.encode("utf-16")
    yield "gbk", sample_text.encode("gb18030", errors="replace")
    yield "deep-nesting", b"[" * 200_000 + b"]" * 200_000
    yield "deep-objects", b'{"a":' * 50_000 + b"1" + b"}" * 50_000
    yield "huge-string", json.dumps({"format": "jxeditor-document", "version": 1, "year": 2026,
                                     "projects": [{"name": "名" * 2_000_000}]}, ensure_ascii=False).encode()
    yield "binary-junk", bytes(range(256)) * 64
    yield "nul-bytes", b"\x00" * 4096
    yield "zip-magic", b"PK\x03\x04" + b"\x00" * 100
    yield "not-json-text", "项目名称\t测试\n".encode()


# -- workbooks (.xlsx) --------------------------------------------------------------------
def zip_members(data: bytes) -> list[tuple[str, bytes]]:
    """The members of a ZIP archive, in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def build_zip(members: list[tuple[str, bytes]]) -> bytes:
    """A valid ZIP archive of these members (duplicate names allowed)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is what we want here
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in members:
                archive.writestr(name, content)
    return buffer.getvalue()


def _mutate_xml(rng: random.Random, content: bytes) -> bytes:
    """Damage inside an XML member: a cut, junk, an unclosed or renamed tag, a huge or
    negative number, a cell reference out of range, text in another encoding."""
    text = content.decode("utf-8", errors="replace")
    choice = rng.randrange(8)
    if choice == 0 or len(text) < 10:
        return content[: rng.randrange(len(content) + 1)]
    pos = rng.randrange(len(text))
    if choice == 1:
        return (text[:pos] + "<" + text[pos:]).encode()
    if choice == 2:
        return (text[:pos] + rng.choice(["</x>", "<v>", "&amp", "&#0;", "]]>", "<!--"]) + text[pos:]).encode()
    if choice == 3:
        return re.sub(r"<v>[^<]*</v>", lambda m: rng.choice(
            ["<v>1E+99999</v>", "<v>-1</v>", "<v>NaN</v>", "<v></v>", "<v>" + "9" * 400 + "</v>", "<v>文字</v>"]
        ) if rng.random() < 0.3 else m.group(0), text).encode()
    if choice == 4:
        return re.sub(r'r="([A-Z]+)(\d+)"', lambda m: rng.choice(
            ['r="XFD1048576"', 'r="A0"', 'r="ZZZZ1"', 'r=""', m.group(0)]
        ) if rng.random() < 0.2 else m.group(0), text).encode()
    if choice == 5:
        return text.encode("gb18030", errors="replace")
    if choice == 6:
        return text.encode("utf-16")
    return mutate_bytes(rng, content)


def mutate_xlsx(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    """One random mutation of a workbook, named by kind: the whole file's bytes, or the
    members of the archive (damaged XML, dropped, swapped, duplicated, renamed)."""
    choice = rng.randrange(10)
    if choice < 2:
        return "file-bytes", mutate_bytes(rng, data)
    if choice == 2:
        return "truncated", data[: rng.randrange(len(data))]
    members = zip_members(data)
    i = rng.randrange(len(members))
    name, content = members[i]
    if choice < 6:
        members[i] = (name, _mutate_xml(rng, content))
        return "member-xml", build_zip(members)
    if choice == 6:
        del members[i]
        return "member-dropped", build_zip(members)
    if choice == 7:
        j = rng.randrange(len(members))
        members[i], members[j] = (name, members[j][1]), (members[j][0], content)
        return "member-swapped", build_zip(members)
    if choice == 8:
        members.insert(rng.randrange(len(members) + 1), (name, _mutate_xml(rng, content)))
        return "member-duplicated", build_zip(members)
    members[i] = (rng.choice(["x", "../evil.xml", "xl/worksheets/sheet99.xml", name.upper(), "/" + name]), content)
    return "member-renamed", build_zip(members)


def xlsx_special_inputs(workbook: bytes, sample_text: str) -> Iterator[tuple[str, bytes]]:
    """Hand-made hostile or wrong files with an ``.xlsx`` name."""
    yield from special_inputs(sample_text)
    yield "utf8-bom-text", b"\xef\xbb\xbf" + sample_text.encode()
    yield "utf16le-bom-text", b"\xff\xfe" + sample_text.encode("utf-16-le")
    yield "csv", "项目名称,绩效目标\n测试,完成\n".encode("gbk")
    yield "html-as-workbook", "<html><body><table><tr><td>项目</td></tr></table></body></html>".encode()
    yield "empty-zip", build_zip([])
    yield "zip-without-workbook", build_zip([("word/document.xml", b"<w:document/>")])
    yield "ole2-header", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024
    yield "xlsx-prefix-junk", b"junk" + workbook
    yield "xlsx-doubled", workbook + workbook
    members = zip_members(workbook)
    dtd = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><x>&b;</x>'
    yield "dtd-entities", build_zip([(n, dtd if n.endswith("workbook.xml") else c) for n, c in members])
    yield "zip-bomb", build_zip([*members, ("xl/media/zeros.bin", b"\x00" * (64 * 1024 * 1024))])
    yield "every-member-empty", build_zip([(n, b"") for n, _c in members])
    far = [(n, re.sub(rb'<c r="A1"', b'<c r="XFD1048576"', c, count=1) if b"<sheetData" in c else c)
           for n, c in members]  # one value far out: the reader would need 550 GB
    yield "far-cell", build_zip(far)


# -- issue 32: the library file, and texts for the writers ---------------------------------
_HOSTILE_PIECES = ("\x01", "\x1b[31m", "\x00", "\x7f", "\u200b", "\ud800", "=", "+", "-", "@",
                   "=SUM(A1:A3)", "_x0041_", "\r\n", "\t", "个", "≥5个", "'", '"', "<b>", "&amp;")


def hostile_text(rng: random.Random) -> str:
    """A text that writers must take: control characters, formula starts, OOXML escapes,
    lone surrogates, sometimes longer than a cell holds."""
    parts = [rng.choice(_HOSTILE_PIECES) for _ in range(rng.randrange(1, 6))]
    if rng.random() < 0.05:
        parts.append("长" * rng.choice((32_000, 40_000)))
    return "".join(parts)


def library_special_inputs(good: dict[str, Any]) -> Iterator[tuple[str, bytes]]:
    """A good library file with a number no whole-number field holds in each such field,
    nested too deep, or empty."""
    text = json.dumps(good, ensure_ascii=False)
    for field in ("generation", "next_id", "id", "year", "learned"):
        for bad in ("Infinity", "-Infinity", "NaN", "1e999", "9" * 401, "-1", "true", "1.5"):
            changed = re.sub(rf'"{field}": ?[0-9.]+', f'"{field}": {bad}', text, count=1)
            yield f"{field}={bad[:8]}", changed.encode()
    deep = "[" * 100_000 + "]" * 100_000
    yield "deep", f'{{"format": "{good["format"]}", "version": 1, "projects": {deep}}}'.encode()
    yield "empty", b""
    yield "bom", b"\xef\xbb\xbf"
