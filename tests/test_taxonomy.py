"""The intent taxonomy: built-ins, validation errors, custom intents."""

from pathlib import Path

import pytest

from consistentchat import Flow, FlowStep, Intent, builtin_intents, load_intents
from consistentchat.errors import UserError
from consistentchat.taxonomy import select_intents

NINE = {"problem_solving", "educational", "health_consultation", "exploratory", "entertainment",
        "simulation", "emotional_support", "information_retrieval", "transaction"}
FLOW_FAMILIES = {"problem_diagnosis_to_solution", "theory_to_scenarios", "concepts_to_connections",
                 "single_to_multiple_perspectives", "needs_to_solution", "time_sequence_expansion",
                 "hypothesis_to_discussion"}


def test_builtin_intents_cover_the_nine_trajectories_and_seven_flows():
    intents = builtin_intents()
    assert {i.id for i in intents} == NINE
    assert {f.id for i in intents for f in i.flows} == FLOW_FAMILIES
    for intent in intents:
        assert len(intent.scenarios) >= 40, intent.id
        assert (intent.turns.min, intent.turns.max) == (6, 8)
        for flow in intent.flows:
            assert 2 <= len(flow.steps) <= intent.turns.min
            assert all(step.description.strip() for step in flow.steps)


def test_scenarios_are_distinct_across_all_intents():
    scenarios = [s.lower() for i in builtin_intents() for s in i.scenarios]
    assert len(scenarios) == len(set(scenarios))


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


GOOD = """
id: cooking
name: Cooking help
description: Users planning meals.
flows:
  - id: needs_to_solution
    name: Needs to solution
    steps:
      - {name: state the need, description: The user says what they want to cook.}
      - {name: solution, description: The user asks for a concrete plan.}
scenarios: [A student cooking for ten, A parent with a nut-allergic child]
"""


def test_load_custom_folder(tmp_path):
    _write(tmp_path, "cooking.yaml", GOOD)
    (intent,) = load_intents(tmp_path)
    assert intent.id == "cooking" and intent.flows[0].step_names == ["state the need", "solution"]


@pytest.mark.parametrize("mutation, expected", [
    (lambda t: t.replace("name: Cooking help\n", ""), "name: Field required"),
    (lambda t: t + "colour: red\n", "colour: unknown key"),
    (lambda t: t.replace("scenarios: [A student cooking for ten, A parent with a nut-allergic child]",
                         "scenarios: []"), "scenarios"),
    (lambda t: t.replace("id: cooking", "id: Cooking Help"), "id: String should match pattern"),
    (lambda t: t + "turns: {min: 8, max: 6}\n", "min (8) is greater than max (6)"),
    (lambda t: t + "turns: {min: 0, max: 6}\n", "turns.min"),
    (lambda t: t.replace("name: solution", "name: state the need"), "duplicate step names"),
])
def test_bad_intent_file_is_one_line_naming_file_and_field(tmp_path, mutation, expected):
    path = _write(tmp_path, "cooking.yaml", mutation(GOOD))
    with pytest.raises(UserError) as err:
        load_intents(tmp_path)
    message = str(err.value)
    assert "\n" not in message
    assert str(path) in message and expected in message


def test_malformed_yaml_names_the_line(tmp_path):
    _write(tmp_path, "broken.yaml", "id: x\nflows: [\n")
    with pytest.raises(UserError, match=r"broken.yaml: malformed YAML at line \d+"):
        load_intents(tmp_path)


def test_intent_built_in_code_and_selection():
    custom = Intent(
        id="cooking", name="Cooking", description="Meals.",
        flows=[Flow(id="f", name="F", steps=[FlowStep(name="a", description="A."),
                                               FlowStep(name="b", description="B.")])],
        scenarios=["one", "two"])
    intents = [*builtin_intents(), custom]
    assert [i.id for i in select_intents(intents, ["cooking", "educational"])] == ["cooking", "educational"]
    with pytest.raises(UserError, match="unknown intent id 'nope'"):
        select_intents(intents, ["nope"])
