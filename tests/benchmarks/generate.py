"""Realistic synthetic user databases for the benchmark (not part of the test suite).

    python tests/benchmarks/generate.py 100000 /tmp/db-100000.json

Hospitals (about one per eight departments) spread over the gazetteer's cities with a skew
towards big ones; departments name 1-5 cancers and 1-4 treatments drawn with a long-tailed
distribution over the real vocabulary (lung and breast cancer are common, melanoma is not),
and carry summaries of a few hundred characters, aliases, people, programmes, counts and
sources. The file is written the way ``oncodir import`` writes a user database (TinyDB JSON,
documents keyed "1", "2", ..., one space of indent), without going through import, so a
million departments can be made in a minute.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

HOSPITAL_WORDS = [
    "People's",
    "Provincial",
    "Central",
    "First Affiliated",
    "Second Affiliated",
    "University",
    "Municipal",
    "Union",
    "Tumour",
    "Cancer",
    "General",
    "Memorial",
    "Friendship",
    "Zhongshan",
]
HOSPITAL_KINDS = ["Hospital", "Cancer Hospital", "Cancer Centre", "Medical Centre", "Oncology Hospital"]
DEPARTMENT_WORDS = [
    "Medical Oncology",
    "Radiation Oncology",
    "Surgical Oncology",
    "Thoracic Surgery",
    "Gynaecologic Oncology",
    "Head and Neck Surgery",
    "Breast Surgery",
    "Hepatobiliary Surgery",
    "Gastrointestinal Surgery",
    "Haematology",
    "Paediatric Oncology",
    "Interventional Therapy",
    "Integrated Traditional Chinese and Western Medicine",
    "Palliative Care",
    "Urology",
    "Neurosurgery",
    "Bone and Soft Tissue Surgery",
    "Nuclear Medicine",
    "Endoscopy",
    "Colorectal Surgery",
    "Pathology",
    "Clinical Trials",
    "Thyroid Surgery",
    "Dermatology",
]
SURNAMES = [
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Zhao",
    "Wu",
    "Zhou",
    "Xu",
    "Sun",
    "Ma",
    "Zhu",
    "Hu",
    "Guo",
    "He",
    "Lin",
    "Luo",
    "Gao",
    "Zheng",
    "Liang",
    "Xie",
    "Song",
    "Tang",
    "Han",
    "Feng",
    "Deng",
]
GIVEN = [
    "Wei",
    "Fang",
    "Min",
    "Jing",
    "Lei",
    "Jun",
    "Yan",
    "Hui",
    "Qiang",
    "Ping",
    "Xin",
    "Hong",
    "Yu",
    "Tao",
    "Bin",
    "Ling",
    "Hao",
    "Chao",
    "Ying",
    "Kai",
    "Rui",
    "Ning",
    "Dan",
    "Lan",
]
ROLES = ["director", "deputy director", "chief physician", "head nurse", "associate chief physician"]
SENTENCES = [
    "The department treats {c1} and {c2}, with {t1} and {t2} planned by a multidisciplinary team.",
    "It was founded in {year} and now admits about {patients:,} patients a year.",
    "Its {beds} beds serve patients from across {province}.",
    "Clinical research focuses on {c1}, including trials of {t1}.",
    "The team offers {t1} for early-stage {c2} and follow-up care after {t2}.",
    "Outpatient clinics run six days a week; the day ward gives {t2}.",
    "It trains residents for the region and hosts a weekly tumour board on {c1}.",
    "Screening programmes for {c2} reach districts around {city}.",
    "Nurses lead survivorship and palliative care for people with advanced {c1}.",
    "The unit works closely with pathology and imaging on {c2}.",
]


def _weights(n: int, skew: float, rng: random.Random) -> list[float]:
    """Zipf-like weights in a random order: a few terms are common, most are rare."""
    ranks = list(range(1, n + 1))
    rng.shuffle(ranks)
    return [1.0 / (r**skew) for r in ranks]


def records(n_departments: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    """Hospitals first, then departments; ids ``bench-h<N>`` and ``bench-h<N>/d<M>``."""
    sys.path.insert(0, str(ROOT))
    from oncodir.storage.read import load

    directory = load(None, bundled=True)
    rng = random.Random(seed)
    vocab = directory.vocabulary.concepts
    cancers = sorted(t for t, c in vocab.items() if c.kind == "cancer")
    treatments = sorted(t for t, c in vocab.items() if c.kind == "treatment")
    # The common ones, as in real lists, first; melanoma stays in the long tail.
    common = [
        "lung cancer",
        "breast cancer",
        "gastric cancer",
        "colorectal cancer",
        "liver cancer",
        "oesophageal cancer",
        "cervical cancer",
        "thyroid cancer",
        "nasopharyngeal carcinoma",
    ]
    cancers = [c for c in common if c in vocab] + [c for c in cancers if c not in common]
    cancer_w = [1.0 / (i + 1) ** 1.1 for i in range(len(cancers))]
    treat_w = _weights(len(treatments), 1.0, rng)
    cities = sorted(directory.gazetteer.cities, key=lambda c: (c.province, c.name))
    city_w = _weights(len(cities), 1.2, rng)
    n_hospitals = max(1, n_departments // 8)
    hospitals = []
    for h in range(n_hospitals):
        city = rng.choices(cities, city_w)[0]
        name = f"{city.name} {rng.choice(HOSPITAL_WORDS)} {rng.choice(HOSPITAL_KINDS)} No. {h}"
        hospital: dict[str, Any] = {
            "kind": "hospital",
            "id": f"bench-h{h}",
            "name": name,
            "city": city.name,
            "province": city.province,
            "country": "China",
            "summary": f"A general and cancer hospital in {city.name}, {city.province}, with "
            f"{rng.randint(300, 4000)} beds and teaching links to a medical university.",
            "beds": {"value": rng.randint(300, 4000), "qualifier": rng.choice(["", "more than", "about"])},
            "source": {"document": f"hospital-{h}.html", "updated": f"20{rng.randint(18, 26)}-0{rng.randint(1, 9)}"},
        }
        if rng.random() < 0.3:
            hospital["aliases"] = [f"{city.name} Hospital {h}"]
        if not hospital["beds"]["qualifier"]:
            del hospital["beds"]["qualifier"]
        hospitals.append(hospital)
        yield hospital
    for d in range(n_departments):
        h = rng.randrange(n_hospitals)
        hospital = hospitals[h]
        cs = list(dict.fromkeys(rng.choices(cancers, cancer_w, k=rng.randint(1, 5))))
        ts = list(dict.fromkeys(rng.choices(treatments, treat_w, k=rng.randint(1, 4))))
        name = rng.choice(DEPARTMENT_WORDS)
        facts: dict[str, Any] = {
            "c1": cs[0],
            "c2": cs[-1],
            "t1": ts[0],
            "t2": ts[-1],
            "year": rng.randint(1950, 2020),
            "patients": rng.randint(500, 40000),
            "beds": rng.randint(20, 300),
            "province": hospital["province"],
            "city": hospital["city"],
        }
        summary = " ".join(s.format(**facts) for s in rng.sample(SENTENCES, rng.randint(3, 5)))
        record: dict[str, Any] = {
            "kind": "department",
            "id": f"bench-h{h}/d{d}",
            "name": f"{name} {d}",
            "hospital": hospital["name"],
            "hospital_id": hospital["id"],
            "city": hospital["city"],
            "province": hospital["province"],
            "country": "China",
            "cancers": cs,
            "treatments": ts,
            "summary": summary,
            "source": {"document": f"hospital-{h}.html", "updated": hospital["source"]["updated"]},
        }
        if rng.random() < 0.2:
            record["aliases"] = [f"Department of {name} {d}"]
        if rng.random() < 0.3:
            record["wording"] = {cs[0]: f"{cs[0]} and related tumours"}
        if rng.random() < 0.5:
            record["people"] = [
                {"name": f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}", "role": rng.choice(ROLES)}
                for _ in range(rng.randint(1, 3))
            ]
        if rng.random() < 0.3:
            record["beds"] = {"value": facts["beds"]}
            record["staff"] = {"physicians": {"value": rng.randint(5, 80)}}
        if rng.random() < 0.15:
            record["programs"] = [{"name": f"{cs[0].capitalize()} screening", "since": str(facts["year"] + 10)}]
        yield record


def write_db(path: Path, n_departments: int, seed: int = 7) -> int:
    """Write the database as import would (TinyDB JSON); the number of records written."""
    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{"records": {')
        for i, record in enumerate(records(n_departments, seed), start=1):
            fh.write(("\n" if i == 1 else ",\n") + f'"{i}": ' + json.dumps(record, ensure_ascii=False))
            count = i
        meta = {"1": {"schema": 1, "kind": "oncodir user database", "written_by": "oncodir benchmark"}}
        fh.write('\n}, "meta": ' + json.dumps(meta) + "}\n")
    return count


def write_array(path: Path, n_departments: int, seed: int = 7) -> int:
    """The same records as a JSON Lines file (for sqlite-utils insert --nl)."""
    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        for record in records(n_departments, seed):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


if __name__ == "__main__":
    print(write_db(Path(sys.argv[2]), int(sys.argv[1])), "records")
