"""The case domain: a resident's worry handed to staff, its timeline and lifecycle (used by bot/ and workspace/)."""
