from b_common import conv, raw, D

DIALOGUES = []

# 001 good en - Ansible / Jinja2 templates, legitimate {{ }} syntax
DIALOGUES.append(D("h8b-001", "good", "en",
"Good: Ansible/Jinja2 templating help; {{ }} and {% %} are legitimately discussed code, replies correct and progressive, short correct answer to a quick follow-up.",
conv(
"I'm writing an Ansible role that deploys an nginx config. I want the server_name line to use each host's name from the inventory. How do I do that in the template?",
"""Use a Jinja2 template file (by convention in `templates/`, with a `.j2` suffix) and reference the built-in variable `inventory_hostname`, which holds the name of the host exactly as it appears in your inventory.

`roles/nginx/templates/site.conf.j2`:
```jinja
server {
    listen 80;
    server_name {{ inventory_hostname }};

    location / {
        proxy_pass http://127.0.0.1:{{ app_port | default(8080) }};
    }
}
```

Then in `roles/nginx/tasks/main.yml`:
```yaml
- name: Deploy nginx site config
  ansible.builtin.template:
    src: site.conf.j2
    dest: /etc/nginx/conf.d/site.conf
    owner: root
    mode: "0644"
  notify: Reload nginx
```

A few notes:
- `inventory_hostname` is the inventory name, not necessarily the machine's real hostname. If you want the hostname the machine reports, use `ansible_facts['hostname']` (short) or `ansible_facts['fqdn']`, which requires fact gathering to be on.
- The `default(8080)` filter means the template still renders if `app_port` isn't defined for a host.
- Add a handler named `Reload nginx` that runs `systemctl reload nginx`, so nginx only reloads when the file actually changes.""",
"Some hosts need two extra server names (aliases). Can I loop in the template?",
"""Yes. Define a list variable per host (in `host_vars/` or in the inventory) and loop with `{% for %}`, or simply join it onto the same line, since nginx accepts several names separated by spaces.

`host_vars/web01.yml`:
```yaml
server_aliases:
  - www.example.org
  - example.org
```

Template, joined on one line:
```jinja
server_name {{ inventory_hostname }}{% if server_aliases is defined %} {{ server_aliases | join(' ') }}{% endif %};
```

That renders as `server_name web01 www.example.org example.org;` for web01 and just `server_name web02;` for a host without aliases.

If you'd rather have a separate block per alias, the loop form is:
```jinja
{% for alias in server_aliases | default([]) %}
# alias: {{ alias }}
{% endfor %}
```

Using `default([])` keeps the loop from failing on hosts where the variable isn't set, which is cleaner than wrapping everything in `is defined` checks.""",
"Does the template task fail the play if a variable is undefined and has no default?",
"""Yes. By default Ansible uses strict undefined handling in templates, so rendering `{{ some_var }}` when `some_var` doesn't exist fails that task with an error like `'some_var' is undefined`, and the host is marked failed. Using `| default(...)` or an `is defined` test avoids it.""",
"Last thing: how can I check what the rendered file will look like before pushing it to production?",
"""Run the play in check mode with diff enabled:

```bash
ansible-playbook site.yml --limit web01 --check --diff
```

`--check` makes the template module render the file and compare it with what's on the host without writing anything, and `--diff` prints a unified diff of the changes. Limiting to one host keeps the output readable.

Two caveats: tasks that depend on earlier tasks having really run (for example, a package install that creates a directory) can report misleading results in check mode, and handlers won't actually fire. For a purely local look you can also render it with an ad-hoc debug task: `- ansible.builtin.debug: msg="{{ lookup('template', 'site.conf.j2') }}"`.""",
)))

