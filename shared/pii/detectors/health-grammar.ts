/**
 * The grammar of a written condition: the qualifiers, body parts and kinds before a condition word, what
 * follows it and belongs to it, the verbs that tie it to someone, labelled values, and the contexts that
 * say it is statistics, a programme or advice rather than somebody's condition.
 */
import { alternation } from '../context'
import { healthLexicon } from '../data/health-lexicon'

/** An accident and 致 before a condition: 高处坠落致, 车祸导致, 被犬咬伤致 */
export const CAUSE_BEFORE = /(?:[\u4e00-\u9fff]{0,2}(?:坠落|坠楼|摔伤|摔倒|跌倒|滑倒|车祸|交通事故|撞击|撞伤|溺水|触电|外伤|殴打|咬伤|砸伤|挤压|烧伤|烫伤)|被[\u4e00-\u9fff]{0,6}(?:咬伤|撞伤|打伤|砸伤|刺伤|压伤|挤伤|划伤|割伤|轧伤|碾伤|夹伤))后?[，,]?(?:致|导致|造成)$/
/** A diagnosis verb right before the condition is part of the finding: 确诊为新冠肺炎 says who has what. */
export const DIAGNOSIS_VERB = new RegExp(`(?:${alternation(healthLexicon.diagnosisVerbs)})了?$`)

/** How a complaint comes on, right before it: 突发左侧肢体无力, 反复头晕 */
export const ONSET_BEFORE = /(?:突发|突然|反复|持续|间断|阵发性|间歇性|频繁|偶有|偶尔|时有)$/
/** Qualifiers that may precede a condition word and belong to it: kind, side, body part, type. */
export const BEFORE_CONDITION = new RegExp(
  '(?:(?:[深浅]?[IVX]+度|[深浅]?[一二三]度|[一二三]级|剧烈|明显|轻微|严重|压缩性|爆裂性|吸入性|压迫性|外伤性|创伤性|感音神经性|神经性|药物性|酒精性|病理性|应激性|器质性|功能性|痉挛型|囊型|混合型|单纯型|急性期|慢性期|恢复期|阵发性|持续性|间断|间歇性|夜间|远端|近端|无移位|移位|(?:非)?ST段(?:抬高|压低)型|广泛前壁|前间壁|前壁|下壁|侧壁|散在|多发|大片|少量|大量|大面积|(?:暗|鲜|紫|淡)?红色|水样|血性|脓性|黏液|整夜|特(?=重型)|先兆|孕期|慢性|急性|亚急性|原发性|继发性|先天性|遗传性|过敏性|感染性|病毒性|细菌性|阻塞性|缺血性|出血性|outer|复发性|难治性|活动性|陈旧性|粉碎性|开放性|闭合性|多发性|弥漫性|转移性|恶性|良性|重度|中度|轻度|极重度|重症|晚期|早期|中晚期|双侧|单侧|左侧|右侧|双|左|右|[0-9]+型|[IVX]+型|[一二三四]型|' +
    '头部|头皮|颅内|颅|脑干|脑|面部|眼部|眼|耳|鼻|口腔|牙|颈部|颈椎|颈|肩部|肩|锁骨|胸部|胸椎|胸|肋骨|背部|腰部|腰椎|腰|腹部|腹|臀部|髋关节|髋|骨盆|股骨颈|股骨|大腿|膝关节|膝|小腿|胫骨|腓骨|踝关节|踝|足部|足|脚|手指|手掌|手腕|手部|手|腕|前臂|上臂|肱骨|桡骨|尺骨|' +
    '肺部|肺|肝脏|肝|肾脏|肾|心脏|心|胃|肠|脾|胆囊|胆|胰腺|甲状腺|乳腺|乳房|子宫|宫颈|卵巢|前列腺|膀胱|皮肤|全身|双下肢|下肢|上肢|四肢|软组织|脊柱|脊髓|冠状动脉|血管|神经|淋巴结|骨髓|血液|呼吸道|消化道|泌尿系统?))+$'.replace('outer|', ''),
)
/**
 * A body-part phrase before an injury or condition (右手中指末节, 腰1椎体, 右下肢膝上, 躯干及四肢): body
 * words with sides, levels and joins, holding at least one body word, and how many places (左踝部多处).
 */
