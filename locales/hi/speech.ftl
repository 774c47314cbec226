# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = सुनें
speech-stop = रोकें
speech-no-voice = इस फ़ोन में इस भाषा के लिए ऑफ़लाइन आवाज़ नहीं है: { $language }।
speech-no-voice-hint = आवाज़ जोड़ने के लिए फ़ोन की सेटिंग खोलें, फिर "टेक्स्ट-टू-स्पीच" में जाकर आवाज़ डाउनलोड करें।
speech-unsupported = यह ब्राउज़र ज़ोर से पढ़कर नहीं सुना सकता।
speech-setting = "सुनें" बटन दिखाएँ
speech-setting-hint = ये बटन व्यक्ति के लिए सवाल और उसका कार्ड इसी फ़ोन की आवाज़ में पढ़कर सुनाते हैं। कुछ भी भेजा नहीं जाता।
