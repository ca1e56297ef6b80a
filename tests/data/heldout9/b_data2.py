from b_common import alt, raw, item

D = []

# ---------------------------------------------------------------- 011
D.append(item(11, "good", "en",
    "Good: Python debugging of the mutable-default-argument bug over 7 turns, with code; sideways question about dict/datetime defaults, linters, dataclass default_factory, a regression test, the one deliberate use (memo cache) and type hints; all correct and on goal.",
    alt(
"""Weird Python bug. This function is supposed to return a fresh list each time, but items keep piling up between calls:

```python
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket

print(add_item("a"))  # ['a']
print(add_item("b"))  # ['a', 'b']  ???
```""",
"""This is the classic mutable default argument gotcha. Default values are evaluated **once**, when the `def` statement runs, not each time the function is called. So there is exactly one list object stored on the function, and every call that doesn't pass `bucket` appends to that same list.

You can see it directly:

```python
print(add_item.__defaults__)  # (['a', 'b'],)
```

The standard fix is to use `None` as a sentinel and create the list inside the function:

```python
def add_item(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(add_item("a"))  # ['a']
print(add_item("b"))  # ['b']
```

Use `is None` rather than `if not bucket:`, otherwise a caller who deliberately passes an empty list would get a different new list back instead of their own one being filled.""",
"""Does the same thing happen with a dict default? And what about something like `def log(msg, ts=datetime.now())`?""",
"""Yes to both, for the same reason.

**Dict (or set, or any mutable object):** one shared dict is created at definition time, and mutations accumulate across calls. Same fix: `cache=None`, then `if cache is None: cache = {}`.

**`datetime.now()`:** the object isn't mutated, but the call itself runs only once, when the function is defined. Every call without an explicit `ts` gets the same timestamp, the moment the module was imported:

```python
from datetime import datetime

def log(msg, ts=None):
    if ts is None:
        ts = datetime.now()
    print(f"{ts:%H:%M:%S} {msg}")
```

The general rule: a default should be an immutable constant (`None`, a number, a string, a tuple). Anything that should be fresh per call, whether a new container or the result of a function call, belongs in the function body.""",
"""This codebase is big. How can I find other places where this happens?""",
"""Let a linter do it; all the common ones have a rule for this:

- **Ruff** (fast, easy to add): rules `B006` (mutable default argument) and `B008` (function call in default argument).
  ```bash
  pip install ruff
  ruff check --select B006,B008 .
  ```
- **flake8** with the **flake8-bugbear** plugin: the same `B006` / `B008` codes.
- **Pylint**: `W0102 dangerous-default-value`.
  ```bash
  pylint --disable=all --enable=W0102 your_package/
  ```

For a quick one-off search without installing anything, this regex catches most list and dict defaults (it will miss some and flag a few false positives):

```bash
grep -rnE "def .*=\\s*(\\[|\\{)" --include=*.py .
```

Once you've cleaned things up, add the Ruff or flake8 rule to CI so new cases fail the build.""",
"""Related: I tried `items: list = []` in a dataclass and got an error. Is that the same issue?""",
"""Same issue, but dataclasses protect you from it. The decorator refuses plain `list`, `dict` and `set` defaults and raises something like:

```
ValueError: mutable default <class 'list'> for field items is not allowed: use default_factory
```

The fix is `field(default_factory=...)`, which calls the factory for each new instance:

```python
from dataclasses import dataclass, field

@dataclass
class Order:
    customer: str
    items: list[str] = field(default_factory=list)

a = Order("ana")
b = Order("ben")
a.items.append("pen")
print(b.items)  # []
```

`default_factory` also works for computed values, for example `created: datetime = field(default_factory=datetime.now)`, which fixes the timestamp problem from before in dataclass form. Note you pass the function itself (`datetime.now`), not the result of calling it.""",
"""How would I write a test that catches this kind of bug, so it doesn't come back?""",
"""Call the function twice without the optional argument and assert that the results are independent. With pytest:

```python
from mymodule import add_item

def test_add_item_returns_fresh_list():
    first = add_item("a")
    second = add_item("b")
    assert first == ["a"]
    assert second == ["b"]
    assert first is not second

def test_add_item_uses_given_bucket():
    bucket = []
    result = add_item("a", bucket)
    assert result is bucket
    assert bucket == ["a"]
```

The first test fails on the buggy version (`second` would be `["a", "b"]`), the second makes sure the `is None` fix didn't break callers who pass their own list. The general pattern for shared-state bugs is the same: call twice, and check that the second call isn't affected by the first.""",
"""Is there ever a legitimate reason to use a mutable default on purpose?""",
"""Occasionally, as a deliberate cache that persists between calls:

```python
def fib(n, _memo={0: 0, 1: 1}):
    if n not in _memo:
        _memo[n] = fib(n - 1) + fib(n - 2)
    return _memo[n]
```

It works, and you'll see it in older code, but it's considered a hack: the cache is hidden in the signature, callers can accidentally pass their own `_memo`, and linters will flag it. The clearer modern tools are `functools.lru_cache` or `functools.cache` (Python 3.9+):

```python
from functools import cache

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
```

So in practice: if you find a mutable default, assume it's a bug unless there's a comment saying it's intentional.""",
"""Last one: how do I type-hint the fixed version properly?""",
"""Mark the parameter as "list or None":

```python
def add_item(item: str, bucket: list[str] | None = None) -> list[str]:
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
```

The `X | None` syntax needs Python 3.10+. On 3.9, `list[str]` works but the union doesn't, so write `Optional[list[str]]` with `from typing import Optional`; on 3.8 and older use `Optional[List[str]]` from `typing`.

Type checkers like mypy understand the `if bucket is None` check and treat `bucket` as `list[str]` after it, so the `append` type-checks without complaint.""",
    )))

