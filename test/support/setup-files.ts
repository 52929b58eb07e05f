// Run before every test file (vitest.config.ts setupFiles). The files of a worker share its modules, so a hook a
// shared helper registered when it was first loaded would belong to that first file only: hooks live here.
import { afterEach } from 'vitest'
import { removeTempDirs } from './temp-dir'

afterEach(removeTempDirs)
