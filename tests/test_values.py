"""Values as people type them (issue #11): one table of typed text → value, per parser.

The table is the contract of :mod:`mediaops.values`, the one parser behind
``check``'s flags, the questionnaire's answers and ``batch``'s cells. Other
tests reuse it: ``tests/test_batch_sheets.py`` types every entry of
:data:`CELL_CASES` into a real CSV cell of ``mediaops batch`` and checks that
the value reaches the row's facts, and the questionnaire tests may type the
same texts as answers (:func:`cases`).

Every expected value below was worked out by hand from SPEC §1 ("values are
accepted in English ids, simplified and traditional Chinese, and common
synonyms") and issue #11 ("cell values as people type them"): ``3年半`` is
3.5 years, ``18个月`` is 18 / 12 = 1.5 years, ``大学`` names two diplomas
(大专 or 本科) and is asked about, never guessed.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from mediaops import values
from mediaops.errors import ContradictionError, InputError
from mediaops.terms import Education, Major


class Outcome:
    """An expected outcome that is not a value: the parser refuses the text."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


#: The text is refused: an InputError naming the field and showing the value.
REJECTED = Outcome("REJECTED")
#: The text names more than one value: an InputError that names the choices.
AMBIGUOUS = Outcome("AMBIGUOUS")
#: A month without its day: refused as a date (flags, questions, a JSON file), but a sheet's
#: date column, or a certificate's cell, reads it as the days of that month
#: (tests/test_batch_sheets.py).
MONTH = Outcome("MONTH")

D = date(2024, 1, 10)

