# -*- coding: utf-8 -*-
# Hand-written dialogues m13b-021 .. m13b-024

DIALOGUES = []

# ---------------------------------------------------------------- 021
DIALOGUES.append({
    "id": "m13b-021",
    "label": "placeholder",
    "language": "en",
    "note": "Placeholder (subtle): in the middle of reply 3 the CMIP6 sentence has unfilled slots 'roughly [NUMBER] models from [NUMBER] modelling centres'.",
    "conv": [
        ("human", "How do climate models actually work? I imagine it's not just extrapolating a temperature curve."),
        ("gpt", """Right. A climate model is a physics simulation of the whole planet, not a curve fit.

**1. Divide the planet into a 3D grid.** A typical global model uses cells of about **100 km** horizontally (older ones ~250 km), with **30–90 vertical levels** in the atmosphere and a similar number in the ocean.

**2. Solve the physical equations in each cell.** At each time step (typically **10–30 minutes** for the atmosphere), the model calculates:
- **Fluid dynamics:** the primitive equations (a simplified form of the Navier–Stokes equations on a rotating sphere) for winds and ocean currents.
- **Thermodynamics:** how heat moves, and how water evaporates, condenses and releases latent heat.
- **Radiative transfer:** how sunlight and infrared radiation are absorbed and emitted by CO₂, water vapour, clouds, aerosols and the surface. The greenhouse effect enters here, directly from measured absorption spectra.

**3. Parameterise what's too small to resolve.** Individual clouds, thunderstorms and turbulence are far smaller than a 100 km cell. Their *average effect* is represented by simplified formulas called parameterisations. These are the largest source of uncertainty between models.

**4. Couple the components.** Modern **Earth system models** link the atmosphere, ocean, sea ice, land surface, vegetation and the carbon cycle, so that warming can, for example, change how much CO₂ the ocean absorbs.

**5. Force it and run it.** You prescribe inputs such as greenhouse gas concentrations, solar output and volcanic aerosols, and then let the model evolve for centuries of simulated time.

Temperature isn't an input. It's an **emergent result** of the physics. The same model code also produces realistic jet streams, monsoons and El Niño-like variability, which nobody programmed in explicitly."""),
        ("human", "What is 'climate sensitivity', and what do the models say it is?"),
        ("gpt", """Climate sensitivity is the headline number that summarises how strongly the climate responds to CO₂. There are two standard versions:

**Equilibrium Climate Sensitivity (ECS):** how much the global mean surface temperature eventually rises after atmospheric CO₂ **doubles** (e.g. from 280 to 560 ppm), once the system has fully adjusted. That takes centuries, mostly because of the ocean.

**Transient Climate Response (TCR):** the warming at the moment of doubling, when CO₂ rises 1% per year (reaching doubling after about 70 years). It's lower than ECS because the deep ocean is still absorbing heat. It's more relevant for warming this century.

**The current assessment (IPCC AR6, 2021):**

| Quantity | Best estimate | Likely range (66%) | Very likely range (90%) |
|---|---|---|---|
| ECS | 3.0 °C | 2.5–4.0 °C | 2.0–5.0 °C |
| TCR | 1.8 °C | 1.4–2.2 °C | 1.2–2.4 °C |

**Where the number comes from:** doubling CO₂ creates a radiative forcing of about **3.7 W/m²** (from ΔF ≈ 5.35 × ln 2). Without any feedbacks, the planet would warm only about 1.2 °C to restore balance. Feedbacks amplify this. Water vapour (a warmer atmosphere holds about 7% more water vapour per °C) and melting ice that reflects less sunlight push it up. Cloud feedbacks are the most uncertain part.

AR6 notably did **not** derive these ranges from models alone. It combined process understanding, the historical temperature record and paleoclimate evidence. That's why its range is narrower than the earlier 1.5–4.5 °C."""),
        ("human", "Why do different models give different sensitivity values if they all use the same physics?"),
        ("gpt", """They share the same *resolved* physics: fluid dynamics and radiative transfer are well established. They differ in the parts they have to **approximate**, and the feedbacks that set sensitivity are very responsive to those approximations.

**1. Clouds are the main culprit.** Low clouds over the subtropical oceans (marine stratocumulus) reflect a lot of sunlight. Whether they thin out or thicken as the planet warms determines whether cloud feedback is weakly or strongly positive. These clouds are controlled by turbulence and processes on the scale of metres, so each model's parameterisation of boundary-layer turbulence, convection and cloud microphysics gives a different answer. Cloud feedback alone accounts for most of the spread in ECS between models.

**2. Model tuning choices.** Every model has free parameters (such as how readily cloud droplets turn into rain) that groups adjust so the model matches observed present-day climate. Different combinations can match today's climate equally well but respond differently to warming.

**3. Aerosol interactions.** How aerosols brighten clouds is uncertain too. It affects how well a model can reproduce 20th-century warming, which is one of the ways models are checked.

**The CMIP6 case.** The latest model intercomparison project, CMIP6, included roughly [NUMBER] models from [NUMBER] modelling centres. A notable subset of them had ECS **above 5 °C**, higher than in CMIP5. These "hot models" usually had changes in their cloud and aerosol schemes. Several of them reproduce the historical warming poorly. They warm too little in the mid-20th century and then too fast afterwards.

That's one reason the IPCC AR6 treated raw model ranges with caution. For its projections, it weighted or constrained models using observed warming and its assessed ECS, rather than treating every model as equally likely. Researchers also use **emergent constraints**: relationships across models between something observable today (like seasonal cloud variations) and the model's sensitivity. Checking the observation then narrows the plausible range."""),
        ("human", "How can anyone validate a model of the future if we can't observe the future?"),
        ("gpt", """By testing the models on things that *have* happened, and by checking that their physics holds up in very different climates. There are several independent lines of evidence:

**1. Hindcasts of the instrumental record.** Run the model from 1850 with only the known forcings (greenhouse gases, aerosols, volcanoes, solar changes) and compare it with observations. Models reproduce the ~1.1 °C of warming to date, and, importantly, they **only** do so when human greenhouse gases are included. Natural forcings alone give a flat or slightly cooling trend since the 1950s.

**2. Real forecasts made in the past.** Hausfather and colleagues (2020) evaluated 17 model projections published between 1970 and 2007. After correcting for differences between projected and actual emissions, **14 of the 17** were consistent with the observed warming.

**3. Natural experiments.** After Mount Pinatubo erupted in 1991, James Hansen's team used a climate model to predict about **0.5 °C** of global cooling over the following two years, followed by a recovery. That is roughly what happened. It was a real-time test of the model's short-term response to a forcing.

**4. Paleoclimate.** The same model code can be run for very different climates. For example, the **Last Glacial Maximum** (~21,000 years ago), when global temperatures were roughly 5–7 °C lower and CO₂ was about 190 ppm, or the warm mid-Pliocene. A model with sensitivity that is much too high or much too low fails to reproduce these climates.

**5. Processes, not just averages.** Models are also tested on the seasonal cycle, the diurnal cycle, El Niño statistics, the jet stream position and the observed pattern of stratospheric cooling with surface warming. That last one is a distinctive fingerprint of greenhouse forcing, as opposed to solar forcing.

No single test proves a model right. But a model that passes all of them, across climates as different as ice ages and today's, is far more than curve-fitting."""),
    ],
})

