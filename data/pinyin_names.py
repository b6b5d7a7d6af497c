"""The pinyin of a Chinese place name, only where its reading is certain (a build-time helper of build_cities.py).

pypinyin guesses the reading of a polyphonic character from its word, and for a place name it often guesses wrong
(乐 lè/yuè, 长 cháng/zhǎng, 都 dū/dōu). A name is read here only when nothing is left to guess:
- every character has one reading in pypinyin's dictionary (``pinyin(ch, heteronym=True)`` gives one), or
- the whole name (with or without 市) is an entry of pypinyin's phrase dictionary, which gives the reading of the
  name itself (乐清 yuè qīng, 都江堰 dū jiāng yàn, 大冶 dà yě);
- and for the English name alone (letters, no tones), a character whose readings differ only in their tone
  (康 kāng/kàng, 光 guāng/guàng) is certain too: its letters are the same whichever is meant. Such a name's pinyin
  is then written without tones, as GeoNames' names are where they carry none.
Anything else (常熟: 熟 shú/shóu; 登封: 登 dēng/dé; 海宁: 宁 níng/zhù) gives None.
"""

from __future__ import annotations

import unicodedata

VOWEL_STARTS = ("a", "e", "o")  # a syllable starting so is set off by an apostrophe: Xi'an, Da'an


def _plain(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFKD", syllable)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalpha()).lower()


def _join(syllables: list[str]) -> str:
    """Syllables written as one word, capitalised: ['xī', 'ān'] -> "Xī'ān"."""
    word = syllables[0]
    for s in syllables[1:]:
        word += ("'" if _plain(s)[:1] in VOWEL_STARTS else "") + s
    return word[:1].upper() + word[1:]


def phrase_reading(zh: str) -> list[str] | None:
    """The syllables (with tones) pypinyin's phrase dictionary gives the whole name, 市 or not; None if absent."""
    from pypinyin.phrases_dict import phrases_dict

    for form in (zh, zh + "市"):
        entry = phrases_dict.get(form)
        if entry:
            syllables = [str(r[0]) for r in entry]
            return syllables[: len(zh)]
    return None


def char_readings(zh: str) -> list[list[str]]:
    """Every reading (with tones) of each character, as pypinyin's dictionary of single characters has them."""
    from pypinyin import Style, pinyin

    return [[str(r) for r in pinyin(ch, style=Style.TONE, heteronym=True)[0]] for ch in zh]


def spelling(zh: str, letters: str) -> set[str]:
    """Every reading of a name (with tones) whose letters are ``letters``: 长治, "changzhi" -> {"Chángzhì"}."""
    import itertools

    return {
        word for syllables in itertools.product(*char_readings(zh)) if _plain(word := _join(list(syllables))) == letters
    }


def certain_pinyin(zh: str) -> tuple[str, str] | None:
    """(English name, pinyin) of a name whose reading is certain, e.g. 丹阳 -> ("Danyang", "Dānyáng"),
    乐清 -> ("Yueqing", "Yuèqīng"), 永康 -> ("Yongkang", "Yongkang") (康 kāng/kàng: tones unsure); else None."""
    syllables = phrase_reading(zh)
    if syllables is None:
        readings = char_readings(zh)
        if any(len({_plain(r) for r in rs}) != 1 for rs in readings):
            return None
        if all(len(rs) == 1 for rs in readings):
            syllables = [rs[0] for rs in readings]
        else:
            name = _join([_plain(rs[0]) for rs in readings])
            return name, name
    return _join([_plain(s) for s in syllables]), _join(syllables)
