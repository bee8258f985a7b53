import { describe, expect, it } from 'vitest';
import type { RejectionCause } from '../notes/schema';
import type { ActivePromotion } from './active-promotions';
import { englishTranslator } from '../i18n/node-catalog';
import { rankCauses as rankCauseMessages, type RejectionContext } from './rejection-causes';
import { classifyRejection } from './rejection-message';

/** The ranked causes as an English reader sees them. */
const rankCauses = (text: string, context: RejectionContext) => {
  const t = englishTranslator();
  return rankCauseMessages(classifyRejection(text), context).map((c) => ({ ...c, title: t.t(c.title), because: c.because.map((reason) => t.t(reason)), check: t.t(c.check) }));
};
import { ACCOUNT, code } from './testing';

// Real phrases from the lexicon packs (lib/lexicon/<lang>.ts), inside sentences as a page would show them.
const MESSAGES: Record<string, Record<Exclude<RejectionCause, 'unknown'> | 'generic', string>> = {
  en: {
    expired: 'This code has expired.',
    'already-used': 'This promo code has already been used.',
    'not-eligible': 'Your account is not eligible for this promotion.',
    'promotion-active': 'Your account already has an active promotion.',
    invalid: 'Invalid code. Please check the code and try again.',
    generic: 'Something went wrong. Please try again later.',
  },
  es: {
    expired: 'El código ha caducado.',
    'already-used': 'Este código ya ha sido utilizado.',
    'not-eligible': 'Tu cuenta no es elegible para esta promoción.',
    'promotion-active': 'Ya hay una promoción activa en tu cuenta.',
    invalid: 'Código no válido.',
    generic: 'Algo salió mal.',
  },
  de: {
    expired: 'Dieser Gutscheincode ist abgelaufen.',
    'already-used': 'Der Code wurde bereits eingelöst.',
    'not-eligible': 'Ihr Konto ist nicht berechtigt.',
    'promotion-active': 'Es läuft bereits eine andere Aktion.',
    invalid: 'Ungültiger Code.',
    generic: 'Etwas ist schiefgelaufen.',
  },
  fr: {
    expired: 'Ce code a expiré.',
    'already-used': 'Ce code a déjà été utilisé.',
    'not-eligible': "Votre compte n'est pas éligible à cette offre.",
    'promotion-active': 'Une autre promotion est déjà en cours.',
    invalid: 'Code invalide.',
    generic: "Une erreur s'est produite.",
  },
  ja: {
    expired: 'このクーポンコードは有効期限が切れています。',
    'already-used': 'このコードは既に使用されています。',
    'not-eligible': 'このアカウントは対象外です。',
    'promotion-active': '他のプロモーションが適用中です。',
    invalid: 'コードが無効です。',
    generic: '問題が発生しました。',
  },
  'zh-Hans': {
    expired: '优惠码已过期',
    'already-used': '该优惠码已被使用',
    'not-eligible': '您的账户不符合条件',
    'promotion-active': '您已参与其他优惠活动',
    invalid: '优惠码无效',
    generic: '发生错误，请重试',
  },
  ar: {
    expired: 'انتهت صلاحية هذا الرمز',
    'already-used': 'تم استخدامه بالفعل',
    'not-eligible': 'حسابك غير مؤهل لهذا العرض',
    'promotion-active': 'لديك عرض ترويجي آخر نشط',
    invalid: 'الرمز غير صالح',
    generic: 'حدث خطأ',
  },
  ru: {
    expired: 'Срок действия промокода истёк.',
    'already-used': 'Этот код уже использован.',
    'not-eligible': 'Ваш аккаунт не соответствует условиям.',
    'promotion-active': 'У вас уже есть активная акция.',
    invalid: 'Неверный код.',
    generic: 'Что-то пошло не так.',
  },
  tr: {
    expired: 'Bu kodun süresi doldu.',
    'already-used': 'Bu kod zaten kullanılmış.',
    'not-eligible': 'Hesabınız bu promosyon için uygun değil.',
    'promotion-active': 'Hesabınızda zaten aktif bir promosyon var.',
    invalid: 'Geçersiz kod.',
    generic: 'Bir hata oluştu.',
  },
  th: {
    expired: 'รหัสนี้หมดอายุแล้ว',
    'already-used': 'โค้ดนี้ถูกใช้แล้ว',
    'not-eligible': 'บัญชีของคุณไม่มีสิทธิ์',
    'promotion-active': 'คุณมีโปรโมชันอยู่แล้ว',
    invalid: 'รหัสไม่ถูกต้อง',
    generic: 'เกิดข้อผิดพลาด',
  },
};

