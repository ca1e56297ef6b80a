from a_common import h, g, item

ITEMS = []

# ---------------------------------------------------------------- pl: bathroom mould (non_answer, turn 2)
ITEMS.append(item("non_answer", "pl",
"Non-answer: the turn-2 reply only restates the question about child-safe, chlorine-free mould cleaning and stresses its importance, without naming any product or method.",
[
h("""
W łazience w bloku (bez okna) pojawiła się czarna pleśń na fugach przy prysznicu i w rogu sufitu. Skąd to się bierze? Sprzątam regularnie.
"""),
g("""
Pleśń w łazience prawie zawsze ma jedną główną przyczynę: **za dużo wilgoci, która nie ma dokąd uciec**. Regularne sprzątanie usuwa jej ślady, ale nie usuwa przyczyny.

**Co się dzieje w łazience bez okna:**
- Podczas prysznica wilgotność powietrza rośnie do 90–100%. Para skrapla się na najzimniejszych powierzchniach.
- **Narożniki sufitu**, zwłaszcza przy ścianie zewnętrznej, są zimniejsze od reszty ściany (to tzw. mostki termiczne), więc tam woda skrapla się najpierw i tam pojawia się pleśń.
- **Fugi przy prysznicu** są stale mokre i porowate, a do tego zbierają resztki mydła, które są pożywką dla grzybów.

**Najczęstsze przyczyny w blokach:**
1. **Słaba wentylacja grawitacyjna.** Sprawdź kratkę: przyłóż kartkę papieru. Jeśli nie przylega do kratki, ciąg jest za słaby albo żaden. Kratki bywają zatkane kurzem lub zasłonięte.
2. **Brak dopływu powietrza.** Wentylacja działa tylko wtedy, gdy powietrze ma skąd napływać. Drzwi do łazienki powinny mieć podcięcie lub otwory (przepisy wymagają co najmniej 220 cm² przekroju). Szczelne drzwi i szczelne okna w mieszkaniu mocno osłabiają ciąg.
3. **Nawyki:** zamknięte drzwi po prysznicu, mokre ręczniki suszone w łazience, brak wycierania kabiny.

**Co sprawdzić na start:**
- Kup prosty higrometr (20–40 zł). Wilgotność w mieszkaniu powinna wynosić 40–60%. Jeśli w łazience godzinę po prysznicu nadal jest powyżej 70%, wentylacja nie daje rady.
- Wyczyść kratkę wentylacyjną i zostaw po kąpieli otwarte drzwi łazienki.
"""),
h("""
Czym to wyczyścić? Mam dwójkę małych dzieci, więc wolałabym nie używać środków z chlorem.
"""),
g("""
To bardzo ważne pytanie, zwłaszcza gdy w domu są małe dzieci. Chcesz wiedzieć, czym wyczyścić pleśń z fug i z sufitu w łazience tak, żeby było to bezpieczne dla dzieci i nie wymagało użycia środków z chlorem.

Wybór odpowiedniego środka do usuwania pleśni ma duże znaczenie, bo łazienka to miejsce, z którego dzieci korzystają codziennie. Dobrze, że zwracasz na to uwagę już teraz, zanim zaczniesz sprzątać, bo bezpieczeństwo dzieci powinno być zawsze na pierwszym miejscu.
"""),
h("""
Czy warto zamontować wentylator w kratce wentylacyjnej?
"""),
g("""
Może pomóc, ale w bloku z wentylacją grawitacyjną trzeba do tego podejść ostrożnie.

**Na co uważać:**
- **Sprawdź, czy masz w mieszkaniu urządzenie gazowe z otwartą komorą spalania** (np. starszy piecyk gazowy lub junkers w łazience). W takim pomieszczeniu **nie wolno montować wentylatora wyciągowego**, bo może odwrócić ciąg w przewodzie spalinowym i wciągnąć tlenek węgla do mieszkania. To realne zagrożenie życia.
- **Zapytaj spółdzielnię lub wspólnotę.** Często mają własne zasady co do wentylatorów w pionach wentylacyjnych, bo zbyt mocny wentylator może zakłócać wentylację u sąsiadów.
- **Najpierw przegląd kominiarski.** Kominiarz sprawdzi, czy przewód jest drożny i jaki ma ciąg. Czasem wystarczy udrożnienie kanału.

**Jeśli wentylator jest dopuszczalny:**
- Wybierz model **z zaworem zwrotnym**, który zamyka się, gdy wentylator nie pracuje, żeby zapachy od sąsiadów nie cofały się do łazienki.
- Najwygodniejszy jest wentylator **z higrostatem** (włącza się sam, gdy wilgotność przekroczy np. 65–70%) albo z wyłącznikiem czasowym, który pracuje jeszcze 10–20 minut po wyjściu z łazienki.
- Wydajność rzędu **80–100 m³/h** wystarcza zwykle dla typowej łazienki w bloku.

**Alternatywa bez ingerencji w wentylację:** mały osuszacz powietrza (ok. 400–900 zł) włączany po kąpieli. Do tego otwarte drzwi i wycieranie ścian kabiny ściągaczką po każdym prysznicu, co zajmuje minutę i bardzo ogranicza wilgoć.
"""),
h("""
W którym momencie powinnam wezwać fachowca, a nie walczyć z tym sama?
"""),
g("""
Samodzielnie można spokojnie poradzić sobie z niewielkimi, powierzchniowymi ogniskami. Fachowca warto wezwać, gdy:

- **Pleśń zajmuje większą powierzchnię**, orientacyjnie powyżej 1 m² w jednym miejscu.
- **Wraca po kilku tygodniach** mimo czyszczenia i poprawy wentylacji. To sygnał, że przyczyna jest głębiej.
- **Czuć stęchliznę**, choć na powierzchni nic nie widać. Pleśń może rozwijać się za płytkami, pod silikonem, za zabudową wanny.
- **Ściana jest wilgotna w dotyku** albo pojawiają się zacieki, łuszcząca się farba lub odpadające płytki. Może to oznaczać przeciek z instalacji, od sąsiada z góry albo uszkodzoną izolację.
- **Silikon przy brodziku jest czarny w środku.** Tego nie da się doczyścić; trzeba go wyciąć i położyć nowy, najlepiej silikon sanitarny z dodatkiem środka grzybobójczego.
- **Ktoś w domu ma objawy**, takie jak nasilający się kaszel, katar czy objawy astmy, które słabną poza domem. Wtedy warto porozmawiać też z lekarzem.

**Kogo wezwać:**
- **Kominiarza**, jeśli podejrzewasz problem z wentylacją.
- **Spółdzielnię lub zarządcę budynku**, jeśli chodzi o piony wentylacyjne, przecieki z innych mieszkań albo zimne ściany zewnętrzne. To często leży w ich obowiązkach.
- **Firmę zajmującą się osuszaniem i usuwaniem grzybów**, jeśli pleśń weszła w tynk lub ściany.

Zrób zdjęcia z datami, zanim zaczniesz rozmowy ze spółdzielnią; ułatwi to udowodnienie, że problem się powtarza.
"""),
]))

