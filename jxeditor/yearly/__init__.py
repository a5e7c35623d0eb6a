"""The year cycle across files: next year's document from this year's, and what changed
between two versions (``docs/year-cycle.md`` §6)."""
