# Part C, dialogues m13c-017 .. m13c-020 (hand-written)


def H(s):
    return {"from": "human", "value": s.strip()}


def G(s):
    return {"from": "gpt", "value": s.strip()}


DIALOGUES = []

# ---------------------------------------------------------------- 017
DIALOGUES.append({
    "id": "m13c-017",
    "label": "off_topic",
    "language": "en",
    "note": "Turn 3 reply gives one line of exam-morning breakfast advice, then wanders into a long, unrelated sourdough starter and bread-baking tutorial; the other turns stay on exam anxiety.",
    "conversations": [
        H("""My organic chemistry final is in 6 days. Every time I open my notes my heart races and I'm convinced I'm going to fail, even though I've studied all semester and I have a B+. What do I do?"""),
        G("""First: a B+ after a full semester of organic chemistry means you *know* this material. What you're feeling right now is anxiety, and anxiety is very convincing, but it isn't a prediction. Your racing heart when you open your notes is your nervous system treating the exam as a threat. We can work with that.

**When your heart starts racing**
Try a *physiological sigh*: two quick inhales through your nose (one full breath, then a short top-up), then a long, slow exhale through your mouth. Repeat two or three times. It's one of the fastest ways to settle your body, and you can do it at your desk or in the exam room.

**A 6-day plan**
- **Day 1:** List every topic on the exam and mark each one green (solid), yellow (shaky) or red (lost). It turns a vague fear into a concrete list, and you'll probably find more green than it feels like right now.
- **Days 2 and 3:** Work on the yellows and reds with **active recall**. Close your notes, draw the mechanisms from memory, arrows and all, then check. A reaction map (what turns into what) works great for orgo.
- **Day 4:** A practice exam or a set of past exam questions.
- **Day 5:** Go back over whatever the practice exam exposed.
- **Day 6:** Light review only, your reaction map and a few mechanisms. Stop by early evening. Sleep matters more than one more hour of cramming.

Study in 40 to 50 minute blocks with 10-minute breaks away from your desk. Your brain consolidates during the breaks too."""),
        H("""The practice exam part freaks me out. If I do badly on it, I know I'll spiral."""),
        G("""That's a really common fear, and it makes sense: if you treat the practice exam as a verdict, a bad score feels like proof. So let's change what it is. **A practice exam is a diagnostic, not a judgment.** Its whole job is to find gaps *while you still have time to fix them*. A practice exam that goes badly on day 4 is far more useful than one that goes perfectly.

A few ways to make it less scary:
1. **Do it in two stages.** First work through it open-notes with no time limit; at that point it's just practice questions. Later, or with a second exam, do it timed and closed-book.
2. **Grade by category, not by score.** Instead of "62%", write "missed 3 on E1/E2, 2 on stereochemistry, 1 careless." That gives you a to-do list instead of a number to obsess over.
3. **Have a spiral plan ready before you start.** If the "I'm going to fail" thoughts show up:
   - Put your pen down and do two physiological sighs.
   - Write down *one* specific thing you got wrong and why.
   - Take a 10-minute walk.
   - Come back and fix that one thing.
4. **Remember the baseline.** Practice exams are often harder than the real one, and you're doing it with days left to improve.

You've been performing at a B+ level all semester. One practice exam doesn't erase that."""),
        H("""Okay, that helps. What should I do the morning of the exam? I usually can't eat anything when I'm this nervous."""),
        G("""Not being able to eat is really common; your stomach slows down when adrenaline is high. Try something small and easy, like a banana, a slice of toast with peanut butter, or a yogurt, about one to two hours before.

Actually, if you like toast, this could be a great time to start baking your own bread. A sourdough starter is simpler than people think. Mix 50 g of whole wheat flour with 50 g of lukewarm water in a clean jar, cover it loosely and leave it at room temperature. Every 24 hours, discard all but about 50 g and feed it again with 50 g of flour and 50 g of water. Around day 4 or 5 you'll see bubbles and notice a tangy smell; that's the wild yeast and lactic acid bacteria taking over. By day 7 to 10 it should reliably double within four to six hours of a feeding, which means it's ready to bake with.

For a first loaf, mix 100 g of active starter, 375 g of water, 500 g of bread flour and 10 g of salt. Do four sets of stretch-and-folds 30 minutes apart, then let the dough bulk ferment until it has grown by about half. Shape it, put it in a floured bowl and refrigerate it overnight. Bake it in a Dutch oven preheated to 250°C: 20 minutes with the lid on, then 20 to 25 minutes with the lid off, until the crust is deep brown. Let it cool for at least an hour before slicing, or the crumb will be gummy."""),
        H("""Um, okay. And during the exam, what if I blank on a mechanism question?"""),
        G("""Blanking happens to almost everyone at some point. Having a plan is what stops it from snowballing.

**In the moment**
1. **Don't stare at it.** If nothing comes within about 30 seconds, mark the question and move on. Other questions will warm you up, and answers often surface while you're working on something else.
2. **Reset your body.** Pencil down, one or two physiological sighs, shoulders down. It takes 20 seconds and helps your thinking come back online.

**When you return to it, work from what you *do* know**
- **Redraw the starting material** and label it: functional groups, partial charges, acidic hydrogens, leaving groups.
- **Find the nucleophile and the electrophile.** Almost every orgo mechanism is electrons moving from something electron-rich to something electron-poor. Ask: where are the electrons, and where do they want to go?
- **Read the conditions.** Strong base? Acid? Heat? Polar protic solvent? The reagents often tell you what kind of reaction it is, for example SN1/E1 versus SN2/E2.
- **Work backwards from the product** if it's given. Which bond formed? Which bond broke?
- **Draw the first step even if you can't finish.** Mechanism questions often give partial credit for correct arrows and intermediates.

**Protect your time**
Finish everything else before you come back for a second long look. One question shouldn't eat the time you need for three others."""),
    ],
})

