from h7c_common import dlg

D = []

# 21 placeholder en - triathlon swim coaching, unfilled pace blank
D.append(dlg(21, "placeholder", "en", "Placeholder: in assistant turn 2 the main-set pace is an unfilled blank '_:__ per 100 m' inside an otherwise complete, numerically consistent swim plan.", [
("u", "I've signed up for my first sprint triathlon in 12 weeks. The swim is 750 m in open water and right now I can only do about 200 m of front crawl before I have to stop. Help?"),
("a", """Twelve weeks is enough to get from 200 m to a comfortable 750 m, as long as you swim regularly and build endurance gradually. Most beginners stop at 200 m not because of fitness but because of breathing and tension, so we'll work on both.

**Frequency:** 3 swims a week, 30-45 minutes each.

**Weeks 1-4: technique and comfort**
- Warm-up: 200 m easy, mixing strokes if needed.
- Drills: 4 x 50 m kick with a board, 4 x 50 m "catch-up" drill (one hand waits in front until the other arrives).
- Main: 8 x 50 m front crawl with 30 s rest. Focus on **exhaling steadily underwater** through your nose and mouth, so you only need to inhale when you turn your head.

**Weeks 5-8: building distance**
- Main sets move to 100s and 200s: e.g. 6 x 100 m with 20 s rest, then 3 x 200 m with 30 s rest.
- Practise **bilateral breathing** (every 3 strokes) in some repeats.

**Weeks 9-11: race-specific**
- One continuous swim per week: 500 m, then 650 m, then 800 m.
- At least two open-water sessions, ideally with a group or lifeguard.

**Week 12: taper.** Shorter, relaxed swims; one 400 m at race effort early in the week.

Before we set paces, swim a 400 m time trial this week at a steady, hard-but-sustainable effort and tell me your time."""),
("u", "Did the 400 m test today: 9:40. Bit slower than I hoped. What pace should I train at?"),
("a", """9:40 for 400 m is a perfectly solid starting point for a first-time triathlete, and well within the range you need for a relaxed 750 m. Let's turn it into training paces.

**Your baseline:** 9:40 ÷ 4 = **2:25 per 100 m**. That's roughly your sustainable "threshold" pace right now.

**Three training zones for you:**
- **Easy / technique swimming:** about 2:40-2:50 per 100 m. Warm-ups, drills and long continuous swims.
- **Threshold (main sets):** for the main set, swim 6 x 100 m at _:__ per 100 m with 20 seconds rest. This pace should feel hard but controlled, and the last repeat should be about as fast as the first.
- **Fast:** short 25 m or 50 m efforts at about 2:05-2:10 pace, with plenty of rest, once a week, to improve speed and stroke rate.

**Predicted race time:** at your current level, 750 m in open water would take roughly 19-20 minutes, allowing for sighting and the mass start. With twelve weeks of consistent training, many beginners improve their 400 m time by 30-60 seconds.

Retest your 400 m every four weeks and we'll adjust the zones."""),
("u", "Honestly the open water part scares me. How do I prepare for that?"),
("a", """That's the most common fear among new triathletes, and it's very manageable with preparation.

1. **Practise sighting in the pool.** Every 6-8 strokes, lift your eyes just above the water ("crocodile eyes") to spot a target at the end of the lane, then breathe to the side as normal. Do it in every main set.
2. **Get a wetsuit and swim in it before race day.** It adds buoyancy and warmth, but can feel tight around the chest. Do at least two swims in it so the sensation isn't new on race morning.
3. **Open-water sessions.** Join a supervised group session at a lake; many triathlon clubs run them weekly in season. Start close to the shore and swim parallel to it.
4. **Have a panic plan.** If you feel anxious, roll onto your back, float, breathe slowly, and then switch to breaststroke for a bit. It's allowed, and race kayaks are there to help.
5. **Race start strategy.** Start at the back or the side of the group. You lose maybe 20-30 seconds and avoid the washing-machine effect completely.

Expect the first open-water swim to feel strange; by the third, most people are surprised by how calm they feel."""),
("u", "What should race morning look like?"),
("a", """Keep it simple and unhurried:

- **Breakfast 2.5-3 hours before:** something familiar and carb-based, like porridge with a banana, or toast with honey. Nothing new.
- **Arrive at least 60-90 minutes early** to rack your bike, set up transition and pick up your timing chip.
- **Lay out transition** in the order you'll need things: helmet on the bars, shoes, race belt with number, sunglasses.
- **Warm up in the water** if allowed, 5-10 minutes of easy swimming plus a few short pick-ups. If not, do arm swings and band work on the shore.
- **Wetsuit on about 20 minutes before** the start, and a sip of water.
- **At the start:** position yourself at the back or side, take three slow breaths, and swim the first 100 m easier than you think you should."""),
("u", "Thanks coach, feeling way more confident!"),
("a", "That's great to hear! You've got a clear plan and plenty of time. Stay consistent with your three swims a week, get into open water early, and enjoy race day. You're going to finish that swim."),
]))

