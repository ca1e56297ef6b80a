from h7c_common import dlg

D = []

# 11 good en - similar questions about different painting media
D.append(dlg(11, "good", "en", "Good: beginner asks the same kind of question about three painting media (watercolour, gouache, acrylic) and gets specific, parallel but distinct answers, then a short recommendation.", [
("u", "I want to start painting as a hobby. What should I know before starting with watercolour?"),
("a", """Watercolour is a lovely medium, but it behaves differently from anything else, so a few things are worth knowing up front.

**How it works.** Watercolour is transparent: light passes through the paint, bounces off the white paper and comes back. That means you usually work **light to dark**, and the white of the paper *is* your white. You plan your highlights in advance rather than adding them at the end.

**Paper matters most.** If you spend money anywhere, spend it on paper. Look for **300 gsm (140 lb)** paper; thinner paper buckles as soon as it gets wet. 100% cotton paper (for example Arches or Saunders Waterford) is more forgiving than cellulose paper, though a cellulose pad is fine for practice.

**Starter kit:**
- A small set of student-grade pans or tubes; even 6 colours (a warm and cool version of each primary) can mix almost everything.
- Two brushes: a round size 8 or 10 with a good point, and a flat 1-inch for washes.
- Two water jars (one to rinse, one clean), paper towels, masking tape to fix the paper.

**Techniques to learn first:**
1. Flat wash and graded wash.
2. Wet-on-wet (soft, blooming edges) vs. wet-on-dry (crisp edges).
3. Lifting paint with a damp brush or tissue.

**Expect some frustration.** Watercolour is less correctable than other media, and "blooms" and hard edges will surprise you. That unpredictability is also its charm."""),
("u", "And gouache?"),
("a", """Gouache is often described as "opaque watercolour", and that's a good starting point.

**How it works.** It's the same kind of binder as watercolour (gum arabic), but with more pigment and often a white filler, so it dries **opaque and matte**. You can paint light over dark, which makes it much more forgiving: mistakes can simply be covered.

**Key differences from watercolour:**
- **Reactivates with water.** Even when dry, gouache softens again if you paint over it with a wet brush. Apply upper layers with fairly thick paint and a light touch, or the layer below will muddy into it.
- **Colour shift.** Light colours tend to dry slightly darker, and dark colours slightly lighter. Test a swatch on scrap paper first.
- **Flat, graphic look.** It's popular for illustration, posters and plein-air studies.

**Starter kit:** a basic set of primaries plus a large tube of white (you'll use far more white than anything else), synthetic flat and round brushes, and the same 300 gsm watercolour paper or a mixed-media pad. A palette with a lid is useful because you can rewet the dried paint later.

**Techniques to try first:** flat colour blocks with clean edges, mixing a value scale from dark to white, and painting small thumbnail landscapes in four or five colours."""),
("u", "And acrylics?"),
("a", """Acrylics are the most versatile of the three, and many people find them the easiest to start with.

**How it works.** The pigment is suspended in an acrylic polymer emulsion. It's water-soluble while wet, but once dry it becomes a **permanent, water-resistant plastic film**. That's the biggest difference from watercolour and gouache: dry layers do not reactivate, so you can build layer after layer without disturbing what's underneath.

**What to know:**
- **It dries fast,** often in 10-30 minutes on the palette. Use a stay-wet palette (a sponge and baking paper in a lidded tray), mist with water, or add a retarder medium to slow it down.
- **Rinse brushes immediately.** Dried acrylic ruins brushes.
- **Many surfaces work:** canvas, canvas boards, wood panels, thick paper; prime non-canvas surfaces with gesso.
- **Slight colour shift:** acrylics usually dry a little darker.
- **Mediums change everything:** you can thin it with water or medium for glazes almost like watercolour, or add a heavy gel to get thick, textured strokes like oil.

**Starter kit:** student-grade tubes in a warm and cool of each primary plus titanium white, synthetic brushes in a few sizes (flat, round, filbert), a few canvas boards and a palette knife.

**First exercises:** a colour-mixing chart, a simple still life in three values, and a small landscape on a toned (pre-coloured) background."""),
("u", "Which one would you pick for painting outdoors when I travel?"),
("a", "For travel, I'd pick **watercolour**. A small pan set, a water brush (with water in the handle) and a pocket-sized 300 gsm sketchbook fit in a jacket pocket, dry quickly and need almost no clean-up. Gouache is a close second if you prefer opaque colour, and it travels nearly as well. Acrylics are the least convenient outdoors: they dry on the palette in the wind and sun, and you need water to clean brushes immediately."),
]))

