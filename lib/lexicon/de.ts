import type { LanguagePack } from './types';

export default {
  lang: 'de',
  months: ['januar|jänner|jan|jän', 'februar|feber|feb', 'märz|mär|mrz', 'april|apr', 'mai', 'juni|jun', 'juli|jul',
    'august|aug', 'september|sep|sept', 'oktober|okt', 'november|nov', 'dezember|dez'],
  terms: {
    accountBalance: ['Kontostand', 'Kontoguthaben', 'Gesamtguthaben', 'Gesamtsaldo', 'Verfügbares Guthaben'],
    cashBalance: ['Barguthaben', 'Bargeldguthaben', 'Guthaben (bar)', 'Bargeld', 'Eingezahltes Guthaben', 'Cash-Guthaben'],
    creditBalance: [
      'Werbeguthaben', 'Anzeigenguthaben', 'Guthaben für Werbeanzeigen', 'Gutscheinguthaben', 'Gutschein-Guthaben', 'Coupon-Guthaben',
      'Aktionsguthaben', 'Bonusguthaben', 'Werbegutschrift', 'Gutschriften', 'Credits',
    ],
    spendSoFar: ['Bisherige Ausgaben', 'Bisher ausgegeben', 'Ausgaben bisher', 'Aktuelle Ausgaben', 'Ausgaben im aktuellen Zeitraum', 'Bisherige Ausgaben im aktuellen Abrechnungszyklus', 'Ausgaben im aktuellen Abrechnungszyklus'],
    billingThreshold: ['Abrechnungsschwelle', 'Abrechnungsgrenze', 'Zahlungsschwelle', 'Rechnungsschwelle', 'Schwellenwert'],
    nextBillDate: ['Nächstes Rechnungsdatum', 'Nächstes Abrechnungsdatum', 'Nächster Abrechnungstermin', 'Nächste Abrechnung', 'Nächste Rechnung', 'Nächster Zahlungstermin'],
    accountId: ['Konto-ID', 'Konto ID', 'Account-ID', 'Werbekonto-ID', 'Anzeigenkonto-ID', 'Werbetreibenden-ID', 'Advertiser-ID'],
    currencyLabel: ['Währung', 'Kontowährung'],

    manualPayment: ['Manuelle Zahlung', 'Manuelle Zahlungen', 'Vorauszahlung', 'Prepaid'],
    automaticPayment: ['Automatische Zahlung', 'Automatische Zahlungen', 'Automatische Abrechnung'],
    monthlyInvoicing: ['Monatliche Rechnungsstellung', 'Monatliche Rechnung', 'Monatliche Abrechnung'],

    couponField: [
      'Gutscheincode', 'Aktionscode', 'Promo-Code', 'Promocode', 'Promotion-Code', 'Rabattcode', 'Coupon-Code', 'Werbecode', 'Einlösecode',
      'Code eingeben', 'Gutscheincode eingeben', 'Aktionscode eingeben',
    ],
    couponOpener: [
      'Gutschein einlösen', 'Gutscheincode einlösen', 'Code einlösen', 'Coupon einlösen', 'Aktionscode einlösen', 'Promo-Code einlösen',
      'Gutschein hinzufügen',
    ],
    activate: ['Aktivieren', 'Jetzt aktivieren', 'Einlösen', 'Jetzt einlösen', 'Anwenden', 'Bestätigen'],

    pagePayment: ['Zahlung', 'Zahlungen', 'Zahlungseinstellungen'],
    pagePromotions: ['Aktionen', 'Werbeaktionen', 'Meine Aktionen', 'Promotions', 'Gutscheine', 'Angebote'],
    pageTransactions: ['Transaktionen', 'Transaktionsverlauf', 'Umsätze'],
    pageInvoices: ['Rechnungen', 'Rechnung'],
    pageBilling: ['Abrechnung', 'Abrechnung und Zahlungen'],
    pageFinance: ['Finanzen', 'Finanzcenter'],

    tabAvailable: ['Verfügbar', 'Aktiv', 'Nutzbar'],
    tabEarning: ['In Bearbeitung', 'Wird verdient', 'Wird erworben', 'Wird gesammelt', 'Ausstehend', 'Laufend', 'Wird freigeschaltet'],
    tabNotAvailable: ['Nicht verfügbar', 'Abgelaufen', 'Verwendet', 'Verbraucht'],

    colPromotionName: ['Name der Aktion', 'Aktionsname', 'Name', 'Gutscheinname'],
    colCreditType: ['Guthabentyp', 'Guthabenart', 'Gutscheintyp', 'Typ', 'Art'],
    colUsageRequirements: ['Nutzungsanforderungen', 'Nutzungsbedingungen', 'Voraussetzungen', 'Anforderungen', 'Bedingungen'],
    colValidPeriod: ['Gültigkeitszeitraum', 'Gültigkeitsdauer', 'Gültigkeit', 'Gültigkeitsdaten'],
    colUnusedAmount: ['Nicht verwendeter Betrag', 'Ungenutzter Betrag', 'Verbleibender Betrag', 'Restbetrag', 'Restguthaben', 'Verbleibend'],
    colUsedAmount: ['Verwendeter Betrag', 'Genutzter Betrag', 'Verbrauchter Betrag'],
    colStatus: ['Status'],

    creditFree: ['Kostenlos', 'Gratis', 'Kostenloses Guthaben'],
    creditAssignable: ['Zuweisbar', 'Zuweisbares Guthaben', 'Zuordenbar'],
    creditConditional: ['Bedingt', 'Bedingtes Guthaben', 'An Bedingungen geknüpft'],

    validUntil: ['Gültig bis', 'Gültig bis zum', 'Läuft ab am', 'Läuft ab', 'Ablaufdatum', 'Verfallsdatum'],

    msgExpired: ['ist abgelaufen', 'sind abgelaufen', 'abgelaufen', 'abgelaufener Code', 'Code abgelaufen', 'Gutschein abgelaufen', 'nicht mehr gültig'],
    msgAlreadyUsed: ['bereits verwendet', 'bereits eingelöst', 'bereits genutzt', 'bereits aktiviert', 'schon verwendet', 'schon eingelöst', 'wurde bereits'],
    msgNotEligible: [
      'nicht berechtigt', 'nicht teilnahmeberechtigt', 'nicht qualifiziert', 'erfüllt die Voraussetzungen nicht', 'keinen Anspruch',
      'nur für neue Werbetreibende',
    ],
    msgPromotionActive: [
      'andere Aktion', 'anderen Aktion', 'andere Werbeaktion', 'weitere Aktion', 'aktive Aktion', 'laufende Aktion', 'bereits aktiv',
      'läuft bereits', 'bereits eine Aktion', 'nur eine Aktion gleichzeitig',
    ],
    msgInvalidCode: ['ungültiger Code', 'ungültig', 'ist ungültig', 'nicht gültig', 'existiert nicht', 'nicht gefunden', 'falscher Code', 'Code ist falsch', 'nicht korrekt'],
    msgGenericError: [
      'Fehler', 'fehlgeschlagen', 'konnte nicht', 'nicht möglich', 'nicht erfolgreich', 'ist ein Fehler aufgetreten',
      'versuchen Sie es erneut', 'später erneut versuchen', 'Etwas ist schiefgelaufen',
    ],
    msgSuccess: ['erfolgreich', 'aktiviert', 'eingelöst', 'hinzugefügt', 'wurde hinzugefügt', 'angewendet', 'Glückwunsch', 'Herzlichen Glückwunsch'],

    fieldSearch: ['Suchen', 'Suche', 'Nach Namen suchen'],
    fieldEmail: ['E-Mail', 'E-Mail-Adresse', 'E-Mail Adresse', 'Email'],
    fieldPassword: ['Passwort', 'Kennwort'],
    fieldAmount: ['Betrag', 'Betrag eingeben', 'Aufladebetrag', 'Einzahlungsbetrag', 'Guthaben aufladen', 'Guthaben hinzufügen'],
    fieldCard: ['Kartennummer', 'CVV', 'CVC', 'Prüfnummer', 'Sicherheitscode', 'Karteninhaber', 'MM/JJ', 'Ablaufdatum der Karte'],
    fieldName: ['Vollständiger Name', 'Firmenname', 'Unternehmensname', 'Vorname', 'Nachname'],
    fieldPhone: ['Telefonnummer', 'Telefon', 'Handynummer', 'Mobilnummer'],
    fieldAddress: ['Adresse', 'Anschrift', 'Rechnungsadresse', 'Straße', 'Postleitzahl', 'PLZ', 'Stadt'],
    fieldTaxId: ['Steuernummer', 'Steuer-ID', 'USt-IdNr.', 'USt-ID', 'Umsatzsteuer-ID', 'Umsatzsteuer-Identifikationsnummer'],
    creditLineLimit: ['Kreditlinie', 'Kreditlimit', 'Kreditrahmen'],
    creditLineAvailable: ['Verfügbarer Kredit', 'Verfügbares Kreditlimit', 'Kreditsaldo'],
    colAmount: ['Wert', 'Guthabenbetrag', 'Gutscheinwert', 'Nennwert', 'Rabatt'],
    tabSummary: ['Übersicht', 'Zusammenfassung'],
    paymentAction: ['Jetzt bezahlen', 'Zahlung vornehmen', 'Zahlungsmethode hinzufügen'],
    assignAction: ['Anzeigen/Zuweisen', 'Zuweisen', 'Zuweisungsprotokoll'],
  },
} satisfies LanguagePack;
