# Flawed English dialogues for part B (set 2)
H, G = "human", "gpt"

DIALOGUES = []

# ---------------------------------------------------------------- repetition (assistant rewords an earlier answer)
DIALOGUES.append(dict(
    label="repetition", language="en",
    note="Repetition: turn 4 reply, asked how the Cepheid relation is calibrated, re-explains parallax in other words (same baseline, d = 1/p, Proxima and Gaia example) repeating the turn 2 answer instead of addressing calibration.",
    turns=[
(H, "How do astronomers actually measure the distances to stars and galaxies?"),
(G, """They use a chain of methods called the **cosmic distance ladder**. Each rung works over a certain range and is calibrated by the rung below it.

1. **Radar and spacecraft (Solar System):** bouncing radar off planets and tracking spacecraft fixes the astronomical unit (AU), the Earth–Sun distance, very precisely. Everything else builds on this.
2. **Parallax (nearby stars, up to thousands of light years):** pure geometry. As Earth orbits the Sun, nearby stars shift slightly against distant background objects.
3. **Standard candles (nearby galaxies):** objects whose true brightness is known. Comparing true and apparent brightness gives the distance. The most important are **Cepheid variable stars**, whose pulsation period reveals their luminosity.
4. **Type Ia supernovae (distant galaxies, billions of light years):** exploding white dwarfs that reach a nearly standard peak brightness and are visible across huge distances.
5. **Redshift and Hubble's law (the most distant objects):** galaxies recede faster the farther away they are, so measured redshift can be converted to distance once the Hubble constant is known.

The key weakness and strength of the ladder is the same: each rung depends on the one below, so an error at the bottom propagates all the way up. That's why precise parallaxes from the Gaia satellite were such a big deal for cosmology."""),
(H, "Can you explain parallax in detail? How does it work numerically?"),
(G, """Parallax is the same effect you see when you hold up a finger and close one eye, then the other: the finger appears to jump against the background.

**The geometry**
- Earth's orbit gives us a baseline. Observing a star six months apart means looking from opposite sides of the orbit, 2 AU apart.
- A nearby star appears to shift against much more distant background stars.
- The **parallax angle p** is defined as *half* of that total annual shift, corresponding to a baseline of 1 AU.

**The formula**
Because the angles are tiny, the relationship is very simple:

**d (parsecs) = 1 / p (arcseconds)**

That's where the parsec gets its name: **par**allax of one arc**sec**ond. One parsec is about **3.26 light years**, or **206,265 AU**.

**Example: Proxima Centauri**, the nearest star to the Sun, has p ≈ **0.768 arcseconds**:
d = 1 / 0.768 ≈ **1.30 pc** ≈ **4.24 light years**.

That's the *largest* stellar parallax, and it's still smaller than the angular size of a coin seen from a few kilometres away.

**Precision**
- Ground-based telescopes struggle below about 0.01 arcseconds because of atmospheric blurring.
- The **Hipparcos** satellite (1989–1993) reached about a milliarcsecond.
- **Gaia** (launched 2013) measures parallaxes to tens of **micro**arcseconds for bright stars, giving distances for over a billion stars in our galaxy."""),
(H, "How do Cepheids work as standard candles?"),
(G, """Cepheids are pulsating giant stars that brighten and dim in a regular cycle, with periods from about 1 to 100 days.

**The period–luminosity relation**
In 1908, and more fully in 1912, **Henrietta Swan Leavitt**, working at Harvard College Observatory, studied Cepheids in the **Small Magellanic Cloud**. Because all those stars are at essentially the same distance, differences in apparent brightness reflected differences in true brightness. She found that **brighter Cepheids have longer periods**: this is the Leavitt law.

**Why they pulsate**
A layer of partially ionised helium in the star's outer envelope acts like a valve (the **kappa mechanism**): when compressed it becomes more opaque and traps heat, pushing the layer outward; as it expands it becomes more transparent, releases the heat and falls back. This cycle repeats with clockwork regularity.

**Using them to measure distance**
1. Measure the star's **period** from its light curve.
2. Use the period–luminosity relation to get its **absolute magnitude M**.
3. Measure its **apparent magnitude m**.
4. Apply the **distance modulus**: m − M = 5 log₁₀(d) − 5, with d in parsecs.

**Historic impact**
In 1923–24 Edwin Hubble identified Cepheids in the Andromeda "nebula", showing it was far outside the Milky Way. That settled the debate over whether spiral nebulae were separate galaxies."""),
(H, "But how do we calibrate the Cepheid relation in the first place? Leavitt only had relative brightnesses."),
(G, """Calibration starts from geometry. The idea is that as Earth travels around the Sun, a nearby star seems to move slightly compared with very distant stars behind it, just like your finger appears to jump when you look at it with one eye and then the other.

Astronomers observe the star at two points half a year apart, which puts them on opposite sides of Earth's orbit. Half of the star's apparent back-and-forth motion is its parallax angle, which matches a baseline of one astronomical unit. Because the angles involved are extremely small, the distance follows directly: the distance in parsecs equals one divided by the parallax in arcseconds. A parsec is about 3.26 light years.

For example, the closest star, Proxima Centauri, shows a parallax of roughly 0.77 arcseconds, which puts it about 1.3 parsecs, or a little over 4.2 light years, away. Even that, the biggest parallax of any star, is a tiny angle.

Measuring these angles from the ground is limited by the atmosphere, so space missions made the big difference. Hipparcos reached about a thousandth of an arcsecond, and Gaia now reaches tens of millionths of an arcsecond for bright stars, providing distances to more than a billion stars."""),
(H, "And Type Ia supernovae, why are they useful beyond Cepheids?"),
(G, """Range. Even with the Hubble Space Telescope, individual Cepheids can only be picked out in galaxies up to roughly 30–40 megaparsecs away. Type Ia supernovae are vastly brighter and can be seen billions of light years away.

**What they are**
A Type Ia supernova is the thermonuclear explosion of a **white dwarf** in a binary system, which is pushed to instability by gaining mass from a companion or by merging with another white dwarf. Because the explosions happen under similar physical conditions, their peak brightness is similar: around **absolute magnitude −19.3**, briefly outshining an entire galaxy.

**Making them standard**
They aren't perfectly identical, but they are "standardisable". The **Phillips relation** (1993) shows that brighter Type Ia supernovae fade more slowly. Correcting for light-curve width (and colour) reduces the scatter to under about 10% in distance.

**Calibration link**
Their absolute brightness is calibrated by finding Type Ia supernovae in nearby galaxies that *also* have Cepheids, which is why the ladder's rungs are connected. Projects such as SH0ES do exactly this.

**Big discoveries**
- In **1998**, two teams (led by Saul Perlmutter, and by Brian Schmidt and Adam Riess) found that distant Type Ia supernovae were fainter than expected: the expansion of the universe is **accelerating**. They shared the **2011 Nobel Prize** in Physics.
- Today they're central to the **Hubble tension**: the ladder gives H₀ ≈ 73 km/s/Mpc, while the cosmic microwave background (Planck) implies about 67.4 km/s/Mpc."""),
]))

