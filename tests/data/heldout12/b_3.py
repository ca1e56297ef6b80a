from b_common import D, pairs

DIALOGUES = []

# 013 repetition en electrical circuits (5 turns) -- turn 4 re-asks turn 2 in other words
DIALOGUES.append(D(13, "repetition", "en",
"Repetition, turn 4: the user re-asks the turn-2 question (resistor for three red LEDs in series on 12 V) in different words and the assistant recomputes the same 330-ohm answer.",
pairs(
r"""I want to light a red LED from my Arduino's 5V pin. Do I really need a resistor, and what value?""",
r"""Yes, you need one. An LED has almost no internal resistance once it's conducting, so without a resistor the current is limited only by the Arduino's pin and the LED's own failure, and one of them will be damaged.

Use Ohm's law on the voltage the resistor has to "drop":

$$R = \frac{V_{supply} - V_f}{I}$$

For a typical red LED, the forward voltage $V_f$ is about **2.0 V**, and a comfortable current is **15 mA** (most 5 mm LEDs are rated 20 mA maximum):

$$R = \frac{5.0 - 2.0}{0.015} = 200\ \Omega$$

200 Ω isn't a common value in the E12 series, so round **up** to **220 Ω**. That gives

$$I = \frac{3.0}{220} \approx 13.6\ \text{mA},$$

which is plenty bright.

Resistor power: $P = V \cdot I = 3.0 \times 0.0136 \approx 0.041$ W, so an ordinary 1/4 W resistor is fine.

Wiring: 5V → resistor → LED anode (long leg), LED cathode (short leg, flat side) → GND. The resistor can be on either side of the LED; what matters is that it's in series. If you drive the LED from a digital pin instead of the 5V rail, keep the current under about 20 mA per pin on an Uno.""",
r"""Next I want to run three red LEDs in series from a 12V supply. What resistor then?""",
r"""In series, the forward voltages add up, and the same current flows through all three:

$$V_{LEDs} = 3 \times 2.0 = 6.0\ \text{V}$$

The resistor drops the rest: $12 - 6 = 6.0$ V. At 20 mA:

$$R = \frac{6.0}{0.020} = 300\ \Omega$$

Round up to the standard **330 Ω**:

$$I = \frac{6.0}{330} \approx 18.2\ \text{mA}$$

Power in the resistor: $6.0 \times 0.0182 \approx 0.11$ W, so a 1/4 W part works, with some margin. If you want it cooler, use a 1/2 W.

Why series is nice here: one resistor, one current, and all three LEDs are guaranteed the same current, so they match in brightness. Efficiency is also decent: half of the 12 V goes into light-producing LEDs rather than heating a resistor.

A quick limit to remember: don't put so many LEDs in series that their total $V_f$ gets close to the supply. With five red LEDs (10 V) on 12 V, only 2 V would be left for the resistor, and small variations in $V_f$ or supply voltage would cause big swings in current.""",
r"""Why can't I put the LEDs in parallel and share one resistor? That would use fewer parts.""",
r"""You can wire it, but it's unreliable, because LEDs don't share current evenly.

- **Forward voltages differ.** Even LEDs from the same bag vary by about 0.1 V. LED current rises steeply with voltage, so the LED with the lowest $V_f$ takes most of the current while the others stay dim.
- **Thermal runaway.** As that LED heats up, its $V_f$ drops further, so it takes even more current. It can exceed its rating and fail.
- **Cascade failure.** When it dies (usually open circuit), the full current now divides between the remaining two, overloading them, and so on.

The fix is one resistor **per LED** in parallel branches: each branch from 12 V would need $(12 - 2)/0.02 = 500\ \Omega$ (use 510 Ω), and each resistor would dissipate about 0.2 W. That's much less efficient than the series string: 10 V out of 12 V in each branch is burned in the resistor.

For many LEDs on 12 V the common practice is **several series strings in parallel**, each string with its own resistor, like LED strips do: three LEDs plus one resistor per segment.""",
r"""Okay, so back to my 12 volt setup with the three red LEDs chained one after another: what resistor value do I need there?""",
r"""For three red LEDs chained in series on 12 V, the LEDs together use about $3 \times 2.0 = 6$ V, leaving 6 V across the resistor. Aiming for 20 mA:

$$R = \frac{12 - 6}{0.02} = 300\ \Omega,$$

and the nearest standard value above that is **330 Ω**, which gives roughly 18 mA. The resistor dissipates about $6 \times 0.018 \approx 0.11$ W, so a 1/4 W resistor is enough. All three LEDs carry the same current, so they'll be equally bright.""",
r"""How do I check the actual current with my multimeter?""",
r"""Two ways; the second is safer for beginners.

**1. Measure current directly (meter in series)**

1. Move the red probe to the **mA** jack (not the 10 A jack, and not the V/Ω jack) and set the dial to DC mA, e.g. the 200 mA range.
2. Break the circuit at one point, e.g. between the resistor and the first LED.
3. Put the meter across the gap so the current flows **through** it: red probe toward the 12 V side, black toward the LEDs.
4. Read the current; you should see around 18 mA.

Never put the meter in current mode directly across the supply or across a component, as it's nearly a short circuit and will blow the meter's fuse.

**2. Measure voltage across the resistor (no rewiring)**

1. Leave the circuit intact, meter in DC volts mode.
2. Measure the voltage across the 330 Ω resistor, e.g. 5.9 V.
3. Divide by the resistance: $5.9 / 330 \approx 17.9$ mA.

Method 2 also lets you measure each LED's actual forward voltage, which is useful if the current differs from what you calculated. For best accuracy, measure the resistor's real value first with the circuit unpowered; a 5% resistor may be anywhere from about 314 to 347 Ω.""",
)))

