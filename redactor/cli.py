"""Command line: ``redactor analyze | redact | verify | check-log``. Exit 0 ok, 1 leak or tampering, 2 bad input."""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from redactor.errors import LeakError, RedactorError, UnreviewedError

EXIT_OK, EXIT_LEAK, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with a one-line reason (its default also exits 2, with usage)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"redactor: error: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


_PASSWORD_HELP = "the password of an encrypted PDF draft ('-' asks for it without echoing it)"


def _password(value: str | None, what: str = "Password of the draft") -> str | None:
    """The draft's password: as given, or asked for (not echoed) when given as ``-``."""
    if value != "-":
        return value
    import getpass

    if sys.stdin.isatty():
        return getpass.getpass(f"{what}: ")
    return sys.stdin.readline().rstrip("\r\n")


def _case_passphrase(value: str | None) -> str | None:
    """An encrypted case's passphrase: ``--case-passphrase`` (``-`` asks), else ``$REDACTOR_CASE_PASSPHRASE``."""
    if value is None:
        return os.environ.get("REDACTOR_CASE_PASSPHRASE") or None
    return _password(value, "Passphrase of the case")


def _pages(value: str) -> set[int]:
    """``6,8-9`` -> the 0-based pages {5, 7, 8}."""
    out: set[int] = set()
    try:
        for part in value.split(","):
            first, _, last = part.strip().partition("-")
            a, b = int(first), int(last or first)
            if a < 1 or b < a:
                raise ValueError(part)
            out.update(range(a - 1, b))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a list of page numbers such as 6,8-9") from exc
    return out


def _whole_pages(case: Any, analysis: Any, pages: set[int]) -> None:
    """Redact each whole page of ``pages`` (``--redact-pages``): an area covering the page."""
    from redactor.errors import RedactorError as UsageError

    document = analysis.document
    if pages and document.format != "pdf":
        raise UsageError("--redact-pages is for PDF drafts")
    for p in sorted(pages):
        if p >= document.page_count:
            raise UsageError(f"--redact-pages: the draft has no page {p + 1}")
        case.redact_area(analysis, p, (0.0, 0.0, 1e5, 1e5))  # clipped to the page


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="redactor", description="Anonymise a draft child-safeguarding review: find "
                "identifying text, replace it with pseudonyms, export a verified, truly redacted PDF.")
    p.add_argument("--version", action=_VersionAction)
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    a = sub.add_parser("analyze", help="list what would be redacted, without writing a redacted file")
    a.add_argument("draft", type=Path, help="the draft: PDF, DOCX or TXT")
    a.add_argument("--register", type=Path, help="the case register (YAML)")
    a.add_argument("--json", type=Path, dest="json_out", help="write the full findings as JSON here")
    a.add_argument("--board", type=Path, help="board settings YAML (default: $REDACTOR_BOARD)")
    a.add_argument("--password", help=_PASSWORD_HELP)

    r = sub.add_parser("redact", help="write the redacted PDF (and DOCX/TXT) with its audit log")
    r.add_argument("draft", type=Path, nargs="?", help="the draft: PDF, DOCX or TXT")
    r.add_argument("-o", "--output", type=Path,
                   help="the redacted PDF to write; for a Word or text draft, OUT.docx or OUT.txt also "
                        "names it (OUT.pdf is written beside it); with --case, default: "
                        "CASE/exports/<draft>-redacted.pdf")
    r.add_argument("--register", type=Path, help="the case register (YAML)")
    r.add_argument("--accept-all", action="store_true",
                   help="accept every suggestion not covered by the register (or not decided in the case)")
    r.add_argument("--audit", type=Path, help="audit log JSON path (default: <output>.audit.json)")
    r.add_argument("--board", type=Path, help="board settings YAML (default: $REDACTOR_BOARD)")
    r.add_argument("--password", help=_PASSWORD_HELP)
    r.add_argument("--force", action="store_true",
                   help="replace outputs and audit logs that already exist (otherwise they are never touched)")
    r.add_argument("--reviewed-pages", type=_pages, default=set(), metavar="PAGES",
                   help="pages without a text layer (not read by OCR) that you have checked yourself, e.g. 6,8-9")
    r.add_argument("--redact-pages", type=_pages, default=set(), metavar="PAGES",
                   help="pages to redact whole (everything on them is removed), e.g. 6,8-9")
    r.add_argument("--case", type=Path, dest="case_folder",
                   help="export with the decisions of this case folder (made in the app or with the API)")
    r.add_argument("--case-passphrase", metavar="PASSPHRASE",
                   help="the passphrase of an encrypted case ('-' asks for it without echoing it; "
                        "default: $REDACTOR_CASE_PASSPHRASE)")
    r.add_argument("--draft", type=Path, dest="case_draft",
                   help="with --case: which of the case's drafts (needed when it has several)")
    r.add_argument("--reviewer", default=None,
                   help="your name, recorded in the case journal (default: $REDACTOR_REVIEWER, else your login)")

    c = sub.add_parser("check-log", help="check a redaction log: its chain, that OUT.pdf is the file it describes, "
                       "and (with --draft) that every redaction is where it says and gone")
    c.add_argument("log", type=Path, help="the redaction log (OUT.log.jsonl, written by every export)")
    c.add_argument("output", type=Path, help="the redacted PDF the log should describe")
    c.add_argument("--draft", type=Path, help="the draft it was made from")

    v = sub.add_parser("verify", help="check a redacted file for any name or form from the register")
    v.add_argument("output", type=Path, help="a redacted PDF, DOCX or TXT")
    v.add_argument("--register", type=Path, required=True, help="the case register (YAML)")
    return p


