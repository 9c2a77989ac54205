"""The intake conversation: a table of steps (steps.py) and all of its Japanese copy (copy.py)."""
