"""The query language: what parses, what it means, and the one-sentence errors."""
from __future__ import annotations

import pytest

from policytext.archive.query import And, Not, Or, Term, matches, parse_query, positive_terms
from policytext.archive.text import bigram_stream, normalize, query_tokens
from policytext.errors import QueryError


@pytest.mark.parametrize(
    "query, tree",
    [
        ("党费", Term("党费")),
        ("全面从严治党", Term("全面从严治党")),
        ("党费 换届", And((Term("党费"), Term("换届")))),
        ("党费 AND 换届", And((Term("党费"), Term("换届")))),
        ("党费 OR 换届", Or((Term("党费"), Term("换届")))),
        ("党费 -换届", And((Term("党费"), Not(Term("换届"))))),
        ("党费 NOT 换届", And((Term("党费"), Not(Term("换届"))))),
        ('"全面 从严治党"', Term("全面从严治党", quoted=True)),
        ("“主题 党日”", Term("主题党日", quoted=True)),
        ('"social security"', Term("social security", quoted=True)),
        ("(党费 OR 换届) 选举", And((Or((Term("党费"), Term("换届"))), Term("选举")))),
        ("（党费 OR 换届）", Or((Term("党费"), Term("换届")))),
        ("党 OR 团 组织", Or((Term("党"), And((Term("团"), Term("组织")))))),
        ("COVID-19", Term("COVID-19")),
        ("and", Term("and")),
    ],
)
def test_parse(query, tree):
    assert parse_query(query) == tree


@pytest.mark.parametrize(
    "query, message",
    [
        ("", "empty"),
        ("   ", "empty"),
        ('"党费', "quote"),
        ("“党费", "quote"),
        ("党费”", "closing quote"),
        ('""', "empty quoted"),
        ("(党费 OR 换届", "parenthesis"),
        ("党费)", "parenthesis"),
        ("()", "empty parentheses"),
        ("NOT", "NOT"),
        ("党费 NOT", "NOT"),
        ("NOT 党费", "not negated"),
        ("-党费", "not negated"),
        ("党费 OR -换届", "not negated"),
        ("AND 党费", "AND"),
        ("党费 AND", "AND"),
        ("党费 OR", "OR"),
        ("OR", "OR"),
    ],
)
def test_bad_queries_are_one_sentence_errors(query, message):
    with pytest.raises(QueryError) as info:
        parse_query(query)
    text = str(info.value)
    assert message in text and "\n" not in text


@pytest.mark.parametrize(
    "query, text, expected",
    [
        ("廉政", "推进党风廉政建设", True),  # jieba keeps 党风廉政 as one word; substring does not
        ("党费 换届", "顺利完成党费收缴工作和换届工作", True),
        ("党费 -换届", "顺利完成党费收缴工作和换届工作", False),
        ("党费 OR 换届", "完成换届", True),
        ('"全面 从严治党"', "落实全面从严治党", True),
        ("GDP", "国内生产总值（ＧＤＰ）增长", True),  # width and case folded
        ("党", "党员", True),
        ("团", "党员", False),
    ],
)
def test_matches_by_substring(query, text, expected):
    assert matches(parse_query(query), normalize(text)) is expected


def test_positive_terms_skip_negated():
    assert positive_terms(parse_query("党费 -换届 OR 选举")) == [Term("党费"), Term("选举")]


@pytest.mark.parametrize("text", ["推进党风廉政建设", "ＧＤＰ增长6.1%", "a b\u3000c", "〇"])
def test_one_token_per_character(text):
    tokens = bigram_stream(text).split(" ")
    assert len(tokens) == len(text) == len(normalize(text))
    assert all(tokens[i][0] == normalize(text)[i] for i in range(len(text)))


def test_query_tokens_are_overlapping_bigrams():
    assert query_tokens("廉政建设") == ["廉政", "政建", "建设"]
    assert query_tokens("党") == ["党"]
