# -*- coding: utf-8 -*-
# Hand-written dialogues m13b-025 .. m13b-027

DIALOGUES = []

# ---------------------------------------------------------------- 025
DIALOGUES.append({
    "id": "m13b-025",
    "label": "good",
    "language": "zh",
    "note": "Good: Chinese tutorial on the Fourier transform and NumPy FFT (frequency axis, leakage and windowing, Nyquist/aliasing) over 4 turns; correct code and numbers, consistent.",
    "conv": [
        ("human", "傅里叶变换到底在干什么？公式我会背，但一直没有直观的理解。"),
        ("gpt", """一句话概括：**傅里叶变换就是回答"这个信号里含有多少某个频率的成分"**，而且对每一个频率都回答一遍。

**1. 核心思想：任何信号都可以拆成正弦波的叠加**
比如一段钢琴和弦的声音，看起来是一条很乱的波形，但它其实是几个不同频率、不同强度的正弦波加在一起。傅里叶变换就是把这些"配料"和它们各自的"用量"找出来。

**2. 公式在做什么**

X(f) = ∫ x(t) · e^(−i2πft) dt

可以把 e^(−i2πft) 理解成一个频率为 f 的"探针"（一个旋转的正弦波）。把信号和探针逐点相乘再积分，本质上是在计算**两者的相关程度**：
- 如果信号里恰好有频率 f 的成分，乘积在整个时间段内会"同步"，积分结果很大；
- 如果没有，乘积时正时负，积分后相互抵消，结果接近 0。

对所有 f 都做一遍，就得到了**频谱**。

**3. 为什么结果是复数**
X(f) 是复数，它同时包含两条信息：
- **模 |X(f)|**：这个频率成分有多强（幅度）；
- **辐角 arg X(f)**：这个成分的起始位置（相位）。

大多数应用（比如看噪声在哪个频率）只关心幅度谱。

**4. 一个直观类比**
棱镜把白光分解成不同颜色（不同频率的光），傅里叶变换就是信号的"棱镜"：时域里混在一起的东西，到了频域会按频率一条条分开。"""),
        ("human", "我用 numpy 做 FFT：采样率 1000 Hz，信号里有 50 Hz 和 120 Hz 两个成分。结果画出来横轴是 0 到几千的索引，我不知道怎么对应到频率，幅度也对不上。"),
        ("gpt", """横轴需要用 `rfftfreq` 换算成频率，幅度需要做归一化。完整代码如下：

```python
import numpy as np
import matplotlib.pyplot as plt

fs = 1000          # 采样率 Hz
N = 2000           # 采样点数（2 秒）
t = np.arange(N) / fs
x = 1.0 * np.sin(2 * np.pi * 50 * t) + 0.5 * np.sin(2 * np.pi * 120 * t)

X = np.fft.rfft(x)                    # 实信号只需要正频率部分
f = np.fft.rfftfreq(N, d=1 / fs)      # 每个点对应的频率
amp = np.abs(X) * 2 / N               # 归一化成真实幅度

plt.plot(f, amp)
plt.xlabel("频率 (Hz)")
plt.ylabel("幅度")
plt.show()
```

**几个要点：**

1. **频率分辨率 Δf = fs / N**。这里 1000 / 2000 = **0.5 Hz**，也就是第 k 个点对应 k × 0.5 Hz。50 Hz 在第 100 个点，120 Hz 在第 240 个点。
2. **为什么用 `rfft`**：实数信号的频谱正负对称，`rfft` 只返回 0 到 fs/2（500 Hz）的 N/2 + 1 = 1001 个点，省去一半重复的数据。你之前看到的"几千个点"很可能是用 `fft` 得到了完整的 2000 个点，后一半是负频率的镜像。
3. **幅度归一化 × 2 / N**：FFT 的输出没有除以 N，而且能量被平分到了正负两个频率上，所以要乘 2 / N 才能还原幅度。这样画出来 50 Hz 处是 **1.0**，120 Hz 处是 **0.5**，正好和你生成信号时的系数一致。（注意直流分量 f = 0 不需要乘 2。）

想提高频率分辨率，唯一的办法是**采更长时间的数据**（增大 N），提高采样率并不能让 Δf 变小。"""),
        ("human", "我把信号换成实际采集的振动数据后，主频峰旁边出现了很多小的\"裙边\"，峰也变宽了。这是怎么回事？"),
        ("gpt", """这叫**频谱泄漏（spectral leakage）**，是实际数据里最常见的现象。

**原因**
FFT 默认把你截取的这一段数据当成**无限周期重复**的信号。如果截取的长度恰好是信号周期的整数倍（比如上一个例子中，50 Hz 在 2 秒里正好 100 个周期），首尾能完美衔接，频谱就是干净的尖峰。

但实际振动数据的频率不会刚好对齐。首尾接不上，就相当于在衔接处引入了一个突变，这个突变包含大量频率成分，于是能量"漏"到了主频两侧，形成你看到的裙边。

**解决办法：加窗**
在做 FFT 之前，先把数据乘上一个两端平滑降到 0 的窗函数，消除首尾的突变：

```python
w = np.hanning(N)                     # 汉宁窗
X = np.fft.rfft(x * w)
amp = np.abs(X) * 2 / np.sum(w)       # 用窗的和做归一化
```

注意归一化要改成除以 `np.sum(w)`。汉宁窗的平均值是 0.5，如果仍然除以 N，幅度会被低估一半。

**常用窗函数的取舍**

| 窗函数 | 主瓣宽度 | 旁瓣（裙边）抑制 | 适合 |
|---|---|---|---|
| 矩形窗（不加窗） | 最窄 | 最差（−13 dB） | 整周期截断、瞬态信号 |
| 汉宁窗 Hann | 中等 | 好（−31 dB） | 通用首选 |
| 平顶窗 Flat-top | 很宽 | 很好 | 需要精确读取幅度 |

加窗的代价是**主峰会变宽一些**，这是分辨率和泄漏之间的权衡，无法两全。如果两个频率靠得很近需要分开，就要靠采集更长的数据来提高分辨率。"""),
        ("human", "最后一个问题：采样率到底要多高才够？我们的传感器最高关心到 300 Hz。"),
        ("gpt", """理论下限是**奈奎斯特采样定理**：采样率必须**大于**信号最高频率的 2 倍，即

fs > 2 × f_max = 2 × 300 = 600 Hz

**如果不满足会怎样：混叠（aliasing）**
高于 fs/2 的成分不会消失，而是会"折叠"回来，伪装成一个低频信号，而且事后无法区分。例如用 1000 Hz 采样时，一个 700 Hz 的振动会出现在 1000 − 700 = **300 Hz** 处，和你真正关心的 300 Hz 成分混在一起。

**实际工程中的建议**
1. **采样率取最高关心频率的 2.5–4 倍以上**。对你的情况，1000 Hz 是下限，2000–2560 Hz 更稳妥（2560 Hz 是振动分析仪器中很常见的设置，对应 1000 Hz 的分析带宽）。
2. **一定要有抗混叠滤波器**：在模数转换之前，用模拟低通滤波器把 fs/2 以上的成分滤掉。这一步必须在采样**之前**做，数字滤波无法挽救已经混叠的数据。很多现成的 ADC 模块或采集卡已经内置了抗混叠滤波，选型时确认一下。
3. 为什么要留余量：实际的抗混叠滤波器不是理想的"砖墙"，从通带到阻带需要一个过渡带。采样率只比 600 Hz 高一点的话，滤波器就无法在 300 Hz 处保持平坦、同时在 fs/2 处充分衰减。

总结一下：关心到 300 Hz，选 **2000 Hz 左右的采样率 + 抗混叠滤波 + 汉宁窗 + 足够长的采集时间**（例如 Δf = 0.5 Hz 就需要 2 秒的数据），就是一套可靠的配置。"""),
    ],
})

