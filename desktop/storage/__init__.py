"""Storage: the only layer that touches SQLAlchemy, sqlmodel and SQL."""

__all__ = ["Database"]


def __getattr__(name: str):
    # Lazily, so the light modules here (backup.py: sqlite3 only) can be used
    # before SQLAlchemy is imported: the start-up check begins while it loads.
    if name == "Database":
        from desktop.storage.database import Database

        return Database
    raise AttributeError(f"module 'desktop.storage' has no attribute {name!r}")
