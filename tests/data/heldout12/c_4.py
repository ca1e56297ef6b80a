from c_common import dlg, raw

DIALOGUES = []

# ---------------------------------------------------------------- 016
DIALOGUES.append(raw(
    "m12c-016", "structure", "ja",
    "Structure: two user turns in a row (user turns 3 and 4, the first about services for 要支援1 never answered); the assistant then answers only the second.",
    [
        ("human", "秋田で一人暮らしをしている母（79歳）が、先月自宅で転倒しました。骨折はなかったのですが、最近は買い物や掃除も大変そうです。私は東京で働いていて、すぐには帰れません。何から始めればいいでしょうか。"),
        ("gpt", """お母様が転倒されたとのこと、ご心配ですね。離れて暮らしていても、できることはたくさんあります。まずは次の順番で進めるのがおすすめです。

**1. 地域包括支援センターに相談する**
お母様がお住まいの地域を担当する「地域包括支援センター」は、高齢者の介護・福祉・健康の総合相談窓口で、相談は無料です。電話で「遠方に住む家族ですが」と伝えれば対応してもらえます。担当のセンターは市役所・町村役場の高齢福祉の窓口やホームページで調べられます。

**2. 要介護認定を申請する**
介護保険のサービス（ホームヘルパー、デイサービス、手すりの設置など）を使うには、要介護認定が必要です。
- 申請先：市区町村の介護保険の窓口（地域包括支援センターが代行してくれることも多いです）
- 流れ：申請 → 認定調査員による訪問調査 → 主治医の意見書 → 審査 → 結果通知
- 結果が出るまでの目安：原則として申請から30日以内

**3. 転倒を防ぐ環境づくり**
- 廊下・トイレ・浴室への手すりの設置、段差の解消
- 夜間の足元灯、玄関やトイレまでの動線に物を置かない
- 滑りにくいスリッパや室内履き
要介護認定を受けると、手すりなどの住宅改修に介護保険の補助（支給限度基準額20万円まで、原則1割負担）が使えます。

**4. 見守りの仕組みを作る**
毎日の電話の時間を決める、民間や自治体の見守りサービス、近所の方や民生委員さんとの連絡先の交換なども検討してみてください。

まずは今週中に地域包括支援センターへ電話をしてみるのがよいと思います。"""),
        ("human", "認定調査のとき、何に気をつければいいですか？私も帰省して同席するつもりです。"),
        ("gpt", """同席されるのはとても良いと思います。認定調査では、調査員が自宅を訪問し、身体の動き、日常生活の動作、認知機能などについて、1時間前後で聞き取りや確認を行います。気をつけたい点は次のとおりです。

**1. ご本人が「頑張ってしまう」ことに注意**
高齢の方は、調査員の前で「何でも自分でできます」と答えたり、普段できないことを無理にやって見せたりしがちです。その結果、実際より軽く判定されることがあります。

**2. 普段の様子をメモにまとめておく**
- 転倒した日時と状況
- 買い物や掃除、入浴、調理などで困っていること
- 物忘れ、同じ話を繰り返すなどの様子
- 夜間のトイレの回数や、ふらつき
「できる日もあるが、できない日もある」場合は、できない日の様子を具体的に書きます。

**3. ご本人の前で言いにくいことは別に伝える**
調査の最後に、玄関先などで調査員に家族から補足したいと伝えたり、メモを手渡したりしても構いません。

**4. 主治医にも状況を伝えておく**
審査には主治医の意見書が使われます。受診の際に、転倒のことや生活の変化を伝えておくと、意見書に反映されやすくなります。"""),
        ("human", "結果が出て、母は「要支援1」でした。この場合、どんなサービスが使えるのでしょうか？"),
        ("human", "それから、私自身は仕事を辞めずに続けたいのですが、介護休業という制度は使えますか？"),
        ("gpt", """はい、お仕事を続けながら介護に対応するための制度があります。正社員だけでなく、条件を満たせば契約社員やパートの方も利用できます。

**1. 介護休業**
- 対象家族1人につき、通算**93日**まで休業できます。
- **3回まで分割**して取得できるので、「認定申請や施設探しの時期」「退院直後」など、必要な時期に分けて使えます。
- 休業中は、雇用保険から**介護休業給付金**として、休業前賃金のおおむね**67%**が支給されます（条件あり）。

**2. 介護休暇**
- 対象家族1人につき**年5日**（2人以上なら年10日）取得できます。
- **時間単位**でも取得でき、ケアマネジャーとの面談や通院の付き添いなどに便利です。

**3. その他の制度**
- 所定外労働（残業）の免除、時間外労働・深夜業の制限
- 短時間勤務やフレックスタイムなど、勤務時間の短縮等の措置（会社が用意する制度から選択）

介護休業は「自分が介護をするための休み」というより、「介護の体制を整えるための期間」と考えるのがポイントです。まずは会社の人事担当に、就業規則の内容と申請方法を確認してみてください。"""),
    ]))

