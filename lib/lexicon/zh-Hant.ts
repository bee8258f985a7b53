import type { LanguagePack } from './types';

export default {
  lang: 'zh-Hant',
  terms: {
    accountBalance: ['帳戶餘額', '總餘額', '可用餘額'],
    cashBalance: ['現金餘額', '現金'],
    creditBalance: ['廣告贈金', '贈金餘額', '贈金', '廣告贈款', '贈款餘額', '廣告抵用金', '優惠券餘額', '折價券餘額'],
    spendSoFar: ['目前花費', '目前消耗', '本期花費', '至今花費', '已花費', '目前帳單週期至今花費', '目前帳單週期花費'],
    billingThreshold: ['帳單門檻', '付款門檻', '扣款門檻', '帳單閾值', '門檻'],
    nextBillDate: ['下次帳單日期', '下一個帳單日期', '下次付款日期', '下次扣款日期'],
    accountId: ['帳戶ID', '帳號ID', '廣告帳戶ID', '廣告主ID'],
    currencyLabel: ['幣別', '帳戶幣別', '貨幣'],

    manualPayment: ['手動付款', '預付', '預付款'],
    automaticPayment: ['自動付款', '自動扣款'],
    monthlyInvoicing: ['月結', '月結帳單', '每月開立發票'],

    couponField: ['優惠券代碼', '優惠券碼', '優惠碼', '促銷代碼', '兌換碼', '折扣碼', '折價券代碼', '輸入代碼', '請輸入優惠碼'],
    couponOpener: ['兌換優惠券', '兌換代碼', '兌換折價券', '新增優惠券', '使用優惠碼', '使用優惠券'],
    activate: ['啟用', '立即啟用', '兌換', '立即兌換', '套用'],

    pagePayment: ['付款', '支付', '付款設定'],
    pagePromotions: ['優惠活動', '促銷活動', '優惠券', '優惠', '促銷', '我的優惠'],
    pageTransactions: ['交易記錄', '交易紀錄', '交易明細', '交易'],
    pageInvoices: ['發票', '發票管理'],
    pageBilling: ['帳單', '帳單管理', '計費'],
    pageFinance: ['財務', '財務管理', '財務中心'],

    tabAvailable: ['可用', '可使用', '生效中'],
    tabEarning: ['進行中', '獲取中', '待發放', '累積中'],
    tabNotAvailable: ['不可用', '已過期', '已失效', '已使用', '已用完'],

    colPromotionName: ['優惠名稱', '活動名稱', '優惠券名稱', '名稱'],
    colCreditType: ['贈金類型', '優惠券類型', '類型'],
    colUsageRequirements: ['使用要求', '使用條件', '使用規則'],
    colValidPeriod: ['有效期間', '有效期', '有效日期'],
    colUnusedAmount: ['未使用金額', '剩餘金額', '剩餘', '未使用'],
    colUsedAmount: ['已使用金額', '已用金額', '使用金額'],
    colStatus: ['狀態'],

    creditFree: ['免費', '免費贈金'],
    creditAssignable: ['可分配', '可分配贈金', '可指派'],
    creditConditional: ['有條件', '有條件贈金', '條件式'],

    validUntil: ['有效期至', '有效至', '到期日', '到期時間', '截止日期', '失效日期'],

    msgExpired: ['已過期', '已失效', '過期', '已逾期', '優惠碼已過期', '已超過有效期'],
    msgAlreadyUsed: ['已使用', '已被使用', '已經使用過', '已兌換', '已被兌換'],
    msgNotEligible: ['不符合資格', '不符合條件', '沒有資格', '無資格', '不適用', '僅限新廣告主'],
    msgPromotionActive: ['其他優惠', '其他促銷', '另一個優惠', '正在進行的優惠', '已有優惠', '一次只能參加一個'],
    msgInvalidCode: ['無效', '優惠碼無效', '無效的代碼', '不存在', '不正確', '代碼錯誤'],
    msgGenericError: ['失敗', '未成功', '不成功', '錯誤', '發生錯誤', '出錯', '無法', '請重試'],
    msgSuccess: ['成功', '兌換成功', '啟用成功', '新增成功', '已啟用', '已新增', '恭喜'],

    fieldSearch: ['搜尋', '搜索', '查詢'],
    fieldEmail: ['電子郵件', '電子郵件地址', '信箱', '電郵'],
    fieldPassword: ['密碼'],
    fieldAmount: ['金額', '儲值金額', '儲值', '新增餘額'],
    fieldCard: ['卡號', '信用卡號碼', '信用卡號', '安全碼', '持卡人姓名', 'CVV', 'CVC'],
    fieldName: ['姓名', '全名', '公司名稱', '企業名稱'],
    fieldPhone: ['電話號碼', '手機號碼', '聯絡電話'],
    fieldAddress: ['地址', '帳單地址', '郵遞區號'],
    fieldTaxId: ['統一編號', '統編', '稅號', '稅籍編號'],
    creditLineLimit: ['信用額度', '授信額度'],
    creditLineAvailable: ['可用額度', '可用信用額度', '信用餘額'],
    colAmount: ['面額', '價值', '優惠金額', '贈金金額'],
    tabSummary: ['概覽', '摘要'],
    paymentAction: ['立即付款', '新增付款方式'],
    assignAction: ['查看/分配', '分配', '分配記錄'],
  },
} satisfies LanguagePack;
