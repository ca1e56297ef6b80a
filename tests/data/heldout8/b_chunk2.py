from b_common import conv, raw, D

DIALOGUES = []

# 011 good en - life insurance, long detailed
DIALOGUES.append(D("h8b-011", "good", "en",
"Good: term vs whole life insurance for a young family; long, specific, consistent answers (coverage sizing, term length, riders), with a short correct reply to a quick yes/no follow-up.",
conv(
"We just had our first baby. My husband and I are 32 and 34. People keep telling us to get life insurance. Term or whole life?",
"""For most young families, term life is the better fit, and it's what most independent financial planners recommend.

**Term life** covers you for a fixed period (10, 20 or 30 years). If you die during the term, your family receives the death benefit; if you outlive it, the policy simply ends. Because it's pure protection, it's inexpensive: a healthy non-smoking 32-year-old can often get $500,000 of 20- or 30-year coverage for roughly $20 to $35 a month.

**Whole life** covers you for your entire life and builds a cash value that grows slowly. The same $500,000 of whole life could cost $350 to $500 a month or more, often 10 to 15 times the term premium. The cash value component grows at modest rates, and fees and commissions are high, especially in the first years.

The need you're insuring is temporary: replacing your income while your child grows up and while you're paying off a mortgage. Once your child is independent and you've built savings, the need shrinks a lot. That's exactly what term insurance is designed for.

Whole life can make sense in narrower situations: a lifelong dependent (for example a child with special needs), estate planning for large estates, or business succession. For a typical couple in their early thirties, the common approach is "buy term and invest the difference" in a retirement account or a 529 plan.""",
"How much coverage should each of us get?",
"""A simple starting point is 10 to 12 times each earner's annual income, but a needs-based estimate is more accurate. Add up what your family would need if one of you died:

1. **Income replacement**: the years until your child is independent (say 20) times the portion of the income the family relies on. Many people use 70-80% of the income, since the deceased person's own expenses disappear.
2. **Debts**: remaining mortgage balance, car loans, student loans.
3. **Education**: a college fund, for example $100,000 to $150,000 in today's dollars.
4. **Final expenses**: roughly $10,000 to $15,000.
5. **Minus** existing savings and any coverage through work.

Example: one of you earns $80,000, the mortgage is $300,000, you want $120,000 for college. Income replacement of $60,000 a year for 20 years is $1.2 million in raw terms, though less in present value if invested; many planners would land around $1 to $1.5 million total for that earner.

Don't skip the lower-earning or stay-at-home parent. Replacing childcare, housework and transport for a young child can cost $30,000 a year or more, so $300,000 to $500,000 of coverage for that parent is common.""",
"Does the life insurance I get through work count?",
"""Count it, but don't rely on it. Group coverage through an employer is usually only 1 to 2 times your salary, and it typically ends when you leave the job. If you change jobs or get laid off when you're older or have developed a health condition, buying an individual policy then will be more expensive or harder. Treat work coverage as a bonus on top of an individual term policy.""",
"What term length, 20 or 30 years?",
"""With a newborn, 30 years is usually the safer choice, or at least 25. Your child will be dependent for about 22 years if you include college, and a 30-year mortgage taken out recently also runs about that long.

The price difference is real but not huge. As a rough illustration for a healthy 32-year-old woman buying $750,000:
- 20-year term: around $25 a month
- 30-year term: around $40 a month

A 20-year policy would expire when your child is 20, possibly in the middle of college, and when you're 52, when a new policy would cost several times more.

An alternative many planners suggest is **laddering**: for example $500,000 of 30-year plus $500,000 of 20-year. You get $1 million of coverage while the need is highest and it steps down to $500,000 as the mortgage shrinks and savings grow, for less than $1 million of 30-year coverage alone.""",
"Any riders worth adding?",
"""Most riders are optional extras that add cost with limited benefit, but a few are worth considering:

- **Conversion option**: lets you convert the term policy to permanent coverage later without a new medical exam. It's often built in for free; check how long the conversion window lasts (sometimes only until age 65 or the first 10 years).
- **Waiver of premium**: if you become disabled and can't work, the insurer pays your premiums. Useful, though a separate disability insurance policy is the bigger priority for protecting income.
- **Child term rider**: adds a small amount of coverage (often $10,000 to $25,000) on your children for a few dollars a month, and usually lets them convert to their own policy as adults regardless of health.

Usually skip accidental death riders (you're already covered for accidents) and "return of premium" riders, which raise the cost substantially for a refund you could beat by investing the difference.""",
)))

