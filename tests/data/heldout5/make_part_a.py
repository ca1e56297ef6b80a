#!/usr/bin/env python3
"""Writes /work/heldout5/part-a.jsonl: 30 hand-written labelled dialogues (h5a-001..h5a-030)."""
import json
from collections import Counter

OUT = "/work/heldout5/part-a.jsonl"
DATA = []


def d(num, label, lang, note, turns, roles=None):
    if roles is None:
        roles = ["human" if k % 2 == 0 else "gpt" for k in range(len(turns))]
    assert len(roles) == len(turns)
    DATA.append({
        "id": "h5a-%03d" % num,
        "label": label,
        "language": lang,
        "note": note,
        "conversations": [{"from": r, "value": t.strip("\n")} for r, t in zip(roles, turns)],
    })

# ---------------------------------------------------------------- GOOD (en)
d(1, "good", "en",
  "Good: Lisbon-Porto train trip planning; long specific replies (stations, classes, Douro options) mixed with a short direct answer to a short follow-up.",
  ["""My partner and I are doing 10 days in Portugal in May. We fly into Lisbon, want 4 nights there, then 3 nights in Porto, then back to Lisbon to fly home. Is the train or the bus better between Lisbon and Porto, and how do we book?""",
   """For Lisbon–Porto the train is usually the better choice: it is faster, more comfortable, and drops you closer to the centre.

**Your options**

| | Journey time | Typical fare (one way) |
|---|---|---|
| Alfa Pendular (CP high-speed tilting train) | about 2 h 50 min – 3 h | roughly €25–35 standard, €40–50 first class |
| Intercidades (CP) | about 3 h 10 min – 3 h 20 min | roughly €23–30 |
| Express bus (Rede Expressos, FlixBus) | about 3 h 15 min – 3 h 45 min | roughly €10–20 |

The bus is cheaper and fine on a budget, but the bus stations (Sete Rios / Oriente in Lisbon, Campo 24 de Agosto or Garagem Atlântico in Porto) are less central, and traffic can add time.

**How to book the train**

1. Use the official CP website (cp.pt) or the CP app; both accept foreign cards.
2. Tickets usually go on sale about two months ahead, and CP runs discounted "promo" fares for early bookings, so book as soon as your dates are fixed. May is busy.
3. Seats are assigned on both Alfa Pendular and Intercidades. You get a PDF/QR ticket you can show on your phone.
4. In Porto, long-distance trains stop at **Campanhã**. To reach the historic centre, change to the frequent urban train to **São Bento** (about 5 minutes); a CP long-distance ticket to Porto generally covers that hop, but check the conditions printed on your ticket.

If you tell me which day you're travelling, I can suggest the best departure times.""",
   """We'd go on Thursday morning. We're staying in Alfama. Which station should we leave from?""",
   """Leave from **Santa Apolónia**. It is at the bottom of Alfama, along the river, so depending on where exactly you're staying it is a 5–15 minute walk (mostly downhill, which is handy with luggage).

Most Alfa Pendular and Intercidades trains to Porto start at Santa Apolónia and then stop at Oriente about 8 minutes later, so you can board at the first stop and settle in before the train fills up. Arrive 15–20 minutes early; the departure board shows the platform roughly 10–15 minutes before departure.

On a Thursday morning there are usually departures around 7:00, 8:30–9:00 and 11:00; an 8:30–9:00 train gets you into Porto around lunchtime, which works well for check-in.""",
   """Is first class worth it?""",
   """On Alfa Pendular it's a modest upgrade: "Conforto" has 2+1 seating instead of 2+2, a bit more legroom, quieter cars and a small welcome drink on some services. The difference is often only €10–15 per person if you book early, so it's worth it if the price gap is small; otherwise standard ("Turística") is perfectly comfortable for three hours.""",
   """Good to know. While in Porto we want a day trip to the Douro Valley. Train or organised tour?""",
   """Both work well; it depends on whether you want wine tastings without worrying about logistics.

**By train (independent, cheap)**
- Trains run from **São Bento** along the Douro line to **Peso da Régua** (about 2 h) and **Pinhão** (about 2 h 30 min).
- Fares are low, roughly €10–15 each way, and you buy them at the station or on the CP site; no seat reservation.
- Sit on the **right-hand side** heading east: the last hour runs right along the river.
- In Pinhão you can walk to a quinta (for example Quinta do Bomfim, about 10 minutes on foot; book the tasting ahead) or take a one-hour river boat trip from the pier.
- Downside: only a handful of trains a day, so check the return time carefully.

**Organised tour (easier, pricier)**
- Typically €90–130 per person for a full day, including hotel pickup, two winery visits with tastings, lunch and a short boat ride.
- Nobody has to watch the clock or drive on winding roads after port tastings.

If you like the idea of the scenery and a relaxed pace, take the early train to Pinhão, do one tasting and the boat trip, and come back on an afternoon train. If the tastings are the main point, a small-group tour (8 people or fewer) is worth the money.""",
   """Thanks! Last thing: do we need to validate the tickets before boarding?""",
   """Not for the Lisbon–Porto train: your Alfa Pendular or Intercidades ticket has a fixed seat and the conductor simply scans the QR code. For the Douro regional train, keep the ticket you bought at the station and show it when asked; no stamping needed either."""])

d(2, "good", "en",
  "Good: chicken stock from a carcass, then quick soup for a sick child; includes a short plain-prose answer to 'thanks, and can I freeze it?'.",
  ["""I have a leftover roast chicken carcass from Sunday. How do I turn it into proper stock?""",
   """A roast carcass makes a rich, golden stock. Here's a reliable method for about 2 litres.

**Ingredients**
- 1 roast chicken carcass (plus any wing tips, skin and jelly from the roasting tin)
- 1 onion, halved (skin on for colour)
- 1 large carrot and 1 celery stick, cut into chunks
- 1 bay leaf, 6–8 black peppercorns, a few parsley stalks
- About 2.5 litres cold water

**Method**
1. Break the carcass into 3–4 pieces so it fits snugly in your pot; the tighter it fits, the less water you need and the stronger the stock.
2. Add the vegetables and aromatics, then cover with cold water by about 2 cm. Starting cold helps draw out flavour and gelatin.
3. Bring slowly to a bare simmer — a few bubbles breaking the surface every second. A hard boil makes the stock cloudy and greasy.
4. Skim off any grey foam in the first 20 minutes.
5. Simmer uncovered for **3 to 4 hours**, topping up with a little water if the bones start poking out.
6. Strain through a fine sieve (lined with a paper towel if you want it very clear). Don't press the solids hard.
7. Cool quickly: sit the pot in a sink of cold water, stirring, then refrigerate within 2 hours.

Don't salt it yet; season whatever dish you make from it instead, because stock often gets reduced later. Once chilled, the fat sets on top and lifts off easily, and if it wobbles like jelly, you've extracted plenty of gelatin.""",
   """How long will it keep in the fridge?""",
   """3 to 4 days in a covered container. If you're past day 3 and want a bit more time, bring it to a rolling boil for a couple of minutes, cool it and it's good for another couple of days.""",
   """Thanks, and can I freeze it?""",
   """Yes, it freezes very well for about 6 months. Leave 2–3 cm of headspace in the container because it expands, and freeze some in an ice-cube tray too; a couple of cubes are handy for pan sauces.""",
   """Tonight I want to use some for a simple noodle soup for my 6-year-old, she's got a cold. Something ready in about 30 minutes?""",
   """Here's a gentle chicken noodle soup for 2–3 small bowls, done in 25–30 minutes.

**You'll need**
- 1 litre of your stock
- 1 small carrot, diced small
- 1 celery stick, finely sliced
- 1 small leek or ½ onion, finely chopped
- 1 tsp butter or olive oil
- 60–80 g small pasta (stars, orzo or broken spaghetti) or thin egg noodles
- A handful of leftover chicken, shredded (about 100 g), if you have it
- Salt to taste, a squeeze of lemon, a little chopped parsley

**Steps**
1. Melt the butter in a pan over medium-low heat and soften the leek, carrot and celery for 5 minutes without browning.
2. Pour in the stock and bring to a simmer; cook for 8–10 minutes until the carrot is tender.
3. Add the pasta and cook according to the packet, usually 6–8 minutes.
4. Stir in the chicken for the last 2 minutes just to heat through.
5. Taste and season with salt (your stock was unsalted, so it will need some — start with ½ tsp), then add a small squeeze of lemon.

Let it cool for a few minutes before serving; kids with sore throats often prefer it warm rather than hot. Any leftovers will thicken as the pasta soaks up liquid, so add a splash of stock when reheating.""",
   """She doesn't like celery. What can I swap in?""",
   """Just leave it out — the stock already has celery flavour from simmering. If you want another vegetable, use a handful of frozen peas (added with the pasta) or a small diced courgette, which goes soft and mild."""])

d(3, "good", "en",
  "Good: rescue dog barking when left alone; user deliberately repeats 'barks, barks, barks' for emphasis; long desensitisation plan, short follow-ups, consistent numbers.",
  ["""We adopted a 2-year-old beagle mix, Biscuit, three weeks ago. Every time we leave the flat he barks, barks, barks. Our neighbour says it goes on for about 40 minutes. What can we do?""",
   """Three weeks in, this is very common: Biscuit is still working out whether you come back, and beagles are vocal by nature. The goal is to teach him that being alone is boring and safe, in small steps.

**1. Find out what the barking is**
Set up a laptop or old phone as a camera (a video call to your own phone works) and watch the first 10 minutes after you leave. Pacing, scratching at the door and howling point to distress; barking at corridor noises points to alert barking, which is easier to fix.

**2. Practise short absences**
- Start with departures he can cope with, even 30 seconds: pick up keys, step out, close the door, come back calmly.
- Increase gradually (1, 2, 5, 10 minutes) only when he stays quiet at the current level.
- Do 5–10 short reps a day, and keep arrivals and departures low-key: no big goodbye, no excited greeting.

**3. Make the alone time pleasant**
- Give a stuffed Kong or lick mat (wet food, frozen overnight) only when you leave, and take it away when you're back.
- A 30–40 minute sniffy walk before longer absences takes the edge off.

**4. Reduce triggers**
- If he reacts to hallway noise, leave a radio or white-noise machine on and block his view of the door with a baby gate.

**5. Avoid punishment**
Bark collars or shouting usually make anxiety worse.

While you train, try to avoid leaving him for longer than he can handle: a dog walker, daycare or a neighbour can cover the gaps. If the video shows real panic (drooling, destroying the door frame), talk to your vet about a referral to a certified behaviourist.""",
   """We filmed it. He whines, then paces by the door and barks. No destroying anything. How long should the practice departures be at the start?""",
   """That sounds like mild-to-moderate distress, which responds well to training. Watch the recording again and note when the whining starts; if it's after about 2 minutes, begin your sessions at around half that, so 1 minute. The rule is to come back before he gets upset, so every rep ends in success.

Once he handles a duration calmly three sessions in a row, add about 20–30%. Most dogs progress unevenly, so if he has a bad day, drop back to the last easy level rather than pushing on.""",
   """Would a crate help or make it worse?""",
   """It depends on Biscuit. For some dogs a crate is a cosy den; for dogs with separation distress, being shut in can increase panic and they may hurt themselves trying to get out.

Test it while you're home: leave the crate open with a blanket and feed his meals in it. If he chooses to nap there, you can try closing the door for short periods while you're in the room. If he whines or paws at the door, skip the crate and use a puppy-proofed room or a gated kitchen instead, which gives him some space without the confinement.""",
   """A friend says we should get a second dog to keep him company. Good idea?""",
   """Usually not as a fix. Separation distress is typically about being apart from *his* people, so many dogs keep barking even with a companion — and then you have two dogs to train. A second dog can be lovely later, once Biscuit is settled, but get him comfortable alone first.""",
   """What about those calming pheromone plug-ins? Worth trying?""",
   """They're safe and easy to try, but don't expect them to solve it on their own. Dog-appeasing pheromone diffusers (Adaptil is the best-known brand, roughly £20–30 for a starter kit lasting about a month) have mixed evidence: some studies found a modest drop in stress behaviours, others found no difference from a placebo.

If you try one, plug it into the room where Biscuit stays when you're out, give it a few days to build up, and keep doing the short departures alongside it. Your session log will show whether it's making any difference.""",
   """Makes sense. Thanks, we'll start the short departures tomorrow.""",
   """Good luck to you and Biscuit! Keep a simple log of each session's length and how he reacted — most dogs show clear progress within 4 to 8 weeks, and the notes make it easy to spot that progress on a discouraging day."""])

