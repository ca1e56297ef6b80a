from c_util import conv, raw, D

DIALOGUES = []

# 15. Job interview rehearsal -> repetition (assistant turn 5 repeats turn 2 feedback near-verbatim)
_fb2 = """**Feedback:**

That's a good example to lead with – it's emotional, it has a clear outcome, and finding a same-day seat on a partner airline shows initiative. The panel will like it. To make it a team leader answer rather than an agent answer, sharpen four things:

1. **Situation in one sentence, with scale.** "Last winter, during the snow disruption, we had around 40 cancellations in one morning and queue times over an hour." That shows you stayed calm under pressure, not just on one call.
2. **Spell out your actions.** "I let her vent" is a start, but say *how* you de-escalated: using her name, acknowledging the wedding specifically, explaining what you were doing while she was on hold. Mention what you checked – rebooking rules, the interline agreement with the partner airline – and whether you needed a supervisor's authority.
3. **Quantify the result.** Did she leave positive feedback or a high satisfaction score? Was the rebooking done within the call? Numbers make it memorable.
4. **Add the leadership angle.** Finish with what you'd coach others to do: "Since then I've shared that approach with newer colleagues – acknowledge the personal stakes first, then move to options." The panel is hiring someone to develop agents, so show you think that way."""

_fb5 = """**Overall feedback:**

Your customer example is a good one to lead with – it's emotional, it has a clear outcome, and getting her a same-day seat on a partner airline shows initiative. The panel will like it. To make it a team leader answer rather than an agent answer, sharpen four things:

1. **Situation in one sentence, with scale.** "Last winter, during the snow disruption, we had around 40 cancellations in one morning and queue times over an hour." That shows you stayed calm under pressure, not just on one call.
2. **Spell out your actions.** Saying you let her vent is a start, but explain *how* you de-escalated: using her name, acknowledging the wedding specifically, explaining what you were doing while she was on hold. Mention what you checked – rebooking rules, the interline agreement with the partner airline – and whether you needed a supervisor's authority.
3. **Quantify the result.** Did she leave positive feedback or a high satisfaction score? Was the rebooking done within the call? Numbers make it memorable.
4. **Add the leadership angle.** Finish with what you'd coach others to do: "Since then I've shared that approach with newer colleagues – acknowledge the personal stakes first, then move to options." The panel is hiring someone to develop agents, so show you think that way.

Good luck – you're well prepared."""

