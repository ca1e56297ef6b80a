from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- 016
DIALOGUES.append(D(
    "m13a-016", "good", "en",
    "Good: adult learning to swim despite fear of deep water, over 4 turns (where to start, first sessions, sinking legs, realistic timeline); supportive, specific and consistent.",
    H("""
I'm 38 and never learned to swim. I'm honestly a bit scared of deep water, and embarrassed about it. Where do I even start?
"""),
    G("""
First, you're far from alone: a large share of adults can't swim or only swim a little, and many start in their thirties, forties, or later. Instructors who teach adults see this all the time, and fear of deep water is the most common reason people never learned.

**Where to start**
1. **Find adult-only lessons.** Look for "adult beginner" or "adult learn-to-swim" classes at your local YMCA, a municipal pool, or a swim school. Many offer small groups or private lessons. Private or semi-private lessons are worth the extra cost if you're anxious, because the instructor can go entirely at your pace.
2. **Tell the instructor about the fear at the first lesson.** Good instructors will start in water where you can stand comfortably and won't push you into the deep end until you're ready.
3. **Start in shallow water.** Everything you need to learn first (breathing, floating, gliding, kicking) can be practiced in chest-deep water where your feet can touch the bottom at any moment.
4. **Get good goggles.** Being able to see clearly underwater makes a surprising difference to how calm you feel. A nose clip also helps if water up the nose bothers you.
5. **Go regularly.** Two or three short sessions a week (30–45 minutes) work better than one long session, because comfort in the water builds through repetition.

**What you'll learn first, in this order**
Putting your face in the water and blowing bubbles, controlled breathing, floating on your front and back, standing up from a float, and pushing off the wall into a glide. Strokes come after that.

The fear usually fades as your body learns that water holds you up. Confidence comes from many small, safe experiences, not from forcing yourself into deep water.
"""),
    H("""
I signed up for lessons starting next month. Meanwhile, what can I practice alone in the shallow end?
"""),
    G("""
Great, and practicing beforehand will make the lessons much more comfortable. Stay in water no deeper than your chest, near the wall, ideally when a lifeguard is on duty.

**1. Bubbles (5 minutes)**
Hold the wall, take a breath through your mouth, put your face in the water, and breathe out slowly through your nose and mouth, making a steady stream of bubbles. Lift your head, breathe in, repeat. Aim for 10 calm repetitions. This is the foundation of all swimming: breathing out underwater so you're ready to breathe in when your face comes up.

**2. Face-in and look (5 minutes)**
With goggles on, put your face in and look at the bottom of the pool for 3–5 seconds while blowing bubbles. Then try it while bending your knees so your whole head goes under.

**3. Standing up from a float**
Before floating, learn how to get back up: from a forward lean, pull your knees toward your chest, press your hands down, lift your head, and put your feet down. Practice this until it's automatic; it's your "safety exit."

**4. Starfish float with support**
Hold the wall or pool gutter, take a breath, put your face in, and let your legs float up behind you. Then try letting go for a few seconds, arms and legs spread wide like a starfish, and stand up using the move above.

**5. Push and glide**
Stand with your back to the wall, one foot on it, arms straight in front of you. Take a breath, put your face in, and push off gently, gliding as far as you can. Stand up when you stop.

Keep each session short and end on something that went well.
"""),
    H("""
When I try to float, my legs sink within a few seconds no matter what. Am I just a "sinker"?
"""),
    G("""
Very likely not. Sinking legs are the most common floating problem, and it's mostly about body position, not buoyancy.

**Why it happens**
Your lungs are full of air, so your chest is the most buoyant part of your body; your legs are dense muscle and bone. Your body naturally rotates around your lungs, like a seesaw, and the legs drop. Tension makes it worse.

**What helps on your front**
- **Head down.** Look straight at the bottom of the pool, not forward. Lifting your head even a little makes the hips and legs drop.
- **Press your chest down** slightly into the water, as if leaning on it. This shifts the seesaw and lifts your hips.
- **Arms out in front,** stretched long. Having weight forward of your lungs balances the legs.
- **Relax your legs.** Stiff, clenched legs sink faster. Let them hang loosely.
- **Hold a full breath.** Floating with empty lungs is much harder.

**On your back**
Let your head rest back with your ears in the water, push your belly up slightly, and stretch your arms out to the side or above your head.

**And it's okay if the legs still sink slowly**
Even good swimmers' legs drift down when they're completely still; that's why swimming includes a gentle kick. Once you add a small, relaxed flutter kick to your glide, your legs will stay up. Some people with very lean, muscular builds do float lower, but they still learn to swim perfectly well.
"""),
    H("""
Realistically, how long until I can swim a full length of a 25-meter pool?
"""),
    G("""
With lessons plus one or two practice sessions a week, many adult beginners can swim a full 25-meter length of freestyle or backstroke in about **2 to 4 months**. Some manage it sooner, and people who start with a lot of fear sometimes need a bit longer. Both are normal.

A typical progression:
- **Weeks 1–3:** comfortable with face in the water, breathing out, floating, and standing up.
- **Weeks 3–6:** gliding and kicking with a kickboard; starting arm strokes.
- **Weeks 6–10:** swimming short distances with side breathing, or on your back, with rests.
- **Weeks 8–16:** linking it together into a full length.

The milestone that unlocks everything is **relaxed breathing**. Most adults can move their arms and legs fine, but hold their breath and panic after a few strokes. Once breathing becomes calm, distance comes quickly.

When you reach that first length, celebrate it. Then the deep end becomes the next goal, approached the same way: gradually, with your instructor nearby.
"""),
))

