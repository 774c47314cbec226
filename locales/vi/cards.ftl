# Thẻ bỏ túi: mỗi vai trò một thẻ, và một thẻ cho chính người cần giúp. Các dòng ngắn,
# vừa màn hình điện thoại và một thẻ A6 gấp đôi.

cards-title = Thẻ bỏ túi
cards-intro = Cần chú ý điều gì và cần làm gì, theo vai trò của bạn. Mỗi thẻ đều dùng được khi không có mạng và có thể in ra.
card-health-title = Cho nhân viên y tế
card-health-intro = Có thể bạn là người ngoài duy nhất được gặp riêng người này. Chữa trị trước; để ý; chuyển đến nơi hỗ trợ.
card-police-title = Cho cảnh sát và Lực lượng Biên phòng
card-police-intro = Một lần kiểm tra, qua biên giới hay đến hiện trường theo tin báo có thể là lúc giúp được một người.
card-volunteer-title = Cho tình nguyện viên tại điểm tiếp nhận
card-volunteer-intro = Lời mời chở đi, cho chỗ ở hay việc làm tại điểm tiếp nhận có thể là cái bẫy.
card-inspector-title = Cho thanh tra lao động và nhân viên xã hội
card-inspector-intro = Phân biệt vi phạm quyền lao động với lao động cưỡng bức, và chuyển gửi khi vấn đề nghiêm trọng hơn.
card-person-title = Dành cho bạn: an toàn và quyền của bạn
card-person-intro = Bạn có thể được giúp đỡ tại Ba Lan. Những lời khuyên và số điện thoại này là dành cho bạn. KCIK và La Strada nói tiếng Ba Lan và tiếng Anh; hãy hỏi họ về các ngôn ngữ khác.

card-section-signs = Dấu hiệu quan trọng nhất
card-section-steps = Cần làm gì ngay
card-section-talk = Cách nói chuyện với người này
card-section-law = Điểm pháp lý
card-section-advice = Giữ an toàn
card-section-rights = Quyền của bạn
card-section-contacts = Gọi cho ai
card-start-check = Kiểm tra dấu hiệu với các câu hỏi cho vai trò này
card-person-link = Thẻ để đưa cho người cần giúp, bằng ngôn ngữ của họ
card-person-language = Hiển thị thẻ này bằng ngôn ngữ của người cần giúp
card-print = In thẻ này
card-share = Chia sẻ hoặc in mã QR
card-sources = Nguồn
card-sources-print = Nguồn:
card-unknown = Liên kết dẫn đến một thẻ mà ứng dụng không có. Đây là tất cả các thẻ.

step-danger-112 = Nếu có ai đang gặp nguy hiểm ngay lúc này, hãy gọi 112 trước tiên.
step-see-alone = Gặp riêng người này, không có người đi cùng, chủ lao động hay "phiên dịch".
step-treat-first = Chăm sóc những gì cần thiết trước; câu hỏi có thể để sau.
step-ask-few = Hỏi vài câu một cách bình tĩnh; dùng “Kiểm tra dấu hiệu” nếu có thể.
step-refer-kcik = Nếu thấy dấu hiệu, hãy hỏi KCIK để được tư vấn (ngày làm việc; ngoài giờ đó là đường dây 24/7 của La Strada). Nghĩa vụ báo cho cảnh sát hoặc công tố viên (Điều 240 §1) vẫn được áp dụng.
step-child-refer = Trẻ em luôn được chuyển gửi, kể cả khi không có cưỡng ép hay lừa dối, và không có bước hỏi sự đồng ý. Trẻ em đi một mình: hãy gọi cảnh sát trước tiên.
step-record-no-names = Không ghi tên hay thông tin nhận dạng người này vào ứng dụng.
step-separate = Nói chuyện riêng với từng người, tách khỏi những người khác trong nhóm.
step-own-language = Dùng phiên dịch viên chuyên nghiệp hoặc tiếng mẹ đẻ của người này.
step-no-confrontation = Không đối chất với người bị nghi ngờ, và không chụp ảnh người này.
step-presumption = Cảnh sát hoặc Lực lượng Biên phòng xác nhận người này có được coi là nạn nhân hay không.
step-stay-with-child = Ở lại với trẻ em đang một mình và gọi cảnh sát trước tiên: cảnh sát đang trực tại điểm tiếp nhận, hoặc 112.
step-check-badge = Kiểm tra xem người đề nghị giúp đỡ có đeo thẻ của một tổ chức đã đăng ký không.
step-tell-coordinator = Báo cho cảnh sát đang trực tại điểm tiếp nhận về những lời mời và "người giúp đỡ" đáng ngờ.
step-labour-or-forced = Chỉ riêng lương thấp hay điều kiện làm việc tồi là vấn đề quyền lao động; bị giữ giấy tờ, nợ nần, đe dọa hoặc không được tự do rời đi là dấu hiệu lao động cưỡng bức.

talk-alone = Nói chuyện riêng, tránh xa người đi cùng.
talk-no-companion-interpreter = Không bao giờ để người đi cùng làm phiên dịch.
talk-pearr = PEARR: tạo không gian riêng tư, giải thích (bạn là ai, điều gì bạn có thể giữ bí mật), hỏi, tôn trọng và đáp lại.
talk-coffee-first = Bắt đầu bằng một lúc bình tĩnh, thân thiện – "uống tách cà phê trước đã" – rồi mới hỏi.
talk-believe = Hãy tin, đừng phán xét, đừng ép kể hết câu chuyện, đừng hứa điều bạn không làm được.
talk-consent = Người trưởng thành tự quyết định nhận sự giúp đỡ nào, trừ khi có nguy hiểm đến tính mạng; nghĩa vụ trình báo vẫn được áp dụng.

