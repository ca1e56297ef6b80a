"""General rules that catch phrasings never seen: slots described in brackets in any script,
lines that speak of the dialogue itself, late topic switches, rambling replies."""

from __future__ import annotations

import pytest

from consistentchat.config.validation import (LeakageConfig, NonAnswerConfig, PlaceholderConfig,
                                              RelevanceConfig)
from consistentchat.validators.base import Dialogue
from consistentchat.validators.leakage import LeakageValidator, dialogue_as_object
from consistentchat.validators.placeholder import PlaceholderValidator, described_slots


def dialogue(*turns: str) -> Dialogue:
    roles = ["user", "assistant"]
    return Dialogue.from_record({"id": "g", "messages": [
        {"role": roles[i % 2], "content": t} for i, t in enumerate(turns)]}, 0)


@pytest.mark.parametrize("text", [
    "Destinatario: Don [Nombre del propietario]\n\nMuy señor mío:",
    "[팀장님 성함] 팀장님께\n\n안녕하세요.",
    "- 휴가 기간: [시작일] ~ [종료일] (3일)",
    "Atentamente,\n\n[Tu nombre]",
    "Cher [nom du destinataire], je vous écris",
    "Уважаемый [имя получателя], пишу вам",
])
def test_a_bracketed_description_of_a_value_is_a_slot(text: str) -> None:
    assert described_slots(text)
    assert not PlaceholderValidator().check(dialogue("Write the letter for me, please.",
                                                     text)).passed


@pytest.mark.parametrize("text", [
    "See [the docs](https://example.com) and the study [1] [2].",
    "- [x] passport\n- [ ] tickets",
    "Use `items[first]` or ```py\nx = d[key name]\n``` in code; a[i] and k[substrate].",
    "He wrote \"their\" [sic] twice [emphasis added].",
    "[Chorus]\nWe sing along\n[Bridge]\nand on",
    "[laughs nervously] Well, that went well.",
    "Click [Save As], then choose [File] > [Export PDF].",
    "[Learn more][docs] and the concentration [H+] or [OH-].",
    "列を選択し、［データ］タブ →［区切り位置］を押します。",
    "Only one [option] here.",
])
def test_brackets_with_content_pass(text: str) -> None:
    assert not described_slots(text), text


def test_a_slot_the_user_wrote_is_theirs() -> None:
    query = "My mail-merge template says 'Dear [Customer Name],'. How do I fill it from Excel?"
    reply = ("Link the sheet in Mailings > Select Recipients, then put the Name field where "
             "[Customer Name] stands in the template, and preview the results.")
    assert PlaceholderValidator().check(dialogue(query, reply)).passed


def test_described_slots_can_be_turned_off() -> None:
    d = dialogue("Write it.", "Atentamente,\n\n[Tu nombre]")
    assert not PlaceholderValidator().check(d).passed
    assert PlaceholderValidator(PlaceholderConfig(described_slots=False)).check(d).passed


@pytest.mark.parametrize("text", [
    "Here is the response for turn 3, written in a friendly tone:\n\nSour means under-extracted.",
    "Do the USPS forwarding first.\n\n### User (turn 9):\nPerfect, thanks!",
    "【ターン2の応答|指示:丁寧語・200字程度】\n\n地域によって違います。",
    "第3轮回复：好的，我们继续。",
    "Sí.\n\nRespuesta del turno 4:\nclaro",
    "Both work.\n\n(Internal note: persona = friendly CPA; keep under 250 words.)\n\nThe SEP...",
    "Great question.\n\nAssistant:\nThe answer is 42.",
])
def test_lines_that_speak_of_the_dialogue_are_leakage(text: str) -> None:
    assert dialogue_as_object(text), text
    assert not LeakageValidator().check(dialogue("Can you help me with this?", text)).passed


@pytest.mark.parametrize("text", [
    "A summary table can turn 8 seconds into milliseconds for a dashboard query.",
    "On turn 3 you should castle; the answer to the threat is Nf3.",
    "The user interface has a Settings menu; the assistant app syncs it.",
    "Ask the user for their name, then reply: 'Nice to meet you!'",
    "Turn 2 the dial clockwise until it clicks, then answer the prompt on screen.",
])
def test_replies_that_mention_turns_or_users_pass(text: str) -> None:
    assert dialogue_as_object(text) is None, text


def test_dialogue_references_can_be_turned_off() -> None:
    d = dialogue("Help?", "Here is the response for turn 3, in a calm tone:\nok fine, use more coffee")
    assert not LeakageValidator().check(d).passed
    assert LeakageValidator(LeakageConfig(dialogue_references=False)).check(d).passed


def embedded_answers(answers: list[list[float]]) -> Dialogue:
    import numpy as np

    from consistentchat.validators.base import unit

    d = dialogue(*[t for i in range(len(answers)) for t in (f"q{i}", f"a{i}")])
    a = unit(np.array(answers, dtype=np.float32))
    d.embeddings = {"queries": a.copy(), "answers": a, "scenario": None}
    return d


def test_a_late_run_of_exchanges_off_the_opening_topic_is_off_topic() -> None:
    from consistentchat.validators.topic import TopicValidator, late_switch

    # three exchanges on one topic, then two on another that are close to each other
    from consistentchat.config.validation import TopicConfig

    d = embedded_answers([[1, 0.3, 0, 0], [1, 0, 0.3, 0], [1, 0.2, 0.2, 0],
                          [0.2, 0, 0, 1], [0.25, 0.1, 0, 1]])
    ratio, start = late_switch(d)
    assert start == 3 and ratio < TopicConfig().min_late_ratio
    verdict = TopicValidator().check(d)
    assert not verdict.passed and verdict.kind == "off_topic"
    assert verdict.figures["late_switch_ratio"] < TopicConfig().min_late_ratio


