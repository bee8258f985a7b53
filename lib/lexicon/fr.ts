import type { LanguagePack } from './types';

// Bare "activé" is left out: folded it is "active", the English tab label and a word of
// "another promotion is active", where it would read as a success message.
export default {
  lang: 'fr',
  months: ['janvier|janv|jan', 'février|févr|fév', 'mars|mar', 'avril|avr', 'mai', 'juin', 'juillet|juill|juil', 'août|aoû',
    'septembre|sept', 'octobre|oct', 'novembre|nov', 'décembre|déc'],
  terms: {
    accountBalance: ['Solde du compte', 'Solde total', 'Solde disponible'],
    cashBalance: ['Solde en espèces', 'Espèces', 'Solde de trésorerie', 'Solde en argent', 'Solde réel'],
    creditBalance: [
      'Crédit publicitaire', 'Crédits publicitaires', 'Solde des bons', 'Solde du bon', 'Solde des bons de réduction', 'Solde des coupons',
      'Solde de coupon', 'Crédit promotionnel', 'Solde promotionnel', 'Crédits',
    ],
    spendSoFar: ['Dépenses à ce jour', 'Dépenses actuelles', 'Dépense actuelle', "Dépensé jusqu'à présent", "Dépenses jusqu'à présent", 'Montant dépensé à ce jour', 'Dépenses à ce jour pour le cycle de facturation actuel', 'Dépenses du cycle de facturation actuel'],
    billingThreshold: ['Seuil de facturation', 'Seuil de paiement', 'Seuil'],
    nextBillDate: ['Prochaine date de facturation', 'Date de la prochaine facture', 'Prochaine facture', 'Prochaine date de paiement', 'Date du prochain prélèvement'],
    accountId: ['ID du compte', 'ID de compte', "ID de l'annonceur", 'ID annonceur', 'ID du compte publicitaire', 'Identifiant du compte'],
    currencyLabel: ['Devise', 'Devise du compte', 'Monnaie'],

    manualPayment: ['Paiement manuel', 'Paiements manuels', 'Prépayé', 'Prépaiement'],
    automaticPayment: ['Paiement automatique', 'Paiements automatiques', 'Prélèvement automatique', 'Facturation automatique'],
    monthlyInvoicing: ['Facturation mensuelle', 'Facture mensuelle'],

    couponField: [
      'Code du coupon', 'Code de coupon', 'Code promo', 'Code promotionnel', 'Code de promotion', 'Code de réduction', 'Code du bon',
      'Code de bon', 'Code de bon de réduction', 'Saisir le code', 'Saisissez le code', 'Entrez le code', 'Saisissez le code promo',
      'Entrez le code promo',
    ],
    couponOpener: [
      'Utiliser un coupon', 'Échanger un coupon', 'Utiliser un code promo', 'Ajouter un coupon', 'Ajouter un code promo',
      'Échanger le code', 'Appliquer un coupon', 'Utiliser un bon de réduction', 'Vous avez un code promo ?',
      'Avez-vous un code promo ?', 'Avez-vous un code promotionnel ?', 'Avez-vous un coupon ?',
    ],
    activate: ['Activer', 'Activer maintenant', 'Appliquer', 'Valider', 'Échanger', 'Utiliser', 'Confirmer'],

    pagePayment: ['Paiement', 'Paiements', 'Paramètres de paiement'],
    pagePromotions: ['Promotions', 'Promotion', 'Mes promotions', 'Coupons', 'Offres', 'Bons de réduction'],
    pageTransactions: ['Transactions', 'Historique des transactions', 'Opérations'],
    pageInvoices: ['Factures', 'Facture'],
    pageBilling: ['Facturation', 'Facturation et paiements'],
    pageFinance: ['Finance', 'Finances', 'Centre financier'],

    tabAvailable: ['Disponible', 'Disponibles', 'Actives', 'Actifs'],
    tabEarning: ['En cours', "En cours d'obtention", 'À gagner', 'En attente'],
    tabNotAvailable: ['Non disponible', 'Non disponibles', 'Indisponible', 'Indisponibles', 'Expirées', 'Promotions expirées', 'Utilisé', 'Utilisés'],

    colPromotionName: ['Nom de la promotion', 'Nom', 'Nom du coupon', "Nom de l'offre"],
    colCreditType: ['Type de crédit', 'Type', 'Type de coupon', 'Type de promotion'],
    colUsageRequirements: ["Conditions d'utilisation", "Exigences d'utilisation", 'Conditions', 'Exigences'],
    colValidPeriod: ['Période de validité', 'Validité', 'Dates de validité', 'Durée de validité'],
    colUnusedAmount: ['Montant non utilisé', 'Montant inutilisé', 'Montant restant', 'Solde restant', 'Restant'],
    colUsedAmount: ['Montant utilisé', 'Montant consommé', 'Montant dépensé'],
    colStatus: ['Statut', 'État'],

    creditFree: ['Gratuit', 'Gratuite', 'Crédit gratuit'],
    creditAssignable: ['Attribuable', 'Attribuables', 'Crédit attribuable', 'Assignable'],
    creditConditional: ['Conditionnel', 'Conditionnelle', 'Crédit conditionnel'],

    validUntil: ["Valable jusqu'au", "Valable jusqu'à", "Valide jusqu'au", 'Expire le', "Date d'expiration", "Date d'échéance"],

    msgExpired: ['a expiré', 'est expiré', 'est expirée', 'code expiré', 'coupon expiré', "n'est plus valide", "date d'expiration est dépassée"],
    msgAlreadyUsed: ['déjà été utilisé', 'déjà utilisé', 'déjà été échangé', 'déjà échangé', 'déjà été appliqué', 'déjà été activé'],
    msgNotEligible: [
      "n'est pas éligible", 'non éligible', 'pas éligible', 'inéligible', 'ne remplit pas les conditions', 'ne répond pas aux critères',
      'réservé aux nouveaux annonceurs',
    ],
    msgPromotionActive: ['autre promotion', 'promotion active', 'promotion en cours', 'déjà une promotion', 'une seule promotion à la fois', 'déjà en cours'],
    msgInvalidCode: ['code invalide', 'invalide', 'non valide', "n'est pas valide", "n'existe pas", 'incorrect', 'code incorrect', 'introuvable'],
    msgGenericError: ['erreur', 'échec', 'a échoué', "n'a pas réussi", 'impossible de', 'ne peut pas', "n'a pas pu", 'veuillez réessayer', 'réessayer', "une erreur s'est produite"],
    msgSuccess: ['avec succès', 'succès', 'réussi', 'a été activé', 'échangé', 'a été ajouté', 'ajouté à votre compte', 'appliqué', 'félicitations'],

    fieldSearch: ['Rechercher', 'Recherche', 'Rechercher par nom'],
    fieldEmail: ['E-mail', 'Email', 'Adresse e-mail', 'Courriel', 'Adresse électronique'],
    fieldPassword: ['Mot de passe'],
    fieldAmount: ['Montant', 'Montant de la recharge', 'Montant à ajouter', 'Ajouter des fonds', 'Ajouter du solde'],
    fieldCard: ['Numéro de carte', 'CVV', 'CVC', 'Cryptogramme', 'Code de sécurité', 'Titulaire de la carte', 'MM/AA'],
    fieldName: ['Nom complet', "Nom de l'entreprise", 'Nom de la société', 'Raison sociale', 'Prénom', 'Nom de famille'],
    fieldPhone: ['Téléphone', 'Numéro de téléphone', 'Portable'],
    fieldAddress: ['Adresse', 'Adresse de facturation', 'Code postal', 'Ville'],
    fieldTaxId: ['Numéro de TVA', 'Numéro de TVA intracommunautaire', 'SIRET', 'SIREN', 'Identifiant fiscal', "Numéro d'identification fiscale"],
    creditLineLimit: ['Ligne de crédit', 'Limite de crédit'],
    creditLineAvailable: ['Crédit disponible', 'Solde de crédit'],
    colAmount: ['Valeur', 'Montant du crédit', 'Montant du coupon', 'Valeur du coupon', 'Remise'],
    tabSummary: ['Résumé', 'Synthèse'],
    paymentAction: ['Effectuer un paiement', 'Payer maintenant', 'Ajouter un moyen de paiement'],
    assignAction: ['Voir/Attribuer', 'Attribuer', "Journal d'attribution"],
  },
} satisfies LanguagePack;
