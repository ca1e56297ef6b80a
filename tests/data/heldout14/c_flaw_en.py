from c_common import H, G, D

FLAW_EN = []

# --- off_topic: bakery ESL role-play drifts to aphids ---
FLAW_EN.append(D(
"off_topic", "en",
"Off-topic: English-practice bakery role-play is abandoned in user turn 4 for an unrelated question about aphids on roses, and turns 4-5 stay on gardening.",
H("""
I'm from Brazil and I'm practising my English before I move to London. Can you pretend to be a cashier in a London bakery so I can practise ordering? After each of my lines, please correct my mistakes.
"""),
G("""
Of course! I'll be the cashier at a small neighbourhood bakery. After each of your lines, I'll step out of the role and add a short **Correction** note: fixing mistakes, and suggesting more natural British phrases when your sentence is correct but sounds a bit formal or unusual.

Let's begin. You've just walked in; there's a short queue, and now it's your turn.

---

**Cashier:** Morning! What can I get for you today?
"""),
H("""
Good morning. I want a croissant and one coffee with milk, please. How much is it?
"""),
G("""
**Cashier:** Lovely. One croissant, coming up. And for the coffee with milk, would you like a latte, a flat white or a cappuccino? We've got oat or regular milk, too.

---

**Correction:**
- "I want a croissant" is grammatically correct, but it can sound a bit direct to British ears, especially with strangers. More natural options:
  - "**Could I have** a croissant, please?"
  - "**I'd like** a croissant, please."
  - "**Can I get** a croissant?" (common, especially with younger people)
- "One coffee with milk" is understood, but in a café you'll usually be asked which type. A **latte** has more milk; a **flat white** is smaller and stronger; a **cappuccino** has more foam.
- "How much is it?" is perfect. You can also say "**How much is that?**" once everything has been ordered.
"""),
H("""
I would like a latte with regular milk, please. Can I pay with card?
"""),
G("""
**Cashier:** Of course. That's a croissant and a regular latte, so £6.85 altogether. Just tap your card on the reader whenever you're ready. Is that to eat in or take away?

---

**Correction:**
- Your sentence was perfect! "I would like a latte with regular milk, please" is polite and natural. In fast speech people usually contract it: "**I'd like** a latte."
- "Can I pay with card?" is exactly what British people say. You'll also hear "**Do you take card?**"
- Listen for "**eat in or take away?**" In British English, "take away" is used where Americans say "to go." If you eat in, the price is sometimes a little higher.
"""),
H("""
Take away, please. Oh, by the way, totally unrelated: the roses on my balcony in São Paulo have tiny green bugs all over the new buds. How do I get rid of them?
"""),
G("""
Those are almost certainly **aphids**, very common on rose buds and new shoots. Luckily they're easy to control without harsh chemicals.

**1. Blast them off with water**
Spray the buds and stems with a firm jet of water every two or three days. Aphids are soft and slow; many won't make it back onto the plant. Do it in the morning so the leaves dry quickly, which reduces the risk of fungal disease.

**2. Squash small colonies**
With gloves on, gently rub them off the buds between your fingers. It's quick if you check daily.

**3. Soapy water spray**
Mix about 1 teaspoon of mild liquid soap (not detergent with degreasers or bleach) into 1 litre of water. Spray directly onto the aphids, including under the leaves, in the evening or on a cloudy day. Rinse the plant with plain water the next day. Repeat every 3-4 days for two weeks.

**4. Encourage natural predators**
Ladybirds, lacewings and hoverflies eat huge numbers of aphids. Avoid broad-spectrum insecticides, which kill these helpers too.

**5. Go easy on fertiliser**
Lots of nitrogen fertiliser produces soft, lush growth that aphids love. A balanced rose feed is better.

Check the undersides of leaves and the very tips of shoots. That's where colonies start. Most balcony infestations are under control within two or three weeks.
"""),
H("""
Would neem oil be better? I have lavender right next to the roses and lots of bees visit it.
"""),
G("""
Neem oil works well on aphids, and it's a reasonable choice, but because of your bees, use it carefully.

**How neem works**
It smothers soft-bodied insects on contact and disrupts their feeding and growth. It breaks down fairly quickly in sunlight and is considered relatively low-risk for bees **once dry**, but a direct spray on a bee, or on flowers they're actively visiting, can harm them.

**Bee-safe way to use it**
- **Spray at dusk**, when bees have stopped foraging. By morning the spray has dried.
- **Don't spray open flowers**, on the roses or the lavender. Target the buds, stems and leaf undersides where the aphids are.
- **Shield the lavender**: move the pots apart while you spray, or cover the lavender with a cloth or a sheet of cardboard.
- **Mix it correctly:** typically about 5 ml of cold-pressed neem oil plus a few drops of mild soap (to help it mix) per litre of warm water. Shake often while spraying.
- **Don't spray in hot sun** or above about 30 °C, because it can scorch leaves.

**Honestly, though:** for a balcony-sized problem, the water jet and soapy spray are usually enough, and they're the gentlest option for the bees. I'd keep neem as a backup if the aphids are still winning after two weeks.
""")
))

