import type { LanguagePack } from './types';

// Matching strips Vietnamese diacritics, so phrases that fold to common words of other languages
// are avoided: bare "Tên" (name) folds to "ten", bare "Đổi" (redeem) is part of "thay đổi" (change).
export default {
  lang: 'vi',
  terms: {
    accountBalance: ['Số dư tài khoản', 'Tổng số dư', 'Số dư khả dụng'],
    cashBalance: ['Số dư tiền mặt', 'Tiền mặt'],
    creditBalance: [
      'Tín dụng quảng cáo', 'Số dư tín dụng quảng cáo', 'Số dư phiếu giảm giá', 'Số dư phiếu quà tặng', 'Số dư voucher',
      'Tín dụng khuyến mãi', 'Số dư khuyến mãi', 'Số dư ưu đãi', 'Tín dụng',
    ],
    spendSoFar: ['Chi tiêu đến nay', 'Chi tiêu cho đến nay', 'Chi tiêu hiện tại', 'Đã chi tiêu', 'Số tiền đã chi tiêu', 'Chi tiêu đến nay cho chu kỳ thanh toán hiện tại', 'Chi tiêu trong chu kỳ thanh toán hiện tại'],
    billingThreshold: ['Ngưỡng thanh toán', 'Ngưỡng lập hóa đơn', 'Ngưỡng tính phí', 'Ngưỡng'],
    nextBillDate: ['Ngày lập hóa đơn tiếp theo', 'Ngày thanh toán tiếp theo', 'Ngày tính phí tiếp theo', 'Hóa đơn tiếp theo'],
    accountId: ['ID tài khoản', 'ID tài khoản quảng cáo', 'ID nhà quảng cáo', 'Mã tài khoản'],
    currencyLabel: ['Tiền tệ', 'Đơn vị tiền tệ', 'Loại tiền tệ'],

    manualPayment: ['Thanh toán thủ công', 'Trả trước'],
    automaticPayment: ['Thanh toán tự động', 'Tự động thanh toán'],
    monthlyInvoicing: ['Hóa đơn hàng tháng', 'Lập hóa đơn hàng tháng'],

    couponField: [
      'Mã phiếu giảm giá', 'Mã khuyến mãi', 'Mã giảm giá', 'Mã ưu đãi', 'Mã coupon', 'Mã voucher', 'Mã phiếu quà tặng', 'Nhập mã',
      'Nhập mã khuyến mãi', 'Nhập mã phiếu giảm giá',
    ],
    couponOpener: [
      'Đổi phiếu giảm giá', 'Đổi mã', 'Đổi mã khuyến mãi', 'Đổi coupon', 'Đổi voucher', 'Thêm phiếu giảm giá', 'Sử dụng mã khuyến mãi',
      'Áp dụng phiếu giảm giá',
    ],
    activate: ['Kích hoạt', 'Kích hoạt ngay', 'Đổi ngay', 'Áp dụng', 'Xác nhận'],

    pagePayment: ['Thanh toán', 'Cài đặt thanh toán'],
    pagePromotions: ['Khuyến mãi', 'Khuyến mại', 'Ưu đãi', 'Chương trình khuyến mãi', 'Phiếu giảm giá'],
    pageTransactions: ['Giao dịch', 'Lịch sử giao dịch'],
    pageInvoices: ['Hóa đơn'],
    pageBilling: ['Lập hóa đơn', 'Thanh toán và hóa đơn'],
    pageFinance: ['Tài chính', 'Trung tâm tài chính'],

    tabAvailable: ['Khả dụng', 'Có sẵn', 'Đang hoạt động', 'Có thể sử dụng'],
    tabEarning: ['Đang nhận', 'Đang tiến hành', 'Đang xử lý', 'Đang chờ', 'Đang tích lũy'],
    tabNotAvailable: ['Không khả dụng', 'Không có sẵn', 'Hết hạn', 'Đã hết hạn', 'Đã sử dụng', 'Đã dùng'],

    colPromotionName: ['Tên khuyến mãi', 'Tên chương trình khuyến mãi', 'Tên ưu đãi', 'Thông tin phiếu giảm giá'],
    colCreditType: ['Loại tín dụng', 'Loại phiếu giảm giá', 'Loại khuyến mãi', 'Loại'],
    colUsageRequirements: ['Yêu cầu sử dụng', 'Điều kiện sử dụng', 'Yêu cầu'],
    colValidPeriod: ['Thời hạn hiệu lực', 'Thời gian hiệu lực', 'Khoảng thời gian hợp lệ', 'Hiệu lực', 'Thời hạn'],
    colUnusedAmount: ['Số tiền chưa sử dụng', 'Số tiền còn lại', 'Chưa sử dụng', 'Còn lại'],
    colUsedAmount: ['Số tiền đã sử dụng', 'Số tiền đã dùng'],
    colStatus: ['Trạng thái'],

    creditFree: ['Miễn phí', 'Tín dụng miễn phí'],
    creditAssignable: ['Có thể chỉ định', 'Có thể phân bổ', 'Có thể gán'],
    creditConditional: ['Có điều kiện', 'Tín dụng có điều kiện'],

    validUntil: ['Có hiệu lực đến', 'Hiệu lực đến', 'Có giá trị đến', 'Hết hạn vào', 'Ngày hết hạn', 'Hạn sử dụng'],

    msgExpired: ['đã hết hạn', 'mã đã hết hạn', 'hết hạn sử dụng', 'không còn hiệu lực', 'hết hiệu lực'],
    msgAlreadyUsed: ['đã được sử dụng', 'đã được dùng', 'đã được đổi', 'đã được áp dụng', 'đã sử dụng'],
    msgNotEligible: ['không đủ điều kiện', 'không đủ tiêu chuẩn', 'không đáp ứng yêu cầu', 'chỉ dành cho nhà quảng cáo mới'],
    msgPromotionActive: [
      'khuyến mãi khác', 'chương trình khuyến mãi khác', 'ưu đãi khác', 'khuyến mãi đang hoạt động', 'đã có khuyến mãi',
      'một khuyến mãi tại một thời điểm',
    ],
    msgInvalidCode: ['mã không hợp lệ', 'không hợp lệ', 'không tồn tại', 'mã không đúng', 'sai mã', 'không chính xác', 'không tìm thấy'],
    msgGenericError: ['lỗi', 'đã xảy ra lỗi', 'thất bại', 'không thành công', 'không thể', 'thử lại', 'vui lòng thử lại'],
    msgSuccess: ['thành công', 'đã đổi thành công', 'đã kích hoạt', 'đã được kích hoạt', 'đã được thêm', 'đã thêm vào tài khoản', 'chúc mừng'],

    fieldSearch: ['Tìm kiếm', 'Tìm theo tên'],
    fieldEmail: ['Email', 'Địa chỉ email', 'Thư điện tử'],
    fieldPassword: ['Mật khẩu'],
    fieldAmount: ['Số tiền', 'Số tiền nạp', 'Nhập số tiền', 'Nạp tiền', 'Thêm số dư'],
    fieldCard: ['Số thẻ', 'CVV', 'CVC', 'Mã bảo mật', 'Tên chủ thẻ', 'MM/YY'],
    fieldName: ['Họ và tên', 'Họ tên', 'Tên công ty', 'Tên doanh nghiệp'],
    fieldPhone: ['Số điện thoại', 'Điện thoại'],
    fieldAddress: ['Địa chỉ', 'Địa chỉ thanh toán', 'Mã bưu chính', 'Thành phố'],
    fieldTaxId: ['Mã số thuế', 'MST'],
    creditLineLimit: ['Hạn mức tín dụng'],
    creditLineAvailable: ['Tín dụng khả dụng', 'Hạn mức khả dụng', 'Số dư tín dụng'],
    colAmount: ['Giá trị', 'Giá trị phiếu giảm giá', 'Mệnh giá', 'Giảm giá'],
    tabSummary: ['Tóm tắt', 'Tổng quan'],
    paymentAction: ['Thanh toán ngay', 'Thực hiện thanh toán', 'Thêm phương thức thanh toán'],
    assignAction: ['Xem/Chỉ định', 'Chỉ định', 'Nhật ký chỉ định'],
  },
} satisfies LanguagePack;
