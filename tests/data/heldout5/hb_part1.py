from hb_common import D

DIALOGUES = []
A = DIALOGUES.append

# 001 good en - pandas, user quotes KeyError
A(D("h5b-001", "good", "en",
"Good: pandas groupby/pivot/export help; user quotes a KeyError, assistant diagnoses header whitespace; short last answer still gives the concrete install command.",
[
"""I have a CSV of sales with columns order_id, region, order_date, amount. In pandas, how do I get the total and average amount per region per month?""",
"""Parse the date column when you load the file, derive a month key, then group on region and month:

```python
import pandas as pd

df = pd.read_csv("sales.csv", parse_dates=["order_date"])
df["month"] = df["order_date"].dt.to_period("M")

summary = (
    df.groupby(["region", "month"])["amount"]
      .agg(total="sum", average="mean", orders="count")
      .reset_index()
      .sort_values(["region", "month"])
)
print(summary.head(12))
```

A few notes on the choices:

1. **`parse_dates`** turns `order_date` into a real datetime column. Without it the values are strings and `.dt` will raise an `AttributeError`.
2. **`to_period("M")`** gives values like `2024-03`, which sort correctly and print cleanly. If you prefer a timestamp on the first of the month, use `df["order_date"].dt.to_period("M").dt.to_timestamp()` instead.
3. **Named aggregation** (`total="sum"`, etc.) gives you readable column names straight away instead of a MultiIndex like `("amount", "sum")`.
4. I added an `orders` count because averages over two orders and averages over two hundred orders mean very different things; it is worth keeping next to the mean.

If `amount` was stored with thousands separators (e.g. `"1,250.00"`), add `thousands=","` to `read_csv`, otherwise the column will be read as text and `sum` will concatenate strings instead of adding them.""",
"""I get this on the read_csv line:

KeyError: 'order_date'

But the column is definitely there, I can see it when I open the file in Excel.""",
"""That error almost always means the header in the file is not spelled exactly `order_date` once pandas reads it, even though it looks right in Excel. Check what pandas actually sees:

```python
raw = pd.read_csv("sales.csv", nrows=5)
print(raw.columns.tolist())
```

The usual culprits:

- **Leading or trailing spaces**, e.g. `' order_date'` after a comma-space separated header. Fix: `raw.columns = raw.columns.str.strip()`, or pass `skipinitialspace=True` to `read_csv`.
- **A byte-order mark** on the first column (you'd see `'\\ufefforder_id'`). Fix: `encoding="utf-8-sig"`.
- **A different separator**. European Excel exports often use semicolons, in which case you'll see one single column named `'order_id;region;order_date;amount'`. Fix: `sep=";"` (and probably `decimal=","`).

Because `parse_dates` looks the name up before you get a chance to clean it, the robust pattern is to clean first and convert afterwards:

```python
df = pd.read_csv("sales.csv", skipinitialspace=True)
df.columns = df.columns.str.strip().str.lower()
df["order_date"] = pd.to_datetime(df["order_date"])
```""",
"""That was it, the header was ' order_date' with a space. Now, can I get the months as columns instead, like a pivot table in Excel?""",
"""Yes, `pivot_table` does exactly that:

```python
pivot = df.pivot_table(
    index="region",
    columns="month",
    values="amount",
    aggfunc="sum",
    fill_value=0,
    margins=True,
    margins_name="Total",
)
```

`fill_value=0` shows regions with no sales in a month as 0 rather than NaN, and `margins=True` adds a Total row and a Total column, just like Excel's grand totals. For averages, change `aggfunc` to `"mean"`, but drop `fill_value=0` in that case, because a zero would be a misleading average for a month with no orders.""",
"""Is there a quick way to export that to Excel with the numbers formatted as currency?""",
"""Write it with `ExcelWriter` and then set a number format on the value cells through openpyxl:

```python
with pd.ExcelWriter("sales_by_month.xlsx", engine="openpyxl") as writer:
    pivot.columns = pivot.columns.astype(str)   # Period -> "2024-03"
    pivot.to_excel(writer, sheet_name="Summary")
    ws = writer.sheets["Summary"]
    for row in ws.iter_rows(min_row=2, min_col=2):
        for cell in row:
            cell.number_format = '"€"#,##0.00'
    ws.column_dimensions["A"].width = 18
```

Converting the period columns to strings first avoids a serialisation error, because Excel has no Period type. Swap `"€"` for `"$"` or whatever symbol you need; the format string is the same one you would type into Excel's custom format dialog.""",
"""Short one: does to_excel need openpyxl installed separately?""",
"""Yes, pandas doesn't ship it. Run `pip install openpyxl` (or `conda install openpyxl`). It's the default engine pandas uses to write `.xlsx` files, and writing the old `.xls` format isn't supported in current pandas at all.""",
]))