# 014 good en statins (4 turns)
DIALOGUES.append(D(14, "good", "en",
"Good: a patient asks four connected questions about atorvastatin (mechanism and expected LDL drop, dosing time, muscle aches and grapefruit/interactions, monitoring); accurate, cautious, last reply appropriately short.",
pairs(
r"""My doctor just prescribed atorvastatin 20 mg because my LDL came back at 172 mg/dL. How does it actually work?""",
r"""Atorvastatin lowers LDL cholesterol mainly by making your liver pull more of it out of the blood.

**The mechanism, step by step:**

1. Your liver makes cholesterol through a chain of reactions. An early, rate-limiting step uses the enzyme **HMG-CoA reductase**.
2. Statins block that enzyme, so the liver cells make less cholesterol internally.
3. Sensing the shortage, liver cells produce more **LDL receptors** on their surface.
4. Those receptors grab LDL particles from the bloodstream and take them in, so your blood LDL falls.

**How much to expect:** atorvastatin 10–20 mg is classed as a *moderate-intensity* statin, which typically lowers LDL by about **30–49%**; 40–80 mg is *high-intensity*, usually **50% or more**. For a starting LDL of 172 mg/dL, a 35–45% drop would put you at roughly **95–110 mg/dL**. Individual responses vary quite a bit.

**Beyond LDL:** statins also lower triglycerides modestly and reduce the risk of heart attack and stroke in large trials; roughly, every 39 mg/dL (1 mmol/L) of LDL reduction cuts major cardiovascular events by about 20–22% over five years. Part of the benefit may come from stabilising existing plaque.

Your doctor will recheck your lipids after a few weeks to see how you respond, and may adjust the dose depending on your overall cardiovascular risk (age, blood pressure, diabetes, smoking, family history).""",
r"""I read that statins should be taken at night, but my pharmacist said it doesn't matter for atorvastatin. Who's right?""",
r"""Your pharmacist. The "take it at night" advice comes from **short-acting statins** such as simvastatin, lovastatin and immediate-release fluvastatin. Their half-lives are only a few hours, and cholesterol production peaks overnight, so taking them in the evening made a measurable difference.

Atorvastatin has a half-life of about **14 hours**, and its active metabolites extend its effect to about **20–30 hours**, so it keeps working around the clock regardless of when you take it. The same is true of rosuvastatin.

The practical rule: take it at whatever time of day you're least likely to forget, with or without food, and keep that time consistent.""",
r"""I've had some muscle aches since starting. Could that be the statin? Also, I drink a big glass of grapefruit juice every morning.""",
r"""It could be, but it's worth looking at carefully before concluding that.

**Muscle symptoms**
- Muscle aches are the most commonly reported statin side effect; in everyday practice around 5–10% of people report them.
- In blinded trials, though, aches occur almost as often on placebo. In the SAMSON trial, about 90% of the symptom burden on statin also appeared on placebo tablets (the "nocebo" effect). So the aches may or may not be the drug.
- **Typical statin aches** are symmetrical, in large muscles (thighs, shoulders, calves), and start within weeks of beginning or increasing the dose.
- **Serious muscle injury** (rhabdomyolysis) is rare, roughly 1 in 10,000 per year. Warning signs: severe pain or weakness, or dark cola-coloured urine. Those need urgent medical attention.

Tell your doctor. They may check a blood **CK** (creatine kinase) level, vitamin D and thyroid function, and may pause the statin briefly to see if the aches resolve, then restart or switch. Don't stop it on your own indefinitely.

**Grapefruit**
Atorvastatin is broken down by the liver and gut enzyme **CYP3A4**, which grapefruit inhibits, so grapefruit raises atorvastatin levels in the blood. The effect is strongest for simvastatin and lovastatin; for atorvastatin, a single regular glass a day raises levels modestly, while large amounts (over about 1.2 litres a day) matter more. Higher levels mean a higher chance of muscle side effects, so it's reasonable to mention your daily glass, and especially if it's a large one.

Other drugs that inhibit CYP3A4 (clarithromycin, itraconazole, some HIV medicines, cyclosporine) and gemfibrozil interact more strongly, so make sure any prescriber knows you're on atorvastatin.""",
r"""What follow-up tests should I expect, and when?""",
r"""Typically:

- **Lipid panel 4–12 weeks after starting** (or after a dose change), to see your LDL response; then every 3–12 months as your doctor decides.
- **Liver enzymes (ALT)** at baseline; routine repeat testing isn't needed unless symptoms suggest liver problems.
- **CK** only if you have muscle symptoms, as with your aches.
- Sometimes **HbA1c or fasting glucose**, because statins slightly raise the chance of developing type 2 diabetes in people already at risk.""",
)))

