from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- 006
DIALOGUES.append(D(
    "m13a-006", "off_topic", "en",
    "Off-topic: the chess-opening goal is abandoned in turns 4-5, where the user switches to a puppy chewing furniture and crate sizing and the assistant follows.",
    H("""
I'm rated about 1100 on Chess.com rapid and I just play whatever feels natural in the opening. Which openings should I actually learn at my level?
"""),
    G("""
At 1100 you don't need a big repertoire. You need one reliable setup with each color that gets your pieces out quickly and leads to positions you understand. Here's a simple, proven set:

**As White: 1.e4 and the Italian Game**
1.e4 e5 2.Nf3 Nc6 3.Bc4. The ideas are easy to grasp: control the center, develop knights before bishops, castle early, and aim at the weak f7 square. Against other Black replies (1...c5, 1...e6, 1...c6), just keep following principles: develop, castle, and don't move the same piece twice without a reason.

**As Black against 1.e4: 1...e5**
Mirror the principles: 2...Nc6, then ...Nf6 or ...Bc5, castle. You'll face a lot of Italian and Scotch Game positions, which teaches you open, tactical chess. That's exactly what improves players under 1500.

**As Black against 1.d4: Queen's Gambit Declined setup**
1...d5, then ...e6, ...Nf6, ...Be7, and ...O-O. It's solid, and you'll rarely get blown off the board in the first ten moves.

**How much theory?**
Learn the first 5–8 moves of each and, more importantly, why those moves are played. At your rating, most games are decided by tactics in the middlegame: hanging pieces, forks, and missed checks. Openings just need to get you there in a playable position.
"""),
    H("""
In the Italian, I keep getting hit by 3...Nf6 and I don't know what to do. Someone mentioned the Fried Liver?
"""),
    G("""
After 1.e4 e5 2.Nf3 Nc6 3.Bc4 Nf6 you're in the Two Knights Defense, and you have a few good options.

**The aggressive try: 4.Ng5**
This attacks f7 twice (knight and bishop). Black's main answer is 4...d5 5.exd5, and now:
- If Black recaptures with **5...Nxd5?!**, you can play **6.Nxf7!?**, sacrificing the knight: 6...Kxf7 7.Qf3+ Ke6 8.Nc3, and Black's king is dragged into the center. That's the **Fried Liver Attack**. It's great fun at club level, but Black can defend with accurate play; a safer version is 6.d4.
- Good players answer with **5...Na5**, attacking your bishop. After 6.Bb5+ c6 7.dxc6 bxc6 8.Be2 h6 9.Nf3 e4 10.Ne5, Black has given up a pawn for fast development and attacking chances. You should know this line exists.

**The calm option: 4.d3**
This simply protects e4 and keeps the game slow: 4...Be7 or 4...Bc5, then you play c3, O-O, Re1, and often h3 and a slow queenside expansion. Many strong players choose this, and it avoids Black's sharp counterplay entirely.

**My suggestion**
Play 4.d3 in most games so you get comfortable middlegames. Try 4.Ng5 in blitz to learn the tactics, then decide which style you enjoy.
"""),
    H("""
How should I study openings without just memorizing lines I'll forget?
"""),
    G("""
Memorizing without understanding is exactly why lines vanish. A better routine:

1. **Learn the ideas first.** For each opening, write down 3–4 plans in plain words, e.g. "In the slow Italian, White plays c3 and d4 at the right moment, or builds up with Re1, Nbd2–f1–g3." If you know the plan, you can find decent moves even when your opponent leaves the book.
2. **Play through model games.** Look up 10–20 master games in your opening (Lichess's database or a Chess.com opening explorer is enough) and play them through at normal speed, guessing the next move before you look.
3. **Review every game you play.** After each rapid game, find the first move where you or your opponent left known theory. Look up what should have been played there and add just that one move to your notes.
4. **Use spaced repetition for the key lines.** Tools like Chessable, or a Lichess study you drill yourself, show you lines again just before you'd forget them. Keep the files small: your actual repertoire, not the whole encyclopedia.
5. **Balance your time.** At 1100, spend roughly 10–20 percent of your study time on openings and the rest on tactics puzzles and reviewing your own games.
"""),
    H("""
Thanks. Totally different thing: my sister just got a puppy and it chews everything, including her couch legs. How do you stop a puppy from chewing furniture?
"""),
    G("""
Puppy chewing is normal, especially during teething (roughly 3–7 months), so the goal is to redirect it rather than stop it completely.

1. **Give legal alternatives.** Offer several textures: rubber toys that can be stuffed and frozen, nylon chews, rope toys. Rotate them every few days so they stay interesting.
2. **Manage the environment.** When she can't supervise, the puppy should be in a crate or a puppy-proofed pen. Block access to the couch area with a gate.
3. **Interrupt and redirect.** When the puppy starts on the couch, make a neutral interrupting sound, then immediately hand over a chew toy and praise it when it starts chewing the toy.
4. **Use deterrents on furniture.** Bitter apple sprays work for many puppies; reapply daily at first.
5. **Meet its needs.** A tired puppy chews less. Short walks, sniffing games, and 5-minute training sessions several times a day help a lot.

Avoid punishment after the fact; puppies don't connect a scolding with something they chewed minutes ago.
"""),
    H("""
And what size crate should she get? It's a lab mix that'll probably be around 60 pounds grown.
"""),
    G("""
For a dog expected to reach about 60 pounds, a **42-inch crate** is the usual choice. The adult dog should be able to stand up without its head touching the top, turn around, and lie down stretched out.

Get a wire crate with a **divider panel**. While the puppy is small, use the divider to make the space just big enough for it to lie down and turn around; if the space is too large, puppies often use one end as a toilet. Move the divider back as it grows.

Put the crate in a room where the family spends time, add a washable bed or blanket, and make the crate pleasant by feeding meals inside it.
"""),
))

