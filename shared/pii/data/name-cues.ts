/**
 * Context words around a personal name in running text, by what they announce. Hand-written from the
 * genres the engine reads (12345 work orders, 流调 reports, 信访 replies, penalty decisions, village
 * minutes); the name model (detectors/name-model.ts) learns one weight per group, fitted on the labelled
 * development notices (scripts/pii-fit-name-model.ts). Everything here feeds the ruleset hash.
 */
export const nameCues = {
  /** a role, kinship or title word right before the name: 来电人孙美华, 网格员范丽萍, 其妻陈桂英 */
  before: [
    '来电人', '来访人', '反映人', '投诉人', '举报人', '信访人', '申请人', '当事人', '被申请人', '被投诉人', '被举报人', '留言人', '诉求人', '求助人', '报案人', '报警人', '受害人', '嫌疑人', '犯罪嫌疑人', '违法行为人', '行为人', '责任人', '负责人', '联系人', '经办人', '承办人', '审核人', '审批人', '签发人', '记录人', '主持人', '发言人', '代理人', '委托人', '受托人', '监护人', '法定代表人', '法人', '户主', '业主', '租户', '承租人', '出租人', '房东', '房主', '住户', '居民', '村民', '市民', '群众', '网格员', '楼长', '组长', '村长', '队长', '社长', '站长', '所长', '院长', '校长', '科长', '股长', '处长', '局长', '主任', '副主任', '书记', '副书记', '委员', '会计', '出纳', '文书', '干部', '村干部', '民警', '辅警', '警官', '协警', '律师', '法官', '检察官', '医生', '医师', '护士', '护士长', '药师', '技师', '老师', '教师', '班主任', '学生', '同学', '患者', '病人', '病例', '确诊病例', '密接者', '死者', '伤者', '乘客', '司机', '驾驶员', '驾驶人', '车主', '店主', '老板', '经理', '厂长', '董事长', '工人', '员工', '职工', '保安', '保洁员', '物业', '管家', '志愿者', '党员', '代表', '选手', '运动员', '邻居', '楼上', '楼下', '对门', '同事', '朋友', '好友', '亲属', '家属', '母亲', '父亲', '妻子', '丈夫', '儿子', '女儿', '孙子', '孙女', '外孙', '外孙女', '儿媳', '女婿', '哥哥', '姐姐', '弟弟', '妹妹', '其妻', '其夫', '其子', '其女', '其母', '其父', '之妻', '之夫', '之子', '之女', '妻', '夫', '子', '女', '母', '父', '老伴', '爱人', '配偶', '未婚妻', '公公', '婆婆', '岳父', '岳母', '爷爷', '奶奶', '外公', '外婆', '姥姥', '叔叔', '阿姨', '舅舅', '表哥', '表姐', '堂弟', '侄子', '师傅', '同志', '先生', '女士', '工作人员', '专干', '专员', '调解员', '协管员', '联络员', '信息员', '监督员', '评议员', '讲解员', '快递员', '外卖员', '骑手', '服务员', '营业员', '收银员', '厨师', '农户', '贫困户', '低保户', '脱贫户', '特困人员', '残疾人', '获奖者', '获得者', '参赛者', '被告', '原告', '被告人', '上诉人', '被上诉人', '第三人', '证人', '见证人', '被处罚人', '被执行人', '申请执行人',
  ],
  /** a verb or particle right before the name that takes a person: 经核实X, 由X负责, 向X了解 */
  beforeVerb: ['经', '由', '向', '对', '被', '让', '请', '找', '叫', '派', '联系', '委托', '告知', '通知', '询问', '约谈', '走访', '慰问', '看望', '探望', '陪同', '协助', '安排', '指派', '推荐', '表彰', '授予', '任命', '聘任', '免去', '选举', '当选', '批评', '处罚', '拘留', '传唤', '救治', '接诊', '收治', '护送', '帮助', '资助', '感谢', '致电', '电话联系', '当面', '劝说', '会同', '与', '和', '及', '同', '跟', '给', '把', '将', '以及', '其中', '包括'],
  /** a verb right after the name: X反映, X表示, X称, X确认出席 */
  afterVerb: ['反映', '表示', '称', '说', '讲', '介绍', '确认', '承认', '提出', '认为', '指出', '告诉', '回忆', '回应', '答复', '解释', '说明', '同意', '拒绝', '要求', '希望', '请求', '申请', '投诉', '举报', '来电', '来访', '来信', '致电', '报警', '报案', '出席', '参加', '主持', '签字', '签名', '负责', '经营', '租住', '居住', '家住', '住在', '系', '是', '为', '因', '于', '在', '曾', '已', '现', '患', '患有', '确诊', '就诊', '住院', '出院', '死亡', '去世', '病逝', '受伤', '驾驶', '骑', '醉酒', '饮酒', '殴打', '推搡', '辱骂', '拖欠', '占用', '搭建', '私自', '擅自', '多次', '长期', '一家', '家中', '家属', '夫妇', '夫妻', '母女', '父子', '一行', '等人', '等', '本人', '同志', '先生', '女士', '老人', '师傅', '医生', '护士', '老师', '书记', '主任', '家', '的', '之妻', '之夫', '之子', '之女', '与', '和', '及', '也', '又', '都', '则', '便', '就', '还', '并', '随后', '当即', '立即', '遂', '认可', '核实', '签收', '领取', '缴纳', '获得', '荣获', '被评为', '被授予', '担任', '任', '年', '岁', '到', '到场', '赶到', '前往', '去', '来', '带', '陪同', '随即', '立即', '当场', '现场', '亲自', '主动', '依法', '按时'],
  /** words right after a surname-led string that make it an organisation or a place: X疾控中心, 江山市 */
  afterOrg: ['疾控', '中心', '医院', '卫生', '公司', '集团', '有限', '银行', '学校', '学院', '大学', '中学', '小学', '幼儿园', '委员会', '村委', '居委', '社区', '街道', '政府', '办事处', '派出所', '分局', '支队', '大队', '中队', '法院', '检察院', '公安', '分公司', '超市', '商场', '酒店', '宾馆', '饭店', '广场', '大道', '公园', '景区', '工业园', '开发区', '新区', '片区', '水库', '大桥', '隧道', '高速', '机场', '车站', '码头', '小区', '花园', '苑', '府', '城', '湾', '店', '厂', '矿', '场', '馆', '站', '局', '处', '科', '办', '队', '所', '院', '校', '部', '委', '会', '社', '庄', '村', '镇', '乡', '县', '市', '区', '省', '州', '路', '街', '巷', '弄', '桥', '河', '江', '湖', '山', '岭', '峰', '寺', '庙', '塔', '楼', '阁', '门', '号', '牌', '型', '式', '号线', '方面', '地区', '一带', '流域', '水系', '品牌', '牌子', '系列'],
}

