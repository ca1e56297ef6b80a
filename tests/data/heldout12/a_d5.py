from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- 025
DIALOGUES.append(D(25, "structure", "en",
"Structure: the dialogue ends on a user turn; the fourth user question (is a mailed FBO check still a direct rollover, what deadline) has no assistant reply.",
[
H("""I just left my job and have about $62,000 in my old employer's 401(k). Should I roll it into an IRA, into my new job's 401(k), or just leave it where it is?"""),
G("""All three are legitimate; the best choice depends on fees, investment options and a couple of tax quirks.

**1. Leave it in the old 401(k)**
- Usually allowed for balances over $7,000.
- Fine if the plan has low-cost institutional funds.
- Downsides: one more account to keep track of, and you can't add new money.

**2. Roll it into your new employer's 401(k)**
- Keeps everything in one place, often with low-cost funds.
- 401(k) assets have strong federal creditor protection under ERISA.
- Keeps your IRA balances at zero, which matters if you do backdoor Roth contributions.
- Check that the new plan accepts roll-ins, and look at its fund menu and fees.

**3. Roll it into an IRA**
- The widest investment choice (any fund, ETF or stock at a low-cost brokerage).
- Easy to manage, and future rollovers can be consolidated there.
- Downsides: you lose the 'Rule of 55' (penalty-free withdrawals if you leave an employer in or after the year you turn 55), creditor protection can be weaker depending on your state, and it creates a pre-tax IRA balance.

**What to avoid:** cashing out. You'd owe income tax on the whole amount plus a 10% early-withdrawal penalty if you're under 59½, which could easily cost $15,000–20,000 on $62,000.

**Questions that usually decide it:**
1. What are the expense ratios of the funds in each plan?
2. Do you do, or plan to do, backdoor Roth contributions?
3. Might you retire or stop work between 55 and 59½?"""),
H("""I do a backdoor Roth every year. Does that change things?"""),
G("""Yes, significantly. It's a strong reason *not* to roll into a traditional IRA.

**The pro-rata rule:** when you convert traditional IRA money to a Roth, the IRS looks at *all* your traditional, SEP and SIMPLE IRA balances as of December 31 of the year of conversion (reported on Form 8606). The taxable share of your conversion equals the pre-tax share of that total.

**Example:** you contribute $7,000 after-tax to a traditional IRA and convert it. If you had also rolled your $62,000 401(k) into an IRA that year, your total IRA balance would be $69,000, about 90% of it pre-tax. So roughly 90% of the $7,000 conversion (about $6,300) would become taxable, defeating the point of the backdoor.

**401(k) balances don't count** in the pro-rata calculation. So:
- Leaving the money in the old 401(k), or rolling it into the new 401(k), keeps your backdoor Roth clean.
- Rolling into a traditional IRA breaks it, unless you move that IRA money into a 401(k) before December 31.

Given your backdoor habit, the new employer's 401(k) is usually the best home, provided its funds and fees are reasonable."""),
H("""My new 401(k) accepts roll-ins. How do I do a direct rollover without triggering tax?"""),
G("""A **direct rollover** means the money goes from the old plan to the new plan without ever being paid to you, so there's no withholding and no tax.

**Steps:**
1. **Get the new plan's rollover instructions** from HR or the plan website: the exact payee name, your account number, the mailing address for checks, and any incoming-rollover form they require.
2. **Contact the old plan's administrator** (by phone or online) and request a **direct rollover** to your new employer's plan. Make clear it's going to a qualified plan, not to you.
3. **Check the payee.** The money should go by wire or by a check payable to the new plan's custodian 'for the benefit of' (FBO) you, not to you personally.
4. **Handle Roth money separately.** If you made any Roth 401(k) contributions, make sure they land in the Roth portion of the new plan.
5. **Confirm arrival** in your new account, and check that the money has actually been invested rather than sitting in cash.

**What to avoid:** an **indirect rollover**, where the check is payable to *you*. The old plan must withhold 20% for tax, and you'd have to deposit the full amount, including that 20% out of your own pocket, within 60 days to avoid tax and penalties.

At tax time you'll receive a Form 1099-R with distribution code G, which marks a direct rollover and isn't taxable."""),
H("""The old plan says it will mail the check to my home address, made out to 'Fidelity FBO Jordan Ellis'. Is that still a direct rollover, and how long do I have to send it on?"""),
]))

