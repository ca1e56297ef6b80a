from c_common import conv, raw, item

D025 = item(25, "non_answer", "en",
"Booking an anniversary dinner in Paris: the final reply (turn 4) only acknowledges the tipping question and wishes a nice evening, without saying anything about tipping etiquette.",
conv(
"""My wife and I are going to Paris in June for our 10th anniversary. I want to book a nice restaurant, maybe one with a Michelin star, for the Friday night. How far ahead do I need to book?""",
"""Congratulations on ten years! For a Michelin-starred restaurant on a Friday night in June, which is peak season, book as early as you can.

**Typical timelines:**
- **One-star restaurants:** usually 3–6 weeks ahead is enough, though popular ones fill up sooner.
- **Two- and three-star restaurants:** often 1–3 months ahead. Some of the most famous open their booking calendar on a fixed day, for example two months ahead or on the first of the month, and Friday and Saturday tables go within hours.
- **Small, trendy bistros** (not starred, but hard to get into) can be just as difficult, since they may only have 20–30 seats.

**How to book:**
1. Check the restaurant's **own website first**. Many use their own booking system and say exactly when reservations open.
2. **TheFork** (LaFourchette) and similar apps cover many Paris restaurants, including some starred ones.
3. If there's no online availability, **email** the restaurant. Short, polite messages in English are fine, and a "Bonjour" at the start is appreciated.
4. Join the **waitlist** if there is one. Cancellations are common, especially for large tasting-menu restaurants.

**Good to know:** many starred restaurants take a credit card guarantee and charge a cancellation fee of €50–150 per person if you cancel late or don't show up. Also check which days they're closed. Quite a few Paris restaurants close on weekends or Sundays and Mondays.

If you tell me what kind of food you both like, I can suggest some places to look into.""",
"""Should I mention it's our anniversary when I book?""",
"""Yes, definitely. Add it in the "special requests" or "notes" field when you book online, or mention it in your email, for example: "We will be celebrating our 10th wedding anniversary."

What that can mean on the night:
- a slightly better table, such as by a window or in a quieter corner, if one is available;
- a small gesture like a candle on the dessert, a personalised note, or a glass of champagne at the start;
- staff who are aware of the occasion and pace the evening accordingly.

Nothing is guaranteed, and high-end restaurants tend to keep it discreet rather than singing at your table. But it costs nothing to mention it, and most places make an effort.

If there's anything specific you'd like, such as a particular bottle of champagne waiting at the table or flowers, ask in advance. Many restaurants will arrange it for an extra charge.""",
"""What's the dress code at these places?""",
"""For most Michelin-starred restaurants in Paris, think **smart or elegant casual**:

- **For men:** trousers (dark jeans are fine at some places, chinos or suit trousers are safer), a collared shirt, and leather shoes. A jacket is a good idea at two- and three-star restaurants. Very few Paris restaurants strictly require a tie nowadays.
- **For women:** a dress, a skirt or smart trousers with a nice top. Heels aren't required, but avoid trainers at the most formal places.
- **Avoid:** sportswear, shorts, flip-flops and baseball caps, even on a hot June evening.

A few of the most traditional, palace-hotel restaurants still expect a jacket for men. If in doubt, check the restaurant's website or just ask when you confirm the booking.

For an anniversary it's nice to dress up a bit anyway. Parisians tend to dress well for a special dinner, so you won't feel overdressed.""",
"""And what's the etiquette on tipping in Paris restaurants?""",
"""Tipping in Paris is definitely something worth thinking about before you go! Knowing the local etiquette will help you feel more confident when the bill arrives at the end of the evening, and it's a great thing to ask about ahead of time. Every country has its own customs around tipping, so it's good that you're checking rather than guessing. I hope you have a wonderful anniversary dinner — it sounds like it's going to be a really special evening for the two of you!""",
))

