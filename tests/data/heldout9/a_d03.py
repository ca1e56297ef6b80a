from a_util import D

DIALOGUES = []

# ---------------------------------------------------------------- 021
DIALOGUES.append(D(
    "i9a-021", "placeholder", "fi",
    "Placeholder (subtle): in turn 2 the material price is left as an unfilled template variable '%HINTA_M2% €/m²' inside an otherwise complete answer about waterproofing systems.",
    [
"""Remontoin omakotitalon kylpyhuonetta. Kannattaako vedeneristys tehdä itse, ja mitä siinä pitää ottaa huomioon?""",
"""Itse tekeminen on mahdollista, mutta vedeneristys on kylpyhuoneremontin kriittisin vaihe: virhe näkyy usein vasta vuosien päästä kosteusvauriona. Ennen kuin päätät, kannattaa huomioida nämä:

**1. Vakuutus ja asiakirjat.** Tarkista kotivakuutuksesi ehdot. Monet vakuutusyhtiöt edellyttävät, että märkätilan vedeneristyksen tekee sertifioitu vedeneristäjä tai että työ on dokumentoitu huolellisesti. Ilman dokumentteja korvaus vesivahingosta voi pienentyä, ja myös talon myyntivaiheessa ostaja kysyy niitä.

**2. Käytä yhtä yhteensopivaa järjestelmää.** Pohjuste, vedeneriste, nurkkavahvikkeet, läpivientikaulukset ja kaivon liitos samalta valmistajalta, jonka järjestelmällä on sertifikaatti. Eri valmistajien tuotteita ei pidä sekoittaa.

**3. Alusta kuntoon.**
- Lattian kaadot lattiakaivoon: yleensä 1:100–1:50, suihkualueella jyrkempi 1:50.
- Betonin tai tasoitteen pitää olla riittävän kuiva ennen eristystä; kosteus kannattaa mitata.
- Pinnat puhtaiksi pölystä.

**4. Työvaiheet** (valmistajan ohjeen mukaan):
1. Pohjustus
2. Vahvikenauhat nurkkiin sekä seinän ja lattian liittymiin
3. Läpivientikaulukset putkille ja lattiakaivon liitos
4. Vedeneriste kahtena kerroksena, mieluiten eri värisinä, jotta peittävyys on helppo tarkistaa
5. Kalvonpaksuuden tarkistus: valmistajan vaatima minimi, yleensä vähintään 0,4–0,5 mm kuivana

**5. Dokumentoi.** Ota valokuvat jokaisesta vaiheesta, säilytä tuotteiden eränumerot ja täytä tarkastusasiakirja.

Jos olet tarkka ja jaksat lukea ohjeet, itse tekeminen onnistuu. Jos vakuutus vaatii sertifioidun tekijän, pelkän vedeneristyksen teettäminen ammattilaisella on usein järkevä kompromissi.""",
"""Mitä tuotteita suosittelisit, ja paljonko materiaalit maksavat?""",
"""Suomessa yleisiä ja laajasti saatavilla olevia sertifioituja vedeneristysjärjestelmiä ovat esimerkiksi:

- **Kiilto** (hyvin saatavilla rautakaupoissa, selkeät ohjeet kotiremontoijalle)
- **Weber** (Saint-Gobain)
- **Mapei**
- **Ardex**

Kaikissa järjestelmissä on samat osat: pohjuste, vedeneriste, vahvikenauha, nurkkapalat ja läpivientikaulukset. Tärkeintä ei ole merkki vaan se, että kaikki osat kuuluvat samaan sertifioituun järjestelmään.

**Hinta:** tyypillisen 5 m²:n kylpyhuoneen materiaalit maksavat noin %HINTA_M2% €/m², eli koko huoneen vedeneristys seinineen ja lattioineen tarvikkeina noin 250–400 €. Lisäksi voit tarvita lattiakaivon liitoskappaleen sekä työkalut: telat, siveltimet ja kalvonpaksuusmittarin.

Vinkki: osta vedeneristettä noin 10–15 % yli laskennallisen tarpeen, jotta kalvo ei jää ohueksi säästämisen takia.""",
"""Kuinka kauan pitää odottaa ennen kuin voin laatoittaa?""",
"""Noudata aina oman järjestelmäsi ohjetta, mutta tyypillisesti:

- **Kerrosten välillä:** noin 1–3 tuntia, kun edellinen kerros on kosketuskuiva ja sävy tasainen.
- **Ennen laatoitusta:** yleensä noin **24 tuntia** viimeisen kerroksen jälkeen normaalissa huonelämmössä (noin +20 °C).
- **Viileässä tai kosteassa** kuivuminen hidastuu selvästi; alle +10 °C:ssa monia tuotteita ei saa käyttää lainkaan.

Älä kiirehdi kuivumista kohdistamalla lämpöpuhallinta suoraan pintaan, koska kalvo voi kuivua pinnalta ja jäädä sisältä pehmeäksi. Tasainen lämpö ja hyvä ilmanvaihto riittävät.

Tee ennen laatoitusta vielä silmämääräinen tarkastus: ei reikiä, kuplia tai ohuita kohtia, ja kaikki nurkat ja läpiviennit ovat kunnolla kiinni. Kirjaa tarkastus dokumentteihin.""",
    ]))

