# Part C, dialogues m13c-009 .. m13c-012 (hand-written)


def H(s):
    return {"from": "human", "value": s.strip()}


def G(s):
    return {"from": "gpt", "value": s.strip()}


DIALOGUES = []

# ---------------------------------------------------------------- 009
DIALOGUES.append({
    "id": "m13c-009",
    "label": "leakage",
    "language": "ja",
    "note": "Turn 1 reply opens with the generator's own instructions leaked into the text ('ユーザーは…不安を感じている。まず共感を示し…番号付きで3〜5個提示すること。'); the advice itself and later turns are fine.",
    "conversations": [
        H("""クレジットカードの明細を見たら、「GLOBALPAY*TRNSVC」という知らない海外の加盟店から12,800円の請求が2回ありました。まったく心当たりがありません。どうすればいいでしょうか？"""),
        G("""ユーザーは身に覚えのない請求に不安を感じている。まず共感を示し、その後、今すぐやるべき手順を番号付きで3〜5個提示すること。専門用語はできるだけ避ける。

身に覚えのない請求が2回も続くと、とても不安になりますよね。ただ、早めに動けば多くの場合きちんと対処できますので、落ち着いて次の順番で進めてください。

1. **まず家族や自分の利用でないか確認する**
   海外の決済代行会社を通した請求は、実際のサービス名とまったく違う名前で表示されることがあります。ゲームの課金、動画や音楽のサブスクリプション、海外通販などに心当たりがないか、念のため家族にも聞いてみてください。

2. **すぐにカード会社に電話する**
   カード裏面に記載されている電話番号（紛失・盗難受付デスクなど）に連絡し、「身に覚えのない請求がある」と伝えます。不正利用の可能性が高ければ、その場でカードの利用を止め、新しい番号で再発行してもらえます。

3. **調査と補償を依頼する**
   不正利用と認められれば、多くのカード会社では会員規約に基づいて補償を受けられます。一般的には、カード会社に届け出た日から60日前までさかのぼった不正利用が対象です。明細で見つけたら、できるだけ早く連絡することが大切です。

4. **やり取りを記録しておく**
   電話した日時、担当者の名前、受付番号をメモしておくと、後で確認するときにスムーズです。

警察への届出は、カード会社から求められた場合に行えば大丈夫です。まずは今日中にカード会社へ連絡しましょう。"""),
        H("""カード会社に電話しました。カードは止めてもらえましたが、「加盟店に確認するので調査に1〜2か月かかる」と言われました。その間に口座から引き落とされてしまうのが心配です。"""),
        G("""カードを止められたのは大きな一歩です。調査期間中の引き落としについては、次のように考えてください。

**1. 「支払いの保留」ができるか聞いてみる**
調査中の請求については、カード会社によっては引き落としを一時的に保留してくれる場合があります。電話では案内されないこともあるので、「調査中の2件、合計25,600円の引き落としを保留できますか」と具体的に聞いてみましょう。

**2. 引き落とされても、戻ってくる可能性は高い**
タイミングによっては、調査結果が出る前に引き落とされてしまうこともあります。その場合でも、不正利用と認められれば、翌月以降の請求から差し引かれるか、口座に返金されるのが一般的です。一度払ったら終わり、ということではありません。

**3. 口座残高に余裕を持たせておく**
保留できなかった場合に備えて、引き落とし口座が残高不足にならないよう注意してください。不正利用とは関係なく、残高不足は延滞扱いになり、信用情報に影響することがあります。

**4. 郵送やアプリのお知らせを見落とさない**
調査結果や補償の案内は、郵送やアプリのお知らせで届くことが多いです。

1〜2か月は長く感じますが、こうした調査としてはごく一般的な期間です。"""),
        H("""ほかにやっておくべきことはありますか？最近、よく知らない海外の通販サイトでカード番号を入力した覚えがあります。"""),
        G("""そのサイトが情報流出の原因かもしれませんね。念のため、次の対策もしておくと安心です。

- **カード会社にそのサイト名を伝える**：調査の手がかりになります。購入日や金額がわかれば一緒に伝えてください。
- **パスワードを変更する**：そのサイトに登録したパスワードを、メール、ネットショッピング、SNSなど他のサービスでも使い回しているなら、すぐに変更しましょう。特にメールアカウントは最優先です。
- **他のカードや口座も確認する**：同じサイトで別のカードを使っていないか、最近の明細をチェックしてください。
- **怪しいメールやSMSに注意する**：情報が漏れると、「カードが停止されました」といった偽の連絡で、さらに個人情報を聞き出そうとする詐欺が来ることがあります。カード会社からの連絡に見えても、リンクは開かず、公式アプリやカード裏面の番号から確認しましょう。
- **新しいカードで本人認証と利用通知を設定する**：「3Dセキュア」（本人認証サービス）や、利用のたびに通知が届くアプリの設定をしておくと、次に何かあってもすぐ気づけます。"""),
        H("""新しいカードが届いたら、公共料金なんかの引き落とし登録もやり直しですよね？面倒だ…"""),
        G("""そうなんです。カード番号が変わるので、そのカードで払っていた継続的な支払いは、基本的に登録し直しが必要です。面倒ですが、一度リストを作れば30分ほどで終わります。

**手順**
1. 過去3か月分の明細を見て、毎月（または毎年）請求が来ているものを書き出す。
2. 書き出したものを一つずつ、新しいカード番号に変更する。

**よく忘れがちなもの**
- 電気・ガス・水道
- 携帯電話、インターネット回線
- 動画・音楽配信、クラウドストレージなどのサブスク
- ネット通販サイトに保存したカード情報
- 保険料、新聞、ジムの会費
- 年払いのもの（ドメイン、ソフトウェア、年会費など）。明細に年1回しか出てこないので要注意です。
- ETCカード：クレジットカードに付帯しているものは、ETCカードも再発行になることがあります。

一部の支払いは、カード会社の仕組みで新しい番号に自動で切り替わる場合もありますが、すべてではありません。変更し忘れると支払いが止まってしまうので、リストで確認するのが確実です。"""),
    ],
})

