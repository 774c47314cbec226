# Công cụ kiểm tra dấu hiệu: thiết lập, câu hỏi, câu trả lời và kết quả.
# Câu hỏi có "-ask" do chính người cần giúp đọc, thường đang sợ hãi và đọc bằng
# ngôn ngữ thứ hai: ngắn, dễ hiểu, không gợi ý câu trả lời, không đổ lỗi.

check-title = Kiểm tra dấu hiệu
check-intro = Một bộ câu hỏi ngắn về các dấu hiệu mua bán người. Hãy hỏi riêng người này, tránh xa người đi cùng. Không có gì được gửi đi đâu cả. Câu trả lời chỉ được giữ trong tab trình duyệt này, để một cuộc gọi hay việc tải lại trang không làm mất chúng: chúng sẽ mất khi bạn xóa, khi tab bị đóng, hoặc sau 4 giờ.
check-screening-not-identification = Đây là sàng lọc, không phải xác định nạn nhân. Chỉ cảnh sát hoặc Lực lượng Biên phòng mới có thể chính thức xác định nạn nhân.
check-person-language = Ngôn ngữ của người được hỏi
check-same-language = Giống của tôi
check-path-label = Bao nhiêu câu hỏi
check-path-short = Ngắn: các dấu hiệu rõ nhất ({ $count } câu hỏi, khoảng { $minutes } phút)
check-path-full = Đầy đủ: mọi dấu hiệu ({ $count } câu hỏi, khoảng { $minutes } phút)
check-role-label = Vai trò của bạn
check-situation-label = Người này hiện đang ở đâu
check-situation-hint = Lựa chọn này quyết định những câu hỏi nào được đưa ra, để câu nào cũng phù hợp với người này.
check-situation-on-the-way = Đang trên đường đến đây, hoặc đang tìm việc
check-situation-at-work = Đang làm việc, hoặc đã trở về sau khi làm việc
check-situation-unknown = Không rõ: người này sẽ được hỏi
situation-working-ask = Từ khi rời nhà, bạn đã làm việc cho ai chưa?
check-role-health = Nhân viên y tế
check-role-police = Cảnh sát hoặc nhân viên Lực lượng Biên phòng
check-role-volunteer = Tình nguyện viên tại điểm tiếp nhận
check-role-inspector = Thanh tra lao động hoặc nhân viên công tác xã hội
check-role-other = Khác
check-start = Bắt đầu
check-progress = Câu { $current } / { $total }
check-for-person = Cho người được hỏi
check-for-worker = Để bạn ghi nhận
check-answer-yes = Có
check-answer-no = Không
check-answer-not-sure = Không chắc
check-answer-prefer-not = Không muốn nói
check-back = Quay lại
check-skip = Bỏ qua
check-finish-now = Kết thúc
check-quick-handover = Rất ít thời gian? Hãy đưa các số điện thoại
check-clear = Xóa mọi câu trả lời
check-cleared = Đã xóa mọi câu trả lời.
check-undo = Hoàn tác
check-review = Sửa câu trả lời
check-restart = Làm lại
check-group-alone = Trước khi bắt đầu
alone-observe = Người này có đang ở riêng với bạn, tránh xa người đi cùng, chủ lao động hay “phiên dịch” không?
alone-how-health = Nếu không: hãy nói rằng mọi bệnh nhân đều được khám riêng, và đề nghị người đi cùng ra ngoài chờ. Dùng phiên dịch viên chuyên nghiệp hoặc tiếng mẹ đẻ của người này, không bao giờ dùng người đi cùng.
alone-how-police = Nếu không: hãy tách người này khỏi những người bị tạm giữ khác và khỏi nghi phạm trước khi hỏi bất cứ điều gì.
alone-how-volunteer = Nếu không: hãy tìm một chỗ yên tĩnh, tránh xa bất kỳ ai đi cùng họ. Đừng đối chất với người đi cùng; nếu người đó không chịu rời đi, hãy chuyển sang đưa nhanh các số điện thoại.
alone-how-inspector = Nếu không: hãy đề nghị được nói chuyện riêng với từng người lao động, tránh xa chủ lao động, người giám sát hoặc bất kỳ ai phiên dịch cho họ.
alone-how-other = Nếu không: hãy tìm lý do để nói chuyện riêng, tránh xa người đi cùng. Không bao giờ để người đi cùng làm phiên dịch.

check-group-triage = An toàn trước hết
check-group-age = Tuổi

