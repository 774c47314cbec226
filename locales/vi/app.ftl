# Khung ứng dụng: tiêu đề, màn hình chính, thông báo dùng chung cho mọi màn hình.

app-name = Pocket Card
app-tagline = Nhận biết người có thể là nạn nhân mua bán người và đưa họ đến đúng nơi hỗ trợ.
skip-to-content = Chuyển đến nội dung
language-label = Ngôn ngữ
nav-main = Menu chính
nav-home = Trang chủ
home-cards-title = Thẻ bỏ túi
home-cards-text = Các dấu hiệu mua bán người và các bước cần làm, theo vai trò của bạn.
home-check-title = Kiểm tra dấu hiệu
home-check-text = Bảng câu hỏi ngắn bằng ngôn ngữ của bạn và của người cần giúp.
home-contacts-title = Liên hệ
home-contacts-text = Gọi cho ai: 112, KCIK, La Strada và đường dây nóng của cảnh sát.
emergency-strip = Có người đang gặp nguy hiểm ngay lúc này?
emergency-call = Gọi 112
privacy-note = Mọi thứ bạn làm trong ứng dụng này đều ở lại trên thiết bị này. Ứng dụng chạy được khi không có mạng.
notice-unknown-language = Liên kết yêu cầu một ngôn ngữ mà ứng dụng chưa có. Nội dung được hiển thị bằng { $language }.
notice-unknown-view = Liên kết dẫn đến một trang mà ứng dụng không có. Đây là màn hình chính.
notice-close = Đóng
notice-language-failed = Không tải được ngôn ngữ này. Hãy kiểm tra kết nối và thử lại.
notice-update-ready = Đã có phiên bản mới của ứng dụng.
notice-update-reload = Tải lại ngay
