import type { LanguagePack } from './types';

// Bare "Baki" (balance) is left out for the same reason as English "Balance".
export default {
  lang: 'ms',
  months: ['januari|jan', 'februari|feb', 'mac', 'april|apr', 'mei', 'jun', 'julai|jul', 'ogos|ogo', 'september|sep',
    'oktober|okt', 'november|nov', 'disember|dis'],
  terms: {
    accountBalance: ['Baki akaun', 'Jumlah baki', 'Baki keseluruhan', 'Baki tersedia'],
    cashBalance: ['Baki tunai', 'Baki wang tunai', 'Tunai'],
    creditBalance: ['Kredit iklan', 'Baki kredit iklan', 'Baki kupon', 'Baki baucar', 'Kredit promosi', 'Baki promosi', 'Baki geran', 'Kredit'],
    spendSoFar: ['Perbelanjaan setakat ini', 'Belanja setakat ini', 'Jumlah dibelanjakan setakat ini', 'Perbelanjaan semasa', 'Perbelanjaan setakat ini untuk kitaran bil semasa', 'Perbelanjaan kitaran bil semasa'],
    billingThreshold: ['Ambang pengebilan', 'Ambang bil', 'Ambang pembayaran', 'Had pengebilan', 'Ambang'],
    nextBillDate: ['Tarikh bil seterusnya', 'Tarikh pengebilan seterusnya', 'Tarikh pembayaran seterusnya', 'Bil seterusnya'],
    accountId: ['ID akaun', 'ID akaun iklan', 'ID pengiklan'],
    currencyLabel: ['Mata wang', 'Mata wang akaun'],

    manualPayment: ['Pembayaran manual', 'Prabayar'],
    automaticPayment: ['Pembayaran automatik', 'Bayaran automatik', 'Pengebilan automatik'],
    monthlyInvoicing: ['Invois bulanan', 'Pengebilan bulanan'],

    couponField: ['Kod kupon', 'Kod promo', 'Kod promosi', 'Kod baucar', 'Kod diskaun', 'Masukkan kod', 'Masukkan kod kupon', 'Masukkan kod promo'],
    couponOpener: ['Tebus kupon', 'Tebus kod', 'Tebus baucar', 'Tambah kupon', 'Guna kod promo', 'Gunakan kod promo', 'Gunakan kupon'],
    activate: ['Aktifkan', 'Aktifkan sekarang', 'Tebus', 'Gunakan', 'Sahkan'],

    pagePayment: ['Pembayaran', 'Tetapan pembayaran'],
    pagePromotions: ['Promosi', 'Promosi saya', 'Kupon', 'Baucar', 'Tawaran'],
    pageTransactions: ['Transaksi', 'Sejarah transaksi'],
    pageInvoices: ['Invois'],
    pageBilling: ['Pengebilan', 'Bil', 'Pengebilan dan pembayaran'],
    pageFinance: ['Kewangan', 'Pusat kewangan'],

    tabAvailable: ['Tersedia', 'Aktif'],
    tabEarning: ['Sedang diperoleh', 'Dalam proses', 'Sedang berjalan', 'Belum selesai', 'Menunggu'],
    tabNotAvailable: ['Tidak tersedia', 'Tamat tempoh', 'Luput', 'Digunakan', 'Telah digunakan'],

    colPromotionName: ['Nama promosi', 'Nama', 'Nama kupon'],
    colCreditType: ['Jenis kredit', 'Jenis kupon', 'Jenis'],
    colUsageRequirements: ['Keperluan penggunaan', 'Keperluan', 'Syarat penggunaan', 'Syarat'],
    colValidPeriod: ['Tempoh sah', 'Tempoh sah laku', 'Tempoh berlaku', 'Tarikh sah'],
    colUnusedAmount: ['Amaun tidak digunakan', 'Amaun belum digunakan', 'Jumlah tidak digunakan', 'Amaun baki', 'Baki amaun', 'Selebihnya'],
    colUsedAmount: ['Amaun digunakan', 'Amaun yang digunakan', 'Jumlah digunakan', 'Jumlah yang digunakan'],
    colStatus: ['Status'],

    creditFree: ['Percuma', 'Kredit percuma'],
    creditAssignable: ['Boleh diperuntukkan', 'Boleh ditetapkan', 'Boleh diagihkan'],
    creditConditional: ['Bersyarat', 'Kredit bersyarat'],

    validUntil: ['Sah sehingga', 'Sah hingga', 'Tamat tempoh pada', 'Tarikh tamat tempoh', 'Tarikh luput', 'Luput pada', 'Berakhir pada'],

    msgExpired: ['tamat tempoh', 'telah tamat tempoh', 'sudah tamat tempoh', 'telah luput', 'kod tamat tempoh', 'tidak sah lagi'],
    msgAlreadyUsed: ['telah digunakan', 'sudah digunakan', 'pernah digunakan', 'telah ditebus', 'sudah ditebus'],
    msgNotEligible: ['tidak layak', 'tidak berkelayakan', 'tidak memenuhi syarat', 'tidak memenuhi keperluan', 'hanya untuk pengiklan baharu'],
    msgPromotionActive: ['promosi lain', 'promosi aktif', 'promosi yang sedang berjalan', 'sudah mempunyai promosi', 'satu promosi pada satu masa'],
    msgInvalidCode: ['kod tidak sah', 'tidak sah', 'tidak wujud', 'tidak ditemui', 'kod salah', 'tidak betul'],
    msgGenericError: ['gagal', 'ralat', 'berlaku ralat', 'tidak dapat', 'tidak boleh', 'tidak berjaya', 'cuba lagi', 'sila cuba lagi'],
    msgSuccess: ['berjaya', 'berjaya ditebus', 'telah diaktifkan', 'telah ditambah', 'ditambah ke akaun', 'tahniah'],

    fieldSearch: ['Cari', 'Carian', 'Cari mengikut nama'],
    fieldEmail: ['E-mel', 'Emel', 'Alamat e-mel', 'Email'],
    fieldPassword: ['Kata laluan'],
    fieldAmount: ['Amaun', 'Jumlah', 'Amaun tambah nilai', 'Tambah nilai', 'Tambah baki'],
    fieldCard: ['Nombor kad', 'CVV', 'CVC', 'Kod keselamatan', 'Nama pemegang kad', 'BB/TT'],
    fieldName: ['Nama penuh', 'Nama syarikat', 'Nama perniagaan'],
    fieldPhone: ['Nombor telefon', 'Nombor telefon bimbit', 'Telefon'],
    fieldAddress: ['Alamat', 'Alamat pengebilan', 'Poskod', 'Bandar'],
    fieldTaxId: ['Nombor cukai', 'Nombor pendaftaran cukai', 'Nombor SST', 'ID cukai', 'TIN'],
    creditLineLimit: ['Had kredit', 'Barisan kredit'],
    creditLineAvailable: ['Kredit tersedia', 'Baki kredit'],
    colAmount: ['Nilai', 'Nilai kupon', 'Amaun kredit', 'Diskaun'],
    tabSummary: ['Ringkasan'],
    paymentAction: ['Buat pembayaran', 'Bayar sekarang', 'Tambah kaedah pembayaran'],
    assignAction: ['Lihat/Tetapkan', 'Tetapkan', 'Log penetapan'],
  },
} satisfies LanguagePack;
