from c_util import conv, D

DIALOGUES = []

# 1. Tenant rights, California deposit (good, 5 turns)
DIALOGUES.append(D("good", "en",
"Good: tenant deposit dispute in California; consistent dates and amounts ($1,800 deposit, $850 withheld, $50 fee), specific steps, each reply answers its turn.",
conv(
"""I moved out of my apartment in Sacramento on March 3rd and it's now been five weeks. My landlord still hasn't returned my $1,800 security deposit or sent me anything explaining why. What are my rights here?""",
"""Under California law you're in a fairly strong position. The key rule is Civil Code §1950.5.

**What the landlord had to do**
- Within **21 days** of you moving out, the landlord must either return the full deposit or send you an **itemized statement** of deductions together with whatever balance is left.
- For any deduction over $125 for repairs or cleaning, they must attach copies of receipts or invoices (or, if their own staff did the work, a description of the work, the time spent and the hourly rate).

With a move-out date of March 3, that deadline was **March 24**. At five weeks, they've missed it.

**What that means for you**
- A landlord who misses the deadline is in a weak position to justify keeping anything, and you can sue for the full amount.
- If a court finds the deposit was kept in **bad faith**, it can add a penalty of up to **twice the deposit** – up to $3,600 in your case – on top of the money actually owed.

**What to do next**
1. Make sure the landlord has your forwarding address in writing.
2. Gather your lease, proof you paid the deposit, any move-in checklist, and photos or video from move-in and move-out.
3. Send a written demand letter with a short deadline (10–14 days) before you file in small claims court.

In California, individuals can claim up to $12,500 in small claims, so the deposit plus a possible penalty fits comfortably. Did you give the landlord a forwarding address when you left?""",
"""Yes, I emailed them my new address on move-out day and they replied "got it". My name is Daniel Reyes, the company is Oakline Property Management, and the unit was 4B at 2210 J Street. What should the demand letter say? I'd like it to sound firm but not aggressive.""",
"""Here's a draft that's firm, factual and cites the law without sounding hostile. Send it by certified mail with return receipt, and also by email so there's a timestamped copy.

---
**To:** Oakline Property Management
**Re:** Return of security deposit – 2210 J Street, Unit 4B

Dear Oakline Property Management,

I vacated Unit 4B at 2210 J Street on March 3 and returned all keys that day. I provided my forwarding address by email on the same date, which you acknowledged.

Under California Civil Code §1950.5, you were required to return my $1,800 security deposit, or provide an itemized statement of deductions with supporting receipts, within 21 days – that is, by March 24. As of today I have received neither.

Please return the full $1,800 to my forwarding address within 14 days of the date of this letter. If I do not receive it, I will file a claim in Sacramento County Small Claims Court for the full deposit and will ask the court to award the additional statutory damages of up to twice the deposit that the law allows for bad-faith retention.

I would prefer to resolve this without going to court and am happy to discuss it by email.

Sincerely,
Daniel Reyes
---

A few tips:
- Date the letter on the day you send it and keep a copy.
- Leave out opinions about the landlord or threats beyond what the law provides; judges respond well to calm, factual letters.
- Keep the certified mail receipt and tracking confirmation – they prove you gave notice.""",
"""Update: they finally emailed an itemized list. They refunded $950 and deducted $650 for "repainting the entire unit" and $200 for "general cleaning". No receipts. I lived there four years and left it clean. Is that allowed?""",
"""Probably not, at least not in full. There are three problems with what they sent.

**1. It's late.** The itemization arrived well after the March 24 deadline. That weakens their right to keep any deduction, and it's the point to lead with.

**2. No receipts.** Both deductions are over $125, so the law requires copies of invoices or receipts (or a description of the work with time and hourly rate if their own staff did it). A lump sum with no paperwork doesn't meet that requirement.

**3. The deductions themselves.**
- *Painting:* landlords can't charge for **ordinary wear and tear**. Interior paint only lasts a few years, so after a four-year tenancy repainting is normally just a cost of renting the unit out. They could only charge for damage beyond normal use (large holes, crayon on the walls, a colour you painted without permission), and even then usually a prorated share.
- *Cleaning:* they may only deduct what's needed to return the unit to the **same level of cleanliness it had when you moved in**. If you left it clean, a flat $200 "general cleaning" charge is hard to justify. Move-out photos or video are your key evidence.

**What I'd do:** reply in writing, briefly, saying you dispute both deductions because the itemization was late, wasn't supported by receipts and charges for normal wear and tear, and ask for the remaining **$850** within 14 days. If they refuse, that's your small claims amount, and you can still ask for the bad-faith penalty.

Do you have any photos or video from the day you moved out?""",
"""I have a video walkthrough from move-out day. If they don't pay, how does small claims work in Sacramento and what will it cost me?""",
"""A dated move-out video is excellent evidence. Here's how the process works:

**1. Fill out form SC-100 (Plaintiff's Claim).** Name the defendant exactly as it's legally registered. Look up Oakline Property Management on the California Secretary of State's business search – suing the wrong entity makes it harder to collect later.

**2. Decide how much to claim.** You can claim the $850 withheld plus a penalty of up to twice the deposit ($3,600), so up to $4,450 in total. The judge decides whether bad faith is proven, so ask for it but don't count on the full penalty.

**3. File and pay the fee.** If you've filed 12 or fewer small claims in the past year, the fees are:
- $30 for claims up to $1,500
- $50 for claims from $1,500.01 to $5,000
- $75 for claims over $5,000

At $4,450 you'd pay **$50**. If your income is low, you can ask for a fee waiver.

**4. Serve the defendant.** An adult who isn't part of the case can hand-deliver the papers, you can pay the sheriff or a process server, or the clerk can mail them by certified mail for a small fee. Service must be done at least 15 days before the hearing if the defendant is in the county.

**5. The hearing.** It's usually set one to two months after filing. Lawyers can't represent either side, so it'll be you and someone from the company in front of a judge. Bring printed copies of the lease, your deposit receipt, the forwarding-address email, their late itemization, and the video on a device (ask the clerk beforehand how to present it).

Sacramento County's court also offers a free Small Claims Advisor who can review your forms before you file.""",
"""This is really helpful. Is there anything I could do that would accidentally hurt my case?""",
"""A few common mistakes to avoid:

- **Check how the $950 was paid.** If it came as a cheque marked "payment in full" or "final settlement", talk to the Small Claims Advisor before depositing it, or first write to the landlord saying you accept it only as partial payment.
- **Don't switch to phone calls.** Keep everything in writing so you can show the judge a clear timeline.
- **Don't overstate your case.** If there was a nail hole or a scuff, admit it. Judges believe the rest of your evidence more when you're candid about small things.
- **Don't miss the hearing.** If you don't show up, your claim is normally dismissed.
- **Don't sit on it.** You have time, but filing within a few weeks, while the evidence is fresh, is much better.
- **Back up the video** in at least two places and note when it was recorded.

With a late itemization, no receipts and a four-year tenancy, you have a solid case. Good luck.""")))