/**
 * Romanised surnames (Hanyu Pinyin, Cantonese and Wade–Giles spellings of common surnames) — the first
 * word of a Latin-letter name written beside a Chinese one (CHAN TAI MAN, LI WEIDONG).
 */
export const latinSurnames =
  'WANG LI ZHANG LIU CHEN YANG HUANG ZHAO WU ZHOU XU SUN MA ZHU HU GUO HE GAO LIN LUO ZHENG LIANG XIE SONG TANG HAN FENG DENG CAO PENG ZENG XIAO TIAN DONG YUAN PAN YU JIANG CAI DU YE CHENG SU WEI LYU LV DING REN SHEN YAO LU CUI ZHONG TAN FAN JIN SHI JIA XIA FU FANG BAI ZOU MENG XIONG QIN QIU YIN XUE YAN DUAN LEI HOU LONG TAO HAO GU MAO GONG SHAO WAN QIAN KONG XIANG KANG NIU QI QIAO PANG NIE ZHUANG ZHAN GENG GUAN OUYANG SIMA SHANGGUAN ZHUGE CHAN CHEUNG WONG LEE LAU CHAU NG HO YEUNG LAM LEUNG TSANG KWOK TSE CHOW LO MAK FUNG TANG YIP KWAN CHIU CHUNG CHENG CHOI TAM SIU CHU POON LUI TSUI KO LAI WAI CHING KWONG LUK LING TONG TO YAU YUEN HUI MOK SZETO AU HUNG CHIANG HSU HSIEH TSAI CHIEN KUO'.split(' ')

