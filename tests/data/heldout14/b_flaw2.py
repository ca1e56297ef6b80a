# Part B dialogues: flawed ones (2/2)
DIALOGUES = []

def add(label, language, note, turns):
    DIALOGUES.append({"label": label, "language": language, "note": note, "turns": turns})

# ---------------------------------------------------------------- repetition (zh): learning rate
ZH_LR_1 = r"""学习率没有放之四海而皆准的"最佳值",但可以按下面的思路系统地去选。

**1. 先用常见的默认值作为起点**
- **Adam / AdamW**:1e-3 是常用起点;训练 Transformer 时更常用 1e-4 到 3e-4。
- **SGD + 动量(0.9)**:图像分类中常用 0.1(例如 ResNet 在 ImageNet 上、批大小 256 时)。

**2. 观察症状判断大小**
- **太大**:loss 剧烈震荡、突然升高,甚至变成 NaN;
- **太小**:loss 下降非常缓慢,训练很久仍停留在较高的水平;
- **合适**:前期快速下降,之后平稳地继续下降。

**3. 做一次学习率范围测试(LR range test)**
这是 Leslie Smith 提出的方法:用一个小批次数量(比如几百步),让学习率从 1e-7 按指数增长到 10,记录每一步的 loss。画出 loss 对学习率(对数坐标)的曲线,选择 loss 下降最快的位置,或者 loss 最低点对应学习率的大约 1/10。

**4. 按对数尺度搜索**
如果要调参,不要试 0.001、0.002、0.003,而应该试 1e-4、3e-4、1e-3、3e-3 这样的对数间隔,因为学习率的影响是按数量级变化的。

**5. 配合学习率调度**
固定学习率通常不是最优的。常见做法是先预热(warmup)几百到几千步,再用余弦退火(cosine annealing)或阶梯式衰减逐渐降低学习率。这样前期稳定、后期收敛得更精细。"""

ZH_LR_3 = r"""学习率并没有一个放之四海而皆准的"最佳值",不过可以按照下面的思路系统地选择。

**1. 以常见默认值为起点**
- **Adam / AdamW**:常用起点是 1e-3;训练 Transformer 时多用 1e-4 到 3e-4。
- **SGD + 动量(0.9)**:图像分类中常用 0.1(比如 ResNet 在 ImageNet 上、批大小 256 时)。

**2. 根据症状判断大小**
- **太大**:loss 剧烈震荡、突然升高,甚至出现 NaN;
- **太小**:loss 下降很慢,训练很久仍停在较高水平;
- **合适**:前期下降很快,之后平稳地继续下降。

**3. 做学习率范围测试(LR range test)**
这是 Leslie Smith 提出的方法:跑几百步,让学习率从 1e-7 按指数增长到 10,记录每一步的 loss。画出 loss 随学习率(对数坐标)变化的曲线,选 loss 下降最快的位置,或者 loss 最低点对应学习率的约 1/10。

**4. 按对数尺度搜索**
调参时不要试 0.001、0.002、0.003,而要试 1e-4、3e-4、1e-3、3e-3 这样的对数间隔,因为学习率的影响是按数量级变化的。

**5. 配合学习率调度**
固定学习率往往不是最优的。常见做法是先预热(warmup)几百到几千步,再用余弦退火或阶梯式衰减逐步降低学习率,这样前期稳定、后期收敛更精细。"""

add("repetition", "zh",
    "Chinese deep-learning dialogue; user turn 3 re-asks the turn-1 question about choosing the learning rate almost verbatim and the assistant repeats its turn-1 answer nearly word for word.",
    [("h", "训练神经网络时,学习率应该怎么选?"),
     ("g", ZH_LR_1),
     ("h", "你提到了预热(warmup),它具体是什么?为什么训练 Transformer 时几乎都要用?"),
     ("g", r"""**学习率预热**是指训练开始时不直接使用目标学习率,而是在前若干步内从很小的值(通常接近 0)逐渐增加到目标值,之后再按调度策略衰减。

最常见的是线性预热。例如目标学习率 3e-4、预热 2000 步:

```python
def lr_at(step, base_lr=3e-4, warmup=2000):
    if step < warmup:
        return base_lr * (step + 1) / warmup
    return base_lr   # 之后再接余弦衰减等
```

原始 Transformer 论文(Attention Is All You Need, 2017)使用了 4000 步预热,之后学习率按步数的平方根倒数衰减。

**为什么需要预热?**

1. **Adam 的二阶矩估计在初期不可靠。** Adam 用梯度平方的滑动平均来缩放每个参数的步长。训练刚开始时只有很少的样本,这个估计方差很大,某些参数可能得到过大的有效步长。预热让这些统计量先"稳定下来"。后来提出的 RAdam 正是针对这个问题,从理论上修正了初期的方差。
2. **初始化时梯度较大且方向不稳定。** 随机初始化的网络离好的解很远,一开始就用大学习率,容易让参数跳到 loss 很高的区域,甚至导致发散。
3. **Post-LN 结构尤其敏感。** 原始 Transformer 把 LayerNorm 放在残差连接之后(Post-LN),研究表明这种结构在初期靠近输出层的梯度很大,不用预热很难训练。改用 Pre-LN(LayerNorm 放在子层之前)后,对预热的依赖明显降低,但实践中通常仍然保留一小段预热。

**预热多长?** 常见做法是总训练步数的 1%–10%,或者固定几百到几千步。批大小越大、学习率越高,通常需要的预热越长。"""),
     ("h", "那训练神经网络的时候,学习率到底应该怎么选呢?"),
     ("g", ZH_LR_3),
     ("h", "批大小(batch size)和学习率之间有什么关系?我把批大小从 256 提高到 2048,学习率要怎么改?"),
     ("g", r"""两者关系很密切:批越大,梯度估计的噪声越小,可以承受更大的学习率。

**线性缩放规则(linear scaling rule)**

Goyal 等人在 2017 年的论文《Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour》中提出:**批大小乘以 k,学习率也乘以 k。** 他们在批大小 256 时用学习率 0.1,扩大到 8192 时用 0.1 × 32 = 3.2,精度基本不变。

按这个规则,你从 256 提高到 2048(k = 8):
- 如果原来是 SGD,学习率 0.1 → **0.8**;
- 同时一定要加**预热**:论文中用了 5 个 epoch 的线性预热,否则一开始就用 0.8 很容易发散。

**注意事项**

1. **线性规则有上限。** 当批大小超过某个"临界批大小"(对 ImageNet 上的 ResNet-50 大约在 8k 左右),继续增大批大小并按比例提高学习率,精度就会开始下降。更大的批需要 LARS、LAMB 这类逐层自适应的优化器。
2. **Adam 类优化器常用平方根缩放。** 对 Adam,学习率乘以 √k 往往比乘以 k 更稳定。从 256 到 2048 时,3e-4 × √8 ≈ **8.5e-4**。最好把它当作起点,再做一次小范围搜索验证。
3. **训练步数会减少。** 批大小变为 8 倍,同样的 epoch 数下更新步数只有原来的 1/8,所以预热步数、衰减节点如果是按"步"设定的,需要相应调整,按 epoch 设定则不用改。
4. **正则化效果变化。** 小批次的梯度噪声本身有一定正则化作用,大批次可能泛化略差,有时需要适当增加数据增强或权重衰减。"""),
    ])

