"""What a file is, from its first bytes: said in Chinese when it is no workbook, and
whether a ZIP member looks like XML (:mod:`jxeditor.formats.safety` measures those)."""

from __future__ import annotations


def not_a_workbook(data: bytes) -> str:
    """Why ``data`` (neither an OLE2 nor a ZIP file) is not a workbook, in Chinese."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<html", b"<!doctype html", b"<table")) or b"<html" in head:
        return "这是网页（HTML）文件，只是扩展名像工作簿；请在 Excel 或 WPS 中另存为 .xlsx 后再打开"
    if head.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        return "这是 XML 电子表格（Excel 2003 XML），本程序不能读取；请另存为 .xlsx 后再打开"
    if head.startswith(b"%pdf"):
        return "这是 PDF 文件，不是工作簿；请把表格内容复制为文本后导入"
    try:
        data[:4096].decode("utf-8")
        text = True
    except UnicodeDecodeError:
        text = False
    if text:
        return "这是文本文件，不是 Excel 工作簿（.xlsx/.xls/.ods）；文本表格请以 .txt 导入"
    return "不是 Excel 工作簿（.xlsx/.xls/.ods），文件可能已损坏或是其他类型的文件"


def looks_like_xml(head: bytes) -> bool:
    """Whether a member's first bytes start XML (after a BOM or white space; UTF-16 too)."""
    start = head[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith((b"<", b"\xff\xfe", b"\xfe\xff", b"\x00<"))