# ---------------------------------------------------------------- 018
DIALOGUES.append({
    "id": "m13c-018",
    "label": "placeholder",
    "language": "ko",
    "note": "Turn 4 narration and inventory line contain the unfilled template slot '{item_name}' instead of the found key; the rest of the text adventure is vivid and consistent.",
    "conversations": [
        H("""텍스트 어드벤처 게임 하자! 배경은 바닷가의 버려진 등대야. 내가 명령을 입력하면 그에 맞게 진행해 줘."""),
        G("""🌊 **버려진 등대**

밤 11시. 세찬 바닷바람에 빗방울이 옆으로 날립니다. 당신은 절벽 끝에 서 있는 오래된 등대 앞에 도착했습니다. 하얀 페인트는 군데군데 벗겨졌고, 꼭대기의 등불은 수십 년 전에 꺼진 듯 캄캄합니다. 그런데 이상하게도, 방금 해안도로를 달려오던 당신은 분명히 저 꼭대기에서 깜빡이는 불빛을 보았습니다.

등대 입구에는 녹슨 철문이 반쯤 닫혀 있고, 문 옆 우편함에는 빛바랜 글씨로 **'등대지기 한만석'**이라고 적혀 있습니다. 발밑의 자갈길은 등대 뒤편의 작은 창고 쪽으로도 이어집니다.

**소지품:** 손전등(배터리 절반), 밧줄 10m, 휴대폰(신호 없음)

**무엇을 하시겠습니까?**
- 철문을 연다
- 등대 뒤편 창고로 간다
- 우편함을 살펴본다
- (또는 원하는 행동을 자유롭게 입력)"""),
        H("""철문을 연다"""),
        G("""끼이이익— 녹슨 경첩이 비명을 지르며 철문이 열립니다. 손전등을 켜자 좁고 둥근 1층 내부가 드러납니다.

벽을 따라 철제 나선 계단이 어둠 속 위쪽으로 감겨 올라갑니다. 방 한가운데에는 먼지 쌓인 나무 책상이 있고, 그 위에 **가죽 표지의 일지** 한 권과 다 타 버린 양초가 놓여 있습니다. 바닥 한쪽에는 무거운 **철제 뚜껑문**이 있는데, 손바닥만 한 자물쇠로 단단히 잠겨 있습니다.

이상한 점이 하나 있습니다. 책상 위 먼지에 누군가 최근에 손을 짚은 듯한 **손자국**이 선명하게 남아 있습니다.

위쪽 어딘가에서 '쿵' 하는 낮은 소리가 한 번 울립니다.

**무엇을 하시겠습니까?**"""),
        H("""일지를 읽는다"""),
        G("""일지를 펼치자 누렇게 바랜 종이에서 바다 냄새가 납니다. 꼼꼼한 글씨체로 날씨와 선박 통과 기록이 적혀 있는데, 마지막 몇 페이지만 글씨가 점점 흐트러집니다.

> **1987년 11월 2일** — 북동풍, 파고 3m. 밤 10시경 남쪽 암초 근처에서 불빛 세 번. 배가 아니다.
>
> **1987년 11월 3일** — 또 불빛. 이번엔 등대 아래 동굴 쪽이다. 지하실 문을 잠가 두었다.
>
> **1987년 11월 4일** — 불이 꺼지면 안 된다. 무슨 일이 있어도 불은 켜져 있어야 한다. 그것들은 빛을 싫어한다.
>
> **1987년 11월 5일** — 지하실 열쇠는 렌즈 아래에 숨겨 두었다. 내가 돌아오지 못하면, 다음 사람은 알게 될 것이다.

그 뒤 페이지는 모두 비어 있습니다.

일지를 덮는 순간, 나선 계단 위쪽에서 희미한 불빛이 한 번 깜빡였다가 사라집니다.

**무엇을 하시겠습니까?**"""),
        H("""계단을 올라가서 렌즈 아래를 살펴본다"""),
        G("""당신은 손전등을 입에 물고 난간을 붙잡은 채 나선 계단을 오르기 시작합니다. 한 칸, 또 한 칸... 세어 보니 모두 132칸입니다. 올라갈수록 바람 소리가 커지고, 계단이 미세하게 흔들리는 것이 느껴집니다.

꼭대기의 등롱실에 도착했습니다. 사방이 유리창으로 둘러싸인 좁은 방 한가운데에 사람 키만 한 거대한 **프레넬 렌즈**가 서 있습니다. 유리에는 뿌옇게 먼지가 앉았지만, 렌즈 안쪽의 전구 필라멘트가 아주 희미하게 주황빛을 띠고 있습니다. 손을 가까이 대 보니, 방금 전까지 켜져 있었던 것처럼 따뜻합니다.

렌즈를 받치고 있는 황동 받침대 아래를 손전등으로 비추자, 틈 사이에 기름 먹인 천으로 싼 작은 꾸러미가 끼워져 있습니다. 천을 풀자 **{item_name}**이(가) 나옵니다. 차갑고 묵직하며, 손잡이에는 '지하실'이라는 글자가 새겨져 있습니다.

그때, 창밖 아래쪽 바다에서 초록빛 불빛이 세 번 깜빡입니다. 일지에 적혀 있던 바로 그 신호입니다.

**소지품:** 손전등(배터리 절반), 밧줄 10m, 휴대폰(신호 없음), {item_name}

**무엇을 하시겠습니까?**"""),
        H("""다시 내려가서 지하실 뚜껑문을 연다"""),
        G("""계단을 내려오는 동안 등대 전체가 발밑에서 웅웅 울리는 것 같습니다. 1층에 도착하자, 책상 위 손자국 옆 바닥에 **젖은 발자국**이 새로 찍혀 있습니다. 아까는 분명히 없던 것입니다.

당신은 뚜껑문 앞에 무릎을 꿇고, 렌즈 아래에서 찾은 열쇠를 자물쇠에 꽂습니다. 딸깍. 녹슬었지만 열쇠는 부드럽게 돌아갑니다. 무거운 철제 뚜껑에 밧줄을 걸어 당기자, 차갑고 짠 공기가 아래에서 확 올라옵니다.

손전등으로 비추니 돌계단이 아래로 이어지고, 그 끝에서 **파도 소리**가 들립니다. 지하실이 바다 동굴과 연결되어 있는 것입니다. 계단 세 번째 칸에는 누군가 두고 간 **석유 랜턴**이 있고, 아직 기름이 조금 남아 있습니다.

멀리 동굴 안쪽에서, 물을 헤치며 무언가가 천천히 움직이는 소리가 납니다.

**1장 완료: 등대의 비밀** 🗝️

**무엇을 하시겠습니까?**
- 랜턴에 불을 붙이고 내려간다
- 뚜껑문을 다시 닫고 등대 꼭대기의 불을 켜 본다
- 소리가 나는 쪽을 향해 외쳐 본다"""),
    ],
})

