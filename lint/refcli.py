"""`factlint reference build | check | show`: the reference's command-line edge."""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import typer

from lint.errors import InputError

app = typer.Typer(
    name="reference",
    help="Build, check and show reference files (what verdicts are judged against).",
    no_args_is_help=True,
    add_completion=False,
)

SOURCE_SUFFIXES = (".txt", ".md", ".markdown")


def _source_files(paths: list[Path]) -> list[tuple[Path, Path | None]]:
    """(file, manifest) pairs; folders are read for .txt and .md files, the manifest itself left out."""
    from lint.manifest import MANIFEST_NAMES, find_manifest

    files: list[tuple[Path, Path | None]] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            manifest = find_manifest(path)
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SOURCE_SUFFIXES
                and p.name not in MANIFEST_NAMES
                and p.name.lower() != "readme.md"
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            files += [(p, manifest) for p in found]
        else:
            files.append((path, find_manifest(path.parent)))
    if not files:
        raise InputError(f"{', '.join(map(str, paths))}: no .txt or .md sources to build from")
    return files


@app.command("build")
def build_command(
    sources: list[Path] = typer.Argument(..., help="Source documents (.txt, .md) or folders of them."),
    output: Path = typer.Option(..., "--output", "-o", help="Reference to write (updated in place, curation kept)."),
    manifest: Path | None = typer.Option(None, "--manifest", help="Metadata file (sources.toml or SOURCES.md)."),
    title: str | None = typer.Option(None, help="Title, when building from one source without a manifest."),
    publisher: str | None = typer.Option(None, help="Publisher, when building from one source."),
    author: str | None = typer.Option(None, help="Author, when building from one source."),
    date: str | None = typer.Option(None, help="Date (ISO 8601), when building from one source."),
    url: str | None = typer.Option(None, help="URL, when building from one source."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the summary line."),
) -> None:
    """Build a reference from source documents; rebuilding over a curated file keeps every hand edit."""
    from lint.cli import use_compile_caches

    use_compile_caches()  # before the engine's modules are imported: their patterns come from the cache too
    from lint import refdata

    files = _source_files(sources)
    old = None
    if output.exists():
        old, problems = refdata.check(output)
        if problems:
            raise InputError(f"{problems[0]} (fix the existing reference first; nothing was written)")
    options = {k: v for k, v in dict(title=title, publisher=publisher, author=author, date=date, url=url).items() if v}
    if options and len(files) > 1:
        raise InputError("--title/--publisher/--author/--date/--url describe one source; use a manifest for several")

    # a build makes a few million objects and frees them when it ends, with no cycles among them worth
    # a sweep: the collector costs it 2 s in 60 (100 sources) however it is paced, and gains nothing
    collecting = gc.isenabled()
    gc.disable()  # forked workers inherit it
    try:
        ref, report = _built(files, old, options, manifest, output)
    finally:
        if collecting:
            gc.enable()
    header = _leading_comment(output) or (
        "factlint reference. Built by `factlint reference build`; curate freely: a rebuild keeps your edits.\n"
        "Format: reference/README.md in the factlint repository."
    )
    refdata.write(ref, output, header=header)
    if not quiet:
        for line in report.added:
            sys.stderr.write(f"  added   {line}\n")
        for line in report.changed:
            sys.stderr.write(f"  changed {line}\n")
        for line in report.dropped:
            sys.stderr.write(f"  dropped {line}\n")
    n_claims = sum(len(t.claims) for t in ref.topics)
    sys.stderr.write(f"{output}: {len(ref.sources)} sources, {len(ref.topics)} topics, {n_claims} claims; "
                     f"{report.summary()}\n")


def _built(files: list[tuple[Path, Path | None]], old, options: dict, manifest: Path | None, output: Path):
    """(reference, report) of a build: the sources read, their metadata found, their claims grouped."""
    from lint.build import SourceText, build_reference, learned_currencies
    from lint.cues import is_advocacy, with_advocacy_hedges
    from lint.manifest import read_manifest, source_for
    from lint.patterns import load_pack

    pack = load_pack()  # compiled once here; forked workers inherit it
    paths = [path for path, _ in files]
    # a first reading guesses a fine's unknown word for its currency; what the sources bear out is learned
    extracted = _extract_all(paths, guess=True)
    currencies = learned_currencies((c for claims, *_ in extracted for c in claims), [e[4] for e in extracted])
    unlearned = [any(word not in currencies for word in _guessed_words(claims, pack)) for claims, *_ in extracted]
    if currencies or any(unlearned):  # read again, knowing the currencies learned, guessing none
        extracted = [first if again is None else again
                     for first, again in zip(extracted, _extract_all(paths, currencies, unlearned), strict=True)]
    manifests: dict[Path, dict] = {}
    taken = {s.id for s in old.sources} if old else set()
    texts, warnings = [], []
    for (path, found_manifest), (claims, lines, readings, error, text) in zip(files, extracted, strict=True):
        meta_file = manifest or found_manifest
        if meta_file is not None and meta_file not in manifests:
            manifests[meta_file] = read_manifest(meta_file)
        meta = dict(manifests.get(meta_file, {}).get(path.name, {})) if meta_file else {}
        meta.update(options)
        if not meta.get("publisher") and not meta.get("title"):
            meta.setdefault("title", path.stem)
        if error:
            warnings.append(f"skipped {error}")
            continue
        if not claims:
            warnings.append(f"{path}: no statutes, penalties, dates or figures found")
        old_source = next((s for s in old.sources if s.path == path.name), None) if old else None
        source = old_source or source_for(path.name, meta, taken)
        # a campaigning body's own estimates are its claims, by its name or the kind of document the manifest says
        campaigning = is_advocacy(source.publisher, pack) or is_advocacy(meta.get("kind", ""), pack)
        if campaigning:
            claims = with_advocacy_hedges(claims, source, pack, text)
        texts.append(SourceText(source, claims, lines, readings, text, campaigning))
    for w in warnings:
        sys.stderr.write(f"factlint: warning: {w}\n")
    if not any(t.claims for t in texts):
        raise InputError(f"{output}: nothing to build: no claims in any source (nothing was written)")

    return build_reference(texts, old, workers=_workers(len(paths) // 4))


def _guessed_words(claims, pack) -> set[str]:
    """The words of the currencies the rule pack does not know that the claims' fines are in."""
    from lint.model import Penalty
    from lint.normalize import unknown_currency

    return {word for c in claims if isinstance(c.value, Penalty) and (word := unknown_currency(c.value, pack))}


def _extract_one(path: Path, currencies: dict[str, str] | None = None, guess: bool = False,
                 again: bool = False) -> tuple | None:
    """(claims, their lines, their build.ClaimReading, error, the text) for one source file; runs in a worker
    process for large builds. `guess`: a fine's unknown word is its currency (extract_claims'
    guess_currencies). Read again knowing `currencies`: None when the source names none of them and
    need not be read `again` (a currency guessed in it was not learned), so its first reading stands."""
    from lint.build import claim_readings
    from lint.extract import extract_claims
    from lint.patterns import load_pack
    from lint.source import read_document

    try:
        doc = read_document(path)
    except InputError as exc:
        return (), (), (), str(exc), ""
    if currencies is not None and not again and not {k.lower() for k in currencies} & _lowered_words(doc.text):
        return None
    claims = tuple(extract_claims(doc, load_pack(), currencies, guess_currencies=guess, a_source=True))
    return claims, tuple(doc.position(c.start, c.end).line for c in claims), claim_readings(claims), "", doc.text


def _lowered_words(text: str) -> set[str]:
    """The text's words, each lowercased alone, as the extractor looks a currency word up (a whole
    text lowercased reads a Greek capital sigma by its neighbours: not the same word)."""
    import regex

    return {word.lower() for word in regex.findall(r"[^\W\d_]+", text)}


def _extract_all(paths: list[Path], currencies: dict[str, str] | None = None, again: list[bool] | None = None,
                 guess: bool = False) -> list[tuple | None]:
    """Extraction of many sources spreads over the machine's cores; the order of results is the input's.
    `again`: for each path, whether it is read again whatever currencies it names (_extract_one)."""
    again = again or [False] * len(paths)
    workers = _workers(len(paths) // 4)
    if workers < 2:
        return [_extract_one(p, currencies, guess, a) for p, a in zip(paths, again, strict=True)]
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(partial(_extract_in_worker, currencies=currencies, guess=guess), paths, again,
                             chunksize=1))  # small: the last chunks even out


def _extract_in_worker(path: Path, again: bool, *, currencies: dict[str, str] | None, guess: bool) -> tuple | None:
    return _extract_one(path, currencies, guess, again)


def _workers(wanted: int) -> int:
    """How many processes a build's parallel steps use: no more than the cores this process may use."""
    from lint.workers import cpus

    return max(1, min(cpus(), wanted))


def _leading_comment(path: Path) -> str:
    """The comment block a reference starts with: a curator's words, kept across rebuilds."""
    if not path.is_file():
        return ""
    lines = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].removeprefix(" "))
    return "\n".join(lines)


@app.command("check")
def check_command(path: Path = typer.Argument(..., help="Reference file to validate.")) -> None:
    """Validate a reference: unknown keys, bad kinds, duplicate ids, unknown sources, unreadable values."""
    from lint import refdata

    ref, problems = refdata.check(path)
    for p in problems:
        sys.stderr.write(f"{p}\n")
    if problems:
        raise typer.Exit(2)
    n_claims = sum(len(t.claims) for t in ref.topics)
    contested = sum(t.contested for t in ref.topics)
    typer.echo(f"{path}: ok ({len(ref.sources)} sources, {len(ref.topics)} topics, {n_claims} claims, "
               f"{contested} contested)")


def reference_json(ref) -> dict:
    """The contract's shape (see the shared contract README); extra keys are allowed and kept few."""
    return {
        "version": 1,
        "sources": [
            {"id": s.id, "title": s.title, "publisher": s.publisher, "date": s.date, "path": s.path,
             "author": s.author, "url": s.url, "aliases": list(s.aliases)}
            for s in ref.sources
        ],
        "topics": [
            {
                "id": t.id,
                "kind": str(t.kind),
                "subject": t.subject,
                "contested": t.contested,
                "claims": [
                    {"value": c.value, "source": c.source, "hedged": c.hedged,
                     "location": f"line {c.location}" if c.location else None}
                    for c in t.claims
                ],
            }
            for t in ref.topics
        ],
    }


@app.command("show")
def show_command(
    path: Path | None = typer.Argument(None, help="Reference file (default: the bundled reference)."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json"),
) -> None:
    """Show a reference: topics by kind, with every source's value; contested topics marked."""
    from lint import refdata
    from lint.resources import default_reference

    if output_format not in ("text", "json"):
        raise InputError(f"--format: unknown format '{output_format}' (text or json)")
    ref = refdata.load(path or default_reference())
    if output_format == "json":
        sys.stdout.write(json.dumps(reference_json(ref), ensure_ascii=False, indent=2) + "\n")
        return
    _show_text(ref)


def _show_text(ref) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False)
    names = {s.id: (s.publisher or s.id) + (f", {s.date}" if s.date else "") for s in ref.sources}
    console.print(f"[bold]{len(ref.sources)} sources[/]")
    for s in ref.sources:
        console.print(f"  {escape(s.id)}: {escape(s.publisher)} — {escape(s.title)}"
                      + (f" ({s.date})" if s.date else "") + f" [dim]{escape(s.path)}[/]")
    for kind in ("statute", "penalty", "date", "figure"):
        topics = [t for t in ref.topics if t.kind == kind]
        if not topics:
            continue
        table = Table(title=f"{kind} ({len(topics)} topics)", show_lines=False, expand=False)
        table.add_column("topic")
        table.add_column("value")
        table.add_column("source")
        table.add_column("where", justify="right")
        for t in topics:
            mark = " [bold yellow]contested[/]" if t.contested else ""
            for i, c in enumerate(t.claims):
                label = f"{escape(t.subject)}{mark}" if i == 0 else ""
                hedge = " [italic](reported)[/]" if c.hedged else ""
                table.add_row(label, escape(c.value) + hedge, escape(names.get(c.source, c.source)),
                              f"line {c.location}")
        console.print(table)