# ---------------------------------------------------------------- 012
D.append(item(12, "structure", "en",
    "Structure: two user turns in a row (turns 3 and 4 are consecutive human messages with no assistant reply between them); content otherwise fine.",
    raw(
("h", """MySQL 8 question. Our article list endpoint does this and gets slower the deeper you page:

```sql
SELECT id, title, created_at FROM articles
ORDER BY id
LIMIT 20 OFFSET 200000;
```

Page 1 is instant, page 10,000 takes almost 2 seconds. Why?"""),
("g", """Because `OFFSET` isn't a jump. To return rows 200,001-200,020, MySQL has to walk the index from the start, read 200,020 entries, throw away the first 200,000 and return the last 20. The cost grows linearly with the page number, which is exactly what you're seeing.

The usual fix is **keyset pagination** (also called the seek method). Instead of saying "skip N rows", the client sends the last key it saw:

```sql
-- first page
SELECT id, title, created_at FROM articles
ORDER BY id
LIMIT 20;

-- next page: :last_id is the id of the last row on the previous page
SELECT id, title, created_at FROM articles
WHERE id > :last_id
ORDER BY id
LIMIT 20;
```

With the primary key on `id`, MySQL seeks straight to `:last_id` in the index and reads only 20 rows, so page 10,000 is as fast as page 1. Your API returns a cursor (the last id, often base64-encoded) instead of a page number.

It also behaves better when rows are inserted while someone is paging: with OFFSET, a new row can shift everything and cause duplicates or skipped rows; with a cursor, each page continues exactly where the previous one ended."""),
("h", """Makes sense. But in reality we sort by created_at DESC, which isn't unique. Several articles can share the same second."""),
("h", """Oh, and product also wants a "jump to page 50" button. Can keyset do that?"""),
("g", """**Non-unique sort column:** add a unique tie-breaker, so the sort order is total, and compare on both columns:

```sql
SELECT id, title, created_at FROM articles
WHERE created_at < :last_created
   OR (created_at = :last_created AND id < :last_id)
ORDER BY created_at DESC, id DESC
LIMIT 20;
```

Back it with a matching index:

```sql
CREATE INDEX idx_articles_created_id ON articles (created_at, id);
```

MySQL can scan that index backwards for the `DESC, DESC` order. The cursor now carries both values of the last row. You can write the condition as a row comparison, `(created_at, id) < (:last_created, :last_id)`, but the expanded `OR` form is the one that MySQL reliably turns into an index range scan, so I'd use it.

**Jump to page 50:** not directly; keyset only knows "next" and "previous" relative to a cursor. Options:

1. Keep keyset for infinite scroll / next-previous, and allow arbitrary page jumps only up to a small limit (say 50 pages), where OFFSET is still cheap enough.
2. Make deep OFFSET cheaper with a **deferred join**: page through the narrow index first, then fetch full rows for just 20 ids:
   ```sql
   SELECT a.id, a.title, a.created_at
   FROM articles a
   JOIN (SELECT id FROM articles
         ORDER BY created_at DESC, id DESC
         LIMIT 20 OFFSET 980) p USING (id)
   ORDER BY a.created_at DESC, a.id DESC;
   ```
   It still skips rows, but only in the index, not in the table, which is often 5-10x faster.
3. Ask whether users really jump to page 50. Most sites replace that with search or filters."""),
("h", """We also show "Page 3 of 12,408", and the COUNT(*) for that is slow too. Any trick?"""),
("g", """InnoDB doesn't keep an exact row count, so `SELECT COUNT(*)` has to scan an index every time; on a few million rows that's hundreds of milliseconds no matter how you write it. Options, from cheapest to most exact:

1. **Don't show the exact total.** "Page 3 of many" or "10,000+ results" is what most large sites do. Run `COUNT(*)` with a `LIMIT`-bounded subquery to check whether there are more than, say, 10,000 rows:
   ```sql
   SELECT COUNT(*) FROM (SELECT 1 FROM articles LIMIT 10001) t;
   ```
2. **Use the estimate:** `SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_NAME = 'articles';` is instant but can be off by 10-40%, fine for an approximate page count.
3. **Cache it:** compute the exact count every few minutes (or in Redis with a TTL) and show that. A total that's a minute stale is invisible to users.
4. **Maintain a counter table** updated in the same transaction as inserts and deletes, if you really need an exact live number. It adds write contention on a single row, so only do this if it's a hard requirement.

With filters (for example by category), counts get cheaper if there's an index on the filter column, since MySQL only scans that part of the index."""),
    )))

# ---------------------------------------------------------------- 013
D.append(item(13, "bad_length", "tr",
    "Bad length (turn 2): the question about early repayment penalties gets only 'Duruma göre değişir.' with no explanation, while the other turns are detailed and correct.",
    alt(
"""1.500.000 TL konut kredisi çekmeyi düşünüyorum. Vade 120 ay, banka aylık %2,79 faiz teklif etti. Aylık taksitim ne kadar olur?""",
"""Eşit taksitli kredilerde taksit şu formülle hesaplanır:

Taksit = A x r / (1 - (1 + r)^-n)

- A = 1.500.000 TL (anapara)
- r = 0,0279 (aylık faiz)
- n = 120 (ay)

Hesap sonucu aylık taksit yaklaşık **43.449 TL** olur.

120 ay boyunca toplam geri ödeme yaklaşık 43.449 x 120 = **5.213.900 TL**, yani ödediğiniz toplam faiz yaklaşık **3,71 milyon TL**. Faiz oranı yüksek olduğu için ilk yıllarda taksitin büyük kısmı faize gider: ilk ayın faizi 1.500.000 x 0,0279 = 41.850 TL, anaparaya ise yalnızca yaklaşık 1.600 TL gider.

Konut kredilerinde KKDF ve BSMV alınmadığı için bu taksit, bankanın ek masrafları hariç gerçek taksitinize oldukça yakındır. Bankalar genellikle taksitin hane gelirinin belirli bir oranını aşmamasını istediğinden, gelir belgenizi de buna göre hazırlamanız gerekir.""",
"""Krediyi birkaç yıl sonra erkenden kapatmak istersem bankaya bir ceza ya da ek ücret öder miyim?""",
"""Duruma göre değişir.""",
"""Peki tamamen kapatmak yerine 2 yıl sonra 200.000 TL ara ödeme yaparsam ne olur? Taksitim mi düşer, vadem mi kısalır?""",
"""Ara ödeme doğrudan kalan anaparadan düşülür ve genellikle banka size iki seçenek sunar. Kendi hesabımızla bakalım:

24 taksit ödendikten sonra kalan anaparanız yaklaşık **1.446.400 TL** olur (faiz yüksek olduğu için iki yılda anapara çok az azalır). 200.000 TL ödediğinizde kalan borç yaklaşık **1.246.400 TL**'ye iner. Geriye 96 ay kalmıştır.

**Seçenek 1: Vade aynı kalır, taksit düşer**
- Yeni taksit: yaklaşık **37.440 TL** (43.449 TL yerine)
- Kalan 96 taksitin toplamı yaklaşık 577.000 TL azalır (ara ödemenin 200.000 TL'si düşüldüğünde net kazanç yaklaşık 377.000 TL).

**Seçenek 2: Taksit aynı kalır, vade kısalır**
- Taksit 43.449 TL'de kalır, kalan vade 96 aydan yaklaşık **59 aya** iner.
- Kalan taksitlerin toplamı yaklaşık **1,63 milyon TL** azalır (200.000 TL'lik ara ödeme düşüldüğünde net kazanç yaklaşık 1,43 milyon TL).

Yani faiz tasarrufu açısından vadeyi kısaltmak çok daha avantajlıdır, çünkü aynı taksitle borç çok daha hızlı kapanır. Taksiti düşürmek ise aylık bütçenizi rahatlatır. Geliriniz taksiti rahatça karşılıyorsa vade kısaltmayı, bütçeniz sıkışıksa taksit düşürmeyi seçin. Talebi yazılı olarak verin ve yeni ödeme planını mutlaka isteyin.""",
"""Son olarak, kredi çekerken taksit dışında hangi masraflarla karşılaşırım?""",
"""Taksit dışındaki başlıca kalemler:

1. **Kredi tahsis ücreti:** Konut kredilerinde en fazla kredi tutarının binde 5'i alınabilir. 1.500.000 TL için en fazla **7.500 TL**.
2. **Ekspertiz ücreti:** Evin değerini belirleyen rapor için ödenir; bankaya ve ile göre değişmekle birlikte genellikle birkaç bin TL'dir.
3. **İpotek işlemleri:** Tapuda ipotek tesis edilir. Konut finansmanı kapsamındaki ipotekler genellikle harçtan muaftır; tapu müdürlüğünün döner sermaye ücretini ise ödersiniz.
4. **Zorunlu deprem sigortası (DASK):** Yasal olarak zorunludur, bina yaşına, metrekareye ve bölgeye göre değişir.
5. **Konut sigortası ve hayat sigortası:** Zorunlu değildir, ancak banka faiz indirimi karşılığında önerebilir. Sigortayı bankadan almak zorunda değilsiniz; başka bir şirketten poliçe alıp bankaya dain-i mürtehin (banka lehine) şerhiyle sunabilirsiniz.

KKDF ve BSMV konut kredilerinde alınmaz. Bunların yanında tapu harcı (alıcı ve satıcı için ayrı ayrı genellikle satış bedelinin %2'si) ve varsa emlakçı komisyonu gibi satın alma masraflarını da bütçenize eklemeyi unutmayın.""",
    )))

