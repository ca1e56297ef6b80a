# Hand-written dialogues for part b (flawed, 013-021).

D = []

D.append(dict(
    id="j10b-013", label="off_topic", language="en",
    note="off_topic: turns 4-5 abandon the Perseid-watching plan; the user switches to buying a gaming PC and the assistant follows.",
    turns=[
("h", "I want to take my kids (8 and 11) to watch the Perseid meteor shower this year. When's the best time?"),
("g", """The Perseids are one of the best showers for families because they happen on warm summer nights.

**Dates**
- Active from roughly **July 17 to August 24**.
- The peak is usually the night of **August 12-13**, and the nights on either side are nearly as good.

**Time of night**
- Rates climb after midnight and are highest in the **pre-dawn hours**, when the radiant (the point in Perseus the meteors seem to come from) is high in the northeast.
- Under ideal dark skies the peak rate (ZHR) is around 100 per hour, but realistically you'll see **30-60 per hour** from a decent dark site near the peak.

**With kids**
An 8-year-old probably won't make it to 3 a.m. A good compromise is to go out around **10-11 p.m.**. You'll see fewer meteors, but early in the night you can catch **earthgrazers**: slow, long meteors that skim across a large part of the sky, and they're spectacular.

**Check the Moon**: a bright Moon near the peak washes out fainter meteors. If it's a bad Moon year, try a night or two before the peak when the Moon sets earlier."""),
("h", "We live in a suburb. Do we need to drive somewhere darker?"),
("g", """It's worth it if you can. From a typical suburb you might see a third or less of what a dark site shows, because light pollution hides the fainter meteors, which are the majority.

- **Find a spot**: lightpollutionmap.info shows sky brightness. Look for a park, reservoir or farmland area 30-60 minutes away that's darker (the map's colours go from white/red in cities to blue/grey in dark areas). Check it's legal and safe to be there at night.
- **Face the darkest part of the sky**, away from city glow. You don't need to look at the radiant; meteors appear all over the sky.
- **Dark adaptation** takes 20-30 minutes. Any white light (phone screens, car headlights) resets it. Use a red flashlight or a phone set to a red-screen mode.
- **No telescope or binoculars needed**: meteors are too fast and too spread out. Naked eye is best."""),
("h", "What should we bring for the night?"),
("g", """A checklist that keeps kids happy:

- **Reclining camp chairs or a thick blanket and sleeping mats**: lying back is the most comfortable way to watch a wide sky.
- **Warm layers**: even in August, nights at rural sites can drop to the 50s °F (10-15 °C), and you'll be sitting still.
- **Bug spray**.
- **Red flashlight** for each person.
- **Snacks and a thermos** of hot chocolate.
- **A simple game**: everyone counts their meteors and calls "Meteor!" when they see one; the kids love tallying scores.

If you want photos: a camera on a tripod with a wide-angle lens, aperture around f/2.8, ISO 1600-3200, 15-25 second exposures, and let it shoot continuously with an interval timer. Most frames will be empty, but one or two usually catch a bright meteor."""),
("h", "Totally different thing: my 11-year-old wants a gaming PC for her birthday. What specs should I aim for with about $800?"),
("g", """For $800 (tower only, no monitor) you can get a very capable 1080p gaming PC. Priorities:

- **Graphics card (most important)**: an NVIDIA RTX 4060 or AMD RX 7600, around $270-300. Handles Roblox, Minecraft, Fortnite and most new games at 1080p with high settings.
- **CPU**: AMD Ryzen 5 7600 or Intel Core i5-12400F/13400F, around $150-200.
- **RAM**: 16 GB (2 × 8 GB) is the sweet spot; 32 GB if the budget allows.
- **Storage**: a 1 TB NVMe SSD, about $60. Games are large now.
- **Power supply**: 550-650 W, 80+ Bronze or better, from a reputable brand. Don't cheap out here.
- **Case**: one with decent airflow and front fans.

Budget separately for a monitor (a 24-inch 1080p 144 Hz panel is $120-170), keyboard, mouse and headset."""),
("h", "Would a prebuilt or building it ourselves be better for a first-timer?"),
("g", """Both are reasonable; it depends on what you want out of it.

**Building it yourselves**
- It's a great parent-kid project. Modern parts are keyed so they only fit one way, and there are excellent step-by-step videos.
- You choose every part, so no weak power supply or single-channel RAM hidden inside.
- Expect an afternoon to a full day the first time.
- Downside: if something doesn't work, you troubleshoot it yourselves, and each part has its own warranty.

**Prebuilt**
- One warranty, one support number, works out of the box.
- At $800, prices are now close to building, especially during sales.
- Check the spec sheet carefully: look for the exact GPU model, dual-channel RAM (2 sticks), and a named power supply brand.

If she's curious about how computers work, building it is the more memorable gift."""),
]))