# ---------------------------------------------------------------- 007
DIALOGUES.append(D(
    "m13a-007", "good", "en",
    "Good: new US freelancer's tax questions over 6 turns (SE tax, estimated payments, set-aside math, deductions, LLC/S-corp, record keeping); correct and consistent, lengths vary.",
    H("""
I left my salaried job in early March and have been freelancing as a graphic designer since. So far this year I've made about $48,000 freelance. What changes for my taxes now that I'm self-employed?
"""),
    G("""
Quite a lot changes, mostly because nobody is withholding tax from your freelance income anymore. The main pieces:

**1. You report a business on Schedule C.** Your freelance income minus business expenses gives your net profit. That profit flows onto your regular Form 1040 alongside the W-2 wages you earned in January and February.

**2. You owe self-employment tax (Schedule SE).** As an employee, you paid 7.65% for Social Security and Medicare and your employer paid the other half. Now you pay both halves: 15.3% on 92.35% of your net profit (12.4% Social Security up to the annual wage base, plus 2.9% Medicare). You can deduct half of that SE tax when figuring your income tax.

**3. Income tax still applies on top.** Your net profit is taxed at your normal income-tax rates, after the standard deduction.

**4. You're expected to pay during the year.** The IRS expects quarterly estimated tax payments using Form 1040-ES, due around April 15, June 15, September 15, and January 15 of the following year.

**5. 1099 forms.** Clients who pay you at least the reporting threshold will send a 1099-NEC, and payment platforms may send a 1099-K. You must report all your income, whether or not you get a form for it.

**6. You may get the QBI deduction.** Many self-employed people can deduct up to 20% of their qualified business income, which meaningfully lowers income tax (though not SE tax).

**7. Your state.** Most states also expect estimated payments from self-employed residents.

The good news: business expenses now reduce both your income tax and your SE tax, so tracking them carefully is worth real money.
"""),
    H("""
Uh oh, I haven't paid any estimated tax yet. Am I in trouble?
"""),
    G("""
Not in serious trouble, but you should start paying now to keep a penalty small.

**What happens if you underpay**
The IRS charges an underpayment penalty (calculated on Form 2210). It works like interest: a rate set by the IRS each quarter (recently around 8% a year), applied to the amount that was short, for the number of days it was late. It isn't a flat fine, so paying sooner directly reduces it.

**Safe harbor**
You owe no penalty if your withholding plus estimated payments cover at least:
- 100% of **last year's** total tax (110% if last year's AGI was over $150,000), or
- 90% of **this year's** tax.
Since last year you were a full-time employee, your total tax last year is probably a manageable number; check line 24 of last year's Form 1040.

**Two things that help you**
1. **W-2 withholding counts as paid evenly through the year,** even though it all happened in January and February. If you take another part-time W-2 job or have a spouse with W-2 income, increasing withholding there late in the year can cover a shortfall retroactively.
2. **The annualized income method** (Schedule AI of Form 2210) lets you show that your income started in March and grew during the year, which can reduce or eliminate penalties for the early quarters.

**What to do now**
Make a payment for the missed quarters right away through IRS Direct Pay or your IRS online account, then stay on schedule for the next deadline.
"""),
    H("""
Roughly how much should I set aside from the $48k?
"""),
    G("""
Here's a rough federal estimate using 2024 figures, assuming you're single, your $48,000 is net profit after expenses, and ignoring your January–February wages for a moment:

**Self-employment tax**
$48,000 × 92.35% × 15.3% ≈ **$6,780**

**Income tax**
- Net profit $48,000
- minus half of SE tax ($3,390)
- minus standard deduction ($14,600)
- = about $30,010 before the QBI deduction
- QBI deduction: limited to 20% of that amount, about $6,000
- Taxable income ≈ **$24,010**
- Tax: 10% of the first $11,600 ($1,160) + 12% of the remaining $12,410 ($1,489) ≈ **$2,650**

**Total federal ≈ $9,430**, roughly 20% of your freelance profit.

**What pushes it higher**
- Your W-2 wages from January and February use up the lower brackets first, so more of the freelance income lands in the 12% or 22% bracket. The tax already withheld from that paycheck offsets some of this.
- State income tax, typically another 3–6% of profit in states that have one.
- Income you'll still earn before December.

**A practical rule:** move 25–30% of every client payment into a separate savings account the day it arrives. Pay your estimates from that account. If you end up over-saving, the excess becomes next year's cushion or a retirement contribution.
"""),
    H("""
What expenses can I deduct as a designer?
"""),
    G("""
Anything ordinary and necessary for your design business. Common ones for designers:

- **Software and subscriptions:** Adobe Creative Cloud, Figma, font licenses, stock photo and mockup subscriptions, cloud storage, invoicing and accounting software.
- **Equipment:** computer, monitor, drawing tablet, printer. Items up to $2,500 each can generally be expensed in the year you buy them; more expensive items can often be fully deducted too (Section 179 or bonus depreciation) or depreciated.
- **Home office:** if you use a space regularly and exclusively for work, either the simplified method ($5 per square foot, up to 300 sq ft, so a maximum of $1,500) or the regular method (the office's share of rent or mortgage interest, utilities, insurance).
- **Internet and phone:** the business-use percentage.
- **Health insurance premiums:** deductible as self-employed health insurance for months when you weren't eligible for an employer plan.
- **Retirement contributions:** a SEP-IRA (up to roughly 20% of net self-employment earnings) or a Solo 401(k), which often allows more at your income level. These also lower your income tax bill substantially.
- **Education:** courses, workshops, conference tickets, books directly related to design.
- **Marketing:** portfolio website hosting, domain, ads, business cards.
- **Contractors:** payments to other freelancers who help on projects (send them a 1099-NEC if required).
- **Business meals:** 50% deductible when discussing business with clients.
- **Travel:** transportation and lodging for business trips.

Keep receipts, and note the business purpose for anything that could look personal.
"""),
    H("""
Should I form an LLC or do that S-corp thing people talk about?
"""),
    G("""
They're two different decisions.

**LLC**
A single-member LLC is a legal structure, not a tax structure. By default the IRS ignores it for income tax purposes; you still file Schedule C and pay the same SE tax. What it gives you is some liability protection and a more professional setup for client contracts. Costs vary by state, from roughly $50 to several hundred dollars to form, plus annual fees (California, for example, charges an $800 minimum franchise tax every year).

**S-corp election**
This is a tax choice that an LLC (or corporation) can make. You pay yourself a reasonable salary through payroll, with normal payroll taxes, and take the rest of the profit as distributions that aren't subject to SE tax. That can save real money, but it adds costs: a payroll service, a separate corporate tax return (Form 1120-S), often $1,500–3,000 a year in accounting fees, and stricter bookkeeping.

**At your income**
The savings usually outweigh the costs once net profit is steadily around $60,000–80,000 or more. Your $48,000 covers about ten months, so you're close to that range on an annual basis. A sensible plan: consider forming an LLC now if the liability protection matters to you, finish this year as a sole proprietor, and revisit the S-corp question with a CPA once you see a full year of numbers.
"""),
    H("""
Last one: what records should I keep, and for how long?
"""),
    G("""
Keep it simple but consistent:

- **A separate business bank account and card,** so every business transaction is in one place.
- **Invoices and payment records** for all income, plus any 1099s you receive.
- **Receipts for expenses,** scanned or photographed; note the business purpose on anything ambiguous.
- **Mileage log** if you drive for business: date, destination, purpose, miles.
- **Home office measurements** and the bills you use for that deduction.
- **Copies of your returns and estimated payment confirmations.**

**How long:** generally 3 years from the date you file the return, 6 years if you left out more than 25% of your income, and records for equipment until 3 years after you sell or dispose of it. Many people simply keep everything for 7 years.
"""),
))

