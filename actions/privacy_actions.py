"""'Vergeet mij': the conversation store deletes the stored events when it sees this action run."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import Restarted
from rasa_sdk.executor import CollectingDispatcher

from actions import replies
from actions.conversation import send


class ActionForgetMe(Action):
    """Resets the conversation; bot.tracker_store.PrivateSQLTrackerStore deletes its stored events."""

    def name(self) -> Text:
        return "action_forget_me"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, replies.forgotten())
        return [Restarted()]

