"""'Vergeet mij' (the conversation store deletes the stored events when it sees that action run), and
what the assistant does with a conversation."""
import os
import re
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, Restarted
from rasa_sdk.executor import CollectingDispatcher

from actions import replies
from actions.conversation import profile_from, send, user_text
from actions.knowledge import get_knowledge

# Words that say "delete it": deleting is final, so without one of them (or the confirm button) the
# assistant asks first. "nog niks op school" was once taken for "vergeet mij" and wiped a conversation.
_DELETE_WORDS = re.compile(
    r"\b(vergeet\w*|vergeten|vergetel\w*|wis\w*|gewist|uitwissen|verwijder\w*|verwijdr\w*|delete\w*|deleten|forget"
    r"|erase|remove|weg ?gooien|gooi\b.*\bweg|haal\b.*\bweg|weg ?halen|weg ?doen|weg ermee|mag weg|moet weg|moeten weg|opruimen|schoon\b.*\bop|prullenbak"
    r"|ruim\b.*\bop|schoon ?vegen|leeg ?maken|onthoud\w*|onthouden|geheugen|opslaan|opslag|sla\b.*\bop|opgeslagen"
    r"|bewaar\w*|bewaren|bewaard|achter ?laten|laat\b.*\bachter|vernietig\w*|schrap\w*|sporen|spoor"
    r"|uit (je|het|jullie) systeem|in een database|intrekken|trek\b.*\bin|verdwijn\w*|hou\b.*\bniet bij|bijhouden)\b")


def clearly_asks_to_delete(text: str) -> bool:
    """Typed delete words, or the confirm button (a payload such as "/forget_me")."""
    text = (text or "").strip().lower()
    return text.startswith("/") or bool(_DELETE_WORDS.search(text))


class ActionCheckForgetMe(Action):
    """Deletes at once when the user clearly asks; otherwise asks first, so a misread message deletes nothing."""

    def name(self) -> Text:
        return "action_check_forget_me"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        typed = (tracker.latest_message or {}).get("text") or ""  # user_text() hides button payloads
        if clearly_asks_to_delete(typed):
            return [FollowupAction("action_forget_me")]
        send(dispatcher, replies.confirm_forget())
        return []


class ActionForgetMe(Action):
    """Resets the conversation; bot.runtime.tracker_store.PrivateSQLTrackerStore deletes its stored events."""

    def name(self) -> Text:
        return "action_forget_me"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, replies.forgotten())
        return [Restarted()]


def retention_hours() -> float:
    """The same setting and default as bot.runtime.tracker_store, which does the expiring."""
    try:
        return max(float(os.environ.get("LOOPBAANWIJZER_RETENTION_HOURS", "24")), 0.0)
    except ValueError:
        return 24.0


class ActionPrivacyInfo(Action):
    """Answers a question about stored data; deletes nothing (that is action_forget_me's job)."""

    def name(self) -> Text:
        return "action_privacy_info"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        if asks_what_is_known(tracker):
            send(dispatcher, known_about_user(tracker))
            return []
        send(dispatcher, replies.privacy_info(retention_hours()))
        return []


# "wat weet je nu van mij?": the user may see what is kept about them, in their own words.
_WHAT_IS_KNOWN = re.compile(
    r"\b(wat|hoeveel) (weet|ken) (je|jij) (nu |allemaal |al |eigenlijk )*(van|over) mij"
    r"|\bwat heb je (allemaal |nu )*(van|over) mij (opgeslagen|bewaard|onthouden|genoteerd)"
    r"|\bwat (staat|is) er (allemaal )?(van|over) mij (opgeslagen|bewaard)")


def asks_what_is_known(tracker: Tracker) -> bool:
    return bool(_WHAT_IS_KNOWN.search(user_text(tracker).lower()))


def known_about_user(tracker: Tracker) -> replies.Reply:
    chosen = get_knowledge().roles.get(tracker.get_slot("chosen_role") or "")
    return replies.what_i_know(profile_from(tracker), chosen)


class ActionHelp(Action):
    """What the assistant can do; "wat weet je van mij?" (often read as a help question) gets what it keeps."""

    def name(self) -> Text:
        return "action_help"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        if asks_what_is_known(tracker):
            send(dispatcher, known_about_user(tracker))
            return []
        if _FRUSTRATED.search(user_text(tracker).lower()):
            send(dispatcher, replies.Reply(replies.SORRY_NOT_UNDERSTOOD))
        dispatcher.utter_message(response="utter_help")
        return []


# "jij snapt er niks van": an apology first, then what the assistant can do.
_FRUSTRATED = re.compile(
    r"\b(snap\w* (er |het )?(niks|niets|geen bal)|begrijp\w* (er |me |mij |het )?(niks|niets|niet)|slaat nergens op"
    r"|(domme|stomme|waardeloze|nutteloze) (bot|chatbot|robot)|waardeloos|nutteloos|irritant|je luistert niet)\b")
