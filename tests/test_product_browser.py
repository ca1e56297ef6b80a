"""The HTML viewer in a real headless Chromium (Debian's `chromium` + `chromium-driver`, driven
by Selenium): the dialogue list renders from the embedded JSON and the filters work. A
screenshot goes to tests/artifacts/ (gitignored)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from consistentchat.product.commands import finish_run_products
from tests.product_fixtures import NASTY, build_run

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1200,1600"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def viewer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    run = build_run(tmp_path_factory.mktemp("browser") / "run")
    return finish_run_products(run)["viewer"]


def visible(driver: webdriver.Chrome) -> list[str]:
    return [e.get_attribute("data-id") for e in driver.find_elements(By.CSS_SELECTOR, ".dialogue")
            if e.is_displayed()]


def choose(driver: webdriver.Chrome, select_id: str, value: str) -> None:
    Select(driver.find_element(By.ID, select_id)).select_by_value(value)


def test_viewer_lists_and_filters_dialogues(browser: webdriver.Chrome, viewer: Path) -> None:
    browser.get(viewer.as_uri())
    everything = visible(browser)
    assert len(everything) == 10  # 6 accepted + 3 rejected + 1 failed
    assert browser.find_element(By.ID, "count").text == "10 of 10 dialogues"
    assert all(img.get_attribute("naturalWidth") != "0"
               for img in browser.find_elements(By.CSS_SELECTOR, "#plots img")), "plots decoded"

    choose(browser, "filter-intent", "travel")
    assert visible(browser) == ["travel-0001", "travel-0003", "travel-0005", "travel-0008"]
    choose(browser, "filter-outcome", "rejected")
    assert visible(browser) == ["travel-0005", "travel-0008"]
    choose(browser, "filter-validator", "topic")
    assert visible(browser) == ["travel-0008"]
    assert browser.find_element(By.ID, "count").text == "1 of 10 dialogues"

    choose(browser, "filter-intent", "")
    choose(browser, "filter-validator", "structure")
    assert visible(browser) == ["learning-0007", "travel-0008"]
    choose(browser, "filter-validator", "")
    choose(browser, "filter-outcome", "failed")
    assert visible(browser) == ["learning-0009"]
    choose(browser, "filter-outcome", "accepted")
    assert len(visible(browser)) == 6

    # A dialogue opens to its turns, each user turn with its flow step; text stays text.
    box = browser.find_element(By.CSS_SELECTOR, '.dialogue[data-id="learning-0006"]')
    box.find_element(By.TAG_NAME, "summary").click()
    turns = box.find_elements(By.CSS_SELECTOR, ".turn")
    assert len(turns) == 4
    assert "step: needs" in turns[0].text and "step: constraints" in turns[2].text
    assert "</script><script>alert(\"x\")</script>" in turns[0].text
    assert NASTY.split("\u2028")[0].strip() in turns[0].get_attribute("textContent")
    assert not browser.find_elements(By.CSS_SELECTOR, "#dialogues b"), "no markup injected"
    assert "scores: judge 6" in box.text

    choose(browser, "filter-outcome", "rejected")
    rejected = browser.find_element(By.CSS_SELECTOR, '.dialogue[data-id="travel-0005"]')
    rejected.find_element(By.TAG_NAME, "summary").click()
    assert "alignment: rejected (score 0.2) — answers pair with other queries" in rejected.text
    assert "judge: rejected (score 3) — score 3 < 6" in rejected.text

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "viewer.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes().startswith(b"\x89PNG")
