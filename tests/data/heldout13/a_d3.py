from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- 011
DIALOGUES.append(D(
    "m13a-011", "non_answer", "en",
    "Non-answer: turn 3 reply only restates the user's question about redness and flaking from adapalene and offers reassurance, without saying whether to stop or what to do.",
    H("""
I'm 24 and still get breakouts, mostly on my chin and jawline: small painful bumps and some whiteheads. Right now my routine is just a foaming cleanser. What's a reasonable starter routine?
"""),
    G("""
A simple routine with one proven active ingredient usually does more than a shelf full of products. Here's a solid starting point:

**Morning**
1. **Gentle cleanser,** or just water if your skin feels dry. Strong foaming cleansers can strip the skin and make irritation worse once you add an active.
2. **Benzoyl peroxide 2.5–5% wash** (optional, a few times a week to start): lather on the chin and jaw, leave it for 1–2 minutes, rinse. It kills acne bacteria and doesn't cause resistance. It bleaches towels and pillowcases, so use white ones.
3. **Moisturizer** labeled non-comedogenic.
4. **Sunscreen, SPF 30 or higher,** every day.

**Evening**
1. Gentle cleanser.
2. **Adapalene 0.1% gel** (sold over the counter, e.g. Differin): a pea-sized amount for the whole face, on dry skin. Start 2–3 nights a week and increase to nightly over 2–4 weeks as your skin tolerates it. Adapalene is a retinoid; it keeps pores from clogging and is one of the most effective treatments for whiteheads and small bumps.
3. Moisturizer. If you're sensitive, you can apply moisturizer first and adapalene on top.

**What to expect**
- It takes **8–12 weeks** to judge results. Some people get a few extra breakouts in the first month.
- Add one new product at a time so you know what's causing any reaction.

**When to see a doctor**
If you get deep, painful cysts, scarring, or no improvement after three months, see a dermatologist. A breakout pattern along the chin and jaw is often hormonal, and prescription options such as topical clindamycin, spironolactone, or certain birth-control pills can help a lot.
"""),
    H("""
I already have a vitamin C serum I like. Can I use it together with the adapalene?
"""),
    G("""
Yes, you can keep it. Just split them up:

- **Vitamin C in the morning.** It works well under sunscreen because it adds some antioxidant protection against UV and pollution.
- **Adapalene at night.** Retinoids are best used in the evening anyway.

Using both at the same time of day isn't dangerous, but both can be irritating, especially strong L-ascorbic acid serums with a low pH. Spreading them out gives your skin a break.

A couple of notes:
- While you're getting used to adapalene in the first few weeks, if your skin starts stinging, pause the vitamin C for a week or two and reintroduce it later.
- Benzoyl peroxide can oxidize some vitamin C products, so if you use the benzoyl peroxide wash in the morning, rinse it off completely before applying your serum, or use the wash at a different time.
- Adapalene itself, unlike older retinoids such as tretinoin, is stable alongside benzoyl peroxide; there are even prescription gels that combine the two.
"""),
    H("""
It's been three weeks on adapalene every night, and now my skin around my mouth and the sides of my nose is flaky and red. Should I stop using it?
"""),
    G("""
That's a really important question to ask. You've been using adapalene every night for three weeks, and now you're noticing flaking and redness around your mouth and on the sides of your nose, so you're wondering whether you should stop using it. It's completely understandable to feel unsure at this point, because changes in your skin can be worrying when you've just started something new.

Many people starting a new skincare product find themselves asking exactly this kind of question, and it's good that you're paying close attention to how your skin is responding. Keeping track of what you notice is a valuable habit as you continue with your routine.
"""),
    H("""
Also, the pimples that heal leave dark brownish marks. Will those fade on their own?
"""),
    G("""
Yes, they usually fade, but it takes time, and a few things speed it up.

**What they are**
Brown marks after a pimple are **post-inflammatory hyperpigmentation (PIH)**: the inflammation triggers extra melanin in the skin. They're flat, not true scars. If instead they were pink or red, that would be **post-inflammatory erythema (PIE)**, caused by dilated blood vessels, which also fades.

**How long**
Typically **3–12 months**, sometimes longer on darker skin tones.

**What helps**
1. **Daily sunscreen** is the single biggest factor. UV exposure darkens the marks and can keep them around for much longer. Use SPF 30+ every morning and reapply if you're outdoors.
2. **Keep treating the acne.** Fewer new breakouts means fewer new marks. Adapalene also speeds up skin turnover, which helps the marks fade.
3. **Azelaic acid 10–20%.** It reduces both acne and pigmentation and is gentle enough to use alongside adapalene (for example azelaic acid in the morning).
4. **Niacinamide 4–5%** helps even out pigmentation and is well tolerated.
5. **Don't pick or squeeze.** More inflammation means darker and longer-lasting marks.

If marks are still there after 6–12 months of consistent care, a dermatologist can offer chemical peels or prescription lightening creams.
"""),
))

