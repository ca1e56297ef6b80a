# Part C, dialogues m13c-001 .. m13c-004 (hand-written)


def H(s):
    return {"from": "human", "value": s.strip()}


def G(s):
    return {"from": "gpt", "value": s.strip()}


DIALOGUES = []

# ---------------------------------------------------------------- 001
DIALOGUES.append({
    "id": "m13c-001",
    "label": "good",
    "language": "en",
    "note": "Good: four-turn breakup support; each reply is warm, specific and builds on the previous turn (urge control, weekend anchors, ex's mother, one-month plan).",
    "conversations": [
        H("""My girlfriend and I broke up three weeks ago after four years together. It was mutual-ish, she said she'd "outgrown" us. I keep checking her Instagram at 2am and I hate myself for it. How do I stop?"""),
        G("""Three weeks out from a four-year relationship is very early, so first: the 2am checking isn't a character flaw. Your brain spent four years treating her as a main source of news, comfort and safety, and it's still reaching for her out of habit, especially at night when you're tired and your guard is down. Hating yourself for it just adds a second layer of pain on top of the first.

That said, it does keep the wound open, so here's what tends to work:

1. **Add friction.** Mute or archive her rather than block if blocking feels too dramatic, and log out of Instagram on your phone so checking takes a password. Most 2am checks are impulses that last a few minutes; a small obstacle is often enough.
2. **Phone out of the bedroom.** A $10 alarm clock is one of the best breakup investments there is.
3. **Name what you're looking for.** Before you check, ask yourself: am I hoping she's sad? Afraid she's happy? Looking for a sign? Usually there's nothing on her feed that would actually make you feel better.
4. **Ride the urge.** When it hits, set a 10-minute timer and do something with your hands: shower, stretch, write down what you're feeling. Urges peak and fade like waves.
5. **Go easy on slips.** If you check, note it and move on. Three nights without checking out of seven is progress, not failure.

How are you sleeping and eating otherwise?"""),
        H("""I muted her. Sleep's okay-ish. But the weekends are the worst. We had this whole routine, farmers market on Saturday, dinner at her parents' on Sunday. Now I just lie on the couch all weekend."""),
        G("""That makes complete sense. Weekends were where the relationship *lived*, so that's where her absence is loudest. Lying on the couch is a normal first response, but the longer weekends stay empty, the more they turn into a weekly reminder of what's missing. The goal isn't to fill every hour; it's to give each day one or two anchors so it has a shape.

A few ideas:

- **Saturday morning anchor:** Pick something at the time the farmers market used to be, but not the market itself for now. A run, a class, a long breakfast with a friend, or a different market across town. Same rhythm, new content.
- **Sunday evening anchor:** Sunday dinner is a ritual you're grieving, so replace the ritual, not just the food. Cook one proper meal, invite a friend or a sibling, or set up a standing video call with someone you like.
- **One solo project:** Something with visible progress over several weekends, like refinishing a chair, learning a song, or working through a set of hikes. Breakups shrink your sense of who you are; a project that's yours helps rebuild it.
- **Tell two friends directly:** "Weekends are rough right now, can you drag me out on Saturday?" People often want to help but wait to be asked.

And allow yourself one couch block, say Sunday 2 to 5pm, guilt-free. Rest you've scheduled feels very different from rest you've collapsed into."""),
        H("""Okay, that helps. Curveball though: her mom texted me yesterday saying she misses me and that I'm still welcome for Sunday dinner any time. Should I go? I really loved her family."""),
        G("""That's a tender one, and it shows you lost more than a partner: you lost a family you loved. That deserves to be grieved too.

My honest suggestion is not to go, at least not now. Three weeks in, a dinner at her parents' house would put you back in the exact setting of the relationship, with reminders everywhere and probably questions you're not ready to answer. It can also put your ex in an awkward spot, feeling that her family is taking sides or that the door is still open. And it may quietly keep *you* hoping, which makes healing slower.

You can still honour what her mom offered. Something like:

> "Thank you so much for this, it really means a lot. I miss you all too. I think I need some time and space right now, but I'm so grateful for how welcome you always made me feel."

That's warm and honest, and it doesn't slam any doors. If, months from now, you and your ex are on friendly terms and you'd both like you to keep some connection with her family, that can be revisited, ideally after checking with her first.

How does that sit with you? If going would genuinely feel good rather than painful, we can talk it through."""),
        H("""I sent something really close to your version. Honestly I feel a bit lighter. Any advice for the next month so I don't backslide?"""),
        G("""I'm glad, that took some steadiness. Here's a rough plan for the next month so that a bad night doesn't turn into a backslide:

**Expect waves, not a straight line.** Week five can feel worse than week three. That's normal and doesn't mean you're going backwards.

**Know your trigger dates.** Her birthday, your anniversary, a wedding you were both invited to. Put them in your calendar with a plan attached: a friend, an activity, something to look forward to that evening.

**Decide your contact rule in advance.** If the urge to text her hits, your rule might be: write the message in your notes app, wait 24 hours, then reread it. Most of those messages don't survive the 24 hours.

**Protect the basics.** Sleep, some movement most days, meals that aren't just snacks. They sound boring, but they're what your mood stands on.

**Keep the weekend anchors going,** even when you don't feel like it. Especially then.

**Check in with yourself at the end of the month.** If you're still struggling to sleep, work or enjoy anything around the two-month mark, or if you ever feel hopeless, talking to a therapist is a strong move, not a dramatic one.

You're handling this better than you think. Come back and vent whenever you need to."""),
    ],
})

