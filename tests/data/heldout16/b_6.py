from b_common import D

DIALOGUES = []

# 019 repetition pl PyTorch, 4 turns (turn 3 reply repeats turn 2 near-verbatim)
DIALOGUES.append(D("m16b-019", "repetition", "pl",
"Repetition: turn 3 assistant repeats its turn 2 overfitting checklist almost verbatim, although the user says all of it has already been done and asks what else could help.",
[
r"""Chcę wytrenować mały model, który rozpozna na zdjęciach z mojej fotopułapki w ogrodzie: jeża, kota, lisa albo „nic". Mam około 600 ręcznie opisanych zdjęć (po 150 na klasę) i laptopa z kartą RTX 3060. Od czego zacząć?""",
r"""Przy 600 zdjęciach nie ma sensu trenować sieci od zera. Najlepszy wybór to **transfer learning**: bierzesz sieć wytrenowaną na ImageNet (np. ResNet18) i dostrajasz ją do swoich 4 klas. RTX 3060 w zupełności wystarczy, jedna epoka potrwa kilka sekund.

**1. Ułóż pliki w katalogach według klas:**

```
dane/
  train/  jez/  kot/  lis/  nic/
  val/    jez/  kot/  lis/  nic/
```

Przenieś około 20% zdjęć z każdej klasy do `val`. Ważne: fotopułapka robi serie zdjęć. Zdjęcia z jednej serii (ten sam kot w odstępie sekundy) muszą trafić razem do `train` albo razem do `val`, inaczej walidacja będzie zawyżona.

**2. Model i dane w PyTorch:**

```python
import torch
from torch import nn
from torchvision import datasets, models, transforms

weights = models.ResNet18_Weights.DEFAULT
train_tf = transforms.Compose([
    transforms.RandomResizedCrop(224, scale=(0.6, 1.0)),
    transforms.RandomHorizontalFlip(),
    transforms.ToTensor(),
    transforms.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]),
])
val_tf = transforms.Compose([
    transforms.Resize(256),
    transforms.CenterCrop(224),
    transforms.ToTensor(),
    transforms.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]),
])

train_ds = datasets.ImageFolder("dane/train", transform=train_tf)
val_ds = datasets.ImageFolder("dane/val", transform=val_tf)
train_dl = torch.utils.data.DataLoader(train_ds, batch_size=32, shuffle=True, num_workers=4)
val_dl = torch.utils.data.DataLoader(val_ds, batch_size=64, num_workers=4)

model = models.resnet18(weights=weights)
model.fc = nn.Linear(model.fc.in_features, 4)
model = model.cuda()

optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
loss_fn = nn.CrossEntropyLoss()
```

Potem standardowa pętla: dla każdej epoki trening na `train_dl`, potem dokładność na `val_dl` w trybie `model.eval()` i z `torch.no_grad()`. Zapisuj model z najlepszym wynikiem walidacji.""",
r"""Po 15 epokach dokładność na treningu wynosi 99%, a na walidacji tylko 71%. Co robię źle?""",
r"""To klasyczne przeuczenie (overfitting): model zapamiętał zdjęcia treningowe zamiast nauczyć się cech zwierząt. Przy 450 zdjęciach treningowych i 11 milionach parametrów ResNet18 to bardzo częste. Co pomaga, w kolejności od największego efektu:

1. **Zamroź szkielet sieci i trenuj tylko ostatnią warstwę.** Cechy z ImageNet są już dobre; przy małym zbiorze nie warto ich zmieniać:

```python
for p in model.parameters():
    p.requires_grad = False
model.fc = nn.Linear(model.fc.in_features, 4)  # nowa warstwa, trenowalna
optimizer = torch.optim.AdamW(model.fc.parameters(), lr=1e-3, weight_decay=1e-4)
```

2. **Mocniejsza augmentacja**, dopasowana do fotopułapki: zdjęcia nocne w podczerwieni, różne oświetlenie, zwierzę na brzegu kadru.

```python
transforms.RandomResizedCrop(224, scale=(0.5, 1.0)),
transforms.RandomHorizontalFlip(),
transforms.ColorJitter(brightness=0.4, contrast=0.4, saturation=0.3),
transforms.RandomGrayscale(p=0.2),
```

`RandomGrayscale` pomaga, bo nocne zdjęcia z podczerwieni są czarno-białe.

3. **Weight decay** (`weight_decay=1e-4` w AdamW, jak wyżej) karze duże wagi.

4. **Wczesne zatrzymanie**: śledź stratę walidacyjną i zapisuj model z najlepszej epoki; przerwij, gdy nie poprawia się przez 5 epok.

5. **Dropout przed ostatnią warstwą**: `model.fc = nn.Sequential(nn.Dropout(0.3), nn.Linear(512, 4))`.

Zacznij od punktów 1 i 2 razem; zwykle to one dają największy skok na walidacji.""",
r"""Zrobiłem to wszystko: zamrożony szkielet, mocniejsza augmentacja z ColorJitter i RandomGrayscale, weight decay, wczesne zatrzymanie i dropout. Walidacja wzrosła do 84%. Co jeszcze mogę zrobić, żeby było lepiej?""",
r"""To nadal klasyczne przeuczenie: model zapamiętuje zdjęcia treningowe zamiast uczyć się cech zwierząt, co przy 450 zdjęciach treningowych i 11 milionach parametrów ResNet18 zdarza się bardzo często. Co pomaga, w kolejności od największego efektu:

1. **Zamroź szkielet sieci i trenuj tylko ostatnią warstwę.** Cechy z ImageNet są już dobre; przy małym zbiorze nie warto ich zmieniać:

```python
for p in model.parameters():
    p.requires_grad = False
model.fc = nn.Linear(model.fc.in_features, 4)  # nowa warstwa, trenowalna
optimizer = torch.optim.AdamW(model.fc.parameters(), lr=1e-3, weight_decay=1e-4)
```

2. **Mocniejsza augmentacja**, dopasowana do fotopułapki: zdjęcia nocne w podczerwieni, różne oświetlenie, zwierzę na brzegu kadru.

```python
transforms.RandomResizedCrop(224, scale=(0.5, 1.0)),
transforms.RandomHorizontalFlip(),
transforms.ColorJitter(brightness=0.4, contrast=0.4, saturation=0.3),
transforms.RandomGrayscale(p=0.2),
```

`RandomGrayscale` pomaga, bo nocne zdjęcia z podczerwieni są czarno-białe.

3. **Weight decay** (`weight_decay=1e-4` w AdamW) karze duże wagi.

4. **Wczesne zatrzymanie**: śledź stratę walidacyjną i zapisuj model z najlepszej epoki; przerwij, gdy nie poprawia się przez 5 epok.

5. **Dropout przed ostatnią warstwą**: `model.fc = nn.Sequential(nn.Dropout(0.3), nn.Linear(512, 4))`.

Najlepiej zacząć od punktów 1 i 2 razem, bo zwykle dają największy skok na walidacji.""",
r"""Dobrze. A jak potem uruchomić ten model na Raspberry Pi 4 przy samej fotopułapce?""",
r"""Najprościej wyeksportować model do formatu ONNX na laptopie i uruchamiać go na Raspberry Pi przez `onnxruntime`, bez instalowania całego PyTorcha.

**1. Eksport na laptopie:**

```python
model.load_state_dict(torch.load("najlepszy_model.pt"))
model = model.cpu().eval()
dummy = torch.randn(1, 3, 224, 224)
torch.onnx.export(model, dummy, "fotopulapka.onnx",
                  input_names=["obraz"], output_names=["logity"],
                  opset_version=17)
```

**2. Na Raspberry Pi** (64-bitowy Raspberry Pi OS): `pip install onnxruntime pillow numpy`, a potem:

```python
import numpy as np
import onnxruntime as ort
from PIL import Image

KLASY = ["jez", "kot", "lis", "nic"]  # kolejność jak w ImageFolder (alfabetyczna)
sess = ort.InferenceSession("fotopulapka.onnx")

def klasyfikuj(sciezka):
    img = Image.open(sciezka).convert("RGB").resize((256, 256))
    img = img.crop((16, 16, 240, 240))
    x = np.asarray(img, dtype=np.float32) / 255.0
    x = (x - [0.485, 0.456, 0.406]) / [0.229, 0.224, 0.225]
    x = x.transpose(2, 0, 1)[None].astype(np.float32)
    logity = sess.run(None, {"obraz": x})[0][0]
    p = np.exp(logity - logity.max()); p /= p.sum()
    return KLASY[int(p.argmax())], float(p.max())
```

Przetwarzanie wstępne musi być takie samo jak przy walidacji (skalowanie do 256, wycięcie środka 224, ta sama normalizacja), inaczej dokładność spadnie.

ResNet18 na Raspberry Pi 4 klasyfikuje jedno zdjęcie w mniej więcej 0,1–0,3 s, co dla fotopułapki w zupełności wystarcza. Zdjęcia z niską pewnością (np. poniżej 0,6) warto zapisywać osobno i później ręcznie opisać: to najlepsze nowe dane do kolejnego treningu.""",
]))