# ---------------------------------------------------------------- 017
DIALOGUES.append(D(
    "m13a-017", "structure", "en",
    "Structure: the dialogue ends on a user turn; the 4th user question (cash vs cashier's check) has no assistant reply.",
    H("""
I'm looking at a used 2019 Yamaha MT-07 with 11,000 miles for $5,800 from a private seller. It'd be my second bike. Is that a fair price, and what should I check when I go see it?
"""),
    G("""
$5,800 for a 2019 MT-07 with 11,000 miles is in the normal range for a private sale; depending on your region and the bike's condition, prices for that year and mileage commonly run from about $5,000 to $6,500. Compare against a few local listings and a pricing guide like Kelley Blue Book or NADA to confirm.

**What to check in person**

1. **Paperwork first.** The title should be in the seller's name, with no lien, and the VIN on the title must match the VIN on the steering head (right side of the frame neck). Ask for service records.
2. **Cold start.** Ask the seller not to warm it up before you arrive; touch the engine when you get there. A healthy MT-07 should start easily cold and idle smoothly after a short warm-up.
3. **Chain and sprockets.** Look for a rusty or kinked chain, and check the rear sprocket teeth: hooked or shark-fin shaped teeth mean the set needs replacing (roughly $150–250 in parts).
4. **Tires.** Check tread depth, cracks, and the DOT date code (the last four digits show the week and year). Tires older than about five years should be replaced regardless of tread.
5. **Brakes.** Pad thickness, scoring on the discs, and how the levers feel.
6. **Front forks.** Look for oil on the fork tubes or dust seals, which means leaking seals. Push the front down a few times; it should rebound smoothly.
7. **Crash signs.** Scratches on bar ends, levers, footpegs, mirrors, and the edges of the tank or exhaust. Bent levers or a scraped exhaust can mean a drop; look at the frame and subframe for any damage.
8. **Electrical.** All lights, indicators, horn, and the dash.
9. **Test ride,** if the seller allows it (bring your gear and license): clean shifting through all gears, no clutch slip, the bike tracks straight with hands lightly on the bars.
"""),
    H("""
The seller says the bike has had "just oil changes." Is there any maintenance I should expect to need soon at this mileage?
"""),
    G("""
At 11,000 miles the MT-07 is still young, and its engine is known for being reliable, but there are a few items that "just oil changes" usually misses:

- **Chain and sprockets:** the original set often lasts around 15,000–20,000 miles with regular cleaning and lubing, less if it was neglected. Check it carefully.
- **Brake fluid:** it should be replaced every two years regardless of mileage. On a 2019 bike it has likely never been changed.
- **Coolant:** many manufacturers recommend replacing it after a few years; check the manual.
- **Air filter and spark plugs:** inspect and probably replace, they're cheap.
- **Tires:** if they're the originals from 2019, budget for new ones.
- **Valve clearance check:** on the MT-07 it's due at a much higher mileage (around 26,000 miles), so it's not something to worry about yet.

Realistically, budget **$500–900** for catching up on fluids, a chain and sprocket kit, and possibly tires. That's worth mentioning if you negotiate.
"""),
    H("""
Good point. How should I negotiate without being a jerk about it?
"""),
    G("""
Negotiating a private sale politely is mostly about being specific and reasonable.

1. **Do your homework.** Bring printouts or screenshots of 2–3 similar bikes with prices, so your offer is based on the market, not just your wish.
2. **Inspect first, talk price second.** Go through the bike calmly and note anything real: worn chain, old tires, brake fluid never changed, scratches.
3. **Tie your offer to facts.** For example: "I really like the bike. The tires are from 2019 and the chain is close to done; that's about $600 I'll need to spend right away. Would you take $5,300?"
4. **Make one clear offer** and then stop talking. Let the seller respond.
5. **Be ready to meet in the middle.** If they counter at $5,550, that's a fair outcome for both.
6. **Be willing to walk away** politely if the price doesn't work: "I understand. If you change your mind, here's my number."

Sellers are much more willing to move on price when the buyer is friendly, shows up on time, and has the money ready.
"""),
    H("""
Great, I'm going to see it Saturday. One last thing: should I bring cash, or is a cashier's check safer for both of us?
"""),
))

