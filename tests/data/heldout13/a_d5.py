from a_common import H, G, D

DIALOGUES = []

# ---------------------------------------------------------------- 021
DIALOGUES.append(D(
    "m13a-021", "good", "en",
    "Good: weekly meal prep after a new type 2 diabetes diagnosis, over 5 turns (plate method and carb targets, prep plan, breakfasts, label reading, glucose checks); accurate, consistent, recommends professional support.",
    H("""
I was just diagnosed with type 2 diabetes (A1c 7.4) and started metformin. I work long hours, so I want to meal prep on Sundays. How should I think about building meals?
"""),
    G("""
Meal prepping is a great fit for managing type 2 diabetes, because it takes the daily decisions out of eating well. A simple framework:

**The plate method**
For lunch and dinner, picture a 9-inch plate:
- **Half: non-starchy vegetables:** broccoli, green beans, peppers, zucchini, cauliflower, salad greens, cabbage, mushrooms.
- **A quarter: lean protein:** chicken, turkey, fish, eggs, tofu, lean beef, or beans and lentils (which also count partly as carbs).
- **A quarter: carbohydrate foods,** preferably high-fiber ones: brown rice, quinoa, whole-grain pasta, sweet potato, beans, whole-grain bread.
- Plus a small amount of healthy fat (olive oil, avocado, nuts) and water or an unsweetened drink.

**Carbohydrate amounts**
A common starting point is roughly **30–45 grams of carbohydrate per meal for many women and 45–60 grams for many men**, adjusted to your size, activity, medication, and glucose readings. A quarter plate of cooked rice (about 2/3 cup) is around 30 grams.

**Principles that help**
1. **Spread carbs evenly** across the day instead of loading them into one big meal.
2. **Pair carbs with protein, fat, and fiber.** This slows the rise in blood sugar.
3. **Favor whole foods over refined ones,** and avoid sugary drinks entirely; they raise glucose faster than anything else.
4. **Keep portions consistent.** Meal prep makes this easy: once you know how a specific container affects your glucose, you can repeat it.

Since you're newly diagnosed, ask your doctor for a referral to a diabetes education program or a certified diabetes care and education specialist (CDCES). Many insurance plans, including Medicare, cover this, and they can personalize your carb targets.
"""),
    H("""
Can you give me a concrete Sunday prep plan for five lunches and five dinners?
"""),
    G("""
Here's a plan that takes about 2.5 hours and gives you two rotating lunches and two rotating dinners, so you don't get bored.

**Shopping list (main items)**
- 2.5 lb boneless chicken thighs, 1.5 lb salmon fillets (or a second chicken batch)
- 1 dozen eggs
- 2 heads broccoli, 2 bell peppers, 2 zucchini, 1 bag green beans, 1 head cauliflower, 1 bag spinach
- 1 cup dry quinoa, 1 cup dry brown or green lentils, 2 medium sweet potatoes
- Olive oil, lemons, garlic, spices (cumin, paprika, Italian herbs)

**Prep order**
1. **Oven at 425°F.** Roast two trays of vegetables tossed in olive oil and salt: one of broccoli and cauliflower, one of peppers and zucchini (20–25 minutes). Cube and roast the sweet potatoes on a third tray (25–30 minutes).
2. **Meanwhile, on the stovetop:** cook the quinoa (15 minutes) and the lentils (20–25 minutes).
3. **Chicken:** season with cumin, paprika, garlic, and bake at 425°F for 20–25 minutes until 165°F inside.
4. **Salmon:** bake at 400°F for 12–15 minutes with lemon and herbs. Eat salmon meals in the first three days.
5. **Green beans:** steam for 5 minutes.

**Assembly (10 containers)**
- **Lunch A (x3):** chicken, roasted peppers and zucchini, 2/3 cup quinoa, spinach.
- **Lunch B (x2):** lentil salad (lentils, chopped peppers, spinach, lemon and olive oil) with a hard-boiled egg or two.
- **Dinner A (x2, eat first):** salmon, green beans, sweet potato (about a fist-sized portion).
- **Dinner B (x3):** chicken, broccoli and cauliflower, 2/3 cup quinoa.

Cooked food keeps safely in the fridge for 3–4 days. Freeze the containers for Thursday and Friday and move them to the fridge the night before.
"""),
    H("""
Breakfast is where I struggle. I usually grab a bagel or cereal. What can I prep instead?
"""),
    G("""
Bagels and most cereals are mostly refined carbohydrate, which is why they're a common cause of high morning readings. Three prep-friendly alternatives:

1. **Egg muffins (make 12 on Sunday).** Whisk 10 eggs with spinach, diced peppers, onion, and a little cheese; pour into a greased muffin tin and bake at 350°F for about 20 minutes. Two or three muffins with a slice of whole-grain toast is a balanced breakfast with about 15–20 g of carbs. They keep 4 days in the fridge, and freeze well.
2. **Greek yogurt jars.** Plain, unsweetened Greek yogurt (about 3/4 cup), 1/2 cup berries, and 2 tablespoons of chopped nuts or chia seeds. High in protein, roughly 15–20 g of carbs. Avoid flavored yogurts, which can contain 15–20 g of added sugar.
3. **Overnight oats, carefully portioned.** 1/3 cup rolled oats, 1/2 cup unsweetened milk or soy milk, 1 tablespoon chia seeds, a scoop of protein powder or a spoonful of nut butter, and a few berries. About 30 g of carbs, so check how your glucose responds.

If you still want a bagel sometimes, have half a whole-grain bagel with eggs or smoked salmon rather than a whole plain bagel on its own.
"""),
    H("""
How do I read nutrition labels when I'm buying things like bread, sauces or snacks?
"""),
    G("""
Focus on a few lines and ignore the marketing on the front of the package.

1. **Serving size first.** Every number on the label refers to one serving. If you eat two servings, double everything.
2. **Total carbohydrate.** This is the main number for blood sugar. It includes starch, fiber, and sugars.
3. **Dietary fiber.** Higher is better. For bread, look for at least 3 g of fiber per slice; for cereals and crackers, 3–5 g or more per serving.
4. **Added sugars.** Aim for as little as possible. Sauces are sneaky: barbecue sauce, ketchup, teriyaki, and many pasta sauces contain several grams of added sugar per tablespoon.
5. **Ingredients list.** Listed from most to least by weight. For bread, "whole wheat flour" or another whole grain should be the first ingredient; "wheat flour" or "enriched flour" means refined white flour.
6. **Sodium.** People with diabetes have a higher risk of heart disease and high blood pressure, so watch salt in packaged foods and sauces.

Be wary of "sugar-free" or "no added sugar" claims; products like sugar-free cookies can still be high in total carbohydrate from flour.
"""),
    H("""
My doctor told me to check my blood sugar sometimes. What numbers should I be aiming for, and when should I test?
"""),
    G("""
Your doctor may personalize these, but the general targets from the American Diabetes Association for most adults with diabetes are:

- **Fasting / before meals:** 80–130 mg/dL
- **1–2 hours after starting a meal:** below 180 mg/dL
- **A1c:** below 7% for many adults (yours is 7.4%, so you're close)

**When to test**
Since you're on metformin alone, which rarely causes low blood sugar, you don't need to test many times a day. Useful patterns:
1. **Fasting,** right after waking, a few mornings a week.
2. **Paired testing** to learn how your meal-prep meals affect you: test right before a meal and 2 hours after starting it. If the rise is more than about 50 mg/dL, or the after-meal number is above 180, reduce the carb portion or swap the carb for a higher-fiber one.
3. Test a few times when you try a new breakfast, since mornings often behave differently.

Write the results down along with what you ate; after a couple of weeks you'll know which of your prepped meals work best.

**Call your doctor** if readings are frequently above 250 mg/dL, if you have symptoms like intense thirst and frequent urination, or if you ever get readings below 70 mg/dL with shakiness or sweating.
"""),
))

