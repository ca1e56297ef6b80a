from c_common import H, G, D

INTL_B = []

# --- es good: negociación coche usado ---
INTL_B.append(D(
"good", "es",
"Good: preparation and role-play of a used-car negotiation in Spain; realistic costs and checks, in-character seller with consistent numbers, and useful final feedback.",
H("""
Mañana voy a ver un Toyota Corolla de 2016 con 128.000 km que vende un particular. Pide 11.500 €. He visto otros parecidos entre 9.800 y 11.000 €. ¿Cómo preparo la negociación?
"""),
G("""
Buena idea prepararlo. Con esos datos tienes margen para negociar, porque el precio pedido está por encima de lo que has visto en el mercado.

**1. Antes de ir**
- **Pide el informe del vehículo a la DGT** (se solicita en la sede electrónica con la matrícula y cuesta unos pocos euros). Te dice si tiene cargas, embargos, cuántos titulares ha tenido y si la ITV está en vigor.
- **Pregunta por el libro de mantenimiento** y las facturas. Un Corolla con revisiones en el concesionario vale más que uno sin historial.
- **Fija tres cifras** y no las compartas:
  - **Precio objetivo:** por ejemplo, 10.300 €.
  - **Precio máximo:** por ejemplo, 10.800 €. Por encima, te vas.
  - **Primera oferta:** algo más baja que el objetivo, por ejemplo, 9.900-10.000 €, para dejar margen.

**2. Durante la visita**
- Revisa **neumáticos** (profundidad y desgaste irregular), **frenos**, **embrague** si es manual, ruidos en frío y **testigos** del cuadro al arrancar.
- Haz una prueba de conducción de al menos 15-20 minutos, con algo de autovía.
- Apunta cada defecto: cada uno es un argumento para bajar el precio.

**3. Ten en cuenta los gastos de la compra**
En una compra entre particulares, el comprador suele pagar:
- El **Impuesto de Transmisiones Patrimoniales (ITP)**, que depende de tu comunidad autónoma y se calcula sobre el valor fiscal de Hacienda, no sobre lo que pagues.
- La **tasa de transferencia de la DGT**, unos 55 €.
Súmalos a tu presupuesto para no llevarte sorpresas.

**4. Actitud**
Sé amable pero tranquilo, y no muestres demasiado entusiasmo por el coche. La mejor herramienta de negociación es estar dispuesto a irte.
"""),
H("""
Perfecto. Hagamos un role-play: tú eres Javier, el vendedor. Yo empiezo. "Hola, Javier. He visto el coche y me gusta, pero el precio me parece alto. ¿Cuánto es lo mínimo?"
"""),
G("""
**Javier:** Hola, ¿qué tal? Encantado. Mira, te soy sincero: el precio ya está bastante ajustado.

Es un coche de un solo dueño, que soy yo. Todas las revisiones están hechas en el concesionario Toyota, tengo todas las facturas en esta carpeta. Nunca ha tenido un golpe, duerme en garaje y la ITV la pasó en enero sin ningún defecto. Y ya sabes cómo son estos Corolla: con un mantenimiento normal, pasan de los 300.000 km sin problemas.

Lo he puesto en 11.500 porque sé lo que tengo. Hay otros más baratos, sí, pero muchos vienen de alquiler o de flotas, con tres o cuatro dueños y sin historial.

Pero bueno, dime tú: ¿cuánto me ofreces? Si es una oferta seria, lo hablamos.
"""),
H("""
"Entiendo, y se nota que está cuidado. Pero he visto que los neumáticos traseros están casi al límite y la revisión de los 135.000 km incluye cambiar la correa auxiliar y los líquidos. Eso son unos 600 € que tendría que pagar yo pronto. Te ofrezco 10.000 €."
"""),
G("""
**Javier:** *se rasca la cabeza* Hombre, 10.000 es mucho bajar, son 1.500 euros menos.

Lo de las ruedas te lo reconozco: las traseras tienen ya sus kilómetros, eso es verdad. Pero lo de la revisión... eso es mantenimiento normal, cualquier coche con estos kilómetros lo va a necesitar. No es un defecto.

Mira, te hago una propuesta: te lo dejo en **11.000 €**. Y si quieres, antes de que te lo lleves le pongo dos neumáticos traseros nuevos. Tengo un amigo con un taller y me los hace a buen precio. Así no tienes que preocuparte de eso.

¿Qué me dices?
"""),
H("""
"Gracias, Javier, es un detalle. Pero prefiero elegir yo las ruedas. Te propongo esto: 10.400 €, te hago la transferencia hoy mismo y mañana hacemos los papeles de la DGT."
"""),
G("""
**Javier:** *se queda pensando unos segundos* Pagar hoy, por transferencia... eso me viene bien, la verdad, porque ya me han escrito otras dos personas y no quiero estar enseñando el coche todo el fin de semana.

Venga, ni para ti ni para mí: **10.600 € y es tuyo**. Te preparo hoy el contrato de compraventa, con una copia para cada uno, y mañana vamos juntos a hacer la transferencia en la DGT. Te doy también las dos llaves, la carpeta de facturas y la ficha técnica.

¿Trato hecho?

*Saliendo del personaje:* aquí puedes cerrar o intentar un último ajuste. Dime qué respondes o, si quieres, pasamos a comentar cómo lo has hecho.
"""),
H("""
"Trato hecho, 10.600 €." Vale, sal del personaje: ¿cómo lo he hecho?
"""),
G("""
¡Muy bien! Has bajado el precio de **11.500 € a 10.600 €**, un **8 % menos (900 €)**, y has quedado dentro de tu precio máximo de 10.800 €. Algunas observaciones:

**Lo que has hecho bien**
- **Empezaste reconociendo lo positivo** ("se nota que está cuidado"). Eso baja la tensión y hace que el vendedor escuche tus argumentos.
- **Usaste argumentos concretos** con cifras: neumáticos y la revisión de 135.000 km, unos 600 €. Es mucho más convincente que decir "me parece caro".
- **Rechazaste las ruedas con educación.** Aceptarlas habría sido una concesión que le cuesta poco a él y que te quita margen a ti.
- **Ofreciste algo que no cuesta dinero**: pago inmediato y trámites rápidos. Para un particular, la comodidad tiene mucho valor.

**Qué podrías mejorar**
- **Tu primera oferta (10.000 €) estaba cerca de tu objetivo.** Empezar en 9.800 € te habría dejado más margen y quizá un cierre en torno a 10.400 €.
- **Pudiste responder a la presión de "otros dos interesados"**. Es una táctica habitual. Un simple "lo entiendo; si encuentras a alguien que pague más, adelante" suele desactivarla.
- **Antes de aceptar**, pudiste pedir un último detalle: que incluya el cambio de aceite, o que pague él el informe de la DGT.

**Antes de pagar de verdad**
- Comprueba que el **DNI** del vendedor coincide con el titular del permiso de circulación.
- Revisa que la **ITV** esté en vigor y que el informe de la DGT no muestre cargas.
- Firma un **contrato de compraventa** con fecha y hora, datos de ambos, matrícula, número de bastidor y kilómetros.
- Haz la transferencia **desde tu banco**, con el concepto "compra del vehículo [matrícula]".

¡Suerte mañana!
""")
))

