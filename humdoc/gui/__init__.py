"""The PySide6 user interface: thin widgets and models over humdoc.core."""
