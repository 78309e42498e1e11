"""The command line: each command's help, `validate` exit codes, and one-line errors without tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

from newsld.cli import main
from newsld.settings import Settings
from newsld.vocab import NLD

COMMANDS = ("build", "validate", "serve", "extract", "evaluate", "enrich", "kb", "mirror", "settings")


def test_help_explains_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    for command in COMMANDS:
        assert command in out
    assert "exit codes" in out and "newsld-data/dumps" in out


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "kb"] + ["kb refresh"])
def test_each_command_has_its_own_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([*command.split(), "--help"])
    assert len(capsys.readouterr().out.splitlines()) > 5


def test_validate_a_conforming_dump_exits_0(published_settings: Settings, capsys) -> None:
    assert main(["validate", str(published_settings.dumps_dir / "newsld.trig")]) == 0
    assert "conforms" in capsys.readouterr().out


def test_validate_a_broken_graph_exits_1_with_the_report(published_settings: Settings, tmp_path: Path,
                                                         capsys) -> None:
    dataset = Dataset()
    dataset.parse(published_settings.dumps_dir / "newsld.nq", format="nquads")
    meeting = URIRef(f"{published_settings.base_iri}/id/event/kim-putin-2023-09/e-meeting")
    for graph in dataset.graphs():
        graph.remove((meeting, NLD.status, None))
    broken = tmp_path / "broken.nq"
    dataset.serialize(broken, format="nquads")
    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "Violation" in out and "e-meeting" in out


@pytest.mark.parametrize(("name", "content", "message"), [
    ("garbage.ttl", b"this is not turtle", "cannot parse as turtle"),
    ("data.csv", b"a,b", "unknown RDF format"),
])
def test_validate_unreadable_files_exit_2_in_one_line(tmp_path: Path, capsys, name: str, content: bytes,
                                                      message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_unknown_command_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["publish-everything"])
    assert done.value.code == 2


def test_help_does_not_load_the_heavy_stages() -> None:
    """`newsld --help` must stay instant: spaCy, pyshacl and Flask load only in the commands that use them."""
    import subprocess
    import sys

    probe = ("import sys; from newsld.cli import build_parser; build_parser().format_help(); "
             "print(sorted(m for m in ('spacy', 'pyshacl', 'flask', 'pyoxigraph') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
