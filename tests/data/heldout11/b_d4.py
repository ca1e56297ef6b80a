"""Part b dialogues k11b-016 .. k11b-020."""
from b_common import H, G, dlg

DIALOGUES = []

# ---------------------------------------------------------------- 016
DIALOGUES.append(dlg(
    "k11b-016", "good", "fr",
    "Good: French Bayesian click-rate modelling over four turns; correct Beta-binomial conjugate updates (Beta(32,1268), Beta(50,2150)), correct credible intervals and sensible prior-sensitivity advice.",
    [
        (H, r"""
Je construis un modèle bayésien pour le taux de clic d'une bannière publicitaire. Comment choisir un a priori Beta raisonnable ?
"""),
        (G, r"""
La loi Beta est le choix naturel, car elle est **conjuguée** à la loi binomiale : si l'a priori est Beta(α, β) et que vous observez k clics sur n impressions, l'a posteriori est simplement Beta(α + k, β + n − k). Pas besoin de MCMC.

**Interprétation intuitive** : α et β se comportent comme des « pseudo-observations ». Beta(α, β) équivaut à peu près à avoir déjà vu α clics et β non-clics. Donc :

- moyenne a priori = α / (α + β)
- « poids » de l'a priori ≈ α + β observations

**Quelques choix classiques :**

| A priori | Moyenne | Poids | Quand l'utiliser |
|---|---|---|---|
| Beta(1, 1) | 50 % | 2 | uniforme, aucune information (peu réaliste pour un CTR) |
| Beta(0,5 ; 0,5) | 50 % | 1 | a priori de Jeffreys, dit « non informatif » |
| Beta(2, 98) | 2 % | 100 | faiblement informatif, centré sur un CTR typique |
| Beta(20, 980) | 2 % | 1 000 | informatif, si vous avez beaucoup d'historique |

**Méthode pratique** : partez du CTR historique de bannières comparables (disons 2 %), puis choisissez le poids selon la confiance que vous accordez à cet historique. Un poids de 100 laisse les données dominer rapidement ; un poids de 1 000 demande beaucoup de données pour s'en écarter.

Pour un taux de clic, évitez Beta(1, 1) : il met autant de probabilité sur un CTR de 60 % que sur 2 %, ce qui est absurde pour une bannière.
"""),
        (H, r"""
J'ai observé 30 clics sur 1 200 impressions. Avec l'a priori Beta(2, 98), quel est l'a posteriori ?
"""),
        (G, r"""
Mise à jour conjuguée :

- α' = α + k = 2 + 30 = **32**
- β' = β + (n − k) = 98 + 1 170 = **1 268**

A posteriori : **Beta(32, 1 268)**

**Moyenne a posteriori** : 32 / (32 + 1 268) = 32 / 1 300 ≈ **2,46 %**

À comparer avec l'estimation brute (maximum de vraisemblance) : 30 / 1 200 = 2,50 %. L'a priori tire très légèrement l'estimation vers 2 %, car il pèse 100 observations contre 1 200 pour les données.

**Intervalle de crédibilité à 95 %** (quantiles 2,5 % et 97,5 % de la Beta) :

```python
from scipy.stats import beta

post = beta(32, 1268)
print(post.mean())               # 0.0246
print(post.ppf([0.025, 0.975]))  # [0.0169, 0.0337]
```

Soit environ **[1,69 % ; 3,37 %]**. On peut dire directement : « il y a 95 % de probabilité que le vrai CTR soit entre 1,7 % et 3,4 % », ce qui est l'interprétation que les gens donnent souvent, à tort, à un intervalle de confiance fréquentiste.

Vous pouvez aussi calculer des probabilités utiles, par exemple P(CTR > 2 %) = `1 - post.cdf(0.02)`, qui vaut environ 0,86 ici.
"""),
        (H, r"""
Et si j'avais pris l'a priori plus fort, Beta(20, 980) ?
"""),
        (G, r"""
A posteriori : Beta(20 + 30, 980 + 1 170) = **Beta(50, 2 150)**

- moyenne : 50 / 2 200 ≈ **2,27 %**
- intervalle à 95 % : environ **[1,69 % ; 2,94 %]**

Comparaison :

| A priori | A posteriori | Moyenne | IC 95 % |
|---|---|---|---|
| Beta(2, 98) | Beta(32, 1 268) | 2,46 % | [1,69 % ; 3,37 %] |
| Beta(20, 980) | Beta(50, 2 150) | 2,27 % | [1,69 % ; 2,94 %] |

Avec l'a priori fort, l'estimation est tirée nettement plus vers 2 % et l'intervalle est plus étroit, puisque l'a priori « vaut » 1 000 impressions, presque autant que vos 1 200 observées. Formellement, la moyenne a posteriori est une moyenne pondérée :

E[p | données] = (poids_a priori × 2 % + n × 2,5 %) / (poids_a priori + n)

= (1 000 × 0,02 + 1 200 × 0,025) / 2 200 ≈ 2,27 %.

Si vous êtes vraiment sûr que cette bannière ressemble aux précédentes, c'est raisonnable. Sinon, l'a priori fort risque de masquer une vraie différence.
"""),
        (H, r"""
Comment vérifier que mon a priori n'influence pas trop les conclusions ?
"""),
        (G, r"""
Trois vérifications simples :

1. **Analyse de sensibilité** : refaites l'analyse avec plusieurs a priori (par exemple Beta(1, 1), Beta(2, 98), Beta(20, 980)) et regardez si la décision change. Si toutes mènent à la même conclusion, l'a priori n'est pas déterminant.
2. **Comparer les poids** : tant que α + β est petit devant n, les données dominent. Ici, 100 contre 1 200 est sans risque ; 1 000 contre 1 200 mérite justification.
3. **Vérification prédictive a priori** : simulez des CTR à partir de l'a priori seul, puis des nombres de clics pour 1 200 impressions, et vérifiez que ces simulations sont plausibles au regard de ce que vous connaissez du domaine.

Dans un rapport, montrez le tableau de sensibilité : c'est l'argument le plus convaincant.
"""),
    ],
))

