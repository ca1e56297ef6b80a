from hb_common import D

DIALOGUES = []
A = DIALOGUES.append

# 011 repetition en - Kubernetes; user re-asks (reworded) something answered in turn 1
A(D("h5b-011", "repetition", "en",
"Repetition (subtle, reworded): in turn 4 the user re-asks how to see why the previous container died, already answered in turn 1 (kubectl logs --previous / describe), and the assistant answers it again.",
[
"""One of my pods is in CrashLoopBackOff. What does that actually mean and how do I start debugging it?""",
"""CrashLoopBackOff isn't an error in itself; it's Kubernetes telling you that the container keeps exiting and the kubelet is waiting longer and longer before restarting it (10 s, 20 s, 40 s, ... capped at 5 minutes). The real cause is whatever makes the container exit.

Work through it in this order:

1. **Logs from the crashed instance.** The current container may have just restarted and have nothing useful yet, so ask for the previous one:
   ```bash
   kubectl logs <pod> -c <container> --previous
   ```
2. **Events and last state.**
   ```bash
   kubectl describe pod <pod>
   ```
   Look at `Last State: Terminated`, the `Reason` and the `Exit Code`, and the Events section at the bottom.
3. **Interpret the exit code:**
   - `1` or other small numbers: the application exited with an error, so the logs should say why (missing env var, bad config, can't reach the database).
   - `137`: the container was killed with SIGKILL, usually `OOMKilled` because it exceeded its memory limit.
   - `139`: segmentation fault.
   - `0`: the process finished successfully, which is a problem if it's supposed to be a long-running server (often a wrong `command` or a script that backgrounds itself).
4. **Probes.** A liveness probe that fails too early (for example, a slow-starting JVM) also causes restarts. `describe` will show `Liveness probe failed` events in that case.

Start with steps 1 and 2; together they explain the vast majority of crash loops.""",
"""describe says Last State: Terminated, Reason: OOMKilled, Exit Code: 137. How do I give it more memory?""",
"""Raise the memory limit in the container spec of your Deployment:

```yaml
spec:
  template:
    spec:
      containers:
        - name: api
          image: registry.example.com/api:1.8.2
          resources:
            requests:
              memory: "512Mi"
              cpu: "250m"
            limits:
              memory: "1Gi"
```

Apply it with `kubectl apply -f deployment.yaml`; the Deployment rolls out new pods with the new limit.

A few things to keep in mind:

- **Requests** are what the scheduler reserves on a node; **limits** are the hard ceiling. Exceeding the memory limit gets the container OOM-killed; exceeding the request doesn't.
- If the app runs on the JVM or Node.js, the runtime may not respect the container limit by default. For Java 11+, use `-XX:MaxRAMPercentage=75`; for Node, set `--max-old-space-size` to roughly 75% of the limit in MB.
- A memory leak will just crash later with a bigger limit, so it's worth checking whether usage grows steadily over time.""",
"""How do I figure out how much memory it actually needs, instead of guessing?""",
"""Measure it under realistic load:

- **`kubectl top pod <pod> --containers`** shows current usage. It needs metrics-server installed, which most managed clusters (EKS, GKE, AKS) provide or offer as an add-on.
- **Prometheus/Grafana**, if you have it: chart `container_memory_working_set_bytes` for the container over a few days, including your peak traffic. The working set is what the OOM killer looks at.
- **Vertical Pod Autoscaler in recommendation mode** (`updateMode: "Off"`) watches the pod and suggests requests and limits without changing anything. `kubectl describe vpa <name>` shows the target and upper bound.

A common rule of thumb: set the request near the typical (p50-p90) working set, and the limit around 25-50% above the observed peak. Then watch for OOMKilled events after the change.""",
"""Sorry, going back a step: how do I see why the container died last time? When I run kubectl logs it's basically empty because it just restarted.""",
"""Because the pod restarts, `kubectl logs` on its own shows the fresh container, which hasn't logged much yet. Add the `--previous` flag (`-p` for short) to get the output of the instance that crashed:

```bash
kubectl logs <pod> -c <container> -p
```

Then combine that with `kubectl describe pod <pod>`: under the container, `Last State` shows `Terminated` with the reason and exit code of the last run, for example `OOMKilled` and `137` in your case, and the Events at the bottom show restarts and probe failures. Exit code 1 points to an application error in the logs, 137 to a kill (usually memory), and 139 to a segfault.

If the previous logs are also empty, the process probably died before writing anything, for example because the image's `command` is wrong or a required file is missing, and the Events usually show that.""",
]))

