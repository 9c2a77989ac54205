from gen import compose
FAM = ['child', 'spouse', 'grandchild', 'sibling']
W = [
    ('{s}契約のことをもう自分で判断できなくなってきました。', ['guard'], 'r', None),
    ('{s}通帳や印鑑をよくなくし、お金の管理ができなくなっています。', ['guard'], 'r', None),
    ('{t}公共料金の支払いを忘れて、督促状がたまっています。', ['guard'], 'r', None),
    ('{s}認知症で、預金の引き出しや解約を本人ができず、銀行で手続きが止まっています。', ['guard', 'dem'], 'r', FAM),
    ('{t}身寄りがなく、判断能力も落ちてきているので、成年後見の市長申立てが必要かもしれません。', ['guard'], 'r', ['neighbour', 'minsei_iin', 'care_manager', 'hospital']),
    ('{s}成年後見制度を利用したいと考えていますが、手続きが分かりません。', ['guard'], 'r', None),
    ('{t}元気なうちに任意後見の契約をしておきたいと言っています。', ['guard'], 'r', None),
    ('{t}お金の出し入れや支払いを手伝ってもらえるサービスを探しています。', ['guard'], 'r', None),
    ('{t}施設に入る契約を自分で結べる状態ではありません。', ['guard', 'care'], 'r', None),
    ('{t}悪質な業者との契約を繰り返してしまうので、財産を守る方法を知りたいです。', ['guard', 'fraud'], 'r', None),
    ('{t}年金が入るとすぐ使い切ってしまい、計画的にお金を使うことができません。', ['guard'], 'r', None),
    ('{n}自宅を売って施設の費用にあてたいのですが、本人の判断能力が心配です。', ['guard'], 'r', FAM + ['care_manager']),
    ('{n}お金は親族が管理していますが、使い道が不透明で心配です。', ['guard', 'abuse'], 'r', ['child', 'sibling', 'grandchild', 'neighbour', 'minsei_iin', 'care_manager']),
    ('{s}書類の内容が理解できず、役所や年金の手続きができなくなっています。', ['guard'], 'r', None),
    ('{t}物忘れが進み、お金の管理を誰に任せるか家族で話し合っています。', ['guard', 'dem'], 'r', FAM),
    ('{t}後見人をつけるとどうなるのか、費用も含めて知りたいと言っています。', ['guard'], 'r', None),
    ('{t}お金の管理ができず、電気もガスも止められて食べる物もない状態です。', ['guard'], 'u', ['neighbour', 'minsei_iin', 'care_manager', 'child', 'sibling']),
]
WEIGHTS = {'child': 9, 'spouse': 2, 'grandchild': 1, 'sibling': 2, 'neighbour': 2, 'minsei_iin': 2.5,
           'care_manager': 2.5, 'hospital': 0}


def generate():
    return compose(W, 80, seed=505, writer_weights=WEIGHTS)