# ---------------------------------------------------------------- 022
DIALOGUES.append(D(
    "i9a-022", "repetition", "en",
    "Repetition: asked about shooting indoors in the evening (turn 3), the assistant repeats its turn-1 outdoor settings answer almost verbatim, adding only one line about window light.",
    [
"""I just bought a 50mm f/1.8 lens for my Nikon D5600. I'd like to take portraits of my dog, a very energetic border collie, out in the backyard. How should I set the camera up?""",
"""Great combination: on the D5600's APS-C sensor, a 50mm behaves like a 75mm, a flattering portrait length that lets you stay a few metres away from an active dog. Start here:

- **Mode:** Aperture priority (A).
- **Aperture:** f/2.8–f/4. At f/1.8 the depth of field is so thin that the nose can be sharp while the eyes are soft, and with a moving dog you'll miss a lot of shots.
- **Shutter speed:** keep it at **1/500 s or faster** for running or jumping; 1/250 s is fine if she's sitting still.
- **ISO:** Auto ISO with a maximum of 3200 and the minimum shutter speed set to 1/500 s, so the camera raises ISO before slowing down.
- **Focus:** AF-C (continuous) with dynamic-area AF (9 points), and put the focus point on the nearest eye.
- **Drive:** continuous high, so you get bursts of about 5 frames per second and can pick the best.

**Technique:**
- Get down to her eye level; shots from standing height look like snapshots.
- Open shade or an overcast day gives soft light without harsh shadows.
- A squeaky toy held just above the lens gets that alert, ears-up look.""",
"""What kind of background works best?""",
"""With a 50mm at f/2.8, the background will blur nicely if you control two distances:

- **Dog to background:** the farther, the better. Put at least 3–5 metres between her and whatever is behind her: a hedge, a line of trees, a fence at the far end of the yard.
- **You to dog:** for a head-and-shoulders portrait, about 2–3 metres.

**What to look for:**
- **Plain and even:** foliage, grass or a distant wall, not clutter like bins, garden chairs or a hose.
- **Contrasting tone:** a border collie's black-and-white coat stands out best against mid-tones like green leaves. Against pure white or deep shadow, the camera's meter can struggle.
- **Light behind her:** in the last hour before sunset, placing the sun behind her gives a glowing rim of light around the fur. Add +0.7 to +1 EV of exposure compensation so her face isn't too dark.

Walk around her while she sits: often one step to the left or right swaps a messy background for a clean one.""",
"""And if I want to shoot her indoors in the evening?""",
"""Great combination: on the D5600's APS-C sensor, a 50mm behaves like a 75mm, a flattering portrait length that lets you stay a few metres away from an active dog. Start here:

- **Mode:** Aperture priority (A).
- **Aperture:** f/2.8–f/4. At f/1.8 the depth of field is so thin that the nose can be sharp while the eyes are soft, and with a moving dog you'll miss a lot of shots.
- **Shutter speed:** keep it at **1/500 s or faster** for running or jumping; 1/250 s is fine if she's sitting still.
- **ISO:** Auto ISO with a maximum of 3200 and the minimum shutter speed set to 1/500 s.
- **Focus:** AF-C with dynamic-area AF (9 points), on the nearest eye.
- **Drive:** continuous high, so you can pick the best frame.

Get down to her eye level and hold a squeaky toy just above the lens. Indoors, a window is your best light source.""",
"""Any tips for editing her fur in Lightroom so it doesn't look flat?""",
"""Black-and-white fur is tricky because the camera tends to lose detail at both ends. In Lightroom:

1. **Highlights and shadows first:** pull Highlights down (−30 to −50) to recover the white fur, and lift Shadows (+20 to +40) to show texture in the black. Then set Whites and Blacks so they just touch clipping; hold Alt/Option while dragging to see it.
2. **Texture rather than Clarity:** Texture +15 to +25 brings out individual hairs without the halos that heavy Clarity adds.
3. **Masking:** use Select Subject to mask the dog and add a touch of exposure (+0.2) and texture there only. Then add a small brush on the eyes with +0.3 exposure and a little sharpening; bright eyes make a pet portrait.
4. **White balance:** make sure the white fur is actually neutral; evening shots can turn out too yellow. Use the eyedropper on a white patch of fur.
5. **Noise:** if you shot at ISO 3200, run Denoise before any other sharpening.

Save the settings as a preset once you like them, then fine-tune per photo.""",
    ]))

