"""Every document is written whole or not at all, and privately: a full disk keeps the earlier file."""

import errno
import os
import resource
import signal
import subprocess
import sys

import pytest

from app.exports.document import to_html, write_odt
from app.exports.documents import ExportFailed, check_pdf, write_pdf, write_text
from tests.exports.test_document import sample
from tests.exports.test_minutes import full_meeting


def disk_full(_descriptor):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def earlier_pdf(qapp, tmp_path):
    path = write_pdf(tmp_path / "cr.pdf", to_html(sample()), title="Réunion d'équipe")
    return path, path.read_bytes()


def assert_only(folder, *names):
    assert sorted(path.name for path in folder.iterdir()) == sorted(names)


@pytest.mark.parametrize("write", [
    lambda path: write_pdf(path, to_html(sample(paragraphs=40)), title="Autre"),
    lambda path: write_odt(path, sample(paragraphs=40)),
    lambda path: write_text(path, "autre texte"),
])
def test_a_disk_full_at_the_flush_keeps_the_earlier_file(earlier_pdf, tmp_path, monkeypatch, write):
    path, content = earlier_pdf
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportFailed, match="the disk is full"):
        write(path)
    assert path.read_bytes() == content
    assert_only(tmp_path, "cr.pdf")


def test_a_pdf_cut_short_by_the_disk_keeps_the_earlier_file(earlier_pdf, tmp_path):
    """A file-size limit makes Qt's writes fail half-way, as a full disk does; Qt itself says nothing."""
    path, content = earlier_pdf
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
    try:
        with pytest.raises(ExportFailed):
            write_pdf(path, to_html(sample(paragraphs=200)), title="Autre")
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous_handler)
    assert path.read_bytes() == content
    assert_only(tmp_path, "cr.pdf")


def test_a_truncated_pdf_is_refused(earlier_pdf, tmp_path):
    _path, content = earlier_pdf
    for cut in (b"", content[: len(content) // 2], b"<html>" + content[6:]):
        (tmp_path / "cut.pdf").write_bytes(cut)
        with pytest.raises(ExportFailed, match="could not be written whole"):
            check_pdf(tmp_path / "cut.pdf", tmp_path / "cr.pdf")


def test_a_directory_at_the_target_fails_cleanly(qapp, tmp_path):
    (tmp_path / "cr.pdf").mkdir()
    with pytest.raises(ExportFailed):
        write_pdf(tmp_path / "cr.pdf", to_html(sample()))
    assert_only(tmp_path, "cr.pdf")
    assert (tmp_path / "cr.pdf").is_dir()


def test_exports_are_private_whatever_the_umask(qapp, tmp_path, umask_022):
    written = [
        write_pdf(tmp_path / "cr.pdf", to_html(sample())),
        write_odt(tmp_path / "cr.odt", sample()),
        write_text(tmp_path / "new" / "cr.md", "texte"),
    ]
    assert [oct(path.stat().st_mode & 0o777) for path in written] == ["0o600"] * 3
    assert oct((tmp_path / "new").stat().st_mode & 0o777) == "0o700"


def cercle(*args: str, limited: bool = False) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en", "LC_ALL": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          env=environment, timeout=120, preexec_fn=limit_file_size if limited else None, check=False)


def limit_file_size():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))


def test_the_command_line_fails_when_the_pdf_is_cut_short(database_url, ctx, tmp_path):
    if not database_url.startswith("sqlite"):
        pytest.skip("the command is run on the SQLite file")
    meeting = full_meeting(ctx, items=12, decided=1)
    output = tmp_path / "cr.pdf"
    command = ("minutes", "export", str(meeting), "--format", "pdf", "--output", str(output),
               "--database", database_url.removeprefix("sqlite:///"))
    assert cercle(*command).returncode == 0
    content = output.read_bytes()
    with ctx.reading():  # keeps the database open: the command needs not grow its shared-memory file
        result = cercle(*command, limited=True)
    assert result.returncode == 1, result.stderr
    assert "could not be written whole" in result.stderr and "Traceback" not in result.stderr
    assert output.read_bytes() == content
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".cr.pdf")] == []