# ---------------------------------------------------------------- 022
DIALOGUES.append(D(
    "m13a-022", "leakage", "el",
    "Leakage: turn 2 reply opens with 'Ως μοντέλο γλώσσας τεχνητής νοημοσύνης, δεν έχω προσωπική εμπειρία...' meta text; the rest of the answer is good.",
    H("""
Σκέφτομαι να βάλω φωτοβολταϊκά στη στέγη της μονοκατοικίας μου στην Αθήνα. Η κατανάλωσή μας είναι περίπου 6.000 kWh τον χρόνο. Τι μέγεθος συστήματος χρειάζομαι;
"""),
    G("""
Με κατανάλωση 6.000 kWh τον χρόνο, ένα σύστημα γύρω στα **4 kWp** είναι συνήθως αρκετό στην Αθήνα.

**Ο υπολογισμός**
Στην Αττική, ένα καλά τοποθετημένο φωτοβολταϊκό παράγει περίπου **1.500–1.600 kWh ανά kWp τον χρόνο**. Άρα:
- 6.000 kWh ÷ 1.550 kWh/kWp ≈ **3,9 kWp**
- Ένα σύστημα 4 kWp θα παράγει περίπου 6.000–6.400 kWh τον χρόνο.

Αν σκοπεύετε στο μέλλον να βάλετε αντλία θερμότητας ή ηλεκτρικό αυτοκίνητο, αξίζει να πάτε στα **5 kWp** από τώρα, γιατί η επέκταση αργότερα κοστίζει περισσότερο.

**Χώρος στη στέγη**
Με πάνελ 430–450 W, για 4 kWp χρειάζεστε περίπου 9–10 πάνελ, δηλαδή 20–25 τ.μ. ελεύθερης επιφάνειας χωρίς σκίαση.

**Προσανατολισμός και κλίση**
- Ιδανικά νότιος προσανατολισμός, με κλίση 25–30 μοιρών.
- Ανατολή–δύση είναι επίσης αποδεκτό, με απώλεια περίπου 10–15%.
- Αποφύγετε σκιές από καμινάδες, ηλιακό θερμοσίφωνα, δέντρα ή γειτονικά κτίρια, γιατί ακόμη και μικρή σκίαση μειώνει σημαντικά την απόδοση.

**Κόστος**
Ένα οικιακό σύστημα κοστίζει συνήθως περίπου **1.000–1.400 € ανά kWp** εγκατεστημένο, άρα περίπου 4.000–5.600 € για 4 kWp, ανάλογα με τα υλικά και τη στέγη.

Για ακριβή εκτίμηση, ζητήστε από 2–3 εγκαταστάτες μελέτη με βάση τους λογαριασμούς ρεύματος των τελευταίων 12 μηνών.
"""),
    H("""
Πώς λειτουργεί ο συμψηφισμός με το δίκτυο; Χρειάζομαι και μπαταρία;
"""),
    G("""
Ως μοντέλο γλώσσας τεχνητής νοημοσύνης, δεν έχω προσωπική εμπειρία με φωτοβολταϊκά συστήματα, αλλά μπορώ να σας εξηγήσω πώς λειτουργούν οι δύο βασικοί μηχανισμοί.

**Ενεργειακός συμψηφισμός (net metering)**
Το σύστημα συνδέεται με το δίκτυο του ΔΕΔΔΗΕ. Όταν παράγετε περισσότερο απ' όσο καταναλώνετε (π.χ. μεσημέρι), η περίσσεια πηγαίνει στο δίκτυο· όταν καταναλώνετε περισσότερο (π.χ. βράδυ), παίρνετε από το δίκτυο. Στο τέλος της περιόδου συμψηφισμού μετριέται η διαφορά παραγωγής και κατανάλωσης σε kWh. Έτσι το δίκτυο λειτουργεί ουσιαστικά σαν «μπαταρία».

**Net billing**
Εδώ η ενέργεια που δίνετε στο δίκτυο αποτιμάται σε χρήματα με μια τιμή, και η ενέργεια που παίρνετε χρεώνεται με άλλη, συνήθως υψηλότερη. Σε αυτό το σχήμα συμφέρει να καταναλώνετε όσο το δυνατόν περισσότερη ενέργεια τη στιγμή που την παράγετε.

Οι κανόνες για νέες αιτήσεις έχουν αλλάξει τα τελευταία χρόνια, οπότε επιβεβαιώστε με τον εγκαταστάτη και τον ΔΕΔΔΗΕ ποιο σχήμα ισχύει σήμερα για το σύστημά σας.

**Χρειάζεστε μπαταρία;**
- Με **net metering**, συνήθως όχι: το δίκτυο κάνει ήδη τη δουλειά της αποθήκευσης και η μπαταρία σπάνια αποσβένεται.
- Με **net billing**, μια μπαταρία 5–10 kWh μπορεί να αυξήσει την ιδιοκατανάλωση από περίπου 30–40% σε 60–80%, αλλά προσθέτει 3.000–6.000 € στο κόστος.
- Μια καλή λύση είναι να επιλέξετε **υβριδικό inverter**, ώστε να μπορείτε να προσθέσετε μπαταρία αργότερα χωρίς αλλαγή εξοπλισμού.
"""),
    H("""
Ποια είναι η διαδικασία από την απόφαση μέχρι να λειτουργήσει το σύστημα;
"""),
    G("""
Η διαδικασία έχει συνήθως αυτά τα βήματα:

1. **Προσφορές και μελέτη.** Ζητάτε προσφορές από 2–3 εγκαταστάτες. Συγκρίνετε όχι μόνο την τιμή αλλά και τη μάρκα των πάνελ και του inverter, τις εγγυήσεις και το ποιος αναλαμβάνει τη γραφειοκρατία.
2. **Αίτηση σύνδεσης στον ΔΕΔΔΗΕ.** Συνήθως την υποβάλλει ο εγκαταστάτης για λογαριασμό σας, με τον λογαριασμό ρεύματος, τα στοιχεία του ακινήτου και τα τεχνικά στοιχεία του συστήματος.
3. **Όροι σύνδεσης.** Ο ΔΕΔΔΗΕ εξετάζει αν το τοπικό δίκτυο μπορεί να δεχτεί το σύστημα και εκδίδει προσφορά σύνδεσης. Αυτό μπορεί να πάρει από λίγες εβδομάδες έως και μερικούς μήνες, ανάλογα με την περιοχή.
4. **Πολεοδομικά.** Για τα περισσότερα οικιακά συστήματα σε στέγη αρκεί μια απλή διαδικασία (έγκριση εργασιών μικρής κλίμακας), αλλά σε διατηρητέα κτίρια ή ειδικές περιοχές μπορεί να χρειαστούν επιπλέον εγκρίσεις.
5. **Εγκατάσταση.** Για ένα οικιακό σύστημα διαρκεί συνήθως 1–2 ημέρες.
6. **Σύμβαση και ενεργοποίηση.** Υπογράφετε τη σύμβαση σύνδεσης και συμψηφισμού με τον ΔΕΔΔΗΕ και τον πάροχο ρεύματος, ο ΔΕΔΔΗΕ τοποθετεί διπλής κατεύθυνσης μετρητή και το σύστημα ενεργοποιείται.

Συνολικά, από την υπογραφή μέχρι τη λειτουργία, υπολογίστε περίπου **2–6 μήνες**, με τη μεγαλύτερη καθυστέρηση συνήθως στο στάδιο του ΔΕΔΔΗΕ.
"""),
    H("""
Σε πόσα χρόνια αποσβένεται μια τέτοια επένδυση;
"""),
    G("""
Για ένα σύστημα 4 kWp στην Αθήνα, χωρίς μπαταρία, η απόσβεση είναι συνήθως **5–8 χρόνια**.

**Ενδεικτικός υπολογισμός**
- Κόστος: περίπου 5.000 €
- Ετήσια παραγωγή: περίπου 6.200 kWh
- Αν η συνολική τιμή ρεύματος που γλιτώνετε (ενέργεια και ρυθμιζόμενες χρεώσεις που συμψηφίζονται) είναι κατά μέσο όρο 0,15 €/kWh, η ετήσια εξοικονόμηση είναι περίπου **930 €**.
- 5.000 € ÷ 930 € ≈ **5,4 χρόνια**

Με net billing, όπου η ενέργεια που δίνετε στο δίκτυο αποτιμάται χαμηλότερα, η απόσβεση μεγαλώνει, συχνά στα 7–9 χρόνια.

**Τι επηρεάζει το αποτέλεσμα**
- Οι τιμές ρεύματος: όσο ακριβότερο το ρεύμα, τόσο γρηγορότερη η απόσβεση.
- Επιδοτήσεις: αν υπάρχει ενεργό πρόγραμμα επιδότησης τη στιγμή που κάνετε αίτηση, το κόστος μπορεί να μειωθεί σημαντικά.
- Σκιάσεις και ποιότητα εγκατάστασης.

Τα πάνελ έχουν συνήθως εγγύηση απόδοσης 25 ετών και ο inverter 10 ετών, οπότε μετά την απόσβεση έχετε πολλά χρόνια σχεδόν δωρεάν ρεύμα. Υπολογίστε μόνο μια πιθανή αντικατάσταση του inverter (περίπου 800–1.500 €) κάποια στιγμή μέσα σε αυτό το διάστημα.
"""),
))