class _VersionAction(argparse.Action):
    """``--version``: print the installed version and exit (as argparse's own ``version`` action).

    The version is looked up only when asked for: reading the installed packages' metadata cost
    every command a few hundredths of a second before its work began.
    """

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str = "show program's version number and exit") -> None:
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        print(f"redactor {_version()}")
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("redactor")
    except PackageNotFoundError:
        return "dev"


def _progress_printer(enabled: bool) -> Any:
    if not enabled:
        return None
    last: dict[str, int] = {}

    def show(p: Any) -> None:
        pct = int(100 * p.fraction)
        if last.get(p.stage) != pct and (pct % 10 == 0 or p.done == p.total):
            last[p.stage] = pct
            print(f"  {p.stage}: {pct}%", file=sys.stderr)

    return show


def cmd_analyze(args: argparse.Namespace) -> int:
    from redactor.board import BoardConfig
    from redactor.pipeline import analyse
    from redactor.report import analysis_json, analysis_summary

    board = BoardConfig.from_environment(args.board)
    result = analyse(args.draft, args.register, board=board, progress=_progress_printer(args.verbose),
                     password=_password(args.password))
    print(analysis_summary(result))
    if args.json_out:
        from redactor.atomic import atomic_write_bytes

        atomic_write_bytes(args.json_out, json.dumps(analysis_json(result), indent=2,
                                                     ensure_ascii=False).encode("utf-8"))
        print(f"findings written to {args.json_out}")
    return EXIT_OK


def _reviewer(name: str | None) -> str:
    import getpass

    if name:
        return name
    if os.environ.get("REDACTOR_REVIEWER"):
        return os.environ["REDACTOR_REVIEWER"]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def cmd_redact(args: argparse.Namespace) -> int:
    from redactor.errors import RedactorError as UsageError

    progress = _progress_printer(args.verbose)
    done: Any
    if args.case_folder is not None:
        if args.register is not None or args.board is not None:
            raise UsageError("--register and --board cannot be used with --case: the case has its own")
        if args.reviewed_pages or args.redact_pages:
            raise UsageError("with --case, mark pages reviewed or redact them in the case (the app), not here")
        done = _redact_case(args, progress)
    else:
        if args.draft is None or args.output is None:
            raise UsageError("redact needs a DRAFT and -o OUT.pdf (or --case CASE)")
        if args.case_draft is not None:
            raise UsageError("--draft chooses a draft of a case; use it with --case")
        if args.case_passphrase is not None:
            raise UsageError("--case-passphrase opens an encrypted case; use it with --case")
        done = _redact_draft(args, progress)
    for path in done.outputs:
        print(f"redacted: {path}")
    print(f"audit log: {done.audit_json} and {done.audit_csv}")
    for path in done.reports:
        print(f"redaction log/report: {path}")
    print(f"{done.redactions} redactions; {done.verification}")
    for note in done.notes:
        print(f"note: {note}", file=sys.stderr)
    return EXIT_OK


