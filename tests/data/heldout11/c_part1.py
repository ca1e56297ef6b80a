# Dialogue texts for part c, ids 001-010.
# Each entry: id, label, language, note, and either "pairs" (list of (human, gpt))
# or "conv" (explicit list of (role, text)) for malformed structure cases.

DIALOGUES = []


def add(**kw):
    DIALOGUES.append(kw)


# ---------------------------------------------------------------- 001 good / grief support
add(
    id="k11c-001",
    label="good",
    language="en",
    note="Good: grief support over five turns; each reply addresses the new concern (sleep, guilt, clearing the flat, returning to work) with specific, consistent advice; short warm close.",
    pairs=[
        (
            """My dad died three weeks ago. Everyone keeps telling me it gets easier, but right now I can't sleep more than three or four hours a night. I lie there replaying the last week in the hospital. Is this normal, and is there anything that actually helps?""",
            """I'm really sorry about your dad. Three weeks is very recent, and what you're describing is one of the most common early grief reactions. The mind tends to replay hospital scenes over and over, especially at night when there is nothing else to hold your attention. It doesn't mean something is wrong with you.

A few things that genuinely help many people:

1. **Keep a fixed wake-up time**, even after a terrible night. A consistent morning time anchors your body clock far more than trying to go to bed early.
2. **Give the replay a slot earlier in the day.** Spend 10 minutes in the early evening writing down whatever is looping: what happened, what you wish had been different. Closing the notebook tells your brain the material is "stored" and doesn't need rehearsing at 2 a.m.
3. **The 20-minute rule.** If you've been awake for about 20 minutes, get up, go to another room with dim light and do something dull (folding laundry, an easy book). Go back only when you feel sleepy, so your bed doesn't become the place where you lie and suffer.
4. **Watch caffeine after noon and alcohol in the evening.** A drink can make you drowsy, but it fragments the second half of the night.
5. **Morning daylight**, even a 15-minute walk, helps reset sleep pressure.

Please see your GP if you are still getting under four hours most nights after another few weeks, if the images start to feel like flashbacks with panic, or if you ever have thoughts that you'd be better off not here. Short-term help with sleep, or a few sessions of grief counselling, is entirely reasonable.""",
        ),
        (
            """The replaying is mostly about the last conversation. He was confused from the medication and I got frustrated with him and snapped. That's the last real conversation we had. I keep thinking he died thinking I was angry at him.""",
            """That is such a painful thing to carry, and I understand why your mind keeps returning to it. Guilt about a last exchange is one of the most common forms grief takes, precisely because we can't go back and redo it.

A few things are worth holding next to that memory:

- **Context matters.** You were exhausted, frightened and watching your father suffer in a hospital. Snapping in that situation is not a measure of how you felt about him; it's a measure of how much strain you were under.
- **One moment is not the relationship.** He knew you across a whole lifetime, not through a single sentence at the end. People who love each other snap at each other, and then keep loving each other.
- **Confusion works both ways.** If the medication was clouding his thinking, it is quite likely the exchange didn't register with him the way it has with you. Many families of patients with delirium later learn their loved one had little memory of those days at all.

Some people find it helps to say what they didn't get to say. You could write him a letter: tell him you were scared, that you were sorry you lost your patience, and what he meant to you. You don't have to show it to anyone. Others talk it through with someone who knew both of them, a sibling or an old family friend, because they can remind you what the relationship was really like.

If the guilt stays this heavy for months, a grief counsellor can help you work through it specifically.""",
        ),
        (
            """My brother wants to clear out Dad's apartment this weekend because the lease ends at the end of next month. I'm not ready. How do I handle this without starting a fight?""",
            """It helps to notice that you and your brother probably want the same thing, to look after your dad's things properly, but you're coping differently. He may find relief in getting things done; you need more time. Both are normal grief styles, and the deadline actually gives you room to respect both.

If the lease ends at the end of next month, you have roughly five to eight weeks, depending on today's date. That is enough for a phased approach:

**This weekend: only the urgent things.**
- Documents: will, bank statements, insurance papers, pension letters, passport, car title.
- Valuables and anything irreplaceable: jewellery, photos, letters.
- The fridge and anything perishable.
- Redirecting his post.

**Two or three later sessions: everything else.** Use three groups: keep, donate or sell, and "decide later". The "decide later" box is important; it means you don't have to make final decisions about his jacket or his record collection while you're raw. Photograph items you're letting go of if that helps.

**Last week before the lease ends:** a house-clearance service or charity pick-up for furniture, so neither of you is hauling a sofa down the stairs.

You could open the conversation like this: *"I know we need to get this done, and I'm grateful you're taking the lead. I'm not ready to go through his clothes and things yet. Could we do the paperwork, valuables and the fridge this weekend, and set two more dates for the rest before the lease ends?"*

That gives him progress and a plan, and gives you time.""",
        ),
        (
            """Okay, I talked to him and he agreed to do documents and the fridge this weekend and the rest over two more weekends. Thank you. One more thing: I'm supposed to go back to work on Monday. I'm a nurse. I'm scared I'll fall apart on the ward.""",
            """I'm glad the conversation with your brother went well. Going back to nursing so soon after losing a parent in hospital is a genuinely hard combination: the sounds, the smells and the routines can bring that last week right back. It's wise to plan for it rather than hope it won't happen.

**Before Monday**
- **Email or call your manager now.** Tell them what happened and ask whether a phased return is possible: shorter shifts, no nights for the first week or two, or a lighter patient load.
- **Ask to avoid end-of-life care for the first shifts** if your ward allows it. Many managers will rearrange assignments if asked; few will guess to do so.
- **Find out about your Employee Assistance Programme** or staff support service. Hospitals almost always have one, and it's confidential.

**On the ward**
- **Pick one colleague** you trust and tell them briefly. Having someone who can cover you for five minutes makes a huge difference.
- **Know your exit spot**: a staff room, a linen cupboard, a stairwell.
- **Have a grounding technique ready.** When a wave hits, name 5 things you can see, 4 you can hear, 3 you can touch. It takes about a minute and brings you back into the room.
- **Expect triggers** (monitor alarms, a patient with his diagnosis) and remind yourself that a reaction is grief, not incompetence.

One honest point: if you're still sleeping three or four hours a night, mention it to occupational health or your GP. Fatigue on a ward is a safety issue for you and your patients, and it is a completely legitimate reason to ask for adjustments.

Crying in the staff room doesn't mean you've fallen apart. It means you just lost your dad, and you're human.""",
        ),
        (
            """Thank you. I think I just needed someone to say all this out loud. I'll email my manager tonight.""",
            """That sounds like a good plan. Documents and the fridge with your brother this weekend, an email to your manager tonight, and a gentle first week back. You don't have to get grief "right"; you just have to get through the next few days with some support around you. If the nights keep getting worse, please do talk to your GP. Take care of yourself.""",
        ),
    ],
)

