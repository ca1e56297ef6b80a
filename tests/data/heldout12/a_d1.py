from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- 001
DIALOGUES.append(D(1, "good", "en",
"Good: five-turn monstera care thread (diagnosis, root check, relocation, watering, pet safety); long specific replies plus short ones where appropriate.",
[
H("""My monstera has two lower leaves turning yellow, starting at the edges. It's in a 25 cm plastic pot near a north-facing window and I water it every Sunday with about a litre. What's going on?"""),
G("""Yellowing that starts on the lowest, oldest leaves, combined with a north-facing window and a fixed weekly litre, points most strongly to overwatering rather than a nutrient problem.

Here's why: in a north window a monstera gets fairly low light, so it uses water slowly. A 25 cm plastic pot also doesn't let moisture evaporate through its walls the way terracotta does. A litre every Sunday can mean the lower half of the soil never really dries out, the roots sit in wet mix and run short of oxygen, and the plant sacrifices its oldest leaves first.

How to confirm it:
1. **Check the soil at depth, not just the surface.** Push a wooden chopstick or skewer to the bottom of the pot and leave it for a minute. If it comes out dark and damp several days after watering, the mix is staying too wet.
2. **Look closely at the yellow leaves.** Soft yellowing with brown, slightly mushy patches suggests too much water; crispy, papery edges with bone-dry soil would suggest the opposite.
3. **Smell the soil.** A sour or rotten smell is a warning sign of root rot.
4. **Check drainage.** Make sure the plastic pot has holes and isn't standing in a decorative cachepot with water pooled at the bottom.

One lower leaf yellowing now and then is also normal ageing, so don't panic if the rest of the plant is firm and green. But I'd drop the Sunday routine for now and water only when the top 5 cm of soil feels dry."""),
H("""I pushed a chopstick in and it came out damp and dark about 10 cm down, four days after watering. Should I repot right now?"""),
G("""Not necessarily. Damp soil 10 cm down four days after watering tells you the mix is drying slowly, but it doesn't yet tell you whether the roots are damaged. That's worth checking first, because repotting a plant that doesn't need it just adds stress.

**Check the roots (about 10 minutes):**
1. Tip the pot on its side, support the base of the stems with one hand, and slide the root ball out. Gently squeezing the plastic pot helps.
2. Healthy monstera roots are firm and white to light tan. Rotten roots are brown or black and soft, the outer layer slides off when you pinch it, and they often smell sour.

**If most roots look healthy:** slide it back into the same pot, don't water again until the top 5 cm is dry, and empty any saucer 20 minutes after watering. That's usually enough to turn things around.

**If there's noticeable rot:**
- Cut away the soft roots with scissors wiped with rubbing alcohol.
- Repot into fresh, chunky mix, for example roughly one third potting soil, one third orchid bark and one third perlite.
- Use a pot the same size or at most 2–5 cm wider, with drainage holes. A much bigger pot just holds more wet soil.
- Wait about a week before watering lightly.

As for the yellow leaves: they won't turn green again. You can leave them until they're fully yellow, since the plant pulls some nutrients back out of them, then cut the stalk close to the main stem with clean scissors."""),
H("""Roots look mostly white, just a few brown ones near the bottom, so I put it back. Next problem: I'm moving next month to a flat with a big south-west facing window. Will that be too much sun for it?"""),
G("""It can be, but it's also a real opportunity: a monstera that has been sitting in north light will grow faster and produce bigger, more split leaves with more light. The trick is to keep it out of the hot, direct afternoon sun that a south-west window gets, especially in summer.

**Where to put it:**
- About 1–2 m back from the glass, or beside the window rather than directly in front of it, so it sees plenty of sky but only brief direct sun.
- Alternatively, right by the window but behind a sheer curtain that diffuses the light.

**Acclimatise it gradually.** After months in dim light, its leaves are thin and shade-adapted. Start it further from the window for the first week or two and move it closer in steps. Sudden strong sun can scorch leaves within days, which shows up as bleached, pale patches or dry brown spots, usually on the leaves facing the glass.

**Expect more thirst.** In brighter light the plant photosynthesises more and the soil dries faster, so your watering will change again, this time in the other direction.

**Rotate it** a quarter turn every couple of weeks so it doesn't lean hard toward the window.

For the move itself: carry it upright, loosely wrap the larger leaves in an old sheet so they don't crease or snap, and don't repot or fertilise it in the same week. One change at a time."""),
H("""You said the watering will change again. How will I know when to water in the new place?"""),
G("""Let the plant tell you rather than the calendar. Three quick checks work well together:

1. **Finger test:** water when the top 5 cm of soil is dry to the touch.
2. **Pot weight:** lift or tilt the pot right after a thorough watering and again when it's dry. After a couple of cycles you'll feel the difference instantly.
3. **Chopstick:** leave one in the soil; if it comes out clean and dry at mid-depth, it's time.

When you do water, water thoroughly until it runs from the drainage holes, then empty the saucer. In a bright south-west room, expect roughly every 7–10 days in summer and every 2–3 weeks in winter, but treat those numbers as rough guides only."""),
H("""Last thing, is it safe around my cat? She likes chewing leaves."""),
G("""No, monstera is considered toxic to cats. The leaves and stems contain insoluble calcium oxalate crystals, which irritate the mouth as soon as they're chewed. Typical signs are drooling, pawing at the mouth, vomiting and reluctance to eat. It's rarely life-threatening, because the pain usually stops a cat from eating much, but keep the plant out of reach or in a room she can't get into. Call your vet if you notice swelling of the mouth or throat or any difficulty swallowing or breathing."""),
]))

