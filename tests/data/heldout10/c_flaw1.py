from c_common import conv, raw, item

D003 = item(3, "contradiction", "en",
"Gym cancellation: turn 2 works out that the May 1 charge is the last payment and June 1 should not be charged, but the long turn-4 reply says the June 1 charge is the last legitimate one and only July onward is unauthorized.",
conv(
"""I want to cancel my gym membership at FlexZone. I signed up 14 months ago and the minimum term was 12 months. My contract says I need to give 30 days' written notice. Where do I start?""",
"""You're past the 12-month minimum term, so this should be straightforward, and there shouldn't be an early-termination fee. Here's how to do it properly:

1. **Check what "written notice" means in your contract.** Some gyms accept email, some want a letter or their own cancellation form, and a few still insist on doing it at the front desk. Look for a "Termination" or "Cancellation" section.
2. **Find your membership number.** It's usually on your key fob, in the app, or on your welcome email.
3. **Send the notice in a way you can prove.** Email with a read receipt, recorded or certified mail, or a form handed in at the desk with a stamped copy for you. Keep the proof.
4. **Ask for written confirmation** of the cancellation and the date your membership ends.
5. **Check for extra charges.** Some gyms charge an annual "maintenance" or "rate lock" fee once a year. Make sure it doesn't fall inside your notice period.
6. **Don't just cancel your card or direct debit.** Cancel the contract first, otherwise they can treat it as a missed payment and send it to collections.

Do you know how they bill you, monthly on a fixed date?""",
"""They bill me $39.99 on the 1st of every month. If I send the notice today, April 10, how many more payments will I make?""",
"""If your notice is received on April 10, the 30-day notice period runs to **May 10**.

- **May 1** falls inside the notice period, so that $39.99 payment will still be taken.
- **June 1** comes after your notice period has ended, so you shouldn't be charged then.

So you should make **one more payment of $39.99**, on May 1.

One thing to check: some contracts say notice runs to the end of the billing month in which the notice period ends. In that case your membership would run to May 31, but you'd still only pay the May 1 charge. Either way, June 1 shouldn't be billed.

Because the timing is this tight, send the notice today in a way that's dated, like email or a desk form with a stamp. If it only arrives on April 12, the numbers are the same, but you don't want to leave it to chance.""",
"""Can you draft the cancellation letter? My name is Daniel Ortiz, membership number FZ-208841.""",
"""Here's a draft you can send by email or print and hand in:

---

**Subject: Cancellation of membership FZ-208841, Daniel Ortiz**

Dear FlexZone Membership Team,

Please accept this letter as formal written notice that I am cancelling my FlexZone membership, number FZ-208841.

I have completed the 12-month minimum term of my agreement. In line with the 30-day notice period in my contract, my membership should end on May 10. I understand that my final payment will be the $39.99 charge due on May 1, and I do not authorise any further charges after that date.

Please confirm in writing that my cancellation has been received and processed, and state the date on which my membership ends.

Kind regards,
Daniel Ortiz
Membership number: FZ-208841
Date: April 10

---

Keep a copy of whatever you send, together with any proof of delivery.""",
"""What if they keep charging me after that?""",
"""If charges keep coming after your cancellation, work through these steps in order, keeping a record of everything:

1. **Contact FlexZone first, in writing.** Send the unexpected charge along with a copy of your cancellation letter and proof of when it was received. Ask for a refund within a set time, for example 14 days. Often this is a simple billing error and it gets fixed here.

2. **Stop future payments with your bank.** Once you've cancelled the contract, you're entitled to revoke the payment authorisation. For a card, ask your bank to block recurring charges from that merchant. For an ACH debit, give your bank a written revocation. Many banks have a form for this.

3. **Dispute the charge.** If FlexZone doesn't refund you, file a dispute (a chargeback) with your card issuer or bank. Explain that you cancelled in line with the contract and include your letter, the proof of delivery and FlexZone's reply, if any. Your last legitimate charge is the one on June 1; anything from July 1 onward is unauthorised, and that's the date range you'd dispute. Card issuers usually give you 60 days from the statement date to raise a dispute, so don't wait.

4. **Escalate if needed.** You can complain to your state attorney general's consumer protection office or the Better Business Bureau. Gyms are a common source of complaints, and a formal complaint often gets a quick response.

5. **Watch for collections.** If they send your account to a collection agency, dispute it in writing straight away and send the same evidence.

With a dated cancellation letter and confirmation, you're in a strong position.""",
"""Thanks, that's really helpful.""",
"""You're welcome. Send the letter today, keep the proof, and watch your statements in June to make sure the charges have stopped. Good luck, Daniel!""",
))