# ---------------------------------------------------------------- 002 leakage / job negotiation
add(
    id="k11c-002",
    label="leakage",
    language="en",
    note="Leakage (subtle): turn 3 reply contains a generator's steering note in angle brackets ('writer: user persona is anxious, reassure before the script...') in the middle of otherwise good negotiation advice.",
    pairs=[
        (
            """I just got an offer for a senior data analyst role: $92,000 base, 10% target bonus, 15 days PTO, hybrid with 3 days in the office. I was hoping for something closer to $102,000. Is it reasonable to push back, or will they pull the offer?""",
            """It's reasonable to push back, and employers very rarely withdraw an offer because a candidate negotiated politely. Most hiring managers expect a counter, and many leave room in the first number precisely for that.

A few things to consider before you respond:

**1. Your gap is normal.** $102,000 is about 11% above $92,000. Counters in the 5-15% range are common for professional roles and don't come across as unreasonable.

**2. Look at total compensation.** A 10% target bonus on $92,000 is $9,200, so at target you're looking at roughly $101,200 in cash. That doesn't mean you shouldn't negotiate base (bonuses aren't guaranteed, and future raises are usually a percentage of base), but it's useful context for how far apart you really are.

**3. Anchor on market data, not personal need.** Check salary sources for "senior data analyst" in your city and industry: Glassdoor, Levels.fyi where it has data, your local government's occupational wage statistics, and any peers you can ask. A counter grounded in "the market for this role is X" lands much better than "I was hoping for more."

**4. Know your other levers.** If base is tight, companies can often move on a sign-on bonus, extra PTO, a title/level change, a professional development budget, or an early salary review.

**5. Process.** Thank them, say you're excited, and ask for two or three business days to review the full offer in writing. Then counter once, clearly, with a number.

If you tell me what the market data looks like for your area, I can help you pick the exact figure and wording.""",
        ),
        (
            """The market data I found for my city puts senior analysts at $95k-$110k. How do I actually phrase the counter? I get nervous on calls.""",
            """That range helps you a lot: their $92,000 offer is actually below the bottom of your local market band, which gives you a clean, non-confrontational argument.

**Pick your number.** I'd counter at $104,000. It sits inside the $95k-$110k range, it's defensible for a senior role, and it leaves room for them to meet you around $100k-$102k, which is where you actually want to land.

**Use email first.** Since calls make you nervous, put the counter in writing. It lets you choose your words, and the recruiter can forward it to the hiring manager unchanged. If they call you afterwards, you're simply repeating what you already wrote.

Here's a draft:

> Hello,
>
> Thank you again for the offer. I'm genuinely excited about the role and about the projects we discussed during the interviews.
>
> Having reviewed the package, I'd like to discuss the base salary. Based on local market data for senior data analysts, which puts the range at roughly $95,000-$110,000, and the scope we discussed, I'd be comfortable moving forward at a base of $104,000.
>
> Everything else in the offer works well for me, and I'm hopeful we can find a number that works for both of us.
>
> Best regards

**If they call:** keep a sticky note with three lines: "excited about the role", "market range $95k-$110k", "$104k". Then stop talking after you say the number. The silence feels long, but it's their turn.""",
        ),
        (
            """They came back with $98,000 and said that's the top of the band for this level. Should I accept, or is there anything else I can ask for?""",
            """$98,000 is a solid result: you moved them $6,000, and it now sits inside your market range. When a company says a number is the top of the band, that's often true, so pushing base further usually has diminishing returns. But the band limits salary, not the whole package. This is the moment to shift to other levers.

The strongest options, roughly in order of how often companies agree:

1. **Sign-on bonus.** A one-time payment doesn't touch the salary band. Asking for $4,000-$5,000 bridges most of the gap to your original target for year one.
2. **A guaranteed six-month review** with a stated criterion (for example, "eligible for adjustment to $102,000 on meeting objectives"), written into the offer.
3. **Extra PTO.** Going from 15 to 20 days is a common ask and costs them less than salary.
4. **Level or title.** If you're near the boundary, ask whether the role could be levelled up, which moves you into a higher band.
5. **Learning budget** for certifications or a conference.

⟨writer: user persona is anxious, reassure before the script and keep the list to five items⟩

You don't need to ask for everything. Choose two so the request stays focused. Something like:

> "Thank you for moving on base. I understand $98,000 is the top of the band. To close the gap, would you be open to a $5,000 sign-on bonus and a formal compensation review at six months? If so, I'm ready to accept."

Ending with "I'm ready to accept" is powerful: it tells them this is the last ask, which makes it easier for them to say yes.""",
        ),
        (
            """I asked for the sign-on bonus and the six-month review. They agreed to a $5,000 sign-on and a written review at six months. How do I accept gracefully and make sure it's all documented?""",
            """Congratulations, that's a really good outcome. Accept warmly, then make sure every term shows up in an updated written offer before you resign from your current job.

**Acceptance email:**

> Hello,
>
> Thank you so much for working with me on this. I'm delighted to accept the offer for the Senior Data Analyst position.
>
> To confirm my understanding of the final terms: base salary of $98,000, a $5,000 sign-on bonus, a 10% target annual bonus, 15 days PTO, a hybrid schedule of three days in the office, and a formal compensation review at six months. Could you send an updated offer letter reflecting these terms?
>
> I'm looking forward to getting started.

**When the updated letter arrives, check:**
- The sign-on bonus amount and **when it's paid** (first paycheck vs after 90 days).
- Any **clawback clause**: many sign-on bonuses must be repaid if you leave within 12 months. Common, but you should know.
- The six-month review is written as a commitment with a date, not just "may be reviewed".
- Start date, and any conditions such as a background check.

**Don't resign** until you have the signed letter and any contingencies are cleared. Then give your current employer your standard notice.

Well negotiated.""",
        ),
    ],
)

