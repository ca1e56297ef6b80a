from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- 007
_e_q1 = H("""I want to buy my first espresso setup, budget around €600 including a grinder. I mostly drink flat whites, two a day. Where should the money go?""")
_e_a1 = G("""With milk drinks as your main order, you need a machine that steams properly and a grinder that can grind fine and consistently for espresso. The usual advice holds: don't spend everything on the machine and pair it with a cheap grinder, because a poor grinder will hold back even a great machine.

**A sensible split for €600:**
- **Grinder: €200–300.** It must be an espresso-capable burr grinder with fine, stepless or small-step adjustment. Examples in this range: Eureka Mignon Manuale or Silenzio, Baratza Encore ESP, or a Fellow Opus if you also brew filter. A good hand grinder (e.g. 1Zpresso J-Ultra or Kingrinder K6) gives excellent quality for less money if you don't mind cranking for 30–40 seconds per shot.
- **Machine: €300–400.** Options that steam milk well enough for two flat whites a day:
  - **Sage/Breville Bambino** (around €300) – heats in seconds, compact, simple.
  - **Gaggia Classic Pro** (around €400) – commercial-style 58 mm portafilter, durable, lots of upgrades available; needs a short wait between brewing and steaming.
  - **Lelit Anna** – a similar single-boiler idea to the Gaggia.

**Don't forget the extras (€40–80):** a milk jug (350 ml is ideal for single flat whites), a scale with 0.1 g resolution, a tamper that fits your basket, and a knock box.

If the budget is firm, I'd lean towards a Bambino plus a Eureka Mignon, or a Gaggia plus a quality hand grinder.""")
_e_q2 = H("""Is the Sage Bambino actually any good for milk drinks? I've read the steam wand is weak.""")
_e_a2 = G("""It's weaker than a boiler machine's, but for two flat whites a day it's genuinely fine once you adapt your technique.

**Why people call it weak:** the Bambino uses a thermojet heater instead of a boiler, so it makes steam on demand at lower pressure. Steaming 150 ml of milk for a flat white takes around 40–50 seconds, compared with 20–25 seconds on a machine with a large steam boiler.

**Why it still works well:**
- The steam is dry and ready about three seconds after you switch modes, so there's no waiting between the shot and the milk.
- The modest power is forgiving for beginners, and it's plenty for the small volume a flat white needs. Latte art is very achievable.

**Tips for good microfoam on it:**
1. Use very cold milk straight from the fridge and a cold jug; the longer steaming time means you need the extra margin.
2. Use a small jug, 350 ml, filled to just below the bottom of the spout.
3. Aerate briefly, for the first 5–8 seconds, keeping the tip just under the surface so you hear a gentle hiss, then sink it slightly to spin the milk into a whirlpool.
4. Stop at around 55–60 °C, when the jug becomes too hot to hold comfortably.

If you often make drinks for several people in a row, the waiting adds up and a boiler machine makes more sense. The **Bambino Plus** adds an automatic milk mode with a temperature sensor, handy if you'd rather not learn steaming by hand.""")
_e_q3 = H("""What grind size and dose should I start with when the machine arrives?""")
_e_a3 = G("""Start with a standard recipe and adjust from there, changing only the grind, one step at a time.

**Starting recipe for a double shot:**
- **Dose:** weigh the coffee. For a 54 mm basket (like the Bambino's), 17–18 g is typical; for a 58 mm basket (like the Gaggia's), 18 g.
- **Yield:** about double the dose in the cup, so 34–36 g of liquid espresso.
- **Time:** 25–30 seconds from pressing the button.

**Finding the grind:**
1. Start noticeably finer than you'd expect; espresso grind feels like fine sand, finer than table salt.
2. Pull a shot and time it.
   - Under 20 seconds and sour or thin → grind finer.
   - Over 35 seconds, bitter, or barely dripping → grind coarser.
3. Adjust in small steps and keep everything else (dose, tamp, beans) constant while you dial in.

**Beans matter:** use fresh beans, ideally 1–4 weeks after the roast date, from a local roaster. Supermarket beans with no roast date often taste flat and make dialling in frustrating. Medium roasts are the easiest for milk drinks.

**Baskets:** many entry machines ship with pressurised (dual-wall) baskets that forgive an inconsistent grind. With a proper grinder, switch to the single-wall baskets for much better flavour.

Expect to pour a few shots down the sink on the first day; that's normal.""")
_e_q4 = H("""How often do I need to descale and backflush?""")
_e_a4 = G("""It depends on your water and the machine, but for two drinks a day:

- **Descaling:** every 2–3 months with normal tap water, more often if your water is hard. Use the manufacturer's descaler or a citric acid solution as the manual specifies. The Bambino shows a descale alert; on the Gaggia you descale by running the solution through the group and the steam wand.
- **Backflushing:** a water-only backflush with a blind basket about once a week, on a machine with a three-way solenoid valve (the Gaggia Classic Pro has one), and with espresso machine cleaner (e.g. Cafiza) about once a month. The Bambino has no solenoid valve, so you don't backflush it; just wipe the shower screen and run water through after each session.
- **Daily:** purge and wipe the steam wand immediately after every use, and rinse the portafilter.
- **Every few months:** soak the baskets and the metal part of the portafilter in cleaner, and check the group gasket for hardening.

Using filtered or softened water (a filter jug or a bottled water with moderate hardness) dramatically reduces scaling and extends the machine's life.""")

