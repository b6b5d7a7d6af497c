"""extract name: a trail of three items parted by " / " is navigation, never the department's name.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from helpers import extract_page

_BODY = "The Department of Nephrology of Luoyang Third Hospital was founded in 1985 and has 40 beds."


def test_a_slash_trail_is_no_name(directory):
    d = extract_page(
        directory, "Medical Services / Internal Medicine / Nephrology\n\n" + _BODY, "Department of Nephrology"
    )
    assert d["name"] == "Department of Nephrology"


def test_twin_a_name_with_one_slash_is_kept(directory):
    d = extract_page(
        directory, _BODY.replace("Nephrology", "Head & Neck / Thyroid Surgery"), "Head & Neck / Thyroid Surgery"
    )
    assert d["name"] == "Head & Neck / Thyroid Surgery"