# ---------------------------------------------------------------- 003 good / museum guide role-play
add(
    id="k11c-003",
    label="good",
    language="en",
    note="Good: museum-guide role-play with a visitor and child; replies stay in character, are accurate (cast vs real bones, Stegosaurus/T. rex time gap, Archaeopteryx 1861) and appropriately short or medium.",
    pairs=[
        (
            """Let's role-play. You're a guide at a natural history museum and I'm a visitor who just walked into the dinosaur hall with my 9-year-old niece. Go!""",
            """Welcome to the Hall of Dinosaurs! I'm Priya, and I'll be your guide today. Two quick rules: please don't climb on the platforms, and if you want to touch something, there's a touch station by the exit just for that.

Now, we can start with the big *Tyrannosaurus rex* in the middle of the hall, or with the *Stegosaurus* over by the windows. Which one does our junior paleontologist want to meet first?""",
        ),
        (
            """My niece wants to know if the T. rex is real bones or fake.""",
            """Great question, and the honest answer is: a bit of both, but mostly a copy.

Real fossil bones aren't bone anymore; over millions of years minerals have replaced them, so they're basically rock, and very heavy. The real skull of the famous T. rex called Sue weighs about 600 pounds, which is why that museum shows it in a separate case instead of on the skeleton.

So the skeleton you see here is a cast: a lightweight copy made from moulds of a real specimen. The real fossils are kept safe downstairs in our collections, where scientists can study them. If you look at the left foot, though, you'll see a few darker toe bones. Those are genuine fossils.""",
        ),
        (
            """She says T. rex and Stegosaurus must have fought all the time. Did they?""",
            """They'd make a great movie, but they never met! Here's something that surprises most grown-ups too:

- *Stegosaurus* lived about **155-150 million years ago**, in the Late Jurassic.
- *T. rex* lived about **68-66 million years ago**, at the very end of the Cretaceous.

That means more time separates *Stegosaurus* from *T. rex* than separates *T. rex* from you and me. When T. rex was alive, Stegosaurus had already been a fossil for over 80 million years!

Stegosaurus did have a real enemy, though: a meat-eater called *Allosaurus*. Scientists found an Allosaurus tail bone with a hole in it that matches the size and shape of a Stegosaurus tail spike. Those spikes even have a nickname: the **thagomizer**. It started as a joke in a cartoon, and paleontologists liked it so much they kept using it.""",
        ),
        (
            """Ha, she loves that word. What's that little bird-like skeleton in the glass case?""",
            """Ah, that's one of my favourites. That's *Archaeopteryx*, or rather a cast of one.

It lived about 150 million years ago, and it was roughly the size of a raven. The fossils come from very fine limestone near Solnhofen in Bavaria, Germany, so fine that you can see the outlines of its feathers. The first skeleton was described in 1861, just two years after Charles Darwin published *On the Origin of Species*, and people were amazed because it looked half-dinosaur, half-bird.

Look closely and you can see why:
- **Bird features:** feathers and wings.
- **Dinosaur features:** teeth in its jaws, claws on its fingers, and a long bony tail.

Today scientists agree that birds are living dinosaurs. So next time your niece sees a pigeon, she can say hello to a dinosaur.""",
        ),
        (
            """Is there anything she can actually touch?""",
            """Yes! Head to the touch station by the exit. There's a cast of a T. rex tooth about as long as a banana, a real ammonite shell she can hold, and a real piece of duck-billed dinosaur vertebra that's about 70 million years old. Our volunteer there, Mr. Okafor, also lets kids try brushing sand off a fossil in the little dig box.""",
        ),
        (
            """Perfect, thank you! We'll head there now.""",
            """You're very welcome. Have fun, and if she has more questions, I'll be by the T. rex until four. And don't forget to say hi to the pigeons on your way out!""",
        ),
    ],
)

