"""Shared core: settings, database, logging, metrics and small utilities; imports no project package."""
