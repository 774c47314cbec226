# Màn hình giới thiệu, và tình trạng bản dịch của từng ngôn ngữ.

nav-about = Giới thiệu ứng dụng
about-title = Giới thiệu Pocket Card
about-what = Pocket Card giúp nhân viên tuyến đầu tại Ba Lan nhận biết người có thể là nạn nhân mua bán người và đưa họ đến đúng nơi hỗ trợ.
about-privacy = Không tài khoản, không thu thập số liệu, không theo dõi. Ứng dụng không gửi đi bất cứ thông tin gì về những gì bạn làm. Câu trả lời trong phần kiểm tra dấu hiệu không bao giờ được gửi đi: chúng chỉ được lưu trong tab trình duyệt này (trong bộ nhớ phiên của tab), nên một cuộc gọi hay việc tải lại trang không làm mất chúng, và chúng sẽ mất đi khi bạn xóa, khi tab được đóng, hoặc sau 4 giờ. Ngoài ra, thiết bị chỉ giữ ngôn ngữ bạn đã chọn và những tình huống luyện tập bạn đã làm, không có tên và không có câu trả lời. Các tệp của ứng dụng, ở mọi ngôn ngữ, chỉ được tải từ địa chỉ mà bạn đã dùng để mở ứng dụng.
about-offline = Sau lần mở đầu tiên, ứng dụng và mọi ngôn ngữ đều chạy được khi không có mạng.
about-screening = Ứng dụng giúp bạn sàng lọc, không xác định nạn nhân. Chỉ cảnh sát hoặc Lực lượng Biên phòng mới có thể chính thức xác định nạn nhân.
about-sources = Trên màn hình liên hệ, trong các thẻ bỏ túi, kết quả của phần kiểm tra dấu hiệu và phần luyện tập, mỗi liên hệ, dấu hiệu và điểm pháp lý đều liệt kê nguồn kèm ngày trong mục "Nguồn"; thẻ in ra ghi các nguồn này ở chú thích cuối trang. Điểm pháp lý lấy từ luật ghi rõ điều luật và thời điểm được kiểm tra.
about-statuses = Số điện thoại chỉ được một nguồn cũ hơn liệt kê, hoặc không được nguồn nào xác nhận trong hai năm gần đây, sẽ hiển thị năm được xác nhận lần cuối. Hãy kiểm tra số đó trước khi dựa vào.
about-languages = Ngôn ngữ và chất lượng bản dịch
about-languages-intro = Một câu hỏi bị hiểu sai có thể gây hại, vì vậy mỗi ngôn ngữ đều ghi rõ bản dịch đã được kiểm tra thế nào. Chúng tôi hoan nghênh sự giúp đỡ của người bản ngữ.
lang-status-source = Văn bản gốc
lang-status-reviewed = Đã được người bản ngữ kiểm tra
lang-status-machine = Dịch có máy hỗ trợ, đang chờ người bản ngữ kiểm tra
lang-status-current = Ngôn ngữ này: { $status }
about-version = Phiên bản { $version }
