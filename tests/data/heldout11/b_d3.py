"""Part b dialogues k11b-011 .. k11b-015."""
from b_common import H, G, dlg

DIALOGUES = []

# ---------------------------------------------------------------- 011
DIALOGUES.append(dlg(
    "k11b-011", "good", "ko",
    "Good: Korean migraine-management conversation over four turns; accurate medication-overuse thresholds, triptan facts and contraindications, prevention options, and a concise red-flag list.",
    [
        (H, r"""
편두통이 한 달에 5~6번 정도 와요. 그때마다 이부프로펜을 먹는데, 이렇게 자주 먹어도 괜찮은 건가요?
"""),
        (G, r"""
한 달에 5~6번, 즉 두통이 있는 날에만 복용하는 정도라면 일반적으로는 괜찮은 범위입니다. 다만 알아두셔야 할 것이 **약물과용두통(MOH)** 입니다. 진통제를 너무 자주 먹으면 오히려 두통이 더 잦아지고 만성화되는 현상인데, 기준은 다음과 같습니다.

| 약 종류 | 과용 기준 (3개월 이상 지속 시) |
|---|---|
| 이부프로펜, 아세트아미노펜 같은 단순 진통제 | 한 달에 **15일 이상** |
| 트립탄, 복합진통제(카페인 포함 등), 오피오이드 | 한 달에 **10일 이상** |

지금은 이 기준보다 훨씬 아래이므로 큰 걱정은 안 하셔도 됩니다. 그래도 몇 가지를 지키면 효과와 안전성을 높일 수 있습니다.

- **일찍 복용하기**: 통증이 시작되고 약하게 느껴질 때 먹는 것이 심해진 뒤 먹는 것보다 훨씬 효과적입니다. 성인 기준 이부프로펜 400mg 1회가 흔히 쓰이는 용량입니다.
- **위 보호**: 공복 복용을 피하고, 속쓰림이나 위궤양 병력이 있으면 의사와 상의하세요.
- **두통 일기**: 날짜, 통증 강도, 복용한 약을 기록하면 복용 일수가 늘어나는지 스스로 확인할 수 있고, 진료 때도 큰 도움이 됩니다.

만약 두통 일수가 점점 늘거나 이부프로펜이 잘 듣지 않는다면 신경과 진료를 받아 보시길 권합니다.
"""),
        (H, r"""
친구가 트립탄이라는 약을 먹는다던데, 그건 뭔가요?
"""),
        (G, r"""
트립탄은 **편두통 전용으로 개발된 급성기 치료제**입니다. 일반 진통제가 통증과 염증을 줄이는 것과 달리, 트립탄은 세로토닌 수용체(5-HT1B/1D)에 작용해 확장된 뇌혈관을 수축시키고, 통증 신호를 전달하는 신경전달물질(CGRP 등)의 분비를 억제합니다. 그래서 편두통에 동반되는 메스꺼움이나 빛·소리 과민까지 함께 좋아지는 경우가 많습니다.

**대표적인 약**: 수마트립탄, 졸미트립탄, 나라트립탄, 리자트립탄, 엘레트립탄 등. 한국에서는 **처방이 필요한 전문의약품**입니다.

**복용 요령**
- 두통이 시작된 뒤 가능한 한 이른 시점에 복용합니다.
- 첫 번째 약이 효과가 있다가 두통이 다시 오면, 약마다 정해진 간격(보통 2시간) 이후 한 번 더 먹을 수 있습니다. 하루 최대 용량은 약마다 다릅니다.
- 한 종류가 안 들어도 다른 트립탄은 잘 듣는 경우가 있습니다.

**복용하면 안 되는 경우**
- 관상동맥질환, 협심증, 심근경색 병력
- 뇌졸중이나 일과성 허혈발작 병력
- 조절되지 않는 고혈압

**흔한 부작용**: 가슴이나 목이 조이는 느낌, 얼굴 화끈거림, 졸림, 어지러움. 대부분 일시적이지만, 처음 먹을 때는 의사와 상의하고 복용하는 것이 좋습니다.
"""),
        (H, r"""
아예 덜 생기게 하는 방법은 없을까요?
"""),
        (G, r"""
있습니다. **생활습관 관리**와, 필요하면 **예방약**을 함께 씁니다.

**1. 생활습관 (모든 분께 권장)**
- **규칙적인 수면**: 주말에도 같은 시간에 자고 일어나기. 수면 부족과 과다 모두 유발 요인입니다.
- **식사 거르지 않기**: 공복은 흔한 유발 요인입니다.
- **수분 섭취**: 하루 1.5~2L 정도.
- **카페인 일정하게**: 많이 마시다가 갑자기 끊으면 금단성 두통이 옵니다.
- **유산소 운동**: 주 3회, 30~40분 정도가 예방 효과가 있다는 연구가 있습니다.
- **유발 요인 찾기**: 두통 일기로 술(특히 레드와인), 특정 음식, 생리 주기, 스트레스 후 긴장이 풀릴 때 등을 확인합니다.

**2. 예방약 (의사 처방)**
한 달에 4일 이상 두통이 있거나, 횟수는 적어도 일상에 지장이 크면 고려합니다. 목표는 두통 일수를 절반 정도로 줄이는 것입니다.
- 베타차단제: 프로프라놀롤
- 항경련제: 토피라메이트
- 항우울제: 아미트립틸린
- 혈압약: 칸데사르탄
- CGRP 단클론항체 주사(에레누맙, 프레마네주맙, 갈카네주맙): 다른 약이 효과가 없을 때 주로 사용

**3. 보충제 (근거가 있는 편)**
- 마그네슘 400~600mg/일
- 리보플라빈(비타민 B2) 400mg/일

보충제도 효과가 나타나기까지 2~3개월이 걸리니 꾸준히 드셔야 합니다.
"""),
        (H, r"""
혹시 어떤 경우에는 바로 응급실에 가야 하나요?
"""),
        (G, r"""
다음 중 하나라도 있으면 바로 응급실에 가세요.

- **벼락두통**: 몇 초~1분 안에 최고조에 이르는, 생애 최악의 두통
- **발열과 목 경직**이 함께 있는 두통
- **마비, 말이 어눌해짐, 한쪽 얼굴 처짐, 시야 소실**이 갑자기 생기거나 1시간 넘게 지속될 때 (평소 전조와 양상이 다르면 더욱)
- **머리를 다친 뒤** 생긴 두통
- **의식 저하, 혼동, 경련**
- 50세 이후 처음 생긴 새로운 두통, 임신 중이나 출산 직후 평소와 다른 두통

평소와 같은 편두통이라면 응급실이 필요하지 않지만, "이번 건 뭔가 다르다"는 느낌이 들면 참지 말고 진료를 받으세요.
"""),
    ],
))

