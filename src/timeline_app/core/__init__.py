"""Timeline's engine: domain, storage, import, extraction. Never imports Qt."""
