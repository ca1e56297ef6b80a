# Good English dialogues for part B
H, G = "human", "gpt"

DIALOGUES = []

# ---------------------------------------------------------------- astronomy
DIALOGUES.append(dict(
    label="good", language="en",
    note="Good: beginner telescope owner gets correct magnification maths, eyepiece advice, troubleshooting and a star-test procedure; consistent and specific throughout.",
    turns=[
(H, "I just got my first telescope, a 130 mm Newtonian reflector with a 650 mm focal length. It came with 25 mm and 10 mm eyepieces. Saturn is up in the evenings right now. What magnification do those eyepieces give, and what can I realistically expect to see?"),
(G, """Magnification is simply the telescope's focal length divided by the eyepiece's focal length:

- 25 mm eyepiece: 650 / 25 = **26×**
- 10 mm eyepiece: 650 / 10 = **65×**

A common rule of thumb puts the highest *useful* magnification at about 2× the aperture in millimetres, so roughly 260× for your scope. In practice the atmosphere ("seeing") limits most nights to 120–180×, so don't chase the theoretical figure.

What to expect on Saturn:

- **At 26×** Saturn looks like a tiny bright oval. You can tell it is not round, but the rings are hard to separate from the globe. This eyepiece is best for finding the planet and centring it.
- **At 65×** the rings are clearly detached from the ball of the planet. It will look small, roughly like a grain of rice held at arm's length, but unmistakable. Most people find this first view genuinely startling.
- **Titan**, Saturn's largest moon, shows up as a faint star-like point a few ring-widths away. On a dark night you may also catch Rhea, Tethys and Dione, which are fainter.
- **The Cassini Division** (the dark gap in the rings) usually needs 100× or more plus steady air, and it is easier when the rings are well tilted toward us. The tilt changes over Saturn's 29.5-year orbit; around a ring-plane crossing the rings shrink to a thin line.

Give the telescope time to cool outside before judging the view, and observe when Saturn is highest in the sky, because you are then looking through less turbulent air."""),
(H, "Should I buy a Barlow lens or a shorter eyepiece to get more magnification?"),
(G, """Both work; they just trade off differently.

**A 2× Barlow** doubles every eyepiece you own:
- 25 mm + Barlow = 52×
- 10 mm + Barlow = 130×

So one purchase gives you two new magnifications. The downside is that the cheap Barlows bundled with starter kits often have poor glass. A decent achromatic 2× Barlow from a reputable optics brand costs roughly $40–70 and is worth the difference.

**A shorter eyepiece**, for example a 6 mm, gives 650 / 6 ≈ 108×. The catch is eye relief. Classic Plössl eyepieces have eye relief of about 0.7× their focal length, so a 6 mm Plössl leaves you only about 4 mm between your eye and the lens, which is uncomfortable and nearly impossible with glasses. If you go this way, look for a "planetary" or wide-field design advertising 15–20 mm of eye relief.

A useful check is the exit pupil: aperture ÷ magnification. At 130× you get 130 / 130 = 1 mm, which is a comfortable, sharp level for planets. Below about 0.5 mm (260× and up) the image gets dim and floaters in your eye become distracting.

My suggestion for your setup: a good 2× Barlow first. It turns your 10 mm into a 130× planetary eyepiece, and you will learn on real nights whether you want something in between before spending more."""),
(H, "Last night at 65× the image looked mushy and kind of boiling. Is something wrong with my scope?"),
(G, """Probably not broken; there are three usual suspects, and you can tell them apart.

**1. Tube currents (cooling).** A mirror brought out of a warm house keeps releasing heat for 30–45 minutes in a 130 mm scope. Warm air rising off the mirror produces a shimmering, wavy image even on a good night. Fix: put the scope outside 45 minutes before observing, pointing down or with the cap off.

**2. Seeing (the atmosphere).** If the image "boils" but occasionally snaps sharp for a fraction of a second, that is atmospheric turbulence. It is worst when the target is low (below about 30° altitude) or when you look over rooftops, chimneys or a car park that soaked up heat during the day. Fix: observe over grass, wait until the planet is higher, and expect some nights to be simply bad.

**3. Collimation (mirror alignment).** Your scope is f/5 (650 / 130), and fast Newtonians are fairly sensitive to misalignment, which can happen during shipping. Bad collimation gives a *consistently* soft image, and stars look like little comets or flares all pointing the same way, rather than boiling.

Quick diagnosis: if the blur changes moment to moment, it's seeing or cooling; if it's steady and lopsided, check collimation. A simple collimation cap costs a few dollars and is usually enough to get a Newtonian very close."""),
(H, "How do I do a star test to check collimation?"),
(G, """Here is a simple version that works well with your scope:

1. **Let the scope cool** fully first, otherwise tube currents will mimic collimation errors.
2. **Pick a bright star high in the sky**, ideally magnitude 2 or so. In the Northern Hemisphere, Polaris is handy because it barely moves, so you don't need to keep re-centring it.
3. **Use high magnification**: your 10 mm with a Barlow (130×) is ideal. Centre the star exactly in the field, because off-axis stars look distorted in any Newtonian.
4. **Defocus slightly**, just until the star becomes a small disc with a few concentric rings. You will see a dark spot in the middle: that's the shadow of the secondary mirror.
5. **Judge the pattern.** If the rings are concentric and the dark shadow sits dead centre, collimation is good. If the shadow is pushed toward one side, the primary mirror needs adjusting.
6. **Adjust the primary** with its collimation screws at the back of the tube. Turn one screw a small amount, then re-centre the star (the adjustment moves it) and look again. Keep adjusting until the shadow is centred.
7. **Check both sides of focus.** Rack slightly inside and then outside focus; the two patterns should look similar. Different-looking patterns point to other problems such as pinched optics or a thermal issue.

On a night of poor seeing the rings will shimmer, so do the fine adjustments on a steady night. Once it's done, a Newtonian usually holds collimation well unless it gets knocked."""),
]))