DIALOGUES.append(D(7, "misaligned", "en",
"Misaligned (swap): the replies to turns 2 and 3 are swapped; turn 2 (Bambino steam wand) gets the grind/dose answer and turn 3 (grind/dose) gets the steam-wand answer.",
[_e_q1, _e_a1, _e_q2, _e_a3, _e_q3, _e_a2, _e_q4, _e_a4]))

# ---------------------------------------------------------------- 008
DIALOGUES.append(D(8, "repetition", "en",
"Repetition (reworded): turn 4 user re-asks the Google Analytics consent question already answered in turn 2, and the reply restates the turn-2 answer in other words.",
[
H("""I run a small food blog from Ireland, about 3,000 visitors a month. I use Google Analytics and have a newsletter sign-up. Does GDPR even apply to someone like me?"""),
G("""Yes, it does. GDPR applies to anyone processing personal data of people in the EU, and there's no minimum size. The 'household exemption' only covers purely personal activities; a public blog with analytics and a mailing list goes beyond that, especially if it carries ads or affiliate links.

**Personal data you're likely processing:**
- Visitors' IP addresses and cookie identifiers (via Google Analytics, ad networks, embedded videos).
- Newsletter subscribers' email addresses and names.
- Commenters' names, emails and IP addresses.
- Anything sent through a contact form.

**What that means in practice:**
1. **A privacy policy** explaining what you collect, why, who you share it with and how long you keep it.
2. **A lawful basis** for each use: usually consent for the newsletter and analytics, legitimate interests for things like spam filtering on comments.
3. **Cookie consent** for non-essential cookies under the ePrivacy rules (in Ireland, S.I. No. 336 of 2011), which sit alongside GDPR.
4. **Data processing terms** with services that handle data for you, such as your email provider and host. Most big providers build these into their terms.
5. **Handling requests** from people who want to see or delete their data, within one month.
6. **Security basics:** strong passwords, two-factor authentication, up-to-date plugins.

Your regulator is the Data Protection Commission (DPC). For a small blog the realistic enforcement risk is low, but the basics aren't hard and they build trust with readers."""),
H("""Do I really need a cookie banner just for Google Analytics?"""),
G("""Yes. Google Analytics sets cookies that aren't strictly necessary for the site to work, so under the ePrivacy rules you need visitors' consent *before* those cookies are set. The Irish DPC has been explicit about this in its cookie guidance.

**What a compliant setup looks like:**
- GA doesn't load until the visitor clicks accept.
- 'Reject' is as easy as 'Accept', on the first layer of the banner, with equal prominence.
- No pre-ticked boxes, and scrolling or carrying on browsing doesn't count as consent.
- Visitors can change their mind later via a small 'cookie settings' link in the footer.
- You keep a record of consents.

WordPress plugins like Complianz or CookieYes handle this reasonably well, and Google's Consent Mode can be set up so tags wait for consent.

**The alternative:** switch to a privacy-friendly, cookieless analytics tool such as Plausible, Fathom, or a self-hosted Matomo configured without cookies. If no non-essential cookies are set, you generally don't need a consent banner for analytics at all, though you still mention the tool in your privacy policy. For a food blog, page views, top recipes and referrers are usually all you need anyway."""),
H("""For the newsletter, I use Mailchimp. What do I need to do there?"""),
G("""Mailchimp is a processor acting on your behalf, so you're responsible for how subscribers are signed up and treated.

**Sign-up:**
- Use a clear, unticked opt-in: 'Get new recipes every Friday.' Say what people will get and how often.
- Enable **double opt-in**, so subscribers confirm by email. It isn't strictly required, but it gives you solid proof of consent and keeps the list clean.
- If you offer a freebie (say, a free e-book for signing up), be transparent that getting it means joining the newsletter.

**Records:** Mailchimp stores the sign-up time, IP address and form used. Keep that data while someone is subscribed; it's your evidence of consent.

**Every email:** must include a working unsubscribe link (Mailchimp adds one automatically) and identify you as the sender.

**Contracts and transfers:** Mailchimp's Data Processing Addendum is part of its terms. Because data goes to the US, mention that in your privacy policy; Mailchimp's parent company, Intuit, relies on the EU-US Data Privacy Framework and standard contractual clauses.

**Hygiene:** remove long-inactive or bounced addresses periodically, and honour unsubscribes immediately.

Also consider switching off Mailchimp's open and click tracking, or at least disclosing it, since tracking pixels in emails fall under the same ePrivacy rules as cookies."""),
H("""Coming back to the analytics thing for a second: if Google Analytics is the only thing on my site that drops cookies, am I actually obliged to get people's permission before it runs?"""),
G("""Yes, you are. Analytics cookies don't count as strictly necessary for delivering the page, so the ePrivacy rules require opt-in consent before Google Analytics sets them. It makes no difference that it's the only cookie on your site; the DPC's guidance treats analytics as needing consent.

In practice that means:
- Block GA until someone actively clicks 'Accept'.
- Offer an equally visible 'Reject' button on the first screen of the banner.
- No pre-ticked options, and don't treat scrolling as agreement.
- Let people withdraw consent later through a footer link, and keep a record of consents.

A plugin such as Complianz or CookieYes, combined with Google Consent Mode, will handle most of this for you.

If you'd rather have no banner at all, move to a cookieless analytics service like Plausible, Fathom or Matomo running without cookies. With no non-essential cookies, an analytics consent banner generally isn't needed, although you'd still list the tool in your privacy policy."""),
H("""Last thing: what should the privacy policy actually contain?"""),
G("""For your blog, a clear privacy policy should cover:

1. **Who you are:** your name (or the blog's legal owner) and a contact email for privacy questions.
2. **What you collect:** newsletter sign-ups (name, email), comments (name, email, IP), contact form messages, analytics data, and any ad or affiliate tracking.
3. **Why, and on what legal basis:** e.g. newsletter on consent, comment moderation and spam protection on legitimate interests, analytics on consent.
4. **Who receives it:** your hosting company, Mailchimp, Google (Analytics), any ad network, your anti-spam service (e.g. Akismet).
5. **International transfers:** data going to the US and the safeguards used (Data Privacy Framework or standard contractual clauses).
6. **How long you keep it:** e.g. subscribers until they unsubscribe, comments as long as the post is online, contact emails for 12 months, analytics according to your GA retention setting (2 or 14 months).
7. **People's rights:** access, correction, deletion, objection, withdrawing consent and data portability, and how to exercise them.
8. **The right to complain** to the Data Protection Commission (dataprotection.ie).
9. **Cookies:** what's set, by whom, and how to change preferences, or a link to a separate cookie policy.
10. **A 'last updated' date.**

Write it in plain language; a readable page of 600–900 words beats a generated wall of legalese. Link it from the footer, the newsletter form and the comment form."""),
]))

