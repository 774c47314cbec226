# Sau khi sàng lọc: các bước tiếp theo (content brief §4) và bản tóm tắt
# ẩn danh cho cuộc gọi chuyển gửi. Bản tóm tắt không bao giờ chứa tên.

result-next-steps = Các bước tiếp theo
step-privacy = Nói chuyện riêng với người này, tránh xa người đi cùng, chủ lao động hay "phiên dịch". Không bao giờ để người đi cùng làm phiên dịch.
step-consent = Người trưởng thành tự chọn nhận sự giúp đỡ nào, trừ khi có nguy hiểm đến tính mạng. Hãy cho họ biết bạn là ai, bạn sẽ làm gì tiếp theo và vì sao.
step-child = Trẻ em luôn được chuyển gửi, dù sau đó điều gì xảy ra.
step-no-confront = Không đối chất với người bị nghi ngờ, không chụp ảnh người này và không ghi tên.
summary-title = Bản tóm tắt ẩn danh cho cuộc gọi chuyển gửi
summary-intro = Đọc to hoặc dán vào khi bạn gọi. Bản này không chứa tên hay thông tin nhận dạng người này.
summary-outcome = Kết quả sàng lọc: { $outcome }
summary-signs = Dấu hiệu ghi nhận: { $signs }
summary-signs-none = Dấu hiệu ghi nhận: không có
summary-risks = Tình huống nguy cơ cao: { $risks }
summary-areas = Các lĩnh vực đạt ngưỡng ILO/EC: { $areas }
summary-areas-none = Các lĩnh vực đạt ngưỡng ILO/EC: không có
summary-child-yes = Có thể là trẻ em: có
summary-child-no = Có thể là trẻ em: không
summary-child-unknown = Có thể là trẻ em: không rõ tuổi
summary-language = Ngôn ngữ người này cần: { $language }
summary-copy = Sao chép tóm tắt
summary-copied = Đã sao chép bản tóm tắt.
summary-copy-failed = Không thể sao chép ở đây. Hãy chọn văn bản và tự sao chép.
summary-print = In
