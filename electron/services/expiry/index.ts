export { ExpiryService, expiryWindowDays, exportPublishUntil, recordExport, type ExpiringBundle, type ExportRecord } from './expiry-service'
