"""The rules: validation of a document and the problems it reports (codes, severities, fixes)."""
