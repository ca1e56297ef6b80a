from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- 026
DIALOGUES.append(D(
    "m13a-026", "repetition", "fi",
    "Repetition: user turn 4 re-asks almost word for word the weekly frequency and run length question from turn 2, and the turn 4 reply repeats the same training structure again.",
    H("""
Olen 35-vuotias ja juoksen tällä hetkellä 5 kilometriä noin 32 minuutissa, kaksi kertaa viikossa. Haluaisin juosta 10 kilometriä Helsinki Midnight Runissa elokuussa, eli noin 12 viikon päästä. Onko se realistista?
"""),
    G("""
On täysin realistista. Kun jaksat jo juosta viisi kilometriä yhtäjaksoisesti, 12 viikkoa riittää hyvin kymmenen kilometrin valmistautumiseen, kunhan harjoittelu etenee maltillisesti.

**Muutama periaate, joilla onnistut**

1. **Suurin osa juoksuista rauhallisesti.** Noin 80 prosenttia lenkeistä kannattaa juosta niin kevyesti, että pystyisit puhumaan kokonaisia lauseita. Kestävyys kehittyy juuri näillä lenkeillä, ja loukkaantumisriski pysyy pienenä.
2. **Pitkä lenkki kerran viikossa.** Viikon pisin lenkki on tärkein harjoitus. Sitä pidennetään vähitellen niin, että juokset ennen kisaa ainakin kerran 10–11 kilometriä rauhallisesti.
3. **Maltillinen nousu.** Kasvata viikon kokonaismäärää korkeintaan noin 10 prosenttia viikossa. Jos jokin kohta alkaa kipeytyä, kevennä heti.
4. **Kevyempi viikko joka neljäs viikko.** Keho kehittyy levossa, ei pelkästään harjoitellessa.
5. **Kevennä ennen kisaa.** Viimeinen viikko on kevyt, jotta jalat ovat kisapäivänä tuoreet.

**Realistinen tavoiteaika**
Viiden kilometrin ajastasi 32 minuuttia voi arvioida, että kymmenen kilometrin aika on ensimmäisellä kerralla noin 67–70 minuuttia. Harjoittelun myötä se voi olla elokuussa vähän nopeampikin, mutta ensimmäisessä kympissä tärkeintä on juosta tasaisesti ja nauttia.
"""),
    H("""
Montako kertaa viikossa minun pitäisi juosta ja kuinka pitkiä lenkkejä?
"""),
    G("""
Hyvä rakenne sinulle on **kolme juoksukertaa viikossa**, ja jos keho tuntuu hyvältä, neljäs lyhyt lenkki voidaan lisätä noin kuudennesta viikosta alkaen.

**Viikon perusrunko**
- **Kaksi rauhallista lenkkiä, 30–45 minuuttia.** Aloita 30 minuutista ja pidennä vähitellen.
- **Yksi pitkä lenkki, esimerkiksi viikonloppuna.** Aloita 6 kilometristä ja lisää noin kilometri viikossa, niin että viikoilla 9–10 juokset 11–12 kilometriä.
- **Viikoista 5–10 alkaen** yksi rauhallisista lenkeistä voi sisältää reippaampia osuuksia, esimerkiksi 4–6 kertaa 3 minuuttia reippaasti ja 2 minuuttia hölkkää välissä.

**Esimerkki pitkän lenkin kehityksestä**
- Viikot 1–3: 6, 7 ja 8 km
- Viikko 4: kevennys, 6 km
- Viikot 5–7: 8, 9 ja 10 km
- Viikko 8: kevennys, 7 km
- Viikot 9–10: 11 ja 12 km
- Viikko 11: 8 km
- Viikko 12: kisaviikko, vain lyhyitä kevyitä lenkkejä

Pidä juoksupäivien välissä mieluiten lepo- tai kevyt päivä. Esimerkiksi tiistai, torstai ja lauantai tai sunnuntai toimii hyvin.
"""),
    H("""
Kuinka kovaa minun pitäisi juosta niitä rauhallisia lenkkejä? Tuntuu, että olen aina vähän hengästynyt.
"""),
    G("""
Todennäköisesti juokset rauhalliset lenkit liian kovaa. Se on aloittelijoiden yleisin virhe, ja juuri siksi lenkit tuntuvat raskailta.

**Puhetesti**
Rauhallisella lenkillä sinun pitäisi pystyä puhumaan kokonaisia lauseita. Jos pystyt sanomaan vain muutaman sanan kerrallaan, hidasta.

**Vauhti**
Sinun 5 kilometrin ajallasi rauhallinen vauhti on todennäköisesti noin **7:15–8:00 minuuttia kilometrillä**. Se voi tuntua aluksi hämmentävän hitaalta, mutta se on oikein.

**Syke**
Jos käytät sykemittaria, pidä syke suunnilleen 65–75 prosentissa maksimistasi. Rannemittarit voivat heittää, joten puhetesti on usein luotettavampi.

**Kävelytauot ovat sallittuja**
Jos vauhti ei hidastu tarpeeksi, voit juosta esimerkiksi 4 minuuttia ja kävellä 1 minuutin. Kestävyys kehittyy silti, ja muutaman viikon päästä huomaat pystyväsi juoksemaan samalla tuntemuksella yhtäjaksoisesti ja hieman nopeammin.

Kun rauhalliset lenkit ovat oikeasti rauhallisia, jaksat paremmin myös pitkän lenkin ja reippaammat osuudet.
"""),
    H("""
Vielä yksi juttu: montako kertaa viikossa minun pitäisi juosta ja kuinka pitkiä lenkkien pitäisi olla?
"""),
    G("""
Sinulle sopii hyvin **kolme juoksukertaa viikossa**. Neljännen, lyhyen lenkin voi lisätä suunnilleen kuudennella viikolla, jos olo on hyvä.

**Viikon rakenne**
- **Kaksi rauhallista 30–45 minuutin lenkkiä**, aluksi 30 minuuttia ja vähitellen pidempään.
- **Yksi pitkä lenkki** esimerkiksi viikonloppuna: 6 kilometristä alkaen noin kilometrin lisäys viikossa, niin että viikoilla 9–10 pituus on 11–12 kilometriä.
- **Viikosta 5 eteenpäin** voit lisätä toiseen rauhalliseen lenkkiin reippaita osuuksia, esimerkiksi 4–6 × 3 minuuttia reippaasti, välissä 2 minuuttia hölkkää.

**Pitkän lenkin eteneminen**
- Viikot 1–3: 6, 7, 8 km
- Viikko 4: kevyempi viikko, 6 km
- Viikot 5–7: 8, 9, 10 km
- Viikko 8: kevyempi viikko, 7 km
- Viikot 9–10: 11 ja 12 km
- Viikko 11: 8 km
- Viikko 12: kisaviikko ja vain lyhyitä, kevyitä lenkkejä

Juoksupäivien väliin kannattaa jättää lepo- tai kevyt päivä, esimerkiksi juoksut tiistaina, torstaina ja viikonloppuna.
"""),
    H("""
Mitä minun kannattaa tehdä kisaviikolla ja itse kisapäivänä?
"""),
    G("""
**Kisaviikko**
- Juokse 2–3 lyhyttä, rauhallista lenkkiä (20–30 minuuttia), ja yhdellä niistä muutama 20 sekunnin reipas veto, jotta jalat pysyvät virkeinä.
- Viimeinen juoksu 1–2 päivää ennen kisaa, ja sen jälkeen lepoa.
- Nuku hyvin koko viikon. Kisaa edeltävän yön unella ei ole niin suurta merkitystä kuin koko viikon unella.
- Älä kokeile mitään uutta: ei uusia kenkiä, vaatteita tai ruokia.

**Kisapäivä**
- Midnight Run juostaan illalla, joten syö normaalit ateriat päivän aikana ja kevyt välipala, esimerkiksi leipää, banaani tai puuroa, noin 2–3 tuntia ennen lähtöä. Juo tasaisesti pitkin päivää.
- Ole paikalla hyvissä ajoin ja hölkkää 10 minuuttia alkulämmittelyksi.
- **Aloita rauhallisesti.** Lähdössä vauhti tuntuu helposti liian kevyeltä, koska ympärillä on paljon innostuneita juoksijoita. Pidä ensimmäiset viisi kilometriä noin 7 minuutin kilometrivauhdissa, ja jos olo on hyvä, lisää vauhtia lopussa.
- Jos reitillä on juomapiste, ota muutama hörppy, vaikka ei janottaisikaan.
- Nauti tunnelmasta. Ensimmäinen kymppi on aina ennätys!
"""),
))

