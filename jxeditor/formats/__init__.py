"""The formats: reading and writing documents (JSON, text and PDF text, workbooks) and the
checks a file passes before it is parsed. Writing to disk goes through
:mod:`jxeditor.storage`; recovery copies are :mod:`jxeditor.recovery`."""