DIALOGUES.append(D("repetition", "en",
"Repetition: asked for overall feedback in turn 5, the assistant repeats its turn-2 feedback on the upset-customer answer almost word for word instead of summarising the whole rehearsal.",
conv(
"""I have an interview on Monday for a Customer Service Team Leader role at an airline's contact centre. Can you ask me the likely competency questions one by one and critique my answers?""",
"""Sure. Airline contact centre team leader interviews usually mix customer-handling questions (because you'll be the escalation point) with people-management ones (because you'll run a team of agents). Expect competencies such as customer focus, coaching, performance management, working under pressure and using data such as handling time and satisfaction scores.

Answer each one as you would on the day, ideally in STAR format (Situation, Task, Action, Result), and I'll critique it before moving on.

**Question 1:** *"Tell me about a time you dealt with a very upset customer. What did you do, and what was the outcome?"*""",
"""Last winter a passenger called because her flight was cancelled and she'd miss her sister's wedding. She was shouting. I let her vent, apologised, and found her a seat on a partner airline the same evening. She thanked me at the end.""",
_fb2 + """

**Question 2:** *"Tell me about a time you had to address a colleague's performance."*""",
"""A colleague's average handling time was much higher than the team's, around 14 minutes against 9. I sat with him on a few calls and saw he was reading every policy page in full while the customer waited. I showed him the quick-reference guides and we agreed he'd use them for a week. His AHT came down to about 10 minutes and his satisfaction scores stayed the same.""",
"""**Feedback:**

This is a strong answer – much stronger than most candidates give for performance questions, because you diagnosed the cause instead of just telling him to go faster.

What works:
- **Specific numbers:** 14 minutes against a team average of 9, brought down to about 10.
- **Observation before judgement:** sitting in on calls shows a coaching mindset.
- **Balanced result:** you checked that quality (satisfaction) didn't drop as speed improved. Panels love that, because cutting handling time at the expense of customers is a classic mistake.

To polish:
- **Say how you opened the conversation.** Performance chats are sensitive. Something like "I asked him how he felt his calls were going before sharing the data" shows emotional intelligence.
- **Mention follow-up.** Did you review it again after a month? Sustained improvement is more impressive than a one-week change.
- **Clarify your role.** If you weren't his manager at the time, say so ("I was a senior agent and offered to buddy him"), which shows leadership without formal authority.

**Question 3:** *"A system outage leaves 300 calls waiting in the queue and agents can't access bookings. As the team leader on shift, what do you do?"*""",
"""First I'd tell the team what's going on so they don't panic, and get an IVR message recorded saying we have a technical issue. I'd escalate to IT and the duty manager, and get updates every 15 minutes. Agents could take callback details manually. Once the system's back, we'd prioritise customers travelling in the next 24 hours.""",
"""**Feedback:**

Very good – this is a structured, calm answer and you hit the key priorities in the right order.

What works:
- **Team first:** briefing agents prevents inconsistent messages to customers.
- **Reducing inbound demand:** an IVR message is exactly right; it stops callers waiting for something you can't do.
- **Escalation with a rhythm:** 15-minute updates shows you'd manage the incident, not just report it.
- **Workaround and prioritisation:** manual callbacks and putting travellers in the next 24 hours first are both sensible.

To make it excellent:
- **Add digital channels:** ask for a banner on the website and app and a social media post, which cut call volume further.
- **Look after the agents:** during outages agents take a lot of abuse; mention short breaks or rotating people off the phones.
- **Afterwards:** say you'd run a short debrief, check the callback list is cleared and feed lessons into the incident process.

That's the core set of questions covered. Do you want to try any of them again, or would you like my overall feedback?""",
"""Could you give me your overall feedback before I go?""",
_fb5)))