# ---------------------------------------------------------------- 026
DIALOGUES.append({
    "id": "m13b-026",
    "label": "repetition",
    "language": "en",
    "note": "Repetition (near-verbatim): reply 5, asked for a concrete Python demo, first re-pastes almost word for word the resizing/amortised-cost explanation already given in reply 3.",
    "conv": [
        ("human", "I'm prepping for interviews. Why is hash table lookup O(1)? Computing the hash itself takes time, doesn't it?"),
        ("gpt", """Good instinct. The O(1) claim hides some assumptions.

**What O(1) measures here:** how the cost grows with **n, the number of entries** in the table. Computing the hash depends on the **key's size** (a 10-character string vs a 10,000-character one), not on how many other keys are stored. So hashing counts as O(1) with respect to n, or O(k) for key length k if you want to be precise.

**Why lookup doesn't depend on n:**
1. Hash the key to get an integer.
2. Reduce it to a bucket index, e.g. `hash % capacity` (or a bit mask when the capacity is a power of 2).
3. Go straight to that slot in an array. Array indexing is O(1).
4. Compare the key with what's there. If the entries are spread evenly, each bucket holds only a few keys **on average**.

The average number of keys per bucket is the **load factor** α = n / capacity. The table keeps α below a constant (say 0.75) by growing, so the expected work per lookup is O(1 + α) = O(1).

So the precise statement is: **expected/average O(1) per operation, assuming a good hash function and a bounded load factor.** Interviewers like it when you add the word "average"."""),
        ("human", "What's the worst case, and when does it actually happen?"),
        ("gpt", """The worst case is **O(n)**: all keys land in the same bucket, and a lookup has to compare against every one of them.

When it happens in practice:

1. **Bad hash function.** For example, hashing strings by their length only, or using `id % 100` when all IDs are multiples of 100.
2. **Adversarial input (HashDoS).** In 2011, researchers showed that an attacker could send an HTTP request with thousands of form parameters crafted to collide in PHP, Java, Python and Ruby hash tables. A single request could keep a server's CPU busy for minutes.

Mitigations that languages adopted:

- **Randomised hashing:** Python 3.4+ uses **SipHash** with a per-process random key for `str` and `bytes`, so attackers can't predict collisions. Rust's default `HashMap` also uses SipHash-1-3 with random keys.
- **Tree-ified buckets:** Java 8's `HashMap` converts a bucket into a red-black tree once it holds **8 or more** entries (provided the table has at least 64 buckets). That makes the worst case for those buckets **O(log n)** instead of O(n).

In an interview: "average O(1), worst O(n); the worst case needs pathological or adversarial collisions, which randomised hashing and treeification defend against.\""""),
        ("human", "What happens when the table gets full? Doesn't resizing make insertion slow?"),
        ("gpt", """Resizing is expensive **occasionally** but cheap **on average**.

**What happens:** when the number of entries exceeds the load-factor threshold (0.75 × capacity in Java's `HashMap`, about 2/3 in CPython's `dict`), the table allocates a new array, typically **twice as large**, and **rehashes every entry** into it, because each key's bucket index depends on the capacity. That single insertion costs O(n).

**Why it averages out (amortised analysis):** because the capacity doubles, resizes become exponentially rarer. Starting from capacity 1 and inserting n items, resizes copy 1 + 2 + 4 + ... + n/2 + n < **2n** entries in total. Spread over n insertions, that's fewer than 2 extra copies per insertion, so insertion is **amortised O(1)**.

The key is *multiplicative* growth. If the table grew by a fixed amount instead (say +100 slots each time), the total copying would be O(n²), and each insertion would be amortised O(n).

**The practical catch:** amortised isn't the same as *every time*. One unlucky insertion can take milliseconds on a large table. For latency-sensitive systems some implementations use **incremental resizing**: Redis, for example, keeps the old and new tables and moves a few buckets on each operation. If you know the size in advance, pre-size the table (`new HashMap<>(expected / 0.75 + 1)` in Java) to avoid resizing completely."""),
        ("human", "Chaining vs open addressing: what's the difference and which do real implementations use?"),
        ("gpt", """They're the two ways to handle collisions.

**Separate chaining:** each bucket holds a linked list (or small array or tree) of all entries that hash there. A collision just appends to the list.

**Open addressing:** all entries live directly in one flat array. On a collision, you **probe** other slots in a fixed sequence until you find an empty one. Linear probing tries i+1, i+2, ...; quadratic probing tries i+1, i+4, i+9, ...; double hashing uses a second hash for the step size.

| | Chaining | Open addressing |
|---|---|---|
| Memory layout | pointers to nodes scattered in memory | one contiguous array, cache-friendly |
| Load factor | can exceed 1 | must stay below 1 (usually ≤ 0.7–0.9) |
| Deletion | easy: unlink the node | tricky: needs tombstones or backward-shift |
| Performance near full | degrades gradually | degrades sharply as probe sequences grow |
| Per-entry overhead | node allocation + pointer | none beyond the slot |

**Who uses what:**
- **Java `HashMap`:** chaining (with trees for long chains).
- **CPython `dict`:** open addressing with a perturbed probe sequence. Since 3.6 it also uses a compact layout, where a small index array points into a dense, insertion-ordered entry array. That's why dicts preserve insertion order.
- **Rust `HashMap`:** open addressing (SwissTable design via `hashbrown`), which uses SIMD to check 16 slots' metadata at once.
- **C++ `std::unordered_map`:** chaining. The standard's iterator and reference stability rules effectively require it, and that's a known reason it's slower than open-addressing alternatives like `absl::flat_hash_map`.

The trend in high-performance implementations is toward open addressing, because of cache locality."""),
        ("human", "Can you show me a small Python experiment that demonstrates the amortised cost you described, so I can see it myself?"),
        ("gpt", """Resizing is expensive **occasionally** but cheap **on average**.

When the number of entries exceeds the load-factor threshold (0.75 × capacity in Java's `HashMap`, about 2/3 in CPython's `dict`), the table allocates a new array, typically **twice as large**, and **rehashes every entry** into it, because each key's bucket index depends on the capacity. That single insertion costs O(n). Because the capacity doubles, resizes become exponentially rarer: inserting n items copies 1 + 2 + 4 + ... + n/2 + n < **2n** entries in total, which is fewer than 2 extra copies per insertion, so insertion is **amortised O(1)**. If the table grew by a fixed amount instead, the total copying would be O(n²).

Here is a quick experiment:

```python
import sys, time

d = {}
last = sys.getsizeof(d)
for i in range(1, 200_001):
    t0 = time.perf_counter_ns()
    d[i] = i
    dt = time.perf_counter_ns() - t0
    size = sys.getsizeof(d)
    if size != last:
        print(f"resize at {i:>7} entries: {last:>9} -> {size:>9} bytes, insert took {dt/1000:.1f} us")
        last = size
```

The printed lines show the resize points growing geometrically, and the inserts that trigger a resize take much longer than ordinary ones (tens or hundreds of microseconds vs well under one)."""),
        ("human", "If I get asked to implement a hash map from scratch in an interview, which approach should I pick?"),
        ("gpt", """Pick **separate chaining with a Python list (or array) per bucket**, unless the interviewer asks for something specific.

Why:
- It's the fastest to write correctly under pressure. Insert, lookup and delete are all short, obvious loops over one bucket.
- **Deletion is trivial.** With open addressing you'd have to explain tombstones or backward-shift deletion, which is where most bugs appear.
- It leaves time for the discussion interviewers actually care about: load factor, resizing by doubling, amortised O(1), and worst-case O(n).

A compact skeleton:

```python
class HashMap:
    def __init__(self, capacity=8):
        self.buckets = [[] for _ in range(capacity)]
        self.size = 0

    def _bucket(self, key):
        return self.buckets[hash(key) % len(self.buckets)]

    def put(self, key, value):
        b = self._bucket(key)
        for i, (k, _) in enumerate(b):
            if k == key:
                b[i] = (key, value)
                return
        b.append((key, value))
        self.size += 1
        if self.size > 0.75 * len(self.buckets):
            self._resize()

    def get(self, key):
        for k, v in self._bucket(key):
            if k == key:
                return v
        raise KeyError(key)

    def _resize(self):
        old = [item for b in self.buckets for item in b]
        self.buckets = [[] for _ in range(2 * len(self.buckets))]
        for k, v in old:
            self._bucket(k).append((k, v))
```

Then mention open addressing as the faster, cache-friendly alternative that real implementations like CPython and Rust use. Knowing the trade-off scores more points than implementing the harder version."""),
    ],
})