# 015 off_topic en data visualization (5 turns) -- turns 4-5 drift to basil care
DIALOGUES.append(D(15, "off_topic", "en",
"Off-topic, turns 4-5: after three turns on visualising 12 sales categories, the user switches to keeping basil alive on a windowsill and the assistant follows, abandoning the visualization goal.",
pairs(
r"""I have monthly sales for 12 product categories over 5 years. As a single line chart it looks like spaghetti. What are better options?""",
r"""Twelve overlapping lines over 60 months is too much for one panel. Depending on the question your audience needs answered, try one of these:

1. **Small multiples**: one small line chart per category, in a 3×4 or 4×3 grid, with the **same axes** on all panels. People can compare shapes and seasonality easily, and nothing overlaps. This is usually the best default.
2. **Highlight + grey context**: draw all 12 lines in light grey and one or two in a strong colour, with a direct label. Great for a story like "Outdoor grew fastest since 2021". You can make one such chart per category you want to discuss.
3. **Heatmap**: categories as rows, months as columns, colour = sales (or growth vs the same month last year). Sixty columns × 12 rows fits on a slide, and it shows seasonality and trends at a glance, though exact values are harder to read.
4. **Index to a base period**: divide each category by its own value in January of year 1 (= 100). That makes growth comparable across categories of very different size, which otherwise squash the small ones against the axis.
5. **Aggregate first**: if the monthly noise isn't the point, plot yearly totals or a 12-month rolling sum; 5 points per line instead of 60 untangles a lot.

A quick way to decide: if the message is about *one* category, highlight it; if it's about the *overall pattern*, use small multiples or a heatmap.""",
r"""Let's do small multiples. How would I make that in Python? My data is a long DataFrame with columns month, category, sales.""",
r"""Seaborn's `relplot` does this almost in one call, since your data is already in long format:

```python
import pandas as pd
import seaborn as sns
import matplotlib.pyplot as plt

df["month"] = pd.to_datetime(df["month"])

g = sns.relplot(
    data=df,
    x="month", y="sales",
    col="category", col_wrap=4,
    kind="line",
    height=2.2, aspect=1.4,
    facet_kws={"sharey": True, "sharex": True},
    color="#1f4e79", linewidth=1.2,
)
g.set_titles("{col_name}", size=10)
g.set_axis_labels("", "Sales (k$)")
for ax in g.axes.flat:
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.grid(axis="y", alpha=0.3)

g.figure.suptitle("Monthly sales by category, 2020–2024", y=1.02)
g.savefig("sales_small_multiples.png", dpi=200, bbox_inches="tight")
```

Tips:

- **Shared y-axis** (`sharey=True`) is what makes panels comparable. If one category is ten times bigger than the rest, either sort the panels by size or switch to the indexed version (sales / first-month sales × 100) so the small ones aren't flat lines.
- **Order the panels meaningfully**: pass `col_order=` sorted by total sales or by growth, not alphabetically.
- To add grey context lines of all categories behind each panel, loop over `g.axes_dict.items()` and plot the other categories with `color="lightgrey", zorder=0` before the main line.""",
r"""Which colours should I use so it's readable for colour-blind colleagues?""",
r"""About 1 in 12 men and 1 in 200 women have some colour vision deficiency, mostly red–green, so it's worth building in.

- **For categories**, use the **Okabe–Ito** palette, designed to stay distinguishable for the common types:
  `#E69F00` orange, `#56B4E9` sky blue, `#009E73` bluish green, `#F0E442` yellow, `#0072B2` blue, `#D55E00` vermillion, `#CC79A7` reddish purple, `#000000` black.
  In seaborn: `sns.set_palette(["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7"])`.
- **For continuous values** (e.g. the heatmap), use `viridis` or `cividis`. They are perceptually uniform and work in greyscale too. Avoid `jet`/rainbow.
- **For diverging values** such as growth vs last year, a blue–orange scheme (`"PuOr"` or `"RdBu"`) centred on zero is safer than red–green.
- **Don't rely on colour alone**: label lines directly at their ends, use different line styles or markers when two series must be told apart, and in small multiples the panel titles already do the work.
- **Check it**: tools like Coblis or the colour-blindness simulation in Chrome DevTools (Rendering → Emulate vision deficiencies) show what your colleagues will see.

In your small multiples, a single dark blue for every panel is already fully accessible; colour only becomes an issue if you add highlight lines.""",
r"""Thanks. Totally unrelated, but my basil on the kitchen windowsill keeps wilting and going yellow. Any idea what I'm doing wrong?""",
r"""Yellowing plus wilting in windowsill basil usually comes down to a few causes:

1. **Overwatering** (the most common). Basil likes moist but not soggy soil. If the pot has no drainage hole, or sits in a saucer of water, the roots rot, and the plant wilts even though the soil is wet. Water when the top 2 cm of soil is dry, and empty the saucer after 10 minutes.
2. **Not enough light.** Basil wants 6–8 hours of direct sun. A north-facing window or winter light leads to pale, leggy, yellowing growth. A south-facing sill or a small LED grow light (12–14 hours a day) helps a lot.
3. **Cold drafts.** Basil is sensitive below about 10°C; a window that gets cold at night can damage leaves.
4. **Supermarket pots.** Those are 20–30 seedlings crammed into one pot. They compete for water and nutrients and collapse after a few weeks. Split the clump into 3–4 smaller pots.
5. **Nutrients.** After a month or two in the same soil, a weak liquid fertiliser every two weeks keeps leaves green.

Also pinch off the top pair of leaves above a node regularly and remove flower buds; that keeps the plant bushy and productive.""",
r"""How often should I water it in summer, then?""",
r"""In summer on a sunny windowsill, usually **every 1–3 days**, but go by the soil, not the calendar:

- Push a finger about 2 cm into the soil. If it's dry at that depth, water thoroughly until water runs out of the drainage hole; if it's still moist, wait.
- Small pots (under 12 cm) and terracotta dry out fastest, sometimes daily in a heatwave; larger plastic pots may go 3–4 days.
- Water in the morning, so the plant has moisture during the hottest part of the day and the leaves dry off.
- Mild drooping on a hot afternoon that recovers by evening is normal; drooping in the morning with dry soil means it needs water sooner.

Moving the pot a little back from glass that gets very hot at midday also reduces stress and water use.""",
)))

