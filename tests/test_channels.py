"""Request checks of the REST channel, without a server."""
import pytest

from bot.channels import MAX_MESSAGE_CHARS, payload_problem


@pytest.mark.parametrize(
    "body, status",
    [
        ([1, 2], 400),
        ("hoi", 400),
        ({"message": "hoi"}, 400),
        ({"sender": "", "message": "hoi"}, 400),
        ({"sender": "a b", "message": "hoi"}, 400),
        ({"sender": "x" * 129, "message": "hoi"}, 400),
        ({"sender": "abc", "message": None}, 400),
        ({"sender": "abc", "message": "x" * (MAX_MESSAGE_CHARS + 1)}, 413),
    ],
)
def test_bad_bodies_are_refused(body, status):
    assert payload_problem(body)[0] == status


def test_a_normal_message_passes():
    assert payload_problem({"sender": "3f2a9c-77", "message": "ik ben mentor"}) is None
    assert payload_problem({"sender": "abc", "message": ""}) is None  # empty text gets a Dutch reply