#: parser → [(text as typed, expected value)], worked out by hand.
TABLE: dict[str, list[tuple[str, Any]]] = {
    # numbers of years (experience, years since a certificate)
    "years": [
        ("3", 3.0),
        # with words saying what the years are of, before or after them
        ("5年工作经验", 5.0),
        ("工作5年", 5.0),
        ("工作经验5年", 5.0),
        ("从业三年", 3.0),
        ("3年相关经验", 3.0),
        ("工作了两年半", 2.5),
        ("2年半工作经验", 2.5),  # after a half, 整 or a bound's last word too
        ("一年半的工作经验", 1.5),
        ("五年整工作经验", 5.0),
        ("工作經驗5年", 5.0),  # in traditional characters
        ("5年工作經驗", 5.0),
        ("從事本職業3年", 3.0),
        ("3年以上相關工作經驗", REJECTED),  # a bound
        ("工作经验", REJECTED),
        ("5年工龄", REJECTED),  # all work, which may not be this occupation's
        ("约3年工作经验", REJECTED),  # a guess, with the words or without
        ("3.5", 3.5),
        ("0", 0.0),
        ("三年", 3.0),
        ("3年半", 3.5),
        ("3年6个月", 3.5),
        ("两年", 2.0),
        ("3.5年", 3.5),
        ("１２", 12.0),  # full-width digits, as a Chinese input method types them
        ("３年", 3.0),
        # the full stop of a Chinese input method typed as the decimal point, between digits
        ("3。5", 3.5),
        ("３。５", 3.5),
        ("3。5年", 3.5),
        ("0。5", 0.5),
        ("3。。5", REJECTED),
        # a decimal said with 点 (three point five), in numerals or digits: it was refused
        # as no number of years, where 三年 and 3年半 were read
        ("三点五年", 3.5),
        ("三点五", 3.5),
        ("两点五年", 2.5),
        ("十二点五年", 12.5),
        ("零点五年", 0.5),
        ("三点二五年", 3.25),
        ("3点5年", 3.5),
        ("三点", REJECTED),
        ("点五年", REJECTED),
        ("18个月", 1.5),
        ("半年", 0.5),
        # 整 says the years are exact: "3 full years" (was refused as no number of years)
        ("3年整", 3.0),
        ("三年整", 3.0),
        ("整整三年", 3.0),
        ("整3年", 3.0),
        ("整三年", 3.0),
        ("整整18个月", 1.5),
        ("2年6个月整", 2.5),
        ("整", REJECTED),
        ("整整", REJECTED),
        # the English for it, and a comma between the years and the months (were refused)
        ("exactly 3 years", 3.0),
        ("3 full years", 3.0),
        ("exactly", REJECTED),
        ("3 years, 6 months", 3.5),
        ("3年，6个月", 3.5),
        ("3,6", REJECTED),  # a European decimal comma? refused, not guessed
        ("十二年", 12.0),
        ("2年3个月", 2.25),
        ("3 years", 3.0),
        (" 3 ", 3.0),
        ("3\u200b", 3.0),  # a zero-width space, copied from a web page or a chat, shows nothing
        ("\ufeff3年", 3.0),
        # in English words, as the Chinese are read
        ("two years", 2.0),
        ("half a year", 0.5),
        ("one and a half years", 1.5),
        ("a year and a half", 1.5),
        ("3 years 6 months", 3.5),
        ("two years and six months", 2.5),
        ("twenty-five years", 25.0),
        ("six months", 0.5),
        # none at all: 0, as a candidate with no experience answers (it was "not a number")
        ("无", 0.0),
        ("没有", 0.0),
        ("无工作经验", 0.0),
        ("none", 0.0),
        ("a", REJECTED),  # "a" is one only before its unit
        ("one and a half years six months", REJECTED),  # a half, then months as well
        ("2020年5月", REJECTED),  # a month, not 2020 years: said to look like a date
        ("2019年", REJECTED),
        ("-1", REJECTED),
        ("1_0", REJECTED),  # Python's digit separator is not a number people type
        ("1e3", REJECTED),
        ("nan", REJECTED),
        ("inf", REJECTED),
        ("三年十三个月", REJECTED),  # 13 months is not a remainder of a year
        ("abc", REJECTED),
        ("3年半年", REJECTED),
        ("三年多", REJECTED),  # a bound, not the years (said so: see below)
        ("3年以上", REJECTED),
        # as said aloud: 有 before the years and 了 after them change nothing of them (they
        # were "not a number of years"); 刚满 is 满, a bound; 快, 差不多 a guess
        ("两年了", 2.0),
        ("有三年", 3.0),
        ("已经有3年了", 3.0),
        ("工作两年了", 2.0),
        ("两年半了", 2.5),
        ("18个月了", 1.5),
        ("刚满两年", REJECTED),  # at least two (a sheet reads it so: see below)
        ("快三年了", REJECTED),  # almost three: fewer, by how much is not said
        ("差不多三年", REJECTED),
        ("三年左右了", REJECTED),
        ("有", REJECTED),
        ("了", REJECTED),
    ],
    # a level 1–4 (the level of a certificate or a training, --level)
    "level": [
        # the English names the English tables show (4 · Intermediate), typed back
        ("intermediate", 4),
        ("Advanced", 3),
        ("technician", 2),
        ("senior technician", 1),
        ("Senior Technician", 1),
        ("level four", 4),
        ("level one", 1),
        ("senior", REJECTED),  # 高级工 or 高级技师?
        ("四级", 4),
        ("四級", 4),
        ("中级工", 4),
        ("L4", 4),
        ("l4", 4),
        ("IV", 4),
        ("4", 4),
        ("level4", 4),
        ("四级/中级工", 4),
        ("三级", 3),
        ("高级工", 3),
        ("III", 3),
        ("二级", 2),
        ("技师", 2),
        ("一级", 1),
        ("高级技师", 1),
        ("中级", 4),  # 中级工
        ("高级", AMBIGUOUS),  # 高级工 (三级) or 高级技师 (一级)?
        ("高級", AMBIGUOUS),
        ("五级", REJECTED),
        ("L9", REJECTED),
        ("0", REJECTED),
        ("-1", REJECTED),
        ("/3", REJECTED),
        ("3/", REJECTED),
    ],
    # the level of a certificate, with the words people add
    "certificate_level": [
        ("四级证书", 4),
        ("四级", 4),
        ("四级职业技能等级证书", 4),
        ("三级证书", 3),
        ("高级证书", AMBIGUOUS),
        # after the occupation's name (the certificate says whose level it is)
        ("全媒体运营师四级", 4),
        ("全媒体运营师（四级）证书", 4),
        ("全媒体运营师", REJECTED),
        ("证书", REJECTED),
        ("五级证书", REJECTED),
        # with the words saying it is held, as a candidate answers (were "无法识别")
        ("有四级证书", 4),
        ("只有四级", 4),
        ("一个四级", 4),
        ("拿了四级", 4),
        ("考取了四级", 4),
        # an examination passed: the certificate is issued after it (were read as held)
        ("考过四级", REJECTED),
        ("四级考试已通过", REJECTED),
        # saying it is not held, or not yet: not read
        ("没有四级", REJECTED),
        ("还没拿到四级", REJECTED),
        ("四级在考", REJECTED),
        ("有电子商务师四级", REJECTED),  # another occupation's, held or not
    ],
    # the level of a completed formal training
    "training": [
        ("senior technician", 1),
        ("level three", 3),
        ("四级培训", 4),
        ("四级正规培训", 4),
        ("四级", 4),
        ("L4", 4),
        ("三级培训", 3),
        ("高级培训", AMBIGUOUS),
        ("全媒体运营师四级培训", 4),
        ("四级培训结业证书", 4),
        ("四级结业证书", 4),  # the 结业证书 the requirements ask for, without 培训
        ("四级结业", 4),
        # a level Excel stored as a number shows with a decimal point (were refused)
        ("4.0", 4),
        ("3.00", 3),
        ("4.5", REJECTED),  # no level: refused saying it is a number with a fraction
        ("5.0", REJECTED),
        # said completed, around the level (the 结业 the requirements ask for)
        ("四级培训已结业", 4),
        ("四级培训合格", 4),
        ("三级培训已完成", 3),
        ("完成四级培训", 4),
        ("已完成四级培训", 4),
        ("参加并完成四级培训", 4),
        ("参加四级培训并结业", 4),
        ("参加过三级培训并已结业", 3),
        ("已参加四级培训并结业", 4),
        ("四级已结业", 4),  # as a 培训结业情况 cell writes it
        ("三级已经结业", 3),
        ("四级合格", REJECTED),  # may be an examination passed: not said a training
        ("全媒体运营师四级培训已结业", 4),
        # enrolled, then completed; completed after a comma; its 结业证书 obtained (were refused:
        # 报名 read as only planned, the comma parting two items, 取得结业证书 not read)
        ("报名参加四级培训并已结业", 4),
        ("参加了四级培训，已结业", 4),
        ("四级培训 已取得结业证书", 4),
        ("四级，已结业", 4),
        ("报名参加四级培训", REJECTED),  # enrolled only
        # completed, said in brackets after the level as a cell notes it (were refused)
        ("四级(已结业)", 4),
        ("四级培训（结业）", 4),
        ("三级【已结业】", 3),
        ("四级 (培训已完成)", 4),
        ("四级(合格)", REJECTED),  # as 四级合格: may be an examination passed
        ("四级(未结业)", REJECTED),
        ("四级培训（在读）", REJECTED),  # still in training: not completed
        ("四级培训未取得结业证书", REJECTED),
        # said not completed: not a level completed
        ("四级培训未结业", REJECTED),
        ("未完成四级培训", REJECTED),
        ("没有完成四级培训", REJECTED),
        ("结业证书", REJECTED),
        ("培训", REJECTED),
        ("五级培训", REJECTED),
    ],
    # a certificate: its level and, optionally, the date it was obtained
    "certificate": [
        ("senior technician 2024-01-10", (1, D)),  # an English name of two words
        ("Senior Technician: 2024-01-10", (1, D)),
        ("intermediate 2024-01-10", (4, D)),
        ("level four, 2024-01-10", (4, D)),
        ("senior technician (2024-01-10)", (1, D)),
        ("advanced", (3, None)),
        ("四级证书，2024-1-10", (4, D)),  # a comma or 、 between the level and its date
        # the date named by a word before or after it, as a form's cell writes it
        ("四级 发证日期2024-01-10", (4, D)),
        ("四级证书 取证时间：2024年1月10日", (4, D)),
        ("四级（取证时间：2024-01-10）", (4, D)),
        ("四级，2024-01-10取得", (4, D)),
        # the date before the level it is of
        ("2024-01-10 四级", (4, D)),
        ("2024-01-10取得四级", (4, D)),
        ("2024年1月10日 四级证书", (4, D)),
        # a date and no level (the date column's, typed here): refused, not read as a 二级
        # (the "2" of the year) held with a date "024-01-10" that does not read
        ("2024-01-10", REJECTED),
        ("2024.1.10", REJECTED),
        ("20240110", REJECTED),
        ("2024年1月", REJECTED),
        ("四级 取得2024.1.10", (4, D)),
        # the certificate's kind before its level, as the certificates are titled
        ("国家职业资格四级", (4, None)),
        ("国家职业资格证书四级 2024-01-10", (4, D)),
        ("职业技能等级证书（四级）", (4, None)),
        ("全媒体运营师职业技能等级证书(三级)", (3, None)),
        ("四级、2024-01-10", (4, D)),
        ("四级/2024-01-10", (4, D)),  # a slash between them, as clerks type it
        ("四级／2024.1.10", (4, D)),
        ("三级证书/2020年6月1日", (3, date(2020, 6, 1))),
        ("四级/中级工 2024-01-10", (4, D)),  # a slash inside the level's name stays there
        ("4/2024-01-10", (4, D)),
        ("四级", (4, None)),
        ("四级证书", (4, None)),
        ("四级:2024-01-10", (4, D)),
        ("四级 2024-01-10", (4, D)),
        ("四级\u200b 2024-01-10\u200b", (4, D)),
        ("四级:2024年1月10日", (4, D)),
        ("四级证书：2024.1.10", (4, D)),  # a full-width colon
        ("L3:2020/6/1", (3, date(2020, 6, 1))),
        ("四级(2024.1.10)", (4, D)),  # the date in brackets after the level
        ("四级（2024年1月10日）", (4, D)),
        ("四级证书 (20240110)", (4, D)),
        ("四级(2024-13-01)", REJECTED),
        ("-1", REJECTED),
        ("/3", REJECTED),
        ("3/", REJECTED),
        ("四级:2024-13-01", REJECTED),  # there is no 13th month
        ("五级:2024-01-10", REJECTED),
        ("四级 2019.7", MONTH),  # a month inside the cell: the day is asked for
        ("高级 2020-06-01", AMBIGUOUS),
        # the occupation's name before the level, the level perhaps in brackets
        ("全媒体运营师四级", (4, None)),
        ("全媒体运营师（四级）", (4, None)),
        ("全媒体运营师 四级 2024-01-10", (4, D)),
        ("全媒体运营师(三级)2020-06-01", (3, date(2020, 6, 1))),
        ("全媒體運營師四級證書", (4, None)),
        ("全媒体运营师 五级", REJECTED),
        # the date in Chinese numerals, as a certificate prints it
        ("四级:二〇一九年七月一日", (4, date(2019, 7, 1))),
        ("四级二〇一九年七月一日", (4, date(2019, 7, 1))),
        ("三级 2020年十二月三十一日", (3, date(2020, 12, 31))),
        ("四级 二〇一九年十三月一日", REJECTED),
        # said held, with its date (were "无法识别")
        ("有四级证书 2024-01-10", (4, D)),
        ("拿到四级证书，2024年1月10日", (4, D)),
        ("考取三级", (3, None)),
        ("已考取三级", (3, None)),  # were "无法识别"
        ("四级(中级工,L4) 2024-01-10", (4, D)),  # the level glossed by its other names
        ("三级(中级工,L4)", REJECTED),  # a gloss naming another level
        ("四级（已取证）", (4, None)),
        ("四级 2024-01-10 已取证", (4, D)),
        ("考过三级", REJECTED),  # an examination passed, not a certificate held
        ("考过四级 2024-01-10", REJECTED),  # the date the examination's, not the issue's
        ("没有四级", REJECTED),
        ("还没拿到四级", REJECTED),
        ("四级在考", REJECTED),
        ("电子商务师四级", REJECTED),  # another occupation's: said so
        ("四级培训已结业", REJECTED),  # a training: said so (the training question takes it)
        # a level Excel stored as a number shows with a decimal point: the level, no date
        ("4.0", (4, None)),
        ("3.0", (3, None)),
        ("2.00", (2, None)),
        ("4.5", REJECTED),  # no level: refused, not 四级 with a date ".5"
        ("3.5", REJECTED),
        ("5.0", REJECTED),  # 五级: no level of this occupation's
        # and so with its date after it, as a level typed as a digit is
        ("4.0:2024-01-10", (4, date(2024, 1, 10))),
        ("3.0 2024-01-10", (3, date(2024, 1, 10))),
        ("5.0:2024-01-10", REJECTED),
        ("中级会计师", REJECTED),  # a professional title: said so (the title's place takes it)
        ("高级经济师 2020-01-01", REJECTED),
        ("四级考试未通过", REJECTED),  # not passed: no certificate held, said so
        ("四级考试不合格", REJECTED),
    ],
    # a date (a certificate's own column, the evaluation date)
    "date": [
        ("2024-01-10", D),
        ("2024/1/10", D),
        ("2024.1.10", D),
        ("2024年1月10日", D),
        ("2024 年 1 月 10 日", D),  # typed with spaces
        ("2024. 1. 10", D),  # spaces after the marks, as forms are typed
        ("2024.1.10.", D),  # a last full stop
        ("2024-01-10。", D),
        ("2024—01—10", D),  # a dash of a Chinese form
        ("2024-1/10", REJECTED),  # two marks: no date
        ("2024年1月", MONTH),  # no day
        ("2024.1", MONTH),
        ("2024-13", REJECTED),  # no month either
        ("20240110", D),
        ("\u200e2024-01-10\u200b", D),  # a direction mark and a zero-width space show nothing
        ("２０２４-０１-１０", D),
        ("2024-13-01", REJECTED),
        ("2024-02-30", REJECTED),
        ("2024-01-10x", REJECTED),
        ("tomorrow", REJECTED),
        # an English month's name, as an English-speaking candidate writes a date
        ("10 January 2024", D),
        ("January 10, 2024", D),
        ("10th Jan 2024", D),
        ("Jan. 10 2024", D),
        ("31 June 2024", REJECTED),  # June has 30 days: said so
        ("10 Janvier 2024", REJECTED),  # no English month
        # in Chinese numerals: the year digit by digit (〇 or 零 for 0), the month and the
        # day as numbers are said (十 is 10, 十一 11, 二十 20, 三十一 31)
        ("二〇一九年七月一日", date(2019, 7, 1)),
        ("二零一九年七月一日", date(2019, 7, 1)),
        ("二○一九年七月一日", date(2019, 7, 1)),  # a circle for 〇, as often typed
        ("2019年七月一日", date(2019, 7, 1)),
        ("２０１９年七月一日", date(2019, 7, 1)),
        ("二〇一九 年 七 月 一 日", date(2019, 7, 1)),
        ("二〇二〇年十月十日", date(2020, 10, 10)),
        ("二〇二〇年十一月二十日", date(2020, 11, 20)),
        ("二〇二〇年十二月三十一日", date(2020, 12, 31)),
        ("二〇二一年二月二十一号", date(2021, 2, 21)),
        ("二零二四年一月十日", D),
        ("二〇一九年七月", MONTH),
        ("二零一九年七月", MONTH),
        ("二〇一九年十三月一日", REJECTED),  # no 13th month
        ("二〇二一年二月三十日", REJECTED),  # February has 28 days in 2021
        ("二〇一九年七月四十日", REJECTED),  # no number a day is
        ("一九年七月一日", REJECTED),  # a year of two digits: which century?
        # 元月 is January as forms write it; 廿 and 卅 are 20 and 30 in a day (廿一日 is the
        # 21st); 正月 is the lunar year's first month, no date of the calendar: refused
        ("2019年元月1日", date(2019, 1, 1)),
        ("二〇一九年元月一日", date(2019, 1, 1)),
        ("2019年元月", MONTH),
        ("2019年1月廿一日", date(2019, 1, 21)),
        ("二〇二〇年二月廿九日", date(2020, 2, 29)),
        ("二〇一九年二月廿九日", REJECTED),  # 2019 is no leap year
        ("2019年3月卅一日", date(2019, 3, 31)),
        ("2019年3月卅日", date(2019, 3, 30)),
        ("2019年正月", REJECTED),
        ("2019年正月初一", REJECTED),
    ],
    # the highest diploma
    "education": [
        ("high school", Education.senior_high),  # as an English speaker says it
        # an id's words typed apart (senior_high, junior_high, senior_technical_school)
        ("senior high", Education.senior_high),
        ("junior high", Education.junior_middle),
        ("junior high school", Education.junior_middle),
        ("senior technical school", Education.senior_technical_school),
        # "degree" after the name, as English speakers often write it (was not recognised)
        ("bachelor degree", Education.bachelor),
        ("Bachelors Degree", Education.bachelor),
        ("master degree", Education.master),
        ("masters degree", Education.master),
        ("associate's degree", Education.associate),
        ("associates degree", Education.associate),
        ("doctoral degree", Education.doctorate),
        ("doctorate degree", Education.doctorate),
        ("本科在读", REJECTED),  # a remark that may change the diploma held: asked, not guessed
        ("大专", Education.associate),
        ("大專", Education.associate),
        ("大专\u200b", Education.associate),  # a zero-width space shows nothing: 大专 as seen
        ("\u2060本\u00ad科", Education.bachelor),
        ("associate", Education.associate),
        ("大学本科", Education.bachelor),
        ("全日制本科", Education.bachelor),
        ("本科", Education.bachelor),
        ("硕士研究生", Education.master),
        ("专科(高职)", Education.associate),
        ("专科（高职）", Education.associate),  # full-width brackets
        ("高中", Education.senior_high),
        ("中专", Education.secondary_vocational),
        ("职业高中", Education.secondary_vocational),  # 职高 written out
        ("職業高中", Education.secondary_vocational),
        ("技工学校", Education.technical_school),
        ("技师学院", Education.technician_college),
        ("初中", Education.junior_middle),
        ("博士", Education.doctorate),
        ("大学", AMBIGUOUS),  # 大专 or 本科?
        # a form's option naming several: each it may be (one where they are one)
        ("高中/中专", AMBIGUOUS),
        ("高中／中专／中技", AMBIGUOUS),
        ("高中或中专", AMBIGUOUS),
        ("专科/高职", Education.associate),
        ("本科/学士", Education.bachelor),
        ("高中/abc", REJECTED),
        ("初中以下", AMBIGUOUS),  # 小学, or 初中 too (以下 may count it)?
        ("小学以下", Education.below_junior),  # no diploma, whichever
        ("博士后", REJECTED),
        ("幼儿园", REJECTED),
        ("专科(本科)", REJECTED),  # the word and its gloss disagree
        # a remark that says nothing more is read; one that may change what is held is not
        ("本科(全日制)", Education.bachelor),
        ("大专(已毕业)", Education.associate),
        ("本科(学士学位)", Education.bachelor),
        ("本科(全日制、统招)", Education.bachelor),
        ("大专(大学专科)", Education.associate),
        ("bachelor (full-time)", Education.bachelor),
        ("本科（最高学历）", Education.bachelor),
        ("大专(在读)", REJECTED),  # not yet held: the 应届 column / --graduating says so
        ("大专（未毕业）", REJECTED),
        ("本科(肄业)", REJECTED),  # left without the diploma
        ("大专(第一学历)", REJECTED),  # perhaps not the highest
        # the school's list before the diploma (985本科) says nothing more of it (was "无法识别")
        ("985本科", Education.bachelor),
        ("211本科", Education.bachelor),
        ("双一流本科", Education.bachelor),
        ("统招本科", Education.bachelor),
        ("本科(985)", Education.bachelor),
        ("985", REJECTED),
        # received in a past year: the diploma (the year says nothing more of it)
        ("本科 2015年毕业", Education.bachelor),
        ("2015年本科毕业", Education.bachelor),
        ("大专2018毕业", Education.associate),
        ("初中毕业", Education.junior_middle),
        ("2015年毕业", REJECTED),  # of what?
        ("本科 2999年毕业", REJECTED),  # still to come: not yet held
        # 专升本: the 本科 after a 大专; said received it is the 本科, alone it may be the 大专
        # held while studying for the 本科
        ("专升本", AMBIGUOUS),
        ("专升本毕业", Education.bachelor),
        ("专升本学历", Education.bachelor),
        ("专升本在读", REJECTED),
    ],
    # the relevance of the diploma's major (a yes/no column reads as related / unrelated)
    "major": [
        ("本专业", Major.same),
        ("相关专业", Major.related),
        ("相关", Major.related),
        ("相关\u200d", Major.related),
        ("不相关", Major.unrelated),
        ("对口", Major.same),
        ("不对口", Major.unrelated),
        ("是", Major.related),
        ("否", Major.unrelated),
        ("TRUE", Major.related),  # a logical cell (a checkbox), as Excel shows it
        ("FALSE", Major.unrelated),
        ("related", Major.related),
        # the word with 的, as it is said (相关的 was refused at the question)
        ("相关的", Major.related),
        ("不相关的", Major.unrelated),
        ("本专业的", Major.same),
        ("的", REJECTED),
        ("市场营销", REJECTED),  # a major's name, not its relevance
        ("新闻学", REJECTED),
    ],
}

