/**
 * Complaints in everyday words, as villagers, callers and officers write them: a body part or function and
 * what is wrong with it (腰疼得直不起来, 眼睛越来越看不清, 脚肿得鞋都穿不进去, 血压一直降不下来, 左手攥不住东西,
 * 耳朵背得厉害, 肺上长了东西), and the old ailments named the same way (老胃病, 老慢支). Read by their grammar —
 * part, particle, adverbs, then a predicate: a symptom word, a potential complement (V不C: 抬不起来, 看不清), a
 * degree complement (V得…: 疼得在床上打滚) — not looked up. Each is a `complaint`; the scorer asks what ties it
 * to someone, and `subject` is the strongest tie a complaint has: a person right before it in its sentence
 * (沙秀英脚肿得…, 老人肚子疼…, 她一到晚上就…) or the quotation of what someone said (自己说“…”).
 */
import type { ScanContext } from '../scan-context'
import { type Span, anyIn, firstChars, matchesFrom, nameStarts } from './health-text'

/** Body parts and functions as people speak of them; the single characters only ever with a predicate right after. */
const PARTS = [
  '半边身子', '大脚趾', '脚趾头', '心口窝', '脚底板', '脚后跟', '后脑勺', '手指头', '脑子', '脑袋', '脑壳', '心口', '心脏', '胸口', '肚子', '胃口',
  '腰杆', '后背', '脖子', '颈椎', '腰椎', '胸椎', '胫骨', '股骨', '胯骨', '肋骨', '锁骨', '脚踝', '脚趾', '腿脚', '手脚', '脚底', '手指', '手腕',
  '手心', '胳膊', '膀子', '肩膀', '膝盖', '腿', '脚', '手', '腰', '胃', '肝', '肾', '肺', '痰', '屁股', '眼睛', '眼', '耳朵', '耳', '牙齿', '牙',
  '嗓子', '喉咙', '鼻子', '头', '身子', '身上', '浑身', '刀口', '伤口', '残肢', '心跳', '小便', '大便', '关节', '骨头', '皮肤', '记性', '精神',
  '情绪', '走路', '说话', '吃饭', '睡觉', '饭量', '吞咽', '看东西', '拿筷子', '拿东西', '脑壳', '膝头骨', '膝头', '脚板心', '脚板',
  '脚背', '脚脖子', '脚趾公', '额头', '手掌', '手背', '脸上', '脸', '下巴', '鼻梁', '嘴唇', '眉骨', '嘴皮子', '舌头', '口水', '小臂', '小腿', '大腿', '胳膊肘', '腿肚子', '腰子', '眼睛前面', '眼前',
]
const SIDE = '(?:左边|右边|左侧|右侧|两边|两条|两只|一只|一条|半边|[左右双两])?'
/** what may stand between the part and the predicate: a particle, then how often or how much */
const LINK = '(?:的|上|里|下|部|子|周围|附近|末端|处|边上|里头|里面|上头|那头)?'
const ADVERB =
  '(?:一直|老是|总是|经常|常常|时常|有时候?|时不时(?:地|的)?|越来越|有点儿?|有些|还|又|也|都|就|快|已经|完全|基本|几乎|根本|特别|很|太|挺|比较|非常|严重|隐隐(?:地|的)?|一阵一阵(?:地|的)?|一阵阵|动不动就|稍微|稍一|一[\\u4e00-\\u9fff]{1,4}就|[一二三四五六七八九十几两]+(?:年|个月)(?:来|了)?|[肿蜷弯歪僵]着)'