# ---------------------------------------------------------------- 017
DIALOGUES.append(dlg(
    "m12c-017", "good", "en",
    "Good: three-turn coaching on asking for a raise at a current job; long, specific, consistent replies (numbers $78k -> ask $90k, market $88-95k).",
    [
        ("""I've been a marketing manager at my company for three years. I make $78,000. Last year I took over a second team (now 6 people instead of 3) after a colleague left, but my pay didn't change. Comparable roles in my area seem to pay $88k–$95k. How do I build my case for a raise?""",
         """You have a strong case: your scope doubled, you're below market, and you have three years of track record. The job now is to package that so your manager can easily defend it to whoever approves budgets.

**1. Document the change in scope.**
Write down, concretely, what changed when you took over the second team:
- Headcount: from 3 to 6 direct reports.
- Budget you now manage, channels or products you're responsible for.
- New responsibilities: hiring, performance reviews, reporting to leadership.
If your title or job description didn't change, note that too. You're effectively doing a bigger job on the old job's pay.

**2. Show results, with numbers.**
Pick three or four achievements from the last 12 months:
- "Merged two teams' campaign calendars; cut agency spend by $40,000 a year."
- "Lead volume up 22% year on year with the same budget."
- "Kept both teams fully staffed with no attrition during the merge."
Numbers that matter to the business (revenue, cost, pipeline, retention) beat activity numbers.

**3. Gather market data.**
Use two or three sources: salary surveys, Levels or Glassdoor, recruiter conversations, job postings that include ranges (many states now require pay ranges in postings). Note the title and team size: "marketing manager, team of 5–8, metro area: $88k–$95k."

**4. Decide your number.**
I'd ask for **$90,000**. It sits inside the market range, reflects the larger scope, and is a 15% increase, large but justified by a doubled team. Have a floor in mind (say $86k), but don't say it.

**5. Time it well.**
The best moments are 1–2 months *before* budgets are set or review cycles close, or right after a visible win. Ask for a dedicated 30-minute meeting; don't bring it up in a routine one-to-one."""),
        ("""What do I actually say in the meeting? I hate talking about money.""",
         """Most people do. It helps to have the first two minutes scripted, so you're not improvising the hardest part. Here's a structure:

**Opening (set the topic clearly)**
> "Thanks for making time. I'd like to talk about my compensation, given how my role has changed over the past year."

**The case (scope, results, market)**
> "Since taking over the content team last March, I've been managing six people instead of three, plus the content budget and the agency relationships. In that time we've merged the campaign calendars, reduced agency spend by about $40,000 a year, and grown lead volume 22% without adding headcount.
>
> I've also looked at the market for marketing managers with teams of this size here, and the range is roughly $88,000 to $95,000. I'm currently at $78,000."

**The ask (one number, then stop)**
> "Based on that, I'm asking for an adjustment to $90,000."

Then **stop talking**. Silence feels uncomfortable, but it gives your manager room to respond. Don't fill it with "but I understand if that's too much".

**Tips**
- Bring a one-page summary of the above to leave with your manager. They'll likely need to forward it to HR or their own boss.
- Keep your tone collaborative: "How can we make this work?" rather than "I deserve this."
- Don't use threats ("or I'll leave") unless you really have an offer and are ready to go.
- Practise out loud, ideally with a friend playing your manager, including the awkward silence.

If you find yourself freezing, it's fine to read from your page. It shows you prepared."""),
        ("""What if my manager says "not this cycle" or "there's no budget right now"?""",
         """That's a common first response, and it's not the end of the conversation. Treat it as "not yet", and turn it into a concrete plan.

**1. Ask what the obstacle actually is.**
> "I understand. Is it a budget timing issue, or is there something about my performance or the case that you'd need to see?"
If it's timing, you negotiate the timeline. If it's performance, you get a clear list of what's needed.

**2. Get a date and a commitment.**
> "When is the next point this could be approved? Could we agree to revisit it then, and could you take my case to HR now so it's in the pipeline?"
Then send a short follow-up email summarising what was agreed. A written record makes it much harder for it to disappear.

**3. Ask for interim steps that cost little.**
- A **title change** to reflect the bigger team (e.g. Senior Marketing Manager). It costs nothing now and strengthens every future negotiation, internal or external.
- A **one-time bonus** recognising the extra work, which often comes from a different budget.
- Extra **PTO**, a training budget, or flexible hours.

**4. Keep the number on the table.**
> "I'd like us to agree that the target is $90,000, even if it has to happen in two steps."
A partial raise now (say to $84k) with a written commitment to revisit in six months is a reasonable compromise.

**5. Quietly know your alternatives.**
If after the agreed date nothing happens, that tells you how the company values your work. Talking to recruiters is not disloyal; it's information. A real external offer at $90k+ is the strongest case you can ever bring."""),
    ]))

