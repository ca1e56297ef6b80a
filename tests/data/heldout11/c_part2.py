# Dialogue texts for part c, ids 011-020.
# "reply_order" (optional): the reply placed after user turn i is the aligned reply
# reply_order[i]; used to build misaligned dialogues from correctly written pairs.

DIALOGUES = []


def add(**kw):
    DIALOGUES.append(kw)


# ---------------------------------------------------------------- 011 misaligned / trivia (rotation)
add(
    id="k11c-011",
    label="misaligned",
    language="en",
    note="Misaligned (rotation): replies to turns 2-5 are rotated; turn 2 (Jupiter) gets the answer about the letter Q, turn 3 gets the Berlin Wall correction, turn 4 gets the Eiffel Tower height, turn 5 gets the Jupiter answer. Turn 1 is correctly answered.",
    reply_order=[0, 2, 3, 4, 1],
    pairs=[
        (
            """I'm hosting a pub quiz on Friday and want to double-check my answer sheet. First one: "How many hearts does an octopus have?" I've written 3. Right?""",
            """Yes, **three** is correct. An octopus has two **branchial hearts**, which pump blood through the gills, and one **systemic heart**, which pumps it around the rest of the body. A fun detail for the quizmaster's patter: the systemic heart actually stops beating while the octopus swims, which is one reason they prefer crawling, because swimming tires them out quickly. Their blood is also blue, thanks to a copper-based protein called haemocyanin.

If you want a follow-up bonus question, "What colour is octopus blood?" works nicely.""",
        ),
        (
            """Next: "Which planet in our solar system has the shortest day?" I put Jupiter.""",
            """Correct, **Jupiter**. It spins once on its axis in just under 10 hours (about 9 hours 56 minutes), the fastest rotation of any planet, despite being the largest.

One thing to watch: some teams will confuse "shortest day" with "shortest year" and answer **Mercury**, which orbits the Sun in 88 days. To avoid arguments, you could phrase it as "Which planet rotates the fastest on its axis?" or keep your wording and be ready to explain the difference.""",
        ),
        (
            """"What is the only letter that doesn't appear in any U.S. state name?" I have Q.""",
            """Correct, it's **Q**. It's a good question because people's first guesses are usually J, Z or X, and all three appear: **J** in New Jersey, **Z** in Arizona, and **X** in both New Mexico and Texas.

Teams love checking this one on their fingers, so expect some muttering while they go through all fifty states.""",
        ),
        (
            """"In what year did the Berlin Wall fall?" I put 1991.""",
            """That one needs fixing: the Berlin Wall fell in **1989**, on the night of **9 November 1989**, when East German authorities suddenly announced that citizens could cross the border and crowds streamed through the checkpoints.

1991 is probably in your head because of the **dissolution of the Soviet Union** in December 1991. German reunification came in between, on 3 October 1990. Those three dates get mixed up constantly, so correct your sheet, and maybe keep the other two for a later round.""",
        ),
        (
            """Last one, the tiebreaker: "How tall is the Eiffel Tower, in metres?" Closest answer wins. What number should I use?""",
            """Use **330 metres**. That's the height to the tip of the antennas since a new broadcasting antenna was added in 2022; for many years before that, the usual figure was **324 metres**.

Because older quiz books and many websites still give 324 m, I'd say "to the tip, including antennas" in the question, and decide in advance how you'll handle a team that writes 324. Since it's a closest-answer tiebreaker, the cleanest rule is simply: 330 is the target, and whoever is nearest wins.""",
        ),
    ],
)

# ---------------------------------------------------------------- 012 bad_length / stand-up comedy writing (ramble)
add(
    id="k11c-012",
    label="bad_length",
    language="en",
    note="Bad length (ramble): turn 3 asks what a tag is and for a couple of tags; the reply is a long wander through stand-up history (vaudeville, Borscht Belt, Lenny Bruce, club boom) that never defines a tag or offers one.",
    pairs=[
        (
            """I'm doing my first open mic in three weeks, a 5-minute slot. I have a bit about my mom learning to text. How do I structure it?""",
            """Five minutes is the perfect length for a first set, and a "mom learning to text" bit is relatable, which is a good start. Here's how to structure it.

**1. Think in setups and punchlines.** The setup gives the audience just enough information to build an expectation; the punchline breaks it. Keep setups short: every extra word before the laugh is dead time.

**2. Aim for a laugh every 15-20 seconds.** That's a useful target for open mics. In five minutes, that's roughly 15-20 laugh moments. One long bit about your mom can do that if it has several jokes inside it rather than one story with a single payoff.

**3. Open strong, close stronger.** Your second-best joke goes first, to win the room quickly. Your best joke goes last, so you leave on a big laugh. Weaker material sits in the middle.

**4. Build a mini-arc.** For example:
- Mom gets a smartphone (premise and attitude).
- Her texting habits (the signature, the punctuation, the emojis she misuses).
- An escalation: the family group chat, or a voice-to-text disaster.
- A closer that calls back to the opening.

**5. Write 7 minutes to perform 5.** You'll cut the weak lines after your first run-throughs, and nerves make people talk faster or slower than expected.

**6. Respect the light.** Open mics usually flash a light at 4 minutes. Going over is the fastest way to annoy the host, so have a closing line ready that you can jump to at any point.

Record yourself doing it out loud at least five times before the night. Jokes that read well on paper often need rewording to sound natural.""",
        ),
        (
            """Here's my opener: "My mom just learned to text. Every message ends with 'Love, Mom.' Mom, I know it's you. It says MOM at the top. You're in my phone as Mom." How do I make it land harder?""",
            """The premise is solid: the sign-off is a real thing a lot of moms do, so the audience will recognise it instantly. Right now, though, the joke explains itself three times ("I know it's you", "It says MOM at the top", "You're in my phone as Mom"). The audience gets it on the first one, so the rest just repeats the laugh instead of building it.

**Tighten and escalate:**

> "My mom just learned to text. She signs every message 'Love, Mom.' Like it's a letter. Like there's a chance it's from some other woman who also gave birth to me."

Why this works better:
- **"Like it's a letter"** gives the attitude: she treats texting like old-fashioned correspondence.
- **The second line escalates** to an absurd image instead of restating the fact.
- **It ends on the surprise phrase** ("gave birth to me"), so the laugh comes on the last words.

**Delivery tips:**
- Do a tiny act-out: read the text in her voice, slowly, "Love... Mom."
- Pause for half a beat before "Like there's a chance...". That pause is where the audience leans in.

Then you can follow up with other things she does in texts: full stops after every word, or the thumbs-up emoji used for bad news. Each is its own small joke inside the bit.""",
        ),
        (
            """I like that. What's a "tag" and can you give me a couple for this joke?""",
            """Tags are a fascinating part of comedy history, and to really understand them you have to go back a long way. In the vaudeville era, from roughly the 1880s to the 1930s, comedians travelled theatre circuits doing the same ten minutes for years, polishing every line until it was smooth as a pebble. When vaudeville died with the rise of radio and then the movies, a lot of those comics moved to the Catskills, the so-called Borscht Belt, where Jewish resort hotels booked comedians every night of the summer. That's where rapid-fire one-liner style really flourished, and performers like Henny Youngman became famous for it.

Then in the 1950s and 60s everything changed. Mort Sahl walked on stage with a newspaper and talked about politics, and Lenny Bruce pushed comedy into personal and taboo territory. Bruce was famously arrested for obscenity after performances at the Cafe Au Go Go in Greenwich Village in 1964, and his case became a landmark in debates about free speech. Without him, arguably, you don't get Richard Pryor or George Carlin.

The 1980s brought the comedy club boom: hundreds of clubs opened across America, cable TV specials multiplied, and the brick wall behind the comic became a visual cliché, famously at The Improv. The Comedy Store on Sunset Boulevard became a kind of training ground where comics worked out new material late at night. Later, the clubs contracted, and in the 2000s and 2010s podcasts and YouTube created whole new paths to an audience, so today a comedian might be discovered from a clip rather than a late-night TV spot.

It's a rich tradition, and every open mic you do puts you in a line that runs all the way back to those vaudeville stages.""",
        ),
        (
            """Okay... so for my set, how long should I pause after a punchline?""",
            """There's no fixed number of seconds; you **pause as long as the laugh lasts**, then come back in just as it starts to fade. Comics call it "riding the laugh."

Practical guidance:
- **Don't step on the laugh.** If you start talking while people are still laughing, they'll stop laughing to hear you, and you lose the momentum.
- **Don't wait for total silence** either. Come in on the tail end of the laugh, when it's dropping off, so the energy carries into the next line.
- **If there's no laugh,** give it one short beat (about a second) and move on confidently. A long, hopeful pause after a joke that didn't land makes it feel worse.
- **Before the punchline,** a small pause helps too. It's often more important than the one after.

Listen back to your recording after the set, and you'll hear where you rushed.""",
        ),
        (
            """Last question: how do I handle it if the joke bombs?""",
            """Everyone bombs, especially at open mics, where half the audience is other comics waiting for their turn. What matters is how you carry it.

1. **Don't apologise or explain.** "That one usually works" makes it worse. Just move on with the same confidence.
2. **Have a "save" line ready** for when a joke dies. Something like, "That joke is also learning to text." A self-aware line that fits your set often gets a bigger laugh than the joke would have.
3. **Keep your pace.** Nervous comics speed up after a silence. Take a breath and deliver the next setup at normal speed.
4. **Stick to your set.** Don't abandon your plan and start improvising; go to your next strongest bit.
5. **Record every set.** A joke that bombs once might be a delivery problem; a joke that bombs three times is a writing problem.
6. **Don't judge by one night.** Open-mic rooms vary wildly. Judge material over several audiences.

Bombing at your first open mic isn't a failure. Getting up there for five minutes is already the hard part.""",
        ),
    ],
)

