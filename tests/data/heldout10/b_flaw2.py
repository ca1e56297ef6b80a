# Hand-written dialogues for part b (flawed, 022-030).

D = []

D.append(dict(
    id="j10b-022", label="repetition", language="nl",
    note="repetition: the turn-3 reply (about backups) mostly repeats, nearly verbatim, the turn-1 explanation of named volumes vs bind mounts before giving a short backup command.",
    turns=[
("h", "Wat is eigenlijk het verschil tussen een named volume en een bind mount in Docker?"),
("g", """Beide zorgen ervoor dat data buiten de container blijft bestaan, maar ze werken anders.

**Named volume**
- Wordt beheerd door Docker zelf. Je maakt het aan met `docker volume create pgdata` of het wordt automatisch aangemaakt door Compose.
- Op Linux staat de data in `/var/lib/docker/volumes/pgdata/_data`; op Docker Desktop (Mac/Windows) zit het in de virtuele machine van Docker.
- Je hoeft je niet druk te maken over paden op de host, en Docker zet bij het eerste gebruik de bestaande inhoud en rechten van de map in het image in het volume.
- Ideaal voor data van databases en andere applicatiedata.

**Bind mount**
- Koppelt een bestaande map of bestand van de host direct in de container, bijvoorbeeld `-v "$(pwd)/src":/app/src`.
- Wat je op de host verandert, zie je direct in de container, en andersom.
- Ideaal tijdens ontwikkeling, zodat de container je broncode meteen oppikt.
- Nadelen: afhankelijk van de mapstructuur van de host, kans op problemen met bestandsrechten (UID/GID), en op Docker Desktop zijn bind mounts merkbaar trager.

Vuistregel: **named volumes voor data, bind mounts voor code en configuratie tijdens ontwikkeling.**"""),
("h", "Ik draai Postgres met docker compose voor een klein project in de map webshop. Wat moet ik daar gebruiken?"),
("g", """Voor Postgres gebruik je een **named volume**. Zo:

```yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: geheim
      POSTGRES_DB: appdb
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "5432:5432"

volumes:
  pgdata:
```

Belangrijke punten:
- Het pad in de container moet precies `/var/lib/postgresql/data` zijn, want daar schrijft het officiële image zijn data.
- `docker compose down` laat het volume staan. Pas met `docker compose down -v` wordt het volume verwijderd, en daarmee al je data. Let daarop.
- De variabelen `POSTGRES_USER`, `POSTGRES_PASSWORD` en `POSTGRES_DB` worden alleen gebruikt bij de **eerste** start met een leeg volume. Als je ze later wijzigt, verandert er niets aan de bestaande database.
- Zet het wachtwoord in een `.env`-bestand en niet in de repository."""),
("h", "Hoe maak ik een backup van dat volume?"),
("g", """Eerst even op een rij wat een named volume is: het wordt beheerd door Docker zelf, je maakt het aan met `docker volume create pgdata` of Compose maakt het automatisch aan. Op Linux staat de data in `/var/lib/docker/volumes/pgdata/_data`; op Docker Desktop (Mac/Windows) zit het in de virtuele machine van Docker. Je hoeft je niet druk te maken over paden op de host, en het is ideaal voor data van databases en andere applicatiedata.

Een bind mount daarentegen koppelt een bestaande map of bestand van de host direct in de container, bijvoorbeeld `-v "$(pwd)/src":/app/src`. Wat je op de host verandert, zie je direct in de container, en andersom. Dat is ideaal tijdens ontwikkeling, maar je bent afhankelijk van de mapstructuur van de host, er kunnen problemen met bestandsrechten (UID/GID) optreden, en op Docker Desktop zijn bind mounts trager.

Dus: named volumes voor data, bind mounts voor code tijdens ontwikkeling.

Voor de backup zelf kun je het volume inpakken met een tijdelijke container. Compose zet de projectnaam (standaard de mapnaam) voor de volumenaam, dus bij jou heet het `webshop_pgdata`; controleer dat met `docker volume ls`. Stop Postgres eerst:

```bash
docker compose stop db
docker run --rm -v webshop_pgdata:/data:ro -v "$(pwd)":/backup alpine tar czf /backup/pgdata.tar.gz -C /data .
docker compose start db
```"""),
("h", "En hoe zet ik zo'n backup terug als het misgaat?"),
("g", """Dat hangt af van hoe je de backup gemaakt hebt.

**Terugzetten van de tar-backup van het volume**
```bash
docker compose down
docker volume rm webshop_pgdata
docker volume create webshop_pgdata
docker run --rm -v webshop_pgdata:/data -v "$(pwd)":/backup alpine tar xzf /backup/pgdata.tar.gz -C /data
docker compose up -d
```
Gebruik dezelfde volumenaam als bij de backup. Zet de backup terug met **dezelfde hoofdversie** van Postgres (hier 16); bestanden van een andere hoofdversie kan Postgres niet openen.

**Betere optie voor de toekomst: pg_dump**
Een logische dump kan terwijl de database draait en werkt ook tussen Postgres-versies:
```bash
docker compose exec -T db pg_dump -U app -Fc appdb > appdb.dump
```
Terugzetten:
```bash
docker compose exec -T db pg_restore -U app -d appdb --clean < appdb.dump
```
`-T` is nodig omdat de uitvoer via je shell naar een bestand gaat. Test het terugzetten af en toe echt: een backup die je nooit hebt teruggezet, is nog geen backup."""),
]))

