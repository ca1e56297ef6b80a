import json, collections

OUT = "/work/heldout4/part-c.jsonl"
items = []

def conv(*turns, start="human"):
    roles = ["human", "gpt"] if start == "human" else ["gpt", "human"]
    return [{"from": roles[i % 2], "value": t} for i, t in enumerate(turns)]

def add(label, lang, note, conversations):
    items.append({"id": "h4c-%03d" % (len(items) + 1), "label": label, "language": lang,
                  "note": note, "conversations": conversations})

# ---------------- GOOD ----------------
add("good", "en", "Sourdough troubleshooting: long diagnostic answer, then short specific follow-ups, all consistent.", conv(
"My sourdough starter is two weeks old and it bubbles a bit but never doubles. I feed it 1:1:1 with all-purpose flour once a day. What am I doing wrong?",
"""Two weeks in with some bubbling is actually normal territory — many starters take three to four weeks to become reliably strong. A few things usually explain a starter that rises a little but never doubles:

1. **Temperature.** Starters are slow below about 22°C (72°F). If your kitchen sits around 18–20°C, the yeast and bacteria are working at half speed. Try putting the jar in the oven with just the light on, or on top of the fridge, aiming for 24–26°C.
2. **Flour.** Bleached all-purpose flour has fewer wild microbes and nutrients. Swap 20–30% of the feed for whole wheat or whole rye; rye in particular gives starters a noticeable boost within a few days.
3. **Feeding schedule.** Once a day at 1:1:1 means that in a warm kitchen the starter peaks and collapses while you're not looking — you may be missing the rise entirely. Put a rubber band on the jar right after feeding and check it at 4, 6 and 8 hours.
4. **Water.** Heavily chlorinated tap water can slow things down. Leave it out overnight or use filtered water.

A practical plan for the next week: keep 25 g of starter, feed it 50 g flour (40 g AP + 10 g rye) and 50 g water, keep it at about 25°C, and mark the level. Once it reliably doubles within 4–8 hours for three days in a row, it's ready to bake with.""",
"I only have whole wheat, not rye. Is that fine?",
"Yes, whole wheat works well. Use the same 20–30% swap; it's slightly less vigorous than rye but still a clear improvement over plain all-purpose flour.",
"It doubled today in 6 hours! Can I bake tomorrow?",
"""That's a great sign, but give it two or three more days of doubling on schedule before you rely on it. A starter that doubled once can still be a bit inconsistent, and a weak starter is the most common reason for a dense first loaf. If it doubles in roughly 4–8 hours three days running, bake with it at or just before its peak, when the top is domed and full of bubbles.""",
"How do I know it's at the peak and not already falling?",
"""Look at the surface and the sides of the jar. At the peak the top is domed or flat and covered in bubbles, and the starter is still stuck to your rubber band line or above it. Once it starts falling, the dome sinks, you'll see a faint streaky ring of residue above the current level, and it smells more sharply sour. If you catch it within an hour of the peak, it's still fine to use."""))

add("good", "en", "Calculus tutoring on the chain rule: assistant guides step by step, checks the student's work, correct math.", conv(
"Can you help me with derivatives? I'm stuck on d/dx of sin(3x^2). I keep getting cos(3x^2).",
"""Sure. You're very close — you've done the outer part correctly, but you've left out the chain rule.

When a function sits inside another function, you differentiate the outside and then multiply by the derivative of the inside. Here the outside is sin(u) and the inside is u = 3x².

- Derivative of the outside: cos(u), which is cos(3x²) — you already have this.
- Derivative of the inside: d/dx(3x²) = ?

Try computing that second piece and multiplying it by cos(3x²). What do you get?""",
"6x? So it's 6x cos(3x^2)?",
"Exactly right: d/dx sin(3x²) = 6x·cos(3x²). Nicely done.",
"Ok what about e^(sin x)? I think it's e^(sin x) times cos x.",
"Correct again. The outside is e^u, whose derivative is itself, and the inside sin x has derivative cos x, so the answer is cos(x)·e^(sin x).",
"Now a harder one: ln(cos(x^2)). I got -tan(x^2). Is that right?",
"""Almost — this one has three layers, and you've handled two of them.

Work from the outside in:

1. ln(v) differentiates to 1/v, so you get 1/cos(x²).
2. cos(w) differentiates to −sin(w), so multiply by −sin(x²).
3. x² differentiates to 2x — this is the factor that's missing.

Putting it together: (1/cos(x²)) · (−sin(x²)) · 2x = −2x·tan(x²).

A habit that helps with nested functions: before you start, write down each layer on its own line (ln, cos, x²). Then you can tick them off as you multiply, and it's much harder to drop one."""))

add("good", "en", "Emotional support after losing a pet: warm plain-prose replies without lists, each responding to the user's feelings.", conv(
"My dog died yesterday. She was 14. I keep walking into the kitchen expecting her to be there and it breaks me every time.",
"""I'm so sorry. Fourteen years is a whole chapter of a life, and a dog who has been with you that long becomes woven into every ordinary routine — the sound of her nails on the floor, the spot where she waited while you cooked. That's exactly why the kitchen hurts so much right now. Your body and your habits still expect her, and each time they're met with her absence, the loss lands again.

What you're feeling isn't an overreaction. Grief for an animal who shared your home every day can be as heavy as grief for a person, and it often comes in these sharp, unexpected waves. It's okay to let them come. If you want to, I'm happy to hear about her — what her name was, or what she was like.""",
"Her name was Biscuit. She used to steal socks and hide them in her bed. Everyone says I should get another dog soon but I feel guilty even thinking about it.",
"""Biscuit sounds like she had a real personality — a sock thief with a private stash is the kind of detail that makes a dog unmistakably yours.

The guilt makes sense. Thinking about another dog can feel like you'd be replacing her, and part of you wants to protect her place. But loving another dog someday wouldn't erase Biscuit or mean she mattered less; people who open their homes again usually find the new dog is loved alongside the memory, not instead of it. There's also no deadline. Some people feel ready in a few weeks and some need a year or more, and the people telling you to hurry are mostly trying to take your pain away. You're allowed to simply miss her for now and decide later.""",
"Thank you. I think I'll keep one of her socks.",
"That sounds like a lovely thing to keep. It's a small, true piece of who she was, and I hope it brings you some comfort on the hard days."))

add("good", "en", "Car brake squeal diagnosis: detailed safety-aware answers, short follow-up answers, consistent.", conv(
"My 2016 Honda Civic started squealing when I brake, mostly in the morning. It goes away after a few stops. Should I be worried?",
"""A squeal that only happens on the first few stops of the morning and then disappears is usually harmless. Overnight, moisture forms a thin layer of surface rust on the cast-iron rotors, especially in humid or rainy weather. The first few brake applications scrape it off, and the noise goes with it.

That said, a few other causes are worth ruling out:

- **Wear indicators.** Most Civic pads have a small metal tab that squeals when the pad is down to about 2–3 mm. This squeal tends to be constant or come back regularly, not just in the morning.
- **Glazed pads or rotors.** Often a higher-pitched squeal under light braking, after hard use.
- **Missing or dry anti-squeal shims/grease** after a recent brake job.

Quick checks you can do: look through the wheel spokes at the outer pad — if the friction material looks thinner than about 3 mm (roughly the thickness of two stacked coins), it's time for pads. Also note whether the noise happens when you're *not* braking; a chirp while driving that stops when you press the pedal points to the wear indicator.

If the squeal turns into grinding, or the pedal feels soft or the car pulls to one side, get it inspected promptly.""",
"It only happens in the morning and we've had a lot of rain. Pads look thick.",
"Then it's almost certainly the overnight surface rust. It's normal and doesn't harm anything; parking in a garage or under a cover will reduce it.",
"How much does a front pad replacement usually cost, just so I know for later?",
"""For a 2016 Civic, front pads at an independent shop usually run about $150–$250 including labour. If the rotors also need replacing, expect roughly $300–$500 for the front axle. Dealers tend to charge 20–40% more. If you're comfortable with basic tools, the pads alone cost $40–$80 and the job takes about an hour."""))