D.append(dict(
    id="j10b-014", label="off_topic", language="pt",
    note="off_topic: in turn 3 the user drops the PGBL/VGBL planning to ask why the phone heats up while charging, and the assistant answers that unrelated question.",
    turns=[
("h", "Tenho 38 anos, sou CLT e faço a declaração completa do IR. Estou pensando em abrir uma previdência privada. Qual a diferença entre PGBL e VGBL?"),
("g", """A diferença principal está na tributação: no que você pode abater agora e sobre o que paga imposto no resgate.

**PGBL (Plano Gerador de Benefício Livre)**
- As contribuições podem ser **deduzidas da base de cálculo do IR até 12% da sua renda bruta tributável** no ano.
- Só vale para quem faz a **declaração completa** e contribui para o INSS (ou regime próprio), que é o seu caso.
- No resgate ou no recebimento da renda, o IR incide sobre o **valor total** (contribuições + rendimentos).

**VGBL (Vida Gerador de Benefício Livre)**
- Não dá dedução no IR.
- No resgate, o IR incide **apenas sobre os rendimentos**.
- Indicado para quem faz a declaração simplificada ou já usou todo o limite de 12% no PGBL.

**Para você**: como faz a declaração completa, o mais comum é colocar no **PGBL até 12% da renda bruta** e, se quiser investir mais que isso, colocar o excedente em VGBL.

Exemplo: renda bruta anual de R$ 120.000. O limite de dedução é R$ 14.400. Se você estiver na alíquota de 27,5%, aportar esse valor no PGBL pode reduzir o imposto devido (ou aumentar a restituição) em até cerca de R$ 3.960 naquele ano. Esse imposto não some: ele é diferido para o resgate, mas você ganha com o rendimento sobre esse dinheiro durante anos."""),
("h", "E a tabela regressiva ou progressiva? Qual escolher?"),
("g", """Para quem pensa em longo prazo, a **regressiva** costuma ser melhor.

**Tabela regressiva** (alíquota definitiva, conforme o tempo de cada aporte no plano):
- até 2 anos: 35%
- 2 a 4 anos: 30%
- 4 a 6 anos: 25%
- 6 a 8 anos: 20%
- 8 a 10 anos: 15%
- acima de 10 anos: **10%**

Cada aporte tem seu próprio "relógio". Aos 38 anos, pensando em usar o dinheiro depois dos 60, boa parte dos aportes vai chegar à alíquota de 10%.

**Tabela progressiva**
- Segue a tabela do IR mensal (de isento até 27,5%).
- No resgate há retenção na fonte de 15%, ajustada depois na declaração anual.
- Pode valer a pena para quem vai receber valores baixos de renda no futuro, dentro da faixa de isenção ou das alíquotas menores, ou para quem pode precisar resgatar em poucos anos.

**Novidade importante**: desde a Lei 14.803/2024, a escolha do regime pode ser feita **até o primeiro resgate ou recebimento do benefício**, e não mais obrigatoriamente na contratação. Ainda assim, vale pensar no assunto desde o começo."""),
("h", "Aproveitando: por que meu celular esquenta tanto quando está carregando? É normal?"),
("g", """Um pouco de aquecimento é normal, mas calor forte merece atenção.

**Por que esquenta**
- Carregar a bateria gera calor, principalmente no início, quando a carga está baixa e o carregador rápido fornece mais potência (18 W, 25 W ou mais).
- Usar o celular ao mesmo tempo (jogos, vídeo, GPS) soma o calor do processador ao da carga.
- Capinhas grossas dificultam a dissipação.

**Como reduzir**
1. Evite jogar ou gravar vídeo enquanto carrega.
2. Tire a capinha durante a carga se o aparelho esquentar muito.
3. Não carregue embaixo do travesseiro ou sobre a cama.
4. Use carregador e cabo originais ou certificados.
5. Ative o "carregamento otimizado" ou equivalente, que segura a carga em 80% e termina perto da hora em que você costuma acordar.

**Quando se preocupar**: se o aparelho fica quente a ponto de incomodar ao segurar, se a bateria estufou (tampa levantando, tela descolando) ou se o celular desliga sozinho. Nesses casos, pare de usar o carregador e leve a uma assistência técnica."""),
("h", "Voltando à previdência: se eu não gostar do banco, posso mudar o plano para outra instituição sem pagar imposto?"),
("g", """Pode, pela **portabilidade**, que é justamente feita para isso.

**Como funciona**
- O dinheiro vai **direto de uma seguradora/entidade para a outra**, sem passar pela sua conta. Por isso **não há incidência de IR** na transferência.
- Você solicita à **instituição de destino**, que cuida do processo com a de origem.
- Só é possível entre planos do **mesmo tipo**: PGBL para PGBL, VGBL para VGBL.

**Pontos de atenção**
- **Tabela regressiva**: o prazo de cada aporte é mantido na portabilidade; você não perde o tempo acumulado.
- **Carência**: alguns planos têm carência para portabilidade (geralmente 60 dias após a contratação).
- **Taxas**: compare a **taxa de administração** (hoje há bons planos abaixo de 1% ao ano) e evite planos com **taxa de carregamento**, que é cobrada sobre cada aporte.

Se o seu plano atual tem taxa alta ou desempenho fraco, a portabilidade costuma ser uma decisão simples e sem custo tributário."""),
]))