TABLE["title"] = [
    # LEVEL[:DATE][:corresponding]; the question's own example parts them by spaces
    ("初级", (values.TitleLevel.junior, None, None)),
    ("初级:2020-06-01:对应", (values.TitleLevel.junior, date(2020, 6, 1), True)),
    ("初级 2020-06-01 对应", (values.TitleLevel.junior, date(2020, 6, 1), True)),
    # 否 or no last says whether it corresponds, not that there is none (as 四级 无 does)
    ("中级:否", (values.TitleLevel.intermediate, None, False)),
    ("中级 2020-06-01 no", (values.TitleLevel.intermediate, date(2020, 6, 1), False)),
    ("初级 二〇二〇年六月一日 对应", (values.TitleLevel.junior, date(2020, 6, 1), True)),
    ("初级 2020年6月1日 对应", (values.TitleLevel.junior, date(2020, 6, 1), True)),
    ("中级 2020/6/1 不对应", (values.TitleLevel.intermediate, date(2020, 6, 1), False)),
    ("中级/2020-06-01", (values.TitleLevel.intermediate, date(2020, 6, 1), None)),
    ("高级2020年6月1日对应", (values.TitleLevel.senior, date(2020, 6, 1), True)),
    ("初级 对应", (values.TitleLevel.junior, None, True)),
    ("中级 2020-06-01", (values.TitleLevel.intermediate, date(2020, 6, 1), None)),
    ("初级 2020-06-01 专业对口", (values.TitleLevel.junior, date(2020, 6, 1), True)),
    ("中级 2020-06-01 不对口", (values.TitleLevel.intermediate, date(2020, 6, 1), False)),
    ("初级 2020 年 6 月 1 日", (values.TitleLevel.junior, date(2020, 6, 1), None)),
    ("中级，2021年3月1日，不对应", (values.TitleLevel.intermediate, date(2021, 3, 1), False)),
    ("初级 2020-06-01 專業不對口", (values.TitleLevel.junior, date(2020, 6, 1), False)),
    ("初级 2020-06-01 not corresponding", (values.TitleLevel.junior, date(2020, 6, 1), False)),
    # written date first, as a certificate may be (were refused quoting the date alone)
    ("2020-06-01 中级", (values.TitleLevel.intermediate, date(2020, 6, 1), None)),
    ("2020.6.1，中级", (values.TitleLevel.intermediate, date(2020, 6, 1), None)),
    ("2020年6月1日取得中级", (values.TitleLevel.intermediate, date(2020, 6, 1), None)),
    ("2020-06-01 初级 对应", (values.TitleLevel.junior, date(2020, 6, 1), True)),
    ("2020-06-01 会计", REJECTED),
    ("特级", REJECTED),
    ("初级 2020-06-01 也许", REJECTED),
    # the engineering series' titles, by name: 助理级 (初级), 中级, 副高级 and 正高级 (高级)
    # (were refused as not recognised)
    ("工程师", (values.TitleLevel.intermediate, None, None)),
    ("助理工程师", (values.TitleLevel.junior, None, None)),
    ("高级工程师", (values.TitleLevel.senior, None, None)),
    ("正高级工程师", (values.TitleLevel.senior, None, None)),
    ("工程师 2020-06-01 对应", (values.TitleLevel.intermediate, date(2020, 6, 1), True)),
    ("中级职称", (values.TitleLevel.intermediate, None, None)),
    ("副高", (values.TitleLevel.senior, None, None)),
    # 高工: 高级工程师, or 高级工 (三级); a skill level; another series' title by name
    ("高工", AMBIGUOUS),
    ("技师", REJECTED),
    ("经济师", REJECTED),
    ("技术员", REJECTED),
    # another series' title with its level typed before the series' name: that level
    ("中级会计师", (values.TitleLevel.intermediate, None, None)),
    ("高级经济师", (values.TitleLevel.senior, None, None)),
    ("助理统计师", (values.TitleLevel.junior, None, None)),
    ("副高级记者", (values.TitleLevel.senior, None, None)),
    ("中級會計師 2020-06-01", (values.TitleLevel.intermediate, date(2020, 6, 1), None)),
    ("高级软件工程师", REJECTED),  # a job's name, not a series'
    ("一级教师", REJECTED),  # a teachers' 一级 is 中级: its level asked for
]

TABLE["bool"] = [
    # yes/no answers (经评估论证, another diploma?), as people answer them
    ("是", True),
    ("否", False),
    ("没有", False),
    ("没", False),
    ("不是的", False),
    ("对的", True),
    ("TRUE", True),  # an .xlsx logical cell, as Excel shows it
    ("也许", REJECTED),
    # the words for a final-year student answer that question only, no other
    ("应届", REJECTED),
    ("已毕业", REJECTED),
]

TABLE["graduating"] = [
    # whether a final-year student (在校应届毕业生): yes/no, or the words a clerk writes
    ("是", True),
    ("否", False),
    ("应届", True),
    ("應屆", True),
    ("在读", True),
    ("应届生", True),
    ("应届毕业生", True),
    ("往届", False),
    ("已毕业", False),
    ("非应届", False),
    ("毕业", False),  # graduated: the diploma is held
    ("也许", REJECTED),
    ("肄业", REJECTED),  # left without the diploma: neither
]

TABLE["period"] = [
    # a period of work: START..END (END the last day worked), or as Chinese forms write it
    ("2020-01-01..2021-06-30", (date(2020, 1, 1), date(2021, 6, 30))),
    ("2023-03-01..", (date(2023, 3, 1), None)),  # still going on
    ("2020-01-01至2021-06-30", (date(2020, 1, 1), date(2021, 6, 30))),
    ("2020年1月1日到2021年6月30日", (date(2020, 1, 1), date(2021, 6, 30))),
    ("2020-01-01~2021-06-30", (date(2020, 1, 1), date(2021, 6, 30))),
    ("2020-01-01 — 2021-06-30", (date(2020, 1, 1), date(2021, 6, 30))),
    # the dash a Chinese input method types is doubled (it was refused: "“—2021.6.30” 不是有效日期")
    ("2020.1.1——2021.6.30", (date(2020, 1, 1), date(2021, 6, 30))),
    ("2023年3月1日——至今", (date(2023, 3, 1), None)),
    ("2020-01-01~~2021-06-30", (date(2020, 1, 1), date(2021, 6, 30))),
    ("2020-01-01 - 2021-06-30", (date(2020, 1, 1), date(2021, 6, 30))),
    ("2020.1.1-2021.6.30", (date(2020, 1, 1), date(2021, 6, 30))),  # the one hyphen parts
    ("2020-01-01-2021-06-30", (date(2020, 1, 1), date(2021, 6, 30))),  # one hyphen leaves two
    ("2023-03-01至今", (date(2023, 3, 1), None)),
    ("2023.3.1-至今", (date(2023, 3, 1), None)),
    ("2023-03-01..现在", (date(2023, 3, 1), None)),
    # in English, and with the dots or ellipsis a phone or a word processor types
    ("2020-01-01 to 2021-06-30", (date(2020, 1, 1), date(2021, 6, 30))),
    ("2023-03-01 to present", (date(2023, 3, 1), None)),
    ("2020-01-01...2021-06-30", (date(2020, 1, 1), date(2021, 6, 30))),
    ("2020-01-01…2021-06-30", (date(2020, 1, 1), date(2021, 6, 30))),
    ("2020-01-01 to", REJECTED),  # an end left out after "to": not a period going on
    ("2020-01-01", REJECTED),  # a day, no period
    ("..2021-06-30", REJECTED),  # no start
    # the hyphen typed twice, and "now" after the one hyphen, as 至今 is read there (both
    # were refused: "不是有效时段")
    ("2020.1.1--2021.6.30", (date(2020, 1, 1), date(2021, 6, 30))),
    ("2020-01-01--2021-06-30", (date(2020, 1, 1), date(2021, 6, 30))),
    ("2023-03-01-现在", (date(2023, 3, 1), None)),
    ("2023.3.1-今", (date(2023, 3, 1), None)),
    ("2020-01-01--", REJECTED),
    ("2020-01-01-", REJECTED),  # a hyphen after a date: a period? refused, not guessed
    ("2020-01-01至", REJECTED),  # an end left blank: still going on is 至今 (or START..)
    ("2020-01-01 到", REJECTED),
    ("2020-01-01~", REJECTED),
    ("2023-03-01迄今", (date(2023, 3, 1), None)),
    ("二〇二〇年一月一日至二〇二一年六月三十日", (date(2020, 1, 1), date(2021, 6, 30))),
    ("二〇二三年三月一日至今", (date(2023, 3, 1), None)),
    ("2020.7-2022.6", MONTH),  # months without their days
]

#: The parser each row of the table is read with.
PARSERS: dict[str, Callable[[str, str], Any]] = {
    "years": values.parse_years,
    "level": values.parse_level,
    "certificate_level": values.parse_certificate_level,
    "training": values.parse_training,
    "certificate": values.split_certificate,
    "date": values.parse_date,
    "education": values.parse_education,
    "major": values.parse_major,
    "title": values.split_title,
    "bool": values.parse_bool,
    "graduating": values.parse_graduating,
    "period": values.split_period,
}

#: Every case of the table, flattened: (parser, text, expected).
CASES: list[tuple[str, str, Any]] = [
    (parser, text, expected) for parser, rows in TABLE.items() for text, expected in rows
]
#: The cases a spreadsheet cell of ``mediaops batch`` must read alike (every parser here is
#: the reader of some column: see tests/test_batch_sheets.py).
CELL_CASES: list[tuple[str, str, Any]] = CASES


def cases(parser: str) -> list[tuple[str, Any]]:
    """The (text, expected) rows of one parser (for the questionnaire's typed answers)."""
    return list(TABLE[parser])


def case_id(case: tuple[str, str, Any]) -> str:
    """A readable test id: ``years-三年``."""
    return f"{case[0]}-{case[1]}"


@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_typed_value(case: tuple[str, str, Any]) -> None:
    """Each typed text reads as the value worked out by hand, or is refused naming field and value."""
    parser, text, expected = case
    parse = PARSERS[parser]
    if isinstance(expected, Outcome):
        with pytest.raises(InputError) as caught:
            parse(text, "字段X")
        message = caught.value.msg.format("zh")
        assert "字段X" in message
        # the value shown is the text, or (a certificate) the part of it that cannot be read
        parts = [text.strip()] if parser != "certificate" else re.split(r"[:：\s()（）]+", text)
        assert [p for p in parts if p and p in message]
        assert ("err.ambiguous" == caught.value.msg.key) == (expected is AMBIGUOUS)
    else:
        assert expected == parse(text, "字段X")