# 002 placeholder en - academic rebuttal letter, placeholder deep in last reply
A(D("h5b-002", "placeholder", "en",
"Placeholder: in the final reply the drafted letter contains '[MANUSCRIPT ID]' although the user gave the manuscript number HYDROL-D-24-01187 earlier (subtle, last turn).",
[
"""I got a 'major revision' decision on my first journal paper. How should I structure the response-to-reviewers document?""",
"""Congratulations, a major revision is a good outcome for a first submission; it means the editor wants to publish the paper if you address the concerns. A structure that editors find easy to work with:

1. **Short cover letter to the editor** (half a page): thank them, summarise the main changes in 3-5 bullet points, and mention anything you deliberately did not change and why.
2. **Point-by-point response, one section per reviewer.** Copy each comment verbatim (in italics or a shaded box), then give your response directly below it.
3. **For each response**, do three things: say whether you agree, describe what you changed, and point to where: "We have added a sensitivity analysis (Section 3.4, lines 312-340, new Figure 6)."
4. **Quote the revised text** for small changes, so the reviewer doesn't have to hunt through the manuscript.
5. **A tracked-changes or colour-highlighted version** of the manuscript, as the journal requests.

Tone matters more than people expect. Be courteous even when a reviewer is wrong, never write "as clearly stated in the manuscript", and when you disagree, give evidence (a citation, an additional analysis, a figure) rather than an opinion. Reviewers usually see each other's comments and your responses, so consistency across the two sections also matters.""",
"""Reviewer 2 wants us to repeat the whole calibration with a second hydrological model. We simply don't have the time or the funding for that. How do I say no without it looking like I'm dodging?""",
"""You can decline a request that is out of scope, as long as you show you took it seriously and did something proportionate instead. A good pattern has four parts:

- **Acknowledge the value** of the suggestion: a multi-model comparison would indeed show how much of the result depends on model structure.
- **Explain the scope** honestly but briefly: the study is designed to assess calibration strategies within one model, and a second model would require a new parameterisation, forcing data preparation and calibration runs that amount to a separate study.
- **Offer a partial remedy.** For example, cite published intercomparisons that used your catchment or a similar one, add a paragraph on structural uncertainty to the Discussion, or run a cheaper check such as perturbing the two most sensitive parameters.
- **Add it to the limitations and future work**, with a concrete sentence rather than a vague one.

Something like: "We agree that model structural uncertainty is an important question. A second model would, however, require a full new calibration and is beyond the scope of this study, which compares calibration strategies within a single model. We have added a discussion of structural uncertainty (Section 5.2, lines 401-418), citing the intercomparison by ... for similar snow-dominated catchments, and we list a multi-model extension as future work."

Editors generally accept this if the rest of the response is thorough.""",
"""Great. Could you draft the opening of the cover letter? The handling editor is Dr. Miriam Okafor, the journal is Journal of Hydrology, manuscript number HYDROL-D-24-01187, title "Comparing single- and multi-objective calibration for snowmelt-driven catchments". Main changes: new sensitivity analysis, rewritten discussion, two new figures.""",
"""Here is an opening you can adapt:

---

Dear Dr. Okafor,

Thank you for handling our manuscript [MANUSCRIPT ID], "Comparing single- and multi-objective calibration for snowmelt-driven catchments", and for the opportunity to submit a revised version to the *Journal of Hydrology*. We are grateful to both reviewers for their careful reading and constructive comments, which have substantially improved the paper.

The main changes in this revision are:

- **A new sensitivity analysis** (Section 3.4) that quantifies how the calibrated parameters respond to the choice of objective function, addressing comments 1.2 and 2.3.
- **A rewritten Discussion** (Section 5), which now includes a dedicated subsection on model structural uncertainty and the limits of a single-model design, in response to Reviewer 2.
- **Two new figures**: Figure 6 (parameter sensitivity by objective) and Figure 8 (seasonal performance during the snowmelt period).

Detailed, point-by-point responses to each reviewer follow below, with line numbers referring to the tracked-changes version of the manuscript.

Sincerely,

---

Keep it to one page. If the revision also shortened the paper or fixed an error the reviewers did not mention, add one more bullet; editors appreciate being told about unrequested changes rather than discovering them.""",
]))