# ---------------------------------------------------------------- 026
_f_water_q = """How often should I water it? It's in a 30 cm pot."""
DIALOGUES.append(D(26, "repetition", "en",
"Repetition (near-verbatim): in turn 5 the user re-asks the watering question from turn 2 and the reply repeats the turn-2 answer almost word for word.",
[
H("""My fiddle leaf fig dropped four leaves in a week after I moved it from the living room to the bedroom. Is it dying?"""),
G("""Almost certainly not. Fiddle leaf figs (Ficus lyrata) are famous for sulking after a move. Dropping a handful of leaves within a week or two of a change in light, temperature or draughts is a stress response, not a sign that the plant is dying.

**Why it happens:** the leaves it grew in the living room were adapted to that light level. When the light changes, especially if the bedroom is dimmer, the plant sheds leaves it can no longer support efficiently.

**What to do now:**
1. **Choose its spot carefully and then leave it there.** Ideal is very bright, indirect light: close to an east-facing window, or a metre or so back from a south- or west-facing one. If the bedroom is much darker than the living room, consider moving it back, but only once.
2. **Avoid draughts and heat sources:** no radiators, air-conditioning vents, or doors that let in cold air.
3. **Don't change the watering to compensate.** A common mistake is to water more when leaves drop, which leads to root rot.
4. **Don't repot or fertilise** while it's adjusting.

**When to worry:** if it keeps dropping leaves steadily for more than a month, if the stem goes soft, or if leaves blacken from the base, check the roots for rot.

Most plants stabilise within 2–4 weeks and push out new growth at the top once they've adjusted."""),
H(_f_water_q),
G("""Don't water on a fixed schedule; water when the plant needs it. For a fiddle leaf fig in a 30 cm pot:

- **Check first:** push a finger or a wooden chopstick into the soil. Water when the **top 5 cm is dry**.
- **In practice:** that's often about every **7–10 days in spring and summer** in a bright spot, and every **2–3 weeks in winter**, when growth slows.
- **Water thoroughly:** pour slowly until water runs out of the drainage holes, so the whole root ball is moistened.
- **Empty the saucer** after 15–30 minutes. Fiddle leaf figs hate sitting in water.
- **Learn the weight:** lift or tilt the pot right after watering and again when it's dry; the difference becomes an easy guide.

Use room-temperature water, and make sure the pot has drainage holes. If it's in a decorative pot without holes, keep it in a plastic nursery pot inside that."""),
H("""Some of the newer leaves have brown spots in the middle. Is that the same issue?"""),
G("""Probably not the move itself. Where the brown appears tells you a lot:

- **Dark brown or black patches in the middle of the leaf, sometimes with a yellow halo**, often starting on lower leaves and spreading. This usually points to **root rot from overwatering** or **bacterial leaf spot**, both favoured by soil that stays wet.
- **Tiny reddish-brown dots on young leaves** are often **oedema**: the plant is taking up water faster than it can use it. They're harmless and usually fade as the leaf matures.
- **Crispy brown edges** point to underwatering or very dry air.
- **Pale or bleached brown patches** on the side facing a window are sunburn.

**What to check:**
1. Does the soil stay wet for more than a week after watering?
2. Slide the plant out and look at the roots: healthy roots are firm and pale; rotten ones are dark, mushy and smell bad.
3. Are the spots spreading from leaf to leaf?

If it's root rot, trim the damaged roots and repot in fresh, well-draining mix. If it's bacterial spot, remove the worst-affected leaves with clean scissors, keep water off the foliage, and improve air circulation."""),
H("""Should I fertilise it to help it recover?"""),
G("""Not yet. Fertiliser won't fix stress or root problems, and if the roots are damaged it can burn them further.

Wait until you see **new leaves unfurling healthily** at the top. Then, during spring and summer, feed with a balanced liquid fertiliser (a fiddle-leaf-fig formula with an N-P-K ratio around 3-1-2 works well) at **half the label strength, once a month**. Always water first so you're not adding fertiliser to dry roots, and stop feeding in autumn and winter when growth slows."""),
H("""Also, how often should I be watering it? It's in a 30 cm pot."""),
G("""Don't water on a fixed schedule; water when the plant needs it. For a fiddle leaf fig in a 30 cm pot:

- **Check first:** push a finger or wooden chopstick into the soil. Water when the **top 5 cm is dry**.
- **In practice:** that's usually about every **7–10 days in spring and summer** in a bright spot, and every **2–3 weeks in winter**, when growth slows down.
- **Water thoroughly:** pour slowly until water runs out of the drainage holes, so the whole root ball gets moistened.
- **Empty the saucer** after 15–30 minutes. Fiddle leaf figs hate sitting in water.
- **Learn the weight:** lift the pot right after watering and again when it's dry; the difference becomes an easy guide.

Use room-temperature water and make sure the pot has drainage holes. If it's in a decorative pot without holes, keep it in a plastic nursery pot inside it."""),
]))

