from c_common import conv, raw, item

D017 = item(17, "contradiction", "tr",
"Turkish, moving to Berlin: turn 2 says the legal deposit cap is three months' cold rent, but turn 4 says the cap is two months' cold rent (1,900 EUR) and calls a 2,400 EUR deposit illegal on that basis.",
conv(
"""Eşimle birlikte üç ay sonra İstanbul'dan Berlin'e taşınıyoruz. Eşim orada bir yazılım şirketinde çalışmaya başlayacak, ben de ilk etapta iş arayacağım. Nereden başlamalıyız?""",
"""Tebrikler, heyecanlı bir süreç! İyi planlanırsa üç ay yeterli bir süre. Öncelik sırasına göre şöyle ilerleyebilirsiniz:

**1. Vize ve oturum izni**
Eşinizin maaşı ve diploması uygunsa büyük ihtimalle **AB Mavi Kartı (Blaue Karte EU)** için başvuracak. Siz de **aile birleşimi** vizesiyle gelebilirsiniz. Mavi Kart sahiplerinin eşlerinden genellikle Almanca dil belgesi istenmez, ve eşler Almanya'da çalışma hakkına da sahip olur. İstanbul'daki vize başvuru randevularını (iDATA üzerinden) hemen kontrol edin; bekleme süreleri uzun olabiliyor.

**2. Belgeler**
Apostilli uluslararası evlilik kayıt örneği, pasaportlar, biyometrik fotoğraflar, eşinizin iş sözleşmesi ve gerekiyorsa diploma denkliğini gösteren belgeler.

**3. Ev**
Berlin'de kiralık ev bulmak zor. İlk birkaç ay için mobilyalı geçici bir daire tutup uzun vadeli evi oradan aramak yaygın bir yöntem. Önemli nokta: geçici dairenin **Anmeldung'a (adres kaydı) izin vermesi** gerekir.

**4. Sağlık sigortası**
Almanya'da sağlık sigortası zorunlu. Eşiniz işe başlayınca yasal sigortaya (TK, AOK gibi) girer. Siz çalışmadığınız sürece aile sigortası (Familienversicherung) kapsamında ek ücret ödemeden sigortalanabilirsiniz.

**5. Vardıktan sonra**
İki hafta içinde Anmeldung, ardından postayla gelen vergi numarası (Steuer-ID), banka hesabı ve oturum kartı için Ausländerbehörde randevusu.

Ev konusunda sorularınız varsa oradan devam edebiliriz.""",
"""Ev tutarken depozito ne kadar oluyor? Türkiye'de genelde bir aylık kira veriliyor.""",
"""Almanya'da depozito (Kaution) genellikle daha yüksek, ama yasayla sınırlanmış:

- **Üst sınır:** Depozito en fazla **üç aylık soğuk kira** kadar olabilir. Soğuk kira (Nettokaltmiete), ısıtma ve aidat gibi yan giderler hariç kiradır. Bu kural Alman Medeni Kanunu'nun (BGB) 551. maddesinde düzenleniyor.
- **Taksit hakkı:** Kiracı depozitoyu **üç eşit aylık taksitle** ödeme hakkına sahip. İlk taksit kira ilişkisi başlarken, diğer ikisi sonraki iki kira ödemesiyle birlikte ödenir.
- **Ayrı hesap:** Ev sahibi depozitoyu kendi parasından ayrı bir hesapta tutmak zorunda.
- **İade:** Taşındıktan sonra ev sahibi, olası hasarları ve yan gider hesabını kontrol etmek için genellikle **3 ila 6 ay** bekleyebilir.

Emlakçı komisyonuna da dikkat edin: 2015'ten beri geçerli olan "Bestellerprinzip" kuralına göre emlakçıyı ev sahibi tuttuysa komisyonu da ev sahibi öder. Sizden komisyon istenirse nedenini sorun.

Bazı ev sahipleri nakit depozito yerine banka teminatı veya depozito sigortası (Kautionsversicherung) da kabul ediyor; başlangıçta nakit sıkıntısı yaşarsanız sorabilirsiniz.""",
"""Anmeldung için randevu bulmak zormuş, doğru mu?""",
"""Evet, Berlin'de Bürgeramt randevusu bulmak gerçekten zor olabiliyor. Birkaç ipucu:

- **Herhangi bir Bürgeramt'a gidebilirsiniz.** Berlin'de kendi semtinizdeki ofisle sınırlı değilsiniz; şehrin herhangi bir yerinde kayıt yaptırabilirsiniz.
- **Sabah erken bakın.** Online sistemde iptal edilen ve yeni açılan randevular sık sık sabah saatlerinde görünüyor. Sayfayı gün içinde birkaç kez yenilemek de işe yarar.
- **Gerekli belgeler:** pasaportlar, doldurulmuş kayıt formu (Anmeldeformular) ve ev sahibinden alınan **Wohnungsgeberbestätigung**, yani ev sahibinin taşındığınızı onayladığı belge. Bu belge olmadan kayıt yapılmıyor, mutlaka isteyin.
- **İki hafta kuralı:** Yasal olarak taşındıktan sonra iki hafta içinde kayıt olmanız gerekiyor. Ama Berlin'de randevu bulamayan çok kişi olduğu için, randevu aradığınızı gösterebilirseniz (ekran görüntüleri gibi) ceza almanız pek olası değil.
- Kayıttan sonra size **Anmeldebestätigung** (kayıt belgesi) verilir. Banka hesabı, vergi numarası ve oturum kartı işlemleri için buna ihtiyacınız olacak, o yüzden kaybetmeyin.""",
"""Bir ev bulduk. Soğuk kira 950 €, ev sahibi 2.400 € depozito istiyor ve hepsini sözleşmeyi imzalarken peşin ödememizi söylüyor. Bu normal mi?""",
"""Hayır, bu teklifte iki sorun var:

**1. Tutar yasal sınırı aşıyor.** Depozito için yasal üst sınır iki aylık soğuk kiradır. Soğuk kiranız 950 € olduğuna göre ev sahibi en fazla **1.900 €** isteyebilir. 2.400 € bu sınırın 500 € üzerinde.

**2. Peşin ödeme şartı geçerli değil.** Depozitoyu üç eşit taksitte ödeme hakkınız var ve bu hak sözleşmeyle kiracı aleyhine değiştirilemez. Sözleşmede "depozito tek seferde ödenecektir" yazsa bile bu madde geçersiz olur.

**Ne yapabilirsiniz?**
- Ev sahibine kibar ama net bir şekilde yasal düzenlemeyi hatırlatın. Almanca olarak "gemäß § 551 BGB" diye kanun maddesine atıf yapmanız çoğu zaman yeterli oluyor.
- Ev sahibi ısrar ederse ve yine de evi tutmak isterseniz, fazla ödediğiniz tutarı kira ilişkisi sırasında veya sonrasında geri talep edebilirsiniz. Bu hak sözleşmeyi imzalamakla ortadan kalkmaz. Tüm ödemeleri banka havalesiyle yapın ve dekontları saklayın.
- Berlin'de kiracı dernekleri (örneğin Berliner Mieterverein) uygun bir üyelik ücretiyle hukuki danışmanlık veriyor. Sözleşmeyi imzalamadan önce onlara göstermek iyi bir fikir olabilir.

Berlin'in zor kira piyasasında ev sahibiyle ilişkiyi bozmak istemeyebilirsiniz, bu anlaşılır bir durum. Ama kanun burada açıkça sizden yana.""",
"""Teşekkürler, ev sahibiyle konuşacağız.""",
"""Rica ederim, kolay gelsin! Konuşmadan önce ev sahibinin istediklerini ve sizin haklarınızı kısaca not alın. Sakin ve net bir tutum genellikle en iyi sonucu veriyor. Taşınmanızda başarılar!""",
))

