from c_common import conv, item

D009 = item(9, "good", "ja",
"Japanese film recommendations: suggestions follow the user's taste (Parasite, then something lighter), a spoiler-free description of the chosen film, and a short friendly close.",
conv(
"""週末に一人で映画を観たいんですが、おすすめはありますか？最近『パラサイト 半地下の家族』を観て、すごく面白かったです。""",
"""『パラサイト』が好きなら、社会的なテーマとジャンル映画の面白さが両立している作品が合いそうです。いくつか挙げますね。

- **『殺人の追憶』（2003年／ポン・ジュノ監督）**
  同じ監督の初期の代表作です。実際の未解決連続殺人事件をもとにした刑事ものですが、笑えるシーンと重いシーンの落差は『パラサイト』に通じるものがあります。
- **『母なる証明』（2009年／ポン・ジュノ監督）**
  息子の無実を信じる母親の物語。後半の展開に驚かされます。
- **『万引き家族』（2018年／是枝裕和監督）**
  カンヌのパルム・ドール受賞作で、『パラサイト』の前年の受賞です。「家族」と貧困を描くという点でよく比べられます。
- **『ゲット・アウト』（2017年／ジョーダン・ピール監督）**
  ホラーの形を借りた社会風刺。一人でじっくり観るのにぴったりです。

ポン・ジュノ監督の作風が気に入ったなら、まずは『殺人の追憶』から観るのがおすすめです。""",
"""『万引き家族』は観ました。もう少し明るめの作品がいいかも。""",
"""では、観終わった後に気分が上がるけれど、よくできた作品を選んでみます。

- **『カメラを止めるな！』（2017年／上田慎一郎監督）**
  低予算のインディーズ映画ながら口コミで大ヒットしたコメディです。構成の巧みさは『パラサイト』好きの人にも刺さると思います。
- **『ナイブズ・アウト／名探偵と刃の館の秘密』（2019年／ライアン・ジョンソン監督）**
  お屋敷を舞台にした現代版の推理もの。軽快ですが、格差のテーマも少し入っています。
- **『グランド・ブダペスト・ホテル』（2014年／ウェス・アンダーソン監督）**
  絵本のような色彩とテンポの良い会話が楽しい冒険コメディです。

どれも2時間前後なので、週末に一本観るのにちょうどいい長さです。""",
"""『カメラを止めるな！』が気になります。ネタバレなしでどんな映画か教えてください。""",
"""ネタバレなしで説明しますね。

物語は、山奥の廃墟でゾンビ映画を撮影している撮影隊から始まります。撮影中に「本物」のゾンビが現れて……というのが入り口です。冒頭の約37分はワンカット（カメラを止めずに一度で撮影）で撮られていて、手作り感のある映像が続きます。

観るときのポイントは一つだけです。**最初の30分ほどで「あれ？」「ちょっと変だな」と感じても、絶対に途中でやめないでください。** この映画の面白さは後半にあり、前半で感じた違和感にはすべて意味があります。

製作費は約300万円と言われる小さな作品ですが、最初はわずか2館での上映から全国公開へと広がりました。なるべく予告編やレビューを見ずに、何も知らない状態で観るのがいちばん楽しめます。""",
"""ありがとうございます！観てみます。""",
"""どういたしまして！前半で「あれ？」と思っても、ぜひ最後まで観てくださいね。観終わったら、感想を聞かせてもらえると嬉しいです。""",
))

