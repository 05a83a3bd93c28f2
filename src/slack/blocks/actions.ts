/** Every interactive element's action_id, in one place: the listeners and the manifest test read these. */
export const ACTION_IDS = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  share: 'share_answer',
} as const;

/** "Did you mean" buttons, one action id per position (action ids are unique within a block). */
export const CHOOSE_EVENT_IDS = [
  'choose_event_1',
  'choose_event_2',
  'choose_event_3',
  'choose_event_4',
  'choose_event_5',
] as const;
