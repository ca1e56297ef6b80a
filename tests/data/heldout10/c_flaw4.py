from c_common import conv, raw, item

D022 = item(22, "placeholder", "en",
"Job-interviewer role-play for a support team lead: the interviewer's opening line in turn 1 contains unfilled slots __INTERVIEWER_NAME__ and __COMPANY__.",
conv(
"""Can you play a job interviewer? I'm interviewing for a customer support team lead role at a software company. Ask me one question at a time and give me short feedback after each of my answers.""",
"""Of course. Let's begin.

*stands up and shakes your hand* Hi, thanks for coming in today. I'm __INTERVIEWER_NAME__, Head of Customer Support here at __COMPANY__. Please, have a seat.

To start, could you walk me through your background and tell me why you're interested in this team lead role?""",
"""Sure. I've been a support agent at a SaaS company for four years, and for the last year I've been a senior agent. I onboard new hires and handle most of the escalations. I want to move into a lead role because I really enjoy coaching people and fixing the processes that slow the team down.""",
"""**Feedback:** Clear and well-structured, and you linked your experience directly to the role. To make it stronger, add one concrete result, for example "I've onboarded six new agents, and they reached full productivity about two weeks faster than before." Numbers make coaching claims believable.

*nods and makes a note* That's helpful, thank you. Next question: tell me about a time you dealt with an angry customer whose problem you couldn't solve right away.""",
"""A customer's whole team was locked out of our product the day before their quarterly report because of a bug in our single sign-on. I couldn't fix it myself, so I stayed on the call, set up a temporary workaround with password logins for their admins, escalated to engineering as a P1, and gave the customer updates every hour until the fix shipped that evening. They later renewed and mentioned the support in their review.""",
"""**Feedback:** Excellent. That's a strong STAR answer: clear stakes, specific actions, and a business result (the renewal). One small improvement: say briefly how you handled the emotional side at the start of the call, for example acknowledging the deadline pressure before jumping to solutions. For a lead role, interviewers want to hear that you manage people's feelings as well as the ticket.

*leans back* Good. Now a leadership question: how would you handle a team member whose ticket quality has dropped noticeably over the past month?""",
"""I'd first look at the data to see what exactly has changed, like CSAT, reopen rate, or specific types of tickets. Then I'd have a private one-to-one, share what I've noticed without accusing them, and ask how things are going, because often there's something behind it, like workload or something personal. Then we'd agree on one or two concrete goals and check in weekly.""",
"""**Feedback:** Very good. You started with data, kept it private and non-judgemental, and ended with a clear plan. To round it off, mention what you'd do if things didn't improve after a few weeks: involve HR, or move to a formal performance plan. Interviewers like to see that you can follow through on the hard part too.

*closes the notebook* That's all my questions. Do you have any questions for me?""",
"""Yes: how do you measure success for a new team lead in the first 90 days?""",
"""*smiles* Good question. In the first 90 days, we look at three things: whether you've built a good relationship with each person on the team through regular one-to-ones, whether the team's key metrics (first response time and CSAT) stay stable during the handover, and whether you've identified one process improvement and started on it. We don't expect big changes straight away. We want to see that you've listened first.

*Out of character:* Overall you interviewed very well. Your answers were structured and specific, and your closing question was a smart choice because it shows you're already thinking about the job itself. The main thing to work on is adding numbers wherever you can.""",
))