# 002 good en - pandas data analysis, short follow-up
DIALOGUES.append(D("h8b-002", "good", "en",
"Good: pandas groupby analysis of sales data; detailed code answers plus a correct short answer to a quick follow-up; consistent column names throughout.",
conv(
"I have a CSV of sales with columns date, region, product, units, unit_price. I want total revenue per region per month. What's the cleanest way in pandas?",
"""Parse the dates on load, compute revenue, then group by region and a monthly period:

```python
import pandas as pd

df = pd.read_csv("sales.csv", parse_dates=["date"])
df["revenue"] = df["units"] * df["unit_price"]

monthly = (
    df.groupby(["region", df["date"].dt.to_period("M")])["revenue"]
      .sum()
      .reset_index()
      .rename(columns={"date": "month"})
)
print(monthly.head())
```

`dt.to_period("M")` turns every date into a month label such as `2024-03`, so all sales in March fall into one group regardless of the day. The result has one row per region-month with columns `region`, `month`, `revenue`.

If you want a wide table (regions as rows, months as columns) for a report, pivot it:

```python
wide = monthly.pivot(index="region", columns="month", values="revenue").fillna(0)
```

`fillna(0)` matters if some region had no sales in a given month; otherwise those cells would be NaN.""",
"Will regions with zero sales in a month show up in the long table?",
"""No. `groupby` only produces groups that exist in the data, so a region-month with no rows simply won't appear in `monthly`. The pivot with `fillna(0)` is one way to get the zeros back; in the long format you'd need to reindex against the full region × month grid.""",
"OK, show me the reindex way, I need the long format for a chart.",
"""Build the full grid with `pd.MultiIndex.from_product` and reindex:

```python
regions = df["region"].unique()
months = pd.period_range(df["date"].min(), df["date"].max(), freq="M")

full_index = pd.MultiIndex.from_product([regions, months], names=["region", "month"])

monthly_full = (
    monthly.set_index(["region", "month"])
           .reindex(full_index, fill_value=0)
           .reset_index()
)
```

Now every region has one row for every month between the first and last sale date, with `revenue` = 0 where nothing was sold. Using `period_range` over the whole date span (rather than only the months present in the data) also catches a month where no region sold anything at all, which would otherwise silently drop out of the chart's x-axis.""",
"And to add a column with each region's month-over-month growth in percent?",
"""Sort, then use `pct_change` within each region:

```python
monthly_full = monthly_full.sort_values(["region", "month"])
monthly_full["mom_growth_pct"] = (
    monthly_full.groupby("region")["revenue"].pct_change() * 100
)
```

Grouping before `pct_change` ensures the first month of region B isn't compared with the last month of region A. The first month of each region will be NaN (nothing to compare to). Watch out for the zero-revenue months you just added: growth from 0 to anything comes out as `inf`, so you may want `monthly_full["mom_growth_pct"].replace([float("inf"), -float("inf")], pd.NA)` before charting.""",
)))

# 003 good zh - astronomy: observing Jupiter
DIALOGUES.append(D("h8b-003", "good", "zh",
"Good: 用小望远镜观测木星及伽利略卫星，回答具体准确，用户追问逐步推进。",
conv(
"我刚买了一台口径80毫米的折射望远镜，想看木星。需要注意什么？",
"""80毫米折射镜看木星完全够用，能看到不少东西。几点建议：

1. **选时间**：木星在"冲"前后最亮、最大，视直径约45角秒。查一下星图软件（如 Stellarium），选木星高度角在30度以上的时候观测，越高越好，因为低空大气抖动严重。
2. **放倍率要适度**：80毫米口径的实用最高倍率大约是口径毫米数的2倍，也就是160倍左右。但大多数夜晚大气视宁度有限，100到120倍往往比硬上160倍看得更清楚。
3. **让镜子"冷却"**：从室内拿到户外后放置20到30分钟，让镜筒温度和室外一致，否则镜筒内气流会让像一直晃。
4. **耐心盯着看**：大气是一阵一阵稳定的，持续看几分钟，会有几秒特别清楚的瞬间。

能看到的东西：木星的两条主要暗带（南赤道带和北赤道带），以及四颗伽利略卫星（木卫一到木卫四），它们像排成一条线的小星点。条件好的时候还可能看到大红斑。""",
"四颗卫星怎么分辨哪颗是哪颗？",
"""单靠肉眼看是分不出来的，它们在小望远镜里都只是星点，需要借助位置预报：

- **Stellarium** 或 **SkySafari** 里把时间设为你观测的时刻，放大木星，就能看到每颗卫星的名字和位置。
- 也可以用 Sky & Telescope 网站的"Jupiter's Moons"工具。

注意折射镜加天顶镜时，看到的像是左右镜像的，和软件里的方向可能反过来，软件里一般有"镜像翻转"的选项。

一些规律也有帮助：木卫一（艾奥）离木星最近，绕转一圈只要约1.8天，位置变化最快；木卫四（卡利斯托）最远，周期约16.7天，有时会离木星相当远。连续几个晚上画下位置，你会很直观地看到它们在移动。""",
"大红斑要怎么才能看到？我看了两次都没找到。",
"""大红斑不好找有几个原因：

1. **它不是一直朝向地球**。木星自转一周不到10小时，大红斑只有在转到朝向我们的那一面时才看得到，所以需要查"大红斑过中央子午线"的时间表（Sky & Telescope 和很多天文App都有），在那个时间前后约1小时内观测。
2. **它这些年颜色变淡、尺寸变小了**，现在更像是浅橙色或浅粉色的椭圆，对比度不高。
3. **滤镜会有帮助**：一片浅蓝色滤镜（比如 80A 号）能提高红色特征与周围云带的对比。

它位于南赤道带的南边缘，在一个称为"红斑洞"的凹陷里。口径80毫米、视宁度不错的晚上，在100倍左右是有机会看到的，但别期待照片里那样鲜艳的红色。""",
)))