# ---------------------------------------------------------------- 027
DIALOGUES.append(D(27, "good", "en",
"Good: three-turn orienteering progression (what changes on orange courses, worked example of aiming off and attack points with pace maths, relocating when lost).",
[
H("""I've done three orienteering events on white and yellow courses and want to step up to orange. What changes?"""),
G("""Orange is where orienteering starts to feel like real navigation, because you're no longer just following paths.

**What's different on an orange course:**
- **Length and difficulty:** typically 3–5 km, with controls *near* line features rather than on them, e.g. a boulder 50 m off a path or a knoll beside a stream.
- **Route choice:** legs often offer alternatives, such as a longer way round on paths versus a shorter line through forest. Judging which is faster becomes part of the challenge.
- **Leaving the paths:** you'll cross open forest for short stretches, using the compass and the shape of the land.

**New skills to learn:**
1. **Attack points:** a big, easy-to-find feature close to the control, from which you navigate carefully for the last 50–150 m.
2. **Catching features:** something beyond the control, like a wall, road or lake, that stops you if you overshoot.
3. **Handrails:** line features you follow along the way (streams, fences, vegetation edges), even when they don't lead straight to the control.
4. **Rough compass bearings:** pointing the compass in the direction of travel and following it for short distances.
5. **Aiming off:** deliberately aiming to one side of a target on a line feature, so you know which way to turn when you reach it.
6. **Pacing:** counting double steps to measure distance.

**Mindset:** many coaches teach 'traffic-light' orienteering: green means run fast on the easy, certain parts; amber means slow down as you approach the attack point; red means careful, precise navigation in the last stretch to the control."""),
H("""Can you explain aiming off and attack points with an example?"""),
G("""Sure. Imagine two legs on the same map.

**Aiming off**
The control is on a **stream bend** about 300 m away across forest. The stream runs roughly left to right across your path.
- If you take a bearing straight at the bend, a small error means that when you reach the stream, you won't know whether the bend is to your left or your right.
- So you **aim off**: deliberately take a bearing 20–30 m to the *left* of the bend.
- When you hit the stream, you *know* you're left of the control, so you turn right and follow the stream to the bend. The stream is your handrail for the final metres.

**Attack point**
The next control is a **boulder** in forest, 400 m away, with no line feature near it. About 80 m from the boulder there's a **path junction**.
- Run fast along the paths to the junction. It's big and unmistakable, so you can go at full speed; this is your attack point.
- At the junction, stop, orient your map and take a careful bearing to the boulder.
- Walk or jog on the bearing while **pacing**: if you take about 40 double paces per 100 m in forest, the boulder should appear after roughly 32 double paces.
- If you reach a catching feature beyond it, such as a marsh or a wall, you know you've gone too far.

The pattern is always the same: **fast to something big and certain, then slow and precise to something small**. Measure your own pace count over 100 m of forest and 100 m of path, because it varies with terrain."""),
H("""What should I do if I get completely lost?"""),
G("""Stop running first. Most big mistakes happen when people keep going, hoping something will start to make sense.

1. **Stop and orient the map** with your compass.
2. **Think back to your last certain location**, often the previous control, and what you've done since: direction, rough distance, features you passed.
3. **Look for big, unmistakable features** around you, such as a hill, a large clearing, a lake or a major path, and match their shape and position to the map.
4. **If you still can't relocate, head for a catching feature:** take a bearing to something large you can't miss, like a road, a long fence or a lake shore, then work out where you are along it.
5. **Check the control code** when you find a control, to be sure it's yours.

**Safety:** carry a whistle if the event requires one, know the course closing time, and if you decide to retire, **always go to the finish and download**, so the organisers know you're out of the forest."""),
]))