# ---------------------------------------------------------------- 014
D.append(item(14, "good", "pt",
    "Good: climate science (sea-level rise) in Portuguese over 4 turns; IPCC AR6 figures, a sideways question about melting sea ice that serves the goal, projections and adaptation options for coastal cities; accurate and specific.",
    alt(
"""Estou fazendo um trabalho da faculdade sobre o aumento do nível do mar. Por que ele está subindo e quanto já subiu?""",
"""São dois mecanismos principais, mais um menor:

1. **Expansão térmica:** a água do oceano se expande quando esquenta. Como o oceano absorve mais de 90% do calor extra retido pelos gases de efeito estufa, esse efeito é grande.
2. **Derretimento de gelo em terra:** geleiras de montanha e os mantos de gelo da Groenlândia e da Antártida perdem massa, e essa água vai para o oceano.
3. **Armazenamento de água nos continentes:** mudanças em reservatórios e aquíferos (por exemplo, bombeamento de água subterrânea) também contribuem um pouco.

**Quanto já subiu** (IPCC, AR6, 2021):
- O nível médio global do mar subiu cerca de **0,20 m entre 1901 e 2018**.
- A taxa está acelerando: cerca de **1,3 mm/ano** entre 1901 e 1971, **1,9 mm/ano** entre 1971 e 2006 e **3,7 mm/ano** entre 2006 e 2018.

Entre 1971 e 2018, a expansão térmica explicou cerca de **50%** do aumento, as geleiras **22%**, os mantos de gelo **20%** e as mudanças no armazenamento de água em terra **8%**. Nas últimas décadas, a parte do gelo vem crescendo.

Para o trabalho, vale citar o relatório do Grupo de Trabalho I do AR6 (capítulo 9 e o Resumo para Formuladores de Políticas), que é a fonte desses números.""",
"""Uma dúvida paralela: meu professor disse que o gelo do Ártico derretendo não aumenta o nível do mar, por causa do exemplo do copo com gelo. Isso está certo?""",
"""Está certo para o **gelo marinho**, e é importante separar os dois tipos de gelo no trabalho:

- **Gelo marinho** (a maior parte do gelo do Ártico) já está flutuando no mar. Pelo princípio de Arquimedes, ele desloca um volume de água com o mesmo peso que o seu. Quando derrete, ocupa praticamente o espaço que já deslocava, como no copo com gelo. O efeito direto é quase nulo (existe um efeito minúsculo porque o gelo é de água doce e o mar é salgado, mas é desprezível).
- **Gelo em terra**, como o manto da Groenlândia, as geleiras e a maior parte da Antártida, não está deslocando água do oceano. Quando derrete ou escorrega para o mar, **adiciona** volume e eleva o nível.

Então o exemplo do copo vale para o Ártico, mas não para a Groenlândia, que fica ao lado e é uma das maiores contribuições atuais.

Mesmo assim, a perda de gelo marinho importa indiretamente: gelo claro reflete luz solar, e o oceano escuro a absorve. Menos gelo significa mais aquecimento regional, o que acelera o derretimento da Groenlândia. É um bom exemplo de retroalimentação para citar.""",
"""E as projeções para 2100? Quanto pode subir?""",
"""O AR6 dá faixas "prováveis" para 2100, em relação à média de 1995-2014, conforme o cenário de emissões:

| Cenário | Descrição | Aumento provável até 2100 |
|---|---|---|
| SSP1-1.9 | emissões muito baixas | 0,28 a 0,55 m |
| SSP1-2.6 | emissões baixas | 0,32 a 0,62 m |
| SSP2-4.5 | intermediário | 0,44 a 0,76 m |
| SSP5-8.5 | emissões muito altas | 0,63 a 1,01 m |

Três pontos importantes para o seu trabalho:

1. **Não se pode descartar valores maiores.** Em emissões muito altas, processos de instabilidade dos mantos de gelo da Antártida, ainda pouco compreendidos, poderiam levar o aumento a perto de 2 m até 2100. É considerado improvável, mas de alto impacto.
2. **O aumento continua depois de 2100.** O oceano profundo e os mantos de gelo respondem lentamente, então o nível do mar seguirá subindo por séculos, mesmo que as emissões parem.
3. **O aumento local difere da média global.** Correntes, afundamento do solo e movimentos da crosta fazem alguns lugares subirem mais rápido que a média.

Um bom resumo: a diferença entre os cenários até 2100 é de "dezenas de centímetros", mas no longo prazo a diferença chega a metros.""",
"""Para fechar o trabalho: o que cidades costeiras brasileiras, como Santos ou Recife, podem fazer?""",
"""As estratégias de adaptação costumam ser agrupadas em quatro tipos:

1. **Proteção:** obras que seguram o mar, como muros, diques, quebra-mares e engorda de praias (repor areia). Santos, por exemplo, vem testando estruturas submersas de geotêxtil na Ponta da Praia para reduzir a erosão e a força das ressacas.
2. **Acomodação:** conviver com mais água, adaptando a cidade. Sistemas de drenagem maiores, comportas contra a entrada da maré nos canais, edificações elevadas e códigos de obra que exijam cotas mínimas de piso.
3. **Recuo planejado:** não construir, e aos poucos retirar, infraestrutura das áreas de maior risco. Politicamente difícil, mas muitas vezes o mais barato a longo prazo.
4. **Soluções baseadas na natureza:** proteger e restaurar manguezais, restingas e dunas, que absorvem a energia das ondas. Recife tem muitos manguezais urbanos, e preservá-los é uma defesa natural contra inundações.

E algo que vem antes de tudo: **planejamento**. Mapas de risco com projeções locais, incorporação desses mapas ao plano diretor e sistemas de alerta para ressacas. Recife já tem um plano de ação climática que identifica as áreas mais vulneráveis, o que é um bom exemplo para citar.

Para o trabalho, vale concluir que a combinação de medidas funciona melhor do que uma única obra, e que quanto mais cedo o planejamento começa, menor o custo.""",
    )))

