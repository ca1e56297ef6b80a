# Part C, dialogues m13c-005 .. m13c-008 (hand-written)


def H(s):
    return {"from": "human", "value": s.strip()}


def G(s):
    return {"from": "gpt", "value": s.strip()}


DIALOGUES = []

# ---------------------------------------------------------------- 005
DIALOGUES.append({
    "id": "m13c-005",
    "label": "misaligned",
    "language": "en",
    "note": "Replies to turns 3 and 4 are swapped: turn 3 (dismissive-physician story) gets feedback on the heparin near miss plus the 'why med-surg' question, and turn 4 (heparin story) gets the SBAR/escalation feedback plus the medication-error question.",
    "conversations": [
        H("""Can you play a nurse manager interviewing me for a med-surg RN position at a community hospital? I graduated 8 months ago and I've been on a telemetry unit since. Ask me one question at a time, and after each answer give me quick feedback before the next question."""),
        G("""Of course. I'll be Karen Mills, nurse manager of the 4 West medical-surgical unit, and I'll keep the feedback short and practical after each answer.

---

*Karen stands and shakes your hand.* "Thanks for coming in, have a seat. I've read your résumé, so I know you've been on telemetry for about eight months. Our unit has 32 beds, and on days our nurses usually carry five or six patients, so I'll start with something that comes up every shift here.

**Tell me about a time you had to prioritize care for several patients at once. What was going on, and how did you decide what to do first?**\""""),
        H(""""Sure. Last month I had five patients. Early in my shift, one patient's SpO2 dropped to 86% while I was in the middle of a med pass, another was due for IV antibiotics, and a third had his call light on for pain. I went to the desaturating patient first, sat him up, listened to his lungs and put him on 2 liters by nasal cannula per our protocol, then called the rapid response nurse when he only came up to 89%. I asked our CNA to get vitals on my other patients and told the patient in pain I'd be there in ten minutes. I gave the antibiotic about 20 minutes late, documented why, and then got to the pain patient.\""""),
        G("""*Feedback:* Strong answer. You followed an airway-breathing-circulation logic without having to name it, escalated at the right point, and delegated appropriately to the CNA. Two small upgrades: say out loud *why* you chose that order ("breathing comes before pain"), and finish with the outcome. What happened to that patient? Interviewers love a closing line like "he went to step-down and did well."

---

"That's a good example. Next one. **Tell me about a time you called a physician or provider with a concern and they were dismissive. How did you handle it?**\""""),
        H(""""On nights I had a post-op patient whose heart rate crept from 88 to 118 over four hours, and he was getting more confused. I paged the resident using SBAR. He said it was probably pain and to give the PRN. I gave it, but when I rechecked 30 minutes later nothing had changed, so I called back, said I was still concerned and asked him to come and evaluate the patient. When he didn't come, I told my charge nurse and we called the senior resident. It turned out the patient was septic.\""""),
        G("""*Feedback:* This is exactly the kind of answer managers want to hear. You were honest that you drew up the wrong strength instead of pretending you caught it instantly; you stopped, wasted it with a second nurse, told your charge nurse and filed a safety report, and it led to a real system fix, with pharmacy separating the 5,000 and 10,000 unit vials. One tip: add a sentence about what *you* do differently now, for example "I read the vial strength aloud before drawing up any high-alert medication." That shows the lesson stuck.

---

"I appreciate the honesty. Last question from me. **Why med-surg, and why our hospital? You've got telemetry experience. What draws you here?**\""""),
        H(""""Yes. I was giving a patient subcutaneous heparin. The order was 5,000 units, but the vial I'd pulled from the dispensing cabinet was 10,000 units per mL, because the two strengths were stocked in neighboring pockets. I'd drawn up a full mL before the barcode scanner flagged it at the bedside. I stopped, wasted it with another nurse as a witness, drew up the right dose, told my charge nurse and filed a safety report. Afterwards pharmacy moved the two strengths into separate drawers.\""""),
        G("""*Feedback:* Very good. You used SBAR, you reassessed after the intervention instead of just accepting the answer, and you followed the chain of command: charge nurse, then senior resident. That's precisely what we want from a new nurse. "I'm still concerned and I'd like you to come and evaluate the patient" is the key sentence, so say it word for word in a real interview. If your hospital uses a named escalation tool such as CUS ("I'm Concerned, I'm Uncomfortable, this is a Safety issue"), mention it by name.

---

"Great. This next one is uncomfortable for everyone. **Tell me about a medication error or near miss you were involved in. What happened, and what did you do?**\""""),
        H("""Okay, let's stop the role-play here. How did I do overall? What are my weak spots?"""),
        G("""*Out of character now.* Overall you came across as someone who'd be safe to hand a full assignment to, and that's the main thing a med-surg manager is trying to judge in a new grad. Here's the breakdown:

**Strengths**
- **Concrete, clinical examples.** You gave real numbers (SpO2 86%, heart rate 88 to 118, 2 liters by nasal cannula), which makes your stories believable and shows your assessment skills.
- **Escalation and chain of command.** Calling rapid response, and going to your charge nurse and then the senior resident, shows exactly the judgment managers worry about with newer nurses.
- **Safety culture.** You owned the near miss, reported it, and connected it to a system change. That's a standout answer.

**Weak spots to fix**
1. **Endings.** You tend to stop at the action. Add the **result**: what happened to the patient, or what changed on the unit. Use STAR (Situation, Task, Action, Result) and make sure the R is always there.
2. **Length.** Your answers were good but dense. Aim for about 60 to 90 seconds each; if they want more, they'll ask.
3. **Say your reasoning out loud.** "I went to him first because breathing comes before pain" shows prioritization more clearly than just describing what you did.
4. **Prepare "why med-surg and why us".** We didn't get to it, and it's almost always asked. Mention something specific about the hospital, such as its new-grad support or a program that genuinely appeals to you, and link it to your telemetry background: "I want broader exposure across diagnoses."
5. **Have your own questions ready.** For example: "How long is orientation, and will I have a consistent preceptor?", "What are typical ratios on days and nights?", "Do you support certifications like the CMSRN?"

With those tweaks, you'd be a strong candidate."""),
    ],
})