# ---------------------------------------------------------------- 013 contradiction / wedding planning (subtle)
add(
    id="k11c-013",
    label="contradiction",
    language="en",
    note="Contradiction (subtle): the turn 5 payment timeline schedules the venue balance for mid-March, about 90 days out, contradicting turns 2-3 where the balance is due 30 days before the wedding.",
    pairs=[
        (
            """We're planning a wedding for next June, around 110 guests, total budget $35,000. We just got a venue quote of $12,500 that covers the ceremony space, reception hall, tables, chairs and linens. Is that a reasonable chunk of the budget?""",
            """It can be, but it depends on one big question: **is catering included?**

$12,500 is about **36% of your $35,000 budget**. A common guideline is that the venue and catering *together* take roughly 40-50% of a wedding budget.

- **If the quote includes food and drink**, it's a good deal: $12,500 for 110 guests is about $114 per person for space and meal combined.
- **If catering is separate**, it's on the high side. Catering for 110 people commonly runs $75-$110 per person, so $8,250-$12,100. Add that to the venue and you're at roughly $20,750-$24,600, or 59-70% of your budget, which leaves a tight amount for photography, attire, flowers and music.

Other things to ask the venue before deciding:
- Are there **service charges, gratuities or taxes** on top of the quote?
- Is there an **exclusive vendor list** (for catering, bar or rentals) you must use?
- What hours are included, and what does **overtime** cost?
- Do they have a **rain plan** for the ceremony?

If you can share whether food is included, I can help you work out how the rest of the budget would look.""",
        ),
        (
            """Catering is separate, unfortunately. The venue wants a 25% deposit to hold the date, with the balance due 30 days before the wedding. What should I look for in the contract before I sign?""",
            """Based on the $12,500 quote, a 25% deposit is **$3,125** at signing, with the remaining **$9,375 due 30 days before** the wedding. Before you pay, read the contract for these points:

**Money**
- **Is the deposit refundable?** Usually it isn't, but check whether any portion is returned if they rebook your date.
- **Service charges and taxes.** Many venues add an 18-22% service charge plus sales tax that aren't in the headline quote.
- **Payment schedule.** Confirm the 30-day balance date in writing and whether card payments carry a fee.

**Cancellation and changes**
- What happens if **you** cancel or postpone, at different notice periods?
- What happens if **they** cancel, or if the venue is sold or closes?
- A **force majeure** clause covering severe weather, emergencies or public-health restrictions.

**Logistics**
- Exact **hours included**, and the hourly overtime rate.
- **Setup and teardown times**: can your florist get in at 10 a.m., or only two hours before?
- **Vendor rules**: outside caterers allowed? Do vendors need proof of insurance?
- **Noise curfew** and music restrictions.
- **Liability insurance**: many venues require event insurance, typically $150-$300.
- **Rain plan** for the ceremony, and whether it costs extra.

**Guest count**
- The deadline for a final headcount and whether the price changes with numbers.

Ask for any verbal promises (like "we'll include the arbor") to be written into the contract.""",
        ),
        (
            """Good call, there's a 20% service charge I missed. How does that change the math?""",
            """It makes a real difference. With the 20% service charge:

- **Venue total: $12,500 × 1.20 = $15,000**

That's now about **43% of your $35,000 budget** for the venue alone, before food.

Ask the venue one clarifying question: **is the 25% deposit calculated on $12,500 or on $15,000?**
- On $12,500: deposit **$3,125**, and the remaining **$11,875** (including the service charge) is due 30 days before the wedding.
- On $15,000: deposit **$3,750**, and **$11,250** is due 30 days before.

Either way, your total venue cost is $15,000 and the big payment lands a month before the wedding, so plan your cash flow for that.

Also check whether sales tax applies on top of the service charge; in some places it does, which could add several hundred dollars more.

With $20,000 left for everything else, including catering for 110 people, you'll want to keep a close eye on the per-person catering quote.""",
        ),
        (
            """We got a catering quote: $82 per person for a buffet, plus $1,200 for bar service. What's left for everything else?""",
            """Let's add it up:

| Item | Cost |
|---|---|
| Venue incl. 20% service charge | $15,000 |
| Buffet: $82 × 110 guests | $9,020 |
| Bar service | $1,200 |
| **Subtotal** | **$25,220** |

**Remaining: $35,000 − $25,220 = $9,780.**

(Check whether the caterer also adds its own service charge or tax; if it adds 20%, that's another ~$2,000.)

A realistic split of the $9,780:

| Category | Budget |
|---|---|
| Photography | $3,200 |
| Attire (dress, suit, alterations) | $1,500 |
| Flowers and decor | $1,200 |
| DJ | $1,200 |
| Cake or dessert | $500 |
| Invitations and stationery | $300 |
| Officiant | $300 |
| Contingency | $1,000 |
| Left over | $580 |

It's tight but workable. The contingency line is important: almost every couple goes over somewhere, and it's better to plan for it than to find out in May.""",
        ),
        (
            """Can you give me a payment timeline from now until the wedding so nothing sneaks up on us?""",
            """Here's a month-by-month timeline, assuming the wedding is in mid-June and you're roughly 12 months out now:

**Now (about 12 months out)**
- Sign the venue contract and pay the **deposit: $3,125** (or $3,750, depending on how they calculate it).

**10-11 months out**
- Book the photographer and pay their **retainer**, usually 30-50% ($1,000-$1,600).

**9 months out**
- Sign with the caterer; deposits are often 20-30% (about $2,000-$3,000 on $10,220).

**7-8 months out**
- Order attire; dresses often require **50% at order** (~$600-$750).

**6 months out**
- Book the DJ and florist; deposits of around **$300-$500 each**.

**4 months out**
- Order invitations (~$300) and pay the officiant's booking fee.

**Mid-March (about 90 days out)**
- Pay the **venue balance: $11,875** (or $11,250). Confirm the exact amount with the venue a few weeks before.

**6-8 weeks out**
- Final attire payment and alterations.
- Florist's final payment is often due around now.

**2-3 weeks out**
- Final headcount to the caterer and pay the catering balance.
- Final payments to the DJ and photographer (many want them before the day).

**Week of the wedding**
- Prepare **cash tip envelopes** for the officiant, DJ, catering staff and drivers. Budget $300-$600 from the contingency.

Put every date in a shared calendar with a reminder a week earlier, and keep all receipts in one folder.""",
        ),
        (
            """This is so helpful. Last thing: any tips for keeping the guest list at 110 when both families keep adding people?""",
            """This is one of the hardest parts of wedding planning, so it helps to agree on rules before the conversations get emotional.

**Make the cost visible.** Each extra guest costs at least **$82 for food** plus a share of the bar and rentals, realistically $95-$110 per head. Ten extra guests is about $1,000, which is your entire contingency. Saying that number out loud often ends the discussion.

**Set clear, neutral rules and apply them to everyone:**
- **Plus-ones** only for married, engaged or long-term partners (say, together over a year).
- **Children:** decide on "immediate family only" or "no kids", and stick to it.
- **The "in the last two years" test:** if you haven't spoken to them in two years, they're not on the list.

**Give each family a fixed number.** For example, 35 guests each for both sets of parents and 40 for the two of you. Parents then decide who fills their spots, which removes you from the negotiations.

**Keep a B-list.** When someone declines, you can invite someone from it, as long as invitations go out early enough for it not to feel like an afterthought.

**Present a united front.** Agree as a couple that neither of you says yes to an addition without the other. "We'll need to talk about it together" is a kind, firm answer.

Families usually accept limits once they see they apply to everyone equally.""",
        ),
    ],
)