# 012 good ko - Python virtual environments
DIALOGUES.append(D("h8b-012", "good", "ko",
"Good: 파이썬 가상환경(venv) 사용법, 명령어와 경로가 정확하고 질문마다 구체적으로 답함. 짧은 후속 질문에는 짧게 답함.",
conv(
"파이썬 프로젝트마다 패키지 버전이 충돌해서 힘들어요. 가상환경을 쓰라는데 어떻게 시작하나요?",
"""가상환경은 프로젝트마다 독립된 파이썬 패키지 공간을 만들어 줘서 버전 충돌을 막아 줍니다. 파이썬 3.3 이상에는 `venv` 모듈이 기본으로 들어 있어서 따로 설치할 필요가 없습니다.

1. 프로젝트 폴더로 이동한 뒤 가상환경을 만듭니다.
```bash
cd my_project
python3 -m venv .venv
```
2. 가상환경을 활성화합니다.
- macOS / Linux: `source .venv/bin/activate`
- Windows (PowerShell): `.venv\\Scripts\\Activate.ps1`
3. 활성화되면 프롬프트 앞에 `(.venv)`가 표시됩니다. 이 상태에서 `pip install requests`처럼 설치하면 이 프로젝트 안에만 설치됩니다.
4. 작업이 끝나면 `deactivate`로 빠져나옵니다.

폴더 이름을 `.venv`로 하는 것이 관례이고, VS Code 같은 편집기도 이 이름을 자동으로 인식합니다.""",
"다른 사람도 같은 패키지를 설치하게 하려면요?",
"""`requirements.txt` 파일로 패키지 목록을 공유하면 됩니다.

가상환경을 활성화한 상태에서:
```bash
pip freeze > requirements.txt
```
이렇게 하면 현재 설치된 패키지와 정확한 버전이 `requests==2.32.3` 같은 형식으로 저장됩니다.

다른 사람은 자기 가상환경을 만들고 활성화한 뒤:
```bash
pip install -r requirements.txt
```
를 실행하면 같은 버전이 설치됩니다.

`requirements.txt`는 Git에 커밋하고, `.venv` 폴더는 커밋하지 마세요. 가상환경 안에는 운영체제별 실행 파일과 절대 경로가 들어 있어서 다른 컴퓨터에서는 제대로 동작하지 않습니다. `.gitignore`에 `.venv/`를 추가해 두면 됩니다.""",
"Windows에서 Activate.ps1 실행하면 '스크립트를 실행할 수 없으므로' 오류가 나요.",
"""PowerShell의 실행 정책 때문에 생기는 오류입니다. 기본 설정에서는 스크립트 실행이 막혀 있습니다.

현재 사용자에 한해 로컬 스크립트를 허용하려면 PowerShell에서 다음을 한 번 실행하세요.
```powershell
Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser
```
`RemoteSigned`는 내 컴퓨터에서 만든 스크립트는 실행하고, 인터넷에서 내려받은 스크립트는 서명이 있어야 실행하도록 하는 설정이라 비교적 안전합니다. 관리자 권한도 필요 없습니다.

정책을 바꾸고 싶지 않다면 명령 프롬프트(cmd)에서 `.venv\\Scripts\\activate.bat`를 실행하는 방법도 있습니다.""",
"VS Code에서 이 가상환경을 쓰게 하려면 따로 설정해야 하나요?",
"""대부분 자동으로 됩니다. Python 확장이 설치돼 있으면 프로젝트 폴더의 `.venv`를 감지합니다. 안 되면 `Ctrl+Shift+P` → "Python: Select Interpreter"에서 `.venv` 안의 파이썬을 선택하세요. 그 후 새로 여는 터미널에서는 가상환경이 자동으로 활성화됩니다.""",
)))

