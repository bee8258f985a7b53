import type { LanguagePack } from './types';

// Chinese is matched as plain substrings, so short words like "使用" (use) or "确认" (confirm),
// which occur in most messages, are not phrases on their own.
export default {
  lang: 'zh-Hans',
  terms: {
    accountBalance: ['账户余额', '账户总余额', '总余额', '可用余额'],
    cashBalance: ['现金余额', '现金'],
    creditBalance: ['广告赠款', '赠款余额', '赠款', '赠金', '优惠券余额', '代金券余额', '广告抵用金', '抵用金余额'],
    spendSoFar: ['当前消耗', '当前花费', '目前花费', '本期消耗', '至今花费', '已消耗', '当前账单周期至今花费', '当前账单周期花费'],
    billingThreshold: ['账单阈值', '付款阈值', '扣款阈值', '账单门槛', '阈值'],
    nextBillDate: ['下一账单日', '下一个账单日期', '下次账单日期', '下次扣款日期', '下次付款日期'],
    accountId: ['账户ID', '账号ID', '广告账户ID', '广告主ID'],
    currencyLabel: ['币种', '账户币种', '货币'],

    manualPayment: ['手动付款', '手动支付', '预付款', '预付费'],
    automaticPayment: ['自动付款', '自动支付', '自动扣款'],
    monthlyInvoicing: ['月结', '月结账单', '按月开票', '月度开票'],

    couponField: ['优惠券代码', '优惠券码', '优惠码', '促销代码', '兑换码', '代金券代码', '券码', '输入代码', '请输入优惠码', '请输入兑换码'],
    couponOpener: ['兑换优惠券', '兑换代码', '兑换代金券', '添加优惠券', '领取优惠券', '使用优惠码', '使用优惠券'],
    activate: ['激活', '立即激活', '兑换', '立即兑换', '应用'],

    pagePayment: ['付款', '支付', '付款设置', '支付设置'],
    pagePromotions: ['优惠活动', '促销活动', '优惠券', '优惠', '促销', '我的优惠'],
    pageTransactions: ['交易记录', '交易明细', '交易', '流水'],
    pageInvoices: ['发票', '发票管理'],
    pageBilling: ['账单', '账单管理', '计费'],
    pageFinance: ['财务', '财务管理', '财务中心'],

    tabAvailable: ['可用', '可使用', '生效中'],
    tabEarning: ['进行中', '获取中', '待发放', '累积中', '赚取中'],
    tabNotAvailable: ['不可用', '已过期', '已失效', '已使用', '已用完'],

    colPromotionName: ['优惠名称', '活动名称', '优惠券名称', '促销名称', '名称'],
    colCreditType: ['赠款类型', '优惠券类型', '券类型', '类型'],
    colUsageRequirements: ['使用要求', '使用条件', '使用规则'],
    colValidPeriod: ['有效期', '有效期间', '有效日期', '生效时间'],
    colUnusedAmount: ['未使用金额', '剩余金额', '剩余', '未使用'],
    colUsedAmount: ['已使用金额', '已用金额', '使用金额'],
    colStatus: ['状态'],

    creditFree: ['免费', '免费赠款', '免费券'],
    creditAssignable: ['可分配', '可分配赠款', '可指派'],
    creditConditional: ['有条件', '有条件赠款', '条件赠款', '条件型'],

    validUntil: ['有效期至', '有效至', '到期日', '到期时间', '过期时间', '截止日期'],

    msgExpired: ['已过期', '过期', '已失效', '优惠码已过期', '已超过有效期'],
    msgAlreadyUsed: ['已使用', '已被使用', '已经使用过', '已使用过', '已兑换', '已被兑换'],
    msgNotEligible: ['不符合条件', '不符合资格', '不满足条件', '没有资格', '无资格', '不适用', '仅限新广告主'],
    msgPromotionActive: ['其他优惠', '其他促销', '另一个优惠', '正在进行的优惠', '已有优惠', '已参与', '一次只能参加一个'],
    msgInvalidCode: ['无效', '优惠码无效', '无效的代码', '不存在', '不正确', '代码错误'],
    msgGenericError: ['失败', '未成功', '不成功', '错误', '发生错误', '出错了', '无法', '请重试'],
    msgSuccess: ['成功', '兑换成功', '激活成功', '添加成功', '已激活', '已添加', '恭喜'],

    fieldSearch: ['搜索', '查找', '按名称搜索'],
    fieldEmail: ['邮箱', '邮箱地址', '电子邮件', '电子邮箱'],
    fieldPassword: ['密码'],
    fieldAmount: ['金额', '充值金额', '充值', '添加余额'],
    fieldCard: ['卡号', '银行卡号', '信用卡号', '安全码', '持卡人姓名', 'CVV', 'CVC'],
    fieldName: ['姓名', '全名', '公司名称', '企业名称'],
    fieldPhone: ['电话号码', '手机号码', '手机号', '联系电话'],
    fieldAddress: ['地址', '账单地址', '邮政编码', '邮编'],
    fieldTaxId: ['税号', '纳税人识别号', '统一社会信用代码', '税务登记号'],
    creditLineLimit: ['信用额度', '授信额度'],
    creditLineAvailable: ['可用额度', '可用信用额度', '信用余额'],
    colAmount: ['面额', '价值', '优惠金额', '赠款金额'],
    tabSummary: ['概览', '摘要'],
    paymentAction: ['立即付款', '添加付款方式'],
    assignAction: ['查看/分配', '分配', '分配记录'],
  },
} satisfies LanguagePack;