d(4, "good", "en",
  "Good: evening Wi-Fi dropouts; channel analysis, concrete settings, mesh vs extender, short answer on bridge/AP mode; consistent throughout.",
  ["""Our home Wi-Fi drops out almost every evening around 8pm. It's the router from our ISP, two-storey house, happens on both my laptop and my phone. Daytime is fine. Where do I start?""",
   """A pattern that shows up every evening on several devices usually points to one of three things: interference from neighbours' networks (everyone is streaming at 8pm), congestion on your ISP's side, or the router itself struggling. Here's how to narrow it down.

**1. Wi-Fi or internet?**
When it drops, open a command prompt on the laptop and run `ping 192.168.1.1` (or whatever your router's address is — it's usually on a sticker) and, in a second window, `ping 8.8.8.8`.
- If the router ping also fails or spikes above 100 ms, the problem is your **Wi-Fi link**.
- If the router ping is fine but 8.8.8.8 fails, it's the **internet connection** — call the ISP and ask them to check line errors in the evenings.

**2. Test with a cable**
Plug the laptop into the router with an Ethernet cable one evening. If the cable stays solid while Wi-Fi drops, you've confirmed it's wireless.

**3. Check the basics**
- Restart the router and check for a firmware update in its admin page.
- Make sure it isn't in a cupboard, behind the TV or on the floor; central and high is best.
- Note which band you're on (2.4 GHz or 5 GHz).

Run those checks tonight and tell me what you find — if it's Wi-Fi, the next step is to look at which channels your neighbours are using.""",
   """Router ping goes up to 300 ms and times out, cable is fine. So it's the Wi-Fi. How do I see which channels the neighbours use?""",
   """A few free ways, depending on your device:

- **Windows**: open Command Prompt and run `netsh wlan show networks mode=bssid`. It lists every network in range with its channel and signal strength.
- **Mac**: hold **Option**, click the Wi-Fi icon, choose **Open Wireless Diagnostics**, then in the menu bar go to **Window → Scan**. You'll see channels and a "best channel" suggestion.
- **Android**: a Wi-Fi analyser app (for example "WiFiAnalyzer", open source) shows a live graph of channels.
- iPhones can't show this information without extra hardware, so use one of the other devices.

Do the scan around 8pm, when the problem happens.""",
   """At 8pm I see 14 networks on 2.4 GHz, most on channels 6 and 11. On 5 GHz only three. What should I set?""",
   """That's a crowded 2.4 GHz band, which fits your symptoms. In the router's admin page:

1. **2.4 GHz**: set the channel manually to **1** and the channel width to **20 MHz**. Only 1, 6 and 11 don't overlap, and 1 is the least used around you.
2. **5 GHz**: pick a channel in the **36–48** range with **80 MHz** width. These channels don't need radar checks (DFS), so the router won't suddenly switch channel.
3. If your router offers "band steering" or "smart connect", turn it on so devices prefer 5 GHz; if it behaves oddly, give the bands separate names (e.g. "Home" and "Home-5G") and join the 5 GHz one where the signal is good.
4. Save, reboot the router, and test again tomorrow evening.

Most laptops and phones from the last 6–7 years support 5 GHz, so that band alone should fix most of the dropouts near the router.""",
   """Much better downstairs now! But upstairs in the back bedroom it still drops. Mesh system or an extender?""",
   """For a two-storey house, a **mesh system** is usually the better buy.

**Extender (about £25–60)**
- Repeats the signal, but typically halves the available speed because it uses the same radio to talk to the router and to your devices.
- Often creates a second network name, and devices cling to the weaker one.
- Fine for one problem room on a tight budget.

**Mesh system (about £120–300 for 2–3 units)**
- Units coordinate with each other and hand devices over as you move, under one network name.
- Tri-band models (e.g. TP-Link Deco, Netgear Orbi, Eero Pro ranges) have a dedicated radio for the link between units, so speed holds up much better.
- A 2-pack covers most two-storey houses; put the second unit on the landing or halfway between the router and the back bedroom, not in the bedroom itself — it needs a good signal to relay.

**Powerline or wired backhaul**
If you can run an Ethernet cable upstairs (or use powerline adapters), a mesh unit connected by cable gives the best result of all.

Since you've already seen that the issue is coverage rather than the line, a 2-unit mesh kit is likely all you need.""",
   """OK, going with mesh. Does it replace my ISP router?""",
   """Usually it works alongside it. Keep the ISP router as the modem and either put it in **bridge/modem mode**, or, if your ISP router doesn't allow that, set the mesh to **access point mode**. Either way you avoid "double NAT", which can cause problems with gaming and video calls. Also switch off the ISP router's own Wi-Fi so it doesn't compete on the same channels.""",
   """The kids' games console is in that back bedroom. Should it use the mesh Wi-Fi or a cable?""",
   """A cable, if you can. Most mesh satellites have one or two Ethernet ports, so place the upstairs unit where it still gets a good signal from the main unit and run a short cable from its port to the console. Online games care more about stable latency than raw speed, and a wired link removes the Wi-Fi hop from the bedroom entirely.""",
   """Do I need to reboot the mesh regularly like I used to with the old router?""",
   """No. Mesh systems are designed to run continuously and update their own firmware, usually overnight. Make sure automatic updates are switched on in the app, and only reboot if something actually misbehaves."""])
d(5, "good", "en",
  "Good: burst-pipe home insurance claim; user asks for an email template and the reply fills it with the user's real details (no placeholders); negotiation advice and UK ombudsman route are accurate.",
  ["""A pipe burst under my kitchen sink while we were away for a week. The floor and the lower cabinets are ruined. I have home insurance. What do I do first?""",
   """Sorry you came home to that. Here's the order to tackle things in, which also protects your claim.

1. **Stop the water and make it safe.** Turn off the stopcock (often under the sink or where the water main enters), and switch off electrics in the kitchen at the consumer unit if water reached sockets or appliances.
2. **Document everything before cleaning up.** Take wide photos of each area, then close-ups of the burst pipe, warped flooring, swollen cabinet bases and any damaged appliances. A short video walk-through with a date stamp helps too.
3. **Call your insurer's claims line** (usually on the policy documents or app) and get a claim reference number. Most policies require you to report "as soon as reasonably possible".
4. **Prevent further damage.** You're expected to mitigate: mop up, open windows, run fans or a dehumidifier. Keep receipts — reasonable emergency costs are normally claimable.
5. **Keep the evidence.** Don't throw away the failed section of pipe or damaged cabinet doors until the insurer says you can; photograph anything that has to go for hygiene reasons.
6. **Get a plumber to repair the leak** and ask for a written note of the cause (e.g. "failed compression fitting on cold feed").

Also check your policy for "escape of water" cover and whether you have "trace and access" cover, which pays for finding and reaching the leak. Note your excess — for escape of water it is often higher than the standard excess, commonly £250–£500.""",
   """The insurer is sending a loss adjuster next week. How should I prepare?""",
   """A bit of preparation makes the visit much smoother:

- **Photo and video file**, in date order, plus the plumber's note on the cause.
- **A room-by-room list** of damaged items: flooring type and area (e.g. 14 m² of oak-effect laminate), number of cabinet units, appliances, and anything in the cupboards.
- **Age and rough purchase price** of the kitchen and receipts or bank statements if you have them.
- **Receipts** for emergency costs: plumber call-out, dehumidifier hire, etc.
- **One or two repair quotes**, if you can get them in time.

During the visit, point out less obvious damage, like swelling behind the kickboards or damp in adjoining walls, and ask the adjuster whether a drying company will be appointed and what the next step and timescale are. Take notes and the adjuster's contact details.""",
   """Can you write me a short email template to notify the insurer in writing as well? Use my details: I'm Dana Whitfield, policy HOM-4471920, address 18 Larch Close, Reading RG4 7TX. I discovered the leak on Sunday 9 March.""",
   """Of course. Here it is with your details filled in; you only need to add the claim reference they gave you by phone if you have it.

---

**Subject:** Escape of water claim – Policy HOM-4471920 – 18 Larch Close, Reading

Dear Claims Team,

I am writing to confirm in writing the escape of water at my home, which I reported by phone.

- **Policyholder:** Dana Whitfield
- **Policy number:** HOM-4471920
- **Property:** 18 Larch Close, Reading RG4 7TX
- **Date discovered:** Sunday 9 March, on returning from a week away

A pipe under the kitchen sink failed while the property was unoccupied. Water has damaged the kitchen floor and the lower cabinets. I turned off the water supply immediately, have documented the damage with photos and video, and have taken steps to dry the room. A plumber has repaired the leak and provided a written note of the cause.

I understand a loss adjuster will visit next week. Please let me know of any further information or documents you need.

Kind regards,
Dana Whitfield

---

Attach a few of the key photos and the plumber's note, and keep a copy of the sent email.""",
   """They've offered £3,200 but my kitchen fitter quoted £5,450 to replace the floor and lower units. Can I push back?""",
   """Yes. A first offer isn't final, and a documented gap of £2,250 is worth challenging.

**How to push back**
1. **Ask for the breakdown.** Request the adjuster's report or the schedule showing how they reached £3,200: which items, what rates, and whether they deducted for wear and tear or the excess.
2. **Send your evidence.** Forward your fitter's itemised quote and ideally a second independent quote. If two fitters land around £5,000–5,500, that's persuasive.
3. **Raise "matching".** If replacement lower units can't be matched to the surviving wall units or worktop, ask how the policy handles a "matching set" — some policies contribute towards replacing undamaged parts so the kitchen is uniform. Quote the wording if you find it.
4. **Check the excess.** Make sure it hasn't been deducted twice.
5. **Put it in writing**, politely, with a clear request: "Please review the settlement in light of the attached quotes."

**If they won't move**
- Make a formal complaint to the insurer. They have **8 weeks** to give a final response.
- If you're still unhappy, you can take it to the **Financial Ombudsman Service** free of charge, within **6 months** of that final response.

Keep everything in one email thread so the timeline is clear."""])

d(6, "good", "en",
  "Good: tenant moving out in Los Angeles; correct California deposit rules (21 days, pre-move-out inspection, wear and tear, bad-faith penalty, small claims); brief warm closing reply that still adds a concrete fact.",
  ["""I'm moving out of my apartment in Los Angeles at the end of the month after three years. The deposit is $2,400. How do I make sure I get as much of it back as possible?""",
   """California law is fairly tenant-friendly here, so a bit of preparation goes a long way.

**Before you move out**
1. **Request a pre-move-out inspection.** Under California Civil Code §1950.5, you can ask the landlord (in writing) for an initial inspection up to two weeks before you leave. They must give you an itemised list of proposed deductions, and you then get the chance to fix those items yourself.
2. **Dig out your move-in records.** Any move-in checklist or photos are your baseline; damage that was already there can't be charged.
3. **Clean to the level it was when you moved in**: inside the oven and fridge, bathroom grout, blinds, floors and baseboards. A one-off professional clean (often $200–400 for a one-bedroom) is usually cheaper than a landlord's cleaning charge.
4. **Fix small things**: fill nail holes, replace dead bulbs, reattach loose cabinet handles.

**On moving day**
- Take timestamped photos and video of every room, inside appliances and closets.
- Return all keys and get a written acknowledgment.
- **Give your forwarding address in writing.**

**After you leave**
The landlord has **21 days** to return the deposit or send an itemised statement of deductions. For any deduction over $125, they must include receipts or invoices (or a good-faith estimate if the work isn't done yet).

Crucially, landlords can't deduct for **normal wear and tear** — light scuffs, minor carpet wear, faded paint — only for damage beyond that, unpaid rent, and cleaning needed to return it to move-in condition.""",
   """The landlord says he'll charge me for repainting the whole unit because I lived there three years. Is that allowed?""",
   """Generally no, not just because time has passed. Paint fading, small scuffs and a few nail holes after three years are normal wear and tear, and repainting for the next tenant is the landlord's cost of doing business.

He could charge for painting if there's damage beyond normal use — large stains, crayon on walls, smoke damage, or colours you painted without permission. Even then, many courts expect the charge to reflect the paint's remaining useful life (interior paint is often treated as lasting around 3–5 years), so after three years the chargeable amount would be small.

Ask him, in writing, to specify what damage justifies the charge. Your move-out photos will be your best evidence.""",
   """And what if he just doesn't send it back within the 21 days?""",
   """Then take these steps:

1. **Send a demand letter** (email plus certified mail) citing Civil Code §1950.5, stating the amount owed ($2,400 minus any deductions you accept) and a deadline, e.g. 10 days.
2. **File in small claims court** if he doesn't respond. In California, individuals can claim up to **$12,500**, no lawyer needed, and filing fees are modest (roughly $30–75).
3. If the court finds he kept the deposit **in bad faith**, it can award you the deposit **plus a penalty of up to twice the deposit amount** — so up to an extra $4,800 in your case.

Landlords who miss the deadline often settle once they see the demand letter mentions the bad-faith penalty.""",
   """Thanks so much, I feel a lot less anxious about this now.""",
   """You're welcome, and good luck with the move! One last tip: note the date you hand over the keys — that's the day the 21-day clock starts, so you'll know exactly when to expect the deposit or the itemised statement."""])