# ---------------------------------------------------------------- non_answer: Kalman filter
add("non_answer", "en",
    "Kalman filter dialogue; assistant turn 2 only restates the question about choosing Q and R and says it is important, giving no information.",
    [("h", "I'm tracking a small drone's altitude with a barometer sampled at 50 Hz. The readings are noisy, roughly ±1.5 m. Can you explain how a basic Kalman filter for this would look?"),
     ("g", r"""A good starting model is a **constant-velocity** filter with two states: altitude h and vertical velocity v.

**Model**

- State: x = [h, v]ᵀ
- Prediction over one time step dt = 1/50 = 0.02 s:
  h ← h + v·dt, v ← v, so F = [[1, dt], [0, 1]]
- Measurement: the barometer measures altitude only, so H = [1, 0]

**The two steps, every 20 ms**

1. **Predict:** x⁻ = F·x, P⁻ = F·P·Fᵀ + Q
   (P is the state uncertainty; Q adds uncertainty because the model isn't perfect.)
2. **Update** with the barometer reading z:
   - innovation y = z − H·x⁻
   - S = H·P⁻·Hᵀ + R
   - Kalman gain K = P⁻·Hᵀ·S⁻¹
   - x = x⁻ + K·y, P = (I − K·H)·P⁻

```python
import numpy as np

dt = 0.02
F = np.array([[1, dt], [0, 1]])
H = np.array([[1.0, 0.0]])

def kalman_step(x, P, z, Q, R):
    # predict
    x = F @ x
    P = F @ P @ F.T + Q
    # update
    y = z - H @ x
    S = H @ P @ H.T + R
    K = P @ H.T @ np.linalg.inv(S)
    x = x + K @ y
    P = (np.eye(2) - K @ H) @ P
    return x, P

z0 = 112.4                               # first barometer reading, m
x = np.array([[z0], [0.0]])              # start at the first measurement, at rest
P = np.diag([4.0, 1.0])                   # initial uncertainty: ±2 m, ±1 m/s
```

The gain K automatically balances the two sources of information: when the measurement noise is large relative to the prediction uncertainty, K is small and the filter trusts its prediction; when it's small, the filter follows the measurements closely. A useful side effect is that you get a velocity estimate (climb rate) even though you never measure it directly."""),
     ("h", "How do I actually choose Q and R for this?"),
     ("g", r"""That's a really important question. You want to know how to choose the process noise covariance Q and the measurement noise covariance R for your altitude filter. These two matrices play a central role in how a Kalman filter behaves, and picking them well is one of the key steps in getting good results out of your barometer data. It's something many people find tricky when they build their first filter, so it's great that you're thinking about it now."""),
     ("h", "The drone also has an accelerometer at 200 Hz. How would I fuse that in?"),
     ("g", r"""The cleanest way is to treat the vertical acceleration as a **control input** in the prediction step, instead of as a measurement. The accelerometer then drives the prediction at 200 Hz, and the barometer corrects it at 50 Hz.

**Modified prediction**

x⁻ = F·x + B·u, with u = vertical acceleration (m/s²), dt = 1/200 = 0.005 s

- F = [[1, dt], [0, 1]]
- B = [[dt²/2], [dt]]

So h ← h + v·dt + ½·a·dt², v ← v + a·dt, which is just kinematics.

**Important preprocessing of u**

1. **Rotate to the world frame.** The accelerometer measures in the body frame; use the attitude estimate (from the flight controller's IMU fusion) to get the vertical component.
2. **Remove gravity.** At rest the sensor reads about +9.81 m/s² upward; u must be the acceleration *excluding* gravity, otherwise the filter thinks the drone is constantly accelerating.

**Process noise now comes from the accelerometer noise**

If the accelerometer's noise has standard deviation σ_a, the uncertainty it adds per step is Q = σ_a² · B·Bᵀ. For example σ_a = 0.3 m/s² gives about 2.3·10⁻⁶ (m/s)² on the velocity term and only about 1.4·10⁻¹¹ m² on the altitude term, because the altitude effect scales with dt⁴.

**Multi-rate loop**

```python
for each IMU sample (200 Hz):
    x, P = predict(x, P, u=a_vertical)
    if a new barometer sample arrived (every 4th IMU sample):
        x, P = update(x, P, z=baro_altitude)
```

Running the prediction more often than the updates is completely normal in Kalman filtering. The result responds much faster to real altitude changes than the barometer alone, because the accelerometer sees a climb the instant it starts, while the barometer's noise is still averaged out by the update step."""),
     ("h", "I implemented it, but after a few minutes the estimated altitude slowly drifts away from the barometer reading and the velocity never settles at zero when the drone hovers. What's wrong?"),
     ("g", r"""That's the classic symptom of an **accelerometer bias** that the filter doesn't know about.

**Why it drifts**

A constant bias b in the vertical acceleration integrates twice: a velocity error of b·t and a position error of ½·b·t². Even a small bias of 0.05 m/s² gives 3 m/s of velocity error and 90 m of position error after 60 s of pure integration. The barometer updates pull the estimate back, but with a consistently wrong prediction the filter settles into a steady offset and a non-zero hover velocity, which is what you're seeing.

**Fix: estimate the bias as a third state**

x = [h, v, b]ᵀ, and the prediction uses (a_measured − b):

```
F = [[1, dt, -dt**2/2],
     [0,  1, -dt     ],
     [0,  0,  1      ]]
B = [[dt**2/2], [dt], [0]]
```

Model the bias as a slow random walk by giving it a small process noise (e.g. 1e-6 per step on the bias term). The barometer then makes the bias observable: if the predicted altitude keeps running ahead of the measurements, the filter attributes it to b and subtracts it.

**Other things to check**

1. **Gravity removal and tilt:** use the local value of g (about 9.81 m/s²) and make sure the rotation to the world frame is correct. A 2° attitude error projects about 3.5% (sin 2°) of any horizontal acceleration into the vertical axis, so 1 m/s² of horizontal acceleration appears as 0.035 m/s² vertically, which looks very much like a bias.
2. **Barometer drift:** pressure changes with weather and temperature; 1 hPa corresponds to about 8 m of altitude near sea level. Over minutes that's usually small, but prop wash and ground effect near the ground can cause offsets of a metre or more.
3. **Consistency check:** log the innovations y. They should average to zero and look like white noise; a persistent sign means a model error such as bias."""),
    ])

