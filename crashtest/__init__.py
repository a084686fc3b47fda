"""Crash test: SIGKILL a real child process at random points of every writing operation.

Run with ``make crashtest`` (or ``python -m crashtest``); see crashtest/README.md.
"""
