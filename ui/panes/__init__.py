"""The panes of the window, each composed around the editing session: the project list,
the indicator tree, the project form and the problems panel."""