# ---------------------------------------------------------------- non_answer
DIALOGUES.append(dict(
    label="non_answer", language="en",
    note="Non-answer: turn 3 reply only restates the question about Dorian vamp chords and improvisation and praises it, giving no information.",
    turns=[
(H, "What's the Dorian mode, and how is it different from the natural minor scale?"),
(G, """Dorian is a minor-sounding mode with one key difference from natural minor: a **raised 6th degree**.

**Construction**
Dorian's interval pattern is **W–H–W–W–W–H–W** (whole and half steps). The simplest example is **D Dorian**, which uses only the white keys from D to D:

**D – E – F – G – A – B – C – D**

Compare **D natural minor (Aeolian)**:

**D – E – F – G – A – B♭ – C – D**

The only difference is **B vs B♭**, the 6th degree. Both scales have a minor 3rd (F) and a minor 7th (C), so both sound minor. But the major 6th in Dorian gives it a brighter, slightly jazzy or folky character, less sombre than natural minor.

**Where you've heard it**
- "**Scarborough Fair**" (traditional, popularised by Simon & Garfunkel)
- "**So What**" by Miles Davis, which vamps on D Dorian, then moves up a semitone to E♭ Dorian
- "**Oye Como Va**" (Tito Puente, famously covered by Santana), built on an Am7–D7 vamp in A Dorian
- Many Irish and Celtic fiddle tunes

**The characteristic chord**
Because of the raised 6th, the IV chord in Dorian is **major**: in D Dorian, that's **G major** (G–B–D) instead of G minor. The i–IV movement (Dm to G) is the signature Dorian sound."""),
(H, "How can I quickly find the Dorian scale in any key?"),
(G, """Two quick methods; use whichever fits how you think.

**Method 1: the major scale a whole step below**
Dorian is the **second mode** of the major scale. So the Dorian scale starting on any note uses the same notes as the major scale a **whole step below** it.

| Dorian | Same notes as | Notes |
|---|---|---|
| D Dorian | C major | D E F G A B C |
| A Dorian | G major | A B C D E F♯ G |
| E Dorian | D major | E F♯ G A B C♯ D |
| G Dorian | F major | G A B♭ C D E F |
| C Dorian | B♭ major | C D E♭ F G A B♭ |

**Method 2: natural minor with a raised 6th**
If you already know the natural minor scales, just raise the 6th by a semitone. A natural minor is A B C D E F G; raise F to F♯ and you have A Dorian.

**Method 3 for guitarists**
Play a minor pentatonic shape and add the 2nd and the major 6th. Those two notes turn minor pentatonic into Dorian.

Method 1 is fastest for key signatures (A Dorian has one sharp, like G major); Method 2 is better for hearing the difference from minor, because it puts the spotlight on the one note that changes."""),
(H, "What chords work well for a Dorian vamp, and how should I improvise over one?"),
(G, """Great question! You're asking which chords work well for a Dorian vamp and how you should approach improvising over it. That's a really important thing to understand if you want to make the most of the Dorian sound, and a lot of players wonder about exactly this when they start exploring modes. Getting it right can make a big difference to how your playing sounds, so it's definitely worth thinking about carefully."""),
(H, "Thanks. Is there an exercise to train my ear to hear the difference between Dorian and Aeolian?"),
(G, """Yes. The most effective one is a **drone exercise**, because it forces your ear to hear each note in relation to the tonic.

**Drone exercise (10 minutes a day)**
1. Play a sustained **D drone**: a keyboard pad, a drone app, or an open D string.
2. Slowly sing or play the **D Dorian** scale over it, holding each note for a few seconds. Pay special attention to the **B**: notice its brighter, slightly hopeful quality against the drone.
3. Now play **D Aeolian** over the same drone, and hold the **B♭**. It should feel darker, with a pull downward to A.
4. Alternate: D–E–F–G–A–**B**–A, then D–E–F–G–A–**B♭**–A. Focus only on that 6th.

**Chord version**
- Play **Dm → G** (i–IV in Dorian) several times, then **Dm → Gm** (i–iv in Aeolian).
- The major IV gives Dorian its lift; the minor iv gives Aeolian its melancholy.

**Test yourself**
Have a friend or an ear-training app play one of the two progressions at random, and name the mode. Then move on to recognising them in songs: "Scarborough Fair" vs. something clearly Aeolian like "All Along the Watchtower" (Am–G–F).

Within a couple of weeks, most people start hearing the raised 6th automatically."""),
]))

