"""The HTML pages: what each shows, every IRI a link, precision kept, triggers and quotes marked."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from newsld.web.spans import Span, render_text
from newsld.web.timeline import lay_out, period

AID = "sample-2023-09"
HTML = {"Accept": "text/html"}


class Elements(HTMLParser):
    """Every element's tag and attributes, and whether the markup nests."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict]] = []
        self.open: list[str] = []
        self.nested = True
        self.link_in_link = False

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))
        self.link_in_link |= tag == "a" and "a" in self.open
        if tag not in ("meta", "link", "input", "br", "img"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open.pop() != tag:
            self.nested = False


def elements(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def test_event_page_says_what_who_when_where_status_and_source(client):
    html = client.get(f"/doc/event/{AID}/e-accept", headers=HTML).data.decode()
    assert "Putin accepts the invitation" in html
    assert 'href="/doc/entity/sample-2023-09/kremlin"' in html  # according to
    assert 'href="/entity/Q7747"' in html and "https://www.wikidata.org/wiki/Q7747" in html  # who
    assert "September 2023" in html and "precision-month" in html  # when, with its precision
    assert "occurred" in html
    # The sentence it comes from, the trigger marked, and a link into the article at the trigger.
    assert '<span class="span span-trigger">accepté</span>' in html
    assert f'href="/doc/article/{AID}#char=113,120"' in html


def test_unasserted_event_shows_its_status(client):
    html = client.get(f"/doc/event/{AID}/e-delivery", headers=HTML).data.decode()
    assert "status-suspected" in html and "not asserted" in html


def test_article_page_marks_every_mention_trigger_and_quote(client):
    html = client.get(f"/doc/article/{AID}", headers=HTML).data.decode()
    parsed = elements(html)
    assert parsed.nested and not parsed.link_in_link
    by_id = {attrs["id"]: (tag, attrs) for tag, attrs in parsed.found if "id" in attrs}
    tag, attrs = by_id["char=14,23"]  # "rencontré", the meeting's trigger
    assert tag == "a" and "span-trigger" in attrs["class"] and attrs["href"] == f"/doc/event/{AID}/e-meeting"
    tag, attrs = by_id["char=0,11"]  # "Kim Jong-un"
    assert "span-mention" in attrs["class"] and attrs["href"] == "/entity/Q56226"
    tag, attrs = by_id["char=137,168"]  # the quote, with its speaker
    assert "span-quote" in attrs["class"] and attrs["data-speaker"] == "Kim Jong-un"
    assert "span-time" in by_id["char=242,249"][1]["class"]
    assert "span-sentence" in by_id["char=0,72"][1]["class"]
    text = re.sub(r"<[^>]+>", "", html.split('class="article-text" lang="fr">', 1)[1].split("</div>", 1)[0])
    assert text.replace("&#39;", "'").startswith("Kim Jong-un a rencontré Vladimir Poutine")


def test_timeline_draws_a_year_as_a_year(client):
    html = client.get("/timeline", headers=HTML).data.decode()
    bars = re.findall(r'class="bar bar-(\w+)" href="([^"]+)" style="left: ([\d.]+)%; width: ([\d.]+)%"', html)
    widths = {href.rsplit("/", 1)[1]: (kind, float(width)) for kind, href, _, width in bars}
    assert widths["e-meeting-2019"][0] == "year" and widths["e-meeting"][0] == "day"
    assert widths["e-accept"][0] == "month"
    assert widths["e-meeting-2019"][1] > 10 * widths["e-accept"][1] > 0
    assert "e-delivery" in html  # undated, listed apart


def test_home_says_how_big_and_where_to_start(client):
    html = client.get("/", headers=HTML).data.decode()
    for link in ('href="/sparql"', 'href="/dumps/"', 'href="/timeline"', 'href="/articles"',
                 f'href="/doc/article/{AID}"'):
        assert link in html
    numbers = dict((label, int(n)) for n, label in re.findall(r"<strong>(\d+)</strong><span>([a-z ]+)", html))
    assert numbers["events"] == 5 and numbers["articles"] == 1


def test_pages_use_no_outside_resources(client):
    for path in ("/", "/sparql", f"/doc/article/{AID}", "/timeline"):
        html = client.get(path, headers=HTML).data.decode()
        assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', html), path


def test_spans_nest_even_when_they_cross():
    text = "abcdefghij"
    html = render_text(text, [Span(0, 6, "quote", None, speaker="X"), Span(4, 9, "sentence"),
                              Span(2, 5, "mention", "/e"), Span(2, 5, "trigger", "/t")])
    parsed = elements(str(html))
    assert parsed.nested
    assert re.sub(r"<[^>]+>", "", str(html)) == text
    ids = [attrs["id"] for _, attrs in parsed.found if "id" in attrs]
    assert sorted(ids) == ["char=0,6", "char=2,5", "char=4,9"]  # one id per fragment, even when split
    assert not parsed.link_in_link
    assert {attrs["href"] for tag, attrs in parsed.found if tag == "a"} == {"/t"}  # the inner one is a span


def test_periods_by_precision():
    assert period("2019").precision == "year" and (period("2019").end - period("2019").start).days == 365
    assert period("2023-09").text == "September 2023" and period("2023-12").end.year == 2024
    assert period("2023-09-13").precision == "day"
    assert period("around then") is None and period("2023-02-30") is None
    axis = lay_out([("a", period("2019")), ("b", period("2023-09-13"))])
    assert axis.rows[0].left == 0 and axis.ticks[0] == ("2019", 0.0)
    assert axis.rows[1].width >= 0.6


def test_every_page_of_the_bundled_article_renders(published_settings):
    """The real build: each event, entity and the article answer a page whose markup nests."""
    from newsld.store import EmbeddedStore
    from newsld.web import create_app

    client = create_app(published_settings).test_client()
    rows = EmbeddedStore(published_settings.store_dir).select(
        "SELECT DISTINCT ?x WHERE { GRAPH ?g { { ?x <https://w3id.org/newsld/ontology#status> ?s } "
        "UNION { ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?x } } }")
    paths = {client.get(str(row["x"]).replace(published_settings.base_iri, ""), headers=HTML).headers.get(
        "Location", "").replace(published_settings.base_iri, "") or str(row["x"]) for row in rows}
    paths = {p if p.startswith("/") else "/entity/" + p.rsplit("/", 1)[1] for p in paths}
    assert len(paths) > 30
    for path in [*sorted(paths), "/doc/article/kim-putin-2023-09", "/", "/timeline"]:
        response = client.get(path, headers=HTML)
        assert response.status_code == 200, path
        parsed = elements(response.data.decode())
        assert parsed.nested and not parsed.link_in_link, path
