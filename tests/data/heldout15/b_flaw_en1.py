# Flawed English dialogues for part B (set 1)
H, G = "human", "gpt"

DIALOGUES = []

# ---------------------------------------------------------------- off_topic (obvious)
DIALOGUES.append(dict(
    label="off_topic", language="en",
    note="Off-topic: the Caravaggio/Rome art-history goal is abandoned in turns 3-4, where user and assistant switch to crypto wallets and crypto taxes.",
    turns=[
(H, "I'm visiting Rome next month and want to see Caravaggio's paintings properly. Where are they, and what exactly is chiaroscuro versus tenebrism?"),
(G, """Rome is the best city in the world for Caravaggio, and several of his major works are still in the churches they were painted for.

**Churches (free, but check opening hours and bring coins for the lights)**
- **San Luigi dei Francesi, Contarelli Chapel:** *The Calling of Saint Matthew*, *The Inspiration of Saint Matthew* and *The Martyrdom of Saint Matthew* (1599–1602). Start here.
- **Santa Maria del Popolo, Cerasi Chapel:** *The Conversion of Saint Paul* and *The Crucifixion of Saint Peter*.
- **Sant'Agostino:** *Madonna di Loreto* (also called *Madonna dei Pellegrini*), famous for the pilgrims' dirty feet.

**Museums**
- **Galleria Borghese:** six Caravaggios, including *Boy with a Basket of Fruit*, *Sick Bacchus*, *David with the Head of Goliath* and *Madonna dei Palafrenieri*. Entry is by timed reservation only, so book well ahead.
- **Palazzo Barberini:** *Judith Beheading Holofernes*.
- **Galleria Doria Pamphilj:** *Rest on the Flight into Egypt* and *Penitent Magdalene*.
- **Capitoline Museums:** *The Fortune Teller* and *Saint John the Baptist*.

**Chiaroscuro vs tenebrism**
- **Chiaroscuro** (Italian "light-dark") is the general technique of modelling forms with strong contrasts of light and shade to create volume. Leonardo and many Renaissance painters used it.
- **Tenebrism** (from Latin *tenebrae*, darkness) is an extreme form of chiaroscuro: large areas of the canvas are plunged into near-black, and a sharp, directed light picks out figures as if by a spotlight. Caravaggio is its defining figure, and his followers across Europe are called the Caravaggisti.

In the churches, notice how the painted light often matches the real window of the chapel, a deliberate effect."""),
(H, "In The Calling of Saint Matthew, which one is actually Matthew? I read that there's a debate."),
(G, """Yes, there's a genuine debate, and it makes the painting more interesting to look at in person.

**The traditional reading:** Matthew is the **bearded man** in the centre of the table, who points to himself as if saying "Me?" in response to Christ's gesture. Most guidebooks and the church itself present it this way.

**The alternative reading:** some art historians argue Matthew is the **young man at the far left end of the table**, slumped over and counting coins, who hasn't yet looked up. On this view the bearded man's finger points *at the young man*, not at himself, as if asking "Him?" The drama would then be the moment just *before* conversion, with Matthew still absorbed in money.

Evidence people cite on each side:
- The *Martyrdom* and *Inspiration* in the same chapel show Matthew as an older bearded man, which supports the traditional reading.
- The gesture of the bearded man is genuinely ambiguous; his hand could be read either way.

**What to look at regardless:**
- The **light** enters from upper right, above Christ's head, and runs parallel to his outstretched arm, so it seems to carry the call itself.
- Christ's hand is often compared to **Adam's hand** in Michelangelo's *Creation of Adam* in the Sistine Chapel, a visual echo of a new creation.
- The figures wear **contemporary 1600 clothing**, so the sacred scene happens in an ordinary Roman tavern-like room."""),
(H, "Totally unrelated, but I've been meaning to ask: I'm thinking of putting some savings into Bitcoin. Should I use a hardware wallet or just keep it on an exchange?"),
(G, """It depends on the amount and how comfortable you are managing keys yourself, but here's the general trade-off.

**Keeping it on an exchange**
- *Pros:* very easy, no setup, you can sell quickly, and you can usually recover access with a password reset.
- *Cons:* you don't control the private keys ("not your keys, not your coins"). If the exchange is hacked, freezes withdrawals or goes bankrupt, your funds can be lost or stuck for years, as customers of several failed exchanges found out.

**Hardware wallet**
- A small device (well-known brands cost roughly $60–150) that stores your private keys offline and signs transactions without exposing them to your computer.
- *Pros:* you alone control the coins; much safer against exchange failures and online hacks.
- *Cons:* you're responsible for the **seed phrase** (usually 12 or 24 words). Lose it and the device, and the coins are gone permanently. Anyone who finds it can take everything.

**A common approach**
1. Buy on a reputable exchange with two-factor authentication enabled.
2. Move anything you don't plan to trade soon to a hardware wallet bought directly from the manufacturer, never second-hand.
3. Write the seed phrase on paper or a metal plate, store it somewhere safe, and never photograph it or type it into a website.

And only invest money you could afford to see fall by 50% or more; price swings of that size have happened several times."""),
(H, "And how are crypto gains taxed if I sell after holding for more than a year?"),
(G, """This depends heavily on your country, so treat this as a general guide and check your local tax authority's rules.

**United States**
- Crypto is treated as property. Selling after **more than one year** gives a **long-term capital gain**, taxed at 0%, 15% or 20% depending on your taxable income.
- Selling within a year is a short-term gain, taxed at your ordinary income rate.
- Swapping one coin for another, or spending crypto, also counts as a sale.

**United Kingdom**
- Gains are subject to Capital Gains Tax regardless of holding period, after the annual exempt amount, which has been cut sharply in recent years.

**Germany**
- Private sales of crypto held for **more than one year** are generally tax-free; within a year, gains above a small allowance are taxed as income.

**Good practice everywhere**
- Keep records of every purchase: date, amount, price in your currency, and fees. Your **cost basis** determines the gain.
- Exchanges' export files are often incomplete; crypto tax software can reconcile transactions across wallets.
- Losses can often be offset against gains, which matters in a down year.

If your amounts are significant, a one-off session with a tax adviser who knows crypto is usually worth the fee."""),
]))