# 22 structure en - Iceland ring road, ends on an unanswered user turn
D.append(dlg(22, "structure", "en", "Structure: the dialogue ends on a user turn (the fourth question about the Westfjords detour gets no assistant reply).", [
("u", "We're doing the Iceland Ring Road in 8 days in late June, rental car, two adults. Is 8 days enough and which direction should we go?"),
("a", """Eight days is enough for the Ring Road (Route 1, about 1,330 km), though you'll need to pick highlights rather than see everything. It works out to roughly 170-250 km of driving a day, plus stops. Late June is a great time: midnight sun, all main roads open, and puffins on the cliffs.

**Direction:** either works, but many people go **counter-clockwise** (south coast first). The reasoning: the south coast is the most spectacular and crowded part, so you see it while you're fresh, and if weather forces you to skip something, it's more likely in the quieter north. Going clockwise saves the south's highlights for the end, and lets you do the Golden Circle on the last day near Reykjavík.

**A sample counter-clockwise plan:**
1. Reykjavík → Golden Circle (Þingvellir, Geysir, Gullfoss) → Hella area.
2. Seljalandsfoss, Skógafoss, Reynisfjara black beach → Vík.
3. Vík → Skaftafell → Jökulsárlón glacier lagoon and Diamond Beach → Höfn.
4. Höfn → East Fjords → Egilsstaðir.
5. Egilsstaðir → Dettifoss → Mývatn area.
6. Mývatn (Hverir, Mývatn Nature Baths) → Goðafoss → Akureyri.
7. Akureyri → Kolugljúfur or Hvítserkur → Borgarnes.
8. Snæfellsnes peninsula (Kirkjufell) or straight back to Reykjavík.

Book accommodation now; rooms in the south and around Mývatn sell out for late June."""),
("u", "Do we need a 4x4?"),
("a", """For the Ring Road itself in late June: **no.** Route 1 is paved almost the entire way, and a regular 2WD car handles it fine, as well as the roads to Dettifoss (west side), the Golden Circle and Snæfellsnes.

You **need** a 4x4 only if you plan to drive **F-roads**, the mountain roads into the Highlands such as the route to Landmannalaugar. They are legally closed to 2WD cars, usually open from late June or July depending on snow, and 2WD rental insurance won't cover you there.

Two things are worth getting regardless of the car:
- **Gravel protection insurance.** Passing cars throw stones, and windscreen chips are the most common rental damage in Iceland.
- **Sand and ash protection**, if you're driving the south coast on a windy day.

Also check the road conditions on **umferdin.is** and the weather on **vedur.is** each morning."""),
("u", "What's the food situation? Is it as expensive as people say?"),
("a", """Yes, Iceland is expensive, but you can manage it well with a bit of planning.

**Typical prices (roughly):** a main course in a sit-down restaurant is often 4,000-6,000 ISK, a burger and fries at a roadside grill 2,500-3,500 ISK, a coffee 600-800 ISK. A hot dog at a petrol station or the famous Bæjarins Beztu stand in Reykjavík is one of the cheapest hot meals you'll find.

**How to save:**
- **Shop at Bónus or Krónan** supermarkets for breakfast, lunch and snacks. Netto is also decent. Avoid buying groceries at petrol stations.
- **Picnic lunches** at viewpoints are part of the fun, and waterfalls make good lunch spots.
- **Tap water is excellent** everywhere; bring a refillable bottle.
- **Alcohol** is heavily taxed and only sold in the state-run Vínbúðin stores with limited hours; buying duty-free at Keflavík on arrival is much cheaper.

**Worth a splurge:** lamb soup (kjötsúpa), fresh Arctic char or cod, and skyr for breakfast."""),
("u", "Last question: a friend says we should add a detour to the Westfjords. Is that realistic in 8 days or should we save it for another trip?"),
]))

# 23 repetition th - Chiang Mai, assistant repeats its khao soi recommendations near-verbatim
D.append(dlg(23, "repetition", "th", "Repetition: คำตอบสุดท้าย (เทิร์นที่ 4) คัดลอกรายการร้านข้าวซอยสามร้านจากคำตอบเทิร์นที่ 3 มาแทบคำต่อคำ แทนที่จะให้ข้อมูลใหม่สำหรับช่วงเช้าวันสุดท้าย", [
("u", "จะไปเที่ยวเชียงใหม่ 3 วัน 2 คืน ปลายเดือนธันวาคมกับแฟน ควรไปเที่ยวที่ไหนบ้างคะ"),
("a", """ปลายเดือนธันวาคมเป็นช่วงที่อากาศดีที่สุดของเชียงใหม่เลยค่ะ กลางวันประมาณ 25–28 องศา ส่วนเช้ามืดบนดอยอาจเหลือ 10 องศาต้น ๆ อย่าลืมเอาเสื้อกันหนาวไปด้วยนะคะ ลองแบ่งแบบนี้ค่ะ

**วันที่ 1: ในเมืองเก่า**
- วัดพระสิงห์วรมหาวิหาร และวัดเจดีย์หลวง ซึ่งมีเจดีย์โบราณขนาดใหญ่ที่พังลงบางส่วนจากแผ่นดินไหวในอดีต
- เดินเล่นรอบคูเมือง แวะคาเฟ่เล็ก ๆ ในซอย
- ถ้าตรงกับวันอาทิตย์ ไปถนนคนเดินวันอาทิตย์ที่ประตูท่าแพ เริ่มราวบ่ายสี่โมงเย็น

**วันที่ 2: ดอยสุเทพ–ดอยปุย**
- ขึ้นวัดพระธาตุดอยสุเทพแต่เช้าเพื่อเลี่ยงคน เดินบันไดนาค 306 ขั้น หรือนั่งรถรางขึ้นก็ได้
- ต่อไปหมู่บ้านม้งดอยปุย ชมสวนดอกไม้ซึ่งบานช่วงหน้าหนาวพอดี
- ตกเย็นกลับมาเดินย่านนิมมานเหมินท์

**วันที่ 3: ตลาดและของฝาก**
- กาดหลวง (ตลาดวโรรส) สำหรับของฝากอย่างแคบหมู ไส้อั่ว น้ำพริกหนุ่ม
- ถ้ามีเวลา แวะวัดอุโมงค์ ซึ่งมีอุโมงค์เก่าแก่ในบรรยากาศร่มรื่น

ช่วงปลายธันวาคมเป็นไฮซีซั่น แนะนำให้จองที่พักและรถล่วงหน้านะคะ"""),
("u", "ขึ้นดอยสุเทพยังไงดีคะ ไม่ได้เช่ารถ"),
("a", """ไม่ต้องเช่ารถก็ขึ้นได้สบาย ๆ ค่ะ

- **รถแดง (รถสองแถว):** จุดขึ้นรถยอดนิยมอยู่หน้ามหาวิทยาลัยเชียงใหม่ (ประตูหน้า ถนนห้วยแก้ว) รถจะออกเมื่อผู้โดยสารเต็มประมาณ 8–10 คน ค่าโดยสารประมาณ 50–60 บาทต่อคนต่อเที่ยว ใช้เวลาขึ้นประมาณ 30–40 นาที
- **เหมารถแดงทั้งคัน:** ถ้าอยากไปต่อดอยปุยด้วย สามารถตกลงราคาแบบไป-กลับพร้อมรอ ควรคุยราคาให้ชัดก่อนขึ้นรถ
- **Grab หรือ Bolt:** สะดวกขาขึ้น แต่ขาลงบางครั้งเรียกรถยาก อาจต้องกลับด้วยรถแดงแทน

**เมื่อถึงวัด:** เดินบันไดนาค 306 ขั้น หรือนั่งรถรางขึ้นไปก็ได้ การแต่งกายควรสุภาพ ปิดไหล่และเข่า ถ้าไปถึงก่อน 8 โมงเช้าจะได้บรรยากาศเงียบสงบ และถ้าฟ้าใสจะมองเห็นตัวเมืองเชียงใหม่ทั้งเมืองค่ะ"""),
("u", "แล้วมีร้านข้าวซอยอร่อย ๆ แนะนำไหมคะ"),
("a", """ข้าวซอยคือเมนูที่ห้ามพลาดเลยค่ะ แนะนำสามร้านที่คนเชียงใหม่และนักท่องเที่ยวชอบ

- **ข้าวซอยลำดวนฟ้าฮ่าม:** ร้านเก่าแก่ริมแม่น้ำปิงฝั่งตะวันออก เปิดมานานหลายสิบปี น้ำแกงเข้มข้น หอมเครื่องแกง ไปเช้าหน่อยเพราะคนเยอะช่วงเที่ยง
- **ข้าวซอยแม่สาย:** อยู่แถวนิมมานเหมินท์ ราคาย่อมเยา รสกลมกล่อม นิยมสั่งแบบไก่หรือหมู เปิดเฉพาะช่วงเช้าถึงบ่าย
- **ข้าวซอยอิสลาม:** ย่านถนนเจริญประเทศ ใกล้ไนท์บาซาร์ ข้าวซอยเนื้อและแพะรสจัดจ้าน เหมาะกับคนชอบเครื่องเทศ

เคล็ดลับคือบีบมะนาว ใส่หอมแดงดองและผักกาดดองที่ให้มาเคียง จะช่วยตัดความมันของกะทิได้ดีค่ะ"""),
("u", "วันสุดท้ายเครื่องบินออกบ่ายสามโมง ช่วงเช้าถึงเที่ยงควรทำอะไรดีคะ"),
("a", """ช่วงเช้าวันสุดท้ายแนะนำให้อยู่ในเมืองค่ะ จะได้ไม่ต้องกังวลเรื่องเวลา ส่วนมื้อกลางวันก่อนไปสนามบิน แนะนำข้าวซอยจากสามร้านนี้ค่ะ

- **ข้าวซอยลำดวนฟ้าฮ่าม:** ร้านเก่าแก่ริมแม่น้ำปิงฝั่งตะวันออก เปิดมานานหลายสิบปี น้ำแกงเข้มข้น หอมเครื่องแกง ไปเช้าหน่อยเพราะคนเยอะช่วงเที่ยง
- **ข้าวซอยแม่สาย:** อยู่แถวนิมมานเหมินท์ ราคาย่อมเยา รสกลมกล่อม นิยมสั่งแบบไก่หรือหมู เปิดเฉพาะช่วงเช้าถึงบ่าย
- **ข้าวซอยอิสลาม:** ย่านถนนเจริญประเทศ ใกล้ไนท์บาซาร์ ข้าวซอยเนื้อและแพะรสจัดจ้าน เหมาะกับคนชอบเครื่องเทศ

อย่าลืมบีบมะนาว ใส่หอมแดงดองและผักกาดดองที่ให้มาเคียง จะช่วยตัดความมันของกะทิได้ดีค่ะ สนามบินเชียงใหม่อยู่ห่างจากเมืองเก่าเพียง 15–20 นาที ควรออกเดินทางประมาณเที่ยงครึ่งค่ะ"""),
]))