/** what is wrong: a symptom, a state, a growth, an injury, a repair that tells of one */
const STATE =
  '(?:疼|痛|作痛|刺痛|绞痛|胀痛|酸痛|酸|麻|肿|胀|痒|抖(?!擞)|晕|聋|瞎|歪(?:着|了)?|糊涂了?|迷糊|不清亮了?|不清醒|不灵光|含混不清|含糊不清|不好使|不中用|不灵|不行了?|差|不舒服|难受|(?:有|出了?)?(?:点|些)?毛病|出了?问题|长了?[^，。；;\\n]{0,3}?东西|长了?(?:个|一个)?(?:瘤子|包|疙瘩|结节|肿块|肉|疮)|有积水|积水|破了|断了|裂了|闪了|扭了|崴了|扭伤了?|摔(?:断|裂|伤|坏|折)了?|骨折了?|受伤了?|受了伤|受了?刺激|磨破|流血|出血|带血丝?|出汗|流脓水?|红肿(?:流水|流脓)?|发炎|溃烂|化脓|干裂|愈合(?:差|不好|不了)|憋得慌|抽筋|抽搐|无力|没劲|没力气|没知觉|(?:没|莫|没得|莫得)(?:用|知觉|感觉)了?|不听使唤|不利索|不灵活|控制不住|坏了|烂了|瘫了|失明|失聪|模糊|重影|僵硬|发乌|发亮|冒金星|起不来|打绊|勾着|蜷着|糊着|哭坏了|昏沉沉的?|昏戳戳的?|不记事儿?了?|(?:往外)?渗(?:黄)?水|截了|截掉了?|只剩(?:下)?光感|萎缩|变形|积液|结石|低落|减少|下降|一瘸一拐|打颤|哆嗦|发[麻木胀酸紧黑紫白烫软沉闷]|(?:[开划破磕碰摔割]|豁)了?(?:[一两几]?[道个条处])?(?:大|小|深)?(?:口子|血口子)|缝了[^，。；;\n]{1,3}针|(?:做过|动过|做了)手术|开过刀|要(?:人)?扶(?:墙|着)?|(?:放|装|做|搭|上|打)了?(?:支架|桥|起搏器|钢板|石膏)|(?<!头)像[^，。；;\\n”"]{1,10}|(?:跟|好像|就像)[^，。；;\\n”"]{1,10}(?:一样|似的))'
/** what only the eyes and ears are said to be: 眼花, 耳朵背 (not 头花, 手背) */
const SENSE = '(?:(?:眼睛|眼|耳朵|耳)(?:有点儿?|越来越|也|还|都|很|太|特别)?(?:花|背)|嘴(?:巴)?(?:歪|斜)(?:着|了)?)(?!式)'
/** a measurement said to be off: 血压一直有点高, 血糖降不下来 */
const MEASURED = '(?:血压|血糖|血脂|尿酸)(?:一直|老是|总是|有点儿?|有些|也|都|还|又|特别|很|太|偏|比较)*(?:高|低|降不下来|控制不住|控制不好|不稳定?|忽高忽低)'
/** a potential complement: the part cannot do its work (抬不起来, 看不清, 说不清楚, 攥不住东西, 使不上劲) */
const CANNOT = '[\\u4e00-\\u9fff]不(?:起来|下去|进去|住|动|直|清楚?|见|着|稳|下|上来?|开|弯|了|拢|平)(?:[\\u4e00-\\u9fff]{0,2}?(?:东西|气|路|饭|觉|话|腰|身|劲|力))?'
/** a degree complement running to the clause's end (疼得在床上打滚, 肿得鞋都穿不进去, 背得厉害) */
const SO_MUCH = '(?:疼|痛|肿|背|喘|咳|烧|晕|痒|难受|抖|麻|胀|昏|磨)得[^，,。；;\\n”"」]{1,14}'
/** an organ said to be failing: 心脏不好, 吞咽也不太好 (不好 of a limb or of 身体 says too little) */
const ORGAN_POOR = '(?:吞咽|心脏|肾|肝|胃|肺)(?:也|都|一直)?不(?:太|大)?好'
const COMPLAINT = new RegExp(`${MEASURED}|${ORGAN_POOR}|${SENSE}(?:得[^，,。；;\\n”"」]{1,8})?|${SIDE}(?:${PARTS.join('|')}){1,2}${LINK}${ADVERB}{0,3}(?:${SO_MUCH}|${CANNOT}|${STATE})`, 'y')
const FIRST = firstChars([...PARTS, '嘴', '血压', '血糖', '血脂', '尿酸', '左', '右', '两', '一', '半', '双'])

