# Dialogue texts for part c, ids 021-030.

DIALOGUES = []


def add(**kw):
    DIALOGUES.append(kw)


# ---------------------------------------------------------------- 021 bad_length / grief support (fi)
add(
    id="k11c-021",
    label="bad_length",
    language="fi",
    note="Bad length (evasive one-liner): turn 3 asks how to tell a 6-year-old that grandma died; the reply is only 'Se riippuu lapsesta.' while all other replies are full and specific.",
    pairs=[
        (
            """Äitini kuoli viime viikolla pitkän sairauden jälkeen. Olen yllättynyt, että tunnen lähinnä helpotusta. Olenko huono ihminen?""",
            """Et ole huono ihminen. Helpotus on yksi yleisimmistä tunteista silloin, kun läheinen kuolee pitkän sairauden jälkeen, vaikka siitä puhutaan harvoin ääneen.

Helpotus voi tarkoittaa monta asiaa:

- **Helpotusta hänen puolestaan.** Sinun ei tarvitse enää katsoa hänen kipuaan tai heikkenemistään.
- **Helpotusta omasta kuormasta.** Jos olet huolehtinut hänestä, käynyt sairaalassa ja elänyt jatkuvassa valmiustilassa kuukausia tai vuosia, keho ja mieli saavat vihdoin levätä.
- **Helpotusta epävarmuuden loppumisesta.** Odottaminen on usein raskaampaa kuin itse menetys.

Pitkän sairauden aikana moni käy läpi niin sanottua **ennakoivaa surua**: surit äitiäsi jo silloin, kun hän vielä eli ja näit hänen muuttuvan ja menettävän voimiaan. Siksi suru ei välttämättä tunnu nyt samalta kuin äkillisen kuoleman jälkeen.

Helpotus ei kerro siitä, ettet olisi rakastanut häntä. Usein se kertoo päinvastaisesta: siitä, kuinka paljon olet kantanut.

Varaudu kuitenkin siihen, että tunteet voivat vaihdella. Ikävää, surua tai syyllisyyttä voi tulla myöhemmin aaltoina, joskus vasta viikkojen tai kuukausien päästä. Sekin on täysin tavallista.""",
        ),
        (
            """Hautajaiset ovat kolmen viikon päästä. Minun pitäisi pitää muistopuhe, mutta en tiedä mistä aloittaa.""",
            """Kolme viikkoa on hyvä aika: ehdit kirjoittaa puheen rauhassa ja harjoitella sitä. Tässä yksinkertainen runko.

**Pituus:** 3–5 minuuttia riittää. Se on noin 400–600 sanaa.

**Rakenne**

1. **Aloitus (1–2 lausetta).** Kerro, kuka olet ja mitä äiti sinulle merkitsi. Esimerkiksi: "Äiti oli ihminen, jonka keittiössä oli aina tilaa yhdelle lisää."
2. **2–3 muistoa tai tarinaa.** Valitse pieniä, konkreettisia hetkiä, jotka kertovat, millainen hän oli: hänen huumorinsa, tapansa, jokin lause, jonka hän sanoi usein. Tarinat jäävät kuulijoiden mieleen paremmin kuin luettelo hyvistä ominaisuuksista.
3. **Mitä hän antoi.** Mitä opit häneltä, mitä hänestä jää elämään sinussa ja muissa?
4. **Sairaus.** Voit mainita sen lyhyesti, mutta puheen ei tarvitse keskittyä siihen. Monelle on lohdullista muistaa ihminen sellaisena kuin hän oli ennen sairautta.
5. **Lopetus.** Kiitos, jäähyväiset tai jokin hänelle tärkeä runo, laulun säe tai sanonta.

**Käytännön vinkkejä**

- **Kysy muistoja** sisaruksilta, sukulaisilta ja äidin ystäviltä. Heiltä voi tulla tarinoita, joita et tiennyt.
- **Kirjoita puhekielellä**, niin kuin oikeasti puhuisit.
- **Lue puhe ääneen** kolme tai neljä kertaa ennen tilaisuutta.
- **Tulosta se isolla fontilla** ja rivivälillä, niin paikka löytyy helposti, vaikka kädet tärisisivät.
- **Sovi varahenkilö**, joka voi lukea puheen loppuun, jos ääni pettää.

On täysin hyväksyttävää liikuttua kesken puheen. Pidä tauko, juo vettä ja jatka, kun olet valmis.""",
        ),
        (
            """Minulla on 6-vuotias poika. Miten kerron hänelle, että mummi kuoli?""",
            """Se riippuu lapsesta.""",
        ),
        (
            """Entä pitäisikö hänen tulla hautajaisiin?""",
            """Monelle kuusivuotiaalle hautajaisiin osallistuminen on hyvä asia, kun hänet valmistellaan etukäteen. Se auttaa ymmärtämään, että mummi on oikeasti kuollut, ja antaa mahdollisuuden hyvästellä yhdessä muiden kanssa.

**Valmistele etukäteen**

Kerro rauhallisesti, mitä tilaisuudessa tapahtuu:
- Se pidetään kirkossa tai kappelissa, ja paikalla on paljon ihmisiä.
- Siellä on **arkku**, jossa mummin keho on. Mummi ei tunne enää mitään, eikä hänellä ole kylmä tai kipeä.
- Soitetaan musiikkia, ja joku puhuu mummista. Sinä pidät puheen, joten hän saattaa nähdä sinut surullisena.
- **Aikuiset saattavat itkeä**, ja se on ihan tavallista. Itkeminen on yksi tapa ikävöidä.

**Tilaisuudessa**

- **Sovi tukiaikuinen**, joku muu kuin sinä, koska sinulla on oma roolisi. Hän istuu pojan vieressä ja voi lähteä tämän kanssa ulos, jos pojalla tulee levoton tai paha olo.
- **Anna pojalle tehtävä**, jos hän haluaa: hän voi piirtää kuvan tai laskea kukan arkulle.
- **Ota mukaan** pieni hiljainen lelu tai piirustusvälineet muistotilaisuutta varten.

**Anna hänen valita**

Kysy, haluaako hän tulla. Jos hän ei halua, älä pakota. Hän voi silloin käydä kanssasi myöhemmin haudalla viemässä kukan tai kynttilän, mikä on myös hyvä tapa hyvästellä.""",
        ),
    ],
)

