"""The formats: reading and writing documents (JSON, text and PDF text, workbooks), safe
saving, recovery copies and the checks a file passes before it is parsed."""