# Các tình huống nguy cơ cao (tiêu chuẩn đường dây nóng, seeds/003) đến trước; bất kỳ câu
# "có" nào cũng đưa "Gọi 112 ngay" lên đầu.
triage-psychiatric_crisis-sign = Đang khủng hoảng tâm thần nghiêm trọng
triage-psychiatric_crisis-observe = Người này có vẻ đang trong cơn khủng hoảng tâm thần nghiêm trọng không: rất lú lẫn, không còn nhận biết điều gì là thật, hoặc rất kích động?
triage-little_time-sign = Có rất ít thời gian để nói chuyện an toàn
triage-little_time-ask = Có phải bạn chỉ có vài phút để nói chuyện một cách an toàn không?
triage-family_danger-sign = Gia đình họ đang gặp nguy hiểm ngay lúc này
triage-family_danger-ask = Có ai trong gia đình bạn đang gặp nguy hiểm ngay lúc này vì chuyện này không?
triage-escaped_searched-sign = Đã trốn thoát và có thể đang bị tìm kiếm
triage-escaped_searched-ask = Có phải bạn đã bỏ trốn khỏi những người có thể đang tìm bạn không?
triage-self_harm-sign = Có ý nghĩ tự tử hoặc tự làm hại bản thân
triage-self_harm-ask = Bạn có đang nghĩ đến việc kết thúc cuộc sống của mình hoặc tự làm hại bản thân không?
triage-threatened_now-sign = Có người đang bị đe dọa hoặc làm hại ngay lúc này
triage-threatened_now-ask = Bây giờ có ai đang đe dọa hoặc làm hại bạn không?
triage-cannot_leave_now-sign = Có người đang ngăn họ rời đi ngay lúc này
triage-cannot_leave_now-ask = Bây giờ có ai đang ngăn bạn rời khỏi nơi này không?
triage-injured-sign = Bị thương hoặc bị ốm, cần bác sĩ ngay
triage-injured-ask = Bạn có bị thương hoặc bị ốm và cần gặp bác sĩ ngay không?
triage-child_alone-sign = Trẻ em không có cha mẹ hay người giám hộ ở đây
triage-child_alone-observe = Đây có phải là trẻ em không có cha mẹ hay người giám hộ ở đây không?
age-under_18-sign = Có thể dưới 18 tuổi
age-under_18-observe = Người này có thể dưới 18 tuổi không? Nếu bạn không chắc, hãy chọn "Không chắc".

domain-recruitment = Tuyển mộ và đi lại
domain-identity = Danh tính và giấy tờ
domain-housing = Chỗ ở và đi lại
domain-work = Công việc và tiền lương
domain-money = Tiền và nợ
domain-health = Sức khỏe
domain-control = Kiểm soát và đe dọa

dimension-deceptive_recruitment = Bị lừa khi tuyển mộ
dimension-coercive_recruitment = Bị ép buộc hoặc đe dọa khi tuyển mộ
dimension-vulnerability_recruitment = Bị lợi dụng hoàn cảnh khó khăn khi tuyển mộ
dimension-exploitative_conditions = Điều kiện làm việc hoặc sống bị bóc lột
dimension-coercion_destination = Bị ép buộc ở nơi làm việc hoặc nơi ở
dimension-vulnerability_destination = Phụ thuộc vào những người mà họ làm việc cho

