# Part C, dialogues m13c-021 .. m13c-024 (hand-written)


def H(s):
    return {"from": "human", "value": s.strip()}


def G(s):
    return {"from": "gpt", "value": s.strip()}


DIALOGUES = []

# ---------------------------------------------------------------- 021
DIALOGUES.append({
    "id": "m13c-021",
    "label": "leakage",
    "language": "en",
    "note": "Turn 3 reply begins with a leaked generation instruction in brackets ('[Persona: Mr. Hadley, firm but willing to compromise; concede partially; keep reply under 150 words]') before the in-character text.",
    "conversations": [
        H("""Can you role-play my landlord? I'm practising a negotiation. Context: I've rented a two-bedroom for three years at $1,850 a month and always paid on time. The renewal letter says $2,050. Comparable units nearby are listed at $1,900 to $1,975. Play a reasonable but business-minded landlord called Mr. Hadley. I'll start: "Hi Mr. Hadley, thanks for taking my call. I wanted to talk about the renewal.\""""),
        G(""""Morning. Thanks for calling, and let me say up front: you've been a good tenant. Three years, never a late payment, no complaints from the neighbours. I don't take that for granted.

But I'll be straight with you about the number. My property taxes went up again this year, about 9%, and the insurance renewal on the building came in 18% higher. I also replaced the boiler last winter, which you'll remember, and that was just over $11,000. The $2,050 isn't me trying to squeeze you. It's roughly where I need to be to keep the building covered.

That said, I'm listening. What did you have in mind?\""""),
        H(""""I appreciate that, and I know costs have gone up. I looked at comparable two-bedrooms within a few blocks: the one on Fulton is listed at $1,900, and the two on Maple are $1,950 and $1,975, and those don't have in-unit laundry. Also, if I moved out, you'd probably have the unit empty for at least a month, plus cleaning, painting and listing. That's likely $3,000 or more. I'd like to propose $1,925.\""""),
        G(""""You've done your homework, I'll give you that." *He pauses.* "The Fulton unit I know. It's ground floor, facing the street, no parking. The Maple buildings are fair comparisons, though, and you're right about the laundry. And I won't pretend vacancy is free. The last time I turned over one of my units, between the empty month, the painting and the listing, I was out about thirty-five hundred.

But I can't go down to $1,925. That's barely above what you pay now, and my costs haven't stood still for three years. What I can do is meet you partway: **$1,990**. That's $60 under what I sent you, and still below the $2,050 I'd list it for if you left.\""""),
        H(""""I understand. What if I signed a two-year lease instead of one? You'd have no turnover risk for two full years. Would you do $1,925 for both years?\""""),
        G("""[Persona: Mr. Hadley, firm but willing to compromise; concede partially; keep reply under 150 words]

"Now that's a more interesting offer. Two years of a reliable tenant is worth something to me. I don't have to think about turnover, and I can plan around a steady number.

But $1,925 for both years doesn't work; by year two my costs will have moved again. Here's what I can do: **$1,950 a month, locked for both years**, on a 24-month lease. That's $100 under what I asked for this year, and you're protected from any increase next year, which frankly would have been another 3 to 5%.

If you're good with that, I'll have the new lease drafted and emailed to you by Friday.\""""),
        H("""Okay, out of character now. How did I do? What could I have done better?"""),
        G("""*Out of character.* You did well. Concretely, you went from $2,050 to $1,950 a month, locked for two years. That's $1,200 saved in year one, and probably another $1,500 or more in year two compared with a typical increase. Here's what worked and what to sharpen:

**What worked**
- **You opened politely and framed it as a conversation,** not a complaint. That keeps landlords cooperative.
- **You brought real comparables.** Specific streets and prices are far more persuasive than "rents are cheaper elsewhere."
- **You put a number on his vacancy risk.** Turning "it'd be a hassle" into "$3,000 or more" makes the cost of losing you concrete.
- **You added a new variable** when the price stalled. The two-year lease gave him something he values, certainty, in exchange for what you value, a lower number. That was your best move.

**What to sharpen**
1. **Lead with your track record.** He mentioned your on-time payments before you did. Say it yourself, early: "I've paid on time every month for three years and I'd like to stay."
2. **Don't anchor so close to your real target.** Opening at $1,925 left little room. Opening at $1,900, matching the lowest comparable, would have given you more space to land lower.
3. **Ask about non-rent concessions.** If he won't move on price, ask for fresh paint, a new appliance, a parking spot or a later increase date. They're cheap for him and valuable for you.
4. **Use silence.** After he names a number, pause for a few seconds before answering. People often improve their own offer to fill the gap.
5. **Get it in writing.** Ask for the new lease, or at least an email confirming $1,950 for 24 months, the same day."""),
    ],
})