def _redact_draft(args: argparse.Namespace, progress: Any) -> Any:
    """``redact DRAFT``: a one-off case in a private temporary folder, so the export gets the same log and reports."""
    from redactor.load import load_early

    password = _password(args.password)
    _read_before_the_fork()
    # The draft is read in a child process while this one imports the NLP libraries; the child then
    # finds what the text alone gives (keep phrases, pseudonym labels, tables), which needs no NLP.
    load_early(args.draft, password=password, progress=progress, prepare=_text_only)
    # Importing the libraries and building the engine make objects that live as long as the process,
    # none of them garbage: the cyclic collector, which scans all of them again and again as they
    # are made, waits until they are made and set aside (``build_engine`` freezes them).
    with no_collections():
        import shutil
        import tempfile

        from redactor.analysis import build_engine
        from redactor.board import BoardConfig
        from redactor.case import Case
        from redactor.pipeline import check_output_path, pdf_output, refuse_existing_outputs

        board = BoardConfig.from_environment(args.board)
        args.output = pdf_output(args.draft, args.output)
        check_output_path(args.draft, args.output)  # before the analysis, which takes a while
        refuse_existing_outputs(args.draft, args.output, args.audit, overwrite=args.force)
        build_engine()
    folder = Path(tempfile.mkdtemp(prefix="redactor-"))  # 0700, removed below: it holds the findings
    try:
        case = Case.create(folder / "case", register_path=args.register, board=board,
                           reviewer=_reviewer(args.reviewer), cache=False)
        try:
            analysis = case.analyse(args.draft, progress=progress, password=password)
            analysis.register_path = args.register  # the audit names the user's register, not the temporary copy
            analysis.reviewed_pages |= args.reviewed_pages
            _whole_pages(case, analysis, args.redact_pages)
            return case.export(analysis, args.output, accept_all=args.accept_all, progress=progress,
                               audit_json=args.audit, overwrite=args.force)
        finally:
            case.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def no_collections() -> Iterator[None]:
    """No automatic run of the cyclic garbage collector inside the block (its thresholds as they were after).

    Not ``gc.disable()``: spaCy's model loading (``srsly``) calls ``gc.enable()`` after each file it
    reads, which let the collector scan every object the imports had made, twice, in the middle of
    the build. A first threshold of zero stops automatic collections whether or not it is enabled.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _read_before_the_fork() -> None:
    """Compile the keep-phrase and table rules and read the lists they use before the early-load child is forked.

    This process needs them anyway (its recognisers read the same lists); the child, which reads the
    draft and finds its keep phrases and tables meanwhile, then starts with them instead of reading
    and compiling them a second time.
    """
    import redactor.text_only  # noqa: F401  (the rules' patterns, compiled as they are imported)
    from recognizers import gazetteer

    gazetteer.preload_keep_lists()


def _text_only(document: Any) -> Any:
    from redactor.text_only import text_only

    return text_only(document)


def _redact_case(args: argparse.Namespace, progress: Any) -> Any:
    """``redact --case``: re-export a draft of a case with the case's decisions."""
    from redactor.case import Case
    from redactor.errors import CaseError

    case = Case.open(args.case_folder, reviewer=_reviewer(args.reviewer),
                     passphrase=_case_passphrase(args.case_passphrase))
    if case.recovered:
        print(f"note: {case.recovered}", file=sys.stderr)
    wanted = args.case_draft or args.draft
    drafts = case.drafts
    if wanted is not None:
        matches = [d for d in drafts if d.resolve() == wanted.resolve() or d.name == wanted.name]
        if not matches:
            raise CaseError(f"{wanted} is not a draft of this case; its drafts are: "
                            + (", ".join(d.name for d in drafts) or "none"))
        draft = matches[0]
    elif len(drafts) == 1:
        draft = drafts[0]
    else:
        raise CaseError("the case has " + (f"{len(drafts)} drafts ({', '.join(d.name for d in drafts)}); choose "
                                           "one with --draft" if drafts else "no drafts yet"))
    from redactor.pipeline import pdf_output, refuse_existing_outputs

    output = pdf_output(draft, args.output) if args.output else case.folder / "exports" / f"{draft.stem}-redacted.pdf"
    try:
        refuse_existing_outputs(draft, output, args.audit, overwrite=args.force)
        analysis = case.analyse(draft, progress=progress, password=_password(args.password))
        return case.export(analysis, output, accept_all=args.accept_all, progress=progress, audit_json=args.audit,
                           overwrite=args.force)
    finally:
        case.close()


