# Good non-English dialogues for part C (hand-written).

INTL_GOOD = []

def add(label, lang, note, turns):
    INTL_GOOD.append({"label": label, "language": lang, "note": note,
                      "turns": [(r, t.strip()) for r, t in turns]})

# ---------------------------------------------------------------- zh: wedding banquet
add("good", "zh",
    "Good: Hangzhou wedding planning over 4 turns; venue comparison with correct arithmetic (22 tables), vendor negotiation, remaining budget computed consistently.",
    [("h", """我们明年五月在杭州办婚礼，宾客大概200人，预算30万左右（包括酒店、婚庆、摄影这些）。现在应该先做什么？"""),
     ("g", """恭喜！五月是杭州办婚礼的旺季，天气好、花材多，但好日子也抢手，所以现在开始准备一点都不早。建议按这个顺序来：

**第一步：定日期和酒店（现在就做）**
- 先和双方家里确认两三个备选日期。五一前后、5月20日这类热门日子，很多酒店提前一年就订满了。
- 200位宾客按每桌10人算，大约需要20桌，再留1～2桌备桌。
- 杭州中档酒店的婚宴价格大致在每桌5000～8000元，高档酒店更高。按每桌6000元、22桌算，酒店大约13万多。

**第二步：婚庆公司（酒店定好后1～2个月内）**
婚庆方案要根据宴会厅的尺寸、层高和灯光条件来设计，所以一般在定完酒店之后再谈。

**第三步：摄影摄像、主持、化妆**
口碑好的摄影师和跟妆师档期也很紧，提前半年左右预约比较稳妥。

**预算粗分（30万）**
- 酒店：约13～15万
- 婚庆（舞台、花艺、灯光、主持、跟妆）：约4～6万
- 婚礼当天摄影摄像：约1～2万
- 婚纱照：约1～1.5万
- 礼服、喜糖伴手礼、请柬、酒水等：约3～4万
- 机动资金：建议留10%左右，也就是3万

去看酒店的时候，记得问清楚报价是否含服务费和酒水，以及备桌怎么收费。"""),
     ("h", """看了两家酒店。一家每桌6888元，宴会厅最多25桌，送一间婚房；另一家每桌5988元，但宴会厅层高只有3.5米，最多22桌。怎么选？"""),
     ("g", """先算一笔账，都按22桌计算：
- A酒店：6888 × 22 = 151,536元
- B酒店：5988 × 22 = 131,736元
- 差价约2万元

表面上B酒店便宜，但有两个问题值得认真考虑：

**1. 层高3.5米限制很大**
- 婚庆的舞台、花艺拱门、吊顶装饰和LED大屏，一般需要4.5米以上的层高才能布置出效果。3.5米的厅容易显得压抑，很多造型做不了。
- 想在B酒店做出好效果，婚庆可能要多花钱去"弥补"，省下的2万很可能被抵掉一部分。

**2. 22桌没有余量**
你们预计20桌，加上备桌正好22桌。如果最后宾客多了几位，B酒店就没有办法了。A酒店最多25桌，更从容。

**另外，A酒店送的婚房也有价值。** 婚礼当天化妆、休息、放东西都用得上，在外面另订一间也要几百到上千元。

**签约前，两家都要问清楚：**
- 是否另收服务费（有的酒店收10%～15%）
- 酒水是否包含，能否自带，开瓶费多少
- 最低消费桌数和备桌规则（没开的备桌是否收费）
- 停车位数量，有没有独立的新娘化妆间
- 付款节点和取消、改期条款

如果预算允许，我更倾向A酒店。最好能去现场看一场正在布置的婚礼，实际效果比照片更有参考价值。"""),
     ("h", """我们选了A酒店。婚庆公司报价4.8万，包括舞台、花艺、灯光、主持和跟妆。感觉有点贵，怎么谈？"""),
     ("g", """4.8万在杭州属于中等偏上的价位，有议价空间。建议这样谈：

**1. 先要详细的报价明细**
请对方把每一项单独列出来：舞台尺寸和材质、鲜花还是仿真花、花材种类和数量、灯光数量（光束灯、面光灯等）、LED屏尺寸、主持人是谁、跟妆是否包括全天换造型。没有明细的报价很难比较，执行时也容易"缩水"。

**2. 找两三家做对比**
拿同样的需求去问其他婚庆公司，不一定是为了换家，而是心里有数。

**3. 砍掉可有可无的项目**
- 冷焰火、泡泡机、干冰这些效果，每项几百到上千元，宾客的印象其实不深。
- 迎宾区和签到区可以简化。
- 五月正是芍药的季节，选当季花材比进口花便宜很多，效果也很好。

**4. 谈的时候可以这样说：**
"我们很喜欢你们的方案，但预算在4万左右。能不能在保留舞台和主花艺的前提下调整一下？"

一般能谈到4万～4.3万。

**5. 合同里要写清楚：**
- 付款节点（常见是先付30%定金，婚礼前付清）
- 效果图作为合同附件，现场与效果图明显不符时怎么处理
- 主持人和跟妆师的名字写进合同，避免临时换人
- 因不可抗力改期时的处理方式"""),
     ("h", """好的。假设婚庆最后谈到4.2万，帮我们算一下总预算还剩多少，能用在婚纱照和其他方面？"""),
     ("g", """按目前的信息来算：

| 项目 | 金额 |
|---|---|
| A酒店：22桌 × 6888元 | 151,536元 |
| 婚庆（谈价后） | 42,000元 |
| **小计** | **193,536元** |

30万 − 193,536 = **106,464元**

建议先留出约3万元作为机动资金（应对加桌、服务费、临时开支等），剩下大约**7.6万元**可以这样分配：

- 婚纱照：1～1.5万
- 婚礼当天摄影 + 摄像：1.2～2万
- 婚纱、敬酒服、新郎西装：1～2万
- 喜糖和伴手礼（200位宾客 × 约30～50元）：6000～1万
- 酒水（如果酒店不含）：1～1.5万
- 请柬、交通接送等杂项：约5000元

按中间值计算，合计大约7万元，正好在范围内。

两点提醒：
1. 如果酒店另收10%的服务费，会多出约1.5万，需要从机动资金里出。
2. 最后实际坐满的桌数可能少于22桌。如果没开的备桌不收费，这部分钱可以回到预算里。""")])