# ---------------------------------------------------------------- 014 good / hotel concierge (ja)
add(
    id="k11c-014",
    label="good",
    language="ja",
    note="Good: Japanese hotel-concierge role-play in Kyoto; specific, accurate guidance on dinner area, early route to Fushimi Inari, luggage forwarding timing, and a short late-checkout answer.",
    pairs=[
        (
            """京都のホテルのコンシェルジュになりきってください。私は今日チェックインした客です。今夜、ホテルの近くで京都らしい夕食を食べたいのですが、おすすめはありますか？予算は一人5,000円くらいです。""",
            """ようこそお越しくださいました。コンシェルジュの山下でございます。

ご予算お一人様5,000円ほどでしたら、当ホテルから徒歩10〜15分の**先斗町**周辺がおすすめです。鴨川沿いの細い路地に小さなお店が並び、夜の雰囲気がとても京都らしい場所です。

お料理のジャンルとしては、次のようなものがございます。

- **おばんざい**：京都の家庭料理を少しずつ味わえるお店が多く、5,000円前後でお酒も一、二杯楽しめます。
- **湯豆腐・豆腐料理**：京都は水が良いため、お豆腐料理が名物です。
- **京風おでん**：だしの効いた上品な味で、冬は特に人気がございます。

なお、錦市場は夕方5時から6時頃に閉まるお店が多いため、夕食には向きません。明日のお昼にいかがでしょうか。

先斗町の人気店は席数が少ないので、よろしければ私からお電話でご予約をお取りいたします。何名様で、何時頃がご希望でしょうか。""",
        ),
        (
            """ありがとうございます。明日の朝は伏見稲荷大社に早く行きたいです。行き方と、何時に出ればいいか教えてください。""",
            """伏見稲荷大社は、早朝のご参拝が断然おすすめです。境内は24時間お参りいただけますので、朝早くても問題ございません。

**行き方（当ホテルからの場合）**

1. **地下鉄烏丸線で京都駅へ**（約5分）
2. **JR奈良線に乗り換えて稲荷駅へ**（京都駅から2駅目、約5分）
3. 稲荷駅を出ると、目の前が表参道の大鳥居でございます。

もう一つの方法として、**京阪本線の伏見稲荷駅**もございます。祇園四条駅から約10分、駅から神社までは徒歩5分ほどです。

**出発時刻の目安**

有名な**千本鳥居**は、9時を過ぎると観光のお客様で大変混み合います。鳥居の中で人の少ない写真を撮りたい場合は、**7時頃に到着**されるのが理想的です。そのため、**6時20分から30分頃に当ホテルをご出発**いただくとよろしいかと存じます。

**参拝のポイント**

- 千本鳥居を抜けて**四ツ辻**まで登ると、京都市内を見渡せる眺めがございます。片道30〜45分ほどです。
- 稲荷山を一周されると2〜3時間かかりますので、体力と時間に合わせてお決めください。
- 坂と石段が多いので、**歩きやすい靴**と**お水**をご用意ください。

朝食は6時半からご用意しておりますが、早くご出発の場合は、前日にお申し付けいただければ軽食のお弁当をお作りいたします。""",
        ),
        (
            """明後日は東京に移動するのですが、スーツケースを先に送ることはできますか？""",
            """はい、可能でございます。フロントで**宅配便**のお手続きを承っております。

**お送りするタイミング**

京都から東京へは、通常**翌日配達**となります。明後日にご移動でしたら、**明日の夕方までにお預けいただければ、明後日に東京のホテルへ届きます**。ご到着とほぼ同時にお荷物が届いている形になりますので、移動中は手ぶらで観光していただけます。

**ご用意いただく情報**

- 東京のホテルの**名称・住所・電話番号**
- **ご宿泊者のお名前**（ホテル側で受け取る際に必要です）
- **チェックイン日**（お荷物にご到着日を明記いたします）

**料金の目安**

スーツケースの大きさ（縦・横・高さの合計）と重さによって異なりますが、一般的な大型スーツケースで**2,000〜3,000円前後**でございます。料金はお預けの際にお支払いいただきます。

なお、明日の夜と明後日の朝に必要なお着替えや洗面用具は、小さなバッグに分けておかれると安心です。東京のホテルには、お荷物が届く旨を事前にご連絡いただくとより確実でございます。""",
        ),
        (
            """完璧です。最後に、チェックアウトを少し遅くできますか？新幹線は13時です。""",
            """かしこまりました。通常のチェックアウトは11時でございますが、**12時までのレイトチェックアウト**を無料でお手配いたします。

京都駅までは地下鉄で約5分、タクシーでも10分ほどですので、**12時15分頃にご出発**いただければ、13時の新幹線に余裕を持って間に合います。お弁当を買われる場合は、もう少し早めがよろしいかと存じます。

それでは、明日の朝はお気をつけて行ってらっしゃいませ。""",
        ),
    ],
)