# ---------------------------------------------------------------- non_answer: Hardy-Weinberg (last turn)
add("non_answer", "en",
    "Population genetics dialogue; the final assistant turn restates that the user's genotype counts should be compared with HWE expectations but gives no test, expected counts or result.",
    [("h", "Can you explain the Hardy-Weinberg principle with an example? Say in a population of 1,000 people, 160 show a recessive trait (genotype aa). What are the allele and genotype frequencies?"),
     ("g", r"""The Hardy-Weinberg principle says that in a large, randomly mating population with no selection, mutation, migration or genetic drift, allele frequencies stay constant from generation to generation, and genotype frequencies follow directly from the allele frequencies:

p² + 2pq + q² = 1

where p is the frequency of the dominant allele A, q the frequency of the recessive allele a, and p + q = 1.

**Your example**

The only genotype you can identify from the phenotype is aa, because AA and Aa look the same. So start from there:

1. q² = 160 / 1,000 = **0.16**
2. q = √0.16 = **0.4**
3. p = 1 − 0.4 = **0.6**

Genotype frequencies:

| Genotype | Formula | Frequency | Expected number out of 1,000 |
|---|---|---|---|
| AA | p² | 0.36 | 360 |
| Aa | 2pq | 0.48 | 480 |
| aa | q² | 0.16 | 160 |

Check: 0.36 + 0.48 + 0.16 = 1. ✓

Notice that almost half the population (48%) carries the recessive allele without showing the trait. That's typical: for recessive traits most copies of the allele "hide" in heterozygotes.

Important caveat: this calculation *assumes* the population is in Hardy-Weinberg equilibrium. You only observed aa directly, so you can't check that assumption from these data; you'd need counts of all three genotypes, e.g. from genetic testing."""),
     ("h", "So if cystic fibrosis affects about 1 in 2,500 newborns in a population, what fraction of people are carriers?"),
     ("g", r"""Same method. Cystic fibrosis is autosomal recessive, so affected newborns are the aa genotype.

1. q² = 1 / 2,500 = **0.0004**
2. q = √0.0004 = **0.02**
3. p = 1 − 0.02 = **0.98**
4. Carrier frequency = 2pq = 2 × 0.98 × 0.02 = **0.0392**

So about **3.9% of people, roughly 1 in 25**, are carriers.

That's the well-known figure for people of Northern European ancestry: about 1 in 25 carriers, 1 in 2,500 affected. It shows a striking point about rare recessive diseases: carriers are about 100 times more common than affected people (0.0392 / 0.0004 ≈ 98).

Since 2pq ≈ 2q when q is small, a quick approximation is: carrier frequency ≈ 2 × √(disease frequency). Here 2 × 0.02 = 0.04, almost exactly the precise answer.

Two carriers have a 1 in 4 chance per pregnancy of an affected child. The chance that two random people are both carriers is about (1/25)² = 1/625, and multiplying by 1/4 gives 1/2,500, which brings you back to the disease frequency you started with.

Real-world caveats: HWE assumptions aren't perfectly met (for example, carrier screening and partner choice can change mating patterns), and carrier frequency varies strongly between populations, e.g. it's considerably lower in East Asian populations."""),
     ("h", "How would I test whether a real population is actually in Hardy-Weinberg equilibrium? I have genotype counts from a sample: AA 300, Aa 500, aa 200."),
     ("g", r"""To answer that, you'd want to compare what you actually observed in your sample with what the Hardy-Weinberg principle would predict for it. Your counts of 300 AA, 500 Aa and 200 aa are exactly the kind of data that's used for this, since you have all three genotypes rather than just the recessive one. Testing for equilibrium is a standard step in population genetics, and whether your population fits the model comes down to how closely the observed numbers match the expected ones, so that comparison is really the key thing to focus on."""),
    ])

# ---------------------------------------------------------------- misaligned: JS event loop (replies 2 and 3 swapped)
JS_A2 = r"""The output is:

```
A
D
C
B
```

Step by step:

1. `console.log('A')` runs synchronously → **A**.
2. `setTimeout(..., 0)` schedules the callback as a **task** (macrotask) in the timer queue. Nothing is printed yet.
3. `Promise.resolve().then(...)` schedules the callback as a **microtask**. Nothing is printed yet.
4. `console.log('D')` runs synchronously → **D**.
5. The script finishes and the call stack is empty. Before the event loop takes the next task, it **drains the entire microtask queue** → **C**.
6. Only then does the loop pick the next task, the timer callback → **B**.

The rule to remember: *current synchronous code → all microtasks → one task → all microtasks → one task ...*

Microtasks include promise reactions (`.then`, `.catch`, `.finally`, code after `await`), `queueMicrotask()` and MutationObserver callbacks. Tasks include timers, I/O callbacks, UI events and `MessageChannel` messages.

A consequence worth knowing: since microtasks always run before the next task, a microtask that keeps scheduling new microtasks can starve timers and rendering forever, freezing the page even though no single function runs for long."""

JS_A3 = r"""`async`/`await` is syntactic sugar over promises, so both do the same thing underneath. These two are equivalent:

```js
// .then version
function loadUser(id) {
  return fetch(`/api/users/${id}`)
    .then(res => res.json())
    .then(user => user.name);
}

// async/await version
async function loadUser(id) {
  const res = await fetch(`/api/users/${id}`);
  const user = await res.json();
  return user.name;
}
```

**Is `await` blocking?** No, not in the sense of blocking the thread. When execution reaches `await`, the *async function* is suspended and control returns to the caller; the event loop keeps running other code, handling clicks, timers and so on. When the awaited promise settles, the rest of the function is scheduled as a **microtask** and resumes from where it stopped.

So `await` blocks only the function it's in, not the program. This is very different from a synchronous busy loop, which freezes everything.

Practical differences:

- **Readability:** sequential steps, loops and conditionals read much more naturally with `await`.
- **Error handling:** you can use ordinary `try/catch/finally` instead of `.catch()` chains.
- **Return value:** an `async` function always returns a promise, even if you `return 5`.
- **Pitfall:** writing `await` in sequence for independent operations makes them run one after another, which is slower than necessary."""