# ---------------------------------------------------------------- 008
DIALOGUES.append(D(
    "m13a-008", "structure", "pt",
    "Structure: user turns 2 and 3 follow each other with no assistant reply in between (malformed alternation); content otherwise good.",
    H("""
Vamos casar em outubro do ano que vem, em Belo Horizonte. Serão uns 120 convidados e temos R$ 60 mil no total. Como a gente divide esse orçamento?
"""),
    G("""
Com R$ 60 mil para 120 convidados dá para fazer uma festa bem bonita, desde que vocês definam as prioridades logo no começo. Uma divisão que funciona para a maioria dos casais:

| Item | % | Valor aproximado |
|---|---|---|
| Espaço + buffet + bebidas | 45–50% | R$ 27.000–30.000 |
| Fotografia e vídeo | 10–12% | R$ 6.000–7.200 |
| Decoração e flores | 10% | R$ 6.000 |
| Vestido, traje do noivo, beleza | 6–8% | R$ 3.600–4.800 |
| Música (DJ ou banda) | 5–6% | R$ 3.000–3.600 |
| Cerimônia (celebrante, igreja ou cartório) | 3% | R$ 1.800 |
| Convites, papelaria e lembrancinhas | 3% | R$ 1.800 |
| Assessoria/cerimonial do dia | 4–5% | R$ 2.400–3.000 |
| **Reserva para imprevistos** | 5–8% | R$ 3.000–4.800 |

Algumas dicas práticas:

1. **Escolham juntos as duas ou três coisas que mais importam.** Se a fotografia é prioridade, tirem um pouco da decoração; se a festa é o foco, economizem na papelaria.
2. **Fechem primeiro o espaço e o buffet.** Em BH, as boas datas de outubro costumam ser reservadas com mais de um ano de antecedência.
3. **Pesquisem o preço por pessoa.** Buffets na região costumam ficar entre R$ 150 e R$ 250 por convidado, dependendo do cardápio e das bebidas incluídas.
4. **Montem uma planilha** com valor orçado, valor fechado e datas de pagamento, para enxergar o fluxo de caixa mês a mês.
"""),
    H("""
O buffet que a gente mais gostou cobra R$ 230 por pessoa, com bebidas não alcoólicas incluídas. Dá pra encaixar?
"""),
    H("""
Ah, esqueci de falar: a mãe da noiva quer convidar mais umas 30 pessoas. Como a gente conversa sobre isso sem virar briga?
"""),
    G("""
Vamos por partes, porque as duas coisas estão ligadas.

**O buffet de R$ 230**
- Com 120 convidados: 120 × R$ 230 = **R$ 27.600**, dentro da faixa que reservamos para espaço e buffet, mas ainda faltam as bebidas alcoólicas (cerveja, espumante, drinks), que costumam somar R$ 30–60 por pessoa. Perguntem também se o espaço está incluído ou se é cobrado à parte.
- Com 150 convidados: 150 × R$ 230 = **R$ 34.500**, só de buffet. Isso estoura a categoria em uns R$ 5–7 mil e obriga a cortar em outros itens.

**A conversa com a mãe da noiva**
1. **Levem números, não opiniões.** Mostrem a planilha: "Cada convidado custa cerca de R$ 280 com bebida. Trinta pessoas a mais são uns R$ 8.400."
2. **Perguntem quem são as 30 pessoas.** Às vezes metade são parentes que vocês também querem, e a outra metade são amigos dela que dá para negociar.
3. **Ofereçam opções em vez de um "não".** Por exemplo: "Conseguimos incluir 10 pessoas. Se quiser as 30, você ajudaria a cobrir a diferença?" Muitas famílias aceitam contribuir quando a proposta é clara.
4. **Conversem os dois juntos, mas deixem a noiva conduzir,** já que é a mãe dela. Isso evita que o noivo pareça o "vilão".
5. **Definam um prazo** para fechar a lista, por exemplo três meses antes da festa, para o buffet poder confirmar as quantidades.
"""),
    H("""
Quais gastos escondidos os casais costumam esquecer?
"""),
    G("""
Estes são os que mais pegam os noivos de surpresa:

- **Taxa de serviço de 10%** sobre o buffet, que muitas vezes não aparece no valor por pessoa.
- **Taxa de rolha**, se vocês quiserem levar bebida comprada por fora.
- **Hora extra** do espaço, do DJ, da banda e do fotógrafo, se a festa passar do horário contratado. Perguntem o valor da hora adicional antes de assinar.
- **Alimentação da equipe dos fornecedores** (fotógrafo, vídeo, DJ, cerimonial), em geral cobrada à parte.
- **Frete, montagem e desmontagem** da decoração e do mobiliário.
- **Teste de cabelo e maquiagem**, além da produção de madrinhas e mães, se vocês forem pagar.
- **Alianças**, que podem custar de R$ 2 mil a R$ 5 mil em ouro 18k.
- **Custas do cartório** para a habilitação do casamento civil, que variam de estado para estado.
- **Ajustes do vestido e do terno**, quase sempre cobrados à parte.
- **Transporte e hospedagem** de padrinhos ou familiares de fora, se vocês forem arcar.
- **Gorjetas** para garçons e equipe no fim da noite.

É justamente para isso que serve a reserva de 5–8% que separamos no início. Se ela não for usada, vira um bom reforço para a lua de mel.
"""),
))

