"""The `carrousel` command: the window by default, and extract / careers / export-png subcommands.

Qt is imported only for the window and the PNG export, so `extract` and `careers` run on machines
without any display libraries.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from carrousel import __version__

SUBCOMMANDS = ("extract", "careers", "export-png", "gui")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="carrousel", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"carrousel {__version__}")
    sub = parser.add_subparsers(dest="command")

    extract = sub.add_parser("extract", help="print the career events found in articles")
    extract.add_argument("paths", nargs="+", type=Path, help="article files or folders")
    extract.add_argument("--format", choices=("jsonl", "csv", "table"), default="table")

    careers = sub.add_parser("careers", help="print the tenures merged across articles")
    careers.add_argument("paths", nargs="+", type=Path)
    careers.add_argument("--format", choices=("jsonl", "table"), default="table")

    png = sub.add_parser("export-png", help="draw the timeline to a PNG file (no display needed)")
    png.add_argument("paths", nargs="+", type=Path)
    png.add_argument("-o", "--output", type=Path, required=True)
    png.add_argument("--by", choices=("coach", "club"), default="coach")
    png.add_argument("--scale", type=float, default=1.0, choices=(1.0, 2.0))
    png.add_argument("--players", action="store_true", help="also show people who never coached")

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("paths", nargs="*", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and not argv[0].startswith("-")):
        argv = ["gui", *argv]  # `carrousel` and `carrousel PATH...` open the window
    args = _parser().parse_args(argv)
    if args.command == "gui":
        from carrousel.ui.app import run_app

        return run_app([str(p) for p in args.paths])
    if args.command == "export-png":
        from carrousel.ui.export import export_png_cli

        return export_png_cli(args.paths, args.output, by=args.by, scale=args.scale, players=args.players)
    return _print_command(args)


def _print_command(args: argparse.Namespace) -> int:
    from carrousel import export
    from carrousel.careers import build_careers
    from carrousel.pipeline import extract_all

    corpus, events = extract_all(args.paths)
    for problem in corpus.problems:
        print(f"carrousel: skipped {problem}", file=sys.stderr)
    if not corpus.documents:
        print("carrousel: no article could be read", file=sys.stderr)
        return 1
    if args.command == "extract":
        render = {"jsonl": export.events_jsonl, "csv": export.events_csv, "table": export.events_table}
        sys.stdout.write(render[args.format](events))
    else:
        careers = build_careers(events)
        sys.stdout.write(export.careers_jsonl(careers) if args.format == "jsonl" else export.careers_table(careers))
    return 0
