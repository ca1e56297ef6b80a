from b_common import D

DIALOGUES = []

# 029 leakage en DistilBERT ticket routing, 4 turns (scaffold note at end of turn 2)
DIALOGUES.append(D("m16b-029", "leakage", "en",
"Leakage (subtle): the turn 2 assistant reply ends with a generation-scaffold note '[End of turn 2 - next turn: user asks how to handle tickets longer than 512 tokens.]'; content otherwise good.",
[
r"""I'm fine-tuning distilbert-base-uncased with the Hugging Face Trainer to route support tickets into 6 queues. I have about 9,000 labelled tickets. After 3 epochs the training loss is stuck at about 1.79 and barely moves. What's wrong?""",
r"""That number is a strong clue: ln(6) ≈ 1.792. Cross-entropy of 1.79 with 6 classes is exactly what you get when the model predicts a uniform distribution, 1/6 for every class. The model has learned nothing, or has collapsed to ignoring its input. Usual causes, most likely first:

1. **Learning rate too high.** For fine-tuning BERT-family models, 2e-5 to 5e-5 is the normal range. Values like 1e-3 blow up the pretrained weights in the first few hundred steps, and the model falls back to predicting the prior. Check `learning_rate` in your `TrainingArguments`.
2. **Labels not reaching the model.** The dataset column must be named `labels` (or `label`, which the data collator renames), with integer ids 0–5. If labels are strings or the column has another name, the loss may be computed incorrectly or the Trainer raises an error only in some setups.
3. **Wrong number of labels.** Load with `AutoModelForSequenceClassification.from_pretrained("distilbert-base-uncased", num_labels=6)`, and pass `id2label`/`label2id` so the mapping is saved with the model.
4. **Shuffled or broken labels.** If labels were misaligned with texts during preprocessing (e.g. after a sort or a filter on one list but not the other), there's nothing to learn. Print 10 random examples with their label names and read them.

A quick sanity check that catches most of these: train on just 32 examples for 50 steps. A healthy setup drives the training loss close to 0 (it memorises them). If the loss stays at 1.79 even then, the problem is in the data pipeline or the learning rate, not in the amount of data.""",
r"""It was the learning rate, I had 1e-3. With 5e-5 the training loss drops to 0.45 and validation accuracy is 0.81. But the 'billing' queue is terrible: most billing tickets end up in 'account'.""",
r"""Overall accuracy hides per-class problems, so start with per-class metrics and a confusion matrix:

```python
import numpy as np
from sklearn.metrics import classification_report, confusion_matrix

pred = trainer.predict(val_ds)
y_pred = np.argmax(pred.predictions, axis=-1)
y_true = pred.label_ids
names = [model.config.id2label[i] for i in range(6)]

print(classification_report(y_true, y_pred, target_names=names, digits=3))
print(confusion_matrix(y_true, y_pred))
```

Then look at what's behind the billing → account confusion. Typical causes:

1. **Class imbalance.** If billing has, say, 400 training examples and account has 3,000, the model learns that "account" is the safe guess for anything about money and logins. Fix with class weights in the loss:

```python
import torch
from torch import nn
from transformers import Trainer

counts = np.bincount(train_labels, minlength=6)
weights = torch.tensor(len(train_labels) / (6 * counts), dtype=torch.float)

class WeightedTrainer(Trainer):
    def compute_loss(self, model, inputs, return_outputs=False, **kwargs):
        labels = inputs.pop("labels")
        outputs = model(**inputs)
        loss_fn = nn.CrossEntropyLoss(weight=weights.to(outputs.logits.device))
        loss = loss_fn(outputs.logits, labels)
        return (loss, outputs) if return_outputs else loss
```

2. **Genuinely overlapping categories.** Read 30 misrouted billing tickets. If many are things like "I can't log in to update my card", human agents may disagree too. Clearer labelling guidelines, or merging the queues, can help more than any model change.

3. **Label noise.** Historical routing often reflects where tickets *ended up*, not where they *should* have gone. Relabelling a few hundred billing/account examples carefully usually pays off.

Track billing's recall and F1 specifically as you change things, not just accuracy.

[End of turn 2 - next turn: user asks how to handle tickets longer than 512 tokens.]""",
r"""Class weights helped: billing F1 went from 0.52 to 0.71. Another issue: some tickets are long email threads, well over 512 tokens, and truncation cuts things off. What are my options?""",
r"""DistilBERT's position embeddings stop at 512 tokens, so something has to give. First measure how big the problem is:

```python
lengths = [len(tokenizer(t)["input_ids"]) for t in texts]
print(np.percentile(lengths, [50, 90, 95, 99]))
print(np.mean(np.array(lengths) > 512))
```

If only 5–8% of tickets exceed 512, simple fixes usually suffice. Options, cheapest first:

1. **Clean the text before tokenising.** Long threads are mostly quoted replies, signatures and legal disclaimers. Strip lines starting with `>`, everything after "On ... wrote:", and common signature blocks. This alone often brings most tickets under the limit, and it removes noise that can confuse the classifier.
2. **Keep the right part.** With default truncation you keep the first 512 tokens. For support tickets the subject line and the customer's first message are usually the most informative, so that's a reasonable default. Make sure the subject is prepended: `text = subject + " [SEP] " + body`.
3. **Head + tail truncation.** Keep the first ~384 and last ~126 tokens. Useful when the latest message changes the topic ("actually, the real issue is my invoice").
4. **Chunk and aggregate.** Split long tickets into overlapping 512-token windows (the tokenizer supports `return_overflowing_tokens=True` with a `stride`), classify each chunk, and average the probabilities. Most accurate, but inference becomes slower for long tickets and training needs care.
5. **A long-context model** such as one with a 4,096-token window. Much slower and rarely worth it for routing.

Evaluate each change on the subset of long tickets specifically; overall accuracy will hardly move if they're only a few percent of the data.""",
r"""How can I serve this model cheaply? Ideally on CPU, around 2,000 tickets a day.""",
r"""2,000 tickets a day is a tiny load, roughly one every 40 seconds on average, so a single small CPU instance is plenty.

**Baseline: plain PyTorch on CPU.** DistilBERT classifies one 512-token ticket in roughly 50–150 ms on a modern CPU core. Even without any optimisation, that's fine for this volume.

**Cheaper and faster: ONNX Runtime with int8 quantisation.** Using Hugging Face Optimum:

```bash
pip install "optimum[onnxruntime]"
optimum-cli export onnx --model ./ticket-router --task text-classification onnx/
```

Then apply dynamic int8 quantisation with Optimum's `ORTQuantizer`, which typically makes the model about 4x smaller and 2–3x faster on CPU, usually with under a point of accuracy loss. Check billing F1 again after quantising, since small classes are the first to suffer.

**Serving.** A small FastAPI app that loads the model once at start-up:

```python
from fastapi import FastAPI
from pydantic import BaseModel
from transformers import pipeline

app = FastAPI()
clf = pipeline("text-classification", model="./ticket-router", truncation=True, max_length=512)

class Ticket(BaseModel):
    subject: str
    body: str

@app.post("/route")
def route(t: Ticket):
    out = clf(t.subject + " [SEP] " + clean(t.body))[0]
    return {"queue": out["label"], "confidence": round(out["score"], 3)}
```

Use the same `clean()` function as in training. Route tickets with confidence below a threshold (e.g. 0.6) to a human triage queue, and log predictions with the final queue agents chose: that's your next round of training data and your way to spot drift.""",
]))