export const BODY = '颜眉咽跖腱肌廓睾球骶尾关眶颧颌髌趾勺头颈肩臂肘腕手掌指胸背腰腹臀髋腿膝踝足趾脚眼耳鼻口唇舌牙颅脑面额颞枕骨皮肤肺肝肾心胃肠脾胆胰腺乳宫卵巢膀胱尿道椎胫腓股肱桡尺锁肋盆脊髓神经血管脉躯干肢体'
export const BODY_PHRASE = new RegExp(`(?:(?:中(?=指)|大(?=腿)|示(?=指)|跟(?=骨)|[屈伸](?=肌)|[上下左右双侧前后内外远近端部末节环拇食小及和、0-9L第总])*[${BODY}]){1,6}(?:[上中下]段)?[上中下左右双侧前后远近端部末节体区及底背心]*(?:多处|多发|[0-9一二两三四五六七八九十]处)?(?:约?[0-9.]+\\s*(?:cm|厘米|mm|毫米)(?:\\s*[×xX*]\\s*[0-9.]+\\s*(?:cm|厘米|mm|毫米))?)?$`)
/**
 * Other qualifiers that belong to the condition: a kind ending in 性/型 (血管性痴呆, 痉挛型脑性瘫痪,
 * 吸入性烟雾损伤), a time or setting (产后出血, 耐多药肺结核, 高原红细胞增多症), an organ's function
 * (排尿功能障碍).
 */