# ---------------------------------------------------------------- 017
DIALOGUES.append(dlg(
    "k11b-017", "contradiction", "hi",
    "Contradiction: in turn 3 the assistant sets the monthly split at ₹10,000 to the emergency fund and ₹7,000 to the SIP; in turn 4 it says 'as we decided' the split is ₹12,000 and ₹5,000 and computes with those figures.",
    [
        (H, r"""
मेरी मासिक आय टैक्स के बाद ₹85,000 है। किराया ₹22,000 है, कार की EMI ₹8,000 है, और बाकी पैसा पता नहीं कहाँ चला जाता है। बजट कैसे बनाऊँ?
"""),
        (G, r"""
सबसे पहले यह जानना ज़रूरी है कि पैसा असल में कहाँ जा रहा है। एक शुरुआती तरीका यह है:

**1. दो महीने तक हर खर्च लिखें**
बैंक स्टेटमेंट, UPI ऐप और क्रेडिट कार्ड की हिस्ट्री से सारे लेन-देन निकालें और उन्हें श्रेणियों में बाँटें: किराया, EMI, राशन, बिजली-पानी-इंटरनेट, बाहर खाना, ऑनलाइन शॉपिंग, सब्सक्रिप्शन, यात्रा आदि। अक्सर छोटे-छोटे UPI भुगतान (चाय, फ़ूड डिलीवरी, कैब) मिलकर हर महीने ₹8,000–₹12,000 तक पहुँच जाते हैं।

**2. 50/30/20 नियम से तुलना करें**

| श्रेणी | हिस्सा | आपके लिए (₹85,000) |
|---|---|---|
| ज़रूरतें (किराया, EMI, राशन, बिल, बीमा) | 50% | ₹42,500 |
| इच्छाएँ (बाहर खाना, घूमना, शॉपिंग) | 30% | ₹25,500 |
| बचत और निवेश | 20% | ₹17,000 |

आपका किराया और EMI मिलाकर ₹30,000 है, यानी ज़रूरतों के हिस्से में राशन, बिल और बीमा के लिए लगभग ₹12,500 बचते हैं, जो ज़्यादातर शहरों में ठीक-ठाक है।

**3. "पहले खुद को भुगतान करें"**
वेतन आते ही ₹17,000 एक अलग बचत खाते में ऑटो-ट्रांसफ़र कर दें, ताकि बचत बचे हुए पैसे पर निर्भर न रहे।
"""),
        (H, r"""
आपातकालीन फंड कितना रखना चाहिए? मेरे ज़रूरी खर्च लगभग ₹45,000 महीना हैं।
"""),
        (G, r"""
सामान्य सलाह है कि आपातकालीन फंड **3 से 6 महीने के ज़रूरी खर्च** के बराबर हो। आपके मामले में:

- 3 महीने: 3 × ₹45,000 = **₹1,35,000**
- 6 महीने: 6 × ₹45,000 = **₹2,70,000**

अगर आपकी नौकरी स्थिर है और घर में कोई और भी कमाता है, तो 3 महीने से शुरुआत ठीक है। अगर आप अकेले कमाने वाले हैं या आपकी आय अनियमित है, तो 6 महीने का लक्ष्य रखें।

**पैसा कहाँ रखें:**
- **स्वीप-इन FD** वाला बचत खाता: ज़रूरत पड़ने पर तुरंत निकाल सकते हैं और ब्याज FD जितना मिलता है।
- **लिक्विड म्यूचुअल फंड**: आमतौर पर बचत खाते से थोड़ा बेहतर रिटर्न, और पैसा 1 कार्यदिवस में मिल जाता है।
- शेयर या इक्विटी फंड में **नहीं**, क्योंकि ज़रूरत के समय बाज़ार गिरा हुआ हो सकता है।

इस फंड को अपने रोज़मर्रा के खाते से अलग रखें, ताकि यह धीरे-धीरे खर्च न हो जाए।
"""),
        (H, r"""
अभी मेरे पास कोई फंड नहीं है। क्या मैं SIP शुरू करूँ या पहले आपातकालीन फंड पूरा करूँ?
"""),
        (G, r"""
दोनों साथ-साथ कर सकते हैं, लेकिन शुरुआत में ज़्यादा हिस्सा आपातकालीन फंड को दें। आपकी ₹17,000 की मासिक बचत को ऐसे बाँटें:

| कहाँ | हर महीने |
|---|---|
| आपातकालीन फंड (लिक्विड फंड / स्वीप-इन FD) | **₹10,000** |
| SIP (इंडेक्स फंड, जैसे Nifty 50) | **₹7,000** |

इस हिसाब से लगभग 13–14 महीनों में आप 3 महीने का फंड (₹1,35,000) पूरा कर लेंगे। उसके बाद SIP बढ़ा दें और बाकी फंड धीरे-धीरे 6 महीने तक ले जाएँ।

SIP जल्दी शुरू करने का फ़ायदा यह है कि आदत बन जाती है और कंपाउंडिंग का समय बढ़ता है। इंडेक्स फंड में खर्च अनुपात (expense ratio) कम होता है, इसलिए शुरुआत के लिए अच्छा विकल्प है। SIP की तारीख वेतन आने के 2–3 दिन बाद रखें।
"""),
        (H, r"""
इस योजना से 1 साल बाद मेरे पास कुल कितना पैसा होगा?
"""),
        (G, r"""
चलिए अनुमान लगाते हैं। जैसा हमने तय किया था, हर महीने **₹12,000 आपातकालीन फंड** में और **₹5,000 SIP** में जाएँगे।

**आपातकालीन फंड (12 महीने):**
- जमा: 12 × ₹12,000 = ₹1,44,000
- लिक्विड फंड में लगभग 6.5% सालाना रिटर्न मानें तो ब्याज लगभग ₹5,000
- कुल: लगभग **₹1,49,000**

यह 3 महीने के लक्ष्य (₹1,35,000) से थोड़ा ज़्यादा है, यानी साल के अंत से पहले ही पहला लक्ष्य पूरा हो जाएगा।

**SIP (12 महीने):**
- जमा: 12 × ₹5,000 = ₹60,000
- अगर इंडेक्स फंड पर 12% सालाना रिटर्न मानें, तो मूल्य लगभग ₹63,000–₹64,000 हो सकता है। लेकिन एक साल की अवधि में इक्विटी रिटर्न बहुत ऊपर-नीचे हो सकता है; यह −10% भी हो सकता है और +25% भी।

**कुल अनुमान:** लगभग **₹2,10,000–₹2,15,000**

ध्यान रखें कि लिक्विड फंड और इक्विटी फंड दोनों के रिटर्न पर टैक्स लगता है, इसलिए वास्तविक रकम थोड़ी कम हो सकती है।
"""),
    ],
))