# 2. Small claims, England (good, 4 turns)
DIALOGUES.append(D("good", "en",
"Good: small-claims route against a builder in England; consistent figures (£2,400 deposit, £18,500 quote, £1,000 card/£1,400 transfer), correct sequence of steps.",
conv(
"""A builder took a £2,400 deposit for a kitchen extension at my house in Leeds. He did two days of work (knocked out part of a wall and put a skip outside), then disappeared. That was seven weeks ago and he's not answering calls or texts. The whole job was quoted at £18,500. How do I get my money back?""",
"""Sorry you're dealing with this – it's unfortunately common, but you have several routes. Work through them roughly in this order:

**1. Build your evidence file now**
- The written quote or contract, and any messages agreeing the start date and deposit.
- Proof of payment (bank statement, card receipt).
- Dated photos of the work as it stands, plus a log of every call and message you've sent.

**2. Check who you actually contracted with**
If the quote names a limited company, look it up on Companies House (free). You'll see whether it's active or being wound up, which affects whether suing is worthwhile. If he's a sole trader, you'd sue him personally.

**3. Check how you paid**
If any part went on a **credit card**, you may be able to claim from the card provider under **Section 75 of the Consumer Credit Act 1974**, which makes them jointly liable when the price of the goods or service is between £100 and £30,000. That's often faster than court.

**4. Send a formal "letter before claim"**
Set out what happened, the amount you want back and a deadline – 14 days is typical – and say you'll start court proceedings without further notice if he doesn't respond. Send it by recorded delivery to his last known address and also by email or text.

**5. Court: the small claims track**
If he ignores the letter, you can issue a claim through Money Claim Online. Claims up to £10,000 are normally allocated to the small claims track, which is designed for people without lawyers, and you generally can't be ordered to pay the other side's legal costs.

How did you pay the £2,400?""",
"""£1,000 on my credit card and £1,400 by bank transfer. Also, he did do two days of work – would a court knock that off what he owes me?""",
"""Good news on the card payment: **Section 75 applies even if only part of the price went on the credit card.** The test is the cash price of the contract (£18,500, inside the £100–£30,000 range), and the card provider is jointly liable for your claim for breach of contract – not just for the £1,000 you put on the card. Providers often start by refunding the card portion, but you're entitled to claim the full loss and should say so.

How to do it:
- Use your card provider's Section 75 form or write to them. Explain that the trader took a deposit, started work and abandoned the job, and attach the quote, proof of payment, photos and your attempts to contact him.
- Ask for the full £2,400, less any fair value for work done (see below).
- If they refuse or haven't resolved it within eight weeks, you can take it to the Financial Ombudsman Service for free.

For the **£1,400 bank transfer**, tell your bank, but be realistic: reimbursement schemes for transfers cover scams, and banks usually treat a builder who started work and then stopped as a civil dispute rather than fraud.

**Will a court deduct the work he did?** Possibly. A court compensates your actual loss. If the two days of work had real value to you – demolition you'd have paid for anyway, say – he could argue it should be offset. If the next builder has to make good or redo it, that can *increase* your loss instead. The best evidence is a written quote from another builder stating what the work done is worth and what it will cost to finish. That gives you a supported figure for both the card claim and any court claim.""",
"""If he ignores my letter, walk me through Money Claim Online and roughly what it'll cost.""",
"""Here's the process step by step.

**1. Before you start**
You need his name and an address in England or Wales where the claim can be served – home or business is fine. Money Claim Online (MCOL) handles claims for a fixed sum up to £100,000.

**2. Filing**
Register on the GOV.UK service and enter:
- the amount – your principal plus, if you want, statutory interest at 8% a year under section 69 of the County Courts Act 1984;
- short "particulars of claim": a few plain paragraphs covering the contract, the deposit, the abandoned work, your letter before claim and what you're claiming.

**3. Fees**
Fees are on a sliding scale in the court fees leaflet EX50. For a claim between £1,500 and £3,000 the issue fee has been around £115, and if the case goes to a hearing there's a separate hearing fee of roughly £180 for that band. Check the current EX50 before filing, as fees are revised from time to time. If you win, the fees are added to what he owes.

**4. After issue**
The court posts the claim to him. He has **14 days** after service to respond, or **28 days** if he first files an acknowledgment of service. If he does nothing, you can request **default judgment** online with no hearing.

**5. If he defends**
Most small money claims are now referred to a free one-hour telephone mediation with HMCTS before a hearing is listed. If that doesn't settle it, you'll get a hearing, normally at your local County Court in Leeds, and you present the case yourself.

Tip: claim only what you can prove, and attach the second builder's quote to support the figure.""",
"""And if I win but he still doesn't pay?""",
"""Then you move to enforcement – getting judgment and getting paid are separate stages. Your main options:

- **Warrant of control (county court bailiffs):** bailiffs visit and can take and sell goods to cover the debt. Judgments of £600 or more can instead be transferred to the High Court for enforcement by a High Court Enforcement Officer, which many claimants find more effective.
- **Attachment of earnings order:** his employer deducts regular amounts from his wages. Less useful if he's self-employed.
- **Third party debt order:** freezes money in his bank account and pays it to you, if you know where he banks.
- **Charging order:** secures the debt against property he owns; you're paid when it's sold.
- **Order to obtain information:** if you don't know what he has, the court can order him to attend and answer questions under oath about his income and assets.

Each has its own fee, which is added to the debt.

Also worth knowing: an unpaid County Court Judgment stays on the public register for six years and damages his credit rating. If he pays in full within one month of the judgment, he can have it removed, so some traders pay up at that point to protect their credit.

Given the Section 75 route, though, you may never need this. If the card provider reimburses you, the job of chasing him becomes theirs.""")))