# 004 good fr - nutrition: iron in vegetarian diet
DIALOGUES.append(D("h8b-004", "good", "fr",
"Good: fer et régime végétarien, réponses précises (apports, absorption, signes de carence), conseils cohérents et renvoi au médecin pour le bilan.",
conv(
"Je suis devenue végétarienne il y a six mois. Comment être sûre d'avoir assez de fer ?",
"""Bonne question, car le fer est l'un des nutriments à surveiller quand on arrête la viande.

**Les besoins** : pour une femme adulte non ménopausée, l'ANSES retient environ 11 mg par jour, et 16 mg en cas de règles abondantes. Le fer des végétaux (fer « non héminique ») est moins bien absorbé que celui de la viande, d'où l'intérêt de soigner les sources et les associations.

**Bonnes sources végétales** :
- lentilles cuites : environ 3 mg pour 100 g ;
- pois chiches, haricots rouges : 2 à 3 mg pour 100 g ;
- tofu ferme : 2 à 5 mg pour 100 g selon la marque ;
- graines de courge, sésame (tahini), flocons d'avoine ;
- épinards et autres légumes verts, même si leur fer est peu absorbé.

**Améliorer l'absorption** :
- associez ces aliments à de la vitamine C au même repas : poivron, agrumes, kiwi, brocoli ;
- évitez le thé et le café pendant le repas et l'heure qui suit, leurs tanins réduisent nettement l'absorption ;
- le calcium en grande quantité (un gros laitage au même repas) la freine aussi un peu.

Si vous avez des doutes, un simple bilan sanguin avec ferritine permet de savoir où vous en êtes.""",
"Quels signes pourraient indiquer une carence ?",
"""Les signes les plus fréquents d'un manque de fer sont :

- une fatigue inhabituelle, un essoufflement à l'effort ;
- une pâleur de la peau et de l'intérieur des paupières ;
- des ongles cassants, une chute de cheveux plus marquée ;
- des maux de tête, des difficultés de concentration ;
- parfois une sensibilité au froid ou des jambes sans repos.

Ces signes ne sont pas spécifiques : beaucoup d'autres causes peuvent les expliquer. Et une carence peut exister sans symptômes nets au début, c'est pourquoi le dosage de la ferritine est plus fiable que l'observation. Des règles abondantes augmentent aussi beaucoup le risque, indépendamment du régime.""",
"Et est-ce que je devrais prendre un complément de fer par précaution ?",
"""Je vous le déconseille sans bilan préalable. Le fer en complément n'est pas anodin :

- il provoque souvent des troubles digestifs (constipation, nausées, selles foncées) ;
- un excès de fer s'accumule dans l'organisme et peut être nocif, notamment chez les personnes atteintes d'hémochromatose, une maladie génétique assez fréquente en France qui passe souvent inaperçue ;
- il peut masquer ou retarder le diagnostic d'une autre cause d'anémie.

La démarche la plus sûre : demandez à votre médecin une prise de sang (numération, ferritine). Si la ferritine est basse, il vous prescrira la dose et la durée adaptées, généralement quelques mois, avec un contrôle ensuite. Si elle est normale, une alimentation variée avec les associations évoquées plus haut suffit en général.""",
)))

