export { isSweptFile, sweepFile, sweepPolicy, SweepUsageError, unreadableReason, walk } from './sweep-file'
export { mergeSweeps, needsAction, parseShard, runSweep, stateName, sweepFiles, writeReports, type Shard, type SweepHooks, type SweepOptions, type SweepProgress } from './run-sweep'
export { SweepService } from './sweep-service'
export { checkedFolderAsync, folderListLimit, listFolders } from './folder-browser'
