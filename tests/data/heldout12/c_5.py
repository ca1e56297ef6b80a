from c_common import dlg, raw

DIALOGUES = []

# ---------------------------------------------------------------- 021
DIALOGUES.append(dlg(
    "m12c-021", "contradiction", "zh",
    "Contradiction (subtle): user set the party for 3月22日（周六）, but the timeline in assistant turn 4 gives the party day as 3月29日（周六） and counts back from it.",
    [
        ("""我想给最好的朋友小林办一个30岁生日惊喜派对，时间定在3月22日周六晚上，大概15个人，预算3000元左右。你觉得是在家办好，还是去餐厅订包间好？""",
         """两种方式都可以，15个人、3000元的预算，我们来对比一下：

**在家办**
- 优点：成本低，时间不受限制，可以按照小林的喜好布置，比较有私密感。
- 缺点：要找一个15个人坐得下的地方；要准备食物、饮料、餐具；派对结束后要收拾；如果是在小林家或你们常去的地方，惊喜比较容易被发现。
- 费用参考：点外卖或请私厨，人均100–120元，约1500–1800元；饮料、蛋糕、装饰大约700–900元，总体能控制在3000元以内，还有余钱买礼物。

**餐厅包间**
- 优点：不用做饭也不用收拾，你自己也能好好参加派对；“约他吃个饭”是最自然的借口，惊喜更容易保密。
- 缺点：一般有最低消费和用餐时长限制（通常2.5–3小时）；装饰是否允许要提前问清楚。
- 费用参考：15个人，人均150元左右的餐厅，餐费约2250元，再加蛋糕和装饰，差不多正好3000元。

**我的建议：** 如果你没有足够大的场地，或者不想当天忙得团团转，选餐厅包间更省心。人均预算大约200元，完全可以订到一家不错的餐厅。

你们平时喜欢吃什么？我可以再帮你想想餐厅类型。"""),
        ("""决定了，订一家日料店的包间，晚上6点半。问题是怎么把小林骗过去又不让他起疑？""",
         """关键是找一个“合理但普通”的借口，让他觉得那天晚上只是一顿平常的饭。几个常见又好用的方法：

**1. 小范围吃饭的借口**
你（或者另一个和他很熟的朋友）约他：“周六晚上一起吃个日料吧，我发现一家店不错。”两个人吃饭最不容易引起怀疑。记得提前一周左右约，太临时反而奇怪。

**2. 提前给他过个“假生日”**
如果他的生日在那之前，可以在当天简单发个祝福，甚至送一个小礼物，让他以为“生日已经过完了”，降低他对周六的期待。

**3. 请一个“内应”**
让他身边最亲近的人（比如室友或女朋友）负责当天的行程，确保他6点半准时到，并且穿得体面一点。

**4. 到达时间的安排**
- 让所有客人6点前到包间。
- 请餐厅服务员配合：小林到了以后，由服务员带他进包间。
- 内应在路上随时在群里报告位置，比如“还有5分钟”。

**5. 保密小细节**
- 建一个不含小林的微信群，群名起得无聊一点。
- 提醒大家：派对前不要发朋友圈，也不要在他的动态下留言暗示。"""),
        ("""装饰和蛋糕怎么安排？日料店包间可以简单布置。""",
         """包间可以布置的话，建议走“简单但有心意”的路线：

**装饰（预算约200元）**
- 一组“30”数字气球加几个同色系气球，放在主座后面，拍照很出片。
- 一条写着“小林 30岁生日快乐”的横幅或字母拉旗。
- **照片墙：** 找大家收集小林从小到大的照片，打印20–30张，用麻绳和小夹子挂起来。成本很低，但最能打动人，也会成为当晚的话题。
- 注意别用彩色纸屑（亮片）之类难清理的东西，餐厅一般不喜欢。

**蛋糕（预算约300–350元）**
- 15个人，建议选10寸到12寸的蛋糕，或者双层（8寸加6寸）。
- 口味选小林自己最喜欢的，而不是“大家都能接受”的。
- 提前3–5天预订，请蛋糕店在当天下午5点半左右直接送到餐厅，交给服务员冷藏。
- 提前问清楚餐厅是否允许自带蛋糕，有没有切蛋糕服务费。

**预算大致分配**
- 餐费：15人 × 150元 = 2250元
- 蛋糕：约350元
- 装饰：约200元
- 剩下约200元，可以作为大家一起凑份子买礼物的补充，或者留作备用。"""),
        ("""太好了。能帮我列一个从现在到派对当天的时间表吗？今天是3月1日。""",
         """没问题！下面是一个从今天开始的倒计时安排，你可以直接复制到备忘录里：

**3月1日–3月3日：确定基本信息**
- 打电话给日料店，确认包间、人数（15人）、最低消费、是否允许布置和自带蛋糕，并支付定金。
- 建一个不含小林的微信群，把客人拉进来，说明时间地点和保密要求。

**3月4日–3月9日：收集和确认**
- 在群里收集大家的照片（截止3月9日）。
- 确认每位客人能否出席，以及有没有忌口或过敏。
- 和“内应”商量好当天的借口和路线。

**3月10日–3月16日：采购和预订**
- 网购气球、横幅、麻绳和小夹子，留出快递时间。
- 冲印照片。
- 决定礼物，如果是大家一起凑钱买，这周内下单。

**3月17日–3月23日：蛋糕和最后确认**
- 至少提前3–5天预订蛋糕，确认送达时间是派对当天下午5点半，送到餐厅。
- 派对前两天再给餐厅打电话确认包间和菜单。
- 你自己正式“约”小林：“周六晚上一起吃日料吧。”

**派对当天（3月29日，周六）**
- 下午4点半：你和一两位朋友到餐厅布置。
- 下午5点半：蛋糕送到，交给服务员冷藏。
- 下午6点：客人全部到达。
- 下午6点15分起：内应在群里实时报告位置。
- 晚上6点半：小林进门，大家一起喊“生日快乐！”

提醒一下：每个阶段结束时在群里同步一下进度，这样大家心里有数，也不容易出错。"""),
        ("""最后一个问题：我作为组织者，要不要说几句祝酒词？说什么好？""",
         """要说，但短一点，一两分钟就好。可以这样说：

“首先谢谢大家能来，还帮忙保守了这么久的秘密！小林，认识你这么多年，你一直是那个在朋友需要的时候第一个出现的人。今天轮到我们为你出现一次。三十岁，是新的开始。祝你健康、顺利，永远像现在这样真诚、好玩。来，大家举杯：祝小林三十岁生日快乐！”

把其中的细节换成你们之间真实的小故事，效果会更好。"""),
    ]))