# ---------------------------------------------------------------- 015 good / ethics debate
add(
    id="k11c-015",
    label="good",
    language="en",
    note="Good: ethics debate practice on obligations to give to effective charities; long accurate replies (Singer 1972, demandingness, Williams, Urmson), an in-role rebuttal, constructive feedback and a closing statement.",
    pairs=[
        (
            """I want to practise for an ethics debate. The motion is "We have a moral obligation to give a significant portion of our income to effective charities." I'm on the opposing side. Can you first lay out the strongest case FOR the motion so I know what I'm up against?""",
            """Good idea: knowing the best version of the other side is half of debate prep. Here's what a strong proposition team will likely run.

**1. The drowning child (Peter Singer, "Famine, Affluence, and Morality", 1972).** If you walk past a shallow pond and see a child drowning, you must wade in and save them, even if it ruins your expensive shoes. Singer generalises this into a principle: *if it is in our power to prevent something very bad from happening, without sacrificing anything of comparable moral importance, we ought to do it.* Preventable deaths from poverty are very bad; a portion of an affluent person's income is not comparably important. So we ought to give.

**2. Distance and numbers don't matter morally.** The child being 5,000 miles away, or millions of other people also being able to help, doesn't change the moral situation. It only changes how it feels.

**3. The effectiveness argument.** Charity evaluators such as GiveWell publish cost-effectiveness estimates; for their top-rated health charities, they have estimated that roughly a few thousand dollars (on the order of $3,000-$5,500 in recent years) can save a life. When the cost is that low and the evidence is that strong, failing to give starts to look less like restraint and more like choosing a luxury over a life.

**4. Moral luck.** Where you were born largely determines your income. If our wealth is mostly luck, it's hard to argue we're fully entitled to spend all of it on ourselves.

**5. "Significant" is modest.** Expect them to define it as something like 10%, the figure used by the Giving What We Can pledge, to make the motion seem reasonable rather than extreme.

Their strategy will be to get you to accept the pond case and then argue that consistency forces you to accept the motion.""",
        ),
        (
            """Okay, that's scary. What are the best counterarguments I can use?""",
            """You have several strong lines. You don't need all of them; pick two or three that fit together.

**1. The demandingness objection.** Singer's principle doesn't stop at 10%. If you must give whenever the sacrifice isn't "comparably important", you should keep giving until you're nearly as poor as the people you help. A moral theory that demands that from everyone, all the time, is arguably not a plausible account of obligation.

**2. Integrity and personal projects (Bernard Williams).** Williams argued that impartial theories like utilitarianism alienate people from the commitments that give their lives meaning: careers, relationships, art. A morality that treats all of that as negotiable against aggregate welfare misunderstands what it is to live a human life.

**3. Special obligations.** Most moral traditions hold that we owe more to family, friends and our own community than to strangers. Partiality isn't a bias to correct; it's part of what relationships are.

**4. Duty versus supererogation (J. O. Urmson, "Saints and Heroes", 1958).** Some acts are morally excellent but not required. Giving generously is praiseworthy; failing to give a significant share isn't a wrong. The motion collapses that distinction.

**5. The pond is a bad analogy.** In the pond case, you're the only one there, the need is immediate, the outcome is certain, and it happens once. Global poverty is ongoing, shared among billions of potential helpers, and the outcome of your donation is probabilistic. Those differences can matter morally.

**6. Systemic and epistemic doubts.** Economists such as Angus Deaton have argued that large flows of outside aid can weaken the accountability of governments to their own citizens. And cost-effectiveness estimates carry real uncertainty.

A clean case: concede that giving is good, even admirable, and then argue the motion's word "obligation" is where it fails.""",
        ),
        (
            """I think I'll lead with the supererogation point. Can you play the proposition and rebut it, so I can practise responding?""",
            """Here's the proposition rebuttal, in character:

---

"My opponent tells us that giving is admirable but optional: a nice thing saints do. But let's test that. If you walked past the drowning child because saving her would ruin your shoes, would anyone here call that *permissible but not admirable*? No. We'd call it monstrous. Rescue at small cost isn't supererogation; it's the bare minimum of decency.

The supererogation line is drawn at *great* sacrifice: running into a burning building, donating a kidney to a stranger. Nobody on this side is asking for that. We're asking for a significant portion, say 10%, from people who spend that much on restaurants and holidays. That costs some comfort. It doesn't cost a life, a family or a career.

So my opponent must answer a simple question: if saving a life for a few thousand dollars is optional, what exactly *is* required of us? If the answer is 'nothing beyond not harming anyone', that is not a moral theory. It is an excuse."

---

Your turn. Try to answer the last question directly; it's the trap they'll set.""",
        ),
        (
            """Here's my response: "Even granting the child case, a duty that renews every single day with no upper limit isn't a duty any more, it's a life sentence. Morality that no one can live by loses its authority." How did I do?""",
            """That's a strong response: it's short, memorable, and it attacks the exact weak point of the pond analogy, which is **iteration**. A single rescue is bounded; global poverty means a new pond every morning.

**What works**
- "Life sentence" is a vivid image judges will remember.
- "Morality that no one can live by loses its authority" is a good philosophical hook; it connects to the "ought implies can" principle.

**What they'll say back**
They'll reply: "We never said unlimited. The motion says *significant*, like 10%. That has an upper limit." So pre-empt it:

> "My opponent will now say: only 10%. But their own argument doesn't stop at 10%. If the drowning child binds me today, it binds me when I reach 11%, and 20%, and 50%. The 10% figure isn't a conclusion of their principle. It's a convenient number chosen so the principle doesn't sound like what it really is."

That flips their moderation into an inconsistency.

**Delivery**
Pause after "life sentence". And don't rush "loses its authority"; it's your thesis.

**Score:** strong 7/10 as written; 8.5/10 with the pre-emption. You also didn't concede anything you'll need later, which is good discipline.""",
        ),
        (
            """Great. Give me a 30-second closing statement for my side.""",
            """Here's a closing of about 30 seconds at a steady speaking pace:

> "Nobody in this room is against generosity. Giving to effective charities is good, and those who do it deserve admiration. But this motion doesn't ask whether giving is good. It asks whether it is an *obligation*.
>
> We've shown that the proposition's principle has no natural stopping point. Their 10% is a number of convenience, not of logic. A duty that renews every morning without limit isn't a duty; it's a life sentence. And a morality that no one can live by doesn't make us better. It makes us give up.
>
> Let's honour generosity for what it is: a virtue freely chosen. Oppose the motion.\"""",
        ),
    ],
)

