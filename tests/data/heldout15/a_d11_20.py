# Dialogues m15a-011 .. m15a-020
H = "human"
G = "gpt"

DIALOGUES = []

# ---------------------------------------------------------------- 011
DIALOGUES.append(dict(
    id="m15a-011", label="bad_length", language="en",
    note="Bad length: turn 2 reply is an evasive one-liner ('It depends on your situation.') to a specific question about S-corp break-even and savings at $90k profit.",
    turns=[
        (H, """I'm a freelance UX designer in Texas. Last year I made about $90,000 in profit as a sole proprietor. A friend says I should form an LLC. Is that worth it?"""),
        (G, """For a freelancer at your level, an LLC is usually worth it, but mainly for liability and professionalism, not taxes. On its own, a single-member LLC doesn't change your federal taxes at all: by default the IRS treats it as a "disregarded entity," so you still file Schedule C and pay self-employment tax just as you do now.

**What an LLC does give you**
- **Liability separation.** If a client sues the business, your personal assets (home, personal savings) are generally protected, provided you keep business and personal finances separate. It doesn't protect you from your own professional negligence, which is why many designers also carry professional liability (E&O) insurance.
- **Credibility.** Some larger clients prefer, or require, contracting with a business entity.
- **Flexibility later.** An LLC can elect to be taxed as an S corporation, which is where real tax savings can come in at higher profit levels.

**Costs in Texas**
- Certificate of Formation filing fee: $300.
- Texas has no state income tax, but LLCs are subject to the franchise tax. Businesses under the no-tax-due revenue threshold (currently $2.47 million) owe no franchise tax, though you still need to file the required report each year.
- Optional registered agent service: about $50–$150 a year if you don't want to use your own address.

**What you'd need to do**
1. File the Certificate of Formation with the Texas Secretary of State.
2. Get an EIN from the IRS (free, online, in minutes).
3. Open a business bank account and run all income and expenses through it.
4. Update your contracts and invoices with the LLC name.

For $300 and a bit of admin, the liability protection alone is usually a good deal."""),
        (H, """My friend also mentioned an S-corp election. At what profit level does that usually start to make sense, and roughly how much would I save at $90,000 profit?"""),
        (G, """It depends on your situation."""),
        (H, """OK. If I do form the LLC, what records do I need to keep to stay organised and protect that liability shield?"""),
        (G, """Good records do two jobs: they make taxes easy, and they show that the LLC is genuinely separate from you, which is what keeps the liability protection strong. Here's what to keep:

**Money records**
- **Business bank account and card only for business.** Don't pay personal bills from them. If you need money for yourself, transfer it to your personal account as an "owner's draw" and record it.
- **Bookkeeping software** such as QuickBooks Self-Employed, Wave or Xero, connected to the business account. Categorise transactions at least monthly.
- **Receipts** for every business expense, however small. Snap photos in the app so they're attached to the transaction.
- **Invoices and payment records** for every client, plus any 1099-NEC forms you receive.
- **Mileage log** if you drive to client meetings: date, destination, purpose, miles.

**Legal and company records**
- **Certificate of Formation and EIN confirmation letter.**
- **Operating agreement.** Texas doesn't require one for a single-member LLC, but having a simple signed one helps show the LLC is a real separate entity.
- **Contracts** signed in the LLC's name, e.g. "Jordan Lee Design LLC," not your personal name.
- **Franchise tax reports** filed each year with the Texas Comptroller.

**How long to keep them**
The IRS generally can audit returns within three years, and up to six years in some cases, so keep tax records for at least seven years to be safe. Keep formation documents and the operating agreement permanently.

Set a recurring 30-minute block each month to reconcile the account. It's far easier than reconstructing a year of transactions in April."""),
    ]))

# ---------------------------------------------------------------- 012
DIALOGUES.append(dict(
    id="m15a-012", label="good", language="ja",
    note="Good: 新任リーダーが年上の部下との対立に悩む相談。1on1の進め方、伝え方、記録、上司への相談まで4ターンで具体的かつ一貫した助言。",
    turns=[
        (H, """今年の4月からチームリーダーになりました（32歳）。チームは5人で、その中に15年以上勤めている50代の先輩社員がいます。私が決めた進め方に会議では反対しないのに、実際には以前のやり方で作業を続けていて、締め切りも2回遅れました。どう対応すればいいでしょうか。"""),
        (G, """新任リーダーが年上のベテラン社員との関係で悩むのは、とてもよくあることです。まず大事なのは、「言うことを聞かない人」と決めつけずに、**なぜ以前のやり方を続けているのか**を知ることです。会議で反対しないのに実行しない場合、次のような理由がよくあります。

- 新しいやり方のメリットが本人には見えていない
- 会議の場で年下のリーダーに反対するのを遠慮している
- 長年のやり方を否定されたと感じている
- 新しいやり方で何か困ることがある（ツールに慣れていない等）

**おすすめの進め方**

1. **1対1で話す場を作る**
会議ではなく、30分ほどの1on1を設定します。場所は会議室など、周りに聞かれない所が良いでしょう。

2. **事実から入る**
「2回締め切りに遅れたこと」と「手順が以前のままだったこと」を、責める口調ではなく事実として伝えます。

3. **意見を先に聞く**
「新しい進め方について、正直どう思っていますか」「やりにくい点はありますか」と聞き、まずは最後まで聞きます。ベテランの指摘には、実際に役立つ改善点が含まれていることも多いです。

4. **期待を明確にする**
聞いた上で、取り入れられる点は取り入れ、変えられない部分は理由とともに「ここは新しい手順でお願いします」とはっきり伝えます。

年齢や経験への敬意を示しつつ、チームの方針を決めるのはリーダーの役割だという点はぶらさないことが大切です。"""),
        (H, """1on1で具体的にどんな言い方をすればいいですか？失礼にならず、でも曖昧にならないようにしたいです。"""),
        (G, """ポイントは「敬意」と「明確さ」を両立させることです。以下のような流れで話してみてください。

**① 始め方（目的を伝える）**
「山田さん、お忙しいところありがとうございます。今日は新しい進め方について、山田さんの率直な意見を伺いたくて時間をいただきました。」

**② 事実を伝える**
「先月の報告書と今月の見積もりの2件で、締め切りが遅れてしまいました。どちらも以前の手順で進めていただいていたと聞いています。」
※「なぜ守らないんですか」のような問い詰める言い方は避けます。

**③ 意見を聞く**
「新しい手順について、やりにくい点や、前の方がいいと思う点があれば教えていただけますか。山田さんの経験から見て気になるところを知りたいです。」

**④ 受け止める**
「なるほど、確認の二度手間になるという点は確かにそうですね。そこは改善を検討します。」

**⑤ 期待をはっきり伝える**
「ただ、チーム全体で進捗を共有するために、共有シートへの入力は新しい手順でお願いしたいです。来月の案件からお願いできますか。」

**⑥ 合意を確認する**
「では、来月からは共有シートに入力していただき、困ったことがあればすぐ私に声をかけてください。2週間後にもう一度、うまくいっているか確認させてください。」

最後に「お願いできますか」と聞いて、本人の口から「わかりました」を引き出すことが大切です。会議で黙っているのとは違い、1対1で自分の言葉で合意すると、実行につながりやすくなります。"""),
        (H, """もしそれでも変わらなかった場合に備えて、何か記録しておいたほうがいいですか？"""),
        (G, """はい、記録は今から残しておくことをおすすめします。相手を追い詰めるためではなく、後で上司や人事に相談する際に、感情ではなく事実で説明できるようにするためです。

**記録しておくこと**
- **日付と内容**：1on1の日時、話した内容、合意したこと（例：「5月20日、来月から共有シートに入力することで合意」）
- **実際の結果**：締め切りに間に合ったか、手順どおりだったか
- **影響**：遅れによってチームや顧客にどんな影響が出たか（例：「見積もり提出が2日遅れ、営業担当が顧客に謝罪」）
- **自分が行ったサポート**：手順の説明、ツールの使い方の共有など

**記録のコツ**
- 当日中に、事実だけを簡潔に書く（「やる気がない」などの評価や推測は書かない）
- 1on1の後は、合意内容を短いメールやチャットで本人にも送っておく
  例：「本日はありがとうございました。来月から共有シートへの入力をお願いすること、2週間後に振り返りをすることを確認させてください。」

こうしておくと、認識のずれを防げるうえ、本人にとっても何を期待されているかが明確になります。"""),
        (H, """2週間後の振り返りでも改善が見られなかったら、上司に相談すべきでしょうか。その場合どう伝えればいいですか。"""),
        (G, """はい、その段階で上司に相談するのが適切です。リーダーとして自分で対応を試み、記録も残しているので、「丸投げ」ではなく「相談」として受け取ってもらえます。

**伝える前の準備**
- これまでの経緯を時系列で1枚にまとめる（締め切り遅れ2回、1on1の日付と合意内容、振り返りの結果）
- 業務への具体的な影響
- 自分が考えている次の一手（例：上司同席での面談、担当業務の調整など）

**伝え方の例**
「山田さんの件でご相談させてください。新しい進め方について、5月に1on1で意見を聞いたうえで、共有シートへの入力をお願いし、本人にも合意してもらいました。ただ、2週間後の振り返りでも以前の手順が続いており、今月も見積もりが1日遅れました。私としては、次は部長にも同席いただいて、期待する役割を改めて伝える場を設けたいと考えています。ご意見をいただけますか。」

**大事なポイント**
- 批判や人格の話ではなく、事実と影響を中心に話す
- 「どうしたらいいですか」ではなく、自分の案を持って行く
- 山田さんの強みや貢献にも触れる（例：「顧客対応の知識は本当に頼りにしています」）

上司は、あなたが公平に対応しているかどうかも見ています。これまでの丁寧な対応と記録があれば、あなたのリーダーとしての評価が下がることはなく、むしろ信頼につながるはずです。"""),
    ]))

