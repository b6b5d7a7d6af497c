"""extract city: county-level cities (县级市) read as prefecture cities are, in the same contexts only.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it). The
county-level cities are in the gazetteer the repository builds (data/cities.json), so these run on it.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page

pytestmark = pytest.mark.real_directory


def _place(directory: Any, body: str) -> tuple[str | None, str | None]:
    draft = extract_page(directory, body, "Department of Medical Oncology")
    return draft["city"], draft["province"]


@pytest.mark.parametrize(
    ("sentence", "city", "province"),
    [
        (
            "The Department of Oncology of Yiwu Central Hospital is located in Yiwu, Zhejiang Province.",
            "Yiwu",
            "Zhejiang",
        ),
        ("Address: No. 519 Nanmen Street, Yiwu City, Zhejiang 322000", "Yiwu", "Zhejiang"),
        ("Add.: 88 Qianjin Road West, Kunshan, Jiangsu, 215300", "Kunshan", "Jiangsu"),
        ("Our hospital sits in the north of Cixi, a coastal city of Ningbo.", "Cixi", "Zhejiang"),
        ("The hospital is situated in the centre of Liuyang and serves about 1.4 million people.", "Liuyang", "Hunan"),
        ("It is the only tertiary cancer hospital in Zhangjiagang, with 900 beds.", "Zhangjiagang", "Jiangsu"),
        ("Visiting address: 6 Renmin Road, Jiangyin City, Wuxi, Jiangsu", "Jiangyin", "Jiangsu"),
    ],
)
def test_a_county_level_city_is_read_where_a_prefecture_city_would_be(directory, sentence, city, province):
    assert _place(directory, sentence) == (city, province)


@pytest.mark.parametrize(
    "sentence",
    [
        "Yiwu Central Hospital has run a Department of Oncology since 1998.",  # only in the hospital's name
        "Doctors from Kunshan First People's Hospital visit us every month.",
        "The department held a lymphoma symposium in Yixing in May.",  # a meeting
        "Professor Chen studied radiotherapy in Liuyang before she joined us.",  # where someone trained
        "The department runs a screening programme for residents aged 40 to 69 in Zhuji and Yiwu.",  # who is screened
        "Our nurses visited villagers in Tongxiang to teach stoma care.",
    ],
)
def test_a_county_level_city_elsewhere_in_the_page_is_not_the_departments(directory, sentence):
    assert _place(directory, sentence)[0] is None


def test_a_prefecture_beside_its_county_level_city_gives_the_county_level_city(directory):
    # English order (county-level city, then its prefecture) and Chinese order (prefecture, then the city)
    assert _place(directory, "Address: 108 Wansong Road, Ruian City, Wenzhou, Zhejiang")[0] == "Ruian"
    assert _place(directory, "Address: 91 Qianjin Road, Kunshan, Suzhou, Jiangsu 215300")[0] == "Kunshan"
    assert _place(directory, "Add: 3 Jiangbin Road, Yuyao City, Ningbo City, Zhejiang")[0] == "Yuyao"
    # twin: a prefecture city alone stays itself
    assert _place(directory, "Address: 108 Wansong Road, Lucheng District, Wenzhou, Zhejiang")[0] == "Wenzhou"


def test_a_county_level_name_before_another_prefecture_city_is_its_district(directory):
    # Wuchang is a county-level city of Heilongjiang and a district of Wuhan; written before Wuhan it is the district
    assert _place(directory, "Address: 238 Jiefang Road, Wuchang, Wuhan, Hubei 430060") == ("Wuhan", "Hubei")
    assert _place(directory, "Address: 12 Zhongshan Road, Jinjiang, Chengdu 610000")[0] == "Chengdu"
    # twin: the county-level city before its own prefecture stays the county-level city
    assert _place(directory, "Address: 12 Zhongshan Road, Jinjiang, Quanzhou, Fujian")[0] == "Jinjiang"


def test_a_name_a_seat_shares_with_a_county_level_city_means_the_seat_unless_the_province_says(directory):
    assert _place(directory, "The hospital is located in Ji'an.") == ("Ji'an", "Jiangxi")
    assert _place(directory, "The hospital is located in Ji'an, Jilin Province.") == ("Ji'an", "Jilin")
    assert _place(directory, "The hospital is located in Ji'an, Jiangxi Province.") == ("Ji'an", "Jiangxi")


def test_a_county_level_city_its_province_governs_needs_the_province(directory):
    # Dongfang (Hainan) is governed by its province; "the east" in other names, so only with Hainan named
    assert _place(directory, "The hospital is located in Dongfang, Hainan.") == ("Dongfang", "Hainan")
    assert _place(directory, "The hospital is located in Dongfang.")[0] is None