# ---------------------------------------------------------------- statistics thesis
DIALOGUES.append(dict(
    label="good", language="en",
    note="Good: thesis student is guided through a mixed-effects analysis in R (rationale, code, singular fit, ordinal alternative, APA reporting); replies are accurate and build on each other.",
    turns=[
(H, "I'm doing a master's thesis in psychology. 40 participants each rated 24 images (12 negative, 12 neutral) on arousal from 1 to 9. I was going to average each person's ratings per condition and run a paired t-test, but my supervisor says I should use a mixed-effects model instead. Why?"),
(G, """Your supervisor is pushing you toward a model that matches how the data were actually generated. There are two reasons.

**1. You have two sources of random variation, not one.** Participants differ (some people rate everything high), but *images* also differ: one negative image might be far more arousing than another. When you average over images and run a paired t-test, you treat your 12 negative images as if they were the only negative images in the world. Your conclusion then strictly applies only to those images. This is Clark's (1973) "language-as-fixed-effect fallacy", and it tends to inflate Type I error because item variability is ignored.

A mixed model with **crossed random effects** for participants and images lets you generalise to both new people *and* new images of the same kind.

**2. You keep all the data.** You have 40 × 24 = 960 ratings. Averaging collapses them to 80 numbers and throws away information about how consistent each person's ratings were. The mixed model uses every observation and weights them appropriately, and it copes with missing trials (say one participant skipped three images) without dropping anyone.

A practical bonus: mixed models are now standard in experimental psychology, so reviewers and examiners expect them for designs like yours. The paired t-test isn't "wrong" as a rough check, and it will often give a similar direction of effect, but the mixed model is the defensible main analysis."""),
(H, "OK, how do I write that in R?"),
(G, """With the `lme4` package, plus `lmerTest` to get p-values. Assuming your data are in long format (one row per rating) with columns `participant`, `image`, `condition`, and `arousal`:

```r
library(lme4)
library(lmerTest)   # adds Satterthwaite df and p-values to lmer()

d$participant <- factor(d$participant)
d$image       <- factor(d$image)
d$condition   <- factor(d$condition, levels = c("neutral", "negative"))

m1 <- lmer(arousal ~ condition +
             (1 + condition | participant) +
             (1 | image),
           data = d)

summary(m1)
```

What each part means:

- `arousal ~ condition` is the fixed effect you care about: the difference between negative and neutral images. With neutral as the reference level, the coefficient `conditionnegative` is the average increase in arousal for negative images.
- `(1 + condition | participant)` gives each participant their own baseline (random intercept) and their own size of the negative-vs-neutral effect (random slope). Because every participant saw both conditions, this slope is estimable and should be included.
- `(1 | image)` gives each image its own baseline. There's no random slope for condition by image, because each image belongs to only one condition; an image can't have a "negative vs neutral" difference.

Check that your data really are long format: `nrow(d)` should be 960 (minus any missing trials) and `table(d$condition)` should show 480 per condition."""),
(H, "I ran it and got: boundary (singular) fit: see help('isSingular'). What does that mean and what do I do?"),
(G, """It means at least one variance component was estimated at (or extremely near) zero, or a random-effect correlation hit exactly +1 or −1. The model is technically fitted, but it is more complex than your data can support.

First, look at where the problem is:

```r
VarCorr(m1)
```

Typical culprits in your design:
- The **random slope variance for condition** by participant is tiny, meaning participants differ very little in the size of their effect.
- The **correlation** between participant intercepts and slopes is shown as 1.00 or −1.00.

Then simplify step by step:

```r
# 1. Remove the intercept-slope correlation
d$cond_num <- ifelse(d$condition == "negative", 0.5, -0.5)
m2 <- lmer(arousal ~ cond_num +
             (1 + cond_num || participant) + (1 | image), data = d)

# 2. If still singular, drop the random slope
m3 <- lmer(arousal ~ cond_num +
             (1 | participant) + (1 | image), data = d)

anova(m2, m3)  # likelihood-ratio test of the slope variance
```

Note the numeric coding (−0.5/+0.5): the `||` syntax only removes correlations properly with numeric predictors, not factors.

For your write-up, you can cite the debate: Barr et al. (2013) recommend starting maximal, while Matuschek et al. (2017) show that simplifying an over-parameterised model can improve power without inflating Type I error. State what you started with, why you simplified, and which model you report."""),
(H, "Another thing: the ratings are on a 1-9 scale, so technically ordinal. Is a linear model even OK?"),
(G, """It's a legitimate concern and worth a paragraph in your thesis.

**The pragmatic view:** treating 1–9 ratings as continuous is extremely common in psychology, and with 9 points, responses spread across the scale and many observations, a linear mixed model usually gives similar conclusions. Examiners rarely fail a thesis for this.

**The critical view:** Liddell and Kruschke (2018) showed that analysing ordinal data with metric models can produce distorted results, including false positives and even effects in the wrong direction, particularly when distances between categories are unequal or responses cluster at one end (for example, neutral images piling up at 1–2).

**A good compromise:** report the linear mixed model as your main analysis and a cumulative link mixed model as a robustness check, or vice versa. The `ordinal` package handles crossed random effects:

```r
library(ordinal)
d$arousal_ord <- factor(d$arousal, ordered = TRUE)

m_ord <- clmm(arousal_ord ~ cond_num +
                (1 + cond_num | participant) + (1 | image),
              data = d)
summary(m_ord)
```

The coefficient is on the log-odds scale: a positive value means negative images shift ratings toward higher categories. If both models agree on direction and significance, you can state that the conclusion does not depend on treating the scale as interval. If they disagree, that's a finding worth discussing too.

Also check the distribution first with `table(d$arousal, d$condition)` to see whether floor effects are an issue."""),
(H, "Great. How do I report the main result in APA style?"),
(G, """Report three things: the model specification, the fixed effect, and the random-effects structure. Here's a template with made-up numbers so you can see the format. Replace them with your own output.

> Arousal ratings were analysed with a linear mixed-effects model using the lme4 package (Bates et al., 2015) in R (version 4.3.2), with p-values based on Satterthwaite's approximation (lmerTest; Kuznetsova et al., 2017). Condition was coded as −0.5 (neutral) and +0.5 (negative). The model included random intercepts for participants and images and a by-participant random slope for condition; the correlation between random effects was removed to resolve a singular fit. Negative images were rated as more arousing than neutral images, *b* = 1.84, *SE* = 0.21, *t*(38.6) = 8.76, *p* < .001.

Details that examiners look for:

- **Italicise** statistical symbols (*b*, *SE*, *t*, *p*).
- Report **degrees of freedom** with decimals when they come from Satterthwaite, as above.
- Give **exact p-values** to two or three decimals (*p* = .032), except below .001.
- Include **variance components** in a table (SD for participant intercept, participant slope, image intercept, residual).
- Add an effect-size measure. Marginal and conditional R² are easy to get:

```r
library(performance)
r2(m2)   # R2_marginal (fixed effects) and R2_conditional (fixed + random)
```

Finally, mention the ordinal robustness check in one sentence, with a pointer to the appendix where you report the full `clmm` output."""),
]))

