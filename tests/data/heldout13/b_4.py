# -*- coding: utf-8 -*-
# Hand-written dialogues m13b-013 .. m13b-016

DIALOGUES = []

# ---------------------------------------------------------------- 013
DIALOGUES.append({
    "id": "m13b-013",
    "label": "good",
    "language": "en",
    "note": "Good: 6-turn bookkeeping tutorial; correct journal entries that build on each other and a month-end trial balance that reconciles with all earlier figures.",
    "conv": [
        ("human", "I'm starting to do the books for my small design studio myself. Can you explain debits and credits in plain terms? I always get them backwards."),
        ("gpt", """Forget the everyday meaning of "credit" (like a refund). In bookkeeping, **debit just means left side and credit means right side**. What they do depends on the type of account.

Everything rests on the accounting equation:

**Assets = Liabilities + Equity**

Revenue increases equity and expenses decrease it, so they follow the same logic as equity.

| Account type | Debit (left) | Credit (right) | Normal balance |
|---|---|---|---|
| Assets (cash, receivables, equipment) | increase | decrease | debit |
| Expenses (software, rent) | increase | decrease | debit |
| Liabilities (credit card, loans) | decrease | increase | credit |
| Equity (owner's capital) | decrease | increase | credit |
| Revenue (sales) | decrease | increase | credit |

A common memory aid is **DEAD CLIC**: **D**ebits increase **E**xpenses, **A**ssets, **D**rawings. **C**redits increase **L**iabilities, **I**ncome, **C**apital.

The rule that makes it "double-entry": **every transaction has total debits equal to total credits.** Money always comes from somewhere and goes somewhere. If you pay $100 for software, Software Expense is debited $100 and Cash is credited $100. The books stay balanced after every entry, and that gives you a built-in error check."""),
        ("human", "OK. I just invoiced a client $4,000 for a logo project. They haven't paid yet. What's the entry?"),
        ("gpt", """Under accrual accounting, you record the revenue when you've earned it and invoiced, not when the cash arrives:

| Account | Debit | Credit |
|---|---|---|
| Accounts Receivable | 4,000 | |
| Service Revenue | | 4,000 |

Accounts Receivable is an asset (the client owes you money), so it's debited. Revenue goes up, so it's credited.

If you use **cash-basis** accounting instead, which many sole proprietors do for simplicity, you'd make no entry now and record the revenue only when payment arrives. Pick one method and use it consistently."""),
        ("human", "They paid the full $4,000 two weeks later by bank transfer."),
        ("gpt", """Now one asset turns into another. The receivable becomes cash:

| Account | Debit | Credit |
|---|---|---|
| Cash (Bank) | 4,000 | |
| Accounts Receivable | | 4,000 |

Note that **Revenue isn't touched again**. You already recognised the $4,000 when you invoiced. Recording it a second time here is one of the most common beginner mistakes, and it doubles your income on paper. After this entry, the client's receivable balance is back to zero."""),
        ("human", "I bought a new laptop for $2,400 on my business credit card. Is that just an expense?"),
        ("gpt", """Usually no. A laptop you'll use for several years is a **fixed asset**, not an expense of the month you bought it:

| Account | Debit | Credit |
|---|---|---|
| Equipment | 2,400 | |
| Credit Card Payable | | 2,400 |

Equipment (asset) goes up. Credit Card Payable (liability) goes up, because you owe the card issuer. No cash has moved yet. When you pay the card bill, you debit Credit Card Payable and credit Cash.

**Depreciation** then spreads the cost over the laptop's useful life. With straight-line depreciation over 3 years and no salvage value:

- $2,400 / 3 = **$800 per year**, or **$66.67 per month**

Each month:

| Account | Debit | Credit |
|---|---|---|
| Depreciation Expense | 66.67 | |
| Accumulated Depreciation – Equipment | | 66.67 |

**A US tax note:** under the IRS **de minimis safe harbor**, businesses without audited financial statements can elect to expense items costing up to **$2,500 per item or invoice**. At $2,400, your laptop qualifies, so for tax purposes you could deduct it fully this year (you make the election with your tax return). Many small businesses then expense it in the books too, to keep things simple. Both approaches are legitimate. Ask your tax preparer which one you're using, so your books and your return match."""),
        ("human", "I moved $1,500 from the business account to my personal account to pay myself. Is that salary expense?"),
        ("gpt", """If you're a **sole proprietor or single-member LLC** (taxed as a disregarded entity), no. It's an **owner's draw**, which reduces equity and isn't a business expense:

| Account | Debit | Credit |
|---|---|---|
| Owner's Draw | 1,500 | |
| Cash (Bank) | | 1,500 |

Owner's Draw is a contra-equity account. At year end it's closed into Owner's Capital. You're taxed on the business's **profit**, not on what you withdraw, so draws don't reduce your taxable income.

If your business is an **S-corp** (or an LLC that elected S-corp taxation), it's different. You must pay yourself a reasonable salary through payroll, with withholding. That *is* a wage expense, and any extra withdrawals are shareholder distributions."""),
        ("human", "How do I check that my books are right at the end of the month?"),
        ("gpt", """Three checks, in this order:

**1. Trial balance.** List every account with its balance and confirm that total debits equal total credits. Starting from zero, with this month's entries including one month of depreciation:

| Account | Debit | Credit |
|---|---|---|
| Cash | 2,500.00 | |
| Accounts Receivable | 0.00 | |
| Equipment | 2,400.00 | |
| Accumulated Depreciation | | 66.67 |
| Credit Card Payable | | 2,400.00 |
| Service Revenue | | 4,000.00 |
| Depreciation Expense | 66.67 | |
| Owner's Draw | 1,500.00 | |
| **Total** | **6,466.67** | **6,466.67** |

Cash is 4,000 received − 1,500 drawn = 2,500.

**2. Bank and credit card reconciliation.** Match every line on the bank and card statements to your books. The trial balance can balance perfectly and still be wrong, for example if you posted a payment to the wrong account or missed a transaction entirely. Reconciliation catches those errors.

**3. Review receivables and payables.** Does AR match the invoices that are still unpaid (here: none)? Does Credit Card Payable match the statement balance ($2,400)?

Do these monthly. Errors are much easier to find when only a few weeks of transactions need checking."""),
    ],
})

