"""--format sarif: valid SARIF 2.1.0 (the vendored schema), rule metadata, regions and evidence."""

import json
from pathlib import Path

import jsonschema
import pytest
from report_fixtures import SOURCES

from lint.catalog import catalog
from lint.report import Options, render

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def sarif(results):
    return json.loads(render("sarif", results, Options(sources=SOURCES)))


def test_valid_against_the_sarif_schema(sarif):
    jsonschema.Draft4Validator(SCHEMA).validate(sarif)
    assert sarif["version"] == "2.1.0"


def test_an_empty_run_is_valid_too():
    data = json.loads(render("sarif", []))
    jsonschema.Draft4Validator(SCHEMA).validate(data)
    assert data["runs"][0]["results"] == []


def test_driver_lists_every_rule_with_help_and_default_level(sarif):
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    by_id = {r["id"]: r for r in rules}
    assert set(by_id) == set(catalog()) | {"FL901"}
    fl501 = by_id["FL501"]
    assert fl501["name"] == "contested-statute"
    assert fl501["shortDescription"]["text"] == catalog()["FL501"].summary
    assert catalog()["FL501"].rationale.split()[0] in fl501["help"]["text"]
    assert fl501["defaultConfiguration"]["level"] == "warning"
    assert by_id["FL101"]["defaultConfiguration"]["level"] == "error"
    assert by_id["FL801"]["defaultConfiguration"]["level"] == "note"


def test_results_carry_rule_level_region_and_evidence(sarif):
    run = sarif["runs"][0]
    results = run["results"]
    first = results[0]
    assert first["ruleId"] == "FL501"
    assert run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == "FL501"
    assert first["level"] == "warning"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "drafts/border%20law.md"
    assert location["region"] == {"startLine": 3, "startColumn": 14, "endLine": 3, "endColumn": 25,
                                  "snippet": {"text": "Article 261"}}
    assert "Article 249 — Daily NK" in first["message"]["text"]
    related = first["relatedLocations"]
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in related] == ["000_wiki.txt",
                                                                                  "002%20daily%20nk.txt"]
    assert related[1]["physicalLocation"]["region"] == {"startLine": 25}
    assert {r["level"] for r in results} == {"warning", "error", "note"}


def test_unused_suppression_is_a_note_and_reading_notice_a_notification(sarif):
    run = sarif["runs"][0]
    fl901 = [r for r in run["results"] if r["ruleId"] == "FL901"]
    assert len(fl901) == 1 and fl901[0]["level"] == "note"
    assert fl901[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 5
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert "Windows-1252" in notes[0]["message"]["text"]


def test_absolute_paths_become_file_uris():
    from lint.report.sarif import artifact_uri

    assert artifact_uri("/home/ed/My Drafts/a.md") == "file:///home/ed/My%20Drafts/a.md"
    assert artifact_uri("docs/a b.md") == "docs/a%20b.md"