# ---------------------------------------------------------------- 022
DIALOGUES.append(dlg(
    "m12c-022", "good", "en",
    "Good: six-turn flight-attendant role-play with short in-character replies that fit, plus one detailed accurate out-of-character answer on international connections; consistent details (flight to Chicago, 70-min connection, 40-min delay).",
    [
        ("""Role-play time. You're Tom, a flight attendant on a long-haul flight from Frankfurt to Chicago. I'm the passenger in 34D. Keep your replies short and natural, like a real flight attendant would.""",
         """*Tom pauses at row 34 with a friendly nod.*

Hi there, welcome aboard! I'll be looking after this section today. We'll start the drinks service shortly after take-off, then lunch. If you need anything, just press the call button. Enjoy the flight!"""),
        ("""*A bit later.* Excuse me, I pre-ordered a vegetarian meal, but the tray I got says chicken.""",
         """*Tom checks his special-meal list.*

Oh, I'm sorry about that. 34D, yes, you're down for a vegetarian meal. Let me take this one back. It's in the galley, I'll bring it right over. Two minutes."""),
        ("""Thanks. Also, the captain said we're about 40 minutes late. I only had 70 minutes to connect to Denver. Am I going to make it?""",
         """*Tom winces sympathetically.*

That's going to be tight, I won't lie. You'll have to clear immigration and customs in Chicago and recheck any bag before your Denver flight. Was it all booked on one ticket? If so, the airline will rebook you automatically if you miss it. I'll ask the purser to check the connection for you."""),
        ("""It's one ticket, yes. Is there any way I could move closer to the front before landing?""",
         """*He glances up the aisle.*

I've got an aisle seat free in row 18. Once the meal service is done, grab your things and I'll move you. You'll be off a good few minutes earlier. Fingers crossed for you!"""),
        ("""Pause the role-play. In real life, what actually happens with a connection like that in Chicago, and what can I do to make it faster?""",
         """Out of character, here's how it works in reality.

**Why international-to-domestic connections take time.** When you fly into the US, you go through immigration at your first US airport, not your final destination. At O'Hare that means: walk to passport control, clear Customs and Border Protection, collect any checked bag from the carousel, go through customs, drop the bag at the connection (recheck) belt, and then clear TSA security again before walking to your domestic gate. O'Hare's international arrivals are mostly at Terminal 5, and many domestic flights leave from Terminals 1–3, so you may also need the airport train.

**Minimum connection times.** Airlines set a minimum connection time for each airport, and for international-to-domestic at big US hubs it's often somewhere between about 75 and 120 minutes. With a 40-minute delay, your 70 minutes become roughly 30, which in practice is rarely enough.

**What helps**
- **Sit near the front** (as Tom offered) and have your passport ready.
- **Global Entry** or the **Mobile Passport Control** app can make passport control much faster, if you're eligible.
- **Carry-on only** saves the baggage claim step.
- **Check the airline app during the flight** (if there's Wi-Fi): you'll often see the rebooking before you land.

**If you miss it:** on a single ticket, the airline is responsible for getting you to Denver, usually on the next available flight, at no cost. If the delay means an overnight stay, ask about hotel and meal vouchers, especially if the cause was within the airline's control."""),
        ("""Great, back in role. *Landing.* Thanks for all the help, Tom!""",
         """*Tom smiles as you step into the aisle.*

My pleasure! Head straight for the signs to passport control, and good luck with Denver. Have a great trip!"""),
    ]))