# ---------------------------------------------------------------- 023
DIALOGUES.append(D(
    "i9a-023", "non_answer", "en",
    "Non-answer (subtle): the turn-2 reply to 'two cups have larvae in royal jelly, what should I do right now?' sounds substantive but only restates the situation and says to consider options, giving no actual advice.",
    [
"""My hive is booming this spring: bees on all 10 frames in the top deep, and I just spotted several queen cups along the bottom edges of frames. Are they about to swarm?""",
"""Not necessarily yet. **Empty queen cups** are normal: most colonies build them in spring and keep them around just in case. What matters is what's inside.

Check each cup:
- **Empty, or dry and shiny inside:** no action needed yet.
- **An egg standing in the bottom:** the colony has started preparing.
- **A larva floating in milky royal jelly, or a capped, elongated peanut-shaped cell:** active swarm preparation. Capped cells usually mean a swarm could leave within days.

Other swarm signs to look for at the same time:
- The brood nest being **backfilled with nectar**, so the queen has little room to lay.
- Bees **packed on every frame** with little empty comb, which your description suggests.
- **Lots of drones** and drone brood.

Cells along the bottom edges, as you describe, are the classic position for swarm cells; supersedure cells tend to be fewer and higher up on the face of the comb. Inspect every frame in both boxes, and if you need a clearer view of the bottom edges, brush bees aside gently rather than shaking the frame, which can damage queen cells.""",
"""I checked. Two of the cups have larvae floating in royal jelly. What should I do right now?""",
"""Larvae floating in royal jelly is an important finding, and it's good that you checked so carefully. It means your colony has moved beyond simply building cups, and what you do next really does matter. This is one of the situations beekeepers most often find themselves in during spring, and the right response depends on acting thoughtfully and at the right time. It's well worth weighing your options before you open the hive again, so that whatever you decide fits your goals for this colony.""",
"""I read around a bit, and I think I'll do a split. What's the difference between a walk-away split and moving the old queen into the new box?""",
"""Both divide the colony so it no longer feels crowded. The difference is where the old queen goes.

**Option 1: move the old queen out (an artificial swarm into a nuc).**
1. Find the queen and put her, on her frame, into a new box or 5-frame nuc, together with one frame of capped brood, one frame of honey and pollen, and one or two empty frames or foundation.
2. Shake in the bees from an extra two frames (mostly young nurse bees).
3. Leave the queen cells in the **original** hive, which raises a new queen from them.
4. **Advantage:** the old queen keeps laying without a break, and the original hive behaves as if it has already swarmed.

**Option 2: walk-away split.**
1. Move about half the frames, including eggs, young larvae, capped brood and food, into a new box without looking for the queen.
2. Whichever half ends up queenless raises a queen from eggs or existing cells.
3. **Advantage:** quick, no need to find the queen. **Downside:** you don't know which half is queenless until you check a few days later.

**In both cases:**
- Keep **one or two good queen cells** in the queenless part and remove the rest if you want to avoid a secondary swarm.
- If the new box stays in the same yard, foragers will drift back to the old spot, so load the split with extra young bees, or move it at least 3 miles away.
- Feed the split 1:1 syrup until it's drawing comb well.""",
"""How long until I know whether the split worked?""",
"""Count from the day you split, using the cells you kept:

- **Queen emergence:** a queen takes about 16 days from egg to emergence, so from a cell that already holds a young larva she'll usually emerge **8–12 days** later.
- **Mating flights:** about 5–7 days after emerging, weather permitting.
- **First eggs:** usually 2–3 days after mating.

So check for **eggs 3 to 4 weeks after the split**. Try not to open the queenless box during the emergence and mating window, roughly the second and third weeks, when disturbance can lead to the new queen being lost.

If there are still no eggs after 4 weeks, give the split a frame of eggs from another hive: if the bees start building queen cells on it, they're queenless and can try again.""",
    ]))

# ---------------------------------------------------------------- 024
DIALOGUES.append(D(
    "i9a-024", "misaligned", "ca",
    "Misaligned (swap): the reply to turn 2 (how roads score) explains monasteries, and the reply to turn 3 (monasteries) explains roads; turns 1 and 4 are answered correctly.",
    [
"""Aquesta nit juguem al Carcassonne per primera vegada. Com es puntua una ciutat quan es completa?""",
"""Quan una ciutat queda completament tancada per muralles, sense cap forat, es puntua immediatament:

- **2 punts per cada rajola** que forma part de la ciutat.
- **2 punts addicionals per cada escut** que hi hagi dins la ciutat.

Qui hi té més cavallers (els seguidors col·locats a la ciutat) s'emporta tots els punts. Si hi ha empat, **tots els empatats reben els punts sencers**. Després de puntuar, els seguidors tornen a la reserva del seu propietari i es poden tornar a fer servir.

Exemple: una ciutat de 4 rajoles amb 1 escut val 4 × 2 + 2 = **10 punts**.

Un detall: amb les regles actuals, una ciutat de només 2 rajoles també val 2 punts per rajola, és a dir, 4 punts. En algunes edicions antigues valia menys, així que si el vostre reglament diu una altra cosa, seguiu el vostre.""",
"""I els camins, com es puntuen?""",
"""Un monestir es completa quan està **envoltat per vuit rajoles**: les quatre dels costats i les quatre de les diagonals.

- Un monestir complet val **9 punts**: 1 per la rajola del monestir i 1 per cadascuna de les vuit rajoles del voltant.
- El seguidor que hi hagi (el monjo) torna a la reserva del jugador.
- En un monestir només hi pot haver un seguidor, així que mai no es comparteix.

Si el monestir no s'ha completat al final de la partida, val 1 punt per la seva rajola més 1 punt per cada rajola del voltant que hi hagi.""",
"""I els monestirs?""",
"""Un camí es completa quan té un final a cada extrem: un poble, una ciutat, un monestir o una cruïlla. Llavors:

- Val **1 punt per cada rajola** del camí.
- Com a les ciutats, qui hi té més seguidors (lladres) s'emporta els punts, i en cas d'empat tots els empatats els reben.
- El seguidor torna a la reserva.

Exemple: un camí de 5 rajoles val **5 punts**. Al final de la partida, els camins incomplets també valen 1 punt per rajola.""",
"""I els pagesos, al final de la partida?""",
"""Els pagesos (els seguidors estirats als camps) només puntuen **al final de la partida** i no tornen mai a la reserva, així que penseu-hi bé abans de col·locar-ne.

- Cada camp val **3 punts per cada ciutat completada** que toqui aquell camp.
- Qui té més pagesos al camp s'emporta els punts; en cas d'empat, tots els empatats els reben.
- Una mateixa ciutat pot puntuar per a diversos camps, si en toca més d'un.
- Les ciutats incompletes no donen punts als pagesos.

Consell per a la primera partida: col·loqueu algun pagès a mitja partida en un camp gran que toqui diverses ciutats. Sovint són els punts que decideixen qui guanya.""",
    ]))

