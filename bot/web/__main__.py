"""python -m bot.web [--port N] [--rasa-url URL]: serve the web chat (make run starts it)."""
import sys

from bot.web.server import main

if __name__ == "__main__":
    sys.exit(main())