# ---------------------------------------------------------------- 002
DIALOGUES.append(D(2, "leakage", "en",
"Leakage: turn 1 assistant reply opens with a bracketed generator configuration line (persona/level/must-mention/ending instruction).",
[
H("""I just learned knit and purl and want to make my first scarf. I have 200 g of worsted-weight acrylic and 5 mm needles. What pattern should I do?"""),
G("""[persona=patient knitting tutor | level=beginner | must mention stitch counts | end with encouragement]
Nice, a scarf is a perfect first project, and with knit and purl you already have everything you need. One thing to know up front: plain stockinette (knit one row, purl the next) curls badly at the edges, so for a scarf you want a stitch pattern that lies flat. Three good options:

1. **Garter stitch** – knit every row. The easiest possible: squishy, reversible, no curling. It grows a bit slowly because the fabric is compressed vertically.
2. **Seed stitch** – knit 1, purl 1 across, and on the next row you knit the purls and purl the knits. Textured, reversible, lies flat. Slightly slower because you move the yarn back and forth constantly.
3. **2x2 rib** – knit 2, purl 2. Stretchy and classic-looking, reversible, but it pulls in, so it looks narrower than the stitch count suggests.

**Sizing:** with worsted yarn on 5 mm needles you'll get roughly 18 stitches per 10 cm in garter or seed stitch. Casting on 31 stitches (an odd number makes seed stitch easy) gives a scarf about 17 cm wide.

**Length:** 200 g of worsted acrylic is usually around 370–400 m, depending on the brand. At 17 cm wide that should give you a scarf of roughly 150–170 cm, a comfortable length for most adults.

Whichever you choose, knit a small practice piece of 15–20 rows first to get comfortable with the rhythm. You've got this!"""),
H("""Seed stitch sounds nice. How do I stop it from getting wider as I go? My practice piece grew from 31 to 35 stitches."""),
G("""Growing stitch counts are the most common beginner problem, and they almost always come from one of three things:

1. **Accidental yarn overs.** In seed stitch you bring the yarn to the front to purl and to the back to knit. If you take it over the top of the needle instead of between the needles, you create an extra loop that becomes a new stitch on the next row. You'll usually see a small hole below it.
2. **Splitting the first stitch.** When you start a row, the working yarn can pull the first stitch over the needle so it looks like two loops. Knit both and you've gained one. Keep the yarn hanging down, not over the needle, as you begin.
3. **Knitting into the last stitch twice**, which happens when it's loose and stretched out.

**Habits that catch it early:**
- Count your stitches at the end of every row for the first 10 rows, then every 5 rows. 31 is quick to count in groups of 5.
- Place a stitch marker after the first 5 stitches and before the last 5, so the edges are easier to check.
- With 31 stitches, every row starts and ends with a knit stitch. If a row starts with a purl, something has changed.
- Put in a lifeline every 10–15 cm so a mistake never costs you more than that.

If you do find an extra stitch, knit two together at that spot on the next row to get back to 31. In seed stitch it won't be noticeable."""),
H("""What's a lifeline exactly, and how do I put one in?"""),
G("""A lifeline is a piece of smooth thread run through a whole row of live stitches. If you make a mistake later, you can pull the needle out and rip back; the unravelling stops at the lifeline, and you can slide the stitches back onto the needle safely.

**How to add one:**
1. Cut a piece of smooth, thin, contrasting yarn or cotton thread about twice the width of the scarf, roughly 40 cm. Unflavoured dental floss works in a pinch.
2. Thread it onto a blunt tapestry needle.
3. With all stitches on your knitting needle, pass the tapestry needle through every stitch along the row, in the same direction the knitting needle runs through them. Skip any stitch markers.
4. Leave tails hanging at both ends and keep knitting as normal. Just don't knit the lifeline into your next row.

**If you need to use it:** slide the knitting needle out, gently pull the yarn to unravel down to the lifeline, then pick the stitches off the thread and back onto the needle (a slightly smaller needle makes this easier). Count to 31 and carry on.

Once you're well past that section, you can pull the lifeline out or leave it and add a new one further up. Jot down which row of the pattern you were on, so you know where you are after ripping back."""),
H("""And when I'm done, how do I bind off so the end isn't tighter than the cast-on?"""),
G("""A tight bind-off is really common because people tense up at the end. A few fixes:

- **Bind off in pattern.** Work each stitch as seed stitch (knit the knits, purl the purls) while you pass the previous stitch over. It matches the texture and keeps the edge as elastic as the fabric.
- **Go up a needle size** for the bind-off row only, for example a 6 mm needle in your right hand. This is the simplest way to keep it loose.
- **Don't tug the yarn** after each stitch; let the loops stay the same size as the ones in the fabric.
- If it's still snug, try a **stretchy bind-off**: knit 2, slip them back to the left needle and knit them together through the back loops, knit 1 more, and repeat.

**Finishing:** leave a 15 cm tail, pull it through the last loop, and weave both ends into the edge along the seed-stitch bumps for about 5–7 cm, changing direction once so they don't work loose.

Since it's acrylic, don't wet block it the way you would wool; it won't hold a new shape that way. Instead, pin it flat and hover a steam iron a few centimetres above it, never pressing down. A gentle steam relaxes the stitches and evens out the edges."""),
]))