# ---------------------------------------------------------------- 004 placeholder / wedding planning (es)
add(
    id="k11c-004",
    label="placeholder",
    language="es",
    note="Placeholder: turn 2 reply ends by recommending a third venue with unfilled slots '__NOMBRE_FINCA_3__' and '__LOCALIDAD__'.",
    pairs=[
        (
            """Hola, mi pareja y yo nos casamos en octubre del año que viene cerca de Sevilla. Seremos unos 90 invitados y tenemos un presupuesto total de 18.000 €. ¿Cómo deberíamos repartir el dinero?""",
            """¡Enhorabuena por la boda! Con 18.000 € y 90 invitados tenéis un presupuesto ajustado pero perfectamente realista para la zona de Sevilla. Un reparto orientativo sería este:

| Partida | % | Importe aproximado |
|---|---|---|
| Espacio y banquete | 48 % | 8.600 € |
| Fotografía y vídeo | 11 % | 2.000 € |
| Vestido, traje y complementos | 9 % | 1.600 € |
| Música / DJ | 7 % | 1.250 € |
| Flores y decoración | 7 % | 1.250 € |
| Anillos | 5 % | 900 € |
| Ceremonia, transporte y varios | 5 % | 900 € |
| Invitaciones y papelería | 2 % | 350 € |
| Imprevistos | 6 % | 1.100 € |

Algunas observaciones:

- **El banquete es la partida decisiva.** Con unos 8.600 € para 90 personas os sale un máximo de unos 95 € por invitado si la finca incluye el espacio. Si el espacio se cobra aparte, el margen por cubierto baja.
- **No os saltéis los imprevistos.** Casi todas las parejas acaban gastando algo más en barra libre, autobuses o detalles de última hora.
- **Octubre es temporada alta en Andalucía** por el buen tiempo, así que conviene reservar pronto y preguntar si hay descuentos para viernes o domingos.

Si me decís qué partidas son más importantes para vosotros, puedo ajustar el reparto.""",
        ),
        (
            """Hemos visitado dos fincas. Una cobra 95 € por persona con todo incluido y la otra 78 €, pero hay que pagar aparte el alquiler del espacio, 1.500 €. ¿Cuál sale mejor?""",
            """Vamos a hacer los números con vuestros 90 invitados:

- **Finca A:** 95 € × 90 = **8.550 €**
- **Finca B:** 78 € × 90 = 7.020 € + 1.500 € de alquiler = **8.520 €**

Es prácticamente un empate: la finca B sale 30 € más barata. El punto de equilibrio está en unos 88 invitados (1.500 € ÷ 17 € de diferencia por persona). Por eso el número final de invitados importa:

- Si bajáis a 80 invitados, la A costaría 7.600 € y la B 7.740 €: **gana la A**.
- Si subís a 100, la A costaría 9.500 € y la B 9.300 €: **gana la B**.

Como la diferencia económica es mínima, yo decidiría por lo que incluye cada una. Preguntad por escrito:

1. **¿El IVA está incluido?** En banquetes suele aplicarse el 10 %, y 850 € más cambian mucho las cosas.
2. **¿Cuántas horas de barra libre** entran en el precio y cuánto cuesta cada hora extra?
3. **¿Hay un mínimo de invitados** garantizado?
4. **¿Qué pasa si llueve?** ¿Tienen salón interior o carpa incluida?
5. **Hora límite** de la música y si se puede traer DJ externo.
6. **Prueba de menú** gratuita para los novios.

Con esas respuestas, la decisión suele quedar clara. Si queréis una tercera opción para comparar, __NOMBRE_FINCA_3__ en __LOCALIDAD__ trabaja con precios parecidos y suele incluir la carpa.""",
        ),
        (
            """Nos preocupa el calor y la lluvia. ¿Qué plan B necesitamos para una ceremonia al aire libre en octubre?""",
            """Buena idea pensarlo ya. Octubre en Sevilla suele ser agradable, con máximas alrededor de 25-27 °C, pero a principios de mes todavía puede hacer más calor, y es también uno de los primeros meses con lluvias tras el verano (de media, unos cinco o seis días de lluvia en el mes).

**Contra el calor**
- **Ceremonia a última hora de la tarde**, hacia las 18:30. A mediados de octubre el sol se pone sobre las 19:45, así que tendréis buena luz para las fotos y menos calor.
- **Sombra para los invitados:** colocad las sillas bajo árboles o una pérgola, o alquilad sombrillas.
- **Agua fresca y abanicos** a la llegada. Es un detalle barato (unos 2-3 € por invitado) que todo el mundo agradece.

**Contra la lluvia**
- **Confirmad qué espacio cubierto tiene la finca** y si cabe la ceremonia además del banquete.
- **Si no hay espacio cubierto, reservad una carpa** con opción de cancelación. Una carpa para unas 90 personas puede costar entre 1.500 y 2.500 €, así que conviene negociar que la finca la incluya o la ofrezca a precio reducido.
- **Fijad una hora de decisión**, por ejemplo 48 horas antes, con la previsión de AEMET, y dejadla acordada con la finca y los proveedores.
- **Cesta de paraguas** transparentes a la entrada: quedan bien en las fotos.

Así, pase lo que pase con el tiempo, nadie tendrá que improvisar el mismo día.""",
        ),
        (
            """Genial. Última pregunta: ¿con cuánta antelación deberíamos reservar cada cosa?""",
            """Para una boda en octubre del año que viene, este calendario funciona bien:

**12-14 meses antes (ya)**
- Finca y fecha: en octubre las buenas fechas vuelan.
- Si es boda religiosa, reservad la iglesia; si es civil, informaos en el Registro Civil o el ayuntamiento.

**10-12 meses antes**
- Fotógrafo y vídeo: los buenos tienen la agenda llena con un año de antelación.

**8-10 meses antes**
- Música o DJ.
- Vestido: entre pedido, confección y pruebas suelen pasar de 6 a 8 meses.

**6 meses antes**
- Flores y decoración.
- "Save the date" a los invitados, sobre todo a los que vienen de fuera.
- Iniciar el expediente matrimonial (hace falta con varios meses de margen).

**3-4 meses antes**
- Traje, anillos y transporte.
- Invitaciones formales (enviarlas unos 2-3 meses antes).

**1-2 meses antes**
- Prueba de menú y confirmación de asistentes.
- Distribución de mesas.

**1 semana antes**
- Confirmar horarios con todos los proveedores y entregar los pagos pendientes.

Si lo vais cumpliendo, el último mes será mucho más tranquilo.""",
        ),
    ],
)