# ---------------------------------------------------------------- 022 good / job negotiation (raise)
add(
    id="k11c-022",
    label="good",
    language="en",
    note="Good: six-turn raise negotiation coaching for a UX designer ($78k to $90k); correct arithmetic on the conversion uplift (about $3.4M), opening script, handling 'no budget', and careful advice on using an outside offer.",
    pairs=[
        (
            """I'm a UX designer and I've been at my company for three years. I'm on $78,000 and I think I should be closer to $90,000. When is the right time to ask for a raise?""",
            """Timing matters almost as much as the case you make. A few principles:

**1. Ask before budgets are set, not after.** Most companies decide next year's salary budgets months before raises take effect. If your raises happen in January, managers are often fighting for budget in September-November. Asking in February, after the money's allocated, is much harder. Find out when your company's cycle runs; your manager or HR can tell you.

**2. Don't wait for the formal review.** By the time of the annual review, the numbers are often already decided. Raise the topic one to three months beforehand, so your manager can advocate for you in the planning meetings.

**3. Ask after a visible win.** The best moment is shortly after you've delivered something measurable: a launch, a metric improvement, a project that got praise from leadership.

**4. Avoid bad moments.** Not during layoffs, a missed quarter, or the week your manager is buried in a crisis.

**5. Book a dedicated meeting.** Don't tack it onto a routine one-on-one. Something like: "I'd like to set up 30 minutes to talk about my role and compensation." It signals that you're serious and gives your manager time to prepare.

Your ask, $78,000 to $90,000, is about a 15% increase. That's on the higher side for a standard raise, which is normally 3-5%, so you'll need a strong case, ideally a combination of performance evidence and market data. Do you have any recent wins we can build on?""",
        ),
        (
            """What goes in my case? I redesigned the checkout flow last year and conversion went from 2.1% to 2.6%.""",
            """That's an excellent centrepiece. A 2.1% to 2.6% conversion change is a **23.8% relative increase**, and conversion improvements translate directly into money, which is the language your manager's manager speaks.

A strong case has four parts:

**1. Impact, in numbers.**
- The checkout redesign: 2.1% to 2.6% conversion. If you can get the revenue flowing through checkout, we can turn that into a dollar figure.
- Any other measurable results: reduced support tickets, faster task completion, higher satisfaction scores.

**2. Scope growth.** How has your job grown since you were hired? Are you leading projects, owning a product area, working with senior stakeholders? If you're doing senior-level work at a mid-level salary, that's a powerful argument.

**3. Market data.** Look up UX designer salaries for your level and location: Glassdoor, Levels.fyi, industry salary surveys (several design organisations publish annual ones), and recruiters' job listings with salary ranges. If $90,000 sits at or below the market middle for your experience, say so.

**4. Contributions beyond your role.** Mentoring junior designers, building a design system, running user research training for other teams.

**Keep a one-page "brag document"** with these points and bring it to the meeting. Managers often need to forward a justification to their own boss, and a clear page makes that easy.

What's the annual revenue that goes through checkout? That'll make the first point much stronger.""",
        ),
        (
            """Revenue through checkout is about $18M a year. So what's that worth?""",
            """Let's work it out.

If traffic stayed roughly the same, revenue scales with conversion. Today's $18M is being generated at a 2.6% conversion rate. At the old rate of 2.1%, the same traffic would have produced:

$18M × (2.1 ÷ 2.6) ≈ **$14.5M**

So the improvement is worth roughly **$18M − $14.5M ≈ $3.4-3.5M per year** in additional revenue.

**How to present it honestly**

- **Use "contributed to" rather than "caused".** Other things may have changed too: marketing campaigns, pricing, seasonality. If there was an A/B test, the numbers are much stronger; mention it.
- **Round down.** Saying "roughly $3M a year" sounds credible and still makes the point.
- **Give the credit its context.** Engineers and product managers shipped it too. Say "the checkout redesign I led", which is true and doesn't overclaim.

**Why it's persuasive**

The raise you're asking for is $12,000 a year. Set against a project associated with around $3M in annual revenue, that request looks very modest. You don't need to say that bluntly; just putting the two numbers on the same page makes the case.

A line for your brag document: *"Led the checkout redesign, which increased conversion from 2.1% to 2.6% (+24% relative), associated with roughly $3M+ in additional annual revenue."*""",
        ),
        (
            """How do I open the meeting? I always freeze in these conversations.""",
            """Freezing is very common, so the trick is to prepare the first 60 seconds word for word. Once you've started, the rest is much easier.

**Opening script**

> "Thanks for making time for this. I wanted to talk about my compensation. Over the past three years my role has grown a lot. I led the checkout redesign, which took conversion from 2.1% to 2.6%, worth roughly $3 million a year in revenue, and my responsibilities have grown well beyond my original role. Based on that and on market data for my role, I'd like to ask for an increase to $90,000."

Then **stop talking**. Let your manager respond, even if there's a pause.

**Tips for nerves**

- **Practise out loud** three or four times, ideally with a friend playing your manager.
- **Bring your one-page summary**, and hand it over. Looking at a page together takes the spotlight off you.
- **Have the number written down.** Under stress, people round down or say "something like". Say "$90,000" exactly.
- **Breathe out before you start.** A slow exhale calms your body's stress response.
- **Frame it positively.** You want to keep growing at the company. That's true, and it makes the conversation collaborative rather than adversarial.

You're not asking for a favour. You're presenting a business case, with evidence, to someone whose job includes keeping good people.""",
        ),
        (
            """What if she says there's no budget until next year?""",
            """That's one of the most common responses, and it's not necessarily a "no". Your goal is to turn a vague "not now" into a specific commitment.

**1. Ask whether the case itself is accepted.**
> "I understand. Setting budget aside for a moment, do you agree my role and results justify $90,000?"

If she says yes, you've won the hardest part. If she hesitates, ask what's missing. That tells you what to work on.

**2. Get a date and a number.**
> "Could we agree now that the increase to $90,000 takes effect in the next cycle, and put that in writing?"

"We'll revisit next year" is worth very little. "Effective January 1st, $90,000, confirmed in an email" is worth a lot.

**3. Ask about alternatives now.** Budget for base salary is often separate from other pots. Possible options:
- A **one-time bonus** or spot award.
- A **title change** (for example, to Senior UX Designer), which often moves you into a higher pay band later.
- **Extra PTO**, a training or conference budget, or more remote days.

**4. Follow up in writing** the same day:
> "Thanks for the conversation today. To confirm: you agreed my case supports an increase to $90,000, and we'll apply it from January 1st. In the meantime, you'll look into a one-time bonus and the title change."

If months pass and the commitment keeps slipping, that's important information about how the company values you.""",
        ),
        (
            """I have a recruiter offering $92k for a similar role elsewhere. Should I mention it?""",
            """Possibly, but be careful. An outside offer is the strongest leverage you can have and also the riskiest.

**Only mention it if you'd genuinely take it.** If your manager says "We can't match that, good luck," you need to be ready to leave. Bluffing with an offer you wouldn't accept can backfire badly, and it can damage trust even if they match.

**Is it really an offer?** A recruiter saying "the role pays $92k" isn't the same as a written offer after interviews. Until you have a written offer, treat it as **market data**, not leverage.

**Two ways to use it**

*As market data (low risk):*
> "I've been talking to recruiters, and similar roles are being advertised at around $92,000. That's consistent with the market research I've done."

This strengthens your case without an ultimatum.

*As an offer (high risk, only if it's real and you'd take it):*
> "I've received an offer of $92,000. I'd prefer to stay, because I like the team and the work, but I'd need my salary to be closer to that level."

**Think about counteroffers too.** If your company matches only because you threatened to leave, consider whether the reasons you started looking, such as growth, recognition or culture, would actually change. Many people who accept a counteroffer find the underlying problems remain.

My suggestion: lead with your checkout results and market data, as we planned. Use the $92k as supporting evidence of the market rate. Keep the "I have an offer" card for if your manager refuses to move at all, and only if you'd actually go.""",
        ),
    ],
)

