import { msg, type Contact } from '@stalking-awareness/core';

/**
 * State address confidentiality programs (ACPs) bundled with the element.
 * Only the five whose runner was read on an official page are here
 * (shared/reference/child-support-safety.md, item 3, all marked verified);
 * the reference warns against a 50-state list without checking each
 * official page, so no other state is listed. A program's own name is given
 * only where the source printed it ("Safe at Home"); the others are
 * described, not named. Every record keeps the page it was read on.
 */

/** Who runs a program, as the source says. */
export type ProgramRunner = 'secretary-of-state' | 'attorney-general' | 'department-of-state';

/** Limits the source itself states, shown with the program. */
export type ProgramLimit = 'not-private-or-federal' | 'private-may-refuse';

export interface AddressProgram {
  /** USPS code of the state. */
  state: string;
  /** The program's own name, only where the source printed it. */
  name?: string;
  runBy: ProgramRunner;
  /** The official page the facts were read on; linked as "More about this program". */
  source: string;
  /** A phone number the source gives for the program. */
  contacts?: Contact[];
  limit?: ProgramLimit;
  /** `YYYY-MM-DD` the facts were read (the source showed no date). */
  verifiedOn: string;
}

const READ_ON = '2026-11-27';

export const ADDRESS_PROGRAMS: readonly AddressProgram[] = [
  {
    state: 'CA',
    name: 'Safe at Home',
    runBy: 'secretary-of-state',
    source: 'https://www.sos.ca.gov/registries/safe-home/about-safeathome',
    limit: 'not-private-or-federal',
    verifiedOn: READ_ON,
  },
  {
    state: 'TX',
    runBy: 'attorney-general',
    source: 'https://texasattorneygeneral.gov/cvs/the-address-confidentiality-program-acp',
    limit: 'private-may-refuse',
    verifiedOn: READ_ON,
  },
  {
    state: 'WA',
    runBy: 'secretary-of-state',
    source: 'https://www.dshs.wa.gov/faq/i-am-worried-someone-will-hurt-my-children-or-me-what-are-my-options',
    contacts: [{ channel: 'voice', value: '+18008221065', display: '1-800-822-1065' }],
    verifiedOn: READ_ON,
  },
  {
    state: 'NY',
    runBy: 'department-of-state',
    source: 'https://dos.ny.gov/information-agencies-and-organizations',
    verifiedOn: READ_ON,
  },
  {
    state: 'AZ',
    runBy: 'secretary-of-state',
    source: 'https://www.azsos.gov/services/acp/state-local-government-agencies',
    verifiedOn: READ_ON,
  },
];

/** The bundled program of a state (any case), if one was verified. */
export function bundledAddressProgram(state: string): AddressProgram | undefined {
  const code = state.trim().toUpperCase();
  return ADDRESS_PROGRAMS.find((program) => program.state === code);
}

/** "Run by the Secretary of State." Build inside a render. */
export function runnerText(runBy: ProgramRunner): string {
  switch (runBy) {
    case 'attorney-general':
      return msg('It is run by the state Attorney General.', { id: 'safe-access.run-by-attorney-general' });
    case 'department-of-state':
      return msg('It is run by the state Department of State.', { id: 'safe-access.run-by-department-of-state' });
    default:
      return msg('It is run by the Secretary of State.', { id: 'safe-access.run-by-secretary-of-state' });
  }
}

/** The limit the program's own page states. Build inside a render. */
export function limitText(limit: ProgramLimit): string {
  return limit === 'not-private-or-federal'
    ? msg('Its rules apply to state and local offices, not to private companies or the federal government.', {
        id: 'safe-access.limit-not-private-or-federal',
      })
    : msg('Private companies, such as banks and utilities, do not have to accept the new address.', {
        id: 'safe-access.limit-private-may-refuse',
      });
}