# ---------------------------------------------------------------- 012
DIALOGUES.append(D(
    "m13a-012", "bad_length", "ru",
    "Bad length: turn 3 reply to a detailed, anxious question about whether weak grades and a short motivation letter can cause a visa refusal is just 'Зависит от обстоятельств.'",
    H("""
Меня приняли в магистратуру в Технический университет Мюнхена, учёба начинается в октябре. Я гражданин России. Какие документы нужны для студенческой визы в Германию?
"""),
    G("""
Поздравляю с поступлением! Вам нужна национальная виза категории D для учёбы. Стандартный пакет документов выглядит так (точный список всегда сверяйте с сайтом посольства или визового центра, через который подаёте):

1. **Заграничный паспорт** со сроком действия не менее года после предполагаемого въезда и минимум двумя чистыми страницами, плюс копии страниц с данными.
2. **Анкета на национальную визу**, заполненная онлайн и распечатанная, с подписью.
3. **Две биометрические фотографии** 35×45 мм на светлом фоне.
4. **Письмо о зачислении (Zulassungsbescheid)** из TUM.
5. **Подтверждение финансирования**: чаще всего это блокированный счёт (Sperrkonto). Альтернативы: стипендия (например, DAAD) или официальное обязательство спонсора в Германии (Verpflichtungserklärung).
6. **Медицинская страховка** на первые недели пребывания до оформления студенческой страховки в Германии.
7. **Дипломы и приложения с оценками**, с переводом, если этого требует посольство.
8. **Языковые сертификаты**, которые вы подавали в университет (например, IELTS или TestDaF).
9. **Резюме и мотивационное письмо**: кратко о том, почему вы выбрали эту программу и какие у вас планы.
10. **Визовый сбор**: 75 евро.

Подавать документы нужно лично, по записи. Запись в российских визовых центрах на национальные визы бывает забита на несколько недель вперёд, поэтому бронируйте слот как можно раньше, даже если ещё не все документы готовы.
"""),
    H("""
Сколько денег нужно положить на блокированный счёт и как его открыть из России?
"""),
    G("""
**Сумма.** Размер блокированного счёта привязан к максимальной студенческой стипендии BAföG. По состоянию на 2025 год это **11 904 евро на год**, то есть 992 евро в месяц: именно столько банк будет перечислять вам ежемесячно после приезда. Сумма периодически меняется, поэтому перед переводом проверьте актуальную цифру на сайте посольства.

**Где открыть.** Блокированный счёт открывается онлайн у специализированных провайдеров, например Expatrio, Fintiba или Coracle. Процесс обычно такой:
1. Регистрация на сайте и загрузка паспорта и письма о зачислении.
2. Проверка личности по видео или через приложение.
3. Получение реквизитов немецкого счёта.
4. Перевод денег.
5. Получение подтверждения (Sperrbestätigung), которое вы прикладываете к визовым документам.

**Главная сложность для россиян — перевод.** Многие российские банки отключены от SWIFT, а часть банков и провайдеров не принимает платежи из России. Варианты, которые используют студенты:
- перевод со счёта в третьей стране (например, если у вас или родственников есть счёт в Армении, Казахстане или другой стране);
- перевод от родственников, живущих за рубежом;
- оформление Verpflichtungserklärung знакомым или родственником в Германии, который подтверждает, что будет вас обеспечивать;
- стипендия, покрывающая расходы на жизнь.

Заложите на всё 2–4 недели: открытие счёта занимает несколько дней, а вот перевод и подтверждение могут затянуться.
"""),
    H("""
У меня в дипломе оценки не очень высокие, в основном «хорошо» и несколько «удовлетворительно», а мотивационное письмо получилось короткое, на полстраницы. Может ли это стать причиной отказа в визе? Я очень переживаю, собеседование уже через две недели.
"""),
    G("""
Зависит от обстоятельств.
"""),
    H("""
Сколько обычно рассматривают заявление на визу и что делать сразу после приезда?
"""),
    G("""
**Срок рассмотрения.** Для национальной визы D обычно от 4 до 12 недель, но в загруженные месяцы (июль–август, перед зимним семестром) бывает и дольше. Часто посольство отправляет запрос в ведомство по делам иностранцев (Ausländerbehörde) в Мюнхене, и ответ приходит не сразу. Поэтому подавайте документы как можно раньше и, если срок затягивается, вежливо уточняйте статус, приложив дату начала учёбы.

Виза обычно выдаётся на срок от трёх месяцев до года. Это не вид на жительство, а разрешение на въезд.

**После приезда в Мюнхен:**
1. **Регистрация по месту жительства (Anmeldung)** в течение двух недель после заселения. Для неё нужна справка от арендодателя (Wohnungsgeberbestätigung).
2. **Медицинская страховка.** Оформите студенческую страховку в государственной кассе (TK, AOK и т. п.), около 130–140 евро в месяц. Подтверждение нужно для завершения зачисления.
3. **Имматрикуляция в TUM**: подача оставшихся документов и оплата семестрового взноса.
4. **Активация выплат с блокированного счёта**: нужен немецкий текущий счёт, куда будут приходить 992 евро в месяц.
5. **Вид на жительство для учёбы.** Запишитесь в Ausländerbehörde заранее, чтобы успеть до окончания срока визы; запись в Мюнхене бывает на несколько недель вперёд.
"""),
))