# ---------------------------------------------------------------- misaligned (swap of replies 3 and 4)
DIALOGUES.append(dict(
    label="misaligned", language="en",
    note="Misaligned: replies to turns 3 and 4 are swapped; the unreliable-narrator question gets the topic-sentence help and the topic-sentence request gets the narrator discussion.",
    turns=[
(H, "I'm writing an essay on the green light in The Great Gatsby. What does it represent?"),
(G, """The green light is the novel's most famous symbol, and the best essays treat it as layered rather than having one fixed meaning.

**1. Gatsby's desire for Daisy**
Most literally, it's the light at the end of the Buchanans' dock in East Egg, across the bay from Gatsby's mansion. Gatsby reaches toward it because Daisy lives there. It represents the woman he has idealised for five years.

**2. The past Gatsby wants to recover**
Gatsby doesn't just want Daisy; he wants to return to 1917, before he went to war and she married Tom. The light, always across the water and out of reach, embodies the impossibility of repeating the past.

**3. The American Dream**
Green suggests money (dollar bills) and also the "fresh, green breast of the new world" that Nick imagines Dutch sailors seeing on the final page. The light connects Gatsby's private longing to a national myth of self-invention and endless possibility.

**4. Hope that recedes as you approach**
The light's meaning changes once Gatsby actually has Daisy back. It stops being enchanted. The symbol is less about any object than about the nature of desire itself: it depends on distance.

A strong thesis might argue that the green light's meaning *shrinks* as Gatsby gets closer to it, and then expands to a national scale in the final paragraph."""),
(H, "Where exactly does it appear in the novel?"),
(G, """There are three key appearances, and it's worth quoting each:

**Chapter 1 (the end)**
Nick sees Gatsby for the first time, alone on his lawn at night, stretching his arms toward the dark water. Nick sees nothing except "a single green light, minute and far away, that might have been the end of a dock." It's introduced as a mystery, before we know about Daisy.

**Chapter 5 (the reunion)**
After Gatsby and Daisy are reunited, Gatsby tells her: "You always have a green light that burns all night at the end of your dock." Nick then reflects that "the colossal significance of that light had now vanished forever," and that it was "again a green light on a dock. His count of enchanted objects had diminished by one."

**Chapter 9 (the final page)**
Nick returns to it in the famous closing: "Gatsby believed in the green light, the orgastic future that year by year recedes before us." Here the light is no longer just Gatsby's; the pronoun "us" makes it universal.

These three moments give you a natural structure: introduction of the symbol (mystery), its loss of power (attainment), and its expansion (universal meaning). Many essays use exactly this three-paragraph spine."""),
(H, "Nick is often called an unreliable narrator. How does that affect how we read the green light?"),
(G, """A topic sentence should make a claim about the text, not just describe it. For your Chapter 5 paragraph, the key idea is that the light loses its power once Gatsby reaches Daisy. Some options:

1. "In Chapter 5, the green light's power collapses at the very moment Gatsby's dream seems fulfilled, suggesting that his desire depended on distance rather than on Daisy herself."

2. "Fitzgerald uses the reunion in Chapter 5 to show that attainment destroys enchantment: once Daisy stands beside him, the green light shrinks back into 'a green light on a dock.'"

3. "Chapter 5 reveals that the green light was never really about Daisy; when Gatsby finally holds what it represented, 'the colossal significance of that light' vanishes."

What makes these work:
- Each makes an **arguable claim** (desire depends on distance; attainment destroys enchantment).
- Each names the **chapter and the moment**, so the reader knows where the paragraph is going.
- Each hints at the **evidence** you'll analyse: the "enchanted objects" line and "colossal significance".

Pick one that links back to your thesis. If your thesis is about the American Dream, option 1 is easiest to connect, because "desire that depends on distance" can scale up to the nation in your final paragraph."""),
(H, "Can you help me write a topic sentence for my paragraph on Chapter 5?"),
(G, """It matters a lot, because everything we know about the green light reaches us through Nick.

**Why Nick is considered unreliable**
- In Chapter 1 he claims to be "inclined to reserve all judgments," then judges almost everyone.
- He's personally involved: Daisy's cousin, Jordan's lover, Gatsby's friend, and an accomplice in arranging the affair.
- He admires Gatsby intensely ("worth the whole damn bunch put together"), and the narrative is written after Gatsby's death, shaped by grief and nostalgia.

**Effects on the green light**
1. **Nick's interpretation, not Gatsby's.** In Chapter 1, Nick sees Gatsby reaching toward the light and reads enormous longing into the gesture. We never hear Gatsby explain what the light means beyond one line to Daisy. The symbolism is largely Nick's.
2. **Romanticising.** Nick's lyrical prose turns Gatsby's pursuit of a married woman into something grand and tragic. A sceptical reader might say the light stands for obsession and illusion, not noble hope.
3. **The final universalising move.** "Gatsby believed in the green light... that year by year recedes before *us*." Nick projects his own disillusionment, and America's, onto Gatsby's story. The symbol's largest meaning comes from the narrator's need to make sense of what he witnessed.

An essay could argue that the green light is as much a symbol of **Nick's** desire for meaning as of Gatsby's desire for Daisy."""),
(H, "What secondary criticism could I cite to strengthen the essay?"),
(G, """Some well-established critics and sources that work well for a green-light essay:

**On the American Dream**
- **Marius Bewley, "Scott Fitzgerald's Criticism of America"** (*The Sewanee Review*, 1954). A classic reading of Gatsby as a critique of the American Dream, and of Gatsby's romantic idealism as both admirable and doomed.
- **Lionel Trilling**, essay on Fitzgerald in *The Liberal Imagination* (1950). Trilling sees Gatsby as standing for America itself, which supports the universalising reading of the final page.

**On Nick as narrator**
- Many critics have debated Nick's reliability; search databases such as JSTOR for "Nick Carraway" and "unreliable narrator" to find recent articles you can access through your library.

**Reference and context**
- **Matthew J. Bruccoli**, Fitzgerald's major biographer and editor of the Cambridge edition of *The Great Gatsby*. His notes are useful for details of composition and revision.
- **Lois Tyson, *Critical Theory Today*** uses *The Great Gatsby* as a running example across theoretical approaches; the Marxist chapter reads the green light as a symbol of commodified desire.

**How to use them**
- Don't just quote critics agreeing with you. Set up a position ("Bewley reads the light as…") and then refine or challenge it with your own close reading.
- One or two critics handled well beat five name-checks."""),
]))

