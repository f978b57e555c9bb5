"""Configuration: found by walking up, factlint.toml before pyproject.toml, checked key by key, overridden."""

from pathlib import Path

import pytest

from lint.config import describe, find_config, load_file, resolve
from lint.discover import Glob
from lint.errors import InputError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_by_walking_up_from_the_linted_path(tmp_path):
    config = write(tmp_path / "pyproject.toml", '[tool.factlint]\nselect = ["FL1"]\n')
    draft = write(tmp_path / "docs" / "deep" / "a.md", "text")
    assert find_config(draft) == config
    assert find_config(draft.parent) == config


def test_pyproject_without_our_table_is_passed_over(tmp_path):
    outer = write(tmp_path / "factlint.toml", 'select = ["FL1"]\n')
    write(tmp_path / "docs" / "pyproject.toml", '[tool.black]\nline-length = 80\n')
    assert find_config(tmp_path / "docs") == outer


def test_factlint_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.factlint]\nselect = ["FL1"]\n')
    chosen = write(tmp_path / "factlint.toml", 'select = ["FL5"]\n')
    assert find_config(tmp_path) == chosen
    assert resolve(tmp_path).select == ("FL5",)


def test_every_key_is_read(tmp_path):
    config = write(tmp_path / "factlint.toml", """
reference = ["refs/a.toml", "refs/b.toml"]
rules = "packs/extra"
select = ["FL1", "FL5"]
ignore = ["FL104"]
severity = { FL8 = "warning" }
fail-on = "error"
include = ["*.md"]
exclude = ["drafts/old/**"]
per-file-ignores = { "notes/*.md" = ["FL8"] }
cutoff = 70
report-unsupported = false
cache-dir = ".cache/factlint"
""")
    cfg = load_file(config)
    assert cfg.reference == (tmp_path / "refs/a.toml", tmp_path / "refs/b.toml")
    assert cfg.rules == (tmp_path / "packs/extra",)
    assert (cfg.select, cfg.ignore, cfg.severity, cfg.fail_on) == (("FL1", "FL5"), ("FL104",), (("FL8", "warning"),),
                                                                   "error")
    assert cfg.exclude == (Glob("drafts/old/**", str(tmp_path.resolve())),)
    assert cfg.per_file_ignores == (("notes/*.md", ("FL8",)),)
    assert cfg.cache_dir == tmp_path / ".cache/factlint"
    settings = cfg.settings()
    assert settings.match.cutoff == 70.0
    assert settings.report_unsupported is False
    assert settings.root == str(tmp_path.resolve())


@pytest.mark.parametrize(("body", "message"), [
    ('selct = ["FL1"]', r"factlint\.toml key 'selct': unknown key \(did you mean 'select'\?\)"),
    ('fail_on = "error"', r"key 'fail_on': unknown key \(did you mean 'fail-on'\?\)"),
    ('select = 3', r"key 'select': expected a string or a list of strings"),
    ('select = ["FL999"]', r"key 'select': unknown code 'FL999'"),
    ('fail-on = "fatal"', r"key 'fail-on': 'fatal' is not a severity"),
    ('severity = { FL8 = "loud" }', r"key 'severity.FL8': 'loud' is not a severity"),
    ('cutoff = "high"', r"key 'cutoff': expected a number from 0 to 100"),
    ('cutoff = 140', r"key 'cutoff': expected a number from 0 to 100"),
    ('per-file-ignores = ["x"]', r"key 'per-file-ignores': expected a table"),
    ('select = [', r"factlint\.toml: not valid TOML"),
])
def test_bad_configuration_names_the_file_and_key(tmp_path, body, message):
    config = write(tmp_path / "factlint.toml", body + "\n")
    with pytest.raises(InputError, match=message):
        load_file(config)


def test_pyproject_errors_name_the_table(tmp_path):
    config = write(tmp_path / "pyproject.toml", '[tool.factlint]\nbogus = 1\n')
    with pytest.raises(InputError, match=r"pyproject\.toml: \[tool\.factlint\] key 'bogus': unknown key"):
        resolve(tmp_path)
    assert config.exists()


def test_command_line_overrides_key_by_key_and_exclude_adds(tmp_path):
    write(tmp_path / "factlint.toml", 'select = ["FL1"]\nfail-on = "error"\nexclude = ["old"]\n')
    cfg = resolve(tmp_path, overrides={"select": ("FL5",), "exclude": (Glob("*.txt"),)})
    assert cfg.select == ("FL5",)
    assert cfg.fail_on == "error"
    assert [g.pattern for g in cfg.exclude] == ["old", "*.txt"]
    origins = {key: origin for key, _, origin in describe(cfg)}
    assert origins["select"] == "command line"
    assert origins["fail-on"].endswith("factlint.toml")
    assert origins["exclude"].endswith("factlint.toml + command line")
    assert origins["cutoff"] == "default"


def test_an_explicit_config_file_is_used_instead_of_searching(tmp_path):
    write(tmp_path / "factlint.toml", 'select = ["FL1"]\n')
    other = write(tmp_path / "elsewhere" / "ci.toml", 'select = ["FL8"]\n')
    assert resolve(tmp_path, other).select == ("FL8",)
    with pytest.raises(InputError, match=r"missing\.toml: no such configuration file"):
        resolve(tmp_path, tmp_path / "missing.toml")


def test_no_configuration_means_defaults(tmp_path):
    cfg = resolve(tmp_path)
    assert cfg.file is None
    assert {origin for *_, origin in describe(cfg)} == {"default"}
    assert cfg.settings().fail_on == "warning" and cfg.select == ()