# 3. Immigration paperwork, US naturalization (good, 6 turns)
DIALOGUES.append(D("good", "en",
"Good: naturalization paperwork walkthrough; early filing date computed correctly, absence rule explained, consistent facts (Denver, Munich trip, online filing) across six turns.",
conv(
"""I got my green card on 14 June 2021. When's the earliest I can apply for US citizenship, and what are the basic requirements?""",
"""With a green card date of 14 June 2021, your five-year anniversary is 14 June 2026. USCIS lets you file Form N-400 up to **90 days early**, so your earliest filing date is **16 March 2026**. USCIS has an early filing calculator on its website; use it to double-check, because an application filed even one day too early is rejected.

The main requirements on the standard five-year path:
1. **Age 18 or older** when you file.
2. **Continuous residence** as a permanent resident for five years. Trips abroad of more than six months can interrupt this.
3. **Physical presence** in the US for at least **30 months** (913 days) of those five years.
4. **Three months' residence** in the state or USCIS district where you file.
5. **Good moral character** during the statutory period – this covers criminal history, tax filing, child support and honesty on the application.
6. **English and civics:** you'll be tested on reading, writing and speaking English, and on US history and government.
7. **Attachment to the Constitution** and willingness to take the Oath of Allegiance.

There's also a shorter route: if you're married to and living with a US citizen who has been a citizen for the whole period, you can apply after **three years** instead of five.

Have you spent any long periods outside the US since 2021?""",
"""Yes – I had a 7-month work assignment in Munich from February to September 2023. Is that going to be a problem?""",
"""It's something you'll need to address, but it doesn't automatically disqualify you.

**The rule:** an absence of **more than six months but less than one year** creates a *rebuttable presumption* that you broke continuous residence. "Rebuttable" means you can overcome it with evidence that your life stayed rooted in the US while you were away. (An absence of a year or more breaks continuity outright unless you had an approved Form N-470.)

**Evidence that typically rebuts the presumption:**
- You kept working for a US employer and didn't take a job abroad.
- Your immediate family stayed in the US.
- You kept access to your US home – a lease or mortgage you kept paying.
- You filed US tax returns as a resident and didn't claim non-resident status.
- You kept US bank accounts, car, insurance and so on.

**Physical presence check:** seven months is roughly 210–215 days. Add up every trip since June 2021 and make sure you still have at least **913 days** in the US on the day you file. With one long trip and normal holidays most people clear it comfortably, but count properly – the N-400 asks for every trip of 24 hours or more.

**Your options:**
1. File at the earliest date and include evidence to rebut the presumption, or
2. If your evidence is thin, wait until enough time has passed after the trip to show a fresh, unbroken period. The USCIS Policy Manual sets out the exact timing, and an immigration attorney can confirm it for your dates.

What was the set-up in Munich – were you paid by a US employer, and what happened to your home here?""",
"""I kept my apartment in Denver the whole time and paid rent every month, my employer is a US company and paid me through US payroll, and I filed my 2023 taxes as a resident. What exactly should I submit?""",
"""That's a strong fact pattern. I'd upload the following with the N-400 rather than waiting to be asked:

**Home**
- Your Denver lease covering February–September 2023.
- Proof of rent paid during those months: bank statements or the landlord's payment portal history.
- Utility or internet bills in your name for the same period, if you have them.

**Employment**
- A letter from your employer on company letterhead stating that the Munich posting was a **temporary assignment**, giving the start and end dates, confirming you stayed on **US payroll** and that you were expected to return to your US role.
- Pay stubs from the assignment months and your 2023 W-2.

**Taxes**
- Your **2023 IRS tax return transcript**, which you can download free from your IRS online account. It shows you filed as a resident.

**Other ties**
- US bank and credit card statements showing ongoing activity.
- Colorado driver's licence, car registration or insurance, if applicable.
- Any proof of return: flight confirmation or the entry stamp in your passport.

**How to present it**
Put a one-page cover note at the front summarising: "Absence of about seven months (February–September 2023) for a temporary work assignment; kept Denver residence and US employment; evidence enclosed." Then label each document. Make sure the trip dates in the N-400 travel section match the employer letter exactly; inconsistent dates cause more trouble than the absence itself.""",
"""What's the fee now, and can I file online?""",
"""Yes, you can file online, and it's cheaper:
- **Online filing:** $710
- **Paper filing:** $760

These fees took effect on 1 April 2024 and include biometrics, so there's no separate fingerprint fee.

If your household income is between 150% and 400% of the federal poverty guidelines, you can request a **reduced fee of $380**, and if you're below 150% or receive a means-tested benefit you may qualify for a full waiver with Form I-912. Reduced-fee and waiver requests have to be filed on paper.

To file online, create a myUSCIS account, complete the N-400 there, upload your evidence (including the Munich documents) and pay by card or bank transfer. You can track the case and receive notices through the same account.""",
"""What happens at the interview and the tests?""",
"""The interview usually takes 20–30 minutes with one USCIS officer. Here's the typical flow:

**1. Oath and ID.** You'll be sworn in to tell the truth and asked for your green card, passport and appointment notice.

**2. Review of your N-400.** The officer goes through your answers: address history, employment, marital status, the "good moral character" questions and your travel. Expect questions about the Munich assignment, so bring originals of the documents you uploaded.

**3. English test.**
- *Speaking:* judged through the conversation itself.
- *Reading:* you read a sentence aloud, with up to three attempts.
- *Writing:* you write a sentence the officer dictates, with up to three attempts.

**4. Civics test.** The version depends on your filing date. Under the older 2008 test, the officer asks up to 10 questions from a published list of 100 and you need 6 right. USCIS introduced an updated test for applications filed on or after 20 October 2025, with a larger bank of questions (128), up to 20 asked and 12 correct answers needed. Since you'll file in 2026, prepare for the newer version. Check which test applies on the USCIS website; the official study materials are free there.

**5. Result.** At the end you receive Form N-652 saying your case is granted, continued (for example if more evidence is needed) or denied. If you fail part of a test, you get a second chance, usually within 60–90 days, and are retested only on the part you failed.

Practising the questions out loud helps, since the test is oral.""",
"""And after approval – when am I actually a citizen?""",
"""You become a US citizen at the moment you take the **Oath of Allegiance** at a naturalization ceremony, not when the interview is approved. Sometimes the oath happens the same day as the interview; more often you get a notice (Form N-445) with a ceremony date a few weeks later. At the ceremony you hand back your green card and receive your Certificate of Naturalization.

Right afterwards: apply for a US passport (you send the original certificate, which is returned to you), update your record with the Social Security Administration, and register to vote. Keep the certificate somewhere safe – replacements are slow and expensive.""")))