const CASES = Object.entries(MESSAGES).flatMap(([lang, byCause]) =>
  Object.entries(byCause).map(([cause, text]) => [lang, cause === 'generic' ? 'unknown' : cause, text] as const),
);

const now = new Date('2026-03-10T12:00:00Z');
const context = (overrides: Partial<RejectionContext> = {}): RejectionContext => ({
  now,
  saved: null,
  typedCode: null,
  promotions: [],
  businessCenter: null,
  accountId: ACCOUNT,
  pageCurrency: 'USD',
  ...overrides,
});
const order = (text: string, ctx = context()) => rankCauses(text, ctx).map((c) => c.cause);

describe('classifying a rejection message', () => {
  it.each(CASES)('%s: reads "%s" in %s', (lang, cause, text) => {
    const [first] = classifyRejection(text);
    expect(first?.cause).toBe(cause);
    expect(first?.lang).toBe(lang);
  });

  it.each(CASES)('%s: ranks %s first for "%s" with no other evidence', (_lang, cause, text) => {
    const ranked = rankCauses(text, context());
    if (cause === 'unknown') {
      // A generic failure names no cause: the checklist keeps its default order and "unknown" stays last.
      expect(ranked.map((c) => c.cause)).toEqual(['invalid', 'expired', 'already-used', 'promotion-active', 'not-eligible', 'unknown']);
    } else {
      expect(ranked[0]!.cause).toBe(cause);
      expect(ranked[0]!.because[0]).toMatch(/^The message says/);
    }
  });

  it('puts a specific cause before a generic failure in the same message', () => {
    expect(classifyRejection('Failed: this code has expired').map((c) => c.cause)).toEqual(['expired', 'unknown']);
  });

  it('keeps both causes a message names, the first one ahead', () => {
    const ranked = order('The code is invalid or has expired.');
    expect(ranked.slice(0, 2).sort()).toEqual(['expired', 'invalid']);
  });

  it('finds nothing in a text that is not an error', () => {
    expect(classifyRejection('')).toEqual([]);
    expect(classifyRejection('Lorem ipsum')).toEqual([]);
  });
});