# --- ar repetition: grief for mother ---
INTL_B.append(D(
"repetition", "ar",
"Repetition: in turn 3 the user re-asks, in other words, whether crying every day two months on is normal (already asked and answered in turn 1), and the assistant re-answers the same points in different wording.",
H("""
توفيت والدتي قبل شهرين، وما زلت أبكي كل يوم تقريباً. أحياناً أكون في العمل أو في السيارة وفجأة أنهار. هل هذا طبيعي؟ الجميع يقول لي إن عليّ أن أكون قوية.
"""),
G("""
أعظم الله أجرك، وأنا آسف جداً لفقدان والدتك. فقدان الأم من أصعب التجارب التي يمر بها الإنسان، وشهران فقط مدة قصيرة جداً.

**نعم، ما تمرين به طبيعي تماماً.**
- **البكاء اليومي** بعد شهرين من الوفاة أمر شائع جداً. الحزن لا يسير في خط مستقيم، ولا ينتهي في موعد محدد.
- **"موجات" الحزن المفاجئة**، في العمل أو في السيارة، من أكثر ما يصفه الناس بعد فقدان شخص عزيز. قد تأتي بسبب رائحة، أو أغنية، أو مكان، أو حتى دون سبب واضح.
- في الأشهر الأولى، يكون الحزن عادة في أشد حالاته، ثم تتباعد هذه الموجات تدريجياً وتخف حدتها مع الوقت، وإن كانت قد تعود في المناسبات والذكريات.

**عن "كوني قوية"**
القوة لا تعني ألا تبكي. البكاء ليس ضعفاً، بل هو طريقة الجسد والنفس في التعامل مع الفقد. ومن يقول لك ذلك غالباً يريد أن يواسيك، لكنه لا يعرف ماذا يقول. يمكنك أن تقولي له بلطف: "أحتاج فقط أن تسمعني، لا أن تصلح حزني".

**أشياء قد تساعدك الآن**
- اسمحي لنفسك بوقت للحزن، مثلاً بضع دقائق في آخر اليوم للبكاء أو الكتابة أو النظر إلى صورها.
- تحدثي عنها مع من يحبها أيضاً: إخوتك، أقاربك، صديقاتها.
- حافظي على الأساسيات: النوم، والأكل، والمشي قليلاً.

**متى تطلبين مساعدة مختصة؟** إذا أصبحتِ غير قادرة على العمل أو رعاية نفسك، أو فقدتِ الرغبة في كل شيء لفترة طويلة، أو راودتك أفكار بإيذاء نفسك. في هذه الحالة تواصلي فوراً مع طبيب أو خط دعم نفسي.
"""),
H("""
أشعر بالذنب لأنني لم أكن بجانبها في المستشفى ليلة وفاتها. كنت قد عدت إلى البيت لأرتاح ساعتين فقط، واتصلوا بي في الفجر.
"""),
G("""
هذا الشعور مؤلم جداً، وأريدك أن تعرفي أنه من أكثر المشاعر شيوعاً عند من فقدوا أحباءهم في المستشفى. كثيرون يحملون تلك الساعات القليلة التي غابوا فيها كأنها خطأ لا يُغتفر.

**لكن انظري إلى الصورة كاملة:**
- كنتِ بجانبها **أياماً وليالي** قبل تلك الليلة. عدتِ إلى البيت لأنك كنتِ منهكة، وهذا ما يفعله أي إنسان، ولم يكن أحد يعرف أن تلك هي الليلة.
- الأطباء والممرضون أنفسهم كثيراً ما يصعب عليهم توقع اللحظة الأخيرة بدقة.
- يلاحظ العاملون في الرعاية التلطيفية أن بعض المرضى يرحلون بالضبط حين يغادر أحباؤهم الغرفة لوقت قصير، وكأن ذلك أسهل عليهم. لا أحد يعرف السبب يقيناً، لكنها ملاحظة متكررة.

**سؤال قد يساعدك:**
لو كانت والدتك مكانك، ولو رأتك تنامين ساعتين بعد أيام من السهر، هل كانت ستلومك؟ أم كانت ستقول لك: "ارتاحي يا ابنتي"؟

**أشياء قد تخفف هذا الشعور**
- اكتبي لها رسالة تقولين فيها ما كنتِ تريدين قوله تلك الليلة.
- ادعي لها، أو تصدقي عنها، إن كان ذلك يعني لك شيئاً.
- تحدثي عن هذا الشعور بصوت عالٍ مع شخص تثقين به. الذنب يكبر في الصمت.

حضورك الحقيقي كان في كل السنوات، وفي كل الأيام التي قضيتها معها في المستشفى، وليس في ساعتين فقط.
"""),
H("""
سؤال آخر: هل يعقل أنني ما زلت أبكي يومياً رغم مرور شهرين على وفاتها؟ ألم يكن من المفترض أن أتجاوز الأمر بحلول الآن؟
"""),
G("""
لا، ليس من المفترض أن تكوني قد تجاوزتِ الأمر بعد. شهران فترة قصيرة جداً بعد فقدان الأم.

**البكاء كل يوم في هذه المرحلة أمر شائع.** الحزن لا يتبع جدولاً زمنياً ولا يسير بشكل مستقيم، فقد تمرين بيوم هادئ ثم يوم صعب جداً دون سبب واضح.

**الانهيار المفاجئ** في أماكن غير متوقعة، مثل العمل أو السيارة، مما يصفه كثير من الناس بعد الفقد. يمكن أن تثيره رائحة أو أغنية أو مكان، أو لا شيء على الإطلاق.

**مع الوقت**، تتباعد هذه اللحظات وتصبح أخف، لكنها قد تعود في المناسبات وعند الذكريات، وهذا أيضاً طبيعي.

**والقوة لا تعني ألا تبكي.** البكاء طريقة الإنسان في التعامل مع الفقد، وليس علامة ضعف. من يطلب منك أن تكوني قوية غالباً يحاول مواساتك دون أن يعرف كيف.

ما قد يساعدك: أن تخصصي وقتاً للحزن، وأن تتحدثي عنها مع من أحبوها، وأن تحافظي على نومك وأكلك وحركتك. وإذا شعرتِ أنك لم تعودي قادرة على العمل أو رعاية نفسك، أو راودتك أفكار بإيذاء نفسك، فاطلبي مساعدة مختص فوراً.
"""),
H("""
رمضان بعد ثلاثة أسابيع، وهو أول رمضان بدونها. كانت هي من تجمع العائلة على الإفطار كل يوم. لا أعرف كيف سأتحمل ذلك.
"""),
G("""
أول رمضان بعد الفقد من أصعب المحطات، خصوصاً حين كانت والدتك قلب هذه اللحظات: مائدة الإفطار، ولمّة العائلة، وصوتها. من الطبيعي جداً أن تشعري بالخوف منه. وقد يساعد أن تفكري فيه مسبقاً بدل أن يفاجئك.

**قبل رمضان**
- **تحدثي مع العائلة الآن.** اسألوا معاً: هل نجتمع كما كنا؟ في بيت من؟ من يطبخ؟ أحياناً يتجنب الجميع الحديث عن الأمر، فيصبح اليوم الأول أصعب.
- **لا يجب أن يكون كل شيء كما كان.** بعض العائلات تحافظ على التقاليد نفسها تكريماً للأم، وبعضها يغير المكان أو الطريقة لأن التشابه مؤلم جداً. كلا الخيارين صحيح.

**خلال الشهر**
- **اجعلي لها مكاناً:** طبقها المفضل على المائدة في الأيام الأولى، أو أن يذكر أحدكم دعاءها المعتاد قبل الإفطار، أو أن تحكوا قصة عنها كل ليلة.
- **تقاسموا ما كانت تفعله:** لا يجب أن تحملي وحدك دور "من تجمع العائلة". يمكن أن يستضيف كل واحد من الإخوة يوماً أو أسبوعاً.
- **العبادة قد تكون عزاءً:** يجد كثيرون راحة في الدعاء لأمهاتهم، وختم القرآن عن روحها، أو إخراج صدقة جارية باسمها، كإفطار صائم أو سقيا ماء.
- **اسمحي لنفسك بالانسحاب أحياناً.** إن احتجتِ أن تبكي أو تبقي وحدك بعد الإفطار، فهذا مقبول تماماً.

**توقعي أن تكون الأيام الأولى والعيد الأصعب.** ليس لأنك لا تتحسنين، بل لأن المناسبات تجعل الغياب أوضح. تذكري أن أمك تعيش في كل ما علمته لكم، وأن اجتماعكم باسمها هو أيضاً استمرار لما كانت تفعله.
""")
))

