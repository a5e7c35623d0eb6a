"""Dialogs: the message boxes and file dialogs behind the session's questions, and the
document settings dialog."""
