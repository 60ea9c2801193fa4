export { SaSafeAccess, SAFE_ACCESS_HOTLINE_ID, SAFE_ACCESS_EMERGENCY_ID } from './safe-access.js';
export {
  ADDRESS_PROGRAMS,
  bundledAddressProgram,
  type AddressProgram,
  type ProgramRunner,
} from './address-programs.js';
export type { AgencyAddressProgram, CaseworkerLine, ProtectionWording, WordingMap } from './agency-config.js';
export { PROTECTION_IDS, HIDEABLE, type ProtectionId, type HideableId } from './protections.js';