# 4. Job interview rehearsal (good, 7 turns)
DIALOGUES.append(D("good", "en",
"Good: interview rehearsal for a junior data analyst role in an NHS trust; assistant stays in role, gives specific feedback, corrects the SQL properly, keeps names consistent.",
conv(
"""I have an interview next Thursday for a Junior Data Analyst job at an NHS hospital trust. Can you play the interviewer? Ask me one question at a time and give me honest feedback after each answer.""",
"""Happy to. I'll play the panel lead from the trust's Business Intelligence team. After each answer I'll step out of role to give feedback on what worked and what to sharpen, then ask the next question.

One thing about NHS interviews: they're usually structured, so every candidate gets the same questions and is scored against the person specification. It pays to link your answers to the criteria in the job description and to the trust's values, which most trusts publish (things like compassion, respect and working together).

Let's begin.

---

*"Good morning, and thanks for coming in. I'm Sarah, Head of Business Intelligence. We've got about forty minutes. To start us off, could you tell us a little about yourself and why you've applied for this role?"*""",
"""Sure. I graduated last year with a degree in Economics from the University of Leicester. Since then I've been working as an admin assistant at a GP practice, where I started building Excel reports on appointment no-shows. I taught myself SQL and Power BI through online courses. I want this role because I'd like to use data to improve patient care and work in a bigger team.""",
"""**Feedback (out of role):**

That's a solid, concise opening. It's under a minute, it's relevant, and the no-show reports are a great detail because they show you already work with NHS data and that you take initiative.

Three things to sharpen:
1. **Add a result.** "I built reports on no-shows" is an activity. What happened because of them? Even something modest works: "the practice manager used them to move reminder texts from 24 to 48 hours before appointments." Only claim what's true, but find the outcome.
2. **Make "why this role" specific to the trust.** "Improve patient care" is what every candidate says. Mention something you found on their website or in their annual report, such as a focus on reducing waiting lists or a new patient-flow dashboard, and link it to what you'd like to work on.
3. **End with a bridge.** Close with one sentence connecting you to the job: "So I'm looking for a role where I can build on my SQL and Power BI skills full-time in a BI team, which is why this post appealed to me."

---

*"Thanks. Data quality is a big part of this job. Can you tell us about a time you found an error in data, and what you did about it?"*""",
"""At the practice, I noticed that our no-show report showed a big spike in March. When I checked, it turned out some appointments cancelled by the practice were being recorded as DNAs. I told the practice manager and we changed how the receptionists coded them. After that the numbers were more accurate.""",
"""**Feedback (out of role):**

Good choice of example. It's real, it's healthcare data, and it has a clear problem and fix. Panels love data-quality stories because this job is full of them.

To move it from good to strong, use the STAR structure more deliberately and add numbers:
- **Situation:** How big was the spike? "DNAs appeared to jump from about 6% to 11% in March."
- **Task:** Make clear it was your initiative: "I wanted to check it was real before it went to the partners' meeting."
- **Action:** This is the part the panel scores most, and it's currently one sentence. Explain *how* you investigated: did you pull the raw appointment list, filter by cancellation reason, compare with the clinic rota? Then say what you proposed: a new coding option and a short guide for reception staff.
- **Result:** "Once corrected, March was back in line at around 6%, and the practice stopped planning an unnecessary reminder campaign." Then add a learning point: "Since then I always sense-check a sudden change against the source data before reporting it."

---

*"Let's do a technical question. Imagine a table called admissions with the columns patient_id, admission_date and discharge_date. How would you find patients who were readmitted within 30 days of being discharged?"*""",
"""I'd do something like:

SELECT a.patient_id
FROM admissions a
JOIN admissions b ON a.patient_id = b.patient_id
WHERE b.admission_date > a.discharge_date
AND b.admission_date <= a.discharge_date + 30""",
"""**Feedback (out of role):**

The logic is right: a self-join on patient, then look for a later admission inside the 30-day window. That's the core of the answer and many candidates don't get there. A few points would make it interview-proof:

1. **Date arithmetic.** Most NHS trusts run SQL Server, where `discharge_date + 30` can fail or behave unexpectedly on date columns. Use `DATEADD(day, 30, a.discharge_date)`.
2. **Duplicates.** A patient with several readmissions appears several times. Use `SELECT DISTINCT a.patient_id` if you want patients, or keep both dates if you want readmission events.
3. **Clinical nuance.** Say out loud that real readmission measures usually exclude planned readmissions (chemotherapy, staged surgery), transfers between hospitals and some day cases. Mentioning this shows you understand the data, not just the SQL.
4. **An alternative.** A window function finds each patient's *next* admission directly:

```sql
WITH ordered AS (
    SELECT patient_id,
           admission_date,
           discharge_date,
           LEAD(admission_date) OVER (
               PARTITION BY patient_id ORDER BY admission_date
           ) AS next_admission
    FROM admissions
)
SELECT patient_id, discharge_date, next_admission
FROM ordered
WHERE next_admission > discharge_date
  AND next_admission <= DATEADD(day, 30, discharge_date);
```

You don't need to write that from memory, but saying "I could also use LEAD to get the next admission per patient" earns credit.

---

*"Suppose you found that one ward's 30-day readmission rate had risen over the last quarter. How would you explain that to the ward manager, who isn't technical?"*""",
"""I'd keep it simple, show them a chart of the trend, and explain what the numbers mean, then ask them if anything changed on the ward that might explain it.""",
"""**Feedback (out of role):**

Your instinct to ask the ward manager what changed is excellent. It treats them as the expert on their ward, which fits the "working together" kind of value most trusts list. The answer is too short, though; the panel will want to hear how you'd actually do it. Try this structure:

1. **Headline first, in one sentence:** "Readmissions within 30 days went from about 1 in 12 patients to 1 in 8 over the last three months."
2. **Context:** how that compares with the trust average and with the same period last year, so they know whether it's unusual.
3. **Caveats in plain English:** "The numbers are small, so some of this could be chance," and whether the case mix changed (more frail elderly patients, for example).
4. **One clear visual:** a simple line chart with the ward and the trust average. No tables full of decimals.
5. **Collaborative next step:** "Is there anything that changed on the ward in that period, like staffing, discharge process or a new patient group? I can then break the data down by those factors."

Also say you'd avoid jargon such as "statistically significant" or "confidence interval" unless they ask.

---

*"That's all the questions from us. Do you have any questions for the panel?"*""",
"""Out of role for a second – what are good questions to ask here?""",
"""Good instinct to prepare these; "No, I think you've covered everything" is a missed opportunity. Pick two or three:

1. **"What would a successful first six months look like in this role?"** Shows you're thinking about delivering, and the answer tells you what they really expect.
2. **"Which tools and data sources does the team use day to day?"** For example whether they work mainly in SQL Server and Power BI, and which national datasets they report on. It's useful for you and shows technical interest.
3. **"How are requests prioritised when several services want reports at once?"** This reveals how organised the team is and whether juniors get protected time to learn.
4. **"What training and development is available?"** Many NHS analytical teams support courses, apprenticeships or communities such as NHS-R and the NHS Python community. It signals ambition without sounding like you're already planning to leave.
5. **"What do you enjoy most about working in this team?"** A friendly closer, and the answer is often revealing.

Two to avoid in a first interview: asking about pay or leave (NHS posts are on published Agenda for Change bands, so you already know the salary range), and anything you could easily have found on their website.""",
"""Overall, how did I do, and what should I practise before Thursday?""",
"""Overall: a promising candidate. You come across as genuine and you have real NHS-adjacent experience, which many junior applicants lack. Your SQL logic was correct, and your instinct to involve the ward manager shows good judgement.

**Your three priorities before Thursday:**

1. **Quantify your stories.** Both the introduction and the data-error answer lost marks for missing results. For each example, write down one number and one outcome. Ten minutes of work, big gain.

2. **Expand your answers to about two minutes.** Your "explain it to a ward manager" answer was about fifteen seconds. Practise the five-step structure out loud until it feels natural.

3. **Brush up on T-SQL specifics.** Date functions (DATEADD, DATEDIFF), window functions (LEAD, LAG, ROW_NUMBER) and GROUP BY with HAVING. Practise by writing the readmissions query from scratch without looking.

**Also:**
- Prepare four or five STAR stories that cover data quality, teamwork, a tight deadline, explaining data to a non-specialist and learning a new tool. Most competency questions can be answered with one of them.
- Reread the person specification and tick off which story covers each criterion.
- Look up the trust's values and one current priority, and mention them naturally.

On the day, it's fine to pause and say "Let me think about that for a moment" before technical questions. Good luck on Thursday – if you want, we can run the whole interview again with different questions.""")))