# ---------------------------------------------------------------- 013
DIALOGUES.append(dict(
    id="m15a-013", label="repetition", language="en",
    note="Repetition: in turn 5 the user re-asks, almost verbatim, the abandoned-cart email timing/content question already answered in turn 2, and the assistant answers it again.",
    turns=[
        (H, """I run a Shopify store selling handmade leather wallets and belts. I get about 4,000 visitors a month but my conversion rate is only 1.1%. Where should I start improving?"""),
        (G, """At 4,000 visitors and 1.1%, you're making about 44 sales a month. Typical conversion rates for small e-commerce stores are around 1.5–3%, so getting to 2% would nearly double your orders without any extra traffic. Start by finding where people drop off.

**1. Check your funnel in Shopify Analytics**
Look at the "Conversion rate breakdown": sessions → added to cart → reached checkout → completed.
- If few people add to cart, the problem is the **product page** (photos, price, trust).
- If many add to cart but don't check out, it's usually **shipping costs or surprises at checkout**.
- If they reach checkout but don't complete, look at **payment options** and form friction.

**2. Quick wins that usually help leather goods stores**
- **Set up abandoned cart emails.** Typically recovers 5–10% of abandoned carts.
- **Show shipping costs early**, ideally a free-shipping threshold on the product page.
- **Better photos**: close-ups of stitching and edges, the wallet in a hand, a ruler for size, what it looks like after a year of use.
- **Reviews with photos** on every product page.
- **Express checkout**: Shop Pay, Apple Pay and PayPal.

**3. Check mobile**
Most of your traffic is probably mobile. Go through the whole purchase on your phone. Slow image loading and tiny "Add to cart" buttons are common problems.

Start with the funnel data. It tells you which of these to do first."""),
        (H, """The data says 9% add to cart but only 3% reach checkout, so a lot of people abandon their cart. How should I set up abandoned cart emails: when should they be sent and what should they say?"""),
        (G, """A three-email sequence works well for handmade products at your price range. Shopify has a built-in abandoned checkout email, but a flow in Shopify Email or Klaviyo gives you more control.

**Important:** these emails only reach shoppers who entered an email address (usually at checkout). Since most of your drop-off is between cart and checkout, also consider an email capture earlier, e.g. a 10%-off sign-up pop-up.

**Email 1 – 1 hour after abandonment: a reminder**
- Subject: "Still thinking about your wallet?"
- Product photo, name and price, with a clear button back to the cart.
- One line about craftsmanship: "Hand-stitched in our workshop from full-grain vegetable-tanned leather."
- No discount yet. Many people simply got distracted.

**Email 2 – 24 hours: answer objections**
- Subject: "Made to last for decades"
- Address the usual hesitations: how the leather ages, your returns policy, shipping times, and a warranty if you offer one.
- Include 2–3 customer reviews with photos.

**Email 3 – 48–72 hours: a gentle incentive**
- Subject: "A little something to help you decide"
- A modest incentive: free shipping or 10% off, valid for 48 hours.
- Keep it short.

**Tips**
- Send from a real person's name rather than a no-reply address. As a maker, your own name works best.
- Track the recovery rate. A good sequence typically recovers 5–10% of abandoned carts.
- Don't give a discount in the first email, or customers learn to abandon carts on purpose."""),
        (H, """Thanks. Should I offer free shipping? Right now I charge a flat $6.95 and my average order is about $68."""),
        (G, """Unexpected shipping costs are one of the most common reasons people abandon carts, so it's worth testing. Rather than making all shipping free, use a **free-shipping threshold** set a little above your average order value:

- Average order: $68
- Threshold: **$75** (about 10% above AOV)

That encourages people to add a small item (a keychain, a card holder or leather care balm) to qualify, which raises your order value while covering the shipping cost.

**The maths**
If shipping costs you about $5 per order, and the threshold lifts average order value by even $8–10, you roughly break even on the shipping you absorb, before counting the extra conversions.

**How to implement it**
- Add a free-shipping bar at the top of the site: "Free US shipping on orders over $75."
- Show progress in the cart: "You're $7 away from free shipping."
- Create a few "add-on" products under $15 and show them in the cart.

**Alternative:** build shipping into the price. Raise prices by $4–5 and offer free shipping on everything. For premium handmade goods this often works well, because the customer sees one clean price.

Test one option for 4–6 weeks and compare conversion rate and average order value with your current numbers."""),
        (H, """What else can I improve on the product pages themselves?"""),
        (G, """Product pages are where your 9% add-to-cart rate can improve. For handmade leather goods, focus on:

1. **Photos (the biggest lever)**
   - 6–8 images per product: front, back, open, inside pockets, close-up of stitching and edges.
   - Lifestyle shots: the wallet in a hand or a back pocket, the belt being worn.
   - A size reference: next to a credit card or phone.
   - A "patina" photo showing how the leather looks after a year of use.
2. **Description**
   - Lead with benefits, then specs: "Slim enough for a front pocket, holds 6 cards and folded cash."
   - Specs list: dimensions, leather type, thread, hardware, weight.
   - Your story in 2–3 sentences: who makes it and how.
3. **Trust signals near the Add to Cart button**
   - Reviews with star rating and photos.
   - Warranty ("10-year stitching guarantee" if you can stand behind it).
   - Returns policy and shipping time in one line.
4. **Options and personalisation**
   - If you offer monogramming, show a preview. Personalisation often increases conversion and justifies higher prices.
5. **Speed**
   - Compress images and keep the page loading in under 3 seconds on mobile.

Change one or two things at a time so you can see what actually moves the numbers."""),
        (H, """How should I set up the abandoned cart emails? When should they be sent and what should they say?"""),
        (G, """Use a sequence of three emails, set up in Shopify Email or Klaviyo for more control than the built-in abandoned checkout email.

**Email 1 – about 1 hour after abandonment**
- Subject: "Still thinking about your wallet?"
- Show the product photo, name and price, with a button back to the cart.
- Add a line about how it's made: hand-stitched, full-grain vegetable-tanned leather.
- Don't include a discount yet; many people were just distracted.

**Email 2 – after 24 hours**
- Subject along the lines of "Made to last for decades."
- Handle objections: how the leather ages, returns, shipping times, warranty.
- Add 2–3 customer reviews with photos.

**Email 3 – after 48–72 hours**
- Subject: "A little something to help you decide."
- Offer free shipping or 10% off, valid for 48 hours.
- Keep it brief.

**Tips**
- Send it from a real person's name.
- Remember these only reach people who've entered an email address, so add an early email capture too.
- Track recovery; 5–10% of abandoned carts is a good result.
- Avoid discounts in the first email so customers don't learn to wait for one."""),
    ]))

