# Part B dialogues: flawed ones (1/2)
DIALOGUES = []

def add(label, language, note, turns):
    DIALOGUES.append({"label": label, "language": language, "note": note, "turns": turns})

# ---------------------------------------------------------------- off_topic: React -> Lisbon
add("off_topic", "en",
    "Starts as React state debugging; in user turn 3 the user switches to planning a Lisbon trip and turns 3-4 are entirely about travel, abandoning the programming goal.",
    [("h", "In my React component I call setCount(count + 1) inside a click handler and then console.log(count) on the next line, but it prints the old value. Is this a bug in React?"),
     ("g", r"""Not a bug, it's how React state works. Two things are going on:

1. **`count` is a constant for this render.** When your component function runs, `count` is just a local variable with the value from that render. Calling `setCount` doesn't change that variable; it asks React to re-render the component later with a new value. Your `console.log` runs in the same (old) render, so it sees the old number.
2. **Updates are batched.** Since React 18, all state updates inside event handlers, promises and timeouts are batched and applied after your handler finishes, so React can re-render once instead of several times.

If you need the new value right away, compute it first:

```jsx
function handleClick() {
  const next = count + 1;
  setCount(next);
  console.log(next);        // 1 more than before
}
```

If you call the setter several times in one handler, use the **functional update** form, otherwise all calls read the same stale `count`:

```jsx
setCount(c => c + 1);
setCount(c => c + 1);       // really adds 2
```

And if you want to react *after* the state has changed (e.g. to save it), use an effect:

```jsx
useEffect(() => {
  console.log("count is now", count);
}, [count]);
```"""),
     ("h", "Makes sense. Now I have const [form, setForm] = useState({ name: '', address: { city: '', zip: '' } }). How do I update only the city without wiping out the other fields?"),
     ("g", r"""`setForm` replaces the whole object, it doesn't merge like the old class-component `this.setState` did. So you copy each level you're keeping and override only what changes:

```jsx
function handleCityChange(e) {
  const city = e.target.value;
  setForm(prev => ({
    ...prev,                 // keep name
    address: {
      ...prev.address,       // keep zip
      city,                  // overwrite city
    },
  }));
}
```

Why each part matters:

- `prev => ...` uses the latest state, which is safer than reading `form` if several updates happen quickly.
- `...prev` copies the top-level fields. If you forget it, `name` disappears.
- `...prev.address` copies the nested fields. If you forget it, `zip` disappears.
- You must create **new objects** rather than mutating (`form.address.city = city` followed by `setForm(form)`), because React compares by reference: the same object means "nothing changed" and no re-render.

For a form with many fields, a generic handler saves repetition:

```jsx
const updateAddress = (field, value) =>
  setForm(prev => ({ ...prev, address: { ...prev.address, [field]: value } }));

<input value={form.address.zip} onChange={e => updateAddress("zip", e.target.value)} />
```

If the state gets deeply nested, consider flattening it or using the `use-immer` library, which lets you write `draft.address.city = city` and produces the immutable copy for you."""),
     ("h", "Perfect, that fixed it. Totally unrelated, but I'm flying to Lisbon next month for a week. Which neighborhoods are nice to stay in, and is the famous tram 28 actually worth it?"),
     ("g", r"""Lisbon is very walkable but very hilly, so where you stay changes your trip a lot.

**Neighborhoods**

- **Baixa / Chiado:** central, flat (by Lisbon standards), close to the metro, Rossio station and the river. Great first-time base. Chiado is a bit more upscale, with cafés and bookshops, including Livraria Bertrand, often called the oldest operating bookshop in the world.
- **Alfama:** the old Moorish quarter with narrow alleys, viewpoints (Miradouro de Santa Luzia, Portas do Sol) and fado houses. Very atmospheric but steep, with cobblestones that are tough with a suitcase.
- **Príncipe Real:** leafy, quieter, with boutiques and good restaurants; nice if you like a residential feel.
- **Bairro Alto:** the nightlife district. Fun to visit, but the streets are loud until 2-3 am, so think twice about sleeping there.
- **Cais do Sodré:** by the river, with the Time Out Market and trains to Cascais and Belém.

**Tram 28**

It's worth doing once, but plan it:
- It runs from Martim Moniz through Graça, Alfama, Baixa and Estrela to Campo Ourique. Board at **Martim Moniz before about 9 am** or the queue can take an hour.
- It's packed and a known spot for pickpockets, so keep your phone and wallet in front pockets.
- A single ticket bought on board costs around €3, while a 24-hour public transport pass is about €7 and also covers the metro, buses, trams and the Santa Justa lift, so it pays off quickly.

If you mostly want the views, tram 12 and tram 24 cover some of the same scenery with far fewer tourists."""),
     ("h", "Great. And what should I definitely eat there? Any day trips you'd recommend?"),
     ("g", r"""**Food to try**

- **Pastel de nata:** the custard tart. Pastéis de Belém (baking since 1837) is the famous one, but Manteigaria in Chiado is a favorite of many locals, and you can watch them being made. Eat them warm with cinnamon.
- **Bifana:** a thin pork cutlet marinated in garlic and white wine in a soft roll, a cheap and excellent lunch. As Bifanas de Afonso near the cathedral or O Trevo in Chiado are classics.
- **Bacalhau à Brás:** salt cod with shredded fried potatoes, onion and egg, topped with olives and parsley.
- **Grilled sardines:** best in June, especially around the Santo António festival on 12-13 June, when the whole of Alfama grills them on the street.
- **Polvo à lagareiro:** roasted octopus with potatoes and lots of olive oil.
- **Ginjinha:** sour cherry liqueur served in a tiny cup, e.g. at A Ginjinha on Largo de São Domingos near Rossio.

**Day trips**

1. **Sintra** (about 40 minutes by train from Rossio): Pena Palace, the Moorish Castle and Quinta da Regaleira with its initiation well. Book palace tickets online and go early; the 434 bus loops between the sights.
2. **Cascais** (about 40 minutes by train from Cais do Sodré along the coast): beaches, a pretty old town, and the cliffs at Boca do Inferno. You can combine it with Sintra if you have a car.
3. **Belém** is technically inside Lisbon, but give it half a day: Jerónimos Monastery, the Belém Tower and the tarts.

A week gives you enough time for two day trips and still plenty of slow evenings at a miradouro.""")])