add("misaligned", "en",
    "JavaScript event-loop dialogue; the assistant replies to turns 2 and 3 are swapped: turn 2 (output order puzzle) gets the async/await explanation and turn 3 (async/await vs then) gets the A, D, C, B walkthrough.",
    [("h", "Why doesn't setTimeout(fn, 0) run fn immediately? I thought 0 means no delay."),
     ("g", r"""`0` means "no *minimum* delay", not "run now". JavaScript runs on a single thread with an **event loop**:

1. The currently running code (the call stack) always runs to completion first; nothing can interrupt it.
2. `setTimeout(fn, 0)` doesn't call `fn`; it registers a timer. When the timer expires (immediately, in this case), `fn` is put in the **task queue**.
3. Only when the call stack is empty, and all pending microtasks (promise callbacks) have run, does the event loop take the next task from the queue and run it.

```js
setTimeout(() => console.log("timeout"), 0);
for (let i = 0; i < 1e9; i++) {}     // ~1 s of busy work
console.log("loop done");
// "loop done" appears first, "timeout" about 1 s later
```

So the callback waits for at least the rest of the current script, no matter what delay you pass.

A few more details:

- The delay is a **minimum**, never a guarantee. If the main thread is busy, the callback runs later.
- Per the HTML spec, once timers are nested more than 5 levels deep (a timeout scheduling a timeout scheduling...), browsers clamp the delay to at least **4 ms**.
- In background tabs, browsers throttle timers to at most about once per second, and more aggressively after a tab has been hidden for a while.

If you genuinely want "as soon as possible after the current code", `queueMicrotask(fn)` or `Promise.resolve().then(fn)` runs earlier than `setTimeout(fn, 0)`."""),
     ("h", "OK, then what does this print, and why?\n\nconsole.log('A');\nsetTimeout(() => console.log('B'), 0);\nPromise.resolve().then(() => console.log('C'));\nconsole.log('D');"),
     ("g", JS_A3),
     ("h", "What's the actual difference between async/await and .then()? Does await block everything until the promise resolves?"),
     ("g", JS_A2),
     ("h", "I need to fetch three independent endpoints with await. How do I run them in parallel instead of one by one?"),
     ("g", r"""Start all three requests first, then await them together with `Promise.all`:

```js
async function loadDashboard() {
  const [user, orders, stats] = await Promise.all([
    fetch("/api/user").then(r => r.json()),
    fetch("/api/orders").then(r => r.json()),
    fetch("/api/stats").then(r => r.json()),
  ]);
  return { user, orders, stats };
}
```

Why it's faster: calling `fetch` starts the request immediately and returns a promise. All three requests are in flight at the same time, so the total time is roughly that of the **slowest** request instead of the **sum**. With responses taking 200, 300 and 250 ms, sequential awaits take about 750 ms, and `Promise.all` about 300 ms.

Behavior to be aware of:

- **`Promise.all` fails fast:** if any promise rejects, the whole thing rejects immediately with that error, and you lose the other results (the other requests still complete in the background; they just aren't cancelled).
- If you want every result regardless of failures, use **`Promise.allSettled`**:

```js
const results = await Promise.allSettled([p1, p2, p3]);
for (const r of results) {
  if (r.status === "fulfilled") console.log(r.value);
  else console.error(r.reason);
}
```

- `Promise.race` resolves with the first settled promise, handy for timeouts; `Promise.any` resolves with the first *fulfilled* one.

Also note that `fetch` only rejects on network errors, not on HTTP 404 or 500, so check `r.ok` inside the `.then` if error statuses should count as failures.""")])

# ---------------------------------------------------------------- misaligned: Carnot (replies 2-4 rotated)
TH_A2 = r"""With the Carnot efficiency of 40%:

- **Work output:** W = η · Q_h = 0.40 × 2,000 J = **800 J** per cycle
- **Heat rejected to the cold reservoir:** Q_c = Q_h − W = 2,000 − 800 = **1,200 J** per cycle

This follows from the first law for a cyclic process: the engine's internal energy returns to the same value every cycle, so all the energy that enters as heat must leave as either work or rejected heat.

A handy cross-check for a reversible engine is Q_c / Q_h = T_c / T_h: 1,200 / 2,000 = 0.6 = 300 / 500. ✓

Note that even this ideal engine throws away 60% of the heat it takes in. That's not a design flaw but a consequence of the second law: some heat must go to the cold reservoir, and the fraction is set entirely by the two temperatures.

If the engine runs at, say, 10 cycles per second, its power output is 800 J × 10 = 8 kW, and it rejects 12 kW of heat. Power plant cooling towers exist for exactly this reason: a large share of the fuel's energy must be dumped to the environment."""

TH_A3 = r"""For a reversible (Carnot) cycle, heat is exchanged with each reservoir at constant temperature, so the entropy change of each reservoir is simply Q / T, with the sign from the reservoir's point of view:

- **Hot reservoir** loses 2,000 J at 500 K: ΔS_hot = −2,000 / 500 = **−4.0 J/K**
- **Cold reservoir** gains 1,200 J at 300 K: ΔS_cold = +1,200 / 300 = **+4.0 J/K**
- **Working fluid:** returns to its initial state after a full cycle, so ΔS_engine = **0**

Total entropy change of the universe: −4.0 + 4.0 + 0 = **0 J/K**.

That's the defining property of a reversible process: it creates no entropy. It's also a way to derive the Carnot efficiency: the engine must dump at least enough heat to the cold side to compensate the entropy removed from the hot side, Q_c / T_c ≥ Q_h / T_h, so Q_c ≥ Q_h · T_c / T_h, and the work Q_h − Q_c can be at most Q_h (1 − T_c / T_h)."""

TH_A4 = r"""With the same 2,000 J taken in at 500 K but only 25% efficiency:

- Work: W = 0.25 × 2,000 = **500 J**
- Heat rejected: Q_c = 2,000 − 500 = **1,500 J**

Entropy changes per cycle:

- Hot reservoir: −2,000 / 500 = **−4.0 J/K** (unchanged, same heat at the same temperature)
- Cold reservoir: +1,500 / 300 = **+5.0 J/K**
- Working fluid: **0** (cyclic)

**Entropy generated: ΔS_total = −4.0 + 5.0 = +1.0 J/K per cycle.** Positive, as the second law requires for an irreversible engine.

This connects neatly to the lost work. The **Gouy-Stodola theorem** says the work lost due to irreversibility equals T_0 · S_gen, where T_0 is the environment temperature (here the cold reservoir at 300 K):

W_lost = 300 K × 1.0 J/K = **300 J**

And indeed, the ideal Carnot engine produced 800 J, the real one 500 J: exactly 300 J less. Every joule per kelvin of entropy generated costs 300 J of work that could have been obtained. Sources of that entropy in real engines include friction, heat transfer across finite temperature differences, and rapid, unrestrained expansion of gases."""

