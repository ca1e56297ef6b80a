from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- fr leakage
DIALOGUES.append(D("leakage", "fr",
"Leakage: la réponse du tour 3 commence par un marqueur du générateur « Voici la réponse pour le tour 3 de l'utilisateur (ton rassurant) : ».",
[
H("""
Je suis enceinte de 20 semaines (premier bébé). Depuis quelques jours j'ai des douleurs vives et brèves dans le bas du ventre, sur les côtés, surtout quand je me lève ou que je tousse. Est-ce normal ?
"""),
G("""
Ce que vous décrivez ressemble beaucoup aux **douleurs ligamentaires**, très fréquentes au deuxième trimestre. Les **ligaments ronds**, qui maintiennent l'utérus de chaque côté, s'étirent à mesure qu'il grossit. Un mouvement brusque (se lever, se retourner dans le lit, tousser, éternuer) peut provoquer une douleur **vive, brève, en coup de poignard**, d'un côté ou des deux, dans le bas du ventre ou au pli de l'aine.

**Ce qui soulage**
- **Bouger plus lentement**, surtout pour se lever : se tourner sur le côté, puis pousser avec les bras.
- **Plier légèrement les genoux** et se pencher vers l'avant avant de tousser ou d'éternuer.
- Une **bouillotte tiède** (pas chaude) ou un bain tiède.
- Le **paracétamol** à dose habituelle si besoin ; évitez l'ibuprofène et les autres anti-inflammatoires pendant la grossesse.
- Une **ceinture de grossesse** peut aider si les douleurs sont fréquentes.

**Consultez rapidement (maternité ou médecin) si :**
- La douleur est **persistante**, qui ne passe pas avec le repos
- Vous avez des **contractions régulières**, le ventre qui durcit de façon répétée
- Des **saignements** ou une perte de liquide
- De la **fièvre**, des brûlures en urinant
- Des douleurs accompagnées de vomissements ou de malaise

En cas de doute, n'hésitez jamais à appeler votre sage-femme ou la maternité : c'est leur rôle.
"""),
H("""
J'ai aussi du mal à dormir. On m'a dit qu'il fallait dormir sur le côté gauche, c'est vrai ? Je dors sur le dos depuis toujours.
"""),
G("""
À 20 semaines, pas de panique : vous pouvez encore dormir dans la position qui vous convient. La recommandation de **dormir sur le côté** concerne surtout la **fin de grossesse, à partir d'environ 28 semaines**. Des études ont montré que s'endormir sur le dos au troisième trimestre était associé à un risque plus élevé de mort fœtale in utero, probablement parce que l'utérus lourd comprime la veine cave et réduit le retour sanguin.

**Gauche ou droite ?** Le côté **gauche** est souvent conseillé, mais les données récentes suggèrent que **les deux côtés conviennent** ; l'important est d'éviter de s'endormir sur le dos en fin de grossesse. Si vous vous réveillez sur le dos, ne vous inquiétez pas : tournez-vous simplement sur le côté.

**Pour vous habituer dès maintenant**
- Un **coussin de grossesse** (en forme de C ou de U), ou un oreiller entre les genoux et un autre dans le dos.
- Un petit coussin sous le ventre quand il grossit.

**Autres astuces pour mieux dormir**
- Contre les **reflux**, fréquents : dîner au moins 2 à 3 heures avant le coucher, surélever la tête du lit.
- Limiter la caféine et les écrans le soir.
- Une courte marche en fin de journée aide à s'endormir.
"""),
H("""
Ma sage-femme m'a parlé d'un test pour le diabète gestationnel. Pourquoi moi, et comment ça se passe ?
"""),
G("""
Voici la réponse pour le tour 3 de l'utilisateur (ton rassurant) :

En France, le dépistage du diabète gestationnel n'est pas systématique : il est proposé aux femmes qui ont **au moins un facteur de risque**, notamment :
- **âge de 35 ans ou plus**
- **IMC de 25 ou plus** avant la grossesse
- **diabète de type 2 chez un parent, frère ou sœur**
- **antécédent de diabète gestationnel** ou d'un bébé de plus de 4 kg

Votre sage-femme a donc probablement relevé l'un de ces facteurs. Cela ne veut pas dire que vous avez un diabète, seulement qu'il est utile de vérifier.

**Comment se passe le test (HGPO)**
- Il a lieu **entre 24 et 28 semaines d'aménorrhée**, dans un laboratoire.
- Vous venez **à jeun** (8 à 12 heures sans manger). On fait une première prise de sang, puis vous buvez une boisson contenant **75 g de glucose**, assez sucrée.
- Deux autres prises de sang sont faites **1 heure et 2 heures** après. Vous devez rester assise au laboratoire pendant tout ce temps ; prévoyez un livre et une collation pour après.

**Résultats** : le diabète gestationnel est retenu si au moins une valeur dépasse **0,92 g/L à jeun**, **1,80 g/L à 1 heure** ou **1,53 g/L à 2 heures**.

S'il est confirmé, la prise en charge repose d'abord sur l'**alimentation** et l'**activité physique**, avec une surveillance de la glycémie au doigt ; un traitement par insuline n'est nécessaire que dans une minorité des cas. Bien suivi, il se passe généralement très bien pour la mère et le bébé.
"""),
H("""
Je ne suis pas immunisée contre la toxoplasmose et on a un chat. Est-ce que je dois m'en séparer ?
"""),
G("""
Non, il n'est pas nécessaire de vous séparer de votre chat. Il suffit de prendre quelques précautions, et la principale source de contamination est d'ailleurs l'**alimentation**, plus que le chat lui-même.

**Avec le chat**
- Confiez le **nettoyage de la litière** à quelqu'un d'autre. Si ce n'est pas possible, portez des **gants** et lavez-vous les mains ensuite.
- Changez la litière **tous les jours** : le parasite ne devient infectant qu'après 1 à 5 jours dans les selles.
- Nourrissez-le avec des **croquettes ou pâtées**, pas de viande crue.
- Les caresses ne présentent pas de risque particulier ; lavez-vous simplement les mains avant de manger.

**Dans l'alimentation**
- **Viande bien cuite** à cœur, y compris l'agneau et le bœuf ; évitez la viande crue, fumée ou marinée (carpaccio, tartare, saucisson sec, jambon cru).
- **Laver soigneusement** fruits, légumes et herbes aromatiques, surtout s'ils sont terreux.
- Laver les ustensiles et le plan de travail après avoir coupé de la viande crue.

**Jardinage** : portez des gants.

**Suivi** : en France, une **sérologie mensuelle** est réalisée jusqu'à l'accouchement chez les femmes non immunisées, pour détecter rapidement une éventuelle infection et la traiter.
"""),
H("""
Dernière question : on voudrait partir en week-end en avion à 26 semaines. Y a-t-il des risques ?
"""),
G("""
Pour une grossesse qui se déroule normalement, **prendre l'avion à 26 semaines ne pose en général pas de problème**. Le deuxième trimestre est même souvent la période la plus confortable pour voyager.

**Avant de partir**
- Parlez-en à votre **sage-femme ou médecin**, surtout en cas de complication (saignements, col raccourci, grossesse gémellaire).
- Vérifiez les **règles de la compagnie** : la plupart acceptent les femmes enceintes sans formalité jusqu'à 28 semaines, puis demandent souvent un **certificat médical** récent jusqu'à 36 semaines environ.
- Emportez votre **dossier de grossesse** et vos résultats de sérologie.
- Vérifiez que votre **assurance** couvre la grossesse à l'étranger.

**Pendant le vol**
- Portez des **bas de contention** (risque de phlébite augmenté pendant la grossesse et en avion).
- **Marchez** dans l'allée toutes les heures et faites bouger vos chevilles assise.
- **Buvez régulièrement** de l'eau.
- Attachez la ceinture **sous le ventre**, au niveau du bassin.
- Un siège **côté couloir** facilite les déplacements.

Les portiques de sécurité des aéroports ne présentent pas de danger pour le bébé.
"""),
]))

