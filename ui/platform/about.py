"""The program's version, as installed (pyproject), for ``--version`` and the About box."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as dist_version

FALLBACK = "0.1.0"


def version() -> str:
    """The installed version of jxeditor (the fallback when run from a bare checkout)."""
    try:
        return dist_version("jxeditor")
    except PackageNotFoundError:
        return FALLBACK
