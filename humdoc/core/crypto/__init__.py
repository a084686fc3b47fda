"""Cryptographic building blocks of the vault. Nothing here touches the disk by itself."""