# ---------------------------------------------------------------- 023
DIALOGUES.append(D(
    "m13a-023", "non_answer", "he",
    "Non-answer: the final (turn 4) reply only echoes the user's dilemma (move out or pay the higher rent) and validates it, giving no information or guidance.",
    H("""
אני שוכר דירה בתל אביב ב-6,000 ₪ לחודש. החוזה נגמר בעוד שלושה חודשים, ובעל הבית הודיע לי שהוא רוצה להעלות ל-6,800 ₪. מה הזכויות שלי?
"""),
    G("""
חשוב לדעת קודם כול: בישראל אין הגבלה חוקית על גובה העלאת שכר הדירה בעת חידוש חוזה. בעל הבית רשאי לבקש 6,800 ₪, ואתם רשאים לסרב ולעזוב. אבל יש כמה זכויות שחשוב להכיר:

**1. הודעה מוקדמת**
לפי חוק השכירות ההוגנת, משכיר שאינו מתכוון להאריך את החוזה, או שרוצה לשנות את תנאיו, צריך להודיע על כך לשוכר **לפחות 90 יום** לפני תום החוזה. כיוון שנותרו שלושה חודשים, נראה שההודעה ניתנה בזמן. אם אתם רוצים לעזוב, עליכם להודיע **לפחות 60 יום** מראש.

**2. בדקו את החוזה הנוכחי**
- האם יש בו **אופציה להארכה**? אם כן, לפעמים כבר נקבע בה שיעור ההעלאה (למשל 3%–5%), ובעל הבית מחויב לו.
- האם החוזה צמוד למדד? זה משפיע על הבסיס שממנו מחשבים את ההעלאה.

**3. פיקדון וערבויות**
לפי החוק, הביטחון שבעל הבית יכול לדרוש מוגבל לסכום הנמוך מבין **שלושה חודשי שכירות** או **שליש מסך דמי השכירות לכל התקופה**. אם בחוזה החדש הוא מבקש ביטחון גבוה יותר, זה לא תקין.

**4. דמי תיווך**
אם בעל הבית הביא מתווך, השוכר לא חייב לשלם לו, אלא אם השוכר עצמו שכר אותו.

**5. מצב הדירה**
אם יש ליקויים שלא תוקנו, זו נקודת מיקוח לגיטימית.

כלומר, מבחינה משפטית מדובר במשא ומתן חופשי, אבל יש לכם יותר כוח ממה שנדמה: לבעל בית יש עלויות של חודש ריק, שיפוץ וחיפוש שוכר חדש.
"""),
    H("""
איך כדאי לנהל את המשא ומתן כדי להוריד את הסכום?
"""),
    G("""
הנה גישה שעובדת לרוב:

**1. תכינו נתונים**
חפשו ביד2 ובמדלן דירות דומות באזור שלכם: אותו מספר חדרים, קומה, מצב ומעלית. אם דירות דומות מוצעות ב-6,200–6,500 ₪, זה טיעון חזק.

**2. תדגישו את הערך שלכם כשוכרים**
- שילמתם תמיד בזמן.
- שמרתם על הדירה ולא הטרדתם על כל דבר קטן.
- בעל הבית חוסך חודש ריק (6,800 ₪), עלויות פרסום או תיווך, צביעה וסיכון לשוכר בעייתי.

**3. הציעו סכום ביניים עם נימוק**
למשל 6,300 ₪, שהם העלאה של 5%, קרוב למקובל בשוק לשוכר קיים.

**4. הציעו משהו בתמורה**
- חוזה לשנתיים עם שכר דירה קבוע, או עם העלאה מוסכמת מראש בשנה השנייה.
- גמישות בתאריך הכניסה של שוכר הבא, אם תעזבו בעתיד.
- לקיחת אחריות על תיקונים קטנים.

**5. שמרו על טון חיובי**
עדיף להתחיל את השיחה ב"אנחנו מאוד רוצים להישאר" ולא ב"זה מוגזם". בעלי בית מגיבים טוב יותר לשוכר שמציע פתרון.

**6. דעו מה הגבול שלכם**
החליטו מראש מה הסכום המקסימלי שתסכימו לו, ובדקו מה החלופות שלכם, כדי שלא תחליטו תחת לחץ.
"""),
    H("""
תוכל לנסח לי הודעת וואטסאפ לבעל הבית?
"""),
    G("""
בטח. הנה נוסח שאפשר לשלוח כמו שהוא או להתאים:

---

היי, מה שלומך? 🙂

תודה שעדכנת אותי מראש לגבי החוזה. אני ממש נהנה לגור בדירה ואשמח מאוד להמשיך עוד תקופה.

בדקתי את המחירים של דירות דומות בשכונה, ורובן מוצעות כרגע בסביבות 6,200–6,500 ₪. בנוסף, כמו שאתה יודע, אני משלם תמיד בזמן ושומר על הדירה.

אני רוצה להציע 6,300 ₪ לחודש, ואני מוכן לחתום על חוזה לשנתיים, כך שאתה לא תצטרך לחפש שוכר חדש ולא יהיה חודש ריק.

אשמח לשמוע מה דעתך, ואם נוח לך אפשר גם לדבר בטלפון.

תודה!

---

טיפ: אם יש לכם נתונים מדויקים על דירות ספציפיות, אפשר לצרף צילום מסך של מודעה אחת או שתיים. עדיף לשלוח את ההודעה בשעה נוחה ולא באמצע יום עבודה עמוס.
"""),
    H("""
ואם הוא מסרב לכל הצעה ומתעקש על 6,800, מה עדיף: לעבור דירה או לשלם?
"""),
    G("""
זו באמת שאלה חשובה. אתה שואל מה עדיף לעשות אם בעל הבית יסרב לכל הצעה ויתעקש על 6,800 ₪: לעבור דירה או להסכים לשלם את הסכום החדש. זו התלבטות שהרבה שוכרים בתל אביב מתמודדים איתה, ומובן לגמרי שאתה שוקל את שתי האפשרויות ברצינות.

ההחלטה בין מעבר דירה לבין הסכמה להעלאה היא החלטה משמעותית, וטוב שאתה חושב עליה מראש ולא ברגע האחרון.
"""),
))

