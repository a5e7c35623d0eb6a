"""The formats: reading and writing documents (JSON, text and PDF text, workbooks) and the
checks a file passes before it is parsed. Writing to disk goes through
:mod:`jxeditor.storage`; recovery copies are :mod:`jxeditor.recovery`.

:data:`CHILD_FLAG` is here, not in :mod:`~jxeditor.formats.child_reader` that uses it, so
that the command line can check for it without importing the workbook readers."""

# jxeditor-cli's hidden argument in the bundle: read a workbook for the editor
# (jxeditor.formats.child_reader.child_main).
CHILD_FLAG = "--read-workbook-child"
