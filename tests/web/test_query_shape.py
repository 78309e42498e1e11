"""The query shapes refused before any parser sees them: deep nesting and long operator chains."""

from __future__ import annotations

import pytest

from newsld.errors import QueryRefused
from newsld.web.nesting import MAX_OPERATORS, query_shape, refuse_parser_overflows


def test_operators_of_every_kind_are_counted() -> None:
    query = ("SELECT * WHERE { ?s <http://e/p>/<http://e/q>|^<http://e/r> ?o "
             "FILTER(!BOUND(?x) && ?o + 1 * 2 - 3 > -1 || ?o != 0) } ")
    # * / | ^ ! && + * - - || !  (the `-` of -1 too)
    assert query_shape(query).operators == 12


def test_nothing_inside_strings_iris_comments_or_names_counts() -> None:
    query = ('PREFIX ex: <http://example.org/a-b/c> SELECT ?x WHERE { ex:a-b ex:c-d "x || y + z" . '
             "?x ex:p '''1 + 2 UNION 3''' } # || && UNION +")
    assert query_shape(query) == query_shape("SELECT ?x WHERE { ex:a ex:b 'x' . ?x ex:p 'y' }")
    assert query_shape(query).operators == 0


def test_union_is_a_keyword_in_any_case_and_not_part_of_a_name() -> None:
    assert query_shape("ASK { {} UNION {} union {} }").operators == 2
    assert query_shape("ASK { ?reunion ex:unions ?o }").operators == 0


def test_depth_counts_every_kind_of_bracket() -> None:
    assert query_shape("ASK { { FILTER((1)) } }").depth == 4


def test_a_long_list_of_alternatives_is_refused_with_advice() -> None:
    chain = " || ".join(f"?x = {n}" for n in range(MAX_OPERATORS + 2))
    with pytest.raises(QueryRefused, match=r"chains 2001 operators.*VALUES or IN"):
        refuse_parser_overflows(f"ASK {{ FILTER({chain}) }}")


def test_the_limit_itself_is_accepted() -> None:
    chain = " || ".join(f"?x = {n}" for n in range(MAX_OPERATORS + 1))
    assert query_shape(chain).operators == MAX_OPERATORS
    refuse_parser_overflows(f"ASK {{ FILTER({chain}) }}")


def test_deep_nesting_is_refused_first() -> None:
    with pytest.raises(QueryRefused, match="nests 302 levels"):
        refuse_parser_overflows("ASK { FILTER(" + "(" * 300 + "1" + ")" * 300 + ") }")