add("misaligned", "en",
    "Thermodynamics dialogue; replies 2-4 are rotated: turn 2 (work and rejected heat) gets the reservoir-entropy answer, turn 3 gets the 25%-engine answer, and turn 4 gets the 800 J / 1,200 J answer.",
    [("h", "What's the maximum possible efficiency of a heat engine operating between a hot reservoir at 500 K and a cold reservoir at 300 K?"),
     ("g", r"""The maximum is the **Carnot efficiency**, which depends only on the two reservoir temperatures (in kelvin):

η_max = 1 − T_c / T_h = 1 − 300 / 500 = 1 − 0.6 = **0.40, i.e. 40%**

No engine working between these two temperatures can do better, whatever its working fluid or design. That's a direct consequence of the second law of thermodynamics: if an engine beat the Carnot efficiency, you could combine it with a reversed Carnot engine (a heat pump) to move heat from cold to hot with no other effect, which the second law forbids.

Things worth noticing:

- The temperatures **must be absolute**. Using 227 °C and 27 °C directly would give a nonsensical 88%.
- Efficiency rises if you increase T_h or decrease T_c. Raising T_h from 500 K to 600 K gives 1 − 300/600 = 50%. This is why power plants push for higher steam and turbine-inlet temperatures, limited mostly by materials.
- Real engines fall well short of Carnot because of friction, heat losses and finite-rate heat transfer. A good rule of thumb: practical engines achieve perhaps half to three-quarters of the Carnot limit for their temperatures."""),
     ("h", "If this engine runs at that maximum efficiency and takes in 2,000 J of heat per cycle from the hot reservoir, how much work does it do and how much heat does it reject?"),
     ("g", TH_A3),
     ("h", "What's the entropy change of the hot reservoir, the cold reservoir and the engine over one cycle in that ideal case?"),
     ("g", TH_A4),
     ("h", "Now suppose a real engine between the same reservoirs has only 25% efficiency and takes in the same 2,000 J. How much entropy is generated per cycle?"),
     ("g", TH_A2),
    ])

# ---------------------------------------------------------------- bad_length: Newton's method ("It depends.")
add("bad_length", "en",
    "Numerical methods dialogue; the assistant's turn-3 reply is just 'It depends.' although the user gave a concrete function and starting point (the correct answer is that the iteration cycles between 0 and 1).",
    [("h", "Can you explain Newton's method for finding roots, with a small worked example?"),
     ("g", r"""Newton's method finds a root of f(x) = 0 by repeatedly replacing the curve with its tangent line and jumping to where the tangent hits zero:

x_{n+1} = x_n − f(x_n) / f'(x_n)

**Geometric idea:** at the current guess x_n, the tangent line is y = f(x_n) + f'(x_n)(x − x_n). Setting y = 0 and solving for x gives exactly the formula above. If the function is smooth and the guess is close to the root, the tangent is a good approximation and the new guess is much better.

**Worked example: √2 as the root of f(x) = x² − 2**

f'(x) = 2x, so the update is x_{n+1} = x_n − (x_n² − 2)/(2x_n) = (x_n + 2/x_n)/2, the ancient "Babylonian method".

Starting from x₀ = 1:

| n | x_n | error vs √2 = 1.41421356... |
|---|---|---|
| 0 | 1 | 4.1 × 10⁻¹ |
| 1 | 1.5 | 8.6 × 10⁻² |
| 2 | 1.4166667 | 2.5 × 10⁻³ |
| 3 | 1.4142157 | 2.1 × 10⁻⁶ |
| 4 | 1.4142135624 | 1.6 × 10⁻¹² |

Notice how the number of correct digits roughly **doubles** every step. That's **quadratic convergence**: near a simple root, error_{n+1} ≈ C · error_n². Four steps from a poor start already give 12 correct digits.

The price: you need the derivative f'(x), and convergence is only guaranteed if you start close enough to the root and f'(x) isn't zero near it."""),
     ("h", "How would I implement it in Python with sensible stopping criteria?"),
     ("g", r"""Use both a tolerance on the step size (or on |f(x)|) and a maximum number of iterations, and guard against a zero derivative:

```python
def newton(f, fprime, x0, tol=1e-12, max_iter=50):
    x = x0
    for i in range(1, max_iter + 1):
        fx = f(x)
        dfx = fprime(x)
        if dfx == 0:
            raise ZeroDivisionError(f"f'(x) = 0 at x = {x} (iteration {i})")
        step = fx / dfx
        x -= step
        if abs(step) <= tol * (1 + abs(x)):     # relative + absolute tolerance
            return x, i
    raise RuntimeError(f"No convergence after {max_iter} iterations, last x = {x}")

root, iters = newton(lambda x: x**2 - 2, lambda x: 2*x, x0=1.0)
print(root, iters)      # 1.4142135623730951 5
```

Why these choices:

- **`tol * (1 + abs(x))`** behaves like a relative tolerance for large roots and an absolute tolerance for roots near zero, so it works across scales.
- **Step size vs. |f(x)|:** a tiny |f(x)| doesn't always mean you're close to the root (think of a very flat function), and a tiny step doesn't always mean |f(x)| is small. Checking the step is the common default; for robustness you can require both.
- **`max_iter`** is essential: Newton's method can diverge or cycle, and without a cap the loop runs forever.
- **Don't hard-code tolerances below ~1e-15** relative: double precision can't resolve differences finer than that, and the loop would never stop.

In practice, `scipy.optimize.newton(f, x0, fprime=fprime)` does this for you, and `scipy.optimize.brentq` is the safer choice when you can bracket the root between two points with opposite signs."""),
     ("h", "Will Newton's method converge for f(x) = x³ − 2x + 2 if I start at x₀ = 0?"),
     ("g", "It depends."),
     ("h", "What about the secant method? When would I use it instead of Newton?"),
     ("g", r"""The secant method replaces the derivative with the slope through the last two points, so you don't need f'(x) at all:

x_{n+1} = x_n − f(x_n) · (x_n − x_{n−1}) / (f(x_n) − f(x_{n−1}))

You need two starting points instead of one, but they don't have to bracket the root.

```python
def secant(f, x0, x1, tol=1e-12, max_iter=50):
    f0, f1 = f(x0), f(x1)
    for i in range(1, max_iter + 1):
        if f1 == f0:
            raise ZeroDivisionError("flat secant")
        x2 = x1 - f1 * (x1 - x0) / (f1 - f0)
        if abs(x2 - x1) <= tol * (1 + abs(x2)):
            return x2, i
        x0, f0 = x1, f1
        x1, f1 = x2, f(x2)
    raise RuntimeError("no convergence")
```

**Comparison**

| | Newton | Secant |
|---|---|---|
| Needs derivative | yes | no |
| Convergence order | 2 (quadratic) | ≈ 1.618 (golden ratio) |
| Function evaluations per step | 2 (f and f') | 1 |
| Efficiency per evaluation | √2 ≈ 1.41 | ≈ 1.62 |

The last row is the surprising part: if computing f' costs about as much as computing f, the secant method is actually **more efficient per unit of work**, even though it needs more iterations.

**Use secant when:**
- the derivative is unavailable or expensive (f comes from a simulation, a lookup table, or a black-box function);
- evaluating f is expensive and you want the fewest evaluations.

**Use Newton when:**
- the derivative is cheap and available analytically (or via automatic differentiation);
- you're solving systems of equations, where Newton with the Jacobian generalizes naturally (the multidimensional secant analogues, quasi-Newton methods like Broyden's, are more complex).

Both share the same weakness: no convergence guarantee from a poor starting point. For a guaranteed result, combine them with bisection, as Brent's method does."""),
    ])

