"""Regular expressions for figures, built from named parts and compiled once.

The main pattern :data:`FIGURE` finds every *candidate* figure in one pass over the text
(prefix qualifier, numeral, infix 余/多, scale, unit, suffix qualifier); the extractor then
drops candidates that are dates, ordinals, names or formulas.
"""
from __future__ import annotations

import re

from ..structure.sentences import HALF_WIDTH_STOP
from .lexicon import formulas, units

# Arabic digits, ASCII or full-width, with thousands separators (1,269 / 33，212) and decimals
AR = r"[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?"
# Chinese digits and in-number units; 千 not when it starts 千瓦/千克/千米/千卡, 百 not in 百分
CN_CHAR = r"(?:[零〇○一二两三四五六七八九十万亿]|千(?![瓦克米卡])|百(?![分]))"
# Chinese numeral: must start with a digit or 十 (千万/亿万/万众 are words, not numbers)
CN = rf"(?:[零〇○一二两三四五六七八九十]{CN_CHAR}*(?:点[零〇○一二三四五六七八九]+)?)"
# a scale after Arabic digits: 7.1万, 114万亿, 3千
AR_SCALE = r"(?:万亿|亿|万|千(?![瓦克米卡])|百万|千万)"
# one number: Arabic with optional 余/多 and scale (40余万), or Chinese (三亿零五百三十万, 二十多万);
# 来 after a round number is an estimate too (十来次, 五十来人, 10来个)
NUM = rf"(?:{AR}(?:[余多]|(?<=0)来)?{AR_SCALE}?|{CN}(?:[余多](?:{AR_SCALE}|万|亿)?|(?<=[十百千])来)?)"
# range separators between two numbers: 1-2次, 3至5年, 10—20人
RANGE_SEP = r"(?:-|－|—|–|~|～|〜|至|到)"
PREFIX = r"(?:超过|突破|不到|不足|将近|接近|大约|约|近|逾|超|多于|不少于|不低于|至少|少于|高于|低于|不超过)"
SUFFIX = r"(?:以上|左右|以内|以下|上下|之多|有余)"


def _unit_alternation() -> str:
    # longest first so 个百分点 wins over 个, 平方公里 over 公里
    return "|".join(re.escape(u) for u in sorted(units(), key=lambda s: (-len(s), s)))


UNIT = rf"(?:{_unit_alternation()})"

#: 百分之三十 / 百分之八点一 / 百分之五十八点六
PERCENT_CN = rf"百分之(?P<pct>{AR}|{CN})(?:{RANGE_SEP}(?:百分之)?(?P<pct2>{AR}|{CN}))?"
#: 三分之一, 2/3 is left alone (too ambiguous with dates)
FRACTION = rf"(?P<fden>{CN}|{AR})分之(?P<fnum>{CN}|{AR})"
#: 上亿 / 上万 / 上千 / 上百: "more than" a round number
SHANG = r"(?:(?<!以)上|(?<=[超逾近过破]))(?P<shang>万亿|百万|千万|亿|万|千|百)(?![分之])"

#: the candidate pattern: qualifier? (percent-in-words | fraction | 一半 | 上亿 | number range?) unit? suffix?
FIGURE = re.compile(
    rf"(?P<pre>{PREFIX})?"
    rf"(?:(?P<pctcn>{PERCENT_CN})"
    rf"|(?P<frac>{FRACTION})"
    rf"|(?P<half>一半)"
    rf"|{SHANG}"
    rf"|(?P<num>{NUM})(?:(?:[%％])?{RANGE_SEP}(?P<num2>{NUM}))?)"
    rf"(?P<unit>{UNIT})?"
    rf"(?P<post>{SUFFIX}|(?<=[倍年月天时])[余多])?"
)

#: fixed formulas from formulas.txt in one alternation
FORMULA = re.compile("|".join(re.escape(f) for f in formulas()))
#: the *pattern* of numeral slogans: 一校一品, 三会一课, 两学一做, 一岗双责, 一月一调度
SLOGAN_PAIR = re.compile(
    r"[一二两三四五六七八九十双][^零〇○一二两三四五六七八九十百千万亿点多余个\W\dA-Za-z]"
    r"[一二两三四五六七八九十双百千万][^零〇○一二两三四五六七八九十百千万亿点多余个\W\dA-Za-z]"
)
#: N个/N大/N项 + abstract noun, the shape of 四个意识, 两个维护, 三大攻坚战, 八项规定
SLOGAN_COUNT = re.compile(
    r"[一二两三四五六七八九十]+(?:个|大|项|条|种)"
    r"(?:意识|自信|维护|确立|全面|代表|务必|坚持|必须|倡导|有利于|文明|课堂|机制|法宝|攻坚战|规定|禁止|"
    r"不准|严禁|纪律|清单|提升|优化|融合|工程|行动|战略|原则|标准)"
)
#: a short quoted phrase holding a Chinese numeral: “五好”, “六有”, “一徽一旗一栏一廊”
QUOTED_NUMERAL = re.compile(r"[“\"‘「『]([^”\"’」』]{1,9})[”\"’」』]")
#: congress and plenum names: 十九大, 十一届三中全会, 十九届五中全会
CONGRESS = re.compile(r"[一二三四五六七八九十]+(?:大(?!于)|届(?:[一二三四五六七八九十]+中全会)?|中全会)")
#: years and dates: 2019年, 一九八五年, 2020-2023年, 2021年3月5日
YEAR = re.compile(r"^(?:1[6-9]\d\d|20\d\d|[一二][〇○零一二三四五六七八九]{3})$")
#: period anchors used for Figure.period
PERIOD = re.compile(
    r"(?:(?:[12]\d{3}|[一二][〇○零一二三四五六七八九]{3})年(?:度|末|底|初)?(?:[上下]半年|[一二三四1-4]季度)?"
    r"(?:(?:至|到|—|-)(?:[12]\d{3}|[一二][〇○零一二三四五六七八九]{3})年)?"
    r"|[上下]半年|[一二三四1-4]季度|(?:近|过去|这|前|后)[0-9一二三四五六七八九十两]+年(?:来|间|中|里)?"
    r"|[0-9一二三四五六七八九十两]+年(?:来|间|以来)|“[^”]{1,4}”(?:时期|期间)|全年|今年|去年|上年)"
)
#: clause boundaries for subject search
CLAUSE_BREAK = re.compile(r"[，。；：！？!?;:\n（）()\t｜|·•]|,(?![0-9])")  # (支委会12次｜党员大会3次)
#: (and a half-width full stop typed for 。, as the sentence splitter reads it: …297小时.七一前夕)
SENTENCE_END = re.compile(rf"[。！？!?；;\n]|{HALF_WIDTH_STOP.pattern}")
