"""Given-name gender guesses used to pick the person a pronoun points to."""

from __future__ import annotations

from duiding.analyse.quoting.gender import guessed_gender


def test_own_list_then_the_name_table_then_the_ending() -> None:
    assert guessed_gender("Noor Bakkenes") == "f"  # our own list
    assert guessed_gender("Dave Sinnaeve") == "m"  # ends in -e, but the name table knows it
    assert guessed_gender("Olena Kovalenko") == "f"
    assert guessed_gender("Dirk-Jan Vos") == "m"  # a double name by its parts
    assert guessed_gender("Mertens") is None  # a surname alone gets no guess


def test_names_the_table_calls_androgynous_get_no_guess() -> None:
    assert guessed_gender("Rinke Zwart") is None