# 020 good nl bakery website, 4 turns
DIALOGUES.append(D("m16b-020", "good", "nl",
"Good: Dutch guidance on building a simple bakery website (semantic HTML, accessible form, Netlify Forms with honeypot, image optimisation); correct and consistent.",
[
r"""Ik wil voor mijn bakkerij een eenvoudige website maken: openingstijden, assortiment, adres en een contactformulier. Ik ken een beetje HTML. Hoe begin ik het beste?""",
r"""Voor zo'n site heb je geen CMS of database nodig: een paar statische HTML-pagina's zijn snel, veilig en gratis te hosten. Een goede opzet:

```
bakkerij/
  index.html        (home: openingstijden, adres, kaartje)
  assortiment.html
  contact.html
  css/style.css
  img/
```

Een basis voor `index.html` met semantische elementen, die zowel zoekmachines als schermlezers helpen:

```html
<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Bakkerij De Korenbloem – Vers brood in Utrecht</title>
  <meta name="description" content="Ambachtelijke bakkerij in Utrecht. Openingstijden, assortiment en contact.">
  <link rel="stylesheet" href="css/style.css">
</head>
<body>
  <header>
    <a href="index.html" class="logo">Bakkerij De Korenbloem</a>
    <nav>
      <ul>
        <li><a href="assortiment.html">Assortiment</a></li>
        <li><a href="contact.html">Contact</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <section>
      <h1>Elke ochtend vers gebakken</h1>
      <h2>Openingstijden</h2>
      <table>
        <tr><th scope="row">Di – vr</th><td>7:30 – 18:00</td></tr>
        <tr><th scope="row">Za</th><td>7:30 – 16:00</td></tr>
        <tr><th scope="row">Zo – ma</th><td>Gesloten</td></tr>
      </table>
    </section>
  </main>
  <footer>
    <address>Twijnstraat 12, 3511 ZL Utrecht · 030 123 45 67</address>
  </footer>
</body>
</html>
```

Let op `lang="nl"` (schermlezers kiezen dan de juiste uitspraak) en de `viewport`-regel (zonder die regel ziet de site er op een telefoon piepklein uit; de meeste bezoekers van een bakkerijsite komen via hun telefoon).

Hosting: Netlify, Cloudflare Pages en GitHub Pages zijn gratis voor zo'n site; je sleept de map erheen of koppelt een Git-repository. En maak ook een gratis Google Bedrijfsprofiel aan: veel klanten zoeken je openingstijden via Google Maps en komen nooit op je site.""",
r"""Hoe maak ik het contactformulier toegankelijk?""",
r"""De belangrijkste regels: elk veld heeft een echt label, foutmeldingen zijn tekst (niet alleen een rode rand), en alles werkt met het toetsenbord.

```html
<form action="/bedankt.html" method="POST">
  <p>
    <label for="naam">Naam</label>
    <input id="naam" name="naam" type="text" autocomplete="name" required>
  </p>
  <p>
    <label for="email">E-mailadres</label>
    <input id="email" name="email" type="email" autocomplete="email" required
           aria-describedby="email-hulp">
    <span id="email-hulp">We gebruiken je e-mailadres alleen om te antwoorden.</span>
  </p>
  <fieldset>
    <legend>Waar gaat je vraag over?</legend>
    <label><input type="radio" name="onderwerp" value="bestelling"> Taart bestellen</label>
    <label><input type="radio" name="onderwerp" value="allergenen"> Allergenen</label>
    <label><input type="radio" name="onderwerp" value="anders"> Iets anders</label>
  </fieldset>
  <p>
    <label for="bericht">Bericht</label>
    <textarea id="bericht" name="bericht" rows="6" required></textarea>
  </p>
  <button type="submit">Versturen</button>
</form>
```

Waarom zo:

- **`<label for>` gekoppeld aan `id`**: schermlezers lezen het label voor, en klikken op het label zet de focus in het veld (handig op telefoons).
- **Geen placeholder als label**: placeholdertekst verdwijnt zodra je typt en heeft vaak te weinig contrast.
- **`autocomplete`**: browsers vullen naam en e-mail automatisch in, wat mensen met een motorische beperking veel moeite scheelt.
- **`fieldset` en `legend`** groeperen de keuzerondjes, zodat de vraag bij elke optie wordt voorgelezen.
- **`aria-describedby`** koppelt de hulptekst aan het veld.
- **Zichtbare focus**: haal in je CSS nooit de `outline` weg zonder vervanging; gebruik bijvoorbeeld `:focus-visible { outline: 3px solid #8a4b08; }`.

Test het door het formulier helemaal met Tab, spatie en Enter in te vullen, zonder muis.""",
r"""Ik heb geen server. Hoe wordt het formulier dan verstuurd? En hoe voorkom ik spam?""",
r"""Als je de site op Netlify zet, is **Netlify Forms** het eenvoudigst: Netlify herkent het formulier bij het publiceren en slaat inzendingen voor je op. Je kunt instellen dat je bij elke inzending een e-mail krijgt. Het gratis plan is ruim genoeg voor een bakkerij (100 inzendingen per maand).

Je past alleen de openingstag aan:

```html
<form name="contact" method="POST" action="/bedankt.html"
      data-netlify="true" netlify-honeypot="bot-field">
  <p class="verborgen">
    <label>Niet invullen: <input name="bot-field"></label>
  </p>
  <!-- de velden van hiervoor -->
</form>
```

En in je CSS: `.verborgen { position: absolute; left: -9999px; }`.

**Spam tegengaan:**

1. **Honeypot** (hierboven): een veld dat mensen niet zien maar spambots wel invullen. Netlify gooit inzendingen met een ingevuld `bot-field` automatisch weg. Dit houdt het meeste spam al tegen.
2. **Netlify's ingebouwde spamfilter** (Akismet) draait daarnaast automatisch; verdachte berichten komen in een aparte lijst.
3. **reCAPTCHA** kun je toevoegen met `data-netlify-recaptcha="true"` en `<div data-netlify-recaptcha="true"></div>` in het formulier, maar begin zonder: een captcha is lastig voor bezoekers en vaak niet nodig.

Host je ergens anders (GitHub Pages, Cloudflare Pages), dan werkt een dienst als Formspree op dezelfde manier: je zet hun adres in `action`.

Vergeet de privacy niet: vermeld in een korte privacyverklaring wat je met de gegevens doet en hoe lang je ze bewaart. Met de AVG is dat verplicht zodra je persoonsgegevens verzamelt.""",
r"""De foto's van onze taarten maken de site traag. Wat kan ik doen?""",
r"""Foto's van een telefoon of camera zijn vaak 3–6 MB per stuk, terwijl 100–250 kB genoeg is voor het scherm. Vier stappen:

1. **Verklein naar de maat waarop ze getoond worden.** Een foto in een kolom van 800 pixels breed hoeft niet 4000 pixels breed te zijn. Neem 1600 pixels voor scherpe schermen.
2. **Gebruik een modern formaat.** WebP is ongeveer 25–35% kleiner dan JPEG bij dezelfde kwaliteit, en alle gangbare browsers ondersteunen het. Met de gratis webtool Squoosh kun je foto's verkleinen en omzetten en het resultaat direct vergelijken.
3. **Geef breedte en hoogte op en laad lui**, zodat de pagina niet verspringt en foto's onderaan pas laden als je ernaartoe scrolt:

```html
<img src="img/appeltaart-800.webp"
     srcset="img/appeltaart-800.webp 800w, img/appeltaart-1600.webp 1600w"
     sizes="(max-width: 800px) 100vw, 800px"
     width="800" height="600"
     alt="Appeltaart met een rooster van deeg en poedersuiker"
     loading="lazy">
```

De browser kiest zelf de kleinste versie die scherp genoeg is. Gebruik `loading="lazy"` niet voor de eerste grote foto bovenaan de pagina; die moet juist meteen laden.

4. **Meet het resultaat** met PageSpeed Insights van Google. Die laat precies zien welke afbeeldingen nog te groot zijn.

En schrijf beschrijvende alt-teksten zoals hierboven: goed voor bezoekers met een schermlezer en voor vindbaarheid in Google Afbeeldingen.""",
]))