# ---------------------------------------------------------------- 006
DIALOGUES.append({
    "id": "m13c-006",
    "label": "off_topic",
    "language": "en",
    "note": "From turn 4 the user drops the pet-grief conversation and switches to shopping for car insurance, which continues through turn 5; the dialogue abandons its goal.",
    "conversations": [
        H("""My cat Miso died on Tuesday. She was 17. I got her in my second year of college and I'm 35 now. I keep crying at my desk at work and I feel ridiculous, because everyone acts like it's just a cat."""),
        G("""I'm so sorry about Miso. Seventeen years is almost half your life. She was there through college, through your twenties, probably through several homes, jobs and relationships. She wasn't "just a cat": she was the one constant who greeted you every day for nearly two decades. Crying at your desk a few days later isn't ridiculous. It's exactly what grief looks like after losing someone you loved for that long.

Part of what makes it harder is that pet loss is often what psychologists call *disenfranchised grief*: grief the people around you don't fully recognise, so you end up feeling you have to hide it or justify it. That extra layer of "I shouldn't feel this much" usually makes the pain heavier.

A few things that may help this week:
- **Tell one person at work.** You don't owe anyone an explanation, but a simple "My cat of 17 years died this week, so I'm a bit wobbly" to a colleague you trust takes the pressure off hiding it.
- **Step away when a wave comes.** Go outside or to the restroom for five minutes. Grief comes in waves, and fighting every one is exhausting.
- **Expect the home triggers.** The empty spot on the bed, her bowl, not hearing her at the door. It's fine to put her things away gradually, or to leave them out for a while.
- **Take a personal day if you can.** Some employers now even offer bereavement leave for pets.

What was she like?"""),
        H("""She was a grumpy little tortoiseshell who only liked me. The vet said her kidneys were failing and that putting her to sleep was the kind thing. But I keep thinking I waited too long. She'd stopped eating for two days before I brought her in."""),
        G("""That "did I wait too long" guilt is one of the most common things people feel after euthanasia, and I want to gently push back on it, because I don't think the facts support it.

Kidney disease in cats is notoriously hard to see. Cats are wired to hide weakness, and chronic kidney disease usually progresses slowly, with the kidneys compensating until most of their function is gone. By the time a cat stops eating, it often reflects a decline that has been quietly happening for a long time and that no owner could reasonably have spotted from day to day. Noticing she'd stopped eating and getting her to the vet within two days is what an attentive owner does.

Think, too, about what you did at the end. You listened to your vet, and you chose to spare her more suffering knowing it would break your heart. That was the last act of care you could give her, and you gave it. Many vets say "better a week too early than a day too late", and you didn't let her go through a long, drawn-out final stage.

Your grumpy tortoiseshell who only liked you chose her person well. When the guilt starts looping, try saying to yourself what you'd say to a friend in your place. You would never tell them they failed their cat."""),
        H("""Thank you. I got her ashes back yesterday. I want to do something to remember her but I don't know what."""),
        G("""That's a lovely thing to want. Here are some ideas, from small to bigger; pick whatever feels right, there's no deadline:

**Keep her close**
- A small keepsake urn or a pendant holding a tiny portion of her ashes, with the rest in a larger urn at home.
- A framed photo with her collar or name tag tucked into the frame.
- A clay paw print. Many vets make one at the time, and if yours didn't, some pet crematories can still arrange it.

**Something living**
- Plant a tree or shrub with some of her ashes. One practical note: cremated remains are very alkaline and high in salt, so mix them thoroughly with plenty of soil or compost, or use a product designed for planting with ashes, so the plant doesn't struggle.

**Tell her story**
- Make a small photo book of her 17 years, from college-dorm kitten to grumpy senior queen.
- Write her a letter: what she meant to you, what you'll miss, even the annoying things. It sounds simple, but it helps a lot with both grief and guilt.

**Pass it on**
- Donate to a local shelter in her name, or sponsor a senior cat's adoption fee. Older tortoiseshells are often overlooked.

You can also hold on to the ashes for a while before deciding. Some people know right away; others need months. Both are fine."""),
        H("""Thanks, I think I'll do the tree. Okay, totally different thing while I have you: my car insurance renewal just came in 30% higher than last year and I haven't had any claims. How do I shop around for a better rate?"""),
        G("""A 30% jump with no claims is frustrating but unfortunately common lately, since repair costs and claim payouts have risen across the industry. The good news is that shopping around often saves a lot. Here's how to do it efficiently:

1. **Gather your details first:** your current declarations page (coverage limits and deductibles), your VIN, licence numbers for all drivers, and your annual mileage. You want quotes for *identical* coverage so you compare like with like.
2. **Get at least three to five quotes.** Mix large direct insurers, a regional insurer and an independent agent, who can quote several companies at once. Online comparison tools are a starting point, but prices often change once you give full details.
3. **Ask about discounts explicitly:** multi-policy, paid-in-full, paperless and autopay, low mileage, good driver, defensive-driving course, professional or alumni associations. Many aren't applied unless you ask.
4. **Revisit your deductibles.** Raising collision and comprehensive deductibles from $500 to $1,000 can noticeably cut the premium, as long as you could cover $1,000 if you had to.
5. **Check whether you still need full coverage.** If the car is older and worth only a few thousand dollars, collision coverage may cost more than it could ever pay out.
6. **Call your current insurer before leaving.** Tell them you have a lower quote; sometimes they re-rate you or find discounts you missed.

Don't cancel the old policy until the new one is active, so you never have a gap in coverage."""),
        H("""Would bundling it with my renters insurance actually save much?"""),
        G("""Often, yes. Bundling is one of the most reliable discounts. Multi-policy discounts on the auto policy are typically somewhere around 5 to 25%, and renters insurance itself is cheap, often $10 to $25 a month. In many cases the auto discount you gain is bigger than the cost of the renters policy, so you effectively get renters coverage almost for free.

A few caveats:
- **Compare the bundle against the best separate prices.** Sometimes the cheapest auto insurer isn't the one with the best bundle, and two policies from different companies come out lower.
- **Check the renters coverage itself:** personal property limit, liability (around $100,000 is a sensible minimum), and whether it pays replacement cost or actual cash value.
- **Mind the renewal dates.** Some insurers let you align them so you can review both at once.

When you collect quotes, ask each company for the price of auto alone *and* auto plus renters. Then you'll see exactly what the bundle is worth."""),
    ],
})

