from c_util import conv, raw, D

DIALOGUES = []

# es: grief and loneliness (good, 5 turns)
DIALOGUES.append(D("good", "es",
"Good: acompañamiento en el duelo por la abuela; respuestas empáticas y concretas (rituales de los domingos, ira en el duelo, planes en Valencia, señales de alarma y el 024).",
conv(
"""Hace tres meses murió mi abuela, que fue quien me crió. Vivo sola en Valencia y desde entonces me siento muy sola, sobre todo los domingos, que era cuando comíamos juntas. No sé qué hacer con tanto vacío.""",
"""Siento mucho la pérdida de tu abuela. Si ella te crió, no perdiste "solo" a una abuela: perdiste a tu madre de crianza, a tu casa emocional y a la persona con la que compartías la rutina. Es lógico que el vacío sea enorme.

Lo que cuentas de los domingos es muy común en el duelo. Los momentos que compartíamos con alguien se convierten en los más difíciles, porque la ausencia se nota justo donde antes había presencia. Y tres meses es todavía muy poco tiempo: muchas personas sienten que el duelo se intensifica precisamente ahora, cuando los demás ya han vuelto a su vida.

Algunas ideas que a otras personas les han ayudado:

- **No intentes que el domingo sea un día normal.** Dale una forma nueva: algo pequeño y planeado de antemano, para que no te encuentre sin nada que hacer.
- **Mantén un vínculo con ella.** Cocinar alguna receta suya, escuchar la música que le gustaba o escribirle unas líneas contándole tu semana. No es quedarse anclada en el pasado; es llevarla contigo de otra manera.
- **Cuenta a una o dos personas de confianza que los domingos son especialmente duros.** A veces basta con que alguien te llame ese día.
- **Cuida lo básico:** dormir, comer a horas y salir un rato a la calle cada día, aunque sea a caminar. El duelo cansa mucho, física y mentalmente.

No hay una forma correcta de vivir esto ni un plazo para "superarlo". ¿Quieres contarme cómo era un domingo con ella?""",
"""A veces me enfado con ella por haberse ido, y luego me siento fatal por enfadarme. ¿Es raro?""",
"""No es nada raro. La rabia es una de las emociones más habituales en el duelo, y también de las que más culpa generan, precisamente porque parece "injusta" con la persona que se ha ido.

**Por qué aparece la rabia**
- Porque te ha dejado sola, aunque ella no lo eligiera. Una parte de ti lo sabe y otra parte simplemente protesta.
- Porque a veces hay cosas pendientes: conversaciones que no tuvisteis, decisiones que tomó sobre su salud, o el simple hecho de que ya no está para ayudarte.
- Porque la rabia tiene algo de energía, y a veces es más soportable que la tristeza pura.

**El duelo no va por etapas ordenadas**
Quizás has oído hablar de las "fases del duelo" (negación, ira, negociación, depresión, aceptación). Hoy se sabe que no se recorren en orden: van y vienen, se mezclan y vuelven meses después. Muchos especialistas describen el duelo como un vaivén entre momentos centrados en la pérdida y momentos centrados en seguir adelante con la vida. Enfadarte un día y sentir ternura al siguiente es parte de ese vaivén.

**Qué puedes hacer con la rabia**
- **Decirla en voz alta o escribirla.** Una carta a tu abuela diciéndole "estoy enfadada contigo porque…" puede aliviar mucho. No tienes que enseñársela a nadie.
- **Moverte:** caminar rápido, nadar o cualquier ejercicio ayuda a descargar la tensión del cuerpo.
- **Tratarte como tratarías a una amiga.** Si una amiga te contara esto, no pensarías que es mala persona, ¿verdad?

Enfadarte con ella no borra lo mucho que la quieres. Al contrario: solo se echa tanto de menos a quien se ha querido mucho.""",
"""Me gustaría hacer algo los domingos para no quedarme en casa. ¿Alguna idea en Valencia?""",
"""Valencia tiene muchas opciones para los domingos. Te propongo algunas según el ánimo que tengas:

**Para días tranquilos**
- **Paseo por el Jardín del Turia.** Son kilómetros de parque en el antiguo cauce del río; puedes caminar desde las Torres de Serranos hasta la Ciudad de las Artes y las Ciencias. Los domingos por la mañana está lleno de gente paseando y corriendo, así que no te sentirás sola, aunque vayas sola.
- **Playa de la Malvarrosa o la Patacona** fuera de temporada: un paseo por la orilla y un café frente al mar.
- **Atardecer en la Albufera:** en El Palmar puedes dar un paseo en barca al final de la tarde. Es un plan muy valenciano y muy sereno.

**Para estar con gente**
- **Voluntariado con personas mayores que viven solas.** Hay asociaciones en Valencia que organizan visitas y paseos, y muchas actividades son en fin de semana. Tu ayuntamiento o la plataforma de voluntariado de la Comunitat Valenciana te pueden orientar. A mucha gente en duelo le ayuda dar a otros algo de lo que recibió.
- **Grupos de senderismo o de caminatas** los domingos por la mañana, que suelen anunciarse en redes sociales o aplicaciones de actividades.
- **Grupos de apoyo al duelo:** el Teléfono de la Esperanza (717 003 717) organiza grupos de duelo en varias ciudades, y algunos centros de salud y tanatorios también tienen.

**Para mantener el vínculo con ella**
- **Cocinar su plato del domingo**, quizá invitando a alguien.
- **Visitar algún lugar al que ibais juntas.**

No hace falta llenar todos los domingos. Con tener un plan para la mañana o para la tarde ya es un buen comienzo.""",
"""He pensado en cocinar su arroz al horno el domingo, pero me da miedo derrumbarme.""",
"""Es una idea preciosa, y es normal que te dé miedo. Cocinar su arroz al horno es volver a un lugar muy suyo: los olores, los gestos, la cazuela. Es probable que te emocione, y eso no significa que vaya a salir mal.

Algunas ideas para que sea un momento bueno, aunque haya lágrimas:

- **Date permiso para llorar.** Si te derrumbas un rato mientras cortas la morcilla o pones los garbanzos, no pasa nada. Llorar cocinando su receta no es un fracaso; es una forma de estar con ella.
- **Decide si quieres hacerlo sola o acompañada.** Algunas personas prefieren la intimidad de la primera vez; otras se sienten más seguras con alguien al lado. Una opción intermedia: cocinar sola e invitar a alguien a comer.
- **Prepara el momento.** Pon música que le gustara, saca su receta si la tienes escrita o apunta cómo la recuerdas. Si no recuerdas algún paso, está bien improvisar: tu arroz no tiene que ser idéntico al suyo.
- **Ten un plan para después.** Un paseo corto, una llamada a alguien o simplemente tumbarte un rato. Saber qué harás después da seguridad.
- **Empieza pequeño.** No tiene que ser una gran comida; una cazuela para ti sola ya es un homenaje.

Muchas personas cuentan que la primera vez que cocinaron la receta de alguien querido fue dura, pero que con el tiempo se convirtió en un ritual reconfortante. Quizá dentro de unos años sea tu forma de celebrarla cada domingo.""",
"""Gracias. ¿Cuándo debería preocuparme y pedir ayuda profesional?""",
"""Es una pregunta muy sensata. El duelo duele mucho, pero en general va cambiando con el tiempo, aunque sea poco a poco. Conviene pedir ayuda profesional si notas alguna de estas señales:

**Pide ayuda pronto si:**
- Pasan las semanas y **no puedes funcionar en el día a día**: no consigues ir al trabajo, ocuparte de la casa o de ti misma.
- **Duermes o comes muy mal** de forma continuada, o has perdido bastante peso.
- Usas el **alcohol, los ansiolíticos u otras sustancias** para poder sobrellevarlo.
- Te aíslas por completo y evitas a todo el mundo.
- Con el paso de los meses (más allá de los 6–12 meses), el dolor sigue siendo tan intenso como al principio y no deja espacio para nada más, o sientes que tu vida no tiene sentido sin ella.

**Pide ayuda de inmediato si:**
- Tienes **pensamientos de morir o de hacerte daño**. En España puedes llamar al **024**, la línea de atención a la conducta suicida, gratuita y disponible las 24 horas. En caso de urgencia, llama al **112**.

**Por dónde empezar**
- **Tu médico de cabecera** puede valorar cómo estás y derivarte a psicología.
- **Psicólogos especializados en duelo**, tanto públicos como privados.
- **Grupos de duelo**, como los del Teléfono de la Esperanza.

Y recuerda: no hace falta estar "muy mal" para pedir ayuda. Si sientes que te vendría bien hablar con alguien, ese ya es motivo suficiente.""")))

