from gen import compose
FAM = ['child', 'spouse', 'grandchild', 'sibling']
OUT = ['neighbour', 'minsei_iin', 'care_manager', 'hospital']
W = [
    ('{s}同居の息子から叩かれているようで、腕にあざがありました。', ['abuse'], 'u', None),
    ('{s}家族に突き飛ばされて転び、けがをしたと話しています。', ['abuse'], 'u', None),
    ('{s}同居の家族から毎日のように怒鳴られ、「早く死ね」と言われているようです。', ['abuse'], 'r', None),
    ('{s}年金や通帳を同居の家族に取り上げられ、自分で使えるお金がないと言っています。', ['abuse'], 'r', None),
    ('{s}家族に無視されたり、食事を別にされたりしていて、つらそうです。', ['abuse'], 'r', None),
    ('{s}寝たきりなのに、同居の家族がおむつを替えず、食事もきちんと与えていないようです。', ['abuse'], 'u', OUT + ['child', 'sibling', 'grandchild']),
    ('{s}家族に部屋に鍵をかけられて、自由に外に出られないようです。', ['abuse'], 'u', None),
    ('{t}家の中がゴミであふれていて、食事もとらず、薬も飲んでいないようです。', ['abuse'], 'u', ['child', 'grandchild', 'sibling', 'neighbour', 'minsei_iin', 'care_manager']),
    ('{t}家の周りにゴミがたまっていますが、本人は片付けを拒んでいます。食事はとれているようです。', ['abuse'], 'r', ['child', 'grandchild', 'sibling', 'neighbour', 'minsei_iin', 'care_manager']),
    ('{s}入所している施設で、職員から乱暴に扱われているようで、顔に傷がありました。', ['abuse'], 'u', FAM),
    ('{s}入所している施設の職員の言葉づかいがきつく、本人がおびえています。', ['abuse'], 'r', FAM),
    ('{s}親族に預金を勝手に引き出されているようです。', ['abuse'], 'r', None),
    ('{s}家族から「言うことを聞かない」と叩かれているようです。認知症があります。', ['abuse', 'dem'], 'u', None),
    ('{t}認知症があり、家族が通帳を管理したまま本人の生活費を渡していないようです。', ['abuse', 'dem'], 'r', None),
    ('{t}以前は家族に手をあげられていたそうですが、今は暴言だけになったと言っています。', ['abuse'], 'r', None),
    ('{s}いま家族に殴られていると、泣きながら電話してきました。', ['abuse'], 'e', FAM),
    ('{s}この寒さの中、家から閉め出されて外でうずくまっています。', ['abuse'], 'e', ['neighbour']),
    ('{s}暖房のない部屋で過ごしていて、同居の家族が食事を用意していないようです。', ['abuse'], 'u', ['child', 'grandchild', 'sibling', 'neighbour', 'minsei_iin', 'care_manager']),
    ('{s}介護疲れの家族から、最近きつい言葉を浴びせられることが増えています。', ['abuse', 'cg'], 'r', ['child', 'grandchild', 'sibling', 'neighbour']),
]
WEIGHTS = {'child': 6, 'spouse': 0.5, 'grandchild': 1.5, 'sibling': 1.5, 'neighbour': 5, 'minsei_iin': 3,
           'care_manager': 2, 'hospital': 0}


def generate():
    return compose(W, 66, seed=404, writer_weights=WEIGHTS)