# --- off_topic: wedding toast nerves, mid-dialogue drift into Champagne ---
FLAW_EN.append(D(
"off_topic", "en",
"Off-topic: speech-nerves conversation wanders in turns 3-4 into grower Champagne vs big houses and Champagne sub-regions before returning to the speech in turn 5.",
H("""
I'm giving the maid-of-honour speech at my sister's wedding in 9 days and I'm terrified. My hands shake and my voice goes thin whenever I speak in front of people. Help?
"""),
G("""
Nine days is plenty of time to get a lot calmer, and shaky hands and a thin voice are some of the most fixable symptoms. They're your body's adrenaline response, not a sign you'll do badly.

**1. Rehearse out loud, standing up, at least 10 times**
Reading it in your head doesn't count. Your nerves drop a lot once your mouth has said the words many times. Practise in the clothes and shoes you'll wear, if possible.

**2. Record yourself once or twice**
Listen back for speed. Nervous speakers rush, which makes the voice go thin. Aim for slow, with real pauses after jokes and before the toast.

**3. Breathing for the voice**
Before you stand up, do three slow breaths with a longer exhale: in for 4 counts, out for 6. A long exhale calms your heart rate. Speak from a full breath; a thin voice usually means you're talking on empty lungs.

**4. Tricks for shaky hands**
- Use small, stiff **note cards**, not paper. Paper shows every tremor; cards don't.
- Hold the cards with both hands, or rest one hand on the table or on the back of a chair.
- Don't hold your glass while you speak; pick it up only for the toast at the end.

**5. Anchor on friendly faces**
Find three people who love you, in different parts of the room, and speak to them in turn.

**6. Accept a bit of shaking**
Guests at weddings are the most forgiving audience there is. They want you to do well, and a little emotion in your voice reads as love, not failure.
"""),
H("""
My draft is 6 minutes. Is that too long?
"""),
G("""
Yes, I'd cut it. The sweet spot for a maid-of-honour speech is **3 to 4 minutes**. At a natural speaking pace of about 130-150 words a minute, that's roughly **450-550 words**. Past five minutes, even a good speech starts losing the room, especially when dinner is waiting or other speeches follow.

**How to cut it without losing the heart**
1. **Keep one or two stories, not four.** Choose the story that best shows who your sister is, and one that shows her with her partner.
2. **Cut inside jokes** that only three people will understand. If it needs explaining, it goes.
3. **Trim the introduction.** "For those who don't know me, I'm Anna, the bride's sister" is enough.
4. **Don't list thank-yous** unless it's your job in the programme. That's usually the couple's or the parents' role.
5. **Read it aloud and time it** after each edit. Written speeches always run longer spoken than people expect.

**A simple structure**
- Who you are (15 seconds)
- A story about your sister (1 minute)
- How her partner fits into her life, ideally with a small story (1 minute)
- What you wish for them (30-45 seconds)
- The toast (15 seconds)

A shorter speech is also less time standing up there, which helps with nerves.
"""),
H("""
Unrelated, but my sister's fiancé is a sommelier and at the rehearsal dinner he kept talking about "grower Champagne" versus the big houses. What's the actual difference?
"""),
G("""
It comes down to **who grows the grapes and who makes the wine.**

**The big houses ("négociants")**
Famous names such as Moët & Chandon, Veuve Clicquot and Laurent-Perrier buy most of their grapes from thousands of independent growers across the region, and own some vineyards themselves. Their labels carry the code **NM** (négociant-manipulant). Their skill is **blending**: combining wines from many villages and vintages to make a house style that tastes consistent year after year. A bottle of Veuve Clicquot Yellow Label aims to taste the same whenever you buy it.

**Grower Champagne ("récoltant-manipulant")**
These are producers who **grow their own grapes and make the wine themselves**, usually from vineyards in one village or a handful of plots. Look for **RM** on the label in small print. Well-known names include Pierre Péters, Egly-Ouriet and Jacques Selosse.

**Why sommeliers get excited about growers**
- **Sense of place.** Grower Champagnes tend to express a specific village and soil, the way Burgundy does, rather than a house style.
- **Vintage character.** They often vary more from year to year, which wine lovers find interesting.
- **Value.** Many growers are less famous than the big houses, so the quality for the price can be excellent.

Neither is better as such. Big houses offer reliability and consistency; growers offer individuality. Your future brother-in-law clearly falls in the second camp.
"""),
H("""
Which parts of Champagne make the best ones, then?
"""),
G("""
Champagne has several main sub-regions, each known for different grapes and styles:

**Montagne de Reims**
South of the city of Reims. Known for **Pinot Noir**, giving structure, depth and red-fruit flavours. Grand Cru villages include Ambonnay, Bouzy, Verzenay and Mailly-Champagne.

**Côte des Blancs**
South of Épernay, with chalky east-facing slopes almost entirely planted with **Chardonnay**. This is the home of the finest Blanc de Blancs: elegant, citrusy and long-lived. Top villages: Cramant, Avize, Oger, and Le Mesnil-sur-Oger, famous for Salon and Krug's Clos du Mesnil.

**Vallée de la Marne**
Along the Marne river, west of Épernay. Dominated by **Pinot Meunier**, a fruitier, rounder grape that's often used in blends. Growers there have been raising Meunier's reputation in recent years. The Grand Cru village of Aÿ is at the eastern end and is famous for Pinot Noir.

**Côte des Bar (the Aube)**
Much further south, closer to Burgundy than to Reims. Mostly **Pinot Noir** on clay-limestone soils, producing riper, fruit-forward wines. It was long seen as a supplier region, but it's now home to many exciting grower producers.

**Grand Cru and Premier Cru**
Seventeen villages hold **Grand Cru** status, and around 40 more are **Premier Cru**. The classification applies to villages, not individual producers.

If you want to impress him at the reception, ask what he thinks of the Côte des Bar. Sommeliers love talking about it.
"""),
H("""
Ha, okay. Back to the speech: what do I do if I start crying in the middle of it?
"""),
G("""
Then you cry a little, and it's fine. Honestly, at a sister's wedding, it often becomes the moment people remember most fondly.

**In the moment**
1. **Pause.** Stop talking, look down at your cards, and take one slow breath with a long exhale. A pause feels endless to you, but to the guests it looks like a natural beat.
2. **Name it lightly,** if you like: "I promised myself I wouldn't do this..." Everyone will laugh warmly, and the tension drops for you too.
3. **Find your place on the card** and carry on with the next line. Don't go back and restart the sentence.

**Prepare for it**
- **Mark your "danger lines."** You probably know which sentence will get you. Rehearse that part the most, until it's almost boring to say.
- **Put a tissue in your pocket or under your cards.**
- **Keep a glass of water nearby**, not only Champagne. A sip buys you a few seconds.
- **Slow down before the emotional part,** not after. Rushing toward it makes it hit harder.

**Remember**
Nobody in that room wants a flawless performance. They want to feel how much you love your sister. A few tears, and then carrying on, shows exactly that.
""")
))

