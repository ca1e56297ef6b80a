from c_common import conv, item

D021 = item(21, "good", "sv",
"Swedish restaurant-booking role-play: short, natural replies from the host; time, party size, name and allergy are handled and confirmed consistently at the end.",
conv(
"""Kan vi göra ett rollspel? Du är hovmästare på en restaurang i Göteborg som heter Sjöboden, och jag ringer för att boka bord.""",
"""Absolut. *telefonen ringer* Sjöboden, det är Karin. Vad kan jag hjälpa till med?""",
"""Hej! Jag skulle vilja boka bord för fyra personer på lördag klockan sju.""",
"""Lördag klockan sju... Tyvärr är vi fullbokade då. Jag har ett bord för fyra klockan halv sex eller klockan kvart över åtta. Skulle någon av de tiderna passa?""",
"""Kvart över åtta går bra. Kan vi få sitta vid fönstret?""",
"""Jag skriver upp önskemål om fönsterbord. Jag kan inte lova något, men vid den senare sittningen brukar det gå att ordna. Vilket namn ska bokningen stå på?""",
"""Eriksson. En i sällskapet är allergisk mot skaldjur, är det ett problem?""",
"""Inte alls, det noterar jag i bokningen. Köket kan anpassa de flesta rätterna, och servitören går igenom menyn med er när ni kommer. Vi har också en vegetarisk avsmakningsmeny som är helt fri från skaldjur.""",
"""Perfekt. Då är allt klart?""",
"""Då är allt klart: fyra personer på lördag klockan 20.15, bokat på Eriksson, fönsterbord önskat och skaldjursallergi noterad. Varmt välkomna! Ring gärna senast dagen innan om ni behöver avboka.""",
))

D026 = item(26, "good", "en",
"Casual chit-chat about a boring rainy weekend; brief, friendly replies are right here, and the one longer reply (card-game rules) is correct and complete.",
conv(
"""Ugh, it's been raining all weekend. I'm so bored.""",
"""Rainy weekends can really drag. Are you stuck inside on your own, or is someone around to keep you company?""",
"""My roommate's here, but we've watched everything on Netflix already lol""",
"""Ha, the classic end-of-Netflix moment. Do you two have any board games, or even a deck of cards lying around?""",
"""Just a deck of cards. We only know Go Fish though.""",
"""Then you're one game away from a great afternoon. Try Speed. It's fast, it's for two players, and you can learn it in five minutes. Want the rules?""",
"""Yes!""",
"""Here you go:

1. Deal each player 20 cards: 15 face down as a draw pile and 5 in hand.
2. Make two side stacks of 5 cards each, face down. That's all 52 cards used.
3. Flip the top card of each side stack into the middle at the same time. These are the two play piles.
4. No turns. Both of you play as fast as you can: put a card from your hand on either pile if it's one higher or one lower (a King goes on an Ace and an Ace on a King).
5. Keep refilling your hand to 5 from your draw pile.
6. If neither of you can play, flip new cards from the side stacks onto the piles.
7. The first player to get rid of all their cards slaps the table and wins.""",
"""Okay we just played three rounds and I lost all of them 😂""",
"""That's Speed for you, it's brutal at first. The trick is to watch both piles at once instead of staring at your own hand. Best of five to get your revenge?""",
))

