# Hand-written dialogues for part b (good, 001-006).

D = []

D.append(dict(
    id="j10b-001", label="good", language="en",
    note="Good: step-by-step debugging of a CrashLoopBackOff (OOMKilled), a relevant side question on requests vs limits, and monitoring advice; all specific and consistent.",
    turns=[
("h", "My pod keeps going into CrashLoopBackOff right after I deploy. It's a small Node.js API called orders-api, running in the shop namespace on a managed Kubernetes cluster. Where do I even start?"),
("g", """CrashLoopBackOff only means "the container keeps exiting and Kubernetes is waiting longer and longer before restarting it" (the back-off grows 10s, 20s, 40s... up to 5 minutes). The real cause is always somewhere else, so work through it in this order:

1. **See the status and restart count**
```bash
kubectl get pods -n shop -l app=orders-api
```

2. **Read the events and the last termination state**, using the pod name from step 1:
```bash
kubectl describe pod orders-api-7c9d6b5f4-kx2lp -n shop
```
Scroll to `Last State: Terminated` and look at `Reason` and `Exit Code`. Then check the `Events` section at the bottom for image pull errors, failed probes or scheduling problems.

3. **Read the logs of the crashed instance, not the new one**
```bash
kubectl logs orders-api-7c9d6b5f4-kx2lp -n shop --previous
```
Without `--previous` you often see an empty log, because the fresh container hasn't printed anything yet.

How to read the exit code:
- **1** - the app threw an unhandled error (missing env var, bad config, DB connection refused). The logs will usually show the stack trace.
- **137** - the process got SIGKILL, very often `Reason: OOMKilled`, i.e. it exceeded its memory limit.
- **127** - command not found: the `command`/`args` or the image's entrypoint points to something that doesn't exist.
- **143** - SIGTERM, often a liveness probe failing and Kubernetes restarting the container.

Tell me what `describe` shows for Last State and I can narrow it down."""),
("h", "describe shows 'Last State: Terminated, Reason: OOMKilled, Exit Code: 137'. The deployment has resources.limits.memory: 128Mi."),
("g", """That's the whole story: 128Mi is very tight for a Node.js process. The V8 runtime plus your dependencies can easily use 80-100 MiB before serving a single request, and the first burst of traffic pushes it over the limit, so the kernel kills it.

Two changes, made together:

**1. Give the container a realistic limit and a request**
```yaml
resources:
  requests:
    memory: "256Mi"
    cpu: "100m"
  limits:
    memory: "512Mi"
```

**2. Tell Node about the limit.** V8 sizes its heap from the machine's memory, not the container's, on older Node versions, and it doesn't leave room for buffers and native memory. Set the old-space size to roughly 70-75% of the limit:
```yaml
env:
  - name: NODE_OPTIONS
    value: "--max-old-space-size=384"
```
With that, V8 garbage-collects harder before it reaches the cgroup limit, and if you really have a leak you get a JavaScript "heap out of memory" error in the logs instead of a silent kill.

To see actual usage after the change (this needs metrics-server, which most managed clusters have):
```bash
kubectl top pod -n shop -l app=orders-api
```
If usage keeps climbing steadily over hours rather than leveling off, that points to a leak and raising the limit will only delay the crash."""),
("h", "Side question before I apply that: what's the actual difference between requests and limits? Does the request have anything to do with the OOMKill?"),
("g", """Good thing to get straight, because they do very different jobs.

**Requests** are what the scheduler uses. A pod with `requests.memory: 256Mi` is only placed on a node that has 256Mi unreserved. The request is a reservation, not a cap: the container can use more than its request.

**Limits** are enforced at runtime through cgroups:
- **Memory over the limit** - the kernel OOM-kills the container. That is what happened to you at 128Mi.
- **CPU over the limit** - the container is throttled (slowed down), never killed.

So your OOMKill came from the limit, not the request. The request matters in a second situation: when the whole **node** runs low on memory. Then the kubelet evicts pods, and it picks first the ones using the most memory above their request, with lower-priority QoS classes going first:
- **Guaranteed** - every container has requests equal to limits for both CPU and memory. Evicted last.
- **Burstable** - requests set but lower than limits (your new config). Middle.
- **BestEffort** - no requests or limits at all. Evicted first.

A node-pressure eviction shows up as `Reason: Evicted` on the pod, not `OOMKilled` on the container, which is how you tell the two apart."""),
("h", "OK, I set the limit to 512Mi and max-old-space-size=384. It's been running for an hour without restarts. Anything I should add so I catch this earlier next time?"),
("g", """Nice. A few cheap additions:

- **Alert on restarts.** With kube-state-metrics and Prometheus:
  ```
  increase(kube_pod_container_status_restarts_total[15m]) > 3
  ```
- **Alert on the reason itself:**
  ```
  kube_pod_container_status_last_terminated_reason{reason="OOMKilled"} == 1
  ```
- **Watch memory against the limit.** Graph `container_memory_working_set_bytes` for the container and alert when it stays above about 90% of 512Mi for 10 minutes. Working set is the number the OOM killer effectively cares about.
- **Add a readiness probe** on a cheap `/healthz` endpoint so traffic only reaches pods that are up, and keep any liveness probe lenient (for example `failureThreshold: 3`, `periodSeconds: 10`) so a slow GC pause doesn't get the container killed.

That combination tells you about a creeping leak days before it turns into another crash loop."""),
]))