D023 = item(23, "structure", "he",
"Hebrew shakshuka cooking help: the dialogue ends on a user turn (turn 4 asks what to serve with it) with no assistant reply.",
raw(
("human", """אני רוצה להכין שקשוקה בפעם הראשונה. מה אני צריך?"""),
("gpt", """בחירה מצוינת למנה ראשונה במטבח, זו מנה פשוטה וטעימה מאוד. לשקשוקה לשניים עד שלושה אנשים תצטרך:

**מצרכים**
- 4 ביצים
- 5–6 עגבניות בשלות מאוד, או קופסת עגבניות מרוסקות (400 גרם)
- בצל אחד בינוני
- פלפל אדום אחד
- 3 שיני שום
- 2 כפות שמן זית
- כף רסק עגבניות (לא חובה, אבל מעמיק את הטעם)
- כפית פפריקה מתוקה
- חצי כפית כמון
- מלח ופלפל שחור
- פלפל חריף או צ'ילי, לפי הטעם
- פטרוזיליה או כוסברה קצוצה להגשה

**ציוד**
מחבת רחבה, בקוטר של כ־26 ס"מ, רצוי עם מכסה. מחבת רחבה חשובה כדי שהרוטב יתאדה יפה ויהיה מקום לכל הביצים."""),
("human", """איך מכינים את זה שלב אחר שלב?"""),
("gpt", """הנה השלבים:

1. **מטגנים את הבסיס:** מחממים את שמן הזית על אש בינונית, מוסיפים בצל קצוץ ומטגנים כ־5 דקות, עד שהוא רך ושקוף.
2. **מוסיפים פלפל ושום:** מוסיפים את הפלפל האדום חתוך לרצועות דקות ומטגנים עוד 5 דקות. אחר כך מוסיפים את השום הקצוץ ומערבבים דקה אחת בלבד, כדי שלא יישרף.
3. **תבלינים:** מוסיפים פפריקה, כמון ורסק עגבניות, ומערבבים כחצי דקה, עד שעולה ריח.
4. **עגבניות:** מוסיפים את העגבניות הקצוצות או המרוסקות, מתבלים במלח ופלפל, ומבשלים על אש בינונית־נמוכה 10–15 דקות, עד שהרוטב מסמיך. אם הוא חמוץ מדי, אפשר להוסיף קורט סוכר.
5. **ביצים:** עושים בכף ארבע גומות ברוטב ושוברים לתוך כל אחת ביצה. כדאי לשבור כל ביצה קודם לכוס קטנה, כך שקל יותר להניח אותה בדיוק במקום.
6. **מכסים ומבשלים:** מכסים את המחבת ומבשלים על אש נמוכה עד שהביצים מוכנות.
7. **הגשה:** מפזרים מעל פטרוזיליה או כוסברה ומגישים ישר מהמחבת."""),
("human", """איך יודעים שהביצים מוכנות?"""),
("gpt", """הסימן העיקרי הוא החלבון: הוא צריך להיות לבן ויציב לגמרי, בלי חלקים שקופים או רוטטים, גם סביב החלמון. החלמון עצמו נשאר רך ונוזלי, וזה בדיוק מה שרוצים בשקשוקה קלאסית.

בדרך כלל זה לוקח **6–8 דקות** עם מכסה על אש נמוכה. אם אתה מעדיף חלמון קשה יותר, השאר עוד 2–3 דקות.

טיפ: אם החלבון סביב החלמון לא מתייצב, אפשר לקחת כף ולהזיז בעדינות קצת רוטב חם מעליו, או פשוט לכסות שוב לעוד דקה. ואל תגביר את האש, אחרת הרוטב יישרף בתחתית לפני שהביצים יהיו מוכנות."""),
("human", """ומה מגישים לצד זה?"""),
))

