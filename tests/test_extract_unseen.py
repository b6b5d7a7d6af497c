"""extract on pages it has never seen: general patterns, each with invented sentences (and a twin that must NOT
give the fact), and a few invented pages in the style of hospitals abroad."""

from __future__ import annotations

from typing import Any

import pytest

from oncodir.extract import draft
from oncodir.storage import read


@pytest.fixture(scope="module")
def directory() -> Any:
    return read.load()


def _draft(directory: Any, text: str) -> dict[str, Any]:
    return draft(text, "page.txt", directory)


def _page(directory: Any, sentence: str, heading: str = "Oncology") -> dict[str, Any]:
    return _draft(directory, f"{heading}\n\n{sentence}\n")


# ---------------------------------------------------------------- a word inside another treatment's name


def test_a_hyphenated_word_is_one_word(directory):
    d = _page(directory, "The unit owns a robotic stereotactic radio-surgery platform for small brain lesions.")
    assert "surgery" not in d["treatments"]
    assert "stereotactic radiotherapy" in d["treatments"]
    assert d["wording"]["stereotactic radiotherapy"] == "stereotactic radio-surgery"  # the page's own words
    d = _page(directory, "We remove tu-mors arising from the larynx and the thyroid gland.")
    assert {"laryngeal cancer", "thyroid cancer"} <= set(d["cancers"])
    # a pair of words that a name holds apart stays two words
    d = _page(directory, "Patients receive concomitant chemo-radiotherapy for cervical cancer.")
    assert "chemoradiotherapy" in d["treatments"]


def test_organ_lists_with_asides_and_regions(directory):
    d = _page(
        directory,
        "The team operates on malignant diseases of the chest, including the lungs, the mediastinum (the space "
        "between the lungs) and the diaphragm.",
        "Thoracic Surgery",
    )
    assert {"lung cancer", "mediastinal tumour"} <= set(d["cancers"])
    d = _page(directory, "We treat tumours arising from the nerves of the head-neck region.", "Head-Neck Surgery")
    assert "head and neck cancer" in d["cancers"]


def test_circled_numbers_are_list_marks(directory):
    d = _page(directory, "Operations offered: ①Lung surgery: lobectomy. ②Thoracoscopic surgery: wedge resection.")
    assert "video-assisted thoracoscopic surgery" in d["treatments"]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Our surgeons also give target drug therapy when needed.", "targeted therapy"),
        ("Each patient is discussed on our multidisciplinary platform.", "multidisciplinary care"),
        ("The ward runs the only multidisciplinary outpatient clinic for sarcoma in the region.", "multidisciplinary care"),
        ("The department currently runs 9 GCP programs for new drugs.", "clinical trials"),
        ("A modified neck dissection is routine for thyroid cancer.", "lymph node dissection"),
    ],
)
def test_vocabulary_synonyms_seen_on_pages(directory, sentence, term):
    assert term in _page(directory, sentence)["treatments"]


def test_cancer_synonyms_seen_on_pages(directory):
    d = _page(directory, "We treat urinary system tumors and bone sarcomas in adults.")
    assert {"urologic cancer", "bone tumour"} <= set(d["cancers"])