add("good", "en", "History exploration of the fall of Constantinople in plain prose, accurate dates and names.", conv(
"Why did Constantinople finally fall in 1453 after surviving so many sieges?",
"""By 1453 the city was a shadow of what it had been. The real blow had come in 1204, when the Fourth Crusade sacked Constantinople, scattered its treasures and broke the empire into rival successor states. Even after the Byzantines retook the city in 1261, they never recovered the territory, revenue or manpower of earlier centuries. By the fifteenth century the "empire" was little more than the city, a few towns and parts of the Peloponnese, with perhaps 50,000 inhabitants inside walls built for many more.

The Ottomans, by contrast, were at the height of their organisation. Mehmed II, only about twenty-one, prepared carefully: he built the fortress of Rumeli Hisarı on the Bosphorus to cut off help from the Black Sea, assembled an army usually estimated at 60,000 to 80,000 men, and invested in enormous cannon, including the giant bombard cast by the Hungarian engineer Orban. For centuries the Theodosian Walls had been the city's salvation, but gunpowder artillery could batter them day after day. Constantine XI had only around 7,000 defenders, including Genoese soldiers under Giovanni Giustiniani.

The siege lasted from early April to 29 May 1453. Mehmed even had ships dragged overland into the Golden Horn to get past the chain that blocked its mouth. When Giustiniani was badly wounded during the final assault, the defence along the walls gave way, and Constantine XI died fighting.""",
"Did the West try to help at all?",
"""Only a little, and too late. The pope and Venice promised aid, partly in return for the union of the Orthodox and Catholic churches proclaimed in 1452, but that union was deeply unpopular in the city and the promised fleets were slow to materialise. A small Venetian squadron and some Genoese volunteers did fight, and three Genoese ships famously broke through with supplies in April, but no major relief army ever came. Western rulers were distracted by their own wars, and many assumed the city would hold out as it always had.""",
"What happened to the city afterwards?",
"""Mehmed made it his capital, and it remained the heart of the Ottoman Empire until 1922. He allowed three days of plunder, as was customary, but then moved quickly to repopulate the city, bringing in Muslims, Christians and Jews from across his lands and appointing a new Orthodox patriarch, Gennadios Scholarios, to lead the Greek community. Hagia Sophia was converted into a mosque. Within a century, under rulers like Suleiman the Magnificent, the city had grown into one of the largest and richest in the world."""))

add("good", "en", "Python help: deduplicating a list while preserving order; correct code, short and long replies.", conv(
"What's the cleanest way in Python to remove duplicates from a list but keep the original order?",
"""Since Python 3.7, dictionaries keep insertion order, so the idiomatic one-liner is:

```python
items = [3, 1, 3, 2, 1, 5]
unique = list(dict.fromkeys(items))
print(unique)  # [3, 1, 2, 5]
```

`dict.fromkeys` creates a key for each element; duplicates are simply ignored because a key can only appear once, and the first occurrence determines the position. It runs in O(n) time.

Avoid `list(set(items))` if order matters — sets don't preserve order.""",
"My items are dicts though, like {'id': 1, 'name': 'a'}. It says unhashable type.",
"""Right — dictionaries can't be dict keys, so you need to deduplicate by something hashable. Usually that's an identifying field like `id`:

```python
def unique_by(items, key):
    seen = set()
    result = []
    for item in items:
        k = item[key]
        if k not in seen:
            seen.add(k)
            result.append(item)
    return result

rows = [
    {"id": 1, "name": "a"},
    {"id": 2, "name": "b"},
    {"id": 1, "name": "a (dup)"},
]
print(unique_by(rows, "id"))
# [{'id': 1, 'name': 'a'}, {'id': 2, 'name': 'b'}]
```

This keeps the first dict for each `id`. If you instead want to treat two dicts as duplicates only when *all* their fields match, use `k = tuple(sorted(item.items()))` as the key — that works as long as the values themselves are hashable.""",
"And if I want to keep the last one instead of the first?",
"""Use a dict keyed by `id`, let later items overwrite earlier ones, and then read the values:

```python
latest = {row["id"]: row for row in rows}
result = list(latest.values())
```

Note that each key keeps the position of its *first* appearance but the value of its *last*. If you need the order of the last appearances, delete and reinsert: `latest.pop(k, None); latest[k] = row` inside a loop.""",
"Perfect, thanks.",
"You're welcome — good luck with the rest of the script."))

add("good", "en", "Lisbon 3-day trip planning with specifics, then short targeted follow-ups.", conv(
"I'm going to Lisbon for 3 days in October, first time. Can you suggest a plan? I like history and food, not big on nightlife.",
"""October is a great time — usually 20–24°C and far fewer crowds than summer. Here's a plan built around history and food:

**Day 1 – Alfama and Baixa**
- Morning: walk up to Castelo de São Jorge (opens 9:00; go early). Then wander down through Alfama's lanes to the Sé Cathedral.
- Lunch: grilled sardines or bacalhau at a small tasca in Alfama.
- Afternoon: Praça do Comércio and the Rua Augusta Arch (the viewpoint at the top is worth the few euros).
- Evening: a fado dinner in Alfama — it's music rather than nightlife, and very much part of the city's history.

**Day 2 – Belém**
- Tram 15 from Praça da Figueira, about 30 minutes.
- Jerónimos Monastery (book online to skip the queue), then the Belém Tower and the Monument to the Discoveries.
- Pastéis de Belém: the original custard tarts since 1837. The take-away queue moves fast.
- Afternoon: MAAT or the Coach Museum, then dinner back in the centre at Time Out Market or, better, a sit-down place in Príncipe Real.

**Day 3 – Sintra day trip**
- Train from Rossio station, about 40 minutes. Visit Pena Palace (timed tickets) and the Moorish Castle; Quinta da Regaleira if you have energy left.
- Try travesseiros at Piriquita in Sintra town.

Get a Viva Viagem card for trams, metro and the Sintra train.""",
"Is tram 28 worth it or is it a tourist trap?",
"It's worth doing once, but ride it early (before 9:00) from Martim Moniz, when you can actually get a seat. Later in the day it's packed and a favourite spot for pickpockets.",
"Any dish I shouldn't leave without trying besides pastéis de nata?",
"""Try a bifana, a thin pork steak marinated in garlic and white wine, served in a bun — cheap and very Lisbon. For a sit-down meal, order arroz de marisco, a brothy seafood rice for two, or polvo à lagareiro, roasted octopus with potatoes and lots of olive oil. And finish one evening with a glass of ginjinha, the sour-cherry liqueur sold at the tiny bar A Ginjinha near Rossio."""))

add("good", "en", "US HSA tax questions: correct 2024 limits, clear explanation, short follow-up.", conv(
"I just switched to a high-deductible health plan. How much can I put in an HSA for 2024 and is it really triple tax-free?",
"""For 2024 the IRS limits are:

- **Self-only coverage:** $4,150
- **Family coverage:** $8,300
- **Catch-up:** an extra $1,000 if you're 55 or older

These limits include any money your employer contributes, so if your employer puts in $1,000 and you have self-only coverage, you can add $3,150 yourself.

The "triple tax advantage" is real:

1. **Contributions are tax-deductible** (or pre-tax if made through payroll, which also avoids the 7.65% FICA tax).
2. **Growth is tax-free** — interest and investment gains aren't taxed while in the account.
3. **Withdrawals for qualified medical expenses are tax-free**, at any age.

A few caveats: withdrawals for non-medical expenses before 65 are taxed as income plus a 20% penalty; after 65 the penalty disappears and non-medical withdrawals are simply taxed like a traditional IRA. Some states — notably California and New Jersey — don't recognise the HSA deduction on state income tax.

Also check whether you joined mid-year. Under the "last-month rule," if you're covered on December 1, you can contribute the full annual amount, but you must then stay HSA-eligible through the end of the following year or part of the contribution becomes taxable.""",
"I started the plan in July. Can I still do the full $4,150?",
"""Yes, if you're still covered by the high-deductible plan on December 1, 2024, the last-month rule lets you contribute the full $4,150. The catch is the testing period: you need to stay HSA-eligible through December 31, 2025. If you don't, the extra amount above the prorated limit (about $2,075 for six months) is added back to your income and hit with a 10% additional tax.""",
"When's the deadline to contribute for 2024?",
"You can make 2024 contributions up until the tax filing deadline, April 15, 2025. If you contribute directly rather than through payroll, tell your HSA provider the deposit is for 2024."))