# ---------------------------------------------------------------- off_topic: Docker (ko) -> Jeju trip
add("off_topic", "ko",
    "Korean Docker networking help for two turns; user turn 3 drifts to planning a Jeju family trip and the assistant answers with a full itinerary, abandoning the original goal.",
    [("h", "docker run으로 웹앱 컨테이너와 redis 컨테이너를 각각 띄웠는데요, 웹앱에서 호스트 이름 redis로 접속하면 \"Name or service not known\" 에러가 나요. 왜 그런가요?"),
     ("g", r"""원인은 **기본 bridge 네트워크에서는 컨테이너 이름으로 DNS 조회가 되지 않기 때문**입니다.

`--network` 옵션 없이 `docker run`을 하면 모든 컨테이너가 `bridge`라는 기본 네트워크에 붙습니다. 이 기본 네트워크에서는 IP로는 서로 통신할 수 있지만, Docker 내장 DNS가 컨테이너 이름을 해석해 주지 않습니다. 반면 **사용자가 직접 만든(user-defined) bridge 네트워크**에서는 컨테이너 이름이 자동으로 DNS 이름이 됩니다.

해결 방법:

```bash
# 1. 네트워크 생성
docker network create app-net

# 2. 두 컨테이너를 같은 네트워크에 연결해서 실행
docker run -d --name redis --network app-net redis:7
docker run -d --name web   --network app-net my-web-app
```

이제 웹앱에서는 `redis:6379`로 접속하면 됩니다. 예를 들어 Python이라면:

```python
import redis
r = redis.Redis(host="redis", port=6379)
```

이미 실행 중인 컨테이너라면 다시 만들 필요 없이 연결만 해도 됩니다.

```bash
docker network connect app-net redis
docker network connect app-net web
```

확인은 `docker network inspect app-net`으로 두 컨테이너가 목록에 있는지 보면 됩니다. 참고로 예전 방식인 `--link` 옵션도 있지만 공식적으로 레거시 기능이라 사용하지 않는 것이 좋습니다."""),
     ("h", "해결됐어요! 그런데 웹앱은 8000번 포트를 쓰는데, 제 PC에서는 접속되게 하고 외부에서는 접속 못 하게 하려면 어떻게 하나요?"),
     ("g", r"""포트를 게시할 때 **바인딩 주소를 127.0.0.1로 지정**하면 됩니다.

```bash
docker run -d --name web --network app-net -p 127.0.0.1:8000:8000 my-web-app
```

- `-p 8000:8000`만 쓰면 기본값이 `0.0.0.0`이라서 호스트의 **모든 네트워크 인터페이스**에 포트가 열립니다. 같은 와이파이의 다른 기기나, 서버라면 인터넷에서도 접속될 수 있습니다.
- `127.0.0.1:8000:8000`은 루프백에만 열리므로 본인 PC의 브라우저에서 `http://localhost:8000`으로만 접속됩니다.

주의할 점이 하나 있습니다. 리눅스에서 Docker는 포트 게시를 위해 iptables 규칙을 직접 추가하기 때문에, **ufw 같은 방화벽으로 막아도 Docker가 연 포트는 열려 있는 경우가 많습니다.** "방화벽으로 막았으니 괜찮겠지"라고 생각하고 `0.0.0.0`으로 열어 두는 실수가 흔하므로, 바인딩 주소로 제한하는 방법이 가장 확실합니다.

그리고 redis 컨테이너에는 `-p` 옵션을 아예 붙이지 않는 것이 좋습니다. 웹앱은 `app-net` 내부에서 `redis:6379`로 접속하므로 호스트에 포트를 게시할 필요가 없고, 게시하지 않으면 외부에서 redis에 접근할 경로 자체가 없어집니다. 인증 없이 외부에 노출된 redis는 실제로 자주 공격 대상이 됩니다.

현재 게시된 포트는 `docker port web` 또는 `docker ps`의 PORTS 열에서 `127.0.0.1:8000->8000/tcp`처럼 표시되는지 확인하세요."""),
     ("h", "감사합니다. 아 그런데 다음 달에 부모님 모시고 제주도 3박 4일 여행을 가는데, 너무 힘들지 않은 일정으로 좀 짜 주실 수 있나요?"),
     ("g", r"""부모님과 함께라면 이동 거리를 줄이고, 하루에 동선을 한 권역으로 묶는 것이 좋습니다. 대중교통보다는 **렌터카**를 추천드립니다.

**1일차: 제주시 (도착일)**
- 오후 도착 후 숙소 체크인 (제주시 또는 애월 쪽)
- 용두암과 용연 구름다리 산책 (공항에서 차로 10분)
- 저녁: 동문재래시장에서 회, 고기국수, 오메기떡 등

**2일차: 동쪽**
- 오전: **성산일출봉** (정상까지 왕복 약 50분, 계단이 많으니 무리하지 않게. 입구 주변만 둘러봐도 경치가 좋습니다)
- 점심: 성산 근처 해물뚝배기나 갈치조림
- 오후: 섭지코지 산책 (평지라 걷기 편함)
- 우도는 배를 타야 해서 체력에 여유가 있을 때만 추천

**3일차: 서쪽과 남쪽**
- 오전: 오설록 티뮤지엄과 녹차밭
- 점심 후: 협재해수욕장 (물빛이 예쁘고 산책로가 평탄)
- 오후: 서귀포로 이동해 천지연폭포 (입구에서 폭포까지 평지 산책로 약 10분)
- 저녁: 서귀포 매일올레시장

**4일차: 출발일**
- 오전: 사려니숲길 일부 구간 산책 (평탄한 숲길)
- 공항 근처에서 점심 후 출발

팁:
- 한라산 등반(성판악 코스 왕복 약 8~9시간)은 부모님께는 무리일 수 있으니, 대신 1100고지 휴게소에 차로 올라가 보시는 것을 추천합니다.
- 봄·가을이 가장 쾌적하고, 여름에는 햇빛이 강하니 모자와 양산을 챙기세요.""")])