# ---------------------------------------------------------------- 018
DIALOGUES.append(dlg(
    "m12c-018", "bad_length", "pl",
    "Bad length: assistant turn 3 answers a concrete question on how to offset repair costs against rent with only 'To zależy.'",
    [
        ("""Wynajmuję mieszkanie w Warszawie na podstawie umowy na czas określony, do grudnia 2026 roku. Czynsz to 3000 zł. Właściciel napisał mi SMS-a, że od przyszłego miesiąca podnosi czynsz do 3600 zł. Czy on może tak zrobić?""",
         """Nie w ten sposób. Podwyżka czynszu w trakcie trwania umowy podlega ograniczeniom, a SMS z informacją „od przyszłego miesiąca” raczej ich nie spełnia.

**1. Najpierw sprawdź umowę.**
Przy umowie na czas określony kluczowe jest, co w niej zapisano. Jeśli umowa nie przewiduje możliwości zmiany czynszu w trakcie jej trwania (np. coroczna waloryzacja o wskaźnik inflacji), właściciel co do zasady nie może jednostronnie podnieść czynszu przed końcem okresu, na który umowa została zawarta. Może to zrobić tylko za Twoją zgodą, czyli aneksem.

**2. Jeśli umowa dopuszcza zmianę czynszu, obowiązuje procedura z ustawy o ochronie praw lokatorów (art. 8a).**
- Właściciel musi **wypowiedzieć dotychczasową wysokość czynszu** na piśmie.
- Termin wypowiedzenia to co najmniej **3 miesiące**, ze skutkiem na koniec miesiąca kalendarzowego (chyba że umowa przewiduje dłuższy).
- Przy podwyżce, która przekracza określony w ustawie próg (3% wartości odtworzeniowej lokalu w skali roku), na Twoje żądanie właściciel musi podać na piśmie przyczynę i uzasadnić kalkulację.
- Możesz w ciągu **2 miesięcy** od otrzymania wypowiedzenia zakwestionować podwyżkę w sądzie.

**3. Podwyżka o 20% z miesiąca na miesiąc** nie spełnia tych wymogów: brak formy pisemnej i brak trzymiesięcznego terminu.

Do czasu skutecznej zmiany płać dotychczasowe 3000 zł, terminowo i najlepiej przelewem z opisem (np. „czynsz za czerwiec 2025 zgodnie z umową”), żeby nie dać podstaw do wypowiedzenia umowy z powodu zaległości."""),
        ("""Do tego od dwóch tygodni nie działa piecyk gazowy, nie mam ciepłej wody. Właściciel nie odbiera i nie odpisuje. Co mogę zrobić?""",
         """Brak ciepłej wody przez dwa tygodnie to poważna usterka, a obowiązek jej naprawy spoczywa co do zasady na właścicielu.

**Co mówią przepisy (Kodeks cywilny)**
- **Art. 662 k.c.:** wynajmujący powinien utrzymywać lokal w stanie przydatnym do umówionego użytku. Najemca odpowiada tylko za drobne nakłady, a naprawa piecyka gazowego zwykle do nich nie należy (chyba że umowa stanowi inaczej, ale sprawdź dokładnie).
- **Art. 663 k.c.:** jeśli wynajmujący nie dokona naprawy, która go obciąża, **w odpowiednim terminie** wyznaczonym przez najemcę, najemca może sam wykonać naprawę **na koszt wynajmującego**.

**Co zrobić krok po kroku**
1. **Wyślij wezwanie na piśmie** (e-mail plus list polecony za potwierdzeniem odbioru): opisz usterkę, datę jej wystąpienia i wyznacz termin naprawy, np. 7 dni. Przy braku ciepłej wody dłuższy termin nie byłby „odpowiedni”.
2. **Udokumentuj wszystko:** zdjęcia, film, daty nieodebranych połączeń i SMS-ów.
3. **Bezpieczeństwo przede wszystkim:** jeśli czujesz zapach gazu, nie używaj urządzenia, zakręć zawór i dzwoń pod numer alarmowy pogotowia gazowego 992.
4. **Po upływie terminu** możesz zlecić naprawę uprawnionemu serwisantowi. Zachowaj fakturę wystawioną na Ciebie i protokół naprawy.
5. **Możesz też rozważyć obniżenie czynszu** za okres, w którym lokal miał wady ograniczające jego przydatność (art. 664 k.c.)."""),
        ("""Jeśli sam zapłacę za naprawę, to czy mogę po prostu potrącić ten koszt z czynszu za następny miesiąc? Jak to zrobić formalnie, żeby nie mieć potem problemów?""",
         """To zależy."""),
        ("""Napisz mi proszę krótkie pismo do właściciela, w którym odniosę się i do podwyżki, i do piecyka. Nazywam się Karolina Nowak, właściciel to Pan Marek Zieliński.""",
         """Oto propozycja pisma. Wyślij je listem poleconym za potwierdzeniem odbioru, a skan dodatkowo e-mailem.

---
Warszawa, 12 maja 2025 r.

Karolina Nowak

Pan Marek Zieliński

**Dotyczy: zmiany wysokości czynszu oraz awarii piecyka gazowego**

Szanowny Panie,

w nawiązaniu do Pana wiadomości SMS z informacją o podwyższeniu czynszu do 3600 zł od przyszłego miesiąca uprzejmie informuję, że nie wyrażam zgody na zmianę warunków umowy najmu zawartej na czas określony do grudnia 2026 r. Zmiana wysokości czynszu wymaga porozumienia stron w formie aneksu lub, jeżeli umowa to przewiduje, pisemnego wypowiedzenia z zachowaniem trzymiesięcznego terminu, zgodnie z art. 8a ustawy o ochronie praw lokatorów. Do tego czasu będę nadal płacić czynsz w dotychczasowej wysokości 3000 zł.

Jednocześnie informuję, że od dwóch tygodni nie działa piecyk gazowy, przez co w lokalu nie ma ciepłej wody. Pomimo prób kontaktu telefonicznego i SMS-owego nie otrzymałam odpowiedzi. Na podstawie art. 662 i 663 Kodeksu cywilnego wzywam Pana do usunięcia awarii w terminie 7 dni od otrzymania niniejszego pisma. W przypadku bezskutecznego upływu tego terminu zlecę naprawę uprawnionemu serwisowi na Pana koszt.

Z poważaniem
Karolina Nowak
---

Pod swoim imieniem i nazwiskiem dopisz adres wynajmowanego lokalu, a po wysłaniu zachowaj kopię pisma oraz potwierdzenie nadania."""),
    ]))

