"""The `factlint` command: reads files, calls the engine, renders, exits.

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or input errors.
Every usage or input error is one line on standard error, `factlint: error: ...`.

Startup matters (editors and pre-commit run this per save or commit): only
typer is imported at the top; rich, the engine and the reports load when a
command needs them, so `--help` and `--version` stay fast.
"""

from __future__ import annotations

import gc

# The collector's default pace (a sweep every 700 new container objects) suits long-running programs
# that make cycles; a run makes millions of small acyclic objects (claims, matches, topics) and spent
# a sixth of its time in sweeps: 20 of 120 CPU seconds building from 100 sources, 0.25 s of a
# 100,000-word lint. Cycles are still collected, less often (mypy paces its collector the same way).
COLLECTOR_THRESHOLDS = (200_000, 30, 30)

# Importing pathlib and typer makes some hundred thousand objects and no garbage: at the default pace the
# collector swept them 30 times, 2.5 ms of every command. The importer's own pace is put back right after.
_importer_thresholds = gc.get_threshold()
gc.set_threshold(*COLLECTOR_THRESHOLDS)
try:
    import os
    import sys
    from pathlib import Path

    import typer
finally:
    gc.set_threshold(*_importer_thresholds)

from lint import __version__  # noqa: E402 - after the collector's pace is set for typer's import
from lint.errors import InputError  # noqa: E402

app = typer.Typer(
    name="factlint",
    help="Check a draft's statutes, penalties, dates and figures against a reference built from its sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rendering it with rich would cost more than the rest of startup
    context_settings={"help_option_names": ["-h", "--help"]},
)

FORMAT_HELP = "text | concise | json | sarif | github | html"
PARALLEL_MIN_FILES = 8  # fewer files than this are linted in this process: a pool costs more than it saves
SPLIT_MIN_BYTES = 150_000  # a file this large is cut into parts, linted by all the workers at once
PROGRESS_MIN_FILES = 20


