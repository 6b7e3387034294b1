"""``python -m timeline_app`` runs the same command line as ``timeline-app``."""

import sys

from .cli import main

# Guarded so that a process started by "spawn" (import workers) never
# re-runs the command line when it loads this module.
if __name__ == "__main__":
    sys.exit(main())