# ---------------------------------------------------------------- physics homework
DIALOGUES.append(dict(
    label="good", language="en",
    note="Good: projectile-motion homework solved step by step with correct numbers (components, flight time, height, range, wall clearance, 45 degree proof, raised launch).",
    turns=[
(H, "Physics homework: a ball is kicked from ground level at 18 m/s at 35° above the horizontal. Find the time of flight, maximum height and range. Use g = 9.8 m/s² and ignore air resistance."),
(G, """Start by splitting the velocity into components.

**Components**
- vₓ = 18 cos 35° = 18 × 0.8192 = **14.74 m/s** (constant the whole flight)
- v_y = 18 sin 35° = 18 × 0.5736 = **10.32 m/s** (changes because of gravity)

**Time of flight**
At the top, v_y = 0. Time to reach the top:
t_up = v_y / g = 10.32 / 9.8 = 1.054 s

Since it lands at the same height it started, the flight is symmetric:
T = 2 × 1.054 = **2.11 s**

**Maximum height**
H = v_y² / (2g) = 10.32² / (2 × 9.8) = 106.6 / 19.6 = **5.44 m**

**Range**
R = vₓ × T = 14.74 × 2.107 = **31.1 m**

**Check with the range formula**
R = v² sin(2θ) / g = 18² × sin 70° / 9.8 = 324 × 0.9397 / 9.8 = 31.1 m ✔

Keep a couple of extra decimals in the intermediate steps (as I did with 2.107 s) so rounding doesn't creep into the final answers."""),
(H, "Part (b) says there's a 2.5 m high wall 25 m away. Does the ball clear it?"),
(G, """Find *when* the ball reaches the wall horizontally, then *how high* it is at that moment.

**Time to reach x = 25 m**
Horizontal motion has no acceleration, so
t = x / vₓ = 25 / 14.74 = 1.696 s

**Height at that time**
y = v_y·t − ½·g·t²
y = 10.32 × 1.696 − 4.9 × 1.696²
y = 17.51 − 4.9 × 2.875
y = 17.51 − 14.09
y ≈ **3.42 m**

**Conclusion:** 3.42 m > 2.5 m, so the ball clears the wall by about **0.92 m**.

Notice that 1.696 s is later than the 1.054 s peak time, so the ball is already on its way down when it passes the wall. That's consistent: the wall is at 25 m, beyond the halfway point of the 31.1 m range."""),
(H, "My teacher also wants us to show why 45° gives the maximum range. How do I show that?"),
(G, """Derive the range formula generally, then maximise it.

**Step 1: general expressions**
- vₓ = v cos θ
- v_y = v sin θ
- Time of flight (same launch and landing height): T = 2v sin θ / g

**Step 2: range**
R = vₓ · T = v cos θ · (2v sin θ / g) = 2v² sin θ cos θ / g

Using the identity 2 sin θ cos θ = sin 2θ:

**R = v² sin(2θ) / g**

**Step 3: maximise**
For a fixed launch speed v, only sin(2θ) varies. The sine function has its maximum value of 1 when its argument is 90°:

2θ = 90° ⇒ **θ = 45°**, giving R_max = v² / g.

If your teacher wants calculus:
dR/dθ = (2v² / g) cos(2θ) = 0 ⇒ cos(2θ) = 0 ⇒ 2θ = 90° ⇒ θ = 45°.
The second derivative, −(4v²/g) sin(2θ), is negative there, confirming a maximum.

**A nice extra point:** because sin(2θ) = sin(180° − 2θ), complementary angles give equal ranges. Your 35° kick and a 55° kick at 18 m/s both travel 31.1 m; the 55° one just goes higher and stays in the air longer.

Mention the assumptions: no air resistance, and launch and landing at the same height. Change either and the optimum angle shifts."""),
(H, "What if the same kick (18 m/s, 35°) is made from the top of a 1.2 m platform? How far does it land now?"),
(G, """Now the ball starts 1.2 m above the landing point, so the flight is no longer symmetric. Solve for when y = 0.

**Vertical position**
y(t) = 1.2 + 10.32t − 4.9t²

Set y = 0 and rearrange:
4.9t² − 10.32t − 1.2 = 0

**Quadratic formula**
t = [10.32 + √(10.32² + 4 × 4.9 × 1.2)] / (2 × 4.9)
t = [10.32 + √(106.6 + 23.52)] / 9.8
t = [10.32 + √130.1] / 9.8
t = (10.32 + 11.41) / 9.8
t ≈ **2.217 s**

(The other root is negative and has no physical meaning here.)

**Range**
R = vₓ × t = 14.74 × 2.217 ≈ **32.7 m**

So the platform adds about 1.6 m compared with the 31.1 m from ground level, because the ball has an extra 0.11 s of falling time.

One more connection to part (c): with a raised launch, the angle for maximum range is slightly *less* than 45°, since a flatter trajectory makes better use of the extra drop."""),
]))