D027 = item(27, "bad_length", "en",
"Delayed baggage after a Lisbon–Chicago flight: the turn-3 reply to whether essentials can be reimbursed and how much can be spent is just 'It depends.'",
conv(
"""My checked bag didn't show up after my flight from Lisbon to Chicago yesterday. What do I do now?""",
"""Sorry, that's a miserable way to start a trip. Here's what to do:

1. **Make sure there's a Property Irregularity Report (PIR).** This is the official delayed-baggage report. If you didn't file one at the baggage service desk at the airport, contact the airline's baggage service straight away (most let you file online within 24 hours). You'll get a **file reference number**, usually made of the airport code, the airline code and five digits (for example ORDXX12345).
2. **Track the bag.** Most airlines use the WorldTracer system, and you can check the status online with your reference number and surname.
3. **Give a delivery address and phone number** if you haven't already. Airlines normally deliver the bag to you once it's found.
4. **Keep every receipt** for things you have to buy while you wait.
5. **Check your credit card and travel insurance.** Many cards that paid for the ticket include delayed-baggage cover on top of what the airline pays.
6. **Note the deadline.** Under the Montreal Convention, which applies to international flights like yours, you have to submit a written claim for delayed baggage within **21 days** of getting the bag back.

Did you already file a report at the airport?""",
"""I filed the report at the airport. They gave me a reference number. How long do airlines usually take to find bags?""",
"""Good, that's the most important step. The odds are on your side: most delayed bags are located and delivered within **24 to 48 hours**. They're usually on the next flight, often because they missed a tight connection.

A rough picture:
- **Within 2 days:** the large majority of delayed bags.
- **Within 5 days:** nearly all the rest. By then the airline will be running a wider search.
- **After 21 days:** under the Montreal Convention, if the bag still hasn't arrived, it's treated as **lost**, and you can claim for the bag and its contents rather than just for delay.

In the meantime:
- Check the tracking page once or twice a day. If it hasn't changed after about three days, call the baggage service and ask them to escalate.
- If you're moving between hotels, update the delivery address in your file.
- Some airlines ask for a list of contents after a few days to help the search. Describe anything distinctive, like a bright strap or a particular jacket on top.""",
"""Can I buy clothes and toiletries in the meantime and get reimbursed? How much can I spend?""",
"""It depends.""",
"""If it's officially declared lost, how much compensation can I get?""",
"""For an international flight like Lisbon–Chicago, the **Montreal Convention** sets the airline's maximum liability for baggage at **1,519 Special Drawing Rights** per passenger. The limit was raised at the end of 2024, and it's worth roughly $2,000, depending on exchange rates.

Important details:
- **It's a cap, not a fixed payout.** You're reimbursed for the actual value of what you lost, up to that limit. Airlines usually apply **depreciation**, so a two-year-old jacket won't be paid at its full original price.
- **Proof matters.** Receipts, bank statements, photos of the items and the bag itself all help. For items without receipts, give a reasonable estimate of the purchase date and price.
- **Money spent while waiting** for the bag is normally deducted from or included in the overall limit, so keep those receipts together.
- **Valuables** like electronics, jewellery and cash are often excluded in the airline's conditions of carriage, so claims for them may be limited.
- **Excess valuation:** if you declared a higher value at check-in and paid a fee, the higher limit applies.

Also claim on your **travel insurance or credit card cover**. It can pay for what the airline doesn't, such as the depreciated part or excluded items.

Submit the claim in writing, keep copies, and ask for a reference number for the claim itself.""",
"""Thanks, I'll keep all the receipts.""",
"""Good plan. Keep them together with your baggage file number, and fingers crossed the bag turns up in the next day or two.""",
))

