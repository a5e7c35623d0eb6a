"""Recovery copies: what the editor keeps of a document with unsaved changes, so that a
crash loses nothing. :mod:`~jxeditor.recovery.store` writes, lists and removes the
copies; :mod:`~jxeditor.recovery.snapshot` makes the JSON text of a copy cheaply (only the
projects edited since the last copy are converted again). The editor's timer that calls
them is in ``ui/session/autosave.py``.
"""