result-title = Kết quả
result-call-112 = Gọi 112 ngay. Có thể có người đang gặp nguy hiểm tức thời.
result-immediate_danger = Nguy cơ cao: an toàn trước hết
result-immediate_danger-text = Gọi 112 ngay. Sau đó làm theo kế hoạch an toàn bên dưới.
result-strong_signs = Dấu hiệu rõ ràng của mua bán người
result-strong_signs-text = Các câu trả lời đáp ứng quy tắc ILO/EC đối với người trưởng thành: có cùng lúc tuyển mộ, bóc lột, và ép buộc hoặc lợi dụng hoàn cảnh khó khăn. Hãy chuyển gửi người này.
result-strong_signs-child-text = Các câu trả lời cho thấy có việc tuyển mộ hoặc đưa trẻ em đi (hành vi) và có bóc lột. Đối với trẻ em, không cần có vũ lực, đe dọa hay lừa dối. Hãy chuyển gửi trẻ.
result-some_signs = Có một số dấu hiệu – hãy xin tư vấn
result-some_signs-text = Đã thấy một số dấu hiệu mua bán người. Hãy hỏi KCIK nên làm gì tiếp theo.
result-control_unknown = Điều kiện kém – chưa rõ có bị kiểm soát không
result-control_unknown-text = Có lương hoặc điều kiện làm việc kém, nhưng chưa rõ người này có được tự do rời đi không: một số câu hỏi về kiểm soát chưa được hỏi, bị bỏ qua hoặc được trả lời “Không chắc”. Hãy hỏi những câu đó (liệt kê bên dưới), hoặc xin KCIK tư vấn.
result-control-open = Còn cần hỏi về kiểm soát
result-labour_rights = Vấn đề quyền lao động hơn là mua bán người
result-labour_rights-text = Có lương hoặc điều kiện làm việc kém, và người này đã trả lời “Không” cho mọi câu hỏi về kiểm soát: người khác giữ giấy tờ của họ, nợ, đe dọa, bị nhốt, bất cứ điều gì ngăn họ rời đi, và phụ thuộc vào chủ về chỗ ở hoặc giấy tờ. Hãy hướng người này đến Thanh tra Lao động Quốc gia (PIP). Nếu có gì thay đổi, hãy kiểm tra lại.
result-no_signs = Đến giờ chưa thấy dấu hiệu
result-no_signs-text = Các câu trả lời đến giờ chưa cho thấy dấu hiệu mua bán người. Nếu bạn vẫn lo, hãy hỏi thêm hoặc xin KCIK tư vấn.
result-child = Người này có thể là trẻ em. Trẻ em là nạn nhân mua bán người bất cứ khi nào bị tuyển mộ, đưa đi, chuyển giao, chứa chấp hoặc tiếp nhận để bóc lột, kể cả khi không có cưỡng ép hay lừa dối (Bộ luật Hình sự, Điều 115 §22). Luôn chuyển gửi trẻ em.
result-not-alone = Người này không ở riêng với bạn: câu trả lời của họ có thể không tự do. Nếu có thể, hãy hỏi lại khi họ ở một mình.
result-age-unknown = Không rõ tuổi: đã dùng quy tắc cho người trưởng thành. Nếu người này có thể dưới 18 tuổi, hãy đối xử với họ như trẻ em.
result-risks = Tình huống nguy cơ cao
risk-danger = Có người đang bị đe dọa, bị giữ hoặc bị làm hại ngay lúc này: gọi 112.
risk-child_alone = Trẻ em không có cha mẹ hay người giám hộ ở đây: gọi 112, và ở lại với trẻ cho đến khi cảnh sát đến.
risk-self_harm = Nguy cơ tự tử hoặc tự làm hại bản thân: gọi 112 ngay, sau đó gọi đường dây khủng hoảng 24 giờ 116 123.
risk-escaped = Người này đã trốn thoát và có thể đang bị tìm kiếm: gọi 112.
risk-family_danger = Gia đình họ có thể đang gặp nguy hiểm ngay lúc này: gọi 112 và báo cho tổng đài viên.
risk-little_time = Rất ít thời gian: đưa các số điện thoại và thỏa thuận cách liên lạc lại với họ.
risk-psychiatric_crisis = Khủng hoảng tâm thần nghiêm trọng: gọi 112 để được trợ giúp y tế, sau đó gọi đường dây khủng hoảng 116 123.
plan-title = Kế hoạch an toàn
plan-intro = Thỏa thuận với người này bằng lời nói. Không ghi gì vào ứng dụng này.
plan-where = Đi đâu bây giờ: một nơi an toàn mà hai bên cùng thống nhất, không quay lại nơi có nguy hiểm. Cảnh sát (112), đường dây 24 giờ của La Strada hoặc KCIK có thể giúp tìm một nơi như vậy.
plan-whom = Gọi cho ai: 112 khi gặp nguy hiểm. Đường dây 24 giờ của La Strada +48 605 687 750 để được giúp bất cứ lúc nào; KCIK vào các ngày làm việc.
plan-reach = Cách liên lạc lại với họ: thỏa thuận một cách và thời gian an toàn, ví dụ một số điện thoại chỉ họ dùng hoặc một nơi cả hai cùng biết.
result-next-step = Bước tiếp theo của bạn
next-police = Làm theo quy trình của bạn: tách người này khỏi những người bị tạm giữ khác và khỏi nghi phạm, và báo cho cán bộ phụ trách, nếu có thể là người được đào tạo về các vụ mua bán người. Gọi số của cảnh sát về mua bán người. Chỉ gọi 112 khi cần xe cấp cứu hoặc lực lượng hỗ trợ.
next-health = Người này vẫn do bạn chăm sóc: hãy khám và nói chuyện riêng với họ. Sau đó hỏi KCIK hoặc đường dây 24 giờ của La Strada để được tư vấn.
next-volunteer = Đừng tự điều tra hay đối chất với bất kỳ ai. Hãy báo cho cảnh sát đang trực tại điểm tiếp nhận. Để được tư vấn, hãy gọi đường dây 24 giờ của La Strada hoặc KCIK.
next-inspector = Hỏi KCIK để được tư vấn về một người có thể là nạn nhân, và báo cho cảnh sát về tội phạm. Lương và điều kiện làm việc vẫn là việc của PIP.
next-control = Hãy hỏi những câu về kiểm soát còn chưa hỏi, hoặc xin KCIK tư vấn.
next-other = Hỏi KCIK để được tư vấn nên làm gì tiếp theo, hoặc gọi đường dây 24 giờ của La Strada vào bất cứ giờ nào.
next-child = Trẻ em: gọi cảnh sát (112) và ở lại với trẻ cho đến khi cảnh sát đến. Sau đó báo cho KCIK.
next-danger = Gọi 112 ngay.
next-off-hours = Tư vấn viên của KCIK làm việc vào các ngày làm việc: vào giờ này, hãy gọi đường dây 24 giờ của La Strada trước.
next-also = Một đường dây khác có thể gọi
result-duty-title = Trình báo
result-duty-law = Luật: bất kỳ ai biết thông tin đáng tin cậy về mua bán người đều phải báo cho cảnh sát hoặc công tố viên (Bộ luật Hình sự, Điều 240 §1).
result-duty-kcik = Nếu bạn không chắc điều mình biết có đáng tin cậy không, hãy hỏi KCIK trước. Họ tư vấn cho người làm chuyên môn, và hỗ trợ nạn nhân, kể cả những người không muốn liên hệ với cảnh sát.
result-duty-child = Với trẻ em không có bước hỏi sự đồng ý: luôn chuyển gửi, đến cảnh sát và đến KCIK.
result-provisional = Mức độ của mỗi dấu hiệu dựa theo một bản chép lại các chỉ báo ILO/EC (2009): hãy coi các mức này là tạm thời. Nhiều câu hỏi có thể cùng chỉ đến một chỉ báo ILO; chỉ báo đó chỉ được tính một lần.
result-uncounted = Các dấu hiệu khác đã thấy (hiển thị, không tính vào quy tắc ILO)
result-signs-found = Có dấu hiệu
result-signs-unclear = Không chắc – nên kiểm tra
result-not-asked = Chưa hỏi
result-not-asked-none = Đã hỏi về mọi lĩnh vực.
result-dimension-positive = Lĩnh vực này có đủ dấu hiệu để đạt ngưỡng ILO.
result-whom-to-call = Gọi cho ai
result-pip = Thanh tra Lao động Quốc gia (PIP): về lương, hợp đồng, giờ làm và an toàn lao động.
result-answered = { $count ->
   *[other] Đã trả lời { $count } câu.
}