# ---------------------------------------------------------------- 016 good / ship captain role-play
add(
    id="k11c-016",
    label="good",
    language="en",
    note="Good: eight-turn role-play with an 1850 merchant-brig captain; short in-character replies plus a longer accurate one on the watch system; details (Boston, Valparaíso, larboard watch) stay consistent.",
    pairs=[
        (
            """Role-play: you're the captain of a merchant brig in 1850, and I'm a greenhorn who just signed on in Boston. I walk up the gangway with my sea bag.""",
            """(The captain looks you up and down, from your clean boots to your new canvas bag.)

"So you're the new hand. I'm Captain Elias Thorne, master of the brig *Margaret Hale*. We sail on the morning tide for Valparaíso, round the Horn, with a hold full of cotton cloth and Boston ice packed in sawdust.

Stow your bag in the fo'c'sle and report to Mr. Pike, the first mate. And take that look off your face, lad. Nobody's drowned on my ship yet.\"""",
        ),
        (
            """"Aye, Captain. Uh… what's a fo'c'sle?\"""",
            """(A few of the hands chuckle.)

"The forecastle. The forward end of the ship, under the deck at the bow. That's where the crew sleeps and eats. You'll have a bunk and a sea chest's worth of space, no more. Mind your head on the beams; every greenhorn learns that the first night.\"""",
        ),
        (
            """"How does the work schedule go on board?\"""",
            """"Listen well, because you'll live by it.

The crew is split into two **watches**: the larboard watch, under Mr. Pike, and the starboard watch, under the second mate. One watch works the ship while the other rests below. Each watch is **four hours**: midnight to four, four to eight, and so on round the clock.

Now, if it were four-on, four-off forever, the same men would stand the same miserable hours every night. So between four and eight in the evening we split the watch into two **dog watches** of two hours each. That shifts the rotation, so tomorrow you'll stand the hours you slept through tonight.

Time is kept by the **ship's bell**. One bell is struck each half-hour: one bell after the first half-hour, two after the first hour, up to **eight bells**, which ends the watch. When you hear eight bells, your relief had better be on deck, and so had you when it's your turn.

And when I call **all hands**, in a storm or when we're making sail, it doesn't matter which watch you're on. You come up, boots or no boots.\"""",
        ),
        (
            """"Why is it called a dog watch?\"""",
            """(The captain laughs.)

"Ask ten sailors and you'll get ten answers. Some say it's a *dodge* watch, because it dodges the rotation. Others say it's like a dog's sleep, short and restless. Whatever the reason, you'll be glad of it.\"""",
        ),
        (
            """"What's the first thing I need to learn?\"""",
            """"Knots and lines, before anything else.

Mr. Pike will teach you the **bowline** first: it makes a loop that won't slip or jam, and you'll use it a hundred times a day. Then the **reef knot** for tying in reefs when we shorten sail, and the **clove hitch** for making fast to a spar or post. You'll tie them in the dark, in the rain, with your hands frozen, so practise until your fingers know them without your eyes.

Learn the names of the lines, too. When the mate shouts 'Ease the fore-topsail sheet!' there's no time to ask which rope that is.

And two rules that'll keep you alive: never stand in the bight of a line, the loop, because if it runs it'll take your leg with it. And aloft, **one hand for yourself and one for the ship**.\"""",
        ),
        (
            """"How long until we reach Valparaíso?\"""",
            """"With fair winds, eighty to ninety days. But it's the Horn that decides. I've rounded it in a week, and I've spent a month beating against the westerlies down there. Pray for an easy passage, lad, and keep your oilskins handy.\"""",
        ),
        (
            """"I've heard sailors do something strange when they cross the equator.\"""",
            """(A grin spreads across the captain's face.)

"Ah, you've heard about **Crossing the Line**. When we pass the equator, King Neptune himself comes aboard, usually the ugliest old hand in a rope beard, with his court. Everyone who's never crossed before is a **pollywog**, and you'll be tried for the crime of it. There's tar for shaving soap, a dunking, and a good deal of shouting.

When it's over, you're a **shellback**, and you'll never have to go through it again. You'll survive it. Everyone does.\"""",
        ),
        (
            """"Thank you, Captain. I'll go stow my gear.\"""",
            """"Good. Supper's in the first dog watch. You'll hear the cook bang his pot.

And greenhorn... what's your name? I'll tell Mr. Pike to put you in the larboard watch with him. He's hard, but he's fair, and he's never lost a man.\"""",
        ),
    ],
)

# ---------------------------------------------------------------- 017 leakage / breakup
add(
    id="k11c-017",
    label="leakage",
    language="en",
    note="Leakage: the final (turn 4) reply opens with a generation-scaffold header '### ASSISTANT | persona: supportive friend | keep practical | 150-200 words' before the actual advice.",
    pairs=[
        (
            """My girlfriend of four years broke up with me last night. She said she "loves me but isn't in love with me anymore." I don't even know what that means.""",
            """I'm really sorry. Four years is a long time, and a breakup the night before is still raw. It's completely understandable that the phrase is going round and round in your head.

When people say "I love you but I'm not in love with you," they usually mean something like this: the care, loyalty and affection are still there, and she probably does still want good things for you, but the romantic part, the desire, the excitement, the sense of wanting to build a future together as partners, has faded for her. It often happens gradually, and the person saying it has usually been thinking about it for a while, even if it came as a shock to you.

It's not usually a lie or an attempt to soften things falsely. It's an attempt to describe a change that's genuinely hard to put into words.

You don't need to make sense of all of it tonight. For the next day or two, focus on small basics: try to eat something, sleep if you can, and tell one friend or family member what happened so you're not carrying this alone. The bigger questions can wait a little.""",
        ),
        (
            """We live together. The lease is in both our names and runs until August. How do we even handle that?""",
            """That adds a practical layer to an already painful situation, but it's very manageable with a clear plan.

**Your main options**
1. **One of you moves out, the other stays.** The person staying takes over the rent. Both names stay on the lease unless the landlord agrees to remove one, so you'd still both be legally responsible until August. A written agreement between you about who pays what protects you both.
2. **Find a replacement.** If neither wants to stay, or one can't afford the full rent, ask the landlord about subletting or assigning the lease to a new tenant.
3. **Both stay until August.** Possible, but hard emotionally. If you go this way, agree on ground rules: separate rooms, a split of shared spaces, and no new partners in the flat.

**Steps**
- **Read the lease** for clauses on early termination, subletting and assignment.
- **Talk to the landlord together**, once you've agreed on a plan.
- **Put the rent split in writing**, even just in an email, including utilities and internet.
- **Divide shared things**: furniture, subscriptions, any joint accounts.

In the very short term, it can help to stay with a friend for a few nights, just to get some space while you both figure it out.""",
        ),
        (
            """She offered to move to her sister's next week. Part of me wants to beg her to stay. Would that be stupid?""",
            """It's not stupid to want that. You love her, and wanting to hold on is a completely human reaction. But I'd gently encourage you not to act on it.

Here's why:

- **She's probably been thinking about this for a long time.** A statement like "I'm not in love anymore" usually comes after weeks or months of reflection. Begging rarely changes a considered decision.
- **If it did work,** she might stay out of guilt or pity, not desire, and that tends to make both people unhappy later.
- **It can leave you feeling worse.** Many people look back on pleading conversations with regret, because it felt like giving away their dignity at a moment when they needed it.

What you *can* do is have one honest conversation, if you want it: tell her you're hurting, that you'd have wanted to work on things, and ask any questions you need answered. Then let her decision stand.

Letting her go to her sister's also gives you space to start grieving properly, rather than living in limbo in the same flat. It will hurt, but it's the kind of hurt that eventually heals.""",
        ),
        (
            """I think you're right. How do I get through the first few weeks without texting her every night?""",
            """### ASSISTANT | persona: supportive friend | keep practical | 150-200 words

The urge to text will be strongest at night, so plan for it before it hits:

- **Mute and archive the chat.** Not deleting, just moving it out of sight so it isn't the first thing you see.
- **Write the text, but don't send it.** Type it into your notes app instead. Getting the words out often takes away most of the urge.
- **Use a 24-hour rule.** If you still think you need to send something tomorrow, you can reconsider. Usually you won't.
- **Pick a "text buddy".** Tell a friend you might message them instead of her. A quick "I want to text her" to someone who gets it really helps.
- **Keep logistics separate.** For the lease and your shared things, agree on one scheduled check-in, say Sunday afternoon, so practical messages don't turn into late-night conversations.
- **Fill the evenings.** Exercise, a class, dinner with friends, or a show you never watched together.

Some nights you'll slip, and that's okay. Each night you don't text makes the next one a little easier.""",
        ),
    ],
)

