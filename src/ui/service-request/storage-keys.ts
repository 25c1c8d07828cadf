/**
 * Where the SR screen keeps its drafts on this device. A module of its own, so a reader (the
 * decoder card's network offers) does not bring the SR form into the first script.
 */
export const SR_DRAFTS_KEY = 'akamai-reference-decoder/service-request/v2';
/** The one shared form of earlier versions: its stable fields are offered once, then it goes. */
export const SR_LEGACY_KEY = 'akamai-reference-decoder/service-request/v1';
