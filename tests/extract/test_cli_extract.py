"""`newsld extract` and `newsld evaluate` as a user runs them (in process, through cli.main)."""

from __future__ import annotations

import json

from newsld.cli import main

TEXT = "Vladimir Poutine a rencontré Xi Jinping à Pékin jeudi. « Tout va bien », a déclaré le président russe.\n"


def test_extract_a_plain_text_file_then_evaluate_it_against_itself(tmp_path, nlp, capsys):
    article = tmp_path / "sommet.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "sommet.annotation.json"
    assert main(["extract", str(article), "--date", "2024-03-15", "-o", str(out), "--data-dir",
                 str(tmp_path / "data")]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["annotator"]["kind"] == "automatic" and data["article"]["id"] == "sommet"
    assert {m["entity"] for m in data["mentions"]} >= {"Q7747", "Q15031", "Q956"}  # à Pékin: the city
    assert main(["evaluate", "--gold", str(out), "--system", str(out)]) == 0
    assert "wrong QIDs: 0" in capsys.readouterr().out


def test_extract_without_a_date_is_a_clear_error(tmp_path, capsys):
    article = tmp_path / "sans-date.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(article)]) == 2
    assert "missing date" in capsys.readouterr().err


def test_a_rule_that_breaks_is_one_clear_error_and_writes_nothing(tmp_path, nlp, capsys, monkeypatch):
    import newsld.extract

    def broken_rule(article, settings):
        raise IndexError("list index out of range")

    monkeypatch.setattr(newsld.extract, "build_annotation", broken_rule)
    article = tmp_path / "sommet.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "sommet.annotation.json"
    assert main(["extract", str(article), "--date", "2024-03-15", "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert "automatic extraction failed on sommet.txt: IndexError at test_cli_extract.py:" in err
    assert "bug of the extractor" in err and "curated annotation" in err and "Traceback" not in err
    assert not out.exists()
