"""The words of a staff line that name a post, and those that only look like one.

A staff list gives each person a leader's post ("Clinical Lead", "Chief of Department"), a staff member's post
("Ward 7 Manager", "ward manager 2B", "Social worker", "Physicist in charge") or a clinical or academic grade
("Senior Engineer", "Clinical Assistant Professor"). Some words look like a leader's and are not: "Head and Neck"
names a part of the body, so "Consultant Head and Neck Surgeon" is a surgeon's post, no head's. Read here:

- :data:`LEAD`: a leader's word ("director", "head", "lead", "chair"), never the "head" of "head and neck" (nor
  "chief" alone: "chief physician" is a clinical grade);
- :data:`CARE_MANAGER`: a manager of a ward or of care, perhaps with the ward's number ("Ward 7 Manager", "ward
  manager 2B"), never a page's or an office's ("Content Manager");
- :data:`ALLIED`: the posts of a department's other professions (physicist, social worker, dietitian,
  psychologist, pharmacist, therapist (a stoma therapist too), technician);
- :data:`POST_WORD`: a word no person's name holds ("Senior Engineer", "Consultant Oncologist");
- :data:`RANK`: an academic rank, a title and no post ("Clinical Assistant Professor", "Adjunct Professor");
- :data:`GRADE_WORD`: the first word of a grade or a tutor's post in a person's apposition ("Chief Physician",
  "Master's supervisor"), so "X, male, born in 1968, Chief Physician, Master's supervisor, is the director" holds
  no second name;
- :func:`kept_post`: of two posts the page gives one person, the one kept: the first, but a leader's post wins
  over a clinical grade ("Chief Physicians: A, B" and then "Head of Department: A": A is the head);
- :func:`bodys_post`: a post of the hospital or another body ("Deputy Director of the Hospital"), none of the unit;
- :func:`translated_lead`: a post in English with the leader's post of the page's own language in brackets ("Chief
  Physician (Chefärztin)", "Head of Nursing (Cadre supérieur de santé)"): the English is the leader's post.
- :func:`without_ward`: a post less the ward's code after it ("Ward Manager N2", "Nurse Manager, Ward 4B").
"""

from __future__ import annotations

import re

from oncodir.extract.regexcache import compiled

# "Head and Neck", "head & neck", "Head-and-Neck": a part of the body, no leader
_NOT_HEAD = r"(?![ \t-]+(?:and|&)[ \t-]+neck)"
# ("Chief of Service", "Chief of the Liver Surgery Division": a leader's post, as Canada and France write it)
LEAD = (
    rf"(?i:director|head{_NOT_HEAD}|chair\w*|lead|leader|chief[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){{0,3}}?"
    r"(?:service|unit|division|department|section|clinic))"
)
# a ward's manager: "Ward Manager", "Ward 7 Manager", "ward manager 2B", "Nurse Manager", "Unit Manager"
CARE_MANAGER = (
    r"(?i:(?:ward|unit|care|health|case|nurse|nursing|clinic|theatre|theater|section)"
    r"(?:[ \t]+\d{1,3}[A-Za-z]?)?[ \t]+manager"
    r"(?:[ \t]+\d{1,3}[A-Za-z]?\b)?)"
)
# the other professions of a department: "Physicist in charge", "Social worker", "Dietitian"
ALLIED = (
    r"(?i:(?:medical[ \t]+)?physicist|social[ \t]+worker|dieti[tc]ian|(?:clinical[ \t]+)?psychologist|pharmacist"
    r"|(?:radiation|radiotherapy|occupational|stoma|enterostomal|speech(?:[ \t]+and[ \t]+language)?)[ \t]+therapist"
    r"|physiotherapist"
    r"|radiographer|technologist|(?:(?:psychological|psycho-oncology|grief|genetic|bereavement)[ \t]+)?counsell?or)"
)
# words of a post or grade that are never a name's ("Senior Engineer", "Chief Technician", "Clinical Lead")
POST_WORD = compiled(
    r"\b(?:[A-Za-z]+(?:ologists?|icians?|geons?|iatrists?)|[Cc]onsultants?|[Nn]urses?|[Ss]pecialists?|"
    r"[Rr]egistrars?|[Ll]ead|[Cc]linical|[Mm]anager|[Cc]oordinators?|[Nn]avigators?|[Ee]ngineers?|"
    r"[Tt]echnicians?|[Tt]herapists?|[Pp]harmacists?|[Pp]hysicists?|[Dd]ieti[tc]ians?|[Ww]orkers?|[Ll]ecturers?|"
    # (Portugal's grades: "Assistente Hospitalar Graduado Sénior", "Enfermeira")
    r"[Aa]ssistentes?|[Hh]ospitalar|[Gg]raduad[oa]s?|[Ee]nfermeir[oa]s?)\b"
)
# an academic rank is a title: "Professor", "Clinical Assistant Professor", "Adjunct Associate Professor"
RANK = (
    r"(?i:(?:(?:clinical|adjunct|research|honorary)[ \t]+)?(?:(?:associate|assistant)[ \t]+)?professor"
    r"|(?:senior[ \t]+)?lecturer)"
)
GRADE_WORD = r"(?:Chief|Associate|Deputy|Vice|Attending|Senior|Master|Doctoral|Professor)\b"
# a clinical grade: a rank of the clinic, held by many, no post in the department
_GRADE = compiled(
    r"(?i:(?:(?:associate|deputy|vice)[ \t]+)?(?:chief|attending|resident|senior)[ \t]+(?:physician|surgeon)s?)"
)