# 24 good tr - beginner strength training
D.append(dlg(24, "good", "tr", "İyi: spor salonuna yeni başlayan biri için somut tam vücut programı, diz içe kaçması düzeltmesi, kardiyo ve ağırlık artırma önerileri; kısa takip sorularına kısa, sıcak yanıtlar.", [
("u", "30 yaşındayım ve ilk kez spor salonuna yazıldım. Haftada 3 gün gidebilirim. Ağırlık çalışmaya nasıl başlamalıyım?"),
("a", """Harika bir karar! Haftada 3 gün, yeni başlayan biri için ideal bir sıklık. İlk 8-12 hafta için en verimli yapı **tam vücut (full body)** antrenmandır: her seansta bütün ana kas gruplarını çalıştırırsın ve arada bir gün dinlenirsin (örneğin pazartesi, çarşamba, cuma).

İki antrenmanı sırayla uygula: A, B, A, sonraki hafta B, A, B.

**Antrenman A**
1. Goblet squat (dambılı göğsünde tutarak): 3 x 8-12
2. Dambıl bench press: 3 x 8-12
3. Lat pulldown: 3 x 8-12
4. Dambıl Romanian deadlift: 3 x 10-12
5. Plank: 3 x 20-40 saniye

**Antrenman B**
1. Leg press: 3 x 10-12
2. Oturarak kablo row: 3 x 8-12
3. Oturarak dambıl omuz press: 3 x 8-12
4. Kalça köprüsü (glute bridge): 3 x 12-15
5. Dead bug: 3 x 10 (her taraf)

**Önemli kurallar:**
- Başlamadan önce 5-10 dakika hafif kardiyo ve birkaç hafif ısınma seti yap.
- Her seti **2 tekrar yedekte** bırakacak şekilde bitir; yani teknik bozulmadan 2 tekrar daha yapabilecek kadar.
- Setler arasında 60-120 saniye dinlen.
- İlk iki hafta ağırlıkları hafif tut ve tekniği öğrenmeye odaklan; mümkünse salondaki eğitmenden bir kez form kontrolü iste."""),
("u", "Squat yaparken dizlerim içe doğru kaçıyor. Ne yapmalıyım?"),
("a", """Bu çok yaygın bir durum ve genellikle kalça kaslarının (özellikle gluteus medius) henüz yeterince güçlü ya da aktif olmamasından kaynaklanır. Düzeltmek için:

1. **Doğru ipucunu kullan:** "Dizlerini ayak uçlarının yönüne it" ya da "yeri ayaklarınla yırtıyormuş gibi dışarı doğru bastır". Dizlerin, ikinci ve üçüncü ayak parmağının hizasında kalmalı.
2. **Ayak duruşunu kontrol et:** Ayaklar omuz genişliğinde, uçlar 15-30 derece dışa dönük. Ağırlığı ayağın üç noktasına dağıt: topuk, başparmak kökü ve serçe parmak kökü.
3. **Ağırlığı azalt:** Diz içe kaçıyorsa yük şu an fazla demektir. Hafif ağırlıkla temiz tekrarlar her zaman daha iyidir.
4. **Kutuya squat yap:** Arkana bir bank koy ve kontrollü şekilde dokunup kalk; hareketi yavaşlatır ve dizlerini izlemeni kolaylaştırır.
5. **Kalça kaslarını güçlendir:** Antrenman öncesi 2 set dizlerin üstüne mini bant takarak yana yürüme (her yöne 10 adım) ve 2 x 15 clamshell yap.

Yanından video çekmek de çok işe yarar; çoğu kişi dizlerinin ne kadar içe kaçtığını ancak videoda fark eder. Birkaç hafta içinde belirgin bir düzelme görmelisin."""),
("u", "Kilo da vermek istiyorum. Kardiyo eklemeli miyim?"),
("a", """Evet, eklemek faydalı, ama kilo vermenin asıl belirleyicisi beslenme. Kardiyo yardımcı olur, tek başına yeterli değildir.

- **Kalori açığı:** Günde yaklaşık 300-500 kalorilik bir açık, kas kaybetmeden haftada 0,25-0,5 kg vermek için makul bir hedef.
- **Protein:** Vücut ağırlığının kilogramı başına 1,6 gram civarı protein, ağırlık çalışırken kaslarını korumana yardım eder.
- **Kardiyo:** Haftada 2-3 kez 20-30 dakika orta tempoda (konuşabileceğin ama şarkı söyleyemeyeceğin bir hızda) yürüyüş, bisiklet ya da eliptik. Ağırlık antrenmanından sonra ya da ayrı günlerde yapabilirsin.
- **Günlük adım:** Belki de en kolay etkili yöntem; günde 8.000-10.000 adım hedefle.

Önceliğin ağırlık çalışması olsun; kardiyo onu desteklesin, yerine geçmesin."""),
("u", "Peki ağırlıkları ne zaman artırmalıyım?"),
("a", "En basit yöntem \"çift ilerleme\": bir harekette 3 setin hepsinde tekrar aralığının üst sınırına (örneğin 12 tekrar) temiz teknikle ulaştığında, bir sonraki antrenmanda ağırlığı biraz artır (dambılda 1-2 kg) ve yeniden 8 tekrardan başla. Böylece hem güçlenirsin hem de tekniğini korursun."),
("u", "Çok teşekkürler, pazartesi başlıyorum!"),
("a", "Çok sevindim, kolay gelsin! İlk haftalarda biraz kas ağrısı normal, merak etme. Antrenmanlarını bir deftere ya da uygulamaya not etmeyi unutma; birkaç hafta sonra ne kadar ilerlediğini görmek en büyük motivasyon olacak. Başarılar!"),
]))

