export { SaStalkingFacts, SPARC_RESOURCE_ID, type StalkingFactsVariant } from './stalking-facts.js';
export { STALKING_FIGURES, isSourced, type StalkingFigure, type SurveyId, type FigureSource } from './figures.js';
export { DEFAULT_TALK_HOTLINE_ID } from './talk-it-over.js';
