from c_util import conv, raw, D

DIALOGUES = []

# 8. Voting / local government -> off_topic (drift from turn 3, never returns)
DIALOGUES.append(D("off_topic", "en",
"Off-topic: turns 1-2 prepare council testimony on a bike lane; from user turn 3 the dialogue drifts to getting rid of fruit flies and drains, abandoning the goal.",
conv(
"""The city council in Portland, Oregon is considering removing the protected bike lane on my street to add parking. I want to speak at the council meeting next Wednesday. How does public testimony work?""",
"""Speaking at council is very doable, and personal testimony from residents carries real weight. The general process:

**1. Find the agenda item.** Agendas are published on the city's website, usually several days before the meeting. Check that the bike lane item is actually scheduled for Wednesday and whether it's a vote, a first reading or an information item. Some items take testimony only at a specific stage.

**2. Sign up to testify.** Portland normally asks people to register in advance through the Council Clerk's online form, and the sign-up for an item usually closes before the meeting starts (often the day before). Register early; popular items fill up.

**3. Choose in person or remote.** You can usually testify in person at City Hall or virtually by video. If remote, test your microphone and camera beforehand and have a quiet room.

**4. Know the time limit.** Testimony is typically limited to two or three minutes per person, and the chair will cut you off when time's up. Write for the lower limit.

**5. Submit written testimony too.** Written comments go into the public record and are read by council offices and staff, and they're a good place for extra detail, photos or data you can't fit into two minutes.

**6. On the day.** Arrive early or join the call early, state your name and that you live on the affected street, make your points, and thank the council. You don't need to use formal language.

It also helps to email your district councilors' offices beforehand with a short version of your argument; staff often brief the councilors before the vote.""",
"""Great. Can you help me structure a 2-minute statement? My points: I bike my kid to school on that street, there were two crashes there before the lane went in, and the businesses nearby have told me parking is fine.""",
"""Two minutes is about 250–270 words spoken at a normal pace. Here's a structure with a draft you can adapt:

**1. Who you are (15 seconds)**
Open with "Good evening, Mayor and Councilors," then give your name and say which street you live on and that you live there with your family. Leading with the fact that you're a resident of the affected street is what makes the rest credible.

**2. Your main ask (10 seconds)**
"I'm asking you to keep the protected bike lane on our street."

**3. Personal story (40 seconds)**
"Every weekday I ride my child to school along this street. Before the protected lane, I didn't feel safe doing that; we drove. Since the lane went in, we bike almost every day, and we're not the only ones – on a typical morning I see other parents and kids doing the same."

**4. Safety evidence (30 seconds)**
"Before the lane was installed, there were two crashes on this block. Since then, I'm not aware of any. Removing the protection would put the people who now use it – including children – back in traffic."

**5. Answer the parking argument (30 seconds)**
"I've spoken to the businesses nearby, and they've told me parking is fine. The problem this change is trying to solve doesn't seem to exist for the people most affected."

**6. Close (10 seconds)**
"Please keep the lane. Thank you for your time."

Before Wednesday, try to confirm the crash numbers from a public source such as the city's crash data, so no one can dismiss it as anecdote.""",
"""Thanks. Totally unrelated, but do you know how to get rid of fruit flies? My kitchen is swarming with them.""",
"""Fruit flies are annoying but easy to beat if you remove their food source and trap the adults at the same time. They breed in fermenting fruit and sugary residue, and a female can lay hundreds of eggs, so you have to break the cycle.

**1. Remove what they're breeding in**
- Put all ripe fruit in the fridge for a week, including bananas and tomatoes.
- Empty and wash the compost caddy and kitchen bin, and rinse recycling (especially wine, beer and juice bottles) before it goes in the bin.
- Wipe up sticky spills, including under the toaster and around the fruit bowl.

**2. Trap the adults**
- **Vinegar trap:** a small glass with about 2 cm of apple cider vinegar and a drop of washing-up liquid. The soap breaks the surface tension so the flies sink.
- **Cone trap:** roll a piece of paper into a cone, put it in a jar with a bit of overripe fruit or vinegar, and they'll fly in but struggle to get out.
- Place traps next to the fruit bowl, bin and sink, and refresh them every two or three days.

**3. Keep it up for two weeks**
Eggs hatch and grow into adults in about a week to ten days, so even after the swarm thins, keep the traps out for another week or so to catch the last generation.

If they keep coming back even with no fruit out, there's probably a hidden source – a forgotten potato at the back of a cupboard is a classic culprit.""",
"""The vinegar trap is working a bit. Should I also be worried about the drain – I read they breed in there?""",
"""Yes, drains are a common hidden source. The film of organic gunk inside the pipe is perfect for them, and it explains why flies keep appearing even after the fruit is gone.

**Test it first:** at night, put a piece of clear tape loosely over the drain opening (or cover it with a clear plastic bag). If you find flies stuck to it the next morning, they're coming from the drain.

**Cleaning the drain:**
1. Pour a kettle of boiling water slowly down the drain to loosen the film. (Skip this if you have plastic pipes that are old or poorly joined; use very hot tap water instead.)
2. Scrub inside the drain opening and the overflow hole with a long, thin pipe brush – this is the step most people skip, and it's the one that matters.
3. Follow with an enzyme-based drain cleaner left overnight; it digests the organic film rather than just rinsing it.
4. Repeat every few days for a week or two.

Bleach poured down the drain tends to rush past the film without removing it, so it's less effective than scrubbing.

Also check the overflow on the sink, the dishwasher filter and the rubber seal under the waste disposal if you have one. Once the breeding spots are clean, the traps will mop up the remaining adults within a week or so.""")))