export const KIND_BEFORE = /(?:(?:急性|慢性|亚急性|原发性|继发性|先天性)(?:(?![患有因为是的了和与及在于被])[\u4e00-\u9fff]){1,4}|[左右双]?侧?第[0-9一二三四五六七八九十、\-～至]+|爆裂|粉碎|压缩|撕脱|横断|不完全性|(?:(?![患有因为是诊确查出现伴致的了和与及在于被性型虑疑示诉])[\u4e00-\u9fff]){1,2}(?:性|(?<![重轻中])型)(?:烟雾)?|危重型|[重轻中]型|(?:[IVX]+|[1-4一二三四])期|[CTLS][0-9]{1,2}|产后|产前|术后|病后|伤后|耐多药|耐药|高原|妊娠期|妊娠|老年性|小儿|新生儿|先天|双眼|单眼|左眼|右眼|双耳|创口|伤口|切口|(?:(?![患有因为是的了和与及在于被])[\u4e00-\u9fff]){0,5}(?:病毒|细菌|真菌|杆菌|球菌|支原体|衣原体|螺旋体)|(?:认知|运动|吞咽|言语|排尿|排便|肾|肝|心|肺|视|听|性|生殖)功能|排尿|排便|认知|运动|吞咽|言语|语言|α-|β-)$/
/** A substance before 中毒 or 过敏: 有机磷农药中毒, 青霉素类药物过敏 */
export const SUBSTANCE = /[^时在因致的了后，。；、\s（(]{1,6}$/
/** Conditions joined into one: 2型糖尿病并发周围神经病变, 骨折伴不完全性截瘫, 脊髓损伤致双下肢截瘫 */
export const JOIN = /^(?:并发|合并|伴有|伴|致|导致|引起|继发|并|及|、|后)$/
/** What may follow a condition word and belong to it: stage, grade, phase, a bracketed qualifier. */
export const AFTER_CONDITION =
  /^(?:（[^（）\n。；]{1,30}）|\([^()\n。；]{1,30}\)|[0-9一二三四五六七八九十两]+次|[0-9.]+(?:度|℃|°C)|谱系障碍|(?:[IVX]+|[一二三四五1-5壹贰叁肆伍]+)[期级度](?:[ABab])?|致残[一二三四五六七八九十]+级|约?[0-9.]+\s*(?:厘米|cm|毫米|mm)(?:\s*[×xX*]\s*[0-9.]+\s*(?:厘米|cm|毫米|mm))?|[早中晚末]期|期(?![间限内中末])|急性(?:加重|发作)(?:期)?|[加发]作期|发作|加重|复发|后遗症|反应|[\u4e00-\u9fff]{0,3}术后|约?[0-9.]+\s*(?:ml|mL|毫升)|(?:骨|肺|肝|脑|淋巴结)?转移|失代偿期|代偿期|活动期|稳定期|缓解期|静止期|延迟愈合|不愈合|愈合不良|缝合[0-9一二三四五六七八九十]+针|不退|不止|待排|待查|病(?![人房区院例友患毒种因情史])|病?史(?:[0-9一二三四五六七八九十两]+余?(?:年|个月))?|(?:已|约)?[0-9一二三四五六七八九十两半]+余?(?:年|个月)(?![0-9一二三四五六七八九十]*[月日号底初]|以来)|[0-9一二三四五六七八九十两半]+余?(?:天|周|小时|个?星期)(?![内后前以])|(?:基因|病毒)?携带者|伴[^，。；、\n]{0,0})*/
/** A verb or phrase right before the condition that ties it to someone. */
export const TRIGGER_BEFORE =
  /(?:近期|近来|近日|近[0-9一二三两几半]+(?:天|日|周|个月|年)|(?:复查|检查|化验|检测|体检|CT|MRI|DR|X线|B超|彩超|超声|胸片|造影|报告|结果)(?:提示|显示|示)为?|(?:判断|判定|考虑)为|每周|每天|每日|每月|定期|规律|维持性|每晚|需要|一直|经常|时常|常年|长期|仍|已经|发现|检查为|评估为|行|做过|做了|接受|确诊(?:为|患有)?|诊断(?:为|是)?|被诊断为|诊为|患有|患上|身患|罹患|曾患|因患|患|查出(?:患有)?|检出|出现|表现为|症状为|伴有|伴|合并|并发|诉|主诉|自述|自诉|感到|突发|突然|反复|持续|导致|致|造成|引起|引发|评定为|鉴定为|认定为|程度为|死于|病逝于|因|有|患病为|病情为)(?:了)?[^，。；\n]{0,2}$/
/** A label before the value: 症状：发热、咳嗽 */
export const LABEL_VALUE =
  /(?:主要疾病|疾病诊断|失能等级|失能程度|主要症状|临床症状|症状|初步诊断|临床诊断|出院诊断|入院诊断|诊断结果|诊断|目前病情|病情|既往病史|既往史|病史|检查结果|化验结果|检测结果|主诉|伤情|死亡原因|死因|病因|所患疾病|患病情况|疾病名称|病种|致残原因|健康状况|孕周)(?:为|是)?\s*[：:]\s*([^，。；\n\t]{1,40})/y
export const NOT_A_CONDITION = /^(?:无|否|没有|正常|健康|良好|一般|较好|未见异常|未见明显异常|阴性|不详|暂无|—|-|\/)/
/** A statement about the disease itself: 结核病是一种…, 高血压是…的危险因素, 抑郁症的早期识别 */
export const GENERAL_AFTER = /^(?:是一种|是[^，。；\n]{0,12}(?:因素|疾病|原因)|的(?:识别|诊断|治疗|预防|防治|早期|高发|传播|危害|发生|流行|防控|管理|筛查|规范|知识|特点|途径|不良事件|事件|风险|隐患))/
/** A treatment given so often or now under way: 透析三次, 化疗中 */
/** 在省人民医院骨髓移植, 转入感染科住院治疗, 送往…精神卫生中心住院治疗, 被送住院治疗: a treatment at, or on being taken to, a place of care */
export const TREATED_AT = /(?:(?:在|到|去|至|往|入|进)[^，。；\n]{1,12}(?:医院|卫生院|诊所|中心|科|病房|[一二三四五六七八九十]?附?院)(?:住院|门诊)?(?:进行|接受|行|做)?|被送)$/
/** 正在化疗, 每21天一次化疗, 做了4个疗程化疗, 做三次血液透析: a treatment under way, or given so many times */
export const ONGOING_BEFORE = /(?:正在|(?:平时|长期|每天|一直)(?:自己)?|每[日天周月年][^，。；;\n]{0,6}|[0-9一二三四五六七八九十两]+(?:天|周|个月)一次|(?:做|行|接受|进行)了?[0-9一二三四五六七八九十两]+个?(?:疗程|周期|次))$/
export const ONGOING_AFTER = /^(?:(?:做|打|挂)?了?[0-9一二三四五六七八九十两]+(?:次|回|个?周期|个?疗程)|中(?![心医西])|期间)/
/** Right after the condition: it names a rate, a count, a programme or a service, not a condition someone has. */
export const AGGREGATE_AFTER = /^(?:(?:、[^，。；、\n]{1,8}){1,3}等[^，。；\n]{0,4}(?:患者|人群|病人|对象|人员)|患者(?:规范|管理|监护|救治|服务|家庭)|等(?![待候同大圆高长])|患者(?:及时|应|要|须|需|逐人)|病毒[^，。；]{0,8}阴性|抗体[^，。；]{0,4}阴性|五项|病原携带者|表面抗原|流行|高发|高峰|(?:聚集性?)?疫情|聚集|传播|蔓延|防控|疫区|季节|[^，。；\n]{0,10}的(?:患者|病人|人群|群众|人员|老人|老年人|儿童|学生|居民|群体|家庭)|等(?:症状|不适|疾病)|(?:患者)?(?:规范管理率|管理率|发病率|患病率|死亡率|病死率|检出率|治愈率|知晓率|控制率|人数|人次|病例|患者\d|\d|例|等\d|共\d))/
export const PROGRAMME_AFTER =
  /^(?:(?:-[\u4e00-\u9fff]{1,6})*(?:联合)?(?:减毒|灭活)?(?:活)?疫苗|成分|针(?![灸刺])|表面抗体|[^，。；\n]{0,3}?时?(?:应|请|要|须|需)?及时(?:就[诊医]|报告)|症状|基因检测|检测|免疫|防治|筛查|宣传|知识|日|周|月|项目|专项|行动|活动(?![期性])|工作|疫苗|门诊|专科|科室|科|医院|中心|协会|待遇|鉴定|药物?|防控|监测|报告|讲座|义诊|健康教育|救助|保障|补助|定点|专家|研究|患者规范|规范|综合防治|预防|诊疗|诊治|治疗方案|等慢性病|等重点|事件|病种|早诊早治|诊断(?:医师|机构|标准|鉴定))/
export const AGGREGATE_BEFORE = /(?:(?:^|[：:，,、；\s])防|如有|如出现|若有|若出现|一旦出现|一旦|消除|根除|遏制|控制|共有|共计|累计|全市|全县|全省|全区|全镇|全国|辖区|开展|做好|加强|预防|防范|防止|关于|针对|重点|各类|常见|主要|以及|防治|筛查|宣传|普及|早期发现|管理|开设|新增|报告|预防控制|防控)[^，。；\n]{0,4}$/
/** 未见颅内出血, 排除骨折: a finding ruled out is not a condition */
export const NEGATED = /(?:不属于|不符合|并非|未见|未发现|未闻及|无明显|排除|否认|未再|没有|未出现|未诉)[^，。；\n]{0,4}$|^无$/
/** A list of example conditions naming a category or programme: 慢特病认定（高血压、糖尿病等）, “两癌”（宫颈癌、乳腺癌） */
export const CATEGORY_BEFORE = /(?:两癌|筛查|认定|病种|范围|包括|如|例如|诸如|重点)[”"]?[（(：:]$/
/**
 * A plant's disease (条锈病, 稻瘟病, 油菜菌核病) or a condition said of a crop (小麦…, 病株): a farm's
 * problem, not a person's health.
 */
export const PLANT_DISEASE = /(?:锈|稻瘟|赤霉|菌核|纹枯|白粉|霜霉|枯萎|黄萎|青枯|根腐|叶斑|叶枯|黑穗|线虫|花叶|黄龙|稻曲|立枯|猝倒)病/
export const CROP_BEFORE = /(?:小麦|水稻|早稻|中稻|晚稻|玉米|油菜|大豆|棉花|马铃薯|甘薯|果树|蔬菜|柑橘|苹果|茶树|烟草|花生|农作物|作物|林木|松树|苗木|麦田|稻田|秧苗|果园)[^，。；\n]{0,2}$/
export const CROP_AFTER = /^(?:病株|病田|病叶|病穗|病果|病苗|病树|病菌|病原菌|等病虫害|病虫害|[^，。；\n]{0,6}(?:病虫|统防统治|农药|杀菌剂))/
/** 华法林钠片与格列美脲片外包装…, …颗粒价格: the medicine as goods on a shelf */
export const PRODUCT_AFTER = /^(?:[与和及、][^，。；;\n]{1,10}?)?[^，。；;\n]{0,2}(?:外包装|包装|说明书|批号|标签|规格|价格|库存|货架|进货|销售)/
export const ANIMAL_AFTER = /^(?:胎羔|羔|母畜|母羊|母牛|牲畜)/
/** (not food: 牛奶蛋白过敏, 羊肉) */
export const ANIMAL_BEFORE = /(?:羊(?![奶肉癫角])|牛(?![奶肉])|猪(?!肉)|犬|狗|禽|牲畜|动物|胎羔|母畜)[^，。；\n]{0,4}$/
/** Result of a test about someone: …核酸阳性, 抗体检测呈阳性. */
export const POSITIVE = /(?:弱|强)?阳性/g
export const POSITIVE_ITEM_BOUNDARY = /[，。；：:、\n\t（(）)“”"|*×●]|经|其|的|后|示|行|经过|送检|中|日/
export const LAB_VALUE =
  /(?:白细胞|红细胞|血小板|血红蛋白|中性粒细胞(?:比例)?|淋巴细胞|空腹血糖|餐后血糖|随机血糖|糖化血红蛋白|血糖|血压|收缩压|舒张压|肌酐|血肌酐|尿素氮|尿酸|谷丙转氨酶|谷草转氨酶|转氨酶|胆红素|尿蛋白|血氧饱和度|血氧|CD4(?:细胞)?|病毒载量|视力|体温|促甲状腺激素|TSH|HBV-DNA|心率|脉搏|INR|凝血酶原时间|滴度|血锂浓度|血锂|血药浓度|尿隐血|尿糖|尿酮体|SpO2|体重指数|BMI)(?:计数)?(?:[（(][A-Za-z0-9-]{1,8}[）)])?(?:反复|持续|均|仍|最高)?(?:高于|低于|超过|达到?|为|：|:|示|约)*\s*(?:[（(]\+{1,4}[）)]|1[:：][0-9]+|[0-9][0-9.]*(?:\/[0-9]{2,3}(?![0-9]))?)(?:\s*[×xX*]\s*10[⁰¹²³⁴⁵⁶⁷⁸⁹0-9^]+)?\s*(?:℃|°C|mmol\/L|mIU\/L|IU\/ml|IU\/mL|次\/分|μmol\/L|umol\/L|g\/L|mg\/L|U\/L|\/L|\/mm3|mmHg|%|个\/μL|copies\/mL|\/\s*[0-9]+\s*mmHg)?/y
/** An organ's cancer or tumour with its histology: 甲状腺乳头状癌, 肺鳞状细胞癌, 左肺腺癌. */
export const ORGAN_TUMOUR =
  /(?:甲状腺|乳腺|肺|左肺|右肺|肝|胃|食管|结肠|直肠|结直肠|胰腺|胆囊|胆管|肾|膀胱|前列腺|宫颈|子宫内膜|子宫|卵巢|鼻咽|喉|口腔|舌|脑|骨|皮肤|淋巴)(?:[\u4e00-\u9fff]{0,5}?)(?:癌|肉瘤|母细胞瘤|胶质瘤)(?![\u4e00-\u9fff]?(?:科|医院|中心|筛查|防治|患者规范))/y
/** An organ and its operation: 胆囊手术, 甲状腺全切, 子宫切除, 肺上开过刀 (not 手术室, 手术费) */
export const ORGAN_OPERATED = /(?:甲状腺|乳腺|肺|左肺|右肺|肝|胃|食管|结肠|直肠|结直肠|胰腺|胆囊|胆管|肾|膀胱|前列腺|宫颈|子宫|卵巢|鼻咽|喉|脑|阑尾|心脏|乳房)(?:上|里)?(?:手术(?![室费台科间])|全切|切除(?:术|手术)?|摘除|开(?:过|了)?(?:一)?刀)/y
/** An organ's function graded: 心功能Ⅲ级 (NFKC: III), 肾功能不全3期. */
export const GRADED = /(?:心功能|肾功能|肝功能|肺功能)(?:不全|衰竭)?\s*(?:[IVX]+|[一二三四1-4])[级期]/g
/** 孕24周, 怀孕约10周, 孕39+2周 */
export const PREGNANCY_WEEKS = /(?:已)?(?:(?:怀孕|妊娠|孕)约?[0-9]{1,2}(?:\+[0-9])?周|孕[0-9]{1,2}\+[0-9](?![0-9])|孕[0-9]{1,2}产[0-9]{1,2}|孕[早中晚]期(?:[（(]孕?[0-9]{1,2}(?:\+[0-9])?周[）)])?|停经[0-9]{1,3}(?:\+[0-9])?(?:周|天)|(?<![A-Za-z])G[0-9]{1,2}P[0-9]{1,2}(?![A-Za-z0-9]))/g
/** 拟孕34周左右, 预计…: a plan, not a state */
export const PLANNED_BEFORE = /(?:拟|预计|计划|满|至|到)$/
/**
 * 轻伤二级, 重伤一级: a forensic injury grade (GA/T injury-severity wording); 危险性评估3级, 风险评估3级: a
 * patient's graded risk assessment — not a threshold (3级以上患者), nor 0级 (no risk found).
 */
export const INJURY_GRADE = /(?:(?:轻伤|重伤)[一二]级|(?:精神|暴力)?危险性(?:评估)?(?:结果)?(?:为|等级为?)?[1-5一二三四五]级|风险评估(?:结果)?(?:为|等级为?)?[:：]?[1-5一二三四五]级)(?!\s*(?:以上|以下|及以上|及以下|以内|至|到|和|或|患者|的患者|人员|对象))/g
/** An allergen before 过敏: 青霉素类药物过敏, 海鲜过敏, 牛奶蛋白过敏, 花生及树坚果严重过敏. */
export const ALLERGEN = /对(?:[^对时在因致的了后，。；、\s（(]){1,6}$|(?:严重)?(?:(?:海鲜|花粉|尘螨|鸡蛋|牛奶|树?坚果|芒果|酒精|碘|花生|虾|蟹|小麦|大豆|鱼虾|鸡蛋|蛋类|奶类)(?:蛋白)?[及和、]?)+(?:严重|重度|轻度)?$|(?:[\u4e00-\u9fff]{1,5}(?:素类|素|类|酶))?(?:药物)?$/
/** 冠状动脉支架植入术, 子宫切除术: an operation named on someone. */
export const PROCEDURE_STOP = /[，。；：:、\n\t（(）)]|过|行|做|接受|实施|进行|经|予|了|次/
/** 经 that opens the way in (经皮, 经尿道, 经鼻): part of the operation's name, not 经 (after) */
export const VIA = /^经[皮尿鼻腹口胸阴]/
/**
 * A word ending like a condition (川崎病, 甲状腺功能亢进症, 颅脑损伤) right after 患/因/确诊: the ending
 * names the kind, the words before it the condition. At most 9 characters, no clause break or person inside.
 */
export const CONDITION_ENDING = /^(?:(?![患者病人的是在于被和而及与或并、为因由])[\u4e00-\u9fffA-Za-z0-9]){1,8}?(?:病|症|炎|癌|瘤|综合征|障碍|不良|不全|衰竭|损伤|骨折|骨裂|感染|梗死|梗塞|畸形|缺损|狭窄|瘫|中毒|过敏|结石|囊肿|增生|疝|溃疡|出血|挫伤|烧伤|肿大|阳性)(?![人房区院例友患毒种情因状])/

/**
 * A clinical scale or score read by its shape (Barthel指数30分, MMSE评分9分, 格拉斯哥昏迷评分13分, ADL评分35分):
 * points after a scale's name — a Latin abbreviation, a named index or a clinical faculty with 评分/量表.
 * Read back from the points; a limit (≥26分为正常), a full mark (满分100分) or a mean is not someone's score.
 */
export const POINTS = /[0-9]{1,3}(?:\.[0-9])?\s*分(?![钟之数])/g
export const SCORE_NAME =
  /(?:(?:[A-Z][A-Za-z]{1,7}(?:-?[0-9]{1,2})?|Barthel|Rankin)\s*(?:跌倒|压疮|疼痛|营养)?(?:指数|量表|评分|得分|总分)*|(?:格拉斯哥(?:昏迷)?|昏迷|日常生活(?:活动)?能力|生活自理能力|自理能力|认知功能|跌倒风险|压疮风险|营养风险|疼痛|抑郁|焦虑|肌力)(?:指数|量表)?(?:评分|得分|总分))(?:结果)?\s*(?:为|：|:|是|仅)?\s*$/
export const SCORE_NOT = /(?:满分|平均|均值|标准|合格|以上|以下|≥|≤|<|>|[（(]满)\s*$/
/**
 * A graded finding: a rabies exposure grade (Ⅲ级暴露, read as III after folding), a muscle strength
 * (左上肢肌力3级).
 */
export const GRADE_FINDING = /(?:III|II|I|[一二三])级暴露|(?:[左右双]侧?)?(?:上肢|下肢|肢体|四肢|近端|远端)?肌力[0-5][+-]?级/g
/**
 * A sign on a body part (咽部充血, 皮肤破损, 精索静脉曲张, 心脏杂音, 双肺可闻及湿啰音): a sign's ending found
 * first, then the body-part phrase read back from it, with a degree between them (扁桃体II度肿大). Read
 * anywhere; the scorer then needs what ties it to someone.
 */
const SIGN_HEADS = '关闭不全|充血|肿大|红肿|溃烂|畸形|闭锁|狭窄|曲张|侧弯|侧凸|杂音|啰音|哮鸣音|失禁|结节|肿块|包块|积液|钙化|萎缩|水肿|压痛|增厚|渗血|渗液|化脓|破损|过缓|过速|不齐|膨出|扩张|增大|占位|阴影|斑片影|血肿|坏疽|坏死|闭塞|梗阻|穿孔|脱垂|搏动减弱|搏动消失|溃疡|黄染|划痕|伤痕|瘀青|淤青|抓伤|擦伤|划伤'
export const SIGN_HEAD = new RegExp(SIGN_HEADS, 'y')
/** the characters a sign's ending starts with */
export const SIGN_HEAD_FIRST = SIGN_HEADS.split('|')
export const SIGN_BEFORE = new RegExp(
  '(?:[左右双]侧?|[上下前后内外]|部|上叶|下叶|中叶)*(?:大小便|小便|大便|视神经|巩膜|皮肤巩膜|前臂|头皮|额部|颊部|额|颊|动静脉内瘘|内瘘|足背动脉|二尖瓣|三尖瓣|主动脉瓣|扁桃体|甲状腺|淋巴结|精索静脉|精索|静脉|动脉|心脏|窦性心动|心动|心律|双肺|肺|肝|脾|肾|咽部|咽|喉|气管|支气管|胆道|胆囊|胆管|食管|胃|肠|脊柱|关节|皮肤|黏膜|伤口|创面|切口|眼睑|结膜|角膜|晶状体|视网膜|鼓膜|牙龈|舌|乳房|乳腺|子宫|卵巢|前列腺|膀胱|腹腔|胸腔|盆腔|颅内|腰椎|颈椎|胸椎|椎间盘|股骨头|半月板|韧带|肌腱|下肢|上肢|四肢|面部|颜面|眼|耳|鼻|口唇|口腔|手|足|指|趾|腹|胸|背|腰|颈|头)(?:[左右双]侧?|[上下前后内外]|部|上叶|下叶|中叶|段|区|皮肤|头皮|黏膜)*(?:可闻及|可见|见|有)?(?:[一两数多]处|[一两]个|[一两三四五数多]道)?(?:新旧)?约?(?:散在|少量|大量|多发|明显|轻度|中度|重度|(?:III|II|IV|I|[一二三四])度|[0-9.]+\\s*(?:cm|mm|厘米|毫米)\\s*)?(?:湿性|干性|湿|干|浅表|深)?$',
)
/** 中性粒细胞减少, 血小板降低: a blood cell count's direction */
export const CELL_CHANGE = /(?:白细胞|红细胞|血小板|中性粒细胞|淋巴细胞|嗜酸性粒细胞|血红蛋白)(?:计数)?(?:减少|增多|降低|升高|偏低|偏高)(?:症)?/g

/** A disability category or level (视力残疾二级, 伤残七级, 重度残疾), as detectors/health.ts reads them. */
export const DISABILITY =
  /(?:(?:先天性|后天性)?(?:双眼|单眼|左眼|右眼|双耳|左耳|右耳)?(?:视力|听力|言语|肢体|智力|精神|多重|视听)(?:残疾|障碍)(?:[一二三四1-4]级)?)|(?:视力|听力|言语|肢体|智力|精神)[一二三四1-4]级|[一二三四1-4]级(?:视力|听力|言语|肢体|智力|精神|多重)?残疾|(?<![一二三四五六七八九十至到~～-])[五六七八九十]级残疾(?!人)|(?:重度|中度|轻度|极重度)残疾|残疾(?:等级|类别|程度)(?:[:：]|为|是)?[一二三四1-4]级|残疾(?:类别|类型)(?:[:：]|为|是)?(?:视力|听力|言语|肢体|智力|精神|多重)(?:残疾)?(?:[一二三四1-4]级)?|伤残等级(?:[:：]|为|是)?[一二三四五六七八九十]{1,2}级|伤残[一二三四五六七八九十]{1,2}级|[一二三四五六七八九十]{1,2}级伤残|(?:因公|因战|因病)?致残[一二三四五六七八九十]{1,2}级|工伤[一二三四五六七八九十]{1,2}级/g
/** a count of people right after a category or a class of people: how many are in it */
export const COUNT_AFTER = /^[0-9０-９一二三四五六七八九十两]+(?:名|人|例|户)/
export const FIELD = /^(?:残疾(?:等级|类别|程度|类型)|伤残等级)/
/** 拟评定为七级: a bare level as the outcome of an assessment; a disability one only where the text is about disability. */
export const ASSESSED_LEVEL = /(?:评定为|鉴定为|评为|认定为|定为)([一二三四五六七八九十]{1,2}级)(?![^，。；\n]{0,2}(?:以上|以下|及|至|和))/g
export const DISABILITY_TOPIC = /残疾|伤残|评残|劳动能力/
/** 建议怀孕后…, 暂缓怀孕, 纳入孕产妇系统管理, 残疾儿童康复救助: advice and programmes */
export const GUIDANCE_BEFORE = /(?:[0-9一二三四五六七八九十两]+名|免费|建议|暂缓|计划|择期|拟|避免|准备|纳入|发现已|防止|预防|对于|高危)[^，。；\n]{0,2}$/
export const GUIDANCE_AFTER = /^(?:[”"]?(?:预约|服务|项目|活动)|风险(?:评估|筛查|评定|分级|五色|管理)|个案|医生|医师|门诊|病房|系统管理|专案管理|保健|健康管理|后[0-9]|的[，,]|康复救助|救助|定点|机构|补贴|保障|关爱|工作)/
/**
 * Figures about a population in the same sentence. A percentage before a substance and its form
 * (0.9%氯化钠注射液, 5%葡萄糖, 75%酒精) is a concentration, and a burn's area (烧伤总面积约18%TBSA) a share of a
 * body, not a share of people.
 */
export const STATISTICS = /(?<!(?:浓度|饱和度|脉氧|血氧|糖化血红蛋白|HbA1c|含量|比值|分数|面积)(?:为|达|约|仅)?\s*[\d.]*)\d(?:\.\d+)?\s*%(?!\s*TBSA|\s*(?:[\u4e00-\u9fff]{1,6}(?:注射液|溶液|葡萄糖|氯化钠|酒精|乙醇|软膏|乳膏|凝胶|滴眼液|滴剂)))|率为|(?:(?<![\d.])[02-9]|\d{2,}|\d\.\d+)\s*万?(?:例|人次|人|名)|(?:发病|患病|死亡|管理|检出|报告|筛查|接种)(?:率|数)|居前|万人|‰|\/10万/
