# -*- coding: utf-8 -*-
"""Writes /work/heldout5/part-c.jsonl: 30 hand-written labelled dialogues (h5c-001..h5c-030)."""
import json
from collections import Counter

OUT = "/work/heldout5/part-c.jsonl"
DIALOGUES = []


def alt(*texts):
    """Alternating turns starting with the user."""
    conv = []
    for i, t in enumerate(texts):
        conv.append({"from": "human" if i % 2 == 0 else "gpt", "value": t.strip()})
    return conv


def raw(*pairs):
    """Explicit (role, text) turns, used for malformed dialogues."""
    return [{"from": r, "value": t if not t.strip() else t.strip()} for r, t in pairs]


def add(label, lang, note, conv):
    DIALOGUES.append({"label": label, "language": lang, "note": note, "conversations": conv})


# ---------------------------------------------------------------- 001 good en
add("good", "en",
    "Job-interview role-play: assistant plays hiring manager 'Dana' in first person, steps out for feedback on 'pause', back in character on 'resume'; every reply fits its turn.",
    alt(
"""I have an interview on Thursday for a junior data analyst job at a regional grocery chain. Can you play the hiring manager? Ask me one question at a time, stay in character, and only give feedback when I say "pause".""",
"""Happy to. I'll play Dana Moreau, analytics team lead at the grocery chain. I'll keep it realistic: a couple of behavioural questions, one practical data question, and the usual wrap-up. Whenever you type "pause", I'll step out of character and give you feedback.

---

Hi, come on in, have a seat. I'm Dana, I run the analytics team here: five of us, supporting store operations and marketing. Thanks for making the trip. I've read your CV, so let's skip the walkthrough. First question: tell me about a time you found something in a dataset that changed what someone else decided to do.""",
"""Sure. In my last internship at a logistics company I was cleaning delivery data and noticed that late deliveries spiked on Mondays for one depot. I dug in and found that the Monday shift there started 30 minutes later than the others because of an old schedule. I showed my manager a chart, they moved the shift start, and late Monday deliveries dropped by about 12% over the next two months.""",
"""That's a nice example, thank you. I like that you went from the pattern to the cause rather than stopping at the chart. Let me push on it a little: how did you rule out other explanations? A weekend order backlog, for instance, would also hit Mondays. What did you check before you took it to your manager?""",
"""I compared that depot to the other four. They all had more orders on Mondays, but only that one had the spike in late deliveries. And the spike started the same week the schedule changed the year before.""",
"""Good. Comparing against the other depots is exactly the control I was looking for, and tying it to the date of the schedule change makes it convincing.

Okay, a practical one. Say I give you a table of transactions: store_id, date, product_id, quantity and price. Marketing wants to know which five stores had the biggest drop in weekly sales of fresh bakery items after we raised prices in March. Talk me through how you'd approach it. I don't need perfect SQL, I want to hear your thinking.""",
"""pause""",
"""Stepping out of character. Here's how you're doing so far.

**What worked**
- Your first answer had a clear shape: situation (delivery data), what you noticed (a Monday spike at one depot), what you did (a chart for your manager) and a measurable result (about 12% fewer late Monday deliveries). That is exactly what interviewers listen for.
- When I probed, you answered with a real method: a comparison across depots plus a before/after date. That shows you think about causes, not just correlations.

**What to tighten**
- Put the control into the first telling. One sentence like "I checked the other four depots and only this one had the spike" makes the story stronger before anyone has to ask.
- Name your tools. Excel, SQL, Python? For a junior role the manager wants to know what you can do on day one.
- Have a "what I'd do differently" ready, e.g. "I'd set up a simple weekly report so a problem like this is caught in weeks, not a year."

**For the bakery question**, a strong answer usually covers:
1. Clarify: how "bakery" is defined (a category table?) and which windows to compare, say 8 weeks before and 8 weeks after the price change.
2. Compute weekly bakery sales per store in both windows, in units and in revenue, because a price rise can cut units while revenue holds steady.
3. Rank stores by the drop and sanity-check for stores that closed, opened or were refitted in that period.
4. Say how you'd present it: a short table and one chart.

Type "resume" when you want Dana back, and have a go at the bakery question.""",
"""resume. I'd first ask what counts as bakery and compare 8 weeks before and after the price change. Then group by store and week, sum quantity and quantity times price, compare the averages, and rank the five stores with the biggest drop. I'd also check that no store was closed for renovation.""",
"""That's a solid plan, and I'm glad you thought about renovations: we had two stores refitted last spring, so that would have bitten you. I'd also have liked to hear units versus revenue, but you're clearly thinking in the right direction.

Last one from me, and then it's your turn: what would you want to have learned or built by the end of your first year here? And after that, what questions do you have for me?""",
    ))

# ---------------------------------------------------------------- 002 contradiction en (subtle)
add("contradiction", "en",
    "Turn 3 reply says the moonwalk lasted 'roughly four hours', contradicting turn 1 which said about two and a half hours outside (subtle, deep in a long reply).",
    alt(
"""My son and I just watched a documentary about Apollo 11 and now we're both curious. How long did the whole trip actually take?""",
"""The whole mission lasted a little over 8 days: about 8 days, 3 hours and 18 minutes from launch to splashdown. Roughly how it broke down:

- **16 July 1969:** launch from Kennedy Space Center on a Saturn V.
- **19 July:** after about three days of coasting, Apollo 11 entered lunar orbit.
- **20 July, 20:17 UTC:** Neil Armstrong and Buzz Aldrin landed the lunar module *Eagle* in the Sea of Tranquility, while Michael Collins stayed in orbit in the command module *Columbia*.
- **On the surface:** Eagle stayed on the Moon for about 21.5 hours, but the astronauts were only outside for about two and a half hours. Armstrong stepped onto the surface at about 02:56 UTC on 21 July.
- **21 July:** Eagle lifted off, docked with Columbia, and the three headed home.
- **24 July:** splashdown in the Pacific, where the crew was picked up by the USS Hornet.

A fun detail for your son: after they got back, the crew spent about three weeks in quarantine in case they had brought back "moon germs".""",
"""Why did Michael Collins stay in orbit? Wasn't he disappointed?""",
"""Someone had to. The command module Columbia was the crew's only ride home: it had the heat shield for re-entry, and Eagle could not survive the trip back through Earth's atmosphere. Columbia needed a pilot to keep it in a stable orbit, run its systems, and be ready to rescue the others if Eagle's ascent went wrong. If Eagle had ended up in a lower orbit than planned, Collins could have flown down to meet it.

As for disappointment, Collins said clearly that he did not feel like the "loneliest man in history", as newspapers called him. He wrote in his memoir *Carrying the Fire* that he felt a kind of awareness and even joy, especially during the stretches behind the Moon when he was cut off from radio contact with Earth for around 48 minutes at a time. He was proud of his role and said he wouldn't have swapped with anyone on that crew, though he admitted he would have liked to walk on the Moon one day.""",
"""What did they actually do during the moonwalk? My son wants to know if they played around.""",
"""They did have a bit of fun, but mostly it was a packed schedule. Here's what they fitted in:

1. **First steps and the famous line.** Armstrong climbed down the ladder and said "That's one small step for man, one giant leap for mankind." Aldrin followed about 20 minutes later.
2. **Collecting rocks.** They gathered about 21.5 kg (47.5 lb) of lunar rock and soil, including a quick "contingency sample" Armstrong scooped up first, in case they had to leave in a hurry.
3. **Setting up experiments.** They left a seismometer to detect moonquakes, a sheet of foil to catch particles from the solar wind, and a laser retroreflector: a panel of mirrors that scientists on Earth still bounce lasers off today to measure the Earth-Moon distance to within millimetres.
4. **The flag and a phone call.** They planted the US flag and took a call from President Nixon, relayed from Earth.
5. **Photos.** Most of the good photos are of Aldrin, because Armstrong had the camera most of the time.

And yes, there was some playing: Aldrin tried out different ways of moving in one-sixth gravity, including a two-footed kangaroo hop and a loping run, partly as a real test of what worked best. In their roughly four-hour moonwalk, though, there wasn't time for much more than that, and Mission Control kept nudging them back to the checklist.""",
"""Is that mirror really still being used?""",
"""Yes. Observatories such as Apache Point in New Mexico fire short laser pulses at the Apollo 11 retroreflector (and the ones left by Apollo 14 and 15) and time how long the light takes to come back, about 2.5 seconds round trip. Only a handful of photons out of each pulse make it back, but that's enough. These measurements showed that the Moon is slowly drifting away from Earth, by about 3.8 cm a year, roughly the rate your son's fingernails grow.""",
    ))

# ---------------------------------------------------------------- 003 good ko
add("good", "ko",
    "Parent asks how to explain blue sky and red sunset to a 7-year-old; replies give child-friendly wording, a safe home experiment, and warm follow-up ideas.",
    alt(
"""일곱 살 딸이 "하늘은 왜 파래?"라고 물어봐요. 아이가 이해할 수 있게 어떻게 설명하면 좋을까요?""",
"""일곱 살이면 "햇빛 속에 색깔 친구들이 숨어 있다"는 이야기로 시작하면 잘 통해요. 이렇게 말해 보세요.

"햇빛은 그냥 하얗게 보이지만, 사실 그 안에는 빨강, 주황, 노랑, 초록, 파랑, 보라 색깔 친구들이 다 같이 들어 있어. 비 온 뒤에 무지개가 생기는 것도 그 친구들이 따로따로 흩어져서 보이는 거야. 그런데 하늘에는 눈에 안 보일 만큼 아주아주 작은 공기 알갱이들이 가득해. 햇빛이 그 알갱이들에 부딪히면, 파란색 친구가 제일 잘 튕겨 나가서 하늘 여기저기로 퍼져. 그래서 우리가 어디를 올려다봐도 파란빛이 눈에 들어오는 거야."

과학적으로는 '레일리 산란'이라고 해서, 파장이 짧은 파란빛이 공기 분자에 훨씬 더 많이 산란되기 때문이에요. 보라색이 더 짧은데 왜 보라색 하늘이 아니냐고 물으면, "보라색 친구는 수가 적고, 우리 눈이 파란색을 더 잘 알아봐서"라고 답해 주시면 됩니다.

직접 보여 주고 싶으시면 간단한 실험도 있어요.
1. 투명한 유리컵에 물을 가득 담고 우유를 몇 방울 떨어뜨려 저어요.
2. 방을 어둡게 하고 컵 옆에서 손전등을 비춰요.
3. 옆에서 보면 물이 살짝 푸르스름하게 보여요. 우유 알갱이가 공기 알갱이 역할을 하는 거예요.""",
"""그럼 노을은 왜 빨개요? 아이가 분명히 이어서 물어볼 것 같아요.""",
"""노을도 같은 원리로 설명할 수 있어서 좋아요. 이렇게 이어 가 보세요.

"저녁이 되면 해님이 땅 가까이 낮게 내려가지? 그러면 햇빛이 우리한테 오기까지 공기 속을 훨씬 더 먼 길로 지나와야 해. 먼 길을 오는 동안 파란색 친구들은 중간에 다 튕겨 나가서 흩어져 버리고, 끝까지 버티는 건 힘센 빨강이랑 주황 친구들이야. 그래서 저녁 하늘이 빨갛고 주황색으로 보이는 거야."

아까 우유 실험으로도 확인할 수 있어요. 손전등을 컵 한쪽에 대고 반대편에서 불빛을 바라보게 하면, 옆에서 볼 때와 달리 불빛이 노르스름하거나 주황빛으로 보여요. 우유를 조금 더 넣으면 색이 더 진해지는데, 공기를 더 많이 지나오는 저녁 햇빛과 같은 상황이라고 말해 주면 돼요.""",
"""실험 해봤는데 진짜 옆에서는 약간 파랗고 반대쪽은 주황색이에요! 아이가 너무 좋아해요. 다음에 해볼 만한 비슷한 실험 있을까요?""",
"""와, 성공했다니 정말 기뻐요! 직접 본 건 오래 기억에 남을 거예요. 빛과 색깔을 이어서 탐구할 수 있는 실험 몇 가지를 추천드릴게요.

- **물컵 무지개:** 햇살 드는 창가에 물을 가득 채운 유리컵을 두고 아래에 흰 종이를 깔아 보세요. 각도를 맞추면 종이에 작은 무지개가 생겨요. "아까 말한 색깔 친구들이 따로따로 나온 거야"라고 연결해 주면 좋아요.
- **CD 무지개:** 안 쓰는 CD 뒷면에 손전등을 비추면 벽에 무지개 줄무늬가 보여요.
- **색깔 팽이:** 동그란 종이에 무지개 일곱 색을 칠하고 가운데에 연필을 꽂아 빠르게 돌리면 색이 섞여서 하얗게 보여요. 햇빛이 여러 색의 합이라는 걸 거꾸로 보여 주는 실험이에요.

다음에 노을이 예쁜 날, 아이에게 먼저 "왜 빨갛지?" 하고 물어보시면 스스로 설명하는 모습을 보실 수도 있을 거예요.""",
    ))