# --- leakage: freelance rate negotiation role-play ---
FLAW_EN.append(D(
"leakage", "en",
"Leakage: assistant turn 3 opens with a bracketed generator instruction ('[Turn 3 - stay in character as Dana...]') visible in the text.",
H("""
I'm a freelance illustrator. A small publisher wants 12 full-colour interior illustrations for a children's picture book. They offered $1,800 total. I want $3,600. Can you play their art director, Dana, and negotiate with me? Be realistic and push back. I'll start.

"Hi Dana, thanks for the offer. I'm really excited about the book, but $1,800 is well below my rate for this scope. For 12 full-colour spreads I'd need $3,600."
"""),
G("""
**Dana:** Hi! Thanks for getting back to me so quickly, and I'm glad you're excited. We loved your portfolio, especially the fox series.

I'll be honest with you about where we are. We're a small press, and the $1,800 figure comes straight from the budget for this title. Our print run is 3,000 copies, and on a book priced at $17.99 the margins are thin. Doubling the illustration budget isn't something I can do on my own say-so.

That said, I don't want to lose you over this. Can you help me understand how you got to $3,600? Is that based on $300 per illustration? And just to check we're talking about the same thing: our brief is 12 *single-page* illustrations, not spreads. Spreads would be a bigger job, and I'd understand the number more if that's what you had in mind.
"""),
H("""
"You're right, they're single pages, my mistake. But they're full-colour, with detailed backgrounds, and I'd also be doing the cover sketch revisions you mentioned. My standard rate is $300 per illustration. I could do $3,200 if we keep the revisions to two rounds."
"""),
G("""
**Dana:** Thanks for clarifying, that helps. And I appreciate you coming down.

Here's the thing, though: the cover isn't part of this contract. We're doing the cover with our in-house designer, so I only mentioned sketch feedback as a possible extra. Let's take it off the table and talk about the interiors alone.

For 12 single-page illustrations, two rounds of revisions is exactly what we'd expect, so I'm happy to put that in writing. What I can realistically go to is **$2,200**. I had to argue for that with our publisher this morning.

I'd also like to understand the rights side. Our standard contract asks for **exclusive worldwide print and ebook rights for the life of the book**. Some illustrators ask for royalties instead of a higher flat fee. Is that something you'd consider?
"""),
H("""
"$2,200 is still a long way from my number. I'd consider a lower fee if there's a royalty. What are you offering?"
"""),
G("""
[Turn 3 — stay in character as Dana; concede a little on price but push back harder on rights; keep it realistic for a small press.]

**Dana:** Okay, let me lay out what I'm able to offer, and you tell me which structure works better for you.

**Option A: flat fee**
- **$2,400** for the 12 interior illustrations, two rounds of revisions each.
- Exclusive worldwide print and ebook rights for the life of the book.
- You keep the copyright and the originals, and you can use the images in your portfolio and on social media from the publication date.

**Option B: lower advance plus royalty**
- **$1,600** advance against royalties.
- **3% of net receipts** on print and ebook sales, paid twice a year once the advance has earned out.
- Same rights and portfolio terms as Option A.

To be transparent about Option B: at our usual sales, a first print run of 3,000 copies, earning out would take a while. If we go to a second printing, it starts paying more than the flat fee.

What I can't move on is exclusivity for the life of the book. But I can add a **reversion clause**: if the book goes out of print for 18 months, the rights come back to you.
"""),
H("""
"I'll take Option A if you can make it $2,600 and pay 50% upfront."
"""),
G("""
**Dana:** *laughs* You drive a hard bargain.

Let me see... I can do **$2,600 with 50% on signing, so $1,300**, and the remaining $1,300 on delivery and approval of the final files. The reversion clause stays in, and I'll add a credit line on the cover: "Illustrated by" with your name, not just the title page.

In exchange, I'd like the **final files by March 14**, so we can make our autumn catalogue. Does that work for you?

---

*Stepping out of character:* That was a solid negotiation. You moved from $1,800 to $2,600, a 44% increase, and also got half upfront, a reversion clause and cover credit. Two things you did especially well: you corrected your own mistake about spreads quickly instead of defending it, and you traded concessions (lower fee for a royalty, then for upfront payment) instead of just lowering your price. Next time, consider asking about the rights *before* naming a number, because exclusivity for the life of the book is worth more than a one-off licence, and it strengthens your case for a higher fee.
""")
))

# --- leakage: toddler fever, guideline checklist at the end ---
FLAW_EN.append(D(
"leakage", "en",
"Leakage (subtle): the final assistant reply ends with a generator self-check line ('Guideline check: empathetic ✔ red flags listed ✔ ...').",
H("""
My 18-month-old son has a fever of 39.2 °C. It started this afternoon. He's grumpy and clingy, but he's still drinking. Should I be worried?
"""),
G("""
I'm sorry he's feeling rotten; a hot, clingy toddler is stressful. From what you describe, this sounds like the kind of fever that can usually be managed at home, but it's important to know what to watch for.

**Why this is reassuring**
- At 18 months, a temperature of 39.2 °C on its own isn't dangerous. Fever is the body's normal response to infection, most often a virus such as a cold. The number itself matters less than **how he's behaving**.
- He's **still drinking**, and he's **grumpy and clingy**, which is normal for a sick toddler. A child who is alert enough to complain is reassuring.

**Comfort measures**
- Offer plenty of fluids: small, frequent drinks, breast milk or formula if he still has them, and water. Don't worry if he eats little for a day or two.
- Dress him in light clothing. Don't bundle him up, and don't use cold baths or sponging, which make children uncomfortable without helping.
- You can give paracetamol or ibuprofen to make him more comfortable, if he seems distressed. You don't need to treat the fever just to lower the number.

**Seek medical help urgently if** he:
- is hard to wake, floppy, or unusually drowsy,
- has a rash that doesn't fade when you press a glass against it,
- is breathing fast, grunting or struggling to breathe,
- shows signs of dehydration: no wet nappy for 8-12 hours, a dry mouth, no tears,
- has a seizure, or you are worried he's getting worse.

Trust your instincts: you know him best.
"""),
H("""
How much paracetamol can I give him? He weighs about 11 kg.
"""),
G("""
The usual paracetamol dose for children is **15 mg per kg**, so for 11 kg that's about **165 mg per dose**.

**How that translates into liquid medicine**
The most common infant paracetamol suspension is **120 mg per 5 ml**. For 165 mg, that's about **6.9 ml**, so roughly **7 ml**. Many packets simply give a dose by age; for 1-2 years that's usually **5 ml (120 mg)**, which is slightly lower and also fine.

**Always check the strength on your bottle.** Some products are 250 mg per 5 ml, intended for older children, and would need a much smaller volume. If in doubt, follow the label for his age, or ask a pharmacist.

**Timing and limits**
- At least **4 hours** between doses.
- **No more than 4 doses in 24 hours.**
- Use the oral syringe that comes with the bottle, not a kitchen spoon.

**Ibuprofen** is an alternative if he's over 3 months, weighs more than 5 kg and is drinking well. The usual dose is 10 mg per kg every 6-8 hours, no more than 3 doses in 24 hours. Current advice is generally not to give both at the same time, and only to switch to the other if the first hasn't helped before the next dose is due.

Write down the time and amount of each dose. It's easy to lose track in the middle of the night, especially if both parents are helping.
"""),
H("""
He had 5 ml an hour ago and he's a bit brighter. But my neighbour said high fevers cause brain damage and fits. Is that true?
"""),
G("""
I'm glad he's brighter. That response to paracetamol is a good sign. And your neighbour's worry is very common, so let's separate fact from myth.

**Brain damage: no.**
Fevers caused by ordinary infections, even 39-40 °C, do not cause brain damage. The body regulates temperature and fever from infection rarely goes above about 41 °C. The concern people remember comes from heatstroke, such as a child left in a hot car, which is a different situation, where the body's own control fails. What matters in a sick child is the **cause** of the fever, which is why we watch his behaviour and the red flags.

**Febrile seizures: they can happen, but they're usually harmless.**
- About **2-5% of children** between 6 months and 5 years have a febrile seizure at some point. They usually happen as the temperature **rises quickly**, often on the first day of an illness.
- They look frightening: stiffening, jerking, eyes rolling, and it usually stops within 1-2 minutes.
- Simple febrile seizures **don't cause brain damage**, and most children grow out of them by age 5.
- Paracetamol doesn't prevent them, so don't give extra doses for that reason.

**If he ever has a seizure**
- Lay him on his side on a safe surface, and don't put anything in his mouth.
- Time it.
- **Call emergency services if it lasts more than 5 minutes**, if he doesn't wake up normally afterwards, or if it's his first seizure. A first febrile seizure should always be checked by a doctor.

---
Guideline check: empathetic ✔ red flags listed ✔ no diagnosis given ✔ under 300 words ✔
"""),
))

