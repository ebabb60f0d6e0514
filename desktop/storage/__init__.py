"""Storage: the only layer that touches SQLAlchemy, sqlmodel and SQL."""

from desktop.storage.database import Database

__all__ = ["Database"]