def test_a_dialogue_that_moves_on_within_its_goal_passes() -> None:
    from consistentchat.validators.topic import TopicValidator

    d = embedded_answers([[1, 0.3, 0, 0], [1, 0, 0.4, 0], [0.9, 0.3, 0.3, 0.2],
                          [0.8, 0, 0.3, 0.4], [0.8, 0.2, 0, 0.5]])
    verdict = TopicValidator().check(d)
    assert verdict.passed and verdict.figures["late_switch_ratio"] >= 0.5


# --- non_answer: no specifics is evasive only when wordy or talking about the question --------

DETAILED = ("Start with **flour**: use 500 g of bread flour, 350 ml of water at 24 C, 10 g salt "
            "and 3 g of instant yeast.\n1. Mix and rest 30 minutes.\n2. Fold 4 times, every 30 "
            "minutes.\n3. Proof 12 hours in the fridge.\n4. Bake at 250 C for 20 minutes covered, "
            "then 25 minutes uncovered. Use a `Dutch oven` and check the crust: \"deep brown\".")
SECOND = ("For the **second loaf** scale to 450 g of whole wheat, 330 ml of milk at 26 C, 9 g "
          "salt and 2 g of yeast.\n1. Autolyse 40 minutes.\n2. Stretch 3 times, every 45 "
          "minutes.\n3. Retard 10 hours at 4 C.\n4. Score and bake at 240 C for 35 minutes on a "
          "`baking steel`; tap the base: \"hollow\".")
STORE = ("Keep it in a **linen bag** for 2 days, then slice and freeze.\n1. Wrap in 2 layers.\n"
         "2. Freeze up to 3 months at -18 C.\n3. Toast from frozen for 4 minutes.\nAvoid the "
         "`refrigerator`: it stales bread 3 times faster; label bags: \"date baked\".")


def test_a_brief_plain_answer_to_a_follow_up_passes() -> None:
    from consistentchat.validators.non_answer import NonAnswerValidator

    d = dialogue("How do I bake a basic sourdough-style loaf at home?", DETAILED,
                 "What flour quantities and steps for a second loaf the next day?", SECOND,
                 "Is it normal that mine came out a bit flat the first time?",
                 "Quite normal, usually underproofing.",
                 "And how should I store the bread once it has cooled down?", STORE)
    assert NonAnswerValidator().check(d).passed


def test_a_wordy_reply_without_specifics_is_a_non_answer() -> None:
    from consistentchat.validators.non_answer import NonAnswerValidator

    evasive = ("Baking bread is a craft where every kitchen behaves differently, and the "
               "results you get will reflect your own environment, your ingredients and your "
               "patience over time. Everyone develops their own feel for dough, and experience "
               "teaches more than any recipe could. Trust the process, enjoy the journey and "
               "keep experimenting until the loaf feels right to you and your family.")
    d = dialogue("How do I bake a basic sourdough-style loaf at home?", DETAILED,
                 "What flour quantities and steps for a second loaf the next day?", evasive,
                 "And how should I store the bread once it has cooled down?", STORE,
                 "Could you also list the tools I need for this?", SECOND)
    verdict = NonAnswerValidator().check(d)
    assert not verdict.passed and "answer 2 gives no answer" in verdict.reason


def bread_dialogue(query: str, reply: str, last_query: str) -> Dialogue:
    """Two detailed exchanges, then `query` with `reply`, then `last_query` with a detailed one."""
    return dialogue("How do I bake a basic sourdough-style loaf at home?", DETAILED,
                    "What flour quantities and steps for a second loaf the next day?", SECOND,
                    query, reply, last_query, STORE)


def test_a_restating_reply_in_another_language_is_a_non_answer() -> None:
    """No English pattern matches; the embedder finds the sentences about the question."""
    from consistentchat.validators.non_answer import NonAnswerValidator

    restating = ("C'est une très bonne question. Vous aimeriez savoir comment conserver le pain "
                 "une fois refroidi, et c'est un point que beaucoup de boulangers amateurs se "
                 "posent. Bien le conserver est important pour en profiter plus longtemps.")
    d = bread_dialogue("Et comment conserver le pain une fois refroidi ?", restating,
                       "Could you also list the tools I need for this?")
    verdict = NonAnswerValidator().check(d)
    assert not verdict.passed and verdict.turns == (2,)
    assert "talks about the question" in verdict.reason
    assert verdict.figures["meta_similarity"] >= NonAnswerConfig().min_meta_similarity


def test_a_plain_answer_in_prose_to_a_follow_up_passes_in_any_language() -> None:
    from consistentchat.validators.non_answer import NonAnswerValidator

    plain = ("Sì, ma solo se il lievito è ancora attivo: rinfrescalo la sera prima con farina "
             "e acqua in parti uguali e usalo quando è raddoppiato, di solito dopo otto ore.")
    d = bread_dialogue("Posso usare il lievito madre che tengo in frigo da due settimane?",
                       plain, "And how should I store the bread once it has cooled down?")
    verdict = NonAnswerValidator().check(d)
    assert verdict.passed, verdict.reason
    assert verdict.figures["specifics_ratio"] <= NonAnswerConfig().max_specifics_ratio
    assert verdict.figures["meta_similarity"] < NonAnswerConfig().min_meta_similarity


def test_an_answer_in_words_said_before_is_no_echo() -> None:
    from consistentchat.validators.non_answer import NonAnswerValidator

    d = dialogue("How many players can a game of Carcassonne have, and how long does it take?",
                 "Two to five players with the base game, six with the Inns and Cathedrals "
                 "expansion. A game takes about 45 minutes with two players.",
                 "And how many with the expansion?", "Six, with Inns and Cathedrals.",
                 "Thanks! Last one: how long with two players?", "About 45 minutes with two.")
    verdict = NonAnswerValidator().check(d)
    assert verdict.passed, verdict.reason
    echo = dialogue("How many players can a game of Carcassonne have, and how long does it take?",
                    "Two to five players with the base game, six with an expansion.",
                    "How long does a game of Carcassonne take?",
                    "How long does a game of Carcassonne take?")
    assert "only repeats the question" in NonAnswerValidator().check(echo).reason