# ---------------------------------------------------------------- 002
DIALOGUES.append({
    "id": "m13c-002",
    "label": "contradiction",
    "language": "en",
    "note": "Turn 5: the GM says the mayor hands over 'the 80 gold pieces she promised', but in turn 1 the promised reward was 50 gold pieces; the rest of the session is consistent.",
    "conversations": [
        H("""Let's play a quick fantasy adventure. You're the GM, I'm Kael, a level 3 half-elf ranger with a longbow, a shortsword and a hawk companion named Tess. Start me off in a village with a problem."""),
        G("""**The village of Millbrook, late autumn.**

Cold drizzle hangs over the thatched roofs as you lead your horse past the well and into the village square. Tess shifts on your shoulder, feathers puffed against the damp. The place is too quiet for market day: shutters half-closed, a single cart abandoned outside the bakery.

A stout woman in a mud-spattered cloak spots your bow and strides over. "You're a hunter? Gods be thanked. I'm Orsolya Venn, mayor of this sorry place." She lowers her voice. "Three nights now our animals have been vanishing. Goats, mostly, and the Hallorans' prize ram. No blood, no carcasses, just broken fences and tracks leading east toward the old mill on the Greywater River. That mill's been shut for twenty years."

She glances at the villagers watching from their doorways. "People are saying it's a curse. I say it's someone's doing. Find out who, put a stop to it, and the village will pay you **50 gold pieces**. It's most of what we have."

Behind her, a freckled boy of about ten tugs at her sleeve, clearly bursting to say something, but she waves him off.

**What do you do?**"""),
        H("""I accept, but first I ask the mayor exactly which nights the animals went missing, and I ask the boy what he wanted to say. Then I send Tess to fly over the mill and scout."""),
        G("""Orsolya counts on her fingers. "Tuesday, Wednesday and last night. Always after midnight. The dogs start barking around then and stop all at once."

The boy, Pim, can't hold it in any longer. "I saw lights at the mill! Green ones, like candles but wrong. From the hayloft, on the first night. Ma said I was dreaming." The mayor sighs but doesn't contradict him.

You release Tess. She climbs into the drizzle, circles twice and banks east. A few minutes later she returns fast and low, landing hard on your glove. Her feathers are flattened and she keeps turning her head back toward the river, clicking her beak, the sound she makes when she's spotted something she doesn't like. Through your bond you catch a flash of an image: the mill's waterwheel *turning*, even though the sluice gate upstream is clearly closed.

The tracks Pim's father points out begin at the broken fence behind the Halloran farm and head east along a muddy cart track.

**Make a Wisdom (Survival) check** to read the tracks: roll a d20 and add your Survival bonus."""),
        H("""Rolled a 14, plus my +5, so 19."""),
        G("""A 19: you read the ground like a page.

Kneeling in the mud, you sort the mess of prints into three stories. First, the goats: hoof marks dragged and skidding, as if they were pulled on ropes rather than driven. Second, small clawed feet, three toes with a spur at the heel, lots of them, maybe four or five creatures no taller than a child. **Kobolds**, almost certainly. Third, and more interesting: one set of human boot prints, heavy at the heel, with a slight drag on the left foot. Whoever wore them walked behind the group, not with it. Supervising.

Snagged on a bramble beside the track you find a strip of coarse grey wool, the hem of a robe, stitched with a faint pattern of tiny green eyes.

The track ends at the river path. From a thicket about 100 feet away you have a clear view of the mill: two storeys of blackened timber, the waterwheel creaking round against the current, and a thin green glow leaking from the shutters. There's a main door facing the path, a loading hatch on the upper floor on the river side, and a back window half-hidden by nettles.

It's nearly dusk. **What's your approach?**"""),
        H("""Sneaky. I circle around to the back window, nock an arrow and peek inside."""),
        G("""You move through the nettles with a ranger's patience, and the rush of the waterwheel covers the small sounds you make. (No roll needed: with that approach and the noise of the wheel, I'll give it to you.)

Through a crack in the shutter you see the ground floor lit by a dozen green candles arranged in a chalk circle. Four kobolds in patched leather squabble over a sack of grain while, penned in a corner, eight goats and one very annoyed ram press against the rails.

In the centre of the circle kneels a tall human in a grey robe, hood back, head shaved. He's chanting in a language that makes your teeth itch, and the candle flames lean toward him as he speaks. In front of him, on a flat millstone, a goat lies tied and still, alive, its flank rising and falling. A curved bronze knife rests beside it.

The chant is building. One of the kobolds glances nervously at the ceiling, where something heavy shifts above the floorboards.

You have a clear line of sight to the cultist. The kobolds haven't noticed you.

**Roll initiative.**"""),
        H("""Initiative 17! I shoot the cultist: attack roll 18, damage 9. Then I shout "Run or you're next!" at the kobolds."""),
        G("""Your arrow punches through the shutter and takes the cultist high in the shoulder. He spins, the chant breaking into a scream, and as the sound cuts off every green candle gutters out at once. In the sudden dark, the thing above the floorboards goes still. Whatever he was calling, it didn't arrive.

Your shout does the rest. The kobolds squeal, drop the grain sack and bolt out of the front door toward the river, one of them tripping over the threshold. The cultist staggers up, clutching the arrow shaft, hisses a word you don't catch and collapses unconscious against the millstone. Nine damage was just enough.

You climb in. The tied goat bleats indignantly but is unharmed. Upstairs you find the source of the weight: a crude altar stacked with stolen feed, and a journal in the cultist's hand that refers to "the Watcher beneath the Greywater" and a "brother house in Dunmere".

By full dark you're back in Millbrook, herding eight goats and a ram up the muddy lane with the cultist trussed over your horse. Pim runs ahead shouting. Orsolya Venn meets you at the well, looks at the animals, the prisoner and you, and without a word presses a heavy pouch into your hands: the **80 gold pieces** she promised, counted out in worn coins.

"The Watcher beneath the Greywater," she says quietly when you show her the journal. "My grandmother used to say that to scare us."

You've earned enough experience to reach **level 4**. **Do you rest in Millbrook, question the cultist, or set out for Dunmere?**"""),
    ],
})