# --- ru non_answer: career change accountant -> data analyst ---
INTL_B.append(D(
"non_answer", "ru",
"Non-answer: assistant turn 3 only restates the portfolio question and says it is important, without naming any projects or giving advice.",
H("""
Мне 34 года, я 10 лет работаю бухгалтером, последние 4 года главным бухгалтером в производственной компании. Хочу перейти в аналитику данных. С чего начать?
"""),
G("""
Хороший момент и хорошая отправная точка. Бухгалтерия гораздо ближе к аналитике, чем кажется: вы каждый день работаете с большими таблицами, сверками, отчётностью и понимаете, как устроены деньги в бизнесе. Многим начинающим аналитикам как раз этого понимания и не хватает.

**С чего начать: три базовых навыка**
1. **Excel на продвинутом уровне.** Скорее всего, вы уже многое умеете. Добавьте сводные таблицы, Power Query и функции XLOOKUP/ПРОСМОТРX, если ещё не используете.
2. **SQL — главный навык аналитика.** Нужно уверенно писать запросы: SELECT, WHERE, GROUP BY, JOIN, оконные функции. Без SQL на собеседование почти не зовут.
3. **BI-инструмент для визуализации:** Power BI или Tableau. Power BI особенно популярен в компаниях, где много Excel и 1С.

**На следующем этапе**
- **Основы статистики:** среднее и медиана, распределения, корреляция, A/B-тесты.
- **Python** (библиотеки pandas, matplotlib) — желателен, но не обязателен для первой позиции.

**Стратегия перехода**
Самый реалистичный путь — не «с нуля в аналитику данных», а через **финансового аналитика** или **аналитика в финансовом отделе**. Там ваш опыт будет преимуществом, а не «прошлой жизнью». Позже можно двигаться в продуктовую или бизнес-аналитику.

Начните с SQL: это самый быстрый способ понять, нравится ли вам эта работа.
"""),
H("""
Сколько времени займёт обучение, если заниматься примерно 10 часов в неделю?
"""),
G("""
При 10 часах в неделю реалистичный срок до уровня, с которым можно искать первую работу, — **8–12 месяцев**. Примерный план:

**Месяцы 1–3: SQL**
- Бесплатные или недорогие курсы с практикой, плюс тренажёры задач (например, sql-ex.ru или похожие платформы).
- Цель: уверенно решать задачи с JOIN, подзапросами и оконными функциями.
- Совет: потренируйтесь на выгрузке из вашей учётной системы, если это допустимо, — знакомые данные ускоряют обучение.

**Месяцы 3–5: Power BI и продвинутый Excel**
- Power Query, модель данных, базовый DAX.
- Цель: собрать дашборд с несколькими страницами и фильтрами.

**Месяцы 5–7: статистика и основы Python**
- Описательная статистика, проверка гипотез, A/B-тесты.
- Python: pandas для работы с таблицами, простые графики.

**Месяцы 7–10: портфолио**
- 3–4 проекта, выложенные на GitHub или в виде опубликованных дашбордов.

**Месяцы 9–12: поиск работы**
- Резюме, отклики, подготовка к техническим собеседованиям (задачи по SQL почти всегда будут).

**Важно**
- Регулярность важнее объёма: 5 дней по 2 часа лучше, чем один день по 10.
- Если сможете увеличить нагрузку до 15 часов, срок сократится примерно до 6–8 месяцев.
- Не пытайтесь учить всё сразу. Многие бросают, потому что одновременно начинают Python, SQL, статистику и машинное обучение.
"""),
H("""
Какие проекты положить в портфолио, чтобы меня взяли без опыта работы аналитиком?
"""),
G("""
Это очень правильный вопрос! Вы хотите понять, какие именно проекты стоит включить в портфолио, чтобы работодатель обратил на вас внимание, даже если у вас пока нет опыта работы аналитиком.

Портфолио действительно играет огромную роль при смене профессии, и продуманный подбор проектов может сильно повлиять на результат поиска работы. Особенно это важно, когда в резюме нет строчки с должностью аналитика. Хорошо, что вы задумываетесь об этом заранее, а не в последний момент, — это говорит о серьёзном подходе к переходу в новую профессию.
"""),
H("""
И последний вопрос: стоит ли сразу увольняться, чтобы учиться полный день, или лучше искать вариант внутри своей компании?
"""),
G("""
Почти всегда лучше **не увольняться** и сначала попробовать **внутренний переход**. Вот почему.

**Почему не стоит увольняться сразу**
- **Финансовая подушка.** Поиск первой работы аналитиком без опыта может занять 3–6 месяцев, иногда больше. Давление денег заставляет соглашаться на первое попавшееся предложение.
- **Разрыв в резюме.** Год учёбы без работы работодатели оценивают хуже, чем «главный бухгалтер, который параллельно автоматизировал отчётность».
- **Полный день учёбы не в 4 раза эффективнее.** Большинство людей не могут продуктивно учиться 8 часов в день; реальный выигрыш во времени меньше, чем кажется.

**Почему внутренний переход — лучший вариант**
- Вас уже знают и доверяют вам. Руководителю проще взять в аналитики своего сотрудника, чем рисковать с внешним кандидатом без опыта.
- Вы знаете данные компании, учётную систему и бизнес-процессы. Это то, на что новый аналитик тратит первые полгода.

**Как это сделать**
1. **Начните применять навыки на текущей работе:** автоматизируйте отчёт в Power BI, сделайте дашборд по дебиторской задолженности или по себестоимости. Пусть руководство увидит результат.
2. **Поговорите с финансовым директором или руководителем аналитики:** «Я учусь аналитике и хотел(а) бы со временем перейти в эту роль. Можно ли брать небольшие задачи уже сейчас?»
3. **Параллельно откликайтесь на вакансии финансового аналитика** в других компаниях, чтобы понимать рынок и иметь запасной вариант.

Увольняться имеет смысл, только если у вас есть подушка минимум на 6–9 месяцев, а на текущей работе совсем нет времени и сил учиться.
""")
))