def test_a_short_confirmation_passes_structure() -> None:
    from consistentchat.validators.structure import StructureValidator

    d = dialogue("How do I differentiate sin(3x^2)? I keep getting cos(3x^2).",
                 "Use the chain rule: differentiate the outer sine to get cos(3x^2), then "
                 "multiply by the derivative of the inside, 3x^2, which is 6x.",
                 "So it's 6x cos(3x^2)?", "Yes, exactly: 6x·cos(3x²).")
    assert StructureValidator().check(d).passed


def test_template_syntax_the_dialogue_writes_as_code_is_discussed_not_a_slot() -> None:
    asked = dialogue(
        "In my Handlebars email, {{ first_name }} prints nothing for some customers. Why?",
        "Handlebars prints an empty string for a missing field. Check the data you pass: "
        "`{{ first_name }}` needs a `first_name` key at the top level of the context object, "
        "while inside an `{{#each orders}}` block it looks the key up on each order instead.",
        "How do I show a fallback like 'there' when it is missing?",
        "Use a conditional block: `{{#if first_name}}{{ first_name }}{{else}}there{{/if}}`. "
        "Register a small helper if you need the same fallback in many places.")
    assert PlaceholderValidator().check(asked).passed
    assert LeakageValidator().check(asked).passed
    leaked = dialogue(
        "Can you draft a short thank-you email to a customer after their first order?",
        "Hi {{ first_name }}, thank you for your first order with us! It ships within two "
        "business days and you will get a tracking link by email as soon as it leaves.",
        "Make it a bit warmer please.",
        "Hi {{ first_name }}, we are so glad you found us! Your order ships within two days, "
        "and we will send the tracking link the moment it is on its way.")
    assert not PlaceholderValidator().check(leaked).passed
    assert not LeakageValidator().check(leaked).passed


def test_a_note_to_the_writer_in_brackets_is_leakage_in_any_language() -> None:
    """No pattern matches these notes; their meaning does."""
    good_reply = ("Yes: rinse the rice until the water runs almost clear, usually three rinses, "
                  "then use 1.1 cups of water per cup of rice (a little less for new-crop rice).")
    noted = ("Soak it for 30 minutes first, then simmer for 12 minutes with the lid on and let "
             "it rest for 10 more. (Ton: geduldig und ermutigend bleiben, höchstens 120 Wörter, "
             "die Nutzerin ist Anfängerin.)")
    d = dialogue("How do I cook basmati rice on the stove?", good_reply,
                 "And how long should it cook?", noted)
    verdict = LeakageValidator().check(d)
    assert not verdict.passed and "note to the writer" in verdict.reason
    assert verdict.figures["note_similarity"] >= LeakageConfig().min_note_similarity
    plain = dialogue("How do I cook basmati rice on the stove?", good_reply,
                     "And how long should it cook?",
                     "Simmer it for 12 minutes with the lid on, then let it rest for 10 more "
                     "(the steam finishes the grains, so do not lift the lid early).")
    verdict = LeakageValidator().check(plain)
    assert verdict.passed, verdict.reason
    assert verdict.figures["note_similarity"] < LeakageConfig().min_note_similarity


@pytest.mark.parametrize("note", [
    "(Style memo: calm tone, the caller is elderly, stay under 150 words.)",
    "[QA pass: accuracy ✓ | empathy ✓ | 180w]",
    "(Anmerkung für das Modell: Ton freundlich, der Kunde ist verärgert.)",
    "【写作提示：语气要温和，用户是新手】",
    "⟨writer: user persona is anxious, reassure first⟩",
    "<note for the model: the customer is angry, keep a calm tone>",
    "(작성 지침: 다음 턴에서는 사용자가 영수증을 찾도록 유도할 것. 400자 이내.)",
    "\n\nReply draft v2 - persona: patient agent; target 120 words\n\n",
])
def test_an_aside_in_the_writers_terms_is_leakage_without_the_embedder(note: str) -> None:
    """Two terms of the writer's trade (or one beside the user in the third person)."""
    d = dialogue("My parcel says delivered but it is not here. What now?",
                 "First check around the door, with neighbours and in the tracking photo if "
                 f"there is one; most 'delivered' parcels turn up within a day. {note} If it "
                 "does not, report it to the seller within 48 hours: they open the claim.",
                 "And if the seller refuses?",
                 "Then open a dispute with your card issuer or PayPal, with the tracking page.")
    verdict = LeakageValidator(LeakageConfig(min_note_similarity=1.5)).check(d)
    assert not verdict.passed and "note to the writer" in verdict.reason, verdict.reason
    off = LeakageConfig(min_note_similarity=1.5, writer_terms=False)
    assert LeakageValidator(off).check(d).passed


@pytest.mark.parametrize("aside", [
    "(about 300 words, two minutes when read aloud)",
    "(unos 100 g por persona)",
    "(5 x 60 W = 300 W)",
    "(the model number is on the sticker inside the door)",
    "(keep it in the fridge for up to three days)",
])
def test_a_replys_own_aside_with_one_such_word_is_not_a_note(aside: str) -> None:
    reply = f"Plan a main, two sides and a dessert {aside}; shop the day before."
    d = dialogue("Can you help me plan the dinner for twelve?", reply,
                 "What main would you suggest?", "A slow-roasted pork shoulder, about 3 kg.")
    assert LeakageValidator(LeakageConfig(min_note_similarity=1.5)).check(d).passed


def test_a_reply_naming_the_writing_terms_the_user_asked_with_is_not_leakage() -> None:
    d = dialogue("Here is my cover letter draft. Can you revise it: warmer tone, under 150 "
                 "words?",
                 "Here's the revised draft, warmer in tone, 148 words:\n\nDear Ms Ortiz, ...",
                 "Thanks! And a subject line?",
                 "'Application: Junior Designer - Ana Ruiz' keeps it plain and searchable.")
    assert LeakageValidator(LeakageConfig(min_note_similarity=1.5)).check(d).passed


