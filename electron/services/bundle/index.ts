/**
 * Signed bundles on the Node side: signing (submit, approve), export as a deterministic zip, and verification
 * of a received zip. The format itself and the pure verifier live in shared/bundle.
 */
export { assembleBundle, BundleBuildError, buildBundle, signApproval, signDraft, verifyTextBytes, type ContentFiles, type SignedEnvelope, type SigningKey, type Sm2SigningKey } from './build'
export {
  generateSigningKey,
  generateSm2SigningKey,
  keyidOf,
  nodeDigests,
  publicKeyFromRaw,
  rawPublicKey,
  sha256Hex,
  signEd25519,
  signEnvelope,
  sm2KeyidOf,
  sm2PublicKeyOf,
  verifyEd25519,
} from './node-crypto'
export { verifyBundleZip, type BundleFileCheck, type BundleFileResult } from './verify-zip'
export { defaultZipLimits, readBundleZip, readZip, writeZip, ZipError, type ZipErrorCode, type ZipLimits, type ZipWriteOptions } from './zip'