# ---------------------------------------------------------------- 013
DIALOGUES.append(D(
    "m13a-013", "repetition", "en",
    "Repetition: the turn 5 reply, asked how to push back on a low adjuster estimate, re-delivers the documentation checklist from turn 2 in other words instead of new advice.",
    H("""
A pipe under my kitchen sink burst overnight. There's water all over the kitchen floor, the lower cabinets are swelling, and some water got into the basement. What do I do first?
"""),
    G("""
Work through these in order:

1. **Stop the water.** Close the shut-off valves under the sink. If they don't work or the leak is elsewhere, shut the main water valve, usually where the water line enters the house in the basement or near the water meter.
2. **Make it safe.** If water is near outlets, appliances, or the electrical panel in the basement, turn off power to those circuits at the breaker, or the main breaker if needed. Don't stand in water to do it; call an electrician if you can't reach the panel safely.
3. **Photograph and film everything before cleaning up.** Floors, cabinets, the basement ceiling and floor, and the burst pipe itself.
4. **Limit further damage.** Your policy requires you to take reasonable steps to prevent more damage. Mop and wet-vac standing water, open the cabinet doors, pull out anything stored in the cabinets, and run fans and a dehumidifier. For this much water, call a professional water mitigation company today; they'll extract water, set up drying equipment, and take moisture readings. Insurers generally pay for reasonable mitigation.
5. **Call your insurance company** or use their app to open a claim and get a claim number.
6. **Keep the failed pipe section** and any damaged items until the adjuster says you can throw them out.
7. **Keep receipts** for everything you spend: fans, a hotel if the house becomes unlivable, mitigation, plumber.

Speed matters: mold can start growing within 24–48 hours in wet drywall and cabinets.
"""),
    H("""
How should I document everything for the adjuster?
"""),
    G("""
Good documentation is what gets you a fair settlement. Build a file with:

1. **A walkthrough video.** Walk room by room, narrating what you see: "This is the base cabinet left of the sink, swollen at the bottom; the water line is about four inches up." Include the basement.
2. **Photos, both wide and close-up.** Wide shots show where things are; close-ups show the damage. Photograph the water line on walls and cabinets, warped flooring, stained ceiling tiles, and model and serial numbers of damaged appliances.
3. **Moisture readings.** Ask the mitigation company for their moisture map and drying logs; they document damage inside walls that you can't see.
4. **An inventory of damaged contents.** A spreadsheet with each item, approximate age, original price, and what it costs to replace today. Add photos and receipts where you have them.
5. **The failed part.** Keep the burst pipe section or fitting in a labeled bag.
6. **A communication log.** Every call and email with the insurer, contractor, and adjuster: date, time, name, what was said, and your claim number.
7. **All invoices and receipts** for mitigation, repairs, and extra living expenses.

Store it all in one cloud folder so you can share it easily.
"""),
    H("""
My deductible is $1,000 and the contractor estimates $6,500 in damage. Is it even worth filing?
"""),
    G("""
At that size, yes, it's usually worth filing.

**The math**
If the claim is approved at $6,500, you'd receive about $5,500 after your $1,000 deductible. That's a meaningful amount compared with a possible premium increase.

**The downside to weigh**
- A water claim can raise your premium, often somewhere around 5–20% for a few years, depending on the insurer and your state.
- Claims are recorded in the CLUE database for about 5–7 years, and multiple water claims in particular can make future coverage more expensive or harder to get.
- That's why people often skip claims that are only slightly above the deductible. A common rule of thumb is not to file unless the loss is at least two to three times the deductible. At $6,500 with a $1,000 deductible, you're well above that.

**Coverage check**
Most homeowners policies cover **sudden and accidental** water damage, like a burst pipe. They typically exclude damage from **long-term, gradual leaks**. If the cabinet bottoms show old rot or staining, expect the adjuster to look at whether the leak was sudden. Your photos of fresh water damage help here.
"""),
    H("""
The adjuster came and said they'll cover the cabinets and flooring but not the pipe itself. Is that normal?
"""),
    G("""
Yes, that's standard. Homeowners policies cover the **resulting damage** from a sudden leak, not the failed part. The pipe or fitting that broke is treated as wear and tear or maintenance, so the plumber's cost to replace it is usually on you.

What is typically covered:
- Water damage to cabinets, flooring, drywall, and the basement.
- **Tear-out and access costs**: if a wall or cabinet has to be opened to reach and repair the pipe, that opening and putting it back is often covered even though the pipe isn't.
- Mitigation and drying.
- Contents damaged by the water.

One thing to watch: **matching**. If only the lower cabinets are replaced and the new ones don't match the uppers, or the replaced flooring doesn't match the rest of a continuous floor, some states have rules or regulations requiring insurers to pay for a reasonably uniform appearance. Ask the adjuster how they're handling matching and get their answer in writing.
"""),
    H("""
The adjuster's estimate came in at $4,200 before the deductible, well below my contractor's $6,500. How do I push back?
"""),
    G("""
To push back effectively, everything comes down to your documentation, so go back through it carefully:

- **Film a walkthrough of the damage,** room by room, describing out loud what's damaged and how high the water reached, and don't skip the basement.
- **Take photos at two distances:** wide shots for context and close shots for detail. Capture the water line, the warped floor, the ceiling stains, and the labels on any damaged appliances.
- **Get the moisture readings** and drying records from the mitigation company, since they prove damage inside the walls.
- **List every damaged item** with its age, what you paid, and today's replacement cost, with photos and receipts.
- **Hold on to the broken pipe section,** labeled and bagged.
- **Log every conversation** with the date, time, who you spoke to, what they said, and your claim number.
- **Save every invoice and receipt** for mitigation, repairs, and living expenses.

Keep it all organized in one shared folder, then send it to the adjuster so they have the complete picture.
"""),
    H("""
How long does the whole process usually take from here?
"""),
    G("""
It varies by insurer and state, but a typical timeline for a claim like yours looks like this:

- **Acknowledgment and inspection:** most states require insurers to acknowledge a claim within about 10–15 days; you've already passed this stage.
- **Decision after documentation:** once they have everything they asked for, many states give insurers roughly 15–40 days to accept or deny the claim.
- **Payment:** often within a few weeks of agreeing on the amount.
- **Disputed amounts:** if you and the insurer disagree on the estimate, a supplement and re-inspection can add several weeks.

Overall, a straightforward water claim often closes in **one to three months**.

A few practical notes:
- If you have a mortgage, the check may be made out to both you and your lender, which can add a step.
- Many policies pay actual cash value first and the remaining replacement cost after the work is done, so keep the final invoices.
- If your kitchen is unusable for a while, ask whether your policy's additional living expenses coverage applies.
"""),
))