# 12 non_answer tr - basketball free throws
D.append(dlg(12, "non_answer", "tr", "Non-answer: 3. asistan yanıtı (günde kaç atış ve nasıl antrenman) soruyu yalnızca yeniden ifade edip önemini övüyor; hiçbir sayı veya yöntem vermiyor.", [
("u", "Lise takımında oynuyorum ama serbest atışlarım çok kötü, yüzde 50 civarı. Nasıl düzeltebilirim?"),
("a", """Yüzde 50'den yüzde 70'lerin üstüne çıkmak, doğru teknik ve düzenli bir rutinle birkaç ay içinde gayet mümkün. Serbest atış, basketboldaki tek "kimsenin seni rahatsız etmediği" atış olduğu için en çok çalışmayla gelişen atıştır.

Birçok antrenörün kullandığı **BEEF** kuralıyla başlayalım:

- **Balance (Denge):** Ayaklar omuz genişliğinde, atış elinin tarafındaki ayak biraz önde. Dizler hafif bükülü; güç kollardan değil bacaklardan gelir.
- **Eyes (Gözler):** Topu bırakmadan önce gözlerini çemberin ön kenarına ya da tam ortasına sabitle ve topu takip etme.
- **Elbow (Dirsek):** Atış kolunun dirseği topun altında ve potaya dönük olmalı, dışarıya açılmamalı.
- **Follow-through (Bitiriş):** Top elinden çıktıktan sonra bileğini tamamen kır ve elini "kurabiye kavanozuna uzanıyormuş" gibi bir saniye havada tut.

**Rutin çok önemli.** Her atıştan önce hep aynı şeyi yap: örneğin iki kez top sektir, bir derin nefes al, çembere bak, at. Rutin, baskı anında vücudunun otomatiğe bağlamasını sağlar.

**Yay (ark):** Düz atışlar çemberin ön kenarına çarpar. Topun 45-50 derece civarında bir açıyla yükselmesini hedefle; bu, topa daha geniş bir "giriş kapısı" açar."""),
("u", "Atarken top bazen sağa sola kaçıyor. Sebebi ne olabilir?"),
("a", """Sağa sola kaçan atışlarda sebep neredeyse her zaman şu üç şeyden biridir:

1. **Dirsek dışarı açılıyor.** Dirsek yana kaçınca top da çapraz bir çizgide gider. Aynanın karşısında, topsuz olarak atış hareketi yap ve dirseğinin ayak, diz ve çemberle aynı çizgide kalıp kalmadığını kontrol et.
2. **Destek eli topu itiyor.** Diğer elin sadece topu yandan tutmalı; top çıkarken hiçbir kuvvet vermemeli. Bunu test etmek için destek elinin başparmağına bak: atıştan sonra başparmak topa doğru "fiske atmışsa" topu yana itiyorsun demektir.
3. **Ayaklar çembere dönük değil.** Gövde yamuk duruyorsa kollar bunu telafi etmeye çalışır. Atış tarafındaki ayağın ucunu çemberin ortasına doğrult.

**Hızlı bir egzersiz:** Çemberin hemen önünde, tek elle (sadece atış eliyle) 20 atış yap. Sonra bir adım geri gel, yine 20 atış. Bu, topun düz bir hatta çıkmasını alışkanlık haline getirir ve destek elinin hatasını ortadan kaldırır."""),
("u", "Günde kaç atış çalışmalıyım ve nasıl bir antrenman yapmalıyım?"),
("a", """Günde kaç serbest atış çalışman gerektiğini ve antrenmanını nasıl planlaman gerektiğini soruyorsun. Bu, serbest atışını geliştirmek için gerçekten çok önemli bir soru, çünkü hem atış sayısı hem de antrenmanın yapısı ilerlemeni doğrudan etkiler.

Atış sayısı ve antrenman düzeni, gelişmek isteyen her oyuncunun üzerinde dikkatle düşünmesi gereken konulardır. Doğru bir planla çalışmak ile rastgele atış yapmak arasında büyük bir fark vardır ve bu farkın farkında olman çok değerli.

Bu konuyu şimdiden merak etmen, gelişmeye ne kadar istekli olduğunu gösteriyor. Kendine uygun bir plan oluşturduğunda serbest atışlarının da bundan olumlu etkileneceğinden eminim."""),
("u", "Maçta baskı altında kaçırıyorum, antrenmanda daha iyiyim. Ne yapmalıyım?"),
("a", """Bu çok yaygın bir durum; antrenmanda yüzde 75 atıp maçta yüzde 55'e düşen oyuncu sayısı çok fazla. Sebep genellikle teknik değil: maçta nabız yüksek, nefes kısa ve kafan sonucu düşünüyor. Çözüm, antrenmanı maça benzetmek.

- **Yorgunken at.** Bir sprint ya da 10 şınavın hemen ardından iki serbest atış yap. Maçta atışların çoğu yorgunken gelir.
- **Sonuç koy.** Arkadaşınla iddialaş: iki atıştan birini kaçırırsan bir tur koşu. Küçük bir baskı bile beynini alıştırır.
- **Rutini asla atlama.** Maçta da aynı top sektirme sayısı, aynı nefes. Rutin, baskıya karşı senin "güvenli alanın".
- **Tek bir ipucuna odaklan.** "Yüksek bitir" ya da "çemberin ortası" gibi tek bir kelime seç; "kaçırırsam ne olur" düşüncesine yer bırakma.
- **Nefes ver.** Çizgiye gelince burnundan derin bir nefes al ve ağzından yavaşça ver; bu nabzını birkaç saniyede biraz düşürür.

Bunları iki üç hafta uygularsan antrenmanla maç arasındaki farkın belirgin şekilde kapandığını göreceksin."""),
("u", "Tamam, teşekkürler! Bu hafta başlıyorum."),
("a", "Harika, kolay gelsin! Atışlarını her gün bir deftere yaz: kaç atış, kaç isabet. İki hafta sonra yüzdenin nasıl değiştiğini görmek hem motive eder hem de neyin işe yaradığını gösterir. Başarılar!"),
]))