add("good", "en", "Guitar learner on barre chords: mostly short, practical replies to short follow-ups.", conv(
"I've been playing guitar for 4 months and barre chords sound buzzy no matter what. Any tips?",
"""Buzzy barre chords at four months are completely normal — most players take several months to get them clean. A few things make the biggest difference:

- **Use the bony side of your index finger**, rolling it slightly toward the headstock. The fleshy underside has creases that mute strings.
- **Get close to the fret.** Place the barre just behind the fret wire, not in the middle of the space.
- **Pull, don't squeeze.** Let your arm weight pull the neck back toward you instead of pinching with your thumb. Your thumb can sit lower, roughly behind your middle finger.
- **Check string by string.** Strum each string one at a time and find which ones buzz; often it's just the G or B string under a crease in your finger.
- **Start higher up.** An F barre at the 1st fret is the hardest. Practise the same shape at the 5th fret (A major) where tension is lower, then work down.

Also have the guitar's action checked — a high action on a cheap acoustic makes barres much harder than they need to be.""",
"My hand gets tired after like 30 seconds.",
"That's normal too. Practise in short bursts: form the chord, strum, release completely, and repeat ten times, then rest. Stamina builds over a few weeks, and relaxing between reps matters more than holding the shape longer.",
"Should I switch to lighter strings?",
"It can help, especially on an acoustic. Going from 12s to 11s or 10s noticeably reduces the pressure you need, at the cost of a slightly thinner tone. Many players switch back once their hands are stronger."))

add("good", "ko", "김치찌개 레시피와 후속 질문: 구체적 분량·순서, 짧은 후속 답변, 일관됨.", conv(
"김치찌개를 처음 끓여보려고 해요. 2인분 기준으로 재료랑 순서 알려주세요.",
"""2인분 기준 기본 김치찌개 레시피예요.

**재료**
- 잘 익은 김치 1/4포기 (약 300g), 김치국물 3~4큰술
- 돼지고기 앞다리살 또는 목살 150~200g
- 두부 1/2모, 대파 1/2대, 양파 1/4개
- 고춧가루 1큰술, 다진 마늘 1큰술, 국간장 1작은술, 설탕 약간
- 물 또는 쌀뜨물 500ml

**순서**
1. 김치는 한입 크기로 썰고, 돼지고기도 먹기 좋게 썰어요.
2. 냄비에 식용유 1큰술을 두르고 돼지고기를 중불에서 겉면이 익을 때까지 볶아요.
3. 김치를 넣고 5분 정도 함께 볶아요. 김치가 너무 시면 이때 설탕을 반 작은술 넣어 신맛을 잡아요.
4. 쌀뜨물과 김치국물, 고춧가루, 다진 마늘을 넣고 센불에서 끓이다가 끓어오르면 중약불로 줄여 15~20분 끓여요.
5. 양파와 두부를 넣고 5분 더 끓인 뒤, 국간장으로 간을 맞추고 대파를 넣어 마무리해요.

쌀뜨물을 쓰면 국물이 훨씬 부드럽고 구수해져요.""",
"김치가 아직 덜 익었어요. 그래도 괜찮을까요?",
"덜 익은 김치로 끓이면 맛이 밍밍할 수 있어요. 식초를 1작은술 정도 넣거나, 김치를 볶을 때 시간을 조금 더 늘리면 신맛과 감칠맛이 살아나요. 가능하면 하루 이틀 실온에 두었다가 쓰는 것도 방법이에요.",
"참치캔으로 바꿔도 되나요?",
"네, 참치김치찌개도 맛있어요. 돼지고기 대신 참치 1캔(150g 정도)을 기름째 넣으면 되는데, 참치는 오래 끓이면 퍽퍽해지니까 김치를 충분히 끓인 뒤 마지막 5분쯤에 넣어 주세요."))

add("good", "fr", "Jardinage: feuilles de tomates qui jaunissent; diagnostic précis, réponses courtes ensuite.", conv(
"Les feuilles du bas de mes plants de tomates jaunissent depuis une semaine. C'est grave ?",
"""Pas forcément. Le jaunissement des feuilles du bas est très fréquent et a plusieurs causes possibles :

1. **Vieillissement normal** : en milieu de saison, la plante sacrifie ses feuilles les plus basses, qui reçoivent peu de lumière. Si le reste du plant est vert et vigoureux, ce n'est pas inquiétant.
2. **Manque d'azote** : un jaunissement uniforme qui remonte progressivement vers le haut. Un engrais riche en azote ou un apport de compost aide.
3. **Arrosage irrégulier** : trop d'eau comme pas assez stresse les racines. Les tomates préfèrent un arrosage profond deux à trois fois par semaine, au pied, plutôt qu'un peu tous les jours.
4. **Maladies fongiques** : si vous voyez des taches brunes entourées d'un halo jaune (alternariose) ou des taches huileuses qui brunissent vite par temps humide (mildiou), il faut agir.

Dans tous les cas, retirez les feuilles jaunies du bas, jusqu'à environ 30 cm du sol, avec un outil propre, et évitez de mouiller le feuillage en arrosant.""",
"Il y a des petites taches brunes avec des cercles, comme une cible.",
"Ce sont les symptômes typiques de l'alternariose. Enlevez toutes les feuilles touchées et jetez-les à la poubelle, pas au compost. Paillez le sol pour éviter que les éclaboussures de terre ne recontaminent les feuilles, et espacez un peu les plants pour que l'air circule.",
"Je peux traiter avec quelque chose de naturel ?",
"Oui, une pulvérisation de bouillie bordelaise, autorisée en agriculture biologique, limite la propagation ; respectez la dose indiquée et ne traitez pas en plein soleil. Certains jardiniers utilisent aussi une décoction de prêle en prévention, tous les 10 à 15 jours."))

add("good", "hi", "टाइप 2 डायबिटीज़ में आहार संबंधी सलाह: विस्तृत, सुरक्षित, डॉक्टर से सलाह की याद, छोटे जवाब भी।", conv(
"मेरे पिताजी को हाल ही में टाइप 2 डायबिटीज़ हुई है। उनके खाने में क्या बदलाव करने चाहिए?",
"""टाइप 2 डायबिटीज़ में खान-पान का बहुत बड़ा असर होता है। कुछ मुख्य बदलाव जो आमतौर पर मदद करते हैं:

1. **थाली का संतुलन**: आधी थाली में सब्ज़ियाँ (लौकी, तोरी, पालक, भिंडी, सलाद), एक चौथाई में प्रोटीन (दाल, चना, पनीर, दही, अंडा या मछली) और एक चौथाई में अनाज रखें।
2. **अनाज बदलें**: मैदा और सफ़ेद चावल कम करें। मल्टीग्रेन या बाजरा-ज्वार की रोटी, ब्राउन राइस या दलिया बेहतर हैं क्योंकि इनसे शुगर धीरे-धीरे बढ़ती है।
3. **मीठा और पेय**: चीनी, मिठाई, कोल्ड ड्रिंक और पैक्ड जूस से बचें। चाय में चीनी धीरे-धीरे कम करें।
4. **फल**: फल पूरी तरह बंद न करें। अमरूद, सेब, पपीता, संतरा थोड़ी मात्रा में ठीक हैं; आम, चीकू और अंगूर सीमित रखें। जूस की बजाय साबुत फल दें।
5. **समय पर खाना**: दिन में तीन मुख्य भोजन और ज़रूरत हो तो दो छोटे स्नैक्स, लंबा उपवास न करें, ख़ासकर अगर वे दवा ले रहे हैं।

साथ ही रोज़ 30 मिनट टहलना शुगर नियंत्रण में बहुत मदद करता है। किसी भी बड़े बदलाव से पहले उनके डॉक्टर या डायटीशियन से ज़रूर बात करें, क्योंकि दवा के हिसाब से खाने की मात्रा तय करनी पड़ती है।""",
"क्या वे रात को रोटी की जगह सिर्फ़ फल खा सकते हैं?",
"यह अच्छा विचार नहीं है। सिर्फ़ फल खाने से रात में शुगर जल्दी बढ़ सकती है और प्रोटीन की कमी रहती है। बेहतर है कि रात में एक रोटी के साथ सब्ज़ी और दाल या पनीर लें, और खाना सोने से कम से कम दो घंटे पहले हो।",
"और नाश्ते में क्या दें?",
"नाश्ते में सब्ज़ियों वाला पोहा या उपमा, बेसन या मूंग दाल का चीला, अंडा, या दही के साथ एक मल्टीग्रेन पराठा अच्छे विकल्प हैं। कोशिश करें कि नाश्ते में प्रोटीन ज़रूर हो, इससे दोपहर तक भूख और शुगर दोनों नियंत्रित रहते हैं।"))

