/**
 * Drafting-stage and classification marks (公文 process wording). 绝密/机密/秘密 count only with ★;
 * a bare 内部 only inside brackets. Handling instructions (请勿外传, 严格保密, 不得翻印 …) are marks when they
 * stand alone or speak of the document (本材料…请勿外传), not when a sentence promises discretion
 * (我们将对反映人信息严格保密).
 */
export const handlingInstructions = ['请勿外传', '不得外传', '严禁外传', '禁止外传', '请勿转发', '不得转发', '注意保密', '严格保密', '不得翻印', '严禁翻印', '不得复印', '注意保存', '阅后收回', '阅后退回', '用后收回']
export const confidentialMarkers = [
  '征求意见稿', '公开征求意见稿', '讨论稿', '送审稿', '审议稿', '报审稿', '修改稿', '初稿', '草稿',
  '内部资料', '内部文件', '内部材料', '内部使用', '内部参考', '内部传阅', '内部刊物', '内部明电', '内部',
  '请勿外传', '不得外传', '严禁外传', '禁止外传', '请勿转发', '不得转发', '注意保密', '严格保密',
  '仅供领导参阅', '仅供参阅', '供领导参阅', '领导参阅件', '仅限院内传阅', '仅限内部传阅', '内部传阅件', '内部传阅', '限内部传阅', '传阅件', '不得翻印', '严禁翻印', '不得复印', '注意保存', '阅后收回', '阅后退回', '用后收回', '仅限内部使用', '内部工作使用',
  '此件不公开', '不予公开', '不宜公开', '工作秘密', '绝密', '机密', '秘密',
]