# ---------------------------------------------------------------- 027
DIALOGUES.append(D(
    "m13a-029", "misaligned", "en",
    "Misaligned: replies 3-5 are rotated: the Costco question (turn 3) gets the spending-tracking answer, the picky-kids question (turn 4) gets the Costco answer, and the tracking question (turn 5) gets the kids/beans answer.",
    H("""
We're a family of four (kids are 7 and 10) and we spend about $1,100 a month on groceries. I'd like to get that down to around $800 without everyone eating rice and beans every night. Where do I start?
"""),
    G("""
Cutting about 27% is very doable for most families, and the biggest savings usually come from reducing waste and impulse buys rather than from eating worse.

**1. Look at where the money actually goes**
Pull up your receipts or card statements for the last two months. Sort spending roughly into: meat and fish, produce, dairy, snacks and drinks, convenience foods, household items (paper towels, cleaning supplies), and "extra" trips to the store. Most families are surprised by two things: how much goes to snacks and drinks, and how many small midweek trips there are.

**2. Set a weekly budget**
$800 a month is roughly **$185 a week**. A weekly number is easier to manage than a monthly one, because you know right away if you're off track.

**3. Find your waste**
For two weeks, note everything that gets thrown out: wilted produce, leftovers nobody ate, the half-used container of cream. Food waste is often 10–20% of the grocery bill.

**4. Reduce store trips**
Aim for one main shopping trip a week plus at most one quick top-up for milk and fruit. Each extra trip tends to add $20–40 of things that weren't on the list.

**5. Pick two or three changes to start**
Don't overhaul everything in week one. For example: plan dinners, cut down on pre-packaged snacks, and buy store brands for staples. Store brands alone often save 20–30% on those items.
"""),
    H("""
Meal planning always falls apart for us by Wednesday. How do I make it stick?
"""),
    G("""
Plans usually fall apart because they're too ambitious. Make it simple and flexible:

1. **Plan from what you have.** Before making the plan, check the fridge, freezer, and pantry, and build the first meals of the week around what needs using up.
2. **Plan five dinners, not seven.** Leave one night for leftovers and one "easy night" (eggs, homemade pizza, sandwiches). That gives you slack when plans change.
3. **Use theme nights.** For example: Monday pasta, Tuesday tacos, Wednesday soup, Thursday sheet-pan dinner, Friday homemade pizza. You only have to decide the variation, not invent a meal from scratch.
4. **Put the quick meals midweek.** Wednesday is exactly when energy runs out, so that should be a 20-minute meal or leftovers.
5. **Cook once, eat twice.** A roast chicken on Sunday becomes chicken tacos on Tuesday; a big pot of chili becomes chili baked potatoes.
6. **Check the sales flyer first.** Build the week's proteins around what's on sale.
7. **Write the list by store section** so you don't wander the aisles, where the impulse buys happen.
8. **Post the plan on the fridge.** When everyone knows what's for dinner, there's less "can we just order pizza."
"""),
    H("""
Is a Costco membership worth it for us, or will it make us spend more?
"""),
    G("""
You don't need a complicated app. Pick one of these and stick with it for a couple of months:

**Option 1: Envelope or prepaid card**
Withdraw $185 in cash each week, or load it onto a separate debit card used only for groceries. When it's gone, it's gone. This is the simplest and most effective method for many families, because you see the balance shrink.

**Option 2: Receipt jar plus a running total**
Put every grocery receipt in a jar or envelope on the counter. Once a week, add them up on a sticky note or in a notes app: "Week 1: $172. Week 2: $198." It takes five minutes and keeps you aware.

**Option 3: Simple spreadsheet**
One row per shopping trip with date, store, and amount, and a cell that totals the month. Add a column for "waste" if you're tracking thrown-out food.

Whichever you choose, do a quick weekly check-in, ideally when you plan the next week's meals, so the numbers actually shape your decisions.
"""),
    H("""
How do I get my kids to eat cheaper meals, like lentils or beans, without constant complaining?
"""),
    G("""
For a family of four, it can be worth it, but only if you use it with discipline.

**Where Costco saves money**
- Staples you use a lot of and that keep: rice, oats, flour, olive oil, frozen vegetables and fruit, canned tomatoes, coffee.
- Meat in bulk, if you portion and freeze it right away.
- Milk, eggs, butter, and cheese are often cheaper.
- Household items like toilet paper, dish soap, and laundry detergent.

**Where it costs more**
- Impulse buys: the clothing, gadgets, and big snack packs near the entrance.
- Perishables that go bad before you finish them, like the giant clamshell of spinach or a huge bag of avocados.
- Buying more snacks simply because they're in the house, which means the kids eat them faster.

**Rule of thumb**
The basic membership is $65 a year. If you can save $15–30 a month on items you'd buy anyway, it pays for itself quickly. Go with a list, stick to it, and don't take the kids on every trip. Try it for a few months and compare your grocery totals with and without it; Costco refunds the membership fee if you cancel.
"""),
    H("""
What's a good way to track our grocery spending without a complicated app?
"""),
    G("""
Kids resist unfamiliar foods much more than cheap foods, so introduce them gradually and in familiar forms.

1. **Hide them in favorites first.** Mix lentils half-and-half into ground beef for tacos, spaghetti sauce, or sloppy joes. Add white beans to mac and cheese or blend them into a tomato soup.
2. **Use familiar formats.** Bean quesadillas, bean-and-cheese burritos, black bean burgers, hummus with pita and vegetables, and lentil "meatballs" feel like regular kid food.
3. **Let them choose and cook.** A 7- and 10-year-old can rinse beans, stir a pot, or build their own burrito bowl. Kids eat more of what they helped make.
4. **Serve one new dish alongside something safe.** If dinner is lentil soup, have bread and cheese or fruit on the table too, so nobody goes hungry.
5. **Keep portions of new foods small** and don't pressure them. It often takes 8–15 exposures before a child accepts a new food.
6. **Don't announce it as a "budget meal."** "Taco night" goes over much better than "we're eating beans to save money."
"""),
))

