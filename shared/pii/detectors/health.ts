/**
 * HEALTH: a person's condition, as a careful reader sees it. A condition word (a disease from the curated
 * list or THUOCL's medical words, an injury, a symptom, a treatment that reveals one, a test result, a lab
 * value) is grown to the whole condition with its qualifiers (慢性肾功能衰竭（尿毒症期）, 2型糖尿病,
 * 宫颈癌三期, 左肩锁骨骨折) and scored by a small logistic model (data/health-model.ts) over the evidence
 * that it is somebody's: a verb that ties it to someone (确诊, 诊断为, 患有, 出现, 伴, 诉), a label
 * (症状：, 诊断：, 既往史：), a person in the sentence or the document, a list with other conditions — and
 * the evidence that it is not: statistics (共有确诊病例37例, 患者规范管理率) and programmes (两癌筛查活动,
 * 全国爱眼日). Disability category and level, pregnancy and family-planning terms, mental-health and
 * minors' markers, and cells under 病种/残疾类别 headers as before. A heading names a programme, not
 * someone's condition, and a 《title》 is a document.
 */
import { emit, type ScanContext } from '../scan-context'
import { columnReason, withReason } from '../interned'
import { healthLexicon, personIndicators } from '../data/health-lexicon'
import { healthModel, type HealthClass, type HealthEvidence } from '../data/health-model'
import { alternation, lineStartOf } from '../context'
import type { LexiconKey } from '../lexicons'

const DISABILITY =
  /(?:(?:双眼|单眼|左眼|右眼|双耳|左耳|右耳)?(?:视力|听力|言语|肢体|智力|精神|多重|视听)(?:残疾|障碍)(?:[一二三四1-4]级)?)|(?:视力|听力|言语|肢体|智力|精神)[一二三四1-4]级|[一二三四1-4]级(?:视力|听力|言语|肢体|智力|精神|多重)?残疾|(?:重度|中度|轻度|极重度)残疾|残疾(?:等级|类别|程度)(?:[:：]|为|是)?[一二三四1-4]级|残疾(?:类别|类型)(?:[:：]|为|是)?(?:视力|听力|言语|肢体|智力|精神|多重)(?:残疾)?(?:[一二三四1-4]级)?|伤残[一二三四五六七八九十]{1,2}级|[一二三四五六七八九十]{1,2}级伤残/g
const FIELD = /^残疾(?:等级|类别|程度|类型)/
const TERMS: readonly [LexiconKey, string, number][] = [
  ['pregnancy', 'health-pregnancy', 0.6],
  ['mental', 'health-mental', 0.5],
  ['minors', 'health-minor', 0.5],
]
const PERSON = new RegExp(alternation(personIndicators))
/** 建议怀孕后…, 暂缓怀孕, 纳入孕产妇系统管理, 残疾儿童康复救助: advice and programmes */
const GUIDANCE_BEFORE = /(?:[0-9一二三四五六七八九十两]+名|免费|建议|暂缓|计划|择期|拟|避免|准备|纳入|发现已|防止|预防|对于|高危)[^，。；\n]{0,2}$/
const GUIDANCE_AFTER = /^(?:[”"]?(?:预约|服务|项目|活动)|风险(?:评估|筛查|评定)|个案|医生|医师|门诊|病房|系统管理|专案管理|保健|健康管理|后[0-9]|的[，,]|康复救助|救助|定点|机构|补贴|保障|关爱|工作)/
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节部分]|关于)/
const HEADING_END = /(?:名单|公示|公告|通知|通报|情况|汇总|报告|统计表|一览表|名册|清单)\s*$/
const GENERIC = new Set(healthLexicon.generic)
/** Figures about a population in the same sentence. */
const STATISTICS = /\d(?:\.\d+)?\s*%|率为|\d(?:\.\d+)?\s*万?(?:例|人次|人|名)|(?:发病|患病|死亡|管理|检出|报告|筛查|接种)(?:率|数)|居前|万人|‰|\/10万/
/** An accident and 致 before a condition: 高处坠落致, 车祸导致, 被犬咬伤致 */
const CAUSE_BEFORE = /(?:[\u4e00-\u9fff]{0,2}(?:坠落|坠楼|摔伤|摔倒|跌倒|滑倒|车祸|交通事故|撞击|撞伤|溺水|触电|外伤|殴打|咬伤|砸伤|挤压|烧伤|烫伤)|被[\u4e00-\u9fff]{1,4}(?:咬伤|撞伤|打伤|砸伤|刺伤))后?(?:致|导致|造成)$/
/** A diagnosis verb right before the condition is part of the finding: 确诊为新冠肺炎 says who has what. */
const DIAGNOSIS_VERB = new RegExp(`(?:${alternation(healthLexicon.diagnosisVerbs)})了?$`)

/** Qualifiers that may precede a condition word and belong to it: kind, side, body part, type. */
const BEFORE_CONDITION = new RegExp(
  '(?:(?:[IVX]+度|[一二三]度|剧烈|明显|轻微|严重|压缩性|爆裂性|吸入性|压迫性|外伤性|创伤性|感音神经性|神经性|药物性|酒精性|病理性|应激性|器质性|功能性|痉挛型|囊型|混合型|单纯型|急性期|慢性期|恢复期|阵发性|持续性|间断|间歇性|夜间|远端|近端|无移位|移位|(?:非)?ST段(?:抬高|压低)型|广泛前壁|前间壁|前壁|下壁|侧壁|散在|多发|大片|少量|慢性|急性|亚急性|原发性|继发性|先天性|遗传性|过敏性|感染性|病毒性|细菌性|阻塞性|缺血性|出血性|outer|复发性|难治性|活动性|陈旧性|粉碎性|开放性|闭合性|多发性|弥漫性|转移性|恶性|良性|重度|中度|轻度|极重度|重症|晚期|早期|中晚期|双侧|单侧|左侧|右侧|双|左|右|[0-9]+型|[IVX]+型|[一二三四]型|' +
    '头部|头皮|颅内|颅|脑干|脑|面部|眼部|眼|耳|鼻|口腔|牙|颈部|颈椎|颈|肩部|肩|锁骨|胸部|胸椎|胸|肋骨|背部|腰部|腰椎|腰|腹部|腹|臀部|髋关节|髋|骨盆|股骨颈|股骨|大腿|膝关节|膝|小腿|胫骨|腓骨|踝关节|踝|足部|足|脚|手指|手掌|手腕|手部|手|腕|前臂|上臂|肱骨|桡骨|尺骨|' +
    '肺部|肺|肝脏|肝|肾脏|肾|心脏|心|胃|肠|脾|胆囊|胆|胰腺|甲状腺|乳腺|乳房|子宫|宫颈|卵巢|前列腺|膀胱|皮肤|全身|双下肢|下肢|上肢|四肢|软组织|脊柱|脊髓|冠状动脉|血管|神经|淋巴结|骨髓|血液|呼吸道|消化道|泌尿系统?))+$'.replace('outer|', ''),
)
/**
 * A body-part phrase before an injury or condition (右手中指末节, 腰1椎体, 右下肢膝上, 躯干及四肢): body
 * words with sides, levels and joins, holding at least one body word.
 */
const BODY = '骶关眶颧颌髌趾头颈肩臂肘腕手掌指胸背腰腹臀髋腿膝踝足趾脚眼耳鼻口唇舌牙颅脑面额颞枕骨皮肤肺肝肾心胃肠脾胆胰腺乳宫卵巢膀胱尿道椎胫腓股肱桡尺锁肋盆脊髓神经血管脉躯干肢体'
const BODY_PHRASE = new RegExp(`(?:(?:中(?=指)|[上下左右双侧前后内外远近端部末节环拇食小及、0-9L第])*[${BODY}]){1,6}[上下左右双侧前后远近端部末节体区及]*$`)
/**
 * Other qualifiers that belong to the condition: a kind ending in 性/型 (血管性痴呆, 痉挛型脑性瘫痪,
 * 吸入性烟雾损伤), a time or setting (产后出血, 耐多药肺结核, 高原红细胞增多症), an organ's function
 * (排尿功能障碍).
 */