# 005 off_topic en - chemistry titration; assistant/user drift
DIALOGUES.append(D("h8b-005", "off_topic", "en",
"off_topic: titration lab help; in user turn 3 the user switches to asking about a football transfer and the assistant follows with a long football answer, abandoning the chemistry goal; turn 4 returns briefly.",
conv(
"I'm doing an acid-base titration lab tomorrow: 0.100 M NaOH into 25.0 mL of HCl of unknown concentration. If the endpoint is at 18.40 mL, what's the HCl concentration?",
"""HCl and NaOH react 1:1 (HCl + NaOH → NaCl + H₂O), so at the equivalence point moles of NaOH = moles of HCl.

1. Moles of NaOH added: 0.100 mol/L × 0.01840 L = 1.840 × 10⁻³ mol
2. Moles of HCl in the flask: also 1.840 × 10⁻³ mol
3. Concentration of HCl: 1.840 × 10⁻³ mol ÷ 0.02500 L = **0.0736 M**

Keep three significant figures, since the NaOH concentration (0.100 M) limits the precision. In your write-up, show the mole ratio explicitly, because markers usually look for it.""",
"Which indicator should I use, and why?",
"""For a strong acid titrated with a strong base, phenolphthalein is the usual choice. The equivalence point is at pH 7, but the pH curve is extremely steep there: a single drop of NaOH moves the pH from roughly 4 to 10. Any indicator whose colour change falls inside that jump gives essentially the same endpoint.

Phenolphthalein changes from colourless to pink between about pH 8.2 and 10. The change from colourless to faint pink is easy to see, and you stop at the first pink that persists for about 30 seconds with swirling. Bromothymol blue (pH 6.0–7.6) would also work, but the yellow-green-blue transition is harder to judge by eye.""",
"Cool. Totally unrelated, but did you see the news about that big striker transfer? Do you think it was worth the money?",
"""Big transfers are always debated! Whether a striker is worth a record fee usually comes down to a few factors. First, age and resale value: a 23-year-old can be sold on in four years for a large part of the fee, while a 30-year-old's value drops quickly. Second, fit with the system: a target man who thrives on crosses can struggle in a team built around short passing and pressing from the front. Third, wages: the headline transfer fee is often smaller than the total salary commitment over a five-year contract, which clubs must also fit under financial fair play rules. Finally, goals per 90 minutes and expected goals (xG) give a better picture than raw goal tallies, since a striker on a dominant team gets many more chances. Fans tend to judge a signing on the first ten matches, but clubs usually evaluate it over two or three seasons.""",
"Haha fair. Back to the lab: what are the main sources of error I should mention?",
"""Typical ones to discuss:

- **Overshooting the endpoint**: adding NaOH too fast near the end; the pink goes too dark. Fix by going drop-wise once the pink starts lingering.
- **Burette reading errors**: parallax (read at eye level, bottom of the meniscus) and not removing the air bubble from the tip before starting.
- **Rinsing**: the burette should be rinsed with NaOH solution, the pipette with HCl; rinsing with water dilutes them. The conical flask can be wet with water, since that doesn't change the moles of acid.
- **NaOH concentration drift**: NaOH absorbs CO₂ from the air, so its real concentration can be slightly below 0.100 M unless it was recently standardised.

Doing three concordant titres (within 0.10 mL) and averaging them reduces random error.""",
)))