D.append(dict(
    id="j10b-015", label="leakage", language="en",
    note="leakage: the turn-3 reply contains a stray generator note ('Writer note: user is a mid-level dev... set up the PodDisruptionBudget question for the next turn'); rest is good.",
    turns=[
("h", "Every time we roll out a new version of our `checkout` Deployment, users get a burst of 502 errors from the ingress for about 20-30 seconds. We have 3 replicas. What's going on?"),
("g", """That pattern almost always comes from one of two gaps in the rollout, often both:

**1. New pods receive traffic before they're ready.**
Without a readiness probe, Kubernetes marks a pod Ready as soon as the container process starts. If your app needs a few seconds to load config, warm caches or open database connections, the ingress sends requests to a pod that can't answer yet.

**2. Old pods are killed while still receiving traffic.**
When a pod is terminated, two things happen in parallel: the kubelet sends SIGTERM to the container, and the pod is removed from the Service's endpoints. Removal has to propagate to every node's kube-proxy and to the ingress controller, which takes a few seconds. If your app exits immediately on SIGTERM, requests that are still routed to it fail with 502.

Quick checks:
```bash
kubectl get deploy checkout -o yaml | grep -A8 readinessProbe
kubectl get deploy checkout -o jsonpath='{.spec.strategy}'
```
If there's no readiness probe, start there. And watch the ingress controller's logs during a rollout; errors like "connection refused" or "upstream prematurely closed connection" point to problem 2."""),
("h", "There's no readiness probe, and the strategy is just the default. What should I set?"),
("g", """Add a readiness probe and make the rollout conservative:

```yaml
spec:
  replicas: 3
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
  minReadySeconds: 5
  template:
    spec:
      containers:
        - name: checkout
          readinessProbe:
            httpGet:
              path: /ready
              port: 8080
            initialDelaySeconds: 3
            periodSeconds: 5
            failureThreshold: 3
```

- `maxUnavailable: 0` means Kubernetes never takes an old pod down until a new one is Ready, so you never drop below 3 serving pods.
- `maxSurge: 1` adds one extra pod at a time (the default is 25% for both settings, which with 3 replicas rounds to 1 surge and 0 unavailable, but being explicit documents the intent).
- `minReadySeconds: 5` makes Kubernetes wait 5 seconds after Ready before counting the pod as available, which catches pods that crash right after startup.

The `/ready` endpoint should return 200 only when the app can really serve: config loaded, database pool connected. Keep it cheap, since it's called every 5 seconds."""),
("h", "That fixed the startup side. But I still see a few 502s when old pods shut down. How do I handle that?"),
("g", """That's problem 2, the race between SIGTERM and endpoint removal. The fix has two parts.

**1. Delay the shutdown with a preStop hook.** The hook runs before SIGTERM is sent, so the pod keeps serving while the endpoint removal propagates:

```yaml
lifecycle:
  preStop:
    exec:
      command: ["sh", "-c", "sleep 10"]
terminationGracePeriodSeconds: 45
```

If your image has no shell (distroless, scratch), newer Kubernetes versions support a built-in sleep action instead: `preStop: { sleep: { seconds: 10 } }`.

(Writer note: user is a mid-level dev; keep it practical, and set up the PodDisruptionBudget question for the next turn.)

**2. Handle SIGTERM gracefully in the app.** After the preStop sleep, SIGTERM arrives; the app should stop accepting new connections, finish in-flight requests, then exit. In Node.js, for example:

```js
process.on("SIGTERM", () => {
  server.close(() => process.exit(0));
});
```

The grace period must cover both: 10 seconds of preStop plus the longest request you expect to drain. If the total exceeds `terminationGracePeriodSeconds` (default 30), the container is SIGKILLed mid-request.

With both in place, old pods are out of every load balancer's rotation before they stop accepting connections, and the 502s should disappear."""),
("h", "Will this also protect us when the platform team drains nodes for upgrades?"),
("g", """Partly. The preStop hook and graceful shutdown still apply when a pod is evicted during `kubectl drain`, so each individual pod shuts down cleanly. What they don't prevent is the drain evicting **several of your pods at once**, for example if two of your three replicas happen to sit on the same node, or the platform team drains nodes in parallel.

For that you need a **PodDisruptionBudget**:

```yaml
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: checkout-pdb
spec:
  minAvailable: 2
  selector:
    matchLabels:
      app: checkout
```

`kubectl drain` uses the Eviction API, which respects the PDB: it won't evict a pod if that would leave fewer than 2 available, and it waits and retries until a replacement is Ready elsewhere.

Two notes:
- PDBs only apply to voluntary disruptions (drains, cluster autoscaler scale-downs). A node crashing is not covered.
- Deployment rolling updates don't use the PDB; they follow `maxUnavailable` from the strategy, which you've already set to 0.

Also consider a `topologySpreadConstraints` entry on hostname so the 3 replicas land on different nodes in the first place."""),
("h", "How can I verify the whole setup actually works before the next real release?"),
("g", """Run a load test while forcing a rollout, and look for any non-2xx responses.

1. **Generate steady traffic** against the ingress, e.g. with `hey` or `k6`, at a rate similar to production:
   ```bash
   hey -z 120s -q 20 -c 10 https://staging.example.com/health
   ```
2. **While it runs, trigger a rollout** without changing the image:
   ```bash
   kubectl rollout restart deployment/checkout
   kubectl rollout status deployment/checkout
   ```
3. **Then test a drain** in staging on a node running one of the pods (find it with `kubectl get pods -l app=checkout -o wide`), here `staging-pool-a-3`:
   ```bash
   kubectl drain staging-pool-a-3 --ignore-daemonsets --delete-emptydir-data
   kubectl uncordon staging-pool-a-3
   ```
4. **Check the results**: `hey` prints a status code summary at the end; you want only 200s. Cross-check the ingress controller's logs for 502/503 during the window.

If you still see a handful of errors, increase the preStop sleep to 15-20 seconds; some ingress controllers with long sync intervals need more time."""),
]))