# ---------------------------------------------------------------- birdwatching
DIALOGUES.append(dict(
    label="good", language="en",
    note="Good: beginner birder in Ontario gets binocular advice, a method for identifying small yellow birds with specific field marks, and birding ethics; all replies specific and relevant.",
    turns=[
(H, "I want to get into birdwatching. My budget for binoculars is about $250. Everyone argues about 8x42 versus 10x42. Which should I get?"),
(G, """For a beginner, I'd go with **8x42**. Here's what the numbers mean and why.

The first number is magnification, the second is the objective lens diameter in millimetres. Dividing them gives the **exit pupil**: 42 / 8 = 5.25 mm versus 42 / 10 = 4.2 mm. The larger exit pupil makes 8x42s brighter in dim light, at dawn or under a forest canopy, and more forgiving of where your eye sits.

Why 8x usually wins for beginners:
- **Wider field of view**, typically around 7°–8° versus 6°–6.5° for 10x. A warbler flitting through leaves is much easier to find.
- **Steadier image.** Hand shake is magnified too; at 10x it's noticeably jittery.
- **Better depth of field**, so you refocus less.

10x42 makes sense if you mostly watch open country: shorebirds on mudflats, raptors, waterfowl on lakes.

What to look for in your price range:
- Roof prism with **phase-coated** and fully multi-coated optics
- **Waterproof and fog-proof** (nitrogen or argon purged)
- **Close focus** under about 2.5 m, useful for butterflies and birds at feeders
- **Eye relief** of at least 15 mm if you wear glasses
- A good warranty; several mid-range brands offer lifetime no-fault warranties

Models people commonly recommend around that budget include the Vortex Diamondback HD and Nikon Monarch lines; prices vary, so try a couple in a shop if you can. Comfort in your hands matters more than small spec differences."""),
(H, "Thanks! Another problem: in spring I keep seeing small yellow birds flitting around in the treetops and I can never identify them. I'm in southern Ontario. How do I approach this?"),
(G, """Small yellow birds in spring treetops in southern Ontario are very likely **warblers**, possibly **American Goldfinches**. Warblers are tricky for everyone at first, so a method helps.

**What to note, in order**
1. **Size and shape:** sparrow-sized or smaller? Thin, pointed bill (warbler) or stubby, conical bill (goldfinch)?
2. **Behaviour:** constantly hopping and gleaning insects from leaves (warbler) or perched and cracking seeds (finch)?
3. **Field marks:** wing bars or none, eye ring or plain face, streaks on the breast, dark mask, the pattern under the tail.
4. **Habitat and height:** treetops, shrubs near water, or marsh reeds?
5. **Sound:** many warblers are easier to identify by song than by sight.

**Three common candidates**
- **Yellow Warbler:** almost entirely yellow, with a plain face and beady black eye; males have rusty-red streaks on the breast. Song: a bright *sweet-sweet-sweet, I'm so sweet*. Likes willows and shrubs near water.
- **American Goldfinch:** breeding male is lemon-yellow with a black cap and black wings with white bars. Bouncy, undulating flight, with a call often rendered *po-ta-to-chip*.
- **Common Yellowthroat:** yellow throat, and the male has a black "bandit" mask. It skulks low in marshes rather than treetops. Song: *witchety-witchety-witchety*.

**Tools**
- **Merlin Bird ID** (free, Cornell Lab): its Sound ID listens and suggests species in real time, which is great for treetop birds you can't see well.
- **eBird** to find local hotspots and see what's being reported. Migration in southern Ontario peaks around mid-May, and places like Point Pelee and Long Point are famous for it.
- A field guide such as Sibley or Peterson to learn the families.

Expect sore necks; birders call it "warbler neck" for good reason."""),
(H, "Is there any etiquette or ethics I should know before I start going out?"),
(G, """Yes, and it's worth learning early because habits stick. The American Birding Association's Code of Birding Ethics is the standard reference; the core ideas are:

- **Put the birds' welfare first.** If a bird changes its behaviour because of you (stops feeding, gives alarm calls, flies off), you're too close. Back off.
- **Be careful with playback.** Playing recorded songs to attract birds stresses them, especially in the breeding season when a male thinks a rival has arrived. Many parks and reserves ban it outright. Never use it near nests or for threatened species.
- **Stay away from nests.** Approaching can lead predators to them or make parents abandon them. Photograph nesting birds only from a long distance, if at all.
- **Stay on trails** and respect closures; many areas are closed seasonally to protect nesting birds.
- **Respect private property.** Ask permission before entering, and don't block driveways when you stop for a bird.
- **Be thoughtful when sharing rare sightings.** Owls and rare breeders can be overwhelmed by crowds. eBird automatically hides locations for some sensitive species; follow local norms before posting exact spots on social media.
- **Keep feeders clean** if you feed birds at home, and place them either very close to or well away from windows to reduce collisions.

And a positive one: log your sightings in eBird. Your checklists feed real research on bird populations and migration."""),
]))