# ---------------------------------------------------------------- 023
DIALOGUES.append(dlg(
    "m12c-023", "misaligned", "en",
    "Misaligned: replies to turns 3, 4 and 5 are rotated; turn 3 (how a warranty claim works) gets the credit-card answer, turn 4 (credit card) gets the temporary-headphones answer, turn 5 (temporary headphones) gets the warranty-claim steps.",
    [
        ("""I bought noise-cancelling headphones for $349 at a big electronics store 20 days ago. Now the left ear cup crackles whenever noise cancelling is on. Their return window is 15 days. Am I out of luck?""",
         """Not necessarily. The 15-day window usually covers "changed my mind" returns. A **defect** is a different situation, and you have several routes:

1. **Ask the store anyway.** Many stores will exchange a defective item outside the normal window, especially if it's only a few days late and the product is clearly faulty. Some have a separate policy for defective products, or the manager has discretion. Go in person, with the receipt and the box if you still have it.
2. **Manufacturer's warranty.** Headphones in this price range typically come with a one-year limited warranty that covers defects in materials and workmanship. A crackling ear cup after three weeks is exactly the kind of thing it covers.
3. **Your credit card.** If you paid by credit card, check its benefits. Some cards extend the manufacturer's warranty or offer other purchase protections.
4. **Store protection plan.** If you bought one at checkout, it likely covers this too.

Before you go anywhere, try the basics so you can say you did: update the firmware through the manufacturer's app, do a factory reset, and check whether the crackle happens on different devices. Sometimes it's a software issue. If it persists, record a short video of the crackle with the phone held near the ear cup; it's useful proof for any of these routes."""),
        ("""What should I say at the store so I don't get brushed off?""",
         """Be calm, specific, and frame it as a defect, not a return. Something like:

> "Hi, I bought these headphones here 20 days ago. I know the normal return window is 15 days, but they're defective: the left ear cup crackles whenever noise cancelling is on. I've updated the firmware and reset them, and it still happens. Here's the receipt and a video of the problem. I'd like to exchange them for a working pair."

Tips:
- **Ask for an exchange, not a refund.** It's an easier yes for the staff.
- **Bring everything:** receipt (or the card you paid with so they can look it up), box, cables, case.
- **If the first employee says no**, ask politely: "Is there a manager who could take a look? It's a defect that appeared within the first three weeks."
- **Mention the manufacturer's warranty** only if they refuse: "So the only option is a warranty claim with the manufacturer?" Sometimes hearing it out loud prompts them to find a solution.
- **Stay friendly.** Staff have more discretion for customers who are pleasant.

Visiting on a weekday morning, when it's quiet, also helps."""),
        ("""The manager said no, they only do exchanges within 15 days and I need to contact the manufacturer. How does a warranty claim actually work?""",
         """It's worth checking, because card benefits are often forgotten. There are usually three types of protection, and they cover different things:

- **Extended warranty.** Many credit cards add extra time to the manufacturer's warranty, commonly up to one additional year, on items you paid for with the card. It usually kicks in only *after* the manufacturer's warranty expires, so right now it won't replace the manufacturer, but it protects you in year two.
- **Purchase protection.** Covers items that are damaged or stolen within a short period after purchase, often 90 or 120 days. It's meant for accidents and theft, and usually excludes ordinary defects, so it may not apply to a crackle.
- **Return protection.** A few cards refund an item if the store won't take it back within a certain window. This benefit has become rare, but if your card has it, it fits your situation almost exactly.

To find out, look up your card's **Guide to Benefits** (often a PDF on the issuer's website) or call the number on the back of the card and ask specifically about return protection and extended warranty. You'll typically need the receipt, the card statement showing the purchase, and sometimes a written refusal from the store, so ask the manager for a note or keep the email."""),
        ("""Would my credit card help at all?""",
         """For a week, there's no need to spend a lot:

- **Cheap wired earbuds** ($15–$30) are the simplest option for a flight. Many planes still have headphone jacks in the seat, and wired earbuds work with the in-flight entertainment without adapters.
- If you want noise reduction, **foam-tipped in-ear earbuds** block a surprising amount of engine noise passively, even without electronics.
- **Check your drawers first**: old earbuds that came with a previous phone are perfect for this.
- If your phone has no headphone jack, a USB-C or Lightning adapter costs around $10, or get basic Bluetooth earbuds in the $25–$40 range.

Avoid buying another premium pair just for the trip unless you're happy to keep them. If you do buy something from the same store, keep the receipt and note the return window this time."""),
        ("""While all this is going on, I have a flight next week and need something to listen with. Should I just buy a cheap pair?""",
         """The process is similar for most brands:

1. **Register the product** on the manufacturer's website or app, if you haven't already. You'll need the serial number, usually printed inside the headband or on the box.
2. **Contact support** through the website, chat or phone. Describe the problem exactly ("left ear cup crackles when noise cancelling is on, persists after firmware update and factory reset"). They'll often walk you through troubleshooting first, so mention what you've already tried.
3. **Provide proof of purchase.** A photo or scan of the receipt showing the date and the store.
4. **Get an RMA (return authorisation) number** and instructions. Depending on the brand, you'll either ship the headphones (often with a prepaid label) or take them to an authorised service partner.
5. **Ship only the headphones** unless told otherwise; keep the case, cables and box.
6. **Wait for repair or replacement.** Turnaround is typically one to two weeks. Many brands simply send a replacement unit.

Keep a log: dates, case number, names of support staff. If a claim is refused, that record makes escalation much easier. And ask whether they offer an **advance replacement**, where they send the new pair first against a card hold, which is useful if you can't be without headphones."""),
        ("""Should I leave a review of the store?""",
         """If you want to, yes, but keep it factual and fair: what you bought, what went wrong, and how the store responded ("defect after 20 days, exchange refused because the window is 15 days, referred to manufacturer"). Skip insults. Factual reviews are more useful to other buyers and more likely to get a response from the store's customer service team, which sometimes leads to a goodwill gesture."""),
    ]))

