import type { LanguagePack } from './types';

// Turkish suffixes words heavily; a trailing "*" lets a message phrase take any ending
// ("zaten kullanıl*": kullanıldı, kullanılmış, kullanılmıştır). Bare "Ad" (name) and "Tip" (type)
// are left out because they are English words.
export default {
  lang: 'tr',
  months: ['ocak|oca', 'şubat|şub', 'mart|mar', 'nisan|nis', 'mayıs|may', 'haziran|haz', 'temmuz|tem', 'ağustos|ağu',
    'eylül|eyl', 'ekim|eki', 'kasım|kas', 'aralık|ara'],
  terms: {
    accountBalance: ['Hesap bakiyesi', 'Toplam bakiye', 'Kullanılabilir bakiye', 'Mevcut bakiye'],
    cashBalance: ['Nakit bakiye', 'Nakit bakiyesi', 'Nakit'],
    creditBalance: [
      'Reklam kredisi', 'Reklam kredileri', 'Kupon bakiyesi', 'Kupon bakiye', 'Promosyon bakiyesi', 'Promosyon kredisi',
      'Hediye bakiye', 'Krediler',
    ],
    spendSoFar: ['Şu ana kadarki harcama', 'Şimdiye kadarki harcama', 'Şu ana kadar harcanan', 'Güncel harcama', 'Mevcut harcama', 'Bu dönemki harcama', 'Mevcut fatura döngüsü için şu ana kadarki harcama', 'Mevcut fatura döngüsündeki harcama'],
    billingThreshold: ['Faturalandırma eşiği', 'Fatura eşiği', 'Ödeme eşiği', 'Eşik'],
    nextBillDate: ['Sonraki fatura tarihi', 'Bir sonraki fatura tarihi', 'Sonraki faturalandırma tarihi', 'Sonraki ödeme tarihi'],
    accountId: ['Hesap kimliği', 'Hesap ID', 'Reklam hesabı kimliği', 'Reklamveren kimliği', 'Reklamveren ID'],
    currencyLabel: ['Para birimi', 'Hesap para birimi'],

    manualPayment: ['Manuel ödeme', 'Manuel ödemeler', 'Ön ödemeli'],
    automaticPayment: ['Otomatik ödeme', 'Otomatik ödemeler', 'Otomatik faturalandırma'],
    monthlyInvoicing: ['Aylık faturalandırma', 'Aylık fatura'],

    couponField: [
      'Kupon kodu', 'Promosyon kodu', 'Promo kodu', 'İndirim kodu', 'Hediye kodu', 'Kod girin', 'Kodu girin', 'Kupon kodunu girin',
      'Promosyon kodunu girin',
    ],
    couponOpener: ['Kupon kullan', 'Kuponu kullan', 'Kod kullan', 'Kodu kullan', 'Promosyon kodu kullan', 'Kupon ekle', 'Kuponu etkinleştir', 'Kupon bozdur'],
    activate: ['Etkinleştir', 'Şimdi etkinleştir', 'Aktifleştir', 'Kullan', 'Uygula', 'Onayla'],

    pagePayment: ['Ödeme', 'Ödemeler', 'Ödeme ayarları'],
    pagePromotions: ['Promosyonlar', 'Promosyon', 'Promosyonlarım', 'Kuponlar'],
    pageTransactions: ['İşlemler', 'İşlem geçmişi'],
    pageInvoices: ['Faturalar', 'Fatura'],
    pageBilling: ['Faturalandırma', 'Faturalandırma ve ödemeler'],
    pageFinance: ['Finans', 'Finans merkezi'],

    tabAvailable: ['Kullanılabilir', 'Mevcut', 'Aktif'],
    tabEarning: ['Kazanılıyor', 'Kazanılacak', 'Devam ediyor', 'Devam eden', 'Beklemede'],
    tabNotAvailable: ['Kullanılamaz', 'Kullanılamıyor', 'Süresi doldu', 'Süresi dolmuş', 'Kullanıldı', 'Kullanılmış'],

    colPromotionName: ['Promosyon adı', 'Kupon adı', 'Adı', 'İsim'],
    colCreditType: ['Kredi türü', 'Kupon türü', 'Promosyon türü', 'Tür'],
    colUsageRequirements: ['Kullanım gereksinimleri', 'Kullanım koşulları', 'Gereksinimler', 'Koşullar'],
    colValidPeriod: ['Geçerlilik süresi', 'Geçerlilik dönemi', 'Geçerlilik tarihleri', 'Geçerlilik'],
    colUnusedAmount: ['Kullanılmayan tutar', 'Kullanılmamış tutar', 'Kalan tutar', 'Kalan'],
    colUsedAmount: ['Kullanılan tutar', 'Harcanan tutar'],
    colStatus: ['Durum'],

    creditFree: ['Ücretsiz', 'Ücretsiz kredi', 'Bedava'],
    creditAssignable: ['Atanabilir', 'Atanabilir kredi', 'Tahsis edilebilir'],
    creditConditional: ['Koşullu', 'Koşullu kredi', 'Şartlı'],

    validUntil: ['Son kullanma tarihi', 'Son geçerlilik tarihi', 'Geçerlilik bitiş tarihi', 'Bitiş tarihi', 'Şu tarihe kadar geçerli', 'tarihine kadar geçerli'],

    msgExpired: ['süresi doldu', 'süresi dolmuş', 'süresi dolan', 'süresi geçmiş', 'sona erdi', 'geçerliliğini yitirmiş', 'artık geçerli değil'],
    msgAlreadyUsed: ['zaten kullanıl*', 'daha önce kullanıl*', 'zaten etkinleştiril*', 'zaten uygulan*'],
    msgNotEligible: ['uygun değil*', 'hak kazanmadı', 'koşulları karşılamıyor', 'uygunluk koşullarını karşılamıyor', 'yalnızca yeni reklamverenler'],
    msgPromotionActive: [
      'başka bir promosyon', 'başka promosyon', 'aktif bir promosyon', 'etkin bir promosyon', 'devam eden bir promosyon',
      'zaten bir promosyon*', 'aynı anda yalnızca bir promosyon',
    ],
    msgInvalidCode: ['geçersiz', 'geçersiz kod', 'geçerli değil', 'mevcut değil', 'bulunamadı', 'hatalı kod', 'yanlış kod', 'kod hatalı', 'kod yanlış'],
    msgGenericError: ['başarısız', 'hata', 'bir hata oluştu', 'yapılamadı', 'gerçekleştirilemedi', 'tekrar deneyin', 'lütfen tekrar deneyin'],
    msgSuccess: ['başarıyla', 'başarılı', 'etkinleştirildi', 'eklendi', 'uygulandı', 'tebrikler'],

    fieldSearch: ['Ara', 'Arama', 'Ada göre ara'],
    fieldEmail: ['E-posta', 'E-posta adresi', 'Eposta'],
    fieldPassword: ['Şifre', 'Parola'],
    fieldAmount: ['Tutar', 'Tutar girin', 'Yükleme tutarı', 'Eklenecek tutar', 'Bakiye ekle'],
    fieldCard: ['Kart numarası', 'CVV', 'CVC', 'Güvenlik kodu', 'Kart sahibinin adı', 'AA/YY'],
    fieldName: ['Ad soyad', 'Tam ad', 'Şirket adı', 'Firma adı', 'Soyadı'],
    fieldPhone: ['Telefon numarası', 'Cep telefonu', 'Telefon'],
    fieldAddress: ['Adres', 'Fatura adresi', 'Posta kodu', 'Şehir'],
    fieldTaxId: ['Vergi numarası', 'Vergi kimlik numarası', 'Vergi no', 'VKN'],
    creditLineLimit: ['Kredi limiti', 'Kredi hattı'],
    creditLineAvailable: ['Kullanılabilir kredi', 'Kredi bakiyesi'],
    colAmount: ['Değer', 'Kupon değeri', 'Kredi tutarı', 'İndirim'],
    tabSummary: ['Özet'],
    paymentAction: ['Şimdi öde', 'Ödeme yöntemi ekle'],
    assignAction: ['Görüntüle/Ata', 'Ata', 'Atama günlüğü'],
  },
} satisfies LanguagePack;