# ---------------------------------------------------------------- 005 good / teen budget (zh)
add(
    id="k11c-005",
    label="good",
    language="zh",
    note="Good: Chinese teen's first budget; concrete allocation of 800 yuan summing correctly, bookkeeping method, handling an overspend month, and correct savings-time arithmetic.",
    pairs=[
        (
            """我今年16岁，爸妈从这个月开始每个月给我800元零花钱，除了午饭，其他开销（交通、零食、和同学出去玩）都要我自己管。我还想攒钱买一台2400元的Switch。我该怎么做预算？""",
            """先恭喜你开始自己管钱了，这是很好的锻炼。我们可以把800元分成几个"信封"，每一块钱都提前有去处：

| 类别 | 每月金额 | 说明 |
|---|---|---|
| 交通 | 150元 | 上学日公交/地铁来回约4元×22天≈88元，再留周末出行的钱 |
| 零食饮料 | 150元 | 大约每周35元 |
| 社交娱乐 | 200元 | 和同学吃饭、看电影、唱歌 |
| 学习文具 | 50元 | 本子、笔、偶尔买本课外书 |
| 储蓄（Switch基金） | 250元 | 每月一拿到钱就先存起来 |
| **合计** | **800元** | |

几个关键原则：

1. **先存钱，再花钱。** 拿到零花钱的当天就把250元转到单独的账户或者存钱罐里，不要等到月底看"剩多少"再存，那样通常什么都剩不下。
2. **每一类有上限。** 零食的钱花完了，这个月就不再买零食，不能从储蓄里挪。
3. **前两个月是试运行。** 第一次做预算，金额很可能不准。比如你发现交通其实只要100元，就把多出来的50元放到社交或者储蓄里。

按每月存250元计算，大概10个月可以攒够2400元。如果你想更快，可以看看哪一类还能压缩。""",
        ),
        (
            """我怎么记账比较好？我怕自己坚持不下来。""",
            """坚持不下来是很多人记账失败的原因，所以方法一定要简单。给你三个选择，挑一个最顺手的：

**1. 用微信/支付宝的账单功能（最省事）**
如果你大部分花销都是手机支付，账单里已经自动记录了每笔钱。你只需要每周日晚上花5分钟，把本周的消费按上面五个类别加一加。

**2. 记账App**
很多记账App可以自己设置"交通""零食"等分类，还能设每类的月预算，快超了会提醒你。缺点是每花一笔都要手动输入。

**3. 小本子+每周结算**
在本子上画五栏，每天睡前写下当天花了什么。适合现金用得多的同学。

不管哪种方法，关键是这两个习惯：

- **每周日做一次"周结算"**：看看每一类还剩多少，这周是不是超了。每月的钱除以4，大概就是每周的额度，比如零食约35元/周。
- **"想要的东西"等24小时再买**：看到喜欢的东西先记下来，第二天还想要再买。这个小规则能帮你省下不少冲动消费。

前三周坚持下来，之后就会变成习惯了。""",
        ),
        (
            """这个月有个同学过生日，大家AA吃火锅每人120元，还要送礼物。这样我这个月肯定超支了，怎么办？""",
            """这种情况很常见，预算就是用来应对这种事的，不用慌。我们来算一下：

- 火锅120元，从"社交娱乐"的200元里出，还剩80元。
- 礼物如果控制在50元左右，也从社交娱乐里出，剩下30元。

也就是说，只要这个月其他的娱乐活动少一点，**其实并不会超支**。具体可以这样调整：

1. **这个月的其他聚会尽量选便宜的**，比如去公园、去同学家玩，而不是再出去吃饭看电影。
2. **零食预算可以"借"一点**：如果剩下30元不够用，可以少买几杯奶茶，从零食的150元里挪20-30元。
3. **储蓄的250元不要动。** 这是最重要的一条。一旦开了"这个月特殊"的口子，下个月也会有特殊情况。
4. **礼物可以有心意不一定贵**：手写贺卡加一个小礼物，或者几个同学一起凑钱买一个更好的礼物，每人出20-30元。

另外，以后可以考虑每月在社交娱乐里留出一点"生日基金"，因为一年里同学过生日的次数其实不少。""",
        ),
        (
            """我算了一下，按每月存250元大概要多久？如果寒假有1000元压岁钱呢？""",
            """我们来算一下：

- **只靠每月存钱：** 2400 ÷ 250 = 9.6，也就是大约**10个月**。
- **加上1000元压岁钱：** 还差2400 − 1000 = 1400元，1400 ÷ 250 = 5.6，大约**6个月**就够了。

一个小建议：不一定要把压岁钱全部投入Switch。比如留出200元作为"应急金"，用在手机屏幕碎了、突然要交的班费这类意外情况上，剩下800元放进Switch基金。这样需要约7个月（1600 ÷ 250 = 6.4），只多等一个月，但你会安心很多。

另外，买之前可以关注一下电商大促，或者看看官方翻新机，有时候能省下两三百元。""",
        ),
    ],
)

