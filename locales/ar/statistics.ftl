# Statistics pages: titles, sentences, table headings and category labels.

stats-title = إحصائيات
stats-year-title = إحصائيات سنة { $year }
stats-synthetic-title = بيانات تجريبية:
stats-synthetic-notice = هذه الأرقام اصطناعية، أُعدّت لتجربة الموقع، وليست سجلات حقيقية للمركز.
stats-synthetic-mark = بيانات اصطناعية
stats-privacy-note = لحماية هوية النساء، لا يُنشر أي عدد من 1 إلى { $max }: يظهر على شكل «أقل من { $min }». وفي كل جدول فيه مثل هذا العدد، يُخفى عدد آخر حتى لا يمكن استنتاجه بالطرح؛ ولا يُنشر الجدول الذي لا يمكن عرضه دون خطر، والسنة التي تقل فيها النساء عن { $few } لا يظهر منها إلا مجموعها.
stats-small = أقل من { $min }
stats-hidden = مخفي
stats-withheld = لا يُنشر هذا الجدول لسنة { $year }: أرقامه صغيرة جدا ولا يمكن عرضها دون خطر التعرف على شخص ما. المجموع: { $total }.
stats-percent = { $value }%
stats-change = ({ $percent }% مقارنة بسنة { $previous })
stats-total = المجموع
stats-column-month = الشهر
stats-column-category = الفئة
stats-column-count = العدد
stats-column-share = النسبة
stats-note-multiple = قد تستفيد المرأة الواحدة من أكثر من فئة، لذا قد يتجاوز مجموع النسب 100%.
stats-open-data = البيانات المفتوحة
stats-download-csv = الجداول بصيغة CSV
stats-download-json = الجداول بصيغة JSON
stats-download-method = ملاحظة منهجية
stats-method-note =
    إحصائيات سنة { $year }: ملاحظة منهجية

    تأتي هذه الأرقام من سجلات المركز المجهولة الهوية: سطر واحد لكل امرأة تم استقبالها، دون اسم أو رقم هاتف أو رقم بطاقة وطنية أو تاريخ دقيق.
    لحماية النساء، لا يُنشر أي عدد بين 1 و{ $max }: يظهر على شكل «أقل من { $min }».
    وفي كل جدول فيه مثل هذا العدد، يُخفى عدد آخر («مخفي»)، وهو دائما آخر عدد في الجدول ليس صفرا ولا «أقل من { $min }»، حتى لا يمكن استنتاج العدد الصغير بالطرح من المجموع. وإذا لم يكفِ ذلك لكي يبقى كل «أقل من { $min }» محتملا لأي عدد من 1 إلى { $max }، لا يُنشر الجدول كله.
    ولا يُعرض جدول إلا إذا تجاوز مجموعه { $max } مرات عدد فئاته: فدون ذلك قد تكون كل أعداده صغيرة، وإخفاؤه حين تكون كذلك فقط سيكشف ذلك.
    والسنة التي استقبل فيها المركز أقل من { $few } نساء (أو نظم فيها أقل من { $few } أنشطة) لا يظهر منها إلا مجموعها، دون أي تفصيل.
    لا تُخفى المجاميع أبدا. هذه القواعد علنية، ومعرفتها لا تسمح باستنتاج أي عدد مخفي.
    تُحسب النسب من الأعداد المنشورة فقط.

stats-headline-cases = { $count ->
    [zero] لم يستقبل المركز أي امرأة سنة { $year }.
    [one] استقبل المركز امرأة واحدة سنة { $year }.
    [two] استقبل المركز امرأتين سنة { $year }.
    [few] استقبل المركز { $count } نساء سنة { $year }.
    [many] استقبل المركز { $count } امرأة سنة { $year }.
   *[other] استقبل المركز { $count } امرأة سنة { $year }.
}
stats-headline-cases-withheld = استقبل المركز أقل من { $min } نساء سنة { $year }.
stats-headline-activities = { $count ->
    [zero] لم ينظم المركز أي نشاط سنة { $year }.
    [one] نظم المركز نشاطا واحدا سنة { $year }.
    [two] نظم المركز نشاطين سنة { $year }.
    [few] نظم المركز { $count } أنشطة سنة { $year }.
    [many] نظم المركز { $count } نشاطا سنة { $year }.
   *[other] نظم المركز { $count } نشاط سنة { $year }.
}
stats-headline-activities-withheld = نظم المركز أقل من { $min } أنشطة سنة { $year }.

