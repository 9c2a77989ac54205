"""Shared core: settings, database, logging and the `intake` command line."""
