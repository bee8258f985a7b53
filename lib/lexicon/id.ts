import type { LanguagePack } from './types';

// "Tidak ada" (does not exist) is too common a phrase to signal an invalid code; only longer forms
// are listed. "Selamat" keeps its "!" because "Selamat datang" is a greeting, not a success.
export default {
  lang: 'id',
  months: ['januari|jan', 'februari|pebruari|feb', 'maret|mar', 'april|apr', 'mei', 'juni|jun', 'juli|jul',
    'agustus|agu|agt|ags', 'september|sep', 'oktober|okt', 'november|nopember|nov', 'desember|des'],
  terms: {
    accountBalance: ['Saldo akun', 'Saldo total', 'Total saldo', 'Saldo tersedia'],
    cashBalance: ['Saldo tunai', 'Saldo uang tunai', 'Saldo kas', 'Tunai'],
    creditBalance: ['Kredit iklan', 'Saldo kredit iklan', 'Saldo kupon', 'Saldo voucher', 'Kredit promosi', 'Saldo promosi', 'Saldo bonus', 'Kredit'],
    spendSoFar: ['Pengeluaran sejauh ini', 'Pembelanjaan sejauh ini', 'Biaya sejauh ini', 'Pengeluaran saat ini', 'Pembelanjaan saat ini', 'Belanja saat ini', 'Pengeluaran sejauh ini untuk siklus penagihan saat ini', 'Pengeluaran siklus penagihan saat ini'],
    billingThreshold: ['Ambang batas penagihan', 'Ambang penagihan', 'Ambang batas pembayaran', 'Ambang batas'],
    nextBillDate: ['Tanggal tagihan berikutnya', 'Tanggal penagihan berikutnya', 'Tagihan berikutnya', 'Tanggal pembayaran berikutnya'],
    accountId: ['ID akun', 'ID akun iklan', 'ID pengiklan'],
    currencyLabel: ['Mata uang', 'Mata uang akun'],

    manualPayment: ['Pembayaran manual', 'Prabayar'],
    automaticPayment: ['Pembayaran otomatis', 'Penagihan otomatis', 'Bayar otomatis'],
    monthlyInvoicing: ['Penagihan bulanan', 'Tagihan bulanan', 'Faktur bulanan'],

    couponField: ['Kode kupon', 'Kode promo', 'Kode promosi', 'Kode voucher', 'Kode diskon', 'Masukkan kode', 'Masukkan kode kupon', 'Masukkan kode promo'],
    couponOpener: ['Tukarkan kupon', 'Tukar kupon', 'Tukarkan kode', 'Tukarkan voucher', 'Tambahkan kupon', 'Gunakan kupon', 'Gunakan kode promo', 'Klaim kupon', 'Punya kode promo?'],
    activate: ['Aktifkan', 'Aktifkan sekarang', 'Tukarkan', 'Tukar', 'Terapkan', 'Konfirmasi'],

    pagePayment: ['Pembayaran', 'Pengaturan pembayaran'],
    pagePromotions: ['Promosi', 'Promosi saya', 'Kupon', 'Penawaran'],
    pageTransactions: ['Transaksi', 'Riwayat transaksi'],
    pageInvoices: ['Faktur', 'Invoice'],
    pageBilling: ['Penagihan', 'Tagihan', 'Penagihan dan pembayaran'],
    pageFinance: ['Keuangan', 'Pusat keuangan'],

    tabAvailable: ['Tersedia', 'Aktif'],
    tabEarning: ['Sedang diperoleh', 'Dalam proses', 'Sedang berlangsung', 'Tertunda', 'Menunggu'],
    tabNotAvailable: ['Tidak tersedia', 'Kedaluwarsa', 'Kadaluarsa', 'Terpakai', 'Sudah terpakai', 'Sudah digunakan'],

    colPromotionName: ['Nama promosi', 'Nama', 'Nama kupon'],
    colCreditType: ['Jenis kredit', 'Tipe kredit', 'Jenis kupon', 'Jenis', 'Tipe'],
    colUsageRequirements: ['Persyaratan penggunaan', 'Persyaratan', 'Syarat penggunaan', 'Ketentuan penggunaan'],
    colValidPeriod: ['Periode berlaku', 'Masa berlaku', 'Periode validitas', 'Tanggal berlaku', 'Masa aktif'],
    colUnusedAmount: ['Jumlah yang belum digunakan', 'Jumlah belum terpakai', 'Jumlah tersisa', 'Sisa saldo', 'Belum digunakan', 'Sisa'],
    colUsedAmount: ['Jumlah yang digunakan', 'Jumlah digunakan', 'Jumlah terpakai'],
    colStatus: ['Status'],

    creditFree: ['Gratis', 'Kredit gratis', 'Cuma-cuma'],
    creditAssignable: ['Dapat ditetapkan', 'Dapat dialokasikan', 'Dapat diberikan', 'Dapat ditugaskan'],
    creditConditional: ['Bersyarat', 'Kredit bersyarat'],

    validUntil: ['Berlaku hingga', 'Berlaku sampai', 'Kedaluwarsa pada', 'Tanggal kedaluwarsa', 'Tanggal kadaluarsa', 'Berakhir pada'],

    msgExpired: [
      'telah kedaluwarsa', 'sudah kedaluwarsa', 'telah kadaluarsa', 'sudah kadaluarsa', 'kode kedaluwarsa', 'kedaluwarsa',
      'tidak berlaku lagi', 'masa berlaku habis', 'sudah habis masa berlakunya',
    ],
    msgAlreadyUsed: ['sudah digunakan', 'telah digunakan', 'sudah pernah digunakan', 'pernah digunakan', 'sudah ditukarkan', 'telah ditukarkan', 'sudah diklaim'],
    msgNotEligible: ['tidak memenuhi syarat', 'tidak memenuhi persyaratan', 'tidak berhak', 'tidak eligible', 'hanya untuk pengiklan baru'],
    msgPromotionActive: [
      'promosi lain', 'promosi aktif', 'promosi yang sedang berlangsung', 'sudah memiliki promosi', 'sedang mengikuti promosi',
      'satu promosi dalam satu waktu',
    ],
    msgInvalidCode: ['kode tidak valid', 'tidak valid', 'tidak sah', 'kode tidak ada', 'tidak terdaftar', 'tidak ditemukan', 'tidak benar', 'kode salah', 'kode tidak dikenal'],
    msgGenericError: ['gagal', 'kesalahan', 'terjadi kesalahan', 'error', 'tidak dapat', 'tidak bisa', 'tidak berhasil', 'coba lagi', 'silakan coba lagi'],
    msgSuccess: ['berhasil', 'sukses', 'berhasil ditukarkan', 'telah diaktifkan', 'telah ditambahkan', 'ditambahkan ke akun', 'diterapkan', 'selamat!'],

    fieldSearch: ['Cari', 'Pencarian', 'Cari berdasarkan nama'],
    fieldEmail: ['Email', 'E-mail', 'Alamat email', 'Surel'],
    fieldPassword: ['Kata sandi'],
    fieldAmount: ['Jumlah', 'Nominal', 'Jumlah isi ulang', 'Jumlah top up', 'Tambah saldo', 'Isi ulang saldo'],
    fieldCard: ['Nomor kartu', 'CVV', 'CVC', 'Kode keamanan', 'Nama pemegang kartu', 'BB/TT'],
    fieldName: ['Nama lengkap', 'Nama perusahaan', 'Nama bisnis'],
    fieldPhone: ['Nomor telepon', 'Nomor ponsel', 'Nomor HP', 'Telepon'],
    fieldAddress: ['Alamat', 'Alamat penagihan', 'Kode pos', 'Kota'],
    fieldTaxId: ['NPWP', 'Nomor NPWP', 'Nomor pokok wajib pajak', 'Nomor pajak', 'ID pajak'],
    creditLineLimit: ['Batas kredit', 'Limit kredit', 'Jalur kredit'],
    creditLineAvailable: ['Kredit tersedia', 'Saldo kredit'],
    colAmount: ['Nilai', 'Nilai kupon', 'Jumlah kredit', 'Diskon'],
    tabSummary: ['Ringkasan'],
    paymentAction: ['Lakukan pembayaran', 'Bayar sekarang', 'Tambah metode pembayaran'],
    assignAction: ['Lihat/Tetapkan', 'Tetapkan', 'Log penetapan'],
  },
} satisfies LanguagePack;