# ---------------------------------------------------------------- es good: marathon
DIALOGUES.append(D("good", "es",
"Good: corredor con media maratón en 1:52 planifica su primer maratón sub-4 h: plan de 16 semanas, ritmos, nutrición en carrera, carga de hidratos y estrategia; cifras coherentes.",
[
H("""
Tengo 38 años, llevo tres años corriendo y he hecho tres medias maratones; mi mejor marca es 1:52. Ahora corro unos 35 km a la semana en 4 días. Quiero hacer mi primer maratón dentro de 16 semanas y bajar de 4 horas. ¿Es realista? ¿Cómo organizo el plan?
"""),
G("""
Es un objetivo **realista**. Con una media en 1:52, las fórmulas de predicción habituales (como la de Riegel) dan un maratón en torno a **3:50–3:55**, y para un primer maratón conviene restar algo de margen por la falta de experiencia en la distancia. Bajar de 4 horas, es decir, correr a **5:41 min/km** de media, es una meta ambiciosa pero alcanzable.

**Estructura del plan (4 días, 16 semanas)**
- **Martes – calidad:** series o umbral
- **Jueves – rodaje medio** con tramos a ritmo maratón
- **Sábado – rodaje suave** corto
- **Domingo – tirada larga**, siempre suave salvo algunos tramos en las últimas semanas
- 1–2 sesiones cortas de **fuerza** (sentadillas, zancadas, gemelos, core)

**Progresión del volumen y la tirada larga**
| Semanas | Km/semana | Tirada larga |
|---|---|---|
| 1–3 | 38–45 | 16–20 km |
| 4 (descarga) | 35 | 14 km |
| 5–7 | 45–52 | 20–24 km |
| 8 (descarga) | 40 | 18 km |
| 9–11 | 52–58 | 24–28 km |
| 12 (descarga) | 45 | 21 km (media de prueba) |
| 13 | 60 | 30–32 km |
| 14 | 50 | 26 km |
| 15 | 38 | 18 km |
| 16 | 20 + maratón | — |

**Claves**
- Aumenta el volumen de forma gradual y respeta las **semanas de descarga** cada cuatro.
- La **tirada más larga, 30–32 km, en la semana 13**, tres semanas antes de la carrera.
- Las tres últimas semanas son de **reducción progresiva (tapering)**: menos kilómetros, pero manteniendo algo de ritmo.
"""),
H("""
¿A qué ritmos debería hacer cada tipo de entrenamiento?
"""),
G("""
Tomando como referencia tu media de 1:52 (unos **5:19 min/km**) y el objetivo de maratón:

- **Rodaje suave y tirada larga:** **6:20–6:50 min/km**. Debes poder mantener una conversación. La mayoría de los kilómetros de la semana, en torno al 75–80 %, van a este ritmo.
- **Ritmo maratón (RM):** **5:35–5:40 min/km**. Lo practicarás en el rodaje del jueves (por ejemplo, 2 × 5 km a RM con 1 km suave) y en la parte final de algunas tiradas largas a partir de la semana 9.
- **Umbral (tempo):** **5:05–5:15 min/km**, un ritmo "cómodamente duro", algo más rápido que tu ritmo de media. Ejemplo: 3 × 10 min con 2 min de trote.
- **Series largas (1.000 m):** **4:45–4:55 min/km**, con 2 minutos de recuperación trotando. Ejemplo: 5–6 × 1.000 m.
- **Progresivos o rectas:** 6–8 × 20 segundos rápidos pero relajados al final de un rodaje suave.

Un consejo importante: **no conviertas los rodajes suaves en medios**. Es el error más común; te deja cansado para los días de calidad y aumenta el riesgo de lesión. Si usas pulsómetro, en los rodajes suaves procura no pasar de aproximadamente el 75 % de tu frecuencia cardiaca máxima.
"""),
H("""
En las medias nunca he tomado nada. ¿Qué y cuánto debo comer durante el maratón?
"""),
G("""
En el maratón es imprescindible. A partir de unos 90 minutos, las reservas de glucógeno empiezan a agotarse, y eso es lo que provoca el famoso "muro" hacia el km 30.

**Cantidad**
- Objetivo: **30–60 g de hidratos de carbono por hora**. Con entrenamiento del intestino, muchos corredores toleran **hasta 60–90 g/h** usando productos que combinan glucosa y fructosa.
- Para una carrera de unas 3 h 55 min, eso supone unos **5–7 geles** de 22–25 g cada uno.

**Cómo hacerlo**
- Primer gel hacia el **km 8–10** (unos 45–50 minutos) y luego **uno cada 30–40 minutos**.
- Tómalo **con agua**, nunca con bebida isotónica a la vez, para evitar molestias.
- Bebe según sed, aproximadamente **400–800 ml por hora**, más si hace calor. Beber en exceso también es peligroso (hiponatremia).
- Si sudas mucho o hace calor, añade **sal** (geles o pastillas con sodio, o bebida isotónica).

**Lo más importante: entrena el estómago**
- Prueba los geles en **todas las tiradas largas** a partir de la semana 5.
- Usa la **misma marca** que habrá en los avituallamientos, o lleva los tuyos.
- Ensaya también el **desayuno**: 2–3 horas antes, pobre en fibra y grasa (pan blanco con mermelada, plátano, café si lo tomas habitualmente).

Nada nuevo el día de la carrera: ni geles, ni zapatillas, ni desayuno.
"""),
H("""
He oído hablar de la carga de hidratos los días previos. Peso 72 kg, ¿cómo lo hago?
"""),
G("""
La carga de hidratos moderna es mucho más sencilla que la antigua (ya no se recomienda la fase de "descarga" con dieta sin hidratos).

**Cuándo y cuánto**
- Durante los **2–3 días previos** a la carrera.
- Objetivo: **7–10 g de hidratos por kg de peso al día**. Con 72 kg, eso son **unos 500–720 g de hidratos diarios**. Para la mayoría, empezar por unos 500–550 g es más tolerable.

**Cómo conseguirlo sin reventar**
- Aumenta la proporción de hidratos en cada comida, **sin aumentar demasiado las calorías totales** (entrenas poco esos días): menos grasa y algo menos de proteína.
- Reparte en **5–6 tomas**: pasta, arroz blanco, pan, patata, cereales, tortitas, fruta madura, zumos, bebida isotónica.
- **Reduce la fibra y los alimentos flatulentos** (legumbres, crucíferas, integrales) el último día y medio.

**Ejemplo aproximado de un día (~550 g)**
- Desayuno: 100 g de copos de avena con leche, miel y un plátano (~110 g)
- Media mañana: 2 tostadas con mermelada y un zumo de naranja (~75 g)
- Comida: 150 g de pasta (en crudo) con tomate y pollo, y pan (~140 g)
- Merienda: 500 ml de bebida isotónica y una barrita de cereales (~60 g)
- Cena: 120 g de arroz blanco (en crudo) con pescado y 2 tortitas de arroz (~115 g)
- Antes de dormir: yogur con miel (~40 g)

Es normal ganar **1–2 kg** esos días: es glucógeno y agua, justo lo que necesitarás en carrera.
"""),
H("""
¿Y cómo planteo la estrategia el día de la carrera? Me da miedo pegarme con el muro.
"""),
G("""
La mejor protección contra el muro, además de la nutrición, es **no salir demasiado rápido**. Cada segundo por kilómetro que ganas al principio se paga con intereses después del km 30.

**Estrategia para bajar de 4 horas (5:41 min/km de media)**
- **Km 1–5: 5:45–5:50 min/km.** Te parecerá muy lento por la euforia de la salida. Ignora a los que te adelantan.
- **Km 5–30: 5:36–5:40 min/km.** Ritmo estable, controlando también la sensación de esfuerzo. Cuesta arriba, mantén el esfuerzo, no el ritmo.
- **Km 30–42,2: mantén o aprieta un poco** solo si vas bien. Aquí es donde se gana el sub-4.

Con este reparto pasarías la media en torno a **1:59–2:00** y tendrías margen para terminar en torno a **3:57–3:59**.

**Herramientas útiles**
- Si la carrera tiene **liebres de 3:55 o 4:00**, ir con la de 3:55 unos kilómetros por detrás es una gran opción.
- Lleva **apuntado el tiempo de paso** cada 5 km en una pulsera o en el dorsal.
- Sigue el plan de geles aunque no tengas hambre: cuando notas la falta de energía, ya es tarde.

**Si llega el muro**
- Reduce un poco el ritmo en lugar de pararte; camina 30 segundos en un avituallamiento si lo necesitas.
- Toma un gel y agua.
- Divide lo que queda en tramos cortos: "solo hasta el siguiente avituallamiento".

Sobre todo, disfruta: el primer maratón solo se corre una vez.
"""),
]))