# ---------------------------------------------------------------- bad_length: quantum computing (rambling reply)
add("bad_length", "en",
    "Quantum computing dialogue; the turn-2 reply to 'how many qubits to break RSA-2048' is a long ramble through the history of cryptography that never gives the qubit estimates.",
    [("h", "What exactly is a qubit, and how is it different from a normal bit?"),
     ("g", r"""A classical bit is always in exactly one of two states, 0 or 1. A **qubit** is a two-level quantum system whose state is a combination (superposition) of both:

|ψ⟩ = α|0⟩ + β|1⟩

where α and β are complex numbers called **amplitudes**, with |α|² + |β|² = 1.

Key differences:

1. **Measurement gives a classical bit.** When you measure, you get 0 with probability |α|² and 1 with probability |β|², and the superposition is destroyed: the qubit is left in the state you observed. So a qubit doesn't let you read out two values at once.
2. **Amplitudes can interfere.** Because amplitudes can be negative or complex, computational paths can cancel out or reinforce each other, like waves. Quantum algorithms are designed so that paths leading to wrong answers cancel and paths to the right answer add up. This, not "trying all answers in parallel", is the real source of quantum speedups.
3. **Entanglement.** Multiple qubits can be in joint states that can't be described qubit by qubit, such as (|00⟩ + |11⟩)/√2: each qubit alone looks random, but the two always agree when measured.
4. **Exponential state space.** Describing n qubits in general takes 2ⁿ complex amplitudes. 50 qubits already need about 10¹⁵ numbers, which is why simulating large quantum computers classically becomes infeasible.

Physically, qubits are realized as superconducting circuits (IBM, Google), trapped ions (Quantinuum, IonQ), neutral atoms, photons, or electron spins in silicon. All of them are fragile: interaction with the environment causes **decoherence**, which destroys the quantum state within microseconds to seconds depending on the technology."""),
     ("h", "How many qubits would it take to break RSA-2048 with Shor's algorithm?"),
     ("g", r"""To really appreciate this question, it helps to go back to the beginning of cryptography. Julius Caesar famously used a simple shift cipher, moving every letter three places down the alphabet, and for centuries ciphers like this were considered good enough. In the 9th century, the Arab scholar Al-Kindi described frequency analysis, the first systematic way to break such substitution ciphers, by noticing that some letters appear far more often than others. This started a long arms race between code makers and code breakers.

The Renaissance brought the Vigenère cipher, called "le chiffre indéchiffrable" for about three hundred years until Charles Babbage and Friedrich Kasiski independently showed how to break it in the 19th century. In the 20th century, the German Enigma machine took this to a new level with rotors that changed the substitution with every keystroke. Polish mathematicians Marian Rejewski, Jerzy Różycki and Henryk Zygalski made the first breakthroughs in the 1930s, and at Bletchley Park Alan Turing and Gordon Welchman designed the electromechanical "bombes" that let the Allies read German messages regularly, which historians believe shortened the war by perhaps two years.

After the war, the problem of key distribution remained: both parties needed to share a secret key beforehand. In 1976 Whitfield Diffie and Martin Hellman published "New Directions in Cryptography", introducing public-key ideas, and in 1977 Ron Rivest, Adi Shamir and Leonard Adleman at MIT created RSA. Martin Gardner presented it in Scientific American with a challenge message, RSA-129, which was only factored in 1994 by a distributed effort of some 600 volunteers. Since then, RSA challenge numbers have fallen one by one as classical algorithms like the general number field sieve and faster hardware improved, and key sizes have grown accordingly, from 512 bits to 1024 and now 2048 bits as the common standard."""),
     ("h", "OK. Briefly, what is quantum error correction?"),
     ("g", r"""Quantum error correction (QEC) protects quantum information by spreading one **logical qubit** across many **physical qubits**, so that errors on individual physical qubits can be detected and fixed without ever measuring, and thus destroying, the encoded state.

The core tricks:

- **Redundancy without copying.** The no-cloning theorem forbids copying an unknown quantum state, but you can entangle it across several qubits, e.g. α|000⟩ + β|111⟩ protects against one bit flip.
- **Syndrome measurements.** Extra "ancilla" qubits measure *parities* of groups of data qubits (e.g. "do qubits 1 and 2 agree?"). These reveal where an error happened but nothing about α and β, so the state survives.
- **Both error types.** Unlike classical bits, qubits suffer bit flips (X errors) and phase flips (Z errors); a real code must catch both.

The leading approach is the **surface code**: a 2D grid of qubits with only nearest-neighbor interactions. It works if physical error rates are below a **threshold of roughly 1%**, and the logical error rate then drops exponentially as the grid (code distance d) grows. A distance-d surface code uses about 2d² physical qubits per logical qubit, so d = 25 means over a thousand physical qubits for one logical qubit.

In 2024, Google's Willow chip demonstrated this "below threshold" behavior experimentally: going from distance 3 to 5 to 7 roughly halved the logical error rate at each step. That's the key milestone, because it shows adding more qubits makes the logical qubit better rather than worse."""),
    ])