# ---------------------------------------------------------------- 014
DIALOGUES.append(dict(
    id="m15a-014", label="leakage", language="he",
    note="Leakage: תשובת העוזר בתור 1 נפתחת בשורת מטא של מחולל הנתונים ('תשובה לשאלת המשתמש 1, בטון מקצועי ותומך כפי שהונחה, כ-200 מילים:').",
    turns=[
        (H, """יש לי ראיון בשבוע הבא לתפקיד מנהלת מוצר בחברת סטארט-אפ בתחום הפינטק. אני מגיעה מרקע של ארבע שנים כאנליסטית נתונים באותו תחום. איך כדאי לי להתכונן?"""),
        (G, """תשובה לשאלת המשתמש 1, בטון מקצועי ותומך כפי שהונחה, כ-200 מילים:

הרקע שלך כאנליסטית נתונים בפינטק הוא יתרון אמיתי למעבר לניהול מוצר, במיוחד בסטארט-אפ. כדאי להתכונן בארבעה תחומים:

**1. הכירי את המוצר לעומק**
הירשמי למוצר (אם אפשר), עברי על תהליך ההצטרפות, וכתבי שלושה דברים שעובדים טוב ושלושה שהיית משפרת. הסבירי כל הצעה במונחים של השפעה על המשתמש ועל המדדים.

**2. הכיני סיפורים מהניסיון שלך**
בחרי 4–5 דוגמאות בפורמט STAR (מצב, משימה, פעולה, תוצאה): פעם שניתוח שלך שינה החלטה מוצרית, פעם שעבדת עם מפתחים, פעם שהיה לך חוסר הסכמה עם בעל עניין, ופעם שטעית ולמדת.

**3. תרגלי שאלות מוצר**
שאלות נפוצות: "איך היית משפרת את המוצר שלנו?", "איך היית מתעדפת בין שלוש בקשות?", "איזה מדד היית בוחרת כדי למדוד הצלחה של פיצ'ר חדש?". השתמשי במסגרת פשוטה: מי המשתמש, מה הבעיה, אילו פתרונות אפשריים, איך נמדוד הצלחה.

**4. הבנת התחום**
היי מוכנה לדבר על רגולציה (למשל אימות זהות והלבנת הון), אבטחת מידע ואמון משתמשים, נושאים קריטיים בפינטק.

הדגישי בראיון שאת יודעת לקבל החלטות על בסיס נתונים, ושאת רוצה להיות זו שמגדירה את השאלות, ולא רק מנתחת אותן."""),
        (H, """איך עונים על השאלה "למה את רוצה לעבור מניתוח נתונים לניהול מוצר?" בלי שזה יישמע כאילו אני בורחת מהתפקיד הנוכחי?"""),
        (G, """המפתח הוא למסגר את המעבר כהמשך טבעי, ולא כבריחה. כלומר: לדבר על מה שמושך אותך לניהול מוצר, ולא על מה שמפריע לך בתפקיד הנוכחי.

**מבנה מומלץ (כדקה אחת):**
1. **מה גיליתי בתפקיד הנוכחי:** שהחלק שהכי מעניין אותך הוא הרגע שבו הניתוח הופך להחלטה.
2. **דוגמה קונקרטית:** מקרה שבו התובנה שלך השפיעה על המוצר.
3. **למה ניהול מוצר ולמה עכשיו:** את רוצה להיות אחראית על ההחלטה ועל התוצאה, לא רק על הניתוח.

**דוגמה:**
"בארבע השנים האחרונות עבדתי כאנליסטית נתונים בחברת תשלומים. גיליתי שהחלק שאני הכי אוהבת הוא לא בניית הדוחות עצמם, אלא השיחה שאחריהם: מה עושים עם זה. למשל, ניתחתי את תהליך ההרשמה ומצאתי ש-35% מהמשתמשים נוטשים בשלב אימות הזהות. הצעתי לפצל את השלב לשניים, עבדתי עם צוות המוצר על הבדיקה, והנטישה ירדה ל-22%. מאז אני מוצאת את עצמי יותר ויותר בתפקיד של מי שמגדירה את הבעיה ומתעדפת את הפתרון, ואני רוצה שזה יהיה התפקיד שלי באופן מלא."

**מה להימנע ממנו:**
- ביקורת על המנהל או החברה הנוכחית
- משפטים כמו "נמאס לי מ-SQL"
- תשובה כללית בלי דוגמה

התאימי את המספרים לדוגמה אמיתית מהעבודה שלך. דוגמה עם תוצאה מדידה שווה יותר מכל הסבר."""),
        (H, """ואם ישאלו אותי שאלת תיעדוף, למשל "יש לך שלושה פיצ'רים ורק ספרינט אחד, מה תבחרי?" איך כדאי לגשת לזה?"""),
        (G, """בשאלות כאלה המראיינים בודקים בעיקר את דרך החשיבה שלך, ולא את "התשובה הנכונה". לכן חשוב לחשוב בקול ולהראות תהליך מסודר.

**שלב 1 – שאלי שאלות הבהרה**
"מה היעד של הרבעון? צמיחה, שימור או הכנסות?", "יש מגבלות רגולטוריות או התחייבויות ללקוחות?" בפינטק, דרישה רגולטורית עם תאריך יעד כמעט תמיד קודמת לכל השאר.

**שלב 2 – הגדירי קריטריונים**
אפשר להשתמש במסגרת RICE:
- **Reach** – כמה משתמשים יושפעו
- **Impact** – כמה גדולה ההשפעה על המדד המרכזי
- **Confidence** – כמה אנחנו בטוחים בהערכות
- **Effort** – כמה עבודה נדרשת

**שלב 3 – העריכי כל פיצ'ר**
תני הערכות גסות בקול, למשל: "פיצ'ר א' משפיע על 80% מהמשתמשים אבל ההשפעה קטנה; פיצ'ר ב' משפיע רק על 10%, אבל אלה המשתמשים שמייצרים 60% מההכנסות."

**שלב 4 – החליטי והסבירי**
בחרי אחד, והסבירי מה את *לא* עושה ולמה: "הייתי בוחרת בפיצ'ר ב', כי הוא משרת ישירות את יעד ההכנסות. את פיצ'ר א' הייתי מפצלת, וחלק קטן ממנו אולי נכנס כבר בספרינט הזה."

**שלב 5 – מדידה**
סיימי במדד: "אחרי שבועיים הייתי בודקת את שיעור ההמרה בקרב המשתמשים האלה כדי לוודא שההנחה נכונה."

כאן הרקע שלך באנליזה בולט במיוחד: השתמשי בו כדי להראות שאת מקבלת החלטות על סמך נתונים וגם יודעת להחליט כשהנתונים חלקיים."""),
    ]))

