/**
 * Words that begin with a surname character but are not names (高度, 王国, 万元 …), and characters that
 * end a name when they follow it in running text. Used by the label-less and list rules only:
 * a column headed 姓名 may well hold 王国.
 */
export const nonNameWords =
  '惠民 文明 公卫 农家乐 白云 任总 路北 关爱 关心 全力 全年 成果 危化 和美 高发 常态 高度 高级 高中 高校 高速 高效 高温 高层 高新 高标准 王国 王朝 周末 周边 周期 周年 周围 周岁 周转 万元 万人 万亩 万户 万余 方案 方面 方法 方向 方式 方便 方针 常委 常务 常住 常规 常见 林业 林地 林场 石油 石化 石材 黄金 黄河 黄色 金额 金融 金属 于是 于此 和平 和谐 安全 安排 安置 安装 马上 马路 白色 白天 江苏 江西 江南 湖南 长江 长期 长城 钱款 孙子 曾经 章程 向前 向上 向下 程序 程度 严格 严重 史上 任务 任何 任职 文件 文化 文明 文章 文字 明确 明年 明天 明显 平安 平台 平均 平时 平方 田地 毛病 时间 时期 洪水 武装 武警 关于 关注 关系 关键 包括 党员 党委 成本 成员 成功 成立 成为 成果 成绩 华人 华侨 申请 申报 云南 丁字 合计 小计 总计 备注 其他 其它 以上 以下 应当 应该 应急 应用 宁夏 齐全 齐心 全部 全体 全面 全市 全县 全镇 全区 全省 全国 全年 邮政 邮编 单位 单元 单价 单独 单身 项目 连续 连同 胡同 司法 司机 商品 商业 商户 商铺 上述 上级 上报 上午 上年 上海 车辆 车主 车牌 管理 管护 计划 经营 经济 经查 经办 解决 解除 房屋 房产 房租 阳光 乐园 乐意 童装 刘海 毕业 柏油 花园 花费 苗木 路段 路口 路灯 路面 路政 路线 华庭 万达 步行 罗列 伍佰 伍仟 陆续 陆地 陆佰 柒佰 叶片 康复 康养 易燃 易于 易地 鲁能 盛情 贺信 贺电 戴帽 庄重 蓝天 蓝色 龙头 龙年 宋体 楷体 黑体 仿宋 沈阳 贵州 温度 温馨 雷电 雷雨 钟表 钟点 韩国 夏季 夏天 秋季 春季 冬季 东方明珠 梅花 杨树 柳树 杜绝 施工 施行 施策 符合 符号 苏州 查询 查处 查看 查明 查封 纪律 纪委 纪要 刑事 付款 付费 代表 代理 代办 代码 代发 卓越 艾滋 牛羊 牛奶 熊猫 孟夏 卫生 卫星 卫健 卫视 代为 双方 凌晨 安心 时任 陈述 明天'
    .split(' ')

/** Characters that, right after a candidate, show the name has ended (在/于/的/等/系/为 …). */
export const nameEndChars = '在于的等系为是因与和及向对将已曾现家同先女老反称说来投之所户住被把从到自经由男诉称等共均已现未仍也都又即及并且或而但请其'

/** Already masked or anonymised: 张某, 王**, 李某某, 张X, 赵×× — never a finding. */
export const maskChars = '某*＊×xX○〇●□■☆★?？_'

/** Characters that turn a surname-led token into a place (张家港, 王家村, 李庄镇) or an organisation. */
export const placeSuffixChars = '村庄镇乡港湾坝桥屯寨堡营店集铺岗坪沟河山湖街路巷市县区省州岭峪园苑厂局所站院校队组楼道里弄洲岛塘埠圩垸滩圳坊冲庙祠寺'