# 012 good en - GDPR subject access request
A(D("h5b-012", "good", "en",
"Good: practical GDPR subject-access-request guidance for a small company; specific deadlines, exemptions, fees; short final answer still gives the concrete rule on when the clock starts.",
[
"""We're a 25-person company in the UK. A former employee just emailed asking for 'all personal data you hold about me'. What do we have to do, and how quickly?""",
"""That's a data subject access request (DSAR) under the UK GDPR. It doesn't need any particular wording or form, and an email to anyone in the company counts. The essentials:

**Deadline:** one calendar month from the day you receive it. If the request is complex or the person has made several, you can extend by up to **two further months**, but you must tell them within the first month and explain why.

**What you must provide:**

1. A copy of their personal data, such as HR file, payroll records, appraisals, emails and chat messages about or involving them, CCTV if you keep it, and access logs.
2. Supplementary information: the purposes of processing, the categories of data, who you've shared it with (e.g. payroll provider, pension scheme), how long you'll keep it, where you got it if not from them, their rights to rectification, erasure and to complain to the ICO, and whether any automated decision-making is involved.

**Practical steps:**

- Acknowledge the request in writing and log the date received.
- Verify identity only if you have genuine doubt; for a former employee writing from their known personal address, that's often unnecessary.
- Search systematically: HR system, shared drives, email, Teams/Slack, line managers' notes.
- Review before disclosure and redact other people's personal data where appropriate.
- Send the response in a commonly used electronic format if they asked by email.

Keep a record of what you searched and why, in case the person complains to the ICO.""",
"""He specifically wants every email that mentions his name. That could be thousands. Do we really have to go through all of them?""",
"""You have to make a **reasonable and proportionate** search, not an exhaustive one at any cost, but "it's a lot of work" on its own isn't enough to refuse.

What that means in practice:

- **Run the search.** Search mailboxes for his name, nicknames, initials if commonly used, and his old email address. Most email platforms (e.g. Microsoft Purview eDiscovery for 365) can do this across the organisation.
- **Not every hit is his personal data.** An email that merely lists his name in a distribution list, or discusses a project without saying anything about him, may contain very little of his personal data. You need to disclose the personal data, not necessarily every document in full.
- **Ask him to clarify.** You can ask him to narrow the request, for example to a date range or particular topics. Under ICO guidance, the time limit pauses while you wait for his answer, but only if clarification is genuinely needed; you can't use it as a delaying tactic.
- **Redact third parties.** Colleagues' personal data in those emails is usually redacted unless they consent or it's reasonable to disclose without consent.
- **Exemptions** may apply to specific items, such as legal advice (legal professional privilege) or management forecasting around negotiations.

Refusing as "manifestly excessive" is a high bar and needs a documented justification. With thousands of emails, extending the deadline by two months for complexity is the more defensible route.""",
"""Can we charge him a fee for the time this will take?""",
"""Generally, no. The first copy must be provided free of charge. You can charge a **reasonable fee** based on administrative costs only if the request is **manifestly unfounded or excessive**, or if he asks for **further copies** of data already provided. Time spent searching for a legitimate but large request isn't a ground for charging. If you do charge, tell him promptly; you don't need to comply until the fee is paid.""",
"""One more thing: does the one-month clock start when we got his email, or only after we've checked his ID?""",
"""It normally starts on the day you receive the request. If you have reasonable doubts about identity and ask for ID, the clock doesn't start until you receive it, so asking promptly matters. For a former employee writing from the personal address on his HR file, asking for ID could look like stalling, so only do it if you genuinely doubt it's him.""",
]))

# 013 bad_length en - stats; first reply is an evasive "It depends."
A(D("h5b-013", "bad_length", "en",
"Bad length: the first assistant reply to a detailed statistics question (t-test vs Mann-Whitney with n=18/21 skewed data) is just 'It depends.'; later replies are fine.",
[
"""I'm comparing reaction times between two groups (n = 18 and n = 21) for my psychology thesis. The histograms are clearly right-skewed. Should I use an independent t-test or a Mann-Whitney U test?""",
"""It depends.""",
"""Depends on what, exactly? My supervisor just wants a justification in the methods section.""",
"""Fair enough. Here's how to reason about it:

**1. What hypothesis do you care about?** The t-test compares **means**. Mann-Whitney tests whether values in one group tend to be larger than in the other (stochastic dominance); it only reduces to a comparison of medians if both distributions have the same shape. If your research question is about typical reaction time rather than the mean, Mann-Whitney fits the question better.

**2. How bad is the skew at your sample sizes?** With n = 18 and 21, the central limit theorem gives only partial protection. Reaction times are typically right-skewed with a long tail, and a few slow trials can inflate both the mean and the variance, which reduces the t-test's power.

**3. Are the variances unequal?** If you do use a t-test, use **Welch's t-test** (the default in R's `t.test`), not the pooled-variance version.

**4. Consider a transformation.** Log-transforming reaction times is standard in the field and often makes the distributions close to normal. A Welch t-test on log(RT) compares geometric means and is easy to defend.

A defensible methods sentence would be: "Because reaction time distributions were right-skewed (Shapiro-Wilk p < .05 in both groups), group differences were tested with a Mann-Whitney U test; a Welch t-test on log-transformed RTs gave the same conclusion." Reporting both as a robustness check is common and reassures examiners.""",
"""OK, I'll go with Mann-Whitney. What effect size should I report with it?""",
"""The usual choice is the **rank-biserial correlation**, r = 1 − 2U / (n₁·n₂), which runs from −1 to 1. With n₁ = 18 and n₂ = 21, n₁·n₂ = 378, so U = 120 would give r = 1 − 240/378 = 0.37. An alternative is r = Z / √N (here N = 39), which many psychology papers use; say which formula you used, since the two don't give identical values. Report it with U, the exact p-value and the group medians.""",
]))