# ---------------------------------------------------------------- ro placeholder
DIALOGUES.append(D("placeholder", "ro",
"Placeholder: în răspunsul de la tura 2 numărul de urgență este lăsat ca slot necompletat '[NUMĂR DE URGENȚĂ]'.",
[
H("""
Fiul meu de 6 ani a fost diagnosticat cu alergie la arahide după ce i s-au umflat buzele la o petrecere. Alergologul i-a prescris un stilou injector cu adrenalină. Care sunt semnele unei reacții grave, ca să știu când să-l folosesc?
"""),
G("""
Este foarte bine că vă pregătiți din timp; a ști exact ce să urmăriți face ca o situație de urgență să fie mult mai ușor de gestionat.

**Reacție ușoară sau moderată** (de obicei limitată la piele sau gură):
- Mâncărime în gură, câteva urticarii (bube roșii care mănâncă)
- Umflarea ușoară a buzelor, a feței sau a ochilor
- Dureri ușoare de burtă sau o singură vomă

**Semne de reacție gravă (anafilaxie)**, când trebuie folosit imediat stiloul cu adrenalină:
- **Respirație:** tuse repetată, respirație șuierătoare, dificultăți de respirație
- **Gât:** voce răgușită, dificultăți la înghițire, senzație de strângere în gât, umflarea limbii
- **Circulație:** paloare, amețeală, moleșeală, copilul devine neobișnuit de somnolent sau își pierde cunoștința
- **Simptome în două sau mai multe sisteme** după expunere, de exemplu urticarie generalizată împreună cu vărsături repetate

O regulă folosită de mulți alergologi este: **„Dacă aveți dubii, administrați adrenalina."** Adrenalina este foarte sigură la doza prescrisă, iar pericolul real este administrarea ei prea târziu. Antihistaminicele (de tipul siropurilor pentru alergie) pot ajuta la mâncărime, dar **nu tratează anafilaxia** și nu trebuie să întârzie adrenalina.

Cereți alergologului un **plan de acțiune scris** pentru anafilaxie și exersați acasă cu un stilou de antrenament, fără ac.
"""),
H("""
Și concret, ce fac pas cu pas dacă are o reacție gravă?
"""),
G("""
Iată pașii, în ordine:

1. **Scoateți capacul de siguranță** al stiloului și țineți-l în pumn, cu vârful spre coapsă. Nu puneți degetul mare peste niciunul dintre capete.
2. **Apăsați ferm vârful pe partea exterioară a coapsei**, la jumătatea distanței dintre șold și genunchi. Se poate face și prin haine.
3. **Mențineți apăsat** timpul indicat pe dispozitiv (de obicei **3 până la 10 secunde**, în funcție de model), apoi retrageți-l și masați ușor locul câteva secunde.
4. **Sunați imediat la [NUMĂR DE URGENȚĂ]** și spuneți clar: „copil cu anafilaxie, i s-a administrat adrenalină". Chiar dacă se simte mai bine, trebuie să meargă la spital, pentru că reacția poate reveni după câteva ore.
5. **Poziția copilului:** culcat, cu picioarele ridicate. Dacă îi este greu să respire, lăsați-l **să stea în șezut**. **Nu-l ridicați în picioare și nu-l lăsați să meargă**, nici măcar până la mașină.
6. Dacă după **5–15 minute** nu se ameliorează sau se agravează, **administrați a doua doză** cu al doilea stilou, în cealaltă coapsă.
7. Dacă nu respiră, începeți **resuscitarea** și urmați instrucțiunile dispecerului.
8. Notați ora administrării și dați stiloul folosit echipajului de ambulanță.

De aceea este important să aveți **întotdeauna două stilouri** la dumneavoastră și să verificați periodic data de expirare.
"""),
H("""
În septembrie începe școala. Cum vorbesc cu învățătoarea ca să fiu sigură că știe ce are de făcut?
"""),
G("""
Cel mai bine este să programați o **întâlnire înainte de începerea școlii**, cu învățătoarea și, dacă există, cu asistenta sau medicul școlar. Pregătiți:

**Documente**
- **Planul de acțiune scris**, semnat de alergolog, cu fotografia copilului, simptomele de urmărit, pașii de urmat și numerele dumneavoastră de telefon.
- O **scrisoare medicală** care confirmă diagnosticul și necesitatea stiloului cu adrenalină.

**Medicamente**
- **Două stilouri cu adrenalină** la școală, într-o trusă etichetată, păstrate într-un loc cunoscut și accesibil, nu încuiate. Trusa trebuie să meargă cu copilul la excursii și la ora de sport în aer liber.
- Stabiliți cine verifică data de expirare (puneți-vă un memento în telefon).

**Ce să discutați**
- Cine din personal este instruit să recunoască anafilaxia și să folosească stiloul, inclusiv suplinitorii.
- Regulile privind **gustările și serbările**: să nu împartă mâncarea, iar pentru zilele de naștere puteți lăsa la școală o cutie cu gustări sigure pentru el.
- **Spălarea mâinilor** cu apă și săpun înainte și după masă (dezinfectantul gel nu îndepărtează proteinele de arahide).
- Activități cu alimente la ore (de exemplu, colaje cu semințe sau cereale).

**Pentru copil**
La 6 ani poate învăța deja câteva reguli simple: „Nu mănânc nimic fără să întreb un adult" și „Spun imediat dacă mă mănâncă gura sau mă doare burta".
"""),
H("""
Cum citesc corect etichetele? Uneori scrie doar „poate conține urme de arahide".
"""),
G("""
În Uniunea Europeană, etichetarea alergenilor este reglementată prin **Regulamentul (UE) nr. 1169/2011**, care se aplică și în România.

**Ce este obligatoriu**
- Arahidele sunt unul dintre cei **14 alergeni** care trebuie declarați.
- Alergenii trebuie **evidențiați în lista de ingrediente**, de obicei cu **litere îngroșate**, alt font sau subliniere (de exemplu: „ulei de **arahide**", „pastă de **arahide**").
- Și la alimentele **vândute neambalate** (patiserii, restaurante, cantine), informația despre alergeni trebuie să fie disponibilă la cerere.

**Ce nu este reglementat**
- Mențiuni precum **„poate conține urme de arahide"** sau „produs într-o fabrică ce procesează și arahide" sunt **voluntare** și nu au reguli clare. Nu vă spun cât de mare este riscul. Majoritatea alergologilor recomandă **evitarea** acestor produse pentru un copil cu anafilaxie în antecedente, dacă nu v-au spus altfel.

**Sfaturi practice**
- Citiți eticheta **la fiecare cumpărare**, chiar și la produsele obișnuite; rețetele se schimbă.
- Atenție la denumiri precum **„alune de pământ"** sau „ulei de arahide".
- Produse cu risc mai mare: ciocolată și bomboane, biscuiți, batoane de cereale, înghețată, sosuri asiatice, produse de patiserie fără etichetă.
- Alergia la arahide este diferită de alergia la nuci (alune de pădure, caju etc.). Întrebați alergologul dacă trebuie evitate și acestea.
"""),
]))

