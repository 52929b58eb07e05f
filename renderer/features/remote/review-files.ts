/**
 * What the file pickers offer for review requests (审核请求-….zip) and decision files (审核结果-….zip).
 * The services check every byte (format, signatures, trust); the filter only keeps unrelated files away.
 */
export const reviewFileAccept = '.zip,application/zip'