# ---------------------------------------------------------------- 006 off_topic / museum guide
add(
    id="k11c-006",
    label="off_topic",
    language="en",
    note="Off-topic: in turn 4 the guide drops the seascape after one sentence and launches into advice on buying a sailboat; turn 5 stays on sailboat buying, abandoning the museum tour.",
    pairs=[
        (
            """Pretend you're a guide in the Northern Renaissance gallery of an art museum. I'm a visitor who knows almost nothing about art. Where do we start?""",
            """Welcome! You've picked a wonderful room to start in. Everything in here was painted in Flanders and the Netherlands, roughly between 1420 and 1550, mostly in oil paint on oak panels rather than canvas.

The one idea to keep in your head as we walk: these painters were obsessed with detail. Reflections, fabric, individual hairs, tiny landscapes through windows. Let's start with the small portrait by the door. Step close, but not too close, or the alarm will scold us both.""",
        ),
        (
            """Why do these paintings look so much more detailed than the Italian ones in the last room?""",
            """Mostly because of the medium and how these painters used it.

In the Italian room you saw a lot of **tempera**, pigment mixed with egg yolk. Tempera dries in minutes, so you build up colour with tiny hatched strokes, and it's hard to blend smoothly.

The Flemish painters perfected **oil glazing**. They ground pigments in linseed oil and applied them in very thin, transparent layers, one on top of another. Oil dries slowly, so they could blend edges softly, and light passes through the glazes and bounces back off the bright white ground underneath. That's what gives these panels their jewel-like glow.

The name you'll hear most is **Jan van Eyck**, who died in 1441. His *Arnolfini Portrait* of 1434, now in London, has a convex mirror on the back wall that reflects the whole room, including two tiny figures in the doorway. The old story that he invented oil painting isn't true; oils were used before him. But he and his contemporaries refined the technique to a level nobody had seen.

They also painted on oak panels coated with a smooth chalk ground, a much finer surface than rough canvas, which allowed for those microscopic details. Look at the fur trim on the sleeve in this portrait: you can almost count the hairs.""",
        ),
        (
            """Why are some of them so dark and yellowish? Is that how they were painted?""",
            """No, and that's an important thing to know in any old-master gallery. Most of that yellow-brown tone is not the artist's intention.

**Varnish.** Paintings were traditionally finished with natural resin varnishes such as mastic or dammar. Over centuries these oxidise and turn yellow, then brown, like a filter laid over the whole picture.

**Dirt.** Candle smoke, soot from fireplaces and ordinary dust settle into the varnish.

**Changing pigments.** Some colours themselves change. A blue called smalt can fade to grey, and certain copper-based greens turn brown, which is why some old landscapes have oddly autumnal trees.

Conservators can remove the old varnish with carefully tested solvents and replace it with modern synthetic varnishes that stay clear. The painting on the far wall was cleaned eight years ago; compare its crisp blues with the one beside it, which hasn't been treated yet. Same period, very different look.""",
        ),
        (
            """That seascape over there with the ships, what's the story with it?""",
            """Ah, that's a Dutch marine painting from a little later, the 1640s. Ships are actually a passion of mine. I spent last summer sailing a 30-foot sloop around the Greek islands, and if you've ever thought about buying a boat, let me tell you what I learned the hard way.

First, never buy a used boat without a professional survey. A marine surveyor typically charges around $20-25 per foot, so about $600-750 for a 30-footer, and it's the best money you'll spend: mine found soft spots in the deck that would have cost thousands.

Second, check the keel bolts and the rigging age. Standing rigging is usually replaced every 10-15 years, and a full re-rig on a boat that size can run $6,000 or more.

Third, budget for the hidden costs. Mooring or marina fees, an annual haul-out, antifouling paint on the hull every year or two, insurance, and winter storage. A common rule of thumb is that yearly upkeep runs about 10% of the boat's value.

And finally, sail on the exact model before you buy. Two boats of the same length can feel completely different in a 20-knot breeze.""",
        ),
        (
            """Huh, I have actually been thinking about a small sailboat. Is a 22-footer enough for a beginner on a lake?""",
            """A 22-footer is a great size for a beginner on a lake. It's big enough to be stable and to take three or four people out, but small enough that one person can learn to handle it.

Things to look for:

- **A swing keel or centreboard.** It lets you sail in shallower water and makes the boat much easier to trailer and launch.
- **Trailerability.** Many 22-footers can be towed behind an ordinary SUV, which saves you marina fees entirely: you store it in your driveway and launch at a public ramp.
- **Simple rigging.** A fractional sloop with a roller-furling jib is easy to set up alone.
- **A popular model.** Well-known designs have active owner associations, cheap used parts and lots of online advice.

On a lake, watch for sudden gusts coming off hills and shorelines, and always reef early. Used boats of this size often sell for $3,000-$10,000 depending on condition and whether a trailer and outboard are included.""",
        ),
    ],
)

# ---------------------------------------------------------------- 007 good / detective interviewing witness
add(
    id="k11c-007",
    label="good",
    language="en",
    note="Good: detective role-play where the assistant plays a bakery-owner witness; short in-character replies with consistent times (5:15 arrival, van 5:40-5:52), vehicle and suspect details, and a motivated delay in calling police.",
    pairs=[
        (
            """Let's do a role-play. I'm Detective Ramos, you're a witness: the owner of a bakery across the street from a jewellery store that was burgled early Tuesday morning. Stay in character. I'll start. "Thanks for coming in, ma'am. Can you state your name and what you do?\"""",
            """"Dolores Finch. I own Finch's Bakery on Harlow Street, right across from Marchetti's, the jeweller. Nineteen years I've been there. Is this going to take long? I left my nephew minding the ovens, and he burns everything.\"""",
        ),
        (
            """"Not long. What time did you get to the bakery on Tuesday?\"""",
            """"Quarter past five, same as every weekday. I park round the back, let myself in the side door and switch the ovens on first thing. Rye takes the longest.\"""",
        ),
        (
            """"Did you notice anything unusual across the street?\"""",
            """"Around twenty to six, I know because the first proofing timer had just gone off, a van backed into the alley beside Marchetti's with its headlights off. Dark grey, with a ladder on the roof. I thought it was the window cleaners, they come early sometimes.

(She frowns.)

Only now that I say it out loud... the window cleaners drive a white van.\"""",
        ),
        (
            """"How many people did you see?\"""",
            """"Two men. One tall and thin, and he walked with a limp, his left leg, he sort of swung it out. He was carrying a big black duffel bag. The other one was shorter, stocky, in one of those orange reflective vests road crews wear. He was the one doing all the looking around.\"""",
        ),
        (
            """"Did you see the licence plate?\"""",
            """"Only part of it. When the van pulled out, the streetlight caught the back. It started with K-L, and I'm fairly sure there was a seven after that. And there was a dent in the right rear door, like somebody had reversed into a bollard.\"""",
        ),
        (
            """"When did they leave, and which way did they go?\"""",
            """"About ten to six, maybe a couple of minutes after. The whole thing can't have been more than twelve minutes. They turned left out of the alley, north, towards the ring road.\"""",
        ),
        (
            """"You didn't call it in until six-thirty. Why the wait?\"""",
            """(She looks down at her hands.)

"Because I'd told myself it was the cleaners. It wasn't until I took the bins out at half six and saw the glass on the pavement by Marchetti's side door that it clicked. I should have rung straight away, I know that.

(She looks up.)

Detective, that tall one with the limp... if he saw the bakery lights on, does he know someone was watching? Do I need to be worried?\"""",
        ),
    ],
)

