# -*- coding: utf-8 -*-
# Hand-written dialogues m13b-028 .. m13b-030

DIALOGUES = []

# ---------------------------------------------------------------- 028
DIALOGUES.append({
    "id": "m13b-028",
    "label": "bad_length",
    "language": "en",
    "note": "Bad length: reply 2 is a long ramble about the lives of Boltzmann and Carnot and steam-engine history that never answers whether the second law is fundamental or statistical.",
    "conv": [
        ("human", "I'm taking intro thermodynamics. What is entropy, in simple terms? 'Disorder' never quite made sense to me."),
        ("gpt", """You're right to be suspicious of "disorder". It's a loose metaphor and sometimes misleading. A more precise picture:

**Entropy measures how many microscopic arrangements are compatible with what you observe macroscopically.**

- A **macrostate** is what you measure: temperature, pressure, volume.
- A **microstate** is a complete specification of every particle's position and velocity.

Many different microstates look identical from the outside. Boltzmann's formula counts them:

**S = k_B ln W**

where W is the number of microstates consistent with the macrostate, and k_B = 1.38 × 10⁻²³ J/K is Boltzmann's constant.

**Example:** a box with a gas all crowded in the left half, versus spread through the whole box. Each molecule has twice as much room in the second case, so for N molecules there are 2ᴺ times more arrangements. With N ~ 10²³, "spread out" is more probable by an unimaginably large factor. That's why gas spreads out and never spontaneously gathers in one corner.

**The classical (engineering) definition** looks different but is consistent with this:

dS = δQ_rev / T

Adding heat Q reversibly at temperature T increases entropy by Q/T. The same amount of heat raises entropy more at low temperature, where it opens up relatively more new microstates, than at high temperature.

So rather than "disorder", think **"number of ways"** or **"how spread out energy is"** across the available states."""),
        ("human", "Then is the second law — entropy always increases — a fundamental law of physics, or is it just statistics? Could it in principle be violated?"),
        ("gpt", """Ludwig Boltzmann, who gave us S = k ln W, had a remarkable and ultimately tragic life. He was born in Vienna in 1844, the son of a tax official, and studied at the University of Vienna under Josef Stefan, of the Stefan–Boltzmann law. He held professorships in Graz, Munich, Leipzig and Vienna, moving between them several times, partly because of restlessness and partly because of academic politics. He was by all accounts a brilliant and popular lecturer. He was also very short-sighted, and he reportedly played the piano well, accompanying friends at musical evenings.

His later years were marked by bitter disputes with the "energeticists", led by Wilhelm Ostwald and Georg Helm, and with Ernst Mach, who doubted that atoms existed at all. Boltzmann suffered from what today would probably be diagnosed as bipolar disorder. In 1906, while on a summer holiday with his family in Duino, near Trieste, he took his own life. His tombstone in Vienna's Zentralfriedhof famously has the formula S = k log W engraved above his bust, although he never wrote it in exactly that form. Max Planck did.

The story of entropy really begins even earlier, with Sadi Carnot, whose father Lazare Carnot was a mathematician and Napoleon's minister of war. Sadi published his only book, *Reflections on the Motive Power of Fire*, in 1824 at his own expense. It sold very few copies. He died of cholera in 1832 at 36, and much of his work was burned with his belongings, as was customary for cholera victims. At the time, Britain was far ahead of France in steam power. Newcomen's atmospheric engine of 1712 had been pumping water out of mines for a century, and James Watt's separate condenser of 1769 had made engines about four times more efficient. Cornish engineers in particular kept pushing efficiency higher with high-pressure steam. It was only decades later that Clausius, reading Carnot via Clapeyron, coined the word "entropy" in 1865, from the Greek *tropē*, meaning transformation, deliberately chosen to sound like "energy"."""),
        ("human", "OK... Different question, from our problem set: what's the entropy change when 1 kg of ice melts at 0 °C? Latent heat of fusion is 334 kJ/kg."),
        ("gpt", """Melting at 0 °C happens at constant temperature, and (done slowly) it's reversible. So the classical definition applies directly:

ΔS = Q / T

**Step 1: heat absorbed**
Q = m × L_f = 1 kg × 334 kJ/kg = **334 kJ** = 334,000 J

**Step 2: temperature in kelvin** (always use absolute temperature)
T = 0 °C = **273.15 K**

**Step 3: divide**
ΔS = 334,000 J / 273.15 K ≈ **1,223 J/K** (≈ 1.22 kJ/K)

The sign is positive, as expected: liquid water has far more accessible molecular arrangements than the ordered ice crystal.

**A common follow-up:** if the heat comes from surroundings that are *warmer* than 0 °C, say a room at 20 °C (293.15 K), then the surroundings lose

ΔS_surr = −334,000 / 293.15 ≈ −1,139 J/K

The total is ΔS_total ≈ 1,223 − 1,139 = **+84 J/K > 0**, so the process is irreversible and spontaneous, as the second law requires. If the surroundings were exactly at 0 °C, the total would be zero, which is the reversible limit."""),
        ("human", "If entropy always increases, how can living things build such ordered structures? Doesn't life violate the second law?"),
        ("gpt", """No. The second law says the entropy of an **isolated** system never decreases. A living organism isn't isolated. It constantly exchanges energy and matter with its surroundings. It can lower its own entropy as long as it **exports more entropy** to the environment than it removes from itself.

**How organisms do it:** you eat low-entropy food (highly structured molecules such as glucose and proteins), and you give off high-entropy waste: CO₂, water and, above all, **heat**. Heat released to the surroundings at temperature T raises their entropy by Q/T. A resting human releases about 100 W, so each day roughly 8.6 MJ of heat flows into a room at ~293 K. That's an entropy export of about 30 kJ/K per day, far more than the order inside your body.

**On the planetary scale, the Sun drives it all.** Earth receives energy from the Sun as a relatively small number of high-energy visible photons, emitted from a surface at about 5,800 K. It radiates roughly the *same amount of energy* back to space as infrared photons, emitted at an effective temperature of about 255 K. Since 5,800 / 255 ≈ 23, Earth sends out about **20 infrared photons for every visible photon** it absorbs. The energy is the same, but it leaves spread over far more photons, which means much higher entropy. Photosynthesis, weather and life all run on that entropy gradient.

Erwin Schrödinger made this argument in *What Is Life?* (1944): organisms feed on "negative entropy". In modern terms they are dissipative structures. They maintain local order by speeding up the overall increase of entropy in the universe.

So life doesn't violate the second law. It's one of the ways the second law is carried out."""),
    ],
})

