/**
 * The English words others-acts.ts reads someone else's act by: who the
 * other is (customer, buyer…), what they do (asks, wants, insists…), and the
 * words where the speaker's own act starts again.
 */

/** Someone other than the speaker, at the head of a clause. */
export const EN_OTHER_SUBJECT = new Set([
  'customer',
  'buyer',
  'client',
  'viewer',
  // Plurals: "some buyers ask to be refunded off the platform" is what they ask.
  'customers',
  'buyers',
  'clients',
  'viewers',
  'callers',
  'he',
  'she',
  'they',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'scammer',
  'scammers',
  'fraudsters',
  'people',
  // Other agents and shops: what they do wrong is told as a lesson.
  'agents',
  'agent',
  'colleague',
  'colleagues',
  'staff',
  'sellers',
  'shops',
  'merchants',
  'reps',
]);

export const EN_OTHER_VERB = new Set([
  'asked',
  'asks',
  'ask',
  'asking',
  'wanted',
  'wants',
  'want',
  'told',
  'tells',
  'called',
  'calls',
  'said',
  'says',
  'insisted',
  'insists',
  'demanded',
  'demands',
  'yelled',
  'shouted',
  'swore',
  'begged',
  'requested',
  'requests',
  'suggested',
  'suggests',
  'offered',
  'offers',
  'tried',
  'tries',
  'pushed',
  'pretend',
  'pretends',
  'pretending',
  'posing',
  'kept',
  'keeps',
  'calling',
  'saying',
  'telling',
  'shouting',
  'yelling',
  'swearing',
  'insulted',
  'insulting',
  'accused',
  'accusing',
  'threatened',
  'threatening',
  'wrote',
  'writes',
  'messaged',
  // Base forms, for what other agents or shops do: "some agents tell callers to …".
  'tell',
  'say',
  'call',
  'insist',
  'demand',
  'try',
  'push',
  'offer',
  'suggest',
]);

/** Verbs whose object is what the other said: an "I" or "we" right after them is inside it. */
export const EN_SPEECH_VERB = new Set([
  'asked',
  'asks',
  'asking',
  'told',
  'tells',
  'telling',
  'called',
  'calls',
  'calling',
  'said',
  'says',
  'saying',
  'shouted',
  'shouting',
  'yelled',
  'yelling',
  'wrote',
  'writes',
  'accused',
  'accusing',
]);

/** Words after which "I" or "we" is the speaker taking over, not inside what the other said. */
export const EN_SPEAKER_TAKES_OVER = new Set([
  'and',
  'so',
  'but',
  'then',
  'because',
  'while',
  'until',
]);

/** Words that make "they ask" the object of another verb: "whatever they ask". */
export const EN_FREE_RELATIVE = new Set(['whatever', 'whichever', 'whoever']);

/** First-person words: the speaker's own act starts again. */
export const EN_SPEAKER = new Set(['i', "i'll", "i'd", "i'm", 'we', "we'll", "we'd", "we're"]);
