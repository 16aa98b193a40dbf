# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## amal build

cli-cannot-write-site = تعذرت كتابة الموقع: { $reason }
cli-cannot-write-site-hint = بقيت النسخة السابقة من الموقع كما كانت
cli-file-list = `{ $names }`{ $more ->
    [0] {""}
    [one] {" "}وملف آخر
    [two] {" "}وملفان آخران
    [few] {" "}و{ $more } ملفات أخرى
    [many] {" "}و{ $more } ملفا آخر
   *[other] {" "}و{ $more } ملف آخر
}
cli-kept-foreign = تُركت كما هي، فهي ليست من كتابة amal: { $files }
cli-kept-foreign-hint = ستُنشر مع الموقع إن نسختم هذا المجلد؛ احذفوها إن لم يكن مكانها هنا
cli-kept-replaced = استُبدلت بملفات الموقع التي تحمل الاسم نفسه: { $files }
cli-kept-unlinked = حُذفت اختصارات (روابط رمزية) في أماكن يضع فيها الموقع ملفاته (ما كانت تشير إليه لم يُمس): { $files }
cli-built = بُني الموقع: { $pages ->
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
   *[other] { $pages } صفحة
} في `{ $out }` خلال { $milliseconds } ميلي ثانية{ $warnings ->
    [0] {""}
    [one] {" "}(تنبيه واحد)
    [two] {" "}(تنبيهان)
    [few] {" "}({ $warnings } تنبيهات)
    [many] {" "}({ $warnings } تنبيها)
   *[other] {" "}({ $warnings } تنبيه)
}
cli-build-failed = لم يُبنَ الموقع: { $errors ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
   *[other] { $errors } خطأ
}؛ بقيت النسخة السابقة كما كانت.

## الملفات

cli-cannot-read-file = تعذرت القراءة: { $reason }
cli-cannot-write-file = تعذرت الكتابة: { $reason }

## amal new

cli-new-not-a-page-path = هذا ليس مسار صفحة
cli-new-not-a-page-path-hint = اكتبوا المسار تحت content/<اللغة>/ بدون امتداد، مثل `news/open-day`
cli-new-exists = هذه الصفحة موجودة من قبل
cli-new-exists-hint = اختاروا اسما آخر، أو عدّلوا الملف الموجود
cli-new-cannot-create-folder = تعذر إنشاء المجلد: { $reason }
cli-new-cannot-keep-source = تعذر حفظ نص المصدر: { $reason }
cli-new-created = أُنشئ `{ $file }`
cli-new-drafts = هذه الصفحات مسودات لا تظهر في الموقع: اطلعوا عليها بالأمر `amal serve --drafts`، واكتبوها، ثم ضعوا `draft: false`، واطلبوا مراجعة الترجمات.

## amal translated

cli-translated-from-unknown = لا يعرف amal من أي لغة تُرجمت هذه الصفحة
cli-translated-from-unknown-hint = اذكروا ذلك مرة واحدة، مثل `amal translated --from { $other } { $file }`
cli-translated-not-another-language = `{ $from }` ليست لغة أخرى من لغات الموقع
cli-translated-no-source = مصدرها `{ $source }` غير موجود
cli-translated-up-to-date = `{ $file }`: الترجمة مطابقة للمصدر `{ $source }` (النسخة { $version })
cli-translated-not-a-page = هذه ليست صفحة من صفحات الموقع
cli-translated-not-a-page-hint = اذكروا ملف ترجمة، مثل content/ar/about.md

## amal --help: الأوامر وخياراتها

cli-help-about = يبني موقعا متعدد اللغات، سريعا ويحمي خصوصية زائراته، لمركز يستقبل النساء في وضعية صعبة
cli-help-usage = الاستعمال:
cli-help-commands = الأوامر
cli-help-options = الخيارات
cli-help-arguments = المعطيات
cli-help-help = عرض المساعدة
cli-help-version = عرض النسخة
cli-help-help-command = عرض هذه الرسالة، أو مساعدة الأمر المذكور
cli-help-build = بناء الموقع في مجلد الإخراج (public/ افتراضيا)
cli-help-check = التحقق من كل شيء، بما فيه الروابط، وعرض الترجمات الناقصة والترجمات التي تنتظر المراجعة والنصوص المؤقتة، دون كتابة أي شيء
cli-help-serve = معاينة الموقع: بناؤه وعرضه على هذا الحاسوب، ثم إعادة بنائه وتحديث المتصفح عند كل حفظ
cli-help-new = إنشاء صفحة بكل اللغات، مثل `amal new news/open-day`
cli-help-translated = وسم ترجمات بأنها مطابقة لصفحتها المصدر كما هي الآن، ليُنبه `amal check` حين يتغير المصدر، ويعرض ما تغير
cli-help-site = مجلد الموقع (الذي يحتوي على site.yaml)
cli-help-drafts = إدراج الصفحات الموسومة `draft: true`
cli-help-out = مكان كتابة الموقع (افتراضيا: <site>/public)
cli-help-base-url = استعمال هذا العنوان الأساسي بدل عنوان site.yaml (للمعاينات المنشورة)
cli-help-timings = عرض مدة كل مرحلة من مراحل البناء
cli-help-force = البناء في مجلد موجود لم ينشئه amal (تبقى ملفاته الأخرى في مكانها، وتُعرض قائمتها)
cli-help-publish-build = بناء الموقع للنشر: نصوص مؤقتة في الصفحة الرئيسية أو في صفحة من القائمة، أو غياب رقم الطوارئ، توقف البناء
cli-help-publish-check = التحقق كما يفعل بناء النشر: النصوص المؤقتة في الصفحة الرئيسية أو في صفحة من القائمة، أو غياب رقم الطوارئ، تُعدّ أخطاء
cli-help-format = `text` للأشخاص، و`json` للأدوات (كائن واحد في المخرج القياسي)
cli-help-port = منفذ الاستماع (0 يختار منفذا حرا)
cli-help-bind = عنوان الاستماع. أي عنوان غير الحلقة المحلية يكشف المسودات على الشبكة
cli-help-open = فتح المعاينة في المتصفح الافتراضي
cli-help-path = المسار تحت content/<اللغة>/، بدون امتداد
cli-help-files = ملفات الترجمات، مثل content/ar/about.md
cli-help-from = اللغة التي تُرجمت منها (ضرورية في المرة الأولى)

## سطر أوامر لا يفهمه amal

cli-misread-command = `{ $typed }` ليس أمرا من أوامر amal
cli-misread-option = `{ $typed }` ليس خيارا من خيارات هذا الأمر
cli-misread-value = `{ $typed }` ليست قيمة يأخذها `{ $option }`
cli-misread-missing = يحتاج هذا الأمر إلى { $missing }
cli-misread-did-you-mean = هل تقصدون `{ $meant }`؟
cli-misread-values = اكتبوا إحدى هذه القيم: { $values }
cli-misread-help = `amal --help` يعرض الأوامر، و`amal <الأمر> --help` يعرض خياراتها