D.append(dict(
    id="j10b-002", label="good", language="en",
    note="Good: async forEach bug explained and fixed, then allSettled, a hand-rolled concurrency limit and float rounding; code is correct and each turn builds on the last.",
    turns=[
("h", """This function should return the total of all order amounts from our API, but it always logs 0. What's wrong?

```js
async function getTotal(ids) {
  let total = 0;
  ids.forEach(async (id) => {
    const res = await fetch(`/api/orders/${id}`);
    const order = await res.json();
    total += order.amount;
  });
  console.log(total);
  return total;
}
```"""),
("g", """The problem is `forEach` with an `async` callback. `forEach` calls your callback for each id, gets a Promise back each time, and throws it away: it never waits for any of them. So the sequence is:

1. All the `fetch` calls are started.
2. `forEach` returns immediately.
3. `console.log(total)` runs while `total` is still `0`.
4. Later, the fetches resolve and `total` is updated, but nobody is looking anymore.

Two correct versions:

**Sequential** (simple, one request at a time):
```js
async function getTotal(ids) {
  let total = 0;
  for (const id of ids) {
    const res = await fetch(`/api/orders/${id}`);
    const order = await res.json();
    total += order.amount;
  }
  return total;
}
```

**Parallel** (all requests at once, usually much faster):
```js
async function getTotal(ids) {
  const orders = await Promise.all(
    ids.map(async (id) => {
      const res = await fetch(`/api/orders/${id}`);
      return res.json();
    })
  );
  return orders.reduce((sum, o) => sum + o.amount, 0);
}
```

The key difference is that `map` gives you the array of Promises, and `Promise.all` lets you actually `await` them. Remember that callers also need to `await getTotal(ids)`."""),
("h", "The Promise.all version works. But if one of the 200 requests fails, the whole thing rejects. Can I keep the successful ones?"),
("g", """Yes, use `Promise.allSettled`. It waits for every promise and never rejects; each result is `{ status: "fulfilled", value }` or `{ status: "rejected", reason }`.

One catch: `fetch` only rejects on network errors. A 404 or 500 still resolves, so check `res.ok` yourself or those failures will slip through as broken JSON.

```js
async function getTotal(ids) {
  const results = await Promise.allSettled(
    ids.map(async (id) => {
      const res = await fetch(`/api/orders/${id}`);
      if (!res.ok) throw new Error(`order ${id}: HTTP ${res.status}`);
      return res.json();
    })
  );

  const failed = results.filter((r) => r.status === "rejected");
  if (failed.length) {
    console.warn(`${failed.length} orders failed`, failed.map((r) => r.reason.message));
  }

  return results
    .filter((r) => r.status === "fulfilled")
    .reduce((sum, r) => sum + r.value.amount, 0);
}
```

Decide whether a partial total is acceptable for your use case; for a dashboard it usually is, for an invoice it usually isn't."""),
("h", "Another problem: firing 200 requests at once gets me HTTP 429 from the server. How do I limit it to about 5 at a time without pulling in a library?"),
("g", """A small worker pool does it. You start N "workers" that each pull the next index from a shared counter until the list is empty. Because JavaScript runs your code on one thread, `next++` can't be raced.

```js
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;

  async function worker() {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = { status: "fulfilled", value: await fn(items[i]) };
      } catch (err) {
        results[i] = { status: "rejected", reason: err };
      }
    }
  }

  const workers = Array.from({ length: Math.min(limit, items.length) }, worker);
  await Promise.all(workers);
  return results;
}

async function fetchOrder(id) {
  const res = await fetch(`/api/orders/${id}`);
  if (!res.ok) throw new Error(`order ${id}: HTTP ${res.status}`);
  return res.json();
}

const results = await mapLimit(ids, 5, fetchOrder);
```

The results come back in the same shape as `allSettled`, and in the original order, so the summing code from before works unchanged. If you still see 429s at 5, look for a `Retry-After` header on the response and wait that long before retrying the failed ids."""),
("h", "Works great. Last thing: the total shows as 1234.5600000000002. How do I fix that?"),
("g", """That's binary floating point: numbers like 0.1 or 0.56 can't be stored exactly, and the tiny errors add up over 200 additions.

Best fix: do the arithmetic in integer cents.
```js
const cents = orders.reduce((sum, o) => sum + Math.round(o.amount * 100), 0);
const total = cents / 100;
```

And format only for display:
```js
new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(total);
// "$1,234.56"
```

If the API can send amounts in cents already, even better: then you never touch fractional numbers at all."""),
]))

