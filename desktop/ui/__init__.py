"""The Qt GUI (PySide6). No SQL, no sessions: everything goes through services."""
