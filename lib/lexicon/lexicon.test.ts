import { describe, it, expect } from 'vitest';
import { CONCEPT_NAMES, type Concept } from './concepts';
import {
  LANGUAGE_CODES,
  guessLanguage,
  matchConcepts,
  matchesConcept,
  normalizeText,
  type LanguageCode,
} from './index';
import { LANGUAGE_PACKS } from '../../tests/support/all-languages';

const REQUIRED: readonly Concept[] = [
  'cashBalance', 'creditBalance', 'spendSoFar', 'billingThreshold', 'nextBillDate', 'accountId', 'couponField', 'couponOpener',
  'activate', 'pagePayment', 'pagePromotions', 'tabAvailable', 'tabEarning', 'tabNotAvailable', 'colPromotionName', 'colValidPeriod',
  'colUnusedAmount', 'creditFree', 'creditAssignable', 'creditConditional', 'validUntil', 'msgExpired', 'msgAlreadyUsed',
  'msgNotEligible', 'msgPromotionActive', 'msgInvalidCode', 'msgGenericError', 'msgSuccess', 'fieldSearch', 'fieldEmail', 'fieldAmount',
];

/**
 * The only concept pairs allowed to share a phrase within one language. The Promotions page names
 * a tab "Expired" / "Used" with the very word an error message uses ("Expired", 已过期, 使用済み),
 * so the phrase genuinely says both; callers tell them apart with `among` (tabs vs. messages).
 */
const SHARED_PAIRS: readonly (readonly [Concept, Concept])[] = [
  ['tabNotAvailable', 'msgExpired'],
  ['tabNotAvailable', 'msgAlreadyUsed'],
];

const stripMarker = (phrase: string): string => phrase.replace(/\*\s*$/, '');
const concepts = (text: string, among?: readonly Concept[]): Concept[] => matchConcepts(text, among).map((m) => m.concept);

describe('normalizeText', () => {
  it.each([
    ['Arabic with RLM and a trailing colon', '\u200Fالرصيد النقدي:', 'الرصيد النقدي'],
    ['Arabic harakat, shadda and hamza seats', 'مُعَرِّف الحساب', 'معرف الحساب'],
    ['Vietnamese diacritics and đ', 'Số dư tiền mặt', 'so du tien mat'],
    ['Vietnamese đ upper case', 'ĐÃ HẾT HẠN', 'da het han'],
    ['fullwidth letters, ideographic space and colon', 'ＣＡＳＨ　ＢＡＬＡＮＣＥ：', 'cash balance'],
    ['NBSP and narrow NBSP', 'Cash\u00A0balance\u202Fnow', 'cash balance now'],
    ['trailing colon after a space', 'Spend so far :', 'spend so far'],
    ['required-field asterisks', '* Coupon code *', 'coupon code'],
    ['asterisk then colon', 'Promo code*:', 'promo code'],
    ['zero-width and bidi isolates', '\u2068Co\u200Bupon\u200D code\u2069', 'coupon code'],
    ['folded whitespace and newlines', '  Ad \n\t credit  ', 'ad credit'],
    ['typographic apostrophe', 'Doesn’t exist', "doesn't exist"],
    ['Turkish dotted capital I', 'İNDİRİM KODU', 'indirim kodu'],
    ['German ß', 'Straße', 'strasse'],
  ])('%s', (_label, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps Hangul as composed syllables so substrings cannot split a syllable', () => {
    expect(normalizeText('현금 잔액')).toBe('현금 잔액');
    expect(normalizeText('현금 잔액'.normalize('NFD'))).toBe('현금 잔액');
  });

  it('meets Turkish text typed in capitals with the lower-case phrase', () => {
    expect(normalizeText('KULLANILMIŞ')).toBe(normalizeText('kullanılmış'));
  });

  it('is idempotent', () => {
    for (const s of ['\u200FPromo-Code：', 'クーポンコード', 'Ｓｐｅｎｄ so far:', 'Số dư']) {
      expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
    }
  });
});

