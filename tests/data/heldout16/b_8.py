from b_common import D

DIALOGUES = []

# 023 placeholder fa WordPress shop, 3 turns
DIALOGUES.append(D("m16b-023", "placeholder", "fa",
"Placeholder: turn 2 assistant reply contains unfilled template slots '{price}' and '[نام شرکت هاستینگ]' in the hosting recommendation.",
[
r"""می‌خواهم برای فروش صنایع دستی همسرم (حدود ۵۰ محصول، بیشتر سفال و گلیم) یک فروشگاه اینترنتی کوچک راه بیندازم. وردپرس و ووکامرس انتخاب خوبی است یا بهتر است از فروشگاه‌سازهای آماده استفاده کنم؟""",
r"""برای ۵۰ محصول هر دو راه جواب می‌دهد؛ انتخاب بیشتر به این بستگی دارد که چقدر حاضرید خودتان وقت فنی بگذارید.

**وردپرس + ووکامرس**
- خود وردپرس و ووکامرس رایگان‌اند؛ فقط هزینه هاست و دامنه را می‌دهید.
- کنترل کامل روی ظاهر، محتوا و داده‌ها دارید و هر وقت بخواهید می‌توانید سایت را به هاست دیگری منتقل کنید.
- برای درگاه‌های پرداخت ایرانی (مثل زرین‌پال و آیدی‌پی) افزونه‌های رسمی ووکامرس وجود دارد.
- برای سئو عالی است: می‌توانید برای هر محصول توضیح مفصل، داستان ساخت و عکس‌های متعدد بگذارید که برای صنایع دستی خیلی مهم است.
- عیب: به‌روزرسانی، امنیت و پشتیبان‌گیری با خودتان است و راه‌اندازی اولیه چند روز وقت می‌برد.

**فروشگاه‌سازهای آماده**
- در چند ساعت فروشگاه بالا می‌آید و درگاه پرداخت و قالب آماده دارد.
- به‌روزرسانی و امنیت با شرکت ارائه‌دهنده است.
- عیب: هزینه ماهانه یا کارمزد از هر فروش، محدودیت در طراحی، و وابستگی به همان شرکت؛ انتقال به جای دیگر معمولاً سخت است.

**پیشنهاد من:** اگر شما یا همسرتان با کامپیوتر راحت هستید و می‌خواهید فروشگاه در بلندمدت رشد کند، وردپرس و ووکامرس. با یک قالب سبک و سازگار با ووکامرس (مثل Astra یا Kadence) و بدون نصب افزونه‌های زیاد، فروشگاه سریع و قابل مدیریت می‌ماند. اگر می‌خواهید فقط چند هفته‌ای فروش را امتحان کنید، فروشگاه‌ساز آماده ریسک کمتری دارد.

در هر دو حالت، عکس‌های خوب با نور طبیعی و پس‌زمینه ساده بیشترین تأثیر را روی فروش صنایع دستی دارند.""",
r"""وردپرس را انتخاب کردیم. چه هاست و دامنه‌ای بخرم؟""",
r"""**دامنه**
- اگر مشتریان شما در ایران هستند، دامنه `.ir` از طریق ایرنیک (nic.ir) ارزان است و برای مخاطب ایرانی آشنا و قابل اعتماد است. برای ثبت آن کارت ملی لازم است.
- اگر قصد فروش به خارج از کشور را هم دارید، یک دامنه `.com` هم بگیرید.
- اسم کوتاه، بدون خط تیره و راحت برای تلفظ انتخاب کنید، مثلاً ترکیبی از اسم کارگاه و کلمه «سفال».

**هاست**
برای یک فروشگاه ووکامرس با ۵۰ محصول، هاست اشتراکی لینوکس کافی است. به این موارد دقت کنید:
- **فضای SSD یا NVMe** حداقل ۵ گیگابایت (عکس‌های محصولات فضا می‌گیرند).
- **PHP نسخه ۸.۱ یا بالاتر** و امکان تغییر نسخه از کنترل‌پنل.
- **گواهی SSL رایگان** (Let's Encrypt)؛ بدون HTTPS، درگاه پرداخت و اعتماد مشتری ممکن نیست.
- **پشتیبان‌گیری روزانه خودکار** از طرف هاست.
- **کنترل‌پنل** سی‌پنل یا دایرکت‌ادمین، با نصب خودکار وردپرس.
- **پشتیبانی** فارسی و پاسخگو، ترجیحاً تلفنی.

پلن پایه هاست اشتراکی با این مشخصات معمولاً حدود {price} تومان در ماه هزینه دارد و خرید سالانه ارزان‌تر درمی‌آید. از بین شرکت‌هایی که بررسی کرده‌ام، [نام شرکت هاستینگ] برای فروشگاه‌های کوچک ووکامرسی گزینه خوبی است.

اگر بیشتر مشتریان در ایران هستند، هاست داخل ایران سرعت بارگذاری بهتری برایشان دارد. قبل از خرید، نظرات کاربران را درباره پایداری و پشتیبانی بخوانید و از هاست‌هایی که «نامحدود» تبلیغ می‌کنند با احتیاط استقبال کنید؛ معمولاً محدودیت‌های پنهان دارند.""",
r"""برای امنیت و پشتیبان‌گیری سایت چه کارهایی انجام بدهم؟""",
r"""این چند کار بیشتر حمله‌های رایج به سایت‌های وردپرسی را دفع می‌کند:

**امنیت**
1. **به‌روزرسانی منظم**: هسته وردپرس، ووکامرس، قالب و افزونه‌ها را هر هفته به‌روز کنید. بیشتر نفوذها از طریق افزونه‌های قدیمی است.
2. **فقط افزونه و قالب از منبع رسمی**: از نسخه‌های «نال‌شده» یا کرک‌شده استفاده نکنید؛ اغلب بدافزار دارند.
3. **نام کاربری و رمز قوی**: نام کاربری `admin` نگذارید، رمز طولانی و تصادفی انتخاب کنید و آن را در یک مدیر رمز عبور نگه دارید.
4. **ورود دومرحله‌ای**: با افزونه‌ای مثل Wordfence Login Security یا Two Factor برای حساب مدیر فعالش کنید.
5. **محدود کردن تلاش‌های ورود**: Wordfence این کار را همراه با دیوار آتش انجام می‌دهد.
6. **حذف افزونه‌های بی‌استفاده**: غیرفعال کردن کافی نیست، حذفشان کنید.

**پشتیبان‌گیری**
- به پشتیبان هاست به‌تنهایی اکتفا نکنید. افزونه UpdraftPlus (نسخه رایگان) را نصب کنید و پشتیبان روزانه پایگاه داده و هفتگی فایل‌ها را به Google Drive یا Dropbox بفرستید.
- حداقل ۱۴ نسخه نگه دارید، چون گاهی آلودگی چند روز بعد کشف می‌شود.
- هر چند ماه یک‌بار بازگردانی را روی یک سایت آزمایشی امتحان کنید؛ پشتیبانی که بازگردانی‌اش آزموده نشده، قابل اعتماد نیست.

در فروشگاه، پایگاه داده مهم‌ترین بخش است چون سفارش‌ها و اطلاعات مشتریان در آن است؛ پس پشتیبان روزانه پایگاه داده را جدی بگیرید.""",
]))

