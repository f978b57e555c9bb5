"""Select and ignore by longest code prefix, severity overrides and per-file-ignores."""

import pytest
from filter_helpers import finding, run

from lint.errors import InputError
from lint.filters import apply_filters, check_codes, is_selected, split_codes
from lint.model import FileResult
from lint.settings import Settings

TEXT = "Article 262 in 2011; about 20,000 women.\n"
ALL = (("Article 262", "FL101"), ("2011", "FL803"), ("about 20,000", "FL104"))


def codes(settings: Settings, path: str = "draft.md") -> list[str]:
    return [code for _, code in run(TEXT, *ALL, settings=settings, path=path)[0]]


def test_no_select_reports_everything():
    assert codes(Settings()) == ["FL101", "FL803", "FL104"]


def test_select_a_prefix_and_ignore_a_longer_one():
    assert codes(Settings(select=("FL1",), ignore=("FL104",))) == ["FL101"]


def test_a_longer_select_beats_a_shorter_ignore():
    assert codes(Settings(select=("FL104",), ignore=("FL1",))) == ["FL104"]


def test_on_a_tie_ignore_wins():
    assert not is_selected("FL101", ("FL1",), ("FL1",))


def test_ignore_alone():
    assert codes(Settings(ignore=("FL8",))) == ["FL101", "FL104"]


def test_severity_overrides_longest_prefix_wins():
    settings = Settings(severity=(("FL8", "warning"), ("FL803", "error"), ("FL1", "info")))
    findings = [finding(TEXT, n, c) for n, c in ALL]
    result = apply_filters(FileResult("d.md", findings=findings, text=TEXT), None, settings)
    assert [(f.code, f.severity) for f in result.findings] == [("FL101", "info"), ("FL803", "error"),
                                                               ("FL104", "info")]


def test_per_file_ignores_match_the_path_from_the_config_folder(tmp_path):
    settings = Settings(per_file_ignores=(("drafts/*.md", ("FL8",)), ("*.txt", ("FL1",))), root=str(tmp_path))
    assert codes(settings, path=str(tmp_path / "drafts" / "a.md")) == ["FL101", "FL104"]
    assert codes(settings, path=str(tmp_path / "drafts" / "deeper" / "a.md")) == ["FL101", "FL803", "FL104"]
    assert codes(settings, path=str(tmp_path / "notes" / "b.txt")) == ["FL803"]


def test_codes_are_checked_against_the_catalogue():
    assert check_codes(split_codes(["fl1,FL501", "FL9"]), "--select") == ("FL1", "FL501", "FL9")
    with pytest.raises(InputError, match=r"--select: unknown code 'FL999'"):
        check_codes(["FL999"], "--select")
    with pytest.raises(InputError, match=r"--ignore: unknown code 'E501'"):
        check_codes(["E501"], "--ignore")
