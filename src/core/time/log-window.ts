/**
 * Akamai keeps the logs behind a reference for 6 or 24 hours depending on traffic. Past 6 hours
 * the lookup may fail; past 24 hours it probably will. A leaf module: the code guidance says it
 * too, and the reason-code table must not import the age logic.
 */
export const LOG_WINDOW_HOURS = { surelyKept: 6, possiblyKept: 24 } as const;

/** The log window in words, wherever the app or a draft says how long the logs last. */
export const LOG_WINDOW_TEXT = `${LOG_WINDOW_HOURS.surelyKept} to ${LOG_WINDOW_HOURS.possiblyKept} hours`;
