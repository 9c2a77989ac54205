"""The local stand-in for LINE: a fake Messaging API and a chat page that talks to the real webhook."""
