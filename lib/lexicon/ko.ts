import type { LanguagePack } from './types';

// Korean is matched as substrings of recomposed syllables, because particles attach to words
// (쿠폰 코드를). Bare "확인" (confirm) is left out: it ends most instructions. So are bare "크레딧"
// (credit: it ends promotion names such as "신규 광고주 환영 크레딧") and bare "만료" (expiry: it is
// inside "곧 만료" (expiring soon) and "만료일" (expiry date), which say nothing about availability).
export default {
  lang: 'ko',
  terms: {
    accountBalance: ['계정 잔액', '계정 잔고', '총 잔액', '사용 가능 잔액'],
    cashBalance: ['현금 잔액', '현금 잔고', '현금'],
    creditBalance: ['광고 크레딧', '광고 크레딧 잔액', '쿠폰 잔액', '크레딧 잔액', '바우처 잔액', '프로모션 크레딧'],
    spendSoFar: ['현재까지 지출', '현재까지 지출액', '지금까지 지출', '지금까지의 지출', '현재 지출', '현재 지출액', '현재 결제 주기의 현재까지 지출', '현재 결제 주기 지출'],
    billingThreshold: ['결제 기준 금액', '청구 기준액', '결제 기준액', '청구 한도', '결제 한도', '청구 임계값', '결제 임계값'],
    nextBillDate: ['다음 청구일', '다음 결제일', '다음 청구 날짜', '다음 결제 날짜'],
    accountId: ['계정 ID', '광고 계정 ID', '광고주 ID'],
    currencyLabel: ['통화', '계정 통화'],

    manualPayment: ['수동 결제', '수동 지불', '선불'],
    automaticPayment: ['자동 결제', '자동 지불', '자동 청구'],
    monthlyInvoicing: ['월별 청구서', '월별 인보이스', '월간 청구', '월간 송장'],

    couponField: ['쿠폰 코드', '프로모션 코드', '프로모 코드', '할인 코드', '바우처 코드', '쿠폰 번호', '코드 입력', '쿠폰 코드 입력', '코드를 입력하세요'],
    couponOpener: ['쿠폰 사용', '쿠폰 교환', '쿠폰 등록', '쿠폰 추가', '쿠폰 적용', '쿠폰 코드 등록', '코드 교환', '프로모션 코드 사용'],
    activate: ['활성화', '지금 활성화', '사용하기', '적용', '교환', '등록'],

    pagePayment: ['결제', '결제 설정', '지불'],
    pagePromotions: ['프로모션', '내 프로모션', '쿠폰', '혜택'],
    pageTransactions: ['거래', '거래 내역', '트랜잭션'],
    pageInvoices: ['인보이스', '청구서', '세금계산서'],
    pageBilling: ['청구', '청구 및 결제', '빌링'],
    pageFinance: ['재무', '재무 관리', '금융'],

    tabAvailable: ['사용 가능', '사용가능', '이용 가능'],
    tabEarning: ['적립 중', '진행 중', '획득 중', '대기 중', '보류 중'],
    tabNotAvailable: ['사용 불가', '사용 불가능', '이용 불가', '만료됨', '사용됨', '사용 완료'],

    colPromotionName: ['프로모션 이름', '프로모션명', '쿠폰 이름', '이름'],
    colCreditType: ['크레딧 유형', '크레딧 종류', '쿠폰 유형', '유형'],
    colUsageRequirements: ['사용 요건', '사용 조건', '이용 조건', '요건'],
    colValidPeriod: ['유효 기간', '유효기간', '사용 기간'],
    colUnusedAmount: ['미사용 금액', '미사용액', '남은 금액', '잔여 금액'],
    colUsedAmount: ['사용 금액', '사용한 금액', '사용된 금액', '사용액'],
    colStatus: ['상태'],

    creditFree: ['무료', '무료 크레딧'],
    creditAssignable: ['할당 가능', '할당 가능 크레딧', '배정 가능'],
    creditConditional: ['조건부', '조건부 크레딧'],

    validUntil: ['유효기한', '유효 기한', '만료일', '만료 날짜', '까지 유효'],

    msgExpired: ['만료됨', '만료되었습니다', '만료된 코드', '만료된 쿠폰', '기간이 만료', '유효기간이 지났'],
    msgAlreadyUsed: ['사용됨', '이미 사용', '이미 사용된', '이미 사용한', '이미 사용되었습니다', '이미 교환된', '이미 등록된'],
    msgNotEligible: ['자격이 없습니다', '대상이 아닙니다', '대상 계정이 아닙니다', '자격 요건을 충족하지', '조건을 충족하지', '신규 광고주만'],
    msgPromotionActive: ['다른 프로모션', '진행 중인 프로모션', '활성화된 프로모션', '이미 프로모션', '한 번에 하나의 프로모션'],
    msgInvalidCode: ['유효하지 않은 코드', '유효하지 않', '잘못된 코드', '코드가 잘못', '존재하지 않', '올바르지 않', '찾을 수 없'],
    msgGenericError: ['오류', '실패', '실패했습니다', '할 수 없습니다', '다시 시도', '문제가 발생'],
    msgSuccess: ['성공', '성공적으로', '활성화되었습니다', '교환되었습니다', '추가되었습니다', '적용되었습니다', '등록되었습니다', '완료되었습니다', '축하합니다'],

    fieldSearch: ['검색', '이름으로 검색'],
    fieldEmail: ['이메일', '이메일 주소'],
    fieldPassword: ['비밀번호', '암호'],
    fieldAmount: ['금액', '충전 금액', '충전', '잔액 추가'],
    fieldCard: ['카드 번호', '신용카드', '보안 코드', '카드 소유자', 'CVV', 'CVC'],
    fieldName: ['성명', '성함', '전체 이름', '회사명', '기업명', '상호'],
    fieldPhone: ['전화번호', '휴대폰 번호', '연락처'],
    fieldAddress: ['주소', '청구지 주소', '우편번호'],
    fieldTaxId: ['사업자등록번호', '사업자 등록번호', '납세자 번호', '세금 ID'],
    creditLineLimit: ['신용 한도', '여신 한도'],
    creditLineAvailable: ['사용 가능한 신용', '사용 가능 한도', '신용 잔액'],
    colAmount: ['가치', '쿠폰 금액', '할인 금액', '크레딧 금액'],
    tabSummary: ['요약'],
    paymentAction: ['지금 결제', '결제하기', '결제 수단 추가'],
    assignAction: ['보기/할당', '할당', '할당 로그'],
  },
} satisfies LanguagePack;