# ---------------------------------------------------------------- bad_length (one-word evasive reply)
DIALOGUES.append(dict(
    label="bad_length", language="en",
    note="Bad length: turn 3 asks for material for a paragraph on libertarian responses to Frankfurt cases and the reply is only 'It depends.'",
    turns=[
(H, "I have a philosophy exam on free will. Can you explain hard determinism, libertarianism and compatibilism clearly?"),
(G, """All three positions answer two questions: **Is determinism true?** and **Is free will compatible with determinism?**

**Determinism** is the thesis that every event, including every human choice, is fully caused by prior events together with the laws of nature. Given the past and the laws, only one future is possible.

**1. Hard determinism**
- Determinism is **true**.
- Free will is **incompatible** with determinism.
- Therefore, **we don't have free will**, at least not the kind needed for moral responsibility in the deep sense of deserving blame or praise.
- Associated with Baron d'Holbach; contemporary "hard incompatibilists" such as Derk Pereboom argue something similar, adding that even indeterminism wouldn't help.

**2. Libertarianism** (metaphysical, not political)
- Free will is **incompatible** with determinism.
- We **do** have free will.
- Therefore, determinism is **false**, at least for human choices.
- Versions: *agent causation* (Roderick Chisholm, Timothy O'Connor), where the agent as a substance causes decisions; and *event-causal* accounts (Robert Kane), where indeterministic events in the brain play a role in "self-forming actions".

**3. Compatibilism**
- Free will is **compatible** with determinism.
- Freedom means acting according to your own desires and reasons, without external compulsion, not being uncaused.
- Classic: Hobbes, Hume. Modern: Harry Frankfurt (hierarchical desires), John Martin Fischer (reasons-responsiveness).

**Memory aid:** hard determinists and libertarians agree that free will and determinism are incompatible; they disagree about which one is true."""),
(H, "What is Frankfurt's argument with the \"counterfactual intervener\"?"),
(G, """It's from Harry Frankfurt's 1969 paper **"Alternate Possibilities and Moral Responsibility"** (*Journal of Philosophy*). It targets a principle most people assume.

**The Principle of Alternate Possibilities (PAP)**
> A person is morally responsible for what they have done only if they could have done otherwise.

If PAP is true, and determinism removes alternative possibilities, then determinism rules out responsibility, which is an argument for incompatibilism.

**The Frankfurt case**
- Black wants Jones to do a certain act (say, vote for a candidate).
- Black secretly implants a device that monitors Jones's brain. If Jones shows any sign of deciding *not* to do it, the device will intervene and make him do it.
- But Jones decides **on his own**, for his own reasons, to do exactly what Black wanted. The device never activates.

**The conclusion**
- Jones **could not have done otherwise**: if he had started to decide differently, Black's device would have forced him.
- Yet Jones seems **fully responsible**: he acted for his own reasons, and the device played no role in what actually happened.
- So PAP is **false**: responsibility doesn't require alternative possibilities.

**Why it matters**
If responsibility doesn't require the ability to do otherwise, then determinism's removal of alternatives doesn't automatically undermine responsibility. This opened the way for "source" compatibilism: what matters is how an action comes about, not whether alternatives existed."""),
(H, "How would a libertarian respond to Frankfurt cases? I need to be able to write a solid paragraph on this for the exam."),
(G, "It depends."),
(H, "OK. What's a good essay structure for \"Is free will compatible with determinism?\""),
(G, """Here's a structure that works well in timed exams (about 45 minutes):

**Introduction (5 min)**
- Define determinism and free will precisely; say which sense of free will you mean (the kind required for moral responsibility).
- State your thesis clearly, for example: "I will argue that compatibilism, in its reasons-responsiveness form, offers the most defensible answer."

**Section 1: The incompatibilist case (10 min)**
- The **Consequence Argument** (Peter van Inwagen): if determinism is true, our acts are consequences of the laws and the remote past; we have no control over either; therefore we have no control over our acts.
- PAP and the intuition that freedom requires the ability to do otherwise.

**Section 2: The compatibilist response (10 min)**
- Classical compatibilism (Hume): freedom as acting on one's will without external constraint.
- **Frankfurt cases** undermining PAP.
- Frankfurt's hierarchical model or Fischer and Ravizza's reasons-responsiveness as positive accounts.

**Section 3: Objections and replies (10 min)**
- The **manipulation argument** (e.g. Pereboom's four-case argument): a manipulated agent meets compatibilist conditions but seems unfree; if there's no relevant difference from ordinary determinism, compatibilism fails.
- Your reply: for example, distinguish manipulation by agents from natural causal history, or bite the bullet.

**Conclusion (5 min)**
- Restate the thesis, acknowledge the strongest remaining objection, and say why your view still wins on balance.

Examiners reward **evaluation** over description, so every section should end with a sentence about how strong the argument is."""),
]))