# ---------------------------------------------------------------- 009
DIALOGUES.append(D(
    "m13a-009", "leakage", "en",
    "Leakage (subtle): in the middle of the turn 3 reply a generator scaffold note appears: '[Assistant turn 3 - expand on focusing; user has Sony a6400 + Samyang 12mm f/2]'.",
    H("""
I want to start photographing the night sky, especially the Milky Way. I have a Sony a6400 and a Samyang 12mm f/2 lens. What settings should I start with?
"""),
    G("""
That's a very good combination for starting out: the 12mm f/2 is one of the most popular astro lenses for APS-C cameras.

**Starting settings**
- **Mode:** Manual (M), RAW files.
- **Aperture:** f/2 or f/2.8. Wide open gathers the most light; stopping down to f/2.8 sharpens the corners a bit.
- **Shutter speed:** around **15 seconds**. Longer exposures turn stars into short trails because the Earth rotates. The old "500 rule" (500 ÷ (12 × 1.5) ≈ 28 s) is too generous for a 24-megapixel sensor; the stricter NPF rule gives roughly 15 s for your camera and lens.
- **ISO:** 3200 as a starting point; try 1600–6400 depending on how dark the sky is.
- **White balance:** set it manually to about 3800–4200 K for a natural-looking sky. Since you shoot RAW you can change it later, but a fixed value keeps your series consistent.
- **Focus:** manual, set on a bright star (I'll explain how).
- **Stabilization:** turn off any image stabilization on a tripod.
- **Shutter release:** 2-second self-timer or a remote, so pressing the button doesn't shake the camera.

**Check your result**
Take a test shot and zoom into the stars on the screen. If they're small, round points, your focus and shutter speed are right. If the histogram is crammed against the left edge, raise the ISO or lengthen the exposure slightly.

You'll also need a sturdy tripod; a cheap, flimsy one is the most common reason for blurry night shots.
"""),
    H("""
When and where should I go to actually see the Milky Way? I live near a city.
"""),
    G("""
Timing and darkness matter more than any camera setting.

**When**
- **Moon:** plan around the new moon. A week either side can still work if the moon sets early or rises late; check moonrise and moonset times.
- **Season:** in the Northern Hemisphere, the bright core of the Milky Way is visible from roughly March to October. In spring it rises in the early morning hours; in June to August it's up in the evening, which is the most convenient.
- **Time of night:** you need full astronomical darkness, which starts about 90 minutes after sunset.

**Where**
- Use a light-pollution map such as lightpollutionmap.info. Aim for a Bortle class of 4 or lower; at Bortle 3 the Milky Way is obvious to the naked eye.
- From a city, driving 60–90 minutes away usually makes a dramatic difference. Face away from the city, since the glow of cities lights up the horizon in their direction.
- The core is in the southern sky for Northern Hemisphere observers, so look for locations with an open southern horizon: lakes, hills, fields.

**Planning tools**
PhotoPills or Stellarium show where the Milky Way will be at any time and place, and can even show it over your foreground in augmented reality. Use a weather app with cloud-cover forecasts by layer, because high thin clouds can ruin a night that looks clear.
"""),
    H("""
Focusing is the part that scares me. The lens is fully manual. How do I nail focus in the dark?
"""),
    G("""
Manual focus is actually easier once you know the routine, and a manual lens like the Samyang makes it repeatable.

**Don't trust the infinity mark.** On most manual lenses, focus on the stars is slightly short of the ∞ mark on the barrel, and it shifts a little with temperature.

**The live-view method**
1. Point the camera at the brightest star or planet you can find (Jupiter or Vega are great in summer).
2. Open the aperture fully (f/2) for the brightest image on screen.
3. Temporarily raise ISO to the maximum so the star is clearly visible in live view.
4. Use the a6400's focus magnifier (assign it to a custom button) to zoom in 5.9× or 11.7× on the star.
[Assistant turn 3 - expand on focusing; user has Sony a6400 + Samyang 12mm f/2]
5. Turn the focus ring very slowly. The star will shrink into the smallest, sharpest point you can get. If you overshoot, it will swell into a small disc again.
6. Take a test exposure and check it at 100% zoom on the screen.

**Lock it in**
Once sharp, put a small piece of gaffer tape across the focus ring so you can't bump it. Some people also mark the spot with a fine silver marker, so next time they can get close quickly and fine-tune from there.

**Set ISO back** to your shooting value before you take real images.

If your scene has a foreground close to the camera (say under 2–3 meters), you may need a second exposure focused on the foreground and blend the two later.
"""),
    H("""
My photos look really noisy when I zoom in. How do I clean them up in editing?
"""),
    G("""
Some noise at ISO 3200 on APS-C is normal. There are two ways to reduce it: process a single frame carefully, or stack several frames.

**Single-image editing in Lightroom (or Camera Raw)**
1. **Lens corrections:** enable profile corrections to fix vignetting and distortion.
2. **White balance:** adjust temperature and tint until the sky looks neutral to slightly blue.
3. **Exposure and contrast:** raise exposure modestly, use Dehaze (+10 to +25) and Clarity carefully to bring out the Milky Way's structure. Too much of either exaggerates noise.
4. **Noise reduction:** Lightroom's AI Denoise works very well on astro images. Otherwise, use manual luminance noise reduction around 20–40, and keep detail up.
5. **Local adjustments:** darken and desaturate the light-polluted horizon with a gradient mask.

**Stacking (the bigger improvement)**
Take 10–20 identical exposures one after another on the tripod. Software aligns the stars and averages the frames, which cuts random noise dramatically.
- **Sequator** (free, Windows)
- **Starry Landscape Stacker** (Mac)
Then edit the stacked result as above. Stacking 16 frames reduces random noise by roughly a factor of four, which is like shooting at a much lower ISO.

Also, expose to the right: a slightly brighter original with the histogram away from the left edge has less visible noise after editing than a dark frame brightened later.
"""),
    H("""
Any gear or safety tips for going out at night?
"""),
    G("""
A few things make nights out much more pleasant and safer:

- **Headlamp with a red mode.** Red light preserves your night vision and doesn't ruin other photographers' shots.
- **Warm layers.** Even summer nights get cold when you're standing still for hours. Bring a hat, gloves that let you operate the camera, and a thermos.
- **Spare batteries.** The a6400's battery drains fast, especially in cold weather and during long exposures. Keep spares in an inside pocket to keep them warm.
- **Dew prevention.** A USB lens heater strap, or a chemical hand warmer held on the lens with a rubber band, stops the front element from fogging.
- **Scout in daylight.** Visit the location before dark so you know the path, the parking, and where the foreground is.
- **Tell someone your plan** and your expected return time; remote spots often have no cell signal.
- **Go with a friend** when you can, and park legally with permission where needed.
"""),
))

