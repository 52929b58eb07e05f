// The sandboxed preload: no Node, no npm packages, one object exposed. Everything it decides lives in
// bridge.ts so it can be tested without Electron.
import { contextBridge, ipcRenderer } from 'electron'
import { bridgeGlobalName } from '../../shared/api/bridge'
import { createBridge } from './bridge'

contextBridge.exposeInMainWorld(bridgeGlobalName, createBridge(ipcRenderer))