# ---------------------------------------------------------------- 012
DIALOGUES.append(dlg(
    "k11b-012", "bad_length", "en",
    "Bad length: turn 3 asks for an OSPF area design plus the HQ tunnel configuration, and the reply is a single evasive line ('Put everything in area 0.') with no design or config.",
    [
        (H, r"""
We have three sites connected by site-to-site IPsec VPNs: HQ 10.0.0.0/16, Branch A 10.1.0.0/16, Branch B 10.2.0.0/16. Everything uses static routes right now. When does it make sense to switch to dynamic routing?
"""),
        (G, r"""
With three sites and one path between each pair, static routes are perfectly reasonable. Dynamic routing starts paying off when one of these becomes true:

1. **Redundancy:** you add a second ISP, a second tunnel, or a backup path. Static routes don't notice a failed path unless you bolt on tracking; a routing protocol reroutes automatically when a neighbor goes down.
2. **Growth:** every new site or subnet means touching every router. With N sites in a full mesh, that's N × (N − 1) static routes to maintain. At five or more sites, or when subnets change often, this becomes error-prone.
3. **Many internal subnets:** if each site starts carving its /16 into VLANs that need to be reachable individually, a protocol advertises them for you.

Two practical prerequisites:

- **Route-based VPNs.** Dynamic routing needs a tunnel interface to run over (Cisco VTI, Juniper st0, FortiGate IPsec interfaces). Policy-based VPNs that match traffic with crypto ACLs can't carry OSPF or BGP hellos cleanly.
- **Protocol choice.** OSPF is the common choice inside one organisation and converges quickly. BGP is more common when a cloud provider is involved (AWS and Azure VPN gateways speak BGP) or when you want fine-grained policy.

If you're planning a second ISP anyway, that's usually the moment to make the switch.
"""),
        (H, r"""
Actually yes, we're adding a second ISP at HQ for failover. How would failover work if we stayed with static routes?
"""),
        (G, r"""
You'd use **floating static routes** plus **reachability tracking**. A floating static is a backup route with a higher administrative distance, so it only enters the routing table when the primary disappears. Tracking makes the primary disappear when the ISP is actually broken, not just when the interface goes down.

Cisco IOS example, primary ISP on Gi0/0 (gateway 203.0.113.1), backup on Gi0/1 (gateway 198.51.100.1):

```
ip sla 1
 icmp-echo 8.8.8.8 source-interface GigabitEthernet0/0
 frequency 10
ip sla schedule 1 life forever start-time now
!
track 1 ip sla 1 reachability
 delay down 15 up 30
!
ip route 0.0.0.0 0.0.0.0 203.0.113.1 track 1
ip route 0.0.0.0 0.0.0.0 198.51.100.1 250
```

How it behaves:
- Every 10 s the router pings 8.8.8.8 out of the primary link.
- If pings fail for 15 s, track 1 goes down, the primary default route is withdrawn, and the AD-250 route via the backup ISP takes over.
- When pings succeed for 30 s, the primary comes back. The `delay` values prevent flapping.

Also add a host route so the probe always leaves via the primary: `ip route 8.8.8.8 255.255.255.255 203.0.113.1`.

The catch for your VPNs: the tunnels are built to the primary public IP. On failover they must re-establish from the backup IP, so the branches need a second peer configured (or use DNS-based peering or DMVPN). Dynamic routing handles this part more gracefully.
"""),
        (H, r"""
OK, let's say we move to OSPF over the tunnels. How should I design the areas, and what exactly do I configure on each router for the tunnel interfaces? Could you show the HQ config?
"""),
        (G, r"""
Put everything in area 0.
"""),
        (H, r"""
We're also seeing some websites hang at Branch B: the page starts loading and then stalls. Could that be related to the tunnels?
"""),
        (G, r"""
Very likely an **MTU/MSS problem**, which is the classic symptom: small packets (DNS, the TCP handshake, the first bits of a page) get through, but full-size packets don't.

Why it happens: IPsec adds overhead (new IP header, ESP header, padding, authentication; often 50–70 bytes, more with GRE). A 1500-byte packet from a PC no longer fits in the 1500-byte internet MTU after encryption. Normally Path MTU Discovery fixes this via ICMP "fragmentation needed" messages, but many firewalls drop ICMP, so large packets vanish silently: a PMTUD black hole.

Fix on the tunnel interfaces at both ends:

```
interface Tunnel1
 ip mtu 1400
 ip tcp adjust-mss 1360
```

`adjust-mss` rewrites the MSS option in TCP SYN packets so both hosts agree to send segments that fit (1360 + 40 bytes of TCP/IP headers = 1400).

To test, ping with the Don't Fragment bit set and increase the size until it fails:

- Cisco: `ping 10.0.0.1 size 1400 df-bit`
- Linux: `ping -M do -s 1372 10.0.0.1` (1372 bytes of data + 28 bytes of headers = 1400)
- Windows: `ping -f -l 1372 10.0.0.1`

The largest size that passes tells you the real path MTU.
"""),
        (H, r"""
Thanks. Once OSPF is configured, how do I verify the neighbors are up and routes are being learned?
"""),
        (G, r"""
Useful commands on Cisco IOS:

- `show ip ospf neighbor`: every tunnel peer should be listed in state **FULL** (on point-to-point tunnels you'll see `FULL/  -`, with no DR/BDR).
- `show ip ospf interface brief`: confirms which interfaces run OSPF, in which area, and their cost.
- `show ip route ospf`: the remote subnets (10.1.0.0/16, 10.2.0.0/16) should appear with code `O`.
- `show ip ospf database`: the link-state database, useful when routes are missing.

If a neighbor won't come up, check the usual mismatches between the two ends:

| Symptom | Likely cause |
|---|---|
| No neighbor at all | Hello/dead timers, area ID, authentication, or network type mismatch; ACL blocking protocol 89 |
| Stuck in EXSTART/EXCHANGE | MTU mismatch between the two tunnel interfaces (make them identical) |
| Neighbor FULL but no routes | Subnets not included in OSPF, or filtered by a distribute-list |

`debug ip ospf adj` shows why an adjacency fails, but use it carefully on production routers.
"""),
    ],
))