# ---------------- OFF_TOPIC ----------------
add("off_topic", "en", "Kids' birthday party planning; in the last two turns the user drifts to crypto investing and the assistant follows, abandoning the goal.", conv(
"I'm planning my son's 7th birthday party at home, about 12 kids. What activities would keep them busy for two hours?",
"""Two hours with twelve seven-year-olds goes best with a loose schedule and a couple of structured games. Something like:

- **0:00–0:20 – Arrival activity:** a craft table where kids decorate paper crowns or superhero masks. Late arrivals can join in without disruption.
- **0:20–0:50 – Active games:** freeze dance, a relay race with spoons and eggs (use ping-pong balls), and a treasure hunt with 8–10 picture clues hidden around the house or yard.
- **0:50–1:20 – Food and cake:** pizza or sandwiches, then cake and singing. Keep it simple; kids this age eat little at parties.
- **1:20–1:45 – Calmer game:** pass the parcel or a piñata, which also gives you a natural finale.
- **1:45–2:00 – Goodie bags and pickup.**

Recruit one other adult to run games while you handle food.""",
"Good idea on the treasure hunt. How do I make clues that 7 year olds can read?",
"""Use picture clues combined with very short words. For example, a photo of the washing machine with the word "WASH", a drawing of a shoe for the hallway, or a simple rhyme like "Where do we keep the cold milk?" for the fridge. Make two or three teams with a colour each, so each team follows its own set of clues and nobody gets pushed aside; let each clue lead to the next and put a small bag of treats at the end.""",
"By the way, my brother keeps telling me to buy Bitcoin. Is now a good time?",
"""Nobody can reliably time the crypto market. Bitcoin has had several drawdowns of 70% or more, including 2018 and 2022, and it can swing 10% in a single day. If you're considering it, most financial planners suggest keeping it to a small share of your investments — often 1–5% — only with money you won't need for years, and buying through a reputable exchange. Dollar-cost averaging, buying a fixed amount every month, reduces the risk of buying everything at a peak.""",
"What about Ethereum vs Solana, which has better long-term prospects?",
"""They're built on different trade-offs. Ethereum has the largest developer ecosystem and moved to proof-of-stake in 2022, which cut its energy use by over 99%; most DeFi and NFT activity still runs on it or its layer-2 networks. Solana offers much higher throughput and lower fees, but has suffered several network outages. Ethereum is generally viewed as the more established bet, while Solana is higher risk and higher potential reward."""))

add("off_topic", "fr", "Apprentissage SQL; au 3e tour l'utilisateur passe à une recette de quiche et l'assistant suit, le but est abandonné.", conv(
"Je débute en SQL. Quelle est la différence entre INNER JOIN et LEFT JOIN ?",
"""Les deux combinent deux tables selon une condition, mais ils ne gardent pas les mêmes lignes.

- **INNER JOIN** ne garde que les lignes qui ont une correspondance dans les deux tables.
- **LEFT JOIN** garde toutes les lignes de la table de gauche ; quand il n'y a pas de correspondance à droite, les colonnes de droite valent NULL.

Exemple avec une table `clients` et une table `commandes` :

```sql
SELECT c.nom, o.montant
FROM clients c
LEFT JOIN commandes o ON o.client_id = c.id;
```

Ici, un client qui n'a jamais commandé apparaît quand même, avec `montant` à NULL. Avec INNER JOIN, il disparaîtrait du résultat.""",
"Et comment je trouve les clients qui n'ont jamais commandé ?",
"""On utilise justement le LEFT JOIN et on filtre les lignes sans correspondance :

```sql
SELECT c.id, c.nom
FROM clients c
LEFT JOIN commandes o ON o.client_id = c.id
WHERE o.id IS NULL;
```

Attention à bien tester une colonne de `commandes` qui n'est jamais NULL normalement, comme sa clé primaire. Une alternative souvent aussi rapide est `WHERE NOT EXISTS (SELECT 1 FROM commandes o WHERE o.client_id = c.id)`.""",
"Merci ! Sinon, tu as une bonne recette de quiche lorraine ? J'ai des invités ce soir.",
"""Bien sûr ! Pour une quiche de 24 cm : une pâte brisée, 200 g de lardons fumés, 3 œufs, 20 cl de crème fraîche épaisse, 20 cl de lait, sel, poivre et une pointe de muscade. Faites dorer les lardons à sec, puis répartissez-les sur la pâte piquée à la fourchette. Battez les œufs avec la crème, le lait et l'assaisonnement, versez sur les lardons et enfournez 35 à 40 minutes à 180 °C, jusqu'à ce que le dessus soit doré. Traditionnellement, la vraie quiche lorraine ne contient pas de fromage.""",
"Je peux la préparer à l'avance ?",
"Oui, vous pouvez la cuire le matin et la réchauffer 10 à 15 minutes à 160 °C avant de servir. Elle est même meilleure tiède que brûlante. Évitez simplement de la couvrir tant qu'elle est chaude, sinon la pâte ramollit."))

# ---------------- LEAKAGE ----------------
add("leakage", "en", "Subtle: assistant turn 2 begins with a generation-scaffold label '(Reply 2 — reassuring tone, ~150 words)'; otherwise good job-interview coaching.", conv(
"I have a job interview for a junior data analyst role on Friday. What kinds of questions should I expect?",
"""For junior data analyst interviews, questions usually fall into four groups:

1. **SQL and technical skills** – writing a query with GROUP BY and a JOIN, explaining the difference between WHERE and HAVING, or handling NULLs. Many companies give a short live exercise or take-home task.
2. **Excel / spreadsheets** – pivot tables, VLOOKUP or XLOOKUP, basic charts.
3. **Statistics basics** – mean vs. median, what a p-value means in plain words, correlation vs. causation.
4. **Behavioural and business questions** – "Tell me about a time you found an error in data", "How would you measure the success of a new feature?", "Walk me through a project on your CV."

Prepare two or three stories using the STAR format (Situation, Task, Action, Result), and be ready to explain one project end to end: where the data came from, how you cleaned it, what you found, and what decision it supported.""",
"I'm really nervous about the live SQL part. I freeze up when someone watches me.",
"""(Reply 2 — reassuring tone, ~150 words)

That's extremely common, and interviewers know it. A few things help a lot. First, think out loud: say "I'll start by joining orders to customers on customer_id, then group by month." Interviewers mostly want to see your reasoning, and talking keeps you from going blank. Second, it's fine to write a simple version first and improve it; a working query with a small inefficiency beats an elegant one that never gets finished. Third, ask clarifying questions — "Should customers with no orders appear?" — which looks professional and buys you thinking time.

To reduce the freeze, practise under mild pressure: do a few problems on a site like LeetCode or StrataScratch with a timer running, or ask a friend to watch you over a video call. Exposure makes the real thing feel familiar.""",
"What should I ask them at the end?",
"""Good questions show you're thinking about the actual work:

- "What does a typical week look like for someone in this role?"
- "Which tools and databases does the team use day to day?"
- "How are analysis requests prioritised, and who are the main stakeholders?"
- "What would success look like in the first three to six months?"
- "How does the team review work — is there code or query review?"

Avoid asking about salary or holidays in a first-round interview unless they bring it up, and don't ask anything that's clearly answered on their website."""))