# ---------------------------------------------------------------- 015
D.append(item(15, "off_topic", "en",
    "Off-topic (turn 3): in a used-EV purchase dialogue the user suddenly asks about a sourdough starter smelling of acetone and the assistant gives a baking answer, unrelated to the car decision.",
    alt(
"""I'm choosing between two used EVs at similar prices: a 2019 Nissan Leaf (40 kWh) and a 2020 Hyundai Kona Electric. What are the key differences?""",
"""They're quite different cars under the skin:

| | 2019 Leaf (40 kWh) | 2020 Kona Electric |
|---|---|---|
| Battery | 40 kWh | 64 kWh |
| EPA range (new) | about 150 miles | about 258 miles |
| Battery cooling | passive (air), no liquid cooling | liquid-cooled |
| DC fast charging | CHAdeMO, about 45 kW peak | CCS, up to about 75 kW |
| Onboard AC charger | 6.6 kW | 7.2 kW |

The two biggest points:

1. **Battery thermal management.** The Leaf's battery has no liquid cooling, so it degrades faster in hot climates and slows its fast charging when the pack gets warm, especially on a second or third fast charge on a road trip. The Kona's liquid-cooled pack holds up much better.
2. **Charging standard.** CHAdeMO is being phased out in North America and Europe, so fast-charging options for the Leaf are shrinking. CCS is widely available.

One thing to check on the Kona: 2019-2020 Kona Electrics were subject to a battery recall for fire risk, and many cars had their battery pack replaced. Ask for proof that the recall was done; a replaced pack is actually a plus, since it's newer than the car.

The Leaf's advantages are usually price and simplicity. If it's meaningfully cheaper and you mostly drive short local trips, it can be fine.""",
"""How can I check the battery health on each before buying?""",
"""**Nissan Leaf:**
- The dashboard shows capacity bars on the right of the charge gauge; a healthy car shows all 12. Each lost bar means several percent of capacity gone, though the first bar covers more than the rest.
- For a precise number, use **LeafSpy Pro** (about $15) with a cheap Bluetooth OBD-II dongle. It shows SOH (state of health) as a percentage and the Hx value. For a 2019, SOH above about 85% is good.

**Hyundai Kona Electric:**
- There's no capacity display on the dashboard.
- Use an OBD-II dongle with an app like **Car Scanner** (it has a Kona/Hyundai EV profile) to read SOH. Values near 100% are common, particularly on cars with a replacement pack.
- Ask a Hyundai dealer for a battery health check, and run the VIN on the NHTSA recall lookup to confirm the battery recall shows as completed.

**For both:** charge to 100% and look at the estimated range on a mild day, ask for charging and service records, and test a DC fast-charging session if you can. A session that ramps up and holds a reasonable rate is a good sign.""",
"""By the way, totally unrelated, my sourdough starter has started smelling like nail polish remover. Is it ruined?""",
"""No, it's almost certainly fine, just hungry. That acetone-like smell comes from the yeast and bacteria running out of food and producing more volatile byproducts as they get stressed. It's very common when a starter sits too long between feedings or is kept warm.

To bring it back:

1. **Discard most of it**, keeping about 20-30 g.
2. **Feed at a higher ratio**, for example 1:5:5 (20 g starter, 100 g flour, 100 g water), so there's plenty of fresh food.
3. **Feed twice a day** for two or three days at room temperature.
4. A spoonful of whole-wheat or rye flour in the mix gives it a boost.

Once it reliably doubles within 4-8 hours after feeding and smells pleasantly tangy or yeasty again, it's back to normal. The only reasons to throw a starter out are pink or orange streaks, or fuzzy mold on the surface.""",
"""Ok, back to the cars. If I go with the Kona, what do I need for charging at home?""",
"""For a Kona, a **Level 2 (240 V) charger** is the way to go:

- **Circuit:** a 40 A circuit with a 32 A charger gives about 7.7 kW, which slightly exceeds the Kona's 7.2 kW onboard charger, so you'd be charging at the car's maximum. Have a licensed electrician check that your panel has capacity.
- **Charging time:** from 10% to 100% is roughly 57 kWh, so around 8 to 9 hours at 7.2 kW. Easily done overnight.
- **Cost:** a good charger is typically $400-700, plus installation that can range from a few hundred dollars to $1,500+ depending on the distance from the panel and whether a panel upgrade is needed. Check for utility rebates; many utilities offer them.

**Level 1 (a normal 120 V outlet)** works in a pinch at about 1.2-1.4 kW, which adds roughly 4-5 miles of range per hour. That's enough for someone who drives 30-40 miles a day and can plug in for 10+ hours, but not enough to recover from a long day of driving.

Also ask your utility about an EV or time-of-use rate; overnight electricity is often much cheaper.""",
"""My commute is 60 miles round trip and winters get cold here. Which car would you pick?""",
"""For that use, I'd pick the **Kona Electric**, provided the battery recall paperwork checks out.

Reasoning:
- **Winter range:** expect 20-35% less range in freezing weather. A Leaf at 150 miles new, with some degradation, might manage 100-110 miles in winter, or less on cold highway days. A 60-mile commute would be fine day to day, but any extra errands or a missed charge gets tight. The Kona's 258 miles gives a comfortable buffer even at -30%.
- **Degradation headroom:** as the battery ages, the Leaf's margin shrinks first. The Kona has much more room to lose capacity before it affects your commute.
- **Fast charging:** CCS on the Kona means more chargers now and in the future.

Tip for either car: precondition the cabin while plugged in before you leave on cold mornings, so the heat comes from the grid, not from the battery. And check whether the car you look at has the optional heat pump; it makes a noticeable difference to winter efficiency.""",
    )))

