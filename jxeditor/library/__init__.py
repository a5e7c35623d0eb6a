"""The indicator library: the shipped third-level indicators (``resources/indicator-library.json``),
the user's own library learned from their files (a JSON file, :mod:`jxeditor.library.store`),
and the suggestions ranked from both (:mod:`jxeditor.library.suggest`). No Qt here."""