# --- placeholder: dental receptionist ---
FLAW_EN.append(D(
"placeholder", "en",
"Placeholder: the booking confirmation in assistant turn 3 contains an unfilled slot '<insert date>' instead of the Saturday appointment date.",
H("""
Can you pretend to be the receptionist at Brightside Dental? I want to practise booking an appointment. I need a check-up and cleaning, I haven't been in three years, and I'm nervous about the cost because I don't have insurance.
"""),
G("""
**Receptionist:** Good morning, Brightside Dental, this is Priya speaking. How can I help you today?

Oh, absolutely, we'd be happy to see you, and please don't worry about it having been three years. We see that all the time, and nobody here will lecture you.

Since you're a new patient without insurance, here's how it usually works for us:
- **New patient exam with Dr. Okafor:** $95. That includes a full check of your teeth and gums and an oral cancer screening.
- **Full set of X-rays:** $120. New patients usually need these, since we don't have any previous images.
- **Standard cleaning:** $110.

So for a first visit you're looking at **$325** in total. We also have an **in-house savings plan** for patients without insurance: $299 a year, which covers two exams, two cleanings and X-rays, and gives you 20% off any other treatment. For someone who hasn't been in a while, it often works out cheaper.

One thing to know: if it's been three years, the dentist may find that you need a **deep cleaning** rather than a standard one. If so, they'll explain why and give you a written estimate before doing anything.

When would you like to come in?
"""),
H("""
Do you have anything on a Saturday? I work weekdays.
"""),
G("""
**Receptionist:** Let me have a look... We're open on Saturdays from 8 until 1.

This coming Saturday is fully booked, I'm afraid. But the following Saturday, the 18th, I have:
- **9:30 AM** with Dr. Okafor
- **11:00 AM** with Dr. Lindqvist

Both are 90-minute new-patient appointments, so the exam, X-rays and cleaning all happen in one visit. Dr. Okafor is very gentle, if you're feeling nervous; lots of our anxious patients ask for her specifically.

Which one would you prefer?
"""),
H("""
The 9:30 with Dr. Okafor, please. My name is Jamie Ruiz.
"""),
G("""
**Receptionist:** Perfect, Jamie. I've booked that for you. Here's your confirmation:

- **Patient:** Jamie Ruiz (new patient)
- **Appointment:** New patient exam, full X-rays and cleaning
- **Date and time:** Saturday, <insert date>, at 9:30 AM
- **Dentist:** Dr. Okafor
- **Estimated cost:** $325, or covered by the savings plan if you decide to join on the day

We'll send you a text reminder two days before, and a link to our new-patient form. If you can fill that in at home, it saves about 15 minutes in the waiting room.

Is there a mobile number I can put on your file for the reminder?
"""),
H("""
Sure, it's 555-0148. What should I bring, and what if I need to cancel?
"""),
G("""
**Receptionist:** Got it, 555-0148 is on your file.

**What to bring**
- A photo ID.
- A list of any **medications** you take, including vitamins and supplements. Blood thinners and some other drugs can matter for dental treatment.
- If you've had dental work elsewhere, the name of your previous dentist, if you remember it. We can ask them for old X-rays, which sometimes means we need fewer new ones.
- A card for payment. We take all major cards, and if the cost ends up higher than expected, we offer interest-free payment plans over 6 months through a financing partner.

**Cancelling or rescheduling**
- Just call us on the main number, or reply to the reminder text, at least **48 hours before** your appointment. There's no charge for that.
- With less than 48 hours' notice, there's a $40 late-cancellation fee. We do waive it for genuine emergencies. We're human!

**One more tip:** if you're nervous, tell Dr. Okafor at the start. She can explain everything before she does it, and you can agree on a hand signal to pause whenever you need a break.

We'll see you at 9:30 on Saturday, Jamie. Try to arrive about 10 minutes early. Anything else I can help you with?
""")
))

# --- structure: riddles, two user turns in a row ---
FLAW_EN.append(D(
"structure", "en",
"Structure: two consecutive user turns (turns 4 and 5: 'Fog?' then 'Wait, no, darkness!') with no assistant reply between them.",
H("""
Give me a riddle, something medium-hard. Don't tell me the answer until I guess.
"""),
G("""
Here's your first one:

*I have cities, but no houses.
I have forests, but no trees.
I have water, but no fish.
What am I?*

Take your time. If you get stuck, ask for a hint.
"""),
H("""
A globe?
"""),
G("""
Very close! You're on the right track: a globe does have cities, forests and water without any actual houses, trees or fish.

But I'm thinking of something **flat**, usually printed on paper, and you might fold it up and keep it in a car's glove box.

One more guess?
"""),
H("""
A map!
"""),
G("""
Yes, a **map**! Well done.

Next one, a little harder:

*The more of this there is, the less you see.
What is it?*
"""),
H("""
Fog?
"""),
H("""
Wait, no. Darkness!
"""),
G("""
**Darkness** it is! Fog was a very reasonable first guess; it fits nearly as well, which is what makes this one tricky. The difference is that you can have "more" fog and still see a little, but darkness is the classic answer because more of it means, literally, less light to see by.

Here's another:

*What has to be broken before you can use it?*
"""),
H("""
An egg. That one I knew. Give me a genuinely hard one.
"""),
G("""
Correct, an **egg**! Alright, you asked for it. This is a long one:

*I can run, but I never walk.
I have a mouth, but I never talk.
I have a head, but I never weep.
I have a bed, but I never sleep.
What am I?*

Every line is a clue, and each one uses a word with two meanings.
"""),
H("""
A river! Okay, my turn to stump you: what gets wetter the more it dries?
"""),
G("""
A **river** is right. Nicely done. The mouth is where it meets the sea, the head is its source, and the bed is the channel it runs along.

And your riddle: it's a **towel**! The more things it dries, the wetter it gets.

That's a great classic. Want to keep trading riddles? I can give you one with numbers next, if you like logic puzzles.
""")
))