# ---------------------------------------------------------------- 025
DIALOGUES.append(D(
    "i9a-025", "good", "zh",
    "Good: structured chess training for an 8-year-old; handles crying after losses, then the user announces a tournament next month and the assistant gives a 4-week plan and day-of tips; consistent and specific.",
    [
"""我儿子8岁，学国际象棋一年了，现在Lichess上快棋等级分大概1100。想让他系统地提高，每周能练四五次，每次四十分钟左右。怎么安排比较好？""",
"""按每周4–5次、每次40分钟，可以这样安排：

**每次训练的结构（40分钟）**
1. **热身战术题（10分钟）：** 在Lichess的"谜题主题"里选"一步杀""捉双""牵制"，每次8–10道。重点是准确而不是速度：要求他走子前先把整个变化说出来。
2. **新知识（15分钟）：** 每周一个主题，轮换着学：
   - 基本杀法：后杀单王、双车杀王、单车杀王
   - 王兵残局：对王（对峙）和关键格
   - 开局原则：控制中心、出子、尽早易位
   - 战术母题：闪击、引离、消除保护
3. **实战（15分钟）：** 和你或电脑下一盘，或者在Lichess上下一盘10+5。

**每周额外安排**
- **一盘慢棋（15+10）并复盘：** 先不用引擎，和他一起找出"哪一步开始变坏了"，再用引擎验证。
- **一个"错题本"：** 把他丢子的局面截图，一周后再拿出来让他自己找正确走法。

**教材推荐**
- **阶梯训练法（Steps Method）**，荷兰教练Cor van Wijgerden和Rob Brunia编写，分为第1–6阶。以他现在的水平可以从第2阶开始，配套练习册很适合这个年龄。

**目标设定**
不要只盯着等级分，可以定"每盘棋每步都检查对方的威胁""一个月学会单车杀王"这样的过程性目标。按这样的节奏坚持几个月，不少孩子能涨到1300–1400。""",
"""他有个问题，输了棋就哭，有时候干脆说不想下了。怎么办？""",
"""这个年龄非常常见，说明他很在乎，这本身是好事。关键是帮他把注意力从"输赢"转到"学到了什么"。

**输棋的当下：**
- **先处理情绪，再谈棋。** 抱一抱他，告诉他"输棋会难过很正常，大师也一样"。不要马上复盘，也不要说"这有什么好哭的"。
- **给他一点时间。** 通常等十几分钟，或者吃个点心之后再说。

**复盘时用"两个好棋，一个问题"：**
- 先让他找出自己下得好的两步，再一起找一步可以改进的。这样每次复盘都有正面的部分。

**调整比赛压力：**
- 暂时少下计分的网上对局，多下不计分的，或者和你、和同学下。
- 一天最多两三盘计分棋，连输两盘就停下，换成做题或休息。

**你自己的示范：**
- 你输棋时也可以说出来："我这里漏看了对方的马，下次我会先检查。"孩子会模仿大人对待失败的方式。

**表扬努力和方法：**
- 说"你这盘每一步都想了对方的威胁，很棒"，比说"你真聪明"更有用。

如果几周后情况没有好转，或者他开始抗拒学棋，可以先减少训练次数，把兴趣保住最重要。""",
"""计划有变：他下个月要参加市里的少儿比赛，慢棋，每方60分钟。这一个月应该怎么准备？""",
"""离比赛大约四周，可以在原来计划的基础上调整重点：

**第1周：适应长时限**
- 把实战改成慢棋：每周至少2盘30+0或45+15，让他习惯"每步想几分钟"。
- 练习**记谱**：比赛通常要求双方记谱。在家下棋时就用纸笔记，一周后就会熟练。

**第2周：巩固开局**
- 执白、执黑各准备一套简单熟悉的开局（比如执白走意大利开局，对1.e4用1…e5），不要再学新东西。
- 每个开局过一遍前8–10步，知道每步为什么这样走。

**第3周：模拟比赛**
- 周末安排一次"家庭小比赛"：连下两盘慢棋，用棋钟、记谱、赛前赛后握手，完全按比赛流程来。
- 讲清楚比赛规则：**摸子走子**、用走棋的那只手按钟、不能说话、有问题举手找裁判。

**第4周：减量**
- 只做轻松的战术题，保持手感。
- 比赛前一两天不下计分棋，保证睡眠。

**心态准备**
- 把比赛目标定成"每盘都认真记谱、每步检查对方威胁"，而不是拿名次。结合前面说的输棋处理方法：轮与轮之间输了也先不复盘，留到比赛结束后再说。""",
"""比赛当天家长需要注意什么？""",
"""几个实用的点：

- **提前到场：** 至少提前30分钟，找好座位号，让他熟悉环境、上个厕所。
- **带好东西：** 水、不弄脏手的小零食（香蕉、饼干），再带一件薄外套，比赛场地空调往往比较冷。
- **比赛中不要靠近棋桌：** 多数比赛不允许家长进入赛区，也不要打手势"提示"，否则可能被判负。
- **轮次之间：** 先问"感觉怎么样"，而不是"赢了没有"。让他吃点东西、休息一下，不要复盘。
- **结束以后：** 不论成绩如何，先肯定他的努力，回家后再一起挑一盘有意思的棋复盘。""",
"""比赛结束后，那些对局怎么复盘比较好？""",
"""比赛的棋谱是最好的学习材料，可以分三步来：

1. **先让他自己讲（不开引擎）。** 隔一两天再复盘，情绪平复了效果更好。让他把一盘棋摆一遍，说说每个阶段自己在想什么，尤其是用时最多的那几步。
2. **沿用"两个好棋，一个问题"。** 先找出两步下得好的棋，再找一个关键失误，问他："当时对方有什么威胁？你检查了吗？"
3. **最后再用引擎核对。** 把棋谱输入Lichess，打开分析，只看评估变化最大的两三个地方，不要逐步看引擎的每个建议，太多信息孩子记不住。

**整理成下个月的训练内容：**
- 如果失误多是漏看对方的战术，就增加战术题；
- 如果开局就落后，就把那套开局再过一遍；
- 如果好局面没赢下来，就多练基本残局。

把每盘棋的"一个问题"写进错题本，下次比赛前翻一遍。""",
    ]))