# ---------------------------------------------------------------- 018
DIALOGUES.append(D(
    "m13a-018", "placeholder", "en",
    "Placeholder (subtle): the listing drafted in turn 3 contains an unfilled slot '[NEIGHBORHOOD]' although the user said the house is in Baker, Denver; everything else is filled in correctly.",
    H("""
I own a house in the Baker neighborhood in Denver and I'm thinking about renting out my spare bedroom long-term. I'd still live here. What do I need to sort out legally before I do this?
"""),
    G("""
Renting a room in your own home is one of the simpler ways to become a landlord, but there are several things to check first:

1. **City licensing.** Denver requires a residential rental property license for most long-term rentals, which involves an inspection. Check the city's rental licensing page or call 311 to confirm whether your setup (owner-occupied, one room) is covered and what the inspection involves. Short-term rentals under 30 days have a separate, stricter license.
2. **Your mortgage and HOA.** Most standard mortgages allow renting part of an owner-occupied home, but read your loan terms. If you're in an HOA, check its rules on renting.
3. **Insurance.** Tell your homeowners insurer. Your policy may not cover a tenant's belongings (they should get renters insurance) and may need an endorsement for liability related to renting. Require your tenant to carry renters insurance with liability coverage.
4. **Fair housing.** Federal fair housing law has narrow exemptions for shared living situations, but you still shouldn't publish ads with discriminatory statements, and Colorado law has its own protections. Keep your listing focused on the room, the rules, and objective requirements like income and references.
5. **Tenant law.** Even as a roommate landlord, Colorado landlord-tenant law applies to things like security deposits, notice periods, and habitability. A written lease protects both of you.
6. **Taxes.** Rent is taxable income. You report it on Schedule E and can deduct the room's share of expenses such as mortgage interest, property tax, utilities, insurance, and repairs, plus depreciation. Keep good records from day one.

Once those are in place, we can work out the rent and draft a listing.
"""),
    H("""
How much should I charge? The room is about 12 by 13 feet with its own bathroom, and I'd include utilities and Wi-Fi.
"""),
    G("""
Start with what similar rooms rent for near you, then adjust.

**Research comparables**
Look at Craigslist, Facebook Marketplace and local groups, SpareRoom, Roomies, and Zillow's room listings for Baker, Washington Park West, Speer, and other nearby neighborhoods. Note rooms with a private bathroom separately; they command a clear premium.

**Typical range**
Private rooms with their own bathroom in central Denver neighborhoods commonly list somewhere around **$900–1,200 a month**, with utilities and Wi-Fi included at the higher end of the market. A room of 12 × 13 feet is a comfortable size, roughly 156 square feet.

**Adjust for your specifics**
- **Up:** private bathroom, included utilities, walkability to the South Broadway shops and transit, parking, in-unit laundry, furnished option.
- **Down:** strict house rules, no guest stays, pets in the house if tenants might be allergic, no parking.

**Utilities**
Including utilities makes the listing simpler and more attractive. Estimate your tenant's share realistically (often $75–125 a month for electricity, gas, water, and internet for one extra person) and build it into the rent.

**Pricing strategy**
Pricing slightly below the top of the range usually gets you more applicants, which lets you be choosier about who moves in. That often matters more than the last $50 a month when you'll be sharing a home.
"""),
    H("""
Okay, I'm going with $950 including utilities and Wi-Fi. Quiet hours after 10 pm, no smoking anywhere on the property, and there's a friendly cat who lives here. Available June 1. Can you write the listing?
"""),
    G("""
Here's a listing you can post as-is or adjust:

---

**Private room with its own bathroom in a quiet house, $950/month, utilities and Wi-Fi included**

Bright, unfurnished bedroom (about 12 × 13 ft) with a **private full bathroom** in a well-kept house in [NEIGHBORHOOD], Denver. The house is a short walk from South Broadway's cafés, shops and restaurants, with easy bus access and quick routes to downtown.

**What's included**
- $950/month, **all utilities and high-speed Wi-Fi included**
- Your own bathroom, not shared
- Shared kitchen and laundry
- Street parking

**About the house**
I'm the owner and live here, and I keep a calm, tidy home. There's also a very friendly cat who lives here, so this is best for someone who's comfortable around cats.

**House rules**
- Quiet hours after 10 pm
- No smoking of any kind anywhere on the property
- Guests are welcome with reasonable notice; no overnight guests for more than a few nights a month
- Shared spaces cleaned up after use

**Details**
- Available **June 1**
- 12-month lease preferred, with a written rental agreement
- Security deposit equal to one month's rent
- Renters insurance required

**To apply**
Send a short message about yourself, your work or studies, and your schedule. Applicants will be asked for proof of income, references, and a background and credit check.

---

Post it with good daylight photos of the room, the bathroom, and the kitchen; listings with photos get far more responses.
"""),
    H("""
How should I screen people who reply?
"""),
    G("""
Screen consistently, and apply the same criteria to everyone in the same order.

**1. Quick message or phone screen**
Ask about move-in date, length of stay, work schedule, smoking, pets, how they feel about cats, and what they're looking for in a living situation. This filters out obvious mismatches before you spend time on showings.

**2. Showing**
Meet in person. Pay attention to how they communicate and whether their expectations about guests, noise, and cleanliness match yours.

**3. Written application**
Collect full name, ID, current and previous addresses, employer, income, and two references, ideally one previous landlord.

**4. Income**
A common standard is monthly income of about three times the rent, so around **$2,850 a month** for your room. Ask for recent pay stubs, an offer letter, or bank statements.

**5. Background and credit check**
Use a tenant-screening service (for example TransUnion's MySmartMove or similar) where the applicant enters their own information. Colorado law limits application fees to your actual screening costs and requires you to accept a recent portable tenant screening report if the applicant provides one, so check the current rules before charging a fee.

**6. References**
Call the previous landlord and ask: Did they pay on time? Would you rent to them again? Any complaints?

**7. Decide and document**
Keep notes on why you chose or declined each applicant, based on your written criteria. It protects you if a decision is ever questioned.
"""),
    H("""
What should go into the room rental agreement?
"""),
    G("""
A clear, written agreement prevents most roommate-landlord conflicts. Include:

- **Parties and premises:** your name, the tenant's name, the address, and which parts they may use exclusively (bedroom, bathroom) and which are shared (kitchen, laundry, living room).
- **Term:** start date (June 1), length (for example 12 months), and what happens at the end (renewal or month-to-month).
- **Rent:** $950, due date, payment method, and grace period and late-fee policy. Colorado limits late fees, so keep yours within the current legal cap.
- **Utilities and Wi-Fi:** stated as included.
- **Security deposit:** amount, what it can be used for, and when it will be returned. Under Colorado law, you must return it within one month after the tenant moves out, or up to 60 days if your lease says so, with a written list of any deductions.
- **House rules:** quiet hours after 10 pm, no smoking on the property, guest policy, cleaning expectations, the cat.
- **Renters insurance:** required, with proof provided before move-in.
- **Entry:** when you may enter the tenant's room and with how much notice.
- **Maintenance:** how to report problems and who pays for damage they cause.
- **Termination:** notice periods for both sides and conditions for ending early.
- **Signatures and date.**

Colorado-specific templates are available from local landlord associations, and a one-time review by a local attorney is inexpensive compared with a dispute later.
"""),
))