d(7, "good", "en",
  "Good: wedding planning for 90 guests on $25,000; budget split, booking timeline, Friday savings, RSVP rate, day-of timeline; mix of long and short replies, numbers consistent.",
  ["""We just got engaged! Wedding planned for October next year, around 90 guests, total budget $25,000. Where do we even start?""",
   """Congratulations! With about 16 months to go you're in a great position. Start with three decisions, because everything else depends on them:

1. **Your top three priorities.** Food, photos, music, venue look? Spend more there and trim elsewhere.
2. **Guest list draft.** 90 is the number that drives catering, venue size and cost.
3. **Rough budget split.** A typical split for $25,000:

| Category | Share | Amount |
|---|---|---|
| Venue + catering + bar | 45% | $11,250 |
| Photography / video | 12% | $3,000 |
| Attire + beauty | 7% | $1,750 |
| Flowers + decor | 8% | $2,000 |
| Music / DJ | 6% | $1,500 |
| Stationery | 2% | $500 |
| Officiant, cake, favours, transport | 8% | $2,000 |
| Contingency | 12% | $3,000 |

Catering is the big variable: at 90 guests, $11,250 gives you about $125 per person for venue, food and drinks combined, which is doable in most areas with a buffet or family-style service and a beer-and-wine bar.

Don't skip the contingency line — last-minute costs (extra hours, alterations, service charges of 18–22%) are where budgets slip.""",
   """When do we need to book the different vendors?""",
   """A practical timeline working back from October:

- **12–16 months before:** venue and date, then photographer (good ones book a year ahead for October weekends), and caterer if the venue doesn't include one.
- **10–12 months:** DJ or band, officiant, videographer if you want one.
- **8–10 months:** start dress shopping (orders can take 4–6 months plus 2–3 months for alterations), florist, save-the-dates out 6–8 months before.
- **4–6 months:** cake, hair and makeup, rentals, transport, suits.
- **6–8 weeks:** invitations mailed, RSVP deadline about 3–4 weeks before the wedding.
- **2 weeks:** final headcount to caterer, seating plan, payment schedule check.

So the urgent jobs right now are venue and photographer.""",
   """Is a Friday wedding actually cheaper?""",
   """Usually, yes. Many venues charge 20–40% less on Fridays or Sundays than on a Saturday in peak season, and some vendors discount too. The trade-off is that some guests will need to take a day off, so it works best if most people are local.""",
   """If we invite 90, how many will actually come?""",
   """For a mostly local wedding, plan on about 80–85% attending, so roughly 72–77 guests. If many people would have to travel or fly, it can drop to 65–75%. Still budget for the full 90 until RSVPs are in.""",
   """Can you draft a sample timeline for the day, with a 4pm ceremony?""",
   """Here's a sample timeline assuming ceremony and reception at the same venue and sunset around 6:30pm in October:

- **11:00** Hair and makeup start (allow 45–60 min per person in the wedding party)
- **1:30** Photographer arrives: details, getting ready shots
- **2:30** Dress and suit on
- **2:45** First look and couple portraits (optional, frees up the cocktail hour)
- **3:15** Wedding party photos
- **3:30** Guests arrive, music playing
- **4:00** Ceremony (20–30 min)
- **4:30** Family photos (have a list and a helper who knows the relatives)
- **4:30–5:30** Cocktail hour
- **5:30** Grand entrance, welcome
- **5:45** Dinner served
- **6:15** Golden-hour portraits, 15 min, while guests finish dinner
- **6:45** Toasts (cap at 3 speeches, 3–5 min each)
- **7:15** First dance, parent dances
- **7:30** Dance floor opens
- **8:30** Cake cutting
- **10:00** Last song and send-off

Share a version with times with all vendors, and name one person (a coordinator or a trusted friend) to keep things on schedule.""",
   """How many hours of photography do we actually need?""",
   """With that timeline, **8 hours** (about 1:30pm to 9:30pm) covers getting ready, the ceremony, portraits, toasts, first dance and an hour of dancing. If you need to save money, **6 hours** from 2:30pm to 8:30pm still gets everything important except the getting-ready shots and later party photos. Most photographers in the $3,000 range offer 6–8 hour packages, so ask for a quote on both.""",
   """Who should we tip, and how much?""",
   """Tipping customs vary, but in the US a common guide is:

- **Catering and bar staff**: 15–20% of the food and drink bill, **unless** the contract already has a service charge. Ask whether that 18–22% service charge goes to the staff; if it does, a small extra cash tip for the captain is plenty.
- **Hair and makeup**: 15–20%, as you would at a salon.
- **DJ or band**: $50–150 for a DJ, $25–50 per band musician.
- **Photographer / videographer**: optional if they own the business; $50–100 per assistant or second shooter is a nice gesture.
- **Delivery and setup crews** (florist, rentals, cake): $10–20 per person.
- **Officiant**: $50–100, or a donation to their place of worship.

Put the tips in labelled envelopes and give them to your coordinator or a trusted friend to hand out at the end of the night. Budget roughly $700–1,000 in total; it can come from the contingency line.""",
   """Perfect. Who traditionally holds the rings during the ceremony?""",
   """Traditionally the best man (or best person) holds both rings until the exchange. If you have a ring bearer, they usually carry decoy rings or rings tied loosely to a pillow, and the real ones stay with the best man."""])
# ---------------------------------------------------------------- GOOD (zh, de, pt, pl)
d(8, "good", "zh",
  "Good: 网购空气炸锅七天无理由退货；准确引用消保法第25条与“商品完好”认定，给出操作步骤、被拒后的维权途径，最后简短回答换货问题。",
  ["""我在网上买了一个空气炸锅，用了两次，觉得容量太小了（只有3升），想退掉。还能七天无理由退货吗？今天是收货第五天。""",
   """能不能退，关键看“商品是否完好”，时间上你还在期限内。

**法律依据**
《消费者权益保护法》第二十五条规定：网络购买的商品，消费者自**收到商品之日起七日内**有权退货，且无需说明理由（定作商品、鲜活易腐商品、数字化商品、报纸期刊等除外）。你是收货第五天，还来得及，但要尽快申请。

**“商品完好”怎么认定**
按照《网络购买商品七日无理由退货暂行办法》：
- 商品能够保持原有品质、功能，商品本身、配件、商标标识齐全，视为完好；
- 但如果**超出查验和确认商品品质、功能需要而使用**，导致价值贬损较大，可以视为不完好。

用了两次做饭，商家有可能认为已经超出“试用”范围。实际处理中常见三种结果：
1. 商家同意全额退货（不少平台和品牌对小家电比较宽松）；
2. 商家同意退货，但按折旧扣一部分钱；
3. 商家拒绝无理由退货。

**提高成功率的做法**
- 把炸篮、烤盘彻底洗净擦干，不留油渍和异味；
- 配件、说明书、保修卡、原包装（含泡沫）尽量齐全；
- 申请时如实说明“容量不合适”，语气客气。

另外注意：无理由退货的运费一般由消费者承担，除非你下单时买了运费险，或商家承诺包退运费。""",
   """好的，具体该怎么操作？""",
   """一般流程如下（各平台大同小异）：

1. 打开购物App →「我的订单」→ 找到这单 → 点「申请售后」或「退换货」；
2. 选择「退货退款」，原因选「七天无理由退货」；
3. 上传几张清洗后的商品和配件照片，备注“仅使用两次，配件齐全”；
4. 商家同意后，选择「上门取件」或自己寄回，**务必保留快递单号**；
5. 商家签收验货后退款，通常原路退回，几天内到账。

提交申请的时间以申请记录为准，所以今天就提交，哪怕寄件晚一两天也不影响七天期限。""",
   """如果商家客服拒绝怎么办？""",
   """可以按这个顺序来：

- **申请平台介入**：在售后页面点「申请平台介入」或「投诉商家」，上传聊天记录和商品照片，平台会根据规则判定；
- **保留证据**：客服聊天记录截图、商品现状照片、订单页面；
- **12315 投诉**：可以在全国12315平台（网站或小程序）投诉，写清订单号、商家名称和诉求；
- 如果商家只是要求扣一部分折旧费，可以先谈一个合理比例，比如10%左右，往往比拖下去更省事。""",
   """谢谢！那如果我不退了，换一个大一点的型号可以吗？""",
   """可以。在售后里选「换货」，不过换成不同型号通常需要商家同意并补差价。更快的做法是先按无理由退货把这台退掉，再直接下单5升左右的型号，两边互不耽误。"""])

d(9, "good", "zh",
  "Good: 马桶水箱一直漏水的排查与维修；色素测试、换排水阀密封圈的步骤准确，一体式马桶的补充说明，结尾简短道谢回复仍给出具体维护建议。",
  ["""我家马桶冲完水以后，水箱里一直有很细的流水声，这个月水费也涨了。这是什么问题？要怎么修？""",
   """这种“冲完水一直细细流水”的情况很常见，基本是水箱里的两个部件之一出了问题：

**1. 进水阀（上水阀）水位太高**
水位调得比溢流管顶部还高，水会一直从溢流管流进马桶，进水阀就一直补水。
- 检查方法：掀开水箱盖，看水面是否高于中间那根溢流管的管口；
- 解决：调低进水阀浮子的高度（一般有调节螺丝或卡扣），让水位比溢流管口低约2厘米。

**2. 排水阀密封圈老化漏水**
橡胶密封圈（俗称皮碗）用了几年会变硬、变形，水就从水箱慢慢渗进马桶，水位一降，进水阀又开始补水。
- 检查方法：**色素测试**。在水箱里滴几滴食用色素或蓝色墨水，**15–20分钟内不要冲水**，然后看马桶池里的水有没有变色。变色了，就说明排水阀漏水。

**先做这两步**
1. 看水位是否超过溢流管；
2. 如果水位正常，就做色素测试。

按这个漏法，一个月多用几吨水很正常，所以尽快处理是值得的。你测完告诉我结果，我再告诉你下一步怎么修。""",
   """我做了色素测试，二十分钟后马桶里的水变成蓝色了。""",
   """那就是排水阀密封圈漏水，自己就能换，材料费一般十几到三十元。

**准备**：同品牌或通用尺寸的排水阀密封圈（拆下旧的带去五金店或对照型号网购）、一块抹布、一次性手套。

**步骤**
1. **关闭角阀**：马桶后面墙上的小阀门，顺时针拧紧；
2. **冲一次水**，把水箱放空，用抹布吸干剩余的水；
3. **取下排水阀**：多数新款排水阀是卡扣式的，按住卡扣或逆时针旋转四分之一圈就能整体提出来；
4. **换密封圈**：把底部的旧橡胶圈取下，清理阀座上的水垢和杂质（用旧牙刷或百洁布轻擦），套上新圈，确认压平没有扭曲；
5. **装回去**，打开角阀进水，再做一次色素测试确认不漏。

如果密封圈看起来还行，但阀座本身有裂纹或变形，那就需要整体换排水阀（一般五六十到一百多元）。""",
   """我家是一体式马桶，水箱盖好像拿不下来，还能自己换吗？""",
   """大多数一体式马桶的水箱盖是可以拿下来的，只是比较重、而且往往和冲水按钮连在一起：

- 先找按钮：如果是顶部按键，通常要先把按钮逆时针拧下来或向上拔出，盖子才能掀开；
- 侧面扳手的款式，盖子一般直接向上抬就行；
- 盖子是陶瓷的，拿下后平放在铺了毛巾的地上，避免磕碎。

里面的排水阀结构和分体式基本一样，按上面的步骤换就可以。如果实在找不到拆法，可以查一下马桶侧面或底部的型号，品牌官网或客服一般都有拆装说明。""",
   """换好了，不漏了！太感谢了。""",
   """太好了，恭喜修好！顺便提个醒：角阀平时很少动，容易被水垢卡死，建议每半年左右把它来回拧一两圈，下次需要关水时就不会拧不动。"""])

d(10, "good", "de",
  "Good: Bosch-Waschmaschine mit Abpumpfehler E18; Fremdkörperfalle reinigen Schritt für Schritt, kurze Antwort zur Reinigungsfrequenz, Geruchsbekämpfung und korrekte Auskunft zur Gewährleistung.",
  ["""Meine Waschmaschine (Bosch Serie 6) pumpt nicht mehr ab. Das Wasser steht in der Trommel und im Display steht E18. Muss ich den Kundendienst rufen?""",
   """Nicht unbedingt. E18 bedeutet bei Bosch, dass das Wasser nicht (schnell genug) abgepumpt wird. In den allermeisten Fällen ist die Fremdkörperfalle (das Flusensieb vor der Laugenpumpe) verstopft, und das können Sie selbst beheben.

**Vorbereitung**
- Maschine ausschalten und den Stecker ziehen.
- Mehrere Handtücher und eine flache Schale (z. B. Backblech) bereitlegen – es können bis zu 15–20 Liter Wasser kommen.

**So gehen Sie vor**
1. Unten rechts an der Front die Serviceklappe öffnen (meist mit einem Schraubendreher oder Münze aufhebeln).
2. Den kleinen **Notentleerungsschlauch** herausziehen, über die Schale halten, den Stopfen abnehmen und das Wasser ablaufen lassen. Zwischendurch verschließen und die Schale leeren.
3. Wenn kein Wasser mehr kommt, den Deckel der **Fremdkörperfalle** langsam gegen den Uhrzeigersinn aufdrehen – es läuft noch ein Rest nach.
4. Sieb herausnehmen und reinigen, dann mit der Taschenlampe in die Öffnung schauen: Das Pumpenrad sollte sich von Hand drehen lassen.
5. Alles wieder einsetzen, fest zudrehen, Klappe schließen.

**Wenn es danach nicht geht**
- Ablaufschlauch hinter der Maschine auf Knicke prüfen.
- Den Siphon bzw. Anschluss am Abfluss kontrollieren – ist er verstopft, kommt das Wasser nicht weg.

Erst wenn Sieb und Schlauch frei sind und E18 trotzdem erscheint, ist vermutlich die Pumpe defekt – dann lohnt sich der Kundendienst.""",
   """Im Sieb waren eine Münze, ein Haargummi und jede Menge Flusen. Jetzt läuft sie wieder! Wie oft sollte ich das Sieb reinigen?""",
   """Super! Als Faustregel alle zwei bis drei Monate, bei Haustierhaaren oder vielen Handtüchern eher monatlich. Und vor dem Waschen kurz alle Hosentaschen leeren – Münzen und Haargummis sind die häufigsten Übeltäter.""",
   """Die Maschine riecht außerdem etwas muffig. Was kann ich tun?""",
   """Muffiger Geruch kommt meist von Biofilm, der sich bei vielen Wäschen mit niedrigen Temperaturen und Flüssigwaschmittel bildet. So werden Sie ihn los:

1. **Leerwäsche bei 90 °C** (oder 60 °C, wenn 90 nicht möglich ist) mit einer halben Dosis **Vollwaschmittel in Pulverform** – das enthält Bleiche, die Flüssigwaschmittel nicht hat. Manche Bosch-Modelle haben dafür ein Programm „Trommelreinigung“.
2. **Türdichtung** ausputzen: die Gummimanschette auseinanderziehen, Haare und Schmutz entfernen und mit einem Tuch und etwas Spülmittel auswischen.
3. **Waschmittelschublade** herausnehmen (meist gibt es einen Entriegelungshebel) und mit einer alten Zahnbürste reinigen, auch den Schacht dahinter.
4. Künftig **Tür und Schublade nach dem Waschen offen lassen**, damit alles trocknet.
5. Etwa einmal im Monat bei 60 °C mit Pulver waschen, z. B. Handtücher oder Bettwäsche.

Nach ein bis zwei Leerwäschen sollte der Geruch deutlich schwächer sein.""",
   """Danke! Die Maschine ist übrigens zweieinhalb Jahre alt. Hätte ich da noch Gewährleistung gehabt?""",
   """Die gesetzliche Gewährleistung gegenüber dem Händler beträgt in Deutschland **zwei Jahre ab Lieferung**, die ist bei Ihnen also abgelaufen. Für Mängel, die sich im ersten Jahr zeigen, wird seit 2022 vermutet, dass sie schon beim Kauf vorlagen; danach müssten Sie das selbst beweisen.

In Ihrem Fall hätte das aber ohnehin nicht gegriffen: Eine Münze im Sieb ist kein Mangel des Geräts, sondern normale Wartung. Falls Sie beim Kauf eine **Herstellergarantie** oder Garantieverlängerung abgeschlossen haben (manche Hersteller bieten längere Garantien nach Registrierung an), lohnt ein Blick in die Unterlagen für künftige echte Defekte wie eine kaputte Pumpe."""])

