# Part B dialogues: good ones (2/2)
DIALOGUES = []

def add(label, language, note, turns):
    DIALOGUES.append({"label": label, "language": language, "note": note, "turns": turns})

# ---------------------------------------------------------------- FFT
add("good", "en",
    "Signal processing help (FFT scaling, windowing, mains hum removal) over three turns; numbers and code are correct and consistent.",
    [("h", "I recorded an accelerometer at 1000 Hz for 2 seconds and ran numpy's FFT on it. I get a big symmetric array of complex numbers. How do I turn that into a proper frequency axis and amplitudes?"),
     ("g", r"""For a real-valued signal, use the "real FFT" functions, which return only the non-negative frequencies (the negative half is a mirror image and carries no extra information):

```python
import numpy as np

fs = 1000            # sampling rate, Hz
x = data - data.mean()   # optional: remove DC offset (gravity, sensor bias)
N = len(x)           # 2000 samples for 2 s

X = np.fft.rfft(x)                    # N//2 + 1 = 1001 complex values
freqs = np.fft.rfftfreq(N, d=1/fs)    # 0, 0.5, 1.0, ..., 500 Hz

amp = np.abs(X) / N
amp[1:-1] *= 2       # fold in the energy of the discarded negative frequencies
```

What the numbers mean for your recording:

- **Frequency resolution** = fs / N = 1000 / 2000 = **0.5 Hz** between bins. It depends only on the recording length (1 / 2 s), not the sampling rate.
- **Highest frequency** is the Nyquist frequency fs/2 = **500 Hz**.
- **Amplitude scaling:** dividing by N and doubling gives you the physical amplitude of each sinusoid, so a component 0.3·sin(2π·50t) shows up as a peak of 0.3 at 50 Hz. The DC bin (index 0) and the Nyquist bin (last index, present when N is even) are not doubled because they have no negative-frequency twin.

Plot it with `plt.plot(freqs, amp)`; a log y-axis (`plt.semilogy`) helps to see small components next to large ones."""),
     ("h", "I see a peak around 50 Hz but it's smeared over several bins instead of being a sharp spike, and there's also a smaller peak at 150 Hz. What's going on?"),
     ("g", r"""Two separate things.

**1. The smearing is spectral leakage.** The FFT assumes your 2-second block repeats forever. A sinusoid lands in exactly one bin only if the record contains a whole number of cycles, i.e. its frequency is an exact multiple of 0.5 Hz. Mains frequency drifts (e.g. 49.97 or 50.03 Hz), so the period doesn't fit, the block has a discontinuity where it "wraps", and energy spreads into neighboring bins. The peak height also drops: with a rectangular (no) window, a tone halfway between two bins reads about 36% (3.9 dB) too low.

The fix is a window function that tapers the ends to zero:

```python
w = np.hanning(N)
X = np.fft.rfft(x * w)
amp = np.abs(X) / w.sum()     # w.sum() is about N/2 for Hann
amp[1:-1] *= 2
```

Dividing by `w.sum()` instead of N corrects for the window's coherent gain (0.5 for Hann), so amplitudes stay correct. Leakage far from the peak drops dramatically; the price is a slightly wider main peak (about 1.5 bins at -3 dB). If you need very accurate amplitudes rather than resolution, a flat-top window (`scipy.signal.windows.flattop`) keeps the amplitude error below about 0.1 dB.

**2. The 150 Hz peak is almost certainly the 3rd harmonic of 50 Hz mains hum.** Electrical interference from power lines and switching power supplies is not a pure sine; its distortion shows up at odd harmonics (150, 250, 350 Hz...). A peak at exactly 3 x the hum frequency is a strong hint it's electrical pickup rather than real vibration. Checking the cable shielding and grounding, or powering the logger from a battery, often reduces both peaks."""),
     ("h", "The vibration I actually care about is between 5 and 30 Hz. How do I get rid of the hum without distorting that band?"),
     ("g", r"""Since your band of interest stops at 30 Hz and the interference starts at 50 Hz, a low-pass filter removes the hum *and* all its harmonics in one go. Use a zero-phase filter so the waveform isn't shifted in time:

```python
from scipy import signal

sos = signal.butter(8, 35, btype="low", fs=1000, output="sos")
y = signal.sosfiltfilt(sos, x)
```

Why these choices:

- **Cutoff 35 Hz, order 8 Butterworth.** Butterworth is maximally flat in the passband. A single pass of this filter attenuates 30 Hz by only about 0.35 dB and 50 Hz by about 25 dB.
- **`sosfiltfilt`** runs the filter forward and then backward. Phase shifts cancel (zero phase distortion, which matters if you look at peak times or waveform shape), and the attenuation is applied twice: about 0.7 dB at 30 Hz and about 50 dB at 50 Hz.
- **`output="sos"`** (second-order sections) keeps high-order filters numerically stable; the older `b, a` form can go unstable at order 8.

If you need to keep content above 50 Hz for other analyses, use a notch instead, which only removes a narrow band:

```python
b, a = signal.iirnotch(w0=50, Q=30, fs=1000)   # -3 dB width = 50/30, about 1.7 Hz
y = signal.filtfilt(b, a, x)
```

and repeat it at 150 Hz if the harmonic matters. Make Q lower (wider notch) if the mains frequency drifts noticeably.

Finally, check the result the same way as before: compute the windowed spectrum of `y` and confirm the 50 and 150 Hz peaks are gone while 5-30 Hz looks unchanged. Filtfilt also has edge effects at the start and end of the record, so ignore the first and last ~50 ms.""")])

