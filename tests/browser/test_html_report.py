"""The HTML report in headless Chromium, as an editor uses it.

Every report here is written by the real command line (`factlint lint ... --format
html --output ...`) and compared with the JSON report of the same drafts.
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("selenium", reason="browser test: selenium is not installed (pip install 'selenium>=4.20')")

from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "briefing.md"

# True when the element's first line box is inside the window and is what a user sees there (not covered).
IN_VIEW = """
const el = arguments[0];
const box = el.getClientRects()[0];
if (!box) return false;
const x = box.left + box.width / 2, y = box.top + box.height / 2;
if (box.top < 0 || box.bottom > window.innerHeight || box.left < 0 || box.right > window.innerWidth) return false;
const hit = document.elementFromPoint(x, y);
return hit !== null && (hit === el || el.contains(hit));
"""

HOSTILE = """# Hostile <script>alert("heading")</script> draft

Under Article 261 of the criminal law <script>alert(1)</script> women face up to two years of labour.
An image <img src=x onerror="alert(2)"> and <img src="https://tracker.example/p.png"> numbered about 20,000 women.

<div onclick="alert(3)" style="background:url(https://tracker.example/bg.png)">
A raw block: Kim Jong Un brought them back in 2015.
<iframe src="https://tracker.example/frame"></iframe>
</div>

<script>document.title = "pwned"; fetch("https://tracker.example/x");</script>

