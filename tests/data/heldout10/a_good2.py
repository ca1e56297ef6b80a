# Hand-written dialogues for part a: good ones (2/2).


def H(s):
    return {"from": "human", "value": s.strip()}


def G(s):
    return {"from": "gpt", "value": s.strip()}


DIALOGUES = []

# ---------------------------------------------------------------- baby sleep
DIALOGUES.append({
    "label": "good",
    "language": "en",
    "note": "Good: exhausted parent of a 4-month-old; sleep regression explained, stop swaddling once rolling (AAP), sample day with wake windows, empathetic answer on feeding to sleep with safe-sleep and postpartum caveats.",
    "conversations": [
        H("""
My son is 4 months old. Until two weeks ago he was doing 5-hour stretches at night; now he wakes every 1.5 to 2 hours and only settles if I feed him. I'm so tired I can barely think. What's happening?
"""),
        G("""
I'm sorry. Going from 5-hour stretches back to waking every 90 minutes is brutal, and it's completely understandable that you're running on empty.

What you describe is very typical of the so-called **4-month sleep regression**. Around this age a baby's sleep matures into a more adult-like pattern: he now cycles between light and deep sleep, and at the end of each cycle he partly wakes. If he fell asleep feeding or being rocked, he may need the same help to link into the next cycle, which can mean a wake-up every 1.5-2 hours. It's a developmental change, not something you did wrong.

**Things that often pile on at this age**
- New skills (rolling, grabbing, noticing everything) that make him busier and more distractible.
- Growth spurts, which can briefly increase night hunger.
- Shorter daytime naps.

**Worth checking with your pediatrician**
- Fever, ear pulling, congestion or unusual fussiness, which could point to illness.
- Poor feeding or fewer wet diapers.

**Things that help you right now**
- If you have a partner, take shifts so each of you gets one 4-5 hour block of sleep.
- Sleep when he naps at least once a day, even if the house is a mess.
- Say yes to offers of help.

For most babies the worst of this phase eases within a few weeks, especially as routines shift gradually. If you tell me about his days, naps and bedtime, I can suggest some concrete tweaks.
"""),
        H("""
He's started rolling onto his side in the crib, but we still swaddle him for sleep. Should we stop?
"""),
        G("""
Yes, it's time to stop swaddling. The American Academy of Pediatrics advises stopping as soon as a baby shows signs of trying to roll, because a swaddled baby who ends up on his tummy can't use his arms to push up or turn his face clear.

**How to transition**
- **Gradual:** one arm out for 2-3 nights, then both arms out, then a sleep sack.
- **All at once:** go straight to an arms-free sleep sack (wearable blanket). Many babies adjust within 3-5 nights.
Choose a sleep sack with a TOG rating suited to your room temperature, so you don't need loose blankets.

**Safe sleep now that he's mobile**
- Always put him down on his back. Once he can roll both ways by himself, you don't need to turn him back if he rolls over.
- Firm, flat mattress with only a fitted sheet: no pillows, bumpers or soft toys.
- Keep the room comfortable, around 20-22 C (68-72 F).

The first few nights without the swaddle may be rough, because he'll startle himself awake more often. That's expected and usually short-lived.
"""),
        H("""
His naps are tiny, 30 minutes max, and I never know when to put him down. What should a day look like at this age?
"""),
        G("""
Thirty-minute naps are very common at 4 months; many babies don't lengthen their naps until 5-6 months. A rough rhythm still helps.

**Guidelines for a 4-month-old**
- **Wake windows:** about 1.5-2 hours between sleeps, shorter in the morning, longer before bed.
- **Naps:** usually 3-4 a day.
- **Total sleep:** roughly 12-16 hours per 24 hours, naps included.
- **Bedtime:** often between 6:30 and 8 p.m.; earlier on days with short naps.

**Sample day (adjust to your baby)**
- 7:00 wake and feed
- 8:30 nap 1
- 9:15 wake, feed, play
- 11:00 nap 2
- 11:45 wake, feed
- 1:30 p.m. nap 3
- 2:15 wake, feed
- 4:15 short catnap (20-30 minutes)
- 6:15 bedtime routine: wash, pyjamas, feed, song
- 6:45 asleep

**Tips**
- Watch for sleepy cues (staring into space, red eyebrows, yawning, fussing) and start winding down when you see the first ones.
- Darken the room for naps; it helps him link a second sleep cycle.
- White noise is fine: keep it at a moderate volume (under about 50 dB) and place the machine across the room, not in the crib.
- If a nap is short, just move the next one earlier.
"""),
        H("""
We've been feeding him to sleep for every nap and at night. My mother-in-law says we're creating a bad habit and he'll never learn to sleep on his own. Now I feel guilty. Is she right?
"""),
        G("""
You haven't done anything wrong. Feeding a baby to sleep is about the most natural thing there is: milk makes babies sleepy, sucking soothes them, and for most of human history that's how babies have fallen asleep. It doesn't harm him, and it doesn't mean he'll "never" sleep independently; children learn to fall asleep in many ways as they grow.

What is true is that a baby who always falls asleep at the breast or bottle may look for the same help at every night waking. Whether that's a problem depends entirely on whether it's working for your family. If you're coping, you don't need to change anything. If you're at breaking point, you can shift things gently:

- **Move the feed earlier in the routine:** feed, then diaper, then a song or book, then into the crib. He may still be drowsy; that's fine.
- **Practise once a day:** try putting him down drowsy but awake for the first nap, when babies settle most easily. If he fusses, pick him up, calm him and try again, or feed him to sleep and try tomorrow.
- **Share the settling:** a partner or another carer can rock, walk or pat him, so not every waking falls to you.

Most pediatricians suggest waiting until around 6 months before any formal sleep training, and many families never do it at all. You can kindly tell your mother-in-law that you're following your pediatrician's guidance.

And please look after yourself: if the tiredness turns into feeling persistently low, hopeless or anxious, tell your doctor. That's common after a baby and very treatable.
"""),
    ],
})