# 030 good en Google Sheets cycling club, 8 turns
DIALOGUES.append(D("m16b-030", "good", "en",
"Good: eight-turn Google Sheets build for a club membership list (layout, expiry and status formulas, formatting, counts, form intake script, protection, reminder emails); consistent column references throughout.",
[
r"""I run a small cycling club (about 120 members) and we track memberships in Google Sheets. Right now it's a mess of colours and merged cells. What columns should the main sheet have?""",
r"""Start with a clean "one row per member, one fact per column" layout on a sheet called **Members**:

| Col | Header | Notes |
|---|---|---|
| A | Member ID | e.g. M0001; never reused |
| B | First name | |
| C | Last name | |
| D | Email | used for reminders later |
| E | Phone | format as plain text so leading zeros survive |
| F | Joined | date they first joined |
| G | Membership type | Adult, Junior, Family, Student |
| H | Paid date | date of the latest payment |
| I | Expiry date | calculated |
| J | Status | calculated |
| K | Emergency contact | name and number |
| L | Notes | anything else |

Rules that keep it clean:

- **No merged cells and no blank rows.** They break sorting, filtering and formulas.
- **Dates as real dates**, not text like "March '24". Check with *Format* → *Number* → *Date*.
- **Freeze row 1** (*View* → *Freeze* → *1 row*) so headers stay visible.
- **Data validation on column G**: *Data* → *Data validation* → *Dropdown* with the four types, so nobody types "adult " with a trailing space.
- **Colours come from rules, not by hand.** We'll add conditional formatting based on Status, so the colours always match the data.

Move the old sheet to a tab called *Archive* and copy the data across column by column; it's worth the one-off effort.""",
r"""Membership lasts 12 months from the payment date. What formula do I use for the expiry date?""",
r"""In I2:

```
=IF(H2="", "", EDATE(H2, 12))
```

`EDATE` adds whole months, so 15 March 2025 becomes 15 March 2026, and the `IF` leaves the cell blank when there's no payment yet. Format column I as a date.

To avoid copying the formula down for every new member, put a single array formula in I1 instead and clear I2 downwards:

```
=ARRAYFORMULA(IF(ROW(H:H)=1, "Expiry date", IF(H:H="", "", DATE(YEAR(H:H), MONTH(H:H)+12, DAY(H:H)))))
```

This fills the whole column automatically, including rows added later. The `DATE(YEAR, MONTH+12, DAY)` form behaves the same as `EDATE` except for payments made on 29 February, which roll to 1 March instead of 28 February; for a cycling club that's harmless.""",
r"""Now the Status column: Active, Expiring soon (within 30 days), or Expired.""",
r"""Same pattern, as an array formula in J1:

```
=ARRAYFORMULA(IF(ROW(I:I)=1, "Status",
  IF(I:I="", "",
  IF(I:I < TODAY(), "Expired",
  IF(I:I - TODAY() <= 30, "Expiring soon", "Active")))))
```

The checks run in order: blank expiry → blank status; past expiry → Expired; within 30 days → Expiring soon; otherwise Active. `TODAY()` recalculates every day, so statuses change on their own. Members with no payment date show a blank status, which makes unpaid sign-ups easy to spot.""",
r"""Can the rows change colour based on the status?""",
r"""Yes, with conditional formatting using a custom formula.

1. Select `A2:L1000` (the whole table below the header).
2. *Format* → *Conditional formatting*.
3. *Format rules* → *Format cells if…* → *Custom formula is*, and enter:

```
=$J2="Expired"
```

4. Choose a light red fill. Click *Add another rule* and repeat with `=$J2="Expiring soon"` and a light yellow fill.

The `$` before J locks the column, so every cell in the row checks that row's status; the row number stays relative, so each row checks itself.

Leave Active rows uncoloured: highlighting only the rows that need action makes them stand out. Then delete any manually coloured cells left over from the old sheet (*Format* → *Clear formatting* on the table), otherwise manual colours override the rules visually and confuse people.""",
r"""How many active members do we have, broken down by membership type?""",
r"""On a separate *Summary* tab, one formula gives the whole breakdown:

```
=QUERY(Members!A1:L, "select G, count(A) where J <> 'Expired' and J <> '' group by G label count(A) 'Members'", 1)
```

"Expiring soon" members are still paid up, so the query counts everything that isn't Expired or blank. For a single total, use `=COUNTIFS(Members!J2:J, "<>Expired", Members!J2:J, "<>")`.""",
r"""New members sign up through a Google Form. How can I get those into the Members sheet without copy-pasting?""",
r"""Link the form to the spreadsheet (in the form: *Responses* → *Link to Sheets* → *Select existing spreadsheet*). Responses land on a new tab, *Form Responses 1*. Don't use that tab as your member list directly: edits and sorting there get messy. Instead, let a small Apps Script copy each new response into Members.

In the spreadsheet: *Extensions* → *Apps Script*, paste:

```javascript
function onFormSubmit(e) {
  const members = SpreadsheetApp.getActive().getSheetByName('Members');
  const v = e.namedValues;                       // keys are the form's question titles
  const ids = members.getRange('A:A').getValues().flat().filter(String);
  const nextRow = ids.length + 1;                // ids includes the header, so this is the first empty row
  members.getRange(nextRow, 1, 1, 7).setValues([[
    'M' + String(ids.length).padStart(4, '0'),   // A Member ID
    v['First name'][0],                          // B
    v['Last name'][0],                           // C
    v['Email'][0],                               // D
    v['Phone'][0],                               // E
    new Date(),                                  // F Joined
    v['Membership type'][0]                      // G
  ]]);
}
```

Then install the trigger: in the Apps Script editor, *Triggers* (clock icon) → *Add trigger* → function `onFormSubmit`, event source *From spreadsheet*, event type *On form submit*. Approve the permissions prompt.

Notes:

- The names in `v['...']` must match your form's question titles exactly.
- The script finds the first empty row by looking at column A rather than using `appendRow`. The array formulas in I and J fill their columns down to the bottom of the sheet, so `appendRow` would treat those rows as used and write far below your data.
- The new row has no Paid date; the treasurer fills column H when payment arrives, and because I and J are array formulas, expiry and status appear automatically. A script that writes values doesn't copy per-row formulas, which is another reason to use `ARRAYFORMULA`.
- The Member ID assumes you never delete rows from Members. If you might, store the last used number in a cell instead.""",
r"""The treasurer needs to edit Paid date, but I don't want anyone accidentally breaking the formulas in I and J.""",
r"""Protect the formula columns and share the sheet normally.

1. Select columns I and J on Members.
2. *Data* → *Protect sheets and ranges* → *Add a sheet or range*.
3. Description: "Calculated – do not edit". *Set permissions* → *Restrict who can edit this range* → *Only you*.

Now share the spreadsheet with the treasurer as an **Editor**. They can change Paid date and everything else, but get an error if they try to type into I or J.

Two more safety nets:

- Protect the *Summary* tab the same way.
- *File* → *Version history* keeps every change, so if something does break, you can see who changed what and restore an earlier version.

Note that protections don't restrict the spreadsheet owner, and the Apps Script runs as you, so the sign-up script can still add rows.""",
r"""Last one: could the sheet email members automatically two weeks before their membership expires?""",
r"""Yes, with a daily time-driven Apps Script. Add a column M, "Reminder sent", so nobody gets emailed twice:

```javascript
function sendExpiryReminders() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Members');
  const data = sheet.getDataRange().getValues();   // includes header row
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  const MS_PER_DAY = 24 * 60 * 60 * 1000;

  for (let r = 1; r < data.length; r++) {
    const row = data[r];
    const firstName = row[1], email = row[3], expiry = row[8], sent = row[12];
    if (!email || !(expiry instanceof Date) || sent) continue;

    const daysLeft = Math.round((expiry - today) / MS_PER_DAY);
    if (daysLeft <= 14 && daysLeft >= 0) {
      MailApp.sendEmail({
        to: email,
        subject: 'Your cycling club membership expires soon',
        body: `Hi ${firstName},\n\nYour membership expires on ` +
              `${Utilities.formatDate(expiry, Session.getScriptTimeZone(), 'd MMMM yyyy')}. ` +
              `You can renew at the next club ride or by bank transfer.\n\nSee you on the road!`
      });
      sheet.getRange(r + 1, 13).setValue(new Date());   // column M
    }
  }
}
```

Then *Triggers* → *Add trigger* → `sendExpiryReminders`, event source *Time-driven*, *Day timer*, e.g. 8–9 am.

- Using `daysLeft <= 14` rather than exactly 14 means a missed day doesn't skip anyone.
- When a member renews, clear their cell in column M so next year's reminder goes out.
- Free Gmail accounts can send to about 100 recipients a day via Apps Script, far more than a 120-member club needs.
- Run it once by hand first with your own email address in a test row to check the wording.""",
]))
