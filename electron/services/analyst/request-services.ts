/**
 * The analyst and preferences entries of AppServices, for the lead to spread into the composed
 * services object (Electron main and browser mode alike).
 */
import type { AppServices } from '../app-services';
import type { AnalystService } from './analyst-service';

export type AnalystRequests = Pick<
  AppServices,
  | 'analyst:get'
  | 'analyst:apply'
  | 'analyst:undo'
  | 'analyst:redo'
  | 'analyst:dismiss-notices'
  | 'analyst:save-status'
  | 'preferences:get'
  | 'preferences:set'
>;

export function analystRequestServices(service: AnalystService): AnalystRequests {
  return {
    'analyst:get': () => service.get(),
    'analyst:apply': ({ action }) => service.apply(action),
    'analyst:undo': () => service.undo(),
    'analyst:redo': () => service.redo(),
    'analyst:dismiss-notices': () => service.dismissNotices(),
    'analyst:save-status': () => service.saveStatus(),
    'preferences:get': () => service.preferences.get(),
    'preferences:set': ({ patch }) => service.preferences.set(patch),
  };
}
