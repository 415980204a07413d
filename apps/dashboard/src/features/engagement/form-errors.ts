/** The API's field names in a refusal → what the engagement forms' labels call them. */
const WORDS: Record<string, string> = {
  opensAt: 'the opening time',
  closesAt: 'the closing time',
  startsAt: 'the start',
  endsAt: 'the end',
  topN: 'the number of ranks',
  eventType: 'the event',
};

/** "must be after opensAt" → "must be after the opening time" (FormDialog's serverMessage). */
export function inFormWords(message: string) {
  let text = message;
  for (const [k, v] of Object.entries(WORDS)) text = text.replaceAll(k, v);
  return text;
}
