# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## amal serve: ما تعرضه الطرفية

serve-cannot-open-site = `{ $site }`: خطأ: تعذر فتح مجلد الموقع: { $reason }
serve-cannot-listen = خطأ: تعذر الاستماع على `{ $address }`: { $reason }
serve-cannot-listen-hint = {"  "}= ما العمل: اختاروا منفذا آخر بالخيار --port
serve-reachable-from-network = تنبيه: يمكن الوصول إلى المعاينة من الشبكة على `{ $address }`؛ كل من يصل إليها يستطيع قراءة المسودات
serve-cannot-watch = خطأ: تعذرت مراقبة تغييرات الموقع: { $detail }
serve-serving = معاينة `{ $site }` على العنوان `{ $url }`
serve-stop-with-ctrl-c = اضغطوا Ctrl-C للإيقاف.
serve-stopped = توقفت المعاينة.
serve-rebuilt = أعيد البناء في { $milliseconds } ميلي ثانية (`{ $cause }`؛ { $scope })
serve-start = البدء
serve-rebuilt-whole-site = الموقع كله
serve-rebuilt-pages = { $count ->
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
   *[other] { $count } صفحة
}
serve-rebuilt-templates = { $count ->
    [one] قالب صفحة واحدة
    [two] قالبا صفحتين
    [few] قوالب { $count } صفحات
   *[other] قوالب { $count } صفحة
}
serve-build-failed = تعذرت إعادة بناء الموقع (`{ $cause }`)؛ ما تزال المعاينة تعرض آخر نسخة سليمة.
serve-no-browser = تنبيه: تعذر فتح المتصفح؛ افتحوا `{ $url }`

## ما يقرأه المتصفح حين ترفض المعاينة طلبا

serve-refused-host = لا تجيب هذه المعاينة إلا على localhost وعناوين IP
serve-refused-body = لا تقبل المعاينة طلبات تحمل محتوى
serve-refused-busy = اتصالات كثيرة بالمعاينة في الوقت نفسه

## اللوحة فوق الصفحة ما دام الموقع لا يُبنى

serve-overlay-title = { $errors ->
    [0] آخر تعديل يحتاج إلى نظرة
    [one] أمر واحد يجب إصلاحه قبل أن تعرض المعاينة تعديلكم
    [two] أمران يجب إصلاحهما قبل أن تعرض المعاينة تعديلكم
    [few] { $errors } أمور يجب إصلاحها قبل أن تعرض المعاينة تعديلكم
    [many] { $errors } أمرا يجب إصلاحها قبل أن تعرض المعاينة تعديلكم
   *[other] { $errors } أمر يجب إصلاحها قبل أن تعرض المعاينة تعديلكم
}
serve-overlay-intro = خلف هذه اللوحة تحتفظ المعاينة بآخر نسخة كانت تعمل. أصلحوا الملف واحفظوه: تختفي هذه اللوحة من تلقاء نفسها.
serve-overlay-where-line-column = في `{ $file }`، السطر { $line }، الحرف { $column }:
serve-overlay-where-line = في `{ $file }`، السطر { $line }:
serve-overlay-where = في `{ $file }`
serve-overlay-what-to-do = ما العمل:

## الملاحظة فوق صفحة مسودة

serve-draft-title = هذه الصفحة مسودة
serve-draft-why = في `{ $file }` السطر `draft: true`، لذلك ليست الصفحة جزءا من الموقع، ولا تعرضها المعاينة أيضا.
serve-draft-what-to-do = لرؤيتها هنا، أوقفوا المعاينة (Ctrl-C) ثم شغلوها من جديد بالأمر `amal serve --drafts`. ولنشرها، احذفوا السطر `draft: true`.
