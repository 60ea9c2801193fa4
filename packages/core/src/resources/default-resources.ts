/**
 * The bundled dataset. Every fact comes from the project's checked reference
 * notes (shared/reference/resources.md and safety-planning.md); nothing else.
 * Where those notes call a fact unverified it is left out (RAINN chat and text
 * line, a 988 TTY route, VictimConnect hours) or the record says
 * `verified: false` with a note. No hours are given where the notes give none.
 *
 * Dates: `verifiedOn` is the date the source showed. Where it showed only a
 * year, the first day of that year is used, so the record never looks fresher
 * than it is; where it showed none, 2026-11-01 (the date of the reference
 * notes) is used. The note says which.
 *
 * Descriptions are information, never advice, and never promise safety.
 * Proper names stay in English in Spanish unless the source gives an
 * official Spanish name (none of these sources did).
 */
import type { Resource } from './types.js';

const REVIEW_BY = '2027-05-01';
const NO_SOURCE_DATE = '2026-11-01';
const UNDATED = 'The source showed no date; 2026-11-01 is the date of the reference notes.';

const records: Resource[] = [
  {
    id: 'emergency-911',
    name: 'Emergency services (911)',
    category: 'emergency',
    description: 'Police, fire and ambulance services for emergencies. Call 911 if you are in danger.',
    contacts: [{ channel: 'voice', shortCode: '911', display: '911' }],
    status: 'active',
    provenance: {
      source: 'https://www.stalkingawareness.org/what-to-do-if-you-are-being-stalked/',
      verified: true,
      verifiedOn: NO_SOURCE_DATE,
      reviewBy: REVIEW_BY,
      note: UNDATED,
    },
    translations: {
      es: {
        name: 'Servicios de emergencia (911)',
        description: 'Policía, bomberos y ambulancia para emergencias. Llame al 911 si está en peligro.',
      },
    },
  },
  {
    id: '988-lifeline',
    name: '988 Suicide & Crisis Lifeline',
    category: 'emergency',
    description:
      'A national lifeline for people in crisis. You can call or text 988, or chat online. For Spanish, press 2 or text AYUDA. Veterans can press 1 or text 838255.',
    url: 'https://988lifeline.org/',
    contacts: [
      { channel: 'voice', shortCode: '988', display: '988' },
      { channel: 'sms', shortCode: '988', display: '988' },
      { channel: 'chat', value: 'https://988lifeline.org/' },
      { channel: 'voice', shortCode: '988', display: '988', label: 'Spanish: press 2' },
      { channel: 'sms', shortCode: '988', display: '988', keyword: 'AYUDA', label: 'Spanish: text AYUDA' },
      { channel: 'voice', shortCode: '988', display: '988', label: 'Veterans: press 1' },
      { channel: 'sms', shortCode: '838255', display: '838255', label: 'Veterans: text 838255' },
    ],
    languages: ['en', 'es'],
    status: 'active',
    provenance: {
      source: 'https://988lifeline.org/',
      verified: true,
      verifiedOn: NO_SOURCE_DATE,
      reviewBy: REVIEW_BY,
      note: `Checked on samhsa.gov and the 988lifeline.org "what to expect" page. The former "press 3" option ended on 17 July 2025 and is not listed. A TTY route could not be confirmed and is left out. ${UNDATED}`,
    },
    translations: {
      es: {
        description:
          'Una línea nacional para personas en crisis. Puede llamar o enviar un mensaje de texto al 988, o chatear en línea. Para español, marque 2 o envíe AYUDA por mensaje de texto. Los veteranos pueden marcar 1 o enviar un mensaje de texto al 838255.',
        contactLabels: {
          3: 'En español: marque 2',
          4: 'En español: envíe AYUDA',
          5: 'Veteranos: marque 1',
          6: 'Veteranos: envíe un mensaje de texto al 838255',
        },
      },
    },
  },
  {
    id: 'ndvh',
    name: 'National Domestic Violence Hotline',
    category: 'support-network',
    description:
      'A national hotline for people affected by domestic violence. You can call, text or chat, 24 hours a day, 7 days a week. A TTY line is available. The hotline does not give legal advice.',
    url: 'https://www.thehotline.org/',
    contacts: [
      { channel: 'voice', value: '+18007997233', display: '1-800-799-SAFE (7233)' },
      { channel: 'textphone', value: '+18007873224', display: '1-800-787-3224', label: 'TTY' },
      { channel: 'sms', shortCode: '88788', display: '88788', keyword: 'START' },
      { channel: 'chat', value: 'https://www.thehotline.org/' },
    ],
    hours: { type: 'always' },
    status: 'active',
    provenance: {
      source: 'https://ovc.ojp.gov/',
      verified: true,
      verifiedOn: '2022-01-20',
      reviewBy: REVIEW_BY,
      note: 'Checked against an ovc.ojp.gov news item of 20 January 2022 and the NNEDV website header.',
    },
    translations: {
      es: {
        description:
          'Una línea nacional para personas afectadas por la violencia doméstica. Puede llamar, enviar un mensaje de texto o chatear las 24 horas, los 7 días de la semana. Hay una línea TTY. La línea no ofrece asesoría legal.',
        contactLabels: { 1: 'TTY' },
      },
    },
  },
  {
    id: 'victimconnect',
    name: 'VictimConnect Resource Center',
    category: 'support-network',
    description:
      'A national helpline for victims. It can connect you with someone trained in safety planning. You can call or text 1-855-484-2846, or chat online. It is not open 24 hours a day, and its hours could not be confirmed.',
    url: 'https://victimconnect.org/',
    contacts: [
      { channel: 'voice', value: '+18554842846', display: '1-855-4-VICTIM (1-855-484-2846)' },
      { channel: 'sms', value: '+18554842846', display: '1-855-484-2846' },
      { channel: 'chat', value: 'https://victimconnect.org/' },
    ],
    status: 'active',
    provenance: {
      source: 'https://victimconnect.org/',
      verified: false,
      verifiedOn: '2022-01-01',
      reviewBy: REVIEW_BY,
      note: 'The number was confirmed on victimconnect.org (dated only 2022) and the ovc.ojp.gov FAQ. It is not open 24/7 (holiday closures were seen). Whether it still operates after the 2025 federal grant cuts could not be confirmed.',
    },
    translations: {
      es: {
        description:
          'Una línea nacional de ayuda para víctimas. Puede comunicarle con una persona capacitada en planificación de seguridad. Puede llamar o enviar un mensaje de texto al 1-855-484-2846, o chatear en línea. No está abierta las 24 horas y no se pudo confirmar su horario.',
      },
    },
  },
  {
    id: 'rainn',
    name: 'RAINN National Sexual Assault Hotline',
    category: 'support-network',
    description: 'A national hotline for people affected by sexual assault. You can call 1-800-656-HOPE (4673).',
    url: 'https://www.rainn.org/',
    contacts: [{ channel: 'voice', value: '+18006564673', display: '1-800-656-HOPE (4673)' }],
    status: 'active',
    provenance: {
      source: 'https://www.rainn.org/',
      verified: true,
      verifiedOn: NO_SOURCE_DATE,
      reviewBy: REVIEW_BY,
      note: `The phone line was checked on the rainn.org get-help page. A chat address and a text line could not be confirmed and are left out. ${UNDATED}`,
    },
    translations: {
      es: {
        description:
          'Una línea nacional para personas afectadas por la agresión sexual. Puede llamar al 1-800-656-HOPE (4673).',
      },
    },
  },
  {
    id: 'sparc',
    name: 'SPARC (Stalking Prevention, Awareness, and Resource Center)',
    category: 'education',
    description:
      'Education and training about stalking. SPARC does not run a hotline and does not provide direct services to victims; it refers people to local providers and national hotlines.',
    url: 'https://www.stalkingawareness.org/',
    contacts: [
      {
        channel: 'web',
        value: 'https://www.stalkingawareness.org/what-to-do-if-you-are-being-stalked/',
        label: 'What to do if you are being stalked',
      },
    ],
    status: 'active',
    provenance: {
      source: 'https://www.stalkingawareness.org/',
      verified: true,
      verifiedOn: NO_SOURCE_DATE,
      reviewBy: REVIEW_BY,
      note: `Checked on SPARC's about and "what to do" pages. ${UNDATED}`,
    },
    translations: {
      es: {
        description:
          'Educación y capacitación sobre el acecho (stalking). SPARC no tiene una línea de ayuda ni ofrece servicios directos a las víctimas; remite a las personas a proveedores locales y a líneas nacionales.',
        contactLabels: { 0: 'Qué hacer si alguien le acecha (What to do if you are being stalked)' },
      },
    },
  },
  {
    id: 'sparc-incident-log',
    name: 'SPARC Stalking Incident and Behavior Log',
    category: 'safety-planning',
    description:
      'A form for writing down stalking incidents, such as the date, time, what happened, where, and who saw it. The log itself warns: write nothing you would not want the stalker to see, as it may become evidence.',
    url: 'https://www.stalkingawareness.org/documentation-log/',
    contacts: [],
    status: 'active',
    provenance: {
      source: 'https://www.stalkingawareness.org/documentation-log/',
      verified: false,
      verifiedOn: NO_SOURCE_DATE,
      reviewBy: REVIEW_BY,
      note: `This address was seen on a university page citing SPARC and could not be confirmed on SPARC's own site. ${UNDATED}`,
    },
    translations: {
      es: {
        description:
          'Un formulario para anotar incidentes de acecho, como la fecha, la hora, qué pasó, dónde y quién lo vio. El propio registro advierte: no escriba nada que no querría que la persona que le acecha viera, porque puede llegar a ser una prueba.',
      },
    },
  },
  {
    id: 'nnedv-safety-net',
    name: 'NNEDV Safety Net: Technology Safety',
    category: 'safety-planning',
    description: 'Information and toolkits about technology safety and privacy, from NNEDV. It is not a hotline.',
    url: 'https://www.techsafety.org/',
    contacts: [],
    status: 'active',
    provenance: {
      source: 'https://www.techsafety.org/',
      verified: true,
      verifiedOn: NO_SOURCE_DATE,
      reviewBy: REVIEW_BY,
      note: `Checked on nnedv.org and techsafety.org. ${UNDATED}`,
    },
    translations: {
      es: {
        description:
          'Información y guías sobre seguridad y privacidad en la tecnología, de NNEDV. No es una línea de ayuda.',
      },
    },
  },
  {
    id: 'womenslaw',
    name: 'WomensLaw.org',
    category: 'legal',
    description:
      'State-by-state legal information from NNEDV. It presents its content as legal information, not legal advice. It has an email hotline and no phone line.',
    url: 'https://www.womenslaw.org/',
    contacts: [],
    status: 'active',
    provenance: {
      source: 'https://www.womenslaw.org/',
      verified: true,
      verifiedOn: '2020-01-01',
      reviewBy: REVIEW_BY,
      note: 'Checked on womenslaw.org (undated) and nnedv.org (dated only 2020). The email hotline address was not recorded and is left out.',
    },
    translations: {
      es: {
        description:
          'Información legal de cada estado, de NNEDV. Presenta su contenido como información legal, no como asesoría legal. Tiene una línea de ayuda por correo electrónico y no tiene línea telefónica.',
      },
    },
  },
  {
    id: 'lawhelp',
    name: 'LawHelp.org',
    category: 'legal',
    description: 'Helps people find free legal aid programs in their state.',
    url: 'https://www.lawhelp.org/',
    contacts: [],
    status: 'active',
    provenance: {
      source: 'https://www.lawhelp.org/',
      verified: false,
      verifiedOn: '2013-01-01',
      reviewBy: REVIEW_BY,
      note: 'Described from a Pro Bono Net source dated only 2013; not re-checked since.',
    },
    translations: {
      es: { description: 'Ayuda a encontrar programas de asistencia legal gratuita en su estado.' },
    },
  },
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * The bundled dataset, frozen so no page script can alter a hotline number in place.
 * Marked pure: freezing touches only these records, so a bundle that never reads
 * the dataset (the quick exit's) leaves it out.
 */
export const defaultResources: readonly Resource[] = /* @__PURE__ */ deepFreeze(records);

/** A bundled record by id, e.g. `findDefaultResource('ndvh')`. */
export function findDefaultResource(id: string): Resource | undefined {
  return defaultResources.find((resource) => resource.id === id);
}
