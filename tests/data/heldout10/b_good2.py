# Hand-written dialogues for part b (good, 007-012).

D = []

D.append(dict(
    id="j10b-007", label="good", language="en",
    note="Good: squealing brakes on a Civic; causes, pad thickness check, cost and DIY steps with correct torque, and a clear bedding-in procedure.",
    turns=[
("h", "My 2016 Honda Civic started squealing when I brake, mostly in the morning. Is that dangerous?"),
("g", """Usually not immediately dangerous, but it's worth figuring out which kind of squeal it is.

**1. Morning squeal that goes away after a few stops**
Overnight moisture leaves a thin layer of surface rust on the rotors. The first few brake applications scrub it off, and the noise disappears. That's normal, especially after rain or in humid weather.

**2. High-pitched squeal that keeps coming back, often under light braking**
Many pads have a small metal tab, the **wear indicator**, that touches the rotor when the pad material gets down to about 2-3 mm. It's designed to squeal to tell you the pads are due. Not an emergency, but plan a replacement within a few weeks.

**3. Grinding or scraping**
That's metal backing plate on rotor. Stop driving it as much as possible and get it fixed right away; stopping distances suffer and the rotors get damaged fast.

**Quick check you can do yourself**: look through the wheel spokes at the brake caliper. You'll see the outer pad pressed against the rotor. New pads are roughly 10-12 mm thick; below about 3 mm it's time to replace them.

Also watch for other warning signs: the car pulling to one side, a pulsating pedal, or a pedal that sinks lower than usual. Any of those means get it inspected soon."""),
("h", "I looked through the wheel and the outer pad looks like maybe 4 mm. How much does a pad replacement cost, and could I do it myself?"),
("g", """At 4 mm you have some time, but replacing them in the next month or so is sensible.

**Shop prices (front axle, typical US figures)**
- Pads only: about $150-300
- Pads and rotors: about $300-500, more at a dealer

**Doing it yourself**
Parts: a set of front pads is $30-70. Rotors are $40-80 each if they're scored or below the minimum thickness stamped on them.

Tools: a floor jack and **two jack stands** (never work under a car on the jack alone), a lug wrench, a socket set, a C-clamp or caliper piston tool, a torque wrench, brake cleaner and a little brake grease for the slide pins and pad contact points.

Steps, one side at a time:
1. Loosen the lug nuts slightly, jack the car up and put it on stands. Remove the wheel.
2. Remove the two caliper slide bolts, swing or lift the caliper off the pads, and hang it with a wire. Don't let it hang on the brake hose.
3. Take out the old pads and clips. Compare wear between inner and outer pads; very uneven wear points to a sticky slide pin.
4. Clean and lightly grease the slide pins and clips, install the new pads.
5. Push the caliper piston back with the C-clamp (open the brake fluid reservoir cap first and watch that it doesn't overflow).
6. Reinstall the caliper and wheel. Torque the lug nuts to **80 lb-ft** (108 N·m) in a star pattern.
7. Before driving, pump the brake pedal until it's firm.

First time, allow about 2-3 hours for both sides."""),
("h", "The pad box says to 'bed in' the new pads. What does that mean exactly?"),
("g", """Bedding in deposits an even, thin layer of pad material onto the rotor surface. That gives smooth, quiet braking and prevents vibration caused by uneven deposits.

A typical procedure (follow the pad manufacturer's if it differs):

1. Find a quiet, safe road with no traffic behind you.
2. From about **35 mph (55 km/h)**, brake moderately down to about **5 mph**, without coming to a full stop. Repeat **8-10 times**, accelerating back up between stops.
3. Then drive for **5-10 minutes** with as little braking as possible so the pads and rotors cool down.
4. Avoid stopping and holding the brake hard right after the procedure: a hot pad clamped on a hot rotor can leave an imprint.

For the first 200 miles or so, avoid panic stops when possible. You might notice a slight smell during bedding; that's normal."""),
]))