# sv: voting and local government (good, 4 turns)
DIALOGUES.append(D("good", "sv",
"Good: förstagångsväljare i Uppsala; korrekt om valdag, tre val med gula/blå/vita valsedlar, personröst, förtidsröstning och hur man hittar lokala partiprogram.",
conv(
"""Jag flyttade till Uppsala i våras och ska rösta för första gången i valet i september. Hur går det till? Jag har aldrig röstat förut.""",
"""Kul att du ska rösta för första gången! Så här fungerar det:

**Tre val samma dag**
De allmänna valen hålls den andra söndagen i september vart fjärde år. Då röstar du i tre val samtidigt:
- **Riksdagen** – gula valsedlar
- **Regionfullmäktige** (Region Uppsala, som bland annat ansvarar för sjukvården) – blå valsedlar
- **Kommunfullmäktige** (Uppsala kommun, som ansvarar för till exempel skola, äldreomsorg och stadsplanering) – vita valsedlar

Du kan rösta på olika partier i de tre valen.

**Röstkortet**
Ungefär två–tre veckor före valet får du ett **röstkort** hemskickat. Det skickas till den adress där du är folkbokförd. Eftersom du har flyttat är det viktigt att du har anmält flytten till **Skatteverket**; röstlängden bygger på folkbokföringen ungefär en månad före valdagen. Röstkortet visar vilken vallokal du ska gå till på valdagen.

**På valdagen**
1. Gå till vallokalen som står på röstkortet. Ta med **legitimation**.
2. Ta valsedlar för de partier du vill rösta på. Du kan ta valsedlar bakom en valskärm så att ingen ser vad du väljer, och du kan gärna ta flera partiers sedlar.
3. Gå in bakom valskärmen, lägg en valsedel i varje färgat valkuvert (gult, blått, vitt).
4. Lämna kuverten till röstmottagarna, som kontrollerar din legitimation och lägger rösterna i valurnorna.

Rösten är hemlig, och ingen får påverka dig i vallokalen.""",
"""Vad betyder personröst, och måste jag göra det?""",
"""En **personröst** betyder att du, utöver att rösta på ett parti, markerar vilken kandidat på partiets lista du helst vill se invald.

**Så gör du**
På valsedeln står partiets kandidater i en ordning som partiet har bestämt. Du kan sätta **ett kryss** i rutan framför **en** kandidat. Du får bara kryssa en kandidat per valsedel; kryssar du flera räknas rösten ändå för partiet, men personrösten blir ogiltig.

**Måste du?**
Nej. Personröstning är helt frivilligt. Om du inte kryssar någon går rösten bara till partiet, och partiets egen ordning på listan avgör vilka som blir invalda.

**Varför göra det?**
Om en kandidat får tillräckligt många personröster kan hen bli invald före kandidater som står högre upp på listan. I riksdagsvalet krävs att kandidaten får personröster motsvarande minst **5 procent** av partiets röster i valkretsen. I region- och kommunvalen gäller också 5 procent, men dessutom ett lägsta antal röster. Så kryss kan faktiskt påverka vem som representerar partiet.

**Tips:** kolla kandidaternas presentationer på partiernas hemsidor eller i valmyndighetens information om du vill kryssa någon, till exempel en lokal kandidat som driver en fråga du bryr dig om.""",
"""Jag blir bortrest på valdagen. Hur förtidsröstar jag?""",
"""Inga problem, förtidsröstning är enkelt och väldigt vanligt.

**När och var**
- Förtidsröstningen börjar **18 dagar före valdagen** och pågår till och med valdagen.
- Du kan förtidsrösta i **vilken röstningslokal som helst i hela landet**, inte bara i Uppsala. Röstningslokaler finns ofta på bibliotek, i kommunhus och i köpcentrum. Valmyndighetens webbplats listar adresser och öppettider.

**Det här tar du med dig**
- **Legitimation** (körkort, pass, id-kort).
- **Röstkortet**, om du har fått det. Har du inte fått det eller glömt det kan personalen oftast skriva ut ett nytt på plats.

**Så går det till**
1. Ta valsedlar och gå bakom valskärmen.
2. Lägg en valsedel i vart och ett av de färgade valkuverten, precis som på valdagen.
3. Lämna kuverten och röstkortet till röstmottagaren. Kuverten läggs i ett särskilt ytterkuvert tillsammans med ditt röstkort.
4. Din röst skickas sedan till din vallokal i Uppsala och räknas där.

**Om du är utomlands**
Om du är utomlands under hela förtidsröstningsperioden kan du rösta på en svensk ambassad eller ett konsulat, eller **brevrösta**. Brevröstning måste beställas i god tid, så planera det tidigt.

Ett tips: förtidsrösta tidigt snarare än sent, så slipper du köer och stress.""",
"""Hur tar jag reda på vad partierna i Uppsala tycker i lokala frågor?""",
"""Bra fråga, eftersom de lokala frågorna ofta påverkar vardagen mest: skolor, kollektivtrafik, bostäder och äldreomsorg. Några sätt:

**1. Partiernas lokala valprogram**
De flesta partier har en egen sida för Uppsala kommun och Region Uppsala med sitt lokala valprogram. Sök på partinamnet plus "Uppsala". Jämför gärna vad de säger om de frågor du bryr dig mest om.

**2. Lokala valkompasser och lokalmedia**
Förutom de rikstäckande valkompasserna gör lokala medier ofta egna. Uppsala Nya Tidning (UNT) och Sveriges Radio Upplands lokala redaktion brukar publicera genomgångar, debatter och valkompasser inför kommunvalet.

**3. Se vad partierna faktiskt har gjort**
Kommunfullmäktiges möten i Uppsala är offentliga och brukar webbsändas. Protokoll och beslut finns på kommunens webbplats. Där ser du hur partierna röstat i frågor som redan varit uppe, vilket ofta säger mer än vallöften.

**4. Fråga dem direkt**
- Inför valet står partierna i **valstugor** i centrum, ofta vid Stora torget eller Forumtorget. Gå fram och ställ frågor; det är precis vad de är där för.
- Du kan också mejla partiernas lokala kanslier eller kandidater direkt.

**5. Debatter**
Inför valet ordnas ofta offentliga debatter mellan de lokala toppkandidaterna, till exempel på bibliotek eller universitetet.

Ett tips är att välja ut två eller tre frågor som är viktigast för dig och jämföra partierna bara på dem – annars blir det lätt överväldigande.""")))

