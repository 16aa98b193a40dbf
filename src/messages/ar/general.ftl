# review: pending (amal's own words, translated by the project: to be read by a native speaker)
diagnostic-error = خطأ
diagnostic-warning = تنبيه
diagnostic-labelled = { $label }: { $text }
diagnostic-hint = ما العمل
diagnostic-while-rendering = أثناء إنتاج `{ $page }`{ $more ->
    [0] {""}
    [one] {" "}وصفحة أخرى
    [two] {" "}وصفحتين أخريين
    [few] {" "}و{ $more } صفحات أخرى
   *[other] {" "}و{ $more } صفحة أخرى
}

io-not-found = هذا الملف أو المجلد غير موجود
io-permission-denied = الوصول مرفوض (الأذونات غير كافية)
io-is-a-folder = هذا مجلد وليس ملفا
io-not-a-folder = هذا ليس مجلدا
io-already-exists = هذا الملف موجود من قبل
io-disk-full = القرص ممتلئ
io-read-only = القرص لا يقبل الكتابة (للقراءة فقط)
io-other = { $detail }
