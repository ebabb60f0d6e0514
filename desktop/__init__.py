"""VillageDesk: village files, inspections, plans and the problem ledger for
the campaign to rectify weak village Party organisations."""

__version__ = "0.1.0"