# 25 non_answer en - perspective drawing, final reply gives no method
D.append(dlg(25, "non_answer", "en", "Non-answer: the last assistant reply (turn 4, how to draw a street of houses going downhill) only praises and restates the challenge at length, giving no method (e.g. vanishing points above/below the horizon).", [
("u", "I want to learn to draw buildings. Can you explain one-point perspective?"),
("a", """One-point perspective is the best place to start: it's simple, and it instantly makes drawings look three-dimensional.

**The core idea.** Parallel lines that move away from you appear to converge at a single point on the horizon, the **vanishing point (VP)**. Think of railway tracks meeting in the distance.

**The setup:**
1. **Draw the horizon line.** This is always at your eye level. A low horizon makes buildings tower over you; a high one gives a bird's-eye feel.
2. **Place one vanishing point** on the horizon, often near the middle.

**The rules in one-point:**
- Lines going **into the distance** (the depth lines) all go to the VP.
- **Vertical** lines stay vertical.
- **Horizontal** lines (width) stay horizontal.

**Exercise: a box.** Draw a rectangle anywhere on the page. From each corner, draw a light line to the VP. Decide how deep the box is and draw a smaller rectangle between those lines, parallel to the first. Erase the hidden lines. Try boxes above the horizon (you see the bottom), below it (you see the top) and straddling it.

**Exercise: a street.** Put the VP in the centre, draw the road edges converging to it, then add building fronts as rectangles whose tops and bottoms run to the VP. Doors and windows follow the same lines.

One-point works best when you look straight down a street or corridor."""),
("u", "And two-point perspective?"),
("a", """Two-point perspective is what you need when you look at a building **from its corner**, so that both of its sides recede.

**The setup.** Draw the horizon line and place **two vanishing points** on it, far apart, ideally near or even beyond the edges of your paper. If they're too close together, buildings look distorted and stretched.

**The rules:**
- Lines of the **left side** of the object go to the **left VP**.
- Lines of the **right side** go to the **right VP**.
- **Vertical lines stay vertical.**
- There are no purely horizontal edges anymore (except those lying exactly on the horizon line).

**Exercise: a building block.**
1. Draw one vertical line: the nearest corner of the building.
2. From its top and bottom, draw lines to both VPs.
3. Add two more verticals, one on each side, to set the width of each wall.
4. From the tops of those new verticals, draw lines to the opposite VPs; where they cross is the hidden back corner of the roof.

**Adding details:** windows and doors sit on the wall, so their top and bottom edges go to that wall's VP. To space windows evenly in depth, use diagonals: draw an X across a wall rectangle to find its perspective centre, and divide again.

Once you're comfortable, sketch a real street corner from a photo and find its vanishing points by extending the roof lines."""),
("u", "How do I draw a sloped roof on a house in two-point perspective?"),
("a", """The trick is to find the roof's peak using the centre of the gable wall, then connect.

1. **Draw the house as a box** in two-point perspective, as before.
2. **Find the centre of the gable wall** (the end wall under the triangular part of the roof). Draw an X from corner to corner across that wall; the crossing is its perspective centre.
3. **Draw a vertical line up from that centre.** The roof's ridge point sits somewhere on this line. How high you place it decides how steep the roof is.
4. **Connect the peak** to the two top corners of the gable wall. That's the triangle of the gable.
5. **Draw the ridge line.** From the peak, draw a line toward the vanishing point of the long side of the house, the same VP the tops of the long walls go to. End it above the far gable, found the same way with an X.
6. **Connect the far peak** to the far top corner to complete the roof slope.

A neat bonus: the sloped edges of the gable, if extended, meet at points directly above and below the VP of that wall, on one vertical line. This is how architects check that roofs are consistent.

Add overhang by extending the roof edges slightly past the walls."""),
("u", "Last one: how do I draw a street of houses going downhill?"),
("a", """Drawing a street of houses going downhill is a wonderful challenge, and it's exactly the kind of scene that makes perspective come alive on the page. Sloping streets combine many of the ideas we've been talking about, and they can give your drawings a real sense of place and movement.

It's natural that this feels like a step up from flat streets and simple boxes. Hills add a new layer to how we see buildings and roads, and many artists find them among the most rewarding subjects to draw once they get comfortable with them. Towns built on hillsides, from Lisbon to San Francisco, have inspired countless sketchbooks for exactly this reason.

The good news is that you already have a strong foundation from one-point and two-point perspective, and that foundation is what you'll build on here. Take your time with it, be patient with the first few attempts, and enjoy the process of seeing your street take shape. It will deepen your understanding of perspective in a very satisfying way."""),
]))

