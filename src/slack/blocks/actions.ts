/** Every interactive element's action_id, in one place: the listeners and the manifest test read these. */
export const ACTION_IDS = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  share: 'share_answer',
} as const;