# ---------------------------------------------------------------- 018 good / learning to swim (ru)
add(
    id="k11c-018",
    label="good",
    language="ru",
    note="Good: Russian adult learning to swim; four detailed, technically correct replies on starting out, sinking legs in the starfish float, crawl breathing, and safe readiness for open water.",
    pairs=[
        (
            """Мне 45 лет, я совсем не умею плавать и боюсь глубины. Хочу научиться этим летом. С чего начать?""",
            """Отличное решение, и возраст здесь совсем не помеха: взрослые часто учатся быстрее детей, потому что понимают технику. Страх глубины тоже очень распространён, и его можно постепенно снять.

**С чего начать**

1. **Бассейн, а не открытая вода.** В бассейне тёплая прозрачная вода, есть бортик и мелкая часть, где можно стоять. Для первых занятий это идеально.
2. **Занятия с тренером для взрослых.** Во многих бассейнах есть группы «плавание для начинающих взрослых». Если страх сильный, несколько индивидуальных занятий в начале стоят своих денег: тренер подстроится под ваш темп.
3. **Регулярность.** Лучше 2–3 раза в неделю по 30–45 минут, чем один раз надолго.
4. **Снаряжение.** Хорошие очки (когда видишь под водой, гораздо спокойнее), шапочка, при желании зажим для носа.

**Обычный порядок обучения**

- Освоение воды: погружение лица, выдох в воду.
- Лежание на воде на груди и на спине («звёздочка», «поплавок»).
- Скольжение от бортика.
- Работа ног с доской.
- Гребки руками и согласование с дыханием: обычно сначала кроль на спине или брасс.

Со страхом глубины работайте постепенно: сначала научитесь уверенно лежать на воде на мелком месте, потом переходите туда, где чуть выше роста, держась за бортик. Уверенность приходит, когда тело само «понимает», что вода держит.""",
        ),
        (
            """На первом занятии тренер попросил лечь на воду «звёздочкой», а у меня ноги сразу тонут. Я что-то делаю не так?""",
            """Скорее всего, ничего страшного: ноги тонут почти у всех новичков, особенно у мужчин и людей с плотной мускулатурой. Ноги тяжелее верхней части тела, а лёгкие с воздухом работают как поплавок в районе груди, поэтому тело естественно «поворачивается» ногами вниз.

Но положение можно заметно улучшить:

- **Положите затылок в воду.** Уши должны быть под водой, взгляд — строго вверх. Если приподнимаете голову, чтобы посмотреть на ноги, таз сразу уходит вниз.
- **Поднимите живот и таз** к поверхности, как будто хотите выгнуться чуть вверх.
- **Вытяните руки за голову** и разведите их шире. Это смещает центр тяжести ближе к голове, и ноги опускаются медленнее.
- **Сделайте полный вдох** и дышите спокойно, не выдыхая резко весь воздух.
- **Расслабьтесь.** Напряжённые мышцы тонут быстрее, чем расслабленные.

Даже при правильном положении ноги могут медленно опускаться, и это нормально. В реальном плавании их держит у поверхности работа ног, поэтому лёгкие движения ногами «кролем» — не ошибка.

Для тренировки попросите у тренера нудл или колобашку под колени: так вы почувствуете правильное положение и потом сможете повторить его без поддержки.""",
        ),
        (
            """А как правильно дышать в кроле? Я всё время захлёбываюсь.""",
            """Это самая частая сложность в кроле, и у неё две типичные причины: задержка дыхания под водой и слишком сильный подъём головы при вдохе.

**Главное правило: выдох — в воду, вдох — над водой.**

- Пока лицо в воде, **постоянно и плавно выдыхайте** через нос и рот. Если задержать воздух, то при повороте головы вам придётся и выдохнуть, и вдохнуть за долю секунды — отсюда и захлёбывание.
- **Вдох делайте ртом**, быстро, когда рот оказывается над водой.

**Как поворачивать голову**

- Поворачивайте голову **вбок вместе с корпусом**, а не поднимайте её вперёд.
- Одно ухо и один глаз остаются в воде. Рядом с головой образуется небольшая «яма» в волне — туда и вдыхайте.
- Вдох — в момент, когда рука с той же стороны заканчивает гребок и выходит из воды.

**Ритм**

Дышите на каждый второй гребок (всегда в одну сторону) или на каждый третий (поочерёдно в обе стороны). Новичкам обычно проще начать с вдоха на каждый второй гребок.

**Упражнения**

1. **У бортика:** держитесь за край, лицо в воде, выдыхайте пузыри, затем поворачивайте голову вбок и вдыхайте. 10–15 повторений.
2. **С доской:** одна рука на доске, другая делает гребки, вы дышите в её сторону.
3. Затем то же самое **без доски** на коротких отрезках, по 10–15 метров.

Через несколько занятий движение станет автоматическим.""",
        ),
        (
            """Спасибо! Как понять, что я готов плавать в озере?""",
            """Хороший вопрос: открытая вода отличается от бассейна — нет бортика, вода холоднее, бывают волны и плохая видимость. Ориентируйтесь на такие признаки готовности:

**В бассейне вы уверенно:**
- проплываете **50–100 метров без остановки**;
- держитесь на воде **на глубоком месте** не меньше пары минут;
- можете **лечь на спину и отдохнуть**, если устали;
- спокойно справляетесь, если вода попала в рот или нос.

**Первые заплывы в озере**
- Выбирайте **охраняемый пляж** со спасателями.
- Плавайте **вдоль берега**, там, где можно встать, а не «на тот берег».
- **Никогда не плавайте в одиночку.** Идеально — с человеком, который хорошо плавает.
- Используйте **яркий буй для плавания**: его видно издалека, и на него можно опереться, чтобы отдохнуть.
- Заходите в воду постепенно: холодная вода может сбить дыхание в первые секунды.
- Не плавайте при сильном ветре и волнах и после алкоголя.

Если эти условия выполнены, ваш первый заплыв в озере, скорее всего, станет очень приятным моментом этого лета.""",
        ),
    ],
)

