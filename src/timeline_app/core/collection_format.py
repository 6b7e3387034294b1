"""The marker and version of a Timeline collection file.

The JSON export writes them and ``core.collection`` checks them; they live
apart from both so that reading a collection at import time does not load
every export format.
"""

FORMAT_NAME = "timeline-app"
#: Raise when a change would mislead an older Timeline reading the file.
FORMAT_VERSION = 1