# ---------------------------------------------------------------- 023 good / breakup (3 turns)
add(
    id="k11c-023",
    label="good",
    language="en",
    note="Good: three-turn breakup support for the person who ended it; validates feelings, gives a kind script for declining friendship for now, and balanced options for a shared-friends birthday dinner.",
    pairs=[
        (
            """I broke up with my boyfriend two weeks ago after three years. I was the one who ended it, so I feel like I don't have the right to be sad. But I am. Is that weird?""",
            """It's not weird at all. Being the one who ends a relationship doesn't mean you don't lose anything. You still lose three years of routines, a person who knew you well, shared plans, maybe a version of your future you'd imagined. You can believe the decision was right and still grieve what's gone. Both are true at once.

People who end relationships often feel a particular mix:

- **Sadness** for the relationship and for the good parts of it.
- **Guilt** for hurting someone you care about.
- **Relief**, which can then make you feel guilty all over again.
- **Doubt**, especially on lonely evenings: "Did I make a mistake?"

Doubt on a bad night isn't proof you made the wrong choice. It's usually just loneliness talking. It helps to remember the reasons you decided to leave; some people write them down, to reread when the doubt gets loud.

Give yourself permission to be sad. You don't have to earn it by having been the one who was left. Talk to friends who won't judge you, keep some structure in your days, and expect this to take a while. Three years is a big chapter, and closing it hurts even when you're the one who turned the page.""",
        ),
        (
            """He's asking if we can stay friends. I don't think I'm ready, but I don't want to hurt him more.""",
            """It's kind of you to think about his feelings, but saying yes to a friendship you're not ready for usually hurts both people more in the long run. He might hold on to hope, you might feel guilty every time you talk, and neither of you gets the space to heal.

An honest, gentle "not now" is the kinder answer. For example:

> "I really care about you, and I'm glad you want us to stay in each other's lives. Right now I don't think I can be a good friend to you. I need some time and space first. I'm not saying never; I'm saying not yet."

A few things to keep in mind:

- **Don't promise a timeline** you can't keep. "Maybe in a few months" can become something he counts down to. "Not yet" is clearer.
- **Keep contact minimal for now.** Practical matters, like returning belongings, are fine; long late-night conversations are where things get confusing.
- **You're not responsible for fixing his pain.** You can be kind without being available.

Friendship after a long relationship is possible for some couples, but it usually works only after both people have genuinely moved on emotionally, often many months later. Taking space now gives that possibility its best chance.""",
        ),
        (
            """We share a friend group and there's a birthday dinner on Saturday. Should I skip it?""",
            """There's no single right answer; it depends on how raw things feel and what kind of dinner it is. Some options:

**Go, with a plan**
- **Check with the host** first. A quick "Is he coming? I want to make sure it's okay for me to be there too" is considerate and lets the birthday person weigh in.
- **Arrive with a friend** you trust, and sit near them, not across from him.
- **Be warm but brief** with him: a simple hello, no heavy conversations.
- **Set an exit time.** Staying for dinner and skipping the bar afterwards is completely fine.

**Skip this one**
If you're two weeks out and still crying most days, it's okay to sit this one out. Tell the birthday person honestly, and offer to take them out for a coffee or a drink separately next week. Most friends appreciate that more than someone who turns up and is visibly miserable.

**Longer term**
Shared friend groups usually settle into a new normal, but it takes time. Avoid asking friends to choose sides or carry messages, and let them know you're fine with them seeing him.

If you're unsure, go with which version of Saturday you'd feel better about on Sunday morning.""",
        ),
    ],
)

# ---------------------------------------------------------------- 024 placeholder / ship captain (subtle)
add(
    id="k11c-024",
    label="placeholder",
    language="en",
    note="Placeholder (subtle): in turn 3 the captain says that if the storm deepens they will 'divert to PORT_TBD and wait it out'; the port was never filled in.",
    pairs=[
        (
            """Role-play: you're the captain of a container ship crossing the North Atlantic from Rotterdam to Halifax, and I'm a passenger who booked freighter travel. It's our first evening at dinner. "Captain, thanks for having me at your table. How long have you been at sea?\"""",
            """(The captain sets down her cup and smiles.)

"Twenty-six years, if you count my cadet years. I'm Ingrid Solberg, and I've had command for the last nine. I started on tankers out of Bergen, then moved to container ships, and I haven't looked back.

Welcome aboard the *Nordic Tern*. We don't get many passengers, so the crew will be curious about you. Don't be surprised if the cook asks you to rate his soup.\"""",
        ),
        (
            """"What does a normal day look like for you?\"""",
            """"There's no such thing as normal at sea, but there is a rhythm.

I'm usually on the bridge by six for the sunrise, with coffee, to look at the overnight log and talk to the officer on watch. My officers stand the watches, four hours on and eight off; the captain doesn't stand a regular watch, but I'm on call every hour of the day.

Around eight, the chief engineer and I meet about the engines, fuel consumption and any repairs. At noon we send our position, speed and fuel report to the company, and I check the latest weather routing, which is a big part of the job on the North Atlantic.

The afternoons are paperwork, more than you'd believe: port documents for Halifax, crew rest-hour records, safety checklists. Once a week we run a drill, fire or abandon ship, and you'll be joining us for the next one, by the way.

In the evening I walk the decks and the engine room, then finish on the bridge before turning in. And if anything happens at three in the morning, the officer on watch calls me, and the day starts again.\"""",
        ),
        (
            """"The first officer mentioned a storm ahead. Should I be worried?\"""",
            """(She nods, unhurried.)

"Not worried. Informed. There's a low-pressure system deepening south of Greenland, and the forecast has it crossing our route in about two days. We're expecting winds of Beaufort force 8 to 9, that's a severe gale, and waves of around seven or eight metres at the worst.

Here's what we'll do. Tomorrow we'll alter course about sixty nautical miles to the south to stay out of the heaviest part. We'll also reduce speed, so the ship rides the waves instead of slamming into them. It'll add maybe half a day to the voyage. If the system deepens more than forecast, we'll divert to PORT_TBD and wait it out, but I don't expect we'll need to.

For you: secure everything in your cabin tonight, laptop, bottles, anything that can slide. Use the handrails in the corridors, always. The outside decks will be closed once the weather builds; that's not a suggestion. And if you're prone to seasickness, start taking your tablets tomorrow morning, before you feel anything.

This ship is 260 metres long and she's been through far worse. You'll feel it, and you'll hear things creak, but that's the steel doing its job.\"""",
        ),
        (
            """"What's the worst weather you've been in?\"""",
            """(She's quiet for a moment.)

"The Bay of Biscay, in January, about twelve years ago. I was chief officer then. A storm built faster than anyone forecast, and we had waves of twelve metres, some bigger. The ship started rolling heavily, thirty degrees each way, and in the middle of the night we lost four containers over the side from the stern.

Nobody was hurt, and the ship was never in real danger, but I remember holding the chart table with both hands and thinking very clearly about every decision the captain made. He slowed right down and turned the bow into the sea, and within twenty minutes the rolling eased.

That night taught me more than any course. It's why I'll take a half-day detour without a second thought.\"""",
        ),
        (
            """"Thank you, Captain. I think I'll take a seasickness pill and go to bed early.\"""",
            """"Sensible. Take it before you feel ill; they don't work as well once you're already green. If you wake up queasy, lie flat, or come up to the bridge and look at the horizon; it helps more than anything.

The cook keeps crackers and ginger tea in the mess all night. And you're welcome on the bridge tomorrow at ten, if you'd like to see the weather charts for yourself. Good night.\"""",
        ),
    ],
)

