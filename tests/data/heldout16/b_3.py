from b_common import D

DIALOGUES = []

# 009 off_topic en Hugo portfolio -> Lisbon travel, 5 turns
DIALOGUES.append(D("m16b-009", "off_topic", "en",
"Off topic: after three turns on building a Hugo photography portfolio, turns 4-5 drift to Lisbon neighbourhoods and pastries; the website goal is abandoned.",
[
r"""I'm a photographer and want a fast portfolio site. A friend suggested Hugo. Is that a reasonable choice compared with something like Squarespace?""",
r"""It's a very reasonable choice if you're comfortable with a little command-line work. The trade-offs:

**Hugo (static site generator)**
- Builds plain HTML files, so pages load very fast and hosting is free on Netlify, Cloudflare Pages or GitHub Pages.
- Built-in image processing: it can generate resized, WebP versions of every photo at build time, which is exactly what a portfolio needs.
- You own everything: content is Markdown files and images in a folder, versioned with Git. No subscription, no lock-in.
- Downsides: you edit text files rather than dragging blocks around, themes need some HTML/CSS tweaking, and there's no built-in contact form, shop or client proofing.

**Squarespace**
- Visual editor, polished gallery templates, forms, e-commerce and client galleries out of the box.
- A monthly subscription for as long as the site exists, and moving away later is painful.
- Image handling is automatic but you have less control over compression and sizes.

For a photographer who mainly wants beautiful, fast galleries and doesn't need to sell prints online, Hugo is a great fit. Start from a gallery-focused theme such as `hugo-theme-gallery`, which uses Hugo's image processing and a justified-grid layout, so you're mostly adding albums rather than writing templates.

If you also need client proofing or print sales, either pair Hugo with a dedicated service (for example a separate client-gallery platform) or pick Squarespace and accept the subscription.""",
r"""How do I handle images? My originals are 24 MP JPEGs, around 12 MB each.""",
r"""Don't serve or even commit the 12 MB originals. Two steps:

**1. Export web masters from Lightroom (or similar)**: long edge 3000 px, JPEG quality around 85, sRGB colour space, metadata stripped except copyright. That gets each file to roughly 1–2 MB and keeps your Git repository manageable. If you want originals in the repo anyway, use Git LFS.

**2. Let Hugo make the sizes browsers actually download.** Put each album in a page bundle (`content/albums/iceland/index.md` with the images next to it), then in your template:

```go-html-template
{{ range .Resources.ByType "image" }}
  {{ $small := .Resize "800x webp q80" }}
  {{ $medium := .Resize "1600x webp q80" }}
  {{ $large := .Resize "2400x webp q80" }}
  <img
    src="{{ $medium.RelPermalink }}"
    srcset="{{ $small.RelPermalink }} 800w,
            {{ $medium.RelPermalink }} 1600w,
            {{ $large.RelPermalink }} 2400w"
    sizes="(max-width: 900px) 100vw, 900px"
    width="{{ $medium.Width }}" height="{{ $medium.Height }}"
    alt="{{ .Title }}" loading="lazy">
{{ end }}
```

The browser picks the smallest file that fills the layout: a phone downloads the 800 px version (around 100 KB), a 4K monitor the 2400 px one. `width` and `height` prevent layout jumps while images load, and `loading="lazy"` defers photos below the fold. Use `loading="eager"` for the first image on the page.

Processed images are cached in `resources/_gen`. Commit that folder, or cache it in your build pipeline, otherwise every deploy re-encodes hundreds of photos and builds take minutes instead of seconds.""",
r"""Where should I host it, and how do I connect my domain from Namecheap?""",
r"""Cloudflare Pages and Netlify are both excellent and free for a portfolio. I'd lean towards Cloudflare Pages because its free tier doesn't meter bandwidth, which matters for an image-heavy site.

**Cloudflare Pages setup**
1. Push your Hugo site to a GitHub repository.
2. In the Cloudflare dashboard: *Workers & Pages* → *Create* → *Pages* → *Connect to Git*, and pick the repository.
3. Framework preset: Hugo. Build command `hugo --minify`, output directory `public`.
4. Add an environment variable `HUGO_VERSION` set to the version you use locally (check with `hugo version`), so theme features behave the same in the build. Use the extended edition if your theme compiles SCSS.
5. Every push to `main` now rebuilds and deploys the site; pushes to other branches get preview URLs.

**Connecting the Namecheap domain**
- Simplest: move DNS to Cloudflare. Add the domain to your Cloudflare account (free plan), and it gives you two nameservers. In Namecheap go to *Domain List* → *Manage* → *Nameservers* → *Custom DNS* and paste them. Propagation usually takes under an hour, occasionally up to 24.
- Then in your Pages project: *Custom domains* → *Set up a custom domain*, enter the domain and `www`, and Cloudflare creates the DNS records and the HTTPS certificate automatically.

If you'd rather keep DNS at Namecheap, add a CNAME record for `www` pointing to your `*.pages.dev` address, and use Namecheap's URL redirect to send the bare domain to `www`.""",
r"""Thanks! Totally unrelated, but I'm going to Lisbon for a week next month. Which neighbourhoods are good to stay in?""",
r"""Lisbon is compact, so almost anywhere central works, but each area has a different feel:

- **Baixa and Chiado**: the flat, central grid between the river and the hills. Very convenient for metro, trams and walking everywhere; Chiado has elegant cafés and bookshops. Good first-time choice.
- **Alfama**: the oldest quarter, with steep lanes, viewpoints and fado houses. Atmospheric and photogenic, but hilly with cobbles, so think about luggage and stairs.
- **Príncipe Real**: leafy and upmarket, with a garden square, concept stores and good restaurants. Quieter at night than its neighbour.
- **Bairro Alto**: lively bars until late. Fun to visit in the evening, noisy to sleep in.
- **Cais do Sodré**: by the river, with Time Out Market and the train to Cascais and Belém. Some streets are loud at weekends.

For a week with a camera I'd stay in Chiado or on the edge of Alfama: you're near the best light at the viewpoints (Miradouro da Senhora do Monte and Santa Luzia at sunrise) without long walks back.""",
r"""And where should I go for the best pastéis de nata? Any day trips worth it?""",
r"""**Pastéis de nata**
- **Pastéis de Belém**: the historic bakery in Belém, making them since 1837 from a secret recipe. There's always a queue for takeaway; go inside to the large seating rooms instead, the wait is usually much shorter.
- **Manteigaria**: many locals' favourite, with a very crisp pastry and a bell that rings when a fresh batch comes out. Branches in Chiado and at Time Out Market.
- **Aloma**: a frequent competition winner, slightly less touristy.

Eat them warm, with cinnamon and a *bica* (espresso).

**Day trips**
- **Sintra**: palaces and forested hills, about 40 minutes by train from Rossio station. Pena Palace and Quinta da Regaleira are the highlights; book timed tickets and go early on a weekday.
- **Cascais**: a seaside town 40 minutes by train from Cais do Sodré, with beaches and a coastal walk to Boca do Inferno.
- **Setúbal and Arrábida**: across the river, with turquoise coves and fresh grilled fish; easiest by car or on a tour.

If you only have time for one, make it Sintra.""",
]))