D.append(dict(
    id="j10b-016", label="leakage", language="ru",
    note="leakage: the turn-2 reply opens with a visible generation instruction ('Ответ ассистента на реплику 2 (тон: дружелюбный, 150–200 слов, обязательно упомянуть закон)').",
    turns=[
("h", "Скоро зима, а у меня первая своя машина (Kia Rio 2019). Что нужно сделать, чтобы подготовить её к холодам?"),
("g", """Хороший момент, чтобы заняться этим заранее. Основной список:

**1. Шины**
Переобуваться стоит, когда среднесуточная температура стабильно опускается до +5…+7 °C: летняя резина на холоде дубеет и хуже держит дорогу, даже если снега ещё нет.

**2. Аккумулятор**
Холод сильнее всего бьёт именно по нему. Заряженная батарея в покое показывает около 12,6–12,7 В. Если меньше 12,4 В, её стоит зарядить, а если ей больше 4–5 лет, проверить под нагрузкой в сервисе.

**3. Антифриз**
Проверьте уровень в расширительном бачке (на холодном двигателе, между метками MIN и MAX) и температуру замерзания. Для средней полосы она должна быть не выше −35…−40 °C. Её проверяют рефрактометром или ареометром, в любом сервисе это делают за пару минут.

**4. Омывайка**
Слейте летнюю жидкость и залейте зимнюю, минимум на −25…−30 °C. Летняя замёрзнет в бачке и трубках.

**5. Щётки и резинки**
Поставьте новые щётки, если старые оставляют полосы. Уплотнители дверей обработайте силиконовой смазкой, чтобы двери не примерзали.

**6. Масло**
Если срок замены близко, сделайте её до холодов. Для Kia Rio производитель допускает, в частности, вязкость 5W-30; точные допуски смотрите в руководстве.

**7. В багажник**: щётка со скребком, провода для прикуривания, незамерзающая жидкость про запас."""),
("h", "А когда по закону нужно менять резину? И сколько должен быть протектор у зимних шин?"),
("g", """Ответ ассистента на реплику 2 (тон: дружелюбный, 150–200 слов, обязательно упомянуть закон):

В России это регулирует технический регламент Таможенного союза ТР ТС 018/2011 «О безопасности колёсных транспортных средств».

**Сроки**
- **Зимние шины обязательны в декабре, январе и феврале.** Ездить в эти месяцы на летней резине нельзя.
- **Шипованные шины запрещены летом: в июне, июле и августе.**
- Региональные власти могут сдвигать эти сроки в зависимости от климата, поэтому проверьте правила своего региона.

**Протектор**
- Для зимних шин остаточная глубина протектора должна быть **не менее 4 мм**.
- Для летних шин легковых автомобилей минимум **1,6 мм**.
- Шины, соответствующие требованиям, имеют маркировку со снежинкой на фоне горы (3PMSF) или M+S.

**Штраф**: за езду на шинах с недопустимым износом предусмотрен штраф по ст. 12.5 КоАП РФ (500 рублей).

На практике не ждите декабря: первый снег часто выпадает в ноябре, и лучше переобуться, когда температура стабильно ниже +5 °C."""),
("h", "Шипы или липучка? Я езжу в основном по городу, иногда на дачу."),
("g", """Для вашего сценария выбор зависит от того, какие дороги на даче.

**Липучка (нешипованная фрикционная)**
- Тише и комфортнее, меньше шума в салоне.
- Отлично работает на мокром асфальте, снежной каше и реагентах, то есть в типичных городских условиях.
- Хуже держит на чистом льду.

**Шипы**
- Заметно лучше торможение и разгон на голом льду и укатанном снеге.
- Шумнее, на сухом и мокром асфальте тормозной путь может быть даже длиннее, чем у липучки.
- На машину с шипами нужно клеить знак «Ш» на заднее стекло.

**Рекомендация**
- Если город хорошо чистят, а на дачу ведёт расчищенная трасса, **липучка** будет удобнее и вполне безопасна.
- Если на даче нечищеные и обледенелые участки, частые оттепели с заморозками или вы ездите на дачу всю зиму, лучше **шипы**.

В любом случае берите шины от известных производителей и свежие: дата выпуска указана на боковине четырьмя цифрами (неделя и год)."""),
("h", "Спасибо. А аккумулятор можно зарядить самому, не снимая с машины?"),
("g", """Да, если у вас обычный свинцово-кислотный или AGM-аккумулятор и нормальное зарядное устройство. Большинство современных «умных» зарядок это позволяют.

**Порядок**
1. Заглушите двигатель, выключите все потребители, выньте ключ.
2. Для полной безопасности снимите **минусовую** клемму. Многие зарядки разрешают заряжать и без снятия, но так вы защищаете электронику машины от скачков напряжения.
3. Подключите зарядку: сначала **плюс к плюсу**, потом **минус к минусу**.
4. Включите зарядное устройство в сеть и выберите режим, соответствующий типу аккумулятора.
5. Ток заряда около **10% от ёмкости**: для батареи 60 А·ч это примерно 6 А. Умная зарядка подберёт его сама.
6. После окончания отключите зарядку от сети, затем снимите зажимы в обратном порядке и верните клемму.

**Безопасность**: при зарядке выделяется водород, поэтому не курите рядом и заряжайте в проветриваемом месте. Если аккумулятор вздулся или греется, заряжать нельзя, его нужно менять."""),
]))

