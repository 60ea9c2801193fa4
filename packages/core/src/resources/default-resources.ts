/**
 * The bundled dataset. Every fact comes from the project's checked reference
 * notes (shared/reference/resources.md and safety-planning.md); nothing else.
 * Where those notes call a fact unverified it is left out (RAINN chat and text
 * line, a 988 TTY route, VictimConnect hours) or the record says
 * `verified: false` with a note. No hours are given where the notes give none.
 *
 * Dates never look fresher than the facts are. `verifiedOn` is the date the
 * source showed, or its year when it showed only a year; a source that showed
 * no date has no `verifiedOn`, and readers see "date not recorded".
 * `reviewBy` follows the source's age: a year after it was checked, so an old
 * source (2013, 2020, 2022) already shows that it is due for review. Undated
 * sources, read for the reference notes of November 2026, are due six months
 * after those notes.
 *
 * `provenance.note` is shown to readers, so it is written for them (with a
 * Spanish copy in `translations.es.note`); where the facts were read is kept
 * in the comments here.
 *
 * Descriptions are information, never advice, never promise safety, and read
 * at or below US grade 8 in both languages (a widgets test checks this).
 * Proper names stay in English in Spanish unless the source gives an
 * official Spanish name (none of these sources did). Chat and web pages carry
 * `language: 'en'`: the pages linked are in English, and Spanish readers are
 * told so. No Spanish page is linked: none could be confirmed at its source.
 */
import type { Resource } from './types.js';

/** Review date of the undated sources: six months after the reference notes (2026-11-01). */
const UNDATED_REVIEW_BY = '2027-05-01';

