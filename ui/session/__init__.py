"""The editing session: document, undo stack and commands, live validation, the current
project, files and recovery copies. No widgets: the panes and the window sit above."""