const KIND_BEFORE = /(?:[左右双]?侧?第[0-9一二三四五六七八九十、\-～至]+|爆裂|粉碎|压缩|撕脱|横断|不完全性|(?:(?![患有因为是诊确查出现伴致的了和与及在于被性型])[\u4e00-\u9fff]){1,3}[性型](?:烟雾)?|产后|产前|术后|病后|伤后|耐多药|耐药|高原|妊娠期|妊娠|老年性|小儿|新生儿|先天|双眼|单眼|左眼|右眼|双耳|创口|伤口|切口|(?:认知|运动|吞咽|言语|排尿|排便|肾|肝|心|肺|视|听|性|生殖)功能|排尿|排便|认知|运动|吞咽|言语|α-|β-)$/
/** A substance before 中毒 or 过敏: 有机磷农药中毒, 青霉素类药物过敏 */
const SUBSTANCE = /[^时在因致的了后，。；、\s（(]{1,6}$/
/** Conditions joined into one: 2型糖尿病并发周围神经病变, 骨折伴不完全性截瘫, 脊髓损伤致双下肢截瘫 */
const JOIN = /^(?:并发|合并|伴有|伴|致|导致|引起|继发|并|及|、)$/
/** What may follow a condition word and belong to it: stage, grade, phase, a bracketed qualifier. */
const AFTER_CONDITION =
  /^(?:（[^（）\n。；]{1,30}）|\([^()\n。；]{1,30}\)|[0-9一二三四五六七八九十两]+次|[0-9.]+(?:度|℃)|谱系障碍|(?:[IVX]+|[一二三四五1-5]+)[期级度](?:[ABab])?|约?[0-9.]+\s*(?:厘米|cm|毫米|mm)(?:\s*[×xX*]\s*[0-9.]+\s*(?:厘米|cm|毫米|mm))?|[早中晚末]期|期(?![间限内中末])|急性(?:加重|发作)(?:期)?|[加发]作期|发作|加重|后遗症|反应|[\u4e00-\u9fff]{0,3}术后|约?[0-9.]+\s*(?:ml|mL|毫升)|(?:骨|肺|肝|脑|淋巴结)?转移|失代偿期|代偿期|延迟愈合|不愈合|愈合不良|缝合[0-9一二三四五六七八九十]+针|待排|待查|病(?![人房区院例友患毒种因情史])|病?史(?:[0-9一二三四五六七八九十两]+余?(?:年|个月))?|(?:已|约)?[0-9一二三四五六七八九十两]+余?(?:年|个月)(?![0-9一二三四五六七八九十]*[月日号底初]|以来)|(?:基因|病毒)?携带者|伴[^，。；、\n]{0,0})*/
/** A verb or phrase right before the condition that ties it to someone. */
const TRIGGER_BEFORE =
  /(?:近期|近来|近日|近[0-9一二三两几]+(?:天|日|周|个月|年)|每周|每天|每日|每月|定期|规律|维持性|一直|经常|时常|常年|长期|仍|已经|发现|检查为|评估为|行|做过|做了|接受|确诊(?:为|患有)?|诊断(?:为|是)?|被诊断为|诊为|患有|患上|身患|罹患|曾患|因患|患|查出(?:患有)?|检出|出现|伴有|伴|合并|并发|诉|主诉|自述|自诉|感到|突发|突然|反复|持续|导致|致|造成|引起|引发|评定为|鉴定为|认定为|程度为|死于|病逝于|因|有|患病为|病情为)(?:了)?[^，。；\n]{0,2}$/
/**
 * Words after which the rest of the clause is the finding itself, when a condition word lies in it:
 * 诊断为右手中指、环指末节粉碎性骨折伴甲床损伤, 胸部CT示右上肺斑片状影伴空洞形成. `from` says where the
 * finding starts: right after the word (a diagnosis is all of what follows) or at the first condition
 * word (出现 may be followed by a time: 出现间断发热、夜间盗汗).
 */
/** Leads after which the clause is a condition even when no word of it is known. */
const STRONG_LEAD = /^(?:被诊断为|诊断为|确诊为|初步诊断为|诊为|检查为|评估为|病理结果为|(?:检查|检测|化验|体检)结果(?:显示|提示|为)|.*(?:CT|MRI|B超|彩超|造影|胃镜|肠镜|胸片|心电图|脑电图|X线|精液常规|血常规|尿常规)(?:检查)?(?:示|提示|显示))$/
/** 心电图提示…, 精液常规示…: the examination and what it showed are one finding. */
const EXAM_LEAD = /^(?:CT|X线|MRI|B超|彩超|造影|胃镜|肠镜|心电图|脑电图|胸片|精液常规)(?:检查)?(?:示|提示|显示)$/
const DIAGNOSIS_LEAD = /^(?:被诊断为|诊断为|确诊为|初步诊断为|诊为|确诊)$/
const CLAUSE_FROM_WORD = /^(?:被诊断为|诊断为|确诊为|初步诊断为|诊为|检查为|评估为|病理结果为|确诊|查出|检出|.*(?:示|见|提示|显示))$/
/** Where a captured clause stops early: the clause turns to what was done about it. */
const CLAUSE_STOP = /症状|等|的|(?<!小)时|及时|应|请|要|就医|就诊|到|送|经|于|并于|后|遂|即|被|在|已|现|予|给予|未|无|均|需|需要|建议|按|按照/
/** A label before the value: 症状：发热、咳嗽 */
const LABEL_VALUE =
  /(?:主要症状|临床症状|症状|初步诊断|临床诊断|出院诊断|入院诊断|诊断结果|诊断|目前病情|病情|既往病史|既往史|病史|检查结果|化验结果|检测结果|主诉|伤情|死亡原因|死因|病因|所患疾病|患病情况|疾病名称|病种|致残原因|健康状况)\s*[：:]\s*([^，。；\n\t]{1,40})/y
const NOT_A_CONDITION = /^(?:无|否|没有|正常|健康|良好|一般|较好|未见异常|未见明显异常|阴性|不详|暂无|—|-|\/)/
/** A statement about the disease itself: 结核病是一种…, 高血压是…的危险因素, 抑郁症的早期识别 */
const GENERAL_AFTER = /^(?:是一种|是[^，。；\n]{0,12}(?:因素|疾病|原因)|的(?:识别|诊断|治疗|预防|防治|早期|高发|传播|危害|发生|流行|防控|管理|筛查|规范|知识|特点|途径))/
/** A treatment given so often or now under way: 透析三次, 化疗中 */
/** 在省人民医院骨髓移植: a treatment at a named place of care */
const TREATED_AT = /在[^，。；\n]{1,12}(?:医院|卫生院|诊所|中心|科)(?:住院|门诊)?(?:进行|接受|行|做)?$/
const ONGOING_AFTER = /^(?:[0-9一二三四五六七八九十两]+次|中(?![心医西])|期间)/
/** Right after the condition: it names a rate, a count, a programme or a service, not a condition someone has. */
const AGGREGATE_AFTER = /^(?:(?:、[^，。；、\n]{1,8}){1,3}等[^，。；\n]{0,4}(?:患者|人群|病人|对象|人员)|患者(?:规范|管理|监护|救治|服务|家庭)|等(?![待候同])|患者(?:及时|应|要|须|需|逐人)|病毒[^，。；]{0,8}阴性|抗体[^，。；]{0,4}阴性|五项|病原携带者|表面抗原|流行|高发|高峰|(?:聚集性?)?疫情|聚集|传播|蔓延|防控|疫区|季节|[^，。；\n]{0,10}的(?:患者|病人|人群|群众|人员|老人|老年人|儿童|学生|居民|群体|家庭)|等(?:症状|不适|疾病)|(?:患者)?(?:规范管理率|管理率|发病率|患病率|死亡率|病死率|检出率|治愈率|知晓率|控制率|人数|人次|病例|患者\d|\d|例|等\d|共\d))/
const PROGRAMME_AFTER =
  /^(?:[^，。；\n]{0,3}?时?(?:应|请|要|须|需)?及时(?:就[诊医]|报告)|症状|基因检测|检测|免疫|防治|筛查|宣传|知识|日|周|月|项目|专项|行动|活动|工作|疫苗|门诊|专科|科室|科|医院|中心|协会|药物?|防控|监测|报告|讲座|义诊|健康教育|救助|保障|补助|定点|专家|研究|患者规范|规范|综合防治|预防|诊疗|诊治|治疗方案|等慢性病|等重点)/
const AGGREGATE_BEFORE = /(?:如有|如出现|若有|若出现|一旦出现|一旦|消除|根除|遏制|控制|共有|共计|累计|全市|全县|全省|全区|全镇|全国|辖区|开展|做好|加强|预防|防范|防止|关于|针对|重点|各类|常见|主要|以及|防治|筛查|宣传|普及|早期发现|管理|开设|新增|报告|预防控制|防控)[^，。；\n]{0,4}$/
/** 未见颅内出血, 排除骨折: a finding ruled out is not a condition */
const NEGATED = /(?:未见|未发现|未闻及|无明显|排除|否认|未再|没有|未出现|未诉)[^，。；\n]{0,4}$/
/** A list of example conditions naming a category or programme: 慢特病认定（高血压、糖尿病等）, “两癌”（宫颈癌、乳腺癌） */
const CATEGORY_BEFORE = /(?:两癌|筛查|认定|病种|范围|包括|如|例如|诸如|重点)[”"]?[（(：:]$/
const ANIMAL_AFTER = /^(?:胎羔|羔|母畜|母羊|母牛|牲畜)/
const ANIMAL_BEFORE = /(?:羊|牛|猪|犬|狗|禽|牲畜|动物|胎羔|母畜)[^，。；\n]{0,4}$/
/** Result of a test about someone: …核酸阳性, 抗体检测呈阳性. */
const POSITIVE = /(?:弱|强)?阳性/g
const POSITIVE_ITEM_BOUNDARY = /[，。；：:、\n\t（(）)“”"]|经|其|的|后|示|行|经过|送检|中|日/
const LAB_VALUE =
  /(?:白细胞|红细胞|血小板|血红蛋白|中性粒细胞(?:比例)?|淋巴细胞|空腹血糖|餐后血糖|随机血糖|糖化血红蛋白|血糖|血压|收缩压|舒张压|肌酐|血肌酐|尿素氮|尿酸|谷丙转氨酶|谷草转氨酶|转氨酶|胆红素|尿蛋白|血氧饱和度|血氧|CD4(?:细胞)?|病毒载量|视力|体温|促甲状腺激素|TSH|HBV-DNA|心率|脉搏|INR|凝血酶原时间|滴度)(?:计数)?(?:反复|持续|均|仍|最高)?(?:高于|低于|超过|达到?|为|：|:|示|约)*\s*(?:[（(]\+{1,4}[）)]|1[:：][0-9]+|[0-9][0-9.]*)(?:\s*[×xX*]\s*10[⁰¹²³⁴⁵⁶⁷⁸⁹0-9^]+)?\s*(?:℃|mmol\/L|mIU\/L|IU\/ml|IU\/mL|次\/分|μmol\/L|umol\/L|g\/L|mg\/L|U\/L|\/L|\/mm3|mmHg|%|个\/μL|copies\/mL|\/\s*[0-9]+\s*mmHg)?/y
/** An organ's cancer or tumour with its histology: 甲状腺乳头状癌, 肺鳞状细胞癌, 左肺腺癌. */
const ORGAN_TUMOUR =
  /(?:甲状腺|乳腺|肺|左肺|右肺|肝|胃|食管|结肠|直肠|结直肠|胰腺|胆囊|胆管|肾|膀胱|前列腺|宫颈|子宫内膜|子宫|卵巢|鼻咽|喉|口腔|舌|脑|骨|皮肤|淋巴)(?:[\u4e00-\u9fff]{0,5}?)(?:癌|肉瘤|母细胞瘤|胶质瘤)(?![\u4e00-\u9fff]?(?:科|医院|中心|筛查|防治|患者规范))/y
/** An organ's function graded: 心功能Ⅲ级 (NFKC: III), 肾功能不全3期. */
const GRADED = /(?:心功能|肾功能|肝功能|肺功能)(?:不全|衰竭)?\s*(?:[IVX]+|[一二三四1-4])[级期]/g
/** 孕24周, 怀孕约10周, 孕39+2周 */
const PREGNANCY_WEEKS = /(?:已)?(?:(?:怀孕|妊娠|孕)约?[0-9]{1,2}(?:\+[0-9])?周|孕[0-9]{1,2}产[0-9]{1,2}|孕[早中晚]期(?:[（(]孕?[0-9]{1,2}(?:\+[0-9])?周[）)])?)/g
/** 拟孕34周左右, 预计…: a plan, not a state */
const PLANNED_BEFORE = /(?:拟|预计|计划|满|至|到)$/
/** 轻伤二级, 重伤一级, 轻微伤: a forensic injury grade (GA/T injury-severity wording) */
const INJURY_GRADE = /(?:轻伤|重伤)[一二]级|(?:精神|暴力)?危险性(?:评估)?(?:为|等级)?[0-5一二三四五]级/g
/**
 * What a medicine or a device looks like after a verb of taking or wearing it (服用多巴丝肼片, 吃呋塞米,
 * 佩戴胰岛素泵): a dosage form at its end, or a drug-name stem inside it (…西坦, …沙坦, …霉素, 胰岛素…).
 */
const DRUG_FORM = /(?:片|胶囊|颗粒|丸|口服液|口服溶液|溶液|注射液|针剂|气雾剂|喷雾剂|吸入剂|滴眼液|滴剂|软膏|乳膏|贴剂|栓|泵|注射笔|起搏器|助听器|人工耳蜗|耳蜗|支架|假肢)$/
const DRUG_STEM = /西坦|沙坦|普利|洛尔|地平|西林|霉素|沙星|他汀|双胍|格列|胰岛素|噻|[^\s]唑|[^\s]酮|肼|利福|环素|地尔|卡因|洛芬|西泮|唑仑|[^\s]胺$|塞米|[^\s]碱$|酯$|钠$|钾$|维生素|激素|青霉素|拉唑|替尼|单抗|芬太尼|吗啡|美沙酮|华法林|阿司匹林|硝酸甘油|地高辛|二甲双胍|氯氮平|奥氮平|利培酮|喹硫平|碳酸锂|丙戊酸|卡马西平|苯巴比妥|沙丁胺醇|布地奈德|泼尼松|甲泼尼龙|地塞米松|肝素|降压药|降糖药|抗癫痫药|抗抑郁药|抗精神病药|安眠药|止痛药|抗凝药|靶向药/
/** Where a medicine's name stops, walking back from its dosage form. */
const DRUG_NAME_STOP = /[的了和及与或将把被是为在给用吃服予靠具方发]/
/** Words before a medicine's name that are not part of it. */
const DRUG_LEAD = /^(?:长期|每日|每天|平时|继续|改服|加服|口服|服用|注射|静滴)+/
/** Not a medicine, whatever it looks like: food, drink, a meal. */
const NOT_DRUG = /^(?:饭|早饭|午饭|晚饭|零食|东西|水|奶|大米|小米|玉米|米饭|亏|苦|药|药物|中药|饭菜|烟|酒)|(?:饭|菜|肉|鱼|水果|食物|食品|零食|午餐|早餐|晚餐)$/
/** Where the medicine's name ends: punctuation, a time, a purpose or a frequency. */
const DRUG_END = /[，。；;：:\n\t？！“”"《》]|治疗|控制|维持|每[日天周晚月]|[一二三四0-9]+[天日周次]|后|才|时|的|以|来|等|至今|期间|并|就|已|也|了|过|帮助|缓解|止|稳定|好转|改善|半年|多年|[0-9]{4}年/
/** A dose after the medicine: 2.5mg每日一次, 每次1片. */
const DOSE = /^\s*(?:[0-9.]+\s*(?:mg|g|ml|mL|μg|ug|IU|U|单位|毫克|克|毫升|片|粒|支|袋|喷)\s*)?(?:[，,]?\s*(?:每日|每天|一日|每晚|每周|每次)[0-9一二三四两]+(?:次|片|粒|支|mg|毫克))*/
/**
 * A word ending like a condition (川崎病, 甲状腺功能亢进症, 颅脑损伤) right after 患/因/确诊: the ending
 * names the kind, the words before it the condition. At most 9 characters, no clause break or person inside.
 */
const CONDITION_ENDING = /^(?:(?![患者病人的是在于被和而及与或并、为因由])[\u4e00-\u9fffA-Za-z0-9]){1,8}?(?:病|症|炎|癌|瘤|综合征|障碍|不良|不全|衰竭|损伤|骨折|骨裂|感染|梗死|梗塞|畸形|缺损|狭窄|瘫|中毒|过敏|结石|囊肿|增生|疝|溃疡|出血|挫伤|烧伤|肿大|阳性)(?![人房区院例友患毒种情因])/
/** After these words the ending grammar needs a stronger ending: 因 is mostly a cause (因病致贫, 因工作原因). */
const WEAK_CONDITION_VERB = new Set(['因'])
const IN_WORD_BEFORE_YIN = /[原基诱死病成起主内外近远归基]/
/** An allergen before 过敏: 青霉素类药物过敏, 海鲜过敏. */
const ALLERGEN = /(?:严重)?(?:(?:海鲜|花粉|尘螨|鸡蛋|牛奶|坚果|芒果|酒精|碘|花生|虾|蟹|小麦|大豆|鱼虾)[及和、]?)+$|(?:[\u4e00-\u9fff]{1,5}(?:素类|素|类|酶))?(?:药物)?$/
/** 冠状动脉支架植入术, 子宫切除术: an operation named on someone. */
const PROCEDURE_STOP = /[，。；：:、\n\t（(）)]|过|行|做|接受|实施|进行|经|予|了/

/**
 * What the noun phrase after a condition word turns out to be. The phrase runs to the clause's
 * punctuation or to a word that starts a predicate (在, 到, 住, 致…), at most 10 characters: when it ends
 * in an institution's word (县结核病防治所, 区聋哑学校, 艾滋病自愿咨询检测门诊) the condition word names
 * an organisation; when it holds a programme's word (糖尿病健康管理项目, 双向筛查覆盖率) a programme.
 */
const PHRASE_STOP = /[，。；;：:、\n\t（()）“”"《》在于到住入转被后时致伴并已因为是了和与及经由享]/
const INSTITUTION = /(?:医院|卫生院|门诊|中心|防治所|防治站|研究所|服务站|工作站|学校|学院|协会|学会|联合会|基金会|委员会|办公室|领导小组|工作组|病区|病房|之家|培训班|研究院|实验室|[^学]科(?!学|技|普)|专科|俱乐部|救助站|福利院)/
/** The word itself is followed by an institution's one-character ending: 戒毒所, 结核病院, 血防站. */
const INSTITUTION_START = /^(?:所|院|站|馆)(?![有以在致得属谓述长])/
const PROGRAMME_WORDS = /(?:政策|救治|健康管理|管理服务|康复服务|随访管理|项目|宣传|防治|筛查|防控|工作|活动|知识|讲座|课程|台账|覆盖率|知晓率|督导|专项|救助|补贴|培训|义诊|示范区|计划|(?<![0-9一二三四五六七八九十两几数每上下本近当次])(?:日|周)(?![内后前]))/
/** An administrative unit right before the word: 县艾滋病…, 市精神卫生中心 name an institution. */
const PLACE_PREFIX = /(?:(?:^|[^\u4e00-\u9fff]|[^社街小城辖本全该我])(?:省|市|县|州|旗)|(?:^|[^\u4e00-\u9fff])区)$/
/** The condition qualifies a class of people: 结核病患者居家治疗督导, 艾滋病感染者家庭, 致孤儿童. */
const POPULATION_AFTER = /^[^，。；;、\n在于到住入转被后时为是了和与及经由]{0,7}?(?:患者|病人|病患|感染者|患儿|儿童|家庭|人群|群体|者)(?![，。；;、\n）)]|$)/
/** 系艾滋病感染者, 是一名精神障碍患者: the class is said of someone. */
const COPULA_BEFORE = /(?:系|是|(?<![曾并可特专均代])为|属于?|作为|一名|该名?)$/

/**
 * Whether a lexicon word (a disability, a mental-health or pregnancy term) names an organisation, a
 * programme or a class of people rather than someone's condition; the reason, or null.
 */
function groupOf(text: string, start: number, end: number, word: string): string | null {
  const phrase = phraseAfter(text, end)
  if (INSTITUTION.test(word) || INSTITUTION.test(phrase) || INSTITUTION_START.test(phrase) || PLACE_PREFIX.test(text.slice(Math.max(0, start - 3), start))) return EVIDENCE_TEXT.organisation
  if (PROGRAMME_WORDS.test(phrase)) return EVIDENCE_TEXT.programme
  if (POPULATION_AFTER.test(text.slice(end, end + 8)) && !COPULA_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return EVIDENCE_TEXT.population
  return null
}

function phraseAfter(text: string, end: number): string {
  let e = end
  while (e < text.length && e - end < 10 && !PHRASE_STOP.test(text[e])) e++
  return text.slice(end, e)
}

/** A line longer than this is never a heading; bounds the look-around on texts with no line breaks. */
const HEADING_SCAN = 400
const NON_SPACE = /\S/g

/**
 * A heading line: short, without sentence punctuation, and either the document's first line (with more
 * text below) or ending like a title (…名单, …公示).
 */
function isHeading(text: string, pos: number, firstLineStart: number): boolean {
  let ls = pos
  while (ls > 0 && pos - ls <= HEADING_SCAN && text.charCodeAt(ls - 1) !== 10) ls--
  if (pos - ls > HEADING_SCAN) return false
  let le = pos
  while (le < text.length && le - ls <= HEADING_SCAN && text.charCodeAt(le) !== 10) le++
  if (le - ls > HEADING_SCAN) return false
  const line = text.slice(ls, le).trim()
  if (line.length > 40 || /[，。；：:,;]/.test(line)) return false
  if (HEADING_END.test(line)) return true
  // a section heading (一、…, （二）…, 3. …) or a notice's title (关于…的通报) names a topic, never someone's condition
  if (SECTION_HEADING.test(line)) return true
  if (ls !== firstLineStart) return false
  NON_SPACE.lastIndex = le
  return NON_SPACE.test(text)
}

/** Words for a class of people (孕产妇, 留守儿童): someone's data only beside a name. */
const PEOPLE_CLASS = /孕产妇|孕妇|产妇|儿童|孤儿/

/** “两癌筛查”: a short quoted name is a campaign's or a programme's. */
function quotedName(text: string, start: number, end: number): boolean {
  // bounded look-around: an unbounded lastIndexOf/indexOf would walk the whole text at every term
  const open = text.slice(Math.max(0, start - 4), start).lastIndexOf('“')
  if (open < 0 || /[”\n，。]/.test(text.slice(Math.max(0, start - 4) + open + 1, start))) return false
  const close = text.slice(end, end + 7).indexOf('”')
  return close >= 0 && !/[\n，。]/.test(text.slice(end, end + close))
}

/** Inside a 《document title》 on this line: the nearest 《 or 》 before `pos` is an opening one. */
function inBookTitle(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text.charCodeAt(i)
    if (c === 0x300a) return true
    if (c === 0x300b || c === 10) return false
  }
  return false
}

const SENTENCE_END = new Set([...'。；;\n！？'].map((c) => c.charCodeAt(0)))
const CLAUSE_END = new Set([...'。；;\n！？，,：:'].map((c) => c.charCodeAt(0)))

/** Bounds of the sentence around [start, end), at most 60 characters either side. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start
  while (s > 0 && start - s < 60 && !SENTENCE_END.has(text.charCodeAt(s - 1))) s--
  let e = end
  while (e < text.length && e - end < 60 && !SENTENCE_END.has(text.charCodeAt(e))) e++
  return [s, e]
}

/** Start of the clause before `pos`, at most `max` characters back. */
function clauseStart(text: string, pos: number, max: number): number {
  let s = pos
  while (s > 0 && pos - s < max && !CLAUSE_END.has(text.charCodeAt(s - 1))) s--
  return s
}

/** Sorted starts of the person names found (names run before this detector). */
function nameStarts(ctx: ScanContext): Int32Array {
  return Int32Array.from(ctx.nameStarts).sort()
}

/** Some value of the sorted `a` in [from, to). */
function anyIn(a: Int32Array, from: number, to: number): boolean {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (a[mid] < from) lo = mid + 1
    else hi = mid
  }
  return lo < a.length && a[lo] < to
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

export const EVIDENCE_TEXT: Record<HealthEvidence, string> = {
  trigger: 'tied to someone by',
  label: 'after label',
  person: 'sentence is about a person',
  documentPerson: 'document is about a person',
  list: 'listed with other conditions',
  aggregate: 'statistics, not a person',
  programme: 'programme or service name',
  modifier: 'with its qualifiers',
  organisation: 'names an organisation',
  population: 'a group of people, not one person',
  impersonal: 'nobody in the document',
}

const GROUP_EVIDENCE: readonly HealthEvidence[] = ['organisation', 'population']
const TIE_EVIDENCE: readonly HealthEvidence[] = ['trigger', 'list', 'person', 'documentPerson']

type Span = { start: number; end: number; cls: HealthClass; word: string; evidence: Map<HealthEvidence, string> }

export function detectHealth(ctx: ScanContext): void {
  const text = ctx.text
  const firstLineStart = lineStartOf(text, text.search(/\S/) + 1)
  const push = (start: number, end: number, confidence: number, rule: string, reasons: string[]): void => {
    if (inBookTitle(text, start) || isHeading(text, start, firstLineStart)) return
    emit(ctx, 'HEALTH', start, end, confidence, rule, reasons)
  }
  // a sentence is about a person when it says so (患者, 其子, 男，…) or names one
  let names: Int32Array | null = null
  const aboutPerson = (start: number, end: number): boolean => {
    const [s, e] = sentenceBounds(text, start, end)
    if (PERSON.test(text.slice(s, e))) return true
    names ??= nameStarts(ctx)
    return anyIn(names, s, e)
  }
  const nameNear = (start: number, end: number): boolean => {
    const [s, e] = sentenceBounds(text, start, end)
    names ??= nameStarts(ctx)
    return anyIn(names, s, e)
  }
  const documentAboutPerson = ctx.nameStarts.length > 0 || /该患者|该病例|患者[于系自之因]|病例\d*[：:]|当事人|申请人|来电人/.test(text)
  // a sentence of figures about a population (发病1.27万例, 规范管理率为94.1%) is statistics, not a person
  const statistics = (start: number, end: number): boolean => {
    const [s, e] = sentenceBounds(text, start, end)
    if (!STATISTICS.test(text.slice(s, e))) return false
    names ??= nameStarts(ctx)
    return !anyIn(names, s, e)
  }

  const spans = conditionSpans(ctx)
  if (spans.length) {
    for (const sp of spans) {
      if (statistics(sp.start, sp.end)) sp.evidence.set('aggregate', '')
      else if (aboutPerson(sp.start, sp.end)) sp.evidence.set('person', '')
      else if (documentAboutPerson) sp.evidence.set('documentPerson', '')
      else sp.evidence.set('impersonal', '')
      // an organisation or a class of people is what the words name: what
      // would tie them to someone (伴, a list, a person elsewhere) does not count then
      if (GROUP_EVIDENCE.some((e) => sp.evidence.has(e))) for (const e of TIE_EVIDENCE) sp.evidence.delete(e)
      let z = healthModel.bias[sp.cls]
      // the condition's words are the value itself: the explanation names its kind, not the words
      const reasons: string[] = [`health ${sp.cls}`]
      for (const [ev, detail] of sp.evidence) {
        z += healthModel.weights[ev]
        reasons.push(detail === 'negated' ? 'ruled out by a negation' : ev === 'trigger' || ev === 'label' ? `${EVIDENCE_TEXT[ev]} ${detail}` : EVIDENCE_TEXT[ev])
      }
      push(sp.start, sp.end, sigmoid(z), `health-${sp.cls}`, reasons)
    }
  }

  if (text.includes('残') || text.includes('障碍') || /(?:视力|听力|言语|肢体|智力|精神)[一二三四1-4]级/.test(text)) {
    DISABILITY.lastIndex = 0
    for (let m = DISABILITY.exec(text); m; m = DISABILITY.exec(text)) {
      const end = m.index + m[0].length
      // 重度残疾人护理补贴, 严重精神障碍患者规范管理: a benefit or a programme's population
      if (/^人(?:护理|生活|家庭|补贴|两项|康复|就业|托养)|^患者(?:规范|管理|监护|救治|救助|服务|逐人|家庭|[0-9])/.test(text.slice(end, end + 4))) {
        push(m.index, end, 0.3, 'health-disability', ['disability category or level', EVIDENCE_TEXT.programme])
        continue
      }
      // 不属于重度残疾, 为防止严重精神障碍…: ruled out, or what a programme prevents
      const lead = text.slice(Math.max(0, m.index - 8), m.index)
      if (/(?:不属于|不是|不符合|未达到?|非)$/.test(lead) || AGGREGATE_BEFORE.test(lead)) {
        push(m.index, end, 0.3, 'health-disability', ['disability category or level', EVIDENCE_TEXT.programme])
        continue
      }
      const group = groupOf(text, m.index, end, m[0])
      if (group && (group !== EVIDENCE_TEXT.population || !aboutPerson(m.index, end))) {
        push(m.index, end, 0.3, 'health-disability', ['disability category or level', group])
        continue
      }
      // "一、二级为重度残疾" defines a term; a field (残疾等级：一级), a table row or a sentence about
      // someone reports one
      if (ctx.tables.indexAt(m.index) < 0 && statistics(m.index, end)) {
        push(m.index, end, 0.3, 'health-disability', ['disability category or level', EVIDENCE_TEXT.aggregate])
        continue
      }
      if (!FIELD.test(m[0]) && ctx.tables.indexAt(m.index) < 0 && !aboutPerson(m.index, end) && !(documentAboutPerson && /级/.test(m[0]) && !/为|是|指/.test(text.slice(end, end + 2)))) {
        push(m.index, end, 0.45, 'health-disability', ['disability category or level', 'no person in the sentence'])
        continue
      }
      push(m.index, end, /级|重度|中度|轻度/.test(m[0]) ? 0.9 : 0.75, 'health-disability', ['disability category or level'])
    }
  }
  for (const [key, rule, base] of TERMS) {
    const hits = ctx.hits[key]
    for (let k = 0; k < hits.count; k++) {
      // hits are column-wise (lexicon-index.ts)
      const start = hits.starts[k]
      const end = hits.ends[k]
      const hWord = hits.words[k]
      const ci = ctx.tables.indexAt(start)
      let reasons = [`lexicon ${rule.slice(7)}: ${hWord}`]
      let confidence = base
      if (GUIDANCE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || GUIDANCE_AFTER.test(text.slice(end, end + 6)) || quotedName(text, start, end) || ANIMAL_AFTER.test(text.slice(end, end + 2)) || ANIMAL_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
        push(start, end, 0.3, rule, withReason(reasons, 'advice or a programme, not a person'))
        continue
      }
      const group = ci >= 0 ? null : groupOf(text, start, end, hWord)
      if (group && (group !== EVIDENCE_TEXT.population || !aboutPerson(start, end))) {
        push(start, end, 0.3, rule, withReason(reasons, group))
        continue
      }
      if (ci >= 0 && ctx.tables.kindOf(ci) === 'health') {
        confidence = 0.9
        reasons = withReason(reasons, columnReason(ctx.tables.headerOf(ci)))
      } else if (statistics(start, end)) {
        confidence = 0.3
        reasons = withReason(reasons, EVIDENCE_TEXT.aggregate)
      } else if (aboutPerson(start, end)) {
        confidence += 0.25
        reasons = withReason(reasons, 'sentence is about a person')
        // 孕产妇, 留守儿童: a class of people is someone's only beside a name
        if (PEOPLE_CLASS.test(hWord) && !nameNear(start, end)) {
          confidence = 0.45
          reasons = withReason(reasons, EVIDENCE_TEXT.population)
        }
      } else if (PEOPLE_CLASS.test(hWord)) {
        confidence = 0.4
        reasons = withReason(reasons, EVIDENCE_TEXT.population)
      }
      push(start, end + termTail(text, end, rule), confidence, rule, reasons)
    }
  }
  const tables = ctx.tables
  const { count, starts, ends } = tables
  for (let i = 0; i < count; i++) {
    if (tables.kindOf(i) !== 'health' || ends[i] === starts[i]) continue
    const v = text.slice(starts[i], ends[i])
    if (/^(?:无|否|-|—|\/|健康|正常|良好)$/.test(v)) continue
    // 致贫原因: 年老体弱, 丧偶, 因学致贫 are circumstances; the cell is health data when it names a condition
    if (CAUSE_HEADER.test(tables.headerOf(i)) && !namesCondition(ctx, starts[i], ends[i])) continue
    push(starts[i], ends[i], 0.85, 'health-table-header', [columnReason(tables.headerOf(i))])
  }
}

/**
 * Every condition in the text, grown to its qualifiers, with the evidence found around it (without the
 * person evidence, which needs the sentence). Sorted by start, non-overlapping.
 */
function conditionSpans(ctx: ScanContext): Span[] {
  const text = ctx.text
  const raw: Span[] = []
  const add = (start: number, end: number, cls: HealthClass, word: string): Span => {
    const sp: Span = { start, end, cls, word, evidence: new Map() }
    raw.push(sp)
    return sp
  }
  const fromHits = (key: LexiconKey, clsOf: (w: string) => HealthClass): void => {
    const h = ctx.hits[key]
    for (let k = 0; k < h.count; k++) add(h.starts[k], h.ends[k], clsOf(h.words[k]), h.words[k])
  }
  fromHits('disease', (w) => (GENERIC.has(w) ? 'generic' : 'disease'))
  fromHits('nonCondition', () => 'none')
  fromHits('symptom', () => 'symptom')
  fromHits('treatment', () => 'treatment')
  let nameEnds: number[] | null = null
  if (text.includes('阳性')) {
    POSITIVE.lastIndex = 0
    for (let m = POSITIVE.exec(text); m; m = POSITIVE.exec(text)) {
      const end = m.index + m[0].length
      // 阳性率, 阳性病例12例: statistics
      if (/^(?:率|病例|者|或|\d|例|人|积水|容器|水体|样本|标本|的\d|的[一二三四五六七八九十]|[一二三四五六七八九十]*名)/.test(text.slice(end, end + 4))) continue
      let s = m.index
      while (s > 0 && m.index - s < 16 && !POSITIVE_ITEM_BOUNDARY.test(text[s - 1])) s--
      // 学生闫雨萱PPD强阳性, 其其格阳性: the item starts after the person's name
      nameEnds ??= personEnds(ctx)
      let afterName = false
      for (const ne of nameEnds) {
        if (ne > s && ne <= m.index) {
          s = ne
          afterName = true
        }
      }
      const item = text.slice(s, m.index).replace(/^(?:检测|化验|检查|筛查)/, '')
      if (/\d+\s*(?:份|例|人|只|名)|其余|均/.test(text.slice(Math.max(0, s - 6), m.index))) continue
      if (item.replace(/(?:检测|化验|检查|筛查|试验|结果|呈|为|显示|提示|对|和|或)/g, '').length < 2) {
        if (afterName && item.length === 0) add(m.index, end, 'result', m[0]).evidence.set('trigger', 'a name')
        continue
      }
      add(m.index - item.length, end, 'result', m[0])
    }
  }
  // each pattern is tried only where the lexicon pass saw its first word (an organ, a lab test)
  atHits(ctx, 'organ', ORGAN_TUMOUR, (start, m) => add(start, start + m[0].length, 'disease', m[0]))
  if (text.includes('功能')) {
    GRADED.lastIndex = 0
    for (let m = GRADED.exec(text); m; m = GRADED.exec(text)) add(m.index, m.index + m[0].length, 'disease', m[0])
  }
  // 孕24周 states someone's pregnancy by itself
  if (text.includes('孕')) {
    PREGNANCY_WEEKS.lastIndex = 0
    for (let m = PREGNANCY_WEEKS.exec(text); m; m = PREGNANCY_WEEKS.exec(text)) {
      const end = m.index + m[0].length
      // 拟孕34周左右剖宫产, 孕早期筛查: a plan or a programme's stage, not where someone is
      if (PLANNED_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) || /^(?:左右|前后|以[上后前内])|^[^，。；\n]{0,2}(?:筛查|检查|保健|建档|随访)/.test(text.slice(end, end + 6))) continue
      add(m.index, end, 'result', m[0]).evidence.set('trigger', m[0])
    }
  }
  // 损伤程度为轻伤二级: a forensic injury grade
  if (text.includes('伤') || text.includes('危险性')) {
    INJURY_GRADE.lastIndex = 0
    for (let m = INJURY_GRADE.exec(text); m; m = INJURY_GRADE.exec(text)) add(m.index, m.index + m[0].length, 'disease', m[0])
  }
  atHits(ctx, 'labName', LAB_VALUE, (start, m) => {
    if (!/[0-9]/.test(m[0])) return
    let end = start + m[0].length
    while (end > start && /\s/.test(text[end - 1])) end--
    add(start, end, 'labValue', m[0])
  })
  const procs = ctx.hits.procedure
  for (let k = 0; k < procs.count; k++) {
    const at = procs.starts[k]
    let s = at
    while (s > 0 && at - s < 10 && /[\u4e00-\u9fff]/.test(text[s - 1]) && !PROCEDURE_STOP.test(text[s - 1])) s--
    if (s < at) add(s, procs.ends[k], 'procedure', procs.words[k])
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end)

  // grow each to its qualifiers, then merge what overlaps or touches (慢性肾衰竭 + 尿毒症期)
  let grown: Span[] = []
  let claimed = -1
  for (const sp of raw) {
    // leftmost-longest, as a reader segments: 发热|症状, not 发|热症; 衰竭 inside 肾衰竭 is the same word
    if (sp.start < claimed) continue
    claimed = sp.end
    if (sp.cls === 'none') continue
    if (sp.cls === 'disease' || sp.cls === 'generic' || sp.cls === 'symptom') {
      const window = text.slice(Math.max(0, sp.start - 14), sp.start)
      const m = BEFORE_CONDITION.exec(window)
      const body = BODY_PHRASE.exec(window)
      if (sp.word.includes('过敏') || sp.word === '中毒') {
        const a = sp.word === '中毒' ? SUBSTANCE.exec(window) : ALLERGEN.exec(window)
        if (a && a[0]) {
          sp.start -= a[0].length
          if (sp.cls === 'generic') sp.cls = 'disease'
        }
      } else if ((m && m[0]) || (body && body[0]) || KIND_BEFORE.test(window)) {
        // qualifiers and body parts chain: 胸12椎体 + 爆裂性 + 骨折, 右侧 + 基底节区 + 脑出血
        for (let round = 0; round < 4; round++) {
          const w = text.slice(Math.max(0, sp.start - 14), sp.start)
          const grow = Math.max(BEFORE_CONDITION.exec(w)?.[0].length ?? 0, BODY_PHRASE.exec(w)?.[0].length ?? 0, KIND_BEFORE.exec(w)?.[0].length ?? 0)
          if (!grow) break
          sp.start -= grow
        }
        sp.evidence.set('modifier', '')
        // a body part or qualifier makes a generic word specific: 腰椎骨折, 肺部感染
        if (sp.cls === 'generic') sp.cls = 'disease'
      }
    }
    // 术后化疗, 产后康复治疗: when the treatment is given belongs to it
    if (sp.cls === 'treatment' && /(?:术后|产后|放疗后|化疗后)$/.test(text.slice(Math.max(0, sp.start - 3), sp.start))) sp.start -= text[sp.start - 3] && /[放化]/.test(text[sp.start - 3]) ? 3 : 2
    // 周围神经病 + 变, 腰椎间盘突出 + 症: the word's own ending, cut by a shorter dictionary entry
    if (text[sp.end] === '变' && text[sp.end - 1] === '病') sp.end++
    else if (text[sp.end] === '后' && text[sp.end - 1] === '术') sp.end++
    else if (text[sp.end] === '症' && text[sp.end + 1] !== '状' && !sp.word.endsWith('症')) sp.end++
    const tail = AFTER_CONDITION.exec(text.slice(sp.end, sp.end + 24))
    if (tail && tail[0]) sp.end += tail[0].length
    const last = grown[grown.length - 1]
    const joined = last && sp.start > last.end && sp.start - last.end <= 2 && rank(sp.cls) >= 1 && rank(last.cls) >= 1 && JOIN.test(text.slice(last.end, sp.start))
    const touching = last && (joined || (sp.start === last.end && rank(sp.cls) >= 1 && rank(last.cls) >= 1))
    if (last && (sp.start < last.end || touching)) {
      if (sp.end > last.end) last.end = sp.end
      if (rank(sp.cls) > rank(last.cls)) last.cls = sp.cls
      for (const [k, v] of sp.evidence) last.evidence.set(k, v)
      continue
    }
    grown.push(sp)
  }

  // labelled values: whatever follows 诊断：/症状：/既往史： is health data, word or not
  let labelNames: Int32Array | null = null
  if (ctx.hits.healthField.count) {
    atHits(ctx, 'healthField', LABEL_VALUE, (matchStart, m) => {
      const value = (m[1] ?? '').trim()
      if (!value || NOT_A_CONDITION.test(value)) return
      const start = matchStart + m[0].length - (m[1] ?? '').length + ((m[1] ?? '').length - (m[1] ?? '').trimStart().length)
      const end = start + value.length
      // 伤情：被害人张嘉欣经…检查，右肘部…: a value that names someone is the narrative, not the condition
      labelNames ??= nameStarts(ctx)
      if (anyIn(labelNames, start, end)) return
      const label = m[0].slice(0, m[0].indexOf(value)).replace(/[\s：:]+$/, '')
      const inside = grown.filter((g) => g.start < end && start < g.end)
      if (inside.length) {
        for (const g of inside) {
          g.evidence.set('label', label)
          g.start = Math.min(g.start, start)
          g.end = Math.max(g.end, end)
        }
        return
      }
      grown.push({ start, end, cls: 'disease', word: value.slice(0, 8), evidence: new Map([['label', label]]) })
    })
    grown.sort((a, b) => a.start - b.start)
    // the label widened some spans: merge again
    for (let i = 1; i < grown.length; i++) {
      const a = grown[i - 1]
      const b = grown[i]
      if (b.start < a.end) {
        a.end = Math.max(a.end, b.end)
        for (const [k, v] of b.evidence) a.evidence.set(k, v)
        if (rank(b.cls) > rank(a.cls)) a.cls = b.cls
        grown.splice(i--, 1)
      }
    }
  }

  // verb-led: a medicine someone takes (平时吃左乙拉西坦) and a condition named by its ending (曾患川崎病)
  if (ctx.hits.healthVerb.count || ctx.hits.drugForm.count) grown = verbLed(ctx, grown)

  for (const sp of grown) {
    const cs = clauseStart(text, sp.start, 24)
    const before = text.slice(cs, sp.start)
    if (NEGATED.test(before)) {
      sp.evidence.set('aggregate', 'negated')
      continue
    }
    // 高处坠落致左股骨骨折, 车祸致颅脑损伤: how it happened is part of the condition
    const cause = CAUSE_BEFORE.exec(before)
    if (cause) sp.start -= cause[0].length
    const trig = TRIGGER_BEFORE.exec(before)
    // 确诊的肺结核患者: a relative clause names a class of people, not someone's diagnosis
    if (trig && !trig[0].includes('的')) {
      sp.evidence.set('trigger', trig[0].replace(/[^\u4e00-\u9fff]+$/, ''))
      const verb = DIAGNOSIS_VERB.exec(before)
      if (verb) sp.start -= verb[0].length
    }
    const after = text.slice(sp.end, sp.end + 14)
    if ((sp.cls === 'treatment' || sp.cls === 'procedure') && !sp.evidence.has('trigger') && TREATED_AT.test(text.slice(Math.max(0, sp.start - 16), sp.start))) sp.evidence.set('trigger', '在…医院')
    if ((sp.cls === 'treatment' || sp.cls === 'procedure') && !sp.evidence.has('trigger') && ONGOING_AFTER.test(after)) sp.evidence.set('trigger', after.slice(0, 1))
    const phrase = phraseAfter(text, sp.end)
    if (AGGREGATE_AFTER.test(after) || GENERAL_AFTER.test(after)) sp.evidence.set('aggregate', '')
    else if (PROGRAMME_AFTER.test(after) || PROGRAMME_WORDS.test(phrase)) sp.evidence.set('programme', '')
    if (INSTITUTION.test(phrase) || INSTITUTION_START.test(phrase) || PLACE_PREFIX.test(text.slice(Math.max(0, sp.start - 3), sp.start))) sp.evidence.set('organisation', '')
    if (POPULATION_AFTER.test(after) && !COPULA_BEFORE.test(before)) sp.evidence.set('population', '')
    if ((AGGREGATE_BEFORE.test(before) && !sp.evidence.has('trigger')) || CATEGORY_BEFORE.test(before) || ANIMAL_BEFORE.test(before)) sp.evidence.set('programme', '')
  }
  grown = captureClauses(ctx, grown)
  // a 、-list shares what ties it to someone (伴乏力、食欲不振、恶心) and what says it is statistics
  // (高血压、糖尿病患者规范管理率)
  let i = 0
  while (i < grown.length) {
    let j = i
    while (j + 1 < grown.length && grown[j + 1].start - grown[j].end <= 1 && /^[、和及与]?$/.test(text.slice(grown[j].end, grown[j + 1].start))) j++
    if (j > i) {
      const shared = new Map<HealthEvidence, string>()
      for (let k = i; k <= j; k++)
        for (const ev of ['trigger', 'aggregate', 'programme', 'label'] as const) {
          const v = grown[k].evidence.get(ev)
          if (v !== undefined && !shared.has(ev)) shared.set(ev, v)
        }
      for (let k = i; k <= j; k++) {
        grown[k].evidence.set('list', '')
        for (const [ev, v] of shared) if (!grown[k].evidence.has(ev)) grown[k].evidence.set(ev, v)
      }
    }
    i = j + 1
  }
  // 口腔溃疡、拒食; 低热、关节痛: a short item in the same 、-list as someone's condition is one too, known or not
  for (const sp of grown) {
    if (!(sp.evidence.has('trigger') || sp.evidence.has('label')) || LIST_EXCLUDE.some((e) => sp.evidence.has(e))) continue
    for (let m = LIST_ITEM_AFTER.exec(text.slice(sp.end, sp.end + 8)); m; m = LIST_ITEM_AFTER.exec(text.slice(sp.end, sp.end + 8))) sp.end += m[0].length
    const cs = clauseStart(text, sp.start, 24)
    const items = LIST_ITEMS_BEFORE.exec(text.slice(cs, sp.start))
    if (items && TRIGGER_BEFORE.test(text.slice(cs, sp.start - items[0].length))) sp.start -= items[0].length
  }
  return chainConditions(text, grown, nameStarts(ctx))
}

const LIST_EXCLUDE: readonly HealthEvidence[] = ['aggregate', 'programme', 'organisation', 'population']
/** 、拒食 at the end of a list: a short item closed by the clause's end, 等 or 症状 */
const LIST_ITEM_AFTER = /^、[\u4e00-\u9fff]{1,5}(?=[，。；;\n]|等|症状|的情况|$)/
/** 低热、 before the condition: short items right after what ties them to someone */
const LIST_ITEMS_BEFORE = /(?:[\u4e00-\u9fff]{1,5}、)+$/

const MEDICATION_VERBS = new Set(healthLexicon.medicationVerbs)
const CONDITION_VERBS = new Set(healthLexicon.conditionVerbs)

/**
 * Medicines and devices after a verb of taking or wearing them, and conditions named by their ending after
 * 患/因/确诊: each widens the condition it overlaps or becomes one of its own (class `medication` or
 * `phrase`, scored by the model like the others, the verb as what ties it to someone).
 */
function verbLed(ctx: ScanContext, grown: Span[]): Span[] {
  const text = ctx.text
  const h = ctx.hits.healthVerb
  const added: Span[] = []
  let next = 0
  for (let k = 0; k < h.count; k++) {
    const vs = h.starts[k]
    const ve = h.ends[k]
    if (vs < next) continue
    const verb = h.words[k]
    const window = text.slice(ve, ve + 24)
    if (MEDICATION_VERBS.has(verb)) {
      const stop = DRUG_END.exec(window)
      let len = stop ? stop.index : window.length
      let phrase = window.slice(0, len)
      // 多西环素联合利福平: two medicines joined are one treatment
      const name = phrase.replace(DRUG_FORM, '')
      if (len < 2 || len > 16 || NOT_DRUG.test(phrase) || !/[\u4e00-\u9fffA-Za-z]{2}/.test(name || phrase) || !(DRUG_FORM.test(phrase) || DRUG_STEM.test(phrase))) {
        if (CONDITION_VERBS.has(verb)) addCondition(ve, verb)
        continue
      }
      len += DOSE.exec(text.slice(ve + len, ve + len + 24))?.[0].length ?? 0
      phrase = text.slice(ve, ve + len)
      next = ve + len
      const ev = new Map<HealthEvidence, string>([['trigger', verb]])
      if (quotedName(text, ve, ve + len)) ev.set('programme', '')
      added.push({ start: ve, end: ve + len, cls: 'medication', word: phrase.slice(0, 8), evidence: ev })
      continue
    }
    // 原因, 基因, 诱因: 因 inside a word
    if (WEAK_CONDITION_VERB.has(verb) && IN_WORD_BEFORE_YIN.test(text[vs - 1] ?? '')) continue
    addCondition(ve, verb)
  }
  function addCondition(ve: number, verb: string): void {
    const m = CONDITION_ENDING.exec(text.slice(ve, ve + 14))
    if (!m) return
    let end = ve + m[0].length
    // 因 is mostly a cause: only a condition of three characters or more (因川崎病, not 因病)
    if (WEAK_CONDITION_VERB.has(verb) && m[0].length < 3) return
    const tail = AFTER_CONDITION.exec(text.slice(end, end + 24))
    if (tail) end += tail[0].length
    next = end
    added.push({ start: ve, end, cls: 'phrase', word: m[0].slice(0, 8), evidence: new Map([['trigger', verb]]) })
  }
  // 茶碱缓释片, 华法林钠片: a medicine named with its dosage form, whatever the verb
  const forms = ctx.hits.drugForm
  const byVerb = added.length
  // verb-led spans are sorted and disjoint: one pointer walks them as the forms go forward
  let v = 0
  for (let k = 0; k < forms.count; k++) {
    const fs = forms.starts[k]
    const fe = forms.ends[k]
    // read already after its verb (服用多巴丝肼片)
    while (v < byVerb && added[v].end <= fs) v++
    if (v < byVerb && added[v].start <= fs) continue
    let s0 = fs
    while (s0 > 0 && fs - s0 < 9 && /[\u4e00-\u9fffA-Za-z0-9]/.test(text[s0 - 1]) && !DRUG_NAME_STOP.test(text[s0 - 1])) s0--
    const lead = DRUG_LEAD.exec(text.slice(s0, fs))
    if (lead) s0 += lead[0].length
    if (fs - s0 < 2 || !/[\u4e00-\u9fffA-Za-z]{2}/.test(text.slice(s0, fs))) continue
    let end = fe
    end += DOSE.exec(text.slice(end, end + 24))?.[0].length ?? 0
    // “草本降糖胶囊”: a product's name in quotes, not what someone takes
    added.push({ start: s0, end, cls: 'medication', word: text.slice(s0, Math.min(end, s0 + 8)), evidence: new Map(quotedName(text, s0, end) ? [['programme', '']] : []) })
  }
  if (!added.length) return grown
  added.sort((a, b) => a.start - b.start)
  // a span that overlaps known conditions widens them and takes their class; one alone is added
  const out: Span[] = []
  let i = 0
  for (const a of added) {
    while (i < grown.length && grown[i].end <= a.start) out.push(grown[i++])
    let merged = false
    while (i < grown.length && grown[i].start < a.end) {
      const g = grown[i++]
      if (!merged) {
        g.start = Math.min(g.start, a.start)
        g.end = Math.max(g.end, a.end)
        for (const [ev, v] of a.evidence) if (!g.evidence.has(ev)) g.evidence.set(ev, v)
        out.push(g)
        merged = true
      } else {
        const last = out[out.length - 1]
        last.end = Math.max(last.end, g.end)
        for (const [ev, v] of g.evidence) if (!last.evidence.has(ev)) last.evidence.set(ev, v)
        if (rank(g.cls) > rank(last.cls)) last.cls = g.cls
      }
    }
    if (!merged) {
      if (out.length && out[out.length - 1].end > a.start) continue
      out.push(a)
    }
  }
  while (i < grown.length) out.push(grown[i++])
  return out
}

/** Between two conditions of one person: a comma or 、 and a few words that carry no new subject or action. */
const CHAIN_GAP = /^(?:[，,、]\s*)?(?:伴有|伴|并发|合并|致|及)?[^，,。；;：:\n\t（）()“”"《》]{0,6}$/
/** What a gap may not hold: a time, an action, a place of care, another subject, a number of cases. */
const CHAIN_BREAK = /[0-9０-９]|目前|现在|平时|吃|服|注射|佩戴|植入|每周|每天|每日|每月|长期|经|送|到|于|在|(?<!午)后|已|未|无|予|给予|行|就诊|就医|住院|治疗|医院|年|月|日|其|他|她|患者|本人|家属|丈夫|妻子|母亲|父亲|男方|女方|病例|例|人|名|和|或|等|建议|需|要|请/
const CHAIN_EXCLUDE: readonly HealthEvidence[] = ['aggregate', 'programme', 'organisation', 'population']

/**
 * A condition written as several clauses (左上臂刀刺伤，肱动脉部分断裂，失血性休克（轻度）; 脑出血倒地昏迷;
 * 2型糖尿病、残肢端溃疡) is one finding: neighbouring conditions whose gap holds no new subject, time or
 * action are joined with the words between them. Statistics, programmes and organisations never join.
 */
function chainConditions(text: string, spans: Span[], names: Int32Array): Span[] {
  if (spans.length < 2) return spans
  const out: Span[] = [spans[0]]
  for (let k = 1; k < spans.length; k++) {
    const a = out[out.length - 1]
    const b = spans[k]
    const gap = text.slice(a.end, b.start)
    const joinable =
      b.start >= a.end &&
      gap.length <= 8 &&
      CHAIN_GAP.test(gap) &&
      !CHAIN_BREAK.test(gap) &&
      !anyIn(names, a.end, b.start) &&
      !CHAIN_EXCLUDE.some((e) => a.evidence.has(e) || b.evidence.has(e)) &&
      rank(a.cls) >= 0 &&
      rank(b.cls) >= 0
    if (!joinable) {
      out.push(b)
      continue
    }
    a.end = b.end
    for (const [ev, v] of b.evidence) if (!a.evidence.has(ev)) a.evidence.set(ev, v)
    if (rank(b.cls) > rank(a.cls)) a.cls = b.cls
    a.evidence.set('list', '')
  }
  return out
}

/**
 * After a word that introduces a condition, the whole clause up to its punctuation is the condition:
 * the spans inside it become one (with the evidence of all), widened to the clause.
 */
function captureClauses(ctx: ScanContext, grown: Span[]): Span[] {
  const text = ctx.text
  const leads = ctx.hits.healthLead
  if (!leads.count) return grown
  // merged-away spans are marked, new ones collected: no splicing inside the loop (quadratic on long texts)
  const gone = new Uint8Array(grown.length)
  const added: Span[] = []
  let prevEnd = -1
  for (let h = 0; h < leads.count; h++) {
    // 被诊断为 holds 诊断为: one lead per place
    if (leads.starts[h] < prevEnd) continue
    prevEnd = leads.ends[h]
    const lead = leads.words[h]
    const leadEnd = leads.ends[h]
    let end = leadEnd
    while (end < text.length && end - leadEnd < 40 && !CLAUSE_END.has(text.charCodeAt(end))) end++
    if (end - leadEnd >= 40) continue
    // the first span inside the clause
    let lo = 0
    let hi = grown.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (grown[mid].end <= leadEnd) lo = mid + 1
      else hi = mid
    }
    while (lo < grown.length && gone[lo]) lo++
    if (lo >= grown.length || grown[lo].start >= end || grown[lo].start < leadEnd - 4) {
      // 诊断为亚临床甲状腺功能减退症, 彩超示左乳外上象限实性结节: a diagnosis or imaging finding names a
      // condition whether or not the word is in a list
      if (STRONG_LEAD.test(lead) && end > leadEnd + 1) {
        let stop = end
        const s2 = CLAUSE_STOP.exec(text.slice(leadEnd, end))
        if (s2) stop = leadEnd + s2.index
        if (stop - leadEnd >= 2 && stop - leadEnd <= 30 && !NOT_A_CONDITION.test(text.slice(leadEnd, stop))) {
          added.push({ start: EXAM_LEAD.test(lead) ? leads.starts[h] : leadEnd, end: stop, cls: 'disease', word: lead, evidence: new Map([['trigger', lead]]) })
        }
      }
      continue
    }
    const first = grown[lo]
    // a diagnosis verb belongs to the finding (确诊为…, as the verb-attached reading does); other leads do not
    const from = DIAGNOSIS_LEAD.test(lead) || EXAM_LEAD.test(lead) ? leads.starts[h] : CLAUSE_FROM_WORD.test(lead) ? Math.min(leadEnd, first.start) : first.start
    // stop where the clause turns to what was done (…，到医院就诊) — but never inside a span
    let stop = end
    const tail = text.slice(first.end, end)
    const s2 = CLAUSE_STOP.exec(tail)
    if (s2) stop = first.end + s2.index
    let last = lo
    while (last + 1 < grown.length && (gone[last + 1] || grown[last + 1].start < stop)) last++
    while (last > lo && gone[last]) last--
    stop = Math.max(stop, grown[last].end)
    if (stop < end && /^[\s、和及]*$/.test(text.slice(stop, end))) stop = end
    // 诊断为脑梗死恢复期，左侧肢体偏瘫: the next clause is another condition of the same diagnosis
    while (stop === end && text[end] === '，' && CLAUSE_FROM_WORD.test(lead)) {
      let next = last + 1
      while (next < grown.length && (gone[next] || grown[next].start <= end)) next++
      if (next >= grown.length || grown[next].start > end + 2) break
      last = next
      end = grown[next].end
      while (end < text.length && end - leadEnd < 60 && !CLAUSE_END.has(text.charCodeAt(end))) end++
      stop = end
    }
    const merged = grown[lo]
    for (let k = lo + 1; k <= last; k++) {
      if (gone[k]) continue
      gone[k] = 1
      for (const [ev, v] of grown[k].evidence) if (!merged.evidence.has(ev)) merged.evidence.set(ev, v)
      if (rank(grown[k].cls) > rank(merged.cls)) merged.cls = grown[k].cls
    }
    merged.start = Math.min(merged.start, from)
    merged.end = Math.max(merged.end, stop)
    if (!merged.evidence.has('trigger')) merged.evidence.set('trigger', lead)
  }
  const kept = grown.filter((_, k) => !gone[k])
  if (!added.length) return kept
  return kept.concat(added).sort((a, b) => a.start - b.start)
}

/** Columns of a household's circumstances (致贫原因, 困难原因): only some of their cells are conditions. */
const CAUSE_HEADER = /原因|类型|情况/

/** A condition, treatment or disability word lies in [start, end). */
function namesCondition(ctx: ScanContext, start: number, end: number): boolean {
  // 因病, 因残, 因学: the kind of cause, not a condition
  if (/^因[病残学灾婚丧](?:致贫|返贫)?$/.test(ctx.text.slice(start, end).trim())) return false
  for (const key of ['disease', 'symptom', 'treatment', 'organ', 'procedure'] as const) {
    const h = ctx.hits[key]
    for (let k = 0; k < h.count; k++) if (h.starts[k] >= start && h.ends[k] <= end) return true
  }
  DISABILITY.lastIndex = 0
  const m = DISABILITY.exec(ctx.text.slice(start, end))
  return m !== null || /残疾|瘫|病|癌|伤/.test(ctx.text.slice(start, end))
}

/** What belongs to a pregnancy term after it: 孕检结果显示…, 自然流产史. */
const PREGNANCY_TAIL = /^(?:结果(?:显示|示|提示|为)?[^，。；;\n]{1,20}|史)/
function termTail(text: string, end: number, rule: string): number {
  if (rule !== 'health-pregnancy') return 0
  return PREGNANCY_TAIL.exec(text.slice(end, end + 24))?.[0].length ?? 0
}

/** Ends of the person names found so far (names run before this detector). */
function personEnds(ctx: ScanContext): number[] {
  const ends: number[] = []
  for (const c of ctx.out) if (c.type === 'PERSON_NAME') ends.push(c.end)
  return ends
}

/** Runs the sticky `re` at each place the lexicon pass saw a word of `key`; one match per place, left to right. */
function atHits(ctx: ScanContext, key: LexiconKey, re: RegExp, onMatch: (start: number, m: RegExpExecArray) => void): void {
  const h = ctx.hits[key]
  let next = 0
  for (let k = 0; k < h.count; k++) {
    const p = h.starts[k]
    if (p < next) continue
    re.lastIndex = p
    const m = re.exec(ctx.text)
    if (!m) continue
    next = p + m[0].length
    onMatch(p, m)
  }
}

/** When spans merge, the merged one takes the most specific class. */
function rank(cls: HealthClass): number {
  switch (cls) {
    case 'disease':
      return 6
    case 'result':
      return 5
    case 'phrase':
      return 5
    case 'medication':
      return 3
    case 'procedure':
      return 4
    case 'treatment':
      return 3
    case 'labValue':
      return 2
    case 'generic':
      return 1
    case 'symptom':
      return 0
    case 'none':
      return -1
  }
}
