"""Drafting records from the text of hospital web pages, for a person to check and import.

:mod:`~oncodir.extract.draft` assembles the record (name, hospital, place, vocabulary terms);
:mod:`~oncodir.extract.facts` reads the counts, people, dates and programmes from sentences.
Imported only by ``oncodir extract``.

Module map: one concern a module, so a rule lives in one place.

The record and its sentences
- draft: assembles the record from the groups below, with its notes and references.
- facts: splits the page into sentences, reads the programmes; the counts, dates and people are below.
- pageend: where a page copied up to a length limit may have been cut inside its last word or item.
- parallel: on a big page, the slowest readers (cancers and treatments, people) run in forked processes.
- regexcache: the readers' compiled patterns, kept in the user's cache between runs (compiling them is most of a
  short run).

Name and hospital
- names: the department's name (the heading or first sentences), its "Department of X" alias, its hospital.
- nameform: the name as a heading writes it, less what is no part of it ("Dept." written out, a translation in
  brackets dropped).
- namesplit: a heading's unit and its hospital, split ("X Center of Y Hospital", "Y Hospital - Department of X",
  "Department of X - Y Hospital").
- siteblock: the site's own name over its address block, a line that is no heading (a menu's, or a particular
  hospital's name under the unit's heading).
- housing: the hospital a page says the department is housed in ("located on the 9th floor of Y Hospital").
- shortnames: a hospital's three-letter abbreviation, only when the page defines it.
- trails: which of two heading lines is the unit's: the one the navigation trail ends with.
- units: whether a "Department of X" the page names is the department's alias, or one of several it describes.
- header: the site's hospital outside the department's sentences (header, copyright, address lines).
- opened: the hospital that "opened its X Ward", and whether that unit is the department.
- hospitals: what a hospital's name looks like (full names, abbreviations).
- known: hospitals of the directory the page names, and whether one is the department's.
- alliances: a hospital the page names as a partner (an alliance's head, a paired hospital) or whose unit's people
  visit "our department": never the department's own.
- generic: words that name no particular unit or hospital; a unit's name stems, to compare two names.
- streetblock: the hospital an unlabelled address block opens with, on its own line over the street.

Place
- places: the city and province, only where the page places the department or its hospital there.
- cityalias: city names the gazetteer lacks: other English names of its cities ("Shigatse"), and county-level cities
  a province governs directly ("Qianjiang", only with its province named).
- counties: a county-level city written beside a prefecture city ("Yiwu City, Jinhua"; "Wuchang, Wuhan" is a
  district), and a name a prefecture seat shares with a county-level city.
- abroad: a city outside China, only from the page's address, "located in", or a sentence placing the department
  there in a country the page confirms.

Cancers and treatments (:mod:`.terms` finds the mentions and asks whether each is the department's own)
- terms: the vocabulary terms a page names as its own, and the reason each left-out mention is left out.
- index: vocabulary names found in the page's words, with their variant wordings.
- forms: organ lists, coordinated adjectives, a technique before an operation, asides in brackets.
- wholes: two organs after one cancer noun that make one vocabulary name ("bones and soft tissues").
- organasides: the organs a group of cancers is made of, listed in brackets after it ("gynaecological cancers
  (cervix, endometrium, ovary)").
- imageguided: image guidance named in a sentence about radiotherapy is image-guided radiotherapy.
- heads: two kinds joined before a shared head name the head too ("Hodgkin and non-Hodgkin lymphomas").
- kinds: a treatment named by one particular kind ("TURBT", "androgen deprivation therapy", "microwave ablation of
  liver tumours", "holmium laser used for resection of bladder tumours").
- verbs: a treatment said with a verb or an adverb ("removed laparoscopically", "reconstructed with a flap", "done by
  minimally invasive way", "we help with pain").
- approaches: the approaches an operation is done by, named after it ("distal pancreatectomy, open, laparoscopic or
  robotic"), or before an eponymous one ("robotic Whipple procedure").
- netsites: a neuroendocrine tumour of a digestive organ is a gastroenteropancreatic one ("pancreatic NETs").
- byname: treatments the department's own name gives ("Colorectal Surgery", "Radiation Oncology").
- defects: a broader cancer named only as what a resection before a repair removed, where the page names a narrower
  kind ("repair of defects after resection of oral and pharyngeal cancers" beside "hypopharyngeal cancer").
- trials: clinical trials named without "clinical" ("randomised trials", "phase III trials").
- projects: a clinical study named as a research project's title (a grant or a prize), no trial run for patients; a
  treatment named as a research subject ("2 research projects on the early diagnosis of colorectal cancer").
- operations: surgery implied by the operations the department performs ("radical hysterectomy", "cytoreductive
  surgery"), when the page never says "surgery" alone.
- lookalikes: a treatment's words meaning something else where they stand (a machine, a picture, a harm).
- labwork: a ward laboratory's tests ("bone marrow cytology, flow cytometry") and a patient's pathology report: no
  pathology service (but a pathology unit's own).
- fields: what one doctor is good at or qualified in, not what the department treats.
- meetings: a multidisciplinary meeting named by its title (the department's own), and the subjects of a board
  the department is a member of (no cancers it treats).
- origins: cancers named only as where the metastases the department treats come from.
- screened: cancers named only as the targets of a screening programme the department takes part in.
- ordered: imaging a clinical department asks for, receives or reads ("please have your imaging sent"): no imaging
  service.
- objects: cancers named only as what a treatment given elsewhere is for ("radiotherapy of bone metastases" given
  by another unit).
- joint: a treatment of the department's own kind given "in cooperation with" another unit stays its own.

Cancers and treatments the department does not give: another unit or hospital gives them, or they are denied or
had before. :func:`.terms.not_own` asks elsewhere, then nothere (which asks referrals, handed and partners first,
and origins and meetings for a cancer), then timing; each reads another wording, and what one drops is dropped.
- denials: asked first by elsewhere: "no longer offers X", "X is not treated here", and a denial after an aside
  ("X, which is treated mainly by radiotherapy, is not operated in this department").
- elsewhere: asked first: denied (:mod:`.denials`), taken over, a sister unit's, the place patients are
  sent to, handed on (the unit named right after: "X is given by / referred to / delivered at" another unit),
  "patients who need X are referred", had before ("side effects of X"), avoided ("instead of a second course of
  X", "cannot be removed by X"); it owns the words for a unit and for giving.
- referrals: the unit named before the mention: "referred to Medical Oncology for X"; and what patients had
  before, cannot have, bring as a referral's papers or are asked to bring ("please bring all imaging"), or heard as a
  talk's topic.
- ourunits: another unit of the hospital named after "our" ("provided by our Cancer Centre"), not the department's
  own people or places ("by our nurses", "in our day ward"); asked by elsewhere.
- decided: a treatment named only as what a board decides ("chemoradiotherapy is decided at the weekly cancer
  board"), not one the department gives; asked by nothere.
- ownteam: a team named by its members' trade ("provided by the nursing team") is the department's own staff.
- handed: the need before the mention and the sending later in the sentence ("For patients who need X, the
  department refers them to Y"); received in another unit; not yet given; had before the patients came.
- partners: a sentence that opens "For X" and then sends patients on or names a partner; given to some patients
  at a partner; named inside a partner place's name; a public screening programme (each a "partner").
- nothere: a body named without a unit's word ("provided by CancerCare Manitoba"), a neighbouring unit's, the
  mention naming the unit that gives another, a visitor's operation, a benign tumour, a cancer given by a named
  unit; a trial run "in collaboration with" another unit stays the department's own (:func:`.nothere.joint_trial`).
- sending: the words the readers above share: of sending on ("referred", "refers", "referral"), of the need
  ("who need", "needing") and of working with a partner ("works closely with", "in collaboration with").
- passedon: asked after nothere: passed on in other words than "referred" ("booked at", "arranged with", "for X we
  rely on Y", "through referral", "sent back to X surgery"), another's charge ("the responsibility of"), given by
  another specialty's doctors ("prescribed by medical oncologists"), the patients' own elsewhere ("their
  radiotherapy at the cancer hospital").
- facilities: a treatment word naming a facility of the hospital ("the day-surgery centre of the hospital", "the
  hospital's imaging centre offers") or routine work ("daily operations of the ward"), not a treatment given.
- timing: no other place but another time: a treatment named only as the time of another ("chemotherapy after
  surgery"); put back when the department gives a kind of it.

Counts
- counts: beds, staff by role, patients or operations a year, with the page's qualifier.
- bedlabels: a bed count set out as a label's value ("Beds: 52").
- bedlists: a ward named by its size among what the department lists as its own ("Our services - a 12-bed unit",
  "Our facilities include a 20-bed ward").
- ourshare: the department's share of a larger unit's beds ("210 beds in total, and our ward has 36 of them").
- bedrooms: a ward sized by its single-bed rooms ("a therapy ward with 6 single-bed rooms": 6 beds).
- holders: whose a count is: the department's, the hospital's, a larger or sister unit's, or a part's.
- sisterwards: whose the beds are when one sentence lists several wards, each with its count.
- wards: beds of a ward or floor shared with another team, and the department's share.
- folding: a plain substring test that a sentence may hold a word ("bed", a role), before a count's long pattern.

People
- people: people the page names, with their title and role in the department, gathered from the modules below.
- rosters: a post, then the people who hold it ("Deputy Directors: A, B").
- postfirst: a post opening a sentence, a label's clause or a list's segment, then the name ("Director Gu Wei, ...").
- listlines: a staff list's line: a name, then what the person is, then perhaps prose.
- namecells: a name, then posts and grades in brackets or in a cell.
- staffrows: a staff label's names with their group's grade ("Doctors: A, B (attending physicians)"), name and grade
  rows, post/name/grade cells, a post's line ("Head nurse X"), a post's label over a name with degrees.
- tables: a staff table flattened into text, read by its header row.
- groups: several names on one line, then the post they share.
- segmentposts: the post a list's own segment gives its person, over the list's plural label.
- proseposts: posts given mid-sentence in running prose ("assisted by deputy director X").
- ownposts: a leader's post said "of" the department's own name ("X serves as chief of Neurosurgery III").
- nurseposts: the head nurse said in prose ("The head nurse is X", "X is the head nurse of the department", "The
  nurse manager of the ward is Y").
- lonenames: a one-word name on a post's line in a list of posts and full names ("Head Nurse: Yangzom").
- postwords: the words that name a post, and those that only look like one ("Head and Neck").
- titles: titles before a name and degrees after it, in several countries' forms.
- postnominals: post-nominal letters after a name ("MBBS FRACS", "FRCPA"): no part of the name; before a post's
  dash ("DNB — Consultant Surgeon"): no part of the post.
- pastposts: a post held over a span of years that has ended, no post now.
- otherstaff: whether a person named without a post is the department's, from every mention of the name.
- outsiders: another named body's staff, and a staff member's teacher; a doctor of a body the page leaves unnamed
  or places only by its city ("of a cancer hospital in Beijing", "a breast surgeon from Changsha"), the staff of a
  body named before "whose", and a patient.
- visitors: guests, invited speakers and visiting fellows, never staff.

Dates
- dates: the page's last update or posting date, and the department's founding.
- months: the months' names in English and in the languages of Europe ("März", "février", "maggio").
"""

from oncodir.extract.draft import draft

__all__ = ["draft"]