# 26 misaligned fr - ukulele lesson, replies 2-4 rotated
D.append(dlg(26, "misaligned", "fr", "Misaligned: réponses des tours 2 à 4 décalées en rotation : la question sur l'accordage reçoit la réponse sur les accords, celle sur les accords reçoit la réponse sur le grattage, et celle sur le grattage reçoit la réponse sur l'accordage.", [
("u", "Je viens d'acheter un ukulélé soprano, je n'ai jamais fait de musique. Par où commencer ?"),
("a", """Bonne nouvelle : le ukulélé est l'un des instruments les plus accessibles pour débuter. Quatre cordes en nylon, douces pour les doigts, et quelques accords suffisent pour jouer de vraies chansons en quelques semaines.

**Les bases à connaître :**
- **La tenue :** le ukulélé repose contre ton ventre, maintenu doucement par l'avant-bras droit (si tu es droitier). La main gauche ne doit pas le porter : elle reste libre pour former les accords.
- **Les cases :** on appuie juste derrière la barrette métallique, pas au milieu de la case. Le son sera plus net avec moins de force.
- **Les ongles :** coupe courts ceux de la main gauche, sinon tu ne pourras pas appuyer correctement.

**Un plan pour le premier mois :**
1. Semaine 1 : accorder l'instrument, apprendre deux accords et les enchaîner lentement.
2. Semaine 2 : ajouter deux accords et un rythme simple.
3. Semaines 3-4 : jouer une première chanson complète, même lentement.

**Matériel utile :** un accordeur à pince (clip) ou une application gratuite, et éventuellement un métronome.

Enfin, sache que les cordes neuves se détendent beaucoup pendant les premiers jours : c'est normal d'avoir à réaccorder souvent au début. Quinze minutes par jour valent bien mieux qu'une heure le dimanche."""),
("u", "Comment je l'accorde ?"),
("a", """Commence par ces quatre accords : avec eux, tu peux jouer des centaines de chansons.

Pour lire les positions : les cordes sont numérotées de la plus proche de ton visage (sol) à la plus proche du sol (la).

- **Do (C) :** annulaire sur la 3e case de la corde de la. Les trois autres cordes à vide. C'est le plus facile.
- **La mineur (Am) :** majeur sur la 2e case de la corde de sol. Les autres à vide.
- **Fa (F) :** majeur sur la 2e case de la corde de sol, index sur la 1re case de la corde de mi.
- **Sol (G) :** index sur la 2e case de la corde de do, majeur sur la 2e case de la corde de la, annulaire sur la 3e case de la corde de mi. Il forme un petit triangle, le plus difficile des quatre.

**Exercice :** enchaîne Do → La mineur → Fa → Sol, quatre temps par accord, très lentement. Au début, pose le nouvel accord avant de gratter, même si le rythme s'arrête. La fluidité viendra en une à deux semaines."""),
("u", "Quels accords je devrais apprendre en premier ?"),
("a", """Pour gratter, utilise l'index de la main droite : vers le bas avec l'ongle, vers le haut avec la pulpe du doigt. Le mouvement vient du poignet, détendu, pas de tout le bras. Gratte à l'endroit où le manche rejoint la caisse, c'est là que le son est le plus doux.

**Rythme 1 (débutant) :** quatre coups vers le bas par mesure, en comptant « 1, 2, 3, 4 ».

**Rythme 2 (le plus utilisé) :** bas, bas-haut, haut-bas-haut, qu'on écrit souvent :
**B - B H - H B H**
En comptant : « 1, 2 et, et 4 et ». Le secret : ta main continue son va-et-vient régulier même quand elle ne touche pas les cordes (sur le temps 3). C'est ce mouvement constant qui donne le groove.

**Conseil :** travaille le rythme d'abord sur les cordes étouffées (main gauche posée à plat, sans appuyer), puis avec un seul accord, et seulement ensuite avec des changements d'accords. Commence avec un métronome à 70 battements par minute et accélère petit à petit."""),
("u", "Et pour le rythme, je gratte comment ?"),
("a", """Le ukulélé soprano s'accorde en **sol - do - mi - la** (G - C - E - A), de la corde la plus proche de ton visage à celle la plus proche du sol.

Particularité : la corde de sol est accordée **plus aiguë** que la corde de do. C'est l'accordage « rentrant », qui donne au ukulélé son son si léger. Ne t'inquiète donc pas si la première corde te paraît « dans le désordre ».

**Méthode la plus simple :**
1. Fixe un accordeur à pince sur la tête du ukulélé (ou ouvre une application d'accordage).
2. Pince une corde, regarde la note affichée.
3. Tourne la mécanique doucement : serrer fait monter la note, desserrer la fait descendre.
4. Arrête quand l'aiguille est au centre et que la bonne lettre s'affiche (G, C, E ou A).

**Astuce :** si tu dépasses la note, redescends un peu en dessous puis remonte jusqu'à la note : la corde tiendra mieux l'accord. Et vérifie l'accordage à chaque fois que tu prends l'instrument, surtout les premières semaines."""),
("u", "Merci ! Tu me conseilles une chanson pour débuter ?"),
("a", "*Let It Be* des Beatles est idéale : elle n'utilise que Do, Sol, La mineur et Fa, exactement les accords du début, avec un tempo lent. Commence par le refrain (« Let it be, let it be... ») avec quatre coups vers le bas par accord, puis passe au rythme B - B H - H B H quand les changements deviennent fluides."),
]))

