import type { Hint } from '../../lib/hints/types';
import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { ProgressBar } from '../ProgressBar';
import { progressWords } from './plain/progress';

/** A hint's spend toward its threshold and time left, in the overlay's words (the bar is the popup's). */
export function CreditProgress({ progress }: { progress: NonNullable<Hint['progress']> }) {
  const t = useT();
  const { current, target } = progress;
  return <ProgressBar current={current} target={target} label={t.t(msg('overlay.progressLabel'))} text={progressWords(t, progress)} left={progress.left ?? null} />;
}