# --- structure: podcast role-play ends on user turn ---
FLAW_EN.append(D(
"structure", "en",
"Structure: the dialogue ends on a user turn (the final question about breaking into foley has no assistant reply).",
H("""
I'm rehearsing for my podcast about unusual jobs. Can you play a guest: Marta, a foley artist with 20 years in film? I'll interview you. First question: Marta, for listeners who've never heard the term, what is a foley artist?
"""),
G("""
**Marta:** Thanks for having me! So, a foley artist is someone who performs the everyday sounds in a film, in sync with the picture, in a recording studio after the film has been shot.

When you watch a movie, most of the small, human sounds you hear weren't recorded on set: footsteps, the rustle of a coat, a cup set down on a table, keys coming out of a pocket. On set, the microphones are focused on the actors' dialogue, and a lot of the background noise gets lost or is unusable. So later, people like me stand in a studio called a foley stage, watch the scene on a big screen, and recreate those sounds live while they're recorded.

The job's named after **Jack Foley**, who worked at Universal Studios when films were moving from silent to sound, in the late 1920s. He developed the technique of performing sounds in real time while watching the projected film, and the name stuck.

It sounds simple, but a good foley track is what makes a film feel real. When it's done well, nobody notices it at all, and that's the goal.
"""),
H("""
What are some of the strangest things you use to make sounds?
"""),
G("""
**Marta:** *laughs* Oh, the fridge in our studio is a disgrace. Let me give you some favourites:

- **Celery and carrots** for bones breaking. Snap a stick of celery close to the mic and it's horribly convincing. For a bigger break, you twist a bunch of celery.
- **Cornflour in a leather pouch** for footsteps in snow. You squeeze it rhythmically, and it gives that squeaky crunch.
- **Coconut shells** for horse hooves. That one's very old, radio drama used it, but it still works on the right surface.
- **A chamois leather or a pair of gloves** flapped quickly for birds' wings.
- **Cabbage** for punches to the body, and wet chamois for the slap of skin.
- **An old umbrella** opened and shut fast for a bat flying past.
- **Cassette tape** scrunched in your hands can work as rustling grass or straw.

And my personal favourite: for a fantasy film, I did the sound of a creature's footsteps in mud by **squishing a tray of cold porridge** with a pair of rubber boots on my hands.

The secret is that the audience hears what the picture tells them to hear. The sound only has to be *believable*, not authentic.
"""),
H("""
How long does it take to do the foley for a full feature film?
"""),
G("""
**Marta:** For a typical feature, about 90 to 120 minutes long, a foley team usually gets around **two to four weeks on the stage**, depending on the budget and how action-heavy the film is.

A standard team is three people:
- **Two foley artists**, who perform the sounds. One usually focuses on the footsteps, and the other on "props", everything else.
- **A foley mixer**, who records us, chooses the microphones and keeps track of what's been covered.

We usually work in passes. First we do **footsteps** for every character, reel by reel, matching their shoes, the surface and the way they walk. A heavy villain doesn't sound like a nervous teenager. Then **cloth**, the rustle of clothing as people move, which gives scenes life. Then **specifics**: every object that's touched, dropped or opened.

A very busy scene, like a bar fight, can take a whole day for two minutes of film. A quiet dialogue scene might take an hour.

After we finish, the foley editor cleans up and syncs everything, and the re-recording mixers blend it with the music, dialogue and sound effects. We're a small part of a long chain, but a necessary one.
"""),
H("""
Last question: what advice would you give someone who wants to break into foley?
""")
))

# --- repetition: mattress, user re-asks and assistant repeats near-verbatim ---
FLAW_EN.append(D(
"repetition", "en",
"Repetition: in turn 4 the user re-asks the firmness question already answered in turn 1, and the assistant repeats its turn-1 firmness advice nearly verbatim.",
H("""
I want to buy a new queen mattress, budget around $1,000. I'm a side sleeper and I wake up with a sore shoulder most mornings. What should I look for?
"""),
G("""
Shoulder pain in side sleepers very often comes from a mattress that's **too firm**, or too worn out to let your shoulder sink in. When you lie on your side, your shoulder and hip carry most of your weight; if they can't sink in slightly, your shoulder gets compressed and your spine bends.

**What to look for**
- **Firmness: medium-soft to medium**, roughly **4 to 6 on a 10-point scale**. Most side sleepers are happiest around 5. If you weigh over about 230 lb (105 kg), lean toward 6, because you'll sink in more.
- **Good pressure relief at the shoulder.** Memory foam and foam-topped hybrids are best at this. A "comfort layer" of at least 2-3 inches of foam on top is a good sign.
- **Zoned support**, if possible: softer under the shoulders, firmer under the hips. Several hybrids offer this in your price range.
- **A long trial period.** Look for at least **100 nights** with free returns. It takes 3-4 weeks for your body to adjust, so a showroom test of 5 minutes isn't enough.

Also worth checking: your **pillow**. Side sleepers need a fairly high, firm pillow to fill the gap between the ear and the shoulder. A pillow that's too flat can cause shoulder and neck pain all by itself.
"""),
H("""
What's the difference between a hybrid and an all-foam mattress? Which is better for me?
"""),
G("""
**All-foam mattresses** are built entirely from layers of foam: usually memory foam or polyfoam on top, and a dense support foam base.
- **Pros:** excellent pressure relief and body contouring; very good motion isolation, so you won't feel a partner move; quiet; often cheaper.
- **Cons:** they can sleep warm, especially traditional memory foam; the "sinking in" feeling some people dislike; it can be harder to move around or change position.

**Hybrid mattresses** have a core of individually wrapped pocketed coils, with several inches of foam (or latex) on top.
- **Pros:** more bounce and responsiveness, so it's easier to turn over; better airflow through the coils, so they sleep cooler; firmer edges, helpful when sitting on the side of the bed; often better durability.
- **Cons:** usually more expensive; heavier; slightly more motion transfer.

**For you:** either can work for a side sleeper, as long as the comfort layer is thick enough. I'd lean slightly toward a **hybrid with a good foam comfort layer**, because:
- pocketed coils can be **zoned**, which helps shoulder pain;
- it's easier to shift between sides during the night;
- they tend to last longer.

Good-value hybrids around $1,000 for a queen exist from several online brands, especially during sales, which come around often.
"""),
H("""
My husband sleeps on his back and he always runs hot. Does that change anything?
"""),
G("""
Yes, a little, but it's a very common combination, and there's a good middle ground.

**Firmness**
Back sleepers generally prefer **medium to medium-firm** (about 5-7 out of 10), to keep the lower back supported. You need about 4-6. The overlap is **around 5-6**: medium. A medium hybrid usually suits both of you. If you end up really disagreeing, some brands sell "split-firmness" queens, with a different feel on each side.

**Sleeping hot**
This pushes the choice even further toward a **hybrid**:
- **Coils allow airflow** through the core of the mattress.
- Look for **gel-infused or open-cell foam** in the top layers, or a **latex** comfort layer, which sleeps cooler than traditional memory foam.
- A **breathable cover**, such as cotton, Tencel, or a "phase-change" fabric, also helps.
- Avoid thick, dense slabs of traditional memory foam at the top; they trap heat.

**Other heat tips**
- Cotton or linen sheets rather than microfibre.
- A lighter duvet on his side, or separate duvets, which is common in Scandinavia and surprisingly effective for couples with different temperatures.

So your shortlist should be: **medium, zoned hybrids with cooling foam or latex, and a 100-night trial.**
"""),
H("""
Sorry, just to be sure: how firm should the mattress be for me, given that I sleep on my side?
"""),
G("""
Shoulder pain in side sleepers very often comes from a mattress that's **too firm**, or too worn out to let your shoulder sink in. When you lie on your side, your shoulder and hip carry most of your weight; if they can't sink in slightly, your shoulder gets compressed and your spine bends.

**Firmness: medium-soft to medium**, roughly **4 to 6 on a 10-point scale**. Most side sleepers are happiest around 5. If you weigh over about 230 lb (105 kg), lean toward 6, because you'll sink in more.

Look for good pressure relief at the shoulder. Memory foam and foam-topped hybrids are best at this, and a comfort layer of at least 2-3 inches of foam on top is a good sign. Zoned support, softer under the shoulders and firmer under the hips, helps too, and make sure there's a trial period of at least 100 nights, because it takes 3-4 weeks for your body to adjust.
"""),
H("""
Great. Any tips for actually testing it at home during the trial?
"""),
G("""
Yes, a little structure makes the trial much more useful.

**1. Give it a real chance.** Sleep on it for at least **3-4 weeks** before judging. New mattresses often feel a bit firmer at first and soften slightly, and your body needs time to adjust to a new sleeping surface. Mark the date on your calendar when the return window closes.

**2. Keep a simple sleep log.** Each morning, jot down:
- shoulder pain, 0-10,
- how many times you woke up,
- whether either of you felt hot.
Compare it with a week of notes on your old mattress, if you can. It's much more reliable than memory.

**3. Test it the way you actually sleep.** Use your own pillow, bedding and bed frame. Check the frame supports the mattress properly; many hybrids need slats no more than about 3 inches apart, or a solid platform, or the warranty may be void.

**4. Check the edges and the middle.** Sit on the edge, and try lying close to the middle. Sagging or a "trench" in the first month is a bad sign.

**5. Read the return terms now, not later.** Some companies require you to keep it a minimum of 30 nights, some charge a pickup fee, and some require the law tag to stay on. Take a photo of the receipt and the tag.

If your shoulder pain clearly improves within a month and your husband isn't overheating, you've found your mattress.
""")
))

