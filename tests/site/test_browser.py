"""The site in a real browser: headless Debian Chromium driven by Playwright, against the app on loopback.

Screenshots go to tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from newsld.store import QueryService

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.server,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]


EXAMPLE = """# title: Events and their status
# description: Every event of the graph with its label and status, the asserted ones and the others.
PREFIX nld: <https://w3id.org/newsld/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?label ?status WHERE { GRAPH ?g { ?event nld:status ?status . OPTIONAL { ?event rdfs:label ?label } } }
ORDER BY ?event
"""


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    """The project's example queries when there are some, else one written here (the UI reads either)."""
    from newsld.web import ui

    if ui.bundled_examples():
        yield
        return
    folder = tmp_path_factory.mktemp("queries")
    (folder / "events.rq").write_text(EXAMPLE, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ui, "examples_folder", lambda: folder)
        yield


@pytest.fixture(scope="module")
def live_site(published_settings, examples):
    """The bundled article's build served on a free loopback port, with real query workers.

    The app runs in a thread of this process (werkzeug's threaded server) so that the examples chosen above
    apply; the production server (granian) is driven by tests/web and tests/conformance.
    """
    from werkzeug.serving import make_server

    from newsld.web import create_app

    settings = published_settings.replace(workers=1, query_timeout_s=10)
    with QueryService.from_settings(settings) as queries:
        app = create_app(settings, query_service=queries)
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_port}"
        finally:
            server.shutdown()
            thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    # The site must stand alone: any request off loopback fails the test.
    outside: list[str] = []
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1")
                  else (outside.append(route.request.url), route.abort()))
    page = context.new_page()
    yield page
    context.close()
    assert outside == [], f"the page asked for resources off the site: {outside}"


def test_query_page_runs_an_example_and_shows_a_table(live_site, page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{live_site}/sparql", wait_until="networkidle")
    examples = page.locator("button.example")
    assert examples.count() >= 1, "the query page offers no example query"
    # An example that runs here: Wikidata is never reachable from the test machines, so no SERVICE.
    local = page.evaluate("() => JSON.parse(document.getElementById('ui-data').textContent).examples"
                          ".filter(e => !/SERVICE/i.test(e.query)).map(e => e.name)")
    assert local, "no example query runs without Wikidata"
    first = page.locator(f'button.example[data-name="{local[0]}"]')
    title = first.locator("strong").inner_text()
    first.click()
    assert page.locator("#query").input_value().strip(), f"picking {title!r} left the editor empty"
    page.locator("#run").click()
    page.wait_for_selector("#results table tbody tr, #error:not([hidden])", timeout=15000)
    assert page.locator("#error").is_hidden(), page.locator("#error-body").inner_text()
    rows = page.locator("#results table tbody tr")
    assert rows.count() >= 1
    assert page.locator("#results table thead th").count() >= 1
    assert page.locator("#downloads a").count() >= 4  # JSON, XML, CSV, TSV (or the graph formats)
    assert "query=" in page.locator("#share").get_attribute("href")
    page.screenshot(path=str(ARTIFACTS / "query-ui.png"), full_page=False)


def test_query_page_shows_the_error_body(live_site, page):
    page.goto(f"{live_site}/sparql?query=SELECT%20WHERE%20%7B", wait_until="networkidle")
    page.wait_for_selector("#error:not([hidden])", timeout=15000)
    assert page.locator("#error-status").inner_text().startswith("400")
    assert "syntax" in page.locator("#error-body").inner_text().lower()


def test_event_page_links_to_its_article_with_the_trigger_highlighted(live_site, page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{live_site}/timeline", wait_until="networkidle")
    page.locator(".timeline .row-label a.iri-local").first.click()
    page.wait_for_selector("h1")
    assert "/doc/event/" in page.url
    page.screenshot(path=str(ARTIFACTS / "event-page.png"), full_page=True)
    trigger_word = page.locator(".evidence .span-trigger").first.inner_text()
    page.locator(".evidence a.to-text").click()
    page.wait_for_selector(".article-text")
    assert "/doc/article/" in page.url and "#char=" in page.url
    fragment = page.url.split("#", 1)[1]
    target = page.locator(f'[id="{fragment}"]')
    assert target.count() == 1
    assert "span-trigger" in target.get_attribute("class")
    assert target.inner_text() == trigger_word
    assert page.evaluate("() => document.querySelector(':target') !== null && document.querySelector(':target').id")\
        == fragment
    background = target.evaluate("node => getComputedStyle(node).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    page.screenshot(path=str(ARTIFACTS / "article-trigger.png"), full_page=False)
