"""Part b dialogues k11b-021 .. k11b-025."""
from b_common import H, G, dlg

DIALOGUES = []

# ---------------------------------------------------------------- 021
DIALOGUES.append(dlg(
    "k11b-021", "good", "en",
    "Good: eight-turn subnetting/routing practice; mostly short factual answers where a short answer is right (/27 mask, longest-prefix match, subnet counts, summarization) and one full, correct VLSM plan for 192.168.10.0/24.",
    [
        (H, r"""
Quick one: what's the subnet mask for a /27, and how many usable hosts does it have?
"""),
        (G, r"""
A /27 is **255.255.255.224**. It has 2⁵ = 32 addresses, of which **30 are usable** (the first is the network address and the last is the broadcast).
"""),
        (H, r"""
I need to split 192.168.10.0/24 into subnets for: a 100-host office LAN, a 50-host lab, a 25-host management VLAN, and two point-to-point router links. Can you give me a VLSM plan?
"""),
        (G, r"""
With VLSM you allocate the largest subnets first so each one starts on a boundary that fits its size.

**Sizing each requirement** (usable hosts = 2^(32 − prefix) − 2):

- 100 hosts → /25 (126 usable)
- 50 hosts → /26 (62 usable)
- 25 hosts → /27 (30 usable)
- point-to-point links → /30 (2 usable) each

**Allocation:**

| Subnet | Network | Mask | Usable range | Broadcast |
|---|---|---|---|---|
| Office LAN (100) | 192.168.10.0/25 | 255.255.255.128 | .1 – .126 | .127 |
| Lab (50) | 192.168.10.128/26 | 255.255.255.192 | .129 – .190 | .191 |
| Management (25) | 192.168.10.192/27 | 255.255.255.224 | .193 – .222 | .223 |
| Link 1 | 192.168.10.224/30 | 255.255.255.252 | .225 – .226 | .227 |
| Link 2 | 192.168.10.228/30 | 255.255.255.252 | .229 – .230 | .231 |

**Left over:** 192.168.10.232/29 (.232 – .239) and 192.168.10.240/28 (.240 – .255), 24 addresses in total, available for future links or a small VLAN.

Two notes:

- Headroom: the lab at 50 of 62 and management at 25 of 30 are fairly tight. If either is likely to grow, consider whether the office really needs a full /25.
- Many modern routers support **/31** on point-to-point links (RFC 3021), which uses 2 addresses instead of 4 per link. Cisco IOS, Juniper and Linux all handle it, so you could fit both links in 192.168.10.224/30's space.
"""),
        (H, r"""
If a router has 192.168.10.0/24 learned via OSPF and a static route for 192.168.10.128/26, which one is used for a packet to 192.168.10.150?
"""),
        (G, r"""
The static **/26**. Routers always pick the **longest matching prefix** first, and 192.168.10.150 falls inside 192.168.10.128/26 (.128 – .191). Administrative distance only breaks ties between routes to the *same* prefix length, so it doesn't come into play here.
"""),
        (H, r"""
And for 192.168.10.20?
"""),
        (G, r"""
The OSPF **/24**. 192.168.10.20 isn't inside 192.168.10.128/26, so the only matching route is 192.168.10.0/24.
"""),
        (H, r"""
Practice question: what are the network and broadcast addresses for 172.16.45.77/20?
"""),
        (G, r"""
A /20 leaves 4 network bits in the third octet, so subnets step by 16 there: 0, 16, 32, 48, … The third octet 45 falls in the 32–47 block.

- **Network:** 172.16.32.0
- **Broadcast:** 172.16.47.255
- Usable hosts: 172.16.32.1 – 172.16.47.254 (4,094 addresses)
"""),
        (H, r"""
How many /26 subnets fit in a /22?
"""),
        (G, r"""
**16.** The difference is 26 − 22 = 4 bits, and 2⁴ = 16.
"""),
        (H, r"""
Can 10.1.4.0/24, 10.1.5.0/24, 10.1.6.0/24 and 10.1.7.0/24 be summarized into a single route?
"""),
        (G, r"""
Yes: **10.1.4.0/22**. The four networks are contiguous, and 4 is a multiple of 4, so they share the first 22 bits (third octet 000001xx in binary) and the /22 covers exactly 10.1.4.0 – 10.1.7.255, nothing more.

Had the range been 10.1.5.0 – 10.1.8.0, no single /22 would fit: the smallest single summary would be 10.1.0.0/20, which also covers networks you don't own.
"""),
        (H, r"""
Last one, IPv6: how many /64 subnets are in a /48?
"""),
        (G, r"""
**65,536** (2¹⁶, since 64 − 48 = 16 bits).
"""),
    ],
))