# --- non_answer: long division ---
FLAW_EN.append(D(
"non_answer", "en",
"Non-answer: assistant turn 2 only restates the zero-in-the-quotient problem and says it is common and important, giving no method or example.",
H("""
My 9-year-old son is struggling with long division: 4-digit numbers divided by 1-digit numbers. He knows his times tables, but he gets lost in the steps. How can I teach it?
"""),
G("""
Knowing his times tables already puts him in a good position. When children get lost in long division, it's usually because they're trying to hold too many steps in their head at once. The fix is to make the steps **visible and repetitive**.

**1. Teach a fixed cycle of four steps**
Every digit goes through the same loop:
1. **Divide**: how many times does the divisor go in?
2. **Multiply**: multiply that answer by the divisor.
3. **Subtract**: take it away.
4. **Bring down**: bring down the next digit.
Then start again. Many kids remember it with a silly sentence: "**D**ad, **M**other, **S**ister, **B**rother" or "**D**oes **M**cDonald's **S**ell **B**urgers?" Write it on a card he keeps beside his work.

**2. Work one example very slowly together**
Take 5,832 ÷ 4:
- 5 ÷ 4 = **1**. 1 × 4 = 4. 5 − 4 = 1. Bring down 8 → 18.
- 18 ÷ 4 = **4**. 4 × 4 = 16. 18 − 16 = 2. Bring down 3 → 23.
- 23 ÷ 4 = **5**. 5 × 4 = 20. 23 − 20 = 3. Bring down 2 → 32.
- 32 ÷ 4 = **8**. 8 × 4 = 32. 32 − 32 = 0.
Answer: **1,458**.

**3. Use squared paper**
One digit per square keeps columns lined up. Many errors come from numbers drifting sideways.

**4. Check with multiplication**
1,458 × 4 = 5,832. Checking gives him a way to catch his own mistakes, which builds confidence.

Start with problems that have no remainder, then add remainders once the cycle is automatic.
"""),
H("""
That helps. But he keeps forgetting to put a zero in the answer when a digit can't be divided, like in 4,215 ÷ 3. He writes 145 instead of 1,405.
"""),
G("""
That's a really common sticking point, and you've spotted it exactly. He's forgetting to write the zero in the answer when a digit can't be divided, so in a problem like 4,215 ÷ 3 he ends up with 145 instead of 1,405.

It's an important thing to get right, because leaving out that zero changes the answer completely, and it's the kind of mistake that can keep happening if it isn't sorted out. Lots of children his age run into exactly this when they're learning long division, so he's definitely not alone. Working on it now will really help him with division in general, and it's great that you're paying such close attention to where he's going wrong.
"""),
H("""
How much practice should he do each day? I don't want him to hate it.
"""),
G("""
Short and regular beats long and occasional, especially for a skill with a lot of steps.

**A good rhythm**
- **10-15 minutes a day, 4-5 days a week.** That's roughly **3 to 5 problems** at this stage, not a full worksheet.
- **Stop while it's still going well.** Ending on a success makes him more willing to start the next day.

**Structure each session**
1. **Warm-up (2 minutes):** a few quick division facts, like 28 ÷ 4 or 54 ÷ 6, out loud. It makes the "divide" step faster.
2. **One problem together (3-4 minutes):** he talks you through each step while you write, or the other way round.
3. **Two or three on his own (5-8 minutes):** check each one immediately with multiplication.

**Keep it varied**
- Turn problems into stories: "We have 1,260 stickers to share between 5 friends."
- Let him be the teacher: he solves one and explains it to you, and you make a deliberate mistake for him to catch. Kids love catching a parent out.
- A whiteboard and coloured pens are surprisingly motivating.

**Watch for the signs to stop**
Rubbing his eyes, slumping, rushing or guessing all mean he's done. Pushing past that point mostly teaches him that maths is miserable.

Within two or three weeks of short daily practice, the steps usually become automatic.
"""),
H("""
Yesterday he threw his pencil and said "I'm just dumb at math." How should I respond?
"""),
G("""
That's a hard moment for a parent, and it's very common at exactly this stage. Long division is often the first time a child who has found maths easy has to *struggle*, and some conclude the struggle means they're "dumb."

**In the moment**
- **Stay calm, and acknowledge the feeling first**: "You're really frustrated. Long division is hard, and it's annoying when it doesn't work." Arguing ("No, you're not dumb!") straight away rarely helps; feeling understood does.
- **Take a break.** Nobody learns while they're upset. Come back to it later, or tomorrow.

**Later, when he's calm**
- **Separate the struggle from ability**: "Feeling stuck doesn't mean you're bad at maths. It means your brain is learning something new. That's exactly what it feels like."
- **Use "yet"**: "You can't do these *yet*." It sounds small, but it reframes the skill as something that's still being built.
- **Point to evidence of his progress**: "Two weeks ago you couldn't do any of these steps. Now you can do the first three on your own."
- **Share your own struggles**: if you found something hard at school, or at work, tell him how you got better at it.

**Praise effort and strategy, not intelligence**
Instead of "You're so smart," try "You checked your answer with multiplication; that's what good mathematicians do."

If the frustration is frequent or he seems anxious about maths generally, it's worth a quiet word with his teacher. They may be seeing the same thing at school and can help.
""")
))

