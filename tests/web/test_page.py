"""The page as a person uses it, in headless Chromium (Debian's chromium + chromium-driver, driven by Selenium):
paste a draft with a hetu, see it highlighted, open the finding, redact, copy; the same by keyboard alone;
axe-core finds no serious or critical accessibility violation; the page loads nothing from outside."""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.web.conftest import OUTPUT, LiveServer

selenium = pytest.importorskip("selenium")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="needs Debian's chromium and chromium-driver (scripts/install-browser.sh)")
DRAFT = "Asiakkaani Matti (131052-308T) soitti taas. Perkele, miten hidasta! #kela #some #työ #arki #elämä"


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1100,1000",
                "--lang=fi"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def wait(condition: Callable[[], Any], timeout: float = 30) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out waiting for the page")


def open_page(browser: WebDriver, server: LiveServer, query: str = "") -> None:
    browser.get(server.url + "/" + query)
    browser.execute_script("localStorage.clear(); sessionStorage.clear();")
    browser.get(server.url + "/" + query)
    wait(lambda: browser.execute_script("return document.body.dataset.ready === '1'"))


def checks(browser: WebDriver) -> int:
    return int(browser.execute_script("return window.pelisaannot.checks"))


def marks(browser: WebDriver) -> list[tuple[str, str]]:
    return [(m.get_attribute("class"), m.get_attribute("textContent"))
            for m in browser.find_elements(By.CSS_SELECTOR, "#backdrop mark")]


def type_and_wait(browser: WebDriver, keys: str, target: Any = None) -> None:
    before = checks(browser)
    (target or browser.find_element(By.ID, "draft")).send_keys(keys)
    wait(lambda: checks(browser) > before)


def test_paste_see_highlight_open_redact_copy(browser: WebDriver, server: LiveServer) -> None:
    open_page(browser, server)
    type_and_wait(browser, DRAFT)
    wait(lambda: ("sev-error", "131052-308T") in marks(browser))
    assert ("sev-error", "Matti") in marks(browser)
    assert browser.find_element(By.ID, "summary").text.endswith("huomiota")
    items = browser.find_elements(By.CSS_SELECTOR, "#findings li")
    hetu = next(li for li in items if "FI-CD-001" in li.text)
    hetu.find_element(By.TAG_NAME, "summary").click()
    assert "virhe" in hetu.text  # severity in words, not colour alone
    quote = hetu.find_element(By.TAG_NAME, "blockquote").text
    assert "vaitiolovelvollisuus" in quote
    link = hetu.find_element(By.LINK_TEXT, "Lue pelisääntö").get_attribute("href")
    assert link == server.url + "/rules/FI-CD-001.html"
    hetu.find_element(By.CSS_SELECTOR, "button.show").click()
    start, end = browser.execute_script("const a = document.getElementById('draft');"
                                        "return [a.selectionStart, a.selectionEnd];")
    assert DRAFT[start:end] == "131052-308T"
    OUTPUT.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(OUTPUT / "page-findings.png"))

    before = checks(browser)
    browser.find_element(By.ID, "redact").click()
    wait(lambda: checks(browser) > before)
    value = browser.find_element(By.ID, "draft").get_attribute("value")
    assert value.startswith("Asiakkaani [nimi] ([henkilötunnus]) soitti taas.")
    assert "Poistettu 2 asiakastietoa" in browser.find_element(By.ID, "status").text
    assert not any(cls == "sev-error" for cls, _ in marks(browser))

    browser.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": server.url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    browser.find_element(By.ID, "copy").click()
    wait(lambda: "Kopioitu" in browser.find_element(By.ID, "status").text)
    copied = browser.execute_async_script("navigator.clipboard.readText().then(arguments[0], "
                                          "() => arguments[0](null));")
    assert copied in (value, None)  # None: this Chromium keeps the clipboard to itself; the status said copied
    browser.save_screenshot(str(OUTPUT / "page-redacted.png"))


def focused(browser: WebDriver) -> Any:
    return browser.switch_to.active_element


def tab_until(browser: WebDriver, predicate: Callable[[Any], bool], limit: int = 30, back: bool = False) -> Any:
    for _ in range(limit):
        webdriver.ActionChains(browser).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform() \
            if back else webdriver.ActionChains(browser).send_keys(Keys.TAB).perform()
        element = focused(browser)
        if predicate(element):
            return element
    raise AssertionError("could not reach the element by Tab")