# 016 structure zh git rebase -- ends on an unanswered user turn
DIALOGUES.append(D(16, "structure", "zh",
"Structure: the dialogue ends on a user turn (turn 5 asks about git rebase --onto) with no assistant reply; the four preceding exchanges are fine.",
pairs(
r"""git merge 和 git rebase 到底有什么区别?我们组里有人坚持只用 rebase。""",
r"""两者都是把另一条分支的改动整合进当前分支,区别在于**历史的形状**:

**git merge**
- 在两条分支的末端之上创建一个新的"合并提交"(merge commit),它有两个父提交。
- 原有提交完全不变,历史如实记录"什么时候从哪里分出、什么时候合回来"。
- 缺点是频繁合并会让历史出现很多分叉和 "Merge branch 'main' into feature" 之类的提交,`git log --graph` 看起来很乱。

**git rebase**
- 把你分支上的提交"拿下来",在目标分支的最新提交之上**逐个重新应用**,生成内容相同但哈希不同的新提交。
- 结果是一条直线,看起来就像你是在最新的 main 上开始开发的。
- 缺点是它**改写了历史**:如果别人已经基于你的旧提交工作,你强推之后他们的历史会和远端对不上。

所以常见的团队规范是:

1. 在**自己的**功能分支上,用 `git rebase origin/main` 跟上主干,保持历史整洁;
2. **已经公开、多人共用**的分支(比如 main、release)绝不 rebase;
3. 功能分支最终并入 main 时,可以用普通 merge、`--no-ff` merge,或者平台上的 "Squash and merge",取决于团队想要的历史粒度。

"只用 rebase"的说法通常指的就是第 1 点,并不是说 main 分支也要被 rebase。""",
r"""好的。那我在 rebase 过程中遇到冲突该怎么处理?""",
r"""rebase 是一个提交一个提交地重放,所以冲突也是**按提交**出现的,可能要处理好几轮。流程如下:

1. Git 停下来并提示类似 `CONFLICT (content): Merge conflict in src/order.py`。
2. 运行 `git status`,查看 "both modified" 的文件。
3. 打开文件,找到冲突标记:
   ```
   <<<<<<< HEAD
   main 上的版本(rebase 时 HEAD 指的是目标分支这一侧)
   =======
   你的提交里的版本
   >>>>>>> 3f2a9c1 (添加订单重试逻辑)
   ```
   手动改成正确的最终内容,并删除所有标记。
4. `git add src/order.py`
5. `git rebase --continue`,Git 继续重放下一个提交。

其他有用的命令:

- `git rebase --abort`:放弃整个 rebase,回到开始之前的状态;
- `git rebase --skip`:跳过当前这个提交(只有在确定它的改动已经不需要时才用);
- 开启 `git config --global rerere.enabled true`,Git 会记住你解决过的冲突,下次遇到同样的冲突自动套用。

注意 rebase 和 merge 中 "ours/theirs" 的含义是**相反**的:rebase 时 `--ours` 指的是目标分支(main),`--theirs` 才是你自己的提交。""",
r"""rebase 完之后 push 被拒绝了,提示 non-fast-forward。""",
r"""这是正常现象。rebase 生成了哈希不同的新提交,远端分支上还是旧提交,所以在 Git 看来你的本地分支和远端已经"分叉",普通 push 不能快进,就会被拒绝。

解决办法是强制推送,但推荐用更安全的形式:

```bash
git push --force-with-lease
```

它和 `--force` 的区别是:只有当远端分支仍然指向你上次 fetch 到的那个提交时才会覆盖。如果在此期间同事往这个分支推了新提交,推送会被拒绝,避免把别人的工作冲掉。

需要注意:

- **千万不要**为了解决这个提示而执行 `git pull`,那会把旧提交和新提交合并在一起,历史里出现两份相同的改动;
- 如果分支有保护规则(比如 GitHub 的 protected branch 禁止 force push),需要在功能分支上操作,或者请管理员调整;
- 其他已经拉取过这个分支的人需要执行 `git fetch` 然后 `git reset --hard origin/<分支名>`(确认自己没有未推送的改动之后)来同步。""",
r"""怎么把我分支上最近的 5 个提交合并成 1 个?""",
r"""用交互式 rebase:

```bash
git rebase -i HEAD~5
```

编辑器里会按从旧到新的顺序列出这 5 个提交:

```
pick 1a2b3c4 添加订单重试逻辑
pick 5d6e7f8 WIP
pick 9a0b1c2 修复拼写
pick 3d4e5f6 补充单元测试
pick 7a8b9c0 调整日志格式
```

保留第一行的 `pick`,把后面四行改成 `squash`(缩写 `s`,会让你合并编辑提交信息)或 `fixup`(缩写 `f`,直接丢弃这些提交的信息):

```
pick 1a2b3c4 添加订单重试逻辑
f 5d6e7f8 WIP
f 9a0b1c2 修复拼写
s 3d4e5f6 补充单元测试
f 7a8b9c0 调整日志格式
```

保存退出后,如果用了 `squash`,Git 会再打开一次编辑器让你写最终的提交信息。完成后用 `git log --oneline` 确认只剩一个提交。

如果这些提交已经推送过,同样需要 `git push --force-with-lease`。另一种不用编辑器的方法是 `git reset --soft HEAD~5` 然后 `git commit`,效果相同,适合全部合并成一个的情况。""",
r"""明白了。最后一个问题:git rebase --onto 是做什么用的?什么情况下需要它?""",
)))