# ---------------------------------------------------------------- plate tectonics (zh)
add("good", "zh",
    "Chinese dialogue on plate tectonics (Japan vs Australia, arc volcanism, 2011 Tohoku earthquake); three turns, facts and figures correct.",
    [("h", "为什么日本地震那么多,而澳大利亚几乎没什么大地震?"),
     ("g", r"""根本原因在于两者相对于板块边界的位置完全不同。

**日本:位于多个板块的交界处**

日本列岛周围至少有四个板块相互作用:
- **太平洋板块**以每年约 8–9 厘米的速度向西运动,在日本海沟俯冲到北美板块(也有学者划分为鄂霍次克板块)之下;
- **菲律宾海板块**以每年约 4–5 厘米的速度向西北运动,在南海海槽、相模海槽俯冲到欧亚板块(或阿穆尔板块)之下。

俯冲带是地球上地震最活跃的构造环境:两个板块在接触面上"卡住",应力不断积累,几十年到几百年后突然释放,就形成大地震。此外,俯冲的板块内部以及上覆板块中的断层也会发生地震。日本陆地面积只占全球的约 0.3%,却发生了全世界大约 20% 的 6 级以上地震。

**澳大利亚:位于板块内部**

澳大利亚处在印度-澳大利亚板块的中间,距离最近的板块边界(新几内亚、新西兰、印度尼西亚一带)有上千公里。整个板块虽然在以每年约 6–7 厘米的速度向北移动,但大陆本身是作为一个整体"搭便车",内部变形很小。

不过澳大利亚并非完全没有地震:板内应力仍会造成中小地震,例如 1989 年纽卡斯尔 5.6 级地震造成 13 人死亡。只是频率和强度远低于日本。"""),
     ("h", "俯冲带为什么会形成火山?日本的火山也是这样来的吗?"),
     ("g", r"""是的,日本的大多数火山都是俯冲作用的产物,这类火山链称为**火山弧**。形成过程大致如下:

1. **板块携带水分下沉。** 海洋板块在海底长期与海水接触,其中的矿物(如蛇纹石、角闪石、绿泥石等含水矿物)以及沉积物里都含有大量水。
2. **加热加压后脱水。** 板块俯冲到约 100 公里深时,温度和压力升高,这些含水矿物分解,把水释放到上方的地幔楔中。
3. **水降低岩石熔点。** 地幔岩石在干燥条件下那个深度不会熔化,但加入水后熔点可以降低几百摄氏度,于是发生部分熔融,这叫"加水熔融"(flux melting)。
4. **岩浆上升。** 熔融产生的岩浆密度较小,向上运移,一部分在地壳中停留、分异,最后喷出地表形成火山。俯冲带火山多喷发安山岩质岩浆,黏度大、含气体多,因此常常爆发式喷发。

由于脱水主要发生在特定深度,火山并不是随处分布,而是沿着海沟平行排列,距离海沟大约 100–300 公里。这条火山分布的前缘线称为**火山前线**。在日本东北地区,你可以在地图上看到火山大致沿着一条与日本海沟平行的线排列。

日本现有 111 座活火山,约占全球活火山的 7%。富士山位于欧亚(阿穆尔)、北美(鄂霍次克)和菲律宾海三个板块交汇的区域附近,构造背景比较复杂,它主要喷发玄武岩质岩浆,这在日本的大型火山中比较少见。"""),
     ("h", "那 2011 年东日本大地震具体是什么情况?为什么会那么大?"),
     ("g", r"""2011 年 3 月 11 日 14:46(日本时间)发生的东北地方太平洋近海地震,是日本有仪器观测以来最大的地震。

**基本参数**
- 矩震级 **Mw 9.0**(部分机构给出 9.1),是 1900 年以来全球第四大地震;
- 震中位于宫城县牡鹿半岛以东约 130 公里的海域,震源深度约 24 公里;
- 类型:**俯冲带逆冲型"巨型逆冲"地震**,即太平洋板块与上覆板块之间的接触面突然错动。

**为什么这么大**

地震的能量取决于破裂面积和错动量。这次地震:
- 破裂带长约 **400–500 公里**、宽约 **200 公里**;
- 靠近海沟处的最大滑动量达到约 **50 米**,远超事前多数模型的预期。

震级每增加 1,释放的能量大约增加 32 倍。许多研究者此前认为日本海沟北段难以发生 9 级地震,因为那里的板块边界被认为会通过较小地震和缓慢滑动释放应力。2011 年的事件证明,这段边界可以多段同时破裂。事后人们也注意到,公元 869 年的贞观地震曾引发过类似规模的海啸,历史记录其实已经给出了警示。

**影响**
- 海啸最大爬高约 **40 米**(岩手县宫古市);
- 死亡和失踪人数合计超过 **18,000 人**,绝大多数死于海啸;
- 福岛第一核电站因海啸失去电源,导致三个反应堆堆芯熔毁;
- 地震使本州东部部分地区向东移动了约 5 米,沿海地区下沉最多约 1.2 米。

这次地震之后,日本修订了对最大可能地震和海啸的评估方法,不再只依据有限的历史地震记录来设定上限。""")])