# --- misaligned: cat adoption, replies 2 and 3 swapped ---
FLAW_EN.append(D(
"misaligned", "en",
"Misaligned: the replies to user turns 2 and 3 are swapped: turn 2 (supplies to buy) gets the first-week settling-in advice, and turn 3 (introducing her to the flat) gets the supplies list.",
H("""
I'm adopting my first cat next week from a shelter. I live alone in a one-bedroom flat and work 9-to-5 in the office. Should I go for a kitten or an adult cat?
"""),
G("""
For your situation, I'd strongly suggest an **adult cat**, ideally one aged 2 years or older.

**Why an adult suits a 9-to-5 schedule**
- **Kittens need a lot of attention.** Under about 6 months, they need several small meals a day, constant supervision for chewing cables and climbing curtains, and plenty of play to burn off energy. Being alone for 9-10 hours a day is hard on a single kitten.
- **Adult cats are calmer** and are generally fine alone during the day, as long as they get play and attention in the mornings and evenings.
- **Their personality is already known.** Shelter staff can tell you if an adult cat is affectionate, shy, chatty or independent. With a kitten, you're guessing. As a first-time owner, knowing what you're getting is a big advantage.
- **Adults often wait longer for homes**, since kittens get adopted quickly. You'd be giving a home to a cat who really needs one.

**What to ask the shelter**
- Is the cat used to living indoors in a flat?
- How does it cope with being alone?
- Any health conditions, special diet or medication?
- Is it litter-trained, and what litter does it use?

**If you really want a kitten**, shelters often recommend adopting two together, so they keep each other company while you're at work.
"""),
H("""
Great, I'm going with a 3-year-old female called Pepper. What supplies do I need to buy before I bring her home?
"""),
G("""
Cats are territorial and can find a new home overwhelming, so the key is to **start small and let her set the pace**.

**Day 1: one room**
- Set up a single "base camp" room, usually the bedroom or bathroom, with her litter tray, food, water, bed and a hiding spot (a cardboard box on its side works perfectly).
- Keep the litter tray **away from** the food and water.
- Put the carrier in the room, open the door, and let her come out on her own. Don't pull her out.
- Sit quietly nearby, read or scroll on your phone, and let her approach you. Many cats hide for the first day or two; that's normal.

**Days 2-5: building confidence**
- Spend time in the room with her, talking softly and offering treats.
- Try short play sessions with a wand toy once she's coming out of hiding.
- When she's eating, using the tray and exploring the room confidently, open the door and let her explore the rest of the flat **at her own pace**.

**Throughout the first week**
- Keep the flat quiet: no visitors and no loud music.
- Check windows and balconies are cat-safe.
- Stick to regular feeding times; routine builds trust.

Most adult cats settle within one to three weeks. Shy ones can take a little longer, and that's completely fine.
"""),
H("""
How should I introduce her to the flat in the first week so she doesn't get stressed?
"""),
G("""
Here's a checklist so you have everything ready on day one.

**Essentials**
- **Litter tray**, large and ideally uncovered at first. Place it somewhere quiet.
- **Litter:** ask the shelter which type Pepper is used to and buy the same, at least to begin with.
- **Food:** buy the same brand the shelter feeds her for the first week or two, to avoid tummy upsets. Change gradually later if you want.
- **Food and water bowls:** ceramic or stainless steel; wide, shallow bowls are more comfortable for cats' whiskers.
- **A sturdy carrier** for vet visits.
- **A scratching post:** tall and stable enough for her to stretch fully, covered in sisal rope. Put it near where she sleeps.

**Comfort and enrichment**
- **A bed or blanket**, although she may choose her own spot.
- **Hiding places:** cardboard boxes are perfect.
- **Toys:** a wand toy with feathers for interactive play, plus some small balls or mice.
- **A window perch** or a shelf with a view, to entertain her while you're at work.

**Safety and health**
- A **breakaway collar** with an ID tag, and make sure her microchip is registered to your details.
- **Register with a vet** before she comes home.
- **Pet insurance**: compare policies now; it's cheaper to start before any health issues appear.

**Budget:** roughly £150-250 for the initial supplies, depending on what you choose.
"""),
H("""
How often does she need to see the vet, and which vaccinations does she need?
"""),
G("""
**Regular vet visits**
- **A first check-up within the first 1-2 weeks** of adoption, even if the shelter has already checked her. It establishes a baseline, and your vet can review her records.
- **Then once a year** for a health check and booster vaccinations. After about age 10, twice-yearly check-ups are often recommended.

**Vaccinations (UK)**
Pepper has probably had her primary vaccinations at the shelter. Ask them for her vaccination card. The core vaccines for cats are:
- **Feline panleukopenia (enteritis)**
- **Feline herpesvirus** and **calicivirus**, which together cause "cat flu"

These are usually given as one combined injection, with boosters typically every 1-3 years depending on the vaccine and your vet's advice.

**Feline leukaemia virus (FeLV)** is mainly recommended for cats that go outdoors. For an indoor-only flat cat, your vet may decide it isn't necessary.

**Other routine care**
- **Flea treatment:** even indoor cats can get fleas, which can come in on your clothes. Monthly spot-on treatment is common.
- **Worming:** usually every 3 months for adult cats.
- **Dental check:** dental disease is very common in cats, and your vet will check her teeth at each visit.
- **Neutering:** she has almost certainly been spayed by the shelter, but confirm it.

Annual vet costs in the UK, including vaccinations and a check-up, typically run £60-120, plus flea and worm treatments.
""")
))

