import { msg } from '@stalking-awareness/core';

/**
 * The stalking figures the element may show, each carrying its own survey,
 * year, population and source, so a figure can never be shown without them
 * and two surveys are never blended into one number. Facts come only from
 * the project's reference notes (shared/reference/safety-planning.md and
 * child-support-safety.md, section 6), both read at the primary source [V].
 *
 * Left out on purpose: SPARC's "1 in 3 women, 1 in 6 men" and "13.5 million
 * a year" (attributed to the CDC's NISVS 2016/2017 report, which the notes
 * could not read) and the NISVS 2023/2024 brief (read only in a copy). The two
 * surveys below measure different things (BJS: age 16 and older, past 12
 * months; CDC: adults, over a lifetime): never compare or add them.
 *
 * Text is a function because `msg()` must run while rendering, in the
 * reader's language.
 */
export type SurveyId = 'bjs-2019' | 'cdc-nisvs';

/** Where a figure was published. */
export interface FigureSource {
  /** The publisher and title, as cited. */
  title: string;
  /** The page the figure was read on (https). */
  url: string;
}

export interface StalkingFigure {
  id: string;
  survey: SurveyId;
  /** The publisher's survey name, shown in the source line. */
  surveyName: () => string;
  /** The year the data describe, or null when the source does not state it (then `yearNote` says so). */
  year: number | null;
  /** Shown instead of a year when the source gives none. */
  yearNote?: () => string;
  /** Who was counted and over what period, in plain words. */
  population: () => string;
  source: FigureSource;
  /** The figure as one plain sentence. */
  text: () => string;
  /** Shown in the compact and banner variants too (one figure, from one survey). */
  headline?: boolean;
}

const BJS_2019: Pick<StalkingFigure, 'survey' | 'surveyName' | 'year' | 'population' | 'source'> = {
  survey: 'bjs-2019',
  surveyName: () =>
    msg('Bureau of Justice Statistics, Stalking Victimization, 2019', { id: 'stalking-facts.bjs-name' }),
  year: 2019,
  population: () => msg('People age 16 or older, in the past 12 months', { id: 'stalking-facts.bjs-population' }),
  source: {
    title: 'Bureau of Justice Statistics, "Stalking Victimization, 2019" (NCJ 301735, February 2022)',
    url: 'https://www.ojp.gov/library/publications/stalking-victimization-2019',
  },
};

const CDC_NISVS: Pick<StalkingFigure, 'survey' | 'surveyName' | 'year' | 'yearNote' | 'population' | 'source'> = {
  survey: 'cdc-nisvs',
  surveyName: () =>
    msg('CDC, National Intimate Partner and Sexual Violence Survey, "Preventing Stalking"', {
      id: 'stalking-facts.cdc-name',
    }),
  year: null,
  yearNote: () => msg('The page does not give the survey year', { id: 'stalking-facts.cdc-year' }),
  population: () => msg('Adults, at any time in their life', { id: 'stalking-facts.cdc-population' }),
  source: {
    title: 'Centers for Disease Control and Prevention, "Preventing Stalking"',
    url: 'https://www.cdc.gov/violenceprevention/datasources/nisvs/preventingstalking.html',
  },
};

export const STALKING_FIGURES: readonly StalkingFigure[] = [
  {
    ...BJS_2019,
    id: 'bjs-2019-people',
    headline: true,
    text: () =>
      msg('About 3.4 million people age 16 or older were stalked in 2019. That is about 1.3% of everyone that age.', {
        id: 'stalking-facts.bjs-people',
      }),
  },
  {
    ...BJS_2019,
    id: 'bjs-2019-police',
    text: () =>
      msg('Less than a third of victims (29%) reported it to the police.', { id: 'stalking-facts.bjs-police' }),
  },
  {
    ...BJS_2019,
    id: 'bjs-2019-women-men',
    text: () =>
      msg('1.8% of females and 0.8% of males age 16 or older were stalked that year.', {
        id: 'stalking-facts.bjs-women-men',
      }),
  },
  {
    ...BJS_2019,
    id: 'bjs-2019-fear',
    text: () =>
      msg('Of people stalked both in person and with technology, 67% feared being killed or physically harmed.', {
        id: 'stalking-facts.bjs-fear',
      }),
  },
  {
    ...CDC_NISVS,
    id: 'cdc-nisvs-lifetime',
    text: () =>
      msg('About 1 in 6 women and 1 in 17 men have been stalked at some time in their life.', {
        id: 'stalking-facts.cdc-lifetime',
      }),
  },
  {
    ...CDC_NISVS,
    id: 'cdc-nisvs-before-25',
    text: () =>
      msg('Of those stalked, 54% of women and 41% of men were first stalked before age 25.', {
        id: 'stalking-facts.cdc-before-25',
      }),
  },
];

/** True when a figure says where it comes from: a survey, a year (or why there is none), a population and an https source. */
export function isSourced(figure: StalkingFigure): boolean {
  return (
    Boolean(figure.survey) &&
    typeof figure.surveyName === 'function' &&
    (typeof figure.year === 'number' || typeof figure.yearNote === 'function') &&
    typeof figure.population === 'function' &&
    Boolean(figure.source?.title?.trim()) &&
    /^https:\/\/[^\s]+$/.test(figure.source?.url ?? '')
  );
}