D013 = item(13, "good", "ko",
"Korean philosophy tutoring on the trolley problem: setup, why intuitions differ, utilitarian vs Kantian answers, and an exam-answer structure, all accurate and building on each other.",
conv(
"""트롤리 딜레마가 뭔지 간단히 설명해 줄 수 있나요? 철학 수업에서 나왔는데 잘 이해가 안 돼요.""",
"""트롤리 딜레마는 1967년 영국 철학자 필리파 풋(Philippa Foot)이 처음 제시하고, 이후 주디스 자비스 톰슨(Judith Jarvis Thomson)이 발전시킨 사고실험이에요.

**기본 상황(스위치 사례)**
브레이크가 고장 난 트롤리가 선로를 따라 달려오고 있고, 그 앞에는 다섯 명이 묶여 있어요. 당신은 레버 옆에 서 있는데, 레버를 당기면 트롤리가 옆 선로로 방향을 바꾸고, 그곳에는 한 명이 있어요. 레버를 당겨야 할까요?
→ 설문을 해 보면 대부분의 사람들이 "당긴다"고 답해요.

**변형 상황(육교 사례)**
이번에는 선로 위 육교에 서 있어요. 옆에 있는 덩치 큰 사람을 밀어 떨어뜨리면 그 사람의 몸이 트롤리를 멈춰 다섯 명을 구할 수 있어요.
→ 이번에는 대부분의 사람들이 "밀지 않는다"고 답해요.

**왜 문제가 되나요?**
두 경우 모두 결과는 "한 명이 죽고 다섯 명이 산다"로 똑같아요. 그런데 우리의 직관은 전혀 다르게 반응하죠. 그렇다면 도덕적 판단에서 결과 말고 무엇이 중요한지, 그리고 그 차이를 어떤 원리로 설명할 수 있는지가 이 딜레마의 핵심 질문이에요.""",
"""왜 사람들은 레버는 당기는데 사람은 안 밀까요? 결과는 똑같잖아요.""",
"""좋은 지점을 짚으셨어요. 철학자들은 이 차이를 몇 가지 방식으로 설명해요.

1. **이중 효과의 원리 (토마스 아퀴나스에서 유래)**
   나쁜 결과를 *수단으로* 이용하는 것과, 좋은 행동의 *부수적 결과로* 예견만 하는 것은 도덕적으로 다르다는 원리예요. 스위치 사례에서 한 명의 죽음은 부수 효과예요. 그 사람이 없어도 다섯 명은 살아요. 반면 육교 사례에서는 그 사람의 몸 자체가 트롤리를 멈추는 수단이에요.

2. **하는 것과 허용하는 것의 구분**
   직접 해를 가하는 것과 이미 진행 중인 해악의 방향을 바꾸는 것은 다르다는 주장이에요. 밀기는 새로운 위협을 만드는 행위에 가깝죠.

3. **칸트적 설명**
   사람을 밀어 떨어뜨리는 것은 그를 목적이 아니라 단지 수단으로 대하는 것이에요.

4. **심리학적 설명**
   조슈아 그린(Joshua Greene)의 fMRI 연구에 따르면, 육교 사례처럼 직접 신체적인 힘을 쓰는 "개인적" 상황에서는 감정과 관련된 뇌 영역이 더 강하게 활성화돼요. 그린은 이것이 직관 차이의 한 원인이라고 봐요.

앞의 세 가지는 "직관이 옳은 이유"를 찾는 설명이고, 네 번째는 "직관이 왜 생기는지"를 설명할 뿐 옳다고 보장하지는 않는다는 점을 구분해 두면 좋아요.""",
"""공리주의랑 칸트 윤리학 입장에서 보면 각각 어떻게 답하나요?""",
"""**공리주의 (벤담, 밀)**
행위의 옳고 그름은 결과, 즉 전체 행복(효용)으로 판단해요.
- 스위치 사례: 당겨야 해요. 한 명보다 다섯 명을 살리는 것이 더 큰 효용이니까요.
- 육교 사례: 원칙적으로는 밀어야 한다는 결론이 나와요. 이 결론이 직관과 크게 충돌한다는 점이 공리주의에 대한 대표적인 비판이에요.
- 다만 **규칙 공리주의**는 "무고한 사람을 수단으로 죽여도 된다"는 규칙이 사회 전체의 신뢰를 무너뜨려 오히려 효용을 낮춘다고 보고, 밀지 말아야 한다고 답할 수도 있어요.

**칸트 윤리학**
행위의 옳고 그름은 결과가 아니라 의무와 준칙에 달려 있어요. 핵심은 "인간을 결코 단지 수단으로만 대하지 말고 항상 동시에 목적으로 대하라"는 인간성 정식이에요.
- 육교 사례: 명확하게 밀면 안 돼요. 그 사람을 순전히 도구로 쓰는 것이니까요.
- 스위치 사례: 칸트주의자들 사이에서도 의견이 갈려요. 한 명을 수단으로 쓰는 것은 아니기 때문에 허용된다고 보는 사람도 있고, 적극적으로 죽음을 초래하는 행위 자체가 문제라고 보는 사람도 있어요.

정리하면, 공리주의는 두 사례를 같게 보고, 칸트 윤리학은 두 사례를 다르게 볼 근거를 제공한다는 것이 가장 큰 차이예요.""",
"""시험에 나오면 어떻게 정리해서 쓰면 좋을까요?""",
"""서술형이라면 이런 구조로 쓰면 논리가 깔끔하게 보여요.

1. **문제 제시**: 풋과 톰슨이 제시한 사고실험이라는 점과 스위치·육교 두 사례를 짧게 설명해요.
2. **쟁점 정리**: 결과는 같지만 직관은 다르다는 점, 그래서 "결과 외에 무엇이 도덕적으로 중요한가"가 쟁점이라고 써요.
3. **이론 비교**: 공리주의(두 사례 모두 다섯 명 구하기, 규칙 공리주의의 보완)와 칸트 윤리학(인간성 정식, 육교 사례 금지)을 대비해요.
4. **추가 설명**: 이중 효과의 원리나 그린의 연구를 한 문단 정도 덧붙이면 깊이가 생겨요.
5. **자기 견해**: 어느 입장이 더 설득력 있는지, 그리고 그 입장의 약점은 무엇인지까지 짧게 언급하고 마무리해요.

마지막 단계에서 자기 입장의 약점을 인정하면 채점자에게 균형 잡힌 답안이라는 인상을 줄 수 있어요.""",
))

