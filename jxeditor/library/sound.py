"""What the user's library may learn: values the rules find nothing wrong with.

A value the validator calls wrong (a placeholder, ``》 90%`` with its nonstandard symbol,
a rate ``≥93`` without its unit: an error or a warning of
:func:`jxeditor.rules.value_rules.value_faults`) would come back as a suggestion and be
reported again where it is inserted; such an indicator is not learned. A warning the
person confirmed as intended (确认无误) does not count. :func:`acknowledged_faults` reads
the confirmations from the document (quick, in the GUI thread, as the rows are);
:func:`sound_rows` filters the rows (pure, so the editor runs it in the background thread
that writes them); :func:`learnable_rows` does both at once (``jxeditor suggest --learn``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from jxeditor.document.document import Document
from jxeditor.document.frameworks import Frameworks, load_frameworks
from jxeditor.library.store import Learned, rows_of

# (project, 一级, 二级, 三级) by their names, stripped -> codes confirmed as intended
Confirmed = Mapping[tuple[str, str, str, str], frozenset[str]]


def acknowledged_faults(doc: Document) -> dict[tuple[str, str, str, str], frozenset[str]]:
    """The codes confirmed as intended on third-level indicators, by project and names."""
    found: dict[tuple[str, str, str, str], frozenset[str]] = {}
    for project in doc.projects:
        for ack in project.acknowledgements:
            if len(ack.indicator) == 3:
                l1, l2, name = ack.indicator
                key = (project.name.strip(), l1.strip(), l2.strip(), name.strip())
                found[key] = found.get(key, frozenset()) | {ack.code}
    return found


def sound_rows(
    rows: Iterable[Learned], confirmed: Confirmed | None = None, fw: Frameworks | None = None
) -> list[Learned]:
    """The rows whose value has no error or warning of its own (the confirmed aside)."""
    from jxeditor.rules.value_rules import value_faults  # not for acknowledged_faults alone

    fw = fw or load_frameworks()
    canonical = fw.canonical_name
    kept: list[Learned] = []
    for row in rows:
        faults = value_faults(canonical(row.level1), canonical(row.level2), row.name, row.value)
        if faults and confirmed:
            mine = confirmed.get((row.project, row.level1, row.level2, row.name), frozenset())
            faults = tuple(code for code in faults if code not in mine)
        if not faults:
            kept.append(row)
    return kept


def learnable_rows(doc: Document) -> list[Learned]:
    """The rows of ``doc`` the library may learn (:func:`sound_rows` of its rows)."""
    return sound_rows(rows_of(doc), acknowledged_faults(doc))