def test_a_user_asking_for_a_length_and_tone_is_not_leakage() -> None:
    d = dialogue("Write me a toast for my sister's wedding (keep it warm in tone, under 100 "
                 "words).",
                 "To Maya and Sam: may your home be loud with laughter and quiet when you need "
                 "it. Maya taught me to ride a bike and to never quit; Sam, she will teach you "
                 "too. To a long, kind life together!",
                 "Lovely. Can you add a line about their dog?",
                 "Add: 'And to Biscuit, who approved of Sam long before we did.'")
    assert LeakageValidator(LeakageConfig(min_note_similarity=1.5)).check(d).passed


@pytest.mark.parametrize("slot", ["%TOTAL_COST%", "@@nom_du_client@@", "<<BOOKING_REF>>",
                                  "[[deposit_amount]]", "<ngay_hen>", "PICKUP_ADDRESS_HERE"])
def test_a_variable_name_left_in_a_reply_is_a_placeholder(slot: str) -> None:
    d = dialogue("Can you write the confirmation message for Ana's van rental on 12 May?",
                 f"Hi Ana, your van is booked for 12 May from 9:00. Your reference is {slot}; "
                 "bring your licence and a card for the 300 EUR deposit.",
                 "Great, and a one-line reminder for the day before?",
                 "Reminder: your van is ready tomorrow at 9:00, see you then!")
    verdict = PlaceholderValidator().check(d)
    assert not verdict.passed and "variable slot" in verdict.reason


@pytest.mark.parametrize("slot", ["for ___ to ___ minutes", "at a pace of _:__ per 100 m",
                                  "a deposit of $NN", "about $X,XXX", "around $TKTK",
                                  "a refund of $NaN", "In %s, book", "a bill of $%.2f",
                                  "on {0} at {1}", "call __SHOP_PHONE__", "saves $‹savings_amt›",
                                  "[UZUPEŁNIJ TRASĘ: port docelowy, dystans]",
                                  "[ВСТАВИТЬ ДАТУ]", "[FILL IN: the fee]", "about TK inches",
                                  "【待补充：押金金额】", "［要記入］"])
def test_slots_in_other_shapes_are_placeholders(slot: str) -> None:
    d = dialogue("Can you write the confirmation message for Ana's van rental on 12 May?",
                 f"Hi Ana, your van is booked for 12 May from 9:00 ({slot}); bring your licence "
                 "and a card for the 300 EUR deposit.",
                 "Great, and a one-line reminder for the day before?",
                 "Reminder: your van is ready tomorrow at 9:00, see you then!")
    assert not PlaceholderValidator().check(d).passed


def test_format_fields_and_capitals_a_reply_means_are_not_slots() -> None:
    d = dialogue("How do I print a price with two decimals in Python, and what does NaN mean?",
                 "Use an f-string: `f\"{price:.2f}\"`, or the old `\"%.2f\" % price`. A NaN "
                 "(not a number) comes from 0/0 or a failed float parse; test it with "
                 "`math.isnan(x)`. In C the same is printf with %.2f, and __FILE__ names the file.",
                 "And sets? Is {0} a set?",
                 "Yes: {0} is the set holding only zero, while {} alone is an empty dict in "
                 "Python. [NB] marks a note in my examples, and 5% of 40 is 2. TK Maxx "
                 "sells the mugs.")
    assert PlaceholderValidator().check(d).passed


def test_identifiers_a_technical_dialogue_names_are_not_slots() -> None:
    d = dialogue("My Django app cannot reach Postgres in Docker. What should I check?",
                 "First check the connection string in `settings.py`: it reads DATABASE_URL "
                 "from the environment, so run `docker compose exec web env` and look for it. "
                 "The host must be the service name, e.g. `postgres://app@db:5432/app`.",
                 "It was empty. Where do I set it?",
                 "Under `environment:` of the web service in `docker-compose.yml`, e.g. "
                 "`DATABASE_URL: postgres://app:secret@db:5432/app`, then recreate the container.")
    assert PlaceholderValidator().check(d).passed


# --- languages: Latin-script text by its language, checks skipped where the embedder can't read


def test_latin_script_text_is_tagged_by_its_language_and_code_stays_english() -> None:
    from consistentchat.text import language

    assert language("Hej! Jag vill boka en resa till Göteborg i juni, vad kostar tåget?") == "sv"
    assert language("Xin chào, tôi muốn đặt vé tàu đi Hà Nội vào tháng sáu.") == "vi"
    assert language("Hola, quiero reservar un viaje a Madrid en junio. ¿Cuánto cuesta?") == "es"
    assert language("How much is the train to Madrid in June?") == "en"
    assert language("```py\nimport numpy as np\nx = np.zeros((3, 4))\n```\nkubectl get pods") == "en"


def test_embedding_checks_skip_a_language_the_embedder_does_not_read() -> None:
    import asyncio

    from consistentchat.validators import ValidationConfig, build_chain

    swedish = ["Hur länge ska jag koka ägg för att gulan ska vara krämig?",
               "Koka dem i sju minuter och lägg dem sedan i kallt vatten en stund.",
               "Och om äggen kommer direkt från kylskåpet, behöver de längre tid?",
               "Ja, lägg till ungefär en halv minut, annars blir gulan lite för lös."]
    spanish = ["¿Cuánto tiempo debo hervir los huevos para que la yema quede cremosa?",
               "Hiérvelos siete minutos y luego pásalos a agua fría un momento.",
               "¿Y si los huevos salen directamente de la nevera, necesitan más tiempo?",
               "Sí, añade medio minuto más; si no, la yema queda demasiado líquida."]
    records = [{"id": lang, "messages": [{"role": ("user", "assistant")[i % 2], "content": t}
                                         for i, t in enumerate(turns)]}
               for lang, turns in (("sv", swedish), ("es", spanish))]
    config = ValidationConfig.model_validate({"judge": {"enabled": False}})
    sv, es = asyncio.run(build_chain(config).run(records))
    sv_topic, es_topic = (next(v for v in r.verdicts if v.validator == "topic") for r in (sv, es))
    assert sv_topic.skipped and sv_topic.kind == "language_not_covered" and "'sv'" in sv_topic.reason
    assert not es_topic.skipped