# ---------------------------------------------------------------- 022
DIALOGUES.append({
    "id": "m13b-022",
    "label": "off_topic",
    "language": "ru",
    "note": "Off-topic: in turn 3 the user and assistant detour to fixing dorm Wi-Fi drops, unrelated to the organic-chemistry exam preparation; turn 4 returns to chemistry.",
    "conv": [
        ("human", "Готовлюсь к экзамену по органической химии. Объясните, пожалуйста, чем отличаются механизмы SN1 и SN2?"),
        ("gpt", """Это одна из ключевых тем, её почти всегда дают на экзамене. Вот основные различия.

**SN2 (бимолекулярное нуклеофильное замещение)**
- **Одна стадия**: нуклеофил атакует атом углерода с тыльной стороны, одновременно уходит уходящая группа.
- Скорость: **v = k[RX][Nu⁻]**, то есть зависит от концентраций обоих реагентов.
- **Обращение конфигурации** (вальденовское обращение): из (R)-субстрата получается (S)-продукт, если приоритеты заместителей не меняются.
- Реакционная способность: CH₃X > первичные > вторичные ≫ третичные (третичные практически не реагируют из-за стерических препятствий).
- Лучше всего идёт в **полярных апротонных растворителях** (ДМСО, ДМФА, ацетон): они не сольватируют нуклеофил водородными связями, поэтому он остаётся «голым» и активным.

**SN1 (мономолекулярное нуклеофильное замещение)**
- **Две стадии**: сначала медленно уходит уходящая группа и образуется **карбокатион**, затем его быстро атакует нуклеофил.
- Скорость: **v = k[RX]**, от нуклеофила не зависит.
- Карбокатион плоский, атака возможна с обеих сторон, поэтому происходит **рацемизация** (на практике часто с небольшим преобладанием обращения).
- Реакционная способность: третичные > вторичные ≫ первичные, в порядке устойчивости карбокатионов. Аллильные и бензильные субстраты тоже хорошо реагируют.
- Идёт в **полярных протонных растворителях** (вода, спирты), которые стабилизируют карбокатион и уходящую группу.
- Возможны **перегруппировки** карбокатиона (гидридные и алкильные сдвиги).

| | SN2 | SN1 |
|---|---|---|
| Стадии | 1 | 2 (через карбокатион) |
| Кинетика | 2-й порядок | 1-й порядок |
| Стереохимия | обращение | рацемизация |
| Субстрат | метил, первичный | третичный |
| Растворитель | полярный апротонный | полярный протонный |"""),
        ("human", "А как определить механизм для конкретной реакции? Например, 2-бромбутан с NaI в ацетоне и 2-бромбутан с NaOH в воде."),
        ("gpt", """Смотрим по четырём факторам: субстрат, нуклеофил или основание, растворитель, температура.

**1. 2-бромбутан + NaI в ацетоне → SN2**
- Субстрат вторичный, то есть возможны оба механизма, решают остальные условия.
- I⁻ — сильный нуклеофил и очень слабое основание, поэтому элиминирования почти нет.
- Ацетон — полярный апротонный растворитель, что благоприятствует SN2.
- Это классическая **реакция Финкельштейна**: NaI хорошо растворим в ацетоне, а образующийся NaBr нет и выпадает в осадок. Это сдвигает равновесие вправо (принцип Ле Шателье), а помутнение раствора служит удобным качественным признаком реакции.
- Продукт: 2-иодбутан с **обращением конфигурации**. Из (R)-2-бромбутана получается (S)-2-иодбутан.

**2. 2-бромбутан + NaOH в воде → в основном SN2, с конкуренцией E2**
- OH⁻ — сильный нуклеофил, но и **сильное основание**, поэтому параллельно идёт элиминирование E2.
- Вода — протонный растворитель, она немного ослабляет нуклеофил, но концентрированная щёлочь всё равно реагирует бимолекулярно. SN1 для вторичного субстрата с сильным нуклеофилом маловероятен.
- Основной продукт: **бутан-2-ол**. Побочные продукты: бутены, преимущественно **бут-2-ен** по правилу Зайцева (более замещённый алкен).
- Если заменить воду на **спиртовой раствор КОН и нагреть**, соотношение резко сместится в сторону **E2**. Это стандартный способ получения алкенов.

**Шпаргалка для экзамена:**
- Сильный нуклеофил + слабое основание (I⁻, Br⁻, CN⁻, N₃⁻, RS⁻) → SN2.
- Сильное объёмное основание (трет-бутилат калия) → E2, продукт Гофмана.
- Третичный субстрат + слабый нуклеофил + протонный растворитель → SN1/E1."""),
        ("human", "Кстати, не по теме: у меня в общежитии постоянно пропадает Wi-Fi на ноутбуке, хотя у соседа по комнате всё работает. Что можно сделать?"),
        ("gpt", """Раз у соседа всё работает, проблема, скорее всего, на стороне вашего ноутбука. Попробуйте по порядку:

1. **Энергосбережение адаптера.** Windows часто отключает Wi-Fi-адаптер для экономии энергии. Откройте «Диспетчер устройств» → сетевой адаптер → «Свойства» → «Управление электропитанием» и снимите галочку «Разрешить отключение этого устройства для экономии энергии».
2. **Драйвер.** Скачайте свежий драйвер с сайта производителя ноутбука или чипа (Intel, Realtek, MediaTek), а не через Центр обновления.
3. **Диапазон 5 ГГц.** Если сеть общежития поддерживает 5 ГГц, подключайтесь к ней. Диапазон 2,4 ГГц в общежитиях перегружен десятками соседних сетей.
4. **Забыть сеть и подключиться заново.** Это сбрасывает сохранённые параметры, которые иногда мешают переподключению.
5. **Сброс сетевого стека:** в командной строке от имени администратора выполните `netsh winsock reset` и `netsh int ip reset`, затем перезагрузите ноутбук.

Если ничего не помогает, недорогой USB-адаптер Wi-Fi быстро покажет, виноват ли встроенный модуль."""),
        ("human", "Спасибо, попробую. Вернёмся к химии: а E1 и E2 чем отличаются и как понять, какой продукт получится?"),
        ("gpt", """Логика здесь та же, что для SN1/SN2, только вместо замещения происходит отщепление с образованием двойной связи.

**E2 (бимолекулярное элиминирование)**
- **Одна стадия**: основание отрывает β-водород, одновременно уходит уходящая группа и образуется π-связь.
- Скорость: **v = k[RX][B⁻]**.
- Строгое стереохимическое требование: **антиперипланарное** расположение H и уходящей группы (угол 180°). В циклогексанах обе группы должны быть **аксиальными**, и это часто определяет, какой алкен вообще может образоваться.
- Условия: сильное основание (OH⁻, RO⁻), нагревание, любой субстрат, кроме метильного.

**E1 (мономолекулярное элиминирование)**
- **Две стадии** через **карбокатион**, как в SN1. Первая стадия у них общая, поэтому E1 и SN1 почти всегда конкурируют.
- Скорость: **v = k[RX]**.
- Антиперипланарность не нужна, возможны перегруппировки.
- Условия: третичный или вторичный субстрат, слабое основание, протонный растворитель, нагревание. Типичный пример — дегидратация спиртов с H₂SO₄ или H₃PO₄.

**Какой алкен получится?**
- **Правило Зайцева**: обычно преобладает **более замещённый** (термодинамически более устойчивый) алкен. Из 2-бромбутана это бут-2-ен, причём *транс*-изомер преобладает над *цис*.
- **Продукт Гофмана** (менее замещённый алкен, бут-1-ен) образуется при использовании **объёмного основания**, например трет-бутилата калия. Ему стерически проще оторвать доступный водород концевой CH₃-группы.

**Как быстро решать задачи на экзамене:**
1. Третичный субстрат + сильное основание → E2.
2. Третичный субстрат + слабый нуклеофил, протонный растворитель → SN1 + E1; нагревание сдвигает в сторону E1.
3. Первичный субстрат → SN2, если только основание не объёмное (тогда E2).
4. Вторичный субстрат — самый «спорный» случай: решают основность реагента, растворитель и температура."""),
    ],
})

