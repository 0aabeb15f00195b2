"""The default schema is a resource file of the package, read into the same schema as before."""

from __future__ import annotations

import json

import pytest

from annotator.core.schema import (
    DEFAULT_SCHEMA_FILE,
    default_schema,
    schema_from_mapping,
    schema_to_mapping,
)
from annotator.formats.serialize import FormatProblem, schema_from_dict


def test_the_resource_is_the_schema_as_stored_in_project_json():
    stored = json.loads(DEFAULT_SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema_to_mapping(default_schema()) == stored
    assert schema_from_mapping(stored) == default_schema()


def test_the_default_schema_has_its_labels_keys_and_relations():
    schema = default_schema()
    assert [(lab.name, lab.key) for lab in schema.span_labels] == [
        ("ACTOR", "1"), ("LOCATION", "2"), ("CLAIM", "3"), ("CUE", "4")]
    assert [(r.name, r.head_labels, r.tail_labels) for r in schema.relation_types] == [
        ("SOURCE", ("CLAIM",), ("ACTOR",)), ("ABOUT", ("CLAIM",), ("ACTOR", "LOCATION"))]
    assert schema.label("CLAIM").attribute("certainty").values[:2] == ("CT+", "PR+")


def test_each_call_gives_a_value_of_its_own():
    first = default_schema()
    first.span_labels[0].description["en"] = "changed"
    assert default_schema().span_labels[0].description["en"] != "changed"


def test_a_malformed_schema_names_its_fault():
    with pytest.raises(ValueError, match="span_labels"):
        schema_from_mapping({"labels": []})
    with pytest.raises(FormatProblem, match="unknown label 'X'"):
        schema_from_dict({"span_labels": [{"name": "A"}],
                          "relation_types": [{"name": "R", "head_labels": ["X"]}]})
