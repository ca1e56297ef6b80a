"""The consistency validator: figures recalled as given before that no earlier turn gave."""

from __future__ import annotations

import pytest

from consistentchat.config.validation import ConsistencyConfig, ValidationConfig
from consistentchat.validators import build_chain
from consistentchat.validators.base import Dialogue
from consistentchat.validators.consistency import (ConsistencyValidator, figures,
                                                    recalled_wrongly)


def dialogue(*turns: str) -> Dialogue:
    roles = ["user", "assistant"] * len(turns)
    return Dialogue.from_record({"id": "t", "messages": [
        {"role": role, "content": text} for role, text in zip(roles, turns)]}, 0)


RENT = ("My rent is $1,850 a month and my lease runs to August. Can I leave early?",
        "Usually only by paying until the landlord re-lets the flat. At $1,850 a month, three "
        "months of vacancy would cost you $5,550.",
        "What if I find a replacement tenant myself?")


def test_a_recalled_figure_no_earlier_turn_gave_is_a_contradiction() -> None:
    d = dialogue(*RENT, "Then the landlord must act reasonably. As I mentioned, your rent of "
                 "$1,950 a month keeps running until the new tenant signs.")
    found = recalled_wrongly(d)
    assert [i for i, _ in found] == [1]
    assert "'$1,950'" in found[0][1] and "$1,850" in found[0][1]
    verdict = ConsistencyValidator().check(d)
    assert not verdict.passed and verdict.kind == "contradiction" and verdict.turns == (1,)


@pytest.mark.parametrize("reply", [
    "Then you save money: at your $2,050 a month the gap is small.",  # "your" + figure
    "The $2,050 a month we worked out earlier still applies until they sign.",  # figure first
    "Using the $2,050 a month you gave me, three months come to $6,150.",
])
def test_a_figure_recalled_in_other_words_is_checked(reply: str) -> None:
    assert recalled_wrongly(dialogue(*RENT, reply))


@pytest.mark.parametrize("reply", [
    "As I mentioned, your $1,850 a month runs until the new tenant signs.",  # the same figure
    "As I mentioned, about $1,800 a month runs until then.",  # rounded (within 2.5%)
    "As I mentioned, give the landlord 30 days' notice in writing.",  # a new figure, new unit
    "A re-letting fee is often $150 a month of vacancy. As I said, that $150 is negotiable.",
    "Ask for it in writing, as we discussed. It usually takes two weeks.",  # no figure tied
])
def test_recalls_that_match_or_bring_new_figures_pass(reply: str) -> None:
    assert recalled_wrongly(dialogue(*RENT, reply)) == []


def test_recalls_in_other_languages() -> None:
    d = dialogue("婚礼预算20万元，摄影摄像给1.6万元，够吗？", "1.6万元可以请一位摄影师和一位摄像师。",
                 "那婚纱照呢？", "按前面的分配，摄影摄像一共是1.2万元，婚纱照要另算。")
    assert [i for i, _ in recalled_wrongly(d)] == [1]
    same = dialogue("婚礼预算20万元，摄影摄像给1.6万元，够吗？", "1.6万元可以请一位摄影师和一位摄像师。",
                    "那婚纱照呢？", "按前面的分配，摄影摄像一共是1.6万元，婚纱照要另算。")
    assert recalled_wrongly(same) == []
    # "刚才说的" names what follows it, not the figure before it
    before = dialogue("夏天太热，什么时候扦插？", "最好在9月下旬扦插。", "秋天行吗？",
                      "可以放到9月下旬到11月，避开你刚才说的闷热夏季。")
    assert recalled_wrongly(before) == []


def test_figures_read_separators_and_multipliers() -> None:
    found = {f.text: (f.value, f.unit)
             for f in figures("It costs $1,234.50 a year, about 1.6万元, 28% off")}
    assert found == {"$1,234.50": (1234.5, "$"), "1.6万元": (16000.0, "元"), "28%": (28.0, "%")}


def test_the_chain_runs_it_by_default_and_it_can_be_switched_off() -> None:
    d = {"id": "r", "messages": dialogue(*RENT, "As I mentioned, your rent of $1,950 a month "
                                         "keeps running until the new tenant signs.").messages}
    on = ValidationConfig.model_validate({name: {"enabled": False} for name in (
        "topic", "alignment", "dedup", "non_answer", "relevance", "repetition")})
    assert "consistency" in build_chain(on).names
    off = on.model_copy(update={"consistency": ConsistencyConfig(enabled=False)})
    assert "consistency" not in build_chain(off).names
    assert not ConsistencyValidator(ConsistencyConfig()).check(
        Dialogue.from_record(d, 0)).passed