# ---------------------------------------------------------------- regex (ja)
add("good", "ja",
    "Japanese dialogue on Python regex for postal codes: boundaries, variant hyphens, NFKC normalization; three turns, correct and consistent.",
    [("h", "Pythonで、文章の中から日本の郵便番号(123-4567 の形)を抜き出したいです。どんな正規表現を使えばいいですか?"),
     ("g", r"""基本形は「数字3桁・ハイフン・数字4桁」ですが、前後に別の数字が続くケースを除外するのがポイントです。

```python
import re

text = "〒150-0002 東京都渋谷区渋谷2-21-1。旧事務所は東京都123-4567です。携帯 090-1234-5678"

pattern = re.compile(r"(?<![\d-])\d{3}-\d{4}(?![\d-])")
print(pattern.findall(text))
# ['150-0002', '123-4567']
```

解説:

- `(?<![\d-])` と `(?![\d-])` は**否定の後読み・先読み**です。直前・直後に数字やハイフンがある場合はマッチしません。これで携帯番号 `090-1234-5678` の一部(`090-1234`)を誤って拾うのを防いでいます。
- よく見かける `\b\d{3}-\d{4}\b` は日本語の文章では期待通りに動きません。Python 3 の `str` では漢字やかなも `\w`(単語文字)扱いなので、「東京都123-4567」の「都」と「1」の間には単語境界がなく、マッチしなくなります。
- 注意点として、Python 3 の `\d` は**全角数字(１２３)にもマッチ**します。半角だけに限定したい場合は `[0-9]` と書くか、`re.ASCII` フラグを付けてください。

まずはこの形で手元のデータに当ててみて、取りこぼしや誤検出がないか確認するのがおすすめです。"""),
     ("h", "実際のデータを見たら「1234567」みたいにハイフンなしのものや、全角の「－」や長音記号の「ー」を使っているものがありました。これも拾いたいです。"),
     ("g", r"""ハイフンの位置に来うる文字を文字クラスにまとめ、省略可能(`?`)にします。

```python
import re

HYPH = "-－−ー‐"   # 半角ハイフン, 全角ハイフン(U+FF0D), マイナス(U+2212), 長音記号(U+30FC), ハイフン(U+2010)

pattern = re.compile(
    rf"(?<![{HYPH}\d])(\d{{3}})[{HYPH}]?(\d{{4}})(?![{HYPH}\d])"
)

text = "〒1500002 渋谷区… 郵便番号:１５０－０００２ / 150ー0002 / 請求額 1234567円"
for m in pattern.finditer(text):
    print(m.group(0), m.groups())
```

ポイント:

- 文字クラスの先頭に `-` を置いているので、範囲指定ではなく文字そのものとして扱われます。
- f文字列の中では `{3}` を `{{3}}` と二重にする必要があります(f文字列の置換と区別するため)。
- グループで3桁と4桁を別々に取り出しておくと、後で形式を統一しやすくなります。

ただし、**ハイフンなしを許すと誤検出が一気に増えます**。上の例でも「1234567円」という金額を郵便番号として拾ってしまいます。実務では、次のように「〒」や「郵便番号」という手がかりを必須にする方が安全です。

```python
pattern = re.compile(
    rf"(?:〒|郵便番号[:：]?)\s*(\d{{3}})[{HYPH}]?(\d{{4}})(?!\d)"
)
```

住所データのように郵便番号しか入らない列が対象なら最初の版、自由記述の文章が対象なら手がかり付きの版、と使い分けるとよいでしょう。"""),
     ("h", "最後に、抜き出したものを全部「123-4567」の半角形式にそろえたいです。全角数字も半角にしたいです。"),
     ("g", r"""`unicodedata.normalize("NFKC", ...)` で全角数字を半角にし、数字だけを取り出して組み立て直すのが一番確実です。

```python
import re
import unicodedata

HYPH = "-－−ー‐"
pattern = re.compile(rf"(?<![{HYPH}\d])(\d{{3}})[{HYPH}]?(\d{{4}})(?![{HYPH}\d])")

def normalize_zip(s: str) -> str | None:
    s = unicodedata.normalize("NFKC", s)      # １５０ → 150, － → -
    digits = re.sub(r"[^0-9]", "", s)         # 数字以外をすべて除去
    if len(digits) != 7:
        return None
    return f"{digits[:3]}-{digits[3:]}"

def extract_zips(text: str) -> list[str]:
    return [z for m in pattern.finditer(text)
            if (z := normalize_zip(m.group(0))) is not None]

print(extract_zips("１５０－０００２、150ー0002、〒1500002"))
# ['150-0002', '150-0002', '150-0002']
```

なぜハイフンを置換せずに数字だけを取り出すのか:

- NFKC 正規化は全角数字と全角ハイフン「－」(U+FF0D)を半角に変換しますが、**長音記号「ー」(U+30FC)やマイナス記号「−」(U+2212)は変換しません**。ハイフンの種類ごとに置換ルールを書くより、数字だけを残して `3桁-4桁` に組み直す方が漏れがありません。
- `[^0-9]` と書いているのは、`\D` だと全角数字以外のUnicode数字の扱いが絡むためで、正規化後のASCII数字だけを対象にする意図を明確にしています。

重複を除きたい場合は `list(dict.fromkeys(extract_zips(text)))` とすれば、出現順を保ったまま重複を取り除けます。なお `str | None` の型ヒントは Python 3.10 以降の書き方です。""")])