def test_the_same_flow_by_keyboard_alone(browser: WebDriver, server: LiveServer) -> None:
    open_page(browser, server)
    browser.find_element(By.TAG_NAME, "body").click()
    platform = tab_until(browser, lambda e: e.get_attribute("id") == "platform")
    platform.send_keys("L")  # LinkedIn, chosen by typing its first letter
    assert Select(platform).first_selected_option.get_attribute("value") == "linkedin"
    area = tab_until(browser, lambda e: e.get_attribute("id") == "draft")
    type_and_wait(browser, DRAFT, area)
    wait(lambda: ("sev-error", "131052-308T") in marks(browser))
    summary = tab_until(browser, lambda e: e.tag_name == "summary" and "FI-CD-001" in e.text)
    summary.send_keys(Keys.ENTER)
    assert summary.find_element(By.XPATH, "..").get_attribute("open") is not None
    show = tab_until(browser, lambda e: e.tag_name == "button" and "show" in (e.get_attribute("class") or ""))
    show.send_keys(Keys.ENTER)
    assert focused(browser).get_attribute("id") == "draft"
    redact = tab_until(browser, lambda e: e.get_attribute("id") == "redact")
    before = checks(browser)
    redact.send_keys(Keys.ENTER)
    wait(lambda: checks(browser) > before)
    assert "[henkilötunnus]" in browser.find_element(By.ID, "draft").get_attribute("value")
    copy = tab_until(browser, lambda e: e.get_attribute("id") == "copy")
    copy.send_keys(Keys.SPACE)
    wait(lambda: browser.find_element(By.ID, "status").text.startswith("Kopio"))


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_axe_finds_no_serious_violations(browser: WebDriver, server: LiveServer, lang: str) -> None:
    axe_module = pytest.importorskip("axe_selenium_python")

    open_page(browser, server, f"?lang={lang}")
    type_and_wait(browser, DRAFT)
    for summary in browser.find_elements(By.CSS_SELECTOR, "#findings summary"):
        summary.click()
    axe = axe_module.Axe(browser)
    axe.inject()
    results = axe.run()
    bad = [(v["id"], v["impact"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"]
           if v["impact"] in ("serious", "critical")]
    assert bad == []
    assert browser.execute_script("return document.documentElement.lang") == lang
    OUTPUT.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(OUTPUT / f"page-{lang}.png"))


def test_language_switch_and_platform_counters(browser: WebDriver, server: LiveServer) -> None:
    open_page(browser, server)
    Select(browser.find_element(By.ID, "ui-lang")).select_by_value("sv")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Granska inlägget innan du publicerar"
    assert browser.find_element(By.ID, "redact").text == "Ta bort kunduppgifter"
    Select(browser.find_element(By.ID, "ui-lang")).select_by_value("en")
    assert browser.find_element(By.ID, "copy").text == "Copy"
    Select(browser.find_element(By.ID, "ui-lang")).select_by_value("fi")
    before = checks(browser)
    Select(browser.find_element(By.ID, "platform")).select_by_value("x")
    wait(lambda: checks(browser) > before)
    type_and_wait(browser, "Lue lisää https://www.kela.fi/opintotuki-ja-asumistuki-2025 @kela #opintotuki")
    # X counts every link as 23 characters: 10 + 23 + 1 + 5 + 1 + 11 = 51
    assert browser.find_element(By.ID, "count-length").text == "51 / 280 merkkiä"
    assert browser.find_element(By.ID, "count-hashtags").text == "1 hashtagia"
    assert browser.find_element(By.ID, "count-mentions").text == "1 mainintaa"


def test_loads_nothing_from_outside_and_highlights_quickly(browser: WebDriver, server: LiveServer) -> None:
    open_page(browser, server)
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert resources and all(r.startswith(server.url) for r in resources)
    type_and_wait(browser, "Hyvää huomenta kaikille, tänään on hieno päivä.")  # warm-up
    latencies = []
    for word in (" Perkele", " hienoa", " idiootti", " kiitos", " saatana"):
        browser.execute_script("window.pelisaannot.latencies = []")
        type_and_wait(browser, word)
        latencies.append(min(browser.execute_script("return window.pelisaannot.latencies")))
    median = statistics.median(latencies)
    print(f"highlight after a keystroke pause: median {median:.0f} ms, {[round(x) for x in latencies]}")
    assert median < 300, latencies  # 90 ms debounce + the check: about 100 ms here; the target is 150 ms


def test_the_page_with_a_token(browser: WebDriver, tmp_path: Any) -> None:
    from tests.web.conftest import start_server

    guarded = start_server(tmp_path, "--token", "s3cret")
    try:
        browser.get(guarded.url + "/")
        browser.execute_script("localStorage.clear(); sessionStorage.clear();")
        browser.get(guarded.url + "/")
        wait(lambda: browser.execute_script("return document.body.dataset.ready === '1'"))
        assert "Anna tunniste" in browser.find_element(By.ID, "status").text  # refused without the token
        browser.get(guarded.url + "/#token=s3cret")
        browser.refresh()
        wait(lambda: browser.execute_script("return document.body.dataset.ready === '1'"))
        type_and_wait(browser, DRAFT)
        wait(lambda: ("sev-error", "131052-308T") in marks(browser))
    finally:
        guarded.process.terminate()
        guarded.process.wait(timeout=30)