d(11, "good", "pt",
  "Good: voo cancelado GRU-Recife; direitos pela Resolução ANAC 400 (assistência material por tempo de espera, reacomodação, reembolso em 7 dias) e indenização com a Lei 14.034/2020; respostas longas e curtas coerentes.",
  ["""Meu voo de Guarulhos para Recife foi cancelado três horas antes do embarque e eu já estou no aeroporto. O que a companhia é obrigada a me oferecer?""",
   """Sinto muito pelo transtorno. Pela **Resolução nº 400 da ANAC**, quando o voo é cancelado você tem dois conjuntos de direitos.

**1. Escolher uma das alternativas (a escolha é sua, não da empresa):**
- **Reacomodação** no próximo voo disponível da própria companhia ou de outra, sem custo, ou em data e horário de sua conveniência;
- **Reembolso integral**, incluindo a taxa de embarque;
- **Execução do serviço por outra modalidade de transporte** (por exemplo, ônibus), se você aceitar.

**2. Assistência material**, que conta a partir do horário original do voo:
- **A partir de 1 hora:** meios de comunicação (internet, telefone);
- **A partir de 2 horas:** alimentação (normalmente um voucher);
- **A partir de 4 horas:** hospedagem, se houver pernoite, e traslado entre o aeroporto e o hotel.

**O que fazer agora**
1. Vá ao balcão da companhia e peça a opção que preferir; se houver fila, ligue também para a central — às vezes é mais rápido.
2. Peça **por escrito** (ou por e-mail) a confirmação do cancelamento e do motivo.
3. Guarde cartão de embarque, comprovantes de gastos com comida e transporte e prints das comunicações.
4. Se negarem algum direito, anote o nome do atendente e registre reclamação no **consumidor.gov.br**.""",
   """Eles me ofereceram um voo só amanhã às 6h. Tenho direito a hotel?""",
   """Sim. Como a espera passa de 4 horas e envolve pernoite, a companhia deve oferecer **hospedagem e traslado** ida e volta entre o aeroporto e o hotel.

Há uma exceção: se você **mora em São Paulo** (cidade do aeroporto de origem), a empresa pode, em vez do hotel, oferecer apenas o **transporte até sua casa e de volta ao aeroporto**. Peça o voucher de hotel ou de transporte antes de sair do balcão e confirme o horário do traslado, já que o voo é às 6h.""",
   """Na verdade prefiro o reembolso e comprar passagem em outra companhia. Quanto tempo eles têm para devolver?""",
   """O reembolso deve ser feito em até **7 dias** a partir da sua solicitação, pelo mesmo meio de pagamento usado na compra (no cartão, pode aparecer em uma ou duas faturas). Se pagou com milhas, elas devem ser devolvidas à sua conta. Faça o pedido por escrito e guarde o protocolo.""",
   """E indenização? Perdi um dia de trabalho por causa disso.""",
   """Pode ser possível, mas não é automática. Desde a **Lei 14.034/2020**, que incluiu o artigo 251-A no Código Brasileiro de Aeronáutica, o dano moral por atraso ou cancelamento **precisa ser comprovado** — não basta o cancelamento em si.

**O que ajuda a comprovar o dano**
- Declaração do empregador sobre o dia de trabalho perdido ou desconto no salário;
- Compromissos perdidos (reunião, evento, consulta) com comprovante;
- Gastos extras: nova passagem mais cara, táxi, alimentação;
- Falhas na assistência (por exemplo, se a companhia não ofereceu hotel ou alimentação).

**Caminhos**
1. **Tente um acordo** pelo consumidor.gov.br: as companhias costumam responder em até 10 dias, e muitas oferecem crédito ou valor em dinheiro.
2. **Juizado Especial Cível**: para causas de até **20 salários mínimos** você pode entrar sem advogado; até 40 salários mínimos, com advogado. O prazo para ações sobre danos em transporte aéreo costuma ser discutido entre 2 e 5 anos, então não deixe para depois.

Os **danos materiais** (a diferença da nova passagem, por exemplo) são mais fáceis de recuperar do que os morais, desde que você tenha os comprovantes."""])

d(12, "good", "pl",
  "Good: pierogi ruskie dla 4 osób; konkretny przepis z gramaturą, rada na rwące się ciasto, krótka bezpośrednia odpowiedź na pytanie o mrożenie i o dodatki.",
  ["""Chcę pierwszy raz zrobić pierogi ruskie dla czterech osób. Jak je przygotować?""",
   """Świetny wybór na pierwszy raz! Z tej porcji wyjdzie około 45–50 pierogów.

**Farsz**
- 600 g ziemniaków (najlepiej mączystych)
- 300 g twarogu półtłustego
- 2 średnie cebule
- 2 łyżki masła lub oleju
- sól i świeżo mielony pieprz (nie żałuj pieprzu)

1. Ziemniaki obierz, ugotuj w osolonej wodzie do miękkości (ok. 20 minut), odcedź i przeciśnij przez praskę, gdy są jeszcze ciepłe.
2. Cebulę pokrój w drobną kostkę i zeszklij na maśle na złoty kolor, ok. 10 minut.
3. Wymieszaj ziemniaki, pokruszony twaróg i połowę cebuli. Dopraw solą i pieprzem. Farsz musi całkowicie ostygnąć.

**Ciasto**
- 500 g mąki pszennej (typ 450 lub 500)
- ok. 250 ml ciepłej wody
- 2 łyżki oleju lub roztopionego masła
- ½ łyżeczki soli

1. Wymieszaj mąkę z solą, dodaj olej i stopniowo wlewaj wodę, zagniatając.
2. Wyrabiaj 8–10 minut, aż ciasto będzie gładkie i elastyczne.
3. Przykryj miską i odstaw na 30 minut.

**Lepienie i gotowanie**
1. Rozwałkuj ciasto na grubość 1–2 mm, wykrawaj szklanką krążki o średnicy ok. 7 cm.
2. Na środek nałóż łyżeczkę farszu, złóż i dokładnie sklej brzegi.
3. Gotuj partiami w dużym garnku osolonej wody. Po wypłynięciu gotuj jeszcze **2–3 minuty**.
4. Wyjmuj łyżką cedzakową.

Druga połowa cebuli posłuży do polania gotowych pierogów.""",
   """Ciasto mi się rwie przy lepieniu i brzegi się nie kleją. Co robię źle?""",
   """To zwykle jedna z trzech rzeczy:

- **Ciasto za suche** – dodaj 1–2 łyżki ciepłej wody i wyrób ponownie; powinno być miękkie jak płatek ucha.
- **Za krótko odpoczywało** – po 30 minutach pod przykryciem gluten się rozluźnia i ciasto przestaje pękać.
- **Mąka na brzegach** – podsypuj stolnicę oszczędnie; jeśli brzegi są zapylone, zwilż je lekko palcem maczanym w wodzie.

Trzymaj też resztę ciasta pod miską lub ściereczką, żeby nie wysychało, gdy lepisz.""",
   """Dzięki, a czy mogę je zamrozić?""",
   """Tak. Najlepiej mrozić surowe: rozłóż pierogi na tacy oprószonej mąką tak, żeby się nie stykały, zamroź na 2 godziny, a potem przesyp do woreczka. Wytrzymają do 3 miesięcy. Gotuj prosto z zamrażarki, bez rozmrażania, o 1–2 minuty dłużej.""",
   """Z czym najlepiej je podać?""",
   """Klasycznie ze zrumienioną cebulką na maśle, a do tego kwaśna śmietana albo skwarki z boczku. Dobrze pasuje też szklanka zsiadłego mleka lub prosta surówka z kiszonej kapusty."""])
# ---------------------------------------------------------------- FLAWED
d(13, "off_topic", "en",
  "off_topic: Japan rail planning is abandoned from user turn 3 on; the last two exchanges are about the fall of the Western Roman Empire and Constantinople's walls.",
  ["""We're spending two weeks in Japan in April: Tokyo, then Kyoto, Osaka, Hiroshima and back to Tokyo to fly home. Is the JR Pass still worth it?""",
   """Since the price rise in October 2023, for a route like yours the answer is usually **no**.

**Rough comparison (ordinary class, adult)**
- 7-day JR Pass: **¥50,000**
- Individual tickets:
  - Tokyo → Kyoto (Shinkansen, reserved): about ¥14,000
  - Kyoto → Osaka (JR Special Rapid): about ¥580
  - Osaka (Shin-Osaka) → Hiroshima: about ¥10,500
  - Hiroshima → Tokyo: about ¥19,500
  - **Total: roughly ¥44,500**

So individual tickets come out around ¥5,000 cheaper, and you aren't squeezing all the long trips into 7 days. Two more points:
- The pass doesn't cover the fastest Nozomi trains without paying a supplement, though Hikari trains are only slightly slower.
- A side trip to Miyajima or Nara is cheap on regular JR lines and doesn't change the picture.

The pass starts to pay off if you add long extra legs, such as a return trip to Kanazawa or going on to Fukuoka, within the same 7 days. Otherwise, buy point-to-point tickets and use an IC card (Suica or ICOCA) for city trains and subways.""",
   """OK, individual tickets then. Can we book the Shinkansen seats online before we arrive?""",
   """Yes. For the Tokyo–Kyoto–Osaka–Hiroshima line (Tokaido and Sanyo Shinkansen), the official **SmartEX** app and website accept foreign credit cards and take bookings up to a month ahead.

- Register with your card, then search and reserve seats; you can change bookings for free before departure.
- You can link an IC card and tap through the gates, or collect paper tickets from the ticket machines at the station using your booking QR code.
- Choose seat **E** on the Tokyo → Kyoto leg for the best chance of seeing Mt Fuji (it's on the right-hand side heading west).
- April, especially around the cherry blossom peak and Golden Week from the end of the month, gets busy, so reserve as soon as the booking window opens.""",
   """Totally unrelated, but my sister asked me this at dinner and I had no idea: what actually caused the fall of the Western Roman Empire?""",
   """Historians don't point to a single cause; it was a combination of pressures over roughly two centuries.

**Main factors usually cited**
1. **Political instability.** In the 3rd century alone there were more than 20 emperors in about 50 years, many murdered. Civil wars drained armies and money.
2. **Economic strain.** Debased coinage, heavy taxation and disrupted trade weakened the western provinces, which were poorer and less urbanised than the east.
3. **Military pressure and migration.** Groups such as the Goths, Vandals and Huns pushed into imperial territory. The defeat at Adrianople in 378 and the sack of Rome by Alaric's Visigoths in 410 were huge blows.
4. **Reliance on federated troops.** Rome increasingly depended on Germanic groups fighting under their own leaders, whose loyalty was conditional.
5. **Division of the empire.** After 395 the east and west were governed separately, and the wealthier east could not or would not always rescue the west.
6. **Loss of revenue.** The Vandal capture of North Africa (Carthage fell in 439) cut off the west's richest tax base and grain supply.

The conventional end date is **476**, when Odoacer deposed the young emperor Romulus Augustulus and didn't bother to name a replacement. The eastern half, the Byzantine Empire, continued for nearly another thousand years.""",
   """Interesting! And were the walls of Constantinople really impossible to break?""",
   """Nearly. The **Theodosian Walls**, completed in the 5th century, were a triple line of defence: a moat about 20 metres wide, an outer wall, and a massive inner wall around 12 metres high with 96 towers. They held off Avars, Persians, Arabs, Bulgars and Rus for about 800 years.

They were breached only twice: in **1204**, when Crusaders got in from the weaker sea walls along the Golden Horn, and in **1453**, when the Ottomans under Mehmed II used huge cannon to batter the land walls for weeks before storming the city."""])

d(14, "off_topic", "de",
  "off_topic (subtle): Nebenkostenabrechnung-Prüfung mit korrekten Antworten, dann kippt der letzte Nutzerturn über den Vermieter als Hobbyimker in ein Gespräch über die Überwinterung von Bienen; das Ziel wird verlassen.",
  ["""Ich habe die Nebenkostenabrechnung für 2023 bekommen und soll 640 € nachzahlen. Wie prüfe ich, ob das stimmt?""",
   """640 € sind viel, da lohnt eine genaue Prüfung. Gehen Sie die Abrechnung in dieser Reihenfolge durch:

1. **Frist:** Der Vermieter muss spätestens **zwölf Monate nach Ende des Abrechnungszeitraums** abrechnen (§ 556 Abs. 3 BGB). Für das Kalenderjahr 2023 also bis 31.12.2024. Kam die Abrechnung später, kann er in der Regel keine Nachzahlung mehr verlangen.
2. **Formalien:** Abrechnungszeitraum, Gesamtkosten je Position, Umlageschlüssel (z. B. Wohnfläche, Personen, Verbrauch), Ihr Anteil und Ihre Vorauszahlungen müssen erkennbar sein.
3. **Umlagefähige Kosten:** Nur Betriebskosten laut Mietvertrag und Betriebskostenverordnung, etwa Grundsteuer, Wasser, Müll, Hausreinigung, Hausmeister, Gartenpflege, Versicherungen, Aufzugwartung.
4. **Nicht umlagefähig** sind z. B. Verwaltungskosten, Reparaturen und Instandhaltung, Bankgebühren und Rücklagen.
5. **Plausibilität:** Vergleichen Sie mit der Vorjahresabrechnung. Große Sprünge bei einzelnen Positionen sollten erklärt werden können.
6. **Heizkosten:** Mindestens 50 % und höchstens 70 % müssen nach Verbrauch abgerechnet werden.

Sie haben außerdem das Recht auf **Belegeinsicht**: Sie können Rechnungen und Verträge beim Vermieter oder der Hausverwaltung einsehen.""",
   """Da steht „Verwaltungskosten 180 €“ drin und eine Position „Reparatur Aufzug 95 €“.""",
   """Beide Positionen gehören nicht in die Abrechnung:

- **Verwaltungskosten** sind bei Wohnraum nicht auf Mieter umlegbar, auch wenn der Mietvertrag etwas anderes sagt.
- **Aufzug:** Umlegbar sind nur Betriebs- und Wartungskosten (Strom, regelmäßige Prüfung, Wartungsvertrag). Eine **Reparatur** ist Instandhaltung und bleibt beim Vermieter.

Damit sind schon 275 € der 640 € strittig.""",
   """Wie widerspreche ich und bis wann?""",
   """Sie haben für Einwendungen **zwölf Monate nach Zugang der Abrechnung** Zeit, sollten aber nicht so lange warten. Schreiben Sie dem Vermieter kurz und sachlich, am besten per Einschreiben oder mit Zugangsnachweis:

> Sehr geehrte Damen und Herren, gegen die Nebenkostenabrechnung für das Jahr 2023 erhebe ich folgende Einwendungen: Die Positionen „Verwaltungskosten“ (180 €) und „Reparatur Aufzug“ (95 €) sind nicht umlagefähig. Ich bitte um eine korrigierte Abrechnung. Den unstrittigen Betrag von 365 € überweise ich unter Vorbehalt.

Den unstrittigen Teil zu zahlen, vermeidet Streit über Zahlungsverzug. Bei Unsicherheit hilft der örtliche Mieterverein, die Mitgliedschaft kostet meist 60–100 € im Jahr.""",
   """Danke. Lustigerweise ist mein Vermieter Hobbyimker, er hat hinten im Hof drei Bienenstöcke. Wie überwintern Bienen eigentlich?""",
   """Honigbienen überwintern als Volk, nicht einzeln, und halten dabei erstaunlich viel Wärme.

**Die Wintertraube**
Sobald es draußen unter etwa 10 °C fällt, ziehen sich die Bienen zu einer dichten Kugel zusammen, der sogenannten Wintertraube. Außen sitzen die Bienen wie eine isolierende Schicht, innen erzeugen sie Wärme, indem sie ihre Flugmuskulatur zittern lassen, ohne die Flügel zu bewegen. Im Zentrum bleibt es so bei rund 20 bis 30 °C, sobald die Königin im Spätwinter wieder Eier legt, sogar um 35 °C.

**Futter**
Die Energie kommt aus den Honig- bzw. Futtervorräten. Ein Volk verbraucht über den Winter etwa 15 bis 20 kg; Imker füttern deshalb im Spätsommer mit Zuckerlösung zu, wenn sie Honig geerntet haben. Die Traube wandert im Lauf des Winters langsam über die Waben zu den Vorräten.

**Winterbienen**
Die Bienen, die im Herbst schlüpfen, leben nicht nur wenige Wochen wie Sommerbienen, sondern mehrere Monate, weil sie kaum Brut pflegen müssen.

**Reinigungsflug**
An sonnigen Tagen über etwa 10 °C fliegen die Bienen kurz aus, um sich zu entleeren, denn im Stock koten sie nicht. Deshalb sieht man im Februar manchmal gelbe Punkte auf Autos in der Nähe von Bienenstöcken."""])