# 013 good en - chemistry buffers, sideways sub-question for a good reason
DIALOGUES.append(D("h8b-013", "good", "en",
"Good: making a phosphate buffer; the user moves sideways to temperature effects on pKa and pH meter calibration for a good reason (buffer used at 37 °C), all answers correct and consistent (pKa2 ≈ 7.21, 0.1 M, 500 mL).",
conv(
"I need to make 500 mL of 0.1 M phosphate buffer at pH 7.4 for a cell culture experiment. I have NaH2PO4 and Na2HPO4. How much of each?",
"""Use the Henderson-Hasselbalch equation with the second dissociation of phosphoric acid, H₂PO₄⁻ ⇌ HPO₄²⁻ + H⁺, pKa₂ ≈ 7.21 at 25 °C.

pH = pKa + log([HPO₄²⁻]/[H₂PO₄⁻])
7.4 = 7.21 + log(ratio) → log(ratio) = 0.19 → ratio ≈ 1.55

So the base:acid ratio is 1.55 : 1. With a total phosphate concentration of 0.1 M:
- [HPO₄²⁻] = 0.1 × 1.55 / 2.55 ≈ 0.0608 M
- [H₂PO₄⁻] = 0.1 × 1 / 2.55 ≈ 0.0392 M

For 500 mL (0.500 L):
- Na₂HPO₄: 0.0608 × 0.500 = 0.0304 mol × 141.96 g/mol ≈ **4.32 g** (anhydrous)
- NaH₂PO₄: 0.0392 × 0.500 = 0.0196 mol × 119.98 g/mol ≈ **2.35 g** (anhydrous)

Check the labels: if you have hydrates (for example NaH₂PO₄·H₂O, 137.99 g/mol, or Na₂HPO₄·7H₂O, 268.07 g/mol), use those molar masses instead. Dissolve both in about 400 mL of water, check the pH with a calibrated meter, adjust with small amounts of NaOH or HCl (or of either salt solution), then make up to 500 mL in a volumetric flask.""",
"The calculated recipe gave me pH 7.32 on the meter, not 7.4. Did I mess up?",
"""Probably not. That kind of gap is normal. Henderson-Hasselbalch uses concentrations, but pH depends on activities, and at 0.1 M the ionic strength is high enough that the activity of the doubly charged HPO₄²⁻ is noticeably lower than its concentration. That pulls the measured pH below the calculated value, typically by 0.05 to 0.15 units for phosphate at this strength.

That's why the standard procedure is to calculate, then adjust on the meter. Add 1 M NaOH drop-wise while stirring until you read 7.40, then bring to final volume. The small amount of NaOH won't meaningfully change the total phosphate concentration.""",
"The experiment runs at 37 °C, not room temperature. Does that change the pH of the buffer?",
"""Yes, slightly. The pKa of H₂PO₄⁻ decreases with temperature by roughly 0.0028 units per °C. Going from 25 °C to 37 °C, that's about 12 × 0.0028 ≈ 0.03 units, so a buffer set to pH 7.40 at 25 °C will be around 7.37 at 37 °C.

Phosphate is actually one of the more temperature-stable buffers. Tris, by comparison, changes by about −0.028 pH units per °C, ten times more: a Tris buffer set to 7.4 at 25 °C would drop to about 7.06 at 37 °C.

If ±0.03 matters for your experiment, adjust the pH with the buffer warmed to 37 °C in a water bath, using a meter with temperature compensation.""",
"Related question then: does my pH meter need to be calibrated at 37 °C too, or is room temperature calibration fine?",
"""Ideally, calibrate at the temperature you measure at. Two separate temperature effects are involved:

1. **Electrode response**: the slope of a glass electrode changes with temperature (about 59.2 mV per pH unit at 25 °C, 61.5 mV at 37 °C). Automatic temperature compensation (ATC) with a temperature probe corrects for this, so if your meter has ATC and the probe is in the solution, this part is handled.
2. **Calibration standards**: the buffers you calibrate with also change pH with temperature. A pH 7.00 standard reads about 6.98 at 37 °C, and a pH 10.01 standard about 9.91. Most modern meters know the temperature tables of common standards and correct for this automatically; check the manual.

Practical approach: warm your calibration standards and your buffer in the same 37 °C water bath, calibrate with ATC on, then measure. ATC corrects the electrode's behaviour, not the chemistry of your sample, which is exactly what you want: the meter reports the true pH of the buffer at 37 °C.""",
"Great. Last thing: should I filter-sterilise or autoclave it for cell culture?",
"""Both work for a simple phosphate buffer:

- **Filter sterilisation** through a 0.22 µm membrane is quick and doesn't change the composition. It's the common choice for small volumes like 500 mL.
- **Autoclaving** (121 °C, 15 to 20 minutes) is fine for plain phosphate buffer, but a little water evaporates, so the concentration rises slightly. Recheck the pH after it cools.

Don't autoclave it if you add calcium or magnesium, since calcium phosphate precipitates when heated; filter-sterilise in that case. Store the sterile buffer at 4 °C and use it within a few weeks.""",
)))

# 014 misaligned en - data analysis; replies shifted by one from turn 2 onwards
DIALOGUES.append(D("h8b-014", "misaligned", "en",
"misaligned: A/B test analysis; from turn 2 on each reply answers the NEXT question (turn 2 reply is about sample size, turn 3 reply about multiple metrics, turn 4 reply about significance of the result from turn 2), i.e. replies shifted by one.",
conv(
"We ran an A/B test on our checkout page. Control: 10,000 visitors, 420 purchases. Variant: 10,000 visitors, 480 purchases. What's the conversion rate of each and the relative lift?",
"""- Control: 420 / 10,000 = **4.20%**
- Variant: 480 / 10,000 = **4.80%**

Absolute difference: 0.60 percentage points.
Relative lift: 0.60 / 4.20 ≈ **14.3%**.

So the variant converted about 14% better in relative terms. Whether that's a real effect or noise is the next question; it needs a significance test.""",
"Is that difference statistically significant?",
"""It depends on the smallest effect you care about detecting. For a baseline conversion of 4.2%, with 5% significance and 80% power (the usual defaults), approximate visitors needed per group:

- to detect a 10% relative lift (4.20% → 4.62%): about **37,000** per group
- to detect a 15% lift (→ 4.83%): about **17,000** per group
- to detect a 20% lift (→ 5.04%): about **10,000** per group

Set this before the test starts and don't stop early when the p-value first dips below 0.05; peeking repeatedly inflates the false-positive rate well above 5%. Also run the test for full weeks (at least 2) so weekday and weekend behaviour are both included.""",
"How many visitors would we have needed to reliably detect a lift this size?",
"""Be careful with this. If you test, say, 10 metrics at the 5% level, the chance that at least one shows a "significant" difference by pure chance is about 1 − 0.95¹⁰ ≈ 40%.

Ways to handle it:
1. **Pick one primary metric in advance** (here, purchase conversion) and treat the rest as secondary or exploratory.
2. If several metrics are truly primary, apply a correction such as **Bonferroni** (divide α by the number of tests: 0.05/10 = 0.005) or the less conservative **Benjamini-Hochberg** procedure, which controls the false discovery rate.
3. Treat surprising secondary results as hypotheses to test in a follow-up experiment, not as conclusions.""",
"The product team also looked at average order value, cart abandonment and time on page. Any of those could come out significant. Is that a problem?",
"""Use a two-proportion z-test.

Pooled rate: p = (420 + 480) / 20,000 = 0.045
Standard error: √(0.045 × 0.955 × (1/10,000 + 1/10,000)) ≈ √(8.59 × 10⁻⁶) ≈ 0.00293
z = (0.048 − 0.042) / 0.00293 ≈ **2.05**

Two-sided p-value ≈ **0.041**, so it is significant at the 5% level, but only just. The 95% confidence interval for the difference is roughly 0.0003 to 0.0117, i.e. between +0.03 and +1.17 percentage points: the true lift could be tiny or quite large.

Given the borderline result, many teams would either run the test longer or confirm with a follow-up test before rolling out, especially if the change has a cost.""",
)))