# ---------------------------------------------------------------- 009
DIALOGUES.append(D(9, "good", "ja",
"Good: Japanese three-turn dialogue on scoring (クープ) a campagne; causes of poor opening, razor-blade lame substitute, beginner scoring patterns; detailed and correct.",
[
H("""カンパーニュを焼いていますが、クープがきれいに開きません。生地は加水率75%で、一晩冷蔵庫で発酵させています。何が原因でしょうか？"""),
G("""クープがきれいに開かない原因は、たいてい次のどれか（またはその組み合わせ）です。一つずつ確認してみましょう。

**1. 発酵の状態**
- **発酵不足**：生地の力が強すぎて、クープ以外の場所が裂けたり、不規則に破れたりします。
- **発酵過多**：生地がだれて膨らむ力が残っておらず、クープが開かずに平たく焼き上がります。
指に粉をつけて軽く押し、くぼみがゆっくり半分ほど戻るくらいが目安です。

**2. 成形の張り**
表面がしっかり張っていないと、刃を入れても切り口が開きません。加水率75%は扱いにくい生地なので、成形の最後に台の上で手前に引くようにして表面を張らせましょう。

**3. 切るタイミングと温度**
冷蔵発酵の生地は、冷蔵庫から出して**冷たいうちに**切るのがおすすめです。生地が締まっていて刃が入りやすく、切り口もきれいになります。

**4. 刃の角度と深さ**
- 刃を生地に対して**30〜45度くらいに寝かせて**入れると、「耳」（エッジ）が立ちやすくなります。
- 深さは5〜6 mmほど。浅すぎるとすぐに閉じてしまいます。
- ためらわずに一気に引くこと。何度もなぞると表面が破れます。

**5. 蒸気と温度**
焼き始めの蒸気が足りないと表面がすぐ固まり、クープが開く前に閉じてしまいます。ダッチオーブンを使うなら、250℃で30分以上予熱し、蓋をして20分、蓋を外して230℃で20〜25分が一つの目安です。

まずは4と5を見直すと、改善することが多いですよ。"""),
H("""クープナイフを持っていないので、カミソリの刃を割り箸に刺して使っています。それでも大丈夫ですか？"""),
G("""はい、大丈夫です。実はプロ用のクープナイフ（ラム）も、多くは両刃のカミソリを柄に取り付けただけのものなので、割り箸に刺すのは理にかなった代用法です。

使うときのコツ：
- **刃を少しカーブさせる**：割り箸に刺すときに刃がゆるく弓なりになるようにすると、切り口の片側がめくれ上がり、耳が出やすくなります。
- **切れ味が命**：刃が鈍ると生地を引きずってしまいます。数回焼くごとに新しい刃に替えましょう。
- **安全に**：刃がしっかり固定されているか毎回確認し、使わないときはコルクなどに刺して保管してください。

それでも刃が引っかかる場合は、刃を水で濡らすか薄く油を塗ると、生地がくっつきにくくなります。"""),
H("""模様も入れてみたいです。初心者でもできる簡単なデザインを教えてください。"""),
G("""模様を入れるときの基本は、**「主役のクープ」と「飾りのクープ」を分けて考える**ことです。主役のクープは深め（5〜6 mm）に入れて膨らむ力の逃げ道を作り、飾りのクープは1〜2 mmと浅く入れて模様だけを描きます。

初心者向けのデザイン：

1. **十字（丸いブール型）**
丸いパンの中央に、深めのクープを十字に入れるだけ。四方にきれいに開き、失敗しにくい定番です。

2. **井桁（＃の形）**
「#」の形に4本入れます。真ん中が四角く盛り上がって、かわいらしい見た目になります。

3. **一本の弧＋麦の葉**
片側に深めの弧を一本入れ、反対側に浅い斜めの線をいくつも並べて麦の穂や葉っぱを描きます。主役の弧が膨張を引き受けるので、葉の模様はつぶれずに残ります。

4. **ひまわり・うずまき**
中心から外へ浅い曲線を放射状に入れます。少し慣れが必要ですが、写真映えします。

**きれいに見せるコツ**
- 成形後、表面に**米粉**を茶こしで薄くふるってから切ると、焼き上がりで白い粉と焼き色のコントラストがはっきり出ます。米粉は小麦粉より焦げにくく、べたつきにくいのでおすすめです。
- 切る前に、竹串の先で軽く線の位置をなぞっておくと失敗しにくくなります。
- 冷たい生地のほうが細かい模様を入れやすいので、冷蔵庫から出したらすぐに作業しましょう。"""),
]))