d(15, "leakage", "en",
  "leakage: the first assistant reply opens with 'As an AI language model, I don't have personal experience...' boilerplate; the rest of the car-insurance dialogue is good.",
  ["""I was rear-ended at a red light yesterday. Nobody hurt, but my bumper and tailgate are smashed. The other driver admitted it was his fault. What should I do now to get my car fixed?""",
   """As an AI language model, I don't have personal experience with car accidents or insurance claims, but I can share general guidance on the steps people usually take.

Since the other driver admitted fault, the usual route is to claim against **his** insurer (a third-party claim), so you don't pay your deductible.

1. **Make sure you have his details**: name, phone, licence plate, insurer and policy number. If you only got some of it, the police report (if one was made) will have the rest.
2. **Photograph everything** now if you haven't: the damage from several angles, the whole car, and his car if you have photos from the scene.
3. **Open a claim with his insurer.** Call or use their online form, give the date, location and description, and ask for a claim number. Mention that he admitted fault.
4. **Tell your own insurer** too. Most policies require you to report accidents promptly, even if you're not claiming on your policy.
5. **Get repair estimates.** His insurer will send an adjuster or ask for photos; you can usually choose your own body shop.
6. **Ask about a rental car.** When the other driver is at fault, his insurer normally pays for a comparable rental while your car is in the shop.
7. **Watch for delayed symptoms.** Neck and back pain can appear a day or two after a rear-end collision; see a doctor if anything comes up and keep the records.""",
   """His insurer called and said they're 'still investigating liability' even though he admitted it. Is that normal?""",
   """Yes, fairly normal. An insurer will usually want to hear their own customer's version and check the police report before accepting liability in writing, and a verbal admission at the scene doesn't bind them. For a rear-end collision at a red light, liability is rarely disputed for long.

If it drags on more than a week or two, you can **file under your own collision coverage** instead. Your insurer pays for the repair (minus your deductible) and then recovers the money from the other insurer, a process called subrogation. When they win, you typically get your deductible refunded.""",
   """The body shop estimate is $4,180. The adjuster says they'll only pay $3,100 because they use aftermarket parts. Can they do that?""",
   """Often they can, depending on your state and the age of your car, but you can push back.

- **Check your state's rules.** Many states allow insurers to specify non-OEM (aftermarket) parts, but some require disclosure in the estimate, and a few require that they be of like kind and quality.
- **Ask the body shop** to document why OEM parts are needed, such as fit problems, sensor brackets on the bumper or a tailgate with a backup camera. Safety-related components are a strong argument.
- **Remember it's a third-party claim.** You're not bound by his policy's parts language the way you'd be with your own; you're entitled to be made whole. Send a written request with the shop's estimate and ask them to explain the difference line by line.
- If the car is under 2–3 years old or leased, say so; lease agreements often require OEM parts.

If they won't move, filing through your own collision coverage and letting your insurer argue it is a practical fallback."""])

d(16, "leakage", "en",
  "leakage (subtle): last assistant reply on laptop battery health is good but contains a generator instruction line '(Turn 4 of 5 - assistant should now steer the user to warranty options.)' in the middle.",
  ["""My Windows laptop is about 2 years old and the battery used to last 8 hours. Now I get maybe 3. What's going on?""",
   """There are two separate possibilities, and it's worth separating them before spending money: the battery has genuinely worn out, or something is using more power than it used to.

**1. Check the battery's health**
Open Command Prompt and run:
`powercfg /batteryreport`
It saves an HTML file (the path is shown). Open it and compare **Design Capacity** with **Full Charge Capacity**. If full charge is, say, 38,000 mWh against a design of 56,000 mWh, the battery holds only about 68% of its original charge.

**2. Check what's using power**
- Settings → System → Power & battery → **Battery usage**: see which apps use most over the last 24 hours or 7 days.
- Task Manager → Processes: sort by **Power usage**.
- Common culprits: browser tabs with video, sync tools (OneDrive, Dropbox) stuck in a loop, and antivirus scans.

**3. Quick settings that help**
- Set power mode to **Best power efficiency** on battery.
- Lower screen brightness: the display is often the biggest single consumer.
- Turn on **Energy saver** at 30% or lower.
- If you have a high-refresh screen (120 Hz+), drop it to 60 Hz on battery.

Run the battery report first and tell me the two capacity numbers.""",
   """Design capacity 52,000 mWh, full charge capacity 31,400 mWh. Cycle count 612.""",
   """That's about **60%** of the original capacity, which explains most of the drop from 8 hours to around 3–4. Lithium-ion laptop batteries typically fall to about 80% after 300–500 cycles, so 612 cycles in two years means you've been charging heavily and the battery is simply worn.

Software tweaks can claw back some time, but they won't restore capacity. Replacing the battery is the real fix.""",
   """Can I replace it myself, and what should it cost?""",
   """Often yes, but it depends on the model.

- **Many modern laptops** have the battery screwed in under the bottom panel. You need a small Phillips or Torx screwdriver, a plastic pry tool, and 20–40 minutes. Disconnect the battery cable before anything else.
- **Some thin models** have the battery glued in; replacement is fiddly and a shop is safer.
- **Cost:** a genuine battery is usually **$80–150**; third-party ones are cheaper, but quality varies a lot and a bad one can swell. A shop typically charges $30–80 labour on top.

Search for your exact model number plus "battery replacement" to find the part number and a teardown video before you decide.""",
   """It's a Lenovo, bought in March two years ago. Is there anything else I should check before buying a battery?""",
   """Yes, a few things are worth checking first, since one of them might save you the cost.

**1. Warranty status**
Enter your serial number on Lenovo's support site (Lenovo PC Support → Warranty lookup). The standard warranty is usually one year, but if you bought an extended warranty, a premium care plan, or the laptop came with a longer business warranty, the battery might still be covered. Lenovo typically treats batteries as having a shorter warranty period than the rest of the machine, so check the exact terms.

(Turn 4 of 5 - assistant should now steer the user to warranty options.)

**2. Lenovo Vantage battery settings**
Open **Lenovo Vantage** → Device → Power. Turn on **Conservation mode** (or "Battery charge threshold" on ThinkPads), which stops charging at around 55–80%. If you're mostly plugged in, this slows wear a lot and is worth enabling on the new battery too.

**3. Firmware and BIOS updates**
Lenovo occasionally fixes battery reporting and charging issues in BIOS updates; install any pending ones through Vantage or the support site.

**4. Buy the right part**
Your battery's **FRU number** is on a label on the battery itself or in the battery report under "Manufacturer/Serial". Buy that part number (or its listed substitutes) so it fits and communicates properly with the charging circuit.

If none of these apply, a genuine replacement is the most cost-effective fix and should bring you back close to the original 8 hours."""])

d(17, "placeholder", "en",
  "placeholder: in the middle turn the florist inquiry email keeps unfilled slots ([Florist Name], [DATE], [Venue], [Your Name]) although the user supplied all the details.",
  ["""We're getting married on 14 June at Hartwell Barn, about 70 guests. Our florist budget is £1,500. What can we realistically get for that?""",
   """£1,500 is a workable florist budget for 70 guests if you focus on what people see most. A realistic breakdown:

- **Bridal bouquet**: £120–180
- **2 bridesmaid bouquets**: £60–90 each
- **6–8 buttonholes and 2 corsages**: £12–18 each, about £130 total
- **Ceremony**: one large arrangement or two urns at the front, £250–350
- **Table centrepieces**: 8 or 9 tables with low jam-jar or bud-vase clusters, £35–50 per table, about £350–400
- **Top table**: a garland of foliage with a few flowers, £120–180
- Delivery and setup: £50–100

That lands around £1,350–1,500. To stretch it further:
- **Move the ceremony flowers** to the reception (many barns allow this; ask the florist to do the swap).
- **Use seasonal flowers**: June is peak for peonies, sweet peas, garden roses, cornflowers and delphiniums.
- **Lean on foliage**: eucalyptus, olive and ruscus are cheap and fill space beautifully.
- **Skip single-use extras** like flower walls; they can cost £500+ on their own.""",
   """Great. Can you write me an email to send to a florist we like, Meadow & Moss, asking for a quote? I'm Priya Shah, my fiancé is Tom Ellery.""",
   """Here's an email you can send:

---

**Subject:** Wedding flowers enquiry – [DATE]

Dear [Florist Name],

We're planning our wedding on [DATE] at [Venue] and love your work, especially the natural, seasonal style of your arrangements.

We're expecting around 70 guests, and our flower budget is £1,500. We'd love a quote for:

- Bridal bouquet and two bridesmaid bouquets
- 8 buttonholes and 2 corsages
- One large ceremony arrangement, ideally moved to the reception afterwards
- Low centrepieces for 9 tables
- A foliage garland for the top table

We'd like seasonal flowers in soft whites, blush and sage green. Could you let us know your availability, an estimated cost, and whether delivery and setup are included?

Many thanks,
[Your Name]

---

Attach two or three inspiration photos if you have them; florists quote more accurately when they can see the style you want.""",
   """They replied with £1,720. Should we try to negotiate or cut something?""",
   """It's £220 over budget, which is close enough that small changes will do it rather than hard bargaining. Florists' prices mostly reflect stems and hours, so ask them to adjust the spec rather than just lowering the price:

1. **Reduce the centrepieces**: bud vases with a single variety instead of mixed jam jars, or flowers on every other table with candles on the rest. This can save £100–150.
2. **Drop the corsages** or swap buttonholes for simple foliage sprigs: saves £40–60.
3. **Ask for more foliage in the garland.**
4. **Ask about a collection** instead of delivery if you have someone reliable with a car.

A polite message like "We love the proposal; could you suggest changes to bring it to £1,500?" usually works, and they'll know where they can economise without spoiling the look."""])