def _mount_subcommands() -> None:
    from lint import refcli  # light: typer and the errors module at import time

    app.add_typer(refcli.app, name="reference")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factlint {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """factlint: a fact-checking citation linter for writers."""


# --- lint ---------------------------------------------------------------------------------


@app.command("lint")
def lint_command(
    paths: list[str] = typer.Argument(..., metavar="PATH", show_default=False,
                                      help="Drafts: files, folders, globs, or - for standard input."),
    reference: list[Path] = typer.Option([], "--reference", "-r", show_default=False, metavar="FILE",
                                         help="Reference file (default: the bundled one)."),
    output_format: str = typer.Option("text", "--format", "-f", metavar="FORMAT", help=FORMAT_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", metavar="FILE",
                                       help="Write the report to FILE (atomically)."),
    fail_on: str | None = typer.Option(None, "--fail-on", show_default=False, metavar="LEVEL",
                                       help="error | warning | info: exit 1 at this severity or above "
                                            "[default: warning]"),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even with findings (report-only jobs)."),
    select: list[str] = typer.Option([], "--select", show_default=False, metavar="CODES",
                                     help="Only these codes or prefixes, comma-separated (FL1,FL501)."),
    ignore: list[str] = typer.Option([], "--ignore", show_default=False, metavar="CODES",
                                     help="Not these codes or prefixes, comma-separated."),
    rules: list[Path] = typer.Option([], "--rules", show_default=False, metavar="PATH",
                                     help="An extra extraction pack (folder)."),
    config: Path | None = typer.Option(None, "--config", metavar="FILE",
                                       help="Configuration file (default: found from PATH)."),
    exclude: list[str] = typer.Option([], "--exclude", show_default=False, metavar="GLOB",
                                      help="Skip files matching GLOB (repeatable; adds to the configured ones)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the result cache."),
    jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, show_default=False, metavar="N",
                                    help="Worker processes for many files [default: one per core]."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Findings only: no summary, no progress bar."),
    stdin_filename: str | None = typer.Option(None, "--stdin-filename", metavar="NAME",
                                              help="Name to report for standard input (and to match globs with)."),
    max_file_size: str | None = typer.Option(None, "--max-file-size", show_default=False, metavar="SIZE",
                                             help="Skip larger files, with a notice: bytes or with a unit "
                                                  "(10MB), 0 for no limit [default: 10MB]."),
) -> None:
    """Lint drafts against the reference and report what the sources do not support."""
    use_compile_caches()
    from lint.filters import check_codes, split_codes
    from lint.report import FORMATS

    if output_format not in FORMATS:
        raise InputError(f"--format: unknown format '{output_format}' ({', '.join(FORMATS)})")
    overrides: dict = {}
    if fail_on is not None:
        overrides["fail_on"] = _level(fail_on, "--fail-on")
    if select:
        overrides["select"] = check_codes(split_codes(select), "--select")
    if ignore:
        overrides["ignore"] = check_codes(split_codes(ignore), "--ignore")
    if reference:
        overrides["reference"] = tuple(reference)
    if rules:
        overrides["rules"] = tuple(rules)
    if max_file_size is not None:
        overrides["max_file_size"] = _size(max_file_size, "--max-file-size")
    if exclude:
        from lint.discover import Glob

        overrides["exclude"] = tuple(Glob(g) for g in exclude)
    if output is not None and not output.parent.is_dir():  # before a long run, not after it
        raise InputError(f"--output {output}: no such folder '{output.parent}'")
    if output is not None and output.is_dir():
        raise InputError(f"--output {output}: is a folder, not a file")
    cfg = _configure(paths, config, overrides)

    from lint.discover import Target, discover

    targets = discover(paths, include=cfg.include, exclude=cfg.exclude)
    if stdin_filename:
        targets = [t if t.path is not None else Target(None, stdin_filename) for t in targets]
    if not targets:
        sys.stderr.write("factlint: nothing to lint: every file named is excluded\n")
        raise typer.Exit(0)
    if output is not None and output.exists():
        _check_not_a_draft(output, targets)
    settings = cfg.settings()
    cache = None if no_cache else _open_cache(cfg, settings, paths)
    # with a cache, the rule pack is loaded only if some file is not in it (_lint_all)
    ref, pack = _load_inputs(cfg, settings, with_pack=cache is None)

    from lint.report import Options, View, fails, render, summary_of

    color = output_format == "text" and output is None and _stdout_wants_color()
    options = Options(color=color, width=_width(), quiet=quiet, sources={s.id: s for s in ref.sources})
    view = View.of(output_format, options)
    results, errors = _lint_all(targets, ref, pack, settings, cfg, jobs, show_progress=not quiet, cache=cache,
                                view=view)
    _emit(render(output_format, results, options), output)
    for r in results:
        sys.stderr.writelines(f"factlint: warning: {r.path}: {n}\n" for n in summary_of(r).read_notices
                              if n.startswith(NOT_LINTED))
    for message in errors:
        sys.stderr.write(f"factlint: error: {message}\n")
    if errors:
        raise typer.Exit(2)
    raise typer.Exit(0 if exit_zero or not fails(results, settings.fail_on) else 1)


def use_compile_caches() -> None:
    """Compile regexes and parse TOML once per machine, not once per run: about 0.75 s of each run.

    lint/regex_cache.py, lint/re_cache.py, lint/toml_cache.py, lint/expansions.py and lint/dataclass_cache.py;
    installed before the engine's modules are imported, so their own patterns and classes are
    replayed too. A large reference is prepared once per content too (lint/prepared.py).
    """
    from lint import regex_cache, sealed

    if regex_cache.switched_off():
        return
    from lint import dataclass_cache

    dataclass_cache.install(sealed.user_folder() / "dataclasses")  # first: the modules below make dataclasses
    from lint import re_cache

    re_cache.install(sealed.user_folder() / "re")  # then: toml_cache imports tomllib, which compiles `re` patterns
    from lint import expansions, prepared, toml_cache

    regex_cache.install()
    toml_cache.enable(sealed.user_folder() / "toml")
    expansions.enable(sealed.user_folder() / "expansions")
    prepared.enable(sealed.user_folder() / "prepared")


def _check_not_a_draft(output: Path, targets) -> None:
    """`-o` naming a file being linted would replace the user's draft with the report."""
    for t in targets:
        if t.path is not None and os.path.samefile(t.path, output):
            raise InputError(f"--output {output}: is {t.display}, a file being linted; the report would replace it")


def _size(value: str, option: str) -> int:
    from lint.config import parse_size

    size = parse_size(value.strip())
    if size is None:
        raise InputError(f"{option}: '{value}' is not a size (bytes, or with a unit: 500kB, 10MB, 1GB; 0 for no limit)")
    return size


def _level(value: str, option: str) -> str:
    from lint.config import LEVELS

    if value not in LEVELS:
        raise InputError(f"{option}: unknown severity '{value}' ({', '.join(LEVELS)})")
    return value


def _configure(paths: list[str], config_file: Path | None, overrides: dict):
    from lint.config import resolve

    first = next((p for p in paths if p != "-"), None)
    start = Path(first) if first is not None else Path.cwd()
    if not start.exists():  # a glob or a missing file: search from the folder it names
        start = start.parent if str(start.parent) else Path.cwd()
    return resolve(start, config_file, overrides)


def _load_inputs(cfg, settings, with_pack: bool = True):
    """The reference and the extraction pack (None without `with_pack`); InputError (exit 2) for an
    unreadable one."""
    from lint import prepared
    from lint.patterns import load_pack
    from lint.resources import default_reference

    if len(cfg.reference) > 1:
        # TODO(lead): merge several references (refdata); until then only the first is read
        sys.stderr.write(f"factlint: warning: only the first reference is used ({cfg.reference[0]}); "
                         "merging several is not supported yet\n")
    for path in cfg.reference:
        if Path(path).is_dir():
            raise InputError(f"{path}: is a folder, not a reference file")
        if not Path(path).is_file():
            raise InputError(f"{path}: no such reference file")
    ref = prepared.load(Path(cfg.reference[0]) if cfg.reference else default_reference(), settings)
    return ref, load_pack(cfg.rules) if with_pack else None


def _open_cache(cfg, settings, paths: list[str]):
    """The result cache for this run's reference, rules, settings and version (lint/cache.py)."""
    from dataclasses import replace

    from lint.cache import Cache, cache_folder, fingerprint
    from lint.resources import data_dir, default_reference
    from lint.settings import Settings

    if cfg.cache_dir is not None:
        _check_cache_dir(cfg)
    references = cfg.reference or (default_reference(),)
    first = next((Path(p) for p in paths if p != "-"), None)
    # the exit rule changes no result or report: CI's `--fail-on error` shares the editor's cache
    key = fingerprint(references, (data_dir("rules"), *cfg.rules), replace(settings, fail_on=Settings().fail_on))
    folder = cache_folder(cfg.file, cfg.cache_dir, first)
    if _links_out(folder):
        sys.stderr.write(f"factlint: warning: {folder}: the result cache folder is or holds a symbolic link; "
                         "the cache is not used\n")
        return None
    return Cache(folder, key)


def _links_out(folder: Path) -> bool:
    """Whether the cache folder is, or directly holds, a symbolic link. The cache writes into its folder and
    prunes what it finds stale there; a cloned repository shipping `.factlint_cache -> ~` (or a link inside
    it) would otherwise have factlint write into, and delete month-old files and folders from, elsewhere."""
    try:
        return folder.is_symlink() or (folder.is_dir() and any(p.is_symlink() for p in folder.iterdir()))
    except OSError:
        return False  # unreadable: the cache cannot use it either, and says nothing


def _check_cache_dir(cfg) -> None:
    """`cache-dir` must be a folder of factlint's own: the cache writes a `.gitignore` of `*` into it and
    removes what it finds stale there, which in a folder of the user's would hide and delete their files."""
    folder = Path(cfg.cache_dir)
    where = f"{cfg.file}: key 'cache-dir'" if cfg.file else "cache-dir"
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{where}: '{folder}' is a file, not a folder")
    if not folder.is_dir() or (folder / "CACHEDIR.TAG").is_file():
        return  # new (the cache creates it), or a cache folder already
    try:
        empty = next(folder.iterdir(), None) is None
    except OSError:
        return  # unreadable: the cache does nothing there, and never fails a run
    if not empty:
        raise InputError(f"{where}: '{folder}' already holds other files; the cache needs a folder of its own "
                         "(a new or empty one, such as .factlint_cache)")


# --- running the engine over many files ----------------------------------------------------

# (reference, pack, settings, cache or None, view or None) in a worker process
_worker_state: tuple | None = None


def _init_worker(reference_path: str, rule_paths: tuple[Path, ...], settings, cache=None, view=None) -> None:
    """Load the reference and the pack once per worker (a forked worker already has them)."""
    global _worker_state
    if _worker_state is None:  # a spawned worker (not forked): it starts from nothing
        use_compile_caches()
        from lint import prepared
        from lint.patterns import load_pack

        _worker_state = (prepared.load(Path(reference_path), settings), load_pack(rule_paths), settings, cache,
                         view)


def _lint_target(target) -> tuple[object | None, str | None]:
    """(result, None) or (None, the one-line error) for one file the cache does not hold (_cached), in
    whichever process runs it. The result is the file's part of the report (a RenderedFile) when the
    run's format is made of such parts, so the worker renders it and sends it, not the claims; else
    the FileResult."""
    ref, pack, settings, cache, view = _worker_state
    try:
        result, content = _linted(target, ref, pack, settings, cache)
    except InputError as exc:
        return None, str(exc)
    return _shown(view, target, content, result, cache), None


def _shown(view, target, content: bytes | None, result, cache):
    """`result` as the run's output needs it: rendered when there is a view (and its part cached), else as is."""
    if view is None:
        return result
    rendered = view.render(result)
    if cache is not None and content is not None:
        cache.put_view(target.display, content, view.key, rendered)
    return rendered


def _linted(target, ref, pack, settings, cache) -> tuple[object, bytes | None]:
    """(FileResult, the bytes the cache keys it by, or None where the cache has no part in it)."""
    from lint.engine import lint_document
    from lint.source import read_document

    skipped = _too_large(target, settings.max_file_bytes)
    if skipped is not None:
        return skipped, None
    if target.path is None:
        data = _read_stdin_bytes(settings.max_file_bytes)
        if settings.max_file_bytes and len(data) > settings.max_file_bytes:
            return _not_linted(target.display, None, settings.max_file_bytes), None
        doc = _parse_bytes(data, target.display, markdown=_stdin_markdown(target.display))
        return lint_document(doc, ref, pack, settings), None
    if cache is None:
        doc = read_document(target.path, target.display)
        return lint_document(doc, ref, pack, settings), None
    content = _read_bytes(target)  # (_lint_all asked the cache for it already: only misses come here)
    result = lint_document(_parse_bytes(content, target.display), ref, pack, settings)
    cache.put(target.display, content, result)
    return result, content


def _read_bytes(target) -> bytes:
    """A draft's bytes, read once: the cache key and the text linted come from the same read."""
    from lint.source import read_document

    try:
        return target.path.read_bytes()
    except OSError as exc:
        read_document(target.path, target.display)  # raises the InputError that names the problem
        raise InputError(f"{target.display}: cannot read ({exc.strerror or exc})") from None


def _read_stdin(display: str):
    return _parse_bytes(sys.stdin.buffer.read(), display, markdown=_stdin_markdown(display))


def _stdin_markdown(display: str) -> bool | None:
    return None if display != "<stdin>" else True


def _read_stdin_bytes(limit: int) -> bytes:
    """Standard input, but no more than one byte past `limit` (0: all of it)."""
    return sys.stdin.buffer.read(limit + 1) if limit else sys.stdin.buffer.read()


NOT_LINTED = "not linted"


def _too_large(target, limit: int):
    """A FileResult saying the file was skipped when it is over `limit` bytes (0: no limit), else None.

    Decided from the file's size, before a byte is read, so a huge file costs nothing."""
    if not limit or target.path is None:
        return None
    try:
        size = target.path.stat().st_size
    except OSError:
        return None  # reading it says what is wrong
    return _not_linted(target.display, size, limit) if size > limit else None


def _not_linted(display: str, size: int | None, limit: int):
    from lint.config import show_size
    from lint.model import FileResult

    what = f"{show_size(size)}, over" if size is not None else "over"
    return FileResult(path=display, notices=[f"{NOT_LINTED}: {what} the {show_size(limit)} limit (max-file-size)"])


def _parse_bytes(data: bytes, display: str, markdown: bool | None = None):
    from dataclasses import replace

    from lint.source import decode, parse_document

    text, notices = decode(data, display)
    doc = parse_document(text, display, markdown=markdown, strip_bom=False)
    return replace(doc, notices=tuple(notices))


def _lint_all(targets, ref, pack, settings, cfg, jobs: int | None, show_progress: bool, cache=None, view=None):
    """Lint every target; results in the targets' order, whatever the parallelism. `pack` None: loaded
    here (from `cfg.rules`) if the cache does not hold every file.

    Many files are shared out among worker processes; a large file is cut between blocks into one
    part per core, linted by this process and the workers at once. With a `view` (lint/report: View),
    each result is the file's rendered part."""
    global _worker_state
    _worker_state = (ref, pack, settings, cache, view)
    from lint.workers import cpus

    jobs = jobs or cpus()
    outcomes: dict[int, tuple] = {}
    with _progress(len(targets), show_progress) as advance:
        # files the cache already holds are answered here: no worker is started for them
        for i, t in enumerate(targets):
            hit = _cached(t, settings, cache, view)
            if hit is not None:
                outcomes[i] = (hit, None)
                advance()
        pending = [i for i in range(len(targets)) if i not in outcomes]
        if pending and pack is None:  # a file the cache does not hold: the pack is needed after all
            from lint.patterns import load_pack

            pack = load_pack(cfg.rules)
            _worker_state = (ref, pack, settings, cache, view)
        big = {i for i in pending if jobs > 1 and _file_size(targets[i]) >= SPLIT_MIN_BYTES}
        small = [targets[i] for i in pending if i not in big]
        parallel = (jobs > 1 and len(small) >= PARALLEL_MIN_FILES and all(t.path is not None for t in small)) or big
        if not parallel:
            for i in pending:
                outcomes[i] = _lint_target(targets[i])
                advance()
        else:
            from concurrent.futures import ProcessPoolExecutor

            from lint.resources import default_reference
            from lint.workers import shared_with_forked_workers

            reference_path = str(cfg.reference[0] if cfg.reference else default_reference())
            # (a large file alone: this process lints one of its parts, the workers the others)
            workers = min(jobs, max(len(small), 1 if not big else jobs - 1))
            # forked workers share the reference and the pack with this process
            initargs = (reference_path, cfg.rules, settings, cache, view)
            with shared_with_forked_workers(), ProcessPoolExecutor(
                    workers, initializer=_init_worker, initargs=initargs) as pool:
                for i in sorted(big):
                    outcomes[i] = _lint_in_parts(targets[i], pool, jobs)
                    advance()
                rest = [i for i in pending if i not in big]
                chunks = pool.map(_lint_targets, _shrinking_chunks([targets[i] for i in rest], workers))
                for i, outcome in zip(rest, (outcome for chunk in chunks for outcome in chunk), strict=True):
                    outcomes[i] = outcome
                    advance()
    ordered = [outcomes[i] for i in range(len(targets))]
    results = [r for r, _ in ordered if r is not None]
    errors = [e for _, e in ordered if e is not None]
    return results, errors


def _shrinking_chunks(items: list, workers: int) -> list[list]:
    """`items` cut into the chunks the workers take one at a time: up to 16 items while many remain (fewer
    round trips), then smaller as the work runs out, down to one, so that the workers finish together
    (chunks of one size to the end left a worker idle for half a chunk: 0.12 s of 1,000 files)."""
    chunks, start = [], 0
    while start < len(items):
        size = max(1, min(16, (len(items) - start) // (workers * 4)))
        chunks.append(items[start : start + size])
        start += size
    return chunks


def _lint_targets(targets: list) -> list[tuple[object | None, str | None]]:
    """_lint_target of each file of a chunk, in a worker."""
    return [_lint_target(t) for t in targets]


def _cached(target, settings, cache, view=None) -> object | None:
    """The cached result for a file, if the cache holds one for its content; else None (and any
    trouble reading it is left to the lint itself to report). With a view: the file's rendered part,
    from the cache's views, else rendered from its cached result (and that part cached)."""
    if cache is None or target.path is None or not cache.may_hold(target.display):
        return None
    try:
        if not target.path.is_file():  # a pipe or a device is read once, by the lint itself
            return None
        if _too_large(target, settings.max_file_bytes) is not None:
            return None
        content = _read_bytes(target)
        if view is not None:
            rendered = cache.get_view(target.display, content, view.key)
            if rendered is not None:
                return rendered
        result = cache.get(target.display, content)
        return None if result is None else _shown(view, target, content, result, cache)
    except (InputError, OSError):
        return None


def _file_size(target) -> int:
    try:
        return target.path.stat().st_size if target.path is not None else 0
    except OSError:
        return 0


def _lint_in_parts(target, pool, parts: int) -> tuple[object | None, str | None]:
    """A large file: read and parsed here, its first part linted here while the pool's workers lint the
    others, put together here. (Linted here, a part's result is neither pickled nor unpickled, and this
    process, which would only wait, takes a worker's place.)"""
    from lint.engine import assemble, lint_part, parts_of, whole_draft_names

    ref, pack, settings, cache, view = _worker_state
    try:
        skipped = _too_large(target, settings.max_file_bytes)
        if skipped is not None:
            return _shown(view, target, None, skipped, None), None
        content = _read_bytes(target)  # (a miss: _lint_all asked the cache already)
        doc = _parse_bytes(content, target.display)
        first, *rest = parts_of(doc, parts)
        # (the names in the whole text, which every part looks its terms' holders up among, read once here)
        names = whole_draft_names(doc, ref, pack, settings) if rest else None
        others = [pool.submit(_lint_part, (doc, span, names)) for span in rest]
        own = lint_part(doc, ref, pack, settings, first, names)
        result = assemble(doc, [own, *(other.result() for other in others)], settings)
        if cache is not None:
            cache.put(target.display, content, result)
        return _shown(view, target, content, result, cache), None
    except InputError as exc:
        return None, str(exc)


def _lint_part(job) -> object:
    """One part of a large document, in a worker: (doc, span, the names of the whole draft) -> its unfiltered
    FileResult."""
    from lint.engine import lint_part

    doc, span, names = job
    ref, pack, settings, _, _ = _worker_state
    return lint_part(doc, ref, pack, settings, span, names)


class _progress:
    """A progress bar on standard error, only at a terminal, outside CI, and for many files."""

    def __init__(self, total: int, wanted: bool) -> None:
        self.total = total
        self.bar = None
        self.wanted = wanted and total >= PROGRESS_MIN_FILES and _stderr_is_interactive()

    def __enter__(self):
        if not self.wanted:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("linting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
        self.bar.start()
        task = self.bar.add_task("lint", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _stderr_is_interactive() -> bool:
    if os.environ.get("CI") or os.environ.get("GITHUB_ACTIONS") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stderr.isatty()


def _stdout_wants_color() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def _width() -> int:
    import shutil

    return max(shutil.get_terminal_size((100, 24)).columns, 40)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from lint.atomic import write_atomic

    try:
        write_atomic(output, text)
    except OSError as exc:
        raise InputError(f"--output {output}: cannot write ({exc.strerror or exc})") from None


# --- claims, rules, config -----------------------------------------------------------------


@app.command("claims")
def claims_command(
    paths: list[str] = typer.Argument(..., metavar="PATH", show_default=False,
                                      help="Drafts: files, folders, globs, or - for standard input."),
    output_format: str = typer.Option("text", "--format", "-f", metavar="FORMAT", help="text | json"),
    rules: list[Path] = typer.Option([], "--rules", show_default=False, metavar="PATH",
                                     help="An extra extraction pack (folder)."),
    config: Path | None = typer.Option(None, "--config", metavar="FILE",
                                       help="Configuration file (default: found from PATH)."),
) -> None:
    """List the claims factlint reads in drafts, with their normalized values (no reference needed)."""
    use_compile_caches()
    from lint.discover import discover
    from lint.extract import extract_claims
    from lint.patterns import load_pack
    from lint.report import claims as claims_report
    from lint.source import read_document

    if output_format not in ("text", "json"):
        raise InputError(f"--format: unknown format '{output_format}' (text or json)")
    cfg = _configure(paths, config, {"rules": tuple(rules)} if rules else {})
    targets = discover(paths, include=cfg.include, exclude=cfg.exclude)
    pack = load_pack(cfg.rules)
    found = []
    for t in targets:
        skipped = _too_large(t, cfg.max_file_size)
        if skipped is not None:
            sys.stderr.write(f"factlint: warning: {t.display}: {skipped.notices[0]}\n")
            continue
        doc = _read_stdin(t.display) if t.path is None else read_document(t.path, t.display)
        found.append((doc, extract_claims(doc, pack)))
    if output_format == "json":
        sys.stdout.write(claims_report.render_json(found))
    else:
        sys.stdout.write(claims_report.render_text(found, color=_stdout_wants_color(), width=_width()))


@app.command("rules")
def rules_command(
    code: str | None = typer.Argument(None, help="A code (FL501), a prefix (FL5) or a name (contested-statute)."),
    output_format: str = typer.Option("text", "--format", "-f", metavar="FORMAT", help="text | json"),
) -> None:
    """List every finding code; with CODE, show its full documentation and examples."""
    from lint.report import rules as rules_report

    if output_format not in ("text", "json"):
        raise InputError(f"--format: unknown format '{output_format}' (text or json)")
    entries = rules_report.entries()
    if code:
        wanted = code.strip()
        chosen = [e for e in entries if e.code.startswith(wanted.upper()) or e.name == wanted.lower()]
        if not chosen:
            raise InputError(f"{code}: no such code or name (`factlint rules` lists them)")
    else:
        chosen = entries
    if output_format == "json":
        sys.stdout.write(rules_report.render_json(chosen))
    elif code and len(chosen) == 1:
        sys.stdout.write(rules_report.render_one(chosen[0], color=_stdout_wants_color(), width=_width()))
    else:
        sys.stdout.write(rules_report.render_table(chosen, color=_stdout_wants_color(), width=_width()))


@app.command("config")
def config_command(
    path: Path | None = typer.Argument(None, help="Where to look for the configuration from (default: here)."),
    config: Path | None = typer.Option(None, "--config", metavar="FILE", help="Read this configuration file instead."),
    output_format: str = typer.Option("text", "--format", "-f", metavar="FORMAT", help="text | json"),
) -> None:
    """Show the settings in effect for PATH and where each one came from."""
    from lint.config import as_data, describe, resolve

    if output_format not in ("text", "json"):
        raise InputError(f"--format: unknown format '{output_format}' (text or json)")
    start = path or Path.cwd()
    if not start.exists():
        raise InputError(f"{start}: no such file or folder")
    cfg = resolve(start, config)
    rows = describe(cfg)
    if output_format == "json":
        import json

        from lint.config import KEYS

        data = {
            "file": str(cfg.file) if cfg.file else None,
            "settings": {key: {"value": as_data(getattr(cfg, KEYS[key][0])), "from": origin}
                         for key, _, origin in rows},
        }
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    lines = [f"configuration file: {cfg.file if cfg.file else '(none found; defaults)'}", ""]
    key_width = max(len(k) for k, _, _ in rows)
    value_width = min(max(len(v) for _, v, _ in rows), 48)
    lines += [f"{key:<{key_width}}  {value:<{value_width}}  # {origin}" for key, value, origin in rows]
    sys.stdout.write("\n".join(lines) + "\n")


_mount_subcommands()


# --- entry point ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run the command; turn every usage or input error into one line and exit 2."""
    thresholds = gc.get_threshold()
    gc.set_threshold(*COLLECTOR_THRESHOLDS)  # forked workers inherit it
    try:
        code = _run(argv)
    finally:
        if argv is not None:  # a program that calls main() keeps its own pace
            gc.set_threshold(*thresholds)
    if argv is None:
        # the factlint command itself, not a caller's own program: it leaves at once, its pace kept (put
        # back, the collector swept the young objects on the way out: 19 ms after a 100,000-word lint)
        _leave(code)
    sys.exit(code)


def _leave(code: int) -> None:
    """End the command at once: its exit handlers run (the compile caches are saved there) and its
    output flushed, but the interpreter not torn down object by object, which took 35 ms after a
    100,000-word lint (the reference, the claims, the report): the system frees the memory whole.
    Where the output cannot be flushed, the usual exit says so, as it always has."""
    import atexit

    atexit._run_exitfuncs()  # (and forgets them: they do not run twice)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)


def _run(argv: list[str] | None) -> int:
    """The command's exit code; every usage or input error reported in one line."""
    code = 0
    try:
        result = app(args=argv, prog_name="factlint", standalone_mode=False)
        code = result if isinstance(result, int) else 0
    except typer.Exit as exc:
        code = exc.exit_code
    except InputError as exc:
        sys.stderr.write(f"factlint: error: {exc}\n")
        code = 2
    except typer.TyperException as exc:  # click's usage errors: bad option, missing argument, bad value
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `factlint`: the help is the answer
            sys.stdout.write(exc.format_message() + "\n")
        else:
            message = " ".join(exc.format_message().split())
            sys.stderr.write(f"factlint: error: {message} (see --help)\n")
        code = 2
    except typer.Abort:
        sys.stderr.write("factlint: aborted\n")
        code = 130
    except KeyboardInterrupt:
        sys.stderr.write("factlint: interrupted\n")
        code = 130
    except BrokenPipeError:  # `factlint lint ... | head`: the reader left; say nothing
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 1
    return code
