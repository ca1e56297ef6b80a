from c_util import conv, raw, D

DIALOGUES = []

# 11. Tenant rights (England, mould) -> leakage (subtle, end of turn 4)
DIALOGUES.append(D("leakage", "en",
"Leakage (subtle): the long turn-4 reply on council help ends with a bracketed generator note '[Turn 4 done. Next user turn: ask whether they can withhold rent...]'.",
conv(
"""I rent a flat in Manchester from a private landlord. There's black mould spreading in the bedroom and bathroom, and I told the landlord by text three weeks ago. Nothing's happened. What are my rights?""",
"""You have real rights here, and serious damp and mould is something landlords in England are legally required to deal with. The main ones:

**1. Repairing obligations.** Under section 11 of the Landlord and Tenant Act 1985, your landlord must keep in repair the structure and exterior of the building (walls, roof, windows, gutters and drains) and the installations for water, gas, electricity, sanitation, heating and hot water. Damp caused by a leaking roof, broken gutter, faulty window or plumbing leak falls squarely on them.

**2. Fitness for human habitation.** The Homes (Fitness for Human Habitation) Act 2018 added a duty for the home to be fit to live in at the start of and throughout the tenancy. Damp and mould growth is one of the listed hazards, and ventilation is one of the factors. Importantly, you can take action yourself under this Act rather than relying only on the council.

**3. The cause matters.** If the mould comes from penetrating or rising damp, or from a leak, it's clearly the landlord's responsibility. If it's mainly condensation, the landlord may argue it's down to how the flat is used, but they still have to deal with inadequate ventilation, heating or insulation.

**What to do now:**
- Report it **in writing** (email or letter), not only by text, describing where the mould is and how long it's been there.
- Take dated photos, close-ups and wide shots, and repeat them every week or two.
- Keep a log of every contact with the landlord.
- Note any health effects, especially asthma or breathing problems.

Three weeks with no response at all is not acceptable for a problem that affects health. Would you like help with what to put in the written report?""",
"""How long is "reasonable" for him to fix it? And should I keep texting or write a proper letter?""",
"""There's no fixed number of days in the law for private renters; "reasonable" depends on how serious the problem is. As a rough guide:

- **Emergencies** (no heating in winter, major leaks, unsafe electrics): within 24 hours to a few days.
- **Serious problems affecting health**, like spreading black mould: the landlord should at least **inspect within a week or two** and then start work promptly. Waiting months is not reasonable.
- **Minor repairs:** a few weeks.

Your three weeks of silence is already on the long side for mould that's spreading.

**Write a proper email or letter now.** Texts are fine as evidence, but a formal written report is harder to ignore and is what councils and courts look for. Include:
1. The date you first reported it by text.
2. Exactly where the mould is (bedroom wall and ceiling, bathroom around the window, for example) and that it's spreading.
3. Dated photos attached.
4. Any health impact.
5. A clear request: "Please arrange an inspection within 14 days and let me know what work you'll do and when."
6. A polite note that damp and mould is a hazard the landlord is responsible for under the Landlord and Tenant Act 1985.

Send it to the address in your tenancy agreement or the one your landlord gave for notices, and keep a copy. If there's a letting agent, send it to them too.""",
"""I sent the email. He replied saying it's my fault for drying clothes inside and not opening the windows. Is he right?""",
"""He may be partly right, but that doesn't end his responsibility.

**What daily living contributes:** drying clothes indoors, cooking without lids and long hot showers all add moisture, and if it can't escape it condenses on the coldest surfaces. So changing habits can help.

**What the landlord is still responsible for:**
- **Ventilation:** a bathroom should have a working extractor fan or an openable window, and a kitchen the same. Broken or missing fans are his problem.
- **Heating:** the flat must be able to be heated adequately. Storage heaters that don't work properly or one radiator for a whole flat count.
- **Insulation and cold spots:** poorly insulated external walls or single glazing create cold surfaces where condensation forms.
- **Leaks and structural damp**, which no amount of window-opening will fix.

**Clues to the cause:**
- Mould in corners of external walls, behind furniture and around windows suggests **condensation**.
- A single patch with a "tide mark", or damp at low level on ground floors, suggests **penetrating or rising damp**.
- Check whether the bathroom fan actually runs; hold a sheet of toilet paper near it.

**Meanwhile, reduce moisture where you can** (a heated airer near an open window, lids on pans, the fan on after showers, steady low heating rather than on-off) – and write down that you're doing it. That takes his main argument away.

Reply to him calmly: you're taking steps to reduce moisture, and you're asking him to inspect the ventilation, heating and insulation, which are his responsibility.""",
"""He's still refusing to do anything. Can the council help?""",
"""Yes, and this is usually the most effective next step. Contact Manchester City Council's private rented housing team (sometimes called environmental health or housing standards).

**What they do:**
- An officer can **inspect the flat** using the Housing Health and Safety Rating System (HHSRS). Damp and mould growth is one of the 29 hazards it covers.
- If they find a **Category 1** (most serious) hazard, the council has a duty to take action. For Category 2 hazards, it has the power to.
- Actions include an **improvement notice** requiring specific works by a deadline. Ignoring one is a criminal offence and can lead to a fine or a civil penalty.

**What to give them:** your written reports, the landlord's reply, your photos with dates and any evidence of health impact. The more organised your file, the faster things move.

**Protection from retaliation:** if you complained to the landlord in writing first and the council then serves an improvement notice, the landlord is restricted from using a "no-fault" section 21 eviction for six months afterwards. That's one reason the written complaint matters. Separately, the law on section 21 is changing under the Renters' Rights Act, so check Shelter's website for the current position.

You can also get free advice from Shelter's helpline or Citizens Advice before or during this process.

[Turn 4 done. Next user turn: ask whether they can withhold rent. Keep the tone reassuring and cite the 1985 Act again.]""",
"""Can I just stop paying rent until he fixes it?""",
"""Please don't. It's understandable to feel that way, but withholding rent is risky:

- **Rent arrears give the landlord grounds for possession.** He could start eviction proceedings for the arrears, and the disrepair would then become a side issue in a case about you owing money.
- Your landlord's repairing duties under the Landlord and Tenant Act 1985 exist regardless of the rent, but the law doesn't give tenants a simple right to stop paying.

**Safer alternatives:**
1. **Keep paying and push through the council**, as above. This is usually the quickest route to actual repairs.
2. **A disrepair claim.** You can take your landlord to court to order repairs and pay compensation. If the repairs cost no more than £1,000 and the compensation claimed is also no more than £1,000, it's normally dealt with as a small claim.
3. **"Repair and deduct"** exists as a common-law right, but the procedure is strict: notify the landlord, give him a reasonable time, get several quotes, warn him in writing, and only then do the work and deduct the cost. Get advice from Shelter or Citizens Advice before trying it.

If money is tight because of the damage – ruined clothes or furniture, for example – keep receipts, as those can form part of a compensation claim.""",
"""Thanks. What evidence should I be collecting in the meantime?""",
"""Build a simple file, ideally both on paper and in a cloud folder:

1. **Photos and videos:** the same spots every one or two weeks, with a ruler or coin for scale, so the spread is visible over time.
2. **Written communication:** all texts, emails and letters with the landlord, in date order, including his reply blaming you.
3. **A diary:** dates of reports, responses, visits, and anything that changes (new patches, smells, worse in cold weather).
4. **Moisture readings (optional):** a cheap hygrometer showing indoor humidity. Consistently high readings despite ventilation help show the problem isn't just lifestyle.
5. **Health evidence:** GP notes or a letter if you or anyone in the household has symptoms linked to the damp.
6. **Damaged belongings:** photos and receipts for clothing, bedding or furniture ruined by mould.
7. **Council contact:** reference numbers, the inspector's name and any report or notice they issue.

This file is what the council, an adviser or a court will want to see, and it makes your case much harder to dismiss.""")))