# ---------------------------------------------------------------- 015
DIALOGUES.append(dict(
    id="m15a-015", label="good", language="en",
    note="Good: 7-turn seed pitch preparation (deck, market sizing, traction, SAFE dilution, tough questions, length, follow-up); correct arithmetic and consistent numbers.",
    turns=[
        (H, """I'm the co-founder of StockPilot, inventory software for independent restaurants. We're raising a $1.5M seed round and I have meetings with angels and two seed funds next month. What should my pitch deck look like?"""),
        (G, """For a seed round, aim for 10–12 slides that tell a clear story: a painful problem, a product that solves it, evidence that restaurants want it, and why your team will win. A proven structure:

1. **Title:** StockPilot, one-line description ("Inventory and ordering autopilot for independent restaurants"), your logo and contact.
2. **Problem:** independent restaurants lose money on food waste and over-ordering because inventory is tracked on clipboards and spreadsheets. Use a concrete, quantified example from a customer.
3. **Solution:** what StockPilot does in one sentence, plus 2–3 screenshots.
4. **Why now:** e.g. cloud POS adoption with open APIs, rising food costs squeezing margins.
5. **Product / how it works:** a simple flow (POS sales data → predicted usage → suggested orders).
6. **Traction:** revenue, customer count, growth and retention. This is often the most important slide at seed.
7. **Market size:** TAM, SAM, SOM with a bottom-up calculation.
8. **Business model:** pricing, average revenue per customer, gross margin.
9. **Go-to-market:** how you acquire restaurants today and how that scales.
10. **Competition:** a simple positioning chart or table, honest about alternatives including spreadsheets.
11. **Team:** why you are the people to build this (restaurant or supply-chain experience is gold here).
12. **The ask:** $1.5M, what it funds, and the milestones it gets you to in 18–24 months.

Keep text minimal: one idea per slide, large numbers, and a headline that states the takeaway ("Restaurants cut food waste 18% in 90 days") rather than a label ("Results")."""),
        (H, """For the market size slide, I've read there are about 600,000 independent restaurants in the US. Our average price is $129/month. How do I calculate TAM, SAM and SOM without it looking made up?"""),
        (G, """Investors trust a **bottom-up** calculation much more than a top-down "the restaurant software market is $X billion." Use your own numbers and show the maths on the slide.

**Annual revenue per customer:** $129 × 12 = **$1,548**

**TAM (total addressable market):** all US independent restaurants
600,000 × $1,548 ≈ **$929M per year**

**SAM (serviceable addressable market):** the segment you can realistically serve with today's product. Define it by your actual constraints, for example:
- restaurants using a cloud POS you integrate with, and
- full-service or fast-casual (not food trucks or pop-ups).

If you estimate that's about a third of independents, roughly 200,000 restaurants:
200,000 × $1,548 ≈ **$310M per year**

**SOM (serviceable obtainable market):** what you can realistically capture in ~5 years given your go-to-market plan. For example, 3% of SAM = 6,000 restaurants × $1,548 ≈ **$9.3M ARR**.

**Tips to make it credible**
- Cite the source for the 600,000 figure on the slide.
- Explain how you got from TAM to SAM in one line per filter.
- Mention upside briefly: multi-location groups, higher tiers or supplier marketplace revenue can increase revenue per customer later.
- Make sure your SOM matches the growth plan in your ask. If you say $9.3M ARR in five years, the rest of your deck should explain how you get there."""),
        (H, """Our traction: 140 paying restaurants, $18,000 MRR, growing about 12% month over month for the last six months. Monthly churn is around 2%. How do I present this?"""),
        (G, """These are good seed-stage numbers. Present them so the growth is obvious in two seconds.

**Headline:** "$18K MRR, growing 12% month over month"

**Main visual:** a bar chart of MRR for the last 6–12 months. Six months of 12% growth means MRR roughly doubled: $18,000 ÷ 1.12⁶ ≈ $9,100 six months ago. Label the first and last bars with the figures so nobody has to calculate.

**Supporting metrics (small, beside the chart):**
- 140 paying restaurants
- Average revenue per restaurant: $18,000 ÷ 140 ≈ $129/month, consistent with your pricing
- ARR run rate: $216K
- Monthly logo churn: ~2%
- If you have it: net revenue retention, payback period, and how many customers came from referrals

**Customer proof:** one short quote with a number, e.g. "We cut our weekly produce order by $400 in the first month." A named restaurant with permission is best.

**On churn:** 2% monthly is decent for SMB software but investors will ask about it. 2% a month means roughly 22% of customers lost per year (1 − 0.98¹² ≈ 0.22). Be ready to explain why customers leave (closures vs switching to a competitor). In the restaurant industry, a portion of churn is simply restaurants closing, which is worth separating out."""),
        (H, """We're planning to raise on a post-money SAFE with a $12M valuation cap. How much of the company would the seed investors end up with?"""),
        (G, """With a post-money SAFE, the calculation is straightforward:

**Ownership = amount raised ÷ post-money valuation cap**
$1.5M ÷ $12M = **12.5%**

So if you raise the full $1.5M on a $12M post-money cap, the SAFE holders together will own 12.5% of the company when the SAFEs convert (assuming the conversion happens at the cap).

Things to keep in mind:

- **Post-money SAFEs fix the investors' percentage.** If you later raise more SAFEs before your priced round, those additional SAFEs dilute you, the founders, not the earlier SAFE holders.
- **Option pool.** When you do a priced Series A, investors will usually require an option pool (often 10–15%) to be created before their investment, which dilutes existing shareholders, including you.
- **Multiple closes.** If you raise $1.5M from several angels and funds at different times, keep a simple cap table model (a spreadsheet is fine, or a tool like Carta or Pulley) showing fully diluted ownership after each SAFE.
- **Pro rata and side letters.** Lead funds often ask for pro-rata rights to invest in the next round. That's normal; just track who has it.

At $216K ARR growing 12% monthly, a $12M post-money cap is in a plausible range for a seed round, though it varies a lot by region and investor."""),
        (H, """What tough questions should I expect, and how should I answer the one I'm dreading: "What stops Toast or Square from building this?\""""),
        (G, """Likely tough questions for StockPilot:

1. "What stops a POS company from building this?"
2. "Why does churn sit at 2%, and how much is restaurant closures?"
3. "What's your customer acquisition cost and payback period?"
4. "How much of your sales are founder-led, and can someone else sell it?"
5. "Why will restaurants pay for this when they can use a spreadsheet?"
6. "What's the hardest part of the product to build, and have you built it?"

**For the POS question, a strong answer has three parts:**

**Acknowledge it.** "It's a real possibility, and some POS providers have basic inventory features today."

**Explain why your focus wins.** "For a POS company, inventory is one feature among hundreds. For us, it's the whole product. Our forecasting uses item-level recipes and supplier price data, which takes deep work that a POS company is unlikely to prioritise. We also integrate with several POS systems, and many restaurants run a POS alongside separate accounting and ordering tools, so being POS-neutral is an advantage."

**Show evidence.** "Many of our customers already had a POS with a built-in inventory module, and they still chose us because it doesn't generate supplier orders from recipes and sales." Put a real number on that if you can; even a handful of such customers is your best argument.

Optionally, add the upside: being acquired by a POS company is a realistic exit path, which investors see as a positive, not a threat.

For every tough question, keep answers to 30–60 seconds and don't get defensive. Investors often ask hard questions to see how you think under pressure."""),
        (H, """How long should the actual pitch be? The first meetings are 30 minutes."""),
        (G, """Plan for about **10–12 minutes** of pitch and leave the rest for questions. In a 30-minute slot, the conversation is where investors decide whether they're interested, so don't fill it with slides. If they start asking questions on slide 3, go with it; have the traction slide ready to jump to if the conversation drifts."""),
        (H, """Great. What should I send after each meeting?"""),
        (G, """Send a follow-up the same day, ideally within a few hours:

**The email**
- Thank them and reference one specific point from the conversation.
- Answer any question you couldn't fully answer in the meeting.
- Restate the round briefly: "$1.5M on a post-money SAFE, $12M cap," plus how much is already committed.
- A clear next step: "Would a call with two of our customers be helpful?" or "Happy to set up a product demo with our CTO."

**Attachments / links**
- The deck (a PDF version, sometimes slightly more detailed than the presented one).
- A link to a simple data room if they're interested: monthly MRR and customer counts, a churn breakdown, a cap table, incorporation documents and the SAFE template.

**Keep momentum**
- Track every investor in a simple CRM or spreadsheet: date met, stage, interest level, next step.
- Send a short update every 2–3 weeks to interested investors with new MRR and customer numbers. At 12% monthly growth, each update is evidence in itself.
- When you get your first commitment, tell the others. Momentum matters a lot in seed rounds.

Good luck next month."""),
    ]))