# 27 bad_length ru - rest between sets answered by a long ramble about bodybuilding history
D.append(dlg(27, "bad_length", "ru", "Bad length: 2-й ответ ассистента на простой вопрос «сколько отдыхать между подходами» превращается в длинное отступление об истории бодибилдинга, «золотой эре» и Шварценеггере, так и не называя времени отдыха.", [
("u", "Хочу набрать мышечную массу, хожу в зал три раза в неделю. Какую программу посоветуешь?"),
("a", """При трёх тренировках в неделю лучше всего работает **фулбади** — тренировка всего тела за одно занятие. Так каждая мышечная группа получает нагрузку три раза в неделю, а это для роста мышц эффективнее, чем один раз.

**Пример программы (чередуй тренировки А и Б):**

**Тренировка А**
1. Приседания со штангой — 3 × 6–10
2. Жим штанги лёжа — 3 × 6–10
3. Тяга штанги в наклоне — 3 × 8–12
4. Румынская тяга — 3 × 8–12
5. Подъём гантелей на бицепс — 2 × 10–15

**Тренировка Б**
1. Жим ногами — 3 × 10–12
2. Жим гантелей сидя — 3 × 8–12
3. Подтягивания или тяга верхнего блока — 3 × 8–12
4. Выпады с гантелями — 3 × 10 на каждую ногу
5. Разгибания на трицепс на блоке — 2 × 10–15

**Главные принципы:**
- **Прогрессия нагрузки.** Каждые одну-две недели добавляй повторение или немного веса. Без этого роста не будет.
- **Подходы до «почти отказа».** Заканчивай подход, когда в запасе остаётся 1–2 повторения с хорошей техникой.
- **Питание.** Профицит калорий около 250–400 ккал в день и белок 1,6–2,2 г на килограмм веса.
- **Сон** — 7–9 часов. Мышцы растут во время восстановления, а не во время тренировки.

Веди дневник тренировок, чтобы видеть прогресс."""),
("u", "Сколько отдыхать между подходами?"),
("a", """Вопрос отдыха между подходами уходит корнями в историю бодибилдинга, и она сама по себе очень интересна. В конце XIX века Евгений Сандов, которого часто называют отцом современного бодибилдинга, выступал с демонстрациями силы и телосложения, а в 1901 году в лондонском Royal Albert Hall прошёл один из первых крупных конкурсов телосложения. Тогда никто не думал о научных протоколах тренировок: атлеты опирались на интуицию и цирковые традиции.

Настоящий расцвет пришёлся на «золотую эру» 1960–70-х годов. Калифорнийский Gold's Gym в Венис-Бич стал меккой культуристов, а Арнольд Шварценеггер, Франко Коломбу и Фрэнк Зейн тренировались там часами, нередко дважды в день. Шварценеггер семь раз выигрывал «Мистер Олимпия», а документальный фильм «Качая железо» 1977 года сделал культуризм массовым явлением. Атлеты той эпохи любили суперсеты и огромные объёмы, и тренировочная культура сильно отличалась от нынешней.

Позже, в 1980–90-е, появились новые подходы: Майк Ментцер продвигал систему Heavy Duty с очень короткими, но предельно интенсивными тренировками, а Дориан Ятс выиграл шесть титулов «Мистер Олимпия», тренируясь по похожим принципам. Споры между сторонниками большого объёма и высокой интенсивности продолжаются до сих пор, и каждое поколение атлетов находит свой путь.

Сегодня фитнес-индустрия — это миллиардный бизнес с приложениями, умными часами и онлайн-тренерами, и интерес к научному подходу к тренировкам растёт с каждым годом."""),
("u", "А разминка нужна перед каждой тренировкой?"),
("a", """Да, нужна, но долгая она не требуется — хватит 10 минут.

1. **Общая разминка, 5 минут.** Велотренажёр, быстрая ходьба на дорожке или гребной тренажёр в лёгком темпе, чтобы поднять пульс и температуру мышц.
2. **Суставная подвижность, 2–3 минуты.** Круговые движения плечами, махи ногами, наклоны, приседания без веса.
3. **Разминочные подходы в первом упражнении.** Это самое важное. Например, если рабочий вес в приседаниях 60 кг: 1 подход с пустым грифом × 10, потом 40 кг × 5, потом 50 кг × 3, и только затем рабочие подходы.

Статическую растяжку (долгое удержание позы) лучше оставить на конец тренировки: перед силовой работой она может немного снизить силу."""),
("u", "Понял, спасибо!"),
("a", "Пожалуйста! Удачных тренировок. Через месяц-полтора загляни в дневник: если веса растут, программа работает. Если застрянешь, пиши, подкорректируем."),
]))

# 28 contradiction en - Rome trip, Vatican Museums closed Sundays then scheduled on Sunday
D.append(dlg(28, "contradiction", "en", "Contradiction: turn 1 says the Vatican Museums are closed on Sundays (except the last Sunday) and to plan them for Monday, but the day-by-day plan in turn 3 puts the Vatican Museums on Sunday morning of the second weekend of March.", [
("u", "We're going to Rome for 4 days over the second weekend of March: arriving Saturday morning, leaving Tuesday evening. What are the must-sees and what logistics should we know?"),
("a", """Four days is a great amount of time for a first visit. March is a good month too: mild weather (around 10-17°C) and smaller crowds than in spring or summer.

**Must-sees:**
- **Colosseum, Roman Forum and Palatine Hill.** One combined ticket covers all three; allow half a day.
- **Vatican Museums and the Sistine Chapel**, then **St. Peter's Basilica**. Allow at least 4-5 hours.
- **Pantheon.** Since 2023 there's a small entrance fee (around €5).
- **Trevi Fountain, Spanish Steps, Piazza Navona.** Best early morning or late evening.
- **Borghese Gallery.** Bernini sculptures and Caravaggio paintings; entry is by timed reservation only.
- **Trastevere** for an evening walk and dinner.

**Important logistics:**
- **The Vatican Museums are closed on Sundays**, except the last Sunday of each month, when entry is free and extremely crowded. On your dates that's not the case, so plan the Vatican for **Monday**.
- **Book timed tickets in advance** for the Colosseum, the Vatican Museums and the Borghese Gallery. Use the official websites to avoid resellers' markups.
- **Dress code:** shoulders and knees must be covered in St. Peter's and the Sistine Chapel.
- **Getting around:** the historic centre is very walkable; metro line A serves the Vatican (Ottaviano) and Spagna, line B the Colosseum.
- **Water:** the *nasoni* drinking fountains all over the city have good, free water; bring a bottle."""),
("u", "Do we really need to book the Colosseum in advance?"),
("a", """Yes, definitely. The Colosseum uses timed entry slots with a daily cap, and in recent years tickets, especially morning slots, often sell out days ahead, even outside peak season. Turning up without a ticket risks not getting in at all.

Tips:
- Book on the official site of the Parco archeologico del Colosseo as soon as your dates are fixed. Tickets are nominative, so bring ID.
- The standard ticket gives you the Colosseum at a set time, plus the Roman Forum and Palatine Hill, usable within 24 hours.
- Consider a slot around 9:00 on Saturday, then continue straight to the Forum and Palatine afterwards.
- If you want the arena floor or the underground levels, those require special tickets or a guided tour with much more limited availability. Book those first."""),
("u", "Can you put it all into a day-by-day plan?"),
("a", """Here's a balanced plan that keeps the walking reasonable:

**Saturday (arrival day)**
- Morning: drop bags at the hotel.
- 11:00-15:00: **Colosseum** (pre-booked slot), then the **Roman Forum** and **Palatine Hill**.
- Evening: dinner in **Monti**, a lively neighbourhood right next to the Colosseum.

**Sunday**
- 8:30: **Vatican Museums and Sistine Chapel**. Book the earliest slot; the museums are quietest in the first hour. Allow about 3 hours.
- 12:00: walk round to **St. Peter's Square**, then visit **St. Peter's Basilica** (free; the queue for the security check moves fairly quickly). Climb the dome if you have energy.
- Afternoon: cross the river to **Castel Sant'Angelo** and walk to **Piazza Navona**.
- Evening: aperitivo in the Campo de' Fiori area.

**Monday**
- Morning: **Pantheon** at opening, then **Trevi Fountain** and the **Spanish Steps**.
- Afternoon: **Borghese Gallery** (pre-booked 2-hour slot), then a walk through the **Villa Borghese** gardens to the Pincio terrace for sunset over the city.

**Tuesday (departure day)**
- Morning: **Trastevere**: Santa Maria in Trastevere, the small streets, and a long lunch.
- Afternoon: collect bags and head to the airport. From Termini, the Leonardo Express train to Fiumicino takes about 32 minutes; leave at least 3 hours before your flight."""),
("u", "Great! Any tips for lunch in Trastevere on Tuesday?"),
("a", """Trastevere is one of the best places in Rome to eat, so you're in luck. A few ideas:

- **Classic Roman pasta:** look for *cacio e pepe*, *carbonara* and *amatriciana* on the menu. **Da Enzo al 29** is a small, very popular trattoria; go right at opening, since there's usually a queue. **Tonnarello** is bigger and easier to get into.
- **Supplì:** fried rice balls with mozzarella inside, a Roman classic. Grab a couple as a starter or snack at a *supplizio* or a pizza-by-the-slice shop.
- **Pizza al taglio:** for something quick before the airport, pizza by the slice, paid for by weight.

Eat lunch around 12:30-13:00, before the Roman lunch rush, so you leave plenty of time for the airport."""),
]))