# 015 bad_length id - nutrition; one-word evasive reply
DIALOGUES.append(D("h8b-015", "bad_length", "id",
"bad_length: diet rendah garam untuk hipertensi; balasan asisten pada giliran 3 (pertanyaan bagaimana mengurangi garam tanpa makanan hambar) hanya 'Bisa saja.' tanpa isi.",
conv(
"Dokter bilang tekanan darah ayah saya tinggi dan dia harus mengurangi garam. Berapa batas garam per hari?",
"""Kementerian Kesehatan RI menganjurkan konsumsi garam tidak lebih dari **5 gram per hari**, kira-kira **1 sendok teh**. Itu setara dengan sekitar 2.000 mg natrium. WHO juga memakai batas yang sama.

Yang perlu diingat, batas itu mencakup **semua** garam yang masuk, bukan hanya garam yang ditaburkan saat memasak. Sebagian besar natrium justru berasal dari:
- kecap asin, saus tiram, saus sambal botolan;
- penyedap rasa (MSG juga mengandung natrium, meskipun lebih sedikit dari garam);
- mi instan (satu bungkus bisa mengandung 1.000–1.500 mg natrium, lebih dari separuh batas harian);
- ikan asin, telur asin, kerupuk, makanan kaleng, sosis dan nugget;
- roti dan biskuit.

Untuk penderita hipertensi, dokter kadang menyarankan batas yang lebih ketat. Ikuti angka dari dokter ayah Anda jika berbeda.""",
"Bagaimana cara membaca label gizi untuk tahu kandungan garamnya?",
"""Di kemasan, lihat baris **Natrium** (atau *Sodium*) pada tabel Informasi Nilai Gizi. Angkanya biasanya dalam miligram (mg) **per sajian**.

Langkah-langkahnya:
1. Cek **takaran saji** dan **jumlah sajian per kemasan**. Kalau satu bungkus berisi 2 sajian dan ayah Anda makan semuanya, kalikan angka natrium dengan 2.
2. Bandingkan dengan batas harian sekitar 2.000 mg. Produk dengan lebih dari 600 mg natrium per sajian tergolong tinggi.
3. Lihat juga **% AKG**. Jika natrium 20% AKG atau lebih per sajian, itu tinggi; 5% atau kurang tergolong rendah.
4. Untuk mengubah natrium ke garam, kalikan dengan 2,5. Misalnya 800 mg natrium ≈ 2 gram garam.

Beberapa produk di Indonesia juga memakai logo "Pilihan Lebih Sehat", yang menandakan kadar gula, garam dan lemaknya memenuhi batas tertentu.""",
"Ayah saya bilang makanan tanpa garam itu hambar dan tidak mau makan. Ada cara supaya tetap enak?",
"""Bisa saja.""",
"Apakah garam rendah natrium yang dijual di supermarket aman untuk ayah saya?",
"""Garam rendah natrium biasanya mengganti sebagian natrium klorida dengan **kalium klorida**. Bagi banyak orang dengan hipertensi, ini bisa membantu, karena kalium justru membantu menurunkan tekanan darah.

Namun ada pengecualian penting. Garam ini **tidak cocok** untuk orang yang:
- memiliki gangguan fungsi ginjal, karena ginjal yang lemah sulit membuang kelebihan kalium;
- minum obat tertentu yang menahan kalium, misalnya golongan ACE inhibitor (seperti captopril, lisinopril), ARB (seperti candesartan, valsartan), atau diuretik hemat kalium (spironolakton). Obat-obat ini sering diresepkan untuk tekanan darah tinggi.

Kadar kalium yang terlalu tinggi dalam darah (hiperkalemia) bisa menyebabkan gangguan irama jantung. Jadi sebelum memakai garam rendah natrium, tanyakan dulu kepada dokter ayah Anda, dengan menyebutkan obat-obat yang sedang diminum.""",
)))