# ---------------------------------------------------------------- literature essay
DIALOGUES.append(dict(
    label="good", language="en",
    note="Good: student sharpens a Frankenstein essay (thesis options, frame narrative, accurate quotations with chapters, quotation integration, rewritten conclusion); coherent progression.",
    turns=[
(H, "I'm writing a 2000-word essay on Frankenstein with the question \"Who is the real monster?\". My thesis is \"Victor is the real monster because he abandons his creation.\" My teacher says it's too obvious. How can I sharpen it?"),
(G, """Your teacher is right that this is the thesis most essays on this question land on, so it's hard to stand out with it. The fix is usually to move from *who* is the monster to *how* the novel produces or questions monstrosity. Three sharper options:

1. **Relational monstrosity:** "Frankenstein suggests that monstrosity is not an innate quality but something produced through rejection: the creature becomes monstrous as Victor, the De Laceys and society refuse to recognise him, making monstrousness a shared responsibility rather than a property of one character."

2. **The narrative frame:** "Shelley's nested narrative, in which the creature's voice reaches us only through Victor's account, transcribed in Walton's letters, deliberately prevents the reader from settling who the 'real monster' is, because every judgement we make is filtered through a biased narrator."

3. **The double:** "Victor and the creature function as doubles, each mirroring the other's isolation, obsession and vengeance, so the question 'who is the monster?' has no single answer: the novel's horror lies in their resemblance."

Each of these is *arguable*: a reasonable reader could disagree, which is what makes a thesis worth defending. Each also gives you a structure. Option 2, for instance, naturally organises an essay around the three narrators.

You can keep your original point about abandonment as *evidence* inside any of these. It just shouldn't be the whole argument."""),
(H, "I like the narrative frame one. How exactly does the frame work?"),
(G, """It's a set of nested narratives, often compared to Chinese boxes or Russian dolls:

1. **Outer layer: Robert Walton's letters** to his sister, Margaret Saville, in England. Walton is an ambitious explorer heading for the North Pole. The novel opens and closes with his letters.

2. **Middle layer: Victor's narrative.** Walton rescues Victor from the ice, and Victor tells his life story, which Walton records. This takes up most of the book.

3. **Inner layer: the creature's narrative** (chapters 11–16 in the 1831 edition). The creature meets Victor on the glacier near Mont Blanc and tells his own story: his first sensations, learning language, his rejection.

4. **The innermost story: the De Lacey family and Safie**, which the creature observes and retells from his hiding place beside their cottage.

Why this matters for your thesis:

- **The creature's voice is at the centre**, structurally the heart of the novel, yet it reaches us third-hand: the creature → Victor → Walton → Margaret (and us).
- **Each narrator has motives.** Victor tells his story partly as a warning to Walton, and partly to justify himself. Walton is fascinated by Victor and calls him noble.
- **The ending breaks the frame.** In the final letter Walton meets the creature directly, without Victor as a filter. The reader finally gets an unmediated encounter, and the creature is remorseful and articulate, complicating everything Victor has said.

That final scene could be a strong last body paragraph."""),
(H, "Which quotations should I use to support the creature's side?"),
(G, """Here are reliable ones, with locations (chapter numbers follow the 1831 text; check against your edition):

**The creature's plea (Chapter 10, on the glacier)**
- "Remember that I am thy creature; I ought to be thy Adam, but I am rather the fallen angel, whom thou drivest from joy for no misdeed."
- "Everywhere I see bliss, from which I alone am irrevocably excluded. I was benevolent and good; misery made me a fiend. Make me happy, and I shall again be virtuous."

The second is probably your single best quotation: it states the idea that monstrosity is *produced*, and the conditional "make me happy" puts responsibility on Victor.

**Victor's reaction to his creation (Chapter 5)**
- "...now that I had finished, the beauty of the dream vanished, and breathless horror and disgust filled my heart."

Useful because the creature has done nothing yet; Victor's revulsion is purely about appearance.

**The ending (Walton's final letter)**
- The creature tells Walton: "You hate me, but your abhorrence cannot equal that with which I regard myself."

This is key for the frame argument: this is the only time we hear the creature without Victor narrating, and he condemns himself more harshly than anyone else does.

**Tip:** for the frame thesis, also quote Walton's praise of Victor early on. Walton's admiration shows the reader's main guide is already biased toward Victor before the story starts."""),
(H, "My teacher always writes that I \"drop\" quotes. How do I integrate them properly?"),
(G, """"Dropped" quotations sit in a sentence on their own, with no lead-in and no analysis. The usual fix is a **quotation sandwich**: introduce, quote, analyse.

**Dropped (what to avoid):**
> The creature is not evil at first. "I was benevolent and good; misery made me a fiend."

**Integrated:**
> Speaking to Victor on the glacier, the creature insists that his violence is a consequence rather than a cause: "I was benevolent and good; misery made me a fiend." The past tense of "was" places his goodness in a lost original state, while "made" casts misery as the active agent that transformed him. Yet this account reaches us through Victor's own retelling, a narrator with every reason to portray the creature as threatening, which makes the creature's eloquence all the more striking.

What changed:
1. **Context before the quote**: who speaks, to whom, when.
2. **A lead-in that signals the point** ("insists that his violence is a consequence").
3. **Close analysis of specific words** ("was", "made"), not just a paraphrase.
4. **A link back to your thesis** (the frame).

Other techniques:
- **Embed short phrases** in your own grammar: The creature describes himself as "the fallen angel" rather than Adam, aligning himself with Milton's Satan.
- Use **ellipses** to trim, and **square brackets** to adjust grammar, without changing meaning.
- A rough guide: your analysis should be at least as long as the quote, often twice as long."""),
(H, "Could you look at my conclusion? \"In conclusion, Frankenstein shows that the real monster is Victor because he is selfish. Mary Shelley wants us to learn that we should take responsibility.\""),
(G, """Honest feedback, then a possible rewrite.

**Problems**
- **It reverts to your old thesis.** If your essay now argues about the narrative frame, the conclusion must reflect that, not return to "Victor is the monster".
- **"In conclusion"** is redundant; the reader knows it's the end.
- **"Mary Shelley wants us to learn"** claims to know her intention and flattens the novel into a moral lesson.
- **It doesn't go beyond a summary.** A strong conclusion answers "so what?": why does your reading matter?

**Possible rewrite (adapt it to your own wording):**
> By routing the creature's voice through Victor's account and Walton's letters, Shelley makes it impossible to answer the question of monstrosity with confidence: each narrator tells the story that serves him. Only in the final pages, when Walton confronts the creature without Victor between them, does the reader glimpse an unfiltered account, and what emerges is not a fiend but a being consumed by self-loathing. The novel's real unsettling force, then, lies less in identifying a single monster than in exposing how readily we accept the verdict of whoever controls the story. Walton, turning his ship home, at least learns to question an ambitious narrator; the reader is invited to do the same.

This restates your argument in new words, returns to a specific moment (Walton's encounter), and ends with a broader implication about narration and judgement."""),
]))

