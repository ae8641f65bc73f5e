"""`mediaops batch` never loses the list: no output over the input, no success after a failed write.

Run as a user runs it (a real subprocess), since what is at stake is files on
disk, exit statuses and resource limits.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

AS_OF = "2026-11-27"
LIST = (
    "编号,学历,专业相关性,工作年限,证书,备注\n"
    "A001,大专,相关专业,3,四级:2024-01-10,第一行\n"
    "A002,高中,,2.5,,第二行\n"
    "A003,本科,本专业,5,,第三行\n"
)


def _run(
    *args: str, cwd: Path, preexec: object = None, stdout: object = None
) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "MEDIAOPS_LANG"}
    return subprocess.run(
        [sys.executable, "-m", "mediaops", "batch", *args, "--as-of", AS_OF],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
        preexec_fn=preexec,  # type: ignore[arg-type]
    )


@pytest.fixture
def applicants(tmp_path: Path) -> Path:
    """A small applicant list, as a clerk's CSV."""
    path = tmp_path / "报名表.csv"
    path.write_text(LIST, encoding="utf-8")
    return path


class TestOutputOverInput:
    """Writing the results over the applicant list is refused before anything is read or written."""

    @pytest.mark.parametrize("spelling", ["same", "dot-slash", "absolute"])
    def test_same_path_is_refused(self, applicants: Path, spelling: str) -> None:
        """The same file named three ways: exit 2, a message, the list's bytes unchanged."""
        before = applicants.read_bytes()
        output = {
            "same": applicants.name,
            "dot-slash": f"./{applicants.name}",
            "absolute": str(applicants),
        }[spelling]
        done = _run(applicants.name, "-o", output, cwd=applicants.parent)
        assert 2 == done.returncode
        assert "覆盖" in done.stderr.decode()
        assert b"Traceback" not in done.stderr
        assert before == applicants.read_bytes()
        assert [applicants.name] == sorted(p.name for p in applicants.parent.iterdir())

    def test_symlink_to_the_input_is_refused(self, applicants: Path) -> None:
        """An output path that is a symlink to the list is the list."""
        link = applicants.parent / "结果.csv"
        link.symlink_to(applicants.name)
        before = applicants.read_bytes()
        done = _run(applicants.name, "-o", link.name, cwd=applicants.parent)
        assert 2 == done.returncode
        assert before == applicants.read_bytes()
        assert link.is_symlink()

    def test_hard_link_to_the_input_is_refused(self, applicants: Path) -> None:
        """An output path that is a hard link to the list is the same file on disk."""
        link = applicants.parent / "结果.csv"
        os.link(applicants, link)
        before = applicants.read_bytes()
        done = _run(applicants.name, "-o", link.name, cwd=applicants.parent)
        assert 2 == done.returncode
        assert before == applicants.read_bytes()
        assert before == link.read_bytes()

    def test_input_through_a_symlink_and_output_on_the_real_file_is_refused(
        self, applicants: Path
    ) -> None:
        """The other way round: reading the list through a link and writing the list itself."""
        link = applicants.parent / "link.csv"
        link.symlink_to(applicants.name)
        before = applicants.read_bytes()
        done = _run(link.name, "-o", applicants.name, cwd=applicants.parent)
        assert 2 == done.returncode
        assert before == applicants.read_bytes()

    def test_stdin_redirected_from_the_output_file_is_refused(self, applicants: Path) -> None:
        """`batch - -o 报名表.csv < 报名表.csv`: standard input is the list, so is the output."""
        before = applicants.read_bytes()
        done = _batch_from(applicants, "-o", applicants.name)
        assert 2 == done.returncode
        assert "标准输入" in done.stderr.decode()
        assert before == applicants.read_bytes()

    def test_stdin_from_another_file_is_screened(self, applicants: Path) -> None:
        """Standard input redirected from the list, the output elsewhere: screened as usual."""
        done = _batch_from(applicants, "-o", "结果.csv", "-q")
        assert 0 == done.returncode, done.stderr.decode()
        assert 4 == len((applicants.parent / "结果.csv").read_text("utf-8-sig").splitlines())

    def test_english_message(self, applicants: Path) -> None:
        """In English the message says the output would replace the list."""
        done = _run(applicants.name, "-o", applicants.name, "--lang", "en", cwd=applicants.parent)
        assert 2 == done.returncode
        assert "would replace the list" in done.stderr.decode()


