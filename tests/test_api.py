"""The Python API: `run` stays callable, custom intents run alone or beside the built-ins."""

import json

import consistentchat.generation.run  # noqa: F401  (importing the module must not shadow `run`)
from consistentchat import Flow, FlowStep, Intent, JobConfig, run
from consistentchat.backends.mock import MockBackend
from consistentchat.tasks.skeleton import assign_steps

COOKING = Intent(
    id="cooking", name="Cooking help", description="Users planning and fixing home cooking.",
    flows=[Flow(id="needs_to_solution", name="Needs to solution", steps=[
        FlowStep(name="state the need", description="The user says what they want to cook."),
        FlowStep(name="constraints", description="The user adds limits of time and budget."),
        FlowStep(name="solution", description="The user asks for a concrete plan."),
    ])],
    scenarios=["A student cooking dinner for ten friends on a tight budget",
               "A parent adapting recipes for a child with a nut allergy"],
)


def responder(request):
    """Schema-following replies that mention the scenario of the request."""
    schema = request.json_schema
    user = request.messages[-1]["content"]
    if request.schema_name == "skeleton":
        turns = schema["properties"]["turns"]["prefixItems"]
        steps = [t["properties"]["step"]["enum"][0] for t in turns]
        return json.dumps({"turns": [{"step": s, "query": f"Question {i} on {s}: {user[:60]}"}
                                     for i, s in enumerate(steps)]})
    n = schema["properties"]["answers"]["minItems"]
    return json.dumps({"thinking": "t", "answers": [f"Reply {i}" for i in range(n)]})


def test_run_is_callable_after_importing_the_runner_module():
    assert callable(run)


def test_custom_intent_alone(tmp_path):
    config = JobConfig(num_dialogues=4, out=tmp_path / "run", intents=["cooking"],
                       validation={"enabled": False})
    result = run(config, intents=[COOKING], backend=MockBackend(responder=responder))
    ds = result.dataset()
    assert ds["intent"] == ["cooking"] * 4
    assert set(ds["scenario"]) == set(COOKING.scenarios)
    for skeleton in ds["skeleton"]:
        assert [t["step"] for t in skeleton] == assign_steps(COOKING.flows[0], len(skeleton))


def test_custom_intent_beside_the_builtins(tmp_path):
    config = JobConfig(num_dialogues=20, out=tmp_path / "run", validation={"enabled": False})
    result = run(config, intents=[COOKING], backend=MockBackend(responder=responder))
    intents = set(result.dataset()["intent"])
    assert "cooking" in intents and "transaction" in intents and len(intents) == 10
