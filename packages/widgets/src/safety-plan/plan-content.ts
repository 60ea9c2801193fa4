import { msg } from '@stalking-awareness/core';

/**
 * What the plan offers, in our own words, from the project's reviewed
 * safety-planning notes (shared/reference/safety-planning.md, and
 * child-support-safety.md for the child support section). Every option is
 * something a person could consider, written as an option ("Keeping…",
 * "Asking about…"), never an order and never a promise. Texts are functions:
 * msg() must run while the element renders, in the reader's language.
 */

/** The plan's sections, in the order a person steps through them. */
export type SectionId = 'home' | 'work' | 'travel' | 'digital' | 'record' | 'people' | 'children' | 'legal';

export const SECTION_IDS: readonly SectionId[] = [
  'home',
  'work',
  'travel',
  'digital',
  'record',
  'people',
  'children',
  'legal',
];

export interface PlanOption {
  /** Stable key, `section.name`. */
  key: string;
  text: () => string;
  /** One of the first things to think about: shown by the `short` variant. */
  first?: boolean;
}

export interface PlanSection {
  id: SectionId;
  title: () => string;
  /** One or two short sentences shown above the options. */
  intro: () => string;
  options: readonly PlanOption[];
}

export const SECTIONS: Record<SectionId, PlanSection> = {
  home: {
    id: 'home',
    title: () => msg('Home', { id: 'safety-plan.home.title' }),
    intro: () => msg('Options for the place where you live.', { id: 'safety-plan.home.intro' }),
    options: [
      {
        key: 'home.phone',
        first: true,
        text: () =>
          msg('Keeping a phone the person cannot get to, with emergency and trusted numbers ready.', {
            id: 'safety-plan.home.phone',
          }),
      },
      {
        key: 'home.locks',
        text: () => msg('Checking your locks and outdoor lights.', { id: 'safety-plan.home.locks' }),
      },
      {
        key: 'home.door',
        text: () => msg('Checking who is at the door before you open it.', { id: 'safety-plan.home.door' }),
      },
      {
        key: 'home.neighbors',
        text: () =>
          msg('Telling a neighbor you trust what is going on.', {
            id: 'safety-plan.home.neighbors',
          }),
      },
      {
        key: 'home.address',
        text: () =>
          msg(
            'Asking if your state has an Address Confidentiality Program. It can give you a legal address to use in place of your own, and send your mail on. It is one tool, not a whole plan.',
            { id: 'safety-plan.home.address' },
          ),
      },
    ],
  },
  work: {
    id: 'work',
    title: () => msg('Work or school', { id: 'safety-plan.work.title' }),
    intro: () => msg('Ways others at work or school could help.', { id: 'safety-plan.work.intro' }),
    options: [
      {
        key: 'work.tell',
        text: () =>
          msg('Telling a boss, security or the front desk, and giving them a photo or a description of the person.', {
            id: 'safety-plan.work.tell',
          }),
      },
      {
        key: 'work.escort',
        text: () => msg('Asking someone to walk with you to your car.', { id: 'safety-plan.work.escort' }),
      },
      {
        key: 'work.order',
        text: () =>
          msg('Keeping a copy of any protective order at work or school.', {
            id: 'safety-plan.work.order',
          }),
      },
    ],
  },
  travel: {
    id: 'travel',
    title: () => msg('Getting around and public places', { id: 'safety-plan.travel.title' }),
    intro: () => msg('Ways to plan how you get from place to place.', { id: 'safety-plan.travel.intro' }),
    options: [
      {
        key: 'travel.routes',
        text: () =>
          msg('Changing your routes and the stores you use from time to time.', {
            id: 'safety-plan.travel.routes',
          }),
      },
      {
        key: 'travel.company',
        text: () => msg('Going out with people you trust.', { id: 'safety-plan.travel.company' }),
      },
      {
        key: 'travel.followed',
        first: true,
        text: () =>
          msg('Deciding now where you would go if you are followed, such as a busy public place or a police station.', {
            id: 'safety-plan.travel.followed',
          }),
      },
    ],
  },
  digital: {
    id: 'digital',
    title: () => msg('Phone, computer and accounts', { id: 'safety-plan.digital.title' }),
    intro: () =>
      msg('If the person seems to know too much, your phone, accounts or location may be watched.', {
        id: 'safety-plan.digital.intro',
      }),
    options: [
      {
        key: 'digital.safer-device',
        first: true,
        text: () =>
          msg("Using a safer device the person never had access to, such as a library computer or a friend's phone.", {
            id: 'safety-plan.digital.safer-device',
          }),
      },
      {
        key: 'digital.advocate-first',
        text: () =>
          msg(
            'Talking with an advocate before you change phones or accounts, or remove a spy app or tracker. A sudden change can alert the person.',
            { id: 'safety-plan.digital.advocate-first' },
          ),
      },
      {
        key: 'digital.passcode',
        text: () =>
          msg(
            'Using a passcode the person cannot guess, and checking which fingerprints or faces can open your phone.',
            {
              id: 'safety-plan.digital.passcode',
            },
          ),
      },
      {
        key: 'digital.accounts',
        text: () =>
          msg(
            'Checking which devices can use your Apple or Google account. Anyone who can get into it may be able to find your phone.',
            { id: 'safety-plan.digital.accounts' },
          ),
      },
      {
        key: 'digital.limits',
        text: () =>
          msg(
            'Knowing that private browsing does not stop spy apps, and that the exit button does not clear history.',
            {
              id: 'safety-plan.digital.limits',
            },
          ),
      },
    ],
  },
  record: {
    id: 'record',
    title: () => msg('Keeping a record', { id: 'safety-plan.record.title' }),
    intro: () =>
      msg('A record can help you, an advocate or the police. Whether a court accepts it is not certain.', {
        id: 'safety-plan.record.intro',
      }),
    options: [
      {
        key: 'record.log',
        text: () =>
          msg('Writing down what happens: the date, time, place, what happened, and who saw it.', {
            id: 'safety-plan.record.log',
          }),
      },
      {
        key: 'record.police',
        text: () =>
          msg('Noting the names and badge numbers of police officers, and any report number.', {
            id: 'safety-plan.record.police',
          }),
      },
      {
        key: 'record.messages',
        text: () =>
          msg('Saving messages or taking screenshots, rather than deleting them.', {
            id: 'safety-plan.record.messages',
          }),
      },
      {
        key: 'record.careful',
        text: () =>
          msg('Writing nothing you would not want the person to see, since a record may be shown in court.', {
            id: 'safety-plan.record.careful',
          }),
      },
      {
        key: 'record.safe-place',
        text: () => msg('Keeping the record in a safe place.', { id: 'safety-plan.record.safe-place' }),
      },
      {
        key: 'record.ask',
        text: () =>
          msg('Asking an advocate or a lawyer what a court may accept.', {
            id: 'safety-plan.record.ask',
          }),
      },
    ],
  },
  people: {
    id: 'people',
    title: () => msg('People who can help', { id: 'safety-plan.people.title' }),
    intro: () => msg('You do not have to do this alone.', { id: 'safety-plan.people.intro' }),
    options: [
      {
        key: 'people.whom',
        text: () =>
          msg('Choosing whom to tell, and how each of them could help.', {
            id: 'safety-plan.people.whom',
          }),
      },
      {
        key: 'people.advocate',
        first: true,
        text: () =>
          msg('Talking with an advocate, who can help you make a plan that fits your life.', {
            id: 'safety-plan.people.advocate',
          }),
      },
    ],
  },
  children: {
    id: 'children',
    title: () => msg('Children, custody exchanges and child support', { id: 'safety-plan.children.title' }),
    intro: () =>
      msg(
        'The other parent may use the children to cause harm. The agency decides what it can do, and rules differ by state.',
        {
          id: 'safety-plan.children.intro',
        },
      ),
    options: [
      {
        key: 'children.plan',
        text: () =>
          msg(
            'Making a plan with your children for home, public places and time with the other parent. In it, their own safety comes first.',
            { id: 'safety-plan.children.plan' },
          ),
      },
      {
        key: 'children.exchanges',
        text: () =>
          msg('Doing custody exchanges in a public place, or at a center where staff watch the exchange.', {
            id: 'safety-plan.children.exchanges',
          }),
      },
      {
        key: 'children.order-change',
        text: () =>
          msg('Asking whether an order can be changed, if its time or place for exchanges feels unsafe.', {
            id: 'safety-plan.children.order-change',
          }),
      },
      {
        key: 'children.school',
        text: () =>
          msg(
            "Giving the school a copy of any order and a photo of the person, and asking it not to share your child's directory information.",
            { id: 'safety-plan.children.school' },
          ),
      },
      {
        key: 'children.caseworker',
        first: true,
        text: () =>
          msg(
            'Telling your child support worker about safety concerns, at any stage. You can ask to speak in private.',
            {
              id: 'safety-plan.children.caseworker',
            },
          ),
      },
      {
        key: 'children.address',
        text: () =>
          msg(
            'Asking the child support agency about keeping your address private, or about a family violence flag on your case.',
            {
              id: 'safety-plan.children.address',
            },
          ),
      },
      {
        key: 'children.appointments',
        text: () =>
          msg('Asking about taking part by phone or video, or at a separate time from the other parent.', {
            id: 'safety-plan.children.appointments',
          }),
      },
      {
        key: 'children.notice',
        text: () =>
          msg('Asking to be told before the agency contacts the other parent.', {
            id: 'safety-plan.children.notice',
          }),
      },
      {
        key: 'children.good-cause',
        text: () =>
          msg('Asking about "good cause" if seeking support could put you or your children in danger.', {
            id: 'safety-plan.children.good-cause',
          }),
      },
    ],
  },
  legal: {
    id: 'legal',
    title: () => msg('Legal options to ask about', { id: 'safety-plan.legal.title' }),
    intro: () =>
      msg(
        'This is information, not legal advice. Rules differ by state. An advocate or a lawyer can help you decide.',
        {
          id: 'safety-plan.legal.intro',
        },
      ),
    options: [
      {
        key: 'legal.protective-order',
        text: () => msg('Asking about a civil protective order.', { id: 'safety-plan.legal.protective-order' }),
      },
      {
        key: 'legal.no-contact',
        text: () =>
          msg('Asking about a no-contact order, if there is a criminal case.', {
            id: 'safety-plan.legal.no-contact',
          }),
      },
      {
        key: 'legal.other-states',
        text: () =>
          msg('Knowing that federal law lets a protective order be enforced in other states.', {
            id: 'safety-plan.legal.other-states',
          }),
      },
      {
        key: 'legal.limits',
        text: () =>
          msg(
            'Knowing that an order works only if the person obeys it and it is enforced. It does not replace a plan.',
            {
              id: 'safety-plan.legal.limits',
            },
          ),
      },
      {
        key: 'legal.police',
        text: () => msg('Reporting to the police, if and when you choose.', { id: 'safety-plan.legal.police' }),
      },
    ],
  },
};