# 9. Museum visit -> off_topic (turn 3 drifts to boiler pressure, then returns)
DIALOGUES.append(D("off_topic", "en",
"Off-topic: a museum-visit planning dialogue where user turn 3 and its reply wander to diagnosing a boiler losing pressure, unrelated to the goal; other turns are on-topic.",
conv(
"""We're taking our kids (6 and 9) to the Natural History Museum in London on Saturday. It's our first visit. What should we know?""",
"""A great choice with kids that age. Key things to know:

**Tickets and timing**
- General admission is **free**, but booking a free timed entry slot online is strongly recommended, especially at weekends. Walk-ups can face long queues.
- The museum opens at **10:00** and closes at 17:50. Aim for the first slot; the first hour is the calmest.
- The nearest Tube station is **South Kensington**, where a pedestrian tunnel takes you almost to the door, which is handy in rain.

**Highlights for a 6- and 9-year-old**
- **Hope, the blue whale skeleton**, hanging in Hintze Hall as you walk in. Instant wow.
- **The Dinosaurs gallery**, with a raised walkway and the animatronic T. rex. It's the busiest gallery, so go early.
- **The Earth Hall escalator**, which takes you up through a giant metal globe into the Volcanoes and Earthquakes gallery, where there's a shaking earthquake simulation set in a Japanese supermarket.
- **Mammals**, with the life-size blue whale model – a nice comparison with Hope's skeleton.
- **Creepy Crawlies**, which kids tend to love.

**Practical**
- There are cafés and picnic space for packed lunches.
- Bags are checked at the entrance, so travel light.
- Three hours is plenty for this age; more than that and attention drops.

Do you want a suggested route for the day?""",
"""Yes please – we'll arrive at 10 and want to leave around 1.""",
"""Here's a route that hits the big stuff while the kids are fresh and avoids peak crowds:

**10:00 – Straight to Dinosaurs (Blue Zone).** Skip lingering in Hintze Hall for now; the dinosaur queue builds fast from about 10:30. Allow 40 minutes and let them spend time at the T. rex.

**10:45 – Mammals and the blue whale model (Blue Zone, next door).** About 20 minutes. Ask them to guess whether the whale model is bigger than Hope; it's a good set-up for later.

**11:05 – Snack and toilet break.** A short stop before the Red Zone keeps moods level.

**11:20 – Earth Hall escalator up to Volcanoes and Earthquakes (Red Zone).** Do the escalator ride, then the earthquake simulation. About 40 minutes, including the gem and rock displays on the way down.

**12:00 – Lunch.**

**12:30 – Hintze Hall and Creepy Crawlies (Green Zone).** Now look properly at Hope while the hall is busy but manageable, then finish at Creepy Crawlies.

**13:00 – Head out**, possibly via the shop if you're feeling brave.

If the 6-year-old tires, the Dinosaurs and Hope are the two things not to cut.""",
"""Totally unrelated, but my boiler keeps losing pressure – it drops from 1.5 bar to below 1 in a couple of days. What could cause that?""",
"""A boiler that drops from 1.5 to under 1 bar in a couple of days is losing water from the sealed system somewhere. The usual causes, roughly from most to least common:

**1. A small leak on the system**
Check under and around every radiator, especially the valves and where pipes join. A tiny drip can evaporate before it forms a puddle, so look for rust marks, white crusty deposits or damp patches on the floor. Also check the pipes under the boiler itself.

**2. The pressure relief valve letting water out**
This valve protects the boiler if pressure gets too high. Follow the small copper pipe that runs from the boiler to the outside wall; if it's dripping or there's a damp stain below it outside, the valve may be weeping. That often happens when the system has been over-pressurised in the past.

**3. A failed expansion vessel**
If the pressure shoots up when the heating is on (say to 2.5 bar) and drops when it's off, the expansion vessel may have lost its air charge. That in turn pushes water out of the relief valve.

**4. Recently bled radiators**
Bleeding releases air and some water, so a one-off drop afterwards is normal. Top up once with the filling loop and see if it stays steady.

**What you can do yourself:** top the pressure back to about 1–1.5 bar (cold) with the filling loop, following your boiler manual, and note the reading daily. Anything involving the boiler internals, the relief valve or the expansion vessel needs a Gas Safe registered engineer.""",
"""Back to the museum – where can we eat? The kids are picky.""",
"""For picky eaters you've got good options:

**Bring a packed lunch.** This is the easiest option with fussy kids. The museum has indoor picnic space for visitors with their own food; ask at the information desk when you arrive. You also avoid café queues at peak lunchtime.

**Museum cafés and restaurant.** There are several cafés selling sandwiches, pizza slices and snacks, plus a family restaurant with a children's menu. Prices are typical London museum prices. Go at 12:00 rather than 12:30 to beat the rush, which fits the route above.

**Outside the museum.** South Kensington around the Tube station has plenty of cafés, bakeries and chains within five minutes' walk. In good weather, you could grab food and eat on the lawn by the museum's front entrance or walk up Exhibition Road towards Hyde Park.

Tip: bring a couple of familiar snacks regardless. A hungry 6-year-old in the Dinosaurs queue is nobody's idea of fun.""",
"""Any tips for the Saturday crowds?""",
"""A few that make a real difference:

- **Book the earliest slot** and be at the door at 09:50.
- **Do the most popular gallery first** – Dinosaurs – then work outward.
- **Agree a meeting point** in case anyone gets separated; Hope in Hintze Hall is easy for kids to remember. Put your phone number on a wristband or in your 9-year-old's pocket.
- **Use the quieter toilets** away from the main hall.
- **Leave before 13:30**, when the museum is at its busiest and kids are at their most tired.""")))

