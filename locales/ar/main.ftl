### review: pending
### The emergency-number strings (helplines) were drafted without a native
### speaker and must be reviewed by one.
# Interface strings of the default theme, in Arabic as Moroccan press writes it:
# Moroccan month names and Western digits (0-9).

site-name = المركز الجهوي للنساء في وضعية صعبة
skip-to-content = الانتقال إلى المحتوى
quick-exit = خروج سريع
quick-exit-two-more = اضغطي على Shift مرتين أخريين للخروج
quick-exit-one-more = اضغطي على Shift مرة أخرى للخروج
languages-label = اللغات
not-translated = لم تُترجم هذه الصفحة بعد
menu-label = القائمة الرئيسية
footer-privacy = لا يستعمل هذا الموقع ملفات تعريف الارتباط ولا أدوات التتبع، ولا يحمّل أي شيء من مواقع أخرى.
footer-operator = تسيّر المركزَ منظمةُ الأمل الجهوية لدعم النساء في وضعية صعبة، بتنسيق مع مندوبية التعاون الوطني بالخميسات.
feed-link = تلقّي الأخبار في تطبيق للقراءة
latest-news = آخر الأخبار
chooser-description = موقع المركز الجهوي للنساء في وضعية صعبة بإقليم الخميسات، بالعربية والفرنسية والأمازيغية.
choose-language = اختاري لغتك
not-found-title = الصفحة غير موجودة
not-found-text = لم نجد هذه الصفحة. ربما نُقلت أو حُذفت.
not-found-home = العودة إلى الصفحة الرئيسية
placeholder-label = معلومة في انتظار التأكيد:
page-count = { $count ->
    [zero] لا توجد أي صفحة
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
}


## Emergency numbers (site.yaml, `helplines:`)

emergency-strip = في خطر؟ اتصلي بـ
helplines-title = أرقام الطوارئ
helplines-source = أرقام الطوارئ الوطنية. المصدر: { $source }؛ تم التحقق منها في { $date }.
helpline-police = الشرطة (الأمن الوطني)، في المدن
helpline-police-short = الشرطة
helpline-gendarmerie = الدرك الملكي، في البوادي (مثل آيت أوريبل)
helpline-gendarmerie-short = الدرك
helpline-civil-protection = الوقاية المدنية: الإطفاء والإسعاف

## Dates: «7 يوليوز 2024»

date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = ماي
month-6 = يونيو
month-7 = يوليوز
month-8 = غشت
month-9 = شتنبر
month-10 = أكتوبر
month-11 = نونبر
month-12 = دجنبر

# `amal new`: the title and the guide a new page starts with.
new-page-title = صفحة جديدة: { $name }
new-page-guide = نص الصفحة يُكتب تحت هذا السطر، في فقرات يفصل بينها سطر فارغ؛ «##» تبدأ عنوانًا فرعيًا. هذه الملاحظة لا تُنشر.
