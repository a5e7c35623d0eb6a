"""Storage: how every file of the editor reaches the disk, whatever its format.

:mod:`~jxeditor.storage.atomic` (the one atomic writer, with the ``.bak`` copy and the
checks of where a command may read and write), :mod:`~jxeditor.storage.filestamp`
(noticing a file changed on disk) and :mod:`~jxeditor.storage.gc_pause` (the cycle
collector paused while a large document is built). A low layer: it knows no document,
so the formats, the user's library and the recovery copies all write through it.
"""