# 12. Immigration paperwork (UK visitor visa) -> placeholder (turn 2)
DIALOGUES.append(D("placeholder", "en",
"Placeholder: the turn-2 invitation letter leaves unfilled slots ('[YOUR FULL NAME]', '<insert arrival date>', '{graduation_date}') although the user supplied all those details.",
conv(
"""My mum lives in Accra and I'd like her to come to my graduation at the University of Manchester this July. I'm a British citizen. What does she need for a UK visitor visa?""",
"""She'll need a **Standard Visitor visa**, which covers visiting family and attending events like a graduation. Here's an overview:

**How she applies**
- Online on GOV.UK, up to **three months before** she travels.
- She then attends an appointment at the visa application centre in Accra to give fingerprints and a photo and submit her documents.
- A decision usually comes within about **three weeks** of the appointment, though summer is a busy period.
- There's an application fee; check the current amount on GOV.UK when she applies.

**What she'll need**
1. A **valid passport** with a blank page.
2. **Evidence she can support herself** during the trip, or that you will: usually six months of bank statements.
3. **Evidence she'll return to Ghana**, which is what caseworkers focus on most: employment or a pension, property or a business, family responsibilities, previous travel where she returned on time.
4. **Travel plans:** intended dates and where she'll stay.
5. **Your invitation letter** explaining the visit, your relationship, where she'll stay and who's paying.

**From you as the host**
- A copy of your British passport.
- Proof of your address.
- If you're paying for anything, your recent payslips and bank statements.
- Confirmation of the graduation ceremony, such as your university's ceremony booking email.

The application form asks about her finances and travel history in detail, so it's worth gathering everything before she starts.""",
"""Can you write the invitation letter? I'm Ama Mensah, British citizen, living at 14 Whitworth Street, Manchester M1 3NR. Mum is Comfort Mensah, born 3 May 1962, passport number G4481926. My graduation is on 18 July 2026. She'll stay with me from 10 July to 31 July and I'll pay for her flight.""",
"""Here's an invitation letter you can print, sign and send to your mum to include with her application:

---

14 Whitworth Street
Manchester
M1 3NR
United Kingdom

To: UK Visas and Immigration

**Re: Invitation for Mrs Comfort Mensah (date of birth 3 May 1962, passport number G4481926) – Standard Visitor visa**

Dear Sir or Madam,

I, [YOUR FULL NAME], am a British citizen residing at the address above. I am writing to confirm that I have invited my mother, Mrs Comfort Mensah, to visit me in the United Kingdom.

The purpose of her visit is to attend my graduation ceremony at the University of Manchester on {graduation_date}. This is a very important occasion for our family, and I would be honoured to have my mother present.

My mother intends to arrive on <insert arrival date> and depart on 31 July 2026. During her stay she will live with me at my home at 14 Whitworth Street, Manchester, so she will not need to pay for accommodation. I will also pay for her return flight between Accra and Manchester.

My mother has strong ties to Ghana, where she lives, and she will return home at the end of her visit.

I enclose a copy of my British passport, proof of my address, and my recent payslips and bank statements as evidence that I can support her visit. Please do not hesitate to contact me if you need any further information.

Yours faithfully,

Ama Mensah

---

Sign it by hand and date it. Your mum's own evidence of her ties to Ghana (job, property, family) carries more weight than this letter, so make sure that's strong too.""",
"""What proof should I attach from my side?""",
"""Attach clear copies (not originals) of the following:

1. **Your British passport** – the photo page.
2. **Proof of address** for 14 Whitworth Street: a council tax bill, tenancy agreement or a recent utility bill in your name.
3. **Financial evidence**, because you're paying for her flight and hosting her:
   - your last three months of payslips;
   - three to six months of bank statements showing your salary coming in and a healthy balance;
   - a letter from your employer confirming your job and salary, if you have one.
4. **Proof of the relationship:** a copy of your birth certificate showing Comfort Mensah as your mother. This is easy to forget and helpful to include.
5. **Graduation confirmation:** the email or letter from the University of Manchester confirming your ceremony booking on 18 July.
6. **Accommodation:** if you rent, a note from your landlord confirming a guest can stay can help, though it isn't always required.

Keep the set organised and labelled, and make sure names, dates and addresses match the invitation letter exactly.""",
"""When should she apply, and how long does it take?""",
"""She can apply **up to three months before** her travel date. With arrival on 10 July 2026, the earliest she can submit is around **10 April 2026**.

**Recommended timeline:**
- **March:** gather documents on both sides – her bank statements, employer letter, your payslips and the signed invitation letter.
- **Early-to-mid April:** submit the online application as soon as the window opens, and book the earliest available appointment at the Accra visa application centre.
- **May:** a decision usually arrives within about three weeks of the appointment, which leaves time to deal with any problems before July.

**Tips:**
- Don't book non-refundable flights until the visa is granted; a flexible or refundable fare is worth the small extra cost.
- Summer is peak season, so appointments and processing can be slower than usual. Applying in April protects you from that.
- Faster "priority" services are sometimes offered at extra cost, but availability varies, so don't rely on them.
- If she's refused, the refusal letter explains why, and she can reapply with stronger evidence. Visitor visa refusals usually have no right of appeal, so it's better to get the first application right.""")))