# --- replies that name no amount where their question asks for one


def _rest_dialogue(reply: str, question: str = "How long should the brisket rest, and wrapped "
                   "or not?") -> Dialogue:
    return dialogue("I'm smoking a 6 kg brisket for Saturday. What temperature should the smoker "
                    "run at?",
                    "Run it at 110-120 °C (225-250 °F). Plan on roughly 1 to 1.5 hours per kg, so "
                    "start about 10 hours before you want to eat, and wrap it in butcher paper "
                    "once the bark is set, around 70 °C inside.",
                    question, reply)


@pytest.mark.parametrize("reply", [
    "Barbecue in Texas grew out of the German and Czech meat markets of the 1800s, where "
    "butchers smoked what they could not sell. By the 1950s brisket had become the measure of a "
    "pitmaster, and the arguments about resting it are as old as the cuts themselves.",
    "La paciencia es la clave: cada pitmaster tiene su costumbre y su historia.",
])
def test_a_reply_naming_no_amount_to_an_amount_question_fails(reply: str) -> None:
    from consistentchat.validators.relevance import RelevanceValidator

    verdict = RelevanceValidator().validate([_rest_dialogue(reply)])[0]
    assert not verdict.passed and "names no amount" in verdict.reason
    assert RelevanceValidator(RelevanceConfig(amounts=False)).validate([
        _rest_dialogue(reply)])[0].passed


@pytest.mark.parametrize("reply", [
    "Rest it for at least an hour, wrapped, in a dry cooler; two is better.",
    "At least 1 hour wrapped in the paper, up to 4 hours in a cooler lined with towels.",
    "Give it half a day if you can: wrapped, in a cooler, it stays safe above 60 °C.",
    "Mindestens zwei Stunden, eingewickelt.",
    "至少一个小时，用纸包着放进保温箱。",
])
def test_a_reply_that_names_an_amount_passes(reply: str) -> None:
    from consistentchat.validators.relevance import RelevanceValidator

    assert RelevanceValidator().validate([_rest_dialogue(reply)])[0].passed


# --- an exchange that repeats an earlier one: the same figures given again


def test_figures_leave_out_list_numbers() -> None:
    from consistentchat.validators.repetition import figures

    assert figures("1. Mix 250 g flour\n2. Rest 30 min at 4:30, 1,5 l") == {"250", "30", "4:30",
                                                                           "1,5"}


def _fund_dialogue(last_answer: str) -> Dialogue:
    return dialogue(
        "I take home $3,840 a month after tax. I want to start investing. Where do I begin?",
        "Start with the order that protects you: employer match first if you have one, then an "
        "emergency fund, then a Roth IRA or an index fund. Keep fees under 0.2% a year.",
        "How big should my emergency fund be before I invest anything?",
        "Cover 3 to 6 months of essential spending. If your essentials are about $2,600 a month, "
        "that is $7,800 to $15,600; with a stable job aim for the low end, with variable income "
        "for 6 months. Keep it in a high-yield savings account paying about 4.2%.",
        "Which index fund should I pick?",
        "A total-market fund such as VTI or FSKAX (expense ratio 0.03% and 0.015%) is a simple "
        "core; add an international fund for about 20-30% if you want more spread.",
        "Remind me, how much cash should I keep aside as a safety cushion first?",
        last_answer)


def test_an_exchange_giving_an_earlier_answers_figures_again_is_repetition() -> None:
    import asyncio

    from consistentchat.validators import ValidationConfig, build_chain

    again = ("Keep 3 to 6 months of essential costs: at roughly $2,600 a month that comes to "
             "$7,800 to $15,600. A steady job lets you stay near the lower figure; variable "
             "income calls for 6 months. Park it in a high-yield account at about 4.2%.")
    builds = ("Your cushion is the $7,800 from before. Once it is there, automate $400 a month "
              "into the index fund on payday, raise it by 1% of pay each year, and rebalance "
              "once a year in January.")
    chain = build_chain(ValidationConfig(), None)
    results = asyncio.run(chain.run([{"id": "a", "messages": _fund_dialogue(again).turns},
                                     {"id": "b", "messages": _fund_dialogue(builds).turns}]))
    failed = {v.validator: v.reason for v in results[0].failed}
    assert "figures again" in failed.get("repetition", ""), results[0].failed
    assert "repetition" not in {v.validator for v in results[1].failed}, results[1].failed


def test_role_play_actions_and_subscripts_are_content() -> None:
    d = dialogue("Let's role-play: you are Marta, a blacksmith in a mountain village.",
                 "*Marta wipes her hands on her apron.* Welcome, traveller. What brings you?",
                 "*I hand over the reins.* \"How much to reshoe her?\"",
                 "Four pennies a hoof, sixteen for all. Sit, it takes an hour.",
                 "And the R_0 of the cough going round the inn? I read $R_0 = 2$, so "
                 "{R_0} > 1 means it spreads.",
                 "Aye, with R_0 above 1 each sick man passes it to more than one: keep your "
                 "distance and your own cup.")
    assert LeakageValidator(LeakageConfig(min_note_similarity=1.5)).check(d).passed
    assert PlaceholderValidator().check(d).passed


def test_a_list_marker_opening_a_user_turn_and_numbered_slots_are_still_found() -> None:
    d = dialogue("How do I plan a week in Rome?",
                 "Day 1: the Colosseum. Day 2: dinner at Trattoria %RESTAURANT_2%, then Trastevere.",
                 "* and what about the Vatican?",
                 "Book the Vatican Museums online for a Wednesday morning, 8:00 entry.")
    assert not PlaceholderValidator().check(d).passed
    assert "list marker" in LeakageValidator(LeakageConfig(min_note_similarity=1.5)).check(d).reason