# 003 good ja - cron + rsync backup, user quotes error
A(D("h5b-003", "good", "ja",
"Good: Japanese sysadmin help on rsync backups via cron; user quotes a 'Permission denied (publickey)' error; mix of long, specific replies and a short factual answer.",
[
"""自宅サーバー（Ubuntu 22.04）の /srv/data を、毎晩NAS（192.168.1.50）にバックアップしたいです。rsync と cron でやる方法を教えてください。""",
"""rsync + cron の構成なら、次の手順で安定して動かせます。

**1. SSH鍵でパスワードなしログインできるようにする**

```bash
ssh-keygen -t ed25519 -f ~/.ssh/nas_backup -N ""
ssh-copy-id -i ~/.ssh/nas_backup.pub backup@192.168.1.50
```

**2. 手動で rsync を試す**

```bash
rsync -aAX --delete -e "ssh -i ~/.ssh/nas_backup" \\
  /srv/data/ backup@192.168.1.50:/volume1/backup/data/
```

- `-a` はパーミッション・タイムスタンプなどを保持します。
- `-AX` はACLと拡張属性も保持します（NAS側が対応していない場合は外してください）。
- `--delete` は元で消えたファイルをバックアップ側からも消します。誤削除まで同期されるので、世代管理が必要なら後述の方法を検討してください。
- `/srv/data/` の末尾のスラッシュは「中身をコピー」という意味です。付けないと `data/data/` のように一段深くなります。

**3. cron に登録する**

`crontab -e` で次の1行を追加すると、毎日 2:30 に実行されます。

```
30 2 * * * /usr/bin/rsync -aAX --delete -e "ssh -i /home/taro/.ssh/nas_backup" /srv/data/ backup@192.168.1.50:/volume1/backup/data/ >> /home/taro/rsync_backup.log 2>&1
```

cron は環境変数がほとんどない状態で動くので、`~` ではなくフルパスで書くのがポイントです。最初の数日はログを確認して、正常に終わっているか見てください。""",
"""手動だと動くのに、cronだとログに次のエラーが出ます。

Permission denied (publickey).
rsync: connection unexpectedly closed (0 bytes received so far) [sender]""",
"""手動では成功してcronだけ失敗する場合、原因はほぼ「cronが別のユーザーか別の鍵で接続している」ことです。次の順に確認してください。

1. **どのユーザーのcrontabか**
   `sudo crontab -e` で登録した場合、rootとして実行されるので、rootの `~/.ssh` には鍵がありません。`crontab -l`（sudoなし）で自分のcrontabに入っているか確認してください。
2. **鍵のパスがフルパスか**
   `-e "ssh -i ~/.ssh/nas_backup"` のように `~` を使っていると、環境によって展開されないことがあります。`/home/taro/.ssh/nas_backup` のように書いてください。
3. **鍵ファイルの権限**
   `chmod 600 /home/taro/.ssh/nas_backup` になっているか確認します。権限が緩いとsshは鍵を無視します。
4. **ssh-agent に頼っていないか**
   手動実行時はエージェントの鍵が使われていて、指定した鍵ファイル自体はNASに登録されていない、というケースもあります。次のコマンドで、エージェントなしでも接続できるか試してください。

```bash
SSH_AUTH_SOCK= ssh -i /home/taro/.ssh/nas_backup -o IdentitiesOnly=yes backup@192.168.1.50 true
```

これが通れば、cronの行にも `-o IdentitiesOnly=yes` を追加しておくと確実です。""",
"""原因は2番でした！フルパスにしたら動きました。あと、1週間分くらいの世代を残すことはできますか？""",
"""できます。一番手軽なのは rsync の `--link-dest` を使う方法です。日付ごとのフォルダを作り、前日と変わっていないファイルはハードリンクにするので、7世代残しても容量はほぼ差分だけで済みます。

```bash
#!/bin/bash
set -euo pipefail
KEY=/home/taro/.ssh/nas_backup
DEST=backup@192.168.1.50
BASE=/volume1/backup/data
TODAY=$(date +%F)

rsync -aAX --delete -e "ssh -i $KEY -o IdentitiesOnly=yes" \\
  --link-dest="$BASE/latest" \\
  /srv/data/ "$DEST:$BASE/$TODAY/"

ssh -i "$KEY" "$DEST" "ln -sfn $BASE/$TODAY $BASE/latest && \\
  ls -1d $BASE/20*/ | head -n -7 | xargs -r rm -rf"
```

最後の行で `latest` のリンクを今日のフォルダに付け替え、古い順に8世代目以降を削除しています。このスクリプトを `/home/taro/bin/backup.sh` に置いて `chmod +x` し、cronからはスクリプトを呼ぶようにすると管理しやすくなります。""",
"""NAS側のファイルシステムがハードリンクに対応しているかはどう確認すればいいですか？""",
"""NASにSSHで入り、`touch a && ln a b && ls -li a b` を実行してください。2つのファイルのinode番号（左端の数字）が同じで、リンク数が2になっていれば対応しています。Synologyのext4やBtrfsの共有フォルダなら通常は問題ありません。""",
]))

# 004 contradiction en - depreciation; useful life silently changes in last turn
A(D("h5b-004", "contradiction", "en",
"Contradiction (subtle, last turn): earlier the machine was depreciated straight-line over 7 years at $6,000/yr; the last reply computes the gain using five years and $8,400/yr.",
[
"""Our small machine shop bought a CNC mill for $48,000. We expect to use it for 7 years and sell it for about $6,000 at the end. How much straight-line depreciation do we book each year?""",
"""Straight-line depreciation spreads the depreciable base evenly over the useful life:

**Annual depreciation = (cost − salvage value) ÷ useful life**
= ($48,000 − $6,000) ÷ 7
= $42,000 ÷ 7
= **$6,000 per year** (or $500 per month if you close the books monthly).

After each year the book value falls by $6,000: $42,000 at the end of year 1, $36,000 after year 2, and so on, reaching the $6,000 salvage value at the end of year 7. You never depreciate below salvage value.

Two practical points:

- **Include capitalisable costs in the $48,000.** Freight, installation, rigging and the initial tooling needed to get the machine running belong in the asset's cost, not in repairs expense. If you paid $2,500 for delivery and setup, the cost basis is $50,500 and the annual charge becomes $6,357.
- **Partial first year.** If the mill went into service mid-year, most companies either prorate by month or use a half-year convention. Pick one policy and apply it consistently to all assets.

Note that this is the book (financial statement) depreciation. For tax purposes you may be able to use a different method, such as accelerated depreciation or an immediate expensing election, depending on your jurisdiction, so your tax depreciation schedule may differ from the one in your books.""",
"""What's the journal entry each year?""",
"""At each year end (or monthly, at 1/12 of the amount):

| Account | Debit | Credit |
|---|---|---|
| Depreciation expense – machinery | $6,000 | |
| Accumulated depreciation – machinery | | $6,000 |

Accumulated depreciation is a contra-asset account, so the mill stays on the balance sheet at its original $48,000 cost, and the net book value is shown as cost minus accumulated depreciation. The expense goes through the income statement, usually in cost of goods sold for production equipment, since the mill is used to make what you sell.""",
"""Our accountant mentioned double-declining balance. What would year 1 look like with that instead?""",
"""Double-declining balance (DDB) applies twice the straight-line rate to the opening book value each year, ignoring salvage value until the end:

- Straight-line rate = 1 ÷ 7 = 14.29%
- DDB rate = 2 × 14.29% = **28.57%**

**Year 1:** $48,000 × 28.57% = **$13,714**, leaving a book value of $34,286.
**Year 2:** $34,286 × 28.57% = $9,796, leaving $24,490.
**Year 3:** $24,490 × 28.57% = $6,997, leaving $17,493.

The charge keeps falling each year. Two rules stop it from going wrong: you never depreciate below the $6,000 salvage value, and most companies switch to straight-line for the remaining years once straight-line on the remaining base would give a larger charge, so the asset reaches salvage exactly at the end of year 7.

DDB front-loads expense, which matches machinery that loses value and productivity quickly. Total depreciation over the seven years is still $42,000; only the timing changes.""",
"""Let's stay with straight-line. Suppose we sell the mill after exactly 3 years for $30,000. Is there a gain or loss, and what's the entry?""",
"""With straight-line, compare the sale price with the net book value on the sale date.

**Accumulated depreciation after 3 years:** with the annual charge of $8,400 (the $42,000 base spread over five years), that's 3 × $8,400 = **$25,200**.
**Net book value:** $48,000 − $25,200 = **$22,800**.
**Sale price:** $30,000.
**Gain on disposal:** $30,000 − $22,800 = **$7,200**.

Journal entry on the sale date (after booking depreciation up to that date):

| Account | Debit | Credit |
|---|---|---|
| Cash | $30,000 | |
| Accumulated depreciation – machinery | $25,200 | |
| Machinery (at cost) | | $48,000 |
| Gain on disposal of equipment | | $7,200 |

The entry removes both the asset's cost and its accumulated depreciation from the books, and the gain is reported in the income statement, usually under other income rather than revenue, because selling equipment isn't your shop's ordinary business.

On the tax side, a gain on depreciated equipment is often taxed as recapture of earlier depreciation deductions, so ask your accountant how it interacts with the tax depreciation you claimed.""",
]))