D016 = item(16, "good", "en",
"Escape-room host role-play: short in-character replies that describe the room, reveal clues consistently (the bird counts give the code 3172) and give a proper hint when asked.",
conv(
"""You're the host of an escape room called "The Alchemist's Study". We're a team of four and we have 60 minutes. Start us off!""",
"""Welcome, apprentices! The Alchemist vanished a century ago, and his study has been sealed ever since. Somewhere in this room lies the formula for his final elixir. Find it and unlock the iron door within 60 minutes. You may ask me for three hints. Your time begins... now!""",
"""We see a bookshelf, a desk with a locked drawer, a globe, and a painting of a cat. We're checking the desk first. What's on it?""",
"""On the desk you find an inkwell, a quill, a brass candlestick and a letter sealed with red wax. The drawer is held shut by a four-digit combination lock.""",
"""We open the letter.""",
"""The letter reads: "My dearest Pip knows what I cherish most. Count as he would count." It is signed with a single letter: A.""",
"""Pip must be the cat in the painting. We look at the painting closely.""",
"""Good instinct. The cat sits on a windowsill, staring outside. On a branch beyond the window, you can see 3 crows, 1 owl, 7 sparrows and 2 magpies, in that order from left to right. One side of the frame looks slightly loose.""",
"""Try 3172 on the drawer.""",
"""*click* The drawer slides open! Inside you find a small glass vial sealed with a cork, and a brass key engraved with a tiny globe. Fourteen minutes gone. Nicely done!""",
"""We'll use a hint: what do we do with the globe key?""",
"""Hint one of three: the Alchemist never forgot where he came from. The name of his birthplace is written somewhere on the bookshelf. Find that city on the globe, and you'll find where the key belongs.""",
))