ind-job_different_nature-sign = Công việc khác loại với những gì người ta nói với họ
ind-job_different_nature-ask = Công việc của bạn có khác với loại việc mà người ta đã nói với bạn không?

ind-place_or_employer_different-sign = Nơi làm hoặc người chủ không như người ta nói với họ
ind-place_or_employer_different-ask = Bạn có đến một nơi khác, hoặc làm cho một người chủ khác, so với những gì người ta nói với bạn không?

ind-conditions_deceived-sign = Giờ làm hoặc điều kiện làm việc tệ hơn những gì người ta nói với họ
ind-conditions_deceived-ask = Giờ làm hoặc điều kiện làm việc của bạn có tệ hơn những gì người ta nói với bạn không?

ind-contract_deceived-sign = Hợp đồng khác với những gì người ta nói với họ
ind-contract_deceived-ask = Hợp đồng lao động của bạn có khác với những gì người ta nói với bạn, hoặc bạn không nhận được hợp đồng nào không?

ind-wages_deceived-sign = Được trả ít hơn những gì người ta nói với họ
ind-wages_deceived-ask = Lương của bạn có thấp hơn mức người ta đã nói với bạn không?

ind-travel_deceived-sign = Chuyến đi không như người ta nói với họ
ind-travel_deceived-ask = Chuyến đi đến đây có khác với những gì người ta nói với bạn không?

ind-housing_deceived-sign = Chỗ ở không như đã hứa
ind-housing_deceived-ask = Nơi bạn ở có tệ hơn những gì người ta nói với bạn không?

ind-documents_status_deceived-sign = Bị lừa về giấy tờ hoặc về quyền cư trú, quyền làm việc
ind-documents_status_deceived-ask = Người ta có nói sai với bạn về giấy tờ hoặc về quyền làm việc ở đây không?

ind-marriage_promise-sign = Đến đây sau lời hứa kết hôn hoặc nhận con nuôi
ind-marriage_promise-ask = Bạn có đến đây vì có người hứa sẽ cưới bạn hoặc nhận bạn làm con nuôi không?

