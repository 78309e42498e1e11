"""Any text at all gives a valid annotation whose graph passes SHACL: extraction never fails on odd input."""

from __future__ import annotations

import pytest
from tests.extract.conftest import make_article

from newsld.iris import Minter
from newsld.mapping import map_annotation
from newsld.validate import validate

ODD_ARTICLES = {
    "two-countries-never-named": "Vladimir Poutine veut la paix, c'est-à-dire la capitulation de l'Ukraine. "
                                 "Cela veut dire que les négociations sont bloquées. Pour la première fois, "
                                 "les deux pays ont signé un accord.",
    "only-a-quote": "« Nous ne céderons pas. »",
    "unbalanced-quotes": "« Il a dit qu'il viendrait, a affirmé le ministre. Puis plus rien.",
    "one-word": "Moscou.",
    "numbers-and-symbols": "123 456 — %%% ### 2024-13-45 le 31 février 2023 ; vendredi 14 juillet 2023.",
    "english-text": "Joe Biden met Xi Jinping in Beijing on Tuesday, the White House said.",
    "pronouns-without-antecedent": "Il l'a rencontré hier. Elle lui a offert un cadeau. Ils en ont parlé.",
    "long-sentence": "Le président russe a rencontré " + ", ".join(["un dirigeant"] * 200) + " à Moscou.",
    "newlines-and-tabs": "Sergueï Lavrov\n\n\ta reçu\tson homologue.\r\n« Bienvenue », a-t-il dit.",
    # a sign the tagger makes the object's noun (`%`) is punctuation to the tokenizer: it still ends its phrase
    "percent-as-object": "Les premiers résultats donnent 70 % au candidat de l'opposition. Les sondages donnaient "
                         "au président sortant 40 % des intentions de vote.",
}


@pytest.mark.parametrize("name", sorted(ODD_ARTICLES))
def test_odd_text_gives_a_valid_annotation_and_a_conforming_graph(name: str, extract) -> None:
    annotation = extract(ODD_ARTICLES[name])  # parse_annotation inside: schema, spans, references all hold
    article_id = annotation.article_id
    article = make_article(ODD_ARTICLES[name], article_id=article_id)
    report = validate(map_annotation(article, annotation, Minter("http://127.0.0.1:8080")))
    assert report.conforms, report.text