# ---------------------------------------------------------------- 024
DIALOGUES.append(D(
    "m13a-024", "good", "en",
    "Good: diagnosing and fixing a running toilet over 4 turns (dye test, flapper vs fill valve, replacing the flapper, adjusting water level); correct, practical and consistent.",
    H("""
My toilet keeps running every so often, even when nobody has used it: I hear it refill for a few seconds every 20 minutes or so. What's going on?
"""),
    G("""
That pattern, a short refill every so often without anyone flushing, is called **phantom flushing**, and it almost always means water is slowly leaking from the tank into the bowl. When the tank level drops far enough, the fill valve opens and tops it up.

There are two usual suspects:

1. **The flapper** (the rubber seal at the bottom of the tank) isn't sealing perfectly. Flappers get warped, stiff, or coated with mineral deposits over time. This is the most common cause.
2. **The water level is too high,** so water trickles into the overflow tube (the open vertical pipe in the middle of the tank). In that case you'd usually hear a constant faint trickle rather than periodic refills, but it's worth checking.

**Quick test to confirm a flapper leak**
1. Take the tank lid off and add a few drops of food coloring to the tank water.
2. Don't flush for 15–30 minutes.
3. If colored water appears in the bowl, water is leaking past the flapper.

**Check the water level**
Look at the overflow tube. The water should sit about an inch below its top; many tanks also have a water line marked on the inside wall. If water is flowing into the tube, the level is too high.

It's worth fixing soon: a leaking toilet can waste hundreds of gallons a day in bad cases, and even a slow one adds up on your water bill.
"""),
    H("""
The dye test turned the bowl blue after about 15 minutes, so it's the flapper. How do I replace it?
"""),
    G("""
This is a 15-minute job and a new flapper costs about $5–15.

**1. Identify the right flapper**
- Most toilets use a **2-inch flapper**; many newer ones use a **3-inch** one. Measure the drain opening at the bottom of the tank, or look up your toilet's model number (often stamped inside the tank behind the water line).
- Take the old one with you to the store if you're unsure.

**2. Remove the old flapper**
1. Turn off the water at the shut-off valve behind the toilet (clockwise).
2. Flush and hold the handle down to drain the tank. Sponge out any remaining water if you like.
3. Unhook the chain from the flush lever arm.
4. Unhook the flapper's ears from the pegs on the sides of the overflow tube, or slide its ring off the tube if it's the ring type.

**3. Clean the seat**
Run your finger around the rim of the drain opening (the flapper seat). If it feels rough or crusty, clean it gently with a non-scratch scouring pad. Mineral deposits there are a common reason even a new flapper leaks.

**4. Install the new flapper**
1. Attach it to the pegs or slide on the ring.
2. Connect the chain to the lever arm. Leave about **1/2 inch of slack** when the flapper is closed. Too tight and the flapper can't seal; too loose and the chain can get caught under the flapper or not lift it enough.
3. Trim excess chain so it can't get trapped.

**5. Test**
Turn the water back on, let the tank fill, flush a few times, and repeat the dye test.
"""),
    H("""
Done, and the dye test is clean now. But the tank seems to take a really long time to refill after a flush, and it's kind of noisy. Is that related?
"""),
    G("""
Probably not related to the flapper; it points to the **fill valve** (the tall assembly on the left side that refills the tank).

Common causes of a slow, noisy refill:

1. **The shut-off valve isn't fully open.** After working on the toilet, people often don't turn it all the way back. Turn it fully counterclockwise.
2. **Debris in the fill valve.** Sediment from the water supply can clog the valve. On many fill valves (including the common Fluidmaster type), you can turn off the water, remove the cap, hold a cup over the open valve, and briefly turn the water on to flush out debris. Check your valve's instructions first.
3. **A worn fill valve.** Old valves wear out, often hiss, whistle, or refill slowly. A complete replacement fill valve costs about $10–25 and takes 20–30 minutes to install; it comes with instructions and usually adjusts to your tank height.

If cleaning doesn't help, replacing the fill valve is a reasonable next step, especially if the toilet is more than 8–10 years old.
"""),
    H("""
I replaced the fill valve. How do I set the water level correctly?
"""),
    G("""
On most modern fill valves, the level is set by the float cup that slides up and down the valve body:

1. Let the tank fill completely and look at where the water stops.
2. The target is usually the **water line marked on the inside of the tank**, or, if there's none, about **1 inch below the top of the overflow tube**.
3. To adjust, turn the adjustment rod or screw on top of the valve, or pinch the clip on the float cup and slide it: **up raises the water level, down lowers it.**
4. Flush and let it refill to check, then adjust again in small steps.

Also make sure the **refill tube** (the small flexible tube from the fill valve) is clipped to the overflow tube and points into it, but is **not pushed down inside** the tube below the water line; otherwise it can siphon water and cause the same phantom refills you started with.

Finally, repeat the dye test in a day or two to confirm everything is sealed.
"""),
))