describe('ranking causes with what else is known', () => {
  const earning: ActivePromotion = { source: 'page', name: 'New advertiser offer', strength: 'active' };

  it('ranks "another promotion active" first for a generic error while an offer is earning', () => {
    const ranked = rankCauses('Something went wrong', context({ promotions: [earning] }));
    expect(ranked[0]).toMatchObject({ cause: 'promotion-active', because: ['The Promotions page shows “New advertiser offer” as earning'] });
    expect(ranked[ranked.length - 1]!.cause).toBe('unknown');
  });

  it('ranks expired first when the notes say the code expired, even for an unclear message', () => {
    const saved = { code: code({ expiresOn: '2026-03-01' }), match: 'exact' as const };
    const ranked = rankCauses('Unable to redeem', context({ saved, typedCode: 'WELCOME2026' }));
    expect(ranked[0]).toMatchObject({ cause: 'expired' });
    expect(ranked[0]!.because).toContain('Your notes: the code expired on Mar 1, 2026');
  });

  it('counts a missed 14-day activation window toward expired', () => {
    const saved = { code: code({ receivedOn: '2026-02-01' }), match: 'exact' as const };
    expect(order('Error', context({ saved }))[0]).toBe('expired');
  });

  it('ranks already-used first when the notes say the code was applied', () => {
    const saved = { code: code({ status: 'applied' }), match: 'exact' as const };
    expect(order('Error', context({ saved }))[0]).toBe('already-used');
  });

  it('ranks not-eligible higher for a Business Center owned account', () => {
    const without = rankCauses('Error', context()).find((c) => c.cause === 'not-eligible')!;
    const withBc = rankCauses('Error', context({ businessCenter: 'notes' })).find((c) => c.cause === 'not-eligible')!;
    expect(withBc.score).toBeGreaterThan(without.score);
    expect(order('Error', context({ businessCenter: 'notes' }))[0]).toBe('not-eligible');
  });

  it('ranks mistyping first when the typed code has spaces or differs from the saved code by look-alikes', () => {
    expect(order('Error', context({ typedCode: 'WELCOME 2026' }))[0]).toBe('invalid');
    // Every mark the typing card flags as unseen: a soft hyphen and bidi embeddings were missed here.
    for (const unseen of ['\u00AD', '\u061C', '\u180E', '\u200B', '\u202A', '\u2066', '\uFEFF']) {
      const invalid = rankCauses('Error', context({ typedCode: `WELCOME${unseen}2026` })).find((c) => c.cause === 'invalid')!;
      expect(invalid.because, escape(unseen)).toContain('What was typed contains spaces or invisible characters');
    }
    const saved = { code: code(), match: 'look-alike' as const };
    expect(rankCauses('Error', context({ saved, typedCode: 'WELC0ME2026' }))[0]!.because[0]).toContain('look-alike');
  });

  it('lets the message outweigh a single piece of weaker evidence', () => {
    expect(order('This code has already been used.', context({ businessCenter: 'page' }))[0]).toBe('already-used');
  });

  it('lets strong notes evidence outrank a vague message cause', () => {
    // "Invalid" is what many pages say for any failure; an earning offer on the page explains it better.
    const twoPromotions: ActivePromotion[] = [earning, { source: 'notes', name: 'Spend $500', strength: 'active', state: 'pending' }];
    const ranked = rankCauses('Invalid', context({ promotions: twoPromotions }));
    expect(ranked[0]!.cause).toBe('promotion-active');
    expect(ranked[1]!.cause).toBe('invalid');
  });

  it('keeps scores within 0..1, most likely first, unknown last, with a check for every cause', () => {
    const saved = { code: code({ status: 'applied', expiresOn: '2026-01-01' }), match: 'look-alike' as const };
    const ranked = rankCauses('Expired. Already used. Invalid. Not eligible. Another promotion. Error.', context({ saved, typedCode: ' X Y ', promotions: [earning], businessCenter: 'notes' }));
    expect(ranked).toHaveLength(6);
    for (const cause of ranked) {
      expect(cause.score).toBeGreaterThanOrEqual(0);
      expect(cause.score).toBeLessThanOrEqual(1);
      expect(cause.check.length).toBeGreaterThan(10);
    }
    const known = ranked.slice(0, -1).map((c) => c.score);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(ranked[5]!.cause).toBe('unknown');
  });
});

describe('ranking with the market and codes the notes saw applied', () => {
  const order = (message: string, overrides: Partial<RejectionContext>) => rankCauses(message, context(overrides)).map((cause) => cause.cause);

  it('ranks "not eligible" higher on an account likely outside the manual-entry markets, and says why', () => {
    const inside = rankCauses('Something went wrong.', context({ pageCurrency: 'VND', manualEntry: 'inside' }));
    const outside = rankCauses('Something went wrong.', context({ pageCurrency: 'EUR', manualEntry: 'outside' }));
    const score = (ranked: typeof inside) => ranked.find((cause) => cause.cause === 'not-eligible')!.score;
    expect(score(outside)).toBeGreaterThan(score(inside));
    expect(outside[0]!.cause).toBe('not-eligible');
    expect(outside[0]!.because.join(' ')).toContain('this account bills in EUR');
  });

  it('ranks "already used" first for a code the notes saw applied on this TikTok For Business account, whatever the message says', () => {
    const redeemed = { accountId: '7000000000000000042', appliedOn: '2026-02-10T09:00:00.000Z' };
    for (const message of ['This code is invalid.', 'This coupon has expired.', 'Another promotion is active.', 'Failed.']) {
      expect(order(message, { redeemed })[0], message).toBe('already-used');
    }
    const top = rankCauses('This code is invalid.', context({ redeemed }))[0]!;
    expect(top.because.join(' ')).toContain('ad account 7000000000000000042');
    expect(order('This code is invalid.', {})[0]).toBe('invalid');
  });
});

