"""The web chat: a standalone page at / and a widget (one script tag) for a school's intranet, served by
bot/web/server.py, which also passes the chat requests on to the Rasa server's REST channel."""