describe('language packs', () => {
  it('has one pack per language code, in LANGUAGE_CODES order', () => {
    expect(LANGUAGE_PACKS.map((p) => p.lang)).toEqual([...LANGUAGE_CODES]);
    expect(LANGUAGE_CODES).toHaveLength(18);
  });

  it('uses only known concepts', () => {
    const known = new Set<string>(CONCEPT_NAMES);
    for (const pack of LANGUAGE_PACKS) {
      for (const key of Object.keys(pack.terms)) expect(known.has(key), `${pack.lang}: ${key}`).toBe(true);
    }
  });

  it.each(LANGUAGE_CODES.map((lang) => [lang]))('%s covers every required concept', (lang) => {
    const pack = LANGUAGE_PACKS.find((p) => p.lang === lang);
    expect(pack).toBeDefined();
    const missing = REQUIRED.filter((c) => (pack?.terms[c] ?? []).filter((p) => normalizeText(stripMarker(p))).length === 0);
    expect(missing).toEqual([]);
  });

  it('has short, trimmed, non-empty phrases; labels are not sentences', () => {
    for (const pack of LANGUAGE_PACKS) {
      for (const [concept, phrases] of Object.entries(pack.terms)) {
        for (const phrase of phrases ?? []) {
          const where = `${pack.lang}.${concept}: "${phrase}"`;
          expect(phrase, where).toBe(phrase.trim());
          expect(normalizeText(stripMarker(phrase)).length, where).toBeGreaterThan(0);
          // The real page's "Spending so far for current billing cycle" (41) runs to 54 in French.
          if (!concept.startsWith('msg')) expect(normalizeText(phrase).length, where).toBeLessThanOrEqual(56);
        }
      }
    }
  });

  it('never lists one normalised phrase under two concepts of a language, except the documented pairs', () => {
    const allowed = (a: Concept, b: Concept) => SHARED_PAIRS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
    const problems: string[] = [];
    for (const pack of LANGUAGE_PACKS) {
      const owner = new Map<string, Concept>();
      for (const [concept, phrases] of Object.entries(pack.terms) as [Concept, readonly string[]][]) {
        for (const phrase of phrases) {
          const norm = normalizeText(stripMarker(phrase));
          const prev = owner.get(norm);
          if (prev && prev !== concept && !allowed(prev, concept)) problems.push(`${pack.lang}: "${norm}" in ${prev} and ${concept}`);
          if (!prev) owner.set(norm, concept);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('reads every phrase, shown alone, as its own concept (no longer phrase of another concept hides it)', () => {
    const misses: string[] = [];
    for (const pack of LANGUAGE_PACKS) {
      for (const [concept, phrases] of Object.entries(pack.terms) as [Concept, readonly string[]][]) {
        for (const phrase of phrases) {
          const found = matchesConcept(stripMarker(phrase), concept);
          if (!found?.exact) misses.push(`${pack.lang}.${concept}: "${phrase}"`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('matchConcepts: word boundaries', () => {
  it('finds a phrase inside a longer label on word boundaries', () => {
    expect(matchesConcept('Enter promo code', 'couponField')).toMatchObject({ exact: true });
    expect(matchesConcept('Please type your promo code here', 'couponField')).toMatchObject({ phrase: 'Promo code', exact: false });
    expect(matchesConcept('Spend so far: $120.00', 'spendSoFar')).toMatchObject({ phrase: 'Spend so far', exact: false });
    expect(matchesConcept('(Promo code)', 'couponField')).not.toBeNull();
  });

  it('does not match code phrases inside other words', () => {
    expect(concepts('Barcode')).toEqual([]);
    expect(concepts('Enter barcode')).toEqual([]);
    expect(matchesConcept('Promo codes', 'couponField')).toBeNull();
    expect(matchesConcept('Unconditional', 'creditConditional')).toBeNull();
    expect(matchesConcept('Inactive', 'tabAvailable')).toBeNull();
    expect(matchesConcept('Activated', 'activate')).toBeNull();
  });

  it('does not read bare "Balance" as a cash balance', () => {
    expect(matchesConcept('Balance', 'cashBalance')).toBeNull();
    expect(matchesConcept('Balance: $10.00', 'cashBalance')).toBeNull();
  });

  it('lets the longest match win: a tab word inside a balance label is not a tab', () => {
    expect(concepts('Available balance')).toEqual(['accountBalance']);
    expect(matchesConcept('Available balance', 'tabAvailable')).toBeNull();
    expect(matchesConcept('Available', 'tabAvailable')).toMatchObject({ exact: true });
    expect(concepts('Redeem coupon')).toEqual(['couponOpener']);
    expect(concepts('Nicht verwendeter Betrag')).toEqual(['colUnusedAmount']);
  });

  it('treats CJK, kana and Thai neighbours of a Latin phrase as boundaries', () => {
    expect(matchesConcept('アカウントID：123456', 'accountId')).not.toBeNull();
    expect(matchesConcept('广告账户ID', 'accountId')).not.toBeNull();
    expect(matchesConcept('ID บัญชี 123', 'accountId')).not.toBeNull();
  });

  it('lets a phrase ending in "*" take inflectional endings', () => {
    expect(matchesConcept('Bu kupon kodu zaten kullanılmıştır.', 'msgAlreadyUsed')?.lang).toBe('tr');
    expect(matchesConcept('BU KOD ZATEN KULLANILDI', 'msgAlreadyUsed')?.lang).toBe('tr');
    expect(matchesConcept('Промокод уже использован', 'msgAlreadyUsed')?.lang).toBe('ru');
    expect(matchesConcept('Kod promocyjny został już wykorzystany', 'msgAlreadyUsed')?.lang).toBe('pl');
    // "истекает" is the date label "expires on", not "has expired".
    expect(matchesConcept('Истекает 01.02.2025', 'msgExpired')).toBeNull();
    expect(matchesConcept('Истекает 01.02.2025', 'validUntil')).not.toBeNull();
    expect(matchesConcept('Срок действия промокода истёк', 'msgExpired')).not.toBeNull();
  });
});

describe('matchConcepts: substring scripts', () => {
  it.each([
    ['该优惠码已被使用', 'msgAlreadyUsed', 'zh-Hans'],
    ['该优惠码已被使用', 'couponField', 'zh-Hans'],
    ['请输入优惠码以兑换赠款', 'couponField', 'zh-Hans'],
    ['您的账户不符合条件', 'msgNotEligible', 'zh-Hans'],
    ['優惠碼已過期，請重新輸入', 'msgExpired', 'zh-Hant'],
    ['クーポンコードを入力してください', 'couponField', 'ja'],
    ['このクーポンは既に使用されています', 'msgAlreadyUsed', 'ja'],
    ['쿠폰 코드를 입력하세요', 'couponField', 'ko'],
    ['이미 사용된 쿠폰입니다', 'msgAlreadyUsed', 'ko'],
    ['รหัสคูปองหมดอายุแล้ว', 'msgExpired', 'th'],
    ['กรุณากรอกรหัสคูปอง', 'couponField', 'th'],
  ] as const)('%s -> %s', (text, concept, lang) => {
    expect(matchesConcept(text, concept)?.lang).toBe(lang);
  });

  it('does not read "entered password" as the coupon field in Thai', () => {
    expect(matchesConcept('กรอกรหัสผ่าน', 'couponField')).toBeNull();
    expect(matchesConcept('กรอกรหัสผ่าน', 'fieldPassword')).not.toBeNull();
  });

  it('does not read "not available" as available in Chinese', () => {
    expect(concepts('不可用')).toEqual(['tabNotAvailable']);
  });
});

describe('matchConcepts: representative labels', () => {
  it.each([
    ['en', 'Voucher balance', 'creditBalance'],
    ['en', 'Next bill date', 'nextBillDate'],
    ['es', 'Saldo en efectivo', 'cashBalance'],
    ['es', 'El código ha caducado', 'msgExpired'],
    ['pt-BR', 'Resgatar cupom', 'couponOpener'],
    ['pt-BR', 'Este cupom já foi utilizado', 'msgAlreadyUsed'],
    ['fr', 'Seuil de facturation', 'billingThreshold'],
    ['fr', 'Saisissez le code promo', 'couponField'],
    ['de', 'Guthaben für Werbeanzeigen', 'creditBalance'],
    ['de', 'Dieser Gutscheincode ist abgelaufen.', 'msgExpired'],
    ['it', 'Importo non utilizzato', 'colUnusedAmount'],
    ['it', 'Riscatta coupon', 'couponOpener'],
    ['id', 'Saldo tunai', 'cashBalance'],
    ['id', 'Masukkan kode promo', 'couponField'],
    ['ms', 'Tarikh bil seterusnya', 'nextBillDate'],
    ['ms', 'Tebus kupon', 'couponOpener'],
    ['vi', 'Mã khuyến mãi', 'couponField'],
    ['vi', 'Số dư tiền mặt:', 'cashBalance'],
    ['th', 'ยอดเงินสด', 'cashBalance'],
    ['th', 'แลกคูปอง', 'couponOpener'],
    ['ja', '現金残高', 'cashBalance'],
    ['ja', 'クーポンコード', 'couponField'],
    ['ko', '현금 잔액', 'cashBalance'],
    ['ko', '쿠폰 코드', 'couponField'],
    ['zh-Hans', '兑换优惠券', 'couponOpener'],
    ['zh-Hans', '广告赠款', 'creditBalance'],
    ['zh-Hant', '廣告贈金', 'creditBalance'],
    ['zh-Hant', '現金餘額', 'cashBalance'],
    ['ar', '\u200Fالرصيد النقدي:', 'cashBalance'],
    ['ar', 'رمز القسيمة غير صالح', 'msgInvalidCode'],
    ['tr', 'Sonraki fatura tarihi', 'nextBillDate'],
    ['tr', 'Kupon kodunu girin', 'couponField'],
    ['ru', 'Введите промокод', 'couponField'],
    ['ru', 'Баланс купонов', 'creditBalance'],
    ['pl', 'Próg płatności', 'billingThreshold'],
    ['pl', 'Wpisz kod promocyjny', 'couponField'],
  ] as const)('%s: %s -> %s', (lang, text, concept) => {
    const match = matchesConcept(text, concept);
    expect(match).not.toBeNull();
    expect(match?.lang).toBe(lang);
  });

  it('reads an English coupon error message', () => {
    const found = concepts('The coupon code you entered is invalid. Please check and try again.');
    expect(found).toContain('msgInvalidCode');
    expect(found).toContain('couponField');
    expect(found).not.toContain('msgSuccess');
  });

  it('does not mistake "already redeemed" or "not successful" for success', () => {
    expect(matchesConcept('This code has already been redeemed.', 'msgSuccess')).toBeNull();
    expect(matchesConcept('Redemption not successful', 'msgSuccess')).toBeNull();
    expect(matchesConcept('Diese Aktion war nicht erfolgreich', 'msgSuccess')).toBeNull();
    expect(matchesConcept('兑换不成功', 'msgSuccess')).toBeNull();
    expect(matchesConcept('Coupon redeemed successfully!', 'msgSuccess')).not.toBeNull();
  });

  it('reads "another promotion is active" as that, not as an "Active" tab', () => {
    expect(concepts('Another promotion is active', ['msgPromotionActive', 'tabAvailable', 'msgSuccess'])).toEqual(['msgPromotionActive']);
  });
});

describe('matchConcepts: results', () => {
  it('orders exact before contained, then longer phrases first, one match per concept', () => {
    const found = matchConcepts('Ad credit balance');
    expect(found[0]).toMatchObject({ concept: 'creditBalance', exact: true });
    const msg = matchConcepts('Failed: this promo code has expired');
    const seen = new Set(msg.map((m) => m.concept));
    expect(seen.size).toBe(msg.length);
    for (let i = 1; i < msg.length; i++) {
      const a = msg[i - 1];
      const b = msg[i];
      if (!a || !b) continue;
      expect(Number(a.exact) >= Number(b.exact)).toBe(true);
      if (a.exact === b.exact) expect(normalizeText(a.phrase).length).toBeGreaterThanOrEqual(normalizeText(b.phrase).length);
    }
  });

  it('restricts to `among` and reports the phrase as written in the pack', () => {
    expect(matchConcepts('Enter promo code', ['fieldSearch'])).toEqual([]);
    expect(matchConcepts('ENTER PROMO CODE:', ['couponField'])).toEqual([
      { concept: 'couponField', lang: 'en', phrase: 'Enter promo code', exact: true },
    ]);
    // The open-end marker is not part of the reported phrase.
    expect(matchesConcept('Bu kod zaten kullanıldı', 'msgAlreadyUsed')?.phrase).toBe('zaten kullanıl');
  });

  it('scans texts longer than 160 characters for messages only', () => {
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(6)}Cash balance. This promo code has expired.`;
    expect(long.length).toBeGreaterThan(160);
    expect(concepts(long)).toEqual(['msgExpired']);
  });

  it('returns nothing for empty or meaningless text', () => {
    expect(matchConcepts('')).toEqual([]);
    expect(matchConcepts('   \u200B ')).toEqual([]);
    expect(matchConcepts('US$1,234.56')).toEqual([]);
  });

  it('answers 20,000 calls on varied short strings well under a second', () => {
    const samples: string[] = [];
    for (const pack of LANGUAGE_PACKS) {
      for (const phrases of Object.values(pack.terms)) {
        for (const p of phrases ?? []) samples.push(p, `${p}: $12.50`, `Total ${p.toUpperCase()}`);
      }
    }
    samples.push('US$1,234.56', '2025-01-31', 'Campaign 1', 'Lorem ipsum dolor sit amet', '广告系列名称', 'キャンペーン名');
    const start = performance.now();
    let total = 0;
    for (let i = 0; i < 20_000; i++) total += matchConcepts(samples[(i * 7919) % samples.length] ?? '').length;
    const elapsed = performance.now() - start;
    expect(total).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(1500);
  });
});

describe('guessLanguage', () => {
  it.each([
    ['en', ['Cash balance', 'Ad credit', 'Redeem coupon', 'Promotions', 'Email']],
    ['de', ['Barguthaben', 'Werbeguthaben', 'Gutschein einlösen', 'Aktionen', 'E-Mail', 'Status']],
    ['es', ['Saldo en efectivo', 'Canjear cupón', 'Promociones']],
    ['pt-BR', ['Saldo em dinheiro', 'Resgatar cupom', 'Promoções']],
    ['zh-Hans', ['现金余额', '广告赠款', '兑换优惠券']],
    ['zh-Hant', ['現金餘額', '廣告贈金', '兌換優惠券']],
    ['ja', ['現金残高', 'クーポンコード', '支払い']],
    ['ko', ['현금 잔액', '쿠폰 코드', '결제']],
    ['ar', ['الرصيد النقدي', 'رمز القسيمة', 'العروض الترويجية']],
    ['th', ['ยอดเงินสด', 'รหัสคูปอง', 'โปรโมชัน']],
    ['vi', ['Số dư tiền mặt', 'Mã khuyến mãi', 'Thanh toán']],
    ['tr', ['Nakit bakiye', 'Kupon kodu', 'Promosyonlar']],
    ['ru', ['Денежный баланс', 'Промокод', 'Акции']],
    ['pl', ['Saldo gotówkowe', 'Kod promocyjny', 'Promocje']],
  ] as const)('%s', (lang, texts) => {
    expect(guessLanguage(texts)).toBe(lang as LanguageCode);
  });

  it('returns null when nothing matched', () => {
    expect(guessLanguage([])).toBeNull();
    expect(guessLanguage(['US$1,234.56', 'Lorem ipsum'])).toBeNull();
  });
});
