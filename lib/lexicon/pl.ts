import type { LanguagePack } from './types';

// Polish inflects participles by gender; a trailing "*" lets "już wykorzystan*" cover
// wykorzystany / wykorzystana / wykorzystane.
export default {
  lang: 'pl',
  months: ['styczeń|stycznia|sty', 'luty|lutego|lut', 'marzec|marca|mar', 'kwiecień|kwietnia|kwi', 'maj|maja',
    'czerwiec|czerwca|cze', 'lipiec|lipca|lip', 'sierpień|sierpnia|sie', 'wrzesień|września|wrz',
    'październik|października|paź', 'listopad|listopada|lis', 'grudzień|grudnia|gru'],
  terms: {
    accountBalance: ['Saldo konta', 'Stan konta', 'Saldo całkowite', 'Łączne saldo', 'Dostępne saldo'],
    cashBalance: ['Saldo gotówkowe', 'Saldo środków', 'Środki pieniężne', 'Gotówka'],
    creditBalance: [
      'Kredyt reklamowy', 'Kredyty reklamowe', 'Saldo kuponów', 'Saldo kuponu', 'Saldo voucherów', 'Środki promocyjne', 'Saldo promocyjne',
      'Saldo bonusowe', 'Kredyty',
    ],
    spendSoFar: ['Dotychczasowe wydatki', 'Wydatki do tej pory', 'Wydano do tej pory', 'Dotychczas wydano', 'Bieżące wydatki', 'Dotychczasowe wydatki w bieżącym cyklu rozliczeniowym', 'Wydatki w bieżącym cyklu rozliczeniowym'],
    billingThreshold: ['Próg rozliczeniowy', 'Próg rozliczenia', 'Próg płatności', 'Próg'],
    nextBillDate: ['Data następnego rozliczenia', 'Następna data rozliczenia', 'Data następnej faktury', 'Data następnej płatności', 'Następna płatność'],
    accountId: ['ID konta', 'ID konta reklamowego', 'ID reklamodawcy', 'Identyfikator konta', 'Identyfikator reklamodawcy'],
    currencyLabel: ['Waluta', 'Waluta konta'],

    manualPayment: ['Płatność ręczna', 'Płatności ręczne', 'Przedpłata', 'Płatność z góry'],
    automaticPayment: ['Płatność automatyczna', 'Płatności automatyczne', 'Automatyczne płatności', 'Automatyczne obciążenie'],
    monthlyInvoicing: ['Fakturowanie miesięczne', 'Miesięczne fakturowanie', 'Faktura miesięczna'],

    couponField: ['Kod kuponu', 'Kod promocyjny', 'Kod rabatowy', 'Kod vouchera', 'Kod promocji', 'Wpisz kod', 'Wprowadź kod', 'Wpisz kod promocyjny', 'Wprowadź kod kuponu'],
    couponOpener: ['Zrealizuj kupon', 'Zrealizuj kod', 'Wykorzystaj kupon', 'Użyj kuponu', 'Użyj kodu promocyjnego', 'Dodaj kupon', 'Zastosuj kupon', 'Aktywuj kupon'],
    activate: ['Aktywuj', 'Aktywuj teraz', 'Zrealizuj', 'Zastosuj', 'Użyj', 'Potwierdź'],

    pagePayment: ['Płatność', 'Płatności', 'Ustawienia płatności'],
    pagePromotions: ['Promocje', 'Moje promocje', 'Kupony', 'Oferty'],
    pageTransactions: ['Transakcje', 'Historia transakcji'],
    pageInvoices: ['Faktury', 'Faktura'],
    pageBilling: ['Rozliczenia', 'Rozliczenia i płatności', 'Fakturowanie'],
    pageFinance: ['Finanse', 'Centrum finansowe'],

    tabAvailable: ['Dostępne', 'Dostępny', 'Aktywne', 'Aktywny', 'Aktywna'],
    tabEarning: ['W trakcie', 'W toku', 'W realizacji', 'Zdobywane', 'Oczekujące'],
    tabNotAvailable: ['Niedostępne', 'Niedostępny', 'Wygasłe', 'Wykorzystane', 'Zużyte'],

    colPromotionName: ['Nazwa promocji', 'Nazwa kuponu', 'Nazwa'],
    colCreditType: ['Typ kredytu', 'Rodzaj kredytu', 'Typ kuponu', 'Typ', 'Rodzaj'],
    colUsageRequirements: ['Wymagania dotyczące użycia', 'Warunki użytkowania', 'Warunki korzystania', 'Wymagania', 'Warunki'],
    colValidPeriod: ['Okres ważności', 'Okres obowiązywania', 'Daty ważności', 'Ważność'],
    colUnusedAmount: ['Niewykorzystana kwota', 'Kwota niewykorzystana', 'Pozostała kwota', 'Pozostało'],
    colUsedAmount: ['Wykorzystana kwota', 'Kwota wykorzystana', 'Zużyta kwota'],
    colStatus: ['Status', 'Stan'],

    creditFree: ['Bezpłatny', 'Bezpłatne', 'Darmowy', 'Bezpłatny kredyt'],
    creditAssignable: ['Możliwy do przypisania', 'Do przypisania', 'Przypisywalny'],
    creditConditional: ['Warunkowy', 'Warunkowe', 'Kredyt warunkowy'],

    validUntil: ['Ważny do', 'Ważna do', 'Ważne do', 'Wygasa', 'Data wygaśnięcia', 'Data ważności', 'Termin ważności'],

    msgExpired: ['wygasł', 'wygasła', 'wygasło', 'stracił ważność', 'utracił ważność', 'nie jest już ważny', 'termin ważności upłynął', 'przeterminowan*'],
    msgAlreadyUsed: ['już wykorzystan*', 'już użyt*', 'już zrealizowan*', 'już aktywowan*', 'wcześniej wykorzystan*', 'został już'],
    msgNotEligible: ['nie kwalifikuje się', 'nie spełnia wymagań', 'nie spełnia warunków', 'nie przysługuje', 'brak uprawnień', 'tylko dla nowych reklamodawców'],
    msgPromotionActive: ['inna promocja', 'innej promocji', 'aktywna promocja', 'aktywną promocję', 'trwająca promocja', 'już bierzesz udział', 'jedna promocja naraz'],
    msgInvalidCode: ['nieprawidłowy kod', 'nieprawidłowy', 'niepoprawny kod', 'błędny kod', 'nieważny', 'nie istnieje', 'nie znaleziono kodu'],
    msgGenericError: ['błąd', 'wystąpił błąd', 'nie udało się', 'niepowodzenie', 'nie można', 'spróbuj ponownie', 'coś poszło nie tak'],
    msgSuccess: ['pomyślnie', 'z powodzeniem', 'sukces', 'aktywowano', 'zrealizowano', 'dodano', 'zastosowano', 'gratulacje'],

    fieldSearch: ['Szukaj', 'Wyszukaj', 'Wyszukiwanie'],
    fieldEmail: ['E-mail', 'Email', 'Adres e-mail', 'Adres email'],
    fieldPassword: ['Hasło'],
    fieldAmount: ['Kwota', 'Kwota doładowania', 'Doładuj konto', 'Dodaj środki', 'Wpłać środki'],
    fieldCard: ['Numer karty', 'Kod zabezpieczający', 'Imię i nazwisko posiadacza karty', 'MM/RR', 'CVV', 'CVC'],
    fieldName: ['Imię i nazwisko', 'Imię', 'Nazwisko', 'Nazwa firmy', 'Pełna nazwa'],
    fieldPhone: ['Numer telefonu', 'Telefon komórkowy', 'Telefon'],
    fieldAddress: ['Adres', 'Adres rozliczeniowy', 'Kod pocztowy', 'Miasto'],
    fieldTaxId: ['NIP', 'Numer NIP', 'NIP UE', 'Numer VAT', 'Numer identyfikacji podatkowej'],
    creditLineLimit: ['Linia kredytowa', 'Limit kredytowy'],
    creditLineAvailable: ['Dostępny kredyt', 'Dostępny limit', 'Saldo kredytowe'],
    colAmount: ['Wartość', 'Wartość kuponu', 'Kwota kredytu', 'Rabat'],
    tabSummary: ['Podsumowanie'],
    paymentAction: ['Zapłać teraz', 'Dodaj metodę płatności'],
    assignAction: ['Wyświetl/Przypisz', 'Przypisz', 'Dziennik przypisań'],
  },
} satisfies LanguagePack;
