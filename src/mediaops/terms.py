"""The vocabulary of the domain: diploma types, majors, school classes, titles, directions.

Plain enumerations and the few facts about them that hold whatever the
requirements say (what a student must already hold to enrol; which school
class a technical-school type implies). Which diploma or title a clause
accepts is never decided here: clauses list what they accept, in the ruleset.
"""

from __future__ import annotations

from enum import StrEnum


class Education(StrEnum):
    """A diploma type (SPEC §1)."""

    below_junior = "below_junior"
    junior_middle = "junior_middle"
    senior_high = "senior_high"
    secondary_vocational = "secondary_vocational"
    technical_school = "technical_school"
    senior_technical_school = "senior_technical_school"
    technician_college = "technician_college"
    associate = "associate"
    bachelor = "bachelor"
    master = "master"
    doctorate = "doctorate"


class Major(StrEnum):
    """How a diploma's major relates to the occupation."""

    same = "same"
    related = "related"
    unrelated = "unrelated"


class SchoolClass(StrEnum):
    """The class of a technical-school (技工院校) diploma."""

    intermediate = "intermediate"  # 中级工班
    senior = "senior"  # 高级工班
    technician = "technician"  # 预备技师班 / 技师班


class TitleLevel(StrEnum):
    """The level of a professional title (职称)."""

    junior = "junior"  # 初级 (员级, 助理级)
    intermediate = "intermediate"  # 中级
    senior = "senior"  # 高级 (副高, 正高)

    @property
    def rank(self) -> int:
        """1 for 初级 up to 3 for 高级: a higher title satisfies a clause asking for a lower."""
        return _TITLE_RANK[self]


_TITLE_RANK = {TitleLevel.junior: 1, TitleLevel.intermediate: 2, TitleLevel.senior: 3}


class Direction(StrEnum):
    """A direction (职业方向) of the occupation under its 2023 national standard."""

    creative_planning = "creative_planning"  # 创意策划
    audiovisual = "audiovisual"  # 视听运营
    live_streaming = "live_streaming"  # 直播运营
    traffic = "traffic"  # 流量运营
    data_analysis = "data_analysis"  # 数据分析


E = Education

#: "b is at least a" along the two tracks of Chinese education: the general
#: track (初中 → 高中/中专 → 大专 → 本科 → 硕士 → 博士) and the technical-school
#: track (技工学校 → 高级技工学校 → 技师学院). Used to say what "higher" means
#: (property tests) and never to decide eligibility: clauses list the diplomas
#: they accept.
EDUCATION_BELOW: dict[Education, frozenset[Education]] = {
    E.below_junior: frozenset(),
    E.junior_middle: frozenset({E.below_junior}),
    E.senior_high: frozenset({E.below_junior, E.junior_middle}),
    E.secondary_vocational: frozenset({E.below_junior, E.junior_middle}),
    E.technical_school: frozenset({E.below_junior, E.junior_middle}),
    E.senior_technical_school: frozenset({E.below_junior, E.junior_middle, E.technical_school}),
    E.technician_college: frozenset(
        {E.below_junior, E.junior_middle, E.technical_school, E.senior_technical_school}
    ),
    E.associate: frozenset(
        {E.below_junior, E.junior_middle, E.senior_high, E.secondary_vocational}
    ),
}
EDUCATION_BELOW[E.bachelor] = EDUCATION_BELOW[E.associate] | {E.associate}
EDUCATION_BELOW[E.master] = EDUCATION_BELOW[E.bachelor] | {E.bachelor}
EDUCATION_BELOW[E.doctorate] = EDUCATION_BELOW[E.master] | {E.master}

#: What a student is taken to hold already: the diploma usually needed to enrol in the
#: one they are studying for (a 硕士 student a bachelor's degree, a 大专 student 高中).
#: An assumption: a 专升本 or 同等学力 entrant holds a 大专 instead and should list it.
ENROLMENT_PREREQUISITE: dict[Education, Education] = {
    E.below_junior: E.below_junior,
    E.junior_middle: E.below_junior,
    E.senior_high: E.junior_middle,
    E.secondary_vocational: E.junior_middle,
    E.technical_school: E.junior_middle,
    E.senior_technical_school: E.junior_middle,
    E.technician_college: E.junior_middle,
    E.associate: E.senior_high,
    E.bachelor: E.senior_high,
    E.master: E.bachelor,
    E.doctorate: E.master,
}

#: The types of school that are 技工院校 (technical schools of any class).
TECHNICAL_SCHOOLS = frozenset({E.technical_school, E.senior_technical_school, E.technician_college})

#: The class a technical-school type implies when the class is not given: a
#: 高级技工学校 diploma is taken to be from its 高级工班, a 技师学院 one from its
#: 预备技师班 (an assumption a ruleset names wherever it relies on it). A
#: 技工学校 implies nothing: its class stays unknown.
IMPLIED_CLASS: dict[Education, SchoolClass] = {
    E.senior_technical_school: SchoolClass.senior,
    E.technician_college: SchoolClass.technician,
}

#: The diploma type a technical-school class stands for (SPEC §1 names
#: ``senior_technical_school`` "高级技工学校/高级工班" and ``technician_college``
#: "技师学院/预备技师班"): a diploma from a 高级工班 or a 预备技师班 is of that type too,
#: whichever 技工院校 gave it, so a clause asking for a 高级技工学校 or 技师学院 diploma
#: takes it, as it takes one given as ``高级工班``.
CLASS_TYPE: dict[SchoolClass, Education] = {
    SchoolClass.senior: E.senior_technical_school,
    SchoolClass.technician: E.technician_college,
}