D.append(dict(
    id="j10b-003", label="good", language="en",
    note="Good: linear algebra homework; eigenvalues, diagonalisation and A^5 computed correctly with checks; sideways question about trace = sum of eigenvalues still serves the goal.",
    turns=[
("h", "Homework question: find the eigenvalues and eigenvectors of A = [[4, 1], [2, 3]]. I keep getting messy numbers."),
("g", """This one actually comes out clean, so let's go step by step.

**1. Characteristic polynomial**

det(A - λI) = (4 - λ)(3 - λ) - (1)(2)
= 12 - 7λ + λ² - 2
= λ² - 7λ + 10
= (λ - 5)(λ - 2)

So the eigenvalues are **λ₁ = 5** and **λ₂ = 2**.

**2. Eigenvector for λ = 5**

A - 5I = [[-1, 1], [2, -2]]. The first row gives -x + y = 0, so y = x. Take **v₁ = (1, 1)**.
Check: A(1, 1) = (4 + 1, 2 + 3) = (5, 5) = 5·(1, 1). ✓

**3. Eigenvector for λ = 2**

A - 2I = [[2, 1], [2, 1]]. Both rows say 2x + y = 0, so y = -2x. Take **v₂ = (1, -2)**.
Check: A(1, -2) = (4 - 2, 2 - 6) = (2, -4) = 2·(1, -2). ✓

A common source of messy numbers is expanding (4 - λ)(3 - λ) and forgetting to subtract the off-diagonal product 1·2, which gives λ² - 7λ + 12 instead and no nice roots. Any nonzero multiple of each vector is also correct, e.g. (2, 2) or (-1, 2)."""),
("h", "Part (b): diagonalize it, i.e. find P and D with A = P D P⁻¹."),
("g", """Put the eigenvectors in the columns of P, in the same order as the eigenvalues on the diagonal of D:

P = [[1, 1], [1, -2]], D = [[5, 0], [0, 2]]

**Inverse of P.** det P = (1)(-2) - (1)(1) = -3, so

P⁻¹ = (1/-3)·[[-2, -1], [-1, 1]] = [[2/3, 1/3], [1/3, -1/3]]

**Check** that P D P⁻¹ really gives A:
- P D = [[5, 2], [5, -4]]
- Row 1 times P⁻¹: (5·2/3 + 2·1/3, 5·1/3 + 2·(-1/3)) = (4, 1)
- Row 2 times P⁻¹: (5·2/3 - 4·1/3, 5·1/3 + 4/3) = (2, 3)

That's [[4, 1], [2, 3]] = A. ✓

If your grader wants a different order, e.g. D = diag(2, 5), just swap the columns of P as well."""),
("h", "Part (c) asks for A⁵. Is there a shortcut or do I multiply five times?"),
("g", """The shortcut is exactly why you diagonalized: A⁵ = P D⁵ P⁻¹, because all the inner P⁻¹P pairs cancel. And powers of a diagonal matrix are just powers of the diagonal entries.

D⁵ = diag(5⁵, 2⁵) = diag(3125, 32)

P D⁵ = [[3125, 32], [3125, -64]]

Now multiply by P⁻¹ = [[2/3, 1/3], [1/3, -1/3]]:
- Entry (1,1): (3125·2 + 32)/3 = 6282/3 = 2094
- Entry (1,2): (3125 - 32)/3 = 3093/3 = 1031
- Entry (2,1): (3125·2 - 64)/3 = 6186/3 = 2062
- Entry (2,2): (3125 + 64)/3 = 3189/3 = 1063

**A⁵ = [[2094, 1031], [2062, 1063]]**

Two quick sanity checks:
- trace = 2094 + 1063 = 3157 = 3125 + 32 ✓
- det = 2094·1063 - 1031·2062 = 2,225,922 - 2,125,922 = 100,000 = (5·2)⁵ ✓"""),
("h", "You used the trace as a check. My TA also said the trace equals the sum of the eigenvalues. Why is that true?"),
("g", """For a 2×2 matrix [[a, b], [c, d]] you can see it directly from the characteristic polynomial:

det(A - λI) = (a - λ)(d - λ) - bc = λ² - (a + d)λ + (ad - bc)

So the polynomial is λ² - (tr A)λ + det A. If its roots are λ₁ and λ₂, it also factors as (λ - λ₁)(λ - λ₂) = λ² - (λ₁ + λ₂)λ + λ₁λ₂. Comparing coefficients:

- λ₁ + λ₂ = tr A
- λ₁ λ₂ = det A

For your matrix: 5 + 2 = 7 = 4 + 3, and 5 · 2 = 10 = 4·3 - 1·2. ✓

The same holds for n×n matrices: the coefficient of λⁿ⁻¹ in det(A - λI) is (-1)ⁿ⁻¹·tr A, and the constant term is det A, so the trace is the sum and the determinant the product of all n eigenvalues (counted with multiplicity, complex ones included). That's why it's such a handy check in exams: it costs ten seconds and catches most arithmetic slips."""),
]))