# ---------------------------------------------------------------- 003
DIALOGUES.append(D(3, "good", "zh",
"Good: Chinese dialogue on Mandarin tones for a French speaker; tone contours, third-tone sandhi, 一/不 sandhi and a 20-minute practice plan, all correct and specific.",
[
H("""我是法语母语者，在学普通话，总是把第二声和第三声搞混，说的时候和听的时候都会混。有什么办法区分吗？"""),
G("""二声和三声混淆几乎是每个学习者都会遇到的问题，法语母语者尤其常见，因为法语里没有区别词义的声调。先把两个声调的"形状"弄清楚：

**用五度标调法来看**
- 第一声：55，高而平
- 第二声：35，从中间往上升
- 第三声：214，先降到最低再升起来
- 第四声：51，从最高降到最低

关键在于：**三声在实际说话中大多数时候只读前半段**，也就是"半三声"（大约21），低而平，甚至带一点压嗓子的感觉。只有单独念或在句末停顿时，才会读出完整的降升调。所以真正要区分的是：二声是"往上走"，三声是"往下压、停在低处"。

**实用技巧**
1. **借用法语语调**：法语疑问句句末上扬（比如"Tu viens ?"），这个上扬就很接近二声。三声则更像你表示不以为然时压低声音说的"Bof..."。
2. **打手势**：说二声时手往上抬，说三声时手往下压。身体动作能帮助大脑建立对应关系。
3. **练最小对立词**：汤 tāng／糖 táng／躺 tǎng／烫 tàng，骑 qí／起 qǐ，油 yóu／有 yǒu。
4. **录音对比**：用手机录下自己的发音，再和母语者的录音对比。很多人说的时候觉得没问题，一听录音就发现三声根本没压下去。

听辨方面，先别管"升不升"，专注听**音高起点**：二声从中间起，三声明显更低。先抓住"低"这个特征，正确率会提高很多。"""),
H("""你说三声在口语里常常只读"半三声"，那什么时候要读全三声？"""),
G("""可以按下面几条规则来记：

**1. 读全三声（214）的情况**
- 单独念一个字，比如老师教发音时念"好"。
- 在句末或语气停顿前，尤其是强调的时候，比如"我觉得挺**好**。"不过在快速口语里，句末也常常只读低降，不一定升得很明显。

**2. 读半三声（21）的情况**
三声后面跟着一声、二声、四声或轻声时，读半三声，只降不升：
- 三声＋一声：老师 lǎoshī、北京 Běijīng
- 三声＋二声：旅行 lǚxíng、很忙 hěn máng
- 三声＋四声：考试 kǎoshì、好看 hǎokàn
- 三声＋轻声：我的 wǒ de、喜欢 xǐhuan

**3. 三声＋三声：前一个变成二声**
- 你好 nǐ hǎo → ní hǎo
- 可以 kěyǐ → kéyǐ
- 水果 shuǐguǒ → shuíguǒ

**三个或更多三声连读**时，要看词语结构怎么分组：
- 展览馆（展览＋馆）→ zhánlánguǎn
- 小老虎（小＋老虎）→ xiǎo láohǔ，"小"读半三声
- 我很好 → 常读 wó hén hǎo，说得慢一点也可以读 wǒ hén hǎo

刚开始不必背所有细节，先把"三声在其他声调前只读低降"这一条练熟，你的发音自然度就会提高一大截。"""),
H("""那"一"和"不"的变调也是这样吗？"""),
G("""不完全一样。"一"和"不"有自己专门的变调规则，和三声变调是两回事，但也不难：

**"不" bù**
- 本调是四声。
- 在**四声前**变成二声：不是 bú shì、不要 bú yào、不对 bú duì、不去 bú qù。
- 其他情况保持四声：不吃 bù chī、不来 bù lái、不好 bù hǎo。
- 夹在词语中间时常读轻声：好不好 hǎo bu hǎo、来不及 lái bu jí。

**"一" yī**
- 单独念、数数、在词尾或表示序数时读一声：一、十一、第一、统一。
- 在**四声前**变二声：一个 yí gè、一样 yíyàng、一定 yídìng。
- 在**一声、二声、三声前**变四声：一天 yì tiān、一年 yì nián、一起 yìqǐ。
- 夹在重叠动词中间读轻声：看一看 kàn yi kàn、试一试 shì yi shì。

一个小提醒：有的教材在拼音里直接标变调后的声调（比如写成 yí gè），有的教材标本调，看的时候要注意区分。练习时可以把"一个、一天、一起、不是、不去、不好"做成卡片，每天快速念几遍，很快就会变成习惯。"""),
H("""好的。我每天只有20分钟，怎么安排练习最有效？"""),
G("""20分钟足够了，关键是每天坚持，并且有反馈。可以这样分配：

1. **热身：单音节四声（3分钟）**
   用 ma、shi、yi 这样的音节把四个声调各念几遍，配合手势，重点感受二声"往上走"、三声"往下压"。

2. **双音节声调组合（6分钟）**
   两个音节的声调组合一共有20种（前字四个声调×后字四个声调加轻声）。每天选4～5种组合，每种找3个常用词。比如二声＋三声：没有 méiyǒu、牛奶 niúnǎi、游泳 yóuyǒng；三声＋二声：检查 jiǎnchá、旅行 lǚxíng、小时 xiǎoshí。这样一周就能把全部组合轮一遍。

3. **跟读（影子练习）（6分钟）**
   选一段1分钟左右、有文本的录音（教材课文或慢速播客都可以）。先听一遍，再落后半拍跟着念，最后录下自己的版本和原音对比，每次只挑一两个最明显的错误去改。

4. **听辨（5分钟）**
   听别人念的词，自己判断声调并写下来，再对答案。把错得最多的组合记下来，下一周重点练。

另外两个建议：每周挑一天专门练二声和三声的最小对立词；每个月把第一天的录音和最新的录音对比一次，你会很清楚地听到自己的进步。"""),
]))