# ---------------------------------------------------------------- elasticity (fr)
add("good", "fr",
    "French microeconomics dialogue on price elasticity: midpoint calculation, total revenue, determinants; three turns, numbers correct.",
    [("h", "Je révise la microéconomie. Comment calcule-t-on l'élasticité-prix de la demande ? Par exemple, le prix d'un produit passe de 10 € à 12 € et la quantité demandée baisse de 500 à 400 unités."),
     ("g", r"""L'élasticité-prix de la demande mesure la sensibilité de la quantité demandée à une variation du prix :

E = (variation en % de la quantité) / (variation en % du prix)

**Méthode du point milieu (recommandée)**

On calcule les variations par rapport à la moyenne des deux valeurs, ce qui donne le même résultat que le prix monte ou baisse :

- Variation de la quantité : (400 − 500) / ((500 + 400)/2) = −100 / 450 = **−22,2 %**
- Variation du prix : (12 − 10) / ((10 + 12)/2) = 2 / 11 = **+18,2 %**
- E = −22,2 / 18,2 ≈ **−1,22**

**Méthode simple (par rapport à la valeur initiale)**

- Quantité : −100 / 500 = −20 %
- Prix : 2 / 10 = +20 %
- E = −1,0

La différence vient du point de départ choisi : avec la méthode simple, si le prix redescendait de 12 € à 10 €, on obtiendrait (+25 %) / (−16,7 %) = −1,5, un autre chiffre pour le même segment de courbe. C'est pourquoi on privilégie le point milieu pour des variations importantes.

**Interprétation** : |E| = 1,22 > 1, la demande est **élastique** sur ce segment : la quantité réagit plus que proportionnellement au prix. On omet souvent le signe moins, puisque l'élasticité-prix est presque toujours négative (loi de la demande)."""),
     ("h", "Et qu'est-ce que ça implique pour le chiffre d'affaires du vendeur ?"),
     ("g", r"""Le lien est direct. La recette totale est RT = P × Q :

- Avant : 10 € × 500 = **5 000 €**
- Après : 12 € × 400 = **4 800 €**

La hausse de prix a fait **baisser** la recette de 200 €, ce qui est cohérent avec une demande élastique : la perte de clients (−22 %) l'emporte sur le gain par unité vendue (+18 %).

La règle générale :

| Élasticité | Hausse de prix | Baisse de prix |
|---|---|---|
| \|E\| > 1 (élastique) | RT baisse | RT augmente |
| \|E\| = 1 (unitaire) | RT inchangée | RT inchangée |
| \|E\| < 1 (inélastique) | RT augmente | RT baisse |

Deux remarques utiles pour un examen :

1. Sur une courbe de demande linéaire, l'élasticité **n'est pas constante** : la demande est élastique dans la partie haute (prix élevés, petites quantités) et inélastique dans la partie basse. La recette totale est maximale au point où |E| = 1, qui se trouve au milieu de la droite de demande.
2. Maximiser la recette n'est pas maximiser le profit : il faut aussi tenir compte des coûts. Ici, si chaque unité coûte 6 € à produire, le profit passe de (10 − 6) × 500 = 2 000 € à (12 − 6) × 400 = 2 400 €. La hausse de prix réduit donc la recette mais augmente le profit."""),
     ("h", "Quels sont les facteurs qui rendent une demande plus ou moins élastique ? Des exemples concrets m'aideraient."),
     ("g", r"""Les principaux déterminants :

1. **Disponibilité de substituts.** Plus il est facile de se tourner vers un autre produit, plus la demande est élastique. La demande pour une marque précise de céréales est très élastique ; celle pour « la nourriture » en général est très inélastique.
2. **Bien de nécessité ou de luxe.** Les médicaments indispensables (l'insuline, par exemple) ont une demande très inélastique ; les voyages de loisirs ou les restaurants haut de gamme, une demande élastique.
3. **Part du budget.** Une hausse de 20 % du prix du sel passe inaperçue ; la même hausse sur un loyer ou une voiture pousse à chercher des alternatives.
4. **Horizon temporel.** À court terme, les consommateurs sont « coincés » par leurs habitudes et leurs équipements ; à long terme ils s'adaptent. C'est le cas typique du carburant.
5. **Définition du marché.** Plus le marché est défini étroitement, plus il y a de substituts, donc plus la demande est élastique.

Quelques ordres de grandeur tirés de la littérature empirique (les estimations varient selon les pays et les études) :

| Bien | Élasticité-prix estimée |
|---|---|
| Carburant, court terme | −0,1 à −0,3 |
| Carburant, long terme | −0,5 à −0,8 |
| Tabac | environ −0,3 à −0,5 |
| Transports publics | environ −0,3 à −0,4 |
| Une marque donnée (moyenne des méta-analyses) | environ −2 à −2,6 |

Le cas du tabac explique d'ailleurs pourquoi les taxes sur le tabac rapportent beaucoup aux États : la demande étant inélastique, une hausse de prix réduit la consommation moins que proportionnellement, et les recettes fiscales augmentent.""")])