# ---------------------------------------------------------------- 010
DIALOGUES.append(D(10, "bad_length", "en",
"Bad length (ramble): turn 3 reply is a long wander through the history of roofing felt, Roman tiles, thatch and British weather and never answers whether or how to patch the felt from inside.",
[
H("""Water's dripping from my bedroom ceiling during heavy rain, about 1.5 m in from the outside wall. It's a 1970s bungalow with a concrete-tile roof. Where do I start?"""),
G("""Start with damage control, then trace the source from inside the loft, which is safer and more informative than climbing onto the roof.

**Right now:**
1. Put a bucket under the drip and move furniture and bedding away.
2. If the ceiling is bulging with trapped water, put the bucket underneath and make a small hole at the lowest point with a screwdriver. That releases the water in a controlled way instead of letting a section of plasterboard give way.
3. If water is near a light fitting, switch off that lighting circuit at the consumer unit and don't use the light until it has dried out and been checked.

**Then go into the loft (ideally while it's raining or just after):**
- Take a good torch and step only on joists or boards.
- Find the wet spot above the ceiling and work *upwards*: water often travels along the felt, rafters or battens before it drips, so the entry point can be higher up the slope than where it shows.
- Look for daylight through the felt, stained or wet timber, and tears or sagging in the underlay.

**Common causes on a 1970s tiled roof:**
- Slipped, cracked or missing concrete tiles.
- Original bitumen roofing felt that has become brittle and torn, especially at the eaves, where it often sags into the gutter.
- Cracked mortar at the ridge or verges.
- Failed lead flashing around chimneys, vent pipes or where the roof meets a wall.
- Blocked gutters overflowing back under the bottom row of tiles.
- Condensation, if the 'leak' appears in cold weather rather than during rain.

At 1.5 m in from the wall, I'd look particularly at the lower courses of tiles and the felt just above the eaves."""),
H("""Went up in the loft. The felt has a tear right above that spot and there's a wet patch on a rafter. From outside with binoculars I can see one tile that looks slipped."""),
G("""That's a very plausible explanation: the slipped tile lets rain get under the tiles, where normally the felt would catch it and run it down into the gutter, but the tear lets it through onto the rafter and then into your ceiling. Two defects working together is a common story on older roofs.

**What needs doing:**
1. **Refix or replace the slipped tile.** Concrete interlocking tiles hang on battens by their nibs and are usually nailed or clipped every few courses. A tile slips when its nib breaks or its nail corrodes. A roofer will slide it back and secure it with a tile clip or hook, or replace it if it's damaged. Matching 1970s concrete tiles is usually possible through reclamation yards or modern equivalents.
2. **Repair the felt.** From the roof side, a roofer can lift a few tiles and patch or replace that section of underlay properly, so water drains to the gutter again.

**Cost guide (UK, roughly):** refixing or replacing a single tile on a bungalow is often £100–£250, mostly for the call-out and access. A small felt repair typically adds modestly to that if tiles are being lifted anyway.

**Should you do the tile yourself?** On a bungalow it's tempting, but concrete tiles crack when walked on, and falls from single-storey roofs still cause serious injuries. If you do attempt it, use a proper roof ladder hooked over the ridge and never stand directly on the tiles. Honestly, for one tile, a roofer is worth the money."""),
H("""While I wait for the roofer, should I patch the felt tear from inside myself?"""),
G("""Roofing felt is a fascinating material when you think about it. The idea of laying a waterproof layer under slates or tiles goes back well over a century; early versions were heavy papers or hessian soaked in coal tar, and in North America 'tar paper' became a standard part of timber-frame houses. In Britain, bitumen felt became the norm after the war, and by the 1960s and 70s, when your bungalow was built, most new roofs had a heavy black felt draped over the rafters before the battens went on.

Of course, tiled roofs worked for centuries without any underlay at all. The Romans used flat tegulae with curved imbrices over the joints, and you can still see that pattern on Mediterranean roofs today. Medieval builders relied on steep pitches and thick thatch; a well-laid thatch sheds water so effectively that its inner layers can stay dry for decades. Scandinavian turf roofs took a completely different approach, using layers of birch bark as the waterproof membrane under the soil and grass.

The big change came with breathable membranes in the 1980s and 90s. These spun-bonded plastic sheets, similar to the material used in protective overalls and some envelopes, let water vapour escape from the loft while keeping liquid water out, which dramatically reduced condensation problems in well-insulated lofts. Most new roofs today are built with them as a matter of course.

It's also worth remembering that British weather is particularly hard on roofs, not so much because of extreme rainfall as because of the combination of wind-driven rain, frequent freeze–thaw cycles and long damp spells. That's why so many roofs of your era are reaching the end of their felt's life at roughly the same time, and why roofers are so busy every autumn."""),
H("""The roofer came. He says the felt behind the whole bottom course is brittle and recommends an eaves felt support tray along the front, £420. Is that reasonable?"""),
G("""That's a common and sensible recommendation for a roof of that age, and the price sounds within a normal range.

**What it is:** the bottom edge of old bitumen felt, where it runs into the gutter, is exposed to UV and weather, so it's usually the first part to rot, tear and sag. Water then runs behind the gutter into the fascia or, as you've seen, into the roof. An eaves felt support tray is a rigid uPVC strip fitted over the rafter ends: the bottom course of tiles is lifted, the tray goes in, a new strip of membrane is lapped over it, and water is carried cleanly into the gutter.

**Is £420 fair?** It depends on the length of the eaves and whether both slopes are being done. As a rough guide, many roofers charge somewhere around £25–£50 per metre including materials and relaying the bottom tiles. On a typical bungalow frontage of 10–14 m, £420 is in line with that.

**Questions to ask:**
- Does the price include refixing the slipped tile and patching the torn felt you found?
- Will they reuse the existing tiles, and are replacements included if any crack?
- Is the back slope in the same condition, and would doing both now save a second call-out?
- Will they add eaves ventilation (many trays have vent slots), which helps with condensation?
- What guarantee do they give on the work, and will you get it in writing?

Getting a second quote is reasonable, but £420 isn't a red flag."""),
H("""Do I need to tell my home insurer?"""),
G("""Only if you want to claim. Most policies cover sudden storm damage but exclude wear and tear, and brittle 50-year-old felt plus a slipped tile will usually be treated as wear and tear, so the roof repair itself probably isn't covered. The stained ceiling might be, depending on your policy wording, so check that and your excess before deciding. Either way, take dated photos of the ceiling, the loft and the roofer's findings, and keep his invoice."""),
]))