# ---------------------------------------------------------------- ja: photography
add("good", "ja",
    "Good: indoor child photography with a Sony a6400 over 4 turns; correct settings, sensible lens options within budget, depth-of-field explanation and simple editing tips.",
    [("h", """ミラーレスカメラ（ソニーα6400）とキットレンズのE PZ 16-50mmを買いました。家の中で子どもを撮ると、ブレたり暗くなったりします。どう設定すればいいですか？"""),
     ("g", """室内で動く子どもを撮るのは、カメラにとって実はかなり難しい条件です。原因は主に2つあります。
1. 室内は屋外よりずっと暗い
2. キットレンズはF3.5〜5.6と暗めなので、シャッタースピードが遅くなりやすい

**おすすめの設定**
- **撮影モード：M（マニュアル）＋ISOオート**
  - シャッタースピード：1/250秒（走り回るなら1/500秒）
  - 絞り：できるだけ小さいF値（広角側でF3.5、望遠側でF5.6）
  - ISO：オート、上限は6400程度
  これで「ブレないシャッタースピード」を固定し、明るさはISOで自動調整されます。
- **フォーカスモード：AF-C（コンティニュアスAF）**
- **フォーカスエリア：ワイド、またはトラッキング**
- **瞳AF：オン（人物）**
α6400のリアルタイムトラッキングと瞳AFはとても優秀なので、動く子どもにも強いです。

**撮り方の工夫**
- 窓の近くで撮る。昼間の窓際は、部屋の奥の何倍も明るいです。
- ズームはなるべく広角側（16〜24mmあたり）を使う。F値を小さく保てます。
- 内蔵フラッシュを指で少し後ろに傾けて天井にバウンスさせると、自然な明るさになります。

ISO6400だと多少ノイズは出ますが、ブレた写真よりずっと見やすいです。それでも暗い場合は、明るい単焦点レンズを検討する価値があります。"""),
     ("h", """単焦点レンズを買うなら何がいいですか？予算は5万円くらいです。"""),
     ("g", """5万円あれば、Eマウント（APS-C）の定番単焦点から十分選べます。室内の子ども撮りに向いているものを挙げます。

**1. シグマ 30mm F1.4 DC DN | Contemporary（実売約3.5〜4万円）**
- 35mm判換算で45mm相当。室内でも距離が取りやすい、ちょうどいい画角です。
- F1.4は、キットレンズの同じ焦点距離付近（F4.5前後）と比べて3段以上明るく、同じ明るさならシャッタースピードを8倍以上速くできます。
- 背景もきれいにボケます。一番のおすすめです。

**2. ソニー E 35mm F1.8 OSS（SEL35F18、実売約4〜5万円）**
- 換算52.5mm相当で、手ブレ補正（OSS）付き。α6400はボディ内手ブレ補正がないので、動画も撮るなら便利です。

**3. ソニー E 50mm F1.8 OSS（SEL50F18、実売約2.5〜3万円）**
- 換算75mm相当。ポートレート向きですが、室内では少し狭く感じるかもしれません。

**4. Viltrox AF 33mm F1.4（実売約3万円）**
- 安くて明るいレンズです。ただ、AFの安定感や作りはシグマのほうが上という評価が多いです。

動き回る子どもを1/250秒以上で撮るなら、手ブレ補正の有無は決定的な差になりません。明るさと画角のバランスから、**シグマ30mm F1.4**をおすすめします。"""),
     ("h", """シグマ30mmを買いました！でもF1.4で撮ると、顔の一部にしかピントが合っていないことがあります。"""),
     ("g", """それはF1.4の「被写界深度がとても浅い」という特性によるものです。明るさと引き換えに、ピントが合う奥行きが非常に狭くなります。

目安として、APS-Cで30mm・F1.4、被写体まで1mの距離だと、ピントの合う奥行きは6cm前後しかありません。子どもが少し顔を傾けただけで、目にピントが合っていても鼻や耳はボケます。

**対策**
1. **瞳AFを必ず使う**：顔のどこかではなく「目」にピントを合わせるのが基本です。AF-Cで瞳AFがオンになっているか確認してください。
2. **少し絞る**：F2〜F2.8にすると、ボケ感を残しつつピントの範囲がぐっと広がります。室内の日常写真ならF2が使いやすいです。
3. **複数人ならF2.8〜F4**：兄弟や親子が並んでいて、カメラからの距離が違う場合は、さらに絞らないと片方がボケます。
4. **少し距離を取る**：被写体から離れるほど被写界深度は深くなります。近寄りすぎないのもコツです。
5. **連写する**：子どもは常に動いているので、連写で何枚か撮っておくと、ピントがぴったりの一枚が残りやすいです。

F1.4は「暗い場所の切り札」や「一人の顔をふんわり撮りたいとき」に使い、普段はF2前後、という使い分けがおすすめです。"""),
     ("h", """ありがとうございます。最後に、撮った写真を色よく仕上げるコツを簡単に教えてください。"""),
     ("g", """手軽にできるポイントを絞って紹介します。

1. **RAWで撮っておく（RAW＋JPEG）**：室内の電球色と窓の光が混ざると色が転びやすいですが、RAWなら後からホワイトバランスをほぼ劣化なく直せます。
2. **まずホワイトバランス**：肌が黄色すぎる、または青白いと感じたら色温度を調整します。白い壁や服をスポイトでクリックするのが一番早いです。
3. **露光量とハイライト**：明るさを整えたら、ハイライトを少し下げて窓の白飛びを抑え、シャドウを少し上げます。
4. **肌色はHSLのオレンジで**：オレンジの彩度を少し下げ、輝度を少し上げると、肌が明るく自然になります。
5. **彩度は控えめに**：全体の彩度を上げすぎると肌が不自然に赤くなります。「自然な彩度」を少しだけ使うのがおすすめです。

ソフトはLightroom（スマホ版もあり）が定番です。気に入った調整ができたらプリセットとして保存しておけば、次からはワンクリックで同じ雰囲気に仕上げられます。""")])

