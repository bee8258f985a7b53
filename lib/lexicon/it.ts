import type { LanguagePack } from './types';

export default {
  lang: 'it',
  months: ['gennaio|gen', 'febbraio|feb', 'marzo|mar', 'aprile|apr', 'maggio|mag', 'giugno|giu', 'luglio|lug', 'agosto|ago',
    'settembre|set', 'ottobre|ott', 'novembre|nov', 'dicembre|dic'],
  terms: {
    accountBalance: ["Saldo dell'account", 'Saldo account', 'Saldo del conto', 'Saldo totale', 'Saldo disponibile'],
    cashBalance: ['Saldo in contanti', 'Saldo contanti', 'Contanti', 'Saldo in denaro'],
    creditBalance: [
      'Credito pubblicitario', 'Crediti pubblicitari', 'Credito per annunci', 'Saldo dei coupon', 'Saldo coupon', 'Saldo dei voucher',
      'Saldo voucher', 'Credito promozionale', 'Saldo promozionale', 'Crediti',
    ],
    spendSoFar: ['Spesa finora', 'Speso finora', 'Spesa attuale', 'Spesa fino ad oggi', 'Importo speso finora', 'Spesa finora per il ciclo di fatturazione corrente', 'Spesa del ciclo di fatturazione corrente'],
    billingThreshold: ['Soglia di fatturazione', 'Soglia di pagamento', 'Soglia di addebito', 'Soglia'],
    nextBillDate: ['Prossima data di fatturazione', 'Data della prossima fattura', 'Prossima fattura', 'Prossimo addebito', 'Prossima data di pagamento'],
    accountId: ['ID account', "ID dell'account", 'ID inserzionista', "ID dell'inserzionista", 'ID account pubblicitario'],
    currencyLabel: ['Valuta', "Valuta dell'account"],

    manualPayment: ['Pagamento manuale', 'Pagamenti manuali', 'Prepagato'],
    automaticPayment: ['Pagamento automatico', 'Pagamenti automatici', 'Addebito automatico', 'Fatturazione automatica'],
    monthlyInvoicing: ['Fatturazione mensile', 'Fattura mensile'],

    couponField: [
      'Codice coupon', 'Codice del coupon', 'Codice promozionale', 'Codice promo', 'Codice sconto', 'Codice voucher',
      'Codice della promozione', 'Inserisci il codice', 'Inserisci codice', 'Inserisci il codice coupon', 'Inserisci il codice promozionale',
    ],
    couponOpener: [
      'Riscatta coupon', 'Riscatta il coupon', 'Riscatta codice', 'Riscatta voucher', 'Aggiungi coupon', 'Usa codice promozionale',
      'Applica coupon', 'Utilizza coupon',
    ],
    activate: ['Attiva', 'Attiva ora', 'Riscatta', 'Riscatta ora', 'Applica', 'Conferma'],

    pagePayment: ['Pagamento', 'Pagamenti', 'Impostazioni di pagamento'],
    pagePromotions: ['Promozioni', 'Promozione', 'Le mie promozioni', 'Offerte'],
    pageTransactions: ['Transazioni', 'Cronologia transazioni', 'Movimenti'],
    pageInvoices: ['Fatture', 'Fattura'],
    pageBilling: ['Fatturazione', 'Fatturazione e pagamenti'],
    pageFinance: ['Finanza', 'Finanze', 'Centro finanziario'],

    tabAvailable: ['Disponibile', 'Disponibili', 'Attive', 'Attivi'],
    tabEarning: ['In corso', 'In attesa', 'In fase di ottenimento', 'In maturazione', 'Da ottenere'],
    tabNotAvailable: ['Non disponibile', 'Non disponibili', 'Scaduto', 'Scaduti', 'Scadute', 'Utilizzato', 'Utilizzati', 'Usati'],

    colPromotionName: ['Nome della promozione', 'Nome promozione', 'Nome', 'Nome del coupon'],
    colCreditType: ['Tipo di credito', 'Tipo', 'Tipo di coupon', 'Tipo di promozione'],
    colUsageRequirements: ['Requisiti di utilizzo', "Requisiti d'uso", 'Requisiti', "Condizioni d'uso", 'Condizioni di utilizzo'],
    colValidPeriod: ['Periodo di validità', 'Validità', 'Date di validità', 'Periodo valido'],
    colUnusedAmount: ['Importo non utilizzato', 'Importo residuo', 'Importo rimanente', 'Saldo residuo', 'Residuo', 'Rimanente'],
    colUsedAmount: ['Importo utilizzato', 'Importo usato', 'Importo speso'],
    colStatus: ['Stato', 'Stato della promozione'],

    creditFree: ['Gratuito', 'Gratuita', 'Gratis', 'Credito gratuito'],
    creditAssignable: ['Assegnabile', 'Assegnabili', 'Credito assegnabile'],
    creditConditional: ['Condizionale', 'Condizionali', 'Condizionato', 'Credito condizionale'],

    validUntil: ['Valido fino al', 'Valido fino a', 'Valida fino al', 'Scade il', 'Data di scadenza', 'Scadenza'],

    msgExpired: ['è scaduto', 'è scaduta', 'scaduto', 'codice scaduto', 'coupon scaduto', 'non è più valido'],
    msgAlreadyUsed: ['già stato utilizzato', 'già stato usato', 'già stato riscattato', 'già utilizzato', 'già usato', 'già riscattato', 'già applicato'],
    msgNotEligible: ['non idoneo', 'non è idoneo', 'non è idonea', 'non soddisfa i requisiti', 'non ha diritto', 'non qualificato', 'solo per nuovi inserzionisti'],
    msgPromotionActive: ['altra promozione', 'promozione attiva', 'promozione in corso', 'già una promozione', 'già attiva', 'una sola promozione alla volta'],
    msgInvalidCode: ['codice non valido', 'non valido', 'non è valido', 'non esiste', 'codice inesistente', 'errato', 'codice errato', 'non corretto', 'non trovato'],
    msgGenericError: [
      'errore', 'non riuscito', 'operazione non riuscita', 'impossibile', 'non è stato possibile', 'riprova', 'si è verificato un errore',
      'qualcosa è andato storto',
    ],
    msgSuccess: ['con successo', 'riuscito', 'attivato', 'riscattato', 'aggiunto', 'è stato aggiunto', 'applicato', 'congratulazioni'],

    fieldSearch: ['Cerca', 'Ricerca', 'Cerca per nome'],
    fieldEmail: ['Email', 'E-mail', 'Indirizzo email', 'Indirizzo e-mail', 'Posta elettronica'],
    fieldPassword: ['Password'],
    fieldAmount: ['Importo', 'Importo della ricarica', 'Importo da aggiungere', 'Aggiungi saldo', 'Ricarica'],
    fieldCard: ['Numero di carta', 'Numero della carta', 'CVV', 'CVC', 'Codice di sicurezza', 'Titolare della carta', 'MM/AA'],
    fieldName: ['Nome completo', "Nome dell'azienda", 'Ragione sociale', 'Nome e cognome', 'Cognome'],
    fieldPhone: ['Telefono', 'Numero di telefono', 'Cellulare'],
    fieldAddress: ['Indirizzo', 'Indirizzo di fatturazione', 'Codice postale', 'Città'],
    fieldTaxId: ['Partita IVA', 'Numero di partita IVA', 'P. IVA', 'Codice fiscale'],
    creditLineLimit: ['Linea di credito', 'Limite di credito'],
    creditLineAvailable: ['Credito disponibile', 'Saldo del credito'],
    colAmount: ['Valore', 'Importo del credito', 'Valore del coupon', 'Sconto'],
    tabSummary: ['Riepilogo'],
    paymentAction: ['Effettua pagamento', 'Paga ora', 'Aggiungi metodo di pagamento'],
    assignAction: ['Visualizza/Assegna', 'Assegna', 'Registro assegnazioni'],
  },
} satisfies LanguagePack;