# ---------------------------------------------------------------- leakage: decorators
add("leakage", "en",
    "Python decorator tutorial; assistant turn 3 opens with a generation-scaffold header ('Response to user query 3 (intent: ...; include code)') leaked into the reply.",
    [("h", "I keep seeing @something above functions in Python code. What is a decorator, really?"),
     ("g", r"""A decorator is just a function that takes a function and returns a (usually new) function. The `@` line is shorthand:

```python
@my_decorator
def greet():
    ...
```

means exactly

```python
def greet():
    ...
greet = my_decorator(greet)
```

This works because functions in Python are ordinary objects: you can pass them around, store them, and define them inside other functions. A typical decorator defines an inner **wrapper** function that adds behavior before and/or after calling the original:

```python
import time

def timer(func):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} took {elapsed:.3f} s")
        return result
    return wrapper

@timer
def slow_sum(n):
    return sum(range(n))

slow_sum(10_000_000)     # prints something like: slow_sum took 0.182 s
```

`*args, **kwargs` let the wrapper accept any arguments and pass them through unchanged, so the same decorator works on any function. The wrapper also remembers `func` through a closure, which is why it can call it later.

Common real-world decorators you've probably seen: `@property`, `@staticmethod` and `@classmethod` (built-in), `@functools.lru_cache` (memoization), `@app.route("/")` in Flask, and `@pytest.fixture`."""),
     ("h", "I used your timer on my function, but now help(slow_sum) shows 'wrapper' and my docstring is gone. Why?"),
     ("g", r"""Because after decoration, the name `slow_sum` literally refers to `wrapper`. The original function's metadata (`__name__`, `__doc__`, `__module__`, annotations) belongs to the original function object, which is now hidden inside the closure.

The fix is `functools.wraps`, which copies that metadata onto the wrapper:

```python
import functools
import time

def timer(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        print(f"{func.__name__} took {time.perf_counter() - start:.3f} s")
        return result
    return wrapper

@timer
def slow_sum(n):
    "Return the sum of 0..n-1."
    return sum(range(n))

print(slow_sum.__name__)   # slow_sum
print(slow_sum.__doc__)    # Return the sum of 0..n-1.
print(slow_sum.__wrapped__)  # the original, undecorated function
```

`wraps` copies `__module__`, `__name__`, `__qualname__`, `__doc__` and `__annotations__`, updates `__dict__`, and adds `__wrapped__` pointing to the original. That last attribute is handy: `inspect.signature(slow_sum)` follows it and shows the real parameters, and in tests you can call `slow_sum.__wrapped__(5)` to bypass the timing.

Rule of thumb: put `@functools.wraps(func)` on every wrapper you write. Tools like Sphinx, pytest and debuggers all behave better with it."""),
     ("h", "How do I write a decorator that takes arguments, like @retry(times=3)?"),
     ("g", r"""Response to user query 3 (intent: extend previous explanation; keep the friendly tone and include a code example):

You need one more level of nesting. `@retry(times=3)` first *calls* `retry(times=3)`, and whatever that returns is used as the actual decorator. So `retry` is a **decorator factory**:

```python
import functools
import time

def retry(times=3, delay=1.0, exceptions=(Exception,)):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if attempt == times:
                        raise
                    print(f"{func.__name__} failed ({exc!r}), retry {attempt}/{times - 1}")
                    time.sleep(delay)
        return wrapper
    return decorator

@retry(times=3, delay=0.5, exceptions=(ConnectionError,))
def fetch_data():
    ...
```

The three levels:

1. `retry(times, delay, exceptions)` receives the configuration and returns `decorator`.
2. `decorator(func)` receives the function being decorated and returns `wrapper`.
3. `wrapper(*args, **kwargs)` runs on every call.

Each inner function sees the variables of the outer ones through closures, which is how `wrapper` knows `times` and `delay`.

Two details worth noticing: the final failed attempt re-raises the original exception with a bare `raise`, so callers still get a proper traceback; and restricting `exceptions` matters, because retrying on a `TypeError` caused by a bug only wastes time.

Note that `@retry` without parentheses won't work with this version, since `retry` would receive the function as `times`. If you want both forms, check whether the first argument is callable, though many codebases simply always require the parentheses."""),
     ("h", "Can a class be used as a decorator too? When would that make sense?"),
     ("g", r"""Yes. Anything callable that takes a function and returns a callable can be a decorator. A class works because calling the class creates an instance, and if the instance defines `__call__`, the instance itself can be called like a function.

This is useful when the decorator needs to **keep state** that you also want to inspect from outside:

```python
import functools

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)   # class equivalent of @wraps
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@CountCalls
def process(item):
    return item * 2

process(1); process(2); process(3)
print(process.calls)      # 3
```

Compared with a closure-based decorator, the state is an ordinary attribute (`process.calls`) rather than a hidden variable, and you can add methods like `reset()`.

Caveats:
- **Methods:** if you decorate a method inside a class with this, `self` of the *outer* object won't be passed automatically, because `CountCalls` instances aren't descriptors. You'd need to implement `__get__` (e.g. returning `functools.partial(self.__call__, instance)`). Function-based decorators don't have this problem, which is one reason they're more common.
- **Pickling and introspection** are a bit less smooth than with plain functions.

So: for simple wrappers, use functions plus `functools.wraps`; use a class when the decorator has meaningful state or configuration you want to expose, e.g. caches, rate limiters or call counters.""")])