# 13 misaligned en - Marie Curie interview, answers 2 and 3 swapped
D.append(dlg(13, "misaligned", "en", "Misaligned: in the Marie Curie role-play, the replies to user turns 2 (childhood in Warsaw) and 3 (discovery of polonium and radium) are swapped.", [
("u", "Let's do a role-play for my history podcast: you're Marie Curie, it's 1912, and I'm a journalist interviewing you. Stay in character. First question: Madame Curie, thank you for receiving me. How do you feel after your second Nobel Prize last December?"),
("a", """*Marie Curie folds her hands on the table and answers quietly.*

Thank you for coming, monsieur. I will be honest with you: I feel grateful, but also tired. The prize in chemistry recognises the discovery of polonium and radium and the work of isolating radium as a pure substance. That work belongs also to my late husband, Pierre. The first prize, in physics in 1903, we shared with Monsieur Becquerel, and Pierre and I received it together. This time I went to Stockholm alone, and I felt his absence very much.

This past year has not been easy for me. Some of your colleagues in the press have been more interested in my private life than in my science, and my health has suffered. But I try to hold on to what matters: the laboratory, my daughters Irène and Ève, and the work that remains to be done. Radium is not only a scientific curiosity; physicians are already beginning to use it against tumours, and I hope the new Radium Institute in Paris will allow this research to grow.

Please, ask your next question."""),
("u", "Let's go back to the beginning. What was it like growing up in Warsaw under Russian rule, and how did you manage to study?"),
("a", """It began with a puzzle. In 1897 I chose for my doctoral thesis the strange rays that Monsieur Becquerel had found coming from uranium. Using an electrometer that Pierre and his brother Jacques had developed, I measured how strongly different substances made the air conduct electricity.

I noticed something I could not explain: pitchblende, the ore of uranium, was far more active than its uranium content should allow. The only reasonable explanation was that it contained an unknown element, much more active than uranium. Pierre found this so interesting that he put aside his own work on crystals to join me.

In July 1898 we announced the first new element, which I named **polonium**, after my country. In December of the same year, we announced a second one, **radium**.

Then came the hard part. To prove these elements existed, we had to isolate them, and they were present in tiny quantities. We worked in an old shed at the School of Physics and Chemistry in the rue Lhomond, with a leaking roof, cold in winter and hot in summer. We processed tonnes of pitchblende residues from Joachimsthal in Bohemia; I stirred boiling cauldrons with an iron rod nearly as tall as myself. In 1902, after almost four years, I obtained one decigram of pure radium chloride and could determine the atomic weight of radium. They were, I think, the happiest years of our life."""),
("u", "And the discovery itself: how did you and Pierre find polonium and radium?"),
("a", """I was born in Warsaw in 1867, the youngest of five children. My father taught mathematics and physics, and my mother directed a school for girls until her illness. She died of tuberculosis when I was ten.

Poland then was ruled by the Russian Empire, and in school we were forbidden to learn our own history or to speak Polish. When the inspector came, our teacher hid the Polish books and chose me to recite, in Russian, the names of the tsars. I remember how humiliated I felt.

Women could not enter the university in Warsaw. So we studied in secret at what we called the Flying University: courses in private apartments that moved from place to place to avoid the police.

My sister Bronisława and I made an agreement. I would work as a governess and send her money to study medicine in Paris, and when she was settled, she would help me in turn. It took years. I came to Paris only in 1891, at twenty-four. I lived in a small attic room, sometimes so cold that I slept with all my clothes piled on the bed, but I was free to learn. In 1893 I passed the licence in physics first in my year, and in 1894 the licence in mathematics."""),
("u", "Last question: what would you say to young women who want to become scientists?"),
("a", """*She pauses for a long moment.*

I would tell them that they must have perseverance and, above all, confidence in themselves. One must believe that one is gifted for something, and that this thing must be attained, whatever the cost.

I would also tell them not to wait for the world to become fair before they begin. When I started, the doors of the university in Warsaw were closed to me. I found other doors: secret courses, work that paid for my sister's studies and later for my own, a small room in Paris. It was slow, but each step made the next one possible.

And I would say: find a good partner in your work, whether a husband, a friend or a teacher, who respects your mind as an equal. Pierre never once treated me as his assistant. That was rare, and it mattered enormously.

Finally, let them remember that science has great beauty. A scientist in her laboratory is not only a technician; she is also a child placed before natural phenomena that impress her like a fairy tale. Thank you for your questions, monsieur."""),
]))

# 14 bad_length en - Japan trip, JR Pass question answered "It depends."
D.append(dlg(14, "bad_length", "en", "Bad length: assistant turn 3 answers the concrete JR Pass vs. individual tickets question with only 'It depends.' while the other replies are detailed.", [
("u", "We're planning 10 days in Japan in early April: 4 nights in Tokyo, 4 nights in Kyoto with a day trip to Hiroshima and Miyajima, then back to Tokyo to fly home. It's our first time. Any general tips?"),
("a", """Early April is a wonderful time to go, since it's usually cherry blossom season in both Tokyo and Kyoto, but it's also one of the busiest weeks of the year. A few tips for a smooth first trip:

**Book early.** Hotels in Kyoto fill up months ahead for sakura season, and prices rise sharply. Book now if you haven't already.

**Get an IC card.** Suica or PASMO (or ICOCA in Kyoto) works on trains, subways and buses across all three cities and in convenience stores. If you have an iPhone, you can add a Suica card to Apple Wallet and top it up by card.

**Stay connected.** An eSIM or pocket Wi-Fi makes navigating with Google Maps much easier; it handles train connections and platform numbers well.

**Carry some cash.** Japan is more card-friendly than it used to be, but small restaurants, temples and shrines often take cash only. 7-Eleven ATMs accept foreign cards.

**Use luggage forwarding.** *Takkyubin* services send your suitcase from one hotel to the next, usually next day, for a modest fee. It makes the Shinkansen much more pleasant.

**Start early in Kyoto.** Fushimi Inari, Kiyomizu-dera and Arashiyama are far calmer before 8 a.m.

**Etiquette basics:** don't eat while walking in crowded areas, keep your voice down on trains, and take your shoes off where you see a step up at an entrance."""),
("u", "How do we get from Tokyo to Kyoto?"),
("a", """The Tokaido Shinkansen is the obvious choice: fast, frequent and easy.

- **Trains:** The *Nozomi* is the fastest, about 2 hours 15 minutes from Tokyo Station to Kyoto. The *Hikari* takes about 2 hours 40 minutes and the *Kodama*, which stops everywhere, closer to 4 hours.
- **Stations:** You can board at Tokyo Station or Shinagawa, whichever is closer to your hotel.
- **Seats:** In early April, reserve seats in advance rather than relying on unreserved cars. You can book online through the SmartEX service or at a ticket machine.
- **Big luggage:** If your suitcase's total dimensions (height + width + depth) exceed 160 cm, you must reserve a seat with an oversized luggage area, or you'll be charged a fee on board. Another reason to consider luggage forwarding.
- **Mount Fuji:** Heading west to Kyoto, sit on the right side (seat E in ordinary cars). On a clear day you'll see Fuji about 40-45 minutes after leaving Tokyo.

Buy an *ekiben* (a station bento) at Tokyo Station before you board; it's part of the experience."""),
("u", "So should we buy the JR Pass for this trip or just get individual tickets?"),
("a", "It depends."),
("u", "Okay. What's the best way to do Hiroshima and Miyajima in one day from Kyoto?"),
("a", """It's a long but very doable day. Here's a plan:

**Morning: Kyoto → Hiroshima.** Take an early Shinkansen (around 7:00-7:30). The *Nozomi* takes about 1 hour 40 minutes, so you'll arrive before 9:30.

**Hiroshima Peace Memorial Park (9:30-12:30).** Take the tram or walk about 25 minutes from the station. See the Atomic Bomb Dome first, then the Peace Memorial Museum, and allow at least 1.5-2 hours for the museum; it's moving and detailed. Then walk through the park past the Children's Peace Monument with its paper cranes.

**Lunch:** Hiroshima-style okonomiyaki, layered with noodles rather than mixed like the Osaka version.

**Afternoon: Miyajima (13:30-17:30).** Take the JR Sanyo Line from Hiroshima Station to Miyajimaguchi (about 30 minutes), then the ferry (about 10 minutes). Note the small visitor fee collected for the island. Visit Itsukushima Shrine and its famous floating torii, and check the tide tables: at high tide the gate appears to float, at low tide you can walk right up to it. If you have energy, take the ropeway up Mount Misen for a great view.

**Evening:** Ferry back, train to Hiroshima and Shinkansen to Kyoto, arriving around 20:00-21:00."""),
("u", "Perfect, that's really helpful. Thanks!"),
("a", "You're welcome! Have a wonderful trip, and I hope you catch the cherry blossoms at their peak. Enjoy Japan!"),
]))