# tr: film & book recommendations -> misaligned (replies 2-4 rotated)
_tr_series = """Kısa ve bir iki haftada rahatça bitecek yabancı diziler için önerilerim:

1. **Chernobyl (2019, HBO) – 5 bölüm.** 1986 nükleer felaketini anlatan, inanılmaz gerilimli bir mini dizi. Ağır bir konu ama anlatımı çok güçlü; Kış Uykusu'nu sevenler karakter derinliğini takdir eder.
2. **Olive Kitteridge (2014, HBO) – 4 bölüm.** Maine'de küçük bir kasabada, huysuz ama derin bir emekli öğretmenin 25 yılı. Frances McDormand muhteşem. Sessiz, insan ilişkilerine odaklı bir yapım.
3. **Normal People (2020) – 12 kısa bölüm.** İrlanda'da iki gencin yıllara yayılan ilişkisi. Bölümler yarım saat civarında, çok doğal diyaloglar var.
4. **Mare of Easttown (2021, HBO) – 7 bölüm.** Kate Winslet'in küçük kasaba dedektifini oynadığı bir cinayet dizisi; polisiye ama asıl gücü karakterlerde.

Kış Uykusu tadında bir şey istiyorsanız ilk tercihim **Olive Kitteridge** olur: dört bölümde biter, karakterler ve diyaloglar çok katmanlıdır."""