ind-education_deceived-sign = Được nói sẽ cho đi học hoặc đào tạo nhưng không có
ind-education_deceived-ask = Người ta có nói với bạn là bạn sẽ được đi học hoặc được đào tạo, rồi sau đó lại không có không?

ind-agency_fee_paid-sign = Đã trả tiền cho môi giới để có việc hoặc được đưa đi
ind-agency_fee_paid-ask = Bạn có trả tiền cho công ty môi giới hoặc một người nào đó để có việc này hoặc chuyến đi không?

ind-offer_too_good-sign = Lời mời đi lại, chỗ ở hoặc việc làm quá tốt để là thật
ind-offer_too_good-ask = Có ai mời bạn đi lại, chỗ ở hoặc việc làm mà có vẻ quá tốt để là thật không?

ind-unregistered_helper-sign = Người đề nghị giúp không có thẻ của tổ chức nào
ind-unregistered_helper-observe = Có ai mời họ đi nhờ xe, chỗ ở hoặc việc làm mà không có thẻ của một tổ chức đã đăng ký không?

ind-recruit_violence-sign = Bị dùng vũ lực hoặc bạo lực để đưa đến đây
ind-recruit_violence-ask = Có ai dùng vũ lực hoặc làm hại bạn để bắt bạn đến đây không?

ind-recruit_threats-sign = Bị đe dọa làm hại để phải đến
ind-recruit_threats-ask = Có ai đe dọa làm hại bạn hoặc gia đình bạn để bắt bạn đến đây không?

ind-recruit_threat_report-sign = Bị đe dọa tố giác với cơ quan nhà nước để phải đến
ind-recruit_threat_report-ask = Có ai đe dọa báo về bạn với cảnh sát hoặc cơ quan nhà nước khác để bắt bạn đến đây không?

ind-recruit_threat_tell-sign = Bị đe dọa sẽ kể chuyện về họ với gia đình hoặc người khác để phải đến
ind-recruit_threat_tell-ask = Có ai đe dọa sẽ kể chuyện về bạn với gia đình bạn hoặc người khác để bắt bạn đến đây không?

ind-recruit_family_harmed-sign = Người trong gia đình bị làm hại để ép họ đến
ind-recruit_family_harmed-ask = Có ai làm hại người trong gia đình bạn để bắt bạn đến đây không?

ind-recruit_abducted-sign = Bị đưa đi hoặc bị giữ trái ý muốn
ind-recruit_abducted-ask = Bạn có bị đưa đến đâu đó, hoặc bị giữ lại, trái với ý muốn của bạn không?

ind-recruit_forced_marriage-sign = Bị ép kết hôn
ind-recruit_forced_marriage-ask = Bạn có bị bắt phải kết hôn với ai đó không?

ind-recruit_sold-sign = Bị bán, hoặc có người nhận tiền vì họ
ind-recruit_sold-ask = Bạn có bị bán, hoặc có ai nhận tiền vì bạn không?

ind-recruit_debt-sign = Phải gánh nợ cho chuyến đi hoặc công việc
ind-recruit_debt-ask = Trước khi bắt đầu, bạn có phải gánh một khoản nợ cho chuyến đi hoặc công việc không?

ind-recruit_isolated-sign = Bị nhốt, bị canh chừng hoặc bị ngăn tiếp xúc với người khác trên đường đi
ind-recruit_isolated-ask = Trên đường đến đây, bạn có bị nhốt, bị canh chừng mọi lúc, hoặc bị ngăn không cho nói chuyện với người khác không?

ind-recruit_money_kept-sign = Tiền bị những người đưa họ đến giữ
ind-recruit_money_kept-ask = Những người đưa bạn đến đây có giữ tiền của bạn không?

ind-passports_collected-sign = Có người thu hộ chiếu để "giúp"
ind-passports_collected-ask = Có ai hỏi xin giữ hộ chiếu hoặc giấy tờ tùy thân của bạn và nói rằng làm vậy sẽ giúp bạn không?

ind-pressure_to_leave_now-sign = Bị thúc ép đi ngay với ai đó
ind-pressure_to_leave_now-ask = Có ai đang thúc ép bạn đi cùng họ ngay bây giờ không?

ind-economic_need-sign = Nhận việc hoặc đi vì rất cần tiền
ind-economic_need-ask = Bạn nhận việc này hoặc đi chuyến này có phải vì bạn rất cần tiền không?

ind-family_difficulty-sign = Khó khăn gia đình khiến họ phải rời nhà
ind-family_difficulty-ask = Có phải khó khăn trong gia đình khiến bạn rời nhà không?

