"""'Vergeet mij' (the conversation store deletes the stored events when it sees action_forget_me run), what
the assistant does with a conversation, what it knows of the user, and what it can do."""
import os
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, Restarted
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import chosen_role, profile_of, reading_of, send
from actions.replies import privacy


class ActionCheckForgetMe(Action):
    """Deletes at once when the user clearly asks (delete words, or the confirm button); otherwise asks first,
    so a message merely taken for "vergeet mij" deletes nothing ("nog niks op school" once wiped a chat)."""

    def name(self) -> Text:
        return "action_check_forget_me"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        if reading_of(tracker).requests.delete == "now":
            return [FollowupAction("action_forget_me")]
        send(dispatcher, privacy.confirm_forget())
        return []


class ActionForgetMe(Action):
    """Resets the conversation; bot.runtime.tracker_store.PrivateSQLTrackerStore deletes its stored events."""

    def name(self) -> Text:
        return "action_forget_me"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, privacy.forgotten())
        return [Restarted()]


def retention_hours() -> float:
    """The same setting and default as bot/runtime/tracker_store.py, which does the expiring."""
    try:
        return max(float(os.environ.get("LOOPBAANWIJZER_RETENTION_HOURS", "24")), 0.0)
    except ValueError:
        return 24.0


def _what_i_know(tracker: Tracker) -> privacy.Reply:
    return privacy.what_i_know(profile_of(tracker), chosen_role(tracker))


class ActionPrivacyInfo(Action):
    """Answers a question about stored data, or what is known of the user; deletes nothing."""

    def name(self) -> Text:
        return "action_privacy_info"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        if reading_of(tracker).requests.what_is_known:
            send(dispatcher, _what_i_know(tracker))
        else:
            send(dispatcher, privacy.privacy_info(retention_hours()))
        return []


class ActionHelp(Action):
    """What the assistant can do; frustration ("jij snapt er niks van") gets an apology first."""

    def name(self) -> Text:
        return "action_help"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        reading = reading_of(tracker)
        if reading.requests.what_is_known:
            send(dispatcher, _what_i_know(tracker))
            return []
        if reading.requests.frustrated:
            send(dispatcher, privacy.Reply(privacy.SORRY_NOT_UNDERSTOOD))
        dispatcher.utter_message(response="utter_help")
        return []
