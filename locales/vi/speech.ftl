# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = Nghe
speech-stop = Dừng
speech-no-voice = Điện thoại này không có giọng đọc ngoại tuyến cho ngôn ngữ: { $language }.
speech-no-voice-hint = Để thêm, hãy mở cài đặt của điện thoại, chọn "Chuyển văn bản thành giọng nói" và tải giọng đọc về.
speech-unsupported = Trình duyệt này không đọc thành tiếng được.
speech-setting = Hiện các nút "Nghe"
speech-setting-hint = Các nút này đọc to câu hỏi dành cho người được hỏi và thẻ của họ bằng giọng đọc có trên điện thoại này. Không gửi đi gì cả.
