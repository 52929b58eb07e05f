import type { Handlers } from '../../../shared/api/contract'
import type { FrontDoor } from '../common/front-door'
import type { SettingsService } from './settings-service'

/** Preferences; the SettingsService keeps the 国密 switch to administrators. */
export function settingsHandlers(d: { door: FrontDoor; settings: SettingsService }): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => d.settings.get(),
    'settings.update': (request) => d.settings.update(request, d.door.acting()),
  }
}