D.append(dict(
    id="j10b-017", label="placeholder", language="en",
    note="placeholder: in the turn-2 reply the tire size is left as an unfilled slot '%TIRE_SIZE%' instead of 215/55R17; otherwise accurate and specific.",
    turns=[
("h", "How do I read the code on my tire? It says 215/55R17 94V."),
("g", """Each part means something specific:

- **215**: the tire's width in millimetres, measured sidewall to sidewall.
- **55**: the aspect ratio. The sidewall height is 55% of the width, so about 118 mm.
- **R**: radial construction, which nearly all modern car tires use.
- **17**: the rim diameter in inches. The tire fits a 17-inch wheel.
- **94**: the load index. 94 means each tire can carry up to **670 kg** (1,477 lb) at its maximum rated pressure.
- **V**: the speed rating, up to **240 km/h** (149 mph).

When replacing tires, match the size exactly, and use a load index and speed rating at least as high as the originals. Your car's door jamb sticker lists the original size and the recommended pressures, which are usually lower than the maximum pressure printed on the tire."""),
("h", "The shop says I need new tires. They measured 4/32 inch of tread. Do I really need to replace them now?"),
("g", """Not legally, but from a safety point of view it's a reasonable recommendation, especially if you drive in rain or snow.

**The numbers**
- New all-season tires typically start at about **10/32-11/32 inch**.
- The legal minimum in most US states is **2/32 inch**. Tread wear indicator bars molded into the grooves become flush with the tread at that point.
- Many tire makers and safety organisations recommend replacing at **4/32 inch** if you drive in wet conditions, because the grooves can no longer clear water well and the risk of hydroplaning rises noticeably. For snow, around **5/32-6/32 inch** is the practical limit.

**Check it yourself**
- **Quarter test**: put a quarter upside down in a groove. If you can see all of Washington's head, you're at or below 4/32.
- **Penny test**: same with a penny and Lincoln's head, which marks 2/32, so if you see all of it the tire is done.
- Measure several grooves on each tire; uneven wear (inner or outer edge) points to an alignment problem worth fixing before new tires go on.

**If you replace now**
When comparing offers, filter by %TIRE_SIZE% with a load index of at least 94 and a V speed rating, as on your current tires. Replace all four if possible, or at least in pairs on the same axle, with the newer pair going on the **rear** for stability.

If you mostly drive in dry weather and can replace them in a month or two, that's acceptable, but don't push into winter on 4/32."""),
("h", "How old are my current tires? The DOT code ends in 2319."),
("g", """The last four digits of the DOT code are the manufacturing date: the first two are the **week**, the last two the **year**.

**2319 = week 23 of 2019**, which is early June 2019.

Age matters independently of tread, because rubber hardens and cracks over time, even on a car that sits a lot:
- Many tire and car makers recommend a yearly inspection once tires are **5 years** old.
- Most recommend replacement at **6 to 10 years** regardless of tread depth, depending on the manufacturer.

Signs of ageing to look for: fine cracks in the sidewall or between tread blocks, and a hard, glossy feel to the rubber.

Given both the age and the 4/32 tread, replacing them soon is a sensible decision. When you buy new ones, check their DOT code too: tires that have sat in a warehouse for two or more years shouldn't be sold as new."""),
]))

