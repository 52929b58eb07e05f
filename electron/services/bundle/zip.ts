/** Deterministic zip writing and strict zip reading for signed bundles. */
export { writeZip, type ZipWriteOptions } from './zip-write'
export { readBundleZip, readZip, defaultZipLimits, type ZipLimits } from './zip-read'
export { ZipError, type ZipErrorCode } from './zip-error'