# ---------------------------------------------------------------- tr: first rental flat (good)
ITEMS.append(item("good", "tr",
"Good: four-turn Turkish dialogue on renting a first flat in Istanbul (costs, contract clauses, utility subscriptions, getting the deposit back); specific and consistent.",
[
h("""
İstanbul'da ilk kez tek başıma ev kiralayacağım. Aylık kira bütçem 25.000 TL civarında. Nelere dikkat etmeliyim, ilk başta ne kadar para hazırlamam gerekir?
"""),
g("""
İlk ev kiralarken en sık yapılan hata, sadece kira rakamına bakmak. **Toplam aylık maliyeti** ve **ilk giriş maliyetini** ayrı ayrı hesaplamak gerekiyor.

**İlk giriş maliyeti (25.000 TL kira için tahmini):**
- **Depozito:** Genellikle 1–2 aylık kira. Türk Borçlar Kanunu'na (md. 342) göre depozito **en fazla 3 aylık kira** olabilir. → 25.000–50.000 TL
- **İlk ayın kirası:** 25.000 TL
- **Emlakçı hizmet bedeli:** Yaygın uygulama **1 aylık kira + KDV**. → yaklaşık 30.000 TL. Kimin ne kadar ödeyeceğini baştan netleştirin.
- **Nakliye ve ilk eşyalar:** Şehir içi küçük bir taşınma 5.000–15.000 TL, perde, ampul, temizlik malzemesi gibi ilk ihtiyaçlar birkaç bin lira.
- **Abonelik güvence bedelleri:** Su, elektrik ve doğalgaz için birkaç bin lira.

Toplamda **90.000–125.000 TL** civarı hazırlamak gerçekçi olur.

**Aylık maliyet:** Kira + **aidat** (sitelerde 1.500–5.000 TL veya daha fazla olabilir) + faturalar (kışın doğalgaz ciddi artar) + internet.

**Evi gezerken kontrol edin:**
- Duvarlarda, köşelerde, dolap arkalarında **nem ve küf**
- Kombinin yaşı ve son bakımı, su basıncı, pencerelerin yalıtımı
- Gürültü (ana cadde, bar, okul), güneş alıp almadığı, toplu taşımaya uzaklık
- Binanın yapım yılı ve deprem durumu; 2000 sonrası binalar genelde daha güncel yönetmeliğe göre yapılmıştır, ama tek başına garanti değildir.

**Mal sahibini doğrulayın:** Tapu belgesindeki isim ile sözleşmeyi imzalayacak kişinin aynı olduğundan emin olun. Vekaletle kiralanıyorsa vekaletnamenin aslını görün.
"""),
h("""
Kira sözleşmesinde özellikle nelere bakmalıyım?
"""),
g("""
Sözleşmeyi imzalamadan önce şu maddeleri tek tek kontrol edin:

1. **Taraflar ve adres:** Ev sahibinin ve sizin kimlik bilgileriniz, dairenin açık adresi eksiksiz olmalı.
2. **Kira bedeli ve ödeme şekli:** Tutar, her ayın hangi günü ödeneceği ve **banka hesabına** ödeme yapılacağı yazılsın. Elden ödeme yapmayın; havalede açıklamaya "Mart 2025 kirası" gibi not düşün ve dekontları saklayın.
3. **Süre:** Genelde 1 yıldır. Konut kiralarında kiracı süre sonunda çıkmak istemezse sözleşme kendiliğinden uzar; ev sahibi ise ancak kanunda sayılan sebeplerle tahliye isteyebilir.
4. **Kira artışı:** Yenilenen kira dönemlerinde artış, **bir önceki kira yılındaki 12 aylık TÜFE ortalamasını** geçemez (TBK md. 344). Sözleşmede bunun üzerinde bir oran yazıyorsa geçerli olmaz.
5. **Depozito:** Tutarı ve nasıl iade edileceği yazılsın. Kanuna göre para olarak verilen depozito, kiracının onayı olmadan çekilemeyecek şekilde bir vadeli hesaba yatırılabilir.
6. **Demirbaş listesi:** Kombi, klima, ankastre fırın, dolaplar, perdeler gibi evde bırakılan eşyalar ve durumları listelensin.
7. **Mevcut hasarlar:** Taşınmadan önce evin fotoğraf ve videosunu çekin, çizik, leke, kırık gibi şeyleri sözleşmeye ek bir **teslim tutanağı** olarak yazdırın.
8. **Bakım ve onarım:** Kombi arızası gibi büyük masrafların kime ait olduğu.
9. **Özel şartlar:** Evcil hayvan, boya yükümlülüğü, alt kiraya verme gibi konular.

**Dikkat: tahliye taahhütnamesi.** Bazı ev sahipleri sözleşmeyle birlikte tarihi boş bir tahliye taahhütnamesi imzalatmak ister. Kanuna göre tahliye taahhüdünün **ev kiracıya teslim edildikten sonra** verilmesi gerekir; sözleşmeyle aynı anda imzalanan taahhütnameler mahkemede genelde geçersiz sayılır. Yine de **boş tarihli bir taahhütname imzalamayın.**
"""),
h("""
Elektrik, su ve doğalgaz aboneliklerini nasıl açtırırım?
"""),
g("""
Üçü için de benzer belgeler istenir. Önceden hazırlarsanız işler hızlı ilerler.

**Genelde gerekenler:**
- Kimlik kartınız
- **Kira sözleşmesi**
- **DASK poliçesi:** Zorunlu deprem sigortası. Su ve doğalgaz aboneliğinde poliçe numarası istenir. Poliçeyi normalde ev sahibi yaptırır; geçerli olup olmadığını sorun.
- Bazen tapu fotokopisi veya adres kodu (UAVT kodu). Adres kodunu e-Devlet'ten veya belediyeden öğrenebilirsiniz.

**Su – İSKİ**
- İSKİ'nin internet sitesinden, e-Devlet'ten veya İSKİ şubelerinden başvurabilirsiniz.
- Güvence bedeli ödenir; taşınırken aboneliği kapattığınızda iade edilir.

**Doğalgaz – İGDAŞ**
- e-Devlet veya İGDAŞ'ın online işlemleri üzerinden başvuru yapılabilir.
- Güvence bedelini ödedikten sonra gaz açma için randevu verilir; genelde 1–2 gün içinde sayaç açılır.
- Kombiyi ilk kez çalıştırmadan önce yetkili servise kontrol ettirmeniz iyi olur.

**Elektrik**
- İstanbul'da yakaya göre görevli şirket değişir: Avrupa Yakası'nda **CK Boğaziçi Elektrik**, Anadolu Yakası'nda **Enerjisa**.
- Online, çağrı merkezi veya müşteri hizmetleri merkezi üzerinden başvurulur.

**Önemli ipucu:** Taşındığınız gün üç sayacın da **fotoğrafını çekin** (endeks görünecek şekilde). Eski kiracının aboneliğini kapatıp kapatmadığını ve borç bırakıp bırakmadığını kontrol edin; sizin aboneliğiniz bu endeksten başlamalı.
"""),
h("""
Çıkarken depozitomu sorunsuz geri alabilmek için şimdiden ne yapmalıyım?
"""),
g("""
Depozito anlaşmazlıklarının çoğu, giriş sırasında evin durumunun belgelenmemesinden çıkar. Şimdiden yapabilecekleriniz:

**Girişte:**
- Evin her odasının **tarihli fotoğraf ve videosunu** çekin: duvarlar, zemin, mutfak dolapları, banyo, kombi, pencereler. Dosyayı e-postayla hem kendinize hem ev sahibine gönderin; böylece tarih kanıtı oluşur.
- Varsa hasarları **teslim tutanağına** yazdırıp iki tarafın da imzalamasını sağlayın.

**Oturduğunuz süre boyunca:**
- Kiraları hep **banka üzerinden** ödeyin.
- Önemli arızaları ev sahibine **yazılı olarak** (mesaj veya e-posta) bildirin.
- Duvara büyük delik açmak, boya rengi değiştirmek gibi işler için önceden yazılı izin alın.

**Çıkarken:**
- **Olağan kullanımdan kaynaklanan yıpranma** (zamanla solan boya, normal kullanımla eskiyen parke) için kiracıdan bedel istenemez. Sizden ancak özensiz kullanım sonucu oluşan hasarlar istenebilir.
- Evi temiz teslim edin, çıkışta da fotoğraf ve video çekin.
- Faturaların son endekslerini kapatın ve borç olmadığını gösteren belgeleri saklayın.
- Anahtarı teslim ederken bir **teslim tutanağı** imzalayın.

**Ev sahibi depozitoyu vermezse:** Önce yazılı olarak talep edin. Sonuç alamazsanız kira uyuşmazlıklarında dava açmadan önce **arabulucuya başvurmak zorunludur** (1 Eylül 2023'ten beri). Arabuluculuk bürosuna adliyeden başvurabilirsiniz; çoğu uyuşmazlık bu aşamada çözülür.
"""),
]))