# ---------------------------------------------------------------- 3D printing
DIALOGUES.append({
    "label": "good",
    "language": "en",
    "note": "Good: Ender 3 V2 stringing fixed by drying filament and lowering temp; PLA ruled out for a car part (glass transition); user drops ASA for PETG because of no enclosure and fumes in the bedroom; strength settings; PETG sticking to PEI.",
    "conversations": [
        H("""
My Ender 3 V2 strings badly with PLA, cobwebs everywhere between parts. Current settings: nozzle 210 C, bed 60 C, retraction 6.5 mm at 25 mm/s. What should I change first?
"""),
        G("""
Stringing is usually a mix of three things: moisture in the filament, a temperature that's too high, and retraction that isn't quite right. I'd go in this order.

**1. Dry the filament**
PLA absorbs moisture from the air, and wet filament strings and pops. Dry it at about 45-50 C for 4-6 hours in a filament dryer or food dehydrator. If the spool has been sitting out for weeks, this alone often removes most of the stringing.

**2. Lower the temperature**
210 C is on the hot side for many PLAs. Print a **temperature tower** (Cura and PrusaSlicer both include calibration models) from 220 down to 190 C in 5 C steps, and pick the lowest temperature that still gives good layer bonding. Many PLAs are happiest at 195-205 C.

**3. Tune retraction**
The Ender 3 V2 has a Bowden extruder, so it needs longer retractions than a direct drive, but 25 mm/s is slow. Try:
- Retraction distance: **5 mm**
- Retraction speed: **40-45 mm/s**
Then print a retraction tower, varying the distance in 0.5 mm steps between 4 and 7 mm.

**4. Travel settings**
- Travel speed around 150 mm/s.
- In Cura, set Combing Mode to "Within Infill" so the nozzle travels over the part rather than across open air.

**5. Hardware check**
Make sure the PTFE tube sits tight against the nozzle inside the hotend with no gap, and that the couplers don't let the tube move. A gap there causes stringing and clogs.

Change one thing at a time so you know what helped.
"""),
        H("""
Drying the spool and dropping to 200 C fixed almost all of it, thanks! Next project: a phone holder that clips into my car's air vent. Is PLA OK for that?
"""),
        G("""
I wouldn't use PLA for anything that lives in a car. PLA starts to soften around 55-60 C (its glass transition temperature), and a parked car's interior easily reaches 60-70 C in summer, with the dashboard even hotter. A PLA holder will sag or warp, especially with a phone hanging from it.

Better options:
- **PETG:** softens around 80 C, tough rather than brittle, and printable on an open-frame printer like yours. A good default here.
- **ASA:** handles heat (around 100 C) and UV much better, which matters in direct sun, but it warps easily, really wants an enclosure, and gives off styrene fumes, so it needs good ventilation.
- **ABS:** similar heat resistance to ASA, worse UV resistance, and the same enclosure and fume issues.

Starting points for PETG on the Ender 3 V2:
- Nozzle 235-245 C, bed 70-80 C.
- Part cooling fan at 30-50%.
- Retraction a little shorter and slower than for PLA: try 4.5-5 mm at 35 mm/s.
- First layer slowed to about 20 mm/s.
"""),
        H("""
I was leaning towards ASA since it's the most heat resistant, but the printer is in my bedroom and I have no enclosure, so I'll go with PETG after all. How do I make the holder strong: infill, walls?
"""),
        G("""
Sensible choice; PETG is plenty for an air-vent mount. For strength, walls matter more than infill:

- **Walls (perimeters):** 4-5 with a 0.4 mm nozzle, i.e. 1.6-2.0 mm thick. Most of the load in a clip goes through the outer shell.
- **Top/bottom layers:** 5 each.
- **Infill:** 30-40% gyroid or cubic. Going to 100% adds weight and print time more than strength.
- **Layer height:** 0.2 mm is fine. PETG bonds well between layers, especially toward the hotter end of its range (around 240 C).
- **Orientation:** the big one. Prints are weakest between layers, so orient the part so the clip's bending force runs *along* the layers rather than pulling them apart. For a vent clip that usually means printing it on its side.
- **Design:** add small fillets where the clip meets the body; sharp inside corners concentrate stress and are where clips crack.

Print one, flex the clip gently a few dozen times, and check for whitening or cracks at the base before trusting it with your phone.
"""),
        H("""
The first PETG print stuck so hard to my smooth PEI sheet that it tore a chunk out of the surface. How do I stop that happening again?
"""),
        G("""
That's a classic PETG problem: it bonds extremely well to smooth PEI and glass. To protect the sheet:

1. **Use a release layer:** a thin, even coat of glue stick over the print area (the washable purple kind dries clear). Some people wipe on window cleaner instead. The part sticks to the layer, not to the PEI.
2. **Don't over-squish the first layer:** PETG doesn't want to be pressed into the bed as hard as PLA. Raise the Z-offset by about 0.02-0.05 mm.
3. **Lower the bed** to about 70 C.
4. **Let it cool completely** before removing the part, then flex the steel sheet.
5. **Consider a textured PEI sheet** for PETG: parts release by themselves once cool, and it costs about the same as a smooth one.

For the damaged spot, you can scuff it lightly with fine sandpaper (around 1000 grit) and clean it with isopropyl alcohol, but keep PETG off that area if you can.
"""),
    ],
})

