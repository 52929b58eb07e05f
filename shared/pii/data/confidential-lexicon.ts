/**
 * Drafting-stage and classification marks (公文 process wording). 绝密/机密/秘密 count only with ★;
 * a bare 内部 only inside brackets.
 */
export const confidentialMarkers = [
  '征求意见稿', '公开征求意见稿', '讨论稿', '送审稿', '审议稿', '报审稿', '修改稿', '初稿', '草稿',
  '内部资料', '内部文件', '内部材料', '内部使用', '内部参考', '内部传阅', '内部刊物', '内部明电', '内部',
  '请勿外传', '不得外传', '严禁外传', '禁止外传', '请勿转发', '不得转发', '注意保密', '严格保密',
  '此件不公开', '不予公开', '不宜公开', '工作秘密', '绝密', '机密', '秘密',
]