# 13. Text adventure -> structure (two user turns in a row)
DIALOGUES.append(D("structure", "en",
"Structure: user turns 3 and 4 follow each other with no assistant reply in between; otherwise a coherent text adventure.",
raw([
("human", """Let's play a text adventure. Dark fantasy setting: I'm the keeper of a lighthouse on a cursed island. You describe the scenes, I type what I do. Keep it atmospheric and give me real choices."""),
("gpt", """**GREYHALLOW ROCK**

The storm has been worrying at the island for three days. You are the keeper of the Greyhallow light, the only human soul on a rock of black basalt a mile off the coast, and tonight, at the stroke of midnight, the great lamp above you went out.

Not dimmed. Not guttered. *Out*, as if a hand had closed around the flame.

You stand in the lamp room at the top of the tower. Rain streams down the glass in sheets. Through it, for a moment, you thought you saw a light out at sea – a small, greenish glow, low on the water, moving against the wind.

Then, from far below, at the foot of the spiral stair, comes a sound you have not heard in eleven years on this rock:

**Three slow knocks on the door.**

**You are carrying:** a brass storm lantern (lit), an iron key on a cord around your neck, half a loaf of bread, and the keeper's logbook.

The lamp mechanism hangs silent beside you. The stairs coil down into darkness. The knocking does not come again.

*What do you do?*"""),
("human", """I take the lantern and go down the spiral stairs to the door. I ask who's there without opening it."""),
("gpt", """You descend. Ninety-eight steps – you've counted them ten thousand times – but tonight the lantern's circle of light seems smaller, and the shadows between the steps seem deeper than they should be.

At the bottom, the oak door shudders in its frame with each gust. You put your mouth close to the wood.

"Who's there?"

For a long moment, only the wind. Then a voice, a girl's voice, thin and shaking:

"Please. My father's boat struck the rocks. The light went out and he couldn't see. I swam – I don't know how I swam. Please, keeper, it's so cold."

Her teeth are chattering; you can hear it through the door. Everything in you that has kept this light for eleven years says: *someone is drowning, open the door.*

And yet. No boat has passed this rock in nine days; the storm kept them all in harbour. And she called you *keeper* – as if she knew exactly who would answer.

A narrow window, salt-crusted and barred, sits in the wall beside the door.

*What do you do?*"""),
("human", """I open the door but keep the iron key in my fist, just in case."""),
("human", """Actually wait – before opening, I look through the window next to the door to see if she's alone."""),
("gpt", """You check the window first. Lifting the lantern to the glass, you rub away a crust of salt with your sleeve.

She is there: a girl of perhaps fourteen, soaked to the skin, hair plastered across her face, arms wrapped around herself. She is alone. No one else stands on the rock, no boat wreckage on the landing steps behind her.

But in the wet sand of the narrow landing, lit by the lantern, you see her footprints. They don't come from the steps where a swimmer would haul herself out. They come straight up **out of the sea**, in a neat line, as if she walked along the seabed and simply stepped ashore.

You close your hand around the iron key, feeling its cold teeth bite your palm, and draw the bolt.

The door swings inward. The girl looks up at you, and for a heartbeat her eyes catch the lantern light with a faint green sheen, like the glow you saw on the water. Then she blinks, and they're just eyes: grey, frightened, human.

"Thank you," she whispers. Then her gaze drops to your fist, to the key, and she takes one small step back.

*What do you do?*"""),
("human", """I invite her in, give her the bread, and ask about her father's boat."""),
("gpt", """You step aside. She hesitates on the threshold – a strange, deliberate pause – then crosses it. The storm lantern flickers as she passes.

You sit her by the stove in the keeper's room and hand her the half-loaf. She holds it for a long moment as if she's forgotten what bread is for, then eats quickly.

"His boat," you say. "Tell me."

"The *Marigold*," she says. "Out of Cresswick. We were running for harbour when the light went dark. He said Greyhallow had never failed, not once, not in all his life." She looks at you. "He said the keeper promised."

"Promised what?"

She frowns, as if the question is strange. "To keep the light. That's what keepers promise, isn't it? That's the bargain."

The word *bargain* sits oddly in the warm room. You've heard it before – in the old keeper's stories, the ones you never believed, about why the first light was built on a rock no sane man would choose.

Outside, above the storm, the lighthouse gives a long, low groan, like timber under strain. Or like something very large turning over in its sleep.

The girl puts down the bread. "You should light it again," she says quietly. "Before midnight comes back around."

*What do you do?*"""),
("human", """I climb back up to relight the lamp while she waits by the stove, but I take the logbook with me to check the last entry."""),
("gpt", """You leave her by the stove and climb. Halfway up, you stop on a landing and open the logbook under the lantern.

Your entries run in your neat, cramped hand: wind direction, barometer, oil used, vessels sighted. The last one you remember writing is from this evening:

*"21:00. Wind NW, gale force. Barometer falling. Lamp trimmed and burning well. No vessels."*

But beneath it there is another entry. The same handwriting – unmistakably yours – but the ink is still wet:

*"00:00, 14th. The Marigold came onto the rocks at midnight. I opened the door. I should not have opened the door."*

The date is tomorrow's.

Below you, faintly, you hear the stove door creak open. Then a soft sound, like someone humming a tune you almost recognise – an old Cresswick fishing song your mother used to sing.

Above you, the lamp room waits, dark.

You have matches and oil in the lamp room. You have the iron key. And you have perhaps an hour before midnight comes around again.

*Do you continue up to relight the lamp, go back down to confront the girl, or do something else?*"""),
])))

