"""The document: the data model of a target table, its fields, frameworks, values and periods.

The lowest layer of the core: nothing here knows about files or rules.
"""