# ---------------------------------------------------------------- nl: solar panels (placeholder in the e-mail of turn 4)
ITEMS.append(item("placeholder", "nl",
"Placeholder (subtle): the quote-request e-mail in turn 4 ends with '{naam}' instead of the name Sanne de Vries that the user supplied in the same turn.",
[
h("""
Wij overwegen zonnepanelen op ons rijtjeshuis in Utrecht. Het dak ligt op het zuiden, ongeveer 20 m² bruikbaar, en ons verbruik is ongeveer 3.200 kWh per jaar. Hoeveel panelen passen erop en wat leveren ze op?
"""),
g("""
Met een zuiddak van 20 m² zit u in een gunstige situatie.

**Hoeveel panelen?**
- Een gangbaar paneel is ongeveer 1,7–2,0 m² groot en heeft een vermogen van 400–430 Wp (wattpiek).
- Rekening houdend met randafstand en eventuele obstakels zoals een dakraam of ontluchtingspijp, passen er op 20 m² meestal **9 à 10 panelen**.
- 10 panelen × 420 Wp = **4,2 kWp**.

**Hoeveel leveren ze op?**
- In Nederland levert een goed geplaatst systeem op het zuiden ongeveer **0,85–0,95 kWh per Wp per jaar**.
- Voor 4,2 kWp is dat zo'n **3.600–4.000 kWh per jaar**. Op papier dekt dat uw volledige verbruik van 3.200 kWh.

**Maar let op de gelijktijdigheid:** zonder aanpassingen gebruikt een huishouden meestal maar **25–35%** van de opgewekte stroom direct zelf, namelijk overdag. De rest gaat terug het net op. Hoeveel dat oplevert, hangt sterk af van de salderingsregeling en uw energiecontract.

**Kosten:** voor 10 panelen inclusief omvormer en installatie kunt u rekenen op ongeveer **€ 4.500–6.000**. Sinds 2023 geldt voor zonnepanelen op of bij woningen een **btw-tarief van 0%**, dus dat hoeft u niet meer terug te vragen.

Schaduw van schoorstenen, dakkapellen of bomen van de buren kan de opbrengst flink verlagen; laat een installateur dat ter plekke beoordelen.
"""),
h("""
Hoe zit het met de salderingsregeling? Ik hoor overal dat die stopt.
"""),
g("""
Dat klopt. De **salderingsregeling stopt per 1 januari 2027**; dat is eind 2024 definitief besloten.

**Tot en met 2026:** de stroom die u terug levert, wordt op uw jaarafrekening volledig weggestreept tegen de stroom die u van het net haalt. Met 3.600–4.000 kWh opwekking en 3.200 kWh verbruik betaalt u dan vrijwel niets meer voor het stroomverbruik zelf (vaste kosten en netbeheerkosten blijven wel).

**Vanaf 2027:** teruggeleverde stroom wordt niet meer verrekend, maar u krijgt er een **terugleververgoeding** voor. Tot 2030 moet die vergoeding volgens de wet minimaal **50% van het kale leveringstarief** zijn. De stroom die u direct zelf gebruikt, blijft natuurlijk volledig besparen.

**Terugleverkosten:** veel energieleveranciers rekenen nu al **terugleverkosten**, vaak een bedrag per teruggeleverde kWh of een vast bedrag per maand. Dat kan oplopen tot een paar honderd euro per jaar. Vergelijk contracten hier kritisch op.

**Wat betekent dit voor de terugverdientijd?**
- Met saldering: globaal **5–7 jaar**.
- Na 2027, afhankelijk van uw eigen verbruik overdag en uw contract: eerder **7–10 jaar**. Panelen gaan 25–30 jaar mee, dus het blijft meestal rendabel.

**Zo haalt u er meer uit:**
- Verschuif verbruik naar overdag: vaatwasser, wasmachine en droger met uitgestelde start rond het middaguur.
- Een thuisbatterij is nu meestal nog niet rendabel, maar kan met een dynamisch energiecontract interessanter worden. Wacht daarmee tot na 2027 en reken het dan opnieuw door.
"""),
h("""
Waar moet ik op letten als ik offertes vergelijk?
"""),
g("""
Vraag **minstens drie offertes** aan en vergelijk ze op dezelfde punten:

1. **Prijs per wattpiek:** deel de totaalprijs door het totale vermogen. Voor een compleet systeem van deze grootte is **€ 1,10–1,40 per Wp** inclusief installatie een redelijke richtlijn.
2. **Panelen:** merk, type, vermogen per paneel en rendement. Bekende merken zijn onder andere Jinko, Trina, LONGi en REC.
3. **Omvormer:** één centrale omvormer (goedkoper, bijvoorbeeld SolarEdge, Huawei of GoodWe), of micro-omvormers/optimizers per paneel (duurder, maar beter bij gedeeltelijke schaduw).
4. **Garanties:**
   - productgarantie op panelen: liefst **15–25 jaar**
   - vermogensgarantie: na 25–30 jaar nog ongeveer **80–87%** van het oorspronkelijke vermogen
   - garantie op de omvormer: vaak 10–12 jaar, soms uit te breiden
   - garantie op het installatiewerk zelf, inclusief eventuele daklekkages
5. **Meterkast:** een aparte groep voor de omvormer is meestal nodig. Staat die in de offerte, en wat kost een eventuele aanpassing van de meterkast?
6. **Dakcontrole en bevestiging:** hoe wordt het systeem bevestigd, en wordt de staat van de dakpannen vooraf gecontroleerd?
7. **Erkenning en reviews:** kies een erkende installateur, bijvoorbeeld met een InstallQ-erkenning, en lees reviews van klanten uit uw regio.
8. **Aanmelding:** de installatie moet worden aangemeld bij uw netbeheerder via **energieleveren.nl**. Veel installateurs doen dit voor u; vraag het na.
9. **Betaling:** betaal nooit het volledige bedrag vooraf. Een aanbetaling van maximaal 20–30% is gebruikelijk.

Laat de offerte ook een **opbrengstberekening** bevatten voor uw specifieke dak, inclusief schaduw.
"""),
h("""
Kun je een korte e-mail opstellen om drie installateurs om een offerte te vragen? Mijn naam is Sanne de Vries, adres Kanaalweg 112 in Utrecht, telefoon 06-41827753. We willen graag een bezoek aan huis.
"""),
g("""
Natuurlijk. Hier is een e-mail die u naar alle drie de installateurs kunt sturen:

---

**Onderwerp:** Offerteaanvraag zonnepanelen – Kanaalweg 112, Utrecht

Geachte heer/mevrouw,

Wij overwegen zonnepanelen op ons rijtjeshuis aan de Kanaalweg 112 in Utrecht en ontvangen graag een offerte.

Enkele gegevens:
- Dakoriëntatie: zuid
- Bruikbaar dakoppervlak: ongeveer 20 m²
- Jaarlijks stroomverbruik: ongeveer 3.200 kWh

Graag ontvangen wij in de offerte:
- het aantal panelen, het merk en type, en het totale vermogen (Wp)
- het type omvormer
- een opbrengstberekening voor ons dak, inclusief eventuele schaduw
- de garantievoorwaarden voor panelen, omvormer en installatie
- eventuele kosten voor aanpassing van de meterkast
- de verwachte doorlooptijd tot installatie

Wij stellen een bezoek aan huis op prijs, zodat u het dak en de meterkast kunt bekijken. U kunt mij bereiken op 06-41827753 of via dit e-mailadres om een afspraak te plannen.

Met vriendelijke groet,

{naam}

---

Tip: stuur de e-mail op dezelfde dag naar alle drie, zodat de offertes ongeveer tegelijk binnenkomen en u ze makkelijker kunt vergelijken.
"""),
]))

