"""The LINE edge: webhook, event inbox, outgoing messages, worker and the intake conversation."""