# ---------------------------------------------------------------- 007
DIALOGUES.append({
    "id": "m13c-007",
    "label": "good",
    "language": "ro",
    "note": "Good: six-turn trivia game in Romanian; one question at a time, correct answers and facts, score kept accurately to a final 4/5.",
    "conversations": [
        H("""Hai să jucăm un joc de trivia! Vreau 5 întrebări de cultură generală, mai ales istorie și geografie, cu variante de răspuns. Pune-le pe rând și ține scorul, te rog."""),
        G("""Sigur, hai să începem! 🎯

**Regulile:** 5 întrebări, câte una pe rând, fiecare cu 4 variante de răspuns. Primești 1 punct pentru fiecare răspuns corect, iar după fiecare răspuns îți spun și câteva detalii interesante.

**Întrebarea 1 din 5 (geografie):**
Care este cel mai lung fluviu din Europa?

A) Dunărea
B) Volga
C) Nipru
D) Rinul

Scrie litera răspunsului tău!"""),
        H("""B, Volga."""),
        G("""✅ **Corect!** Volga are aproximativ 3.530 km, curge în întregime pe teritoriul Rusiei și se varsă în Marea Caspică. Dunărea este pe locul al doilea, cu circa 2.850 km, dar deține alt record: este fluviul care trece prin cele mai multe țări din lume, zece, de la Germania până la România și Ucraina.

**Scor: 1/1**

**Întrebarea 2 din 5 (istorie):**
În ce an a avut loc Marea Unire de la Alba Iulia?

A) 1859
B) 1877
C) 1918
D) 1947"""),
        H("""C, 1918. Asta a fost ușoară!"""),
        G("""✅ **Corect!** Pe 1 decembrie 1918, Marea Adunare Națională de la Alba Iulia a votat unirea Transilvaniei cu România, motiv pentru care 1 decembrie este Ziua Națională. Nici celelalte variante nu erau alese la întâmplare: în 1859 a avut loc Mica Unire, a Moldovei cu Țara Românească, sub Alexandru Ioan Cuza, iar în 1877 România și-a proclamat independența.

**Scor: 2/2**

**Întrebarea 3 din 5 (geografie și arhitectură):**
Care este cea mai înaltă clădire din lume?

A) Shanghai Tower
B) Burj Khalifa
C) Merdeka 118
D) Abraj Al-Bait"""),
        H("""Hmm, cred că Merdeka 118? Am auzit că e nouă și foarte înaltă."""),
        G("""❌ **Aproape, dar nu.** Răspunsul corect este **B) Burj Khalifa** din Dubai, cu 828 de metri, inaugurată în 2010. Ai avut totuși o intuiție bună: Merdeka 118 din Kuala Lumpur, finalizată în 2023, are aproximativ 679 de metri și este acum **a doua** cea mai înaltă clădire din lume, depășind Shanghai Tower (632 m).

**Scor: 2/3**

**Întrebarea 4 din 5 (literatură):**
Care scriitor român a scris nuvela „Moara cu noroc”?

A) Mihai Eminescu
B) Ioan Slavici
C) Ion Creangă
D) Liviu Rebreanu"""),
        H("""B, Slavici. Am citit-o la liceu, cu Ghiță și Lică Sămădăul."""),
        G("""✅ **Corect!** „Moara cu noroc” a apărut în 1881, în volumul *Novele din popor*. Este povestea cârciumarului Ghiță, care ajunge prins în jocul periculos al lui Lică Sămădăul, și una dintre cele mai cunoscute nuvele psihologice din literatura română. Tema e rezumată chiar din prima frază, rostită de bătrâna soacră a lui Ghiță: „Omul să fie mulțumit cu sărăcia sa...”

**Scor: 3/4**

**Întrebarea 5 din 5 (geografie), ultima!**
Care este capitala Australiei?

A) Sydney
B) Melbourne
C) Canberra
D) Perth"""),
        H("""C, Canberra! Spune-mi scorul final și ceva interesant despre Canberra."""),
        G("""✅ **Corect!** 🎉

**Scor final: 4/5**, un rezultat foarte bun! Singura scăpare a fost Burj Khalifa, și chiar și acolo ai ales clădirea de pe locul al doilea.

**Câteva lucruri interesante despre Canberra:**
- **A fost un compromis.** Când Australia a devenit federație, în 1901, Sydney și Melbourne erau rivale și niciuna nu accepta ca cealaltă să fie capitala. Soluția a fost un oraș nou, construit între ele. Până în 1927, Parlamentul federal s-a întrunit provizoriu la Melbourne.
- **A fost proiectată în urma unui concurs internațional,** câștigat în 1912 de arhitecții americani Walter Burley Griffin și Marion Mahony Griffin. Lacul artificial din centrul orașului se numește chiar Lake Burley Griffin.
- **Numele** ar proveni dintr-un cuvânt al aborigenilor Ngunnawal, tradus adesea ca „loc de întâlnire”.
- Deși este capitala, are doar în jur de 470.000 de locuitori, mult mai puțini decât Sydney sau Melbourne, care au fiecare peste 5 milioane.

Vrei o rundă nouă? Pot face una mai grea sau pe o anumită temă: sport, muzică, știință sau film."""),
    ],
})