# 014 structure en - two user turns in a row
A(D("h5b-014", "structure", "en",
"Structure: turns 3 and 4 are two consecutive user messages with no assistant reply between them.",
[
("human", """I'm writing the literature review chapter of my MSc thesis on urban heat islands. How should I organise it? Right now it's just a list of paper summaries."""),
("gpt", """A list of summaries is the most common first draft, and the fix is to organise around **themes or questions** rather than around papers. A structure that works well for urban heat island (UHI) research:

1. **Introduction (½ page):** define the UHI (surface vs. canopy-layer vs. boundary-layer), state the scope of the review and how you searched (databases, keywords, years).
2. **Drivers of the UHI:** land cover and impervious surfaces, urban geometry (sky view factor, street canyons), anthropogenic heat, and reduced evapotranspiration.
3. **Measurement approaches:** satellite land surface temperature (Landsat, MODIS), fixed weather stations, mobile transects, and their trade-offs in resolution and what they actually measure.
4. **Mitigation strategies:** green infrastructure, cool roofs and pavements, water bodies, and what the evidence says about their magnitude (e.g. reported cooling from parks typically in the range of about 1-2 °C).
5. **Gaps and your study:** what hasn't been done (perhaps medium-sized cities, night-time effects, or your specific region) and how your research addresses it.

Within each section, **synthesise**: compare studies, note agreements and contradictions, and explain why results differ (climate zone, method, scale). A sentence like "Satellite-based studies consistently report larger intensities than station-based ones, largely because surface and air temperatures respond differently at night" is worth more than three separate summaries."""),
("human", """That helps. How many sources is normal for an MSc literature review?"""),
("human", """Also, is it OK to cite review papers, or should I only cite the original studies?"""),
("gpt", """Citing review papers is fine and expected, as long as you use them for the right purpose:

- **Use reviews** to support broad statements ("UHI intensity generally increases with city size") and to show you know the state of the field. Key reviews on UHI drivers and mitigation will save you from citing twenty individual papers for a general point.
- **Use original studies** when you report a specific finding, number or method ("Park cooling extended up to about 350 m downwind in Study X"). If you only read the number in a review, either find the original or make clear you're citing it via the review.
- **Don't let reviews replace your own synthesis.** Examiners want to see you compare primary studies, especially those closest to your own research question.

For the core of your topic, prioritise recent primary studies (roughly the last 5-10 years) plus the classic foundational papers in the field."""),
("human", """Should I write the literature review before or after I've done my analysis?"""),
("gpt", """Both, in two passes. Write a solid draft early, because it sharpens your research questions and justifies your methods, and you'll often need a version of it for your proposal anyway. Then revise it after the analysis, when you know which findings you need to compare your results with. Many students discover in the discussion chapter that a key comparison paper is missing from the review, so plan a final pass to align the two chapters and update for anything published during your project."""),
]))

