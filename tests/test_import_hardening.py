"""Issue 14: bad input is one reason per bad line or record, and the rest is imported.

Items 5 (line-by-line decoding), 12 (one validation for every importer),
13 (no crash on wrong types, deep nesting, huge integers), and the project
files' shapes (an integer id, list settings).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.model import Document
from annotator.formats.errors import ProjectError
from annotator.formats.exchange import import_annotated
from annotator.formats.importers import import_paths
from annotator.formats.project import Project
from annotator.suggest.imports import import_suggestions

TEXT = "قال مصدر أمني إن الجيش الجزائري تقدم نحو الحدود."


def _gold(doc_id: str, text: str = TEXT, **extra: object) -> dict[str, object]:
    start = text.index("الجيش")
    span = {"id": "s1", "start": start, "end": start + 5, "label": "ACTOR",
            "text": text[start:start + 5], "attributes": {}}
    return {"id": doc_id, "text": text, "spans": [span], "relations": [], **extra}


def _doccano(doc_id: str) -> dict[str, object]:
    start = TEXT.index("الجيش")
    return {"id": doc_id, "text": TEXT, "offset_unit": "codepoint",
            "entities": [{"id": 1, "label": "ACTOR", "start_offset": start,
                          "end_offset": start + 5}], "relations": []}


def _lines_with_bad_byte(records: list[dict[str, object]], bad_line: int) -> bytes:
    lines = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records]
    lines[bad_line - 1] = lines[bad_line - 1].replace("قال".encode(), b"\xff\xfe", 1)
    return b"\n".join(lines) + b"\n"


@pytest.mark.parametrize("fmt", ["gold", "doccano"])
def test_a_bad_byte_costs_only_its_line_with_its_true_number(project: Project, tmp_path: Path,
                                                             fmt: str) -> None:
    make = _gold if fmt == "gold" else _doccano
    path = tmp_path / "in.jsonl"
    path.write_bytes(_lines_with_bad_byte([make(f"d{i}") for i in range(100)], 5))
    report = import_annotated(project, path, fmt)
    assert len(report.done) == 99
    assert [(p.line, p.message.split(" (")[0]) for p in report.problems] == [(5, "not UTF-8")]


def test_plain_jsonl_and_suggestions_skip_only_the_bad_line(project: Project,
                                                            tmp_path: Path) -> None:
    plain = tmp_path / "plain.jsonl"
    plain.write_bytes(_lines_with_bad_byte([{"id": f"d{i}", "text": TEXT} for i in range(10)], 3))
    report = import_paths(project, [plain])
    assert len(report.done) == 9 and [p.line for p in report.problems] == [3]
    sugg = tmp_path / "s.jsonl"
    sugg.write_bytes(_lines_with_bad_byte([_gold(f"d{i}") for i in range(10)], 4))
    report = import_suggestions(project, sugg, "gold")
    assert len(report.done) == 9 and [p.line for p in report.problems] == [4]


HOSTILE_GOLD = [
    ("deep nesting", '{"id": "x", "text": "t", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}",
     "nested too deeply"),
    ("5,001 digits", '{"id": "x", "text": "t", "meta": {"n": ' + "7" * 5001 + "}}",
     "more digits than allowed"),
    ("NaN score", json.dumps(_gold("x")).replace(
        '"attributes": {}}', '"attributes": {}, "score": NaN, "status": "suggested", '
                             '"origin": "m"}'), "finite"),
    ("text score", json.dumps(_gold("x")).replace(
        '"attributes": {}}', '"attributes": {}, "score": "high", "status": "suggested", '
                             '"origin": "m"}'), "score"),
    ("label with a space", json.dumps(_gold("x")).replace('"ACTOR"', '"AN ACTOR"'),
     "space or line break"),
    ("label with a newline", json.dumps(_gold("x")).replace('"ACTOR"', '"ACT\\nOR"'),
     "space or line break"),
    ("id with a newline", json.dumps(_gold("a\nb")), "control characters"),
    ("id with NUL", json.dumps(_gold("a\u0000b")), "control characters"),
    ("lone surrogate", json.dumps(_gold("x", TEXT + "\ud800")), "lone surrogate"),
    ("NaN in meta", json.dumps(_gold("x")).replace('"relations": []',
                                                   '"relations": [], "meta": {"n": NaN}'),
     "not JSON"),
]


@pytest.mark.parametrize(("case", "line", "reason"), HOSTILE_GOLD,
                         ids=[c[0] for c in HOSTILE_GOLD])
def test_hostile_gold_records_are_refused_and_the_rest_imported(
        project: Project, tmp_path: Path, case: str, line: str, reason: str) -> None:
    path = tmp_path / "in.jsonl"
    good = json.dumps(_gold("good"), ensure_ascii=False)
    path.write_text(f"{good}\n{line}\n{json.dumps(_gold('after'))}\n", encoding="utf-8")
    report = import_annotated(project, path, "gold")
    assert report.done == ["good", "after"], report.problems
    assert len(report.problems) == 1 and report.problems[0].line == 2
    assert reason in report.problems[0].message
    assert f"{path}:2: " in str(report.problems[0])  # file and line named
    for file in project.path.rglob("*.json"):
        json.loads(file.read_text(encoding="utf-8"))  # everything written is JSON


def test_ids_differing_only_in_case_are_refused_by_gold_import(project: Project,
                                                               tmp_path: Path) -> None:
    project.add_document(Document(id="Doc1", text=TEXT))
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(_gold(i)) for i in ("doc1", "New", "NEW")) + "\n",
                    encoding="utf-8")
    report = import_annotated(project, path, "gold")
    assert report.done == ["New"]
    assert [p.line for p in report.problems] == [1, 3]
    assert all("differs only in upper/lower case" in p.message for p in report.problems)


def test_a_relation_against_the_schema_is_refused(project: Project, tmp_path: Path) -> None:
    rec = _gold("x")
    cue = TEXT.index("قال")
    rec["spans"].append({"id": "c1", "start": cue, "end": cue + 3, "label": "CUE",
                         "text": "قال", "attributes": {}})
    rec["relations"] = [{"id": "r1", "type": "SOURCE", "head": "c1", "tail": "s1",
                         "attributes": {}}]
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    report = import_annotated(project, path, "gold")
    assert report.done == []
    assert "SOURCE must start at CLAIM, not CUE" in report.problems[0].message


DOCCANO_WRONG = [
    {"id": "a", "text": TEXT, "label": [[1, 2]]},
    {"id": "b", "text": TEXT, "label": "ACTOR"},
    {"id": "c", "text": TEXT, "entities": [[1, 2]]},
    {"id": "d", "text": TEXT, "entities": 5},
    {"id": "e", "text": TEXT, "entities": [], "relations": 5},
    {"id": "f", "text": TEXT, "entities": [{"start_offset": "1", "end_offset": 3,
                                             "label": "X"}]},
    {"id": "g", "text": TEXT, "entities": [{"start_offset": 0, "end_offset": 3,
                                             "label": ["X"]}]},
    {"id": "h", "text": TEXT, "entities": [{"id": 1, "start_offset": 0, "end_offset": 3,
                                             "label": "X"}],
     "relations": [{"from_id": [1], "to_id": 1, "type": "R"}]},
    {"id": ["l"], "text": TEXT},
    {"id": "i", "text": TEXT, "entities": [{"start_offset": 0, "end_offset": 3,
                                             "label": "X", "score": "high"}]},
]


def test_doccano_records_of_the_wrong_types_each_get_a_reason(project: Project,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [*DOCCANO_WRONG, _doccano("ok")]) + "\n",
                    encoding="utf-8")
    report = import_annotated(project, path, "doccano")
    assert report.done == ["ok"]
    assert sorted(p.line for p in report.problems) == list(range(1, 11))


LABEL_STUDIO_WRONG = [
    {"data": {"text": TEXT}, "annotations": 5},
    {"data": {"text": TEXT}, "annotations": [{"result": 5}]},
    {"data": {"text": TEXT}, "annotations": [{"result": [{"id": "r", "value": "x"}]}]},
    {"data": {"text": TEXT}, "annotations": [{"result": [
        {"id": "r", "value": {"start": "0", "end": 3, "labels": ["X"]}}]}]},
    {"data": {"text": TEXT}, "annotations": [{"result": [
        {"id": "r", "value": {"start": 0, "end": 3, "labels": "X"}}]}]},
    {"data": {"text": TEXT}, "predictions": {"result": []}},
    {"data": {"text": TEXT, "doc_id": ["x"]}},
]


def test_label_studio_fields_of_the_wrong_types_each_get_a_reason(project: Project,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    tasks = [*LABEL_STUDIO_WRONG, {"data": {"text": TEXT, "doc_id": "ok"}}]
    path.write_text(json.dumps(tasks), encoding="utf-8")
    report = import_annotated(project, path, "labelstudio")
    assert report.done == ["ok"]
    assert len(report.problems) == len(LABEL_STUDIO_WRONG)


def test_brat_manifest_with_a_numeric_meta_skips_that_document(project: Project,
                                                               tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    for stem in ("a", "b"):
        (folder / f"{stem}.txt").write_text(TEXT, encoding="utf-8")
        (folder / f"{stem}.ann").write_text("T1\tACTOR 17 22\tالجيش\n", encoding="utf-8")
    (folder / "documents.json").write_text(json.dumps({"a": {"id": "A", "meta": 5},
                                                       "b": {"id": "B", "meta": {"k": 1}}}),
                                           encoding="utf-8")
    report = import_annotated(project, folder, "brat")
    assert report.done == ["B"]
    assert "'meta' must be an object" in report.problems[0].message


@pytest.mark.parametrize(("key", "value", "reason"), [("id", 7, "'id' must be a string"),
                                                       ("meta", [1], "'meta' must be an object")])
def test_a_document_file_of_the_wrong_shape_is_refused_with_its_reason(
        project: Project, key: str, value: object, reason: str) -> None:
    project.add_document(Document(id="d1", text=TEXT))
    path = project.document_path("d1")
    data = json.loads(path.read_text(encoding="utf-8"))
    data[key] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectError, match=reason):
        Project.open(project.path).load_document("d1")
    assert [e.id for e in Project.open(project.path).documents()] == []


def test_settings_given_as_a_list_is_one_clear_error(project: Project) -> None:
    path = project.path / "project.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["settings"] = ["a"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectError, match="'settings' must be an object"):
        Project.open(project.path)


def test_a_project_file_over_the_digit_limit_names_the_file(project: Project) -> None:
    path = project.path / "project.json"
    path.write_text(path.read_text(encoding="utf-8").replace(
        '"settings": {', '"settings": {"n": ' + "9" * 5001 + ", ", 1), encoding="utf-8")
    with pytest.raises(ProjectError, match="project.json: .*more digits than allowed"):
        Project.open(project.path)


def test_label_studio_export_imported_as_suggestions_says_why_nothing_came(
        project: Project, tmp_path: Path) -> None:
    project.add_document(Document(id="d1", text=TEXT))
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([{"data": {"text": TEXT, "doc_id": "d1"},
                                 "annotations": [{"result": []}]}]), encoding="utf-8")
    report = import_suggestions(project, path, "labelstudio")
    assert any("annotator import PROJECT FILE --format labelstudio" in p.message
               for p in report.problems)


@pytest.mark.parametrize("name", ["AN ACTOR", "ACT\nOR", "A\x00B"])
def test_the_schema_editor_refuses_the_label_names_imports_refuse(name: str) -> None:
    from annotator.core.schema import SpanLabel, default_schema
    from annotator.core.schema_ops import AddLabel, SchemaOpError
    from annotator.formats.import_checks import label_problem

    assert label_problem(name) is not None
    with pytest.raises(SchemaOpError, match="space or line break|control characters"):
        AddLabel(SpanLabel(name, "#888888")).schema(default_schema())


def test_suggestions_with_a_lone_surrogate_are_refused_with_file_and_line(
        project: Project, tmp_path: Path) -> None:
    project.add_document(Document(id="x", text=TEXT))
    rec = _gold("x")
    rec["spans"][0]["origin"] = "model\ud800"  # type: ignore[index]
    other = _gold("x")
    other["origin"] = "\udfff"  # the record's origin, for every span
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps(rec) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    report = import_suggestions(project, path, "gold")
    assert [p.line for p in report.problems] == [1, 2]
    assert all("lone surrogate" in p.message for p in report.problems)


def test_a_lone_surrogate_in_a_span_id_is_one_printable_line(cli, tmp_path: Path) -> None:
    proj = tmp_path / "proj"
    assert cli("new", proj).returncode == 0
    rec = _gold("x")
    rec["spans"][0]["id"] = "s\ud800"  # type: ignore[index]
    (tmp_path / "in.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    result = cli("import", proj, tmp_path / "in.jsonl")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "in.jsonl:1: span s\\ud800" in result.stderr and "lone surrogate" in result.stderr