# ---------------------------------------------------------------- 014
DIALOGUES.append({
    "id": "m13b-014",
    "label": "off_topic",
    "language": "en",
    "note": "Off-topic: after three good turns on exoplanet detection, user turns 4-5 and their replies abandon the topic for restoring a rusty cast-iron skillet.",
    "conv": [
        ("human", "I'm writing an essay on exoplanets. How does the transit method actually detect a planet?"),
        ("gpt", """The transit method watches a star's brightness over time. When a planet passes in front of the star, as seen from Earth, it blocks a small fraction of the light, and the star dims slightly and briefly.

**Transit depth** is roughly the ratio of the areas of the two disks:

ΔF / F ≈ (R_planet / R_star)²

- A Jupiter-sized planet crossing a Sun-like star: (0.1)² ≈ **1%** dimming.
- An Earth-sized planet: (1/109)² ≈ **84 parts per million** (0.0084%). That's why Earth-size detections need space telescopes, above the atmospheric twinkling.

What a light curve tells you:
- **Depth** → planet radius (if you know the star's radius).
- **Time between transits** → orbital period, and with Kepler's third law, the orbital distance.
- **Shape and duration** → orbital inclination and, in combination with the above, constraints on the star's density.

**The big limitation** is geometry. The orbit has to be almost exactly edge-on to us. The probability is about R_star / a. For an Earth analogue around a Sun-like star, that's about 0.5%. So for every transiting Earth twin, about 200 go unseen.

Key missions: **Kepler** (2009–2018) watched one patch of sky and found over 2,600 confirmed planets. **TESS** (launched 2018) surveys nearly the whole sky, focusing on bright nearby stars that are easier to follow up."""),
        ("human", "And the radial velocity method? How is that different?"),
        ("gpt", """Radial velocity (RV) detects the star's **wobble** instead of the planet's shadow.

A star and planet both orbit their common centre of mass. The star moves in a small orbit, alternately toward and away from us, and its spectral lines shift slightly blue, then red, by the **Doppler effect**. Measuring that periodic shift gives the star's velocity curve.

The signals are tiny:
- Jupiter makes the Sun wobble at about **12.5 m/s**.
- Earth makes the Sun wobble at about **9 cm/s**, slower than walking pace.

Instruments: HARPS (La Silla, ~1 m/s precision) and ESPRESSO on the VLT, designed for ~10 cm/s. Reaching Earth-like signals is hard mainly because of **stellar activity**: starspots and surface convection produce RV "noise" of similar size.

What RV gives you:
- Orbital period and eccentricity (from the curve's shape).
- **Minimum mass**, M sin i, because we only see the velocity component along our line of sight. Without knowing the inclination *i*, the true mass could be larger.

Historical note: the first planet around a Sun-like star, **51 Pegasi b**, was found by RV in 1995 by Michel Mayor and Didier Queloz (Nobel Prize 2019). It was a "hot Jupiter" with a 4.2-day orbit."""),
        ("human", "So if a planet is seen with both methods, can we work out what it's made of?"),
        ("gpt", """Yes. That combination is what makes a planet "characterised" rather than just detected.

- The **transit** gives the **radius**, and it also tells you the orbit is nearly edge-on (i ≈ 90°, so sin i ≈ 1).
- That removes RV's ambiguity, so **M sin i becomes the true mass**.
- Mass and radius together give the **bulk density**: ρ = M / (4/3 π R³).

Density separates the broad classes:

| Density (g/cm³) | Likely composition | Example |
|---|---|---|
| ~5–8 | Rocky, iron-rich | Earth (5.5), Kepler-10b (~6) |
| ~2–4 | Water-rich or rock with a thick envelope | many "sub-Neptunes" |
| ~1–2 | Ice giant | Neptune (1.6) |
| < 1 | Gas giant, sometimes inflated | Saturn (0.7), many hot Jupiters |

Caveat for your essay: density alone is **degenerate**. A planet with a given mass and radius could be rock plus a thin hydrogen envelope, or rock plus a thick water layer. Models give ranges, not a unique answer.

The next step is **transmission spectroscopy**: during transit, starlight filters through the planet's atmosphere, and molecules absorb at specific wavelengths. JWST has detected CO₂ in WASP-39b this way, which tells you directly what the atmosphere contains."""),
        ("human", "Totally unrelated, but I just found my grandmother's old cast-iron skillet and it has rust spots all over. Is it ruined? How do I fix it?"),
        ("gpt", """Almost certainly not ruined. Surface rust on cast iron is very fixable unless the pan is cracked or deeply pitted.

1. **Scrub off the rust** with steel wool or a stiff brush and a little warm soapy water, until you see bare grey metal in the rusty spots. For heavy rust, soak it for an hour in a 50/50 mix of white vinegar and water first, but no longer, because the acid attacks the iron itself.
2. **Rinse and dry immediately and completely.** Towel it off, then heat it on the stove for a few minutes to drive off all moisture.
3. **Oil very thinly.** Rub a small amount of oil over every surface, inside, outside and the handle, then wipe off as much as you can with a clean cloth. It should look almost dry. Too much oil leaves a sticky finish.
4. **Bake it.** Put it upside down in the oven at 230–260 °C (450–500 °F) for an hour, with foil or a tray on the rack below to catch drips. Let it cool in the oven.
5. Repeat the oil-and-bake step 2–3 times for a solid base layer."""),
        ("human", "Which oil is best for seasoning, and how often do I need to redo it?"),
        ("gpt", """Any oil high in unsaturated fats polymerises into a hard coating, so the exact choice matters less than the internet suggests.

- **Vegetable shortening, canola or sunflower oil**: cheap, reliable, and what most people use. Lodge uses a soybean-based oil at the factory.
- **Flaxseed oil**: it makes a very hard, dark finish, but it's prone to flaking, and it's expensive. Not worth it for most people.
- **Avoid** butter and olive oil for the oven seasoning. Butter's milk solids burn, and extra virgin olive oil tends to stay sticky.

**How often:** after the initial seasoning, you rarely need to repeat the full oven process. Cooking keeps building it up. Fry, sear and roast in the pan often, especially at first. After each wash, dry it on the stove and wipe a few drops of oil over the cooking surface. Do a full oven re-seasoning only if food starts sticking badly or rust comes back."""),
    ],
})

