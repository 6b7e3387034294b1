"""Timeline: see what happened when, from the documents a movement leaves behind."""

__version__ = "0.1.0"