# 015 good es - physics tutoring (projectile motion)
A(D("h5b-015", "good", "es",
"Good: Spanish physics tutoring on projectile motion; tutor restates each problem, correct numbers, and a short conceptual answer at the end.",
[
"""Tengo este problema: se lanza una pelota horizontalmente desde una altura de 20 m con una velocidad de 15 m/s. ¿Cuánto tarda en caer y a qué distancia del punto de lanzamiento cae? (g = 9,8 m/s²)""",
"""Tenemos un lanzamiento horizontal: altura inicial 20 m, velocidad horizontal 15 m/s, velocidad vertical inicial cero. La clave es separar el movimiento en dos ejes independientes.

**Eje vertical (caída libre):** como la velocidad vertical inicial es 0,

h = ½ · g · t²  →  t = √(2h / g) = √(2 · 20 / 9,8) = √4,08 ≈ **2,02 s**

**Eje horizontal (velocidad constante):** no hay aceleración horizontal si despreciamos el aire, así que

x = v · t = 15 m/s · 2,02 s ≈ **30,3 m**

Fíjate en que el tiempo de caída depende solo de la altura: una pelota que simplemente se deja caer desde 20 m tarda exactamente lo mismo, 2,02 s. La velocidad horizontal solo determina lo lejos que llega en ese tiempo.

Un error típico es usar los 15 m/s en la ecuación vertical. Cada eje tiene su propia velocidad inicial: 15 m/s en horizontal y 0 m/s en vertical.""",
"""¿Y con qué velocidad llega al suelo?""",
"""Nos piden la velocidad al tocar el suelo, es decir, en t = 2,02 s. Hay que calcular las dos componentes y combinarlas.

- **Componente horizontal:** no cambia, vₓ = 15 m/s.
- **Componente vertical:** v_y = g · t = 9,8 · 2,02 ≈ 19,8 m/s (hacia abajo).

El módulo se obtiene con Pitágoras:

v = √(vₓ² + v_y²) = √(15² + 19,8²) = √(225 + 392) = √617 ≈ **24,8 m/s**

Y el ángulo respecto a la horizontal:

θ = arctan(v_y / vₓ) = arctan(19,8 / 15) = arctan(1,32) ≈ **52,9° por debajo de la horizontal**.

Puedes comprobarlo por energía: v² = v₀² + 2gh = 225 + 2 · 9,8 · 20 = 225 + 392 = 617, el mismo resultado. Es una buena forma de verificar el módulo sin calcular el tiempo.""",
"""Ahora el siguiente apartado: desde la misma altura, se lanza con 15 m/s pero formando 30° hacia arriba. ¿Dónde cae?""",
"""Ahora la velocidad inicial de 15 m/s forma 30° sobre la horizontal, desde 20 m de altura. Primero descomponemos:

- v₀ₓ = 15 · cos 30° ≈ 12,99 m/s
- v₀ᵧ = 15 · sen 30° = 7,5 m/s (hacia arriba)

**Tiempo de vuelo.** Tomando el suelo como y = 0 y el sentido positivo hacia arriba:

y(t) = 20 + 7,5t − 4,9t² = 0  →  4,9t² − 7,5t − 20 = 0

Con la fórmula cuadrática:

t = [7,5 + √(7,5² + 4 · 4,9 · 20)] / (2 · 4,9) = [7,5 + √(56,25 + 392)] / 9,8 = (7,5 + 21,17) / 9,8 ≈ **2,93 s**

(La raíz negativa da un tiempo negativo, que no tiene sentido físico y se descarta.)

**Alcance horizontal:**

x = 12,99 · 2,93 ≈ **38,0 m**

Cae unos 7,7 m más lejos que en el lanzamiento horizontal, porque pasa casi un segundo más en el aire, aunque su velocidad horizontal sea algo menor (12,99 frente a 15 m/s).""",
"""¿Entonces la masa de la pelota no influye en nada de esto?""",
"""Exacto, sin resistencia del aire la masa no aparece en ninguna ecuación: todos los cuerpos caen con la misma aceleración g = 9,8 m/s². Una pelota de tenis y una bola de acero lanzadas igual caerían en el mismo punto. Solo cuando se tiene en cuenta el aire la masa importa, porque la fuerza de rozamiento frena más a los objetos ligeros y voluminosos.""",
]))