# ---------------------------------------------------------------- 026
DIALOGUES.append(D(
    "i9a-026", "off_topic", "en",
    "Off-topic: a rabbit-care dialogue (diet, enclosure) drifts in turn 3 to garage gym flooring and in turn 4 to a beginner strength programme; the original goal is abandoned.",
    [
"""We just adopted a bonded pair of neutered rabbits, about 2 kg each. What should their daily diet look like?""",
"""Rabbit diets are simple once you know the proportions. Per rabbit, per day:

- **Hay, unlimited: about 80–85% of the diet.** Timothy, orchard grass or meadow hay. Each rabbit should eat a pile roughly the size of its own body every day. Hay keeps their teeth worn down and their gut moving; it's the single most important thing.
- **Fresh leafy greens: about 1 packed cup per kilogram of body weight,** so roughly 2 cups each. Good choices: romaine, green leaf lettuce, coriander, parsley, dill, basil, bok choy, carrot tops. Introduce new greens one at a time, and skip iceberg lettuce.
- **Pellets: a small measured portion,** roughly 15–25 g per kg of body weight, so about an egg cup each. Choose plain timothy-based pellets, not muesli-style mixes with seeds and coloured bits.
- **Treats: tiny amounts,** such as a slice of apple, a couple of blueberries or a small piece of carrot, no more than about a tablespoon a day per rabbit.
- **Fresh water, always.** A heavy ceramic bowl is better than a bottle; most rabbits drink more from a bowl.

Watch their droppings: large, round, uniform pellets mean the diet is working. Small, dry or misshapen droppings, or a rabbit that stops eating for more than about 12 hours, need a vet urgently.""",
"""How much space do they need?""",
"""More than most pet-shop hutches provide. The Rabbit Welfare Association & Fund recommends, for a pair, an enclosure of at least **3 m × 2 m and 1 m high**, with constant access to it, so they can hop, stand up on their hind legs and run, not just turn around.

Ways to get there indoors:
- A large **exercise pen** (puppy pen), with washable rugs or vinyl on the floor for grip.
- A home base inside it with a **litter box** filled with paper-based litter and a pile of hay at one end (rabbits eat and poop at the same time, so this trains them quickly), a hidey house with **two exits** so one rabbit can't trap the other, and water.
- A **bunny-proofed** room for supervised free-roam time: cover cables, block gaps behind furniture, and remove toxic houseplants.

Rabbits are most active at dawn and dusk, so make sure they have their full space at those times rather than only during the day.""",
"""Speaking of space, we're also turning half of our garage into a home gym. What flooring should we put down, and how thick?""",
"""For a garage home gym on concrete, the most popular and cost-effective choice is **rubber stall mats**:

- **Thickness:** 3/4 inch (19 mm) is the standard. It protects the slab and your equipment from dropped dumbbells and absorbs some noise. For Olympic lifting with bumper plates, add a platform: two layers of 3/4 inch plywood topped with 3/4 inch rubber, about 8 × 8 feet.
- **Size and cost:** 4 × 6 ft mats from farm-supply stores typically cost $50–$70 each. A 12 × 12 ft area needs 6 mats.
- **Weight:** each mat weighs about 100 lb, so bring a helper, and cut them with a utility knife and fresh blades, scoring repeatedly rather than trying to cut in one pass.
- **Smell:** new rubber smells strongly for a few weeks; scrub with mild soap and leave the garage door open.

Interlocking EVA foam tiles are cheaper and lighter but dent under heavy weights and aren't suitable for dropping barbells. Check that the slab is dry first; if moisture is coming up, lay a vapour barrier underneath.""",
"""Nice. What's a good beginner strength programme for three days a week in there?""",
"""A simple full-body programme on three non-consecutive days (e.g. Monday, Wednesday, Friday), alternating two workouts:

**Workout A**
- Squat: 3 sets of 5
- Bench press: 3 × 5
- Barbell row: 3 × 8

**Workout B**
- Squat: 3 × 5
- Overhead press: 3 × 5
- Deadlift: 1 × 5 (after warm-up sets)

Week 1 is A-B-A, week 2 is B-A-B, and so on.

**Progression:** add 2.5 kg to squats and deadlifts and 1–2.5 kg to the upper-body lifts each session, as long as you complete all reps with good form. When you fail a weight twice, drop it by 10% and build back up.

**Each session:** 5–10 minutes of general warm-up, 2–3 lighter warm-up sets for each lift, then the work sets with 2–3 minutes' rest. Total time: about 45–60 minutes.

If you're new to the barbell lifts, start with just the bar and consider a session or two with a coach to check your squat and deadlift form.""",
    ]))

