# Màn hình liên hệ. Tên tổ chức và số điện thoại không bao giờ được dịch mất:
# tổ chức giữ nguyên tên riêng, sau đó là phần giải thích tổ chức đó là gì.

contacts-title = Liên hệ
contacts-intro = Chạm vào số để gọi. Số được viết theo cách bấm từ điện thoại Ba Lan.
contacts-section-main = Liên hệ chính
contacts-section-more = Trợ giúp khác
contacts-section-children = Cho trẻ em
contacts-section-ukraine = Gọi từ Ukraina
contacts-ukraine-warning = Các số này chỉ gọi được qua mạng di động Ukraina, với thẻ SIM Ukraina. Từ điện thoại Ba Lan, hãy dùng các số ở trên.
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
hours-kcik = Tư vấn viên làm việc từ thứ Hai đến thứ Sáu. Ngoài giờ đó có đường dây can thiệp chỉ cho việc khẩn cấp; can thiệp khẩn cấp 24 giờ mỗi ngày.
hours-office = Giờ hành chính
hours-not-stated = Nguồn không nêu giờ
label-intervention = Đường dây can thiệp
label-office = Văn phòng
label-counter-trafficking-free = Số ngắn miễn phí chống mua bán người

languages-note-emergency = Tổng đài viên nói được nhiều ngôn ngữ.
languages-note-by-arrangement = Ngôn ngữ khác theo thỏa thuận trước.
languages-note-child-helpline = Tiếng Ukraina và tiếng Nga: thứ Hai đến thứ Sáu, 14:00–18:00.
languages-note-not-stated = Nguồn không nêu ngôn ngữ.

contact-emergency-name = Số khẩn cấp 112
contact-emergency-help = Cảnh sát, cấp cứu và cứu hỏa. Gọi khi có ai đang gặp nguy hiểm tức thời.
contact-kcik-name = KCIK – Trung tâm Tư vấn và Can thiệp Quốc gia cho Nạn nhân Mua bán Người
contact-kcik-help = Tư vấn và giúp đỡ nạn nhân mua bán người, người Ba Lan và người nước ngoài, và bất kỳ ai làm việc với họ. Do La Strada điều hành. Bạn có thể hỏi họ khi không chắc chắn.
contact-lastrada-name = La Strada – Quỹ Chống Mua bán Người và Chế độ Nô lệ
contact-lastrada-help = Hỗ trợ những người có nguy cơ bị mua bán hoặc bóc lột, kể cả những người không muốn đến cảnh sát.
contact-police_helpline-name = Đường dây nóng của cảnh sát về mua bán người
contact-police_helpline-help = Đường dây của cảnh sát về mua bán người, mở từ tháng 3 năm 2022, ban đầu dành cho người đến từ Ukraina.
contact-police_thb-name = Số của cảnh sát cho vụ mua bán người khẩn cấp
contact-police_thb-help = Số của Trụ sở Cảnh sát Trung ương cho các tình huống khẩn cấp liên quan đến mua bán người.
contact-police_thb_unit-name = Đơn vị chống mua bán người, Trụ sở Cảnh sát Trung ương
contact-police_thb_unit-help = Đơn vị tại Trụ sở Cảnh sát Trung ương phụ trách các vụ mua bán người.
contact-child_helpline-name = Đường dây nóng cho trẻ em và thanh thiếu niên
contact-child_helpline-help = Do Fundacja Dajemy Dzieciom Siłę điều hành, cho mọi người dưới 18 tuổi.
contact-missing_children-name = Đường dây nóng về trẻ em mất tích (ITAKA)
contact-missing_children-help = Khi một đứa trẻ bị mất tích hoặc được tìm thấy đang ở một mình.
contact-crime_victims-name = Đường dây nóng cho nạn nhân tội phạm
contact-crime_victims-help = Hỗ trợ bất kỳ ai bị tổn hại do tội phạm, và gia đình của họ.
contact-ukraine_lines-name = Đường dây chống mua bán người tại Ukraina
contact-ukraine_lines-help = Do cơ quan chức năng Ukraina và IOM công bố, cho các cuộc gọi trong lãnh thổ Ukraina.