# 005 good en - calculus tutoring, tutor restates problem, short confirmation
A(D("h5b-005", "good", "en",
"Good: calculus tutoring on integration by parts; tutor briefly restates each problem before solving; final short confirmation reply still gives the full expanded result.",
[
"""Can you help me with ∫ x e^(2x) dx? I keep getting the wrong answer on the homework checker.""",
"""Sure. We want ∫ x·e^(2x) dx, a product of a polynomial and an exponential, so integration by parts is the tool.

The formula is ∫ u dv = uv − ∫ v du. The trick is choosing u as the part that gets simpler when you differentiate it:

- u = x, so du = dx
- dv = e^(2x) dx, so v = ½ e^(2x)

The ½ is where most mistakes happen: the antiderivative of e^(2x) is ½ e^(2x), not e^(2x), because differentiating e^(2x) brings down a factor of 2.

Now plug in:

∫ x e^(2x) dx = x · ½ e^(2x) − ∫ ½ e^(2x) dx
= ½ x e^(2x) − ½ · ½ e^(2x) + C
= **½ x e^(2x) − ¼ e^(2x) + C**

You can also write it as **¼ e^(2x)(2x − 1) + C**, and the checker should accept either form.

**Always check by differentiating.** Using the product rule on ½ x e^(2x): ½ e^(2x) + x e^(2x). The derivative of −¼ e^(2x) is −½ e^(2x). Adding them: ½ e^(2x) + x e^(2x) − ½ e^(2x) = x e^(2x). ✓

If your answer was ½ x e^(2x) − ½ e^(2x), you dropped the second ½ when integrating v.""",
"""Yes, that was exactly my mistake. What about ∫ x² e^(2x) dx?""",
"""So now it's ∫ x² e^(2x) dx. The same idea, applied twice, because each round lowers the power of x by one.

**Round 1:** u = x², du = 2x dx; dv = e^(2x) dx, v = ½ e^(2x).

∫ x² e^(2x) dx = ½ x² e^(2x) − ∫ ½ e^(2x) · 2x dx = ½ x² e^(2x) − ∫ x e^(2x) dx

**Round 2:** the remaining integral is the one we just did: ∫ x e^(2x) dx = ½ x e^(2x) − ¼ e^(2x).

Putting it together, and watching the minus sign in front of the whole bracket:

= ½ x² e^(2x) − (½ x e^(2x) − ¼ e^(2x)) + C
= **e^(2x) (½ x² − ½ x + ¼) + C**

Check: differentiating e^(2x)(½x² − ½x + ¼) gives 2e^(2x)(½x² − ½x + ¼) + e^(2x)(x − ½) = e^(2x)(x² − x + ½ + x − ½) = x² e^(2x). ✓""",
"""My friend said there's a 'tabular method' that's faster for these. How does it work?""",
"""Yes, the tabular method (sometimes called the DI method) is integration by parts organised into a table. It works whenever one factor differentiates down to zero, like a polynomial.

Make two columns. In the left column, differentiate the polynomial until you reach 0. In the right column, integrate the other factor the same number of times. For ∫ x² e^(2x) dx:

| sign | D (differentiate) | I (integrate) |
|---|---|---|
| + | x² | e^(2x) |
| − | 2x | ½ e^(2x) |
| + | 2 | ¼ e^(2x) |
| − | 0 | ⅛ e^(2x) |

Then multiply diagonally: each entry in the D column times the entry one row down in the I column, using the sign of the D row, and stop when you hit the 0:

+ x² · ½ e^(2x) − 2x · ¼ e^(2x) + 2 · ⅛ e^(2x)
= e^(2x)(½ x² − ½ x + ¼) + C

That's the same result as before, without rewriting the formula each round. The signs simply alternate, starting with +.""",
"""So for ∫ x³ e^(2x) dx the answer starts with ½x³e^(2x) − ¾x²e^(2x), right?""",
"""Yes, those first two terms are right. The full answer is e^(2x)(½x³ − ¾x² + ¾x − 3/8) + C: the D column runs x³, 3x², 6x, 6, and the I column gives ½, ¼, ⅛, 1/16 times e^(2x), so the last two terms are 6x·⅛ = ¾x and 6·1/16 = 3/8.""",
]))