# ---------------------------------------------------------------- vi: sewing machine (bad_length: rambling turn 3)
ITEMS.append(item("bad_length", "vi",
"Bad length: the turn-3 reply to 'which needle size and thread for denim?' is a long ramble about the history of jeans and the textile industry that never gives a needle size or thread type.",
[
h("""
Mình muốn mua máy may gia đình đầu tiên, chủ yếu để sửa quần áo, may rèm cửa và thỉnh thoảng lên gấu quần jean. Ngân sách khoảng 4–6 triệu đồng. Nên chọn loại nào?
"""),
g("""
Với nhu cầu của bạn, một chiếc **máy may gia đình loại cơ (không phải máy điện tử)** trong tầm 4–6 triệu là lựa chọn hợp lý: bền, dễ dùng, dễ sửa và đủ khỏe cho vải dày ở mức vừa phải.

**Tiêu chí nên ưu tiên:**
1. **Động cơ và khung máy đủ khỏe:** vì bạn có nhu cầu may jean, nên chọn máy có khung kim loại bên trong và động cơ mạnh. Một số dòng "heavy duty" được thiết kế riêng cho vải dày.
2. **Các mũi may cơ bản:** mũi thẳng, mũi zigzag (để vắt sổ đơn giản, may vải co giãn), và **thùa khuyết tự động 1 bước hoặc 4 bước**. Bạn không cần hàng trăm kiểu mũi trang trí.
3. **Điều chỉnh chiều dài và độ rộng mũi may.**
4. **Suốt chỉ nạp từ trên (drop-in bobbin):** dễ lắp, dễ nhìn thấy khi sắp hết chỉ, rất tiện cho người mới.
5. **Xỏ kim tự động và chân vịt dễ thay.**

**Một số dòng phổ biến ở Việt Nam trong tầm giá này** (giá thay đổi theo cửa hàng): Janome 2212, Brother JV1400, Singer 4423 Heavy Duty. Singer 4423 được nhiều người chọn khi cần may jean và vải dày.

**Nên tránh:** các loại máy may mini cầm tay hoặc máy "đa năng" giá 1–2 triệu. Chúng thường yếu, hay rối chỉ và gần như không may được jean.

Nếu có thể, hãy đến cửa hàng để **may thử trên một miếng vải jean gấp đôi** trước khi mua, và hỏi rõ chế độ bảo hành (thường 1–2 năm) cũng như nơi bảo dưỡng gần nhà.
"""),
h("""
Mình đã mua máy về rồi, nhưng cứ may được vài mũi là chỉ dưới bị rối thành một cục ở mặt dưới vải. Sửa thế nào?
"""),
g("""
Hiện tượng này thường được gọi là "tổ chim". Điều bất ngờ là nguyên nhân **gần như luôn nằm ở chỉ trên**, không phải ở suốt chỉ dưới. Khi chỉ trên không đi qua đĩa căng chỉ, nó bị lỏng và dồn thành cục ở mặt dưới vải.

**Làm lần lượt các bước sau:**
1. **Nâng chân vịt lên rồi xỏ lại toàn bộ chỉ trên.** Khi chân vịt nâng lên, đĩa căng chỉ mở ra để chỉ lọt vào giữa. Nếu xỏ chỉ khi chân vịt đang hạ, chỉ sẽ nằm ngoài đĩa căng, và đây là nguyên nhân phổ biến nhất.
2. **Quay kim lên vị trí cao nhất** trước khi xỏ chỉ (quay tay quay về phía bạn).
3. **Kiểm tra cách đặt suốt chỉ:** với loại suốt nạp từ trên, chỉ thường phải chạy ngược chiều kim đồng hồ khi nhìn từ trên xuống. Hãy xem sơ đồ trên nắp máy hoặc trong sách hướng dẫn.
4. **Kiểm tra kim:** kim phải được lắp lên tận cùng, mặt phẳng của chuôi kim quay về phía sau (với đa số máy gia đình). Kim cong hoặc cùn cũng gây rối chỉ.
5. **Giữ hai đầu chỉ khi bắt đầu may:** giữ nhẹ đầu chỉ trên và chỉ dưới về phía sau trong 2–3 mũi đầu tiên.
6. **Dùng chỉ tốt:** chỉ rẻ tiền dễ bị xù, đứt và rối.

Sau khi xỏ lại đúng cách, bạn thử may trên một miếng vải cotton gấp đôi. Trong hầu hết trường hợp, lỗi sẽ hết ngay.
"""),
h("""
Vậy khi may vải jean thì nên dùng kim số mấy và loại chỉ nào?
"""),
g("""
Vải jean có một lịch sử rất thú vị. Tên gọi "denim" bắt nguồn từ cụm từ tiếng Pháp "serge de Nîmes", nghĩa là loại vải chéo từ thành phố Nîmes ở miền nam nước Pháp. Trong khi đó, chữ "jean" được cho là xuất phát từ Genoa, một thành phố cảng của Ý, nơi các thủy thủ mặc quần làm từ loại vải bông dày và bền.

Đến năm 1873, Levi Strauss, một thương nhân người Đức sinh sống ở San Francisco, cùng người thợ may Jacob Davis đã nhận bằng sáng chế cho kiểu quần dùng đinh tán bằng đồng để gia cố các góc túi. Chiếc quần này ban đầu dành cho công nhân mỏ vàng trong thời kỳ "cơn sốt vàng" ở California, bởi họ cần một loại quần chịu được công việc nặng nhọc. Màu xanh chàm đặc trưng của jean đến từ thuốc nhuộm indigo, và vì thuốc nhuộm chỉ bám ở bề mặt sợi nên quần jean bạc màu dần theo thời gian, tạo nên những vệt sờn mà nhiều người yêu thích.

Đến giữa thế kỷ 20, quần jean trở thành biểu tượng của giới trẻ và văn hóa nổi loạn nhờ các ngôi sao điện ảnh như James Dean và Marlon Brando. Ở Việt Nam, quần jean bắt đầu phổ biến rộng rãi từ những năm 1990, khi kinh tế mở cửa và hàng may mặc nước ngoài xuất hiện nhiều hơn. Ngày nay, Việt Nam là một trong những nước xuất khẩu dệt may lớn nhất thế giới, và nhiều thương hiệu jean nổi tiếng có nhà máy sản xuất ở các tỉnh như Bình Dương, Đồng Nai hay Nam Định. Xu hướng thời trang cũng thay đổi liên tục: từ quần ống loe những năm 70, quần ống đứng, quần skinny bó sát trong thập niên 2010, cho đến kiểu ống rộng và "mom jeans" đang được ưa chuộng gần đây. Có thể nói, hiếm có loại trang phục nào gắn bó lâu dài và đa dạng như chiếc quần jean.
"""),
h("""
Bao lâu thì mình nên vệ sinh và tra dầu cho máy một lần?
"""),
g("""
Bảo dưỡng đều đặn giúp máy chạy êm và bền hơn rất nhiều. Bạn có thể theo lịch sau:

**Sau mỗi 8–10 giờ may, hoặc sau mỗi dự án lớn (như may rèm):**
- Tháo tấm kim loại phía dưới chân vịt (mặt nguyệt) và ổ suốt.
- Dùng chổi nhỏ đi kèm máy để quét sạch bụi vải và xơ chỉ. Không nên dùng máy nén khí hoặc thổi bằng miệng, vì sẽ đẩy bụi vào sâu hơn và hơi ẩm từ miệng có thể gây gỉ.

**Thay kim:**
- Sau khoảng **6–8 giờ may**, hoặc mỗi khi bắt đầu một dự án mới.
- Thay ngay nếu kim bị cong, cùn, hoặc khi nghe tiếng "lộp cộp" lúc kim đâm qua vải.

**Tra dầu:**
- **Xem sách hướng dẫn trước tiên.** Nhiều máy gia đình đời mới (kể cả một số dòng của Brother và Janome) được thiết kế **không cần người dùng tra dầu**, và tra dầu sai chỗ có thể làm bẩn vải hoặc hỏng máy.
- Nếu sách hướng dẫn có chỉ định, chỉ dùng **dầu máy may chuyên dụng** (loại trong, không màu), nhỏ 1–2 giọt vào đúng các vị trí được đánh dấu, chạy máy không chỉ vài giây, rồi may thử trên vải vụn để thấm hết dầu thừa.

**Hằng năm hoặc 2 năm một lần:**
- Mang máy đi bảo dưỡng tại cửa hàng hoặc trung tâm bảo hành, nhất là nếu bạn may nhiều hoặc thấy máy chạy nặng, kêu to.

Ngoài ra, luôn **đậy máy bằng áo trùm** khi không dùng để tránh bụi và ẩm, đặc biệt trong mùa nồm ẩm.
"""),
]))