const records: Resource[] = [
  {
    // Source: SPARC "what to do" page (undated).
    id: 'emergency-911',
    name: 'Emergency services (911)',
    category: 'emergency',
    description: 'Police, fire and ambulance services for emergencies. Call 911 if you are in danger.',
    contacts: [{ channel: 'voice', shortCode: '911', display: '911' }],
    status: 'active',
    provenance: {
      source: 'https://www.stalkingawareness.org/what-to-do-if-you-are-being-stalked/',
      verified: true,
      reviewBy: UNDATED_REVIEW_BY,
    },
    translations: {
      es: {
        name: 'Servicios de emergencia (911)',
        description: 'Policía, bomberos y ambulancia para emergencias. Llame al 911 si está en peligro.',
      },
    },
  },
  {
    // Sources (all undated): samhsa.gov and the 988lifeline.org "what to expect" page for the
    // numbers and options; 24/7 call, text and chat from the Wyoming Department of Health,
    // https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline
    // ("988 is free, confidential, and available 24/7"). "Press 3" ended on 17 July 2025.
    id: '988-lifeline',
    name: '988 Suicide & Crisis Lifeline',
    category: 'emergency',
    description:
      'A national lifeline for people in crisis. You can call or text 988, or chat online, 24 hours a day. There are options in Spanish and for veterans.',
    url: 'https://988lifeline.org/',
    contacts: [
      { channel: 'voice', shortCode: '988', display: '988' },
      { channel: 'sms', shortCode: '988', display: '988' },
      { channel: 'chat', value: 'https://988lifeline.org/', language: 'en' },
      { channel: 'voice', shortCode: '988', display: '988', label: 'Spanish: press 2', language: 'es' },
      { channel: 'sms', shortCode: '988', display: '988', keyword: 'AYUDA', label: 'Spanish', language: 'es' },
      { channel: 'voice', shortCode: '988', display: '988', label: 'Veterans: press 1' },
      { channel: 'sms', shortCode: '838255', display: '838255', label: 'Veterans' },
    ],
    hours: { type: 'always' },
    languages: ['en', 'es'],
    status: 'active',
    provenance: {
      source: 'https://988lifeline.org/',
      verified: true,
      reviewBy: UNDATED_REVIEW_BY,
      note: 'The "press 3" option ended in July 2025. A TTY line could not be confirmed.',
    },
    translations: {
      es: {
        description:
          'Una línea nacional para personas en crisis. Puede llamar o enviar un mensaje de texto al 988, o chatear en línea, las 24 horas. Tiene opciones en español y para veteranos.',
        contactLabels: {
          3: 'Para recibir ayuda en español, marque 2',
          4: 'Para recibir ayuda en español',
          5: 'Veteranos: marque 1',
          6: 'Veteranos',
        },
        note: 'La opción "marque 3" terminó en julio de 2025. No se pudo confirmar una línea TTY.',
      },
    },
  },
  {
    // Source: OVC news item of 20 January 2022 (also seen in the NNEDV website header).
    id: 'ndvh',
    name: 'National Domestic Violence Hotline',
    category: 'support-network',
    description:
      'A national hotline for people hurt by domestic violence. You can call, text or chat, 24 hours a day, 7 days a week. There is a TTY line. The hotline does not give legal advice.',
    url: 'https://www.thehotline.org/',
    contacts: [
      { channel: 'voice', value: '+18007997233', display: '1-800-799-SAFE (7233)' },
      { channel: 'textphone', value: '+18007873224', display: '1-800-787-3224', label: 'TTY' },
      { channel: 'sms', shortCode: '88788', display: '88788', keyword: 'START' },
      { channel: 'chat', value: 'https://www.thehotline.org/', language: 'en' },
    ],
    hours: { type: 'always' },
    status: 'active',
    provenance: {
      source: 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
      verified: true,
      verifiedOn: '2022-01-20',
      reviewBy: '2023-01-20',
    },
    translations: {
      es: {
        description:
          'Una línea nacional para personas afectadas por la violencia doméstica. Puede llamar, enviar un mensaje de texto o chatear las 24 horas, los 7 días de la semana. Hay una línea TTY. La línea no da asesoría legal.',
        contactLabels: { 1: 'TTY' },
      },
    },
  },
  {
    // Sources: victimconnect.org (dated only 2022) and the ovc.ojp.gov FAQ. Holiday closures
    // were seen, so it is not 24/7. A termination notice was reported on 24 April 2025 (WFAE)
    // and the grant later reported restored (Epoch Times): secondary, unconfirmed.
    id: 'victimconnect',
    name: 'VictimConnect Resource Center',
    category: 'support-network',
    description:
      'A national helpline for victims of crime. It can put you in touch with someone trained in safety planning. You can call or text 1-855-484-2846, or chat online. It is not open 24 hours a day.',
    url: 'https://victimconnect.org/',
    contacts: [
      { channel: 'voice', value: '+18554842846', display: '1-855-4-VICTIM (1-855-484-2846)' },
      { channel: 'sms', value: '+18554842846', display: '1-855-484-2846' },
      { channel: 'chat', value: 'https://victimconnect.org/', language: 'en' },
    ],
    status: 'active',
    provenance: {
      source: 'https://victimconnect.org/',
      verified: false,
      verifiedOn: '2022',
      reviewBy: '2023-01-01',
      note: 'Its current operating status could not be confirmed. In 2025, news reports said its federal grant was cut and later restored. Its hours could not be confirmed.',
    },
    translations: {
      es: {
        description:
          'Una línea nacional de ayuda para víctimas de delitos. Le puede poner en contacto con una persona capacitada en planes de seguridad. Puede llamar o enviar un mensaje de texto al 1-855-484-2846, o chatear en línea. No está abierta las 24 horas.',
        note: 'No se pudo confirmar si sigue funcionando. En 2025, las noticias dijeron que le quitaron los fondos federales y que después se los devolvieron. No se pudo confirmar su horario.',
      },
    },
  },
  {
    // Source: rainn.org get-help page (undated).
    id: 'rainn',
    name: 'RAINN National Sexual Assault Hotline',
    category: 'support-network',
    description: 'A national hotline for people hurt by sexual assault. You can call 1-800-656-HOPE (4673).',
    url: 'https://www.rainn.org/',
    contacts: [
      { channel: 'voice', value: '+18006564673', display: '1-800-656-HOPE (4673)' },
      { channel: 'web', value: 'https://www.rainn.org/', language: 'en' },
    ],
    status: 'active',
    provenance: {
      source: 'https://www.rainn.org/',
      verified: true,
      reviewBy: UNDATED_REVIEW_BY,
      note: 'A chat or text line could not be confirmed, so only the phone line is listed.',
    },
    translations: {
      es: {
        description:
          'Una línea nacional para personas afectadas por la agresión sexual. Puede llamar al 1-800-656-HOPE (4673).',
        note: 'No se pudo confirmar un chat ni una línea de mensajes de texto, así que solo se da el teléfono.',
      },
    },
  },
  {
    // Sources: SPARC's about and "what to do" pages (undated).
    id: 'sparc',
    name: 'SPARC (Stalking Prevention, Awareness, and Resource Center)',
    category: 'education',
    description:
      'Education and training about stalking. SPARC does not run a hotline and does not help victims directly. It refers people to local services and national hotlines.',
    url: 'https://www.stalkingawareness.org/',
    contacts: [
      {
        channel: 'web',
        value: 'https://www.stalkingawareness.org/what-to-do-if-you-are-being-stalked/',
        label: 'What to do if you are being stalked',
        language: 'en',
      },
      { channel: 'web', value: 'https://www.stalkingawareness.org/', language: 'en' },
    ],
    status: 'active',
    provenance: {
      source: 'https://www.stalkingawareness.org/',
      verified: true,
      reviewBy: UNDATED_REVIEW_BY,
    },
    translations: {
      es: {
        description:
          'Educación y capacitación sobre el acecho (stalking). SPARC no tiene una línea de ayuda y no atiende a las víctimas en forma directa. Refiere a las personas a servicios locales y a líneas nacionales.',
        contactLabels: { 0: 'Qué hacer si alguien le acecha' },
      },
    },
  },
  {
    // Source: the address was seen on a university page citing SPARC (undated).
    id: 'sparc-incident-log',
    name: 'SPARC Stalking Incident and Behavior Log',
    category: 'safety-planning',
    description:
      'A form to write down what happens: the date, time, place, what happened and who saw it. The log warns: write nothing you would not want the stalker to see, because it may become evidence.',
    url: 'https://www.stalkingawareness.org/documentation-log/',
    contacts: [{ channel: 'web', value: 'https://www.stalkingawareness.org/documentation-log/', language: 'en' }],
    status: 'active',
    provenance: {
      source: 'https://www.stalkingawareness.org/documentation-log/',
      verified: false,
      reviewBy: UNDATED_REVIEW_BY,
      note: "This address was found on another site and could not be confirmed on SPARC's own site.",
    },
    translations: {
      es: {
        description:
          'Un formulario para anotar lo que pasa: la fecha, la hora, el lugar, qué pasó y quién lo vio. El registro advierte: no escriba nada que no quiera que vea la persona que le acecha, porque puede llegar a ser una prueba.',
        note: 'Esta dirección se encontró en otro sitio y no se pudo confirmar en el propio sitio de SPARC.',
      },
    },
  },
  {
    // Sources: nnedv.org and techsafety.org (undated).
    id: 'nnedv-safety-net',
    name: 'NNEDV Safety Net: Technology Safety',
    category: 'safety-planning',
    description:
      'Tips and toolkits about safety and privacy with phones, computers and apps. From the National Network to End Domestic Violence (NNEDV). It is not a hotline.',
    url: 'https://www.techsafety.org/',
    contacts: [{ channel: 'web', value: 'https://www.techsafety.org/', language: 'en' }],
    status: 'active',
    provenance: {
      source: 'https://www.techsafety.org/',
      verified: true,
      reviewBy: UNDATED_REVIEW_BY,
    },
    translations: {
      es: {
        description:
          'Consejos y guías sobre seguridad y privacidad con teléfonos, computadoras y aplicaciones. De la Red Nacional para Acabar con la Violencia Doméstica (NNEDV, por sus siglas en inglés). No es una línea de ayuda.',
      },
    },
  },
  {
    // Sources: womenslaw.org (undated) and nnedv.org (dated only 2020).
    id: 'womenslaw',
    name: 'WomensLaw.org',
    category: 'legal',
    description:
      'Legal information for each state, from the National Network to End Domestic Violence (NNEDV). It gives legal information, not legal advice. It has an email hotline and no phone line.',
    url: 'https://www.womenslaw.org/',
    contacts: [{ channel: 'web', value: 'https://www.womenslaw.org/', language: 'en' }],
    status: 'active',
    provenance: {
      source: 'https://www.womenslaw.org/',
      verified: true,
      verifiedOn: '2020',
      reviewBy: '2021-01-01',
      note: 'The email hotline address is not listed here; find it on the website.',
    },
    translations: {
      es: {
        description:
          'Información legal de cada estado, de la Red Nacional para Acabar con la Violencia Doméstica (NNEDV, por sus siglas en inglés). Da información legal, no asesoría legal. Tiene una línea de ayuda por correo electrónico y no tiene teléfono.',
        note: 'La dirección de la línea de ayuda por correo electrónico no aparece aquí; búsquela en el sitio web.',
      },
    },
  },
  {
    // Source: Pro Bono Net, dated only 2013; not re-checked since.
    id: 'lawhelp',
    name: 'LawHelp.org',
    category: 'legal',
    description: 'Helps people find free legal aid programs in their state.',
    url: 'https://www.lawhelp.org/',
    contacts: [{ channel: 'web', value: 'https://www.lawhelp.org/', language: 'en' }],
    status: 'active',
    provenance: {
      source: 'https://www.lawhelp.org/',
      verified: false,
      verifiedOn: '2013',
      reviewBy: '2014-01-01',
      note: 'Described from a 2013 source that has not been checked again.',
    },
    translations: {
      es: {
        description: 'Le ayuda a buscar programas de ayuda legal gratis en su estado.',
        note: 'Se describe con una fuente de 2013 que no se ha vuelto a revisar.',
      },
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