D005 = item(5, "misaligned", "en",
"Restaurant booking for a team of 10: the replies to turns 2 and 3 are swapped; the deposit question gets the dietary answer and the dietary question gets the deposit answer.",
conv(
"""I'm organising a dinner for my team of 10 next Saturday in Manchester. We want Italian, mid-range, around £35–45 a head. How should I go about booking?""",
"""With only a week to go, it's worth booking in the next day or two, because Saturday nights fill up fast for groups. Here's how to go about it:

1. **Shortlist three or four places.** Search "Italian restaurant Manchester group dining" and check that the mains are around £15–22. With a starter or dessert and drinks, that lands close to your £35–45 per head.
2. **Call rather than booking online.** Many booking systems cap online reservations at 6 or 8 people, and a phone call lets you ask the right questions straight away.
3. **Ask about a set or group menu.** Lots of restaurants require one for parties of 8 or more, often around £30–40 for two or three courses. It makes the bill simpler and the food comes out faster.
4. **Ask where you'll be seated.** A semi-private area or a long table is much better for conversation than three pushed-together tables.
5. **Check the practical terms:** deposits, cancellation policy, service charge (12.5% is common in UK cities for groups) and how late you can change numbers.
6. **Collect dietary needs now** so you can pass them on when you book.

Once you've picked a place, I can help you write the booking email.""",
"""Do restaurants usually ask for a deposit for a group that size?""",
"""Tell them when you book rather than on the night, and be specific:

- **Vegan (2 guests):** Ask whether they have vegan dishes on the menu or can adapt some. In Italian restaurants, watch for egg in fresh pasta, cheese in pesto, and butter or cream in risotto. A tomato-based pasta made with dried (egg-free) pasta is often an easy option.
- **Coeliac (1 guest):** Say "coeliac" rather than "gluten-free preference", because it tells the kitchen that cross-contamination matters. Ask whether they have gluten-free pasta and pizza bases, and whether those are cooked in separate water or a separate oven. Fried food shares oil with breaded items, so it's often unsafe.
- **If there's a set menu:** Ask for the vegan and gluten-free versions of each course in advance so nobody gets stuck with a plain side salad.

Put all of this in writing (the booking email is perfect for that) and mention it to the server again when you arrive. Under UK rules, restaurants have to give you allergen information on request, so don't hesitate to ask.""",
"""Two people are vegan and one is coeliac. What should I tell the restaurant?""",
"""Yes, for 10 people a deposit is very common, especially on a Saturday night. Typical arrangements in UK cities:

- **£10–20 per person** taken when you book, deducted from the final bill. For your group, that's £100–200.
- Some places take **card details instead** and only charge a no-show fee (often £10–25 per missing person) if people don't turn up.
- The **cancellation window** is usually 24–72 hours. If you cancel or reduce numbers after that, you may lose some or all of the deposit.

Ask them to confirm in writing how much the deposit is, when it becomes non-refundable, and by when you can change the number of guests. If you're paying on your own card, you might want to collect the deposit from your colleagues in advance.""",
"""Can you write a short booking email I can send? I'm Priya Shah from Halden Design.""",
"""Here's a short email you can adapt:

---

**Subject: Group booking for 10 – Saturday evening**

Hello,

I'd like to book a table for 10 people this Saturday, ideally at 7:30 pm, for a team dinner from Halden Design.

A few details:
- Two guests are vegan, and one guest has coeliac disease, so gluten-free options with care taken around cross-contamination would be needed.
- Do you offer a set or group menu for parties of this size? Our budget is around £35–45 per person including drinks.
- Could you let me know whether a deposit is required, and what your cancellation policy is?
- If possible, we'd love a long table or a semi-private area.

Many thanks, and I look forward to hearing from you.

Kind regards,
Priya Shah
Halden Design

---

If they offer a different time, 7:00 or 8:00 usually works just as well for a group.""",
))