# ---------------------------------------------------------------- off_topic (subtle, mid-dialogue detour)
DIALOGUES.append(dict(
    label="off_topic", language="en",
    note="Off-topic: turn 3 detours from the sea-level-rise thesis to a sourdough starter question, answered at length by the assistant, before returning to the thesis.",
    turns=[
(H, "I'm writing my bachelor thesis on sea-level rise along the Dutch coast. First I need the global picture: what are the main contributors to global mean sea-level rise, and how fast has it been rising?"),
(G, """Global mean sea level (GMSL) rises for two broad reasons: the ocean **expands** as it warms, and **water is added** from land.

**Main contributors**
1. **Thermal expansion:** warmer water takes up more volume. Historically one of the largest single contributors.
2. **Glaciers** (mountain glaciers and ice caps outside Greenland and Antarctica): a major contributor throughout the 20th century.
3. **Greenland Ice Sheet:** surface melt plus ice discharge into the ocean; its contribution has increased markedly since the 1990s.
4. **Antarctic Ice Sheet:** mainly through accelerated flow of outlet glaciers in West Antarctica (e.g. Thwaites, Pine Island), driven by warm ocean water melting ice shelves from below.
5. **Land water storage:** groundwater pumping adds water to the ocean, while dam reservoirs hold some back; the net effect is comparatively small.

**Observed rise (IPCC AR6, Working Group I)**
- GMSL rose by about **0.20 m between 1901 and 2018**.
- The rate has accelerated:
  - ~**1.3 mm/yr** (1901–1971)
  - ~**1.9 mm/yr** (1971–2006)
  - ~**3.7 mm/yr** (2006–2018)

Since 2006, ice loss from glaciers and ice sheets combined has overtaken thermal expansion as the dominant contributor.

For your thesis it's worth distinguishing clearly between **global mean** sea level and **relative** sea level at a specific coast, because for the Netherlands the local number differs from the global one."""),
(H, "What do the AR6 projections say for 2100?"),
(G, """AR6 gives projections for each SSP scenario, relative to a **1995–2014** baseline. The *likely* ranges for GMSL rise by **2100**:

| Scenario | Likely range (m) |
|---|---|
| SSP1-1.9 (very low emissions) | 0.28 – 0.55 |
| SSP1-2.6 (low) | 0.32 – 0.62 |
| SSP2-4.5 (intermediate) | 0.44 – 0.76 |
| SSP3-7.0 (high) | 0.55 – 0.90 |
| SSP5-8.5 (very high) | 0.63 – 1.01 |

Key points for your thesis:

- **Sea level keeps rising after 2100** in every scenario, because the deep ocean continues to warm and ice sheets respond slowly. The commitment is measured in centuries to millennia.
- **Deep uncertainty about ice sheets.** AR6 also discusses a *low-likelihood, high-impact* storyline in which marine ice-sheet processes in Antarctica accelerate. Under very high emissions, GMSL rise approaching **2 m by 2100** and about **5 m by 2150** cannot be ruled out.
- "Likely" in IPCC language means a 66–100% probability. It is not a worst case, so for coastal planning, which must consider tail risks, the high-end storyline matters a lot.

This distinction between the likely range and the high-end storyline is exactly the logic behind the Dutch national scenarios, which you'll probably want to use for the regional part."""),
(H, "Quick question while my brain is fried: my sourdough starter smells like nail polish remover. Is it dead?"),
(G, """Almost certainly not dead, just hungry.

That sharp, acetone-like smell comes from the yeast and bacteria running out of food. When they've used up the available sugars, they produce more acidic and solvent-like by-products. It's very common, especially in a warm kitchen or when the starter has sat a while between feedings.

**How to revive it**
1. **Discard most of it**, keeping about 20 g.
2. **Feed at a higher ratio**, for example 1:5:5: 20 g starter, 100 g flour, 100 g water.
3. Keep it somewhere around **24–26 °C** and feed every 12 hours.
4. After two or three feedings it should smell pleasantly sour or yoghurt-like again, and roughly double within 4–8 hours of feeding.

**Signs it actually is dead or contaminated**
- **Pink, orange or red streaks**, or fuzzy mould on the surface: throw it out.
- No rise at all after several days of regular feeding.

A grey liquid layer on top ("hooch") is harmless; it just means it's hungry. Pour it off or stir it in (stirring makes the bread more sour).

If you'll be too busy to feed it, keep it in the fridge and feed once a week."""),
(H, "OK, back to the thesis. How do I get regional projections for the Netherlands, since they differ from the global ones?"),
(G, """Use the **KNMI'23 climate scenarios**, which are the official Dutch scenarios and are built on AR6.

**Why the Dutch coast differs from the global mean**
1. **Land subsidence:** parts of the Netherlands are sinking, partly from glacial isostatic adjustment after the last ice age and partly from human causes (peat oxidation, gas extraction). This adds to relative sea-level rise.
2. **Gravitational "fingerprints":** when an ice sheet loses mass, its gravitational pull on the nearby ocean weakens, so sea level near it can even fall, while it rises more far away. Melting in **Antarctica** raises sea level in the North Sea *more* than the global average; melting in **Greenland** raises it less, because Greenland is relatively close.
3. **Ocean dynamics:** changes in currents and winds shift regional sea level.

**KNMI'23 numbers for the Dutch coast in 2100** (relative to 1995–2014)
- Low-emission scenario: roughly **26–73 cm**
- High-emission scenario: roughly **59–124 cm**

KNMI also presents a high-end storyline with larger rise due to possible rapid Antarctic ice loss, which the Delta Programme uses for long-term planning.

**Tools and data**
- The KNMI'23 scenario reports and data portal.
- The **NASA Sea Level Projection Tool**, which shows AR6 projections for individual tide-gauge locations such as Hoek van Holland or Den Helder.
- **PSMSL** (Permanent Service for Mean Sea Level) for historical tide-gauge records to compare with the projections."""),
(H, "Last thing: how do I cite the AR6 Working Group I report in APA 7?"),
(G, """You'll usually cite either the **whole report** or a **specific chapter**. The sea-level material is in Chapter 9.

**Whole report**
> IPCC. (2021). *Climate change 2021: The physical science basis. Contribution of Working Group I to the Sixth Assessment Report of the Intergovernmental Panel on Climate Change* (V. Masson-Delmotte, P. Zhai, A. Pirani, S. L. Connors, C. Péan, S. Berger, N. Caud, Y. Chen, L. Goldfarb, M. I. Gomis, M. Huang, K. Leitzell, E. Lonnoy, J. B. R. Matthews, T. K. Maycock, T. Waterfield, O. Yelekçi, R. Yu, & B. Zhou, Eds.). Cambridge University Press. https://doi.org/10.1017/9781009157896

In-text: (IPCC, 2021).

**Chapter 9 (recommended when you use the sea-level numbers)**
> Fox-Kemper, B., Hewitt, H. T., Xiao, C., Aðalgeirsdóttir, G., Drijfhout, S. S., Edwards, T. L., Golledge, N. R., Hemer, M., Kopp, R. E., Krinner, G., Mix, A., Notz, D., Nowicki, S., Nurhati, I. S., Ruiz, L., Sallée, J.-B., Slangen, A. B. A., & Yu, Y. (2021). Ocean, cryosphere and sea level change. In V. Masson-Delmotte et al. (Eds.), *Climate change 2021: The physical science basis* (pp. 1211–1362). Cambridge University Press.

In-text: (Fox-Kemper et al., 2021).

Tip: cite the chapter for specific numbers like the projection table, and the Summary for Policymakers only for headline statements. Check your university's APA guide, since some departments abbreviate the long editor list."""),
]))