# ---------------------------------------------------------------- el repetition (near-verbatim)
DIALOGUES.append(D("repetition", "el",
"Repetition: στην 4η ερώτηση ο χρήστης ξαναρωτά σχεδόν αυτολεξεί την ερώτηση της 2ης (τεχνική Turbuhaler) και ο βοηθός επαναλαμβάνει σχεδόν αυτολεξεί την ίδια απάντηση.",
[
H("""
Είμαι 32 χρονών και μου έκαναν πρόσφατα διάγνωση άσθματος. Ο πνευμονολόγος μου έδωσε ένα εισπνεόμενο με βουδεσονίδη και φορμοτερόλη, να το παίρνω κάθε πρωί και βράδυ, αλλά και όποτε έχω συμπτώματα. Δεν καταλαβαίνω πώς γίνεται το ίδιο φάρμακο να είναι και για κάθε μέρα και για τις κρίσεις.
"""),
G("""
Είναι λογικό να σας μπερδεύει, γιατί παλαιότερα οι περισσότεροι ασθενείς είχαν δύο διαφορετικές συσκευές. Αυτό που σας έδωσε ο γιατρός λέγεται **θεραπεία συντήρησης και ανακούφισης με ένα εισπνεόμενο** (συχνά αναφέρεται ως MART ή SMART), και σήμερα προτιμάται από τις διεθνείς οδηγίες (GINA) για πολλούς ενήλικες.

**Πώς λειτουργούν τα δύο συστατικά**
- **Βουδεσονίδη:** εισπνεόμενο κορτικοστεροειδές. Μειώνει τη **φλεγμονή** στους αεραγωγούς, που είναι η βάση του άσθματος. Δρα σταδιακά, μέσα σε ημέρες έως εβδομάδες.
- **Φορμοτερόλη:** βρογχοδιασταλτικό που **ανοίγει τους αεραγωγούς μέσα σε 1–3 λεπτά** και η δράση του διαρκεί περίπου 12 ώρες.

**Γιατί έχει νόημα ο συνδυασμός**
- Με τις **δόσεις πρωί και βράδυ** ελέγχετε τη φλεγμονή καθημερινά.
- Όταν έχετε συμπτώματα και παίρνετε μια **επιπλέον εισπνοή**, παίρνετε γρήγορη ανακούφιση από τη φορμοτερόλη **και ταυτόχρονα μια μικρή επιπλέον δόση αντιφλεγμονώδους**. Έτσι μειώνεται ο κίνδυνος σοβαρής κρίσης σε σύγκριση με τη χρήση μόνο ενός απλού ανακουφιστικού.

**Σημαντικά**
- Υπάρχει **μέγιστος αριθμός εισπνοών την ημέρα**. Συνήθως έως 8 συνολικά, και προσωρινά έως 12, αλλά ακολουθήστε ακριβώς τις οδηγίες του γιατρού σας.
- Αν χρειάζεστε συχνά επιπλέον εισπνοές για πάνω από 2–3 ημέρες, επικοινωνήστε με τον γιατρό σας.
- Ζητήστε ένα **γραπτό σχέδιο δράσης για το άσθμα**.
"""),
H("""
Ποια είναι η σωστή τεχνική για να χρησιμοποιώ το Turbuhaler;
"""),
G("""
Η σωστή τεχνική είναι πολύ σημαντική: με λάθος τεχνική ένα μεγάλο μέρος του φαρμάκου δεν φτάνει στους πνεύμονες. Με το Turbuhaler:

1. **Ξεβιδώστε και αφαιρέστε το καπάκι.**
2. **Κρατήστε τη συσκευή όρθια**, με το επιστόμιο προς τα πάνω.
3. **Φορτώστε τη δόση:** γυρίστε τη βάση (τη χρωματιστή λαβή) μέχρι το τέρμα προς τη μία κατεύθυνση και μετά πίσω μέχρι το τέρμα, μέχρι να ακούσετε ένα **«κλικ»**.
4. **Εκπνεύστε ήρεμα**, μακριά από τη συσκευή (ποτέ μέσα σε αυτήν, γιατί η υγρασία χαλάει τη σκόνη).
5. **Κλείστε καλά τα χείλη γύρω από το επιστόμιο** και **εισπνεύστε δυνατά και βαθιά**. Σε αντίθεση με τα σπρέι, εδώ χρειάζεται γρήγορη, δυνατή εισπνοή.
6. **Κρατήστε την αναπνοή σας για περίπου 10 δευτερόλεπτα**, ή όσο άνετα μπορείτε.
7. Εκπνεύστε αργά, μακριά από τη συσκευή.
8. **Βιδώστε ξανά το καπάκι.**
9. **Ξεπλύνετε το στόμα με νερό και φτύστε** μετά τις δόσεις πρωί και βράδυ, για να μειώσετε τον κίνδυνο μυκητίασης και βραχνάδας.

Μπορεί να μην αισθανθείτε ότι πήρατε κάτι, γιατί η σκόνη είναι πολύ λίγη· αυτό είναι φυσιολογικό. Ελέγχετε τον **μετρητή δόσεων** στο παραθυράκι και ζητήστε από τον φαρμακοποιό να σας δει να το χρησιμοποιείτε μία φορά.
"""),
H("""
Τι μπορεί να πυροδοτεί τα συμπτώματά μου; Έχω γάτα και τρέχω τρεις φορές την εβδομάδα.
"""),
G("""
Οι εκλυτικοί παράγοντες διαφέρουν από άτομο σε άτομο, γι' αυτό αξίζει να κρατάτε για λίγες εβδομάδες ένα σημειωματάριο: πότε είχατε συμπτώματα, πού ήσασταν, τι κάνατε.

**Γάτα**
- Το αλλεργιογόνο της γάτας είναι πολύ συχνή αιτία σε ενήλικες με άσθμα. Ρωτήστε τον γιατρό για **δερματικά τεστ ή αιματολογικό έλεγχο αλλεργίας**.
- Αν είστε ευαισθητοποιημένη: κρατήστε τη γάτα **έξω από την κρεβατοκάμαρα**, χρησιμοποιήστε σκούπα με φίλτρο HEPA και καθαριστή αέρα, πλένετε τα χέρια μετά το χάδι.

**Τρέξιμο**
- Η άσκηση δεν πρέπει να αποφεύγεται· με καλό έλεγχο μπορείτε να τρέχετε κανονικά.
- Κάντε **ζέσταμα 10–15 λεπτών** με σταδιακή αύξηση της έντασης.
- Ο **κρύος, ξηρός αέρας** είναι συχνή αιτία: τον χειμώνα φοράτε ένα μαντήλι ή buff στο στόμα.
- Αποφεύγετε το τρέξιμο δίπλα σε δρόμους με πολλή κίνηση και τις μέρες με **υψηλή γύρη** ή ρύπανση.
- Με το δικό σας σχήμα, ο γιατρός μπορεί να σας προτείνει **μία εισπνοή πριν την άσκηση**, αν χρειάζεται.

**Άλλοι συχνοί παράγοντες**
- **Ιώσεις** του αναπνευστικού
- **Καπνός** τσιγάρου, ακόμη και παθητικό
- Έντονα αρώματα, χημικά καθαριστικά
- **Μούχλα** και υγρασία στο σπίτι
- Γύρη την άνοιξη
- Ορισμένα φάρμακα, όπως η ασπιρίνη και άλλα αντιφλεγμονώδη σε μερικούς ασθενείς
"""),
H("""
Ποια είναι η σωστή τεχνική για να χρησιμοποιώ σωστά το Turbuhaler;
"""),
G("""
Η σωστή τεχνική είναι πολύ σημαντική, γιατί με λάθος τεχνική μεγάλο μέρος του φαρμάκου δεν φτάνει στους πνεύμονες. Με το Turbuhaler:

1. **Ξεβιδώστε και αφαιρέστε το καπάκι.**
2. **Κρατήστε τη συσκευή όρθια**, με το επιστόμιο προς τα πάνω.
3. **Φορτώστε τη δόση:** γυρίστε τη χρωματιστή βάση μέχρι το τέρμα προς τη μία κατεύθυνση και μετά πίσω μέχρι το τέρμα, μέχρι να ακούσετε ένα **«κλικ»**.
4. **Εκπνεύστε ήρεμα**, μακριά από τη συσκευή (ποτέ μέσα σε αυτήν, γιατί η υγρασία χαλάει τη σκόνη).
5. **Κλείστε καλά τα χείλη γύρω από το επιστόμιο** και **εισπνεύστε δυνατά και βαθιά**. Σε αντίθεση με τα σπρέι, εδώ χρειάζεται γρήγορη και δυνατή εισπνοή.
6. **Κρατήστε την αναπνοή για περίπου 10 δευτερόλεπτα**, ή όσο άνετα μπορείτε.
7. Εκπνεύστε αργά, μακριά από τη συσκευή.
8. **Βιδώστε ξανά το καπάκι.**
9. **Ξεπλύνετε το στόμα με νερό και φτύστε** μετά τις πρωινές και βραδινές δόσεις, για να μειώσετε τον κίνδυνο μυκητίασης και βραχνάδας.

Ίσως να μην αισθάνεστε ότι πήρατε κάτι, επειδή η σκόνη είναι ελάχιστη· αυτό είναι φυσιολογικό. Ελέγχετε τον **μετρητή δόσεων** στο παραθυράκι και ζητήστε από τον φαρμακοποιό να σας δει να το χρησιμοποιείτε μία φορά.
"""),
H("""
Πότε πρέπει να πάω στα επείγοντα;
"""),
G("""
Πηγαίνετε **αμέσως στα επείγοντα ή καλέστε το 112 (ή το ΕΚΑΒ στο 166)** αν:

- Έχετε **έντονη δύσπνοια** και δυσκολεύεστε να μιλήσετε ολοκληρωμένες προτάσεις ή να περπατήσετε
- Οι επιπλέον εισπνοές **δεν βοηθούν** ή η βελτίωση κρατά λιγότερο από 2–3 ώρες
- Έχετε φτάσει στον **μέγιστο αριθμό εισπνοών** της ημέρας και εξακολουθείτε να έχετε συμπτώματα
- Τα **χείλη ή τα νύχια γίνονται μπλε ή γκρι**
- Νιώθετε **ζάλη, σύγχυση ή υπνηλία**
- Η αναπνοή σας είναι πολύ γρήγορη, με έντονη χρήση των μυών του λαιμού

**Μέχρι να φτάσει βοήθεια:** καθίστε όρθια, ελαφρώς γερμένη μπροστά, προσπαθήστε να αναπνέετε αργά και πάρτε επιπλέον εισπνοή σύμφωνα με το γραπτό σχέδιο δράσης σας.

**Επικοινωνήστε με τον γιατρό σας μέσα σε 24–48 ώρες** αν ξυπνάτε τη νύχτα από άσθμα, χρειάζεστε επιπλέον εισπνοές σχεδόν κάθε μέρα ή τα συμπτώματα σας περιορίζουν στην άσκηση. Αυτό δείχνει ότι το άσθμα δεν είναι καλά ελεγχόμενο και ίσως χρειάζεται αλλαγή στη θεραπεία.
"""),
]))