# 15 contradiction th - Muay Thai, weight changes from 72 to 78 kg
D.append(dlg(15, "contradiction", "th", "Contradiction: ผู้ใช้บอกว่าหนัก 72 กก. และคำตอบที่ 2 คำนวณโปรตีนจาก 72 กก. แต่คำตอบสุดท้าย (เทิร์นที่ 4) กลับพูดถึง 'น้ำหนักเริ่มต้น 78 กิโลกรัมของคุณ' อยู่กลางข้อความยาว", [
("u", "ผมอายุ 28 ปี หนัก 72 กิโลกรัม สูง 175 ซม. อยากเริ่มซ้อมมวยไทยเพื่อลดไขมันและให้ร่างกายฟิตขึ้น ควรเริ่มยังไงดีครับ"),
("a", """มวยไทยเป็นทางเลือกที่ดีมากสำหรับการลดไขมันและเพิ่มความฟิต เพราะได้ทั้งคาร์ดิโอ ความแข็งแรง และความคล่องตัวในคราวเดียว ลองเริ่มแบบนี้ครับ

**1. เลือกค่ายหรือยิมที่มีคลาสสำหรับมือใหม่**
ถามก่อนว่ามีคลาสพื้นฐานไหม และขอลองเรียนฟรีหรือซื้อคลาสเดียวก่อนสมัครแพ็กเกจยาว

**2. ความถี่ในช่วงแรก**
เริ่มที่ **สัปดาห์ละ 3 ครั้ง** เช่น จันทร์ พุธ ศุกร์ โดยมีวันพักคั่น ร่างกายจะได้ฟื้นตัวทัน โดยเฉพาะหน้าแข้งและข้อเท้าที่ยังไม่คุ้นกับการเตะ

**3. คลาสทั่วไปประกอบด้วย**
- วอร์มด้วยการกระโดดเชือก 10–15 นาที
- ชกลม (shadow boxing) เพื่อฝึกท่า
- ต่อเป้ากับครูมวย (pad work) 3–5 ยก ยกละ 3 นาที
- เตะกระสอบ และฝึกปล้ำคอ (clinch)
- ปิดท้ายด้วยการสร้างความแข็งแรง เช่น วิดพื้น ซิทอัพ

**4. อุปกรณ์**
ผ้าพันมือ (ควรมีของตัวเอง) และนวมขนาด 14 ออนซ์สำหรับซ้อมกระสอบและต่อเป้า ถ้าจะเริ่มสปาร์ริ่งภายหลังอาจใช้ 16 ออนซ์ สนับแข้งจำเป็นเมื่อเริ่มสปาร์ริ่ง

**5. อย่ารีบสปาร์ริ่ง**
ใช้เวลา 2–3 เดือนแรกเรียนพื้นฐานให้แน่นก่อน ท่าที่ถูกต้องจะช่วยป้องกันการบาดเจ็บได้มาก"""),
("u", "แล้วต้องกินยังไงครับ ช่วยคำนวณโปรตีนให้หน่อย"),
("a", """ได้เลยครับ สำหรับคนที่ซ้อมหนักและต้องการลดไขมันโดยรักษากล้ามเนื้อไว้ แนะนำโปรตีนประมาณ **1.6–2.0 กรัมต่อน้ำหนักตัว 1 กิโลกรัม**

คุณหนัก 72 กิโลกรัม จึงควรได้โปรตีนราว **115–145 กรัมต่อวัน** แบ่งเป็น 3–4 มื้อ มื้อละประมาณ 30–40 กรัม

**ตัวอย่างแหล่งโปรตีน**
- อกไก่สุก 100 กรัม ≈ 31 กรัม
- ไข่ไก่ 1 ฟอง ≈ 6–7 กรัม
- ปลาทู 1 ตัวกลาง ≈ 20 กรัม
- เต้าหู้แข็ง 100 กรัม ≈ 12–15 กรัม
- นมจืด 1 กล่อง (200 มล.) ≈ 6–7 กรัม

**เรื่องพลังงาน** ให้กินน้อยกว่าที่ใช้ราว 300–500 กิโลแคลอรีต่อวัน อย่าลดหนักกว่านี้ เพราะจะซ้อมไม่ไหวและเสียกล้ามเนื้อ

**เคล็ดลับ** เลือกข้าวกะเพราไก่ไข่ดาวแบบน้ำมันน้อย หรือข้าวต้มปลา แทนอาหารทอด และดื่มน้ำอย่างน้อย 2.5–3 ลิตรในวันที่ซ้อม เพราะมวยไทยทำให้เสียเหงื่อมาก"""),
("u", "วันที่ไม่ได้ซ้อมมวย ควรทำอะไรบ้างครับ"),
("a", """วันที่ไม่ได้ซ้อมมวยไม่จำเป็นต้องนอนเฉย ๆ ครับ แต่ก็ไม่ควรหนักจนร่างกายไม่ได้ฟื้นตัว แนะนำแบบนี้

- **เวตเทรนนิ่ง 2 วันต่อสัปดาห์** เน้นท่าพื้นฐาน เช่น สควอท เดดลิฟต์ วิดพื้น ดึงข้อ 3 เซต เซตละ 8–12 ครั้ง ช่วยให้หมัดและเตะมีแรงขึ้น
- **วิ่งเบา ๆ 20–30 นาที** ระดับที่ยังพูดคุยได้ ช่วยเพิ่มความอึด
- **ยืดเหยียดและโมบิลิตี้ 15 นาที** โดยเฉพาะสะโพกและต้นขาด้านหลัง ซึ่งสำคัญกับการเตะสูง
- **พักเต็มวันอย่างน้อย 1 วันต่อสัปดาห์**

และอย่าลืมนอนให้ได้ 7–9 ชั่วโมง เพราะการฟื้นตัวส่วนใหญ่เกิดขึ้นตอนนอนครับ"""),
("u", "ถ้าผ่านไป 2 เดือน ผมควรปรับโปรแกรมยังไงครับ"),
("a", """หลัง 2 เดือน ร่างกายคุณน่าจะปรับตัวได้ดีแล้ว เป็นจังหวะที่เหมาะจะเพิ่มความท้าทายทีละขั้น ลองปรับตามนี้ครับ

**1. เพิ่มความถี่**
ขยับจากสัปดาห์ละ 3 ครั้งเป็น 4 ครั้ง โดยยังคงวันพักเต็มอย่างน้อย 1 วัน ถ้าหลังเพิ่มแล้วรู้สึกล้าสะสมหรือนอนไม่หลับ ให้ถอยกลับมา 3 ครั้งอีกสักสองสัปดาห์

**2. เริ่มสปาร์ริ่งเบา ๆ**
ถ้าครูเห็นว่าพื้นฐานแน่นแล้ว ให้เริ่มสปาร์ริ่งแบบเบา (technical sparring) สัปดาห์ละครั้ง ใส่สนับแข้ง ฟันยาง และนวม 16 ออนซ์

**3. ทบทวนเรื่องอาหาร**
จากน้ำหนักเริ่มต้น 78 กิโลกรัมของคุณ ถ้าตอนนี้ลดลงได้ราว 2–3 กิโลกรัม ถือว่าอยู่ในเกณฑ์ที่ดีและยั่งยืน ไม่ต้องเร่ง ให้คงโปรตีนไว้ในระดับเดิม และถ้าน้ำหนักนิ่งเกิน 3 สัปดาห์ ค่อยลดพลังงานลงอีกประมาณ 200 กิโลแคลอรีต่อวัน

**4. เพิ่มความแข็งแรงเฉพาะทาง**
เพิ่มท่าที่ช่วยมวยไทยโดยตรง เช่น สควอทกระโดด ลันจ์ และการหมุนลำตัวด้วยเมดิซินบอล

**5. วัดผล**
จับเวลากระโดดเชือกต่อเนื่อง หรือนับจำนวนเตะกระสอบใน 1 นาที เทียบกับตอนเริ่มต้น ตัวเลขเหล่านี้จะบอกความก้าวหน้าได้ชัดกว่าตาชั่งอย่างเดียวครับ"""),
]))

