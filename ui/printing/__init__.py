"""Printing and PDF: the forms' sheet plans (the same the ``.xlsx`` export writes) laid
out on A4 pages and painted with QPainter, for QPdfWriter and the printer alike.

:mod:`~ui.printing.fonts` picks the system's Chinese font, :mod:`~ui.printing.sheet_layout`
measures the rows at the page's width, :mod:`~ui.printing.pagination` cuts them into
pages, :mod:`~ui.printing.page_painter` draws a page, :mod:`~ui.printing.pdf_export`
writes a PDF (also in a child process for ``jxeditor convert DOC OUT.pdf``:
:mod:`~ui.printing.pdf_command`), :mod:`~ui.printing.review_pdf` the 审核意见 report as
PDF, and :mod:`~ui.printing.print_actions` holds the editor's 导出 PDF / 打印预览 / 打印
actions.
"""