# ---------------------------------------------------------------- 008
DIALOGUES.append({
    "id": "m13c-008",
    "label": "repetition",
    "language": "en",
    "note": "Turn 5: the user re-asks, in other words, the September weather/crowds question already answered in turn 2, and the agent restates the same temperatures, sea temperatures, crowd and cruise-ship advice.",
    "conversations": [
        H("""Can you play a travel agent for us? We're getting married on September 14 and want a 12-night honeymoon starting the 16th. Budget is about $9,000 for the two of us, not counting flights from the US. We love food and beaches and we don't want to rush around."""),
        G("""*Priya from Meridian Travel smiles and opens a fresh itinerary.* "Congratulations, both of you! Mid-September is a lovely time for a honeymoon: the summer crowds are thinning out, but the sea is still at its warmest. With $9,000 for 12 nights, not counting flights, you can do something really special without counting every euro.

Based on food, beaches and not rushing, here are three directions I'd suggest:

**1. Amalfi Coast + Santorini (6 + 6 nights)**
The classic pairing of two honeymoon icons. Amalfi for lemon groves, long lunches and boat days; Santorini for caldera sunsets and a slower island pace. One flight in the middle.

**2. Greek islands only: Naxos + Milos (6 + 6 nights)**
Less famous and more relaxed, with fantastic beaches and tavernas, and your budget stretches further. Good if you want barefoot rather than glamorous.

**3. Portugal: Lisbon + the Algarve (4 + 8 nights)**
Amazing food and wine, dramatic cliffs and beaches, and great value. The Atlantic is cooler, about 20 to 22°C in September, so the swimming is more bracing.

Two quick questions to narrow it down: how important is a 'wow' hotel with a view compared with a charming, simpler place? And do you prefer lively evenings or quiet dinners for two?\""""),
        H("""Amalfi plus Santorini sounds dreamy. But is mid to late September actually a good time for those places? Weather, crowds?"""),
        G(""""Honestly, it's one of my favourite windows for both. Here's what to expect:

**Amalfi Coast, mid to late September**
- Daytime highs around 25 to 27°C (upper 70s °F), evenings around 18 to 20°C. Warm enough for dinner outside, though you may want a light layer.
- The sea is at its warmest of the year, about 24 to 25°C, after a whole summer of heating up.
- Crowds drop noticeably after the first week of September, once European school holidays end, although Positano stays busy at weekends. Ferries run full schedules until about late October.
- Rain: a day or two of showers is possible, more likely toward the end of the month.

**Santorini, late September**
- Highs around 24 to 26°C, sea around 23 to 24°C.
- The strong *meltemi* winds of July and August usually ease off, so beach days are more pleasant.
- Crowds are still real, mainly because of cruise ships. Fira and Oia get packed between roughly 10 a.m. and 5 p.m. on big ship days. I'd put you in Imerovigli: the same caldera views as Oia, much calmer, and a 10-minute drive from the busy spots.

So: excellent weather, a warm sea and noticeably fewer people than in July or August. We'll just plan your Oia sunset for a day with fewer ships in port. I can check the cruise calendar for you.\""""),
        H("""Perfect. How would you split the 12 nights, and how do we get between the two?"""),
        G(""""Here's the split I'd recommend, keeping the no-rushing rule in mind:

**Nights 1 to 6: Amalfi Coast, one base**
- Fly into **Naples**. A private transfer to Praiano or Positano takes about 1 hour 15 minutes to 1 hour 30 minutes depending on traffic, and costs around €150 to €200 for the car.
- I'd base you in **Praiano**: quieter and a little cheaper than Positano, with the same views, and 10 minutes away by taxi or bus. Six nights in one place means no repacking.
- Easy days from there: a boat day to **Capri**, a morning in **Amalfi** and **Ravello** (the gardens of Villa Rufolo are magical), and the **Path of the Gods** if you want one active day. It's about three hours, mostly downhill if you start from Bomerano.

**Day 7: travel day to Santorini**
- Morning transfer back to Naples airport.
- There are sometimes seasonal direct flights, but the reliable route is **Naples to Athens to Santorini**, usually on Aegean. Plan on five to six hours door to door. I won't book you a tight connection on your honeymoon.

**Nights 7 to 12: Santorini, Imerovigli**
- Arrive in time for your first caldera sunset from your terrace.
- Days: a sunset catamaran cruise, a wine tasting at Santo Wines or Venetsanos, the black-sand beaches at Perissa or Kamari (bring water shoes), and the caldera walk from Fira to Oia, about 10 km.

**Day 13: fly home via Athens.**\""""),
        H("""What would the hotels roughly cost, and does it all fit our budget?"""),
        G(""""Here's a realistic estimate for mid to late September, at roughly $1.09 to the euro:

**Accommodation**
- **Praiano, 6 nights**, boutique hotel, sea-view room with breakfast: about €350 to €450 a night, so **€2,400** at an average of €400 (about $2,620).
- **Imerovigli, 6 nights**, caldera-view suite with a private terrace or plunge pool: about €400 to €550 a night, so **€2,850** at an average of €475 (about $3,110).

**Getting around**
- Naples airport to Praiano and back, private transfers: about €360
- Naples to Athens to Santorini flights for two: about €360
- Santorini airport transfers and a few taxis: about €100
- **Subtotal: about €820 (about $890)**

**Total so far: about $6,620**

That leaves roughly **$2,380** for food, activities and extras, about $200 a day for the two of you. Breakfast is included at both hotels, so that covers a relaxed lunch and a good dinner most days, plus a few experiences such as a shared Capri boat tour (around €80 to €100 each) and a sunset catamaran in Santorini (around €120 to €150 each).

Where it gets tight: if you want a private boat day or a couple of very high-end dinners, I'd trim one hotel. Dropping Santorini to around €400 a night frees up about $500.

Shall I start checking availability at a few specific hotels?\""""),
        H("""This all sounds great. Before we commit, though: what's the weather really like in those two places in the second half of September? And are we going to be fighting crowds everywhere?"""),
        G(""""Of course, it's worth being sure. In the second half of September both places are in what I'd call their sweet spot.

On the **Amalfi Coast**, expect daytime temperatures of roughly 25 to 27°C, the upper 70s in Fahrenheit, with pleasant evenings around 18 to 20°C, so bring a light layer for dinner. The sea is the warmest it gets all year, around 24 to 25°C. Once the European school holidays finish in early September, crowds fall off noticeably, though Positano still gets busy at weekends, and the ferries keep running on their full timetable until late October. You might get a day or two of showers, more likely toward the end of the month.

In **Santorini**, highs are around 24 to 26°C and the sea is about 23 to 24°C. The *meltemi* winds that blow hard in July and August have usually calmed down. It won't be empty, because the cruise ships keep coming, and Fira and Oia are packed from about 10 a.m. to 5 p.m. on heavy ship days. That's exactly why I've put you in Imerovigli: the same caldera views, much calmer, and only a 10-minute drive from the busy spots.

In short: great weather, warm water and far fewer people than in high summer. I'll check the cruise schedule so we can plan your Oia sunset for a quieter day.\""""),
    ],
})
