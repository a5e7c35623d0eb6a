"""The rules: validation of a document and the problems it reports (codes, severities, fixes).

:mod:`~jxeditor.rules.engine` runs every rule (``validate``, a ``Validator`` per
document); :mod:`~jxeditor.rules.tally` counts what they found and holds the calm-start
policy (how 待填 is presented); the
rules live by theme in ``project_rules``, ``document_rules`` (across projects),
``funding_rules``, ``money_rules``, ``indicator_rules``, ``value_rules``,
``reviewer_rules`` and ``text_rules``, over the
:class:`~jxeditor.rules.context.Context` of one project.
"""