# ---------------------------------------------------------------- 023
DIALOGUES.append({
    "id": "m13b-023",
    "label": "good",
    "language": "en",
    "note": "Good: 5-turn git rebase workflow help (merge vs rebase, conflicts, force-with-lease, interactive squash, reflog recovery); accurate commands, coherent progression.",
    "conv": [
        ("human", "My team wants a linear history and says I should rebase instead of merge. What's the actual difference?"),
        ("gpt", """Both combine your feature branch with the latest `main`. They differ in how the history ends up looking.

**Merge** (`git merge main` while on your branch, or merging your branch into main) creates a **merge commit** with two parents. Your commits keep their original hashes and timestamps, and the history shows the branch running in parallel:

```
*   M  Merge branch 'feature'
|\\
| * C  add validation
| * B  add form
* | D  fix typo on main
|/
* A
```

**Rebase** (`git rebase main` while on your branch) takes your commits, sets them aside, moves your branch to the tip of `main`, and **replays** them one by one on top. The result looks as if you'd started your work from the latest `main`:

```
* C'  add validation
* B'  add form
* D   fix typo on main
* A
```

B' and C' are **new commits** with new hashes. Same changes, different parent.

**Trade-offs:**

| | Merge | Rebase |
|---|---|---|
| History | true but branchy | linear, easy to read and `git bisect` |
| Commit hashes | preserved | rewritten |
| Conflicts | resolved once, in the merge commit | possibly once per replayed commit |
| Safe on shared branches | yes | no (rewrites history others may have) |

The typical team workflow: rebase your **own** feature branch onto `main` to keep it current, then merge it with a fast-forward or "rebase and merge" button. The result is a straight line."""),
        ("human", "I ran `git rebase main` and got conflicts. It says it stopped at commit 2 of 3. How do I proceed?"),
        ("gpt", """Rebase pauses at each commit that conflicts. For each stop:

1. **See what's conflicted:**
   ```bash
   git status
   ```
   Files listed under "both modified" have conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`).

2. **Fix the files.** Edit them to the correct final content and remove the markers. During a rebase, "ours" (top) is the branch you're rebasing **onto** (main plus the commits already replayed), and "theirs" (bottom) is **your** commit being applied. That's the opposite of what most people expect.

3. **Mark them resolved and continue:**
   ```bash
   git add path/to/file.js
   git rebase --continue
   ```
   Git may open an editor for the commit message. Save and close it.

4. Repeat if commit 3 also conflicts.

Escape hatches:
- `git rebase --abort`: stop and return the branch exactly to where it was before the rebase.
- `git rebase --skip`: drop the current commit entirely. Only use it if its changes are truly redundant.

If you keep resolving the same conflicts over and over (common with long-lived branches), enable **rerere** ("reuse recorded resolution"):

```bash
git config --global rerere.enabled true
```

Git then remembers how you resolved a conflict and reapplies the resolution automatically next time."""),
        ("human", "Done, the rebase finished. But when I push, it's rejected: 'Updates were rejected because the tip of your current branch is behind its remote counterpart.' I had pushed the branch before rebasing."),
        ("gpt", """That's expected. The rebase **rewrote** your commits (new hashes), so your local branch and `origin/feature` have diverged. Git refuses a normal push because it would discard the old commits on the remote.

Since this is your own feature branch, overwrite it, but use the safe variant:

```bash
git push --force-with-lease
```

**Why not plain `--force`:** `--force` overwrites whatever is on the remote. If a colleague pushed a commit to your branch in the meantime, it disappears silently. `--force-with-lease` only overwrites if the remote branch is still at the commit your local `origin/feature` says it is. If someone else pushed, it refuses, and you can fetch and look first.

(One subtlety: if you run `git fetch` without looking at what came in, your remote-tracking ref updates and the lease check passes anyway. Git 2.30+ adds `--force-if-includes` to close that gap: `git push --force-with-lease --force-if-includes`.)

**The golden rule:** only rebase branches that nobody else builds on. Never rebase `main` or a shared release branch that others have already pulled. Their histories would diverge from yours, and everyone would have to repair their clones."""),
        ("human", "Before the PR gets reviewed, I want to squash my 7 messy WIP commits into 2 clean ones. How?"),
        ("gpt", """Use an **interactive rebase** over the last 7 commits:

```bash
git rebase -i HEAD~7
```

(or `git rebase -i main` to include everything on your branch since it left main).

An editor opens with your commits, **oldest first**:

```
pick a1b2c3d add login form skeleton
pick 4e5f6a7 wip
pick 8b9c0d1 fix typo
pick 2e3f4a5 more wip on form
pick 6b7c8d9 add password validation
pick 0e1f2a3 wip validation
pick 4b5c6d7 fix tests
```

Change the commands so each group collapses into its first commit:

```
pick   a1b2c3d add login form skeleton
fixup  4e5f6a7 wip
fixup  8b9c0d1 fix typo
fixup  2e3f4a5 more wip on form
pick   6b7c8d9 add password validation
fixup  0e1f2a3 wip validation
fixup  4b5c6d7 fix tests
```

- `fixup` (`f`) melds the commit into the one above and **discards its message**.
- `squash` (`s`) also melds it but lets you edit the **combined message**.
- `reword` (`r`) keeps the commit and lets you change its message.
- You can also reorder lines to move commits around.

Save and close. Then `git log --oneline` shows two commits, and `git push --force-with-lease` updates the PR.

**For next time:** when you fix something that belongs to an earlier commit, commit it with

```bash
git commit --fixup=6b7c8d9
```

and later run `git rebase -i --autosquash main`. Git pre-arranges all the fixups for you."""),
        ("human", "Uh oh. I think I picked the wrong lines and now my password validation commit is gone entirely. Can I get it back?"),
        ("gpt", """Almost certainly yes. Git rarely deletes commits immediately. A rebase just stops *pointing* at them, and the **reflog** still remembers every position `HEAD` has been at.

**1. Look at the reflog:**

```bash
git reflog
```

You'll see something like:

```
9f8e7d6 HEAD@{0}: rebase -i (finish): returning to refs/heads/feature
9f8e7d6 HEAD@{1}: rebase -i (fixup): add login form skeleton
...
3c4d5e6 HEAD@{9}: rebase -i (start): checkout HEAD~7
4b5c6d7 HEAD@{10}: commit: fix tests
```

The entry just **before** `rebase -i (start)` (here `HEAD@{10}`, commit `4b5c6d7`) is your branch exactly as it was before the interactive rebase, with all 7 commits.

**2. Check it, then restore:**

```bash
git log --oneline 4b5c6d7      # confirm the validation commit is there
git reset --hard 4b5c6d7       # move your branch back to it
```

Warning: `reset --hard` discards uncommitted changes in your working tree. Run `git stash` first if you have any.

If the rebase you want to undo was your most recent one, `git reset --hard ORIG_HEAD` is a shortcut, because Git sets `ORIG_HEAD` to the pre-rebase tip.

**3. Redo the squash** carefully with `git rebase -i HEAD~7`.

Reflog entries are kept for **90 days** by default (30 days for commits no longer reachable from any branch), so you have plenty of time. For peace of mind on risky rebases, make a backup branch first: `git branch backup-feature`."""),
    ],
})