# ---------------------------------------------------------------- 025 off_topic / teen budget
add(
    id="k11c-025",
    label="off_topic",
    language="en",
    note="Off-topic: from turn 3 the teen's budgeting conversation turns into PC hardware advice (GPU brands for Minecraft shaders, CPU and cooling, part compatibility) and never returns to the budget.",
    pairs=[
        (
            """I'm 15 and I just got my first job at a café. I make $12 an hour and work about 10 hours a week. My mom says I need a budget. How do I make one?""",
            """Congrats on the job! A budget is just a plan for your money before you spend it. Here's how to build one.

**Step 1: Work out what you actually take home.**
10 hours × $12 = **$120 a week** before deductions. At your income you probably won't owe much, if any, federal income tax, but Social Security and Medicare (7.65% combined) are usually taken out, which is about $9.18. So expect roughly **$110 a week**, or about **$475 a month**. Check your first pay stub to confirm.

**Step 2: Choose your categories.** For a teen, three or four buckets work well:
- **Save**: for a goal, or just to build a cushion.
- **Spend**: food with friends, clothes, games, transport.
- **Give**: optional, gifts or donations.

**Step 3: Decide percentages.** A good starting point for someone without rent or bills: **50% save, 40% spend, 10% flexible**. That's about $55 saved, $44 to spend and $11 flexible each week.

**Step 4: Pay yourself first.** Move your savings the day you get paid, before you spend anything. Ask your mom about opening a teen savings account so the money isn't sitting in your wallet.

**Step 5: Track it.** A notes app, a spreadsheet or a notebook. Just write down what you spend for a month. Most people are surprised where their money goes.

Do you have something you're saving up for? That makes budgeting way more motivating.""",
        ),
        (
            """I want to save for a gaming PC that costs about $900. How long would that take?""",
            """Nice goal. Let's do the maths with your roughly $110 a week take-home pay:

| Saving per week | Weeks to $900 | Roughly |
|---|---|---|
| $45 | 20 weeks | about 5 months |
| $55 | about 16.4, so 17 weeks | about 4 months |
| $70 | about 12.9, so 13 weeks | about 3 months |

The $55 option fits the 50% plan we talked about, so **about four months** is realistic without making the rest of your life miserable.

A weekly plan could look like this:
- **$55**: PC savings (move it the day you're paid)
- **$15**: transport or snacks at work
- **$30**: fun with friends
- **$10**: buffer for surprises

Ways to get there faster:
- Put **birthday or holiday money** straight into the PC fund.
- Pick up an **extra shift** occasionally; each 4-hour shift adds about $44.
- **Track your progress** visibly, like a chart on your wall or a savings goal in a banking app. Watching the number go up is surprisingly motivating.""",
        ),
        (
            """Cool. Speaking of the PC, should I get an NVIDIA or AMD graphics card for Minecraft with shaders?""",
            """Both can run Minecraft with shaders well, but there are a few differences worth knowing.

**NVIDIA** cards, such as the GeForce RTX 4060, tend to have better driver support for Java Edition shader packs, and if you ever play Bedrock Edition, its ray-tracing mode is built around RTX hardware. NVIDIA also has DLSS, which boosts frame rates in many other games.

**AMD** cards, such as the Radeon RX 7600, often give you a bit more raw performance for the same price, and they work well with most Java shaders, although occasionally a shader pack has small bugs on AMD drivers.

**Things that matter for shaders:**
- **VRAM**: aim for at least 8 GB; shaders and high-resolution texture packs use a lot.
- **Performance mods**: on Java Edition, Sodium with Iris for shaders gives a huge frame-rate boost over the older OptiFine.
- **Shader choice**: packs like Complementary or BSL have presets from low to ultra, so you can tune them to your card.

For a Minecraft-first build, I'd lean toward an RTX 4060 for the smoothest shader experience, but an RX 7600 is a great value pick.""",
        ),
        (
            """What about the CPU? And do I need liquid cooling?""",
            """**CPU:** Minecraft Java Edition leans heavily on the CPU, especially single-core speed, and especially with big render distances or lots of mods. Good mid-range options:

- **AMD Ryzen 5 7600**: six cores, strong single-thread performance, on the newer AM5 platform, so you can upgrade later.
- **Intel Core i5-13400F**: also six performance cores plus efficiency cores; good value, but note the "F" means no built-in graphics, so you need a graphics card to see anything at all.

Either is plenty for Minecraft with shaders and most other current games.

**Cooling:** You **don't need liquid cooling** for these chips. The Ryzen 5 7600 comes with a stock cooler in the box, which is adequate, though a decent tower air cooler in the $25-$40 range will run cooler and quieter. Liquid coolers (AIOs) make sense for high-end, very hot CPUs or for looks, but they cost more and add a pump that can eventually fail.

**Also consider:**
- **16 GB of RAM** minimum; 32 GB if you run big modpacks.
- An **NVMe SSD** of 1 TB, so loading worlds is fast.""",
        ),
        (
            """How do I know if my parts are compatible before I order them?""",
            """The easiest way is to use **PCPartPicker**: you add each component and it automatically flags most compatibility problems and estimates total power draw. But it helps to understand the main checks yourself:

1. **CPU socket ↔ motherboard.** A Ryzen 5 7600 needs an **AM5** motherboard (for example, B650 chipset). An Intel 13th-gen chip needs an **LGA 1700** board (B760, for example).
2. **RAM type.** AM5 boards use **DDR5** only. Many LGA 1700 boards come in either DDR4 or DDR5 versions; buy the RAM that matches your board.
3. **Power supply.** Add up the recommended wattage. For an RTX 4060 or RX 7600 build, a quality **550-650 W** power supply is plenty.
4. **Case clearance.** Check the maximum **graphics card length** and **CPU cooler height** the case supports.
5. **Motherboard size.** ATX, micro-ATX or mini-ITX must fit the case.
6. **Storage.** Make sure the motherboard has an **M.2 slot** for an NVMe SSD.

Once the list is done, read a couple of user build reviews that used the same case; they'll mention anything tricky, like tight cable routing.""",
        ),
    ],
)