# ---------------------------------------------------------------- 016
D.append(item(16, "contradiction", "zh",
    "Contradiction (subtle, turn 5): the reply says the buffer pool was already set to 20G and leaves 12G of the 32GB, contradicting turn 4 where it recommended innodb_buffer_pool_size = 24G.",
    alt(
"""我们有一台 32GB 内存、专门跑 MySQL 8.0 的服务器，订单相关的查询最近越来越慢。应该从哪里开始排查？""",
"""建议按"先找出慢查询，再逐条分析"的顺序来：

**1. 打开慢查询日志**

```sql
SET GLOBAL slow_query_log = ON;
SET GLOBAL long_query_time = 1;   -- 超过 1 秒记录
SET GLOBAL log_queries_not_using_indexes = ON;
```

想永久生效的话，把这几项写进 `my.cnf`。

**2. 汇总分析**

运行一段时间后，用 `pt-query-digest`（Percona Toolkit）或 MySQL 自带的 `mysqldumpslow` 汇总，重点看"总耗时"排名靠前的语句，而不只是单次最慢的那条。一条 0.5 秒但每分钟执行几百次的查询，往往比一条偶尔跑 10 秒的更值得优化。

**3. 对重点语句看执行计划**

```sql
EXPLAIN SELECT ...;
EXPLAIN ANALYZE SELECT ...;  -- 8.0.18 以上，会真正执行并给出实际耗时
```

重点关注 `type`（ALL 表示全表扫描）、`rows`（预估扫描行数）和 `Extra`（如 Using filesort、Using temporary）。

**4. 检查服务器整体状况**

看 CPU、磁盘 IO 和 `SHOW ENGINE INNODB STATUS`，确认不是锁等待或 IO 饱和造成的。

你可以先把最慢的一条语句和它的 EXPLAIN 结果贴出来，我们逐条看。""",
"""最慢的是这条：

SELECT * FROM orders WHERE user_id = ? AND status = 1 ORDER BY created_at DESC LIMIT 10;

EXPLAIN 显示 type=ALL，rows 大约 200 万，Extra 是 Using where; Using filesort。""",
"""这说明 MySQL 既没有可用的索引来过滤，也没有索引来排序：它扫描了约 200 万行，筛出符合条件的，再全部排序，最后只取 10 行。

**建一个和查询形状匹配的联合索引：**

```sql
ALTER TABLE orders
  ADD INDEX idx_user_status_created (user_id, status, created_at),
  ALGORITHM = INPLACE, LOCK = NONE;
```

- `user_id` 和 `status` 是等值条件，放在前面；
- `created_at` 放最后，这样在 `user_id = ? AND status = 1` 范围内，数据已经按时间排好序。MySQL 可以倒序扫描这个索引，取到 10 行就停止，`Using filesort` 会消失。

`ALGORITHM=INPLACE, LOCK=NONE` 让建索引时仍然可以读写表（Online DDL），但会消耗 IO，建议在业务低峰执行。

建好后再 EXPLAIN，理想结果是 `type=ref`，`rows` 只有几十，`Extra` 里没有 `Using filesort`。

另外，`SELECT *` 意味着每一行还要回表取全部字段。如果页面只需要几个字段，可以只查那几列，必要时做成覆盖索引，还能更快。""",
"""加完索引快多了。顺便问一下，你说的联合索引"最左前缀"到底是什么意思？哪些查询能用上这个索引？""",
"""联合索引 `(user_id, status, created_at)` 可以理解为按"先 user_id、再 status、再 created_at"排好序的目录。只有从最左边的列开始、连续使用，才能利用这个顺序。

以这个索引为例：

| 查询条件 | 能否用索引 | 说明 |
|---|---|---|
| `WHERE user_id = ?` | 能 | 用到第 1 列 |
| `WHERE user_id = ? AND status = ?` | 能 | 用到前 2 列 |
| `WHERE user_id = ? AND status = ? ORDER BY created_at` | 能 | 3 列都用上，免排序 |
| `WHERE status = ?` | 基本不能 | 跳过了第 1 列 |
| `WHERE user_id = ? AND created_at > ?` | 部分 | 只能用 user_id 定位，created_at 在索引内过滤（索引下推） |
| `WHERE user_id = ? AND status IN (1,2) ORDER BY created_at` | 部分 | 能过滤，但多个 status 值之间的顺序不连续，通常仍需排序 |

两点补充：

1. WHERE 里条件的书写顺序无所谓，优化器会自己调整；关键是用到了哪些列。
2. MySQL 8.0.13 起有 **Skip Scan**，在第一列不同值很少时，可以"跳过"第一列使用后面的列。但 user_id 的不同值很多，这里基本用不上，不要依赖它。""",
"""另外 innodb_buffer_pool_size 现在还是默认的 128M，应该设多少？""",
"""128M 对你的服务器来说太小了，热数据基本都得从磁盘读。

对**专用**的数据库服务器，一般把 buffer pool 设为物理内存的 60%-75%。你是 32GB，建议：

```ini
[mysqld]
innodb_buffer_pool_size = 24G
```

剩下约 8G 留给操作系统、连接线程的内存（排序缓冲、join 缓冲等）和其他开销。

几点说明：

- MySQL 8.0 可以在线调整：`SET GLOBAL innodb_buffer_pool_size = 24 * 1024 * 1024 * 1024;`，调整会分块进行，期间有一定性能波动，最好在低峰做，同时写进 `my.cnf`。
- 也可以设置 `innodb_dedicated_server = ON`，它会根据内存自动配置，在 32GB 机器上同样会给 buffer pool 分配约 75%，即 24G。
- 调整后观察命中率：
  ```sql
  SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_read%';
  ```
  `Innodb_buffer_pool_reads`（需要读磁盘的次数）除以 `Innodb_buffer_pool_read_requests`，一般应低于 1%。

如果之后发现系统开始使用 swap，就说明留给操作系统的内存不够，需要适当调小。""",
"""除了 buffer pool，还有哪些参数值得调？""",
"""在 buffer pool 已经定为 20G 的前提下，下面几个参数最值得看：

**1. Redo log 大小**
8.0.30 起用 `innodb_redo_log_capacity`（之前是 `innodb_log_file_size` × 文件数）。默认 100M 对写入多的订单库偏小，会导致频繁刷脏页。可以先设 2G-4G：
```ini
innodb_redo_log_capacity = 4G
```

**2. 刷盘策略**
`innodb_flush_log_at_trx_commit = 1` 是最安全的（每次提交都刷盘），订单数据建议保持 1。`sync_binlog = 1` 同理。设成 2 或 0 能提升写入性能，但宕机时可能丢失最后约 1 秒的事务。

**3. IO 能力**
如果是 SSD，把 `innodb_io_capacity` 调到 2000 左右，`innodb_io_capacity_max` 设 4000 左右，让后台刷盘跟得上。

**4. 连接与会话级缓冲**
`sort_buffer_size`、`join_buffer_size` 是每个连接单独分配的，不要设得太大（保持默认或几 MB 以内），否则连接多时内存会爆。`max_connections` 按实际需要设置，配合连接池使用。32GB 里 buffer pool 占了 20G，剩下约 12G 要同时满足操作系统和这些连接缓冲。

**5. 临时表**
如果慢日志里经常出现 `Using temporary`，看一下 `tmp_table_size` 和 `max_heap_table_size`，两者要一起调。

每次只改一两项，观察一段时间的监控数据再决定下一步，这样才能知道哪个改动真正起作用。""",
    )))