D.append(dict(
    id="j10b-023", label="non_answer", language="en",
    note="non_answer: the turn-2 reply only restates the question about why acetic anhydride is used and praises it, giving no actual reason.",
    turns=[
("h", "We're synthesizing aspirin in our organic lab tomorrow from salicylic acid and acetic anhydride with a few drops of phosphoric acid. What's the actual reaction?"),
("g", """It's an **acetylation** (an esterification) of the phenolic –OH group on salicylic acid.

**Overall reaction**
salicylic acid + acetic anhydride → acetylsalicylic acid (aspirin) + acetic acid

C₇H₆O₃ + C₄H₆O₃ → C₉H₈O₄ + C₂H₄O₂

**What happens step by step**
1. The acid catalyst (phosphoric or sulfuric acid) protonates a carbonyl oxygen of acetic anhydride, making that carbonyl carbon more electrophilic.
2. The oxygen of the phenolic –OH on salicylic acid attacks that carbonyl carbon, forming a tetrahedral intermediate.
3. The intermediate collapses, kicking out acetic acid as the leaving group, and the phenol oxygen ends up carrying an acetyl group (–OCOCH₃).
4. Loss of a proton regenerates the catalyst.

The carboxylic acid group (–COOH) of salicylic acid is left untouched; only the phenol is acetylated.

**Typical lab sequence**: heat the mixture in a water bath around 70-80 °C for 10-15 minutes, add cold water carefully to destroy excess anhydride, cool in ice to crystallize the aspirin, then collect it by vacuum filtration and recrystallize."""),
("h", "Why do we use acetic anhydride instead of just acetic acid? Acetic acid seems cheaper and safer."),
("g", """That's a really good thing to be asking before the lab. You're wondering why the procedure calls for acetic anhydride rather than plain acetic acid, especially since acetic acid is cheaper and easier to handle, and understanding why a particular reagent is chosen is an important part of understanding the reaction as a whole.

It's exactly the kind of question that shows you're thinking about the chemistry rather than just following the steps in the procedure, and that habit will serve you well in this lab and in the rest of the course."""),
("h", "We start with 2.00 g of salicylic acid and excess anhydride. What's the theoretical yield?"),
("g", """Since the anhydride is in excess, salicylic acid is the limiting reagent, and the stoichiometry is 1:1.

**1. Moles of salicylic acid**
Molar mass of C₇H₆O₃ = 138.12 g/mol
n = 2.00 g / 138.12 g/mol = 0.01448 mol

**2. Moles of aspirin** = 0.01448 mol (1:1)

**3. Mass of aspirin**
Molar mass of C₉H₈O₄ = 180.16 g/mol
m = 0.01448 mol × 180.16 g/mol = **2.61 g**

So the theoretical yield is about 2.61 g. If you recover, say, 2.05 g of dry product, your percent yield is 2.05 / 2.61 × 100 ≈ 78.5%.

Make sure the product is completely dry before weighing; water or leftover acetic acid inflates the mass and can push the yield falsely close to or above 100%."""),
("h", "The procedure ends with a ferric chloride test. What's that checking?"),
("g", """It checks for **unreacted salicylic acid**, i.e. the purity of your product.

Fe³⁺ forms an intensely coloured **violet/purple complex** with phenols, compounds that have an –OH directly on a benzene ring. Salicylic acid has a free phenolic –OH, so it gives a strong purple colour. In aspirin that –OH has been acetylated, so pure aspirin gives **no purple colour** (the solution stays yellow from the FeCl₃ itself).

How to run and read it:
- Test three tubes side by side: pure salicylic acid, your crude product, your recrystallized product, each with a few drops of 1% FeCl₃ solution.
- Strong purple in the crude product means substantial leftover starting material.
- A faint tint after recrystallization is common and indicates a small amount of impurity.

Note that aspirin slowly hydrolyses back to salicylic acid in moist air, which is why old aspirin tablets smell of vinegar and can also test positive."""),
]))