# ---------------------------------------------------------------- gardening (fr)
DIALOGUES.append({
    "label": "good",
    "language": "fr",
    "note": "Good: tomates sur un balcon lyonnais; plantation après les Saints de glace, volume de terreau; l'utilisateur remplace ses pots de 10 L par des bacs de 40 L et la réponse s'adapte (poids, espacement); arrosage régulier contre l'éclatement.",
    "conversations": [
        H("""
Bonjour ! Je voudrais faire pousser des tomates sur mon balcon à Lyon, exposé plein sud. On est mi-avril. Par où je commence ?
"""),
        G("""
Bonne nouvelle : un balcon plein sud à Lyon, c'est idéal pour les tomates. Voici les étapes.

**1. Acheter des plants plutôt que semer**
À la mi-avril, il est un peu tard pour semer en intérieur ; achetez des plants en jardinerie ou au marché fin avril ou début mai. Pour un balcon, privilégiez :
- des tomates cerises ('Sweet 100', 'Poire jaune', 'Cerise noire'), productives et peu exigeantes ;
- une variété compacte comme 'Maskotka', qui n'a presque pas besoin de tuteur.

**2. Attendre le bon moment**
Les tomates détestent le froid : sortez-les pour de bon quand les nuits restent au-dessus de 10-12 °C, en général après les **Saints de glace (11-13 mai)** dans la région lyonnaise. D'ici là, gardez les plants derrière une fenêtre lumineuse ou sortez-les seulement la journée.

**3. Prévoir de grands contenants**
Comptez au minimum **20 à 30 litres de terreau par plant**. Dans de petits pots, la terre sèche en quelques heures en plein soleil.

**4. Le substrat**
Un terreau « spécial tomates », ou un terreau universel mélangé à 20-30 % de compost bien mûr.

**5. Tuteurer dès la plantation**
Un tuteur ou une spirale de 1,50 m. Enterrez la tige jusqu'aux premières feuilles : elle fera des racines supplémentaires.
"""),
        H("""
J'avais acheté des pots de 10 litres, mais du coup je vais plutôt prendre deux bacs de 40 litres et mettre deux plants dans chacun. Ça marche ? Mon balcon est assez petit.
"""),
        G("""
Oui, c'est un bien meilleur choix que les pots de 10 litres. Quelques points :
- **Deux plants par bac de 40 litres** : parfait pour des tomates cerises ou 'Maskotka'. Pour une grosse tomate de type 'Cœur de bœuf', gardez plutôt un seul plant par bac.
- **Espacement** : environ 40 cm entre les deux plants, un à chaque extrémité du bac.
- **Drainage** : des trous au fond, 3-4 cm de billes d'argile, et une soucoupe pour ne pas arroser le voisin du dessous.
- **Poids** : un bac de 40 litres de terreau humide pèse facilement 40 à 50 kg. Placez-les contre la façade plutôt qu'au bord du balcon et, en cas de doute, vérifiez la charge admise dans le règlement de copropriété.
- **Tuteurs** : côté mur, pour pouvoir les attacher facilement.

Gardez les pots de 10 litres pour du basilic : il aime les mêmes conditions que les tomates.
"""),
        H("""
Dernière question : en plein été, comment arroser sans que les tomates éclatent ?
"""),
        G("""
Les fruits éclatent surtout quand l'arrosage est **irrégulier** : après une période sèche, un gros apport d'eau fait gonfler la chair plus vite que la peau. La clé, c'est la régularité.
- **Le matin** de préférence, au pied des plants, sans mouiller les feuilles (cela limite le mildiou).
- **Fréquence** : en plein été, sur un balcon sud et en bac de 40 litres, comptez un arrosage par jour, parfois deux pendant une canicule. Enfoncez un doigt dans la terre : si elle est sèche sur 2-3 cm, arrosez.
- **Quantité** : arrosez jusqu'à ce que l'eau commence à sortir par le fond, puis arrêtez.
- **Paillage** : 5 cm de paille ou de paillettes de lin sur la terre gardent l'humidité beaucoup plus longtemps.
- **Engrais** : dès les premières fleurs, un engrais riche en potasse (engrais tomates) toutes les deux semaines.
- **Pendant les vacances**, un goutte-à-goutte avec programmateur ou des cônes d'arrosage en terre cuite évitent les à-coups.

Enfin, récoltez les tomates dès qu'elles sont colorées, surtout si un orage est annoncé : ce sont les fruits mûrs qui éclatent le plus facilement.
"""),
    ],
})