# ---------------------------------------------------------------- 015
DIALOGUES.append({
    "id": "m13b-015",
    "label": "good",
    "language": "fr",
    "note": "Good: French walkthrough of linear regression diagnostics (residual plots, heteroscedasticity, VIF, influential points) with correct formulas, thresholds and R code over 4 turns.",
    "conv": [
        ("human", "J'ai ajusté une régression linéaire sur des prix de logements : prix ~ surface + nb_pieces + age, avec n = 850. J'obtiens un R² de 0,71. Comment vérifier que le modèle est vraiment valide ?"),
        ("gpt", """Un R² de 0,71 dit seulement que le modèle explique 71 % de la variance du prix. Il ne dit rien de la validité des hypothèses. Pour ça, il faut examiner les **résidus**.

**Les quatre hypothèses à vérifier (moyen mnémotechnique : LINE)**
1. **L**inéarité : la relation entre chaque prédicteur et le prix est bien linéaire.
2. **I**ndépendance des erreurs : pas de corrélation entre observations (attention aux logements d'un même immeuble ou d'une même rue).
3. **N**ormalité des résidus : surtout importante pour les intervalles de confiance et les tests sur petits échantillons. Avec n = 850, le théorème central limite vous protège en bonne partie.
4. **É**galité des variances (homoscédasticité) : la dispersion des résidus est constante.

**Les quatre graphiques de diagnostic**
En R, une seule commande suffit :

```r
modele <- lm(prix ~ surface + nb_pieces + age, data = logements)
par(mfrow = c(2, 2))
plot(modele)
```

| Graphique | Ce qu'on cherche | Signal d'alerte |
|---|---|---|
| Résidus vs valeurs ajustées | nuage horizontal autour de 0 | courbe (non-linéarité), entonnoir |
| Q-Q plot | points sur la diagonale | queues qui s'écartent fortement |
| Scale-Location | bande horizontale | tendance croissante (variance non constante) |
| Résidus vs levier | pas de points au-delà des lignes de Cook | points isolés en haut à droite |

En Python, `statsmodels` donne les mêmes informations via `sm.OLS(...).fit()` puis `sm.graphics.plot_regress_exog`.

Regardez aussi les résidus en fonction de chaque prédicteur pris séparément. Une courbure en fonction de `age`, par exemple, suggère d'ajouter un terme quadratique."""),
        ("human", "Le graphique résidus vs valeurs ajustées forme un entonnoir : les résidus s'écartent de plus en plus quand le prix prédit augmente. C'est grave ?"),
        ("gpt", """C'est de l'**hétéroscédasticité**, très classique avec des prix : une erreur de 20 000 € est banale pour une maison à 800 000 €, énorme pour un studio à 90 000 €.

**Conséquences**
- Les coefficients restent **sans biais**.
- Mais les **erreurs standard sont fausses**, donc les p-valeurs et les intervalles de confiance ne sont plus fiables. En général ils sont trop optimistes.

**Confirmer par un test**

```r
library(lmtest)
bptest(modele)   # test de Breusch-Pagan
```

Une p-valeur < 0,05 confirme ce que montre le graphique.

**Trois remèdes, du plus recommandé au plus technique**

1. **Transformer la variable réponse** : modéliser `log(prix)`. Avec les prix, c'est souvent la meilleure solution. Les erreurs deviennent proportionnelles, et les coefficients s'interprètent en pourcentage : un coefficient de 0,004 sur la surface signifie environ +0,4 % de prix par m² supplémentaire.

```r
modele_log <- lm(log(prix) ~ surface + nb_pieces + age, data = logements)
```

2. **Erreurs standard robustes** (de type HC3) : on garde le modèle tel quel, mais on corrige l'inférence.

```r
library(sandwich)
coeftest(modele, vcov = vcovHC(modele, type = "HC3"))
```

3. **Moindres carrés pondérés (WLS)** : on pondère chaque observation par l'inverse de sa variance estimée. C'est efficace, mais il faut modéliser cette variance correctement.

Après le passage au log, refaites les quatre graphiques. L'entonnoir disparaît généralement."""),
        ("human", "Autre souci : surface et nb_pieces sont très corrélées (r = 0,88). Est-ce que c'est un problème ?"),
        ("gpt", """C'est de la **multicolinéarité**, et cela dépend de ce que vous voulez faire du modèle.

**Le mesurer : le VIF (facteur d'inflation de la variance)**

VIF_j = 1 / (1 − R²_j)

où R²_j est le R² de la régression du prédicteur j sur tous les autres. Si `surface` n'était corrélée qu'avec `nb_pieces`, on aurait R²_j = 0,88² ≈ 0,774, donc un VIF ≈ 1 / 0,226 ≈ **4,4**.

```r
library(car)
vif(modele)
```

Seuils usuels : au-dessus de 5, on s'inquiète ; au-dessus de 10, c'est sérieux. Vous êtes donc dans la zone limite.

**Ce que ça change**
- Les **prédictions** ne sont presque pas affectées. Si le but est de prédire des prix, vous pouvez vivre avec.
- Les **coefficients individuels** deviennent instables : erreurs standard gonflées, signes parfois contre-intuitifs. Un coefficient négatif pour `nb_pieces` à surface constante est typique, et il a d'ailleurs un sens : à surface égale, plus de pièces veut dire des pièces plus petites.

**Remèdes si vous voulez interpréter les effets**
1. Garder une seule des deux variables (souvent la surface).
2. Les combiner en une variable plus parlante, par exemple `surface / nb_pieces` (taille moyenne des pièces) à côté de la surface.
3. Régression **ridge**, qui stabilise les coefficients au prix d'un léger biais (utile surtout si vous avez beaucoup de prédicteurs)."""),
        ("human", "Dernière question : comment repérer les observations influentes qui pourraient fausser tout le modèle ?"),
        ("gpt", """Il faut distinguer trois notions : un point **aberrant** (gros résidu), un point à **fort levier** (valeurs de prédicteurs atypiques) et un point **influent** (dont la suppression change nettement les coefficients). Un point est surtout dangereux quand il combine les deux premiers.

Avec n = 850 et p = 4 paramètres (constante + 3 prédicteurs) :

| Mesure | Seuil usuel | Valeur pour vous |
|---|---|---|
| Levier h_ii | > 2p/n | > 8/850 ≈ **0,0094** |
| Distance de Cook D_i | > 4/n | > 4/850 ≈ **0,0047** |
| Résidu studentisé | \\|r_i\\| > 3 | > 3 |
| \\|DFFITS\\| | > 2√(p/n) | > 2√(4/850) ≈ **0,137** |

```r
influence.measures(modele)          # tout en un tableau
cooks <- cooks.distance(modele)
which(cooks > 4 / nrow(logements))
library(car)
influencePlot(modele)               # résidus vs levier, taille = Cook
```

**Comment réagir**
- Ne supprimez **jamais** un point uniquement parce qu'il dépasse un seuil. Avec 850 observations, ces seuils signalent mécaniquement des dizaines de points.
- Regardez-les un par un : erreur de saisie (une surface de 1 200 m² au lieu de 120) ? Bien atypique (château, local commercial) qui ne relève pas de la population étudiée ?
- Refaites le modèle avec et sans les points les plus influents. Si les conclusions tiennent, gardez-les. Sinon, signalez cette sensibilité dans votre rapport.

Avec le modèle en `log(prix)`, beaucoup de points « influents » des grandes maisons perdent d'ailleurs leur poids excessif."""),
    ],
})

