# Part C, dialogues m13c-029 .. m13c-030 (hand-written)


def H(s):
    return {"from": "human", "value": s.strip()}


def G(s):
    return {"from": "gpt", "value": s.strip()}


DIALOGUES = []

# ---------------------------------------------------------------- 029
DIALOGUES.append({
    "id": "m13c-029",
    "label": "good",
    "language": "en",
    "note": "Good: three-turn first-date nerves after a divorce; concrete prep plan, a short blame-free way to explain the divorce, and clear guidance on ending the date and asking for a second one.",
    "conversations": [
        H("""I have a first date tomorrow with a woman I met on Hinge. Coffee at 11. I haven't been on a date in six years, since before my divorce. I'm 41 and I feel like I've completely forgotten how to do this. Help?"""),
        G("""First, a coffee date at 11 a.m. is about the lowest-stakes format there is: daylight, no alcohol, and a natural end point after 45 to 60 minutes. You chose well. And feeling rusty after six years is completely normal. Plenty of people your age on the apps are in the same spot, many of them coming back after a long relationship too.

Here's a simple prep plan:

**Tonight (15 minutes)**
- Reread her profile and pick **three things** to ask about: a trip she mentioned, a photo with a dog, a book or show she listed. Specific questions show you actually paid attention.
- Have a couple of things ready to share about yourself that you enjoy talking about. Not impressive facts, but what lights you up: your work, a hobby, something you've been learning.
- Lay out what you'll wear: clean, comfortable, one step nicer than everyday.

**Tomorrow**
- Arrive five minutes early so you're not flustered, and offer to get her order.
- It's fine to say, lightly, "I'll be honest, I'm a bit rusty at this. First date in a while." Saying it usually relaxes both of you.
- Aim for roughly half-and-half talking. If you notice you've been talking for a while, ask her a question.
- Follow threads instead of jumping between topics. If she mentions she just got back from Portugal, ask what surprised her there before moving on.

**Mindset**
The goal isn't to perform well. It's to find out whether you enjoy her company. That takes a lot of the pressure off."""),
        H("""What if she asks why I got divorced? I don't want to trauma-dump, but I also don't want to trash my ex or sound like I'm hiding something."""),
        G("""It's a fair question on a first date at 41, so it's smart to have an answer ready. Aim for **short, honest, no blame, forward-looking**: about three sentences, then bring the conversation back to the present.

**A simple formula**
1. One line on what happened, in neutral terms.
2. One line on what you learned or how you're doing now.
3. A gentle pivot.

**Examples**
> "We got married young, and over the years we grew in different directions. It was hard, but it was the right decision for both of us. I'm in a good place now, and I'm actually enjoying getting back out there. What about you, how long have you been on Hinge?"

> "We wanted different things, and we took too long to admit it. We stayed respectful through the whole process, and it taught me a lot about saying what I want earlier."

Use whichever is true for you; the point is the structure.

**Avoid**
- Details of who did what, or the legal and financial side.
- Anything that sounds like a grievance ("She never...").
- Over-apologizing, or sounding like you're still in the middle of it.

If she asks follow-up questions, it's fine to say: "Happy to talk about it more another time. It's a long story for a first coffee." That's honest and sets a healthy boundary."""),
        H("""Okay, last one. How do I end it? I never know whether to ask for a second date right there or text later."""),
        G("""Go by how it's going. A simple guide:

**If you're enjoying it and it seems mutual**
(She's asking you questions back, laughing, the conversation flows, she's in no hurry to leave.) Say so, simply, at the end:
> "I've really enjoyed this. Would you like to get dinner sometime next week?"
Asking in person is confident and clear, and most people find it flattering. If she says yes, suggest a day then and there, or say you'll text to sort it out.

**If you're unsure, or can't read her**
Wrap up warmly without a specific ask:
> "This was really nice. Thanks for meeting me."
Then text later, ideally the same evening: "Really enjoyed meeting you today. Would you be up for dinner next week?" Texting gives both of you some space if the vibe was hard to read.

**If you're not interested**
Be kind and clear in person ("It was nice to meet you, take care"), and if she texts about meeting again, reply honestly rather than ghosting: "I enjoyed talking, but I didn't feel a romantic spark. I wish you the best."

**Signs it's going well**
She turns toward you, asks follow-up questions, mentions future things ("You'd love this place..."), ignores her phone, or the coffee runs past an hour.

**Logistics**
When it's time, say it plainly: "I should head off soon, but this was great." Ending on a high note beats letting it fizzle. Offering to pay for the coffee is a nice gesture, but don't make a big deal of it if she'd rather split."""),
    ],
})

