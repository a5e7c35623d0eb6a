"""What the Qt layer needs from the platform: translations, restarting the editor, and
guards against broken Qt bindings."""