/**
 * What is said without a body part: an old ailment by its colloquial name (老胃病, 老慢支), a night or a meal that
 * goes wrong (睡不着觉, 吃不下饭), a cough that will not stop, a fever with its height, a habit that is an
 * illness (酒瘾, 自言自语), a medicine named by what it treats (降压药, 抗抑郁的药), a treatment in everyday words
 * (放化疗, 长效针, 住了两个多月院).
 */
const NAMED = new RegExp(
  [
    '老(?:胃病|肺病|心脏病|肝病|腰病|慢支|寒腿|气管炎|哮喘|风湿)',
    '夜尿(?:多|频繁?)',
    '(?:晚上|夜里|(?:整夜){1,2}|整宿)?(?:睡不着觉?|吃不下饭?|喘不上气|走不动路?|站不稳|躺不下)',
    '(?:一直|老是|总是|经常|反复)(?:咳嗽?|喘|吐|拉肚子|发烧|低烧|头晕|失眠)',
    '发(?:高|低)?烧(?:到|至)?[0-9.]+(?:度|℃)',
    '(?:咳|喘|疼|痛)得[^，,。；;\\n”"」]{1,12}',
    '(?:老是|总是|经常|一个人)?(?:自言自语|掉眼泪)',
    '酒瘾(?:很?大|重)?|毒瘾',
    '反酸水?|吐酸水|烧心',
    '驼背(?:明显)?',
    '瘫(?:痪)?在床上?|卧床不起',
    '大小便(?:不能自理|失禁)|小便失禁|大便失禁|尿裤子|尿床',
    '(?:连[^，。；;\\n]{1,4}都)?认不出(?:来|人)?',
    '喝水(?:老是|总是|经常|容易)?呛(?:咳)?',
    '(?:夜里|晚上)(?:还是|老是|总是|经常)?(?:容易)?惊醒',
    '瘦了(?:一大圈|[0-9一二三四五六七八九十几]+斤)|长胖了[0-9一二三四五六七八九十几]+斤',
    '不会说话|不能独坐|不能站立|不能行走|不会走路',
    '记不住[^，。；;\\n”"]{0,10}',
    '(?:上|走|爬)[^，。；;\\n]{1,5}?就(?:要)?(?:喘|歇|累)[^，。；;\\n”"]{0,4}',
    '话(?:也)?说不清楚?',
    '犯病(?![时的])|病又犯了|又犯病了?',
    '住了[^，。；;\\n]{1,5}院',
    '放化疗|长效针(?:剂)?|神经衰弱',
    '缝了[一二三四五六七八九十几两0-9]+针',
    '透[一二三两几]回析|(?:屙|拉)了[一二三两几]?[天回次]?肚子|见了红|保胎|剖腹产|怀(?:了|着)?(?:头胎|二胎|三胎|第[二三]胎)',
    '(?:整宿){1,2}不睡觉?|(?:晚上|夜里)(?:常|老|总)?做噩梦|不认人',
    '(?:觉得)?活着(?:没意思|挺累|太累|没劲|没盼头)[的了]?|不想活了?|想寻短见',
    '吃饭(?:都|也)?(?:得|要)(?:人)?喂',
    '(?:心脏|冠脉)(?:支架|搭桥)(?:手术)?|(?:放|装|做)(?:了|过)(?:[一二三两几]个)?支架',
    '(?:吃|服用|在吃|停了)?抗(?:抑郁|精神病|排异|癫痫)的?药(?:物)?',
  ].join('|'),
  'y',
)
const NAMED_FIRST = firstChars(['缝', '透', '屙', '拉', '见', '保', '剖', '怀', '整', '不', '神', '觉', '活', '想', '记', '上', '爬', '不', '瘦', '心', '冠', '装', '做', '老', '夜', '晚', '整', '睡', '吃', '喘', '走', '站', '躺', '一', '总', '经', '反', '发', '咳', '疼', '痛', '自', '掉', '酒', '毒', '吐', '烧', '驼', '瘫', '卧', '大', '小', '尿', '连', '认', '喝', '话', '犯', '病', '又', '住', '放', '长', '服', '在', '停', '抗', '降', '靶', '止', '安'])
/** a single-character part inside another word (回头, 着手, 亲眼, 山脚, 跑腿, 心肝): not the body */
const WORD_BEFORE: Record<string, string> = { 头: '回抬低带点摇开起到源桥街码口镜钟龙苗念彩劲甜苦风派最人很真', 手: '着动对选帮助新老高能歌水凶扒拿棋放撒上下分联转人', 眼: '着亲放字心眨满转', 脚: '山注阵落歇插', 腿: '跑狗火', 肝: '心', 耳: '木银刺悦入' }

