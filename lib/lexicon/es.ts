import type { LanguagePack } from './types';

export default {
  lang: 'es',
  months: ['enero|ene', 'febrero|feb', 'marzo|mar', 'abril|abr', 'mayo|may', 'junio|jun', 'julio|jul', 'agosto|ago',
    'septiembre|setiembre|sep|sept|set', 'octubre|oct', 'noviembre|nov', 'diciembre|dic'],
  terms: {
    accountBalance: ['Saldo de la cuenta', 'Saldo de cuenta', 'Saldo total', 'Saldo disponible'],
    cashBalance: ['Saldo en efectivo', 'Saldo de efectivo', 'Efectivo', 'Saldo en dinero'],
    creditBalance: [
      'Crédito publicitario', 'Créditos publicitarios', 'Crédito de anuncios', 'Saldo de crédito publicitario', 'Saldo de cupones',
      'Saldo del cupón', 'Saldo de cupón', 'Saldo de vales', 'Saldo de bonificación', 'Crédito promocional', 'Saldo promocional', 'Créditos',
    ],
    spendSoFar: ['Gasto hasta la fecha', 'Gasto hasta ahora', 'Gastado hasta ahora', 'Gasto actual', 'Importe gastado hasta ahora', 'Gasto del período actual', 'Gasto hasta ahora en el ciclo de facturación actual', 'Gasto del ciclo de facturación actual'],
    billingThreshold: ['Umbral de facturación', 'Umbral de pago', 'Umbral', 'Límite de facturación'],
    nextBillDate: ['Próxima fecha de facturación', 'Fecha de la próxima factura', 'Próxima factura', 'Fecha del próximo cobro', 'Próxima fecha de pago'],
    accountId: ['ID de la cuenta', 'ID de cuenta', 'ID del anunciante', 'ID de anunciante', 'ID de la cuenta publicitaria', 'ID de cuenta publicitaria'],
    currencyLabel: ['Moneda', 'Divisa', 'Moneda de la cuenta'],

    manualPayment: ['Pago manual', 'Pagos manuales', 'Prepago'],
    automaticPayment: ['Pago automático', 'Pagos automáticos', 'Cobro automático', 'Facturación automática'],
    monthlyInvoicing: ['Facturación mensual', 'Factura mensual'],

    couponField: [
      'Código de cupón', 'Código del cupón', 'Código promocional', 'Código de promoción', 'Código de descuento', 'Código de vale',
      'Introduce el código', 'Introducir código', 'Ingresa el código', 'Ingresar código', 'Introduce el código del cupón',
      'Introduce el código promocional', 'Ingresa el código promocional',
    ],
    couponOpener: [
      'Canjear cupón', 'Canjear código', 'Canjear código promocional', 'Añadir cupón', 'Agregar cupón', 'Usar código promocional',
      'Aplicar cupón', 'Aplicar código promocional', '¿Tienes un código promocional?',
    ],
    activate: ['Activar', 'Activar ahora', 'Canjear', 'Canjear ahora', 'Aplicar', 'Confirmar'],

    pagePayment: ['Pago', 'Pagos', 'Configuración de pagos'],
    pagePromotions: ['Promociones', 'Promoción', 'Mis promociones', 'Cupones', 'Ofertas'],
    pageTransactions: ['Transacciones', 'Historial de transacciones', 'Movimientos'],
    pageInvoices: ['Facturas', 'Factura', 'Facturas y recibos'],
    pageBilling: ['Facturación', 'Facturación y pagos'],
    pageFinance: ['Finanzas', 'Centro financiero'],

    tabAvailable: ['Disponible', 'Disponibles', 'Activas', 'Activos'],
    tabEarning: ['En curso', 'En progreso', 'Ganando', 'Pendiente', 'Pendientes', 'Por obtener'],
    tabNotAvailable: ['No disponible', 'No disponibles', 'Caducado', 'Caducados', 'Caducadas', 'Vencido', 'Vencidas', 'Usado', 'Usados', 'Utilizados'],

    colPromotionName: ['Nombre de la promoción', 'Nombre de promoción', 'Nombre', 'Nombre del cupón'],
    colCreditType: ['Tipo de crédito', 'Tipo', 'Tipo de cupón', 'Tipo de promoción'],
    colUsageRequirements: ['Requisitos de uso', 'Requisitos', 'Condiciones de uso'],
    colValidPeriod: ['Período de validez', 'Periodo de validez', 'Validez', 'Fechas de validez', 'Período válido', 'Periodo válido'],
    colUnusedAmount: ['Importe no utilizado', 'Importe sin usar', 'Cantidad no utilizada', 'Monto no utilizado', 'Importe restante', 'Monto restante', 'Saldo restante', 'Restante'],
    colUsedAmount: ['Importe utilizado', 'Importe usado', 'Cantidad utilizada', 'Monto utilizado', 'Monto usado'],
    colStatus: ['Estado', 'Estado de la promoción'],

    creditFree: ['Gratis', 'Gratuito', 'Gratuita', 'Crédito gratuito'],
    creditAssignable: ['Asignable', 'Asignables', 'Crédito asignable'],
    creditConditional: ['Condicional', 'Condicionales', 'Crédito condicional'],

    validUntil: ['Válido hasta', 'Válida hasta', 'Vence el', 'Caduca el', 'Expira el', 'Fecha de caducidad', 'Fecha de vencimiento', 'Vencimiento'],

    msgExpired: [
      'ha caducado', 'ha vencido', 'ha expirado', 'está caducado', 'expirado', 'código caducado', 'código vencido', 'cupón caducado',
      'cupón vencido', 'ya no es válido', 'caducado',
    ],
    msgAlreadyUsed: [
      'ya se ha utilizado', 'ya ha sido utilizado', 'ya fue utilizado', 'ya se ha usado', 'ya ha sido usado', 'ya fue usado', 'ya se usó',
      'ya utilizado', 'ya se ha canjeado', 'ya ha sido canjeado', 'ya fue canjeado', 'ya canjeado', 'ya se ha aplicado',
    ],
    msgNotEligible: [
      'no es apto', 'no apto', 'no es elegible', 'no cumple los requisitos', 'no cumple con los requisitos', 'no reúne los requisitos',
      'no puede participar', 'no tiene derecho', 'solo para nuevos anunciantes',
    ],
    msgPromotionActive: [
      'otra promoción', 'promoción activa', 'promoción en curso', 'ya tiene una promoción', 'ya hay una promoción', 'ya está participando',
      'una promoción a la vez',
    ],
    msgInvalidCode: [
      'código no válido', 'código inválido', 'no es válido', 'no válido', 'inválido', 'no existe', 'incorrecto', 'código incorrecto',
      'no se encontró', 'no reconocido',
    ],
    msgGenericError: [
      'error', 'ha fallado', 'falló', 'no se pudo', 'no se ha podido', 'no es posible', 'no se puede', 'inténtalo de nuevo',
      'vuelve a intentarlo', 'algo salió mal', 'se ha producido un error',
    ],
    msgSuccess: [
      'correctamente', 'con éxito', 'exitosamente', 'éxito', 'activado', 'se ha activado', 'canjeado', 'se ha canjeado', 'se ha añadido',
      'añadido a tu cuenta', 'aplicado', 'felicidades', 'enhorabuena',
    ],

    fieldSearch: ['Buscar', 'Búsqueda', 'Buscar por nombre'],
    fieldEmail: ['Correo electrónico', 'Dirección de correo electrónico', 'Correo', 'Email', 'E-mail'],
    fieldPassword: ['Contraseña'],
    fieldAmount: ['Importe', 'Monto', 'Cantidad', 'Importe de recarga', 'Añadir saldo', 'Agregar saldo', 'Recargar saldo'],
    fieldCard: ['Número de tarjeta', 'CVV', 'CVC', 'Código de seguridad', 'Titular de la tarjeta', 'MM/AA'],
    fieldName: ['Nombre completo', 'Nombre de la empresa', 'Razón social', 'Nombre y apellidos', 'Apellido', 'Apellidos'],
    fieldPhone: ['Teléfono', 'Número de teléfono', 'Teléfono móvil', 'Móvil'],
    fieldAddress: ['Dirección', 'Dirección de facturación', 'Código postal', 'Ciudad'],
    fieldTaxId: ['NIF', 'CIF', 'Número de identificación fiscal', 'ID fiscal', 'RFC', 'CUIT', 'Número de IVA'],
    creditLineLimit: ['Línea de crédito', 'Límite de crédito'],
    creditLineAvailable: ['Crédito disponible', 'Saldo de crédito'],
    colAmount: ['Valor', 'Importe del crédito', 'Importe del cupón', 'Valor del cupón', 'Descuento'],
    tabSummary: ['Resumen'],
    paymentAction: ['Realizar pago', 'Pagar ahora', 'Añadir método de pago'],
    assignAction: ['Ver/Asignar', 'Asignar', 'Registro de asignación'],
  },
} satisfies LanguagePack;