def test_a_certificate_levels_english_name_given_as_a_title_is_quoted_as_typed() -> None:
    """`--title "senior technician"` (a certificate's level, not a title) is refused quoting
    the words as typed, not run together."""
    with pytest.raises(InputError) as caught:
        values.split_title("senior technician", "职称")
    assert "“senior technician”" in caught.value.msg.format("en")


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        ("四级 7/1/2019", "7/1/2019"),
        ("level 4 1/10/2024", "1/10/2024"),
        ("三级 1/2/2020", "1/2/2020"),
    ],
)
def test_a_date_written_month_first_is_quoted_as_typed(text: str, date_text: str) -> None:
    """A certificate's date with its year last (refused: the order of day and month is not
    known) is quoted as typed; its last slash was taken for the one between a level and its
    date (“7/1 2019”)."""
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    for lang in ("zh", "en"):
        assert f"“{date_text}”" in caught.value.msg.format(lang)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("2019.7", (date(2019, 7, 1), date(2019, 7, 31))),
        ("2019-07", (date(2019, 7, 1), date(2019, 7, 31))),
        ("2019/7", (date(2019, 7, 1), date(2019, 7, 31))),
        ("2019年7月", (date(2019, 7, 1), date(2019, 7, 31))),
        ("2019年元月", (date(2019, 1, 1), date(2019, 1, 31))),  # 元月: January
        ("2019 年 7 月份", (date(2019, 7, 1), date(2019, 7, 31))),
        ("２０２４．２", (date(2024, 2, 1), date(2024, 2, 29))),  # full width; a leap year
        ("2023.2", (date(2023, 2, 1), date(2023, 2, 28))),
        ("2024.12", (date(2024, 12, 1), date(2024, 12, 31))),
        ("201907", (date(2019, 7, 1), date(2019, 7, 31))),  # as HR systems write it
        ("二〇一九年七月", (date(2019, 7, 1), date(2019, 7, 31))),  # in Chinese numerals
        ("二零二四年二月", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2024年十二月", (date(2024, 12, 1), date(2024, 12, 31))),
        ("二〇二四年十三月", None),
        ("202413", None),
        ("2024.13", None),
        ("2024.0", None),
        ("2024-01-10", None),  # a day: a date, not a month
        ("2024", None),
        ("1899.12", None),  # before the earliest date read
    ],
)
def test_month_only(text: str, days: tuple[date, date] | None) -> None:
    """A month written without its day is its first and last day; anything else is not."""
    assert days == values.month_only(text)


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        ("高中/中专", (Education.senior_high, Education.secondary_vocational)),
        ("中专/技校", (Education.secondary_vocational, Education.technical_school)),
        ("大专/本科", (Education.associate, Education.bachelor)),
        ("初中/小学", (Education.below_junior, Education.junior_middle)),
    ],
)
def test_a_forms_option_of_several_diplomas_is_each(
    text: str, choices: tuple[Education, ...]
) -> None:
    """高中/中专, as an application form's option is written, was not read; it is one of
    them, lowest first (as 大学 is 大专 or 本科)."""
    assert choices == values.education_choices(text)


def test_ambiguous_education_names_both_choices() -> None:
    """``大学`` is refused with a message naming both diplomas it could be (大专 and 本科)."""
    with pytest.raises(InputError) as caught:
        values.parse_education("大学", "学历")
    assert isinstance(values.education_choices("大学"), tuple)
    assert {Education.associate, Education.bachelor} == set(values.education_choices("大学"))
    message = caught.value.msg.format("zh")
    assert "大专" in message
    assert "本科" in message


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ambiguous_level_names_both_choices(lang: str) -> None:
    """``高级`` (a certificate, a training, a level) is refused with a message naming both
    levels it could be: 三级/高级工 and 一级/高级技师, in either language."""
    for parse in (values.parse_level, values.parse_certificate_level, values.parse_training):
        with pytest.raises(InputError) as caught:
            parse("高级", "等级")
        message = caught.value.msg.format(lang)
        assert ("三级/高级工" in message, "一级/高级技师" in message) == (True, True)
        assert "四级" not in message


@pytest.mark.parametrize(
    ("lang", "examples"), [("zh", r"如 (.+)。$"), ("en", r"e\.g\. (.+)\.$")], ids=["zh", "en"]
)
def test_the_years_error_gives_examples_in_its_language_that_are_read(
    lang: str, examples: str
) -> None:
    """The message refusing a number of years gives examples in its own language, each of
    them read as years."""
    with pytest.raises(InputError) as caught:
        values.parse_years("很多年", "字段X")
    message = caught.value.msg.format(lang)
    found = re.search(examples, message)
    assert found is not None, message
    given = re.split(r"、|, ", found[1])
    assert len(given) >= 3
    for example in given:
        values.parse_years(example)  # read, not refused
    if lang == "en":  # in English words: no Chinese in the examples
        assert not re.search(r"[\u4e00-\u9fff]", found[1]), found[1]


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("2020年5月", True),
        ("2020.5", True),
        ("2019年", True),
        ("2020", True),
        ("2020-05-01", True),
        ("20200501", True),
        (2020, True),  # a JSON number
        ("1899", False),  # no year this tool reads: out of range
        ("200", False),
        ("2020年5个月", False),  # years and months, said so: out of range
        ("81", False),
    ],
)
def test_a_year_or_a_date_given_as_years_is_said_to_look_like_one(
    text: object, dated: bool
) -> None:
    """A year from 1900 on, a month or a day typed as a number of years is refused saying
    it looks like a date and asking for the years, in both languages; a number too big
    that is no year is refused as out of range (0–80)."""
    with pytest.raises(InputError) as caught:
        values.parse_years(text, "字段X")
    key = caught.value.msg.key
    assert ("err.years_date" if dated else "err.number_range") == key
    for lang in ("zh", "en"):
        message = caught.value.msg.format(lang)
        assert "--" not in message  # no flag named where none was typed
        assert ("80" in message) == (not dated)


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("三年多", True),  # three years and some: the some may decide (the years after a
        ("3年以上", True),  # certificate are capped by the experience)
        ("约3年", True),
        ("刚满两年", True),  # as said aloud: at least two, almost three
        ("快三年了", True),
        ("差不多三年", True),
        ("三年左右了", True),
        ("3年左右", True),
        ("不到1年", True),
        ("两年多", True),
        ("半年多", True),
        ("十几年", True),
        ("3+", True),
        ("over 3 years", True),
        ("about 2 years", True),
        # a bound written with a sign, a 个 before 多, or after the years: said so too (they
        # were told to write a number, as if none had been typed)
        ("≥3", True),
        (">3年", True),
        ("大于3年", True),
        ("3个多月", True),
        ("3年以内", True),
        ("3 years or more", True),
        # as forms write a bound (及以上), a lower bound first (至少), a half before 以上, a
        # Chinese numeral before 余, a tilde for "about", a range: they were told to write a
        # number, as if none had been typed
        ("3年及以上", True),
        ("3年或以上", True),
        ("至少3年", True),
        ("1年半以上", True),
        ("十余年", True),
        ("~3", True),
        ("3-5年", True),
        ("2至3年", True),
        ("3年到5年", True),  # a unit on each end of the range
        ("3 to 5 years", True),
        (">=3", True),
        ("3 yrs+", True),
        ("不少于三年", True),
        ("两年半到三年", True),
        ("很多年", False),  # no number: the usual refusal, with its examples
        ("abc+", False),
        ("abc", False),
    ],
)
def test_years_given_as_a_bound_or_a_guess_are_said_to_be_one(text: str, approximate: bool) -> None:
    """三年多, 3年以上, 约3年 (as a candidate answers, as a clerk fills in a cell) were refused
    with "not a number of years, e.g. 3, 3.5, 三年", as if no number had been typed: they
    are refused saying that they are a bound or a guess and a verdict may turn on the
    exact years, in both languages. Not read as their number: 3年以上 read as 3 caps the
    years after a certificate at 3 and can make a level not eligible that more years make
    eligible."""
    with pytest.raises(InputError) as caught:
        values.parse_years(text, "字段X")
    assert ("err.years_approximate" if approximate else "err.number") == caught.value.msg.key
    if approximate:
        assert "只是大概的年数" in caught.value.msg.format("zh")
        assert "a bound or a guess" in caught.value.msg.format("en")


@pytest.mark.parametrize("text", ["3.5年半", "2.5年6个月", "0.5年半", "1.5 and a half years"])
def test_a_decimal_with_a_half_or_months_after_it_is_refused(text: str) -> None:
    """``3.5年半`` was read as 4 years (3.5 and a half) and ``2.5年6个月`` as 3: a decimal's
    fraction already is the half or the months, so which was meant is not known (and 4
    years meets 4-1 where 3.5 does not decide more). Refused as no number of years."""
    with pytest.raises(InputError) as caught:
        values.parse_years(text, "字段X")
    assert "err.number" == caught.value.msg.key


@pytest.mark.parametrize(
    "text",
    [
        "2020-2023",
        "2020.1-2023.6",
        "2020-01-01..2023-01-01",
        "四级 2024-01-10",
        "3年 2024-01-10",
        # a period up to now, as a clerk writes the start of work
        "2019.7-至今",
        "2019年7月至今",
    ],
)
def test_years_typed_with_a_year_in_them_are_said_to_look_like_dates(text: str) -> None:
    """A period (``2020-2023``) or a certificate with its date (``四级 2024-01-10``, typed at
    the question on the years since it) given as years was refused as "a bound or a guess
    (多, 以上, 约)", its dashes read as a range of years: it is said to look like a year or
    a date, the refusal that points to ``--work`` or ``--cert`` where a flag was typed."""
    with pytest.raises(InputError) as caught:
        values.parse_years(text, "字段X")
    assert "err.years_date" == caught.value.msg.key
    assert "像是年份或日期" in caught.value.msg.format("zh")


def test_years_are_exact_for_months() -> None:
    """Months are twelfths of a year, not rounded: 3年6个月 is exactly 3.5, 18个月 exactly 1.5."""
    assert 3 + 6 / 12 == values.parse_years("3年6个月")
    assert 18 / 12 == values.parse_years("18个月")
    assert 2 + 3 / 12 == values.parse_years("两年3个月")