# ---------------------------------------------------------------- 004 off_topic en (obvious, middle)
add("off_topic", "en",
    "Exploratory chat about how the pyramids were built; at turn 3 the user abandons the topic for red-wine carpet stains and the rest of the dialogue stays on home cleaning.",
    alt(
"""How do historians think the Great Pyramid of Giza was actually built? The blocks look impossibly heavy.""",
"""They are heavy, but not impossibly so. Most of the roughly 2.3 million blocks in the Great Pyramid weigh about 2.5 tonnes, though some granite beams above the King's Chamber weigh 25 to 80 tonnes. Here's the current picture, built around 2560 BCE for the pharaoh Khufu:

**Quarrying.** Most limestone came from a quarry just south of the pyramid, so the bulk of the stone only travelled a few hundred metres. The fine white casing stone came from Tura across the Nile, and the granite from Aswan, about 800 km upriver, by boat.

**Moving blocks.** Workers dragged blocks on wooden sledges. A wall painting from the tomb of Djehutihotep shows a man pouring liquid in front of a sledge carrying a huge statue, and experiments in 2014 showed that wetting sand to the right degree roughly halves the force needed to pull a sledge.

**Getting them up.** This is the most debated part. Theories include a straight ramp (which would have to be enormous), a ramp spiralling around the outside, or an internal ramp. In 2018 archaeologists found, at an alabaster quarry called Hatnub, a steep ramp flanked by staircases and post holes, suggesting a pulley-like system with wooden posts. That doesn't prove how Giza was done, but it shows Egyptians could haul blocks up steep slopes.

**Logistics.** The Diary of Merer, papyri found at Wadi al-Jarf in 2013, records a team ferrying Tura limestone to Giza, the oldest inscribed papyri known.""",
"""Was it built by slaves like in the movies?""",
"""Almost certainly not, at least not in the Hollywood sense. The evidence points to a paid and fed workforce organised in crews.

- **The workers' town.** Mark Lehner's excavations south of the Giza plateau uncovered a settlement with bakeries, breweries, storage and barracks-like galleries. Animal bones show that workers ate a lot of beef, sheep and goat, much of it brought in from farms elsewhere.
- **The workers' tombs.** In the 1990s Zahi Hawass excavated cemeteries of workers buried near the pyramids with bread and beer for the afterlife. Slaves would not have been given tombs next to the king's monument.
- **Crew names.** Graffiti inside the pyramids shows gang names such as "Friends of Khufu", suggesting teams with some pride in their work.

The numbers were probably smaller than people imagine: many estimates suggest a core of around 20,000 to 30,000 people at peak, including bakers and porters, with a permanent skilled workforce plus rotating labourers. Some of those rotating workers were likely conscripted under a labour-tax system, which wasn't voluntary, but it was not chattel slavery either.""",
"""Unrelated, but I spilled red wine on my beige living room carpet last night and it's still there. How do I get it out?""",
"""A day-old stain is harder but often still fixable. Try this in order, testing each product on a hidden spot first:

1. **Rehydrate and blot.** Dampen the stain with cold water and blot with a white cloth, pressing from the outside in. Never rub, which spreads it and frays the pile.
2. **Dish soap and vinegar.** Mix 1 tablespoon of clear dish soap, 1 tablespoon of white vinegar and 2 cups of warm water. Sponge it on, leave 5 minutes, blot, repeat.
3. **Hydrogen peroxide (light carpets only).** Mix 1 part 3% hydrogen peroxide with 2 parts dish soap, apply a little, leave 10-15 minutes, blot. On beige it usually works well; on darker colours it can bleach.
4. **Rinse.** Blot with plain cold water so no soap residue is left, then press a dry towel on it with something heavy overnight.

If a pink shadow is still there after that, an oxygen-based carpet stain remover or a professional cleaner is the next step.""",
"""Thanks. And the wine also got on my sofa cushions, which are microfiber. Same method?""",
"""Not quite: check the cleaning code on the sofa's tag first, because microfiber can water-mark.

- **W:** water-based cleaners are fine. Use the dish soap mix, but sparingly, on a cloth rather than poured on.
- **S:** solvent only. Use rubbing alcohol in a spray bottle: mist the stain, blot with a white cloth, repeat. Alcohol evaporates quickly and doesn't leave rings.
- **W/S:** either works; alcohol is usually the safer first try.
- **X:** vacuum only, call a professional.

Once it's dry, brush the fibres with a soft clean brush in circles to restore the texture, since microfiber can look flattened and darker where it was cleaned.""",
    ))

# ---------------------------------------------------------------- 005 good en
add("good", "en",
    "Collaborative bedtime story; continuations deliberately reuse the characters' names and the 'tap, tap, glow' refrain at the user's request; ends with a short title suggestion and a question.",
    alt(
"""My 6-year-old wants a bedtime story about a fox named Juniper who carries a lantern that never goes out. Can you write the first part, about 200 words? Something cosy, not scary.""",
"""**Juniper and the Lantern That Never Goes Out (Part 1)**

At the edge of Hollow Wood, where the ferns grew taller than rabbits, lived a small red fox named Juniper. Juniper had one special thing: a little brass lantern that never went out. Not in the rain, not in the wind, not even when she dropped it in the stream once (by accident, of course).

Every evening, when the sky turned the colour of blueberry jam, Juniper tapped the lantern twice with her nose. *Tap, tap, glow.* And a warm golden light spilled out over the path.

The animals of Hollow Wood liked Juniper's evening walks. The hedgehogs waved from under their leaf piles. The owl on the crooked oak hooted, "Good evening, Juniper!" And the mice followed the glow home from the blackberry bushes, their little baskets full.

"Where did your lantern come from?" a baby mouse asked one night.

Juniper smiled. "My grandmother gave it to me. She said a light that never goes out is meant to be shared."

That night, as Juniper walked past the old mossy log, she heard something she had never heard before: a grumbly, rumbly sigh coming from deep inside the dark.""",
"""She loved it!! She says the grumbly sigh should be a grumpy badger called Mr. Bramble who is secretly afraid of the dark. Can you continue?""",
"""**Part 2**

Juniper lifted her lantern. *Tap, tap, glow.* The golden light crept into the hollow log, and there, squashed at the very back, was a big grey badger with a white stripe and a very cross face.

"Go away," grumbled the badger. "I'm Mr. Bramble, and I'm busy."

"Busy doing what?" asked Juniper.

"Busy... sitting," said Mr. Bramble. "In my log. Where it is perfectly fine and not at all too dark."

Juniper noticed that Mr. Bramble's paws were trembling, and that he kept glancing at her lantern the way the mice looked at blackberries.

"Mr. Bramble," she said gently, "my lantern never goes out. Would you like to walk with me for a bit?"

"Badgers don't need lanterns," huffed Mr. Bramble. But he shuffled a little closer to the glow.

So they walked together through Hollow Wood: past the hedgehogs, past the crooked oak, past the blackberry bushes. And with every step, Mr. Bramble grumbled a little less.

When they reached the stream, a cloud slid over the moon and everything went dark, everything except Juniper's lantern. Mr. Bramble squeaked. A very small, very un-grumpy squeak.

"It's all right," said Juniper. "I've got you.\"""",
"""Can you end it so that Mr. Bramble learns something? And please repeat the 'tap, tap, glow' line again near the end, she loves saying it with me.""",
"""**Part 3**

Mr. Bramble sat down on a flat stone by the stream. "I'm not grumpy," he said quietly. "I'm scared. Every night when the sun goes down, my log gets so dark I can't see my own nose. So I grumble, because grumbling is louder than being scared."

Juniper sat down next to him. "Everybody's scared of something," she said. "My grandmother told me a light that never goes out is meant to be shared. Maybe being scared is easier when it's shared too."

Mr. Bramble thought about that for a long time, the way badgers do.

Then Juniper had an idea. She held out the lantern. "Would you like to try?"

Mr. Bramble took it very carefully in his big paws. He leaned down and tapped it twice with his nose.

*Tap, tap, glow.*

The light shone brighter than ever, and Mr. Bramble laughed, a big, rumbly, happy laugh that made the owl on the crooked oak hoot back.

From that night on, Juniper and Mr. Bramble took the evening walk together. Mr. Bramble still grumbled sometimes, but only about wet feet. And whenever the dark felt too big, he remembered: you don't have to be brave all by yourself.

*Tap, tap, glow.* Goodnight, Hollow Wood.

**The End.**""",
"""Perfect. Any ideas for a title, and a question I could ask her afterwards?""",
"""Title ideas:
- *Tap, Tap, Glow*
- *Juniper and Mr. Bramble*
- *The Lantern That Never Goes Out*

Since she loves the refrain, *Tap, Tap, Glow* might be the one she'll ask for by name.

A question for afterwards: "What is something that feels a bit scary to you, and who could you share your lantern with?" It lets her talk about fears the way Mr. Bramble did, without putting her on the spot. Sweet dreams to you both.""",
    ))

# ---------------------------------------------------------------- 006 leakage ar
add("leakage", "ar",
    "The turn-2 reply opens with a generator scaffold line '[الرد على الدور 2 — الأسلوب: معلّم متحمس، حوالي 200 كلمة]' before otherwise good content.",
    alt(
"""أقرأ عن بيت الحكمة في بغداد. متى أُسس ومن كان وراءه؟""",
"""ارتبط بيت الحكمة بالخلافة العباسية في بغداد، ولا يوجد تاريخ تأسيس دقيق متفق عليه. يرى كثير من المؤرخين أن بدايته كانت خزانة كتب في قصر الخليفة هارون الرشيد (حكم 786-809م)، ثم بلغ ذروته في عهد ابنه المأمون (حكم 813-833م) الذي أنفق بسخاء على جمع المخطوطات وترجمتها.

أبرز ما يميز تلك المرحلة:
- **الرعاية الرسمية:** كان المأمون يرسل البعثات إلى بيزنطة لجلب المخطوطات اليونانية، ويقال إنه اشترط في بعض المعاهدات تسليم كتب بدلاً من الذهب.
- **العلماء:** عمل في محيطه حنين بن إسحاق أشهر المترجمين، والخوارزمي صاحب كتاب "المختصر في حساب الجبر والمقابلة"، والإخوة بنو موسى بن شاكر الذين برعوا في الرياضيات والميكانيكا.
- **اللغات:** تُرجمت نصوص من اليونانية والسريانية والفارسية والسنسكريتية.

ومن المفيد أن تعرف أن المؤرخين المعاصرين يختلفون حول طبيعته: هل كان أكاديمية منظمة كما يُصوَّر غالباً، أم مكتبة وديواناً للنسخ والترجمة في الأساس؟ المصادر القديمة قليلة، لذلك يميل الباحثون اليوم إلى الحذر من الصورة المثالية.""",
"""وما أهم الكتب التي تُرجمت هناك؟""",
"""[الرد على الدور 2 — الأسلوب: معلّم متحمس، حوالي 200 كلمة]

هذا من أجمل جوانب القصة! حركة الترجمة في بغداد نقلت إلى العربية جزءاً كبيراً من علوم العالم القديم، ومن أهم ما تُرجم:

1. **كتب الطب:** ترجم حنين بن إسحاق وتلاميذه معظم مؤلفات جالينوس وأبقراط، وكان حنين يقارن بين عدة مخطوطات يونانية قبل أن يترجم، وهو منهج نقدي متقدم لعصره.
2. **كتاب "الأصول" لإقليدس:** ترجمه الحجاج بن يوسف بن مطر، وأصبح أساس تعليم الهندسة لقرون.
3. **"المجسطي" لبطليموس:** أهم كتاب في الفلك القديم، وقد تُرجم أكثر من مرة ونُقّح.
4. **مؤلفات أرسطو:** في المنطق والطبيعة والأخلاق، وكان لها أثر عميق في الفلسفة الإسلامية لاحقاً عند الكندي ثم الفارابي وابن سينا.
5. **"السند هند":** كتاب فلكي هندي تُرجم في عهد المنصور، ومن خلال هذا التراث الهندي انتقلت الأرقام الهندية ونظام الخانات إلى العالم الإسلامي، ثم إلى أوروبا باسم "الأرقام العربية".

والمهم أن المترجمين لم يكتفوا بالنقل، بل صححوا وعلّقوا وأضافوا، فكانت الترجمة بداية لإنتاج علمي جديد.""",
"""وكيف انتهى بيت الحكمة؟""",
"""النهاية المعروفة هي سقوط بغداد على يد المغول بقيادة هولاكو سنة 1258م. نُهبت المدينة وقُتل الخليفة المستعصم، وتروي المصادر أن كميات هائلة من الكتب أُلقيت في نهر دجلة حتى اسودّ ماؤه من الحبر، وهي رواية مشهورة قد يكون فيها شيء من المبالغة، لكنها تعبّر عن حجم الكارثة.

غير أن المؤسسة نفسها كانت قد ضعفت قبل ذلك بكثير، فبعد عهد المأمون تراجع الدعم الرسمي للترجمة، وانتقل النشاط العلمي إلى مكتبات ومراكز أخرى في بغداد وخارجها، مثل المدرسة المستنصرية (تأسست 1233م) ودور العلم في القاهرة وقرطبة. ولهذا نجت نسخ كثيرة من الكتب المترجمة، ووصلت لاحقاً إلى أوروبا عبر الأندلس وصقلية.""",
    ))

# ---------------------------------------------------------------- 007 bad_length en (evasive, middle)
add("bad_length", "en",
    "Turn-2 reply to a concrete question about pacing the clues is just 'That depends on your guests.'; the other replies are long and specific.",
    alt(
"""I'm hosting a murder mystery dinner for 8 friends next Saturday, 1920s theme. Can you help me design the plot? I want to be the host, not a suspect.""",
"""Here's a plot built for exactly 8 guests, with you as the host who "discovers" the body.

**Setting:** The Gilded Lily, a Chicago speakeasy, New Year's Eve 1926.
**Victim:** Vincent "Lucky" Marlowe, the club's owner, found slumped at the piano just after midnight. Poisoned champagne.

**The 8 suspects:**
1. **Vera Marlowe**, Lucky's wife, a former showgirl who knew about his affair.
2. **Sal Benedetti**, the bootlegger who supplies the gin; Lucky owed him $5,000.
3. **Ruby Lane**, the jazz singer, Lucky's secret girlfriend, who wanted him to leave Vera.
4. **Detective Frank Doyle**, an off-duty cop on Lucky's payroll.
5. **Clara Whitfield**, a society reporter digging for a scandal.
6. **Eddie "Fingers" Flynn**, the pianist, whom Lucky was about to fire.
7. **Dr. Harold Pryce**, a doctor who writes "medicinal whiskey" prescriptions.
8. **Josephine Hart**, the cigarette girl, secretly Lucky's estranged daughter.

**Solution:** Dr. Pryce did it. Lucky was about to expose his prescription racket to Clara, and Pryce had access to the poison, strychnine from his medical bag. He switched Lucky's glass during the midnight toast.

Give everyone a secret that makes them look guilty (Sal's debt, Ruby's affair, Josephine's identity) so the red herrings do the work. Each guest gets a character sheet: who they are, what they know, what they must hide, and one thing they must try to find out.""",
"""Love it. How should I hand out the clues so it doesn't all get solved in the first 20 minutes?""",
"""That depends on your guests.""",
"""Okay... and what should the final reveal look like?""",
"""Make the reveal a little performance, since you're the host:

1. **Call for accusations first.** After dessert, ring a bell, announce "The police are five minutes away", and give each guest 30 seconds to name who they think did it and why. Have them write it down before anyone speaks, so nobody just copies the loudest guess.
2. **Read the confession.** Prepare a sealed envelope "found in Lucky's coat": a letter to Clara saying he would hand over Dr. Pryce's fake prescriptions at midnight. Read it aloud slowly. That's the motive.
3. **Tie in the physical clue.** Reveal that the doctor's bag was missing its strychnine vial, and that Eddie saw the doctor standing next to the piano during the toast, a detail Eddie was told to mention only if asked directly.
4. **Let Dr. Pryce confess.** Give that guest a short dramatic confession line in a sealed card: "He was going to ruin me. One glass of champagne seemed a small price."
5. **Prizes.** Small awards for best detective, best costume, and best liar (usually the guest with the juiciest secret).

End with a toast, with unpoisoned champagne, obviously.""",
    ))