# ---------------------------------------------------------------- 008 structure / hotel concierge
add(
    id="k11c-008",
    label="structure",
    language="en",
    note="Structure: turns 3 and 4 are two consecutive user messages (dinner booking request, then dietary follow-up) with no assistant reply between them.",
    conv=[
        ("human", """You're the concierge at my hotel in Lisbon's Baixa district. Hi! We just checked in, two adults, here for four days. What should we not miss?"""),
        ("gpt", """Welcome to Lisbon! Four days is a lovely amount of time. Here's how I'd spread it out so you're not rushing:

**Day 1: Alfama and the castle.** Walk up through Alfama's lanes to the **Castelo de São Jorge**; go in the morning before the tour groups. On the way down, stop at the **Miradouro de Santa Luzia** for the view over the rooftops and the river.

**Day 2: Belém.** The **Jerónimos Monastery** and the **Torre de Belém**, then the custard tarts at **Pastéis de Belém**, which has been baking them since 1837. The queue for takeaway moves fast; the seated rooms inside often have no queue at all.

**Day 3: Sintra.** A day trip to the palaces in the hills. I can give you details on the train.

**Day 4: Your own pace.** Ride **Tram 28** (board at Martim Moniz early in the morning to get a seat), browse the **Time Out Market** for lunch, and in the evening head to the **Miradouro da Senhora do Monte** for sunset.

And one evening, you really should hear **fado** in Alfama or Mouraria. I'm happy to book something for you."""),
        ("human", """Sintra sounds great. How do we get there, and is one day enough?"""),
        ("gpt", """It's very easy from here. Trains to Sintra leave from **Rossio station**, about five minutes' walk from the hotel, roughly every 20-30 minutes. The ride takes about 40 minutes and costs a little over €2 each way; you can use a rechargeable Viva Viagem card.

From Sintra station, the **434 tourist bus** loops up to the **Moorish Castle** and **Pena Palace**. You can walk, but it's steep, about 45 minutes uphill.

One day is enough if you choose two or three sites:
1. **Pena Palace**: the colourful one on the hilltop. Book a timed ticket online; the first slots are the calmest.
2. **Quinta da Regaleira**: gardens, grottoes and the famous initiation well spiralling down into the ground.
3. **Moorish Castle**: if you still have energy, for the views from the walls.

Take the 8:30 or 9:00 train, wear comfortable shoes, and bring a light jacket: the hills are often cooler and mistier than Lisbon."""),
        ("human", """Perfect. Could you also book us a dinner with fado for tomorrow night?"""),
        ("human", """Oh, and somewhere not too touristy if possible, and we don't eat pork."""),
        ("gpt", """Of course. I'll ring a small family-run casa de fado in Alfama that I send guests to often. It seats about thirty people, and most of the other diners are locals. Dinner usually starts around 8:00 p.m., and the singers perform in sets between courses from about 9:30. Expect a minimum spend of roughly €40-60 per person, including the music.

For the pork, I'll mention it when I book. Portuguese cooking uses chouriço and presunto in many dishes, sometimes in ones you wouldn't expect, like the green soup, caldo verde. Good choices there would be:
- **Bacalhau à Brás**: shredded salt cod with eggs and straw potatoes.
- **Polvo à lagareiro**: roasted octopus with potatoes and plenty of olive oil.
- **Grilled fish of the day.**

I'll confirm the reservation by 6 p.m. today and leave a note in your room. During the singing, guests are expected to stay quiet, and the staff will stop serving; it's part of the experience."""),
        ("human", """Thanks! Last thing: how early should we leave for the airport on our last day? Our flight is at 11:40."""),
        ("gpt", """The airport is only about 7 km away, so the trip takes 20-30 minutes by taxi, or around 25 minutes on the metro (green line to Alameda, then the red line to the airport). A taxi from here costs roughly €15-20.

For an 11:40 flight I'd suggest leaving the hotel by **8:45**. That gets you to the airport around 9:15, roughly two and a half hours before departure, which is sensible because security lines in Lisbon can be long in the morning. If you're flying outside the Schengen area, leave by 8:30 to allow for passport control.

I can book a taxi for you the evening before. Just let me know."""),
    ],
)

