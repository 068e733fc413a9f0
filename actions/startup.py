"""Fail fast: the action server imports every module of `actions`, this one included.

The knowledge (with a school's local overrides) is loaded and validated at
start-up: a broken knowledge file stops the server with one clear message per
problem, never later in the middle of a chat. The Dutch word lists the matcher
checks compounds against, spaCy's Dutch pipeline and the matcher are built here
too (a few seconds), not on the first user's message.
"""
import sys

from actions.knowledge import KnowledgeError, get_knowledge
from actions.lexicon import dutch_lexicon
from actions.matching import get_matcher


def _load_or_exit() -> None:
    try:
        get_knowledge()
    except KnowledgeError as error:
        print("De kennisbestanden bevatten fouten; de actieserver start niet:", file=sys.stderr)
        for problem in error.problems:
            print(f"  - {problem}", file=sys.stderr)
        raise SystemExit(1)


_load_or_exit()
dutch_lexicon()
get_matcher()