# ---------------------------------------------------------------- leakage (subtle scaffold label)
DIALOGUES.append(dict(
    label="leakage", language="en",
    note="Leakage: turn 2 reply opens with a generation-scaffold label 'Step 2 (apply the receding-source formula, keep it brief for a student):' that belongs to the prompt, not the answer.",
    turns=[
(H, "Physics question: an ambulance siren emits 700 Hz and the ambulance drives toward a stationary observer at 25 m/s. The speed of sound is 340 m/s. What frequency does the observer hear?"),
(G, """This is the Doppler effect with a **moving source** and a **stationary observer**.

When the source moves toward you, the wavefronts in front of it are squeezed together, so the wavelength reaching you is shorter and the frequency higher. The formula is:

**f' = f × v / (v − v_s)**

where
- f = 700 Hz (emitted frequency)
- v = 340 m/s (speed of sound)
- v_s = 25 m/s (speed of the source, toward the observer)

Substituting:

f' = 700 × 340 / (340 − 25)
f' = 700 × 340 / 315
f' = 700 × 1.0794
f' ≈ **755.6 Hz**

So the observer hears about **756 Hz**, noticeably higher than 700 Hz (a bit more than a semitone up).

A quick sanity check: the source speed is about 7% of the speed of sound, and the frequency rose by about 8%, which is the right size for an approaching source."""),
(H, "And what does the observer hear after the ambulance has passed and is moving away at the same speed?"),
(G, """Step 2 (apply the receding-source formula, keep it brief for a student):

Now the source is moving **away** from the observer, so the wavefronts behind it are stretched out: longer wavelength, lower frequency. The sign in the denominator flips:

**f' = f × v / (v + v_s)**

f' = 700 × 340 / (340 + 25)
f' = 700 × 340 / 365
f' = 700 × 0.9315
f' ≈ **652.1 Hz**

So the pitch drops from about **756 Hz** while approaching to about **652 Hz** while receding, a total drop of roughly 104 Hz. That familiar "neee-yooow" as an ambulance passes is exactly this jump.

Notice the effect is not symmetric: the rise on approach (+55.6 Hz) is slightly larger than the drop on recession (−47.9 Hz). That's because v_s appears in the denominator, so subtracting it changes the result more than adding it."""),
(H, "What if the observer is also walking toward the approaching ambulance at 5 m/s?"),
(G, """Now both are moving, so use the general Doppler formula:

**f' = f × (v + v_o) / (v − v_s)**

Sign convention: use **+v_o** when the observer moves **toward** the source, and **−v_s** in the denominator when the source moves **toward** the observer.

- f = 700 Hz
- v = 340 m/s
- v_o = 5 m/s (toward the source)
- v_s = 25 m/s (toward the observer)

f' = 700 × (340 + 5) / (340 − 25)
f' = 700 × 345 / 315
f' = 700 × 1.0952
f' ≈ **766.7 Hz**

Compared with 755.6 Hz for a stationary observer, walking toward the ambulance adds about 11 Hz. The observer meets the wavefronts slightly more often per second, so the frequency rises a little more.

A common mistake is to add the two speeds together and treat them as a single source speed; that gives the wrong answer because the observer and source terms enter the formula differently."""),
(H, "Why does the pitch seem to change suddenly as it passes rather than gradually?"),
(G, """Good observation. It's because only the **component of velocity along the line of sight** matters, not the full speed.

The formula we used assumes the ambulance drives straight at you. In reality you stand beside the road, a few metres from its path. The relevant source speed is then

**v_s,eff = v_s × cos θ**

where θ is the angle between the ambulance's direction of travel and the line from the ambulance to you.

- **Far away, approaching:** θ is close to 0°, cos θ ≈ 1, so you hear nearly the full 756 Hz.
- **Directly level with you:** θ = 90°, cos θ = 0. At that instant there's no motion toward or away from you, so you hear the true 700 Hz.
- **Far away, receding:** θ approaches 180°, cos θ ≈ −1, giving nearly 652 Hz.

So the change *is* gradual in principle. But if you stand close to the road, the angle swings from about 0° to about 180° within a second or two as it passes, so the frequency shift happens very quickly and sounds like a sudden drop. Stand 100 m back from the road and you'll hear a much slower, smoother glide in pitch."""),
]))