def _limit_file_size() -> None:
    """In the child: files may not grow past 2 KiB (``ulimit -f 2``)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))


@pytest.fixture
def long_list(tmp_path: Path) -> Path:
    """A list whose results are far larger than 2 KiB."""
    rows = [f"A{i:05d},大专,相关专业,{i % 12},,备注{i}" for i in range(400)]
    path = tmp_path / "long.csv"
    path.write_text("编号,学历,专业相关性,工作年限,证书,备注\n" + "\n".join(rows) + "\n", "utf-8")
    return path


class TestFailedWrites:
    """A write that fails is a failure: non-zero exit, a message, nothing half-written."""

    @pytest.mark.parametrize("fmt", ["csv", "jsonl"])
    def test_file_too_large_leaves_the_earlier_output_untouched(
        self, long_list: Path, fmt: str
    ) -> None:
        """``ulimit -f``: exit 74, the reason named, no temporary file, the earlier output as it was."""
        out = long_list.parent / f"结果.{fmt}"
        out.write_bytes(b"earlier results\n")
        done = _run(long_list.name, "-o", out.name, cwd=long_list.parent, preexec=_limit_file_size)
        assert 74 == done.returncode
        assert b"Traceback" not in done.stderr
        assert "结果" in done.stderr.decode()
        assert b"earlier results\n" == out.read_bytes()
        assert sorted([long_list.name, out.name]) == sorted(
            p.name for p in long_list.parent.iterdir()
        )

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
    @pytest.mark.parametrize("fmt", ["csv", "jsonl"])
    def test_full_disk_on_stdout(self, long_list: Path, fmt: str) -> None:
        """stdout on a full disk: exit 74 and a message, never 0 and never a traceback."""
        with open("/dev/full", "wb") as full:
            done = _run(long_list.name, "--format", fmt, cwd=long_list.parent, stdout=full)
        assert 74 == done.returncode
        assert b"Traceback" not in done.stderr
        assert done.stderr.strip()

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
    def test_full_disk_as_output_file(self, long_list: Path) -> None:
        """``-o /dev/full``: exit 74 and a message."""
        done = _run(long_list.name, "-o", "/dev/full", "--format", "csv", cwd=long_list.parent)
        assert 74 == done.returncode
        assert b"Traceback" not in done.stderr

    def test_closed_pipe_ends_quietly(self, long_list: Path) -> None:
        """Piped into a reader that stops after one line (``| head -1``): no traceback, no error."""
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mediaops",
                "batch",
                long_list.name,
                "--format",
                "jsonl",
                "--as-of",
                AS_OF,
            ],  # 400 reports: far more than a pipe holds
            cwd=long_list.parent,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()  # the reader goes away
        err = proc.stderr.read()
        proc.stderr.close()
        code = proc.wait(timeout=60)
        assert b"Traceback" not in err
        assert b"Error" not in err
        assert 141 == code


def _batch_from(stdin_file: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """``mediaops batch - ARGS < stdin_file`` in the file's directory, in Chinese."""
    env = {k: v for k, v in os.environ.items() if k != "MEDIAOPS_LANG"}
    with stdin_file.open("rb") as stdin:
        return subprocess.run(
            [sys.executable, "-m", "mediaops", "batch", "-", *args],
            cwd=stdin_file.parent,
            env=env,
            stdin=stdin,
            capture_output=True,
            timeout=60,
            check=False,
        )