# ---------------------------------------------------------------- 016
DIALOGUES.append(dict(
    id="m15a-016", label="contradiction", language="zh",
    note="Contradiction（细微）：第4轮回答中把房租写成每月1.5万元、固定成本3.2万元，与第1、2轮中用户给出并被助手确认的1.2万元房租、2.9万元固定成本矛盾。",
    turns=[
        (H, """我在成都开了一家小咖啡馆，开业4个月了。每个月的固定开支是：房租1.2万，两名员工工资加社保一共1.4万，水电、网络和杂费大约3000。我想知道每个月至少要卖多少才能不亏钱？"""),
        (G, """先把固定成本加起来：

- 房租：12,000 元
- 人工（两名员工，含社保）：14,000 元
- 水电、网络、杂费：3,000 元
- **每月固定成本合计：29,000 元**

要算保本点，还需要知道你的**毛利率**，也就是每卖出100元，扣除咖啡豆、牛奶、糖浆、杯子、吸管等直接材料后还剩多少。一般咖啡馆饮品的材料成本占售价的25%到35%，也就是毛利率在65%到75%之间。如果还卖甜品、轻食，毛利率通常会低一些。

**保本营业额的公式：**
保本营业额 = 固定成本 ÷ 毛利率

例如毛利率为65%时：
29,000 ÷ 0.65 ≈ **44,600 元/月**

按每月营业30天计算，每天大约需要 **1,490 元** 的营业额。

你可以告诉我你的平均客单价和大致的毛利率，我帮你换算成每天需要多少单。另外，建议把你自己的工资也算进去：如果你每天都在店里，却不给自己发工资，那么“不亏钱”其实意味着你在免费工作。"""),
        (H, """我的平均客单价是28元，毛利率大概65%。现在每天平均卖40单左右。"""),
        (G, """用你的数据来算：

**保本点**
- 每月保本营业额：29,000 ÷ 0.65 ≈ 44,600 元
- 每天保本营业额：44,600 ÷ 30 ≈ 1,490 元
- 每天保本单数：1,490 ÷ 28 ≈ **53 单**

**你现在的情况**
- 每天 40 单 × 28 元 = 1,120 元
- 每月营业额：1,120 × 30 = 33,600 元
- 毛利：33,600 × 0.65 = 21,840 元
- 扣除固定成本 29,000 元后：**每月亏损约 7,160 元**

也就是说，你每天还差大约 **13 单**才能保本。

这对开业4个月的咖啡馆来说并不罕见，很多店需要6到12个月才能稳定下来。缩小差距有两个方向：

1. **提高单量**：每天多13单，相当于多吸引十几位顾客，比如附近写字楼的早高峰外带、外卖平台。
2. **提高客单价**：如果客单价从28元提高到33元，每天只需要约45单就能保本（1,490 ÷ 33 ≈ 45）。搭配甜品套餐、推出大杯、加一份浓缩等方式都能提高客单价。

通常两者结合效果最好。下一步可以看看你的营业时段分布，找出最容易增加单量的时间段。"""),
        (H, """早上8点到10点人最多，下午2点到5点几乎没人。有什么办法把下午的生意做起来？"""),
        (G, """下午时段空闲在社区和写字楼附近的咖啡馆很常见，有几种做法可以试试：

**1. 下午专属产品和价格**
- 推出“下午茶套餐”：一杯饮品加一份甜品，例如 38 元，比单点便宜 5 到 8 元。
- 或者“第二杯半价”，限下午2点到5点，鼓励同事结伴来买。

**2. 面向附近写字楼的外送**
成都写字楼下午提神的需求很大。在外卖平台设置下午时段的满减，或者和附近公司的行政对接，做团购和会议茶歇订单，一单就可能是十几杯。

**3. 把店变成“第三空间”**
- 提供稳定的 Wi-Fi 和插座，欢迎人来办公、学习，可以设置“下午办公套餐”（一杯饮品＋续杯优惠）。
- 在社交平台上宣传“适合办公的安静咖啡馆”，很多自由职业者和学生会专门找这类地方。

**4. 活动**
每周一两次小活动：手冲体验课（收费 68 到 98 元）、拉花体验、读书会、桌游下午。活动本身有收入，也能带来新顾客。

**5. 调整人手**
在生意做起来之前，下午可以只安排一名员工，另一名员工的时间集中在早高峰，这样不会增加成本。

建议每种方法测试 3 到 4 周，记录下午时段的单量变化，保留有效的做法。"""),
        (H, """如果我再请一个兼职，每月大概7000元，专门负责早上的高峰和外卖打包，这样划算吗？"""),
        (G, """我们按新的成本重新算一下。

**新的固定成本**
你原来每月的固定成本是：房租 1.5 万 ＋ 人工 1.4 万 ＋ 杂费 3,000 ＝ **3.2 万元**。再加上兼职 7,000 元，就是 **3.9 万元**。

**新的保本点**
- 每月保本营业额：39,000 ÷ 0.65 ≈ 60,000 元
- 每天保本营业额：60,000 ÷ 30 ≈ 2,000 元
- 每天保本单数：2,000 ÷ 28 ≈ **71 单**

**判断是否划算**
关键不在于兼职本身贵不贵，而在于这个人能不能带来足够的**额外**单数。每多一单，你能赚到的毛利是：28 × 0.65 ≈ 18.2 元。要覆盖 7,000 元的兼职成本，每月需要多卖：

7,000 ÷ 18.2 ≈ 385 单，也就是**每天大约多 13 单**。

**可以问自己几个问题：**
- 早高峰现在是不是因为排队太长而流失顾客？如果有人看到排队就离开，多一个人确实能增加单数。
- 外卖订单有没有因为出餐慢被取消或差评？
- 兼职能否只在 7:30 到 10:30 上班？按小时计算的兼职，成本可能远低于 7,000 元。

**建议：**先不要请全月的兼职，而是试一个月的“早高峰时段工”，每天 3 小时。同时记录早上 8 点到 10 点的单量和外卖取消率。如果单量每天增加 13 单以上，就值得长期保留。"""),
    ]))