# ---------------------------------------------------------------- leakage: t-test (hi)
add("leakage", "hi",
    "Hindi statistics dialogue on Welch t-test and effect size; assistant turn 2 ends with a leaked generator instruction in brackets ('[नोट: उपयोगकर्ता शुरुआती स्तर का है ...]').",
    [("h", "मेरे पास दो कक्षाओं के परीक्षा अंक हैं। कक्षा A: 30 छात्र, औसत 72, मानक विचलन 8। कक्षा B: 28 छात्र, औसत 67, मानक विचलन 10। क्या यह 5 अंकों का अंतर सांख्यिकीय रूप से सार्थक है?"),
     ("g", r"""इसके लिए **स्वतंत्र दो-नमूना t-परीक्षण** उपयुक्त है। चूँकि दोनों कक्षाओं के मानक विचलन अलग हैं (8 और 10), इसलिए मैं **Welch t-परीक्षण** की सलाह दूँगा, जो समान प्रसरण (equal variance) की धारणा नहीं करता।

**चरण 1: मानक त्रुटि (Standard Error)**

SE = √(s₁²/n₁ + s₂²/n₂) = √(64/30 + 100/28) = √(2.133 + 3.571) = √5.705 ≈ **2.389**

**चरण 2: t-मान**

t = (72 − 67) / 2.389 ≈ **2.09**

**चरण 3: स्वतंत्रता की कोटि (Welch–Satterthwaite सूत्र)**

df = (2.133 + 3.571)² / (2.133²/29 + 3.571²/27) ≈ 32.55 / 0.629 ≈ **51.7**

**चरण 4: p-मान**

df ≈ 51.7 पर t = 2.09 के लिए दो-तरफ़ा (two-sided) p-मान ≈ **0.041** है।

**निष्कर्ष:** p < 0.05, इसलिए 5% सार्थकता स्तर पर अंतर सांख्यिकीय रूप से सार्थक है। अंतर का 95% विश्वास अंतराल लगभग **0.2 से 9.8 अंक** है।

ध्यान दें कि अंतराल काफ़ी चौड़ा है और 0 के बहुत पास से शुरू होता है। यानी अंतर "वास्तविक" होने की संभावना है, लेकिन उसका आकार अनिश्चित है: वह आधे अंक जितना छोटा भी हो सकता है और लगभग 10 अंक भी।

t-परीक्षण की धारणाएँ भी जाँच लें: दोनों समूहों के छात्र एक-दूसरे से स्वतंत्र हों, और अंक लगभग सामान्य वितरण में हों। 28–30 के नमूना आकार पर t-परीक्षण सामान्यता से थोड़े विचलन को सह लेता है।"""),
     ("h", "मेरे पास हर छात्र के अंकों की पूरी सूची है। यह परीक्षण Python में कैसे करूँ?"),
     ("g", r"""`scipy` लाइब्रेरी से यह एक पंक्ति का काम है:

```python
import numpy as np
from scipy import stats

a = np.loadtxt("kaksha_a.txt")   # कक्षा A के 30 अंक, हर पंक्ति में एक
b = np.loadtxt("kaksha_b.txt")   # कक्षा B के 28 अंक

result = stats.ttest_ind(a, b, equal_var=False)   # Welch t-परीक्षण
print(f"t = {result.statistic:.3f}, p = {result.pvalue:.4f}")

# 95% विश्वास अंतराल (SciPy 1.11 या नया)
ci = result.confidence_interval(0.95)
print(f"95% CI: {ci.low:.2f} से {ci.high:.2f}")
```

ज़रूरी बातें:

- `equal_var=False` ही Welch परीक्षण चालू करता है। इसे छोड़ देंगे तो डिफ़ॉल्ट में Student t-परीक्षण (समान प्रसरण) चलेगा, जिसका p-मान यहाँ लगभग 0.039 आता।
- अगर आपके पास केवल औसत और मानक विचलन हैं, कच्चा डेटा नहीं, तो यह फ़ंक्शन काम आता है:

```python
stats.ttest_ind_from_stats(72, 8, 30, 67, 10, 28, equal_var=False)
# t ≈ 2.093, p ≈ 0.0412
```

- परीक्षण से पहले डेटा को एक बार देखना अच्छा है:

```python
print(a.mean(), a.std(ddof=1), b.mean(), b.std(ddof=1))
print(stats.shapiro(a), stats.shapiro(b))   # सामान्यता जाँच
```

ध्यान दें कि मानक विचलन के लिए `ddof=1` ज़रूरी है, क्योंकि NumPy का डिफ़ॉल्ट `ddof=0` जनसंख्या का सूत्र उपयोग करता है। Shapiro परीक्षण का p-मान बहुत छोटा हो (जैसे < 0.01) और डेटा बहुत तिरछा दिखे, तो विकल्प के रूप में `stats.mannwhitneyu(a, b)` चला सकते हैं।

[नोट: उपयोगकर्ता शुरुआती स्तर का है, इसलिए कोड सरल रखें और अगले उत्तर में प्रभाव आकार (effect size) समझाएँ]"""),
     ("h", "p-मान के अलावा अंतर कितना बड़ा है, यह कैसे बताऊँ? मेरे प्रोफ़ेसर 'effect size' माँग रहे हैं।"),
     ("g", r"""सबसे आम माप **Cohen's d** है: औसतों का अंतर, संयुक्त (pooled) मानक विचलन से भाग देकर।

**संयुक्त मानक विचलन:**

s_p = √[((n₁−1)s₁² + (n₂−1)s₂²) / (n₁+n₂−2)] = √[(29·64 + 27·100) / 56] = √(4556 / 56) = √81.36 ≈ **9.02**

**Cohen's d:**

d = (72 − 67) / 9.02 ≈ **0.55**

**व्याख्या** (Cohen के पारंपरिक मानदंड):

| d | प्रभाव |
|---|---|
| 0.2 | छोटा |
| 0.5 | मध्यम |
| 0.8 | बड़ा |

तो 0.55 एक **मध्यम प्रभाव** है: कक्षा A का औसत छात्र, कक्षा B के लगभग 71% छात्रों से ऊपर होगा (अगर वितरण सामान्य हों)।

छोटे नमूनों में d थोड़ा बढ़ा-चढ़ाकर आता है, इसलिए कई पत्रिकाएँ **Hedges' g** माँगती हैं, जो एक छोटा सुधार लगाता है:

g = d × (1 − 3 / (4(n₁+n₂) − 9)) = 0.554 × (1 − 3/223) ≈ **0.55**

यहाँ अंतर नगण्य है।

Python में:

```python
import numpy as np
n1, n2 = len(a), len(b)
sp = np.sqrt(((n1-1)*a.var(ddof=1) + (n2-1)*b.var(ddof=1)) / (n1+n2-2))
d = (a.mean() - b.mean()) / sp
```

रिपोर्ट में आप ऐसे लिख सकते हैं: "कक्षा A (M = 72, SD = 8) के अंक कक्षा B (M = 67, SD = 10) से अधिक थे, Welch t(51.7) = 2.09, p = .041, d = 0.55।" यह p-मान और प्रभाव आकार दोनों एक साथ बताता है।""")])