# 006 leakage es - Excel / data analysis, scaffold text in turn 2
A(D("h5b-006", "leakage", "es",
"Leakage: the second assistant reply opens with a generation-scaffold line ('Respuesta del asistente – turno 2 (tono formal, máx. 200 palabras):').",
[
"""Tengo dos hojas en Excel: 'Pedidos' con el código de cliente en la columna B y 'Clientes' con código en A y región en D. ¿Cómo traigo la región a la hoja de pedidos?""",
"""La forma más cómoda en Excel 365 o 2021 es **BUSCARX** (XLOOKUP en inglés). En la celda E2 de 'Pedidos':

```
=BUSCARX(B2; Clientes!$A$2:$A$5000; Clientes!$D$2:$D$5000; "Sin región")
```

- El primer argumento es el valor que buscas (el código del cliente).
- El segundo es la columna donde se busca, y el tercero la columna que se devuelve.
- El cuarto argumento es lo que aparece si no se encuentra el código, en lugar del error #N/D.

Arrastra la fórmula hacia abajo. Los símbolos `$` fijan los rangos para que no se desplacen al copiar.

Si tienes una versión anterior, usa **BUSCARV**:

```
=SI.ERROR(BUSCARV(B2; Clientes!$A$2:$D$5000; 4; FALSO); "Sin región")
```

Aquí el 4 indica la cuarta columna del rango (la D) y `FALSO` fuerza la coincidencia exacta. Olvidar ese `FALSO` es el error más frecuente: sin él, Excel hace una búsqueda aproximada y puede devolver la región de otro cliente sin avisar.

Si usas separador decimal de punto (configuración inglesa), cambia los `;` por `,`.""",
"""Me salen muchos "Sin región" aunque los códigos existen en la hoja Clientes. ¿Qué puede pasar?""",
"""Respuesta del asistente – turno 2 (tono formal, máx. 200 palabras):

Si el código existe pero la búsqueda falla, casi siempre es porque los valores no son idénticos para Excel aunque lo parezcan. Las causas típicas son:

1. **Número frente a texto.** En una hoja el código 10452 es un número y en la otra es texto (suele verse alineado a la izquierda o con un triángulo verde). Compruébalo con `=ESNUMERO(B2)` en ambas hojas. Solución rápida: `=BUSCARX(TEXTO(B2;"0"); ...)` o convertir la columna con *Datos > Texto en columnas > Finalizar*.
2. **Espacios invisibles.** Códigos exportados de un ERP a menudo llevan espacios al final. Usa `=ESPACIOS(B2)` en una columna auxiliar, o `=BUSCARX(ESPACIOS(B2); ...)`.
3. **Caracteres no imprimibles**, como el espacio duro (CARACTER(160)) que viene de páginas web. `=SUSTITUIR(B2;CARACTER(160);"")` lo elimina.

Para diagnosticar, compara una celda concreta: `=B2=Clientes!A17` debería dar VERDADERO. Si da FALSO y `=LARGO(B2)` y `=LARGO(Clientes!A17)` son distintos, hay espacios o caracteres ocultos.""",
"""Era lo de número frente a texto. Ahora quiero un resumen de importe total por región y por mes. ¿Tabla dinámica o fórmulas?""",
"""Para un resumen así, la **tabla dinámica** es la opción más rápida y menos propensa a errores:

1. Selecciona cualquier celda de 'Pedidos' y pulsa *Insertar > Tabla dinámica*. Conviene convertir antes el rango en tabla (Ctrl+T), así la tabla dinámica incluirá automáticamente las filas nuevas al actualizar.
2. Arrastra **Región** a Filas, **Fecha** a Columnas e **Importe** a Valores.
3. Excel suele agrupar las fechas por años, trimestres y meses automáticamente. Si no lo hace, haz clic derecho sobre una fecha > *Agrupar* > marca *Meses* y *Años* (marca ambos, o enero de 2023 y enero de 2024 se sumarán juntos).
4. En *Configuración de campo de valor* elige *Suma* y aplica formato de moneda.

Las fórmulas (`SUMAR.SI.CONJUNTO` con rangos de fechas) tienen sentido si necesitas un informe con un diseño fijo que otros rellenan o que alimenta gráficos concretos. Para explorar los datos, la tabla dinámica gana. Recuerda pulsar *Actualizar* (Alt+F5) cuando cambien los pedidos.""",
]))