ind-no_language_info-sign = Đến mà không biết tiếng hoặc không biết tìm giúp đỡ ở đâu
ind-no_language_info-ask = Khi mới đến, bạn có thấy khó hiểu người khác hoặc khó tìm giúp đỡ không?

ind-emotional_dependency-sign = Bị một người họ yêu và phụ thuộc thuyết phục (“lover boy”)
ind-emotional_dependency-ask = Có phải một người bạn yêu, và người đó nói là yêu bạn, đã thuyết phục bạn đi chuyến này hoặc làm công việc này không?

ind-fear_authorities-sign = Sợ cảnh sát hoặc cơ quan nhà nước
ind-fear_authorities-ask = Bạn có sợ đến cảnh sát hoặc cơ quan nhà nước để xin giúp đỡ không?

ind-irregular_status-sign = Đến mà không có giấy tờ cho phép ở lại hoặc làm việc
ind-irregular_status-ask = Khi đến đây, bạn có thiếu giấy tờ cho phép bạn ở lại hoặc làm việc ở đây không?

ind-child_with_non_relatives-sign = Trẻ em đi một mình hoặc với người lớn không phải người nhà
ind-child_with_non_relatives-observe = Trẻ em này có đi một mình, hoặc đi với người lớn không phải người nhà không?

ind-excessive_hours-sign = Làm việc rất nhiều giờ hoặc không có ngày nghỉ
ind-excessive_hours-ask = Bạn có làm việc rất nhiều giờ mỗi ngày, với ít hoặc không có ngày nghỉ không?

ind-low_or_no_pay-sign = Được trả rất ít hoặc không được trả
ind-low_or_no_pay-ask = Bạn có được trả rất ít, hoặc không được trả gì, cho công việc của mình không?

ind-returned_no_money-sign = Đi làm ở nước ngoài về mà không được trả lương hoặc chỉ được trả một phần
ind-returned_no_money-ask = Bạn có đi làm ở nước ngoài về mà không nhận được lương, hoặc chỉ nhận một phần không?

ind-no_contract-sign = Không có hợp đồng bằng văn bản
ind-no_contract-ask = Bạn có làm việc mà không có hợp đồng bằng văn bản không?

ind-no_social_protection-sign = Không có bảo hiểm y tế hoặc bảo hiểm xã hội qua công việc
ind-no_social_protection-ask = Bạn có làm việc mà không có bảo hiểm y tế không?

ind-bad_housing-sign = Chỗ ở rất tồi tàn, chật chội hoặc không an toàn
ind-bad_housing-ask = Nơi bạn ngủ có rất chật chội, bẩn hoặc không an toàn không?

ind-hazardous_work-sign = Công việc nguy hiểm mà không có bảo hộ đầy đủ
ind-hazardous_work-ask = Công việc của bạn có nguy hiểm mà không có đồ bảo hộ cần thiết không?

ind-fines_deductions-sign = Bị "phạt" nặng hoặc bị trừ nhiều tiền lương
ind-fines_deductions-ask = Có ai lấy tiền từ lương của bạn, gọi đó là "tiền phạt", hoặc lấy mà không có sự đồng ý của bạn không?

ind-no_medical_care-sign = Ít hoặc không được chăm sóc y tế khi ốm hay bị thương
ind-no_medical_care-ask = Khi bị ốm hoặc bị thương, có phải bạn được chữa trị rất ít hoặc không được chữa trị không?

ind-no_basic_needs-sign = Thiếu thức ăn, nhà vệ sinh hoặc quần áo
ind-no_basic_needs-ask = Bạn có thường thiếu đồ ăn, quần áo, hoặc nhà vệ sinh để dùng không?

ind-child_adult_work-sign = Trẻ em làm việc của người lớn
ind-child_adult_work-observe = Trẻ em này có làm những việc mà thường người lớn mới làm không?

ind-documents_held-sign = Người khác giữ hộ chiếu hoặc giấy tờ tùy thân của họ
ind-documents_held-ask = Có người khác đang giữ hộ chiếu hoặc giấy tờ tùy thân của bạn không?

ind-debt_bondage-sign = Nợ tiền đi lại, giấy tờ, chỗ ở hoặc tiền "bảo vệ"
ind-debt_bondage-ask = Bạn có phải trả một khoản nợ cho việc đi lại, giấy tờ, chỗ ở hoặc "bảo vệ" không?

ind-locked_in-sign = Bị nhốt, hoặc không được ra ngoài một mình
ind-locked_in-ask = Bạn có bị nhốt, hoặc không được tự ra ngoài một mình không?

ind-watched-sign = Bị theo dõi hoặc bị bám theo mọi lúc
ind-watched-ask = Bạn có bị theo dõi hoặc bị bám theo mọi lúc, kể cả ngoài giờ làm không?