[click me](javascript:alert(4)) [again](JaVaScRiPt:alert(5)) <javascript:alert(6)>
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==) [local](file:///etc/passwd)
![pixel](https://tracker.example/pixel.png) <link rel="stylesheet" href="https://tracker.example/s.css">
<svg onload="alert(8)"></svg> <a href="javascript:alert(9)">raw link</a> in 2011.

<style>@import url(https://tracker.example/i.css); body { display: none }</style>
"""


def _open(browser, report: Path) -> None:
    browser.get(report.as_uri())
    browser.find_element(By.CSS_SELECTOR, "body")


def _json_findings(data: dict) -> list[dict]:
    return [f for file in data["files"] for f in file["findings"]]


def _json_claims(data: dict) -> list[dict]:
    return [c for file in data["files"] for c in file["claims"]]


def _spot_text(browser, spot: str) -> str:
    pieces = browser.find_elements(By.CSS_SELECTOR, f'mark[data-spot="{spot}"]')
    return " ".join("".join(p.get_attribute("textContent") for p in pieces).split())


def _finding_for(item, findings: list[dict]) -> dict:
    code, line, column = (item.get_attribute(f"data-{a}") for a in ("code", "line", "column"))
    return next(f for f in findings if f["code"] == code and (f["line"], f["column"]) == (int(line), int(column)))


def _detail_text(browser) -> str:
    return " ".join(browser.find_element(By.ID, "detail").text.split())


def _shows_evidence(browser, finding: dict) -> None:
    detail = browser.find_element(By.ID, "detail")
    assert detail.is_displayed()
    assert browser.execute_script(IN_VIEW, detail.find_element(By.CSS_SELECTOR, "article header"))
    text = _detail_text(browser)
    assert " ".join(finding["found"].split()) in text
    assert " ".join(finding["message"].split()) in text
    if finding["evidence"]:
        assert detail.find_element(By.CSS_SELECTOR, ".evidence").is_displayed()
    for ev in finding["evidence"]:
        assert " ".join(ev["value"].split()) in text
        assert ev["location"] in text
        assert (ev.get("publisher") or ev["source"]) in text


def _current(browser) -> list:
    return browser.find_elements(By.CSS_SELECTOR, 'li.finding[aria-current="true"]')


@pytest.fixture
def example(browser, example_report):
    report, data = example_report
    _open(browser, report)
    return data


# --- what is shown -------------------------------------------------------------------


def test_highlights_and_findings_match_the_json_report(browser, example):
    claims, findings = _json_claims(example), _json_findings(example)
    assert findings, "the example draft should give findings"
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.claim.first")
    assert len(marks) == len(claims)
    assert Counter(m.get_attribute("data-verdict") for m in marks) == Counter(c["verdict"] for c in claims)
    in_page = sorted(" ".join(_spot_text(browser, m.get_attribute("data-spot")).split()) for m in marks)
    assert in_page == sorted(" ".join(c["text"].split()) for c in claims)
    items = browser.find_elements(By.CSS_SELECTOR, "li.finding")
    assert len(items) == len(findings)
    assert [_finding_for(i, findings)["category"] for i in items] == [i.get_attribute("data-category") for i in items]
    lines = [(_finding_for(i, findings)["line"], _finding_for(i, findings)["column"]) for i in items]
    assert lines == sorted(lines), "findings are listed in document order"
    bar = {b.get_attribute("data-filter"): b.text for b in browser.find_elements(By.CSS_SELECTOR, "button.filter")}
    for verdict, count in Counter(c["verdict"] for c in claims).items():
        assert bar[verdict].endswith(str(count))


def test_clicking_a_finding_brings_its_claim_into_view_and_shows_its_evidence(browser, example, artifact):
    findings = _json_findings(example)
    browser.set_window_size(1280, 420)  # short, so claims can be out of view
    main = browser.find_element(By.ID, "main")
    moved = 0
    for item in browser.find_elements(By.CSS_SELECTOR, "li.finding"):
        spot = item.get_attribute("data-spot")
        mark = browser.find_element(By.ID, f"s{spot}")
        for end in ("0", "arguments[0].scrollHeight"):  # scroll the claim out of view
            browser.execute_script(f"arguments[0].scrollTop = {end};", main)
            if not browser.execute_script(IN_VIEW, mark):
                moved += 1
                break
        item.find_element(By.CSS_SELECTOR, "button").click()
        assert browser.execute_script(IN_VIEW, mark), f"claim {mark.text!r} not brought into view"
        assert "current" in mark.get_attribute("class")
        assert _current(browser) == [item]
        _shows_evidence(browser, _finding_for(item, findings))
    assert moved, "the window should be short enough to scroll some claim out of view"
    browser.set_window_size(1280, 800)
    mismatch = browser.find_elements(By.CSS_SELECTOR, 'li.finding[data-category="mismatch"] button')
    (mismatch or browser.find_elements(By.CSS_SELECTOR, "li.finding button"))[0].click()
    path = artifact("html-report.png")
    browser.save_screenshot(str(path))
    assert path.stat().st_size > 10_000


def test_clicking_a_highlighted_claim_shows_the_same_evidence(browser, example):
    findings = _json_findings(example)
    for mark in browser.find_elements(By.CSS_SELECTOR, "mark.claim.first"):
        mark.click()
        if "has-finding" in mark.get_attribute("class"):
            (item,) = _current(browser)
            assert item.get_attribute("data-spot") == mark.get_attribute("data-spot")
            _shows_evidence(browser, _finding_for(item, findings))
        else:
            assert _current(browser) == []
            text = _detail_text(browser)
            assert mark.get_attribute("data-verdict") in text
            assert " ".join(mark.get_attribute("textContent").split()) in text


def test_the_summary_bar_filters_by_verdict(browser, example):
    categories = Counter(f["category"] for f in _json_findings(example))
    for category, count in categories.items():
        browser.find_element(By.CSS_SELECTOR, f'button.filter[data-filter="{category}"]').click()
        shown = [i for i in browser.find_elements(By.CSS_SELECTOR, "li.finding") if i.is_displayed()]
        assert len(shown) == count
        assert {i.get_attribute("data-category") for i in shown} == {category}
        for mark in browser.find_elements(By.CSS_SELECTOR, "mark.claim.first"):
            background = mark.value_of_css_property("background-color")
            if mark.get_attribute("data-verdict") == category:
                assert background != "rgba(0, 0, 0, 0)"
            else:
                assert background == "rgba(0, 0, 0, 0)", "other verdicts lose their highlight"
    browser.find_element(By.CSS_SELECTOR, 'button.filter[data-filter="all"]').click()
    shown = [i for i in browser.find_elements(By.CSS_SELECTOR, "li.finding") if i.is_displayed()]
    assert len(shown) == sum(categories.values())


def test_n_and_p_step_through_the_findings(browser, example):
    items = browser.find_elements(By.CSS_SELECTOR, "li.finding")
    keys = ActionChains(browser)
    seen = []
    for _ in items:
        keys.send_keys("n").perform()
        (current,) = _current(browser)
        seen.append(current)
        mark = browser.find_element(By.ID, f"s{current.get_attribute('data-spot')}")
        assert browser.execute_script(IN_VIEW, mark)
        assert browser.execute_script(IN_VIEW, current), "the list follows the selection"
    assert seen == items
    keys.send_keys("n").perform()
    assert _current(browser) == [items[0]]  # wraps round
    keys.send_keys("p").perform()
    assert _current(browser) == [items[-1]]
    if len(items) > 1:
        keys.send_keys("p").perform()
        assert _current(browser) == [items[-2]]


def test_printing_gives_the_draft_with_findings_as_footnotes(browser, example, artifact):
    findings = _json_findings(example)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not browser.find_element(By.CSS_SELECTOR, "aside.panel").is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, ".draft").is_displayed()
    notes = [n for n in browser.find_elements(By.CSS_SELECTOR, ".footnotes li") if n.is_displayed()]
    assert len(notes) == len(findings)
    refs = [r for r in browser.find_elements(By.CSS_SELECTOR, "sup.fnref") if r.is_displayed()]
    assert [r.text for r in refs] == [f"[{n}]" for n in range(1, len(findings) + 1)]
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})
    artifact("html-report.pdf").write_bytes(base64.b64decode(pdf["data"]))


# --- several files ----------------------------------------------------------------------


def test_several_files_make_one_report_with_a_file_list(browser, lint_html, tmp_path):
    second = tmp_path / "drafts" / "notes.txt"
    second.parent.mkdir()
    second.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    report, data = lint_html(EXAMPLE, second)
    _open(browser, report)
    links = browser.find_elements(By.CSS_SELECTOR, "nav.files a")
    assert [a.text for a in links] == [f["path"] for f in data["files"]]
    assert len(browser.find_elements(By.CSS_SELECTOR, "mark.claim.first")) == len(_json_claims(data))
    assert len(browser.find_elements(By.CSS_SELECTOR, "li.finding")) == len(_json_findings(data))
    assert browser.find_elements(By.CSS_SELECTOR, "#file-2 p.plain")  # the .txt copy is plain text
    last = browser.find_elements(By.CSS_SELECTOR, "li.finding button")[-1]
    last.click()
    mark = browser.find_element(By.CSS_SELECTOR, "mark.current")
    assert browser.execute_script("return arguments[0].closest('section.file').id", mark) == "file-2"
    assert browser.execute_script(IN_VIEW, mark)


# --- safety --------------------------------------------------------------------------------


def _requests(browser) -> list[str]:
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _assert_nothing_ran(browser, report: Path) -> None:
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - reading it is the check
    assert browser.title.startswith("factlint report")
    problems = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert problems == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert set(_requests(browser)) <= {report.as_uri()}


def test_a_hostile_draft_runs_nothing_and_fetches_nothing(browser, lint_html, tmp_path):
    draft = tmp_path / "src" / "hostile.md"
    draft.parent.mkdir()
    draft.write_text(HOSTILE, encoding="utf-8")
    report, data = lint_html(draft)
    _open(browser, report)
    browser.implicitly_wait(0)
    _assert_nothing_ran(browser, report)
    # The draft is there, as text.
    text = browser.find_element(By.CSS_SELECTOR, ".draft").text
    for shown in ("<script>alert(1)</script>", '<img src=x onerror="alert(2)">', "[click me](javascript:alert(4))"):
        assert shown in text
    assert browser.find_elements(By.CSS_SELECTOR, ".draft img, .draft iframe, .draft svg, .draft div") == []
    assert len(browser.find_elements(By.CSS_SELECTOR, "mark.claim.first")) == len(_json_claims(data))
    # Use every control the page has, with the hostile text in the detail.
    for mark in browser.find_elements(By.CSS_SELECTOR, "mark.claim.first"):
        mark.click()
    for item in browser.find_elements(By.CSS_SELECTOR, "li.finding button"):
        item.click()
    ActionChains(browser).send_keys("n").send_keys("p").perform()
    for link in browser.find_elements(By.CSS_SELECTOR, ".draft a"):
        link.click()
    assert browser.current_url == report.as_uri()
    _assert_nothing_ran(browser, report)