# ---------------------------------------------------------------- 013
DIALOGUES.append(dlg(
    "k11b-013", "non_answer", "en",
    "Non-answer: the turn-2 reply only restates the dihybrid YyRr x YyRr question and says it is classic, never giving the 3/16 answer or any working.",
    [
        (H, r"""
Genetics homework. In peas, yellow seeds (Y) are dominant over green (y). If I cross two heterozygous plants, Yy × Yy, what are the genotype and phenotype ratios?
"""),
        (G, r"""
Each parent makes two kinds of gametes in equal numbers, Y and y. The Punnett square:

| | **Y** | **y** |
|---|---|---|
| **Y** | YY | Yy |
| **y** | Yy | yy |

**Genotype ratio:** 1 YY : 2 Yy : 1 yy

**Phenotype ratio:** 3 yellow : 1 green, because YY and Yy both look yellow (Y is dominant) and only yy is green.

In probabilities: P(yellow) = 3/4, P(green) = 1/4. Among the yellow offspring, 2/3 are heterozygous carriers (Yy), which is a frequent follow-up question.
"""),
        (H, r"""
Next part is a dihybrid cross. Round seeds (R) are dominant over wrinkled (r). For YyRr × YyRr, what fraction of the offspring will be green and round?
"""),
        (G, r"""
So this part moves from one gene to two: both parents are heterozygous for seed color and for seed shape, and the question is what fraction of their offspring will end up with green seeds that are also round. This is one of the most classic problems in Mendelian genetics, and it builds directly on the monohybrid cross you just did, since you now have to keep track of the color gene and the shape gene at the same time. Working out the fraction of offspring that are both green and round is exactly the kind of reasoning these dihybrid questions are designed to test.
"""),
        (H, r"""
The last part says: now assume the genes are linked, 10 map units apart, and the parent is in coupling phase (YR/yr). What fraction of its gametes will be yR?
"""),
        (G, r"""
10 map units means a **10% recombination frequency**: 10% of gametes are recombinant and 90% are parental.

In coupling phase (YR/yr), the two chromosomes carry Y with R and y with r, so:

| Gamete | Type | Frequency |
|---|---|---|
| YR | parental | 45% |
| yr | parental | 45% |
| Yr | recombinant | 5% |
| yR | recombinant | 5% |

The 10% recombinants split equally between the two reciprocal classes, so **yR = 5% (0.05)**.

Compare with unlinked genes, where all four gamete types would be 25% each.
"""),
        (H, r"""
And if I cross YR/yr × YR/yr with that linkage, what fraction of offspring are green and round?
"""),
        (G, r"""
Green and round means genotype **yy** at the color gene and at least one **R** at the shape gene (yyRR or yyRr).

To be yy, an offspring must get a y-carrying gamete from **both** parents. The y-carrying gametes are yr (0.45) and yR (0.05). The combinations:

| Gamete 1 | Gamete 2 | Offspring | Probability |
|---|---|---|---|
| yr | yr | yyrr (green, wrinkled) | 0.45 × 0.45 = 0.2025 |
| yr | yR | yyRr (green, round) | 0.45 × 0.05 = 0.0225 |
| yR | yr | yyRr (green, round) | 0.05 × 0.45 = 0.0225 |
| yR | yR | yyRR (green, round) | 0.05 × 0.05 = 0.0025 |

P(green and round) = 0.0225 + 0.0225 + 0.0025 = **0.0475, about 4.75%**

Sanity check: total yy = 0.2025 + 0.0475 = 0.25, which matches the 1/4 you'd expect for color alone. Linkage in coupling makes green-round (a recombinant-type combination) much rarer than the 3/16 = 18.75% you'd get if the genes assorted independently.
"""),
    ],
))

