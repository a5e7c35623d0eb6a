"""``python -m jxeditor`` and the bundled ``jxeditor-cli``: the command line."""

import sys

from jxeditor.cli import main

if __name__ == "__main__":
    sys.exit(main())
