export * from './analyst-service';
export * from './request-services';
export { STORE_NAME } from './store-content';
export { prepareStoreFile, rollingBackupPath, storeFilePath, type StoreNotice } from '../persist/store-file';