D.append(dict(
    id="j10b-008", label="good", language="en",
    note="Good: accessible modal dialog: native dialog with code, icon-only close button, contrast maths (#767676 on white and on #f5f5f5), focus order, testing plan; accurate WCAG references.",
    turns=[
("h", "I'm building a modal dialog in plain HTML and JavaScript. What do I need so it works for screen reader and keyboard users?"),
("g", """The easiest route today is the native `<dialog>` element opened with `showModal()`. It gives you most of the hard parts for free:

- The dialog is rendered in the top layer and the rest of the page becomes **inert**: keyboard focus and screen readers can't wander behind it.
- Focus moves into the dialog when it opens.
- **Esc** closes it.
- Browsers restore focus to the element that was focused before opening.

What you still need to add:
1. An **accessible name**, by pointing `aria-labelledby` at the dialog's heading.
2. A visible **close button**.
3. Sensible initial focus: by default the first focusable element gets it; put `autofocus` on a different element if that makes more sense.

```html
<button type="button" id="open-settings">Notification settings</button>

<dialog id="settings-dialog" aria-labelledby="settings-title">
  <h2 id="settings-title">Notification settings</h2>
  <p>Choose how often we email you.</p>
  <label><input type="radio" name="freq" value="daily"> Daily</label>
  <label><input type="radio" name="freq" value="weekly" checked> Weekly</label>
  <button type="button" id="close-settings">Close</button>
</dialog>

<script>
  const dialog = document.getElementById("settings-dialog");
  const opener = document.getElementById("open-settings");

  opener.addEventListener("click", () => dialog.showModal());
  document.getElementById("close-settings")
    .addEventListener("click", () => dialog.close());
  // Belt and braces: return focus to the opener on any close, including Esc.
  dialog.addEventListener("close", () => opener.focus());
</script>
```

Use `showModal()`, not `show()`: `show()` opens a non-modal dialog without the inert background."""),
("h", "Our designer wants the close button to be just an X icon. Is that OK?"),
("g", """Yes, as long as it still has a text name and a usable size.

```html
<button type="button" id="close-settings" aria-label="Close">
  <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
    <path d="M3 3 L13 13 M13 3 L3 13" stroke="currentColor" stroke-width="2"/>
  </svg>
</button>
```

- `aria-label="Close"` gives the button its name, so a screen reader says "Close, button" instead of nothing.
- `aria-hidden="true"` on the SVG keeps the decorative graphic out of the accessibility tree.
- **Target size**: WCAG 2.2 criterion 2.5.8 (level AA) requires at least 24×24 CSS pixels; 44×44 (2.5.5, AAA) is better for touch. The icon can be 16 px while the button's padding makes the clickable area larger.
- **Focus indicator**: don't remove the outline; if you restyle it, keep at least 3:1 contrast against the background.

Avoid using the letter "X" as button text, because screen readers will announce "X" or "times"."""),
("h", "How do I check colour contrast for the modal text? Our body text is #767676 on white."),
("g", """Contrast is measured as a ratio from 1:1 to 21:1, calculated from the relative luminance of the two colours. WCAG level AA asks for:

- **4.5:1** for normal text
- **3:1** for large text (at least 24 px regular, or about 18.7 px bold)
- **3:1** for UI components and meaningful graphics, such as input borders and icons (criterion 1.4.11)

**#767676 on #FFFFFF** comes out at about **4.54:1**, so it passes AA for normal text. It's famously the lightest grey that passes on pure white, which means there is no margin.

Be careful with variations: the same #767676 on a light panel like **#F5F5F5** drops to about **4.2:1** and fails for body text. If the modal has a tinted background, test against that colour, not white.

Tools:
- WebAIM Contrast Checker (webaim.org/resources/contrastchecker)
- Chrome or Firefox DevTools: inspect the text element and the colour picker shows the ratio
- Automated scanners such as axe DevTools flag failures across the page

If you want headroom, #595959 on white gives about 7:1, which meets AAA."""),
("h", "Where should focus go when the dialog opens if the first element is a long block of text?"),
("g", """Good instinct to think about this. Options, in order of preference:

1. **The heading or the dialog itself**, if the content is mostly text to read. Add `tabindex="-1"` to the `<h2>` and `autofocus` on it. Screen reader users then start at the top and read down, and keyboard users can Tab to the controls.
2. **The first interactive control**, if the dialog is a short form. This is the default behaviour.
3. **The least destructive button**, for confirmation dialogs like "Delete this file?": focus "Cancel", not "Delete", so an accidental Enter does no harm.

Don't put initial focus on the close button at the end of a long dialog; users would have to navigate backwards to read the content."""),
("h", "How should we test all this before release?"),
("g", """Combine automated checks with manual testing, since automated tools typically find only a minority of real issues.

**Automated**
- axe DevTools or Lighthouse on the page with the dialog open.
- Add axe-core to your end-to-end tests so regressions are caught in CI.

**Keyboard only** (unplug the mouse)
- Open the dialog with Enter and Space, move through every control with Tab and Shift+Tab.
- Confirm focus never escapes behind the dialog, Esc closes it, and focus returns to the opener.
- Check the focus indicator is visible everywhere.

**Screen readers**, at least two combinations:
- NVDA with Firefox or Chrome on Windows
- VoiceOver with Safari on macOS and iOS
- TalkBack with Chrome on Android if you have mobile users

Listen for: the dialog's name announced on open, the close button read as "Close, button", radio group labels read correctly.

**Zoom and reflow**
- Browser zoom at 200% and 400%. At a 320 CSS px wide viewport (criterion 1.4.10), the dialog must not require horizontal scrolling and the close button must remain reachable.

Ideally, also run a short session with one or two people who use assistive technology daily; they'll find things no checklist covers."""),
]))