# ---------------------------------------------------------------- 004
DIALOGUES.append(D(4, "contradiction", "en",
"Contradiction (subtle): in the last turn the reply says the transfer quote is guaranteed for six months from 3 March, contradicting the three-month guarantee stated in turn 2.",
[
H("""I'm 52 and have a final salary pension from a company I left in 2015. They've just sent me a transfer value of £186,000 for a pension that would pay £7,400 a year from age 65. That seems like a lot of money. Should I move it into a SIPP?"""),
G("""It's a big number, and it's understandable that it looks tempting, but a defined benefit (final salary) pension is often worth more to you than its transfer value suggests. Here's how to think about it.

**What you'd be giving up**
- £7,400 a year, guaranteed for life from 65, however long you live.
- Revaluation between now and 65, and annual increases once it's in payment (most schemes link these to inflation, often with a cap such as 2.5% or 5%).
- Usually a pension for your spouse or partner if you die first.
- No investment risk: the scheme and the sponsoring employer carry it.

**What you'd gain in a SIPP**
- Flexibility: access from 57 (the normal minimum pension age rises from 55 to 57 in April 2028), and you choose how much to draw and when.
- Potentially more flexible death benefits, for example for children.
- Control over investments, but also all of the risk.

**Is it good value?** That depends on things like your health and life expectancy, interest rates, and how much investment growth you'd need to reliably replace £7,400 a year of inflation-linked income for life. An adviser has to produce a formal comparison, called an appropriate pension transfer analysis (APTA), that puts numbers on exactly this.

**What the rules say:** the FCA's starting assumption is that a transfer out of a DB scheme is *not* suitable for most people. And because your transfer value is above £30,000, you're legally required to take advice from an FCA-authorised adviser with pension transfer permission before the scheme will let you go.

Transfers can make sense for some people, for example those with serious health conditions, substantial other guaranteed income, or no dependants, but for many, staying put is the better deal."""),
H("""How long do I have to decide? The letter is dated 3 March."""),
G("""The key date is the **guarantee date** on the statement, not necessarily the date on the covering letter, although they're often the same. By law, a guaranteed cash equivalent transfer value (CETV) has to be honoured for **three months** from the guarantee date. If that's 3 March, you'd need to have made your formal transfer application to the trustees by around 3 June.

Practical points:
- **Advice takes time.** A proper DB transfer advice process, with fact-finding, the transfer analysis and a written suitability report, commonly takes 6–10 weeks. If you're seriously considering a transfer, contact an adviser now.
- **The trustees need the paperwork in time**, including confirmation that you've taken the required advice. Missing the deadline usually means asking for a new quote.
- **You're entitled to one free guaranteed statement every 12 months.** Extra ones may be charged for, and a new figure could be higher or lower depending on interest rates and the scheme's assumptions.
- **Scam checks** by the sending and receiving schemes can add a couple of weeks, so don't leave it to the last moment.

If you decide not to transfer, you don't need to do anything: the pension simply stays where it is."""),
H("""What does advice cost? Someone online mentioned £3,000 flat."""),
G("""£3,000 is within the normal range, but fees vary a lot. Typical quotes for full DB transfer advice fall somewhere between about £1,500 and £5,000, sometimes more for complex cases, and some firms charge a percentage of the transfer value instead of a flat fee.

Things worth knowing before you pay:
- **Contingent charging is banned** (since October 2020). Advisers can't make their fee depend on you going ahead with the transfer, so you pay the same whether they recommend transferring or staying. There are narrow exceptions for serious ill health or severe financial difficulty.
- **Abridged advice** is a cheaper first step offered by some firms. It can only conclude that you should not transfer, or that it's unclear and full advice is needed, so it's a way to filter out obviously unsuitable transfers before paying for the full process.
- **Check permissions.** The firm must be authorised by the FCA with permission to advise on pension transfers, and the advice must be given or checked by a qualified Pension Transfer Specialist. You can confirm this on the FCA Register.
- **Ask about ongoing charges.** If you do transfer, there may be an annual advice or platform charge of, say, 0.5–1% a year on top of fund costs. Over 30 years of retirement, that adds up considerably.

Some employers or schemes pay for advice for their members, so it's worth asking the scheme administrator."""),
H("""If I do transfer, what protection would I be giving up?"""),
G("""Quite a lot of your safety net changes shape.

**Staying in the DB scheme:**
- Your pension is a promise backed by the sponsoring employer. If the employer becomes insolvent and the scheme can't pay in full, the **Pension Protection Fund (PPF)** steps in. If you're below the scheme's normal pension age at that point, the PPF generally pays 90% of your pension, with its own, less generous rules on increases.
- Longevity risk is pooled: if you live to 100, the scheme keeps paying.

**In a SIPP:**
- **Investment risk is entirely yours.** A market fall of 20–30% just before or early in retirement can permanently reduce what you can sustainably draw.
- **Longevity risk is yours too.** You have to make the pot last, and nobody tops it up if you draw too much.
- **FSCS protection** helps if the SIPP provider or an investment firm fails and money is lost because of that failure, generally up to £85,000 per person per firm. It doesn't protect you against ordinary investment losses.
- **Scam exposure** is higher. Many pension scams target people with DB transfers, using unregulated investments, overseas schemes or promises of early access.

You also lose something less obvious: the ability not to think about it. Many people underestimate how much managing a drawdown pot over 25–30 years takes, especially as they get older."""),
H("""My wife is 49 and doesn't have a pension of her own. Does that change anything?"""),
G("""Yes, it's an important factor, and it often points toward keeping the DB pension, although it depends on your scheme's details.

**In the DB scheme:** most schemes pay a spouse's pension if you die, commonly 50% of your pension (so around £3,700 a year in today's terms on your figures), for the rest of her life. Some pay more, and many also pay a lump sum or a pension if you die before retirement. The exact terms are in the scheme booklet, so ask the administrator.

**In a SIPP:** whatever remains in the pot when you die can go to your wife (or anyone you nominate). If you die before 75, it's generally tax-free to her within the relevant lump sum allowance; after 75, she'd pay income tax at her own rate on withdrawals. But if the pot has been drawn down heavily, there may be little left.

**Two things to weigh up:**
1. She's three years younger and has no pension of her own, so a guaranteed lifelong income for her if you die first is valuable, and replicating a £3,700 inflation-linked survivor income privately isn't cheap.
2. From April 2027 the government plans to bring most unused pension funds into the estate for inheritance tax, which weakens one of the traditional attractions of a SIPP for passing on wealth.

It would also be worth checking her State Pension forecast on GOV.UK, and looking at whether she could start building her own pension, for example through contributions of up to £2,880 a year net into a personal pension in her name (£3,600 gross after basic-rate tax relief), even without earnings."""),
H("""OK. I think I'll get one adviser's opinion before deciding. What should I prepare for the first meeting?"""),
G("""Good plan. Coming well prepared saves time and money, and gives the adviser what they need for a meaningful transfer analysis.

**From the scheme:**
- The CETV statement and its guarantee date.
- Your latest benefit statement showing the £7,400 a year at 65.
- The scheme booklet or rules: spouse's pension percentage, revaluation and pension increases, early retirement reduction factors, tax-free cash options.

**About the rest of your finances:**
- Statements for any other pensions (workplace DC pots, personal pensions).
- Your State Pension forecast from GOV.UK, and your wife's.
- Savings, investments, mortgage and other debts.
- A rough budget: what you spend now and what you expect to need in retirement.

**About you and your wife:**
- Any health information that might affect life expectancy for either of you.
- When you'd ideally like to stop or reduce work.
- What matters most to you: guaranteed income, flexibility, or leaving money to children.
- How you'd honestly feel if your pot fell 25% in a bad year.

**Questions to ask the adviser:**
- What's the total fee, and what ongoing charges apply if I do transfer?
- Who will act as the Pension Transfer Specialist on my case?
- Roughly what proportion of your DB clients do you advise to stay put?

On timing: your quote is guaranteed for six months from 3 March, so there's no need to rush, but try to have that first meeting within the next few weeks so the analysis isn't squeezed at the end."""),
]))