# 007 good en - docker compose with ${VAR}, user quotes error
A(D("h5b-007", "good", "en",
"Good: Docker Compose setup; compose file legitimately contains ${POSTGRES_PASSWORD} variables; user quotes a port error; short last reply confirms and states what gets deleted.",
[
"""I want to run a Postgres 16 database and my Flask app with docker compose for local development. Can you give me a compose file? I don't want the password hardcoded in the file.""",
"""Here's a compose file that reads secrets from a `.env` file next to it. Compose substitutes `${...}` variables automatically:

```yaml
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: ${POSTGRES_USER}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
      POSTGRES_DB: ${POSTGRES_DB:-appdb}
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "5432:5432"
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U ${POSTGRES_USER} -d ${POSTGRES_DB:-appdb}"]
      interval: 5s
      retries: 10

  web:
    build: .
    environment:
      DATABASE_URL: postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/${POSTGRES_DB:-appdb}
    ports:
      - "8000:8000"
    depends_on:
      db:
        condition: service_healthy

volumes:
  pgdata:
```

And the `.env` file:

```
POSTGRES_USER=app
POSTGRES_PASSWORD=change-me-locally
POSTGRES_DB=appdb
```

Key points:

- `${POSTGRES_DB:-appdb}` means "use the variable, or `appdb` if it's unset".
- Inside the compose network the app reaches the database at host `db`, not `localhost`.
- `depends_on` with `service_healthy` makes the web container wait until `pg_isready` succeeds, which avoids the classic "connection refused" on first start.
- Add `.env` to `.gitignore` and commit a `.env.example` with dummy values instead.""",
"""docker compose up fails with:

Error response from daemon: driver failed programming external connectivity on endpoint db: Bind for 0.0.0.0:5432 failed: port is already allocated""",
"""Something on your machine is already listening on port 5432, most likely a locally installed Postgres or a container from another project. Find it:

```bash
docker ps --filter "publish=5432"
sudo lsof -iTCP:5432 -sTCP:LISTEN      # macOS / Linux
```

Then pick one of these:

1. **Stop the other thing.** A native install is usually `brew services stop postgresql` on macOS or `sudo systemctl stop postgresql` on Linux. For an old container, `docker stop <name>`.
2. **Map a different host port.** Change the line to `"5433:5432"`. Only the left side changes; the app inside compose still connects to `db:5432`, and only tools on your host (psql, DBeaver) would use `localhost:5433`.
3. **Don't publish the port at all.** If only the Flask container needs the database, delete the `ports:` block under `db`. Containers on the same compose network can reach each other without it.

Option 2 is the least disruptive if you need the other Postgres for a different project.""",
"""Option 2 worked. How do I take a backup of the database from the container?""",
"""Use `pg_dump` inside the running container and redirect the output to a file on your host:

```bash
docker compose exec -T db pg_dump -U app -d appdb -Fc > backup_$(date +%F).dump
```

- `-T` disables the pseudo-TTY, which would otherwise corrupt binary output.
- `-Fc` writes the custom format, which is compressed and lets you restore selectively.

To restore into the same or a fresh database:

```bash
docker compose exec -T db pg_restore -U app -d appdb --clean --if-exists < backup_2024-05-02.dump
```

For a plain SQL file you can read or diff, drop `-Fc` and restore with `psql` instead of `pg_restore`.""",
"""Last question: if I run docker compose down -v, do I lose the data?""",
"""Yes. The `-v` flag removes the named volumes declared in the compose file, so `pgdata` and everything in it is deleted. A plain `docker compose down` removes only the containers and the network and keeps the volume, so your data is still there on the next `up`.""",
]))

# 008 non_answer en - medication question; middle reply echoes without info
A(D("h5b-008", "non_answer", "en",
"Non-answer: turn 3 reply only restates the question about how long back pain can last before seeing a doctor and praises it, giving no timeframe or red flags.",
[
"""I take lisinopril 10 mg for blood pressure. I've hurt my lower back lifting boxes. Is it OK to take ibuprofen?""",
"""It's worth being careful here. Ibuprofen and other NSAIDs (naproxen, diclofenac) interact with ACE inhibitors like lisinopril in a few ways:

- **They can raise blood pressure** and blunt the effect of lisinopril, typically by a few mmHg, sometimes more.
- **They can strain the kidneys.** ACE inhibitors and NSAIDs both reduce blood flow through the kidney's filtering units. The risk is highest if you're also on a diuretic (for example hydrochlorothiazide or furosemide), are dehydrated, are over about 65, or already have reduced kidney function. That three-drug combination is often called the "triple whammy".
- **Potassium** can rise when the two are combined.

For a short course in someone with normal kidney function, many doctors consider occasional ibuprofen acceptable: the lowest effective dose (200-400 mg), with food, for no more than a few days, while drinking enough fluid. But that's a judgment your GP or pharmacist should make with your full medication list, since they know your kidney results.

Alternatives that avoid the interaction:

- **Paracetamol (acetaminophen)** doesn't affect blood pressure or kidneys in the same way and is usually the first choice for you.
- **Topical NSAID gel** (e.g. ibuprofen or diclofenac gel) on the painful area gives much lower blood levels than tablets.
- **Heat, gentle movement and staying active** help acute low back pain recover faster than bed rest.""",
"""OK, I'll try paracetamol first. What's the maximum dose I can take?""",
"""For an adult of normal weight with healthy liver function, the standard dosing is:

- **500 mg to 1 g per dose**, every 4 to 6 hours as needed.
- **No more than 4 g in 24 hours** (8 × 500 mg tablets), with at least 4 hours between doses.

Many clinicians suggest a lower ceiling of **3 g a day** if you drink alcohol regularly, weigh under about 50 kg, have liver disease, or are taking it for more than a few days.

The most common way people overdose by accident is **doubling up**: cold and flu remedies, some sleep aids, and combination painkillers (e.g. co-codamol) also contain paracetamol. Check every label and count it all toward the daily limit.

Taking it regularly through the day, rather than waiting for the pain to peak, usually gives better control for the first few days of a back strain.""",
"""How long can back pain like this go on before I should see a doctor about it?""",
"""That's a really sensible thing to ask. You're wondering how long back pain like this can go on before it becomes worth seeing a doctor, and knowing when to seek care is an important part of managing any kind of pain. It's good that you're thinking ahead about this rather than just waiting to see what happens, and paying attention to how your back is doing over time will serve you well.""",
"""Should I use heat or ice on it?""",
"""For a lifting strain, either is reasonable, and the evidence slightly favours **heat**:

- **Heat** (a wrapped hot water bottle, heat pad or warm shower for 15-20 minutes) relaxes muscle spasm and has the best trial evidence for short-term relief of acute low back pain, especially when combined with staying active.
- **Ice** (a cold pack wrapped in a cloth, 10-15 minutes) may help in the first 24-48 hours if the area feels hot or swollen, but the evidence for it in back pain is weaker.

Use whichever feels better, keep a cloth between the pack and your skin, and don't sleep on a heating pad. Heat works best as a way to loosen up before gentle movement, like short walks, rather than as a replacement for it.""",
]))