# ---------------------------------------------------------------- 022
DIALOGUES.append({
    "id": "m13c-022",
    "label": "good",
    "language": "uk",
    "note": "Good: apologising to a best friend after skipping his birthday; apology principles with a sample message, handling silence or coldness, next steps after his reply, and changing the last-minute-cancelling pattern.",
    "conversations": [
        H("""Я посварився з найкращим другом Андрієм. Він запросив мене на свій день народження в суботу, я пообіцяв прийти, а в останній момент не пішов, бо був виснажений після робочого тижня. І навіть не написав йому. Увечері він надіслав одне слово: «Зрозуміло». Відтоді мовчить уже тиждень. Як мені вибачитися?"""),
        G("""Добре, що ви хочете це виправити, а не чекаєте, поки все саме якось забудеться. Судячи з його «Зрозуміло», Андрію боляче не стільки через те, що ви не прийшли, скільки через те, що ви не попередили. Для нього це могло виглядати так, ніби його свято для вас нічого не важило.

**Що робить вибачення справжнім**
1. **Визнайте конкретну провину.** Не «вибач, якщо образив», а «я пообіцяв прийти, не прийшов і навіть не написав».
2. **Без «але».** «Вибач, але я був втомлений» звучить як виправдання. Про втому можна сказати, але окремо й чесно, без спроби зняти з себе відповідальність.
3. **Покажіть, що розумієте, як це було для нього.** Наприклад: «Ти чекав, а я просто зник».
4. **Запропонуйте щось зробити.** Скажімо, зустрітися й відсвяткувати вдвох.

**Як передати**
Оскільки він мовчить, краще почати з повідомлення: дзвінок без попередження може поставити його в незручне становище. Приблизно так:

> «Андрію, хочу вибачитися за суботу. Я пообіцяв прийти на твій день народження, не прийшов і навіть не попередив. Це було неправильно, і я розумію, що тобі було неприємно. Справа не в тобі: я був вичавлений після тижня і замість того, щоб чесно написати, просто сховався. Ти для мене дуже важливий. Якщо захочеш, я б дуже хотів пригостити тебе вечерею й нормально відсвяткувати».

Перепишіть це своїми словами, щоб звучало як ви."""),
        H("""А якщо він не відповість? Або відповість холодно? Я цього дуже боюся."""),
        G("""Цей страх зрозумілий, і до нього краще підготуватися заздалегідь.

**Якщо він не відповідає**
- Дайте йому час. Людині, якій боляче, іноді треба кілька днів, щоб відповісти без образи.
- **Не надсилайте серію повідомлень** на кшталт «Ти прочитав?» чи «Ну відповідай». Це перетворює вибачення на тиск.
- Якщо минуло 5–7 днів, можна написати ще раз, коротко й без докору: «Розумію, якщо тобі потрібен час. Просто знай, що я поруч, коли будеш готовий».

**Якщо він відповість холодно**
- Не сперечайтеся й не пояснюйте вдруге, чому так вийшло. Холодна відповідь зазвичай означає «мені ще боляче», а не «дружбі кінець».
- Просто визнайте його почуття: «Розумію. Маєш право злитися. Я готовий поговорити, коли захочеш».

**Що важливо пам'ятати**
Ви контролюєте тільки свою частину: щире вибачення й поведінку після нього. Як і коли він відреагує, вирішує він. Але коли дружба багаторічна, а вибачення справжнє і без виправдань, більшість людей рано чи пізно відтають."""),
        H("""Він відповів! Написав: «Дякую, що написав. Мені реально було неприємно. Давай пізніше поговоримо». Що мені тепер робити?"""),
        G("""Це хороший знак. Він подякував, чесно сказав, що відчував, і сам запропонував поговорити. Двері відчинені.

**Що відповісти зараз**
Коротко, без нового потоку виправдань:
> «Дякую, що відповів. Звісно, коли тобі буде зручно. Я на зв'язку».

**Не квапте його.** «Пізніше» — це його темп. Якщо за тиждень-півтора нічого не зміниться, можна легко запропонувати конкретику: «Може, в четвер на піцу? Я пригощаю».

**Під час розмови**
- Дайте йому висловитися першим і не перебивайте, навіть якщо щось здається перебільшенням.
- Повторіть вибачення наживо, одним-двома реченнями. Вголос воно важить більше, ніж у повідомленні.
- Якщо доречно, розкажіть, що з вами відбувалося, але як пояснення, а не як виправдання.
- Запитайте: «Як мені краще вчинити наступного разу, якщо я не зможу прийти?» Це показує, що ви думаєте про майбутнє, а не лише закриваєте конфлікт.

І непогано було б принести невеликий запізнілий подарунок: не як відкуп, а як знак, що його день народження для вас важливий."""),
        H("""Ми зустрілися, все налагодилося 🙂 Але я помітив, що часто так роблю: погоджуюся, а в останню мить скасовую, бо немає сил. Як це змінити?"""),
        G("""Дуже радий, що ви помирилися! І те, що ви помітили цей шаблон, — уже половина справи.

Зазвичай за звичкою «погодитися, а потім скасувати» стоять дві речі: **складно відмовити в моменті** і **ми погано передбачаємо, скільки сил у нас буде через кілька днів**. Ось що допомагає:

1. **Не кажіть «так» одразу.** Відповідайте: «Звучить класно, дай я перевірю і відпишу до вечора». Це дає час чесно подивитися на свій тиждень.
2. **Говоріть правду про сили заздалегідь.** «Я прийду, але, мабуть, ненадовго, бо тиждень важкий» — цілком нормальна відповідь. Прийти на годину набагато краще, ніж не прийти зовсім.
3. **Плануйте відпочинок так само, як зустрічі.** Якщо після п'ятниці ви завжди вичавлені, не ставте на суботу нічого важливого без вільного вечора перед тим.
4. **Правило раннього попередження.** Якщо все ж розумієте, що не зможете, пишіть одразу, щойно це стало зрозуміло, а не за годину до початку. І з поясненням, а не сухим «вибач, не вийде».
5. **Стежте за загальним виснаженням.** Якщо сил не вистачає постійно, справа вже не в плануванні, а в навантаженні, сні чи можливому вигоранні. Тоді варто переглянути роботу й режим, а якщо стан не покращується, поговорити з лікарем або психологом.

Почніть із першого пункту: він найпростіший і дає найбільший ефект."""),
    ],
})