d(18, "placeholder", "pt",
  "placeholder (subtle): na última resposta, a carta de arrependimento preenche nome, loja e data, mas deixa o slot '[NÚMERO DO PEDIDO]' embora o usuário tenha informado o pedido 88412-07.",
  ["""Comprei um tênis pela internet na loja Passo Certo, chegou ontem e não serviu direito, ficou apertado. Posso devolver mesmo sem defeito?""",
   """Pode, sim. Compras feitas fora do estabelecimento comercial (internet, telefone, catálogo) têm o **direito de arrependimento**, previsto no **artigo 49 do Código de Defesa do Consumidor**.

**Como funciona**
- Você tem **7 dias corridos** a partir do recebimento do produto para desistir, sem precisar justificar.
- A loja deve devolver **o valor integral**, incluindo o frete que você pagou.
- O custo da devolução (postagem de volta) também fica por conta da loja, segundo o entendimento predominante e o Decreto 7.962/2013.

**Cuidados**
- Experimente o tênis apenas em casa, em piso limpo, e guarde na caixa original com etiquetas e papel de seda.
- Não precisa estar lacrado, mas deve estar sem sinais de uso.
- Faça o pedido **por escrito** (e-mail, chat ou área do cliente no site) e guarde prints e protocolo.

Como chegou ontem, você ainda tem quase uma semana, mas não deixe para o último dia.""",
   """E se eu preferir trocar por um número maior?""",
   """A troca por tamanho não é obrigação legal quando não há defeito — é uma política da loja. Mas a maioria das lojas online oferece a primeira troca grátis. Verifique a página de “Trocas e Devoluções” da Passo Certo. Se a loja não tiver o número maior em estoque, você continua com o direito de arrependimento e pode pedir o reembolso.""",
   """Prefiro o reembolso mesmo. Paguei R$ 389,90 no cartão de crédito em 3 vezes. Como fica o estorno?""",
   """No cartão, a loja deve pedir o **estorno à operadora**. Na prática:

- Se as parcelas ainda não foram todas cobradas, o estorno costuma aparecer como crédito na próxima fatura, e as parcelas seguintes são canceladas.
- O prazo depende da operadora; normalmente leva de uma a duas faturas.
- Peça à loja o **comprovante do pedido de estorno** com data e valor (R$ 389,90).

Se o crédito não aparecer em até duas faturas, entre em contato com a administradora do cartão informando o protocolo da loja.""",
   """Pode me ajudar a escrever a mensagem para a loja? Meu nome é Juliana Ferreira, pedido 88412-07, recebi no dia 3 de setembro.""",
   """Claro! Você pode enviar por e-mail ou colar no chat da área do cliente:

---

**Assunto:** Exercício do direito de arrependimento – pedido [NÚMERO DO PEDIDO]

Prezados(as) da Passo Certo,

Eu, **Juliana Ferreira**, venho exercer o direito de arrependimento previsto no artigo 49 do Código de Defesa do Consumidor em relação à compra de um par de tênis, recebido em **3 de setembro**, dentro do prazo legal de 7 dias.

O produto está sem uso, na embalagem original, com todas as etiquetas.

Solicito:
1. As instruções e o código de postagem para devolução, sem custo para mim;
2. O estorno integral de **R$ 389,90**, incluindo o frete, na fatura do cartão de crédito utilizado na compra.

Peço, por gentileza, a confirmação do recebimento desta solicitação com número de protocolo.

Atenciosamente,
Juliana Ferreira

---

Depois de enviar, tire print da mensagem com data e hora. Se a loja não responder em alguns dias, registre uma reclamação no **consumidor.gov.br** anexando esse print."""])
d(19, "structure", "en",
  "structure: two user turns in a row (turns 3 and 4, both human) in the middle of a cat litter-box dialogue; the second assistant reply answers both.",
  ["""My 4-year-old cat, Mochi, has started peeing on the bath mat instead of in her litter box. It's happened four times this week. She's always been perfect before. Why would she suddenly do this?""",
   """A sudden change in a cat with a perfect record is worth taking seriously, because the most common causes are medical.

**First: rule out a medical problem**
Peeing on soft, absorbent things like bath mats is classic for cats with bladder discomfort. Cystitis (including stress-related idiopathic cystitis), urinary crystals, a urinary tract infection or, in older cats, kidney disease or diabetes can all cause it. Book a vet visit soon and, if you can, bring a fresh urine sample (your vet can give you non-absorbent litter to collect one).

**Go to the vet urgently (same day)** if she strains in the litter box with little or nothing coming out, cries while peeing, or there's blood in the urine. A blocked bladder is an emergency, though it's much more common in male cats.

**Then consider the litter box itself**
- Did anything change recently: a new litter brand, a scented litter, a new box or a lid?
- Is the box cleaned at least once a day?
- Is it somewhere noisy, such as next to a washing machine that could have startled her?
- The rule of thumb is one box per cat plus one.

**And stress**
New people, furniture, a move, a new cat visible through the window or changes in your routine can all trigger it.

Meanwhile, clean the soiled spots with an **enzymatic cleaner**; ordinary cleaners leave odour traces that draw her back, and ammonia-based ones smell like urine to cats. Pick up the bath mat for now.""",
   """Vet visit is booked for Thursday.""",
   """Oh, and I forgot: we did switch to a cheaper unscented clumping litter about two weeks ago. Could that be it?""",
   """Thursday is good, and the litter change is a very plausible contributor, especially as the timing lines up.

Cats can be surprisingly picky about texture and smell. A cheaper clay litter may be dustier, coarser, or clump differently, and some cats simply dislike the feel under their paws.

**What to do while you wait for the vet**
1. **Offer a choice, don't just switch back.** Put a second box next to the current one, filled with her old litter. If she immediately uses it, you have your answer.
2. **Keep the depth around 5–7 cm.** Too little and she can't dig; too much and some cats dislike sinking in.
3. **Scoop twice a day** for now, so the box is always inviting.
4. **Keep the vet appointment anyway.** A litter she dislikes and a bladder problem can happen at the same time, and cats sometimes associate the box with pain after a bout of cystitis.

If she goes back to the old litter happily, switch fully over to it. If you want to change brands in future, do it gradually by mixing in about a quarter of the new litter each week.""",
   """She used the box with her old litter within an hour! Should I still go to the vet?""",
   """Yes, keep the appointment. Her reaction strongly suggests the litter was a trigger, but peeing on soft surfaces can also mean a urinary issue that the litter change simply made worse. A quick urine test on Thursday will tell you for sure, and it's much cheaper to check now than to treat a problem that got missed."""],
  roles=["human", "gpt", "human", "human", "gpt", "human", "gpt"])

d(20, "structure", "pl",
  "structure: tylko jedna wymiana (jedno pytanie użytkownika i jedna odpowiedź) o reklamacji butów; odpowiedź merytorycznie dobra, ale to nie jest dialog wieloturowy.",
  ["""Kupiłam w sklepie stacjonarnym skórzane botki za 459 zł. Po pięciu tygodniach odkleiła się podeszwa w prawym bucie. Sprzedawca mówi, że to „normalne zużycie” i odsyła mnie do producenta. Co mogę zrobić?""",
   """Sprzedawca nie ma racji, odsyłając Panią do producenta. Odpowiada on wobec Pani bezpośrednio, a odklejonej po pięciu tygodniach podeszwy trudno uznać za normalne zużycie.

**Podstawa prawna**
Od 1 stycznia 2023 r. sprawy niezgodności towaru z umową przy zakupach konsumenckich reguluje **ustawa o prawach konsumenta** (wcześniej była to rękojmia z Kodeksu cywilnego). Sprzedawca odpowiada za wady, które ujawnią się w ciągu **2 lat** od wydania towaru, a jeśli wada wyjdzie w tym czasie, **domniemywa się**, że istniała już w chwili zakupu. To sprzedawca musiałby udowodnić, że Pani zniszczyła buty.

**Co zrobić krok po kroku**
1. Proszę złożyć reklamację **na piśmie** (osobiście z potwierdzeniem lub listem poleconym). Opisz wadę, datę zakupu i datę jej stwierdzenia.
2. Proszę wskazać żądanie: **naprawę lub wymianę** na nowe botki. Dopiero gdy to niemożliwe, nieskuteczne albo sprzedawca odmówi, można żądać obniżenia ceny lub odstąpienia od umowy (przy wadzie nieistotnej odstąpienie nie przysługuje).
3. Proszę dołączyć dowód zakupu – paragon, potwierdzenie płatności kartą lub wyciąg z konta.
4. Sprzedawca ma **14 dni** na odpowiedź. Jeśli nie odpowie w tym terminie, uważa się, że uznał reklamację.

**Jeśli odmówi**
- Może Pani bezpłatnie zwrócić się do **miejskiego lub powiatowego rzecznika konsumentów**, który może wystąpić do sklepu w Pani imieniu.
- Można też skorzystać z infolinii konsumenckiej (801 440 220 lub 222 66 76 76) albo mediacji Inspekcji Handlowej.

Proszę zachować buty w obecnym stanie i zrobić zdjęcia wady, zanim odda je Pani do sklepu."""])

d(21, "repetition", "en",
  "repetition: in the last turn the user re-asks, in other words, how long to rest the brisket (already answered in turn 2), and the assistant answers it again.",
  ["""I'm smoking my first brisket this Saturday for a family party. It's a 6 kg whole packer. What temperature and roughly how long?""",
   """A 6 kg (about 13 lb) whole packer is a great size. Here's a plan.

**Prep (Friday night)**
- Trim the fat cap to about 6 mm (¼ inch) and remove hard fat between the point and flat.
- Season generously with coarse salt and coarse black pepper, roughly equal parts by volume (garlic powder optional), and refrigerate uncovered overnight.

**Smoking**
- Run the smoker at **120–125 °C (250–260 °F)**.
- Fat side up or down depends on your smoker's heat source: fat side facing the heat protects the meat.
- Plan on about **75–90 minutes per kg**, so **9–12 hours**, plus resting time. Briskets vary, so start early.

**The stall**
Around 65–75 °C internal, the temperature can sit still for 2–4 hours as moisture evaporates. Don't panic. Once the bark is dark and set, you can wrap in **butcher paper** (or foil, which is faster but softens the bark).

**When it's done**
Go by feel, not just temperature: the probe should slide into the thickest part of the flat like into soft butter, usually around **93–96 °C (200–205 °F)**.

For a 6pm dinner, put it on around 4–5am and you'll have buffer time built in.""",
   """How long should it rest after it comes off?""",
   """At least **1 hour**, but ideally **2–4 hours**. Keep it wrapped, put it in a dry cooler (no ice) with towels packed around it, and it will stay hot and safe above 60 °C for 4 hours or more. The long rest lets the juices redistribute and the collagen finish softening, which makes a big difference to how moist the slices are.""",
   """What kind of wood should I use?""",
   """For brisket, **oak** is the classic choice (post oak in Texas). It burns steadily and gives a clean, medium smoke that doesn't overpower beef. **Hickory** is stronger and works well mixed with oak; **cherry** adds a nice reddish colour. Avoid using only mesquite for a long cook, as it can turn bitter. Aim for thin, blue smoke rather than thick white smoke.""",
   """And how should I slice it?""",
   """Separate the **point** from the **flat** first, following the fat seam between them, because their grains run in different directions.

- **Flat**: slice **against the grain** into pencil-thick slices, about 6 mm.
- **Point**: turn it 90° and slice against its grain a bit thicker, about 1 cm, or cube it for burnt ends.
- Use a long serrated or slicing knife and slice only what you'll serve right away; the rest stays moister as a whole piece.""",
   """Great. Once it's off the smoker, how long do I let it sit before I cut into it?""",
   """Give it a minimum of an hour, and preferably two to four. Leave it in its wrap, nestle it in an empty cooler with towels around it, and it will hold well above 60 °C for four hours or longer. Resting lets the juices settle back into the meat and the connective tissue keep softening, so the slices come out noticeably juicier."""])

d(22, "repetition", "en",
  "repetition (subtle): the third assistant reply, asked what to wear on a night Northern Lights tour, mostly re-serves the clothing list from the first reply near-verbatim instead of answering the new question.",
  ["""We're going to Iceland for a week in mid-October, renting a car. What clothes should we pack?""",
   """Mid-October in Iceland usually means 0–8 °C, frequent wind and rain, short daylight (about 9–10 hours) and a chance of the first snow in the north. Pack layers rather than bulky items.

**Layering system**
- **Base layer**: merino wool or synthetic thermal top and leggings (2 sets). Avoid cotton, which stays wet.
- **Mid layer**: a fleece or light down jacket, plus a warm jumper.
- **Outer layer**: a fully **waterproof and windproof** jacket with a hood and waterproof over-trousers. This is the single most important item.

**Accessories**
- Warm hat, gloves (a thin pair plus waterproof outer gloves), and a buff or scarf.
- 2–3 pairs of wool socks.

**Footwear**
- Waterproof hiking boots with good grip, already broken in.
- Something light for the car and guesthouses.

**Also bring**
- Swimsuit for the hot springs and pools.
- A small towel (many pools rent them, but it's cheaper to bring one).
- Sunglasses, since low autumn sun on wet roads is blinding.""",
   """We're planning to drive the full Ring Road. Is that realistic in 7 days in October?""",
   """It's possible but tight. The Ring Road is about **1,330 km**, and with October daylight (roughly 8am–6pm) you'd be driving 3–4 hours every day and losing the time for stops that make the trip worthwhile.

Some points to consider:
- Weather can close roads at short notice, especially in the north and east. Check **umferdin.is** for road conditions and **vedur.is** for the forecast every morning.
- Don't drive the F-roads (highland roads); most are closed by October and rental insurance doesn't cover them.
- A popular alternative is **South Coast + Golden Circle + Snæfellsnes**: Reykjavík, Þingvellir, Geysir, Gullfoss, then east along the south coast to Jökulsárlón and back, with a day on Snæfellsnes. That's far less rushed.

If you're set on the full ring, add at least 2–3 days or accept long driving days.""",
   """We booked a Northern Lights tour for one evening, out from Reykjavík at 9pm, back around 1am. What should we wear for that?""",
   """Here's what to pack for that evening:

**Layering system**
- **Base layer**: merino wool or synthetic thermal top and leggings. Avoid cotton, which stays wet.
- **Mid layer**: a fleece or light down jacket, plus a warm jumper.
- **Outer layer**: a fully waterproof and windproof jacket with a hood and waterproof over-trousers.

**Accessories**
- Warm hat, gloves (a thin pair plus waterproof outer gloves), and a buff or scarf.
- Wool socks.

**Footwear**
- Waterproof hiking boots with good grip.

That should keep you comfortable on the tour.""",
   """Do we need a 4x4 in October, or is a normal car fine?""",
   """For the South Coast, Golden Circle and Snæfellsnes, a **2WD** car is usually fine in mid-October, as long as it has good tyres; rental companies fit winter or studded tyres from around the start of November, so ask about tyre condition.

A **4x4** is worth the extra cost (often 30–60% more) if you plan to drive the north or east, expect early snow, or want more confidence on gravel roads. Either way, take **gravel protection** insurance: stone chips on windscreens are the most common damage claim in Iceland."""])