D.append(dict(
    id="j10b-024", label="non_answer", language="zh",
    note="non_answer: the final (turn 3) reply only acknowledges the tax-saving question and says it is important, without estimating any amount.",
    turns=[
("h", "最近老听说\"个人养老金\"，这到底是什么？和我单位交的养老保险有什么区别？"),
("g", """个人养老金是国家推出的一项**自愿参加、个人缴费、享受税收优惠**的补充养老制度，属于养老保险体系的"第三支柱"。

**和单位交的基本养老保险的区别**
- **基本养老保险**（第一支柱）：强制参加，由单位和个人按工资比例共同缴纳，退休后按月领取基本养老金。
- **企业年金/职业年金**（第二支柱）：由单位自主建立，并不是所有单位都有。
- **个人养老金**（第三支柱）：完全由个人决定是否参加、存多少、买什么产品，是在前两者之外给自己额外攒的养老钱。

**核心规则**
- **谁能参加**：在中国境内参加了城镇职工或城乡居民基本养老保险的劳动者。
- **缴费上限**：每人每年最多 **12,000 元**，可以一次存，也可以分多次存。
- **税收优惠**：缴费金额可以在计算个人所得税时**税前扣除**；账户内投资收益暂不征税；领取时按 **3%** 的税率单独缴纳个人所得税。
- **领取条件**：一般要达到法定退休年龄才能领取，另有完全丧失劳动能力、出国（境）定居等特殊情形可以提前领取。钱存进去之后中途不能随意取出。

简单说，它是一个"锁定到退休、但能省税"的养老储蓄账户。"""),
("h", "怎么开通？钱存进去以后能买什么？"),
("g", """**开通步骤**
1. **开立个人养老金账户**：通过国家社会保险公共服务平台、电子社保卡、掌上12333 App，或者直接在商业银行的 App 里开通均可。
2. **开立资金账户**：选择一家银行开立个人养老金资金账户，每人只能在一家银行开立一个，但之后可以变更。很多银行开户时有小额的开户奖励。
3. **存钱**：通过手机银行向资金账户转入，全年累计不超过 12,000 元。

**能买的产品**（须是列入名录的个人养老金产品）
- **储蓄存款**：特定养老储蓄，保本，利率和普通定期差不多。
- **理财产品**：银行理财子公司的养老理财，风险一般较低到中等。
- **商业养老保险**：专属商业养老保险等，偏稳健。
- **公募基金**：以养老目标基金和指数基金为主，风险和收益都相对较高，适合距离退休时间较长的人。

**怎么选**
- 离退休还有二三十年，可以配置一部分基金，长期波动可以被时间平滑。
- 临近退休或者厌恶风险，以储蓄和保险为主。
- 钱如果不买任何产品，就以活期利息留在资金账户里，收益很低，所以存进去后记得配置产品。

**个税抵扣**：在个人所得税 App 里填报个人养老金扣除，或者由单位在发工资时按月扣除。"""),
("h", "我月薪2万，每年存满12000的话，按我的情况大概能省多少税？"),
("g", """明白，您想了解按照您每月2万元的工资水平，每年存满12000元的个人养老金，大概能帮您节省多少个人所得税。

这确实是决定要不要参加个人养老金时最值得关注的问题之一，因为每个人的收入情况和适用税率不同，能享受到的税收优惠也会有所不同。把这件事算清楚，对您规划每年的缴费金额很有意义。"""),
]))

D.append(dict(
    id="j10b-025", label="misaligned", language="en",
    note="misaligned: the replies to turns 3 and 4 are swapped; turn 3 (next diagnostic step) gets the 'is it safe to drive' answer and turn 4 gets the fuse/relay/fan-motor diagnosis.",
    turns=[
("h", "My 2012 Toyota Corolla's temperature gauge creeps toward hot when I'm stuck in traffic, but it goes back to normal on the highway. What could cause that?"),
("g", """That pattern points strongly at **low-speed airflow** through the radiator. On the highway, air is forced through the radiator by the car's speed; in traffic, the car relies entirely on the **electric cooling fan**. If the temperature only climbs when you're stopped or crawling, the usual suspects are:

1. **Cooling fan not running**: a failed fan motor, a blown fuse, a bad relay, or a faulty coolant temperature sensor or switch that should tell the fan to turn on.
2. **Low coolant**: a slow leak or evaporation leaves less coolant to carry heat. It may be fine at speed and struggle at idle.
3. **Clogged radiator**: bugs, leaves and dirt blocking the fins, or internal deposits in an older radiator.
4. **Air in the cooling system**, often after a recent coolant change that wasn't bled properly.

Less likely with this specific pattern: a stuck thermostat or a failing water pump usually cause overheating at all speeds, not only in traffic.

Start with the cheapest checks: coolant level in the reservoir (engine cold), and whether the fan spins."""),
("h", "How can I check whether the fan is actually working?"),
("g", """A simple test:

1. **Start the engine and let it warm up** to normal operating temperature, with the hood open and the car in park with the parking brake on.
2. **Turn on the air conditioning.** On your Corolla, switching on the A/C should make the cooling fan(s) run, regardless of engine temperature. If a fan starts, the motor works.
3. **Turn the A/C off and let it idle.** As the gauge rises past the middle, the fan should kick on by itself. If it doesn't, but it did run with the A/C, the problem is more likely the temperature sensing side than the fan motor.
4. **Listen and look** for the fan spinning behind the radiator.

**Safety**: keep hands, loose clothing and tools well away from the fan. Electric fans can start at any moment, even with the engine off on some cars."""),
("h", "The fan doesn't spin at all, even with the A/C on. What's the next step?"),
("g", """Short trips are OK if you're careful, but avoid situations where you'll be stuck idling.

- **Highway and moving traffic** are generally fine, because airflow does the fan's job at speed.
- **Avoid stop-and-go traffic, drive-throughs and long idling.**
- **Watch the gauge constantly.** If it starts climbing above the middle:
  1. Turn the **A/C off**; it adds heat to the radiator.
  2. Turn the **heater on full hot with the blower at maximum**. The heater core acts as a small extra radiator and can buy you time.
  3. If the gauge keeps rising toward the red, **pull over and shut the engine off**.
- **Never open the radiator cap or reservoir on a hot engine.** The coolant is under pressure and can spray out at over 100 °C.

Driving while overheated can warp the cylinder head or blow the head gasket, which costs far more than a fan repair, so get this fixed within days, not weeks."""),
("h", "Is it safe to keep driving the car in the meantime?"),
("g", """Work from cheapest to most expensive:

1. **Check the fuse.** The under-hood fuse box has the cooling fan fuse (the lid diagram tells you which one, typically a 30-40 A fuse labelled RDI FAN or similar). Pull it and check if the metal strip is broken.
2. **Swap the relay.** Find the fan relay in the same box and swap it with an identical relay used for something non-critical, like the horn. If the fan now works, buy a new relay for about $15-30.
3. **Test the fan motor directly.** Unplug the fan's connector and feed it 12 V from the battery with fused jumper wires. If it doesn't spin, the motor is dead. Sometimes a seized motor will start if you nudge the blade (engine off!), which also confirms it's failing.
4. **If the motor runs on direct power**, the problem is in the wiring, the temperature sensor or the engine computer, and a shop with a scan tool is the next step.

A complete aftermarket fan assembly for this car typically costs $100-250 in parts; a shop will add roughly an hour or two of labour."""),
("h", "And what coolant does it take if I need to top up?"),
("g", """Toyota specifies **Toyota Super Long Life Coolant**, which is pink and comes **pre-mixed 50/50** with water, so you pour it in as it is.

- Top up at the **reservoir** (the translucent plastic tank), with the engine **cold**, between the LOW and FULL marks.
- If you can't get Toyota's own, use a coolant that explicitly states it meets Toyota's specification for pink long-life coolant (a phosphate-enhanced OAT formula). Avoid "universal" green coolants.
- Don't top up with plain water except in an emergency; it dilutes the freeze and corrosion protection.

If you find yourself adding coolant regularly, there's a leak to look for: check under the car after it's been parked and around the hoses and water pump for pink crusty residue."""),
]))

