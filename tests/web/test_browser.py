"""The real server in a real headless Chromium: front page -> story -> entity -> search -> upload.

Skipped when Debian's chromium/chromium-driver or selenium are missing (``scripts/test.sh`` installs
them), except under CI, where a missing browser is a failure rather than a silent skip. Screenshots of every step go to out/screenshots/ for a human to look at.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import DATA, TOKEN

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = "/usr/bin/chromedriver"
SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"

_MISSING = None if CHROMIUM and Path(CHROMEDRIVER).exists() else "chromium and chromium-driver are not installed"
if os.environ.get("CI") and _MISSING:
    raise RuntimeError(f"browser tests cannot run under CI: {_MISSING}")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
pytestmark = pytest.mark.skipif(_MISSING is not None, reason=_MISSING or "")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, web_db: Path) -> Iterator[str]:
    import uvicorn

    from duiding.store import Store
    from duiding.web import create_app
    from duiding.web.settings import Settings

    db = tmp_path_factory.mktemp("browser") / "browser.db"
    src = Store(web_db)
    src.conn.execute(f"VACUUM INTO '{db}'")  # uploads in this test must not change the shared store
    src.close()
    port = _free_port()
    config = uvicorn.Config(create_app(Settings(db=str(db), token=TOKEN)), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    profile = tempfile.mkdtemp(prefix="duiding-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--window-size=1280,1000"):
        opts.add_argument(flag)
    opts.binary_location = CHROMIUM or ""
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _wait_for(driver: Any, css: str) -> Any:
    """The element once the page that shows it has loaded (form posts and Enter return before that)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, 30).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def _shot(driver: Any, name: str) -> None:
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(int(height), 800), 4000))
    driver.save_screenshot(str(SHOTS / f"{name}.png"))
    driver.set_window_size(1280, 1000)


def test_reader_journey(server: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    d = browser
    d.get(server + "/")
    assert "Laatste verhalen" in d.find_element(By.TAG_NAME, "h1").text
    stories = d.find_elements(By.CSS_SELECTOR, "a.story-link")
    assert len(stories) >= 2
    _shot(d, "01-front")

    # the story about the dikes has two articles; follow it
    cards = d.find_elements(By.CSS_SELECTOR, ".story-card")
    dike = next(c for c in cards if "2 artikelen" in c.text)
    title = dike.find_element(By.CSS_SELECTOR, "a.story-link").text
    dike.find_element(By.CSS_SELECTOR, "a.story-link").click()
    _wait_for(d, "svg.timeline-svg")
    assert d.find_element(By.TAG_NAME, "h1").text == title
    assert len(d.find_elements(By.CSS_SELECTOR, ".article-list .article-row")) == 2
    assert d.find_elements(By.CSS_SELECTOR, "svg.timeline-svg a.event-link")
    assert d.find_elements(By.CSS_SELECTOR, "svg.network-svg a.node-link")
    _shot(d, "02-story")

    # a click on a timeline event opens the article with the dated sentence selected
    d.find_elements(By.CSS_SELECTOR, "svg.timeline-svg a.event-link")[0].click()
    _wait_for(d, "#article-text")
    assert "/articles/" in d.current_url
    assert d.find_elements(By.CSS_SELECTOR, "#article-text mark.hl-mention")
    assert d.find_elements(By.CSS_SELECTOR, "#article-text mark.hl-quote")
    if "#pos-" in d.current_url:  # the cited sentence is selected and scrolled to
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(d, 5).until(lambda drv: drv.execute_script("return window.getSelection().toString()").strip())
    _shot(d, "03-article")

    # a person: clicking a marked name goes to the entity page
    name = d.find_element(By.CSS_SELECTOR, "#article-text mark.hl-mention-PER[data-href]")
    name.click()
    _wait_for(d, "h1.entity-name")
    assert "/entities/" in d.current_url
    assert d.find_element(By.CSS_SELECTOR, "h1.entity-name").text.strip()
    _shot(d, "04-entity")

    # the minister's page shows her quotes over time
    d.get(server + "/entities?q=Verbeek")
    d.find_element(By.CSS_SELECTOR, "a.entity-link").click()
    _wait_for(d, "h1.entity-name")
    assert "Verbeek" in d.find_element(By.TAG_NAME, "h1").text
    assert d.find_elements(By.CSS_SELECTOR, ".quote-list .quote")
    _shot(d, "05-entity-quotes")


def test_article_text_is_escaped(server: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    d = browser
    d.get(server + "/search?q=phishingmail")
    d.find_element(By.CSS_SELECTOR, ".hit a.article-title").click()
    text = _wait_for(d, "#article-text").text
    assert "<script>alert('gehackt')</script>" in text  # shown as text, never run
    assert d.execute_script("return document.querySelectorAll('#article-text script').length") == 0


def test_search_highlights_matches(server: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    d = browser
    d.get(server + "/")
    box = d.find_element(By.CSS_SELECTOR, ".header-search input[name=q]")
    box.send_keys("dijken", Keys.ENTER)
    _wait_for(d, "form.search-form")
    assert "/search?q=dijken" in d.current_url
    hits = d.find_elements(By.CSS_SELECTOR, "ol.hits .hit")
    assert hits
    assert d.find_elements(By.CSS_SELECTOR, ".hit mark.hit")
    _shot(d, "06-search")


def test_upload_a_file(server: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    d = browser
    d.get(server + "/upload")
    _shot(d, "07-upload-form")
    upload = DATA / "upload" / "2026-10-08-veerdienst-westerschelde.txt"
    d.find_element(By.CSS_SELECTOR, "input[type=file][name=files]").send_keys(str(upload))
    d.find_element(By.CSS_SELECTOR, "input[name=token]").send_keys("fout")
    d.find_element(By.CSS_SELECTOR, ".upload-form button[type=submit]").click()
    assert "invalid or missing token" in _wait_for(d, "#upload-error").text

    d.find_element(By.CSS_SELECTOR, "input[type=file][name=files]").send_keys(str(upload))
    d.find_element(By.CSS_SELECTOR, "input[name=token]").send_keys(TOKEN)
    d.find_element(By.CSS_SELECTOR, ".upload-form button[type=submit]").click()
    result = _wait_for(d, "#upload-result")
    assert "ingested 1" in result.text
    _shot(d, "08-upload-done")
    result.find_element(By.CSS_SELECTOR, "a.article-title").click()
    assert "Vlissingen" in _wait_for(d, "#article-text").text