D.append(dict(
    id="j10b-009", label="good", language="it",
    note="Good: SN1 vs SN2 criteria explained, then two exam exercises solved correctly (inversion to (S)-2-metilbutanonitrile; tertiary substrate in hot ethanol gives E1/SN1).",
    turns=[
("h", "Ho l'esame di chimica organica tra una settimana. Come faccio a capire se una sostituzione nucleofila va per SN1 o SN2?"),
("g", """Conviene guardare sempre quattro fattori, nell'ordine.

**1. Il substrato (il più importante)**
- Metilico e primario: **SN2**. Il carbonio è poco ingombrato e il carbocatione sarebbe troppo instabile.
- Terziario: **SN1**. L'attacco da dietro è impedito stericamente, mentre il carbocatione terziario è stabile.
- Secondario: zona grigia, decidono gli altri fattori.
- Allilico e benzilico: possono fare entrambe, perché il carbocatione è stabilizzato per risonanza.

**2. Il nucleofilo**
- Forte e spesso carico (CN⁻, N₃⁻, I⁻, RS⁻, OH⁻): favorisce **SN2**.
- Debole e neutro (H₂O, ROH): favorisce **SN1**, spesso come solvolisi.

**3. Il solvente**
- Polare aprotico (DMSO, DMF, acetone, acetonitrile): **SN2**, perché non solvata il nucleofilo e lo lascia reattivo.
- Polare protico (acqua, alcoli, acido acetico): **SN1**, perché stabilizza il carbocatione e il gruppo uscente.

**4. Il gruppo uscente**
Serve buono in entrambi i casi: I⁻ > Br⁻ > Cl⁻, tosilato e mesilato ottimi, F⁻ e OH⁻ pessimi.

**Cosa ti chiedono spesso all'esame**
- Cinetica: SN2 è di secondo ordine, v = k[RX][Nu]; SN1 è di primo ordine, v = k[RX].
- Stereochimica: SN2 dà **inversione di configurazione** (inversione di Walden); SN1 dà **racemizzazione**, spesso parziale.
- SN1 può dare trasposizioni del carbocatione; SN2 no."""),
("h", "Ok, esercizio: (R)-2-bromobutano con NaCN in DMSO. Che meccanismo e che prodotto?"),
("g", """Applichiamo i criteri:

- **Substrato**: secondario, quindi decidono gli altri fattori.
- **Nucleofilo**: CN⁻, forte e poco basico.
- **Solvente**: DMSO, polare aprotico.

Tutto punta a **SN2**.

**Prodotto**: il cianuro sostituisce il bromo sul C2:
CH₃–CH(CN)–CH₂–CH₃, cioè il **2-metilbutanonitrile**. Nota che il carbonio del nitrile entra nella catena principale: la catena più lunga ha 4 atomi di carbonio e il metile è in posizione 2.

**Stereochimica**: SN2 procede con inversione. Le priorità CIP attorno al centro stereogenico sono:
- nel reagente: Br > CH₂CH₃ > CH₃ > H
- nel prodotto: CN > CH₂CH₃ > CH₃ > H (il C del nitrile ha (N,N,N) e batte l'etile con (C,H,H))

Il nuovo gruppo ha la stessa posizione in classifica del vecchio, quindi l'inversione geometrica si traduce anche in cambio del descrittore: da (R) si ottiene **(S)-2-metilbutanonitrile**.

Attenzione: il descrittore non cambia sempre con l'inversione, dipende dalle priorità. Controllalo ogni volta."""),
("h", "E se fosse 2-bromo-2-metilpropano in etanolo a caldo?"),
("g", """Qui il quadro cambia completamente:

- **Substrato**: terziario, l'SN2 è esclusa.
- **Nucleofilo/base**: etanolo, debole e neutro.
- **Solvente**: protico polare, che stabilizza il carbocatione.

Il primo passaggio è la ionizzazione lenta: si forma il **carbocatione terz-butilico** (CH₃)₃C⁺ e Br⁻. Da qui due strade in competizione:

1. **E1**: l'etanolo strappa un protone da un carbonio adiacente e si forma il **2-metilpropene** (isobutene).
2. **SN1**: l'etanolo attacca il carbocatione e, dopo la perdita del protone, si ottiene l'**etil terz-butil etere** (2-etossi-2-metilpropano).

**Il calore favorisce l'eliminazione**: l'E1 produce più molecole e ha un ΔS positivo, quindi il termine –TΔS pesa di più ad alta temperatura. In questo esercizio il prodotto principale atteso è il **2-metilpropene**, con l'etere come prodotto secondario.

Nessuna questione stereochimica: il substrato non è chirale e il carbocatione è simmetrico. All'esame scrivi entrambi i prodotti e motiva quale prevale."""),
]))

