// Plain lists without schema code so the preload can import them with no npm dependency.

/** Every request channel the renderer may invoke. */
export const requestChannels = [
  'app.info',
  'notice.create',
  'notice.list',
  'notice.get',
  'notice.update',
  'notice.delete',
  'notice.restore',
  'notice.purge',
  'notice.versions',
  'notice.version',
  'notice.decisions',
  'notice.decide',
  'notice.undecide',
  'notice.manualFindings',
  'notice.markManual',
  'notice.unmarkManual',
  'settings.get',
  'settings.update',
  'session.get',
  'session.setup',
  'session.signIn',
  'session.signOut',
  'account.list',
  'account.create',
  'account.reset',
  'account.changePassword',
  'account.setRoles',
  'account.deactivate',
  'account.revokeKey',
  'notice.workflow',
  'notice.review',
  'notice.prepareSubmit',
  'notice.submit',
  'notice.approve',
  'notice.reject',
  'notice.withdraw',
  'notice.export',
  'trust.get',
  'trust.export',
  'trust.preview',
  'trust.import',
  'trust.remove',
  'audit.list',
  'audit.verify',
  'bundle.verify',
  'review.exportRequest',
  'review.importRequest',
  'review.remoteList',
  'review.remoteGet',
  'review.remoteDecide',
  'review.importDecision',
  'notice.import',
  'notice.expiring',
  'notice.takeDown',
  'sweep.start',
  'sweep.status',
  'sweep.file',
  'sweep.export',
  'sweep.cancelExport',
  'sweep.draft',
  'sweep.chooseFolder',
  'sweep.folders',
  'sweep.history',
] as const
export type RequestChannel = (typeof requestChannels)[number]

/** Every event channel the renderer may subscribe to. */
export const eventChannels = ['notice.changed', 'session.changed', 'import.progress'] as const
export type EventChannel = (typeof eventChannels)[number]

/** The single Electron IPC channel that carries API requests; the API channel name travels inside it. */
export const ipcInvokeChannel = 'countersign:invoke'
/** The prefix of Electron IPC channels that carry events to the renderer. */
export const ipcEventPrefix = 'countersign:event:'

export function isRequestChannel(value: unknown): value is RequestChannel {
  return typeof value === 'string' && (requestChannels as readonly string[]).includes(value)
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (eventChannels as readonly string[]).includes(value)
}