# ---------------------------------------------------------------- 027
DIALOGUES.append(D(
    "i9a-027", "structure", "en",
    "Structure: the assistant turn answering 'When should the invitations go out?' (turn 2) is whitespace only; the rest of the wedding RSVP dialogue is well-formed and good.",
    [
"""We're expecting about 120 guests for our wedding and want online RSVPs, but several older relatives won't use a website. How can we manage both without losing track?""",
"""A hybrid system works well; the trick is having one master list that everything feeds into.

**1. Master spreadsheet** (e.g. Google Sheets, so you can both edit it). Columns: household name, guest names, number invited, mailing address, email/phone, RSVP method (online or card), response, meal choices, dietary needs, notes.

**2. Online RSVP** through a wedding website: Zola, The Knot and Joy all offer free RSVP pages. Upload your guest list so guests can only RSVP for the names you've listed; responses export straight into a spreadsheet.

**3. Paper RSVP cards for those who need them.**
- Include a **pre-addressed, stamped envelope** so replying is effortless.
- Pencil a small number on the back of each card that matches the household's row in your spreadsheet, because people regularly forget to write their names.
- Ask for meal choices right on the card with tick boxes.

**4. One person owns the list.** Whoever checks the mailbox and the website updates the spreadsheet once a week.

**5. Set the RSVP deadline about 4 weeks before the wedding.** Caterers typically want final numbers 10–14 days out, and you'll need time to chase late replies and do the seating plan.

For relatives who won't do either, a phone call from a parent works; just make sure whoever takes the call updates the master list.""",
"""When should the invitations go out? The wedding is on June 21.""",
"""   """,
"""OK. And how do we word plus-ones so it's clear who exactly is invited?""",
"""The clearest signals are the **envelope and the RSVP**, not the invitation wording itself:

- **Address the envelope to exactly who's invited:** 'Ms. Jordan Lee and Guest' for a plus-one, 'Ms. Jordan Lee' alone if there isn't one. For families, list the children's names if they're invited; if not, address only the parents.
- **Online RSVP:** set each household's allowed number of guests on the website, so nobody can add extra names.
- **Paper RSVP card:** add a line such as 'We have reserved two seats in your honour', writing the correct number by hand on each card before you send it.
- **Wedding website FAQ:** a short line helps: 'Due to limited space, we can only accommodate guests named on the invitation.'
- **Adults-only:** if children aren't invited, say so in the website FAQ and let your parents spread the word; don't print 'no children' on the invitation itself.

If someone RSVPs with an uninvited guest anyway, call them rather than emailing. A kind, direct 'we're keeping numbers tight, so we can only host the people named on the invitation' usually settles it.""",
"""Perfect, thank you. One last thing: should we send save-the-dates too?""",
"""For a June wedding they're worth it if many guests will travel or the date is near a holiday. Send them **6–8 months ahead**, roughly October to December of the year before, or **8–12 months** ahead for a destination wedding. A simple card or email is fine; just make sure everyone who gets a save-the-date later receives an invitation.""",
    ]))

# ---------------------------------------------------------------- 028
DIALOGUES.append(D(
    "i9a-028", "bad_length", "en",
    "Bad length: the turn-3 reply to 'rain in 30 hours, is that enough after staining?' is a long ramble about the history of wood finishes, forecasting and pressure-treated lumber that never answers the question.",
    [
"""I'm restaining a 12x16 ft pressure-treated pine deck that's about six years old. The old semi-transparent stain is mostly worn off. What prep do I need?""",
"""Good timing: with the old stain mostly gone, prep is straightforward.

1. **Clear and repair.** Remove furniture and planters, replace cracked boards, and set any popped nails or swap them for deck screws.
2. **Clean.** Use an oxygen-bleach deck cleaner (sodium percarbonate based). Wet the deck, apply the cleaner, let it sit 10–15 minutes without drying out, scrub with a stiff brush on a pole, and rinse. A pressure washer on a low setting (under about 1,200 psi with a 25–40° fan tip, held about 12 inches away) helps, but too much pressure furs the wood.
3. **Strip if needed.** If patches of old stain remain and you're changing colour, a stain stripper evens things out. If the old stain is nearly gone and the new one is a similar colour, cleaning is enough.
4. **Brighten.** An oxalic-acid brightener after cleaning neutralises the cleaner and restores the wood's colour, helping the stain absorb evenly.
5. **Sand lightly.** Once dry, knock down raised fibres with 60–80 grit on a pole sander. Don't go finer than 80, or the stain won't soak in well.
6. **Dry.** Wait about **48 hours** of dry weather after washing.
7. **Test absorption.** Sprinkle water on the boards: if it soaks in within a minute or so, the wood is ready; if it beads, wait longer or clean again.""",
"""How many gallons of semi-transparent stain will I need?""",
"""The deck floor is 12 × 16 = **192 sq ft**. Weathered pine is thirsty, so plan on the low end of the coverage printed on the can, often **150–200 sq ft per gallon** for a first coat on rough, weathered wood.

- **Floor, first coat:** about 1 to 1.3 gallons
- **Second coat** (many semi-transparent stains call for two coats applied wet-on-wet): about 0.5–0.75 gallon, since the wood absorbs less
- **Railings, stairs and board edges:** these add a surprising amount of surface, typically another 0.5–1 gallon for a deck this size

**Total: buy 3 gallons,** or a 5-gallon pail if the railing is extensive. Make sure all the cans come from the same batch, or mix them together in a bucket before you start so the colour is consistent across the deck.""",
"""The forecast says rain in about 30 hours. Is that enough time after staining?""",
"""Rain and wood have a long and complicated history. Long before modern stains existed, shipbuilders coated planks with pine tar and linseed oil to keep water out, and Norway's stave churches have survived centuries of wet weather partly thanks to regular tarring. Linseed oil itself comes from flax, one of the oldest cultivated crops, grown in the Fertile Crescent thousands of years ago and also the source of linen.

Weather forecasting has come a long way too. Modern forecasts rely on numerical models run on supercomputers, and a two-day forecast today is roughly as reliable as a one-day forecast was a few decades ago. Even so, the exact timing of rain remains one of the hardest things to predict, especially summer showers, which can pop up with little warning.

Pressure-treated pine is an interesting material in its own right: the treatment forces preservatives deep into the wood under pressure, which is why it resists rot for decades, even in ground contact. Older treated lumber used chromated copper arsenate, which was phased out for residential use in the early 2000s, and most of what's sold today is treated with copper-based compounds instead.

All of this is a reminder that wood outdoors is always in a relationship with the weather, and that good planning is part of any outdoor project.""",
"""Alright, I'll wait for a dry weekend. When I do stain, should I do the railings or the floor first?""",
"""**Railings first, then the floor.** Working top-down means any drips from the railings land on boards you haven't stained yet, and get blended in when you do the floor.

- **Railings and balusters:** use a brush or a stain pad, and work from the top rail down.
- **Floor:** stain **2–3 boards at a time along their full length,** keeping a wet edge, so you don't get lap marks where wet stain overlaps dry.
- **Plan your exit:** start at the far side and finish at the stairs or a door, so you don't stain yourself into a corner.
- **Board ends:** coat them generously; that's where water soaks in first.

Work in the morning or late afternoon rather than in direct midday sun, which dries the stain too fast and causes blotching.""",
    ]))

