# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## amal check: التقرير مرتبا حسب ما يجب فعله

check-fix-first = يجب إصلاحه أولا: { $errors ->
    [one] خطأ واحد (مذكور أعلاه مع ملفه وسطره).
    [two] خطآن (مذكوران أعلاه، كل واحد مع ملفه وسطره).
    [few] { $errors } أخطاء (مذكورة أعلاه، كل واحد مع ملفه وسطره).
   *[other] { $errors } خطأ (مذكورة أعلاه، كل واحد مع ملفه وسطره).
}
check-before-publishing = قبل النشر:
check-placeholders = نصوص مؤقتة يجب تعويضها بالمعلومات الحقيقية ({ $count }):
check-unconfirmed = أرقام مساعدة مقترحة لم يؤكدها المركز، وهي غير منشورة ({ $count }):
check-missing = الصفحات الناقصة حسب اللغة:
check-short = ترجمات فيها أقل من نصف كلمات نسختها بلغة أخرى، يجب إتمامها ({ $count }):
check-short-one = `{ $file }`: { $words ->
    [zero] لا كلمة
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $words } كلمات
   *[other] { $words } كلمة
}، بينما في `{ $longest }` { $most ->
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $most } كلمات
   *[other] { $most } كلمة
}
check-stale = ترجمات تغير مصدرها بعد إنجازها ({ $count }):
check-stale-one = `{ $file }`: تغير `{ $source }` منذ ذلك الحين؛ حين تقول الترجمة الشيء نفسه، شغّلوا `amal translated { $file }`
check-stale-more-lines = { $count ->
    [one] … وسطر آخر
    [two] … وسطران آخران
    [few] … و{ $count } أسطر أخرى
    [many] … و{ $count } سطرا آخر
   *[other] … و{ $count } سطر آخر
}
check-stale-not-kept = (النص الذي تُرجمت منه لم يُحفظ في `{ $folder }`)
check-pending-review = ترجمات تنتظر مراجعة من متحدث أصلي باللغة ({ $count }):

## السطر الأخير: الأعداد

check-summary-counts = { $errors }، { $warnings }
check-summary-complete = { $counts }؛ قبل النشر: { $todo }
check-summary-incomplete = { $counts }؛ النصوص المؤقتة والترجمات تُحصى بعد إصلاح الأخطاء
check-list-separator = {"، "}
check-summary-errors = { $count ->
    [zero] لا خطأ
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
   *[other] { $count } خطأ
}
check-summary-warnings = { $count ->
    [zero] لا تنبيه
    [one] تنبيه واحد
    [two] تنبيهان
    [few] { $count } تنبيهات
    [many] { $count } تنبيها
   *[other] { $count } تنبيه
}
check-summary-placeholders = { $count ->
    [zero] لا نص مؤقت
    [one] نص مؤقت واحد
    [two] نصان مؤقتان
    [few] { $count } نصوص مؤقتة
    [many] { $count } نصا مؤقتا
   *[other] { $count } نص مؤقت
}
check-summary-pending-review = { $count ->
    [zero] لا ترجمة تنتظر المراجعة
    [one] ترجمة واحدة تنتظر المراجعة
    [two] ترجمتان تنتظران المراجعة
    [few] { $count } ترجمات تنتظر المراجعة
   *[other] { $count } ترجمة تنتظر المراجعة
}
check-summary-stale = { $count ->
    [one] ترجمة واحدة تغير مصدرها
    [two] ترجمتان تغير مصدرهما
    [few] { $count } ترجمات تغير مصدرها
   *[other] { $count } ترجمة تغير مصدرها
}
check-summary-short = { $count ->
    [one] ترجمة واحدة قصيرة
    [two] ترجمتان قصيرتان
    [few] { $count } ترجمات قصيرة
   *[other] { $count } ترجمة قصيرة
}
check-summary-missing = { $count ->
    [one] صفحة واحدة ناقصة
    [two] صفحتان ناقصتان
    [few] { $count } صفحات ناقصة
   *[other] { $count } صفحة ناقصة
}
check-summary-unconfirmed = { $count ->
    [one] رقم مساعدة واحد يجب تأكيده
    [two] رقما مساعدة يجب تأكيدهما
    [few] { $count } أرقام مساعدة يجب تأكيدها
   *[other] { $count } رقم مساعدة يجب تأكيده
}