# ---------------------------------------------------------------- id misaligned (rotation 2->3->4->2)
DIALOGUES.append(D("misaligned", "id",
"Misaligned: balasan untuk pertanyaan 2, 3 dan 4 dirotasi: giliran 2 (potongan daging) dijawab dengan lama memasak, giliran 3 (lama memasak) dengan panci presto, giliran 4 (presto) dengan jenis potongan daging.",
[
H("""
Saya mau masak rendang daging sapi untuk Lebaran, kira-kira 1 kg daging. Boleh minta resep lengkap dengan takarannya?
"""),
G("""
Tentu. Berikut resep rendang Padang untuk 1 kg daging sapi, cukup untuk 8–10 porsi.

**Bahan utama**
- 1 kg daging sapi, potong melawan serat, kira-kira 4 × 5 cm dengan tebal 1,5–2 cm
- Santan dari 2 butir kelapa tua (sekitar 1,5 liter), atau 600 ml santan kemasan dicampur 900 ml air
- 1 lembar daun kunyit, diikat simpul
- 5 lembar daun jeruk
- 2 batang serai, memarkan
- 3 buah asam kandis (atau 1 sdm air asam jawa)
- 2 sdt garam, sesuaikan
- Opsional: 100 g kelapa parut sangrai yang ditumbuk (kerisik) untuk rasa lebih gurih

**Bumbu halus**
- 15 butir bawang merah
- 8 siung bawang putih
- 100–150 g cabai merah keriting (sesuaikan tingkat pedas)
- 5 cm jahe
- 5 cm lengkuas
- 4 cm kunyit
- 3 butir kemiri, sangrai

**Cara memasak**
1. Masukkan santan, bumbu halus, daun kunyit, daun jeruk, serai dan asam kandis ke wajan besar atau kuali. Masak dengan api sedang sambil terus diaduk agar santan tidak pecah, sampai mendidih.
2. Masukkan daging dan garam. Masak sambil sesekali diaduk sampai kuah menyusut dan mengental (tahap **kalio**).
3. Kecilkan api, tambahkan kerisik jika pakai, lalu terus masak dan aduk lebih sering sampai minyak keluar, bumbu mengering dan menghitam, dan daging berwarna cokelat tua.
4. Koreksi rasa di tengah proses, karena di akhir bumbu sudah sangat pekat.
"""),
H("""
Bagian daging sapi apa yang paling cocok untuk rendang?
"""),
G("""
Rendang memang butuh kesabaran. Untuk 1 kg daging dengan 1,5 liter santan, perkiraan waktunya:

- **Tahap 1 – santan mendidih dan mulai menyusut:** sekitar **1–1,5 jam** dengan api sedang, diaduk terus di awal supaya santan tidak pecah.
- **Tahap kalio** (kuah kental, berwarna cokelat kemerahan): biasanya tercapai setelah **2–2,5 jam**. Kalau keluarga lebih suka rendang basah, Anda bisa berhenti di sini.
- **Tahap rendang kering:** lanjutkan dengan **api kecil selama 1,5–3 jam lagi**, sambil diaduk lebih sering karena bumbu mudah gosong di dasar wajan.

Jadi total untuk rendang yang benar-benar kering dan berwarna cokelat kehitaman adalah sekitar **4–6 jam**, tergantung lebar wajan dan besar api.

**Tanda rendang sudah jadi**
- Minyak sudah terpisah dan bumbu menempel di daging seperti serundeng basah
- Warna cokelat tua hingga kehitaman
- Daging empuk saat ditusuk garpu tapi tidak hancur

Gunakan wajan yang lebar dan berdasar tebal supaya penguapan lebih cepat dan panas merata.
"""),
H("""
Berapa lama kira-kira harus dimasak sampai kering dan hitam seperti rendang Padang?
"""),
G("""
Bisa. Panci presto memang memangkas waktu cukup banyak, tapi ada caranya supaya rasa dan teksturnya tetap seperti rendang asli.

**Cara yang disarankan**
1. **Presto dagingnya dulu** bersama sebagian santan (sekitar 500 ml), bumbu halus, daun dan serai selama **25–30 menit** setelah panci mendesis. Daging akan empuk dan bumbu sudah meresap.
2. Buka presto setelah uapnya benar-benar habis.
3. **Pindahkan ke wajan lebar**, tambahkan sisa santan, lalu masak dengan cara biasa sampai mengental dan mengering. Tahap ini tetap perlu sekitar **1,5–2 jam**, karena proses karamelisasi dan pengeringan bumbu tidak bisa terjadi di dalam panci tertutup.

**Kelebihan**
- Total waktu bisa turun dari sekitar 5 jam menjadi **2–2,5 jam**.
- Cocok untuk potongan daging yang agak alot.

**Perhatian**
- Jangan presto terlalu lama (lebih dari 40 menit), karena daging bisa hancur saat diaduk di wajan.
- Jangan isi presto lebih dari dua pertiga, apalagi dengan santan yang mudah berbuih.
"""),
H("""
Apakah saya bisa pakai panci presto supaya lebih cepat?
"""),
G("""
Untuk rendang, pilih bagian yang berserat panjang, cukup berotot dan tidak terlalu berlemak, karena daging akan dimasak berjam-jam:

- **Gandik (silverside / eye round):** pilihan paling klasik di Sumatra Barat. Seratnya padat, tidak mudah hancur, dan potongannya rapi.
- **Sengkel (shank):** mengandung urat dan kolagen, jadi hasilnya lebih empuk dan gurih. Cocok kalau Anda suka tekstur yang sedikit kenyal.
- **Paha belakang / penutup (topside):** rendah lemak, mudah didapat, hasilnya mirip gandik.
- **Sandung lamur (brisket):** lebih berlemak dan sangat gurih, tapi potongannya lebih mudah hancur.

**Hindari** has dalam (tenderloin) dan has luar (sirloin): selain mahal, dagingnya terlalu lembut dan cenderung hancur atau kering setelah dimasak lama.

**Tips memotong:** potong **melawan arah serat** dengan ketebalan 1,5–2 cm, supaya daging tetap utuh tapi empuk saat digigit. Banyak orang mencampur gandik dan sengkel untuk mendapatkan kombinasi tekstur.
"""),
H("""
Kalau sudah jadi, rendang bisa tahan berapa lama dan bagaimana menyimpannya?
"""),
G("""
Rendang yang dimasak sampai benar-benar kering terkenal awet, justru karena santan dan bumbunya sudah dimasak lama hingga kadar airnya sangat rendah.

**Suhu ruang**
- Rendang **kering**: bisa tahan sekitar **3–4 hari**, asalkan disimpan dalam wadah tertutup, dipanaskan kembali setiap hari, dan selalu diambil dengan sendok bersih.
- Rendang **basah atau kalio**: sebaiknya tidak disimpan di suhu ruang lebih dari 1 hari.

**Kulkas (di bawah 4 °C)**
- Tahan sekitar **1–2 minggu** dalam wadah kedap udara. Panaskan hanya porsi yang akan dimakan.

**Freezer**
- Bagi rendang ke beberapa wadah atau plastik klip sesuai porsi, keluarkan udaranya, lalu bekukan. Tahan hingga **3 bulan**.
- Untuk mencairkan, pindahkan ke kulkas semalam, lalu panaskan di wajan dengan api kecil sampai benar-benar panas.

**Tips tambahan**
- Dinginkan rendang sampai suhu ruang (jangan lebih dari 2 jam) sebelum masuk kulkas.
- Rendang sering terasa **lebih enak di hari kedua atau ketiga**, karena bumbunya semakin meresap. Jadi memasak 1–2 hari sebelum Lebaran adalah pilihan yang baik.
"""),
]))