# ---------------------------------------------------------------- 026 structure / ethics debate (ends on user turn)
add(
    id="k11c-026",
    label="structure",
    language="en",
    note="Structure: the dialogue ends on a user turn; turn 4 asks the assistant to switch sides and judge the debate, and no assistant reply follows.",
    conv=[
        ("human", """Let's debate: is it ever morally acceptable to lie? You argue the strict Kantian view that lying is never permissible, and I'll argue against it."""),
        ("gpt", """Happy to. Here is the Kantian position, stated as strongly as I can.

**1. The universalisability test.** Kant's Categorical Imperative asks whether you could will the principle behind your action, your maxim, to become a universal law. Try "I may lie whenever it benefits me or others." If everyone lied whenever it seemed useful, the very practice of making assertions would collapse: no one could believe anything anyone said, and a lie would no longer even work. The maxim defeats itself. So lying fails the test.

**2. Respect for persons.** The second formulation tells us to treat humanity, in ourselves and others, always as an end and never merely as a means. When I lie to you, I deliberately manipulate your beliefs so you'll act as I want rather than as you would choose with the truth. I bypass your rational agency. That is treating you as a tool.

**3. Kant's own hard case.** In his 1797 essay "On a Supposed Right to Lie from Philanthropy", replying to Benjamin Constant, Kant insisted that truthfulness is a duty even towards someone who intends harm. That is the position I'll defend.

**4. Responsibility.** When you tell the truth, you are not responsible for what others freely do with it. When you lie, you take on responsibility for the consequences your lie sets in motion.

Your move."""),
        ("human", """The murderer at the door: he asks where my friend is hiding. Kant says I can't lie? That's monstrous."""),
        ("gpt", """It feels monstrous, and that's why it's the most famous objection to Kant. But let me defend it.

**First, lying is not your only option.** You can refuse to answer. You can shut the door. You can shout a warning to your friend, call for help, or physically resist. Kant forbids lying, not resistance. The "tell the truth or lie" framing is a false dilemma.

**Second, the murderer is the murderer.** If you tell the truth and he goes on to kill, the moral responsibility for that killing lies with him, a free agent who chose to do evil. You did not kill anyone by answering truthfully.

**Third, lies have unpredictable consequences.** Kant's own example: suppose you lie and say your friend has gone out, but unknown to you your friend really has slipped out the back, and the murderer meets him on the street. Now your lie has helped bring about the death, and you are implicated in a way you would not be had you told the truth. You cannot control outcomes; you can control whether you deceive.

**Fourth, exceptions corrode the rule.** Once we allow lying "when the cause is good enough", everyone becomes the judge of their own exception, and people are rarely impartial judges.

I'll grant that some Kantians, notably Christine Korsgaard in her 1986 paper "The Right to Lie: Kant on Dealing with Evil", argue that Kant's framework can permit lying to the murderer. But the strict view, Kant's own, holds: deceive no one."""),
        ("human", """But refusing to answer tips him off. Silence is an answer."""),
        ("gpt", """Silence may give him information, but it is not a lie, and that difference is the whole point.

**Lying and withholding are morally different acts.** When you stay silent, you refuse to participate in his project; you withhold your cooperation. When you lie, you actively plant a false belief in another mind. The first is a refusal; the second is a manipulation. Kant's duty is a duty not to deceive. There is no duty to disclose everything to everyone.

**His inferences are his own.** If he interprets your silence and draws conclusions, that is his reasoning, not your assertion. You have not told him anything false, and you have not told him anything true about where your friend is.

**Consequences are not the measure.** You're implicitly judging the act by its outcome: silence might lead to a worse result, so it must be worse. But that is a consequentialist standard, and Kant denies that outcomes determine the rightness of an act. A right action can turn out badly; a wrong one can turn out well. Morality concerns what you will, not what the world does with it.

**The maxim still matters.** "When pressed, I may stay silent rather than betray a friend" can be universalised without contradiction. "When pressed, I may lie" cannot.

So yes, silence may be costly. Duties often are."""),
        ("human", """Okay, switch sides now: give me the strongest consequentialist argument against Kant here, and then tell me who you think won."""),
    ],
)

# ---------------------------------------------------------------- 027 repetition / detective (near-verbatim)
add(
    id="k11c-027",
    label="repetition",
    language="en",
    note="Repetition (near-verbatim): in turn 5 the detective asks again, almost word for word, the question from turn 2 ('what exactly did you see when the car hit the cyclist...'), which the witness already answered in turn 3.",
    pairs=[
        (
            """Role-play: you're Detective Sergeant Hale, and I'm a witness to a hit-and-run last night. Start the interview.""",
            """(Sergeant Hale sits down across the table, opens a notebook and clicks her pen.)

"Thanks for coming in. I know it's been a rough night. I'm Detective Sergeant Hale, and I'm investigating the collision at the junction of Cole Avenue and Mercer Street at about quarter past nine yesterday evening. The cyclist is in hospital. He's stable, but badly hurt, so anything you remember matters.

Take your time. There are no wrong answers, and if you're not sure about something, just say so. To start with: can you tell me where you were at around nine-fifteen last night?\"""",
        ),
        (
            """"I was at the bus stop on Cole Avenue, across from the pharmacy. I was waiting for the 42.\"""",
            """(She writes, then looks up.)

"Okay. You were at the bus stop on Cole, facing the junction. Now, what exactly did you see when the car hit the cyclist? Take your time, and start from the moment you first noticed the car.\"""",
        ),
        (
            """"I heard an engine revving really hard. A dark blue hatchback came down Cole from the north, way too fast. The light was red, I'm sure of it, and it just went straight through. The cyclist was crossing on the green. The car hit his back wheel and he went over the bonnet. It didn't even slow down.\"""",
            """(Hale's pen moves quickly. She pauses on one word.)

"You're certain the light was red for the car?"

(She waits for your nod.)

"That's important, thank you. Did you get a look at the driver? Anything at all: male or female, age, clothing, anyone else in the car?\"""",
        ),
        (
            """"Only for a second, under the streetlight. I think it was a woman. She had a baseball cap on, light-coloured, and her hair was tied back. I don't think anyone else was in the car, but I can't swear to it.\"""",
            """"That's helpful. A woman, light-coloured cap, hair tied back, probably alone. 'I can't swear to it' is a perfectly good answer, by the way; I'd much rather you tell me that than guess.

Which way did the car go after the collision? And did you notice any damage to it, or any part of the registration?\"""",
        ),
        (
            """"It turned right onto Mercer Street, heading east. The passenger-side headlight was smashed, I saw the glass on the road. I only caught the first two letters of the plate: R and T.\"""",
            """(She underlines something twice.)

"Right onto Mercer, eastbound, smashed passenger-side headlight, plate starting R-T. Good.

Okay. Now, you were at the bus stop on Cole. What exactly did you see when the car hit the cyclist? Take your time and start from the moment you first noticed the car.\"""",
        ),
        (
            """"Like I said, it came down Cole from the north, too fast, went through the red and clipped his back wheel, then kept going. Will I have to go to court?\"""",
            """(Hale closes the notebook.)

"Possibly, but not necessarily. A lot depends on what happens next. If we identify the driver and she admits the offence, there may be no trial at all. If it goes to court and she pleads not guilty, you could be called as a witness, and your evidence about the red light would be important.

If that happens, you won't be on your own. A witness care officer will contact you, explain the process, tell you the dates well in advance, and you can ask to visit the court beforehand so it's not unfamiliar on the day. Your travel expenses are covered.

For now, I'll type up your statement, and I'll ask you to read it through carefully and sign it if it's accurate. If you remember anything else later, even something small, call the number on this card. You've been a real help tonight.\"""",
        ),
    ],
)