# ---------------------------------------------------------------- 014
DIALOGUES.append(D(
    "m13a-014", "good", "hi",
    "Good: balcony composting in an Indian apartment over 3 turns (setup, green/brown balance, fixing smell and flies, knowing when it's ready); practical and consistent.",
    H("""
मैं बेंगलुरु में एक फ्लैट में रहता हूँ और बालकनी में किचन वेस्ट से कम्पोस्ट बनाना चाहता हूँ। घर में चार लोग हैं। शुरुआत कैसे करूँ?
"""),
    G("""
बालकनी में कम्पोस्टिंग बिल्कुल संभव है, और चार लोगों के परिवार का रोज़ का गीला कचरा (लगभग 0.5 से 1 किलो) आराम से संभल जाता है। एक आसान तरीका:

**1. कंटेनर चुनें**
- **तीन मटकों वाला टेराकोटा कम्पोस्टर** (जैसे "खंबा" सेट) बेंगलुरु में काफ़ी लोकप्रिय है, लगभग ₹1,500–3,000 में मिल जाता है। मिट्टी के बर्तन हवा आने देते हैं और नमी संतुलित रखते हैं।
- या दो प्लास्टिक की बाल्टियाँ/ड्रम (20–30 लीटर) लें, उनके किनारों और तले में छोटे-छोटे छेद कर लें।

**2. "ग्रीन" और "ब्राउन" का संतुलन**
- **ग्रीन (नाइट्रोजन):** सब्ज़ी-फल के छिलके, चायपत्ती, कॉफ़ी का चूरा, बासी पकी सब्ज़ी थोड़ी मात्रा में।
- **ब्राउन (कार्बन):** सूखे पत्ते, कोकोपीट, कटे हुए गत्ते या अख़बार के टुकड़े, लकड़ी का बुरादा।
- नियम: **हर बार जितना गीला कचरा डालें, उतना ही या उससे थोड़ा ज़्यादा ब्राउन डालें।**

**3. रोज़ की प्रक्रिया**
1. सबसे नीचे 2–3 इंच सूखे पत्ते या कोकोपीट की परत बिछाएँ।
2. गीला कचरा डालें, बड़े टुकड़ों को छोटा काट लें; इससे जल्दी गलता है।
3. ऊपर से ब्राउन की परत डाल दें ताकि कचरा ढका रहे।
4. शुरुआत में एक मुट्ठी पुरानी कम्पोस्ट, बगीचे की मिट्टी या थोड़ा खट्टा छाछ डालने से सूक्ष्म जीव जल्दी सक्रिय होते हैं।
5. हफ़्ते में दो बार किसी डंडे से हल्का-सा पलट दें ताकि हवा पहुँचे।

**क्या न डालें:** मांस, मछली, हड्डियाँ, डेयरी की बड़ी मात्रा, तेल वाला खाना, प्लास्टिक। इनसे बदबू और कीड़े-मकोड़े आते हैं।

ऊपर वाला बर्तन भर जाए तो उसे नीचे रखकर "पकने" दें और नया बर्तन ऊपर लगाकर भरना शुरू करें।
"""),
    H("""
दो हफ़्ते हो गए हैं। अब उसमें से थोड़ी बदबू आने लगी है और छोटी-छोटी मक्खियाँ भी दिख रही हैं। क्या गलत हो रहा है?
"""),
    G("""
घबराने की बात नहीं है, यह शुरुआत में बहुत आम है और इसका मतलब आमतौर पर यही होता है कि **कम्पोस्ट बहुत गीला है और उसमें ब्राउन कम है।** सही कम्पोस्ट से मिट्टी जैसी गंध आती है, सड़ने जैसी नहीं।

**तुरंत क्या करें:**
1. **सूखा माल बढ़ाएँ।** दो-तीन मुट्ठी कोकोपीट या सूखे पत्ते या कटा गत्ता डालकर अच्छी तरह मिला दें। अगर तले में पानी जमा है, तो उसे निकाल दें या नीचे से छेद साफ़ कर दें।
2. **पलटें।** बदबू अक्सर हवा की कमी से आती है। पूरा ढेर एक बार अच्छे से पलट दें।
3. **ऊपर हमेशा ढकें।** हर बार गीला कचरा डालने के बाद ऊपर ब्राउन की मोटी परत डालें। मक्खियाँ खुले छिलकों पर ही अंडे देती हैं।
4. **ढक्कन पर कपड़ा।** ढक्कन और बर्तन के बीच सूती कपड़ा या जाली लगा दें ताकि हवा जाए लेकिन मक्खियाँ नहीं।
5. **कचरे पर ध्यान दें।** बहुत पानी वाले छिलके (तरबूज़, खीरा) या पका हुआ खाना डाल रहे हों, तो उसकी मात्रा कम करें। बेंगलुरु में बारिश के मौसम में नमी ज़्यादा रहती है, इसलिए तब ब्राउन की मात्रा और बढ़ा दें।

कुछ सफ़ेद फफूंद या छोटे कीड़े दिखना बुरा संकेत नहीं है, वे कचरा तोड़ने में मदद करते हैं। तीन-चार दिन में बदबू कम हो जानी चाहिए।
"""),
    H("""
और मुझे कैसे पता चलेगा कि कम्पोस्ट तैयार हो गया? फिर उसे पौधों में कैसे डालूँ?
"""),
    G("""
बालकनी के सेटअप में कम्पोस्ट आमतौर पर **भरने के बाद 45–60 दिन** में तैयार हो जाता है।

**तैयार कम्पोस्ट की पहचान:**
- रंग गहरा भूरा या काला, बनावट भुरभुरी, मिट्टी जैसी।
- गंध जंगल की मिट्टी जैसी, सड़न या खटास नहीं।
- ज़्यादातर चीज़ें पहचान में नहीं आतीं; अंडे के छिलके या नारियल के रेशे जैसे कुछ टुकड़े बच सकते हैं, यह सामान्य है।
- ढेर गरम नहीं रहता, कमरे के तापमान जैसा हो जाता है।

**इस्तेमाल से पहले:**
1. बड़े मोटे जाल वाली छलनी से छान लें। न गले हुए टुकड़े वापस कम्पोस्टर में डाल दें।
2. अगर थोड़ा भी गीला या अधपका लगे, तो एक-दो हफ़्ते और छाँव में फैलाकर रखें।

**पौधों में कैसे डालें:**
- **नए गमले के लिए:** लगभग 1 भाग कम्पोस्ट, 2 भाग मिट्टी और 1 भाग कोकोपीट मिलाएँ।
- **पहले से लगे पौधों के लिए:** महीने में एक बार गमले की ऊपरी मिट्टी हल्की खुरचकर 1–2 मुट्ठी कम्पोस्ट मिलाएँ, फिर पानी दें।
- तुलसी, टमाटर, मिर्च जैसे पौधे इसे बहुत पसंद करते हैं। रसीले पौधों (कैक्टस, सक्युलेंट) में कम मात्रा ही डालें।

शुद्ध कम्पोस्ट में सीधे बीज न बोएँ; उसे हमेशा मिट्टी के साथ मिलाकर ही इस्तेमाल करें।
"""),
))