# ---------------------------------------------------------------- 019
DIALOGUES.append(D(
    "m13a-019", "good", "cs",
    "Good: getting into birdwatching in Czechia over 4 turns (binoculars, apps and guides, where to go near Prague, winter feeding); accurate and consistent.",
    H("""
Chtěla bych začít s pozorováním ptáků. Bydlím v Praze a zatím poznám tak kosa a vrabce. Jaký dalekohled si mám koupit a kolik to zhruba stojí?
"""),
    G("""
To je skvělý koníček a Praha je na začátek dobré místo, protože i městské parky a rybníky jsou plné ptáků.

**Jaké parametry hledat**
- **8×42** je nejuniverzálnější volba. Osmé zvětšení je dost na detaily, ale obraz se ještě moc netřese a máte široké zorné pole, takže ptáka snadno najdete. Průměr objektivu 42 mm pustí dost světla i za šera nebo v lese.
- 10×42 dává víc detailů na rybnících, ale obraz se víc chvěje a hůř se v něm hledá pták v korunách stromů.
- Menší dalekohledy 8×25 jsou lehké do kapsy, ale za horšího světla ztrácejí.

**Na co se dívat při koupi**
- **Voděodolnost a plnění dusíkem**, aby se dalekohled nemlžil.
- **Minimální zaostřovací vzdálenost** kolem 2 metrů, hodí se i na motýly a ptáky na krmítku.
- **Pohodlné očnice**, hlavně pokud nosíte brýle.

**Ceny orientačně**
- **3 000–6 000 Kč:** slušné začátečnické modely se střechovými hranoly od zavedených výrobců. Na začátek úplně stačí.
- **8 000–15 000 Kč:** střední třída s výrazně lepší ostrostí a podáním barev.
- **Nad 20 000 Kč:** špičková optika, která se vyplatí, až budete vědět, že vás to chytlo.

Ideální je dalekohled před koupí vyzkoušet v obchodě s optikou, nebo se zeptat na akcích České společnosti ornitologické, kde vám lidé rádi půjčí ten svůj.
"""),
    H("""
Jak se naučit ptáky poznávat? Stačí mobilní aplikace, nebo potřebuju atlas?
"""),
    G("""
Nejlépe funguje kombinace obojího.

**Aplikace**
- **Merlin Bird ID** (zdarma) umí rozpoznat ptáka podle fotky i podle zpěvu, který nahraje mikrofonem telefonu. Stáhněte si balíček pro Evropu. Na jaře, kdy všichni zpívají, je to skvělý pomocník, ale výsledky berte jako nápovědu, ne jako jistotu.
- **eBird** slouží k zapisování pozorování. Uvidíte, co jiní pozorovatelé v okolí viděli, a vaše záznamy zároveň pomáhají vědě.
- **Birdlife / ČSO** má na webu přehledné stránky o českých druzích včetně hlasů.

**Atlas**
Standardem je **Svenssonův atlas Ptáci Evropy, severní Afriky a Blízkého východu**. Je podrobný, obrázky ukazují samce, samice i mladé ptáky a hlavně srovnávají podobné druhy vedle sebe, což vás naučí, na co se dívat.

**Jak postupovat**
1. Začněte s 15–20 běžnými druhy z parku a krmítka: sýkora koňadra a modřinka, kos, drozd zpěvný, červenka, pěnkava, zvonek, strakapoud velký, brhlík, straka, sojka, kavka.
2. U každého ptáka si všímejte velikosti (jako vrabec, kos, holub), tvaru zobáku, výrazných znaků na hlavě a křídlech a chování.
3. Učte se hlasy. Jaro je nejlepší doba; ráno poslouchejte a kontrolujte přes Merlin.
4. Choďte na exkurze ČSO nebo místních skupin. Od zkušenějších se naučíte za jedno ráno víc než za měsíc sami.
"""),
    H("""
Kam se v Praze nebo kousek za Prahou vyplatí vyrazit? A kdy je nejlepší doba?
"""),
    G("""
**V Praze**
- **Stromovka a Trojská kotlina:** staré stromy se strakapoudy, brhlíky a šoupálky, u Vltavy kachny, racci a v zimě i morčáci.
- **Hostivařská přehrada a lesopark:** vodní ptáci, ledňáček, na jaře pěvci v rákosí.
- **Počernický rybník a rybníky v okolí Běchovic:** potápky, poláci, volavky, rákosníci.
- **Prokopské a Dalejské údolí:** skalnaté stráně a lesy, dravci, na jaře spousta zpěvných ptáků.

**Na celodenní výlet**
- **Třeboňsko:** soustava rybníků s orlem mořským, volavkami, kormorány a velkým množstvím vodních ptáků. Jedna z nejlepších lokalit v zemi.
- **Lednické rybníky a Pálava** na jižní Moravě jsou sice dál, ale hlavně během jarního a podzimního tahu tam uvidíte druhy, které jinde nepotkáte.
- **Rybníky na Kokořínsku nebo Žehuňský rybník** jsou blíž a na tahu také zajímavé.

**Kdy**
- **Denní doba:** první 2–3 hodiny po východu slunce, kdy jsou ptáci nejaktivnější a nejvíc zpívají.
- **Roční doba:** duben a květen jsou nejlepší: probíhá jarní tah, přilétají tažní ptáci a všichni zpívají. Září a říjen přinášejí podzimní tah na rybnících. V zimě je zase skvělá příležitost učit se na krmítkách a pozorovat zimující vodní ptáky na Vltavě.
"""),
    H("""
Chtěla bych přes zimu krmit ptáky na balkoně. Co jim dávat a co ne?
"""),
    G("""
Zimní přikrmování na balkoně je výborný způsob, jak se naučit běžné druhy zblízka.

**Co dávat**
- **Slunečnice**, nejlépe černá olejnatá. Má ji ráda většina ptáků včetně sýkor, zvonků a brhlíků.
- **Lojové koule nebo lůj se semínky**, ideálně bez plastové síťky (ptáci se do ní můžou zamotat); zavěste je do drátěného držáku.
- **Nesolené arašídy** v drátěném zásobníku, aby je ptáci zobali po kouscích.
- **Ovesné vločky a jablka** pro kosy a drozdy, kteří jedí spíš na zemi nebo na okraji balkonu.

**Co nedávat**
- **Pečivo a chleba**: nasákne vodou, plesniví a ptákům nedává potřebnou energii.
- **Nic soleného ani kořeněného**: slanina, uzeniny, zbytky jídla.
- **Nic zkaženého nebo plesnivého.**

**Hygiena a pravidla**
- Krmítko pravidelně čistěte, aby se nešířily nemoci.
- Krmte hlavně v mrazech a při sněhu a vydržte, pokud už začnete. Ptáci si na zdroj zvyknou.
- Na jaře krmení postupně omezte.
- Umístěte krmítko tak, aby do něj nemohly kočky a aby ptáci nenaráželi do skla oken.

A v lednu se můžete zapojit do **Ptačí hodinky**, sčítání ptáků na krmítkách, které pořádá Česká společnost ornitologická.
"""),
))

