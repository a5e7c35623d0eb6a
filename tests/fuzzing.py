"""Mutated inputs for the readers: truncated, bit-flipped, wrong types, huge, deep, junk."""

from __future__ import annotations

import json
import random
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


_WRONG = [None, True, 0, -1, 1e308, "", "文字", [], {}, [1, 2], {"a": 1}, "x" * 10_000, "1E+999", "-0"]


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