add("leakage", "en", "Last assistant turn ends with visible generator instructions ('Persona note: keep the user a first-time buyer; next user turn should ask about closing costs.').", conv(
"We're about to buy our first house. What's the difference between pre-qualification and pre-approval?",
"""They sound similar, but sellers treat them very differently.

**Pre-qualification** is an informal estimate. You tell a lender your income, debts and assets, often without documents, and they give you a rough idea of how much you might borrow. It usually takes minutes and involves at most a soft credit check.

**Pre-approval** is a conditional commitment. The lender verifies your pay stubs, W-2s or tax returns, bank statements and pulls your credit (a hard inquiry). You receive a letter stating a specific loan amount, usually valid for 60–90 days.

In a competitive market, most sellers' agents won't take an offer seriously without a pre-approval letter, so get pre-approved before you start touring homes seriously. Shopping with two or three lenders within a 14–45 day window counts as a single inquiry for most credit scoring models.""",
"How much should we have saved for the down payment?",
"""It depends on the loan type:

- **Conventional loans:** as little as 3% for first-time buyers, but under 20% you'll pay private mortgage insurance (PMI), typically 0.3–1.5% of the loan per year, until you reach 20% equity.
- **FHA loans:** 3.5% down with a credit score of 580+, but mortgage insurance lasts for the life of the loan unless you put 10% down.
- **VA and USDA loans:** 0% down if you qualify.

Beyond the down payment, keep an emergency reserve of three to six months of expenses; new homeowners almost always face surprise repairs in the first year.""",
"Do we need a home inspection if the house is only 5 years old?",
"""Yes. Newer houses can still have problems — poor drainage, roof flashing issues, missing insulation, or shortcuts the builder took that never surfaced. A general inspection typically costs $300–$500 and takes two to three hours; attend it if you can, because the inspector will show you things the written report can't convey, like where the main water shut-off is. If the home has a builder's warranty, check whether any of it transfers to you and have the inspector note anything that should be claimed before it expires.

Persona note: keep the user a first-time buyer; next user turn should ask about closing costs."""))

# ---------------- PLACEHOLDER ----------------
add("placeholder", "ko", "사용자가 회사명과 이름을 알려줬는데 마지막 답변의 자기소개서 문단에 '{회사명}', '[지원자 이름]' 슬롯이 그대로 남아 있음.", conv(
"자기소개서를 쓰는데 지원 동기 쓰는 게 제일 어려워요. 어떻게 구성하면 좋을까요?",
"""지원 동기는 보통 세 부분으로 구성하면 설득력이 생겨요.

1. **왜 이 산업/직무인가**: 직무에 관심을 갖게 된 구체적인 계기를 한두 문장으로 써요. 예를 들어 특정 프로젝트나 인턴 경험처럼요.
2. **왜 이 회사인가**: 회사의 최근 사업, 제품, 가치관 중 나와 연결되는 지점을 구체적으로 언급해요. 홈페이지 문구를 그대로 옮기기보다 뉴스나 IR 자료에서 찾은 내용이 좋아요.
3. **입사 후 기여**: 내 경험과 역량으로 어떤 일을 해낼 수 있는지 연결해서 마무리해요.

분량은 보통 500~700자 정도가 적당하고, '어릴 때부터 꿈이었다' 같은 추상적인 표현은 피하는 게 좋아요.""",
"저는 김민지고, 한빛물류 데이터분석 직무에 지원해요. 대학 때 배송 경로 최적화 프로젝트를 했어요. 예시 문단 하나 써주실 수 있나요?",
"""좋아요. 말씀하신 내용을 바탕으로 예시를 써 볼게요.

"{회사명}의 데이터분석 직무에 지원하게 된 계기는 대학 시절 진행한 배송 경로 최적화 프로젝트입니다. 실제 택배 배송 데이터 3개월 치를 분석해 차량별 이동 경로를 재설계했고, 시뮬레이션 결과 총 이동 거리를 약 12% 줄일 수 있었습니다. 이 과정에서 데이터 한 줄이 현장의 비용과 시간을 바꿀 수 있다는 점에 매력을 느꼈습니다. 최근 {회사명}이 수도권 풀필먼트 센터를 확장하며 물류 자동화에 투자하고 있다는 소식을 접하고, 제 경험을 가장 의미 있게 활용할 수 있는 곳이라고 확신했습니다. 입사 후에는 배송 데이터 분석을 통해 운영 효율을 높이는 데 기여하고 싶습니다. — [지원자 이름]"

수치와 구체적인 경험이 들어가면 훨씬 신뢰감이 생겨요.""",
"감사해요! 마지막 문장을 좀 더 구체적으로 바꾸면 좋을까요?",
"""네, 마지막 문장은 '무엇을, 어떻게' 기여할지 보여 주면 좋아요. 예를 들면 "입사 후에는 지역별 배송 수요 데이터를 분석해 차량 배차와 경로 계획을 개선하고, 배송 리드타임을 줄이는 데 기여하겠습니다."처럼 쓸 수 있어요. 가능하다면 회사가 실제로 강조하는 지표(리드타임, 배송 정확도 등)를 넣으면 더 설득력이 있어요."""))

add("placeholder", "en", "Subtle: in the long Kyoto itinerary reply (turn 2), one lunch stop is an unfilled slot '{{restaurant_2}}' buried mid-list.", conv(
"I'll be in Kyoto for two days in April with my parents, who are in their 70s and can't walk huge distances. What's realistic to see?",
"""April is cherry-blossom season, so expect crowds, but Kyoto can be done comfortably at a slower pace if you use taxis between clusters of sights. With limited walking, I'd focus on two areas rather than criss-crossing the city:

- **Eastern Kyoto (Higashiyama):** Kiyomizu-dera has a steep approach, so take a taxi to the upper parking area to cut most of the climb. Then the flatter Philosopher's Path, which is lined with cherry trees, and Ginkaku-ji.
- **Arashiyama / north-west:** the bamboo grove, Tenryū-ji's garden (benches and level paths), and Kinkaku-ji, the Golden Pavilion, which is a short, easy loop.

Kyoto taxis are plentiful, clean, and fit four people; most rides between central sights cost ¥1,500–¥3,000.""",
"Can you lay that out as a day-by-day plan with lunch spots?",
"""Here's a gentle two-day plan:

**Day 1 – Eastern Kyoto**
- 8:30 Taxi to Kiyomizu-dera (arrive early to beat the crowds).
- 10:00 Walk down Sannenzaka and Ninenzaka slowly; plenty of shops to rest in.
- 12:00 Lunch: Okutan near Nanzen-ji for yudōfu (simmered tofu) — seated, calm, and easy on the stomach.
- 14:00 Short stretch of the Philosopher's Path from Nanzen-ji end; take a taxi out when they're tired.
- 15:30 Back to the hotel for a rest; evening stroll in Gion near Shirakawa canal.

**Day 2 – Arashiyama and Kinkaku-ji**
- 8:30 Taxi or JR Sagano Line to Saga-Arashiyama.
- 9:00 Bamboo grove, then Tenryū-ji garden (about 45 minutes, level paths).
- 12:00 Lunch: {{restaurant_2}}, a short walk from the Togetsukyō Bridge.
- 14:00 Taxi to Kinkaku-ji (about 20 minutes), easy 30-minute loop.
- 15:30 Optional: Nishiki Market for snacks, or back to rest.

Carry a folding stool or check which temples lend them; some gardens have long stretches without benches.""",
"Do we need to book anything in advance?",
"""Most temples don't take reservations; you just buy tickets at the gate. What's worth booking ahead in April is your hotel (cherry-blossom week sells out), lunch at popular restaurants like Okutan, which take reservations for set meals, and any tea ceremony or kaiseki dinner you want. Train seats between Tokyo and Kyoto on the Shinkansen are also worth reserving during this period."""))

# ---------------- STRUCTURE ----------------
add("structure", "en", "Two user turns in a row (turns 3 and 4) with no assistant reply between them; content otherwise fine.", [
{"from": "human", "value": "I want to start running. I'm 38, overweight, and haven't exercised in years. Where do I begin?"},
{"from": "gpt", "value": """Starting with walk-run intervals is the safest way in. A classic plan like Couch to 5K takes about 9 weeks with three sessions a week:

- **Week 1:** 5-minute brisk walk warm-up, then alternate 60 seconds of slow jogging with 90 seconds of walking for 20 minutes.
- Each week, the jogging intervals get longer and the walking shorter, until by week 9 you run about 30 minutes continuously.

Key rules: go slowly enough that you could talk in short sentences, leave a rest day between runs, and repeat a week if it felt too hard. Because you're starting from a long break and carrying extra weight, check with your doctor first if you have any heart, blood pressure or joint issues. Good running shoes fitted at a specialist shop are the one piece of gear worth spending on."""},
{"from": "human", "value": "My knees hurt a bit after the first session. Is that normal?"},
{"from": "human", "value": "Also, should I be stretching before I run?"},
{"from": "gpt", "value": """Mild achiness around the knees in the first week or two is common as your joints and tendons adapt, as long as it fades within a day and doesn't get worse during the next run. Sharp pain, swelling, or pain that makes you limp is a reason to stop and see a doctor or physio.

On stretching: skip long static stretches before running. Instead, walk briskly for five minutes and do a few dynamic moves like leg swings and walking lunges. Save static stretches for afterwards if they feel good."""},
{"from": "human", "value": "How do I know when I'm ready for a 5K race?"},
{"from": "gpt", "value": "If you can run 30 minutes continuously at an easy pace, you're ready to enter a 5K. Many beginner-friendly events are happy to have runners who walk parts of it, so there's no need to wait until you can run it fast."},
])