# 016 contradiction en - job applications; salary number changes subtly
DIALOGUES.append(D("h8b-016", "contradiction", "en",
"contradiction (subtle): salary negotiation; turn 1 establishes the offer as $78,000 and the researched market range as $82k-$90k; assistant turn 4, deep in a long reply, says 'since their offer of $74,000 is already below the range', contradicting the $78,000 figure.",
conv(
"I got a job offer as a data analyst: $78,000 base, no signing bonus. I looked it up and similar roles in my city pay $82,000 to $90,000. Should I negotiate?",
"""Yes. An offer below the market range you've researched is exactly the situation where negotiating is expected and low-risk. Companies rarely withdraw an offer because a candidate politely asks for more, and most hiring managers leave some room in the first number.

A few points to set up your ask:
- **Anchor with data**: cite the $82,000–$90,000 range and where it comes from (Glassdoor, Levels.fyi, the Bureau of Labor Statistics, industry salary surveys, recruiter conversations).
- **Ask for a specific number**, slightly above what you'd happily accept. Asking for $88,000 leaves room to settle in the mid-80s.
- **Tie it to value**: mention the skills that match the job description, such as SQL, Python, a BI tool, or domain experience.
- **Stay enthusiastic**: make clear you want the job; you're discussing the terms, not questioning the opportunity.

Negotiating by email is completely fine and lets you choose your words carefully, though a short call can feel warmer. Either works.""",
"Can you draft the email?",
"""Here's a draft you can adapt:

---
Subject: Data Analyst offer – follow-up

Hi Sarah,

Thank you again for the offer to join the analytics team. I'm excited about the role, especially the work on the customer retention dashboards we discussed in my final interview.

Before I accept, I'd like to discuss the base salary. Based on my research into data analyst roles in the area, including Glassdoor and a recent industry salary survey, comparable positions pay between $82,000 and $90,000. Given my experience building automated reporting in SQL and Python, and the Tableau work I showed during the case study, I'd like to ask whether a base salary of $88,000 is possible.

I'm confident I can contribute quickly, and I'm looking forward to finding something that works for both of us.

Best regards,
Daniel
---

Replace the recruiter's name and the specifics with the details of your own interviews so it doesn't read like a template.""",
"What if they say the salary is fixed?",
"""Then shift to other parts of the package that are often easier for them to move:

- **Signing bonus**: a one-time payment doesn't affect the salary band, so it's the most common alternative. Ask for something like $5,000.
- **Earlier salary review**: a formal review at 6 months instead of 12, with a target raise agreed in writing.
- **Extra paid time off**: an additional 3 to 5 days.
- **Remote work days** or a home-office stipend.
- **Training budget**: certifications or conferences, which also raise your future market value.

Ask them which of these they have flexibility on rather than demanding all of them.""",
"They came back with $81,000 and a review at 6 months. Is that good enough to accept?",
"""It's a reasonable outcome, and here's how to think about it.

**What you gained**: $3,000 more in base salary, which compounds, because future raises are usually a percentage of base. A 4% raise on $81,000 is worth more than the same raise on the original number. The 6-month review also gives you an early chance to close the remaining gap once you've shown results.

**What's still open**: since their offer of $74,000 is already below the range, $81,000 still sits just under the $82,000 bottom of the market range you found. It's close, but not quite at market.

**Options**:
1. **Accept** if the role, team, growth prospects and benefits are strong. Before signing, make sure the 6-month review is in the written offer, ideally with the criteria and a target range (for example, "eligible for adjustment to $86,000 subject to performance").
2. **Make one last small ask**, such as a $3,000 signing bonus. After one counteroffer, a second modest request is still acceptable, but I wouldn't push on base salary again.

Also compare the total package: health insurance premiums, retirement match and bonus eligibility can easily be worth several thousand dollars a year. If those are solid, accepting $81,000 with a documented early review is a good result for a first negotiation.""",
)))