D024 = item(24, "repetition", "zh",
"Chinese gym plan for muscle gain: the turn-4 reply answers the soreness question briefly, then repeats the turn-3 protein and calorie advice almost word for word as if it were new.",
conv(
"""我想开始去健身房，一周去三次，主要想增肌。作为新手应该怎么安排？""",
"""新手一周三次、以增肌为目标，最推荐的是**全身训练**：每次都练到全身主要肌群，每周一、三、五各练一次，中间至少休息一天。

**每次训练的动作（按顺序）：**
1. **深蹲**：3组，每组8–12次
2. **卧推**（或俯卧撑）：3组，每组8–12次
3. **杠铃划船**（或坐姿划船）：3组，每组8–12次
4. **罗马尼亚硬拉**：3组，每组8–10次
5. **哑铃推举**：2–3组，每组10–12次
6. **平板支撑**：3组，每组30–45秒

**要点：**
- **先学动作，再加重量。** 前两周用轻重量练习标准动作，必要时请教练指导一两次，尤其是深蹲和硬拉。
- **渐进超负荷。** 当你能轻松完成3组12次时，下次就增加一点重量（比如上肢加2.5公斤，下肢加5公斤）。这是增肌最核心的原则。
- **组间休息**1.5–2分钟。
- **记录训练**：每次写下动作、重量和次数，方便看到进步。

坚持8–12周，你会明显感觉到力量和体型的变化。""",
"""每次练多久合适？""",
"""按上面的计划，每次训练大概**45–60分钟**就够了：

- **热身 5–10分钟**：快走或骑车5分钟，再做一些动态拉伸，比如弓步走、手臂绕环，以及用空杆做几组深蹲。
- **正式训练 35–45分钟**：6个动作，每个动作3组，加上组间休息。
- **放松 5分钟**：做一些静态拉伸，重点拉伸大腿前后侧、胸部和背部。

新手不需要练两个小时。训练时间太长，后半段注意力和力量都会下降，动作容易变形，受伤的风险也更高。与其练得久，不如每组都认真完成、逐渐加重量。如果你发现一个小时练不完，通常是组间休息太长或者玩手机了。""",
"""饮食上要注意什么？""",
"""增肌三分练、七分吃，饮食非常关键：

**1. 吃够蛋白质**
每天每公斤体重摄入**1.6–2.2克蛋白质**。比如体重70公斤，每天大约需要110–150克。分散到三餐和加餐里，每餐20–40克。好的来源有鸡胸肉、鱼虾、鸡蛋、牛奶、酸奶、豆腐和瘦牛肉。

**2. 适度的热量盈余**
每天比消耗的热量多吃**300–500千卡**。太少长不了肌肉，太多则主要长脂肪。每周称一次体重，目标是每月增加0.5–1公斤左右。

**3. 碳水化合物不能少**
米饭、面条、燕麦、红薯等碳水能为训练提供能量。训练前1–2小时吃一些碳水，练的时候会更有力气。

**4. 多喝水，吃蔬菜水果**
每天喝水约2升以上，蔬菜水果保证维生素和膳食纤维。

**5. 睡眠也是"饮食"的一部分**
每晚睡7–9小时，肌肉主要是在休息时修复和生长的。

蛋白粉不是必须的，但如果从食物中很难吃够蛋白质，可以作为方便的补充。""",
"""练完之后第二天全身酸痛，还要继续练吗？""",
"""这是延迟性肌肉酸痛，新手刚开始训练时非常常见，一般在训练后24–72小时最明显，几天后会自然消失。轻到中度的酸痛可以照常训练，只是可以把重量稍微降低一点；如果某个部位酸痛得非常厉害，就先让那个部位休息一次。

另外，增肌三分练、七分吃，饮食非常关键：

**1. 吃够蛋白质**
每天每公斤体重摄入**1.6–2.2克蛋白质**。比如体重70公斤，每天大约需要110–150克，分散到三餐和加餐里，每餐20–40克。鸡胸肉、鱼虾、鸡蛋、牛奶、酸奶、豆腐和瘦牛肉都是好的来源。

**2. 适度的热量盈余**
每天比消耗的热量多吃**300–500千卡**。吃得太少长不了肌肉，太多则主要长脂肪。每周称一次体重，目标是每月增加0.5–1公斤左右。

**3. 碳水化合物不能少**
米饭、面条、燕麦、红薯等碳水能为训练提供能量，训练前1–2小时吃一些碳水，练的时候会更有力气。

**4. 多喝水，多吃蔬菜水果**
每天喝水约2升以上，蔬菜水果能保证维生素和膳食纤维。""",
))