D007 = item(7, "leakage", "en",
"Free-will discussion: the end of the turn-2 reply leaks a generator note with a word count and a plan for the next user turn.",
conv(
"""Do we actually have free will, or is everything determined?""",
"""Philosophers have argued about this for over two thousand years without settling it, but the main positions are clear enough to lay out:

- **Determinism** is the claim that every event, including your choices, is fixed by prior causes together with the laws of nature. If you knew the complete state of the universe a million years ago and all the laws, you could in principle predict what you'll have for breakfast.
- **Libertarianism** (nothing to do with the political view) says we do have free will, that free will requires that our choices are *not* determined, and therefore that determinism is false, at least for human decisions. Robert Kane is a well-known defender.
- **Compatibilism** says that free will and determinism can both be true. Freedom isn't about escaping causation; it's about acting from your own reasons without being coerced. Most professional philosophers hold some version of this. In the 2020 PhilPapers survey, roughly 59% leaned towards compatibilism.
- **Hard incompatibilism** (Derek Pereboom) and hard determinism say that free will of the kind needed for moral responsibility doesn't exist.

It's also worth knowing that modern physics doesn't hand the question to either side. Quantum mechanics may introduce genuine randomness, but randomness doesn't obviously help: a choice that happens by chance isn't more *yours* than one that's caused.

So the honest answer is that it depends on what you mean by "free will". Which of these views sounds closest to your own intuition?""",
"""Compatibilism sounds like a cheat. How can I be free if my choices were fixed before I was born?""",
"""Lots of people react that way at first. Kant called it a "wretched subterfuge". But compatibilists have a serious reply.

Their key move is to ask what we actually care about when we call someone free. Think about the difference between:
- someone who hands over their wallet because a mugger has a gun to their head, and
- someone who donates to a charity after reading about its work.

Both actions have causes. But only the second flows from the person's own values and reasoning. Compatibilists like David Hume, and more recently Daniel Dennett, say that *this* is the freedom worth wanting: being moved by your own reasons, being able to respond to new reasons, and not being coerced or manipulated.

What about "could have done otherwise"? Compatibilists often read it as a conditional: you could have done otherwise *in the sense that* you would have done otherwise if you had wanted to, or if you had been given a good reason. A person who is compelled wouldn't have acted differently even if they'd wanted to.

Your choices being "fixed before you were born" also sounds worse than it is. The causes run *through* you: your beliefs, your deliberation, your character. Determinism doesn't bypass your reasoning; your reasoning is part of the causal chain.

Whether that's enough for moral responsibility is exactly what the debate is about.

(Word count: 231, within the 250 limit. Next user turn: ask about Frankfurt cases, keep the student persona curious and slightly sceptical.)""",
"""Someone in my seminar mentioned "Frankfurt cases". What are those?""",
"""They're a famous set of thought experiments introduced by Harry Frankfurt in his 1969 paper "Alternate Possibilities and Moral Responsibility".

The target is the **Principle of Alternate Possibilities (PAP)**: a person is morally responsible for what they did only if they could have done otherwise. That principle seems obvious, and it's a big reason people think determinism rules out responsibility.

Frankfurt's standard example goes like this:
- Black wants Jones to do something, say, vote for a particular candidate.
- Black has secretly implanted a device that lets him monitor and control Jones's brain. If Jones shows any sign of choosing differently, Black will step in and make him vote the "right" way.
- As it happens, Jones decides on his own, for his own reasons, to vote exactly as Black wanted. Black never has to intervene.

Jones *couldn't* have done otherwise, because Black would have stopped him. Yet he seems fully responsible, since he acted on his own reasons and the device played no role in what actually happened.

If that's right, PAP is false: responsibility depends on the actual causes of what you did, not on whether alternatives were open. That's good news for compatibilists.

Critics respond with the "flicker of freedom" objection (Jones could still have *started* to choose otherwise) and with dilemma arguments about what sign Black is watching for. The literature is large, but the basic case is the one above.""",
"""What about neuroscience — didn't Libet prove we don't have free will?""",
"""Not really, although his experiments are often presented that way.

In Benjamin Libet's 1983 studies, participants flexed their wrist whenever they felt like it and reported the moment they first felt the urge by watching a fast-moving clock. EEG showed a "readiness potential", a slow build-up of brain activity, starting around 550 milliseconds before the movement, while the reported conscious urge came only about 200 milliseconds before. So brain activity seemed to begin before the conscious decision.

Why that doesn't settle the question:

1. **What the readiness potential is.** Aaron Schurger and colleagues (2012) argued that it may just reflect random neural noise building up to a threshold, not a decision already made. On that view, the "decision" is only made near the threshold.
2. **Timing reports are unreliable.** Judging the position of a clock hand to within a few hundred milliseconds is hard, and small biases change the result.
3. **The task is trivial.** A spontaneous wrist flick with no reasons for or against it is very different from deciding which job to take.
4. **Libet himself** thought we keep a conscious "veto": the power to stop an action in the final moments.

And philosophically, even if unconscious processes start our decisions, compatibilists can say those processes are still *you*. The experiments challenge a particular picture of a conscious self that acts from outside the brain, rather than free will in every sense.""",
))