# 16 good en - Kant and the murderer at the door, background section then clear answer
D.append(dlg(16, "good", "en", "Good: long first answer with a Background section that still states the answer clearly (yes, Kant says not to lie), then accurate follow-ups on criticism, utilitarian view and a short thesis.", [
("u", "For my ethics seminar I need a clear answer: does Kant really say it's wrong to lie even to a murderer who asks where your friend is hiding? People keep telling me different things."),
("a", """Short version first: **yes, Kant explicitly says you may not lie, even to the murderer at the door.** Here's the context so you can defend that in your seminar.

## Background

In the *Groundwork of the Metaphysics of Morals* (1785), Kant argues that morality rests on the **categorical imperative**, a command that holds unconditionally, regardless of what we want. Two formulations matter here:

- **Formula of Universal Law:** act only on a maxim you could will to become a universal law. A lying promise fails this test: if everyone lied whenever convenient, promises and assertions would stop being believed, and the lie could not even work.
- **Formula of Humanity:** treat humanity always as an end, never merely as a means. Lying manipulates another person's reason.

The murderer case itself comes from a 1797 exchange. The French writer Benjamin Constant argued that the duty to tell the truth only holds toward people who have a right to the truth, and a would-be murderer has no such right. Kant answered in a short essay, *On a Supposed Right to Lie from Philanthropy* (1797).

## The answer

In that essay Kant holds his ground. Truthfulness in statements you cannot avoid making is, he says, an unconditional duty. His reasoning:

1. A lie harms humanity in general, because it undermines the trust on which all contracts and law rest.
2. If you lie, you become responsible for the consequences: if your friend has in fact slipped out and the murderer, misled by your lie, meets him outside, you share the blame. If you tell the truth, what the murderer then does is on him.

Note what Kant does **not** say: he doesn't require you to volunteer information, to help the murderer, or to stop resisting him. Staying silent or refusing to answer is a different matter from lying. But a deliberate false statement, on his view, is never permitted."""),
("u", "What's the strongest criticism of his position?"),
("a", """There are several, but these are the ones you'll most often see in the literature:

**1. The moral-intuition objection.** Almost everyone judges that lying to save an innocent life is not just permissible but required. A theory that says otherwise seems to have gone wrong somewhere. This is the core of Constant's original objection.

**2. Kant misapplies his own test (Christine Korsgaard).** In "The Right to Lie: Kant on Dealing with Evil" (1986), Korsgaard argues that the Formula of Universal Law can actually permit this lie. The murderer assumes you don't know his intentions; a universal practice of lying to murderers who conceal their aims wouldn't defeat itself in the way a lying promise does. So on her reading, the rigorism comes from the 1797 essay, not from the deeper theory. She then argues the Formula of Humanity is stricter, and proposes a "two-level" account for dealing with evil.

**3. The consequences argument backfires.** Kant says that if you lie you're responsible for bad outcomes, but if you tell the truth you're not. Critics point out that this asymmetry is hard to justify: handing a murderer accurate information also contributes causally to a death.

**4. Conflicts of duties.** We also have duties to protect others. Kant insists that genuine duties can't really conflict, which many find implausible in cases like this.

For a seminar, objection 2 is the most interesting, because it lets you criticise Kant's conclusion while staying inside a Kantian framework."""),
("u", "And how would a utilitarian handle the case?"),
("a", "Very simply: lie. For an act utilitarian, the right act is the one with the best consequences, and saving an innocent life clearly outweighs the small harm of deceiving a would-be murderer. A rule utilitarian reaches the same result, since a rule like \"don't lie, except to prevent serious harm to innocents\" produces better outcomes than an absolute ban. The case is actually a classic illustration of where the two traditions split."),
("u", "Give me a one-sentence thesis for my presentation."),
("a", "\"Kant's absolute ban on lying to the murderer at the door follows from his 1797 essay rather than from the categorical imperative itself, and, as Korsgaard argues, a more careful application of the Formula of Universal Law would permit the lie.\""),
]))

