import { describe, expect, it } from 'vitest';
import { isMessagesFile, manifestMessagesOnly } from '../../modules/manifest-messages';

describe("the languages' messages.json", () => {
  it("keeps the manifest's name and description as they were, and nothing else", () => {
    const json = JSON.stringify({
      extName: { message: 'Credit Lens für TikTok Ads', description: 'The name in the store' },
      extDescription: { message: 'Liest Ihre Abrechnungsseiten.' },
      'popup.heading': { message: 'Notizen' },
    });
    expect(JSON.parse(manifestMessagesOnly(json))).toEqual({
      extName: { message: 'Credit Lens für TikTok Ads', description: 'The name in the store' },
      extDescription: { message: 'Liest Ihre Abrechnungsseiten.' },
    });
  });

  it('invents no message a language lacks (the browser falls back to English)', () => {
    expect(JSON.parse(manifestMessagesOnly(JSON.stringify({ extName: { message: 'Credit Lens' } })))).toEqual({ extName: { message: 'Credit Lens' } });
  });

  it("touches only the languages' messages files", () => {
    expect(isMessagesFile('_locales/pt_BR/messages.json')).toBe(true);
    expect(isMessagesFile('_locales\\zh_TW\\messages.json')).toBe(true);
    expect(isMessagesFile('icon/16.png')).toBe(false);
    expect(isMessagesFile('assets/_locales/en/messages.json')).toBe(false);
  });
});
