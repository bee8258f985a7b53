import type { LanguagePack } from './types';

export default {
  lang: 'pt-BR',
  months: ['janeiro|jan', 'fevereiro|fev', 'março|mar', 'abril|abr', 'maio|mai', 'junho|jun', 'julho|jul', 'agosto|ago',
    'setembro|set', 'outubro|out', 'novembro|nov', 'dezembro|dez'],
  terms: {
    accountBalance: ['Saldo da conta', 'Saldo total', 'Saldo disponível'],
    cashBalance: ['Saldo em dinheiro', 'Dinheiro', 'Saldo em espécie', 'Saldo de caixa'],
    creditBalance: [
      'Crédito de anúncios', 'Créditos de anúncios', 'Crédito publicitário', 'Saldo de cupons', 'Saldo do cupom', 'Saldo de cupom',
      'Saldo de vouchers', 'Saldo de voucher', 'Crédito promocional', 'Saldo promocional', 'Saldo de bonificação', 'Créditos',
    ],
    spendSoFar: ['Gasto até o momento', 'Gasto até agora', 'Gastos até agora', 'Gasto atual', 'Valor gasto até agora', 'Gastos do período atual', 'Gastos até agora no ciclo de faturamento atual', 'Gastos do ciclo de faturamento atual'],
    billingThreshold: ['Limite de faturamento', 'Limite de cobrança', 'Limite de pagamento', 'Limiar de faturamento'],
    nextBillDate: ['Próxima data de cobrança', 'Próxima data de faturamento', 'Data da próxima fatura', 'Próxima fatura', 'Próxima cobrança', 'Próxima data de pagamento'],
    accountId: ['ID da conta', 'ID do anunciante', 'ID da conta de anúncios', 'ID da conta de anúncio'],
    currencyLabel: ['Moeda', 'Moeda da conta'],

    manualPayment: ['Pagamento manual', 'Pagamentos manuais', 'Pré-pago'],
    automaticPayment: ['Pagamento automático', 'Pagamentos automáticos', 'Cobrança automática', 'Faturamento automático'],
    monthlyInvoicing: ['Faturamento mensal', 'Fatura mensal', 'Faturação mensal'],

    couponField: [
      'Código do cupom', 'Código de cupom', 'Código promocional', 'Código da promoção', 'Código de promoção', 'Código do voucher',
      'Código de desconto', 'Insira o código', 'Digite o código', 'Inserir código', 'Insira o código do cupom', 'Digite o código promocional',
      'Insira o código promocional',
    ],
    couponOpener: [
      'Resgatar cupom', 'Resgatar código', 'Resgatar código promocional', 'Resgatar voucher', 'Adicionar cupom', 'Usar código promocional',
      'Aplicar cupom', 'Aplicar código promocional',
    ],
    activate: ['Ativar', 'Ativar agora', 'Resgatar', 'Resgatar agora', 'Aplicar', 'Confirmar'],

    pagePayment: ['Pagamento', 'Pagamentos', 'Configurações de pagamento'],
    pagePromotions: ['Promoções', 'Promoção', 'Minhas promoções', 'Cupons', 'Ofertas'],
    pageTransactions: ['Transações', 'Histórico de transações'],
    pageInvoices: ['Faturas', 'Fatura', 'Notas fiscais'],
    pageBilling: ['Faturamento', 'Cobrança', 'Faturamento e pagamentos'],
    pageFinance: ['Finanças', 'Financeiro', 'Central financeira'],

    tabAvailable: ['Disponível', 'Disponíveis', 'Ativas', 'Ativos'],
    tabEarning: ['Em andamento', 'Em progresso', 'Ganhando', 'Pendente', 'Pendentes', 'A receber'],
    tabNotAvailable: ['Indisponível', 'Indisponíveis', 'Não disponível', 'Expirado', 'Expirados', 'Expiradas', 'Usado', 'Usados', 'Utilizados'],

    colPromotionName: ['Nome da promoção', 'Nome', 'Nome do cupom'],
    colCreditType: ['Tipo de crédito', 'Tipo', 'Tipo de cupom', 'Tipo de promoção'],
    colUsageRequirements: ['Requisitos de uso', 'Requisitos', 'Condições de uso'],
    colValidPeriod: ['Período de validade', 'Validade', 'Período válido', 'Datas de validade'],
    colUnusedAmount: ['Valor não utilizado', 'Valor não usado', 'Valor restante', 'Saldo restante', 'Restante'],
    colUsedAmount: ['Valor utilizado', 'Valor usado', 'Valor gasto'],
    colStatus: ['Status', 'Situação', 'Estado'],

    creditFree: ['Grátis', 'Gratuito', 'Gratuita', 'Crédito gratuito'],
    creditAssignable: ['Atribuível', 'Atribuíveis', 'Crédito atribuível', 'Alocável'],
    creditConditional: ['Condicional', 'Condicionais', 'Crédito condicional'],

    validUntil: ['Válido até', 'Válida até', 'Expira em', 'Vence em', 'Data de expiração', 'Data de validade', 'Vencimento'],

    msgExpired: ['expirou', 'já expirou', 'está expirado', 'expirado', 'código expirado', 'cupom expirado', 'não é mais válido', 'venceu', 'está vencido'],
    msgAlreadyUsed: ['já foi usado', 'já foi utilizado', 'já foi resgatado', 'já foi aplicado', 'já usado', 'já utilizado', 'já resgatado'],
    msgNotEligible: [
      'não é elegível', 'não elegível', 'inelegível', 'não está qualificada', 'não está qualificado', 'não atende aos requisitos',
      'não cumpre os requisitos', 'apenas para novos anunciantes',
    ],
    msgPromotionActive: [
      'outra promoção', 'promoção ativa', 'promoção em andamento', 'já possui uma promoção', 'já tem uma promoção', 'já está participando',
      'uma promoção por vez',
    ],
    msgInvalidCode: ['código inválido', 'inválido', 'não é válido', 'não existe', 'incorreto', 'código incorreto', 'não encontrado', 'não reconhecido'],
    msgGenericError: ['erro', 'falhou', 'falha', 'não foi possível', 'não é possível', 'tente novamente', 'algo deu errado', 'ocorreu um erro'],
    msgSuccess: ['com sucesso', 'sucesso', 'ativado', 'resgatado', 'foi adicionado', 'adicionado à sua conta', 'aplicado', 'parabéns'],

    fieldSearch: ['Pesquisar', 'Pesquisa', 'Buscar', 'Pesquisar por nome'],
    fieldEmail: ['E-mail', 'Email', 'Endereço de e-mail'],
    fieldPassword: ['Senha'],
    fieldAmount: ['Valor', 'Quantia', 'Valor da recarga', 'Valor a adicionar', 'Adicionar saldo'],
    fieldCard: ['Número do cartão', 'CVV', 'CVC', 'Código de segurança', 'Nome no cartão', 'Titular do cartão', 'MM/AA'],
    fieldName: ['Nome completo', 'Nome da empresa', 'Razão social', 'Sobrenome'],
    fieldPhone: ['Telefone', 'Número de telefone', 'Celular'],
    fieldAddress: ['Endereço', 'Endereço de cobrança', 'CEP', 'Cidade'],
    fieldTaxId: ['CNPJ', 'CPF', 'CPF/CNPJ', 'ID fiscal', 'Número de identificação fiscal'],
    creditLineLimit: ['Linha de crédito', 'Limite de crédito'],
    creditLineAvailable: ['Crédito disponível', 'Saldo de crédito'],
    colAmount: ['Valor do crédito', 'Valor do cupom', 'Desconto', 'Desconto / valor'],
    tabSummary: ['Resumo'],
    paymentAction: ['Fazer pagamento', 'Pagar agora', 'Adicionar forma de pagamento'],
    assignAction: ['Ver/Atribuir', 'Atribuir', 'Registro de atribuição'],
  },
} satisfies LanguagePack;
