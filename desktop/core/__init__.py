"""Domain types, rules and calculations. No I/O, no Qt, no SQL."""