# ---------------------------------------------------------------- 029
DIALOGUES.append({
    "id": "m13b-029",
    "label": "good",
    "language": "en",
    "note": "Good: 7-turn Linux permissions session (symbolic/octal, setgid shared dir, sticky bit, umask arithmetic, ACLs); correct commands, short and long replies as appropriate.",
    "conv": [
        ("human", "What does `-rwxr-x---` mean in `ls -l` output?"),
        ("gpt", """Split it into four parts:

```
-   rwx   r-x   ---
│    │     │     └─ others: no permissions
│    │     └─────── group: read + execute
│    └───────────── owner (user): read + write + execute
└────────────────── file type: - regular file (d = directory, l = symlink)
```

So the owner can read, modify and run the file. Members of the file's group can read and run it but not change it. Everyone else has no access at all.

For directories, the letters mean slightly different things: **r** = list the names inside, **w** = create, delete or rename entries, **x** = enter the directory and access files inside it by name."""),
        ("human", "How would I set that with chmod in octal?"),
        ("gpt", """Each permission has a value: **r = 4, w = 2, x = 1**. Add them up per group:

- owner `rwx` = 4 + 2 + 1 = **7**
- group `r-x` = 4 + 0 + 1 = **5**
- others `---` = **0**

```bash
chmod 750 script.sh
```

The symbolic equivalent is `chmod u=rwx,g=rx,o= script.sh`."""),
        ("human", "Now the real problem. We have a shared directory /srv/project for the group `devs`. People create files there, but the files end up owned by each person's own primary group, so others in devs can't edit them. How do I fix it?"),
        ("gpt", """Three parts: set the group, add the **setgid** bit on the directory, and make sure new files are group-writable.

**1. Give the directory and its existing contents to `devs`:**

```bash
sudo chgrp -R devs /srv/project
```

**2. Set the setgid bit on the directory (and its subdirectories):**

```bash
sudo chmod 2775 /srv/project
sudo find /srv/project -type d -exec chmod 2775 {} +
```

The leading **2** is setgid. On a directory it means: **new files and subdirectories inherit the directory's group** (`devs`) instead of the creator's primary group. New subdirectories also inherit the setgid bit, so it keeps working further down. `ls -ld` shows it as an `s` in the group execute position: `drwxrwsr-x`.

**3. Make existing files group-writable:**

```bash
sudo find /srv/project -type f -exec chmod g+rw {} +
```

**4. Make new files group-writable: umask.** Even with the right group, a file created under the common default umask `022` comes out as `rw-r--r--` (644), so the group still can't write to it. Each user needs umask **002**, which gives 664 for files and 775 for directories. Set it in `~/.bashrc`, or system-wide in `/etc/login.defs` / via `pam_umask`. For applications that write files, set it in their service config, e.g. `UMask=0002` in a systemd unit.

Make sure everyone who needs access is in the group: `sudo usermod -aG devs alice`. They have to log out and back in for it to take effect."""),
        ("human", "That works. But now people can delete each other's files in there. Can I prevent that while still letting them edit?"),
        ("gpt", """Yes, with the **sticky bit** on the directory.

Deleting or renaming a file is controlled by **write permission on the directory**, not on the file. That's why anyone in `devs` can currently remove anything. The sticky bit adds a restriction: in a sticky directory, only the **file's owner**, the **directory's owner** or **root** can delete or rename a file.

```bash
sudo chmod +t /srv/project
# or, combined with setgid, in octal:
sudo chmod 3775 /srv/project
```

`ls -ld` now shows `drwxrwsr-t`. The `t` in the last position is the sticky bit.

Editing still works normally. Group members can open and modify each other's files because the *files* are group-writable. They just can't delete or rename them.

This is the same mechanism that protects `/tmp` (mode 1777). Note that, like setgid, `chmod +t` on the top directory doesn't apply to existing subdirectories. Set it on them too if they're shared."""),
        ("human", "Quick check: if someone's umask is 027, what permissions do their new files and directories get?"),
        ("gpt", """The umask removes bits from the default base permissions: **666** for files, **777** for directories.

- **Files:** 666 with 027 masked out → **640** → `rw-r-----`
- **Directories:** 777 with 027 masked out → **750** → `rwxr-x---`

(It's a bitwise "AND NOT", not subtraction. For 027 the result happens to be the same either way, but for a umask like 033 subtraction would give the wrong answer for files.)

So with 027, the group can read but not write, and others get nothing. That would break the shared-directory setup for that user. They need 002."""),
        ("human", "One contractor, alice, needs read-only access to /srv/project, but I don't want to add her to devs. Possible?"),
        ("gpt", """Yes, with **POSIX ACLs**, which let you grant permissions to specific extra users or groups beyond owner/group/other.

```bash
# existing files and directories: read, plus x on directories only (capital X)
sudo setfacl -R -m u:alice:rX /srv/project

# default ACL: applies automatically to files created here from now on
sudo setfacl -R -d -m u:alice:rX /srv/project
```

- `-m u:alice:rX` modifies the ACL to give user alice read access. Capital **X** grants execute only on directories (and on files that are already executable), so she can enter directories without making every file executable.
- `-d` sets a **default ACL** on directories. New files and subdirectories inherit it. Without it, alice couldn't read anything created after today.

Check it with:

```bash
getfacl /srv/project
```

One gotcha: the ACL has a **mask** entry that caps the permissions of named users and groups. A later `chmod g-r` on a file can lower the mask and silently remove alice's access too. `getfacl` shows this as an `#effective:` comment.

Most modern filesystems (ext4, XFS, Btrfs) support ACLs out of the box. On NFS, it depends on the server and version."""),
        ("human", "After that, ls -l shows a + at the end of the permission string, like drwxrwsr-t+. What's that?"),
        ("gpt", """The `+` just means **the file or directory has an ACL** beyond the standard owner/group/other bits, here alice's entry. `ls -l` can't show the full ACL, so it flags it, and `getfacl` shows the details.

(A `.` in that position, common on SELinux systems, means an SELinux security context is set and there's no ACL.)"""),
    ],
})