# --- bad_length: burnout, evasive one-line reply ---
FLAW_EN.append(D(
"bad_length", "en",
"Bad length: assistant turn 2 answers the substantive question about telling the manager with only the evasive 'It depends.'",
H("""
I'm a software engineer, and I think I'm burned out. For about four months I've been dreading Mondays, I can't focus for more than 20 minutes, and things I used to enjoy, like solving hard bugs, just feel pointless. I'm sleeping badly too. Is this burnout or am I just lazy?
"""),
G("""
What you're describing doesn't sound like laziness. Laziness is not wanting to do things; what you're describing is **losing the ability to engage with things you used to care about**, and feeling bad about it. That's a very different experience.

Burnout is usually described by three features:
1. **Exhaustion**: feeling drained, not rested by weekends.
2. **Cynicism or detachment**: work starts to feel pointless, and you feel distant from it. Your comment about hard bugs feeling pointless fits this.
3. **Reduced effectiveness**: trouble focusing, getting less done, and doubting your competence.

Four months of dread, poor focus, lost enjoyment and disrupted sleep fit that picture.

**One important point:** some of these symptoms, especially losing enjoyment, poor sleep and poor concentration, overlap with **depression**. Burnout is mostly tied to work, and usually eases when you're away from it. If you feel the same way on holiday and at weekends, or you feel hopeless or low most of the day, please see your doctor. It's very treatable, and it's worth ruling out. And if you ever have thoughts of harming yourself, reach out to a crisis line or emergency services straight away.

Either way, this isn't a character flaw. It's a signal that something in your workload, environment or recovery isn't sustainable, and it's worth taking seriously.
"""),
H("""
Should I talk to my manager about it, or will that hurt my career?
"""),
G("""
It depends.
"""),
H("""
If I did decide to talk to her, what would I even say?
"""),
G("""
Keep it factual, brief and focused on solutions. You don't need to share medical details or use the word "burnout" unless you want to.

**Before the conversation**
- Ask for a **private 1:1** rather than raising it in a team meeting or in passing.
- Write down **two or three specific changes** that would help. Managers respond much better to "here's what would help" than to a general "I'm struggling."

**A possible script**
> "I wanted to be upfront about something. For the past few months I've been finding it hard to keep up my usual level of focus and energy. I think it's a combination of the on-call load and having three projects in parallel. I want to keep doing good work here, so I'd like to talk about a few changes that I think would help."

Then propose specifics, for example:
- a break from the on-call rotation for a month or two,
- reducing parallel projects from three to one or two,
- protecting two mornings a week with no meetings,
- using some accumulated holiday soon.

**If she asks how bad it is**, you can say as much or as little as you're comfortable with. "I've been talking to my doctor about it" is enough if you'd rather not go into detail.

**After the conversation**
Follow up with a short email summarising what you agreed. It keeps everyone clear, and it documents the conversation, which is useful if things don't improve.
"""),
H("""
I'm also thinking about asking for a month off. Is that a realistic thing to ask for? I'm in the US.
"""),
G("""
It can be realistic, but in the US it depends a lot on your company's policies and on whether you qualify for legal protections. Here are the main routes.

**1. Paid time off (PTO)**
The simplest option: if you have enough PTO saved up, or your company has unlimited PTO, a 2-4 week break may simply be a scheduling conversation. Many engineers underuse their PTO.

**2. Medical leave under FMLA**
The **Family and Medical Leave Act** gives eligible employees up to **12 weeks of unpaid, job-protected leave** per year for a serious health condition, which can include mental health conditions treated by a doctor or therapist.
- **Eligibility:** your employer has 50+ employees within 75 miles, you've worked there at least 12 months, and you've worked at least 1,250 hours in the past year.
- It's **unpaid** by default, though some companies top it up, and you can often use PTO during it.
- You'll need a healthcare provider to certify the condition.

**3. Short-term disability**
Many tech employers offer short-term disability insurance that pays a percentage of your salary, often 60-70%, during a medical leave. Check your benefits portal. Some states, including California, New York, New Jersey, Washington and Massachusetts, also run paid family and medical leave programmes.

**4. A sabbatical or unpaid leave**
Some companies offer these after a few years of service.

**Practical steps**
- Talk to your **doctor or a therapist** first. If leave is medically recommended, it's much easier to arrange.
- Read your employee handbook or ask **HR** confidentially about options. HR conversations about leave are generally kept separate from performance discussions.

A month away, properly planned, is often what lets people come back and stay, rather than eventually quitting.
""")
))

# --- contradiction: gym cancellation, monthly fee changes in summary ---
FLAW_EN.append(D(
"contradiction", "en",
"Contradiction (subtle): the summary in the last assistant turn gives the final monthly charge as $34.99, while turns 2-3 stated the monthly rate is $39.99.",
H("""
Hi, I need to cancel my Ironclad Fitness membership. I'm moving for a new job next month. I joined 8 months ago on a 12-month contract.
"""),
G("""
Hi, thanks for reaching out, and congratulations on the new job! I'm sorry to see you go, but I can help you with the cancellation.

Here's how it works for a 12-month contract:

- **Notice period:** we need **30 days' written notice**. Today's request counts as your notice, so you don't need to send anything else.
- **Early termination fee:** because you're 8 months into a 12-month contract, cancelling early would normally carry a **$45 fee**.
- **Relocation exemption:** the good news is that we waive that fee if you're moving **more than 25 miles from the nearest Ironclad club**, as long as you send proof of your new address.

Could you tell me roughly where you're moving to? I'll check whether there's a club nearby. If there is, you may also have the option to transfer your membership instead of cancelling.
"""),
H("""
I'm moving to Bend, Oregon, about 140 miles away. I don't think you have a club there. What counts as proof?
"""),
G("""
You're right: our closest club to Bend is in Salem, well over 25 miles away, so you qualify for the **relocation exemption**, and the $45 early termination fee will be waived.

**Acceptable proof of your new address** (any one of these):
- a signed **lease or rental agreement** for your new home,
- a **utility bill** (electricity, gas, water or internet) in your name at the new address,
- a **letter from your new employer** confirming your transfer or job location along with your new home address,
- a **closing statement** if you're buying.

Documents dated within the last 60 days, or starting within the next 30 days, are fine. You can upload a photo or PDF through the member portal under **Account → Requests → Relocation**, or reply to this chat with it attached. Feel free to black out rent amounts or account numbers; we only need your name and the address.

Your monthly membership rate of **$39.99** will continue to be billed until your cancellation takes effect, which I'll explain next if you tell me your billing date.
"""),
H("""
I'm billed on the 15th. Today is March 3. When will my last charge be?
"""),
G("""
Thanks. Here's the timeline:

- **Notice given:** today, March 3.
- **30-day notice period ends:** April 2. That's when your cancellation takes effect.
- **March 15 billing:** this charge of **$39.99** will still go through, because it falls within your notice period. It covers March 15 to April 14.
- **April 15 billing:** **will not** be charged, since your cancellation takes effect before it.

So **March 15 is your final charge**. Since you've paid through April 14, your key card will keep working until then, so you can keep training until you move.

**One more thing:** our $49 annual maintenance fee is billed each June. Because your membership ends before then, it won't be charged.

Once you upload your proof of address, the cancellation will be finalised and you'll get a confirmation email within 2 business days.
"""),
H("""
Perfect. I just uploaded my lease. Can you summarise everything so I have it in writing?
"""),
G("""
Thanks, I can see your lease for the Bend address in the portal, and I've approved the relocation exemption. Here's your summary:

**Ironclad Fitness: cancellation summary**
- **Request received:** March 3 (this counts as your 30-day written notice)
- **Contract:** 12 months, 8 months completed
- **Reason:** relocation to Bend, Oregon (approximately 140 miles from the nearest club)
- **Early termination fee:** $45, **waived** under the relocation exemption; proof of address received and approved today
- **Cancellation effective:** April 2
- **Final monthly charge:** **$34.99** on March 15, covering March 15 to April 14
- **April 15 billing:** not charged
- **Annual maintenance fee ($49, billed in June):** not charged
- **Club access:** your key card remains active until April 14

You'll receive a confirmation email within **2 business days** with your cancellation reference. Please keep it. If any charge after March 15 appears on your statement, reply to that email and we'll refund it.

If you ever move back, or if we open a club in central Oregon, you're welcome back with **no joining fee** for 12 months after cancellation.

Good luck with the move and the new job!
""")
))