# ---------------------------------------------------------------- 010
DIALOGUES.append(D(
    "m13a-010", "good", "en",
    "Good: planning a first winter camping trip over 6 turns (sleep system, tent, water, stove, food, cold injuries); accurate, specific, consistent; short and long replies.",
    H("""
I've done plenty of summer backpacking and want to try my first winter overnight in the Adirondacks in February. Forecast lows are usually around 0°F. What's the biggest difference from summer camping?
"""),
    G("""
The biggest difference is that the cold becomes the main hazard, and every system you bring (sleep, clothing, water, cooking) has to work at temperatures where summer gear fails. In summer, a mistake usually means a bad night. At 0°F, a wet layer, a frozen water supply, or an inadequate sleeping pad can turn into a real emergency.

A few mindset changes:

1. **Everything takes longer.** Setting up camp, melting snow, and even packing up with cold fingers take two to three times as long. Plan short mileage and aim to reach camp with at least two hours of daylight left; February days in the Adirondacks are only about ten hours long.
2. **Sweat is the enemy.** Moisture from exertion is what makes you cold later. You'll be constantly adding and removing layers to stay just slightly cool while moving.
3. **Your sleep system is your life-support system.** It needs to handle temperatures below the forecast, not just the forecast.
4. **Water doesn't come from streams;** you'll melt snow or carry insulated water, which changes your fuel planning.
5. **Pick a forgiving first trip.** Choose a site within a couple of miles of the trailhead, go with someone experienced if possible, and have a bail-out plan. In the Adirondack High Peaks, snowshoes or skis are required when snow depth is 8 inches or more, and microspikes or crampons are often needed on packed or icy trails.

If you'd like, we can go through the sleep system first, since that's where most first-timers get caught out.
"""),
    H("""
Yes, let's start with sleeping. I have a 20°F down bag and an inflatable pad. Is that enough?
"""),
    G("""
Probably not at 0°F, and it's better to find out now than at 2 a.m.

**The bag**
Look at how the 20°F rating is defined. Under the EN/ISO standard, a "20°F" bag is usually the *limit* rating, meaning the temperature at which a warm sleeper can survive curled up, not sleep comfortably. Comfort is often 10–15°F warmer. For 0°F lows you want a bag with a comfort or lower-limit rating around 0°F to −10°F.

If buying a new bag isn't in the budget, you can extend yours:
- Add a **synthetic overquilt or a second bag** on top (a 40°F summer quilt over your 20°F bag can add roughly 10–15°F).
- Wear your dry insulated jacket and puffy pants inside the bag, and a warm hat.
- A vapor-barrier liner helps on multi-night trips by keeping body moisture out of the down.

**The pad**
Pads are rated by R-value. For snow camping you want a combined R-value of **at least 5, ideally 6–7**. Most summer inflatables are R-2 to R-4. The standard solution is to put a closed-cell foam pad (R-2, about $30–50) under your inflatable pad; their R-values add up, and the foam also protects you if the inflatable gets punctured.

**Other tricks**
- Eat a fatty snack right before bed and go to sleep warm (a few jumping jacks, not sweating).
- Fill a Nalgene with hot water, close it tightly, and put it in a sock at your feet or thighs.
- Pee before sleeping; keeping a full bladder warm costs heat.
"""),
    H("""
What about the tent? Mine is a freestanding three-season backpacking tent.
"""),
    G("""
A sturdy three-season tent can work for a sheltered, below-treeline site, which is what I'd recommend for a first trip anyway. A few adjustments:

- **Pick a sheltered site** among trees, out of the wind, and away from dead branches that snow can bring down.
- **Stamp out a platform** with snowshoes and let it firm up for 20–30 minutes before pitching; otherwise you'll sink and create lumps under your pad.
- **Use snow anchors.** Regular stakes don't hold in snow. Buy snow stakes, or use "deadman" anchors: tie guylines around sticks or stuff sacks filled with snow and bury them sideways.
- **Ventilate.** Keep vents open even when it's cold. Your breath adds a lot of moisture overnight, and condensation will freeze as frost on the inner walls, then drip on your bag in the morning.
- **Avoid mesh-heavy bodies in wind.** If your tent's inner is mostly mesh, spindrift can blow through; pitch the fly low to the ground or bank snow around its edges.

A true four-season tent becomes necessary above treeline or in strong winds, which you shouldn't plan on for your first trip.
"""),
    H("""
How do I deal with water and cooking? My stove is a small canister stove.
"""),
    G("""
This is where winter trips most often go wrong, so plan carefully.

**The canister stove problem**
Isobutane-propane canisters lose pressure in the cold. Below about 20°F, a standard upright canister stove will sputter or barely work. You can keep it usable:
- Sleep with the canister in your bag and carry it in an inside jacket pocket during the day.
- Set it on a piece of foam, not directly on the snow.
- Use canisters with a higher propane share and keep a spare warm canister ready to swap.

For regular winter trips, a liquid-fuel (white gas) stove or a remote-canister stove that can run the canister inverted works much better at 0°F.

**Water**
- Start with **full insulated bottles of hot water** from home, in insulated sleeves, stored upside down in your pack; ice forms at the top, so the threads won't freeze shut.
- Melting snow takes a lot of fuel. Always put a bit of liquid water in the pot first; heating dry snow can scorch the pot and taste burnt.
- Budget roughly **twice the summer fuel**, often around 150–200 grams of fuel per person per day when melting snow.
- At night, keep your water bottles inside your sleeping bag or at least in the tent, wrapped in clothing.

**Cooking**
Choose meals that just need boiling water: dehydrated meals, couscous, instant potatoes with butter, ramen with added olive oil. Eat and drink hot things as much as possible; they warm you and help with hydration.
"""),
    H("""
How much food should I bring?
"""),
    G("""
More than in summer. Your body burns a lot of energy staying warm and breaking trail in snow, so plan for roughly **4,000–5,000 calories per day**, and lean toward fat, which packs the most calories per ounce and keeps you warm overnight.

Good choices: cheese, salami, nuts, peanut butter, chocolate, butter or olive oil to add to dinners. Pick snacks that don't freeze rock-hard: many energy bars become unchewable, so keep a day's snacks in an inside pocket.
"""),
    H("""
Last thing: what are the warning signs of frostbite or hypothermia I should watch for in myself and my partner?
"""),
    G("""
Knowing these and checking each other regularly is one of the most important skills for winter camping.

**Frostnip and frostbite**
- **Frostnip:** skin turns red, then pale, with numbness or tingling, often on cheeks, nose, ears, fingers, and toes. It's reversible. Warm the area right away against warm skin (hands in your armpits, a warm hand on a partner's cheek).
- **Frostbite:** skin looks white or grayish-yellow, feels waxy or hard, and stays numb. Don't rub it, and don't rewarm it if there's any chance it will refreeze; rewarming and refreezing causes more damage. Protect the area, get out, and seek medical care.
- Check each other's faces every so often, especially in wind. People rarely notice their own frostnip.

**Hypothermia**
- **Early (mild):** shivering, clumsy hands, difficulty with zippers and laces, poor decisions, irritability. Many people summarize the signs as "the umbles": stumbles, mumbles, fumbles, grumbles.
- **Treatment at this stage:** stop, add dry layers, replace any wet clothing, eat quick sugar and then fat, drink something warm, get into shelter and a sleeping bag.
- **Severe:** shivering stops while the person is still cold, confusion, slurred speech, drowsiness. This is a medical emergency: insulate them from the ground, warm them gently, and call for rescue. In New York, calling 911 reaches forest rangers, who handle backcountry rescues in the Adirondacks.

The best prevention: eat and drink regularly, avoid sweating, change into dry clothing at camp, and turn back early if either of you is struggling.
"""),
))