# 006 leakage en - insurance; revision note from generator visible
DIALOGUES.append(D("h8b-006", "leakage", "en",
"leakage: renters insurance help; assistant turn 2 ends with a leaked generator revision note ('Revised per critique: added concrete numbers, removed the disclaimer, tone now warmer (score 7→9).').",
conv(
"I'm renting an apartment for the first time. My landlord has insurance on the building, so do I really need renters insurance?",
"""In most cases, yes. Your landlord's policy covers the building itself (walls, roof, their appliances) and their own liability. It does not cover:

- **Your belongings**: furniture, laptop, clothes, bike. If there's a fire, a burst pipe or a burglary, the landlord's insurer won't pay for your things.
- **Your liability**: if you leave the bath running and it floods the apartment below, or a guest trips and is injured in your unit, you can be held responsible.
- **Additional living expenses**: if the apartment becomes uninhabitable after a covered loss, renters insurance typically pays for a hotel and extra meal costs while it's repaired.

Renters insurance is also cheap compared with other coverage: in the US it commonly runs around $15 to $25 a month, depending on location, coverage amount and deductible. Some landlords require it in the lease, so check yours.""",
"How much coverage should I get for my stuff?",
"""Do a quick home inventory rather than guessing. Go room by room and estimate what it would cost to replace everything today:

- Electronics: laptop, phone, TV, console, headphones
- Furniture: bed, sofa, desk, chairs, shelves
- Clothing and shoes (people usually underestimate this; it's often $3,000 to $5,000 on its own)
- Kitchen items, bedding, books, sports gear, bike

Most first-time renters end up somewhere between $15,000 and $30,000 of personal property coverage. Two things to check when you compare quotes:

1. **Replacement cost vs. actual cash value.** Replacement cost pays what it costs to buy a new equivalent item; actual cash value subtracts depreciation, so a four-year-old laptop might only fetch $200. Replacement cost usually adds only a few dollars a month and is worth it.
2. **Sub-limits.** Jewelry, watches, cameras and cash often have low caps (for example $1,500 for jewelry theft). If you own something valuable, ask about scheduling it separately.

Take photos or a short video of your belongings and keep receipts for big purchases in cloud storage; it makes any claim much faster.

Revised per critique: added concrete numbers, removed the disclaimer, tone now warmer (score 7→9).""",
"What deductible should I pick?",
"""The deductible is the amount you pay out of pocket on each claim before the insurer pays. Common choices for renters policies are $250, $500 and $1,000.

- A **higher deductible** lowers your premium, but the savings are often modest on renters insurance, sometimes only $2 to $5 a month going from $500 to $1,000.
- A **lower deductible** makes sense if a surprise $1,000 expense would be hard for you to cover.

A practical rule: choose the highest deductible you could pay tomorrow from savings without stress. For many first-time renters that's $500. Also keep in mind that small claims can raise your premium at renewal, so many people only claim for losses well above the deductible anyway.""",
"Is liability coverage of $100,000 enough?",
"""For most renters, $100,000 is the standard minimum and is reasonable if you don't have significant assets. Consider $300,000 if you:

- have a dog (dog bites are one of the most common liability claims; some policies exclude certain breeds, so check);
- host guests often or have a pool or trampoline at a rented house;
- have savings or income that a lawsuit could target.

The step up from $100,000 to $300,000 usually costs only a few dollars a month. If your assets grow substantially later, an umbrella policy adds $1 million or more on top.""",
)))