def switch_dialogue(last_query: str, far: bool) -> Dialogue:
    """Four exchanges; the last one's user turn is `last_query`, its exchange at similarity
    ~0.25 (far) or ~0.7 (near) to the opening one; the other similarity checks are off."""
    import numpy as np

    from consistentchat.validators.base import unit

    texts = ["How long should I rest a brisket after smoking it?", "At least an hour ...",
             "Should I wrap it in butcher paper or foil?", "Butcher paper keeps the bark ...",
             "What internal temperature means it is done?", "Around 95 C in the flat ...",
             last_query, "Here is what to do ..."]
    d = dialogue(*texts)
    x = np.array([[1, 0.2, 0, 0], [1, 0, 0.2, 0], [1, 0.1, 0.1, 0],
                  [0.25, 0, 0, 1] if far else [1, 0, 0, 1]], dtype=np.float32)
    d.embeddings = {"queries": unit(x), "answers": unit(x), "scenario": None}
    return d


@pytest.mark.parametrize("query", [
    "Thanks! Totally unrelated, but my laptop fan is loud. What should I check?",
    "Speaking of smoke, our kitchen alarm chirps at night. How do I stop it?",
    "Ok. Different question: which running shoes suit flat feet?",
    "好的。顺便问一下，笔记本电脑风扇很吵怎么办？",
    "Danke! Übrigens, ganz andere Frage: Welche Laufschuhe passen zu Plattfüßen?"])
def test_a_user_announcing_a_new_subject_far_from_the_opening_is_off_topic(query: str) -> None:
    from consistentchat.config.validation import TopicConfig
    from consistentchat.validators.topic import TopicValidator

    others_off = {"min_rest_similarity": -1, "min_late_ratio": 0, "min_turn_similarity": -1}
    verdict = TopicValidator(TopicConfig(**others_off)).check(switch_dialogue(query, far=True))
    assert not verdict.passed and verdict.kind == "off_topic" and verdict.turns == (3,)
    assert "changes the subject" in verdict.reason
    # the same distance without the announcement is left to the other checks (off here)
    quiet = "My laptop fan is loud. What should I check?"
    assert TopicValidator(TopicConfig(**others_off)).check(switch_dialogue(quiet, far=True)).passed
    # and the rule can be turned off
    off = TopicConfig(**others_off, max_switch_similarity=-1)
    assert TopicValidator(off).check(switch_dialogue(query, far=True)).passed


def test_an_announced_side_question_that_stays_near_the_goal_passes() -> None:
    from consistentchat.config.validation import TopicConfig
    from consistentchat.validators.topic import TopicValidator

    query = "Speaking of wrapping, can I reuse the butcher paper next time?"
    others_off = {"min_rest_similarity": -1, "min_late_ratio": 0, "min_turn_similarity": -1}
    assert TopicValidator(TopicConfig(**others_off)).check(switch_dialogue(query, far=False)).passed
    # a first turn has nothing to switch from; "btw" is Dutch for VAT
    from consistentchat.validators.topic import announced_switches

    assert announced_switches(dialogue("Unrelated, but hi", "Hi!", "Moet ik btw rekenen?", "Ja.")
                              ) == []


def test_an_announced_switch_is_caught_by_the_chain_with_the_real_encoder() -> None:
    import asyncio

    from consistentchat.validators import ValidationConfig, build_chain

    turns = ["I'm training for my first half marathon in 12 weeks. How many runs a week should "
             "I plan?", "Four runs a week works well for most first half marathons: one long "
             "run, one tempo run and two easy runs. Build the long run from 8 km to 18 km by "
             "week 10, then taper.",
             "How fast should the easy runs be?", "Easy means conversational: about 60 to 90 "
             "seconds per kilometre slower than your 10 km race pace, or a heart rate under "
             "about 75% of your maximum.",
             "And what should I eat before the long run?", "Have 40 to 60 g of carbohydrate "
             "about two hours before: a bagel with honey or oatmeal with a banana, plus 500 ml "
             "of water. Keep fat and fibre low that morning.",
             "Thanks. Totally unrelated, but my sourdough loaf keeps coming out dense and gummy "
             "inside. What am I doing wrong?", "A dense, gummy crumb usually means the dough "
             "was underproofed or the loaf was cut too warm. Let the bulk ferment go until the "
             "dough has risen by about half, and wait two hours before slicing."]
    record = {"id": "s", "messages": [{"role": ("user", "assistant")[i % 2], "content": t}
                                      for i, t in enumerate(turns)]}
    config = ValidationConfig.model_validate({"judge": {"enabled": False}})
    switched, = asyncio.run(build_chain(config).run([record]))
    topic = next(v for v in switched.verdicts if v.validator == "topic")
    assert not topic.passed and "changes the subject" in topic.reason and topic.turns == (3,)
    turns[6] = "Speaking of the long run, should I carry a gel after 15 km?"
    turns[7] = ("Yes: for runs over 75 minutes take one gel (about 25 g of carbohydrate) "
                "every 30 to 40 minutes after the first 45, with a few sips of water.")
    stayed, = asyncio.run(build_chain(config).run([record | {"messages": [
        {"role": ("user", "assistant")[i % 2], "content": t} for i, t in enumerate(turns)]}]))
    assert next(v for v in stayed.verdicts if v.validator == "topic").passed


@pytest.mark.parametrize("line", ["窗口函数（ROW_NUMBER、RANK、LAG）和日期处理。",
                                  "Window functions: ROW_NUMBER, RANK and LAG over a partition."])
def test_an_upper_case_keyword_among_keywords_is_not_a_slot(line: str) -> None:
    d = dialogue("How should I learn SQL for data analysis?", f"Month two:\n- {line}\n- Practice.",
                 "How long will that take?", "About eight weeks at five hours a week.")
    assert PlaceholderValidator().check(d).passed
    # a name left alone, or beside other names, is still a slot
    for reply in ("Month two: learn ROW_NUMBER first.", "Dear CLIENT_NAME, your ORDER_ID ships."):
        d = dialogue("How should I learn SQL?", reply, "How long?", "About eight weeks.")
        assert not PlaceholderValidator().check(d).passed, reply