# ---------------------------------------------------------------- 028
DIALOGUES.append(D(28, "off_topic", "en",
"Off-topic: turns 4-6 abandon the late-invoice goal; the user switches to fruit flies and Venus flytraps and the assistant follows.",
[
H("""I'm a freelance web developer in the US, and one client is 45 days late on a $6,800 invoice. How should I chase it?"""),
G("""Forty-five days late on a significant invoice calls for a structured escalation: firm, documented and professional at every step.

**Step 1 – Check the basics (today):** make sure the invoice reached the right person and nothing is blocking it, like a missing W-9, a wrong PO number, or a supplier portal you were supposed to upload it to. A surprising number of 'late' payments are simply stuck in admin.

**Step 2 – Direct contact (this week):** email your main contact *and* accounts payable, with the invoice attached, asking for a specific payment date. If there's no reply, follow up by phone two or three days later.

**Step 3 – Final written notice (a week later):** a firm email stating the amount, the original due date, a final deadline (e.g. 10 business days), and what happens next. Keep it factual.

**Step 4 – Pause work:** if you're still doing work for them, it's reasonable to pause until the account is current, as long as your contract doesn't prohibit it. Say so clearly and politely.

**Step 5 – Formal demand:** a demand letter, ideally on a lawyer's letterhead (often $150–500), which frequently gets results on its own.

**Step 6 – Small claims or collections:** small claims limits vary by state, from roughly $2,500 to $25,000, so $6,800 is within the limit in many states. A collection agency typically keeps 25–50% of what it recovers.

Keep a log of every contact, with dates and copies of emails."""),
H("""My contract says 'Net 30' but nothing about late fees. Can I add one now?"""),
G("""Generally not as a binding charge. A late fee is a contract term, and you can't unilaterally add terms to an agreement after the fact. If you add '1.5% per month late fee' to a reminder, the client has no obligation to pay it, and it can sour the conversation.

**What you can do:**
- **Statutory interest:** many states allow prejudgment interest on unpaid debts if you go to court, even without a contract clause. Rates and rules vary by state, so check yours if it gets to small claims.
- **Offer a carrot instead of a stick:** for example, 'If payment arrives by Friday, we'll consider the matter closed.'
- **Fix it for the future:** add a clause to new contracts such as 'Invoices unpaid after 30 days accrue interest at 1.5% per month or the maximum rate permitted by law, whichever is lower,' plus a right to pause work and recover reasonable collection costs. Have it reviewed once, since usury and late-fee rules differ between states.

Also consider asking for a deposit, say 30–50% upfront, and milestone billing on larger projects."""),
H("""Can you draft a firm but polite final reminder email? Client is Harbor & Pine Studio, my contact is Megan Ortiz, invoice #2031 dated March 3, due April 2. I'm Sam Patel."""),
G("""Here's a draft. Since it's now about 45 days past the April 2 due date, I've set the final deadline roughly two weeks out, on May 30; adjust it if your dates differ.

---
**Subject:** Final reminder: Invoice #2031 ($6,800), now overdue

Hi Megan,

I'm following up on invoice #2031 for $6,800, dated March 3 and due on April 2 under our Net 30 terms. The payment is now more than six weeks overdue, and I haven't yet received a payment date despite my earlier reminders.

I've attached the invoice again for convenience. Please arrange payment by May 30, or let me know by the end of this week when payment will be made. If there's an issue with the invoice or with your payment process, I'm happy to help sort it out.

If I don't receive payment or a confirmed date by May 30, I'll need to pause any further work on the project and pursue other options to recover the balance, which I'd much rather avoid.

I've enjoyed working with Harbor & Pine and hope we can resolve this quickly.

Best regards,
Sam Patel
---

Send it to Megan and copy their accounts payable address if you have one, so it isn't stuck in a single inbox."""),
H("""Thanks, that's great. Totally unrelated, but do you know how to get rid of fruit flies? My kitchen is infested."""),
G("""Yes, and the good news is that fruit flies are easy to beat once you remove what they're breeding in.

1. **Find the source:** overripe fruit, soft onions or potatoes, the compost caddy, recycling with sticky bottles, and sink drains are the usual suspects. Throw out or refrigerate anything ripe.
2. **Clean the drains:** pour boiling water down the kitchen drain, then scrub around the drain opening; the film there is a common breeding spot.
3. **Set traps:** a small glass of apple cider vinegar with a drop of dish soap (the soap breaks the surface tension so they sink). Cover it with plastic wrap and poke a few small holes, or make a paper funnel. A splash of wine or a slice of banana also works as bait.
4. **Empty the bins** daily for a week and rinse recycling before it goes in.

Their life cycle is about a week, so if you remove the breeding sites and trap the adults, the population usually collapses within 7–10 days."""),
H("""Would getting a Venus flytrap help?"""),
G("""It would be fun, but it won't make a real dent. A Venus flytrap catches only a few insects a week at most, each trap can only close a limited number of times before it dies back, and fruit flies are small enough to escape before the trap seals. Flytraps are also fussy indoors: they need several hours of direct sun, distilled or rain water, and a cold winter dormancy. As a pet plant they're great; as pest control, vinegar traps are far more effective."""),
H("""What do they eat besides flies, then?"""),
G("""In the wild, Venus flytraps (native only to a small area of the Carolinas in the US) eat mostly crawling insects: ants, spiders, beetles and grasshoppers make up a bigger share of their diet than flies. Indoors you can feed them live or freshly killed insects such as small crickets or mealworms, about a third the size of the trap, once every week or two during the growing season. Never feed them meat or human food, which rots in the trap. They get their energy from sunlight; insects only supply nutrients, mainly nitrogen, that their boggy native soil lacks."""),
]))

