"""Timeline's window: Qt widgets and models over the core API."""