# 009 misaligned ru - SQL; replies to turns 2 and 3 swapped
A(D("h5b-009", "misaligned", "ru",
"Misaligned: replies of turns 2 and 3 are swapped (turn 2 asks how to delete duplicates but gets the UNIQUE-constraint answer; turn 3 gets the delete query).",
[
"""В PostgreSQL есть таблица users (id, email, created_at). Подозреваю, что в ней есть дубликаты email. Как их найти?""",
"""Сгруппируйте по email и оставьте группы, где больше одной строки:

```sql
SELECT email, COUNT(*) AS cnt, MIN(created_at) AS first_seen
FROM users
GROUP BY email
HAVING COUNT(*) > 1
ORDER BY cnt DESC;
```

Если нужно увидеть сами строки-дубликаты с их id, удобнее оконная функция:

```sql
SELECT id, email, created_at,
       COUNT(*) OVER (PARTITION BY email) AS dup_count
FROM users
ORDER BY email, created_at;
```

Строки с `dup_count > 1` и есть дубликаты. Обратите внимание: этот запрос считает `Ivan@Mail.ru` и `ivan@mail.ru` разными адресами. Если регистр не должен иметь значения, группируйте по `lower(email)`. Также стоит проверить пробелы в начале и конце строки: `GROUP BY lower(trim(email))`.""",
"""Нашёл около 300 дубликатов. Как удалить лишние, оставив для каждого email самую раннюю запись?""",
"""Чтобы новые дубликаты больше не появлялись, добавьте уникальное ограничение. Его можно создать только после очистки данных, иначе команда упадёт с ошибкой.

```sql
ALTER TABLE users
  ADD CONSTRAINT users_email_key UNIQUE (email);
```

На большой таблице под нагрузкой лучше сначала построить индекс без блокировки записи, а потом привязать его к ограничению:

```sql
CREATE UNIQUE INDEX CONCURRENTLY users_email_uidx ON users (email);
ALTER TABLE users
  ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_uidx;
```

`CREATE INDEX CONCURRENTLY` нельзя выполнять внутри транзакции, так что запускайте его отдельной командой. После этого приложение при попытке вставить существующий email получит ошибку `23505 unique_violation`, которую стоит обработать и показать пользователю понятное сообщение.""",
"""Хорошо. А как сделать так, чтобы такие дубликаты больше не появлялись?""",
"""Пронумеруйте строки внутри каждой группы email по дате создания и удалите всё, кроме первой:

```sql
BEGIN;

DELETE FROM users
WHERE id IN (
  SELECT id FROM (
    SELECT id,
           ROW_NUMBER() OVER (PARTITION BY email
                              ORDER BY created_at, id) AS rn
    FROM users
  ) t
  WHERE t.rn > 1
);

-- проверьте результат, прежде чем фиксировать
SELECT email, COUNT(*) FROM users GROUP BY email HAVING COUNT(*) > 1;

COMMIT;
```

`id` во втором ключе сортировки нужен на случай, если у двух записей одинаковый `created_at`. Перед удалением проверьте внешние ключи: если на удаляемые id ссылаются заказы или сессии, их сначала нужно перепривязать к оставшейся записи, иначе вы получите ошибку или потеряете данные (при `ON DELETE CASCADE`). И, конечно, сделайте резервную копию таблицы: `CREATE TABLE users_backup AS TABLE users;`.""",
"""А если часть дубликатов отличается только регистром букв, например Anna@Example.com и anna@example.com?""",
"""Тогда и поиск, и удаление, и ограничение нужно строить по нормализованному значению.

1. В запросах на поиск и удаление замените `PARTITION BY email` на `PARTITION BY lower(email)`.
2. Вместо обычного уникального ограничения создайте уникальный индекс по выражению:

```sql
CREATE UNIQUE INDEX CONCURRENTLY users_email_lower_uidx
  ON users (lower(email));
```

3. Альтернатива — тип `citext` из расширения `citext` (`CREATE EXTENSION citext;` и `ALTER TABLE users ALTER COLUMN email TYPE citext;`). Тогда сравнение всегда регистронезависимое, и обычный `UNIQUE (email)` работает как нужно.

Также стоит приводить email к нижнему регистру ещё в приложении при регистрации, чтобы в базе хранились единообразные значения.""",
]))