# ---------------------------------------------------------------- music theory
DIALOGUES.append(dict(
    label="good", language="en",
    note="Good: music-theory learner gets correct explanation of secondary dominants, a table for C major, the link to jazz ii-V-I, and ear-training advice.",
    turns=[
(H, "A song I'm learning goes C – A7 – Dm – G7 – C. Why is it A7? In C major shouldn't the chord on A be A minor?"),
(G, """Good ear. In C major the diatonic chord on A is A minor (A–C–E). The A7 is a **secondary dominant**: specifically **V7 of ii**, written V7/ii.

Here's the logic. Dm is the ii chord in C. If you temporarily treat D as a "home" note, its dominant chord is A7, just as G7 is the dominant of C. A7 is spelled **A–C♯–E–G**, and that **C♯** is the key: it's a chromatic note not in C major, acting as a leading tone that pulls up a semitone to D.

Voice leading in your progression:
- C♯ (in A7) → D (in Dm): leading tone resolves up
- G (in A7) → F (in Dm): the seventh resolves down
- A → A or A → D in the bass: strong root motion down a fifth

So A7 → Dm sounds like a mini V–I cadence, briefly making Dm sound like a tonic. This is called **tonicization**. Then Dm → G7 → C continues the chain of falling fifths (A → D → G → C) back home.

If the song used Am instead of A7 it would still work, since Am → Dm is also a fifth, but you'd lose that strong tug of the C♯ into D."""),
(H, "How do I work out all the secondary dominants in a key?"),
(G, """Take each diatonic chord that can act as a temporary tonic, and build a dominant seventh chord a perfect fifth above its root. In a major key the targets are ii, iii, IV, V and vi. The vii° chord is diminished, so it isn't tonicized by a secondary dominant.

**Secondary dominants in C major**

| Target chord | Secondary dominant | Notes | Chromatic note(s) |
|---|---|---|---|
| Dm (ii) | A7 (V7/ii) | A C♯ E G | C♯ |
| Em (iii) | B7 (V7/iii) | B D♯ F♯ A | D♯, F♯ |
| F (IV) | C7 (V7/IV) | C E G B♭ | B♭ |
| G (V) | D7 (V7/V) | D F♯ A C | F♯ |
| Am (vi) | E7 (V7/vi) | E G♯ B D | G♯ |

A quick method for any key:
1. Pick the target chord.
2. Go up a perfect fifth from its root (or down a perfect fourth).
3. Build a major triad plus minor seventh on that note.

Observations:
- **V7/IV** is just the tonic chord with a ♭7 added (C7). It often appears right before the IV, as in many blues and gospel progressions.
- **V7/V (D7)** is the most common one of all. The F♯ points strongly to G, which is why you hear it so often before a cadence.
- **E7 → Am** is the classic move into the relative minor.

Try playing each pair (A7→Dm, B7→Em, etc.) to hear how each one briefly makes its target feel like home."""),
(H, "How does this relate to the ii–V–I that jazz players are always talking about?"),
(G, """Directly: the ii–V–I is the same falling-fifths logic, with one extra chord before the dominant.

In C major: **Dm7 – G7 – Cmaj7**. The roots fall D → G → C, each by a fifth. The ii chord prepares the V, and the V resolves to I.

**Secondary ii–Vs.** Jazz musicians don't just put a secondary dominant before a chord; they often put a whole ii–V before it. To tonicize Dm7, instead of only A7 → Dm7 you'd play:

**Em7(♭5) – A7 – Dm7** (or Em7 – A7 – Dm7)

That's "ii–V of ii". Chaining these produces long cycles, which is why standards often look like strings of ii–Vs moving through several keys. "Autumn Leaves" is the classic study tune: in its G-minor form it alternates a major ii–V–I (Cm7–F7–B♭maj7) with a minor one (Am7♭5–D7–Gm).

**Tritone substitution.** G7 contains the tritone B–F, which creates the tension. D♭7 contains the same two notes (F and C♭, which is B enharmonically). So jazz players can replace G7 with D♭7, giving **Dm7 – D♭7 – Cmaj7**, a chromatic bass line descending by semitones. The same trick works on secondary dominants: E♭7 can replace A7 before Dm7.

So your A7 in the first example is the seed of all of this: once you understand V7/x, ii–V/x is just adding its own ii in front."""),
(H, "Any practical tips for hearing these when I'm transcribing songs by ear?"),
(G, """A few things that make them much easier to catch:

1. **Listen for the "wrong" note.** Every secondary dominant brings a chromatic note (C♯ in A7, F♯ in D7, G♯ in E7). If the melody or an inner voice suddenly uses a note outside the key, and it resolves up by a semitone, suspect a secondary dominant.

2. **Follow the bass.** Root motion down a fifth (or up a fourth) is the giveaway. If the bass goes A → D and the chord on A sounds major/bright rather than minor, it's probably A7, not Am.

3. **Major where you expect minor.** In a major key, ii, iii and vi are minor. If you hear a major or dominant-quality chord on D, E or A, that's almost always V7/V, V7/vi or V7/ii.

4. **Sing the roots.** Hum along with the bass line at each chord change. Hearing the fifth-motion in your own voice trains recognition faster than just listening.

5. **Practise on known examples.** Songs built on cycles of fifths are ideal: "Fly Me to the Moon", "All the Things You Are", and many ragtime and Beatles tunes use chains of secondary dominants.

Start by identifying just the V7/V (D7 → G in C) in songs you know; it's the most frequent one, and once you can hear it, the others follow quickly."""),
]))