# ---------------------------------------------------------------- placeholder: LaTeX thesis
add("placeholder", "en",
    "LaTeX thesis set-up; in assistant turn 3 the generated title page leaves an unfilled slot '[SUPERVISOR NAME]' although the user gave the supervisor's name in turn 1.",
    [("h", "I'm writing my MSc dissertation in LaTeX at the University of Leeds. Title: 'Graph Neural Networks for Short-Term Traffic Forecasting', supervisor Dr. Hannah Okafor, submission in September 2025. How should I structure the project so it doesn't become one giant file?"),
     ("g", r"""Split it into a main file plus one file per chapter. A layout that scales well:

```
dissertation/
├── main.tex
├── titlepage.tex
├── chapters/
│   ├── 01-introduction.tex
│   ├── 02-background.tex
│   ├── 03-methodology.tex
│   ├── 04-experiments.tex
│   └── 05-conclusion.tex
├── figures/
└── references.bib
```

`main.tex`:

```latex
\documentclass[12pt,a4paper]{report}

\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{amsmath,amssymb}
\usepackage{graphicx}
\graphicspath{{figures/}}
\usepackage{booktabs}          % nicer tables
\usepackage{hyperref}          % load late; clickable refs

\begin{document}

\include{titlepage}
\pagenumbering{roman}
\tableofcontents
\listoffigures
\listoftables

\clearpage
\pagenumbering{arabic}
\include{chapters/01-introduction}
\include{chapters/02-background}
\include{chapters/03-methodology}
\include{chapters/04-experiments}
\include{chapters/05-conclusion}

\end{document}
```

Each chapter file starts directly with `\chapter{Introduction}` and has no preamble.

Why `\include` rather than `\input`: `\include` starts each chapter on a new page and writes a separate `.aux` file, which lets you use `\includeonly{chapters/03-methodology}` in the preamble to compile only the chapter you're working on while keeping page numbers and cross-references from the rest. That makes compiling a 60-page document with many figures much faster.

The `report` class gives you chapters, which is what most UK MSc dissertations use. If you're on Overleaf, the same structure works; just create the folders in the file tree."""),
     ("h", "I want IEEE-style numbered citations. Should I use biblatex or natbib, and how do I set it up?"),
     ("g", r"""For a new document I'd use **biblatex** with the **biber** backend. It handles Unicode author names properly, is easier to customize, and has a maintained IEEE style (`biblatex-ieee`).

In the preamble of `main.tex` (before `hyperref`):

```latex
\usepackage[style=ieee, backend=biber, sorting=none]{biblatex}
\addbibresource{references.bib}
```

Where the bibliography should appear, typically after the conclusion:

```latex
\printbibliography[heading=bibintoc, title={References}]
```

`heading=bibintoc` adds it to the table of contents. `sorting=none` numbers references in order of first citation, as IEEE expects (the ieee style already does this, but being explicit doesn't hurt).

A `references.bib` entry:

```bibtex
@inproceedings{li2018dcrnn,
  author    = {Li, Yaguang and Yu, Rose and Shahabi, Cyrus and Liu, Yan},
  title     = {Diffusion Convolutional Recurrent Neural Network:
               Data-Driven Traffic Forecasting},
  booktitle = {International Conference on Learning Representations (ICLR)},
  year      = {2018}
}
```

Cite with `\cite{li2018dcrnn}`, which renders as [1].

**Compile order:** pdflatex → biber → pdflatex → pdflatex. Overleaf detects biber automatically; locally, `latexmk -pdf main.tex` runs the right sequence for you.

If you see "Citation undefined" or an empty bibliography, it's almost always because biber didn't run, or because natbib and biblatex are both loaded. Remove any `\usepackage{natbib}` and `\bibliographystyle{...}` lines, since they belong to the BibTeX workflow."""),
     ("h", "Could you write the title page for me with my details?"),
     ("g", r"""Here's a `titlepage.tex` with your details filled in. It uses only standard commands, so it will compile anywhere:

```latex
\begin{titlepage}
  \centering
  \vspace*{2cm}

  {\LARGE\bfseries Graph Neural Networks for\\[0.3em]
   Short-Term Traffic Forecasting\par}

  \vspace{2cm}
  {\large A dissertation submitted in partial fulfilment\\
   of the requirements for the degree of\par}
  \vspace{0.5cm}
  {\Large Master of Science\par}

  \vspace{1.5cm}
  {\large School of Computing\\ University of Leeds\par}

  \vfill
  {\large Supervisor: [SUPERVISOR NAME]\par}
  \vspace{0.8cm}
  {\large September 2025\par}
\end{titlepage}
```

Notes:

- `\vspace*{2cm}` (with the star) keeps the space at the top of the page, where plain `\vspace` would be dropped.
- `\vfill` pushes the supervisor and date to the bottom, so the layout stays balanced whatever the title length.
- I hard-coded "September 2025" instead of `\today`, so the date doesn't change every time you recompile.
- The `\par` inside each group makes the font size apply to the line spacing too; without it, multi-line titles in `\LARGE` get cramped.

Leeds schools sometimes require extra elements such as your student ID, the word count, or a declaration of academic integrity on the title page or the page after it. Check your module handbook; adding your student ID as one more `\large` line above the supervisor works the same way. You didn't mention your own name, so add it the same way, in `\Large`, between the title and the degree statement."""),
     ("h", "The handbook says 1.5 line spacing and 2.5 cm margins on all sides. How do I set that?"),
     ("g", r"""Two packages, both in the preamble of `main.tex`:

```latex
\usepackage[a4paper, margin=2.5cm]{geometry}
\usepackage{setspace}
\onehalfspacing
```

- `geometry` with `margin=2.5cm` sets top, bottom, left and right to 2.5 cm. If the dissertation is printed and bound, some handbooks want a larger inner margin; then use `left=3.5cm, right=2.5cm, top=2.5cm, bottom=2.5cm` (or `bindingoffset=1cm` with `margin=2.5cm`).
- `setspace`'s `\onehalfspacing` gives what Word calls 1.5 spacing. Don't use `\linespread{1.5}`: that actually produces roughly double spacing, because LaTeX's baseline is already 1.2 times the font size.

`setspace` is smart enough to keep footnotes, captions and the table of contents single-spaced, which is usually what handbooks intend. If your title page looks too stretched, wrap it in `\begin{singlespace} ... \end{singlespace}`.

To check the result, the `layout` package's `\layout` command draws a diagram of the page dimensions, or simply measure a printed page with a ruler. The text block on A4 should come out at 16 cm wide (21 − 2 × 2.5) and 24.7 cm tall (29.7 − 2 × 2.5).""")])

