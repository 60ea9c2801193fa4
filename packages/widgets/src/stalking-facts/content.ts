import { msg } from '@stalking-awareness/core';

/**
 * The SLII framework (T.K. Logan, "Stalking: Connecting the Dots", University
 * of Kentucky), as SPARC teaches it, in plain words. The examples follow the
 * handout's own lists (reference notes: safety-planning.md, "SLII", and
 * child-support-safety.md, section 6). Functions, so `msg()` runs at render.
 */
export interface SliiBehaviour {
  id: 'surveillance' | 'life-invasion' | 'intimidation' | 'interference';
  /** The framework's own term. */
  name: () => string;
  /** One short line, for the compact variant. */
  summary: () => string;
  /** The handout's examples, in plain words, for the full variant. */
  examples: () => string;
}

export const SLII: readonly SliiBehaviour[] = [
  {
    id: 'surveillance',
    name: () => msg('Surveillance', { id: 'stalking-facts.slii-surveillance' }),
    summary: () => msg('Watching you and keeping track of you.', { id: 'stalking-facts.slii-surveillance-short' }),
    examples: () =>
      msg(
        'Following you, showing up where you are, or spying on you. Using technology to keep tabs on you, such as location apps, trackers, your accounts, cameras or smart home devices.',
        { id: 'stalking-facts.slii-surveillance-examples' },
      ),
  },
  {
    id: 'life-invasion',
    name: () => msg('Life invasion', { id: 'stalking-facts.slii-life-invasion' }),
    summary: () =>
      msg('Contacting you again and again when you do not want it.', { id: 'stalking-facts.slii-life-invasion-short' }),
    examples: () =>
      msg(
        'Unwanted contact, over and over: in person, by phone, text, email, notes or social media, or through other people. Pretending to be you, or hiding or faking their phone number.',
        { id: 'stalking-facts.slii-life-invasion-examples' },
      ),
  },
  {
    id: 'intimidation',
    name: () => msg('Intimidation', { id: 'stalking-facts.slii-intimidation' }),
    summary: () => msg('Scaring you with threats or damage.', { id: 'stalking-facts.slii-intimidation-short' }),
    examples: () =>
      msg(
        'Threats, spoken or hinted, or made through other people. Forcing you to face them. Damaging your things. Threatening suicide.',
        { id: 'stalking-facts.slii-intimidation-examples' },
      ),
  },
  {
    id: 'interference',
    name: () => msg('Interference through sabotage or attack', { id: 'stalking-facts.slii-interference' }),
    summary: () => msg('Harming your life, your work or your body.', { id: 'stalking-facts.slii-interference-short' }),
    examples: () =>
      msg('Trying to ruin your work or your social life. Physical or sexual attacks.', {
        id: 'stalking-facts.slii-interference-examples',
      }),
  },
];

/**
 * "Could this be happening to me?": questions a person reads privately, one
 * per SLII behaviour plus fear. Plain text only: no inputs, no score, no
 * result, so nothing can be recorded or inferred.
 */
export const REFLECTION_QUESTIONS: readonly (() => string)[] = [
  () => msg('Does someone keep contacting you after you asked them to stop?', { id: 'stalking-facts.ask-contact' }),
  () =>
    msg('Does someone follow you, show up where you are, or seem to know where you go?', {
      id: 'stalking-facts.ask-watch',
    }),
  () =>
    msg('Has someone threatened you or people you care about, or damaged your things?', {
      id: 'stalking-facts.ask-threats',
    }),
  () => msg('Is someone trying to harm your work or your social life?', { id: 'stalking-facts.ask-harm' }),
  () => msg('Do you feel afraid or on guard because of what someone keeps doing?', { id: 'stalking-facts.ask-fear' }),
];