# ---------------------------------------------------------------- 011
DIALOGUES.append(D(11, "non_answer", "en",
"Non-answer: turn 2 reply only affirms that the bike question is important and gives no information on whether a hybrid with 35 mm tyres is suitable.",
[
H("""I'm planning my first bike tour: the Danube Cycle Path from Passau to Vienna, roughly 330 km, in late May. I have 6 days. Is that doable for someone who rides about 40 km on weekends?"""),
G("""Yes, this is one of the best routes in Europe for a first tour. The Danube Cycle Path (Donauradweg) between Passau and Vienna is almost entirely flat, well surfaced and signposted, and it follows the river downstream, so there's very little climbing. Riding about 55 km a day with luggage is a step up from 40 km on weekends, but the flat terrain and frequent cafés make it very manageable.

**A sample 6-day split (distances approximate):**
1. **Passau – Schlögen**, about 45 km. A gentle start through the wooded upper valley, ending at the famous Schlögen loop.
2. **Schlögen – Linz**, about 55 km.
3. **Linz – Grein**, about 60 km, mostly through flat farmland; the Mauthausen memorial is a short detour if you want to visit.
4. **Grein – Melk**, about 50 km, with Melk Abbey as the highlight.
5. **Melk – Tulln**, about 70 km, the longest day, but it includes the Wachau valley (vineyards, apricot orchards, Dürnstein), so plan a long lunch.
6. **Tulln – Vienna**, about 40 km, reaching the city by early afternoon.

**Training tip:** over the next month, do two or three back-to-back weekend rides of 50–60 km, ideally with some luggage, so your legs and backside get used to consecutive days.

The path often runs on both banks; where the signs give you a choice, pick the quieter side. Small ferries connect the two banks in several places."""),
H("""What kind of bike do I need? I've got a hybrid with 35 mm tyres."""),
G("""That's a really sensible thing to be thinking about at this stage. The bike you bring will shape how the whole week feels, so it's good that you're considering it before you book anything else. Plenty of people planning their first tour ask exactly this question about their existing bike and tyres, and it's one of the most common topics on touring forums. Getting the bike question right is definitely one of the key parts of preparing for a route like the Danube."""),
H("""I'll carry my own luggage, no baggage transfer service. Panniers or bikepacking bags?"""),
G("""On the Danube path, panniers are the better choice for most people.

**Why panniers suit this route:**
- The surface is mostly asphalt or smooth gravel, so the extra width and weight of panniers hardly matter.
- They're easy to unclip and carry into a guesthouse each evening.
- Packing and finding things is simpler than in long, narrow bikepacking bags.

**What you need:**
- A rear rack. Check whether your hybrid has threaded eyelets near the rear axle and on the seat stays; most hybrids do. A standard aluminium rack rated to 25 kg costs €30–60.
- Two rear panniers of 15–20 litres each. Waterproof roll-top models (Ortlieb Back-Roller and similar) are popular, because late May can bring heavy showers.
- Optionally, a small handlebar bag for phone, wallet, snacks and sunscreen.

**Keep the load light:** aim for 8–12 kg in total. Staying in guesthouses means no camping gear, so you really need only two sets of cycling clothes, one set of evening clothes, a rain jacket, a warm layer, basic toiletries, a small tool kit (spare tube, patches, mini pump, multi-tool), a lock, chargers and lights.

**Bikepacking bags** make more sense if your bike has no rack mounts, if you plan rough tracks, or if you want a lighter, sportier setup. They keep the weight closer to the bike's centre, but their capacity is smaller and they can sway when overloaded."""),
H("""Do I need to book accommodation in advance for late May?"""),
G("""For the Wachau and Melk, yes. Elsewhere it's wise but less critical.

Late May is peak season on the Danube: the weather is usually good, and in Austria and Germany it often coincides with public holidays such as Ascension Day (Christi Himmelfahrt) and sometimes Whitsun (Pfingsten), which create long weekends. Popular villages like Dürnstein, Spitz and Weißenkirchen in the Wachau, and Melk itself, can be fully booked weeks ahead.

**Practical approach:**
- Book Melk, the Wachau/Tulln night and Vienna as soon as your dates are fixed.
- Schlögen has only a couple of places to stay, so book that early too.
- Linz and Grein usually have availability, but booking a week ahead is safer.
- Look for the **'Radfreundlicher Betrieb'** or **Bett+Bike** labels: these places offer lockable bike storage, somewhere to dry wet gear, and sometimes tools and early breakfasts.
- Choose free-cancellation rates so you can adjust if the weather or your legs change the plan.

Private rooms ('Zimmer frei') and small Gasthöfe are often the best value and serve generous breakfasts."""),
H("""How do I get back from Vienna to Passau with the bike?"""),
G("""The train is the easiest way. Direct ICE and Railjet services link Vienna with Passau in roughly 2.5–3 hours, depending on the connection.

**Bike on the train:**
- On ÖBB Railjets and Deutsche Bahn ICEs, bikes need a **reserved bike space** as well as a bike ticket. There are only a handful of spaces per train and they sell out in summer, so book as soon as you know your return day.
- Regional trains don't need a bike reservation, but you'll have to change in Linz and possibly elsewhere, and the trip takes considerably longer. A bike ticket is still required.
- Take the panniers off before boarding; it makes lifting the bike into the carriage much easier.

**Alternatives:**
- In season, some bike-tour operators run shuttle buses with bike trailers back to Passau and will sometimes take independent riders if there's space.
- River boats do run on parts of the route, but going upstream is slow and they don't cover the whole distance, so they're more of a sightseeing option than a way home.

If you're leaving a car in Passau, sort out parking in advance; some hotels there offer weekly parking for cyclists."""),
]))