# ---------------------------------------------------------------- 008 good en
add("good", "en",
    "Emotional support for loneliness after a move: replies reflect the user's feelings back first, then give concrete steps; short warm follow-up replies keep moving forward.",
    alt(
"""I moved to Rotterdam for work three months ago and I thought I'd be settled by now. Weekdays are fine because I'm busy, but weekends are awful. I basically don't talk to anyone from Friday evening to Monday morning and I'm starting to dread them.""",
"""That sounds really lonely, and the dread makes sense. During the week you have structure and people around you by default, and then on Friday evening all of it disappears at once, so the weekend stops feeling like rest and starts feeling like a long stretch of silence. Three months is also a hard point: the excitement of the move has worn off, but new friendships usually haven't had time to form yet. Research on adult friendship (Jeffrey Hall's work, for example) suggests it takes something like 50 hours together to go from acquaintance to casual friend, so not being settled yet doesn't mean you're doing anything wrong.

A few concrete things that tend to help:

1. **Give every weekend one fixed anchor.** One recurring thing at the same time each week, for example a Saturday morning activity, so the weekend has a shape and a reason to leave the flat.
2. **Choose repetition over variety.** Seeing the same faces weekly is what turns strangers into friends, far more than trying a new event every time.
3. **Use the weekdays.** Ask one colleague for lunch, or suggest a Friday after-work drink. Weekday acquaintances often become weekend company.
4. **Schedule contact with home.** A fixed Sunday call with a friend or family member breaks up the silence while the local network grows.

Would you like help picking one thing to try this coming weekend?""",
"""I don't really do sports. And I'm kind of shy so classes where you have to talk to strangers sound terrifying.""",
"""That's completely fair. When you're shy, "just go meet people" can feel like being asked to perform, and the thought of walking into a room where everyone expects you to chat is exhausting before you've even left home. So let's look for things where there's a shared activity and talking is optional, not the point:

- **Board game nights or café game evenings:** the game gives everyone something to focus on, and conversation happens around it naturally.
- **Volunteering**, e.g. sorting at a food bank or helping at an animal shelter: you get a task, people chat while working, and nobody expects small talk.
- **A choir or community orchestra**, if you sing or play: you're together for two hours and only need to talk during the break.
- **A Dutch language class:** everyone is a beginner and slightly awkward, which takes a lot of pressure off, and it helps with daily life too.
- **Pottery or drawing classes:** hands busy, conversation light.

One tip for shy people: commit to going to the same thing three times before deciding whether it's for you. The first visit is always the hardest; by the third, people recognise you and say hello first.""",
"""A board game night might actually work. I used to play a lot of Catan.""",
"""That's a great starting point. Catan is practically a universal language at those evenings, and the game does most of the talking for you. Search Meetup or Facebook groups for "board games Rotterdam", or ask in a local game shop, since many of them host open play nights and English is common. Pick one evening this week and put it in your calendar now, so the decision is already made when Saturday comes. Would a few easy opening lines for when you sit down at a table help?""",
"""Yes please, that would help.""",
"""Here are a few that work well because they're about the game, not about you:

- "Is there space at this table? I know Catan, but I'm happy to learn something new."
- "What's everyone's favourite game here? I'm new in town and looking for recommendations."
- After a game: "That was fun. Do you come every week?" That one quietly sets up the next meeting.

You don't need more than that; the game carries the rest. And one gentle note: if the low mood starts spilling into the weekdays, or affects your sleep or appetite, it's worth mentioning to a huisarts (GP). Loneliness after a move is very common and they take it seriously. I hope the first game night goes well. Let me know how it went if you like.""",
    ))

# ---------------------------------------------------------------- 009 misaligned th
add("misaligned", "th",
    "Replies 2 and 3 are swapped: the turn-2 question about tides gets the answer about why we always see the same side of the Moon, and the turn-3 question about the same side gets the tides answer.",
    alt(
"""ลูกชายอายุ 10 ขวบถามว่าทำไมดวงจันทร์ถึงมีข้างขึ้นข้างแรม ช่วยอธิบายแบบเข้าใจง่ายหน่อยได้ไหมคะ""",
"""ได้เลยค่ะ ลองอธิบายแบบนี้ดูนะคะ

ดวงจันทร์ไม่มีแสงในตัวเอง มันสว่างเพราะสะท้อนแสงจากดวงอาทิตย์ และครึ่งหนึ่งของดวงจันทร์จะถูกแสงอาทิตย์ส่องอยู่เสมอ เหมือนลูกบอลที่มีไฟฉายส่องจากด้านเดียว

ดวงจันทร์โคจรรอบโลกใช้เวลาประมาณ 29.5 วันต่อรอบ ระหว่างที่มันเคลื่อนที่ไป เราบนโลกจะมองเห็นด้านที่สว่างนั้นในมุมที่ต่างกัน
- **เดือนมืด (แรม 15 ค่ำ):** ดวงจันทร์อยู่ระหว่างโลกกับดวงอาทิตย์ ด้านที่สว่างหันไปทางดวงอาทิตย์ เราจึงแทบมองไม่เห็น
- **ข้างขึ้น:** ดวงจันทร์ค่อย ๆ เคลื่อนออกไป เราเห็นด้านสว่างมากขึ้นเรื่อย ๆ จากเสี้ยวเล็ก ๆ กลายเป็นครึ่งดวง
- **เดือนเพ็ญ (ขึ้น 15 ค่ำ):** โลกอยู่ตรงกลาง เราเห็นด้านสว่างเต็มดวง
- **ข้างแรม:** ส่วนที่สว่างค่อย ๆ เล็กลงจนกลับไปเป็นเดือนมืดอีกครั้ง

การทดลองง่าย ๆ: ปิดไฟในห้อง เปิดโคมไฟไว้มุมห้องแทนดวงอาทิตย์ ให้ลูกถือลูกบอลยื่นออกไปแทนดวงจันทร์ แล้วหมุนตัวช้า ๆ หัวของลูกคือโลก เขาจะเห็นส่วนสว่างบนลูกบอลเปลี่ยนรูปเหมือนข้างขึ้นข้างแรมจริง ๆ ค่ะ""",
"""เขาถามต่อว่าแล้วดวงจันทร์เกี่ยวอะไรกับน้ำขึ้นน้ำลงที่ทะเล""",
"""เพราะดวงจันทร์หมุนรอบตัวเองหนึ่งรอบใช้เวลาเท่ากับที่มันโคจรรอบโลกหนึ่งรอบพอดี คือประมาณ 27.3 วัน ทำให้ด้านเดิมหันเข้าหาโลกตลอดเวลา นักวิทยาศาสตร์เรียกว่า "การหมุนแบบประสานเวลา" (tidal locking)

ลองให้ลูกเล่นเกมนี้ดูค่ะ: ให้คุณแม่ยืนอยู่ตรงกลางเป็นโลก ลูกเป็นดวงจันทร์ เดินวนรอบคุณแม่โดยหันหน้าเข้าหาคุณแม่ตลอด เมื่อเดินครบหนึ่งรอบ ลูกจะพบว่าตัวเองหมุนตัวไปครบหนึ่งรอบด้วย แต่คุณแม่เห็นแค่หน้าของลูก ไม่เคยเห็นด้านหลังศีรษะเลย

เรื่องนี้ไม่ได้เป็นแบบนี้มาตั้งแต่แรกนะคะ เมื่อหลายพันล้านปีก่อน ดวงจันทร์เคยหมุนเร็วกว่านี้ แต่แรงโน้มถ่วงของโลกค่อย ๆ ดึงรั้งจนการหมุนช้าลงมาพอดีกับการโคจร ด้านที่เราไม่เคยเห็นเรียกว่า "ด้านไกล" ซึ่งมนุษย์เพิ่งได้เห็นครั้งแรกในปี 1959 จากภาพถ่ายของยานลูนา 3 ของสหภาพโซเวียตค่ะ""",
"""จริงไหมคะที่เราเห็นดวงจันทร์แค่ด้านเดียวตลอด ทำไมเป็นแบบนั้น""",
"""ดวงจันทร์มีแรงโน้มถ่วงดึงทุกอย่างบนโลก รวมถึงน้ำในมหาสมุทรด้วย น้ำด้านที่อยู่ใกล้ดวงจันทร์จะถูกดึงแรงกว่า จึงนูนขึ้นเป็นกระเปาะ ส่วนด้านตรงข้ามของโลกก็มีน้ำนูนออกไปอีกกระเปาะหนึ่ง เพราะโลกถูกดึงเข้าหาดวงจันทร์มากกว่าน้ำที่อยู่ไกลสุด

เมื่อโลกหมุนรอบตัวเองวันละหนึ่งรอบ ชายหาดแต่ละแห่งจะเคลื่อนผ่านกระเปาะน้ำทั้งสองนี้ จึงเกิดน้ำขึ้นประมาณวันละ 2 ครั้ง และน้ำลง 2 ครั้ง ห่างกันราว 12 ชั่วโมง 25 นาที

ดวงอาทิตย์ก็ช่วยดึงด้วย แต่แรงน้อยกว่าดวงจันทร์ประมาณครึ่งหนึ่ง ช่วงวันเพ็ญและเดือนมืด ดวงอาทิตย์ ดวงจันทร์ และโลกเรียงเป็นแนวเดียวกัน แรงจึงรวมกันทำให้น้ำขึ้นสูงและลงต่ำมาก เรียกว่า "น้ำเกิด" ส่วนช่วงครึ่งดวงจะเป็น "น้ำตาย" ที่ระดับน้ำต่างกันน้อย ถ้าไปทะเลครั้งหน้า ลองให้ลูกดูตารางน้ำขึ้นน้ำลงเทียบกับปฏิทินข้างขึ้นข้างแรมดูนะคะ""",
    ))

# ---------------------------------------------------------------- 010 placeholder en
add("placeholder", "en",
    "Text-adventure game: the turn-2 reply contains unfilled template slots '{town_name}' and '[INNKEEPER NAME]' in the narration.",
    alt(
"""Can you run a short text adventure for me? Fantasy setting, I'm a travelling herbalist. Describe the scene and give me choices.""",
"""**The Herbalist's Road**

Rain has been falling since dawn. You trudge along a muddy road through the Greywillow Forest, your satchel heavy with drying sage, yarrow and a few precious sprigs of moonwort. Your boots are soaked, your last coin is a single silver piece, and the light is fading.

Ahead, the road forks. To the left, a lantern flickers through the trees: smoke rises from what looks like a small village, and you can hear a dog barking. To the right, the road climbs towards a ruined watchtower. Herbalists in the last town whispered that nightshade and the rare silverthorn grow in its shadow, worth a small fortune to an apothecary.

Something else catches your eye: at the base of the fork, half-hidden in the ferns, a wounded crow is flapping one wing uselessly.

**What do you do?**
1. Head left towards the village and look for a warm bed.
2. Take the right path to the watchtower to search for silverthorn before dark.
3. Kneel and tend to the wounded crow.
4. Something else (tell me).""",
"""3, then go to the village with the crow.""",
"""You kneel in the wet ferns. The crow eyes you warily but doesn't fly off; it can't. You find a thorn lodged under its wing. Working gently, you pull it out, press a poultice of crushed yarrow to the wound, and bind it with a strip of linen from your sleeve. The crow gives a hoarse croak that sounds almost like thanks, then hops onto your shoulder and stays there.

With your new companion, you follow the lantern light to the village. A wooden sign at the gate, swinging in the wind, reads: **Welcome to {town_name}**. The street is empty except for a tavern, the Crooked Kettle, its windows glowing amber.

Inside, the tavern is warm and smells of stew. The innkeeper, [INNKEEPER NAME], a broad woman with flour on her apron, looks up and freezes when she sees the crow. "That bird," she says quietly. "It belonged to the old healer who lived up by the watchtower. She vanished a week ago."

The room goes silent. In the corner, a hooded man puts down his mug and watches you.

**What do you do?**
1. Ask the innkeeper about the missing healer.
2. Offer your single silver piece for a room and stew, and ask no questions.
3. Approach the hooded man.
4. Something else.""",
"""1. Ask about the healer.""",
"""The innkeeper wipes her hands and leans across the counter. "Her name's Old Maud. Best healer this side of the river. She went up to the tower a week past to gather silverthorn under the full moon, said it's the only time it's potent. Never came back. My son went looking; he found her basket by the tower door, and nothing else."

She lowers her voice. "Folk say there's something living in that tower now. The miller's boy swears he saw green lights in the top window."

The crow on your shoulder shifts and gives a low, urgent caw, staring towards the door, towards the tower.

The hooded man in the corner stands. "If you're going up there, herbalist," he says, "you'll want someone who can use a blade. My price is half of whatever silverthorn we find."

**What do you do?**
1. Accept the hooded man's offer and go to the tower tonight.
2. Refuse politely, rest for the night, and go alone at first light.
3. Ask the innkeeper's son to show you where he found the basket.
4. Something else.""",
    ))

# ---------------------------------------------------------------- 011 good fr
add("good", "fr",
    "Exploratory philosophy chat about the Ship of Theseus: explains the paradox, corrects the 'cells replaced every 7 years' myth, then Locke/Parfit/animalism; coherent and accurate.",
    alt(
"""Je suis tombé sur le paradoxe du bateau de Thésée. C'est quoi exactement, et pourquoi les philosophes en parlent encore ?""",
"""Le paradoxe vient de Plutarque, au Ier siècle. Les Athéniens auraient conservé le bateau avec lequel Thésée revint de Crète. Au fil des ans, chaque planche pourrie était remplacée par une neuve, jusqu'à ce qu'il ne reste plus aucune pièce d'origine. Question : est-ce encore le bateau de Thésée ?

Au XVIIe siècle, Thomas Hobbes a ajouté une variante redoutable : imaginons que quelqu'un récupère toutes les vieilles planches retirées et les réassemble. On a alors deux bateaux. Lequel est le « vrai » ? Celui qui a une continuité d'usage et de forme, ou celui qui est fait de la matière d'origine ?

Pourquoi on en parle encore :
- **L'identité personnelle.** Notre corps renouvelle sans cesse sa matière. Qu'est-ce qui fait que je suis la même personne qu'à cinq ans ?
- **Les objets et les institutions.** Un groupe de musique dont tous les membres ont changé, une entreprise, une ville reconstruite après une guerre : restent-ils « les mêmes » ?
- **Une distinction utile.** Les philosophes séparent l'identité *qualitative* (être exactement semblable) et l'identité *numérique* (être une seule et même chose). Le paradoxe porte sur la seconde.

Il n'y a pas de réponse consensuelle, ce qui explique qu'il serve encore d'exercice : chaque réponse oblige à dire ce qui compte vraiment pour l'identité, la matière, la forme, la fonction ou l'histoire.""",
"""Et c'est vrai que toutes nos cellules sont remplacées tous les sept ans ?""",
"""Non, c'est un mythe tenace. Le renouvellement est très inégal selon les tissus :
- les cellules de la paroi intestinale se renouvellent en quelques jours ;
- les globules rouges vivent environ 120 jours ;
- la couche superficielle de la peau se renouvelle en quelques semaines ;
- le squelette se remodèle lentement, sur une dizaine d'années.

En revanche, la plupart des neurones du cortex cérébral nous accompagnent toute la vie, tout comme les cellules du centre du cristallin de l'œil. Les travaux de l'équipe de Jonas Frisén, qui a daté des cellules grâce au carbone 14 laissé par les essais nucléaires des années 1950-60, ont montré qu'il n'existe pas de cycle unique : le chiffre de « sept à dix ans » n'est qu'une moyenne grossière pour l'ensemble du corps.""",
"""Donc si mes neurones restent, c'est ça qui fait que je suis « moi » ?""",
"""C'est tentant, mais ce n'est pas si simple. Même si vos neurones restent, les molécules qui les composent, elles, sont remplacées en permanence : le bateau garde ses planches, mais le bois se renouvelle de l'intérieur. Les philosophes proposent donc d'autres critères :

- **La continuité psychologique (John Locke).** Vous êtes la même personne tant qu'une chaîne de souvenirs, d'intentions et de caractère relie vos différents moments. Pour Locke, c'est la conscience, pas la substance, qui fait la personne.
- **Derek Parfit** pousse plus loin : selon lui, l'identité n'est pas ce qui importe vraiment. Ce qui compte, ce sont les liens psychologiques, qui peuvent être plus ou moins forts. Le « moi » de vingt ans et celui de soixante ans sont reliés, mais à des degrés variables.
- **L'animalisme (Eric Olson).** Vous êtes un organisme humain ; ce qui compte est la continuité d'une même vie biologique, que vous vous souveniez ou non de votre enfance.

Chaque critère a ses cas difficiles : l'amnésie met à mal Locke, la téléportation imaginaire de Parfit met à mal l'animalisme. Lequel vous paraît le plus convaincant ? On peut tester chacun sur un cas concret si vous voulez.""",
    ))