D.append(dict(
    id="j10b-018", label="placeholder", language="zh",
    note="placeholder: the turn-3 reply leaves the key number as an unfilled slot '〔此处填写对比度数值〕' instead of 4.5:1.",
    turns=[
("h", "我们公司在做电商网站的无障碍改造。商品图片的 alt 文本应该怎么写？"),
("g", """alt 文本是给看不见图片的用户（例如使用读屏软件的盲人用户）准备的，核心原则是：**写出这张图片在当前页面中要传达的信息**。

**商品主图**
- 写清楚商品名称和关键外观信息，例如：`alt="女士羊毛开衫，燕麦色，V领，五颗木质纽扣"`。
- 不要只写"商品图片"或文件名（如 `IMG_2031.jpg`）。
- 不要以"图片：""照片："开头，读屏软件已经会说明这是图片。

**多角度图片**
- 每张图写出它的区别：`alt="开衫背面，下摆有罗纹"`、`alt="纽扣细节特写"`。

**包含文字的图片**（如促销横幅）
- 把图中的文字完整写进 alt：`alt="双十一全场满300减50，11月11日截止"`。

**长度**
- 一般一两句话即可，约 100 个汉字以内。复杂信息（如尺码表）不要做成图片，应当用 HTML 表格。

**链接或按钮中的图片**
- alt 写的是操作目的，而不是图片内容：例如购物车图标写 `alt="购物车"`，而不是"一个推车图案"。"""),
("h", "那纯装饰的图片呢？比如背景花纹、分隔线。"),
("g", """纯装饰的图片应该让读屏软件**直接跳过**。

**做法**
- 使用**空的 alt 属性**：`<img src="divider.png" alt="">`。注意是 `alt=""`，而不是省略 alt。如果完全不写 alt，部分读屏软件会念出文件名，例如"divider 点 png"。
- 更好的做法是把纯装饰图片放进 CSS：`background-image`，这样它根本不在页面内容中。
- 装饰性的 SVG 图标可以加 `aria-hidden="true"`。

**怎么判断是不是装饰**
问自己：如果把这张图删掉，用户会不会丢失任何信息？
- 不会：装饰，用 `alt=""`。
- 会：需要写 alt。

一个常见的误区是把图标和文字并排的情况都写上 alt，比如"🛒 购物车"按钮里的图标已经有旁边的文字说明了，这时图标应设为装饰，否则读屏软件会念两遍"购物车"。"""),
("h", "文字颜色对比度有什么具体要求？我们的设计稿里很多浅灰色文字。"),
("g", """WCAG 2.1 对颜色对比度有明确的量化要求，浅灰色文字正是最常见的问题来源。

**AA 级要求（大多数法规和企业标准采用的级别）**
- **普通文本**：文字与背景的对比度至少为〔此处填写对比度数值〕。
- **大号文本**：至少 **3:1**。大号文本指 18pt（约 24px）及以上，或 14pt（约 18.66px）及以上的粗体。
- **界面组件和图形**：输入框边框、图标、焦点指示等，与相邻颜色的对比度至少 **3:1**（成功标准 1.4.11）。

**AAA 级**：普通文本 7:1，大号文本 4.5:1。

**浅灰色的实际情况**
- 白色背景上，**#767676** 是刚好达到 AA 的最浅灰色，对比度约 4.54:1。
- 常见的 **#999999** 在白色背景上只有约 2.85:1，不达标。
- 如果背景不是纯白而是 #F5F5F5 这类浅灰，同样的文字颜色对比度会更低，需要单独检测。

**检测工具**
- WebAIM Contrast Checker（在线）
- Chrome 开发者工具：选中文字元素，在颜色选择器里直接显示对比度
- axe DevTools 插件可以扫描整页

建议和设计师一起建立一套经过检测的色板，从源头避免问题。"""),
("h", "表单校验出错时，我们现在只是把输入框边框变成红色，这样可以吗？"),
("g", """不够。只用颜色表示错误违反了 WCAG 成功标准 **1.4.1（颜色的使用）**：色盲用户可能分辨不出红色，读屏用户则完全感知不到边框颜色的变化。

**应该这样做**
1. **显示文字错误信息**，写清楚哪里错、怎么改，例如"手机号应为11位数字"，而不是只写"格式错误"。
2. **加一个图标**（如感叹号）作为颜色之外的第二种提示。
3. **把错误信息和输入框关联起来**，让读屏软件在焦点进入输入框时念出错误：

```html
<label for="phone">手机号</label>
<input id="phone" type="tel" aria-invalid="true" aria-describedby="phone-error">
<p id="phone-error">手机号应为11位数字</p>
```

4. **提交时有多个错误**：在表单顶部显示错误汇总，并把焦点移到汇总区域，每条错误链接到对应的输入框。

红色边框本身可以保留，只是不能作为唯一的提示方式。注意红色文字本身也要满足 4.5:1 的对比度。"""),
]))