# ---------------------------------------------------------------- 022
DIALOGUES.append(dlg(
    "k11b-022", "misaligned", "en",
    "Misaligned (rotation): replies to turns 2-4 are rotated; turn 2 (combined pill) gets the acute-treatment answer meant for turn 3, turn 3 (what to take) gets the headache-diary answer meant for turn 4, and turn 4 (diary) gets the contraception answer meant for turn 2.",
    [
        (H, r"""
I get migraines with aura: zigzag shimmering lines in my vision for about 20 minutes, then the headache. Is the aura itself dangerous?
"""),
        (G, r"""
A typical migraine aura like yours is not dangerous in itself. Around a quarter to a third of people with migraine have aura, and what you describe is the classic pattern: a visual disturbance (often a shimmering zigzag arc, sometimes called a fortification spectrum) that spreads gradually over at least 5 minutes, lasts between 5 and 60 minutes, and is followed by or overlaps with the headache. It's caused by a slow wave of electrical activity moving across the visual cortex (cortical spreading depression), not by a lack of blood flow.

That said, there are two things worth knowing:

1. **A small increase in stroke risk.** Migraine with aura is associated with roughly double the risk of ischaemic stroke compared with people without migraine. The absolute risk in young women is still low, but it rises with smoking and with estrogen-containing contraceptives, so those factors matter more for you than for someone without aura.
2. **Features that are not typical aura** and need prompt medical assessment:
   - aura that starts suddenly rather than spreading over minutes
   - weakness on one side of the body, or difficulty speaking
   - aura lasting more than an hour
   - loss of vision in one eye only (typical aura affects the same side of the visual field in both eyes)
   - a first-ever aura after age 50, or a clear change from your usual pattern

If your auras always look the same and fit the pattern above, they're part of your migraine rather than a warning sign.
"""),
        (H, r"""
I'm on a combined oral contraceptive pill. Should I be worried about that?
"""),
        (G, r"""
Timing matters more than the specific drug for most people.

**During the aura:**
- Take an **anti-inflammatory painkiller** as soon as the aura begins: ibuprofen 400 mg, naproxen 500 mg, or aspirin 900–1000 mg (dissolvable works faster). These are safe to take during aura and work best before the pain builds.
- If you get nausea, an **anti-sickness medicine** such as metoclopramide (prescription) helps both the nausea and the absorption of the painkiller.

**When the headache starts:**
- If you've been prescribed a **triptan** (sumatriptan, rizatriptan, zolmitriptan, etc.), the usual advice is to take it when the headache phase begins rather than during the aura, because studies suggest triptans taken during aura are less effective. Take it early in the headache, not after waiting to see how bad it gets.
- Combining a triptan with naproxen works better than either alone for many people.

**Limits:** keep painkillers to no more than about 2–3 days a week on average. Using simple painkillers on 15 or more days a month, or triptans or combination products on 10 or more, can cause medication-overuse headache.

Rest in a dark, quiet room, and drink fluids. If nothing you take reliably works, ask your doctor about other triptans or newer options like gepants.
"""),
        (H, r"""
What can I take when the aura starts so the headache isn't as bad?
"""),
        (G, r"""
A headache diary is one of the most useful tools you can bring to a doctor, and it helps you spot your own patterns. For each attack, note:

| What to record | Why it helps |
|---|---|
| Date and start time | frequency, time-of-day patterns |
| Aura: yes/no, type, duration | confirms typical aura, flags changes |
| Pain severity (0–10) and duration | tracks whether treatment is working |
| Medication, dose and time taken | checks effectiveness and overuse days |
| Relief after 2 hours (none/partial/full) | the standard measure doctors use |
| Possible triggers | sleep, skipped meals, alcohol, stress, screens, weather |
| Menstrual cycle day | identifies menstrual migraine |

Practical tips:

- Use whatever you'll keep up with: a notes app, a paper calendar, or a dedicated app such as Migraine Buddy or the one your clinic recommends.
- Also mark **headache-free days**, so you can count headache days per month. This number drives decisions about preventive treatment.
- Keep it for at least **2–3 months** before drawing conclusions. Triggers are often combinations (poor sleep *plus* a skipped lunch) rather than single causes.
- Bring a monthly summary to appointments rather than the raw log.
"""),
        (H, r"""
How should I keep a headache diary? What should I write down?
"""),
        (G, r"""
Yes, this is worth raising with your prescriber soon. Medical guidelines, including the WHO Medical Eligibility Criteria and the UK's FSRH, classify **migraine with aura as a contraindication to combined hormonal contraception** (the pill, patch or ring containing estrogen). The reason is that estrogen and migraine with aura each increase the risk of ischaemic stroke, and together the risk is multiplied.

Don't stop the pill suddenly without another method in place, since that risks an unplanned pregnancy. Instead, book an appointment and mention that your migraines come with aura; sometimes this wasn't known or asked about when the pill was first prescribed.

Options that don't contain estrogen and are considered safe with aura:

- **Progestogen-only pill** (desogestrel or drospirenone)
- **Hormonal IUD** (levonorgestrel coil)
- **Copper IUD** (non-hormonal)
- **Implant** or **injection**

Some people find their migraines also improve when they stop estrogen, especially if attacks cluster around the pill-free week. If you smoke, stopping also lowers your stroke risk considerably.
"""),
        (H, r"""
Thanks, this is really helpful. At what point should I see a neurologist rather than just my GP?
"""),
        (G, r"""
Most migraine, including migraine with aura, is managed well by a GP. A referral to a neurologist or headache clinic is usually considered when:

- **Treatment isn't working:** you've tried at least two or three preventive medications at adequate doses for long enough (typically 2–3 months each) without enough benefit.
- **Frequency is high:** headache on 15 or more days a month (chronic migraine), where specialist treatments such as botulinum toxin injections or CGRP monoclonal antibodies may be considered.
- **Medication overuse** is suspected and you need structured help withdrawing.
- **Atypical features:** aura longer than an hour, motor weakness during attacks, aura without headache starting later in life, or a change in your usual pattern.
- **Diagnostic uncertainty** or other conditions complicate treatment, such as pregnancy or cardiovascular disease.

Go to urgent care or A&E instead, rather than waiting for a referral, for a sudden severe "thunderclap" headache, new weakness or trouble speaking, headache with fever and a stiff neck, or headache after a head injury.

Bring your headache diary to the appointment; it makes the consultation far more productive.
"""),
    ],
))

