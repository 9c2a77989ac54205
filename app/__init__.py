"""The application: composes the web app, the worker and the `intake` command from every package."""