D.append(dict(
    id="j10b-004", label="good", language="zh",
    note="Good: practical, correct guidance for a newly diagnosed type 2 diabetic parent: glucose targets, metformin side effects, diet and hypoglycaemia handling, with concrete numbers.",
    turns=[
("h", "我爸刚被诊断为2型糖尿病，医生开了二甲双胍，还让他在家自己测血糖。应该什么时候测？正常范围是多少？"),
("g", """刚开始在家监测，最重要的是测对时间、记好数据，复诊时给医生看。

**什么时候测**
- **空腹血糖**：早上起床后、吃早饭和服药之前测，前一晚到测量时至少8小时没有进食。
- **餐后2小时血糖**：从吃第一口饭开始计时，满2小时测。注意不是吃完饭再算。
- 有头晕、心慌、出冷汗等不舒服时，随时加测。

**频率建议**
- 刚开始用药的前1～2周：每周选2～3天，测空腹加三餐后2小时，了解一天的波动规律。
- 血糖稳定后：每周测2～3次空腹或餐后即可，具体听医生安排。

**参考控制目标**（根据《中国2型糖尿病防治指南》，适用于大多数成年患者）
- 空腹血糖：4.4～7.0 mmol/L
- 非空腹（含餐后2小时）血糖：低于10.0 mmol/L
- 糖化血红蛋白（HbA1c）：一般低于7%，这个需要去医院抽血，通常每3个月查一次

老年人或有心脑血管病的患者，医生可能会把目标放宽一些，以医生给的个人目标为准。

**小建议**：准备一个本子或用手机App，记录日期、时间、数值，以及当餐吃了什么、有没有运动。这样医生调药时依据会充分很多。"""),
("h", "二甲双胍有什么副作用？他吃了以后总说肚子不舒服。"),
("g", """肚子不舒服是二甲双胍最常见的副作用，很多人刚开始吃都会有，一般不用太担心。

**常见的胃肠道反应**：腹胀、腹泻、恶心、食欲下降、嘴里有金属味。通常在开始服药或加量后出现，多数人几周内会逐渐减轻。

**可以这样缓解**
1. **随餐或饭后马上吃**，不要空腹服用。
2. **从小剂量开始，慢慢加量**：比如医生常会从每天500毫克起步，1～2周后再加。如果一开始剂量较大，可以问问医生能否先减量。
3. **换缓释片**：二甲双胍缓释片每天一次，胃肠道反应通常比普通片轻。

**其他需要知道的**
- 单独使用二甲双胍一般不会引起低血糖。
- 长期服用可能导致维生素B12偏低，可以请医生定期查一下。
- 肾功能明显不好的人不能用（eGFR低于30时禁用），做增强CT等需要打造影剂的检查前后，要按医生要求暂停。
- 很罕见但严重的是乳酸酸中毒，如果出现明显乏力、呼吸急促、肌肉疼痛，要及时就医。

**不要自己停药**。如果调整服药时间两三周后还是很难受，请带着血糖记录去找医生，医生可以调整剂量或换药。"""),
("h", "饮食上有什么具体建议？他特别爱吃米饭和面条，让他戒掉很难。"),
("g", """不需要戒掉主食，关键是控制量、调整种类和吃的顺序。

**1. 用"餐盘法"控制比例**
一个普通餐盘：一半放非淀粉类蔬菜（青菜、西兰花、黄瓜、菌菇），四分之一放优质蛋白（鱼、鸡肉、豆腐、鸡蛋），四分之一放主食。

**2. 主食定量**
每餐熟米饭大约一个拳头大小，约100～150克。可以用固定的小碗盛饭，时间长了就习惯了。

**3. 粗细搭配**
白米里掺三分之一左右的糙米、燕麦米或杂豆；面条可以选荞麦面或全麦面。这类主食消化慢，餐后血糖上升平缓。

**4. 注意烹调方式**
- 面条和米饭煮得越软烂，升糖越快。面条煮到稍有嚼劲就好。
- 白粥升糖很快，尽量少喝，早餐可以换成燕麦或杂粮粥搭配鸡蛋。

**5. 调整进餐顺序**
先吃蔬菜，再吃肉蛋豆腐，最后吃主食。研究表明这样能降低餐后血糖峰值。

**6. 饭后活动**
饭后休息一会儿，再散步15～30分钟，对控制餐后血糖很有帮助。

可以配合测餐后2小时血糖来"试吃"：同样一碗面，换一种吃法后血糖高不高，一测就知道，比单纯说教更容易让老人接受。"""),
("h", "如果测出来血糖太低，低于多少需要处理？怎么处理？"),
("g", """血糖**低于3.9 mmol/L**就算低血糖，需要马上处理。单独吃二甲双胍很少出现，但如果不吃饭、大量运动或以后加了别的降糖药，就可能发生。

**处理方法（"15-15"原则）**
1. 立刻吃约15克快速吸收的糖，例如：150毫升左右的果汁或含糖饮料，或3～4片葡萄糖片，或一大勺白糖/蜂蜜冲水。巧克力、饼干含脂肪，升糖慢，不适合急救。
2. 等15分钟后再测血糖。
3. 如果还低于3.9，再吃15克，重复一次。
4. 血糖恢复后，如果离下一顿饭还有1小时以上，吃点含淀粉的食物，比如一片面包或几块饼干，防止再次降低。

**紧急情况**：如果他意识不清、叫不醒或抽搐，**不要往嘴里喂东西**，以免呛到，马上拨打120。

建议家里和他的外出包里常备葡萄糖片或一小盒果汁，并把每次低血糖的时间和原因记下来告诉医生。"""),
]))

