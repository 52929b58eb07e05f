import type { Account, TrustKey } from '../../../shared/accounts/index'
import { pae, parseEnvelope } from '../../../shared/bundle/dsse'
import { bundlePaths } from '../../../shared/bundle/layout'
import { keyValidAt } from '../../../shared/bundle/trust'
import { checkSignature, readDraftEnvelope } from '../../../shared/bundle/verify-envelope'
import { checkComplete, checkDigests, digestCache } from '../../../shared/bundle/verify-subjects'
import { base64Decode } from '../../../shared/crypto/base64'
import { bytesEqual, utf8Decode } from '../../../shared/crypto/bytes'
import { renderHtml, renderTxt } from '../../../shared/publish/render-html'
import { nodeDigests, verifyEd25519 } from '../bundle/index'
import { DECISION_PAYLOAD_TYPE, decisionEnvelopePath, refused, type ReviewDecision, type ReviewRequest } from './review-files'

/**
 * 异地审核's trust checks: a review request must be signed by a trusted drafter over exactly the files it
 * carries, and a decision by a trusted reviewer who is not the drafter, with a key valid when it signed.
 */

/** The request is signed by a trusted drafter, its files are the signed ones, and its review text is theirs. */
export function checkRequest(request: ReviewRequest, files: ReadonlyMap<string, Uint8Array>, content: ReadonlyMap<string, Uint8Array>, actor: Account, trusted: readonly TrustKey[]): void {
  const what = '审核请求文件'
  const trustMap = new Map(trusted.map((k) => [k.keyid, k]))
  const draft = readDraftEnvelope(files)
  if (!draft.predicate || draft.problems.length > 0) refused(what, '起草签名无法读取', 'the draft envelope cannot be read')
  if (draft.predicate.noticeId !== request.noticeId || draft.predicate.version !== request.revision || draft.predicate.signer.keyid !== request.drafter.keyid) {
    refused(what, '请求说明与起草签名不一致', 'request.json does not match the draft envelope')
  }
  const signature = checkSignature(draft, trustMap, verifyEd25519)
  if (!signature.ok) {
    refused(what, `${signature.reason['zh-CN']}。请先导入起草单位的信任列表，并当面核对指纹`, `${signature.reason.en}. Import the drafting office's trust list first and compare fingerprints in person`)
  }
  if (!signature.key.roles.includes('drafter')) refused(what, `${signature.key.name} 在信任列表中不是起草人`, `${signature.key.name} is not a drafter in the trust list`)
  if (signature.key.personId === actor.id) refused(what, '不能审批自己起草的公告', 'you cannot review a notice you drafted')
  const digestOf = digestCache(content, nodeDigests)
  for (const check of [checkDigests(draft.subjects, digestOf), checkComplete(draft.subjects, content)]) {
    if (!check.ok) refused(what, check.reason['zh-CN'], check.reason.en)
  }
  // the text the reviewer reads must be exactly the signed text
  const published = request.review.published
  if (utf8Decode(content.get(bundlePaths.txt) ?? new Uint8Array()) !== renderTxt(published) || utf8Decode(content.get(bundlePaths.html) ?? new Uint8Array()) !== renderHtml(published)) {
    refused(what, '请求中的审核文本与签名的发布内容不一致', 'the review text differs from the signed published files')
  }
}

/** The decision file is signed by a trusted reviewer who is not the drafter. Returns the reviewer's key. */
export function checkDecisionSignature(files: ReadonlyMap<string, Uint8Array>, payload: Uint8Array, decision: ReviewDecision, trusted: readonly TrustKey[], drafterId: string): TrustKey {
  const what = '审核结果文件'
  const envelopeFile = files.get(decisionEnvelopePath)
  if (!envelopeFile) refused(what, '缺少审核人签名', 'the decision is not signed')
  const parsed = parseEnvelope(envelopeFile)
  if (!parsed.ok || parsed.value.envelope.payloadType !== DECISION_PAYLOAD_TYPE) refused(what, '审核人签名格式不对', 'the decision signature is malformed')
  if (!bytesEqual(parsed.value.payload, payload)) refused(what, '签名内容与 decision.json 不一致', 'the signature does not cover decision.json')
  const key = trusted.find((k) => k.keyid === decision.reviewer.keyid)
  if (!key) refused(what, `审核人 ${decision.reviewer.name} 的密钥不在信任列表中，请先导入审核人机器导出的信任列表并当面核对指纹`, "the reviewer's key is not trusted; import the trust list of the reviewer's machine first")
  const sig = parsed.value.envelope.signatures.find((s) => s.keyid === key.keyid)
  let valid: boolean
  try {
    valid = sig !== undefined && verifyEd25519(base64Decode(key.publicKey), pae(DECISION_PAYLOAD_TYPE, payload), base64Decode(sig.sig))
  } catch {
    valid = false
  }
  if (!valid) refused(what, '审核人签名验证失败（文件被改动）', 'the reviewer signature does not verify (the file was altered)')
  if (key.personId !== decision.reviewer.id) refused(what, '签名密钥不属于文件中写明的审核人', 'the signing key belongs to someone other than the named reviewer')
  if (!key.roles.includes('reviewer')) refused(what, `${key.name} 在信任列表中不是审核人`, `${key.name} is not a reviewer in the trust list`)
  if (key.personId === drafterId) refused(what, '审核人与起草人是同一人', 'the reviewer is the drafter')
  // the verifier's rule, revocation reasons included: a compromised key signs nothing, whatever the date says
  if (!keyValidAt(key, decision.decidedAt)) {
    refused(what, '审核人的密钥在签名时已失效（吊销或过期）', "the reviewer's key was not valid when it signed (revoked or expired)")
  }
  return key
}