# ---------------------------------------------------------------- 030
DIALOGUES.append({
    "id": "m13c-030",
    "label": "good",
    "language": "en",
    "note": "Good: six-turn riddle game; riddles, hints, a lateral-thinking puzzle with explanation, and an honest, constructive rating of the user's own riddle.",
    "conversations": [
        H("""Give me a riddle. Something clever, not one of the super famous ones like "what has keys but can't open locks"."""),
        G("""Here's an old one that hasn't been worn out yet:

> *I am taken from a mine and shut up in a wooden case, from which I am never released, and yet I am used by almost everybody.*

What am I? Take your time, and ask for a hint if you get stuck."""),
        H("""Hmm, coal? No, wait... pencil lead?"""),
        G("""Yes! **Pencil lead**, which is really graphite: mined from the ground and sealed inside a wooden pencil. It never comes out, but nearly everyone uses it.

Fun fact: pencils have never contained lead. When a large deposit of very pure graphite was found at Borrowdale in England in the 16th century, people thought it was a kind of lead and called it "plumbago" or "black lead". The name stuck.

Here's your next one, a bit trickier:

> *What has thirteen hearts, but no other organs?*"""),
        H("""Thirteen hearts... an artichoke? Okay, I'm stuck. Hint please."""),
        G("""Ha, an artichoke is a creative guess, but it only has one heart. Hint: **you won't find it in a kitchen or a hospital. You'd find it on the table at a poker night.**

Second hint, if you need it: count the suits."""),
        H("""A deck of cards! Thirteen hearts! Okay, one more, but make it a lateral thinking one."""),
        G("""Exactly: a standard deck has 13 cards in the hearts suit, from ace to king.

Lateral thinking puzzles work a bit differently. The situation sounds impossible until you question an assumption you didn't realise you were making. You can ask me yes/no questions if you like.

> *A man pushes his car to a hotel and immediately tells the owner he's bankrupt. Why?*"""),
        H("""Is the car broken? Ugh. I give up, why?"""),
        G("""The car isn't broken. In fact, it isn't a real car at all. **He's playing Monopoly.** His token is the little car, he landed on a property with a hotel on it, and he can't afford the rent, so he's bankrupt.

The puzzle relies on you assuming that "car", "hotel" and "owner" are real-world things. Good lateral puzzles hide a second context in which every detail fits perfectly once you see it. When you're stuck on one, useful questions are: Is this literal? Is it a game or a story? Is anyone not who they seem?"""),
        H("""Ha! Okay, I made one up, rate it honestly: "I have no voice but I can tell you the time; I have hands but I never wave." What am I?"""),
        G("""A **clock**, and nicely done! Honest rating: **6.5 out of 10**.

What works:
- The rhythm is good. The two halves mirror each other ("I have no... but I can...", "I have hands but I never..."), which makes it feel like a proper riddle.
- "Hands but I never wave" is a nice bit of misdirection; for a split second it makes you picture a person.

What gives it away:
- **"Tell you the time"** is basically the answer. Once someone reads that, the puzzle is over, and the second line never gets to do its work.

How to make it harder: describe the function indirectly, and add one more misleading body part. For example:

> *I have a face but no eyes, hands but no fingers, and I never stop moving, yet I never leave the wall.*

Now "face", "hands" and "moving" all suggest a living thing, and "the wall" only narrows it down at the very end. You could even drop "the wall" so that wristwatches count too, which makes it more open.

Want to trade? Give me another one of yours and I'll try to solve it in as few guesses as I can."""),
    ],
})
