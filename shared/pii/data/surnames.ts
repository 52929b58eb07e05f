/**
 * 百家姓 and modern surname statistics. `common` covers well over 95% of the population and is what
 * free-text rules accept; `rare` is accepted only where a label or column header already says "a name".
 */
export const commonSurnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胡粟揭阎谌练银冼邸仝代滑雒逯寻亓蹇檀修上洪萧傅赖'

export const rareSurnames =
  '普门綦拓寸刀纳楼杭朴撒岩钮嵇芮羿储汲邴糜松井富乌巴弓牧隗山宓蓬郗班仰秋伊仇暴钭厉戎祖符景束幸韶郜蓟薄印宿怀邰从鄂索咸籍蔺屠池阴鬱胥能苍双闻莘贡劳逄扶堵宰郦雍郤璩濮寿通扈燕郏浦晏充慕茹习宦鱼容古慎戈庾终暨居衡步都满弘国禄阙东殳沃利蔚越夔隆厍晁勾融訾阚那空毋乜养须丰巢蒯相后红竺权盖益桓公仉督帅缑亢况郈有琴归海晋楚法汝鄢钦牟佴伯赏墨哈谯笪年爱言福信原啜战过母植招区皮危望郇漆字同昝禚贲线锁栗奚盘位禹卿狄宣辜裘湛茅'

/** 复姓 — compound surnames, tried before the single-character reading. */
export const compoundSurnames =
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 令狐 慕容 司徒 夏侯 长孙 宇文 轩辕 端木 独孤 南宫 西门 呼延 万俟 闻人 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 钟离 赫连 鲜于 闾丘 司空 亓官 司寇 子车 颛孙 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 羊舌 微生 梁丘 左丘 东门 第五 公羊 梁丘 欧 范姜 张简 张廖'
    .split(' ')
    .filter((s) => s.length === 2)