# 010 misaligned pt API integration, 4 turns (replies rotated)
DIALOGUES.append(D("m16b-010", "misaligned", "pt",
"Misaligned: replies 2-4 are rotated; turn 2 (429 handling) gets the cursor-pagination answer, turn 3 (pagination) gets the HMAC webhook answer, turn 4 (HMAC) gets the 429/backoff answer.",
[
r"""Preciso integrar nosso sistema em Python com a API REST de um ERP. Eles usam OAuth2 com client credentials. Como obtenho o token e reaproveito até ele expirar?""",
r"""No fluxo client credentials você troca o `client_id` e o `client_secret` por um access token no endpoint de token, e reutiliza esse token até perto do vencimento. Uma classe simples resolve:

```python
import time
import requests

class TokenProvider:
    def __init__(self, token_url, client_id, client_secret, scope=None):
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self._token = None
        self._expires_at = 0.0

    def get(self):
        # renova 60 s antes de expirar para evitar corrida
        if self._token is None or time.time() > self._expires_at - 60:
            data = {"grant_type": "client_credentials"}
            if self.scope:
                data["scope"] = self.scope
            r = requests.post(
                self.token_url,
                data=data,
                auth=(self.client_id, self.client_secret),
                timeout=10,
            )
            r.raise_for_status()
            payload = r.json()
            self._token = payload["access_token"]
            self._expires_at = time.time() + payload.get("expires_in", 3600)
        return self._token
```

E para chamar a API:

```python
session = requests.Session()
tokens = TokenProvider(TOKEN_URL, CLIENT_ID, CLIENT_SECRET)

def api_get(path, **params):
    headers = {"Authorization": f"Bearer {tokens.get()}"}
    r = session.get(BASE_URL + path, headers=headers, params=params, timeout=30)
    r.raise_for_status()
    return r.json()
```

Observações:
- Muitos provedores aceitam as credenciais via HTTP Basic (`auth=`), como acima; outros exigem `client_id` e `client_secret` no corpo. Confira a documentação do ERP.
- Leia as credenciais de variáveis de ambiente ou de um cofre de segredos, nunca do código.
- Se a API responder 401 no meio do caminho (token revogado), invalide o cache (`self._token = None`) e tente mais uma vez.""",
r"""Às vezes a API responde 429 Too Many Requests quando rodamos a sincronização noturna. Como devo tratar isso?""",
r"""Com paginação por cursor você segue pedindo a próxima página enquanto a resposta trouxer um `next_cursor`. Um gerador deixa o código que consome os dados bem limpo:

```python
def iter_pedidos(desde=None, page_size=200):
    params = {"limit": page_size}
    if desde:
        params["updated_since"] = desde
    while True:
        page = api_get("/v1/pedidos", **params)
        for pedido in page["data"]:
            yield pedido
        cursor = page.get("next_cursor")
        if not cursor:
            break
        params["cursor"] = cursor

for pedido in iter_pedidos(desde="2025-03-01T00:00:00Z"):
    salvar_no_banco(pedido)
```

Pontos importantes:

- **Não monte o cursor você mesmo.** Ele é opaco: apenas devolva exatamente o valor recebido.
- **Mantenha os mesmos filtros** em todas as páginas; mudar `limit` ou `updated_since` no meio pode invalidar o cursor.
- **Use o maior `limit` permitido** (veja o máximo na documentação) para reduzir o número de requisições.
- **Grave o progresso.** Se a sincronização cai na página 80 de 120, salvar o último cursor processado permite retomar dali, desde que o cursor ainda seja válido; alguns expiram depois de alguns minutos.
- Como é um gerador, as páginas são buscadas sob demanda e você não carrega todos os pedidos na memória de uma vez.""",
r"""Os pedidos vêm paginados com cursor: cada resposta tem "data" e "next_cursor". Como busco todos os pedidos?""",
r"""A verificação deve usar o **corpo bruto** da requisição, exatamente como chegou, e uma comparação em tempo constante. No Flask:

```python
import hmac
import hashlib
import os
from flask import Flask, request, abort

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["ERP_WEBHOOK_SECRET"].encode()

@app.post("/webhooks/erp")
def erp_webhook():
    raw = request.get_data()  # bytes, antes de qualquer parse de JSON
    recebida = request.headers.get("X-Signature", "")
    esperada = hmac.new(WEBHOOK_SECRET, raw, hashlib.sha256).hexdigest()

    if not hmac.compare_digest(esperada, recebida):
        abort(401)

    evento = request.get_json()
    processar_evento(evento)
    return "", 204
```

Detalhes que costumam causar falhas:

- **Não recalcule o HMAC sobre `json.dumps(request.json)`**: a reserialização muda espaços e ordem das chaves, e a assinatura nunca bate.
- **Formato do cabeçalho**: alguns provedores enviam `sha256=<hex>` ou base64 em vez de hexadecimal. Ajuste a comparação ao que a documentação do ERP especificar.
- **`hmac.compare_digest`** evita ataques de temporização; nunca compare com `==`.
- **Proteção contra replay**: se o ERP enviar um timestamp (por exemplo `X-Timestamp`) incluído na assinatura, rejeite eventos com mais de 5 minutos.
- **Responda rápido**: devolva 2xx em poucos segundos e processe o evento numa fila, senão o ERP pode considerar falha e reenviar.""",
r"""Eles também enviam webhooks assinados com HMAC-SHA256 no cabeçalho X-Signature. Como verifico a assinatura no Flask?""",
r"""O 429 é o servidor pedindo para você desacelerar, então a resposta certa é esperar e tentar de novo, respeitando o cabeçalho `Retry-After` quando ele vier:

```python
import random
import time
import requests

def request_com_retry(method, url, max_tentativas=6, **kwargs):
    for tentativa in range(max_tentativas):
        r = session.request(method, url, timeout=30, **kwargs)
        if r.status_code not in (429, 502, 503, 504):
            r.raise_for_status()
            return r
        retry_after = r.headers.get("Retry-After")
        if retry_after and retry_after.isdigit():
            espera = int(retry_after)
        else:
            espera = min(60, 2 ** tentativa) + random.uniform(0, 1)
        time.sleep(espera)
    r.raise_for_status()
```

Como funciona:

- **`Retry-After`** pode vir em segundos (o caso mais comum) ou como data HTTP; o código acima trata os segundos e, caso contrário, usa backoff exponencial: 1, 2, 4, 8, 16, 32 segundos, com limite de 60.
- **Jitter** (o `random.uniform`) evita que vários workers tentem de novo no mesmo instante.
- **Limite de tentativas** para não ficar preso para sempre; depois disso o erro sobe e a sincronização registra a falha.

Além de reagir, evite provocar o 429: veja se a API informa o limite em cabeçalhos como `X-RateLimit-Remaining` e `X-RateLimit-Reset` e, se a sincronização noturna dispara muitas requisições em paralelo, reduza a concorrência ou faça um controle simples de taxa (por exemplo, no máximo 5 requisições por segundo). Só repita automaticamente operações idempotentes, como GET; um POST que criou um pedido pode duplicá-lo.""",
]))