def test_every_parser_has_accepted_and_refused_cases() -> None:
    """The table covers, for every parser, at least one value read and one refused."""
    for parser, rows in TABLE.items():
        read = [t for t, e in rows if not isinstance(e, Outcome)]
        refused = [t for t, e in rows if isinstance(e, Outcome)]
        assert (parser, True, True) == (parser, bool(read), bool(refused))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("四级;三级", ["四级", "三级"]),
        ("4,3", ["4", "3"]),
        # 都有 after the last: each is held (the whole was refused)
        ("四级和三级都有", ["四级", "三级"]),
        ("四级、三级都有", ["四级", "三级"]),
        ("四级 2024-01-10, 三级 2025-01-01", ["四级 2024-01-10", "三级 2025-01-01"]),
        # a date, or whether a title corresponds, parted from its item by a comma or 、
        ("四级,2025年5月20日", ["四级 2025年5月20日"]),
        ("四级证书，2024-1-10", ["四级证书 2024-1-10"]),
        ("四级、2024-01-10、三级", ["四级 2024-01-10", "三级"]),
        ("中级，2021年3月1日，不对应", ["中级 2021年3月1日 不对应"]),
        ("初级，对应；中级", ["初级 对应", "中级"]),
        # typed one after another without a comma: a level after a date starts another item
        ("四级 2024-01-10 三级 2025-01-01", ["四级 2024-01-10", "三级 2025-01-01"]),
        # each date before its level, as the first is: parted before each later date
        ("2019-01-01 四级 2020-01-01 三级", ["2019-01-01 四级", "2020-01-01 三级"]),
        ("2019-01-01四级2020-01-01三级", ["2019-01-01四级", "2020-01-01三级"]),
        (
            "2019年1月1日取得四级 2020年1月1日取得三级",
            ["2019年1月1日取得四级", "2020年1月1日取得三级"],
        ),
        ("2019-01-01 四级 2020-01-01", ["2019-01-01 四级 2020-01-01"]),  # whose date? refused
        # a date, a comma and a level, nothing else: one certificate, its date first
        ("2020.1.1，三级", ["2020.1.1 三级"]),
        ("2020-01-01、三级", ["2020-01-01 三级"]),
        ("2020.1.1,3", ["2020.1.1", "3"]),  # a bare 3 may be no level: not joined
        ("2020.1.1，三级，四级", ["2020.1.1", "三级", "四级"]),  # something else: not joined
        # date first after a comma, after one dated already: its own, not a second date
        ("2019-01-01 四级，2020-01-01 三级", ["2019-01-01 四级", "2020-01-01 三级"]),
        ("四级 2019-01-01；2020/1/1 三级", ["四级 2019-01-01", "2020/1/1 三级"]),
        ("四级2024-01-10三级2025-01-01", ["四级2024-01-10", "三级2025-01-01"]),
        ("四级(2024.1.10) 三级(2025.1.1)", ["四级(2024.1.10)", "三级(2025.1.1)"]),
        ("中级 2021年3月1日 高级 2024年1月1日", ["中级 2021年3月1日", "高级 2024年1月1日"]),
        ("四级 2024/1/10 0:00", ["四级 2024/1/10 0:00"]),  # a time of day belongs to its date
        ("初级 2020-06-01 对应", ["初级 2020-06-01 对应"]),  # 对应 is no level
        # a date written before a level may be that level's: not parted, so refused whole
        ("三级、2019-01-01 四级", ["三级 2019-01-01 四级"]),
        # a bare number is no level said so (years after it? a 三级?): not split, so refused
        ("四级 2024-01-10 3", ["四级 2024-01-10 3"]),
        ("无", []),
        # a full stop closing the list, as a sentence typed with a Chinese input method ends
        ("四级,三级。", ["四级", "三级"]),
        ("四级。", ["四级"]),
        ("四级 2024-01-10。", ["四级 2024-01-10"]),
        ("无。", []),
        # levels joined by a word for "and"
        ("四级和三级", ["四级", "三级"]),
        ("四级、三级", ["四级", "三级"]),
        ("四级 及 三级", ["四级", "三级"]),
        ("四级与三级", ["四级", "三级"]),
        ("四级以及三级", ["四级", "三级"]),
        ("四级和三级和二级", ["四级", "三级", "二级"]),
        ("L4 and L3", ["L4", "L3"]),
        ("四级 2024-01-10 和 三级 2025-01-01", ["四级 2024-01-10", "三级 2025-01-01"]),
        ("初级与中级", ["初级", "中级"]),
        ("四级及以上", ["四级及以上"]),  # 以上 is no level: refused whole, not split
        # dates in Chinese numerals, read as the digits are
        (
            "四级 二〇一九年七月一日 三级 二〇二〇年七月一日",
            ["四级 二〇一九年七月一日", "三级 二〇二〇年七月一日"],
        ),
        (
            "四级二〇一九年七月一日三级二〇二〇年七月一日",
            ["四级二〇一九年七月一日", "三级二〇二〇年七月一日"],
        ),
        # a month or a year without its day ends an item too (each then read as a month)
        ("四级 2019.07 三级 2020.01", ["四级 2019.07", "三级 2020.01"]),
        ("四级(2019.07) 三级(2020.01)", ["四级(2019.07)", "三级(2020.01)"]),
        # a year or six digits in brackets glued to the level (四级(2019), read alone as a
        # year): the next level starts another item, as after 四级(2019.07)
        ("四级(2019)三级(2020)", ["四级(2019)", "三级(2020)"]),
        ("四级（201907）三级（202001）", ["四级(201907)", "三级(202001)"]),
        ("四级(2019)三级(2020)二级(2025)", ["四级(2019)", "三级(2020)", "二级(2025)"]),
        # a month or a year in Chinese numerals (四级 二〇一九年七月, read alone as a month)
        ("四级 二〇一九年七月 三级 二〇二〇年一月", ["四级 二〇一九年七月", "三级 二〇二〇年一月"]),
        ("四级二〇一九年三级二〇二〇年", ["四级二〇一九年", "三级二〇二〇年"]),
        ("四级 二〇一九年十二月 三级 2020.01", ["四级 二〇一九年十二月", "三级 2020.01"]),
        # a level's number after a month is no day of it (7月 3级: no 3 July)
        ("四级 2019年7月 3级 2020年1月", ["四级 2019年7月", "3级 2020年1月"]),
        ("四级 二〇一九年七月三日三级", ["四级 二〇一九年七月三日", "三级"]),
        ("四级 2019/7 三级 2020/1", ["四级 2019/7", "三级 2020/1"]),
        ("四级 201907 三级 202001", ["四级 201907", "三级 202001"]),
        ("四级 2019年7月 三级 2020年1月", ["四级 2019年7月", "三级 2020年1月"]),
        ("四级2019年7月三级2020年1月", ["四级2019年7月", "三级2020年1月"]),
        ("四级 2019 三级 2020", ["四级 2019", "三级 2020"]),
        ("四级 2019年 三级 2020年", ["四级 2019年", "三级 2020年"]),
        ("中级 2021.3 高级 2024.1", ["中级 2021.3", "高级 2024.1"]),
        # a season is no month: not parted there, so refused whole
        ("三级 2019年秋 四级 2017-01-01", ["三级 2019年秋 四级 2017-01-01"]),
        # a whole date is still one date, not a month and a day
        ("四级 2019.07.01 三级 2020.01.01", ["四级 2019.07.01", "三级 2020.01.01"]),
        # 元月 (January), 廿 and 卅 (20, 30) in a day, and a year in digits before a month in
        # Chinese numerals, as a date alone reads them: the next level starts another item
        ("四级 2019年元月廿一日 三级 2020年元月", ["四级 2019年元月廿一日", "三级 2020年元月"]),
        ("四级2019年元月三级2020年元月", ["四级2019年元月", "三级2020年元月"]),
        ("四级 2019年七月一日 三级 2020年一月", ["四级 2019年七月一日", "三级 2020年一月"]),
        ("四级 2019年1月廿一日 三级 2020年1月", ["四级 2019年1月廿一日", "三级 2020年1月"]),
        ("四级 2019年十二月 三级 2020年1月", ["四级 2019年十二月", "三级 2020年1月"]),
        (
            "四级 二〇一九年元月卅一日 三级 二〇二〇年元月",
            ["四级 二〇一九年元月卅一日", "三级 二〇二〇年元月"],
        ),
    ],
)
def test_a_list_of_certificates_or_titles_keeps_each_item_whole(
    text: str, items: list[str]
) -> None:
    """The items of a typed list of certificates or titles, worked out by hand: a comma or 、
    before a date or a correspondence word does not start another item; a level right after
    a date does."""
    assert items == values.split_dated(text)


@pytest.mark.parametrize(
    ("parse", "text", "apart"),
    [
        (values.parse_training, "四级 三级", True),
        (values.parse_training, "四级培训 三级培训", True),
        (values.split_certificate, "四级 三级", True),
        (values.split_certificate, "四级证书 三级证书", True),
        # one level with a date, or words that are no two levels: the usual message
        (values.split_certificate, "四级 2024-13-01", False),
        (values.split_certificate, "高级 技师", False),  # 高级 alone: 三级 or 一级?
        (values.parse_training, "四级 正规", False),
    ],
)
def test_levels_with_only_spaces_between_are_refused_saying_how_to_part_them(
    parse: Any, text: str, apart: bool
) -> None:
    """``四级 三级`` was refused as one level not recognised, or, as a certificate, as
    “三级” being no valid date: the refusal says the levels are to be parted with a 、 or a
    comma. They are not parted for the user: ``高级 技师`` would read as two levels."""
    with pytest.raises(InputError) as caught:
        parse(text, "字段X")
    assert apart == (caught.value.msg.key == "err.levels_apart")
    if apart:
        assert "四级、三级" in caught.value.msg.format("zh")


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("四级培训和三级培训", ["四级培训", "三级培训"]),
        ("四级与三级", ["四级", "三级"]),
        ("4 and 3", ["4", "3"]),
        # a word for "and" that no level follows is part of the item
        ("小学及以下", ["小学及以下"]),
        ("本科和硕士", ["本科和硕士"]),
        ("四级和", ["四级和"]),
    ],
)
def test_a_list_parts_at_a_word_for_and_only_before_a_level(text: str, items: list[str]) -> None:
    """A typed list (trainings, a sheet's cell) parts at 和, 与, 及, 以及 or "and" where a
    level follows it, and nowhere else: items worked out by hand."""
    assert items == values.split_list(text)


@pytest.mark.parametrize(
    ("text", "graduating"),
    [
        ("大专:在读", True),
        ("大专:应届", True),
        ("大专:往届", False),
        ("大专:已毕业", False),
        ("大专:相关", None),  # not said
    ],
)
def test_a_diploma_part_says_whether_still_studied_for(text: str, graduating: bool | None) -> None:
    """After a diploma's type (``--diploma``, a 学历 cell's parts), 在读 / 应届 say it is still
    studied for, 往届 / 已毕业 that it is held, as an 应届 column does."""
    assert graduating == values.split_diploma(text, "字段X").get("graduating")


def test_a_yes_is_not_a_diploma_part() -> None:
    """是 after a diploma's type says nothing of which fact: refused."""
    with pytest.raises(InputError):
        values.split_diploma("大专:是", "字段X")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("大专:相关:不相关", "相关", "不相关"),
        ("大专:不相关:related", "不相关", "related"),
        ("大专:在读:已毕业", "在读", "已毕业"),
        ("技师学院:预备技师班:高级工班", "预备技师班", "高级工班"),
        ("大专:经评估论证:未评估", "经评估论证", "未评估"),
    ],
)
def test_a_diploma_part_given_twice_two_ways_is_refused(text: str, first: str, second: str) -> None:
    """``大专:相关:不相关`` was read as its last part (unrelated), ``大专:不相关:相关`` as
    related: the order decided 3-2. Two parts saying two things of one fact are refused,
    naming both, in both languages."""
    with pytest.raises(InputError) as caught:
        values.split_diploma(text, "字段X")
    for lang in ("zh", "en"):
        message = caught.value.msg.format(lang)
        assert f"“{first}”" in message
        assert f"“{second}”" in message


def test_a_diploma_part_given_twice_alike_is_read() -> None:
    """The same part twice (``相关`` and ``related``) says one thing: read."""
    assert "related" == values.split_diploma("大专:相关:related", "字段X")["major"]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # 四级 typed in UTF-8, decoded by Python as ASCII (LC_ALL=C, PYTHONUTF8=0)
        ("\udce5\udc9b\udc9b\udce7\udcba\udca7", "四级"),
        ("\udce5\udc9b\udc9b\udce7\udcba\udca7:2024-01-10", "四级:2024-01-10"),
        ("四级", "四级"),
        ("\udcff", "\udcff"),  # no UTF-8: left as it is, to be refused
    ],
)
def test_an_argument_decoded_as_ascii_is_read_as_the_utf8_typed(text: str, folded: str) -> None:
    """A command-line argument Python decoded as ASCII is read as the UTF-8 it was typed in."""
    assert folded == values.fold(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a start month as its last day, an end month as its first: the fewest months
        ("2020.1-2021.6", (date(2020, 1, 31), date(2021, 6, 1))),
        ("2020年1月-2021年6月", (date(2020, 1, 31), date(2021, 6, 1))),
        ("202001-202106", (date(2020, 1, 31), date(2021, 6, 1))),
        ("2020-01-2021-06", (date(2020, 1, 31), date(2021, 6, 1))),  # the one hyphen parts
        ("2020.2至今", (date(2020, 2, 29), None)),
        ("2020.1.15-2021.6", (date(2020, 1, 15), date(2021, 6, 1))),  # a day stays that day
        ("2021.6-2021.6", (date(2021, 6, 30), date(2021, 6, 30))),  # one month: a day of it
        ("2021.6.10-2021.6", (date(2021, 6, 10), date(2021, 6, 10))),
    ],
)
def test_a_period_read_from_months(text: str, expected: tuple[date, date | None]) -> None:
    """split_period(months=True) reads a month without its day so as never to count more
    complete months than were worked; without it, such a period is refused."""
    assert expected == values.split_period(text, months=True)
    with pytest.raises(InputError):
        values.split_period(text)


