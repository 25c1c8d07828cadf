import { akamaiCodeName, BatchHost } from '../../core/triage/index.ts';

/**
 * The page's own batch (a paste, or files read where no worker may start), named from the code
 * table: made by the decoding script, which carries the table, so the first screen does not.
 */
export const makePageBatch = (): BatchHost => new BatchHost(akamaiCodeName);