# ---------------------------------------------------------------- 003
DIALOGUES.append({
    "id": "m13c-003",
    "label": "placeholder",
    "language": "en",
    "note": "Turn 3: the agent says the return label was sent to '{customer_email}', an unfilled template slot, although the customer gave his email in turn 2; everything else is a strong in-character role-play.",
    "conversations": [
        H("""Can you role-play a customer service agent for an online home appliance store called BrightHome? I'm practising a refund call because I get flustered on the phone. I'll be the customer. Here goes: "Hi, I'm calling because I ordered an air fryer from you, order number 55821, and it arrived with the basket cracked.\""""),
        G(""""Thank you for calling BrightHome, this is Dana. I'm really sorry to hear your air fryer arrived damaged, that's definitely not the experience we want you to have. Let's get it sorted out.

I've pulled up order 55821: one AeroCrisp 5.5-quart air fryer, delivered last Thursday. Before I go any further, could you confirm the name on the account and the email address you used for the order? And just so I know how best to help: is the cracked basket the only problem, or is there any other damage to the unit or the box? If you happen to have photos, those make the process faster, but don't worry if you don't.\""""),
        H(""""It's Marcus Lee, and the email is marcus.lee84@mailbox.org. The box was dented on one corner and the basket has a crack right across the bottom. I took photos. Honestly, I'd rather just have a refund than a replacement.\""""),
        G(""""Thanks, Marcus, that matches what I have on the account. And no problem at all, a refund is completely fine.

Here's how it will work. I'm opening a damaged-item return on this order and sending you a link where you can upload your photos. That's mainly so we can file a claim with the carrier; it won't hold up your refund. Once the photos are in, we'll email you a prepaid return shipping label, so you won't pay anything to send it back.

The refund of $129.99 goes back to the card you paid with, a Visa ending in 4417. It's issued as soon as the carrier scans the package, not when it reaches our warehouse, so you're not waiting on us to unpack it. After that it usually shows on your statement within 5 to 7 business days, depending on your bank.

I've just sent the upload link to your email. Could you let me know once the photos are uploaded?\""""),
        H(""""Okay, the photos are uploaded. Do I need the original box? I already threw it out because it was damaged.\""""),
        G(""""Got them, thank you. They're very clear and the crack is obvious, so the claim is approved on our side.

You absolutely don't need the original box. Any sturdy cardboard box the air fryer fits in is fine. Just wrap the unit and the basket in towels, newspaper or bubble wrap so nothing rattles around, and tape the box securely. Please include the basket even though it's broken, because the carrier will want the whole item for their claim.

Your prepaid UPS label has been sent to {customer_email}, together with your return authorization number, RA-55821-D. Print the label and stick it on the box, covering any old labels. You can drop it off at any UPS Store or UPS Access Point, and a lot of pharmacies and convenience stores count as Access Points, and you'll get a drop-off receipt with a tracking number. Hang on to that receipt until your refund shows up, just in case.

You have 30 days to send it back, but the sooner you drop it off, the sooner the refund goes through. Is there anything else I can help you with today?\""""),
        H(""""Yes, one more thing. I paid $15 for expedited shipping. Does that get refunded too?\""""),
        G(""""Good question, and yes, it does. Because the item arrived damaged, this isn't a change-of-mind return, so you get the full amount back, shipping included. I've added the $15.00 expedited shipping charge to the refund, so your total refund will be **$144.99**, back to your Visa ending in 4417.

So, to recap:
- Return authorization: RA-55821-D
- Prepaid UPS label: in your inbox now
- Refund: $144.99, triggered when UPS scans the package, then 5 to 7 business days to appear on your statement
- No original packaging required

If anything looks off, just reply to the email from our returns team or call back and mention that authorization number. Thanks for your patience, Marcus, and again, I'm sorry about the broken basket. Have a great rest of your day."

*(Out of character: you did really well. You gave the order number up front, said clearly what you wanted, and remembered to ask about the shipping charge. That's exactly how to keep these calls short.)*"""),
    ],
})