# 29 good th - burnout at work, emotional support
D.append(dlg(29, "good", "th", "Good: ให้กำลังใจและคำแนะนำเฉพาะเจาะจงเรื่องภาวะหมดไฟ การตั้งขอบเขตกับหัวหน้าที่ส่งงานดึก พร้อมตัวอย่างคำพูดและช่องทางขอความช่วยเหลือ คำตอบสั้นอบอุ่นในตอนท้าย", [
("u", "ช่วงนี้รู้สึกหมดไฟในการทำงานมากค่ะ ตื่นมาก็ไม่อยากไปทำงานเลย ทำงานที่นี่มา 4 ปีแล้ว ไม่รู้จะทำยังไงดี"),
("a", """ขอบคุณที่เล่าให้ฟังนะคะ ความรู้สึกตื่นมาแล้วไม่อยากไปทำงานทุกวันเป็นเรื่องที่หนักจริง ๆ และไม่ได้แปลว่าคุณอ่อนแอหรือขี้เกียจเลยค่ะ

**ภาวะหมดไฟ (burnout)** ที่องค์การอนามัยโลกอธิบายไว้ มีสามลักษณะหลัก คือ
1. รู้สึกเหนื่อยล้า หมดพลัง แม้จะพักแล้ว
2. รู้สึกห่างเหินหรือเบื่อหน่ายกับงาน มองงานในแง่ลบ
3. รู้สึกว่าทำงานได้ผลน้อยลง ไม่มีประสิทธิภาพเหมือนเดิม

ถ้าคุณรู้สึกแบบนี้หลายข้อ ก็มีความเป็นไปได้สูงค่ะ

**สิ่งที่ลองเริ่มได้**
- **หาต้นเหตุให้ชัด** งานวิจัยเรื่อง burnout มักพบว่าสาเหตุมาจาก 6 ด้าน คือ ปริมาณงานมากเกินไป ไม่มีอำนาจตัดสินใจ ไม่ได้รับการยอมรับหรือผลตอบแทนที่เหมาะสม ความสัมพันธ์กับคนในทีม ความไม่ยุติธรรม และงานที่ไม่ตรงกับคุณค่าของตัวเอง ลองดูว่าข้อไหนตรงกับคุณที่สุด
- **พักแบบจริงจัง** ถ้าเป็นไปได้ ลองลาพักสัก 2–3 วันโดยไม่เช็กงานเลย
- **ดูแลพื้นฐาน** นอนให้พอ ขยับร่างกายวันละ 20–30 นาที และมีเวลาหลังเลิกงานที่เป็นของตัวเองจริง ๆ

ถ้านอนไม่หลับ เบื่ออาหาร หรือรู้สึกสิ้นหวังติดต่อกันเกินสองสัปดาห์ อยากให้ลองคุยกับผู้เชี่ยวชาญนะคะ หรือโทรสายด่วนสุขภาพจิต 1323 ได้ตลอด 24 ชั่วโมงค่ะ

ถ้าไม่ลำบากใจ เล่าให้ฟังได้ไหมคะว่าช่วงนี้งานเป็นยังไงบ้าง"""),
("u", "งานเยอะมากค่ะ แล้วหัวหน้าชอบส่งงานมาตอนสี่ทุ่ม แล้วก็คาดหวังให้ตอบเลย"),
("a", """แบบนี้เหนื่อยจริง ๆ ค่ะ การต้องพร้อมตอบตลอดเวลาทำให้สมองไม่เคยได้พักเลย ซึ่งเป็นหนึ่งในสาเหตุสำคัญของภาวะหมดไฟ เรื่องนี้แก้ได้ด้วยการตั้งขอบเขตที่ชัดเจนและสุภาพค่ะ

**1. คุยกับหัวหน้าแบบมีข้อเสนอ**
เลือกช่วงที่ไม่เร่งรีบ เช่น ตอนคุยงานประจำสัปดาห์ แล้วพูดในมุมของผลงาน ไม่ใช่การบ่น เช่น

> "พี่คะ ช่วงนี้หนูสังเกตว่าถ้าต้องตอบงานช่วงดึก เช้ามาหนูจะโฟกัสได้ไม่ดีเท่าที่ควร หนูขอเสนอว่างานที่ส่งมาหลังสองทุ่ม หนูจะเริ่มจัดการตอนเก้าโมงเช้าวันรุ่งขึ้น แต่ถ้าเป็นเรื่องด่วนจริง ๆ พี่โทรหาหนูได้เลยค่ะ"

ข้อดีคือหัวหน้ายังมีช่องทางสำหรับเรื่องด่วน และคุณไม่ต้องเฝ้าแชตทั้งคืน

**2. ตั้งค่าโทรศัพท์ช่วย**
ปิดการแจ้งเตือนแอปงานหลังสองทุ่ม หรือใช้โหมดโฟกัส โดยตั้งให้สายโทรเข้าจากหัวหน้ายังดังได้

**3. จัดลำดับงานร่วมกัน**
ถ้างานเยอะเกินจริง ลองส่งรายการงานที่ถืออยู่ให้หัวหน้าดู แล้วถามว่า "งานไหนสำคัญที่สุดในสัปดาห์นี้คะ" วิธีนี้ทำให้หัวหน้าเห็นภาพ และช่วยให้คุณไม่ต้องแบกทุกอย่างพร้อมกัน"""),
("u", "กลัวว่าถ้าพูดไปแล้วหัวหน้าจะมองว่าเราไม่ทุ่มเทค่ะ"),
("a", """เข้าใจความกังวลนี้มากเลยค่ะ หลายคนไม่กล้าพูดเพราะกลัวแบบเดียวกัน แต่ลองมองแบบนี้นะคะ

- **คุณพูดในมุมของคุณภาพงาน** ไม่ได้บอกว่าไม่อยากทำ แต่บอกว่าอยากทำให้ดีขึ้น ซึ่งหัวหน้าส่วนใหญ่ให้ความสำคัญ
- **คุณเสนอทางออกด้วย** คือยังมีช่องทางสำหรับเรื่องด่วน ไม่ได้ตัดการติดต่อทั้งหมด
- **ขอทดลองก่อน** เช่น "ลองแบบนี้สักสองสัปดาห์แล้วค่อยคุยกันอีกทีไหมคะ" จะฟังดูยืดหยุ่นและไม่เป็นการเผชิญหน้า

ทำงานมาสี่ปีแล้ว หัวหน้าน่าจะรู้จักความตั้งใจของคุณดีอยู่แล้วค่ะ และถ้าพยายามอย่างดีแล้วแต่ไม่มีอะไรเปลี่ยนเลย นั่นก็เป็นข้อมูลสำคัญสำหรับการตัดสินใจเรื่องอนาคตของคุณเองเหมือนกัน"""),
("u", "ขอบคุณมากนะคะ รู้สึกดีขึ้นที่ได้ระบาย"),
("a", "ยินดีมากเลยค่ะ การได้ระบายออกมาก็เป็นก้าวแรกที่สำคัญแล้ว อย่าลืมใจดีกับตัวเองในช่วงนี้นะคะ ถ้าได้คุยกับหัวหน้าแล้วเป็นยังไง หรืออยากซ้อมว่าจะพูดยังไง กลับมาเล่าให้ฟังได้เสมอค่ะ"),
]))