law-screen-not-identify = Ứng dụng này chỉ sàng lọc; việc xác định chính thức do cảnh sát hoặc Lực lượng Biên phòng thực hiện.
law-child = Với người dưới 18 tuổi, đó là mua bán người kể cả khi không có bạo lực, đe dọa, lừa dối hay bất kỳ thủ đoạn nào khác (Điều 115 §22, câu cuối). Nếu không chắc về tuổi và người này có thể là trẻ em, hãy đối xử như với trẻ em (Chỉ thị EU 2011/36, Điều 13(2)).
law-report-duty = Bất kỳ ai biết thông tin đáng tin cậy về mua bán người phải báo cho cảnh sát hoặc công tố viên (Bộ luật Hình sự, art. 240 §1).
law-consent-kcik = KCIK và La Strada cũng hỗ trợ nạn nhân không muốn liên hệ với cảnh sát. Khi không chắc có nên trình báo hay không, hãy hỏi KCIK.
law-definition = Mua bán người (Bộ luật Hình sự, Điều 115 §22): tuyển mộ, vận chuyển, chuyển giao, chứa chấp hoặc tiếp nhận một người bằng bạo lực hoặc đe dọa, bắt cóc, lừa dối, làm cho họ hiểu sai hoặc lợi dụng sự nhầm lẫn của họ, lạm dụng sự phụ thuộc hoặc hoàn cảnh nguy khốn của họ, hoặc đưa hay nhận một lợi ích, nhằm mục đích bóc lột. Bóc lột bao gồm mại dâm, lao động hoặc dịch vụ cưỡng bức, ăn xin, nô lệ, ép buộc phạm tội và lấy bộ phận cơ thể. Sự đồng ý của người đó không làm thay đổi điều này.
law-consent-irrelevant = Vẫn là mua bán người kể cả khi người đó đã đồng ý.
law-crime-189a = Mua bán người là tội phạm, bị phạt tù ít nhất 3 năm (Bộ luật Hình sự, Điều 189a).
law-reflection = Nạn nhân người nước ngoài có thể được thời gian suy nghĩ đến 3 tháng (4 tháng với người chưa thành niên) sau khi cảnh sát hoặc Lực lượng Biên phòng xác nhận giả định rằng họ là nạn nhân.
law-non-punishment = Cơ quan chức năng có quyền không truy tố hoặc không xử phạt nạn nhân về những tội mà họ bị ép buộc phải thực hiện (Chỉ thị EU 2011/36, Điều 8). Điều này không tự động: đừng hứa điều đó.
law-forced-vs-rights = Lao động cưỡng bức là công việc bị ép làm dưới sự đe dọa trừng phạt, khi người đó không được tự do rời đi (bị giữ giấy tờ, nợ nần, đe dọa, bị nhốt). Chỉ riêng lương kém hay điều kiện tồi là việc của Thanh tra Lao động Quốc gia (PIP).

advice-keep-passport = Hãy tự giữ hộ chiếu và giấy tờ của bạn. Đừng đưa cho ai để họ "giúp".
advice-registered-only = Chỉ nhận đi nhờ xe, chỗ ở hoặc việc làm từ tình nguyện viên và tổ chức đã đăng ký, có đeo thẻ.
advice-photo-plate = Trước khi lên xe, hãy chụp ảnh xe và biển số xe rồi gửi cho người bạn tin tưởng.
advice-no-pressure = Hãy cẩn thận với lời mời có vẻ quá tốt để là thật, hoặc thúc giục bạn đi ngay.
advice-call-112 = Nếu bạn gặp nguy hiểm, hãy gọi 112.
right-help-without-police = KCIK và La Strada hỗ trợ nạn nhân mua bán người, kể cả khi họ không muốn đến cảnh sát.
right-reflection = Nếu bạn đến từ nước khác, bạn có thể có đến 3 tháng (4 tháng nếu là trẻ em) để hồi phục và quyết định sẽ làm gì, sau khi cảnh sát hoặc Lực lượng Biên phòng xác nhận rằng bạn được cho là nạn nhân.
right-child = Nếu bạn dưới 18 tuổi và có người tuyển mộ, đưa đi hoặc tiếp nhận bạn để bóc lột bạn, đó là mua bán người kể cả khi bạn đã đồng ý. Bạn có thể gọi 112 hoặc đường dây nóng cho trẻ em và thanh thiếu niên, 116 111.
right-consent = Là người trưởng thành, bạn tự quyết định nhận sự giúp đỡ nào, trừ khi có nguy hiểm đến tính mạng. Bất kỳ ai biết thông tin đáng tin cậy về mua bán người đều phải báo cho cảnh sát hoặc công tố viên: bạn có thể hỏi người đang nói chuyện với bạn xem họ phải báo những gì.

share-title = Chia sẻ hoặc in mã QR
share-intro = Chọn một thẻ và một ngôn ngữ. Mã QR mở thẻ đó bằng ngôn ngữ đó, trên địa chỉ của ứng dụng này, và chạy được khi không có mạng sau khi đã mở.
share-card-label = Mã sẽ mở gì
share-lang-label = Ngôn ngữ
share-target-home = Màn hình chính
share-target-check = Kiểm tra dấu hiệu
share-target-contacts = Danh sách liên hệ
share-caption = Quét để mở Pocket Card bằng ngôn ngữ của bạn
share-link = Liên kết
share-print = In
share-poster = Áp phích A4 có mã QR cho mọi ngôn ngữ
poster-title = Pocket Card – trợ giúp bằng ngôn ngữ của bạn