ind-permission_basic_needs-sign = Phải xin phép mới được ăn, ngủ hoặc đi vệ sinh
ind-permission_basic_needs-ask = Bạn có phải xin phép ai đó mới được ăn, ngủ hoặc đi vệ sinh không?

ind-family_contact_supervised-sign = Chỉ nói chuyện với gia đình khi có người nghe
ind-family_contact_supervised-ask = Có phải bạn chỉ được nói chuyện với gia đình khi có người khác nghe không?

ind-violence_destination-sign = Bị đánh hoặc làm hại ở nơi làm việc hoặc nơi ở
ind-violence_destination-ask = Ở nơi bạn làm việc hoặc nơi bạn ở, có ai đã đánh hoặc làm hại bạn không?

ind-injuries_restraint-sign = Vết thương cho thấy có thể đã bị trói hoặc bị giữ chặt
ind-injuries_restraint-observe = Bạn có thấy vết thương có thể do bị trói hoặc bị giữ chặt không?

ind-minder_present-sign = Người đi cùng không để họ ở một mình
ind-minder_present-observe = Người đi cùng có luôn ở sát bên và không chịu để họ ở một mình không?

ind-speaks_for_them-sign = Người khác nói hoặc phiên dịch thay họ
ind-speaks_for_them-observe = Có người khác trả lời thay họ, hoặc nhất quyết đòi phiên dịch không?

ind-wages_withheld-sign = Lương bị giữ lại hoặc bị người khác cầm
ind-wages_withheld-ask = Chủ của bạn hoặc người khác có giữ lại hoặc cầm lương của bạn không?

ind-forced_work-sign = Bị ép làm việc trái ý muốn
ind-forced_work-ask = Bạn có bị bắt làm công việc mà bạn không muốn làm không?

ind-forced_sex-sign = Bị ép quan hệ tình dục, kể cả với khách
ind-forced_sex-ask = Có ai bắt bạn quan hệ tình dục khi bạn không muốn không?

ind-forced_begging-sign = Bị ép đi xin tiền và nộp lại tiền
ind-forced_begging-ask = Bạn có bị bắt đi xin tiền và đưa tiền cho người khác không?

ind-forced_crime-sign = Bị ép ăn cắp hoặc phạm tội khác
ind-forced_crime-ask = Bạn có bị bắt ăn cắp hoặc làm những việc khác trái pháp luật không?

ind-ever_forced-sign = Trên đường đi hoặc ở công việc trước, bị bắt làm việc hoặc làm những điều trái ý muốn
ind-ever_forced-ask = Trên đường đến đây, hoặc ở công việc trước, bạn có bao giờ bị bắt làm việc hoặc làm những điều bạn không muốn làm không?

ind-forced_to_lie-sign = Bị bảo phải nói dối cơ quan nhà nước hoặc gia đình
ind-forced_to_lie-ask = Có ai bảo bạn phải nói dối cảnh sát, cơ quan nhà nước hoặc gia đình bạn không?

ind-threats_destination-sign = Bị đe dọa làm hại hoặc đe dọa tố giác
ind-threats_destination-ask = Có ai đe dọa làm hại bạn hoặc gia đình bạn, hoặc đe dọa báo cảnh sát về bạn không?

ind-afraid_to_leave-sign = Sợ điều sẽ xảy ra nếu họ bỏ đi
ind-afraid_to_leave-ask = Bạn có sợ điều sẽ xảy ra với bạn hoặc gia đình bạn nếu bạn bỏ công việc này không?

ind-threat_deportation-sign = Bị đe dọa trục xuất hoặc tố giác với cơ quan xuất nhập cảnh
ind-threat_deportation-ask = Có ai đe dọa báo về bạn với cơ quan xuất nhập cảnh hoặc Lực lượng Biên phòng, hoặc đe dọa khiến bạn bị đưa về nước không?

ind-threats_tell_family-sign = Bị đe dọa sẽ kể với gia đình hoặc người khác
ind-threats_tell_family-ask = Có ai đe dọa sẽ kể chuyện về bạn với gia đình bạn hoặc người khác không?

ind-cannot_leave_job-sign = Không thể nghỉ việc và về nhà
ind-cannot_leave_job-ask = Có điều gì ngăn bạn bỏ công việc này và về nhà không?

ind-fearful_submissive-sign = Có vẻ sợ hãi, lo âu hoặc phục tùng
ind-fearful_submissive-observe = Họ có vẻ sợ hãi, lo âu hoặc phục tùng không?