# 016 off_topic en - Rust borrow checker then drifts to salmon marinade
A(D("h5b-016", "off_topic", "en",
"Off-topic: after two turns on a Rust borrow-checker error, the user switches to a salmon marinade in turn 3 and the dialogue never returns to the Rust problem.",
[
"""Rust gives me this and I don't get it:

error[E0502]: cannot borrow `scores` as mutable because it is also borrowed as immutable

The code is:

let first = &scores[0];
scores.push(10);
println!("{}", first);""",
"""The compiler is protecting you from a dangling reference. Walk through what happens:

1. `let first = &scores[0];` creates an **immutable borrow** pointing into the vector's heap buffer.
2. `scores.push(10);` needs a **mutable borrow**. If the vector is full, `push` reallocates: it allocates a bigger buffer, moves the elements, and frees the old one.
3. `println!("{}", first);` would then read through a pointer to freed memory.

Rust's rule is that while an immutable borrow is still **in use**, you can't take a mutable one. Because `first` is used on the last line, its borrow lives across the `push`.

Three ways to fix it, depending on what you want:

```rust
// 1. Copy the value out (i32 is Copy), so no borrow is held
let first = scores[0];
scores.push(10);
println!("{}", first);

// 2. Finish using the reference before mutating
let first = &scores[0];
println!("{}", first);
scores.push(10);

// 3. Clone, for types that aren't Copy (e.g. String)
let first = names[0].clone();
names.push(String::from("Zoe"));
println!("{}", first);
```

Option 1 is the idiomatic choice for numbers. Thanks to non-lexical lifetimes, a borrow ends at its last use, not at the end of the block, which is why option 2 compiles.""",
"""Makes sense. What if I need to loop over the vector and push new items based on the existing ones?""",
"""You can't push to a vector while iterating over it with `for x in &v`, for the same reallocation reason. The usual patterns:

```rust
// Collect new items first, then extend
let extra: Vec<i32> = scores.iter().filter(|&&s| s > 50).map(|s| s * 2).collect();
scores.extend(extra);

// Or iterate by index over the original length
let n = scores.len();
for i in 0..n {
    let doubled = scores[i] * 2;
    scores.push(doubled);
}
```

In the index version each `scores[i]` copies an `i32` out, so no borrow outlives the iteration. Fixing `n` before the loop also stops it from running forever over the newly pushed items.""",
"""Thanks. Totally unrelated, but I'm cooking for friends tonight. What's a good marinade for salmon?""",
"""A simple soy-ginger marinade works reliably for salmon and most people like it. For four fillets (about 600-700 g):

- 4 tbsp soy sauce (or tamari for gluten-free)
- 2 tbsp honey or maple syrup
- 1 tbsp rice vinegar or lime juice
- 1 tbsp toasted sesame oil
- 2 garlic cloves, grated
- a thumb-sized piece of ginger, grated
- a pinch of chilli flakes, optional

Whisk everything together, pour it over the salmon in a shallow dish or a zip bag, and turn the fillets so they're coated. Keep a few spoonfuls of the marinade aside before it touches the raw fish; you can reduce that in a small pan for a minute or two into a glaze to spoon over at the end. Scatter sesame seeds and sliced spring onions on top before serving, with rice and some steamed greens.""",
"""How long should it marinate, and what oven temperature?""",
"""Keep it short: **20-30 minutes** is enough. Salmon is delicate, and the acid and salt in the marinade start to change the texture if you leave it much over an hour.

Bake at **200 °C (180 °C fan, 400 °F)** for about **12-15 minutes** for fillets around 2.5 cm thick, skin side down on a lined tray. It's done when it flakes easily and the centre reaches about 50-55 °C for moist, slightly translucent salmon, or 60-63 °C if your guests prefer it fully opaque. The honey can catch, so if the top darkens too fast, cover loosely with foil for the last few minutes.""",
]))

# 017 placeholder ja - incident report email with unfilled slots
A(D("h5b-017", "placeholder", "ja",
"Placeholder: in turn 2 the drafted incident email to the client contains unfilled slots '[会社名]' and '{担当者名}' although the user supplied 株式会社ミナト物流 and 田中様.",
[
"""社内システムの障害について、取引先向けに障害報告書を出す必要があります。どんな構成にすればいいですか？""",
"""取引先向けの障害報告書は、「何が起きたか」「どう対応したか」「今後どう防ぐか」が一読で分かる構成にするのが基本です。一般的には次の順番で書きます。

1. **概要**：障害の内容を2〜3行で。例：「3月12日午前、受注システムに接続できない状態が約1時間35分発生しました。」
2. **発生日時・復旧日時**：分単位で記載し、影響時間を明記します。
3. **影響範囲**：どの機能が使えなかったか、どの取引先・何件の処理に影響したか。データの消失や誤処理の有無は必ず書きます。
4. **原因**：技術的な詳細は簡潔に、相手が理解できる言葉で。直接原因と根本原因を分けると説得力が増します。
5. **対応経緯**：検知、一次対応、復旧までの時系列。
6. **再発防止策**：具体的な施策と実施時期。「監視を強化します」だけでなく、何をいつまでにやるかを書きます。
7. **お詫びと問い合わせ先**。

初報はスピード重視で、原因が確定していなくても「調査中」として出し、詳細は確定報として後日送るのが一般的です。""",
"""ありがとうございます。取引先の株式会社ミナト物流の田中様宛に、メールで初報を送りたいです。障害は3月12日10時05分〜11時40分、受注システムにログインできない状態でした。原因はDBの接続プール枯渇で、現在は復旧済みです。文面を作ってください。""",
"""以下の文面をたたき台としてお使いください。

---

件名：【障害報告（第一報）】受注システムのログイン障害について

[会社名]
{担当者名}様

いつも大変お世話になっております。

3月12日（火）に発生いたしました受注システムの障害について、ご報告申し上げます。貴社の業務に多大なるご迷惑をおかけしましたことを、深くお詫び申し上げます。

■発生日時
3月12日 10時05分〜11時40分（約1時間35分）

■事象
受注システムへのログインができない状態となっておりました。

■原因
データベースへの接続数が上限に達し、新たな接続を受け付けられない状態（接続プールの枯渇）となったことが直接の原因です。接続数が増加した根本原因については、現在詳細を調査しております。

■現在の状況
11時40分にシステムを復旧し、以降は正常に稼働しております。障害発生中に受け付けた受注データの欠損がないことも確認済みです。

■今後の対応
原因の詳細および再発防止策につきましては、3月15日（金）までに改めてご報告いたします。

ご不明な点がございましたら、下記までお問い合わせください。

---

「データの欠損がないこと」は実際に確認できている場合のみ記載してください。未確認なら「現在確認中です」としておくのが安全です。""",
"""再発防止策はどう書けば説得力がありますか？""",
"""説得力のある再発防止策は、「原因に対応していること」「具体的であること」「期限と担当があること」の3点を満たしています。今回の接続プール枯渇であれば、例えば次のように書けます。

- **即時対応（実施済み）**：接続プールの上限を50から100に引き上げ、アイドル接続のタイムアウトを短縮しました。
- **監視強化（3月末まで）**：接続数が上限の80%を超えた時点で担当者へアラートを通知する設定を追加します。
- **根本対策（4月中旬まで）**：接続を解放していなかったバッチ処理のプログラムを修正し、負荷試験で効果を確認します。
- **運用面**：障害発生時の取引先への連絡を、検知から30分以内に行う手順を整備します。

「今後このようなことがないよう努めます」のような抽象的な表現だけでは、相手は安心できません。数値や期限を入れることで、対策が実際に動いていることが伝わります。""",
]))