D.append(dict(
    id="j10b-010", label="good", language="en",
    note="Good: shrinking a Go Docker image with a multi-stage build, then fixing CA certs, timezone data, build caching, non-root user and image scanning; each reply specific and correct.",
    turns=[
("h", "The Docker image for our Go service is 1.1 GB. How do I shrink it?"),
("g", """That size means you're shipping the whole Go toolchain (the `golang` image alone is around 800 MB) just to run one binary. Use a **multi-stage build**: compile in the big image, then copy only the binary into a tiny final image.

```dockerfile
# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

FROM scratch
COPY --from=build /out/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
```

What each part does:
- `CGO_ENABLED=0` produces a statically linked binary, so it runs without any C libraries in the final image.
- `-ldflags="-s -w"` strips the symbol table and debug info, often saving 25-30% of the binary size.
- `-trimpath` removes local file paths from the binary (smaller and reproducible).
- `FROM scratch` is a completely empty image.

Typical result: **10-25 MB** instead of 1.1 GB, depending on your dependencies."""),
("h", "Built it with scratch and now the service fails when calling an external HTTPS API: 'x509: certificate signed by unknown authority'."),
("g", """`scratch` really is empty, including no CA certificate bundle, so Go's TLS client has nothing to verify the server's certificate against.

Fix: copy the bundle from the build stage (the Debian-based `golang` image has it):

```dockerfile
FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
```

Go looks for `/etc/ssl/certs/ca-certificates.crt` on Linux, so no code changes are needed.

Alternative: use `gcr.io/distroless/static-debian12` as the final base instead of `scratch`. It's about 2 MB and already contains CA certificates, timezone data and a non-root user, which solves a few of the next problems in one go."""),
("h", "Related: the timestamps in our logs are UTC even though I set TZ=Europe/Berlin in the container."),
("g", """Same cause: `TZ=Europe/Berlin` only tells Go which zone to use, but it looks the zone up in `/usr/share/zoneinfo`, which doesn't exist in `scratch`. When it can't find it, Go silently falls back to UTC.

Three fixes, pick one:

1. **Embed the timezone database in the binary** (Go 1.15+). Add one import anywhere in `main`:
   ```go
   import _ "time/tzdata"
   ```
   or build with `-tags timetzdata`. It adds about 450 KB.
2. **Copy the zoneinfo directory** from the build stage:
   ```dockerfile
   COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo
   ```
3. **Switch to distroless/static**, which includes tzdata.

Many teams also keep logs in UTC on purpose and convert in the log viewer; it avoids confusion around daylight saving time changes. But if you need local time, option 1 is the most robust."""),
("h", "Every build re-downloads all modules and takes about 3 minutes. Can I cache that?"),
("g", """Two layers of caching help.

**1. Layer order (you already have it in the Dockerfile above).** Copying `go.mod` and `go.sum` before the source means the `go mod download` layer is reused as long as dependencies don't change. If your CI builds on fresh machines, though, there's no local layer cache to reuse.

**2. BuildKit cache mounts** keep Go's module cache and build cache between builds, even when layers are invalidated:

```dockerfile
RUN --mount=type=cache,target=/go/pkg/mod \\
    go mod download

COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=cache,target=/root/.cache/go-build \\
    CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server
```

The `# syntax=docker/dockerfile:1` line at the top enables this; BuildKit is the default builder in current Docker versions.

In CI, cache mounts live on the builder, so on ephemeral runners also export the layer cache, e.g. with GitHub Actions and `docker/build-push-action`: `cache-from: type=gha` and `cache-to: type=gha,mode=max`.

Typical result: unchanged dependencies take seconds, and incremental compiles reuse the build cache."""),
("h", "How do I run it as a non-root user in scratch? There's no useradd."),
("g", """You don't need a user account in `/etc/passwd`; the kernel only cares about numeric IDs. Add this to the final stage:

```dockerfile
USER 65532:65532
```

65532 is the conventional "nonroot" ID used by distroless images (`gcr.io/distroless/static-debian12:nonroot`).

Two things to watch:
- A non-root process can't bind ports below 1024, so listen on 8080 rather than 80.
- Any files the app writes to must be writable by that UID; with `scratch` it's easiest to write only to mounted volumes."""),
("h", "Last one: how do I check the final image for known vulnerabilities?"),
("g", """Scan it in CI with one of these:

- **Docker Scout**, built into recent Docker versions:
  ```bash
  docker scout cves myorg/server:latest
  ```
- **Trivy** (open source, popular in CI):
  ```bash
  trivy image myorg/server:latest
  ```
- **Grype** (Anchore), similar to Trivy.

With a `scratch` or distroless image there are almost no OS packages to flag, so most findings will come from your Go dependencies and the Go standard library version. Those are fixed by updating modules (`go get -u` and `go mod tidy`) and rebuilding with a current Go release. Also run `govulncheck ./...` on the source: it reports only vulnerabilities in code paths your program actually calls, which cuts down false alarms a lot."""),
]))

