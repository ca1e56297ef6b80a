"""The plan: deterministic, prefix-stable, sharded without gaps or overlaps."""

import pytest

from consistentchat import builtin_intents
from consistentchat.config import TurnRange
from consistentchat.plan import build_plan, dialogue_id, shard_plan


@pytest.fixture(scope="module")
def intents():
    return builtin_intents()


def test_plan_is_deterministic_and_seed_dependent(intents):
    a = build_plan(intents, 50, seed=1)
    assert a == build_plan(intents, 50, seed=1)
    assert [i.id for i in a] != [i.id for i in build_plan(intents, 50, seed=2)]


def test_plan_is_prefix_stable(intents):
    assert build_plan(intents, 100, seed=3)[:40] == build_plan(intents, 40, seed=3)


def test_ids_are_unique_and_derived_from_the_plan(intents):
    plan = build_plan(intents, 300, seed=0)
    assert len({i.id for i in plan}) == 300
    item = plan[17]
    assert item.id == dialogue_id(item.intent_id, item.flow_id, item.scenario, 17, 0)


def test_round_robin_intents_and_scenarios_unique_before_repeats(intents):
    plan = build_plan(intents, 9 * 40, seed=0)
    assert {i.intent_id for i in plan[:9]} == {i.id for i in intents}
    for intent in intents:
        mine = [i.scenario for i in plan if i.intent_id == intent.id]
        assert len(mine) == 40 and len(set(mine)) == 40


def test_turns_within_range_and_cover_the_flow(intents):
    by_id = {i.id: i for i in intents}
    for item in build_plan(intents, 200, seed=5):
        intent = by_id[item.intent_id]
        assert intent.turns.min <= item.num_turns <= intent.turns.max
        assert item.num_turns >= len(intent.flow(item.flow_id).steps)
    for item in build_plan(intents, 50, seed=5, turns=TurnRange(min=2, max=3)):
        assert item.num_turns == len(by_id[item.intent_id].flow(item.flow_id).steps)


@pytest.mark.parametrize("count", [1, 2, 3, 7])
def test_shards_partition_the_plan(intents, count):
    plan = build_plan(intents, 61, seed=9)
    shards = [shard_plan(plan, i, count) for i in range(count)]
    ids = [i.id for shard in shards for i in shard]
    assert sorted(ids) == sorted(i.id for i in plan)
    assert len(ids) == len(set(ids))


def test_shard_index_out_of_range(intents):
    with pytest.raises(ValueError, match="outside 0..2"):
        shard_plan(build_plan(intents, 5, seed=0), 3, 3)