# 017 off_topic zh - git; assistant drifts to unrelated subject (mechanical keyboards / tea)
DIALOGUES.append(D("h8b-017", "off_topic", "zh",
"off_topic: Git 撤销提交；第3轮助手回复没有回答如何撤销已推送的提交，而是转而长篇介绍机械键盘轴体，偏离了对话目标。",
conv(
"我在本地 git commit 了，但是提交信息写错了，还没 push。怎么改？",
"""还没推送的话很简单，用 `--amend` 修改最近一次提交：

```bash
git commit --amend -m "正确的提交信息"
```

如果不加 `-m`，git 会打开编辑器让你修改原来的信息。

`--amend` 实际上是用一个新提交替换掉最后一个提交，所以提交的哈希值会改变。因为还没推送，这对别人没有任何影响。

顺便一提，如果你还漏了某个文件，可以先 `git add 漏掉的文件`，再执行 `git commit --amend --no-edit`，这样会把文件加进上一个提交，同时保留原来的提交信息。""",
"如果是前面第三个提交的信息写错了呢？",
"""可以用交互式变基：

```bash
git rebase -i HEAD~3
```

编辑器会列出最近的三个提交，最早的在最上面：

```
pick a1b2c3d 添加登录页面
pick d4e5f6a 修复样式
pick 789abcd 更新文档
```

把要改信息的那一行的 `pick` 改成 `reword`（或简写 `r`），保存并关闭。git 会随后为这个提交打开编辑器，你修改信息后保存即可。

注意：这个提交之后的所有提交哈希都会改变。只要这些提交都还没推送，就没有问题。""",
"那如果已经 push 到远程了，还能改吗？",
"""说到敲代码，很多程序员都很在意键盘手感，机械键盘的轴体选择其实很有讲究。常见的有三种：红轴是线性轴，按压力度轻、没有段落感，适合长时间打字和游戏；青轴有明显的段落感和"咔嗒"声，打字反馈清脆，但在办公室里可能会吵到同事；茶轴介于两者之间，有轻微段落感，声音较小，被很多人视为"万金油"。此外还有静音红轴、银轴（触发行程更短）等变种。选择时还要考虑键帽材质，PBT 键帽比 ABS 更耐磨、不易打油。如果不确定喜欢哪种，可以先买一个轴体试轴器，几十块钱就能把各种轴都试一遍。""",
"好的，另外 git push --force 和 --force-with-lease 有什么区别？",
"""两者都会用本地分支覆盖远程分支，区别在于安全性：

- `git push --force`：无条件覆盖。如果在你上次拉取之后，同事往远程推送了新提交，这些提交会被直接覆盖掉，等于被删除。
- `git push --force-with-lease`：只有当远程分支仍然是你上次看到的状态时才会覆盖。如果别人在此期间推送了新提交，推送会被拒绝，你需要先 `git fetch` 查看并合并他们的改动。

所以在修改了已推送的历史之后需要强制推送时，应该优先使用 `--force-with-lease`。另外，尽量只在自己的功能分支上这样做，不要改写 `main` 这类共享分支的历史，很多团队也会在托管平台上给这些分支开启保护，禁止强制推送。""",
)))

# 018 leakage en - chemistry; writer note to self in middle of reply (subtle)
DIALOGUES.append(D("h8b-018", "leakage", "en",
"leakage (subtle): balancing redox equations; assistant turn 3 contains a leaked writer aside in parentheses mid-reply: '(keep this simple, the student persona is supposed to still be confused after this turn)'.",
conv(
"How do I balance redox equations? My teacher mentioned the half-reaction method but I don't get it.",
"""The half-reaction method splits the reaction into the oxidation part and the reduction part, balances each separately, then combines them so the electrons cancel. In acidic solution the steps are:

1. **Split** the reaction into two half-reactions.
2. **Balance all atoms except O and H.**
3. **Balance O** by adding H₂O to the side that needs oxygen.
4. **Balance H** by adding H⁺ to the side that needs hydrogen.
5. **Balance charge** by adding electrons (e⁻) to the more positive side.
6. **Multiply** the half-reactions so both contain the same number of electrons.
7. **Add** them together and cancel anything that appears on both sides (electrons, H₂O, H⁺).

The final check: atoms and total charge must be equal on both sides. Want to try an example together?""",
"Yes please, with permanganate and iron(II) in acid.",
"""The unbalanced reaction: MnO₄⁻ + Fe²⁺ → Mn²⁺ + Fe³⁺

**Oxidation half** (Fe loses an electron):
Fe²⁺ → Fe³⁺ + e⁻
Already balanced: one Fe each side, charge +2 = +3 − 1.

**Reduction half** (Mn goes from +7 to +2):
MnO₄⁻ → Mn²⁺
- Mn is balanced.
- O: 4 on the left, so add 4 H₂O on the right: MnO₄⁻ → Mn²⁺ + 4H₂O
- H: 8 on the right, so add 8 H⁺ on the left: MnO₄⁻ + 8H⁺ → Mn²⁺ + 4H₂O
- Charge: left is −1 + 8 = +7, right is +2. Add 5 e⁻ to the left: MnO₄⁻ + 8H⁺ + 5e⁻ → Mn²⁺ + 4H₂O

**Match electrons**: multiply the iron half by 5:
5Fe²⁺ → 5Fe³⁺ + 5e⁻

**Add and cancel electrons**:
MnO₄⁻ + 8H⁺ + 5Fe²⁺ → Mn²⁺ + 5Fe³⁺ + 4H₂O

Check charge: left −1 + 8 + 10 = +17; right +2 + 15 = +17. Balanced.""",
"How do I know which one is oxidised and which is reduced in the first place?",
"""Use oxidation numbers. Assign one to each element on both sides and see which go up and which go down:

- **Oxidation number goes up** → that element lost electrons → it is **oxidised**.
- **Oxidation number goes down** → it gained electrons → it is **reduced**.

(keep this simple, the student persona is supposed to still be confused after this turn)

A few rules for assigning them:
- An element on its own (Fe, O₂, Cl₂) is 0.
- A simple ion equals its charge: Fe²⁺ is +2.
- Oxygen is usually −2, hydrogen usually +1.
- In a polyatomic ion, the sum equals the ion's charge.

For MnO₄⁻: 4 oxygens × (−2) = −8, the ion's charge is −1, so Mn must be +7. In Mn²⁺ it's +2, so Mn goes down: reduced. Fe goes from +2 to +3: oxidised.

A memory aid is **OIL RIG**: Oxidation Is Loss, Reduction Is Gain (of electrons).""",
"What changes if the reaction is in basic solution instead?",
"""Balance it exactly as in acid first, then convert:

1. Balance with H⁺ and H₂O as usual.
2. Add as many OH⁻ ions to **both sides** as there are H⁺ ions.
3. On the side with H⁺, combine each H⁺ + OH⁻ into H₂O.
4. Cancel water molecules that appear on both sides.

Example, permanganate reduced to MnO₂ in base:
Acidic form: MnO₄⁻ + 4H⁺ + 3e⁻ → MnO₂ + 2H₂O
Add 4 OH⁻ to both sides: MnO₄⁻ + 4H₂O + 3e⁻ → MnO₂ + 2H₂O + 4OH⁻
Cancel 2 H₂O: **MnO₄⁻ + 2H₂O + 3e⁻ → MnO₂ + 4OH⁻**

Note that in basic solution permanganate usually goes to MnO₂ (Mn +4), not Mn²⁺, so the products themselves differ as well.""",
)))

