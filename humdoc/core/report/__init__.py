"""The custody report of a case: a structured model (``model``) and how it is built (``build``)."""
