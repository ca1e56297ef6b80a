# -*- coding: utf-8 -*-
# Hand-written dialogues m13b-017 .. m13b-020

DIALOGUES = []

# ---------------------------------------------------------------- 017
DIALOGUES.append({
    "id": "m13b-017",
    "label": "good",
    "language": "en",
    "note": "Good: 5-turn React state-management consultation (Context vs store, Zustand cart with persist, SSR hydration fix, server state); correct code, mixed reply lengths.",
    "conv": [
        ("human", "Medium-sized React app. I'm passing `user` and `theme` down through 5 levels of components. Should I use Context or go straight to Redux?"),
        ("gpt", """For `user` and `theme`, **Context is the right tool**. Both change rarely: on login/logout or when the user toggles dark mode. That's the case Context handles best.

```tsx
type Theme = 'light' | 'dark';
const ThemeContext = createContext<{ theme: Theme; toggle: () => void } | null>(null);

export function ThemeProvider({ children }: { children: React.ReactNode }) {
  const [theme, setTheme] = useState<Theme>('light');
  const value = useMemo(
    () => ({ theme, toggle: () => setTheme(t => (t === 'light' ? 'dark' : 'light')) }),
    [theme]
  );
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useTheme() {
  const ctx = useContext(ThemeContext);
  if (!ctx) throw new Error('useTheme must be used inside ThemeProvider');
  return ctx;
}
```

The `useMemo` matters. Without it, a new value object is created on every render of the provider, and *every* consumer re-renders even when the theme hasn't changed.

What Context is **not** good at: state that changes often and is read by many components, such as a shopping cart, form state or a live filter. When a Context value changes, every component that calls `useContext` for it re-renders. There's no built-in way to subscribe to just one slice.

A rough guide:

| Kind of state | Tool |
|---|---|
| Rarely-changing globals (theme, auth user, locale) | Context |
| Frequently-changing shared client state | Zustand, Redux Toolkit, Jotai |
| Data from your API | TanStack Query or SWR |
| Local UI state | `useState` / `useReducer` |

Redux Toolkit is solid, but for a medium app Zustand gives you selective subscriptions with much less boilerplate."""),
        ("human", "I put the shopping cart in a Context too, and now the whole page re-renders every time someone changes a quantity. That's what you meant, right?"),
        ("gpt", """Exactly that. Every component that reads the cart context re-renders on every change, even the header that only shows the item count, and even components that only need the `addToCart` function.

Two fixes:

**1. Stay with Context, but split it.** Put the state and the updater functions in separate contexts. Components that only dispatch actions subscribe to the dispatch context, whose value is stable, so they never re-render:

```tsx
const CartStateContext = createContext<CartState | null>(null);
const CartDispatchContext = createContext<React.Dispatch<CartAction> | null>(null);
```

This helps, but anything that reads the state still re-renders on every change.

**2. Move the cart to a store with selectors** (what I'd do). With Zustand, each component subscribes to exactly the value it selects and re-renders only when that value changes:

```tsx
const count = useCart(s => s.items.length);          // header badge
const total = useCart(s => s.items.reduce((n, i) => n + i.price * i.qty, 0));
```

Changing a quantity then re-renders the line item and the total, but not the item-count badge or the product grid."""),
        ("human", "Let's do Zustand. Can you show a cart store with add, remove, and setQty, persisted to localStorage?"),
        ("gpt", """Here's a complete store, typed, using Zustand v4/v5 with the `persist` middleware:

```ts
// store/cart.ts
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type CartItem = { id: string; name: string; price: number; qty: number };

type CartState = {
  items: CartItem[];
  add: (item: Omit<CartItem, 'qty'>) => void;
  remove: (id: string) => void;
  setQty: (id: string, qty: number) => void;
  clear: () => void;
};

export const useCart = create<CartState>()(
  persist(
    (set) => ({
      items: [],
      add: (item) =>
        set((s) => {
          const existing = s.items.find((i) => i.id === item.id);
          if (existing) {
            return {
              items: s.items.map((i) =>
                i.id === item.id ? { ...i, qty: i.qty + 1 } : i
              ),
            };
          }
          return { items: [...s.items, { ...item, qty: 1 }] };
        }),
      remove: (id) => set((s) => ({ items: s.items.filter((i) => i.id !== id) })),
      setQty: (id, qty) =>
        set((s) => ({
          items:
            qty <= 0
              ? s.items.filter((i) => i.id !== id)
              : s.items.map((i) => (i.id === id ? { ...i, qty } : i)),
        })),
      clear: () => set({ items: [] }),
    }),
    { name: 'cart' } // localStorage key
  )
);
```

Usage:

```tsx
function AddButton({ product }: { product: { id: string; name: string; price: number } }) {
  const add = useCart((s) => s.add);   // stable reference, never triggers re-render
  return <button onClick={() => add(product)}>Add to cart</button>;
}
```

Two things to watch:

- **Selectors that return new objects or arrays** (e.g. `s => s.items.filter(...)` or `s => ({ a: s.a, b: s.b })`) produce a new reference each time. In v4 that causes extra re-renders, and in v5 it can cause an infinite render loop. Wrap such selectors with `useShallow` from `zustand/react/shallow`, or select primitives.
- `setQty` with 0 or less removes the item. That saves every caller from handling that edge case."""),
        ("human", "We use Next.js with SSR. Now I get a hydration mismatch warning on the cart badge. What's going on?"),
        ("gpt", """The server and the browser render different HTML for the badge.

1. **On the server** there's no `localStorage`, so the store has its initial state, `items: []`, and the badge renders "0".
2. **In the browser**, `persist` rehydrates from `localStorage` (synchronously, by default) before React hydrates, so the first client render shows "3".
3. React compares the two, sees "0" vs "3", and warns.

**Fix A: delay rehydration until after mount.** Tell `persist` not to hydrate automatically, then trigger it in an effect:

```ts
// store/cart.ts
persist(/* ... */, { name: 'cart', skipHydration: true })
```

```tsx
// app/providers.tsx ('use client')
useEffect(() => {
  useCart.persist.rehydrate();
}, []);
```

The first client render now matches the server (empty cart), and the real cart appears right after hydration.

**Fix B: render the badge only on the client.** It's a more local fix:

```tsx
const [mounted, setMounted] = useState(false);
useEffect(() => setMounted(true), []);
const count = useCart((s) => s.items.length);
return <span>{mounted ? count : null}</span>;
```

Either way, users briefly see an empty badge on the first paint. That's unavoidable with client-only storage. If you need the cart in the server-rendered HTML, it has to live server-side (in a cookie or your database) instead of `localStorage`.

One more App Router caveat: a module-level Zustand store is shared across requests *on the server*. That's fine for a client-only cart, but never put per-user server data in it."""),
        ("human", "Should the product list we fetch from our API also go into Zustand?"),
        ("gpt", """No, keep server data out of Zustand. Use **TanStack Query** (or SWR) for it:

```tsx
const { data: products, isLoading } = useQuery({
  queryKey: ['products', category],
  queryFn: () =>
    fetch('/api/products?category=' + encodeURIComponent(category)).then(r => r.json()),
  staleTime: 60_000,
});
```

It gives you caching, request de-duplication, background refetching, retries, and loading/error states. With Zustand you'd have to rebuild all of that by hand.

The split stays simple: **TanStack Query for data that lives on the server, Zustand for client state like the cart, Context for theme and user.**"""),
    ],
})