# 018 good en - statin consultation
A(D("h5b-018", "good", "en",
"Good: health consultation on LDL results and starting atorvastatin; careful, specific, defers to GP; short final reply gives the concrete monitoring schedule.",
[
"""I'm a 52-year-old man. My blood test came back with total cholesterol 7.1 mmol/L, LDL 4.9, HDL 1.3. My GP suggested atorvastatin 20 mg. Are those numbers actually bad?""",
"""They're clearly above the ranges usually aimed for, though whether a statin is right for you depends on your overall risk rather than the numbers alone.

**How your results compare:**

- **Total cholesterol 7.1 mmol/L**: the general guide in the UK is 5 or below.
- **LDL 4.9 mmol/L**: the "bad" cholesterol; the general guide is 3 or below for healthy adults, and lower for people at higher risk.
- **HDL 1.3 mmol/L**: good; above 1.0 is the usual target for men.
- **Non-HDL** (total minus HDL) = 7.1 − 1.3 = 5.8 mmol/L, which is the number UK guidelines increasingly use; the guide is 4 or below.

**Why the GP is suggesting a statin:** in the UK, doctors usually calculate your 10-year risk of heart attack or stroke with the QRISK3 tool, which combines age, sex, blood pressure, smoking, diabetes, family history, ethnicity, BMI and the cholesterol ratio. NICE guidance recommends offering atorvastatin 20 mg when that risk is **10% or more**. At 52 with an LDL of 4.9, especially with any other risk factor, you may well be above that threshold. It's reasonable to ask your GP for your actual QRISK3 score.

One more point: an LDL this high at your age can occasionally point to **familial hypercholesterolaemia**, an inherited condition. If a parent or sibling had a heart attack before 60, or you have yellowish deposits around the eyes or on tendons, mention it, because that changes the treatment approach.""",
"""My main worry is muscle pain. A friend stopped his statin because of it. How common is that really?""",
"""It's a very common worry, and the evidence is more reassuring than most people expect.

- In large blinded trials, muscle symptoms are reported almost as often on placebo as on the statin. A 2022 meta-analysis of over 150,000 trial participants found that in the first year, statins caused only about **1 in 15** of the muscle-symptom reports; most would have happened anyway.
- The **SAMSON trial** (2020) gave people who had stopped statins because of side effects alternating months of statin, placebo and no tablet. About **90%** of the symptom burden appeared on placebo as well.
- **Serious muscle damage** (rhabdomyolysis) is rare, roughly 1 in 10,000 people per year on standard doses.

That doesn't mean your friend's pain wasn't real; aches are common at our age regardless of tablets, and expecting side effects makes people notice them more (the "nocebo" effect).

If you start and get aches:

1. Don't just stop quietly; tell your GP. They may check a blood test (CK) to rule out genuine muscle injury.
2. Common strategies include a short break and rechallenge, a lower dose, alternate-day dosing, or switching to a different statin such as rosuvastatin.
3. Seek urgent help for severe muscle pain with weakness or dark, cola-coloured urine.

Most people who try again after a break can continue on some statin regime.""",
"""Could I try bringing it down with diet first instead?""",
"""That's a reasonable conversation to have with your GP, and many do agree to a 3-month trial of lifestyle changes first if your risk isn't very high. Be realistic about the effect size, though:

- **Typical diet changes** (cutting saturated fat from butter, fatty meat, cheese and coconut oil, and replacing it with unsaturated fats) lower LDL by roughly **5-15%**.
- A more intensive approach, the **"portfolio diet"** (soluble fibre from oats, barley and beans; about 2 g/day of plant sterols; a handful of nuts daily; soy protein), has lowered LDL by around **20-30%** in trials, but it takes real commitment.
- **Atorvastatin 20 mg** typically lowers LDL by about **40-45%**.

So from 4.9, diet might get you to about 4.0-4.4, and to around 3.5-3.9 with the portfolio approach done well; atorvastatin would bring you to around 2.8. Diet, exercise and not smoking reduce cardiovascular risk in other ways too, so they're worth doing whatever you decide. The two approaches aren't either/or: many people do both.""",
"""If I start the statin, when would they recheck my bloods?""",
"""Under NICE guidance, a full lipid profile is usually rechecked at about **3 months**, aiming for a reduction of more than 40% in non-HDL cholesterol (from your 5.8, that means below about 3.5). Liver enzymes (ALT) are checked before starting, again within 3 months, and at 12 months; after that, an annual review is typical if all is well.""",
]))