# 011 good ru matplotlib, 4 turns
DIALOGUES.append(D("m16b-011", "good", "ru",
"Good: Russian data-visualisation help with pandas/matplotlib (monthly aggregation, small multiples instead of twin axes, colourblind-safe palette, export for slides); correct and consistent.",
[
r"""У меня есть CSV с продажами: столбцы date, region (Север, Юг, Центр) и revenue, по одной строке на каждую сделку за два года. Хочу построить график выручки по месяцам для каждого региона. Как это сделать на pandas и matplotlib?""",
r"""Сначала агрегируем сделки по месяцам и регионам, потом строим по линии на регион:

```python
import pandas as pd
import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter

df = pd.read_csv("sales.csv", parse_dates=["date"])

monthly = (
    df.groupby([pd.Grouper(key="date", freq="MS"), "region"])["revenue"]
      .sum()
      .unstack("region")
      .fillna(0)
)

fig, ax = plt.subplots(figsize=(10, 5))
monthly.plot(ax=ax, marker="o", linewidth=2)

ax.set_title("Выручка по месяцам и регионам")
ax.set_xlabel("")
ax.set_ylabel("Выручка, ₽")
ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:,.0f}".replace(",", " ")))
ax.grid(axis="y", alpha=0.3)
ax.legend(title="Регион")
fig.tight_layout()
plt.show()
```

Что здесь происходит:

- `parse_dates=["date"]` сразу превращает столбец в даты; без этого группировка по месяцам не сработает.
- `pd.Grouper(freq="MS")` группирует по началу месяца (Month Start), поэтому точки на оси стоят на 1-м числе каждого месяца.
- `unstack("region")` разворачивает регионы в отдельные столбцы: получается таблица «месяц × регион», и `plot()` рисует по линии на столбец.
- `fillna(0)` нужен, если в каком-то регионе в каком-то месяце не было сделок; иначе линия прервётся.
- Форматтер выводит числа с пробелом в качестве разделителя тысяч: 1 250 000 вместо 1.25e6.

Если сделок много и даты с временем, всё работает так же: Grouper отбрасывает время при группировке.""",
r"""У Центра выручка примерно в 10 раз больше, чем у Юга, и линия Юга выглядит почти плоской у нуля. Может, сделать вторую ось Y?""",
r"""Вторую ось я бы не делал: на графике с двумя осями масштаб каждой линии выбирается произвольно, и зритель легко делает ложные выводы («Юг догнал Центр»), которые зависят только от того, как настроены оси. Есть более честные варианты.

**1. Малые множители (small multiples)**: отдельный график для каждого региона с общей осью X и собственной осью Y.

```python
fig, axes = plt.subplots(3, 1, figsize=(10, 8), sharex=True)
for ax, region in zip(axes, monthly.columns):
    ax.plot(monthly.index, monthly[region], marker="o", linewidth=2)
    ax.set_title(region, loc="left", fontsize=11)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:,.0f}".replace(",", " ")))
    ax.grid(axis="y", alpha=0.3)
fig.suptitle("Выручка по месяцам")
fig.tight_layout()
```

Динамика каждого региона видна хорошо, а подписи осей явно показывают разницу в масштабе.

**2. Индекс к базовому месяцу**: делим каждый ряд на его первое значение и умножаем на 100.

```python
indexed = monthly / monthly.iloc[0] * 100
```

Все регионы стартуют со 100, и сразу видно, кто растёт быстрее в процентах. Подходит, если вопрос именно о темпах роста. Осторожно, если в первом месяце у региона нулевая или очень маленькая выручка.

**3. Логарифмическая шкала**: `ax.set_yscale("log")`. Одинаковые относительные изменения выглядят одинаково, но многие читатели неверно читают такие графики, поэтому подписывайте ось явно.

Для отчёта руководству я бы выбрал вариант 1.""",
r"""Как сделать цвета удобными для людей с нарушениями цветового зрения?""",
r"""Самое простое: встроенный стиль matplotlib, рассчитанный на дальтоников:

```python
plt.style.use("tableau-colorblind10")
```

Или задайте палитру Окабэ–Ито, которая специально подобрана так, чтобы цвета различались при самых частых типах дальтонизма:

```python
okabe_ito = ["#E69F00", "#56B4E9", "#009E73", "#F0E442",
             "#0072B2", "#D55E00", "#CC79A7", "#000000"]
plt.rcParams["axes.prop_cycle"] = plt.cycler(color=okabe_ito)
```

Для трёх регионов хорошо работают оранжевый `#E69F00`, синий `#0072B2` и сине-зелёный `#009E73`. Жёлтый `#F0E442` плохо виден на белом фоне, его лучше не брать для линий.

Но цвет не должен быть единственным способом различать линии:

- **Разные маркеры и стили линий**: `marker="o"`, `"s"`, `"^"` и `linestyle="-"`, `"--"`, `":"`.
- **Подписи прямо у линий вместо легенды**: например, `ax.annotate(region, xy=(monthly.index[-1], monthly[region].iloc[-1]), xytext=(5, 0), textcoords="offset points", va="center")`. Читателю не нужно сопоставлять цвет с легендой.
- **Проверка**: загрузите готовый PNG в симулятор вроде Coblis и посмотрите, как он выглядит при протанопии и дейтеранопии.

Для малых множителей из прошлого ответа проблема вообще почти исчезает: каждый регион на своём графике и подписан заголовком, так что цвет там можно использовать просто для единообразия.""",
r"""Нужно вставить графики в презентацию PowerPoint. В каком формате и с какими настройками сохранять?""",
r"""Два хороших варианта:

**SVG (векторный)**: остаётся чётким при любом масштабе, текст не размывается. Современный PowerPoint (Microsoft 365) вставляет SVG напрямую.

```python
fig.savefig("revenue.svg", bbox_inches="tight")
```

**PNG с высоким разрешением**: если презентацию будут открывать в старых версиях PowerPoint или в Google Slides.

```python
fig.savefig("revenue.png", dpi=200, bbox_inches="tight")
```

Настройки, которые заметно улучшают результат:

- **Задавайте размер фигуры под слайд.** Слайд 16:9 имеет размер 13,33 × 7,5 дюйма. Для графика на половину слайда возьмите `figsize=(6.5, 4.5)`; тогда при вставке не придётся масштабировать, и размер шрифтов останется таким, как вы задали.
- **Увеличьте шрифты**: `plt.rcParams["font.size"] = 14`. То, что хорошо читается на мониторе, с проектора в конце зала не видно.
- **`bbox_inches="tight"`** обрезает лишние белые поля.
- **Прозрачный фон** для тёмного шаблона: `transparent=True`, но проверьте, что подписи осей не сливаются с фоном.

Если графиков много и данные обновляются каждый месяц, можно генерировать слайды прямо из Python библиотекой python-pptx.""",
]))