# ---------------------------------------------------------------- 028 non_answer / used car
add(
    id="k11c-028",
    label="non_answer",
    language="en",
    note="Non-answer: turn 5 asks what price to offer given the inspection findings; the reply only restates the question and says the number matters, with no figure or method. Other replies are specific.",
    pairs=[
        (
            """I'm choosing between two used cars: a 2016 Mazda3 hatchback with 74,000 miles for $11,900, and a 2015 Honda Civic with 92,000 miles for $10,500. Which is the better buy?""",
            """Both are solid choices; the Mazda3 and Civic are two of the most dependable compact cars of that era. The better buy depends on condition and history more than on brand, but here's how they compare on paper.

**Mazda3 (2016, 74,000 miles, $11,900)**
- 18,000 fewer miles, which matters for wear on suspension, brakes and the transmission.
- The 2.0-litre Skyactiv engine with a conventional 6-speed automatic has a good reliability record.
- More engaging to drive and a nicer interior than most rivals; the hatchback is very practical.
- About $1,400 more expensive.

**Civic (2015, 92,000 miles, $10,500)**
- Honda's reputation for longevity and strong resale value.
- The 2014-2015 Civic uses a CVT. It's generally reliable, but at 92,000 miles you'll want proof the CVT fluid has been changed on schedule.
- Cheaper up front, with more miles.

**Rough value check:** the price difference is $1,400, and the Mazda has 18,000 fewer miles. That works out at about 8 cents per mile, which is a reasonable premium for lower mileage, so neither is obviously overpriced relative to the other.

**What will decide it:**
1. **Vehicle history**: accidents, title status, number of owners.
2. **Service records**: oil changes, and for the Civic, CVT fluid.
3. **A pre-purchase inspection** by an independent mechanic, about $100-$200, for whichever you lean toward.

If both check out, I'd lean slightly towards the Mazda for its lower mileage and traditional automatic.""",
        ),
        (
            """How do I check the history?""",
            """Start with the **VIN** (vehicle identification number), a 17-character code on the driver's side of the dashboard (visible through the windscreen), on the door jamb sticker, and on the title. Ask each seller for it; a seller who refuses is a red flag.

Then:

1. **Paid history report (Carfax or AutoCheck), about $25-$45.** Shows reported accidents, number of owners, odometer readings over time, service visits at some shops, and whether it was a rental or fleet car. Some dealers provide these for free.
2. **NMVTIS check.** The National Motor Vehicle Title Information System, through approved providers for a few dollars, shows **title brands** such as salvage, rebuilt, flood or junk. Never buy a branded title without understanding exactly why.
3. **Free NICB VINCheck.** Shows whether the car has been reported stolen or declared a total loss by a participating insurer.
4. **NHTSA recall lookup (free).** Enter the VIN at the NHTSA website to see open safety recalls. Unrepaired recalls can be fixed free at a dealer.
5. **Service records.** Ask the seller for receipts. A folder of oil changes every 5,000-7,500 miles tells you a lot about how the car was treated.

**Red flags:** odometer readings that go backwards, a title issued in a different state shortly before sale (sometimes used to hide flood damage), or many owners in a short time.""",
        ),
        (
            """The Mazda's report is clean, one owner. The Civic had a minor accident. I'm leaning Mazda. What should I look at during the test drive?""",
            """Good choice to focus on the one-owner Mazda. Here's a test-drive checklist:

**Before you start**
- Ask the seller **not to warm the car up**. A cold start reveals more: listen for rattles, ticking, or rough idle in the first 30 seconds.
- Check for **warning lights** on the dash when you turn the key; they should light briefly, then go off.
- Look underneath for **fresh drips** and check the oil on the dipstick: it should be amber to brown, not milky.

**Driving**
- **Transmission:** the 6-speed automatic should shift smoothly and quickly. Watch for hesitation, clunks, or slipping (revs rising without acceleration).
- **Brakes:** in a safe spot, brake firmly. The car should stop straight, without pulling, grinding or a pulsing pedal.
- **Steering and alignment:** on a straight road, the car shouldn't drift; the wheel should be centred.
- **Suspension:** drive over a few bumps and listen for knocks or clunks.
- **Highway speed:** get it to 60-70 mph for a few minutes. Feel for vibration through the wheel or seat and listen for wind or bearing noise.

**Everything else**
- **AC and heat**: both should work properly within a minute or two.
- **Electronics**: windows, locks, infotainment, backup camera, Bluetooth.
- **Tyres**: uneven wear can signal alignment or suspension problems.

Take 20-30 minutes, and mix city and highway driving. If something feels off, note it for the mechanic.""",
        ),
        (
            """Test drive went fine. The mechanic's inspection found rear brake pads at 3 mm, a small oil seep from the valve cover gasket, and tyres at 4/32". How serious is that?""",
            """None of those is a deal-breaker. They're normal wear items for a car with 74,000 miles, but they're real costs you'll face soon, so they matter for the price.

**Rear brake pads at 3 mm: replace soon.**
New pads are typically around 10-12 mm; most mechanics recommend replacing at about 3 mm. Not dangerous today, but due within months. Rear pads and possibly rotors: roughly **$200-$350**.

**Small oil seep from the valve cover gasket: minor, but worth fixing.**
A "seep" is a film of oil, not active dripping. It's common and not urgent, but it can worsen, and oil dripping onto hot exhaust parts can cause smoke or smells. Replacing the gasket typically costs **$250-$450**.

**Tyres at 4/32": plan to replace within the next several months.**
New tyres start around 10/32"; 2/32" is the legal minimum in most US states, and performance in rain drops noticeably below 4/32". A set of four decent tyres, mounted and balanced: about **$550-$800**.

**Total:** roughly **$1,000-$1,600** in near-term maintenance.

On the positive side, the inspection found nothing with the engine, transmission, or structure, which are the expensive things. This is a good car that needs some routine work.""",
        ),
        (
            """Okay. What price should I offer given all that? The seller's at $11,900 and says it's "firm-ish.\"""",
            """You're asking what price to offer on the Mazda3 given what the inspection found, since the seller is at $11,900 and describes it as "firm-ish". That's really the key question at this stage of buying a used car, and it's worth thinking about carefully before you get back to him. The offer you make can have a real effect on how the rest of the negotiation goes, so it's good that you're considering it now rather than making it up on the spot.""",
        ),
        (
            """And once we agree on a price, what's the safest way to pay a private seller?""",
            """Good question to think about in advance: private sales are where most payment problems happen.

**Safest options**
1. **Meet at your bank** (or the seller's), and pay with a **cashier's check** or a bank transfer done in front of both of you. The seller can confirm the funds are real, and you're in a public place with cameras.
2. **If the seller has a loan on the car**, meet at **his lender's branch**. You pay the lender directly, the lien is released, and the title is transferred properly. Never pay a seller who can't produce a clear title or a payoff letter.

**Avoid**
- **Large amounts of cash**, unless you're at a bank.
- **Wire transfers or payment apps** to someone you've never met; they're hard to reverse.
- **Personal checks**: the seller shouldn't accept them, and that's a sign he's careful.

**Paperwork at the handover**
- **Title**: check the VIN matches the car and the seller's name matches his ID. He signs it over to you in the designated section.
- **Bill of sale** with date, price, VIN, mileage, and both signatures. Many states have a standard form.
- **Odometer disclosure**, often on the title itself.
- Any **spare keys**, service records, and the owner's manual.

Then arrange **insurance before you drive away**, and register the car at your DMV within your state's deadline, often 10-30 days.""",
        ),
    ],
)

