"""Storage: the only layer that touches SQLAlchemy, sqlmodel and SQL."""

__all__ = ["Database", "DamagedDatabaseError", "DatabaseLocked", "WrongKey"]


def __getattr__(name: str):
    # Lazily, so the light modules here (backup.py, cipher.py: sqlite3 only)
    # can be used before SQLAlchemy is imported: the start-up check begins
    # while it loads.
    if name in ("Database", "DamagedDatabaseError"):
        from desktop.storage import database

        return getattr(database, name)
    if name in ("DatabaseLocked", "WrongKey"):
        from desktop.storage import cipher

        return getattr(cipher, name)
    raise AttributeError(f"module 'desktop.storage' has no attribute {name!r}")
