"""The Excel exports there are, by name: what the command line offers
without loading openpyxl (services/excel_export.py holds their writers)."""

EXPORT_KINDS = ("villages", "problems", "plans", "inspections", "warnings")