/** Not a complaint: a problem, a class of people, a hypothetical. */
const NOT_AFTER = /^(?:的(?:问题|事|是|人|患者|群众|老人)|人群|患者|病人|者|等|式|使用|推广)/
const NOT_BEFORE = /(?:防止|预防|避免|以免|如果|如|若|一旦|是否|会不会|怕|担心|防|谨防|注意|等|要是|万一|假如|以为)[^，。；;\n]{0,3}$/
/** the words a clause's person is named by (a name is found by the name detectors) */
const PERSON_BEFORE = /(?:她|他|其|老人|老伴儿?|孩子|本人|自己|患者|母亲|父亲|妈妈|爸爸|妻子|丈夫|爱人|媳妇|儿子|女儿|老太太|老爷子|老汉|大爷|大娘|奶奶|爷爷|产妇|孕妇|患儿)(?:[^，。；;\n“”"]{0,10})$/
/** a quotation of what someone said: 说“…”, 称：“…” */
const QUOTED = /(?:说|称|讲|反映|诉|表示|自述|写道|告诉)[^，。；;\n“”"]{0,4}[:：]?\s*[“"「][^”"」\n]{0,30}$/

/**
 * Who a condition at `start` is said of, when its own clause says it: a person named or referred to before it in
 * the clause (at most 16 characters back), '' then, or the quotation of what someone said, '说'; null when neither.
 */
export function subjectBefore(text: string, start: number, names: Int32Array): string | null {
  if (QUOTED.test(text.slice(Math.max(0, start - 16), start))) return '说'
  let cs = start
  while (cs > 0 && start - cs < 16 && !'，,。；;！？!?\n'.includes(text[cs - 1] ?? '')) cs--
  return anyIn(names, cs, start) || PERSON_BEFORE.test(text.slice(cs, start)) ? '' : null
}

/** The complaints in the text, each with `subject` when a person stands right before it. */
export function colloquialComplaints(ctx: ScanContext, add: (start: number, end: number, word: string, named: boolean) => Span | null): void {
  const text = ctx.text
  let names: Int32Array | null = null
  const found = (start: number, end: number, word: string, named: boolean): void => {
    if (NOT_AFTER.test(text.slice(end, end + 4))) return
    const lead = text.slice(Math.max(0, start - 16), start)
    if (NOT_BEFORE.test(lead)) return
    const sp = add(start, end, word, named)
    if (!sp) return
    names ??= nameStarts(ctx)
    const said = subjectBefore(text, start, names)
    if (said !== null) sp.evidence.set('subject', said)
  }
  matchesFrom(text, FIRST, COMPLAINT, (start, m) => {
    if (start > 0 && WORD_BEFORE[m[0][0] ?? '']?.includes(text[start - 1] ?? '')) return
    found(start, start + m[0].length, m[0].slice(0, 8), false)
  })
  matchesFrom(text, NAMED_FIRST, NAMED, (start, m) => found(start, start + m[0].length, m[0], true))
}
