"""``python -m timeline_app`` runs the same command line as ``timeline-app``."""

import sys

from .cli import main

sys.exit(main())