@pytest.mark.parametrize("opening", ["Usually yes.", "No.", "Yes, that's normal.", "是的。"])
def test_a_reply_opening_with_a_short_yes_or_no_answers_its_question(opening: str) -> None:
    from consistentchat.validators.non_answer import NonAnswerValidator

    plain = ("Most starters cope fine with normal tap water. If yours stays sluggish, it is "
             "worth trying filtered water for a week.")
    d = dialogue("How do I bake a basic sourdough-style loaf at home?", DETAILED,
                 "What flour quantities and steps for a second loaf the next day?", SECOND,
                 "Is tap water OK for the starter? Ours is chlorinated.", plain,
                 "And how should I store the bread once it has cooled down?", STORE)
    verdict = NonAnswerValidator().check(d)
    assert not verdict.passed and verdict.turns == (2,)  # "most starters": talk, no specifics
    d.messages[5]["content"] = f"{opening} {plain}"
    assert NonAnswerValidator().check(d).passed
    # a long opening that only says yes to the question's interest is still no answer
    d.messages[5]["content"] = ("Yes, there's quite a lot that people wonder about when it "
                                "comes to water and starters, and it's a very reasonable "
                                "thing to think about. " + plain)
    assert not NonAnswerValidator().check(d).passed


@pytest.mark.parametrize("note", [
    "Persona note: keep the buyer nervous; the next question is about closing costs.",
    "Revision note (v2): softened the second paragraph for the reviewer.",
    "（執筆メモ：最後は励ましで締めること。）", "【审核备注：此段需补充链接，发布前删除】",
    "### NOTĂ INTERNĂ (nu afișa): următoarea întrebare este despre preț."])
def test_a_note_labelled_as_the_writers_is_leakage(note: str) -> None:
    reply = f"Rest the brisket for at least an hour, wrapped in a towel.\n\n{note}"
    verdict = LeakageValidator().check(dialogue("How long should the brisket rest?", reply,
                                                "And then?", "Slice it against the grain."))
    assert not verdict.passed and "writer's note label" in verdict.reason


@pytest.mark.parametrize("line", ["Note: rest it longer if it is over 6 kg.",
                                  "Safety note: keep the thermometer probe clean.",
                                  "Tasting notes: smoky, peppery, a little sweet."])
def test_a_replys_own_note_is_not_a_writers_note(line: str) -> None:
    reply = f"Rest the brisket for at least an hour, wrapped in a towel.\n\n{line}"
    assert LeakageValidator().check(dialogue("How long should the brisket rest?", reply,
                                             "And then?", "Slice it against the grain.")).passed


@pytest.mark.parametrize("opening", [
    "Ως μοντέλο γλώσσας τεχνητής νοημοσύνης, δεν έχω προσωπική εμπειρία, αλλά",
    "Como modelo de lenguaje, no tengo experiencia propia, pero", "作为一个AI语言模型，我没有亲身经历，但是",
    "ユーザーは不安を感じている。まず共感を示すこと。", "El usuario quiere saber el precio."])
def test_ai_self_reference_and_narration_are_leakage_in_other_languages(opening: str) -> None:
    d = dialogue("How long should the brisket rest?", f"{opening} rest it for an hour.",
                 "And then?", "Slice it against the grain.")
    assert not LeakageValidator().check(d).passed, opening
    # the same words inside a reply about language models or about users are the subject
    for reply in ("Ich nutze das als Sprachmodell-Test für die Klasse.", "用户体验决定了留存率。"):
        assert LeakageValidator().check(dialogue("Was testest du?", reply, "Und?", "Gut.")).passed


def test_quoted_phrases_with_ellipses_are_not_a_json_list() -> None:
    reply = ('Keep fillers ready: "That\'s an interesting question...", "Let me think about '
             'that for a second...".')
    assert LeakageValidator().check(dialogue("Any IELTS tips?", reply, "More?", "Practise.")).passed
    leaked = 'Rest it for an hour.", "Slice it against the grain.", "Serve warm.'
    assert not LeakageValidator().check(dialogue("Brisket?", leaked, "More?", "No.")).passed


def test_a_requested_new_version_may_reuse_the_earlier_text() -> None:
    from consistentchat.validators.repetition import RepetitionValidator

    opening = ("Good evening, everyone. For those who don't know me, I'm Nora's big brother, and "
               "I've had her whole life to collect material for tonight, so please bear with me.")
    first = (f"Start with one story and build around it. Here is an opening you could use:\n\n"
             f"{opening}\n\nThen go into the mud-pie story: the comment cards, the prices, the "
             "way she made you wait for a table. Close on what it says about her now.")
    second = (f"Here's the full draft, about three minutes:\n\n{opening}\n\nWhen Nora was nine, "
              "she opened a restaurant in our backyard. The menu was mud pies, a dollar each, and "
              "every meal came with a comment card. Tom, she will want your feedback too.\n\n"
              "So please raise your glasses: to Nora and Tom.")
    turns = ["Where do I start with my sister's wedding toast?", first,
             "Yes please, write the full draft.", second]
    assert RepetitionValidator().check(dialogue(*turns)).passed
    for asked in ("Love it. Can you cut it to about two minutes?", "Please make it shorter.",
                  "能帮我缩短到两分钟吗？"):  # a shorter version is a new version too
        turns[2] = asked
        assert RepetitionValidator().check(dialogue(*turns)).passed, asked
    turns[2] = "And how long should the toast be?"
    verdict = RepetitionValidator().check(dialogue(*turns))
    assert not verdict.passed and "repeats a passage" in verdict.reason


# --- set 14's misses and false rejections (studied after its blind scoring) -------------------