# ---------------------------------------------------------------- 018
DIALOGUES.append({
    "id": "m13b-018",
    "label": "leakage",
    "language": "en",
    "note": "Leakage: the last assistant reply (turn 3) ends with a visible generator instruction '[Generator note: next user turn should ask about 0-RTT...]'.",
    "conv": [
        ("human", "Can you walk me through what actually happens in a TLS 1.3 handshake when my browser connects to a website?"),
        ("gpt", """Here's the full TLS 1.3 handshake. It takes **one round trip** (1-RTT), compared with two in TLS 1.2.

**1. ClientHello (browser → server)**
- `supported_versions`: announces TLS 1.3.
- Cipher suites, e.g. `TLS_AES_128_GCM_SHA256`, `TLS_CHACHA20_POLY1305_SHA256`.
- **`key_share`**: the browser *guesses* which key-exchange group the server will pick (almost always X25519) and sends its ephemeral public key right away. This guess is what saves a round trip.
- **SNI** (server name), so the server knows which certificate to present.

**2. ServerHello (server → browser)**
The server picks a cipher suite and sends its own ephemeral `key_share`. Both sides now compute the same shared secret with (EC)DHE and derive **handshake keys** from it using HKDF. From this point on, everything is encrypted.

**3. Encrypted server messages**
- `EncryptedExtensions`: e.g. the ALPN choice (`h2` or `http/1.1`).
- `Certificate`: the server's certificate chain.
- `CertificateVerify`: a signature over the whole handshake transcript, made with the certificate's private key. This proves the server actually owns the certificate and that nobody tampered with the handshake.
- `Finished`: a MAC over the transcript.

**4. Client Finished**
The browser checks the certificate and the signature, then sends its own `Finished`. Both sides derive the **application traffic keys**, and HTTP data flows.

So after one round trip the client can send its request. In practice the server often sends its first response data right after its `Finished`.

If the client's `key_share` guess was wrong (the server doesn't support X25519), the server replies with a `HelloRetryRequest`, and it costs one extra round trip."""),
        ("human", "In step 3, how does my browser decide that the certificate is legit and not from an attacker?"),
        ("gpt", """The browser runs a series of checks. All of them must pass:

**1. Chain of trust.** The server sends its leaf certificate plus intermediates. The browser builds a chain up to a **root CA** already in its trust store (Mozilla's root program, Apple's, Microsoft's, or Chrome's own root store). Each certificate's signature must verify with the public key of the certificate above it.

**2. Hostname match.** The domain you typed must appear in the certificate's **Subject Alternative Name** (SAN) list, either exactly or via a wildcard like `*.example.com`, which covers one label level only. The old Common Name field is ignored by modern browsers.

**3. Validity period.** The current time must be between `notBefore` and `notAfter`. Public certificates are currently limited to 398 days, and the CA/Browser Forum has voted to reduce that in steps to 47 days by 2029.

**4. Key usage and constraints.** The leaf must be allowed for TLS server authentication (`extendedKeyUsage: serverAuth`), and intermediates must be marked as CAs.

**5. Certificate Transparency.** Chrome and Safari require proof (SCTs) that the certificate was logged in public CT logs. This makes it very hard for a CA to secretly issue a certificate for your domain. Domain owners can watch the logs, for example via crt.sh.

**6. Revocation (weakest link).** Browsers use various mechanisms: OCSP stapling, where the server attaches a fresh signed "not revoked" response; Firefox's CRLite; Chrome's CRLSets. Classic live OCSP checks were mostly abandoned because of privacy and reliability problems.

Finally, `CertificateVerify` from the handshake ties it together: it proves the server holds the private key for the certificate that just passed all these checks."""),
        ("human", "What is forward secrecy, and does TLS 1.3 guarantee it?"),
        ("gpt", """**Forward secrecy** means that if a server's long-term private key is stolen later, an attacker who recorded past encrypted sessions still **can't decrypt them**.

It works because session keys come from **ephemeral** Diffie-Hellman keys (the `key_share` values). They're generated fresh for each handshake and discarded afterwards. The certificate's private key is only used to *sign* (authenticate) the handshake, never to encrypt the key material. Steal it next year, and you can impersonate the server from then on, but you can't recreate past session keys.

Compare this with the old **static RSA key exchange** in TLS 1.2 and earlier. There the client encrypted the pre-master secret with the server's RSA public key. Anyone who later got the private key could decrypt every recorded session. TLS 1.3 **removed static RSA and static DH completely**, so every full handshake has forward secrecy.

Two caveats, though:

1. **Session resumption with PSK.** TLS 1.3 can resume sessions using a pre-shared key from an earlier connection. In `psk_dhe_ke` mode a fresh (EC)DHE exchange still happens, and you keep forward secrecy. In `psk_ke` mode (PSK only), compromising the ticket key exposes those sessions. Browsers and most servers use `psk_dhe_ke`.
2. **0-RTT early data** is encrypted with keys derived only from the PSK. So it has **no forward secrecy**, and it can also be **replayed** by an attacker.

So TLS 1.3 guarantees forward secrecy for full handshakes and for correctly configured resumption. 0-RTT data is the exception.

[Generator note: next user turn should ask about 0-RTT replay attacks; keep the assistant tone friendly and under 250 words.]"""),
    ],
})