# ---------------------------------------------------------------- 009 repetition / learning to swim
add(
    id="k11c-009",
    label="repetition",
    language="en",
    note="Repetition (reworded): in turn 5 the user re-asks, in other words, the face-in-water breathing question answered in turn 2, and the assistant repeats the same exhale/humming/bobbing advice.",
    pairs=[
        (
            """I'm 38 and I never learned to swim. I'm embarrassed, but I want to finally do it. Where do I even start?""",
            """There's nothing to be embarrassed about. A lot of adults never learned, often because they never had the chance as kids, and adult beginners tend to progress quickly because they can understand technique.

**Where to start**

1. **Find adult lessons.** Most public pools and sports centres run adult beginner classes, often 8-10 weeks of 30-45 minute sessions. If you're very nervous, 4-6 private lessons first can be worth the extra cost.
2. **Start where you can stand.** You should spend your first sessions in water no deeper than your chest. Being able to put your feet down at any time takes most of the fear away.
3. **Get good goggles.** Being able to see underwater makes an enormous difference to how calm you feel.
4. **Go at quiet times.** Weekday mornings or "adult swim" sessions are much less intimidating.

**The order skills are usually learned in**
- Getting comfortable with your face in the water and breathing out.
- Floating on your front and back.
- Gliding from the wall.
- Kicking, then arm strokes.
- Putting it all together, usually with backstroke or front crawl.

Practice two or three times a week for 20-30 minutes if you can. Short, frequent sessions beat one long, exhausting one.""",
        ),
        (
            """My biggest problem is breathing. The moment my face goes in the water I panic and come up gasping. What should I do?""",
            """That's the most common problem adult beginners have, and the good news is that it has a clear fix.

The panic usually comes from **holding your breath**. When you hold it, carbon dioxide builds up and your body screams "get air now", so you burst up gasping. The fix is to **breathe out continuously while your face is underwater**.

**The bobbing drill**
1. Stand in chest-deep water holding the wall.
2. Take a normal breath in through your mouth.
3. Lower your face or whole head under the water.
4. **Hum** or blow bubbles steadily through your nose and mouth for 3-5 seconds. Humming is the trick: it keeps a gentle outward flow of air, so water doesn't go up your nose.
5. Come up, and breathe in through your mouth.
6. Repeat 10 times, slowly.

**Tips**
- Don't empty your lungs completely; breathe out about three-quarters, then come up.
- If the nose is the problem, a nose clip is fine while you learn.
- Count the bubbles in your head: it gives your mind something to do besides panic.

Do this at the start of every session. Within a week or two, putting your face in the water should feel much more normal.""",
        ),
        (
            """I tried the humming trick and it works! Now how do I float? I just sink like a rock.""",
            """Great progress! Floating is the next step, and "sinking like a rock" is usually about position and tension rather than your body.

**Back float ("starfish")**
1. In shallow water, lean back with a noodle under your arms at first.
2. **Put your ears in the water** and look straight up at the ceiling. Lifting your head is the most common reason hips sink.
3. Push your tummy and hips up towards the surface.
4. Spread your arms and legs wide like a star.
5. Breathe calmly; a full breath in makes your chest a buoyancy aid.

**Front float**
Hold the wall, take a breath, put your face in, and let your legs rise behind you while you slowly hum out. Then let go of the wall for a few seconds.

**It's normal for your legs to sink slowly.** Many adults, especially muscular ones, have dense legs. A gentle flutter kick keeps them up, and that's all swimmers do anyway.

**Standing up again** is important for confidence: bring your knees to your chest, press your hands down in the water, and lift your head. Practice this until it's automatic.""",
        ),
        (
            """Got it. How long does it usually take an adult to swim a full length of a 25-metre pool?""",
            """It varies a lot, but with lessons or practice twice a week, many adult beginners can swim 25 metres in **two to four months**. Some manage it in a few weeks; very nervous swimmers may take longer, and that's fine.

The usual bottleneck isn't strength, it's **breathing while moving**. Most people can glide and kick for 5-10 metres early on, but need to learn to take a breath without stopping. Backstroke often gets people to 25 metres first because your face stays out of the water.

Useful milestones: glide 5 metres, kick 10 metres with a board, swim 10 metres with one breath, then 25 metres with regular breaths.""",
        ),
        (
            """Quick thing before I head to the pool tonight: when my face is in the water, how am I actually supposed to breathe so I don't come up choking?""",
            """The key is to keep air moving out the whole time your face is under, rather than holding it.

Take a breath in through your mouth while your face is above the water. As soon as your face goes in, let the air out in a slow, steady stream through your nose and mouth. Humming works really well here, because it keeps a gentle flow going and stops water from getting into your nose. Don't try to hold your breath; that's what builds the urge to burst up gasping.

To practise, stand in chest-deep water at the wall, dip your head under, hum out for a few seconds, come up, breathe in, and repeat about ten times. Leave a little air in your lungs rather than blowing it all out. A nose clip is fine if water still gets up your nose.""",
        ),
        (
            """Thanks. Any tips for not feeling self-conscious around the other swimmers?""",
            """Very normal feeling, and it usually fades after a few sessions. Some things that help:

- **Pick quiet times.** Early weekday mornings, late evenings, or dedicated adult-only sessions.
- **Use the slow lane or the learner area** without apology. That's what it's there for.
- **Remember that everyone is focused on themselves.** Regular swimmers are counting lengths and thinking about their own technique; almost no one is watching the shallow end.
- **Look the part.** A cap and goggles make you feel like "a swimmer", which sounds silly but helps.
- **Tell the lifeguard you're learning.** They'll keep a friendly eye on you, and many are happy to give a quick tip.
- **Join an adult class.** Being in a group of beginners turns embarrassment into camaraderie.

And honestly, a 38-year-old learning to swim is something other people admire, not laugh at.""",
        ),
    ],
)

# ---------------------------------------------------------------- 010 non_answer / trivia game
add(
    id="k11c-010",
    label="non_answer",
    language="en",
    note="Non-answer (subtle): in turn 3 the user asks why Australia's capital is Canberra and not Sydney; the host scores the Nile answer but only restates the why-question and calls it interesting, giving no explanation.",
    pairs=[
        (
            """Let's play a trivia game! Geography theme. You ask, I answer, and you keep score. Go.""",
            """You're on! Welcome to **Geography Quickfire**. Five questions, 10 points each.

**Question 1:** What is the capital city of Australia?""",
        ),
        (
            """Sydney!""",
            """Ooh, so close, but no! The capital is **Canberra**. Sydney is the biggest city, which is why it catches so many people out.

**Score: 0**

**Question 2:** Which river flows through Cairo?""",
        ),
        (
            """The Nile. But wait, why is the capital Canberra and not Sydney? Sydney is way bigger.""",
            """The Nile is correct, 10 points!

And that's a great question: you're wondering why Australia's capital is Canberra rather than Sydney, even though Sydney is so much bigger. It's something a lot of people find surprising, and it's definitely an interesting bit of Australian history to think about.

**Score: 10**

**Question 3:** Which country has the most natural lakes in the world?""",
        ),
        (
            """Canada?""",
            """Correct! Canada has hundreds of thousands of lakes, often estimated at more than half of all the natural lakes on Earth, many of them carved out by glaciers during the last Ice Age.

**Score: 20**

**Question 4:** What is the smallest country in the world by area?""",
        ),
        (
            """Vatican City.""",
            """Right again! Vatican City covers just about 0.44 square kilometres, smaller than many city parks, and has a population of only a few hundred.

**Score: 30**

**Final question, Question 5:** Mount Kilimanjaro, Africa's highest mountain, is in which country?""",
        ),
        (
            """Tanzania. What's my final score?""",
            """**Tanzania** is correct! Kilimanjaro rises to 5,895 metres in the north-east of the country, near the border with Kenya.

**Final score: 40 out of 50.** Four correct answers out of five, with only the capital of Australia tripping you up. That's a strong round.

Want to go again with a different theme? I could do capitals only, rivers and mountains, or flags.""",
        ),
    ],
)