# ---------------------------------------------------------------- 029
DIALOGUES.append(D(29, "good", "en",
"Good: five-turn GDPR erasure request for a small Spanish travel blog (obligations and deadline, comments, backups, Mailchimp, confirmation email draft); consistent and fully filled in.",
[
H("""A reader emailed my travel blog asking me to delete 'all the data you have on me.' I'm a one-person blog based in Spain. What am I actually obliged to do?"""),
G("""This is a request under the right to erasure (Article 17 GDPR), and yes, it applies to you. The good news is that for a small blog it's usually straightforward.

**Deadline:** you must respond **without undue delay and within one month** of receiving the request. That can be extended by two further months for complex or numerous requests, but you'd have to tell them within the first month. You can't charge a fee.

**Step 1 – Make sure it's really them.** Only ask for what's proportionate. If the email comes from the same address they used to comment or subscribe, that's usually enough. Don't demand ID documents unless there's genuine doubt.

**Step 2 – Find where their data lives.** For a typical blog, check:
- Comments (name, email, IP address)
- Your newsletter tool (e.g. Mailchimp)
- Contact-form submissions and your email inbox
- Analytics (usually not linkable to a named person; you can say so in your reply)
- Any affiliate, shop or membership plugins
- Backups

**Step 3 – Delete, or explain exceptions.** You must erase data you no longer have a valid reason to keep. Exceptions include data you need for legal obligations (for example invoices, if they bought something from you, which Spanish tax rules require you to keep) or for legal claims.

**Step 4 – Confirm in writing** what you deleted, and anything you kept and why.

Keep a brief note of the request and your response. That record is what you'd show the Spanish data protection authority (AEPD) if it ever asked."""),
H("""Their comments are part of discussion threads on several posts. Do I have to delete those too?"""),
G("""In most cases, yes, or at least anonymise them. Comments contain their personal data (name, email, IP address, and often the text itself), and the usual legal basis for publishing reader comments is consent or your legitimate interest in hosting a discussion. Once someone asks for erasure, consent is withdrawn, and your interest rarely outweighs their request for something as low-stakes as blog comments.

**Your options:**
1. **Delete the comments entirely.** The simplest and cleanest. Replies from other readers stay, though they may look slightly orphaned.
2. **Anonymise them:** change the name to 'Anonymous', remove the email and IP address, and keep the text, *but only if the text itself doesn't identify them* (no mention of their name, town, job, family and so on). Check each comment.

**The freedom-of-expression exception** (Article 17(3)(a)) exists, but it's aimed at journalism and content in the public interest. It's hard to justify for ordinary reader comments on a travel blog.

If you use WordPress, you can find all their comments by searching for their email on the Comments screen. The built-in personal data eraser (Tools → Erase Personal Data) anonymises comments automatically: it replaces the author name and removes the email, IP and website URL, but leaves the comment text. So review the text afterwards and delete any comment that still identifies them."""),
H("""What about backups? My host keeps 30 days of automatic backups."""),
G("""You don't need to dig into each backup and edit it. Data protection authorities generally accept that data in backups can be **put beyond use** rather than erased immediately, provided that:

- The backups are overwritten on a normal schedule, here within 30 days, so the data disappears naturally.
- You don't restore or use that data in the meantime.
- **If you do restore a backup** within that window, you re-apply the deletion straight away. Your note of the request will remind you.

In your reply to the reader, say so plainly: their data has been deleted from the live site and your systems, and will drop out of the rolling backups within 30 days."""),
H("""And Mailchimp: should I delete them or just unsubscribe them?"""),
G("""Delete them. Unsubscribing keeps their email address and profile data in your audience, which isn't erasure. In Mailchimp, use **'Permanently delete'** rather than 'Archive', since archiving keeps the contact's data. A permanently deleted contact can't be re-imported or re-added by you, only by signing up again themselves, which is exactly what you want here."""),
H("""Could you draft a short reply confirming the deletion? Their name is Tomás Reyes, and I'm Claire from Slow Roads Travel."""),
G("""Here's a short, friendly confirmation:

---
**Subject:** Your data deletion request

Hi Tomás,

Thanks for your message. I've now deleted the personal data I held about you on Slow Roads Travel:

- Your comments on the blog have been removed, together with the name, email address and IP address stored with them.
- Your email address has been permanently deleted from my newsletter list, so you won't receive any further emails from me.
- Your earlier emails to me have been deleted from my inbox.

My hosting company keeps automatic backups for 30 days, so copies of this data will disappear from those backups within that time. They won't be used or restored in the meantime.

Apart from a record of this request and my reply, which I keep to show that I've handled it, I don't hold any other personal data about you. If you have any questions, just reply to this email.

All the best,
Claire
Slow Roads Travel
---

Send it within the one-month deadline, and save a copy alongside a short note of what you deleted and when."""),
]))