_tr_book = """Kış Uykusu'nun atmosferine yakın romanlar için önerilerim:

1. **Anton Çehov'un öyküleri** – Film kısmen Çehov'dan, özellikle "Karısı" öyküsünden esinlenir. "Karısı", "Bozkır" ya da "Köpekli Kadın" gibi öyküler, filmdeki uzun konuşmaların ve sessiz gerilimin kaynağını gösterir. Kısa oldukları için film gecesinden sonra hemen başlanabilir.
2. **Orhan Pamuk – Kar** – Kars'ta, karla kapanmış bir şehirde geçen, siyaset, inanç ve yalnızlık üzerine bir roman. Kış manzarası ve Anadolu'daki kapalı atmosfer filme çok yakın.
3. **Yusuf Atılgan – Anayurt Oteli** – Kasabada bir otel kâtibinin yalnızlığını anlatan kısa ama çarpıcı bir roman. Türk edebiyatının en etkileyici psikolojik metinlerinden biri.
4. **Sabahattin Ali – Kuyucaklı Yusuf** – Taşrada adalet, vicdan ve güç ilişkileri; Kış Uykusu'ndaki ev sahibi-kiracı gerilimini sevdiyseniz ilginizi çeker.

Başlangıç için Çehov'un "Karısı" öyküsünü okuyup ardından filmi yeniden düşünmek çok keyifli bir deneyim olur."""

_tr_light = """Daha hafif ama kaliteli Türk filmleri için birkaç öneri:

1. **Vizontele (2001, Yılmaz Erdoğan ve Ömer Faruk Sorak)** – Hakkari'nin küçük bir kasabasına ilk televizyonun gelişi. Çok komik, yer yer hüzünlü; samimi bir taşra hikâyesi.
2. **Organize İşler (2005, Yılmaz Erdoğan)** – İstanbul'da dolandırıcılık çetesinin etrafında dönen bir komedi. Hızlı, eğlenceli, ünlü replikleriyle hâlâ izleniyor.
3. **Hababam Sınıfı (1975, Ertem Eğilmez)** – Klasik. Muzaffer Hoca'lı, Kel Mahmut'lu o efsane kadro; tekrar izlemek bile keyifli.
4. **Dedemin İnsanları (2011, Çağan Irmak)** – Ege'de bir çocuğun, Girit göçmeni dedesiyle ilişkisi. Sıcak ve duygusal ama ağır değil.
5. **Kaybedenler Kulübü (2011, Tolga Örnek)** – 90'ların İstanbul'unda bir radyo programı etrafında geçen, nostaljik ve romantik bir film.

Eşiniz gerçekten hafif bir şey istiyorsa **Vizontele** en güvenli tercih; biraz duygusallık da olsun derseniz **Dedemin İnsanları**."""

DIALOGUES.append(D("misaligned", "tr",
"Misaligned: replies to turns 2-4 are rotated - turn 2 (a lighter Turkish film) gets the foreign series list, turn 3 (short series) gets the novel list, turn 4 (a novel) gets the light Turkish film list.",
conv(
"""Bu hafta sonu eşimle film gecesi yapacağız. İkimiz de Nuri Bilge Ceylan'ın "Kış Uykusu"nu çok sevdik. Benzer tarzda ne önerirsin?""",
"""Kış Uykusu'nu sevdiyseniz, uzun diyaloglu, karakter odaklı ve atmosferi güçlü filmlerden hoşlanıyorsunuz demektir. Önerilerim:

**Nuri Bilge Ceylan'dan**
1. **Bir Zamanlar Anadolu'da (2011)** – Bir gece boyunca bozkırda ceset arayan savcı, doktor ve polisler. Cannes'da Büyük Jüri Ödülü'nü aldı. Belki de Kış Uykusu'na en yakın filmi.
2. **Ahlat Ağacı (2018)** – Üniversiteden yeni mezun bir gencin babasıyla ve kasabasıyla hesaplaşması. Uzun felsefi konuşmalarıyla tam Kış Uykusu tadında.
3. **Kuru Otlar Üstüne (2023)** – Doğu Anadolu'da bir köy okulunda öğretmenlik yapan bir adamın hikâyesi; Merve Dizdar bu filmle Cannes'da En İyi Kadın Oyuncu ödülünü aldı.

**Diğer yönetmenlerden**
4. **Bal (2010, Semih Kaplanoğlu)** – Karadeniz ormanlarında arıcı babasını arayan küçük bir çocuk. Berlin'de Altın Ayı kazandı. Çok sessiz ve şiirsel.
5. **Bir Ayrılık (2011, Asghar Farhadi)** – İranlı bir çiftin boşanma sürecinde yaşanan ahlaki ikilemler. Diyalogları Kış Uykusu'ndaki tartışmalar kadar güçlü; Oscar'da en iyi yabancı film ödülünü aldı.
6. **Leviathan (2014, Andrey Zvyagintsev)** – Rusya'nın kuzeyinde, toprağını yerel güçlere karşı korumaya çalışan bir adam. Sert ama etkileyici.

Film gecesi için ilk tercihim **Bir Zamanlar Anadolu'da** olur; ama 2,5 saati aştığını hesaba katın.""",
"""Biraz daha hafif ama yine de kaliteli bir Türk filmi var mı? Eşim bu sefer çok ağır bir şey istemiyor.""",
_tr_series,
"""Peki yabancı dizi olarak ne önerirsin? Kısa, bir iki haftada bitirebileceğimiz bir şey.""",
_tr_book,
"""Son olarak, film gecesinden sonra okumak için Kış Uykusu'na benzer atmosferde bir roman önerir misin?""",
_tr_light)))

