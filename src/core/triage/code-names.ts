import { lookupReasonCode } from '../codes/index.ts';
import type { CodeName } from './batch-tally.ts';

/**
 * Akamai's published name for a reason code, or null: what the batch's figures are named with
 * when they are shown or exported (counting them does not need the code table).
 */
export const akamaiCodeName: CodeName = (reasonCode) => lookupReasonCode(reasonCode).akamaiName;
