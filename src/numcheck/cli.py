"""Command line: ``numcheck check|quantities|rules|rule``. Results on stdout, messages on stderr.

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 usage, config or input error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from numcheck.errors import NumcheckError
from numcheck.model import Report, Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"numcheck: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_ERROR)


def _severity(text: str) -> Severity:
    try:
        return Severity.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    from numcheck import __version__
    from numcheck.reporters import FINDING_FORMATS, QUANTITY_FORMATS
    from numcheck.source import FORMATS

    p = _Parser(prog="numcheck", description="Find the numbers in article drafts and flag the ones that contradict each other.")
    p.add_argument("--version", action="version", version=f"numcheck {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def inputs(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("paths", nargs="+", metavar="PATH", help="files or folders; '-' reads standard input")
        sp.add_argument("--date", help="publication date YYYY-MM-DD (overrides front matter)")
        sp.add_argument("--input-format", choices=FORMATS, help="input format (default: from the file extension; text for stdin)")
        sp.add_argument("--config", type=Path, help="config file (default: nearest numcheck.toml/.numcheck.toml/pyproject.toml)")
        sp.add_argument("--no-config", action="store_true", help="ignore config files")

    c = sub.add_parser("check", help="check drafts and report findings")
    inputs(c)
    c.add_argument("--format", choices=FINDING_FORMATS, default="text", help="output format")
    c.add_argument("--select", help="comma-separated rule codes or prefixes to run (e.g. NC1,NC201)")
    c.add_argument("--ignore", help="comma-separated rule codes or prefixes to skip")
    c.add_argument("--min-severity", type=_severity, help="show findings at or above this level (info, warning, error)")
    c.add_argument("--fail-on", type=_severity, help="exit 1 for findings at or above this level (default: warning)")
    c.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")

    q = sub.add_parser("quantities", help="list every quantity found")
    inputs(q)
    q.add_argument("--format", choices=QUANTITY_FORMATS, default="text", help="output format")

    sub.add_parser("rules", help="list the rules")
    r = sub.add_parser("rule", help="explain one rule")
    r.add_argument("code", help="rule code or name, e.g. NC101")
    return p


def iter_inputs(paths: Sequence[str]) -> Iterator[tuple[str, str | None]]:
    """(path, error) for every file to check: folders are walked for known extensions."""
    from numcheck.source import EXTENSIONS

    for raw in paths:
        if raw == "-":
            yield raw, None
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                str(Path(root) / name)
                for root, dirs, files in os.walk(path)
                for name in files
                if Path(name).suffix.lower() in EXTENSIONS and not name.startswith(".")
                if not any(part.startswith(".") for part in Path(root).relative_to(path).parts)
            )
            if not found:
                yield raw, f"{raw}: folder holds no file to check ({' '.join('*' + e for e in EXTENSIONS)})"
            for f in found:
                yield f, None
        else:
            yield raw, None


def _config(args: argparse.Namespace) -> object:
    from numcheck.config import Config, find_config, load_config

    if args.no_config:
        return Config()
    if args.config:
        return load_config(args.config)
    found = find_config(Path(args.paths[0] if args.paths[0] != "-" else "."))
    return load_config(found) if found else Config()


def _run(args: argparse.Namespace) -> int:
    from numcheck.config import Config
    from numcheck.engine import analyse, check_document, parse_date
    from numcheck.reporters import get_reporter
    from numcheck.source import read_bytes, read_path

    config = _config(args)
    assert isinstance(config, Config)
    if args.command == "check":
        split = lambda s: tuple(x for x in (s or "").split(",") if x.strip())  # noqa: E731
        config = config.with_overrides(
            select=split(args.select) or None,
            ignore=split(args.ignore) or None,
            min_severity=args.min_severity,
            fail_on=args.fail_on,
        )
        from numcheck.engine import instantiate

        instantiate(config)  # validates --select/--ignore before any file is read
    date = parse_date(args.date) if args.date else None
    reports: list[Report] = []
    errors: list[tuple[str, str]] = []
    for path, problem in iter_inputs(args.paths):
        if problem:
            errors.append((path, problem))
            continue
        try:
            if path == "-":
                doc = replace(read_bytes(sys.stdin.buffer.read(), args.input_format or "text", "<stdin>"), path="-")
            else:
                doc = read_path(path, args.input_format)
            if args.command == "quantities":  # extraction only: no rule modules to load
                a = analyse(doc, date or config.date)
                when = a.date.isoformat() if a.date else None
                reports.append(Report(doc.path, doc.format, doc.title, when, (), a.quantities))
            else:
                reports.append(check_document(doc, config, date))
        except NumcheckError as exc:
            errors.append((path, str(exc)))
    for _, message in errors:
        print(f"numcheck: {message}", file=sys.stderr)
    what = "quantities" if args.command == "quantities" else "findings"
    sys.stdout.write(get_reporter(args.format, what)(reports, errors))
    if errors:
        return EXIT_ERROR
    failing = any(f.severity >= config.fail_on for r in reports for f in r.findings)
    if args.command == "check" and not args.exit_zero and failing:
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _list_rules() -> int:
    from numcheck.rules.registry import all_rules

    for code, rule in all_rules().items():
        print(f"{code}  {rule.name:<24} {rule.severity!s:<8} {rule.summary()}")
    return EXIT_CLEAN


def _explain(code: str) -> int:
    from numcheck.rules.base import examples_of
    from numcheck.rules.registry import lookup

    rule = lookup(code)
    print(f"{rule.code} {rule.name} (default severity: {rule.severity})\n")
    print(rule.description())
    if rule.options:
        print("\nOptions:")
        for name, opt in rule.options.items():
            print(f"  {name} = {opt.default!r}  {opt.help}")
    for which, title in (("bad", "Fires on"), ("good", "Does not fire on")):
        ex = examples_of(rule, which)
        if ex:
            print(f"\n{title}:")
            for e in ex:
                print("  " + e.text.replace("\n", "\n  "))
    return EXIT_CLEAN


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``numcheck`` command; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "rules":
            return _list_rules()
        if args.command == "rule":
            return _explain(args.code)
        return _run(args)
    except NumcheckError as exc:
        print(f"numcheck: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