# 024 good en Rust lifetimes/ownership, 5 turns
DIALOGUES.append(D("m16b-024", "good", "en",
"Good: Rust ownership and lifetimes progression (E0515, self-referential structs, index-based design, scoped threads, atomics); technically correct and consistent across turns.",
[
r"""Why doesn't this compile?

```rust
fn longest_line(path: &str) -> &str {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines().max_by_key(|l| l.len()).unwrap()
}
```

```
error[E0515]: cannot return value referencing local variable `text`
```""",
r"""`text` is a `String` owned by the function, and it's dropped when the function returns. `lines()` gives you slices (`&str`) that point *into* that string, so the line you return would point at freed memory. The borrow checker refuses to let a reference outlive the data it points to.

There's also a subtler issue in the signature: with one reference parameter, lifetime elision makes the return type `&'a str` tied to `path`. So you're promising to return something borrowed from `path`, which isn't what happens.

Two idiomatic fixes:

**1. Return an owned `String`** when the function reads the data itself:

```rust
fn longest_line(path: &str) -> std::io::Result<String> {
    let text = std::fs::read_to_string(path)?;
    Ok(text.lines().max_by_key(|l| l.len()).unwrap_or("").to_string())
}
```

Copying one line is cheap. I also replaced `unwrap()` with `?` so a missing file becomes an error for the caller instead of a panic, and `unwrap_or("")` handles an empty file.

**2. Let the caller own the text** and return a borrow of *that*:

```rust
fn longest_line(text: &str) -> &str {
    text.lines().max_by_key(|l| l.len()).unwrap_or("")
}

let text = std::fs::read_to_string("log.txt")?;
let line = longest_line(&text); // borrows from `text`, which lives in the caller
```

Now elision ties the result to `text`, which is correct, and no copying happens. This second shape is usually better for library code: the function does one job and the caller decides where the data lives.""",
r"""OK, I went with version 2. Now I want a Parser struct that owns the text and also keeps a Vec<&str> of the lines, so I don't re-split every time. I can't get the lifetimes to work.""",
r"""That's a **self-referential struct**: one field (`lines`) borrows from another field (`text`) of the same struct. Safe Rust doesn't allow it, because moving the struct would move the `String`'s fields, and the compiler can't prove the borrowed slices stay valid (in fact the heap buffer wouldn't move, but the type system can't express that).

Three ways around it:

**1. Don't own the text; borrow it.** The struct gets a lifetime parameter, and the text lives outside:

```rust
struct Parser<'a> {
    lines: Vec<&'a str>,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        Parser { lines: text.lines().collect() }
    }
}

let text = std::fs::read_to_string("log.txt")?;
let parser = Parser::new(&text);
```

Simple and zero-copy, but `parser` can't outlive `text`.

**2. Own the text and store positions instead of references:**

```rust
struct Doc {
    text: String,
    lines: Vec<(usize, usize)>, // byte ranges into `text`
}
```

`Doc` is fully owned, so it can be moved, returned and stored anywhere. You hand out `&str` on demand.

**3. A crate that builds the self-reference safely**, such as `self_cell` or `ouroboros`. They work, but add macro complexity for something option 2 solves in a few lines.

If the parser is used locally, option 1. If the parsed document needs to be stored in another struct or returned from functions, option 2.""",
r"""It needs to live in my App struct, so option 2. What does the full version look like?""",
r"""Here's a complete version:

```rust
pub struct Doc {
    text: String,
    lines: Vec<(usize, usize)>, // (start, end) byte offsets
}

impl Doc {
    pub fn new(text: String) -> Self {
        let mut lines = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            let end = start + line.len();
            let trimmed_end = end - line.strip_suffix('\n').map_or(0, |_| 1);
            lines.push((start, trimmed_end));
            start = end;
        }
        Doc { text, lines }
    }

    pub fn line(&self, i: usize) -> Option<&str> {
        self.lines.get(i).map(|&(s, e)| &self.text[s..e])
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.lines.iter().map(move |&(s, e)| &self.text[s..e])
    }
}

pub struct App {
    doc: Doc,
    // other fields...
}
```

Points worth noting:

- `line()` returns `&str` tied to `&self`: the borrow checker now sees an ordinary borrow of the `Doc`, which is exactly right.
- `split_inclusive` keeps the `\n`, so offsets add up exactly; the end offset then excludes the newline. Slicing is safe because offsets always fall on character boundaries (`\n` is a single byte in UTF-8).
- Windows line endings (`\r\n`) would leave a trailing `\r`; strip it the same way if your files might have them.
- Storing `usize` pairs costs 16 bytes per line, the same as a `&str` (pointer plus length), so you lose nothing in memory.

`App` can own a `Doc`, be moved around and be stored in a `Vec` without any lifetime parameters.""",
r"""Now I want to search the Doc for a pattern using 4 threads, each taking a quarter of the lines. Do I need Arc?""",
r"""Not necessarily. Since Rust 1.63, `std::thread::scope` lets spawned threads borrow local data, because the scope guarantees all threads finish before it returns:

```rust
fn parallel_search(doc: &Doc, pattern: &str, n_threads: usize) -> Vec<usize> {
    let chunk = doc.len().div_ceil(n_threads).max(1);
    let mut results = Vec::new();

    std::thread::scope(|s| {
        let handles: Vec<_> = (0..n_threads)
            .map(|t| {
                s.spawn(move || {
                    let start = t * chunk;
                    let end = ((t + 1) * chunk).min(doc.len());
                    (start..end)
                        .filter(|&i| doc.line(i).is_some_and(|l| l.contains(pattern)))
                        .collect::<Vec<usize>>()
                })
            })
            .collect();

        for h in handles {
            results.extend(h.join().unwrap());
        }
    });

    results
}
```

Why this works:

- `doc` and `pattern` are shared references, which are `Copy`, so `move` copies the references into each closure. Sharing `&Doc` across threads is allowed because `Doc` is `Sync` (it only contains a `String` and a `Vec`).
- The scope ends only after every thread is joined, so the compiler knows the borrows can't outlive `doc`.
- Results come back in line order because we join the handles in order.

You'd need `Arc<Doc>` only if threads must outlive the function, e.g. a long-running background worker spawned with `std::thread::spawn`. For fork-join work like this, scoped threads are simpler. For bigger jobs, the `rayon` crate does the chunking for you: `(0..doc.len()).into_par_iter().filter(...).collect()`.""",
r"""Last thing: I also want a shared counter of how many lines were checked in total, updated by all four threads.""",
r"""Use an atomic; a `Mutex` would work but is overkill for a single number.

```rust
use std::sync::atomic::{AtomicUsize, Ordering};

let checked = AtomicUsize::new(0);

std::thread::scope(|s| {
    for t in 0..n_threads {
        let checked = &checked;
        s.spawn(move || {
            // ... search this thread's range ...
            checked.fetch_add(end - start, Ordering::Relaxed);
        });
    }
});

println!("checked {} lines", checked.load(Ordering::Relaxed));
```

- Scoped threads let you borrow `checked` directly, no `Arc` needed, just as with `doc`.
- Add the thread's total once at the end rather than incrementing per line; 4 atomic operations instead of millions keeps the threads from contending on the same cache line.
- `Ordering::Relaxed` is enough for a pure counter: you only need the additions not to be lost, not to order other memory operations. The scope's implicit join guarantees the final `load` sees every addition.""",
]))