ind-child_intimidated-sign = Trẻ có vẻ sợ sệt hoặc cư xử không giống lứa tuổi
ind-child_intimidated-observe = Trẻ có vẻ sợ sệt, hoặc cư xử khác thường so với lứa tuổi không?

ind-dependent_on_employer-sign = Phụ thuộc vào chủ về chỗ ngủ, thức ăn hoặc giấy tờ
ind-dependent_on_employer-ask = Bạn có phụ thuộc vào chủ về chỗ ngủ, thức ăn hoặc giấy tờ không?

ind-living_at_work-sign = Sống ở nơi làm việc, hoặc ở nơi do chủ quyết định
ind-living_at_work-ask = Bạn có ngủ ở nơi làm việc, hoặc ở một nơi do chủ của bạn chọn không?

ind-unknown_address-sign = Không biết địa chỉ nơi ở hoặc nơi làm việc
ind-unknown_address-observe = Họ có vẻ không biết địa chỉ nơi họ ở hoặc làm việc không?

ind-legal_status_dependent-sign = Sợ mất quyền cư trú nếu bỏ việc
ind-legal_status_dependent-ask = Bạn có sợ mất quyền ở lại đây nếu bạn bỏ công việc này không?

ind-economic_need_now-sign = Cần tiền đến mức không thể từ chối
ind-economic_need_now-ask = Bạn có cần số tiền này đến mức không thể từ chối công việc không?

ind-family_depends-sign = Gia đình phụ thuộc vào tiền họ gửi về
ind-family_depends-ask = Gia đình bạn có phụ thuộc vào tiền bạn gửi về không?

ind-sex_exchange-sign = Đã quan hệ tình dục để có chỗ ở, thức ăn, phương tiện đi lại hoặc tiền
ind-sex_exchange-ask = Bạn có từng phải quan hệ tình dục với ai đó để có chỗ ở, thức ăn, được đi nhờ xe hoặc có tiền không?

ind-no_own_documents-sign = Không có giấy tờ tùy thân, hoặc chỉ có bản sao
ind-no_own_documents-ask = Có phải bạn chỉ có bản sao hộ chiếu hoặc giấy tờ tùy thân, hoặc không có gì cả không?

ind-child_no_guardian-sign = Trẻ không có cách nào liên lạc với cha mẹ hoặc người giám hộ
ind-child_no_guardian-observe = Có phải trẻ không có cách nào liên lạc với cha mẹ hoặc người giám hộ không?

# Rất ít thời gian để nói chuyện (seeds/003): đưa các số điện thoại, thỏa thuận cách
# liên lạc lại với người này, rồi kết thúc. Không ghi lại gì.
handover-title = Rất ít thời gian: hãy đưa các số điện thoại này
handover-intro = Cho xem hoặc đọc các số này. Thỏa thuận bằng lời nói cách và thời điểm bạn có thể liên lạc lại với người này. Không ghi gì ở đây.
handover-continue = Còn thời gian: quay lại các câu hỏi
handover-end = Kết thúc và xóa các câu trả lời

# Màn hình đầu tiên của người được hỏi, trước câu hỏi đầu tiên dành cho họ (brief §4).
intro-title = Trước khi hỏi
intro-who-health = Tôi là nhân viên y tế.
intro-who-police = Tôi là cảnh sát hoặc nhân viên Lực lượng Biên phòng.
intro-who-volunteer = Tôi là tình nguyện viên giúp đỡ những người đến đây.
intro-who-inspector = Tôi là thanh tra lao động hoặc nhân viên công tác xã hội.
intro-who-other = Tôi làm việc với những người có thể cần giúp đỡ.
intro-why = Tôi muốn hỏi bạn một số câu hỏi, để xem bạn có cần giúp đỡ không và cần loại giúp đỡ nào.
intro-nothing-kept = Ứng dụng này không hỏi tên bạn và không gửi gì đi đâu cả. Câu trả lời của bạn chỉ nằm trên điện thoại này, tối đa vài giờ.
intro-skip = Bạn có thể bỏ qua bất kỳ câu hỏi nào, hoặc dừng lại bất cứ lúc nào.
intro-confidential-police = Là cán bộ, tôi có nghĩa vụ phải hành động khi biết về một tội phạm. Tôi không thể hứa giữ bí mật những gì bạn nói với tôi.
intro-confidential-other = Tôi sẽ giữ kín những gì bạn nói với tôi trong phạm vi có thể. Nhưng ở Ba Lan, bất kỳ ai biết về việc mua bán người đều phải báo cho cảnh sát hoặc công tố viên, vì vậy tôi không thể hứa giữ bí mật mọi điều.
intro-continue = Tôi hiểu, tiếp tục