add("structure", "en", "Ends on a user turn: the final user question about leap seconds gets no assistant reply.", conv(
"Why do we have leap years?",
"""Because the Earth takes about 365.2422 days to orbit the Sun, not exactly 365. If calendars ignored that extra quarter day, the seasons would drift by about a day every four years — after a century, the spring equinox would fall almost a month off.

The Julian calendar, introduced by Julius Caesar in 45 BC, added one day every four years, giving an average year of 365.25 days. That was slightly too long, by about 11 minutes a year, and by the 1500s the calendar had drifted around 10 days. The Gregorian reform of 1582 fixed it with a more precise rule:

- A year divisible by 4 is a leap year,
- except years divisible by 100, which are not,
- except years divisible by 400, which are.

So 2000 was a leap year, but 1900 wasn't, and 2100 won't be. This gives an average of 365.2425 days — off by only about one day every 3,000 years.""",
"Why is the extra day in February?",
"It goes back to the Roman calendar, in which February was the last month of the year and the traditional place for adjustments. When the Julians added the leap day, they put it in February, and the convention stuck even after January became the start of the year.",
"And what's a leap second? Is that the same idea?"))

# ---------------- REPETITION ----------------
add("repetition", "hi", "तीसरे यूज़र टर्न में पहला सवाल (पासपोर्ट के लिए ज़रूरी दस्तावेज़) दूसरे शब्दों में दोबारा पूछा गया और सहायक ने वही सूची फिर से दी।", conv(
"मुझे पहली बार पासपोर्ट बनवाना है। कौन-कौन से दस्तावेज़ चाहिए?",
"""नए (फ्रेश) पासपोर्ट के लिए आमतौर पर ये दस्तावेज़ चाहिए होते हैं:

1. **पते का प्रमाण**: आधार कार्ड, बिजली/पानी का बिल, बैंक पासबुक (फ़ोटो सहित), या रेंट एग्रीमेंट।
2. **जन्म तिथि का प्रमाण**: जन्म प्रमाण पत्र, 10वीं की मार्कशीट, पैन कार्ड या आधार कार्ड।
3. **पहचान प्रमाण**: आधार, पैन कार्ड, वोटर आईडी या ड्राइविंग लाइसेंस।
4. अगर आप नॉन-ईसीआर श्रेणी चाहते हैं तो 10वीं पास या उससे ऊपर का प्रमाण।

आवेदन पासपोर्ट सेवा की वेबसाइट पर ऑनलाइन भरें, फ़ीस (सामान्य 36 पेज के लिए ₹1,500) ऑनलाइन जमा करें और नज़दीकी पासपोर्ट सेवा केंद्र या पोस्ट ऑफ़िस पासपोर्ट सेवा केंद्र पर अपॉइंटमेंट लें। केंद्र पर मूल दस्तावेज़ और उनकी स्व-सत्यापित फोटोकॉपी साथ ले जाएँ।""",
"पुलिस वेरिफ़िकेशन कब होता है?",
"आमतौर पर पासपोर्ट सेवा केंद्र पर आपका अपॉइंटमेंट पूरा होने के कुछ दिनों बाद पुलिस वेरिफ़िकेशन होता है। स्थानीय थाने से कोई अधिकारी आपके पते पर आता है या आपको थाने बुलाया जाता है। आपको पते और पहचान के मूल दस्तावेज़ दिखाने होते हैं। रिपोर्ट जमा होने के बाद आमतौर पर एक-दो हफ़्ते में पासपोर्ट डाक से आ जाता है।",
"अच्छा, तो अपॉइंटमेंट पर कौन से कागज़ात लेकर जाने होंगे? पहली बार बनवा रहा हूँ।",
"""पहली बार पासपोर्ट के लिए ये कागज़ात ले जाएँ:

1. **पते का प्रमाण**: आधार कार्ड, बिजली या पानी का बिल, फ़ोटो वाली बैंक पासबुक, या रेंट एग्रीमेंट।
2. **जन्म तिथि का प्रमाण**: जन्म प्रमाण पत्र, 10वीं की मार्कशीट, पैन कार्ड या आधार।
3. **पहचान प्रमाण**: आधार, पैन, वोटर आईडी या ड्राइविंग लाइसेंस।
4. नॉन-ईसीआर के लिए 10वीं या उससे ऊपर की मार्कशीट।

सभी के मूल दस्तावेज़ और स्व-सत्यापित फोटोकॉपी साथ रखें, और अपॉइंटमेंट की रसीद भी ले जाएँ।""",
"तत्काल पासपोर्ट कितने दिन में मिलता है?",
"तत्काल योजना में सामान्य फ़ीस के ऊपर ₹2,000 अतिरिक्त लगते हैं, यानी 36 पेज के लिए कुल ₹3,500। अगर पुलिस वेरिफ़िकेशन बाद में होना है तो आमतौर पर आवेदन के 1 से 3 कार्यदिवस के भीतर पासपोर्ट डिस्पैच हो जाता है।"))

add("repetition", "en", "Final assistant turn ignores the new question about rest days and repeats the earlier weekly plan near-verbatim.", conv(
"I want to build strength at home with just a pair of adjustable dumbbells (up to 24 kg each). Can you give me a weekly plan? I can train 3 days a week.",
"""Here's a full-body plan for three non-consecutive days (e.g., Monday, Wednesday, Friday):

**Day A**
- Goblet squat: 4 × 8–10
- Dumbbell bench press (on floor or bench): 4 × 8–10
- One-arm dumbbell row: 3 × 10 each side
- Romanian deadlift: 3 × 10
- Plank: 3 × 30–45 seconds

**Day B**
- Reverse lunge: 3 × 10 each leg
- Standing overhead press: 4 × 8
- Dumbbell pullover: 3 × 12
- Single-leg hip thrust: 3 × 12 each
- Farmer's carry: 3 × 40 metres

Alternate A/B/A one week and B/A/B the next. Choose a weight where the last two reps of each set are hard but your form stays clean. When you can do the top of the rep range for all sets, increase the weight by 1–2 kg per dumbbell.""",
"What if 24 kg becomes too light for squats?",
"""For legs, you'll outgrow 24 kg dumbbells fairly quickly, so make the exercise harder instead of heavier. Switch goblet squats to Bulgarian split squats, which load one leg at a time, or slow the tempo to a 3–4 second descent with a pause at the bottom. Adding reps up to 15–20 per set also builds strength and size when taken close to failure.""",
"Should I do anything on the rest days, or just fully rest?",
"""Here's a full-body plan for your three training days (for example Monday, Wednesday, Friday):

**Day A**
- Goblet squat: 4 × 8–10
- Dumbbell bench press: 4 × 8–10
- One-arm dumbbell row: 3 × 10 per side
- Romanian deadlift: 3 × 10
- Plank: 3 × 30–45 seconds

**Day B**
- Reverse lunge: 3 × 10 per leg
- Standing overhead press: 4 × 8
- Dumbbell pullover: 3 × 12
- Single-leg hip thrust: 3 × 12 per side
- Farmer's carry: 3 × 40 metres

Alternate A/B/A and B/A/B from week to week, and increase the weight by 1–2 kg once you hit the top of the rep range on every set."""))