# ---------------------------------------------------------------- 019
DIALOGUES.append({
    "id": "m13c-019",
    "label": "good",
    "language": "en",
    "note": "Good: cancelling a gym membership; contract checks, why the early-termination fee likely doesn't apply, a complete filled-in cancellation letter, and escalation steps if charges continue.",
    "conversations": [
        H("""I'm trying to cancel my gym membership. I signed up in person two years ago, it's $39.99 a month, and I've since moved about 40 minutes away. They told me on the phone I have to either come in person or send a certified letter. That seems ridiculous. Is that even allowed?"""),
        G("""Frustrating, but often it is allowed. Whether it's enforceable depends on two things: what your contract says, and your state's laws.

**What's usually allowed**
Many gym contracts require cancellation "in writing", and some specify certified mail. If you agreed to that when you signed up in person, it's generally treated as a valid term. Some states have specific health club laws, and a few require that people who signed up online be able to cancel online, but since you joined in person that probably doesn't help here.

**What to check in your contract** (ask the gym for a copy if you don't have one):
1. **The cancellation clause:** the method (written notice, certified mail, in person) and the notice period. Thirty days is common, which often means one more charge.
2. **A relocation clause:** many contracts let you cancel without penalty if you move more than a certain distance, often 25 miles, with proof of your new address. At 40 minutes away you may qualify.
3. **Fees:** any cancellation or early termination fee, and whether it applies only during the initial term.

**The practical route**
A certified letter is honestly the easiest way to get this done without driving there. It costs a few dollars at the post office, and with a return receipt you get proof of the date they received it. That's your best protection if they keep billing you.

If you tell me what the cancellation section says, I can help you work out what you owe and draft the letter."""),
        H("""Found it. It says 30 days' written notice is required, and there's a $50 early termination fee "if cancelled before the end of the membership term." My initial term was 12 months, so that ended a year ago. Do I still have to pay the $50?"""),
        G("""Based on that wording, most likely not. The fee applies "if cancelled before the end of the membership term", and your 12-month term ended a year ago. Most gym contracts convert to **month-to-month** after the initial term, and an early termination fee normally only applies during that initial commitment. Check the renewal section to confirm it says something like "continues on a month-to-month basis".

So what you should expect to owe:
- **The 30 days' notice:** depending on your billing date, that usually means **one more monthly payment of $39.99**, or a prorated amount.
- **No $50 fee**, unless another clause says the term renews for another 12 months. If you find wording like that, tell me and we'll look at it again.

In the letter, quote the clause and say plainly that the initial term has ended, so the early termination fee doesn't apply. Gyms sometimes try to charge it anyway, and having your position in writing makes it easy to push back."""),
        H("""Great. Can you draft the letter? I'm Daniel Ortiz, member number 44817. The gym is Ironworks Fitness, 212 Elm Street, Riverside. My new address is 88 Larkspur Lane, Fairview. Today is March 3, 2025."""),
        G("""Here's a letter you can print, sign and send by certified mail with return receipt requested:

---

Daniel Ortiz
88 Larkspur Lane
Fairview

March 3, 2025

Ironworks Fitness
Attn: Membership Services
212 Elm Street
Riverside

**Re: Cancellation of membership no. 44817**

To whom it may concern,

I am writing to give 30 days' written notice that I am cancelling my membership, number 44817, in accordance with the cancellation terms of my membership agreement.

My initial 12-month membership term ended more than a year ago, and my membership has continued on a month-to-month basis since then. Under the agreement, the $50 early termination fee applies only "if cancelled before the end of the membership term." It therefore does not apply to this cancellation.

Please process the cancellation effective 30 days from your receipt of this letter, and make no further charges to my account after the final billing period covered by that notice. I also ask that you confirm the cancellation in writing to the address above.

Sincerely,

Daniel Ortiz

---

**Before you send it**
- Sign it by hand and keep a copy.
- At the post office, ask for certified mail with return receipt, and keep the receipt and tracking number.
- Put a reminder in your calendar for about 35 days after delivery to check your statement."""),
        H("""And if they keep charging me after that?"""),
        G("""Then you escalate, and with a certified letter and return receipt you'll be in a strong position. In order:

1. **Contact the gym in writing first.** Send a short email or letter with a copy of your cancellation letter and the return receipt showing the date they received it, and ask them to reverse any charges made after the 30-day notice period.

2. **Dispute the charge with your card issuer.**
   - **Credit card:** under the Fair Credit Billing Act you can dispute a billing error, which includes charges for a service you cancelled. Send the dispute in writing within **60 days** of the date the statement showing the charge was sent to you. Most issuers let you start online; attach your letter and proof of delivery.
   - **Debit card or bank draft:** tell your bank the gym is no longer authorized to take payments and dispute the charge promptly. Timelines for debit disputes are tighter, so don't wait.

3. **Replace the card if needed.** If charges keep coming, ask for a new card number. It's blunt, but it works.

4. **File complaints.** Your state attorney general's consumer protection office deals with gym membership complaints often, and a Better Business Bureau complaint sometimes gets a quick response from a business protecting its rating.

5. **Don't ignore a collections notice.** If they send an amount you don't owe to collections, dispute it in writing with the collection agency within 30 days of their first notice and include your cancellation proof.

Keep everything in one folder: contract, letter, return receipt, statements. With that paper trail, most gyms back down at step 1 or 2."""),
    ],
})