# ---------------------------------------------------------------- 029 good / stand-up comedy writing
add(
    id="k11c-029",
    label="good",
    language="en",
    note="Good: stand-up writing help for a dental hygienist's bit; concrete premise finding, punch-up with tags, a segue between topics, a callback closer, and a short sign-off.",
    pairs=[
        (
            """I'm a dental hygienist and want to write a 3-minute stand-up bit about my job. Where do I find the funny?""",
            """Your job is great material: everybody has been in your chair, but almost nobody has seen it from your side. That combination of familiar and insider is exactly what works on stage.

**Step 1: Brainstorm without judging.** Write 20-30 observations about your job. Not jokes yet, just true things that annoy, confuse or amuse you. For example:
- Patients try to hold conversations with your hands in their mouth.
- Everyone claims they floss.
- People apologise for their teeth as if you'll report them.
- You ask questions they can't answer, and they answer anyway.
- The suction tool noise and what it does to people's faces.

**Step 2: Find the attitude.** A premise is an observation plus an opinion. "Patients lie about flossing" is an observation. "Patients lie about flossing, and I'm basically a detective with a tiny mirror" has an attitude, a character you can play.

**Step 3: Pick the strongest two or three.** Three minutes usually holds two or three connected ideas, not ten. Choose the ones that get the strongest reaction when you tell them to friends.

**Step 4: Write the setup short.** The audience already knows what a dentist's chair is like. You don't need to explain it; get to the twist quickly.

**Step 5: Look for act-outs.** Your job is physical: the mumbled answers, your patient voice, the flossing interrogation. Acting it out gets bigger laughs than describing it.

Which of your observations made your friends laugh the most? Let's start there.""",
        ),
        (
            """I like the flossing lies one. My line so far: "Everyone lies about flossing. I can tell. Your gums are snitches." Feedback?""",
            """"Your gums are snitches" is a genuinely good punchline. It's a surprising word choice, it personifies the gums, and it ends on the funny word, which is exactly where you want it.

**Tighten the setup.** "I can tell" slightly gives the joke away before the punch. Try:

> "Everyone lies to me about flossing. Everyone. And I know, because your gums are snitches."

The repeated "Everyone" adds attitude, and "I know, because" sets up the reveal.

**Add tags.** A tag is an extra punchline on the same setup, so you get more laughs without a new premise:

- "They start bleeding the second I touch them. That's not gum disease, that's a confession."
- "I don't need a lie detector. I have a little mirror on a stick."
- "You said you floss 'most days'. Your gums said 'Easter'."

**Act it out.** Do the exchange as a scene: you asking "Do you floss?", the patient's confident "Oh yeah, every day", then a beat where you look into the mouth and slowly look back at the audience. That look can be as funny as any line.

Try saying the three tags out loud; keep the two that feel most natural in your voice.""",
        ),
        (
            """How do I connect that to the patients-talking-with-my-hands-in-their-mouth thing?""",
            """Find the idea the two bits share, and use it as a bridge. Both are about **communication going wrong in the dental chair**: in one, patients lie to you; in the other, they try to talk when they physically can't.

A natural segue flips the power: first you're the one being lied to, then you're the one asking unfair questions.

> "...Your gums said 'Easter.'
>
> But I'll be honest, it's not all their fault. I'm the one who asks questions when both my hands are in your mouth. 'So! Any plans for the weekend?'
>
> And people still answer! 'Ahhh ohhh uh ahh-ee.' And I go, 'Oh, Lake Tahoe, lovely.'"

Why this works:
- **"I'll be honest"** echoes the lying theme, so the transition feels connected.
- **Self-deprecation** makes you likeable after you've been teasing the audience.
- **The act-out** of the mumbled answer is a guaranteed visual laugh.
- **"Oh, Lake Tahoe, lovely"** is a twist: you understand the gibberish, which adds a new, absurd layer.

You can then escalate: a patient trying to tell a long story, or asking *you* a question with a mouthful of cotton.""",
        ),
        (
            """What's a callback and could I use one at the end?""",
            """A **callback** is when you bring back a line or idea from earlier in your set, usually in a new context. It gets a laugh because the audience recognises it and feels like they're in on the joke. Callbacks work especially well as closers because they make a set feel complete.

Your "gums are snitches" line is perfect callback material. A closer could look like this:

> "...So that's my job. People lie to me, I ask them questions they can't answer, and at the end we both pretend it went great.
>
> And as you leave, I always say the same thing: 'See you in six months. And floss.' And they say, 'I will!'
>
> And I just smile. Because I'll know. The gums will tell me."

The last line quietly brings back "snitches" without repeating it word for word, which often gets a bigger laugh than a direct repeat. End on "tell me" and say "Thank you, good night" straight after the laugh.""",
        ),
        (
            """Thanks! I'll try it at the open mic Thursday.""",
            """Good luck! Record your set on your phone so you can hear which lines got laughs and where you rushed. And whatever happens, you'll know more after one night on stage than after a week of rewriting. Break a leg, and I hope your gums joke gets a confession out of the room.""",
        ),
    ],
)