# 17 good ru - word game "Города"
D.append(dlg(17, "good", "ru", "Хорошо: игра в «Города» с правильным соблюдением правил (мягкий знак, «й»), короткими живыми ходами, подсказкой без прямого ответа и тёплым завершением.", [
("u", "Давай сыграем в города! Я начинаю: Москва."),
("a", """С удовольствием! Коротко напомню правила: каждый следующий город начинается на последнюю букву предыдущего. Если город заканчивается на «ь», «ъ», «ы» или «й», берём предпоследнюю букву. Повторять города нельзя.

Москва заканчивается на «а», поэтому мой ход — **Архангельск**. Это старинный порт на Северной Двине, основанный в 1584 году.

Тебе на **«К»**!"""),
("u", "Калининград"),
("a", "Отличный ход! Мне на «Д»: **Дербент**. Это город в Дагестане на берегу Каспийского моря, один из древнейших в России, ему официально больше двух тысяч лет. Тебе на **«Т»**!"),
("u", "Тверь. Ха, тебе на мягкий знак!"),
("a", "Хитро, но правила на моей стороне 😄 На «ь» города не начинаются, поэтому берём предпоследнюю букву — «р». Мой город — **Рязань**. И смотри: тут снова мягкий знак, так что тебе на **«Н»**!"),
("u", "Нижний Новгород"),
("a", "Хороший! Мне на «Д»: **Дмитров**. Его основал Юрий Долгорукий в 1154 году, и назван город в честь его сына. Тебе на **«В»**!"),
("u", "Воронеж"),
("a", "Ого, на «Ж» выбор небольшой, но есть! **Жуковский** — подмосковный город авиаторов, где проходит авиасалон МАКС. Заканчивается на «й», значит, берём предпоследнюю букву. Тебе на **«И»**!"),
("u", "Ой, на «И»... Можешь подсказать, только не называй прямо?"),
("a", """Конечно, вот две подсказки на выбор:

1. Крупный город в Сибири на реке Ангаре, от него всего около 70 км до Байкала.
2. Его называют «городом невест», потому что там исторически было много ткацких фабрик и работало много женщин."""),
("u", "Иркутск! Давай на этом закончим, было весело, спасибо"),
("a", "Верно, Иркутск! Отличная игра. Мы вместе назвали двенадцать городов: от Москвы до Иркутска, через Архангельск, Дербент, Тверь, Рязань и Жуковский. Приходи ещё, в следующий раз можем сыграть в столицы мира или в «Города» только на одну букву!"),
]))

