"""Japanese triage: topics, urgency and route for an inquiry (see shared spec triage.md)."""