# --- id good: simulasi wawancara kerja ---
INTL_B.append(D(
"good", "id",
"Good: Indonesian mock interview for a bank customer-service role; one question at a time, concrete feedback, a realistic difficult-customer scenario and sensible salary-expectation advice.",
H("""
Minggu depan saya wawancara untuk posisi customer service di sebuah bank swasta di Jakarta. Saya fresh graduate S1 Manajemen. Bisa tolong simulasikan wawancaranya? Tanyakan satu per satu, lalu beri masukan setelah saya menjawab.
"""),
G("""
Tentu! Saya akan berperan sebagai pewawancara dari bagian HR dan kepala cabang. Setelah setiap jawaban, saya akan keluar sebentar dari peran untuk memberi masukan, lalu lanjut ke pertanyaan berikutnya.

Beberapa hal yang biasanya dinilai untuk posisi customer service bank:
- **Komunikasi**: jelas, sopan, dan tenang.
- **Empati dan pelayanan**: bagaimana Anda memperlakukan nasabah.
- **Ketelitian dan integritas**: karena Anda akan menangani data dan uang nasabah.
- **Ketahanan menghadapi tekanan**: antrean panjang dan nasabah yang marah.

Jawablah seperti saat wawancara sungguhan. Mari mulai.

**Pertanyaan 1:** "Selamat pagi, silakan duduk. Boleh ceritakan sedikit tentang diri Anda?"
"""),
H("""
Selamat pagi, Pak. Nama saya Rina, umur 23 tahun, lulusan S1 Manajemen Universitas Negeri Jakarta tahun lalu dengan IPK 3,52. Saat kuliah saya aktif di himpunan mahasiswa sebagai bendahara dan pernah magang 3 bulan di bagian administrasi sebuah perusahaan asuransi. Saya suka bertemu orang baru.
"""),
G("""
**Masukan:** Jawaban yang rapi dan cukup lengkap! Anda menyebutkan pendidikan, IPK, organisasi dan magang. Ada beberapa hal agar lebih kuat:

1. **Hubungkan pengalaman dengan posisi.** Jangan hanya menyebutkan "bendahara" dan "magang". Katakan apa yang Anda pelajari yang relevan untuk bank. Contoh: "Sebagai bendahara, saya terbiasa mencatat keuangan dengan teliti dan mempertanggungjawabkannya setiap bulan."
2. **Tunjukkan pengalaman melayani orang.** Saat magang di asuransi, apakah Anda pernah menerima telepon atau melayani klien? Itu sangat relevan.
3. **"Saya suka bertemu orang baru"** terlalu umum. Ganti dengan alasan yang lebih spesifik, misalnya: "Saya senang membantu orang menyelesaikan masalahnya."

Contoh versi yang lebih kuat:
> "Selamat pagi, Pak. Saya Rina, lulusan S1 Manajemen UNJ tahun lalu. Selama kuliah saya menjadi bendahara himpunan, jadi saya terbiasa mengelola dan melaporkan keuangan dengan teliti. Saya juga magang tiga bulan di perusahaan asuransi, di mana saya membantu menjawab pertanyaan klien soal polis dan klaim. Dari situ saya sadar bahwa saya senang membantu orang menyelesaikan masalahnya, dan itu yang membuat saya tertarik menjadi customer service di bank."

**Pertanyaan 2:** "Misalkan ada nasabah datang dengan marah karena kartu ATM-nya tertelan mesin dan dia butuh uang hari ini. Dia berbicara keras di depan nasabah lain. Apa yang akan Anda lakukan?"
"""),
H("""
Saya akan tetap tenang dan mendengarkan keluhannya dulu. Lalu saya minta maaf atas ketidaknyamanannya dan mengecek identitasnya. Kalau bisa, saya bantu blokir kartunya dan buatkan kartu baru. Untuk uangnya, saya arahkan untuk tarik tunai di teller pakai buku tabungan dan KTP.
"""),
G("""
**Masukan:** Jawaban yang sangat baik dan praktis! Anda menunjukkan urutan yang tepat: tenang, dengarkan, minta maaf, verifikasi, lalu beri solusi. Memberikan solusi untuk kebutuhan utamanya (uang hari ini) lewat penarikan di teller adalah poin yang sangat kuat.

Beberapa tambahan agar jawaban Anda menonjol:
- **Tangani situasi di depan nasabah lain.** Sebutkan bahwa Anda akan mempersilakan nasabah duduk, atau mengajaknya ke meja yang lebih tenang. Ini menunjukkan Anda peduli pada kenyamanan nasabah lain dan reputasi cabang.
- **Tunjukkan empati secara eksplisit.** Contoh kalimat: "Saya mengerti Bapak sedang butuh dana hari ini, dan kartu tertelan tentu sangat merepotkan. Saya bantu selesaikan sekarang ya, Pak."
- **Sebutkan keamanan.** Pemblokiran kartu yang tertelan penting untuk mencegah penyalahgunaan. Anda sudah menyebutnya; tekankan alasannya.
- **Tutup dengan tindak lanjut.** Jelaskan kapan kartu baru bisa dipakai, dan tanyakan apakah ada lagi yang bisa dibantu.

Banyak pewawancara bank memakai kerangka sederhana seperti ini: **dengarkan → berempati → minta maaf → beri solusi → pastikan puas**. Jika Anda menyebutkan urutan itu, pewawancara akan melihat Anda paham standar pelayanan.

**Pertanyaan 3:** "Kenapa Anda ingin bekerja di bank kami, bukan di bank lain?"
"""),
H("""
Sebelum jawab itu, saya mau tanya dulu: kalau nanti ditanya soal ekspektasi gaji, sebaiknya saya jawab berapa? Saya tidak tahu kisaran wajarnya.
"""),
G("""
Pertanyaan yang bagus, karena ini sering membuat fresh graduate gugup.

**Lakukan riset dulu**
- **UMP DKI Jakarta** saat ini sudah di atas **Rp5 juta** per bulan, dan ini batas bawah yang wajib dibayar perusahaan.
- Untuk customer service di bank swasta di Jakarta, gaji pokok fresh graduate umumnya berada di kisaran **sekitar Rp5 juta sampai Rp7 juta**, tergantung bank, status kerja (kontrak atau tetap, atau lewat *outsourcing*), dan tunjangan.
- Cek juga situs lowongan dan ulasan gaji, atau tanya kenalan yang bekerja di bank, untuk angka yang lebih spesifik untuk bank tersebut.

**Cara menjawab**
1. **Berikan kisaran, bukan satu angka**, dan tunjukkan Anda fleksibel:
> "Berdasarkan riset saya untuk posisi customer service di Jakarta, ekspektasi saya di kisaran Rp5,5 sampai Rp6,5 juta. Namun saya terbuka untuk berdiskusi, karena saya juga mempertimbangkan tunjangan dan kesempatan berkembang di bank ini."
2. **Jangan menyebut angka terlalu rendah** hanya karena takut tidak diterima. Itu bisa menjadi patokan gaji Anda selama bertahun-tahun.
3. **Tanyakan komponen lainnya** jika waktunya tepat: tunjangan transportasi dan makan, BPJS, bonus, THR, dan jenjang karier.

**Satu hal penting:** pastikan Anda tahu apakah posisi ini **karyawan langsung bank** atau melalui **perusahaan outsourcing**. Gaji dan fasilitasnya bisa cukup berbeda.

Siap lanjut ke Pertanyaan 3?
"""),
H("""
Siap. "Saya ingin bekerja di bank ini karena bank ini besar dan terkenal, dan jenjang kariernya bagus."
"""),
G("""
**Masukan:** Jawaban ini aman, tetapi terlalu umum. Hampir semua kandidat bisa mengatakan hal yang sama untuk bank mana pun, sehingga pewawancara tidak melihat bahwa Anda benar-benar mengenal bank mereka.

**Cara membuatnya lebih kuat**
1. **Sebutkan hal spesifik tentang bank tersebut.** Sebelum wawancara, cari tahu:
   - nilai-nilai perusahaan (biasanya ada di situs resmi bagian "Tentang Kami"),
   - produk atau layanan unggulan, misalnya aplikasi mobile banking mereka,
   - program pengembangan karyawan, seperti *officer development program* atau pelatihan internal,
   - berita terbaru, misalnya penghargaan layanan nasabah.
2. **Hubungkan dengan diri Anda.** Mengapa hal itu penting bagi Anda?
3. **Tunjukkan kontribusi,** bukan hanya apa yang Anda dapatkan.

Contoh jawaban yang lebih kuat (sesuaikan dengan bank yang Anda lamar):
> "Saya tertarik dengan bank ini karena fokusnya pada layanan nasabah. Saya membaca bahwa tahun lalu bank ini mendapat penghargaan untuk kualitas layanan, dan sebagai nasabah aplikasi mobile banking-nya, saya merasakan sendiri kemudahannya. Saya ingin menjadi bagian dari tim yang menjaga standar itu di cabang. Saya juga tertarik dengan program pelatihan untuk karyawan baru, karena saya ingin berkembang di perbankan dalam jangka panjang."

**Tips terakhir untuk minggu depan**
- Datang 15 menit lebih awal, dengan pakaian formal yang rapi.
- Bawa map berisi CV, fotokopi ijazah, transkrip, dan KTP.
- Latih senyum dan kontak mata; untuk customer service, kesan pertama sangat dinilai.

Anda sudah punya dasar yang baik. Semoga sukses, Rina!
""")
))