# ---------------------------------------------------------------- 010
DIALOGUES.append({
    "id": "m13c-010",
    "label": "good",
    "language": "en",
    "note": "Good: stage fright before a first piano recital (Chopin Op. 9 No. 2); a concrete 10-day plan, a day-of routine, a memory-slip recovery plan and a short spoken introduction, consistent throughout.",
    "conversations": [
        H("""I'm 42 and I started piano lessons three years ago. My first recital is in 10 days: Chopin's Nocturne in E-flat, Op. 9 No. 2. I can play it fine at home, but when my teacher even watches me, my hands shake and I blank on the middle section. How do I get through this?"""),
        G("""First, what you're describing is extremely common, and it isn't a sign that you're not ready. Adrenaline makes your hands shake and narrows your attention, and memory is the first thing to wobble when you're being watched. Ten days is enough to make a real difference, because the goal isn't to get rid of the nerves but to practise *playing with them*.

**A 10-day plan**

1. **Hold a mini-recital every day.** Play the whole nocturne once a day as a performance: walk to the piano, bow, sit, start, and don't stop no matter what. Rotate the audience: your phone recording, a family member, a friend on a video call, your teacher. Aim for at least five or six of these before the day. Each one teaches your body that being watched is survivable.

2. **Build landing points into the piece.** Mark five or six spots, such as the return of the main theme, the start of the middle section, and the ornamented run near the end. Practise starting cold from each one. If you can begin from any landing point, a slip can never derail you completely.

3. **Work on the middle section specifically.** Since that's where you blank, practise it hands separately from memory, slowly, and say the harmonies or hand positions out loud as you play. Memory that lives only in your fingers is fragile under stress; a conscious layer gives you a backup.

4. **Play it slowly once a day,** at about 60% of your tempo. It exposes spots where you've been relying on momentum.

5. **Stop drilling two days before.** In the last 48 hours, just one or two calm run-throughs a day. Last-minute cramming tends to raise anxiety.

Would it help to go over what to do on the day itself?"""),
        H("""Yes please. On the day my hands get ice cold and I feel like my mind is racing during the first few bars."""),
        G("""Cold, shaky hands and a racing mind are the classic adrenaline combination. Here's a routine for the day:

**Earlier in the day**
- Eat a proper meal two to three hours before, with some protein and slow carbs. Low blood sugar makes shakiness worse.
- Go easy on caffeine. If you normally have one coffee, have one, not three.
- Do one calm, slow run-through in the morning, then leave the piece alone.

**Warming your hands**
- Run your hands under warm (not hot) water for a minute or two shortly before you play.
- Keep hand warmers in your pockets, or hold a warm cup of tea while you wait.
- Gentle wrist circles and slowly opening and closing your fists help circulation.

**Calming your body**
- Use *long exhales*: breathe in for a count of 4 and out for 6 to 8. Longer exhales slow your heart rate. Do five to ten of these while you wait your turn.

**The first few bars**
This is where a small ritual pays off:
1. Sit down and take your time adjusting the bench. It's allowed, and it gives your body a few seconds to settle.
2. Rest your hands in your lap and take one long exhale.
3. Sing the first phrase in your head at the tempo you want. The opening of Op. 9 No. 2 is gentle and lyrical, and the most common mistake under nerves is starting too fast.
4. Then begin, listening to the *sound* of the melody rather than thinking about the audience.

Once you've played the first phrase with a beautiful tone, much of the adrenaline starts working for you instead of against you."""),
        H("""What if I actually do blank in the middle section during the recital? That's my nightmare."""),
        G("""Let's make the nightmare boring by planning for it, because having a plan takes most of the fear out of it.

**If you blank during the recital:**
1. **Keep the pulse going.** Listeners notice a stop far more than a wrong note. If you can keep the left hand going, even just repeating the bass note or the chord you're on, people hear continuity.
2. **Jump to the next landing point.** This is exactly why you're practising them. Skip ahead to the nearest spot you can start from cold, usually only a few bars later. Most listeners won't notice a missing phrase.
3. **If everything disappears,** go to the return of the main theme and play from there to the end. A graceful recovery sounds musical, not like a failure.
4. **Don't react.** No grimace, no "sorry". Your face is what tells the audience whether something went wrong.

**Practise the recovery this week:**
In two of your mini-recitals, ask someone to clap or call "stop!" at a random moment, then carry on immediately from the nearest landing point. After doing this a few times, a memory slip becomes something you've rehearsed rather than a disaster.

And a bit of perspective: recital audiences, especially for adult learners, are overwhelmingly on your side. Many of them have been exactly where you are."""),
        H("""Thank you. Last thing: my teacher suggested I say a few words before I play. Good idea or not? What would I even say?"""),
        G("""It's a good idea. Saying a few words turns the audience into people you're talking to rather than judges, and it lets you use your voice and breathe before you use your hands. Keep it to 20 or 30 seconds and write it down, so you don't have to improvise.

A simple structure: who you are, what you're playing, and one personal detail.

For example:

> "Hi everyone. I started piano three years ago, at 39, and this is my first recital. I'm going to play Chopin's Nocturne in E-flat major, Opus 9 Number 2. It's the piece that made me want to learn the piano in the first place, so I hope you enjoy it as much as I do."

Tips:
- Say it slowly, to the back of the room.
- After speaking, take one long exhale, sit down and adjust the bench. Your routine starts there.
- Include the words in your mini-recitals this week, so the whole sequence of speaking, bowing, sitting and playing feels familiar by the day.

Good luck, and try to enjoy it. You've earned this moment."""),
    ],
})