# ---------------------------------------------------------------- 029
DIALOGUES.append(D(
    "i9a-029", "good", "en",
    "Good: choosing a lens for indoor kids' photos on a Sony a6100; the user's budget drops from $600 to $300 because of a car repair and the assistant re-recommends accordingly, then gives gym settings and a short flash answer.",
    [
"""I have a Sony a6100 with the 16-50mm kit lens. Mostly I photograph my kids indoors at home and at school events, and a lot of shots come out blurry or grainy. What lens should I get next? Budget is around $600.""",
"""Blurry and grainy indoor shots are exactly where the kit lens struggles: at 50mm it's only f/5.6, so the camera has to choose between slow shutter speeds (blur) and high ISO (grain). A brighter lens fixes both. With $600, the strongest options for the a6100:

1. **Sigma 18-50mm f/2.8 DC DN | Contemporary (about $550).** A constant f/2.8 zoom, between two-thirds of a stop and 2 stops brighter than the kit lens depending on focal length, and only about 290 g. Best if you like the flexibility of zooming at school events.
2. **Sigma 30mm f/1.4 DC DN | Contemporary (about $290).** A classic for Sony APS-C: roughly 45mm full-frame equivalent, great for indoor family shots, and more than three stops brighter than the kit lens at 30mm. Sharp, with pleasant background blur.
3. **Sony E 35mm f/1.8 OSS (about $450).** Has optical stabilisation, which helps with still subjects in dim light since the a6100 has no in-body stabilisation. Less useful for running kids, where you need fast shutter speeds anyway.
4. **Viltrox 33mm f/1.4 (about $280).** A budget alternative to the Sigma 30mm with fast autofocus and eye-AF support.

**My recommendation:** for mostly indoor kids at home, the **Sigma 30mm f/1.4**; if you often shoot from the back of a school hall, the **Sigma 18-50mm f/2.8** gives you reach plus a brighter aperture.

Either way, set a minimum shutter speed of about 1/250 s for moving kids and let Auto ISO handle the rest.""",
"""Change of plans: we just got hit with a car repair bill, so my budget is now about $300. What would you pick?""",
"""At $300 the choice gets simpler: the **Sigma 30mm f/1.4 DC DN | Contemporary**, which usually sells for about $290 new and often drops to around $250–$260 in sales.

Why it's still a big upgrade:
- **f/1.4 vs f/4.5:** at 30mm your kit lens is around f/4.5, so the Sigma gathers roughly **10 times more light** (about 3.4 stops). In practice, a shot that needed ISO 6400 at 1/60 s can become ISO 1600 at 1/125 s: less grain *and* less blur.
- **Focal length:** about 45mm full-frame equivalent, wide enough for a living room and tight enough for portraits.
- **Autofocus:** works with the a6100's Real-time Eye AF.

**Alternatives at the same price:**
- **Viltrox 33mm f/1.4:** similar performance, sometimes slightly cheaper.
- **Sony E 50mm f/1.8 OSS** (about $250): brighter than the kit lens, but at 75mm equivalent it's too tight for most rooms.
- A **used Sigma 18-50mm f/2.8** sometimes appears around $400; only worth stretching for if zoom matters a lot to you.

Buy from a reputable retailer or a used dealer with a return window, and test the autofocus on your kids on day one.""",
"""Say I get the Sigma 30mm. How should I set it up for a dark school gym during a basketball game?""",
"""Gyms are tough, with dim, often flickering light and fast action, but an f/1.4 lens gives you room to work. Settings to start with:

- **Mode:** Manual with Auto ISO, or Shutter priority (S).
- **Shutter speed:** **1/500 s** to freeze running players; 1/250 s for kids on the sidelines or at the free-throw line.
- **Aperture:** **f/1.8–f/2.** Stopping down slightly from f/1.4 gives a bit more depth of field, so the whole face is sharp, and improves edge sharpness.
- **ISO:** Auto, with the maximum at **6400**. The a6100 handles 6400 acceptably, especially with noise reduction applied to RAW files.
- **Focus:** AF-C with Tracking: Flexible Spot or Zone, and Real-time Eye AF on. Half-press on your child and let the camera follow.
- **Drive:** continuous Hi+ (up to 11 fps); shoot short bursts.
- **File format:** **RAW**, so you can fix white balance and noise later.

**Flicker:** many gym lights flicker at twice the mains frequency. If you see banding or frames with different brightness, shoot short bursts and pick the best exposure, or for posed shots slow down to 1/100 s (in 50 Hz countries) or 1/120 s (60 Hz).

**Position:** sit near the baseline if that's allowed; at 30mm you need to be fairly close to the action.""",
"""Should I use the camera's flash?""",
"""Usually not at school events. Many schools and leagues ask spectators not to use flash during games because it can distract players, and the a6100's small pop-up flash is harsh and weak beyond a few metres. At home, bouncing an external flash off the ceiling gives lovely soft light, but in the gym, rely on the f/1.4 lens and Auto ISO.""",
    ]))