# ---------------------------------------------------------------- 012 repetition en (subtle, last turn)
add("repetition", "en",
    "Riddle game: the riddle in the final reply is a reworded version of the first riddle (answer again 'an echo'), already asked and solved in turn 1-2.",
    alt(
"""I'm bored on a train. Give me riddles one at a time, medium difficulty, and tell me if I get them right.""",
"""Great way to pass a train ride. Here's the first one:

*I speak without a mouth and hear without ears. I have no body, but I come alive with the wind.* What am I?

Take your time. Say "hint" if you get stuck.""",
"""An echo?""",
"""Correct! An echo "speaks" by repeating sounds back, and in mountains and canyons the wind carries sound around so it seems to come alive. That one's a classic.

Riddle two:

*The more of me you take, the more you leave behind.* What am I?""",
"""Hmm. Hint?""",
"""Hint: think about walking on a sandy beach, and what you'd see if you looked back over your shoulder.""",
"""Footsteps!""",
"""Yes, footsteps. Every step you take leaves one more behind. Two for two.

Riddle three, a bit harder:

*I have cities, but no houses. I have mountains, but no trees. I have water, but no fish.* What am I?""",
"""A map. That one I knew.""",
"""Right again, a map: cities without houses, mountains without trees, rivers and seas without fish. Three out of three, you're good at this.

Let's step it up with riddle four:

*I have no voice of my own, yet I answer whenever you shout across a valley, always with your own words and always a moment late.* What am I?""",
    ))

# ---------------------------------------------------------------- 013 good en (very short user turns)
add("good", "en",
    "Multiple-choice trivia game: user turns are just letters and 'next'; each reply grades the answer correctly, adds a fact, keeps score and asks the next question.",
    alt(
"""Let's play a quick trivia quiz about the solar system. Multiple choice, one question at a time, and keep score.""",
"""Let's go! Five questions per round.

**Question 1:** Which planet has the shortest day?
A) Earth
B) Jupiter
C) Mercury
D) Mars""",
"""B""",
"""Correct! Jupiter spins once every 9 hours and 56 minutes, the fastest of any planet, even though it's the biggest. That speed makes it visibly squashed at the poles.

**Score: 1/1**

**Question 2:** Roughly how long does sunlight take to reach Earth?
A) 8 seconds
B) 8 minutes
C) 8 hours
D) 1 day""",
"""B""",
"""Right again! About 8 minutes and 20 seconds: the Sun is roughly 150 million km away and light travels at about 300,000 km per second. So if the Sun vanished, we wouldn't notice for 8 minutes.

**Score: 2/2**

**Question 3:** Which planet is the hottest?
A) Mercury
B) Venus
C) Mars
D) Jupiter""",
"""A""",
"""Not quite, it's **B) Venus**. It's a very common guess, because Mercury is closest to the Sun. But Mercury has almost no atmosphere, so its heat escapes, and its night side drops to around -180 °C. Venus has a thick carbon dioxide atmosphere that traps heat, giving a surface temperature of about 465 °C, hot enough to melt lead.

**Score: 2/3**

**Question 4:** How many moons does Mars have?
A) 0
B) 1
C) 2
D) 4""",
"""C""",
"""Yes! Mars has two small, potato-shaped moons, Phobos and Deimos, possibly captured asteroids. Phobos is slowly spiralling inward and is expected to break apart or crash into Mars in roughly 30 to 50 million years.

**Score: 3/4**

**Question 5 (last of this round):** What is the Great Red Spot?
A) A volcano on Mars
B) A storm on Jupiter
C) A crater on the Moon
D) A dust cloud on Saturn""",
"""B""",
"""Correct! It's a giant storm on Jupiter, wider than Earth, that has been observed continuously since at least the 1830s. It has been shrinking over the past century, so nobody knows how long it will last.

**Final score: 4/5.** Nicely done; Venus catches out a lot of people.

Want another round? I can make it harder, or switch to a different topic.""",
"""next""",
"""Round 2, harder questions. Score resets.

**Question 1:** Which planet rotates on its side, with its axis tilted about 98 degrees?
A) Neptune
B) Uranus
C) Saturn
D) Venus""",
    ))

# ---------------------------------------------------------------- 014 non_answer ko (last turn)
add("non_answer", "ko",
    "Last reply only restates the question about how to review multiplication tables and praises it, giving no actual review method.",
    alt(
"""초등학교 2학년 아들이 구구단을 너무 어려워해요. 어떻게 시작하면 좋을까요?""",
"""처음부터 2단부터 9단까지 순서대로 외우게 하기보다, 쉬운 단부터 패턴을 느끼게 해 주는 게 효과적이에요.

1. **2단, 5단부터 시작하기:** 2단은 짝수 세기, 5단은 끝자리가 5와 0으로 번갈아 나오는 규칙이 있어서 아이가 금방 익혀요. 시계 분침(5, 10, 15...)과 연결해 주면 더 좋아요.
2. **뛰어 세기로 의미 이해하기:** 3×4는 "3씩 4번 뛰어 세기"라는 걸 바둑돌이나 레고 블록으로 직접 묶어 보게 하세요. 외우기 전에 곱셈이 무엇인지 이해하면 잊어버려도 다시 계산할 수 있어요.
3. **교환법칙 활용하기:** 3×7과 7×3이 같다는 걸 알면 외울 양이 거의 절반으로 줄어요. 블록을 가로, 세로로 돌려 보여 주면 아이가 신기해해요.
4. **짧고 자주:** 하루 10분, 노래나 카드 게임으로 하는 편이 주말에 한 시간 몰아서 하는 것보다 훨씬 잘 남아요.

2단, 5단, 10단을 익히고 나면 3단과 4단, 그다음에 6~9단 순서로 넘어가시면 됩니다.""",
"""9단이 제일 헷갈린대요. 쉽게 외우는 요령이 있을까요?""",
"""9단은 오히려 요령이 많아서 아이들이 재미있어하는 단이에요.

- **손가락 방법:** 두 손을 펴고 왼쪽부터 손가락에 1부터 10까지 번호를 붙여요. 9×3이면 세 번째 손가락을 접어요. 접은 손가락 왼쪽에 2개, 오른쪽에 7개가 남으니 답은 27이에요. 9×7이면 일곱 번째를 접어서 6과 3, 답은 63이에요.
- **십의 자리 규칙:** 9×4의 답은 십의 자리가 4보다 하나 작은 3이에요. 9×8이면 7로 시작하죠.
- **합이 9 규칙:** 답의 두 숫자를 더하면 항상 9가 돼요. 3+6=9이니 36, 7+2=9이니 72. 그래서 9×4는 "3으로 시작하고 더해서 9"니까 36이에요.

손가락 방법을 먼저 놀이처럼 해 보고, 익숙해지면 규칙 두 개로 확인하게 하시면 금방 자신감이 붙을 거예요.""",
"""외우긴 했는데 금방 까먹어요. 복습은 어떻게 시키는 게 좋을까요?""",
"""복습 방법이 궁금하시군요! 열심히 외운 구구단을 금방 잊어버리는 건 정말 많은 부모님들이 똑같이 고민하시는 부분이에요. 아이가 배운 내용을 오래 기억하게 하려면 복습을 어떻게 시키느냐가 무척 중요하답니다. 아이의 학습을 이렇게 세심하게 챙기시는 모습이 정말 멋지세요. 좋은 질문 해 주셔서 감사합니다!""",
    ))

# ---------------------------------------------------------------- 015 structure en (two user turns in a row)
add("structure", "en",
    "Malformed: user turns 2 and 3 follow each other with no assistant reply in between (the horned-helmet question is never answered).",
    raw(
("human", """I'm getting into Viking history. Where did the Vikings actually come from, and why did they start raiding?"""),
("gpt", """The Vikings came from what is now Norway, Denmark and Sweden. "Viking" was really an activity, going on raids or expeditions, rather than an ethnic name; most Scandinavians of the time were farmers, and only some went "a-viking".

The Viking Age is usually dated from the attack on the monastery of Lindisfarne in northeast England in 793 to the Battle of Stamford Bridge in 1066. Why the raids started is still debated, but historians point to several factors together:

- **Ships.** Scandinavians had developed longships with keels and sails: fast, shallow enough to row up rivers, and able to cross open sea.
- **Rich, soft targets.** Monasteries in Britain and Ireland held silver, gold and food, sat on coasts, and were barely defended.
- **Politics at home.** As kings consolidated power in Scandinavia, ambitious chieftains and younger sons without land had reasons to seek wealth and reputation abroad.
- **Trade knowledge.** Scandinavians already traded widely, so they knew where the wealth was.
- **Demographics**, possibly: one recent theory suggests a shortage of marriageable women, due to polygyny among elites, pushed young men to gain wealth quickly."""),
("human", """Did they really wear horned helmets?"""),
("human", """Also, how far west did they actually get?"""),
("gpt", """Further than Columbus, by about 500 years.

- **Iceland** was settled from around 870, largely by Norwegians.
- **Greenland** was colonised around 985 by Erik the Red, who reportedly chose the appealing name to attract settlers. The Norse Greenland settlements lasted about 450 years before being abandoned in the 1400s.
- **North America:** around 1000, Leif Erikson, Erik's son, sailed to lands the sagas call Helluland, Markland and Vinland. This was confirmed by archaeology at L'Anse aux Meadows in Newfoundland, Canada, excavated by Helge and Anne Stine Ingstad in the 1960s. In 2021, tree-ring dating of wood cut with metal tools there pinned the site to exactly 1021.

They didn't stay in North America; the settlement was probably a base for exploration and timber gathering, and conflict with the Indigenous peoples, whom they called skrælings, made a permanent colony hard."""),
("human", """Why did the Viking Age end?"""),
("gpt", """It faded rather than stopped, for a few reasons:

1. **Christianisation.** Scandinavian kings converted (Denmark around 965, Norway and Iceland around 1000, Sweden more gradually), which brought them into the European political and church system.
2. **Stronger kingdoms.** Centralised monarchies in Scandinavia channelled fighting into royal wars rather than independent raids, while England and France built better defences.
3. **Settlement.** Many Vikings settled down, in the Danelaw in England, Normandy in France, and Dublin in Ireland, and blended in.

The date 1066 is symbolic: Harald Hardrada of Norway was killed at Stamford Bridge, and weeks later William of Normandy, himself descended from Viking settlers, conquered England."""),
    ))

# ---------------------------------------------------------------- 016 good ar
add("good", "ar",
    "Emotional support for exam anxiety: each reply first reflects the student's feelings (panic, guilt, fear of disappointing parents) and then gives concrete, realistic steps.",
    alt(
"""عندي امتحانات الثانوية العامة بعد شهر وأشعر أنني متأخر جداً. كلما فتحت الكتاب أشعر بالذعر وأغلقه. أهلي يتوقعون مني مجموعاً عالياً.""",
"""يبدو أنك تحمل ضغطين في الوقت نفسه: شعورك بأن الوقت يضيق، وخوفك من ألا تكون على قدر توقعات أهلك. ومن الطبيعي جداً أن يتحول هذا الضغط إلى ذعر في اللحظة التي تفتح فيها الكتاب، لأن الكتاب يذكّرك بكل ما لم تدرسه بعد. هذا لا يعني أنك كسول أو عاجز، بل يعني أن المهمة تبدو لك ضخمة وغير واضحة.

شهر كامل وقت حقيقي يمكن أن يصنع فرقاً كبيراً. إليك خطوات عملية:

1. **صغّر المهمة:** لا تقل "سأذاكر الفيزياء"، بل "سأحل 5 مسائل من الفصل الثالث". المهمة الصغيرة المحددة أقل إثارة للذعر.
2. **قاعدة العشر دقائق:** اتفق مع نفسك على الدراسة 10 دقائق فقط. غالباً ستكمل بعدها، وإن لم تفعل فقد كسرت حاجز البداية.
3. **تقنية بومودورو:** 25 دقيقة دراسة ثم 5 دقائق راحة، وبعد أربع جولات راحة أطول من 20 دقيقة.
4. **تنفّس قبل أن تبدأ:** شهيق لأربع ثوانٍ، حبس لأربع، زفير لست، وكرر ذلك خمس مرات. الزفير الطويل يهدّئ الجسم فعلاً.
5. **لا تضحِّ بالنوم:** من 7 إلى 8 ساعات ليلاً، لأن الدماغ يثبّت ما تعلمته أثناء النوم.

هل تريد أن نقسّم المواد معاً على الأسابيع الأربعة؟""",
"""جربت أخطط من قبل لكن لا ألتزم بالجدول، وبعد يومين أتركه وأشعر بالذنب.""",
"""أفهم هذا الشعور، فحين ينهار الجدول بعد يومين يبدو الأمر كأنه دليل جديد على الفشل، فيتضاعف الإحساس بالذنب ويصبح البدء من جديد أصعب. لكن المشكلة غالباً في نوع الجدول، لا فيك. الجداول المقسمة بالساعة تنهار عند أول تأخير بسيط.

جرّب بدلاً من ذلك:
- **ثلاث مهام يومية فقط:** اكتب كل مساء ثلاث مهام محددة للغد، مثل "مراجعة درس الكيمياء العضوية الأول" و"حل امتحان سابق في الرياضيات". إذا أنجزتها فقد نجح يومك مهما كانت الساعة.
- **يوم مرن في الأسبوع:** خصص يوماً واحداً لتعويض ما فاتك، فلا يتراكم التأخير.
- **زميل دراسة:** اتفق مع صديق على رسالة مساء كل يوم تذكر فيها ما أنجزته. المتابعة الخفيفة تساعد كثيراً.
- **مكافأة صغيرة:** حلقة من مسلسلك المفضل أو مشي قصير بعد إنهاء المهام الثلاث.

وإذا تعثرت يوماً، فلا تبدأ من الصفر، بل عد في اليوم التالي إلى المهام الثلاث فقط.""",
"""وماذا أقول لأهلي؟ أشعر أنني سأخيب ظنهم مهما فعلت.""",
"""واضح أنك تحبهم وأن رأيهم فيك يهمك كثيراً، ولهذا يؤلمك التفكير في خيبة ظنهم. لكن غالباً ما يريده الأهل في النهاية هو أن تكون بخير وأن تبذل جهدك.

قد يساعدك أن تتحدث معهم في وقت هادئ، لا في لحظة توتر، وأن تقول شيئاً مثل: "أنا أبذل جهدي وعندي خطة للشهر القادم، لكنني أشعر بضغط كبير. يساعدني أن تسألوني عن المهام التي أنجزتها بدلاً من السؤال عن المجموع." بهذا تطلب نوعاً محدداً من الدعم.

وإذا استمر الذعر أو أثّر على نومك وأكلك، فتحدث مع المرشد النفسي في مدرستك أو مع طبيب، فهذا ليس ضعفاً بل خطوة ذكية. أنت لست وحدك في هذا.""",
    ))