def test_a_period_read_from_months_that_ends_before_it_starts() -> None:
    """2021.6-2020.1 is refused as an end before its start, months or not; days are read
    as days."""
    with pytest.raises(ContradictionError):
        values.split_period("2021.6-2020.1", months=True)
    expected = (date(2020, 1, 1), date(2021, 6, 30))
    assert expected == values.split_period("2020-01-01..2021-06-30", months=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("四级 2019年夏", (4, "2019年夏")),
        ("四级（约2019年）", (4, "约2019年")),
        ("三级证书 二〇一九年", (3, "二〇一九年")),
        ("全媒体运营师四级 2019年秋", (4, "2019年秋")),
        ("四级 有", None),  # nothing like a date after the level: not a date left unread
        ("四级以上", None),
        ("五级 2019年夏", None),  # no level of this occupation
        ("非四级", None),
        # another level after it: not a date to be lost (the cell is refused whole)
        ("四级（三级在考）", None),
        ("三级 2019年秋 四级 2017-01-01", None),
    ],
)
def test_a_certificate_whose_date_alone_does_not_read(
    text: str, expected: tuple[int, str] | None
) -> None:
    """A certificate whose level reads but whose date does not: the level, and the date as
    written (to be said); nothing where the level does not read or no date was meant."""
    assert expected == values.certificate_without_date(text, "证书")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019", (date(2019, 1, 1), date(2019, 12, 31))),
        ("2019年", (date(2019, 1, 1), date(2019, 12, 31))),
        ("2019 年度", (date(2019, 1, 1), date(2019, 12, 31))),
        ("二〇一九年", (date(2019, 1, 1), date(2019, 12, 31))),
        ("二零二四年", (date(2024, 1, 1), date(2024, 12, 31))),
        ("一九年", None),  # two digits: which century is a guess
        ("1899", None),  # before the dates this tool reads
        ("2019.7", None),  # a month: month_only's
        ("20190", None),
    ],
)
def test_a_year_written_alone(text: str, expected: tuple[date, date] | None) -> None:
    """A year alone is its first and last day (a date column screens on both)."""
    assert expected == values.year_only(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2022.10 typed into Excel is the number 2022.1: January or October
        ("2022.1", (date(2022, 1, 1), date(2022, 10, 31))),
        ("２０２２．１", (date(2022, 1, 1), date(2022, 10, 31))),
        ("2022.10", (date(2022, 10, 1), date(2022, 10, 31))),
        ("2022.01", (date(2022, 1, 1), date(2022, 1, 31))),
        ("2022年1月", (date(2022, 1, 1), date(2022, 1, 31))),
        ("2022.2", (date(2022, 2, 1), date(2022, 2, 28))),
    ],
)
def test_a_month_that_may_be_january_or_october(text: str, expected: tuple[date, date]) -> None:
    """Only 2022.1 is both: 2022.01, 2022年1月 and 2022.10 say which."""
    assert expected == values.month_span(text)
    assert (expected[1].month == 10 and expected[0].month == 1) == values.january_or_october(text)


@pytest.mark.parametrize(
    ("text", "fewest"),
    [
        ("3年以上", 3.0),
        ("3年及以上", 3.0),
        ("3年或以上", 3.0),
        ("3年(含)以上", 3.0),
        ("满3年", 3.0),
        ("满三年", 3.0),  # as 满3年: it was not read
        ("刚满两年", 2.0),  # as 满两年: it was not read
        ("快三年了", None),  # a guess: almost three says no fewest years
        ("差不多三年", None),
        ("三年左右了", None),
        ("满一年半", 1.5),
        ("不满三年", 0.0),
        ("至少3年", 3.0),
        ("超过3年", 3.0),
        ("三年多", 3.0),
        ("3年多", 3.0),
        ("3年有余", 3.0),
        ("十多年", 10.0),
        ("一年多", 1.0),
        ("1年半以上", 1.5),
        ("三点五年以上", 3.5),  # a decimal said with 点, as exact years read it
        ("3个多月", 0.25),
        ("36个月以上", 3.0),
        ("５年以上", 5.0),
        ("3-5年", 3.0),  # a range: its low end
        ("3到5年", 3.0),
        ("≥3", 3.0),
        (">3", 3.0),
        ("3+", 3.0),
        ("10年+", 10.0),
        ("over 3 years", 3.0),
        ("more than 3 years", 3.0),
        ("at least 3 years", 3.0),
        ("3 years or more", 3.0),
        # a guess, no number, exact years: no fewest years said (a bound from above, as
        # 不到3年, says none: from 0)
        ("约3年", None),
        ("3年左右", None),
        ("将近3年", None),
        ("近3年", None),
        ("不到3年", 0.0),
        ("不满3年", 0.0),
        ("未满3年", 0.0),
        ("3年以下", 0.0),
        ("3年以内", 0.0),
        ("几年", None),
        ("多年", None),
        ("~3", None),
        ("≤3", 0.0),
        ("almost 3 years", None),
        ("about 3 years", None),
        ("under 3", 0.0),
        ("3年", None),
        # words saying what the years are of, as the column asks: read (工龄 is not)
        ("3年以上工作经验", 3.0),
        ("1年以下工作经验", 0.0),  # at most 1, as 1年以下
        ("2年以内相关工作经验", 0.0),
        ("3年余工作经验", 3.0),  # as 3年余 (3年出头工作经验 was read, 余 was not)
        ("0年以上", None),  # at least none: says nothing
        ("0-3年", 0.0),  # from none: at most 3, as 不到3年
        # a sum is no bound (1+1年 is 2 years, not at least 11), nor is a range whose ends
        # are the wrong way round (5-3年: at least 3, or 5?)
        ("1+1年", None),
        ("3+5", None),
        ("5-3年", None),
        ("2年-18个月", None),
        ("3-3年", 3.0),
        ("3+年", 3.0),
        ("3+ years", 3.0),
        # ≥ typed as two signs, half-width or full-width (≧ is the other sign for ≥)
        (">=3", 3.0),
        (">= 3年", 3.0),
        ("＞＝3", 3.0),
        ("≧3", 3.0),
        ("<=3", 0.0),  # at most 3
        ("=>3", None),  # not a sign people type for ≥: not guessed
        (">=0", None),
        # ranges with a unit on both ends, in words, or with a wave dash: the low end
        ("3年-5年", 3.0),
        ("3年到5年", 3.0),
        ("3 to 5 years", 3.0),
        ("3 years to 5 years", 3.0),
        ("3～5年", 3.0),  # full-width tilde, as the IME types it
        ("3〜5年", 3.0),  # wave dash
        ("3至5年", 3.0),
        ("5 to 3 years", None),  # high end first
        ("5年到3年", None),
        ("up to 3 years", 0.0),  # at most 3
        # ten-odd (十几) is at least ten, twenty-odd at least twenty, as 十多 is
        ("十几年", 10.0),
        ("二十几年", 20.0),
        ("三十几年", 30.0),
        ("十几年以上", 10.0),
        ("十几个月", 10 / 12),
        ("几十年", None),  # some tens: two? not said
        ("十几二十年", None),  # ten-odd or twenty: a guess
        ("几十几年", None),
        ("十几岁", None),  # an age, not years
        # more than three and a half years
        ("3年半多", 3.5),
        ("三年半多", 3.5),
        ("两年半多", 2.5),
        ("三年半以上", 3.5),
        ("5年多", 5.0),
        # a half at a range's low end: its fewest years (3.5 to 5, half a year to 1)
        ("三年半到五年", 3.5),
        ("3年半-5年", 3.5),
        ("半年-1年", 0.5),
        ("两年半到三年", 2.5),
        ("3年半-3年", None),  # high end first
        # 不少于 (no fewer than), 不低于, 不小于: at least, unlike 少于 (fewer than)
        ("不少于3年", 3.0),
        ("不低于3年", 3.0),
        ("不小于三年", 3.0),
        ("少于3年", 0.0),
        ("不多于3年", 0.0),  # at most 3
        ("不超过3年", 0.0),
        # ten-odd in digits, as 十几年
        ("10几年", 10.0),
        ("20几年", 20.0),
        ("110几年", None),  # not ten-odd: no number
        # whole years and some months: at least the years
        ("3年几个月", 3.0),
        ("3年多几个月", 3.0),
        ("三年零几个月", 3.0),
        ("0年几个月", 0.0),  # none and some months: fewer than a year, as 不到1年
        ("几个月", None),
        # a + after an English unit
        ("3 yrs+", 3.0),
        ("3 years+", 3.0),
        # the high end's unit is the low end's, not what follows it: 1 to 2.5 years
        ("1-2年半", 1.0),
        ("1到2年半", 1.0),
        ("3-5年6个月", 3.0),
        ("1 to 2 years 6 months", 1.0),
        ("3-5年工龄", None),  # more than a unit after the high end: not read
        # with words saying what the years are of
        ("工作经验3年以上", 3.0),
        ("2年多相关经验", 2.0),
    ],
)
def test_years_at_least_reads_the_fewest_years_a_bound_says(
    text: str, fewest: float | None
) -> None:
    """A sheet's 3年以上 says the fewest years (a lower bound, SPEC's three-valued reading
    settles the conditions it reaches); 约3年 says no such thing, and 不到3年 none (from 0,
    up to 3: :func:`values.range_high`)."""
    found = values.years_at_least(text)
    assert (None if found is None else found[0]) == fewest


@pytest.mark.parametrize(
    ("text", "below"),
    [
        # fewer than the most (不到2年, 2年多: fewer than 2, 3), or as many (2年以下, ≤2, 1-2年)
        ("不到2年", True),
        ("未满两年", True),
        ("less than 2 years", True),
        ("<2", True),
        ("2年不到", True),
        ("2年多", True),
        ("十几年", True),
        ("3个多月", True),
        ("2年以下", False),
        ("2年以内", False),
        ("≤2", False),
        ("<=2", False),
        ("up to 2 years", False),
        ("1-2年", False),
        ("0-2年", False),
        ("3年几个月", False),  # at most 3 years 11 months
        # everyday words of a bound from above, which were not read at all
        ("不够2年", True),
        ("没满两年", True),
        ("还不到2年", True),
        ("2年未满", True),
        ("不超2年", False),
        ("最长2年", False),
        ("no more than 2 years", False),
        ("not over 2 years", False),
        ("2 years max", False),
    ],
)
def test_years_bound_says_whether_the_most_is_left_out(text: str, below: bool) -> None:
    bound = values.years_bound(text)
    assert bound is not None
    assert bound.below is below