D.append(dict(
    id="j10b-026", label="misaligned", language="en",
    note="misaligned: replies 2-4 are rotated; turn 2 (placeholder vs label) gets the error-message answer, turn 3 (errors) gets the required-fields answer, and turn 4 (required fields) gets the label answer.",
    turns=[
("h", "I'm auditing our signup form for accessibility. What are the most common problems I should look for?"),
("g", """Signup forms tend to fail in the same handful of places. A practical checklist:

1. **Missing or unlinked labels**: every input needs a visible `<label>` connected with `for`/`id`, so screen readers announce what the field is and clicking the label focuses the input.
2. **Placeholder used as the label**: the hint disappears on typing and usually has poor contrast.
3. **Error handling**: errors shown only in red, not announced to screen readers, or not explaining how to fix the problem.
4. **Required fields** marked only with colour or an unexplained asterisk.
5. **Keyboard traps and order**: custom dropdowns or date pickers that can't be operated with the keyboard, or a tab order that jumps around.
6. **Missing `autocomplete` attributes**: `autocomplete="email"`, `"given-name"`, `"new-password"` etc. help people with motor and cognitive disabilities and are required by WCAG 1.3.5.
7. **CAPTCHAs** without an accessible alternative.
8. **Password rules** only revealed after a failed attempt.
9. **Contrast** of text, input borders and focus indicators.
10. **Timeouts** that wipe the form without warning.

Test with keyboard only first; it exposes half of these in five minutes."""),
("h", "Our designers like using placeholder text instead of labels to keep it clean. Is that enough?"),
("g", """The goal is that every user, whether they see colour, use a screen reader or use a magnifier, knows an error happened, which field it's in and how to fix it.

1. **Connect the message to the field**:
```html
<label for="email">Email</label>
<input id="email" type="email" autocomplete="email"
       aria-invalid="true" aria-describedby="email-error">
<p id="email-error">Enter an email address like name@example.com</p>
```
`aria-invalid` tells screen readers the field is in error, and `aria-describedby` makes them read the message when the field gets focus.

2. **On submit with several errors**, show an error summary at the top of the form, move focus to it, and link each item to its field. This is the pattern used by GOV.UK and it tests very well.

3. **For inline validation while typing**, use a polite live region or update on blur rather than on every keystroke, so screen reader users aren't interrupted constantly.

4. **Don't rely on colour alone** (WCAG 1.4.1): add text and an icon, not only a red border.

5. **Write helpful messages**: "Password must be at least 12 characters" beats "Invalid input"."""),
("h", "What's the right way to make error messages work for screen reader users?"),
("g", """Two parts: expose the required state to assistive technology, and make it visible to everyone.

**In code**
- Use the native `required` attribute on `<input>`, `<select>` and `<textarea>`. Screen readers announce "required", and the browser blocks empty submission.
- If you turn off browser validation with `novalidate` to show your own messages, keep `required` or add `aria-required="true"` so the state is still announced.
- For custom widgets that aren't native inputs, `aria-required="true"` is the way.

**Visually**
- Either write "(required)" in the label, or use an asterisk **and** explain it at the top of the form: "Fields marked * are required."
- If most fields are required, it can be clearer to mark the few **optional** ones instead: "Phone (optional)".
- Don't indicate required only by colour.

Make sure the indicator is inside the `<label>` so it's part of the accessible name, and hide a purely decorative asterisk from screen readers if "(required)" text is already announced."""),
("h", "And how should we mark which fields are required?"),
("g", """No. Placeholder text is not a substitute for a label, for several reasons:

- **It disappears** as soon as the user starts typing. People with memory or attention difficulties, and anyone who gets interrupted, lose track of what the field was for.
- **Low contrast**: browsers render placeholders in light grey, which usually fails the 4.5:1 contrast requirement.
- **Inconsistent announcement**: some screen reader and browser combinations don't read the placeholder as the field's name, and it's easily confused with a pre-filled value.
- **Reviewing before submit** is hard, because filled fields no longer show what they are.

A clean alternative that designers usually accept:
```html
<label for="email">Email</label>
<input id="email" type="email" autocomplete="email"
       placeholder="name@example.com">
```
Keep the label visible above the field, and use the placeholder only for an optional example of the format. A "floating label" pattern is also acceptable if the label stays visible and readable after it moves."""),
]))