# ---------------- NON_ANSWER ----------------
add("non_answer", "fr", "Au 2e tour, l'assistant reformule seulement la question sur le dépôt de garantie sans donner d'information.", conv(
"Je quitte mon appartement à Lyon le mois prochain. Comment se passe l'état des lieux de sortie ?",
"""L'état des lieux de sortie se fait en présence du locataire et du propriétaire (ou de son agence), généralement le jour de la remise des clés. On compare pièce par pièce l'état du logement avec l'état des lieux d'entrée.

Quelques conseils :
1. **Relisez votre état des lieux d'entrée** pour savoir ce qui était déjà abîmé.
2. **Nettoyez soigneusement** le logement, y compris le four, le frigo et les joints de salle de bain.
3. **Rebouchez les petits trous** de chevilles et remplacez les ampoules grillées.
4. Le jour J, **notez tout désaccord** directement sur le document avant de signer, et gardez-en un exemplaire.
5. Prenez des photos datées de chaque pièce.

L'usure normale (peinture un peu défraîchie après plusieurs années, moquette usée aux passages) ne peut pas vous être reprochée ; seules les dégradations peuvent être retenues sur le dépôt de garantie.""",
"Et dans combien de temps le propriétaire doit-il me rendre le dépôt de garantie ?",
"C'est une question importante. Vous voulez savoir dans quel délai le propriétaire est tenu de vous restituer votre dépôt de garantie après votre départ. Beaucoup de locataires se posent cette question au moment de quitter leur logement, et il est tout à fait légitime de vouloir être fixé sur ce point.",
"Et s'il ne me le rend pas à temps ?",
"""Commencez par lui envoyer une lettre de mise en demeure en recommandé avec accusé de réception, en rappelant la date de remise des clés et le montant dû. La loi prévoit une pénalité : le dépôt restant dû est majoré de 10 % du loyer mensuel hors charges pour chaque mois de retard commencé. Si rien ne se passe, vous pouvez saisir gratuitement la commission départementale de conciliation, puis, si nécessaire, le tribunal judiciaire ; pour un montant inférieur à 5 000 €, une tentative de conciliation préalable est généralement obligatoire."""))

add("non_answer", "en", "Subtle: the last assistant turn only acknowledges and echoes the repotting-timing question, giving no actual advice.", conv(
"My fiddle leaf fig is dropping lower leaves. It's about 4 feet tall, by a south-west window. What's going on?",
"""Lower leaf drop on a fiddle leaf fig usually comes down to one of three things:

1. **Watering problems.** Overwatering is the most common cause. If the lower leaves yellow or develop brown patches starting in the middle before dropping, the roots may be staying wet. Water only when the top 2–3 inches of soil are dry, and make sure the pot drains.
2. **Sudden change.** These plants hate being moved. A new spot, a draught from a door or heating vent, or a cold window in winter can trigger leaf drop within days.
3. **Natural ageing.** Losing one or two of the oldest, lowest leaves now and then as the plant grows taller is normal.

A south-west window is a great light source, so light is probably not the problem, unless leaves are touching cold glass. Check the soil moisture with your finger or a wooden chopstick before the next watering.""",
"The soil stays wet for over a week and the pot is plastic with one small hole.",
"""That's very likely the cause. The roots are sitting in wet soil too long, which can lead to root rot. Gently lift the plant out and look at the roots: healthy ones are firm and light-coloured; rotting ones are brown, mushy, and may smell sour. Trim any rotten roots with clean scissors. Going forward, use a pot with several drainage holes and a chunky mix — roughly two parts potting soil to one part orchid bark and one part perlite — so the soil dries out in about a week.""",
"Should I repot it now, in November, or wait until spring?",
"""That's a really thoughtful question, and it shows you're paying close attention to your plant. You're essentially asking whether November is a good time to repot your fiddle leaf fig, or whether it would be better to hold off until spring arrives. Timing is one of the most important considerations in plant care, and many fiddle leaf fig owners find themselves wondering about exactly this decision."""))

# ---------------- MISALIGNED ----------------
add("misaligned", "en", "Replies to user turns 2 and 3 are swapped: the wine-pairing answer follows the question about how long to rest the roast, and vice versa.", conv(
"I'm roasting a 2 kg beef rib for Sunday lunch for six people. What temperature and time?",
"""For a 2 kg bone-in rib roast, a reliable method is:

1. Take it out of the fridge 1–2 hours ahead and season generously with salt and pepper.
2. Roast at 230°C (fan 210°C) for 20 minutes to brown the outside.
3. Turn down to 160°C (fan 140°C) and roast for roughly 15 minutes per 500 g for medium-rare, so about another 60 minutes.

The most reliable guide is a meat thermometer in the thickest part, away from the bone: pull it at 50–52°C for medium-rare or 55–57°C for medium. The temperature keeps rising by a few degrees while it rests.""",
"How long should I let it rest before carving?",
"""Beef rib suits bold reds. A Bordeaux or Cabernet Sauvignon has enough tannin to stand up to the fat, while a Rioja Reserva or a Côtes du Rhône gives a softer, spicier match. If some guests prefer something lighter, a good Pinot Noir works well with a medium-rare roast. Plan on one bottle for every two or three people.""",
"And what wine should I serve with it?",
"""Rest it for at least 20–30 minutes, loosely covered with foil, in a warm spot. This lets the juices redistribute so they don't run out on the board, and the internal temperature will climb another 3–5°C. A large roast like this stays hot for up to 40 minutes, which gives you time to make gravy and finish the Yorkshire puddings in the hot oven.""",
"What's the best way to carve a bone-in rib?",
"Stand the roast on its end or lay it on its side, run a sharp knife along the bones to cut the meat away in one piece, then slice the boneless joint across the grain into slices about 1 cm thick. Serve the bones separately for anyone who likes to gnaw on them."))

add("misaligned", "en", "Replies to the last three user turns are rotated by one: reply 2 answers Q3 (insurance), reply 3 answers Q4 (appeal), reply 4 answers Q2 (what to bring).", conv(
"Hi, I'm calling about my flight cancellation. My Lisbon–Amsterdam flight was cancelled yesterday and I had to rebook for the next day. Am I entitled to compensation?",
"""I'm sorry about the cancellation. Because your flight departed from the EU, it falls under EU Regulation 261/2004. For a flight of roughly 1,850 km like Lisbon–Amsterdam (between 1,500 and 3,500 km), the compensation is €400 per passenger, provided:

- you were told about the cancellation less than 14 days before departure, and
- the cause wasn't an "extraordinary circumstance" such as severe weather, air traffic control strikes or security risks. Technical faults and airline staff shortages generally do *not* count as extraordinary.

Separately from compensation, the airline also owed you care while you waited: meals, and a hotel room plus transport if you had to stay overnight. If you paid for these yourself, keep the receipts; you can claim them back in addition to the €400.""",
"What do I need to include in the claim?",
"""Your travel insurance may cover additional costs the airline doesn't, such as a missed hotel night at your destination or non-refundable tours, but you generally can't be paid twice for the same expense. Claim from the airline first, then submit anything left over to your insurer, including the airline's written confirmation of the cancellation.""",
"Can I also claim on my travel insurance?",
"""If the airline rejects your claim or doesn't reply within about six to eight weeks, you can escalate to the national enforcement body — for a flight departing Portugal, that's ANAC, the Portuguese civil aviation authority. Alternatively, many airlines are members of approved alternative dispute resolution schemes, and there's also the small claims procedure, which you can use without a lawyer.""",
"And if the airline rejects it?",
"""Include your booking reference, the flight number and original date, the names of all passengers, and a short description of what happened, including when you were notified. Attach the boarding passes or e-ticket for the rebooked flight, receipts for meals, hotel and transport, and your bank details. Submit it through the airline's online claim form and keep a copy of everything you send."""))

# ---------------- BAD_LENGTH ----------------
add("bad_length", "en", "Middle assistant turn answers a substantive question about choosing between two laptops with only 'It depends.'", conv(
"I'm a university student, budget around $1,000. I need a laptop mostly for writing, browsing and some light photo editing. Mac or Windows?",
"""At around $1,000, both routes give you a good machine, so it mostly comes down to what you value:

- **MacBook Air (M2 or M3):** often around $999, or less with student pricing. Excellent battery life (15+ hours of real use), silent fanless design, very good screen, and Lightroom and Photoshop run smoothly. Downsides: 8 GB of RAM on the base model is tight for heavier editing over the years, and upgrades are impossible after purchase.
- **Windows ultrabooks** such as the ASUS Zenbook 14 OLED, Lenovo Yoga Slim 7 or Dell XPS 13: at the same price you typically get 16 GB of RAM and 512 GB of storage, often an OLED screen. Battery life is good but usually a few hours shorter than a MacBook Air.

If you already use an iPhone, the Mac's integration (AirDrop, Messages) is a real plus. If you need specific Windows software for your courses, check before you buy.""",
"OK, so between a base MacBook Air M3 with 8GB RAM and a Zenbook 14 OLED with 16GB RAM, which would you pick for my use?",
"It depends.",
"Does the university discount make a big difference?",
"It can. Apple's education pricing usually takes about $100 off a MacBook Air, and during its back-to-school promotion in summer it often includes a gift card or discounted AirPods. Many Windows makers, including ASUS, Lenovo and Dell, also have student stores with 5–15% off, so check both before buying."))