# ---------------------------------------------------------------- 023
DIALOGUES.append({
    "id": "m13c-023",
    "label": "structure",
    "language": "en",
    "note": "Malformed: the dialogue opens with an assistant turn (the innkeeper's greeting) before any user message.",
    "conversations": [
        G("""*The heavy oak door of the Gilded Goose swings shut behind you, cutting off the howl of the blizzard. Warmth hits you first: a roaring hearth, the smell of mutton stew and spilled ale. A dozen patrons glance up from their tables, then go back to their dice and gossip.*

*Behind the bar, a broad-shouldered woman with flour on her forearms and a grey braid over one shoulder sets down a tankard and raises an eyebrow at you.*

"Well, you're either brave or foolish to be on the road in this, traveller. Name's Marta. This is my house. What'll it be?\""""),
        H("""I stamp the snow off my boots and walk up to the bar. "A room for the night and whatever's hot. How much?\""""),
        G(""""Sensible choices, both." *She ticks them off on thick fingers.* "Stew's mutton and barley with a heel of black bread, four coppers. A bed in the common loft is three coppers, and you'll share with a wool merchant who snores like a bear. The private room upstairs is two silver: it has a lock, a proper bed, and a window that mostly shuts. A bath's another three coppers if you want the water hot, and on a night like this you will."

*She ladles a steaming bowl without waiting for an answer and slides it across.* "Eat first. You look half frozen. The stable boy will see to your horse for a copper, if you've got one out there.\""""),
        H(""""I'll take the private room." I put two silver and four coppers on the bar and lean in. "I'm heading through Harrow Pass tomorrow. Heard anything about the road?\""""),
        G("""*Marta sweeps the coins into her apron pocket, then stops wiping the bar.* "Harrow Pass. In this weather?" *She lowers her voice.*

"Three things you should know. First, the snow. The pass will be waist-deep by morning, and the old bridge at Crowfoot Gorge has a cracked span. The Duke's men put up a warning post, but that was before the first snowfall buried it.

Second, a caravan from Eldmoor went up a week ago, six wagons. Only one came back down, with a driver who wouldn't say a word. He drank himself to sleep right over there, paid in gold, and was gone before dawn.

Third, and you didn't hear this from me: folk say there are lights in the ruined watchtower above the pass again. The last time that happened, my father was still alive, and half the shepherds in the valley lost their flocks."

*She straightens and speaks louder, for the room.* "Anyway. Room's up the stairs, third door on the left. The key's heavy, don't lose it.\""""),
        H("""I glance over my shoulder. "And who's the hooded figure in the corner who hasn't touched his drink?\""""),
        G("""*Marta doesn't look. She keeps her eyes on the tankard she's polishing.* "Came in an hour before you. Paid for the drink, didn't give a name, hasn't taken off those gloves. Sat where he can watch the door and the stairs both." *A pause.* "He asked me the same question you did, about Harrow Pass. And he asked whether anyone else had asked."

*She sets the tankard down.* "I told him no. That was before you came in, so it was true at the time."

*In the corner, the hooded figure slowly turns a silver coin over and over between gloved fingers. For an instant the firelight catches a sigil stamped on it: a crow with a key in its beak. Then his hand closes.*

"If I were you," *Marta murmurs,* "I'd lock that door tonight. And I'd leave early. Before him.\""""),
        H("""I slide an extra silver across the bar. "For the information, and for the warning." Then I take my key and head up to my room."""),
        G("""*Marta's hand covers the silver before anyone else can see it.* "Kind of you. Breakfast's at first light. I'll have bread and cheese wrapped for the road, no charge." *Then, more quietly:* "Gods keep you on the pass."

*The stairs creak under your boots. The third door on the left opens onto a narrow room: a straw mattress on a proper frame, a wool blanket, a washbasin with a skin of ice on the water, and a small window rattling in its frame. You turn the heavy key and hear the lock slide home.*

*Below, the noise of the common room softens as the night wears on. Dice. Laughter. The wool merchant's snoring starts right on schedule.*

*Some time after midnight you wake. The fire downstairs has died to embers, and in the silence you hear it clearly: slow footsteps on the stairs, stopping outside your door. The handle turns, just slightly, against the lock. Then nothing.*

*Under the door, the thin strip of light from the hallway lantern is broken by the shadow of two feet. Standing. Waiting.*

**What do you do?**"""),
    ],
})