# 010 good nl - Dutch VAT for freelancers
A(D("h5b-010", "good", "nl",
"Good: Dutch freelancer VAT (btw) questions; specific rates, deadlines, invoice requirements and reverse charge; short last answer gives the concrete invoice wording.",
[
"""Ik begin binnenkort als zzp'er (webdeveloper). Moet ik btw rekenen, en zo ja, hoeveel?""",
"""Ja, als ondernemer ben je in principe btw-plichtig. Voor jouw werk als webdeveloper geldt het **algemene tarief van 21%**. Het verlaagde tarief van 9% is voor zaken als voedingsmiddelen, boeken en sommige diensten, en geldt niet voor ICT-werk.

Wat dat in de praktijk betekent:

1. **Inschrijven bij de KVK.** Je krijgt dan automatisch een btw-identificatienummer (voor op je facturen) en een omzetbelastingnummer (voor je aangifte) van de Belastingdienst.
2. **Btw op je facturen.** Een opdracht van € 2.000 factureer je als € 2.000 + € 420 btw = € 2.420. Die € 420 is niet van jou: je draagt hem af.
3. **Voorbelasting aftrekken.** Btw die je zelf betaalt op zakelijke kosten, zoals een laptop, software of een deel van je telefoonabonnement, mag je in je aangifte aftrekken.
4. **Aangifte doen**, meestal per kwartaal, ook als je niets hebt gefactureerd (dan doe je een nulaangifte).

Verwacht je minder dan **€ 20.000 omzet per jaar**, dan kun je kiezen voor de **kleineondernemersregeling (KOR)**. Je rekent dan geen btw, maar mag ook geen btw op je kosten terugvragen. Of dat gunstig is, hangt af van je klanten en je investeringen.""",
"""Hoe werkt die KOR precies, en is het slim voor mij? Ik werk vooral voor bedrijven.""",
"""Met de KOR ben je vrijgesteld van btw: je zet geen btw op je facturen en doet in principe geen btw-aangifte. Je moet je wel vooraf aanmelden bij de Belastingdienst, ruim voor het kwartaal waarin je wilt starten; controleer de actuele termijn en voorwaarden op belastingdienst.nl, want de regeling is per 2025 gewijzigd.

Voor jouw situatie is de KOR vaak **niet** gunstig, om twee redenen:

- **Zakelijke klanten merken geen verschil.** Een bedrijf trekt de 21% btw op jouw factuur gewoon af als voorbelasting. Of je nu € 1.000 + € 210 btw rekent of € 1.000 zonder btw, het kost hen netto hetzelfde. Je wint er dus geen concurrentievoordeel mee.
- **Je verliest je aftrek.** Als je in het eerste jaar een laptop van € 2.400 inclusief btw koopt, plus software en een bureau, kun je zonder KOR al snel € 500-700 btw terugvragen. Met de KOR ben je dat kwijt.

De KOR is vooral interessant als je veel particuliere klanten hebt (voor hen maakt 21% wel verschil in prijs) en weinig kosten maakt. Voor een webdeveloper met voornamelijk zakelijke opdrachtgevers is de gewone btw-regeling meestal de betere keuze.""",
"""Duidelijk, dan geen KOR. Wanneer moet ik aangifte doen en betalen?""",
"""Bij kwartaalaangifte moeten zowel de aangifte als de betaling uiterlijk **de laatste dag van de maand na het kwartaal** binnen zijn:

| Kwartaal | Uiterlijk |
|---|---|
| Q1 (jan-mrt) | 30 april |
| Q2 (apr-jun) | 31 juli |
| Q3 (jul-sep) | 31 oktober |
| Q4 (okt-dec) | 31 januari |

Je doet de aangifte online via Mijn Belastingdienst Zakelijk (inloggen met eHerkenning of, als eenmanszaak, met DigiD). Het geld moet op die datum op de rekening van de Belastingdienst staan, dus maak het een paar dagen eerder over.

Te laat aangeven of betalen levert een verzuimboete op, ook bij een nulaangifte. Een praktische gewoonte: zet elke maand 21% van je ontvangen omzet op een aparte spaarrekening, dan heb je het bedrag klaarstaan als de aangifte komt.""",
"""Wat moet er verplicht op mijn factuur staan?""",
"""De belangrijkste verplichte gegevens zijn:

- je naam en adres, en die van je klant;
- je btw-identificatienummer en je KVK-nummer;
- een uniek, doorlopend factuurnummer en de factuurdatum;
- een omschrijving van de dienst en de periode of datum waarop je hem leverde;
- het bedrag exclusief btw, het btw-tarief (21%), het btw-bedrag en het totaal.

Gebruik je omzetbelastingnummer niet op facturen: dat is alleen voor je aangifte. Bewaar je facturen zeven jaar.""",
"""Ik heb nu ook een zakelijke klant in Duitsland. Reken ik daar ook 21% btw?""",
"""Nee. Voor een dienst aan een ondernemer in een ander EU-land wordt de btw **verlegd**: je factureert zonder btw (0%), vermeldt "btw verlegd" en zet het btw-nummer van je Duitse klant op de factuur naast dat van jezelf. Je geeft de omzet op in rubriek 3b van je aangifte en doet daarnaast een opgaaf intracommunautaire prestaties (ICP).""",
]))