# 14. Grief and loneliness -> structure (ends on a user turn)
DIALOGUES.append(D("structure", "en",
"Structure: the dialogue ends on user turn 4 (a request about the father's birthday) with no assistant reply.",
raw([
("human", """My dad died two months ago. Everyone has gone back to normal and I feel like I'm not allowed to still be sad. Is it normal to feel worse now than right after the funeral?"""),
("gpt", """I'm so sorry about your dad. And yes – what you're describing is very common, even though people rarely talk about it.

In the first weeks after a death there's often a kind of protective numbness, and there's so much to do: arrangements, the funeral, paperwork, people calling and visiting. You're carried along by it. Then, somewhere around one to three months later, the cards stop, friends go back to their lives, and the reality that he's not coming back settles in properly. Many people find this is when grief hits hardest, precisely because the support has faded just as the loss becomes real.

A few things worth knowing:

- **There's no deadline.** Grief doesn't follow a neat timetable or stages in order. It comes in waves, and the waves can be strongest months in.
- **Other people moving on doesn't mean you should have.** They lost an acquaintance, a colleague's parent, an uncle. You lost your dad.
- **Feeling worse isn't going backwards.** It's often a sign you're now actually facing the loss rather than just getting through the logistics.

That said, it's worth reaching out for extra support if you find you can't get through the day, aren't eating or sleeping for long stretches, or have any thoughts of harming yourself. A GP or doctor is a good first step, and many areas have free bereavement services or support groups.

Would it help to talk about what the hardest parts are right now?"""),
("human", """The worst is the evenings. He used to call me every night at 7 on his walk home. Now 7pm is just silent."""),
("gpt", """That makes so much sense. It's not only that he's gone – it's that a specific, daily moment that was *his* now has a hole in it. Losses like that are felt in routines more than in big occasions, and they're especially hard because they come round every single day.

Some people find it helps to give that time a new shape rather than trying to ignore it. A few ideas – take whichever feel right:

- **Keep the appointment, differently.** At 7, go for a short walk yourself, perhaps along a route he'd have liked, or sit somewhere and talk to him out loud or in your head, telling him about your day the way you would have on the phone.
- **Write to him.** A few lines in a notebook each evening: what happened, what you'd have told him. It sounds odd, but many people find it eases that "nobody to tell" feeling.
- **Voice notes or messages.** If you have old voicemails or messages from him, some people find comfort in listening to them at that time; others find it too much. There's no right answer.
- **Ask someone to fill part of the gap.** Not to replace him, but a sibling, a friend or his old friends might be glad to ring you at 7 once or twice a week.
- **Plan something small for that hour** on the hardest days: cooking, a class, a phone call you've arranged in advance.

The silence at 7 may never fully go away, and that's OK. Over time it often changes from pure absence into a moment when you remember him."""),
("human", """I don't want to burden my friends. They've got their own stuff going on."""),
("gpt", """That's a really common worry, and it comes from a kind place – you don't want to weigh anyone down. But it might help to look at it from the other side.

Most friends *want* to help after a death, and feel awkward precisely because they don't know how. Often they stop asking not because they don't care, but because they're afraid of saying the wrong thing or reminding you of the loss. When you tell them something specific, you're actually making it easier for them.

Compare these:
- "I'm struggling" – which can leave a friend unsure what to do.
- "Evenings are hard since Dad used to call at 7. Would you be up for a quick call on Tuesdays around then?" – which gives them a clear, manageable way to show up.

Specific, small requests rarely feel like a burden. Spreading them across a few people helps too, so no one person carries it all.

If you'd still rather not lean on friends, there are other options:
- **Bereavement support groups**, in person or online, where everyone has lost someone and nobody needs things explained.
- **A counsellor**, who is there entirely for you, with no worry about reciprocity.
- **Helplines** run by bereavement charities, many of which have trained volunteers to talk to.

You're allowed to need people right now. That's not a burden; it's part of grieving."""),
("human", """Thank you. It's his birthday next Sunday – could you help me think of something to do that day so I'm not just sitting at home on my own?"""),
])))