# ---------------------------------------------------------------- 005
DIALOGUES.append(D(5, "placeholder", "en",
"Placeholder: in turn 3 the drafted invoice leaves the IBAN as an unfilled %IBAN_NUMBER% slot although the user supplied the IBAN.",
[
H("""I'm a freelance illustrator in Germany (Kleinunternehmer under §19 UStG) and I just finished my first job for a client in Hamburg. What has to be on the invoice?"""),
G("""Good news: as a Kleinunternehmer your invoices are simpler, because there's no VAT to calculate. Under §14 UStG a proper invoice should contain:

1. **Your full name and address.** A trading name alone isn't enough unless it's a registered company name.
2. **The client's full name and address**, here the Hamburg company's legal name including its legal form (e.g. GmbH).
3. **Your Steuernummer** from the tax office, or your USt-IdNr. if you have one.
4. **The invoice date.**
5. **A unique invoice number** that's part of a consistent sequence.
6. **The date or period of the service**, e.g. the delivery date or 'Leistungszeitraum: April 2025'. It can match the invoice date if you state that explicitly.
7. **A clear description of what you delivered**, with quantity, e.g. '6 cover illustrations for book titles X, Y, Z'.
8. **The amount**, with no VAT shown.
9. **The Kleinunternehmer note**, for example 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.' Without it, the client may think you forgot the VAT; and if you accidentally show VAT on an invoice, you owe that amount to the tax office.

Sensible though not legally required: payment terms with a due date, your bank details, and a line about usage rights if the job includes licensing.

One point for 2025: since 1 January 2025 every business in Germany must be able to *receive* e-invoices, but Kleinunternehmer are exempt from the obligation to *issue* them, so a normal PDF is fine for you."""),
H("""Numbering: can I start with 2025-001 or does it need to start at 1? And can I use one sequence for everything?"""),
G("""You can start wherever you like. The law only requires that each number is unique and that your system is consistent and traceable; nothing says your first invoice must be number 1. Formats like **2025-001**, **RE-2025-001** or **250512-01** are all fine. Many freelancers like a year prefix because it resets cleanly each January and doesn't reveal to a client that they're your first customer.

**One sequence for everything** is perfectly fine and the simplest option. You can also run separate sequences (for example per client or per type of work), as long as every number stays unique, e.g. by using different prefixes.

A few rules of thumb:
- **Never reuse a number**, even for a cancelled invoice.
- **Don't delete invoices.** If you made a mistake, issue a cancellation invoice (Stornorechnung) that references the original number, then a corrected invoice with a new number.
- **Avoid gaps.** They aren't automatically a problem, but you should be able to explain them if the tax office asks.
- **Keep copies** for the statutory retention period, currently eight years for invoices."""),
H("""Great. Can you draft it in English for me? I'm Lena Brandt, Gartenstraße 14, 04107 Leipzig, tax number 231/456/78901. Client is Nordlicht Verlag GmbH, Elbchaussee 220, 22605 Hamburg. Invoice 2025-001, dated 12 May 2025, 6 cover illustrations at €350 each, delivered 2 May, payment within 14 days to IBAN DE44 5001 0517 5407 3249 31."""),
G("""Here's a clean English version you can paste into your template:

---
**INVOICE**

**Lena Brandt** – Illustration
Gartenstraße 14
04107 Leipzig
Tax number: 231/456/78901

**Bill to:**
Nordlicht Verlag GmbH
Elbchaussee 220
22605 Hamburg

**Invoice no.:** 2025-001
**Invoice date:** 12 May 2025
**Date of delivery:** 2 May 2025

| Item | Description | Qty | Unit price | Amount |
|---|---|---|---|---|
| 1 | Cover illustration, digital artwork delivered as print-ready files | 6 | €350.00 | €2,100.00 |

**Total: €2,100.00**

In accordance with § 19 UStG, no VAT is charged (small business exemption).

**Payment terms:** Please transfer the total by 26 May 2025 (14 days from the invoice date), quoting invoice number 2025-001.

**Bank details:**
Account holder: Lena Brandt
IBAN: %IBAN_NUMBER%

Thank you for the pleasant collaboration.
---

Two small tips: I've written the due date as a specific calendar date rather than 'within 14 days', so there's no ambiguity about when payment is expected. And if the job includes usage rights, add a line describing them, for example 'Includes non-exclusive rights for print and e-book editions of the titles listed.'"""),
H("""If they pay late, what can I do?"""),
G("""German law gives you solid options, especially with a business client.

**1. When they're officially late (Verzug)**
- If they haven't paid by 26 May, send a friendly reminder (Mahnung). Once a payment is due and they receive a reminder, they're in default.
- Even without a reminder, a business client is automatically in default 30 days after the payment was due and they received the invoice (§ 286 (3) BGB).

**2. What you can charge once they're in default**
- **Default interest** of 9 percentage points above the base rate (Basiszinssatz) for business-to-business transactions (§ 288 (2) BGB). The Bundesbank publishes the current base rate twice a year.
- **A flat €40 fee** towards collection costs from a business debtor (§ 288 (5) BGB).

**3. Escalation path**
1. A friendly reminder by email a few days after 26 May.
2. A formal reminder with a firm deadline (e.g. 10 days), mentioning that you'll claim interest and the €40 flat fee.
3. If there's still nothing, the court dunning procedure (gerichtliches Mahnverfahren), which you can file online at online-mahnantrag.de without a lawyer. It's inexpensive, and if the client doesn't object you end up with an enforceable title.

In practice, publishers usually pay once the invoice reaches the right person in accounts, so ask your contact who processes invoices before escalating."""),
]))