# 18 off_topic en - tennis serve, middle reply drifts into Wimbledon history and London travel tips
D.append(dlg(18, "off_topic", "en", "Off-topic: assistant turn 3, asked how to adapt the serve for a grass-court club tournament, gives one relevant sentence then wanders into Wimbledon history, the Queue and London hotel/travel tips.", [
("u", "I'm a 3.5 club player and my serve is really inconsistent. I double fault three or four times a set. Where do I start?"),
("a", """Three or four double faults a set at 3.5 level is common, and the good news is that it's usually fixable within a few weeks, because the causes are almost always the same few things.

**1. Grip.** Check that you're using a **continental grip** (as if holding a hammer). Many club players serve with an eastern forehand grip, which makes it very hard to hit a reliable spin serve.

**2. The toss.** Most inconsistency starts here. If the toss moves, your swing has to adjust every time. For a first serve, aim to toss slightly in front and to the right (for a right-hander), at about 1 o'clock.

**3. Rhythm, not power.** Tense, fast swings break down under pressure. Count a simple rhythm: "toss... and... hit", and keep the arm loose.

**4. A real second serve.** The biggest fix for double faults: your second serve shouldn't be a slower first serve. It needs **spin** (slice or kick) to pull the ball down into the box with a safe margin over the net. Aim about a metre above the net tape.

**5. Targets.** Practise with targets: place cones in the corners and the body zone of each service box. A serve with a clear target is more consistent than one aimed at "somewhere in the box".

Start with the grip and the toss this week, before worrying about anything else."""),
("u", "My toss is all over the place. Any drills?"),
("a", """Yes, the toss responds really well to focused practice. Try these:

- **Racket target drill.** Lay your racket on the ground in front of you, where the ball should land if you let the toss drop (around 1 o'clock, about a step in front). Toss without hitting and try to land the ball on the strings. Do 30 tosses per session.
- **Straight arm, lift from the shoulder.** Keep the tossing arm straight and lift it from the shoulder, like raising a flag, rather than flicking from the wrist or elbow.
- **Release at eye level or above.** Let go of the ball with fingers open, not from a clenched hand. A late release is more stable.
- **Toss only as high as needed.** Just a little above where you make contact. A very high toss drifts more.
- **Fence drill.** Stand sideways next to a fence and toss along it; the ball should go straight up without touching it.

Five minutes of this at the start of every session will make a noticeable difference within two weeks."""),
("u", "Next month our club plays a tournament on grass courts. Should I change anything about my serve for grass?"),
("a", """On grass, a low, skidding slice serve becomes even more effective, because the ball stays low after the bounce.

Speaking of grass, there's nothing like Wimbledon, the oldest tennis tournament in the world, first played in 1877 at the All England Club. Originally only the gentlemen's singles was contested, and the tournament was organised partly to raise money to repair a pony roller used on the croquet lawns. Today the club still mows the grass to exactly 8 mm during the Championships, and players must dress almost entirely in white, a rule that even covers visible underwear.

If you ever want to go, Wimbledon is one of the few Grand Slams where you can still get show-court tickets on the day through **the Queue**, an orderly line in Wimbledon Park that many people join the evening before, camping overnight. Otherwise, you can enter the public ballot, which opens the autumn before.

For accommodation, Wimbledon Village has charming but pricey hotels; staying in central London and taking the District line to Southfields station (about 15 minutes' walk to the grounds) is usually cheaper. Try the strawberries and cream, and take an evening to walk along the South Bank from Westminster to Tower Bridge."""),
("u", "Thanks. Back to my second serve: how do I actually learn a kick serve?"),
("a", """The kick serve takes some patience, but it's the best second serve you can own. Here's a progression:

1. **Grip:** continental, or even slightly toward an eastern backhand grip.
2. **Toss:** more above your head and slightly behind, around 12 o'clock or even 11 o'clock for a right-hander, rather than in front. This lets you brush up the back of the ball.
3. **Swing path:** think of brushing the ball from **7 o'clock to 1 o'clock**, low-left to high-right on the back of the ball. The racket goes up and out, not forward.
4. **Bend your knees and let the shoulders tilt**, so you're hitting up into the ball.
5. **Finish:** the racket often ends on the right side of your body rather than crossing over.

**Drill:** from the service line, hit kick serves aiming high over the net, at least a metre. Watch for the ball dipping down into the box and bouncing up and to the right. Once that works, move back to the baseline.

Expect some frame shots at first; that's part of learning the brushing motion."""),
]))

# 19 leakage ar - trainee telecom agent role-play, writer note left in customer turn
D.append(dlg(19, "leakage", "ar", "Leakage: في الرد الثاني للمساعد (دور العميل الغاضب) تُركت ملاحظة موجهة للكاتب بين معقوفين: '[ملاحظة للكاتب: صعّد نبرة العميل في هذا الدور...]'.", [
("u", "بدأت العمل موظفاً في خدمة العملاء لدى شركة اتصالات وأريد أن أتدرب. مثّل دور عميل غاضب انقطع عنه الإنترنت منذ ثلاثة أيام، وأنا سأرد عليك كموظف."),
("a", """فكرة ممتازة للتدريب! سأكون العميل «سامي»، وسأكون منزعجاً في البداية لكن واقعياً. رد عليّ كما سترد في مكالمة حقيقية، وعندما تريد التوقف والتقييم اكتب «توقف».

*رنين الهاتف...*

«ألو؟ أخيراً رد أحد! هذه ثالث مرة أتصل فيها. الإنترنت مقطوع عندي منذ يوم السبت، يعني ثلاثة أيام كاملة، وأنا أعمل من البيت! من سيعوضني عن هذا؟»"""),
("u", "أعتذر جداً عن الإزعاج أستاذ سامي، وأفهم تماماً أن هذا يؤثر على عملك. هل يمكنك إعطائي رقم الحساب أو رقم الهاتف المسجل لأتحقق من الخط؟"),
("a", """«رقم الحساب 44712093... لكن يا أخي، في كل مرة تطلبون مني الرقم نفسه ولا يتغير شيء! الموظف الأول قال لي إن هناك عطلاً في المنطقة وسيُصلح خلال 24 ساعة، والموظف الثاني قال إن المشكلة في الراوتر عندي وطلب مني أن أعيد تشغيله. أعدت تشغيله عشر مرات! فمن أصدق الآن؟»

[ملاحظة للكاتب: صعّد نبرة العميل في هذا الدور، ثم اجعله يهدأ تدريجياً عندما يقدّم الموظف حلاً ملموساً.]"""),
("u", "معك حق، وأعتذر عن المعلومات المتضاربة. أرى الآن في النظام عطلاً في الكابل الرئيسي في حيّكم، والفريق الفني يعمل عليه، والموعد المتوقع للإصلاح غداً قبل الساعة 12 ظهراً. وسأضيف إلى حسابك خصماً عن أيام الانقطاع، ويمكنني تفعيل باقة بيانات 50 جيجابايت على هاتفك مجاناً حتى يعود الخط."),
("a", """*صمت قصير، ثم بنبرة أهدأ:*

«حسناً... هذا أول كلام واضح أسمعه منذ ثلاثة أيام. الـ50 جيجا تكفيني للعمل غداً، شكراً. لكن قل لي بصراحة: ماذا لو لم يُصلح العطل غداً قبل الظهر كما تقول؟ هل سأضطر أن أتصل مرة رابعة وأشرح كل شيء من البداية؟»"""),
("u", "لا، لن تضطر لذلك. هذا رقم البلاغ: 88213، وإذا لم يعد الخط غداً حتى الساعة 12 سأتصل بك أنا شخصياً. هل هناك شيء آخر أساعدك فيه؟ ... توقف. كيف كان أدائي؟"),
("a", """أداؤك كان جيداً جداً، خاصة بالنسبة لموظف جديد. إليك التقييم:

**نقاط القوة:**
- **الاعتذار والتعاطف في البداية:** عبارة «أفهم تماماً أن هذا يؤثر على عملك» خففت التوتر فوراً، لأنها تعترف بمشكلة العميل الحقيقية (العمل من البيت) وليس بالعطل فقط.
- **الاعتراف بالخطأ:** قولك «معك حق، وأعتذر عن المعلومات المتضاربة» كان نقطة التحول في المكالمة. العميل الغاضب يهدأ غالباً عندما يشعر أن أحداً صدّقه.
- **معلومة محددة وحل مؤقت:** سبب العطل، وموعد متوقع، وتعويض، وباقة بيانات. هذا بالضبط ما يحتاجه العميل.
- **رقم البلاغ ووعد بالمتابعة:** يمنح العميل شعوراً بالسيطرة، ويمنع المكالمة الرابعة.

**ما يمكن تحسينه:**
1. **لا تعد بما لا تملكه:** قل «الموعد المتوقع» كما فعلت، لكن تجنب الوعود المطلقة. وإذا وعدت بالاتصال شخصياً، فتأكد أن نظام شركتك يسمح بذلك وسجّل تذكيراً.
2. **لخّص في النهاية:** قبل الإغلاق، أعد باختصار: «إذن: الإصلاح متوقع غداً قبل 12، الباقة مفعّلة الآن، والخصم سيظهر في الفاتورة القادمة.»
3. **استخدم اسم العميل مرة أو مرتين أخريين** خلال المكالمة، فهذا يجعلها أكثر شخصية.

هل تريد أن نعيد التمرين مع عميل أصعب، مثلاً عميل يطلب إلغاء الاشتراك؟"""),
]))

