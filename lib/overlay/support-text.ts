/**
 * The support message with the causes the user ticked in the checklist added to its "What I already
 * checked" list (lib/hints/rejection-causes.ts writes the message; the ticks only exist in the UI).
 * Falls back to adding the section before the closing question, or at the end.
 */
const SECTION = 'What I already checked:';

export function withCheckedCauses(message: string, checked: readonly string[]): string {
  const added = checked.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (added.length === 0) return message;
  const lines = message.split('\n');
  const bullets = added.map((line) => `- ${line}`);
  const section = lines.indexOf(SECTION);
  if (section !== -1) {
    let end = section + 1;
    while (end < lines.length && lines[end]!.startsWith('- ')) end++;
    const present = new Set(lines.slice(section + 1, end));
    lines.splice(end, 0, ...bullets.filter((bullet) => !present.has(bullet)));
    return lines.join('\n');
  }
  const question = lines.findIndex((line) => line.startsWith('Could you tell me'));
  const at = question === -1 ? lines.length : question;
  lines.splice(at, 0, ...(question === -1 ? ['', SECTION, ...bullets] : [SECTION, ...bullets, '']));
  return lines.join('\n');
}