# ---------------------------------------------------------------- 030
DIALOGUES.append({
    "id": "m13b-030",
    "label": "good",
    "language": "en",
    "note": "Good: 3-turn explanation of IEEE 754 floating point (why 0.1 + 0.2 != 0.3, safe comparison, money handling); accurate, with Python examples and concrete values.",
    "conv": [
        ("human", "Why does `0.1 + 0.2 == 0.3` return False in Python? Is my computer broken?"),
        ("gpt", """Your computer is fine. Every language that uses standard **IEEE 754 double-precision** floats behaves this way, including JavaScript, Java, C and Go.

**The root cause: 0.1 has no exact binary representation.**

Just as 1/3 = 0.3333... never terminates in decimal, 1/10 never terminates in binary:

0.1 (decimal) = 0.0001100110011001100... (binary, repeating forever)

A double stores 53 significant bits, so the value is rounded to the nearest representable number. You can see the exact values with `decimal.Decimal`:

```python
>>> from decimal import Decimal
>>> Decimal(0.1)
Decimal('0.1000000000000000055511151231257827021181583404541015625')
>>> Decimal(0.2)
Decimal('0.200000000000000011102230246251565404236316680908203125')
>>> Decimal(0.3)
Decimal('0.299999999999999988897769753748434595763683319091796875')
```

0.1 and 0.2 are both stored slightly **too high**, while 0.3 is stored slightly **too low**. Their sum gets rounded to the double just *above* 0.3:

```python
>>> 0.1 + 0.2
0.30000000000000004
```

The two results differ by one unit in the last place, about 5.5 × 10⁻¹⁷. That's enough for `==` to say False.

The relative error of a double is at most about **1.1 × 10⁻¹⁶** per operation (half of machine epsilon, 2⁻⁵² ≈ 2.22 × 10⁻¹⁶). So floats are extremely precise, just not *exact* for most decimal fractions."""),
        ("human", "So how am I supposed to compare floats?"),
        ("gpt", """Compare with a **tolerance** instead of exact equality. In Python, use `math.isclose`:

```python
>>> import math
>>> math.isclose(0.1 + 0.2, 0.3)
True
```

By default it uses a **relative** tolerance `rel_tol=1e-09`: two numbers count as equal if they differ by less than a billionth of the larger one's magnitude. Relative tolerance scales automatically. It works for values around 10⁻⁸ and around 10⁸ alike.

**The near-zero trap:** relative tolerance fails when comparing to 0, because any tolerance relative to 0 is 0:

```python
>>> math.isclose(1e-17, 0.0)
False
>>> math.isclose(1e-17, 0.0, abs_tol=1e-12)
True
```

So when values can be near zero, also pass an `abs_tol` suited to your problem's scale.

Other options:

- **NumPy arrays:** `np.isclose(a, b)` or `np.allclose(a, b)`. Note that their defaults (`rtol=1e-05, atol=1e-08`) differ from `math.isclose`, and the check isn't symmetric in `a` and `b`.
- **Tests:** `pytest.approx`, e.g. `assert 0.1 + 0.2 == pytest.approx(0.3)`.
- **Ordering** comparisons (`<`, `>`) are usually fine without tolerances. Just be careful with boundary cases like `x <= 0.3`.

Choose the tolerance based on what *your* problem considers equal. For physical measurements, that's often far looser than 1e-9."""),
        ("human", "We're building an invoicing feature. Should prices be floats?"),
        ("gpt", """No. **Never use binary floats for money.** Errors like the one above accumulate when you sum many line items, and they show up as totals that are off by a cent, or as `19.999999999999996` in a PDF. Accountants (and auditors) expect decimal arithmetic to be exact.

Two standard approaches:

**1. Integer minor units (cents).** Store `1999` for $19.99. Integer arithmetic is exact, fast and supported by every database and language. You only convert to a decimal string for display. Most payment APIs (Stripe, for example) use this representation. Watch out for currencies with a different number of minor units: JPY has 0 decimal places, BHD and KWD have 3.

**2. Decimal types.** In Python, use `decimal.Decimal`, constructed from **strings**, not floats:

```python
from decimal import Decimal, ROUND_HALF_UP

price = Decimal("19.99")
qty = 3
vat_rate = Decimal("0.20")

net = price * qty                                   # Decimal('59.97')
vat = (net * vat_rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
total = net + vat                                   # Decimal('71.96')
```

`Decimal(0.1)` (from a float) inherits the binary error you saw earlier. `Decimal("0.1")` is exact.

**Database side:** use `NUMERIC(12, 2)` / `DECIMAL` columns in PostgreSQL or MySQL, or `BIGINT` for cents. Never use `REAL` or `DOUBLE PRECISION`.

**Rounding policy is a business rule, not a technical detail.** Decide, and document, whether VAT is rounded per line or on the invoice total, and which rounding mode applies (half-up is common on invoices, banker's rounding `ROUND_HALF_EVEN` in some accounting contexts). The two choices can give results that differ by a cent, and the tax rules in your jurisdiction may specify one."""),
    ],
})
