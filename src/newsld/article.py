"""Load an article file into an ``Article``: the exact text, its language, date and a stable id.

Two formats are read. The bundled one starts with `` date YYYY-MM[-DD] `` (a space, ``date``, the date, a
space) directly followed by the body on the same line; the body after that header is kept byte for byte,
and every offset in newsld indexes into it. A plain UTF-8 text file is read whole, with the date and the
language given by the caller.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsld.errors import ArticleError

HEADER = re.compile(r"^ ?date (?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?) ")
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PRECISIONS = {4: "year", 7: "month", 10: "day"}
MAX_ARTICLE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class PublicationDate:
    """A date known to a precision: ``2023-09`` is a month, ``2023`` a year, ``2023-09-14`` a day."""

    value: str
    precision: str

    @classmethod
    def parse(cls, value: str, source: str) -> PublicationDate:
        value = value.strip()
        if not DATE_VALUE.match(value):
            raise ArticleError(f"{source}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        parts = [int(p) for p in value.split("-")]
        try:
            date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError as err:
            raise ArticleError(f"{source}: date {value!r} does not exist ({err})") from err
        return cls(value, PRECISIONS[len(value)])


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    language: str
    published: PublicationDate
    source: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def article_id_for(path: Path) -> str:
    """A stable id from the file name: lower case ASCII letters, digits and hyphens."""
    stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")
    if not slug:
        raise ArticleError(f"{path}: cannot make an article id from the file name")
    return slug


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as err:
        raise ArticleError(f"{path}: no such file") from err
    except IsADirectoryError as err:
        raise ArticleError(f"{path}: is a folder, not an article file") from err
    except OSError as err:
        raise ArticleError(f"{path}: cannot read: {err.strerror}") from err
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{path}: {len(raw)} bytes is over the {MAX_ARTICLE_BYTES}-byte limit for one article")
    if b"\x00" in raw:
        raise ArticleError(f"{path}: binary file (contains NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(f"{path}: not UTF-8 (invalid byte at offset {err.start})") from err
    text = text.removeprefix("\ufeff")
    control = next((c for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t"), None)
    if control is not None:
        raise ArticleError(f"{path}: binary content (control character U+{ord(control):04X})")
    return text


def load_article(
    path: Path | str, *, published: str | None = None, language: str | None = None, article_id: str | None = None
) -> Article:
    """Read an article; ``published`` and ``language`` are required for a file without the date header."""
    path = Path(path)
    text = _read_text(path)
    header = HEADER.match(text)
    if header:
        body = text[header.end():]
        date_value = published or header.group("date")
    else:
        body = text
        date_value = published
    if date_value is None:
        raise ArticleError(f"{path}: missing date: no ' date YYYY-MM[-DD] ' header and no --date given")
    if not body.strip():
        raise ArticleError(f"{path}: empty article (no text after the header)")
    language = language or "fr"
    if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", language):
        raise ArticleError(f"{path}: language {language!r} is not a BCP 47 tag such as 'fr'")
    return Article(
        id=article_id or article_id_for(path),
        text=body,
        language=language,
        published=PublicationDate.parse(date_value, str(path)),
        source=path.name,
    )
