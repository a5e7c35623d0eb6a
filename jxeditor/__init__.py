"""jxeditor's core: document model, validation, file formats and command line (no Qt).

``jxeditor.__version__`` is looked up on first use (:func:`__getattr__`): reading the
installed distribution's metadata costs the editor's start-up some 60 ms otherwise.
"""

from __future__ import annotations

FALLBACK_VERSION = "0.1.0"  # running from a source tree that is not installed


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("jxeditor")
        except PackageNotFoundError:
            return FALLBACK_VERSION
    raise AttributeError(f"module 'jxeditor' has no attribute {name!r}")