# ---------------------------------------------------------------- pt: wedding budget (leakage, turn 3)
ITEMS.append(item("leakage", "pt",
"Leakage: the turn-3 reply starts with the AI boilerplate 'Como um modelo de linguagem de IA, não tenho opiniões pessoais...' before the actual advice on hiring a wedding planner.",
[
h("""
Vamos casar em outubro do ano que vem em Campinas. Serão uns 120 convidados e nosso orçamento total é de R$ 60.000. Como devemos dividir esse dinheiro?
"""),
g("""
Parabéns pelo casamento! R$ 60.000 para 120 convidados em Campinas é um orçamento viável, desde que vocês definam prioridades logo no começo. Uma divisão que funciona bem para a maioria dos casais:

| Categoria | % | Valor aproximado |
|---|---|---|
| Espaço + buffet (comida e bebida) | 45% | R$ 27.000 |
| Fotografia e vídeo | 11% | R$ 6.600 |
| Decoração e flores | 9% | R$ 5.400 |
| Música (DJ ou banda) | 6% | R$ 3.600 |
| Vestido, traje, cabelo e maquiagem | 9% | R$ 5.400 |
| Convites, papelaria e lembrancinhas | 3% | R$ 1.800 |
| Cerimônia, cartório e celebrante | 3% | R$ 1.800 |
| Assessoria ou cerimonial | 4% | R$ 2.400 |
| Reserva para imprevistos | 10% | R$ 6.000 |

**Como usar essa tabela:**
- **Escolham juntos as 2 ou 3 prioridades.** Se fotografia é o mais importante para vocês, tirem um pouco da decoração ou das lembrancinhas, e não o contrário.
- **O buffet é o item que mais escala com o número de convidados.** Com R$ 27.000 para 120 pessoas, vocês têm cerca de R$ 225 por pessoa para espaço, comida e bebida. Em Campinas e região, isso é possível, especialmente em espaços que já incluem buffet.
- **Mantenham a reserva de 10%.** Quase todo casamento tem custos que aparecem no caminho: taxa de rolha, horas extras, transporte, alimentação de fornecedores.

Montem uma planilha com três colunas, "orçado", "contratado" e "pago", para acompanhar tudo ao longo dos meses.
"""),
h("""
O buffet é de longe o maior gasto. Como economizar nessa parte sem parecer que foi uma festa "econômica"?
"""),
g("""
Dá para economizar bastante sem que os convidados percebam. As estratégias que mais fazem diferença:

1. **Data e horário:** sexta-feira à noite, domingo ou almoço de sábado costumam ser de 15% a 30% mais baratos do que sábado à noite. Outubro é alta temporada, então negociem logo.
2. **Espaço com buffet incluso:** pacotes fechados geralmente saem mais em conta do que contratar espaço e buffet separadamente, e simplificam a logística.
3. **Formato do serviço:** coquetel reforçado ou "finger food" com ilhas (massas, risotos, mesa de frios) costuma ser mais barato que jantar empratado e, bem-feito, parece até mais sofisticado.
4. **Bebidas:** em vez de open bar completo, ofereçam cerveja, vinho, espumante para o brinde, refrigerante e água, mais um drink da casa. Se o espaço permitir, comprem as bebidas por conta própria e verifiquem a taxa de rolha.
5. **Bolo:** um bolo cenográfico com apenas um andar de verdade para o corte, e um bolo de corte simples servido na cozinha, custa bem menos.
6. **Doces:** 3 a 4 doces finos por convidado são suficientes; dá para complementar com doces tradicionais mais baratos, como brigadeiro e beijinho.
7. **Lista de convidados:** cada 10 convidados a menos economizam, em média, R$ 2.000 a R$ 2.500 nesse orçamento. Revisar a lista é, de longe, a forma mais eficaz de economizar.
8. **Negociação:** peçam orçamentos de pelo menos três buffets, comparem o que está incluído (garçons, louça, toalhas, horas de festa) e perguntem sobre descontos para pagamento antecipado.
"""),
h("""
Vale a pena contratar uma assessoria ou cerimonial? Ou dá para fazer tudo sozinhos?
"""),
g("""
Como um modelo de linguagem de IA, não tenho opiniões pessoais nem experiência própria com casamentos, mas posso compartilhar algumas informações gerais que podem ajudar na decisão.

Para um casamento de 120 pessoas, **pelo menos o cerimonial do dia** costuma valer muito a pena.

**Tipos de serviço e valores aproximados na região de Campinas:**
- **Assessoria completa** (acompanha desde a escolha dos fornecedores até o dia): cerca de R$ 5.000 a R$ 10.000. Faz mais sentido para quem tem pouco tempo ou mora longe do local da festa.
- **Assessoria parcial** (entra alguns meses antes, revisa contratos e monta o cronograma): cerca de R$ 3.000 a R$ 5.000.
- **Cerimonial do dia** (coordena a cerimônia, os fornecedores e os horários no dia do evento): cerca de R$ 2.000 a R$ 3.500, geralmente com uma ou duas reuniões antes.

**Por que o cerimonial do dia ajuda:**
- Vocês não precisam resolver atraso de fornecedor, falta de cadeira ou entrada errada de música durante a própria festa.
- A cerimônia sai no horário, com entrada dos padrinhos, alianças e músicas organizadas.
- Pais e padrinhos também conseguem aproveitar a festa em vez de "trabalhar".

**Se quiserem fazer tudo sozinhos:** organizem um cronograma detalhado do dia, com horário e telefone de cada fornecedor, e escolham uma pessoa de confiança que **não seja** da família próxima para ser o ponto de contato no dia.

No orçamento que montamos, os R$ 2.400 reservados para assessoria cobrem bem um cerimonial do dia.
"""),
h("""
Quais documentos precisamos para o casamento civil, e com quanta antecedência?
"""),
g("""
O casamento civil começa com o **processo de habilitação** no Cartório de Registro Civil do bairro onde um de vocês mora.

**Documentos mais pedidos (confirmem no cartório, porque há pequenas variações):**
- **Certidão de nascimento** atualizada (para quem é solteiro); se um de vocês for divorciado, certidão de casamento com a averbação do divórcio
- **RG e CPF** dos dois
- **Comprovante de residência** atual
- **Duas testemunhas** maiores de idade, com documento de identidade, quando o cartório exigir
- Se escolherem um regime de bens diferente da comunhão parcial, será preciso fazer um **pacto antenupcial** em Cartório de Notas antes

**Prazos:**
- Depois de dar entrada, o cartório publica o **edital de proclamas**, que fica exposto por **15 dias**.
- A habilitação tem **validade de 90 dias**. Ou seja, o casamento precisa acontecer dentro desse prazo.
- Por isso, o ideal é dar entrada **cerca de 2 a 3 meses antes** da data, nem cedo demais, nem em cima da hora.

**Casamento religioso com efeito civil:** se preferirem não fazer uma cerimônia separada no cartório, podem levar a certidão de habilitação ao celebrante religioso. Depois da cerimônia, o termo precisa ser registrado no cartório dentro do prazo legal de **90 dias**.

**Custos:** as taxas seguem a tabela de emolumentos de cada estado. Em São Paulo, contem com algumas centenas de reais para a habilitação e o registro, além do valor extra caso o juiz de paz vá até o local da festa.
"""),
h("""
Pode nos ajudar com um cronograma de 12 meses para não esquecermos nada?
"""),
g("""
Claro! Considerando o casamento em outubro do ano que vem:

**12 a 10 meses antes**
- Fechar a lista de convidados preliminar e o orçamento detalhado
- Visitar espaços e buffets; reservar o local e a data
- Contratar assessoria ou cerimonial, se forem usar

**10 a 8 meses antes**
- Contratar fotografia e vídeo (os bons fotógrafos lotam outubro cedo)
- Contratar DJ ou banda e decoração
- Começar a pesquisar vestido e traje

**8 a 6 meses antes**
- Escolher vestido (ajustes levam meses) e traje do noivo
- Enviar o "save the date"
- Definir padrinhos e madrinhas

**6 a 4 meses antes**
- Degustação do buffet e definição do cardápio
- Contratar bolo, doces, cabelo e maquiagem
- Encomendar convites e papelaria
- Se necessário, fazer o pacto antenupcial

**4 a 2 meses antes**
- Enviar os convites (cerca de 60 a 90 dias antes)
- **Dar entrada na habilitação no cartório** (2 a 3 meses antes, por causa da validade de 90 dias)
- Comprar as alianças; prova de cabelo e maquiagem

**1 mês antes**
- Confirmar presença dos convidados e passar o número final ao buffet
- Montar o mapa de mesas, se houver
- Reunião final com o cerimonial: cronograma do dia e contatos de todos os fornecedores

**Semana do casamento**
- Últimas provas de roupa, pagamentos finais combinados em contrato
- Separar documentos, alianças e lembrancinhas
- Descansar o máximo possível

Guardem todos os contratos numa pasta única (física ou digital) e anotem as datas de pagamento na planilha do orçamento.
"""),
]))
