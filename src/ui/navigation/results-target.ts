/** The decode screen's results: target of the "Skip to results" link and of focus after an example. */
export const RESULTS_ID = 'results';