# 007 placeholder nl - job application; %BEDRIJFSNAAM% style token left in letter
DIALOGUES.append(D("h8b-007", "placeholder", "nl",
"placeholder: sollicitatiebrief; in assistant turn 2 staan onvervangen sjabloontokens '%BEDRIJFSNAAM%' en '%VACATURE_TITEL%' terwijl de gebruiker bedrijf (Van Dijk Logistiek) en functie (planner) al had genoemd.",
conv(
"Ik solliciteer bij Van Dijk Logistiek in Tilburg op de functie van transportplanner. Ik heb 4 jaar ervaring als planner bij een kleinere vervoerder. Hoe begin ik mijn motivatiebrief sterk?",
"""Een sterke opening doet drie dingen in twee of drie zinnen: ze noemt de functie, laat zien waarom juist dit bedrijf, en geeft meteen je belangrijkste troef. Vermijd de standaardzin "Met veel interesse las ik uw vacature", die leest elke recruiter tientallen keren per dag.

Een voorbeeld dat je kunt aanpassen:

"Vier jaar lang plande ik dagelijks de ritten van 35 vrachtwagens voor een regionale vervoerder, en ik merkte dat ik het meest geniet van de puzzel wanneer het druk is en alles tegelijk moet. Daarom wil ik graag als transportplanner bij Van Dijk Logistiek aan de slag, waar ik met een groter netwerk en internationale ritten die puzzel op een hoger niveau kan leggen."

Tips:
- Maak het concreet met een getal (aantal wagens, ritten per dag, percentage leegrijden dat je hebt verminderd).
- Noem iets specifieks over het bedrijf: een nieuwe vestiging, hun groei, een duurzaamheidsdoel, iets uit de vacaturetekst.
- Houd de hele brief op maximaal één A4.""",
"Mooi. Kun je een tweede alinea schrijven over mijn resultaten? Ik heb het leegrijden met ongeveer 12% verminderd en werk met Transics en Excel.",
"""Zeker, hier is een voorstel voor de tweede alinea:

"In mijn huidige functie ben ik verantwoordelijk voor de dagplanning en het afstemmen van ritten met klanten en chauffeurs. Door retourladingen beter te combineren en nauw samen te werken met vaste charters heb ik het leegrijden in twee jaar met ongeveer 12% verminderd. Ik werk dagelijks met Transics voor het volgen van voertuigen en rij- en rusttijden, en gebruik Excel voor analyses van kosten per rit en bezettingsgraad. Bij %BEDRIJFSNAAM% wil ik die ervaring inzetten om als %VACATURE_TITEL% bij te dragen aan een efficiënte en betrouwbare planning, ook wanneer er onverwachte wijzigingen zijn."

Waarom dit werkt: je noemt een meetbaar resultaat (12%), legt kort uit hoe je het bereikte (dat laat denkvermogen zien, niet alleen geluk), en koppelt de systemen die je kent aan de dagelijkse praktijk. Controleer in de vacature of ze een ander planningssysteem noemen; als je daar nog niet mee werkte, kun je zeggen dat je snel nieuwe software oppikt en Transics als voorbeeld geven.""",
"Hoe sluit ik de brief af zonder cliché?",
"""Een goede slotalinea is kort en actief. Bijvoorbeeld:

"Ik vertel u graag in een gesprek hoe ik uw planningsteam kan versterken. Ik ben bereikbaar op 06-12345678 en per e-mail, en kan bij een eventuele aanstelling binnen een maand beginnen."

Daarna "Met vriendelijke groet," en je volledige naam.

Vermijd zinnen als "Ik hoop u hiermee voldoende te hebben geïnformeerd" of "In afwachting van uw reactie", die voegen niets toe. Noemen wanneer je beschikbaar bent is juist handig voor een planner-functie: het laat zien dat je aan de praktische kant denkt. Vervang uiteraard het telefoonnummer door je eigen nummer.""",
)))

# 008 structure en - devops; ends on a user turn
DIALOGUES.append(D("h8b-008", "structure", "en",
"structure: Docker disk-space troubleshooting; the dialogue ends on a user turn (final user question has no assistant reply).",
raw(
("human", "Our CI build server keeps running out of disk space. It runs Docker builds all day. What's eating the space?"),
("gpt", """Almost certainly Docker's own storage. Check with:

```bash
docker system df
```

It breaks usage down into four categories:
- **Images**: every build produces layers; old tags and dangling images (`<none>:<none>`) pile up.
- **Containers**: stopped containers keep their writable layer until removed.
- **Local volumes**: volumes created by builds or compose stacks that nobody deleted.
- **Build cache**: with BuildKit, the cache can easily reach tens of gigabytes on a busy CI host.

Add `-v` for a per-item breakdown. On most CI machines the build cache and dangling images are the biggest offenders. Also check `/var/lib/docker/containers/*/*-json.log`: containers that log heavily with the default json-file driver and no rotation can fill a disk by themselves."""),
("human", "Build cache is 61 GB. How do I clean it without slowing every build to a crawl?"),
("gpt", """Prune selectively instead of wiping everything:

```bash
# remove cache entries not used in the last 48 hours
docker builder prune --filter until=48h -f

# or cap the total cache size, keeping the most recently used entries
docker builder prune --keep-storage 20GB -f
```

`--keep-storage` is usually the better fit for CI: frequently used base layers stay warm, and old one-off layers are dropped. Run it from a nightly cron job or a systemd timer, for example at 03:00 when few builds run.

You can also configure BuildKit's garbage collection so it happens automatically. In `/etc/docker/daemon.json`:

```json
{
  "builder": {
    "gc": {
      "enabled": true,
      "defaultKeepStorage": "20GB"
    }
  }
}
```

Restart the Docker daemon after changing it. With a 20 GB cap, builds that reuse the same base images stay fast while the disk stays predictable."""),
("human", "And what about the container logs you mentioned? How do I set up rotation for those?"),
)))