# ---------------------------------------------------------------- placeholder (obvious)
DIALOGUES.append(dict(
    label="placeholder", language="en",
    note="Placeholder: turn 3 month-by-month plan contains unfilled slots [START DATE], [Textbook Name] and [EXAM DATE].",
    turns=[
(H, "I'm at A2 level in German and want to pass the Goethe-Zertifikat B1 in about five months. What does the exam actually consist of?"),
(G, """The Goethe-Zertifikat B1 has **four modules**, which test the four skills separately:

| Module | Time | What you do |
|---|---|---|
| **Lesen** (reading) | 65 min | Five parts: blog posts, newspaper articles, adverts matched to people, opinions, and rules or instructions |
| **Hören** (listening) | about 40 min | Five parts: announcements, a guided tour, a conversation, a radio discussion |
| **Schreiben** (writing) | 60 min | Three tasks: an informal email (about 80 words), an opinion post (about 80 words), a short semi-formal message (about 40 words) |
| **Sprechen** (speaking) | about 15 min | Done in pairs: plan something together, give a short presentation, then react to questions and feedback |

**Passing:** you need at least **60%** in each module. Because the exam is **modular**, you can take all four modules on one day or sit them separately, and if you fail one, you only retake that module.

**Format:** paper-based and, at many centres, digital versions exist. Check what your local Goethe-Institut or partner centre offers, and register early, since popular dates fill up.

The most common surprise for candidates is the **Schreiben** part: the word counts are small, but you must cover all the content points in each task, or you lose marks even with good grammar."""),
(H, "How many hours a week should I study to get there in five months?"),
(G, """Rough numbers first. Going from a solid A2 to B1 usually takes around **150–200 hours** of focused study, depending on your native language, how much German you hear day to day, and how "solid" your A2 is.

Five months is about **20 weeks**, so:
- **8 hours a week** → 160 hours
- **10 hours a week** → 200 hours

Aim for **8–10 hours weekly**, spread across most days rather than crammed into weekends. Daily contact matters more for language retention than long sessions.

**A sample weekly split (about 9 hours)**
- 3 h: structured course book or class (grammar + vocabulary)
- 2 h: listening (podcasts, videos) with active note-taking
- 1.5 h: reading (graded texts, simple news)
- 1.5 h: writing practice with correction
- 1 h: speaking (tandem partner, tutor, or speaking aloud with exam tasks)

Add 10–15 minutes of **spaced-repetition vocabulary** daily (Anki or similar), on top of the above. B1 needs roughly 2,400 words of active and passive vocabulary, so this habit pays off.

In the last five weeks, shift the balance toward **exam practice** with official model tests."""),
(H, "Can you turn that into a month-by-month plan?"),
(G, """Here's a five-month plan built on the 8–10 hours a week we discussed.

**Month 1 (starting [START DATE]): consolidate A2**
- Work through chapters 1–4 of [Textbook Name], focusing on Perfekt vs Präteritum, dative and accusative prepositions, and modal verbs.
- Start daily Anki vocabulary (15 min).
- Listening: one short episode a day from a slow-German podcast.

**Month 2: core B1 grammar**
- Subordinate clauses (*weil, dass, obwohl, wenn/als*), relative clauses, and verbs with prepositions (*sich freuen auf/über*).
- Write one short email per week and get it corrected.
- Book a tandem partner or tutor for one speaking session a week.

**Month 3: skill building**
- Passive voice, Konjunktiv II for polite requests and wishes, and infinitive clauses with *zu*.
- Reading: two graded texts or simple news articles per week.
- Start learning fixed phrases for giving opinions and agreeing or disagreeing.

**Month 4: exam technique**
- Do one official Goethe model test module per week under timed conditions.
- Practise the speaking presentation format: introduce a topic, give your own experience, discuss pros and cons, conclude.

**Month 5: mock exams and review (exam on [EXAM DATE])**
- Two full mock exams, timed.
- Review your error log and redo the weakest module's tasks.
- Final week: light review, sleep well, and do not start anything new."""),
(H, "Which podcasts or YouTube channels work well at B1 level?"),
(G, """Here are reliable ones, roughly from easier to harder:

**Podcasts**
- **Deutsche Welle – "Langsam gesprochene Nachrichten":** the daily news read slowly, with transcripts. Excellent B1 listening practice.
- **Slow German (Annik Rubens):** short episodes on everyday and cultural topics, spoken clearly.
- **Coffee Break German:** lessons with explanations in English; good for grammar review.
- **Deutsch – warum nicht? / Nicos Weg (DW):** structured courses with audio and video; Nicos Weg covers A1 to B1.

**YouTube**
- **Easy German:** street interviews with German and English subtitles. Real spoken German at natural speed, which is exactly what the Hören module uses.
- **DW Deutsch lernen:** the official channel, including Nicos Weg episodes and exam-oriented content.
- **Deutsch mit Marija / Deutsch für Euch:** grammar explanations, useful when a topic doesn't click.

**How to use them**
1. Listen once without subtitles and note what you understood.
2. Listen again with the transcript or subtitles.
3. Write down 5–10 useful phrases and add them to Anki.
4. Shadow a short passage: repeat it aloud just after the speaker.

This active approach builds listening far faster than passive background listening."""),
(H, "How should I prepare for the speaking module specifically?"),
(G, """The Sprechen module has three parts, and each rewards specific preparation.

**Teil 1: Gemeinsam etwas planen (about 3 min)**
You and your partner plan something together (a party, a visit to a sick colleague, a day trip). You must make suggestions, react to your partner's ideas, and agree on a plan.
- Useful phrases: *Wie wäre es, wenn wir…? / Ich schlage vor, dass… / Das ist eine gute Idee, aber… / Sollen wir lieber…?*
- Examiners reward **interaction**, so ask your partner questions; don't just deliver your own ideas.

**Teil 2: Ein Thema präsentieren (about 3 min)**
You present a topic using five slides: introduce the topic, talk about your own experience, describe the situation in your home country, give pros and cons with your opinion, and conclude.
- Prepare a **template** for each step: *Ich möchte heute über das Thema … sprechen. / In meinem Heimatland ist es so, dass… / Einerseits…, andererseits… / Zum Schluss möchte ich sagen…*
- Practise with a timer until 3 minutes feels natural.

**Teil 3: Über ein Thema sprechen (about 2 min)**
React to your partner's presentation with feedback and a question, and answer a question about your own.
- *Vielen Dank für deine Präsentation. Ich fand besonders interessant, dass… Ich habe eine Frage: …*

**Training tips**
- Record yourself and listen back for hesitations.
- Practise with another learner, since you'll be paired on the day.
- Don't memorise whole texts; memorise flexible phrases."""),
]))