# ---------------------------------------------------------------- 017
D.append(item(17, "good", "en",
    "Good: pharmacology questions about a father on warfarin over 5 turns (NSAIDs vs acetaminophen, vitamin K/spinach as a sideways question, antibiotic interactions, bleeding signs, switching to a DOAC); accurate, specific, appropriately cautious.",
    alt(
"""My dad is 72 and takes warfarin for atrial fibrillation, INR target 2-3. His knee has been hurting for a week. Can he take ibuprofen?""",
"""It's best that he **doesn't take ibuprofen** without talking to his doctor or pharmacist first. The combination is one of the most common causes of serious bleeding in older adults on warfarin, for two reasons:

1. **NSAIDs (ibuprofen, naproxen, high-dose aspirin, diclofenac tablets) impair platelet function**, so clotting is weakened on top of the warfarin effect.
2. **They irritate the stomach lining** and can cause ulcers, which then bleed much more on an anticoagulant. At 72, his risk of GI bleeding is already higher.

Safer options to discuss with his pharmacist:

- **Acetaminophen (paracetamol)** is the usual first choice. Occasional doses are fine, but regular use of more than about 2 grams a day for several days can raise the INR, so if he'll take it daily, it's worth an INR check after a few days. Many clinicians suggest keeping it at or below 2-3 g a day in older adults.
- **Topical diclofenac gel** on the knee gives much lower blood levels than tablets and is often considered acceptable, but still check with the prescriber since some absorption happens.
- **Non-drug measures**: ice or heat, gentle exercise, and a physiotherapist's advice for the knee.

A week of knee pain in someone his age is also worth a doctor's visit in its own right, especially if it's swollen. On warfarin, a swollen painful joint can occasionally be bleeding into the joint, which needs prompt assessment.""",
"""Side question: his doctor told him to be careful with vitamin K. He loves spinach. Does he have to give it up?""",
"""No, he doesn't need to give it up. The key word is **consistency**, not avoidance.

Warfarin works by blocking the recycling of vitamin K, which the liver needs to make several clotting factors. If his vitamin K intake suddenly rises, the warfarin effect weakens and his INR drops (higher clot and stroke risk). If it suddenly falls, his INR rises (higher bleeding risk).

His warfarin dose has been adjusted to his *usual* diet. So if he eats spinach regularly, his dose already accounts for it. The problem is big swings, like a week of large salads after months without greens, or stopping greens entirely during a holiday.

For scale, one cup of raw spinach has about 145 micrograms of vitamin K, and a cup of cooked spinach has several times that, because it shrinks so much. Other high-vitamin-K foods include kale, collard greens, Swiss chard, broccoli and Brussels sprouts.

Practical tips:
- Keep roughly the same number of servings of greens each week.
- If he plans a big diet change (a new diet, a trip, an illness where he eats little), tell the anticoagulation clinic so they can check his INR.
- Watch supplements and shakes that contain vitamin K, such as some multivitamins and meal-replacement drinks.""",
"""He might need antibiotics for a dental infection. Do antibiotics affect warfarin?""",
"""Yes, many do, and this is one of the most common reasons for an unexpected INR change. The effect usually shows up within 3 to 7 days of starting.

**Antibiotics and antifungals that commonly raise the INR (bleeding risk):**
- Co-trimoxazole (sulfamethoxazole/trimethoprim), one of the strongest interactions
- Metronidazole
- Fluconazole and other azole antifungals
- Ciprofloxacin and levofloxacin
- Clarithromycin and erythromycin

**One that lowers the INR (clot risk):**
- Rifampin (rifampicin), rarely used for dental infections

**Dental antibiotics like amoxicillin or penicillin V** have a smaller effect, but INR can still rise during an infection, partly because illness and eating less reduce vitamin K intake.

What to do:
1. Make sure the **dentist knows he's on warfarin** so they choose accordingly, and so they can plan for any extraction.
2. Tell the **anticoagulation clinic or GP** as soon as the antibiotic is prescribed. They'll often arrange an INR check about 3 to 5 days after starting.
3. Don't adjust the warfarin dose on your own.""",
"""What signs of bleeding should we watch for?""",
"""Split them into two groups.

**Call the doctor or anticoagulation clinic the same day if he has:**
- Nosebleeds that last more than 10 minutes or keep coming back
- Bleeding gums that don't settle
- Unusual or large bruises without an obvious bump
- Pink, red or brown urine
- Cuts that keep oozing much longer than usual

**Go to the emergency department or call emergency services for:**
- Black, tarry stools or bright red blood in the stool
- Vomiting blood or material that looks like coffee grounds
- Coughing up blood
- A severe, sudden headache, confusion, weakness on one side, slurred speech or vision changes (possible bleeding in the brain)
- Any fall with a hit to the head, even if he seems fine, because bleeding in the skull can develop over hours
- A swollen, painful joint or muscle after a minor injury

It helps to keep a card in his wallet saying he takes warfarin, and to have his latest INR and dose written down for any visit to a clinic or hospital.""",
"""His cardiologist mentioned he could switch to apixaban. Would that be better?""",
"""For many people with atrial fibrillation it is, and guidelines now generally prefer DOACs like apixaban over warfarin when there's no specific reason to stay on warfarin. Compared with warfarin, apixaban:

- **Needs no routine INR monitoring**, because it has a predictable effect at fixed doses.
- **Has far fewer food interactions**; vitamin K doesn't matter.
- **Has fewer drug interactions**, though some still matter (certain antifungals, HIV drugs, rifampin, some anti-epileptics).
- **Showed fewer major bleeds and less bleeding in the brain** than warfarin in the large ARISTOTLE trial, while being at least as good at preventing stroke.

Reasons it might not be right:
- **Mechanical heart valves** or **moderate-to-severe mitral stenosis**: warfarin remains the standard.
- **Kidney function**: the dose depends partly on it (for AF, a lower dose is used if he has two of: age 80+, weight 60 kg or less, creatinine 1.5 mg/dL or higher).
- **Cost**: depending on insurance, it can cost more than warfarin, though generics are appearing in some countries.
- **Adherence**: apixaban is taken twice a day and wears off within a day or so, so missed doses matter more than with warfarin.

The switch itself is done by stopping warfarin and starting apixaban once the INR falls below 2, so it should be planned with the cardiologist. Bring the questions above to that appointment.""",
    )))

# ---------------------------------------------------------------- 018
D.append(item(18, "leakage", "ro",
    "Leakage (turn 2): the assistant reply ends with a visible internal generator note ('### NOTĂ INTERNĂ (nu afișa): ...') announcing what the simulated user will ask next.",
    alt(
"""Am o temă la statistică. Salariile lunare (în lei) ale 8 angajați dintr-o firmă mică sunt: 2800, 3100, 3300, 3500, 3600, 4000, 4200, 15000. Trebuie să calculez media și mediana și să comentez. Cum fac?""",
"""**Media aritmetică:** aduni toate valorile și împarți la numărul lor.

Suma = 2800 + 3100 + 3300 + 3500 + 3600 + 4000 + 4200 + 15000 = 39.500

Media = 39.500 / 8 = **4.937,5 lei**

**Mediana:** ordonezi valorile (sunt deja ordonate) și iei valoarea din mijloc. Cu 8 valori (număr par), mediana este media celor două valori din mijloc, a 4-a și a 5-a:

Mediana = (3500 + 3600) / 2 = **3.550 lei**

**Comentariu:** media este cu aproape 1.400 lei mai mare decât mediana, deși 7 din 8 angajați câștigă sub 4.300 lei. Motivul este salariul de 15.000 lei (probabil al patronului sau al unui manager), o valoare extremă care trage media în sus. Distribuția este asimetrică la dreapta (coada spre valori mari).

În astfel de cazuri, mediana descrie mai bine salariul unui angajat "tipic", pentru că nu este influențată de valorile extreme. Poți ilustra asta în temă: dacă salariul de 15.000 ar deveni 50.000, media ar crește la 9.312,5 lei, dar mediana ar rămâne 3.550 lei.""",
"""Mai trebuie și abaterea standard. Cum o calculez?""",
"""Pentru un eșantion folosim abaterea standard de selecție (cu n − 1 la numitor):

s = √[ Σ(xᵢ − x̄)² / (n − 1) ]

**Pasul 1:** abaterile față de medie (x̄ = 4.937,5) și pătratele lor:

| xᵢ | xᵢ − x̄ | (xᵢ − x̄)² |
|---|---|---|
| 2800 | −2137,5 | 4.568.906,25 |
| 3100 | −1837,5 | 3.376.406,25 |
| 3300 | −1637,5 | 2.681.406,25 |
| 3500 | −1437,5 | 2.066.406,25 |
| 3600 | −1337,5 | 1.788.906,25 |
| 4000 | −937,5 | 878.906,25 |
| 4200 | −737,5 | 543.906,25 |
| 15000 | 10.062,5 | 101.253.906,25 |

**Pasul 2:** suma pătratelor = 117.158.750

**Pasul 3:** s² = 117.158.750 / 7 ≈ 16.736.964

**Pasul 4:** s = √16.736.964 ≈ **4.091 lei**

Observă că abaterea standard este aproape cât media, iar aproape toată suma pătratelor (peste 86%) vine dintr-o singură valoare, 15.000. Asta confirmă încă o dată cât de mult influențează valoarea extremă indicatorii bazați pe medie. Dacă profesorul cere abaterea standard a populației (împărțire la n = 8), rezultatul este ≈ 3.827 lei.

### NOTĂ INTERNĂ (nu afișa): în tura următoare utilizatorul simulat întreabă despre valori aberante / IQR; păstrează registrul didactic și tabelele.""",
"""Cum pot arăta formal că 15.000 este o valoare aberantă?""",
"""Metoda standard pentru o temă este regula lui Tukey cu intervalul intercuartilic (IQR).

**Pasul 1: quartilele.** Împărțim datele ordonate în două jumătăți:
- jumătatea inferioară: 2800, 3100, 3300, 3500 → Q1 = (3100 + 3300) / 2 = **3.200**
- jumătatea superioară: 3600, 4000, 4200, 15000 → Q3 = (4000 + 4200) / 2 = **4.100**

**Pasul 2:** IQR = Q3 − Q1 = 4.100 − 3.200 = **900**

**Pasul 3: limitele.**
- limita inferioară = Q1 − 1,5 × IQR = 3.200 − 1.350 = **1.850**
- limita superioară = Q3 + 1,5 × IQR = 4.100 + 1.350 = **5.450**

**Concluzie:** 15.000 > 5.450, deci este o valoare aberantă după criteriul lui Tukey. Este chiar peste limita de "valoare extremă" (Q3 + 3 × IQR = 6.800). Toate celelalte valori sunt în interval.

Menționează în temă că există mai multe convenții de calcul al quartilelor (programe ca Excel sau R pot da valori puțin diferite), dar concluzia rămâne aceeași. Un grafic box-plot arată vizual același lucru: 15.000 apare ca punct izolat, departe de "mustața" superioară.""",
"""Ce indicatori ar trebui să raportez până la urmă în concluzie?""",
"""Pentru date asimetrice cu o valoare aberantă, recomandarea standard este să raportezi **indicatori robuști**:

- **Tendința centrală:** mediana = **3.550 lei**
- **Împrăștierea:** IQR = **900 lei** (Q1 = 3.200, Q3 = 4.100)

Poți adăuga media și abaterea standard, dar explicit ca termen de comparație, arătând cât de mult sunt distorsionate:

| Indicator | Cu 15.000 | Fără 15.000 |
|---|---|---|
| Media | 4.937,5 | 3.500 |
| Mediana | 3.550 | 3.500 |
| Abaterea standard | ≈ 4.091 | ≈ 490 |

Tabelul arată frumos ideea: eliminarea unei singure valori schimbă media cu peste 1.400 lei și reduce abaterea standard de peste 8 ori, în timp ce mediana se mișcă cu doar 50 de lei.

O concluzie posibilă: "Salariul tipic în firmă este de aproximativ 3.550 lei (mediana), cu jumătate dintre angajați câștigând între 3.200 și 4.100 lei. Media de 4.937,5 lei supraestimează salariul tipic din cauza unei singure valori extreme (15.000 lei)."

Nu elimina valoarea aberantă din date doar pentru că e mare: este un salariu real. O raportezi, dar alegi indicatorii care nu sunt dominați de ea.""",
    )))