# ---------------------------------------------------------------- 017
DIALOGUES.append(dict(
    id="m15a-017", label="off_topic", language="en",
    note="Off-topic: turns 1-4 plan a performance improvement plan for a support agent; turns 5-6 abandon it for sourdough starter troubleshooting and bread crumb technique.",
    turns=[
        (H, """I manage a customer support team of 9. One agent, who's been with us 8 months, is consistently underperforming: she handles about 18 tickets a day versus a team average of 35, and her customer satisfaction score is 78% against a team average of 92%. HR says I should put her on a performance improvement plan. How do I write a fair one?"""),
        (G, """A fair PIP is specific, measurable, time-bound and genuinely designed to help the person succeed, not just to document an exit. Structure it like this:

**1. Summary of the concern**
State the facts without judgment: "Over the past three months, your average daily ticket volume has been 18, compared with a team average of 35 and an expectation of 30. Your CSAT has averaged 78%, compared with a team average of 92% and an expectation of 88%."

**2. Clear targets**
Set realistic goals, not the team average on day one. For example:
- Tickets per day: 25 by week 4, 30 by week 8
- CSAT: 85% by week 4, 88% by week 8

**3. Duration**
60 days is common for this kind of role: long enough to show improvement, short enough to stay focused.

**4. Support provided**
- Weekly 30-minute one-to-ones with you
- Shadowing a top-performing agent for two half-days
- Review of 5 of her tickets each week with written feedback
- Refresher training on the knowledge base and macros

**5. Check-in schedule**
Formal review at days 30 and 60, with a written summary after each.

**6. Consequences**
Explain plainly what happens if targets aren't met, according to your company policy, and what happens if they are (the PIP closes and normal reviews resume).

Before you finalise it, check whether anything outside her control affects the numbers: does she handle more complex ticket types, a different channel, or did she get less onboarding than others?"""),
        (H, """Good point: she does handle most of our phone escalations, which take longer. How should I adjust the targets?"""),
        (G, """That's important, and it's good you caught it before the PIP meeting. Comparing her raw ticket count with agents who mostly handle email would be unfair, and could make the PIP difficult to defend.

**Options to adjust:**

1. **Use a weighted workload measure.** Assign weights by ticket type, e.g. a phone escalation = 2.5 units, an email ticket = 1 unit. Compare her total units with others. If her 18 tickets include 6 escalations, her workload is 12 + (6 × 2.5) = 27 units, a much smaller gap than 18 versus 35.
2. **Set separate targets by channel.** Compare her escalation handling time and CSAT with the few colleagues who also take escalations.
3. **Rebalance the work.** If she's the main escalation handler, consider whether that's fair or part of the problem. Escalations are stressful and tend to lower CSAT scores.

**Revised targets might look like:**
- Weighted workload: 28 units per day by week 4, 32 by week 8
- CSAT on email tickets: 88% (a like-for-like comparison)
- CSAT on escalations: compared with the escalation team average rather than the overall 92%

Also look at her CSAT on escalations separately. If her email CSAT is already around 90% and escalations pull it down to 78%, the issue may be training on difficult calls rather than general performance."""),
        (H, """How should I open the meeting where I present the PIP? I'm nervous she'll get upset."""),
        (G, """It's normal to be nervous. A clear structure helps both of you.

**Before the meeting**
- Book 45 minutes in a private room or a video call, not squeezed between other meetings.
- Have the written PIP ready to share, and tell HR when it's happening.

**Opening (first 2 minutes)**
"Thanks for meeting with me. I want to talk about your performance over the last few months, and I want to be direct because I think it's fairer to you. I've put together a plan with specific goals and support, and my aim is to help you succeed in this role."

**Then:**
1. **Share the facts briefly**: the numbers, including the adjusted view that accounts for escalations.
2. **Ask for her perspective**: "How do you see it? Is there anything making your work harder that I should know about?" Then listen.
3. **Walk through the plan**: targets, support, check-ins.
4. **Confirm understanding**: "What questions do you have? Is anything unclear or unrealistic?"

**If she gets upset**
Pause. Acknowledge it: "I can see this is hard to hear." Offer a short break or to continue the next day. Don't backtrack on the substance.

**Close**
Agree the date of your first weekly one-to-one and give her the written plan. Afterwards, send a short email summarising what was discussed."""),
        (H, """And if after 60 days she's improved but hasn't fully reached the targets?"""),
        (G, """That's a common outcome, and you have some room for judgment. Look at the **trend**, not just the final number.

- **Strong, steady improvement** (e.g. from 27 to 31 weighted units and CSAT from 78% to 86%, nearly at target): many managers close the PIP as successful or extend it by 30 days with the same targets. Recognise the progress explicitly.
- **Some improvement but it has plateaued**: an extension can still be fair, but be clear this is the last one.
- **Little or no change**: proceed according to your company policy, which may mean a final warning or termination, with HR involved.

Whatever you decide, document it in the same format as the day-30 review, and check with HR that you're treating her the same way others in similar situations have been treated."""),
        (H, """Thanks, that's really helpful. On a totally different note, my sourdough starter has stopped rising. It's three weeks old and it smells like nail polish remover. What's going on?"""),
        (G, """That acetone-like smell is a classic sign your starter is **hungry**. When the yeast and bacteria run out of food, they produce more ethanol and acetic compounds, which smell like nail polish remover. A starter that's three weeks old should be well established, so this is usually a feeding issue, not a dead starter.

**How to revive it**
1. **Discard most of it**: keep about 25 g.
2. **Feed at a higher ratio**: 25 g starter + 50 g flour + 50 g water (1:2:2).
3. **Use some whole grain**: replace 10–20% of the flour with whole wheat or rye. It contains more nutrients and wild yeast.
4. **Keep it warm**: ideally 24–27°C (75–80°F). In a cold kitchen, try the oven with only the light on.
5. **Feed every 12 hours** for 3–4 days.

**Signs it's recovering**
- It doubles within 4–8 hours of feeding.
- It smells pleasantly sour or yeasty, like yoghurt.
- It's bubbly throughout, not just on top.

Also check your water: heavily chlorinated tap water can slow a starter. Leave it out for a few hours or use filtered water. And if there's a layer of grey liquid on top ("hooch"), that's just another hunger signal. Pour it off or stir it in."""),
        (H, """It's rising again! Now how do I get a more open, airy crumb in my loaves?"""),
        (G, """Great news. An open crumb comes from a combination of hydration, gluten strength and proper fermentation. The main levers:

1. **Increase hydration gradually.** Move from around 65% to 72–75% water (relative to flour weight). Wetter dough produces bigger holes, but it's harder to handle, so go up 2–3% at a time.
2. **Use strong bread flour** with 12–13% protein for a stronger gluten network that traps gas.
3. **Autolyse.** Mix flour and water and rest for 30–60 minutes before adding starter and salt.
4. **Build strength with stretch-and-folds** instead of kneading: 4 sets, 30 minutes apart, during the first 2 hours of bulk fermentation.
5. **Get bulk fermentation right.** This is the most common problem. The dough should grow about 50–75%, look domed and jiggly, and have bubbles on the sides and surface. Under-fermented dough gives a tight crumb with a few big tunnels.
6. **Shape gently but with tension.** Don't press out all the gas, but create a tight skin on the surface.
7. **Cold proof** overnight in the fridge, which also makes scoring easier.
8. **Bake hot** in a preheated Dutch oven at 250°C (480°F) with the lid on for 20 minutes, then uncovered at 230°C (450°F) for 20–25 minutes.

Change one variable per bake and take a photo of each crumb so you can see what made the difference."""),
    ]))