# ---------------------------------------------------------------- 015
DIALOGUES.append(D(
    "m13a-015", "contradiction", "en",
    "Contradiction: turns 1 and 3 say rye has little usable gluten and the dough is only briefly mixed, never kneaded; turn 4 reply blames the gummy crumb on under-kneading, calling rye 'rich in strong gluten' needing 15-20 minutes of kneading.",
    H("""
I'd like to bake a 100% rye bread like the dense loaves I had in Germany. How is rye sourdough different from regular wheat sourdough?
"""),
    G("""
Rye behaves very differently from wheat, so most wheat-bread habits don't apply.

**1. Gluten doesn't do the work.** Rye flour contains gluten-forming proteins, but they can't build the stretchy network that traps gas in a wheat dough. Instead, rye's structure comes from **pentosans** (arabinoxylans), gummy fibers that soak up lots of water, together with starch.

**2. That's why rye "dough" is a thick paste.** You don't knead it or stretch-and-fold it; there's nothing to develop. You mix until everything is evenly combined and then handle it with wet hands or a wet spatula. It's almost always baked in a loaf tin because it can't hold a shape on its own.

**3. Acidity is essential, not just for flavor.** Rye flour contains a lot of active amylase, an enzyme that breaks down starch. If it's not held in check, it attacks the starch during baking and leaves a sticky, gummy crumb. The acid from a sourdough slows the enzymes down. That's why traditional rye breads are almost always sourdough breads.

**4. Hydration is high.** Rye absorbs a lot of water, so a typical 100% rye dough is around 80–90% hydration.

**5. Baking and resting take longer.** Rye loaves bake long and hot, and must rest for **24–48 hours** after baking before slicing. The crumb keeps setting as it cools; cut it too early and it's gummy even if it was baked perfectly.

The result is a dense, moist, tangy loaf that keeps for a week, exactly the German style you're after.
"""),
    H("""
How do I make and maintain a rye starter?
"""),
    G("""
Rye starters are the easiest kind to get going, because whole rye flour is full of wild yeasts and bacteria.

**Making it (about 5–7 days)**
- **Day 1:** mix 50 g whole rye flour with 50 g lukewarm water (around 80°F/27°C) in a clean jar. Cover loosely and keep it somewhere warm.
- **Days 2–5:** once a day, discard all but 50 g of the starter and feed it with 50 g rye flour and 50 g water.
- Expect a burst of activity on day 2 or 3, then a quiet phase; this is normal. Keep feeding.
- It's ready when it reliably **doubles within 6–10 hours** after feeding and smells pleasantly sour, like yogurt or apple cider vinegar.

**Maintaining it**
- **Baking often:** keep it on the counter and feed once or twice a day at 1:1:1 (starter : flour : water by weight).
- **Baking weekly:** keep it in the fridge. Feed it, let it sit at room temperature for 1–2 hours, then refrigerate. Take it out a day before baking and give it one or two feedings to wake it up.
- A thin layer of grayish liquid on top means it's hungry; stir it in or pour it off and feed.

Rye starters are thick and pasty rather than bubbly and stretchy like wheat starters; judge them by the rise and smell, not by how they look.
"""),
    H("""
Great. Can you give me an actual recipe for one loaf in a standard tin?
"""),
    G("""
Here's a simple two-stage 100% rye loaf that fits a tin of about 30 × 11 cm (12 × 4.5 inches).

**Stage 1: sourdough (evening)**
- 300 g whole rye flour
- 240 g warm water (about 95°F/35°C)
- 30 g active rye starter

Mix into a thick paste, cover, and leave at warm room temperature for **12–16 hours**. It should be domed, full of holes, and smell clearly sour.

**Stage 2: final dough (next morning)**
- All of the sourdough
- 400 g rye flour (medium or whole rye)
- 330 g warm water
- 14 g salt
- Optional: 1–2 tsp caraway or coriander seeds, or 2 tbsp sunflower seeds

**Method**
1. Mix everything for about 5 minutes with a sturdy spoon or a stand mixer on low, just until evenly combined. No kneading.
2. Let it rest in the bowl for 30 minutes.
3. Grease the tin, scrape the paste in, and smooth the top with a wet spatula.
4. Proof for **1–1.5 hours** in a warm spot, until it has risen by about a third and small cracks appear on the surface.
5. Bake at **250°C (480°F) for 10 minutes**, then lower to **200°C (390°F) for 50–60 minutes**. The internal temperature should reach about 96–98°C (205–208°F).
6. Turn out of the tin, wrap in a clean towel, and **rest for 24 hours** before slicing.

That gives about 82% hydration, right in the range I mentioned earlier.
"""),
    H("""
I baked it, waited a day, but the middle of the crumb is still dense, wet and gummy. What went wrong?
"""),
    G("""
That's frustrating after waiting a whole day. The good news is that it's a very common first-loaf problem and it's fixable.

**Most likely cause: under-kneading.** Since rye flour is rich in strong gluten, the dough needs **15–20 minutes of intensive kneading** to develop a proper gluten network. Without it, the loaf can't trap gas, the crumb collapses, and the center ends up wet and gummy. Next time, knead by hand or with a stand mixer on medium until a small piece can be stretched into a thin, translucent "windowpane" before you put it in the tin.

**Other things to check:**
- **Underbaking.** Measure the internal temperature next time; it should be at least 96°C (205°F). Ovens often run cooler than the dial says, so an oven thermometer is a good investment.
- **Weak sourdough.** If the sourdough stage wasn't sour enough, the enzymes in the flour can break down starch during baking. Make sure the sourdough stage fully peaks and smells clearly sour.
- **Overproofing.** If the loaf rose a lot, formed big cracks, and then sank in the oven, shorten the final proof next time.
- **Too much water.** Flours vary; try reducing the water in the final dough by 20–30 g.

Change one thing at a time, and keep notes on each bake so you can see what made the difference.
"""),
))