# ---------------------------------------------------------------- 016
DIALOGUES.append({
    "id": "m13b-016",
    "label": "contradiction",
    "language": "es",
    "note": "Contradiction (subtle): turn 4 summary states the snap-fit tab (L=10 mm, t=1.5 mm) allows about 1.3 mm deflection, contradicting the 0.89 mm computed in turn 3.",
    "conv": [
        ("human", "Estoy diseñando una caja con tapa a presión en PLA para imprimir en una Prusa MK4 con boquilla de 0,4 mm. ¿Qué holgura debo dejar entre la tapa y la caja?"),
        ("gpt", """Como punto de partida para PLA en una MK4 bien calibrada:

| Tipo de ajuste | Holgura por lado | Holgura total (en diámetro o ancho) |
|---|---|---|
| Apretado / a presión | 0,1 mm | 0,2 mm |
| Deslizante (tapa que entra y sale) | 0,2 mm | 0,4 mm |
| Libre (piezas que giran o se mueven) | 0,3 mm | 0,6 mm |

Para una tapa que encaja y se retira a mano, empieza con **0,2 mm por lado**. Si el labio interior de la tapa mide 80 mm, el hueco de la caja debe medir 80,4 mm.

**Por qué no hay un valor universal:**
- Cada filamento se contrae de forma distinta, incluso entre colores de la misma marca.
- El **pie de elefante** (la primera capa aplastada y más ancha) puede hacer que una tapa que debería entrar se atasque justo en la base. Añade un pequeño chaflán de 0,4–0,6 mm en el borde inferior de las piezas que encajan.
- La calibración del flujo (extrusión) cambia todas las medidas unas décimas.

**Recomendación práctica:** antes de imprimir la caja entera (que puede tardar horas), imprime una **probeta de tolerancias**: dos anillos delgados de 2–3 mm de alto con las mismas paredes que la tapa, en holguras de 0,1, 0,15, 0,2, 0,25 y 0,3 mm. En 20 minutos sabrás cuál funciona con *tu* impresora y *tu* filamento."""),
        ("human", "Otra cosa: los agujeros me salen más pequeños de lo diseñado. Hice un agujero de 5 mm para un tornillo M5 y el tornillo no entra."),
        ("gpt", """Es un problema muy típico de la impresión FDM, y tiene dos causas:

1. **Los círculos se convierten en polígonos.** Al exportar a STL, un círculo se aproxima con segmentos rectos. Si la malla es gruesa, las caras del polígono quedan *dentro* del círculo ideal y el agujero real es más pequeño.
2. **El material se "abomba" hacia dentro.** En los perímetros curvos interiores, el plástico extruido tiende a tirar hacia el centro del agujero, sobre todo en agujeros pequeños.

**Soluciones:**
- **Sobredimensiona en el diseño:** para un M5 que pase holgado, diseña el agujero de **5,3–5,4 mm**. Para que el tornillo rosque directamente en el plástico, usa unos 4,2–4,5 mm.
- **Exporta con más resolución:** en Fusion 360 o FreeCAD, ajusta el refinamiento del STL (o exporta en 3MF/STEP si tu flujo lo permite) para que los círculos tengan suficientes segmentos.
- **Compensación en el laminador:** PrusaSlicer tiene la opción "Compensación de tamaño XY" y, en versiones recientes, también compensación específica para agujeros. Úsala con cuidado, porque afecta a toda la pieza o a todos los agujeros por igual.
- **Orientación:** los agujeros **verticales** (eje perpendicular a la cama) salen mucho más redondos que los horizontales, que se deforman por los voladizos en la parte superior. Si un agujero tiene que ser horizontal, dale forma de lágrima o de rombo arriba.
- **Plan B:** pasar una broca de 5,5 mm a mano deja un agujero limpio y exacto.

Con 5,4 mm en vertical, un M5 debería entrar sin esfuerzo."""),
        ("human", "Para que la tapa quede sujeta quiero poner pestañas flexibles que encajen en unas ranuras. ¿Cómo las dimensiono para que no se rompan? El PLA es bastante frágil."),
        ("gpt", """Tienes razón, el PLA admite poca deformación antes de romperse, así que hay que dimensionar las pestañas (voladizos de encaje, *snap-fit*) con cuidado.

**Fórmula para una pestaña rectangular de sección constante**

La deflexión máxima admisible de la punta es aproximadamente:

**y = 0,67 · ε · L² / t**

- *L*: longitud de la pestaña (desde la raíz hasta el gancho)
- *t*: espesor de la pestaña en la dirección en que se dobla
- *ε*: deformación admisible del material. Para PLA impreso, usa un valor conservador de **2 % (0,02)**.

**Ejemplo:** L = 10 mm, t = 1,5 mm:

y = 0,67 · 0,02 · 100 / 1,5 ≈ **0,89 mm**

Es decir, el gancho puede sobresalir como máximo unos 0,9 mm para entrar en la ranura sin romperse. Si necesitas más recorrido, **alarga la pestaña**: la deflexión crece con el cuadrado de L. Con L = 14 mm obtendrías unos 1,75 mm.

**Reglas de diseño que importan tanto como la fórmula:**
- **Orientación de impresión:** las capas deben ir *a lo largo* de la pestaña, no atravesarla. Si la pestaña se imprime vertical, se partirá por una línea de capa a la primera.
- **Redondeo en la raíz:** pon un radio de al menos 0,5 · t (≈ 0,75 mm aquí). Las esquinas vivas concentran tensiones y son donde empiezan las grietas.
- **Ángulo del gancho:** unos 30° en la cara de entrada para que encaje suave; en la cara de retención, 45° si quieres poder abrirla y 90° si debe quedar fija.
- **Perímetros:** imprime la pestaña con 3–4 perímetros y sin relleno interior, para que sea plástico macizo."""),
        ("human", "Perfecto. ¿Me resumes todos los valores en una tabla para guardarla como plantilla para futuros diseños?"),
        ("gpt", """Aquí tienes la plantilla, para PLA en Prusa MK4 con boquilla de 0,4 mm:

| Elemento | Valor de diseño | Notas |
|---|---|---|
| Holgura tapa deslizante | 0,2 mm por lado (0,4 mm total) | Validar con probeta de tolerancias |
| Holgura ajuste apretado | 0,1 mm por lado | Para piezas que no se separan |
| Holgura ajuste libre | 0,3 mm por lado | Piezas móviles o giratorias |
| Chaflán anti pie de elefante | 0,4–0,6 mm | En el borde inferior de piezas que encajan |
| Agujero pasante M5 | 5,3–5,4 mm | Imprimir en vertical si es posible |
| Agujero para roscar M5 en plástico | 4,2–4,5 mm | |
| Pestaña snap-fit: deformación admisible | ε = 2 % | Valor conservador para PLA |
| Pestaña de ejemplo | L = 10 mm, t = 1,5 mm | Deflexión máxima ≈ 1,3 mm |
| Radio en la raíz de la pestaña | ≥ 0,5 · t | Evita grietas |
| Ángulo del gancho | 30° entrada / 45° o 90° retención | 45° = desmontable |
| Perímetros en pestañas | 3–4, sin relleno | Capas a lo largo de la pestaña |

**Fórmula de referencia:** y = 0,67 · ε · L² / t

Consejo final: guarda también en la plantilla el nombre exacto del filamento con el que validaste estas cifras. Si cambias de marca o a PETG, repite la probeta de tolerancias. El PETG suele necesitar holguras algo mayores y admite bastante más deformación en las pestañas."""),
    ],
})