D019 = item(19, "misaligned", "en",
"Film noir recommendations: replies 2-4 are rotated; turn 2 (what is noir) gets the what-to-watch-next answer, turn 3 gets the modern neo-noir answer, and turn 4 gets the definition of noir.",
conv(
"""I want to get into classic film noir but don't know where to start. Can you suggest a first film?""",
"""Start with **Double Indemnity** (1944, directed by Billy Wilder). It's probably the best single introduction to noir because it has almost every classic ingredient in a tight 107 minutes:

- an ordinary man, insurance salesman Walter Neff (Fred MacMurray), drawn into a crime;
- one of the great femmes fatales, Phyllis Dietrichson (Barbara Stanwyck);
- a story told in flashback with voice-over narration, so you know from the start it ends badly;
- sharp, cynical dialogue co-written by Raymond Chandler;
- shadowy, high-contrast lighting, including the famous venetian-blind shadows.

It also has a great supporting performance from Edward G. Robinson as the claims investigator who senses something is wrong. The film is very accessible for modern viewers: the pace is quick and the plot is easy to follow, so it's a good test of whether the style appeals to you.""",
"""What actually makes a film "noir"? Is it just black-and-white crime movies?""",
"""Great, it's a perfect gateway. Here are four classics to watch next, each showing a different side of noir:

1. **The Maltese Falcon** (1941, John Huston). Humphrey Bogart as detective Sam Spade, chasing a priceless statuette. Often called the first major noir, and the template for the hard-boiled private eye.
2. **Out of the Past** (1947, Jacques Tourneur). Robert Mitchum as a man whose past catches up with him. Beautifully shot and deeply fatalistic, and many critics' favourite noir.
3. **The Third Man** (1949, Carol Reed). Set in bombed-out post-war Vienna, with Orson Welles in a small but unforgettable role. Look out for the tilted camera angles and the zither score.
4. **Sunset Boulevard** (1950, Billy Wilder again). Narrated by a dead man, about a forgotten silent-film star. It shows noir moving away from crime into Hollywood itself.

If you only have time for one, go with **Out of the Past**. It's the purest expression of the noir mood after Double Indemnity.""",
"""I loved Double Indemnity! What should I watch next?""",
"""Yes, the style never really went away. Films made after the classic era (roughly 1940–1958) that borrow its mood are usually called **neo-noir**:

- **Chinatown** (1974, Roman Polanski). A private detective in 1930s Los Angeles uncovers a scandal over water rights. Many consider it the greatest neo-noir, and its ending is as bleak as anything from the 1940s.
- **Blade Runner** (1982, Ridley Scott). Noir moved into a rainy, neon-lit future: a weary detective, a voice-over (in the original cut), and moral ambiguity.
- **L.A. Confidential** (1997, Curtis Hanson). Police corruption in 1950s Los Angeles, with a twisty plot and three very different cops.
- **Memento** (2000, Christopher Nolan). A man with no short-term memory hunts his wife's killer. The structure is modern, but the fatalism is pure noir.
- **Drive** (2011, Nicolas Winding Refn). A quiet getaway driver, a doomed romance, and neon-soaked Los Angeles at night.

Watching Chinatown right after a few 1940s films is especially rewarding, because you'll notice how deliberately it plays with the old conventions.""",
"""Are there any modern films that carry on the noir style?""",
"""Not quite. Black and white and crime are common, but noir is better understood as a *mood and style* than a genre.

The term itself came from French critics. In 1946 Nino Frank used "film noir" (literally "black film") for the dark American crime films that reached France after the war. The Hollywood studios making them didn't use the label at the time.

What noir films tend to share:
- **A fatalistic worldview.** Characters are trapped by their desires, past mistakes or bad luck, and things usually end badly.
- **Moral ambiguity.** Heroes are often compromised, and the line between detective and criminal blurs.
- **Visual style.** Low-key lighting, deep shadows, unusual camera angles and night-time city streets, much of it inherited from German Expressionist cinema via émigré directors such as Billy Wilder, Fritz Lang and Robert Siodmak.
- **Characters and storytelling.** The femme fatale, the hard-boiled detective, the ordinary man who makes one wrong choice, plus voice-overs and flashbacks.
- **Literary roots.** Many are based on hard-boiled crime fiction by writers like Dashiell Hammett, Raymond Chandler and James M. Cain.

So a black-and-white crime film with a clear-cut hero and a happy ending usually isn't noir, while a colour film can be.""",
"""Thanks, I'll make a list. Any tips for watching old films when I'm used to modern pacing?""",
"""A few things make classic films much easier to enjoy:

- **Give it 15 minutes.** Older films often spend more time setting up characters before the plot kicks in. Once you adjust, the pacing usually feels fine. Many noirs are only 90–110 minutes anyway.
- **Watch properly.** Put your phone away and turn the lights down. These films rely on dialogue and visual detail, so they're much less rewarding as background viewing.
- **Expect theatrical acting and fast dialogue.** Turning on subtitles helps a lot with the rapid-fire wisecracks.
- **Look for restored versions.** A good restoration with clean sound makes a huge difference to the shadows and contrast that define noir.
- **Watch in pairs.** Follow a classic with the neo-noir it influenced, like Double Indemnity and then Body Heat (1981), which reworks a very similar plot. Spotting the connections is half the fun.
- **Read about it afterwards, not before,** so you don't spoil the twists.

Enjoy the list. Noir is a great rabbit hole to fall into.""",
))