# ---------------------------------------------------------------- 018
DIALOGUES.append(dlg(
    "k11b-018", "good", "en",
    "Good: five-turn payroll accounting help; correct FLSA overtime including a nondiscretionary bonus in the regular rate ($1,397.57), correct month-end accrual entries, accurate ASC 710 criteria, and a rightly short closing answer.",
    [
        (H, r"""
Hourly employee, $22/hour, worked 46 hours in one workweek. What's her gross pay?
"""),
        (G, r"""
Under the FLSA, hours over 40 in a workweek are paid at 1.5× the regular rate:

- Regular: 40 × $22 = $880.00
- Overtime: 6 × $33 (1.5 × $22) = $198.00
- **Gross: $1,078.00**
"""),
        (H, r"""
That same week she also earned a $300 production bonus, which we promised for hitting a unit target. Does that change the overtime?
"""),
        (G, r"""
Yes. A bonus promised in advance for meeting a target is **nondiscretionary**, and under the FLSA nondiscretionary bonuses must be included in the **regular rate** used for overtime. (Discretionary bonuses, where both the decision and the amount are at the employer's sole discretion and not announced beforehand, are excluded.)

The calculation for a bonus earned in a single week:

1. **Total straight-time compensation:** 46 hours × $22 + $300 = $1,012 + $300 = **$1,312.00**
2. **Regular rate:** $1,312 ÷ 46 hours = **$28.5217** per hour
3. **Overtime premium:** the straight time for all 46 hours is already in step 1, so only the extra half-time is owed on the 6 overtime hours: 0.5 × $28.5217 × 6 = **$85.57**
4. **Gross pay:** $1,312.00 + $85.57 = **$1,397.57**

Compare with the naive approach of $1,078 + $300 = $1,378.00: the difference of **$19.57** is overtime you'd owe and would otherwise underpay. It looks small, but in a Department of Labor audit it gets multiplied across every employee and week, plus potentially equal liquidated damages.

If a bonus covers a longer period (say a quarterly bonus), you allocate it across the weeks it was earned and recompute the overtime premium for each week that had overtime, typically as a true-up when the bonus is paid.

Also note that state law can be stricter; California, for example, has daily overtime over 8 hours.
"""),
        (H, r"""
Different question. Our month ends on a Wednesday, but the weekly payroll covering Monday–Friday is paid the following Monday. How do I accrue wages at month-end?
"""),
        (G, r"""
You accrue the wages **earned but not yet paid** at month-end, so the expense lands in the month the work was done.

**Example:** weekly gross payroll for Monday–Friday is $18,500. Month-end is Wednesday, so three of five workdays fall in the current month:

$18,500 × 3/5 = **$11,100** of accrued wages

You should also accrue the employer's payroll taxes on those wages. With employer FICA at 7.65%: $11,100 × 7.65% = **$849.15** (add FUTA/SUTA if employees haven't yet reached the wage bases).

**Month-end entries (Wednesday):**

| Account | Debit | Credit |
|---|---|---|
| Wages Expense | 11,100.00 | |
| Accrued Wages Payable | | 11,100.00 |
| Payroll Tax Expense | 849.15 | |
| Accrued Payroll Taxes Payable | | 849.15 |

**First day of the next month:** post **reversing entries** (debit the payables, credit the expenses). Then when you run the normal payroll the following Monday, record it exactly as usual for the full $18,500. The reversal and the full entry net to $7,400 of wage expense in the new month, which is the two days (Thursday and Friday) actually worked in it.

Reversing entries mean whoever processes payroll doesn't have to remember to split anything. If hours vary a lot week to week, base the accrual on timesheets through Wednesday instead of a 3/5 fraction.
"""),
        (H, r"""
Should we also accrue unused vacation time?
"""),
        (G, r"""
Under US GAAP (ASC 710, compensated absences) you must accrue vacation when **all four** conditions are met:

1. The obligation relates to services employees have **already rendered**.
2. The rights **vest or accumulate** (carry over to future periods).
3. Payment is **probable**.
4. The amount can be **reasonably estimated**.

Most vacation policies where unused days carry over or are paid out at termination meet all four, so yes, you'd accrue. If your policy is strictly "use it or lose it" at year-end with no payout, the accrual at year-end is zero, though you may still have balances to accrue at interim month-ends.

**How to compute:** hours of accrued, unused vacation × each employee's current pay rate (plus the employer payroll taxes that will apply when paid). For example, 10 employees averaging 32 hours each at an average $30/hour is 320 × $30 = $9,600, plus 7.65% FICA ≈ $734, so about $10,334.

The entry is a debit to Wages Expense (or Vacation Expense) and a credit to Accrued Vacation Payable, adjusted each month to the new balance. Sick leave that accumulates but doesn't vest doesn't have to be accrued under ASC 710, though you may choose to.

Also check your state: a few, notably California, treat earned vacation as wages that must be paid out at termination, which effectively forces vesting.
"""),
        (H, r"""
Last, very briefly: the main difference between a W-2 employee and a 1099 contractor?
"""),
        (G, r"""
It comes down to **control**: if you control what work is done *and how* it's done, the worker is generally an employee. For W-2 employees you withhold income tax and FICA and pay employer taxes; for 1099 contractors you withhold nothing and report payments on Form 1099-NEC. Misclassifying an employee as a contractor can bring back taxes, penalties and interest.
"""),
    ],
))

