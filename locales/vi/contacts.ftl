# Màn hình liên hệ. Tên tổ chức và số điện thoại không bao giờ được dịch mất:
# tổ chức giữ nguyên tên riêng, sau đó là phần giải thích tổ chức đó là gì.

contacts-title = Liên hệ
contacts-intro = Chạm vào số để gọi. Số được viết theo cách bấm từ điện thoại Ba Lan.
contacts-section-main = Liên hệ chính
contacts-section-more = Trợ giúp khác
contacts-section-children = Cho trẻ em
contacts-section-ukraine = Gọi từ Ukraina
contacts-ukraine-warning = Chỉ dành cho cuộc gọi từ Ukraina hoặc bằng thẻ SIM Ukraina. Các số ngắn 527 và 1547 chỉ gọi được qua mạng di động Ukraina, nên ở đây chúng không phải là liên kết. Từ điện thoại Ba Lan, hãy dùng các số ở trên.
field-hours = Giờ
field-languages = Ngôn ngữ
field-email = Email
last-confirmed = Được một nguồn xác nhận lần cuối năm { $year }. Hãy kiểm tra lại trước khi dựa vào.
sources-title = { $count ->
   *[other] Nguồn ({ $count })
}

lang-name-pl = tiếng Ba Lan
lang-name-en = tiếng Anh
lang-name-uk = tiếng Ukraina
lang-name-ru = tiếng Nga
lang-name-be = tiếng Belarus
lang-name-ro = tiếng Romania
lang-name-ka = tiếng Gruzia
lang-name-vi = tiếng Việt
lang-name-hi = tiếng Hindi
lang-name-ne = tiếng Nepal
lang-name-bn = tiếng Bengal
lang-name-fil = tiếng Filipino
lang-name-uz = tiếng Uzbek
lang-name-tr = tiếng Thổ Nhĩ Kỳ
lang-name-es = tiếng Tây Ban Nha
lang-name-ar = tiếng Ả Rập

hours-always = 24 giờ mỗi ngày, 7 ngày mỗi tuần
hours-always-free = 24 giờ mỗi ngày, 7 ngày mỗi tuần, miễn phí
hours-always-free-anonymous = 24 giờ mỗi ngày, 7 ngày mỗi tuần, miễn phí và ẩn danh
hours-kcik = Tư vấn viên làm việc từ thứ Hai đến thứ Sáu. Ngoài giờ đó, hãy gọi đường dây can thiệp 24/7 của La Strada, hoặc 112 khi gặp nguy hiểm. (Một trang của cảnh sát năm 2025 ghi số này hoạt động 24/7.)
hours-office = Giờ hành chính
hours-not-stated = Nguồn không nêu giờ
label-intervention = Đường dây can thiệp (24/7)
label-office = Số văn phòng
label-counter-trafficking-free = Số ngắn miễn phí chống mua bán người

languages-note-emergency = Tổng đài viên nói được nhiều ngôn ngữ.
languages-note-by-arrangement = Ngôn ngữ khác theo thỏa thuận trước.
languages-note-child-helpline = Tiếng Ukraina và tiếng Nga: thứ Hai đến thứ Sáu, 14:00–18:00 (theo thông báo tháng 6 năm 2022).
languages-note-not-stated = Nguồn không nêu ngôn ngữ.

contact-emergency-name = Số khẩn cấp 112
contact-emergency-help = Số khẩn cấp chung. Gọi khi có ai đang gặp nguy hiểm tức thời.
contact-kcik-name = KCIK – Trung tâm Tư vấn và Can thiệp Quốc gia cho Nạn nhân Mua bán Người
contact-kcik-help = Tư vấn và giúp đỡ nạn nhân mua bán người, người Ba Lan và người nước ngoài, và bất kỳ ai làm việc với họ. Do La Strada điều hành. Bạn có thể hỏi họ khi không chắc chắn.
contact-lastrada-name = La Strada – Quỹ Chống Mua bán Người và Chế độ Nô lệ
contact-lastrada-help = Quỹ điều hành KCIK. Hỗ trợ nạn nhân mua bán người, kể cả những người không muốn liên hệ với cảnh sát.
contact-police_helpline-name = Đường dây nóng của cảnh sát về mua bán người
contact-police_helpline-help = Đường dây riêng của cảnh sát về mua bán người dành cho người từ Ukraina, ra mắt vào tháng 3 năm 2022.
contact-police_thb-name = Số của cảnh sát cho vụ mua bán người khẩn cấp
contact-police_thb-help = Số của Trụ sở Cảnh sát Trung ương cho các tình huống khẩn cấp liên quan đến mua bán người.
contact-police_thb_unit-name = Đơn vị chống mua bán người, Trụ sở Cảnh sát Trung ương
contact-police_thb_unit-help = Đơn vị tại Trụ sở Cảnh sát Trung ương phụ trách các vụ mua bán người.
contact-child_helpline-name = Đường dây nóng cho trẻ em và thanh thiếu niên
contact-child_helpline-help = Do Fundacja Dajemy Dzieciom Siłę điều hành. Trẻ em đang ở một mình hoặc gặp nguy hiểm: hãy gọi cảnh sát (112) trước.
contact-missing_children-name = Đường dây nóng về trẻ em mất tích (ITAKA)
contact-missing_children-help = Khi một đứa trẻ bị mất tích. Tìm thấy trẻ em đang ở một mình: hãy gọi cảnh sát (112) trước.
contact-crime_victims-name = Đường dây nóng cho nạn nhân tội phạm
contact-crime_victims-help = Hỗ trợ những người bị tổn hại do tội phạm.
contact-ukraine_lines-name = Các số để gọi từ Ukraina
contact-ukraine_lines-help = Do cơ quan chức năng Ukraina và IOM công bố, cho các cuộc gọi trong lãnh thổ Ukraina. 527 là số ngắn miễn phí chống mua bán người (IOM).
contact-crisis_adults-name = Đường dây hỗ trợ khủng hoảng cảm xúc cho người lớn (Niebieska Linia)
contact-crisis_adults-help = Do Viện Tâm lý học Sức khỏe thuộc Hội Tâm lý học Ba Lan điều hành. Cho người đang khủng hoảng cảm xúc hoặc có nguy cơ tự tử: hãy gọi 112 trước nếu tính mạng gặp nguy hiểm.
contact-crisis_centre-name = Trung tâm Hỗ trợ Người gặp Khủng hoảng Tâm lý (ITAKA)
contact-crisis_centre-help = Chuyên gia tâm lý, cho người đang gặp khủng hoảng tâm lý. Hãy gọi 112 trước nếu tính mạng gặp nguy hiểm.