D.append(dict(
    id="j10b-011", label="good", language="en",
    note="Good: IUPAC naming help with three worked examples (3-methylpentan-1-ol, 4-methylpentan-2-one, prop-2-en-1-ol / but-3-en-2-ol), all correct.",
    turns=[
("h", "How do I name CH3CH2CH(CH3)CH2CH2OH? I keep getting it wrong."),
("g", """Work through it in fixed steps:

**1. Find the principal group.** The –OH makes it an alcohol, so the name ends in **-ol**.

**2. Find the longest chain that contains the carbon bearing the OH.**
CH3–CH2–CH(CH3)–CH2–CH2–OH: the main chain has 5 carbons (the CH3 on the third carbon is a branch). So the parent is **pentan-**.

**3. Number from the end that gives the OH the lowest number.**
- C1: CH2OH
- C2: CH2
- C3: CH(CH3)
- C4: CH2
- C5: CH3

**4. Name the substituent with its locant:** a methyl on C3.

**Answer: 3-methylpentan-1-ol** (older style: 3-methyl-1-pentanol).

The usual mistake is numbering from the other end, which would give the methyl position 3 as well but put the OH on C5. Always satisfy the principal group first, then the substituents."""),
("h", "OK, what about CH3C(O)CH2CH(CH3)2?"),
("g", """First expand it: CH3–C(=O)–CH2–CH(CH3)–CH3.

1. **Principal group**: the C=O in the middle of a chain is a ketone, suffix **-one**.
2. **Longest chain containing the C=O**: CH3, C=O, CH2, CH, CH3 gives 5 carbons: **pentan-**. The second CH3 on the CH is a branch.
3. **Number to give the carbonyl the lowest locant**: starting from the left, the C=O is C2 (from the right it would be C4).
4. **Substituent**: a methyl on C4.

**Answer: 4-methylpentan-2-one.** Its common name is methyl isobutyl ketone (MIBK), a widely used solvent."""),
("h", "And if a molecule has both a C=C and an OH, like CH2=CHCH2OH?"),
("g", """The OH wins: alcohols rank above alkenes, and in fact C=C isn't a suffix group at all. The double bond is shown with the infix **-en-** inside the parent name, and the OH keeps the suffix and the lowest possible number.

For CH2=CH–CH2–OH:
- Numbering from the OH end: C1 is CH2OH, C2 is CH=, C3 is =CH2.
- The double bond starts at C2.

**Answer: prop-2-en-1-ol** (common name: allyl alcohol).

One more to practise the pattern: CH2=CH–CH(OH)–CH3
- Number from the right so the OH gets C2 (from the left it would be C3).
- The double bond is then between C3 and C4.
- **Answer: but-3-en-2-ol.**

Priority order for the most common suffix groups, highest first: carboxylic acid > ester > amide > nitrile > aldehyde > ketone > alcohol > amine. Whatever ranks highest gets the suffix; everything else becomes a prefix (for example hydroxy-, oxo-, amino-)."""),
]))