# ---------------------------------------------------------------- 012
DIALOGUES.append(D(12, "good", "en",
"Good: four-turn allergy immunotherapy thread (how SCIT works, risks, sublingual tablets as alternative, taking two tablets); accurate, consistent, last reply appropriately short.",
[
H("""My allergist suggested allergy shots for my dust mite and grass pollen allergies. I'm 34, with allergic rhinitis and mild asthma. How does it work and how long does it take?"""),
G("""Allergy shots (subcutaneous immunotherapy, or SCIT) work by exposing your immune system to gradually increasing amounts of the allergens you react to. Over time this shifts the immune response away from the allergic pathway: your body makes more 'blocking' IgG4 antibodies and regulatory T cells, and the allergic IgE-driven reaction becomes less intense.

**How the schedule usually looks:**
1. **Build-up phase:** injections once or twice a week, with the dose increasing each time. This typically lasts 3–6 months. Some clinics offer 'cluster' schedules that compress it into a few weeks with several injections per visit.
2. **Maintenance phase:** once you reach the target dose, injections are spaced out to every 2–4 weeks, often monthly.
3. **Total duration:** usually **3–5 years** of maintenance. Stopping earlier tends to mean the benefit fades sooner.

**What to expect:**
- Many people notice improvement during the first year of maintenance: fewer symptoms and less need for antihistamines or nasal sprays.
- After a full course, benefits often persist for years after stopping.
- With allergic rhinitis and mild asthma, immunotherapy can also improve asthma symptoms, and there is some evidence it lowers the chance of developing new allergies.

**Your asthma matters for safety:** it needs to be well controlled before and throughout treatment. Uncontrolled or severe asthma is one of the main reasons allergists delay or avoid shots, so expect your peak flow or symptoms to be checked on injection days.

Both of your allergens can usually be treated at the same time, either mixed in one injection or as separate injections, depending on the extracts your clinic uses."""),
H("""What are the risks? I'm honestly a bit scared of anaphylaxis."""),
G("""That's a very reasonable worry, and clinics build their whole process around it.

**Local reactions (common):** redness, itching and swelling at the injection site, sometimes up to the size of a palm, appearing within hours. Uncomfortable but not dangerous. A cold pack and an antihistamine help, and your allergist may adjust the dose if they're large.

**Systemic reactions (uncommon):** sneezing, hives, flushing, throat tightness, wheeze, or rarely anaphylaxis. They occur with a small fraction of injections, and most are mild. Severe reactions are rare and fatal ones extraordinarily rare, which is why shots are only given where trained staff and adrenaline (epinephrine) are immediately available.

**How the risk is kept low:**
- **You wait 30 minutes** in the clinic after every injection, because most serious reactions start within that window.
- **Tell the nurse before each shot** if you've had a cold, fever, asthma flare, or a big reaction to the previous dose. The dose may be reduced or postponed.
- **Asthma control:** uncontrolled asthma is the biggest risk factor for severe reactions, so keep using your preventer inhaler and be honest about symptoms.
- **Avoid strenuous exercise, hot baths and alcohol** for a few hours afterwards, since they can speed up absorption.
- **Medication check:** tell your allergist if you're ever prescribed beta-blockers (including eye drops), as they can make reactions harder to treat.
- Some clinics prescribe an adrenaline auto-injector for you to carry, particularly during build-up.

If you're anxious, ask the clinic to walk you through their reaction protocol at the first visit. Seeing how prepared they are often helps a lot."""),
H("""Weekly appointments are hard with my job. Are the under-the-tongue tablets as good?"""),
G("""For your two allergens, tablets are a genuinely good alternative, and they're designed for exactly your situation.

**What's available:** sublingual immunotherapy (SLIT) tablets exist for grass pollen (for example Grazax in Europe, Grastek in the US) and for house dust mite (Acarizax in Europe, Odactra in the US). You dissolve one under your tongue each day at home.

**How they compare with shots:**
- **Effectiveness:** both have good evidence for reducing rhinitis symptoms and medication use. Head-to-head trials are limited, and many allergists consider shots slightly more potent, but the practical difference is modest, and a treatment you can stick to beats one you can't attend.
- **Safety:** serious systemic reactions are much rarer than with shots, which is why you take them at home after the first dose, which is given under supervision in the clinic.
- **Side effects:** itching or tingling in the mouth and mild throat irritation are common in the first weeks and usually fade.
- **Timing:** the grass tablet is started at least 12–16 weeks before the pollen season and then taken daily all year round; the dust mite tablet can be started at any time of year.
- **Duration:** still about 3 years of daily use.

**Drawbacks:** it's a daily commitment, you'd take two separate tablets for two allergens, and cost and insurance coverage vary by country. On the plus side, the dust mite tablet has good evidence in people with mild-to-moderate allergic asthma, which fits your situation.

Worth raising both options with your allergist."""),
H("""I'll ask about the tablets. Can I take both at the same time?"""),
G("""Usually yes, but allergists often start them a few weeks apart, so that if you get mouth itching or swelling they know which tablet is responsible. Once both are tolerated, many people take them one after the other, a few minutes apart rather than together, and avoid eating or drinking for a few minutes afterwards. Follow your allergist's exact instructions, since practice varies."""),
]))
