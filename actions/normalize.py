"""Text folded for comparing: lower case, no accents, hyphens and apostrophes folded, single spaces."""
import re
import unicodedata


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(text: str) -> str:
    """Lower case, no accents, apostrophes and hyphens folded, single spaces."""
    text = strip_accents(text.lower())
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"[\-_/]+", " ", text)
    text = re.sub(r"'s\b", "", text)
    text = text.replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()