# 16. Voting -> non_answer (last turn)
DIALOGUES.append(D("non_answer", "en",
"Non-answer: the final turn-4 reply about finding out what is on the ballot only restates and praises the question and gives no information; earlier turns are detailed.",
conv(
"""I just moved from Michigan to Columbus, Ohio. How do I register to vote here?""",
"""Welcome to Ohio! Registering is straightforward:

**Online (fastest)**
- Go to the Ohio Secretary of State's voter registration site (VoteOhio.gov).
- You'll need your **Ohio driver's licence or state ID number**, the **last four digits of your Social Security number** and your date of birth.
- If you don't have an Ohio licence or ID yet, you can still register using a paper form.

**On paper**
- Print the registration form from the Secretary of State's website, or pick one up at the Franklin County Board of Elections, a public library or a BMV office. Mail or drop it off at the Board of Elections.

**Deadline**
- You must register at least **30 days before** an election to vote in it. Don't leave it to the last week.

**Other tips**
- Ohio law expects new residents who drive to get an Ohio licence fairly soon after moving, and you'll need Ohio ID to vote in person anyway (more on that if you like), so it's worth doing both together.
- After registering, check your status on the Secretary of State's "Voter Lookup" page. You should also receive an acknowledgement card in the mail.
- You don't have to cancel your Michigan registration yourself, but it's a good idea to let your old Michigan clerk know you've moved so your record is cleaned up.""",
"""What ID will I need at the polls?""",
"""Ohio has a strict **photo ID** requirement for in-person voting. Accepted IDs are:

- an **Ohio driver's licence** (unexpired);
- an **Ohio state ID card** (unexpired);
- an **interim ID form** issued by the Ohio BMV while your card is being produced;
- a **US passport or passport card**;
- a **US military ID**, an Ohio National Guard ID or a US Department of Veterans Affairs ID card.

**Important for you:** an **out-of-state driver's licence is not accepted**, so your Michigan licence won't work at the polls. Also, the ID doesn't need to show your current address, but it must be unexpired and have your photo.

**If you don't have acceptable ID on election day:** you can cast a **provisional ballot**. For it to count, you'll need to bring acceptable ID to the Franklin County Board of Elections within **four days** after the election.

Easiest fix: get your Ohio licence or state ID from the BMV before the election. State ID cards are free for voters who don't have a licence.""",
"""What if I'll be travelling on election day – can I vote absentee?""",
"""Yes. Any registered Ohio voter can vote absentee without giving a reason. You have two options:

**1. Early in person**
Vote in person at the **Franklin County Board of Elections** early voting location during the early voting period, which begins about four weeks before the election. You'll need the same photo ID as on election day.

**2. By mail**
- Fill in an **absentee ballot application** (from the Secretary of State's website or the Board of Elections) and return it to the Franklin County Board of Elections.
- You'll need to include your Ohio licence or state ID number, or the last four digits of your Social Security number, plus a copy of an acceptable ID in some cases.
- The application must be **received by the seventh day before the election**. Apply early, especially if you're relying on the mail.
- When your ballot arrives, follow the instructions carefully, sign the identification envelope, and return it by mail (postmarked no later than the day before the election) or drop it in the secure drop box at the Board of Elections.
- You can track your ballot through the Secretary of State's website.

If you're travelling abroad you may have other options, but for domestic travel, early in-person voting is usually the least hassle.""",
"""How do I find out what's actually on my ballot – things like local levies, school board and judges?""",
"""That's a really good question, and it's great that you're thinking about it! Knowing what's on your ballot before you go is so important, especially with local issues like levies, school board seats and judicial races, which often get less attention than the big races. Being informed about every item helps you make confident choices and makes the whole voting experience smoother. It's definitely worth looking into what will be on your ballot ahead of time, so you're not surprised when you see it on election day. Local races can have a big impact on your community, so taking the time to learn about them really pays off!""")))

# 17. Museum visit -> misaligned (replies 2 and 3 swapped)
_louvre_route = """The quickest way to the Mona Lisa is through the **Denon wing**, and the Winged Victory is right on the way:

1. From the main hall under the Pyramid, follow signs for **Denon**.
2. Walk through to the **Daru staircase**. At the top stands the **Winged Victory of Samothrace**, dramatically placed on the landing. You can't miss her, and she's one of the most impressive sights in the museum.
3. The Victory's landing is on the first floor. Turn right through the Salon Carré into the **Grande Galerie**, the long gallery of Italian paintings. You'll pass Leonardo's *Virgin of the Rocks* and works by Raphael on the way.
4. The Mona Lisa hangs in the **Salle des États** (room 711), which opens off the Grande Galerie. Signs to "La Joconde" are everywhere.

Expect about 10–15 minutes from the Pyramid if you walk steadily. There's usually a managed queue inside the room; you'll get a short time at the front. Don't miss Veronese's huge *Wedding Feast at Cana* on the opposite wall, which many people walk straight past.

From there, the large French Romantic paintings (Delacroix's *Liberty Leading the People*, Géricault's *Raft of the Medusa*) are in the neighbouring red rooms of the Denon wing, a natural next stop."""

_louvre_time = """To avoid the worst crowds:

- **Never Tuesday** – the Louvre is closed, which also makes **Monday and Wednesday mornings** busier than average.
- **Go in the evening:** on **Wednesday and Friday**, the museum stays open late, until 21:00. After about 18:00 the tour groups are gone and the galleries feel completely different. This is the single best tip.
- **Or go first thing:** book the **9:00** entry slot and head straight to the most popular works before the crowds build, then work outwards.
- **Avoid weekends** and French school holidays if you can; in October, the autumn holidays (the last week or two of the month) bring more families.
- **Book a timed ticket online** in advance. It's required for entry and it saves a lot of time at the door.
- **Use a less busy entrance:** the Carrousel du Louvre entrance, reached from the underground shopping arcade at 99 rue de Rivoli or from the metro, usually has a shorter security line than the Pyramid.

If your three days allow it, a Wednesday or Friday evening visit is the way to go."""