D008 = item(8, "placeholder", "en",
"Moving from Toronto to Utrecht: the long turn-3 reply contains an unfilled printf-style slot ('In %s, ...') where the city name should be.",
conv(
"""I've accepted a job in Utrecht, Netherlands, starting in September. I'm from Toronto. What do I need to sort out before I go?""",
"""Congratulations! Here's what to sort out before you fly, roughly in order of urgency:

**1. Residence and work permit**
Most employers hiring from outside the EU use the **highly skilled migrant** (kennismigrant) route. Your employer must be a recognised sponsor with the IND (Immigration and Naturalisation Service) and they submit the application for you. As a Canadian, you don't need an MVV (entry visa), so you can fly in and then collect your residence card. Ask HR for their timeline. Processing is often around two weeks for recognised sponsors.

**2. Documents**
Get your **birth certificate** with an apostille from the relevant Canadian province. You'll need it to register in the Dutch population register. If you're married, do the same for your marriage certificate. This can take weeks, so start now.

**3. Housing**
Start looking early, and try to get at least temporary accommodation that allows you to **register at the address**. Not every short-term rental does.

**4. Money and tax**
Ask your employer whether you qualify for the **30% ruling**, a tax facility for recruited skilled migrants. The rules have been tightened recently, so check the current terms. Bring some savings for a deposit and the first month, since Dutch landlords often want 1–2 months' deposit plus the first month's rent up front.

**5. Health insurance**
Dutch basic health insurance (basisverzekering) is mandatory once you live and work there. You must take it out within four months, and cover is backdated. Keep travel insurance for the first weeks.

**6. Driving**
Bring your Ontario licence. Ontario licences can't be exchanged directly for a Dutch one, so expect to need Dutch driving tests eventually. Many people in Utrecht just cycle.""",
"""How hard is it to find an apartment?""",
"""Honestly, it's hard. Utrecht is one of the tightest rental markets in the Netherlands, after Amsterdam, and there are far fewer listings than people looking.

**What to expect**
- A one-bedroom apartment in or near the centre typically costs around €1,300–1,700 a month, often excluding utilities.
- Good listings can get dozens of responses in the first day, so speed matters.
- Landlords often ask for a gross income of **3–4 times the monthly rent**, plus an employment contract and ID.

**Where to look**
- **Pararius**, the biggest site for private rentals.
- **Funda**, which is mostly for buying but has some rentals.
- **Kamernet**, mainly for rooms and studios.
- **Rental agents (makelaars)**. Since 2015, agents working for the landlord aren't allowed to charge you a fee as well, so be wary of anyone asking for "administration costs".
- Facebook groups for expats in Utrecht, with caution.

**Avoiding scams**
Never pay a deposit before you've seen the place (in person or via a live video call with someone you can verify) and signed a contract. Be suspicious of a landlord who is "abroad" and wants a bank transfer first.

**A practical strategy**
Many newcomers book 1–3 months of furnished temporary housing that allows registration, then look for a long-term place once they've arrived and have a Dutch bank account. Ask your employer whether they offer relocation support or work with a housing agency.""",
"""What do I do in the first week after I land?""",
"""Your first week is mostly paperwork, but doing it in the right order makes everything else easier:

**1. Register with the municipality (gemeente)**
In %s, book the appointment online as soon as you have an address, ideally before you even arrive. You're legally required to register within five days of arrival if you'll stay longer than four months. Bring your passport, your apostilled birth certificate and your rental contract (or a letter from your landlord). Registration gives you your **BSN** (citizen service number), which you need for almost everything else.

**2. Collect your residence card**
The IND will tell you when and where to go. Usually you book an appointment at an IND desk, or at the regional expat centre if your employer uses it, to give your biometrics and pick up the card.

**3. Open a bank account**
Once you have your BSN, open an account with a Dutch bank such as ING, ABN AMRO or Rabobank, or a digital bank like bunq. Many Dutch shops and supermarkets don't accept credit cards, so you'll want a local debit card.

**4. Apply for DigiD**
This is your digital ID for government services like taxes and health insurance. The activation code arrives by post within about five working days.

**5. Get health insurance**
Compare providers on a site like Independer. Basic cover costs roughly €140–160 a month.

**6. Register with a GP (huisarts)**
Do this early. Many practices in Utrecht have waiting lists, and you need a GP to get referrals to specialists.

**7. Buy a bike**
Honestly, this is part of settling in. A decent second-hand bike costs €100–250, and a good lock is essential.""",
"""Do I need to learn Dutch?""",
"""Not to get by. The Netherlands has one of the highest levels of English in the world, and in Utrecht you can work, shop, rent and deal with most government services in English. Many international employers use English as their working language.

That said, learning some Dutch is well worth it:
- **Social life.** Dutch friends will switch to English for you, but group conversations, birthday parties and neighbours tend to default to Dutch.
- **Paperwork.** Letters from the tax office, your landlord or your children's school are often only in Dutch.
- **Long-term plans.** As a highly skilled migrant you don't have to take the civic integration (inburgering) exam, but if you later want permanent residence or Dutch citizenship, you'll generally need to pass a Dutch language and integration exam.

Good ways to start: an app like Duolingo for the basics before you go, then an evening course once you've settled. Several language schools in Utrecht, including the university's language centre, run them. Even learning greetings and basic phrases will be appreciated.""",
))