# ---------------------------------------------------------------- 019
DIALOGUES.append(dlg(
    "m12c-019", "good", "vi",
    "Good: four-turn Vietnamese emotional-support and practical dialogue about homesickness while studying in Melbourne; specific, warm, consistent.",
    [
        ("""Mình là sinh viên năm nhất, mới sang Melbourne du học được hai tháng. Dạo này mình nhớ nhà kinh khủng, tối nào cũng gọi video cho mẹ rồi khóc. Mình có yếu đuối quá không?""",
         """Bạn không hề yếu đuối đâu. Những gì bạn đang trải qua là cảm giác nhớ nhà, và đây là một trong những khó khăn phổ biến nhất của du học sinh, đặc biệt là trong vài tháng đầu.

Hãy nghĩ xem bạn vừa thay đổi bao nhiêu thứ cùng một lúc: rời xa gia đình, bạn bè, sang một đất nước nói ngôn ngữ khác, ăn món ăn khác, học theo cách khác, thậm chí mùa cũng ngược với ở nhà. Cơ thể và tâm trí của bạn cần thời gian để thích nghi. Nhiều nghiên cứu về sinh viên quốc tế mô tả một giai đoạn “sốc văn hóa”: sau vài tuần đầu háo hức là lúc mọi thứ trở nên mệt mỏi và cô đơn. Hai tháng chính là khoảng thời gian mà rất nhiều người cảm thấy khó khăn nhất.

Việc bạn khóc khi gọi cho mẹ cho thấy bạn có một gia đình yêu thương và một mối gắn bó sâu sắc. Đó là điều đáng quý, không phải điểm yếu.

Một vài điều có thể giúp bạn:
- **Giữ nhịp sinh hoạt đều đặn:** ngủ, ăn và đi học đúng giờ giúp bạn cảm thấy vững vàng hơn.
- **Ra ngoài mỗi ngày**, dù chỉ 20 phút đi bộ, để não bộ quen dần với nơi ở mới.
- **Cho phép bản thân buồn**, nhưng cũng đừng ở một mình trong phòng quá lâu.

Với phần lớn sinh viên, cảm giác này sẽ nhẹ dần theo thời gian. Bạn muốn mình cùng nghĩ cách sắp xếp việc gọi điện về nhà, hay cách làm quen bạn mới trước?"""),
        ("""Mình có nên gọi cho gia đình ít đi không? Mình sợ càng gọi càng nhớ.""",
         """Không cần cắt giảm hẳn, nhưng thay đổi **cách** gọi có thể giúp bạn nhiều.

**Vì sao gọi mỗi tối đôi khi làm nỗi nhớ nặng thêm:** nếu cuộc gọi là điều cuối cùng bạn làm trước khi ngủ, bạn sẽ đi ngủ với hình ảnh ngôi nhà và cảm giác thiếu vắng. Gọi quá thường xuyên cũng có thể khiến bạn “sống một nửa ở nhà”, và Melbourne mãi chưa trở thành nơi của mình.

**Một cách sắp xếp thử xem:**
- **Gọi video 2–3 lần mỗi tuần vào giờ cố định**, ví dụ tối thứ Tư và sáng Chủ nhật. Melbourne thường nhanh hơn Việt Nam 3 tiếng (4 tiếng khi Úc áp dụng giờ mùa hè), nên 8 giờ tối ở Melbourne là 5 giờ chiều ở nhà, khá thuận tiện cho cả hai bên.
- **Những ngày còn lại, nhắn tin ngắn** hoặc gửi ảnh: bữa ăn bạn nấu, góc trường đẹp. Như vậy gia đình vẫn thấy yên tâm.
- **Kể cả những điều vui**, không chỉ những điều khó khăn. Khi bạn kể về một buổi học thú vị hay một người bạn mới, chính bạn cũng sẽ nhận ra cuộc sống ở đây có những điều tốt.
- **Tránh gọi ngay trước khi ngủ** nếu bạn thấy sau cuộc gọi mình buồn hơn.

Bạn cũng có thể nói thật với mẹ rằng bạn đang cố gắng thích nghi, nên sẽ gọi theo lịch. Hầu hết cha mẹ sẽ hiểu, thậm chí còn vui vì thấy con chủ động."""),
        ("""Mình khá nhút nhát, tiếng Anh nói chưa trôi chảy nên ngại làm quen với người khác. Có cách nào không?""",
         """Có chứ, và bạn không cần phải trở thành người hướng ngoại mới kết bạn được. Một số cách phù hợp với người nhút nhát:

**1. Bắt đầu từ những nơi có “lý do” để nói chuyện**
- **Câu lạc bộ sinh viên:** hầu hết các trường đại học ở Melbourne có hàng trăm câu lạc bộ, từ thể thao, nấu ăn, board game đến tình nguyện. Khi cùng làm một việc, bạn không cần nghĩ chủ đề để nói.
- **Hội sinh viên Việt Nam** của trường: rất tốt để có chỗ dựa ban đầu. Chỉ cần lưu ý đừng *chỉ* chơi với người Việt, nếu không tiếng Anh sẽ khó tiến bộ.
- **Nhóm bài tập (group assignment):** hãy chủ động đề xuất họp nhóm ở thư viện hoặc quán cà phê thay vì chỉ nhắn tin.

**2. Luyện tiếng Anh trong môi trường thân thiện**
- Nhiều trường có chương trình **language exchange** hoặc **conversation club** dành riêng cho sinh viên quốc tế. Ở đó ai cũng đang học, nên không ai đánh giá bạn.
- Chuẩn bị sẵn vài câu mở đầu đơn giản: “Which course are you doing?”, “Is this your first year too?”. Người Úc nhìn chung khá thân thiện và quen với sinh viên quốc tế.

**3. Đặt mục tiêu nhỏ**
Mỗi tuần chỉ cần một hành động nhỏ: hỏi tên một bạn cùng lớp, ngồi lại uống cà phê sau buổi tutorial. Những bước nhỏ lặp lại sẽ tạo thành thói quen.

**4. Nhớ rằng người khác cũng đang lo lắng**
Rất nhiều sinh viên năm nhất, kể cả người Úc, cũng cô đơn và mong có người bắt chuyện trước."""),
        ("""Nếu cảm giác này kéo dài mãi không hết thì mình nên làm gì?""",
         """Nếu sau vài tuần nữa mà bạn vẫn buồn gần như cả ngày, mất hứng thú với mọi thứ, mất ngủ hoặc ngủ quá nhiều, bỏ bữa, không muốn đến lớp, hoặc cảm thấy tuyệt vọng, thì đó là lúc nên tìm sự hỗ trợ chuyên môn. Đây không phải là thất bại, mà là chăm sóc bản thân.

- **Dịch vụ tư vấn tâm lý (counselling) của trường:** miễn phí cho sinh viên, bảo mật, và thường có tư vấn viên quen làm việc với sinh viên quốc tế.
- **Bác sĩ gia đình (GP):** bảo hiểm y tế sinh viên quốc tế (OSHC) thường chi trả một phần chi phí khám.
- **Đường dây hỗ trợ:** Lifeline 13 11 14 (24/7) hoặc Beyond Blue 1300 22 4636.

Nếu bạn có ý nghĩ làm hại bản thân, hãy gọi 000 ngay lập tức. Bạn không phải tự mình vượt qua mọi chuyện."""),
    ]))

