import { useState } from 'preact/hooks';
import { endonym, PSEUDO_LOCALE, UI_LOCALES, type LanguageSetting } from '../../lib/i18n/locales';
import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { errorText } from '../../lib/notes/op-message';

/**
 * "Language: automatic / <one>". Saved at once; the popup, this page and the overlay on any open
 * Ads Manager tab follow the stored setting without a reload. Each language is named in itself, so a
 * user who landed in the wrong one can find their own. The pseudo-locale is offered in development.
 */
export function LanguageSettings({ value, onSave, showPseudo = import.meta.env.DEV }: { value: LanguageSetting; onSave: (next: LanguageSetting) => Promise<void>; showPseudo?: boolean }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  return (
    <section class="section" aria-labelledby="language-title">
      <h2 id="language-title" class="section-title">
        {t.t(msg('options.language.title'))}
      </h2>
      {/* A field as the reminders' is, so the list looks like the page's other fields. */}
      <div class="field language-field">
        <label for="language">
          {t.t(msg('options.language.label'))}
        </label>
        <select
          id="language"
          data-testid="language"
          aria-describedby="language-hint"
          value={value}
          onChange={async (event) => {
            setError(null);
            try {
              await onSave(event.currentTarget.value as LanguageSetting);
            } catch (cause) {
              setError(t.t(msg('common.notSaved', { reason: errorText(cause) })));
            }
          }}
        >
          <option value="auto">{t.t(msg('options.language.automatic'))}</option>
          {UI_LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {endonym(locale)}
            </option>
          ))}
          {(showPseudo || value === PSEUDO_LOCALE) && <option value={PSEUDO_LOCALE}>{t.t(msg('options.language.pseudo'))}</option>}
        </select>
      </div>
      <p id="language-hint" class="muted">
        {t.t(msg('options.language.hint'))}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
