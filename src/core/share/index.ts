/** Sharing the app: the bookmarklet and its link, and the height message an embedded app sends. */
export {
  LINK_REFERENCE_LIMIT,
  appBaseUrl,
  bookmarkletSource,
  bookmarkletUrl,
  referencesFromLink,
} from './bookmarklet.ts';
export { embedHeightMessage, embedTargetOrigin, type EmbedHeightMessage } from './embed-message.ts';
export {
  describeResultStatus,
  describeOffers,
  describeSelectionOffer,
  type DecodeOffers,
  type SelectionOffer,
} from './decode-offers.ts';