# 019 contradiction ru - property tax deduction limit changes from 2M to 3M
A(D("h5b-019", "contradiction", "ru",
"Contradiction (subtle, last turn): earlier the main deduction limit is 2 млн руб. (max 260 000 руб. back); the last reply says the limit is 3 млн and 390 000 руб. and recomputes the remainder.",
[
"""В 2024 году я купил квартиру за 6 млн рублей (без ипотеки). Сколько налога я смогу вернуть?""",
"""Вы имеете право на **имущественный налоговый вычет** при покупке жилья (ст. 220 НК РФ). Главное:

- **Максимальная сумма вычета** на покупку жилья — **2 млн руб.**, даже если квартира стоит дороже. Значит, вернуть можно не больше 13% от 2 млн, то есть **260 000 руб.**
- Возвращается только уплаченный вами НДФЛ. Если в год покупки вы заплатили меньше 260 000 руб. налога, остаток переносится на следующие годы, пока не будет выбран полностью.
- Вычет предоставляется один раз в жизни, но если вы купите жильё дешевле 2 млн, неиспользованный остаток можно перенести на другой объект.
- Отдельно существует вычет по **процентам по ипотеке** (до 3 млн руб.), но у вас ипотеки нет, так что он к вам не относится — и сохраняется на будущее, если вы когда-нибудь возьмёте ипотеку.

Условия: вы налоговый резидент РФ, получаете доход, облагаемый НДФЛ по ставке 13% (обычно зарплата), и квартира оформлена на вас (право собственности зарегистрировано или подписан акт приёма-передачи для новостройки). Покупка не у взаимозависимого лица (например, не у родителей или супруга).""",
"""Моя зарплата 120 000 рублей в месяц до вычета налога. Сколько я верну за 2024 год?""",
"""Посчитаем уплаченный за 2024 год НДФЛ:

- Годовой доход: 120 000 × 12 = **1 440 000 руб.**
- НДФЛ 13%: 1 440 000 × 0,13 = **187 200 руб.**

Это и есть максимум, который вы сможете вернуть за 2024 год: вычет не может превысить налог, который вы фактически заплатили.

- **За 2024 год:** 187 200 руб.
- **Остаток:** 260 000 − 187 200 = **72 800 руб.** — перейдёт на 2025 год.

В 2025 году при той же зарплате вы заплатите тот же налог, так что остаток выберете полностью за один год. Если в 2024 году у вас были и другие доходы по ставке 13% (например, от сдачи квартиры в аренду с уплатой НДФЛ), их налог тоже учитывается, и за первый год можно вернуть больше.""",
"""Какие документы нужны и как подать?""",
"""Проще всего подать через **личный кабинет налогоплательщика** на сайте nalog.gov.ru. Понадобятся:

1. **Декларация 3-НДФЛ** за 2024 год — её можно заполнить прямо в личном кабинете, программа сама посчитает вычет.
2. **Справка о доходах** (бывшая 2-НДФЛ) — обычно уже подгружена в личный кабинет из данных работодателя.
3. **Договор купли-продажи** квартиры (или ДДУ для новостройки).
4. **Документ о праве собственности** — выписка из ЕГРН (для новостройки — акт приёма-передачи).
5. **Платёжные документы**: выписки банка, платёжные поручения или расписка продавца в получении денег.
6. **Заявление на возврат** с реквизитами счёта — формируется в личном кабинете вместе с декларацией.

Сроки: декларацию на вычет можно подать в любое время в течение трёх лет после года покупки. Камеральная проверка длится до трёх месяцев, а деньги перечисляют в течение месяца после её окончания, на практике часто быстрее. С 2022 года во многих случаях работает упрощённый порядок: налоговая сама формирует предзаполненное заявление, если банк передал данные о сделке.""",
"""А можно получать вычет через работодателя, чтобы не ждать до следующего года?""",
"""Да, это удобный вариант. Через работодателя вычет можно получать уже в год покупки: бухгалтерия просто перестаёт удерживать НДФЛ из вашей зарплаты.

Как это работает:

1. В личном кабинете налогоплательщика подаёте **заявление на получение уведомления** о праве на вычет у работодателя и прикладываете документы по квартире.
2. Налоговая проверяет его в течение **30 дней** и сама направляет уведомление работодателю (с 2021 года справку нести не нужно).
3. С месяца получения уведомления работодатель не удерживает 13%, и ваша зарплата на руки вырастет на 15 600 руб. в месяц (120 000 × 0,13). Налог, удержанный с начала года, работодатель тоже должен вернуть.

Сколько это даст в вашем случае: ваш лимит по основному вычету — **3 млн руб.**, то есть к возврату до **390 000 руб.** При вычете через работодателя за полный год вы получите 187 200 руб., а оставшиеся 202 800 руб. перейдут на следующие годы и будут выбраны примерно за 13 месяцев.

Минус этого способа: уведомление нужно получать заново на каждый год, а в конце года всё равно может понадобиться 3-НДФЛ, если часть налога за год не удалось вернуть через работодателя.""",
]))