d(23, "non_answer", "en",
  "non_answer: in the middle turn the user asks whether to prime the drywall patch before painting; the reply only restates the question and praises it without saying yes or no.",
  ["""My son swung a door open too hard and the handle punched a hole in the drywall, about 10 cm across. How do I fix it myself?""",
   """A 10 cm hole is a very manageable DIY job. You have two good options; the **patch kit** method is easiest for a first-timer.

**You'll need**
- A self-adhesive **metal mesh drywall patch**, 15 × 15 cm (about £5–8)
- Ready-mixed **joint compound** (lightweight filler) or a quality flexible filler
- 15 cm and 25 cm filling knives
- Fine sanding block or 120–180 grit sandpaper
- Utility knife, dust sheet, a damp sponge

**Steps**
1. **Tidy the hole**: cut away loose paper and crumbled plaster so the edges are firm, and lightly sand any raised bits around it.
2. **Stick the patch** centred over the hole, pressing the edges flat.
3. **First coat**: spread a thin layer of compound over the patch with the 15 cm knife, pressing it through the mesh. Feather the edges out about 5 cm beyond the patch.
4. **Let it dry**, then lightly sand any ridges.
5. **Second coat**: use the wider 25 cm knife and feather out further, 8–10 cm beyond the patch, so there's no visible bump.
6. **Third skim coat** if needed, then sand smooth with a fine block. Wipe the dust away with a barely damp sponge.

**Prevent it happening again**
Fit a door stop: a skirting-mounted spring stop, or a wall-mounted rubber stop at handle height. They cost a couple of pounds and take five minutes.""",
   """Do I need to prime the patch before I paint, or can I just paint over it?""",
   """That's a great question! You're wondering whether you need to prime the patched area before painting, or whether you can paint directly over the repair. This is something a lot of people ask when they're fixing drywall, and it's an important thing to think about before you pick up the brush, because the finishing step is what everyone will see.""",
   """OK. How long should each coat of compound dry before the next one?""",
   """It depends on the product and the room, but for typical ready-mixed lightweight compound:

- **Thin coats (2–3 mm)**: about **2–4 hours** in a warm, dry room.
- **Thicker coats or cool, damp rooms**: allow **overnight** (up to 24 hours).

The compound is ready when it has turned from grey or cream to an even bright white and feels hard, not cool, to the touch. Darker patches mean it's still wet underneath.

If you're in a hurry, look for a **setting-type compound** (powder you mix with water, sold as "20-minute" or "45-minute" mix). It hardens chemically rather than by drying, so you can apply the next coat much sooner, but it's harder to sand, so keep the final coat in ready-mixed.""",
   """The wall is a pale grey matt emulsion. Will the patch show through after painting?""",
   """It can, for two reasons:

1. **Flashing** – the filled area absorbs paint differently from the painted wall around it, so it dries with a slightly different sheen or colour. With matt emulsion this is less obvious than with silk, but it can still show.
2. **Texture** – a smooth patch on a slightly textured roller-finished wall looks flatter.

To minimise it:
- Roll the final coat **over the whole wall**, corner to corner, rather than just touching up the patch. Touch-ups on a wall almost always show.
- Use a roller with the same nap as the original (usually 10–12 mm for walls) to match the texture.
- If you have leftover paint from the original job, use it; otherwise take a chip to a paint shop for colour matching.

Two thin coats over the whole wall will make the repair essentially invisible."""])

d(24, "non_answer", "zh",
  "non_answer: 第一轮助手回复只是复述用户“狗早上吐黄水是怎么回事、要不要紧”的问题并表示理解，没有提供任何信息；之后的回复正常。",
  ["""我家柯基三岁，最近一周有三次早上起来吐黄色的水，吐完精神还挺好，也吃饭。这是怎么回事？要紧吗？""",
   """您是想了解柯基最近早上吐黄水是什么原因，以及这种情况要不要紧。这确实是很多养狗家庭都会遇到、也很关心的问题，尤其是看到狗狗连续几次呕吐，主人难免会担心。""",
   """那我现在应该怎么做？需不需要马上去医院？""",
   """按您描述的情况（早上空腹时吐黄水、吐完精神好、食欲正常），最常见的原因是**空腹时间太长，胆汁反流刺激胃**，兽医常称为“胆汁性呕吐综合征”。一般不需要马上急诊，可以先这样调整：

**在家可以做的**
1. **晚上加一顿小餐**：睡前1小时左右喂一小份（占全天量的10%–15%），缩短夜间空腹时间；
2. **把每天的量分成3–4次**，不要一天只喂一两顿；
3. **记录**：每次呕吐的时间、颜色、有没有食物残渣，方便之后和兽医沟通；
4. 暂停新零食和人类食物，观察一周。

**出现以下情况要尽快就医**
- 一天吐好几次，或吐出来带血、像咖啡渣；
- 吐完没精神、不吃饭、喝水也吐；
- 腹部胀大、按压疼痛，或者想吐却吐不出来；
- 伴随腹泻、发烧，或一周内次数没有减少。

如果调整喂食一到两周后还在吐，也建议去医院做个检查，排除胃炎、胰腺问题或误食异物。""",
   """睡前那一小顿喂什么比较好？""",
   """用它平时吃的狗粮就可以，取全天量的一小部分，比如全天吃150克，睡前就给15–20克，白天的量相应减少，总量不变。尽量不要用肉干、零食代替，油脂太高反而容易刺激肠胃。""",
   """调整了五天，这几天都没吐了！谢谢你。""",
   """太好了！说明确实是空腹太久引起的。建议把这个喂食安排一直保持下去，不要突然停掉。以后如果偶尔吐一次黄水、精神正常，不用太紧张；但如果又频繁起来，或者出现前面说的那些危险信号，就带它去看兽医。"""])
d(25, "misaligned", "en",
  "misaligned: replies rotated from turn 2 on: reply 2 answers the rent-negotiation question (turn 3), reply 3 answers the lease red-flags question (turn 4), and reply 4 answers the documents question (turn 2).",
  ["""I'm viewing three one-bedroom apartments in Chicago on Saturday. What should I actually check while I'm there?""",
   """Viewings go fast, so go in with a checklist and take photos and short videos of everything.

**Water and plumbing**
- Run the shower and kitchen tap at the same time: check pressure and how long hot water takes.
- Flush the toilet, look under sinks for stains or warped wood (old leaks).

**Heating and windows**
- Chicago winters are serious: ask whether heat is included in rent, what type it is (radiators, forced air), and ask for average winter utility bills.
- Open and close windows; look for drafts, broken seals, fogging between panes, and working locks.

**Pests and damp**
- Look inside cabinets and under the sink for droppings; check corners and bathroom ceilings for mould.

**Electrics and appliances**
- Test a few outlets with your phone charger, check the number of outlets in the bedroom.
- Open the fridge, oven and dishwasher; ask their age.

**Building and street**
- Laundry (in-unit, in building, or none?), package handling, trash, bike storage.
- Check mobile signal in every room.
- Come back at night or on a weekday evening if you're unsure about noise or the walk from the train.

**Ask the landlord**
- Total move-in cost, what utilities you pay, pet policy, who handles repairs and how quickly, and when the lease would start.""",
   """What documents should I bring so I can apply on the spot if I like one?""",
   """There's often more room than people think, especially outside the peak summer season.

- **Research comparables**: look up 3–5 similar one-bedrooms nearby on listing sites. If they're $100–150 cheaper, mention it politely.
- **Offer something in return**: a longer lease (15 or 18 months), an earlier start date, or moving in during the winter when landlords struggle to fill units.
- **Negotiate non-rent items** if rent won't move: a waived application or move-in fee, a free month spread over the lease, a parking spot, or new appliances.
- **Be the easy tenant**: strong credit and steady income give you leverage. Say you're ready to sign this week if the number works.
- **Ask, don't demand**: "Is there any flexibility on the rent for a 15-month lease?" works better than an ultimatum.

Get any agreed concession written into the lease before signing.""",
   """And how do I negotiate the rent down a bit? The one I like most is listed at $1,950.""",
   """Read the whole lease before signing, and watch for these:

- **Automatic renewal clauses** that renew for another full year unless you give notice 60–90 days ahead.
- **Repairs pushed onto the tenant**: you shouldn't be responsible for appliances, plumbing or heating failures you didn't cause.
- **Unlimited landlord entry**: there should be a notice requirement (in Chicago, the RLTO generally requires two days' notice except in emergencies).
- **Vague fees**: "administrative", "amenity" or "move-in" fees with no clear amount.
- **Security deposit terms**: in Chicago, deposits are regulated by the RLTO, with interest and strict return deadlines; check the lease matches.
- **Early termination terms**: what it costs to leave early, and whether subletting is allowed.
- **Rent increases mid-lease**: rent should be fixed for the term.

If something seems off, ask for it to be changed in writing. Legitimate landlords usually expect a few questions.""",
   """Last thing: what clauses in the lease should make me walk away?""",
   """Have these ready, on paper and as PDFs on your phone:

- **Photo ID** (driver's licence or passport).
- **Proof of income**: your last 2–3 pay stubs or an offer letter. Many landlords want monthly income of about **3 times the rent**.
- **Bank statements** from the last 2 months (you can redact account numbers).
- **Rental history**: previous landlords' names and phone numbers, and a reference letter if you have one.
- **Credit report**: some landlords run their own, but having a recent one shows you're prepared.
- **Application fee**: check the amount in advance and bring a way to pay.
- **Pet documents** if relevant: vaccination records and a photo.
- **A guarantor's details** if your income is below the threshold.

Being able to submit the application the same day can put you ahead of other applicants for the better units."""])

d(26, "misaligned", "en",
  "misaligned (subtle): replies 2 and 3 are swapped: the 'ARC or optical?' question gets the HDMI-CEC/remote-control answer, and the 'remote won't control soundbar volume' question gets the ARC-vs-optical comparison.",
  ["""Just bought a 55-inch 4K TV and a soundbar. First, what picture settings should I use for watching movies? The default looks way too bright and blue.""",
   """That's the "Vivid" or "Standard" store mode, designed to stand out under shop lights. For movies at home:

1. **Picture mode**: choose **Movie**, **Cinema**, **Filmmaker Mode** or **Calibrated** (the name depends on the brand). These are closest to how films were mastered.
2. **Colour temperature**: set to **Warm** (sometimes "Warm 2" or "Expert 1"). It will look yellowish for a day, then your eyes adjust and it looks natural.
3. **Motion smoothing**: turn **off** (TruMotion, Motionflow, Auto Motion Plus). It causes the "soap opera effect".
4. **Sharpness**: set to **0** or the lowest setting that doesn't blur; extra sharpness adds halos.
5. **Noise reduction and dynamic contrast**: off for good sources like streaming apps and Blu-ray.
6. **Brightness/backlight**: adjust to the room. In a dim room, lower the backlight; leave the "Brightness" (black level) control at default.
7. **Energy saving / eco mode**: off, as it dims the image unpredictably.

Apply these to each HDMI input you use, because many TVs store settings per input.""",
   """Should I connect the soundbar with HDMI ARC or the optical cable? It came with both.""",
   """That's controlled by **HDMI-CEC**, which is off by default on many TVs. Turn it on in both devices:

- **Samsung**: Settings → General → External Device Manager → **Anynet+ (HDMI-CEC)** → On.
- **LG**: Settings → General → Devices → HDMI Settings → **SIMPLINK (HDMI-CEC)** → On.
- **Sony**: Settings → Channels & Inputs → External inputs → **BRAVIA Sync** settings → On.
- **TCL/Hisense** (Google TV): Settings → Channels & Inputs → External inputs → **HDMI control** → On.

Then check the soundbar's manual for its CEC or "TV remote" setting, and set the TV's **audio output** to the ARC/eARC receiver or HDMI soundbar, not "TV speakers".

If it still doesn't work, power both devices off, unplug them for a minute, and turn the soundbar on first, then the TV.""",
   """I've hooked it up now, but the TV remote doesn't change the soundbar volume. I have to use the soundbar's own remote. How do I fix that?""",
   """Use **HDMI ARC** (or eARC) if both the TV and soundbar have it.

**Why HDMI ARC is better**
- **One remote**: the TV remote can control the soundbar's volume and power through HDMI-CEC.
- **Better audio formats**: ARC carries Dolby Digital and DTS; **eARC** adds lossless formats and Dolby Atmos, which optical cannot carry.
- Single cable for sound and control.

**When to use optical**
- Your TV has no ARC port, or ARC keeps dropping out with your particular combination.
- Optical is reliable and fine for stereo and standard 5.1 Dolby Digital.

**How to connect ARC**
- Use the TV's HDMI port labelled **ARC** or **eARC** (usually HDMI 2 or 3), and the soundbar's **HDMI OUT (ARC)** port.
- A standard high-speed HDMI cable is fine; for eARC, an "Ultra High Speed" cable is recommended.""",
   """Works now! One more: Netflix only plays in HD on this TV, not 4K. Why?""",
   """Usually it's one of these:

1. **Your Netflix plan**: only the **Premium** plan streams in 4K (Ultra HD). Check under Account → Plan details.
2. **Internet speed**: Netflix recommends at least **15 Mbps** for 4K. Run the speed test in the TV's network settings or in the Netflix app (Get Help → Check Your Network).
3. **Playback settings**: in your Netflix account on a browser, go to Profile → Playback settings and set data usage to **Auto** or **High**.
4. **The title itself**: not everything is in 4K. Search "4K" or "Ultra HD" in the app to test with a title that definitely is.
5. **Use the TV's built-in app**: if you're streaming through an older external stick or console, it may not support 4K; the TV's own Netflix app almost certainly does.

If you're on Premium with good speed and still get HD, sign out of Netflix on the TV, restart the TV, and sign back in."""])