D.append(dict(
    id="j10b-012", label="good", language="vi",
    note="Good: oil change interval for a Honda Vision scooter, correct JASO MB vs MA distinction and viscosity, and gear oil interval; concise and consistent.",
    turns=[
("h", "Xe Honda Vision của tôi đã đi được 1.800 km kể từ lần thay nhớt trước. Bao lâu thì nên thay nhớt?"),
("g", """Với 1.800 km, bạn nên thay nhớt trong thời gian tới.

**Mốc khuyến nghị**
- Sổ bảo dưỡng của Honda đưa ra chu kỳ thay nhớt cho điều kiện sử dụng bình thường; bạn nên xem đúng con số trong sổ của xe mình.
- Thực tế, với xe chạy nhiều trong thành phố, kẹt xe, đường bụi và thời tiết nóng như ở Việt Nam, nhiều thợ khuyên thay sau khoảng **1.500–2.000 km**, hoặc **2–3 tháng** một lần nếu đi ít, tùy điều kiện nào đến trước.

**Dấu hiệu nên thay sớm**
- Máy nóng hơn bình thường, tiếng máy to hơn.
- Nhớt trên que thăm đen đặc hoặc bị hụt dưới vạch thấp.

**Lượng nhớt**: xe Vision dùng khoảng 0,7–0,8 lít khi thay; hãy kiểm tra lại trong sổ hướng dẫn và thăm nhớt sau khi đổ để đảm bảo nằm giữa hai vạch.

Nhân tiện thay nhớt, nhờ thợ kiểm tra luôn lọc gió, vì lọc gió bẩn cũng làm xe hao xăng và yếu máy."""),
("h", "Nên chọn loại nhớt nào? Tiệm gần nhà gợi ý dùng nhớt xe số cho rẻ."),
("g", """Với xe tay ga như Vision, nên dùng **nhớt dành riêng cho xe tay ga**.

**Lý do**: xe số có ly hợp ướt nằm chung trong nhớt máy, nên nhớt xe số đạt chuẩn **JASO MA/MA2** được pha chế để ly hợp không bị trượt. Xe tay ga dùng hộp số vô cấp với ly hợp khô, không ngâm trong nhớt, nên dùng nhớt chuẩn **JASO MB** có phụ gia giảm ma sát, giúp máy chạy êm và tiết kiệm xăng hơn một chút. Đổ nhớt xe số vào xe tay ga không làm hỏng máy ngay, nhưng không phải lựa chọn tối ưu.

**Cách đọc trên can nhớt**
- Chuẩn: **JASO MB**, cấp API SL trở lên.
- Độ nhớt: **10W-30** theo khuyến nghị của Honda cho dòng Vision. Số 10W chỉ khả năng chảy khi máy nguội, số 30 chỉ độ đặc khi máy nóng.

Nhớt chính hãng Honda hoặc các hãng phổ biến có chuẩn MB đều được, giá chênh lệch không nhiều so với nhớt xe số."""),
("h", "Còn nhớt hộp số (nhớt láp) thì bao lâu thay một lần?"),
("g", """Nhớt hộp số bôi trơn bộ bánh răng truyền động ở bánh sau, làm việc nhẹ hơn nhớt máy nên thay thưa hơn nhiều.

- **Chu kỳ**: thường cứ **2–3 lần thay nhớt máy** thì thay nhớt hộp số một lần, tức khoảng **5.000–6.000 km**.
- **Lượng**: rất ít, chỉ khoảng **100–120 ml**.
- **Loại**: dùng nhớt hộp số dành cho xe tay ga, thường là loại 80W-90 đóng chai nhỏ.

Nếu xe kêu ù ù ở bánh sau khi tăng tốc hoặc nhớt láp bị rỉ ra ngoài, nên kiểm tra sớm hơn."""),
]))