# ---------------------------------------------------------------- contradiction: pharmacokinetics (Vd 50 -> 40)
add("contradiction", "en",
    "Pharmacokinetics calculation; in the last turn the assistant uses a volume of distribution of 40 L 'you gave me', contradicting the 50 L stated in turn 1, and so gets a 400 mg loading dose instead of 500 mg.",
    [("h", "Pharmacology homework: a drug has a volume of distribution of 50 L and a clearance of 5 L/h. What are the elimination rate constant and the half-life?"),
     ("g", r"""For a one-compartment model with first-order elimination:

**Elimination rate constant**

k = CL / Vd = 5 L/h ÷ 50 L = **0.1 h⁻¹**

This means about 10% of the drug remaining in the body is eliminated per hour (strictly, the instantaneous fractional rate is 0.1 per hour; over a full hour the fraction lost is 1 − e^(−0.1) ≈ 9.5%).

**Half-life**

t½ = ln 2 / k = 0.693 / 0.1 h⁻¹ = **6.93 h** (about 7 hours)

Or directly from the primary parameters: t½ = 0.693 × Vd / CL = 0.693 × 50 / 5 = 6.93 h.

The second form is worth remembering because it shows the physiology: **half-life is a secondary parameter** that depends on both clearance and volume. A drug can have a long half-life because it's cleared slowly *or* because it's distributed into a large volume (e.g. fat or tissue binding) from which only a small fraction is presented to the liver and kidneys at any time. Doubling Vd with unchanged clearance would double the half-life to about 13.9 h.

Quick sanity check on units: L/h divided by L gives h⁻¹, and ln 2 divided by h⁻¹ gives hours. ✓"""),
     ("h", "With repeated dosing, how long until it reaches steady state?"),
     ("g", r"""Time to steady state depends only on the half-life, not on the dose or the dosing interval. With each half-life, the concentration closes half of the remaining gap to steady state:

| Half-lives | Time (t½ = 6.93 h) | % of steady state |
|---|---|---|
| 1 | 6.9 h | 50% |
| 2 | 13.9 h | 75% |
| 3 | 20.8 h | 87.5% |
| 3.3 | 22.9 h | 90% |
| 4 | 27.7 h | 93.75% |
| 5 | 34.7 h | 96.9% |

The usual clinical rule is **4–5 half-lives**, so for this drug about **28–35 hours**, i.e. roughly a day and a half.

Why it doesn't depend on the dose: doubling the dose doubles the steady-state concentration, but each dose also doubles the amount eliminated per hour at any given level, so the approach to the plateau follows the same curve, just scaled up. The fraction reached after time t is 1 − e^(−kt) regardless of dose.

The same rule applies in reverse: after stopping the drug, it takes about 4–5 half-lives (again about 28–35 h here) for it to be essentially eliminated, and the same time to reach a new steady state after a dose change."""),
     ("h", "If we give 400 mg orally every 8 hours and the bioavailability is 0.75, what's the average steady-state concentration? And how much does it accumulate?"),
     ("g", r"""**Average steady-state concentration**

At steady state, the rate of drug in equals the rate out, so:

Css,avg = (F × Dose) / (CL × τ) = (0.75 × 400 mg) / (5 L/h × 8 h) = 300 mg / 40 L = **7.5 mg/L**

Notice that the volume of distribution doesn't appear: the *average* level depends only on the dosing rate and clearance. Vd affects how much the concentration fluctuates within each interval, not its average.

**Accumulation factor**

R = 1 / (1 − e^(−kτ)) = 1 / (1 − e^(−0.1 × 8)) = 1 / (1 − e^(−0.8)) = 1 / (1 − 0.449) ≈ **1.82**

So the amount in the body after a dose at steady state is about 1.8 times what it is after the first dose, and steady-state peaks and troughs are about 1.8 times those of the first dose (ignoring absorption time).

**Fluctuation**

With an IV-bolus approximation, each 8-hour interval the concentration falls by a factor of e^(−0.8) = 0.45, so the trough is about 45% of the peak. Since the dosing interval (8 h) is a bit longer than the half-life (6.93 h), there's noticeable peak-trough swing. If the therapeutic window were narrow, giving 200 mg every 4 hours would keep the same 7.5 mg/L average with much less fluctuation (trough about 67% of peak)."""),
     ("h", "The clinicians want to reach that 7.5 mg/L right away instead of waiting a day and a half. What oral loading dose would do that?"),
     ("g", r"""A loading dose fills the volume of distribution up to the target concentration in one go:

Loading dose = (C_target × Vd) / F

With the target of 7.5 mg/L, the volume of distribution of 40 L you gave me, and F = 0.75:

Loading dose = (7.5 mg/L × 40 L) / 0.75 = 300 mg / 0.75 = **400 mg**

So in this case the loading dose happens to be the same as the maintenance dose, which is a coincidence of these particular numbers rather than a general rule.

**Regimen:** give 400 mg as the loading dose, then continue with 400 mg every 8 hours as the maintenance dose. The concentration then starts near the steady-state average instead of building up over 28–35 hours.

Points to mention in your answer:

1. **The loading dose depends on Vd, the maintenance dose on clearance.** That's the general principle: filling the "tank" is about its size, keeping it full is about the leak rate.
2. **Oral absorption isn't instant.** With oral dosing, the peak comes after absorption (often 1–2 h), so "right away" really means within a few hours. For an immediate effect you'd give the loading dose IV, without dividing by F.
3. **Safety:** loading doses produce high early peaks. For drugs with a narrow therapeutic index (digoxin, phenytoin, aminoglycosides), the loading dose is often split into two or three portions a few hours apart to avoid toxicity.
4. **Patient variability:** Vd scales with body weight and composition, so in practice loading doses are often calculated per kg (e.g. using a population Vd in L/kg)."""),
    ])

