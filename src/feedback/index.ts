export { openFeedbackStore, FeedbackError, type FeedbackStore, type FeedbackTotals, type Vote } from './store.ts';