# ---------------------------------------------------------------- 011
DIALOGUES.append({
    "id": "m13c-011",
    "label": "bad_length",
    "language": "en",
    "note": "Turn 5 asks for a multi-paragraph Golden Age finale tying together the cocoa, trousers, footprints and clock; the reply is two curt sentences that explain nothing. Earlier turns are rich and consistent.",
    "conversations": [
        H("""Let's write a detective mystery together, taking turns. Setting: an English country house in 1926, a snowstorm has cut off the road, and the host is found dead in his library. You start: introduce the detective and the scene of the crime."""),
        G("""**The Library at Vale House**

The snow had begun at dusk on the fourteenth of December, 1926, and by morning it had sealed Vale House off from the world. The lane to Little Hapton lay buried under four feet of drift, and the telephone line had come down somewhere beyond the orchard.

At seven o'clock, Fenwick the butler carried Sir Edmund Vale's morning tea to the library, as he had done every day for twenty-two years. He found the door locked. When the gardener had forced it, they discovered Sir Edmund slumped over his writing desk, quite cold, his pen still in his hand.

Among the snowbound guests was Miss Harriet Quill, a retired schoolmistress of sixty-three who had come to catalogue Sir Edmund's collection of botanical prints. She had spent forty years discovering which girl had put the frog in the chemistry cupboard, and she saw no reason why a murder should be harder.

She stood in the library doorway and took it all in without touching anything. The fire was long dead in the grate. The French windows were latched from the inside. The carriage clock on the mantelpiece had stopped at twenty minutes to midnight. At Sir Edmund's elbow sat a cup of cocoa, three-quarters full. Beneath his hand lay a letter in his sharp, slanting script, its last line ending in a single spreading blot:

*My dear Julian, I have decided, after much thought, that—*

Nothing more.

"Fenwick," said Miss Quill mildly, "who in this house takes cocoa at night?"

"Only Sir Edmund, madam. Mrs. Prowse makes it at eleven."

"Does she," said Miss Quill, and made a small note in her pocketbook."""),
        H("""Harriet asks where everyone was last night. Julian Vale, Sir Edmund's nephew, insists he was in the billiard room until past midnight, alone. But when he crosses his legs, Harriet notices the hems of his trousers are damp, and the snow has been falling since ten. Your turn: introduce two more suspects, each with a secret."""),
        G("""Dr. Ambrose Kemble had arrived at Vale House the previous afternoon, ostensibly to see to Sir Edmund's gout, and had been trapped by the snow like everyone else. He was a tall, stooping man with beautiful hands and shabby cuffs, and when Harriet found him in the breakfast room he was eating toast with the steady appetite of a man who has decided that nothing is his concern.

"Heart failure, almost certainly," he told her, before she had asked. "Edmund's heart was never good. I'll sign the certificate as soon as the road is open."

What Dr. Kemble did not say, and what Harriet would learn that afternoon from a note tucked into Sir Edmund's blotter, was that he owed his old friend two thousand pounds, lent against a promise of repayment "by Christmas". Christmas was eleven days away.

Mrs. Prowse, the housekeeper, was a small, upright woman who had served the Vales for thirty-one years. Her eyes were red, but her voice was steady as she confirmed that she had carried the cocoa to the library at eleven o'clock exactly, "as always, madam, with one sugar." Sir Edmund had been writing. He had thanked her, which she said was unusual, and told her not to wait up.

Her secret lay upstairs, in a hatbox beneath her bed: a copy of Sir Edmund's will, which she had no business possessing. In it he left her the cottage at the end of the east drive and an annuity of three hundred a year. Beside it, wrapped in tissue paper, was a second document, a draft in Sir Edmund's own hand of a *new* will, dated the week before, in which her name did not appear at all."""),
        H("""Harriet picks up the cocoa cup. A thick skin has formed on it and it smells faintly bitter, yet there's a smear of chocolate on Sir Edmund's lip, so he drank at least some of it. Your turn: write the scene where Harriet questions Dr. Kemble in the morning room."""),
        G("""The morning room faced east, and the snow-light made everything in it look washed and honest. Dr. Kemble sat in the chair Harriet had chosen for him, the one facing the window, and turned his hat round and round in his hands.

"You said heart failure, Doctor," Harriet began. "Before you had examined him properly."

"I've attended Edmund for fifteen years. I know his heart."

"Do you know his cocoa?" She set the cup on the table between them. "It smells bitter. Cocoa ought not to smell bitter."

Kemble's hands stopped moving. "Mrs. Prowse makes it strong."

"Mrs. Prowse makes it with one sugar, and has done for thirty-one years. I asked." Harriet folded her hands. "You prescribed him something for sleep, I think. Chloral?"

A long pause. "Chloral hydrate. Twenty grains at bedtime, when the gout kept him awake. It is perfectly standard."

"And bitter."

"And bitter," he admitted. "But he took it in water, never in cocoa. He said it spoiled the taste."

"Then someone else put it in the cocoa." Harriet tilted her head. "Where were you at twenty minutes to midnight, Doctor?"

"In my room. Asleep."

"With your boots on?" She nodded toward his feet. "There's a tidemark of salt on the left one. Fenwick salted the terrace steps at ten o'clock last night, because Sir Edmund liked to take the air before bed."

Dr. Kemble looked down at his boot for a long moment. When he looked up, he had gone very pale.

"I went to ask him for more time," he said quietly. "About the money. He was alive when I left him. I swear it.\""""),
        H("""Harriet steps out onto the terrace through the garden door. In the fresh snow there's a single line of footprints leading from the garden door to the library's French windows, and none coming back. The prints are small, too small for Julian or the doctor. Your turn: add a clue that seems to point to someone other than the real killer."""),
        G("""Harriet had gone perhaps three paces along the line of small footprints when her walking stick struck something hard beneath the snow. She crouched, with some protest from her knees, and brushed the powder away.

It was a cigarette case, silver, the kind given to young men on their twenty-first birthdays. The engraving on the lid read *J. A. V.* Inside were four Turkish cigarettes, the brand Julian had been smoking all evening in the billiard room, and folded behind them a pawn ticket from Hallam & Sons of Bond Street. Item: one pearl necklace, three strands, diamond clasp. Dated the tenth of December.

Harriet knew that necklace. It hung around the throat of the late Lady Vale in the portrait in the hall, and on her first evening Sir Edmund had told her, with real pride, that it was locked in the library safe and had never left the house.

She stood very still in the falling snow. A nephew in debt. A necklace quietly pawned. An uncle writing *My dear Julian, I have decided—* on the last night of his life. It fitted together so neatly that a less experienced woman might have gone straight indoors and sent for the constable the moment the road was clear.

Miss Quill, however, had taught forty years of girls who were very good at leaving things where they would be found. She looked at the case, and at how thin the layer of snow over it had been, far thinner than the snow lying in the footprints beside it.

"Now who," she murmured, "wanted me to find you?\""""),
        H("""Now the big finale: Harriet gathers everyone in the drawing room and reveals who killed Sir Edmund and how, tying together the cocoa, the damp trousers, the footprints and the stopped clock. Make it a proper Golden Age ending, several paragraphs."""),
        G("""Harriet gathered everyone in the drawing room and pointed at the killer. "It was you," she said, and the case was closed."""),
    ],
})

