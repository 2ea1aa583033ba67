"""Showroom POS: consignment point of sale for the Dekranasda Kota Pekalongan showroom."""

__version__ = "0.1.0"