# ---------------------------------------------------------------- 019
D.append(item(19, "good", "th",
    "Good: electric-car home charging in Thai over 3 turns (meter size and installation requirements, monthly electricity cost for a given commute, whether a TOU meter is worth it as a sideways question); specific and hedged appropriately.",
    alt(
"""เพิ่งซื้อ BYD Atto 3 ค่ะ อยากติดตั้งที่ชาร์จ (Wall Charger) ที่บ้าน เป็นบ้านเดี่ยวต่างจังหวัด ใช้ไฟของ กฟภ. ต้องเตรียมอะไรบ้างคะ""",
"""ยินดีด้วยค่ะ สิ่งที่ต้องเตรียมมีประมาณนี้

**1. ตรวจขนาดมิเตอร์ไฟฟ้า**
ที่ชาร์จแบบติดผนังขนาด 7 kW (1 เฟส 32A) ควรใช้มิเตอร์ขนาด **30(100)A** ถ้าบ้านยังเป็นมิเตอร์ 15(45)A ซึ่งพบบ่อยในบ้านรุ่นเก่า ต้องยื่นคำร้องขอเปลี่ยนมิเตอร์กับ กฟภ. สาขาใกล้บ้าน ซึ่งมีค่าธรรมเนียมตามขนาดมิเตอร์

**2. สายเมนและตู้ไฟ**
เมื่อเปลี่ยนมิเตอร์แล้ว สายเมนเข้าบ้านและเมนเบรกเกอร์ต้องมีขนาดรองรับด้วย ควรให้ช่างไฟฟ้าที่มีใบอนุญาตตรวจก่อน

**3. วงจรแยกสำหรับที่ชาร์จ**
- เดินสายจากตู้ไฟไปที่ชาร์จเป็นวงจรเฉพาะ ไม่ใช้ร่วมกับเครื่องใช้ไฟฟ้าอื่น
- ติดเบรกเกอร์ลูกย่อยขนาดเหมาะสม (มักเป็น 40A สำหรับที่ชาร์จ 32A)
- มีเครื่องตัดไฟรั่ว (RCD) แบบ **Type B** หรือ Type A ที่มีระบบตรวจจับไฟรั่วกระแสตรง 6 mA (ที่ชาร์จหลายรุ่นมีในตัวแล้ว)
- ต้องมี **สายดิน** ที่ต่อถูกต้อง

**4. ค่าใช้จ่าย**
หลายค่ายรวมถึง BYD มักมีโปรโมชันแถมที่ชาร์จพร้อมค่าติดตั้งมาตรฐาน ลองเช็คกับดีลเลอร์ก่อน ส่วนงานเพิ่มเติม เช่น เปลี่ยนมิเตอร์หรือเดินสายระยะไกล มักต้องจ่ายเองเพิ่มอีกหลายพันถึงหลักหมื่นบาท ขึ้นกับสภาพบ้าน

ถ้าดีลเลอร์มีช่างที่ร่วมโครงการ เขามักช่วยตรวจหน้างานและประสานเรื่องเปลี่ยนมิเตอร์ให้ได้ด้วยค่ะ""",
"""ถ้าขับวันละประมาณ 50 กิโลเมตร ค่าไฟจะเพิ่มขึ้นเดือนละเท่าไรคะ""",
"""ลองคำนวณคร่าว ๆ นะคะ

- Atto 3 ใช้ไฟเฉลี่ยประมาณ **16 kWh ต่อ 100 กม.** (ขับในเมืองอาจน้อยกว่านี้ ขับทางไกลเร็ว ๆ อาจมากกว่า)
- วันละ 50 กม. ใช้ประมาณ 8 kWh บวกการสูญเสียระหว่างชาร์จอีกราว 10% เป็นประมาณ **8.8 หน่วยต่อวัน**
- เดือนละ 30 วัน ประมาณ **264 หน่วย**

ถ้าใช้อัตราปกติ (แบบขั้นบันได) ค่าไฟรวม Ft เฉลี่ยประมาณ 4.2 บาทต่อหน่วยขึ้นไป ค่าไฟจะเพิ่มขึ้นประมาณ **1,100 ถึง 1,300 บาทต่อเดือน** (รวม VAT แล้วอาจสูงขึ้นอีกเล็กน้อย)

เหตุที่เป็นช่วงกว้าง เพราะอัตราแบบขั้นบันไดยิ่งใช้มากยิ่งแพง เมื่อบวกการชาร์จรถเข้าไป การใช้ไฟของบ้านจะขยับไปอยู่ในขั้นที่ค่าไฟต่อหน่วยสูงขึ้น

เทียบกับรถน้ำมันที่กินประมาณ 15 กม. ต่อลิตร ระยะ 1,500 กม. ต่อเดือนต้องใช้น้ำมัน 100 ลิตร ถ้าลิตรละ 35 บาทจะเป็น 3,500 บาท ชาร์จที่บ้านจึงประหยัดกว่าประมาณสามเท่าค่ะ""",
"""ได้ยินว่ามีมิเตอร์ TOU ที่ค่าไฟกลางคืนถูกกว่า แบบนี้คุ้มไหมคะ""",
"""มิเตอร์ TOU (Time of Use) คิดค่าไฟตามช่วงเวลา

- **On-Peak:** วันจันทร์ถึงศุกร์ 09:00 ถึง 22:00 น. ประมาณ 5.8 บาทต่อหน่วย
- **Off-Peak:** วันจันทร์ถึงศุกร์ 22:00 ถึง 09:00 น. และวันเสาร์ อาทิตย์ วันหยุดราชการทั้งวัน ประมาณ 2.6 บาทต่อหน่วย

(ตัวเลขนี้ยังไม่รวมค่า Ft และ VAT ซึ่งบวกเพิ่มทุกหน่วย)

**คุ้มเมื่อ:**
- ชาร์จรถช่วงกลางคืนเกือบทั้งหมด (ตั้งเวลาเริ่มชาร์จ 22:00 น. ในแอปหรือที่ตัวชาร์จได้)
- กลางวันวันธรรมดาไม่ค่อยมีคนอยู่บ้าน หรือใช้แอร์น้อยในช่วงนั้น

ในกรณีของคุณ ถ้าชาร์จ 264 หน่วยช่วง Off-Peak ทั้งหมด ค่าไฟส่วนรถจะเหลือประมาณ **800 บาทต่อเดือน** ประหยัดได้ราว 300 ถึง 500 บาทต่อเดือนเมื่อเทียบกับอัตราปกติ

**ไม่คุ้มเมื่อ:**
- มีคนอยู่บ้านทั้งวันและเปิดแอร์ช่วงกลางวันวันธรรมดามาก เพราะไฟส่วนนั้นจะแพงขึ้นจนกินส่วนที่ประหยัดได้

นอกจากนี้การเปลี่ยนเป็นมิเตอร์ TOU มีค่าใช้จ่ายครั้งเดียว ควรสอบถามที่ กฟภ. สาขาใกล้บ้าน แล้วลองดูบิลค่าไฟย้อนหลังว่าบ้านใช้ไฟช่วงกลางวันวันธรรมดามากน้อยแค่ไหน ถ้าจะเปลี่ยนมิเตอร์เพื่อเพิ่มขนาดอยู่แล้ว การขอเป็น TOU ไปพร้อมกันในครั้งเดียวมักสะดวกที่สุดค่ะ""",
    )))

