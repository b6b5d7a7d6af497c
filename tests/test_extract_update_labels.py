"""extract date: an update's label in Portuguese, Polish or Czech, its numeric date read day first as the language
writes it; the same words in a sentence are no label.

Every sentence here is invented; each pattern has a twin that must NOT give the fact.
"""

from __future__ import annotations

import pytest
from helpers import extract_page

_BODY = "\nThe Clinical Oncology Service treats breast cancer and lung cancer with chemotherapy.\n"


@pytest.mark.parametrize(
    ("label", "date"),
    [
        ("Atualizado em 05/03/2021", "2021-03-05"),
        ("Última atualização: 17/01/2023", "2023-01-17"),
        ("Ostatnia aktualizacja: 04.11.2022", "2022-11-04"),
        ("Aktualizováno 3. 2. 2022", "2022-02-03"),
    ],
)
def test_an_update_label_in_another_language(directory, label, date):
    assert extract_page(directory, label + _BODY, "Clinical Oncology Service")["source"]["updated"] == date


def test_the_same_word_in_a_sentence_is_no_label(directory):
    page = "Os pacientes atualizados 05/03/2021 voltaram." + _BODY
    assert extract_page(directory, page, "Clinical Oncology Service")["source"]["updated"] is None