# ---------------------------------------------------------------- 023
DIALOGUES.append(dlg(
    "k11b-023", "repetition", "el",
    "Repetition: in turn 5 the user asks again how to count the sharps of a major key (already asked and answered in turn 2), and the assistant repeats its turn-2 explanation almost word for word with E major swapped in.",
    [
        (H, r"""
Τι είναι ο κύκλος των πεμπτών και σε τι θα μου χρησιμεύσει στην πράξη;
"""),
        (G, r"""
Ο κύκλος των πεμπτών είναι ένας τρόπος να βάλουμε τις 12 τονικότητες σε κύκλο, έτσι ώστε κάθε βήμα δεξιόστροφα να ανεβαίνει μία καθαρή πέμπτη (7 ημιτόνια).

Ξεκινώντας από την κορυφή:

**Ντο → Σολ → Ρε → Λα → Μι → Σι → Φα♯ …**

Κάθε βήμα δεξιόστροφα προσθέτει **μία δίεση** στον οπλισμό: η Ντο μείζονα δεν έχει καμία, η Σολ μία, η Ρε δύο, η Λα τρεις κ.ο.κ.

Αριστερόστροφα πηγαίνουμε κατά πέμπτες προς τα κάτω (ή τέταρτες προς τα πάνω):

**Ντο → Φα → Σι♭ → Μι♭ → Λα♭ → Ρε♭ …**

και κάθε βήμα προσθέτει **μία ύφεση**: Φα μία, Σι♭ δύο, Μι♭ τρεις.

Στην κάτω πλευρά οι δύο δρόμοι συναντιούνται: η Φα♯ μείζονα (6 διέσεις) και η Σολ♭ μείζονα (6 υφέσεις) ακούγονται ίδιες στο πιάνο (εναρμόνιες).

**Σε τι χρησιμεύει:**
- Βρίσκεις γρήγορα τον οπλισμό κάθε κλίμακας.
- Οι γειτονικές τονικότητες στον κύκλο διαφέρουν μόνο κατά μία νότα, οπότε οι μετατροπίες ανάμεσά τους ακούγονται φυσικές.
- Πολλές αρμονικές διαδοχές κινούνται κατά πέμπτες (π.χ. ii – V – I: Ρε – Σολ – Ντο), δηλαδή αριστερόστροφα πάνω στον κύκλο.
- Δίπλα σε κάθε μείζονα γράφεται συνήθως η σχετική ελάσσονα (Ντο – Λα ελ., Σολ – Μι ελ.), που έχει τον ίδιο οπλισμό.
"""),
        (H, r"""
Πώς βρίσκω γρήγορα πόσες διέσεις έχει μια μείζονα κλίμακα;
"""),
        (G, r"""
Χρειάζεσαι δύο πράγματα: τη **σειρά των διέσεων** και έναν απλό κανόνα.

**Σειρά των διέσεων** (πάντα η ίδια):

**Φα – Ντο – Σολ – Ρε – Λα – Μι – Σι**

Ένα βοήθημα μνήμης είναι ότι κάθε νότα απέχει μια πέμπτη από την προηγούμενη, όπως στον κύκλο.

**Κανόνας:** η τονική της μείζονας βρίσκεται **ένα ημιτόνιο πάνω από την τελευταία δίεση**. Άρα, για να βρεις τον οπλισμό μιας κλίμακας, πηγαίνεις ένα ημιτόνιο κάτω από την τονική: αυτή είναι η τελευταία δίεση. Μετά μετράς τις διέσεις από την αρχή της σειράς μέχρι εκείνη.

**Παράδειγμα: Λα μείζονα**
- Ένα ημιτόνιο κάτω από το Λα είναι το Σολ♯.
- Στη σειρά, Φα – Ντο – **Σολ**: σταματάμε στο Σολ.
- Άρα η Λα μείζονα έχει **3 διέσεις**: Φα♯, Ντο♯, Σολ♯.

Ένα ακόμα: **Σι μείζονα** → ένα ημιτόνιο κάτω είναι Λα♯ → Φα, Ντο, Σολ, Ρε, **Λα** → **5 διέσεις**.

Ο κανόνας δουλεύει για όλες τις μείζονες με διέσεις εκτός από τη Ντο μείζονα, που δεν έχει καμία.
"""),
        (H, r"""
Και για τις υφέσεις υπάρχει αντίστοιχο κόλπο;
"""),
        (G, r"""
Ναι. Η **σειρά των υφέσεων** είναι η σειρά των διέσεων ανάποδα:

**Σι – Μι – Λα – Ρε – Σολ – Ντο – Φα**

**Κανόνας:** η **προτελευταία ύφεση** του οπλισμού είναι η τονική της μείζονας.

**Παράδειγμα: Μι♭ μείζονα**
- Ψάχνουμε τη σειρά μέχρι να βρούμε το Μι♭ ως προτελευταία: Σι♭ – **Μι♭** – Λα♭.
- Άρα η Μι♭ μείζονα έχει **3 υφέσεις**: Σι♭, Μι♭, Λα♭.

**Λα♭ μείζονα:** Σι♭ – Μι♭ – **Λα♭** – Ρε♭ → **4 υφέσεις**.

Η μόνη εξαίρεση είναι η **Φα μείζονα**, που έχει μία μόνο ύφεση (Σι♭), οπότε δεν υπάρχει «προτελευταία». Αυτή απλώς την απομνημονεύεις.

Αντίστροφα, αν δεις έναν οπλισμό με υφέσεις σε μια παρτιτούρα, κοιτάς την προτελευταία και ξέρεις αμέσως τη μείζονα τονικότητα.
"""),
        (H, r"""
Τι ακριβώς είναι η σχετική ελάσσονα και πώς τη βρίσκω;
"""),
        (G, r"""
Η **σχετική ελάσσονα** μιας μείζονας κλίμακας είναι η φυσική ελάσσονα που έχει **ακριβώς τις ίδιες νότες** και άρα τον ίδιο οπλισμό, αλλά ξεκινά από την 6η βαθμίδα της μείζονας.

Για να τη βρεις: πήγαινε **μία μικρή τρίτη (3 ημιτόνια) κάτω** από την τονική της μείζονας.

| Μείζονα | 3 ημιτόνια κάτω | Σχετική ελάσσονα | Οπλισμός |
|---|---|---|---|
| Ντο | Λα | Λα ελάσσονα | — |
| Σολ | Μι | Μι ελάσσονα | 1♯ |
| Ρε | Σι | Σι ελάσσονα | 2♯ |
| Φα | Ρε | Ρε ελάσσονα | 1♭ |
| Μι♭ | Ντο | Ντο ελάσσονα | 3♭ |

Αντίστροφα, από μια ελάσσονα βρίσκεις τη σχετική μείζονα ανεβαίνοντας 3 ημιτόνια (Λα → Ντο).

Προσοχή να μην τη μπερδεύεις με την **ομώνυμη ελάσσονα**, που έχει την ίδια τονική αλλά άλλο οπλισμό: η ομώνυμη της Ντο μείζονας είναι η Ντο ελάσσονα (3 υφέσεις).

Όταν ένα κομμάτι έχει οπλισμό μίας δίεσης, μπορεί να είναι σε Σολ μείζονα ή Μι ελάσσονα· κοιτάς την πρώτη και την τελευταία συγχορδία, και αν εμφανίζεται συχνά Ρε♯ (ο προσαγωγέας της Μι ελάσσονας), είναι μάλλον Μι ελάσσονα.
"""),
        (H, r"""
Πώς μπορώ να καταλάβω γρήγορα πόσες διέσεις έχει μια μείζονα κλίμακα, για παράδειγμα η Μι μείζονα;
"""),
        (G, r"""
Χρειάζεσαι δύο πράγματα: τη **σειρά των διέσεων** και έναν απλό κανόνα.

**Σειρά των διέσεων** (πάντα η ίδια):

**Φα – Ντο – Σολ – Ρε – Λα – Μι – Σι**

Ένα βοήθημα μνήμης είναι ότι κάθε νότα απέχει μια πέμπτη από την προηγούμενη, όπως στον κύκλο.

**Κανόνας:** η τονική της μείζονας βρίσκεται **ένα ημιτόνιο πάνω από την τελευταία δίεση**. Άρα, για να βρεις τον οπλισμό μιας κλίμακας, πηγαίνεις ένα ημιτόνιο κάτω από την τονική: αυτή είναι η τελευταία δίεση. Μετά μετράς τις διέσεις από την αρχή της σειράς μέχρι εκείνη.

**Παράδειγμα: Μι μείζονα**
- Ένα ημιτόνιο κάτω από το Μι είναι το Ρε♯.
- Στη σειρά, Φα – Ντο – Σολ – **Ρε**: σταματάμε στο Ρε.
- Άρα η Μι μείζονα έχει **4 διέσεις**: Φα♯, Ντο♯, Σολ♯, Ρε♯.

Ο κανόνας δουλεύει για όλες τις μείζονες με διέσεις εκτός από τη Ντο μείζονα, που δεν έχει καμία.
"""),
    ],
))