D.append(dict(
    id="j10b-005", label="good", language="en",
    note="Good: beginner observing Saturn with a 1200 mm Dobsonian; magnification math correct, practical finding tips, collimation side question, seeing explained, target list.",
    turns=[
("h", "I just got a 6-inch Dobsonian with a 1200 mm focal length. It came with 25 mm and 10 mm eyepieces. I want to see Saturn's rings this week. What magnification will I get, and is it enough?"),
("g", """Magnification is just telescope focal length divided by eyepiece focal length:

- 25 mm: 1200 / 25 = **48x**
- 10 mm: 1200 / 10 = **120x**

That's plenty for the rings. They're already visible as a separate ring around the ball of the planet at around 30-40x, so at 48x you'll see them as a small but unmistakable shape, and at 120x they'll be clearly detached from the globe with a visible gap of black sky between them. On a steady night you may also pick out the Cassini Division, the dark line in the rings, and Saturn's largest moon Titan as a faint star nearby.

For reference, the theoretical maximum for a 150 mm aperture is about 300x (2x per millimetre), but in practice the atmosphere usually limits you to around 150-200x. A 6 mm eyepiece (200x) is a useful later purchase for planets, but start with what you have.

Two tips for a good first view:
1. **Let the scope cool** outside for 30-45 minutes before observing. A warm mirror creates air currents inside the tube that blur the image.
2. **Find Saturn with the 25 mm first**, centre it, then switch to the 10 mm."""),
("h", "How do I actually find it? I don't really know the sky."),
("g", """The easy way:

1. **Use a planetarium app** such as Stellarium (free) or SkySafari. Set your location and the date and time you plan to observe, and it will show where Saturn is and how high it gets.
2. **Look for a steady, slightly yellowish "star"** in that part of the sky. Planets don't twinkle as much as stars, and Saturn is brighter than most stars around it.
3. **Align your finder during the day.** Point the telescope with the 25 mm at a distant chimney or treetop (never near the Sun), then adjust the red-dot finder until its dot sits on the same object. Doing this in daylight saves a lot of frustration at night.
4. **At night**, put the red dot on Saturn, look through the 25 mm, and nudge the tube slowly. A Dobsonian moves in altitude and azimuth, so just push it up/down and left/right.

Remember the view moves: at 120x Saturn drifts across the field in about a minute, so you'll be nudging it regularly."""),
("h", "Side question: the manual keeps mentioning collimation. Do I need to deal with that before I look at Saturn?"),
("g", """Worth a quick check, but don't let it stop you. Collimation means aligning the two mirrors so they share the same optical axis. Newtonians can get knocked out of alignment during shipping.

Good news: your scope is f/8 (1200 / 150), which is quite forgiving. A slightly off collimation is hard to notice at f/8, whereas fast f/4 scopes are very sensitive.

**Quick check (2 minutes)**
1. Remove the eyepiece and look down the focuser, ideally through a collimation cap or a film canister with a small hole in the centre.
2. You should see the small secondary mirror centred in the focuser, the reflection of the primary mirror centred in the secondary, and the dark shadow of the secondary roughly centred in that reflection.

**Star test**
Point at a bright star, use the 10 mm and defocus slightly. The out-of-focus disc should show concentric rings with the dark centre spot in the middle. If the spot is clearly off-centre, adjust the primary mirror's collimation screws in small steps.

If both look roughly right, go observe. You can fine-tune later."""),
("h", "I saw it! The rings were clear but the planet looked wobbly, like it was boiling. Is something wrong with my telescope?"),
("g", """Congratulations! And no, that's almost certainly the atmosphere, which astronomers call **seeing**. Turbulent layers of air at different temperatures bend the light slightly, so the image shimmers and boils. It's worse at higher magnification, which is why the 120x view suffers more than the 48x.

Things that make it better:
- **Observe when Saturn is highest.** Near the horizon you're looking through much more air.
- **Avoid looking over roofs, roads or car parks**, which radiate the day's heat for hours.
- **Make sure the scope has cooled**, otherwise part of the boiling happens inside the tube.
- **Wait for moments of calm.** Seeing changes second by second; experienced observers keep watching and catch the brief sharp moments.
- **Try another night.** Sometimes the jet stream overhead makes everything mushy regardless of what you do.

If stars look like clean points at low power but planets boil at high power, the telescope is fine."""),
("h", "What other targets would you recommend for a beginner with this scope?"),
("g", """A 6-inch Dobsonian shows a lot. A starter list:

- **The Moon**: best along the terminator (the line between day and night), where craters cast long shadows. Avoid full moon; first and last quarter are great.
- **Jupiter**: cloud belts, and its four large moons changing position night to night.
- **Orion Nebula (M42)**: in winter evening skies, a glowing gas cloud with four young stars (the Trapezium) at its heart.
- **Pleiades (M45)**: a bright star cluster. At 48x it overflows the field a bit; a longer eyepiece frames it better.
- **Andromeda Galaxy (M31)**: a fuzzy oval glow, best from a dark site in autumn.
- **Albireo**: a double star, gold and blue, in summer and autumn.
- **Hercules Cluster (M13)**: a globular cluster of hundreds of thousands of stars; at 120x the edges start to resolve.
- **Ring Nebula (M57)**: a small smoke ring near Vega, use the 10 mm.

A star atlas like "Turn Left at Orion" is written exactly for scopes like yours and is a great companion."""),
]))

