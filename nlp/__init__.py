"""Japanese triage: topics, urgency and route for an inquiry (docs/triage-spec.md)."""