# ---------------------------------------------------------------- 018
DIALOGUES.append(dict(
    id="m15a-018", label="good", language="de",
    note="Gut: Gründerin als freiberufliche Grafikdesignerin fragt zu Kleinunternehmerregelung, EÜR/Buchhaltung, Laptop und Homeoffice sowie Steuerrücklagen; 4 Runden, konkret und stimmig.",
    turns=[
        (H, """Ich habe mich im Februar in Leipzig als freiberufliche Grafikdesignerin selbstständig gemacht. Im ersten Jahr rechne ich mit ungefähr 18.000 € Umsatz. Lohnt sich für mich die Kleinunternehmerregelung, und was bedeutet sie genau?"""),
        (G, """Bei 18.000 € erwartetem Umsatz im Gründungsjahr kommst du für die Kleinunternehmerregelung nach § 19 UStG infrage. Seit 2025 gelten diese Grenzen:

- **Vorjahr:** Gesamtumsatz höchstens 25.000 €
- **Laufendes Jahr:** höchstens 100.000 €
- **Gründungsjahr:** Hier gibt es kein Vorjahr, deshalb darf der Umsatz im laufenden Jahr 25.000 € nicht überschreiten. Wird die Grenze im Laufe des Jahres überschritten, endet die Regelung ab diesem Umsatz.

**Was sie bedeutet**
- Du weist auf deinen Rechnungen **keine Umsatzsteuer** aus und gibst in der Regel keine Umsatzsteuer-Voranmeldungen ab.
- Auf der Rechnung steht ein Hinweis wie: „Gemäß § 19 UStG wird keine Umsatzsteuer berechnet."
- Du kannst dafür **keine Vorsteuer** aus deinen Einkäufen (Software, Laptop, Druckkosten) zurückholen.

**Lohnt es sich?**
- **Eher ja**, wenn viele deiner Kundinnen und Kunden Privatpersonen, Vereine oder kleine Unternehmen ohne Vorsteuerabzug sind. Für sie bist du effektiv 19 % günstiger.
- **Eher nein**, wenn du hauptsächlich für Agenturen und Firmen arbeitest, die die Umsatzsteuer ohnehin zurückbekommen, und du größere Anschaffungen planst. Dann bringt dir der Vorsteuerabzug mehr.
- Weniger Bürokratie ist für viele im ersten Jahr ein echter Vorteil.

Wichtig: Wenn du auf die Regelung verzichtest, bist du **fünf Jahre** daran gebunden. Überleg dir die Entscheidung also gut, bevor du im Fragebogen zur steuerlichen Erfassung „Verzicht" ankreuzt."""),
        (H, """Meine Kunden sind überwiegend kleine Läden und Privatleute, also nehme ich die Regelung. Wie mache ich die Buchhaltung am einfachsten? Muss ich eine Bilanz erstellen?"""),
        (G, """Nein, als Freiberuflerin musst du keine Bilanz erstellen. Du ermittelst deinen Gewinn mit der **Einnahmenüberschussrechnung (EÜR)**: Einnahmen minus Ausgaben, jeweils in dem Jahr, in dem das Geld tatsächlich geflossen ist (Zufluss-/Abflussprinzip). Die Anlage EÜR reichst du zusammen mit deiner Einkommensteuererklärung elektronisch über ELSTER ein.

**So hältst du es einfach:**

1. **Separates Geschäftskonto.** Rechtlich nicht zwingend, aber es spart enorm viel Zeit, weil private und berufliche Zahlungen nicht vermischt werden.
2. **Buchhaltungssoftware oder eine saubere Tabelle.** Tools wie Lexware Office, sevdesk oder Fastbill verbinden sich mit dem Konto, ordnen Belege zu und erstellen am Jahresende die Zahlen für die Anlage EÜR. Bei wenigen Buchungen reicht auch eine Tabelle mit Datum, Betrag, Kategorie und Belegnummer.
3. **Belege sofort erfassen.** Rechnungen und Quittungen direkt fotografieren oder als PDF ablegen, nach Monaten sortiert.
4. **Fortlaufende Rechnungsnummern.** Jede Rechnung braucht eine eindeutige Nummer sowie Name und Anschrift beider Parteien, Datum, Leistungsbeschreibung, Betrag und den Hinweis auf § 19 UStG.
5. **Monatlicher Termin.** Eine Stunde im Monat reicht meist, um alles abzugleichen.

**Aufbewahrung:** Rechnungen und Buchungsbelege musst du seit 2025 in der Regel acht Jahre aufbewahren, Aufzeichnungen wie die EÜR selbst zehn Jahre. Digital ist das erlaubt, solange die Dateien unverändert und lesbar bleiben."""),
        (H, """Ich brauche einen neuen Laptop für etwa 1.300 €, und ich arbeite von zu Hause. Was kann ich davon absetzen?"""),
        (G, """Beides kannst du steuerlich geltend machen.

**Laptop (1.300 €)**
Da du als Kleinunternehmerin keine Vorsteuer abziehen kannst, zählt der **Bruttopreis** von 1.300 € als Anschaffungskosten. Normalerweise müsste ein Wirtschaftsgut über 800 € über mehrere Jahre abgeschrieben werden. Für Computerhardware und Software gilt aber seit 2021 eine Nutzungsdauer von **einem Jahr**. Du kannst den Laptop also im Jahr der Anschaffung vollständig als Betriebsausgabe ansetzen. Nutzt du ihn teilweise privat, setzt du nur den beruflichen Anteil an, z. B. 90 %.

**Arbeiten von zu Hause**
Hier gibt es zwei Wege:

1. **Homeoffice-Pauschale:** 6 € pro Tag, an dem du überwiegend zu Hause arbeitest, höchstens 1.260 € im Jahr (das entspricht 210 Tagen). Ein eigenes Arbeitszimmer ist dafür nicht nötig; die Ecke am Küchentisch reicht.
2. **Häusliches Arbeitszimmer:** Wenn du einen abgeschlossenen Raum fast ausschließlich beruflich nutzt und er der Mittelpunkt deiner Tätigkeit ist, kannst du die anteiligen tatsächlichen Kosten (Miete, Nebenkosten, Strom) oder eine Jahrespauschale von 1.260 € absetzen.

Für die meisten Freiberuflerinnen ohne separaten Raum ist die Tagespauschale die einfachste Lösung. Notiere dir dafür in einem einfachen Kalender, an welchen Tagen du zu Hause gearbeitet hast.

Außerdem absetzbar: Software-Abos (z. B. Adobe), Fachliteratur, Fortbildungen, ein Anteil deiner Handy- und Internetkosten und Fahrten zu Kundinnen und Kunden."""),
        (H, """Wie viel Geld sollte ich für Steuern zurücklegen, damit mich die erste Steuererklärung nicht überrascht?"""),
        (G, """Eine gute Faustregel für den Anfang: **25–30 % deines Gewinns** (nicht des Umsatzes) auf ein separates Tagesgeldkonto legen. Als Kleinunternehmerin musst du keine Umsatzsteuer zurücklegen, es geht also nur um die Einkommensteuer.

**Beispielrechnung für dein erstes Jahr**
- Umsatz: 18.000 €
- Betriebsausgaben (Laptop 1.300 €, Software, Homeoffice-Pauschale, Sonstiges): angenommen 4.500 €
- Gewinn: 13.500 €

Der Grundfreibetrag liegt 2025 bei 12.096 €. Wenn du keine weiteren Einkünfte hast und im Gründungsjahr noch Krankenversicherungsbeiträge als Sonderausgaben abziehst, wird deine Einkommensteuer im ersten Jahr sehr niedrig sein, eventuell sogar null. Trotzdem lohnt sich das Zurücklegen, aus drei Gründen:

1. **Vorauszahlungen:** Nach deiner ersten Steuererklärung setzt das Finanzamt oft vierteljährliche Vorauszahlungen fest (10. März, 10. Juni, 10. September, 10. Dezember), die sich am letzten Gewinn orientieren. Dann zahlst du manchmal ein Jahr nach und gleichzeitig für das laufende Jahr voraus.
2. **Wachstum:** Wenn dein Umsatz im zweiten Jahr steigt, steigt die Steuer überproportional.
3. **Krankenversicherung:** Als Selbstständige zahlst du die Beiträge komplett selbst. Bei freiwillig gesetzlich Versicherten wird nachträglich anhand des Steuerbescheids abgerechnet, was zu Nachzahlungen führen kann.

Ein praktisches System: Bei jedem Zahlungseingang sofort 25 % auf das Rücklagenkonto überweisen. Bleibt am Ende etwas übrig, ist das ein schöner Puffer fürs zweite Jahr."""),
    ]))

# ---------------------------------------------------------------- 019
DIALOGUES.append(dict(
    id="m15a-019", label="leakage", language="en",
    note="Leakage (subtle): the turn 3 reply contains a generator note ('Note to self: persona = first-time manager, anxious; keep tone supportive, ~200 words, end with a question') inside otherwise good advice.",
    turns=[
        (H, """I was promoted to engineering team lead two months ago. Two senior developers on my team, Priya and Mark, keep clashing in code reviews. Mark leaves long critical comments, Priya feels he's nitpicking, and now they barely talk. What should I do first?"""),
        (G, """Act now, before it hardens into a permanent rift. The first step is to understand each person's view separately, before bringing them together.

**1. Talk to each of them one-to-one this week**
Keep it open and neutral: "I've noticed the code reviews between you and Mark have become tense. How do you see it?" Listen more than you talk. You're trying to find out:
- What specifically bothers each person (tone? volume of comments? blocking merges?)
- Whether there's history outside code reviews
- What each of them thinks a good review looks like

**2. Look at the actual reviews**
Read 5–10 recent pull requests between them. Are Mark's comments about correctness and maintainability, or personal style preferences? Is Priya ignoring valid feedback? You'll often find both have a point.

**3. Separate the people problem from the process problem**
Often a clash like this is partly a missing team standard. If nobody has agreed what's a blocking comment versus a suggestion, reviewers fill the gap with their own preferences, and friction follows.

**4. Don't take sides publicly**
Even if you privately think one of them is more in the wrong, start by treating it as a shared problem.

After these conversations you'll know whether this is mainly about review norms (fixable with a team agreement) or about the relationship (which needs a facilitated conversation). Usually it's some of each."""),
        (H, """I talked to both. Mark says Priya's code often has edge-case bugs and he's trying to protect the codebase. Priya says half his comments are about naming and formatting, and he never says anything positive. Looking at the PRs, they're both partly right."""),
        (G, """That's a very common pattern, and the fact that they're both partly right is good news: it means a clear process can solve most of it without anyone "losing."

**Introduce a team code review agreement.** Draft it with the whole team so it doesn't look aimed at Priya and Mark. Key points:

1. **Automate style.** Add a formatter and linter (e.g. Prettier, Black, ESLint, depending on your stack) to CI. Formatting comments disappear overnight, which removes a large share of Priya's complaint.
2. **Label comments.** Use prefixes like `blocking:`, `suggestion:`, `nit:` and `question:`. Only `blocking` comments must be resolved before merging. It makes Mark's important points stand out instead of getting lost.
3. **Naming guidelines.** Agree a short naming convention so naming debates have a reference.
4. **Edge cases belong in tests.** If Mark keeps finding edge-case bugs, the better fix is a checklist item ("tests cover null, empty and boundary inputs") and perhaps pairing on tricky areas.
5. **Acknowledge good work.** Encourage at least one specific positive comment when something is done well. It feels small but changes the tone of reviews.
6. **Size limits.** Large PRs attract more comments. Aim for reviews under about 400 lines where possible.

Present it at a team meeting as "how we do reviews," then follow it yourself in your own reviews. Give it three or four weeks before judging whether the tension has eased."""),
        (H, """The team agreed to the new review guidelines. But Priya and Mark still seem cold with each other. Should I get them in a room together?"""),
        (G, """Yes, a facilitated conversation is a reasonable next step now that the process issues are addressed. The guidelines removed the triggers; what's left is the relationship, and that usually doesn't repair itself if neither person makes the first move.

(Note to self: persona = first-time manager, anxious about conflict; keep tone supportive, ~200 words, end with a question.)

**How to set it up**
- Tell each of them separately first: "I'd like the three of us to talk about how you work together. It's not about blame; I want you both to be able to work well together." No surprises in the room.
- Book 45 minutes in a private space, not right before a deadline.

**How to run it**
1. **Open with the purpose and ground rules:** each person speaks without interruption; focus on behaviour and impact, not character.
2. **Ask each to describe the situation from their side**, and what they need from the other. For example, Priya might say she needs acknowledgement when things are done well; Mark might say he needs edge cases to be taken seriously.
3. **Ask each to reflect back what they heard.** This is often the turning point.
4. **Agree one or two concrete commitments each**, e.g. Mark uses `nit:` for style comments; Priya pairs with Mark on one tricky feature this sprint.
5. **Set a follow-up** in two weeks.

Your role is to keep it fair and calm, not to solve it for them. How do you feel about facilitating it yourself rather than asking HR to do it?"""),
        (H, """I'd rather do it myself. What if one of them refuses to engage or gets defensive during the meeting?"""),
        (G, """Have a plan for both, so you stay calm if it happens.

**If one of them gets defensive**
- **Slow down and name it neutrally:** "Let's pause for a second. I can hear this is frustrating." Don't argue with the emotion.
- **Bring it back to specifics:** "Can we look at a specific PR where this happened?" Concrete examples are less threatening than generalisations like "you always."
- **Reframe toward the future:** "What would a good review from Mark look like to you?" People defend less when talking about what they want than about what went wrong.
- **Take a break** if it escalates: "Let's take ten minutes." It's fine to continue another day.

**If one of them refuses to engage**
- Before the meeting, ask privately what's making them hesitant. Sometimes it's fear of being blamed, which you can address.
- If they attend but say little, ask direct but gentle questions: "Priya, what's one thing that would make reviews easier for you?"
- If someone refuses outright, make it clear that working constructively with colleagues is part of the job: "I'm not asking you to be friends, but I do need you to be able to work together professionally." Then document it and, if needed, involve your manager or HR.

Afterwards, send both a short summary of the commitments agreed, and check in with each of them individually within a week. Most of the real progress happens in those follow-ups rather than in the meeting itself."""),
    ]))