D020 = item(20, "leakage", "zh",
"Chinese exam-anxiety support: the turn-3 user message begins with a leaked generator tag giving the turn number and emotion labels.",
conv(
"""下个月就要考研了，我最近每天都很焦虑，看书看不进去，怎么办？""",
"""考前一个月焦虑、看不进书，是非常普遍的情况，说明你很在乎这次考试，并不代表你准备得不好。我们可以从几个方面入手：

**1. 把复习切成小块**
"还有好多没复习"这种模糊的压力最让人焦虑。把剩下的内容按科目列成清单，再拆成每天能完成的小任务，比如"英语：一篇阅读＋整理生词""政治：马原第三章选择题"。完成一项就划掉一项，看得见的进度能明显降低焦虑。

**2. 用番茄钟开始**
看不进去的时候，不要要求自己"坐满三小时"，只要求自己先专注25分钟，然后休息5分钟。开始是最难的，一旦进入状态，往往能持续下去。

**3. 每天留出固定的"担心时间"**
比如每天晚上8点，给自己15分钟，把所有担心的事情写在纸上。其他时间脑子里冒出担心，就告诉自己"晚上8点再想"。

**4. 保证运动和作息**
每天快走或慢跑20–30分钟，能有效降低焦虑水平。作息尽量固定，考前一个月不建议熬夜刷题。

**5. 手机放远一点**
学习时把手机放在另一个房间，减少刷信息带来的干扰和比较。

你现在最担心的是哪一科？我们可以针对它做一个具体的安排。""",
"""我总觉得别人都比我复习得好，看到群里有人说已经刷了三遍真题我就慌。""",
"""这种"别人都比我强"的感觉，在考研群里特别容易被放大。可以换个角度看：

**1. 群里看到的不是全部**
在群里说话的往往是进度快、愿意分享的人，进度慢或者正在焦虑的人大多不出声。你看到的是一小部分人的"高光时刻"，不是所有考生的真实情况。

**2. 遍数不等于效果**
刷三遍真题如果只是做题、对答案，效果可能不如认真做一遍、把每道错题的原因弄清楚。真题的价值在于分析出题规律和自己的薄弱点，而不是数量。

**3. 只和自己比**
与其比较别人刷了几遍，不如每周问自己："这周比上周多掌握了什么？"比如错题率有没有下降，某个章节是不是终于弄懂了。

**4. 适当屏蔽信息源**
考前一个月，可以把考研群设为免打扰，每天固定时间看一次有用的信息（比如考试通知），其他时间不看。这不是逃避，而是保护自己的注意力。

你的对手其实只有试卷，不是群里的其他人。""",
"""【第3轮·用户｜情绪标签：失眠、焦虑加重｜期望：具体方法】最近晚上总是睡不着，躺下脑子里全是题目，第二天更没精神了。""",
"""睡不好会让焦虑更严重，焦虑又让人更睡不着，所以打破这个循环很重要。可以试试下面这些方法：

**1. 固定起床时间**
不管晚上睡得怎么样，早上都在同一时间起床，比如7点。这比强迫自己早睡更有效，几天后身体会自然地在晚上更早犯困。

**2. 睡前一小时"下线"**
睡前一小时不再做题、不看手机。可以洗个热水澡、听点轻音乐，或者看一些和考试无关的轻松内容。

**3. 把脑子里的题目"倒"出来**
睡前花5分钟，把明天要做的事和还在想的题目写在纸上。写下来就等于告诉大脑："这些已经记住了，不用再想了。"

**4. 躺20分钟睡不着就起来**
在床上辗转反侧只会让床和焦虑联系在一起。如果大概20分钟还睡不着，就起来到另一个地方，在昏暗的灯光下做点安静的事，困了再回床上。

**5. 4-7-8呼吸法**
用鼻子吸气4秒，屏住呼吸7秒，用嘴慢慢呼气8秒，重复4次，能帮助身体放松下来。

**6. 注意咖啡因**
下午2点以后尽量不喝咖啡、浓茶和功能饮料。

如果失眠持续两周以上，或者已经严重影响白天的学习和生活，建议去医院的睡眠科或心理科看看，这是很正常、也很有必要的求助。""",
"""考试当天如果紧张到手抖怎么办？""",
"""考试当天紧张、手抖都是正常的身体反应，是肾上腺素在起作用，它其实也能让你更专注。关键是不要被它吓到。可以这样准备：

**考前一天**
- 把准考证、身份证、文具都装好，提前看好考场路线。
- 不再做新题，只翻看错题和重点笔记。
- 按平时的时间睡觉，就算睡不着也没关系，一晚上睡不好对第二天的发挥影响不大。

**考试当天**
- 提前30分钟左右到考场，不要太早，免得在门口越等越紧张。
- 少听别人讨论"押题"，戴上耳机或者自己看看笔记。

**手抖的时候**
- **握拳放松法**：双手用力握拳5秒，然后完全松开，感受手部的放松，重复3次。这是渐进式肌肉放松的简化版。
- **慢呼气**：吸气4秒，呼气6–8秒。呼气比吸气长，能让心率慢下来。
- **先做会做的题**：拿到试卷先快速浏览，从最有把握的题开始。写顺几道题之后，手抖往往会自然消失。

记住，你紧张，其他考生也一样紧张。你已经准备了这么久，相信自己。""",
))
