"""Moving evidence between vaults: recipients, enrolled devices, export and receipt of bundles."""