def test_numbered_questions_the_assistant_asks_are_content_not_scaffolding() -> None:
    interview = dialogue(
        "Can you run a mock nursing interview with me? One question at a time.",
        "Sure, I'll play the nurse manager.\n\n**Question 1:** \"Tell me a little about "
        "yourself and why you want to work on a med-surg unit.\"",
        "I graduated in May and I have worked in a nursing home since.",
        "Good start; name one concrete skill next time.\n\n**Question 2:** \"Describe a time "
        "you noticed a change in a patient's condition. What did you do?\"")
    assert LeakageValidator().check(interview).passed
    scaffold = dialogue(
        "How do I keep basil alive indoors through the winter?",
        "**Question 1:** How do I keep basil alive indoors through the winter?\n\nGive it "
        "six hours of light, water when the top inch is dry, and pinch the flower buds.")
    assert not LeakageValidator().check(scaffold).passed


@pytest.mark.parametrize("code", [
    '```python\ntotals = df.groupby(["month", "XXX"])["amount"].sum()\n```',
    "```latex\n{\\large Supervisor: [SUPERVISOR NAME]\\par}\n```",
])
def test_a_slot_inside_a_replys_code_is_a_placeholder(code: str) -> None:
    d = dialogue("Group my sales by month and store; the store column is 'shop'.",
                 f"Here you go:\n\n{code}\n\nThat gives one row per month and store.")
    verdict = PlaceholderValidator().check(d)
    assert not verdict.passed and "slot in code" in verdict.reason


@pytest.mark.parametrize("turns", [
    ("Why does this fail? ```python\nclient = Client(api_key='xxx')\n```",
     "Your key is masked, fine; the error is the missing `region=` argument."),
    ("How do I call the API?",
     "Pass your key:\n\n```python\nclient = Client(api_key=\"XXX\")\nrows = data[0]\n```"),
    ("Show me a matrix in Python.", "```python\nm = [[1, 2], [3, 4]]\nprint(m[0][1])\n```"),
])
def test_masked_secrets_and_brackets_of_code_are_no_slots(turns: tuple[str, str]) -> None:
    assert PlaceholderValidator().check(dialogue(*turns)).passed


@pytest.mark.parametrize("reply", [
    "Response to user query 3 (intent: extend the explanation; include code):\n\nUse a "
    "decorator factory: `retry(times=3)` returns the decorator.",
    "यह रहा कोड।\n\n[नोट: उपयोगकर्ता शुरुआती स्तर का है, इसलिए कोड सरल रखें]",
    "Voici le code.\n\n(Remarque : l'utilisateur débute, garder des exemples simples)",
])
def test_a_scaffold_header_or_a_note_about_the_user_is_leakage(reply: str) -> None:
    d = dialogue("How do I write a decorator that retries a function three times?", reply)
    assert not LeakageValidator(LeakageConfig(min_note_similarity=2)).check(d).passed


@pytest.mark.parametrize("reply", [
    "(Note: the 2023 limits apply; check your plan's own cap.)",
    "(Note: a user account needs admin rights for this step.)",
    "[Note: each user of the shared drive gets 15 GB.]",
    "(Note: the user interface moved the button to Settings in v3.)",
    "Here is my answer to question 3 of your worksheet: the mean is 4.2.",
])
def test_a_replys_own_notes_and_answers_pass(reply: str) -> None:
    d = dialogue("What should I check before I install it?", reply)
    assert LeakageValidator(LeakageConfig(min_note_similarity=2)).check(d).passed


@pytest.mark.parametrize("reply, leaks", [
    ('{"step": "Send the deck", "owner": "CEO"}', True),  # a quoted key before a value
    ('step: {"owner": "CEO", "due": "Friday"} and then call them.', True),  # bare key, object
    ('- A clear next step: "Would a call with two customers help?"', False),  # prose
])
def test_an_output_format_key_needs_a_quoted_key_or_a_list(reply: str, leaks: bool) -> None:
    d = dialogue("What do I send after the pitch meeting?", reply, "And the attachments?",
                 "The deck as a PDF and a link to a small data room.")
    assert LeakageValidator(LeakageConfig(min_note_similarity=2)).check(d).passed is not leaks


_SWEDISH_GARDEN = [
    ("Vilken jord ska jag använda till tomatplantorna i krukor på balkongen?",
     "Till tomatplantorna i krukor fungerar en näringsrik planteringsjord bäst. Blanda gärna in "
     "lite kompost, och välj krukor på minst tio liter så att jorden inte torkar ut."),
    ("Hur ofta behöver jag vattna gurkorna i växthuset under juli?",
     "Gurkorna i växthuset behöver vattnas varje dag i juli, helst på morgonen. Vattna vid "
     "roten och håll jämn fukt, annars blir gurkorna bittra."),
    ("Vad gör jag åt bladlössen på rosorna vid staketet?",
     "Bladlössen på rosorna kan du spola bort med en hård vattenstråle. Såpvatten hjälper "
     "också, och nyckelpigor vid staketet äter gärna bladlöss."),
]


def test_alignment_pairs_by_shared_words_where_the_embedder_cannot_read() -> None:
    import asyncio

    from consistentchat.validators import ValidationConfig, build_chain

    def record(order: list[int]) -> dict[str, object]:
        turns = [t for i, (q, _) in enumerate(_SWEDISH_GARDEN)
                 for t in (q, _SWEDISH_GARDEN[order[i]][1])]
        return {"id": "sv", "messages": [{"role": ("user", "assistant")[i % 2], "content": t}
                                         for i, t in enumerate(turns)]}

    config = ValidationConfig.model_validate({"judge": {"enabled": False}})
    own, rotated = asyncio.run(build_chain(config).run([record([0, 1, 2]), record([1, 2, 0])]))
    align = [next(v for v in r.verdicts if v.validator == "alignment") for r in (own, rotated)]
    assert align[0].passed and not align[0].skipped
    assert not align[1].passed and "by shared words" in align[1].reason
    assert "'sv'" in align[1].reason and align[1].kind == "misaligned"