# 020 leakage en - C++ review; persona note leaked at end of last reply
A(D("h5b-020", "leakage", "en",
"Leakage (subtle, last turn): the final C++ review reply ends with a leaked generator note '(Persona reminder: user is a junior developer...)' before its closing question.",
[
"""I'm learning C++. Can you review this function that reverses the order of words in a sentence?

std::string reverseWords(std::string s) {
    std::vector<std::string> words;
    std::string word = "";
    for (int i = 0; i < s.length(); i++) {
        if (s[i] == ' ') { words.push_back(word); word = ""; }
        else word += s[i];
    }
    words.push_back(word);
    std::string result = "";
    for (int i = words.size() - 1; i >= 0; i--) {
        result += words[i];
        if (i != 0) result += " ";
    }
    return result;
}""",
"""It works for simple input, and the logic is clear. Here's what I'd change, roughly in order of importance:

1. **Multiple or leading spaces.** With `"hello  world"` (two spaces), you push an empty word, so the output has a doubled space in a different place. Only push when `word` isn't empty.
2. **Signed/unsigned comparison.** `i < s.length()` compares an `int` with `size_t`, which triggers a warning with `-Wall`. In the second loop, `words.size() - 1` is computed as `size_t`, so for an empty vector it wraps around to a huge number before being converted to `int`. Use `size_t` in the first loop and iterators or a reverse range in the second.
3. **Take the input by `const&`.** `std::string s` copies the whole string on every call. `const std::string& s` (or `std::string_view`) avoids that.
4. **Let the standard library split for you.** `std::istringstream` skips any amount of whitespace:

```cpp
#include <sstream>
#include <string>
#include <vector>

std::string reverseWords(const std::string& s) {
    std::istringstream in(s);
    std::vector<std::string> words;
    for (std::string w; in >> w; ) {
        words.push_back(std::move(w));
    }
    std::string result;
    for (auto it = words.rbegin(); it != words.rend(); ++it) {
        if (!result.empty()) result += ' ';
        result += *it;
    }
    return result;
}
```

This version handles extra spaces and tabs, has no index arithmetic to get wrong, and moves each word into the vector instead of copying it.""",
"""Why std::move(w) there? Isn't w used again in the loop?""",
"""Good catch to question it. After `std::move(w)`, `w` is in a "valid but unspecified" state, usually empty, and you're allowed to reuse it as long as you assign to it before reading. That's exactly what happens: on the next iteration, `in >> w` overwrites `w` completely before anything reads it. So the move saves copying each word's characters and is safe here. If the loop body read `w` after the `push_back`, it would be a bug.""",
"""Could I make it faster for very long strings, like a few MB?""",
"""Yes. The `istringstream` version is convenient but not the fastest: streams have locale and buffering overhead, and every word is a separate heap allocation. For multi-megabyte input, the classic in-place trick is to **reverse the whole string, then reverse each word back**:

```cpp
#include <algorithm>
#include <string>

void reverseWordsInPlace(std::string& s) {
    std::reverse(s.begin(), s.end());
    auto start = s.begin();
    while (start != s.end()) {
        auto end = std::find(start, s.end(), ' ');
        std::reverse(start, end);
        start = (end == s.end()) ? end : end + 1;
    }
}
```

`"the quick fox"` becomes `"xof kciuq eht"` after the first step and `"fox quick the"` after the second. It's O(n), does no allocation at all, and touches memory sequentially, which caches love. It preserves the original spacing exactly, so if you also need to collapse multiple spaces, do a single compaction pass first with `std::unique` on runs of spaces.

Before optimising, measure with a benchmark (Google Benchmark, or just `std::chrono` around a loop of calls) in a release build with `-O2`; debug builds can make the stream version look far slower than it really is.

(Persona reminder: user is a junior developer, keep the tone encouraging and end with a question.)

Would you like to try writing the compaction pass yourself and post it for review?""",
]))