# 019 placeholder en - nutrition meal plan with unfilled slot
DIALOGUES.append(D("h8b-019", "placeholder", "en",
"placeholder: high-protein vegetarian meal plan; in assistant turn 2 the Thursday dinner line is an unfilled slot 'TBD_RECIPE (≈ ___ kcal, ___ g protein)' while all other days are filled in.",
conv(
"I'm vegetarian, lifting weights 4 times a week, 75 kg. How much protein should I aim for?",
"""For someone doing regular resistance training, most sports nutrition guidelines (for example the International Society of Sports Nutrition) recommend **1.6 to 2.2 g of protein per kg of body weight per day**. Research suggests muscle-building benefits level off around 1.6 g/kg for most people, with the upper end offering a margin of safety.

At 75 kg that's:
- 1.6 g/kg → **120 g per day**
- 2.0 g/kg → **150 g per day**

Aiming for about 120 to 140 g is a practical target. Spread it across 3 to 5 meals of roughly 25 to 40 g each, since each meal with a decent protein dose stimulates muscle protein synthesis.

As a vegetarian, good dense sources include Greek yogurt or skyr (about 10 g per 100 g), cottage cheese, eggs (6 g each), tofu and tempeh (12 to 20 g per 100 g), seitan (around 25 g per 100 g), lentils and beans, and whey or soy protein powder. Combining different plant sources over the day covers all essential amino acids.""",
"Can you give me a weekday dinner plan, Monday to Friday, each dinner with at least 40 g protein?",
"""Here's a five-day plan; protein values are approximate for one serving:

- **Monday: Tofu stir-fry.** 250 g firm tofu, broccoli, peppers, 75 g (dry) rice, soy-ginger sauce, topped with 20 g cashews. ≈ 650 kcal, 42 g protein.
- **Tuesday: Lentil bolognese.** 100 g dry red lentils simmered in tomato sauce, over 90 g whole-wheat pasta, with 30 g parmesan. ≈ 720 kcal, 45 g protein.
- **Wednesday: Tempeh burrito bowl.** 150 g tempeh crumbled and spiced, 100 g black beans, rice, salsa, 50 g cheddar. ≈ 780 kcal, 48 g protein.
- **Thursday: TBD_RECIPE (≈ ___ kcal, ___ g protein).**
- **Friday: Seitan and chickpea curry.** 150 g seitan, 120 g chickpeas in a tomato-coconut sauce, with a side of 150 g plain skyr as raita. ≈ 760 kcal, 62 g protein.

Prep tips: cook a big pot of rice and lentils on Sunday, and press the tofu in the morning so it gets crispy at night. If a dinner falls short, a glass of milk or a scoop of protein powder stirred into a yogurt dessert adds 20 to 25 g easily.""",
"Do I need to worry about vitamin B12 or anything else?",
"""Yes, B12 is the main one. It's found naturally almost only in animal foods. As a lacto-ovo vegetarian you get some from dairy and eggs, but many vegetarians still fall short, and the deficiency develops slowly over years (fatigue, tingling in hands and feet, memory problems). A daily supplement of around 25 to 100 µg, or fortified foods, is a cheap safeguard; a blood test can confirm your status.

Others worth watching:
- **Iron**: plant iron is less well absorbed; pair lentils and tofu with vitamin C.
- **Omega-3 (EPA/DHA)**: mostly in fish; an algae-oil supplement is the vegetarian option.
- **Vitamin D**: depends more on sunlight than diet, relevant in winter.
- **Zinc and iodine**: legumes and whole grains supply zinc; iodised salt or dairy cover iodine.""",
"Is creatine useful for vegetarians?",
"""Yes, arguably more than for meat eaters. Creatine comes mostly from meat and fish, so vegetarians usually have lower muscle creatine stores, and studies show they tend to get a larger boost from supplementing.

Creatine monohydrate at **3 to 5 g per day** is the standard, well-researched dose; a loading phase isn't needed, you'll reach saturation within about 3 to 4 weeks. Benefits include more reps at a given weight and slightly faster strength and muscle gains over time. Expect 1 to 2 kg of weight gain early on from water stored in the muscles. Most commercial creatine is synthetic and vegetarian-friendly, but check whether capsules use gelatin.""",
)))