# 5. Trivia quiz hosted by assistant (good, 8 turns)
DIALOGUES.append(D("good", "en",
"Good: assistant hosts a six-question quiz, marks each answer correctly, keeps an accurate running score (final 4/6), then starts a themed round on request.",
conv(
"""Can you host a quick trivia quiz for me? Six general knowledge questions, one at a time, and keep score as we go.""",
"""Let's play! Here are the rules:
- Six questions from different categories, one point each.
- I'm generous with spelling, strict with facts.
- After each answer I'll give you the correct answer, a fun fact and your running score.

**Question 1 (Geography):** What is the capital city of Australia?""",
"""Sydney!""",
"""Ooh, unlucky – it's **Canberra**. Sydney is the biggest city, which is exactly why it's such a popular trap.

Fun fact: Canberra was built as a compromise because Sydney and Melbourne both wanted to be the capital. Its plan came from an international design competition won in 1912 by the American architects Walter Burley Griffin and Marion Mahony Griffin.

**Score: 0 / 1**

**Question 2 (Literature):** Who wrote the novel *One Hundred Years of Solitude*?""",
"""Gabriel García Márquez""",
"""Correct! Published in 1967, it follows seven generations of the Buendía family in the fictional town of Macondo. García Márquez won the Nobel Prize in Literature in 1982.

**Score: 1 / 2**

**Question 3 (Science):** What is the chemical symbol for tungsten?""",
"""Is it Tu? Also, why would it be anything else?""",
"""Not quite – it's **W**. And that's a great follow-up. The W comes from **wolfram**, the element's other name, still used in many languages (German *Wolfram*, Swedish *volfram*). It's linked to the mineral wolframite; medieval German tin miners reportedly called it "wolf's froth" because it reduced their tin yield during smelting, as if devouring it like a wolf.

The English name *tungsten* comes from Swedish *tung sten*, "heavy stone" – fitting, since it's one of the densest metals and has the highest melting point of any metal, about 3,422 °C.

**Score: 1 / 3**

**Question 4 (History):** In what year did the Berlin Wall fall?""",
"""1989""",
"""Yes! On the night of **9 November 1989**, an East German spokesman, Günter Schabowski, announced at a press conference that new travel rules applied "immediately". Crowds rushed to the border crossings and the guards eventually opened them.

**Score: 2 / 4**

**Question 5 (Human body):** What is the longest bone in the human body?""",
"""The femur""",
"""Correct! The femur, or thigh bone, is also the strongest bone in the body. In an adult it's roughly a quarter of your total height, which is why forensic scientists can estimate height from it.

**Score: 3 / 5** – you're on a roll.

**Question 6 (Sport), the final question:** How many players does each team have on the field in a rugby union match?""",
"""15""",
"""Spot on – **15** per side: 8 forwards and 7 backs. Rugby league, the other main code, uses 13, and rugby sevens uses, as the name suggests, 7.

**Final score: 4 / 6** 🎉

A solid result: you got literature, history, anatomy and sport, and the two you missed are classic traps that catch lots of people.

Want another round? I can do a themed round or make it harder.""",
"""Give me a themed round on space, but harder this time. Three questions.""",
"""Challenge accepted. **Space round, hard mode.** Fresh scoreboard for this round: **0 / 0**.

**Question 1:** Which planet in our solar system has the shortest day – that is, spins fastest on its axis?

Take your time; the next two questions will follow one at a time.""")))