# ---------------------------------------------------------------- small claims (TX)
DIALOGUES.append({
    "label": "good",
    "language": "en",
    "note": "Good: Texas justice court for a $3,200 contractor deposit (limit $20,000, 14 days to answer); user switches defendant from the individual to the LLC named on the invoice and the assistant explains registered agent lookup; demand letter; collecting a judgment.",
    "conversations": [
        H("""
A fence contractor took a $3,200 deposit from me in March, never showed up to start the job, and now won't answer calls or texts. I'm in Austin, Texas. Can I take him to small claims?
"""),
        G("""
Yes. In Texas, small claims cases are heard in **justice court** (the justice of the peace courts), which handles claims up to **$20,000**, so $3,200 is well within the limit. You don't need a lawyer; the process is designed for people representing themselves. (General information, not legal advice.)

**Typical path**
1. **Send a written demand** for the $3,200 with a short deadline. It often works, and it shows the judge you tried to resolve things.
2. **Gather evidence:** the contract or quote, the receipt or bank record of the payment, texts and call logs showing he stopped responding, and any start dates he promised.
3. **File a small claims petition** in justice court, generally in the county and precinct where the defendant lives or where the work was to be done; for you that's likely a Travis County justice court.
4. **Pay the fees:** filing is roughly $54, plus a fee to have the defendant served by a constable or sheriff, often around $75-$100. Fees vary by county, so check the court's website. If you can't afford them, you can file a Statement of Inability to Afford Payment of Court Costs.
5. **Service:** once served, the defendant has **14 days** to file an answer. If he doesn't, you can ask for a default judgment.
6. **Hearing:** bring your evidence and a short written timeline.

You can ask for court costs on top of the $3,200. Do you have a written contract or invoice from him?
"""),
        H("""
I do have an invoice. I was going to sue him personally, but I just noticed the invoice header says "Lone Star Fencing LLC". Who should I name?
"""),
        G("""
Good catch, because it matters. If you contracted with an LLC, your claim is mainly against the **company**, and the petition should name it exactly as it's registered.

**Find the legal name and registered agent**
- Use the **Texas Comptroller's Taxable Entity Search** (free, online): search for "Lone Star Fencing" and note the exact legal name, its status and the registered agent with address.
- Or search **SOSDirect**, the Secretary of State's system (small per-search fee).

**Who gets served**
An LLC is served through its **registered agent** at the registered office address. Put that in the petition so the constable knows where to go.

**What about the owner personally?**
The LLC generally shields its owner from personal liability for the company's contracts. There are exceptions, for example a personal guarantee or fraud, but they're harder to prove. Some people name both the LLC and the individual; if you're unsure, a local legal aid clinic or a lawyer referral service can give quick guidance (the clerk can explain forms but can't give legal advice).

Also note the LLC's status. If its right to do business was forfeited for unpaid franchise taxes, its managers can in some cases be personally liable for debts created during that period.
"""),
        H("""
What should the demand letter say, and how long should I give them?
"""),
        G("""
Keep it short, factual and firm. Send it by **certified mail, return receipt requested**, to the registered agent and to the business address on the invoice, and email or text a photo of it as well.

**Contents**
1. The date, your name and your address.
2. Addressed to Lone Star Fencing LLC, using the exact legal name you found, care of its registered agent.
3. The facts: the March date you paid the $3,200 deposit, the invoice number, that no work was ever started, and a few dates when your calls and messages went unanswered.
4. The demand: a full refund of $3,200.
5. The deadline: payment within **10 days** of the letter's date (14 is also common; either is reasonable).
6. The consequence: if you aren't paid by then, you'll file a small claims petition in Travis County justice court for the $3,200 plus court costs.
7. How to pay: for example a cashier's check mailed to your address, or a bank transfer.

No threats or insults; a judge may read it. Keep copies of the letter, the mailing receipt and the green return card.
"""),
        H("""
Say I win but the company still doesn't pay. Then what?
"""),
        G("""
A judgment says they owe you, but the court won't collect it for you. Options in Texas:

- **Ask first:** send a copy of the judgment with a request for payment; some businesses pay at that point.
- **Writ of execution:** once the judgment is final (ask the clerk about the waiting period for appeals), you can ask the court to issue a writ directing the constable to seize and sell non-exempt property of the company, such as equipment or vehicles owned by the LLC.
- **Abstract of judgment:** recorded with the county clerk, it creates a lien on real estate the debtor owns in that county, so it can't be sold or refinanced without paying you.
- **Bank account:** a writ of garnishment can reach money in the company's account; it's a separate proceeding and worth getting advice on.
- **Interest and time:** post-judgment interest accrues, and a Texas judgment can be kept alive, so it doesn't simply vanish if they stall.

Texas protects individuals' homesteads and most wages from collection, but those protections are mostly for people, not an LLC's business assets. If the company has little or nothing, collecting can be hard, which is one more reason to check its status before you file.
"""),
    ],
})