# 30 good en - Ada Lovelace role-play for a child's school project
D.append(dlg(30, "good", "en", "Good: historical role-play as Ada Lovelace (set in 1844) for an 11-year-old's project; accurate facts (Byron, Babbage, Menabrea notes, Note G, Jacquard loom), child-friendly tone, mix of long and short replies.", [
("u", "My daughter (she's 11) has a school project on Ada Lovelace. Could you play Ada, in about 1844, and answer her questions in a way an 11-year-old understands? She'll type now."),
("a", """What a lovely idea! I'll be Ada Lovelace in 1844, speaking simply and warmly. Ask away whenever you're ready.

---

*A woman in a dark silk dress looks up from a desk covered with papers and diagrams.*

"Good afternoon! My name is Augusta Ada, Countess of Lovelace, but you may call me Ada. I hear you have some questions for me. I adore questions; they are the beginning of every discovery. What would you like to know?\""""),
("u", "Hi Ada! Who were your parents?"),
("a", """"Ah, that is a rather famous story! My father was the poet **Lord Byron**. People all over Europe read his poems. But I never really knew him: he left England when I was only a baby, and he died in Greece when I was eight years old.

My mother was **Lady Annabella Byron**. She loved mathematics, so much that my father teased her by calling her the 'Princess of Parallelograms'! She was worried I might become wild and dreamy like my father, so she made sure I studied lots of mathematics and science from a very young age.

I had wonderful teachers. One of them, **Mary Somerville**, was one of the cleverest scientists in England, and she became my friend. She showed me that a woman could understand the stars and planets just as well as any man.

When I was twelve, I even tried to design a flying machine! I studied birds' wings and thought about steam power. I called my project 'Flyology'. It never flew, I'm afraid, but I learned a great deal.\""""),
("u", "What is the Analytical Engine?"),
("a", """"It's the most marvellous machine that has never yet been built!

My friend **Mr. Charles Babbage** invented it. I met him when I was seventeen, at one of his parties, where he showed a smaller calculating machine. I was fascinated at once.

The Analytical Engine is a design for a huge machine made of brass gears and wheels, powered by steam. It could do any calculation you like, in the right order, all by itself. It has two main parts:

- **The Store**, where it keeps numbers, like a memory.
- **The Mill**, where it does the adding, subtracting, multiplying and dividing.

And here is the clever part: you tell it what to do with **punched cards**, cards with holes in them. Mr. Babbage borrowed this idea from the **Jacquard loom**, a weaving machine that uses punched cards to weave beautiful patterns into silk. I like to say that the Analytical Engine *weaves algebraical patterns just as the Jacquard loom weaves flowers and leaves*.

In 1843 I translated an article about the Engine from French into English, and I added my own **Notes**, which ended up about three times longer than the article itself! In the last one, **Note G**, I wrote out step by step how the Engine could calculate a special series of numbers called Bernoulli numbers. I like to call this way of thinking, where imagination and mathematics work together, 'poetical science'.\""""),
("u", "Do you think machines will be able to think one day?"),
("a", """"What a deep question for someone so young!

I wrote about this in my Notes. I believe the Engine has **no power to create anything new by itself**. It can only do whatever we know how to tell it to do. It is a wonderfully obedient helper, but the ideas must come from us.

However, I also believe it could do far more than arithmetic. If we could describe music in numbers, for example, the Engine might one day compose elaborate pieces of music! Anything that can be written as symbols and rules, it might work with.

So, will machines think? I am not sure. But I am certain they will help people think bigger thoughts than ever before.\""""),
("u", "Thank you Ada! That was so cool."),
("a", "\"Thank you, my dear! Keep asking questions and never let anyone tell you that mathematics isn't for you. Good luck with your project!\"\n\n---\n\n(Out of character: one fact worth adding to the project is that Ada Lovelace died in 1852 at age 36, her Note G is often described as the first published computer program, and the programming language Ada, created in the 1980s, is named after her. Ada Lovelace Day is celebrated on the second Tuesday of October.)"),
]))