# ---------------------------------------------------------------- immunology (sv)
add("good", "sv",
    "Swedish dialogue on immunology (mRNA vaccines, booster doses, IgM vs IgG); three turns, accurate and consistent.",
    [("h", "Jag läser immunologi och försöker förstå hur mRNA-vacciner faktiskt fungerar i kroppen. Kan du förklara steg för steg?"),
     ("g", r"""Absolut. Här är förloppet för ett mRNA-vaccin, till exempel mot covid-19:

1. **Förpackning.** mRNA-molekylen är ömtålig och bryts snabbt ned av enzymer, så den förpackas i **lipidnanopartiklar** (små fettbubblor). De skyddar mRNA:t och hjälper det in i cellerna.
2. **Upptag.** Efter injektion i axelmuskeln tas partiklarna upp av muskelceller och av antigenpresenterande celler, främst dendritiska celler, på injektionsstället och i närliggande lymfkörtlar.
3. **Översättning.** I cellens cytoplasma läser ribosomerna mRNA:t och tillverkar proteinet det kodar för, här virusets spikprotein. mRNA:t går aldrig in i cellkärnan och kan inte byggas in i vårt DNA.
4. **Presentation.** Delar av spikproteinet visas upp på cellytan via **MHC klass I**, vilket aktiverar cytotoxiska CD8+ T-celler. Protein som tas upp utifrån presenteras via **MHC klass II** för CD4+ T-hjälparceller.
5. **Antikroppar.** T-hjälparcellerna hjälper **B-celler** som känner igen spikproteinet att dela sig och utvecklas till plasmaceller som producerar antikroppar, bland annat neutraliserande antikroppar som blockerar virusets bindning till ACE2-receptorn.
6. **Minne.** En del B- och T-celler blir **minnesceller** som finns kvar i månader till år och kan reagera snabbt vid verklig infektion.

mRNA:t bryts ned inom några dagar, och lipidnanopartiklarna fungerar delvis också som adjuvans, det vill säga de förstärker den inflammatoriska signalen som drar igång immunsvaret."""),
     ("h", "Varför behövs en andra dos och senare booster? Räcker det inte att immunsystemet har sett proteinet en gång?"),
     ("g", r"""Första dosen ger ett **primärt immunsvar**, som är relativt långsamt och svagt: antikroppsnivåerna toppar efter ungefär två veckor och antikropparna har ännu måttlig affinitet. Nästa dos utnyttjar att systemet redan har minnesceller, och ger ett **sekundärt svar** som skiljer sig på flera sätt:

- **Snabbare och starkare.** Minnes-B-celler aktiveras direkt, och antikroppsnivåerna blir ofta tiotals gånger högre än efter första dosen.
- **Bättre antikroppar.** I lymfkörtlarnas **germinalcentra** genomgår B-cellerna *somatisk hypermutation*: generna för antikroppens bindningsställe muteras slumpmässigt, och de B-celler vars antikroppar binder hårdast väljs ut. Upprepad exponering ger fler rundor av detta urval, så kallad **affinitetsmognad**.
- **Fler långlivade celler.** Antalet långlivade plasmaceller i benmärgen och antalet minnesceller ökar.

Varför en booster senare? Antikroppsnivåerna i blodet sjunker gradvis under månaderna efter vaccinationen. Skyddet mot svår sjukdom, som främst vilar på minnesceller och T-celler, håller betydligt längre än skyddet mot infektion, som kräver höga nivåer neutraliserande antikroppar redan på slemhinnorna. Dessutom muterar viruset, och en booster med uppdaterad variant riktar svaret mot de nya formerna av spikproteinet.

Intervallet spelar också roll: studier har visat att ett längre mellanrum mellan doserna (8–12 veckor i stället för 3–4) ofta ger högre antikroppsnivåer, eftersom germinalcentrareaktionen hinner mogna."""),
     ("h", "Du nämnde antikroppar. Vad är skillnaden mellan IgM och IgG, som man ser i blodprover?"),
     ("g", r"""De är två av de fem antikroppsklasserna (IgM, IgG, IgA, IgE, IgD) och dyker upp i olika faser av immunsvaret:

| | IgM | IgG |
|---|---|---|
| Struktur | pentamer (fem enheter, tio bindningsställen) | monomer (två bindningsställen) |
| När | först, efter cirka 5–10 dagar | senare, dominerar i sekundärt svar |
| Affinitet | låg per bindningsställe, men hög avidity tack vare tio ställen | hög, efter affinitetsmognad |
| Halveringstid i blodet | cirka 5 dagar | cirka 21–23 dagar |
| Passerar placenta | nej | ja, skyddar nyfödda |
| Andel av antikroppar i serum | cirka 5–10 % | cirka 75–80 % |

Övergången från IgM till IgG kallas **klassbyte** (class switching). B-cellen behåller samma bindningsställe men byter den konstanta delen av antikroppen, styrt av signaler från T-hjälparceller. IgG finns i fyra underklasser (IgG1–IgG4) med lite olika funktioner.

**Varför det är användbart i blodprover:**
- **Positiv IgM, negativ IgG** tyder på en nylig, pågående primärinfektion.
- **Positiv IgG, negativ IgM** tyder på tidigare infektion eller vaccination och vanligen immunitet.
- Båda positiva kan betyda en infektion som pågått några veckor.

Ett klassiskt exempel är graviditetsscreening för toxoplasma eller röda hund: det är viktigt att skilja en färsk infektion (IgM) från gammal immunitet (IgG). Tolkningen är inte alltid entydig eftersom IgM ibland kan finnas kvar i månader, och då används ofta ett IgG-aviditetstest som komplement.""")])