# ---------------------------------------------------------------- 012
DIALOGUES.append({
    "id": "m13c-012",
    "label": "structure",
    "language": "en",
    "note": "Malformed: user turns 2 and 3 follow each other with no assistant reply in between (human, gpt, human, human, gpt, human, gpt).",
    "conversations": [
        H("""My roommate Jess and I have lived together for a year and it used to be fine, but lately she leaves dishes in the sink for days and her boyfriend is over like five nights a week. I'm starting to dread going home. How do I bring this up without it blowing up?"""),
        G("""Dreading going home is a real sign this needs addressing, and you're right to think about *how* before you say anything. Small resentments that build up over weeks tend to come out all at once, and sharper than you intend. Getting ahead of that is the goal.

**Before the conversation**
- **Pick a calm time.** Not when the dishes are piled up, not when her boyfriend is there, not late at night. Ask ahead: "Hey, can we sit down for 15 minutes this weekend to talk about apartment stuff?"
- **Know what you actually want.** "Be more considerate" is vague. "Dishes washed within a day" and "a plan for utilities when he's here a lot" are things she can say yes to.

**During**
- **Start with the relationship.** "I like living with you, and that's why I want to sort this out before it gets weird."
- **Use specific observations and "I" statements.** "When dishes sit for a few days, the kitchen gets hard to use and I end up feeling resentful" lands much better than "You never clean up."
- **Make a specific request, then ask for her view.** "Could we agree on dishes done by the next day? Does that seem fair to you?" Then actually listen; she may have her own list.
- **One or two issues, not a year of grievances.** Stick to what's current.

**After**
Follow up lightly after a week or two. If things have improved, say thanks. It reinforces the change more than any complaint."""),
        H("""Honestly the boyfriend thing bothers me more than the dishes. He showers here every morning and our water bill went from $38 to $61 a month. He's basically a third roommate who doesn't pay."""),
        H("""Also, should I bring up both things in the same conversation, or would that feel like an ambush?"""),
        G("""Both of those are completely reasonable. Five nights a week is close to living there, and the water bill jumping from $38 to $61 puts a number on it: about **$23 a month** more, before counting electricity, wear and tear, or shared supplies like toilet paper.

**One conversation or two?**
One conversation, but not an ambush. Tell her ahead of time that you'd like to talk about "a couple of apartment things" so she isn't blindsided, and then:
1. **Lead with the boyfriend situation.** It's the bigger issue and the one you care about more. If you open with the dishes, the guest issue can feel like a pile-on at the end.
2. **Keep the dishes short.** One sentence and one request.

**What to ask for on the guest issue**
Focus on fairness rather than on him as a person. Options you could propose:
- He (or she) covers the utility increase, roughly $23 a month, or a third of the utilities while he's over this often.
- A guest guideline, for example no more than two or three overnights a week without checking in first.
- If your lease has a guest clause, keep it as background and use it only if you need to. Leading with the lease feels like a threat.

**A possible opening**
> "I really like living with you and I want to keep it that way, so I'd rather bring this up now than let it build. He's been staying over most nights, which is fine in principle, but our water bill went from $38 to $61, and the apartment feels like it has three people in it. Could we figure out something that feels fair, like him chipping in on utilities, or fewer nights a week?"

Then stop talking and let her respond."""),
        H("""I did it. She got defensive and said I'm "keeping score" and being petty about $23. How do I respond without it escalating?"""),
        G("""Defensiveness in a first conversation like this is very normal. It often means she feels embarrassed or judged, not that she thinks you're wrong. The aim now is to lower the temperature without dropping the issue.

**1. Don't defend the $23.** If you argue about whether $23 is petty, you end up debating the number instead of the real issue. Reframe instead:
> "You're right, $23 isn't a lot of money. Honestly, it's not really about the money. It's that the apartment feels like it has three people in it, and I never really got a say in that."

**2. Acknowledge her feeling before repeating yours.**
> "I can see this feels like I'm keeping score, and I don't want you to feel that way. I'm bringing it up because I'd rather talk now than get quietly resentful."

**3. Give her something easy to say yes to.**
> "What if we tried him staying three nights a week, and we check in again in a month?"

**4. Take a break if needed.** If it keeps heating up: "Let's both think about it and talk again on Sunday." A pause isn't giving up, and people often come back much more reasonable after a day.

**5. Watch your own tone.** Say things once, calmly, and then listen. When one person stays calm and specific, the other usually settles down.

If it's still stuck after a second try, it may be worth involving a neutral third person, like a mutual friend. But try the calm, direct version first."""),
    ],
})