# ---------------------------------------------------------------- structure: two user turns in a row
DIALOGUES.append(dict(
    label="structure", language="en",
    note="Structure: user turns 3 and 4 appear back-to-back with no assistant reply between them; the Duhem-Quine question is never answered.",
    turns=[
(H, "I have a seminar presentation on Karl Popper and falsifiability. Can you explain the core idea clearly?"),
(G, """Popper's starting point is the **demarcation problem**: what distinguishes science from non-science? His answer, set out in *Logik der Forschung* (1934; English as *The Logic of Scientific Discovery*, 1959), is **falsifiability**.

**The logical asymmetry**
- No number of confirming observations can *prove* a universal statement. Seeing a million white swans doesn't prove "All swans are white".
- But a single genuine counter-instance can *refute* it: one black swan falsifies the claim.
- So science can't work by accumulating verification (the inductivist picture). It works by proposing hypotheses and trying to refute them.

**The criterion**
A theory is scientific if it is **falsifiable**: it forbids certain observable outcomes, so that some possible observation could show it to be false. The more a theory forbids, the more it says about the world, and the more testable it is.

**Conjectures and refutations**
- Scientists should propose **bold conjectures** with high empirical content.
- They then subject them to **severe tests**, ones likely to fail if the theory is false.
- A theory that survives is **corroborated**, not proven; it remains provisional.

**What falsifiability is *not***
- It's not a criterion of meaning: Popper didn't say unfalsifiable claims are meaningless (that was the logical positivists' view). Metaphysics can be meaningful and even inspire science; it just isn't science.
- It doesn't say scientific theories are false, only that they *could* be shown false."""),
(H, "What examples did Popper himself use for theories that aren't falsifiable?"),
(G, """He used a memorable contrast, described in his 1953 lecture published in *Conjectures and Refutations* (1963).

**His examples of pseudo-science (in his view)**
1. **Freud's psychoanalysis** and **Adler's individual psychology.** Popper's complaint was that they could explain *any* behaviour. He gives the example of a man who pushes a child into water to drown it, versus a man who sacrifices his life to save the child. Both Freudian and Adlerian theory could explain both cases equally well. What looks like strength (explaining everything) is actually a weakness: nothing could ever count against the theory.
2. **Marxist theory of history.** Here Popper's point is subtler: he thought Marx's early theory *was* testable and made predictions (such as revolution in the most industrialised countries) that failed. Followers then reinterpreted theory and evidence to fit, making it unfalsifiable through **ad hoc** rescues.

**His model of good science**
**Einstein's general relativity.** It predicted that starlight passing near the Sun would be bent by about 1.75 arcseconds, roughly twice the Newtonian value. This was tested during the **1919 solar eclipse** expeditions led by Eddington. The prediction was **risky**: if the deflection had not been observed, the theory would have been in serious trouble. That willingness to stake everything on an observation was what impressed Popper.

For your presentation, that contrast (Freud/Adler vs. Einstein) is the clearest way to open."""),
(H, "How does the Duhem–Quine thesis challenge Popper's view?"),
(H, "Actually, also: what did Kuhn say about Popper?"),
(G, """Kuhn and Popper had a famous confrontation at the International Colloquium in the Philosophy of Science in London in **1965**. The papers were published in *Criticism and the Growth of Knowledge* (1970), edited by Lakatos and Musgrave.

**Kuhn's main objections**
1. **Normal science isn't falsificationist.** In *The Structure of Scientific Revolutions* (1962), Kuhn argued that most science is "normal science": puzzle-solving *within* an accepted paradigm. Scientists don't try to refute the paradigm; they assume it and work out its details.
2. **Anomalies are tolerated.** Every paradigm faces observations that don't fit. Scientists typically shelve them, blame their instruments or auxiliary assumptions, or treat them as puzzles for later, rather than abandoning the theory. Only when anomalies accumulate does a **crisis** lead to a revolution.
3. **History doesn't fit Popper.** If scientists followed Popper's rule strictly, Kuhn argued, most theories would have been rejected early, because all were "born refuted" in some respect.
4. **Paradigm change isn't purely logical.** Kuhn compared it to a gestalt switch and emphasised that competing paradigms can be partly **incommensurable**, which makes a simple "test and refute" picture too neat.

**Popper's reply**
Popper granted that normal science exists but called it a danger: the "normal" scientist was, in his words, someone who had been badly taught. For Popper, critical attitude *should* be constant, even if it often isn't.

Kuhn tends to describe how science works; Popper tends to prescribe how it should work. That descriptive/normative contrast makes a neat slide."""),
(H, "And Lakatos tried to bridge the two of them, right?"),
(G, """Yes. Imre Lakatos developed the **methodology of scientific research programmes** partly as a compromise: he kept Popper's rationalism but took Kuhn's history seriously.

**Structure of a research programme**
- **Hard core:** the central assumptions that scientists working in the programme refuse to give up (for Newtonian mechanics: the three laws and the law of gravitation).
- **Protective belt:** auxiliary hypotheses (about initial conditions, instruments, unseen bodies) that can be adjusted when predictions fail. Anomalies hit the belt, not the core.
- **Heuristics:** the *negative heuristic* says "don't attack the core"; the *positive heuristic* guides how to develop the belt.

**Progressive vs degenerating**
- A programme is **progressive** if its adjustments predict **novel facts** that are then confirmed.
- It is **degenerating** if it only patches anomalies after the fact, without new successful predictions.

**Classic example**
Irregularities in the orbit of **Uranus** threatened Newtonian theory. Rather than abandon it, Le Verrier and Adams adjusted the protective belt by positing an unseen planet, and predicted its position. **Neptune** was found in **1846** close to the predicted place: a progressive move.

This answers Kuhn (scientists rationally keep theories despite anomalies) while keeping a Popper-style standard: a programme must eventually earn its keep through novel, confirmed predictions."""),
(H, "Can you suggest a structure for a 15-minute talk?"),
(G, """Here's a structure that fits 15 minutes with time for a question or two:

**1. Hook and question (1.5 min)**
Start with the swans: a million white swans vs one black swan. Ask the audience: what makes something scientific?

**2. Popper's falsifiability (3.5 min)**
- The demarcation problem
- Logical asymmetry of verification and falsification
- Bold conjectures, severe tests, corroboration
- His contrast: Freud/Adler vs Einstein and the 1919 eclipse

**3. Challenge from Kuhn (3.5 min)**
- Normal science and paradigms
- Anomalies are tolerated; theories are "born refuted"
- Revolutions and incommensurability
- The descriptive vs normative contrast

**4. Lakatos's synthesis (3.5 min)**
- Hard core, protective belt, heuristics
- Progressive vs degenerating programmes
- Uranus and Neptune as the worked example

**5. Evaluation and conclusion (2 min)**
- What survives of Popper? Most scientists still value testability and risky predictions, even if strict falsificationism is too simple.
- End with a question for discussion: is astrology unscientific because it is unfalsifiable, or because it is a degenerating programme?

**Practical tips**
- One idea per slide, one example per idea.
- Put Popper's, Kuhn's and Lakatos's key terms on one summary slide at the end; it makes the Q&A easier.
- Rehearse with a timer; philosophy talks almost always run long."""),
]))