/** Characters that begin Uyghur and other transliterated given names written without a dot (古丽娜尔, 阿依古丽). */
export const ethnicNameStarts = ['古丽', '阿依', '热依', '努尔', '买买提', '阿不都', '阿卜杜', '艾合买提', '吐尔', '帕提', '迪丽', '米热', '阿尔', '玉素甫', '艾力', '依明', '卡德尔', '麦麦提', '巴特', '其其格', '乌兰', '斯琴', '娜仁', '扎西', '次仁', '卓玛', '旦增', '格桑', '央金', '德吉', '拉巴', '白玛', '多吉', '平措', '顿珠', '索朗', '益西', '尼玛', '达瓦', '岩温', '玉香']

/** Characters of transliterated (Uyghur, Kazakh, Mongolian, Tibetan, foreign) names: 热依拉·艾买提, 古丽娜尔. */
export const transliterationChars =
  '央措顿珠多吉平拉巴次仁玛白旺堆布琼达娃曲索朗桑扎西卓尼美罕温阿艾爱安昂奥巴拜班邦包贝本比彼别宾波伯博布卜查察达代丹当道德迪蒂丁都杜敦多朵俄额恩尔耳法菲费芬弗福甫噶盖甘冈戈格根古哈海罕汗杭豪合何赫亨洪胡花吉加佳贾坚江杰捷卡凯坎康柯科克肯孔库夸奎拉莱兰朗劳勒雷里理力丽利莉连琳留龙卢鲁路伦罗洛玛麦曼梅美蒙米密敏莫姆木穆那纳娜乃内尼妮宁努诺帕派潘佩皮普奇恰乔切钦琴丘曲热仁日荣萨塞赛桑色森沙尚舍什斯松苏索塔泰坦汤唐特提帖铁廷图吐托瓦旺威维温沃乌西希夏辛雅亚扬耶伊依易尤优玉约扎詹哲珍孜宗卓左嘎珠措旦买逊娃'

/** Traditional forms of surname and given-name characters, each followed by its simplified form (陳陈 黃黄): looked up as the simplified one. */
export const traditionalPairs =
  '陳陈 黃黄 張张 劉刘 楊杨 趙赵 吳吴 孫孙 馬马 鄭郑 謝谢 許许 韓韩 馮冯 鄧邓 蔣蒋 葉叶 蘇苏 呂吕 盧卢 鍾钟 譚谭 陸陆 範范 賈贾 龔龚 萬万 錢钱 嚴严 湯汤 溫温 顧顾 龍龙 羅罗 鄒邹 賴赖 莊庄 區区 歐欧 馬马 偉伟 強强 華华 國国 詠咏 樂乐 誌志 輝辉 傑杰 穎颖 麗丽 鳳凤 蘭兰 濤涛 軍军 紅红 東东 寶宝 貴贵 慶庆 榮荣 順顺 興兴 義义 誠诚 賢贤 嬌娇 雲云 儀仪 瑩莹 潔洁 靜静 聰聪 鵬鹏 鋒锋 銘铭 綺绮 韻韵 錦锦 鍵键 廣广 陽阳 達达 權权 寧宁 豐丰 發发 財财 鳴鸣 鴻鸿 聲声 獻献 瓊琼 嫻娴 齊齐 鄺邝 蕭萧 鄔邬 閻阎 衛卫 葛葛 曉晓 艷艳 愛爱 倫伦 專专 樹树 顏颜 郵邮 廖廖 劍剑 進进 運运 憲宪 學学 長长 協协 瑋玮 綠绿 敏敏'.split(' ')