# ---------------------------------------------------------------- 028
DIALOGUES.append(D(
    "m13a-028", "good", "en",
    "Good: hanging a heavy book shelf on drywall over 3 turns (studs and fasteners, off-stud options, patching old holes); safe, correct and consistent.",
    H("""
I want to hang a 48-inch wooden shelf for books in my living room. It'll probably hold around 60 pounds. The wall is regular drywall. What do I need so it doesn't come crashing down?
"""),
    G("""
For 60 pounds of books on a 48-inch shelf, the safest approach is to fasten into the wall studs rather than relying on drywall anchors.

**1. Find the studs**
- Use a stud finder, or a strong magnet to locate the drywall screws. In most US homes studs are **16 inches apart** (measured center to center), so a 48-inch shelf will usually span **three studs**.
- Confirm with a small finish nail in a spot the shelf will hide: you'll feel solid wood behind the drywall.
- A stud finder with AC detection helps you avoid wires. Be extra careful directly above or below outlets and switches, where wires run vertically.

**2. Choose brackets**
- Heavy-duty steel brackets, rated well above your load, placed at each stud. Brackets should reach at least two-thirds of the way under the shelf depth.
- If you want a floating shelf, use a heavy-duty floating-shelf bracket with steel rods designed for book loads, and screw it into every stud it crosses. Light floating shelves often sag under books.

**3. Fasteners**
- Use **#10 wood screws or structural screws at least 2.5–3 inches long**, so they go through 1/2-inch drywall and at least 1.5–2 inches into the stud.
- Two screws per bracket, at least.

**4. Installation**
1. Mark the shelf height and use a level to draw a line.
2. Mark stud centers along the line.
3. Pre-drill pilot holes into the studs.
4. Attach the brackets, check level again, then attach the shelf to the brackets from underneath with short screws.

**The shelf itself**
A 3/4-inch solid wood or plywood shelf supported at 16-inch intervals will hold 60 pounds of books without noticeable sag.
"""),
    H("""
The problem is that the studs aren't where I want the shelf: it needs to be centered over the couch, and the studs would leave the brackets lopsided. Any options?
"""),
    G("""
Yes, several. From strongest to easiest:

**1. Mount a ledger or French cleat to the studs**
Screw a horizontal board (for example a 1×3 or 1×4 of hardwood, painted to match the wall) into all the studs it crosses. Then attach your brackets to that board wherever you want them, evenly spaced and centered over the couch. A French cleat (two boards cut at 45 degrees, one on the wall, one on the shelf) does the same thing and hides the fastening.

**2. Put the brackets where you want them, and use heavy-duty toggle anchors where there's no stud**
Metal toggle anchors (strap toggles like Snaptoggle, or traditional spring-wing toggles) spread the load across the back of the drywall and are rated for far more than plastic expansion anchors. Stay at a fraction of the manufacturer's rating, and if possible combine them: one screw into a stud wherever a bracket happens to overlap one, toggles elsewhere. Avoid plastic ribbed anchors for a book shelf.

**3. Install blocking behind the drywall**
Cut a strip of drywall out, add horizontal 2×4 blocking between the studs at the shelf height, then patch and paint. It's the most work, but it lets you put brackets absolutely anywhere and is invisible afterward.

**4. Use a hidden rail system**
Some shelf systems use a long metal rail screwed into the studs, with brackets that clip on at any position. Same principle as the ledger, but ready-made.

For a 60-pound book shelf over a couch, where you really don't want it falling, I'd go with option 1 or 3.
"""),
    H("""
Great, I'll do the ledger board. Last question: how do I patch the holes from the old shelf that was there?
"""),
    G("""
It depends on the size of the holes:

**Small holes (screw and nail holes, up to about 1/4 inch)**
1. Push in any loose paper edges and lightly sand flat.
2. Fill with lightweight spackle using a putty knife, slightly overfilling.
3. Let it dry (often 30 minutes to a couple of hours), sand smooth with 220-grit paper.
4. Spot-prime and paint.

**Medium holes (anchors, up to about 3 inches)**
1. Remove the anchor; if it won't come out, push it through into the wall cavity.
2. Cover with a self-adhesive mesh patch.
3. Apply two or three thin coats of joint compound, feathering the edges wider each time, and let each coat dry.
4. Sand, prime, and paint.

**Tips**
- Prime before painting; patched areas absorb paint differently and can show as dull spots ("flashing").
- Painting the whole wall section from corner to corner gives the most invisible result, especially if the existing paint is a few years old.
"""),
))