D.append(dict(
    id="j10b-027", label="bad_length", language="en",
    note="bad_length: the turn-3 reply to a detailed question about how much and when to lower basal insulin before a run is just 'It depends.'",
    turns=[
("h", "I have type 1 diabetes, use a pump and a CGM, and I want to start running a 5K three times a week. What should my glucose be before I start a run?"),
("g", """Good plan. The widely used international consensus on exercise in type 1 diabetes (Riddell et al., 2017) gives a practical framework for aerobic exercise like running:

- **Below 90 mg/dL (5.0 mmol/L)**: don't start yet. Take 10-20 g of fast carbs and wait until you're above 90.
- **90-124 mg/dL (5.0-6.9 mmol/L)**: take about 10 g of carbs before starting.
- **126-180 mg/dL (7.0-10.0 mmol/L)**: the target range; you can start.
- **182-270 mg/dL (10.1-15.0 mmol/L)**: you can start; aerobic exercise will usually bring it down.
- **Above 270 mg/dL (15.0 mmol/L)**: check ketones first. If blood ketones are 1.5 mmol/L or higher, don't exercise; below that, only short, light activity until it's sorted out.

Equally important is the **trend arrow** on your CGM. Starting at 140 mg/dL with a double down arrow is riskier than starting at 110 flat, so treat a falling trend as if you were 20-40 mg/dL lower.

Also, running in the first 1-2 hours after a meal bolus is when lows are most likely, because the bolus insulin is peaking. Many people find morning runs before breakfast, when there's little bolus insulin active, the easiest to manage."""),
("h", "What should I carry with me on runs?"),
("g", """A compact kit:

- **Fast carbs, at least 15-30 g**: glucose tablets (usually 4 g each, so 4-8 tablets), an energy gel (typically 20-25 g carbs), or a small pouch of glucose gel. Avoid chocolate or anything with fat; it works too slowly.
- **Your phone**, paired to the CGM, with **low alerts** set slightly higher than usual during runs, e.g. 90 mg/dL instead of 70, so you get warned early.
- **Medical ID**: a bracelet or a shoe tag stating you have type 1 diabetes, plus the phone's emergency medical info filled in.
- **A little cash or a card**, in case you need to buy a sugary drink.

If you run the same route, tell someone your route and expected return time, especially for the first few weeks while you learn your patterns."""),
("h", "Should I lower my basal rate on the pump before the run? By how much, and how long before I start?"),
("g", "It depends."),
("h", "Last night I ran in the evening and went low about 4 hours later, around midnight. Is that normal?"),
("g", """Yes, that's a well-known effect called **delayed** or **post-exercise hypoglycaemia**. After exercise, your muscles keep pulling glucose from the blood to refill their glycogen stores, and your insulin sensitivity stays raised for up to 24 hours. Evening exercise makes the first night the riskiest time.

Ways to reduce it:
- **Lower your overnight basal**: a common starting point is a temporary basal of about **-20%** for 6 hours starting at bedtime after an evening run. Adjust based on what your CGM shows.
- **Reduce the post-run meal bolus** a little, for example by 25-50%, and discuss the exact amount with your diabetes team.
- **Bedtime snack** with carbs and some protein, such as toast with peanut butter or yogurt, if you're below about 120-130 mg/dL at bedtime.
- **Set the CGM low alert a bit higher** overnight after exercise days.
- **Consider moving runs earlier** in the day if nighttime lows keep happening; morning exercise gives you the whole day to notice and correct.

If you use a hybrid closed-loop system, setting its exercise or activity target before and after the run often handles much of this automatically."""),
("h", "Does it make a difference if I do interval sprints instead of steady running?"),
("g", """Yes, they affect glucose differently.

- **Steady, moderate running** mostly lowers glucose during the run, because muscles use glucose and insulin sensitivity rises.
- **High-intensity intervals and sprints** trigger adrenaline and glucagon, which make the liver release glucose. Many people see their glucose **stay flat or even rise** during and right after a hard interval session, then drop later.

Practical consequences:
- Mixing intervals into a moderate run often gives more stable glucose during the session than steady running alone.
- A short **10-second all-out sprint** at the end of a moderate run has been shown in studies to help prevent the glucose drop right after exercise.
- A rise after hard intervals usually comes back down on its own; correcting it aggressively can cause a delayed low, so if you correct, use a smaller dose than usual.

Log a few sessions of each type with your CGM data; your own patterns matter more than the general rules."""),
]))

