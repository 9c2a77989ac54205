"""The staff workspace and admin console: cases, staff accounts, audit, directory, statistics."""