# ---------------------------------------------------------------- 019
DIALOGUES.append({
    "id": "m13b-019",
    "label": "structure",
    "language": "ko",
    "note": "Structure: the dialogue ends on an unanswered user turn (turn 4 about master-bus EQ has no assistant reply).",
    "conv": [
        ("human", "홈레코딩으로 보컬 믹싱을 하고 있는데, 보컬이 전체적으로 답답하고 먹먹하게 들려요. EQ를 어떻게 잡아야 할까요?"),
        ("gpt", """답답하고 먹먹한 보컬은 대부분 **저음과 저중음이 과하고, 고음의 존재감이 부족한** 경우입니다. 아래 순서대로 해 보세요.

**1. 하이패스 필터 (80–100 Hz)**
보컬에는 그 아래 대역에 쓸 만한 소리가 거의 없습니다. 마이크 스탠드 진동, 에어컨 소음, 근접 효과로 생긴 부밍이 대부분이에요. 남성 보컬은 80 Hz, 여성 보컬은 100–120 Hz 정도에서 12 dB/oct로 걸어 보세요.

**2. 머디한 대역 컷 (200–400 Hz)**
홈레코딩에서 먹먹함의 주범입니다. 좁은 방의 반사음이 이 대역에 쌓이기 때문이에요.
- Q를 좁게(약 4–6) 하고 +8 dB 정도 부스트한 상태로 200–500 Hz를 천천히 스윕합니다.
- 가장 "웅웅"거리는 지점을 찾으면, Q를 1–2로 넓히고 **2–4 dB 컷**합니다.

**3. 존재감 부스트 (2–5 kHz)**
가사 전달력과 앞으로 나오는 느낌을 담당합니다. 3 kHz 부근을 넓은 Q로 **1–3 dB** 정도만 올려 보세요. 많이 올리면 귀가 금방 피로해집니다.

**4. 에어 (10–12 kHz 하이 셸프)**
하이 셸프로 **1–2 dB** 올리면 숨소리와 공기감이 살아나면서 답답함이 확 줄어듭니다.

**팁**
- 부스트보다 **컷을 먼저** 하세요. 문제 대역을 덜어내면 부스트를 조금만 해도 됩니다.
- 솔로로만 듣지 말고 반드시 **다른 악기들과 함께** 들으면서 조정하세요. 솔로에서 좋아 보이는 EQ가 믹스에서는 얇게 들리는 경우가 많습니다.
- EQ 전후를 바이패스로 비교할 때는 음량을 맞춰야 합니다. 소리가 커지면 무조건 좋게 들리거든요."""),
        ("human", "EQ로 고음을 올렸더니 'ㅅ', 'ㅊ' 같은 치찰음이 너무 쏘아요. 어떻게 하죠?"),
        ("gpt", """고음을 올리면 치찰음이 같이 강해지는 건 자연스러운 현상이에요. 이럴 때는 **디에서(De-esser)** 를 씁니다.

**디에서 기본 설정**
1. 치찰음 대역을 찾습니다. 보통 **5–8 kHz**이고, 여성 보컬은 조금 더 높은 편입니다. 대부분의 디에서에는 감지 신호만 들어 보는 "Listen" 기능이 있으니, 그걸 켜고 "ㅅ" 소리가 가장 또렷하게 들리는 주파수를 고르세요.
2. 스레숄드를 내려서 치찰음이 나올 때만 **3–6 dB** 정도 줄어들게 합니다.
3. 너무 많이 걸면 "ㅅ"이 "ㅎ"처럼 들리는 혀 짧은 소리(lisp)가 됩니다. 이렇게 들리면 바로 줄이세요.

**체인 순서**
- 일반적으로 **EQ 부스트 뒤에** 디에서를 둡니다. 부스트로 강해진 치찰음까지 함께 잡을 수 있기 때문이에요.
- 컴프레서가 세게 걸려 있으면 치찰음이 상대적으로 더 커지므로, 컴프 뒤에 디에서를 하나 더 두는 경우도 있습니다.

**대안: 다이내믹 EQ**
FabFilter Pro-Q 같은 플러그인의 다이내믹 밴드를 6–7 kHz에 두고, 치찰음이 넘어올 때만 줄어들게 설정하면 디에서와 비슷한 효과를 더 정밀하게 얻을 수 있어요.

**근본 해결**
녹음 단계에서 마이크를 입 정면이 아니라 살짝 비스듬히(오프축) 두면 치찰음이 처음부터 줄어듭니다. 팝 필터도 도움이 돼요."""),
        ("human", "어쿠스틱 기타랑 보컬이 같이 나오면 보컬이 기타에 묻혀요. 둘 다 살리고 싶은데요."),
        ("gpt", """두 악기가 같은 주파수 대역에서 경쟁하고 있는 상황입니다. 어쿠스틱 기타는 보컬과 겹치는 대역이 아주 넓어서 흔히 생기는 문제예요. **서로 자리를 나눠 주는 EQ** 가 핵심입니다.

**1. 상보적 EQ (카빙)**
- 보컬의 존재감 대역(예: 3 kHz)을 1–2 dB 올렸다면, **기타의 같은 대역을 2–3 dB 컷**합니다.
- 반대로 기타의 반짝임을 담당하는 대역(예: 8–10 kHz)은 기타에 남겨 두고, 보컬의 그 대역은 건드리지 않습니다.
- 이렇게 하면 두 소리가 각자 "숨 쉴 공간"을 갖게 됩니다.

**2. 기타의 저음 정리**
어쿠스틱 기타는 100–250 Hz가 붕붕거리기 쉬워요. 반주용이라면 하이패스를 **100–150 Hz**까지 올려도 믹스에서는 전혀 어색하지 않고, 보컬의 저중음이 훨씬 또렷해집니다.

**3. 패닝**
보컬은 센터에 두고, 기타를 한 대만 녹음했다면 **왼쪽 또는 오른쪽 30–50%** 로 보냅니다. 더블링한 기타가 있다면 좌우로 나누면 센터가 비면서 보컬이 자연스럽게 앞으로 나옵니다.

**4. 사이드체인 다이내믹 EQ (고급)**
기타 트랙의 2–4 kHz 다이내믹 밴드에 보컬을 사이드체인 입력으로 연결하면, **보컬이 노래할 때만** 기타의 그 대역이 2–3 dB 내려가고 간주에서는 원래대로 돌아옵니다.

마지막으로 볼륨 밸런스도 다시 확인하세요. EQ로 해결하려던 문제가 사실은 기타 페이더를 2 dB만 내리면 해결되는 경우도 많습니다."""),
        ("human", "감사합니다! 마지막으로, 마스터 버스에는 EQ를 어떻게 거는 게 좋을까요? 아예 안 거는 게 나은지도 궁금해요."),
    ],
})

