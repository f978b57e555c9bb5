"""The `factlint` command: reads files, calls the engine, renders, exits.

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or input errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from lint import __version__
from lint.errors import InputError

app = typer.Typer(
    name="factlint",
    help="Check a draft's statutes, penalties, dates and figures against a reference built from its sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factlint {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """factlint: a fact-checking citation linter for writers."""


@app.command("lint")
def lint_command(
    paths: list[Path] = typer.Argument(..., help="Draft files or folders to lint."),
    reference: Path | None = typer.Option(None, "--reference", "-r", help="Reference file (default: bundled)."),
    output_format: str = typer.Option("text", "--format", "-f", help="text | json"),
) -> None:
    """Lint drafts against the reference and report what the sources do not support."""
    from lint import refdata
    from lint.engine import lint_document
    from lint.patterns import load_pack
    from lint.resources import default_reference
    from lint.source import read_document

    ref = refdata.load(reference or default_reference())
    pack = load_pack()
    results = []
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        results.append(lint_document(read_document(path), ref, pack))
    if output_format == "json":
        from lint.report.json import render

        sys.stdout.write(render(results))
    else:
        from lint.report.text import render

        render(results)
    raise typer.Exit(1 if any(r.findings for r in results) else 0)


def main() -> None:
    try:
        app(standalone_mode=False)
    except InputError as exc:
        sys.stderr.write(f"factlint: error: {exc}\n")
        sys.exit(2)