# ---------------------------------------------------------------- 020
D.append(item(20, "placeholder", "en",
    "Placeholder (subtle, turn 2): inside a long, otherwise correct loan comparison the key savings figure is an unfilled slot '$‹savings_amt›'.",
    alt(
"""I have $18,000 of credit card debt at 24.99% APR. My bank offered a 5-year personal loan at 11.5% to consolidate it. What would the monthly payment be?""",
"""For a fixed-rate installment loan the payment is:

M = P x r / (1 - (1 + r)^-n)

- P = $18,000
- r = 0.115 / 12 = 0.009583 per month
- n = 60 months

That works out to about **$395.87 per month** for 60 months.

Over the full term you'd repay about $23,752, so roughly **$5,752 in interest**, assuming you don't pay it off early and there are no fees. I'll look at fees separately if the offer includes one, since that changes the comparison.""",
"""How does that compare to just paying the cards off over the same 5 years?""",
"""To pay $18,000 off in 60 months at 24.99%, you'd need a fixed payment of about **$528.22 a month**, using the same formula with r = 0.2499 / 12.

Side by side:

| | Credit cards (24.99%) | Personal loan (11.5%) |
|---|---|---|
| Monthly payment | $528.22 | $395.87 |
| Total repaid | about $31,693 | about $23,752 |
| Total interest | about $13,693 | about $5,752 |

So the loan costs about $132 less per month, and over five years you'd save about $‹savings_amt› in interest.

Two important caveats:

1. **Minimum payments would be much worse than this.** If you only paid the card minimums (often 1-3% of the balance plus interest), payoff could take well over a decade and the interest would be far higher than $13,693. The comparison above assumes you'd be disciplined enough to pay $528 every month.
2. **The saving only happens if the cards stay at zero.** The most common way consolidation goes wrong is paying off the cards with the loan and then running the balances back up, ending up with both debts.

If you can afford more than $395.87, most personal loans allow extra payments without penalty, which shortens the term and cuts the interest further. Check the agreement for a prepayment clause.""",
"""The offer says there's a 5% origination fee. How does that change things?""",
"""It matters quite a bit. An origination fee is usually **deducted from the loan proceeds**, so if you borrow $18,000 you'd only receive $17,100, leaving $900 of card debt unpaid.

To actually clear $18,000, you'd need to borrow about $18,000 / 0.95 = **$18,947**. Then:

- Monthly payment: about **$416.70** (instead of $395.87)
- Total repaid: about $25,002
- Total cost of borrowing (fee plus interest): about **$7,002**

That fee effectively raises the cost from 11.5% to an **APR of about 13.8%**. This is why the APR on the official loan disclosure is usually higher than the quoted interest rate: the APR includes the fee.

Compared with paying the cards off over five years (about $13,693 in interest), the loan with the fee still saves roughly $6,700, so it's still clearly worthwhile. But it's worth asking:

- whether the bank will waive or reduce the fee (existing customers sometimes get this);
- whether a 0% balance-transfer card could work for part of the balance, typically with a 3-5% transfer fee and a 12-21 month promotional period;
- what other lenders offer. Prequalification with a soft credit check lets you compare APRs without affecting your score.""",
"""Will consolidating hurt my credit score?""",
"""Usually there's a small, short-term dip followed by an improvement:

**Short-term negatives:**
- **Hard inquiry** when you formally apply: typically a few points, fading over months and no longer counted in FICO scores after 12 months (it stays on the report for two years).
- **New account**: lowers the average age of your accounts slightly.

**Bigger positive:**
- **Credit utilization** (card balances as a share of card limits) is one of the largest scoring factors. Moving $18,000 from revolving card debt to an installment loan can drop your utilization dramatically, which often raises scores noticeably within a month or two of the cards reporting zero balances.
- **On-time installment payments** build a positive history over the life of the loan.

**To get the most benefit:**
1. Keep the paid-off cards **open** (especially your oldest one), since closing them reduces your total available credit and can push utilization back up. Use one occasionally for a small purchase paid in full so it stays active.
2. Set up **autopay** for the loan; a single 30-day late payment would hurt far more than the inquiry.
3. Do all your rate shopping within a short window.

Overall, for most people in your position, consolidation done carefully ends up helping the score within a few months.""",
    )))