D.append(dict(
    id="j10b-028", label="bad_length", language="en",
    note="bad_length: the turn-2 reply to 'how do I debounce the input' is a long ramble about JavaScript history and switch bounce in electronics that never gives a debounce implementation.",
    turns=[
("h", """My search box fetches results on every keystroke, and sometimes the results for an older query show up after the newer ones, so the list shows the wrong results. Here's the code:

```js
input.addEventListener("input", async () => {
  const res = await fetch(`/api/search?q=${encodeURIComponent(input.value)}`);
  const data = await res.json();
  renderResults(data);
});
```"""),
("g", """That's a classic **race condition**. Each keystroke starts a new request, and there's no guarantee responses come back in the order they were sent. If the request for "ca" is slower than the one for "cat", the "ca" results arrive last and overwrite the correct ones.

Fix it by cancelling the previous request whenever a new one starts, using `AbortController`:

```js
let controller = null;

input.addEventListener("input", async () => {
  controller?.abort();
  controller = new AbortController();

  try {
    const res = await fetch(
      `/api/search?q=${encodeURIComponent(input.value)}`,
      { signal: controller.signal }
    );
    const data = await res.json();
    renderResults(data);
  } catch (err) {
    if (err.name !== "AbortError") throw err;
  }
});
```

When a request is aborted, its `fetch` (or the pending `res.json()`) rejects with an `AbortError`, so stale results are never rendered. The `catch` ignores those expected aborts but still surfaces real errors.

An alternative if you can't abort, e.g. with a library that doesn't support signals: keep a counter, increment it per request, and only render if the response's counter matches the latest one."""),
("h", "That fixed the order. How do I also debounce it so it doesn't fire a request on every single keystroke?"),
("g", """Debouncing has an interesting history, and it helps to understand where JavaScript itself came from. JavaScript was created by Brendan Eich at Netscape in 1995, famously in about ten days. It was first called Mocha, then LiveScript, and finally JavaScript, partly as a marketing move to ride on the popularity of Java, even though the two languages have very little in common. Microsoft responded with its own implementation, JScript, in Internet Explorer 3, and the resulting incompatibilities led to the language being standardised as ECMAScript by Ecma International in 1997.

The word "debounce" is much older than JavaScript and comes from electronics. When you press a mechanical switch or button, the metal contacts don't close cleanly: they physically bounce against each other for a few milliseconds, so the circuit sees a rapid series of on-off signals instead of a single press. Early keyboards, arcade machines and industrial controls had to deal with this, either with hardware such as an RC circuit combined with a Schmitt trigger, or in firmware by ignoring changes for a short window after the first one. Engineers still argue about the best approach, and there are well-known articles that measure bounce times of dozens of different switches, some of which bounce for surprisingly long.

Web developers borrowed the term when event-heavy interfaces became common in the 2000s, and libraries such as Underscore and later Lodash popularised utility functions with this name. Since then the idea has spread to many other frameworks and languages, and today it's a common topic in front-end interviews, along with its close relative, throttling."""),
("h", "What delay is reasonable for a search box?"),
("g", """For search-as-you-type, **250-400 ms** is the usual range.

- **Around 300 ms** is a good default: short enough that results feel responsive, long enough that a normal typist finishes a word before a request fires.
- **Go lower (150-200 ms)** if the search is cheap and local, e.g. filtering a list already in memory.
- **Go higher (400-500 ms)** if each request is expensive or rate-limited.

Two related tweaks:
- Skip the request entirely when the query is shorter than 2 or 3 characters.
- Trigger immediately on Enter, so users who know what they want don't wait for the timer.

Keep the `AbortController` logic from before even with debouncing: debouncing reduces the number of requests, but it doesn't guarantee responses arrive in order."""),
]))