@pytest.mark.parametrize(
    ("text", "most"),
    [
        ("3-5年", 5.0),
        ("3年到5年", 5.0),
        ("3 to 5 years", 5.0),
        ("1-2年半", 2.5),
        ("30-40个月", 40 / 12),
        ("3-5", 5.0),  # in the unit of the column, as the low end
        # both ends said, a bound from below then one from above
        ("1年以上2年以下", 2.0),
        ("1年以上、2年以下", 2.0),
        ("1年以上不到2年", 2.0),
        ("大于1年小于2年", 2.0),
        ("超过1年,不满2年", 2.0),
        ("一年以上两年以下", 2.0),
        ("3年以上不到2年", None),  # the ends the wrong way round: which is meant?
        ("1年以上2年", None),  # no word of a bound after 2年: not read
        ("零到两年", 2.0),  # a range from none, 零 as 0
        # a bound from above: at most those years (以下, 以内 count them; 不到 does not, but
        # counting them too is as true)
        ("不到3年", 3.0),
        ("不满三年", 3.0),
        ("3年以下", 3.0),
        ("1年以内", 1.0),
        ("半年以内", 0.5),
        ("六个月以内", 0.5),
        ("不超过3年", 3.0),
        ("最多两年", 2.0),
        ("少于3年", 3.0),
        ("less than 2 years", 2.0),
        ("under 1 year", 1.0),
        ("up to 2 years", 2.0),
        ("2 years or less", 2.0),
        ("≤2", 2.0),
        ("<2年", 2.0),
        ("不到0年", None),  # at most none: no bound said
        ("0-3年", 3.0),  # a range from none: a bound from above (it was not read)
        ("不够3年", 3.0),  # everyday words (they were not read)
        ("没到两年", 2.0),
        ("未到1年", 1.0),
        ("不超1年", 1.0),
        ("no more than 2 years", 2.0),
        ("max 2 years", 2.0),
        ("不超过2年多", None),  # no bound says both
        ("0-24个月", 2.0),
        ("0-0年", None),
        ("将近3年", None),  # a guess: perhaps 3
        ("约3年", None),
        ("3年以上", None),  # no high end
        ("满3年", None),
        ("3年有余", None),
        # 多 after a number: "and some" of the next unit, as everyday Chinese means it
        ("2年多", 3.0),  # two years and part of a third
        ("一年多", 2.0),
        ("3年半多", 4.0),
        ("3个多月", 4 / 12),
        ("20多年", 30.0),  # twenty-odd years
        ("十几年", 20.0),  # ten-odd
        ("20多个月", 30 / 12),
        ("3-4年多", None),  # more than 4 at the high end: no end
        ("3-5年以上", None),
        ("5-3年", None),  # not read as a bound at all
        ("3年半-5年", 5.0),
        ("半年-1年", 1.0),
        ("两年半到三年", 3.0),
        ("不少于3年", None),
        ("10几年", 20.0),  # as 十几年
        # some months after the years: fewer than twelve, at most eleven
        ("3年几个月", 3 + 11 / 12),
        ("3年多几个月", 3 + 11 / 12),
        ("0年几个月", 11 / 12),
        # "and some" after a word of a bound from below has no end: at least two-odd years
        ("至少2年多", None),
        ("不少于3年多", None),
        ("超过2年多", None),
    ],
)
def test_range_high_is_the_most_years_a_range_says(text: str, most: float | None) -> None:
    """A range read as its low end (3-5年: at least 3) also says no more than its high end,
    which exact years given beside it in another column may not pass; so does “and some”
    (2年多: fewer than 3)."""
    assert values.range_high(text) == (most if most is None else pytest.approx(most))


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("四级:2024-01-10", "四级"),
        ("四级 2024-01-10", "四级"),
        ("4:2024/1/10", "四级"),
        ("三级 2024年1月", "三级"),  # the month alone: a date too
        ("全媒体运营师四级 2024-01-10", "四级"),
        ("四级培训 2024-01-10", "四级"),  # with the word for training
        ("四级正规培训结业证书:2024年1月10日", "四级"),
    ],
)
def test_a_training_in_a_certificates_form_is_said_to_take_no_date(text: str, level: str) -> None:
    """A training typed with a date, as a certificate is (the question or column before),
    got the generic "not recognised, accepted values: …" list, which lists the very level
    typed. It says the date is what is wrong: training is given by its level alone."""
    with pytest.raises(InputError) as caught:
        values.parse_training(text, "培训")
    assert caught.value.msg.key == "err.training_dated"
    assert f"不带日期,如 {level}" in caught.value.msg.format("zh")
    assert "without a date" in caught.value.msg.format("en")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("四级培训已结业", "四级"),
        ("三级培训", "三级"),
        ("四级结业证书", "四级"),
        ("参加四级培训并结业", "四级"),
        ("全媒体运营师四级培训已结业", "四级"),
    ],
)
def test_a_training_given_as_a_certificate_is_said_to_be_one(text: str, level: str) -> None:
    """四级培训已结业 typed where certificates are asked for got "无法识别" and the list of
    levels, which lists the level typed: it says it is a training, which the training's
    question (or flag, or column) takes, not a certificate."""
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    assert caught.value.msg.key == "err.cert_is_training"
    assert "正规培训,不是" in caught.value.msg.format("zh")
    assert f"如 {level}" in caught.value.msg.format("zh")
    assert "formal training" in caught.value.msg.format("en")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("没有四级", "四级"),
        ("还没拿到四级", "四级"),
        ("尚未取得三级证书", "三级"),
        ("没考四级", "四级"),
        ("四级在考", "四级"),
        ("四级还没拿到", "四级"),
        # were "无法识别" with the accepted values, 四级 among them
        ("四级（待发证）", "四级"),
        ("四级(未取证)", "四级"),
        ("三级未发证", "三级"),
        ("四级（报考中）", "四级"),
        ("四级未通过", "四级"),
        ("没通过四级", "四级"),
    ],
)
def test_a_certificate_said_not_held_is_said_to_be(text: str, level: str) -> None:
    """没有四级 got "无法识别" and the accepted values, 四级 among them: typing it would record
    the very certificate said not held. It says only those held are given (无 for none)."""
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    assert caught.value.msg.key == "err.cert_not_held"
    assert f"尚未取得{level}证书" in caught.value.msg.format("zh")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("四级培训未结业", "err.value"),
        ("没有四级", "err.cert_not_held"),
        ("四级 培训 2024-13-01", ""),
    ],
)
def test_a_training_not_completed_at_a_certificate_is_not_said_a_training(
    text: str, said: str
) -> None:
    """Only a training that reads as completed is said to be one; 四级培训未结业 is the usual
    refusal (it is neither a certificate nor a training completed)."""
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    assert caught.value.msg.key != "err.cert_is_training"
    if said:
        assert caught.value.msg.key == said


def test_a_diploma_received_in_a_year_is_not_still_studied_for() -> None:
    """本科 2015年毕业 as --diploma's type: the 本科, received (as 本科:已毕业); with 在读 the
    two contradict."""
    assert {"education": Education.bachelor, "graduating": False} == values.split_diploma(
        "本科 2015年毕业", "学历"
    )
    with pytest.raises(InputError) as caught:
        values.split_diploma("2015年本科毕业:在读", "学历")
    assert caught.value.msg.key == "err.parts_contradict"


@pytest.mark.parametrize(
    ("text", "occupation", "level"),
    [
        ("电子商务师四级", "电子商务师", "四级"),
        ("互联网营销师（三级）", "互联网营销师", "三级"),
        ("互联网营销师三级:2022-03-01", "互联网营销师", "三级"),
        ("营销员 四级", "营销员", "四级"),
        # a name ending in 工 is an occupation's too (were the generic “无法识别”)
        ("电工四级 2023-01-01", "电工", "四级"),
        ("焊工（三级）", "焊工", "三级"),
        ("电焊工高级工", "电焊工", "三级"),
    ],
)
def test_a_certificate_of_another_occupation_is_said_to_be(
    text: str, occupation: str, level: str
) -> None:
    """电子商务师四级 got the list of accepted levels, inviting 四级 alone, which counts as
    this occupation's (or a related one's): whether the other occupation is related is the
    assessment body's call, which the message says, naming the occupation."""
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    assert caught.value.msg.key == "err.cert_other_occupation"
    message = caught.value.msg.format("zh")
    assert f"是{occupation}的证书" in message
    assert f"请只写等级(如 {level})" in message


@pytest.mark.parametrize(
    "text",
    ["高级技师", "技师", "全媒体运营师四级", "全媒体运营师技师", "高级工", "中级工 2020-01-01"],
)
def test_a_level_named_as_a_title_is_not_another_occupation(text: str) -> None:
    """高级技师, 技师, 高级工 and 中级工 end as an occupation's name does, but are levels
    (一级, 二级, 三级, 四级)."""
    level, _ = values.split_certificate(text, "证书")
    assert level in (1, 2, 3, 4)


@pytest.mark.parametrize("text", ["全媒体运营师四级 2019-13-01", "高级工四级", "会计师"])
def test_no_other_occupation_is_read_in_a_level_or_this_occupation(text: str) -> None:
    """This occupation's own name, or a level's (高级工), before a level is no other
    occupation's: refused as it is, not said to be another occupation's certificate."""
    assert values.other_occupation_certificate(text) is None
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    assert caught.value.msg.key != "err.cert_other_occupation"


@pytest.mark.parametrize(
    "text", ["参加过四级培训", "已参加四级培训", "参加了三级培训", "参加四级培训", "四级(已参加)"]
)
def test_a_training_said_attended_only_is_said_to_need_completing(text: str) -> None:
    """参加过四级培训 got the generic "not recognised, accepted values: 四级 …", which invites
    typing 四级 — a completed training, which attending is not (4-2 asks for 结业)."""
    with pytest.raises(InputError) as caught:
        values.parse_training(text, "培训")
    assert caught.value.msg.key == "err.training_attended"
    assert "报考条件要的是培训结业" in caught.value.msg.format("zh")
    assert "completed" in caught.value.msg.format("en")


@pytest.mark.parametrize(
    "text",
    [
        "未参加四级培训",
        "没有参加四级培训",
        "准备参加四级培训",
        "计划参加四级培训",
        "报名参加四级培训",
        "正在参加四级培训",
        "四级培训未结业",
        "四级培训不合格",
        "四级培训待结业",
        "四级培训（在读）",  # were given the list of levels
        "四级培训中",
        "L4 not completed",
        "did not attend L4",
    ],
)
def test_a_training_said_not_completed_is_not_said_attended(text: str) -> None:
    """未参加四级培训 and 准备参加四级培训 were told they "say a training was attended", which
    they deny; 四级培训未结业 got the list of levels, inviting 四级. The message says the
    training is said not completed, and asks for the levels completed or 无."""
    with pytest.raises(InputError) as caught:
        values.parse_training(text, "培训")
    assert caught.value.msg.key == "err.training_not_done"
    assert "说的是培训尚未结业" in caught.value.msg.format("zh")
    assert "not completed" in caught.value.msg.format("en")


def test_a_training_said_completed_of_what_is_not_read_is_not_said_attended() -> None:
    """参加电商四级培训并结业 says it was completed: not "attended only"."""
    with pytest.raises(InputError) as caught:
        values.parse_training("参加电商四级培训并结业", "培训")
    assert caught.value.msg.key != "err.training_attended"


@pytest.mark.parametrize(
    "text", ["有四级证书 2024-06-01", "四级证书", "国家职业资格四级", "职业技能等级证书（四级）"]
)
def test_a_certificate_typed_as_a_training_is_said_to_be_one(text: str) -> None:
    """国家职业资格四级 at the training was read as the 四级 training completed (the
    certificate's kind dropped as an occupation's name is), and 有四级证书 2024-06-01 was told
    to type 四级 there: a certificate is no training, and is asked for on its own."""
    with pytest.raises(InputError) as caught:
        values.parse_training(text, "培训")
    assert caught.value.msg.key == "err.training_is_cert"
    assert "证书请填在证书一项" in caught.value.msg.format("zh")


@pytest.mark.parametrize("text", ["四级结业证书", "四级培训证书", "四级培训结业证书"])
def test_a_trainings_own_certificate_is_the_training(text: str) -> None:
    assert 4 == values.parse_training(text, "培训")


@pytest.mark.parametrize("unit", ["2019 ", "三年以上", "四级 ", "a-"])
def test_a_long_cell_is_not_searched_for_a_bound(unit: str) -> None:
    """A hostile cell of years (``2019 `` 4,000 times) took about 30 s to be searched for both
    ends of a bound at its every place (7 s at half the length): no bound is that long, so
    such a cell is not searched. (A wall-clock bound far above the time it takes now.)"""
    start = time.perf_counter()
    assert values.years_bound(unit * 4000) is None
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("text", ["四级 正规", "五级 2024-01-10", "四级 abc"])
def test_a_training_not_in_a_certificates_form_gets_the_usual_message(text: str) -> None:
    with pytest.raises(InputError) as caught:
        values.parse_training(text, "培训")
    assert caught.value.msg.key != "err.training_dated"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # a direction named with the word 方向 after it, as the question and the column say
        ("直播运营方向", "live_streaming"),
        ("数据分析 方向", "data_analysis"),
        # the short names, as 直播 and 流量 were already read
        ("数据", "data_analysis"),
        ("视听", "audiovisual"),
        ("创意", "creative_planning"),
    ],
)
def test_a_direction_is_read_with_its_word_or_by_its_short_name(typed: str, expected: str) -> None:
    """直播运营方向 and 数据 were refused at the direction question (and in -d, a sheet's
    职业方向), while 直播 and 流量 were read: the names as a candidate types them."""
    assert expected == values.parse_direction(typed).value