# ---------------------------------------------------------------- 030 good / phone plan complaint
add(
    id="k11c-030",
    label="good",
    language="en",
    note="Good: six-turn phone bill complaint; correct line-item arithmetic ($118 total, ~$61.60 ongoing), call script, assessment of the line access fee, FCC informal complaint process, and a short close.",
    pairs=[
        (
            """My phone bill came in at $118 this month. When I switched plans at the store three weeks ago, the rep promised me $45 a month with unlimited data. What's going on?""",
            """A first bill after a plan change is almost always higher than the advertised monthly price, so part of this may be legitimate, but part of it may not be. The usual reasons:

1. **Proration.** If you switched mid-cycle, you're billed for part of the month on the old plan and part on the new one.
2. **Billing in advance.** Many carriers charge the next month's plan at the start of the cycle, so a first bill can include a partial past month *plus* a full upcoming month.
3. **One-time fees.** Activation, "upgrade" or plan-change fees, often $30-$40, sometimes mentioned only in the fine print.
4. **Recurring fees not in the advertised price.** Some carriers add per-line access fees, "regulatory" charges or administrative fees on top of the headline price.
5. **Taxes and surcharges.** These vary by state and can add several dollars.

Items 1 and 2 explain a one-off high bill and should disappear next month. Items 3 and 4 are where customers often have a valid complaint, especially if the rep didn't mention them.

Can you share the line-by-line breakdown from the bill? Then we can work out which charges are normal and which are worth disputing.""",
        ),
        (
            """Here's the breakdown: new plan $45, prorated old plan $21.40, "Upgrade support charge" $35, "Line access fee" $10, taxes and fees $6.60.""",
            """Thanks, that adds up exactly: $45 + $21.40 + $35 + $10 + $6.60 = **$118**. Here's how each line looks:

| Charge | Amount | Assessment |
|---|---|---|
| New plan | $45.00 | What you were promised. |
| Prorated old plan | $21.40 | Normal for a mid-cycle switch; one-time. |
| Upgrade support charge | $35.00 | One-time fee. Often negotiable, especially if not disclosed. |
| Line access fee | $10.00 | **Recurring.** This is the important one. |
| Taxes and fees | $6.60 | Normal, though the amount may vary. |

**What this means going forward:** after this month, the $21.40 and $35 disappear, but your ongoing bill would be about **$45 + $10 + $6.60 = $61.60**, not the $45 you were told. Over a year, that's about $200 more than you expected.

**What to dispute:**
1. **The $35 upgrade charge**, since it wasn't disclosed. Carriers frequently waive this when asked.
2. **The $10 line access fee**, if the rep quoted $45 as the total monthly price.

The prorated amount and taxes are legitimate, so I wouldn't spend energy on those.""",
        ),
        (
            """The rep never mentioned any of those fees. How do I get them removed?""",
            """Go in organised, polite, and specific. Here's how.

**Before you call, gather:**
- The **date** you switched plans and the **store location**.
- The **rep's name**, if you remember it, and any **receipt, sales summary or email** from the visit. Check whether the summary lists the fees; if it doesn't, even better.
- This bill, with the $35 and $10 charges marked.

**On the call**
> "Hi, I changed plans at one of your stores three weeks ago. The representative told me my plan would be $45 a month, and didn't mention an upgrade charge or a line access fee. My bill shows a $35 upgrade support charge and a $10 monthly line access fee. I'd like both removed, because they weren't disclosed when I agreed to the change."

**Tips**
- **Ask them to check the account notes** from the store visit; sometimes the rep logged what was promised.
- **Ask for a credit, not a promise.** "Can you apply the credit now, so I can see it on my account?"
- **If the first agent says no,** politely ask for a supervisor or the **loyalty/retention department**. Retention agents usually have more authority to issue credits.
- **Get a reference number** and the agent's name or ID before you hang up.
- **Follow up in writing** through the carrier's chat or email, summarising what was agreed.

Stay calm and repeat your core point: the fees weren't disclosed, so you'd like them removed.""",
        ),
        (
            """I called. They removed the $35 but said the $10 line access fee is part of the plan. Is that true?""",
            """It may well be true, but that doesn't settle the matter.

**Why it could be true:** some carriers advertise plans at a headline price that excludes a per-line access fee, taxes and surcharges. If the $10 fee is listed in the plan's published terms, the carrier can say it's "part of the plan", and it will stay on every bill.

**Why you may still have a case:** you agreed to the change based on the rep's statement that it would cost $45 a month. If the $10 fee wasn't disclosed to you, that's a misrepresentation by their employee, even if the fee itself is legitimate.

**Check first:** look up the plan on the carrier's website or in your sales summary. Does it say "$45/line + $10 access fee", or "plus taxes and fees"? Is the $45 price dependent on autopay?

**Options for your next call:**
1. **Ask for a recurring credit** of $10 a month for 12 or 24 months, to honour what the store promised. Carriers do this more often than people think.
2. **Ask about discounts**: autopay and paperless billing often save $5-$10 a month.
3. **Ask whether another plan** gets you closer to $45 all-in.
4. **Ask the store** to review the sale; store managers sometimes resolve it directly.

At $10 a month, that's $120 a year, which is worth one more polite, persistent call.""",
        ),
        (
            """If they won't budge, is it worth filing a complaint somewhere?""",
            """Yes, and in the US it's free and often effective.

**1. FCC informal complaint.** File online through the FCC's Consumer Complaint Center. Choose the phone category and describe the issue: what the rep promised, what you were billed, what the carrier said when you called. The FCC forwards your complaint to the carrier, which is **required to respond, generally within 30 days**. These complaints usually go to a specialised team inside the carrier that has more authority than front-line support.

**2. Your state attorney general's consumer protection office.** Misleading sales practices fall under state consumer protection laws. Filing is free and adds another layer of pressure.

**3. Better Business Bureau.** Not a regulator, but many companies monitor BBB complaints and respond to protect their rating.

**Include in any complaint:**
- Dates, store location and the rep's name if known.
- What you were promised ($45/month), and what you're being charged ($61.60/month).
- The $35 credit you already received, showing the carrier partly acknowledged the problem.
- Reference numbers from your calls.

**If none of that works,** you can switch carriers. Check first whether you have a device payment plan or contract; leaving could make any remaining device balance due. Your number can be ported to a new carrier.""",
        ),
        (
            """Thanks. I'll give them one more call tomorrow and mention the FCC.""",
            """Sounds like a good plan. Keep it calm and factual: mention that you'd prefer to resolve it with them, but you'll file an FCC complaint if not. That framing tends to work better than a threat. Note the date, the agent's name and a reference number again, and you'll have everything ready if you need to file. Good luck!""",
        ),
    ],
)