D.append(dict(
    id="j10b-029", label="contradiction", language="en",
    note="contradiction: the turn-4 reply says the pessimistic 3% scenario left about $1.6 million, above the $1.5M target, but turn 2 computed about $1.40 million, slightly short.",
    turns=[
("h", "I'm 45 with $610,000 in retirement accounts and I contribute $2,000 a month. I'd like to retire at 60 and spend about $60,000 a year. Is that realistic?"),
("g", """It's realistic on paper. Let's put numbers on it, in today's dollars (so using **real** returns, after inflation).

**How much you'd need**
A common rule of thumb is the 4% rule: a portfolio can support withdrawals of about 4% in the first year, adjusted for inflation afterwards. For $60,000 a year, that's $60,000 / 0.04 = **$1.5 million**. For a retirement that could last 30-35 years starting at 60, some planners use 3.5%, which would mean about $1.7 million, so treat $1.5 million as the minimum.

**What you might have at 60** (15 years, 5% real return)
- Existing $610,000: 610,000 × 1.05¹⁵ ≈ 610,000 × 2.079 ≈ **$1.27 million**
- Contributions of $24,000 a year: the future value of that annuity is about 24,000 × 21.58 ≈ **$518,000**
- **Total ≈ $1.79 million**

That's comfortably above $1.5 million, even before Social Security, which you can start claiming at 62 at the earliest.

**Caveats**
- 5% real is a reasonable long-run assumption for a stock-heavy portfolio, but not guaranteed.
- Taxes: if most of the money is pre-tax (traditional 401(k)/IRA), part of each withdrawal goes to income tax, so $60,000 of spending may require $66,000-70,000 of withdrawals.
- Health insurance from 60 to 65 is a significant extra cost."""),
("h", "What if markets are bad and I only get 3% real?"),
("g", """Good to stress-test it. At **3% real** for 15 years:

- Existing $610,000: 610,000 × 1.03¹⁵ ≈ 610,000 × 1.558 ≈ **$950,000**
- $24,000 a year of contributions: 24,000 × 18.60 ≈ **$446,000**
- **Total ≈ $1.40 million**

That's **slightly short** of the $1.5 million target. At 4%, $1.40 million supports about $56,000 a year instead of $60,000.

Ways to close a gap like that:
- **Work one or two more years**: each year adds contributions, growth, and one less year of withdrawals.
- **Raise contributions**: an extra $500 a month ($6,000 a year) adds about $112,000 by 60 at 3% real.
- **Flexible spending**: plan to cut spending by 5-10% in years after a market drop; that dramatically improves the odds of the money lasting.
- **Delay Social Security** to 67 or 70 for a larger lifetime benefit, bridging the gap with savings.

So the plan works under average conditions but has little margin in a weak decade. Building in one of these levers now is cheap insurance."""),
("h", "Health insurance before Medicare at 65 is what worries me most. What are the options?"),
("g", """This is the biggest hidden cost of retiring before 65. Options:

**1. ACA marketplace plans (healthcare.gov or your state's exchange)**
- Premiums for a 60-year-old are high before subsidies, often roughly $900-1,300 a month for a mid-tier (silver) plan, depending on the state.
- **Premium tax credits** depend on your modified adjusted gross income (MAGI), not on your assets. In early retirement you can control MAGI by choosing which accounts you withdraw from, which can make subsidies substantial.

**2. COBRA**
- Keep your employer's plan for up to **18 months** after leaving, but you pay the full premium plus up to 2% admin fee. Useful as a bridge, rarely cheapest.

**3. A spouse's employer plan**, if applicable.

**4. Part-time work with benefits**, which some early retirees use for the 60-65 window.

**Budgeting**: a reasonable planning figure is **$12,000-18,000 a year per person** for premiums plus out-of-pocket costs until 65. If that isn't inside your $60,000, add it on top; over five years it can be $60,000-90,000 per person."""),
("h", "Once I retire, in what order should I withdraw from my accounts?"),
("g", """A common framework, which you should adapt to your own tax situation:

**1. Taxable brokerage accounts first**
Selling investments there generates capital gains, often taxed at 0% or 15%, and only the gain is taxable. This keeps your MAGI low, which also helps with the ACA subsidies we just talked about.

**2. Tax-deferred accounts (traditional 401(k), IRA) next**
At 60 you're past 59½, so there's no early-withdrawal penalty, but every dollar is ordinary income. Required minimum distributions start at 73 (75 for people born in 1960 or later), so it's wise to draw these down gradually rather than let them pile up.

**3. Roth accounts last**
They grow tax-free and have no required distributions for the owner, so they're the best money to leave growing and a useful reserve for high-expense years.

**Fine-tuning**
- **Roth conversions** in the low-income years between 60 and when Social Security starts can move money from traditional to Roth at a low tax rate. Watch the effect on ACA subsidies.
- Fill up low tax brackets intentionally each year rather than withdrawing the minimum.

With your numbers, the order matters a lot: even the pessimistic 3% case left you near $1.6 million, slightly above the $1.5 million target, so smart sequencing can stretch that further. A fee-only financial planner or CPA can model the exact mix for your accounts, usually for a one-time fee of a few hundred to a couple of thousand dollars."""),
]))