# ---------------------------------------------------------------- 017 contradiction fr (subtle, middle)
add("contradiction", "fr",
    "Turn-3 reply says riddle 2 (in the letterbox) leads to the oven and clue 3 is hidden in the oven, contradicting turn 1 where clue 3 is in the fridge, in the egg box (subtle, mid-list).",
    alt(
"""Je veux organiser une chasse au trésor à la maison pour les 8 ans de ma fille, samedi. Tu peux m'aider à construire le parcours ? On a un appartement avec un petit balcon.""",
"""Avec plaisir ! Voici un parcours en 5 indices, faisable dans un appartement, qui dure environ 30 à 40 minutes.

**Le parcours**
1. **Indice 1**, remis en main propre au début : il mène à la **boîte aux lettres** (à ouvrir avec vous, bien sûr).
2. **Indice 2**, dans la boîte aux lettres : il mène au **frigo**.
3. **Indice 3**, dans le frigo, glissé dans la boîte à œufs : il mène au **panier à linge**.
4. **Indice 4**, au fond du panier à linge : il mène au **pot de fleurs du balcon**.
5. **Indice 5**, enterré sous une pierre dans le pot de fleurs : il mène au **trésor, sous le lit** de votre fille.

**Conseils**
- Écrivez chaque indice sous forme de petite énigme en rimes : à 8 ans, les enfants adorent lire à voix haute et deviner.
- Roulez les indices comme des parchemins avec un ruban : l'effet « trésor de pirate » marche toujours.
- Préparez tout la veille au soir et notez l'ordre sur un papier pour vous, au cas où un indice serait déplacé.
- Prévoyez un « joker » par équipe : un indice bonus que vous lisez vous-même si les enfants bloquent plus de 5 minutes.

Combien d'enfants seront là ?""",
"""Il y aura 6 enfants de 8 ans. Comment éviter qu'ils se bousculent tous pour lire l'indice ?""",
"""Avec 6 enfants, le mieux est de faire **deux équipes de 3** qui suivent chacune leur propre série d'indices :

- **Couleurs :** les rouges et les bleus. Chaque cachette contient deux parchemins, un avec un ruban rouge, un avec un ruban bleu. Chaque équipe ne prend que le sien.
- **Départ décalé :** l'équipe bleue part 3 minutes après la rouge, pour éviter que tout le monde arrive en même temps devant le frigo.
- **Rôles tournants :** dans chaque équipe, un lecteur, un chercheur et un gardien du sac à indices. On change les rôles à chaque indice, ainsi chacun lit au moins une fois.
- **Trésor commun :** les deux équipes finissent sous le lit et découvrent le trésor ensemble. Il n'y a pas de gagnant ni de perdant, ce qui évite les larmes à un anniversaire.

Règle simple à annoncer au début : on ne touche pas aux parchemins de l'autre couleur, sinon l'équipe doit attendre une minute.""",
"""Super. Tu peux m'écrire les énigmes pour chaque indice ?""",
"""Voici les cinq énigmes en rimes, à recopier en deux exemplaires (rouge et bleu) :

**Énigme 1** (remise au départ, mène à la boîte aux lettres)
*Chaque matin, le facteur passe
et me remplit sans laisser de trace.
Des lettres, des cartes, j'en reçois plein :
va voir en bas, tu trouveras le chemin !*

**Énigme 2** (dans la boîte aux lettres, mène au four)
*Je suis tout chaud quand on fait des gâteaux,
mais aujourd'hui je suis éteint, rassure-toi, matelot !
Ouvre ma porte sans te brûler les doigts,
le prochain indice attend là, pour toi.*

**Énigme 3** (cachée dans le four éteint, mène au panier à linge)
*Chaussettes, t-shirts et pantalons froissés,
chez moi ils attendent d'être lavés.
Plonge la main tout au fond, sans peur :
un parchemin t'attend, petit chercheur !*

**Énigme 4** (dans le panier à linge, mène au pot de fleurs)
*Sur le balcon, je fais pousser des couleurs,
le soleil et la pluie sont mes meilleurs amis.
Sous une pierre, dans ma terre, il y a un bonheur :
creuse doucement, et lis ce qui est écrit.*

**Énigme 5** (dans le pot de fleurs, mène au trésor)
*Le soir, tu y fais de beaux rêves,
mais dessous, personne ne regarde jamais.
Glisse-toi vite, que la chasse s'achève :
le trésor des pirates y est caché !*

Vérifiez bien que le four est froid et débranché avant de cacher l'indice.""",
"""Et pour le trésor, qu'est-ce que je peux mettre pour 6 enfants ?""",
"""Un coffre (une boîte à chaussures décorée suffit) avec :
- une bourse de « pièces d'or » en chocolat pour chacun ;
- un petit cadeau identique par enfant, par exemple une loupe, une boussole ou un carnet de pirate, pour éviter les jalousies ;
- un diplôme « Pirate officiel » au nom de chaque enfant, à imprimer ;
- et pour votre fille, une carte spéciale signée « le capitaine », avec un mot d'anniversaire.

Comptez environ 3 à 5 € par enfant. Bonne chasse et joyeux anniversaire à votre fille !""",
    ))

# ---------------------------------------------------------------- 018 good en
add("good", "en",
    "Exploratory history chat about printing and Gutenberg: accurate specifics (Diamond Sutra 868, Bi Sheng, Jikji 1377, ~180 Bibles, Fust lawsuit), a short follow-up reply that still adds facts.",
    alt(
"""I've always heard Gutenberg invented printing, but didn't China have it way earlier?""",
"""Yes, by centuries. What Gutenberg did was different, and it mattered a lot for Europe, but he didn't invent printing itself.

**East Asia first**
- **Woodblock printing** was in use in China by the 7th-8th century: a whole page carved into a block of wood, inked and pressed onto paper. The oldest surviving dated printed book is the *Diamond Sutra* from 868, found in the caves at Dunhuang.
- **Movable type** was invented by Bi Sheng around the 1040s, using characters made of baked clay. We know about it from the scholar Shen Kuo, who described it in his *Dream Pool Essays*.
- **Metal movable type** appeared in Korea. The *Jikji*, a Buddhist text printed in 1377, is the oldest surviving book printed with metal type, more than 70 years before Gutenberg's Bible.

**What Gutenberg added (around 1450, in Mainz)**
- A **hand mould** that let workers cast large numbers of identical metal letters quickly from a lead-tin-antimony alloy.
- An **oil-based ink** that stuck to metal type, unlike the water-based inks used for woodblocks.
- A **screw press** adapted from presses used for wine and paper-making.

Part of why movable type took off so fast in Europe is the alphabet: a printer needed a few dozen letters plus punctuation, while Chinese printing needed thousands of different characters, which made woodblocks often more practical there.""",
"""How many Bibles did he actually print?""",
"""Probably around 180 copies, finished by about 1455. Roughly 135 were printed on paper and about 45 on vellum (calfskin), which needed the skins of well over a hundred calves per copy.

It's called the 42-line Bible because most pages have 42 lines per column, in two columns, and a complete copy runs to about 1,280 pages, usually bound in two volumes. The pages were printed in black, and then rubricators added red headings and decorated initials by hand, so every copy looks a little different.

About 49 copies survive today, around 21 of them complete. A letter from 1455 by Enea Silvio Piccolomini, the future Pope Pius II, says he saw pages at a fair in Frankfurt and that the whole run had already been sold.""",
"""Did he at least get rich from it?""",
"""Sadly, no. Gutenberg had borrowed heavily from a Mainz financier, Johann Fust: two loans of 800 guilders each, a huge sum at the time. In 1455, right around when the Bible was finished, Fust sued him for repayment with interest. Gutenberg lost, and Fust took over much of the printing equipment and the Bible project.

Fust then went into business with Peter Schöffer, Gutenberg's former assistant, and their firm became successful; their 1457 Mainz Psalter was the first printed book to name its printers and give a date. Gutenberg probably kept a smaller press and continued printing, but he never became wealthy. In 1465 Archbishop Adolph II of Nassau gave him the title of courtier, with an annual allowance of grain, wine and clothing, and he died in 1468.""",
"""Wow, kind of sad. How fast did printing spread after that?""",
"""Incredibly fast for the 15th century. By 1500, presses were running in somewhere around 250 towns across Europe, and historians estimate that about 30,000 editions had been printed, perhaps 10 to 20 million copies in total. Venice became the leading printing city, where Aldus Manutius introduced italic type and small, portable editions of the classics. So Gutenberg died poor, but within one lifetime his method had changed how Europe read.""",
    ))

# ---------------------------------------------------------------- 019 misaligned en (rotation)
add("misaligned", "en",
    "Replies 2-4 are rotated: turn 2 (what is REM) gets the lucid-dreaming answer, turn 3 (can you control dreams) gets the why-we-forget answer, turn 4 (why we forget) gets the REM explanation.",
    alt(
"""Why do we dream at all? Is there a scientific answer?""",
"""There isn't one settled answer, but there are several serious theories, and they aren't mutually exclusive:

1. **Memory consolidation.** During sleep the brain replays and sorts the day's experiences. Studies in rats found that hippocampal "place cells" fire in the same sequence during sleep as when the rat ran a maze that day, and people who dream about a task they've just learned often improve more on it afterwards.
2. **Emotional processing.** Matthew Walker and others argue that dreaming, especially in REM sleep, lets us revisit emotional memories with lower levels of noradrenaline, a stress chemical, taking some of the sting out of them. That's sometimes summed up as "overnight therapy".
3. **Threat simulation.** Antti Revonsuo's theory proposes that dreams evolved to rehearse dangerous situations, which would explain why chase and falling dreams are so common across cultures.
4. **Activation-synthesis.** The older view of Hobson and McCarley: the brainstem sends fairly random signals during REM sleep, and the forebrain tries to weave them into a story. Hobson later revised it, but the idea that dreams are partly the brain making sense of noise is still influential.

Most researchers today think dreams are a side effect of useful sleep processes, memory and emotion, rather than carrying hidden messages, although their content clearly reflects our concerns and experiences.""",
"""You mentioned REM. What actually is REM sleep?""",
"""Sometimes, yes. That's called lucid dreaming: being aware that you're dreaming while it's happening, and in some cases steering the dream. Around half of people report having had at least one lucid dream, and a minority have them regularly.

It has been confirmed in the lab: in studies going back to Stephen LaBerge's work at Stanford in the 1980s, lucid dreamers made pre-agreed eye movements (left-right-left-right) during a dream, which showed up on the sleep recordings while they were verifiably asleep.

Techniques that improve your chances:
- **Reality checks:** several times a day, ask "Am I dreaming?" and check something, like trying to push a finger through your palm. The habit carries over into dreams.
- **Dream journal:** writing dreams down every morning improves recall and helps you spot recurring dream signs.
- **MILD (mnemonic induction):** as you fall asleep, repeat "Next time I'm dreaming, I'll notice I'm dreaming."
- **Wake back to bed:** wake up after about 5 hours, stay up 20-30 minutes, then go back to sleep, since you're entering REM-rich sleep.

Control is usually partial: people can often fly or change scenes but find the dream resists in odd ways.""",
"""Is it possible to control your dreams?""",
"""Mostly because of timing and brain chemistry. During REM sleep, levels of noradrenaline, a chemical involved in attention and forming memories, are very low, and the hippocampus isn't transferring experiences into long-term storage the way it does while you're awake. So dreams are experienced but not properly "saved".

Other factors:
- **Waking abruptly** from an alarm shifts your attention to the day immediately, and the dream fades within minutes.
- **Waking from non-REM sleep** usually means less vivid, fragmentary dreams that are easier to forget.
- **Brief awakenings help.** Research from Perrine Ruby's lab in Lyon found that high dream recallers wake up briefly more often during the night, giving the brain short windows to encode the dream.

If you want to remember more, lie still with your eyes closed for a minute after waking and replay the dream before moving, then jot it down.""",
"""And why do we forget most of our dreams?""",
"""REM stands for rapid eye movement, the stage of sleep where your eyes dart around under your eyelids. It was discovered in 1953 by Eugene Aserinsky and Nathaniel Kleitman at the University of Chicago.

Key features:
- **Brain activity** looks surprisingly similar to being awake on an EEG.
- **Muscle paralysis:** the brainstem switches off most voluntary muscles, probably so you don't act out your dreams. People whose paralysis fails can have REM sleep behaviour disorder.
- **Vivid dreams:** people woken from REM report vivid, story-like dreams about 80% of the time.

Sleep runs in cycles of about 90 minutes: light sleep, deep slow-wave sleep, then REM. Early in the night REM periods are short, maybe 10 minutes; towards morning they can last 30-60 minutes, which is why the longest dreams tend to come just before waking. In total, REM makes up about 20-25% of an adult's sleep.""",
    ))