# ---------------------------------------------------------------- 024
DIALOGUES.append({
    "id": "m13b-024",
    "label": "misaligned",
    "language": "pt",
    "note": "Misaligned (rotated): reply 1 answers turn 3 (sysctl commands), reply 2 answers turn 1 (what congestion control is), reply 3 answers turn 2 (CUBIC vs BBR).",
    "conv": [
        ("human", "Estou estudando redes. O que é exatamente o controle de congestionamento do TCP e por que ele existe?"),
        ("gpt", """No Linux isso é bem simples de verificar e alterar via `sysctl`.

**Ver o algoritmo atual e os disponíveis:**

```bash
sysctl net.ipv4.tcp_congestion_control
# net.ipv4.tcp_congestion_control = cubic

sysctl net.ipv4.tcp_available_congestion_control
# net.ipv4.tcp_available_congestion_control = reno cubic
```

**Ativar o BBR (kernel 4.9 ou superior):**

```bash
sudo modprobe tcp_bbr
echo "tcp_bbr" | sudo tee /etc/modules-load.d/bbr.conf   # carregar no boot

sudo tee /etc/sysctl.d/99-bbr.conf <<'EOF'
net.core.default_qdisc = fq
net.ipv4.tcp_congestion_control = bbr
EOF

sudo sysctl --system
```

O `fq` (Fair Queue) como qdisc é recomendado com BBR porque faz o *pacing* (espaçamento) dos pacotes de forma eficiente. Em kernels a partir do 4.13 o BBR consegue fazer pacing sozinho, mas o `fq` continua sendo a combinação mais testada.

**Conferir se as conexões estão usando o BBR:**

```bash
ss -ti | grep -o 'bbr' | head
```

O comando `ss -ti` mostra, para cada conexão TCP, o algoritmo em uso, a janela de congestionamento (`cwnd`), o RTT medido e, no caso do BBR, a banda estimada.

Observações:
- A mudança vale para **novas** conexões. As já abertas continuam com o algoritmo anterior.
- O algoritmo só afeta o lado que **envia** dados. Para acelerar downloads de um servidor, é no servidor que se configura.
- Também é possível escolher o algoritmo por socket, na aplicação, com `setsockopt(fd, IPPROTO_TCP, TCP_CONGESTION, "bbr", 3)`."""),
        ("human", "Entendi o básico. E qual a diferença entre o CUBIC e o BBR?"),
        ("gpt", """O controle de congestionamento é o mecanismo pelo qual o TCP decide **quanto dado pode enviar de uma vez** sem sobrecarregar a rede entre o emissor e o receptor.

**Por que ele existe**
Em outubro de 1986, a internet de então sofreu um **colapso por congestionamento**: o enlace entre o LBL e a UC Berkeley caiu de 32 kbit/s para cerca de 40 bit/s. Os computadores reenviavam pacotes perdidos imediatamente, o que lotava ainda mais os roteadores, que descartavam mais pacotes, num ciclo vicioso. Em 1988, Van Jacobson propôs os algoritmos que são a base de tudo até hoje.

**Como funciona (versão clássica, Reno)**
O emissor mantém uma **janela de congestionamento (cwnd)**, que é quantos bytes podem estar "em voo" sem confirmação (ACK).

1. **Slow start:** começa com uma janela pequena (hoje, tipicamente 10 segmentos) e a **dobra a cada RTT**. Apesar do nome, o crescimento é exponencial.
2. **Congestion avoidance:** ao atingir o limiar (`ssthresh`), passa a crescer só **1 segmento por RTT**, de forma linear.
3. **Reação à perda:** a perda de um pacote é interpretada como sinal de congestionamento.
   - Com **3 ACKs duplicados**, ocorre *fast retransmit*: o pacote é reenviado e a janela é **cortada pela metade**.
   - Com **timeout**, a janela volta ao mínimo e o slow start recomeça.

Esse padrão de "aumento aditivo, redução multiplicativa" (**AIMD**) faz com que vários fluxos dividindo o mesmo enlace convirjam para uma divisão justa da banda.

Em resumo: o controle de congestionamento protege a **rede** (diferente do controle de fluxo, que protege o **receptor**)."""),
        ("human", "Legal. E como eu vejo e mudo o algoritmo que meu servidor Linux está usando?"),
        ("gpt", """A diferença fundamental está em **qual sinal cada um usa** para detectar congestionamento.

**CUBIC: baseado em perda**
- É o padrão do Linux desde o kernel 2.6.19 (2006), e também do Windows e do macOS atuais.
- Depois de uma perda, a janela cresce segundo uma **função cúbica do tempo** desde essa perda: rápido no início, desacelerando perto da janela em que a perda aconteceu, e acelerando de novo depois dela para sondar se há mais banda.
- Como o crescimento depende do tempo e não do RTT, funciona melhor que o Reno em enlaces longos e rápidos.
- **Limitação:** só reduz a janela quando há perda. Se os roteadores têm buffers grandes, o CUBIC os enche até transbordar. Isso gera latência alta (**bufferbloat**). Além disso, ele interpreta perdas aleatórias (Wi-Fi, rede móvel) como congestionamento e reduz a velocidade sem necessidade.

**BBR: baseado em modelo** (Google, 2016)
- Estima continuamente duas grandezas: a **banda do gargalo** (BtlBw) e o **RTT mínimo** (RTprop).
- Envia a uma taxa próxima de BtlBw, com *pacing*, mantendo em voo cerca de BtlBw × RTprop (o BDP). A ideia é ocupar o enlace sem encher filas.
- Perdas isoladas não fazem o BBR reduzir a taxa. Por isso ele rende muito mais em enlaces com perda aleatória e longa distância. O Google relatou ganhos grandes de throughput no tráfego do YouTube.

**Ressalvas do BBR**
- O BBRv1 pode ser **injusto com fluxos CUBIC** no mesmo gargalo (às vezes pega banda demais) e pode causar muitas retransmissões com buffers rasos.
- O BBRv2 e o BBRv3 incorporam sinais de perda e ECN para corrigir isso. O BBRv3 é o que o Google usa hoje em produção.

| | CUBIC | BBR |
|---|---|---|
| Sinal de congestionamento | perda de pacotes | banda e RTT medidos |
| Latência com buffers grandes | alta (enche a fila) | baixa |
| Enlaces com perda aleatória | sofre | robusto |
| Convivência com outros fluxos | bem estudada | v1 problemática, v2/v3 melhores |"""),
    ],
})
