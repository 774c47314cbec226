# Màn hình giới thiệu, và tình trạng bản dịch của từng ngôn ngữ.

nav-about = Giới thiệu ứng dụng
about-title = Giới thiệu Pocket Card
about-what = Pocket Card giúp nhân viên tuyến đầu tại Ba Lan nhận biết người có thể là nạn nhân mua bán người và đưa họ đến đúng nơi hỗ trợ.
about-privacy = Không tài khoản, không máy chủ, không thu thập số liệu. Không có gì bạn làm trong ứng dụng rời khỏi thiết bị này. Câu trả lời trong phần kiểm tra dấu hiệu chỉ nằm trong bộ nhớ cho đến khi bạn xóa hoặc đóng tab trình duyệt; tiến độ luyện tập chỉ được lưu trên thiết bị này.
about-offline = Sau lần mở đầu tiên, ứng dụng và mọi ngôn ngữ đều chạy được khi không có mạng.
about-screening = Ứng dụng giúp bạn sàng lọc, không xác định nạn nhân. Chỉ cảnh sát hoặc Lực lượng Biên phòng mới có thể chính thức xác định nạn nhân.
about-sources = Mỗi liên hệ, dấu hiệu và điểm pháp lý đều ghi nguồn và ngày. Số điện thoại chưa được xác nhận gần đây sẽ ghi rõ lần cuối được xác nhận là khi nào.
about-languages = Ngôn ngữ và chất lượng bản dịch
about-languages-intro = Một câu hỏi bị hiểu sai có thể gây hại, vì vậy mỗi ngôn ngữ đều ghi rõ bản dịch đã được kiểm tra thế nào. Chúng tôi hoan nghênh sự giúp đỡ của người bản ngữ.
lang-status-source = Văn bản gốc
lang-status-reviewed = Đã được người bản ngữ kiểm tra
lang-status-machine = Dịch có máy hỗ trợ, đang chờ người bản ngữ kiểm tra
lang-status-current = Ngôn ngữ này: { $status }
about-version = Phiên bản { $version }
