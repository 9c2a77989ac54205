"""The rich menu under the chat: its layout, its image (drawn by the project) and applying it to LINE."""