# ---------------------------------------------------------------- 019
DIALOGUES.append(dlg(
    "k11b-019", "leakage", "en",
    "Leakage (subtle): the turn-4 reply opens with a generation-scaffold header ('Answer draft v2 - persona: patient mentor; must include one code sample; target 220 words') before the actual explanation.",
    [
        (H, r"""
Rust borrow checker again. Why is this an error (E0502)?

```rust
let mut scores = vec![10, 20, 30];
let first = &scores[0];
scores.push(40);
println!("{}", first);
```
"""),
        (G, r"""
`first` is an immutable borrow into the vector's heap buffer, and it's still alive at the `println!`. In between, `scores.push(40)` needs a mutable borrow of `scores`. Rust forbids a mutable borrow while an immutable one is live.

This isn't just pedantry. `push` may need more capacity; when that happens, `Vec` allocates a new, larger buffer, copies the elements over, and frees the old one. `first` would then point into freed memory: a classic use-after-free that C++ happily lets you write.

Fixes, depending on intent:

```rust
// 1. Copy the value out (i32 is Copy), so there's no borrow at all
let first = scores[0];
scores.push(40);
println!("{}", first);

// 2. Finish using the borrow before mutating
let first = &scores[0];
println!("{}", first);
scores.push(40);
```

Thanks to non-lexical lifetimes, option 2 compiles: the borrow ends after its last use, not at the end of the block.
"""),
        (H, r"""
And this one? I want to add doubled copies of large scores:

```rust
for s in &scores {
    if *s > 15 {
        scores.push(*s * 2);
    }
}
```
"""),
        (G, r"""
Same rule: the `for` loop holds an immutable borrow of `scores` (through the iterator) for the entire loop, so you can't `push` inside it. And again the rule protects you: pushing could reallocate the buffer the iterator is walking.

Two idiomatic fixes:

**Collect first, then extend** (clearest):

```rust
let extra: Vec<i32> = scores
    .iter()
    .filter(|&&s| s > 15)
    .map(|&s| s * 2)
    .collect();
scores.extend(extra);
```

**Index loop over the original length** (no extra allocation):

```rust
let n = scores.len();
for i in 0..n {
    if scores[i] > 15 {
        let doubled = scores[i] * 2;
        scores.push(doubled);
    }
}
```

Each iteration borrows only briefly: `scores[i]` is read and copied, then the borrow ends before `push`. Capturing `n` up front also means you never visit the newly pushed elements; a `while i < scores.len()` loop would keep finding new large values and never terminate.

With `vec![10, 20, 30]`, both versions give `[10, 20, 30, 40, 60]`.
"""),
        (H, r"""
What if I want to double them in place instead of appending?
"""),
        (G, r"""
Use a mutable iterator, which gives you `&mut i32` to each element:

```rust
for s in scores.iter_mut() {   // or: for s in &mut scores
    if *s > 15 {
        *s *= 2;
    }
}
```

`[10, 20, 30]` becomes `[10, 40, 60]`. This works because only one mutable borrow exists at a time, and nothing changes the vector's length.
"""),
        (H, r"""
Now a struct problem. The fields are different, so why does this fail?

```rust
struct Inventory {
    items: Vec<String>,
    log: Vec<String>,
}

impl Inventory {
    fn first(&self) -> &String { &self.items[0] }
    fn record(&mut self, msg: &str) { self.log.push(msg.to_string()); }
}

let f = inv.first();
inv.record(f);
```
"""),
        (G, r"""
Answer draft v2 — persona: patient mentor; must include one code sample; target 220 words.

The compiler doesn't look inside method bodies when checking a call site; it only looks at signatures. `first(&self) -> &String` says "the returned reference borrows **all of** `self`", and `record(&mut self, ...)` says "I need exclusive access to **all of** `self`". So while `f` is alive, `inv` as a whole is immutably borrowed, and `record` can't get its `&mut self`. The fact that the two methods touch different fields is invisible at that level.

Ways to fix it:

```rust
// 1. Clone the value, ending the borrow immediately
let f = inv.first().clone();
inv.record(&f);

// 2. Access fields directly: the borrow checker DOES track disjoint fields
//    within a single function body
let f = &inv.items[0];
inv.log.push(f.to_string());

// 3. Make the helper operate on the field it actually needs
fn record(log: &mut Vec<String>, msg: &str) {
    log.push(msg.to_string());
}
record(&mut inv.log, &inv.items[0]);
```

Option 2 and 3 compile because the compiler can see that `inv.items` and `inv.log` are separate places. If you hit this pattern often, it's a hint that the struct could be split into smaller pieces with their own methods.
"""),
        (H, r"""
When should I reach for `Rc<RefCell<T>>` instead of fighting the borrow checker?
"""),
        (G, r"""
When you genuinely have **shared ownership plus mutation** in single-threaded code, and restructuring the data wouldn't make it simpler. Typical cases:

- Graph-like structures where several nodes point to the same node (a tree whose children need access to a shared parent or a shared cache).
- GUI widgets or observer/callback systems where multiple handlers update the same state.
- Prototyping, when you're still discovering the ownership structure.

What each part does:
- `Rc<T>` gives multiple owners of one value, freed when the last `Rc` is dropped.
- `RefCell<T>` moves borrow checking to **runtime**: `.borrow()` and `.borrow_mut()` enforce the same "many readers or one writer" rule, but a violation **panics** (`BorrowMutError`) instead of failing to compile.

The costs: reference counting overhead, panics instead of compile errors, and reference cycles leak memory unless you break them with `Weak<T>`.

For threads, the equivalents are `Arc<Mutex<T>>` or `Arc<RwLock<T>>`.

My rule of thumb: try first to restructure (split structs, pass the specific field, use indices into a `Vec` instead of references). If the design really is "many owners, each occasionally mutating", `Rc<RefCell<T>>` is the honest expression of that.
"""),
    ],
))

