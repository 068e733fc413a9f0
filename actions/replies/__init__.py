"""All Dutch wording the actions send, by topic: short, je-vorm, plain (B1), warm.

common.py holds the building blocks (Reply, buttons, lists, bold role names); knowledge.py the answers from
the Beroepsbeeld (domains, roles, stages, growth, the four questions in general, rules it does not give);
orientation.py the conversation about the user (questions, suggestions, the four questions for a role, the
gespreksvoorbereiding); privacy.py what happens with the conversation. Every function returns a Reply or a
list of them; the actions only send what these build.
"""
from actions.replies.common import Reply, button

__all__ = ["Reply", "button"]