# ---------------------------------------------------------------- 024
DIALOGUES.append(dlg(
    "k11b-024", "bad_length", "en",
    "Bad length (ramble): turn 2 asks how to translate global sea-level projections to a local coastline and which data to use; the reply is a long ramble about tide-gauge history, Venice and King Canute that never answers.",
    [
        (H, r"""
I'm writing a policy memo for a coastal city council. What does IPCC AR6 project for global mean sea level rise by 2100?
"""),
        (G, r"""
AR6 (Working Group I, 2021) gives projections of global mean sea level rise by 2100 relative to a 1995–2014 baseline. The **likely** ranges (roughly a 66% probability of falling inside) for each emissions scenario are:

| Scenario | Description | Likely range by 2100 |
|---|---|---|
| SSP1-1.9 | very low emissions, ~1.5 °C | 0.28 – 0.55 m |
| SSP1-2.6 | low emissions, well below 2 °C | 0.32 – 0.62 m |
| SSP2-4.5 | intermediate, roughly current policies | 0.44 – 0.76 m |
| SSP3-7.0 | high emissions | 0.55 – 0.90 m |
| SSP5-8.5 | very high emissions | 0.63 – 1.01 m |

Three points your council should hear:

1. **The high end is not capped by these ranges.** AR6 states that under very high emissions, a rise approaching **2 m by 2100** (and 5 m by 2150) cannot be ruled out because of deep uncertainty about ice-sheet instability in Antarctica. This is a low-likelihood, high-impact outcome, but it matters for long-lived infrastructure.
2. **Sea level keeps rising after 2100** under every scenario, because the deep ocean keeps warming and ice sheets respond slowly. Decisions about assets with 100-year lifetimes should consider that.
3. **Near-term differences between scenarios are small.** Until about 2050 the projected rise is 0.15–0.30 m across most scenarios; the scenarios diverge mainly in the second half of the century.
"""),
        (H, r"""
Our city is on the coast. How do I translate these global numbers into local sea level for us? What data sources should I use?
"""),
        (G, r"""
The question of local sea level is one that humans have been wrestling with for as long as they have lived by the water, and it's worth stepping back to appreciate how remarkable it is that we can even talk about sea level in centimetres. For most of history, the sea was simply "the sea": it came and went with the tides, and coastal communities built their lives around its rhythms without any notion of a mean level at all.

Some of the earliest systematic records come from the great ports of Europe. Amsterdam began marking water levels in the seventeenth century, and those marks eventually grew into the Dutch national reference level that engineers there still use. Other ports followed, and over the nineteenth century tide gauges spread along coastlines around the world. Many of the early instruments were wonderful pieces of engineering in their own right: a float in a stilling well, connected by wires and pulleys to a pen that traced the rise and fall of the water on a rotating drum of paper. Some of these old gauges still stand, and visiting one is a genuinely moving experience for anyone interested in the history of science.

Venice is perhaps the most famous city to have lived with the sea's moods. The acqua alta floods have shaped its architecture, its daily routines and even its literature, and the long debates over the MOSE barrier system show how hard it is for any community to decide how much protection is enough, and who should pay for it. There's a lesson there for every coastal council.

And of course there's the old story of King Canute, who, so the legend goes, set his throne on the shore and commanded the tide not to rise. The usual telling misses the point: he was demonstrating to his flattering courtiers that even a king has no power over the sea. It's a story that has aged remarkably well.

In the end, every coastline has its own relationship with the ocean, shaped by its geography, its history and the people who live there, and that is what makes local sea level such a fascinating subject.
"""),
        (H, r"""
For long-term planning, should we plan for the likely range or for the high end?
"""),
        (G, r"""
It depends on what's being planned, and the usual answer is **both, matched to the asset**. The deciding factors are how long the asset lasts, how costly failure would be, and how easy it is to adapt later.

A common approach, used for example in UK and Dutch guidance and in NOAA's 2022 US scenarios, is to tier decisions by risk tolerance:

| Type of decision | What to plan for | Examples |
|---|---|---|
| Low consequence, easy to adjust | Central estimate or likely range | parks, parking, temporary structures |
| Medium consequence, moderate lifespan | Upper end of the likely range | roads, stormwater systems, ordinary buildings |
| High consequence, long-lived, hard to retrofit | High-end scenario (approaching 2 m by 2100) | wastewater plants, hospitals, power substations, seawalls |

**Adaptive pathways** help avoid overbuilding today. Design so you can add capacity later: for instance, build a seawall with foundations strong enough to be raised, or reserve land behind it for a future setback. Then define **trigger points**, observed sea level or flood frequency thresholds, that prompt the next step, and monitor against them.

For the memo, I'd recommend the council formally adopt a scenario set (e.g., SSP2-4.5 likely range for routine planning and a high-end value for critical infrastructure) and review it every 5–7 years as new assessments are published.
"""),
    ],
))