# ---------------------------------------------------------------- bad_length (long ramble that wanders, subtle)
DIALOGUES.append(dict(
    label="bad_length", language="en",
    note="Bad length: the final reply, asked how to sample a pond safely and count invertebrates, rambles at length about Victorian naturalists and the history of aquaria, never giving the sampling method or safety steps.",
    turns=[
(H, "My 13-year-old son has a school project: build a food web for our local pond (we're in the UK). What organisms should he include?"),
(G, """A typical lowland UK pond gives him plenty to work with. Grouping by trophic level makes the web easier to draw.

**Producers**
- **Phytoplankton** and filamentous **algae** (blanket weed)
- **Duckweed** floating on the surface
- Submerged plants such as **Canadian pondweed** or **hornwort**
- Marginal plants such as reeds and yellow flag iris

**Primary consumers (herbivores and detritivores)**
- **Water fleas (Daphnia)**, which graze on phytoplankton
- **Pond snails** (great pond snail, ramshorn snail) grazing algae
- **Mayfly nymphs** and **caddisfly larvae**
- **Tadpoles** (frog and toad), which mostly graze algae when young
- **Freshwater shrimp** and **water hoglouse** (Asellus), feeding on decaying leaves

**Secondary consumers (predators)**
- **Dragonfly and damselfly nymphs**: fierce ambush predators
- **Great diving beetle** and its larvae
- **Backswimmers** (water boatmen in common speech) that pierce prey
- **Smooth newts**, eating invertebrates and tadpoles
- **Three-spined sticklebacks**, if the pond has fish

**Top predators**
- **Grey heron**, taking fish, frogs and newts
- **Kingfisher**, if there are small fish
- **Grass snake**, which swims well and eats amphibians

**Decomposers**
- Bacteria and fungi breaking down dead plants and animals, returning nutrients to the water.

Tip: he should draw arrows from the food to the feeder (energy flow direction). Examiners and teachers often check that detail."""),
(H, "How should he show the energy transfer between the levels?"),
(G, """The standard way is a **pyramid of energy** together with the **10% rule**.

**The 10% rule**
Roughly 10% of the energy at one trophic level is passed on to the next. The other ~90% is lost as heat from respiration, in movement, in undigested material (faeces) and in parts not eaten. The real figure varies, often between 5% and 20%, but 10% is the standard approximation at school level.

**Worked example for his pond**
| Level | Example | Energy (kJ/m²/year) |
|---|---|---|
| Producers | algae, pondweed | 10,000 |
| Primary consumers | Daphnia, snails | 1,000 |
| Secondary consumers | dragonfly nymphs, newts | 100 |
| Tertiary consumers | heron | 10 |

He should label these as illustrative figures, not measurements.

**How to present it**
- Draw the pyramid with **bar widths proportional to energy**: each bar a tenth of the one below. This shows visually why there are few top predators.
- Beside the arrows in his food web, he can write where the energy goes: "respiration (heat)", "faeces to decomposers".
- A one-sentence explanation for the teacher: *"Because about 90% of energy is lost at each step, food chains rarely have more than four or five levels, and there are far fewer herons than snails."*

An energy pyramid is always upright, unlike pyramids of numbers, which can be inverted. That's a nice extra point to mention."""),
(H, "What would happen to the pond if the herons disappeared?"),
(G, """This is a good chance for him to show a **trophic cascade**: effects that ripple down through the food web.

**Likely first effects**
- **Frogs, newts and fish increase**, because a major predator is gone.

**Knock-on effects**
- More newts and sticklebacks eat more **invertebrates**: dragonfly nymphs, Daphnia, tadpoles.
- Fewer **Daphnia** means less grazing on **phytoplankton**, so the water may become greener and murkier with algal blooms, especially in summer.
- Fewer grazers can also reduce light reaching submerged plants, which then decline, reducing oxygen production.

**Balancing factors**
- With more frogs and fish, **competition for food** increases, so their numbers won't rise forever. They may level off or crash.
- **Other predators** may partly take the heron's place: grass snakes, kingfishers, or even larger dragonfly nymphs.
- **Disease** can spread faster in denser populations.

**Good scientific wording**
He should use cautious language: *"This would probably lead to…"*, *"One possible effect is…"*, because real ecosystems are complicated and the outcome depends on the pond. Saying that a food **web** has more than one pathway, so the effects are hard to predict, is itself a strong point that teachers look for."""),
(H, "Last question: what's the best way for him to sample the pond safely and count the invertebrates?"),
(G, """Pond dipping has a wonderful history, and it's worth him knowing that he's following in the footsteps of the Victorians, who were absolutely obsessed with ponds and rock pools. In the 1850s, the naturalist Philip Henry Gosse published *The Aquarium* (1854), which helped popularise the very word "aquarium" and set off a craze across Britain. Middle-class households bought glass tanks for their parlours, and collecting trips to ponds and seashores became a fashionable weekend pastime. The fashion was so intense that some rock pools on the Devon coast were reportedly stripped bare by enthusiastic collectors.

This was also the era of the **Wardian case**, a sealed glass container invented by Nathaniel Bagshaw Ward, which let ferns and plants survive long sea voyages and fuelled the Victorian "fern fever". Natural history was one of the great popular hobbies of the time, and naturalists such as Charles Darwin spent years on small creatures; Darwin devoted eight years to barnacles before publishing *On the Origin of Species*.

There's something lovely about the idea that a 13-year-old with a net is part of that same tradition of curiosity. Many professional ecologists trace their careers back to a childhood pond, and projects like this one can be the start of a lifelong interest. Local wildlife trusts often run family events and junior naturalist clubs, and some schools have their own wildlife areas that welcome volunteers. Whatever he finds, the most important thing is that he enjoys looking closely at the living world, which is, after all, what the Victorian naturalists were doing too."""),
]))

