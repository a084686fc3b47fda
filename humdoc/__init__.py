"""humdoc: offline-first, encrypted documentation of human rights testimonies and evidence."""

__version__ = "0.1.0"