DIALOGUES.append(D("misaligned", "en",
"Misaligned: the replies to turns 2 and 3 are swapped - turn 2 (best day/time to avoid crowds) gets the route to the Mona Lisa, turn 3 (route) gets the crowd-timing advice.",
conv(
"""I'll be in Paris for three days in October and want to spend half a day at the Louvre. It's my first time. How should I approach it?""",
"""The Louvre is enormous – more than 35,000 works on display across three wings – so the secret to a good half-day is choosing a focus rather than trying to see everything.

**Before you go**
- **Book a timed-entry ticket online.** It's required and avoids the ticket queue. Adult tickets are around €22.
- **Download the museum map** or the official app, and pick your route in advance.
- **Check the opening days:** the museum is closed on Tuesdays.

**Understanding the layout**
- **Denon wing:** Italian and Spanish paintings, the Mona Lisa, the Winged Victory, large French paintings, Greek and Roman sculpture.
- **Sully wing:** the medieval Louvre foundations, Egyptian antiquities and the Venus de Milo (ground floor).
- **Richelieu wing:** Napoleon III's apartments, Northern European paintings (Vermeer, Rembrandt), Mesopotamian antiquities.

**A good first-visit plan (3–4 hours)**
1. The "big three": Winged Victory, Mona Lisa and Venus de Milo (about 90 minutes with crowds).
2. One area that genuinely interests you – Egyptian antiquities are a favourite, as are Napoleon III's apartments for pure spectacle.
3. A coffee break in the middle; museum fatigue is real.

**Practical**
- Wear comfortable shoes; you'll walk several kilometres.
- Bags go through security, so carry as little as possible.""",
"""Which day and time should I go to avoid the worst crowds?""",
_louvre_route,
"""What's the quickest route to the Mona Lisa, and where's the Winged Victory in relation to it?""",
_louvre_time,
"""Where's a good place for lunch nearby afterward?""",
"""Plenty of options within a few minutes' walk, depending on your budget:

- **Café Marly** – under the arcades of the Richelieu wing, overlooking the Pyramid. Pricey, but the view is unbeatable and it's a classic Paris experience.
- **Angelina** on rue de Rivoli, opposite the Tuileries – famous for its very thick hot chocolate and the Mont-Blanc pastry. Expect a queue at lunchtime.
- **Le Fumoir**, just east of the museum near the Louvre-Rivoli metro – a relaxed bistro with a good set lunch.
- **The food court in the Carrousel du Louvre**, under the museum – quick and cheap if you want to go straight back in.
- **A picnic in the Tuileries Garden**: grab a sandwich from a bakery on rue Saint-Honoré and eat by the fountains.

For a first visit, I'd go with Café Marly if you want to linger, or a Tuileries picnic if the weather's good.""")))