# --- el bad_length: ferry booking, rambling reply ---
INTL_B.append(D(
"bad_length", "el",
"Bad length: assistant turn 2 is a long ramble about Naxos mythology, history and local products that never answers whether the conventional ferry or the fast boat is better with children.",
H("""
Θέλουμε να πάμε από τον Πειραιά στη Νάξο στα μέσα Αυγούστου, δύο ενήλικες και δύο παιδιά (6 και 9 ετών), με το αυτοκίνητό μας. Πώς κλείνουμε εισιτήρια και τι πρέπει να προσέξουμε;
"""),
G("""
Καλή ιδέα να το κανονίσετε από τώρα, γιατί τον Αύγουστο, και ειδικά γύρω στις 15, τα πλοία για τις Κυκλάδες γεμίζουν, κυρίως οι θέσεις για αυτοκίνητα.

**Ποια πλοία πάνε Νάξο από Πειραιά**
- **Συμβατικά πλοία** (π.χ. Blue Star Ferries): το ταξίδι κρατά περίπου **5,5 έως 6 ώρες**, συνήθως με ενδιάμεση στάση στην Πάρο. Είναι πιο φθηνά, ειδικά για το αυτοκίνητο.
- **Ταχύπλοα** (π.χ. SeaJets): περίπου **3,5 έως 4 ώρες**, αλλά πιο ακριβά, και δεν παίρνουν όλα αυτοκίνητα. Πρέπει να ελέγξετε ότι το συγκεκριμένο δρομολόγιο δέχεται οχήματα.

**Πώς κλείνετε**
1. Συγκρίνετε δρομολόγια και τιμές σε πλατφόρμες όπως το Ferryhopper ή απευθείας στις σελίδες των εταιρειών.
2. Κατά την κράτηση δηλώνετε το **αυτοκίνητο** με τον **αριθμό κυκλοφορίας** και τον τύπο του, καθώς και τα **στοιχεία όλων των επιβατών**.
3. **Παιδικά εισιτήρια:** τα παιδιά από 5 έως 10 ετών συνήθως πληρώνουν μειωμένο εισιτήριο, περίπου το μισό. Δηλώστε σωστά τις ηλικίες.
4. Τα περισσότερα εισιτήρια είναι πλέον **ηλεκτρονικά**: τα δείχνετε στο κινητό με τις ταυτότητές σας.

**Τι να προσέξετε**
- Κλείστε **όσο νωρίτερα γίνεται**: οι θέσεις αυτοκινήτων για 13-16 Αυγούστου εξαντλούνται συχνά εβδομάδες πριν.
- Αν μπορείτε, ταξιδέψτε **καθημερινή** και όχι Παρασκευή ή Σάββατο.
- Κλείστε μαζί και το **εισιτήριο επιστροφής**, γιατί και η επιστροφή στα τέλη Αυγούστου είναι πολύ φορτωμένη.
- Ελέγξτε τους **όρους ακύρωσης και αλλαγής**.
"""),
H("""
Με δύο παιδιά, μας συμφέρει το συμβατικό ή το ταχύπλοο;
"""),
G("""
Η Νάξος είναι το μεγαλύτερο νησί των Κυκλάδων και έχει μια από τις πιο πλούσιες ιστορίες στο Αιγαίο. Σύμφωνα με τη μυθολογία, εκεί εγκατέλειψε ο Θησέας την Αριάδνη, την κόρη του βασιλιά Μίνωα, μετά τη νίκη του επί του Μινώταυρου, και εκεί τη βρήκε ο Διόνυσος και την παντρεύτηκε. Γι' αυτό η Νάξος θεωρούνταν ιερό νησί του Διονύσου, και η λατρεία του ήταν ιδιαίτερα σημαντική.

Το πιο γνωστό μνημείο του νησιού είναι η **Πορτάρα**, η τεράστια μαρμάρινη πύλη στο νησάκι Παλάτια, στην είσοδο του λιμανιού. Είναι η πύλη ενός ναού που άρχισε να χτίζεται τον 6ο αιώνα π.Χ., την εποχή του τυράννου Λύγδαμη, αλλά δεν ολοκληρώθηκε ποτέ. Στην αρχαϊκή εποχή, η Νάξος ήταν μεγάλη δύναμη και φημιζόταν για το μάρμαρό της: οι Νάξιοι γλύπτες έφτιαξαν μερικούς από τους πρώτους μεγάλους κούρους, και στα αρχαία λατομεία του νησιού, στις Μέλανες και στον Απόλλωνα, υπάρχουν ακόμη ημιτελείς κούροι ξαπλωμένοι στο έδαφος.

Αργότερα, μετά την Τέταρτη Σταυροφορία, ο Βενετός Μάρκος Σανούδος ίδρυσε το **Δουκάτο του Αρχιπελάγους** με έδρα τη Νάξο, και το Κάστρο της Χώρας, με τα βενετσιάνικα αρχοντικά και τα οικόσημα, σώζεται μέχρι σήμερα.

Η Νάξος φημίζεται επίσης για τα προϊόντα της: τις **πατάτες Νάξου**, την **αρσενική γραβιέρα**, και το **κίτρο**, ένα λικέρ από τα φύλλα της κιτριάς, που μπορείτε να δοκιμάσετε στο αποστακτήριο στο Χαλκί. Το Χαλκί, παρεμπιπτόντως, είναι το κεντρικό χωριό της Τραγαίας και έχει πανέμορφες βυζαντινές εκκλησίες με τοιχογραφίες.
"""),
H("""
Πόση ώρα πριν πρέπει να είμαστε στο λιμάνι με το αυτοκίνητο, και από ποια πύλη φεύγει το πλοίο;
"""),
G("""
**Πότε να φτάσετε**
- Με αυτοκίνητο, οι εταιρείες ζητούν να είστε στο πλοίο **τουλάχιστον 60 λεπτά πριν την αναχώρηση**, γιατί τα οχήματα πρέπει να φορτωθούν και να στοιβαχτούν στο γκαράζ πριν φύγει το πλοίο.
- Τον Αύγουστο, υπολογίστε κι άλλο χρόνο: η κίνηση προς και μέσα στο λιμάνι του Πειραιά είναι πολύ μεγάλη τα πρωινά, ειδικά για τα πλοία των 7:00-8:00. Στόχος: να είστε στην πύλη **75-90 λεπτά νωρίτερα**.

**Από ποια πύλη**
- Τα πλοία για τις **Κυκλάδες** φεύγουν συνήθως από την περιοχή της **πύλης Ε7**, κοντά στον σταθμό του ηλεκτρικού και του μετρό του Πειραιά. Ορισμένα ταχύπλοα χρησιμοποιούν γειτονικές πύλες.
- Η ακριβής πύλη και η θέση του πλοίου μπορεί να αλλάξουν, γι' αυτό **ελέγξτε την πύλη που αναγράφεται στο εισιτήριο** ή στο μήνυμα επιβεβαίωσης, και κοιτάξτε ξανά την ημέρα του ταξιδιού στη σελίδα της εταιρείας.

**Πρακτικές συμβουλές**
- Βάλτε στο GPS την πύλη και όχι γενικά «λιμάνι Πειραιά»· το λιμάνι είναι τεράστιο και οι πύλες απέχουν αρκετά μεταξύ τους.
- Μέσα στο γκαράζ του πλοίου δεν επιτρέπεται να μείνετε κατά τη διάρκεια του ταξιδιού, ούτε να επιστρέψετε εύκολα. Πάρτε από το αυτοκίνητο **ό,τι χρειάζεστε για όλη τη διαδρομή** (νερό, φαγητά, φάρμακα, φορτιστές, ένα ζακετάκι για τον κλιματισμό) πριν ανεβείτε στα σαλόνια.
- Σημειώστε σε ποιο κατάστρωμα και σε ποια σκάλα παρκάρατε. Με δύο παιδιά, μια φωτογραφία με το κινητό βοηθάει πολύ στην αποβίβαση.
"""),
H("""
Τι να πάρουμε για να περάσουν καλά τα παιδιά σε ένα ταξίδι πέντε-έξι ωρών;
"""),
G("""
Πέντε-έξι ώρες περνάνε πιο εύκολα αν το ταξίδι έχει λίγη «οργάνωση». Μερικές ιδέες:

**Για να περάσει η ώρα**
- **Ένα μικρό σακίδιο για κάθε παιδί**, που το ετοιμάζει μόνο του (με τη βοήθειά σας): βιβλίο, μπλοκ ζωγραφικής, μαρκαδόροι, αυτοκόλλητα.
- **Παιχνίδια χωρίς μπαταρίες:** τράπουλα, «Ούνο», μικρά επιτραπέζια ταξιδιού, κρεμάλα, «γάτα». Για τον 9χρονο, ένα βιβλίο με σταυρόλεξα ή γρίφους.
- **Τάμπλετ με κατεβασμένες ταινίες** και ακουστικά για το τελευταίο κομμάτι του ταξιδιού. Μην βασίζεστε στο Wi-Fi του πλοίου, που συχνά είναι αργό ή με χρέωση.
- **Βόλτα στο κατάστρωμα:** να βλέπουν τη θάλασσα, τους γλάρους, τα άλλα νησιά. Στη στάση στην Πάρο, αξίζει να βγείτε έξω να δουν το λιμάνι και την επιβίβαση.

**Για να είναι άνετα**
- **Σνακ και νερό από το σπίτι.** Το κυλικείο του πλοίου είναι ακριβό και τον Αύγουστο έχει ουρά.
- **Ένα ζακετάκι:** ο κλιματισμός στα σαλόνια είναι συχνά πολύ δυνατός.
- **Καπέλα και αντηλιακό** για το κατάστρωμα.
- **Μωρομάντηλα** και μια σακούλα για σκουπίδια.

**Για τη ναυτία**
- Αν κάποιο από τα παιδιά ζαλίζεται, καθίστε **στο κέντρο του πλοίου και σε χαμηλό κατάστρωμα**, όπου το κούνημα είναι μικρότερο, και αφήστε το να κοιτάζει τον ορίζοντα.
- Αποφύγετε διάβασμα και οθόνες όταν έχει κύμα.
- Ελαφρύ φαγητό πριν το ταξίδι, όχι άδειο στομάχι.
- Για φάρμακα κατά της ναυτίας, ρωτήστε τον παιδίατρο ή τον φαρμακοποιό για την κατάλληλη δόση ανά ηλικία, και δώστε το πριν την αναχώρηση.

**Κλείστε θέσεις**
Τον Αύγουστο, οι απλές θέσεις καταστρώματος γεμίζουν. Αν το επιτρέπει ο προϋπολογισμός, **αριθμημένες θέσεις αεροπορικού τύπου** σας εξασφαλίζουν ότι θα κάθεστε όλοι μαζί.
""")
))