stats-table-women-by-month = النساء المستقبَلات حسب الشهر
stats-table-women-by-age-band = النساء حسب الفئة العمرية
stats-table-women-by-service = الخدمات المقدمة
stats-table-women-by-violence = أشكال العنف المصرح بها
stats-table-women-by-referral = الجهة الموجِّهة
stats-table-women-by-outcome = وضعية الملفات في نهاية السنة
stats-table-women-by-commune = جماعة الإقامة
stats-table-activities-by-kind = الأنشطة حسب النوع
stats-table-participants-by-kind = المشاركون والمشاركات حسب نوع النشاط

stats-age_band-under-18 = أقل من 18 سنة
stats-age_band-18-24 = من 18 إلى 24 سنة
stats-age_band-25-34 = من 25 إلى 34 سنة
stats-age_band-35-44 = من 35 إلى 44 سنة
stats-age_band-45-59 = من 45 إلى 59 سنة
stats-age_band-60-plus = 60 سنة فما فوق

stats-services-reception = الاستقبال
stats-services-listening = الاستماع
stats-services-orientation = التوجيه
stats-services-psychological-support = الدعم النفسي
stats-services-awareness = التحسيس للنهوض بالحقوق
stats-services-follow-up = التتبع والمواكبة
stats-services-economic-empowerment = التمكين الاقتصادي والإدماج المهني
stats-services-family-mediation = الوساطة الأسرية
stats-services-shelter = الإيواء الاستعجالي والمؤقت
stats-services-health-care = العلاجات الصحية الأولية
stats-services-social-legal-assistance = المساعدة الاجتماعية والقانونية

stats-violence-physical = العنف الجسدي
stats-violence-sexual = العنف الجنسي
stats-violence-psychological = العنف النفسي
stats-violence-economic = العنف الاقتصادي

stats-referred_by-justice = المؤسسات القضائية
stats-referred_by-security = المصالح الأمنية
stats-referred_by-health = المؤسسات الصحية
stats-referred_by-civil-society = المجتمع المدني
stats-referred_by-integrated-units = الوحدات المندمجة للتكفل بالنساء والأطفال ضحايا العنف
stats-referred_by-listening-centres = مراكز الاستماع
stats-referred_by-family-network = الشبكة الأسرية أو الاجتماعية
stats-referred_by-self = بمبادرة شخصية

stats-commune-khemisset = الخميسات
stats-commune-tiflet = تيفلت
stats-commune-rommani = الرماني
stats-commune-ait-ouribel = آيت أوريبل
stats-commune-sidi-allal-el-bahraoui = سيدي علال البحراوي
stats-commune-maaziz = معزيز
stats-commune-other-commune = جماعة أخرى

stats-outcome-ongoing = تتبع مستمر
stats-outcome-resolved = ملف مغلق
stats-outcome-referred = إحالة على جهة شريكة
stats-outcome-contact-lost = انقطاع التواصل

stats-kind-awareness-session = جلسة تحسيسية
stats-kind-training = تكوين
stats-kind-workshop = ورشة

## Chart descriptions, read by screen readers

chart-desc-bars = الأكبر: { $label } ({ $value }). المجموع: { $total }.
chart-desc-months = أكثر شهر: { $label } ({ $value }). المجموع: { $total }. { $trend }
chart-desc-none = لا يوجد أي عدد منشور في هذا الرسم.
chart-desc-previous = سنة { $previous }: المجموع { $total }.
chart-trend-up = ارتفع العدد في النصف الثاني من السنة.
chart-trend-down = انخفض العدد في النصف الثاني من السنة.
chart-trend-flat = بقي العدد مستقرا خلال السنة.

# The printable annual report: its contents, its source, its method.
stats-report-contents = في هذا التقرير
stats-report-source = المصدر: ملفات المركز مجهولة الهوية.
stats-report-method = المنهجية