def cmd_check_log(args: argparse.Namespace) -> int:
    from redactor.check_log import EXIT_BAD_INPUT, EXIT_INTACT, check_log

    result = check_log(args.log, args.output, args.draft)
    for line in result.confirmed:
        print(f"ok: {line}")
    for line in result.problems:
        print(f"PROBLEM: {line}")
    if result.exit_code == EXIT_INTACT:
        print("INTACT: the log is unbroken and describes this output" + (" and draft" if args.draft else ""))
    elif result.exit_code == EXIT_BAD_INPUT:
        print("cannot check: see above", file=sys.stderr)
    else:
        print(f"TAMPERED OR MISMATCHED: {len(result.problems)} problem(s) listed above")
    return result.exit_code


def cmd_verify(args: argparse.Namespace) -> int:
    from redactor.register import Register
    from redactor.verify_cli import statement, verify_against_register

    leaks = verify_against_register(args.output, args.register)
    if leaks:
        print(f"LEAK: {len(leaks)} occurrence(s) of register forms or identifiers in {args.output}:")
        for leak in leaks:
            print(f"  {leak}")
        return EXIT_LEAK
    print(statement(args.output, Register.load(args.register)))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``redactor`` command."""
    from redactor.lean_imports import install

    install()  # before spaCy and Presidio are imported: without the parts of them never run
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    os.environ.setdefault("TLDEXTRACT_CACHE", os.devnull)  # belt and braces: never fetch suffix lists
    handlers = {"analyze": cmd_analyze, "redact": cmd_redact, "verify": cmd_verify, "check-log": cmd_check_log}
    try:
        return handlers[args.command](args)
    except UnreviewedError as exc:
        print(f"redactor: refused: {exc}", file=sys.stderr)
        return exc.exit_code
    except LeakError as exc:
        print(f"redactor: {exc}", file=sys.stderr)
        for leak in exc.leaks[:50]:
            print(f"  LEAK {leak}", file=sys.stderr)
        return exc.exit_code
    except RedactorError as exc:
        print(f"redactor: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("redactor: interrupted", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError as exc:
        if _stdout_gone():
            # Output piped into a command that stopped reading (``| head``): not an error of ours.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
        print(f"redactor: error: {exc.strerror or exc} (a pipe inside the tool broke; nothing was written)",
              file=sys.stderr)
        return EXIT_USAGE


# The command's work makes objects by the hundred thousand, nearly all of them freed as soon as used (each
# character MuPDF reads from a page is a dict): the cyclic collector, run every 700 new objects by default,
# scanned those alive at that moment each time, and moved them on to be scanned again in the older
# generations (about a tenth of a second in each of the draft's reading and the main process).
YOUNG_OBJECTS = 10_000


def run() -> None:
    """The ``redactor`` command: :func:`main`, then the process ends at once with its exit status.

    The cyclic collector runs every :data:`YOUNG_OBJECTS` new objects (in its forked children too).

    Its outputs are published and its children waited for before :func:`main` returns; what is
    left is the interpreter's tear-down, freeing the model and the libraries object by object
    (about a third of a second), which nothing needs.
    """
    gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])
    code = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(BrokenPipeError, ValueError):  # its reader has gone: nothing can reach it
            stream.flush()
    os._exit(code)


def _stdout_gone() -> bool:
    """Whether our standard output's reader has gone (then what is buffered for it cannot be written)."""
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        return True
    return False


if __name__ == "__main__":
    run()