# ---------------------------------------------------------------- 020
DIALOGUES.append({
    "id": "m13b-020",
    "label": "good",
    "language": "en",
    "note": "Good: 4-turn explanation of compiler optimisations (register allocation, vectorisation, FP associativity, restrict, O2 vs O3, PGO/LTO); accurate and specific with code.",
    "conv": [
        ("human", """I wrote a simple loop in C that sums an int array. Compiled with -O0 it's about 8x slower than -O2. What is the compiler actually doing differently?

```c
long sum(const int *a, int n) {
    long s = 0;
    for (int i = 0; i < n; i++)
        s += a[i];
    return s;
}
```"""),
        ("gpt", """At `-O0` the compiler translates your code almost literally, to keep debugging easy. At `-O2` it rewrites the loop aggressively. The main differences:

**1. Register allocation.** At `-O0`, `s` and `i` live **on the stack**. Every iteration loads `i` from memory, loads `s`, loads `a[i]`, adds, stores `s` back, increments `i`, and stores it back. That's several memory operations per element. At `-O2`, `s` and `i` stay in registers for the whole loop.

**2. Vectorisation (SIMD).** This is the big one. At `-O2`, Clang, and GCC since version 12, turn the loop into vector code. With SSE4.1/AVX2 it processes 4–8 ints per instruction: it sign-extends them to 64-bit, adds them into several vector accumulators, and combines the partial sums at the end.

**3. Loop overhead reduction.** Clang also **unrolls** the vector loop, handling several vectors per iteration. That cuts down on branch and increment instructions and keeps more additions in flight.

**4. Strength reduction / addressing.** Instead of computing `a + i*4` each time, the compiler walks a pointer forward, or uses x86's scaled addressing mode for free.

You can see all of this on **Compiler Explorer** (godbolt.org). Paste the function, compare `-O0` with `-O2`, and look for instructions like `vpaddq` / `vpmovsxdq` (AVX2) in the optimised output. Adding `-march=native` (or `-mavx2`) often widens the vectors further.

An 8× gap is typical for exactly this kind of tight loop. It's roughly 2× from the registers and the rest from SIMD."""),
        ("human", "Interesting. But when I change the array to float and the accumulator to float, -O2 doesn't vectorise it anymore. Why?"),
        ("gpt", """Because **floating-point addition isn't associative**, and the compiler isn't allowed to change your program's result.

Vectorising a sum means reordering it. Instead of

((((a0 + a1) + a2) + a3) + ...)

the SIMD version computes 4 or 8 separate partial sums, (a0 + a4 + a8 ...), (a1 + a5 + a9 ...), and so on, and adds them together at the end. With integers that's exactly the same result. With floats, every addition rounds, so a different order gives a (slightly) different answer. Example: `(1e20f + -1e20f) + 1.0f` is `1.0f`, but `1e20f + (-1e20f + 1.0f)` is `0.0f`.

The C standard requires the evaluation order you wrote, so the compiler keeps a single serial chain. That chain has another cost: each `addss` has to wait for the previous one, with a latency of about 3–4 cycles on modern x86. So even scalar performance is limited.

Ways around it:

- **`-ffast-math`** (or just **`-fassociative-math -fno-signed-zeros -fno-trapping-math`**) lets the compiler reorder. `-ffast-math` also assumes there are no NaNs or infinities. That can silently break code that checks `isnan`, so prefer the narrower flags.
- **OpenMP SIMD reduction**: `#pragma omp simd reduction(+:s)` with `-fopenmp-simd` gives per-loop permission without changing flags globally.
- **Manual multiple accumulators**: write 4 or 8 partial sums yourself. The compiler can then vectorise the code, because you've already specified the reordering.

The reordered sum is usually *more* accurate than the serial one, because pairwise-style summation accumulates less rounding error. It's just different, and that's what the compiler has to respect."""),
        ("human", "I also have a function that adds two float arrays element-wise into a third. Someone told me to add `restrict`. What does that do?"),
        ("gpt", """`restrict` is a promise to the compiler that, within this function, the memory reached through one pointer **isn't accessed through any other pointer**, i.e. the arrays don't overlap.

```c
void add(float *restrict out, const float *restrict a,
         const float *restrict b, int n) {
    for (int i = 0; i < n; i++)
        out[i] = a[i] + b[i];
}
```

**Why it matters:** without `restrict`, the compiler has to assume `out` might overlap `a` or `b`. Suppose `out == a + 1`. Then writing `out[i]` changes `a[i+1]`, which the next iteration reads. Loading 8 values of `a` at once and then storing 8 results would give a different answer from the scalar loop. So the compiler either:

- emits a **runtime overlap check**, with a vectorised path plus a scalar fallback (GCC and Clang often do this; it costs a little code size and a few instructions per call), or
- gives up on vectorising when the check would be too complex.

With `restrict`, it can vectorise directly with no check. `restrict` also lets it keep values in registers across stores in other kinds of code.

**The catch:** if you break the promise, for example by calling `add(a, a, b, n)` with `out` and `a` aliased, the behaviour is **undefined**. You won't get a warning, just wrong results, possibly only at some optimisation levels. Use it where the no-overlap contract is obvious and documented.

C++ has no standard `restrict`, but GCC, Clang and MSVC all accept `__restrict`."""),
        ("human", "Last question: should I just always compile with -O3 then?"),
        ("gpt", """Not automatically. `-O3` is often the same speed as `-O2`, sometimes faster, and occasionally slower.

**What `-O3` adds (GCC):** more aggressive inlining, loop unswitching and peeling, and a more permissive vectoriser cost model, among others. Those transformations make code bigger. In a hot loop that's a win. But across a large program it can mean **instruction-cache pressure**, and a program whose hot paths no longer fit in the L1 i-cache can run slower.

**Practical advice:**

1. **Measure** on realistic workloads. Use a benchmark harness (Google Benchmark, `hyperfine`) and run several times, because 2–3% differences are often just noise.
2. Consider **`-O2` globally, plus `-O3` for hot files**, or mark hot functions with `__attribute__((optimize("O3")))` in GCC. That's handy, but GCC's docs recommend it mainly for debugging.
3. Look at **bigger levers first**:
   - **PGO** (profile-guided optimisation): build with `-fprofile-generate`, run a representative workload, then rebuild with `-fprofile-use`. The compiler learns which branches and functions are hot. A 10–20% gain is common for branchy code like interpreters and compilers.
   - **LTO** (`-flto`): optimises across translation units, so it can inline functions from other `.c` files.
   - **`-march=native`**: enables AVX2/AVX-512 for your CPU. But the binary may crash with "illegal instruction" on older machines, so for distributed software, target a baseline like `-march=x86-64-v3` instead.

Most Linux distributions build their packages with `-O2`, and that's a sensible default for you too. Switch to `-O3` only where measurements show it helps."""),
    ],
})