# ar: flatmate mediation -> repetition (user turn 4 re-asks turn 2; assistant repeats)
DIALOGUES.append(D("repetition", "ar",
"Repetition: user turn 4 re-asks, in other words, the turn-2 question about how exactly to open the talk with Samer, and the assistant gives the same opening-line advice again.",
conv(
"""أسكن مع صديقين في شقة في عمّان. أحدهما، سامر، يسهر ويشغّل الموسيقى بصوت عالٍ حتى الثانية فجرًا، وأنا عندي دوام الساعة الثامنة صباحًا. كيف أتكلم معه دون أن نتشاجر؟""",
"""هذه مشكلة شائعة جدًا بين من يتشاركون السكن، والخبر الجيد أنها غالبًا تُحلّ بحديث هادئ واحد إذا أُحسن توقيته وأسلوبه. إليك بعض المبادئ:

**١. اختر التوقيت المناسب**
لا تفتح الموضوع في الثانية فجرًا وأنت غاضب ومتعب، ولا أمام الضيوف. اختر وقتًا هادئًا، مثل مساء يوم عطلة أو أثناء شرب الشاي معًا.

**٢. تحدّث عن تأثير المشكلة عليك، لا عن شخصيته**
بدلًا من "أنت أناني ولا تهتم بأحد"، قل: "عندما تكون الموسيقى عالية بعد منتصف الليل لا أستطيع النوم، ودوامي يبدأ الساعة الثامنة". هذا يجعله أقل ميلًا للدفاع عن نفسه.

**٣. كن محددًا**
"خفّف الصوت" طلب غامض. الأفضل أن تقترح شيئًا واضحًا، مثل: "هل يمكن أن نتفق على خفض الصوت بعد الساعة الحادية عشرة ليلًا في أيام الدوام؟"

**٤. اقترح حلولًا عملية**
- سماعات رأس بعد ساعة معينة.
- إغلاق باب غرفته ووضع السماعة بعيدًا عن الجدار المشترك.
- مرونة في ليالي العطلة.

**٥. استمع لوجهة نظره**
ربما لا يدرك أن الصوت يصل إليك، أو ربما عنده سبب للسهر. حين يشعر أنك تسمعه، يصبح أكثر استعدادًا للتعاون.

الهدف ليس أن "تنتصر" في النقاش، بل أن تتفقا على قاعدة تريح الطرفين.""",
"""ما هي أفضل طريقة لبدء الحديث معه؟ يعني ما الجملة الأولى التي أقولها؟""",
"""الجملة الأولى مهمة لأنها تحدد نبرة الحديث كله. الفكرة أن تبدأ بشكل ودّي، ثم تنتقل مباشرة إلى الموضوع دون مقدمات طويلة تثير القلق. إليك بعض الأمثلة:

**بداية ودّية ومباشرة:**
"سامر، عندك خمس دقائق؟ بدي أحكي معك بموضوع صغير بخصوص الشقة، مش مشكلة كبيرة بس حابب نرتبها سوا."

**بداية تربط الموضوع بعلاقتكما:**
"أنا مبسوط إننا ساكنين مع بعض، وعشان هيك حابب نحكي بصراحة عن شغلة صغيرة مأثرة عليّ."

**ثم الانتقال إلى صلب الموضوع:**
"صرت ألاحظ إني ما بقدر أنام لما تكون الموسيقى عالية بعد نص الليل، ودوامي الساعة ثمانية الصبح. شو رأيك نلاقي حل يناسبنا إحنا الاثنين؟"

**ما يجب تجنّبه في البداية:**
- "لازم نحكي" بنبرة جدية، لأنها توحي بأن هناك مشكلة كبيرة.
- البدء بالاتهام: "أنت دايمًا…".
- تجميع كل الشكاوى القديمة دفعة واحدة.

**نصيحة:** أنهِ جملتك الأولى بسؤال ("شو رأيك؟")، فهذا يجعله شريكًا في الحل بدل أن يشعر أنه متهم.""",
"""والصديق الثالث، كريم، لا يريد أن يتدخل. هل أطلب منه أن يحضر الحديث؟""",
"""في الغالب، **لا**. على الأقل ليس في الحديث الأول. إليك الأسباب:

**لماذا الأفضل أن يكون الحديث بينك وبين سامر فقط:**
- وجود شخص ثالث قد يجعل سامر يشعر أنكما "تتكتلان" ضده، فيصبح دفاعيًا.
- كريم قال بوضوح إنه لا يريد التدخل، وإجباره قد يضر بعلاقتك معه أيضًا.
- الأحاديث الثنائية عادة أكثر صراحة وأقل إحراجًا.

**لكن يمكن الاستفادة من كريم بطرق أخرى:**
- **اسأله على انفراد:** "هل الصوت يزعجك أنت أيضًا؟" إذا كان منزعجًا، ستعرف أن المشكلة ليست حساسية شخصية منك، ويمكنك أن تقول لسامر بصدق إن الصوت يصل لكل الشقة، دون ذكر اسم كريم إذا لم يرغب بذلك.
- **في مرحلة لاحقة:** إذا اتفقتم على "قواعد للشقة" تشمل الجميع (مثل ساعات الهدوء، الضيوف، التنظيف)، فهنا من الطبيعي أن يشارك كريم، لأن القواعد تخصه أيضًا.

**متى قد يكون حضوره مفيدًا؟**
إذا فشل الحديث الأول تمامًا، وصار الوضع متوترًا بينك وبين سامر، فقد يكون كريم وسيطًا مناسبًا، بشرط أن يوافق هو على ذلك.""",
"""طيب، كيف أفتتح الكلام مع سامر؟ ماذا أقول له في البداية بالضبط؟""",
"""الافتتاحية مهمة جدًا لأنها تحدد جو الحديث كله. الأفضل أن تبدأ بودّ، ثم تدخل في الموضوع مباشرة دون مقدمات طويلة تجعله يتوتر. بعض الأمثلة:

**افتتاحية ودّية ومباشرة:**
"سامر، فاضي خمس دقايق؟ حابب أحكي معك بشغلة صغيرة بخصوص الشقة، مش موضوع كبير بس بدي نرتبه مع بعض."

**افتتاحية تذكّر بعلاقتكما:**
"أنا مرتاح إننا ساكنين سوا، وعشان هيك بدي أكون صريح معك بشغلة بسيطة مأثرة عليّ."

**ثم الدخول في الموضوع:**
"لاحظت إني ما بقدر أنام لما الموسيقى تكون عالية بعد نص الليل، ودوامي بيبلش الساعة ثمانية. شو رأيك نلاقي حل بيريحنا إحنا الاثنين؟"

**تجنّب في البداية:**
- عبارة "لازم نحكي" بنبرة جدية، فهي توحي بمشكلة كبيرة.
- الاتهام: "أنت دايمًا…".
- فتح كل الملفات القديمة مرة واحدة.

**نصيحة:** اختم كلامك الأول بسؤال مثل "شو رأيك؟"، حتى يشعر أنه شريك في الحل وليس متهمًا.""",
"""وإذا رفض سامر تمامًا وقال إنها شقته أيضًا ويحق له أن يفعل ما يشاء؟""",
"""هو محق جزئيًا: الشقة شقته أيضًا. لكن هذا بالضبط ما يعني أن لك الحق نفسه في الراحة فيها. يمكنك أن تبني على هذه الفكرة بدل أن تعارضها. إليك خطوات متدرجة:

**١. اتفق معه على المبدأ**
"صحيح، الشقة إلنا كلنا، وعشان هيك لازم نلاقي طريقة يرتاح فيها الكل." هذا ينزع فتيل التحدي.

**٢. اقترح حلًا وسطًا محددًا**
- ساعات هدوء في أيام الدوام فقط (مثلًا من ١١ ليلًا حتى ٧ صباحًا)، وحرية أكبر في ليالي الخميس والجمعة.
- تجربة لمدة أسبوعين ثم مراجعة الاتفاق.

**٣. خفّف أثر المشكلة من جهتك أيضًا**
سدادات الأذن أو جهاز "الضوضاء البيضاء" قد يساعدان، خصوصًا في الفترة الانتقالية. هذا يظهر أنك لا تضع العبء كله عليه.

**٤. اكتبوا قواعد بسيطة للشقة**
اتفاق مكتوب ولو على ورقة على الثلاجة يشمل الهدوء والضيوف والتنظيف، ويشارك فيه كريم أيضًا، يجعل الأمر قاعدة عامة لا خلافًا شخصيًا.

**٥. راجع عقد الإيجار**
بعض العقود تتضمن بنودًا عن الإزعاج أو الهدوء، وقد يكون صاحب الشقة قد نبّه على ذلك، خاصة إذا اشتكى الجيران.

**٦. الخيار الأخير**
إذا استمر الرفض والإزعاج وأثّر على عملك وصحتك، فقد يكون من الأفضل التفكير بتغيير السكن عند نهاية العقد. أحيانًا يكون الانتقال أقل كلفة من التوتر المستمر.""")))