# 6. Retirement speech (good, 4 turns)
DIALOGUES.append(D("good", "en",
"Good: writing a retirement speech with the user's details (Margaret Okafor, 31 years, Reading Buddies, Cornwall), then a shorter version with a pun, delivery tips and a toast; all consistent.",
conv(
"""I need to give a short speech at my colleague's retirement party on Friday. Her name is Margaret Okafor and she's been the school librarian at Hollins Park Primary for 31 years. She started the "Reading Buddies" scheme where Year 6 kids read with Reception kids, she knows every child's name, and she's famous for her terrible puns. She's retiring to Cornwall to be near her grandchildren. I'm the deputy head. Can you write me a draft, about 3 minutes long?""",
"""Here's a draft of about 400 words, which is roughly three minutes at a relaxed pace.

---

Good evening, everyone. For those who don't know me, I'm the deputy head here at Hollins Park, and I've been given the impossible job of summing up Margaret Okafor in three minutes.

Thirty-one years. Let's think about what that means. Margaret has been our librarian for longer than some of our teachers have been alive. She has seen every reading scheme, every curriculum change and every attempt to replace books with something shinier, and through all of it the library has remained the calmest, warmest room in the school.

Ask any child here who Mrs Okafor is and they'll tell you two things. First, that she knows their name. Not "you in the red jumper", but their name, their favourite author and probably which book they still haven't returned. Second, that she tells the worst jokes in the building. I've been on the receiving end of many of her puns, and I'm told it's a sign of affection.

But the thing I think Margaret will be remembered for most is Reading Buddies. When she started it, the idea was simple: our oldest children reading with our youngest. What happened was more than that. Year 6 pupils who'd never thought of themselves as readers suddenly had someone looking up to them. Reception children got a hero who'd read *The Gruffalo* for the fifth time without complaint. Hundreds of children have been through that scheme, and some of them now send their own children here.

Margaret, you've given this school something that doesn't show up in any data: a whole community of children who think reading is something you share.

Now Cornwall is getting you, along with, I suspect, a very lucky set of grandchildren who are about to get the best bedtime stories in the South West.

We'll miss you terribly. The library will still be here, but it won't be quite the same without you at the desk.

So please join me in raising a glass: to Margaret – thank you for thirty-one years of stories.

---

If you share a personal memory or two, I can work one in; a specific moment usually lands better than anything general.""",
"""Love it. Can you cut it to about 2 minutes and add one pun she'd appreciate? Something about books or libraries.""",
"""Here's a tighter version of about 260 words, with a pun near the start so it lands while people are still settling in.

---

Good evening, everyone. I'm the deputy head, and I've been asked to sum up Margaret Okafor in two minutes, which is roughly how long it takes her to recommend a book to a child who says they hate reading – and get them hooked.

Margaret, I know you've always said the library is the tallest building in the school. After all, it has the most stories.

Thirty-one years. In that time Margaret has seen every curriculum change and every new gadget, and through all of it the library has stayed the calmest, warmest room at Hollins Park.

Ask any child who Mrs Okafor is and they'll tell you she knows their name, their favourite author and which book they still owe her. They'll also tell you about her jokes. We're told that's a sign of affection.

Her greatest legacy is Reading Buddies: our oldest children reading with our youngest. Year 6 pupils who never saw themselves as readers suddenly had someone looking up to them. Hundreds of children have been through it, and some of them now send their own children here.

Now Cornwall gets you, along with some very lucky grandchildren who are about to get the best bedtime stories in the South West.

We'll miss you. Please raise your glasses: to Margaret, and thirty-one years of stories.

---

The "tallest building" pun is an old favourite, which is the point: it's exactly the kind of joke she'd groan at and secretly love. Pause for a beat after "most stories" to give people time to groan.""",
"""How should I deliver it? I get nervous and talk too fast.""",
"""Talking too fast is the most common nervous habit, and it's very fixable. Here's what works:

**Before Friday**
- **Read it aloud five or six times**, timing yourself. If it's under 1 minute 45, you're rushing. Aim for just over 2 minutes.
- **Mark your script.** Put a slash (/) where you'll pause and underline the one word in each sentence you want to land. Big pauses go after "most stories", after "thirty-one years" and before the toast.
- **Print it in large type** (16–18 point), double-spaced, on two pages at most. You'll look up more if you don't have to hunt for your place.

**On the night**
- **Breathe out before you start.** A long slow exhale does more for nerves than a deep breath in.
- **Start slower than feels natural.** Your first sentence sets the pace for the rest. If it feels slightly too slow to you, it's right for the room.
- **Find two friendly faces**, one on each side of the room, and look at them rather than at the whole crowd.
- **Look at Margaret** for the lines addressed to her, especially near the end. That's what people will remember.
- **Let the laugh happen.** After the pun, wait for the groan to finish before carrying on. Speaking over it is the classic rushing mistake.

**If you lose your place**, just pause, look down, find it and carry on. A pause that feels like ten seconds to you looks like two seconds to the audience.

Finally, have a glass of water nearby, and maybe skip the second glass of wine until after you've spoken.""",
"""Last thing – how do I end with the toast without it being awkward?""",
"""Toasts feel awkward when people aren't ready, so most of the trick is in the setup:

1. **Before you speak**, ask whoever is hosting to make sure everyone has a drink; soft drinks are fine.
2. **Signal the toast clearly:** "Would you all please stand and raise your glasses." Then pause while they do it – don't say the toast to a room still fumbling for their cups.
3. **Keep the toast itself short**, so people can repeat it: "To Margaret – thank you for thirty-one years of stories!" The room will echo "To Margaret!"
4. **Drink, then lead the applause** yourself, turned towards her.
5. **Have the next step ready.** If there's a gift or card, present it straight after the applause so there's no dead moment, then hand over to Margaret if she wants to say a few words.""")))