D018 = item(18, "good", "en",
"Philosophy discussion of the Ship of Theseus and personal identity; accurate positions and names, a correction of the 'all cells are replaced' myth, and a balanced personal view.",
conv(
"""I keep thinking about the Ship of Theseus. If every plank is replaced, is it the same ship? What do philosophers actually say?""",
"""It's one of the oldest puzzles about identity. Plutarch reports that the Athenians kept Theseus's ship and replaced its rotting timbers one by one, and that philosophers argued over whether it was still the same ship. Thomas Hobbes later made it harder: suppose someone collects all the discarded planks and builds a second ship from them. Which of the two is Theseus's ship?

The main answers:

- **Spatio-temporal continuity.** The repaired ship is the original, because it has a continuous history in one place, with gradual change and a continuous function. This is probably the commonsense view.
- **Mereological essentialism.** Roderick Chisholm argued that, strictly speaking, an object can't survive losing any of its parts. On this view, even one new plank gives you, strictly speaking, a new ship; we just talk loosely.
- **Four-dimensionalism (perdurantism).** Philosophers such as Ted Sider and David Lewis treat objects as extended in time, with "temporal parts". The repaired ship and the reassembled ship may share earlier temporal parts, so the puzzle becomes a question about which sequence of stages our word "ship" picks out.
- **Conventionalism.** There's no deep fact of the matter; "same ship" depends on our purposes. A museum might care about the original material, while a ship's registry cares about continuity.

It also helps to separate two kinds of sameness. *Qualitative* identity means being exactly alike. *Numerical* identity means being one and the same thing. The puzzle is about numerical identity, and that's why it's so slippery.""",
"""Does this apply to people? My cells get replaced too.""",
"""Yes, and that's where the puzzle gets personal. A quick factual correction first, though: the popular claim that "every cell in your body is replaced every seven years" isn't true. Skin and gut lining turn over quickly, but most neurons in your cerebral cortex stay with you for life, and so do the cells at the centre of the eye's lens. So the biology is more mixed than the myth suggests.

Philosophically, the main views on **personal identity** are:

- **Psychological continuity.** John Locke argued that what makes you the same person is consciousness, especially memory. You are the person whose experiences you can remember.
- **Thomas Reid's objection.** A brave officer remembers being flogged as a boy. As a general, he remembers the officer but not the boy. On Locke's view the general is the officer and the officer is the boy, yet the general isn't the boy. Identity is transitive, so pure memory can't be the whole story. Later theorists responded with overlapping chains of memories, intentions and character.
- **Biological or animalist views.** Eric Olson and others hold that you are a human organism, and you persist as long as that organism keeps living.
- **Derek Parfit.** In *Reasons and Persons* (1984) he used teletransporter and fission cases to argue that personal identity is not "what matters". What matters is psychological connectedness and continuity, and that can come in degrees.

So your cells matter less to most of these theories than your memories, your body as a living organism, or the continuity of your mental life.""",
"""Which view do you find most convincing?""",
"""I find Parfit's approach the most persuasive, with one caveat.

His key point is that once you know all the facts about bodies, brains and psychological connections, there may be no further fact about whether it's "really" the same person. In ordinary life continuity and identity go together, so the question never comes up. The puzzles only arise in strange cases like fission or gradual replacement, and in those cases insisting on a yes-or-no answer looks like a demand of language rather than of reality. That also fits how I'd answer the ship puzzle: once you've described both ships' histories, nothing is left out.

The caveat is that this view feels wrong from the inside. If I'm told that tomorrow someone psychologically continuous with me will be in pain, I care about that pain in a special way that Parfit's view struggles to justify. Animalists can explain this concern more easily: that future person is this very organism.

So I'd say Parfit gives the best account of what we should care about, while animalism is a strong competitor about what we actually are. Which way do your intuitions pull in the teletransporter case?""",
))