# ---------------------------------------------------------------- 020
DIALOGUES.append(D(
    "m13a-020", "off_topic", "th",
    "Off-topic: in turn 3 the user switches from retiling the bathroom to whether to buy gold as an investment and the assistant answers at length about gold prices; the tiling goal is dropped for that exchange.",
    H("""
กำลังจะรีโนเวทห้องน้ำที่บ้าน ขนาดประมาณ 2 x 2.5 เมตร อยากรื้อกระเบื้องพื้นเก่าออกแล้วปูใหม่เอง ต้องเตรียมอะไรบ้างครับ
"""),
    G("""
ห้องน้ำขนาด 2 x 2.5 เมตร (พื้นที่ 5 ตารางเมตร) ถือว่าทำเองได้ ถ้าเตรียมพื้นให้ดี เพราะงานห้องน้ำสำคัญที่สุดคือ **ความลาดเอียงและการกันซึม** ไม่ใช่ตัวกระเบื้อง

**1. วัสดุ**
- **กระเบื้องพื้น** สำหรับห้องน้ำควรเลือกแบบผิวด้าน กันลื่น (ค่า R10 ขึ้นไป) ซื้อเผื่อเศษตัดและแตกเสียประมาณ 10% คือราว 5.5 ตารางเมตร
- **กาวซีเมนต์สำหรับปูกระเบื้อง** ใช้แทนการปูแบบปูนทรายแบบเดิม ยึดเกาะดีกว่าและไม่เกิดโพรงใต้กระเบื้อง
- **วัสดุกันซึม** แบบทาหรือแบบซีเมนต์กันซึมยืดหยุ่น สำหรับทาพื้นและผนังขึ้นไปอย่างน้อย 20-30 ซม. (ในส่วนที่อาบน้ำควรทาขึ้นสูงกว่านั้น)
- **ยาแนว** และ **ตัวเว้นร่อง** (spacer) ขนาด 2-3 มม.

**2. เครื่องมือ**
- สกัดไฟฟ้า หรือค้อนกับสกัดสำหรับรื้อกระเบื้องเก่า
- เกรียงหวี (ขนาดฟันตามขนาดกระเบื้อง) เกรียงยาง
- ระดับน้ำ ไม้บรรทัดอะลูมิเนียม
- เครื่องตัดกระเบื้อง หรือหินเจียรพร้อมใบตัด
- แว่นตา หน้ากากกันฝุ่น ถุงมือ

**3. ลำดับงาน**
1. รื้อกระเบื้องเก่าและปูนเดิมออก ตรวจดูว่าพื้นปูนข้างใต้แตกร้าวหรือร่อนหรือไม่
2. ตรวจความลาดเอียงไปทางท่อระบายน้ำ ควรลาดประมาณ 1 ซม. ต่อ 1 เมตร ถ้าไม่ได้ ต้องเทปรับระดับใหม่
3. ทากันซึมอย่างน้อย 2 รอบ ทิ้งให้แห้งตามที่ผู้ผลิตกำหนด
4. ปูกระเบื้อง แล้วรอ 24 ชั่วโมงก่อนยาแนว

ถ้าอยากได้ ผมอธิบายขั้นตอนปูแต่ละแผ่นให้ละเอียดได้ครับ
"""),
    H("""
ดีเลยครับ ช่วยอธิบายวิธีปูกระเบื้องให้เรียบและได้แนวด้วยครับ
"""),
    G("""
ได้ครับ เคล็ดลับคือวางแผนก่อนลงกาวแผ่นแรก

**1. วางแนวก่อน (Dry lay)**
วางกระเบื้องแบบยังไม่ทากาวลงบนพื้นพร้อมตัวเว้นร่อง เพื่อดูว่าเศษที่ต้องตัดจะไปอยู่ตรงไหน ควรให้เศษตัดไปอยู่ชิดผนังด้านที่มองเห็นน้อย เช่น ใต้อ่างล้างหน้าหรือหลังประตู และหลีกเลี่ยงเศษแคบเกินครึ่งแผ่น

**2. ตีเส้นอ้างอิง**
ใช้เต้าตีเส้น ตีเส้นตั้งฉากกันสองเส้นบนพื้น เป็นแนวหลักในการปู

**3. ผสมกาวซีเมนต์**
ผสมตามอัตราส่วนน้ำที่ระบุบนถุง ใช้สว่านผสม ตั้งทิ้งไว้ประมาณ 5 นาทีแล้วกวนอีกครั้ง ผสมทีละน้อยพอใช้ในราว 30 นาที

**4. ปาดกาว**
ปาดกาวบนพื้นทีละประมาณ 1 ตารางเมตร ด้วยเกรียงหวีทำมุมประมาณ 45 องศา ให้ร่องกาวเป็นแนวเดียวกัน สำหรับกระเบื้องขนาด 60x60 ซม. ขึ้นไป ควรปาดกาวที่หลังกระเบื้องด้วย (back buttering) เพื่อไม่ให้เกิดโพรง

**5. วางกระเบื้อง**
วางแล้วกดพร้อมขยับเล็กน้อยให้กาวแน่น ใช้ตัวเว้นร่องทุกมุม เช็กระดับระหว่างแผ่นด้วยไม้บรรทัดบ่อย ๆ และยกแผ่นขึ้นดูหลังแผ่นแรก ๆ ว่ากาวเต็มหลังแผ่นหรือไม่

**6. ความลาดไปยังท่อระบายน้ำ**
แผ่นรอบท่อระบายน้ำให้ตัดตามแนวลาด ระวังอย่าให้ขอบกระเบื้องสูงกว่าฝาท่อ น้ำจะได้ไม่ขัง

เช็ดกาวที่ล้นบนผิวกระเบื้องและในร่องออกทันที ก่อนที่จะแห้ง
"""),
    H("""
ว่าแต่ช่วงนี้ราคาทองขึ้นเยอะมาก เห็นข่าวทุกวันเลย ผมมีเงินเก็บอยู่ก้อนหนึ่ง ควรซื้อทองเก็บไว้ตอนนี้ไหมครับ หรือรอให้ราคาลงก่อน
"""),
    G("""
เรื่องนี้ไม่มีใครบอกได้แน่นอนว่าราคาทองจะขึ้นหรือลงต่อ แต่มีหลักคิดที่ช่วยตัดสินใจได้ครับ

**1. ทองมีบทบาทอะไรในพอร์ต**
ทองเหมาะเป็นสินทรัพย์ป้องกันความเสี่ยง ช่วงที่เศรษฐกิจไม่แน่นอน เงินเฟ้อสูง หรือค่าเงินผันผวน ทองมักทำผลงานได้ดี แต่ทองไม่ให้ดอกเบี้ยหรือเงินปันผล และราคาอาจซบเซาได้หลายปี

**2. สัดส่วนที่เหมาะสม**
นักวางแผนการเงินส่วนใหญ่แนะนำให้ถือทองประมาณ 5-15% ของเงินลงทุนทั้งหมด ไม่ควรทุ่มเงินเก็บทั้งก้อนในครั้งเดียว

**3. ทยอยซื้อ (DCA)**
แทนที่จะพยายามจับจังหวะว่าราคาต่ำสุดเมื่อไร การแบ่งซื้อเป็นงวด เช่น เดือนละเท่า ๆ กันเป็นเวลา 6-12 เดือน จะช่วยเฉลี่ยต้นทุนและลดความเสี่ยงที่จะซื้อตอนราคาสูงสุด

**4. รูปแบบการถือทอง**
- ทองคำแท่ง 96.5% มีค่ากำเหน็จต่ำ ขายคืนง่าย เหมาะกับการเก็บ
- ทองรูปพรรณ มีค่ากำเหน็จสูง ไม่เหมาะกับการลงทุน
- ออมทองผ่านแอปของร้านทองหรือธนาคาร หรือกองทุนรวมทองคำ ซื้อขายเป็นหน่วยย่อยได้สะดวก

**5. อย่าลืมเงินสำรองฉุกเฉิน**
ก่อนลงทุนอะไรควรมีเงินสำรองฉุกเฉินอย่างน้อย 3-6 เดือนของค่าใช้จ่ายในรูปเงินฝากที่ถอนได้ทันที

สรุปคือ ถ้ายังไม่มีทองเลย การเริ่มทยอยซื้อในสัดส่วนที่พอเหมาะเป็นทางเลือกที่สมเหตุสมผลกว่าการรอจังหวะครับ
"""),
    H("""
กลับมาเรื่องห้องน้ำครับ ยาแนวควรใช้แบบซีเมนต์ธรรมดาหรืออีพ็อกซี่ดี
"""),
    G("""
สำหรับพื้นห้องน้ำ โดยเฉพาะส่วนที่โดนน้ำบ่อย ผมแนะนำ **ยาแนวอีพ็อกซี่** ครับ ถ้างบประมาณไหว

**ยาแนวอีพ็อกซี่**
- กันน้ำได้ดีมาก ไม่ดูดซับน้ำ จึงไม่ค่อยเกิดเชื้อราดำตามร่อง
- ทนกรดด่างจากน้ำยาทำความสะอาด สีไม่ซีดง่าย
- ข้อเสีย: ราคาแพงกว่าหลายเท่า และทำงานยากกว่า เพราะแข็งตัวเร็ว ต้องผสมทีละน้อยและเช็ดคราบออกจากผิวกระเบื้องให้หมดภายในเวลาที่กำหนด ถ้าทิ้งไว้จนแข็งจะเอาออกยากมาก

**ยาแนวซีเมนต์**
- ราคาถูก ใช้งานง่าย เหมาะกับมือใหม่
- แต่ดูดซับน้ำ จึงต้องทาน้ำยาเคลือบยาแนว (sealer) หลังแห้งสนิท และทาซ้ำทุก 1-2 ปี

**ทางเลือกกลาง ๆ**
ใช้อีพ็อกซี่เฉพาะพื้นโซนอาบน้ำ และใช้ยาแนวซีเมนต์คุณภาพดีพร้อมเคลือบ sealer ในส่วนที่แห้ง

ไม่ว่าจะใช้แบบไหน รอให้กาวซีเมนต์ใต้กระเบื้องแห้งอย่างน้อย 24 ชั่วโมงก่อนยาแนว และหลังยาแนวเสร็จควรรออีก 24-72 ชั่วโมง (ตามที่ผู้ผลิตกำหนด) ก่อนใช้น้ำในห้องน้ำครับ
"""),
))