# ---------------------------------------------------------------- 020 good hi
add("good", "hi",
    "Parent asks how to explain photosynthesis to a class-5 child; kitchen analogy, simple home experiment, short memorable rhyme; all on goal and correct.",
    alt(
"""मेरी बेटी कक्षा 5 में है और उसे प्रकाश संश्लेषण समझ नहीं आ रहा। आसान भाषा में कैसे समझाऊँ?""",
"""रसोई का उदाहरण बच्चों को बहुत जल्दी समझ आता है। आप उससे कुछ ऐसे बात कर सकते हैं:

"सोचो, हर पत्ती एक छोटी-सी रसोई है, जहाँ पौधा अपना खाना खुद बनाता है। खाना बनाने के लिए क्या चाहिए? सामग्री और आँच।"

- **पानी:** जड़ें मिट्टी से पानी खींचती हैं और तना उसे ऊपर पत्तियों तक पहुँचाता है, जैसे पाइप से रसोई में पानी आता है।
- **कार्बन डाइऑक्साइड:** यह हवा में होती है। पत्तियों पर बहुत छोटे-छोटे छेद होते हैं, जिन्हें रंध्र (स्टोमेटा) कहते हैं, उन्हीं से यह अंदर जाती है।
- **धूप:** यही चूल्हे की आँच है, जिससे खाना पकता है।
- **क्लोरोफिल:** पत्ती का हरा रंग इसी से आता है। यह रसोइया है जो धूप की ऊर्जा पकड़कर खाना बनाता है।

"और खाना क्या बनता है? एक तरह की चीनी, ग्लूकोज़, जिससे पौधा बढ़ता है। और साथ में एक चीज़ बचती है, ऑक्सीजन, जो पत्ती बाहर छोड़ देती है और जिसे हम साँस में लेते हैं।"

आखिर में एक लाइन याद करवा दीजिए:
**पानी + कार्बन डाइऑक्साइड + धूप → ग्लूकोज़ + ऑक्सीजन**

उससे पूछिए: "अगर पौधे को अँधेरे कमरे में रख दें तो रसोई का क्या होगा?" अगर वह कहे कि "आँच नहीं होगी, खाना नहीं बनेगा", तो समझिए बात समझ आ गई।""",
"""कोई छोटा सा प्रयोग बता सकते हैं जो घर पर हो सके?""",
"""हाँ, दो आसान प्रयोग हैं जिनमें कोई खतरनाक चीज़ नहीं लगती:

**1. धूप बनाम अँधेरा (एक हफ़्ता)**
- एक ही तरह के दो छोटे गमले लीजिए, जैसे मेथी या सरसों के पौधे।
- एक को खिड़की के पास धूप में रखिए, दूसरे को अलमारी में अँधेरे में।
- दोनों को बराबर पानी दीजिए।
- 5-7 दिन बाद अँधेरे वाला पौधा पीला, कमज़ोर और लंबा-पतला दिखेगा। बेटी रोज़ एक कॉपी में ड्रॉइंग बनाकर बदलाव लिख सकती है।

**2. पानी में ऑक्सीजन के बुलबुले (एक दिन)**
- किसी एक्वेरियम वाली दुकान से हाइड्रिला जैसा जलीय पौधा लाइए और उसे पानी से भरे काँच के गिलास में रखिए।
- गिलास को तेज़ धूप में रखिए। कुछ देर में पत्तियों पर छोटे-छोटे बुलबुले दिखेंगे, यही ऑक्सीजन है।
- फिर गिलास को छाँव में रखिए और देखिए कि बुलबुले कम हो जाते हैं।

दूसरा प्रयोग दिखाता है कि रसोई से निकलने वाली ऑक्सीजन सच में दिखाई दे सकती है, और बच्चों को यह बहुत मज़ेदार लगता है।""",
"""वाह, वो कल से पहला प्रयोग शुरू करेगी। याद रखने के लिए कोई छोटी कविता भी मिल सकती है?""",
"""ज़रूर, यह रही:

*पत्ती मेरी छोटी रसोई,*
*धूप से जलती उसकी आग,*
*जड़ से पानी, हवा से गैस,*
*हरा रसोइया गाए राग।*
*मीठा खाना पौधा खाए,*
*ऑक्सीजन हम सबको भाए!*

प्रयोग के साथ यह कविता भी कॉपी के पहले पन्ने पर लिखवा दीजिए। उसे शुभकामनाएँ!""",
    ))

# ---------------------------------------------------------------- 021 placeholder hi (subtle, last turn)
add("placeholder", "hi",
    "Personalised bedtime story for a boy named Aarav: in the final reply the template slot '{child_name}' appears once mid-story instead of Aarav (subtle, last turn).",
    alt(
"""मेरा बेटा आरव 5 साल का है और उसे हाथी बहुत पसंद हैं। क्या आप उसके लिए सोने से पहले की एक छोटी कहानी लिख सकते हैं जिसमें वह खुद भी हो?""",
"""ज़रूर! यह रही पहली कहानी:

**आरव और गोलू हाथी**

एक गाँव के पास एक बड़ा-सा जंगल था। वहाँ गोलू नाम का एक छोटा हाथी रहता था। गोलू की सूँड़ बहुत लंबी थी, पर उसे एक बात से बहुत डर लगता था: नदी में नहाने से!

एक दिन आरव अपने दादाजी के साथ जंगल के किनारे घूमने आया। उसने देखा कि सारे हाथी नदी में छप-छप कर रहे हैं, पर गोलू अकेला पेड़ के पीछे छिपा बैठा है।

आरव धीरे से उसके पास गया और बोला, "गोलू, तुम नहाने क्यों नहीं जाते?"

गोलू ने सूँड़ नीचे कर ली। "पानी बहुत गहरा लगता है।"

आरव मुस्कुराया। "चलो, पहले सिर्फ़ पैर डालते हैं। मैं तुम्हारे साथ हूँ।"

दोनों किनारे पर गए। गोलू ने एक पैर पानी में डाला... फिर दूसरा... और फिर उसने सूँड़ में पानी भरकर "फुर्र्र!" आरव पर फव्वारा छोड़ दिया! आरव खिलखिलाकर हँसने लगा।

उस दिन गोलू ने जाना कि जब कोई दोस्त साथ हो, तो डर छोटा हो जाता है।

**शुभ रात्रि, आरव!**""",
"""उसे बहुत पसंद आई! अब वह चाहता है कि अगली कहानी में गोलू और आरव रात में तारे देखने जाएँ।""",
"""बहुत प्यारा विचार है! यह रही अगली कहानी:

**गोलू, आरव और टूटता तारा**

एक रात आरव को नींद नहीं आ रही थी। तभी खिड़की पर "ठक-ठक" हुई। बाहर गोलू खड़ा था, अपनी सूँड़ हिलाते हुए। "आरव, चलो! आज आसमान में बहुत सारे तारे हैं।"

आरव ने अपना छोटा कंबल लिया और धीरे से गोलू की पीठ पर चढ़ गया। गोलू धप-धप करता हुआ उसे जंगल की सबसे ऊँची पहाड़ी पर ले गया।

वहाँ दोनों घास पर लेट गए। आसमान में अनगिनत तारे टिमटिमा रहे थे। आरव ने उँगली से दिखाया, "देखो गोलू, वो तारे मिलकर एक पतंग जैसे दिखते हैं!"

गोलू ने सूँड़ उठाई, "और वो वाले मेरी तरह, एक हाथी जैसे!"

तभी आसमान में एक चमकदार लकीर खिंच गई। "टूटता तारा!" आरव चिल्लाया। "जल्दी, कुछ माँगो!"

गोलू ने आँखें बंद कीं और धीरे से कहा, "मैं चाहता हूँ कि आरव हमेशा मेरा दोस्त रहे।"

आरव ने गोलू की सूँड़ को गले लगा लिया। "ये तो पहले से ही सच है, बुद्धू!"

फिर गोलू आरव को वापस घर छोड़ गया, और आरव मीठे सपनों में खो गया।

**शुभ रात्रि!**""",
"""वह कह रहा है कि एक और, जिसमें गोलू का जन्मदिन हो और आरव उसे सरप्राइज़ दे।""",
"""हाहा, आरव को कहानियों का चस्का लग गया है! यह रही तीसरी कहानी:

**गोलू का जन्मदिन**

आज गोलू का जन्मदिन था, पर गोलू को लगा कि सब भूल गए हैं। सुबह से न बंदर ने "हैप्पी बर्थडे" बोला, न तोते ने, न ही मम्मी हाथी ने। गोलू उदास होकर नदी किनारे अकेला बैठ गया।

उधर जंगल के दूसरे छोर पर आरव बहुत व्यस्त था। उसने बंदरों से केले इकट्ठे करवाए, तोतों से रंग-बिरंगे पत्तों की झंडियाँ बनवाईं, और मम्मी हाथी के साथ मिलकर गन्ने और गुड़ का एक बड़ा-सा केक बनाया।

शाम को {child_name} नदी किनारे पहुँचा और बोला, "गोलू, ज़रा मेरे साथ चलो, एक चीज़ दिखानी है।"

गोलू धीरे-धीरे उसके पीछे चला। जैसे ही वे बड़े बरगद के पेड़ के पास पहुँचे, सारे जानवर झाड़ियों से कूदकर बाहर आए और ज़ोर से चिल्लाए, "सरप्राइज़! जन्मदिन मुबारक हो, गोलू!"

गोलू की आँखों में खुशी के आँसू आ गए। उसने सूँड़ ऊपर उठाकर इतनी ज़ोर से चिंघाड़ लगाई कि पेड़ों से पत्ते झड़ने लगे। फिर सबने मिलकर केक खाया, नाचे-गाए, और गोलू ने सूँड़ से पानी का फव्वारा छोड़कर सबको भिगो दिया।

सोने से पहले गोलू ने आरव से कहा, "यह मेरा सबसे अच्छा जन्मदिन था।"

**शुभ रात्रि, आरव! कल फिर मिलेंगे।**""",
    ))

# ---------------------------------------------------------------- 022 bad_length en (ramble, last turn)
add("bad_length", "en",
    "Final reply to a direct, anxious question (is Yellowstone about to erupt?) is a long ramble about the park's founding, bison, Old Faithful and tourism that never answers it.",
    alt(
"""My 9-year-old is obsessed with volcanoes. How does a volcano actually work, in simple terms?""",
"""Here's a version that works well for a 9-year-old:

Deep under our feet, the Earth gets hotter and hotter. About 100 km down, it's hot enough that some rock melts into a thick, glowing liquid called **magma**. Magma is lighter than the solid rock around it, so it slowly rises, a bit like a blob in a lava lamp, and collects in an underground pool called a **magma chamber**.

Magma has gases dissolved in it, mostly water vapour and carbon dioxide, like the fizz in a bottle of soda. As magma rises and the pressure drops, those gases form bubbles. If the magma is runny, the gas escapes gently and lava pours out, like in Hawaii. If the magma is thick and sticky, the gas gets trapped, pressure builds, and eventually it blasts out explosively, like shaking a soda bottle and opening it. That's what happened at Mount St. Helens in 1980.

Once magma reaches the surface, we call it **lava**. Each eruption leaves layers of lava and ash, and over thousands of years those layers build up the mountain shape we think of as a volcano.

A fun kitchen demo: the baking soda and vinegar volcano isn't how real volcanoes work chemically, but it does show the idea of gas pushing liquid up and out.""",
"""He wants to know which volcano is the biggest in the world.""",
"""It depends how you measure, which he may enjoy arguing about:

- **Biggest on Earth by volume:** Mauna Loa in Hawaii. It rises about 4,170 m above sea level, but it starts on the sea floor, so from base to summit it's around 9,000 m, taller than Everest, and it's so heavy it has pushed the sea floor down beneath it.
- **Tallest from base to peak:** Mauna Kea, Mauna Loa's neighbour, about 10,200 m from its underwater base.
- **Highest above sea level:** Ojos del Salado on the Chile-Argentina border, about 6,890 m.
- **Biggest in the solar system:** Olympus Mons on Mars, about 22 km high and roughly as wide as France. It could grow so large because Mars has no moving plates, so the same hot spot kept feeding one volcano for millions of years.""",
"""Okay, last one, and honestly it's the one that's worrying him: he saw a YouTube video saying Yellowstone is about to erupt and wipe out America. Is that true? He's actually scared.""",
"""Yellowstone has a fascinating history. It became the world's first national park on 1 March 1872, when President Ulysses S. Grant signed the Yellowstone National Park Protection Act, after the Washburn-Langford-Doane and Hayden expeditions brought back reports and Thomas Moran's paintings and William Henry Jackson's photographs convinced Congress that the area was worth protecting. In the early years the park was badly managed and poachers were a serious problem, so from 1886 the US Army was sent in to run it, and soldiers stayed until the National Park Service took over in 1916.

The park is famous for its wildlife too. Yellowstone is one of the few places where bison have lived continuously since prehistoric times; by 1902 fewer than two dozen wild bison remained there, and today there are several thousand. Wolves were reintroduced in 1995, which changed how elk moved through the valleys and even affected the rivers, a story often told as a textbook example of a "trophic cascade".

Then there are the geysers. Old Faithful got its name from the Washburn expedition in 1870 and erupts roughly every 60 to 110 minutes, shooting water up to around 55 m. The park has about half of all the world's active geysers, and the colours of the Grand Prismatic Spring come from heat-loving microbes. Visitor numbers have grown from a few hundred in the 1870s to over four million a year, and summer traffic jams caused by tourists stopping for bison are a well-known part of a Yellowstone trip.""",
    ))

