"""Qt item models over the session's document: the project list, the indicator tree of
the current project, and the problems table."""