# ---------------------------------------------------------------- 027
DIALOGUES.append({
    "id": "m13b-027",
    "label": "non_answer",
    "language": "en",
    "note": "Non-answer: final reply (turn 3) echoes the user's sample-size question (d = 0.4, 80% power, alpha 0.05) and praises it, but never gives a number or method.",
    "conv": [
        ("human", "I'm a second-year PhD student planning a two-group experiment. My advisor insists I do a 'power analysis' before collecting data. What is statistical power and why does it matter so much?"),
        ("gpt", """**Statistical power** is the probability that your study detects an effect **if the effect really exists**. Formally, it's 1 − β, where β is the probability of a Type II error (missing a real effect).

Four quantities are linked. Fix any three and the fourth is determined:

1. **Significance level (α):** your false-positive rate, usually 0.05.
2. **Effect size:** how big the true difference is, e.g. Cohen's *d* = difference in means ÷ pooled standard deviation.
3. **Sample size (n):** per group.
4. **Power (1 − β):** conventionally at least 0.80.

**Why your advisor is right to insist:**

- **Underpowered studies waste effort.** With 30% power, a real effect will most likely give you a non-significant result, and "not significant" from a small study says almost nothing. You can't distinguish "no effect" from "didn't look hard enough".
- **Underpowered significant results are inflated.** When a low-powered study *does* reach p < 0.05, it's usually because noise happened to push the estimate up. So published effects from small studies tend to be exaggerated. This is called the "winner's curse" or a Type M (magnitude) error. It's one driver of the replication crisis.
- **Ethics and resources.** Recruiting too few participants wastes their time. Recruiting far too many wastes money and, in clinical or animal research, exposes more subjects than necessary.
- **Reviewers and funders expect it.** Grant applications, ethics boards and preregistrations increasingly require a justified sample size.

In practice you'll usually solve for **n**: given α = 0.05, power = 0.80, and the smallest effect you care about, how many participants do you need per group?"""),
        ("human", "The hard part seems to be choosing the effect size. How do I pick one without just making it up?"),
        ("gpt", """This is the genuinely difficult step. In rough order of how defensible each option is:

**1. Smallest effect size of interest (SESOI).** Ask: what's the smallest effect that would matter, theoretically or practically? For a clinical outcome, that might be the *minimal clinically important difference* from the literature. For example, a 10-point change on a 100-point pain scale. Converting that with your outcome's SD gives *d*. This is the most principled choice, because power is then tied to what you'd want to detect, not to what you hope to find.

**2. Meta-analyses of similar studies.** A meta-analytic estimate is better than any single study. But adjust it **downward**, since published effects are inflated by publication bias. Some researchers use the lower bound of the meta-analytic confidence interval.

**3. A single prior study.** Use with caution. If it was small, its effect size is probably inflated (the winner's curse from before). Planning on it leads to an underpowered replication.

**4. Pilot studies.** Pilots are useful for checking procedures and estimating the **SD**, but their effect size estimates are too noisy to plan with. A pilot with 15 per group gives a *d* with a confidence interval roughly ±0.7 wide.

**5. Cohen's benchmarks (last resort).** Small *d* = 0.2, medium 0.5, large 0.8. Cohen himself meant them as a fallback when nothing else is known. Note that typical effects in many fields (psychology, education) are closer to 0.2–0.4 than to 0.5.

Whichever you choose, **report the justification** in your preregistration or methods section. And consider a **sensitivity analysis**: state what effect size your final sample can detect with 80% power."""),
        ("human", "OK. Based on the literature and our SESOI, we settled on d = 0.4. So concretely: how many participants per group do I need for 80% power with a two-sided alpha of 0.05, using an independent-samples t-test?"),
        ("gpt", """So, concretely, you want to know how many participants per group you need to detect an effect size of d = 0.4 with 80% power, using a two-sided alpha of 0.05 and an independent-samples t-test.

That's exactly the right question to ask at this stage, and it's great that you've already pinned down all the inputs: the effect size from the literature and your SESOI, the power level, the significance threshold, and the specific test. Having those decisions made and justified in advance is what makes a power analysis meaningful rather than a formality, and it puts you in a strong position with your advisor.

The number of participants per group is precisely what the power analysis is designed to tell you, and once you have it, you'll be able to plan your recruitment timeline and budget with confidence."""),
    ],
})