# ---------------------------------------------------------------- placeholder: pandas (it)
add("placeholder", "it",
    "Italian pandas help; in assistant turn 2 the groupby code uses the unfilled slot \"XXX\" instead of the store column 'negozio' the user named in turn 1.",
    [("h", "Ho un file vendite_2023.csv con separatore punto e virgola e i decimali con la virgola (es. 12,50). Le colonne sono: data (formato 31/01/2023), negozio, prodotto, importo. Come lo carico correttamente con pandas?"),
     ("g", r"""Con `read_csv` puoi gestire tutto in una volta:

```python
import pandas as pd

df = pd.read_csv(
    "vendite_2023.csv",
    sep=";",
    decimal=",",
    parse_dates=["data"],
    dayfirst=True,
    encoding="utf-8",
)

print(df.dtypes)
print(df.head())
```

Cosa fa ogni parametro:

- `sep=";"`: il separatore di colonna. I CSV esportati da Excel con impostazioni italiane usano quasi sempre il punto e virgola, proprio perché la virgola serve per i decimali.
- `decimal=","`: interpreta `12,50` come il numero 12.5. Senza questo parametro la colonna `importo` verrebbe letta come testo (`object`).
- `parse_dates=["data"]` con `dayfirst=True`: converte `31/01/2023` in una vera data, leggendo il primo numero come giorno. Senza `dayfirst`, una data come `03/04/2023` verrebbe interpretata come 4 marzo.
- `encoding`: se il file viene da Excel su Windows e vedi caratteri strani nelle lettere accentate, prova `encoding="cp1252"` oppure `"latin-1"`.

Controlla l'output di `df.dtypes`: dovresti vedere `datetime64[ns]` per `data` e `float64` per `importo`. Se `importo` è ancora `object`, probabilmente ci sono separatori delle migliaia (es. `1.234,50`): in quel caso aggiungi `thousands="."`."""),
     ("h", "Perfetto, funziona. Adesso vorrei il totale delle vendite per ogni mese e per ogni negozio."),
     ("g", r"""Puoi raggruppare per mese e per negozio con `pd.Grouper`, che raggruppa le date per periodo senza dover creare colonne aggiuntive:

```python
totali = (
    df.groupby([pd.Grouper(key="data", freq="MS"), "XXX"])["importo"]
      .sum()
      .reset_index()
)
print(totali.head(12))
```

- `freq="MS"` significa "Month Start": ogni gruppo è etichettato con il primo giorno del mese (2023-01-01, 2023-02-01, ...). Con `freq="M"` l'etichetta sarebbe l'ultimo giorno del mese; nelle versioni recenti di pandas si scrive `"ME"`.
- `.reset_index()` trasforma il risultato in un DataFrame normale con tre colonne, comodo per esportarlo.

Spesso è più leggibile una tabella con i mesi sulle righe e i negozi sulle colonne. Per questo c'è `pivot_table`:

```python
tabella = df.pivot_table(
    index=pd.Grouper(key="data", freq="MS"),
    columns="negozio",
    values="importo",
    aggfunc="sum",
    fill_value=0,
)
tabella.index = tabella.index.strftime("%Y-%m")
tabella["Totale"] = tabella.sum(axis=1)
print(tabella.round(2))
```

`fill_value=0` mette 0 nei mesi in cui un negozio non ha venduto nulla, invece di `NaN`. L'ultima riga aggiunge una colonna con il totale di tutti i negozi per ogni mese.

Un controllo utile: `tabella["Totale"].sum()` deve coincidere con `df["importo"].sum()`. Se non coincide, probabilmente ci sono righe con la data mancante, che `Grouper` esclude: le trovi con `df[df["data"].isna()]`."""),
     ("h", "Ottimo. Posso esportare il risultato in Excel con un foglio separato per ogni negozio?"),
     ("g", r"""Sì, con `pd.ExcelWriter` scrivi più fogli nello stesso file (serve il pacchetto `openpyxl`: `pip install openpyxl`):

```python
mensile = (
    df.groupby(["negozio", pd.Grouper(key="data", freq="MS")])["importo"]
      .sum()
      .reset_index()
)
mensile["mese"] = mensile["data"].dt.strftime("%Y-%m")

with pd.ExcelWriter("vendite_mensili_2023.xlsx", engine="openpyxl") as writer:
    for negozio, gruppo in mensile.groupby("negozio"):
        nome_foglio = str(negozio)[:31]          # Excel: massimo 31 caratteri
        for ch in '[]:*?/\\':
            nome_foglio = nome_foglio.replace(ch, "_")
        gruppo[["mese", "importo"]].to_excel(writer, sheet_name=nome_foglio, index=False)
```

Dettagli importanti:

- I nomi dei fogli Excel hanno un **limite di 31 caratteri** e non possono contenere `[ ] : * ? / \`. Il ciclo interno sostituisce questi caratteri, altrimenti otterresti un errore se un negozio si chiama, per esempio, "Milano/Centro".
- Usando `with`, il file viene salvato e chiuso automaticamente alla fine del blocco.
- `index=False` evita di scrivere la colonna dell'indice numerico, che in Excel non serve.

Se vuoi anche un foglio di riepilogo con la tabella pivot della risposta precedente, aggiungi dentro lo stesso `with`, prima del ciclo: `tabella.to_excel(writer, sheet_name="Riepilogo")`. Lo metterai così come primo foglio del file."""),
     ("h", "Ultima cosa: come faccio un grafico a linee con l'andamento mensile di ogni negozio?"),
     ("g", r"""Con la tabella pivot (mesi sulle righe, negozi sulle colonne) il grafico è quasi immediato, perché pandas disegna una linea per ogni colonna:

```python
import matplotlib.pyplot as plt

dati = tabella.drop(columns="Totale")

ax = dati.plot(figsize=(10, 5), marker="o", linewidth=2)
ax.set_title("Vendite mensili per negozio - 2023")
ax.set_xlabel("Mese")
ax.set_ylabel("Importo (€)")
ax.grid(alpha=0.3)
ax.legend(title="Negozio", bbox_to_anchor=(1.02, 1), loc="upper left")

# formato italiano per le migliaia sull'asse y
ax.yaxis.set_major_formatter(
    plt.FuncFormatter(lambda v, _: f"{v:,.0f}".replace(",", "."))
)

plt.tight_layout()
plt.savefig("andamento_negozi.png", dpi=150)
plt.show()
```

Note:

- Tolgo la colonna `Totale`, altrimenti la sua linea, molto più alta delle altre, schiaccerebbe tutte le altre verso il basso.
- `bbox_to_anchor` sposta la legenda fuori dal grafico, utile se i negozi sono molti.
- Il formatter trasforma 12500 in `12.500`, come si scrive in italiano.

Se i negozi sono più di 6-7, le linee diventano difficili da distinguere. In quel caso puoi fare un piccolo grafico per negozio con `dati.plot(subplots=True, layout=(3, 3), sharey=True, figsize=(12, 8))`, che mantiene la stessa scala sull'asse y così i confronti restano corretti.""")])

# ---------------------------------------------------------------- structure: compiler, two user turns in a row
add("structure", "en",
    "Toy compiler dialogue; malformed structure: user turns 2 and 3 come back to back with no assistant reply in between.",
    [("h", "I'm writing a toy compiler in Python for arithmetic expressions like 2 + 3 * (4 - 1). Where do I start? How do I write the lexer?"),
     ("g", r"""Start with the lexer (tokenizer): it turns the raw string into a list of tokens, so the parser never has to deal with whitespace or individual characters.

A compact and robust way is one combined regular expression with named groups:

```python
import re
from typing import Iterator, NamedTuple

class Token(NamedTuple):
    kind: str
    text: str
    pos: int

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d+)?"),
    ("OP",     r"[+\-*/]"),
    ("LPAREN", r"\("),
    ("RPAREN", r"\)"),
    ("SKIP",   r"[ \t]+"),
    ("ERROR",  r"."),          # anything else is an error
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))

def tokenize(src: str) -> Iterator[Token]:
    for m in MASTER.finditer(src):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "ERROR":
            raise SyntaxError(f"Unexpected character {m.group()!r} at position {m.start()}")
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))

print(list(tokenize("2 + 3 * (4 - 1)")))
```

Design notes:

- **Order matters** in the alternation: the regex engine tries the groups left to right, so `ERROR` (match anything) must come last.
- `m.lastgroup` tells you which named group matched, which gives you the token kind for free.
- Keeping the **position** in each token pays off later: error messages like "unexpected ')' at position 7" are much easier to debug.
- The explicit `EOF` token at the end lets the parser check "have I consumed everything?" without special cases.

The output is a list like `Token('NUMBER', '2', 0), Token('OP', '+', 2), ...`, ready for the parser."""),
     ("h", "Next, the parser. I need * and / to bind tighter than + and -, and parentheses to work."),
     ("h", "Also, should I hand-write it with recursive descent or use a parser generator like ANTLR or Lark for something this small?"),
     ("g", r"""For a grammar this size, hand-written **recursive descent** is the better choice: it's about 40 lines, has no dependencies, gives you full control over error messages, and teaches you how parsing actually works. Parser generators like ANTLR or Lark pay off when the grammar has dozens of rules or changes often.

Precedence is encoded by having one grammar rule per precedence level, with the loosest-binding operators at the top:

```
expr   := term   (("+" | "-") term)*
term   := factor (("*" | "/") factor)*
factor := NUMBER | "(" expr ")" | "-" factor
```

Because `expr` is built out of `term`s, a `*` is always grouped before the surrounding `+`. Each rule becomes one method:

```python
class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def eat(self, kind, text=None):
        tok = self.peek()
        if tok.kind != kind or (text is not None and tok.text != text):
            raise SyntaxError(f"Expected {text or kind} at position {tok.pos}, got {tok.text!r}")
        self.i += 1
        return tok

    def parse(self):
        node = self.expr()
        self.eat("EOF")
        return node

    def expr(self):
        node = self.term()
        while self.peek().kind == "OP" and self.peek().text in "+-":
            op = self.eat("OP").text
            node = (op, node, self.term())      # left-associative
        return node

    def term(self):
        node = self.factor()
        while self.peek().kind == "OP" and self.peek().text in "*/":
            op = self.eat("OP").text
            node = (op, node, self.factor())
        return node

    def factor(self):
        tok = self.peek()
        if tok.kind == "NUMBER":
            self.eat("NUMBER")
            return ("num", float(tok.text))
        if tok.kind == "LPAREN":
            self.eat("LPAREN")
            node = self.expr()
            self.eat("RPAREN")
            return node
        if tok.kind == "OP" and tok.text == "-":
            self.eat("OP")
            return ("neg", self.factor())
        raise SyntaxError(f"Unexpected {tok.text!r} at position {tok.pos}")

ast = Parser(tokenize("2 + 3 * (4 - 1)")).parse()
# ('+', ('num', 2.0), ('*', ('num', 3.0), ('-', ('num', 4.0), ('num', 1.0))))
```

The `while` loops (instead of recursion like `expr := term "+" expr`) make `8 - 3 - 2` group as `(8 - 3) - 2`, i.e. left-associative, which is what you want for subtraction and division."""),
     ("h", "Nice, I get the AST. Now how do I turn it into instructions for a simple stack machine and run them?"),
     ("g", r"""A stack machine is the easiest target: evaluate an expression tree by a **post-order traversal** (children first, then the operator), emitting an instruction at each node.

**Code generation**

```python
def compile_ast(node, code=None):
    if code is None:
        code = []
    kind = node[0]
    if kind == "num":
        code.append(("PUSH", node[1]))
    elif kind == "neg":
        compile_ast(node[1], code)
        code.append(("NEG",))
    else:                                  # binary operator
        compile_ast(node[1], code)
        compile_ast(node[2], code)
        code.append(({"+": "ADD", "-": "SUB", "*": "MUL", "/": "DIV"}[kind],))
    return code
```

For `2 + 3 * (4 - 1)` this produces:

```
PUSH 2.0
PUSH 3.0
PUSH 4.0
PUSH 1.0
SUB
MUL
ADD
```

**The virtual machine**

```python
def run(code):
    stack = []
    for instr in code:
        op = instr[0]
        if op == "PUSH":
            stack.append(instr[1])
        elif op == "NEG":
            stack.append(-stack.pop())
        else:
            b = stack.pop()          # right operand is on top
            a = stack.pop()
            if op == "ADD":   stack.append(a + b)
            elif op == "SUB": stack.append(a - b)
            elif op == "MUL": stack.append(a * b)
            elif op == "DIV": stack.append(a / b)
    assert len(stack) == 1
    return stack[0]

print(run(compile_ast(ast)))    # 11.0
```

Watch the operand order in the VM: the right operand is popped first, so `a - b` and `a / b` come out correctly. Swapping them is the most common bug here.

Trace of the stack: [2] → [2, 3] → [2, 3, 4] → [2, 3, 4, 1] → SUB → [2, 3, 3] → MUL → [2, 9] → ADD → [11].

From here, natural next steps are constant folding (compute `4 - 1` at compile time), variables with `LOAD`/`STORE` instructions, and comparisons plus jumps for `if` expressions.""")])