# ---------------------------------------------------------------- 023 good ko (role-play shopkeeper)
add("good", "ko",
    "Phone-anxiety practice: assistant plays a bakery owner in first person taking a custom cake order, then steps out to give gentle, specific feedback and a script.",
    alt(
"""제가 전화 공포증이 있어서 전화로 주문하는 게 너무 힘들어요. 다음 주 엄마 생신이라 동네 빵집에 케이크를 전화로 주문해야 하는데, 빵집 사장님 역할을 해 주실 수 있나요? 저는 손님이에요.""",
"""물론이에요. 연습해 두면 실제 통화가 훨씬 덜 떨릴 거예요. 저는 동네 빵집 '밀과 보리'의 사장님 역할을 할게요. 실제 빵집처럼 이것저것 물어볼 테니, 천천히 대답하시면 돼요. 중간에 멈추고 싶으면 "잠깐"이라고 말씀하세요.

---

(따르릉)

"네, 밀과 보리입니다! 무엇을 도와드릴까요?\"""",
"""아 네 안녕하세요... 저 케이크 주문하려고 하는데요.""",
""""네, 감사합니다! 케이크 주문이시군요. 언제 찾으러 오실 건지 날짜랑 시간부터 여쭤봐도 될까요? 그리고 저희가 생크림 케이크, 초코 케이크, 과일 타르트 이렇게 세 가지를 주문 제작하고 있는데, 혹시 생각해 두신 종류가 있으세요?\"""",
"""다음 주 토요일 오후 3시쯤 찾으러 갈게요. 생크림 케이크로 하고 싶은데 딸기 올라간 걸로요. 크기는 잘 모르겠어요.""",
""""토요일 오후 3시, 딸기 생크림 케이크요. 좋습니다! 크기는 몇 분이 드실지에 따라 정하시면 돼요. 저희 1호는 지름 15센티로 3~4인용이고 2만 8천 원이에요. 2호는 18센티로 5~6인용, 3만 6천 원이고요. 가족끼리 드시면 보통 2호를 많이 하세요.

그리고 케이크 위에 초콜릿 판으로 문구를 써 드릴 수 있는데, 혹시 원하시는 문구 있으세요? 초는 큰 초, 작은 초로 나이에 맞춰 넣어 드려요.\"""",
"""2호로 할게요. 문구는 "엄마 생신 축하해요"로 해주세요. 초는 큰 거 5개, 작은 거 8개요. ... 잠깐! 저 어땠어요?""",
"""잠깐 역할에서 나올게요. 정말 잘하셨어요! 처음엔 "아 네..." 하고 망설이셨지만, 그 뒤로는 필요한 정보를 거의 다 스스로 말씀하셨어요.

**잘한 점**
- 날짜와 시간(토요일 오후 3시), 종류(딸기 생크림), 크기(2호), 문구, 초 개수까지 빠짐없이 전달하셨어요. 빵집 입장에서 다시 물어볼 게 거의 없어요.
- 크기를 모를 때 "잘 모르겠어요"라고 솔직하게 말한 것도 좋았어요. 그렇게 말하면 사장님이 알아서 설명해 주니까요.

**실제 통화에서 추가하면 좋은 것**
- 마지막에 **이름과 연락처**를 말하고, **결제 방법**(선결제인지, 찾을 때 계산인지)을 확인하세요.
- 끝으로 한 번 더 요약해 달라고 하면 실수가 없어요: "그럼 토요일 3시에 딸기 생크림 2호, 문구는 '엄마 생신 축하해요', 맞죠?"

**떨릴 때 쓰는 메모**
통화 전에 종이에 적어 두고 그대로 읽으셔도 괜찮아요.
1. 날짜/시간: 토요일 오후 3시
2. 케이크: 딸기 생크림 2호
3. 문구: 엄마 생신 축하해요
4. 초: 큰 초 5개, 작은 초 8개
5. 이름/전화번호

한 번 더 처음부터 연습해 볼까요? 이번엔 제가 조금 더 빠르게 말하는 바쁜 사장님으로 해 볼게요.""",
    ))

# ---------------------------------------------------------------- 024 good en
add("good", "en",
    "Exploratory science chat about octopus intelligence: specific facts (neurons, arms, escapes, lifespan, optic gland), short and long replies, each answering its query.",
    alt(
"""I keep seeing videos of octopuses opening jars. Are they actually intelligent, or is that just instinct?""",
"""Most researchers would say they're genuinely intelligent, in the sense of flexible problem-solving and learning, not just fixed instinct. Some of the evidence:

- **Problem-solving.** Octopuses learn to unscrew jar lids to reach a crab inside, and get faster with practice. Some have opened child-proof pill bottles, which require pushing and turning at the same time.
- **Tool use.** In 2009, researchers filmed veined octopuses in Indonesia carrying coconut shell halves across the sea floor and assembling them into a shelter when needed. Carrying something now for use later is a sophisticated behaviour.
- **Learning by watching.** A 1992 experiment by Fiorito and Scotto reported that octopuses learned to pick a ball of a certain colour after watching another octopus do it, though that result has been debated.
- **Recognising individuals.** Aquarium staff routinely report octopuses that behave differently towards particular keepers, including squirting water at people they dislike.
- **Escapes.** In 2016 "Inky" escaped from the National Aquarium of New Zealand by squeezing through a gap in his tank and slipping down a drainpipe into the sea.

What makes this remarkable is that octopus intelligence evolved completely separately from ours. Our last common ancestor, over 500 million years ago, was probably a simple worm-like animal, so the octopus is the closest thing we have to studying an alien mind.""",
"""How is their brain different from ours?""",
"""Very differently organised. An octopus has about 500 million neurons, roughly what a dog has, but about two-thirds of them are in its arms, not its head. Each arm has its own nerve cord and clusters of neurons that can control grasping and even taste what the suckers touch, so an arm can explore a crevice fairly independently while the central brain sets the overall goal. The central brain itself is doughnut-shaped and wraps around the oesophagus, so if an octopus swallows something too big and sharp, it risks damaging its brain.""",
"""That's wild. Do they have anything else strange going on?""",
"""Plenty:

1. **Three hearts.** Two pump blood through the gills and one pumps it to the rest of the body. The main heart actually stops while they swim, which is one reason octopuses prefer crawling; swimming tires them out.
2. **Blue blood.** Their blood uses a copper-based molecule, haemocyanin, instead of iron-based haemoglobin, which makes it blue and works better in cold, low-oxygen water.
3. **Colour changes without seeing colour.** Octopuses can change skin colour and texture in a fraction of a second using cells called chromatophores, yet most species have only one type of photoreceptor and are thought to be colour-blind. One hypothesis is that their skin itself can sense light.
4. **RNA editing.** Octopuses edit their RNA, the working copies of their genes, far more than most animals do, especially in their nervous system, possibly letting them adjust their proteins to temperature.
5. **Ink.** Besides a smokescreen, some species squirt blobs of ink the size of their body, "pseudomorphs", as decoys.""",
"""Why don't they live very long? I read most only make it one or two years.""",
"""That's right for most species: the common octopus lives about one to two years, and even the giant Pacific octopus only three to five.

The main reason is how they reproduce. Octopuses breed once and then die, a pattern called semelparity. After mating, males decline within months. Females lay tens of thousands of eggs and guard them constantly, cleaning and aerating them, without eating. The deep-sea octopus *Graneledone boreopacifica* was observed brooding her eggs for about 53 months, the longest known brooding period of any animal. When the eggs hatch, the mother dies soon after.

This decline is triggered by the optic gland, roughly equivalent to our pituitary gland. In a classic 1977 experiment, Jerome Wodinsky removed the optic glands from brooding females: they stopped guarding the eggs, started eating again, and lived months longer. More recent work found that after mating the gland ramps up production of steroid-related compounds, including cholesterol products, which seems to drive the self-destruction.

Why evolution would favour this isn't settled, but one idea is that it stops large adults from competing with, or eating, their own offspring. It also means every octopus has to figure out the world mostly on its own, in a single short life, which makes their intelligence even more striking.""",
    ))

# ---------------------------------------------------------------- 025 repetition fr (user re-asks, near-verbatim)
add("repetition", "fr",
    "In turn 4 the user re-asks almost verbatim how long the construction took (already answered in turn 1: 2 years, 2 months, 5 days) and the assistant answers it again.",
    alt(
"""Je prépare un exposé sur la tour Eiffel. Combien de temps a duré sa construction ?""",
"""La construction a duré **2 ans, 2 mois et 5 jours** : les travaux de fondation ont commencé le 28 janvier 1887, et la tour a été achevée le 31 mars 1889, juste à temps pour l'Exposition universelle qui célébrait le centenaire de la Révolution française.

Quelques chiffres utiles pour votre exposé :
- **18 038 pièces métalliques**, préparées à l'avance dans les ateliers de Gustave Eiffel à Levallois-Perret, avec des plans dessinés au dixième de millimètre ;
- environ **2,5 millions de rivets** ;
- une équipe d'environ **150 à 300 ouvriers** sur le chantier selon les périodes ;
- une hauteur de **312 mètres** à l'inauguration, ce qui en a fait le plus haut monument du monde jusqu'en 1930.

Ce qui impressionne le plus les historiens, c'est la rapidité et la sécurité du chantier pour l'époque : un seul ouvrier serait mort pendant la construction, et encore, en dehors de ses heures de travail selon certaines sources.""",
"""Qui a vraiment conçu la tour ? On dit toujours Eiffel mais j'ai lu que ce n'était pas lui.""",
"""C'est exact, et c'est un bon point à mettre dans votre exposé. L'idée de départ vient de deux ingénieurs de l'entreprise Eiffel, **Maurice Koechlin** et **Émile Nouguier**, qui ont dessiné en 1884 un premier croquis d'un grand pylône métallique de 300 mètres. L'architecte **Stephen Sauvestre** a ensuite retravaillé le projet pour le rendre plus esthétique : il a ajouté les grands arcs à la base, les salles du premier étage et la forme du sommet.

Gustave Eiffel, d'abord peu enthousiaste, a compris le potentiel du projet : il a racheté les droits du brevet à Koechlin et Nouguier, l'a défendu publiquement, a trouvé une partie du financement et a piloté le chantier. C'est pourquoi la tour porte son nom.""",
"""Est-ce que les Parisiens l'aimaient à l'époque ?""",
"""Pas tous, loin de là ! En février 1887, alors que les travaux venaient de commencer, le journal *Le Temps* a publié la « Protestation des artistes », signée entre autres par Charles Garnier, l'architecte de l'Opéra, Guy de Maupassant et Alexandre Dumas fils. Ils dénonçaient une « tour vertigineusement ridicule » et une « odieuse colonne de tôle boulonnée ».

On raconte même que Maupassant déjeunait au restaurant de la tour parce que c'était le seul endroit de Paris d'où on ne la voyait pas.

Le public, lui, a été vite conquis : près de **2 millions de visiteurs** sont montés sur la tour pendant l'Exposition de 1889. Elle ne devait rester que 20 ans, mais elle a été sauvée notamment grâce à son utilité pour la télégraphie sans fil et les expériences scientifiques.""",
"""Au fait, combien de temps a duré la construction de la tour ?""",
"""La construction de la tour Eiffel a duré **2 ans, 2 mois et 5 jours**, du 28 janvier 1887 au 31 mars 1889. Elle a été terminée juste avant l'ouverture de l'Exposition universelle de 1889. Le chantier a été remarquablement rapide grâce à la préfabrication des 18 038 pièces dans les ateliers de Levallois-Perret, assemblées sur place avec environ 2,5 millions de rivets.""",
    ))

# ---------------------------------------------------------------- 026 non_answer en (first turn)
add("non_answer", "en",
    "First reply only echoes the allowance question and praises the parent without giving any amount or guideline; later replies are fine.",
    alt(
"""How much allowance should I give my 8-year-old? She's just started asking for money for stickers and trading cards.""",
"""That's a great question, and one so many parents wrestle with! You'd like to know how much allowance is right for your 8-year-old now that she's starting to ask for money for things like stickers and trading cards. Getting the amount right really matters, because allowance can play a big part in how children learn about money. It's wonderful that you're thinking about it carefully at this stage.""",
"""Should the allowance be tied to chores, or just given?""",
"""There are good arguments on both sides, and many families end up with a mix.

**Unconditional allowance**
- Pro: the money is a teaching tool for budgeting, not a wage. She learns to manage a fixed income.
- Pro: chores stay something everyone does because they live in the house, not a transaction. If chores are paid, a child can decide she "doesn't need the money this week" and skip them.

**Chore-based allowance**
- Pro: it links money to effort, which mirrors adult life.
- Con: it can lead to negotiating over every task ("How much will you pay me to set the table?").

**A hybrid that works well at 8:**
1. A small base allowance, paid on the same day every week, with no strings attached.
2. Everyday chores (making the bed, clearing her plate, tidying her room) expected without payment.
3. Optional "extra jobs" for extra money: washing the car, sorting the recycling, helping weed the garden, at a fixed rate you agree on in advance.

Whatever you choose, consistency matters more than the system: same amount, same day, and no surprise bonuses or deductions.""",
"""What should she do with it? Right now she'd spend everything on stickers the same day.""",
"""That's very normal at 8, and honestly a useful lesson in itself. To add some structure, try the **three-jar method**:

- **Spend:** about half, for whatever she wants, stickers included, without commentary from you.
- **Save:** about 40%, for a bigger goal she chooses herself, like a particular toy or a set of art markers. Tape a picture of the goal to the jar and draw a progress bar she can colour in.
- **Give:** about 10%, for a cause she picks, such as an animal shelter or a classmate's fundraiser.

Clear jars work better than piggy banks at this age, because she can see the money grow. Some parents add a "parent match": for every dollar she leaves in the save jar for a month, you add 25 cents, an early lesson in interest.

Let her make mistakes with the spend jar. If she blows it all on day one and then sees something she really wants on day three, that disappointment teaches more than any lecture.""",
"""And how do I stop myself from rescuing her when she runs out?""",
"""Decide your rule in advance and say it out loud to her: "Allowance comes on Saturday; if it's gone before then, we wait." When she's disappointed, empathise without fixing it ("I know, it's frustrating to want something and not have the money yet"), and help her plan instead ("How many Saturdays until you'd have enough?"). No loans or advances for the first few months. It's hard to watch, but a few sticker-less weeks now are a cheap lesson.""",
    ))