# ---------------------------------------------------------------- archaeology
DIALOGUES.append(dict(
    label="good", language="en",
    note="Good: archaeology student gets a correct explanation of BP ages, calibration, the Libby age formula with a worked value, and the old-wood problem.",
    turns=[
(H, "We got a radiocarbon result back for charcoal from a hearth: 3250 ± 30 BP. Does that mean the fire was lit 3250 years ago?"),
(G, """Not quite, for two reasons.

**1. "BP" has a fixed reference year.** "Before Present" in radiocarbon dating means before **AD 1950**, not before today. That convention keeps results comparable regardless of when a lab measured the sample.

**2. It's a conventional radiocarbon age, not a calendar age.** Labs calculate it using conventions that don't perfectly match reality:
- the **Libby half-life of 5568 years** (the more accurate value is about 5730 years), and
- the assumption that atmospheric ¹⁴C levels were **constant** in the past, which they weren't. Changes in solar activity, the Earth's magnetic field and the carbon cycle made them vary.

To convert to calendar years you must **calibrate** the result against a curve built from samples of known age (tree rings, plus corals, speleothems and varved sediments further back). For terrestrial samples in the Northern Hemisphere the current standard is **IntCal20**; for the Southern Hemisphere, **SHCal20**.

Calibration is usually done in **OxCal** (free, online) or the R package **rcarbon**. Your 3250 ± 30 BP will land somewhere in the mid-second millennium BC, but because the calibration curve wiggles, the 95% range may split into two or more separate intervals. That's normal; report the full range(s) rather than a single year.

In publications, give: the lab code, the conventional age with its error, δ¹³C if reported, the curve and software used, and the calibrated range with its probability (e.g. 95.4%)."""),
(H, "What's the actual formula behind the conventional age?"),
(G, """The conventional radiocarbon age is:

**t = −8033 × ln(F)**

where:
- **8033 years** is the Libby *mean life*, i.e. 5568 / ln 2 (5568 / 0.6931 ≈ 8033).
- **F** is the sample's ¹⁴C activity as a fraction of the modern standard (often called F¹⁴C or "fraction modern"), after correction for isotopic fractionation to a δ¹³C of −25‰.

**Worked example with your result.** Run the formula backwards:
F = exp(−3250 / 8033) = exp(−0.4046) ≈ **0.667**

So your charcoal retains about 66.7% of the modern reference ¹⁴C level.

**The uncertainty** follows from the measurement error in F:
σ_t ≈ 8033 × (σ_F / F)
A ±30-year error therefore corresponds to σ_F / F ≈ 30 / 8033 ≈ 0.37%, which shows how precise modern AMS measurements are.

**Why keep the "wrong" half-life?** Switching to 5730 years would change all previously published ages. Instead, the convention stays fixed and the calibration curve absorbs both the half-life difference and the past atmospheric variations. This is why you never calibrate by "correcting" for the half-life yourself; the curve already does it."""),
(H, "One of my colleagues worries about the \"old wood effect\". How worried should we be with hearth charcoal?"),
(G, """It's a real concern for charcoal, and worth taking seriously.

**What it is.** A tree's rings stop exchanging carbon with the atmosphere once formed. The inner heartwood of a 300-year-old oak was formed centuries before the tree was cut. If that wood was burned in your hearth, the charcoal dates the *growth* of those rings, not the fire. This "inbuilt age" can be anything from a few years to several centuries. Add the possibility that people burned driftwood or old timber, and the date can be older still.

**How big the effect could be** depends on the species and what part of the tree burned:
- Twigs, small branches, shrubs: negligible (years)
- Long-lived species like oak or juniper: potentially decades to centuries

**What you can do:**
1. **Identify the charcoal** (anthracology). Knowing the taxon and whether fragments show curvature of small branches or bark tells you a lot.
2. **Prefer short-lived samples** for dating: charred seeds and cereal grains, nutshells, twigs, or bone from the same context. These have minimal inbuilt age.
3. **Date more than one sample** from the same context and compare.
4. **Treat a single wood-charcoal date as a *terminus post quem***: the fire happened *no earlier than* this date, possibly later.
5. In Bayesian modelling (OxCal), you can apply an outlier model for charcoal, such as a "charcoal plus" model, that explicitly allows for inbuilt age.

If the hearth's date matters for your interpretation, I'd re-submit a short-lived sample from it before publishing."""),
]))

