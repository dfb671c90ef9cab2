"""factdb: a quote-attribution fact-tracking database for journalists."""

__version__ = "0.1.0"