# ---------------------------------------------------------------- 024
DIALOGUES.append(dlg(
    "m12c-024", "placeholder", "en",
    "Placeholder (subtle): the eulogy draft in assistant turn 3 leaves blanks '19__' and '______ Avenue' although the user gave 1956 and Arthur Avenue in turn 2.",
    [
        ("""My grandmother passed away on Sunday at 92. The family asked me, the oldest grandchild, to say a few words at the funeral Mass. I'm not a writer. Where do I start?""",
         """I'm very sorry for your loss. Being asked as the oldest grandchild is an honour, and you don't need to be a writer: the people listening want to hear your grandmother in your words, not polished prose.

**A few practical points first**
- **Ask about time limits.** At a Catholic funeral Mass, words of remembrance are often kept short, typically 3–5 minutes, and some parishes prefer them at the vigil or the reception instead. Check with the priest or funeral director so you know what's expected.
- **Aim for about 400–600 words.** That's 3–4 minutes spoken slowly.

**How to start**
1. **Brainstorm before writing.** Spend 20 minutes listing everything that comes to mind: her phrases, her cooking, her hands, what her house smelled like, things she always said to you. Ask your parents, aunts and cousins for one memory each.
2. **Find a thread.** Look at your list and ask: what was she *about*? Often one idea (generosity, faith, stubborn strength, food) ties everything together.
3. **Pick two or three stories** that show that idea in action.

**A simple structure**
- Who you are and one line about her.
- A short outline of her life.
- Your stories.
- What she leaves behind in all of you.
- A closing line, perhaps a blessing or something she used to say.

Tell me a bit about her and I'll help you draft it."""),
        ("""Her name was Rosa. She came from a village near Naples to New York in 1956 with one suitcase, ran a bakery on Arthur Avenue in the Bronx for 35 years, had 5 kids and 11 grandchildren. She made everyone eat "one more bite". She prayed the rosary every night and was tough as nails. I'm Daniel, by the way.""",
         """That's a wonderful picture of her already. The thread almost writes itself: **Rosa fed people, body and soul**. The bakery, "one more bite", the rosary at night, and the toughness it took to build a life from one suitcase all fit that idea.

Some stories worth digging for (ask your family):
- **The arrival:** what did she carry in that suitcase? Did she ever talk about the crossing or her first days in New York?
- **The bakery:** what was she known for? Early mornings, regulars, something she gave away to people who couldn't pay?
- **"One more bite":** a specific moment, maybe a time she refused to let someone leave the table, or the grandchild she chased with a plate.
- **Her toughness:** a moment she stood up to someone, or kept going through something hard.
- **Faith:** the rosary every night. Did she pray for each of you by name? Did she give you a rosary?

Opening idea:
> "My name is Daniel, and I'm Rosa's oldest grandchild, which means I had the longest time to be told I was too skinny.\""""),
        ("""Can you write a draft of the main part? She gave free bread to anyone who couldn't pay, and she gave each grandchild a rosary at First Communion.""",
         """Here's a draft of the main section, about three minutes. Read it aloud and change anything that doesn't sound like you.

> In 19__, my grandmother stepped off a ship in New York with one suitcase, a few words of English, and absolutely no intention of failing. She was twenty-three. She had left her village near Naples, her parents and everything she knew.
>
> A few years later she opened a bakery on ______ Avenue, and for thirty-five years she was there before sunrise. If you grew up in that neighborhood, you probably knew her bread before you knew her name. And if you couldn't pay, you still got the bread. She never made a fuss about it. She'd just wrap the loaf, hand it over, and say, "Next time." There was never a next time, and she knew it. That was the point.
>
> That's who Nonna was. She fed people. At her table, nobody was ever full. You'd push your plate away and she'd put one more meatball on it and say, "One more bite." Every one of her eleven grandchildren has heard those words a thousand times. I'd give anything to hear them once more.
>
> She was tough. She raised five children and ran a business at a time when nobody expected a woman with a heavy accent to do either. She didn't complain and she didn't quit.
>
> But the strength came from somewhere. Every night, she prayed the rosary. And on the day of our First Communion, she gave each of us grandchildren a rosary of our own. Mine is in my pocket right now. I think she knew that one day she wouldn't be here to pray for us, and she wanted to make sure we would know how.
>
> Nonna, you fed us, body and soul. Thank you."""),
        ("""That made me cry. Any tips for reading it in church without falling apart?""",
         """Crying is allowed, and no one will mind. A few things that help:

- **Read it aloud at least five times** before the funeral. The emotional punch weakens with repetition.
- **Print it in large type**, double-spaced, and mark where to breathe.
- **Hold something steady**: the lectern edge, or the rosary in your pocket.
- **If your voice breaks, pause.** Breathe in slowly, look at the page, and continue. A few seconds feels long only to you.
- **Ask a cousin to stand near you** and be ready to finish it if needed.
- **Slow down.** Nerves make people rush, and a church echo makes fast speech hard to follow."""),
    ]))

# ---------------------------------------------------------------- 025
DIALOGUES.append(raw(
    "m12c-025", "structure", "en",
    "Structure: the dialogue ends on a user turn (user turn 4 poses a new riddle and no assistant reply follows).",
    [
        ("human", "Reverse riddle game: I ask, you answer. First one: what gets wetter the more it dries?"),
        ("gpt", "A towel! The more it dries you (or the dishes), the wetter it gets. Classic. Hit me with the next one."),
        ("human", "Too easy. What has lots of teeth but can't bite?"),
        ("gpt", "A comb. (A zipper or a saw would also sort of qualify, but I think comb is the answer you're after.) Okay, you're going to have to try harder than that!"),
        ("human", "Fine. I speak without a mouth and hear without ears. I have no body, but I come alive with wind. What am I?"),
        ("gpt", "An echo. It \"speaks\" your words back without a mouth, \"hears\" without ears, and it carries best across open, windy places like valleys and canyons. Nice one. Got anything harder?"),
        ("human", "Okay, last one, and I made this one up myself so you can't have seen it: I have a face that never frowns, hands that never wave, and I run all day without moving from the wall. What am I?"),
    ]))
