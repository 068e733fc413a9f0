"""rasa_sdk's action server, with error responses and log lines that hold nothing the user typed.

python -m bot.tooling.action_server --actions actions --port 5055  (what `make run` starts)

When an action raises, rasa_sdk answers 500 with the exception's text and the whole request (the
conversation, with every message the user typed), and the Rasa server writes that answer into its
log. Here the answer names the action and the kind of error only, and the log line says where it
happened; the exception's text (which may quote the user) is logged at debug level only.
"""
import logging
import traceback

from rasa_sdk import endpoint
from rasa_sdk.__main__ import main
from sanic import response

logger = logging.getLogger("rasa_sdk.endpoint")


def private_error_response(request, exception: Exception):
    try:
        body = request.json if isinstance(request.json, dict) else {}
    except Exception:
        body = {}
    action = body.get("next_action") if isinstance(body.get("next_action"), str) else None
    frames = traceback.extract_tb(exception.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    logger.error("Action %s failed: %s at %s.", action or "(none)", type(exception).__name__, where)
    logger.debug("Details:", exc_info=exception)
    return response.json({"error": type(exception).__name__, "action_name": action}, status=500)


_create_app = endpoint.create_app


def create_app(*args, **kwargs):
    app = _create_app(*args, **kwargs)
    app.exception(Exception)(private_error_response)  # replaces rasa_sdk's handler
    return app


endpoint.create_app = create_app

if __name__ == "__main__":
    main()