# ---------------------------------------------------------------- role-play interview
DIALOGUES.append({
    "label": "good",
    "language": "en",
    "note": "Good: role-play barista interview; assistant stays in character, asks one question at a time with specific feedback (milk 55-65 C, 18 g in / 36 g out) and a consistent final summary.",
    "conversations": [
        H("""
I have an interview next week for a barista job at a specialty coffee shop. Could you role-play the manager and interview me? One question at a time, and give me quick feedback after each answer.
"""),
        G("""
Happy to. I'll play **Dana, the manager at Ridgeline Coffee**, a small specialty shop that roasts its own beans. After each answer I'll step out of character briefly with feedback, then ask the next question.

---

*Dana:* "Hi, thanks for coming in! Have a seat. So, to start: tell me a little about yourself and why you want to work at Ridgeline."
"""),
        H("""
Thanks for having me. I've worked behind the counter at a bakery for two years, so I'm used to busy mornings and handling cash. Over the last year I've gotten really into coffee. I make pour-overs at home with a V60, and I'd like to learn to do it properly.
"""),
        G("""
**Feedback:** Solid start. You linked real experience (two years, busy mornings, cash handling) to the job, and the V60 detail shows genuine interest. Two improvements:
- Mention something specific about *this* shop, for example that they roast in-house, or a coffee of theirs you tried. Managers love hearing you've visited.
- "I'd like to learn to do it properly" is good; add that you learn quickly, with a one-line example from the bakery.

---

*Dana:* "Great. Picture this: it's 8 a.m., the line is out the door, and a regular comes back to the counter saying her oat latte tastes burnt. What do you do?"
"""),
        H("""
I'd apologize and offer to remake it right away. I'd check whether the milk got overheated, since oat milk can scorch, and I'd make sure the new one goes ahead of the queue so she's not waiting again.
"""),
        G("""
**Feedback:** Very good: you took ownership, fixed it fast and thought about the cause. To make it excellent:
- Mention temperature. Most shops steam milk to about 55-65 C; above roughly 70 C milk, and oat milk especially, starts to taste cooked or burnt. Saying that shows technical knowledge.
- Add that you'd quietly tell the colleague on the steam wand, or the shift lead, so it doesn't keep happening through the rush.

---

*Dana:* "Nice. What do you know about dialing in espresso?"
"""),
        H("""
I know you adjust the grind to hit a target, like 18 grams in, 36 grams out, in about 25 to 30 seconds. If it runs fast and tastes sour you grind finer, and if it's slow and bitter you go coarser.
"""),
        G("""
**Feedback:** That's a strong answer for an entry-level candidate. A 1:2 ratio in 25-30 seconds is exactly the kind of starting recipe many shops use, and you have the sour/finer, bitter/coarser logic right. To stand out:
- Say you'd change **one variable at a time** and taste after each adjustment.
- Show you'd follow their recipe: "I know Ridgeline might pull a different ratio for your house espresso, and I'd love to learn how you dial in each morning."

---

*Dana:* "Last one from me: do you have any questions for us?"
"""),
        H("""
Um, I'd probably ask about the schedule, like how many hours a week?
"""),
        G("""
**Feedback:** Asking about hours is fine and practical, but on its own it can sound as if the schedule is your main interest. Have two or three questions ready and lead with one about the job itself, for example:
- "What does training look like for new baristas here?"
- "How do you choose which coffees go on the menu, and do baristas get to taste through new roasts?"
- "What separates a good barista from a great one at Ridgeline?"
Then ask about hours and shift patterns at the end.

---

*Dana:* "Those are great questions. Thanks for coming in; we'll be in touch by Friday."
"""),
        H("""
That was really helpful. What are the top things I should work on before the real interview?
"""),
        G("""
Here's your short list, based on how you did:

1. **Research the shop.** Visit once, order something, note what they roast and a drink you liked, and work it into your opening answer.
2. **Tighten your intro** to about 45 seconds: two years at the bakery (rush hours, cash), home brewing on the V60, and why this shop.
3. **Keep your complaint answer**; it was your strongest. Add the milk temperature (55-65 C) and telling the team.
4. **Espresso:** you already know 18 g in, 36 g out, 25-30 seconds. Add "one change at a time, taste every shot" and openness to their recipe.
5. **Prepare 2-3 questions**, starting with training or coffee rather than hours.
6. **Logistics:** bring a printed résumé, know your availability (early starts, weekends), and arrive 10 minutes early.

You already come across as reliable and genuinely interested in coffee, which is most of what a specialty shop is hiring for. Good luck!
"""),
    ],
})

