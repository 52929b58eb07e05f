export { isSweptFile, sweepFile, sweepPolicy, SweepUsageError, unreadableReason, walk } from './sweep-file'
export { mergeSweeps, needsAction, parseShard, runSweep, stateName, sweepFiles, writeReports, type Shard, type SweepHooks, type SweepOptions, type SweepProgress } from './run-sweep'
export { SweepService } from './sweep-service'
export { checkedFolderAsync, driveRoots, folderListLimit, listFolders, type DriveProbe } from './folder-browser'