D.append(dict(
    id="j10b-006", label="good", language="en",
    note="Good: 401(k) match, Roth vs traditional, 2024 limits and a concrete $600/month split; numbers are correct and consistent across turns.",
    turns=[
("h", "I'm 32, make $85,000, and my employer matches 50% of my 401(k) contributions up to 6% of salary. I currently contribute 3%. Should I increase it?"),
("g", """Yes, almost certainly at least to 6%, because right now you're leaving free money on the table.

**What you get now (3%)**
- You contribute: 3% × $85,000 = $2,550
- Employer match: 50% of that = $1,275

**At 6%**
- You contribute: 6% × $85,000 = $5,100
- Employer match: 50% of that = $2,550

So raising to 6% gets you an extra **$1,275 a year** from your employer, an instant 50% return on the extra $2,550 you put in. Contributing above 6% earns no additional match, so 6% is the natural first target.

**What that's worth over time**: $1,275 a year invested for 30 years at a 7% average return grows to about $120,000. That's only the extra match, not your own money.

**How it feels in your paycheck**: the extra $2,550 is about $106 per semi-monthly paycheck (24 pay periods) before taxes. If it goes into the traditional (pre-tax) 401(k), your take-home drops by less, roughly $80-85, because you also pay less income tax.

One check: look at your plan's **vesting schedule**. Many plans make the match fully yours only after 2-3 years of service; your own contributions are always 100% yours."""),
("h", "My plan offers both a Roth 401(k) and a traditional 401(k). Which one should I pick?"),
("g", """It comes down to one question: is your tax rate higher now or in retirement?

- **Traditional**: contributions reduce your taxable income today; you pay income tax on withdrawals later.
- **Roth**: you pay tax now; qualified withdrawals in retirement (after 59½ and 5 years) are tax-free, including all the growth.

**Your situation in numbers (2024, single filer)**
$85,000 minus the $14,600 standard deduction leaves about $70,400 of taxable income, which puts you in the **22% bracket** (it runs from $47,151 to $100,525). So each $1,000 in traditional saves $220 of tax today.

**Arguments for Roth at your age**
- At 32, your income will probably rise, possibly into the 24% bracket or higher.
- Tax-free growth over 30+ years is very valuable.
- Nobody knows future tax rates; Roth money gives you flexibility later.

**Arguments for traditional**
- If you expect a modest retirement income, you may withdraw at 10-12%.
- The lower taxable income now can help with things like student loan payments based on income.

**A common middle path**: split, for example half Roth, half traditional, so you have both kinds of money to draw from in retirement.

Note that the employer match usually goes into the traditional (pre-tax) side, even if you choose Roth. Some plans now allow Roth matching under SECURE 2.0, but you'd have to check yours."""),
("h", "If I wanted to max things out someday, what are the limits?"),
("g", """The 2024 limits:

- **401(k) employee contributions**: $23,000 per year. This is one combined limit for Roth and traditional 401(k), not $23,000 each.
- **Catch-up at 50+**: an extra $7,500, so $30,500.
- **Total including employer money**: $69,000. Your employer match doesn't count against your $23,000.
- **IRA (Roth or traditional)**: $7,000 per year, $8,000 at 50+. This is separate from the 401(k) limit.
- **Roth IRA income limit (single)**: the allowed contribution phases out between $146,000 and $161,000 of modified AGI. At $85,000 you're well under.

These limits are adjusted for inflation most years, so check the IRS numbers each January."""),
("h", "Realistically I can put about $600 a month toward retirement in total. How would you split it?"),
("g", """$600 a month is $7,200 a year. A sensible order:

**1. 401(k) up to the full match: $425/month**
6% of $85,000 is $5,100 a year, or $425 a month. That captures the full $2,550 match.

**2. Roth IRA with the rest: $175/month**
That's $2,100 a year, well within the $7,000 limit. A Roth IRA usually has more investment choices and lower fees than a 401(k), and you can withdraw your contributions (not earnings) at any time without penalty, which makes it a useful backstop.

So each year: $5,100 (you) + $2,550 (match) + $2,100 (Roth IRA) = **$9,750** going toward retirement on a $7,200 budget.

**Before that, check two things**
- **Emergency fund**: if you don't have 3-6 months of expenses saved, consider sending part of the $175 there first.
- **High-interest debt**: paying off a 22% credit card beats any investment return.

**What to invest in**: inside both accounts, a low-cost target-date fund (for you, around a 2055 or 2060 fund) or a simple index fund mix works well. Aim for expense ratios under 0.2%.

When you get raises, bump the 401(k) percentage by 1% each time so you barely notice it."""),
]))