# ---------------------------------------------------------------- 014
DIALOGUES.append(dlg(
    "k11b-014", "good", "en",
    "Good: six-turn climate-science exploration; correct CO2 forcing formula and numbers, sensitivity ranges from AR6, a careful reconciliation of expected vs observed warming, and short accurate answers on carbon budget and sea level.",
    [
        (H, r"""
How can CO2 warm the planet when it's only about 0.04% of the atmosphere?
"""),
        (G, r"""
Because what matters is not how much CO2 there is relative to other gases, but how strongly it interacts with infrared radiation, and the other 99.9% barely interacts at all.

**The main gases are transparent to infrared.** Nitrogen (78%) and oxygen (21%) are two-atom molecules made of identical atoms; they have no changing dipole when they vibrate, so they hardly absorb or emit thermal infrared. CO2, water vapour, methane and other molecules with three or more atoms can.

**CO2 absorbs in a crucial band.** The Earth's surface, at around 288 K, emits most of its energy between roughly 5 and 50 μm, peaking near 10 μm. CO2 has a strong absorption band centred at 15 μm, right in the thick of that emission. Near the band centre, even 0.04% CO2 makes the atmosphere opaque within a few tens of metres.

**Warming happens through the emission height.** Infrared that escapes to space is emitted from high up, where the air is thin enough for photons to get out. Adding CO2 raises that effective emission level to altitudes where the air is colder. Colder air radiates less (emission scales with T⁴), so the planet temporarily sends out less energy than it absorbs from the Sun. It warms until outgoing radiation balances incoming again.

A useful analogy: a few drops of ink colour a whole glass of water. Small concentrations can dominate an optical property if the substance absorbs strongly where nothing else does.
"""),
        (H, r"""
Is there a formula for how much extra energy CO2 traps?
"""),
        (G, r"""
Yes, the standard simplified expression for CO2 radiative forcing (Myhre et al., 1998) is:

ΔF = 5.35 × ln(C / C₀)  W/m²

where C is the current CO2 concentration and C₀ is a reference, usually the pre-industrial 280 ppm.

Examples:

| Concentration | C/C₀ | ΔF |
|---|---|---|
| 420 ppm (today, roughly) | 1.5 | 5.35 × ln 1.5 ≈ **2.17 W/m²** |
| 560 ppm (doubling) | 2.0 | 5.35 × ln 2 ≈ **3.7 W/m²** |

The logarithm is important: each **doubling** adds the same forcing, about 3.7 W/m², whether you go from 280 to 560 ppm or from 560 to 1120 ppm. That happens because the band centre is already saturated, and extra CO2 mainly acts in the weaker wings of the band.

Newer studies (including the values used in IPCC AR6) refine the coefficients slightly and account for overlap with N2O, but 5.35 ln(C/C₀) is still accurate to within about 10% over this range and is the version used in most textbooks.
"""),
        (H, r"""
How do you get from forcing to temperature change?
"""),
        (G, r"""
Through a **climate sensitivity parameter** λ:

ΔT = λ × ΔF

The most quoted measure is **equilibrium climate sensitivity (ECS)**: the eventual warming after CO2 doubles and the climate fully adjusts. IPCC AR6 gives a best estimate of **3 °C**, likely range 2.5–4 °C, very likely 2–5 °C. Dividing by the doubling forcing gives λ ≈ 3 / 3.7 ≈ **0.8 K per W/m²**.

Where that number comes from:

- **Planck response alone:** a warmer planet radiates more. Without any feedbacks, a doubling would warm by only about 1.2 °C (λ₀ ≈ 0.3 K per W/m²).
- **Feedbacks amplify that:**
  - Water vapour: warmer air holds about 7% more water vapour per °C, itself a greenhouse gas (strong positive).
  - Lapse rate: the upper troposphere warms more than the surface in the tropics (negative, partially offsetting water vapour).
  - Surface albedo: melting snow and ice exposes darker surfaces (positive).
  - Clouds: the largest source of uncertainty, assessed as net positive in AR6.

There's also the **transient climate response (TCR)**, the warming at the moment of doubling when CO2 rises 1% a year, before the deep ocean catches up: AR6 best estimate about 1.8 °C. TCR is more relevant for this century's warming; ECS describes the long-run commitment.
"""),
        (H, r"""
So 2.17 W/m² × 0.8 gives 1.7 °C. But observed warming is about 1.2 °C. Where's the gap?
"""),
        (G, r"""
Good catch; three things close most of the gap.

**1. We're not at equilibrium.** The 0.8 K per W/m² applies only after the climate fully adjusts, which takes centuries because the ocean absorbs heat. Right now the Earth is still taking in more energy than it emits: the **energy imbalance** was about 0.8 W/m² over 2006–2018 in AR6, and satellite data suggest it has grown since. That unrealised portion of the forcing hasn't turned into surface warming yet.

**2. CO2 isn't the only forcing.** AR6's total human effective radiative forcing for 2019 relative to 1750 is about **2.7 W/m²**, made up of:
- CO2 ≈ +2.2
- methane ≈ +0.5, nitrous oxide ≈ +0.2, halocarbons ≈ +0.4
- **aerosols ≈ −1.1** (sulphate pollution reflects sunlight and brightens clouds)
- plus smaller terms such as ozone and land use

Aerosols cancel roughly half of the CO2 forcing, which is why they matter so much for the observed record.

**3. Timing of the comparison.** AR6 puts 2011–2020 warming at about 1.1 °C above 1850–1900; the last few years have been around 1.2–1.3 °C.

Putting it together: with ~2.7 W/m² total forcing but ~0.8 W/m² still "in the pipeline", the surface has responded to roughly 1.9 W/m². 1.9 × 0.6–0.8 ≈ 1.1–1.5 °C, consistent with observations.
"""),
        (H, r"""
What is a "carbon budget", briefly?
"""),
        (G, r"""
It's the total amount of CO2 we can still emit while staying below a given warming level with a given probability. It works because warming is roughly proportional to cumulative CO2 emissions (about 0.45 °C per 1000 GtCO2). AR6 estimated a remaining budget of **500 GtCO2 from the start of 2020** for a 50% chance of staying below 1.5 °C. At roughly 40 GtCO2 per year, that's about a decade of current emissions.
"""),
        (H, r"""
Last one: is sea level rise mostly melting ice or the ocean expanding?
"""),
        (G, r"""
Both, and the balance is shifting toward ice. AR6 attributes 1971–2018 global mean sea level rise to:

- thermal expansion: about 50%
- glacier melt: about 22%
- ice sheets (Greenland and Antarctica): about 20%
- changes in land water storage: about 8%

The rate is accelerating, from about 1.3 mm/yr in 1901–1971 to **3.7 mm/yr in 2006–2018**, and ice loss, especially from the ice sheets, has become the dominant contributor in recent years.
"""),
    ],
))