# ---------------------------------------------------------------- 020
DIALOGUES.append(dlg(
    "m12c-020", "leakage", "sv",
    "Leakage: assistant turn 3 ends with a generator scaffold line ('— Slut på svar 3 av 4. Fortsätt i rollen som Lucia i nästa tur. —') that is not part of the role-play.",
    [
        ("""Kan du spela guide i Rom? Du heter Lucia och jag är turist. Vi står framför Pantheon. Berätta!""",
         """*Lucia håller upp en liten gul flagga och ler.*

Benvenuti! Välkomna till Pantheon, den bäst bevarade byggnaden från antikens Rom. Titta upp på inskriptionen på frontonen: *M·AGRIPPA·L·F·COS·TERTIVM·FECIT*, "Marcus Agrippa, Lucius son, konsul för tredje gången, lät bygga detta". Men det är en liten historisk bluff! Agrippas tempel från 20-talet f.Kr. brann ner. Byggnaden ni ser byggdes av kejsaren Hadrianus, ungefär mellan år 113 och 125 e.Kr., och han lät den gamla inskriptionen stå kvar av respekt.

Nu går vi in. Lägg märke till hur de enorma bronsdörrarna och de sexton granitkolonnerna i portiken får er att känna er små. Pelarna fraktades hela vägen från Egypten.

Och så kupolen. Den är **43,3 meter** i diameter, och avståndet från golvet till toppen är exakt lika stort, så man kan föreställa sig ett perfekt klot inuti rummet. Än i dag är det världens största kupol i oarmerad betong. Hemligheten är att betongen blir lättare ju högre upp man kommer: längst upp blandade romarna in pimpsten.

Högst upp ser ni **oculus**, ögat, en öppning på ungefär nio meter. Ja, det regnar in! Titta på golvet: det finns små hål som leder bort vattnet."""),
        ("""Wow. Är det någon känd person begravd här?""",
         """*Lucia leder gruppen till vänster längs väggen.*

Ja! Sedan 600-talet är Pantheon en kyrka, Santa Maria ad Martyres, och därför har den också använts som gravplats.

Här ligger **Rafael**, den store renässansmålaren, som dog 1520, bara 37 år gammal. Han önskade själv att bli begravd här. Läs epitafiet ovanför graven. Det brukar översättas ungefär: "Här ligger Rafael, av vilken naturen fruktade att bli besegrad medan han levde, och när han dog fruktade hon att själv dö."

Längre bort ligger två av Italiens kungar: **Vittorio Emanuele II**, den förste kungen av det enade Italien, och hans son **Umberto I** tillsammans med drottning **Margherita**. Ja, just den Margherita som pizzan enligt legenden fick sitt namn efter!

Det är därför ni ibland ser frivilliga från en förening som håller vakt vid kungagravarna."""),
        ("""Nästa stopp är Fontana di Trevi, va? Hur gör man med myntet?""",
         """*Lucia skrattar och börjar gå mot en smal gränd.*

Precis, bara tio minuter härifrån! Fontana di Trevi blev färdig 1762. Det är Nicola Salvis mästerverk, i mitten står havsguden Oceanus i sin snäckvagn, dragen av hästar och tritoner.

**Så här kastar ni myntet, enligt traditionen:**
- Ställ er **med ryggen** mot fontänen.
- Håll myntet i **högerhanden** och kasta det **över vänster axel**.
- **Ett mynt:** ni kommer tillbaka till Rom.
- **Två mynt:** ni förälskar er i en romare.
- **Tre mynt:** ni gifter er med den romaren!

Och pengarna går till något bra: kommunen samlar in mynten regelbundet, och det blir över en miljon euro om året, som till stor del går till Caritas, som hjälper människor i nöd i Rom.

Ett råd: kom tidigt på morgonen eller sent på kvällen om ni vill ha en bild utan folkmassor. Mitt på dagen är det fullt. Och vada aldrig i fontänen, det kostar böter!

— Slut på svar 3 av 4. Fortsätt i rollen som Lucia i nästa tur. —"""),
        ("""Sista frågan: får man sitta på Spanska trappan och äta glass?""",
         """*Lucia skakar leende på huvudet.*

Tyvärr inte längre! Sedan 2019 är det förbjudet att sitta på Spanska trappan, och ordningsvakterna delar ut böter. Trappan, med sina 135 steg från 1720-talet, restaurerades för några år sedan och staden vill skydda den. Men ni får gärna gå uppför den, och ni får äta glass på Piazza di Spagna nedanför. Jag vet en gelateria två gator bort. Andiamo!"""),
    ]))
