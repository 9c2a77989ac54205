"""FAQ knowledge base: entries with their full history, retrieval, residents' feedback."""