# 017 good es Linux permissions (3 turns)
DIALOGUES.append(D(17, "good", "es",
"Good: three turns in Spanish on Linux permissions (reading rwx and octal with a table, why a 777 file cannot be deleted: directory permissions and sticky bit, setuid/setgid and their risks); correct and specific.",
pairs(
r"""Estoy aprendiendo Linux. ¿Qué significa exactamente -rwxr-x--- y cómo se relaciona con el número 750?""",
r"""La cadena `-rwxr-x---` tiene 10 caracteres:

- El **primero** indica el tipo: `-` archivo normal, `d` directorio, `l` enlace simbólico.
- Los **nueve siguientes** son tres grupos de tres permisos: **propietario**, **grupo** y **otros**.

Cada permiso tiene un valor numérico, y se suman dentro de cada grupo:

| Permiso | Letra | Valor |
|---|---|---|
| lectura | r | 4 |
| escritura | w | 2 |
| ejecución | x | 1 |
| ninguno | - | 0 |

Aplicado a tu ejemplo:

| Grupo | Letras | Cálculo | Dígito |
|---|---|---|---|
| propietario | rwx | 4+2+1 | **7** |
| grupo | r-x | 4+0+1 | **5** |
| otros | --- | 0+0+0 | **0** |

Por eso `-rwxr-x---` equivale a **750**: el propietario puede leer, modificar y ejecutar; los miembros del grupo pueden leer y ejecutar; el resto no puede hacer nada.

Para aplicarlo:

```bash
chmod 750 script.sh          # forma octal
chmod u=rwx,g=rx,o= script.sh  # forma simbólica equivalente
```

En los **directorios** las letras significan algo un poco distinto: `r` permite listar el contenido, `w` crear, borrar o renombrar entradas, y `x` entrar en el directorio (`cd`) y acceder a los archivos por su nombre. Un directorio con `r` pero sin `x` deja ver los nombres, pero no abrir los archivos.""",
r"""Entonces, ¿por qué no puedo borrar un archivo en /tmp que tiene permisos 777? Me dice "Operation not permitted".""",
r"""Porque borrar un archivo **no depende de los permisos del archivo**, sino de los del **directorio** que lo contiene. Borrar es quitar una entrada del directorio, así que lo que cuenta es tener `w` y `x` sobre el directorio.

En `/tmp` además entra en juego el **sticky bit**. Mira:

```bash
$ ls -ld /tmp
drwxrwxrwt 18 root root 4096 jun  3 10:12 /tmp
```

La `t` final es el sticky bit (valor octal 1000, así que `/tmp` es `1777`). Con él activado, en ese directorio **solo pueden borrar o renombrar un archivo**:

- el propietario del archivo,
- el propietario del directorio,
- o root.

Así, aunque todos pueden escribir en `/tmp`, nadie puede borrar los archivos de otros usuarios. El `777` del archivo te permite leerlo y modificar su contenido, pero no eliminarlo si pertenece a otra persona.

Compruébalo con `ls -l /tmp/archivo`: si el propietario no eres tú, esa es la causa. Las soluciones son pedirle al propietario que lo borre o usar `sudo rm` si tienes privilegios de administración.

El mismo principio explica el caso contrario: en un directorio tuyo con `w`, puedes borrar un archivo con permisos `000` que ni siquiera puedes leer (`rm` te preguntará, pero lo eliminará).""",
r"""¿Y qué son setuid y setgid? ¿Son peligrosos?""",
r"""Son bits especiales que cambian **con qué identidad** se ejecuta un programa o cómo se heredan los grupos.

**setuid (4000)**
Un ejecutable con setuid se ejecuta con los privilegios de su **propietario**, no del usuario que lo lanza. El ejemplo clásico es `passwd`:

```bash
$ ls -l /usr/bin/passwd
-rwsr-xr-x 1 root root 59976 feb  6 /usr/bin/passwd
```

La `s` en lugar de la `x` del propietario indica setuid (modo `4755`). Gracias a eso un usuario normal puede cambiar su contraseña, lo que requiere escribir en `/etc/shadow`, que solo root puede modificar.

**setgid (2000)**
- En un **ejecutable**: se ejecuta con el grupo del archivo.
- En un **directorio** (el uso más común hoy): los archivos creados dentro heredan el grupo del directorio, ideal para carpetas compartidas de un equipo (`chmod 2775 /srv/proyecto`).

**¿Son peligrosos?** Sí, cuando están en programas que no fueron diseñados para ello. Un binario setuid root con un fallo (por ejemplo, que permita lanzar una shell o escribir en un archivo arbitrario) da acceso de root a cualquier usuario. Por eso:

- Nunca pongas setuid a scripts ni a programas propios; usa `sudo` con reglas concretas.
- Revisa periódicamente qué binarios lo tienen:
  ```bash
  sudo find / -xdev -perm -4000 -type f 2>/dev/null
  ```
  y compara con la lista esperada (`passwd`, `sudo`, `su`, `mount`...).
- En particiones de datos, móntalas con la opción `nosuid` para que estos bits se ignoren.

Linux ignora el setuid en scripts con `#!` precisamente por estos riesgos.""",
)))