# ---------------------------------------------------------------- contradiction: Java HashMap (threshold 12 -> 16)
add("contradiction", "en",
    "Java HashMap internals; in turn 4 the assistant says a default HashMap resizes once it holds more than 16 entries 'as I said earlier', contradicting its turn-1 statement that it resizes after 12 entries (16 x 0.75).",
    [("h", "How does Java's HashMap actually work internally?"),
     ("g", r"""At its core, `HashMap` is an **array of buckets** (`Node<K,V>[] table`), where each bucket holds the entries whose keys map to that array index.

**1. Hashing the key**

`put(key, value)` first calls `key.hashCode()` and then "spreads" it:

```java
static final int hash(Object key) {
    int h;
    return (key == null) ? 0 : (h = key.hashCode()) ^ (h >>> 16);
}
```

XOR-ing the high 16 bits into the low 16 bits matters because the index uses only the low bits; without it, keys whose hash codes differ only in the high bits would all collide.

**2. Finding the bucket**

The table length n is always a power of two, so the index is computed with a bit mask instead of a slow modulo:

index = (n − 1) & hash

**3. Storing the entry**

If the bucket is empty, a new node goes there. If not, HashMap walks the bucket comparing keys with `hash == hash && equals()`; if it finds the key, it replaces the value, otherwise it appends a new node.

**4. Capacity, load factor and resizing**

- Default initial capacity: **16** buckets (the array is allocated lazily on the first `put`).
- Default load factor: **0.75**.
- The map resizes when size exceeds **threshold = capacity × load factor**, so a default map resizes when you insert the **13th** entry (threshold 16 × 0.75 = **12**).
- Resizing **doubles** the table (16 → 32 → 64 ...) and redistributes entries. Thanks to the power-of-two sizes, each entry either stays at index i or moves to i + oldCapacity, decided by a single bit of its hash.

Lookups (`get`) follow the same path: hash, index, walk the bucket. With a good hash function and load factor ≤ 0.75, buckets are short and `get`/`put` are O(1) on average."""),
     ("h", "What happens when lots of keys collide? I heard Java 8 changed something there."),
     ("g", r"""Yes. Before Java 8, each bucket was a plain linked list, so if many keys landed in the same bucket, lookups degraded to O(n). That was exploited in 2011-2012 in "hash flooding" denial-of-service attacks: attackers sent HTTP requests with thousands of parameters crafted to have the same `String.hashCode()`, making servers spend seconds parsing a single request.

Java 8 (JEP 180) added **treeification**:

- When a single bucket reaches **8 nodes** (`TREEIFY_THRESHOLD = 8`), the linked list is converted into a **red-black tree** (`TreeNode`s), making lookups in that bucket O(log n).
- But only if the table has at least **64 buckets** (`MIN_TREEIFY_CAPACITY = 64`). In a smaller table, HashMap assumes the collisions are due to the table being too small and **resizes** instead of treeifying.
- If a bucket shrinks to **6 nodes** or fewer (`UNTREEIFY_THRESHOLD = 6`), for example after a resize splits it, it converts back to a list. The gap between 6 and 8 prevents flip-flopping.

Within the tree, nodes are ordered by hash first; for equal hashes, HashMap uses `compareTo` if the keys implement `Comparable`, and otherwise a tie-breaking rule based on class name and identity hash code. So keys that implement `Comparable` get the full benefit.

With a reasonable `hashCode`, treeification practically never happens: under random hashes, the probability of a bucket reaching 8 entries at load factor 0.75 is about 6 in 100 million (the JDK source comments give the Poisson estimate 0.00000006). It's a safety net against bad or malicious hash distributions, not a normal code path."""),
     ("h", "Why do I have to override hashCode() whenever I override equals()?"),
     ("g", r"""Because HashMap (and HashSet) rely on this contract from `Object`:

> If `a.equals(b)` is true, then `a.hashCode() == b.hashCode()` must also be true.

HashMap uses the hash first to pick a bucket and only calls `equals()` on entries in that bucket. If two equal objects have different hash codes, they'll almost certainly land in different buckets, and `equals()` is never even called.

```java
class Point {
    final int x, y;
    Point(int x, int y) { this.x = x; this.y = y; }

    @Override public boolean equals(Object o) {
        return o instanceof Point p && p.x == x && p.y == y;
    }
    // hashCode NOT overridden -> uses identity hash
}

Map<Point, String> map = new HashMap<>();
map.put(new Point(1, 2), "A");
map.get(new Point(1, 2));   // null! different identity hash -> different bucket
```

The fix:

```java
@Override public int hashCode() {
    return Objects.hash(x, y);     // or 31 * x + y
}
```

Rules of thumb:

- Use the **same fields** in `equals` and `hashCode`.
- Don't use **mutable** fields as part of the key: if a key's hash changes after insertion, the entry is stuck in the old bucket and becomes unreachable.
- The reverse is not required: unequal objects *may* share a hash code (collisions are legal), they just cost performance.
- Java 16+ **records** generate consistent `equals` and `hashCode` automatically, so `record Point(int x, int y) {}` is the simplest correct key class."""),
     ("h", "I'm going to load about 1,000 entries into a HashMap right at startup. Is it worth setting an initial capacity?"),
     ("g", r"""Yes, it's a cheap win, because every resize allocates a new array and rehashes all existing entries.

As I said earlier, a default HashMap starts with 16 buckets and resizes once it holds more than 16 entries, then again past 32, 64, and so on. Filling it with 1,000 entries one by one therefore triggers **6 resizes** (16 → 32 → 64 → 128 → 256 → 512 → 1,024), and the entries are rehashed over and over along the way, about 1,000 extra node moves in total.

If you create it with the right size, there are **no resizes at all**:

```java
Map<String, Config> map = new HashMap<>(1000);
```

The constructor rounds the capacity up to the next power of two, so `new HashMap<>(1000)` gives a table of 1,024 buckets, which is enough for your 1,000 entries.

Practical notes:

- **Java 19+** has a factory that expresses the intent directly: `HashMap.newHashMap(1000)`. Guava's `Maps.newHashMapWithExpectedSize(1000)` does the same on older Java versions.
- Don't oversize massively "just in case": an empty table slot still costs a reference (4-8 bytes), and iterating over a HashMap visits every bucket, so a huge, sparse table makes `keySet()` iteration slower.
- If the map is built once and then only read, consider `Map.copyOf(map)` (Java 10+) afterwards, which gives a compact immutable map.

For 1,000 entries the time saved is small in absolute terms (microseconds), so this matters most in hot paths or when creating many maps; but it costs nothing to do."""),
     ("h", "Last question: is HashMap safe to use from multiple threads?"),
     ("g", r"""No. `HashMap` is **not thread-safe**, and concurrent modification can corrupt it, not just give stale reads.

What can go wrong when two threads `put` at the same time:

- **Lost updates:** both threads read the same bucket, both append, one write overwrites the other.
- **Broken size and resize races:** two threads resizing simultaneously can lose entries.
- **Infinite loops (pre-Java 8):** the old resize reversed linked lists, and concurrent resizes could create a cycle, so a later `get` would spin forever at 100% CPU. Java 8 preserves list order during resize, which removed this specific bug, but the map is still unsafe.

Your options:

| Option | When to use |
|---|---|
| `ConcurrentHashMap` | the default choice for shared mutable maps; fine-grained locking (CAS on empty bins, `synchronized` on individual bins), lock-free reads |
| `Collections.synchronizedMap(new HashMap<>())` | simple, but a single lock for everything, so heavy contention; iteration still needs manual `synchronized (map) {...}` |
| Immutable map (`Map.copyOf`, `Map.of`) | built once, then only read; safe to share after safe publication |

`ConcurrentHashMap` also provides atomic compound operations, which you need anyway, because "check then act" on any map is a race:

```java
// racy even with a synchronized map:
if (!map.containsKey(k)) map.put(k, v);

// atomic:
map.putIfAbsent(k, v);
map.computeIfAbsent(k, key -> expensiveLoad(key));
map.merge(word, 1, Integer::sum);     // thread-safe counter
```

One difference to remember: `ConcurrentHashMap` does not allow `null` keys or values, unlike HashMap.

For your startup case specifically, a common pattern is: build a regular HashMap in one thread, then publish it as `Map.copyOf(map)` (or assign it to a `final` field) so other threads only ever read it."""),
    ])