D.append(dict(
    id="j10b-019", label="structure", language="en",
    note="structure: malformed turn order; two user turns in a row (turns 3 and 4) with no assistant reply to the first.",
    turns=[
("h", """In my class, `this.count` comes out as NaN when the button is clicked. What am I doing wrong?

```js
class Counter {
  constructor(button) {
    this.count = 0;
    button.addEventListener("click", this.increment);
  }
  increment() {
    this.count++;
    console.log(this.count);
  }
}
```"""),
("g", """The problem is how `this` is determined. In JavaScript, `this` inside a regular method isn't fixed to the object; it depends on how the function is **called**.

`this.increment` passes the bare function to `addEventListener`. When the click happens, the browser calls it with `this` set to the element the listener is attached to, i.e. the **button**. So `this.count` reads `button.count`, which is `undefined`, and `undefined++` gives `NaN`.

Three standard fixes:

**1. Arrow-function class field** (most common today):
```js
class Counter {
  count = 0;
  constructor(button) {
    button.addEventListener("click", this.increment);
  }
  increment = () => {
    this.count++;
    console.log(this.count);
  };
}
```
Arrow functions don't have their own `this`; they use the `this` of where they were defined, which is the instance.

**2. Bind once in the constructor:**
```js
this.increment = this.increment.bind(this);
button.addEventListener("click", this.increment);
```

**3. Wrap it in an arrow at the call site:**
```js
button.addEventListener("click", () => this.increment());
```

Options 1 and 2 also give you a stable function reference, which matters if you ever need to remove the listener."""),
("h", "Funny you mention removing. Before switching I tried `addEventListener('click', this.increment.bind(this))` in the constructor and `removeEventListener('click', this.increment.bind(this))` in destroy(). The listener was never removed. Why?"),
("g", """Because every call to `.bind()` creates a **new function object**. The two bound functions behave the same, but they're different references, and `removeEventListener` only removes a listener if you pass the exact same function (and the same capture option) that was added.

```js
const a = this.increment.bind(this);
const b = this.increment.bind(this);
console.log(a === b); // false
```

Fixes:

**Store the bound function once:**
```js
constructor(button) {
  this.button = button;
  this.onClick = this.increment.bind(this);
  button.addEventListener("click", this.onClick);
}
destroy() {
  this.button.removeEventListener("click", this.onClick);
}
```

**Or use an AbortController**, which avoids keeping references at all:
```js
constructor(button) {
  this.controller = new AbortController();
  button.addEventListener("click", () => this.increment(), {
    signal: this.controller.signal,
  });
}
destroy() {
  this.controller.abort();
}
```
One `abort()` removes every listener registered with that signal, which is handy when a component adds several."""),
("h", "Got it, storing the bound function fixed it. Thanks."),
("h", "Oh, one more thing on `this`: in a plain function inside an ES module, `console.log(this)` prints undefined, but in my old script files it printed the window object. What changed?"),
("g", """ES modules always run in **strict mode**, and strict mode changes the default value of `this`.

- **Sloppy (non-strict) mode**, the default for classic `<script>` files: when you call a plain function as `f()`, `this` defaults to the global object, `window` in browsers.
- **Strict mode**: a plain call `f()` leaves `this` as `undefined`. Modules are strict automatically, as are class bodies.

```js
function show() { console.log(this); }
show(); // classic script: Window, module: undefined
```

Also at the **top level** of a module, `this` is `undefined`, whereas at the top level of a classic script it's `window`.

This is intentional: silently falling back to the global object caused lots of accidental global variables. If you really need the global object, use `globalThis`, which works in browsers, workers and Node.js."""),
("h", "Makes sense. Is there a quick way to see what `this` is at a given point without console.log everywhere?"),
("g", """Yes, use the debugger instead:

- Put a `debugger;` statement in the function, or click the line number in DevTools' **Sources** panel to set a breakpoint.
- When execution pauses, the **Scope** pane on the right shows `this` along with local and closure variables, and you can hover over `this` in the code to see its value.
- For event listeners, DevTools can also pause on every click: **Sources > Event Listener Breakpoints > Mouse > click**.

VS Code's JavaScript debugger shows the same Scope information if you launch the page or Node.js process from the editor."""),
]))

D.append(dict(
    id="j10b-020", label="structure", language="ar",
    note="structure: only a single exchange (one user turn and one reply), so it is not a multi-turn dialogue; the reply itself is good.",
    turns=[
("h", "أنا مصاب بالسكري من النوع الثاني وأتناول الميتفورمين مرتين يوميًا. رمضان يقترب وأريد أن أصوم. ما الذي يجب أن أنتبه له؟"),
("g", """كثير من مرضى السكري من النوع الثاني يصومون رمضان بأمان، بشرط الاستعداد الجيد. إليك أهم النقاط:

**1. قبل رمضان**
- راجع طبيبك قبل رمضان بستة إلى ثمانية أسابيع تقريبًا ليقيّم حالتك ويحدد إن كان الصيام آمنًا لك، ويعدّل مواعيد الأدوية وجرعاتها.
- الميتفورمين من الأدوية منخفضة الخطورة أثناء الصيام لأنه نادرًا ما يسبب هبوط السكر إذا أُخذ وحده. عادةً يُنقل موعده إلى وقت الإفطار ووقت السحور، لكن لا تغيّر الجرعة دون استشارة الطبيب.

**2. قياس السكر أثناء الصيام**
- قياس السكر بوخز الإصبع لا يُفطر بحسب رأي أغلب العلماء، فلا تتردد في القياس.
- أوقات مناسبة للقياس: قبل السحور، وفي منتصف النهار، وقبل الإفطار بساعة أو ساعتين، وبعد الإفطار بساعتين، وفي أي وقت تشعر فيه بأعراض غير طبيعية.

**3. متى يجب أن تفطر فورًا**
- إذا انخفض السكر إلى أقل من 70 ملغم/دسل (3.9 ملمول/لتر).
- إذا ارتفع إلى أكثر من 300 ملغم/دسل (16.7 ملمول/لتر).
- إذا ظهرت أعراض الهبوط: تعرّق، رجفة، دوخة، تشوش، خفقان، أو أعراض الجفاف الشديد.

**4. الطعام والشراب**
- أخّر السحور قدر الإمكان، واختر نشويات بطيئة الامتصاص مثل الشوفان والخبز الأسمر والبقوليات مع مصدر بروتين كالبيض أو اللبن.
- ابدأ الإفطار بتمرة أو تمرتين مع الماء، ثم وجبة متوازنة، وقلّل من الحلويات الرمضانية والمقليات والعصائر المحلّاة.
- اشرب كمية كافية من الماء بين الإفطار والسحور لتجنب الجفاف.

**5. النشاط البدني**
- المشي الخفيف بعد الإفطار بساعتين مناسب، وتجنّب المجهود الشديد في الساعات الأخيرة قبل الإفطار.

إذا كنت تتناول أيضًا أدوية من مجموعة السلفونيل يوريا (مثل الغليكلازيد) أو الأنسولين، فخطر الهبوط أعلى بكثير ويحتاج الأمر إلى خطة دقيقة مع الطبيب."""),
]))