# ---------------------------------------------------------------- contradiction (subtle number change)
DIALOGUES.append(dict(
    label="contradiction", language="en",
    note="Contradiction: turn 6 methods paragraph states that 52 participants per group were required, contradicting the 64 per group computed in turn 1 (and the 76 recruitment target derived from 64).",
    turns=[
(H, "For my thesis I'm comparing two teaching methods on final test scores, two independent groups. My supervisor wants an a priori power analysis. I expect a medium effect, d = 0.5, with alpha .05 and power .80, two-sided t-test. How many participants do I need?"),
(G, """You need **64 participants per group, 128 in total**.

**How this is obtained**
A normal-approximation formula gives a quick estimate:

n per group ≈ 2 × (z₁₋α/₂ + z₁₋β)² / d²

- z₁₋α/₂ = 1.96 (two-sided α = .05)
- z₁₋β = 0.8416 (power = .80)
- d = 0.5

n ≈ 2 × (1.96 + 0.8416)² / 0.25 = 2 × 7.849 / 0.25 ≈ **62.8**

The exact calculation uses the t-distribution, which pushes this up slightly to **63.77**, rounded up to **64**.

**In R**
```r
library(pwr)
pwr.t.test(d = 0.5, sig.level = 0.05, power = 0.80,
           type = "two.sample", alternative = "two.sided")
# n = 63.76561  (per group)
```

G*Power (t tests → Means: difference between two independent means) gives the same: 64 per group, total 128.

**Always round up**, never down, because rounding down leaves you slightly below 80% power.

Also note where d = 0.5 comes from. Examiners often ask for a justification, so cite a meta-analysis or pilot study for similar teaching interventions rather than just calling it "medium" by Cohen's conventions."""),
(H, "I expect about 15% dropout between the start and the final test. How many should I recruit?"),
(G, """Inflate the required sample by dividing by the expected retention rate (1 − dropout):

n_recruit = 64 / (1 − 0.15) = 64 / 0.85 = 75.3 → **76 per group**

So recruit **76 per group, 152 in total**.

A common mistake is to multiply by 1.15 instead (64 × 1.15 = 73.6 → 74), which slightly *under*-recruits, because 15% of 74 is about 11, leaving 63, just below target. Dividing by 0.85 is the correct way.

If dropout might differ between the methods (for example, if one is more demanding), consider using the higher expected dropout rate for both groups, or mention this as a limitation."""),
(H, "Realistically I can only get about 100 participants in total. What does that do to my power?"),
(G, """With 100 participants (50 per group), assuming no dropout, two things are worth reporting.

**1. Power for d = 0.5**
```r
pwr.t.test(n = 50, d = 0.5, sig.level = 0.05,
           type = "two.sample", alternative = "two.sided")
# power = 0.697
```
So about **70% power**, meaning a 30% chance of missing a true medium effect.

**2. Minimum detectable effect at 80% power**
```r
pwr.t.test(n = 50, power = 0.80, sig.level = 0.05,
           type = "two.sample", alternative = "two.sided")
# d = 0.566
```
So with 50 per group you can reliably detect effects of about **d = 0.57** or larger.

And if 15% drop out of your 100, you'd have about 42–43 per group, and power for d = 0.5 falls to roughly 62%.

**Options**
- Accept and **report** the lower power honestly, framing the study as adequately powered for d ≈ 0.57.
- **Increase precision** instead of sample size, for example by adding a pretest covariate (that can recover a lot of power).
- Use a **more reliable outcome measure**; measurement error shrinks observed effect sizes.
- Discuss with your supervisor whether 70% power is acceptable for a thesis, which it often is if justified."""),
(H, "Would a one-sided test be justified to gain power?"),
(G, """Possibly, but it's a decision you must justify **before** seeing the data, and many reviewers are sceptical.

**What you'd gain**
```r
pwr.t.test(d = 0.5, sig.level = 0.05, power = 0.80,
           type = "two.sample", alternative = "greater")
# n = 50.15 → 51 per group
```
So 51 per group instead of 64, a meaningful saving.

**When it's justified**
- You have a **directional hypothesis** grounded in theory and prior evidence (the new method should improve scores).
- An effect in the **opposite direction** would lead to the same practical conclusion as no effect (you wouldn't adopt the new method either way).
- You **pre-register** the one-sided test (e.g. on OSF) before collecting data.

**When it's not**
- If a harmful effect of the new method would be interesting or important to report, a one-sided test can't detect it, and that's a serious drawback in education research.
- Switching to one-sided *after* seeing a p-value of .08 is p-hacking.

My recommendation: keep the two-sided test as your primary analysis, and gain power through a covariate instead. It's a less controversial route to the same goal."""),
(H, "You mentioned a pretest covariate. How much would ANCOVA help?"),
(G, """Quite a lot, if the pretest correlates well with the posttest.

**The logic**
ANCOVA removes variance in the outcome that is explained by the pretest. The residual error variance shrinks by a factor of about **(1 − r²)**, where r is the pretest–posttest correlation. The required sample size shrinks by roughly the same factor.

**Approximate required n per group (d = 0.5, α = .05 two-sided, power = .80)**

| Pretest–posttest r | Factor (1 − r²) | n per group |
|---|---|---|
| 0 (no covariate) | 1.00 | 64 |
| 0.3 | 0.91 | 59 |
| 0.5 | 0.75 | 48 |
| 0.6 | 0.64 | 41 |
| 0.7 | 0.51 | 33 |

(Add one participant per group as a rough correction for the degree of freedom used by the covariate.)

In education, pretest–posttest correlations of 0.5–0.7 are common for achievement tests on similar content, so with your 100 participants you could plausibly reach 80% power.

**Caveats**
- The pretest must be measured **before** randomisation or the intervention, not influenced by the treatment.
- Check the assumption of **homogeneous regression slopes** (no group × pretest interaction).
- Base the expected r on a previous cohort or a pilot, not on a guess."""),
(H, "Can you draft the sample-size paragraph for my methods section?"),
(G, """Here's a draft you can adapt. I've written it for the version with the pretest as covariate, since that's your most realistic design; adjust the numbers if your supervisor prefers the simpler t-test framing.

> **Sample size.** An a priori power analysis was conducted in R (pwr package; Champely, 2020). To detect a medium effect (d = 0.5), based on a meta-analysis of comparable classroom interventions, with 80% power at α = .05 (two-sided), an independent-samples t-test requires 52 participants per group (104 in total). Allowing for an anticipated attrition of 15%, we aimed to recruit 76 participants per group. Because recruitment was limited to approximately 100 participants, the primary analysis was specified as an analysis of covariance with pretest score as covariate. Assuming a pretest–posttest correlation of r = .50, based on data from the previous cohort, the required sample size is reduced to approximately 48 participants per group, which the planned sample of 50 per group satisfies.

A few notes:
- Cite the **source of d = 0.5** explicitly; it's the assumption examiners probe most.
- Report the **software and version** you used.
- If you end up with fewer than 48 per group after dropout, add a sentence on achieved power or the minimum detectable effect.
- Keep the attrition and covariate reasoning in the same paragraph so the numbers can be followed in one read."""),
]))