# 012 repetition en MySQL search, 6 turns (user re-asks turn-1 question reworded; assistant re-explains)
DIALOGUES.append(D("m16b-012", "repetition", "en",
"Repetition (subtle): in turn 5 the user asks again, reworded, whether a normal index helps LIKE '%phone%' (answered in turn 1), and the assistant re-explains the same leading-wildcard point.",
[
r"""Our MySQL 8 product search is slow. The query is `SELECT * FROM products WHERE name LIKE '%phone%'` on about 2 million rows, and there's a regular index on name. Why doesn't the index help?""",
r"""Because of the leading `%`. A B-tree index on `name` stores values sorted alphabetically, like a phone book. It can find everything that *starts* with "phone" (`LIKE 'phone%'`) by jumping to that part of the sort order. But `'%phone%'` means "phone anywhere in the string", and "smartphone", "iPhone 15" and "headphone stand" are scattered all over the alphabetical order. MySQL has no way to use the sort order, so it reads every row: a full table scan of 2 million rows.

You can confirm with `EXPLAIN`: you'll see `type: ALL` and `key: NULL`.

Options, roughly from least to most effort:

1. **Prefix search**, if your UX allows it: `LIKE 'phone%'` can use the index. Not great for product search, where users type words from the middle of names.
2. **FULLTEXT index** with `MATCH ... AGAINST`: built into InnoDB, indexes individual words, and searches for a word anywhere in the text. This is the usual answer for MySQL.
3. **A dedicated search engine** (OpenSearch, Meilisearch, Typesense) if you need typo tolerance, synonyms, facets and relevance tuning.

Also, `SELECT *` pulls every column, including large descriptions; select only what the results page shows.

For 2 million products, FULLTEXT is the natural next step.""",
r"""OK, how do I set up FULLTEXT?""",
r"""Add the index (on a big table this takes a while, so do it off-peak):

```sql
ALTER TABLE products ADD FULLTEXT INDEX ft_name (name);
```

If you want to search descriptions too, index both columns together: `ADD FULLTEXT INDEX ft_name_desc (name, description)`. The `MATCH()` column list must then match the index's column list exactly.

Query it with `MATCH ... AGAINST`:

```sql
-- natural language mode (default): relevance-ranked
SELECT id, name
FROM products
WHERE MATCH(name) AGAINST('phone');

-- boolean mode: operators and prefix matching
SELECT id, name
FROM products
WHERE MATCH(name) AGAINST('+phone* -case' IN BOOLEAN MODE);
```

In boolean mode, `+` means the word must be present, `-` excludes a word, and `*` is a trailing wildcard, so `phone*` matches "phone" and "phones". Note that FULLTEXT matches whole words: "smartphone" is one word and won't match `phone` or even `phone*`, because the wildcard only works at the end. If matching inside words matters, add common compounds to the product data (tags), or look at an n-gram parser.

Two InnoDB defaults worth knowing:

- `innodb_ft_min_token_size = 3`: words shorter than 3 characters aren't indexed.
- A built-in stopword list ("the", "and", "about", ...) is ignored.

Check with `EXPLAIN`: you should now see `type: fulltext` and `key: ft_name`.""",
r"""Searching for "tv" returns nothing, even though we have hundreds of TVs.""",
r"""That's the minimum token size from the previous answer: InnoDB doesn't index words shorter than `innodb_ft_min_token_size`, which defaults to 3, so "tv" was never written to the index.

To fix it:

1. Lower the setting in `my.cnf` (under `[mysqld]`):

```ini
[mysqld]
innodb_ft_min_token_size = 2
```

2. Restart MySQL. It's a read-only variable, so it can't be changed with `SET GLOBAL`.

3. Rebuild the index so existing rows are re-tokenised:

```sql
ALTER TABLE products DROP INDEX ft_name;
ALTER TABLE products ADD FULLTEXT INDEX ft_name (name);
```

(`OPTIMIZE TABLE products` with `innodb_optimize_fulltext_only=ON` also works, but drop-and-recreate is simpler and more predictable.)

Side effects: the index gets somewhat larger, and two-letter words like "in" or "of" become searchable noise. If that bothers you, add them to a custom stopword table and point `innodb_ft_server_stopword_table` at it before rebuilding.

If you're on a managed service like Amazon RDS, set the parameter in the DB parameter group and reboot the instance.""",
r"""Works now. How do I rank results by relevance and also filter by category?""",
r"""Use `MATCH ... AGAINST` both in the `WHERE` clause and as a selected expression for the score:

```sql
SELECT id, name, price,
       MATCH(name) AGAINST('samsung tv') AS score
FROM products
WHERE MATCH(name) AGAINST('samsung tv')
  AND category_id = 12
  AND in_stock = 1
ORDER BY score DESC
LIMIT 24;
```

MySQL recognises that both `MATCH` expressions are identical and computes the score once.

How the ranking behaves in natural language mode: rows containing more of the search words score higher, and rare words weigh more than common ones, so "samsung" counts for more than "tv" if you have far more TVs than Samsung products.

For "all words required", use boolean mode: `AGAINST('+samsung +tv' IN BOOLEAN MODE)`. Boolean-mode scores are cruder, so many shops use boolean mode to filter and natural-language mode to rank.

Performance note: the FULLTEXT index finds the matching rows, and the category and stock filters are then applied to those rows. That's fast when the search words are selective. If a search term matches hundreds of thousands of rows, consider filtering on category first (a regular index on `category_id`) or moving to a search engine with proper faceting.""",
r"""Quick sanity check before I remove the old index: if I just kept the normal index on name and searched with LIKE '%phone%', would MySQL be able to use that index?""",
r"""No. With a wildcard at the start of the pattern, a regular B-tree index on `name` can't be used to find the matches. The index keeps names in sorted order, so it can only jump to values that begin with a known prefix, like `LIKE 'phone%'`. A pattern like `'%phone%'` can match anywhere inside a name ("smartphone", "iPhone 15", "headphone stand"), and those entries are spread throughout the sorted order, so MySQL falls back to scanning every row of the table.

You'd see it in `EXPLAIN` as `type: ALL` with `key: NULL`: a full scan of the 2 million rows. That's why the FULLTEXT index with `MATCH ... AGAINST` is the right tool for this search, while a normal index only helps prefix searches.""",
r"""Got it. Anything else I should monitor after this goes live?""",
r"""A few things:

- **Slow query log**: enable it with `long_query_time = 0.5` and watch for search queries that slip through without the FULLTEXT index, for example new code paths still using `LIKE '%...%'`.
- **Zero-result searches**: log search terms that return nothing. They reveal short words, misspellings and compound words ("smartphone") that FULLTEXT can't match, and tell you whether you've outgrown it.
- **Index maintenance**: InnoDB FULLTEXT keeps deleted entries until the index is optimised. If products change a lot, run `OPTIMIZE TABLE products` with `innodb_optimize_fulltext_only=ON` periodically, off-peak.
- **Latency percentiles**: track p95 search latency, not the average; a few broad terms like "case" can be much slower than the rest.

If zero-result rates stay high or you start needing typo tolerance, that's the signal to move search to a dedicated engine.""",
]))