def kept_post(old: str | None, new: str | None) -> str | None:
    """The post kept for a person given ``old`` before and now ``new``: the first, unless it is a clinical grade
    and the new one a leader's post."""
    if old and new and _GRADE.fullmatch(old) and re.search(rf"\b{LEAD}\b", new):
        return new
    return old or new


# "Deputy Director of the Hospital", "Vice President of the University": a post of the whole body, not the unit's
_BODYS = compiled(
    r"(?i:\b(?:of|at)[ \t]+(?:the[ \t]+|our[ \t]+)?(?:[A-Z][\w'-]*[ \t]+){0,5}"
    r"(?:hospital|university|college|institute|society|association|school)\b)"
)


def bodys_post(post: str) -> bool:
    """True when a post names the hospital or another body as what it is of ("Director of the Hospital")."""
    return _BODYS.search(post) is not None


# a leader's post in the languages of pages abroad, said in brackets after its English ("Chefärztin": the head of a
# clinic in Germany and Switzerland, where "Chief Physician" is no grade but the head's post)
_LEAD_ABROAD = (
    r"chef(?:arzt|ärztin|aerztin)|klinikdirektor(?:in)?|abteilungsleiter(?:in)?|leiter(?:in)?"
    r"|chef[ \t]+de[ \t]+(?:service|clinique|département)|primar(?:ius|ia)?|direttore|direttrice|primario"
    r"|jefe[ \t]+de[ \t]+servicio|diensthoofd|afdelingshoofd"
)
# a staff member's post in those languages ("Cadre de santé": France's nurse manager; "Leitende Ärztin"; "Oberarzt")
_POST_ABROAD = (
    r"cadre[ \t]+(?:sup[ée]rieur[ \t]+)?de[ \t]+sant[ée]|praticien[ \t]+hospitalier|infirmi[eè]re?[ \t]+"
    r"(?:coordinat\w+|en[ \t]+chef)|leitende[rn]?[ \t]+(?:ober)?(?:arzt|ärztin|aerztin)|ober(?:arzt|ärztin|aerztin)"
    r"|(?:pflege|stations)leitung|caposala|coordinat(?:ore|rice)[ \t]+infermieristic[oa]|enfermer[oa][ \t]+supervisora?"
)
_LEAD_ASIDE = compiled(rf"(?i:\([ \t]*(?:{_LEAD_ABROAD})[ \t]*\))")
_POST_ASIDE = compiled(rf"(?i:[ \t]*\([ \t]*(?:{_LEAD_ABROAD}|{_POST_ABROAD})[ \t]*\))")


def post_abroad(aside: str) -> bool:
    """True when a label's aside in brackets is a post in the page's own language ("Health executive (Cadre de
    santé)"): the English before it is that post, in whatever words the page translates it."""
    return _POST_ASIDE.fullmatch(aside) is not None


_ENGLISH_POST = r"[A-Z][A-Za-z-]*(?:[ \t]+[A-Za-z-]+){0,4}"  # the English before the aside: up to five words
_TRANSLATED = compiled(rf"(?P<english>{_ENGLISH_POST}){_POST_ASIDE.pattern}")


def in_english(item: str) -> str | None:
    """The English of a post followed by the post in the page's own language in brackets ("Chief Physician
    (Chefarzt)": Chief Physician, "Senior Consultant (Oberärztin)": Senior Consultant), or None. Abroad such an
    English post is the post, even when its words look like a Chinese grade ("Chief Physician")."""
    m = _TRANSLATED.fullmatch(item.strip())
    return m["english"] if m else None


def translated_lead(rest: str) -> str | None:
    """The English post right before a leader's post in another language in brackets ("Chief Physician
    (Chefärztin)": Chief Physician), or None."""
    m = _LEAD_ASIDE.search(rest)
    if not m:
        return None
    post = re.split(r"[,;–—]|[ \t]-[ \t]", rest[: m.start()])[-1].strip()
    return post if re.fullmatch(_ENGLISH_POST, post) else None


# a ward's code after a post: "Ward Manager N2", "Head Nurse 3A", "Nurse Manager, Ward 4B", "Ward Manager U1/U2"
# (a code holds a digit: "Head Nurse, Oncology" keeps its word; a code inside, "Ward 7 Manager", stays, and so does
# the ward a post is "of": "Head nurse of Ward 1")
_CODE = r"[A-Z]{0,2}\d{1,3}[A-Za-z]?(?:/[A-Z]{0,2}\d{1,3}[A-Za-z]?)?"  # "N2", "4B", "U1/U2", "432"
_WARD_AFTER = compiled(rf"(?:,?[ \t]+(?i:ward|unit|station|post)(?:[ \t]+[A-Z]{{1,2}})?[ \t]+{_CODE}|[ \t]+{_CODE})$")


def without_ward(post: str) -> str:
    """A post less the code of the ward it is held on ("Ward Manager N2" -> "Ward Manager"): the code names a ward,
    no part of the post."""
    plain = _WARD_AFTER.sub("", post)
    of_a_ward = re.search(r"(?i:\bof(?:[ \t]+(?:the[ \t]+)?(?:ward|unit|station|post))?)$", plain)
    return plain if plain.strip() and not of_a_ward else post