# ---------------------------------------------------------------- 020
DIALOGUES.append(dlg(
    "k11b-020", "placeholder", "zh",
    "Placeholder: in turn 2 the explanation of alpha-thalassemia leaves an unfilled slot '【待补充：基因名称】' where the genes (HBA1/HBA2) should be named.",
    [
        (H, r"""
我和老公孕前检查都查出是 α 地中海贫血携带者，报告上写的都是 --SEA/αα。我们的孩子会怎么样？
"""),
        (G, r"""
先别太紧张，这种情况很常见，尤其在华南地区，而且有成熟的应对办法。

--SEA/αα 的意思是：您的一条 16 号染色体上的两个 α 珠蛋白基因都缺失了（东南亚型缺失，简称 SEA），另一条染色体是正常的（αα）。这叫**标准型（轻型）α 地贫携带者**，通常没有症状，或只有轻度小细胞低色素，不需要治疗。

α 地贫按**常染色体隐性**方式遗传。每次怀孕，孩子从父母各得到一条染色体：

| | 父亲 --SEA | 父亲 αα |
|---|---|---|
| **母亲 --SEA** | --SEA/--SEA | --SEA/αα |
| **母亲 αα** | --SEA/αα | αα/αα |

所以**每一胎**的概率都是：

- **25%**：--SEA/--SEA，四个 α 基因全部缺失，即**重型 α 地贫（Hb Bart's 胎儿水肿综合征）**。胎儿通常在孕中晚期或出生后不久死亡，而且孕妇发生妊娠高血压、子痫前期等并发症的风险也会明显升高。
- **50%**：--SEA/αα，和你们一样是携带者，健康。
- **25%**：αα/αα，完全正常。

要注意这是每一胎独立的概率，上一胎正常不会改变下一胎的风险。建议你们尽快做一次正式的遗传咨询，医生会根据具体情况讲解怀孕前后可以做的检查。
"""),
        (H, r"""
为什么叫“缺失”？α 地贫和 β 地贫有什么不一样？
"""),
        (G, r"""
血红蛋白由两条 α 链和两条 β 链组成，两种地贫分别是这两种链的合成出了问题。

**α 地贫**
- α 珠蛋白由位于 16 号染色体上的【待补充：基因名称】编码。每条 16 号染色体上有两个 α 基因，所以正常人一共有 **4 个** α 基因（αα/αα）。
- 大多数 α 地贫是**基因缺失**造成的：一段 DNA 整段丢失，把一个或两个 α 基因一起删掉了。SEA 型缺失会同时删掉同一条染色体上的两个基因，所以写成“--”。
- 严重程度取决于缺失的基因个数：缺 1 个（静止型，-α/αα）几乎没有表现；缺 2 个（标准型，如 --SEA/αα）轻度贫血或无症状；缺 3 个（--/-α）是 **HbH 病**，中度贫血；缺 4 个就是 Hb Bart's 水肿胎。

**β 地贫**
- β 珠蛋白由 **11 号染色体上的 HBB 基因**编码，每人只有 **2 个** β 基因（每条 11 号染色体一个）。
- β 地贫大多是**点突变**（个别碱基改变），而不是大片段缺失，所以需要用测序或突变检测来诊断。
- 两个 β 基因都严重受损会导致**重型 β 地贫**，孩子出生后几个月开始出现严重贫血，需要长期输血或造血干细胞移植。

还有一点很重要：α 地贫携带者和 β 地贫携带者结婚，孩子**不会**得重型地贫，因为是两种不同的基因。真正需要警惕的是夫妻双方是**同一类型**的携带者，就像你们这样。
"""),
        (H, r"""
如果怀孕了，可以做哪些检查来知道孩子是不是重型？
"""),
        (G, r"""
可以通过**产前诊断**在孕早中期明确，主要有以下几种：

| 方法 | 时间 | 说明 |
|---|---|---|
| 绒毛取样（CVS） | 孕 11–14 周 | 最早能得到确定结果，取胎盘绒毛做基因检测；流产风险约 0.5%–1% |
| 羊膜腔穿刺 | 孕 16–22 周 | 最常用，取羊水中的胎儿细胞；流产风险约 0.1%–0.3% |
| 脐血穿刺 | 孕 22 周以后 | 用于较晚发现或需要复查的情况 |

此外，**超声检查**可以辅助：重型 α 地贫的胎儿从孕中期开始常常出现心胸比增大、胎盘增厚、大脑中动脉血流速度升高等迹象，晚些时候出现水肿。但超声只能提示，不能替代基因诊断。

如果产前诊断确认是 --SEA/--SEA，医生会和你们讨论终止妊娠的选择，因为这种情况一般无法存活，而且继续妊娠对母亲的风险很大。携带者或正常的结果则可以正常继续孕期保健。

建议在确认怀孕后尽早到有产前诊断资质的医院建档，提前预约检查时间。
"""),
        (H, r"""
听说还可以做第三代试管（PGT），大概是什么流程？
"""),
        (G, r"""
对，这就是**胚胎植入前单基因病遗传学检测（PGT-M）**，可以在怀孕前就避开重型地贫，不用面对孕中期终止妊娠的选择。大致流程如下：

1. **遗传咨询与评估**：确认夫妻双方的基因型（--SEA），检查女方卵巢功能等。
2. **前期实验室准备**：实验室用夫妻双方（有时还需要父母）的 DNA 建立检测方案，通常需要几周。
3. **促排卵与取卵**：注射促排卵药物约 10–14 天，然后在超声引导下取卵。
4. **ICSI 受精**：单精子注射受精，避免其他精子的 DNA 污染检测结果。
5. **胚胎培养与活检**：培养到第 5–6 天的囊胚，从外层取几个细胞做检测，胚胎冷冻保存。
6. **检测与选择**：排除 --SEA/--SEA 的胚胎，优先选择正常或携带者胚胎。
7. **解冻移植**：通常在之后的月经周期进行。

需要注意：
- 费用明显高于普通试管，每个周期一般需要数万元，不同地区和医院差别较大。
- 不是每个周期都能得到可移植的胚胎，可能需要多个周期。
- 即使做了 PGT-M，**怀孕后仍建议做产前诊断确认**，因为活检检测存在很小的误诊可能。

具体能否做、在哪里做，需要到有 PGT 资质的生殖中心咨询。
"""),
    ],
))