# ---------------------------------------------------------------- OSPF
add("good", "en",
    "Network routing dialogue (static vs OSPF, Cisco config, EXSTART troubleshooting, cost calculation); four turns, correct and consistent with the given addressing.",
    [("h", "We have a small office network with three Cisco routers connected in a triangle, each with its own LAN. Should I just configure static routes or is it worth running OSPF?"),
     ("g", r"""For a triangle I'd use OSPF. The deciding factor isn't the number of routes, it's **failover**.

With static routes, each router needs routes to the two other LANs. That's only 6 routes in total, but in a triangle each LAN is reachable over two paths (direct, or via the third router). Static routes pick one path and stay there even if that link goes down, unless you add *floating static routes* (backup routes with a higher administrative distance, e.g. `ip route 192.168.2.0 255.255.255.0 10.0.13.2 10`) and the failure is actually detected as an interface going down. If the link fails somewhere in the middle (e.g. a switch or a provider circuit) while the interface stays up, the static route keeps blackholing traffic.

OSPF gives you:
- **Automatic failover:** neighbors exchange hellos every 10 s on Ethernet by default and declare each other dead after 40 s, then reroute over the remaining path. With BFD you can get that down to under a second.
- **No manual updates** when you add a LAN or a router: you just advertise the new network.
- **Loop-free shortest paths** based on link cost.

The cost is a bit more configuration up front and the need to understand a few concepts (areas, router IDs, costs). For three routers, a single area 0 is all you need, so the complexity is small.

Static routes are the better choice for a simple hub-and-spoke or a single default route to an ISP, where there's only one path anyway."""),
     ("h", "OK, OSPF it is. R1 has links 10.0.12.0/30 to R2 (on Gi0/0) and 10.0.13.0/30 to R3 (on Gi0/1), and its LAN is 192.168.1.0/24 on Gi0/2. What's the config?"),
     ("g", r"""On R1:

```
router ospf 1
 router-id 1.1.1.1
 network 10.0.12.0 0.0.0.3 area 0
 network 10.0.13.0 0.0.0.3 area 0
 network 192.168.1.0 0.0.0.255 area 0
 passive-interface GigabitEthernet0/2
```

Line by line:

- `router ospf 1`: the process ID is only locally significant; it doesn't have to match on R2 and R3.
- `router-id 1.1.1.1`: set it explicitly. Otherwise the router picks the highest loopback IP or highest interface IP, which can change and cause confusion. Use 2.2.2.2 and 3.3.3.3 on the others. Router IDs **must be unique**.
- `network ... area 0`: enables OSPF on any interface whose IP falls within the range, and advertises that subnet. The second value is a *wildcard mask* (the inverse of the subnet mask): /30 → 0.0.0.3, /24 → 0.0.0.255.
- `passive-interface Gi0/2`: the LAN subnet is still advertised, but R1 won't send hellos to the user LAN. That prevents anyone on the LAN from forming an adjacency and injecting routes.

Alternatively, on newer IOS you can enable OSPF per interface, which some people find clearer:

```
interface GigabitEthernet0/0
 ip ospf 1 area 0
```

After configuring all three routers, verify with:

```
show ip ospf neighbor        ! expect 2 neighbors in FULL state
show ip route ospf           ! expect 192.168.2.0/24 and 192.168.3.0/24 marked O
show ip ospf interface brief
```"""),
     ("h", "R1 and R2 came up FULL, but the neighbor R3 is stuck in EXSTART on R1 and never gets to FULL. What should I check?"),
     ("g", r"""A neighbor stuck in **EXSTART/EXCHANGE** almost always means an **MTU mismatch** on the link. In EXSTART the two routers negotiate who is master and begin exchanging Database Description (DBD) packets. Each DBD carries the sender's interface MTU, and a router rejects DBDs that advertise a larger MTU than its own interface. Hellos are small and get through, so the adjacency gets this far but no further.

Check on both ends of the R1-R3 link:

```
R1# show interface GigabitEthernet0/1 | include MTU
R3# show interface GigabitEthernet0/x | include MTU
R1# show ip ospf interface GigabitEthernet0/1     ! shows the MTU OSPF uses
```

A common cause is that someone set `mtu 9000` (jumbo frames) or a different `ip mtu` on one side, or one side is a subinterface or tunnel with a lower MTU. `debug ip ospf adj` will usually show a message like "Nbr 3.3.3.3 has larger interface MTU".

Fixes:
1. **Best:** make the MTU identical on both interfaces.
2. **Workaround:** `ip ospf mtu-ignore` under the interface on both sides. This makes OSPF skip the check, but if the MTUs really differ, large packets can still be dropped, so treat it as temporary.

Less common causes of EXSTART problems:
- **Duplicate router IDs** (e.g. R3 was cloned from R2's config and also uses 2.2.2.2). Check with `show ip ospf | include ID`.
- An ACL or firewall blocking unicast OSPF packets between the link addresses, while the multicast hellos to 224.0.0.5 still pass.

After fixing, clear the process if it doesn't recover by itself: `clear ip ospf process` (this briefly drops all adjacencies on that router, so do it in a quiet moment)."""),
     ("h", "All FULL now. How does OSPF decide which path to use? R1 to R3's LAN can go directly or through R2."),
     ("g", r"""OSPF picks the path with the **lowest total cost**, summed over the outgoing interfaces along the way. Each interface's cost is, by default:

cost = reference bandwidth / interface bandwidth, with a reference of 100 Mbps and a minimum of 1.

That default dates from when 100 Mbps was fast. Today it means FastEthernet (100 Mbps), GigabitEthernet and 10-Gigabit all get cost **1**, so OSPF can't tell them apart.

For your triangle with all-Gigabit links:
- R1 → R3 directly: cost 1 (R1's link) + 1 (R3's LAN interface) = **2**
- R1 → R2 → R3: 1 + 1 + 1 = **3**

The direct path wins, as you'd expect. If both had equal cost, OSPF would install both and load-balance (up to 4 equal-cost paths by default on IOS).

To make costs meaningful for faster links, raise the reference bandwidth on **all** routers:

```
router ospf 1
 auto-cost reference-bandwidth 10000     ! in Mbps, i.e. 10 Gbps
```

Then 10 Gbps = cost 1, 1 Gbps = 10, 100 Mbps = 100. If one router keeps the old reference while the others change, their cost calculations become inconsistent and path choices can be odd; IOS even prints a warning reminding you to configure it everywhere.

To steer traffic manually, e.g. because the R1-R3 link is a slower leased line even though the port is Gigabit, set the cost per interface:

```
interface GigabitEthernet0/1
 ip ospf cost 50
```

Then `show ip route 192.168.3.0` will show the path via R2, and the direct link stays as an automatic backup.""")])