# ---------------------------------------------------------------- human biology
DIALOGUES.append(dict(
    label="good", language="en",
    note="Good: A-level student revises kidney physiology over seven turns; mix of short and long accurate replies ending with a model exam answer.",
    turns=[
(H, "I'm revising A-level Biology. Can you explain step by step how the nephron produces urine?"),
(G, """Here's the sequence through one nephron, from blood to urine.

**1. Ultrafiltration: glomerulus and Bowman's capsule**
Blood arrives in the afferent arteriole at high pressure and enters the glomerulus, a knot of capillaries. Small molecules (water, glucose, amino acids, urea, ions) are forced out through three layers: the capillary endothelium (with pores), the basement membrane (the actual filter), and the podocytes of the capsule wall. Large proteins and blood cells stay in the blood. The result is the **glomerular filtrate**.

**2. Selective reabsorption: proximal convoluted tubule (PCT)**
The PCT reabsorbs all the glucose and amino acids and most of the sodium and water, around two thirds of the filtrate. Its cells are adapted with **microvilli** (large surface area) and many **mitochondria** (ATP for active transport). Sodium is pumped out of the cells into the blood, and glucose enters by **co-transport** with sodium.

**3. Loop of Henle**
Creates a high solute concentration in the medulla, which later allows water to be reabsorbed from the collecting duct.

**4. Distal convoluted tubule (DCT)**
Fine-tunes ion balance and pH.

**5. Collecting duct**
Passes through the salty medulla. Water leaves by **osmosis**, and how much depends on **ADH**, which controls the permeability of the duct walls.

What remains flows to the pelvis of the kidney, down the ureter and to the bladder as urine."""),
(H, "Why is the blood pressure in the glomerulus so high?"),
(G, """Mainly because the **afferent arteriole** (going in) has a **wider diameter** than the **efferent arteriole** (going out). Blood enters faster than it can leave, so pressure builds up in the glomerular capillaries, about 55–60 mmHg, compared with roughly 25–35 mmHg in typical capillaries.

This pressure is opposed by the fluid already in Bowman's capsule and by the water potential of the blood proteins left behind. The net filtration pressure is only about 10 mmHg, but over the huge capillary surface that's enough to filter around 180 litres a day."""),
(H, "How does the loop of Henle actually concentrate the urine? This is the bit I never get."),
(G, """The trick is that the loop doesn't concentrate the urine directly. It makes the **tissue fluid of the medulla** very salty, and that salty medulla then pulls water out of the collecting duct. Think of it in three parts.

**The ascending limb (going up)**
- Its thick upper section **actively pumps Na⁺ and Cl⁻ out** of the filtrate into the medulla tissue fluid.
- Crucially, its walls are **impermeable to water**, so water can't follow the salt.
- Result: the medulla gets saltier (lower water potential), and the filtrate inside gets more dilute as it rises.

**The descending limb (going down)**
- Its walls are **permeable to water** but relatively impermeable to ions.
- As it passes through the salty medulla, **water leaves by osmosis** into the tissue fluid (and is carried away by capillaries).
- So the filtrate becomes more concentrated as it descends, most concentrated at the hairpin bottom.

**The countercurrent multiplier**
Because the two limbs run side by side with fluid flowing in opposite directions, the effect builds up along the length of the loop: the deeper into the medulla, the higher the solute concentration. This gradient is the point of the whole system.

**The payoff: the collecting duct**
The collecting duct runs down through this gradient. If its walls are permeable (ADH present), water moves out by osmosis all the way down, producing small volumes of concentrated urine.

A classic exam link: **longer loops of Henle = steeper gradient = more concentrated urine.** Desert mammals such as the kangaroo rat have very long loops and can produce extremely concentrated urine."""),
(H, "And what does ADH actually do at the level of the cells?"),
(G, """**Where it comes from:** osmoreceptors in the **hypothalamus** detect a fall in blood water potential (e.g. dehydration). ADH is made in the hypothalamus and released from the **posterior pituitary** into the blood.

**At the collecting duct cells:**
1. ADH binds to **receptors** on the cell-surface membrane of the collecting duct cells (on the blood side).
2. This activates a second-messenger pathway involving **cAMP**.
3. This causes **vesicles containing aquaporins** (water channel proteins) to move to and **fuse with the membrane facing the lumen**.
4. More aquaporins mean the membrane is **more permeable to water**.
5. More water leaves the filtrate by **osmosis** into the salty medulla and then into the blood.

**Result:** smaller volume of more concentrated urine, and the blood's water potential rises back toward normal.

When water potential returns to normal, less ADH is released, aquaporins are taken back into vesicles, and the duct becomes less permeable again. This is **negative feedback**."""),
(H, "Quick one: what's in the glomerular filtrate that shouldn't be in the urine of a healthy person?"),
(G, """**Glucose** and **amino acids**. Both are filtered but then completely reabsorbed in the PCT, so healthy urine contains essentially none.

Most of the water and sodium is also reabsorbed, but some always ends up in urine. Proteins shouldn't be in the filtrate in the first place (too large), so protein in urine points to damaged filters rather than failed reabsorption."""),
(H, "So why does glucose show up in urine with diabetes?"),
(G, """Because the reabsorption system has a maximum capacity.

Glucose is reabsorbed in the PCT by **carrier proteins** (sodium–glucose co-transporters). There are only so many of them, so there's a **transport maximum**. In a healthy person, blood glucose is low enough that the carriers reabsorb every molecule filtered.

In uncontrolled diabetes, blood glucose is high, so the filtrate also contains lots of glucose. Above roughly **10 mmol/dm³ (about 180 mg/dL)**, the **renal threshold**, the carriers are **saturated**. The excess glucose can't be reabsorbed and passes into the urine (**glycosuria**).

Knock-on effects worth mentioning in exams:
- Glucose left in the filtrate **lowers its water potential**, so less water is reabsorbed by osmosis, giving **large volumes of urine** (polyuria).
- This causes dehydration and **thirst**.

A nice real-world link: **SGLT2 inhibitor** drugs for type 2 diabetes deliberately block these carriers, so more glucose is lost in urine and blood glucose falls."""),
(H, "Brilliant. Can you write a 6-mark model answer to \"Explain how ADH reduces the volume of urine produced\"?"),
(G, """Here's a model answer, with the likely marking points in brackets:

> When the water potential of the blood decreases, this is detected by **osmoreceptors in the hypothalamus** [1]. The hypothalamus produces ADH, which is **released from the posterior pituitary** into the blood [1]. ADH travels to the kidney and **binds to receptors on the cells lining the collecting duct** (and DCT) [1]. This triggers a second-messenger response (cAMP) that causes **vesicles containing aquaporins to fuse with the cell membrane** facing the lumen [1]. The collecting duct walls therefore become **more permeable to water** [1]. As the filtrate passes through the medulla, which has a **low water potential** due to the loop of Henle, **more water moves out by osmosis** and is reabsorbed into the blood [1], so a **smaller volume of more concentrated urine** is produced [1].

That's seven creditable points for six marks, which gives you a safety margin.

Exam tips:
- Use **"water potential"**, not "water concentration"; examiners are strict about it.
- Say aquaporins are **inserted into / fuse with the membrane**, not "ADH opens channels".
- Link the **medulla's low water potential** to osmosis; many answers forget why the water moves."""),
]))
