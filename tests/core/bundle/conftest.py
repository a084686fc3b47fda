"""Fixtures for the bundle tests (defined in bundle_helpers, shared with the test modules)."""

from bundle_helpers import centre, device_key, make_bundle

__all__ = ["centre", "device_key", "make_bundle"]