# ---------------------------------------------------------------- es: Japan trip
add("good", "es",
    "Good: Madrid-Japan trip planning over 5 turns; visa rules for Spanish citizens, booking order, JR Pass cost comparison, shinkansen luggage rule, Hakone loop, payment/transport tips.",
    [("h", """Vamos a viajar a Japón desde Madrid en octubre, dos adultos, 14 días. ¿Necesitamos visado y qué deberíamos reservar primero?"""),
     ("g", """¡Buen destino para octubre! Sobre el visado, buenas noticias:

**Visado**
- Con pasaporte español no necesitáis visado para estancias turísticas de hasta 90 días.
- El pasaporte debe estar vigente durante toda la estancia. Revisadlo ya, porque renovarlo con prisas en temporada alta puede dar problemas.
- Antes de volar, registraos en **Visit Japan Web**: rellenáis los datos de inmigración y aduanas y la web os genera códigos QR que agilizan mucho la llegada al aeropuerto.

**Qué reservar y en qué orden**
1. **Vuelos.** Es lo que más sube de precio. Iberia tiene vuelo directo Madrid–Tokio (Narita), y hay muchas opciones con escala en Doha, Dubái, Estambul o ciudades europeas. Valorad un billete "multidestino": llegar a Tokio y volver desde Osaka (Kansai), así no tenéis que desandar el camino.
2. **Alojamiento en Kioto.** Es la ciudad que antes se llena y donde más suben los precios en otoño. Reservad con cancelación gratuita.
3. **Alojamiento en el resto de ciudades.**
4. **Entradas con cupo limitado.** Por ejemplo, el Museo Ghibli pone a la venta las entradas el día 10 del mes anterior y se agotan rápido; teamLab también conviene reservarlo con antelación.
5. **Trenes entre ciudades.** Los billetes de shinkansen no hace falta comprarlos con mucha antelación, salvo en festivos japoneses, así que esto puede esperar.

¿Tenéis ya una idea de qué ciudades queréis visitar? Con el itinerario os puedo ayudar a ver si compensa o no el JR Pass."""),
     ("h", """El itinerario sería: Tokio 5 noches, Hakone 1, Kioto 4 y Osaka 3. ¿Nos compensa el JR Pass?"""),
     ("g", """Con ese itinerario, casi con seguridad **no os compensa**. Desde octubre de 2023 el JR Pass de 7 días cuesta 50.000 yenes por persona en clase normal, y vuestro recorrido es prácticamente lineal.

**Cálculo aproximado por persona con billetes sueltos**
- Tokio → Odawara (la puerta de Hakone) en shinkansen: unos 3.300 ¥
  (o Shinjuku → Hakone-Yumoto en el tren Romancecar de Odakyu, que no es de JR: unos 2.500 ¥)
- Odawara → Kioto en shinkansen: unos 11.500–12.000 ¥
- Kioto → Osaka en tren rápido de JR: unos 580 ¥
- **Total: alrededor de 15.500–16.000 ¥**, frente a los 50.000 ¥ del pase.

Aunque añadáis una excursión de un día a Nara (unos 700–800 ¥ por trayecto desde Kioto) o a Himeji, seguís muy lejos de amortizarlo.

**Además**, el pase de 7 días solo cubriría la mitad de vuestro viaje, y dentro de Tokio os moveréis sobre todo en metro, que no es de JR.

**Mi recomendación**
- Comprad billetes sueltos de shinkansen (os explico cómo si queréis).
- Para Hakone, mirad el **Hakone Free Pass** de Odakyu, que incluye el viaje desde Shinjuku y casi todos los transportes de la zona.
- Si volvéis desde Osaka (Kansai), el tren **Haruka** al aeropuerto cuesta unos 2.500–3.500 ¥ según el billete.

Si cambiáis el plan, por ejemplo con una ida y vuelta a Hiroshima, volvemos a hacer las cuentas."""),
     ("h", """¿Cómo compramos los billetes de shinkansen y qué hacemos con las maletas grandes?"""),
     ("g", """**Comprar los billetes**
- **App smartEX**: sirve para la línea Tokaido (Tokio–Odawara–Kioto–Osaka). Os registráis con una tarjeta de crédito extranjera, elegís tren y asiento desde el móvil y luego recogéis los billetes en una máquina de la estación con el código QR que os da la app.
- **Máquinas de la estación**: tienen menú en inglés y aceptan tarjeta. Es muy sencillo.
- Os recomiendo asiento reservado. Para ver el monte Fuji yendo de Tokio hacia Kioto, pedid el lado derecho (asiento E en clase normal).

**Maletas grandes**
En la línea Tokaido hay una norma importante: si una maleta suma más de 160 cm (largo + ancho + alto), tenéis que reservar un **asiento con espacio para equipaje de gran tamaño**. Son los asientos de la última fila de cada vagón, y la reserva no cuesta nada extra. Si subís con una maleta así sin haberlo reservado, os pueden cobrar 1.000 ¥ y pedir que la coloquéis en otro sitio. Las maletas de cabina no tienen problema.

**Alternativa muy cómoda: el envío de maletas (takkyubin)**
- Desde el hotel o una tienda de conveniencia, enviáis la maleta al siguiente hotel por unos 2.000–3.000 ¥ por bulto, y suele llegar al día siguiente.
- Para Hakone es ideal: enviáis las maletas grandes directamente de Tokio a Kioto y vais a Hakone solo con una mochila para esa noche.
- Avisad al hotel de destino de que llegará una maleta a vuestro nombre."""),
     ("h", """Para Hakone, con día y medio, ¿qué ruta nos recomiendas?"""),
     ("g", """La ruta clásica es un circuito que encaja muy bien en día y medio:

**Día 1 (llegada)**
1. Llegada a Hakone-Yumoto (o a Odawara y de ahí tren a Hakone-Yumoto).
2. **Tren de montaña Hakone Tozan** hasta Gora: sube en zigzag por la montaña y es bonito en sí mismo.
3. Parada opcional en el **Museo al Aire Libre de Hakone**, con esculturas en los jardines y un pabellón dedicado a Picasso.
4. Check-in temprano en un **ryokan con onsen**, cena kaiseki y baño. Es la experiencia que más merece la pena de Hakone.

**Día 2**
1. Salid temprano: por la mañana hay más posibilidades de ver el Fuji sin nubes.
2. **Funicular** de Gora a Sounzan.
3. **Teleférico (Hakone Ropeway)** sobrevolando **Owakudani**, el valle volcánico con fumarolas, donde se venden los famosos huevos negros cocidos en aguas sulfurosas.
4. Teleférico hasta **Togendai**, a orillas del lago Ashi.
5. **Barco "pirata"** cruzando el lago hasta Moto-Hakone.
6. Paseo hasta el **torii del Santuario de Hakone**, junto al agua.
7. Autobús de vuelta a Odawara o Hakone-Yumoto para seguir hacia Kioto.

**Consejos**
- El **Hakone Free Pass** cubre el tren de montaña, el funicular, el teleférico, el barco y la mayoría de autobuses.
- Antes de ir, consultad la web del teleférico: a veces cierra por actividad volcánica o viento fuerte, y entonces hay autobuses alternativos.
- Con las maletas enviadas a Kioto, todo el circuito es mucho más cómodo."""),
     ("h", """Última pregunta: ¿efectivo o tarjeta? ¿Y cómo nos movemos por Tokio?"""),
     ("g", """**Efectivo y tarjeta**
- La tarjeta se acepta en la mayoría de hoteles, grandes tiendas, cadenas de restaurantes y tiendas de conveniencia.
- Aun así, llevad siempre algo de efectivo: templos, santuarios, puestos de comida, restaurantes pequeños y algunos ryokan siguen funcionando solo con efectivo. Llevar unos 10.000–20.000 ¥ por persona es razonable.
- Para sacar dinero, los cajeros de **7-Eleven** y de Japan Post aceptan tarjetas extranjeras. Si el cajero os ofrece la conversión a euros, rechazadla y que cobre en yenes; suele salir más barato.

**Moverse por Tokio**
- Lo más práctico es una **tarjeta IC** (Suica o PASMO): la cargáis con dinero y pasáis por los tornos de metro, tren y autobús. También sirve para pagar en tiendas de conveniencia y máquinas expendedoras.
- Si tenéis iPhone, podéis añadir Suica a Apple Wallet y recargarla desde el móvil. Si no, existe la **Welcome Suica**, pensada para turistas, que se compra en los aeropuertos.
- Si vais a hacer muchos trayectos en metro, el **Tokyo Subway Ticket** (24, 48 o 72 horas) da viajes ilimitados en las líneas de Tokyo Metro y Toei. Se vende a turistas con pasaporte en el aeropuerto y en algunas tiendas.
- Google Maps funciona muy bien en Japón para el transporte público, con andenes y horarios.

¡Que tengáis un viaje estupendo!""")])