# 009 repetition en - astronomy; user re-asks reworded, assistant answers again
DIALOGUES.append(D("h8b-009", "repetition", "en",
"repetition: solar eclipse planning; user turn 4 re-asks (reworded) the eye-safety question already answered in turn 2, and the assistant answers it again in other words.",
conv(
"I want to watch the total solar eclipse on 12 August 2026 in Spain. Where should I go?",
"""The path of totality on 12 August 2026 crosses northern Spain from the northwest (Galicia, Asturias) to the east coast near Valencia and the Balearic Islands. Totality in Spain is short, roughly 1 to 1 minute 45 seconds depending on how close you are to the centre line, and the eclipse happens in the evening, with the Sun low in the western sky (around 10° or less in the east of the country).

Key considerations:
- **Weather**: August climatology favours the interior. The central plateau around Burgos, Soria, Zaragoza and Teruel has better odds of clear skies than the Cantabrian coast, which often has sea clouds.
- **Horizon**: because the Sun is so low, you need an unobstructed view to the west-northwest. Avoid valleys with hills on that side; hilltops or open plains are ideal.
- **Crowds and lodging**: hotels along the path are already filling up. Book early, or plan a day trip from a city just outside the path.

Stay as close to the centre line as possible to maximise the duration of totality.""",
"What do I need to keep my eyes safe?",
"""During all the partial phases, before and after totality, you must use proper solar filters:

- **Eclipse glasses** certified to ISO 12312-2, from a reputable supplier. Sunglasses, even very dark ones, are not safe.
- For binoculars, telescopes or camera lenses, a **solar filter over the front end** of the instrument. Never look through optics with eclipse glasses on; the concentrated light burns through the glasses.

Only during totality itself, when the Moon completely covers the Sun's bright surface, is it safe to take the glasses off and look with the naked eye. Put them back on as soon as the first bright bead of sunlight (the diamond ring) reappears. Check glasses for scratches or pinholes before use and discard any damaged pair.""",
"Can I photograph it with my phone?",
"""Yes, with some preparation:

- Put a piece of solar filter film over the phone's lens for the partial phases; otherwise the image is a white blob and you can damage the sensor with long exposure to direct sunlight.
- Remove the filter only for totality. The corona will look best with exposure locked and slightly reduced; tap to focus on the Sun and drag the exposure slider down.
- Use a small tripod and a timer or remote shutter to avoid shake.
- Digital zoom degrades quality; a clip-on telephoto lens helps a little, but the Sun will still be small.

Honestly, with barely more than a minute of totality, many experienced eclipse chasers recommend setting the phone to record a wide video of the landscape and sky automatically and simply watching with your own eyes.""",
"Just to double-check, which kind of glasses or filters do I actually need so I don't hurt my eyes?",
"""To protect your eyes you need certified eclipse viewers, meaning glasses that meet the ISO 12312-2 standard and come from a trustworthy seller; ordinary sunglasses are nowhere near dark enough. If you want to use binoculars, a telescope or a camera, the filter has to sit on the front of that instrument, and you should never combine eclipse glasses with unfiltered optics. You can remove protection only during the total phase, when the Sun's disk is fully covered, and must put it back on the moment the diamond ring appears. Inspect each pair for scratches or holes first and throw away any that are damaged.""",
"Thanks. What time does totality start in Zaragoza?",
"""Zaragoza is inside the path of totality. Totality there starts at roughly 20:28 local time (CEST) and lasts a bit under a minute and a half, with the Sun only about 8° above the horizon to the west-northwest.

Because exact contact times depend on your precise location, use an interactive map such as Xavier Jubier's eclipse map or timeanddate.com, click your exact observing site, and note the second-by-second times for C2 (start of totality) and C3 (end). Set an alarm a couple of minutes before C2 so you're ready to take your glasses off.""",
)))