# ---------------------------------------------------------------- 030
DIALOGUES.append(D(30, "non_answer", "en",
"Non-answer (subtle): the last turn's reply sounds encouraging but gives no rule, example or method for practising third-tone sandhi.",
[
H("""I've been learning Mandarin for eight months, and in fast speech I honestly can't hear the difference between second and third tone. Is that normal?"""),
G("""Completely normal, and there's a good reason for it: in connected speech, the third tone rarely sounds like the textbook 'dip and rise'.

**What's actually happening:**
- **Second tone** rises from mid to high (35 on the five-level pitch scale), a bit like the rise in a surprised 'Huh?'.
- **Third tone** is taught as 214, falling then rising, but in real speech it's usually a **half-third tone** (about 21): a low, flat or slightly falling pitch, often with a bit of creak. The full rise mostly appears when a syllable is said on its own or with emphasis at the end of a phrase.
- So in fast speech you're really distinguishing **a rise** (2nd) from **a low** (3rd), not two curves.

**Why it's hard to hear:** if you've been listening for a rise in both, the difference disappears. On top of that, when two third tones meet, the first one changes into a second tone (你好 is pronounced ní hǎo), which makes your ear doubt itself.

**What helps:**
1. **Listen for pitch height, not movement.** Ask yourself, 'Did that syllable go low?' If yes, it's probably third tone.
2. **Perception drills:** listen to one word from a minimal pair and label its tone before checking. A few minutes of this every day makes a noticeable difference within weeks.
3. **Shadow slow, natural audio** rather than exaggerated textbook recordings, so your ear learns what real speech sounds like.

Most learners get markedly better at this somewhere in their first year or two, so you're right on schedule."""),
H("""What are some good minimal pairs to drill?"""),
G("""Here's a set of common words, so you're building vocabulary while you drill:

**Single syllables (2nd vs 3rd):**
- 骑 qí (ride) – 起 qǐ (rise)
- 油 yóu (oil) – 有 yǒu (have)
- 麻 má (numb) – 马 mǎ (horse)
- 鱼 yú (fish) – 雨 yǔ (rain)
- 埋 mái (bury) – 买 mǎi (buy)
- 题 tí (question) – 体 tǐ (body)
- 糖 táng (sugar) – 躺 tǎng (lie down)
- 田 tián (field) – 舔 tiǎn (lick)

**Two-syllable pairs:**
- 同志 tóngzhì (comrade) – 统治 tǒngzhì (to rule)
- 题材 tícái (subject matter) – 体裁 tǐcái (genre)
- 实际 shíjì (actual) – 史记 Shǐjì (Records of the Grand Historian)

**How to drill:**
1. Play a recording of one word from a pair without looking, write down 2 or 3, then check.
2. Do 20 items, note your accuracy, and repeat daily. Aim for about 90% before moving on to new pairs.
3. Then say each pair yourself, record it, and listen back: does your third-tone word actually go low?"""),
H("""How do I practise tone sandhi for two third tones in a row, like 你好?"""),
G("""Third-tone sandhi is one of those areas where deliberate practice really pays off. Pairs like 你好 come up constantly in everyday Mandarin, so getting comfortable with them will make a noticeable difference to how natural you sound. The most important thing is to treat it as a skill in its own right and build it into your routine consistently, rather than hoping it will sort itself out. Learners who give it focused attention usually find that it clicks sooner than they expected, and once it does it tends to become automatic, and you'll start noticing it everywhere in the audio you listen to."""),
]))