# ---------------------------------------------------------------- structure: ends on a user turn
DIALOGUES.append(dict(
    label="structure", language="en",
    note="Structure: the dialogue ends on user turn 4, with no assistant reply.",
    turns=[
(H, "I'm taking my kids (8 and 11) to a beach in Cornwall next week and we want to look at rocks. What kinds of things might we find?"),
(G, """Cornwall is a brilliant place for this, because its geology changes a lot over short distances. Depending on the beach, you might find:

**Granite**
Cornwall's backbone is a chain of granite bodies (Land's End, Carnmenellis, St Austell, Bodmin Moor). On beaches near them you'll find speckled pebbles with visible crystals, often with large rectangular white or pink crystals of feldspar.

**Slate and mudstone ("killas")**
The older rocks that the granite pushed into are mostly slates and shales, which Cornish miners called *killas*. They're grey or greenish, split into flat layers, and make excellent skimming stones.

**Quartz**
White, glassy pebbles and veins cutting through other rocks. Quartz is very hard, so it survives as rounded pebbles.

**Serpentinite (on the Lizard peninsula)**
A green, red or black rock, often mottled and waxy-looking, that originally formed deep under the ocean floor. It's unusual in Britain and a great find for kids. Kynance Cove is famous for it, but it's protected, so look and photograph rather than collect.

**Other things kids love**
- **Sea glass**: frosted bits of old bottles, smoothed by the waves.
- **Mineral sparkle**: tiny flakes of mica in granite sand glitter in sunlight.
- **Rock pools**: not rocks exactly, but anemones and crabs often steal the show.

Check tide times before you go, and stay away from cliff bases, where rockfalls happen."""),
(H, "How can we tell granite from other rocks?"),
(G, """Granite is one of the easiest rocks for kids to identify, because you can see its crystals with the naked eye.

**Look for three main minerals**
1. **Feldspar:** white, cream or pink, blocky crystals with flat shiny faces when the light catches them. In Cornish granite some feldspar crystals are several centimetres long; geologists call these *megacrysts*.
2. **Quartz:** grey and glassy, a bit like dirty ice. It has no flat faces and breaks irregularly.
3. **Mica:** thin, shiny flakes. **Biotite** is black or dark brown; **muscovite** is silvery. You can sometimes flake mica off with a fingernail.

If you can see all three, interlocking like a jigsaw with no layers, it's almost certainly granite.

**How it differs from the others**
- **Slate/killas**: fine-grained, no visible crystals, splits into thin sheets.
- **Sandstone**: made of rounded grains stuck together; feels gritty, like sandpaper.
- **Serpentinite**: smooth, waxy, green-red, no speckles.

**Simple tests with kids**
- **Hand lens**: a cheap 10× lens makes crystals pop and turns it into a detective game.
- **Scratch test**: quartz will scratch glass and a steel knife; feldspar just about does. Supervise this one.
- **Vinegar test**: a few drops on a pebble; if it fizzes, it contains calcium carbonate (limestone or shell). Granite won't fizz.

Wet pebbles show colours better, so dip them in a rock pool before examining."""),
(H, "Are there rules about taking rocks from beaches in the UK?"),
(G, """Yes, and it's worth knowing before you fill a bucket.

**The law**
- Under the **Coast Protection Act 1949**, removing sand, pebbles or shingle from beaches in England can be an offence, because beach material protects the coast from erosion. Many councils put up signs citing this.
- Beaches are also owned by someone (the Crown Estate, the National Trust, councils or private owners), and taking material without permission is technically theft of their property.
- In practice, taking **one or two small pebbles** as a keepsake is rarely pursued, but filling bags or taking larger stones can lead to fines.

**Protected sites**
Many Cornish beaches are **Sites of Special Scientific Interest (SSSIs)** or part of the Cornwall and West Devon Mining Landscape World Heritage Site. At SSSIs, collecting or hammering rocks is prohibited without consent. The Lizard's serpentinite coves are an example.

**Good practice (the Geological Code of Conduct)**
- Collect only **loose material** on the beach, never hammer cliffs or bedrock.
- Take **few and small**: one special pebble each rather than a bucketful.
- Leave **fossils and unusual minerals** in place at protected sites, or photograph them.
- Stay away from cliff faces: rockfalls are a real danger, especially after rain.

A nice alternative for kids: photograph finds next to a coin for scale and make a "virtual collection"."""),
(H, "Great. Last thing: can you suggest a simple way for the kids to label and display what we do bring home?"),
]))