# ---------------------------------------------------------------- 019 contradiction / used car (zh, subtle)
add(
    id="k11c-019",
    label="contradiction",
    language="zh",
    note="Contradiction (subtle): the turn 5 maintenance reply refers to the car as having 12万公里, contradicting the 8万公里 mileage given in turn 1 and used in turn 4.",
    pairs=[
        (
            """我想买一辆二手车，预算8万元左右，主要是上下班通勤，每天来回40公里。看中了一辆2018年的丰田卡罗拉1.2T，表显里程8万公里，卖家要价7.3万。这个价格合理吗？""",
            """先说结论：这辆车的条件听起来不错，价格在合理范围内，但要看车况，而且还有砍价空间。

**里程：** 2018年的车，开了8万公里，平均每年1.3万公里左右，属于正常使用，不算高也不算低。你每天通勤40公里，一年大约1万公里，这台车再开很多年都没问题。

**车型：** 卡罗拉是出了名的省心、保值，故障率低，维修保养便宜，配件好找，非常适合通勤。1.2T的油耗在城市通勤中一般在6-7升/百公里左右。

**价格：** 7.3万对于同年份、同里程的卡罗拉来说处于中间偏上的水平。最终值不值，要看以下几点：

1. **维修保养记录**：最好有4S店的完整保养记录，可以让卖家提供或者通过第三方平台查询。
2. **是否事故车、泡水车、火烧车**：这是二手车最大的风险。
3. **过户次数**：一手车最好，过户次数多要问清原因。
4. **年检和保险**：是否按时年检，保险有没有大额理赔记录。

如果车况一切正常，一般可以尝试砍掉3000-5000元。我建议在付定金之前一定先做一次全面检测。""",
        ),
        (
            """怎么判断是不是事故车或泡水车？我自己不太懂车。""",
            """不懂车也没关系，有一些简单的方法可以自己先看，然后再请专业人员检测。

**自己先看的几个地方**

1. **螺丝**：打开引擎盖、车门和后备箱，看固定翼子板、车门铰链、引擎盖的螺丝。原厂螺丝漆面完整，如果螺丝上有扳手拧过的痕迹，说明这个部件拆装过。
2. **漆面和缝隙**：在光线好的地方侧着看车身，有没有颜色深浅不一、表面有橘皮纹的地方。再看各个门缝、引擎盖缝隙是否均匀。
3. **A柱、B柱、纵梁和后备箱底板**：这些是车身的结构件。如果有切割、焊接、变形的痕迹，基本可以判断是大事故车，坚决不要买。

**泡水车的迹象**

- 座椅滑轨、安全带最底部、座椅下方的金属件有**锈迹**。
- 地毯下面、备胎槽里有**泥沙**或者水渍。
- 车内有**霉味**，或者卖家用了很重的香水掩盖气味。
- 把安全带整根拉出来，看最里面有没有泥印。

**最稳妥的方法**

- 花300-500元请**第三方检测机构**做全面检测，他们会用漆膜仪测每个部件的油漆厚度，并检查底盘和电路。
- 通过平台查询**保险出险记录**，可以看到理赔次数和金额。

这笔检测费和几万元的购车款比起来非常值得。""",
        ),
        (
            """检测结果出来了：右后门补过漆，没有结构性损伤，保险记录有一次3500元的理赔。还能买吗？""",
            """可以买，这属于比较常见的小问题。

**怎么看这个结果：**

- **右后门补漆**：说明有过小剐蹭或者轻微碰撞，只是外观件修复，不影响安全和结构。
- **没有结构性损伤**：这是最重要的一点，A柱、B柱、纵梁都没问题，就不算事故车。
- **一次3500元理赔**：金额不大，通常就是钣金喷漆的费用，和右后门补漆基本对得上。如果理赔记录里出现几万元的金额，那就要小心了。

**但这是很好的砍价理由。** 补漆和出险记录会影响以后转卖的价格，你可以这样跟卖家说：

> "车整体不错，但检测发现右后门补过漆，还有一次出险记录，以后我再卖也会受影响。6.7万可以的话，我今天就定下来。"

我的建议是：**开口价6.7万，心理目标6.9万左右**。如果卖家坚持7万以上，你可以让他承担过户费用，或者附送一次保养。

另外，让卖家把"右后门补漆、一次3500元理赔"写进购车合同里，这样如果后来发现还有其他没说明的问题，你有依据维权。""",
        ),
        (
            """卖家同意6.9万。过户需要准备什么？""",
            """恭喜，6.9万是个不错的价格！过户流程不复杂，准备好材料一般半天就能办完。

**需要准备的材料**

- **双方身份证原件**（卖家和你）；如果是外地户籍，按当地要求可能需要居住证。
- **机动车登记证书（绿本）**
- **机动车行驶证**
- **车辆本身**：要开到车管所或二手车交易市场验车、拍照。
- **交强险保单**（在有效期内）
- **二手车交易发票**：在交易市场开具。

**流程**

1. 签订二手车买卖合同，写明车辆信息、价格6.9万、表显里程8万公里、右后门补漆和一次3500元理赔记录。
2. 到二手车交易市场或车管所，验车、开发票。
3. 提交材料，办理转移登记，领取新的行驶证和登记证书。
4. 根据当地规定决定是否换号牌。

**费用**

过户手续费一般几百元，不同城市略有差别。事先和卖家说清楚谁承担。

**注意事项**

- 过户前查清**违章记录**，要求卖家处理完毕。
- **保险**：可以办理商业险的被保险人变更，也可以退保后自己重新买。
- 付款尽量在过户手续办理当天进行，**不要提前付全款**。""",
        ),
        (
            """最后一个问题：买回来以后要先做哪些保养？""",
            """二手车买回来以后，建议先做一次"全面体检式"的保养，把前任车主可能没做到位的项目补上。

**立即要做的**

1. **机油和机油滤芯**：不管卖家说什么时候换过，都建议换一次，心里踏实。1.2T涡轮增压发动机建议用全合成机油。
2. **空气滤芯和空调滤芯**：便宜，但对发动机和车内空气质量影响很大。
3. **刹车油**：一般两年或4万公里更换一次，如果记录里没有，就一起换掉。

**根据里程要重点检查的**

- **变速箱油**：这台卡罗拉是CVT变速箱，CVT油一般建议6万公里左右更换。你这辆车已经跑了12万公里，如果保养记录里没有更换过，要优先安排。
- **火花塞**：涡轮发动机的火花塞一般在6万-10万公里之间更换，看记录决定。
- **冷却液**：检查液位和颜色，必要时更换。

**还要检查的**

- **轮胎**：看轮胎侧面的生产日期（四位数字，如"2321"表示2021年第23周），超过5-6年的轮胎即使花纹还在，橡胶也会老化。
- **电瓶**：一般寿命3-5年，可以到店里测一下。
- **刹车片**：测量剩余厚度。

整体下来，一次这样的保养大约在1000-2000元之间，具体看需要更换多少项目。做完之后，你就可以放心开它上下班了。""",
        ),
    ],
)