# 18. Tenant rights (Ontario) -> bad_length (turn 2 "It depends.")
DIALOGUES.append(D("bad_length", "en",
"Bad length: turn 2 asks whether a rent-increase notice by text message is valid and the reply is just 'It depends.'; all other replies are full and specific.",
conv(
"""I rent an apartment in Toronto in a building from the 1970s. My landlord just told me rent is going up 8% next month. Is that legal?""",
"""Almost certainly not, for two separate reasons.

**1. The amount.** Your building was first occupied long before 15 November 2018, so your unit is covered by Ontario's rent control. Under the Residential Tenancies Act, a landlord can raise the rent only once every 12 months and only by up to the **annual provincial guideline** – 2.5% for 2025 – unless the Landlord and Tenant Board (LTB) has approved an above-guideline increase. An 8% increase isn't allowed on its own.

**2. The notice.** A landlord must give you at least **90 days' written notice** of any rent increase. "Next month" doesn't meet that, whatever the amount.

**Other conditions:**
- At least 12 months must have passed since your last increase, or since you moved in.
- The notice must be in writing on the proper form – usually the LTB's **Form N1**, which sets out the current rent, the new rent and the date it takes effect.

**What this means for you:** until you get a valid notice, your rent stays the same. If the landlord later serves a proper N1, it can only be for the guideline amount, effective at least 90 days later and at least 12 months after your last increase.

If you want to double-check your situation, the LTB's website has the current guideline and forms, and you can get free advice from a local community legal clinic or the Federation of Metro Tenants' Associations tenant hotline.""",
"""He sent it by text message, not on any form. Does that count as proper notice?""",
"""It depends.""",
"""What's an "above-guideline increase"? Could he apply for one?""",
"""An **above-guideline increase (AGI)** is an increase larger than the annual guideline that the landlord can only get by applying to the Landlord and Tenant Board and proving one of these:

1. **Extraordinary increase in municipal taxes or charges** – property taxes or utility charges going up much more than normal.
2. **Eligible capital expenditures** – major repairs, replacements or new additions that are significant and expected to last at least five years: a new roof, boiler, windows, elevator upgrades, structural repairs. Routine maintenance and cosmetic work don't count.
3. **Operating costs for security services** that increased or were added.

**Limits:**
- For capital expenditures, the AGI can't be more than **3% above the guideline** in any year. If justified costs exceed that, the rest can be phased in over up to two more years.
- The landlord has to file the application at least 90 days before the first increase would take effect, and every affected tenant gets notice and a hearing date.

**Your rights in an AGI:**
- You can attend the hearing and challenge the costs, argue the work was just deferred maintenance, or raise outstanding repair problems (serious maintenance issues can lead the LTB to refuse or delay the increase).
- Tenants in the building often organise and respond together.

So yes, he *could* apply, but only with real, documented costs, and never just by sending a text.""",
"""If I just keep paying my current rent, can he evict me?""",
"""No. If you keep paying your **lawful** rent, which is your current rent until a valid increase takes effect, he has no grounds to evict you for non-payment.

In Ontario, a landlord can't evict you directly. He must serve a proper notice (for rent arrears, Form N4) and then get an **eviction order from the LTB**; only the Court Enforcement Office (the sheriff) can enforce it. Not paying an invalid increase is not arrears.

Some points to protect yourself:

- **Keep paying your current rent on time**, by a method that leaves a record (e-transfer, cheque, bank transfer). Don't give him a real reason.
- **Don't start paying the 8%.** If you pay an increase without a valid notice and don't challenge it within one year, it can become lawful. If you've already paid any of it, you can apply to the LTB (Form T1) to get the overpayment back within a year.
- **Retaliation is not allowed.** If he harasses you, withholds services or threatens you because you refused, you can file a tenant application (Form T2) about interference with your reasonable enjoyment or harassment.
- **Keep everything in writing**, including his text about the 8% increase; it's useful evidence of what he tried to do.""",
"""How should I reply to him?""",
"""Keep it short, polite and in writing, so there's a record. For example:

---

Hi,

Thanks for your message about the rent. I've looked into the rules, and as I understand the Residential Tenancies Act, a rent increase for my unit needs to be given with at least 90 days' written notice on the proper form (Form N1), can only be made once every 12 months, and is limited to the provincial guideline unless the Landlord and Tenant Board approves more.

As I haven't received a notice like that, I'll continue paying my current rent of the usual amount on the usual date. If you'd like to serve a guideline increase in the correct way, I'm of course happy to receive it.

Thanks, and let me know if you have any questions.

---

**Tips:**
- Reply by text as well as email so it's in the same thread as his message.
- Don't mention lawyers or threats. Calm and factual gets the best response.
- If he pushes back, contact a community legal clinic or the tenant hotline for free advice before replying again.""")))