# ---------------------------------------------------------------- 030
DIALOGUES.append(D(
    "i9a-030", "good", "en",
    "Good: maid-of-honour toast draft; the user asks to drop the private hedgehog story at the bride's request and replace it with a dal anecdote, and the assistant revises consistently, then gives delivery tips.",
    [
"""I'm maid of honour at my sister Priya's wedding; she's marrying Tom. I need a toast of about three minutes. Key facts: we grew up in Leeds, she's a vet, they met at a climbing gym, and on their second date she stopped the car to rescue a hedgehog from the road. Could you draft it?""",
"""Here's a draft of about three minutes at a relaxed speaking pace:

---

Good evening, everyone. For those who don't know me, I'm Priya's sister, and today I have the honour of being her maid of honour, which mostly means I've been trusted with the tissues.

Priya and I grew up in Leeds, in a house that was never quiet and never empty. Even as a little girl, Priya couldn't walk past anything that needed looking after. Stray cats, injured pigeons, a goldfish she insisted was depressed: if it had a heartbeat, she wanted to help it. So nobody in our family was surprised when she became a vet. We were only surprised it took her that long to make it official.

Then she met Tom. At a climbing gym, of all places. I like to think he saw her halfway up a wall and thought, 'There's someone who doesn't give up.' And he was right.

But the moment I knew Tom was the one came from a story Priya told me after their second date. They were driving home when she suddenly shouted 'Stop the car!', jumped out, and carried a hedgehog off the road to safety. Tom didn't laugh. He didn't check his watch. He put the hazards on and held the torch. Tom, that's exactly who she needs: someone who holds the torch.

Priya, you've spent your life caring for everyone and everything around you. Tom, thank you for caring for her the same way. You two climb together, you look out for each other, and you always know when to stop the car.

So please raise your glasses: to Priya and Tom. May your ropes always be secure, your route always lead upwards, and your home always have room for one more rescue.

To Priya and Tom!

---

Read aloud, this runs about two and a half to three minutes. If you want to stretch it, add one memory of your own in the second paragraph.""",
"""I love it. One change: Tom's family don't know the hedgehog story, and Priya asked me to keep it private. Could you replace that part with the fact that Tom learned to cook her favourite dal from our mum?""",
"""Of course. Here's a replacement for the hedgehog paragraph, plus two small tweaks so the ending still ties together:

**Replace the fourth paragraph with:**

But the moment I knew Tom was the one came a few months in, when he quietly asked our mum to teach him how to make Priya's favourite dal. Not from a recipe online, but from Mum, in her kitchen, with all her unwritten rules about how long to fry the onions and exactly when to add the tadka. He kept coming back until she said it was right. Tom, anyone who will stand in my mum's kitchen and take that much feedback with a smile truly loves my sister.

**Replace the line before the toast with:**

You two climb together, you look out for each other, and you've already mastered the most important family recipe.

**Final toast line:**

So please raise your glasses: to Priya and Tom. May your ropes always be secure, your route always lead upwards, and your kitchen always smell of Mum's dal.

Adjust the details, such as how many lessons it took, to what actually happened. The timing stays about the same. If your mum will be there, it's worth telling her beforehand; she may love being mentioned, or want to brace herself.""",
"""How do I deliver it without reading it off my phone?""",
"""A few techniques that work well for a three-minute toast:

1. **Practise out loud 5–6 times** in the week before, not just in your head. By the third run you'll notice which sentences are hard to say and can simplify them.
2. **Use a cue card, not a script.** Write 4–5 key phrases on a small card in large letters:
   - Leeds / 'if it had a heartbeat'
   - Vet / 'took her that long'
   - Climbing gym / 'doesn't give up'
   - Tom and Mum's dal
   - Ropes, route, kitchen: raise glasses
3. **Memorise the first and last lines word for word.** A confident start settles the nerves, and a clean ending lands the toast.
4. **Record yourself once** on your phone and play it back to check your pace. Most nervous speakers rush; pause after each laugh line.
5. **Look at the couple for the personal parts** and at the room for the jokes.
6. **On the day:** hold the card in one hand and set your glass down until the toast, go easy on drinks beforehand, and take one slow breath before you start.

It's fine to glance at the card; guests expect it. What they remember is the warmth, not perfect recall.""",
    ]))
