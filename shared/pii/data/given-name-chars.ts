/**
 * Characters common in 名 (given names). Used to decide where a name ends in running text
 * ("住户万爱浩在公共绿地" → 万爱浩) and to keep ordinary words out of label-less rules.
 */
// top surnames are left out on purpose: in 感谢李娜 the name must start at 李, not at 谢
// (the last characters added: given names of the older, rural generation — 根生, 栓柱, 满仓, 旺财, 银锁 —
// that the name lists of famous people the odds come from hardly hold)
export const givenNameChars =
  '二三四五六八十一丁七万丈三上世丘丙东丝丹为主丽举久义乐乔九也书云亚亦京亭亮人仁今介仕代令以仪仲任伊伟传伦伯佑佩佳侃侠依俊俏俐保信修倩健偉偲傲儒元充兆先光克兰兴其典军冠冬冰凌凡凤凯凰函刚创初利前力功加助勇勋勤包化华卓南博卫印卿原友双发叔可叶吉同名君启吟呈和咏品哲唯啸善喜嘉囡园国圣坚坤城培基堂塘墨士壮声夏多大天太奇奕奎妍妙妤姗姝姣姬娅娇娜娟娣娥娴婉婧婕婷媛嫣子孝孟季学宁宇守安宏宗官宜宝宣宪宸家容宽富寒寿尊小尚尧山岑岚岩峰峻崇崎嵘川州巧巍帅希帆帝常平年幸广庆康廷建弘强彤彦彩彪彬影征德心志忠念怡思恒恩恬悦惠意愉慈慧憬成戈战才振捷敏敬文斌斐新方旋旭昀昂昆昊昌明昕星春昭晋晏晓晗晨晴晶智暄曦曼曾月有朋望朝木朵杉杰松林果枫柏柔柯栋栩树桂桐桥梁梅梓森楠榕模樱欢欣歌正武毅民水永汉江池沁沐沛河治泉波泰泽洁洋洪津洲浩海涛润涵淑清渊源溪滨漫潇潮澄澜瀚灵灿炎炜烁烨然焕煜照熙燕爱牧特玄玉玮环玲珂珊珍珠琦琪琳琴琼瑜瑞瑶瑾璇璐瓒生田由甲申男畅白百皓盈益盛真睿石研硕碧磊祖祥禄福秀秋程立竹笑笛筠策箐紫红纯绍经维绮缘美群義羽翔翠翰耀聪育胜舒航良艳艺芊芝芬芮芯花芳芸苑苗若英茂茜茹荣莉莎莹菁菲萌萍萱蓉蓓蔚蕊蕾薇虹蝶行衡裕西诗诚语诺谦豪贝贞贤超越跃轩辉达远连迪逸道遥邦郁都金鑫钦钰铭锋锐锦镇长闻阳阿陶隆雁雄雅雨雪雯震霄霆霏霖霞露青静韦韩韬音韵顺颖飞香馨驰骏高鸣鸿鹏鹤黎默龙丹凝卉咪姿娉婵媚嫦婕岳峥昱曜晟弈奕淼焱垚鑫芃蓁璟珏琛瑄璠沅涓淇湘漪澈熠燊谨谭麟鹭馥根开栓牢柱满仓旺财贵银锁'