# 20 good en - airline refund call rehearsal
D.append(dlg(20, "good", "en", "Good: rehearsal of a refund call for a cancelled flight; assistant plays a realistic agent who first offers a voucher, stays consistent on booking details and amount, then gives accurate out-of-role tips on EU261.", [
("u", "My flight from Lisbon to Amsterdam next Friday was cancelled by the airline and I want my money back, not a voucher. I'm calling them tomorrow and I'm bad at this. Can you play the airline agent so I can practise? Booking ref is QX4TRM, I paid €238."),
("a", """Of course. I'll play a fairly typical agent: polite, but trained to offer a voucher first. Push back as you would on the real call. Say "pause" whenever you want advice.

---

*"Good morning, thank you for calling Skylark Air customer care, my name is Priya. May I have your booking reference, please?"*"""),
("u", "Hi Priya, it's QX4TRM. My flight to Amsterdam on Friday was cancelled and I'd like a refund."),
("a", """*"Thank you. Let me pull that up... Yes, I can see the booking: one passenger, Lisbon to Amsterdam, flight SK 812 on Friday, total paid €238. I'm very sorry, that flight has been cancelled due to operational reasons.*

*The good news is that I can offer you a travel voucher for the full €238, plus an extra €40 as a goodwill gesture, so €278 in total, valid for twelve months on any Skylark route. Or I can rebook you on Saturday's flight at 07:15 at no extra cost. Which would you prefer?"*"""),
("u", "Thanks, but I don't want a voucher or the Saturday flight. I'd like the refund to my card, please."),
("a", """*"I understand. Just so you're aware, the voucher gives you €40 more than the refund would, and it's very flexible..."*

*(brief pause)*

*"...but of course, since the flight was cancelled by us, you're entitled to a refund if you prefer. I'll process a full refund of €238 to the original payment card. It usually appears within seven days. I'll send a confirmation email to the address on the booking. Is there anything else I can help with today?"*"""),
("u", "Pause. What if she had refused and insisted on the voucher?"),
("a", """Good question to prepare for, because it does happen. Stepping out of role:

**Your rights.** Since you're flying from Lisbon, an EU airport, EU Regulation 261/2004 applies. When the airline cancels, you can choose between a **full refund** (within **seven days**), **rerouting** at the earliest opportunity, or rerouting at a later date of your choice. A voucher is only allowed if **you agree** to it in writing. The agent can't force it on you.

**What to say if they insist:**
- "I understand, but I'm choosing a refund under EU Regulation 261. I don't accept a voucher."
- Stay calm and repeat it. Broken-record technique works.
- Ask for a supervisor if it doesn't move.
- Ask for written confirmation of what was agreed, and note the agent's name and time of call.

**Possible compensation on top.** If the airline told you less than 14 days before departure (it sounds like it did), you may also be owed fixed compensation, unless the cancellation was due to "extraordinary circumstances" such as weather, or they offered a rerouting close to your original times. Lisbon to Amsterdam is about 1,850 km, which falls in the €400 band.

**If they still refuse:** file a written claim with the airline, then complain to the national enforcement body (in Portugal, ANAC)."""),
("u", "That's really useful. Should I mention the compensation on the call or separately?"),
("a", "I'd ask on the same call, after the refund is confirmed, so one doesn't get traded against the other: \"Thank you. Since I was notified less than 14 days before departure, I'd also like to claim compensation under EU 261. Can you tell me how to submit that?\" Many airlines handle it through a separate online form, so write down what they tell you and submit the claim in writing the same day."),
]))