# ---------------------------------------------------------------- bike chain (de)
DIALOGUES.append({
    "label": "good",
    "language": "de",
    "note": "Good: 9-fach-Kette springt; Verschleiß messen (0,5 %/0,75 %), Kassette prüfen; Nutzer wechselt vom Nietstift zum wiederverwendbaren Kettenschloss und die Antwort passt Kürzen und Montage daran an; Ölen einer neuen Kette.",
    "conversations": [
        H("""
Mein Trekkingrad hat eine Shimano-9-fach-Schaltung. Seit ein paar Wochen springt die Kette unter Last, vor allem auf den mittleren Ritzeln. Kann das an der Kette liegen, und wie prüfe ich das?
"""),
        G("""
Gut möglich: Eine gelängte Kette ist die häufigste Ursache für Durchrutschen unter Last. Die Kette dehnt sich dabei nicht wirklich, sondern verschleißt an Bolzen und Hülsen, sodass sie nicht mehr sauber in die Zähne der Ritzel greift.

**So prüfst du den Verschleiß**
- **Verschleißlehre** (z. B. Park Tool CC-3.2 oder Rohloff Caliber 2, etwa 10-25 €): einhängen und ablesen. Bei 9-fach solltest du die Kette bei **0,5 %** wechseln, spätestens bei 0,75 %.
- **Mit dem Zollstock:** 24 Glieder einer neuen Kette messen genau 12 Zoll (304,8 mm) von Bolzenmitte zu Bolzenmitte. Misst du etwa 306,4 mm, entspricht das rund 0,5 % Längung.

**Andere mögliche Ursachen, kurz prüfen**
- Schaltung verstellt: Klackert es beim Treten, hilft oft eine halbe Umdrehung an der Zugeinstellschraube am Schaltwerk.
- Verbogenes Schaltauge, etwa nach einem Umfaller.
- Verschlissene Ritzel der Kassette, vor allem die, die du am meisten fährst.

Bei „Springen unter Last auf den meistgefahrenen Ritzeln“ ist der Kettenverschleiß aber der erste Verdächtige.
"""),
        H("""
Die Lehre zeigt 0,75 %. Reicht eine neue Kette, oder muss die Kassette auch neu?
"""),
        G("""
Bei 0,75 % ist die Chance hoch, dass auch die Kassette gelitten hat, weil sich die Ritzel an die verschlissene Kette „angepasst“ haben. Sicher weißt du es erst nach einem Test:

1. **Neue Kette montieren**, z. B. Shimano CN-HG53 oder KMC X9 (beide 9-fach, etwa 15-25 €).
2. **Probefahrt unter Last:** in jedem Gang kräftig antreten, etwa bergauf oder im Wiegetritt.
3. Rutscht die neue Kette auf einzelnen Ritzeln durch, typischerweise auf den meistgefahrenen, ist die **Kassette** verschlissen. Eine 9-fach-Kassette wie die Shimano CS-HG400 kostet etwa 25-35 €; zum Wechseln brauchst du einen Kassettenabzieher und eine Kettenpeitsche.
4. Schau dir auch die **Kettenblätter** vorne an: hakenförmige, „haifischflossenartige“ Zähne bedeuten Verschleiß. Kettenblätter überleben aber meist zwei bis drei Ketten.

Tipp für die Zukunft: Wenn du die Kette schon bei 0,5 % wechselst, hält eine Kassette oft zwei oder drei Ketten lang.
"""),
        H("""
Ich wollte die Kette eigentlich mit dem Shimano-Nietstift schließen, aber ein Freund meinte, ein Kettenschloss sei einfacher und man kann die Kette später zum Reinigen wieder öffnen. Dann nehme ich lieber das. Wie kürze ich die Kette richtig, und worauf muss ich beim Schloss achten?
"""),
        G("""
Gute Entscheidung: Für die Montage zu Hause ist ein Kettenschloss einfacher als der Nietstift, der exakt eingepresst und dann abgebrochen werden muss.

**Länge bestimmen**
- **Methode 1 (am einfachsten):** Alte und neue Kette nebeneinanderlegen und gleich viele **Glieder** abzählen. Nicht nach der Länge gehen, die alte Kette ist ja gelängt.
- **Methode 2 (zur Kontrolle):** Die neue Kette vorne aufs **größte Kettenblatt** und hinten aufs **größte Ritzel** legen, **ohne** sie durchs Schaltwerk zu führen. Enden zusammenziehen und **ein Innen- plus ein Außenglied (zwei Glieder)** zugeben.

**Kürzen**
Mit einem Kettennieter den Bolzen an der richtigen Stelle ganz herausdrücken. Beide Enden müssen **Innenglieder** sein, denn das Kettenschloss ersetzt ein Außenglied.

**Kettenschloss**
- Unbedingt ein Schloss für **9-fach** nehmen (z. B. KMC MissingLink für 9-fach); 10- oder 11-fach-Schlösser passen nicht zuverlässig.
- Beide Hälften einhängen, die Kette so drehen, dass das Schloss oben zwischen Kettenblatt und Kassette liegt, Hinterradbremse ziehen und kräftig aufs Pedal treten, bis es hörbar einrastet.
- Zum späteren Öffnen eine Kettenschlosszange benutzen, das schont die Finger.
- Manche Ketten sind laufrichtungsgebunden; dann zeigt die Beschriftung nach außen.
"""),
        H("""
Danke! Muss ich die neue Kette ölen, bevor ich losfahre?
"""),
        G("""
Kurz gesagt: nicht sofort. Neue Ketten sind ab Werk mit einem zähen Fett geschmiert, das tief in die Rollen eingedrungen ist; das ist die beste Schmierung, die die Kette je haben wird. Also nicht abwaschen!

- Die ersten **100-200 km** einfach fahren. Sammelt die Kette außen klebrig Staub, nur außen mit einem Lappen abwischen.
- Danach regelmäßig ölen: bei trockenem Wetter etwa alle 200-300 km, nach Regenfahrten sofort.
- **Richtig ölen:** einen Tropfen Kettenöl auf jede Rolle, die Kurbel ein paar Umdrehungen rückwärts drehen, einige Minuten einziehen lassen und den Überschuss außen abwischen. Öl gehört in die Kette, nicht auf die Kette.
- Für ein Trekkingrad im Alltag ist ein Allwetteröl ein guter Kompromiss.

Und miss die Kette alle paar tausend Kilometer mit deiner Lehre. Bei 0,5 % tauschen, dann hält die Kassette deutlich länger.
"""),
    ],
})