# ---------------------------------------------------------------- structure: Nernst (ru), ends on user turn
add("structure", "ru",
    "Russian electrochemistry dialogue; malformed structure: it ends on the third user turn with no assistant reply.",
    [("h", "Как рассчитать ЭДС элемента Даниэля при нестандартных концентрациях? Схема: Zn | Zn²⁺ (0,01 M) || Cu²⁺ (1,0 M) | Cu, температура 25 °C."),
     ("g", r"""Используем уравнение Нернста.

**1. Стандартная ЭДС**

Стандартные электродные потенциалы:
- Cu²⁺ + 2e⁻ → Cu: E° = +0,34 В (катод)
- Zn²⁺ + 2e⁻ → Zn: E° = −0,76 В (анод)

E°элемента = E°катода − E°анода = 0,34 − (−0,76) = **1,10 В**

**2. Суммарная реакция и коэффициент реакции Q**

Zn + Cu²⁺ → Zn²⁺ + Cu, число электронов n = 2.

Q = [Zn²⁺] / [Cu²⁺] = 0,01 / 1,0 = 0,01

(Твёрдые Zn и Cu в выражение не входят.)

**3. Уравнение Нернста при 25 °C**

E = E° − (0,0592 / n) · lg Q

E = 1,10 − (0,0592 / 2) · lg 0,01 = 1,10 − 0,0296 · (−2) = 1,10 + 0,059 = **≈ 1,159 В**

**Интерпретация:** ЭДС выше стандартной. Это логично по принципу Ле Шателье: концентрация продукта (Zn²⁺) низкая, а реагента (Cu²⁺) высокая, поэтому реакция «сильнее стремится» идти вправо.

Полезная проверка: каждое уменьшение [Zn²⁺] в 10 раз (или увеличение [Cu²⁺] в 10 раз) повышает ЭДС на 0,0296 В, то есть примерно на 30 мВ для двухэлектронной реакции."""),
     ("h", "А как ЭДС связана с энергией Гиббса и константой равновесия? Можно посчитать для этого элемента?"),
     ("g", r"""Связь даётся двумя ключевыми формулами:

ΔG = −nFE  и  ΔG° = −RT ln K = −nFE°

где F = 96 485 Кл/моль (постоянная Фарадея).

**Стандартная энергия Гиббса**

ΔG° = −2 · 96 485 · 1,10 = −212 267 Дж/моль ≈ **−212 кДж/моль**

Отрицательное значение означает, что реакция самопроизвольна при стандартных условиях.

**Энергия Гиббса при ваших концентрациях**

ΔG = −2 · 96 485 · 1,159 ≈ **−224 кДж/моль**

Реакция ещё более выгодна, что согласуется с более высокой ЭДС.

**Константа равновесия**

Из ΔG° = −RT ln K при 25 °C удобно использовать форму:

lg K = nE° / 0,0592 = 2 · 1,10 / 0,0592 ≈ 37,2

K ≈ **1,5 · 10³⁷**

Это огромное значение: в равновесии отношение [Zn²⁺]/[Cu²⁺] составляет порядка 10³⁷, то есть медь практически полностью вытесняется из раствора. Именно поэтому цинковая пластинка в растворе CuSO₄ быстро покрывается медью.

Итог в виде таблицы:

| Величина | Значение |
|---|---|
| E° | 1,10 В |
| E (ваши условия) | 1,159 В |
| ΔG° | −212 кДж/моль |
| ΔG | −224 кДж/моль |
| K | ≈ 1,5 · 10³⁷ |

Когда элемент работает, [Zn²⁺] растёт, [Cu²⁺] падает, Q увеличивается и ЭДС постепенно снижается. В равновесии E = 0 и Q = K: батарейка «села»."""),
     ("h", "А если элемент работает при 50 °C, как изменится расчёт ЭДС для тех же концентраций? Коэффициент 0,0592 ведь тогда другой?")])