# ---------------------------------------------------------------- 015
DIALOGUES.append(dlg(
    "k11b-015", "structure", "en",
    "Structure: the answer to user turn 2 is split across two consecutive assistant messages (gpt, gpt) with no user turn between them.",
    [
        (H, r"""
What's the actual difference between a major and a minor scale? I know they "sound happy and sad" but I want the intervals.
"""),
        (G, r"""
The difference is the pattern of whole steps (W, two semitones) and half steps (H, one semitone) between consecutive notes.

**Major scale:** W – W – H – W – W – W – H
C major: C D E F G A B C

**Natural minor scale:** W – H – W – W – H – W – W
A natural minor: A B C D E F G A

Compared with the major scale on the same starting note, natural minor has a **lowered 3rd, 6th and 7th**. For example, C major is C D E F G A B; C natural minor is C D E♭ F G A♭ B♭.

The 3rd is the defining one: a major 3rd (4 semitones, C to E) versus a minor 3rd (3 semitones, C to E♭). That interval is what gives the tonic chord its major or minor quality.

Notice that C major and A natural minor use exactly the same notes, just starting in a different place. They're called **relative** keys and share a key signature (no sharps or flats).

There are two other common forms of minor:
- **Harmonic minor:** natural minor with a raised 7th (A B C D E F G♯ A).
- **Melodic minor:** raised 6th and 7th ascending (A B C D E F♯ G♯ A), traditionally natural minor descending.
"""),
        (H, r"""
Why does harmonic minor raise the 7th?
"""),
        (G, r"""
To get a **leading tone**. In A natural minor, the 7th degree is G, a whole step below the tonic A. That whole step doesn't pull strongly toward the tonic. Raising it to G♯ creates a half-step (G♯ → A), the same strong "leading tone to tonic" resolution that major keys have with B → C.

This matters most for harmony. The chord built on the 5th degree changes:

- Natural minor: **v** = E – G – B (E minor), a weak dominant.
- Harmonic minor: **V** = E – G♯ – B (E major), and **V7** = E – G♯ – B – D.

The major V and V7 contain the leading tone, and V7 also contains the tritone G♯–D, which resolves inward to A and C, the root and 3rd of the A minor tonic chord. That's what gives a minor-key cadence (E7 → Am) its sense of arrival. Composers in the common-practice period almost always used the raised 7th at cadences in minor for this reason.
"""),
        (G, r"""
There's a side effect worth knowing: raising the 7th creates an **augmented second** between the 6th and 7th degrees (F to G♯ in A minor, three semitones). Melodically it sounds exotic or "Middle Eastern" to Western ears and was often considered awkward to sing. That's the reason for **melodic minor**: raising the 6th too (F♯) when the line ascends smooths the F–G♯ leap into F♯–G♯, while keeping the leading tone. When the line descends, there's no need for a leading tone, so the natural 6th and 7th return.
"""),
        (H, r"""
What are the chords in A harmonic minor?
"""),
        (G, r"""
Stacking thirds on each degree of A harmonic minor (A B C D E F G♯):

| Degree | Chord | Notes | Quality |
|---|---|---|---|
| i | Am | A – C – E | minor |
| ii° | B° | B – D – F | diminished |
| III+ | C+ | C – E – G♯ | augmented |
| iv | Dm | D – F – A | minor |
| V | E | E – G♯ – B | major |
| VI | F | F – A – C | major |
| vii° | G♯° | G♯ – B – D | diminished |

As seventh chords, V7 is E7 (E – G♯ – B – D) and vii°7 is a fully diminished G♯°7 (G♯ – B – D – F), both strong dominant-function chords.

In practice, the III+ chord is rare; musicians usually borrow the natural-minor III (C major) when they want that chord.
"""),
        (H, r"""
Can you give me some common progressions that use these?
"""),
        (G, r"""
Here are some standard ones in A minor:

1. **i – iv – V – i:** Am – Dm – E – Am. The most basic minor-key cadence; the E major chord makes the return to Am feel final.
2. **i – VI – iv – V:** Am – F – Dm – E. Very common in pop ballads and film music.
3. **i – ii° – V7 – i:** Am – B° – E7 – Am. The minor-key version of the jazz ii–V–I; in jazz you'll often see Bm7♭5 – E7♭9 – Am.
4. **Andalusian cadence, i – VII – VI – V:** Am – G – F – E. Descending bass A–G–F–E, heard in flamenco and songs like "Hit the Road Jack". Note that it uses the natural-minor G major chord for VII, then the harmonic-minor E major at the end.
5. **i – V6 – i:** Am – E/G♯ – Am. The E chord in first inversion puts the leading tone G♯ in the bass, so the bass line moves G♯ → A by a half step.

Try playing progression 1 twice, once with Em instead of E. Hearing how much weaker the Em version resolves makes the whole point of harmonic minor very clear.
"""),
    ],
))