# ---------------------------------------------------------------- 006
DIALOGUES.append(D(6, "good", "en",
"Good: six-turn senior-cat health thread (weight loss/thirst, urine sample, hyperthyroid treatment options, pilling, side effects, rechecks); accurate and consistent, last reply short by design.",
[
H("""My 13-year-old cat Miso has been drinking way more water lately and seems hungrier than ever, but she's lost weight: 4.6 kg down to 4.1 kg in about three months. Should I be worried?"""),
G("""Yes, this is worth a vet visit soon, ideally within the next week or so. Losing 0.5 kg from 4.6 kg is about 11% of her body weight, which is significant for a cat, and the combination of increased thirst, increased appetite and weight loss in a 13-year-old is a classic pattern.

The three most common causes in senior cats are:
1. **Hyperthyroidism** – an overactive thyroid that speeds up metabolism. Cats typically eat more yet lose weight, may be restless or vocal at night, and sometimes vomit or have an unkempt coat.
2. **Chronic kidney disease (CKD)** – very common in older cats. They drink and urinate more; appetite is more often reduced than increased, though not always.
3. **Diabetes mellitus** – increased thirst, urination and appetite with weight loss. Some cats develop a flat-footed stance in the back legs.

Other causes, such as intestinal disease, are possible too, and older cats can have more than one condition at once, which is why blood and urine tests are the usual first step.

**Before the visit, note down:**
- How much she drinks (if possible, measure the water you put down and what's left after 24 hours).
- Whether litter clumps are bigger or more frequent.
- Any vomiting, diarrhoea, behaviour changes or night-time yowling.
- Her diet and how much she's eating.

**Go the same day if** she stops eating, vomits repeatedly, becomes very lethargic, or strains in the litter tray without producing urine."""),
H("""Vet appointment is on Thursday. Should I bring a urine sample, and how on earth do I collect one from a cat?"""),
G("""It can be very useful, but call the clinic first: some vets prefer to collect urine themselves by cystocentesis (a quick needle sample straight from the bladder), which gives a cleaner sample if they want to culture it. If they're happy for you to bring one, here's how:

**Setting up:**
1. Empty, wash and thoroughly dry a litter tray.
2. Fill it with something non-absorbent: non-absorbent cat litter sold for exactly this purpose, clean aquarium gravel, or shredded clean plastic bags. Some cats will use an empty tray.
3. Put away or cover the other litter trays for a few hours so she uses this one.

**Collecting:**
- As soon as she's urinated, draw the urine up with a clean syringe or pipette (the clinic can often give you one) and put it in a sterile sample pot.
- Even 2–5 ml is usually enough.
- Label it with her name and the time of collection.

**Storage:**
- Ideally get it to the clinic within 1–2 hours.
- If that's not possible, keep it sealed in the fridge and bring it within about 12 hours, and tell the vet how long it was stored, since crystals and bacteria can change over time.

Because she's drinking more, a urine sample showing how concentrated her urine is (the urine specific gravity) will help the vet tell the possible causes apart."""),
H("""Results are in: T4 is 98 nmol/L (range 10–55), kidneys 'fine for now', glucose normal. The vet says hyperthyroidism. What are the treatment options?"""),
G("""A T4 of 98 nmol/L is well above the range, so the diagnosis is clear. The good news is that hyperthyroidism is very treatable. There are four main options:

**1. Medication (methimazole or carbimazole)**
- Tablets usually given once or twice daily, or a transdermal gel rubbed on the inside of the ear flap for cats that refuse pills.
- Controls the condition but doesn't cure it, so it's lifelong, with regular blood tests.
- The most common starting point, partly because it shows how the kidneys cope once the thyroid is under control.

**2. Radioactive iodine (I-131)**
- A single injection that destroys the abnormal thyroid tissue; curative in around 95% of cats.
- Requires a stay at a specialist facility, usually from a few days to a couple of weeks depending on local radiation rules. Expensive up front, though often cheaper over time than years of tablets and blood tests.

**3. Iodine-restricted diet (e.g. Hill's y/d)**
- Only works if she eats *nothing else at all*: no treats, no hunting, no sharing another cat's bowl.
- Suits some indoor, single-cat households.

**4. Surgery (thyroidectomy)**
- Less common now; risks include damage to the parathyroid glands, which control calcium levels.

**A note on the kidneys:** hyperthyroidism increases blood flow to the kidneys, which can make kidney values look better than they really are. That's probably why your vet said 'fine for now'. Once her T4 comes down, the kidney values need rechecking, because hidden kidney disease sometimes shows up at that point. That's one reason many vets start with medication before committing to a permanent treatment like I-131."""),
H("""We're starting methimazole, 2.5 mg twice a day. She is terrible with pills. Any tricks?"""),
G("""Lots of cats are pill-haters, so you're in good company. Things that often work:

- **Pill treats:** commercial pill pockets, a tiny ball of cream cheese, or a bit of paté. Give one empty treat first, then the one with the pill, then another empty one, so she doesn't get suspicious.
- **The direct method:** hold her head from above with your fingers at the corners of her jaw, tilt her nose up so the mouth opens slightly, and drop the pill as far back on the tongue as you can with the other hand. Close her mouth gently and stroke her throat.
- **A pill popper (pill gun):** a plastic plunger that places the pill at the back of the tongue without your fingers in her mouth.
- **Follow with water or food:** give 3–5 ml of water by syringe or a tasty treat straight afterwards, so the tablet doesn't linger in the oesophagus.
- **Wrap her in a towel** (the 'purrito') if she fights.

If all else fails, ask your vet about **transdermal methimazole gel** applied to the inner ear flap, or a **flavoured liquid or chewable** version from a compounding pharmacy.

One safety note: wear gloves or wash your hands after handling methimazole, especially the gel, and don't split or crush tablets unless your vet says so, as some are coated. Anyone in the household who is pregnant should avoid handling it."""),
H("""What side effects should I watch out for?"""),
G("""Most cats tolerate methimazole well, but side effects tend to appear in the first three months, which is why the early rechecks matter.

**More common, usually mild:**
- Reduced appetite, vomiting or lethargy, often in the first few weeks.

**Less common but important, call your vet promptly if you see:**
- **Intense itching or scratching around the face and neck**, sometimes causing wounds.
- **Yellowing** of the gums, the whites of the eyes or the inner ear (possible liver problems).
- **Bruising, bleeding or nosebleeds** (low platelets).
- **Fever, marked lethargy or repeated infections** (low white blood cell count).

Keep a simple diary for the first month (appetite, vomiting, energy, and weight if you have kitchen or baby scales) and bring it to the recheck."""),
H("""And when will we know if the dose is right?"""),
G("""Usually the vet rechecks T4 about **2–3 weeks** after starting, along with kidney values and a blood count. If T4 is still high, the dose goes up; if it's low or the kidney values rise, it comes down. The aim is a T4 in the lower half of the normal range. Once she's stable, rechecks typically drop to every 3–6 months."""),
]))