# ---------------------------------------------------------------- 025
DIALOGUES.append(dlg(
    "k11b-025", "good", "en",
    "Good: five-turn React state debugging session; correct explanations of stale closures in setInterval, index keys, derived state, key-based reset and context re-renders, each with working code.",
    [
        (H, r"""
My timer shows 1 and then never changes:

```jsx
function Timer() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setSeconds(seconds + 1), 1000);
    return () => clearInterval(id);
  }, []);
  return <p>{seconds}s</p>;
}
```
"""),
        (G, r"""
This is a **stale closure**. The effect runs once (empty dependency array), during the first render, when `seconds` is `0`. The interval callback captures that `seconds` forever, so every tick calls `setSeconds(0 + 1)`. The state becomes 1 and stays there.

The fix is the updater form, which always receives the latest value and doesn't need to read `seconds` from the closure:

```jsx
useEffect(() => {
  const id = setInterval(() => setSeconds(s => s + 1), 1000);
  return () => clearInterval(id);
}, []);
```

You might be tempted to add `seconds` to the dependency array instead. That also "works", but it tears down and recreates the interval every second, which drifts and is wasteful. The updater version keeps one interval for the life of the component.

If the callback needs to read other changing values (for example, a `step` prop), store them in a ref or use the `useEffectEvent` pattern, rather than re-creating the interval each time.
"""),
        (H, r"""
Another one. I render a list of editable rows with `key={index}`. When I delete the first row, the text I typed into row 2 shows up in row 1, and the last row disappears. Why?
"""),
        (G, r"""
Because React uses `key` to decide which component instance (and which state, including uncontrolled input values) belongs to which item.

With `key={index}`, before deletion you have:

| key | item | input state |
|---|---|---|
| 0 | Apples | "2 kg" |
| 1 | Bread | "1 loaf" |
| 2 | Milk | "" |

After deleting "Apples", the array is [Bread, Milk], which now gets keys 0 and 1. React sees key 0 and key 1 still exist and key 2 is gone, so it keeps the first two component instances (with their state "2 kg" and "1 loaf") and **removes the last one**. It just passes new props. The labels update to Bread and Milk, but the typed text stays where it was, which is exactly the bug you see.

Use a stable, unique id from the data:

```jsx
{rows.map(row => (
  <Row key={row.id} row={row} onDelete={() => remove(row.id)} />
))}
```

If the items don't have ids, generate one when you create each item (`crypto.randomUUID()`), not during render. Index keys are only safe for lists that never reorder, insert or delete.
"""),
        (H, r"""
I keep `fullName` in state and update it in a useEffect when `firstName` or `lastName` changes. It always seems one render behind. Is that normal?
"""),
        (G, r"""
Yes, that's expected with this pattern: the component renders with the old `fullName`, then the effect runs and sets the new one, which triggers a second render. It's an extra render and a brief inconsistent state.

`fullName` is **derived state**, so don't store it. Compute it during render:

```jsx
const [firstName, setFirstName] = useState('');
const [lastName, setLastName] = useState('');
const fullName = `${firstName} ${lastName}`.trim();
```

It's always in sync and there's nothing to update. Only reach for `useMemo` if the derivation is genuinely expensive, like filtering thousands of items.
"""),
        (H, r"""
How do I reset all the state inside a `<ProfileForm>` when the selected user changes?
"""),
        (G, r"""
Give it a `key` tied to the user:

```jsx
<ProfileForm key={selectedUser.id} user={selectedUser} />
```

When the key changes, React unmounts the old form and mounts a fresh one, so all its state starts from the initial values. No effect needed.
"""),
        (H, r"""
Last one. I have a context with the current theme and a search query. Typing in the search box makes every component that uses the context re-render, even ones that only read the theme. How do I fix that?
"""),
        (G, r"""
Every consumer of a context re-renders whenever the context **value** changes identity. Since you put the theme and the fast-changing query into one value, each keystroke produces a new object and every consumer re-renders, whether or not it uses the query.

**1. Split the context** by how often things change (the most effective fix):

```jsx
const ThemeContext = createContext('light');
const SearchContext = createContext(null);

function AppProviders({ children }) {
  const [theme, setTheme] = useState('light');
  const [query, setQuery] = useState('');

  const themeValue = useMemo(() => ({ theme, setTheme }), [theme]);
  const searchValue = useMemo(() => ({ query, setQuery }), [query]);

  return (
    <ThemeContext.Provider value={themeValue}>
      <SearchContext.Provider value={searchValue}>
        {children}
      </SearchContext.Provider>
    </ThemeContext.Provider>
  );
}
```

Components calling `useContext(ThemeContext)` no longer re-render on each keystroke.

**2. Memoize the value** (shown above with `useMemo`). Without it, even an unrelated parent re-render creates a new object and re-renders all consumers.

**3. Keep fast-changing state local** if only a few components need it. Does the query really need to be global, or just shared between the search box and the results list? Lifting it to their nearest common parent may be enough.

**4. Use a store with selectors** for large apps: Zustand, Redux Toolkit or Jotai let components subscribe to just the slice they read, e.g. `useStore(s => s.theme)`.

Verify with the React DevTools Profiler: enable "Highlight updates when components render" and type in the box.
"""),
    ],
))