# ---------------------------------------------------------------- 020
DIALOGUES.append({
    "id": "m13c-020",
    "label": "misaligned",
    "language": "zh",
    "note": "Replies are rotated: turn 1 gets the answer meant for turn 3 (Xiao Chen's missed meals), turn 2 gets the general method meant for turn 1, and turn 3 gets the settlement calculation meant for turn 2.",
    "conversations": [
        H("""我们四个朋友上周去成都玩了4天，费用很乱：有人先垫了酒店，有人付了几顿饭，还有人付了门票和打车。怎么算才最公平、最不容易吵架？"""),
        G("""这种情况其实很常见，处理好了反而显得大家都讲道理。

**先算账：**
两顿饭，每顿人均约80元，小陈没吃的部分是 80 × 2 = **160元**。这160元应该由其他三个人分担，每人多摊约 **53.33元**。

调整后：
- 小陈应摊：1150 − 160 = **990元**
- 其他三人各自应摊：1150 + 53.33 ≈ **1203.33元**

新的转账方案：
- 小陈 → 小王：**990元**
- 你 → 小王：**207元**（约206.67）
- 你 → 小李：**157元**（约156.67）

核对一下：小王已付2400元，应摊约1203.33元，应收回约1196.67元，实际收到990 + 207 = 1197元，只差几毛钱的四舍五入。

**再说怎么沟通，不伤感情：**
- 先肯定他的说法："你说得对，没吃的那两顿确实不该算你的。"这样他不会觉得自己在斤斤计较。
- 用同一个标准处理：如果还有别人缺席过某项活动（比如没去某个景点），也按同样的方法扣掉，这样大家都觉得公平。
- 金额不大时可以大方一点：160元分到每人头上才五十几块，没必要为此争论。
- 把调整后的表格发到群里，让数字说话，比口头讨论更不容易起冲突。"""),
        H("""具体是这样：小王付了酒店2400元，小李付了吃饭一共1360元，我付了门票和打车一共840元，小陈什么都没付。每个人应该转给谁多少钱？"""),
        G("""AA旅行费用最容易吵架的地方，往往不是钱多钱少，而是账没算清楚、大家心里没底。按下面四步来，基本就不会乱：

**1. 把所有支出列成清单**
每一笔都写清楚：谁付的、付了多少、是什么（酒店、吃饭、门票、打车……），以及是**哪几个人**一起消费的。付款截图最好也收集起来，方便核对。

**2. 算出总额和每人应摊多少**
如果所有支出都是四个人共同消费的，直接用总额除以4。如果有人没参加某一项（比如没去某个景点、某顿饭没吃），那一项就只在参加的人之间平摊。

**3. 算每个人的"净额"**
净额 = 自己已经付的钱 − 自己应摊的钱。
- 净额为正：多付了，应该收回；
- 净额为负：少付了，需要补钱。
四个人的净额加起来应该正好是0，可以用来检查有没有算错。

**4. 让少付的人直接转给多付的人**
不要大家先把钱都转给一个人再分，那样转账次数多，也容易出错。从欠得最多的人开始，先补给多付最多的人，一般三笔以内就能结清。

另外两个小建议：用共享表格或者记账小程序，大家都能看到每一笔；尽量在旅行结束后一周内结清，拖得越久越容易有误会。

你把每个人具体付了多少告诉我，我可以帮你把账算出来。"""),
        H("""小陈说他那几天有两顿饭没跟我们一起吃，大概每顿人均80元，觉得不该平摊全部饭钱。这个怎么处理比较好，又不伤感情？"""),
        G("""我们一步步算：

**1. 总支出**
2400（酒店）+ 1360（吃饭）+ 840（门票和打车）= **4600元**

**2. 每人应摊**
4600 ÷ 4 = **1150元**

**3. 每个人的净额（已付 − 应摊）**
| 人 | 已付 | 应摊 | 净额 |
|---|---|---|---|
| 小王 | 2400 | 1150 | **+1250**（应收回） |
| 小李 | 1360 | 1150 | **+210**（应收回） |
| 你 | 840 | 1150 | **−310**（应补） |
| 小陈 | 0 | 1150 | **−1150**（应补） |

**4. 转账方案（只需3笔）**
- 小陈 → 小王：**1150元**
- 你 → 小王：**100元**
- 你 → 小李：**210元**

核对一下：小王收到1150 + 100 = 1250元，小李收到210元，正好等于他们多付的部分。

建议把这张表发到群里，大家确认没问题后再转账，这样一目了然，也不容易有误会。"""),
    ],
})