# ms: text adventure / role-play (good, 6 turns)
DIALOGUES.append(D("good", "ms",
"Good: permainan pengembaraan teks di kampung nelayan pantai timur; setiap babak menyambung tindakan pemain, watak dan petunjuk kekal konsisten hingga penyelesaian misteri.",
conv(
"""Jom main permainan pengembaraan teks! Latar: kampung nelayan di pantai timur, zaman dahulu, ada misteri. Saya watak utama, seorang anak muda bernama Awang. Awak ceritakan suasana, saya pilih tindakan.""",
"""**KAMPUNG TANJUNG SERI, MUSIM TENGKUJUH**

Angin timur laut sudah tiga hari menghempas pantai. Ombak setinggi pokok kelapa memecah di beting pasir, dan semua perahu ditarik jauh ke darat. Tiada nelayan yang berani turun ke laut pada musim begini.

Kecuali seorang.

Pagi ini, seluruh kampung gempar: **perahu Pak Long Hamid hilang**. Tempatnya di bawah pohon ru kosong, hanya tinggal kesan lunas yang diheret ke air. Pak Long sendiri juga tiada di rumahnya. Isterinya, Mak Long Senah, duduk di tangga rumah sambil menangis.

"Dia tak akan ke laut musim begini," katanya berulang kali. "Dia bukan orang bodoh."

Kau, **Awang**, anak saudara Pak Long, berdiri di tepi pantai bersama orang kampung. Tok Penghulu berkata mungkin Pak Long mabuk laut atau tersilap kira cuaca. Tetapi kau perasan sesuatu yang orang lain tak nampak: di pasir dekat tempat perahu itu, ada **kesan tapak kaki lebih daripada seorang**, dan sebatang **pelita minyak tanah** yang bukan milik Pak Long, tertanam separuh dalam pasir.

Semalam, beberapa orang kampung mengaku ternampak **cahaya kecil berkelip-kelip di tengah laut**, jauh di luar beting.

**Barang yang kau bawa:** sebilah parang kecil, seutas tali, dan sedikit bekal nasi bungkus.

*Apa yang kau mahu lakukan?*
1. Bertanya kepada Mak Som, penjual ikan di jeti, yang tahu semua cerita kampung.
2. Memeriksa pelita yang tertanam di pasir.
3. Pergi ke rumah Pak Long untuk mencari petunjuk.""",
"""Saya ambil pelita tu dulu, lepas tu pergi ke jeti tanya Mak Som.""",
"""Kau tunduk dan mengorek pasir di sekeliling pelita itu. Ia diperbuat daripada tembaga, berat, dan bukan jenis yang dijual di kedai runcit kampung. Di bawah tapaknya ada ukiran kecil: **seekor burung helang dengan sayap terbuka**. Cerminnya berwarna **hijau**, bukan jernih seperti pelita biasa. Kau menyimpannya dalam kain sarung.

Di jeti, Mak Som sedang menyusun ikan kering di atas para, walaupun langit gelap. Dia menjeling pelita di tanganmu, dan wajahnya berubah serta-merta.

"Mana kau dapat benda tu, Awang?" bisiknya sambil menarikmu ke bawah bumbung.

"Dekat tempat perahu Pak Long."

Mak Som diam lama. Kemudian dia bercerita perlahan: "Masa aku kecil, ada kapal dagang karam dekat beting ni. Orang kata ada yang sengaja pasang lampu hijau di laut malam-malam, supaya kapal ingat itu lampu pelabuhan. Bila kapal terkandas, barangnya dirompak. Orang tua-tua panggil mereka **Kumpulan Helang**. Aku ingat dah lama hilang…"

Dia memandangmu tajam. "Seminggu lepas, Pak Long kau ada tanya aku pasal **Pulau Kerengga** di luar beting tu. Dia kata dia nampak orang asing mendarat di sana waktu malam."

*Apa yang kau mahu lakukan?*
1. Pergi ke rumah Pak Long untuk mencari apa yang dia tahu.
2. Memeriksa semula kesan tapak kaki di pantai.
3. Terus mencari jalan ke Pulau Kerengga.""",
"""Saya periksa kesan tapak kaki di pantai dengan lebih teliti.""",
"""Kau kembali ke pantai. Angin makin kuat, dan hujan renyai mula turun, jadi kau perlu cepat sebelum kesan itu hilang.

Kau melutut dan meneliti pasir. Ada **tiga pasang tapak kaki** berbeza:
- Sepasang tapak kaki ayam yang lebar, dengan ibu jari kaki yang senget, **kau kenal, itu tapak kaki Pak Long**. Dia pernah patah ibu jari kaki masa muda.
- Sepasang **tapak kasut but** berjalur, jenis yang dipakai orang kapal atau askar, bukan orang kampung.
- Sepasang lagi tapak kaki yang lebih kecil, juga berkasut.

Yang paling penting: tapak kaki Pak Long **tidak lurus**. Ada kesan dia tersadung, dan di satu tempat, pasir berserak seperti ada pergelutan. Kemudian, tapak kakinya **diheret**, bukan berjalan, hingga ke gigi air.

Pak Long tidak pergi ke laut dengan rela.

Di celah akar pokok ru berhampiran, kau ternampak sesuatu terselit: **sehelai kertas basah yang dilipat**. Tulisan tangan Pak Long, dakwat hampir luntur:

*"Malam Jumaat. Lampu hijau. Kerengga. Beritahu Penghulu."*

Malam Jumaat ialah **malam ini**.

*Apa yang kau mahu lakukan?*
1. Tunjukkan nota itu kepada Tok Penghulu.
2. Cari perahu untuk ke Pulau Kerengga sendiri.
3. Minta bantuan kawan baikmu, Daud, seorang nelayan muda yang berani.""",
"""Saya cari Daud dulu, lepas tu kami berdua pergi jumpa Tok Penghulu.""",
"""Daud sedang membaiki pukat di bawah rumahnya apabila kau tiba. Sebaik sahaja kau tunjukkan pelita hijau dan nota Pak Long, dia terus berdiri.

"Aku dah agak ada benda tak kena," katanya. "Dua malam lepas aku nampak perahu enjin, bukan perahu kita, lalu dekat kuala tanpa lampu."

Kamu berdua bergegas ke rumah Tok Penghulu. Orang tua itu mendengar dengan dahi berkerut, membelek nota itu lama-lama. Kemudian dia mengeluh.

"Kalau betul ini kerja orang luar, kita tak boleh serang mereka dengan parang. Aku akan hantar orang naik basikal ke **balai polis di pekan**, tapi jalan banjir. Paling awal polis sampai esok pagi."

"Esok pagi mungkin dah terlambat untuk Pak Long," katamu.

Tok Penghulu memandangmu lama. "Kau memang degil macam pak cik kau." Dia membuka peti kayu di bawah katil dan mengeluarkan **sebuah lampu suluh besar** dan **sebatang suar kecemasan** tinggalan zaman perang. "Kalau kau pergi juga, jangan bertempur. Tengok, cari Pak Long, dan kalau jumpa bahaya, nyalakan suar ni. Orang kampung akan nampak dari pantai dan kami akan datang dengan semua perahu yang ada."

Daud tersenyum. "Perahu ayah aku kecil, tapi laju. Ombak di sebalik beting tak seteruk di sini."

**Barang baru:** lampu suluh, suar kecemasan. Teman: Daud.

*Apa yang kau mahu lakukan?*
1. Bertolak ke Pulau Kerengga sekarang, sebelum gelap.
2. Tunggu malam, supaya tidak dilihat.""",
"""Kami tunggu sampai malam, lepas tu dayung senyap-senyap ke Pulau Kerengga. Bila sampai, saya intai dulu dari balik batu.""",
"""Malam turun pekat. Kau dan Daud mendayung tanpa bercakap, perahu kecil itu menyelinap di antara ombak di sebalik beting. Hujan sudah berhenti, tetapi awan masih menutup bulan.

Di tengah laut, seperti yang diceritakan orang kampung, muncul **cahaya hijau** yang berkelip-kelip. Ia datang dari hujung Pulau Kerengga.

Kamu mendarat di teluk kecil di belakang pulau. Kau merangkak ke atas batu besar dan mengintai.

Di bawah, di sebuah pantai tersembunyi, ada **sebuah bot enjin** dan tiga orang lelaki. Dua sedang memunggah peti kayu dari sebuah tongkang yang terkandas di beting. Seorang lagi, bertopi dan berkasut but berjalur, berdiri di sebelah **pelita hijau besar** yang dipasang di atas tiang di hujung tanjung. Di lehernya tergantung rantai dengan **loket burung helang**.

Dan di sebelah unggun api, terikat pada sebatang kayu hanyut, duduk **Pak Long Hamid**. Mukanya lebam, tetapi dia masih hidup, dan matanya masih garang.

"Orang tua tu nampak kita minggu lepas," kata lelaki bertopi itu. "Lepas barang habis dipunggah, kita bawa dia sekali ke tengah laut."

Daud mencengkam lenganmu. Kau ada lampu suluh, suar kecemasan, tali dan parang kecil. Mereka bertiga, dan pelita hijau itu sedang memikat sebuah lagi kapal dagang ke arah beting.

*Apa yang kau mahu lakukan?*""",
"""Saya suruh Daud pergi ke pelita hijau dan padamkan ia, sementara saya merangkak lepaskan Pak Long. Bila Pak Long bebas, kami nyalakan suar kecemasan.""",
"""Kau memberi isyarat kepada Daud. Dia mengangguk dan menghilang dalam gelap, merangkak di sebalik semak ke arah tiang pelita.

Kau turun perlahan-lahan di sebalik batu, menghampiri unggun api dari belakang. Tiga lelaki itu sibuk memunggah peti. Pak Long ternampak kau dan matanya membesar, tetapi dia tidak bersuara. Dengan parang kecil, kau memotong tali di pergelangan tangannya, satu, dua, tiga lilitan. Tangannya bebas.

Tepat pada saat itu, **pelita hijau padam**.

"Hoi! Siapa tu?!" jerit lelaki bertopi. Dua orang lagi meluru ke arah tiang, di mana Daud sedang menolak pelita itu jatuh ke dalam pasir basah.

"Sekarang, Awang!" bisik Pak Long.

Kau menyentap suar kecemasan. Bunyi desing kuat, dan **cahaya merah terang** melambung tinggi ke langit, menerangi seluruh pulau dan laut di sekelilingnya.

Di kejauhan, dari pantai Tanjung Seri, kedengaran bunyi gong dan jeritan orang kampung. Beberapa minit kemudian, **belasan pelita** bergerak di atas air, semua perahu kampung yang boleh turun ke laut, diketuai Tok Penghulu sendiri.

Lelaki-lelaki itu panik. Mereka berlari ke bot enjin dan cuba melarikan diri, tetapi bot itu tersangkut di beting yang sama yang mereka gunakan untuk mengaramkan kapal orang lain. Apabila subuh menjelma, **polis dari pekan** tiba dan menahan ketiga-tiganya.

Kapal dagang yang hampir terpikat ke beting membelok selamat ke laut dalam, dipandu oleh cahaya suarmu.

Di pantai, Mak Long Senah memeluk suaminya sambil menangis, kali ini kerana gembira. Pak Long menepuk bahumu dan bahu Daud.

"Kamu berdua," katanya, "lebih berani daripada separuh kampung ni."

Mak Som tersenyum dari jeti. "Kumpulan Helang dah betul-betul hilang sekarang."

**TAMAT – Misteri Lampu Hijau selesai.**

Mahu sambung dengan pengembaraan baru Awang dan Daud, atau cuba latar yang berbeza?""")))
