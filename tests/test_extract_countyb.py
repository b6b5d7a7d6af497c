"""extract city: the county-level cities the gazetteer names by their pinyin (GeoNames does not name them) are read
as the others are, in the same contexts only. Every sentence is invented; each has a twin that must not give it."""

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
        ("The Department of Oncology is located in Danyang City, Jiangsu Province.", "Danyang", "Jiangsu"),
        ("Add: No. 75 Xinhua Road, Yueqing City, Zhejiang 325600", "Yueqing", "Zhejiang"),
        ("The hospital is based in Dujiangyan, Sichuan, at the foot of Mount Qingcheng.", "Dujiangyan", "Sichuan"),
        ("Located in Emeishan City, Sichuan, our hospital serves 400,000 people.", "Emeishan", "Sichuan"),
        ("It is the only tertiary cancer hospital in Qidong, with 500 beds.", "Qidong", "Jiangsu"),
        ("Address: 1 Jianshe Road, Zhucheng, Weifang, Shandong", "Zhucheng", "Shandong"),
        ("The department is located in Pingxiang, Guangxi, on the border with Vietnam.", "Pingxiang", "Guangxi"),
    ],
)
def test_a_county_level_city_named_by_its_pinyin_is_read_where_another_would_be(directory, sentence, city, province):
    assert _place(directory, sentence) == (city, province)


@pytest.mark.parametrize(
    "sentence",
    [
        "Danyang Central Hospital has run an oncology ward since 1995.",  # only in the hospital's name
        "He trained at Ruijin Hospital, Shanghai Jiao Tong University School of Medicine.",
        "Daye Nonferrous Metals Group Hospital opened a chemotherapy ward in 2010.",
        "The department held a lymphoma symposium in Tengchong in May.",  # a meeting
        "Our nurses visited villagers in Shouguang to teach stoma care.",  # who is visited
        "The department was founded by Professor Xinmin Wang in 1980.",  # a person's given name
        "Director: Li Jianyang, chief physician.",
    ],
)
def test_a_county_level_city_named_by_its_pinyin_elsewhere_is_not_the_departments(directory, sentence):
    assert _place(directory, sentence)[0] is None


@pytest.mark.parametrize(
    ("address", "city"),
    [
        ("Address: No. 197 Ruijin Er Road, Huangpu District, Shanghai 200025", "Shanghai"),  # a street named so
        ("Add: 12 Jiangshan Road, Licang District, Qingdao, Shandong", "Qingdao"),
        ("Address: 3 Zhongshan Road, Haiyang Township, Foshan, Guangdong", "Foshan"),  # a township named so
        ("The department is located in Xiangcheng District, Suzhou, Jiangsu.", "Suzhou"),  # a district named so
    ],
)
def test_a_street_or_district_named_like_a_county_level_city_is_not_the_city(directory, address, city):
    assert _place(directory, address)[0] == city


def test_a_name_a_seat_shares_means_the_seat_unless_the_province_says(directory):
    assert _place(directory, "The department is located in Pingxiang.") == ("Pingxiang", "Jiangxi")
    assert _place(directory, "The department is located in Kaiyuan.")[0] is None  # two county-level cities
    assert _place(directory, "The department is located in Kaiyuan, Liaoning.") == ("Kaiyuan", "Liaoning")