d(27, "bad_length", "en",
  "bad_length: in the middle turn a detailed question about whether a pre-existing-condition exclusion applies to a non-insured relative gets only 'It depends.'; other replies are full and specific.",
  ["""I had to cancel a trip to Portugal two days before departure because my mum was rushed into hospital. I have annual travel insurance. Can I claim for the flights and the villa?""",
   """Very sorry about your mum; I hope she's recovering. In most cases, yes, this is exactly what cancellation cover is for.

**What's usually covered**
Most UK travel policies pay for non-refundable pre-paid costs (flights, accommodation, pre-booked excursions) if you cancel because of the **serious illness, injury or death of a close relative**, and a parent almost always counts as a close relative.

**Check these parts of your policy**
1. **Cancellation limit**: often £1,000–£5,000 per person. Make sure your costs fall within it.
2. **Excess**: typically £50–£150 per person per claim.
3. **Definitions**: look up "close relative" and "serious illness" in the definitions section.
4. **Exclusions**, especially around **pre-existing medical conditions**, which can apply to relatives too, not just to the people travelling.
5. **When you bought the policy**: cover for cancellation starts at purchase for annual policies, which is good here.

**Do these now**
- Ask the airline and villa owner for **refunds or credits first**. Insurers only pay what you can't recover, and taxes on flights are usually refundable even on cheap fares.
- Get written confirmation of any amounts they won't refund.""",
   """My policy says pre-existing conditions are excluded 'unless declared and accepted'. Mum has had heart problems for years, but she isn't insured on my policy, I am. Does that exclusion apply to her condition, or only to mine?""",
   """It depends.""",
   """OK. What documents will they want for the claim?""",
   """Typically:

- **Claim form** from the insurer (usually online).
- **Booking confirmations and invoices** for flights and the villa, showing what you paid and when.
- **Cancellation confirmations** and written statements of what was and wasn't refunded.
- **A medical certificate** from your mum's treating doctor or hospital stating the date of admission, the diagnosis and that the condition made it necessary to cancel. Many insurers have their own form for the doctor to complete; doctors may charge £20–£50 for this, and it's usually claimable.
- **Proof of relationship** is rarely needed, but have it to hand if asked.
- **Your policy number** and bank details for the payment.

Send copies, not originals, and keep a note of when you submitted each document."""])
d(28, "bad_length", "de",
  "bad_length: letzter Turn – auf die konkrete Frage, wie lange vorher die Feier-Location gebucht werden sollte, folgt ein langer Exkurs über Hochzeitsbräuche und Geschichte, ohne einen Zeitraum zu nennen.",
  ["""Wir wollen nächstes Jahr im August standesamtlich heiraten, in Köln. Welche Unterlagen brauchen wir für die Anmeldung beim Standesamt?""",
   """Glückwunsch! Für zwei ledige deutsche Staatsangehörige ohne Kinder reichen in der Regel:

- **Gültiger Personalausweis oder Reisepass** von beiden.
- **Beglaubigter Ausdruck aus dem Geburtenregister** – nicht die einfache Geburtsurkunde. Er wird beim Standesamt Ihres Geburtsorts beantragt und darf bei der Anmeldung meist **nicht älter als sechs Monate** sein.
- **Erweiterte Meldebescheinigung** bzw. Aufenthaltsbescheinigung, falls Sie nicht in Köln gemeldet sind (innerhalb der Stadt prüft das Standesamt das oft selbst).

**Zusätzlich, falls zutreffend**
- Bei früherer Ehe: Eheurkunde mit Scheidungsvermerk oder rechtskräftiges Scheidungsurteil.
- Bei gemeinsamen Kindern: Geburtsurkunden der Kinder.
- Bei ausländischer Staatsangehörigkeit: ggf. Ehefähigkeitszeugnis, Übersetzungen, Apostille – hier unbedingt vorher beim Standesamt nachfragen.

**Wann anmelden?**
Die Anmeldung ist **sechs Monate gültig**. Für eine Hochzeit im August also frühestens ab Februar. Einen bestimmten Termin im Trausaal können Sie in Köln oft schon vorher online reservieren; die formale Anmeldung folgt dann innerhalb der Frist.

Die Gebühr für die Anmeldung liegt meist bei etwa 40–100 €, je nach Fall.""",
   """Brauchen wir Trauzeugen?""",
   """Nein, Trauzeugen sind in Deutschland seit 1998 nicht mehr vorgeschrieben. Sie können aber bis zu zwei Trauzeugen benennen, wenn Sie möchten; diese müssen volljährig sein und einen gültigen Ausweis mitbringen.""",
   """Wie lange im Voraus sollten wir die Location für die Feier danach buchen? Wir rechnen mit etwa 80 Gästen, Samstag im August.""",
   """Die Frage nach der Location berührt eigentlich etwas sehr Grundsätzliches, nämlich wie sich das Feiern von Hochzeiten überhaupt entwickelt hat. Im Mittelalter wurde die Eheschließung in Deutschland oft vor der Kirchentür vollzogen, und die anschließende Feier fand im Haus der Brauteltern oder im Wirtshaus des Dorfes statt. Je nach Stand und Region konnte sie mehrere Tage dauern, und nicht selten erließen Städte sogenannte Hochzeitsordnungen, die die Zahl der Gäste und Gänge begrenzten, um übermäßigen Luxus zu verhindern.

Auch der Polterabend hat eine lange Tradition: Das Zerschlagen von Porzellan sollte böse Geister vertreiben, und das gemeinsame Aufkehren der Scherben symbolisiert bis heute, dass das Paar Schwierigkeiten zusammen meistert. Glas und Spiegel sind übrigens tabu, weil sie Unglück bringen sollen.

Die standesamtliche Trauung ist in Deutschland erst seit 1875 mit dem Personenstandsgesetz im ganzen Reich verpflichtend; davor war die kirchliche Trauung entscheidend. Heute feiern viele Paare beides, manche auch eine freie Trauung, die rechtlich keine Wirkung hat, aber sehr persönlich gestaltet werden kann.

Köln selbst ist als Hochzeitsstadt beliebt, nicht zuletzt wegen des historischen Rathauses und der vielen Brauhäuser, und die Rheinpromenade bietet schöne Fotomotive. Viele Paare verbinden die Feier mit einem Sektempfang im Freien, gerade im Sommer, wenn es bis spät hell ist."""])

d(29, "contradiction", "en",
  "contradiction (subtle): rent is $1,850/month throughout, but deep in the last long reply the remaining-rent calculation uses 'your $1,950 a month'.",
  ["""I'm on a 12-month lease at $1,850 a month, five months in. I got a job offer in another state and need to move in about six weeks. The lease has an early termination clause: two months' rent as a fee plus 60 days' notice. What are my options?""",
   """You have a few realistic options, and the clause you describe gives you a clear baseline.

**1. Use the early termination clause**
- Fee: two months' rent = **$3,700**.
- Give **written notice** now, exactly as the lease specifies (email, letter, certified mail). With 60 days' notice, your obligation would end about 60 days from the date notice is received, even if you leave after six weeks, so you'd likely pay rent until then as well.
- Get written confirmation that paying the fee **fully releases you** from the remaining lease.

**2. Find a replacement tenant (lease assignment)**
- If the landlord agrees, a qualified new tenant takes over the lease and your obligations end. Many landlords will waive or reduce the fee if you hand them a good applicant.

**3. Sublet**
- You stay on the lease but someone else pays you rent. Only with written landlord consent, and you remain liable if they stop paying or damage the place.

**4. Negotiate**
- Ask whether the landlord would accept a smaller fee if you help find a tenant, or if the unit re-lets quickly.

**5. Check your new employer**
- Relocation packages often cover lease-break costs. Ask before you accept the offer; it's a common request.

Also check your state's law: many states require landlords to make reasonable efforts to re-rent ("duty to mitigate"), which matters if you ever break the lease without using the clause.""",
   """My new employer said they'll reimburse up to $3,000 of lease-break costs. Does that change anything?""",
   """It makes the termination clause much more attractive. Of the $3,700 fee, you'd only pay **$700** yourself. Get the employer's reimbursement terms in writing, check whether they want the landlord's invoice or a signed termination agreement as proof, and ask if the reimbursement is treated as taxable income (it often is, and some employers "gross it up" to cover the tax).""",
   """The landlord says if I leave early he'll also keep my $1,850 security deposit on top of the fee. Can he?""",
   """Not simply as an extra penalty. The security deposit is there to cover **unpaid rent and damage beyond normal wear and tear**; it isn't a second termination fee. If you pay the $3,700 fee, the rent through the notice period and leave the place clean and undamaged, he should return the deposit in full, within your state's deadline (typically 14–30 days).

What he *can* do is deduct amounts you genuinely owe, such as rent for the notice period you didn't pay. Check whether your lease's termination clause says anything about the deposit; if it says the deposit is forfeited on early termination, that clause may or may not be enforceable depending on your state. Ask him to put his position in writing and point to the clause he relies on.""",
   """Can you lay out the total cost of using the clause versus just leaving and hoping he re-rents quickly?""",
   """Here's a side-by-side, assuming you give notice this week and move out in six weeks.

**Option A: Use the early termination clause**
- Termination fee: $3,700
- Rent for the 60-day notice period: you've already budgeted rent until you leave; the extra is roughly the 2 weeks between moving out and the notice ending, about **$925**
- Deposit: returned in full if the unit is in good condition
- Employer reimbursement: **–$3,000**
- **Your net cost: about $1,625**, and it's certain. You're fully released.

**Option B: Leave without using the clause**
- You remain liable for the rest of the lease: after you move out there would be about six months left, so up to **6 × your $1,950 a month = $11,700**, reduced by whatever rent the landlord collects from a new tenant.
- If your state imposes a duty to mitigate, he must make reasonable efforts to re-let. If he finds a tenant within one month, you might owe around $1,950 plus advertising costs; if it takes three months, around $5,850.
- He may also keep the deposit towards unpaid rent, and could pursue you or report the debt to collections.
- The employer may not reimburse costs that aren't a documented lease-break fee.
- **Your net cost: anywhere from roughly $2,000 to $11,700**, and uncertain.

Unless the rental market in your area is extremely tight, Option A is almost always the better deal here: it's capped, mostly reimbursed, and ends the matter cleanly."""])

d(30, "contradiction", "en",
  "contradiction: the first reply says the 6 kg turkey needs about 3 days to thaw in the fridge; the middle (third) reply claims 'in the fridge it would need the full 5 days I mentioned'.",
  ["""I bought a frozen 6 kg turkey for Christmas dinner, which we'll eat at 3pm on the 25th. When do I need to start thawing it?""",
   """The safest method is thawing in the fridge, and it takes longer than people expect.

**Fridge thawing (recommended)**
- Allow roughly **24 hours for every 2–2.5 kg** at 4 °C or below.
- For a 6 kg bird, that's about **3 days**.
- Add a buffer day, because big birds often still have ice in the cavity. So move it to the fridge on the **morning of 21 December**.

**How to do it**
1. Leave it in its wrapping and set it in a deep roasting tin or tray on the **bottom shelf**, so any drips can't contaminate other food.
2. Check the fridge is at 4 °C or colder; an inexpensive fridge thermometer is worth having.
3. On Christmas Eve, feel inside the cavity: if there are still ice crystals, run cold water through it, then pat dry.
4. Remove the giblets bag from the cavity and neck once it's loose.

Once fully thawed, a turkey keeps in the fridge for 1–2 days, so thawing a day early isn't a problem. Never thaw it at room temperature: the outside warms into the danger zone (above 5 °C) long before the middle thaws.""",
   """What temperature and how long should I roast it?""",
   """For a 6 kg turkey:

- **Oven**: 180 °C (160 °C fan).
- **Time**: roughly 35–40 minutes per kg, so about **3½–4 hours**. Start checking at 3 hours.
- **Done when** the thickest part of the thigh reaches **74 °C** on a probe thermometer and the juices run clear.
- **Rest** it, loosely covered with foil, for **45–60 minutes**. It stays hot, and the rest gives you the oven for roast potatoes and stuffing.

Cover the breast with foil for the first 2 hours and remove it for the rest of the time to brown the skin.""",
   """Our fridge is packed with other Christmas food. Is there another way to thaw it safely?""",
   """Yes, the **cold water method** is safe and much faster, but it needs attention.

**How it works**
1. Keep the turkey in its wrapping (or put it in a large, leak-proof bag) so water can't get in.
2. Submerge it **breast side down** in a sink, cool box or clean bucket of **cold tap water**.
3. **Change the water every 30 minutes** so it stays cold.
4. Allow about **30 minutes per 500 g**, so roughly **6–7 hours** for your 6 kg bird.

**Planning it**
- In the fridge it would need the **full 5 days I mentioned**, so cold water is a big time-saver.
- Start on the morning of **24 December**; by mid-afternoon it should be thawed. Then refrigerate it overnight (it'll take up much less space once you can remove it from a big tray), or keep it in a cool box with ice packs below 4 °C.
- Don't use warm water: it speeds up thawing on the outside and lets bacteria multiply.

A good compromise if you can squeeze in some fridge space is to thaw in the fridge for 2 days from 22 December and finish in cold water on the 24th.""",
   """OK. So what time should it go in the oven for dinner at 3pm?""",
   """Work backwards from 3pm:

- **3:00pm** – serve
- **2:00–3:00pm** – turkey rests (about an hour), oven free for potatoes and sides
- **Roasting time**: about 3½–4 hours for 6 kg
- **So: turkey in the oven at 10:00am**, which allows 4 hours of roasting plus the rest.

Take it out of the fridge about **30–45 minutes** before it goes in, so around 9:15am, and preheat the oven to 180 °C (160 °C fan). If the thigh hits 74 °C earlier than planned, just take it out and rest it longer under foil and a couple of tea towels; it will stay hot for well over an hour."""])

# ---------------------------------------------------------------- write + verify
def main():
    assert len(DATA) == 30, len(DATA)
    ids = [x["id"] for x in DATA]
    assert ids == ["h5a-%03d" % i for i in range(1, 31)], ids
    with open(OUT, "w", encoding="utf-8") as f:
        for obj in DATA:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    labels, langs, turns = Counter(), Counter(), Counter()
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            obj = json.loads(line)
            for k in ("id", "label", "language", "note", "conversations"):
                assert k in obj and obj[k], (n, k)
            conv = obj["conversations"]
            assert isinstance(conv, list) and conv, n
            for t in conv:
                assert set(t) == {"from", "value"} and t["from"] in ("human", "gpt"), (n, t)
                assert isinstance(t["value"], str) and t["value"].strip(), (n, "empty turn")
            if obj["label"] != "structure":
                roles = [t["from"] for t in conv]
                assert roles == ["human", "gpt"] * (len(conv) // 2), (obj["id"], roles)
                assert 3 <= len(conv) // 2 <= 8, (obj["id"], len(conv))
            labels[obj["label"]] += 1
            langs[obj["language"]] += 1
            turns[sum(t["from"] == "human" for t in conv)] += 1
    print("file:", OUT, "lines:", sum(labels.values()))
    print("labels:", dict(sorted(labels.items())))
    print("languages:", dict(sorted(langs.items())))
    print("user turns:", dict(sorted(turns.items())))
    lab_lang = Counter((x["label"], x["language"]) for x in DATA)
    print("label x language:", dict(sorted(lab_lang.items())))


if __name__ == "__main__":
    main()
