"""The rules: validation of a document and the problems it reports (codes, severities, fixes).

:mod:`~jxeditor.rules.engine` runs every rule (``validate``, ``validate_project``); the
rules live by theme in ``project_rules``, ``funding_rules``, ``indicator_rules`` and
``value_rules``, over the :class:`~jxeditor.rules.context.Context` of one project.
"""
