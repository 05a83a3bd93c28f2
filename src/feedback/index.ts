export {
  openFeedbackStore,
  SURFACES,
  type Surface,
  FeedbackError,
  type FeedbackStore,
  type FeedbackTotals,
  type Vote,
} from './store.ts';