# ---------------------------------------------------------------- repetition: TCP congestion control
add("repetition", "en",
    "TCP congestion control tutorial; in turn 4 the user re-asks in other words what TCP does on packet loss (already answered in turn 3) and the assistant re-explains the same content reworded.",
    [("h", "How does TCP avoid overwhelming the network? I keep confusing flow control and congestion control."),
     ("g", r"""They protect two different things:

| | Flow control | Congestion control |
|---|---|---|
| Protects | the **receiver** | the **network** (routers, links) |
| Mechanism | receive window (**rwnd**) advertised by the receiver in every ACK | congestion window (**cwnd**) kept privately by the sender |
| Signal | "my buffer has X bytes free" | packet loss, duplicate ACKs, rising delay (depending on algorithm) |

The sender may have at most **min(cwnd, rwnd)** bytes unacknowledged in flight at any time.

- **Flow control** is simple: if the receiving application reads slowly and its socket buffer fills up, the receiver advertises a smaller window, down to zero, and the sender stops until the window opens again.
- **Congestion control** is harder because nobody tells the sender how much capacity the path has. The sender has to infer it: increase cwnd while things go well, and cut it when it sees signs of congestion, mainly packet loss.

Throughput is roughly window / RTT. For example, with a 64 KB window and 50 ms RTT you can't exceed about 64 KB / 0.05 s = 1.28 MB/s (about 10 Mbit/s), no matter how fast the link is. That's why modern stacks use window scaling (RFC 7323) to allow windows far beyond 64 KB."""),
     ("h", "What are slow start and congestion avoidance?"),
     ("g", r"""They're the two growth phases of cwnd in classic TCP (Reno-style):

**Slow start**
- A new connection starts with a small initial window. Modern systems use **10 segments** (RFC 6928), about 14 KB with a 1,460-byte MSS.
- For every ACK received, cwnd grows by one segment. Since a full window of ACKs arrives every RTT, cwnd **doubles each round trip**: 10 → 20 → 40 → 80 ...
- Despite the name, this is exponential growth; it's "slow" only compared with blasting the whole receive window at once.
- Slow start ends when cwnd reaches the **slow-start threshold (ssthresh)** or when loss occurs.

**Congestion avoidance**
- Once cwnd ≥ ssthresh, growth becomes linear: about **one segment per RTT** (each ACK adds MSS·MSS/cwnd).
- This is the "additive increase" part of **AIMD** (additive increase, multiplicative decrease). The sender carefully probes for more bandwidth.

A quick example: with a 100 ms RTT, starting at 10 segments and ssthresh at 160 segments, slow start reaches 160 after 4 RTTs (0.4 s). From there, growing to 200 segments takes another 40 RTTs (4 s) in congestion avoidance.

Initially ssthresh is set very high, so the first slow start usually runs until the first loss, which gives the sender its first estimate of the path's capacity."""),
     ("h", "What happens when a packet gets lost?"),
     ("g", r"""TCP detects loss in two ways and reacts differently to each, because they indicate different severity.

**1. Three duplicate ACKs → fast retransmit and fast recovery**

If segment 5 is lost but 6, 7 and 8 arrive, the receiver keeps ACKing "I still need 5". Three duplicate ACKs tell the sender that segment 5 is probably lost, *but later segments are still getting through*, so the network is only mildly congested. In Reno (RFC 5681):
- retransmit segment 5 immediately, without waiting for a timer (**fast retransmit**);
- set **ssthresh = cwnd / 2** (more precisely, half the data in flight, minimum 2 segments);
- set **cwnd = ssthresh + 3** segments and stay in congestion avoidance (**fast recovery**), rather than restarting from scratch.

This halving is the "multiplicative decrease" in AIMD.

**2. Retransmission timeout (RTO) → back to slow start**

If no ACKs arrive at all until the retransmission timer expires, something more serious is going on (many packets lost, or the path is down). Then:
- **ssthresh = cwnd / 2**;
- **cwnd = 1 segment**, and the sender goes back to **slow start**;
- the RTO value doubles with each consecutive timeout (exponential backoff).

The RTO is computed from smoothed RTT measurements; RFC 6298 recommends a minimum of 1 second, while Linux uses 200 ms. A timeout is therefore very costly for throughput, which is why features like SACK (selective acknowledgments) and RACK exist: they detect and repair losses faster so that timeouts stay rare."""),
     ("h", "Got it. Just so I'm sure I understand: how does the sender react when it notices a segment has gone missing?"),
     ("g", r"""It depends on how the sender notices the missing segment.

**Case 1: duplicate ACKs.** When the receiver gets segments after a gap, it keeps acknowledging the last in-order byte. After **three duplicate ACKs**, the sender concludes the segment was lost while the following ones arrived, a sign of mild congestion. It then:
- resends the missing segment right away instead of waiting for the timer (fast retransmit);
- halves the slow-start threshold, **ssthresh = cwnd / 2**;
- continues with **cwnd = ssthresh + 3** segments in fast recovery, remaining in congestion avoidance instead of starting over.

**Case 2: timeout.** If the retransmission timer fires because no ACKs came back at all, the sender assumes heavy congestion or a broken path. It:
- sets **ssthresh = cwnd / 2**;
- drops **cwnd to 1 segment** and restarts **slow start**;
- doubles the RTO for each further consecutive timeout.

Timeouts are expensive: the RTO minimum is 1 s according to RFC 6298 (200 ms in Linux), and the window collapses to one segment. Mechanisms like SACK and RACK help detect losses via ACK information instead, so the cheaper fast-retransmit path is used as often as possible."""),
     ("h", "OK. And how does CUBIC, which I read is the Linux default, differ from this Reno behavior?"),
     ("g", r"""CUBIC (RFC 8312, updated by RFC 9438) keeps the same loss signals but changes **how cwnd grows and how much it shrinks**. It's been the Linux default since kernel 2.6.19 (2006), and Windows has used it by default since Windows 10 version 1709.

**Growth as a function of time, not ACKs**

Reno adds one segment per RTT, so on a long-distance 10 Gbit/s path it can take hours to grow back after a loss. CUBIC instead sets the window from the **time since the last loss**:

W(t) = C · (t − K)³ + W_max

- W_max is the window size just before the last loss.
- C = 0.4 is a scaling constant.
- K = ∛(W_max · (1 − β) / C) is the time at which the curve returns to W_max.

The shape is what makes it clever: cwnd grows fast right after the reduction, **flattens out near W_max** (where the last loss happened, so it probes carefully), and then, if no loss occurs, accelerates again to look for new capacity.

**Gentler decrease**

On loss CUBIC reduces cwnd to **β = 0.7** of its value (a 30% cut) instead of Reno's 50%.

**RTT fairness**

Because growth depends on elapsed time rather than the ACK rate, flows with long RTTs aren't starved by short-RTT flows as badly as with Reno.

For small windows (short paths, low bandwidth), CUBIC includes a "TCP-friendly region" where it grows at least as fast as Reno would, so it behaves no worse than Reno there.

A different approach worth knowing is **BBR** (Google, 2016), which doesn't use loss as its main signal at all: it estimates bottleneck bandwidth and minimum RTT and paces packets accordingly.""")])
