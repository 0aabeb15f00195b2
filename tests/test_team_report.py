"""The project report renders its charts (PNG) and page; Arabic goes through the shaper."""

from __future__ import annotations

from annotator.cli import main
from annotator.formats.report_charts import display
from tests.team_support import make_project

TEXT = "قال وزير الخارجية إن الجزائر سترد على تونس"
PNG = b"\x89PNG\r\n\x1a\n"


def _project(path):
    minister, algeria, tunis = (4, 17, "ACTOR"), (21, 28, "LOCATION"), (38, 42, "LOCATION")
    layers = {"أمينة": {"d1": [minister, algeria, tunis], "d2": [minister, algeria]},
              "bilal": {"d1": [minister, (21, 28, "ACTOR")], "d2": [minister]},
              "carla": {"d2": [minister, algeria, tunis]}}
    return make_project(path, {"d1": TEXT, "d2": TEXT + " غدا", "d3": "نص"}, layers)


def test_report_writes_page_and_charts(tmp_path, capsys):
    project = _project(tmp_path / "p")
    out = tmp_path / "report"
    assert main(["report", str(project.path), "--out", str(out)]) == 0
    assert "report written to" in capsys.readouterr().out
    names = {p.name for p in out.iterdir()}
    assert names == {"index.html", "progress.png", "labels.png", "agreement_exact_f1.png",
                     "agreement_kappa.png", "top_actor.png", "top_location.png"}
    for name in names - {"index.html"}:
        data = (out / name).read_bytes()
        assert data.startswith(PNG) and len(data) > 5000, name
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "أمينة" in page  # the page keeps logical Arabic; the browser shapes it
    for name in names - {"index.html"}:
        assert f'src="{name}"' in page


def test_display_shapes_arabic_only_where_matplotlib_cannot():
    assert display("ACTOR", engine_shapes=False) == "ACTOR"
    shaped = display("الجزائر", engine_shapes=False)
    assert shaped != "الجزائر" and all("\ufb50" <= c <= "\ufeff" for c in shaped)
    assert display("الجزائر", engine_shapes=True) == "الجزائر"  # libraqm shapes it itself


def test_report_of_an_empty_project_has_no_empty_charts(tmp_path, capsys):
    from annotator.formats.project import Project
    Project.create(tmp_path / "p")
    assert main(["report", str(tmp_path / "p"), "--out", str(tmp_path / "r")]) == 0
    assert sorted(p.name for p in (tmp_path / "r").iterdir()) == ["index.html"]
    assert "no pairs to compare" in (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
