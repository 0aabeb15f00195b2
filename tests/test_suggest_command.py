"""External command suggester: JSONL in and out, timeout, failure, garbage output."""

from __future__ import annotations

import sys
import textwrap

import pytest

from annotator.core.model import Status
from annotator.suggest.command import CommandError
from annotator.suggest.runner import run_suggester
from annotator.suggest.trust import trust
from tests.suggest_support import make_project

TAGGER = textwrap.dedent('''
    import json, sys
    for line in sys.stdin:
        doc = json.loads(line)
        spans = []
        word = "ليبيا"
        i = doc["text"].find(word)
        if i >= 0:
            spans.append({"start": i, "end": i + len(word), "label": "LOCATION", "score": 0.8})
        spans.append({"start": 0, "end": 10000, "label": "ACTOR"})
        print(json.dumps({"id": doc["id"], "spans": spans}, ensure_ascii=False))
''')


def _project(tmp_path, script: str, timeout: float = 30):
    project = make_project(tmp_path, {"a": "اشتباكات في ليبيا أمس", "b": "لا شيء"})
    tool = project.path / "tool.py"
    tool.write_text(script, encoding="utf-8")
    project.settings.update(suggest_command=[sys.executable, "tool.py"],
                            suggest_timeout=timeout, suggest_command_name="toy-ner")
    project.save_project()
    trust(project.path, project.settings["suggest_command"])  # the user approved it
    return project


def test_command_suggestions_are_added_and_bad_spans_reported(tmp_path):
    project = _project(tmp_path, TAGGER)
    report = run_suggester(project, "command")
    assert report.done == ["a", "b"] and report.counts["suggestions"] == 1
    assert len(report.problems) == 2 and "outside the text" in report.problems[0].message
    ann = project.load_annotations(project.load_document("a"))
    (span,) = ann.spans.values()
    assert (span.text, span.origin, span.score, span.status) == \
        ("ليبيا", "toy-ner@1", 0.8, Status.SUGGESTED)


def test_a_failing_command_reports_exit_status_and_stderr_tail(tmp_path):
    project = _project(tmp_path, "import sys\nprint('model file missing: ner.bin', "
                                 "file=sys.stderr)\nsys.exit(3)\n")
    with pytest.raises(CommandError, match=r"exit status 3(.|\n)*model file missing"):
        run_suggester(project, "command")


def test_garbage_output_names_the_line(tmp_path):
    project = _project(tmp_path, "import sys\nsys.stdin.read()\nprint('{\"id\": \"a\", "
                                 "\"spans\": []}')\nprint('Loading model... done')\n")
    with pytest.raises(CommandError, match="output line 2 is not JSON"):
        run_suggester(project, "command")


def test_output_for_a_document_it_was_not_given_is_refused(tmp_path):
    project = _project(tmp_path, "import sys\nsys.stdin.read()\n"
                                 "print('{\"id\": \"zzz\", \"spans\": []}')\n")
    with pytest.raises(CommandError, match="document 'zzz'"):
        run_suggester(project, "command")


def test_a_command_that_hangs_is_stopped_after_the_timeout(tmp_path):
    # The external command hangs (waits on an event nobody sets) until it is killed.
    project = _project(tmp_path, "import threading\nthreading.Event().wait()\n", timeout=0.5)
    with pytest.raises(CommandError, match="did not finish within 0.5 s"):
        run_suggester(project, "command")


def test_a_missing_program_is_a_clear_error(tmp_path):
    project = _project(tmp_path, "")
    project.settings["suggest_command"] = ["/nonexistent/tagger"]
    trust(project.path, ["/nonexistent/tagger"])
    with pytest.raises(CommandError, match="cannot run"):
        run_suggester(project, "command")


def test_a_project_command_runs_only_after_consent_for_exactly_that_command(tmp_path, cli):
    """Issue 14 item 15: code named by a shared project.json is not run unasked."""
    from annotator.suggest.trust import UntrustedCommandError
    project = make_project(tmp_path, {"a": "اشتباكات في ليبيا أمس"})
    tool = project.path / "tool.py"
    marker = tmp_path / "ran"
    tool.write_text(f"open({str(marker)!r}, 'w').close()\n" + TAGGER, encoding="utf-8")
    project.settings["suggest_command"] = [sys.executable, "tool.py"]
    project.save_project()
    with pytest.raises(UntrustedCommandError, match="tool.py"):
        run_suggester(project, "command")
    result = cli("suggest", project.path, "--with", "command")
    assert result.returncode == 1 and "tool.py" in result.stderr and "--trust" in result.stderr
    assert not marker.exists()
    result = cli("suggest", project.path, "--with", "command", "--trust")
    assert result.returncode == 0, result.stderr
    assert marker.exists()
    marker.unlink()
    tool.write_text(tool.read_text(encoding="utf-8") + "# changed by a git pull\n",
                    encoding="utf-8")
    result = cli("suggest", project.path, "--with", "command")
    assert result.returncode == 1 and not marker.exists()  # an edited script asks again
