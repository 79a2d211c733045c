import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './createBridge';

contextBridge.exposeInMainWorld('studio', createBridge(ipcRenderer));