# ---------------------------------------------------------------- nl: running toilet
add("good", "nl",
    "Good: running Geberit concealed cistern fixed over 4 turns; diagnosis, step-by-step disassembly, follow-up troubleshooting and prevention, all consistent.",
    [("h", """Mijn wc blijft na het doortrekken zachtjes doorlopen; je hoort steeds een beetje water in de pot stromen. Het is een inbouwreservoir van Geberit. Kan ik dit zelf oplossen?"""),
     ("g", """Ja, dat is meestal goed zelf te doen en het kost vaak niet meer dan een paar euro aan onderdelen. Een toilet dat blijft doorlopen heeft bijna altijd een van deze twee oorzaken:

1. **Het afvoerventiel (de "klok") sluit niet goed af.** Onderaan zit een rubberen afdichtingsring. Door kalk, vuil of ouderdom wordt die hard of vervormd, waardoor er steeds een beetje water langs lekt naar de pot. Dit is veruit de meest voorkomende oorzaak.
2. **Het vulventiel sluit niet af.** Dan blijft het reservoir vollopen en loopt het overtollige water via de overloop in de klok weg naar de pot.

**Zo kom je erbij**
- Het reservoir zit achter de bedieningsplaat, het paneel met de spoelknoppen. Die kun je er meestal afhalen door hem omhoog te schuiven of aan de onderkant naar voren te trekken.
- Daarachter zit de inspectieopening. Binnenin vind je een klein stopkraantje waarmee je de watertoevoer naar het reservoir kunt afsluiten, zonder de hoofdkraan dicht te draaien.

**Handig om eerst te doen**
- Kijk op de sticker achter de bedieningsplaat welk reservoirtype je hebt (bijvoorbeeld Sigma of Omega). Dan weet je precies welke onderdelen je nodig hebt.
- Maak foto's van elke stap voordat je iets losmaakt. Dat scheelt veel puzzelen bij het terugplaatsen.

Wil je dat ik je stap voor stap door het openen en uitnemen van de klok leid?"""),
     ("h", """Ja graag. Ik heb het paneel eraf en het is een Sigma-reservoir. Hoe krijg ik de klok eruit?"""),
     ("g", """Bij een Geberit Sigma gaat het zo:

1. **Water afsluiten.** Draai het stopkraantje in het reservoir dicht; bij de Sigma zit het bij het vulventiel. Vaak moet je het met een platte schroevendraaier een kwartslag draaien. Trek daarna één keer door, zodat het reservoir leegloopt.
2. **Bedieningspennen eruit.** Achter de bedieningsplaat zitten twee kunststof pennetjes die de knoppen met de klok verbinden. Trek ze er voorzichtig uit en onthoud welke waar zat (grote en kleine spoeling).
3. **Frame verwijderen.** Het montageframe van de bedieningsplaat zit vast met twee schroeven of clips. Haal het weg.
4. **Tussenschot eruit.** Achter het frame zit een kunststof schot dat de inspectieopening afschermt. Knijp de zijkanten in of schuif het omhoog en trek het naar je toe.
5. **Klok uitnemen.** Je ziet nu de klok, de cilinder in het midden van het reservoir. Maak hem los van de bedieningsbeugel en til hem omhoog en schuin naar voren uit de opening. Bij sommige uitvoeringen moet je hem eerst een stukje draaien of twee klemmetjes indrukken voordat hij loskomt.
6. **Afdichting bekijken.** Draai de klok om. Onderaan zit de rubberen afdichtingsring. Is die hard, vervormd of ingescheurd, of zit er een kalkrand op, dan is dat vrijwel zeker het lek.

**Vervangen**
- Een nieuwe afdichtingsring kost meestal tussen de €5 en €15 bij een bouwmarkt of sanitairwinkel. Neem de oude mee om zeker te zijn van de juiste maat.
- Maak ook de zitting onderin het reservoir schoon, waar de ring op rust, met een zachte doek of een niet-krassend sponsje. Een kalkrandje daar laat net zo goed water door.

Terugplaatsen gaat in omgekeerde volgorde. Let erop dat de klok recht in zijn zitting valt."""),
     ("h", """De ring was inderdaad keihard en er zat kalk op. Ik heb een nieuwe gekocht en alles teruggezet, maar nu loopt het reservoir helemaal niet meer vol."""),
     ("g", """Vervelend, maar gelukkig is dit meestal iets kleins. Loop deze punten na, van meest naar minst waarschijnlijk:

1. **Staat het stopkraantje weer volledig open?** Dit wordt heel vaak vergeten of maar half teruggedraaid. Draai het helemaal open, in dezelfde stand als voordat je begon.
2. **Zit de vlotter vast?** Het vulventiel heeft een vlotter die met het waterniveau op en neer gaat. Als die bij het terugplaatsen klem is komen te zitten tegen het tussenschot of een slangetje, blijft het ventiel dicht. Beweeg de vlotter voorzichtig met de hand op en neer.
3. **Is het zeefje in het vulventiel verstopt?** Bij het dicht- en opendraaien van de stopkraan kan een stukje kalk of vuil loskomen en in het zeefje van het vulventiel terechtkomen. Sluit het stopkraantje, haal het vulventiel los, spoel het zeefje schoon onder de kraan en zet alles terug.
4. **Staat de klok goed?** Als die scheef in zijn zitting staat, loopt het water meteen weg naar de pot en lijkt het alsof het reservoir niet vult. Luister of je water in de pot hoort stromen.

In negen van de tien gevallen is het punt 1 of 2."""),
     ("h", """Het was het stopkraantje, dat stond nog half dicht. Alles werkt weer! Hoe voorkom ik dat dit snel opnieuw gebeurt?"""),
     ("g", """Mooi, goed gedaan! Een paar tips om het lang goed te houden:

- **Geen reinigingsblokjes of tabletten in het reservoir.** De chemicaliën tasten rubberen afdichtingen aan, waardoor die sneller hard worden en gaan lekken. Gebruik liever een toiletblokje aan de rand van de pot.
- **Controleer af en toe of hij doorloopt.** Leg na het doortrekken een droog stukje toiletpapier tegen de achterwand van de pot. Wordt het binnen een half uur nat terwijl niemand heeft doorgetrokken, dan lekt de klok weer.
- **Houd rekening met je waterhardheid.** In delen van Nederland is het water vrij hard en zet het meer kalk af. Op de website van je drinkwaterbedrijf kun je de hardheid voor jouw postcode opzoeken. Bij hard water kun je de afdichtingsring om de paar jaar preventief vervangen; het is tenslotte een goedkoop onderdeel.
- **Bewaar je foto's** van het uit elkaar halen, dan gaat het de volgende keer nog sneller.

Nog een bonus: een doorlopend toilet kan tientallen liters water per dag verspillen, dus je bent niet alleen van het geluid af, je bespaart ook op je waterrekening.""")])
