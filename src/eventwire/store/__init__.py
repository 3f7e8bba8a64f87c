"""The embedded store: SQLite with WAL, versioned migrations, one transaction per report."""

from eventwire.store.db import DEFAULT_DB, AddedReport, Store, content_hash

__all__ = ["DEFAULT_DB", "AddedReport", "Store", "content_hash"]