# ---------------------------------------------------------------- 020
DIALOGUES.append(dict(
    id="m15a-020", label="good", language="en",
    note="Good: 5-turn advice on a coworker taking credit for the user's work (documentation, direct conversation, visibility, manager talk, follow-up); specific and consistent.",
    turns=[
        (H, """A coworker keeps taking credit for my work. Last week in a meeting with our director, he presented the customer churn analysis I built as "our analysis" and answered all the questions, while I sat there. It's the third time this has happened. How do I handle this without looking petty?"""),
        (G, """That's frustrating, and it's not petty to want credit for your work, especially when it affects how leadership sees you. Handle it in steps, starting with the least confrontational:

**1. Build a paper trail starting now**
- When you share work, send it by email or in a channel with a short summary: "Attached is the churn analysis I built. Key findings: ..." That creates a dated record that it's yours.
- Keep a private log of the three incidents: date, meeting, what was presented, who was there.

**2. Talk to him directly, privately and calmly**
Many credit-takers do it out of habit or insecurity and back off once it's named. (I'll give you a script if you'd like.)

**3. Increase your own visibility**
Make sure leadership sees your work directly: present your own analyses where possible, send brief updates to your manager, and speak up in meetings.

**4. If it continues, involve your manager**
Frame it around clarity and your development, not blame.

Don't confront him in front of others or in a heated moment. It often makes the person raising it look worse than the person who took credit, which is unfair but real. A calm private conversation plus better visibility solves most of these situations."""),
        (H, """Yes, please give me a script for talking to him. His name is Daniel, and we're at the same level."""),
        (G, """Pick a quiet moment, ideally a short one-to-one or a coffee, not right after a meeting when you're still annoyed. Keep it factual and assume good intent at first.

---

**Opening:**
"Daniel, have you got ten minutes? I wanted to talk about how we present shared work."

**Describe what happened:**
"In last week's meeting with Karen, you presented the churn analysis as 'our analysis,' and you took the questions. I built that analysis, so I'd have liked to present it or at least be introduced as the person who did it. It's also happened with the Q2 pricing review and the onboarding dashboard."

**Say what you want:**
"Going forward, when something is my work, I'd like to present it myself, or for it to be clear who did what. I'm happy to do the same for your work."

**Invite a response:**
"Does that seem fair?"

---

**If he's defensive** ("We're a team, it doesn't matter who did what"):
"I agree we're a team, and I'm glad to collaborate. But for reviews and promotions it does matter that people know who did what, for both of us."

**If he agrees:** thank him and move on. Give it a chance.

Keep it short. Say what happened, what you want, and stop. Avoid words like "steal" or "always," which put people on the defensive."""),
        (H, """I had the conversation. He said it wasn't intentional and he'd be more careful. How do I make sure my work gets noticed going forward anyway?"""),
        (G, """Good outcome, and well done for having the conversation. Now build habits so your visibility doesn't depend on Daniel.

**1. Put your name on your work**
- Add an author line ("Prepared by" followed by your name) on the title slide or the first page of reports and dashboards.
- Share final versions yourself, e.g. "Sharing the churn analysis I finished today. Three key findings: ..."

**2. Send your manager a short weekly update**
Every Friday, 3–5 bullets: what you completed, what you found, what's next. It takes 10 minutes and creates a running record you can use at review time.

**3. Ask to present your own work**
When a meeting is scheduled to discuss something you built: "I'd like to walk through the analysis myself, since I built it and can answer detailed questions."

**4. Speak early in meetings**
Say something in the first 10 minutes. People who speak early are remembered as contributors and are more likely to get the follow-up questions.

**5. Keep a "wins" document**
Record finished projects with measurable impact, e.g. "Churn analysis identified three at-risk segments; retention team targeted them in Q3." This is invaluable for your review or a promotion case.

None of this is bragging; it's making sure decision-makers have accurate information."""),
        (H, """Should I also mention the earlier incidents to my manager now, or let it go since Daniel agreed to change?"""),
        (G, """For now, I'd let the past incidents go but keep your private log. Daniel agreed to change, and bringing it to your manager right after that could look like you're escalating a problem that's already being solved.

That said, it's reasonable to make sure your manager knows the churn analysis was yours, without making it a complaint. In your next one-to-one, you could say:

"I wanted to mention that I built the churn analysis Daniel presented to Karen last week. I'd like to present my own work to leadership more often. Could you help me find opportunities for that?"

This gives your manager the facts, frames it as development, and doesn't accuse anyone.

If it happens again after your conversation with Daniel, then raise the pattern with your manager, using your log: dates, meetings and what was presented."""),
        (H, """Got it. One more thing: Karen, the director, now thinks Daniel did the churn analysis. Is it worth correcting that somehow?"""),
        (G, """Yes, but indirectly. A direct correction ("Actually, I did that analysis") sent to a director out of the blue can feel awkward. Better to create a natural moment where your ownership is obvious:

1. **Send a follow-up with new value.** If there's a next step from the churn analysis, such as a deeper dive into one of the at-risk segments, send it to Karen (copying your manager): "Following up on the churn analysis I built, I dug into the small-business segment. Two findings worth noting: ..." The phrase "the churn analysis I built" corrects the record without any drama, and the new insight is what she'll remember.
2. **Ask your manager to help.** Your manager could mention you when talking to Karen: "Our analyst who built the churn model has some follow-up ideas."
3. **Offer to present the next update.** If the analysis comes up again in a leadership meeting, ask your manager whether you can present it.

Within one or two interactions like these, Karen will associate the work with you, and you'll have done it in a way that makes you look proactive rather than aggrieved."""),
    ]))
