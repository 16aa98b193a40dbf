# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## Pages, sections and the files beside them (src/site/content.rs).

content-no-content-folder = لا يوجد مجلد content
content-no-content-folder-hint = أنشئوا الملف content/<lang>/_index.md لكل لغة من لغات site.yaml
content-file-outside-languages = الملفات الموضوعة مباشرة في content/ لا تنتمي إلى أي لغة
content-file-outside-languages-hint = انقلوا الملف إلى content/<lang>/
# $name: the folder's name
content-undeclared-language = `{ $name }` ليست لغة مصرّحًا بها في site.yaml
# $declared: the language codes of site.yaml, like "fr, ar"
content-undeclared-language-hint = صرّحوا بها تحت `languages:` في site.yaml، أو غيّروا اسم المجلد إلى أحد هذه الرموز: { $declared }
content-language-folder-links-out = هذا الاختصار (رابط رمزي) يشير إلى خارج الموقع
content-language-folder-links-out-hint = انسخوا المجلد داخل الموقع بدل وضع اختصار (رابط رمزي) إليه
# $detail: the system's reason, in English
content-cannot-list = تعذّرت القراءة: { $reason }
content-folder-loop = مجلد هنا اختصار (رابط رمزي) إلى أحد المجلدات التي تحتويه، فستكون قراءته بلا نهاية
content-cannot-read = تعذّرت القراءة: { $reason }
content-changed-while-building = تغيّر الملف أثناء بناء الموقع
content-changed-while-building-hint = أعيدوا بناء الموقع بعد حفظ الملف
# $other: the other page's file; $lang: a language code; $key: the page's path
content-same-address = ستُنشر هذه الصفحة والصفحة `{ $other }` كلتاهما في العنوان `/{ $lang }/{ $key }/`
content-same-address-hint = غيّروا اسم إحدى الصفحتين أو احذفوا إحداهما

## The site's pages, checked together (src/site/mod.rs).

# $lang: a language code
content-no-home-page = اللغة `{ $lang }` ليست لها صفحة رئيسية
content-no-home-page-hint = أنشئوا هذا الملف بترويسة صفحة فيها `title:`؛ كل لغة تحتاج إلى صفحة رئيسية
# $key: the message's id; $folder: the language's folder of .ftl files
content-theme-message-missing = رسالة Fluent `{ $key }` غير موجودة في `{ $folder }/`
content-theme-message-missing-hint = أضيفوا `{ $key } = …` إلى أحد ملفات .ftl في `{ $folder }/`
content-date-message-missing = رسالة Fluent `{ $key }` غير موجودة؛ يحتاجها amal لكتابة التواريخ
content-date-message-missing-hint = أضيفوا `{ $key } = …` (انظروا locales/fr/ كمثال)
content-statistics-message-missing = رسالة Fluent `{ $key }` غير موجودة؛ تحتاجها الإحصائيات
content-statistics-message-missing-hint = أضيفوا `{ $key } = …` إلى أحد ملفات .ftl في `{ $folder }/` (الملف data/schema.yaml يحدد الجداول والفئات)
content-takes-statistics-address = تأخذ هذه الصفحة عنوان صفحة إحصائيات سنة { $year }
content-takes-statistics-address-hint = غيّروا اسمها: ينشئ amal الصفحة statistics/<year>/ من البيانات

## The front matter (src/site/front_matter/).

content-no-front-matter = لا تبدأ الصفحة بترويسة الصفحة
content-no-front-matter-hint = ابدؤوا الملف بسطر `---`، ثم `title: …`، ثم سطر `---` يغلق الترويسة
content-front-matter-not-closed = ترويسة الصفحة المفتوحة في السطر 1 لا تُغلق أبدًا
content-front-matter-not-closed-hint = أضيفوا سطر `---` بعد آخر مفتاح في الترويسة
content-front-matter-empty = ترويسة الصفحة فارغة
content-front-matter-empty-hint = كل صفحة تحتاج على الأقل إلى `title: …`
content-title-empty = العنوان فارغ
content-title-empty-hint = اكتبوا عنوان الصفحة بعد `title:`
# $text: the value of `translated_from:` as written
content-translated-from-invalid = `{ $text }` ليست لغة متبوعة بنسخة، مثل "fr 1a2b3c4d5e6f7a8b" (يكتبها الأمر amal translated)