# 020 repetition fr - insurance; assistant repeats earlier paragraph near-verbatim
DIALOGUES.append(D("h8b-020", "repetition", "fr",
"repetition: assurance emprunteur; la réponse de l'assistant au tour 4 (sur les exclusions) recopie presque mot pour mot le paragraphe de la réponse 2 sur la délégation d'assurance et la loi Lemoine au lieu de répondre.",
conv(
"Je vais signer un prêt immobilier de 220 000 € sur 20 ans. La banque me propose son assurance emprunteur à 0,34 % du capital initial. C'est cher ?",
"""À 0,34 % du capital initial, la cotisation annuelle serait de 220 000 × 0,34 % = **748 € par an**, soit environ 62 € par mois, et près de **14 960 €** sur 20 ans.

Pour un emprunteur jeune, non-fumeur et en bonne santé, c'est dans la moyenne haute des contrats groupe bancaires. Les assurances individuelles proposées par des assureurs externes (la « délégation d'assurance ») peuvent descendre à 0,10 % ou 0,15 % pour des profils de moins de 40 ans, et surtout elles sont souvent calculées sur le **capital restant dû**, qui diminue chaque année, alors que le contrat de la banque est calculé sur le capital initial.

Votre âge, votre statut de fumeur, votre profession et la quotité choisie (100 % sur une tête ou répartie sur deux emprunteurs) changent beaucoup le tarif. Comparez le **TAEA** (taux annuel effectif de l'assurance) indiqué dans les offres, c'est l'indicateur qui permet de comparer des contrats différents.""",
"Est-ce que j'ai le droit de prendre une autre assurance que celle de la banque ?",
"""Oui. Depuis la loi Lagarde (2010), vous pouvez choisir librement une assurance externe au moment de la souscription, à condition qu'elle présente des **garanties équivalentes** à celles exigées par la banque. La banque ne peut pas refuser une délégation à garanties équivalentes, ni modifier le taux de votre crédit en contrepartie.

Depuis la **loi Lemoine** (2022), vous pouvez en plus changer d'assurance **à tout moment**, sans frais et sans attendre la date anniversaire. La banque dispose de 10 jours ouvrés pour accepter ou refuser, et un refus doit être motivé.

La loi Lemoine a aussi supprimé le questionnaire de santé pour les prêts dont la part assurée est inférieure à 200 000 € par personne et qui se terminent avant vos 60 ans.""",
"Quelles garanties dois-je vérifier ?",
"""Les garanties principales sont :

- **Décès** et **PTIA** (perte totale et irréversible d'autonomie) : toujours exigées.
- **ITT** (incapacité temporaire totale de travail) : l'assurance prend le relais des mensualités si vous êtes en arrêt. Vérifiez le **délai de franchise** (souvent 90 jours) et si l'indemnisation est « forfaitaire » (la mensualité est remboursée en totalité) ou « indemnitaire » (seulement la perte de revenu réelle).
- **IPT** et **IPP** (invalidité permanente totale ou partielle) : regardez à partir de quel taux d'invalidité vous êtes couvert (66 % pour l'IPT, souvent 33 % pour l'IPP) et si le taux est apprécié par rapport à votre **profession** ou selon un barème général.

La banque remet une **fiche standardisée d'information** qui liste les garanties exigées ; elle suit souvent la grille du Comité consultatif du secteur financier (CCSF). Utilisez-la pour comparer.""",
"Et les exclusions, à quoi faut-il faire attention ?",
"""Depuis la loi Lagarde (2010), vous pouvez librement choisir une assurance externe dès la souscription, à condition qu'elle offre des **garanties équivalentes** à celles demandées par la banque. La banque ne peut pas refuser une délégation à garanties équivalentes, ni modifier le taux du crédit en échange.

Depuis la **loi Lemoine** (2022), vous pouvez en outre changer d'assurance **à tout moment**, sans frais et sans attendre la date anniversaire. La banque a 10 jours ouvrés pour accepter ou refuser, et tout refus doit être motivé.

La loi Lemoine a également supprimé le questionnaire de santé pour les prêts dont la part assurée est inférieure à 200 000 € par personne et qui se terminent avant vos 60 ans.""",
"D'accord. Si je change d'assurance plus tard, qu'est-ce que je dois envoyer à la banque ?",
"""Pour une substitution en cours de prêt, la démarche est la suivante :

1. Obtenez l'**offre du nouvel assureur**, avec les conditions générales et particulières, et vérifiez qu'elle couvre toutes les garanties de la fiche standardisée de votre banque.
2. Envoyez à la banque une **demande de substitution** (lettre recommandée ou courriel selon ce que prévoit votre contrat), accompagnée du nouveau contrat et de ses conditions. Beaucoup de nouveaux assureurs s'occupent eux-mêmes de cet envoi.
3. La banque a **10 jours ouvrés** pour répondre. Si elle accepte, elle émet un **avenant** à l'offre de prêt, sans frais.
4. Une fois l'avenant reçu, **résiliez** l'ancien contrat : la résiliation prend effet à la date indiquée par la banque, pour qu'il n'y ait aucune période sans couverture.

Ne résiliez jamais l'ancienne assurance avant l'accord écrit de la banque.""",
)))
