"""--format json: the contract's fields, types and enums, and the extras kept out of `findings`."""

import json

from report_fixtures import DRAFT

from lint.report import render

KINDS = {"statute", "penalty", "date", "figure"}
VERDICTS = {"supported", "mismatch", "contested", "hedge", "attribution", "unsupported"}
CATEGORIES = VERDICTS - {"supported"}
SEVERITIES = {"error", "warning", "info"}
POSITION = ("line", "column", "end_line", "end_column")


def _data(results):
    return json.loads(render("json", results))


def test_top_level_shape(results):
    data = _data(results)
    assert data["version"] == 1
    assert [f["path"] for f in data["files"]] == ["drafts/border law.md", "drafts/clean.md"]
    assert data["summary"]["files"] == 2
    assert data["summary"]["claims"] == 3
    assert data["summary"]["findings"] == 3


def test_claims_have_every_contract_field(results):
    claims = _data(results)["files"][0]["claims"]
    assert len(claims) == 3
    for c in claims:
        assert set(c) >= {*POSITION, "text", "kind", "verdict", "topics"}
        assert all(isinstance(c[k], int) and c[k] >= 1 for k in POSITION)
        assert c["kind"] in KINDS and c["verdict"] in VERDICTS
        assert isinstance(c["topics"], list)
    article = claims[0]
    assert (article["text"], article["verdict"], article["topics"]) == ("Article 261", "contested",
                                                                        ["prostitution-statute"])


def test_positions_count_code_points_with_an_exclusive_end(results):
    finding = _data(results)["files"][0]["findings"][0]
    line = DRAFT.splitlines()[finding["line"] - 1]
    assert line[finding["column"] - 1 : finding["end_column"] - 1] == "Article 261" == finding["found"]
    assert line.startswith("북한")  # the Korean before it counts one column per character


def test_findings_have_every_contract_field_and_enum(results):
    findings = _data(results)["files"][0]["findings"]
    assert [f["code"] for f in findings] == ["FL501", "FL104", "FL803"]
    for f in findings:
        assert set(f) >= {"code", "category", "kind", "severity", *POSITION, "found", "message", "evidence"}
        assert f["category"] in CATEGORIES and f["kind"] in KINDS and f["severity"] in SEVERITIES
        for e in f["evidence"]:
            assert isinstance(e["value"], str) and isinstance(e["source"], str) and isinstance(e["location"], str)
    contested = findings[0]
    assert [(e["value"], e["source"], e["location"]) for e in contested["evidence"]] == [
        ("Article 261", "wikipedia-prostitution-nk", "line 7"),
        ("Article 249", "dailynk-2022-hamhung", "line 25"),
    ]
    assert findings[1]["suggestion"] == "about 2,000"


def test_unused_suppressions_are_notices_not_findings(results):
    data = _data(results)["files"][0]
    assert "FL901" not in {f["code"] for f in data["findings"]}
    coded = [n for n in data["notices"] if n["code"]]
    assert coded == [{"code": "FL901", "name": "unused-suppression", "severity": "info", "line": 5, "column": 1,
                      "message": "'disable-next-line FL104' suppresses no FL104 finding; remove it"}]
    reading = [n for n in data["notices"] if not n["code"]]
    assert reading[0]["message"].startswith("decoded as Windows-1252")


def test_a_clean_file_is_listed_with_empty_arrays(results):
    clean = _data(results)["files"][1]
    assert clean == {"path": "drafts/clean.md", "claims": [], "findings": [], "notices": []}