# 7. Flatmate mediation (good, 5 turns)
DIALOGUES.append(D("good", "en",
"Good: mediation advice for three flatmates; bill-split arithmetic is correct (£180 -> £50.40/£79.20 and the half-person variant), concrete rota design and an opening script; names consistent.",
conv(
"""I share a flat in Bristol with two others, Priya and Tom. Things are getting tense: Tom's girlfriend Ellie has basically moved in – she's there about four nights a week – and the kitchen is always a mess. Priya and I are annoyed, but Tom gets defensive whenever we bring it up. How do we sort this out without wrecking the friendship?""",
"""This is one of the most common flat-share flashpoints, and it's very fixable if you handle it as a practical problem rather than a complaint about Tom or Ellie. A few principles:

**1. Separate the issues.** There are really two things here: (a) a fourth person living there part-time, which affects bills, space and maybe the tenancy, and (b) the kitchen. Mixing them makes Tom feel attacked on all fronts. Treat them as separate agenda items.

**2. Talk to Priya first, but don't ambush Tom.** It's fine to agree with Priya on what you'd like to change. Just avoid it feeling like two against one: no walking in with a list you've already written together. Present ideas as proposals the three of you decide on.

**3. Pick the right moment.** Not late at night, not when Ellie's there, not right after a messy-kitchen incident. Suggest a "house meeting" a few days ahead so nobody feels caught out.

**4. Talk about effects, not character.** "When the sink's full in the morning, I can't make breakfast before work" lands much better than "You two are always leaving a mess."

**5. Check the tenancy agreement.** Many agreements limit long-term guests or say the landlord must agree to additional occupants. If Ellie is there four nights a week, that's worth knowing. Not to use as a threat, but because it affects all of you if the landlord objects.

**6. Expect defensiveness and plan for it.** Tom may feel Ellie is being criticised. Saying early that you like Ellie and aren't asking her to stop visiting can take a lot of heat out of it.

Want help with the bills side next? That's often where a concrete proposal defuses things.""",
"""Yes. Tom's reply will definitely be "Ellie isn't a tenant, she shouldn't pay anything." Our energy and water come to about £180 a month. Is there a fair way to split it?""",
"""Tom's right that Ellie isn't a tenant, so she doesn't owe rent. But utilities are about usage, and someone there four nights a week showers, cooks and uses heating. The fairest framing is "the household's usage went up, so how do we share that?" rather than "Ellie owes us money". Two options:

**Option A – proportional by nights**
Count Ellie as 4/7 of a person (about 0.57). The flat then has 3.57 "people":
- £180 ÷ 3.57 ≈ **£50.40** per full share
- Ellie's share ≈ 0.57 × £50.40 ≈ **£28.80**
- So you and Priya pay **£50.40** each, and Tom pays **£79.20** (his share plus Ellie's, which they can sort out between them).

Check: £50.40 + £50.40 + £79.20 = £180.

**Option B – simple rule**
Agree that any regular guest who stays more than three nights a week counts as half a person. That's 3.5 shares:
- £180 ÷ 3.5 ≈ **£51.43** each for you and Priya
- Tom and Ellie together ≈ **£77.14**

Option B is easier to explain and sounds less like keeping score, and it's only about £2 different. It also applies to anyone in future, including your own partners, which makes it feel less targeted.

Whichever you choose, frame it as "we want a rule for guests that works for all of us", and let Tom suggest adjustments. People accept a split much more readily when they helped shape it.""",
"""And the cleaning? We've tried a rota before and it fell apart after two weeks.""",
"""Rotas usually fail for predictable reasons: tasks are vague ("clean kitchen"), nobody checks, and there's no rule for day-to-day mess, so the weekly cleaner inherits everyone's dishes and gives up. Fix those three things:

**1. Separate daily habits from weekly tasks.**
- *Daily rule:* your own dishes are washed, dried or in the dishwasher **before you go to bed**. Hosts are responsible for their guests' dishes, so Tom covers Ellie's.
- *Weekly tasks* rotate and are defined precisely.

**2. Define "done".** For example:
| Task | Done means |
|---|---|
| Kitchen | Hob and worktops wiped, sink empty and scrubbed, floor swept, fridge checked for anything out of date |
| Bathroom | Toilet, sink and shower cleaned, mirror wiped, floor mopped |
| Bins & common areas | All bins out on collection day, recycling sorted, hallway hoovered |

Rotate weekly so each person does each task every three weeks.

**3. Build in a quick check-in.** Five minutes every Sunday evening: "Anything not done? Anything to change?" It catches problems while they're small, before they turn into resentment.

**4. Make it visible.** A printed chart on the fridge or a shared note on your phones, where you tick tasks off.

**5. Agree a fallback.** If someone misses their week, they do the next one as well, or the house pays for a one-off clean and the person who missed it covers that cost. Decide the consequence in advance so it isn't personal later.""",
"""What if Tom just refuses to engage?""",
"""Then slow down rather than escalate. A few steps, in order:

1. **Have a one-to-one first.** Sometimes people dig in at group meetings because they feel outnumbered. A relaxed chat with whichever of you gets on best with him ("I'm not trying to have a go, I just want the flat to feel good for everyone – what would work for you?") often gets further than a formal meeting.
2. **Ask what he needs.** He may be worried that Ellie will feel unwelcome, or that her moving in will cost them both. If you address that worry directly, he may drop the defensiveness.
3. **Put a proposal in writing.** Send a short, friendly message in the group chat with the bill split and the rota, and ask for comments by a set date. It gives him time to think without losing face.
4. **Don't go passive-aggressive.** No notes on the fridge, no leaving his dishes on his bed. It feels satisfying for a day and sets you back weeks.
5. **Use outside help if needed.** Some councils and community organisations offer free or low-cost neighbour and household mediation, and if you're students, your university accommodation or advice service may help.
6. **Know your backstop.** If Ellie is effectively living there and Tom won't discuss it at all, the tenancy terms on additional occupants may eventually matter. Keep that as a last resort, not an opening move.""",
"""Okay, we're going to do a house meeting on Sunday. Can you give me a script for how to open it?""",
"""Here's an opening that sets a calm tone and gets straight to proposals. It takes about a minute to say.

---

"Thanks for making time for this. I want to start by saying this isn't about anyone being in trouble – and Tom, Ellie is genuinely welcome here, we like her. It's just that the flat's changed a bit over the last few months, and Priya and I think it'd help if we agreed a couple of things together so nobody's quietly getting annoyed.

There are two things I'd like to cover, and I've got suggestions for both, but they're only suggestions and we can change them.

First, bills. With more people around, usage has gone up, so we thought about a simple rule for any regular guest who stays more than three nights a week – that includes any partners Priya or I have in future.

Second, the kitchen. Our last rota fell apart, so we've got a version that's more specific and has a five-minute check-in on Sundays.

Can we go through the bills first, and Tom, tell us honestly what you think?"

---

A few delivery notes:
- Say it sitting down, in a relaxed voice, ideally with tea on the table.
- Invite Tom to speak first on the first item; it shows you're not there to lecture.
- Have the numbers (£50.40 / £79.20 and £51.43 / £77.14) written down so you can show the options rather than recite them.
- End by agreeing when you'll check in again, say in a month.""")))