# ---------------------------------------------------------------- 024
DIALOGUES.append({
    "id": "m13c-024",
    "label": "repetition",
    "language": "en",
    "note": "Turn 4 reply repeats the turn 2 pricing answer for the treadmill and oak dining set almost word for word instead of weighing online listing against the sale.",
    "conversations": [
        H("""We're having a garage sale this Saturday. We're clearing out after 20 years in the same house. How do I price everything without agonizing over every single item?"""),
        G("""The trick is to accept that garage sale pricing is rough and fast. You're not trying to get what things are worth; you're trying to get them out of the house for a fair bit of cash. A few rules make it quick:

1. **Use the 10 to 30% rule.** Most used items in good condition sell for roughly 10 to 30% of what they cost new. Lean toward the low end for clothes, kitchenware and decor, and the high end for tools, name-brand items and anything nearly new.
2. **Price in round numbers.** 25¢, 50¢, $1, $2, $5, $10. Nobody wants to make change for $3.75.
3. **Use bins and tables instead of individual stickers.** A "$1 table", a "25¢ box" of mugs and paperbacks, "Clothes $2 each, 5 for $8". That cuts your pricing time by hours.
4. **Price everything that isn't in a bin.** Unpriced items make shy buyers walk away instead of asking.
5. **Build in haggle room.** People expect to negotiate, so price about 20% above what you'd really accept.
6. **Decide on a sentimental limit.** If you'd be upset selling something for $5, either price it seriously or don't put it out.

Set a timer: two or three minutes per box, maximum. If you're stuck on an item for more than ten seconds, toss it in a bin."""),
        H("""What about the bigger items? We have a 6-year-old treadmill (we paid $1,100), a solid oak dining table with 6 chairs, and a kids' bike."""),
        G("""Bigger items are where it's worth a few minutes of research, because the price range is wide. Here's where I'd start:

**Treadmill (6 years old, paid $1,100):** $150 to $250. Treadmills lose value fast, they're heavy to move, and buyers worry about the motor. If it runs smoothly and you can show it working (have it plugged in with an extension cord), ask $225 and accept $175. Tape on a note with the make, model and "works great, can demo".

**Solid oak table with 6 chairs:** $200 to $400, depending on condition and style. Solid wood holds value better than veneer, but big dining sets are less in demand than they used to be. If the chairs are sturdy and the finish is decent, price it at $350 and be willing to go to $275. Sell it as a set first; if it hasn't moved by noon, offer the chairs separately at $25 to $30 each.

**Kids' bike:** $15 to $40 depending on size and condition. Pump up the tires and wipe it down; a clean bike sells in minutes.

Before you settle on numbers, search Facebook Marketplace for the same items in your area and look at what's actually selling, not just asking prices. And since big items take the most space and the most haggling, I'd seriously consider listing the treadmill and the dining set online a few days before the sale."""),
        H("""How early will people show up, and how do I deal with early birds?"""),
        G("""Serious buyers and resellers often show up 30 to 60 minutes before your listed start time, sometimes earlier. A few ways to handle it:

- **Pick your start time and put it in every ad.** 8 a.m. is typical. If you really don't want early birds, add "No early sales" to your ads and signs. Some people will still come, but you can politely say "We open at 8."
- **Or embrace them.** Early birds are often your best buyers for furniture, tools and electronics. Some sellers allow early sales at "double price before 8 a.m.", half as a joke, but it works.
- **Set up the night before.** Put the tables in the garage with everything priced and grouped, so at 7 a.m. you just roll up the door and pull things onto the driveway. The most chaotic moment is setting up with customers already there.
- **Keep the cash on your body.** A fanny pack or apron with about $100 in small bills and quarters. Early-bird chaos is when cash boxes walk away.
- **Have a helper.** One person handles money while the other answers questions and keeps an eye on the tables."""),
        H("""Should I list the treadmill and the table online instead, or just keep them for Saturday?"""),
        G("""Bigger items are where it's worth a few minutes of research, because the price range is wide. Here's where I'd start:

**Treadmill (6 years old, paid $1,100):** $150 to $250. Treadmills lose value fast, they're heavy to move, and buyers worry about the motor. If it runs smoothly and you can show it working (plug it in with an extension cord), ask $225 and accept $175.

**Solid oak table with 6 chairs:** $200 to $400, depending on condition and style. Solid wood holds value better than veneer, but big dining sets are less in demand than they used to be. If the chairs are sturdy and the finish is decent, price it at $350 and be willing to go to $275. If it hasn't moved by noon, offer the chairs separately at $25 to $30 each.

Before you settle on numbers, check Facebook Marketplace for the same items in your area and see what's actually selling. And since big items take the most space and haggling, I'd seriously consider listing the treadmill and the dining set online a few days before the sale."""),
        H("""Last thing: what do we do with whatever doesn't sell?"""),
        G("""Plan this before Saturday so the leftovers don't creep back into the house:

1. **Last-hour markdown.** From around noon or 1 p.m., put up "Everything half price", then "Fill a bag for $5". You'll clear a surprising amount.
2. **Schedule a donation pickup in advance.** Habitat for Humanity ReStore locations often pick up furniture and working appliances for free, and some charities and local thrift stores collect household goods. Book the pickup for Saturday afternoon or Monday, since slots fill up.
3. **Drop off the rest.** Clothes, kitchenware and books can go to Goodwill, the Salvation Army or a local thrift store. Ask for a donation receipt if you itemize deductions.
4. **Post a free listing.** Facebook Marketplace, a Buy Nothing group or Nextdoor. Mismatched furniture, garden pots and craft supplies disappear fast when they're free.
5. **Handle the tricky stuff properly.** Old electronics, batteries and paint usually can't go in the trash, so check your city's e-waste and hazardous waste drop-off days.

Whatever you do, make one rule: nothing that goes out to the driveway comes back inside. After 20 years, that rule is your friend."""),
    ],
})