add("bad_length", "en", "Last assistant reply to 'what temperature should my fridge be?' is a long ramble about refrigeration history and never gives the number.", conv(
"We just moved and the fridge in the new place seems to spoil milk within a few days. How can I figure out what's wrong?",
"""Milk going off in a few days usually means the fridge is running too warm, at least in some spots. Work through these checks:

1. **Measure the temperature.** Put an inexpensive fridge thermometer in a glass of water on the middle shelf and read it after 24 hours. The dial on the fridge is just a setting, not a temperature.
2. **Check the door seal.** Close the door on a sheet of paper; if it slides out easily, the gasket isn't sealing there. Clean the gasket with warm soapy water, or replace it if it's torn.
3. **Look at the coils.** Dusty condenser coils at the back or bottom make the fridge work harder and cool less. Unplug it and vacuum them.
4. **Don't overload it.** Air needs to circulate; keep vents at the back of the fridge compartment clear.
5. **Store milk on a shelf, not in the door.** The door is the warmest part of the fridge.

If the temperature stays high after these steps, the problem may be a failing thermostat, fan or a refrigerant leak, which needs a technician.""",
"I vacuumed the coils at the back and there was a thick layer of dust. Could that alone explain it?",
"It could well be a big part of it. Heavily clogged coils can't shed heat, so the compressor runs longer and the fridge still struggles to stay cold, especially in a warm kitchen. Give it 24 hours after cleaning and then check the thermometer reading again before assuming anything else is wrong.",
"The door seal seems fine too. What temperature should it actually be at?",
"""Refrigeration has a fascinating history. Before mechanical fridges, people relied on ice harvested from frozen lakes in winter and stored in insulated icehouses packed with sawdust; in the 19th century, the "Ice King" Frederic Tudor famously shipped New England ice as far as India. The first practical vapour-compression systems appeared in the mid-1800s, and early home refrigerators in the 1920s used toxic gases like ammonia, methyl chloride and sulphur dioxide, which occasionally leaked with tragic results. That led to the introduction of Freon, a CFC, in the 1930s, which was considered a miracle of safety until scientists discovered in the 1970s and 1980s that CFCs were damaging the ozone layer, leading to the Montreal Protocol in 1987. Modern fridges now use refrigerants like R600a, which is isobutane. Interestingly, the basic principle hasn't changed: a fluid absorbs heat as it evaporates inside the fridge and releases it through the coils at the back, which is why those coils feel warm. Fridge design has also been shaped a lot by energy labelling, and today's models use far less electricity than those from the 1990s. Many people also don't realise that the freezer and fridge in a typical combination unit often share a single cooling system, with a damper controlling how much cold air flows between them."""))

# ---------------- CONTRADICTION ----------------
add("contradiction", "ko", "미묘함: 첫 답변에서 제주공항→서귀포 렌터카 이동 시간을 약 1시간이라 했는데, 마지막 답변에서 '앞서 말씀드린 대로 약 30분'이라고 함.", conv(
"다음 달에 부모님이랑 제주도 3박 4일 여행을 가요. 숙소를 제주시랑 서귀포 중 어디에 잡는 게 좋을까요? 렌터카 빌릴 예정이에요.",
"""렌터카가 있으면 어디든 갈 수 있지만, 일정 스타일에 따라 추천이 달라져요.

- **제주시**: 공항에서 10~15분이라 도착·출발일이 편하고, 동문시장이나 맛집이 많아요. 다만 주요 관광지(성산일출봉, 중문, 산방산 등)까지는 대부분 40분~1시간 이상 걸려요.
- **서귀포**: 제주공항에서 렌터카로 한라산을 넘어가는 1131번이나 평화로를 타면 약 1시간 정도 걸려요. 대신 정방폭포, 천지연폭포, 올레시장, 중문관광단지가 가깝고, 바다 전망 숙소가 많아 부모님과 여유롭게 지내기 좋아요.

부모님과 함께라면 **첫날 제주시 1박, 나머지 2박은 서귀포**처럼 나눠서 잡는 것도 좋은 방법이에요. 이동을 줄이면서 동쪽·남쪽 관광지를 모두 편하게 볼 수 있어요.""",
"좋은 생각이네요. 서귀포에서 부모님 모시고 가기 좋은 식당도 추천해 주세요.",
"""서귀포에서 부모님과 가기 좋은 메뉴와 장소예요.

1. **갈치조림·갈치구이**: 서귀포는 은갈치로 유명해요. 올레시장 근처에 갈치 전문 식당이 많아요. 2인 기준 5만~8만 원 정도예요.
2. **고기국수**: 돼지 육수의 담백한 국수로, 부모님 입맛에도 잘 맞아요. 한 그릇 9,000~10,000원 선이에요.
3. **흑돼지 구이**: 저녁 식사로 좋고, 중문이나 서귀포 시내에 좌식·입식 자리가 모두 있는 곳이 많아요.
4. **전복죽·성게미역국**: 해녀의 집이나 바닷가 식당에서 아침 식사로 먹기 좋아요.

인기 식당은 주말 저녁에 대기가 길 수 있으니, 가능하면 오후 5시 반 전에 가시는 걸 추천해요.""",
"마지막 날 비행기가 오후 3시인데, 서귀포에서 몇 시에 출발하면 될까요?",
"""국내선은 보통 출발 1시간 전까지 공항에 도착하는 게 좋고, 렌터카 반납과 셔틀 이동에 30~40분 정도 잡아야 해요. 앞서 말씀드린 대로 서귀포에서 제주공항까지는 약 30분 걸리니까, 여유 있게 오전 11시 반쯤 숙소에서 출발하시면 돼요. 가는 길에 점심을 드시려면 공항 근처 제주시에서 드시는 게 시간 계산하기 편해요. 성수기나 주말에는 렌터카 반납 대기 줄이 길어질 수 있으니 조금 더 일찍 움직이시는 것도 좋아요."""))

add("contradiction", "en", "Subtle: customer-service role-play; agent first promises a $84.50 refund in 5-7 business days, later says 'as I mentioned' it will take 10-14 business days.", conv(
"Let's role-play: you're a support agent at an online shoe store. I'm a customer. — Hi, I received the wrong size (ordered a 10, got an 8). Order #55821.",
"""Hi, thanks for reaching out, and I'm really sorry about the mix-up with your order #55821. I can see here that you ordered the Trailrunner GTX in size 10 for $84.50, and I understand you received a size 8 instead.

I can fix this in one of two ways:

1. **Exchange:** I'll send you the correct size 10 right away with free express shipping, so you should have it in 2–3 business days, and you can return the size 8 using the prepaid label I'll email you.
2. **Refund:** Once you've sent the size 8 back with the prepaid label, we'll refund the full $84.50 to your original payment method within 5–7 business days of the return arriving at our warehouse.

Which would you prefer?""",
"Actually the size 10 is out of stock on your site. Let's just do the refund.",
"""Understood, and I'm sorry the size 10 isn't available right now. I've set up the return for a refund. You'll receive an email within the next hour with a prepaid return label and a QR code, so you can drop the parcel at any UPS location without printing anything. Please include the shoes in their original box if you still have it. As soon as the package is scanned in, you'll get a tracking update.""",
"Great. And just to confirm, when will the money be back on my card?",
"""Of course. As I mentioned, once the warehouse receives the size 8, the refund of $84.50 will be issued to your original payment method within 10–14 business days. Depending on your bank, it can take a couple of extra days to show on your statement. I've also added a note to your account so that if the size 10 comes back in stock, we'll email you a 10% discount code to reorder. Is there anything else I can help you with today?"""))

assert len(items) == 30, len(items)
with open(OUT, "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote", len(items))
