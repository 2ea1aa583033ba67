"""Consigned stock: makers, items, intake, returns, counts, tags, imports and events."""
