# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = सुन्नुहोस्
speech-stop = रोक्नुहोस्
speech-no-voice = यो फोनमा यो भाषाका लागि अफलाइन आवाज छैन: { $language }।
speech-no-voice-hint = थप्न फोनको सेटिङ खोल्नुहोस्, त्यसपछि "टेक्स्ट-टु-स्पिच" मा गएर आवाज डाउनलोड गर्नुहोस्।
speech-unsupported = यो ब्राउजरले ठूलो स्वरमा पढ्न सक्दैन।
speech-setting = "सुन्नुहोस्" बटनहरू देखाउनुहोस्
speech-setting-hint = यी बटनले व्यक्तिका लागि प्रश्न र उनको कार्ड यही फोनको आवाजमा पढेर सुनाउँछन्। केही पनि पठाइँदैन।
