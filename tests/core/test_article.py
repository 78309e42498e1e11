"""Article loading: the exact text, its date and precision, and a clear error for every bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsld.article import article_id_for, load_article
from newsld.cli import main
from newsld.errors import ArticleError
from newsld.resources import bundled_article


def test_bundled_article_keeps_the_body_exactly() -> None:
    raw = bundled_article().read_text(encoding="utf-8")
    article = load_article(bundled_article())
    assert raw.startswith(" date 2023-09 ")
    assert article.text == raw[len(" date 2023-09 "):]
    assert article.text.startswith("C’est la première rencontre")
    assert article.published.value == "2023-09"
    assert article.published.precision == "month"
    assert article.language == "fr"
    assert article.id == "kim-putin-2023-09"


def test_article_id_is_stable_and_ascii() -> None:
    assert article_id_for(Path("/x/Élections à Paris 2024.txt")) == "elections-a-paris-2024"
    assert article_id_for(Path("a.txt")) == article_id_for(Path("/other/a.txt"))


@pytest.mark.parametrize(("header", "value", "precision"), [
    (" date 2023 ", "2023", "year"),
    (" date 2023-09-14 ", "2023-09-14", "day"),
    ("date 2023-09 ", "2023-09", "month"),
])
def test_header_precisions(tmp_path: Path, header: str, value: str, precision: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(header + "Le texte.", encoding="utf-8")
    article = load_article(path)
    assert (article.published.value, article.published.precision, article.text) == (value, precision, "Le texte.")


def test_plain_text_with_date_and_language_options(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Emmanuel Macron a reçu mardi le chancelier allemand.\n", encoding="utf-8")
    article = load_article(path, published="2024-03-12", language="fr")
    assert article.text == "Emmanuel Macron a reçu mardi le chancelier allemand.\n"
    assert article.published.precision == "day"


@pytest.mark.parametrize(("content", "message"), [
    (b"Un texte sans date.", "missing date"),
    (b"", "missing date"),
    (b" date 2023-09 ", "empty article"),
    (b" date 2023-09    \n\n ", "empty article"),
    (" date 2023-09 Caf\xe9 cr\xe8me".encode("latin-1"), "not UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b" date 2023-02-30 Texte.", "does not exist"),
])
def test_bad_files_give_a_clear_error_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as info:
        load_article(path)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.txt")


def test_bad_date_option(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Texte.", encoding="utf-8")
    with pytest.raises(ArticleError, match="not YYYY"):
        load_article(path, published="14/09/2023")


@pytest.mark.parametrize("content", [b"\xff\xfe\x00g\x00a\x00r\x00b\x00a\x00g\x00e", b"pas de date ici"])
def test_cli_build_on_a_bad_article_exits_2_with_one_line_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    out = tmp_path / "dumps"
    code = main(["build", str(path), "--out", str(out), "--data-dir", str(tmp_path / "data")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and str(path) in err and "Traceback" not in err
    assert not out.exists()
    assert not (tmp_path / "data").exists()