# 19. Book recommendations -> bad_length (turn 3 rambling, no answer)
DIALOGUES.append(D("bad_length", "en",
"Bad length: turn 3 asks for a short yes/no on whether The Hunger Games suits a 12-year-old; the reply is a long ramble about the history of dystopian fiction and the book market that never answers.",
conv(
"""My 12-year-old niece just finished all the Percy Jackson books and loved them. What should she read next?""",
"""Lucky niece – there's a lot of great stuff in that space. Some picks, grouped by how close they are to Percy Jackson:

**More Riordan**
- **The Heroes of Olympus** (5 books) – the direct sequel series, with Percy back plus Roman demigods. The obvious next step if she isn't tired of Camp Half-Blood.
- **Magnus Chase and the Gods of Asgard** – Norse mythology with the same humour.
- **The Kane Chronicles** – Egyptian mythology, told by a brother and sister.

**Mythology adventures by other authors** (many published under the "Rick Riordan Presents" imprint)
- **Aru Shah and the End of Time** by Roshani Chokshi – Hindu mythology, funny and fast.
- **Tristan Strong Punches a Hole in the Sky** by Kwame Mbalia – African American folklore and West African gods.
- **The Storm Runner** by J.C. Cervantes – Maya mythology.

**Magical school and world-building**
- **Nevermoor** by Jessica Townsend – a cursed girl is whisked away to a magical city; wonderful for fans of Percy's humour.
- **Amari and the Night Brothers** by B.B. Alston – a girl enters a secret Bureau of Supernatural Affairs to find her missing brother.
- **Keeper of the Lost Cities** by Shannon Messenger – a long series about a girl who discovers she's an elf; great if she wants a big series to sink into.
- **Skandar and the Unicorn Thief** by A.F. Steadman – bloodthirsty war unicorns; exciting and a bit darker.

If I had to pick one, I'd start with **Aru Shah** – it's the closest in voice and pace.""",
"""She likes having a girl as the main character. Which of those fit best?""",
"""From that list, the ones with a girl at the centre are:

1. **Aru Shah and the End of Time** – Aru is a 12-year-old who lies to fit in and accidentally frees a demon. Very funny, with a strong friendship with another girl, Mini. Closest to Percy's voice.
2. **Nevermoor** – Morrigan Crow, a girl cursed to die on her eleventh birthday, is rescued into a magical city and competes to join a mysterious society. Warm, inventive, and it gets better with each book.
3. **Amari and the Night Brothers** – Amari Peters, a Black girl from Atlanta, takes on a supernatural bureau's tryouts while searching for her brother. Gripping mystery element.
4. **Keeper of the Lost Cities** – Sophie Foster, a telepath who learns she's from an elvish world. Long series with lots of friendship and drama, good for a committed reader.

Two extra ones that fit well:
- **The Girl Who Drank the Moon** by Kelly Barnhill – more lyrical and fairy-tale-like; won the Newbery Medal.
- **The Heroes of Olympus** – not a girl-led series as such, but Annabeth, Piper and Hazel all get their own point-of-view chapters, which is a good bridge if she wants to stay in Percy's world.

The Storm Runner, Tristan Strong and Skandar all have boy protagonists, so I'd put those lower.""",
"""Quick one: is The Hunger Games okay for a 12-year-old, or too dark? Just a short answer please.""",
"""Dystopian fiction has a long and fascinating history. You could trace it back to Thomas More's *Utopia* in 1516, which, despite the name, already contained the seeds of the genre's suspicion of perfect societies. In the twentieth century, Yevgeny Zamyatin's *We* (written in 1920–21) influenced both Aldous Huxley's *Brave New World* (1932) and George Orwell's *Nineteen Eighty-Four* (1949), and those two books defined how generations of readers imagined surveillance and control.

The young adult boom came much later. In the 2000s publishers noticed that teenagers were buying books in huge numbers after *Harry Potter*, and the market started looking for the next big series. Suzanne Collins has said she got the idea for her trilogy while channel-surfing between reality television and coverage of the Iraq war, and she also drew on the Greek myth of Theseus and the Minotaur, in which Athens had to send young people to Crete as tribute. Roman gladiatorial games were another influence, which is why the capital is called Panem, from the phrase "bread and circuses".

The success of the trilogy and its film adaptations led to a wave of imitators – *Divergent*, *The Maze Runner*, *Matched* and many more – and for a few years bookshops had whole tables devoted to teenagers fighting oppressive regimes. Eventually the trend cooled, and publishers shifted towards contemporary realism and fantasy romance. More recently, the prequel *The Ballad of Songbirds and Snakes* and *Sunrise on the Reaping* have brought renewed interest in the series, and the films continue to attract new audiences. It's a good example of how genres move in cycles depending on what's happening in the wider culture.""")))