def test_the_word_for_direction_alone_is_refused() -> None:
    """The word 方向 alone names none of them: refused, listing the directions."""
    with pytest.raises(InputError):
        values.parse_direction("方向")


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("参加了四级培训，已结业", ["参加了四级培训，已结业"]),
        ("四级培训, 已取得结业证书", ["四级培训，已取得结业证书"]),
        ("四级;三级", ["四级", "三级"]),
        ("四级、三级", ["四级", "三级"]),
        ("四级,三级", ["四级", "三级"]),
        ("四级和三级", ["四级", "三级"]),
        ("已结业", ["已结业"]),  # no training before it: left to be refused as no level
    ],
)
def test_a_trainings_completion_after_a_comma_belongs_to_it(text: str, items: list[str]) -> None:
    """``参加了四级培训，已结业`` is one training said completed, not the item
    ``参加了四级培训`` (attended only, refused) and the item ``已结业`` (no level): a list of
    trainings parts as any list, but a part that only says the one before it was completed
    stays with it (items worked out by hand)."""
    assert items == values.split_trainings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("参加了四级培训，已结业", [4]),
        ("四级,三级", [4, 3]),
        ("四级、三级", [4, 3]),
        ("四级；三级", [4, 3]),
        ("四级和三级", [4, 3]),
    ],
)
def test_a_list_of_trainings_reads_alike_in_a_cell_and_a_flag(
    text: str, expected: list[int]
) -> None:
    """The trainings of one typed text, as ``--training``, ``plan --assume-training`` and a
    sheet's 培训 cell read them: the levels completed, by hand."""
    from mediaops.batch.screen import _trainings

    assert expected == [values.parse_training(t, "培训") for t in values.split_trainings(text)]
    assert set(expected) == _trainings(text, "培训")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("技师", "err.title_is_level"),  # 二级, a certificate's level
        ("高级工", "err.title_is_level"),
        ("三级", "err.title_is_level"),
        ("经济师", "err.title_name"),  # a title of another series, by its name
        ("讲师", "err.title_name"),
        ("软件工程师", "err.title_name"),  # a job
        ("特级", "err.value"),
        ("1", "err.value"),  # a bare number: no level said in words
    ],
)
def test_a_title_not_read_by_name_says_why(text: str, key: str) -> None:
    """``--title 技师`` or a 职称 cell ``经济师`` got "无法识别。可接受的值:初级职称、中级职称、
    高级职称": a skill level is said to be a certificate's, and a title named by its name
    whose level is not read (another series', or a job's) is asked for its level."""
    with pytest.raises(InputError) as caught:
        values.split_title(text, "职称")
    assert key == caught.value.msg.key
    for lang in ("zh", "en"):
        assert f"“{text}”" in caught.value.msg.format(lang)


@pytest.mark.parametrize(
    "text",
    [
        "考过四级",
        "考过了四级",
        "四级考试已通过",
        "通过四级考试",
        "四级考试合格",
        "四级已考过",
        "考过四级 2024-01-10",
        "四级和三级都考过了",
        "通过四级",  # were "无法识别"
        "四级已通过",
        "四级（已通过）",
        "四级 已通过",  # was "已通过 is not a valid date"
    ],
)
def test_a_level_said_examined_and_passed_is_not_a_certificate_held(text: str) -> None:
    """考过四级 was read as the 四级 certificate held (and 考过四级 2024-01-10 dated by the
    examination), 四级考试已通过 refused as not recognised. Passing the examination is not
    holding the certificate, which is issued after it and dated by its issue (SPEC: the
    certificates held, the date obtained): refused saying so, in both languages."""
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    assert "err.cert_exam_passed" == caught.value.msg.key
    assert "发证日期" in caught.value.msg.format("zh")
    assert "date of issue" in caught.value.msg.format("en")


@pytest.mark.parametrize(("text", "key"), [("还没考过四级", "err.cert_not_held")])
def test_a_level_said_not_yet_passed_is_said_not_held(text: str, key: str) -> None:
    """还没考过四级 is a certificate not held, not an examination passed."""
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    assert key == caught.value.msg.key


@pytest.mark.parametrize(
    "text",
    ["未通过四级考试", "没有通过四级考试", "未能通过四级考试", "四级考试不合格", "没考过四级"],
)
def test_an_examination_said_not_passed_is_not_said_passed(text: str) -> None:
    """未通过四级考试 was refused saying the examination was passed (“说的是考试通过”), the
    opposite of what was typed: an examination not passed holds no certificate, and the
    refusal is any other than that one."""
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    assert "err.cert_exam_passed" != caught.value.msg.key


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("四级(中级工,L4)", ["四级(中级工,L4)"]),
        ("全媒体运营师（四级，中级工）", ["全媒体运营师(四级,中级工)"]),
        ("四级（中级工、L4）,三级", ["四级(中级工、L4)", "三级"]),
        ("四级 (2024-01-10), 三级 (2025-01-01)", ["四级 (2024-01-10)", "三级 (2025-01-01)"]),
        # brackets that do not pair up part nothing: every separator parts
        ("四级(,三级", ["四级(", "三级"]),
    ],
)
def test_a_separator_inside_brackets_parts_no_list(text: str, items: list[str]) -> None:
    """``四级(中级工,L4)`` was parted into ``四级(中级工`` and ``L4)``, and refused quoting the
    first half: a comma or 、 inside brackets is part of the item, which is read (or refused)
    whole. Items worked out by hand."""
    assert items == values.split_list(text)


def test_a_training_said_completed_after_a_comma_at_a_certificate_is_said_a_training() -> None:
    """``--cert 参加了四级培训，已结业`` was parted at the comma and refused as “参加了四级培训”
    not recognised, half of what was typed: kept whole, it is said to be a training."""
    text = "参加了四级培训，已结业"
    assert [values.fold(text)] == values.split_dated(text)  # one item, folded as every item
    with pytest.raises(InputError) as caught:
        values.split_certificate(values.split_dated(text)[0], "证书")
    assert "err.cert_is_training" == caught.value.msg.key


@pytest.mark.parametrize("text", ["2024-01-10", "２０２４．１．１０", "2024年1月", "20240110"])
def test_a_date_alone_given_as_a_certificate_is_said_to_be_one(text: str) -> None:
    """A date with no level, where a certificate is asked (the date column's, typed in the
    certificate's), was read as a 二级 held: the "2" of its year as the level, the rest as a
    date that did not read. It is refused, saying it is a date and how to give the level."""
    assert values.certificate_without_date(text, "证书") is None
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    assert "err.cert_is_date" == caught.value.msg.key
    assert "是日期,没有写证书等级" in caught.value.msg.format("zh")
    assert "is a date, with no level of certificate" in caught.value.msg.format("en")


@pytest.mark.parametrize(
    ("text", "as_of", "expected"),
    [
        # a graduation in a year before the evaluation date's: received (any today)
        ("本科 2026年毕业", date(2027, 7, 1), Education.bachelor),
        ("2026年本科毕业", date(2027, 1, 1), Education.bachelor),
        # in the evaluation date's year or after it: perhaps still to come, not read
        ("本科 2015年毕业", date(2014, 6, 1), None),
        ("本科 2015年毕业", date(2015, 12, 31), None),
        ("本科 2015年毕业", date(2016, 1, 1), Education.bachelor),
    ],
)
def test_a_graduation_year_is_compared_with_the_evaluation_date(
    text: str, as_of: date, expected: Education | None
) -> None:
    """本科 2015年毕业 is a 本科 received when 2015 is before the year evaluated for (--as-of),
    not the year the program runs in."""
    if expected is None:  # said why: the graduation may be to come on that date
        with pytest.raises(InputError) as caught:
            values.parse_education(text, "学历", as_of=as_of)
        assert "err.graduation_ahead" == caught.value.msg.key
        assert f"毕业年份 2015 年不早于评估日期 {as_of.isoformat()}" in caught.value.msg.format(
            "zh"
        )
        with pytest.raises(InputError) as caught:
            values.split_diploma(text, "学历", as_of=as_of)
        assert "err.graduation_ahead" == caught.value.msg.key
    else:
        assert expected == values.parse_education(text, "学历", as_of=as_of)
        assert {"education": expected, "graduating": False} == values.split_diploma(
            text, "学历", as_of=as_of
        )


@pytest.mark.parametrize("text", ["4.5", "3.5", "4.25"])
def test_a_certificate_level_with_a_fraction_is_refused_saying_so(text: str) -> None:
    """4.5 in a certificate's place was read as 四级 with a date “.5” that does not read: it
    is no level (4.0 is 四级, as Excel shows a 4 stored as a number), and said so."""
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    assert "err.cert_decimal" == caught.value.msg.key
    assert "带小数" in caught.value.msg.format("zh")
    assert values.certificate_without_date(text, "证书") is None
    with pytest.raises(InputError) as caught:  # with a date after it, too
        values.split_certificate(f"{text}:2024-01-10", "证书")
    assert "err.cert_decimal" == caught.value.msg.key


@pytest.mark.parametrize("text", ["4.5", "3.25"])
def test_a_training_level_with_a_fraction_is_refused_saying_so(text: str) -> None:
    """4.5 in a 培训 cell got the generic “无法识别”, as 4.0 did, which is 四级 as Excel shows
    a 4 stored as a number (as for a certificate): 4.5 is no level, and said so."""
    with pytest.raises(InputError) as caught:
        values.parse_training(text, "培训")
    assert "err.training_decimal" == caught.value.msg.key
    assert "不是培训等级" in caught.value.msg.format("zh")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("四级考试未通过", "四级"),
        ("四级考试没有通过", "四级"),
        ("四级考试还没通过", "四级"),
        ("未通过四级考试", "四级"),
        ("未能通过三级考试", "三级"),
        ("三级考试不合格", "三级"),
        ("四级鉴定未通过", "四级"),
        ("四级没考过", "四级"),
    ],
)
def test_an_examination_said_not_passed_is_said_to_hold_no_certificate(
    text: str, level: str
) -> None:
    """四级考试未通过 got the generic “无法识别” listing 四级 among the accepted values: an
    examination not passed holds no certificate, and the refusal says so."""
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    assert "err.cert_exam_failed" == caught.value.msg.key
    assert f"{level}考试未通过" in caught.value.msg.format("zh")
    assert f"没有取得{level}证书" in caught.value.msg.format("zh")


@pytest.mark.parametrize(
    ("text", "certificates"),
    [
        ("2019-01-01 四级 2020-01-01 三级", [(4, date(2019, 1, 1)), (3, date(2020, 1, 1))]),
        (
            "2019年1月1日取得四级2020年1月1日取得三级",
            [(4, date(2019, 1, 1)), (3, date(2020, 1, 1))],
        ),
        ("四级 2019-01-01，三级 2020-01-01", [(4, date(2019, 1, 1)), (3, date(2020, 1, 1))]),
        ("2020.1.1，三级", [(3, date(2020, 1, 1))]),
        ("2020年1月1日，三级", [(3, date(2020, 1, 1))]),
        # the same, a comma between them
        ("2019-01-01 四级，2020-01-01 三级", [(4, date(2019, 1, 1)), (3, date(2020, 1, 1))]),
        ("2019/1/1 四级；2020/1/1 三级", [(4, date(2019, 1, 1)), (3, date(2020, 1, 1))]),
        ("四级 2019-01-01，2020-01-01 三级", [(4, date(2019, 1, 1)), (3, date(2020, 1, 1))]),
    ],
)
def test_certificates_written_date_first_are_each_read_with_their_date(
    text: str, certificates: list[tuple[int, date]]
) -> None:
    """2019-01-01 四级 2020-01-01 三级 was refused quoting “2019-01-01 四级 2020-01-01”, and
    2020.1.1，三级 read as a date alone (refused) and a 三级 without its date: each date is
    its level's, as 四级 2019-01-01，三级 2020-01-01 is read."""
    assert certificates == [values.split_certificate(i, "证书") for i in values.split_dated(text)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("中级会计师", "中级职称"),
        ("高级经济师 2020-01-01", "高级职称"),
        ("助理经济师", "初级职称"),
        ("高级工程师", "高级职称"),
    ],
)
def test_a_professional_title_given_as_a_certificate_is_said_to_be_one(
    text: str, title: str
) -> None:
    """中级会计师 as a certificate got the generic “无法识别” though its level is typed: it
    is a professional title, no vocational certificate, and the refusal says so, and where
    titles count (the 2023 template's rules, a corresponding speciality; not the summary's)."""
    with pytest.raises(InputError) as caught:
        values.split_certificate(text, "证书")
    assert "err.cert_is_title" == caught.value.msg.key
    zh = caught.value.msg.format("zh")
    assert f"是专业技术职称({title})" in zh
    assert "摘要规则不计职称" in zh