# ---------------------------------------------------------------- 020 misaligned / phone plan complaint (th, swap)
add(
    id="k11c-020",
    label="misaligned",
    language="th",
    note="Misaligned (swap): the replies to turns 2 and 3 are swapped; turn 2 (how to cancel the unwanted services) gets the refund/call-centre script, and turn 3 (how to get the money back) gets the *137 cancellation instructions.",
    reply_order=[0, 2, 1, 3],
    pairs=[
        (
            """บิลค่ามือถือเดือนนี้มา 1,248 บาท ปกติฉันจ่ายแค่แพ็กเกจ 599 บาท เกิดอะไรขึ้นได้บ้างคะ""",
            """ยอดที่เพิ่มขึ้นเกินเท่าตัวแบบนี้ มักเกิดจากสาเหตุหลัก ๆ ไม่กี่อย่างค่ะ

**1. ภาษีมูลค่าเพิ่ม 7%**
แพ็กเกจ 599 บาทส่วนใหญ่ยังไม่รวม VAT ยอดจริงจะอยู่ที่ประมาณ 640.93 บาท ส่วนนี้เป็นเรื่องปกติ แต่ยังอธิบายส่วนต่างอีกประมาณ 600 บาทไม่ได้

**2. บริการเสริม (SMS/คอนเทนต์รายวัน)**
เช่น ดูดวง ข่าว เกม หรือเพลงรอสาย ที่คิดค่าบริการเป็นรายวันหรือรายสัปดาห์ บางครั้งสมัครโดยไม่ได้ตั้งใจจากการกดโฆษณาหรือลิงก์ใน SMS

**3. ใช้งานเกินแพ็กเกจ**
โทรเกินนาทีที่กำหนด ใช้เน็ตเกินโควตา (ถ้าไม่ใช่แบบไม่ลดสปีด) หรือโทรไปเบอร์พิเศษ

**4. โรมมิ่งต่างประเทศ**
ถ้าเดือนที่ผ่านมาเดินทางไปต่างประเทศหรืออยู่แถวชายแดน

**5. ค่าธรรมเนียมครั้งเดียว**
เช่น ค่าเปลี่ยนแพ็กเกจหรือค่าเปลี่ยนซิม

**สิ่งที่ควรทำตอนนี้**
ขอใบแจ้งค่าบริการแบบละเอียดผ่านแอปของค่ายหรือคอลเซ็นเตอร์ แล้วดูรายการที่ไม่ใช่ค่าแพ็กเกจ ถ้าเจอรายการที่ไม่รู้จัก ส่งมาให้ดูได้เลยค่ะ จะช่วยวิเคราะห์ให้""",
        ),
        (
            """เจอแล้วค่ะ มีรายการ "บริการเสริมดูดวงรายวัน" กับ "เกมออนไลน์รายสัปดาห์" รวมกันประมาณ 560 บาท ฉันไม่เคยสมัครเลย จะยกเลิกยังไงคะ""",
            """ยกเลิกได้ทันทีค่ะ และควรทำเลยวันนี้เพื่อไม่ให้ถูกเก็บเงินเพิ่ม

**วิธีที่เร็วที่สุด: กด *137 แล้วโทรออก**
รหัส *137 เป็นรหัสกลางที่ใช้ได้กับทุกเครือข่าย ระบบจะส่ง SMS แจ้งรายการบริการเสริมที่เบอร์นี้สมัครอยู่ และให้เลือกยกเลิกทีละรายการหรือยกเลิกทั้งหมด เป็นบริการฟรีค่ะ

**ขั้นตอน**
1. กด *137 แล้วกดโทรออก
2. รอ SMS ที่แสดงรายการบริการ
3. เลือกยกเลิกทั้งหมด
4. รอ SMS ยืนยันการยกเลิก แล้ว **แคปหน้าจอเก็บไว้** เป็นหลักฐาน

**ป้องกันไม่ให้เกิดอีก**
- โทรหาคอลเซ็นเตอร์ของค่าย ขอ **"ระงับการสมัครบริการเสริมแบบถาวร"** (บางค่ายเรียกว่าบล็อกบริการคอนเทนต์) เพื่อให้เบอร์นี้สมัครบริการเสริมไม่ได้อีก
- อย่ากดลิงก์หรือแบนเนอร์โฆษณาที่ให้ "กดรับสิทธิ์" หรือ "ดูผลฟรี" จาก SMS ที่ไม่รู้จัก

หลังยกเลิกแล้ว ลองเช็กบิลเดือนหน้าอีกครั้งว่าไม่มีรายการนี้ขึ้นมาค่ะ""",
        ),
        (
            """แล้วเงินที่โดนเก็บไปแล้ว ขอคืนได้ไหมคะ ต้องพูดกับคอลเซ็นเตอร์ยังไง""",
            """ขอคืนได้ค่ะ ถ้าคุณไม่ได้สมัครเอง ผู้ให้บริการต้องแสดงหลักฐานการสมัครได้ ถ้าไม่มี ก็ควรคืนเงินให้

**ก่อนโทร เตรียมข้อมูลเหล่านี้**
- เลขหมายและชื่อผู้จดทะเบียน
- ใบแจ้งค่าบริการที่มีรายการบริการเสริม (ชื่อบริการ วันที่ และยอดรวมประมาณ 560 บาท)
- ภาพหน้าจอ SMS ยืนยันการยกเลิก (ถ้ามี)

**ตัวอย่างสิ่งที่พูดกับคอลเซ็นเตอร์**

> "สวัสดีค่ะ บิลเดือนนี้มีค่าบริการเสริมดูดวงรายวันและเกมออนไลน์รายสัปดาห์ รวมประมาณ 560 บาท ดิฉันไม่เคยสมัครบริการเหล่านี้ ขอให้ตรวจสอบหลักฐานการสมัคร และขอคืนเงินทั้งหมดที่เรียกเก็บไป รวมถึงรอบบิลก่อนหน้าถ้ามีด้วยค่ะ"

**สิ่งที่ต้องขอทุกครั้ง**
1. **เลขที่เรื่องร้องเรียน** และชื่อพนักงานที่รับเรื่อง
2. **ระยะเวลา** ที่จะได้รับคำตอบ
3. **รูปแบบการคืนเงิน**: หักจากบิลรอบถัดไป หรือโอนคืนเข้าบัญชี

จดวันเวลาที่โทรไว้ทุกครั้ง ถ้าเรื่องไม่คืบหน้า ข้อมูลเหล่านี้จะใช้ต่อได้ทันทีค่ะ""",
        ),
        (
            """ถ้าคอลเซ็นเตอร์ไม่ยอมคืนเงินล่ะคะ""",
            """ถ้าค่ายไม่ยอมคืนเงินหรือไม่ตอบกลับในเวลาที่ควร คุณยังมีช่องทางร้องเรียนต่อได้ค่ะ

**1. ร้องเรียนต่อ กสทช.**
- **สายด่วน 1200** (โทรฟรี) ซึ่งเป็นศูนย์รับเรื่องร้องเรียนด้านกิจการโทรคมนาคม
- หรือร้องเรียนผ่านเว็บไซต์และช่องทางออนไลน์ของ กสทช.
- แจ้งเลขที่เรื่องที่ได้จากคอลเซ็นเตอร์ของค่าย ยอดเงิน และวันที่ที่ติดต่อไป

**2. เอกสารที่ควรเตรียม**
- สำเนาบัตรประชาชน
- ใบแจ้งค่าบริการที่มีรายการบริการเสริม
- ภาพหน้าจอ SMS ยืนยันการยกเลิก
- บันทึกวันเวลาที่โทรหาคอลเซ็นเตอร์และชื่อพนักงาน

**3. ช่องทางเพิ่มเติม**
- **สคบ. สายด่วน 1166** สำหรับเรื่องการคุ้มครองผู้บริโภคทั่วไป

ในทางปฏิบัติ แค่บอกคอลเซ็นเตอร์อย่างสุภาพว่า "ถ้าไม่ได้รับการแก้ไข ดิฉันจะร้องเรียนต่อ กสทช." หลายกรณีก็ได้รับการคืนเงินเร็วขึ้นแล้วค่ะ ระหว่างนี้ให้แจ้งค่ายไว้ว่ายอดบริการเสริมอยู่ระหว่างโต้แย้ง และสอบถามว่าสามารถชำระเฉพาะยอดที่ไม่มีข้อโต้แย้งไปก่อนได้หรือไม่ เพื่อไม่ให้ถูกระงับสัญญาณค่ะ""",
        ),
    ],
)
