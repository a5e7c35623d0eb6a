"""Runs the editor from the source tree: ``python main.py [FILE]`` (see ``ui.app``)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