PLAN = ("I'll pay $1,850 rent plus a $500 deposit. What else should I budget for moving in?",
        "Budget about $150 for utility set-up fees and $120 for renter's insurance a year.")


def test_a_summary_giving_a_figure_no_earlier_turn_gave_is_a_contradiction() -> None:
    asked = dialogue(*PLAN, "Can you sum it all up for me?",
                     "Rent $1,950, deposit $500, set-up fees $150, insurance $120 a year.")
    found = recalled_wrongly(asked)
    assert [i for i, _ in found] == [1] and "sums up with '$1,950'" in found[0][1]
    headed = dialogue(*PLAN, "Anything I forgot?",
                      "A moving truck, maybe $90.\n\n**Summary**\n- Rent: $1,850\n- Deposit: "
                      "$550\n- Set-up: $150")
    assert [i for i, _ in recalled_wrongly(headed)] == [1]


def test_a_summary_of_the_same_figures_and_their_totals_passes() -> None:
    d = dialogue(*PLAN, "Can you sum it all up for me?",
                 "Rent $1,850 and deposit $500 make $2,350 up front; set-up fees $150, "
                 "insurance $120 a year. Moving day total: $2,500.")
    assert recalled_wrongly(d) == []
    # no summary asked or headed: new figures are new advice
    d = dialogue(*PLAN, "And furniture?", "A used sofa runs $200-$400; a bed frame $150.")
    assert recalled_wrongly(d) == []


FLOOR = ("I'm tiling a 6 by 8 ft bathroom floor. Where do I start?",
         "A 6 x 8 ft floor is 48 sq ft: plan for 53 sq ft of tile with 10% waste.",
         "What should go on my shopping list?")


def test_a_plain_figure_after_your_is_recalled() -> None:
    # the figure starts at its digits, not at the space before them
    assert [i for i, _ in recalled_wrongly(dialogue(
        *FLOOR, "Tile for your 56 sq ft floor plus 10% waste: about 62 sq ft."))] == [1]
    assert recalled_wrongly(dialogue(*FLOOR, "Tile for your 48 sq ft floor: 53 sq ft.")) == []


def test_a_figure_with_only_a_multiplier_has_it_as_its_unit() -> None:
    assert figures("底线7.5万，")[0][2:4] == (75000.0, "万")
    turns = ("这辆车报价7.8万，我的底线怎么定？", "心理底线定在7.0万，超过就看别的车。", "车商说最低7.2万，划算吗？")
    assert recalled_wrongly(dialogue(*turns, "你之前定的心理底线是7.5万，7.2万在范围内。"))
    assert recalled_wrongly(dialogue(*turns, "你之前定的心理底线是7.0万，7.2万略高一点。")) == []


OFFER = ("They offered $78,000 base. Should I counter at $88,000?",
         "Yes: $88,000 is 12.8% above $78,000, ambitious but defensible.",
         "They came back with $84,000 and a review at six months. What did I gain?")


def test_a_figure_named_as_the_original_one_is_recalled() -> None:
    assert recalled_wrongly(dialogue(*OFFER, "Base went from their original $76,000 to $84,000."))
    assert recalled_wrongly(dialogue(
        *OFFER[:2], "What about my mortgage?",
        "If your original loan was $300,000, the payment is about $1,281 a month.")) == []


@pytest.mark.parametrize("recall, caught", [
    ("Take the 25 grams of fast carbs I mentioned, then recheck.", True),  # "g" is "grams"
    ("Take the 15 grams of fast carbs I mentioned, then recheck.", False),
    ("Bake at the 170°C we set earlier for the last ten minutes.", True),  # degrees are a unit
    ("Bake at the 150°C we set earlier for the last ten minutes.", False),
])
def test_units_are_one_however_they_are_written(recall: str, caught: bool) -> None:
    turns = ("My son's sugar is low before football. What do I give him?",
             "Give 15 g of fast-acting carbs, wait 15 minutes and bake the oat bars at 150°C.",
             "And after the match?")
    assert bool(recalled_wrongly(dialogue(*turns, recall))) is caught