# ---------------------------------------------------------------- 004
DIALOGUES.append({
    "id": "m13c-004",
    "label": "good",
    "language": "zh",
    "note": "Good: family hotel booking for Qingdao in four turns; concrete area comparison, occupancy and child policies, serviced-apartment checklist and practical sand/elderly tips, all consistent.",
    "conversations": [
        H("""我们一家五口七月中旬要去青岛玩5晚：我和老公、我妈（68岁，膝盖不太好，爬坡和上下楼梯都比较吃力）、儿子8岁、女儿3岁。想先把酒店定下来，住哪个区域比较方便？"""),
        G("""带老人和小朋友去青岛，选区域时最重要的其实是两点：**离海滩近**、**路要平**。青岛老城区很多地方是坡路，比如大学路、信号山一带，拍照很好看，但对膝盖不好的老人来说走起来挺累。下面几个区域可以对比一下：

**1. 市南区·第一海水浴场 / 八大关附近（首选）**
- 优点：步行就能到第一海水浴场，沙滩平缓、浪小，很适合3岁的孩子玩沙；八大关的散步路线基本是平路，树多，夏天也比较凉快。
- 去栈桥、小鱼山、海底世界都不远，打车10到15分钟。
- 缺点：旺季房价偏高，好一点的酒店不多，要尽早订。

**2. 市南区·五四广场 / 香港中路一带**
- 优点：地势平，商场、餐厅、超市多，买东西方便；地铁2号线和3号线在五四广场换乘，出行方便。
- 缺点：这边海岸以栈道和广场为主，真正能玩沙的海滩要打车去第一或第二海水浴场。

**3. 崂山区·石老人海水浴场附近**
- 优点：沙滩很大，酒店比较新，家庭房选择多。
- 缺点：离老城区景点远，去栈桥要四十分钟以上车程；不过如果打算去崂山景区倒是顺路。

**我的建议：**如果以玩海为主、想少折腾，就住第一海水浴场附近；如果想兼顾逛街吃饭，就住香港中路一带。订之前可以在地图上看一下酒店到海滩的步行路线，有没有台阶或者陡坡。

你们这5天大概想怎么安排？是以海边为主，还是也想去崂山这些地方？"""),
        H("""主要还是海边，中间可能去一天崂山。预算一晚800元左右。五个人订一间够吗？还是得订两间？"""),
        G("""五个人住一间有可能，但要看酒店的具体政策，很多酒店会卡在下面几点：

**1. 入住人数限制**
普通标准间和大床房一般最多登记2位成人；家庭房通常是"2大1小"或"2大2小"。你们是3位成人加2个孩子，很多家庭房严格来说是超员的，到了前台可能不让入住或者要求加床。订之前一定要**直接打电话问清楚**："3位成人，8岁和3岁的孩子各一个，可以入住吗？需要加床吗？"

**2. 儿童政策**
- 3岁的女儿：大多数酒店规定6岁以下不占床免费。
- 8岁的儿子：有的酒店按身高算，比如1.2米或1.4米以上要收早餐费或加床费，加床一般每晚100到200元。

**3. 价格情况**
七月中旬是青岛最旺的时候，第一海水浴场附近大概是：
- 一间家庭房：每晚700到1100元，800元左右能订到，但要提前至少一个月。
- 两间房（比如一间大床房加一间双床房）：合计通常每晚1200到1600元，会超出预算。

**更适合你们的选择：公寓式酒店**
香港中路、第一海水浴场附近有不少两室一厅的公寓式酒店，旺季大概每晚700到1000元。好处是：
- 两个卧室，老人可以单独住一间，休息得好；
- 有厨房和洗衣机，孩子玩完沙子可以随时洗衣服；
- 有客厅，晚上孩子睡了大人还能坐一坐。

综合来看，按你们的人数和800元的预算，**两室的公寓式酒店**性价比最高。"""),
        H("""公寓式酒店听起来不错。订的时候要注意什么？我怕到了以后跟图片不一样。"""),
        G("""这个担心很有必要，公寓类住宿确实比传统酒店更容易"图文不符"。订之前可以按这个清单逐项确认：

**1. 看评价，重点看带图的差评**
好评可以少看，专门翻最近三个月的中差评，看大家抱怨的是什么：隔音差、有霉味、空调不制冷、和图片不符……如果同一个问题被好几个人提到，基本就是真的。

**2. 确认是正规经营、能正常登记入住**
尽量选平台上标明"公寓式酒店"的，而不是个人房源，确保五个人都能正常登记身份证。3岁的孩子也要带上户口本或身份证。

**3. 在平台上私信问清楚这几件事，保留聊天记录**
- 是不是**每个卧室都有空调**（七月很重要）；
- 床的尺寸，能不能加一张儿童床；
- 在几楼、**有没有电梯**，从大门到电梯有没有台阶；
- 洗衣机、厨房用品是否齐全；
- 所谓"海景"是正面海景还是侧面海景。
用平台私信比打电话好，万一有纠纷，有记录可查。

**4. 看清取消政策**
旺季很多公寓是"不可取消"或者"入住前7天内不可取消"，能选"限时免费取消"的尽量选。

**5. 到店先拍照**
进门先别急着放行李，用手机把房间、卫生间、床单、家电拍一遍。有问题当场联系前台或平台客服，后面处理会顺利很多。"""),
        H("""最后一个问题：小朋友去海边回来全是沙子，老人上下楼也不方便，住的时候有什么小技巧吗？"""),
        G("""有几个很实用的小办法：

**对付沙子**
- **带一小瓶爽身粉**：沙子粘在湿皮肤上很难冲掉，撒一点爽身粉，沙子轻轻一拍就掉了。
- 海水浴场出口一般有冲脚的水龙头，回酒店前先把脚和小腿冲干净。
- 准备一个大号收纳袋，把沾沙的衣服、泳衣和玩具直接装进去，进门后放在阳台或卫生间，别带进卧室。
- 可以向前台多要两条旧浴巾，铺在门口当地垫。

**照顾老人**
- 入住时主动要求**低楼层、靠近电梯的房间**，大多数酒店都会尽量安排。
- 浴室地面湿滑，问问前台有没有**防滑垫**，没有的话自己带一张折叠的，也不占地方。
- 出门尽量打车，避开坡路；五个人分摊下来并不贵。
- 在海边租一把遮阳伞和两把椅子，让老人坐着看孩子玩，不用一直站着。

**天气提醒**
七月中旬青岛气温一般在23到29℃之间，比较舒服，但海边紫外线很强，孩子要勤补防晒；早晚有时会起海雾，带件薄外套。

祝你们一家玩得开心！"""),
    ],
})