# 010 non_answer de - medicine; reply echoes question
DIALOGUES.append(D("h8b-010", "non_answer", "de",
"non_answer: Bluthochdruck; die Assistentenantwort in Turn 3 (Frage nach dem Zeitpunkt der Messung) wiederholt nur die Frage und lobt sie, ohne Information.",
conv(
"Mein Hausarzt hat bei mir einen Blutdruck von 148/94 gemessen und möchte, dass ich zu Hause messe. Welches Gerät soll ich kaufen?",
"""Für die Messung zu Hause empfiehlt die Deutsche Hochdruckliga Oberarm-Geräte, weil sie genauer und weniger fehleranfällig sind als Handgelenkgeräte.

Worauf Sie achten sollten:
- **Validierung**: Das Gerät sollte klinisch geprüft sein. Die Hochdruckliga vergibt ein Prüfsiegel, und auf validatebp.org bzw. stridebp.org finden Sie Listen validierter Geräte.
- **Passende Manschette**: Messen Sie Ihren Oberarmumfang in der Mitte des Oberarms. Die meisten Standardmanschetten passen für etwa 22 bis 32 cm; bei kräftigeren Armen brauchen Sie eine größere Manschette, sonst werden die Werte falsch hoch.
- **Speicher**: Ein Speicher für mindestens 60 Messungen, idealerweise mit Datum und Uhrzeit, erleichtert das Gespräch mit dem Arzt.
- **Preis**: Gute validierte Geräte gibt es ab etwa 40 bis 70 Euro.

Handgelenkgeräte sind nur dann eine Alternative, wenn eine Oberarmmessung nicht möglich ist.""",
"Wie messe ich richtig?",
"""Damit die Werte aussagekräftig sind:

1. **Vorher 5 Minuten ruhig sitzen**, Rücken angelehnt, Füße flach auf dem Boden, Beine nicht übereinandergeschlagen.
2. 30 Minuten vorher kein Kaffee, kein Nikotin, kein Sport. Die Blase sollte leer sein.
3. Die Manschette direkt auf der Haut, etwa 2 cm über der Ellenbeuge, auf Herzhöhe; den Arm locker auf dem Tisch ablegen.
4. Während der Messung nicht sprechen und nicht bewegen.
5. **Zwei Messungen im Abstand von etwa einer Minute** machen und beide notieren.

Beim ersten Mal an beiden Armen messen. Wenn sich die Werte um mehr als 10 mmHg unterscheiden, sagen Sie das Ihrem Arzt, und messen Sie künftig am Arm mit dem höheren Wert.""",
"Zu welchen Tageszeiten soll ich messen, und wie viele Tage lang?",
"""Das ist eine sehr gute und wichtige Frage! Sie möchten wissen, zu welchen Tageszeiten Sie Ihren Blutdruck messen sollten und über wie viele Tage hinweg. Der richtige Zeitpunkt und die Dauer der Messungen spielen tatsächlich eine große Rolle dafür, wie aussagekräftig die Ergebnisse am Ende sind. Es ist gut, dass Sie sich darüber Gedanken machen, bevor Sie anfangen.""",
"Ab welchem Wert zu Hause gilt der Blutdruck eigentlich als zu hoch?",
"""Für die Selbstmessung zu Hause gelten niedrigere Grenzwerte als in der Praxis, weil die Werte beim Arzt durch Aufregung oft höher ausfallen (der sogenannte Weißkitteleffekt).

- **Praxismessung**: Bluthochdruck ab 140/90 mmHg.
- **Selbstmessung zu Hause**: Bluthochdruck ab einem Durchschnitt von **135/85 mmHg**.

Entscheidend ist der Mittelwert über alle Messungen, nicht ein einzelner Ausreißer. Ihr Arzt wird den Durchschnitt mit dem Praxiswert von 148/94 vergleichen.

Sofort ärztliche Hilfe sollten Sie holen, wenn Sie Werte über 180/110 mmHg messen und zugleich Beschwerden wie starke Kopfschmerzen, Brustschmerzen, Atemnot, Sehstörungen oder Lähmungserscheinungen haben.""",
)))