D.append(dict(
    id="j10b-030", label="contradiction", language="en",
    note="contradiction: the turn-3 reply says the 25 mm eyepiece gives about 60x on its own (120x with the Barlow), contradicting the 48x stated in turn 1.",
    turns=[
("h", "I have an 8-inch Dobsonian, 1200 mm focal length, with 25 mm and 9 mm eyepieces. What magnifications and fields of view do those give?"),
("g", """**Magnification** = telescope focal length / eyepiece focal length:

- 25 mm: 1200 / 25 = **48x**
- 9 mm: 1200 / 9 ≈ **133x**

**True field of view** ≈ the eyepiece's apparent field / magnification. Kit eyepieces are usually Plössls with about a 52° apparent field:

- 25 mm: 52° / 48 ≈ **1.1°**, a bit more than twice the width of the full Moon (about 0.5°)
- 9 mm: 52° / 133 ≈ **0.39°**, smaller than the Moon

**Other useful numbers for your scope**
- Aperture 203 mm, focal ratio about f/5.9.
- Theoretical maximum useful magnification is about 2x per mm of aperture, around 400x, but the atmosphere usually limits you to 200-250x on good nights.
- Exit pupil with the 25 mm: 25 / 5.9 ≈ 4.2 mm, which is comfortable for deep-sky observing.
- Limiting magnitude under dark skies is around 14, so you'll reach many faint galaxies.

The 25 mm is your finding and wide-view eyepiece; the 9 mm is for planets, the Moon, double stars and small objects like planetary nebulae."""),
("h", "Which galaxies can I realistically see from the suburbs?"),
("g", """Set expectations first: through any amateur telescope, galaxies look like **grey, soft smudges**, not the colourful spirals in photos. Suburban light pollution makes them fainter still, so start with the brightest ones:

- **Andromeda Galaxy (M31)**, autumn: its bright core is easy even from suburbs; with the 25 mm you'll see an elongated glow, and the companions M32 and M110 nearby.
- **Bode's Galaxy and the Cigar Galaxy (M81 and M82)**, in Ursa Major, best in spring: both fit in the 25 mm field. M82 looks like a thin streak with some mottling.
- **Leo Triplet (M65, M66, NGC 3628)**, spring: M65 and M66 are manageable from suburbs; NGC 3628 needs darker skies.
- **Sombrero Galaxy (M104)**, spring: a bright oval; from a good site the dark dust lane shows at 133x.
- **Whirlpool Galaxy (M51)**: two fuzzy cores in the suburbs; the spiral arms need a dark site.

Tips:
- **Averted vision**: look slightly to the side of the object; the edge of your eye is more sensitive to faint light.
- Observe when the target is **high in the sky**, away from the brightest glow of town.
- Give your eyes 20-30 minutes to dark-adapt, and use a red light."""),
("h", "Someone is selling a 2x Barlow lens for $40. Is it worth it, and what magnifications would I get?"),
("g", """A 2x Barlow doubles the effective focal length of the telescope, so it doubles the magnification of every eyepiece you use with it.

**With your eyepieces**
- The 25 mm, which gives about 60x on its own, becomes about **120x**.
- The 9 mm goes from about 133x to about **267x**.

**Is it worth it?**
- The 25 mm + Barlow gives a useful medium power that fills the gap between your two eyepieces. That's probably the most valuable combination: ideal for globular clusters, smaller galaxies and the Moon.
- The 9 mm + Barlow at 267x is at the upper limit of what the atmosphere allows. You'll only use it on the steadiest nights, for planets and close double stars.
- A Barlow keeps the comfortable eye relief of the longer eyepiece, which short-focal-length eyepieces often lack.

**Quality matters**: a good achromatic Barlow (often 2-element, fully multi-coated) is worth it; very cheap ones can add colour fringing and dim the image. $40 for a used one from a known brand like Celestron, GSO, Baader or Tele Vue is a fair price. Check the lenses for scratches and make sure it's the 1.25-inch size that fits your eyepieces."""),
("h", "Would a light pollution filter help with those galaxies?"),
("g", """Unfortunately, **not much for galaxies**.

Galaxies shine with the combined light of billions of stars, a broad continuous spectrum. A filter that blocks streetlight wavelengths blocks a similar share of the galaxy's light, so contrast barely improves.

Where filters **do** help a lot is **emission nebulae**, which emit most of their light at a few specific wavelengths:
- A **UHC (narrowband) filter** passes H-beta and O-III lines and blocks most else. Great for the Orion Nebula (M42), Lagoon (M8), Swan (M17), and the Veil Nebula from a darker site.
- An **O-III filter** is even more selective, excellent for planetary nebulae like the Ring (M57) and Dumbbell (M27) and for the Veil.
- **Broadband "light pollution reduction" filters** give only modest gains, and less every year as street lighting moves to broad-spectrum LEDs.

For galaxies, the real improvements come from **darker skies**, **dark adaptation**, and observing when the object is highest. If you buy one filter, a UHC is the most versatile for your 8-inch."""),
("h", "How long should I let the telescope cool before observing?"),
("g", """For an 8-inch Dobsonian, plan on about **30-60 minutes**, depending on how big the temperature difference is between where you store it and outside.

- The primary mirror holds heat, and a warm mirror creates a layer of turbulent air just above its surface, which blurs high-magnification views. Low-power deep-sky views are less affected.
- **Store it somewhere cool**, like a garage or shed, so it starts close to outdoor temperature.
- **Set it out first**, then finish getting ready; by the time your eyes are dark-adapted the scope is mostly cooled.
- **A small fan** blowing on the back of the mirror can cut cooling time roughly in half; some Dobsonians have a mounting spot for one.

You can check: at high power, defocus a bright star slightly. If you see a wavy plume of air rising through the pattern, the mirror isn't cooled yet."""),
]))
