"""Sync between installations by files on a USB stick (docs/sync-format.md):
keys and enrolment, the signed and encrypted bundle, its payload archive."""