D.append(dict(
    id="j10b-021", label="repetition", language="en",
    note="repetition: in turn 4 the user re-asks, in other words, how to tell whether the matrix is invertible (answered in turn 1), and the assistant re-explains the determinant test and det = 5 again.",
    turns=[
("h", "For my linear algebra homework: how do I check whether B = [[2, 3], [1, 4]] is invertible, and if it is, find B⁻¹?"),
("g", """For a square matrix, the test is the **determinant**: B is invertible exactly when det B ≠ 0.

**Determinant of a 2×2** [[a, b], [c, d]] is ad - bc:

det B = (2)(4) - (3)(1) = 8 - 3 = **5**

Since 5 ≠ 0, B is invertible.

**Inverse of a 2×2**: swap the diagonal entries, negate the off-diagonal ones, divide by the determinant:

B⁻¹ = (1/det B) · [[d, -b], [-c, a]] = (1/5) · [[4, -3], [-1, 2]]

= [[4/5, -3/5], [-1/5, 2/5]]

**Check**: B · B⁻¹ should be the identity.
- Row 1: (2·4 + 3·(-1))/5 = 5/5 = 1, and (2·(-3) + 3·2)/5 = 0/5 = 0
- Row 2: (1·4 + 4·(-1))/5 = 0, and (1·(-3) + 4·2)/5 = 5/5 = 1

So B B⁻¹ = I. ✓"""),
("h", "Next part: use that to solve 2x + 3y = 7, x + 4y = 6."),
("g", """Write it as B·v = b with v = (x, y) and b = (7, 6). Then v = B⁻¹ b:

v = (1/5) · [[4, -3], [-1, 2]] · (7, 6)

- x = (4·7 - 3·6)/5 = (28 - 18)/5 = 10/5 = **2**
- y = (-1·7 + 2·6)/5 = (-7 + 12)/5 = 5/5 = **1**

**Check in the original equations:**
- 2(2) + 3(1) = 7 ✓
- 2 + 4(1) = 6 ✓

So x = 2, y = 1."""),
("h", "The problem also says 'verify with Cramer's rule'. How does that work?"),
("g", """Cramer's rule solves the system with determinants only. For each variable, replace that variable's column in B with the right-hand side b, take the determinant, and divide by det B.

det B = 5 (from before).

**For x**: replace column 1 with (7, 6):
B_x = [[7, 3], [6, 4]], det B_x = 7·4 - 3·6 = 28 - 18 = 10
x = 10/5 = **2**

**For y**: replace column 2 with (7, 6):
B_y = [[2, 7], [1, 6]], det B_y = 2·6 - 7·1 = 12 - 7 = 5
y = 5/5 = **1**

Same answer, x = 2 and y = 1. ✓

Cramer's rule is handy for 2×2 and 3×3 systems by hand, but for larger systems it's far slower than elimination, so it's mostly a theoretical and checking tool."""),
("h", "Wait, before I move on, let me make sure I have the basics: how can I tell whether a matrix like B has an inverse at all?"),
("g", """The key test is the determinant. A square matrix has an inverse if and only if its determinant is not zero.

For a 2×2 matrix [[a, b], [c, d]], compute ad - bc. For B = [[2, 3], [1, 4]] that's 2·4 - 3·1 = 8 - 3 = 5, which is nonzero, so B has an inverse.

If the determinant were 0, the matrix would be singular: its rows (and columns) would be multiples of each other, and there would be no inverse. For example [[2, 4], [1, 2]] has determinant 2·2 - 4·1 = 0, so it isn't invertible.

For B, since the determinant is 5, the inverse exists and equals (1/5)·[[4, -3], [-1, 2]]."""),
("h", "What changes for a 3×3 matrix? Our next problem set has those."),
("g", """The ideas are the same, but the computation is longer.

**Determinant (cofactor expansion along row 1)** for [[a, b, c], [d, e, f], [g, h, i]]:

det = a(ei - fh) - b(di - fg) + c(dh - eg)

Note the alternating signs + - +. You can expand along any row or column; choose one with zeros to save work.

**Inverse**, two common methods:

1. **Adjugate formula**: A⁻¹ = (1/det A) · adj(A), where adj(A) is the transpose of the matrix of cofactors. That's 9 small 2×2 determinants, each with a sign from the checkerboard pattern [[+, -, +], [-, +, -], [+, -, +]].
2. **Gauss-Jordan elimination**: write [A | I] and row-reduce until the left side becomes I; the right side is then A⁻¹. Usually faster and less error-prone by hand.

**Tips for exams**
- Compute the determinant first; if it's 0, stop: no inverse.
- Always check one or two entries of A·A⁻¹ = I at the end.
- For 3×3 systems, Cramer's rule needs four 3×3 determinants, so elimination is normally quicker."""),
]))