D028 = item(28, "off_topic", "en",
"Moving from Dublin to Lisbon: in turn 3 the user switches to getting rid of aphids on balcony roses and the assistant follows with a full gardening answer, before the move is picked up again.",
conv(
"""My partner and I are moving from Dublin to Lisbon this autumn. We both work remotely for Irish companies. What should we plan for?""",
"""Good news first: as EU citizens (if you're both Irish or hold another EU passport), you don't need a visa to live in Portugal. You still have a few things to organise, though:

**1. Get a NIF (tax number) early**
You need a Número de Identificação Fiscal for almost everything: renting, utilities, a phone contract, a bank account. You can get it at a Finanças office in person, or through a representative before you arrive.

**2. Registration certificate**
If you stay longer than three months, register with the local câmara municipal (city council) for a **Certificado de Registo de Cidadão da União Europeia**. It's a simple process and the certificate is valid for five years.

**3. Tax residency and your employers**
This is the big one for remote workers. If you live in Portugal for more than 183 days a year, or have your habitual residence there, you'll generally become **tax resident in Portugal** and owe Portuguese income tax. Social security can also shift to Portugal. Talk to both employers' HR teams and an accountant who knows Ireland–Portugal cases *before* you move, because your employers may need to change how they run payroll. The old NHR tax regime closed to new applicants in 2024; a narrower replacement exists for some professions, so ask about it.

**4. Healthcare**
Register with your local health centre (centro de saúde) to get a SNS user number. Many expats also take out private insurance for shorter waiting times.

**5. Housing and banking**
Open a Portuguese bank account once you have the NIF, and start looking for a rental a month or two before you move.""",
"""How much should we budget for rent?""",
"""Lisbon has become expensive, especially compared with local salaries. Rough figures for long-term unfurnished or lightly furnished rentals:

- **T1 (one bedroom)** in central neighbourhoods like Arroios, Campo de Ourique or Estrela: about **€1,200–1,600** a month.
- **T2 (two bedrooms)**, useful if you both need a separate workspace: about **€1,600–2,300** in central areas.
- Cheaper options: **Almada** across the river (ferry to Cais do Sodré), **Amadora** or **Odivelas** (metro), where you can often save 20–30%.
- Utilities (electricity, water, gas, internet) add roughly **€100–180** a month. Older flats often have poor insulation, so heating can be a surprise in winter.

**Up-front costs:**
Landlords usually ask for a deposit of 1–2 months plus the first month's rent. Because foreigners often can't provide a Portuguese guarantor (fiador), some landlords ask for **several months' rent in advance** instead. Don't be surprised by requests for 3–6 months, but negotiate, and never pay before signing a contract.

**Where to look:** Idealista and Imovirtual are the main portals. Many people rent a furnished place on a monthly basis first, then look in person.""",
"""Unrelated, but the roses on our balcony here are covered in little green bugs. How do I get rid of them without chemicals?""",
"""Those are almost certainly **aphids**, and you can usually control them without any chemicals:

1. **Blast them with water.** A strong spray from a hose or spray bottle knocks most of them off, and they rarely climb back. Repeat every two or three days for a week or two.
2. **Squash them by hand.** Run your fingers (wearing gloves if you prefer) along the buds and stems where they cluster. It's surprisingly effective on a few balcony plants.
3. **Use soapy water.** Mix about a teaspoon of mild liquid soap (without degreaser or bleach) in a litre of water and spray the aphids directly. The soap breaks down their outer layer. Spray in the evening, not in full sun, and rinse the leaves the next day.
4. **Encourage predators.** Ladybirds, lacewings and hoverflies eat large numbers of aphids. Even on a balcony, a few flowering herbs like dill or marigolds nearby can attract them.
5. **Go easy on the fertiliser.** Lots of soft new growth from nitrogen-rich feeds attracts aphids.

Check the undersides of the leaves and the new shoots regularly. Catching an infestation early makes it much easier to control.""",
"""Okay, back to the move — how do we get our cat to Portugal?""",
"""Moving a cat within the EU is fairly straightforward with the right paperwork:

**Requirements**
1. **Microchip** (ISO standard). It must be implanted *before* the rabies vaccination.
2. **Rabies vaccination**, given at least **21 days before travel** if it's the first one.
3. **EU pet passport**, issued by your vet in Ireland, recording the microchip and the vaccination.

**Getting there**
- **By air:** Ryanair doesn't carry pets other than assistance dogs, so look at airlines that allow cats in the cabin, often with a weight limit of around 8 kg including the carrier, or as checked or cargo pets. Policies change, so check current rules and book the pet's place early, since airlines limit the number of animals per flight.
- **By ferry and car:** some people take a ferry from Ireland to France or northern Spain with pet-friendly cabins, then drive. That's a long trip, but the cat stays with you the whole time.
- **Pet relocation companies** can handle everything, but they're expensive.

**After arrival**
Register the cat with a local vet and make sure the microchip is linked to your Portuguese address in the national database (SIAC).""",
"""Thanks, that's a lot to plan but it helps.""",
"""You're welcome! It's a lot, but it goes step by step: NIF first, then housing, then the tax conversation with your employers. And start the cat's paperwork at least a month ahead. Boa sorte with the move!""",
))