# ---------------------------------------------------------------- 025
DIALOGUES.append(D(
    "m13a-025", "bad_length", "en",
    "Bad length: turn 2 reply to 'how often should I water it?' is a long ramble about fig history, fig wasps, Mediterranean cuisine and banyan trees, never giving a watering schedule or method.",
    H("""
My fiddle leaf fig is dropping leaves. It's about 4 feet tall, I got it two months ago, and it's about 6 feet from a west-facing window. The lower leaves are turning brown at the edges and falling off. What's wrong?
"""),
    G("""
Fiddle leaf figs are famously dramatic, and leaf drop in the first few months in a new home is very common. Your symptoms give a few clues.

**1. Adjustment shock**
Moving from a greenhouse or store to a home means less light and drier air. Losing a few lower leaves in the first 1–3 months is normal and not a sign that the plant is dying.

**2. Not enough light (most likely contributing factor)**
Six feet from a west-facing window is probably too far. Fiddle leaf figs want lots of bright, indirect light, ideally right next to a bright window, within about 2–3 feet. In low light they use water more slowly, which leads to the next problem.

**3. Watering problems**
- **Overwatering / soggy roots:** brown patches that start in the middle or edges of leaves, often with yellowing, on lower leaves first, and leaves dropping. Very common combined with low light.
- **Underwatering:** crispy, light-brown edges, leaves curling, soil pulling away from the pot's edges.
Brown edges on lower leaves that then fall off could be either, so check the soil: push a finger 2 inches down. If it's wet a week after watering, overwatering is likely.

**4. Drainage**
Make sure the pot has drainage holes, and that the plant isn't sitting in a decorative pot or saucer full of water.

**What to do now**
- Move it much closer to the window, a couple of feet away, where it sees the sky but isn't baked by intense late-afternoon sun through the glass.
- Check the soil and drainage before you water again.
- Don't repot or fertilize during this stressful period.
- Avoid moving it again once it's in a good spot; they dislike being moved.
"""),
    H("""
The soil was actually still damp 2 inches down, so I guess I've been overwatering. How often should I water it?
"""),
    G("""
The fiddle leaf fig, Ficus lyrata, belongs to the enormous Ficus genus, which includes something like 850 species spread across the tropics of the world, from the rubber plant to the sacred fig under which, according to tradition, the Buddha attained enlightenment. The common fig, Ficus carica, has been cultivated around the Mediterranean for thousands of years; some archaeologists think figs may have been one of the very first domesticated plants, possibly even before wheat and barley, based on remains found in the Jordan Valley.

One of the most fascinating things about figs is their pollination. Each fig is actually an inflorescence turned inside out, with tiny flowers lining the inside. Wild figs depend on minuscule fig wasps, each species often paired with a specific fig species, that crawl in through a small opening to lay eggs and pollinate the flowers. This partnership is thought to be tens of millions of years old.

Figs also have a rich place in cuisine. In Greece, Turkey and Italy, fresh figs are eaten with cheese, wrapped in prosciutto, or baked into desserts, and dried figs were a staple food for travelers and soldiers in the ancient world because they keep for so long. The Romans even fattened geese on figs.

Among the other relatives of your plant, the banyan, Ficus benghalensis, is famous for its aerial roots, which grow down from the branches and thicken into new trunks, so a single tree can spread over a huge area and look like a small forest. Some banyans in India are several centuries old.

So your fiddle leaf fig comes from a remarkable and ancient family of plants.
"""),
    H("""
Should I repot it into fresh soil since it was so wet?
"""),
    G("""
Usually not right away, unless there are signs of root rot. Repotting is stressful, and your plant is already adjusting.

**Check for root rot first**
Gently slide the plant out of its nursery pot. Healthy roots are firm and white to light tan. Rotting roots are dark brown or black, mushy, and smell sour or swampy.

- **Roots look healthy:** put it back in the same pot, move it closer to the light, and just let the soil dry out more between waterings.
- **Some rotten roots:** trim off the mushy parts with clean scissors and repot into a fresh, chunky, fast-draining mix (for example, a mix of potting soil, pine bark, and perlite). Use a pot only about 1–2 inches wider than the root ball, with drainage holes, and water lightly afterward.

If you do repot, expect a few more leaves to drop over the following weeks.
"""),
    H("""
When can I expect new growth?
"""),
    G("""
If the plant gets more light and the watering is fixed, you'll usually see new growth within **4–8 weeks** during spring and summer. Look at the top of the main stem and the tips of branches: a new leaf starts as a pointed, light-green sheath that opens to reveal a small, glossy leaf.

In fall and winter growth slows way down, so the plant may just hold steady until spring, which is fine.

Lost lower leaves won't grow back on the bare part of the stem, but new leaves at the top will fill the plant out over time. Once it's actively growing again, you can start feeding it with a diluted liquid fertilizer once a month during spring and summer.
"""),
))