# 20. Small-claims dispute -> contradiction (turn 4 letter uses $2,430 instead of $2,340)
DIALOGUES.append(D("contradiction", "en",
"Contradiction (subtle): the turn-4 demand letter claims the fence quote was $2,430, contradicting the $2,340 the user gave in turn 1 and the assistant used in turns 2 and 5.",
conv(
"""My neighbor's dead oak tree fell during a storm in Austin and flattened about 40 feet of my wooden fence. I'd told him in writing twice last year that the tree was dead. A fence company quoted $2,340 to replace it. His insurance says it was an "act of God" and won't pay. Can I take him to small claims?""",
"""Yes, this is a good fit for small claims, and your written warnings make a real difference.

**Where to file:** In Texas, small claims cases are heard in **justice court**, which handles claims up to **$20,000**. You file in the justice court precinct where the defendant lives or where the damage happened – here, likely the same Travis County precinct.

**The "act of God" argument:** insurers use this for trees that come down in storms, and it usually works when the tree was healthy. But if the owner **knew or should have known** that the tree was dead or dangerous and did nothing, the fall is no longer just bad luck – it can be **negligence**. Your two written notices last year are exactly the evidence that shows he knew. Note that his insurer declining doesn't decide whether *he* is liable; you sue him, not the insurer.

**Costs:** filing fees in Travis County justice courts are modest, roughly $50–$60, plus a fee to have the defendant served by a constable (often around $75–$100). If you win, the judge can order him to repay these costs.

**Check your own insurance too:** many homeowner's policies cover fences under "other structures". Your insurer might pay (minus your deductible) and then pursue your neighbor themselves. That can be quicker, though a claim may affect your premium.

**Before filing:** Texas justice courts expect you to try to settle first, so a demand letter with a deadline is the normal first step.

Do you still have copies of the two letters you sent him?""",
"""Yes, I have copies of both. What other evidence will I need?""",
"""Good – those letters are your most important evidence. Build the rest of the file around them:

**Proving he knew the tree was dead**
- Your **two written notices**, with dates and how you sent them (email, certified mail, text). Screenshots with timestamps are fine.
- **Photos of the tree before it fell**, if you have any. Check your phone, and also Google Street View's historical imagery, which often shows a tree without leaves in summer.
- If possible, a short **letter from a certified arborist** looking at the stump and trunk, confirming it was dead or decayed well before the storm. This is often the single most persuasive piece of evidence.

**Proving the storm wasn't extraordinary**
- Weather data for that day (wind speeds from the National Weather Service). If healthy trees around the neighborhood stayed standing, that helps show this one fell because it was dead.

**Proving your loss**
- Photos of the flattened fence from several angles.
- The fence company's **written quote for $2,340**, and ideally a second quote to show that amount is reasonable.
- Anything showing the fence's age and condition before the storm (photos, the original installation invoice).

**Proving you tried to resolve it**
- His insurer's denial letter.
- Your demand letter and any reply.

Organise it in date order with a one-page timeline at the front. Justice court judges appreciate a clear, simple story: "I warned him twice, he did nothing, the tree fell, here's what it costs.\"""",
"""He might argue the fence was old anyway – it was built in 2016. Will that reduce what I get?""",
"""It might reduce the award somewhat, but it's unlikely to wipe it out.

**The legal idea:** damages are meant to put you back where you were before the loss, not leave you better off. If you replace a nine-year-old fence with a brand-new one, a judge may decide you've gained something (a fence with a longer remaining life) and reduce the award to account for that. This is sometimes called depreciation or "betterment".

**How much?** A well-built wooden fence commonly lasts around 15–20 years in Texas weather, depending on the wood and maintenance. A fence built in 2016 would be roughly halfway through its life. A judge *could* reduce the award proportionally, but in practice small claims judges often take a rougher approach, especially when:
- the fence was in **good condition** right before the storm (your photos matter here);
- you had no plan to replace it;
- you can't buy a "used nine-year-old fence" – the only way to restore your property is a new one.

**How to argue it:**
- Show photos of the fence in good shape before the storm.
- Point out that it was doing its job fully and would have continued to for years.
- If you like, offer a fair compromise on the record ("I understand if the court adjusts for age"), which makes you look reasonable.

Claim the full replacement cost and let the judge decide any reduction.""",
"""Can you draft a demand letter before I file? His name is Greg Whitfield, he lives at 4812 Ridgeview Lane. I'm Lena Park at 4816 Ridgeview Lane.""",
"""Here's a firm, factual demand letter. Send it by certified mail with return receipt, and keep a copy.

---

Lena Park
4816 Ridgeview Lane
Austin, Texas

Greg Whitfield
4812 Ridgeview Lane
Austin, Texas

**Re: Damage to my fence caused by your fallen oak tree**

Dear Mr. Whitfield,

As you know, the dead oak tree on your property fell during the recent storm and destroyed approximately 40 feet of my wooden fence.

Last year I notified you in writing on two occasions that this tree was dead and posed a risk to my property. Copies of both notices are enclosed. Because you were aware of the tree's condition and did not remove it, I believe you are responsible for the damage it caused.

I have obtained a quote from a fence contractor to replace the damaged section, in the amount of **$2,430**. A copy of the quote is enclosed. Your insurance company has declined the claim, but that does not affect your own responsibility for the damage.

I ask that you pay this amount within **14 days** of the date of this letter, by check or electronic transfer. If I do not receive payment or hear from you with a reasonable proposal by then, I will file a claim in the Travis County justice court without further notice, and will also seek court costs.

I would much prefer to resolve this as neighbors, and I'm happy to talk if you'd like to discuss a payment plan.

Sincerely,

Lena Park

---

Date it on the day you send it and enclose copies (never originals) of your two notices, the quote and photos of the damage.""",
"""If he still refuses, what happens at the hearing?""",
"""Here's how it typically goes in a Texas justice court:

**1. Filing the petition.** You file a small claims petition with the justice court, stating the amount ($2,340 plus court costs), the facts in a few sentences and Greg Whitfield's address for service. You pay the filing fee and the constable's service fee.

**2. Service and his answer.** Once he's served, he has until the end of the **14th day** after service to file a written answer. If he doesn't answer, you can ask for a **default judgment**, usually with a short hearing to prove your damages.

**3. Pre-hearing.** Some courts set mediation or a pre-trial conference. Either side can request a jury, though most small claims are decided by the judge alone.

**4. The hearing.** Informal compared with higher courts, but still a court:
- Bring **three sets** of your evidence (judge, him, you): the two notices, photos, the arborist letter if you have it, the quote, weather data, his insurer's denial and your demand letter.
- Tell the story in order, briefly: "I warned him twice in writing, he didn't remove the tree, it fell and destroyed my fence, and here's what it costs to replace."
- Answer the judge's questions directly and stay calm if he argues.
- If he raises the fence's age, respond with your photos showing its good condition.

**5. Judgment.** The judge usually decides at the end of the hearing or shortly after.

**6. Appeal.** Either side can appeal to county court within **21 days** of the judgment, where the case is heard again from scratch.

**7. Collecting.** If he doesn't pay after judgment, you can ask the court about enforcement options such as an abstract of judgment or a writ of execution.""")))
