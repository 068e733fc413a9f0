"""Per-turn costs of the Rasa server that do not need to be paid on every custom action call.

Installed by the modules the Rasa server loads (the channels from credentials.yml, the conversation
store from endpoints.yml), so the Rasa server always runs with them; `install()` may be called twice.

1. Response validation. Rasa 3.6 checks every custom action's response with `jsonschema.validate`,
   which first checks the schema itself against its meta-schema (draft 2020-12, with `$dynamicRef`)
   on every call: 52% of the Rasa server's CPU under load (py-spy, docs/benchmarks.md), about 60 ms
   a call on a busy core. The response schema never changes, so it is checked once here and the
   compiled validator is reused: an invalid response is still refused with the same ValidationError.
2. HTTP keep-alive to the action server. Rasa opens a new aiohttp session (and TCP connection) for
   every custom action call; one shared session per event loop keeps the connection open. The body of
   an error answer (5xx) stays out of the exception, which Rasa logs: it may quote the user.

It also notes, per message, when a custom action could not run (action server down or answering with
an error), so the channels can tell the user to try again (bot/runtime/channels.py): Rasa itself goes
on without the action's events and often sends no reply at all.
"""
import asyncio
import contextvars
import logging
from contextlib import contextmanager
from typing import Any, Dict, Iterator, List, Optional, Text

logger = logging.getLogger(__name__)

_installed = False
KEEPALIVE_SECONDS = 2.0  # below Sanic's KEEP_ALIVE_TIMEOUT (5 s) on the action server


def _compiled_response_validator():
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)  # once, instead of on every call
    return validator_class(schema)


def _patch_response_validation() -> None:
    from jsonschema import ValidationError
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    validator = _compiled_response_validator()

    def _validate_action_result(self, result: Dict[Text, Any]) -> bool:
        try:
            validator.validate(result)
            return True
        except ValidationError as e:  # the same message Rasa gives
            e.message += (
                ". Failed to validate Action server response from API, "
                "make sure your response from the Action endpoint is valid. "
                f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
            )
            raise e

    RemoteAction._validate_action_result = _validate_action_result


class _SharedSessions:
    """One aiohttp session per (event loop, endpoint settings), kept open between calls."""

    def __init__(self) -> None:
        self._sessions: Dict[Any, Any] = {}

    def get(self, endpoint) -> Any:
        import aiohttp

        loop = asyncio.get_running_loop()
        auth = tuple(sorted(endpoint.basic_auth.items())) if endpoint.basic_auth else None
        key = (id(loop), tuple(sorted((endpoint.headers or {}).items())), auth)
        session = self._sessions.get(key)
        if session is None or session.closed or session._loop is not loop:
            from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT

            session = aiohttp.ClientSession(  # Rasa's own settings: headers, auth, timeout
                headers=endpoint.headers,
                auth=aiohttp.BasicAuth(endpoint.basic_auth["username"], endpoint.basic_auth["password"])
                if endpoint.basic_auth else None,
                timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                # The action server (Sanic) closes a connection idle for 5 s; dropping ours after 2 s means
                # a request never goes out on a connection the server is closing ("Can not write request body").
                connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_SECONDS),
            )
            self._sessions[key] = session
        return session


def _patch_keep_alive() -> None:
    import ssl

    from aiohttp import ClientOSError, ContentTypeError
    from rasa.shared.exceptions import FileNotFoundException
    from rasa.utils.endpoints import ClientResponseError, EndpointConfig, concat_url

    sessions = _SharedSessions()

    async def request(
        self,
        method: Text = "post",
        subpath: Optional[Text] = None,
        content_type: Optional[Text] = "application/json",
        compress: bool = False,
        **kwargs: Any,
    ) -> Optional[Any]:
        """Rasa's EndpointConfig.request, on a kept-open session instead of a new one per call."""
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if "headers" in kwargs:
            headers.update(kwargs.pop("headers"))
        if self.headers:
            headers.update(self.headers)
        url = concat_url(self.url, subpath)
        sslcontext = None
        if self.cafile:
            try:
                sslcontext = ssl.create_default_context(cafile=self.cafile)
            except FileNotFoundError as e:
                raise FileNotFoundException(f"Failed to find certificate file '{self.cafile}'.") from e
        session = sessions.get(self)
        params = self.combine_parameters(kwargs)
        try:
            return await _send(session, method, url, headers, params, compress, sslcontext, kwargs)
        except ClientOSError as error:
            # The request never left (the kept connection was closed under it): send it once more, on a new one.
            if "Can not write request body" not in str(error):
                raise
            return await _send(session, method, url, headers, params, compress, sslcontext, kwargs)

    async def _send(session, method, url, headers, params, compress, sslcontext, kwargs) -> Optional[Any]:
        async with session.request(
            method, url, headers=headers, params=params, compress=compress, ssl=sslcontext, **kwargs,
        ) as response:
            body = await response.content.read() if response.status >= 400 else None
            if response.status >= 500:
                # rasa_sdk's error answer holds the whole request (what the user typed), and Rasa would
                # put this text into its log; only a 400 (an action rejecting a message) is read.
                body = b"(left out of the log: it may hold what the user typed)"
            if body is not None:
                raise ClientResponseError(response.status, response.reason, body)
            try:
                return await response.json()
            except ContentTypeError:
                return None

    EndpointConfig.request = request


_failed_actions: contextvars.ContextVar[Optional[List[str]]] = contextvars.ContextVar("failed_actions", default=None)


@contextmanager
def failed_actions() -> Iterator[List[str]]:
    """The names of the custom actions that failed while handling one message (in this task)."""
    failed: List[str] = []
    token = _failed_actions.set(failed)
    try:
        yield failed
    finally:
        _failed_actions.reset(token)


def _patch_failure_notes() -> None:
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction

    original_run = RemoteAction.run

    async def run(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return await original_run(self, *args, **kwargs)
        except ActionExecutionRejection:  # a form rejecting a message: part of the dialogue, not a failure
            raise
        except Exception:
            failed = _failed_actions.get()
            if failed is not None:
                failed.append(self.name())
            raise

    RemoteAction.run = run


class _ShortActionFailures(logging.Filter):
    """A custom action that could not run is one log line (the supervisor restarts the action server),
    not a traceback per call; other exceptions keep theirs."""

    def filter(self, record: logging.LogRecord) -> bool:
        from rasa.shared.exceptions import RasaException

        if record.exc_info and str(record.msg).startswith("Encountered an exception while running action"):
            error = record.exc_info[1]
            if isinstance(error, RasaException) and "custom action" in str(error):
                record.msg = f"{record.msg} {error}"
                record.exc_info = None
                record.exc_text = None
        return True


def install() -> None:
    global _installed
    if _installed:
        return
    _patch_response_validation()
    _patch_keep_alive()
    _patch_failure_notes()
    logging.getLogger("rasa.core.processor").addFilter(_ShortActionFailures())
    _installed = True