D029 = item(29, "good", "en",
"Interview preparation for a junior data analyst role: behavioural interviews and STAR, a concrete STAR answer built from the user's story, a weakness answer, and questions to ask; detailed and consistent.",
conv(
"""I have a second-round interview for a junior data analyst role on Thursday. They said it'll be "behavioural". What does that usually mean and how should I prepare?""",
"""A behavioural interview asks about things you've actually done, on the idea that past behaviour predicts future behaviour. Expect questions that start with "Tell me about a time when...", for example:

- a time you found an error in data or a report;
- a time you had to explain something technical to a non-technical person;
- a time you missed a deadline or made a mistake;
- a time you disagreed with a colleague;
- a time you had to learn a new tool quickly.

**Answer with STAR:**
- **Situation**: the context, in one or two sentences.
- **Task**: what you were responsible for.
- **Action**: what *you* did. This should be the longest part, so say "I", not "we".
- **Result**: what happened, ideally with a number, plus what you learned.

**How to prepare by Thursday:**
1. Write down 6–8 stories from internships, university projects, part-time jobs or volunteering. Good stories can be reused for several questions.
2. Draft each one in STAR form as bullet points, not a script.
3. Practise out loud, ideally recording yourself. Aim for about two minutes per answer.
4. Reread the job description and match stories to what they're asking for (SQL, attention to detail, communication).

If you tell me a story from your experience, I can help you shape it.""",
"""Can you help me shape one? At my internship I noticed our weekly sales report double-counted returns, and I fixed it.""",
"""That's a great story for a data role, because it shows attention to detail, technical skill and initiative. Here's how it could sound in STAR form. I've filled in plausible details, so swap in what actually happened:

**Situation:** "During my summer internship at a regional retailer, I helped maintain a weekly sales report that the store managers used to plan stock."

**Task:** "While checking one week's numbers, I noticed that net sales for a few stores looked too low compared with the till data. Nobody had asked me to look into it, but I wanted to understand why before the report went out."

**Action:** "I traced it back to the SQL query. The returns table was joined to orders by order ID only, not by order line, so a returned item was subtracted once for every line in that order. I rewrote the join to match on both order ID and line number, checked the new totals against the till data for three previous weeks, and then showed my manager the before-and-after figures before changing anything in production."

**Result:** "The corrected net sales were about 4% higher across the affected stores, and the managers stopped over-ordering stock to make up for sales that looked weak. I also added a simple check that compares report totals with the till data every week."

If you don't remember the exact percentage, "a few percent" is fine. Don't invent a precise number you can't explain if they ask follow-up questions.""",
"""What if they ask me about a weakness?""",
"""Choose a real weakness that won't disqualify you for the role, and show what you're doing about it. Avoid clichés like "I'm a perfectionist" or "I work too hard". Interviewers hear them every day and they come across as dodging the question.

A structure that works:
1. Name the weakness plainly.
2. Give a short example of how it showed up.
3. Explain the concrete step you've taken and how it's going.

Example for an analyst role:

"I've tended to spend too long polishing an analysis before sharing it. On a university project, I spent two extra days perfecting charts, and then my group wanted a different angle anyway. Now I share a rough first version early, usually after the first day, and ask whether I'm heading in the right direction before I polish anything. It's saved me a lot of rework during my internship."

Other honest options: nervousness about public speaking (if you're taking steps to practise), or being less experienced with a tool they use, such as Power BI, if you're actively learning it. Just don't choose SQL if the role is built on SQL.""",
"""And at the end when they ask if I have questions?""",
"""Always have two or three ready. Saying "No, I think you covered everything" can come across as low interest. Good questions for a junior analyst role:

- "What would a typical week look like for someone in this role in the first few months?"
- "Which tools and data sources does the team use most: SQL, Python, Power BI, Excel?"
- "How does the team check the quality of its reports before they go out?" This one ties in nicely with your returns story.
- "What would success look like for this role after six months?"
- "How do junior analysts get feedback and support from more senior people?"

Leave salary and holiday questions for when you have an offer, unless they bring them up first. And if something they said earlier interested you, asking a follow-up about it is often the best question of all, because it shows you were listening.""",
))

D030 = item(30, "good", "en",
"Tomato-growing help: diagnoses early blight from the described symptoms, gives correct treatment, food safety and watering advice; lengths fit each question.",
conv(
"""My tomato plants have yellow leaves at the bottom. Should I panic?""",
"""No need to panic. Yellowing lower leaves are one of the most common things tomato growers see, and the cause is often harmless. The usual suspects:

- **Natural ageing.** The oldest leaves at the bottom get shaded as the plant grows, and the plant lets them go. If it's just a few leaves and the rest of the plant looks healthy, this is probably it.
- **Nitrogen deficiency.** The leaves turn evenly pale yellow, starting at the bottom and moving up.
- **Overwatering.** The leaves yellow and droop even though the soil is wet.
- **Early blight.** A fungal disease. You'd see brown spots with rings inside the yellow patches.

What do the yellow leaves look like up close? Plain yellow, or are there spots?""",
"""They're yellow with brown spots that have rings, like little targets.""",
"""Those target-like rings point to **early blight** (*Alternaria*). It's common, especially in warm, humid weather, and it's manageable if you act now:

1. **Remove the affected leaves.** Cut them off with clean scissors and put them in the bin, not the compost, because the spores can survive there.
2. **Prune the bottom of the plant.** Remove all leaves up to about 30 cm (1 foot) above the soil. Spores splash up from the soil when it rains or when you water.
3. **Mulch.** Add a layer of straw or shredded leaves around the base to stop soil from splashing onto the leaves.
4. **Water at the base, in the morning.** Keep the leaves dry, and let any splashes dry out during the day.
5. **Improve airflow.** Don't crowd the plants, and tie them to stakes or cages.
6. **Consider a fungicide if it spreads.** Copper-based sprays or chlorothalonil can slow it down. They protect healthy leaves but won't cure leaves that are already infected.
7. **Rotate next year.** Don't plant tomatoes, potatoes or peppers in the same spot for about three years.

Sterilise your scissors between plants with a bit of rubbing alcohol so you don't spread it.""",
"""Can I still eat the tomatoes?""",
"""Yes. Early blight attacks leaves and stems, and the fruit is safe to eat. If a tomato develops a dark, sunken, leathery patch near the stem, just cut that part away.""",
"""How often should I water them now? It's been around 30°C here.""",
"""In that heat, they need deep, consistent watering:

- **In the ground:** water deeply 2–3 times a week, so the soil is moist to about 15 cm down. That's roughly 2.5–5 cm of water a week, at the top end in hot weather.
- **In containers:** pots dry out much faster, so you'll likely need to water every day, sometimes twice in a heatwave.
- **How to check:** push a finger about 5 cm into the soil. If it's dry at that depth, water.
- **When:** early morning, at the base of the plant, which also helps against the blight.

Try to keep it consistent. Letting the soil swing between bone-dry and soaked makes blossom end rot (black patches at the bottom of the fruit) and split fruit more likely.""",
"""Great, thanks!""",
"""You're welcome, and good luck with the harvest! Check the lower leaves every few days. With the bottom pruned and the watering sorted, the plants should pull through fine.""",
))