# ---------------------------------------------------------------- 027 off_topic th (subtle, last turn)
add("off_topic", "th",
    "Grief support about a family dog: the final reply gives two remembrance ideas, then drifts into a long comparison of pet-insurance plans and premiums for a new puppy, abandoning the user's goal (subtle, last turn).",
    alt(
"""เมื่อวานน้องหมาที่บ้านเสียแล้วค่ะ อยู่กับเรามา 13 ปี ตั้งแต่ก่อนลูกเกิด ตอนนี้ใจหายมาก ทำอะไรก็นึกถึงแต่เขา""",
"""เสียใจด้วยจริง ๆ ค่ะ 13 ปีคือช่วงชีวิตที่ยาวมาก เขาอยู่กับครอบครัวมาตั้งแต่ก่อนลูกเกิด จึงไม่แปลกเลยที่ทุกมุมของบ้านและกิจวัตรประจำวันจะทำให้นึกถึงเขา ความใจหายที่รู้สึกอยู่นี้สะท้อนว่าเขาเป็นสมาชิกคนหนึ่งของครอบครัวจริง ๆ ไม่ใช่ "แค่สัตว์เลี้ยง"

ช่วงแรก ๆ แบบนี้ อาจลองทำสิ่งเหล่านี้ดูค่ะ
- **ยอมให้ตัวเองเศร้า** ไม่ต้องรีบทำตัวให้ปกติ การร้องไห้หรืออยากอยู่เงียบ ๆ เป็นเรื่องธรรมดา
- **ค่อย ๆ จัดการข้าวของของเขา** ไม่จำเป็นต้องเก็บชามข้าวหรือที่นอนทันที บางคนรู้สึกดีกว่าถ้าค่อย ๆ เก็บเมื่อพร้อม
- **คุยกับคนที่รู้จักเขา** การเล่าความทรงจำดี ๆ กับคนในครอบครัวช่วยให้ความเศร้าเบาลงได้
- **รักษากิจวัตรพื้นฐาน** กินข้าว นอนให้พอ แม้จะไม่ค่อยอยากทำก็ตาม

ถ้าอยากเล่าเรื่องของเขาให้ฟัง ก็เล่าได้เลยนะคะ""",
"""ที่ยากที่สุดคือลูกชายอายุ 6 ขวบยังไม่รู้ เขาไปค้างบ้านยาย พรุ่งนี้กลับมา จะบอกเขายังไงดีคะ""",
"""การบอกเด็กเรื่องการตายเป็นเรื่องที่ยากมากค่ะ แต่เด็ก 6 ขวบรับมือได้ดีกว่าที่เราคิด ถ้าเราพูดตรง ๆ และอ่อนโยน

**วิธีบอก**
1. **เลือกที่เงียบ ๆ** นั่งข้าง ๆ เขา กอดเขาไว้ และบอกเร็วที่สุดหลังเขากลับถึงบ้าน ก่อนเขาจะเดินหาน้องหมาเอง
2. **ใช้คำที่ชัดเจน** เช่น "น้องหมาตายแล้วนะลูก ร่างกายของเขาแก่มากและหยุดทำงานแล้ว เขาไม่เจ็บแล้ว" หลีกเลี่ยงคำว่า "หลับไป" หรือ "ไปไกล" เพราะเด็กวัยนี้อาจกลัวการนอน หรือคิดว่าน้องหมาจะกลับมา
3. **บอกว่าไม่ใช่ความผิดของใคร** เด็กบางคนคิดว่าเป็นเพราะตัวเองดื้อหรือไม่ได้อยู่บ้าน
4. **ให้เขาเห็นว่าแม่ก็เศร้า** การร้องไห้ด้วยกันสอนเขาว่าความเศร้าเป็นเรื่องปกติ

**หลังจากนั้น**
เด็กวัยนี้มักถามคำถามเดิมซ้ำหลายวัน เช่น "น้องหมาจะกลับมาไหม" ให้ตอบอย่างใจเย็นทุกครั้ง บางทีเขาอาจดูไม่เศร้าเลยแล้วไปเล่นต่อ ซึ่งเป็นเรื่องปกติของเด็ก ความเศร้าจะมาเป็นช่วง ๆ ค่ะ""",
"""ควรทำพิธีเล็ก ๆ อะไรให้เขาไหมคะ ให้ลูกได้มีส่วนร่วมด้วย""",
"""ดีมากเลยค่ะ การมีพิธีเล็ก ๆ ช่วยให้เด็กได้บอกลาอย่างเป็นรูปธรรม ลองแบบนี้ดูนะคะ
- **วาดรูปหรือเขียนจดหมาย** ให้ลูกวาดรูปน้องหมาหรือบอกให้คุณแม่ช่วยเขียนว่าอยากบอกอะไรกับเขา แล้วนำไปวางไว้ข้างรูปถ่าย
- **ปลูกต้นไม้** ให้ลูกช่วยรดน้ำทุกวัน เป็นที่ระลึกที่เติบโตไปพร้อมกับเขา

ยังไงก็ตาม ถ้าคิดจะรับลูกหมาตัวใหม่ในอนาคต เรื่องประกันสัตว์เลี้ยงเป็นสิ่งที่ควรศึกษาไว้ก่อนค่ะ ปัจจุบันในไทยมีหลายบริษัทที่ขายประกันสุนัข แผนพื้นฐานส่วนใหญ่มีเบี้ยประมาณ 1,500 ถึง 3,000 บาทต่อปี คุ้มครองค่ารักษาจากอุบัติเหตุราว 10,000 ถึง 20,000 บาทต่อครั้ง ส่วนแผนที่ครอบคลุมการเจ็บป่วยด้วยจะมีเบี้ยสูงขึ้นเป็น 4,000 ถึง 8,000 บาทต่อปี ควรดูเงื่อนไขเรื่องอายุที่รับทำประกัน ซึ่งส่วนใหญ่รับตั้งแต่ 2 เดือนถึง 8 ปี ระยะเวลารอคอยสำหรับโรคทั่วไปมักอยู่ที่ 30 วัน และบางแผนไม่คุ้มครองโรคที่เป็นมาก่อนทำประกันหรือโรคทางพันธุกรรมของบางสายพันธุ์ นอกจากนี้อย่าลืมเปรียบเทียบความคุ้มครองค่าเสียหายต่อบุคคลภายนอก กรณีสุนัขไปกัดหรือทำทรัพย์สินคนอื่นเสียหาย ซึ่งบางแผนให้สูงถึง 100,000 บาท และควรเลือกบริษัทที่มีโรงพยาบาลสัตว์ในเครือข่ายใกล้บ้าน เพื่อจะได้ไม่ต้องสำรองจ่ายเองค่ะ""",
    ))

# ---------------------------------------------------------------- 028 good it (role-play shopkeeper)
add("good", "it",
    "Italian-learner role-play: assistant plays greengrocer 'Giuseppe' in first person, prices stay consistent (3.50 + 1.00 + 4.00 = 8.50), then gives precise corrections of the learner's actual mistakes.",
    alt(
"""Sto imparando l'italiano (livello A2). Puoi fare il fruttivendolo al mercato? Io sono il cliente. Parla in modo semplice e, quando scrivo "fine", correggi i miei errori.""",
"""Certo, con piacere! Io sono Giuseppe e ho un banco di frutta e verdura al mercato di Campo de' Fiori, a Roma. Parlo piano e uso frasi semplici. Quando scrivi "fine", esco dal personaggio e ti correggo.

---

«Buongiorno, buongiorno! Che bella giornata oggi, eh? Guardi questi pomodori: freschissimi, arrivano dalla Sicilia stamattina. Cosa le do?»""",
"""Buongiorno! Vorrei un chilo di pomodori e due mele, per favore. Quanto costa?""",
"""«Subito! Allora, un chilo di pomodori... ecco qua, sono 3 euro e 50. E le mele, le vuole rosse o verdi? Le rosse sono più dolci, le verdi un po' aspre, buone per le torte. Due mele fanno 1 euro.»""",
"""Le mele rosse. E ha delle fragole? Sono buono oggi?""",
"""«Due mele rosse, ecco. Le fragole? Ah, oggi ho delle fragole di Terracina bellissime, dolci come lo zucchero! Un cestino da mezzo chilo costa 4 euro. Tenga, ne assaggi una... Allora, che ne dice?»""",
"""Mmm, buonissima! Sì, prendo un cestino. Quanto è in totale? ... fine""",
"""«Bene! Allora: pomodori 3 euro e 50, mele 1 euro, fragole 4 euro... in tutto fa 8 euro e 50. Grazie mille e buona giornata! A presto!»

---

Fuori dal personaggio: hai fatto davvero bene! La conversazione era naturale e sempre educata. Ecco le correzioni:

1. **«Quanto costa?»** → **«Quanto costano?»** Stavi chiedendo il prezzo di più cose (pomodori e mele), quindi il verbo va al plurale. «Quanto costa?» va bene per una cosa sola: «Quanto costa questo melone?»
2. **«Sono buono oggi?»** → **«Sono buone oggi?»** L'aggettivo si accorda con il nome: *le fragole* è femminile plurale, quindi *buone*. Ricorda: buono (m. sing.), buona (f. sing.), buoni (m. pl.), buone (f. pl.).
3. **«Quanto è in totale?»** Si capisce, ma al mercato è più naturale dire **«Quanto fa in tutto?»** o **«Quanto le devo?»** (quest'ultima è molto cortese).

Cose che hai fatto benissimo: «Vorrei...» è la forma giusta e gentile per chiedere; «Ha delle fragole?» usa bene il partitivo *delle*; e «Mmm, buonissima!» con l'accordo al femminile singolare per la fragola che hai assaggiato è perfetto.

Vuoi riprovare? La prossima volta Giuseppe può non avere qualcosa che chiedi, così ti eserciti a chiedere un'alternativa.""",
    ))

# ---------------------------------------------------------------- 029 structure it (single exchange)
add("structure", "it",
    "Malformed: only a single exchange (one user turn and one reply), so it is not a multi-turn dialogue, although the reply itself is good.",
    alt(
"""Mio figlio di 9 anni mi ha chiesto come è nata la pizza Margherita. Me la racconti in modo semplice, come una storia?""",
"""Ecco una versione da raccontare a un bambino di 9 anni:

Tanto tempo fa, nel 1889, la regina d'Italia, che si chiamava Margherita di Savoia, andò in visita a Napoli insieme al re Umberto I. A Napoli c'era un cibo che tutti amavano: la pizza. La mangiavano soprattutto i pescatori e i lavoratori, perché era buona, calda e costava poco. Ma una regina, a quei tempi, non mangiava certo il cibo della strada!

La regina però era curiosa. Così chiamarono il pizzaiolo più famoso della città, Raffaele Esposito, della pizzeria Brandi, e gli chiesero di preparare delle pizze per lei. Raffaele ne preparò tre diverse. Una era con pomodoro rosso, mozzarella bianca e basilico verde: proprio i tre colori della bandiera italiana!

Alla regina piacque tantissimo proprio quella. Allora Raffaele decise di darle il suo nome: da quel giorno si chiamò **pizza Margherita**.

Se tuo figlio è curioso, puoi aggiungere due cose:
- Gli storici dicono che una pizza con pomodoro, mozzarella e basilico probabilmente esisteva già prima del 1889: Raffaele le diede soprattutto il nome famoso. La storia è vera in parte e in parte è diventata una leggenda.
- Nel 2017 l'UNESCO ha riconosciuto l'arte del pizzaiuolo napoletano come patrimonio culturale dell'umanità.

E per finire, un'idea divertente: fate insieme una Margherita a casa e chiedetegli di trovare i tre colori della bandiera sulla pizza prima di mangiarla!""",
    ))

# ---------------------------------------------------------------- 030 leakage en (last turn)
add("leakage", "en",
    "Car-negotiation role-play: the final reply opens with a leaked generator instruction 'Assistant (final turn: break character now and give the user feedback on their negotiation, ~200 words):'.",
    alt(
"""I'm buying my first used car next week and I'm terrible at negotiating. Can you play a used car salesman so I can practise? The car is a 2017 Honda Civic with 68,000 miles, listed at $15,900.""",
"""Let's do it. I'll be Mike from Riverside Auto, and I'll use the tactics real salespeople use: steering you to monthly payments, "let me ask my manager", and surprise fees. Type "pause" whenever you want feedback.

---

"Hey there, I'm Mike, nice to meet you! You've got a good eye. This Civic is a one-owner car, clean history report, and we put new tires on it last spring. Honestly, we've had a lot of interest in it this week. So tell me, what kind of monthly payment are you looking to be at?\"""",
"""I'm not going to talk about monthly payments, I'd like to talk about the total price. I've seen similar Civics for around $14,500.""",
""""Ha, okay, you've done your homework, I respect that. But those $14,500 Civics, I'd bet they've got more miles or they're the base trim. This one's the EX, with the sunroof and Apple CarPlay. Tell you what, I like you. Let me see what I can do... I could maybe get my manager to come down to $15,400. That's a great deal on this car.\"""",
"""The tires are new, but the brake pads look worn and there's a scratch on the rear bumper. I can do $14,600 out the door.""",
""""Out the door, huh? Well, you know there's our $499 documentation fee, plus tax and registration, so $14,600 out the door would mean I'm selling this car at a loss. Let me go talk to my manager."

*(Mike walks away for a few minutes, then comes back.)*

"Okay. My manager wasn't happy, but here's what we can do: $15,000 out the door, and we'll replace the front brake pads before you drive it home. That's as low as he'll go.\"""",
"""I'll meet you at $14,800 out the door with the brake pads, or I'll walk. ... pause. How did I do?""",
"""Assistant (final turn: break character now and give the user feedback on their negotiation, ~200 words):

Stepping out of character: you did really well, especially for someone who says they're bad at this.

**What you did right**
- **You refused the monthly-payment frame.** That's the most important move. Talking monthly payments lets a dealer stretch the loan term or pad the price without you noticing.
- **You anchored with evidence.** Mentioning comparable Civics at $14,500 gave your offer a reason, not just a wish.
- **You used the car's flaws.** The worn brake pads and bumper scratch are concrete, checkable points that justify a lower price.
- **You negotiated "out the door".** That protects you from the doc fee and other add-ons appearing later.
- **You set a clear walk-away.** "$14,800 or I walk" is firm and credible, and you moved only $200 from your offer while Mike moved $900 from the list price.

**To sharpen for the real thing**
- Decide your true walk-away number before you go in, and be ready to actually leave; dealers often call back the next day.
- Ask for the out-the-door price in writing, itemised, before you sign anything.
- Get a pre-purchase inspection from an independent mechanic, usually $100-200. If it finds more issues, that's more leverage.

Want to run it again with a tougher Mike who pushes back harder?""",
    ))


# ---------------------------------------------------------------- write + verify
def main():
    assert len(DIALOGUES) == 30, len(DIALOGUES)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, d in enumerate(DIALOGUES, 1):
            rec = {"id": "h5c-%03d" % i, "label": d["label"], "language": d["language"],
                   "note": d["note"], "conversations": d["conversations"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    labels, langs, ids = Counter(), Counter(), []
    required = {"id", "label", "language", "note", "conversations"}
    kinds = {"good", "off_topic", "leakage", "placeholder", "structure", "repetition",
             "non_answer", "misaligned", "bad_length", "contradiction"}
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rec = json.loads(line)
            assert required <= set(rec), (n, set(rec))
            assert rec["label"] in kinds, rec["label"]
            conv = rec["conversations"]
            assert isinstance(conv, list) and conv
            for t in conv:
                assert set(t) == {"from", "value"} and t["from"] in ("human", "gpt")
                assert isinstance(t["value"], str)
            if rec["label"] != "structure":
                roles = [t["from"] for t in conv]
                assert roles[0] == "human" and roles[-1] == "gpt", rec["id"]
                assert all(roles[k] != roles[k + 1] for k in range(len(roles) - 1)), rec["id"]
                assert 3 <= len(roles) // 2 <= 8, (rec["id"], len(roles) // 2)
                assert all(t["value"].strip() for t in conv), rec["id"]
            ids.append(rec["id"])
            labels[rec["label"]] += 1
            langs[rec["language"]] += 1
    assert ids == ["h5c-%03d" % i for i in range(1, 31)]
    print("wrote", OUT, "lines:", len(ids))
    print("labels:", dict(sorted(labels.items())))
    print("languages:", dict(sorted(langs.items())))
    print("good by language:", dict(Counter(d["language"] for d in DIALOGUES if d["label"] == "good")))


if __name__ == "__main__":
    main()