# 10. Film recommendations -> leakage ("As an AI language model" in turn 1)
DIALOGUES.append(D("leakage", "en",
"Leakage: turn 1 reply opens with 'As an AI language model, I don't have personal preferences or the ability to watch films...' meta text; recommendations otherwise accurate.",
conv(
"""My parents (both in their 70s) are visiting and I want to plan a movie night. They loved "The Remains of the Day" and "The Best Exotic Marigold Hotel", and they hate gore and anything too loud. Any suggestions?""",
"""As an AI language model, I don't have personal preferences or the ability to watch films myself, but based on what your parents enjoyed, here are some recommendations that should suit them:

1. **Local Hero (1983, Bill Forsyth)** – An American oil executive is sent to buy a Scottish fishing village and slowly falls for the place. Gentle, funny and beautifully shot, with Burt Lancaster in a lovely supporting role.

2. **The Lunchbox (2013, Ritesh Batra)** – In Mumbai, a lunchbox delivered to the wrong man starts a correspondence between a lonely widower and a young wife. Quiet, warm, and Irrfan Khan is wonderful. Mostly Hindi with subtitles.

3. **Paddington 2 (2017, Paul King)** – Don't let the "family film" label put them off: it's witty, kind and beautifully made, and Hugh Grant as a vain actor-villain is a treat for any age.

4. **The Straight Story (1999, David Lynch)** – An elderly man drives a lawnmower hundreds of miles across Iowa and Wisconsin to visit his estranged brother. Surprisingly tender and slow in the best way.

5. **The Dig (2021, Simon Stone)** – Ralph Fiennes and Carey Mulligan in the story of the Sutton Hoo excavation on the eve of the Second World War. Understated and elegant, with the same restraint they liked in *The Remains of the Day*.

6. **Hidden Figures (2016, Theodore Melfi)** – The Black women mathematicians behind NASA's early space flights. Uplifting without being saccharine.

For your parents specifically, I'd start with *The Dig* or *Local Hero*: both have the period charm and emotional restraint of the films they loved.""",
"""Good list! They'd also be open to something foreign-language, as long as the subtitles aren't too fast.""",
"""Good news: many of the best non-English films are slow-paced and dialogue-light. Some that fit:

1. **Perfect Days (2023, Wim Wenders)** – A Tokyo toilet cleaner's quiet daily routine: cassette tapes, books, photographing trees. Very little dialogue, so subtitles are never a problem, and it's deeply moving. Japanese.

2. **Departures (2008, Yōjirō Takita)** – A cellist who loses his orchestra job becomes a ceremonial preparer of bodies for funerals. Funny, touching, and it won the Oscar for Best Foreign Language Film. Japanese.

3. **Cinema Paradiso (1988, Giuseppe Tornatore)** – A film director remembers his childhood friendship with the projectionist of his Sicilian village cinema. A classic for a reason. Italian.

4. **Babette's Feast (1987, Gabriel Axel)** – A French refugee cook in a strict Danish village prepares one extraordinary dinner. Calm, spare and joyful. Danish and French; also an Oscar winner.

5. **The Intouchables (2011, Olivier Nakache and Éric Toledano)** – A wealthy quadriplegic man and his unlikely carer from the Paris suburbs. More dialogue than the others, but the humour is easy to follow.

If they're new to subtitles, *Perfect Days* is the gentlest start, then *Departures*.""",
"""They'd also like a book to read on the train home, connected to one of these. Any ideas?""",
"""A few good pairings:

- **"The Dig" by John Preston** – the novel the film was adapted from. Short, elegant and told from several points of view, so it adds depth even after seeing the film.
- **"Babette's Feast" by Karen Blixen** – the original story, published in her collection *Anecdotes of Destiny*. It's only about 60 pages, ideal for a train journey.
- **"Hidden Figures" by Margot Lee Shetterly** – the non-fiction book behind the film, with much more history about the women's lives.
- **Something by Kazuo Ishiguro** – since they loved *The Remains of the Day*, *An Artist of the Floating World* has the same unreliable, dignified narrator looking back on his life, this time in post-war Japan.

For one book for both of them to share, I'd pick *The Dig*: gentle, short chapters and a satisfying ending.""")))