# 018 contradiction ko statins (4 turns) -- turn 3 contradicts half-life stated in turn 1
DIALOGUES.append(D(18, "contradiction", "ko",
"Contradiction (subtle), turn 3: the reply says 'as mentioned earlier' rosuvastatin has a short ~3-hour half-life and must be taken in the evening, contradicting turn 1 (about 19 hours, any time of day).",
pairs(
r"""로수바스타틴 10mg을 처방받았어요. 아침에 먹어야 하나요, 저녁에 먹어야 하나요?""",
r"""로수바스타틴은 **아침이든 저녁이든 편한 시간에** 드시면 됩니다. 중요한 것은 매일 **같은 시간**에 꾸준히 드시는 것입니다.

이유는 약의 반감기 때문입니다.

- 로수바스타틴의 반감기는 약 **19시간**으로 깁니다. 한 번 복용하면 하루 종일 혈중 농도가 충분히 유지되기 때문에, 콜레스테롤 합성이 많아지는 밤 시간대에도 효과가 이어집니다.
- 반면 심바스타틴, 로바스타틴 같은 **반감기가 짧은 스타틴**(몇 시간 수준)은 밤에 간의 콜레스테롤 합성이 가장 활발하기 때문에 저녁 복용이 권장됩니다. "스타틴은 저녁에 먹어야 한다"는 말은 이 약들에서 나온 것입니다.

그 밖의 복용 팁:

- 음식과 관계없이 복용할 수 있습니다.
- 알루미늄·마그네슘이 들어 있는 제산제는 흡수를 줄일 수 있으니, 드신다면 로수바스타틴 복용 후 **2시간 이상** 간격을 두세요.
- 잊어버린 경우 생각난 즉시 드시되, 다음 복용까지 12시간 미만 남았다면 건너뛰고 두 번 분량을 한꺼번에 드시지 마세요.

10mg은 중간 강도 용량으로, 일반적으로 LDL 콜레스테롤을 **약 40~50%** 낮춥니다. 보통 4~12주 후 혈액검사로 효과를 확인합니다.""",
r"""근육통 같은 부작용이 있다고 들었는데, 어떤 증상이면 병원에 가야 하나요?""",
r"""스타틴 관련 근육 증상은 비교적 흔하게 보고되지만 대부분은 가볍습니다. 정도에 따라 나누어 보면:

**지켜보면서 진료 때 말씀하셔도 되는 경우**
- 허벅지, 종아리, 어깨, 등처럼 큰 근육에 **양쪽 대칭으로** 뻐근하거나 쑤시는 느낌
- 운동 후 평소보다 오래가는 근육통
- 일상생활은 가능한 정도

이런 증상은 복용 시작 후 몇 주 안에 나타나는 경우가 많습니다. 다만 위약(가짜 약)을 먹은 사람에서도 비슷한 빈도로 나타난다는 연구가 있어서, 꼭 약 때문이라고 단정할 수는 없습니다. 의사가 혈액검사로 **CK(크레아틴키나아제)** 수치를 확인하고, 잠시 약을 쉬었다가 다시 시작하거나 용량·약 종류를 바꾸는 방법을 검토할 수 있습니다.

**바로 병원(응급실 포함)에 가야 하는 경우**
- 갑자기 심한 근육통이나 **근력 저하**(계단을 오르기 힘들거나 팔을 들기 어려움)
- **콜라색처럼 진한 소변**
- 근육통과 함께 발열, 심한 피로감

이는 드물지만(연간 약 1만 명당 1명 정도) 심각한 **횡문근융해증**의 신호일 수 있습니다.

위험을 높이는 요인으로는 고령, 갑상선기능저하증, 신장 기능 저하, 과도한 음주, 심한 운동, 그리고 일부 약물(젬피브로질, 사이클로스포린 등)과의 병용이 있습니다. 다른 약을 새로 처방받을 때는 로수바스타틴을 복용 중이라고 꼭 알려 주세요.""",
r"""자몽주스를 매일 마시는데 괜찮을까요? 그리고 직장 때문에 복용 시간을 저녁에서 아침으로 바꾸고 싶은데 그래도 되나요?""",
r"""**자몽주스**

자몽은 간과 장에서 약을 분해하는 효소인 **CYP3A4**를 억제합니다. 그래서 이 효소로 대사되는 심바스타틴, 로바스타틴, 아토르바스타틴은 자몽주스와 함께 먹으면 혈중 농도가 올라가 근육 부작용 위험이 커질 수 있습니다.

로수바스타틴은 사정이 다릅니다. 대부분 **대사되지 않은 채로** 담즙과 소변으로 배출되고, 일부만 CYP2C9로 대사되며 CYP3A4의 영향은 거의 받지 않습니다. 따라서 하루 한 잔 정도의 자몽주스는 로수바스타틴에는 임상적으로 의미 있는 상호작용이 거의 없는 것으로 알려져 있습니다. 다만 하루에 여러 잔(1리터 이상)을 마시는 습관이라면 진료 때 한번 말씀해 두시는 것이 좋습니다.

**복용 시간 변경**

앞서 말씀드렸듯이 로수바스타틴은 반감기가 **약 3시간**으로 짧은 편이라 간의 콜레스테롤 합성이 활발한 밤 시간대를 놓치지 않도록 **저녁 복용을 유지**하시는 것이 좋습니다. 아침으로 옮기면 효과가 떨어질 수 있으니, 직장 일정 때문에 어렵다면 퇴근 후 저녁 식사 시간에 맞춰 드시는 방법을 권해 드립니다.

바꾸는 날 하루 정도 간격이 조금 짧거나 길어지는 것은 문제가 되지 않으니, 두 번 드시거나 건너뛰지만 않으시면 됩니다. 복용을 잊지 않도록 휴대폰 알람을 맞춰 두시면 도움이 됩니다.""",
r"""앞으로 어떤 검사를 언제 받게 되나요?""",
r"""일반적인 일정은 다음과 같습니다(담당 의사의 판단에 따라 달라질 수 있습니다).

| 검사 | 시기 | 목적 |
|---|---|---|
| 지질 검사(LDL, HDL, 중성지방) | 시작 후 **4~12주** | 약 효과 확인, 용량 조절 |
| 간기능 검사(ALT) | 시작 전, 필요 시 | 기준치 확인. 증상이 없으면 정기 반복은 보통 필요 없음 |
| CK(근육 효소) | 근육 증상이 있을 때 | 근육 손상 여부 확인 |
| 신장 기능(크레아티닌) | 시작 전, 필요 시 | 로수바스타틴은 신장 기능이 많이 떨어지면 용량 제한 |
| 공복 혈당 또는 당화혈색소 | 위험군은 주기적으로 | 스타틴은 당뇨 발생 위험을 약간 높일 수 있음 |

목표 LDL 수치에 도달하고 안정되면 보통 **3~12개월마다** 지질 검사를 반복합니다. 지질 검사 전 금식이 필요한지는 병원마다 다르니 예약할 때 확인하세요.""",
)))
