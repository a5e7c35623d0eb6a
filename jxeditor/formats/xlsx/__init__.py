"""Workbooks: the form-layout writer and the reader of .xlsx, .xls and .ods files."""
